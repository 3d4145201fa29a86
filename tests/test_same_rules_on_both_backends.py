"""Text the database cannot index or store is a French validation error at the field, the
same on both backends (PostgreSQL refused NUL and very long texts with an internal error)."""

from __future__ import annotations

import random

import pytest
from sqlalchemy import func, select

from cabinet_desktop.domain.entities import Dossier, Mission
from cabinet_desktop.domain.errors import ValidationError
from cabinet_desktop.services import records
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.search import search
from cabinet_desktop.services.validation import MAX_TEXT_LENGTH
from cabinet_desktop.store.database import Database
from tests import factories


def words(length: int, seed: int = 7) -> str:
    """Varied words (the worst case for a search index), exactly ``length`` characters."""
    rng = random.Random(seed)
    letters = "abcdefghijklmnopqrstuvwxyzéèàô"
    parts: list[str] = []
    size = 0
    while size < length:
        word = "".join(rng.choice(letters) for _ in range(rng.randint(3, 12)))
        parts.append(word)
        size += len(word) + 1
    return " ".join(parts)[:length].rstrip() + "x" * (length - len(" ".join(parts)[:length]
                                                              .rstrip()))


def count(database: Database, model: type) -> int:
    with database.reading() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


@pytest.mark.parametrize("field", ["object", "summary"])
def test_nul_character_is_refused_at_the_field(database: Database, system: Actor,
                                               field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        factories.dossier(database, system, **{field: "Projet de décret\x00 portant statut"})
    assert caught.value.field == field
    assert "caractère nul interdit (position 17)" in caught.value.message
    assert caught.value.message.startswith("Dossier — ")
    assert count(database, Dossier) == 0


def test_text_longer_than_the_index_takes_is_refused_at_the_field(database: Database,
                                                                  system: Actor) -> None:
    with pytest.raises(ValidationError) as caught:
        factories.dossier(database, system, summary=words(MAX_TEXT_LENGTH + 1))
    assert caught.value.field == "summary"
    assert "50\u202f000 caractères au plus (ici 50\u202f001)" in caught.value.message
    assert count(database, Dossier) == 0


def test_longest_texts_allowed_are_stored_and_found_on_both_backends(database: Database,
                                                                     system: Actor) -> None:
    description = words(MAX_TEXT_LENGTH, seed=1)
    record = factories.mission(database, system, description=description,
                               expected_result=words(MAX_TEXT_LENGTH, seed=2))
    assert count(database, Mission) == 1
    stored = records.get(database, system, "mission", record.id)
    assert stored.values["description"] == description
    first_word = description.split()[0]
    assert len(search(database, system, first_word)) >= 1
