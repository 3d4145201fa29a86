"""Dossier attachments; the workflow steps are the circuit's (``services.circuit``).

``advance``, ``available_steps`` and ``history`` are the circuit's, named here too for the
callers that move a dossier by the state it reaches.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import select

from cabinet_desktop.domain.entities import Attachment, Dossier
from cabinet_desktop.domain.enums import AuditAction, Classification
from cabinet_desktop.domain.errors import ValidationError
from cabinet_desktop.i18n import translate
from cabinet_desktop.services import permissions, session_guard
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.attachment_store import (
    MAX_ATTACHMENT_MB,
    attach_in,
    attachment_limit_mb,
)
from cabinet_desktop.services.audit import journal
from cabinet_desktop.services.catalog import kind
from cabinet_desktop.services.circuit import advance, available_steps, history
from cabinet_desktop.services.permissions import Action
from cabinet_desktop.services.records import conflict_error, load, values_of
from cabinet_desktop.services.rows import ChangeSet, Record, Saved, freeze
from cabinet_desktop.store.database import Database

__all__ = ["MAX_ATTACHMENT_MB", "advance", "attach", "attachment_content", "attachment_file",
           "attachment_limit_mb", "attachments", "available_steps", "history",
           "remove_attachment"]

# --------------------------------------------------------------------------- attachments


def attach(database: Database, actor: Actor, dossier_id: int, filename: str, content: bytes,
           classification: Classification | int = Classification.UNCLASSIFIED) -> Saved:
    """Store a file with a dossier (SHA-256 and size kept; every client sees it).

    The name is cleaned and the size checked against the settings' limit
    (:func:`attachment_store.attach_in`).
    """
    with session_guard.writing(database, actor) as (session, actor):
        permissions.require(actor, Action.CREATE, "attachment")
        dossier = load(session, database, actor, kind("dossier"), dossier_id)
        assert isinstance(dossier, Dossier)
        record, journal_id = attach_in(session, actor, dossier, filename, content,
                                       classification)
    return Saved(record, ChangeSet.of("attachment", record.id, also=("dossier",)),
                 journal_id=journal_id)


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
