"""Persons offered in pickers and filters, sorted by last name then first name.

The order ignores case and accents (``Éric`` beside ``Eric``, ``de Souza`` beside ``DIALLO``),
the same on SQLite and PostgreSQL whatever the server's collation: the keys are folded as the
global search folds text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select

from cabinet_desktop.domain.entities import Person, User
from cabinet_desktop.services import permissions, session_guard
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.permissions import Action
from cabinet_desktop.store.database import Database
from cabinet_desktop.store.search_index import fold


@dataclass(frozen=True, slots=True)
class PersonChoice:
    """One person as a picker lists it: the name, the function, and the account's login if the
    person has one (an account picker greys those out)."""

    id: int
    name: str
    function: str
    login: str | None


def name_order(first_name: str, last_name: str, person_id: int = 0) -> tuple[str, str, int]:
    """The sort key of a person: folded last name, folded first name, then the id."""
    return fold(last_name or "").strip(), fold(first_name or "").strip(), person_id


def sort_by_name(persons: Iterable[Person]) -> list[Person]:
    """``persons`` by last name, then first name, ignoring case and accents."""
    return sorted(persons, key=lambda p: name_order(p.first_name, p.last_name, p.id))


def person_choices(database: Database, actor: Actor, text: str = "", *,
                   without_account: bool = False, limit: int = 50) -> tuple[PersonChoice, ...]:
    """Active persons whose name or function holds every word of ``text`` (case and accents
    ignored), by last name then first name, at most ``limit``.

    With ``without_account``, only persons no account belongs to yet (the picker of the
    account dialog: link the account to the person instead of creating a second one).
    """
    words = fold(text).split()
    with session_guard.reading(database, actor) as (session, actor):
        permissions.require(actor, Action.READ, "person")
        rows = session.execute(select(Person.id, Person.first_name, Person.last_name,
                                      Person.function, User.login)
                               .outerjoin(User, User.person_id == Person.id)
                               .where(Person.active.is_(True))).all()
    found: dict[int, PersonChoice] = {}
    keys: dict[int, tuple[str, str, int]] = {}
    for person_id, first, last, function, login in rows:
        if without_account and login is not None:
            continue
        haystack = fold(f"{first} {last} {function}")
        if all(word in haystack for word in words) and person_id not in found:
            name = " ".join(part for part in (first, last) if part)
            found[person_id] = PersonChoice(person_id, name, function or "", login)
            keys[person_id] = name_order(first, last, person_id)
    ordered = sorted(found.values(), key=lambda choice: keys[choice.id])
    return tuple(ordered[:limit])
