"""Editing from the window: Nouveau, Modifier, Dupliquer, Archiver, Supprimer, Annuler, Rétablir.

The window owns one :class:`EditingController`. Its actions sit in the Édition menu, the
toolbar and every list's context menu; they apply to the current list and its selected record
and are offered only to the roles that may use them (the services refuse anyway). Forms open
over the window (``ui.dialogs.record_form``); every write takes the window's one write path,
and each of the session's edits can be undone and redone through the services.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QMainWindow, QMenu, QMessageBox, QToolBar

from cabinet_desktop.i18n import translate
from cabinet_desktop.services import catalog
from cabinet_desktop.services.forms import FOLLOW_UP_SOURCES, form_of
from cabinet_desktop.services.permissions import Action, allowed
from cabinet_desktop.services.rows import Record
from cabinet_desktop.ui.actions import window_action
from cabinet_desktop.ui.undo import UndoHistory
from cabinet_desktop.ui.workspace import Workspace
from cabinet_desktop.ui.write_path import read_before_write, run_write

if TYPE_CHECKING:  # forms and the records service load with the first form opened
    from cabinet_desktop.ui.dialogs.record_form import FormData, RecordForm
    from cabinet_desktop.ui.panes.list_pane import ListPane

#: The kinds a list pane edits with a form (notes have their composer, the journal is read-only).
EDITABLE = frozenset({"mission", "dossier", "partner", "indicator", "consultation"})
#: Related records added through their own controller: files, and measurements (a period
#: not yet entered: ``ui/shell/measurements.py``).
OWN_DIALOGS = frozenset({"attachment", "measurement"})


T = TypeVar("T")

class EditingController(QObject):
    """The window's editing actions and the session's undo history."""

    def __init__(self, window: QMainWindow, workspace: Workspace, edit_menu: QMenu,
                 toolbar: QToolBar, current_pane: Callable[[], ListPane | None]) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = workspace
        self._current_pane = current_pane
        self.history = UndoHistory(workspace, self)
        self.forms: list[RecordForm] = []  # open forms (kept alive until closed)
        #: kinds whose « Nouveau » opens another dialog than the record form: kind → (may the
        #: user create one now, open that dialog) — a dossier is registered by the circuit
        self.creators: dict[str, tuple[Callable[[], bool],
                                       Callable[[Mapping[str, Any] | None], None]]] = {}

        def action(text: str, name: str, slot: Callable[[], Any], shortcut: Any = None,
                   icon: str | None = None) -> QAction:
            return window_action(window, text, name, slot, shortcut, icon)

        self.undo_action = action(translate("Editing", "&Annuler"), "undoAction", self.undo,
                                  QKeySequence.StandardKey.Undo)
        self.redo_action = action(translate("Editing", "&Rétablir"), "redoAction", self.redo,
                                  "Ctrl+Y")
        self.new_action = action(translate("Editing", "&Nouveau…"), "newAction",
                                 self.new_record, "Ctrl+N", "point")
        self.edit_action = action(translate("Editing", "&Modifier…"), "editAction",
                                  self.edit_current, "F2", "file-text")
        self.duplicate_action = action(translate("Editing", "D&upliquer…"), "duplicateAction",
                                       self.duplicate_current, "Ctrl+D", "copy")
        self.follow_up_action = action(translate("Editing", "Nouvelle mission de sui&vi…"),
                                       "followUpAction", self.follow_up_current, None, "target")
        self.archive_action = action(translate("Editing", "Arc&hiver"), "archiveAction",
                                     self.toggle_archived)
        self.delete_action = action(translate("Editing", "&Supprimer…"), "deleteAction",
                                    self.delete_current, QKeySequence.StandardKey.Delete)
        for made in (self.new_action, self.edit_action, self.duplicate_action,
                     self.follow_up_action, self.archive_action, self.delete_action):
            made.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        first = edit_menu.actions()[0] if edit_menu.actions() else None
        own = [self.undo_action, self.redo_action]
        self.new_person_action = action(translate("Editing", "Nouvelle &personne du cabinet…"),
                                        "newPersonAction",
                                        lambda: self.new_record("person"), None, "user")
        records_actions = [self.new_action, self.edit_action, self.duplicate_action,
                           self.follow_up_action, self.archive_action, self.delete_action,
                           self.new_person_action]
        if first is not None:
            edit_menu.insertActions(first, own)
            edit_menu.insertSeparator(first)
            edit_menu.insertActions(first, records_actions)
            edit_menu.insertSeparator(first)
        else:
            edit_menu.addActions(own + records_actions)
        toolbar_first = toolbar.actions()[0] if toolbar.actions() else None
        toolbar.insertActions(toolbar_first, [self.new_action, self.edit_action])  # type: ignore[arg-type]
        self.history.changed.connect(self.update_actions)
        workspace.actor_changed.connect(lambda _actor: self.update_actions())
        self.update_actions()

    # ----------------------------------------------------------------- state

    def attach(self, pane: ListPane) -> None:
        """Give ``pane``'s table the editing actions: context menu, Enter and double-click."""
        view = pane.view
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        view.addActions([self.new_action, self.edit_action, self.duplicate_action,
                         self.follow_up_action, self.archive_action, self.delete_action])
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.activated.connect(lambda _index: self.edit_current())
        pane.selection_changed.connect(self.update_actions)
        pane.edit_requested.connect(self.edit_record)
        pane.new_requested.connect(lambda kind, parent_id: self.new_record(kind, parent_id)
                                   if kind not in OWN_DIALOGS else None)

    def _current(self) -> tuple[str | None, Record | None]:
        pane = self._current_pane()
        if pane is None:
            return None, None
        return pane.kind, pane.current_record()

    def update_actions(self) -> None:
        """Offer what the current list, its selection and the user's role allow."""
        kind, record = self._current()
        actor = self.workspace.actor
        editable = kind in EDITABLE
        creator = self.creators.get(str(kind))
        self.new_action.setEnabled(editable and allowed(actor, Action.CREATE, str(kind))
                                   and (creator is None or creator[0]()))
        self.edit_action.setEnabled(editable and record is not None
                                    and allowed(actor, Action.UPDATE, str(kind)))
        self.duplicate_action.setEnabled(self.new_action.isEnabled() and record is not None)
        self.follow_up_action.setEnabled(kind in FOLLOW_UP_SOURCES and record is not None
                                         and allowed(actor, Action.CREATE, "mission"))
        archived = bool(record is not None and record.get("archived"))
        self.archive_action.setText(translate("Editing", "Désarc&hiver") if archived
                                    else translate("Editing", "Arc&hiver"))
        self.archive_action.setEnabled(
            editable and record is not None and catalog.kind(str(kind)).archivable
            and allowed(actor, Action.ARCHIVE, str(kind)))
        self.delete_action.setEnabled(editable and record is not None
                                      and allowed(actor, Action.DELETE, str(kind)))
        self.new_person_action.setEnabled(allowed(actor, Action.CREATE, "person"))
        undo, redo = self.history.undo_text(), self.history.redo_text()
        self.undo_action.setEnabled(undo is not None)
        self.undo_action.setText(translate("Editing", "&Annuler : {label}").format(label=undo)
                                 if undo else translate("Editing", "&Annuler"))
        self.redo_action.setEnabled(redo is not None)
        self.redo_action.setText(translate("Editing", "&Rétablir : {label}").format(label=redo)
                                 if redo else translate("Editing", "&Rétablir"))

    # ----------------------------------------------------------------- forms

    def _read(self, work: Callable[[], T], done: Callable[[T], Any]) -> None:
        """Read what a form needs: at once from a file, on a worker from a distant server."""
        read_before_write(self.workspace, self, self.window, work, done)

    def new_record(self, kind: str | None = None, parent_id: int | None = None,
                   initial: Mapping[str, Any] | None = None) -> None:
        """« Nouveau » in the current list (or a child record of ``parent_id``)."""
        from cabinet_desktop.ui.dialogs.record_form import read_form_data  # first form: loads

        kind = kind or self._current()[0]
        if kind is None or (kind in EDITABLE and not self.new_action.isEnabled()
                            and parent_id is None):
            return
        creator = self.creators.get(kind)
        if creator is not None and parent_id is None and initial is None:
            creator[1](None)
            return
        workspace = self.workspace
        self._read(lambda: read_form_data(workspace, kind, None, initial),
                   lambda data: self._open(data, initial, parent_id))

    def edit_current(self) -> None:
        kind, record = self._current()
        if kind in EDITABLE and record is not None and self.edit_action.isEnabled():
            self.edit_record(str(kind), record.id)

    def edit_record(self, kind: str, record_id: int) -> None:
        """Open the form of record ``record_id`` of ``kind``."""
        from cabinet_desktop.ui.dialogs.record_form import read_form_data  # first form: loads

        workspace = self.workspace
        self._read(lambda: read_form_data(workspace, kind, record_id),
                   lambda data: self._open(data))

    def duplicate_current(self) -> None:
        """A new record pre-filled with the selected one's values (its reference is new)."""
        from cabinet_desktop.services import records  # loads with the first write
        from cabinet_desktop.ui.dialogs.record_form import read_form_data

        kind, record = self._current()
        if kind is None or record is None or not self.duplicate_action.isEnabled():
            return
        workspace = self.workspace
        creator = self.creators.get(kind)
        if creator is not None:  # a dossier is copied into the registration of a new one
            self._read(lambda: dict(records.get(workspace.database, workspace.actor, kind,
                                                record.id).values), creator[1])
            return
        initial: dict[str, Any] = {}

        def read() -> FormData:
            source = records.get(workspace.database, workspace.actor, kind, record.id)
            names = {f.name for f in form_of(kind).fields}
            initial.update({k: v for k, v in source.values.items() if k in names})
            return read_form_data(workspace, kind, None, initial)

        self._read(read, lambda data: self._open(data, initial))

    def follow_up_current(self) -> None:
        """« Nouvelle mission de suivi » of the selected dossier or mission: the mission's
        form pre-filled (object, responsible, due date) and linked to it, saved in one step."""
        from cabinet_desktop.services.follow_up import follow_up_values
        from cabinet_desktop.ui.dialogs.record_form import read_form_data

        kind, record = self._current()
        if kind is None or record is None or not self.follow_up_action.isEnabled():
            return
        workspace = self.workspace
        initial: dict[str, Any] = {}

        def read() -> FormData:
            initial.update(follow_up_values(workspace.database, workspace.actor, kind,
                                            record.id))
            return read_form_data(workspace, "mission", None, initial)

        def opened(data: FormData) -> None:
            form = self._open(data, initial)
            form.setWindowTitle(translate("Editing", "Nouvelle mission de suivi de {reference}")
                                .format(reference=record.reference or f"n° {record.id}"))

        self._read(read, opened)

    def _open(self, data: FormData, initial: Mapping[str, Any] | None = None,
              parent_id: int | None = None) -> RecordForm:
        from cabinet_desktop.ui.dialogs.record_form import RecordForm

        form = RecordForm(self.workspace, data, self.window, initial=initial,
                          parent_id=parent_id)
        form.saved.connect(lambda result: self._saved(form, result))
        form.finished.connect(lambda _code: self.forms.remove(form)
                              if form in self.forms else None)
        self.forms.append(form)
        form.open()
        return form

    def close_forms(self) -> bool:
        """Close the open forms, each asking about its unsaved changes (« Changer
        d'utilisateur… »); ``False`` when the user keeps one open."""
        for form in list(self.forms):
            form.reject()  # asks once (close() would ask again through QDialog's reject)
        return not any(form.isVisible() for form in self.forms)

    def _saved(self, form: RecordForm, result: Any) -> None:
        if form.record is None:
            self.history.record_creation(result)
        else:
            self.history.record_update(result)
        record = getattr(result, "record", None)
        pane = self._current_pane()
        if record is not None and pane is not None and pane.kind == record.kind:
            pane.select_after_reload(record.id)
        self.update_actions()

    # ----------------------------------------------------------------- archive, delete

    def toggle_archived(self) -> None:
        kind, record = self._current()
        if kind is None or record is None or not self.archive_action.isEnabled():
            return
        from cabinet_desktop.services import records  # loads with the first write

        archived = not bool(record.get("archived"))
        record_id, version = record.id, record.version
        run_write(self.workspace, self.window, self.archive_action.text().replace("&", ""),
                  lambda db, actor: records.set_archived(db, actor, kind, record_id, version,
                                                         archived),
                  lambda result: self.history.record_archiving(result, archived))

    def delete_current(self) -> None:
        kind, record = self._current()
        if kind is None or record is None or not self.delete_action.isEnabled():
            return
        from cabinet_desktop.services import records  # loads with the first write

        label = record.reference or f"n° {record.id}"
        answer = QMessageBox.question(
            self.window, translate("Editing", "Supprimer"),
            translate("Editing", "Supprimer définitivement {record} ? Le journal garde la trace "
                                 "de son contenu.").format(record=label))
        if answer != QMessageBox.StandardButton.Yes:
            return
        record_id, version = record.id, record.version
        run_write(self.workspace, self.window, translate("Editing", "Supprimer"),
                  lambda db, actor: records.remove(db, actor, kind, record_id, version))

    # ----------------------------------------------------------------- undo

    def undo(self) -> None:
        self.history.undo(self.window)

    def redo(self) -> None:
        self.history.redo(self.window)
