"""The one object the window hands its parts: database, signed-in user, change broadcast.

Panes, dialogs and the session controller receive a :class:`Workspace` instead of
``(database, actor)`` pairs: they read ``workspace.actor`` when they call a service (so rights
changed by an administrator apply everywhere at once), tell ``workspace.broadcast`` what a write
changed, and listen to ``workspace.changed`` to refresh what concerns them.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.rows import ChangeSet
from cabinet_desktop.store.database import Database


class Workspace(QObject):
    """The database, the signed-in user and the change broadcast of one window."""

    #: a write saved these changes (a ``ChangeSet``), told once to every view
    changed = Signal(object)
    #: the signed-in user's role or clearance changed (the ``Actor`` with the new rights)
    actor_changed = Signal(object)

    def __init__(self, database: Database, actor: Actor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor

    @property
    def database(self) -> Database:
        return self._database

    @property
    def actor(self) -> Actor:
        """The signed-in user as services must see it now."""
        return self._actor

    @property
    def distant(self) -> bool:
        """Whether the database is a server: reads then leave the GUI thread too."""
        return not self._database.is_sqlite

    def set_actor(self, actor: Actor) -> None:
        """Take ``actor``'s rights (same user) and tell the views when they changed."""
        if actor == self._actor:
            return
        self._actor = actor
        self.actor_changed.emit(actor)

    def broadcast(self, changes: ChangeSet) -> None:
        """Tell every view once that ``changes`` were saved."""
        self.changed.emit(changes)
