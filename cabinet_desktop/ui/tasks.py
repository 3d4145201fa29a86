"""Long work off the GUI thread: one helper for every task.

:func:`run_task` runs a plain function ``work(state)`` (a :class:`TaskState` from
``services.tasks``, the same the CLI and tests use) on the global ``QThreadPool``, relays its
progress to a modal ``QProgressDialog`` whose *Annuler* button cancels the state, and delivers
the result or the error by signal on the GUI thread. The window never freezes.
"""

from __future__ import annotations

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
    finished = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[TaskState], Any], signals: _Signals,
                 state: TaskState) -> None:
        super().__init__()
        self._work = work
        self._signals = signals
        self._state = state
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            try:
                result = self._work(self._state)
            except BaseException as error:  # delivered to the GUI thread, which decides
                self._signals.failed.emit(error)
            else:
                self._signals.finished.emit(result)
        except RuntimeError:  # its signals were deleted (the application is quitting)
            pass


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
        self.signals.progress.connect(self.progress, Qt.ConnectionType.QueuedConnection)
        self.signals.finished.connect(self.finished, Qt.ConnectionType.QueuedConnection)
        self.signals.failed.connect(self.failed, Qt.ConnectionType.QueuedConnection)
        self.done = False
        self.result: Any = None  # what ``work`` returned (or the exception it raised)
        self.finished.connect(self._mark_done)
        self.failed.connect(self._mark_done)

    def _mark_done(self, value: object) -> None:
        self.done = True
        self.result = value

    def cancel(self) -> None:
        self.state.cancel()


def run_task(parent: QWidget | None, title: str, work: Callable[[TaskState], Any],
             on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[BaseException], None] | None = None,
             show_progress: bool = True, cancellable: bool = True) -> Task:
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
    QThreadPool.globalInstance().start(_Runnable(work, task.signals, task.state))
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
