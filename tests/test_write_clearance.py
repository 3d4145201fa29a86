"""Clearance in the write path, on both backends: hidden records answer as missing ones,
refusals are journaled after the transaction (at once, never after the busy timeout), and links
to hidden records are neither shown, nor lost on saving, nor made."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from cabinet_desktop.domain.entities import AuditEntry
from cabinet_desktop.domain.enums import Classification, DossierState, Role
from cabinet_desktop.domain.errors import NotFoundError, ValidationError
from cabinet_desktop.services import dossiers, records
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.store import database as store_database
from cabinet_desktop.store.database import Database
from tests import factories
from tests.conftest import make_database


@pytest.fixture
def quick_database(backend: str, tmp_path: Path, request: pytest.FixtureRequest,
                   monkeypatch: pytest.MonkeyPatch) -> Database:
    """A database whose busy timeout is 0.3 s: a write that waited on its own lock (the old
    refusal journaled inside the refused transaction) fails with « occupée » instead."""
    monkeypatch.setattr(store_database, "BUSY_TIMEOUT_MS", 300)
    return make_database(backend, tmp_path, request)


def refusals(database: Database) -> list[tuple[str, int | None, int | None]]:
    with database.reading() as session:
        return [(row.entity, row.entity_id, row.user_id) for row in session.execute(
            select(AuditEntry.entity, AuditEntry.entity_id, AuditEntry.user_id)
            .where(AuditEntry.action == "access_denied").order_by(AuditEntry.id))]


def missing_message(database: Database, actor: Actor, kind: str, record_id: int) -> str:
    with pytest.raises(NotFoundError) as caught:
        records.get(database, actor, kind, record_id)
    return caught.value.message


def test_hidden_record_answers_as_a_missing_one(database: Database, system: Actor) -> None:
    secret = factories.dossier(database, system, classification=Classification.SECRET)
    reader = factories.make_user(database, "lecteur", Role.READER,
                                 clearance=Classification.RESTRICTED)
    with pytest.raises(NotFoundError) as hidden:
        records.get(database, reader, "dossier", secret.id)
    absent = missing_message(database, reader, "dossier", 999_999)
    assert type(hidden.value) is NotFoundError
    assert hidden.value.message == absent.replace("999999", str(secret.id))
    assert "introuvable" in hidden.value.message
    with pytest.raises(NotFoundError) as by_reference:
        records.get_by_reference(database, reader, "dossier", secret.reference)
    with pytest.raises(NotFoundError) as no_reference:
        records.get_by_reference(database, reader, "dossier", "DOS-2026-9999")
    assert type(by_reference.value) is NotFoundError
    assert by_reference.value.message == no_reference.value.message.replace(
        "DOS-2026-9999", secret.reference)
    assert refusals(database) == [("dossier", secret.id, reader.user_id)] * 2


@pytest.fixture
def cabinet(quick_database: Database) -> dict[str, object]:
    system = Actor(user_id=None, login="<tests>", display_name="tests", role=Role.ADMIN,
                   clearance=Classification.SECRET, is_system=True)
    database = quick_database
    secret = factories.dossier(database, system, classification=Classification.SECRET)
    attachment = dossiers.attach(database, system, secret.id, "note.pdf", b"%PDF").record
    return {
        "database": database,
        "secret": secret,
        "attachment": attachment,
        "dc": factories.make_user(database, "dc", Role.DIRECTOR,
                                  clearance=Classification.CONFIDENTIAL),
    }


def test_writes_above_clearance_are_refused_at_once_and_journaled(
        cabinet: dict) -> None:
    database, secret, dc = cabinet["database"], cabinet["secret"], cabinet["dc"]
    attachment = cabinet["attachment"]
    calls = [
        ("update", lambda: records.update(database, dc, "dossier", secret.id, secret.version,
                                          {"object": "Autre objet"})),
        ("archive", lambda: records.set_archived(database, dc, "dossier", secret.id,
                                                 secret.version)),
        ("delete", lambda: records.remove(database, dc, "attachment", attachment.id,
                                          attachment.version)),
        ("step", lambda: dossiers.advance(database, dc, secret.id, secret.version,
                                          DossierState.UNDER_REVIEW)),
    ]
    for name, call in calls:
        with pytest.raises(NotFoundError) as caught:  # not BusyError after 0.3 s
            call()
        assert "introuvable" in caught.value.message, name
    assert refusals(database) == [("dossier", secret.id, dc.user_id),
                                  ("dossier", secret.id, dc.user_id),
                                  ("attachment", attachment.id, dc.user_id),
                                  ("dossier", secret.id, dc.user_id)]
    unchanged = records.get(database, Actor(None, "<t>", "t", Role.ADMIN,
                                            Classification.SECRET, True), "dossier", secret.id)
    assert unchanged.version == secret.version and unchanged["object"] == secret["object"]


def test_links_to_hidden_records_are_not_shown_not_lost_not_made(database: Database,
                                                                 system: Actor) -> None:
    secret = factories.dossier(database, system, classification=Classification.SECRET)
    open_dossier = factories.dossier(database, system, object="Dossier ordinaire")
    other = factories.dossier(database, system, object="Autre dossier")
    mission = factories.mission(database, system,
                                dossier_ids=[secret.id, open_dossier.id])
    ct = factories.make_user(database, "ct", Role.ADVISER,
                             clearance=Classification.RESTRICTED)
    shown = records.get(database, ct, "mission", mission.id)
    assert shown["dossier_ids"] == (open_dossier.id,)

    saved = records.update(database, ct, "mission", mission.id, shown.version,
                           {"dossier_ids": [open_dossier.id, other.id], "progress": 10})
    assert saved.record["dossier_ids"] == (open_dossier.id, other.id)
    everything = records.get(database, system, "mission", mission.id)
    assert set(everything["dossier_ids"]) == {secret.id, open_dossier.id, other.id}

    records.update(database, ct, "mission", mission.id, saved.record.version,
                   {"dossier_ids": []})
    assert records.get(database, system, "mission", mission.id)["dossier_ids"] == (secret.id,)

    second_secret = factories.dossier(database, system, classification=Classification.SECRET)
    current = records.get(database, ct, "mission", mission.id)
    with pytest.raises(ValidationError, match="Dossiers liés") as caught:
        records.update(database, ct, "mission", mission.id, current.version,
                       {"dossier_ids": [second_secret.id]})
    assert caught.value.field == "dossier_ids" and "introuvable" in caught.value.message
    with pytest.raises(ValidationError, match="Dossiers liés"):
        factories.mission(database, ct, dossier_ids=[second_secret.id],
                          start_date=dt.date(2026, 2, 1))
