"""On a distant server (PostgreSQL), a list pane reads its first page, its counts and its detail
panel on a worker: the GUI thread never waits for the network."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QThreadPool

from cabinet_desktop.services import listing
from cabinet_desktop.store.database import Database
from cabinet_desktop.ui.panes.list_pane import ListPane
from cabinet_desktop.ui.panes.pane_specs import pane_spec
from cabinet_desktop.ui.workspace import Workspace
from tests.conftest import make_database
from tests.ui_support import DIRECTOR, fill_cabinet


def _threads_of_service_reads(monkeypatch: Any) -> list[tuple[str, bool]]:
    """Record, for each list service read, whether it ran on the GUI thread."""
    seen: list[tuple[str, bool]] = []
    for name in ("page", "count", "detail"):
        original = getattr(listing, name)

        def spy(*args: Any, _original: Any = original, _name: str = name, **kwargs: Any) -> Any:
            seen.append((_name, threading.current_thread() is threading.main_thread()))
            return _original(*args, **kwargs)

        monkeypatch.setattr(listing, name, spy)
    return seen


def test_a_pane_on_a_distant_server_reads_off_the_gui_thread(
        qtbot: Any, tmp_path: Path, request: Any, monkeypatch: Any) -> None:
    database: Database = make_database("postgresql", tmp_path, request)
    fill_cabinet(database, DIRECTOR)
    workspace = Workspace(database, DIRECTOR)
    assert workspace.distant
    seen = _threads_of_service_reads(monkeypatch)
    pane = ListPane(pane_spec("dossier"), workspace)
    qtbot.addWidget(pane)
    pane.resize(1200, 600)
    pane.show()
    pane.load()
    assert pane.model.rowCount() == 0 and pane.model.loading  # nothing read on the GUI thread
    qtbot.waitUntil(lambda: pane.model.rowCount() > 0)
    qtbot.waitUntil(lambda: "sur" in pane.count_text() and pane._all_count > 0)
    shown = [pane.model.record(row).get("object") for row in range(pane.model.rowCount())]
    assert "Convention de financement AFD eau potable" in shown

    qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=pane.view.visualRect(pane.model.index(0, 1)).center())
    first = pane.current_record()
    assert first is not None
    qtbot.waitUntil(lambda: first.reference in pane.detail.toPlainText())

    # a record not among the loaded rows is found by its reference once its page has arrived
    other = next(row for row in range(pane.model.rowCount()) if row != 0)
    wanted = pane.model.record(other)
    assert wanted is not None
    pane.filters.show_text("aucun dossier ne porte ce titre")
    qtbot.waitUntil(lambda: not pane.model.loading and pane.model.rowCount() == 0)
    pane.select_id(wanted.id)
    qtbot.waitUntil(lambda: (current := pane.current_record()) is not None
                    and current.id == wanted.id)

    assert seen and all(not on_gui for _name, on_gui in seen), seen
    assert {name for name, _on_gui in seen} == {"page", "count", "detail"}
    QThreadPool.globalInstance().waitForDone(10_000)  # no read left when the base is dropped


def test_a_pane_on_a_local_file_reads_at_once(qtbot: Any, sqlite_database: Database,
                                              monkeypatch: Any) -> None:
    fill_cabinet(sqlite_database, DIRECTOR)
    workspace = Workspace(sqlite_database, DIRECTOR)
    assert not workspace.distant
    seen = _threads_of_service_reads(monkeypatch)
    pane = ListPane(pane_spec("dossier"), workspace)
    qtbot.addWidget(pane)
    pane.load()
    assert pane.model.rowCount() > 0  # read before load() returned
    assert ("page", True) in seen
