"""The sections of a briefing note read from the database, within the author's clearance.

Every query runs in the caller's session with the acting user as it is now: dossiers above
the actor's clearance are filtered in SQL (never printed, never counted), and a section whose
kind the actor's role may not read is refused with the section named. The result says the
highest classification it holds, so the note can be raised to it.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from cabinet_desktop.domain.briefing import (
    AgreementLine,
    DossierLine,
    DossierSection,
    ExchangeLine,
    IndicatorLine,
    IndicatorSection,
    InstructionLine,
    InstructionSection,
    MissionLine,
    MissionSection,
    NoteSection,
    PartnerSection,
    RecordSheet,
    SectionKey,
)
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
    MissionOrigin,
    MissionStatus,
)
from cabinet_desktop.domain.errors import PermissionDenied
from cabinet_desktop.domain.rules import Thresholds, indicator_status
from cabinet_desktop.formatting import format_date, format_datetime, format_percent, format_value
from cabinet_desktop.i18n import QT_TRANSLATE_NOOP, translate
from cabinet_desktop.services import permissions
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.catalog import kind
from cabinet_desktop.services.dashboard import on_time_sql
from cabinet_desktop.services.permissions import Action

#: Dossiers whose avis is ready for the minister's decision.
AWAITING_DECISION = (DossierState.AVIS_VALIDATED, DossierState.SENT_TO_MINISTER)
DUE_SOON_DAYS = 14
AGREEMENT_HORIZON_DAYS = 90
HISTORY = 6

TITLES = {
    SectionKey.DOSSIERS: QT_TRANSLATE_NOOP("Briefing", "Dossiers en attente de décision"),
    SectionKey.MISSIONS: QT_TRANSLATE_NOOP("Briefing", "Suivi des missions"),
    SectionKey.INSTRUCTIONS: QT_TRANSLATE_NOOP("Briefing",
                                               "Fiche de suivi des instructions du Ministre"),
    SectionKey.INDICATORS: QT_TRANSLATE_NOOP("Briefing", "Tableau de bord des indicateurs"),
    SectionKey.PARTNERS: QT_TRANSLATE_NOOP("Briefing", "Partenariats"),
}
_KINDS = {SectionKey.DOSSIERS: ("dossier",), SectionKey.MISSIONS: ("mission",),
          SectionKey.INSTRUCTIONS: ("mission",), SectionKey.INDICATORS: ("indicator",),
          SectionKey.PARTNERS: ("partner", "interaction", "agreement")}


@dataclass(frozen=True, slots=True)
class Scope:
    """What a note covers: its date, its period, and records picked one by one (``None``: all
    those the section's rule selects)."""

    note_date: dt.date
    period_start: dt.date
    period_end: dt.date
    dossier_ids: tuple[int, ...] | None = None
    mission_ids: tuple[int, ...] | None = None
    indicator_ids: tuple[int, ...] | None = None
    partner_ids: tuple[int, ...] | None = None


@dataclass(frozen=True, slots=True)
class Gathered:
    """The sections read, and the highest classification among the records they print."""

    sections: tuple[NoteSection, ...]
    highest: Classification


def gather_sections(session: Session, actor: Actor, keys: Sequence[SectionKey], scope: Scope,
                    thresholds: Thresholds) -> Gathered:
    """Read ``keys`` in order for ``actor`` (the current actor of ``session_guard``)."""
    highest = Classification.UNCLASSIFIED
    sections: list[NoteSection] = []
    for key in keys:
        for kind_name in _KINDS[key]:
            if not permissions.allowed(actor, Action.READ, kind_name):
                raise PermissionDenied(translate(
                    "Briefing", "Rubrique « {section} » : votre rôle ({role}) ne permet pas d'en "
                                "lire les données.").format(section=translate("Briefing",
                                                                              TITLES[key]),
                                                            role=actor.role.label))
        title = translate("Briefing", TITLES[key])
        if key is SectionKey.DOSSIERS:
            section = _dossiers(session, actor, scope, title)
            highest = max([highest, *(line.classification for line in section.lines)])
            sections.append(section)
        elif key is SectionKey.MISSIONS:
            sections.append(_missions(session, scope, title))
        elif key is SectionKey.INSTRUCTIONS:
            sections.append(_instructions(session, scope, title))
        elif key is SectionKey.INDICATORS:
            sections.append(_indicators(session, scope, title, thresholds))
        else:
            sections.append(_partners(session, scope, title))
    return Gathered(tuple(sections), highest)


def _name(first: str | None, last: str | None) -> str:
    return " ".join(part for part in (first, last) if part)


def _picked(column: Any, ids: tuple[int, ...] | None) -> Any:
    return column.in_(ids) if ids is not None else True


def _dossiers(session: Session, actor: Actor, scope: Scope, title: str) -> DossierSection:
    stmt = (select(Dossier.reference, Dossier.object, Dossier.origin_structure,
                   Dossier.received_date, Dossier.state, Dossier.avis_kind, Dossier.avis_text,
                   Dossier.avis_date, Dossier.classification)
            .where(Dossier.state.in_(AWAITING_DECISION), Dossier.archived.is_(False),
                   Dossier.classification <= int(actor.clearance),
                   _picked(Dossier.id, scope.dossier_ids))
            .order_by(Dossier.avis_date.is_(None), Dossier.avis_date, Dossier.reference))
    lines = tuple(DossierLine(
        reference=r.reference, object=r.object, origin=r.origin_structure,
        received=r.received_date, state=r.state.label,
        avis=r.avis_kind.label if r.avis_kind is not None else "", avis_text=r.avis_text or "",
        avis_date=r.avis_date, classification=Classification(r.classification))
        for r in session.execute(stmt))
    return DossierSection(title, lines)


def _mission_rows(session: Session, *conditions: Any) -> list[Any]:
    stmt = (select(Mission.reference, Mission.title, Mission.due_date, Mission.status,
                   Mission.progress, Mission.completed_date, Mission.instruction_date,
                   Mission.instruction_authority, Mission.origin, Person.first_name,
                   Person.last_name)
            .outerjoin(Person, Person.id == Mission.assignee_id)
            .where(Mission.archived.is_(False), *conditions)
            .order_by(Mission.due_date, Mission.reference))
    return list(session.execute(stmt))


def _mission_line(r: Any) -> MissionLine:
    return MissionLine(r.reference, r.title, _name(r.first_name, r.last_name), r.due_date,
                       r.status.label, int(r.progress or 0), r.completed_date)


def _missions(session: Session, scope: Scope, title: str) -> MissionSection:
    open_ = Mission.status.not_in([MissionStatus.DONE, MissionStatus.CANCELLED])
    picked = _picked(Mission.id, scope.mission_ids)
    day = scope.note_date
    overdue = _mission_rows(session, open_, picked, Mission.due_date < day)
    soon = _mission_rows(session, open_, picked, Mission.due_date >= day,
                         Mission.due_date <= day + dt.timedelta(days=DUE_SOON_DAYS))
    achieved = _mission_rows(session, picked, Mission.status == MissionStatus.DONE,
                             Mission.completed_date >= scope.period_start,
                             Mission.completed_date <= scope.period_end)
    return MissionSection(title, tuple(map(_mission_line, overdue)),
                          tuple(map(_mission_line, soon)), tuple(map(_mission_line, achieved)))


def _observation(r: Any, day: dt.date) -> str:
    if r.status is MissionStatus.DONE:
        return translate("Briefing", "Exécutée le {date}").format(date=format_date(
            r.completed_date)) if r.completed_date else translate("Briefing", "Exécutée")
    text = translate("Briefing", "Avancement {progress}").format(
        progress=format_percent(r.progress or 0))
    if r.due_date is not None and r.due_date < day:
        text += translate("Briefing", " ; en retard de {days} j").format(
            days=(day - r.due_date).days)
    return text


def _instructions(session: Session, scope: Scope, title: str) -> InstructionSection:
    rows = _mission_rows(
        session, Mission.origin == MissionOrigin.MINISTER_INSTRUCTION,
        Mission.status != MissionStatus.CANCELLED, _picked(Mission.id, scope.mission_ids),
        or_(Mission.status != MissionStatus.DONE,
            and_(Mission.completed_date >= scope.period_start,
                 Mission.completed_date <= scope.period_end)))
    lines = tuple(InstructionLine(
        reference=r.reference, instruction=r.title, date=r.instruction_date,
        assignee=_name(r.first_name, r.last_name), due=r.due_date, status=r.status.label,
        observations=_observation(r, scope.note_date)) for r in rows)
    rate = select(func.count(), func.coalesce(func.sum(case((on_time_sql(), 1), else_=0)), 0)
                  ).where(Mission.origin == MissionOrigin.MINISTER_INSTRUCTION,
                          Mission.status != MissionStatus.CANCELLED,
                          or_(Mission.status == MissionStatus.DONE,
                              Mission.due_date < scope.note_date))
    due, on_time = session.execute(rate).one()
    return InstructionSection(title, lines, on_time=int(on_time), due=int(due))


def _indicators(session: Session, scope: Scope, title: str,
                thresholds: Thresholds) -> IndicatorSection:
    """A few hundred indicators: three queries, grouped in Python."""
    indicators = list(session.execute(
        select(Indicator.id, Indicator.reference, Indicator.name, Indicator.level,
               Indicator.unit, Indicator.direction, Indicator.baseline_value)
        .where(Indicator.archived.is_(False), _picked(Indicator.id, scope.indicator_ids))))
    ids = [r.id for r in indicators]
    history: dict[int, list[Any]] = defaultdict(list)
    targets: dict[int, list[tuple[int, float]]] = defaultdict(list)
    if ids:
        for m in session.execute(select(Measurement.indicator_id, Measurement.period,
                                        Measurement.value, Measurement.validated)
                                 .where(Measurement.indicator_id.in_(ids))
                                 .order_by(Measurement.indicator_id, Measurement.period)):
            history[m.indicator_id].append(m)
        for t in session.execute(select(IndicatorTarget.indicator_id, IndicatorTarget.year,
                                        IndicatorTarget.value)
                                 .where(IndicatorTarget.indicator_id.in_(ids))
                                 .order_by(IndicatorTarget.year)):
            targets[t.indicator_id].append((t.year, t.value))
    lines: list[tuple[Any, IndicatorLine]] = []
    for r in indicators:
        measures = history.get(r.id, [])
        latest = measures[-1] if measures else None
        year = int(latest.period[:4]) if latest is not None and latest.period[:4].isdigit() \
            else scope.note_date.year
        target = next((value for target_year, value in targets.get(r.id, ())
                       if target_year >= year), None)
        value = float(latest.value) if latest is not None else None
        status = indicator_status(value, r.baseline_value, target, r.direction, thresholds)
        lines.append((r, IndicatorLine(
            reference=r.reference, name=r.name, level=r.level.label, unit=r.unit or "",
            period=latest.period if latest is not None else "", value=value,
            target=float(target) if target is not None else None, status=status.label,
            status_key=status.value, provisional=latest is not None and not latest.validated,
            history=tuple(float(m.value) for m in measures[-HISTORY:]))))
    lines.sort(key=lambda pair: (pair[0].level.rank, pair[0].reference))
    return IndicatorSection(title, tuple(line for _, line in lines))


def _partners(session: Session, scope: Scope, title: str) -> PartnerSection:
    exchanges = tuple(ExchangeLine(r.date, r.acronym or r.name, r.kind.label, r.summary or "")
                      for r in session.execute(
        select(Interaction.date, Interaction.kind, Interaction.summary, Partner.name,
               Partner.acronym)
        .join(Partner, Partner.id == Interaction.partner_id)
        .where(Interaction.date >= scope.period_start, Interaction.date <= scope.period_end,
               Partner.archived.is_(False), _picked(Partner.id, scope.partner_ids))
        .order_by(Interaction.date, Interaction.id)))
    horizon = scope.note_date + dt.timedelta(days=AGREEMENT_HORIZON_DAYS)
    agreements = tuple(AgreementLine(
        r.acronym or r.name, r.title, r.end_date,
        float(r.amount_committed) if r.amount_committed is not None else None,
        float(r.amount_disbursed) if r.amount_disbursed is not None else None, r.currency.value)
        for r in session.execute(
            select(Agreement.title, Agreement.end_date, Agreement.amount_committed,
                   Agreement.amount_disbursed, Agreement.currency, Partner.name, Partner.acronym)
            .join(Partner, Partner.id == Agreement.partner_id)
            .where(Agreement.end_date >= scope.note_date, Agreement.end_date <= horizon,
                   Agreement.status != AgreementStatus.COMPLETED, Partner.archived.is_(False),
                   _picked(Partner.id, scope.partner_ids))
            .order_by(Agreement.end_date, Agreement.id)))
    return PartnerSection(title, exchanges, agreements)




#: The fields of a dossier's sheet in a pack, in reading order.
SHEET_FIELDS = ("object", "summary", "origin_structure", "received_date", "avis_due_date",
                "state", "classification", "sensitive", "avis_kind", "avis_text", "avis_date")


def dossier_sheets(session: Session, actor: Actor, ids: Sequence[int]) -> tuple[RecordSheet, ...]:
    """Sheets of the dossiers ``ids`` the actor is cleared for, with their workflow history.

    A dossier above the actor's clearance is left out by the query, as in the sections.
    """
    if not permissions.allowed(actor, Action.READ, "dossier"):
        raise PermissionDenied(translate("Briefing", "Rubrique « {section} » : votre rôle ({role}) "
                                                     "ne permet pas d'en lire les données.")
                               .format(section=kind("dossier").label, role=actor.role.label))
    spec = kind("dossier")
    dossiers = session.scalars(select(Dossier).where(
        Dossier.id.in_(list(ids)), Dossier.classification <= int(actor.clearance))
        .order_by(Dossier.reference))
    sheets: list[RecordSheet] = []
    for dossier in dossiers:
        fields = [(spec.field_label(name), format_value(getattr(dossier, name)))
                  for name in SHEET_FIELDS if getattr(dossier, name) not in (None, "")]
        instructor = session.get(Person, dossier.instructor_id) if dossier.instructor_id else None
        if instructor is not None:
            fields.append((spec.field_label("instructor_id"),
                           _name(instructor.first_name, instructor.last_name)))
        for step in dossier.steps:
            moved = step.to_state.label if step.from_state is None else translate(
                "Briefing", "{before} › {after}").format(before=step.from_state.label,
                                                        after=step.to_state.label)
            fields.append((format_datetime(step.at),
                           f"{moved} — {step.comment}" if step.comment else moved))
        sheets.append(RecordSheet(dossier.reference, dossier.object, tuple(fields),
                                  Classification(dossier.classification)))
    return tuple(sheets)
