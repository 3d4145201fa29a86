"""Undo and redo of this session's edits, through the same services (the journal records them).

Each step knows the journal entry of its last write and the version it left; undoing or redoing
is ``services.undo.undo`` of that entry (redo is the undo of the undo), one more service write
through the window's write path, journaled. When someone has saved the record since, the
service answers with a conflict: nothing is overwritten, the user is told who and when, and the
step stays where it was.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from cabinet_desktop.domain.errors import CabinetError
from cabinet_desktop.i18n import translate
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.store.database import Database
from cabinet_desktop.ui.workspace import Workspace
from cabinet_desktop.ui.write_path import run_write

Work = Callable[[Database, Actor], Any]


@dataclass
class Step:
    """One edit of this session: the journal entry of its last write (the edit, its undo or
    its redo) and the version that write left; undoing or redoing undoes that entry."""

    kind: str
    record_id: int
    reference: str
    version: int | None
    what: str  # « modification », « création », « archivage »…
    journal_id: int

    def work(self) -> Work:
        from cabinet_desktop.services import undo  # loaded by the edit being undone

        journal_id, version = self.journal_id, self.version
        return lambda db, actor: undo.undo(db, actor, journal_id, version)


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

    def record_update(self, result: Any) -> None:
        self._push(result, _UPDATED)

    def record_creation(self, result: Any) -> None:
        self._push(result, _CREATED)

    def record_archiving(self, result: Any, archived: bool) -> None:
        self._push(result, _ARCHIVED if archived else _RESTORED)

    def _push(self, result: Any, what: str) -> None:
        record, journal_id = result.record, getattr(result, "journal_id", None)
        if record is None or journal_id is None:
            return  # nothing was written: nothing to undo
        self.done.append(Step(record.kind, record.id, record.reference, record.version, what,
                              journal_id))
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
        self._run(parent, step, self.done, self.undone, on_refused)
        return True

    def redo(self, parent: Any = None,
             on_refused: Callable[[CabinetError], None] | None = None) -> bool:
        """Redo the last undone edit; ``False`` when there is none."""
        if not self.undone or self.busy:
            return False
        self._run(parent, self.undone[-1], self.undone, self.done, on_refused)
        return True

    def _run(self, parent: Any, step: Step, source: list[Step], target: list[Step],
             on_refused: Callable[[CabinetError], None] | None) -> None:
        self.busy = True

        def saved(result: Any) -> None:
            self.busy = False
            source.remove(step)
            record, journal_id = getattr(result, "record", None), result.journal_id
            if record is not None and journal_id is not None:
                step.version, step.journal_id = record.version, journal_id
                target.append(step)  # a deleted record (a contact's creation undone) is not
            self.changed.emit()      # redone: it would not come back under its id

        title = translate("Undo", "Annuler : {label}").format(label=self._label(step))

        def refused(error: CabinetError) -> None:
            self.busy = False
            if on_refused is not None:
                on_refused(error)
            else:
                QMessageBox.warning(parent, title, error.message)

        run_write(self.workspace, parent, title, step.work(), saved, refused)
