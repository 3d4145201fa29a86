"""Small builders of test records through the public services."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from cabinet_desktop.domain.entities import Attribution, Person, User
from cabinet_desktop.domain.enums import Classification, Role
from cabinet_desktop.services import records
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.rows import Record
from cabinet_desktop.store.database import Database


def attribution_id(database: Database, code: str = "A12") -> int:
    with database.reading() as session:
        return int(session.scalar(select(Attribution.id).where(Attribution.code == code)) or 0)


def make_user(database: Database, login: str, role: Role,
              clearance: Classification = Classification.SECRET,
              first_name: str = "Awa", last_name: str = "Ouédraogo") -> Actor:
    """A person and a user account written directly (accounts have their own service)."""
    with database.writing() as session:
        person = Person(first_name=first_name, last_name=last_name, function=role.label)
        session.add(person)
        session.flush()
        user = User(login=login, role=role, clearance=clearance, person_id=person.id,
                    password_hash="", must_change_password=False)
        session.add(user)
        session.flush()
        user_id, person_id = user.id, person.id
    return Actor(user_id=user_id, login=login, display_name=f"{first_name} {last_name}",
                 role=role, clearance=clearance, person_id=person_id)


def mission(database: Database, actor: Actor, **values: Any) -> Record:
    data: dict[str, Any] = {"title": "Préparer le conseil de cabinet",
                            "attribution_id": attribution_id(database),
                            "origin": "minister_instruction",
                            "start_date": dt.date(2026, 1, 5), "due_date": dt.date(2026, 12, 31)}
    data.update(values)
    return records.create(database, actor, "mission", data).record


def dossier(database: Database, actor: Actor, **values: Any) -> Record:
    data: dict[str, Any] = {"object": "Projet de décret portant organisation du ministère",
                            "received_date": dt.date(2026, 11, 2),
                            "origin_structure": "Secrétariat général"}
    data.update(values)
    return records.create(database, actor, "dossier", data).record
