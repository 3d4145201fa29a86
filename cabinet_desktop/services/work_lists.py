"""« À traiter »: what waits for the signed-in user, by role, and the list filters behind it.

Each :class:`WorkList` is one SQL condition over one kind, for an actor's person (the
account's linked person, ``users.person_id``) on a day. The same condition counts the line of
the dashboard's « À traiter » card, filters the list that line opens (``ListQuery.work``) and
feeds the reminders at sign-in, so a count and its rows never disagree:

- a conseiller technique: the dossiers imputed to him awaiting his avis, his missions late or
  due within seven days;
- the DC and DCA: avis to validate, dossiers to impute, the minister's instructions late or
  falling due within seven days;
- the secretariat: validated avis to transmit to the minister, the minister's decisions to
  record, indicators whose measurement for the last closed period is missing.

A few are plain list filters, offered by the panes' filter bars to every role: « Mes
dossiers » / « Mes missions » (``mine``), open missions (``open``) and the register of the
minister's instructions (``instructions``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, case, false, func, literal, select
from sqlalchemy.orm import Session

from cabinet_desktop.domain.entities import Dossier, Indicator, Measurement, Mission
from cabinet_desktop.domain.enums import (
    DossierState,
    MissionOrigin,
    MissionStatus,
    Periodicity,
    Role,
)
from cabinet_desktop.i18n import QT_TRANSLATE_NOOP, translate
from cabinet_desktop.services import permissions, session_guard
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.permissions import Action
from cabinet_desktop.store.database import Database
from cabinet_desktop.store.queries import within_clearance

#: Days ahead within which a mission or an instruction is « à échéance ».
DUE_WITHIN_DAYS = 7

_LEADERS = frozenset({Role.DIRECTOR, Role.DEPUTY_DIRECTOR})
_CLOSED_MISSION = (MissionStatus.DONE, MissionStatus.CANCELLED)

#: ``(person id or None, today) -> condition``
Condition = Callable[[int | None, dt.date], ColumnElement[bool]]


@dataclass(frozen=True, slots=True)
class WorkList:
    """One list of work: the kind it lists, its condition, and for « À traiter » lines the
    roles it is shown to and the date past which an item is late."""

    key: str
    kind: str
    label: str  # French; shown through ``translate("WorkLists", label)``
    condition: Condition
    roles: frozenset[Role] = frozenset()  # empty: a filter, not a line of « À traiter »
    due: Any = None  # the column past which an item is late (and becomes due)


def _me(column: Any, person: int | None) -> ColumnElement[bool]:
    return column == person if person is not None else false()


def _open_mission() -> ColumnElement[bool]:
    """Not achieved nor cancelled, named by the open statuses so an index can seek them."""
    return Mission.status.in_([s for s in MissionStatus if s not in _CLOSED_MISSION])


def _due_soon(column: Any, today: dt.date) -> ColumnElement[bool]:
    return and_(column.is_not(None), column <= today + dt.timedelta(days=DUE_WITHIN_DAYS))


def last_closed_period(periodicity: Periodicity, today: dt.date) -> str:
    """The latest period of ``periodicity`` wholly before ``today`` (``2026-T3``…)."""
    if periodicity is Periodicity.YEARLY:
        return str(today.year - 1)
    if periodicity is Periodicity.MONTHLY:
        year, month = (today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)
        return f"{year}-{month:02d}"
    size, letter = (3, "T") if periodicity is Periodicity.QUARTERLY else (6, "S")
    index = (today.month - 1) // size  # the current period's index, from 0
    if index == 0:
        return f"{today.year - 1}-{letter}{12 // size}"
    return f"{today.year}-{letter}{index}"


def _measurement_missing(today: dt.date) -> ColumnElement[bool]:
    latest = (select(func.max(Measurement.period))
              .where(Measurement.indicator_id == Indicator.id)
              .correlate(Indicator).scalar_subquery())
    expected = case(*((Indicator.periodicity == periodicity,
                       last_closed_period(periodicity, today)) for periodicity in Periodicity),
                    else_="")
    return func.coalesce(latest, "") < expected


WORK_LISTS: tuple[WorkList, ...] = (
    WorkList("avis_to_give", "dossier",
             QT_TRANSLATE_NOOP("WorkLists", "Dossiers imputés en attente de mon avis"),
             lambda me, _today: and_(_me(Dossier.instructor_id, me), Dossier.state.in_(
                 [DossierState.RECEIVED, DossierState.UNDER_REVIEW])),
             frozenset({Role.ADVISER}), Dossier.avis_due_date),
    WorkList("my_missions_due", "mission",
             QT_TRANSLATE_NOOP("WorkLists", "Mes missions en retard ou à échéance sous 7 jours"),
             lambda me, today: and_(_me(Mission.assignee_id, me), _open_mission(),
                                    _due_soon(Mission.due_date, today)),
             frozenset({Role.ADVISER}), Mission.due_date),
    WorkList("avis_to_validate", "dossier", QT_TRANSLATE_NOOP("WorkLists", "Avis à valider"),
             lambda _me, _today: Dossier.state == DossierState.AVIS_PROPOSED,
             _LEADERS, Dossier.avis_due_date),
    WorkList("to_impute", "dossier", QT_TRANSLATE_NOOP("WorkLists", "Dossiers à imputer"),
             lambda _me, _today: and_(Dossier.state == DossierState.RECEIVED,
                                      Dossier.instructor_id.is_(None)),
             _LEADERS, Dossier.avis_due_date),
    WorkList("instructions_due", "mission",
             QT_TRANSLATE_NOOP("WorkLists",
                               "Instructions du Ministre en retard ou à échéance sous 7 jours"),
             lambda _me, today: and_(Mission.origin == MissionOrigin.MINISTER_INSTRUCTION,
                                     _open_mission(), _due_soon(Mission.due_date, today)),
             _LEADERS, Mission.due_date),
    WorkList("to_transmit", "dossier",
             QT_TRANSLATE_NOOP("WorkLists", "Avis validés à transmettre au Ministre"),
             lambda _me, _today: Dossier.state == DossierState.AVIS_VALIDATED,
             frozenset({Role.SECRETARIAT}), Dossier.avis_due_date),
    WorkList("decisions_to_record", "dossier",
             QT_TRANSLATE_NOOP("WorkLists", "Décisions du Ministre à enregistrer"),
             lambda _me, _today: Dossier.state == DossierState.SENT_TO_MINISTER,
             frozenset({Role.SECRETARIAT})),
    WorkList("measurements_due", "indicator",
             QT_TRANSLATE_NOOP("WorkLists", "Indicateurs dont la mesure est à saisir"),
             lambda _me, today: _measurement_missing(today), frozenset({Role.SECRETARIAT})),
    # filters of the lists, for every role
    WorkList("my_dossiers", "dossier", QT_TRANSLATE_NOOP("WorkLists", "Mes dossiers"),
             lambda me, _today: _me(Dossier.instructor_id, me)),
    WorkList("my_missions", "mission", QT_TRANSLATE_NOOP("WorkLists", "Mes missions"),
             lambda me, _today: _me(Mission.assignee_id, me)),
    WorkList("open_missions", "mission", QT_TRANSLATE_NOOP("WorkLists", "Non achevées"),
             lambda _me, _today: _open_mission()),
    WorkList("instructions", "mission",
             QT_TRANSLATE_NOOP("WorkLists", "Instructions du Ministre"),
             lambda _me, _today: Mission.origin == MissionOrigin.MINISTER_INSTRUCTION),
)
_BY_KEY = {work.key: work for work in WORK_LISTS}


def work_list(key: str) -> WorkList:
    """The work list named ``key`` (``KeyError`` for an unknown one)."""
    return _BY_KEY[key]


def label(key: str) -> str:
    """The work list's label in the user's language."""
    return translate("WorkLists", work_list(key).label)



def conditions(session: Session, actor: Actor, kind: str, keys: tuple[str, ...],
               today: dt.date) -> list[ColumnElement[bool]]:
    """The SQL conditions of the work lists ``keys`` on ``kind`` for ``actor`` on ``today``."""
    found: list[ColumnElement[bool]] = []
    person: int | None = None
    if keys:
        person = actor.person_id  # as the account is now (session_guard.current)
    for key in keys:
        work = _BY_KEY.get(key)
        if work is None or work.kind != kind:
            raise KeyError(f"{kind}: no work list {key!r}")
        found.append(work.condition(person, today))
    return found


@dataclass(frozen=True, slots=True)
class WorkLine:
    """One line of « À traiter »: how many records wait, how many of them are late, and the
    record itself when there is only one (a click opens it; otherwise the filtered list)."""

    key: str
    kind: str
    label: str
    count: int
    late: int
    only_id: int | None


def lines_for(actor: Actor) -> tuple[WorkList, ...]:
    """The « À traiter » lines of the actor's role that the role may read."""
    return tuple(work for work in WORK_LISTS if actor.role in work.roles
                 and permissions.allowed(actor, Action.READ, work.kind))


def _model(kind: str) -> Any:
    return {"dossier": Dossier, "mission": Mission, "indicator": Indicator}[kind]


def base_conditions(model: Any, clearance: int) -> list[ColumnElement[bool]]:
    """What every list leaves out: archived records and those above the clearance."""
    return [model.archived.is_(False), within_clearance(model, clearance)]


def to_do(database: Database, actor: Actor, today: dt.date | None = None) -> tuple[WorkLine, ...]:
    """The « À traiter » lines of ``actor`` on ``today``: one indexed ``count(*)`` per line
    (with how many are late), measured by ``bench/run.py --to-do``."""
    with session_guard.reading(database, actor) as (session, actor):
        return to_do_in(session, actor, today or dt.date.today())


def to_do_in(session: Session, actor: Actor, day: dt.date) -> tuple[WorkLine, ...]:
    """:func:`to_do` in an open ``session``, for an ``actor`` already checked there."""
    person = actor.person_id
    found = []
    for work in lines_for(actor):
        model = _model(work.kind)
        where = [work.condition(person, day), *base_conditions(model, int(actor.clearance))]
        late_sql = (func.coalesce(func.sum(case((work.due < day, 1), else_=0)), 0)
                    if work.due is not None else literal(0))
        count, late = session.execute(select(func.count(), late_sql).select_from(model)
                                      .where(*where)).one()
        count, late = int(count or 0), int(late or 0)
        only = (session.scalar(select(model.id).where(*where).limit(1))
                if count == 1 else None)
        found.append(WorkLine(work.key, work.kind, label(work.key), count, late, only))
    return tuple(found)
