"""Progress and cancellation for long work, without Qt.

Long operations (demo data, export, import, backup) are plain functions taking a
:class:`TaskState`: they call :meth:`TaskState.report` as they go and stop with
:class:`Cancelled` when the user asks. The UI runs them on a worker thread and relays reports
to a progress dialog; the CLI prints them; tests call them directly.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from cabinet_desktop.domain.errors import CabinetError
from cabinet_desktop.i18n import translate

ProgressCallback = Callable[[str, int, int], None]


class Cancelled(CabinetError):
    """The user cancelled the operation; whatever it wrote was rolled back."""

    exit_code = 130

    def __init__(self) -> None:
        super().__init__(translate("Tasks", "Opération annulée : rien n'a été modifié."))


class TaskState:
    """Shared between a long operation and whoever watches it."""

    def __init__(self, on_progress: ProgressCallback | None = None) -> None:
        self._on_progress = on_progress
        self._cancel = threading.Event()

    def report(self, step: str, done: int, total: int) -> None:
        """Say what is being done (``step``) and how far (``done`` of ``total``); may cancel."""
        if self._on_progress is not None:
            self._on_progress(step, done, total)
        self.check()

    def cancel(self) -> None:
        """Ask the operation to stop at its next report."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if cancellation was asked."""
        if self._cancel.is_set():
            raise Cancelled()
