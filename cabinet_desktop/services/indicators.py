"""Indicator measurements: entry, validation, and status computed from the latest value."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from cabinet_desktop.domain.entities import Indicator, IndicatorTarget, Measurement, utcnow
from cabinet_desktop.domain.enums import AuditAction, IndicatorStatus
from cabinet_desktop.domain.errors import ValidationError
from cabinet_desktop.domain.rules import (
    indicator_status,
    parse_period,
    period_bounds,
    period_year,
    periods_of,
)
from cabinet_desktop.formatting import format_date, format_number
from cabinet_desktop.i18n import translate
from cabinet_desktop.services import permissions, session_guard
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.audit import journal
from cabinet_desktop.services.catalog import kind
from cabinet_desktop.services.permissions import Action
from cabinet_desktop.services.records import (
    conflict_error,
    create_in,
    last_saver,
    load,
    to_record,
)
from cabinet_desktop.services.rows import ChangeSet, Saved
from cabinet_desktop.services.settings import thresholds
from cabinet_desktop.services.validation import fail, period_problem
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


#: How many years back the measurement dialog offers periods not yet entered.
OPEN_YEARS = 3


@dataclass(frozen=True, slots=True)
class MeasurementEntry:
    """What the measurement dialog needs: the indicator, and the periods it may enter."""

    indicator_id: int
    reference: str
    name: str
    unit: str
    periodicity: str
    periods: tuple[str, ...]  # not yet entered, started by today, newest first


def measurement_entry(database: Database, actor: Actor, indicator_id: int,
                      today: dt.date | None = None) -> MeasurementEntry:
    """The periods of the indicator's periodicity still without a measurement (those that
    have started, over the last years), for a user who may enter measurements."""
    day = today or dt.date.today()
    with session_guard.reading(database, actor) as (session, actor):
        permissions.require(actor, Action.CREATE, "measurement")
        indicator = load(session, database, actor, kind("indicator"), indicator_id)
        assert isinstance(indicator, Indicator)
        entered = set(session.scalars(select(Measurement.period)
                                      .where(Measurement.indicator_id == indicator_id)))
        periods = [label for label, _end in periods_of(indicator.periodicity,
                                                       day.year - OPEN_YEARS + 1, day)
                   if label not in entered]
        return MeasurementEntry(indicator.id, indicator.reference, indicator.name,
                                indicator.unit, indicator.periodicity.label,
                                tuple(reversed(periods)))


def enter_measurement(database: Database, actor: Actor, indicator_id: int, period: str,
                      value: object, comment: str = "", source: str | None = None,
                      today: dt.date | None = None) -> Saved:
    """Record the value of one period of an indicator, provisional until the DC or the DCA
    validates it (secretariat, conseillers, DC, DCA).

    The period must be of the indicator's periodicity, already started, and not yet entered:
    a figure is corrected in its own form, never entered twice.
    """
    day = today or dt.date.today()
    spec = kind("measurement")
    label = translate("Validation", spec.label)
    field = translate("Validation", spec.field_label("period"))
    with session_guard.writing(database, actor) as (session, actor):
        permissions.require(actor, Action.CREATE, "measurement")
        indicator = load(session, database, actor, kind("indicator"), indicator_id)
        assert isinstance(indicator, Indicator)
        text = (period or "").strip().upper()
        try:
            parse_period(text)
        except ValueError:  # said by the measurement's own rules, in create_in below
            pass
        else:
            problem = period_problem(text, indicator.periodicity)
            if problem is not None:
                fail(label, field, problem, "period")
            if period_bounds(text)[0] > day:
                fail(label, field, translate("Indicators", "la période {period} n'a pas "
                                                           "commencé.").format(period=text),
                     "period")
        existing = session.scalars(select(Measurement).where(
            Measurement.indicator_id == indicator_id, Measurement.period == text)).first()
        if existing is not None:
            raise ValidationError(translate(
                "Indicators", "{kind} — {field} : la période {period} de {reference} a déjà "
                              "une mesure ({value}, saisie le {date}) ; corrigez-la plutôt "
                              "que d'en saisir une seconde.").format(
                kind=label, field=field, period=text, reference=indicator.reference,
                value=format_number(existing.value), date=format_date(existing.created_at.date())),
                field="period")
        if value is None or not str(value).strip():
            raise ValidationError(translate("Indicators", "{kind} — {field} : ce champ est "
                                                          "obligatoire.").format(
                kind=label, field=translate("Validation", spec.field_label("value"))),
                field="value")
        return create_in(session, database, actor, "measurement", {
            "indicator_id": indicator_id, "period": text, "value": value,
            "comment": (comment or "").strip(),
            "source": indicator.data_source if source is None else source})


@dataclass(frozen=True, slots=True)
class Provisional:
    """A measurement awaiting validation, as the validation dialog lists it."""

    measurement_id: int
    version: int
    period: str
    value: float
    comment: str
    entered_by: str  # who saved it last
    entered_at: dt.datetime


def provisional_measurements(database: Database, actor: Actor,
                             indicator_id: int) -> tuple[Provisional, ...]:
    """The indicator's measurements not yet validated, newest period first, with who entered
    them (for the DC or the DCA, who validate them)."""
    with session_guard.reading(database, actor) as (session, actor):
        permissions.require(actor, Action.VALIDATE, "measurement")
        load(session, database, actor, kind("indicator"), indicator_id)
        rows = session.scalars(
            select(Measurement)
            .where(Measurement.indicator_id == indicator_id, Measurement.validated.is_(False))
            .order_by(Measurement.period.desc()))
        return tuple(Provisional(m.id, m.version, m.period, m.value, m.comment,
                                 last_saver(session, m), m.updated_at) for m in rows)
