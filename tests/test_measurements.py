"""Entering and validating indicator measurements: periods, duplicates, roles, provisional."""

from __future__ import annotations

import datetime as dt

import pytest

from cabinet_desktop.domain.enums import Classification, IndicatorStatus, Role
from cabinet_desktop.domain.errors import PermissionDenied, ValidationError
from cabinet_desktop.services import audit, indicators, records
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.rows import Record
from cabinet_desktop.store.database import Database

TODAY = dt.date(2026, 11, 27)


def _actor(role: Role) -> Actor:
    return Actor(user_id=None, login=role.value, display_name=role.label, role=role,
                 clearance=Classification.SECRET)


SECRETARIAT, ADVISER, DIRECTOR, DEPUTY, READER, ADMIN = (
    _actor(r) for r in (Role.SECRETARIAT, Role.ADVISER, Role.DIRECTOR, Role.DEPUTY_DIRECTOR,
                        Role.READER, Role.ADMIN))


@pytest.fixture
def debt(database: Database, system: Actor) -> Record:
    """IND-004 of the demo: lower is better, 58 at baseline, 54 for 2026, measured by half."""
    record = records.create(database, system, "indicator", {
        "name": "Encours de la dette publique rapporté au PIB", "level": "impact",
        "unit": "%", "periodicity": "half_yearly", "direction": "decrease",
        "baseline_value": 58, "data_source": "Bulletin de la dette"}).record
    assert record is not None
    records.create(database, system, "indicator_target",
                   {"indicator_id": record.id, "year": 2026, "value": 54})
    return record


def test_the_periods_offered_are_those_not_yet_entered(database: Database,
                                                        debt: Record) -> None:
    entry = indicators.measurement_entry(database, SECRETARIAT, debt.id, today=TODAY)
    assert entry.periods[:3] == ("2026-S2", "2026-S1", "2025-S2")
    indicators.enter_measurement(database, SECRETARIAT, debt.id, "2026-S1", "54,4",
                                 today=TODAY)
    entry = indicators.measurement_entry(database, SECRETARIAT, debt.id, today=TODAY)
    assert "2026-S1" not in entry.periods and entry.periods[0] == "2026-S2"
    assert entry.periodicity == "Semestrielle"


@pytest.mark.parametrize("actor", [SECRETARIAT, ADVISER, DIRECTOR, DEPUTY],
                         ids=lambda a: a.role.value)
def test_a_measurement_is_entered_provisional_and_journaled(database: Database, debt: Record,
                                                             actor: Actor) -> None:
    saved = indicators.enter_measurement(database, actor, debt.id, " 2026-s1 ", "54,4",
                                         "Estimation de la DGTCP", today=TODAY)
    assert saved.record is not None
    values = saved.record.values
    assert (values["period"], values["value"], values["validated"]) == ("2026-S1", 54.4, False)
    assert values["source"] == "Bulletin de la dette"
    assert values["comment"] == "Estimation de la DGTCP"
    assert saved.journal_id is not None
    assert audit.verify(database).ok
    state = indicators.current_state(database, actor, debt.id)
    # 54,4 for a target of 54, lower is better: on the way, not reached
    assert (state.value, state.validated, state.status) == (54.4, False, IndicatorStatus.AMBER)


@pytest.mark.parametrize(("period", "value", "fragment"), [
    ("2026-T3", "54", "« 2026-T3 » ne correspond pas à la périodicité de l'indicateur "
                      "(semestrielle) : saisissez par exemple « 2026-S1 »"),
    ("2026", "54", "saisissez par exemple « 2026-S1 »"),
    ("S1", "54", "période invalide « S1 »"),
    ("2027-S1", "54", "la période 2027-S1 n'a pas commencé"),
    ("2026-S1", "", "Valeur : ce champ est obligatoire"),
    ("2026-S1", "cinquante", "Valeur"),
])
def test_bad_entries_are_refused_naming_the_field(database: Database, debt: Record,
                                                  period: str, value: str,
                                                  fragment: str) -> None:
    with pytest.raises(ValidationError) as refused:
        indicators.enter_measurement(database, SECRETARIAT, debt.id, period, value,
                                     today=TODAY)
    assert refused.value.message.startswith("Mesure — ")
    assert fragment in refused.value.message


def test_a_period_is_never_entered_twice(database: Database, debt: Record) -> None:
    indicators.enter_measurement(database, SECRETARIAT, debt.id, "2026-S1", "54,4",
                                 today=TODAY)
    with pytest.raises(ValidationError, match="2026-S1 de IND-.* a déjà une mesure "
                                              r"\(54,4, saisie le"):
        indicators.enter_measurement(database, ADVISER, debt.id, "2026-S1", "53",
                                     today=TODAY)


@pytest.mark.parametrize("actor", [READER, ADMIN], ids=lambda a: a.role.value)
def test_readers_and_administrators_may_not_enter(database: Database, debt: Record,
                                                  actor: Actor) -> None:
    with pytest.raises(PermissionDenied):
        indicators.enter_measurement(database, actor, debt.id, "2026-S1", "54", today=TODAY)
    with pytest.raises(PermissionDenied):
        indicators.measurement_entry(database, actor, debt.id, today=TODAY)


def test_only_the_dc_or_the_dca_validates(database: Database, debt: Record) -> None:
    saved = indicators.enter_measurement(database, SECRETARIAT, debt.id, "2026-S1", "53,8",
                                         today=TODAY)
    assert saved.record is not None
    for actor in (SECRETARIAT, ADVISER, READER):
        with pytest.raises(PermissionDenied):
            indicators.validate_measurement(database, actor, saved.record.id,
                                            saved.record.version)
    validated = indicators.validate_measurement(database, DEPUTY, saved.record.id,
                                                saved.record.version)
    assert validated.record is not None and validated.record.values["validated"] is True
    state = indicators.current_state(database, DIRECTOR, debt.id)
    assert (state.validated, state.status) == (True, IndicatorStatus.GREEN)  # 53,8 ≤ 54
