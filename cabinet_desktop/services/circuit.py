"""The dossier circuit (DESIGN §2): one service call per action a cabinet member takes.

Enregistrer un dossier entrant, Imputer, Proposer l'avis, Renvoyer pour reprise, Valider
l'avis, Transmettre au Ministre, Enregistrer la décision du Ministre, Clore, Classer sans suite.
Each checks the acting user's role (``domain.rules.TRANSITIONS``), the dossier's state and
version (optimistic locking) and clearance, in its own transaction; records the step with
who, when and the comment (``dossier_steps``), each version of the avis with its author
(``avis_versions``) and a journal entry; and returns :class:`Saved`. :func:`offered`
(``services.circuit_offer``) tells the window which actions to offer; the services refuse the
others anyway.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cabinet_desktop.domain.entities import (
    AvisVersion,
    Dossier,
    DossierStep,
    Person,
    User,
    utcnow,
)
from cabinet_desktop.domain.enums import (
    AuditAction,
    AvisKind,
    CircuitStep,
    DossierState,
    MinisterDecision,
    Role,
)
from cabinet_desktop.domain.errors import PermissionDenied, ValidationError, WorkflowError
from cabinet_desktop.domain.rules import (
    Transition,
    find_transition,
    next_states,
    transition_of,
)
from cabinet_desktop.i18n import translate
from cabinet_desktop.services import permissions, records, session_guard
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.attachment_store import attach_in
from cabinet_desktop.services.audit import diff, journal
from cabinet_desktop.services.catalog import kind
from cabinet_desktop.services.circuit_offer import may_register, offered
from cabinet_desktop.services.permissions import Action
from cabinet_desktop.services.person_choices import name_order
from cabinet_desktop.services.records import conflict_error, load, to_record, values_of
from cabinet_desktop.services.rows import ChangeSet, Record, Saved, freeze
from cabinet_desktop.services.validation import coerce, dossier_rules, fail
from cabinet_desktop.store.database import Database

__all__ = ["advance", "available_steps", "avis_versions", "close", "file_without_action",
           "history", "impute", "may_register", "offered", "propose_avis", "record_decision",
           "register", "send_back", "transmit", "validate_avis"]

#: A file joined at registration: its name and its bytes (classification: the dossier's).
IncomingFile = tuple[str, bytes]


# --------------------------------------------------------------------------- what is offered


def available_steps(actor: Actor, state: DossierState | str) -> list[DossierState]:
    """The states the actor may move a dossier in ``state`` to."""
    if actor.is_system:
        return next_states(state)
    return next_states(state, actor.role)


# --------------------------------------------------------------------------- the actions


def first_step(session: Session, actor: Actor, dossier: Dossier, comment: str = "") -> None:
    """The step « Enregistrement » of a dossier just created (by the window's registration
    or by an Excel import): who, when, the state it starts in."""
    session.add(DossierStep(dossier_id=dossier.id, from_state=None,
                            to_state=dossier.state or DossierState.RECEIVED,
                            user_id=actor.user_id, comment=(comment or "").strip(),
                            action=CircuitStep.REGISTER))
    session.flush()


def register(database: Database, actor: Actor, values: Mapping[str, Any],
             files: Sequence[IncomingFile] = (), comment: str = "") -> Saved:
    """« Enregistrer un dossier entrant »: the dossier (object, structure émettrice, received
    date, classification up to the user's clearance, sensitive flag…) and its files, saved
    all-or-nothing, with its first step « Enregistrement » (secrétariat, DC, DCA)."""
    with session_guard.writing(database, actor) as (session, actor):
        if not may_register(actor):
            raise PermissionDenied(translate(
                "Circuit", "Le rôle « {role} » ne permet pas d'enregistrer un dossier entrant "
                           "(secrétariat, directeur ou directeur adjoint de cabinet).")
                .format(role=actor.role.label))
        created = records.create_in(session, database, actor, "dossier", dict(values))
        dossier = session.get(Dossier, created.saved.id)
        assert dossier is not None
        for name, content in files:
            attach_in(session, actor, dossier, name, content, dossier.classification)
        first_step(session, actor, dossier, comment)
    return Saved(created.record, ChangeSet.of("dossier", created.saved.id,
                                              also=("attachment",) if files else ()),
                 journal_id=created.journal_id)


#: who may be imputed a dossier: the cabinet members whose account may propose its avis,
#: conseillers first
_IMPUTABLE = (Role.ADVISER, Role.DEPUTY_DIRECTOR, Role.DIRECTOR)


def instructors(database: Database, actor: Actor) -> tuple[tuple[int, str], ...]:
    """``(person id, « Name — Conseiller technique »)`` of those a dossier may be imputed to:
    active persons with an active account that may propose an avis (conseillers techniques,
    then the directeur adjoint and the directeur de cabinet), by name within each role."""
    with session_guard.reading(database, actor) as (session, actor):
        permissions.require(actor, Action.READ, "person")
        rows = session.execute(
            select(Person, User.role).join(User, User.person_id == Person.id)
            .where(Person.active.is_(True), User.active.is_(True),
                   User.role.in_(list(_IMPUTABLE)))).all()
        ranked = sorted(((_IMPUTABLE.index(Role(role)), name_order(p.first_name, p.last_name,
                                                                    p.id), p.id,
                          f"{p.full_name} — {Role(role).label}") for p, role in rows))
    seen: dict[int, str] = {}
    for _rank, _order, person_id, label in ranked:
        seen.setdefault(person_id, label)
    return tuple(seen.items())


def impute(database: Database, actor: Actor, dossier_id: int, version: int,
           instructor_id: int | None, avis_due_date: dt.date | str | None,
           instructions: str = "") -> Saved:
    """« Imputer » (DC, DCA): the conseiller who instructs the dossier, the due date of his
    avis and the instructions given to him (the step's comment)."""
    return _take(database, actor, dossier_id, version, CircuitStep.IMPUTE,
                 _Input(comment=instructions, instructor_id=instructor_id,
                        avis_due_date=avis_due_date, imputing=True))


def propose_avis(database: Database, actor: Actor, dossier_id: int, version: int,
                 avis_kind: AvisKind | str | None, avis_text: str, comment: str = "") -> Saved:
    """« Proposer l'avis » (the imputed conseiller, DC, DCA): its kind and its text."""
    return _take(database, actor, dossier_id, version, CircuitStep.PROPOSE,
                 _Input(comment=comment, avis_kind=avis_kind, avis_text=avis_text))


def send_back(database: Database, actor: Actor, dossier_id: int, version: int,
              comment: str) -> Saved:
    """« Renvoyer pour reprise » (DC, DCA): the proposed avis goes back to its conseiller;
    the comment saying what to rework is required."""
    return _take(database, actor, dossier_id, version, CircuitStep.SEND_BACK,
                 _Input(comment=comment))


def validate_avis(database: Database, actor: Actor, dossier_id: int, version: int,
                  avis_kind: AvisKind | str | None = None, avis_text: str | None = None,
                  comment: str = "") -> Saved:
    """« Valider l'avis » (DC, DCA), possibly amended: an amended avis is kept as a new
    version with its author, the proposed one stays in the versions."""
    return _take(database, actor, dossier_id, version, CircuitStep.VALIDATE,
                 _Input(comment=comment, avis_kind=avis_kind, avis_text=avis_text))


def transmit(database: Database, actor: Actor, dossier_id: int, version: int,
             comment: str = "") -> Saved:
    """« Transmettre au Ministre » a validated avis (secrétariat, DC, DCA)."""
    return _take(database, actor, dossier_id, version, CircuitStep.TRANSMIT,
                 _Input(comment=comment))


def record_decision(database: Database, actor: Actor, dossier_id: int, version: int,
                    decision: MinisterDecision | str | None,
                    decision_date: dt.date | str | None, comment: str = "") -> Saved:
    """« Enregistrer la décision du Ministre » on a transmitted dossier, and its date
    (secrétariat, DC, DCA); the dossier stays « Transmis au Ministre » until closed."""
    return _take(database, actor, dossier_id, version, CircuitStep.DECIDE,
                 _Input(comment=comment, decision=decision, decision_date=decision_date))


def close(database: Database, actor: Actor, dossier_id: int, version: int,
          comment: str = "") -> Saved:
    """« Clore » a transmitted dossier once the minister's decision is recorded."""
    return _take(database, actor, dossier_id, version, CircuitStep.CLOSE,
                 _Input(comment=comment))


def file_without_action(database: Database, actor: Actor, dossier_id: int, version: int,
                        motive: str) -> Saved:
    """« Classer sans suite » an open dossier (DC, DCA); the motive is required."""
    return _take(database, actor, dossier_id, version, CircuitStep.FILE, _Input(comment=motive))


def advance(database: Database, actor: Actor, dossier_id: int, version: int,
            target: DossierState | str, comment: str = "", *,
            avis_kind: AvisKind | str | None = None, avis_text: str | None = None,
            avis_author_id: int | None = None) -> Saved:
    """Move a dossier one step to the state ``target`` (scripts, tests, the demo): the same
    rules as the named actions above, chosen by the state reached."""
    wanted = DossierState(target)
    return _take(database, actor, dossier_id, version, wanted,
                 _Input(comment=comment, avis_kind=avis_kind, avis_text=avis_text,
                        avis_author_id=avis_author_id))


# --------------------------------------------------------------------------- reading


def history(database: Database, actor: Actor, dossier_id: int) -> tuple[Record, ...]:
    """The dossier's steps, oldest first: what each did, who took it (login) and when."""
    with session_guard.reading(database, actor) as (session, actor):
        permissions.require(actor, Action.READ, "dossier")
        load(session, database, actor, kind("dossier"), dossier_id)
        rows = session.execute(
            select(DossierStep, User.login).outerjoin(User, User.id == DossierStep.user_id)
            .where(DossierStep.dossier_id == dossier_id).order_by(DossierStep.id)).all()
        return tuple(freeze("dossier_step", {
            "id": step.id, "version": 1, "from_state": step.from_state,
            "to_state": step.to_state, "action": step.action, "at": step.at,
            "user": login or "", "comment": step.comment}) for step, login in rows)


def avis_versions(database: Database, actor: Actor, dossier_id: int) -> tuple[Record, ...]:
    """Every version of the dossier's avis, oldest first, with who wrote it (login)."""
    with session_guard.reading(database, actor) as (session, actor):
        permissions.require(actor, Action.READ, "dossier")
        load(session, database, actor, kind("dossier"), dossier_id)
        rows = session.execute(
            select(AvisVersion, User.login).outerjoin(User, User.id == AvisVersion.user_id)
            .where(AvisVersion.dossier_id == dossier_id).order_by(AvisVersion.number)).all()
        return tuple(freeze("avis_version", {
            "id": v.id, "version": 1, "number": v.number, "step": v.step, "kind": v.kind,
            "text": v.text, "at": v.at, "user": login or ""}) for v, login in rows)


# --------------------------------------------------------------------------- the core


_UNSET: Any = object()


@dataclass(frozen=True)
class _Input:
    """What an action brings beyond the dossier: comment, avis, decision, imputation."""

    comment: str = ""
    avis_kind: AvisKind | str | None = None
    avis_text: str | None = None
    avis_author_id: int | None = None
    decision: MinisterDecision | str | None = None
    decision_date: dt.date | str | None = None
    instructor_id: int | None = None
    avis_due_date: dt.date | str | None = None
    imputing: bool = False  # « Imputer »: the conseiller and the due date are required


def _take(database: Database, actor: Actor, dossier_id: int, version: int,
          wanted: CircuitStep | DossierState, given: _Input) -> Saved:
    """Take one step on a dossier: checks, changes, step row, avis version, journal."""
    spec = kind("dossier")
    with session_guard.writing(database, actor) as (session, actor):
        permissions.require(actor, Action.READ, "dossier")
        dossier = load(session, database, actor, spec, dossier_id, for_update=True)
        assert isinstance(dossier, Dossier)
        if dossier.version != version:
            raise conflict_error(session, spec, dossier, version, None, actor.clearance)
        transition = _transition(dossier, wanted)
        _check_actor(session, actor, dossier, transition)
        comment = (given.comment or "").strip()
        if transition.comment_required and not comment:
            raise ValidationError(translate(
                "Workflow", "Dossier {reference} — Commentaire : un commentaire est obligatoire "
                            "pour passer à « {target} ».").format(reference=dossier.reference,
                target=transition.target.label), field="comment")
        if transition.needs_decision and dossier.minister_decision is None:
            raise ValidationError(translate(
                "Circuit", "Dossier {reference} — Décision du Ministre : enregistrez la décision "
                           "du Ministre avant de clore le dossier.")
                .format(reference=dossier.reference), field="minister_decision")
        before = values_of(dossier, spec)
        previous_avis = (dossier.avis_kind, dossier.avis_text)
        _APPLY.get(transition.step, _nothing)(session, dossier, actor, given)
        if transition.needs_avis:
            _apply_avis(session, dossier, actor, given)
        dossier.state = transition.target
        dossier.updated_by_id = actor.user_id
        dossier.updated_at = utcnow()
        session.add(DossierStep(dossier_id=dossier.id, from_state=transition.source,
                                to_state=transition.target, user_id=actor.user_id,
                                comment=comment, action=transition.step))
        if transition.needs_avis and (transition.step is CircuitStep.PROPOSE
                                      or previous_avis != (dossier.avis_kind, dossier.avis_text)):
            _add_avis_version(session, dossier, actor, transition.step)
        session.flush()
        changes = diff(before, values_of(dossier, spec))
        for key in ("updated_at", "version", "updated_by_id"):
            changes.pop(key, None)
        changes["step"] = [None, transition.step.value]
        if comment:
            changes["comment"] = [None, comment]
        entry = journal(session, actor, AuditAction.WORKFLOW, "dossier", dossier.id,
                        dossier.reference, changes)
        record = to_record(session, spec, dossier, actor.clearance)
    return Saved(record, ChangeSet.of("dossier", dossier_id), journal_id=entry.id)


def _transition(dossier: Dossier, wanted: CircuitStep | DossierState) -> Transition:
    if isinstance(wanted, DossierState):
        found = find_transition(dossier.state, wanted)
        if found is None:
            raise WorkflowError(translate(
                "Workflow", "Le dossier {reference} est « {source} » : il ne peut pas passer à "
                            "« {target} ».").format(reference=dossier.reference,
                                                    source=dossier.state.label,
                                                    target=wanted.label))
        return found
    found = transition_of(wanted, dossier.state)
    if found is None:
        raise WorkflowError(translate(
            "Circuit", "Le dossier {reference} est « {state} » : l'étape « {step} » n'est pas "
                       "possible à ce stade du circuit.").format(
            reference=dossier.reference, state=dossier.state.label, step=wanted.label))
    return found


def _check_actor(session: Session, actor: Actor, dossier: Dossier,
                 transition: Transition) -> None:
    """The role must take the step; a conseiller proposes only on a dossier imputed to him."""
    if actor.is_system:
        return
    if actor.role not in transition.roles:
        raise PermissionDenied(translate(
            "Circuit", "Le rôle « {role} » ne permet pas l'étape « {step} » sur le dossier "
                       "{reference} (« {state} »).").format(
            role=actor.role.label, step=transition.step.label, reference=dossier.reference,
            state=dossier.state.label))
    if transition.imputed_only and actor.role is Role.ADVISER:
        person_id = session.scalar(select(User.person_id).where(User.id == actor.user_id))
        if person_id is None or dossier.instructor_id != person_id:
            raise PermissionDenied(translate(
                "Circuit", "Le dossier {reference} n'est pas imputé à vous : seul le conseiller "
                           "imputé, le directeur ou le directeur adjoint de cabinet propose "
                           "son avis.").format(reference=dossier.reference))


def _nothing(session: Session, dossier: Dossier, actor: Actor, given: _Input) -> None:
    return None


def _apply_imputation(session: Session, dossier: Dossier, actor: Actor,
                      given: _Input) -> None:
    spec = kind("dossier")
    if given.imputing and given.instructor_id is None:
        fail(translate("Circuit", "Imputation du dossier {reference}")
             .format(reference=dossier.reference), spec.field_label("instructor_id"),
             translate("Circuit", "choisissez le conseiller qui instruit le dossier."),
             "instructor_id")
    if given.imputing and given.avis_due_date in (None, ""):
        fail(translate("Circuit", "Imputation du dossier {reference}")
             .format(reference=dossier.reference), spec.field_label("avis_due_date"),
             translate("Validation", "ce champ est obligatoire."), "avis_due_date")
    if given.instructor_id is not None:
        instructor = coerce(spec, "instructor_id", given.instructor_id)
        person = session.get(Person, instructor)
        if person is None or not person.active:
            fail(translate("Circuit", "Imputation du dossier {reference}")
                 .format(reference=dossier.reference), spec.field_label("instructor_id"),
                 translate("Circuit", "cette personne n'est pas (ou plus) active au cabinet."),
                 "instructor_id")
        dossier.instructor_id = instructor
    if given.avis_due_date not in (None, ""):
        due = coerce(spec, "avis_due_date", given.avis_due_date)
        dossier_rules({"received_date": dossier.received_date, "avis_due_date": due}, spec)
        dossier.avis_due_date = due


def _apply_decision(session: Session, dossier: Dossier, actor: Actor, given: _Input) -> None:
    spec = kind("dossier")
    decision = coerce(spec, "minister_decision", given.decision)
    if decision is None:
        fail(spec.label + " " + dossier.reference, spec.field_label("minister_decision"),
             translate("Circuit", "choisissez la décision ({choices}).")
             .format(choices=", ".join(d.label for d in MinisterDecision)), "minister_decision")
    day = coerce(spec, "minister_decision_date", given.decision_date)
    if day is None:
        fail(spec.label + " " + dossier.reference, spec.field_label("minister_decision_date"),
             translate("Validation", "ce champ est obligatoire."), "minister_decision_date")
    if day > dt.date.today():
        fail(spec.label + " " + dossier.reference, spec.field_label("minister_decision_date"),
             translate("Circuit", "la date de la décision ne peut pas être dans le futur."),
             "minister_decision_date")
    if day < dossier.received_date:
        fail(spec.label + " " + dossier.reference, spec.field_label("minister_decision_date"),
             translate("Circuit", "la décision ne peut pas précéder la réception du dossier "
                                  "({date}).").format(date=dossier.received_date
                                                      .strftime("%d/%m/%Y")),
             "minister_decision_date")
    dossier.minister_decision = decision
    dossier.minister_decision_date = day


_APPLY: dict[CircuitStep, Callable[[Session, Dossier, Actor, _Input], None]] = {
    CircuitStep.IMPUTE: _apply_imputation,
    CircuitStep.DECIDE: _apply_decision,
}


def _apply_avis(session: Session, dossier: Dossier, actor: Actor, given: _Input) -> None:
    spec = kind("dossier")
    new_kind = dossier.avis_kind if given.avis_kind in (None, "") else _avis_kind(
        given.avis_kind)
    new_text = dossier.avis_text if given.avis_text is None else given.avis_text.strip()
    if new_kind is None:
        raise ValidationError(translate("Workflow",
                                        "Dossier {reference} — Avis : choisissez le sens de "
                                        "l'avis ({choices}).")
                                        .format(reference=dossier.reference,
                                        choices=", ".join(k.label for k in AvisKind)),
                              field="avis_kind")
    if not new_text:
        raise ValidationError(translate("Workflow", "Dossier {reference} — Texte de l'avis : "
                                                    "rédigez l'avis avant de le proposer ou de le "
                                                    "valider.")
                                        .format(reference=dossier.reference), field="avis_text")
    dossier.avis_kind = new_kind
    dossier.avis_text = new_text
    if given.avis_author_id is not None:
        dossier.avis_author_id = coerce(spec, "avis_author_id", given.avis_author_id)
    elif (dossier.avis_author_id is None or dossier.state is DossierState.UNDER_REVIEW) \
            and actor.user_id is not None:
        user = session.get(User, actor.user_id)  # the proposer is the avis's author
        dossier.avis_author_id = user.person_id if user is not None else None
    dossier.avis_date = dt.date.today()


def _avis_kind(value: AvisKind | str) -> AvisKind:
    if isinstance(value, AvisKind):
        return value
    found = AvisKind.from_label(str(value))
    if found is None:
        raise ValidationError(translate("Workflow", "Avis : « {value} » n'est pas un sens d'avis "
                                                    "({choices}).").format(value=value,
                                        choices=", ".join(k.label for k in AvisKind)),
                              field="avis_kind")
    return AvisKind(found)


def _add_avis_version(session: Session, dossier: Dossier, actor: Actor,
                      step: CircuitStep) -> None:
    number = (session.scalar(select(func.max(AvisVersion.number))
                             .where(AvisVersion.dossier_id == dossier.id)) or 0) + 1
    assert dossier.avis_kind is not None
    session.add(AvisVersion(dossier_id=dossier.id, number=number, step=step,
                            kind=dossier.avis_kind, text=dossier.avis_text,
                            user_id=actor.user_id))

