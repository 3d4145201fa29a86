"""Accounts linked to an existing person, and person lists sorted by name, on both backends."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from cabinet_desktop.domain.entities import Person
from cabinet_desktop.domain.enums import Classification, Role
from cabinet_desktop.domain.errors import ValidationError
from cabinet_desktop.services import accounts, listing, records
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.person_choices import person_choices
from cabinet_desktop.store.database import Database

ADMIN_PASSWORD = "Baobab sous la pluie 7"
PASSWORD = "Le fleuve Mouhoun en crue"


def person(database: Database, admin: Actor, first: str, last: str, function: str = "") -> int:
    return records.create(database, admin, "person", {
        "first_name": first, "last_name": last, "function": function}).saved.id


def persons_named(database: Database, last_name: str) -> int:
    with database.reading() as session:
        return int(session.scalar(select(func.count()).select_from(Person)
                                  .where(Person.last_name == last_name)) or 0)


def test_an_account_links_an_existing_person(database: Database) -> None:
    admin = accounts.create_first_admin(database, "admin", ADMIN_PASSWORD, "Awa Traoré")
    salimata = person(database, admin, "Salimata", "COMPAORE", "Secrétaire particulière")
    choices = person_choices(database, admin, "compa", without_account=True)
    assert [(c.id, c.name, c.login) for c in choices] == [(salimata, "Salimata COMPAORE", None)]

    saved = accounts.create_user(database, admin, "s.compaore", PASSWORD, Role.SECRETARIAT,
                                 Classification.RESTRICTED, "Salimata Compaoré",
                                 person_id=salimata)
    assert saved.account is not None and saved.account.person_id == salimata
    assert saved.account.display_name == "Salimata COMPAORE"
    assert persons_named(database, "COMPAORE") == 1 and persons_named(database, "Compaoré") == 0
    assert [name for _, name in listing.people(database, admin)].count("Salimata COMPAORE") == 1
    assert person_choices(database, admin, "compa", without_account=True) == ()
    assert person_choices(database, admin, "compa")[0].login == "s.compaore"

    with pytest.raises(ValidationError, match="déjà un compte") as taken:
        accounts.create_user(database, admin, "s.compaore2", PASSWORD, Role.READER, 0,
                             person_id=salimata)
    assert taken.value.field == "person_id"
    with pytest.raises(ValidationError, match="aucun enregistrement n° 9999"):
        accounts.create_user(database, admin, "fantome", PASSWORD, Role.READER, 0,
                             person_id=9999)
    # Without a person chosen, one is created from the name, as before.
    other = accounts.create_user(database, admin, "m.kabore", PASSWORD, Role.ADVISER, 3,
                                 "Moussa Kaboré").account
    assert other is not None and other.person_id not in (None, salimata)


def test_person_lists_are_sorted_by_last_then_first_name(database: Database,
                                                         system: Actor) -> None:
    for first, last in [("Zoé", "Ouédraogo"), ("Issa", "SAWADOGO"), ("Éric", "de Souza"),
                        ("Adama", "Ouedraogo"), ("Eric", "Diallo"), ("Aminata", "diallo"),
                        ("Bintou", "Ouédraogo")]:
        person(database, system, first, last)
    expected = ["Éric de Souza", "Aminata diallo", "Eric Diallo", "Adama Ouedraogo",
                "Bintou Ouédraogo", "Zoé Ouédraogo", "Issa SAWADOGO"]
    names = [name for _, name in listing.people(database, system)]
    assert names == expected
    assert [c.name for c in person_choices(database, system)] == expected
    assert [c.name for c in person_choices(database, system, "ouedraogo")] == expected[3:6]
    assert [c.name for c in person_choices(database, system, "eric")] == [expected[0],
                                                                          expected[2]]
