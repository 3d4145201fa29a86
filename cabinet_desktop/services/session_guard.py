"""Every service call acts with the account as it is now, not as it was at sign-in.

The :class:`~cabinet_desktop.services.actor.Actor` a window or a command holds is a snapshot
taken when the user signed in. An administrator may deactivate the account, or lower its role
or clearance, while that session is open: the change must apply at the user's next service
call, not at the next sign-in. So services open their transaction through :func:`reading` or
:func:`writing`, which re-read the acting user's row in that same transaction (one primary-key
lookup of three columns) and hand back the *current* actor, whose role the permission checks
and whose clearance the SQL filters then use. A deactivated account is refused with
:class:`AuthenticationError`. Actors without an account (``user_id`` ``None``: the system
actor of maintenance tasks, the actors of tests) are taken as they are.

The window learns of a refusal through :func:`watch_deactivation` (the error itself may be
caught and shown anywhere, on any thread): it then ends the session once, instead of showing
the same error for every pane. It learns of a changed role or clearance through
:func:`watch_rights`, and updates its menus and panes to match what the services already apply.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cabinet_desktop.domain.entities import User
from cabinet_desktop.domain.enums import AuditAction, Classification, Role
from cabinet_desktop.domain.errors import AuthenticationError, NotFoundError
from cabinet_desktop.i18n import translate
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.audit import journal_now
from cabinet_desktop.store.database import Database

log = logging.getLogger(__name__)



class _Listeners:
    """Functions told of an event, from whichever thread the service call ran on."""

    def __init__(self, event: str) -> None:
        self.event = event
        self._items: list[Callable[..., None]] = []
        self._lock = threading.Lock()

    def add(self, listener: Callable[..., None]) -> Callable[[], None]:
        with self._lock:
            self._items.append(listener)

        def stop() -> None:
            with self._lock:
                if listener in self._items:
                    self._items.remove(listener)

        return stop

    def tell(self, *args: Actor) -> None:
        with self._lock:
            listeners = tuple(self._items)
        for listener in listeners:
            try:
                listener(*args)
            except Exception:  # a broken listener must not turn the call into another error
                log.exception("%s listener failed", self.event)


_deactivations = _Listeners("deactivation")
_rights = _Listeners("rights")


def deactivated_message() -> str:
    """What a user whose account was deactivated during the session reads."""
    return translate("Session", "Votre compte a été désactivé par l'administrateur : la "
                                "session est terminée.")


def current(session: Session, actor: Actor) -> Actor:
    """``actor`` with the role and clearance its account has now, read in ``session``.

    Raises :class:`AuthenticationError` if the account was deactivated (or no longer exists);
    the listeners of :func:`watch_deactivation` are told first.
    """
    if actor.user_id is None:
        return actor
    row = session.execute(select(User.active, User.role, User.clearance, User.person_id)
                          .where(User.id == actor.user_id)).one_or_none()
    if row is None or not row.active:
        _deactivations.tell(actor)
        raise AuthenticationError(deactivated_message())
    role, clearance = Role(row.role), Classification(row.clearance)
    if row.person_id != actor.person_id:  # the account linked to another cabinet member
        actor = replace(actor, person_id=row.person_id)
    if role is actor.role and clearance is actor.clearance:
        return actor
    now = replace(actor, role=role, clearance=clearance)
    _rights.tell(actor, now)
    return now


class HiddenRecord(NotFoundError):
    """A record above the actor's clearance, answered exactly as a missing one.

    Its refusal must still be journaled, but not inside the transaction that met it: on SQLite a
    second write transaction opened there would wait for the first one (the busy timeout, then
    « database is locked »). :func:`reading` and :func:`writing` journal it once their
    transaction has been rolled back, in a transaction of its own, then raise a plain
    :class:`NotFoundError` with the same message.
    """

    def __init__(self, message: str, actor: Actor, entity: str, entity_id: int,
                 reference: str, changes: dict[str, Any]) -> None:
        super().__init__(message)
        self.actor = actor
        self.entity = entity
        self.entity_id = entity_id
        self.reference = reference
        self.changes = changes


_depth = threading.local()


@contextmanager
def _journaling_refusals(database: Database) -> Iterator[None]:
    """Journal a :class:`HiddenRecord` met inside the block once the outermost block is left."""
    depth = getattr(_depth, "value", 0)
    _depth.value = depth + 1
    try:
        yield
    except HiddenRecord as refusal:
        if depth:  # an inner block: the outermost one journals, outside every transaction
            raise
        journal_now(database, refusal.actor, AuditAction.ACCESS_DENIED, refusal.entity,
                    refusal.entity_id, refusal.reference, refusal.changes)
        raise NotFoundError(refusal.message) from None
    finally:
        _depth.value = depth


@contextmanager
def reading(database: Database, actor: Actor) -> Iterator[tuple[Session, Actor]]:
    """A read-only session (``database.reading()``) and the current ``actor`` in it."""
    with _journaling_refusals(database), database.reading() as session:
        yield session, current(session, actor)


@contextmanager
def writing(database: Database, actor: Actor) -> Iterator[tuple[Session, Actor]]:
    """A write session (``database.writing()``) and the current ``actor`` in it."""
    with _journaling_refusals(database), database.writing() as session:
        yield session, current(session, actor)


def watch_deactivation(listener: Callable[[Actor], None]) -> Callable[[], None]:
    """Call ``listener(actor)`` whenever a call is refused because ``actor``'s account was
    deactivated; returns the function that stops watching.

    The listener runs on the thread that made the service call (often a worker thread), before
    the error is raised: it must only hand the news over (a queued Qt signal, for instance).
    """
    return _deactivations.add(listener)


def watch_rights(listener: Callable[[Actor, Actor], None]) -> Callable[[], None]:
    """Call ``listener(held, now)`` whenever a call made for ``held`` found the account's role
    or clearance changed (``now``); returns the function that stops watching.

    Runs on the service call's thread, like :func:`watch_deactivation`'s listeners.
    """
    return _rights.add(listener)
