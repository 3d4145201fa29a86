"""User accounts: first administrator, sign-in with lock-out, password changes, administration.

Sign-in failures all read the same (:data:`GENERIC_FAILURE`), whether the login exists or not.
After :data:`FREE_ATTEMPTS` consecutive failures every further failure makes the account wait
longer before the next attempt (5 s, 10 s, 20 s… up to a temporary lock of
:data:`MAX_LOCK_SECONDS`). Logins that do not exist get the same treatment, counted in memory,
so the lock-out does not reveal which logins exist either.

Accounts are never deleted (the journal refers to them): they are deactivated.
"""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from cabinet_desktop.domain.entities import Person, User, utcnow
from cabinet_desktop.domain.enums import AuditAction, Classification, Role
from cabinet_desktop.domain.errors import (
    AuthenticationError,
    ConflictError,
    NotFoundError,
    PermissionDenied,
    ValidationError,
)
from cabinet_desktop.i18n import translate
from cabinet_desktop.services import passwords, permissions, session_guard
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.audit import journal, journal_now
from cabinet_desktop.services.permissions import Action
from cabinet_desktop.services.rows import ChangeSet
from cabinet_desktop.services.sign_in_reads import (
    DEMO_ACCOUNTS,
    LOGIN_MAX_LENGTH,
    DemoAccount,
    demo_flag,
    is_demo_value,
)
from cabinet_desktop.services.sign_in_reads import (
    demo_accounts as demo_accounts,
)
from cabinet_desktop.services.sign_in_reads import (
    has_accounts as has_accounts,
)
from cabinet_desktop.store.database import Database

FREE_ATTEMPTS = 3
FIRST_DELAY_SECONDS = 5
MAX_LOCK_SECONDS = 15 * 60
def generic_failure() -> str:
    """The one message of every refused sign-in (never says whether the login exists)."""
    return translate("Accounts", "Identifiant ou mot de passe incorrect.")


@dataclass(frozen=True, slots=True)
class UserRow:
    """An account as the Users pane shows it (no password hash)."""

    id: int
    login: str
    display_name: str
    person_id: int | None
    role: Role
    clearance: Classification
    active: bool
    must_change_password: bool
    is_demo: bool
    failed_logins: int
    locked_until: dt.datetime | None
    last_login_at: dt.datetime | None
    version: int


@dataclass(frozen=True, slots=True)
class SignIn:
    """The result of a successful sign-in."""

    actor: Actor
    must_change_password: bool


# --------------------------------------------------------------------------- helpers


def _normalize_login(login: str) -> str:
    return login.strip().lower()


def _display_name(user: User) -> str:
    if user.person is not None and user.person.full_name:
        return user.person.full_name
    return user.login


def _actor(user: User) -> Actor:
    return Actor(user_id=user.id, login=user.login, display_name=_display_name(user),
                 role=Role(user.role), clearance=Classification(user.clearance))


def _row(user: User) -> UserRow:
    return UserRow(id=user.id, login=user.login, display_name=_display_name(user),
                   person_id=user.person_id, role=Role(user.role),
                   clearance=Classification(user.clearance), active=user.active,
                   must_change_password=user.must_change_password, is_demo=user.is_demo,
                   failed_logins=user.failed_logins, locked_until=user.locked_until,
                   last_login_at=user.last_login_at, version=user.version)


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


class _UnknownLogins:
    """Failure counts of logins that do not exist, so they lock out like real ones."""

    def __init__(self, capacity: int = 10_000) -> None:
        self._lock = threading.Lock()
        self._entries: dict[str, tuple[int, dt.datetime | None]] = {}
        self._capacity = capacity

    def locked_until(self, login: str) -> dt.datetime | None:
        with self._lock:
            return self._entries.get(login, (0, None))[1]

    def fail(self, login: str, now: dt.datetime) -> tuple[int, dt.datetime | None]:
        with self._lock:
            failures = self._entries.get(login, (0, None))[0] + 1
            delay = delay_after(failures)
            until = now + dt.timedelta(seconds=delay) if delay else None
            if len(self._entries) >= self._capacity:
                self._entries.pop(next(iter(self._entries)))
            self._entries[login] = (failures, until)
            return failures, until

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


_unknown = _UnknownLogins()


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value


# --------------------------------------------------------------------------- first start


def create_first_admin(database: Database, login: str, password: str,
                       display_name: str = "") -> Actor:
    """Create the administrator account of a new database (refused once any account exists)."""
    login = _check_login(login)
    passwords.check_policy(password, login)
    system = _system()
    with database.writing() as session:
        if session.scalar(select(func.count()).select_from(User)):
            raise PermissionDenied(translate("Accounts",
                                             "La base a déjà des comptes : l'administrateur "
                                             "initial ne peut plus être créé."))
        user = _new_user(session, system, login, password, Role.ADMIN, Classification.SECRET,
                         display_name, must_change=False)
        actor = _actor(user)
    return actor


def _system() -> Actor:
    from cabinet_desktop.services.actor import system_actor

    return system_actor("Cabinet Desktop")  # journal author: « Cabinet Desktop (Administrateur) »


def _check_login(login: str) -> str:
    cleaned = _normalize_login(login)
    if not cleaned:
        raise ValidationError(translate("Accounts", "Identifiant : ce champ est obligatoire."),
                              field="login")
    if len(cleaned) > LOGIN_MAX_LENGTH or not all(c.isalnum() or c in "._-" for c in cleaned):
        raise ValidationError(translate("Accounts",
                                        "Identifiant : {max} caractères au plus, lettres, "
                                        "chiffres, point, tiret et tiret bas seulement.")
                                        .format(max=LOGIN_MAX_LENGTH), field="login")
    return cleaned


def _new_user(session: Session, actor: Actor, login: str, password: str, role: Role,
              clearance: Classification, display_name: str, must_change: bool,
              person_id: int | None = None, is_demo: bool = False) -> User:
    if session.scalar(select(User.id).where(User.login == login)) is not None:
        raise ValidationError(translate("Accounts", "Identifiant : « {login} » est déjà pris.")
                              .format(login=login), field="login")
    if person_id is None and display_name.strip():
        parts = display_name.strip().split(" ", 1)
        person = Person(first_name=parts[0] if len(parts) > 1 else "",
                        last_name=parts[-1], function=Role(role).label,
                        created_by_id=actor.user_id, updated_by_id=actor.user_id)
        session.add(person)
        session.flush()
        person_id = person.id
        journal(session, actor, AuditAction.CREATE, "person", person.id, "",
                {"last_name": [None, person.last_name], "first_name": [None, person.first_name]})
    elif person_id is not None and session.get(Person, person_id) is None:
        raise ValidationError(translate("Accounts", "Personne : aucun enregistrement n° {id}.")
                              .format(id=person_id), field="person_id")
    user = User(login=login, password_hash=passwords.hash_password(password), role=Role(role),
                clearance=Classification(clearance), person_id=person_id, active=True,
                must_change_password=must_change, is_demo=is_demo, failed_logins=0,
                created_by_id=actor.user_id, updated_by_id=actor.user_id)
    session.add(user)
    session.flush()
    journal(session, actor, AuditAction.CREATE, "user", user.id, user.login[:40],
            {"login": [None, login], "role": [None, Role(role).value],
             "clearance": [None, int(clearance)], "person_id": [None, person_id],
             "must_change_password": [None, must_change]})
    return user


# --------------------------------------------------------------------------- sign-in


def authenticate(database: Database, login: str, password: str,
                 now: dt.datetime | None = None) -> SignIn:
    """Check a login and password; return who signed in, or raise :class:`AuthenticationError`.

    Every outcome is journaled (``LOGIN`` or ``LOGIN_FAILED``). A hash made with older
    parameters is replaced by a new one.
    """
    now = now or utcnow()
    key = _normalize_login(login)[:LOGIN_MAX_LENGTH]
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
        journal(session, _actor(user), AuditAction.LOGIN_FAILED, "user", user.id,
                user.login, {"reason": [None, "locked"]})
        return None, _refusal(user.failed_logins, now, locked_until)
    good = passwords.verify_password(user.password_hash, password)
    if not good:
        failures = user.failed_logins + 1
        delay = delay_after(failures)
        until = now + dt.timedelta(seconds=delay) if delay else None
        _bookkeep(session, user, failed_logins=failures, locked_until=until)
        journal(session, _actor(user), AuditAction.LOGIN_FAILED, "user", user.id, user.login,
                {"reason": [None, "bad_password"], "failed_logins": [None, failures]})
        return None, _refusal(failures, now, until)
    if not user.active:
        journal(session, _actor(user), AuditAction.LOGIN_FAILED, "user", user.id, user.login,
                {"reason": [None, "inactive"]})
        return None, AuthenticationError(translate("Accounts", "Ce compte est désactivé : "
                                                               "adressez-vous à l'administrateur."))
    if user.is_demo and not _database_is_demo(session):
        journal(session, _actor(user), AuditAction.LOGIN_FAILED, "user", user.id, user.login,
                {"reason": [None, "demo_account_outside_demo"]})
        return None, AuthenticationError(generic_failure())
    changes: dict[str, Any] = {}
    values: dict[str, Any] = {"failed_logins": 0, "locked_until": None, "last_login_at": now}
    if passwords.needs_rehash(user.password_hash):
        values["password_hash"] = passwords.hash_password(password)
        changes["password_hash"] = ["<ancienne empreinte>", "<empreinte recalculée>"]
    if user.failed_logins:
        changes["failed_logins"] = [user.failed_logins, 0]
    actor = _actor(user)
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
    locked_until = _aware(_unknown.locked_until(key))
    until: dt.datetime | None = locked_until
    failures = 0
    if locked_until is None or locked_until <= now:
        failures, until = _unknown.fail(key, now)
    journal_now(database, _system(), AuditAction.LOGIN_FAILED, "user", None, key[:40],
                {"reason": [None, "unknown_login"]})
    raise _refusal(failures, now, until)


def reset_unknown_login_counters() -> None:
    """Forget the failure counts of unknown logins (tests)."""
    _unknown.clear()


def verify_current_user(database: Database, actor: Actor, password: str) -> bool:
    """Whether ``password`` is the signed-in user's (unlocking a locked session).

    Failures count towards the lock-out like failed sign-ins; a locked-out account stays locked.
    """
    try:
        signed = authenticate(database, actor.login, password)
    except AuthenticationError:
        return False
    return signed.actor.user_id == actor.user_id


# --------------------------------------------------------------------------- own password


def change_password(database: Database, actor: Actor, current: str, new: str) -> ChangeSet:
    """The signed-in user changes their own password (clears the forced change)."""
    user_id = actor.user_id
    if user_id is None:
        raise PermissionDenied(translate("Accounts", "Aucun utilisateur connecté."))
    with session_guard.writing(database, actor) as (session, actor):
        user = _user(session, user_id)
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
        journal(session, actor, AuditAction.UPDATE, "user", user.id, user.login,
                {"password_hash": ["<masqué>", "<modifié par l'utilisateur>"],
                 "must_change_password": [was_forced, False]})
    return ChangeSet.of("user", user_id)


def current_account(database: Database, actor: Actor) -> UserRow:
    """The signed-in user's own account."""
    user_id = actor.user_id
    if user_id is None:
        raise NotFoundError(translate("Accounts", "Aucun utilisateur connecté."))
    with session_guard.reading(database, actor) as (session, _current):
        return _row(_user(session, user_id))


# --------------------------------------------------------------------------- administration


def _user(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFoundError(translate("Accounts", "Compte n° {id} introuvable.").format(id=user_id))
    return user


def list_users(database: Database, actor: Actor) -> list[UserRow]:
    """Every account, active or not (administrators)."""
    with session_guard.reading(database, actor) as (session, actor):
        permissions.require(actor, Action.READ, "user")
        return [_row(u) for u in session.scalars(select(User).order_by(User.login))]


def get_user(database: Database, actor: Actor, user_id: int) -> UserRow:
    """One account (administrators)."""
    with session_guard.reading(database, actor) as (session, actor):
        permissions.require(actor, Action.READ, "user")
        return _row(_user(session, user_id))


def create_user(database: Database, actor: Actor, login: str, password: str, role: Role | str,
                clearance: Classification | int, display_name: str = "",
                person_id: int | None = None) -> UserRow:
    """Create an account (administrators); the user must change the password at first sign-in."""
    with session_guard.writing(database, actor) as (session, actor):
        permissions.require(actor, Action.CREATE, "user")
        login = _check_login(login)
        role = _role(role)
        clearance = _clearance(clearance)
        passwords.check_policy(password, login)
        user = _new_user(session, actor, login, password, role, clearance, display_name,
                         must_change=True, person_id=person_id)
        return _row(user)


def _role(value: Role | str) -> Role:
    try:
        return Role(value)
    except ValueError:
        raise ValidationError(translate("Accounts", "Rôle : « {value} » n'existe pas (valeurs "
                                                    "possibles : {choices}).").format(value=value,
                                        choices=", ".join(r.value for r in Role)),
                              field="role") from None


def _clearance(value: Classification | int | str) -> Classification:
    try:
        return Classification(int(value))
    except (ValueError, TypeError):
        raise ValidationError(translate("Accounts",
                                        "Habilitation : « {value} » n'existe pas (0 à 3).")
                                        .format(value=value), field="clearance") from None


def _locked_user(session: Session, user_id: int, version: int) -> User:
    user = session.scalars(select(User).where(User.id == user_id).with_for_update()
                           ).one_or_none()
    if user is None:
        raise NotFoundError(translate("Accounts", "Compte n° {id} introuvable.").format(id=user_id))
    if user.version != version:
        raise ConflictError(translate("Accounts",
                                      "Le compte « {login} » a été modifié entre-temps : "
                                      "rechargez la liste des comptes.").format(login=user.login))
    return user


def _other_active_admins(session: Session, user_id: int) -> int:
    return int(session.scalar(select(func.count()).select_from(User).where(
        User.role == Role.ADMIN, User.active.is_(True), User.id != user_id)) or 0)


def update_user(database: Database, actor: Actor, user_id: int, version: int, *,
                role: Role | str | None = None, clearance: Classification | int | None = None,
                active: bool | None = None) -> UserRow:
    """Change an account's role, clearance or active state (administrators), journaled.

    The last active administrator can be neither demoted nor deactivated.
    """
    with session_guard.writing(database, actor) as (session, actor):
        if active is not None:
            permissions.require(actor, Action.ARCHIVE, "user")
        if role is not None or clearance is not None:
            permissions.require(actor, Action.UPDATE, "user")
        user = _locked_user(session, user_id, version)
        before = {"role": Role(user.role).value, "clearance": int(user.clearance),
                  "active": user.active}
        if role is not None:
            user.role = _role(role)
        if clearance is not None:
            user.clearance = _clearance(clearance)
        if active is not None:
            user.active = bool(active)
        stays_admin = user.role == Role.ADMIN and user.active
        if before["role"] == Role.ADMIN.value and before["active"] and not stays_admin \
                and _other_active_admins(session, user.id) == 0:
            raise ValidationError(translate("Accounts", "Le compte « {login} » est le dernier "
                                                        "administrateur actif : il doit le rester.")
                                            .format(login=user.login), field="role")
        after = {"role": Role(user.role).value, "clearance": int(user.clearance),
                 "active": user.active}
        changes = {k: [before[k], after[k]] for k in before if before[k] != after[k]}
        if changes:
            user.updated_by_id = actor.user_id
            action = (AuditAction.ARCHIVE if changes.keys() == {"active"} and not user.active
                      else AuditAction.RESTORE if changes.keys() == {"active"}
                      else AuditAction.UPDATE)
            journal(session, actor, action, "user", user.id, user.login, changes)
        session.flush()
        return _row(user)


def set_active(database: Database, actor: Actor, user_id: int, version: int,
               active: bool) -> UserRow:
    """Deactivate (or reactivate) an account: accounts are never deleted."""
    return update_user(database, actor, user_id, version, active=active)


def reset_password(database: Database, actor: Actor, user_id: int, new_password: str
                   ) -> UserRow:
    """Set a new password (administrators): the user must change it at next sign-in.

    Also lifts a lock-out.
    """
    with session_guard.writing(database, actor) as (session, actor):
        permissions.require(actor, Action.UPDATE, "user")
        user = _user(session, user_id)
        passwords.check_policy(new_password, user.login)
        user.password_hash = passwords.hash_password(new_password)
        user.must_change_password = True
        before_failures = user.failed_logins
        user.failed_logins = 0
        user.locked_until = None
        user.updated_by_id = actor.user_id
        journal(session, actor, AuditAction.UPDATE, "user", user.id, user.login,
                {"password_hash": ["<masqué>", "<réinitialisé par l'administrateur>"],
                 "must_change_password": [None, True],
                 "failed_logins": [before_failures, 0]})
        session.flush()
        return _row(user)


# --------------------------------------------------------------------------- demo


def create_demo_accounts(database: Database) -> list[DemoAccount]:
    """Create one account per role in a demo database (idempotent); returns them.

    Refused when the database holds real (non-demo) accounts: published passwords must never
    open a real database. Demo accounts can sign in only while the database is marked as a demo.
    """
    system = _system()
    created: list[DemoAccount] = []
    with database.writing() as session:
        real = session.scalar(select(func.count()).select_from(User)
                              .where(User.is_demo.is_(False)))
        if real:
            raise PermissionDenied(translate("Accounts",
                                             "Cette base a des comptes réels : les comptes de "
                                             "démonstration n'y sont pas créés."))
        existing = set(session.scalars(select(User.login)))
        for login_name, role, clearance, _name, password in DEMO_ACCOUNTS:
            if login_name not in existing:
                _new_user(session, system, login_name, password, role, clearance, "",
                          must_change=False, person_id=_demo_person(session, role),
                          is_demo=True)
            created.append(DemoAccount(login_name, role, clearance, password))
    return created


#: How a demo account finds its person among the demo cabinet's members (by function).
_DEMO_FUNCTIONS = {Role.DIRECTOR: ("Directeur de cabinet", "Directrice de cabinet"),
                   Role.DEPUTY_DIRECTOR: ("Directeur adjoint", "Directrice adjointe"),
                   Role.ADVISER: ("Conseiller technique", "Conseillère technique"),
                   Role.SECRETARIAT: ("Secrétaire",)}


def _demo_person(session: Session, role: Role) -> int | None:
    """The demo cabinet member an account of ``role`` stands for (none for admin, reader)."""
    for prefix in _DEMO_FUNCTIONS.get(role, ()):
        person_id = session.scalar(select(Person.id).where(Person.function.startswith(prefix))
                                   .order_by(Person.id).limit(1))
        if person_id is not None:
            return int(person_id)
    return None
