"""User accounts administered: the first administrator, accounts listed, created, changed,
deactivated, their passwords reset (administrators only, every change journaled).

Accounts are never deleted (the journal refers to them): they are deactivated.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cabinet_desktop.domain.entities import AuditEntry, User
from cabinet_desktop.domain.enums import AuditAction, Classification, Role
from cabinet_desktop.domain.errors import (
    ConflictError,
    NotFoundError,
    PermissionDenied,
    ValidationError,
)
from cabinet_desktop.i18n import translate
from cabinet_desktop.services import passwords, permissions, session_guard
from cabinet_desktop.services.account_records import (
    UserRow,
    actor_of,
    check_login,
    new_user,
    row_of,
    system_author,
    user_by_id,
)
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.audit import journal
from cabinet_desktop.services.permissions import Action
from cabinet_desktop.services.rows import ChangeSet, Saved
from cabinet_desktop.store.database import Database


def create_first_admin(database: Database, login: str, password: str,
                       display_name: str = "") -> Actor:
    """Create the administrator account of a new database (refused once any account exists)."""
    login = check_login(login)
    passwords.check_policy(password, login)
    system = system_author()
    with database.writing() as session:
        if session.scalar(select(func.count()).select_from(User)):
            raise PermissionDenied(translate("Accounts",
                                             "La base a déjà des comptes : l'administrateur "
                                             "initial ne peut plus être créé."))
        user = new_user(session, system, login, password, Role.ADMIN, Classification.SECRET,
                         display_name, must_change=False)
        actor = actor_of(user)
    return actor


def current_account(database: Database, actor: Actor) -> UserRow:
    """The signed-in user's own account."""
    user_id = actor.user_id
    if user_id is None:
        raise NotFoundError(translate("Accounts", "Aucun utilisateur connecté."))
    with session_guard.reading(database, actor) as (session, _current):
        return row_of(user_by_id(session, user_id))


def list_users(database: Database, actor: Actor) -> list[UserRow]:
    """Every account, active or not (administrators)."""
    with session_guard.reading(database, actor) as (session, actor):
        permissions.require(actor, Action.READ, "user")
        return [row_of(u) for u in session.scalars(select(User).order_by(User.login))]


def get_user(database: Database, actor: Actor, user_id: int) -> UserRow:
    """One account (administrators)."""
    with session_guard.reading(database, actor) as (session, actor):
        permissions.require(actor, Action.READ, "user")
        return row_of(user_by_id(session, user_id))


def create_user(database: Database, actor: Actor, login: str, password: str, role: Role | str,
                clearance: Classification | int, display_name: str = "",
                person_id: int | None = None) -> Saved:
    """Create an account (administrators); the user must change the password at first sign-in.

    With ``person_id`` the account belongs to that existing person (chosen in a picker);
    otherwise a person is created from ``display_name`` (« Prénom NOM »).
    """
    with session_guard.writing(database, actor) as (session, actor):
        permissions.require(actor, Action.CREATE, "user")
        login = check_login(login)
        role = _role(role)
        clearance = _clearance(clearance)
        passwords.check_policy(password, login)
        user = new_user(session, actor, login, password, role, clearance, display_name,
                         must_change=True, person_id=person_id)
        return _saved(session, user)


def _saved(session: Session, user: User, changed: bool = True) -> Saved:
    """The result of an account write: the account as saved, its change set and the journal
    entry the write appended (the latest entry about that account)."""
    if not changed:
        return Saved(None, ChangeSet(), account=row_of(user))
    entry_id = session.scalar(select(func.max(AuditEntry.id)).where(
        AuditEntry.entity == "user", AuditEntry.entity_id == user.id))
    return Saved(None, ChangeSet.of("user", user.id), account=row_of(user), journal_id=entry_id)


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
                active: bool | None = None) -> Saved:
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
        return _saved(session, user, bool(changes))


def set_active(database: Database, actor: Actor, user_id: int, version: int,
               active: bool) -> Saved:
    """Deactivate (or reactivate) an account: accounts are never deleted."""
    return update_user(database, actor, user_id, version, active=active)


def reset_password(database: Database, actor: Actor, user_id: int, new_password: str
                   ) -> Saved:
    """Set a new password (administrators): the user must change it at next sign-in.

    Also lifts a lock-out.
    """
    with session_guard.writing(database, actor) as (session, actor):
        permissions.require(actor, Action.UPDATE, "user")
        user = user_by_id(session, user_id)
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
        return _saved(session, user)
