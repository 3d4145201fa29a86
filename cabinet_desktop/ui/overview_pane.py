"""A Monday-morning overview built from the list services.

Shown as *Tableau de bord* until the dashboard service's pane (``ui/dashboard_pane.py``) is
there: counts of overdue missions, missions due within 7 days, dossiers awaiting an avis or
its validation, and indicators off target, with the first items of each list. Every item is a
link that opens its record.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from cabinet_desktop.domain.enums import DossierState, IndicatorStatus
from cabinet_desktop.domain.errors import CabinetError
from cabinet_desktop.formatting import format_date
from cabinet_desktop.i18n import translate
from cabinet_desktop.services import listing
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.listing import ListQuery
from cabinet_desktop.services.rows import ChangeSet, Record
from cabinet_desktop.store.database import Database
from cabinet_desktop.ui import icons
from cabinet_desktop.ui.details import STYLE

LIST_LENGTH = 8



class OverviewPane(QWidget):
    """The stop-gap *Tableau de bord*: counts and short lists, each item a link."""

    open_record = Signal(str, int)
    failed = Signal(str)

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.kind = "dashboard"
        self.setObjectName("pane_dashboard")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 4)
        title = QLabel(translate("Overview", "Tableau de bord"))
        title.setObjectName("paneTitle")
        layout.addWidget(title)
        self.browser = QTextBrowser()
        self.browser.setObjectName("dashboardText")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._link)
        layout.addWidget(self.browser, 1)

    def load(self) -> None:
        self.reload()

    def reload(self) -> None:
        try:
            self.browser.setHtml(self._html())
        except CabinetError as error:
            self.failed.emit(error.message)

    def concerned_by(self, changes: ChangeSet) -> bool:
        return bool(changes.kinds & {"mission", "dossier", "indicator", "measurement",
                                     "indicator_target", "setting"})

    def _link(self, url: QUrl) -> None:
        parts = url.toString().split(":")
        if len(parts) == 3 and parts[0] == "record":
            self.open_record.emit(parts[1], int(parts[2]))

    def _html(self) -> str:
        db, actor = self.database, self.actor
        today = dt.date.today()
        overdue = listing.page(db, actor, "mission", ListQuery(
            overdue_only=True, sort="due_date", limit=LIST_LENGTH))
        soon = listing.page(db, actor, "mission", ListQuery(
            date_from=today, date_to=today + dt.timedelta(days=7), sort="due_date",
            limit=LIST_LENGTH))
        soon_rows = tuple(r for r in soon.rows if not r["status"].is_closed)
        awaiting_avis = listing.page(db, actor, "dossier", ListQuery(
            filters={"state": DossierState.UNDER_REVIEW}, sort="received_date",
            limit=LIST_LENGTH))
        awaiting_validation = listing.page(db, actor, "dossier", ListQuery(
            filters={"state": DossierState.AVIS_PROPOSED}, sort="received_date",
            limit=LIST_LENGTH))
        indicators = listing.page(db, actor, "indicator", ListQuery(limit=500))
        off_target = sorted((r for r in indicators.rows
                             if r.get("indicator_status") is IndicatorStatus.RED),
                            key=lambda r: (r["level"].rank, r.reference))
        cards = "".join([
            _card(translate("Overview", "Missions en retard"), overdue.total, icons.RED),
            _card(translate("Overview", "Échéance sous 7 jours"), len(soon_rows), icons.AMBER),
            _card(translate("Overview", "Dossiers en instruction"), awaiting_avis.total,
                  icons.BLUE),
            _card(translate("Overview", "Avis à valider"), awaiting_validation.total, icons.BLUE),
            _card(translate("Overview", "Indicateurs hors cible"), len(off_target), icons.RED),
        ])
        situation = translate("Overview", "Situation au {date}").format(date=format_date(today))
        return (f"<html><head><style>{STYLE} td.card {{ padding: 8px 14px; "
                f"border: 1px solid #c9d3de; background: #ffffff; }}</style></head><body>"
                f"<p class='subtitle'>{escape(situation)}</p>"
                f"<table cellspacing='8'><tr>{cards}</tr></table>"
                + _list(translate("Overview", "Missions en retard"), overdue.rows, "mission",
                        "title", "due_date",
                        translate("Overview", "Aucune mission en retard."), late=True)
                + _list(translate("Overview", "Missions à échéance dans les 7 jours"), soon_rows,
                        "mission",
                        "title", "due_date",
                        translate("Overview", "Aucune échéance cette semaine."))
                + _list(translate("Overview",
                                  "Dossiers en attente d'avis (les plus anciens d'abord)"),
                        awaiting_avis.rows, "dossier", "object", "received_date",
                        translate("Overview", "Aucun dossier en instruction."), waiting=True)
                + _list(translate("Overview", "Avis proposés à valider"), awaiting_validation.rows,
                        "dossier",
                        "object", "received_date", translate("Overview", "Aucun avis à valider."),
                        waiting=True)
                + _list(translate("Overview",
                                  "Indicateurs hors cible (résultats et impacts d'abord)"),
                        tuple(off_target[:LIST_LENGTH]), "indicator", "name", None,
                        translate("Overview", "Aucun indicateur hors cible."))
                + "</body></html>")


def _card(label: str, count: int, colour: str) -> str:
    return (f"<td class='card'><span style='font-size:20pt; color:{colour}'><b>{count}</b>"
            f"</span><br>{escape(label)}</td>")


def _list(title: str, rows: Sequence[Record], kind: str, title_key: str, date_key: str | None,
          empty: str, late: bool = False, waiting: bool = False) -> str:
    html = f"<h3>{escape(title)}</h3>"
    if not rows:
        return html + f"<p class='empty'>{escape(empty)}</p>"
    today = dt.date.today()
    items = []
    for row in rows:
        extra = ""
        if date_key and row.get(date_key):
            date = row[date_key]
            extra = f" — {format_date(date)}"
            if late:
                late_text = translate("Overview", "{n} j de retard").format(n=(today - date).days)
                extra += f" <b style='color:{icons.RED}'>({escape(late_text)})</b>"
            if waiting:
                extra += " (" + escape(translate("Overview", "{n} j d'attente")
                                       .format(n=(today - date).days)) + ")"
        text = escape(str(row.get(title_key) or ""))
        items.append(f"<tr><td><a href='record:{kind}:{row.id}'>{escape(row.reference)}</a>"
                     f"</td><td>{text}{extra}</td></tr>")
    return ("<table class='list' width='100%' cellspacing='0' cellpadding='3'>"
            + "".join(items) + "</table>")
