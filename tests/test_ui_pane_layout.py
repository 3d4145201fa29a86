"""Panes at the office laptops' 1366×768 and at 1920×1080: nothing cut that matters.

The journal's list fits without a sideways scroll, long cells are elided with their whole
text as tooltip, a user's own column widths survive the default fitting, and the tables of
every detail panel keep their headers on one line and their words whole.
"""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QFontMetrics, QHelpEvent, QTextCursor, QTextDocument, QTextTable
from PySide6.QtWidgets import (
    QApplication,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QWidget,
)
from sqlalchemy import select

from cabinet_desktop.domain.entities import Dossier, Mission
from cabinet_desktop.domain.enums import Classification, DossierState
from cabinet_desktop.services import dossiers, records
from cabinet_desktop.services.actor import system_actor
from cabinet_desktop.store.database import Database
from cabinet_desktop.ui.columns import WIDTHS_BEFORE_FIT
from cabinet_desktop.ui.main_window import ORDER, MainWindow
from cabinet_desktop.ui.panes import ListPane
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


def column_of(pane: ListPane, key: str) -> int:
    return next(n for n, column in enumerate(pane.model.columns) if column.key == key)


def elided(view: QTableView, row: int, column: int) -> bool:
    """Whether the view draws the cell's text cut by an ellipsis."""
    index = view.model().index(row, column)
    option = QStyleOptionViewItem()
    option.initFrom(view.viewport())
    option.rect = view.visualRect(index)
    return bool(view.itemDelegate().is_elided(view, option, index))  # type: ignore[attr-defined]


def header_shows_whole_titles(pane: ListPane) -> None:
    header = pane.view.horizontalHeader()
    bold = header.font()
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    for number, column in enumerate(pane.model.columns):
        if not header.isSectionHidden(number):
            assert header.sectionSize(number) > metrics.horizontalAdvance(column.title), \
                (pane.kind, column.title, header.sectionSize(number))


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
        probe = MainWindow(cabinet_db, DIRECTOR, settings)
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
    assert not pane.columns_resized
    window.close()

    (tmp_path / "settings.ini").unlink()
    mine = (old[0], 260, *old[2:])
    window = shown_window(qtbot, cabinet_db, saved_before(mine))
    pane = go_to(qtbot, window, "audit")
    header = pane.view.horizontalHeader()
    assert pane.columns_resized
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
    row = next(r for r in range(pane.model.rowCount())
               if pane.model.index(r, column_of(pane, "object")).data()
               == "Projet de décret portant statut des agents")
    click_row(qtbot, pane, row)
    detail = pane.detail
    text = " ".join(detail.toPlainText().split())
    assert "Historique du circuit (2)" in text, text
    assert "Reçu → En instruction" in text
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
    row = next(r for r in range(pane.model.rowCount())
               if pane.model.index(r, column_of(pane, "name")).data()
               == "Nombre de contribuables immatriculés")
    click_row(qtbot, pane, row)
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
