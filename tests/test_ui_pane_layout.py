"""Panes at the office laptops' 1366×768 and at 1920×1080: nothing cut that matters.

Every list fits without a sideways scroll at 1366 (its reference, title and key statuses shown,
other columns left out until the window is wider), long cells are elided with their whole text
as tooltip, a user's own column widths and choice of columns survive the default fitting, and
the tables of every detail panel keep their headers on one line and their words whole.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QModelIndex, QPoint, QPointF, QSettings, Qt, QTimer
from PySide6.QtGui import (
    QContextMenuEvent,
    QFontMetrics,
    QHelpEvent,
    QTextCursor,
    QTextDocument,
    QTextTable,
)
from PySide6.QtWidgets import (
    QApplication,
    QMenu,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QWidget,
)
from sqlalchemy import select

from cabinet_desktop import demo
from cabinet_desktop.domain.entities import Dossier, Mission
from cabinet_desktop.domain.enums import Classification, DossierState
from cabinet_desktop.services import dossiers, records
from cabinet_desktop.services.actor import system_actor
from cabinet_desktop.store.database import Database, open_database
from cabinet_desktop.ui.panes.columns import WIDTHS_BEFORE_FIT
from cabinet_desktop.ui.panes.list_pane import ListPane
from cabinet_desktop.ui.shell.main_window import ORDER, MainWindow
from cabinet_desktop.ui.workspace import Workspace
from tests.ui_support import DIRECTOR, fill_cabinet, ini_settings, shown_window

pytestmark = pytest.mark.gui

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts" / "screenshots"
HEADER_GROUND = "#e8edf3"  # table.list th in details.STYLE
LONG_DESCRIPTION = ("Coordonner la préparation des dossiers du conseil avec les secrétariats "
                    "généraux, puis vérifier que chaque projet de texte porte l'avis du cabinet "
                    "avant sa transmission au Ministre.")
LONG_COMMENT = ("Imputé au conseiller technique pour instruction, avec la demande d'un premier "
                "avis écrit sous huit jours et la consultation de la direction des affaires "
                "juridiques.")


#: What a cabinet member reads in each list at 1366 without a sideways scroll: the reference,
#: the title and the key statuses (DESIGN.md: the dossiers' sketch; the missions' « suivi des
#: instructions »: who, by when, in what state)
ESSENTIAL = {
    "mission": ("reference", "title", "status", "assignee_name", "due_date"),
    "dossier": ("reference", "object", "state", "avis_due_date", "classification"),
    "partner": ("reference", "name", "acronym", "category"),
    "indicator": ("reference", "name", "indicator_status", "latest_value"),
    "consultation": ("reference", "title", "date", "satisfaction"),
    "briefing_note": ("reference", "note_date", "object", "classification"),
    "audit": ("at", "actor", "action", "entity", "reference", "changes"),
}
#: Cells never cut by an ellipsis at 1366: references, states, dates, markings, figures
WHOLE = {
    "mission": ("reference", "status"),
    "dossier": ("reference", "state", "classification"),
    "partner": ("reference", "acronym", "category"),
    "indicator": ("reference", "indicator_status", "latest_value"),
    "consultation": ("reference", "date", "satisfaction"),
    "briefing_note": ("reference", "note_date", "classification"),
    "audit": ("at", "reference"),  # the rare « Opération système » action may be cut
}
#: The detail panel beside a list stays this wide at least (its tables read whole)
READABLE_DETAIL = 340


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """The demonstration cabinet (long real-looking titles and names), with three briefing
    notes of different classifications; read only by the tests using it."""
    database = open_database(str(tmp_path_factory.mktemp("demo") / "demo.sqlite3"))
    demo.generate(database, "small")
    for number, level in enumerate((Classification.RESTRICTED, Classification.CONFIDENTIAL,
                                    Classification.UNCLASSIFIED)):
        records.create(database, DIRECTOR, "briefing_note", {
            "note_date": dt.date(2026, 11, 20 + number), "object": "Note au Ministre sur "
            "l'exécution des instructions du Conseil des ministres", "classification": level,
            "free_text": "Point de situation."})
    yield database
    database.close()


@pytest.fixture
def cabinet_db(sqlite_database: Database) -> Database:
    """The small cabinet, with a mission edited (a long journal entry) and a dossier that
    went through two steps of its circuit with long comments."""
    system = system_actor("tests")
    fill_cabinet(sqlite_database, system)
    with sqlite_database.reading() as session:
        mission = session.scalars(select(Mission).order_by(Mission.id)).first()
        dossier = session.scalars(select(Dossier).order_by(Dossier.id)).first()
        assert mission is not None and dossier is not None
        mission_id, mission_version = mission.id, mission.version
        dossier_id, dossier_version = dossier.id, dossier.version
    records.update(sqlite_database, DIRECTOR, "mission", mission_id, mission_version,
                   {"due_date": dt.date(2026, 12, 24), "description": LONG_DESCRIPTION})
    saved = dossiers.advance(sqlite_database, system, dossier_id, dossier_version,
                             DossierState.UNDER_REVIEW, LONG_COMMENT)
    dossiers.advance(sqlite_database, system, dossier_id, saved.record.version,
                     DossierState.FILED_WITHOUT_ACTION,
                     "Classé sans suite : le projet de décret est retiré par le ministère "
                     "porteur, qui le représentera après concertation.")
    records.create(sqlite_database, DIRECTOR, "briefing_note", {
        "note_date": dt.date(2026, 11, 20), "object": "Note au Ministre sur l'exécution des "
        "instructions du Conseil des ministres", "classification": Classification.RESTRICTED,
        "free_text": "Point de situation."})
    return sqlite_database


def go_to(qtbot, window: MainWindow, kind: str) -> ListPane:
    """Ctrl+1 … Ctrl+8, as the user reaches a pane; wait for its first rows."""
    qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + ORDER.index(kind)),
                   Qt.KeyboardModifier.ControlModifier)
    pane = window.panes[kind]
    assert isinstance(pane, ListPane) and window.stack.currentWidget() is pane
    qtbot.waitUntil(lambda: pane.model.rowCount() > 0)
    return pane


def click_row(qtbot, pane: ListPane, row: int) -> None:
    first = next(n for n in range(pane.model.columnCount())
                 if not pane.view.horizontalHeader().isSectionHidden(n))
    index = pane.model.index(row, first)
    pane.view.scrollTo(index)
    qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=pane.view.visualRect(index).center())
    assert pane.view.currentIndex().row() == row


def tooltip_at(qtbot, widget: QWidget, position: QPoint) -> str:
    """The text of the tooltip the user gets by resting the mouse at ``position``."""
    QToolTip.hideText()
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
    QApplication.sendEvent(widget, QHelpEvent(QEvent.Type.ToolTip, position,
                                              widget.mapToGlobal(position)))
    if not QToolTip.isVisible():
        return ""
    shown = QTextDocument()
    shown.setHtml(QToolTip.text())  # a long tooltip is rich text (it wraps)
    return shown.toPlainText()


def click_row_where(qtbot, pane: ListPane, key: str, value: str) -> int:
    """Click the row whose ``key`` column reads ``value``; its row number."""
    row = next(r for r in range(pane.model.rowCount())
               if pane.model.index(r, column_of(pane, key)).data() == value)
    click_row(qtbot, pane, row)
    return row


def column_of(pane: ListPane, key: str) -> int:
    return next(n for n, column in enumerate(pane.model.columns) if column.key == key)


def elided(view: QTableView, row: int, column: int) -> bool:
    """Whether the view draws the cell's text cut by an ellipsis."""
    index = view.model().index(row, column)
    option = QStyleOptionViewItem()
    option.initFrom(view.viewport())
    option.rect = view.visualRect(index)
    return bool(view.itemDelegate().is_elided(view, option, index))  # type: ignore[attr-defined]


def cell_option(view: QTableView, index: QModelIndex) -> QStyleOptionViewItem:
    """The cell's option as the view paints it (its icon's room included)."""
    cell = QStyleOptionViewItem()
    view.initViewItemOption(cell)
    cell.rect = view.visualRect(index)
    return cell


def too_narrow(view: QTableView, index: QModelIndex) -> bool:
    """Whether the cell is too narrow for its whole text."""
    return bool(view.itemDelegate().is_elided(  # type: ignore[attr-defined]
        view, cell_option(view, index), index))


def shown_text(view: QTableView, index: QModelIndex) -> str:
    """The text the view paints in the cell (its short form when the whole does not fit)."""
    return str(view.itemDelegate().shown_text(cell_option(view, index), index))  # type: ignore[attr-defined]


def shown_keys(pane: ListPane) -> set[str]:
    header = pane.view.horizontalHeader()
    return {column.key for number, column in enumerate(pane.model.columns)
            if not header.isSectionHidden(number)}


def fits(pane: ListPane) -> bool:
    """No sideways scroll: the columns shown hold in the table's width."""
    view = pane.view
    return (not view.horizontalScrollBar().isVisible()
            and view.horizontalHeader().length() <= view.viewport().width())


def header_menu(qtbot, pane: ListPane, tick: str | None = None) -> dict[str, bool]:
    """Right-click on the list's header: the columns its menu offers (title → ticked); if
    ``tick``, the user ticks or unticks that column in it."""
    header = pane.view.horizontalHeader()
    offered: dict[str, bool] = {}

    def read_menu() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        for action in menu.actions():
            if action.isCheckable():
                offered[action.text()] = action.isChecked()
                if action.text() == tick:
                    action.trigger()
        menu.close()

    QTimer.singleShot(0, read_menu)  # the menu runs its own event loop until closed
    position = QPoint(10, header.height() // 2)
    QApplication.sendEvent(header.viewport(), QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, position, header.viewport().mapToGlobal(position)))
    assert offered, "no column menu"
    return offered


def header_shows_whole_titles(pane: ListPane) -> None:
    header = pane.view.horizontalHeader()
    bold = header.font()
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    for number, column in enumerate(pane.model.columns):
        if not header.isSectionHidden(number):
            assert header.sectionSize(number) > metrics.horizontalAdvance(column.title), \
                (pane.kind, column.title, header.sectionSize(number))


# --------------------------------------------------------------------------- the lists


@pytest.mark.parametrize("kind", ORDER[1:])
def test_each_list_reads_at_1366_without_a_sideways_scroll(qtbot, demo_db: Database,
                                                          tmp_path: Path, kind: str) -> None:
    window = shown_window(qtbot, demo_db, ini_settings(tmp_path))
    pane = go_to(qtbot, window, kind)
    view, header = pane.view, pane.view.horizontalHeader()
    assert fits(pane), (kind, header.length(), view.viewport().width())
    assert set(ESSENTIAL[kind]) <= shown_keys(pane), kind
    header_shows_whole_titles(pane)
    # the title (the journal's changes) takes what the others leave: the widest column
    flex = next(n for n, column in enumerate(pane.model.columns) if column.flex)
    assert header.sectionSize(flex) == max(header.sectionSize(n) for n in range(header.count()))
    # the detail panel beside keeps a readable width
    assert pane.detail.width() >= READABLE_DETAIL, (kind, pane.detail.width())
    rows = range(min(pane.model.rowCount(), 60))

    def nothing_essential_cut() -> None:
        for key in WHOLE[kind]:
            cut = [r for r in rows if elided(view, r, column_of(pane, key))]
            assert cut == [], (kind, key, [pane.model.index(r, column_of(pane, key)).data()
                                           for r in cut])

    nothing_essential_cut()
    # a title cut at the cell's end shows whole when the mouse rests on it
    row = next(r for r in rows if elided(view, r, flex))
    click_row(qtbot, pane, row)
    assert fits(pane)
    title = pane.model.index(row, flex).data()
    tip = tooltip_at(qtbot, view.viewport(), view.visualRect(pane.model.index(row, flex)).center())
    assert title in " ".join(tip.split()), (title, tip)
    # columns left out are in the header's menu, unticked, and sorting shows or hides none
    left_out = {column.title for number, column in enumerate(pane.model.columns)
                if header.isSectionHidden(number)}
    assert {title for title, ticked in header_menu(qtbot, pane).items() if not ticked} \
        == left_out
    shown = shown_keys(pane)
    sortable = next(n for n in range(header.count()) if not header.isSectionHidden(n)
                    and pane.model.columns[n].sort_key is not None and n != flex)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(
        header.sectionViewportPosition(sortable) + 8, header.height() // 2))
    assert header.sortIndicatorSection() == sortable
    assert shown_keys(pane) == shown and fits(pane)
    nothing_essential_cut()  # the sort arrow's room is taken from cells that may be cut
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(ARTIFACTS / f"fit-1366-{kind}.png"))


def test_columns_left_out_at_1366_come_back_on_a_wider_window(qtbot, demo_db: Database,
                                                             tmp_path: Path) -> None:
    window = shown_window(qtbot, demo_db, ini_settings(tmp_path))
    pane = go_to(qtbot, window, "mission")
    left_out = {column.key for column in pane.model.columns} - shown_keys(pane)
    assert {"attribution_code", "origin", "start_date"} <= left_out
    narrow = pane.view.viewport().width()
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: pane.view.viewport().width() > narrow + 300)
    assert shown_keys(pane) == {column.key for column in pane.model.columns
                                if not column.hidden}  # « Origine », « Début »: by choice
    assert fits(pane)
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: pane.view.viewport().width() == narrow)
    assert {column.key for column in pane.model.columns} - shown_keys(pane) == left_out
    assert fits(pane)


def test_a_users_own_choice_of_columns_is_kept(qtbot, demo_db: Database,
                                               tmp_path: Path) -> None:
    window = shown_window(qtbot, demo_db, ini_settings(tmp_path))
    pane = go_to(qtbot, window, "mission")
    assert "attribution_code" not in shown_keys(pane)
    # the user ticks « Attribution » and unticks « Responsable » in the header's menu
    assert header_menu(qtbot, pane, tick="Attribution")["Attribution"] is False
    assert header_menu(qtbot, pane, tick="Responsable")["Responsable"] is True
    chosen = shown_keys(pane)
    assert "attribution_code" in chosen and "assignee_name" not in chosen
    window.resize(1920, 1080)  # a wider window shows no more than the user chose
    qtbot.waitUntil(lambda: pane.view.viewport().width() > 1000)
    assert shown_keys(pane) == chosen and fits(pane)
    window.close()

    again = shown_window(qtbot, demo_db, ini_settings(tmp_path))
    assert again.current_kind() == "mission"
    reopened = again.panes["mission"]
    assert isinstance(reopened, ListPane)
    assert shown_keys(reopened) == chosen


def test_a_column_choice_saved_before_columns_were_left_out(qtbot, demo_db: Database,
                                                            tmp_path: Path) -> None:
    """Saved by an earlier version (no « chosen » mark): the default columns are fitted to
    the window; a column the user had hidden stays hidden."""
    def saved_before(hide: str | None) -> QSettings:
        (tmp_path / "settings.ini").unlink(missing_ok=True)
        settings = ini_settings(tmp_path)
        probe = MainWindow(Workspace(demo_db, DIRECTOR), settings)
        qtbot.addWidget(probe)
        pane = probe.show_pane("mission")
        header = pane.view.horizontalHeader()
        for number, column in enumerate(pane.model.columns):  # what earlier versions showed
            header.setSectionHidden(number, column.hidden or column.key == hide)
        settings.setValue("panes/mission/header", header.saveState())
        settings.setValue("panes/mission/columnsResized", False)
        settings.setValue("window/lastPane", "dashboard")
        settings.sync()
        return ini_settings(tmp_path)

    window = shown_window(qtbot, demo_db, saved_before(None))
    pane = go_to(qtbot, window, "mission")
    assert not pane.fitter.chosen and fits(pane)
    assert "attribution_code" not in shown_keys(pane)
    window.close()

    window = shown_window(qtbot, demo_db, saved_before("status"))
    pane = go_to(qtbot, window, "mission")
    assert pane.fitter.chosen
    assert "status" not in shown_keys(pane) and "attribution_code" in shown_keys(pane)


# --------------------------------------------------------------------------- the journal


def test_journal_reads_at_1366_without_a_sideways_scroll(qtbot, cabinet_db: Database,
                                                         tmp_path: Path) -> None:
    window = shown_window(qtbot, cabinet_db, ini_settings(tmp_path))
    pane = go_to(qtbot, window, "audit")
    view, header = pane.view, pane.view.horizontalHeader()
    assert not view.horizontalScrollBar().isVisible()
    assert header.length() <= view.viewport().width()
    header_shows_whole_titles(pane)
    changes = column_of(pane, "changes")
    # the changes column takes what the others leave, and is the widest
    assert header.sectionSize(changes) == max(header.sectionSize(n)
                                              for n in range(header.count()))
    row = next(r for r in range(pane.model.rowCount())
               if "Description" in pane.model.index(r, changes).data())
    click_row(qtbot, pane, row)
    assert not view.horizontalScrollBar().isVisible()
    for key in ("at", "action", "reference"):  # dates, actions and references never cut
        assert not elided(view, row, column_of(pane, key)), key
    assert pane.model.index(row, column_of(pane, "entity")).data() == "missions"
    assert not elided(view, row, column_of(pane, "entity"))
    # the long summary is elided in its cell; resting on it shows it whole
    assert elided(view, row, changes)
    summary = pane.model.index(row, changes).data()
    assert LONG_DESCRIPTION in summary and "24/12/2026" in summary
    cell = view.visualRect(pane.model.index(row, changes)).center()
    tip = tooltip_at(qtbot, view.viewport(), cell)
    assert "24/12/2026" in tip and "avant sa transmission au Ministre." in tip
    # an author too long for the column is named without the role (the tooltip has both)
    authors = [pane.model.index(r, column_of(pane, "actor")) for r in range(pane.model.rowCount())]
    long_author = next(index for index in authors if too_narrow(view, index))
    whole = long_author.data()
    name = shown_text(view, long_author)
    assert whole.startswith(name + " (") and "(" not in name, (whole, name)
    tip = tooltip_at(qtbot, view.viewport(), view.visualRect(long_author).center())
    assert whole in tip
    # the detail panel shows every change in full
    assert LONG_DESCRIPTION in " ".join(pane.detail.toPlainText().split())
    assert pane.detail.horizontalScrollBar().maximum() == 0
    # a short cell that fits has no tooltip of its own
    date = view.visualRect(pane.model.index(row, column_of(pane, "at"))).center()
    assert tooltip_at(qtbot, view.viewport(), date) == ""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(ARTIFACTS / "layout-1366-journal.png"))


def test_a_users_own_column_widths_are_kept(qtbot, cabinet_db: Database,
                                           tmp_path: Path) -> None:
    window = shown_window(qtbot, cabinet_db, ini_settings(tmp_path))
    pane = go_to(qtbot, window, "audit")
    header = pane.view.horizontalHeader()
    actor = column_of(pane, "actor")
    before = header.sectionSize(actor)
    # the user drags the right border of « Auteur » 60 pixels to the right
    border = header.sectionViewportPosition(actor) + header.sectionSize(actor) - 1
    middle = header.height() // 2
    qtbot.mousePress(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(border, middle))
    qtbot.mouseMove(header.viewport(), QPoint(border + 30, middle))
    qtbot.mouseMove(header.viewport(), QPoint(border + 60, middle))
    qtbot.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton,
                       pos=QPoint(border + 60, middle))
    assert header.sectionSize(actor) == before + 60
    widths = [header.sectionSize(n) for n in range(header.count())]
    narrow = pane.view.viewport().width()
    window.resize(1600, 768)  # a wider window no longer refits the user's columns
    qtbot.waitUntil(lambda: pane.view.viewport().width() > narrow + 50)
    assert [header.sectionSize(n) for n in range(header.count())] == widths
    window.close()

    again = shown_window(qtbot, cabinet_db, ini_settings(tmp_path))
    assert again.current_kind() == "audit"
    reopened = again.panes["audit"]
    assert isinstance(reopened, ListPane)
    header = reopened.view.horizontalHeader()
    assert [header.sectionSize(n) for n in range(header.count())] == widths


def test_a_layout_saved_before_the_fitted_defaults(qtbot, cabinet_db: Database,
                                                   tmp_path: Path) -> None:
    """Saved by an earlier version (no « resized » mark): its old default widths give way to
    the fitted ones, a width the user had set stays."""
    def saved_before(widths: tuple[int, ...]) -> QSettings:
        settings = ini_settings(tmp_path)
        probe = MainWindow(Workspace(cabinet_db, DIRECTOR), settings)
        qtbot.addWidget(probe)
        header = probe.show_pane("audit").view.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        for number, width in enumerate(widths):
            header.resizeSection(number, width)
        settings.setValue("panes/audit/header", header.saveState())
        settings.setValue("window/lastPane", "dashboard")
        settings.sync()
        return ini_settings(tmp_path)

    old = WIDTHS_BEFORE_FIT["audit"]
    window = shown_window(qtbot, cabinet_db, saved_before(old))
    pane = go_to(qtbot, window, "audit")
    assert not pane.view.horizontalScrollBar().isVisible()
    assert not pane.fitter.resized
    window.close()

    (tmp_path / "settings.ini").unlink()
    mine = (old[0], 260, *old[2:])
    window = shown_window(qtbot, cabinet_db, saved_before(mine))
    pane = go_to(qtbot, window, "audit")
    header = pane.view.horizontalHeader()
    assert pane.fitter.resized
    assert [header.sectionSize(n) for n in range(header.count())] == list(mine)


# --------------------------------------------------------------------------- detail panels


def tables(document: QTextDocument) -> list[QTextTable]:
    found = []
    frames = list(document.rootFrame().childFrames())
    while frames:
        frame = frames.pop(0)
        if isinstance(frame, QTextTable):
            found.append(frame)
        frames.extend(frame.childFrames())
    return found


def header_lines(table: QTextTable) -> dict[str, int]:
    """A list's header cells (on their blue-grey ground): text and number of lines."""
    lines = {}
    for column in range(table.columns()):
        cell = table.cellAt(0, column)
        if cell.format().background().color().name() != HEADER_GROUND:
            return {}  # a table of fields (label, value), not a list
        block = cell.firstCursorPosition().block()
        lines[block.text().replace("\u00a0", " ")] = block.layout().lineCount()
    return lines


def words_cut_in_two(document: QTextDocument) -> list[str]:
    """Lines that begin in the middle of a word (Qt cuts narrow table columns anywhere)."""
    cut = []
    block = document.begin()
    while block.isValid():
        text, layout = block.text(), block.layout()
        for number in range(1, layout.lineCount()):
            start = layout.lineAt(number).textStart()
            if start > 0 and text[start - 1].isalnum() and text[start].isalnum():
                cut.append(text)
        block = block.next()
    return cut


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_detail_tables_keep_headers_on_one_line_and_words_whole(
        qtbot, cabinet_db: Database, tmp_path: Path, size: tuple[int, int]) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    window = shown_window(qtbot, cabinet_db, ini_settings(tmp_path), size)
    seen = set()
    for kind in ORDER[1:]:
        pane = go_to(qtbot, window, kind)
        for row in range(pane.model.rowCount()):
            click_row(qtbot, pane, row)
            document = pane.detail.document()
            for table in tables(document):
                for title, count in header_lines(table).items():
                    assert count == 1, (kind, row, title)
                    seen.add(title)
            assert words_cut_in_two(document) == [], (kind, row)
            assert pane.detail.horizontalScrollBar().maximum() == 0, (kind, row)
        assert window.grab().save(str(ARTIFACTS / f"layout-{size[0]}-{kind}.png"))
    assert {"Commentaire", "Étape", "Objet et état", "Engagé / décaissé",
            "Téléphone et courriel", "Champ", "Avant", "Après"} <= seen


def test_long_history_comment_is_clipped_with_its_whole_text_as_tooltip(
        qtbot, cabinet_db: Database, tmp_path: Path) -> None:
    window = shown_window(qtbot, cabinet_db, ini_settings(tmp_path))
    pane = go_to(qtbot, window, "dossier")
    click_row_where(qtbot, pane, "object", "Projet de décret portant statut des agents")
    detail = pane.detail
    text = " ".join(detail.toPlainText().split())
    assert "Historique du circuit (2)" in text, text
    assert "Imputation" in text and "Classement sans suite" in text
    assert LONG_COMMENT not in text and "Imputé au conseiller technique" in text
    found = detail.document().find("Imputé au conseiller technique")
    assert not found.isNull()
    cursor = QTextCursor(detail.document())
    cursor.setPosition(found.selectionStart() + 3)
    detail.setTextCursor(cursor)
    detail.ensureCursorVisible()
    rect = detail.cursorRect(cursor)
    tip = tooltip_at(qtbot, detail.viewport(), QPoint(rect.x() + 2, rect.center().y()))
    assert tip == LONG_COMMENT


def test_at_1920_every_list_shows_all_its_columns(qtbot, cabinet_db: Database,
                                                  tmp_path: Path) -> None:
    """No sideways scroll and no header cut, the row's detail beside."""
    window = shown_window(qtbot, cabinet_db, ini_settings(tmp_path), (1920, 1080))
    for kind in ORDER[1:]:
        pane = go_to(qtbot, window, kind)
        click_row(qtbot, pane, 0)
        assert shown_keys(pane) == {c.key for c in pane.model.columns if not c.hidden}, kind
        assert not pane.view.horizontalScrollBar().isVisible(), kind
        assert pane.view.horizontalHeader().length() <= pane.view.viewport().width(), kind
        header_shows_whole_titles(pane)
        assert pane.current_record() is not None


def test_chart_labels_every_period_it_has_room_for(qtbot, cabinet_db: Database,
                                                  tmp_path: Path) -> None:
    """Thirty monthly values: the time axis names as many periods as it can show whole,
    the value axis counts in round numbers, each year's target is one diamond."""
    system = system_actor("tests")
    indicator = records.create(cabinet_db, system, "indicator", {
        "name": "Nombre de contribuables immatriculés", "level": "output", "unit": "contribuables",
        "baseline_value": 180000, "direction": "increase", "periodicity": "monthly"}).record
    for number in range(30):
        year, month = 2024 + number // 12, 1 + number % 12
        records.create(cabinet_db, system, "measurement", {
            "indicator_id": indicator.id, "period": f"{year}-{month:02d}",
            "value": 195000 + 1400 * number})
    for year, value in ((2024, 200000), (2025, 215000), (2026, 240000)):
        records.create(cabinet_db, system, "indicator_target", {
            "indicator_id": indicator.id, "year": year, "value": value})
    window = shown_window(qtbot, cabinet_db, ini_settings(tmp_path))
    pane = go_to(qtbot, window, "indicator")
    click_row_where(qtbot, pane, "name", "Nombre de contribuables immatriculés")
    view = pane.chart
    qtbot.waitUntil(lambda: view.isVisible() and view.height() >= view.minimumHeight())
    assert view.width() == pane.detail.width()
    chart = view.chart()
    time_axis = chart.axes(Qt.Orientation.Horizontal)[0]
    labels = time_axis.categoriesLabels()
    assert 2 <= len(labels) < 30
    metrics = QFontMetrics(time_axis.labelsFont())
    positions = [chart.mapToPosition(QPointF(time_axis.endValue(label), 0)).x()
                 for label in labels]
    for (left, right), label in zip(itertools.pairwise(positions), labels, strict=False):
        assert right - left > metrics.horizontalAdvance(label) + 4, (labels, positions)
    value_axis = chart.axes(Qt.Orientation.Vertical)[0]
    assert value_axis.min() % 10000 == 0 and value_axis.max() % 10000 == 0
    targets = next(s for s in chart.series() if s.name() == "Cible de l'année")
    assert [point.y() for point in targets.points()] == [200000, 215000, 240000]  # one a year
    assert window.grab().save(str(ARTIFACTS / "layout-1366-chart.png"))


def test_a_due_date_too_narrow_for_its_overdue_note_shows_the_date_whole(
        qtbot, demo_db: Database, tmp_path: Path) -> None:
    """At 1366 « 03/01/2025 · en retard » does not fit: the cell shows the date whole, with its
    alarm icon and red, rather than « 03/01/2025 · en … »; at 1920 the note is back."""
    window = shown_window(qtbot, demo_db, ini_settings(tmp_path))
    pane = go_to(qtbot, window, "mission")
    view, due = pane.view, column_of(pane, "due_date")
    overdue = next(r for r in range(pane.model.rowCount())
                   if "en retard" in pane.model.index(r, due).data())
    index = pane.model.index(overdue, due)
    full = index.data()

    def shown() -> str:
        return shown_text(view, index)

    assert too_narrow(view, index)  # the whole text would be cut…
    date = shown()
    assert date and "en retard" not in date and full.startswith(date)  # …the date is whole
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None  # the alarm icon stays
    assert "retard" in tooltip_at(qtbot, view.viewport(), view.visualRect(index).center())
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: shown() == full)
