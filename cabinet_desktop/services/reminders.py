"""Reminders without a mail server: what became due or late since the user last saw them.

At sign-in, and on each new day for a window left open, the window asks :func:`pending` for
the records of the user's « À traiter » work lists (``services/work_lists.py``) whose due date
was crossed since the moment kept on the account (``users.reminders_seen_at``): late now
(due between that day and yesterday) or due today. :func:`mark_seen` moves the moment on once
the user has been shown them, so the next sign-in lists only what is new. Like
``last_login_at``, the moment is the account's bookkeeping, not a change of the cabinet's
records: it is not journaled.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update

from cabinet_desktop.domain.entities import Dossier, Indicator, Mission, User
from cabinet_desktop.services import session_guard, work_lists
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.store.database import Database

#: On a first sign-in, what became late within these days is listed.
FIRST_WINDOW_DAYS = 7
#: Records listed at most (the counts cover them all).
LIMIT = 30

_TITLES: dict[str, Any] = {"dossier": Dossier.object, "mission": Mission.title,
                           "indicator": Indicator.name}


@dataclass(frozen=True, slots=True)
class Reminder:
    """A record that became due today or late, and the work list it belongs to."""

    kind: str
    id: int
    reference: str
    title: str
    due: dt.date
    late: bool
    work: str


@dataclass(frozen=True, slots=True)
class Reminders:
    """What to remind the user of on ``today``: the records (at most :data:`LIMIT`), how many
    are late and due today in all, and the day of the last reminders seen (``None``: never)."""

    today: dt.date
    since: dt.date | None
    items: tuple[Reminder, ...]
    late: int
    due_today: int

    @property
    def empty(self) -> bool:
        return not (self.late or self.due_today)


def _local_day(moment: dt.datetime) -> dt.date:
    return moment.astimezone().date() if moment.tzinfo else moment.date()


def pending(database: Database, actor: Actor, now: dt.datetime | None = None,
            limit: int = LIMIT) -> Reminders:
    """What became due or late for ``actor`` since the reminders they last saw (``now``:
    the current moment; injected by tests to move time forward)."""
    moment = now or dt.datetime.now(dt.UTC)
    today = _local_day(moment)
    items: list[Reminder] = []
    late_total = due_total = 0
    with session_guard.reading(database, actor) as (session, actor):
        seen = session.scalar(select(User.reminders_seen_at).where(User.id == actor.user_id)) \
            if actor.user_id is not None else None
        since = _local_day(seen) if seen is not None else None
        first = since if since is not None else today - dt.timedelta(days=FIRST_WINDOW_DAYS)
        if since is not None and since >= today:
            return Reminders(today, since, (), 0, 0)
        person = actor.person_id  # as the account is now
        for work in work_lists.lines_for(actor):
            if work.due is None:
                continue
            model = _model(work.kind)
            where = [work.condition(person, today),
                     *work_lists.base_conditions(model, int(actor.clearance)),
                     work.due >= first, work.due <= today]
            rows = session.execute(select(model.id, model.reference, _TITLES[work.kind],
                                          work.due.label("due"))
                                   .where(*where).order_by(work.due, model.id)).all()
            for row in rows:
                late = row.due < today
                late_total += late
                due_total += not late
                items.append(Reminder(work.kind, row.id, row.reference, row[2], row.due,
                                      late, work.key))
    items.sort(key=lambda item: (not item.late, item.due, item.reference))
    return Reminders(today, since, tuple(items[:limit]), late_total, due_total)


def _model(kind: str) -> Any:
    return {"dossier": Dossier, "mission": Mission, "indicator": Indicator}[kind]


def mark_seen(database: Database, actor: Actor, now: dt.datetime | None = None) -> None:
    """The user has been shown their reminders as of ``now``."""
    if actor.user_id is None:
        return
    moment = now or dt.datetime.now(dt.UTC)
    with session_guard.writing(database, actor) as (session, actor):
        session.execute(update(User).where(User.id == actor.user_id)
                        .values(reminders_seen_at=moment)
                        .execution_options(synchronize_session=False))
