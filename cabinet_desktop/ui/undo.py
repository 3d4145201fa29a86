"""Undo and redo of this session's edits, through the same services (the journal records them).

Each step knows the record and the version its last write left; undoing or redoing is one more
service write through the window's write path. When someone else has saved the record since,
the service answers with a conflict: nothing is overwritten, the user is told who and when, and
the step stays where it was.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from cabinet_desktop.domain.errors import CabinetError
from cabinet_desktop.i18n import translate
from cabinet_desktop.services import catalog
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.store.database import Database
from cabinet_desktop.ui.workspace import Workspace
from cabinet_desktop.ui.write_path import run_write

Work = Callable[[Database, Actor], Any]


@dataclass
class Step:
    """One edit of this session: how to undo it and redo it, from the version it left."""

    kind: str
    record_id: int
    reference: str
    version: int
    what: str  # « modification », « création », « archivage »…
    before: Mapping[str, Any] = field(default_factory=dict)
    after: Mapping[str, Any] = field(default_factory=dict)

    def undo_work(self) -> Work:
        from cabinet_desktop.services import records  # loaded by the edit being undone

        kind, record_id, version = self.kind, self.record_id, self.version
        if self.what == _CREATED:
            if catalog.kind(kind).archivable:
                return lambda db, actor: records.set_archived(db, actor, kind, record_id,
                                                              version, True)
            return lambda db, actor: records.remove(db, actor, kind, record_id, version)
        if self.what in (_ARCHIVED, _RESTORED):
            archived = self.what == _RESTORED
            return lambda db, actor: records.set_archived(db, actor, kind, record_id, version,
                                                          archived)
        before = dict(self.before)
        return lambda db, actor: records.update(db, actor, kind, record_id, version, before)

    def redo_work(self) -> Work | None:
        from cabinet_desktop.services import records  # loaded by the edit being redone

        kind, record_id, version = self.kind, self.record_id, self.version
        if self.what == _CREATED:
            if not catalog.kind(kind).archivable:
                return None  # a deleted record does not come back under its id
            return lambda db, actor: records.set_archived(db, actor, kind, record_id,
                                                          version, False)
        if self.what in (_ARCHIVED, _RESTORED):
            archived = self.what == _ARCHIVED
            return lambda db, actor: records.set_archived(db, actor, kind, record_id, version,
                                                          archived)
        after = dict(self.after)
        return lambda db, actor: records.update(db, actor, kind, record_id, version, after)


_CREATED = "création"
_UPDATED = "modification"
_ARCHIVED = "archivage"
_RESTORED = "désarchivage"


def _what(code: str) -> str:
    return {_CREATED: translate("Undo", "création"), _UPDATED: translate("Undo", "modification"),
            _ARCHIVED: translate("Undo", "archivage"),
            _RESTORED: translate("Undo", "désarchivage")}[code]


class UndoHistory(QObject):
    """The session's edits in order; ``changed`` tells the Édition menu to update its texts."""

    changed = Signal()

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.done: list[Step] = []
        self.undone: list[Step] = []
        self.busy = False

    # ----------------------------------------------------------------- recording

    def record_update(self, result: Any, before: Mapping[str, Any],
                      after: Mapping[str, Any]) -> None:
        self._push(result, _UPDATED, before, after)

    def record_creation(self, result: Any) -> None:
        self._push(result, _CREATED)

    def record_archiving(self, result: Any, archived: bool) -> None:
        self._push(result, _ARCHIVED if archived else _RESTORED)

    def _push(self, result: Any, what: str, before: Mapping[str, Any] | None = None,
              after: Mapping[str, Any] | None = None) -> None:
        record = result.record
        self.done.append(Step(record.kind, record.id, record.reference, record.version, what,
                              dict(before or {}), dict(after or {})))
        self.undone.clear()
        self.changed.emit()

    # ----------------------------------------------------------------- menu texts

    def undo_text(self) -> str | None:
        """« modification de MIS-2026-0012 », or ``None`` when there is nothing to undo."""
        return self._label(self.done[-1]) if self.done else None

    def redo_text(self) -> str | None:
        return self._label(self.undone[-1]) if self.undone else None

    @staticmethod
    def _label(step: Step) -> str:
        return translate("Undo", "{what} de {reference}").format(
            what=_what(step.what), reference=step.reference or f"n° {step.record_id}")

    # ----------------------------------------------------------------- undoing

    def undo(self, parent: Any = None,
             on_refused: Callable[[CabinetError], None] | None = None) -> bool:
        """Undo the last edit (through the services); ``False`` when there is none."""
        if not self.done or self.busy:
            return False
        step = self.done[-1]
        self._run(parent, step, step.undo_work(), self.done, self.undone, on_refused)
        return True

    def redo(self, parent: Any = None,
             on_refused: Callable[[CabinetError], None] | None = None) -> bool:
        """Redo the last undone edit; ``False`` when there is none."""
        if not self.undone or self.busy:
            return False
        step = self.undone[-1]
        work = step.redo_work()
        if work is None:
            self.undone.pop()
            self.changed.emit()
            return False
        self._run(parent, step, work, self.undone, self.done, on_refused)
        return True

    def _run(self, parent: Any, step: Step, work: Work, source: list[Step],
             target: list[Step], on_refused: Callable[[CabinetError], None] | None) -> None:
        self.busy = True

        def saved(result: Any) -> None:
            self.busy = False
            record = getattr(result, "record", None)
            if record is not None:
                step.version = record.version
            source.remove(step)
            target.append(step)
            self.changed.emit()

        title = translate("Undo", "Annuler : {label}").format(label=self._label(step))

        def refused(error: CabinetError) -> None:
            self.busy = False
            if on_refused is not None:
                on_refused(error)
            else:
                QMessageBox.warning(parent, title, error.message)

        run_write(self.workspace, parent, title, work, saved, refused)
