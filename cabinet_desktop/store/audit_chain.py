"""The hash chain of the audit journal: appending entries and verifying the chain."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cabinet_desktop.domain.entities import AuditEntry, AuditHead, utcnow
from cabinet_desktop.domain.enums import AuditAction

GENESIS_HASH = "0" * 64


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if hasattr(value, "value"):  # enums
        return value.value
    return str(value)


def canonical_json(value: Any) -> str:
    """Stable JSON used both for storage and for hashing."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"),
                      default=_json_default)


def entry_hash(prev_hash: str, at: dt.datetime, user_id: int | None, actor: str, action: str,
               entity: str, entity_id: int | None, reference: str, changes: str) -> str:
    """SHA-256 over the previous hash and every field of the entry."""
    payload = canonical_json([prev_hash, at.astimezone(dt.UTC).isoformat(timespec="microseconds"),
                              user_id, actor, action, entity, entity_id, reference, changes])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def append_entry(session: Session, *, user_id: int | None, actor: str, action: AuditAction,
                 entity: str, entity_id: int | None, reference: str = "",
                 changes: dict[str, Any] | None = None) -> AuditEntry:
    """Append one entry to the journal inside the caller's transaction.

    The head row is locked first (``SELECT … FOR UPDATE`` on PostgreSQL; SQLite transactions
    already hold the write lock), so concurrent writers chain one after the other.
    """
    head = session.scalars(select(AuditHead).where(AuditHead.id == 1).with_for_update()).one()
    at = utcnow()
    text = canonical_json(changes or {})
    digest = entry_hash(head.last_hash, at, user_id, actor, action.value, entity, entity_id,
                        reference, text)
    entry = AuditEntry(at=at, user_id=user_id, actor=actor, action=action, entity=entity,
                       entity_id=entity_id, reference=reference, changes=text,
                       prev_hash=head.last_hash, hash=digest)
    session.add(entry)
    session.flush()
    head.last_id = entry.id
    head.last_hash = digest
    return entry


@dataclass(frozen=True, slots=True)
class ChainReport:
    """Outcome of a verification: entries checked and the first broken one, if any."""

    checked: int
    last_hash: str
    broken_at: int | None = None
    problem: str = ""

    @property
    def ok(self) -> bool:
        return self.broken_at is None


def verify_chain(session: Session, batch: int = 5000) -> ChainReport:
    """Recompute every hash in order; report the first entry that does not match.

    Detects edited entries, deleted entries (the next one's ``prev_hash`` no longer matches)
    and a head that disagrees with the last entry.
    """
    prev = GENESIS_HASH
    checked = 0
    last_id = 0
    while True:
        rows = session.execute(
            select(AuditEntry.id, AuditEntry.at, AuditEntry.user_id, AuditEntry.actor,
                   AuditEntry.action, AuditEntry.entity, AuditEntry.entity_id,
                   AuditEntry.reference, AuditEntry.changes, AuditEntry.prev_hash,
                   AuditEntry.hash)
            .where(AuditEntry.id > last_id).order_by(AuditEntry.id).limit(batch)).all()
        if not rows:
            break
        for row in rows:
            if row.prev_hash != prev:
                return ChainReport(checked, prev, row.id, "previous_hash_mismatch")
            expected = entry_hash(prev, row.at, row.user_id, row.actor, row.action.value,
                                  row.entity, row.entity_id, row.reference, row.changes)
            if expected != row.hash:
                return ChainReport(checked, prev, row.id, "hash_mismatch")
            prev = row.hash
            checked += 1
            last_id = row.id
    head = session.get(AuditHead, 1)
    if head is not None and head.last_hash != prev:
        return ChainReport(checked, prev, last_id or 0, "head_mismatch")
    return ChainReport(checked, prev)
