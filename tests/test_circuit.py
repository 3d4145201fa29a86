"""The dossier circuit's actions on both backends: who may take each, in which state, what
each records (steps with who, when and the comment; avis versions with their author)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, update

from cabinet_desktop.domain.entities import AuditEntry, User
from cabinet_desktop.domain.enums import (
    AuditAction,
    AvisKind,
    CircuitStep,
    Classification,
    DossierState,
    MinisterDecision,
    Role,
)
from cabinet_desktop.domain.errors import (
    ConflictError,
    NotFoundError,
    PermissionDenied,
    ValidationError,
    WorkflowError,
)
from cabinet_desktop.domain.rules import step_between
from cabinet_desktop.services import circuit, dossiers, listing, records
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.rows import Record, Saved, freeze
from cabinet_desktop.store.database import Database
from tests import factories

TODAY = dt.date.today()
INCOMING = {"object": "Projet de convention avec l'AFD", "origin_structure": "DGCOOP",
            "received_date": TODAY - dt.timedelta(days=3), "classification": "1",
            "sensitive": True}


@pytest.fixture
def team(database: Database) -> dict[str, Actor]:
    return {
        "dc": factories.make_user(database, "dc", Role.DIRECTOR, first_name="Aminata"),
        "dca": factories.make_user(database, "dca", Role.DEPUTY_DIRECTOR, first_name="Paul"),
        "ct": factories.make_user(database, "ct", Role.ADVISER, first_name="Moussa",
                                  last_name="Kaboré"),
        "ct2": factories.make_user(database, "ct2", Role.ADVISER, first_name="Issa",
                                   last_name="Compaoré"),
        "sec": factories.make_user(database, "sec", Role.SECRETARIAT, first_name="Mariam"),
        "reader": factories.make_user(database, "lecteur", Role.READER),
    }


def _imputed(database: Database, team: dict[str, Actor]) -> Record:
    incoming = circuit.register(database, team["sec"], INCOMING).saved
    return circuit.impute(database, team["dc"], incoming.id, incoming.version,
                          team["ct"].person_id, TODAY + dt.timedelta(days=10),
                          "Vérifier l'incidence budgétaire.").saved


def _proposed(database: Database, team: dict[str, Actor]) -> Record:
    d = _imputed(database, team)
    return circuit.propose_avis(database, team["ct"], d.id, d.version, AvisKind.FAVORABLE,
                                "Avis favorable.").saved


def test_whole_circuit_records_who_when_and_why(database: Database,
                                                team: dict[str, Actor]) -> None:
    dc, dca, ct, sec = team["dc"], team["dca"], team["ct"], team["sec"]
    saved = circuit.register(database, sec, INCOMING,
                             files=[("courrier.pdf", b"%PDF-1.4 courrier")],
                             comment="Reçu par porteur")
    d = saved.saved
    assert d["state"] is DossierState.RECEIVED and d.reference.startswith("DOS-")
    assert d["classification"] is Classification.RESTRICTED and d["sensitive"] is True
    assert saved.changes.concerns("dossier") and saved.changes.concerns("attachment")
    (attachment,) = dossiers.attachments(database, dc, d.id)
    assert attachment["filename"] == "courrier.pdf"
    assert attachment["classification"] is Classification.RESTRICTED
    d = circuit.impute(database, dc, d.id, d.version, ct.person_id, format_day(10),
                       "Vérifier l'incidence budgétaire.").saved
    assert d["state"] is DossierState.UNDER_REVIEW and d["instructor_id"] == ct.person_id
    assert d["avis_due_date"] == TODAY + dt.timedelta(days=10)
    d = circuit.propose_avis(database, ct, d.id, d.version, "Favorable avec réserves",
                             "Sous réserve de l'avis de la DGB.").saved
    d = circuit.send_back(database, dca, d.id, d.version, "Chiffrer l'incidence.").saved
    assert d["state"] is DossierState.UNDER_REVIEW
    d = circuit.propose_avis(database, ct, d.id, d.version, AvisKind.FAVORABLE,
                             "Favorable : incidence chiffrée à 12 M FCFA.").saved
    d = circuit.validate_avis(database, dc, d.id, d.version, AvisKind.FAVORABLE,
                              "Favorable : incidence chiffrée à 12 M FCFA, à inscrire en LFR.",
                              "Texte précisé").saved
    assert d["state"] is DossierState.AVIS_VALIDATED
    assert d["avis_text"].endswith("à inscrire en LFR.")
    assert d["avis_author_id"] == ct.person_id  # the proposer wrote the avis
    d = circuit.transmit(database, sec, d.id, d.version, "Parapheur du 05/12").saved
    d = circuit.record_decision(database, sec, d.id, d.version, "Accord",
                                TODAY.strftime("%d/%m/%Y")).saved
    assert d["state"] is DossierState.SENT_TO_MINISTER
    assert d["minister_decision"] is MinisterDecision.AGREED
    assert d["minister_decision_date"] == TODAY
    d = circuit.close(database, sec, d.id, d.version).saved
    assert d["state"] is DossierState.CLOSED
    assert circuit.offered(dc, d) == []

    steps = circuit.history(database, dc, d.id)
    assert [(s["action"], s["user"]) for s in steps] == [
        (CircuitStep.REGISTER, "sec"), (CircuitStep.IMPUTE, "dc"), (CircuitStep.PROPOSE, "ct"),
        (CircuitStep.SEND_BACK, "dca"), (CircuitStep.PROPOSE, "ct"),
        (CircuitStep.VALIDATE, "dc"), (CircuitStep.TRANSMIT, "sec"),
        (CircuitStep.DECIDE, "sec"), (CircuitStep.CLOSE, "sec")]
    assert steps[0]["comment"] == "Reçu par porteur"
    assert steps[1]["comment"] == "Vérifier l'incidence budgétaire."
    assert steps[3]["comment"] == "Chiffrer l'incidence."
    assert all(s["at"] is not None for s in steps)
    versions = circuit.avis_versions(database, ct, d.id)
    assert [(v["number"], v["step"], v["kind"], v["user"]) for v in versions] == [
        (1, CircuitStep.PROPOSE, AvisKind.FAVORABLE_WITH_RESERVATIONS, "ct"),
        (2, CircuitStep.PROPOSE, AvisKind.FAVORABLE, "ct"),
        (3, CircuitStep.VALIDATE, AvisKind.FAVORABLE, "dc")]
    assert versions[0]["text"] == "Sous réserve de l'avis de la DGB."
    detail = listing.detail(database, ct, "dossier", d.id)
    assert [v["user_name"] for v in detail.related["avis_versions"]] == [
        "Moussa Kaboré", "Moussa Kaboré", "Aminata Ouédraogo"]
    assert detail.related["steps"][1]["action"] is CircuitStep.IMPUTE
    with database.reading() as session:
        changes = session.scalars(select(AuditEntry.changes).where(
            AuditEntry.action == AuditAction.WORKFLOW, AuditEntry.entity_id == d.id)
            .order_by(AuditEntry.id)).all()
    assert len(changes) == 8 and '"step":[null,"impute"]' in changes[0]


def format_day(days: int) -> str:
    return (TODAY + dt.timedelta(days=days)).strftime("%d/%m/%Y")


@pytest.mark.parametrize(("who", "allowed"), [("sec", True), ("dc", True), ("dca", True),
                                              ("ct", False), ("reader", False)])
def test_registering_is_for_the_secretariat_and_the_directors(
        database: Database, team: dict[str, Actor], who: str, allowed: bool) -> None:
    if allowed:
        saved = circuit.register(database, team[who], INCOMING).saved
        (step,) = circuit.history(database, team[who], saved.id)
        assert step["action"] is CircuitStep.REGISTER and step["user"] == who
    else:
        with pytest.raises(PermissionDenied, match="enregistrer un dossier entrant"):
            circuit.register(database, team[who], INCOMING)
        with database.reading() as session:
            assert session.scalar(select(AuditEntry.id).where(
                AuditEntry.entity == "dossier")) is None


def test_registering_checks_fields_and_clearance_all_or_nothing(
        database: Database, team: dict[str, Actor]) -> None:
    restricted = factories.make_user(database, "sec2", Role.SECRETARIAT,
                                     clearance=Classification.RESTRICTED)
    with pytest.raises(PermissionDenied, match="habilitation"):
        circuit.register(database, restricted, {**INCOMING, "classification": "2"})
    with pytest.raises(ValidationError) as caught:
        circuit.register(database, team["sec"], {**INCOMING, "object": ""})
    assert caught.value.field == "object"
    with pytest.raises(ValidationError, match="Nom du fichier"):
        circuit.register(database, team["sec"], INCOMING, files=[("  ", b"x")])
    with database.reading() as session:  # nothing half-saved: no dossier, no attachment
        assert session.scalar(select(AuditEntry.id).where(
            AuditEntry.action == AuditAction.CREATE)) is None


@pytest.mark.parametrize(("who", "allowed"), [("dc", True), ("dca", True), ("ct", False),
                                              ("sec", False), ("reader", False)])
def test_imputing_is_for_the_directors(database: Database, team: dict[str, Actor], who: str,
                                       allowed: bool) -> None:
    d = circuit.register(database, team["sec"], INCOMING).saved
    assert (CircuitStep.IMPUTE in circuit.offered(team[who], d)) is allowed

    def call() -> Saved:
        return circuit.impute(database, team[who], d.id, d.version, team["ct"].person_id,
                              format_day(5), "")

    if allowed:
        assert call().saved["state"] is DossierState.UNDER_REVIEW
    else:
        with pytest.raises(PermissionDenied, match="Imputation"):
            call()


def test_imputation_needs_a_conseiller_and_a_due_date_after_reception(
        database: Database, team: dict[str, Actor]) -> None:
    d = circuit.register(database, team["sec"], INCOMING).saved
    with pytest.raises(ValidationError) as caught:
        circuit.impute(database, team["dc"], d.id, d.version, None, format_day(5))
    assert caught.value.field == "instructor_id" and "Conseiller" in caught.value.message
    with pytest.raises(ValidationError) as caught:
        circuit.impute(database, team["dc"], d.id, d.version, team["ct"].person_id, None)
    assert caught.value.field == "avis_due_date"
    with pytest.raises(ValidationError) as caught:
        circuit.impute(database, team["dc"], d.id, d.version, team["ct"].person_id,
                       format_day(-30))
    assert caught.value.field == "avis_due_date"
    with pytest.raises(ValidationError) as caught:
        circuit.impute(database, team["dc"], d.id, d.version, team["ct"].person_id,
                       "31/02/2027")
    assert caught.value.field == "avis_due_date" and "31/02/2027" in caught.value.message
    assert records.get(database, team["dc"], "dossier", d.id)["state"] is DossierState.RECEIVED


def test_only_the_imputed_conseiller_proposes(database: Database,
                                             team: dict[str, Actor]) -> None:
    d = _imputed(database, team)
    assert CircuitStep.PROPOSE in circuit.offered(team["ct"], d)
    assert CircuitStep.PROPOSE not in circuit.offered(team["ct2"], d)
    assert CircuitStep.PROPOSE not in circuit.offered(team["sec"], d)
    with pytest.raises(PermissionDenied, match="n'est pas imputé à vous"):
        circuit.propose_avis(database, team["ct2"], d.id, d.version, "favorable", "Oui.")
    with pytest.raises(PermissionDenied):
        circuit.propose_avis(database, team["sec"], d.id, d.version, "favorable", "Oui.")
    with pytest.raises(ValidationError) as caught:
        circuit.propose_avis(database, team["ct"], d.id, d.version, None, "Oui.")
    assert caught.value.field == "avis_kind"
    with pytest.raises(ValidationError) as caught:
        circuit.propose_avis(database, team["ct"], d.id, d.version, "favorable", "  ")
    assert caught.value.field == "avis_text"
    by_dca = circuit.propose_avis(database, team["dca"], d.id, d.version, "sans objet",
                                  "Sans objet : compétence du MEF.").saved
    assert by_dca["avis_kind"] is AvisKind.NOT_APPLICABLE


def test_send_back_and_filing_need_their_comment(database: Database,
                                                 team: dict[str, Actor]) -> None:
    d = _proposed(database, team)
    for call in (circuit.send_back, circuit.file_without_action):
        with pytest.raises(ValidationError) as caught:
            call(database, team["dc"], d.id, d.version, "   ")
        assert caught.value.field == "comment"
    for who in ("ct", "sec", "reader"):
        with pytest.raises(PermissionDenied):
            circuit.send_back(database, team[who], d.id, d.version, "À reprendre")
        with pytest.raises(PermissionDenied):
            circuit.file_without_action(database, team[who], d.id, d.version, "Doublon")
    filed = circuit.file_without_action(database, team["dca"], d.id, d.version,
                                        "Doublon du DOS-2026-0007").saved
    assert filed["state"] is DossierState.FILED_WITHOUT_ACTION
    assert circuit.history(database, team["dc"], d.id)[-1]["comment"] == (
        "Doublon du DOS-2026-0007")
    assert circuit.offered(team["dc"], filed) == []
    with pytest.raises(WorkflowError, match="Classement sans suite"):
        circuit.file_without_action(database, team["dc"], d.id, filed.version, "encore")


def test_validation_by_the_directors_keeps_unchanged_avis_as_one_version(
        database: Database, team: dict[str, Actor]) -> None:
    d = _proposed(database, team)
    for who in ("ct", "sec", "reader"):
        assert CircuitStep.VALIDATE not in circuit.offered(team[who], d)
        with pytest.raises(PermissionDenied):
            circuit.validate_avis(database, team[who], d.id, d.version)
    assert {CircuitStep.VALIDATE, CircuitStep.SEND_BACK, CircuitStep.FILE} <= set(
        circuit.offered(team["dca"], d))
    d = circuit.validate_avis(database, team["dca"], d.id, d.version, AvisKind.FAVORABLE,
                              "Avis favorable.").saved
    assert [v["number"] for v in circuit.avis_versions(database, team["dc"], d.id)] == [1]


def test_transmission_decision_and_closing(database: Database,
                                           team: dict[str, Actor]) -> None:
    d = _proposed(database, team)
    with pytest.raises(WorkflowError, match="Transmission au Ministre"):
        circuit.transmit(database, team["sec"], d.id, d.version)
    d = circuit.validate_avis(database, team["dc"], d.id, d.version).saved
    for who in ("ct", "reader"):
        assert CircuitStep.TRANSMIT not in circuit.offered(team[who], d)
        with pytest.raises(PermissionDenied):
            circuit.transmit(database, team[who], d.id, d.version)
    d = circuit.transmit(database, team["sec"], d.id, d.version).saved
    assert circuit.offered(team["sec"], d) == [CircuitStep.DECIDE]  # no closing before
    with pytest.raises(ValidationError) as caught:
        circuit.close(database, team["sec"], d.id, d.version)
    assert caught.value.field == "minister_decision"
    with pytest.raises(ValidationError) as caught:
        circuit.record_decision(database, team["sec"], d.id, d.version, None, TODAY)
    assert caught.value.field == "minister_decision"
    with pytest.raises(ValidationError) as caught:
        circuit.record_decision(database, team["sec"], d.id, d.version, "refused",
                                TODAY + dt.timedelta(days=1))
    assert caught.value.field == "minister_decision_date" and "futur" in caught.value.message
    with pytest.raises(ValidationError) as caught:
        circuit.record_decision(database, team["sec"], d.id, d.version, "refused", None)
    assert caught.value.field == "minister_decision_date"
    with pytest.raises(PermissionDenied):
        circuit.record_decision(database, team["ct"], d.id, d.version, "refused", TODAY)
    d = circuit.record_decision(database, team["dca"], d.id, d.version, "refused", TODAY,
                                "Refus motivé par la note du SG").saved
    assert set(circuit.offered(team["sec"], d)) == {CircuitStep.DECIDE, CircuitStep.CLOSE}
    with pytest.raises(PermissionDenied):
        circuit.close(database, team["ct"], d.id, d.version)
    assert circuit.close(database, team["dc"], d.id, d.version).saved["state"] is (
        DossierState.CLOSED)


def test_a_stale_version_is_a_conflict_and_writes_nothing(database: Database,
                                                          team: dict[str, Actor]) -> None:
    d = circuit.register(database, team["sec"], INCOMING).saved
    circuit.impute(database, team["dc"], d.id, d.version, team["ct"].person_id, format_day(4))
    with pytest.raises(ConflictError):
        circuit.file_without_action(database, team["dca"], d.id, d.version, "Doublon")
    assert len(circuit.history(database, team["dc"], d.id)) == 2


def test_a_dossier_above_the_clearance_is_refused_as_missing_and_journaled(
        database: Database, team: dict[str, Actor]) -> None:
    d = circuit.register(database, team["sec"], {**INCOMING, "classification": "3"}).saved
    low = factories.make_user(database, "dca-dr", Role.DEPUTY_DIRECTOR,
                              clearance=Classification.RESTRICTED)
    with pytest.raises(NotFoundError, match="introuvable"):
        circuit.impute(database, low, d.id, d.version, team["ct"].person_id, format_day(4))
    with database.reading() as session:
        denied = session.execute(select(AuditEntry.entity, AuditEntry.entity_id).where(
            AuditEntry.action == AuditAction.ACCESS_DENIED)).tuples().all()
    assert denied == [("dossier", d.id)]


def test_offered_follows_role_and_state_without_a_database() -> None:
    ct = Actor(1, "ct", "CT", Role.ADVISER, Classification.SECRET, person_id=7)
    sec = Actor(2, "sec", "Sec", Role.SECRETARIAT, Classification.SECRET, person_id=8)
    reader = Actor(3, "lecteur", "Lecteur", Role.READER, Classification.SECRET)

    def dossier(state: DossierState, **values: object) -> Record:
        return freeze("dossier", {"id": 1, "version": 1, "state": state, **values})

    assert circuit.offered(ct, dossier(DossierState.UNDER_REVIEW, instructor_id=7)) == [
        CircuitStep.PROPOSE]
    assert circuit.offered(ct, dossier(DossierState.UNDER_REVIEW, instructor_id=9)) == []
    assert circuit.offered(sec, dossier(DossierState.AVIS_VALIDATED)) == [CircuitStep.TRANSMIT]
    assert circuit.offered(sec, dossier(DossierState.RECEIVED)) == []
    assert circuit.offered(reader, dossier(DossierState.AVIS_PROPOSED)) == []
    assert circuit.offered(sec, dossier(DossierState.AVIS_VALIDATED, archived=True)) == []
    assert circuit.may_register(sec) and not circuit.may_register(ct)


def test_steps_recorded_without_their_name_are_named_by_their_states() -> None:
    """The demo data and steps recorded before migration 0009 carry no ``action``."""
    assert step_between(None, DossierState.RECEIVED) is CircuitStep.REGISTER
    assert step_between(DossierState.RECEIVED, DossierState.UNDER_REVIEW) is CircuitStep.IMPUTE
    assert step_between(DossierState.AVIS_PROPOSED, DossierState.UNDER_REVIEW) is (
        CircuitStep.SEND_BACK)
    assert step_between(DossierState.SENT_TO_MINISTER, DossierState.CLOSED) is (
        CircuitStep.CLOSE)
    assert step_between(DossierState.CLOSED, DossierState.RECEIVED) is None


def test_a_dossier_is_imputed_to_those_who_may_give_its_avis(
        database: Database, team: dict[str, Actor]) -> None:
    """The « Imputer » picker offers the conseillers first, then the DCA and the DC; neither
    the secretariat, the reader, a person without an account nor a deactivated account."""
    records.create(database, team["dc"], "person", {"first_name": "Awa", "last_name": "Zerbo",
                                                    "function": "Chargée d'études"})
    offered = circuit.instructors(database, team["dc"])
    assert [person_id for person_id, _label in offered] == [
        team["ct2"].person_id, team["ct"].person_id, team["dca"].person_id,
        team["dc"].person_id]
    assert offered[0][1] == "Issa Compaoré — Conseiller technique"
    with database.writing() as session:
        session.execute(update(User).where(User.id == team["ct2"].user_id)
                        .values(active=False))
    first, _label = circuit.instructors(database, team["dc"])[0]
    assert first == team["ct"].person_id
