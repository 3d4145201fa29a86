"""Writing the audit journal from services, and reading and verifying it."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cabinet_desktop.domain.entities import AuditEntry
from cabinet_desktop.domain.enums import AuditAction
from cabinet_desktop.i18n import translate
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.tasks import TaskState
from cabinet_desktop.store.audit_chain import ChainReport, append_entry, verify_chain
from cabinet_desktop.store.database import Database


def plain(value: Any) -> Any:
    """A JSON-friendly form of a field value for the journal."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return f"<{len(value)} octets>"
    if isinstance(value, list | tuple | set | frozenset):
        return sorted(plain(v) for v in value)
    return value


def diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list[Any]]:
    """``{field: [before, after]}`` for every field whose value changed."""
    changed: dict[str, list[Any]] = {}
    for key in sorted(set(before) | set(after)):
        old, new = plain(before.get(key)), plain(after.get(key))
        if old != new:
            changed[key] = [old, new]
    return changed


def journal(session: Session, actor: Actor, action: AuditAction, entity: str,
            entity_id: int | None, reference: str = "",
            changes: dict[str, Any] | None = None) -> AuditEntry:
    """Append an entry for ``actor`` in the caller's transaction."""
    return append_entry(session, user_id=actor.user_id, actor=actor.label, action=action,
                        entity=entity, entity_id=entity_id, reference=reference,
                        changes=changes)


def journal_now(database: Database, actor: Actor, action: AuditAction, entity: str,
                entity_id: int | None, reference: str = "",
                changes: dict[str, Any] | None = None) -> None:
    """Append an entry in a transaction of its own (refusals, whose operation writes nothing)."""
    with database.writing() as session:
        journal(session, actor, action, entity, entity_id, reference, changes)


def verify(database: Database, anchors: Sequence[str] = (),
           state: TaskState | None = None) -> ChainReport:
    """Recompute the journal's hash chain (``cabinet-desktop audit verify``).

    ``anchors`` are hashes kept outside the database (with backups, on briefing notes): the
    report says which the chain still holds. ``state`` hears the progress and may cancel.
    """
    with database.reading() as session:
        total = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
        step = translate("Audit", "Vérification du journal")

        def progress(done: int) -> None:
            if state is not None:
                state.report(step, done, total)

        return verify_chain(session, anchors=anchors, progress=progress)
