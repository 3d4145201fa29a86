"""Saving many records all-or-nothing: one transaction, the same rules as one by one.

An Excel import (``exchange/workbook``) applies hundreds of creations and updates at once. Each
goes through :func:`records.create_in` / :func:`records.update_in` — permission, clearance,
validation, optimistic locking, audit — inside one write transaction: the first refusal, a
conflict or a cancellation rolls every write back, so nothing is half-imported.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from cabinet_desktop.domain.entities import Dossier
from cabinet_desktop.i18n import translate
from cabinet_desktop.services import circuit, records, session_guard
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.rows import ChangeSet
from cabinet_desktop.services.tasks import TaskState
from cabinet_desktop.store.database import Database


@dataclass(frozen=True, slots=True)
class Write:
    """One record to create (``record_id`` ``None``) or to update at ``version``."""

    kind: str
    values: dict[str, Any] = field(hash=False)
    record_id: int | None = None
    version: int | None = None


def apply(database: Database, actor: Actor, writes: Sequence[Write],
          state: TaskState | None = None) -> ChangeSet:
    """Save every write of ``writes`` in one transaction, or none of them.

    Raises what the first refused write raises (``ValidationError``, ``ConflictError``,
    ``PermissionDenied``) or ``Cancelled`` when ``state`` is cancelled; the transaction is
    then rolled back whole.
    """
    changes = ChangeSet()
    step = translate("Batch", "Enregistrement")
    with session_guard.writing(database, actor) as (session, actor):
        for done, write in enumerate(writes):
            if state is not None and done % 50 == 0:
                state.report(step, done, len(writes))
            if write.record_id is None:
                saved = records.create_in(session, database, actor, write.kind, write.values)
                if write.kind == "dossier":  # a new dossier starts the circuit, as registered
                    dossier = session.get(Dossier, saved.saved.id)
                    if dossier is not None:
                        circuit.first_step(session, actor, dossier,
                                           translate("Batch", "Importé d'un classeur Excel"))
            else:
                saved = records.update_in(session, database, actor, write.kind,
                                          write.record_id, int(write.version or 0),
                                          write.values)
            changes = changes | saved.changes
        if state is not None:
            state.report(step, len(writes), len(writes))  # last chance to cancel: rolls back
    return changes
