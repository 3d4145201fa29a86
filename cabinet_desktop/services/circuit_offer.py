"""Which circuit actions a user is offered on a dossier: plain rules, no database, so the
window reads them as the selection moves (and loads before the circuit's services)."""

from __future__ import annotations

from cabinet_desktop.domain.enums import CircuitStep
from cabinet_desktop.domain.rules import REGISTERING_ROLES, TRANSITIONS, steps_from
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.rows import Record


def may_register(actor: Actor) -> bool:
    """Whether ``actor`` registers incoming dossiers (secrétariat, DC, DCA)."""
    return actor.is_system or actor.role in REGISTERING_ROLES


def takes_part(actor: Actor) -> bool:
    """Whether ``actor``'s role takes any step of the circuit (a reader, an administrator
    does not)."""
    return may_register(actor) or any(actor.role in t.roles for t in TRANSITIONS)


def offered(actor: Actor, dossier: Record) -> list[CircuitStep]:
    """The circuit's actions ``actor`` may take on ``dossier`` now (what the window offers).

    By role and state; « Proposer l'avis » to a conseiller technique only on a dossier imputed
    to him; « Clore » once the minister's decision is recorded; nothing on an archived one.
    """
    state = dossier.get("state")
    if state is None or dossier.get("archived"):
        return []
    if actor.is_system:
        steps = steps_from(state)
    else:
        imputed = actor.person_id is not None and dossier.get("instructor_id") == actor.person_id
        steps = steps_from(state, actor.role, imputed)
    if dossier.get("minister_decision") is None:
        steps = [s for s in steps if s is not CircuitStep.CLOSE]
    return steps
