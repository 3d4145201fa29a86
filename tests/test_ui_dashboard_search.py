"""The dashboard and the Ctrl+K search driven as a user would, with screenshots to look at."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from cabinet_desktop.domain.entities import Attribution, Dossier
from cabinet_desktop.domain.enums import Classification, DossierState, Role
from cabinet_desktop.services import records
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.rows import ChangeSet
from cabinet_desktop.store.database import Database
from cabinet_desktop.ui.panes.dashboard import DashboardPane
from cabinet_desktop.ui.panes.list_pane import ListPane
from cabinet_desktop.ui.shell.main_window import MainWindow
from cabinet_desktop.ui.shell.search_box import RECORD_ROLE, SearchBox
from cabinet_desktop.ui.workspace import Workspace

SCREENSHOTS = Path(__file__).resolve().parent.parent / "artifacts" / "screenshots"
TODAY = dt.date.today()
DIRECTOR = Actor(user_id=None, login="dc", display_name="Aminata Ouédraogo",
                 role=Role.DIRECTOR, clearance=Classification.SECRET)
READER = Actor(user_id=None, login="lecteur", display_name="Lecteur",
               role=Role.READER, clearance=Classification.RESTRICTED)


def _day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(days=offset)


def _create(database: Database, kind_name: str, **values: Any) -> Any:
    return records.create(database, DIRECTOR, kind_name, values).record


@pytest.fixture
def cabinet(sqlite_database: Database) -> dict[str, Any]:
    """A small cabinet with something in every card of the dashboard."""
    db = sqlite_database
    with db.reading() as session:
        attribution = int(session.scalar(select(Attribution.id).where(
            Attribution.code == "A13")) or 0)
    issa = _create(db, "person", first_name="Issa", last_name="Compaoré",
                   function="Conseiller technique")
    awa = _create(db, "person", first_name="Awa", last_name="Traoré",
                  function="Conseillère technique")
    made: dict[str, Any] = {}
    for key, title, due, who, origin in (
            ("late", "Préparer le conseil des ministres", -5, issa, "minister_instruction"),
            ("late2", "Atelier régional de concertation", -1, awa, "cabinet_initiative"),
            ("soon", "Suivre la réforme de la fiscalité locale", 3, awa, "minister_instruction"),
            ("today", "Réunion hebdomadaire du cabinet", 0, None, "cabinet_initiative")):
        made[key] = _create(db, "mission", title=title, attribution_id=attribution,
                            origin=origin, status="in_progress", start_date=_day(-90),
                            due_date=_day(due), assignee_id=who.id if who else None)
    _create(db, "mission", title="Rapport annuel de performance", attribution_id=attribution,
            origin="minister_instruction", status="done", start_date=_day(-90),
            due_date=_day(-20), completed_date=_day(-25))
    for key, title, received, state, level in (
            ("avis", "Projet de décret sur la sécurité alimentaire", -45, DossierState.RECEIVED,
             Classification.UNCLASSIFIED),
            ("avis2", "Convention de financement AFD eau potable", -12,
             DossierState.UNDER_REVIEW, Classification.RESTRICTED),
            ("secret", "Sécurité d'État : plan de continuité", -60, DossierState.RECEIVED,
             Classification.CONFIDENTIAL),
            ("validate", "Arrêté conjoint sur les marchés publics", -20,
             DossierState.AVIS_PROPOSED, Classification.UNCLASSIFIED)):
        made[key] = _create(db, "dossier", object=title, received_date=_day(received),
                            classification=level, instructor_id=issa.id,
                            summary="Dossier transmis par le Secrétariat général pour avis.")
        with db.writing() as session:
            session.execute(update(Dossier).where(Dossier.id == made[key].id).values(
                state=state, avis_date=_day(-6) if state is DossierState.AVIS_PROPOSED
                else None))
    partner = _create(db, "partner", name="Agence française de développement", acronym="AFD",
                      category="bilateral_tfp")
    made["partner"] = partner
    _create(db, "agreement", partner_id=partner.id, title="Appui au secteur de l'eau",
            kind="financing", start_date=_day(-700), end_date=_day(40))
    _create(db, "interaction", partner_id=partner.id, date=_day(-3), kind="meeting",
            summary="Revue à mi-parcours du portefeuille, points de sécurité sanitaire.")
    indicator = _create(db, "indicator", name="Taux d'accès à l'eau potable", level="impact",
                        baseline_value=40, unit="%")
    _create(db, "indicator_target", indicator_id=indicator.id, year=TODAY.year, value=80)
    _create(db, "measurement", indicator_id=indicator.id, period=str(TODAY.year), value=50)
    made["indicator"] = indicator
    made["consultation"] = _create(db, "consultation", title="Enquête usagers sur la sécurité "
                                   "routière", date=_day(-10), public="users", method="survey")
    made["database"] = db
    return made


@pytest.fixture
def window(qtbot: QtBot, cabinet: dict[str, Any], tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    win = MainWindow(Workspace(cabinet["database"], DIRECTOR), settings=settings)
    qtbot.addWidget(win)
    win.resize(1366, 740)
    win.show()
    qtbot.waitExposed(win)
    return win


def _dashboard(win: MainWindow, qtbot: QtBot) -> DashboardPane:
    pane = win.show_pane("dashboard")
    assert isinstance(pane, DashboardPane)
    qtbot.waitUntil(lambda: not pane.loading)  # read on a worker thread
    return pane


def _texts(tree: Any, column: int) -> list[str]:
    return [tree.topLevelItem(i).text(column) for i in range(tree.topLevelItemCount())]


def test_dashboard_shows_each_card(qtbot: QtBot, window: MainWindow,
                                   cabinet: dict[str, Any]) -> None:
    pane = _dashboard(window, qtbot)
    assert _texts(pane.overdue.tree, 0) == [cabinet["late"].reference, cabinet["late2"].reference]
    assert _texts(pane.overdue.tree, 4) == ["5 j", "1 j"]
    assert _texts(pane.due_soon.tree, 4) == ["aujourd'hui", "3 j"]
    assert _texts(pane.awaiting_avis.tree, 0) == [
        cabinet["secret"].reference, cabinet["avis"].reference, cabinet["avis2"].reference]
    assert _texts(pane.awaiting_validation.tree, 0) == [cabinet["validate"].reference]
    assert _texts(pane.indicators.tree, 3) == ["En retard"]
    assert _texts(pane.agreements.tree, 0) == ["AFD"]
    assert _texts(pane.interactions.tree, 1) == ["AFD"]
    assert pane.rate.value.text() == "50\xa0%"  # 1 on time out of 2 instructions due


def test_references_are_never_cut(qtbot: QtBot, window: MainWindow) -> None:
    """A reference (with its lock icon when classified) keeps its full width in every card."""
    pane = _dashboard(window, qtbot)
    window.resize(1366, 768)
    for card in pane.cards():
        tree = card.tree
        if tree.headerItem().text(0) != "Réf.":
            continue
        if tree.topLevelItemCount():
            assert tree.header().sectionSize(0) >= tree.sizeHintForColumn(0), card.title.text()


def test_low_clearance_dashboard_hides_confidential(qtbot: QtBot, cabinet: dict[str, Any],
                                                    tmp_path: Path) -> None:
    pane = DashboardPane(Workspace(cabinet["database"], READER))
    qtbot.addWidget(pane)
    assert pane.loading and pane.date.text() == "Chargement…"
    with qtbot.waitSignal(pane.loaded):
        pane.load()  # already reading since it was built: no second read
    assert not pane.loading
    assert _texts(pane.awaiting_avis.tree, 0) == [cabinet["avis"].reference,
                                                  cabinet["avis2"].reference]
    assert pane.awaiting_avis.count.text() == "2"


def test_change_saved_during_a_read_is_shown(qtbot: QtBot, window: MainWindow,
                                            cabinet: dict[str, Any]) -> None:
    """A change broadcast while the dashboard is being read is shown once both reads end."""
    pane = _dashboard(window, qtbot)
    db = cabinet["database"]
    pane.reload()
    assert pane.loading
    with db.reading() as session:
        attribution = session.scalar(select(Attribution.id).where(Attribution.code == "A13"))
    late = _create(db, "mission", title="Note urgente au Premier ministre",
                   attribution_id=attribution, origin="cabinet_initiative",
                   status="in_progress", start_date=_day(-30), due_date=_day(-2))
    window.workspace.broadcast(ChangeSet.of("mission"))  # as a save does, while the first read runs
    qtbot.waitUntil(lambda: not pane.loading)
    assert late.reference in _texts(pane.overdue.tree, 0)
    assert pane.overdue.count.text() == "3"


def test_click_a_dashboard_item_opens_its_record(qtbot: QtBot, window: MainWindow,
                                                 cabinet: dict[str, Any]) -> None:
    pane = _dashboard(window, qtbot)
    tree = pane.awaiting_validation.tree
    first = tree.topLevelItem(0)
    assert first is not None
    rect = tree.visualItemRect(first)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_kind() == "dossier"
    dossiers = window.panes["dossier"]
    assert isinstance(dossiers, ListPane)
    record = dossiers.current_record()
    assert record is not None and record.id == cabinet["validate"].id
    # Back to the dashboard, an indicator line opens the indicators pane.
    pane = _dashboard(window, qtbot)
    tree = pane.indicators.tree
    line = tree.topLevelItem(0)
    assert line is not None
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=tree.visualItemRect(line).center())
    indicators = window.panes["indicator"]
    assert window.current_kind() == "indicator" and isinstance(indicators, ListPane)
    current = indicators.current_record()
    assert current is not None and current.id == cabinet["indicator"].id


def _type_and_wait(qtbot: QtBot, box: SearchBox, text: str) -> None:
    with qtbot.waitSignal(box.resultsShown, timeout=5000):
        qtbot.keyClicks(box, text)


def test_search_securite_then_enter_opens_the_record(qtbot: QtBot, window: MainWindow,
                                                     cabinet: dict[str, Any]) -> None:
    box = window.search_box
    assert isinstance(box, SearchBox)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert box.hasFocus()
    _type_and_wait(qtbot, box, "securite")
    popup = box.popup
    assert popup.isVisible()
    rows = [popup.list.item(i) for i in range(popup.list.count())]
    headings = [r.text() for r in rows if r.data(RECORD_ROLE) is None]
    found = [r.data(RECORD_ROLE) for r in rows if r.data(RECORD_ROLE) is not None]
    assert sorted(headings) == ["CONSULTATIONS", "DOSSIERS"]
    assert sorted(found) == sorted([("dossier", cabinet["secret"].id),
                                    ("dossier", cabinet["avis"].id),
                                    ("consultation", cabinet["consultation"].id)])
    assert popup.current() == found[0]  # the best result is selected at once
    qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(box, Qt.Key.Key_Up)
    target = popup.current()
    assert target is not None and target == found[1]
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert window.current_kind() == target[0]
    pane = window.panes[target[0]]
    assert isinstance(pane, ListPane)
    record = pane.current_record()
    assert record is not None and record.id == target[1]


def test_search_click_opens_a_partner(qtbot: QtBot, window: MainWindow,
                                      cabinet: dict[str, Any]) -> None:
    box = window.search_box
    assert isinstance(box, SearchBox)
    box.setFocus()
    _type_and_wait(qtbot, box, "afd")
    popup = box.popup
    items = [popup.list.item(i) for i in range(popup.list.count())]
    partner_item = next(i for i in items if i.data(RECORD_ROLE) == ("partner",
                                                                    cabinet["partner"].id))
    rect = popup.list.visualItemRect(partner_item)
    qtbot.mouseClick(popup.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_kind() == "partner"
    pane = window.panes["partner"]
    assert isinstance(pane, ListPane)
    record = pane.current_record()
    assert record is not None and record.id == cabinet["partner"].id


def test_search_shows_no_result_and_survives_syntax(qtbot: QtBot, window: MainWindow) -> None:
    box = window.search_box
    assert isinstance(box, SearchBox)
    box.setFocus()
    _type_and_wait(qtbot, box, '"zzz* -:(')
    assert "Aucun résultat" in box.popup.status.text()
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert not box.popup.isVisible()


def test_screenshots(qtbot: QtBot, window: MainWindow) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    _dashboard(window, qtbot)
    QApplication.processEvents()
    assert window.grab().save(str(SCREENSHOTS / "dashboard.png"))
    box = window.search_box
    assert isinstance(box, SearchBox)
    box.setFocus()
    _type_and_wait(qtbot, box, "secu")
    QApplication.processEvents()
    assert window.grab().save(str(SCREENSHOTS / "search_popup.png"))
    assert box.popup.mapTo(window, QPoint(0, 0)).y() > 0
