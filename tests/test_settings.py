"""Shared settings: validation of the letterhead, references, lock delay and mottos."""

from __future__ import annotations

import base64
import datetime as dt

import pytest

from cabinet_desktop.domain.enums import Classification, Role
from cabinet_desktop.domain.errors import PermissionDenied, ValidationError
from cabinet_desktop.services import settings
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.store.database import Database

ADMIN = Actor(user_id=None, login="admin", display_name="Admin", role=Role.ADMIN,
              clearance=Classification.RESTRICTED)
DIRECTOR = Actor(user_id=None, login="dc", display_name="DC", role=Role.DIRECTOR,
                 clearance=Classification.SECRET)
PNG = base64.b64encode(b"\x89PNG\r\n\x1a\n" + b"\x00" * 32).decode()


def test_administrator_saves_settings(database: Database) -> None:
    settings.save_settings(database, ADMIN, {"inactivity_minutes": 5, "city": "Bobo-Dioulasso",
                                             "logo_png_base64": PNG,
                                             "note_reference_format": "N°{number:04d}/{year}"})
    values = settings.load_settings(database)
    assert (values["inactivity_minutes"], values["city"]) == (5, "Bobo-Dioulasso")
    assert values["logo_png_base64"] == PNG


@pytest.mark.parametrize(("changes", "field", "fragment"), [
    ({"inactivity_minutes": 0}, "inactivity_minutes", "entre 1 et 240"),
    ({"inactivity_minutes": "dix"}, "inactivity_minutes", "entre 1 et 240"),
    ({"note_reference_format": "{annee}-{number}"}, "note_reference_format", "annee"),
    ({"note_reference_format": "{year}/CAB"}, "note_reference_format", "{number}"),
    ({"logo_png_base64": base64.b64encode(b"GIF89a").decode()}, "logo_png_base64", "PNG"),
    ({"logo_png_base64": "%%%"}, "logo_png_base64", "illisible"),
    ({"country": "  "}, "country", "Pays"),
    ({"threshold_amber": 1.2}, "threshold_amber", "entre 0 et 100 %"),
    ({"threshold_amber": -0.1}, "threshold_amber", "entre 0 et 100 %"),
])
def test_bad_settings_are_refused_naming_the_field(database: Database, changes: dict[str, object],
                                                   field: str, fragment: str) -> None:
    before = settings.load_settings(database)
    with pytest.raises(ValidationError) as caught:
        settings.save_settings(database, ADMIN, changes)
    assert caught.value.field == field and fragment in caught.value.message
    assert settings.load_settings(database) == before


def test_mottos_keep_their_dates(database: Database) -> None:
    settings.set_motto(database, ADMIN, "Unité – Progrès – Justice", dt.date(2026, 6, 1))
    assert settings.motto_on(database, dt.date(2026, 5, 31)) == \
        "La Patrie ou la Mort, nous vaincrons"
    assert settings.motto_on(database, dt.date(2026, 6, 1)) == "Unité – Progrès – Justice"
    assert [when for _text, when in settings.mottos(database)] == [dt.date(2026, 6, 1),
                                                                     dt.date(2023, 1, 1)]
    with pytest.raises(PermissionDenied):
        settings.set_motto(database, DIRECTOR, "Autre devise", dt.date(2027, 1, 1))
    with pytest.raises(ValidationError, match="Devise"):
        settings.set_motto(database, ADMIN, "  ", dt.date(2027, 1, 1))


def test_the_status_tolerance_is_the_one_threshold_setting(database: Database) -> None:
    """Reaching the target is « Atteint »: the old green threshold is gone, not left idle."""
    from sqlalchemy import insert

    from cabinet_desktop.domain.entities import Setting

    assert settings.thresholds(database).amber == 0.60
    settings.save_settings(database, ADMIN, {"threshold_amber": 0.75})
    assert settings.thresholds(database).amber == 0.75
    with pytest.raises(ValidationError, match="threshold_green"):
        settings.save_settings(database, ADMIN, {"threshold_green": 0.9})
    with database.writing() as session:  # a base made before: its row is ignored
        session.execute(insert(Setting), [{"key": "threshold_green", "value": "0.9"}])
    assert "threshold_green" not in settings.load_settings(database)
