"""Tableau de bord: the cabinet's Monday morning on one screen, every line opening its record.

Cards in two columns: the minister's instructions rate, overdue missions and those due within
seven days, dossiers waiting for an avis and for validation, indicators off target, agreements
ending and recent exchanges with partners. The data comes from one service call
(:func:`cabinet_desktop.services.dashboard.dashboard`) run on a worker thread, started before
the cards are built so the queries and the widgets progress together; a click on a line emits
``open_record(kind, id)`` and the window opens the record in its pane. The pane reloads when
the window broadcasts a change to any kind it shows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QCursor, QFont, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cabinet_desktop.domain.enums import IndicatorStatus
from cabinet_desktop.domain.errors import CabinetError
from cabinet_desktop.formatting import (
    format_date,
    format_number,
    format_percent,
    unit_suffix,
)
from cabinet_desktop.i18n import translate
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.dashboard import (
    AGREEMENT_HORIZON_DAYS,
    DUE_SOON_DAYS,
    INTERACTION_DAYS,
    Dashboard,
    InstructionRate,
    Section,
    dashboard,
)
from cabinet_desktop.services.rows import ChangeSet
from cabinet_desktop.store.database import Database
from cabinet_desktop.ui.icons import AMBER, GREEN, GREY, INK, RED, icon
from cabinet_desktop.ui.tasks import Task, run_task
from cabinet_desktop.ui.workspace import Workspace

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
VISIBLE_ROWS = 6
#: The dashboard's width (pixels) from which its cards sit two by two: narrower, a title
#: would keep a dozen characters
TWO_COLUMNS_FROM = 1500
#: Widest a name column may grow in a card (pixels); the text column takes the rest.
MAX_SHORT_COLUMN = 115

_DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre")



def long_date(day: dt.date) -> str:
    """``lundi 30 novembre 2026``."""
    weekday = translate("Dashboard", _DAYS[day.weekday()])
    month = translate("Dashboard", _MONTHS[day.month - 1])
    return f"{weekday} {day.day}{'er' if day.day == 1 else ''} {month} {day.year}"


def short_name(name: str) -> str:
    """« F. OUATTARA » for « Fatimata OUATTARA »: a card's name column leaves room to titles."""
    parts = name.split()
    if len(parts) < 2:
        return name or "—"
    return " ".join([f"{parts[0][0]}.", *parts[1:]])


def _days(n: int) -> str:
    return translate("Dashboard", "{n} j").replace("{n}", format_number(n))


Cell = str | tuple[str, QIcon | None, str | None]  # text, or (text, icon, colour)


class Card(QFrame):
    """A titled card holding a clickable list of records."""

    def __init__(self, title: str, icon_name: str, headers: Sequence[str],
                 stretch: int, empty: str, parent: QWidget | None = None,
                 capped: Sequence[int] = ()) -> None:
        super().__init__(parent)
        self.capped = frozenset(capped)  # name columns: at most MAX_SHORT_COLUMN wide
        self.setObjectName("dashboardCard")
        self.empty_text = empty
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        top = QHBoxLayout()
        badge = QLabel(self)
        badge.setPixmap(icon(icon_name, INK).pixmap(20, 20))
        self.title = QLabel(title, self)
        self.title.setObjectName("cardTitle")
        self.count = QLabel(self)
        self.count.setObjectName("cardCount")
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(badge)
        top.addWidget(self.title, 1)
        top.addWidget(self.count)
        layout.addLayout(top)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("cardList")
        self.tree.setHeaderLabels(list(headers))
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setMouseTracking(True)
        self.tree.viewport().setCursor(QCursor(Qt.CursorShape.PointingHandCursor))
        header = self.tree.header()
        header.setStretchLastSection(False)
        # Short columns (references, dates, days) fit their contents but names are capped, so
        # the text column (title, object) gets the width; full texts are in the tooltips.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.stretch_column = stretch
        # a title cut in its middle keeps its start and its end (« Préparer la … de Kaya »)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.empty = QLabel(empty, self)
        self.empty.setObjectName("cardEmpty")
        self.empty.setStyleSheet(f"color: {GREY}; padding: 8px;")
        self.empty.setWordWrap(True)
        layout.addWidget(self.tree)
        layout.addWidget(self.empty)
        layout.addStretch(1)  # cards side by side keep their lists at the top
        self.empty.hide()

    def fill(self, section: Section | None, rows: Callable[[Any], Sequence[Cell]],
             tooltip: Callable[[Any], str] | None = None) -> None:
        """Show a section's items (``None``: the role may not read it)."""
        self.tree.clear()
        if section is None:
            self.setVisible(False)
            return
        self.setVisible(True)
        for item in section.items:
            cells = rows(item)
            line = QTreeWidgetItem()
            for column, cell in enumerate(cells):
                text, cell_icon, colour = (cell, None, None) if isinstance(cell, str) else cell
                line.setText(column, text)
                if cell_icon is not None:
                    line.setIcon(column, cell_icon)
                if colour is not None:
                    line.setForeground(column, QColor(colour))
            line.setData(0, RECORD_ROLE, (item.kind, item.id))
            extra = tooltip(item) if tooltip is not None else ""
            for column in range(len(cells)):
                full = line.text(column)
                line.setToolTip(column, f"{full}\n{extra}" if extra and extra != full
                                else full)
            self.tree.addTopLevelItem(line)
        shown, total = len(section.items), section.total
        if total == 0:
            self.count.setText("")
        elif shown < total:
            self.count.setText(translate("Dashboard", "{total} (les {shown} premiers)")
                               .replace("{total}", format_number(total))
                               .replace("{shown}", format_number(shown)))
        else:
            self.count.setText(format_number(total))
        self.tree.setVisible(total > 0)
        self.empty.setVisible(total == 0)
        header = self.tree.header()
        for column in range(self.tree.columnCount()):
            if column != self.stretch_column:  # references, dates and days are never cut
                self.tree.resizeColumnToContents(column)
                if column in self.capped:
                    header.resizeSection(column, min(header.sectionSize(column),
                                                     MAX_SHORT_COLUMN))
        row_height = self.tree.sizeHintForRow(0)  # the rows as drawn (-1 when there is none)
        row_height = row_height if row_height > 0 else self.tree.fontMetrics().height() + 6
        visible = min(max(shown, 1), VISIBLE_ROWS)
        self.tree.setFixedHeight(self.tree.header().sizeHint().height() + row_height * visible
                                 + 2 * self.tree.frameWidth() + 2)


class ToDoCard(QFrame):
    """« À traiter »: what waits for the signed-in user, a line per work list with its count;
    a click opens the record when there is one, otherwise the list filtered on the work."""

    open_record = Signal(str, int)
    open_list = Signal(str, str)  # kind, work list key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardCard")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        top = QHBoxLayout()
        badge = QLabel(self)
        badge.setPixmap(icon("clock-exclamation", INK).pixmap(20, 20))
        title = QLabel(translate("Dashboard", "À traiter"), self)
        title.setObjectName("cardTitle")
        top.addWidget(badge)
        top.addWidget(title, 1)
        layout.addLayout(top)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("toDoList")
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(4)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setMouseTracking(True)
        self.tree.viewport().setCursor(QCursor(Qt.CursorShape.PointingHandCursor))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.tree.itemClicked.connect(self._clicked)
        self.tree.itemActivated.connect(self._clicked)
        layout.addWidget(self.tree)
        self.setVisible(False)

    def fill(self, lines: Sequence[Any]) -> None:
        """Show the lines (none: the role has no work list; the card is hidden)."""
        self.tree.clear()
        self.setVisible(bool(lines))
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for line in lines:
            item = QTreeWidgetItem()
            item.setText(0, format_number(line.count))
            item.setTextAlignment(0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setFont(0, bold)
            item.setText(1, line.label)
            if line.late:
                item.setText(2, translate("Dashboard", "dont {n} en retard")
                             .replace("{n}", format_number(line.late)))
                item.setForeground(2, QColor(RED))
                item.setIcon(2, icon("alarm", RED))
            if line.count == 0:
                for column in range(3):
                    item.setForeground(column, QColor(GREY))
                item.setToolTip(1, translate("Dashboard", "Rien à traiter."))
            else:
                item.setToolTip(1, translate("Dashboard", "Ouvrir la fiche")
                                if line.only_id is not None
                                else translate("Dashboard", "Ouvrir la liste filtrée"))
            item.setData(0, RECORD_ROLE, line)
            self.tree.addTopLevelItem(item)
        row_height = self.tree.sizeHintForRow(0)
        row_height = row_height if row_height > 0 else self.tree.fontMetrics().height() + 8
        self.tree.setFixedHeight(row_height * max(len(lines), 1) + 2 * self.tree.frameWidth()
                                 + 2)

    def _clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        line = item.data(0, RECORD_ROLE)
        if line is None or line.count == 0:
            return
        if line.only_id is not None:
            self.open_record.emit(line.kind, int(line.only_id))
        else:
            self.open_list.emit(line.kind, line.key)


class RateCard(QFrame):
    """The implementation rate of the minister's instructions; a click opens their register."""

    clicked = Signal()

    def mousePressEvent(self, event: Any) -> None:
        self.clicked.emit()
        super().mousePressEvent(event)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardCard")
        self.setCursor(QCursor(Qt.CursorShape.PointingHandCursor))
        self.setToolTip(translate("Dashboard", "Ouvrir le registre des instructions du Ministre"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        badge = QLabel(self)
        badge.setPixmap(icon("circle-check", INK).pixmap(20, 20))
        title = QLabel(translate("Dashboard", "Exécution des instructions du Ministre"), self)
        title.setObjectName("cardTitle")
        self.value = QLabel(self)
        self.value.setObjectName("rateValue")
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.value.setFont(font)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(10)
        self.detail = QLabel(self)
        self.detail.setObjectName("rateDetail")
        self.detail.setWordWrap(True)
        column = QVBoxLayout()
        head = QHBoxLayout()
        head.addWidget(badge)
        head.addWidget(title, 1)
        column.addLayout(head)
        column.addWidget(self.bar)
        column.addWidget(self.detail)
        layout.addWidget(self.value)
        layout.addSpacing(12)
        layout.addLayout(column, 1)

    def fill(self, rate: InstructionRate | None) -> None:
        self.setVisible(rate is not None)
        if rate is None:
            return
        if rate.rate is None:
            self.value.setText("—")
            self.bar.setValue(0)
            self.detail.setText(translate("Dashboard",
                                          "Aucune instruction échue ni achevée pour l'instant."))
            return
        percent = round(rate.rate * 100)
        colour = GREEN if rate.rate >= 0.9 else AMBER if rate.rate >= 0.6 else RED
        self.value.setText(format_percent(percent))
        self.value.setStyleSheet(f"color: {colour};")
        self.bar.setValue(percent)
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        self.detail.setText(translate("Dashboard",
                                      "Exécutées dans les délais : {done} sur {due} "
                                      "(instructions échues ou déjà achevées).")
                            .replace("{done}", format_number(rate.achieved_on_time))
                            .replace("{due}", format_number(rate.due)))


STYLE = f"""
#dashboardCard {{ background: white; border: 1px solid #d5dce3; border-radius: 6px; }}
#cardTitle {{ font-weight: bold; color: {INK}; }}
#cardCount {{ color: {GREY}; }}
#dashboardTitle {{ font-size: 15pt; font-weight: bold; color: {INK}; }}
#dashboardDate {{ color: {GREY}; }}
#dashboardContent {{ background: #f3f5f8; }}
"""


#: Kinds whose changes make the dashboard stale.
WATCHED_KINDS = frozenset({"mission", "dossier", "indicator", "indicator_target", "measurement",
                           "partner", "agreement", "interaction", "setting"})


def read_dashboard(database: Database, actor: Actor, today: dt.date | None = None,
                   parent: QWidget | None = None) -> Task:
    """Start reading ``actor``'s dashboard on a worker thread (for :class:`DashboardPane`)."""
    return run_task(parent, "", lambda _state: dashboard(database, actor, today=today),
                    show_progress=False)


class DashboardPane(QScrollArea):
    """The *Tableau de bord* pane."""

    open_record = Signal(str, int)
    open_list = Signal(str, str)  # kind, work list key (« À traiter », the instructions' rate)
    failed = Signal(str)
    loaded = Signal()  # the dashboard read by the last load is shown

    def __init__(self, workspace: Workspace, parent: QWidget | None = None,
                 today: dt.date | None = None, reading: Task | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardPane")
        self.workspace, self.today = workspace, today
        self.data: Dashboard | None = None
        self._task: Task | None = None
        self._again = False
        # The queries run on a worker while the cards (and at start-up the window) are built;
        # ``reading`` is a read started even earlier (:func:`read_dashboard`).
        if reading is None:
            self._fetch()
        else:
            self._follow(reading)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget(self)
        content.setObjectName("dashboardContent")
        content.setStyleSheet(STYLE)
        outer = QVBoxLayout(content)
        outer.setContentsMargins(16, 12, 16, 16)
        outer.setSpacing(12)
        head = QHBoxLayout()
        title = QLabel(translate("Dashboard", "Tableau de bord"), content)
        title.setObjectName("dashboardTitle")
        self.date = QLabel(content)
        self.date.setObjectName("dashboardDate")
        self.date.setText(translate("Dashboard", "Chargement…"))
        head.addWidget(title)
        head.addSpacing(12)
        head.addWidget(self.date, 1, Qt.AlignmentFlag.AlignBottom)
        outer.addLayout(head)

        self.to_do = ToDoCard(content)
        self.to_do.open_record.connect(self.open_record)
        self.to_do.open_list.connect(self.open_list)
        outer.addWidget(self.to_do)
        self.rate = RateCard(content)
        self.rate.clicked.connect(lambda: self.open_list.emit("mission", "instructions"))
        outer.addWidget(self.rate)
        self.overdue = Card(translate("Dashboard", "Missions en retard"), "alarm",
                            [translate("Dashboard", "Réf."), translate("Dashboard", "Intitulé"),
                             translate("Dashboard", "Responsable"),
                             translate("Dashboard", "Échéance"),
                             translate("Dashboard", "Retard")], 1,
                             translate("Dashboard", "Aucune mission en retard."), capped=(2,))
        self.due_soon = Card(translate("Dashboard", "Missions à échéance sous {n} jours").replace(
                                 "{n}", str(DUE_SOON_DAYS)), "calendar",
                             [translate("Dashboard", "Réf."), translate("Dashboard", "Intitulé"),
                              translate("Dashboard", "Responsable"),
                              translate("Dashboard", "Échéance"),
                              translate("Dashboard", "Reste")], 1,
                              translate("Dashboard", "Aucune échéance cette semaine."), capped=(2,))
        self.awaiting_avis = Card(translate("Dashboard", "Dossiers en attente d'avis"), "hourglass",
                                  [translate("Dashboard", "Réf."), translate("Dashboard", "Objet"),
                                   translate("Dashboard", "Instructeur"),
                                   translate("Dashboard", "Reçu le"),
                                   translate("Dashboard", "Attente")], 1,
                                   translate("Dashboard", "Aucun dossier en attente d'avis."),
                                  capped=(2,))
        self.awaiting_validation = Card(translate("Dashboard", "Avis à valider"), "shield-lock",
                                        [translate("Dashboard", "Réf."),
                                         translate("Dashboard", "Objet"),
                                         translate("Dashboard", "Instructeur"),
                                         translate("Dashboard", "Proposé le"),
                                         translate("Dashboard", "Attente")], 1,
                                        translate("Dashboard",
                                                  "Aucun avis en attente de validation."),
                                        capped=(2,))
        self.indicators = Card(translate("Dashboard", "Indicateurs hors cible"), "chart-line",
                               [translate("Dashboard", "Réf."),
                                translate("Dashboard", "Indicateur"),
                                translate("Dashboard", "Niveau"), translate("Dashboard", "État"),
                                translate("Dashboard", "Valeur / cible")], 1,
                               translate("Dashboard",
                                         "Tous les indicateurs mesurés sont dans la cible."),
                               capped=(4,))
        self.agreements = Card(translate("Dashboard", "Conventions échéant sous {n} jours").replace(
                                   "{n}", str(AGREEMENT_HORIZON_DAYS)), "file-text",
                               [translate("Dashboard", "Partenaire"),
                                translate("Dashboard", "Convention"),
                                translate("Dashboard", "Fin"), translate("Dashboard", "Reste")], 1,
                               translate("Dashboard", "Aucune convention n'arrive à échéance."),
                               capped=(0,))
        self.interactions = Card(translate("Dashboard",
                                           "Échanges avec les partenaires ({n} derniers jours)")
                                 .replace("{n}", str(INTERACTION_DAYS)), "heart-handshake",
                                 [translate("Dashboard", "Date"),
                                  translate("Dashboard", "Partenaire"),
                                  translate("Dashboard", "Type"),
                                  translate("Dashboard", "Compte rendu")],
                                 3, translate("Dashboard", "Aucun échange récent."), capped=(1,))
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(12)
        self._columns = 0
        for card in self.cards():
            card.tree.itemClicked.connect(self._clicked)
            card.tree.itemActivated.connect(self._clicked)
        self._arrange(1)
        outer.addLayout(self.grid)
        outer.addStretch(1)
        self.setWidget(content)

    def _arrange(self, columns: int) -> None:
        """The cards in ``columns`` columns: two only where each still gives titles room."""
        if columns == self._columns:
            return
        self._columns = columns
        for position, card in enumerate(self.cards()):
            self.grid.removeWidget(card)
            self.grid.addWidget(card, position // columns, position % columns)
        for column in range(2):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._arrange(2 if self.viewport().width() >= TWO_COLUMNS_FROM else 1)

    def cards(self) -> list[Card]:
        return [self.overdue, self.due_soon, self.awaiting_avis, self.awaiting_validation,
                self.indicators, self.agreements, self.interactions]

    @property
    def loading(self) -> bool:
        """Whether a read of the dashboard is under way (its cards show the previous one)."""
        return self._task is not None

    def load(self) -> None:
        """Make sure the dashboard is being read (a few bounded queries, on a worker thread)."""
        if self._task is None:
            self._fetch()

    def reload(self) -> None:
        """Read the dashboard again, after the read under way if there is one."""
        if self._task is None:
            self._fetch()
        else:
            self._again = True  # that read may predate the change: read once more after it

    def _fetch(self) -> None:
        self._again = False
        self._follow(read_dashboard(self.workspace.database, self.workspace.actor, self.today,
                                    self))

    def _follow(self, task: Task) -> None:
        self._task = task
        if task.done:  # finished before this pane existed: its result is kept on the task
            QTimer.singleShot(0, lambda: self._delivered(task))
        else:
            task.finished.connect(self._fetched)
            task.failed.connect(self._fetch_failed)

    def _delivered(self, task: Task) -> None:
        if isinstance(task.result, BaseException):
            self._fetch_failed(task.result)
        else:
            self._fetched(task.result)

    def _fetched(self, data: Dashboard) -> None:
        self._task = None
        if self._again:
            self._fetch()
        self.show_dashboard(data)
        self.loaded.emit()

    def _fetch_failed(self, error: BaseException) -> None:
        self._task = None
        if not isinstance(error, CabinetError):
            raise error  # a bug: the application's error hook reports it
        self.failed.emit(error.message)

    def concerned_by(self, changes: ChangeSet) -> bool:
        return bool(changes.kinds & WATCHED_KINDS)

    def show_dashboard(self, data: Dashboard) -> None:
        self.data = data
        self.date.setText(long_date(data.today))
        self.to_do.fill(data.to_do)
        self.rate.fill(data.instruction_rate)
        late = icon("alarm", RED)

        def mission_row(m: Any) -> list[Cell]:
            return [m.reference, m.title, short_name(m.assignee), format_date(m.due),
                    (_days(m.days_late), late, RED)]

        def soon_row(m: Any) -> list[Cell]:
            left = -m.days_late
            return [m.reference, m.title, short_name(m.assignee), format_date(m.due),
                    translate("Dashboard", "aujourd'hui") if left == 0 else _days(left)]

        def mission_tip(m: Any) -> str:
            return f"{m.reference} — {m.title}\n{m.assignee or '—'}"

        def dossier_row(d: Any) -> list[Cell]:
            marking = d.classification.marking
            reference: Cell = (d.reference, icon("lock", RED), None) if marking else d.reference
            colour = RED if d.days_waiting > 30 else None
            return [reference, d.object, short_name(d.instructor), format_date(d.waiting_since),
                    (_days(d.days_waiting), None, colour)]

        def dossier_tip(d: Any) -> str:
            parts = [f"{d.reference} — {d.object}", d.state.label, d.instructor or "—"]
            if d.classification.marking:
                parts.append(d.classification.label)
            if d.avis_due:
                parts.append(translate("Dashboard", "Avis attendu le {date}").replace("{date}",
                                                                  format_date(d.avis_due)))
            return "\n".join(parts)

        def indicator_row(i: Any) -> list[Cell]:
            red = i.status is IndicatorStatus.RED
            status: Cell = (i.status.label, icon("circle-x" if red else "alert-triangle",
                                                 RED if red else AMBER), RED if red else AMBER)
            value = f"{format_number(i.value)} / {format_number(i.target)}{unit_suffix(i.unit)}"
            if i.provisional:
                value += " " + translate("Dashboard", "(provisoire)")
            return [i.reference, i.name, i.level.label, status, value]

        def indicator_tip(i: Any) -> str:
            ratio = (translate("Dashboard", "atteinte : {p}")
                     .replace("{p}", format_percent(round(i.achievement * 100)))
                     if i.achievement is not None else "")
            return f"{i.reference} — {i.name}\n{i.period} · {ratio}"

        def agreement_row(a: Any) -> list[Cell]:
            return [a.partner, a.title, format_date(a.end_date),
                    (_days(a.days_left), None, AMBER if a.days_left <= 30 else None)]

        def interaction_row(x: Any) -> list[Cell]:
            return [format_date(x.date), x.partner, x.interaction_kind.label,
                    " ".join(x.summary.split())]

        self.overdue.fill(data.overdue_missions, mission_row, mission_tip)
        self.due_soon.fill(data.missions_due_soon, soon_row, mission_tip)
        self.awaiting_avis.fill(data.awaiting_avis, dossier_row, dossier_tip)
        self.awaiting_validation.fill(data.awaiting_validation, dossier_row, dossier_tip)
        self.indicators.fill(data.indicators_off_target, indicator_row, indicator_tip)
        self.agreements.fill(data.agreements_ending, agreement_row)
        self.interactions.fill(data.recent_interactions, interaction_row,
                               lambda x: " ".join(x.summary.split()))

    def _clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        value = item.data(0, RECORD_ROLE)
        if value:
            self.open_record.emit(str(value[0]), int(value[1]))
