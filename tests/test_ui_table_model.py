"""The generic table model: Qt's model contract, paging from SQL, and a 100,000-dossier pane."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import insert

from cabinet_desktop.domain.entities import Dossier
from cabinet_desktop.domain.enums import Classification, DossierState
from cabinet_desktop.formatting import format_amount, format_date, format_number
from cabinet_desktop.services import listing
from cabinet_desktop.services.actor import system_actor
from cabinet_desktop.services.listing import ListQuery
from cabinet_desktop.store.database import Database, open_database
from cabinet_desktop.ui.app import make_application
from cabinet_desktop.ui.panes.columns import columns_of
from cabinet_desktop.ui.panes.table_model import PAGE_SIZE, RecordTableModel
from cabinet_desktop.ui.shell.main_window import MainWindow
from cabinet_desktop.ui.workspace import Workspace
from tests.ui_support import DIRECTOR, fill_cabinet, ini_settings

pytestmark = pytest.mark.gui
LARGE = 100_000
STATES = list(DossierState)


@pytest.fixture(scope="session")
def large_database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """100,000 dossiers inserted by bulk Core inserts (one transaction, a few seconds)."""
    path = tmp_path_factory.mktemp("large") / "large.sqlite3"
    database = open_database(str(path))
    start = dt.date(2020, 1, 1)
    now = dt.datetime.now(dt.UTC)
    rows = [{
        "reference": f"DOS-{2020 + n // 25_000}-{n % 25_000 + 1:05d}",
        "object": f"Dossier numéro {n:06d} {'urgent' if n % 1000 == 7 else 'courant'}",
        "summary": "", "origin_structure": f"Direction {n % 37}",
        "received_date": start + dt.timedelta(days=n % 2000),
        "avis_due_date": start + dt.timedelta(days=n % 2000 + 30),
        "classification": int(Classification.SECRET if n % 10 == 0
                              else Classification.UNCLASSIFIED),
        "state": STATES[n % len(STATES)].value, "sensitive": False, "avis_text": "",
        "archived": False, "version": 1, "created_at": now, "updated_at": now,
    } for n in range(LARGE)]
    with database.writing() as session:
        session.execute(insert(Dossier.__table__), rows)  # type: ignore[arg-type]
    yield database
    database.close()


def fetcher(database: Database, kind: str):  # type: ignore[no-untyped-def]
    return lambda query, with_total: listing.page(database, system_actor("t"), kind, query,
                                                  with_total=with_total)


def test_model_passes_qt_model_tester(qtmodeltester, sqlite_database: Database) -> None:  # type: ignore[no-untyped-def]
    fill_cabinet(sqlite_database, system_actor("tests"))
    for kind in ("mission", "dossier", "indicator", "partner", "audit"):
        model = RecordTableModel(columns_of(kind), fetcher(sqlite_database, kind))
        model.set_query(ListQuery())
        assert model.rowCount() > 0
        qtmodeltester.check(model, force_py=True)


def test_status_cells_have_icon_text_and_colour(sqlite_database: Database) -> None:
    make_application()
    fill_cabinet(sqlite_database, system_actor("tests"))
    model = RecordTableModel(columns_of("mission"), fetcher(sqlite_database, "mission"))
    model.set_query(ListQuery(overdue_only=True, sort="title"))
    due = next(i for i, c in enumerate(model.columns) if c.key == "due_date")
    index = model.index(0, due)
    assert index.data().endswith("· en retard")
    assert not index.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "En retard de" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_large_model_fetches_only_the_pages_it_shows(large_database: Database) -> None:
    model = RecordTableModel(columns_of("dossier"), fetcher(large_database, "dossier"))
    model.set_query(ListQuery(sort="reference"))
    assert model.rowCount() == LARGE and model.cached_pages() == [0]
    last = model.index(LARGE - 1, 0).data()
    assert last == "DOS-2023-25000"
    assert model.cached_pages() == [0, (LARGE - 1) // PAGE_SIZE]
    assert model.fetch_count == 2


def test_large_dossier_pane_sorts_filters_and_scrolls(qtbot, large_database: Database,  # type: ignore[no-untyped-def]
                                                      tmp_path: Path) -> None:
    make_application()
    window = MainWindow(Workspace(large_database, DIRECTOR), ini_settings(tmp_path))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    pane = window.show_pane("dossier")
    view, model = pane.view, pane.model
    qtbot.waitUntil(lambda: not model.counting)  # the first page shows before the count
    assert model.rowCount() == LARGE
    assert window.count_label.text() == "100\u202f000 affichés sur 100\u202f000"
    reference = next(i for i, c in enumerate(model.columns) if c.key == "reference")
    model.sort(reference, Qt.SortOrder.DescendingOrder)
    assert view.model().index(0, reference).data() == "DOS-2023-25000"
    view.scrollToBottom()
    qtbot.wait(10)
    bottom = view.rowAt(view.viewport().height() - 2)
    assert bottom == LARGE - 1 or view.verticalScrollBar().value() == \
        view.verticalScrollBar().maximum()
    assert view.model().index(LARGE - 1, reference).data() == "DOS-2020-00001"
    assert len(model.cached_pages()) <= 3
    pane.filters.text.setText("urgent")
    qtbot.waitUntil(lambda: model.rowCount() == 100)
    assert all("urgent" in model.index(r, 1).data() for r in range(100))
    combo = pane.filters.combos["classification"]
    combo.setCurrentIndex(combo.findData(Classification.SECRET))
    assert model.rowCount() == 0  # n % 1000 == 7 is never a multiple of 10


def test_first_page_shows_before_the_count_arrives(qtbot, large_database: Database,  # type: ignore[no-untyped-def]
                                                    tmp_path: Path) -> None:
    make_application()
    window = MainWindow(Workspace(large_database, DIRECTOR), ini_settings(tmp_path))
    qtbot.addWidget(window)
    pane = window.show_pane("dossier")
    model = pane.model
    assert model.counting and model.rowCount() == PAGE_SIZE
    assert model.index(0, 0).data()  # rows readable at once
    assert pane.count_label.text().startswith("au moins 200 affichés")
    pane.select_row(3)
    selected = pane.current_record()
    with qtbot.waitSignal(model.total_changed):
        pass
    assert not model.counting and model.rowCount() == LARGE
    assert pane.count_label.text() == "100\u202f000 affichés sur 100\u202f000"
    assert pane.current_record() == selected  # rows inserted after, selection kept
    pane.filters.text.setText("urgent")
    qtbot.waitUntil(lambda: model.rowCount() == 100 and not model.counting)
    pane.filters.text.setText("courant")
    qtbot.waitUntil(lambda: model.rowCount() == LARGE - 100, timeout=10_000)
    assert not model.counting and pane.count_label.text().startswith("99\u202f900 affichés")


def test_tail_pages_are_read_backwards_and_match_offset_paging(
        large_database: Database) -> None:
    fetch = fetcher(large_database, "dossier")
    seen: list[ListQuery] = []

    def recording(query: ListQuery, with_total: bool):  # type: ignore[no-untyped-def]
        seen.append(query)
        return fetch(query, with_total)

    for sort, descending in (("reference", False), ("received_date", True), ("object", True)):
        model = RecordTableModel(columns_of("dossier"), recording)
        model.set_query(ListQuery(sort=sort, descending=descending))
        seen.clear()
        tail = [model.record(row) for row in range(LARGE - 250, LARGE)]
        assert all(q.from_end for q in seen) and len(seen) == 2
        direct = fetch(ListQuery(sort=sort, descending=descending, offset=LARGE - 250,
                                 limit=250), False).rows
        assert [r.id for r in tail if r] == [r.id for r in direct]  # type: ignore[union-attr]
    assert model.index(LARGE - 1, 0).data() == direct[-1].reference


def test_french_formats() -> None:
    assert format_date(dt.date(2026, 11, 27)) == "27/11/2026"
    assert format_number(1234567.5) == "1\u202f234\u202f567,5"
    assert format_number(1234567.0) == "1\u202f234\u202f567"
    assert format_amount(1_500_000_000) == "1\u202f500\u202f000\u202f000\xa0FCFA"
    assert format_amount(12.5, "EUR") == "12,50\xa0€"


def test_status_bar_says_at_least_while_counting(qtbot, large_database: Database,  # type: ignore[no-untyped-def]
                                                 tmp_path: Path) -> None:
    make_application()
    window = MainWindow(Workspace(large_database, DIRECTOR), ini_settings(tmp_path))
    qtbot.addWidget(window)
    pane = window.show_pane("dossier")
    assert pane.model.counting
    assert window.count_label.text() == ("au moins 200 affichés sur 100\u202f000 (comptage…)")
    qtbot.waitUntil(lambda: not pane.model.counting)
    assert window.count_label.text() == "100\u202f000 affichés sur 100\u202f000"
