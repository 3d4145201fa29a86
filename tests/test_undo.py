"""Undo and redo of one's own edits through the services, on both backends: the journal records
them, and an undo over someone else's later save is a conflict, never an overwrite."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from cabinet_desktop.domain.entities import AuditEntry
from cabinet_desktop.domain.enums import Classification, Priority, Role
from cabinet_desktop.domain.errors import ConflictError, ValidationError
from cabinet_desktop.services import records, undo
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.store.database import Database, open_database
from tests import factories


@pytest.fixture
def second_client(database: Database) -> Iterator[Database]:
    other = open_database(database.url.render_as_string(hide_password=False))
    yield other
    other.close()


def journal_of(database: Database, record_id: int) -> list[tuple[str, int | None]]:
    with database.reading() as session:
        return [(row.action, row.user_id) for row in session.execute(
            select(AuditEntry.action, AuditEntry.user_id).where(
                AuditEntry.entity == "mission", AuditEntry.entity_id == record_id)
            .order_by(AuditEntry.id))]


def test_undo_restores_and_redo_reapplies_through_the_journal(database: Database) -> None:
    awa = factories.make_user(database, "awa", Role.ADVISER)
    mission = factories.mission(database, awa)
    edited = records.update(database, awa, "mission", mission.id, mission.version, {
        "title": "Nouveau titre", "progress": 40, "priority": "haute",
        "due_date": "15/06/2026"})
    assert edited.saved["priority"] is Priority.HIGH
    undone = undo.undo(database, awa, edited.journal_id or 0)
    assert undone.saved["title"] == mission["title"] and undone.saved["progress"] == 0
    assert undone.saved["priority"] is mission["priority"]
    assert undone.saved["due_date"] == dt.date(2026, 12, 31)
    assert undone.saved.version == edited.saved.version + 1
    assert undone.changes.concerns("mission")
    redone = undo.undo(database, awa, undone.journal_id or 0)
    assert (redone.saved["title"], redone.saved["progress"], redone.saved["due_date"]) == (
        "Nouveau titre", 40, dt.date(2026, 6, 15))
    assert journal_of(database, mission.id) == [("create", awa.user_id)] + [
        ("update", awa.user_id)] * 3


def test_undo_over_someone_elses_later_save_is_a_conflict(database: Database,
                                                          second_client: Database) -> None:
    awa = factories.make_user(database, "awa", Role.ADVISER)
    issa = factories.make_user(database, "issa", Role.DIRECTOR, first_name="Issa",
                               last_name="Sawadogo")
    mission = factories.mission(database, awa)
    edited = records.update(database, awa, "mission", mission.id, mission.version,
                            {"title": "Titre d'Awa"})
    theirs = records.update(second_client, issa, "mission", mission.id, edited.saved.version,
                            {"progress": 70})
    with pytest.raises(ConflictError) as caught:
        undo.undo(database, awa, edited.journal_id or 0)
    assert caught.value.saved_by == "Issa Sawadogo" and caught.value.fields == ("progress",)
    assert caught.value.current.version == theirs.saved.version
    now = records.get(database, awa, "mission", mission.id)
    assert now["title"] == "Titre d'Awa" and now.version == theirs.saved.version
    # Nor may anyone undo another user's edit.
    with pytest.raises(ValidationError, match="vos propres modifications"):
        undo.undo(database, issa, edited.journal_id or 0)


def test_undo_of_an_archiving_restores(database: Database) -> None:
    dc = factories.make_user(database, "dc", Role.DIRECTOR)
    mission = factories.mission(database, dc)
    archived = records.set_archived(database, dc, "mission", mission.id, mission.version)
    restored = undo.undo(database, dc, archived.journal_id or 0)
    assert restored.saved["archived"] is False


def test_undo_of_links_keeps_the_hidden_ones(database: Database, system: Actor) -> None:
    secret = factories.dossier(database, system, classification=Classification.SECRET)
    seen = factories.dossier(database, system, object="Dossier ordinaire")
    added = factories.dossier(database, system, object="Dossier ajouté")
    mission = factories.mission(database, system, dossier_ids=[secret.id, seen.id])
    ct = factories.make_user(database, "ct", Role.ADVISER, clearance=Classification.RESTRICTED)
    shown = records.get(database, ct, "mission", mission.id)
    edited = records.update(database, ct, "mission", mission.id, shown.version,
                            {"dossier_ids": [added.id]})
    assert set(records.get(database, system, "mission", mission.id)["dossier_ids"]) == {
        secret.id, added.id}
    undone = undo.undo(database, ct, edited.journal_id or 0)
    assert undone.saved["dossier_ids"] == (seen.id,)
    assert set(records.get(database, system, "mission", mission.id)["dossier_ids"]) == {
        secret.id, seen.id}


def test_undo_of_a_creation_archives_and_redo_restores(database: Database) -> None:
    dc = factories.make_user(database, "dc", Role.DIRECTOR)
    created = records.create(database, dc, "mission", {
        "title": "Mission créée puis annulée", "attribution_id": factories.attribution_id(database),
        "origin": "Instruction du Ministre"})
    undone = undo.undo(database, dc, created.journal_id or 0, created.saved.version)
    assert undone.saved["archived"] is True
    redone = undo.undo(database, dc, undone.journal_id or 0, undone.saved.version)
    assert redone.saved["archived"] is False and redone.saved.id == created.saved.id


def test_undo_of_a_contact_created_deletes_it(database: Database) -> None:
    dc = factories.make_user(database, "dc", Role.DIRECTOR)
    partner = records.create(database, dc, "partner", {"name": "Banque régionale",
                                                       "category": "PTF multilatéral"})
    contact = records.create(database, dc, "contact", {"partner_id": partner.saved.id,
                                                       "name": "Mariam Ouédraogo"})
    removed = undo.undo(database, dc, contact.journal_id or 0)
    assert removed.record is None
    assert records.get(database, dc, "partner", partner.saved.id) is not None
    with pytest.raises(ValidationError):  # a deleted record does not come back
        undo.undo(database, dc, removed.journal_id or 0)


def test_undo_from_a_window_over_a_save_from_another_is_a_conflict(
        database: Database, second_client: Database) -> None:
    """The same user, in another window: the version the edit left has moved on, so the undo
    refuses, names the saver and overwrites nothing."""
    awa = factories.make_user(database, "awa", Role.ADVISER, first_name="Awa",
                              last_name="Traoré")
    mission = factories.mission(database, awa)
    edited = records.update(database, awa, "mission", mission.id, mission.version,
                            {"title": "Titre de la première fenêtre"})
    records.update(second_client, awa, "mission", mission.id, edited.saved.version,
                   {"progress": 55})
    with pytest.raises(ConflictError, match="rien n'a été annulé") as caught:
        undo.undo(database, awa, edited.journal_id or 0, edited.saved.version)
    assert caught.value.saved_by == "Awa Traoré"
    now = records.get(database, awa, "mission", mission.id)
    assert now["title"] == "Titre de la première fenêtre" and now["progress"] == 55
