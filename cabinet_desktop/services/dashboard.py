"""The Monday-morning dashboard: what is late, what waits for the cabinet, what is off target.

One call, a bounded number of SQL queries, each list limited (with its full count) so the
dashboard costs the same on 100 or 100,000 dossiers. Dossiers above
the actor's clearance are filtered in SQL: never listed, never counted. A section the actor's
role may not read is ``None``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Integer, Select, and_, case, cast, func, or_, select
from sqlalchemy.orm import Session, aliased

from cabinet_desktop.domain.entities import (
    Agreement,
    Dossier,
    Indicator,
    IndicatorTarget,
    Interaction,
    Measurement,
    Mission,
    Partner,
    Person,
)
from cabinet_desktop.domain.enums import (
    AgreementStatus,
    Classification,
    DossierState,
    IndicatorLevel,
    IndicatorStatus,
    InteractionKind,
    MissionOrigin,
    MissionStatus,
)
from cabinet_desktop.domain.rules import achievement, indicator_status
from cabinet_desktop.services import permissions, session_guard, work_lists
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.permissions import Action
from cabinet_desktop.services.settings import thresholds
from cabinet_desktop.services.work_lists import WorkLine
from cabinet_desktop.store.database import Database
from cabinet_desktop.store.queries import unindexed

#: Items listed per section (the count covers them all).
LIMIT = 50
DUE_SOON_DAYS = 7
AGREEMENT_HORIZON_DAYS = 90
INTERACTION_DAYS = 30
AWAITING_AVIS = (DossierState.RECEIVED, DossierState.UNDER_REVIEW)
AWAITING_VALIDATION = (DossierState.AVIS_PROPOSED,)


@dataclass(frozen=True, slots=True)
class MissionItem:
    """A mission overdue or due soon; ``days_late`` is negative for days left."""

    kind: str
    id: int
    reference: str
    title: str
    assignee: str
    due: dt.date
    days_late: int
    origin: MissionOrigin
    status: MissionStatus


@dataclass(frozen=True, slots=True)
class DossierItem:
    """A dossier waiting for the cabinet, with how long it has waited."""

    kind: str
    id: int
    reference: str
    object: str
    state: DossierState
    instructor: str
    waiting_since: dt.date
    days_waiting: int
    avis_due: dt.date | None
    classification: Classification


@dataclass(frozen=True, slots=True)
class IndicatorItem:
    """An indicator whose latest measurement is amber or red against its target."""

    kind: str
    id: int
    reference: str
    name: str
    level: IndicatorLevel
    status: IndicatorStatus
    period: str
    value: float
    target: float
    baseline: float | None
    achievement: float | None
    provisional: bool
    unit: str


@dataclass(frozen=True, slots=True)
class AgreementItem:
    """An agreement ending soon; opening it opens its partner (``kind``/``id``)."""

    kind: str
    id: int
    agreement_id: int
    partner_reference: str
    partner: str
    title: str
    end_date: dt.date
    days_left: int
    status: AgreementStatus


@dataclass(frozen=True, slots=True)
class InteractionItem:
    """A recent exchange with a partner; opening it opens the partner."""

    kind: str
    id: int
    interaction_id: int
    partner_reference: str
    partner: str
    date: dt.date
    interaction_kind: InteractionKind
    summary: str


@dataclass(frozen=True, slots=True)
class Section:
    """Items of one card of the dashboard (at most :data:`LIMIT`) and how many there are."""

    items: tuple[Any, ...]
    total: int


@dataclass(frozen=True, slots=True)
class InstructionRate:
    """Instructions of the minister achieved on time among those due (or done)."""

    achieved_on_time: int
    due: int

    @property
    def rate(self) -> float | None:
        return self.achieved_on_time / self.due if self.due else None


@dataclass(frozen=True, slots=True)
class Dashboard:
    """Everything the dashboard shows, as of ``today``; ``None`` for sections not readable."""

    today: dt.date
    overdue_missions: Section | None
    missions_due_soon: Section | None
    awaiting_avis: Section | None
    awaiting_validation: Section | None
    indicators_off_target: Section | None
    agreements_ending: Section | None
    recent_interactions: Section | None
    instruction_rate: InstructionRate | None
    #: « À traiter »: what waits for this user, by role (``services/work_lists.py``)
    to_do: tuple[WorkLine, ...] = ()


def dashboard(database: Database, actor: Actor, today: dt.date | None = None,
              limit: int = LIMIT) -> Dashboard:
    """The dashboard of ``actor`` as of ``today`` (default: the current date)."""
    day = today or dt.date.today()
    settings_limits = thresholds(database)
    with session_guard.reading(database, actor) as (session, actor):
        to_do = work_lists.to_do_in(session, actor, day)

        def can(kind: str) -> bool:
            return permissions.allowed(actor, Action.READ, kind)

        limits = settings_limits if can("indicator") else None
        missions = can("mission")
        dossiers = can("dossier")
        return Dashboard(
            today=day,
            overdue_missions=_missions(session, day, limit, overdue=True) if missions else None,
            missions_due_soon=_missions(session, day, limit, overdue=False) if missions else None,
            awaiting_avis=(_dossiers(session, actor, day, limit, AWAITING_AVIS)
                           if dossiers else None),
            awaiting_validation=(_dossiers(session, actor, day, limit, AWAITING_VALIDATION)
                                 if dossiers else None),
            indicators_off_target=(_indicators(session, limits, limit)
                                   if limits is not None else None),
            agreements_ending=(_agreements(session, day, limit)
                               if can("agreement") and can("partner") else None),
            recent_interactions=(_interactions(session, day, limit)
                                 if can("interaction") and can("partner") else None),
            instruction_rate=_instruction_rate(session, day) if missions else None,
            to_do=to_do,
        )


def _name(first: str | None, last: str | None) -> str:
    return " ".join(part for part in (first, last) if part)


def _limited(session: Session, stmt: Select[Any], limit: int,
             counted_from: Any = None) -> tuple[list[Any], int]:
    """Rows of ``stmt`` up to ``limit`` and the full count.

    The count is a second, lean query, run only when the list is full: a window
    ``count() OVER ()`` would make the database build every matching row, joins included,
    before the limit. ``counted_from`` (the listed entity) counts without the statement's
    joins, for statements whose joins are outer joins that only add names.
    """
    rows = list(session.execute(stmt.limit(limit)))
    if len(rows) < limit:
        return rows, len(rows)
    if counted_from is not None and stmt.whereclause is not None:
        counted = select(func.count()).select_from(counted_from).where(stmt.whereclause)
    else:
        counted = stmt.with_only_columns(func.count(), maintain_column_froms=True).order_by(None)
    return rows, int(session.scalar(counted) or 0)


def _missions(session: Session, day: dt.date, limit: int, overdue: bool) -> Section:
    if overdue:
        window = Mission.due_date < day
    else:
        window = and_(Mission.due_date >= day,
                      Mission.due_date <= day + dt.timedelta(days=DUE_SOON_DAYS))
    stmt = (select(Mission.id, Mission.reference, Mission.title, Mission.due_date,
                   Mission.origin, Mission.status, Person.first_name, Person.last_name)
            .outerjoin(Person, Person.id == Mission.assignee_id)
            .where(window, Mission.archived.is_(False),
                   Mission.status.not_in([MissionStatus.DONE, MissionStatus.CANCELLED]))
            .order_by(Mission.due_date, Mission.reference))
    rows, total = _limited(session, stmt, limit, counted_from=Mission)
    items = tuple(MissionItem("mission", r.id, r.reference, r.title,
                              _name(r.first_name, r.last_name), r.due_date,
                              (day - r.due_date).days, r.origin, r.status) for r in rows)
    return Section(items, total)


def _dossiers(session: Session, actor: Actor, day: dt.date, limit: int,
              states: tuple[DossierState, ...]) -> Section:
    since = (func.coalesce(Dossier.avis_date, Dossier.received_date)
             if states == AWAITING_VALIDATION else Dossier.received_date)
    stmt = (select(Dossier.id, Dossier.reference, Dossier.object, Dossier.state,
                   Dossier.avis_due_date, Dossier.classification, since.label("since"),
                   Person.first_name, Person.last_name)
            .outerjoin(Person, Person.id == Dossier.instructor_id)
            # Clearance and archived flag keep nearly every row: the state index must drive.
            .where(Dossier.state.in_(states), unindexed(Dossier.archived).is_(False),
                   unindexed(Dossier.classification) <= int(actor.clearance))
            .order_by(since, Dossier.reference))
    rows, total = _limited(session, stmt, limit, counted_from=Dossier)
    items = tuple(DossierItem("dossier", r.id, r.reference, r.object, r.state,
                              _name(r.first_name, r.last_name), r.since, (day - r.since).days,
                              r.avis_due_date, r.classification) for r in rows)
    return Section(items, total)


def _indicators(session: Session, limits: Any, limit: int) -> Section:
    """Indicators are a few hundred: one query for each with its latest measurement."""
    latest = (select(func.max(Measurement.period)).where(Measurement.indicator_id == Indicator.id)
              .correlate(Indicator).scalar_subquery())
    year = cast(func.substr(Measurement.period, 1, 4), Integer)
    target = aliased(IndicatorTarget)
    target_value = (select(target.value)
                    .where(target.indicator_id == Indicator.id, target.year >= year)
                    .order_by(target.year).limit(1).correlate(Indicator, Measurement)
                    .scalar_subquery())
    stmt = (select(Indicator.id, Indicator.reference, Indicator.name, Indicator.level,
                   Indicator.direction, Indicator.baseline_value, Indicator.unit,
                   Measurement.period, Measurement.value, Measurement.validated,
                   target_value.label("target"))
            .join(Measurement, and_(Measurement.indicator_id == Indicator.id,
                                    Measurement.period == latest))
            .where(Indicator.archived.is_(False)))
    found: list[IndicatorItem] = []
    for r in session.execute(stmt):
        status = indicator_status(r.value, r.baseline_value, r.target, r.direction, limits)
        if status in (IndicatorStatus.RED, IndicatorStatus.AMBER):
            found.append(IndicatorItem(
                "indicator", r.id, r.reference, r.name, r.level, status, r.period,
                float(r.value), float(r.target), r.baseline_value,
                achievement(r.value, r.baseline_value, r.target, r.direction),
                not r.validated, r.unit))
    severity = {IndicatorStatus.RED: 0, IndicatorStatus.AMBER: 1}
    found.sort(key=lambda item: (item.level.rank, severity[item.status],
                                 item.achievement if item.achievement is not None else 0.0,
                                 item.reference))
    return Section(tuple(found[:limit]), len(found))


def _agreements(session: Session, day: dt.date, limit: int) -> Section:
    stmt = (select(Agreement.id, Agreement.title, Agreement.end_date, Agreement.status,
                   Partner.id.label("partner_id"), Partner.reference, Partner.name,
                   Partner.acronym)
            .join(Partner, Partner.id == Agreement.partner_id)
            .where(Agreement.end_date >= day,
                   Agreement.end_date <= day + dt.timedelta(days=AGREEMENT_HORIZON_DAYS),
                   Agreement.status.not_in([AgreementStatus.COMPLETED]),
                   Partner.archived.is_(False))
            .order_by(Agreement.end_date, Agreement.id))
    rows, total = _limited(session, stmt, limit)
    items = tuple(AgreementItem("partner", r.partner_id, r.id, r.reference,
                                r.acronym or r.name, r.title, r.end_date,
                                (r.end_date - day).days, r.status) for r in rows)
    return Section(items, total)


def _interactions(session: Session, day: dt.date, limit: int) -> Section:
    stmt = (select(Interaction.id, Interaction.date, Interaction.kind, Interaction.summary,
                   Partner.id.label("partner_id"), Partner.reference, Partner.name,
                   Partner.acronym)
            .join(Partner, Partner.id == Interaction.partner_id)
            .where(Interaction.date >= day - dt.timedelta(days=INTERACTION_DAYS),
                   Interaction.date <= day)
            .order_by(Interaction.date.desc(), Interaction.id.desc()))
    rows, total = _limited(session, stmt, limit)
    items = tuple(InteractionItem("partner", r.partner_id, r.id, r.reference,
                                  r.acronym or r.name, r.date, r.kind, r.summary)
                  for r in rows)
    return Section(items, total)


def _instruction_rate(session: Session, day: dt.date) -> InstructionRate:
    """Instructions due (or done) and those achieved on time, counted in SQL.

    :func:`on_time_sql` is :func:`~cabinet_desktop.domain.rules.achieved_on_time` as a SQL
    expression (a test holds them equal). Cancelled instructions are not due; archived ones
    still count (archiving hides a record, it does not change whether the instruction was
    carried out in time).
    """
    stmt = (select(func.count(), func.coalesce(func.sum(case((on_time_sql(), 1), else_=0)), 0))
            .where(Mission.origin == MissionOrigin.MINISTER_INSTRUCTION,
                   Mission.status != MissionStatus.CANCELLED,
                   or_(Mission.status == MissionStatus.DONE, Mission.due_date < day)))
    due, on_time = session.execute(stmt).one()
    return InstructionRate(int(on_time), int(due))


def instruction_rate(database: Database, actor: Actor,
                     today: dt.date | None = None) -> InstructionRate:
    """The dashboard's execution rate of the minister's instructions alone (the missions
    list shows it beside the register « Instructions du Ministre »)."""
    with session_guard.reading(database, actor) as (session, actor):
        permissions.require(actor, Action.READ, "mission")
        return _instruction_rate(session, today or dt.date.today())


def on_time_sql() -> ColumnElement[bool]:
    """SQL form of :func:`~cabinet_desktop.domain.rules.achieved_on_time` over ``missions``."""
    return and_(Mission.status == MissionStatus.DONE, Mission.completed_date.is_not(None),
                or_(Mission.due_date.is_(None), Mission.completed_date <= Mission.due_date))
