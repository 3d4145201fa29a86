"""Demonstration data: coverage of every case, references, determinism, refusal, cancellation."""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
from collections import defaultdict
from pathlib import Path

import pytest
from sqlalchemy import func, select

from cabinet_desktop import demo
from cabinet_desktop.cli import main
from cabinet_desktop.domain import entities as e
from cabinet_desktop.domain.enums import (
    AuditAction,
    Classification,
    ConsultationMethod,
    ConsultationPublic,
    Direction,
    DossierState,
    IndicatorLevel,
    IndicatorStatus,
    MissionOrigin,
    MissionStatus,
    PartnerCategory,
    Periodicity,
    Role,
)
from cabinet_desktop.domain.errors import ValidationError
from cabinet_desktop.domain.references import FORMATS
from cabinet_desktop.domain.rules import (
    find_transition,
    indicator_status,
    is_overdue,
    parse_period,
)
from cabinet_desktop.services import audit, records
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.settings import is_demo
from cabinet_desktop.services.tasks import Cancelled, TaskState
from cabinet_desktop.store.database import Database, open_database

TODAY = dt.date(2026, 3, 18)
_PERIOD_KIND = {Periodicity.MONTHLY: "M", Periodicity.QUARTERLY: "T",
                Periodicity.HALF_YEARLY: "S", Periodicity.YEARLY: "A"}


def _count(database: Database, model: type[e.Base]) -> int:
    with database.reading() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


@pytest.fixture
def filled(database: Database) -> Database:
    demo.generate(database, "small", today=TODAY)
    return database


def test_summary_counts_what_was_written(database: Database) -> None:
    summary = demo.generate(database, "small", today=TODAY)
    counts = dict(summary.counts)
    assert summary.size == "small"
    assert all(count > 0 for count in counts.values()), counts
    assert counts["Dossiers"] == _count(database, e.Dossier) == 300
    assert counts["Missions"] == _count(database, e.Mission) == 120
    assert counts["Partenaires"] == _count(database, e.Partner) == 60
    assert counts["Indicateurs"] == _count(database, e.Indicator) == 40
    assert counts["Personnes"] == 8 <= _count(database, e.Person)  # demo accounts may add some
    assert counts["Mesures"] == _count(database, e.Measurement) >= 500
    assert counts["Consultations"] == _count(database, e.Consultation) == 12
    assert counts["Étapes de circuit"] == _count(database, e.DossierStep)
    assert _count(database, e.Attachment) > 0
    assert is_demo(database)


def test_every_enumerated_case_is_present(filled: Database) -> None:
    with filled.reading() as session:
        states = set(session.scalars(select(e.Dossier.state).distinct()))
        levels = set(session.scalars(select(e.Dossier.classification).distinct()))
        categories = set(session.scalars(select(e.Partner.category).distinct()))
        indicator_levels = set(session.scalars(select(e.Indicator.level).distinct()))
        directions = set(session.scalars(select(e.Indicator.direction).distinct()))
        origins = set(session.scalars(select(e.Mission.origin).distinct()))
        statuses = set(session.scalars(select(e.Mission.status).distinct()))
        codes = set(session.scalars(select(e.Attribution.code).join(
            e.Mission, e.Mission.attribution_id == e.Attribution.id)))
        publics = set(session.scalars(select(e.Consultation.public).distinct()))
        methods = set(session.scalars(select(e.Consultation.method).distinct()))
        functions = list(session.scalars(select(e.Person.function)))
    assert states == set(DossierState)
    assert levels == set(Classification)
    assert categories == set(PartnerCategory)
    assert indicator_levels == set(IndicatorLevel)
    assert directions == set(Direction)
    assert origins == set(MissionOrigin)
    assert statuses == set(MissionStatus)
    assert codes == {f"A{i:02d}" for i in range(1, 14)}
    assert publics == set(ConsultationPublic)
    assert methods == set(ConsultationMethod)
    assert functions.count("Directeur de cabinet") == 1
    assert sum(f.startswith("Conseill") for f in functions) >= 3


def test_missions_are_coherent_and_some_are_late_or_due_soon(filled: Database) -> None:
    with filled.reading() as session:
        missions = list(session.scalars(select(e.Mission)))
        overdue = [m for m in missions if is_overdue(m.status, m.due_date, TODAY)]
        due_soon = [m for m in missions if not m.status.is_closed and m.due_date is not None
                    and TODAY <= m.due_date <= TODAY + dt.timedelta(days=7)]
        done = [m for m in missions if m.status is MissionStatus.DONE]
        assert overdue and due_soon
        assert any(m.completed_date <= m.due_date for m in done if m.completed_date and m.due_date)
        assert any(m.completed_date > m.due_date for m in done if m.completed_date and m.due_date)
        for m in missions:
            assert m.start_date is not None and m.due_date is not None
            assert m.start_date <= m.due_date
            if m.status is MissionStatus.DONE:
                assert m.progress == 100 and m.completed_date is not None
                assert m.start_date <= m.completed_date <= TODAY
            else:
                assert m.completed_date is None and m.progress < 100
            if m.status is MissionStatus.TODO:
                assert m.progress == 0
            if m.origin is MissionOrigin.MINISTER_INSTRUCTION:
                assert m.instruction_date is not None and m.instruction_authority
            else:
                assert m.instruction_date is None and m.instruction_authority == ""


def test_dossier_history_follows_the_workflow(filled: Database) -> None:
    with filled.reading() as session:
        dossiers = {d.id: d for d in session.scalars(select(e.Dossier))}
        steps: dict[int, list[e.DossierStep]] = defaultdict(list)
        for step in session.scalars(select(e.DossierStep).order_by(e.DossierStep.id)):
            steps[step.dossier_id].append(step)
        attachments = list(session.execute(select(e.Attachment.content, e.Attachment.sha256,
                                                  e.Attachment.size)))
        reworked = 0
        for dossier_id, dossier in dossiers.items():
            history = steps[dossier_id]
            assert history[0].from_state is None
            assert history[0].to_state is DossierState.RECEIVED
            assert history[-1].to_state is dossier.state
            for before, after in itertools.pairwise(history):
                assert after.from_state is before.to_state
                assert after.at >= before.at
                transition = find_transition(after.from_state, after.to_state)
                assert transition is not None, (dossier.reference, after.from_state, after.to_state)
                if transition.comment_required:
                    assert after.comment.strip()
                if (after.from_state is DossierState.AVIS_PROPOSED
                        and after.to_state is DossierState.UNDER_REVIEW):
                    reworked += 1
            proposed = any(s.to_state is DossierState.AVIS_PROPOSED for s in history)
            if proposed:
                assert dossier.avis_kind is not None and dossier.avis_text
                assert dossier.avis_author_id is not None and dossier.avis_date is not None
            else:
                assert dossier.avis_kind is None and dossier.avis_date is None
            assert dossier.avis_due_date is not None
            assert dossier.avis_due_date >= dossier.received_date
        assert reworked > 0
        assert any(d.sensitive for d in dossiers.values())
        assert attachments
        for content, digest, size in attachments:
            assert hashlib.sha256(content).hexdigest() == digest and len(content) == size


def test_partners_and_indicators_have_their_details(filled: Database) -> None:
    with filled.reading() as session:
        agreements = list(session.scalars(select(e.Agreement)))
        recent = session.scalar(select(func.count()).select_from(e.Interaction).where(
            e.Interaction.date >= TODAY - dt.timedelta(days=14)))
        contacts = _count(filled, e.Contact)
        indicators = {i.id: i for i in session.scalars(select(e.Indicator))}
        measurements = list(session.scalars(select(e.Measurement)))
        targets = list(session.scalars(select(e.IndicatorTarget)))
        assert contacts > 0 and recent
        currencies = {a.currency.value for a in agreements}
        assert {"XOF", "EUR", "USD"} <= currencies
        assert all(str(a.exchange_rate) == "655.957000" or float(a.exchange_rate) == 655.957
                   for a in agreements if a.currency.value == "EUR")
        assert any(a.end_date and TODAY <= a.end_date <= TODAY + dt.timedelta(days=90)
                   for a in agreements)
        assert all(a.amount_disbursed <= a.amount_committed for a in agreements)
        assert {i.indicator_id for i in targets} == set(indicators)
        assert len({t.year for t in targets}) >= 3
        assert any(not m.validated for m in measurements) and any(m.validated for m in measurements)
        latest: dict[int, e.Measurement] = {}
        for m in sorted(measurements, key=lambda m: parse_period(m.period)):
            if m.validated:
                latest[m.indicator_id] = m
        goal = {(t.indicator_id, t.year): t.value for t in targets}
        statuses = {indicator_status(m.value, indicators[i].baseline_value,
                                     goal[i, parse_period(m.period)[0]],
                                     indicators[i].direction)
                    for i, m in latest.items()}
        assert {IndicatorStatus.GREEN, IndicatorStatus.AMBER, IndicatorStatus.RED} <= statuses
        for m in measurements:
            year, kind, _ = parse_period(m.period)
            assert kind == _PERIOD_KIND[indicators[m.indicator_id].periodicity]
            assert year <= TODAY.year


def test_references_are_well_formed_and_later_saves_continue(filled: Database,
                                                              system: Actor) -> None:
    with filled.reading() as session:
        dossiers = list(session.execute(select(e.Dossier.reference, e.Dossier.received_date)))
        missions = list(session.execute(select(e.Mission.reference, e.Mission.start_date)))
        partners = list(session.scalars(select(e.Partner.reference)))
        attribution = session.scalar(select(e.Attribution.id).where(e.Attribution.code == "A13"))
    for kind, rows in (("dossier", dossiers), ("mission", missions)):
        assert len({ref for ref, _ in rows}) == len(rows)
        for reference, day in rows:
            year, _ = FORMATS[kind].parse(reference)
            assert year == day.year
    assert sorted(partners) == [FORMATS["partner"].format(n) for n in range(1, 61)]
    day = max(d for _, d in dossiers)
    last = max(FORMATS["dossier"].parse(r)[1] for r, d in dossiers if d.year == day.year)
    saved = records.create(filled, system, "dossier", {
        "object": "Nouveau dossier après la démonstration", "received_date": day})
    assert saved.record.values["reference"] == FORMATS["dossier"].format(last + 1, day.year)
    start = max(d for _, d in missions)
    last = max(FORMATS["mission"].parse(r)[1] for r, d in missions if d.year == start.year)
    saved = records.create(filled, system, "mission", {
        "title": "Nouvelle mission", "attribution_id": attribution,
        "origin": MissionOrigin.OTHER, "start_date": start, "due_date": start})
    assert saved.record.values["reference"] == FORMATS["mission"].format(last + 1, start.year)
    saved = records.create(filled, system, "partner", {
        "name": "Nouveau partenaire", "category": PartnerCategory.OTHER})
    assert saved.record.values["reference"] == "PAR-0061"


def test_same_seed_gives_the_same_data(database: Database, tmp_path: Path) -> None:
    other = open_database(str(tmp_path / "other.sqlite3"))
    try:
        for target in (database, other):
            demo.generate(target, "small", today=TODAY, seed=7)

        def snapshot(db: Database) -> list[list[tuple[str, str]]]:
            pairs = ((e.Dossier.reference, e.Dossier.object),
                     (e.Mission.reference, e.Mission.title),
                     (e.Partner.reference, e.Partner.name))
            with db.reading() as session:
                return [[(r[0], r[1]) for r in session.execute(select(ref, text).order_by(ref))]
                        for ref, text in pairs]

        assert snapshot(database) == snapshot(other)
    finally:
        other.close()


def test_a_second_run_is_refused(filled: Database) -> None:
    before = _count(filled, e.Dossier)
    with pytest.raises(ValidationError, match="contient déjà des données"):
        demo.generate(filled, "small", today=TODAY)
    assert _count(filled, e.Dossier) == before


def test_unknown_size_is_refused(database: Database) -> None:
    with pytest.raises(ValidationError, match="Taille de démonstration inconnue « huge »"):
        demo.generate(database, "huge")
    assert _count(database, e.Person) == 0


def test_one_audit_entry_and_the_chain_verifies(filled: Database) -> None:
    with filled.reading() as session:
        entries = list(session.execute(select(e.AuditEntry.action, e.AuditEntry.entity,
                                              e.AuditEntry.changes)))
    # One entry for the data, then one per demo account (services.accounts).
    demo_entries = [entry for entry in entries if entry[1] == "demo"]
    assert len(demo_entries) == 1 and {entry[1] for entry in entries} == {"demo", "user"}
    action, entity, text = demo_entries[0]
    assert action is AuditAction.SYSTEM and entity == "demo"
    changes = json.loads(text)
    assert changes["size"] == "small" and changes["counts"]["Dossiers"] == 300
    report = audit.verify(filled)
    assert report.ok and report.checked == len(entries)


def test_cancelling_leaves_the_database_empty(database: Database) -> None:
    seen: list[str] = []

    def on_progress(step: str, done: int, total: int) -> None:
        seen.append(step)
        if step == "Dossiers" and done > 0:
            state.cancel()

    state = TaskState(on_progress)
    with pytest.raises(Cancelled):
        demo.generate(database, "small", state=state, today=TODAY)
    assert "Personnes" in seen and "Dossiers" in seen
    for model in (e.Person, e.Partner, e.Indicator, e.Mission, e.Dossier, e.DossierStep,
                  e.ReferenceCounter, e.AuditEntry):
        assert _count(database, model) == 0, model
    assert not is_demo(database)
    assert audit.verify(database).ok


def test_cli_demo_prints_counts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(tmp_path / "cli.sqlite3")
    assert main(["--database", path, "demo"]) == 0
    out = capsys.readouterr().out
    assert "Données de démonstration (small)" in out
    assert "Dossiers" in out and "300" in out
    assert main(["--database", path, "demo"]) == ValidationError.exit_code
    assert "contient déjà des données" in capsys.readouterr().err


def test_cli_rejects_an_unknown_size(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(tmp_path / "cli.sqlite3")
    assert main(["--database", path, "demo", "--size", "huge"]) == 2
    err = capsys.readouterr().err
    assert "choix invalide" in err and "huge" in err


def test_history_and_validations_are_signed_by_demo_accounts(filled: Database) -> None:
    with filled.reading() as session:
        unsigned = session.scalar(select(func.count()).select_from(e.DossierStep)
                                  .where(e.DossierStep.user_id.is_(None)))
        assert unsigned == 0
        rework_by = set(session.scalars(
            select(e.User.login).join(e.DossierStep, e.DossierStep.user_id == e.User.id)
            .where(e.DossierStep.from_state == DossierState.AVIS_PROPOSED,
                   e.DossierStep.to_state == DossierState.UNDER_REVIEW)))
        assert rework_by == {"dc"}
        proposals_by = set(session.scalars(
            select(e.User.role).join(e.DossierStep, e.DossierStep.user_id == e.User.id)
            .where(e.DossierStep.to_state == DossierState.AVIS_PROPOSED)))
        assert proposals_by == {Role.ADVISER}
        unvalidated_signature = session.scalar(
            select(func.count()).select_from(e.Measurement)
            .where(e.Measurement.validated.is_(True), e.Measurement.validated_by_id.is_(None)))
        assert unvalidated_signature == 0


def test_search_index_is_complete_after_the_load_and_still_kept_current(
        filled: Database) -> None:
    """The load takes the search triggers down for speed: the index must be whole afterwards
    and the triggers back, so the next save is searchable at once."""
    from cabinet_desktop.services import search
    from cabinet_desktop.services.actor import system_actor

    actor = system_actor("tests")
    with filled.reading() as session:
        reference = session.scalar(select(e.Dossier.reference).order_by(e.Dossier.id.desc())
                                   .limit(1))
        partner = session.scalar(select(e.Partner.acronym).where(e.Partner.acronym != "")
                                 .limit(1))
    assert reference and partner
    found = search.search(filled, actor, reference)
    assert found.results and found.results[0].reference == reference
    assert any(r.kind == "partner" for r in search.search(filled, actor, partner).results)
    saved = records.create(filled, actor, "partner", {
        "name": "Fondation Zéphyrine pour l'éducation", "category": "ONG"}).record
    hits = search.search(filled, actor, "zephyrine").results
    assert [r.id for r in hits if r.kind == "partner"] == [saved.id]
