"""Undo (and redo) of a user's own edits, through the same services so the journal records them.

An edit is undone from its journal entry (``Saved.journal_id``): the fields it changed get back
the values they had before, by :func:`records.update` (optimistic locking, validation,
clearance and a journal entry of its own); an archiving is undone by restoring, and the other
way round; a creation by archiving the record (deleting it when its kind does not archive:
that one is not redone). Redo is the undo of the undo's own entry. If someone else saved the
record since the edit (or, given ``expected_version``, anyone from another window), nothing is
written and :class:`ConflictError` says who, when and which fields.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.types import DateTime

from cabinet_desktop.domain.entities import AuditEntry
from cabinet_desktop.domain.enums import AuditAction
from cabinet_desktop.domain.errors import ConflictError, ValidationError
from cabinet_desktop.i18n import translate
from cabinet_desktop.services import records, session_guard
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.catalog import Kind, kind, kind_names
from cabinet_desktop.services.rows import Saved
from cabinet_desktop.store.database import Database
from cabinet_desktop.store.queries import within_clearance

# Journal actions that give a record a new version (what an undo must not silently overwrite).
_VERSIONING = (AuditAction.UPDATE, AuditAction.ARCHIVE, AuditAction.RESTORE,
               AuditAction.WORKFLOW, AuditAction.DELETE)
_UNDOABLE = (AuditAction.UPDATE, AuditAction.ARCHIVE, AuditAction.RESTORE,
             AuditAction.CREATE)


def undo(database: Database, actor: Actor, journal_id: int,
         expected_version: int | None = None) -> Saved:
    """Undo the edit journaled as ``journal_id``, which must be ``actor``'s own creation,
    update, archiving or restoring of a record; returns the result of the restoring write.

    Raises :class:`ConflictError` (nothing written) when someone else saved the record since,
    or when ``expected_version`` (the version the edit left) is given and the record moved on
    since, even by the same user in another window; :class:`ValidationError` when the entry is
    not an edit this user may undo.
    """
    with session_guard.reading(database, actor) as (session, actor):
        entry = session.get(AuditEntry, journal_id)
        if entry is None or not _is_own(entry, actor) or entry.action not in _UNDOABLE \
                or entry.entity not in kind_names() or entry.entity_id is None:
            raise ValidationError(translate("Undo", "Cette action ne peut pas être annulée : "
                                                    "seules vos propres modifications le "
                                                    "peuvent."))
        spec = kind(entry.entity)
        record_id = int(entry.entity_id)
        obj = records.load(session, database, actor, spec, record_id)
        version = int(getattr(obj, "version", 0) or 0)
        _refuse_if_saved_by_others(session, actor, spec, obj, entry)
        if expected_version is not None and version != expected_version:
            raise _not_undone(records.conflict_error(session, spec, obj, expected_version,
                                                     None, actor.clearance), spec, obj)
        action = AuditAction(entry.action)
        changes: dict[str, list[Any]] = json.loads(entry.changes or "{}")
        if action is AuditAction.UPDATE:
            values = _before_values(session, actor, spec, changes)
    if action is AuditAction.UPDATE:
        if not values:
            raise ValidationError(translate("Undo", "Cette modification ne peut pas être "
                                                    "annulée : aucun de ses champs ne se "
                                                    "modifie ici."))
        return records.update(database, actor, spec.name, record_id, version, values)
    if action is AuditAction.CREATE and not spec.archivable:
        return records.remove(database, actor, spec.name, record_id, version)
    return records.set_archived(database, actor, spec.name, record_id, version,
                                archived=action in (AuditAction.RESTORE, AuditAction.CREATE))


def _is_own(entry: AuditEntry, actor: Actor) -> bool:
    if actor.user_id is not None:
        return entry.user_id == actor.user_id
    return entry.user_id is None and entry.actor == actor.label


def _refuse_if_saved_by_others(session: Session, actor: Actor, spec: Kind, obj: Any,
                               entry: AuditEntry) -> None:
    """:class:`ConflictError` naming who saved the record after ``entry`` (someone else)."""
    later = session.execute(select(AuditEntry.user_id, AuditEntry.actor, AuditEntry.changes)
                            .where(AuditEntry.entity == entry.entity,
                                   AuditEntry.entity_id == entry.entity_id,
                                   AuditEntry.id > entry.id,
                                   AuditEntry.action.in_(_VERSIONING))).all()
    fields: set[str] = set()
    for row in later:
        own = row.user_id == actor.user_id if actor.user_id is not None else (
            row.user_id is None and row.actor == actor.label)
        if not own:
            fields.update(json.loads(row.changes or "{}"))
    if fields:
        error = records.conflict_error(session, spec, obj, None, None, actor.clearance)
        shown = error.current.values if error.current is not None else {}
        raise ConflictError(_not_undone(error, spec, obj).message, current=error.current,
                            saved_by=error.saved_by, saved_at=error.saved_at,
                            fields=tuple(sorted(f for f in fields if f in shown
                                                and f not in ("version", "updated_at",
                                                              "updated_by_id"))))


def _not_undone(error: ConflictError, spec: Kind, obj: Any) -> ConflictError:
    """``error`` told as an undo refused: someone saved the record after the edit."""
    at = error.saved_at.astimezone().strftime("%d/%m/%Y à %H:%M") if error.saved_at else "?"
    reference = getattr(obj, "reference", "") or f"n° {obj.id}"
    message = translate("Undo", "{kind} {reference} a été modifié(e) par {who} le {at}, après "
                                "votre modification : rien n'a été annulé, pour ne pas écraser "
                                "ce travail. Ouvrez la fiche pour la corriger.").format(
        kind=spec.label, reference=reference, who=error.saved_by or "?", at=at)
    return ConflictError(message, current=error.current, saved_by=error.saved_by,
                         saved_at=error.saved_at, fields=error.fields)


def _before_values(session: Session, actor: Actor, spec: Kind,
                   changes: dict[str, list[Any]]) -> dict[str, Any]:
    """The values the edited fields had before, as :func:`records.update` takes them.

    Links keep only the records the user may see: those above the clearance are kept by the
    save whatever is sent. Dates and times come back from their journal text.
    """
    values: dict[str, Any] = {}
    visible_before: dict[str, set[int]] = {}
    for name, pair in changes.items():
        if not isinstance(pair, list) or len(pair) != 2:
            continue
        before = pair[0]
        if name in spec.links:
            visible_before[name] = {int(i) for i in before or []}
            continue
        if name not in spec.editable:
            continue
        column = spec.mapper.columns[name]
        if isinstance(column.type, DateTime) and isinstance(before, str):
            before = dt.datetime.fromisoformat(before)
        values[name] = before
    for name, ids in visible_before.items():
        values[name] = sorted(_visible(session, spec, name, ids, actor))
    return values


def _visible(session: Session, spec: Kind, name: str, ids: set[int], actor: Actor) -> set[int]:
    """Those of ``ids`` that still exist and that the actor may see."""
    if not ids:
        return set()
    model: Any = kind(spec.links[name].other_kind).model
    return set(session.scalars(select(model.id).where(model.id.in_(ids),
                                                      within_clearance(model,
                                                                       actor.clearance))))

