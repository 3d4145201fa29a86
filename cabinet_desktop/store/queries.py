"""Reusable SQL pieces: the clearance filter every query of a classified kind goes through.

A user never sees a record above their clearance. That rule is enforced where data is
queried, by adding :func:`within_clearance` to the ``WHERE`` clause of every list, count, search
or export of dossiers, briefing notes and attachments. Keep it the one place that says how.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, and_, select, true

from cabinet_desktop.domain.entities import Attachment, BriefingNote, Dossier

#: Models whose rows carry a classification of their own.
CLASSIFIED_MODELS: tuple[type[Any], ...] = (Dossier, BriefingNote, Attachment)


def within_clearance(model: type[Any], clearance: int) -> ColumnElement[bool]:
    """The condition that rows of ``model`` are at or below ``clearance``.

    Attachments also inherit their dossier's classification: an unclassified attachment of a
    secret dossier is secret. Models without a classification give ``TRUE``.
    """
    level = int(clearance)
    if model is Attachment:
        cleared_dossiers = select(Dossier.id).where(Dossier.classification <= level)
        return and_(Attachment.classification <= level,
                    Attachment.dossier_id.in_(cleared_dossiers))
    column = getattr(model, "classification", None)
    if column is None:
        return true()
    return column <= level


def restrict(statement: Select[Any], model: type[Any], clearance: int) -> Select[Any]:
    """``statement`` limited to rows of ``model`` the clearance allows."""
    if model in CLASSIFIED_MODELS:
        return statement.where(within_clearance(model, clearance))
    return statement
