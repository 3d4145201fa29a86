"""Signing in with lock-out, and changing one's own password.

Sign-in failures all read the same (:func:`generic_failure`), whether the login exists or not.
After :data:`FREE_ATTEMPTS` consecutive failures every further failure makes the account wait
longer before the next attempt (5 s, 10 s, 20 s… up to a temporary lock of
:data:`MAX_LOCK_SECONDS`). Logins that do not exist get the same treatment: every count lives in
the base (``services.sign_in_counters``), shared by every client and surviving restarts, so
the lock-out does not reveal which logins exist either.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from cabinet_desktop.domain.entities import User, utcnow
from cabinet_desktop.domain.enums import AuditAction
from cabinet_desktop.domain.errors import (
    AuthenticationError,
    PermissionDenied,
    ValidationError,
)
from cabinet_desktop.i18n import translate
from cabinet_desktop.services import passwords, session_guard, sign_in_counters
from cabinet_desktop.services.account_records import (
    actor_of,
    normalize_login,
    row_of,
    system_author,
    user_by_id,
)
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.audit import journal
from cabinet_desktop.services.rows import ChangeSet, Saved
from cabinet_desktop.services.sign_in_reads import (
    LOGIN_MAX_LENGTH,
    demo_flag,
    is_demo_value,
)
from cabinet_desktop.store.database import Database

FREE_ATTEMPTS = 3
FIRST_DELAY_SECONDS = 5
MAX_LOCK_SECONDS = 15 * 60


def generic_failure() -> str:
    """The one message of every refused sign-in (never says whether the login exists)."""
    return translate("Accounts", "Identifiant ou mot de passe incorrect.")


@dataclass(frozen=True, slots=True)
class SignIn:
    """The result of a successful sign-in."""

    actor: Actor
    must_change_password: bool


def delay_after(failures: int) -> int:
    """Seconds an account waits after ``failures`` consecutive failed sign-ins."""
    if failures < FREE_ATTEMPTS:
        return 0
    return int(min(FIRST_DELAY_SECONDS * 2 ** (failures - FREE_ATTEMPTS), MAX_LOCK_SECONDS))


def _wait_message(seconds: float) -> str:
    seconds = max(1, int(seconds + 0.999))
    if seconds < 120:
        wait = translate("Accounts", "{count} secondes").format(count=seconds)
    else:
        wait = translate("Accounts", "{count} minutes").format(count=(seconds + 59) // 60)
    return translate("Accounts", "Identifiant ou mot de passe incorrect. Trop de tentatives "
                                 "infructueuses "
                                 ": nouvel essai possible dans {wait}.").format(wait=wait)


def _refusal(failures: int, now: dt.datetime, locked_until: dt.datetime | None
             ) -> AuthenticationError:
    if locked_until is not None and locked_until > now:
        remaining = (locked_until - now).total_seconds()
        return AuthenticationError(_wait_message(remaining), retry_after=remaining)
    return AuthenticationError(generic_failure())


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value


def authenticate(database: Database, login: str, password: str,
                 now: dt.datetime | None = None) -> SignIn:
    """Check a login and password; return who signed in, or raise :class:`AuthenticationError`.

    Every outcome is journaled (``LOGIN`` or ``LOGIN_FAILED``). A hash made with older
    parameters is replaced by a new one.
    """
    now = now or utcnow()
    key = normalize_login(login)[:LOGIN_MAX_LENGTH]
    error: AuthenticationError | None = None
    with database.writing() as session:
        user = session.scalars(select(User).where(User.login == key)).one_or_none()
        if user is None:
            signed = None
        else:
            signed, error = _check_user(session, user, password, now)
    if user is None:
        _fail_unknown(database, key, password, now)
    if error is not None:
        raise error
    assert signed is not None
    return signed


def _check_user(session: Session, user: User, password: str, now: dt.datetime
                ) -> tuple[SignIn | None, AuthenticationError | None]:
    """Check ``password`` for ``user`` in the caller's transaction, journaling the outcome.

    A refusal is returned rather than raised, so that the failure count and the journal entry
    are committed.
    """
    locked_until = _aware(user.locked_until)
    if locked_until is not None and locked_until > now:
        passwords.spend_verification_time(password)  # as long as any other refusal
        journal(session, actor_of(user), AuditAction.LOGIN_FAILED, "user", user.id,
                user.login, {"reason": [None, "locked"]})
        return None, _refusal(user.failed_logins, now, locked_until)
    good = passwords.verify_password(user.password_hash, password)
    if not good:
        count = sign_in_counters.counter(session, user.login, now)
        # read again once the login's row is locked: a concurrent failure is not lost
        before = session.scalar(select(User.failed_logins).where(User.id == user.id)) or 0
        failures = (before if count.recent else 0) + 1
        delay = delay_after(failures)
        until = now + dt.timedelta(seconds=delay) if delay else None
        count.record(failures, until, now)
        _bookkeep(session, user, failed_logins=failures, locked_until=until)
        journal(session, actor_of(user), AuditAction.LOGIN_FAILED, "user", user.id, user.login,
                {"reason": [None, "bad_password"], "failed_logins": [None, failures]})
        return None, _refusal(failures, now, until)
    if not user.active:
        journal(session, actor_of(user), AuditAction.LOGIN_FAILED, "user", user.id, user.login,
                {"reason": [None, "inactive"]})
        return None, AuthenticationError(translate("Accounts", "Ce compte est désactivé : "
                                                               "adressez-vous à l'administrateur."))
    if user.is_demo and not _database_is_demo(session):
        journal(session, actor_of(user), AuditAction.LOGIN_FAILED, "user", user.id, user.login,
                {"reason": [None, "demo_account_outside_demo"]})
        return None, AuthenticationError(generic_failure())
    changes: dict[str, Any] = {}
    values: dict[str, Any] = {"failed_logins": 0, "locked_until": None, "last_login_at": now}
    if passwords.needs_rehash(user.password_hash):
        values["password_hash"] = passwords.hash_password(password)
        changes["password_hash"] = ["<ancienne empreinte>", "<empreinte recalculée>"]
    if user.failed_logins:
        changes["failed_logins"] = [user.failed_logins, 0]
    actor = actor_of(user)
    sign_in_counters.forget(session, user.login)
    _bookkeep(session, user, **values)
    journal(session, actor, AuditAction.LOGIN, "user", user.id, user.login, changes)
    return SignIn(actor, user.must_change_password), None


def _bookkeep(session: Session, user: User, **values: Any) -> None:
    """Record sign-in bookkeeping without bumping the account's version.

    A sign-in is not an edit of the account: an administrator who opened the account before
    the user signed in must not get a conflict for it. A Core ``UPDATE`` leaves the version
    column alone; the loaded object is then refreshed from the database.
    """
    session.execute(update(User).where(User.id == user.id).values(**values))
    session.expire(user)


def login(database: Database, login: str, password: str) -> Actor:
    """Sign in: the :class:`Actor` services will act for, or :class:`AuthenticationError`."""
    return authenticate(database, login, password).actor


def _database_is_demo(session: Session) -> bool:
    return is_demo_value(session.scalar(demo_flag()))


def _fail_unknown(database: Database, key: str, password: str, now: dt.datetime) -> None:
    """Refuse a login that does not exist exactly as a wrong password would be refused."""
    passwords.spend_verification_time(password)
    with database.writing() as session:
        count = sign_in_counters.counter(session, key, now)
        until = count.locked_until()
        if until is not None and until > now:
            failures, reason = count.failures(), "locked"
        else:
            failures = count.failures() + 1
            delay = delay_after(failures)
            until = now + dt.timedelta(seconds=delay) if delay else None
            count.record(failures, until, now)
            reason = "unknown_login"
        journal(session, system_author(), AuditAction.LOGIN_FAILED, "user", None, key[:40],
                {"reason": [None, reason]})
    raise _refusal(failures, now, until)


def change_password(database: Database, actor: Actor, current: str, new: str) -> Saved:
    """The signed-in user changes their own password (clears the forced change)."""
    user_id = actor.user_id
    if user_id is None:
        raise PermissionDenied(translate("Accounts", "Aucun utilisateur connecté."))
    with session_guard.writing(database, actor) as (session, actor):
        user = user_by_id(session, user_id)
        if not passwords.verify_password(user.password_hash, current):
            raise ValidationError(translate("Accounts", "Mot de passe actuel : incorrect."),
                                  field="current_password")
        if current == new:
            raise ValidationError(translate("Accounts",
                                            "Nouveau mot de passe : il doit être différent de "
                                            "l'actuel."), field="new_password")
        passwords.check_policy(new, user.login, field="new_password")
        user.password_hash = passwords.hash_password(new)
        was_forced = user.must_change_password
        user.must_change_password = False
        user.updated_by_id = user_id
        entry = journal(session, actor, AuditAction.UPDATE, "user", user.id, user.login,
                        {"password_hash": ["<masqué>", "<modifié par l'utilisateur>"],
                         "must_change_password": [was_forced, False]})
        account = row_of(user)
    return Saved(None, ChangeSet.of("user", user_id), account=account, journal_id=entry.id)
