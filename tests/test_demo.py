"""Demonstration data: coverage of every case, references, determinism, refusal, cancellation."""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
import re
from collections import Counter, defaultdict
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
        assert rework_by == {"dc", "dca"}
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


# --------------------------------------------------------------------------- reads like a cabinet


def _template_pattern(template: str) -> re.Pattern[str]:
    """The objects ``template`` gives (« de la {subject} » may read « de l'Inspection »)."""
    pattern = "".join(".+" if part.startswith("{") else re.escape(part)
                      for part in re.split(r"(\{\w+\})", template))
    return re.compile(pattern.replace("la\\ .+", "(?:la |l').+") + "$")


def test_objects_and_titles_are_distinct(filled: Database) -> None:
    with filled.reading() as session:
        dossiers = list(session.execute(select(e.Dossier.object, e.Dossier.state)))
        titles = list(session.scalars(select(e.Mission.title)))
    assert max(Counter(o for o, _ in dossiers).values()) <= 2
    for state in DossierState:  # no list filtered on a step shows the same object twice
        in_state = Counter(o for o, s in dossiers if s is state)
        assert not in_state or max(in_state.values()) <= 1, state
    assert max(Counter(titles).values()) <= 2
    assert not [t for t in titles + [o for o, _ in dossiers] if re.search(r"\bla [AEIOUÉ]", t)]
    assert len(set(titles)) >= 0.95 * len(titles)


@pytest.mark.parametrize("today", [TODAY, dt.date(2026, 12, 6)])  # a Wednesday, a Sunday
def test_every_step_is_on_a_working_day_in_office_hours(database: Database,
                                                        today: dt.date) -> None:
    demo.generate(database, "small", today=today)
    with database.reading() as session:
        moments = list(session.scalars(select(e.DossierStep.at)))
        moments += [m for m in session.scalars(select(e.Measurement.validated_at)) if m]
        moments += list(session.scalars(select(e.Dossier.created_at)))
        received = list(session.scalars(select(e.Dossier.received_date)))
        met = list(session.scalars(select(e.Interaction.date)))
    assert moments and received
    for at in moments:
        assert at.weekday() < 5 and 8 <= at.hour < 18, at
        assert at.date() <= today
    assert all(day.weekday() < 5 for day in received + met)


def test_imputations_and_validations_are_by_the_dc_or_the_dca(filled: Database) -> None:
    leaders = (DossierState.UNDER_REVIEW, DossierState.AVIS_VALIDATED,
               DossierState.FILED_WITHOUT_ACTION)
    with filled.reading() as session:
        by_state: dict[DossierState, set[str]] = defaultdict(set)
        for state, login in session.execute(
                select(e.DossierStep.to_state, e.User.login)
                .join(e.User, e.User.id == e.DossierStep.user_id)):
            by_state[state].add(login)
        imputations = list(session.scalars(select(e.DossierStep.comment).where(
            e.DossierStep.from_state == DossierState.RECEIVED,
            e.DossierStep.to_state == DossierState.UNDER_REVIEW)))
    for state in leaders:
        assert by_state[state] == {"dc", "dca"}, state
    assert by_state[DossierState.RECEIVED] == {"secretariat"}
    assert imputations and all(c.startswith("Imputé à ") and " pour avis avant le " in c
                               for c in imputations)


def test_senders_fit_the_subject(filled: Database) -> None:
    from cabinet_desktop.demo import catalogue

    subjects = [(_template_pattern(t), senders) for t, senders in catalogue.DOSSIER_SUBJECTS]
    with filled.reading() as session:
        dossiers = list(session.execute(select(e.Dossier.object, e.Dossier.origin_structure)))
    for obj, sender in dossiers:
        fitting = [senders for pattern, senders in subjects if pattern.match(obj)]
        assert fitting, obj
        assert any(sender in senders for senders in fitting), (obj, sender)
        if "JICA" in obj or "protocole d'accord" in obj:
            assert "ressources humaines" not in sender


def test_partners_are_in_the_country_of_their_office(filled: Database) -> None:
    with filled.reading() as session:
        partners = {p.acronym or p.name: p for p in session.scalars(select(e.Partner))}
        session.expunge_all()
    assert partners["UE"].country == "Burkina Faso"
    assert partners["AFD"].country == "Burkina Faso"
    assert "siège : France" in partners["AFD"].notes
    for partner in partners.values():
        if partner.address.startswith("Ouagadougou"):
            assert partner.country == "Burkina Faso", partner.name
        else:
            assert partner.country != "Burkina Faso" and partner.country in partner.address


def test_missions_are_linked_to_the_partners_their_titles_name(filled: Database) -> None:
    from cabinet_desktop.demo import catalogue

    with filled.reading() as session:
        acronyms = {i: a for i, a in session.execute(select(e.Partner.id, e.Partner.acronym))}
        links: dict[int, set[str]] = defaultdict(set)
        for mission_id, partner_id in session.execute(
                select(e.mission_partners.c.mission_id, e.mission_partners.c.partner_id)):
            links[mission_id].add(acronyms[partner_id])
        missions = list(session.execute(select(e.Mission.id, e.Mission.title)))
    named = 0
    for mission_id, title in missions:
        for phrase, acronym in catalogue.PARTNER_PHRASES:
            if re.search(rf"(?:avec|de) {re.escape(phrase)}$", title):
                named += 1
                assert acronym in links[mission_id], title
    assert named


def test_each_demo_account_has_work_at_each_of_its_steps(filled: Database) -> None:
    """Counted in SQL as each account sees it (its clearance): something « à traiter »."""
    today = TODAY
    with filled.reading() as session:
        users = {u.login: u for u in session.scalars(select(e.User))}

        def dossiers(state: DossierState, login: str, instructor: int | None = None) -> int:
            query = select(func.count()).select_from(e.Dossier).where(
                e.Dossier.state == state,
                e.Dossier.classification <= int(users[login].clearance))
            if instructor is not None:
                query = query.where(e.Dossier.instructor_id == instructor)
            return int(session.scalar(query) or 0)

        advisers = list(session.scalars(select(e.Person.id).where(
            e.Person.function.startswith("Conseill"))))
        ct = users["ct"].person_id
        assert ct in advisers
        for adviser in advisers:  # each conseiller has dossiers awaiting his avis
            assert dossiers(DossierState.UNDER_REVIEW, "dc", adviser) >= 2
        assert dossiers(DossierState.UNDER_REVIEW, "ct", ct) >= 2
        ct_missions = int(session.scalar(select(func.count()).select_from(e.Mission).where(
            e.Mission.assignee_id == ct,
            e.Mission.status.not_in([MissionStatus.DONE, MissionStatus.CANCELLED]),
            e.Mission.due_date <= today + dt.timedelta(days=7))) or 0)
        assert ct_missions >= 2
        for leader in ("dc", "dca"):
            assert dossiers(DossierState.RECEIVED, leader) >= 3  # to impute
            assert dossiers(DossierState.AVIS_PROPOSED, leader) >= 3  # avis to validate
        assert dossiers(DossierState.AVIS_VALIDATED, "secretariat") >= 3  # to transmit
        provisional = session.scalar(select(func.count()).select_from(e.Measurement)
                                     .where(e.Measurement.validated.is_(False)))
        assert provisional  # measurements for the DC or DCA to validate
        waiting = 0  # indicators whose last ended period has no figure yet: to enter
        from cabinet_desktop.demo.builder import periods_between
        measured = {(i, p) for i, p in session.execute(
            select(e.Measurement.indicator_id, e.Measurement.period))}
        for indicator in session.scalars(select(e.Indicator)):
            periods = periods_between(indicator.periodicity, today.year - 1, today)
            waiting += bool(periods) and (indicator.id, periods[-1][0]) not in measured
        assert waiting >= 2
