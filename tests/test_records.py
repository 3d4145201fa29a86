"""Generic record services on both backends: create, read, update, conflicts, audit."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select, text, update

from cabinet_desktop.domain.entities import AuditEntry, Mission
from cabinet_desktop.domain.enums import Classification, MissionOrigin, Role
from cabinet_desktop.domain.errors import (
    ConflictError,
    NotFoundError,
    PermissionDenied,
    ValidationError,
)
from cabinet_desktop.services import records
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.audit import verify
from cabinet_desktop.store.database import Database
from tests import factories


def test_create_allocates_reference_and_journals(database: Database, system: Actor) -> None:
    first = factories.mission(database, system)
    second = factories.mission(database, system, title="Suivre le PTF", start_date="03/02/2025")
    assert first.reference == "MIS-2026-0001"
    assert second.reference == "MIS-2025-0001"
    assert first["origin"] is MissionOrigin.MINISTER_INSTRUCTION
    assert first.version == 1
    with database.reading() as session:
        entry = session.scalars(select(AuditEntry).where(
            AuditEntry.reference == "MIS-2026-0001")).one()
        assert entry.action.value == "create"
        assert json.loads(entry.changes)["title"] == [None, "Préparer le conseil de cabinet"]
    assert verify(database).ok


def test_update_changes_fields_and_links(database: Database, system: Actor) -> None:
    mission = factories.mission(database, system)
    dossier = factories.dossier(database, system)
    saved = records.update(database, system, "mission", mission.id, mission.version,
                           {"progress": "45", "dossier_ids": [dossier.id]})
    assert saved.record["progress"] == 45
    assert saved.record["dossier_ids"] == (dossier.id,)
    assert saved.record.version == 2
    assert saved.changes.concerns("mission")
    reread = records.get_by_reference(database, system, "mission", mission.reference.lower())
    assert reread["progress"] == 45


def test_concurrent_edit_is_a_conflict_naming_who_saved(database: Database) -> None:
    awa = factories.make_user(database, "aouedraogo", Role.ADVISER)
    issa = factories.make_user(database, "isawadogo", Role.DIRECTOR, first_name="Issa",
                               last_name="Sawadogo")
    mission = factories.mission(database, awa)
    records.update(database, issa, "mission", mission.id, mission.version, {"progress": 80})
    with pytest.raises(ConflictError, match="Issa Sawadogo") as caught:
        records.update(database, awa, "mission", mission.id, mission.version,
                       {"title": "Titre modifié"})
    assert "n'ont pas été enregistrées" in caught.value.message
    current = records.get(database, awa, "mission", mission.id)
    assert current["progress"] == 80 and current["title"] != "Titre modifié"


def test_validation_messages_name_the_field_and_write_nothing(database: Database,
                                                              system: Actor) -> None:
    cases = [
        ({"title": ""}, "Intitulé"),
        ({"due_date": "31/02/2026"}, "Échéance"),
        ({"progress": "cent"}, "Avancement"),
        ({"progress": 140}, "Avancement"),
        ({"origin": "rumeur"}, "Origine"),
        ({"priority": "urgente"}, "Priorité"),
        ({"attribution_id": 9999}, "Attribution"),
        ({"start_date": "01/06/2026", "due_date": "01/01/2026"}, "Échéance"),
        ({"reference": "MIS-2026-9999"}, "Référence"),
        ({"title": "x" * 301}, "Intitulé"),
    ]
    for values, field in cases:
        with pytest.raises(ValidationError, match=field):
            factories.mission(database, system, **values)
    with database.reading() as session:
        assert session.scalars(select(Mission)).first() is None
        assert session.scalars(select(AuditEntry)).first() is None
    # the failed saves consumed no reference number
    assert factories.mission(database, system).reference == "MIS-2026-0001"


def test_archive_and_restore(database: Database) -> None:
    director = factories.make_user(database, "dc", Role.DIRECTOR)
    adviser = factories.make_user(database, "ct", Role.ADVISER)
    mission = factories.mission(database, adviser)
    with pytest.raises(PermissionDenied):
        records.set_archived(database, adviser, "mission", mission.id, mission.version)
    archived = records.set_archived(database, director, "mission", mission.id, mission.version)
    assert archived.record["archived"] is True
    restored = records.set_archived(database, director, "mission", mission.id,
                                    archived.record.version, archived=False)
    assert restored.record["archived"] is False
    assert verify(database).ok


def test_children_need_a_visible_parent_and_can_be_removed(database: Database,
                                                           system: Actor) -> None:
    partner = records.create(database, system, "partner", {
        "name": "Banque mondiale", "acronym": "BM", "category": "PTF multilatéral",
        "scope": "international"}).record
    assert partner.reference == "PAR-0001"
    contact = records.create(database, system, "contact", {
        "partner_id": partner.id, "name": "M. Diallo", "email": "diallo@example.org"}).record
    with pytest.raises(ValidationError, match="Courriel"):
        records.update(database, system, "contact", contact.id, contact.version,
                       {"email": "pas une adresse"})
    with pytest.raises(ValidationError, match="Partenaire"):
        records.create(database, system, "contact", {"partner_id": 999, "name": "X"})
    changes = records.remove(database, system, "contact", contact.id, contact.version).changes
    assert changes.concerns("contact") and changes.concerns("partner")
    with pytest.raises(NotFoundError):
        records.get(database, system, "contact", contact.id)


def test_clearance_refuses_and_journals(database: Database, system: Actor) -> None:
    secret = factories.dossier(database, system, classification=Classification.SECRET)
    reader = factories.make_user(database, "lecteur", Role.READER,
                                 clearance=Classification.RESTRICTED)
    with pytest.raises(NotFoundError, match="ne porte la référence"):
        records.get_by_reference(database, reader, "dossier", secret.reference)
    with database.reading() as session:
        refusal = session.scalars(select(AuditEntry).where(
            AuditEntry.action == "access_denied")).one()
        assert refusal.reference == secret.reference and refusal.user_id == reader.user_id
    with pytest.raises(PermissionDenied):
        records.create(database, factories.make_user(
            database, "ct2", Role.ADVISER, clearance=Classification.RESTRICTED), "dossier",
            {"object": "X", "received_date": dt.date(2026, 1, 1),
             "classification": Classification.CONFIDENTIAL})
    with pytest.raises(PermissionDenied):
        records.create(database, reader, "mission", {"title": "x"})


def test_audit_chain_detects_edit_and_deletion(database: Database, system: Actor) -> None:
    for number in range(3):
        factories.mission(database, system, title=f"Mission {number}")
    report = verify(database)
    assert report.ok and report.checked == 3
    with database.writing() as session:
        session.execute(update(AuditEntry).where(AuditEntry.id == 2)
                        .values(changes='{"title": [null, "falsifié"]}'))
    broken = verify(database)
    assert not broken.ok and broken.broken_at == 2


def test_audit_chain_detects_deleted_entry(database: Database, system: Actor) -> None:
    for number in range(3):
        factories.mission(database, system, title=f"Mission {number}")
    with database.writing() as session:
        session.execute(text("DELETE FROM audit_entries WHERE id = 2"))
    report = verify(database)
    assert not report.ok and report.broken_at == 3


def test_audit_chain_detects_truncation_through_head(database: Database,
                                                     system: Actor) -> None:
    for number in range(2):
        factories.mission(database, system, title=f"Mission {number}")
    with database.writing() as session:
        session.execute(text("DELETE FROM audit_entries WHERE id = 2"))
    report = verify(database)
    assert not report.ok and report.problem == "head_mismatch"
