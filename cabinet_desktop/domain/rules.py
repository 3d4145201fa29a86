"""Pure rules of the cabinet's work: overdue missions, indicator status, dossier workflow."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from cabinet_desktop.domain.enums import (
    CircuitStep,
    Direction,
    DossierState,
    IndicatorStatus,
    MissionStatus,
    Periodicity,
    Role,
)

# --------------------------------------------------------------------------- missions


def is_overdue(status: MissionStatus | str, due: dt.date | None, today: dt.date) -> bool:
    """Overdue: neither achieved nor cancelled, and the due date has passed."""
    if due is None:
        return False
    return not MissionStatus(status).is_closed and due < today


def achieved_on_time(status: MissionStatus | str, due: dt.date | None,
                     completed: dt.date | None) -> bool:
    """Whether a mission was achieved by its due date (no due date: on time once done)."""
    if MissionStatus(status) is not MissionStatus.DONE or completed is None:
        return False
    return due is None or completed <= due


# --------------------------------------------------------------------------- indicators


@dataclass(frozen=True, slots=True)
class Thresholds:
    """How far from the baseline towards the target an indicator must be to be « En bonne voie ».

    ``amber`` is the tolerance: the share of the way from baseline to target (0.60: sixty per
    cent of the planned improvement made). Reaching the target itself is the only way to be
    « Atteint »; below the tolerance the indicator is « En retard ».
    """

    amber: float = 0.60

    def __post_init__(self) -> None:
        if not 0 <= self.amber <= 1:
            raise ValueError("the amber threshold must satisfy 0 <= amber <= 1")


Number = float | int | Decimal


def achievement(value: Number | None, baseline: Number | None, target: Number | None,
                direction: Direction | str = Direction.INCREASE) -> float | None:
    """Share of the way from ``baseline`` to ``target`` covered by ``value``.

    ``(value - baseline) / (target - baseline)`` works for both directions, since for a
    "lower is better" indicator both differences are negative when things improve. When the
    target equals the baseline (maintain a level), the indicator is fully achieved if the value
    is at least as good as the target in the indicator's direction, and not at all otherwise.
    ``None`` when a figure is missing.
    """
    if value is None or baseline is None or target is None:
        return None
    v, b, t = float(value), float(baseline), float(target)
    if t == b:
        return 1.0 if target_reached(v, t, direction) else 0.0
    return (v - b) / (t - b)


def target_reached(value: Number, target: Number,
                   direction: Direction | str = Direction.INCREASE) -> bool:
    """Whether ``value`` is at the target or better in the indicator's direction.

    Lower is better: 54,0 against a target of 54 is reached, 54,4 is not.
    """
    if Direction(direction) is Direction.DECREASE:
        return Decimal(str(value)) <= Decimal(str(target))
    return Decimal(str(value)) >= Decimal(str(target))


def indicator_status(value: Number | None, baseline: Number | None, target: Number | None,
                     direction: Direction | str = Direction.INCREASE,
                     thresholds: Thresholds | None = None) -> IndicatorStatus:
    """The one status rule of an indicator, from its latest value against its target.

    « Atteint » (green) only when the value is at the target or better in the indicator's
    direction; otherwise « En bonne voie » (amber) when at least the tolerance
    (``thresholds.amber``) of the way from baseline to target is covered, else « En retard »
    (red). Without a baseline the way cannot be measured: short of the target is « En retard ».
    « Non évalué » when the value or the target is missing.
    """
    if value is None or target is None:
        return IndicatorStatus.UNKNOWN
    if target_reached(value, target, direction):
        return IndicatorStatus.GREEN
    ratio = achievement(value, baseline, target, direction)
    limits = thresholds or Thresholds()
    if ratio is not None and ratio >= limits.amber:
        return IndicatorStatus.AMBER
    return IndicatorStatus.RED


def period_year(period: str) -> int:
    """Year of a measurement period: ``2026``, ``2026-T3``, ``2026-S1`` or ``2026-07``."""
    parse_period(period)
    return int(period[:4])


def parse_period(period: str) -> tuple[int, str, int]:
    """Split a period into ``(year, kind, index)``; kind is ``A``, ``S``, ``T`` or ``M``.

    Raises ``ValueError`` on anything else, so a typo never becomes a silent new period.
    """
    text = period.strip().upper()
    if len(text) == 4 and text.isdigit():
        return int(text), "A", 1
    if len(text) == 7 and text[:4].isdigit() and text[4] == "-":
        year, rest = int(text[:4]), text[5:]
        if rest[0] in "TS" and rest[1].isdigit():
            index, limit = int(rest[1]), (4 if rest[0] == "T" else 2)
            if 1 <= index <= limit:
                return year, rest[0], index
        elif rest.isdigit() and 1 <= int(rest) <= 12:
            return year, "M", int(rest)
    raise ValueError(f"invalid period: {period!r}")


#: The period kind (see :func:`parse_period`) each periodicity measures by, and its months.
PERIOD_KINDS = {Periodicity.MONTHLY: ("M", 1), Periodicity.QUARTERLY: ("T", 3),
                Periodicity.HALF_YEARLY: ("S", 6), Periodicity.YEARLY: ("A", 12)}


def period_bounds(period: str) -> tuple[dt.date, dt.date]:
    """First and last day of a measurement period."""
    year, kind, index = parse_period(period)
    months = {"M": 1, "T": 3, "S": 6, "A": 12}[kind]
    first, last = (index - 1) * months + 1, index * months
    return dt.date(year, first, 1), dt.date(year, last, calendar.monthrange(year, last)[1])


def period_label(periodicity: Periodicity, year: int, index: int) -> str:
    """``2026``, ``2026-S1``, ``2026-T3`` or ``2026-07``."""
    kind = PERIOD_KINDS[Periodicity(periodicity)][0]
    return {"A": f"{year}", "M": f"{year}-{index:02d}"}.get(kind, f"{year}-{kind}{index}")


def periods_of(periodicity: Periodicity, first_year: int,
               last_day: dt.date) -> list[tuple[str, dt.date]]:
    """Every period of ``periodicity`` from ``first_year`` that started by ``last_day``, with
    its last day, oldest first."""
    months = PERIOD_KINDS[Periodicity(periodicity)][1]
    result: list[tuple[str, dt.date]] = []
    for year in range(first_year, last_day.year + 1):
        for index in range(1, 12 // months + 1):
            if dt.date(year, (index - 1) * months + 1, 1) > last_day:
                return result
            last = index * months
            result.append((period_label(periodicity, year, index),
                           dt.date(year, last, calendar.monthrange(year, last)[1])))
    return result


# --------------------------------------------------------------------------- dossier workflow

_LEADERS = frozenset({Role.DIRECTOR, Role.DEPUTY_DIRECTOR})
_INSTRUCTORS = _LEADERS | {Role.ADVISER}
_REGISTRY = _LEADERS | {Role.SECRETARIAT}

#: who registers an incoming dossier (« Enregistrer un dossier entrant »)
REGISTERING_ROLES = _REGISTRY


@dataclass(frozen=True, slots=True)
class Transition:
    """One allowed step of a dossier's workflow and who may take it.

    ``step`` names what the step does (the circuit's action); ``imputed_only``: a conseiller
    technique takes it only on a dossier imputed to him; ``needs_decision``: the minister's
    decision must be recorded first; ``sets_decision``: the step records it (the state stays).
    """

    source: DossierState
    target: DossierState
    roles: frozenset[Role]
    step: CircuitStep
    comment_required: bool = False
    needs_avis: bool = False
    imputed_only: bool = False
    needs_decision: bool = False
    sets_decision: bool = False


_S = DossierState
_C = CircuitStep
TRANSITIONS: tuple[Transition, ...] = (
    Transition(_S.RECEIVED, _S.UNDER_REVIEW, _LEADERS, step=_C.IMPUTE),
    Transition(_S.UNDER_REVIEW, _S.AVIS_PROPOSED, _INSTRUCTORS, needs_avis=True,
               step=_C.PROPOSE, imputed_only=True),
    Transition(_S.AVIS_PROPOSED, _S.AVIS_VALIDATED, _LEADERS, needs_avis=True,
               step=_C.VALIDATE),
    Transition(_S.AVIS_PROPOSED, _S.UNDER_REVIEW, _LEADERS, comment_required=True,
               step=_C.SEND_BACK),
    Transition(_S.AVIS_VALIDATED, _S.SENT_TO_MINISTER, _REGISTRY, step=_C.TRANSMIT),
    Transition(_S.SENT_TO_MINISTER, _S.SENT_TO_MINISTER, _REGISTRY, step=_C.DECIDE,
               sets_decision=True),
    Transition(_S.SENT_TO_MINISTER, _S.CLOSED, _REGISTRY, step=_C.CLOSE, needs_decision=True),
    *(Transition(state, _S.FILED_WITHOUT_ACTION, _LEADERS, comment_required=True,
                 step=_C.FILE)
      for state in DossierState if state.is_open),
)


def transition_of(step: CircuitStep | str, source: DossierState | str) -> Transition | None:
    """The transition taking ``step`` from ``source``, or ``None`` if the workflow forbids it."""
    wanted, src = CircuitStep(step), DossierState(source)
    for transition in TRANSITIONS:
        if transition.step is wanted and transition.source is src:
            return transition
    return None


def step_between(source: DossierState | str | None,
                 target: DossierState | str) -> CircuitStep | None:
    """What a step from ``source`` to ``target`` did (``None`` source: the registration), for
    steps recorded without it; ``None`` when the workflow has no such step."""
    if source is None:
        return CircuitStep.REGISTER if DossierState(target) is DossierState.RECEIVED else None
    found = find_transition(source, target)
    return found.step if found is not None else None


def steps_from(source: DossierState | str, role: Role | str | None = None,
               imputed_to_actor: bool = True) -> list[CircuitStep]:
    """The circuit's actions open on a dossier in ``source`` (to ``role`` when given; a
    conseiller technique's ``imputed_only`` ones only on a dossier imputed to him)."""
    src = DossierState(source)
    return [t.step for t in TRANSITIONS
            if t.source is src and (role is None or (
                Role(role) in t.roles and (imputed_to_actor or not t.imputed_only
                                           or Role(role) is not Role.ADVISER)))]


def find_transition(source: DossierState | str, target: DossierState | str) -> Transition | None:
    """The transition from ``source`` to ``target``, or ``None`` if the workflow forbids it."""
    src, dst = DossierState(source), DossierState(target)
    for transition in TRANSITIONS:
        if (transition.source is src and transition.target is dst
                and not transition.sets_decision):
            return transition
    return None


def next_states(source: DossierState | str, role: Role | str | None = None) -> list[DossierState]:
    """States reachable in one step from ``source`` (by ``role`` when given)."""
    src = DossierState(source)
    return [t.target for t in TRANSITIONS
            if t.source is src and not t.sets_decision
            and (role is None or Role(role) in t.roles)]
