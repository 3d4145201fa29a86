"""The Monday-morning dashboard on both backends: exact items, order, counts, rate, clearance."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select, update

from cabinet_desktop.domain.entities import Attribution, Dossier
from cabinet_desktop.domain.enums import (
    Classification,
    DossierState,
    IndicatorStatus,
    Role,
)
from cabinet_desktop.domain.rules import achieved_on_time, parse_period
from cabinet_desktop.services import records
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.dashboard import Dashboard, dashboard
from cabinet_desktop.services.rows import Record
from cabinet_desktop.services.settings import save_settings
from cabinet_desktop.store.database import Database

TODAY = dt.date(2026, 11, 30)  # a Monday
D = dt.date


def _create(database: Database, actor: Actor, kind_name: str, **values: Any) -> Record:
    return records.create(database, actor, kind_name, values).record


class World:
    """A small cabinet with a known state on ``TODAY``."""

    def __init__(self, database: Database, actor: Actor) -> None:
        self.database, self.actor = database, actor
        with database.reading() as session:
            self.attribution = int(session.scalar(
                select(Attribution.id).where(Attribution.code == "A13")) or 0)
        self.awa = _create(database, actor, "person", first_name="Awa", last_name="Ouédraogo")

    def mission(self, title: str, due: dt.date | None, status: str = "in_progress",
                origin: str = "cabinet_initiative", **values: Any) -> Record:
        return _create(self.database, self.actor, "mission", title=title,
                       attribution_id=self.attribution, origin=origin, status=status,
                       start_date=D(2026, 1, 1), due_date=due, **values)

    def dossier(self, object_: str, received: dt.date, state: DossierState,
                classification: Classification = Classification.UNCLASSIFIED,
                avis_date: dt.date | None = None) -> Record:
        record = _create(self.database, self.actor, "dossier", object=object_,
                         received_date=received, classification=classification,
                         instructor_id=self.awa.id)
        with self.database.writing() as session:  # workflow state set directly
            session.execute(update(Dossier).where(Dossier.id == record.id)
                            .values(state=state, avis_date=avis_date))
        return record

    def indicator(self, name: str, level: str, baseline: float, targets: dict[int, float],
                  measurements: dict[str, float], direction: str = "increase") -> Record:
        kinds = {parse_period(period)[1] for period in measurements} or {"A"}
        periodicity = {"A": "yearly", "S": "half_yearly", "T": "quarterly",
                       "M": "monthly"}[kinds.pop()]  # the periods it is measured by
        record = _create(self.database, self.actor, "indicator", name=name, level=level,
                         baseline_value=baseline, direction=direction, unit="%",
                         periodicity=periodicity)
        for year, value in targets.items():
            _create(self.database, self.actor, "indicator_target", indicator_id=record.id,
                    year=year, value=value)
        for period, value in measurements.items():
            _create(self.database, self.actor, "measurement", indicator_id=record.id,
                    period=period, value=value)
        return record


def _refs(section: Any) -> list[str]:
    return [item.reference for item in section.items]


def _reader(clearance: Classification) -> Actor:
    return Actor(user_id=None, login="lecteur", display_name="Lecteur", role=Role.READER,
                 clearance=clearance)


def _board(database: Database, actor: Actor, **kwargs: Any) -> Dashboard:
    return dashboard(database, actor, today=TODAY, **kwargs)


def test_missions_overdue_and_due_soon(database: Database, system: Actor) -> None:
    w = World(database, system)
    late_10 = w.mission("Rapport annuel", D(2026, 11, 20), assignee_id=w.awa.id)
    late_2 = w.mission("Note de conjoncture", D(2026, 11, 28), status="todo")
    today = w.mission("Réunion de coordination", TODAY)
    soon = w.mission("Atelier de validation", D(2026, 12, 7))
    w.mission("Plus tard", D(2026, 12, 8))
    w.mission("Achevée en retard", D(2026, 11, 1), status="done",
              completed_date=D(2026, 11, 5))
    w.mission("Annulée", D(2026, 11, 1), status="cancelled")
    archived = w.mission("Archivée", D(2026, 11, 10))
    records.set_archived(database, system, "mission", archived.id, archived.version)
    w.mission("Sans échéance", None)

    board = _board(database, system)
    assert board.overdue_missions is not None and board.missions_due_soon is not None
    assert _refs(board.overdue_missions) == [late_10.reference, late_2.reference]
    assert board.overdue_missions.total == 2
    first = board.overdue_missions.items[0]
    assert (first.kind, first.id, first.title, first.assignee, first.due, first.days_late) == (
        "mission", late_10.id, "Rapport annuel", "Awa Ouédraogo", D(2026, 11, 20), 10)
    assert board.overdue_missions.items[1].assignee == ""
    assert _refs(board.missions_due_soon) == [today.reference, soon.reference]
    assert [i.days_late for i in board.missions_due_soon.items] == [0, -7]


def test_limit_keeps_the_full_count(database: Database, system: Actor) -> None:
    w = World(database, system)
    made = [w.mission(f"Retard {i}", D(2026, 11, 1 + i)) for i in range(5)]
    board = _board(database, system, limit=2)
    assert board.overdue_missions is not None
    assert _refs(board.overdue_missions) == [made[0].reference, made[1].reference]
    assert board.overdue_missions.total == 5


def test_dossiers_awaiting_avis_and_validation_oldest_first(database: Database,
                                                             system: Actor) -> None:
    w = World(database, system)
    recent = w.dossier("Projet de loi de finances", D(2026, 11, 1), DossierState.UNDER_REVIEW)
    old = w.dossier("Accord de siège", D(2026, 10, 1), DossierState.RECEIVED)
    validation_old = w.dossier("Décret d'application", D(2026, 11, 10),
                               DossierState.AVIS_PROPOSED)
    validation_recent = w.dossier("Convention AFD", D(2026, 8, 1), DossierState.AVIS_PROPOSED,
                                  avis_date=D(2026, 11, 20))
    w.dossier("Dossier clos", D(2026, 1, 1), DossierState.CLOSED)
    w.dossier("Avis validé", D(2026, 1, 1), DossierState.AVIS_VALIDATED)

    board = _board(database, system)
    assert board.awaiting_avis is not None and board.awaiting_validation is not None
    assert _refs(board.awaiting_avis) == [old.reference, recent.reference]
    assert [i.days_waiting for i in board.awaiting_avis.items] == [60, 29]
    item = board.awaiting_avis.items[0]
    assert (item.kind, item.id, item.object, item.instructor, item.state) == (
        "dossier", old.id, "Accord de siège", "Awa Ouédraogo", DossierState.RECEIVED)
    # Waiting for validation since the avis was proposed (or received, without a date).
    assert _refs(board.awaiting_validation) == [validation_old.reference,
                                                validation_recent.reference]
    assert [i.days_waiting for i in board.awaiting_validation.items] == [20, 10]


def test_low_clearance_never_sees_nor_counts_a_confidential_dossier(database: Database,
                                                                    system: Actor) -> None:
    w = World(database, system)
    public = w.dossier("Marché public", D(2026, 11, 1), DossierState.RECEIVED)
    secret = w.dossier("Défense nationale", D(2026, 9, 1), DossierState.RECEIVED,
                       classification=Classification.CONFIDENTIAL)
    w.dossier("Renseignement", D(2026, 9, 1), DossierState.AVIS_PROPOSED,
              classification=Classification.SECRET)

    low = _board(database, _reader(Classification.RESTRICTED))
    assert low.awaiting_avis is not None and low.awaiting_validation is not None
    assert _refs(low.awaiting_avis) == [public.reference] and low.awaiting_avis.total == 1
    assert low.awaiting_validation.items == () and low.awaiting_validation.total == 0

    cleared = _board(database, _reader(Classification.CONFIDENTIAL))
    assert cleared.awaiting_avis is not None and cleared.awaiting_validation is not None
    assert _refs(cleared.awaiting_avis) == [secret.reference, public.reference]
    assert cleared.awaiting_avis.total == 2 and cleared.awaiting_validation.total == 0
    assert _board(database, system).awaiting_validation.total == 1  # type: ignore[union-attr]


def test_indicators_off_target_results_and_impacts_first(database: Database,
                                                         system: Actor) -> None:
    w = World(database, system)
    activity_red = w.indicator("Délai moyen de traitement", "activity", 100, {2026: 50},
                               {"2026-T3": 90}, direction="decrease")
    output_amber = w.indicator("Actes publiés", "output", 0, {2026: 100},
                               {"2026-T2": 95, "2026-T3": 70})
    w.indicator("Taux d'accès", "outcome", 0, {2026: 100}, {"2026-T3": 100})  # green: reached
    outcome_amber = w.indicator("Taux de satisfaction", "outcome", 0, {2026: 100},
                                {"2026-T3": 65})
    impact_red = w.indicator("Pauvreté", "impact", 0, {2025: 10, 2026: 100},
                             {"2025-T4": 10, "2026-T3": 50})
    w.indicator("Sans mesure", "impact", 0, {2026: 100}, {})
    w.indicator("Sans cible", "impact", 0, {}, {"2026": 1})

    board = _board(database, system)
    section = board.indicators_off_target
    assert section is not None
    assert _refs(section) == [impact_red.reference, outcome_amber.reference,
                              output_amber.reference, activity_red.reference]
    assert section.total == 4
    first = section.items[0]
    assert (first.kind, first.id, first.status, first.period, first.value, first.target,
            first.provisional) == ("indicator", impact_red.id, IndicatorStatus.RED, "2026-T3",
                                   50.0, 100.0, True)
    assert first.achievement == pytest.approx(0.5)

    # The tolerance comes from the shared settings; short of the target is never « Atteint ».
    save_settings(database, system, {"threshold_amber": 0.4}, system=True)
    relaxed = _board(database, system).indicators_off_target
    assert relaxed is not None
    assert _refs(relaxed) == [impact_red.reference, outcome_amber.reference,
                              output_amber.reference, activity_red.reference]
    assert [i.status for i in relaxed.items] == [IndicatorStatus.AMBER, IndicatorStatus.AMBER,
                                                 IndicatorStatus.AMBER, IndicatorStatus.RED]
    save_settings(database, system, {"threshold_amber": 0.7}, system=True)
    strict = _board(database, system).indicators_off_target
    assert strict is not None
    assert [(i.reference, i.status) for i in strict.items] == [
        (impact_red.reference, IndicatorStatus.RED), (outcome_amber.reference, IndicatorStatus.RED),
        (output_amber.reference, IndicatorStatus.AMBER),
        (activity_red.reference, IndicatorStatus.RED)]


def test_agreements_ending_and_recent_interactions(database: Database, system: Actor) -> None:
    partner = _create(database, system, "partner", name="Agence française de développement",
                      acronym="AFD", category="bilateral_tfp")
    other = _create(database, system, "partner", name="Union des communes",
                    category="local_authority")

    def agreement(title: str, end: dt.date, status: str = "active") -> Record:
        return _create(database, system, "agreement", partner_id=partner.id, title=title,
                       kind="financing", start_date=D(2024, 1, 1), end_date=end, status=status)

    soon = agreement("Appui budgétaire", D(2026, 12, 15))
    edge = agreement("Programme eau", D(2027, 2, 28))  # exactly 90 days
    agreement("Trop loin", D(2027, 3, 1))
    agreement("Clôturée", D(2026, 12, 10), status="completed")
    agreement("Échue", D(2026, 11, 1))

    def interaction(day: dt.date, summary: str, who: Record = partner) -> Record:
        return _create(database, system, "interaction", partner_id=who.id, date=day,
                       kind="meeting", summary=summary)

    last = interaction(D(2026, 11, 25), "Revue du portefeuille")
    edge_i = interaction(D(2026, 10, 31), "Mission conjointe", who=other)
    interaction(D(2026, 10, 30), "Trop ancienne")
    interaction(D(2026, 12, 5), "Prévue")

    board = _board(database, system)
    assert board.agreements_ending is not None and board.recent_interactions is not None
    items = board.agreements_ending.items
    assert [i.agreement_id for i in items] == [soon.id, edge.id]
    assert [(i.kind, i.id, i.partner, i.days_left) for i in items] == [
        ("partner", partner.id, "AFD", 15), ("partner", partner.id, "AFD", 90)]
    interactions = board.recent_interactions.items
    assert [i.interaction_id for i in interactions] == [last.id, edge_i.id]
    assert [(i.kind, i.id, i.partner, i.summary) for i in interactions] == [
        ("partner", partner.id, "AFD", "Revue du portefeuille"),
        ("partner", other.id, "Union des communes", "Mission conjointe")]


def test_instruction_rate(database: Database, system: Actor) -> None:
    w = World(database, system)
    instruction = "minister_instruction"
    cases = [
        ("done", D(2026, 11, 15), D(2026, 11, 10)),  # on time
        ("done", D(2026, 11, 1), D(2026, 11, 5)),    # late
        ("in_progress", D(2026, 11, 20), None),      # due, not done
        ("todo", D(2026, 12, 31), None),             # not due yet
        ("done", None, D(2026, 6, 1)),               # done, no due date: on time
        ("cancelled", D(2026, 11, 1), None),         # cancelled: not due
    ]
    for i, (status, due, completed) in enumerate(cases):
        w.mission(f"Instruction {i}", due, status=status, origin=instruction,
                  completed_date=completed, instruction_date=D(2026, 1, 1))
    w.mission("Hors instruction, achevée", D(2026, 11, 1), status="done",
              completed_date=D(2026, 10, 1))
    rate = _board(database, system).instruction_rate
    assert rate is not None
    assert (rate.achieved_on_time, rate.due) == (2, 4)
    assert rate.rate == pytest.approx(0.5)
    expected = sum(achieved_on_time(s, d, c) for s, d, c in cases)
    assert expected == rate.achieved_on_time


def test_empty_database(database: Database, system: Actor) -> None:
    board = _board(database, system)
    assert board.overdue_missions is not None and board.overdue_missions.total == 0
    assert board.instruction_rate is not None and board.instruction_rate.rate is None
    assert board.indicators_off_target is not None and board.indicators_off_target.items == ()


def test_on_time_sql_is_the_rule(database: Database, system: Actor) -> None:
    """The SQL count of instructions achieved on time agrees with the pure rule, case by case."""
    from itertools import product

    from cabinet_desktop.domain.entities import Mission
    from cabinet_desktop.services.dashboard import on_time_sql

    w = World(database, system)
    dues = (None, D(2026, 11, 10))
    completions = (None, D(2026, 11, 9), D(2026, 11, 10), D(2026, 11, 11))
    cases = list(product(("todo", "in_progress", "done", "cancelled"), dues, completions))
    ids = {}
    for i, (status, due, completed) in enumerate(cases):
        ids[w.mission(f"Cas {i}", due, status=status, completed_date=completed).id] = (
            status, due, completed)
    with database.reading() as session:
        verdicts = dict(session.execute(select(Mission.id, on_time_sql())).tuples().all())
    assert {i: bool(v) for i, v in verdicts.items()} == {
        i: achieved_on_time(*case) for i, case in ids.items()}
    assert sum(achieved_on_time(*case) for case in cases) == 5  # both sides are covered
