"""The dossier workflow (reçu → … → clos) and dossier attachments."""

from __future__ import annotations

import datetime as dt
import hashlib
import mimetypes
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cabinet_desktop.domain.entities import Attachment, Dossier, DossierStep, User, utcnow
from cabinet_desktop.domain.enums import AuditAction, AvisKind, Classification, DossierState
from cabinet_desktop.domain.errors import PermissionDenied, ValidationError, WorkflowError
from cabinet_desktop.domain.rules import find_transition, next_states
from cabinet_desktop.formatting import format_size
from cabinet_desktop.i18n import translate
from cabinet_desktop.services import permissions, session_guard
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.audit import diff, journal
from cabinet_desktop.services.catalog import kind
from cabinet_desktop.services.file_names import clean_file_name
from cabinet_desktop.services.permissions import Action
from cabinet_desktop.services.records import conflict_error, load, to_record, values_of
from cabinet_desktop.services.rows import ChangeSet, Record, Saved, freeze
from cabinet_desktop.services.settings import settings_in
from cabinet_desktop.services.validation import coerce
from cabinet_desktop.store.database import Database

# Ceiling of the attachment size limit an administrator may set (the file lives in the
# database); the limit itself is the setting ``attachment_max_mb``.
MAX_ATTACHMENT_MB = 100


def available_steps(actor: Actor, state: DossierState | str) -> list[DossierState]:
    """The states the actor may move a dossier in ``state`` to (what the window offers)."""
    if actor.is_system:
        return next_states(state)
    return next_states(state, actor.role)


def advance(database: Database, actor: Actor, dossier_id: int, version: int,
            target: DossierState | str, comment: str = "", *,
            avis_kind: AvisKind | str | None = None, avis_text: str | None = None,
            avis_author_id: int | None = None) -> Saved:
    """Move a dossier one workflow step, recording who, when and why.

    Proposing an avis needs its kind and text; validating may amend them. Returning an avis
    for rework and filing without action need a comment. Only the roles of
    ``domain.rules.TRANSITIONS`` may take each step.
    """
    spec = kind("dossier")
    wanted = DossierState(target)
    with session_guard.writing(database, actor) as (session, actor):
        permissions.require(actor, Action.READ, "dossier")
        dossier = load(session, database, actor, spec, dossier_id, for_update=True)
        assert isinstance(dossier, Dossier)
        if dossier.version != version:
            raise conflict_error(session, spec, dossier, version, None, actor.clearance)
        transition = find_transition(dossier.state, wanted)
        if transition is None:
            raise WorkflowError(translate(
                "Workflow", "Le dossier {reference} est « {source} » : il ne peut pas passer à « "
                            "{target} "
                            "».").format(reference=dossier.reference, source=dossier.state.label,
                target=wanted.label))
        if not actor.is_system and actor.role not in transition.roles:
            raise PermissionDenied(translate(
                "Workflow", "Le rôle « {role} » ne permet pas de faire passer un dossier de « "
                            "{source} » à « {target} ».").format(role=actor.role.label,
                source=dossier.state.label, target=wanted.label))
        comment = (comment or "").strip()
        if transition.comment_required and not comment:
            raise ValidationError(translate(
                "Workflow", "Dossier {reference} — Commentaire : un commentaire est obligatoire "
                            "pour passer à « {target} ».").format(reference=dossier.reference,
                target=wanted.label), field="comment")
        before = values_of(dossier, spec)
        if transition.needs_avis:
            _apply_avis(dossier, actor, avis_kind, avis_text, avis_author_id, session)
        dossier.state = wanted
        dossier.updated_by_id = actor.user_id
        dossier.updated_at = utcnow()
        session.add(DossierStep(dossier_id=dossier.id, from_state=transition.source,
                                to_state=wanted, user_id=actor.user_id, comment=comment))
        session.flush()
        changes = diff(before, values_of(dossier, spec))
        for key in ("updated_at", "version", "updated_by_id"):
            changes.pop(key, None)
        if comment:
            changes["comment"] = [None, comment]
        entry = journal(session, actor, AuditAction.WORKFLOW, "dossier", dossier.id,
                        dossier.reference, changes)
        record = to_record(session, spec, dossier, actor.clearance)
    return Saved(record, ChangeSet.of("dossier", dossier_id), journal_id=entry.id)


def _apply_avis(dossier: Dossier, actor: Actor, avis_kind: AvisKind | str | None,
                avis_text: str | None, author_id: int | None, session: Any) -> None:
    spec = kind("dossier")
    new_kind = dossier.avis_kind if avis_kind in (None, "") else _avis_kind(avis_kind)
    new_text = dossier.avis_text if avis_text is None else avis_text.strip()
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
    if author_id is not None:
        dossier.avis_author_id = coerce(spec, "avis_author_id", author_id)
    elif dossier.avis_author_id is None and actor.user_id is not None:
        user = session.get(User, actor.user_id)
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


def history(database: Database, actor: Actor, dossier_id: int) -> tuple[Record, ...]:
    """The dossier's workflow steps, oldest first, with the name of who took each."""
    with session_guard.reading(database, actor) as (session, actor):
        permissions.require(actor, Action.READ, "dossier")
        load(session, database, actor, kind("dossier"), dossier_id)
        rows = session.execute(
            select(DossierStep, User.login).outerjoin(User, User.id == DossierStep.user_id)
            .where(DossierStep.dossier_id == dossier_id).order_by(DossierStep.id)).all()
        return tuple(freeze("dossier_step", {
            "id": step.id, "version": 1, "from_state": step.from_state,
            "to_state": step.to_state, "at": step.at, "user": login or "",
            "comment": step.comment}) for step, login in rows)


# --------------------------------------------------------------------------- attachments


def attachment_limit_mb(session: Session) -> int:
    """The largest attachment accepted, in MiB (setting ``attachment_max_mb``, 25 by default)."""
    try:
        limit = int(settings_in(session).get("attachment_max_mb") or 25)
    except (TypeError, ValueError):
        limit = 25
    return max(1, min(limit, MAX_ATTACHMENT_MB))


def attach(database: Database, actor: Actor, dossier_id: int, filename: str, content: bytes,
           classification: Classification | int = Classification.UNCLASSIFIED) -> Saved:
    """Store a file with a dossier (SHA-256 and size kept; every client sees it).

    The name is cleaned (:func:`file_names.clean_file_name`); a file above the size limit of
    the settings is refused with a French message saying both sizes.
    """
    spec = kind("attachment")
    with session_guard.writing(database, actor) as (session, actor):
        permissions.require(actor, Action.CREATE, "attachment")
        name = clean_file_name(filename)
        limit = attachment_limit_mb(session)
        if len(content) > limit * 1024 * 1024:
            raise ValidationError(translate("Attachments",
                                            "Pièce jointe « {name} » : {size}, au-delà de la "
                                            "limite de {limit} Mo fixée dans les paramètres.")
                                  .format(name=name, size=format_size(len(content)),
                                          limit=limit), field="content")
        level = Classification(int(classification))
        if not actor.cleared_for(level):
            raise PermissionDenied(translate("Records", "Vous ne pouvez pas classer un "
                                                        "enregistrement au-dessus de votre "
                                                        "habilitation ({clearance}).")
                                   .format(clearance=actor.clearance.label))
        dossier = load(session, database, actor, kind("dossier"), dossier_id)
        assert isinstance(dossier, Dossier)
        attachment = Attachment(
            dossier_id=dossier_id, filename=name,
            media_type=mimetypes.guess_type(name)[0] or "application/octet-stream",
            size=len(content), sha256=hashlib.sha256(content).hexdigest(),
            classification=level, content=content, created_by_id=actor.user_id,
            updated_by_id=actor.user_id)
        session.add(attachment)
        session.flush()
        entry = journal(session, actor, AuditAction.CREATE, "attachment", attachment.id,
                        dossier.reference, {"filename": [None, name],
                                            "size": [None, len(content)],
                                            "sha256": [None, attachment.sha256],
                                            "classification": [None, level.value]})
        record = freeze("attachment", values_of(attachment, spec))
    return Saved(record, ChangeSet.of("attachment", record.id, also=("dossier",)),
                 journal_id=entry.id)


def remove_attachment(database: Database, actor: Actor, attachment_id: int,
                      version: int) -> Saved:
    """Delete an attachment read at ``version`` (roles allowed to delete attachments, within
    their clearance); its name, size, fingerprint and classification stay in the journal."""
    spec = kind("attachment")
    with session_guard.writing(database, actor) as (session, actor):
        permissions.require(actor, Action.DELETE, "attachment")
        attachment = load(session, database, actor, spec, attachment_id, for_update=True)
        assert isinstance(attachment, Attachment)
        if attachment.version != version:
            raise conflict_error(session, spec, attachment, version, None, actor.clearance)
        dossier = session.get(Dossier, attachment.dossier_id)
        reference = dossier.reference if dossier is not None else ""
        snapshot = {"filename": [attachment.filename, None], "size": [attachment.size, None],
                    "sha256": [attachment.sha256, None],
                    "classification": [int(attachment.classification), None],
                    "dossier_id": [attachment.dossier_id, None]}
        session.delete(attachment)
        session.flush()
        entry = journal(session, actor, AuditAction.DELETE, "attachment", attachment_id,
                        reference, snapshot)
    return Saved(None, ChangeSet.of("attachment", attachment_id, also=("dossier",)),
                 journal_id=entry.id)


def attachments(database: Database, actor: Actor, dossier_id: int) -> tuple[Record, ...]:
    """The dossier's attachments the actor is cleared to see (content not included)."""
    spec = kind("attachment")
    with session_guard.reading(database, actor) as (session, actor):
        permissions.require(actor, Action.READ, "attachment")
        load(session, database, actor, kind("dossier"), dossier_id)
        rows = session.scalars(select(Attachment).where(
            Attachment.dossier_id == dossier_id,
            Attachment.classification <= actor.clearance).order_by(Attachment.id))
        return tuple(freeze("attachment", values_of(a, spec)) for a in rows)


def attachment_content(database: Database, actor: Actor, attachment_id: int) -> bytes:
    """The bytes of one attachment, checked against the SHA-256 recorded when it was stored."""
    with session_guard.reading(database, actor) as (session, actor):
        permissions.require(actor, Action.READ, "attachment")
        attachment = load(session, database, actor, kind("attachment"), attachment_id)
        assert isinstance(attachment, Attachment)
        data = attachment.content
        if hashlib.sha256(data).hexdigest() != attachment.sha256:
            raise ValidationError(translate("Attachments",
                                            "La pièce jointe « {name} » est altérée : son "
                                            "empreinte ne correspond plus.")
                                            .format(name=attachment.filename))
        return data


def attachment_file(database: Database, actor: Actor, attachment_id: int) -> tuple[str, bytes]:
    """An attachment's file name and its bytes (checked as :func:`attachment_content` does)."""
    content = attachment_content(database, actor, attachment_id)
    with session_guard.reading(database, actor) as (session, actor):
        attachment = load(session, database, actor, kind("attachment"), attachment_id)
        assert isinstance(attachment, Attachment)
        return attachment.filename, content
