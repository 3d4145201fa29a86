"""Work off the GUI thread: one helper for every task, long or short.

:func:`run_task` runs a plain function ``work(state)`` (a :class:`TaskState` from
``services.tasks``, the same the CLI and tests use) on a ``QThreadPool``, relays its progress to
a modal ``QProgressDialog`` whose *Annuler* button cancels the state, and delivers the result or
the error on the GUI thread. :func:`run_in_background` is the same without a dialog, for the
short reads the window makes as the user works (counts, search, pages and detail panels from a
distant server). The window never freezes.

Only a signal without arguments crosses threads: the result waits in the task, read on the GUI
thread (PySide6 mishandles the reference counts of Python objects sent between threads in
signal arguments, PYSIDE-3124).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

from cabinet_desktop.services.tasks import TaskState


class _Signals(QObject):
    progress = Signal(str, int, int)
    ended = Signal()  # the outcome waits in the task


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[TaskState], Any], task: Task) -> None:
        super().__init__()
        self._work = work
        self._task = task
        self.setAutoDelete(True)

    def run(self) -> None:
        task = self._task
        try:
            outcome: tuple[bool, Any] = (True, self._work(task.state))
        except BaseException as error:  # delivered to the GUI thread, which decides
            outcome = (False, error)
        with task.lock:
            task.outcome = outcome
        with contextlib.suppress(RuntimeError):  # signals deleted: the application is quitting
            task.signals.ended.emit()


#: Tasks started and not finished yet; without this a task whose caller keeps no reference
#: is garbage-collected at once, its signals disconnected, and its result never arrives.
_RUNNING: set[Task] = set()


class Task(QObject):
    """A running task: its state (to cancel) and its signals."""

    progress = Signal(str, int, int)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.signals = _Signals()
        self.state = TaskState(self.signals.progress.emit)
        self.lock = threading.Lock()
        self.outcome: tuple[bool, Any] | None = None  # (succeeded, result or error)
        self.signals.progress.connect(self.progress, Qt.ConnectionType.QueuedConnection)
        self.signals.ended.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self.done = False
        self.result: Any = None  # what ``work`` returned (or the exception it raised)
        self.finished.connect(self._mark_done)
        self.failed.connect(self._mark_done)

    def _deliver(self) -> None:
        with self.lock:
            outcome, self.outcome = self.outcome, None
        if outcome is None:
            return
        succeeded, value = outcome
        (self.finished if succeeded else self.failed).emit(value)

    def _mark_done(self, value: object) -> None:
        self.done = True
        self.result = value

    def cancel(self) -> None:
        self.state.cancel()


def run_task(parent: QWidget | None, title: str, work: Callable[[TaskState], Any],
             on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[BaseException], None] | None = None,
             show_progress: bool = True, cancellable: bool = True,
             pool: QThreadPool | None = None) -> Task:
    """Run ``work(state)`` on a worker thread with a progress dialog (shown after 300 ms),
    cancellable unless ``cancellable`` is false.

    ``on_done(result)`` or ``on_error(exception)`` is called on the GUI thread afterwards
    (a cancelled task reports ``services.tasks.Cancelled``).
    """
    task = Task(parent)
    _RUNNING.add(task)  # a caller may drop the task: keep it (and its connections) alive
    task.finished.connect(lambda _value: _RUNNING.discard(task))
    task.failed.connect(lambda _value: _RUNNING.discard(task))
    dialog: QProgressDialog | None = None
    if show_progress:
        cancel = QCoreApplication.translate("Tasks", "Annuler")
        dialog = QProgressDialog(title, cancel, 0, 0, parent)
        if not cancellable:
            dialog.setCancelButton(None)  # documented: no button at all
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(300)
        dialog.setValue(0)  # starts the 300 ms clock (else, without progress reports, 4 s)
        dialog.canceled.connect(task.cancel)

        def show_progress_step(step: str, done: int, total: int) -> None:
            assert dialog is not None
            dialog.setLabelText(step)
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total else 0)

        task.progress.connect(show_progress_step)

    def close_dialog(_value: object) -> None:
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()

    task.finished.connect(close_dialog)
    task.failed.connect(close_dialog)
    if on_done is not None:
        task.finished.connect(on_done)
    if on_error is not None:
        task.failed.connect(on_error)
    (pool or QThreadPool.globalInstance()).start(_Runnable(work, task))
    return task


def run_in_background(work: Callable[[TaskState], Any],
                      on_done: Callable[[Any], None] | None = None,
                      on_error: Callable[[BaseException], None] | None = None,
                      owner: QObject | None = None, pool: QThreadPool | None = None) -> Task:
    """Run ``work(state)`` on a worker without a dialog; ``on_done(result)`` or
    ``on_error(exception)`` follows on the GUI thread (not at all once ``owner`` is deleted).

    ``pool`` (default: the global one) lets a caller keep its reads in order, one at a time.
    """
    task = run_task(None, "", work, on_done, on_error, show_progress=False, pool=pool)
    if owner is not None:
        task.setParent(owner)  # deleted with its owner: nothing then reaches a deleted widget
        task.destroyed.connect(lambda *_args: _RUNNING.discard(task))
    return task


T = TypeVar("T")


def wait_for(parent: QWidget | None, title: str, work: Callable[[TaskState], T],
             cancellable: bool = True) -> T:
    """Run ``work(state)`` as :func:`run_task` does and wait for it, the GUI kept alive (and
    the progress dialog shown after 300 ms); return its result or raise its error.

    For what must finish before anything else can happen (opening the database, filling an
    empty demo): the user sees progress instead of a frozen application.
    """
    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def done(result: Any) -> None:
        outcome["result"] = result
        loop.quit()

    def failed(error: BaseException) -> None:
        outcome["error"] = error
        loop.quit()

    run_task(parent, title, work, done, failed, cancellable=cancellable)
    loop.exec()
    if "error" in outcome:
        raise outcome["error"]
    result: T = outcome["result"]
    return result
