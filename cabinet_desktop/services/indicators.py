"""Indicator measurements: validation, and status computed from the latest value."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from cabinet_desktop.domain.entities import Indicator, IndicatorTarget, Measurement, utcnow
from cabinet_desktop.domain.enums import AuditAction, IndicatorStatus
from cabinet_desktop.domain.rules import indicator_status, period_year
from cabinet_desktop.services import permissions, session_guard
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.audit import journal
from cabinet_desktop.services.catalog import kind
from cabinet_desktop.services.permissions import Action
from cabinet_desktop.services.records import conflict_error, load, to_record
from cabinet_desktop.services.rows import ChangeSet, Saved
from cabinet_desktop.services.settings import thresholds
from cabinet_desktop.store.database import Database


def validate_measurement(database: Database, actor: Actor, measurement_id: int, version: int,
                         validated: bool = True) -> Saved:
    """Mark a measurement validated (or provisional again): reliable statistics need a name."""
    spec = kind("measurement")
    with session_guard.writing(database, actor) as (session, actor):
        permissions.require(actor, Action.VALIDATE, "measurement")
        measurement = load(session, database, actor, spec, measurement_id, for_update=True)
        assert isinstance(measurement, Measurement)
        if measurement.version != version:
            raise conflict_error(session, spec, measurement, version, None, actor.clearance)
        entry_id = None
        if measurement.validated != validated:
            measurement.validated = validated
            measurement.validated_by_id = actor.user_id if validated else None
            measurement.validated_at = utcnow() if validated else None
            measurement.updated_by_id = actor.user_id
            measurement.updated_at = utcnow()
            session.flush()
            entry_id = journal(session, actor, AuditAction.UPDATE, "measurement",
                               measurement.id, measurement.period,
                               {"validated": [not validated, validated]}).id
        record = to_record(session, spec, measurement, actor.clearance)
    return Saved(record, ChangeSet.of("measurement", measurement_id, also=("indicator",)),
                 journal_id=entry_id)


@dataclass(frozen=True, slots=True)
class IndicatorState:
    """Where an indicator stands: latest value, the target of its year and the status."""

    indicator_id: int
    period: str | None
    value: float | None
    validated: bool
    target: float | None
    status: IndicatorStatus


def current_state(database: Database, actor: Actor, indicator_id: int) -> IndicatorState:
    """Status from the latest measurement against the target of the measurement's year."""
    limits = thresholds(database)
    with session_guard.reading(database, actor) as (session, actor):
        permissions.require(actor, Action.READ, "indicator")
        indicator = load(session, database, actor, kind("indicator"), indicator_id)
        assert isinstance(indicator, Indicator)
        latest = session.scalars(select(Measurement).where(
            Measurement.indicator_id == indicator_id)
            .order_by(Measurement.period.desc()).limit(1)).first()
        if latest is None:
            return IndicatorState(indicator_id, None, None, False, None, IndicatorStatus.UNKNOWN)
        year = period_year(latest.period)
        target = session.scalar(select(IndicatorTarget.value).where(
            IndicatorTarget.indicator_id == indicator_id, IndicatorTarget.year >= year)
            .order_by(IndicatorTarget.year).limit(1))
        status = indicator_status(latest.value, indicator.baseline_value, target,
                                  indicator.direction, limits)
        return IndicatorState(indicator_id, latest.period, latest.value, latest.validated,
                              target, status)
