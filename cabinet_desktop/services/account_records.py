"""What accounts are made of: the row the window shows, login checks, creating one.

Shared by sign-in (``services.authentication``), administration (``services.accounts``) and the demo
accounts (``cabinet_desktop.demo``). Accounts are never deleted (the journal refers to them).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from cabinet_desktop.domain.entities import Person, User
from cabinet_desktop.domain.enums import AuditAction, Classification, Role
from cabinet_desktop.domain.errors import (
    NotFoundError,
    ValidationError,
)
from cabinet_desktop.i18n import translate
from cabinet_desktop.services import passwords
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.audit import journal
from cabinet_desktop.services.sign_in_reads import (
    LOGIN_MAX_LENGTH,
)


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


def normalize_login(login: str) -> str:
    return login.strip().lower()


def display_name(user: User) -> str:
    if user.person is not None and user.person.full_name:
        return user.person.full_name
    return user.login


def actor_of(user: User) -> Actor:
    return Actor(user_id=user.id, login=user.login, display_name=display_name(user),
                 role=Role(user.role), clearance=Classification(user.clearance),
                 person_id=user.person_id)


def row_of(user: User) -> UserRow:
    return UserRow(id=user.id, login=user.login, display_name=display_name(user),
                   person_id=user.person_id, role=Role(user.role),
                   clearance=Classification(user.clearance), active=user.active,
                   must_change_password=user.must_change_password, is_demo=user.is_demo,
                   failed_logins=user.failed_logins, locked_until=user.locked_until,
                   last_login_at=user.last_login_at, version=user.version)


def system_author() -> Actor:
    from cabinet_desktop.services.actor import system_actor

    return system_actor("Cabinet Desktop")  # journal author: « Cabinet Desktop (Administrateur) »


def check_login(login: str) -> str:
    cleaned = normalize_login(login)
    if not cleaned:
        raise ValidationError(translate("Accounts", "Identifiant : ce champ est obligatoire."),
                              field="login")
    if len(cleaned) > LOGIN_MAX_LENGTH or not all(c.isalnum() or c in "._-" for c in cleaned):
        raise ValidationError(translate("Accounts",
                                        "Identifiant : {max} caractères au plus, lettres, "
                                        "chiffres, point, tiret et tiret bas seulement.")
                                        .format(max=LOGIN_MAX_LENGTH), field="login")
    return cleaned


def new_user(session: Session, actor: Actor, login: str, password: str, role: Role,
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
    elif person_id is not None:
        _check_person_free(session, person_id)
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


def _check_person_free(session: Session, person_id: int) -> None:
    """The person an account is linked to must exist, be active and have no account yet."""
    person = session.get(Person, person_id)
    if person is None or not person.active:
        raise ValidationError(translate("Accounts", "Personne : aucun enregistrement n° {id}.")
                              .format(id=person_id), field="person_id")
    login = session.scalar(select(User.login).where(User.person_id == person_id).limit(1))
    if login is not None:
        raise ValidationError(translate("Accounts", "Personne : {name} a déjà un compte "
                                                    "(« {login} »).")
                              .format(name=person.full_name, login=login), field="person_id")


def user_by_id(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFoundError(translate("Accounts", "Compte n° {id} introuvable.").format(id=user_id))
    return user
