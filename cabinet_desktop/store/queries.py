"""Reusable SQL pieces: the clearance filter every query of a classified kind goes through.

A user never sees a record above their clearance. That rule is enforced where data is
queried, by adding :func:`within_clearance` to the ``WHERE`` clause of every list, count, search
or export of dossiers, briefing notes and attachments. Keep it the one place that says how.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, not_, or_, select, true
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.visitors import InternalTraversal

from cabinet_desktop.domain.entities import Attachment, AuditEntry, BriefingNote, Dossier

#: Models whose rows carry a classification of their own.
CLASSIFIED_MODELS: tuple[type[Any], ...] = (Dossier, BriefingNote, Attachment)
#: Models whose rows reveal classified records (the journal): filtered by :func:`restrict` too.
REVEALING_MODELS: tuple[type[Any], ...] = (AuditEntry,)


class Unindexed(ColumnElement[Any]):
    """A column SQLite must not look up through an index (rendered ``+column``).

    A condition such as ``classification <= 3`` or ``archived IS 0`` keeps nearly every row;
    when SQLite's planner uses an index for it, it gives up the index that returns a list in
    order and sorts the whole table for each page. Other backends get the plain column.
    """

    inherit_cache = True
    _traverse_internals = [("element", InternalTraversal.dp_clauseelement)]  # noqa: RUF012

    def __init__(self, element: Any) -> None:
        self.element = element.__clause_element__() if hasattr(
            element, "__clause_element__") else element
        self.type = self.element.type


@compiles(Unindexed)
def _plain(element: Unindexed, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.element, **kw)


@compiles(Unindexed, "sqlite")
def _unary_plus(element: Unindexed, compiler: SQLCompiler, **kw: Any) -> str:
    return "+" + compiler.process(element.element, **kw)


def unindexed(column: Any) -> ColumnElement[Any]:
    """``column`` as a filter SQLite does not answer through an index (see :class:`Unindexed`)."""
    return Unindexed(column)


def within_clearance(model: type[Any], clearance: int,
                     indexed: bool = True) -> ColumnElement[bool]:
    """The condition that rows of ``model`` are at or below ``clearance``.

    Attachments also inherit their dossier's classification: an unclassified attachment of a
    secret dossier is secret. Models without a classification give ``TRUE``. With ``indexed``
    false, SQLite leaves the classification index aside (for sorted pages, not for counts).
    """
    level = int(clearance)
    if model is AuditEntry:
        return _journal_within(level)
    if model is Attachment:
        cleared_dossiers = select(Dossier.id).where(Dossier.classification <= level)
        return and_(Attachment.classification <= level,
                    Attachment.dossier_id.in_(cleared_dossiers))
    column = getattr(model, "classification", None)
    if column is None:
        return true()
    return (column if indexed else unindexed(column)) <= level


def _journal_within(level: int) -> ColumnElement[bool]:
    """Journal entries about a dossier, note or attachment above ``level`` are left out.

    Their ``changes`` hold the record's fields (object, summary, avis…): reading the journal
    must not reveal what the records themselves would not.
    """
    above_dossiers = select(Dossier.id).where(Dossier.classification > level)
    above_notes = select(BriefingNote.id).where(BriefingNote.classification > level)
    above_attachments = select(Attachment.id).where(or_(
        Attachment.classification > level, Attachment.dossier_id.in_(above_dossiers)))
    entity_id = func.coalesce(AuditEntry.entity_id, 0)
    return not_(or_(
        and_(AuditEntry.entity == "dossier", entity_id.in_(above_dossiers)),
        and_(AuditEntry.entity == "briefing_note", entity_id.in_(above_notes)),
        and_(AuditEntry.entity == "attachment", entity_id.in_(above_attachments)),
    ))


def restrict(statement: Select[Any], model: type[Any], clearance: int) -> Select[Any]:
    """``statement`` limited to rows of ``model`` the clearance allows."""
    if model in CLASSIFIED_MODELS or model in REVEALING_MODELS:
        return statement.where(within_clearance(model, clearance))
    return statement
