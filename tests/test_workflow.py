"""Dossier workflow, attachments and measurement validation on both backends."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import select

from cabinet_desktop.domain.entities import AuditEntry
from cabinet_desktop.domain.enums import (
    AvisKind,
    Classification,
    DossierState,
    IndicatorStatus,
    Role,
)
from cabinet_desktop.domain.errors import (
    ConflictError,
    NotFoundError,
    PermissionDenied,
    ValidationError,
    WorkflowError,
)
from cabinet_desktop.services import circuit, dossiers, indicators, records
from cabinet_desktop.store.database import Database
from tests import factories


@pytest.fixture
def team(database: Database) -> dict[str, object]:
    return {
        "dc": factories.make_user(database, "dc", Role.DIRECTOR),
        "ct": factories.make_user(database, "ct", Role.ADVISER, first_name="Moussa",
                                  last_name="Kaboré"),
        "sec": factories.make_user(database, "sec", Role.SECRETARIAT),
        "reader": factories.make_user(database, "lecteur", Role.READER),
    }


def test_full_workflow_with_rework(database: Database, team: dict) -> None:
    dc, ct, sec = team["dc"], team["ct"], team["sec"]
    d = factories.dossier(database, sec)
    assert d["state"] is DossierState.RECEIVED
    with pytest.raises(PermissionDenied, match="Imputation"):
        dossiers.advance(database, sec, d.id, d.version, DossierState.UNDER_REVIEW)
    d = circuit.impute(database, dc, d.id, d.version, ct.person_id, "30/11/2026").record
    with pytest.raises(PermissionDenied):
        dossiers.advance(database, sec, d.id, d.version, DossierState.AVIS_PROPOSED,
                         avis_kind=AvisKind.FAVORABLE, avis_text="Avis favorable.")
    with pytest.raises(ValidationError, match="Texte de l'avis"):
        dossiers.advance(database, ct, d.id, d.version, DossierState.AVIS_PROPOSED,
                         avis_kind="Favorable")
    d = dossiers.advance(database, ct, d.id, d.version, DossierState.AVIS_PROPOSED,
                         avis_kind="Favorable avec réserves",
                         avis_text="Sous réserve de l'avis de la DGB.").record
    assert d["avis_kind"] is AvisKind.FAVORABLE_WITH_RESERVATIONS
    assert d["avis_author_id"] is not None and d["avis_date"] is not None
    with pytest.raises(PermissionDenied):
        dossiers.advance(database, ct, d.id, d.version, DossierState.AVIS_VALIDATED)
    with pytest.raises(ValidationError, match="commentaire est obligatoire"):
        dossiers.advance(database, dc, d.id, d.version, DossierState.UNDER_REVIEW)
    d = dossiers.advance(database, dc, d.id, d.version, DossierState.UNDER_REVIEW,
                         "Préciser l'incidence budgétaire.").record
    d = dossiers.advance(database, ct, d.id, d.version, DossierState.AVIS_PROPOSED,
                         avis_text="Favorable : incidence budgétaire chiffrée.").record
    d = dossiers.advance(database, dc, d.id, d.version, DossierState.AVIS_VALIDATED).record
    d = dossiers.advance(database, sec, d.id, d.version, DossierState.SENT_TO_MINISTER).record
    with pytest.raises(ValidationError, match="Décision du Ministre"):
        dossiers.advance(database, sec, d.id, d.version, DossierState.CLOSED)
    d = circuit.record_decision(database, sec, d.id, d.version, "agreed", "01/12/2026").record
    d = dossiers.advance(database, sec, d.id, d.version, DossierState.CLOSED).record
    assert d["state"] is DossierState.CLOSED
    steps = dossiers.history(database, dc, d.id)
    assert [s["to_state"] for s in steps] == [
        DossierState.UNDER_REVIEW, DossierState.AVIS_PROPOSED, DossierState.UNDER_REVIEW,
        DossierState.AVIS_PROPOSED, DossierState.AVIS_VALIDATED,
        DossierState.SENT_TO_MINISTER, DossierState.SENT_TO_MINISTER, DossierState.CLOSED]
    assert steps[2]["comment"] == "Préciser l'incidence budgétaire." and steps[2]["user"] == "dc"
    with database.reading() as session:
        assert session.scalars(select(AuditEntry).where(
            AuditEntry.action == "workflow")).all().__len__() == 8
    with pytest.raises(WorkflowError, match="ne peut pas passer"):
        dossiers.advance(database, dc, d.id, d.version, DossierState.FILED_WITHOUT_ACTION,
                         "trop tard")


def test_workflow_state_cannot_be_set_by_a_plain_edit(database: Database, team: dict) -> None:
    d = factories.dossier(database, team["sec"])
    with pytest.raises(ValidationError, match="ne peut pas être modifié"):
        records.update(database, team["dc"], "dossier", d.id, d.version,
                       {"state": "closed"})


def test_filing_without_action_is_for_leaders(database: Database, team: dict) -> None:
    d = factories.dossier(database, team["sec"])
    with pytest.raises(PermissionDenied):
        dossiers.advance(database, team["ct"], d.id, d.version,
                         DossierState.FILED_WITHOUT_ACTION, "hors sujet")
    filed = dossiers.advance(database, team["dc"], d.id, d.version,
                             DossierState.FILED_WITHOUT_ACTION, "Hors compétence du ministère")
    assert filed.record["state"] is DossierState.FILED_WITHOUT_ACTION
    assert dossiers.available_steps(team["dc"], filed.record["state"]) == []


def test_workflow_conflict(database: Database, team: dict) -> None:
    d = factories.dossier(database, team["sec"])
    dossiers.advance(database, team["dc"], d.id, d.version, DossierState.UNDER_REVIEW)
    with pytest.raises(ConflictError):
        dossiers.advance(database, team["dc"], d.id, d.version,
                         DossierState.FILED_WITHOUT_ACTION, "doublon")


def test_attachments_are_stored_hashed_and_cleared(database: Database, team: dict) -> None:
    d = factories.dossier(database, team["sec"], classification=Classification.RESTRICTED)
    content = "Note technique — version signée\n".encode() * 100
    saved = dossiers.attach(database, team["sec"], d.id, r"C:\Docs\note technique.pdf",
                            content, Classification.CONFIDENTIAL).record
    assert saved["filename"] == "note technique.pdf"
    assert saved["sha256"] == hashlib.sha256(content).hexdigest()
    assert saved["size"] == len(content) and saved["media_type"] == "application/pdf"
    assert "content" not in saved.values
    assert dossiers.attachment_content(database, team["dc"], saved.id) == content
    restricted = factories.make_user(database, "ct-dr", Role.ADVISER,
                                     clearance=Classification.RESTRICTED)
    assert dossiers.attachments(database, restricted, d.id) == ()
    with pytest.raises(NotFoundError, match="introuvable"):
        dossiers.attachment_content(database, restricted, saved.id)
    with pytest.raises(PermissionDenied):
        dossiers.attach(database, team["reader"], d.id, "x.txt", b"x")
    with pytest.raises(ValidationError, match="Nom du fichier"):
        dossiers.attach(database, team["sec"], d.id, "  ", b"x")


def test_measurement_validation_and_status(database: Database, team: dict) -> None:
    dc, sec = team["dc"], team["sec"]
    indicator = records.create(database, dc, "indicator", {
        "name": "Taux d'exécution du budget", "level": "Résultat", "unit": "%",
        "baseline_value": 50, "direction": "increase", "periodicity": "quarterly"}).record
    assert indicator.reference == "IND-001"
    records.create(database, dc, "indicator_target", {"indicator_id": indicator.id,
                                                      "year": 2026, "value": 100})
    with pytest.raises(ValidationError, match="Période"):
        records.create(database, sec, "measurement", {"indicator_id": indicator.id,
                                                      "period": "2026-T5", "value": 70})
    m = records.create(database, sec, "measurement", {"indicator_id": indicator.id,
                                                      "period": "2026-t3",
                                                      "value": "82,5"}).record
    assert m["period"] == "2026-T3" and m["value"] == 82.5 and m["validated"] is False
    state = indicators.current_state(database, sec, indicator.id)
    assert state.status is IndicatorStatus.AMBER and state.target == 100
    with pytest.raises(PermissionDenied):
        indicators.validate_measurement(database, sec, m.id, m.version)
    validated = indicators.validate_measurement(database, dc, m.id, m.version).record
    assert validated["validated"] is True and validated["validated_by_id"] == dc.user_id
    assert indicators.current_state(database, sec, indicator.id).validated


def test_duplicate_target_year_or_period_is_a_named_refusal(database: Database,
                                                            team: dict) -> None:
    dc = team["dc"]
    indicator = records.create(database, dc, "indicator", {
        "name": "Taux de couverture", "level": "Impact", "periodicity": "Trimestrielle"}).record
    first = records.create(database, dc, "indicator_target", {
        "indicator_id": indicator.id, "year": 2026, "value": 80}).record
    with pytest.raises(ValidationError, match="Année : existe déjà") as caught:
        records.create(database, dc, "indicator_target", {
            "indicator_id": indicator.id, "year": "2026", "value": 90})
    assert "2026" in caught.value.message
    other = records.create(database, dc, "indicator_target", {
        "indicator_id": indicator.id, "year": 2027, "value": 90}).record
    with pytest.raises(ValidationError, match="existe déjà"):
        records.update(database, dc, "indicator_target", other.id, other.version,
                       {"year": 2026})
    records.update(database, dc, "indicator_target", first.id, first.version, {"value": 85})
    records.create(database, dc, "measurement", {"indicator_id": indicator.id,
                                                 "period": "2026-T1", "value": 10})
    with pytest.raises(ValidationError, match="Période : existe déjà"):
        records.create(database, dc, "measurement", {"indicator_id": indicator.id,
                                                     "period": "2026-t1", "value": 12})
