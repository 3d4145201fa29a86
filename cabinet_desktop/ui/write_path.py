"""The one path every write from the window takes (after Anki's ``CollectionOp``).

:func:`run_write` calls a service write on a worker (a progress dialog shows if it takes more
than 300 ms, the window never freezes), then, on the GUI thread: a success broadcasts the
write's change set once through the workspace, so every list, detail panel, dashboard card and
count concerned refreshes; a refusal (validation, conflict, permission) is handed to the place
where the user acted, or shown in a dialog. The UI never builds a change set itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from cabinet_desktop.domain.errors import CabinetError
from cabinet_desktop.i18n import translate
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.rows import ChangeSet
from cabinet_desktop.store.database import Database
from cabinet_desktop.ui.tasks import Task, run_in_background, run_task
from cabinet_desktop.ui.workspace import Workspace

T = TypeVar("T")

#: A service write: ``work(database, actor)`` returns the service's result.
Write = Callable[[Database, Actor], T]


def changes_of(result: Any) -> ChangeSet:
    """The change set a service write reports (its result's ``changes``, or the set itself)."""
    if isinstance(result, ChangeSet):
        return result
    changes = getattr(result, "changes", None)
    return changes if isinstance(changes, ChangeSet) else ChangeSet()


def run_write(workspace: Workspace, parent: QWidget | None, title: str, work: Write[Any],
              on_saved: Callable[[Any], None] | None = None,
              on_refused: Callable[[CabinetError], None] | None = None) -> Task:
    """Run ``work`` off the GUI thread as the signed-in user and broadcast what it changed.

    ``on_saved(result)`` follows a success (after the broadcast); ``on_refused(error)`` a
    refusal the service explained (default: a dialog titled ``title`` over ``parent``). Any
    other error is a bug, reported by the application's error hook.
    """
    database, actor = workspace.database, workspace.actor

    def saved(result: Any) -> None:
        changes = changes_of(result)
        if changes.kinds:
            workspace.broadcast(changes)
        if on_saved is not None:
            on_saved(result)

    def refused(error: BaseException) -> None:
        if not isinstance(error, CabinetError):
            raise error
        if on_refused is not None:
            on_refused(error)
        else:
            QMessageBox.warning(parent, title, error.message)

    return run_task(parent, title, lambda _state: work(database, actor), saved, refused,
                    cancellable=False)


def read_before_write(workspace: Workspace, owner: QObject, parent: QWidget | None,
                      work: Callable[[], T], done: Callable[[T], Any]) -> None:
    """Read what a write's dialog needs (the record as it is now, choices): at once from a
    file, on a worker from a distant server; a refusal the service explains is shown over
    ``parent`` (the task dies with ``owner``)."""
    def refused(error: BaseException) -> None:
        if not isinstance(error, CabinetError):
            raise error
        QMessageBox.warning(parent, translate("Editing", "Cabinet Desktop"), error.message)

    if workspace.distant:
        run_in_background(lambda _state: work(), done, refused, owner=owner)
        return
    try:
        data = work()
    except CabinetError as error:
        refused(error)
        return
    done(data)
