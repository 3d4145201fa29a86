"""The hash chain of the audit journal: appending entries and verifying the chain."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cabinet_desktop.domain.entities import AuditEntry, AuditHead, utcnow
from cabinet_desktop.domain.enums import AuditAction
from cabinet_desktop.domain.errors import StorageError
from cabinet_desktop.i18n import translate

GENESIS_HASH = "0" * 64
HASH_PATTERN = re.compile(r"^[0-9a-f]{64}$")


class JournalDamaged(StorageError):
    """The journal cannot take a new entry (its head is missing, or an id would be reused):
    nothing is saved until it is repaired."""


def journal_damaged(problem: str) -> JournalDamaged:
    return JournalDamaged(translate(
        "Audit", "Le journal d'audit est endommagé ({problem}) : aucune opération n'est "
                 "enregistrée tant qu'il n'est pas réparé. Vérifiez-le avec « cabinet-desktop "
                 "audit verify » et restaurez la dernière sauvegarde.").format(problem=problem))


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
    head = session.scalars(select(AuditHead).where(AuditHead.id == 1).with_for_update()).first()
    if head is None:
        raise journal_damaged(translate("Audit", "sa tête est absente"))
    at = utcnow()
    text = canonical_json(changes or {})
    digest = entry_hash(head.last_hash, at, user_id, actor, action.value, entity, entity_id,
                        reference, text)
    entry = AuditEntry(at=at, user_id=user_id, actor=actor, action=action, entity=entity,
                       entity_id=entity_id, reference=reference, changes=text,
                       prev_hash=head.last_hash, hash=digest)
    session.add(entry)
    session.flush()
    if entry.id <= head.last_id:  # entries after it were cut: their numbers are not given again
        raise journal_damaged(translate("Audit", "le n° {id} a déjà servi").format(id=entry.id))
    head.last_id = entry.id
    head.last_hash = digest
    return entry


def problem_text(problem: str) -> str:
    """What a broken chain's ``problem`` key (``ChainReport.problem``) says, in French."""
    return {
        "previous_hash_mismatch": translate("Audit", "son empreinte précédente n'est pas celle "
                                                     "de l'entrée d'avant"),
        "hash_mismatch": translate("Audit", "son contenu ne correspond plus à son empreinte"),
        "head_mismatch": translate("Audit", "la tête du journal ne désigne pas la dernière "
                                            "entrée"),
        "head_missing": translate("Audit", "la tête du journal est absente"),
    }.get(problem, problem)


@dataclass(frozen=True, slots=True)
class ChainReport:
    """Outcome of a verification: entries checked and the first broken one, if any.

    ``anchors`` pairs each hash kept outside the database (a backup's, a briefing note's) with
    the id of the entry that has it, or ``None`` when the chain no longer holds it: the
    journal was cut or rewritten after that anchor.
    """

    checked: int
    last_hash: str
    broken_at: int | None = None
    problem: str = ""
    last_id: int = 0
    last_at: dt.datetime | None = None
    anchors: tuple[tuple[str, int | None], ...] = ()

    @property
    def ok(self) -> bool:
        return self.broken_at is None

    @property
    def anchors_ok(self) -> bool:
        return all(entry is not None for _, entry in self.anchors)

    @property
    def problem_text(self) -> str:
        """The problem in French."""
        return problem_text(self.problem)


def verify_chain(session: Session, batch: int = 5000, anchors: Sequence[str] = (),
                 progress: Callable[[int], None] | None = None) -> ChainReport:
    """Recompute every hash in order; report the first entry that does not match.

    Detects edited entries, deleted entries (the next one's ``prev_hash`` no longer matches),
    a missing head and a head that disagrees with the last entry; says which of ``anchors``
    (hashes kept outside the database) the chain still holds. ``progress`` is told the number
    of entries checked after each batch.
    """
    prev = GENESIS_HASH
    checked = 0
    last_id = 0
    last_at: dt.datetime | None = None
    wanted = {anchor.strip().lower() for anchor in anchors}
    found: dict[str, int] = {}

    def report(broken: int | None = None, problem: str = "") -> ChainReport:
        return ChainReport(checked, prev, broken, problem, last_id, last_at,
                           tuple((a, found.get(a)) for a in dict.fromkeys(
                               x.strip().lower() for x in anchors)))

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
                return report(row.id, "previous_hash_mismatch")
            expected = entry_hash(prev, row.at, row.user_id, row.actor, row.action.value,
                                  row.entity, row.entity_id, row.reference, row.changes)
            if expected != row.hash:
                return report(row.id, "hash_mismatch")
            prev = row.hash
            checked += 1
            last_id, last_at = row.id, row.at
            if row.hash in wanted:
                found[row.hash] = row.id
        if progress is not None:
            progress(checked)
    head = session.get(AuditHead, 1)
    if head is None:
        return report(last_id, "head_missing")
    if head.last_hash != prev:
        return report(last_id, "head_mismatch")
    return report()
