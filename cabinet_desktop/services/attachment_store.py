"""Storing a file with a dossier inside the caller's write transaction.

Shared by ``services.dossiers.attach`` (a file joined to a dossier) and the circuit's
registration of an incoming dossier (``services.circuit.register``), which saves the dossier
and its files all-or-nothing.
"""

from __future__ import annotations

import hashlib
import mimetypes

from sqlalchemy.orm import Session

from cabinet_desktop.domain.entities import Attachment, Dossier
from cabinet_desktop.domain.enums import AuditAction, Classification
from cabinet_desktop.domain.errors import PermissionDenied, ValidationError
from cabinet_desktop.formatting import format_size
from cabinet_desktop.i18n import translate
from cabinet_desktop.services import permissions
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.audit import journal
from cabinet_desktop.services.catalog import kind
from cabinet_desktop.services.file_names import clean_file_name
from cabinet_desktop.services.permissions import Action
from cabinet_desktop.services.records import values_of
from cabinet_desktop.services.rows import Record, freeze
from cabinet_desktop.services.settings import settings_in

# Ceiling of the attachment size limit an administrator may set (the file lives in the
# database); the limit itself is the setting ``attachment_max_mb``.
MAX_ATTACHMENT_MB = 100


def attachment_limit_mb(session: Session) -> int:
    """The largest attachment accepted, in MiB (setting ``attachment_max_mb``, 25 by default)."""
    try:
        limit = int(settings_in(session).get("attachment_max_mb") or 25)
    except (TypeError, ValueError):
        limit = 25
    return max(1, min(limit, MAX_ATTACHMENT_MB))


def attach_in(session: Session, actor: Actor, dossier: Dossier, filename: str, content: bytes,
              classification: Classification | int = Classification.UNCLASSIFIED
              ) -> tuple[Record, int]:
    """Store ``content`` with ``dossier`` (already loaded within the actor's clearance) and
    journal it; returns the attachment as a row and the journal entry's id.

    The name is cleaned (:func:`file_names.clean_file_name`); a file above the size limit of
    the settings is refused with a French message saying both sizes.
    """
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
    attachment = Attachment(
        dossier_id=dossier.id, filename=name,
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
    return freeze("attachment", values_of(attachment, kind("attachment"))), entry.id
