"""Failed sign-in counts kept in the base, per normalised login, shared by every client.

One row per login that failed recently, whether it names an account or not, so that the
lock-out answers alike for both (an unknown login's count cannot live in one process's
memory: each command-line call, restart or other PC would start again from zero and tell
which logins exist). A count quiet for :data:`COUNT_LIFETIME` starts again from zero, for an
account exactly as for an unknown login; such rows are pruned, and the table never holds more
than :data:`CAPACITY` rows (the oldest go first).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from cabinet_desktop.domain.entities import SignInFailures

COUNT_LIFETIME = dt.timedelta(days=1)
CAPACITY = 10_000


@dataclass(slots=True)
class Counter:
    """A login's failure count as of now, its row locked for the caller's transaction."""

    row: SignInFailures
    #: False when the login had no failure within :data:`COUNT_LIFETIME` (the count restarts).
    recent: bool

    def failures(self) -> int:
        return self.row.failures if self.recent else 0

    def locked_until(self) -> dt.datetime | None:
        return _aware(self.row.locked_until) if self.recent else None

    def record(self, failures: int, locked_until: dt.datetime | None, now: dt.datetime) -> None:
        """Store a new failure count (the caller computed it from :meth:`failures`)."""
        self.row.failures = failures
        self.row.locked_until = locked_until
        self.row.last_failure_at = now


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value


def counter(session: Session, login: str, now: dt.datetime) -> Counter:
    """The count of ``login`` (normalised), created if need be and locked until commit.

    Also prunes the counts older than :data:`COUNT_LIFETIME` and keeps the table within
    :data:`CAPACITY`. Concurrent clients failing the same login wait for each other.
    """
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    created = session.execute(
        insert(SignInFailures).values(login=login, failures=0, locked_until=None,
                                      last_failure_at=now)
        .on_conflict_do_nothing(index_elements=["login"])
        .returning(SignInFailures.login)).first() is not None
    row = session.scalars(select(SignInFailures).where(SignInFailures.login == login)
                          .with_for_update()).one()
    last = _aware(row.last_failure_at)
    recent = not created and last is not None and last > now - COUNT_LIFETIME
    _prune(session, login, now, created)
    return Counter(row, recent)


def _prune(session: Session, login: str, now: dt.datetime, created: bool) -> None:
    session.execute(delete(SignInFailures)
                    .where(SignInFailures.last_failure_at < now - COUNT_LIFETIME,
                           SignInFailures.login != login)
                    .execution_options(synchronize_session=False))
    if not created:
        return
    excess = (session.scalar(select(func.count()).select_from(SignInFailures)) or 0) - CAPACITY
    if excess > 0:
        oldest = (select(SignInFailures.login).where(SignInFailures.login != login)
                  .order_by(SignInFailures.last_failure_at).limit(excess))
        session.execute(delete(SignInFailures).where(SignInFailures.login.in_(oldest))
                        .execution_options(synchronize_session=False))


def forget(session: Session, login: str) -> None:
    """Drop ``login``'s count (after a successful sign-in)."""
    session.execute(delete(SignInFailures).where(SignInFailures.login == login)
                    .execution_options(synchronize_session=False))
