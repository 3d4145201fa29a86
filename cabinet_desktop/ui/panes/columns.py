"""The columns of every list pane, described as data.

A :class:`Column` says what a table shows: the value's key in the row, the French header,
how the value is written, its alignment, the SQL sort key (``None``: not sortable), and for
status columns an icon, a colour and a tooltip — always beside the text, never colour alone.

Widths are defaults only (a user's own widths are kept, see ``ListPane.fit_columns``): each
pane has one *flexible* column (the title, or the journal's changes) that takes the width the
others leave; when the table is too narrow for every column at its ``width``, the others give
way down to ``min_width`` (never below their header's text) if that makes them all fit, else
they keep their ``width`` and the table scrolls sideways.

Which columns show is a default too (a user's own choice from the header's menu is kept): a
column with a ``drop`` rank is left out of a table too narrow to hold every column at its least
width, rank 1 first, until the others fit; a wider table shows it again. So the office laptop's
1366-pixel screen shows each list's reference, title and key statuses without a sideways scroll,
and a 1920-pixel screen every default column. A left-out column stays in the header's menu, and
its value in the detail panel.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt

from cabinet_desktop.domain.enums import Classification, IndicatorStatus, MissionStatus, Priority
from cabinet_desktop.formatting import (
    format_date,
    format_datetime,
    format_number,
    format_percent,
    format_value,
)
from cabinet_desktop.i18n import translate
from cabinet_desktop.services.journal_changes import changes_summary
from cabinet_desktop.services.permissions import kind_label
from cabinet_desktop.services.rows import Record
from cabinet_desktop.ui import icons

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter
#: the journal list's summary of changes is cut there (the detail panel shows every change)
CHANGES_LENGTH = 400



@dataclass(frozen=True, slots=True)
class Status:
    """What a status cell adds to its text: an icon, a colour and an explanation."""

    icon: str
    color: str
    tooltip: str = ""


Display = Callable[[Record], str]
StatusOf = Callable[[Record], Status | None]

_SAME = "<same>"


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a list pane."""

    key: str
    header: str
    width: int = 120
    align: Qt.AlignmentFlag = LEFT
    display: Display | None = None
    sort: str | None = _SAME
    status: StatusOf | None = None
    hidden: bool = False
    #: the column that takes the table's remaining width (``width`` is then its least width)
    flex: bool = False
    #: the least width the column gives way to in a narrow table (0: a fifth less than
    #: ``width``); never below its header's text
    min_width: int = 0
    #: 0: always shown (unless ``hidden``); 1, 2, …: the order in which the column is left out
    #: of a table too narrow for every column (1 first)
    drop: int = 0
    #: a shorter text, shown instead of the whole one when the cell is too narrow for it (the
    #: icon and the tooltip still say the rest), rather than the whole text cut by « … »
    short: Display | None = None

    @property
    def sort_key(self) -> str | None:
        """The SQL sort key of the column, ``None`` when it cannot be sorted."""
        return self.key if self.sort == _SAME else self.sort

    def text(self, record: Record) -> str:
        if self.display is not None:
            return self.display(record)
        return format_value(record.get(self.key))

    @property
    def title(self) -> str:
        return translate("Columns", self.header)


# --------------------------------------------------------------------------- statuses


def _days_late(due: dt.date | None) -> int:
    return (dt.date.today() - due).days if due else 0


def overdue_status(due_key: str) -> StatusOf:
    def status(record: Record) -> Status | None:
        if not record.get("overdue"):
            return None
        days = _days_late(record.get(due_key))
        return Status("alarm", icons.RED, translate("Columns", "En retard de {n} jour(s)")
                      .format(n=days))
    return status


def overdue_display(due_key: str) -> Display:
    def display(record: Record) -> str:
        text = format_date(record.get(due_key))
        if not record.get("overdue"):
            return text
        return translate("Columns", "{date} · en retard").format(date=text)
    return display


def name_without_role(key: str) -> Display:
    """« Aminata Ouédraogo » for « Aminata Ouédraogo (Directeur de cabinet) »: the short form
    of a journal's author (the whole stays in the tooltip and the detail panel)."""
    def display(record: Record) -> str:
        text = format_value(record.get(key))
        name, bracket, _role = text.rpartition(" (")
        return name if bracket and text.endswith(")") and name else text
    return display


def date_of(key: str) -> Display:
    """The date alone: the short form of :func:`overdue_display` (its alarm icon stays)."""
    def display(record: Record) -> str:
        return format_date(record.get(key))
    return display


def mission_status(record: Record) -> Status | None:
    status = record.get("status")
    if status is MissionStatus.DONE:
        return Status("circle-check", icons.GREEN)
    if status is MissionStatus.CANCELLED:
        return Status("circle-x", icons.GREY)
    if record.get("overdue"):
        return Status("alarm", icons.RED, translate("Columns", "Mission en retard"))
    if status is MissionStatus.ON_HOLD:
        return Status("hourglass", icons.AMBER)
    return None


def priority_status(record: Record) -> Status | None:
    if record.get("priority") is Priority.HIGH:
        return Status("alert-triangle", icons.AMBER, translate("Columns", "Priorité haute"))
    return None


_CLASSIFICATION_COLOURS = {
    Classification.RESTRICTED: icons.BLUE,
    Classification.CONFIDENTIAL: icons.AMBER,
    Classification.SECRET: icons.RED,
}


def classification_status(record: Record) -> Status | None:
    level = record.get("classification")
    if level is None or level is Classification.UNCLASSIFIED:
        return None
    icon_name = "shield-lock" if level is Classification.SECRET else "lock"
    return Status(icon_name, _CLASSIFICATION_COLOURS[level], level.label)


def classification_display(record: Record) -> str:
    level = record.get("classification")
    if level is None:
        return ""
    if level is Classification.RESTRICTED:  # the list's short form (its tooltip says it whole)
        return translate("Columns", "DIFF. RESTREINTE")
    return level.marking or level.label


_INDICATOR_STATUS = {
    IndicatorStatus.GREEN: Status("circle-check", icons.GREEN),
    IndicatorStatus.AMBER: Status("alert-triangle", icons.AMBER),
    IndicatorStatus.RED: Status("circle-x", icons.RED),
    IndicatorStatus.UNKNOWN: Status("help-circle", icons.GREY),
}


def indicator_status(record: Record) -> Status | None:
    status = record.get("indicator_status")
    return _INDICATOR_STATUS.get(status) if status is not None else None


def _number(key: str) -> Display:
    return lambda record: format_number(record.get(key))


def _percent(key: str) -> Display:
    return lambda record: format_percent(record.get(key))


def _timestamp(key: str) -> Display:
    return lambda record: format_datetime(record.get(key))


def _entity(record: Record) -> str:
    return kind_label(str(record.get("entity") or ""))


def _changes(record: Record) -> str:
    # the view elides the cell to its width and shows the whole summary as tooltip
    text = changes_summary(record)
    return text if len(text) <= CHANGES_LENGTH else text[:CHANGES_LENGTH - 1] + "…"


def _latest_value(record: Record) -> str:
    value = record.get("latest_value")
    if value is None:
        return ""
    text = format_number(value)
    if record.get("latest_validated"):
        return text
    return translate("Columns", "{value} (provisoire)").format(value=text)


def note_state(record: Record) -> str:
    """« Émise » once the note's PDF is stored and frozen, « Brouillon » before."""
    return (translate("Columns", "Émise") if record.get("issued_at") is not None
            else translate("Columns", "Brouillon"))


def note_state_status(record: Record) -> Status | None:
    if record.get("issued_at") is not None:
        return Status("lock", icons.GREEN, translate("Columns", "Note émise : son PDF est "
                                                                "conservé, elle est figée."))
    return Status("file-text", icons.GREY, translate("Columns", "Brouillon : modifiable "
                                                               "jusqu'à son émission."))


def _digest(record: Record) -> str:
    """The PDF's SHA-256, its first sixteen characters (the detail panel shows it whole)."""
    digest = str(record.get("pdf_sha256") or "")
    return f"{digest[:16]}…" if digest else ""


# --------------------------------------------------------------------------- per kind

#: least widths of the cells that must never be cut: references, dates, dated statuses
_REF, _DATE, _TIME = 116, 88, 124
#: the longest marking of a list, with its icon: DIFF. RESTREINTE
_MARKING = 150

# What each list keeps however narrow its table (no ``drop``), by what the pane is for
# (DESIGN.md): a mission's state, who carries it and by when (the briefing's « suivi des
# instructions » table); a dossier's state, the avis' due date and its classification (the
# window's sketch); a partner's acronym and category; an indicator's status and latest value; a
# consultation's date and score; a note's date and classification. The other columns give way
# in ``drop`` order, the ones that say least about the record first.
COLUMNS: dict[str, tuple[Column, ...]] = {
    "mission": (
        Column("reference", "Référence", _REF, min_width=_REF),
        Column("title", "Intitulé", 240, flex=True),
        Column("status", "Statut", 110, status=mission_status, min_width=100),
        Column("priority", "Priorité", 85, status=priority_status, min_width=75, drop=3),
        Column("assignee_name", "Responsable", 150),
        Column("due_date", "Échéance", 185, display=overdue_display("due_date"),
               status=overdue_status("due_date"), min_width=108, short=date_of("due_date")),
        Column("progress", "Avancement", 90, align=RIGHT, display=_percent("progress"), drop=2),
        Column("attribution_code", "Attribution", 80, drop=1),
        Column("origin", "Origine", 160, hidden=True),
        Column("start_date", "Début", 95, hidden=True),
    ),
    "dossier": (
        Column("reference", "Référence", _REF, min_width=_REF),
        Column("object", "Objet", 220, flex=True),
        Column("state", "État", 145, min_width=143),  # Transmis au Ministre, never cut
        Column("instructor_name", "Conseiller", 150, drop=2),
        # « Échéance », as the filter bar says: « de l'avis » would cost the state's room
        Column("avis_due_date", "Échéance", 185,
               display=overdue_display("avis_due_date"), status=overdue_status("avis_due_date"),
               min_width=108, short=date_of("avis_due_date")),
        Column("classification", "Classification", _MARKING, display=classification_display,
               status=classification_status, min_width=_MARKING),
        Column("avis_kind", "Avis", 170, drop=1),  # Favorable avec réserves
        Column("received_date", "Reçu le", 95, hidden=True),
        Column("origin_structure", "Structure émettrice", 180, hidden=True),
    ),
    "partner": (
        Column("reference", "Référence", 90),
        Column("name", "Nom", 220, flex=True),
        Column("acronym", "Sigle", 95, min_width=92),  # ONECCA-BF, never cut
        Column("category", "Catégorie", 170, min_width=170),  # Département ministériel
        Column("scope", "Portée", 100, drop=2),
        Column("country", "Pays", 110, drop=4),
        Column("contact_count", "Contacts", 75, align=RIGHT, drop=1),
        Column("agreement_count", "Conventions", 95, align=RIGHT, drop=3),
    ),
    "indicator": (
        Column("reference", "Code", 75),
        Column("name", "Intitulé", 220, flex=True),
        Column("level", "Niveau", 85, drop=4),
        Column("indicator_status", "État", 115, sort=None, status=indicator_status,
               min_width=100),
        Column("latest_value", "Dernière valeur", 130, align=RIGHT, display=_latest_value),
        Column("latest_period", "Période", 80, drop=1),
        Column("target_value", "Cible", 75, align=RIGHT, display=_number("target_value"),
               sort=None, drop=3),
        # contribuables, publications; the name mostly says it (« Taux… », « Nombre… »)
        Column("unit", "Unité", 110, drop=2),
        Column("responsible_structure", "Structure responsable", 180, hidden=True),
    ),
    "consultation": (
        Column("reference", "Référence", _REF, min_width=_REF),
        Column("title", "Intitulé", 220, flex=True),
        Column("date", "Date", 95, min_width=_DATE),
        Column("public", "Public", 115, drop=3),
        Column("method", "Méthode", 140, drop=2),
        Column("participants", "Participants", 95, align=RIGHT, drop=1),
        Column("satisfaction", "Satisfaction", 95, align=RIGHT,
               display=_percent("satisfaction")),
    ),
    "briefing_note": (
        Column("reference", "Référence", 125, min_width=_REF + 8),  # NOTE-2026-0001
        Column("note_date", "Date", 95, min_width=_DATE),
        Column("object", "Objet", 220, flex=True),
        Column("author_name", "Signataire", 160, drop=1),
        Column("classification", "Classification", _MARKING, display=classification_display,
               status=classification_status, min_width=_MARKING),
        Column("issued_at", "État", 90, display=note_state, status=note_state_status,
               min_width=90),
        Column("issued_at", "Émise le", 130, display=_timestamp("issued_at"), min_width=_TIME,
               drop=2),
        Column("pdf_sha256", "Empreinte SHA-256", 150, display=_digest, drop=3),
    ),
    "audit": (
        Column("at", "Date", _TIME, display=_timestamp("at"), min_width=_TIME),
        # Aminata Ouédraogo (Directeur de cabinet); in a narrow column the name alone
        Column("actor", "Auteur", 170, short=name_without_role("actor")),
        Column("action", "Action", 130),  # Opération système
        Column("entity", "Objet", 140, display=_entity, min_width=140),  # comptes utilisateurs
        Column("reference", "Référence", _REF, min_width=_REF),
        Column("changes", "Modifications", 170, display=_changes, sort=None, flex=True),
    ),
}

#: The widths versions before the fitted defaults wrote in every saved table layout: a saved
#: layout without the "columns resized" mark and with these widths was never resized by hand.
WIDTHS_BEFORE_FIT: dict[str, tuple[int, ...]] = {
    "mission": (120, 300, 120, 85, 150, 165, 90, 80, 160, 95),
    "dossier": (120, 300, 135, 140, 165, 150, 150, 95, 180),
    "partner": (95, 300, 90, 170, 100, 120, 75, 95),
    "indicator": (80, 300, 90, 120, 130, 80, 80, 70, 180),
    "consultation": (120, 300, 95, 120, 140, 95, 95),
    "briefing_note": (130, 95, 340, 160, 150, 130),
    "audit": (130, 200, 130, 130, 130, 400),
}


def columns_of(kind: str) -> tuple[Column, ...]:
    """The columns of the pane listing ``kind``."""
    return COLUMNS[kind]
