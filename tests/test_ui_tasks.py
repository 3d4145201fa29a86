"""The one helper that runs long work off the GUI thread."""

from __future__ import annotations

import gc
import threading
from typing import Any

from pytestqt.qtbot import QtBot

from cabinet_desktop.services.tasks import Cancelled, TaskState
from cabinet_desktop.ui.tasks import run_task


def test_result_arrives_even_if_the_caller_drops_the_task(qtbot: QtBot) -> None:
    results: list[Any] = []
    threads: list[str] = []

    def work(state: TaskState) -> int:
        threads.append(threading.current_thread().name)
        for step in range(3):
            state.report("Calcul", step + 1, 3)
        return 42

    run_task(None, "Calcul", work, results.append, show_progress=False)
    gc.collect()  # nothing but the helper holds the task now
    qtbot.waitUntil(lambda: results == [42], timeout=5000)
    assert threads and threads[0] != threading.main_thread().name


def test_cancel_reports_cancelled(qtbot: QtBot) -> None:
    errors: list[BaseException] = []
    started = threading.Event()

    def work(state: TaskState) -> None:
        started.set()
        while True:
            state.report("Attente", 0, 0)

    task = run_task(None, "Attente", work, on_error=errors.append, show_progress=False)
    assert started.wait(5)
    task.cancel()
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], Cancelled)


def test_a_task_ending_after_its_signals_are_gone_stays_quiet(qtbot: QtBot) -> None:
    """The application quit while a read ran: the worker's result has nowhere to go, and
    nothing is printed or raised (PySide would print a traceback from the pool's thread)."""
    from shiboken6 import Shiboken

    from cabinet_desktop.ui.tasks import Task, _Runnable

    for outcome in ("result", "error"):
        task = Task()

        def work(_state: TaskState, outcome: str = outcome) -> str:
            if outcome == "error":
                raise ValueError("lecture interrompue")
            return "fini"

        runnable = _Runnable(work, task)
        Shiboken.delete(task.signals)
        runnable.run()  # would raise RuntimeError: Signal source has been deleted


def test_wait_for_returns_the_result_or_raises_the_error(qtbot: QtBot) -> None:
    from cabinet_desktop.ui.tasks import wait_for

    worker: list[bool] = []

    def work(_state: TaskState) -> int:
        worker.append(threading.current_thread() is not threading.main_thread())
        return 42

    assert wait_for(None, "Calcul…", work) == 42
    assert worker == [True]  # on a worker thread, the GUI thread kept its event loop

    def broken(_state: TaskState) -> int:
        raise ValueError("base illisible")

    try:
        wait_for(None, "Ouverture…", broken)
    except ValueError as error:
        assert str(error) == "base illisible"
    else:
        raise AssertionError("the worker's error was not raised")


def test_slow_work_shows_progress_without_cancel_when_it_cannot_stop(qtbot: QtBot) -> None:
    """Opening a database that is being upgraded: a progress dialog, and no « Annuler »."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

    from cabinet_desktop.ui.tasks import wait_for

    release = threading.Event()
    seen: list[tuple[str, int]] = []

    def look() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QProgressDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(50, look)
            return
        dialog = dialogs[0]
        seen.append((dialog.labelText(), len(dialog.findChildren(QPushButton))))
        release.set()

    QTimer.singleShot(50, look)
    result = wait_for(None, "Ouverture de la base de données…",
                      lambda _state: release.wait(10), cancellable=False)
    assert result is True  # released by the look at the dialog, not by the timeout
    assert seen == [("Ouverture de la base de données…", 0)]


def test_opening_a_file_that_is_not_a_database_is_refused_in_french(qtbot: QtBot,
                                                                    tmp_path: Any) -> None:
    """The window's opening runs on a worker: its French refusal still reaches the caller,
    and the file is left as it was."""
    from cabinet_desktop.domain.errors import StorageError
    from cabinet_desktop.ui.signin.login_dialog import open_database_gui

    path = tmp_path / "notes.sqlite3"
    garbage = b"Compte rendu de la reunion du lundi\n" * 40
    path.write_bytes(garbage)
    try:
        open_database_gui(str(path), demo=False)
    except StorageError as error:
        assert "n'est pas une base Cabinet Desktop" in error.message
        assert str(path) in error.message
    else:
        raise AssertionError("a text file was opened as a database")
    assert path.read_bytes() == garbage
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite3"]


def test_background_reads_deliver_on_the_gui_thread_in_order_and_not_to_a_deleted_owner(
        qtbot: QtBot) -> None:
    from PySide6.QtCore import QObject, QThreadPool

    from cabinet_desktop.ui.tasks import run_in_background

    pool = QThreadPool()
    pool.setMaxThreadCount(1)  # one read at a time, as the search box keeps them
    ran_on: list[bool] = []
    delivered_on: list[tuple[int, bool]] = []

    def read(number: int) -> object:
        def work(_state: TaskState) -> int:
            ran_on.append(threading.current_thread() is threading.main_thread())
            return number
        return work

    for number in range(3):
        run_in_background(read(number),
                          lambda value: delivered_on.append(
                              (value, threading.current_thread() is threading.main_thread())),
                          pool=pool)
    qtbot.waitUntil(lambda: len(delivered_on) == 3)
    assert ran_on == [False, False, False]
    assert delivered_on == [(0, True), (1, True), (2, True)]

    errors: list[str] = []

    def fail(_state: TaskState) -> None:
        raise ValueError("serveur injoignable")

    run_in_background(fail, on_error=lambda error: errors.append(str(error)))
    qtbot.waitUntil(lambda: errors == ["serveur injoignable"])

    owner = QObject()
    late: list[object] = []
    gate = threading.Event()

    def slow(_state: TaskState) -> str:
        gate.wait(5)
        return "trop tard"

    run_in_background(slow, late.append, owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner))
    gate.set()
    QThreadPool.globalInstance().waitForDone(5000)
    qtbot.wait(50)
    assert late == []  # the owner (a pane closed meanwhile) is never called back


def _alive(obj: object) -> bool:
    from shiboken6 import Shiboken

    return bool(Shiboken.isValid(obj))
