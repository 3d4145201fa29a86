"""The main window driven like a user: navigate, sort, filter, select, and look at every pane."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence

from cabinet_desktop.domain.enums import Classification, Role
from cabinet_desktop.services.actor import Actor, system_actor
from cabinet_desktop.services.rows import ChangeSet
from cabinet_desktop.store.database import Database
from cabinet_desktop.ui.app import make_application
from cabinet_desktop.ui.panes.list_pane import ListPane
from cabinet_desktop.ui.shell.main_window import ORDER, MainWindow
from cabinet_desktop.ui.workspace import Workspace
from tests.ui_support import DIRECTOR, fill_cabinet, ini_settings

pytestmark = pytest.mark.gui
ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts" / "screenshots"


@pytest.fixture
def cabinet_db(sqlite_database: Database) -> Database:
    fill_cabinet(sqlite_database, system_actor("tests"))
    return sqlite_database


@pytest.fixture
def window(qtbot, cabinet_db: Database, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    make_application()
    win = MainWindow(Workspace(cabinet_db, DIRECTOR), ini_settings(tmp_path))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    return win


def table_column(pane: ListPane, key: str) -> list[str]:
    number = next(i for i, c in enumerate(pane.model.columns) if c.key == key)
    model = pane.view.model()
    return [model.index(row, number).data() for row in range(model.rowCount())]


def click_header(qtbot, pane: ListPane, key: str) -> None:  # type: ignore[no-untyped-def]
    number = next(i for i, c in enumerate(pane.model.columns) if c.key == key)
    header = pane.view.horizontalHeader()
    header.setSectionHidden(number, False)
    pane.view.scrollTo(pane.model.index(0, number))
    x = header.sectionViewportPosition(number) + header.sectionSize(number) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))


def test_title_status_bar_and_sidebar_navigation(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert window.windowTitle().startswith("Cabinet Desktop — Ministère de l'Économie")
    assert "base : " in window.windowTitle() and "DÉMONSTRATION" not in window.windowTitle()
    assert "Aminata Ouédraogo" in window.user_label.text()
    assert window.location_label.text().startswith("Fichier : ")
    sidebar = window.sidebar
    item = sidebar.item(ORDER.index("dossier"))
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton,
                     pos=sidebar.visualItemRect(item).center())
    assert window.current_kind() == "dossier"
    pane = window.panes["dossier"]
    assert window.stack.currentWidget() is pane
    assert window.count_label.text() == "6 affichés sur 6"


def test_ctrl_number_shortcuts_switch_panes(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    for number, kind in enumerate(ORDER, start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number),
                       Qt.KeyboardModifier.ControlModifier)
        assert window.current_kind() == kind
        assert window.stack.currentWidget() is window.panes[kind]
    assert [a.shortcut() for a in window.pane_actions][:2] == [QKeySequence("Ctrl+1"),
                                                                QKeySequence("Ctrl+2")]


def test_header_clicks_sort_in_sql(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    pane = window.show_pane("mission")
    click_header(qtbot, pane, "title")
    titles = table_column(pane, "title")
    assert titles[0] == "Atelier régional de concertation des usagers"
    assert titles == sorted(titles)
    click_header(qtbot, pane, "title")
    assert table_column(pane, "title")[0] == "Suivre la réforme de la fiscalité locale"
    assert pane.model.query.sort == "title" and pane.model.query.descending
    click_header(qtbot, pane, "due_date")
    dues = table_column(pane, "due_date")
    assert "en retard" in dues[1]  # the oldest open mission comes right after the achieved one
    header = pane.view.horizontalHeader()
    assert header.sortIndicatorSection() == 5
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder


def test_filter_bar_filters_rows_and_counts(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    pane = window.show_pane("dossier")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert pane.filters.text.hasFocus()
    qtbot.keyClicks(pane.filters.text, "convention")
    qtbot.waitUntil(lambda: pane.model.total == 1)
    assert table_column(pane, "object") == ["Convention de financement AFD eau potable"]
    assert window.count_label.text() == "1 affichés sur 6"
    assert pane.count_label.text() == "1 affichés sur 6"
    pane.filters.text.clear()
    qtbot.waitUntil(lambda: pane.model.total == 6)
    qtbot.mouseClick(pane.filters.overdue, Qt.MouseButton.LeftButton)
    assert set(table_column(pane, "object")) == {"Projet de décret portant statut des agents",
                                                "Budget de la défense 2027"}
    combo = pane.filters.combos["classification"]
    combo.setCurrentIndex(combo.findData(Classification.CONFIDENTIAL))
    assert table_column(pane, "object") == ["Budget de la défense 2027"]
    assert table_column(pane, "classification") == ["CONFIDENTIEL"]


def test_selecting_a_row_fills_the_detail_panel(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    pane = window.show_pane("mission")
    pane.filters.text.setText("conseil des ministres")
    qtbot.waitUntil(lambda: pane.model.total == 1)
    rect = pane.view.visualRect(pane.model.index(0, 1))
    qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    text = pane.detail.toPlainText()
    assert "Préparer le conseil des ministres du jeudi" in text
    assert "Dossiers liés (2)" in text and "Dossier de sécurité d'État" in text
    assert "Partenaires liés (1)" in text and "Agence française de développement" in text
    assert "Indicateurs liés (1)" in text and "en retard de 5 jour(s)" in text

    partners = window.show_pane("partner")
    partners.filters.text.setText("AFD")
    qtbot.waitUntil(lambda: partners.model.total == 1)
    partners.select_row(0)
    text = " ".join(partners.detail.toPlainText().split())  # narrow and no-break spaces
    assert "M. Dupont" in text and "1 500 000 000 FCFA" in text
    assert "Revue semestrielle du portefeuille." in text

    indicators = window.show_pane("indicator")
    indicators.select_row(0)
    assert "En retard" in indicators.detail.toPlainText()
    assert indicators.chart.chart().series()  # values, baseline and target drawn


def test_lower_clearance_sees_fewer_dossiers(qtbot, cabinet_db: Database,  # type: ignore[no-untyped-def]
                                             tmp_path: Path) -> None:
    make_application()
    adviser = Actor(user_id=None, login="ct", display_name="Issa Compaoré", role=Role.ADVISER,
                    clearance=Classification.RESTRICTED)
    win = MainWindow(Workspace(cabinet_db, adviser), ini_settings(tmp_path))
    qtbot.addWidget(win)
    pane = win.show_pane("dossier")
    assert pane.model.total == 4
    assert "Budget de la défense 2027" not in table_column(pane, "object")
    combo = pane.filters.combos["classification"]
    assert [combo.itemText(i) for i in range(combo.count())][1:] == [
        "Non classifié", "Diffusion restreinte"]


def test_change_set_reloads_concerned_panes(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                            cabinet_db: Database) -> None:
    from cabinet_desktop.services import records

    pane = window.show_pane("mission")  # open missions by default: the new one is among them
    before = pane.model.total
    saved = records.create(cabinet_db, DIRECTOR, "mission", {
        "title": "Nouvelle mission urgente", "attribution_id": 2, "origin": "other"})
    assert pane.model.total == before  # not yet told
    window.workspace.broadcast(saved.changes)
    assert pane.model.total == before + 1
    window.workspace.broadcast(ChangeSet.of("partner"))  # not concerned: nothing to do
    assert pane.model.total == before + 1


def test_layout_and_columns_are_remembered(qtbot, cabinet_db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    make_application()
    settings = ini_settings(tmp_path)
    first = MainWindow(Workspace(cabinet_db, DIRECTOR), settings)
    qtbot.addWidget(first)
    pane = first.show_pane("dossier")
    header = pane.view.horizontalHeader()
    header.setSectionHidden(6, True)
    header.resizeSection(1, 411)
    header.moveSection(2, 0)
    first.close()
    second = MainWindow(Workspace(cabinet_db, DIRECTOR), ini_settings(tmp_path))
    qtbot.addWidget(second)
    assert second.current_kind() == "dossier"
    header = second.panes["dossier"].view.horizontalHeader()
    assert header.isSectionHidden(6) and header.sectionSize(1) == 411
    assert header.logicalIndex(0) == 2


def test_open_record_goes_to_its_pane_with_it_selected(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    pane = window.show_pane("dossier")
    pane.filters.text.setText("Budget")
    qtbot.waitUntil(lambda: pane.model.total == 1)
    target = pane.model.record(0)
    assert target is not None
    pane.filters.clear()
    window.show_pane("dashboard")
    window.open_record("dossier", target.id)
    assert window.current_kind() == "dossier"
    current = pane.current_record()
    assert current is not None and current.id == target.id
    assert "Budget de la défense 2027" in pane.detail.toPlainText()


def test_no_pdf_or_excel_library_loaded_by_the_window(window: MainWindow) -> None:
    for kind in ORDER:
        window.show_pane(kind)
    assert "reportlab" not in sys.modules
    assert "openpyxl" not in sys.modules


def test_screenshot_of_every_pane(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for number, kind in enumerate(ORDER, start=1):
        pane = window.show_pane(kind)
        if isinstance(pane, ListPane) and pane.model.rowCount():
            pane.select_row(0)
        qtbot.wait(20)
        path = ARTIFACTS / f"{number}-{kind}.png"
        assert window.grab().save(str(path))
        assert path.stat().st_size > 10_000
