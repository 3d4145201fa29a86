"""The window's notes to the minister: « Nouvelle note », « Envoyer vers une note », the register.

« Nouvelle note » (Ctrl+Shift+N, Fichier menu, the Notes pane's buttons and its empty hint)
opens a composer. « Envoyer vers une note » in the dossier, mission, indicator and partner
lists puts the selected record — or every record of the list's current filter — into the
composer last used (a new one when none is open). In the register (the Notes pane): a draft
opens in the composer, an issued note shows its stored PDF read-only; a note is duplicated
into a new draft, printed, or saved as PDF. The composer and PDF code load on first use.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox, QPushButton

from cabinet_desktop.domain.errors import CabinetError
from cabinet_desktop.i18n import translate
from cabinet_desktop.services import catalog
from cabinet_desktop.services.permissions import Action, allowed
from cabinet_desktop.services.rows import Record
from cabinet_desktop.ui.actions import window_action
from cabinet_desktop.ui.tasks import run_task
from cabinet_desktop.ui.workspace import Workspace
from cabinet_desktop.ui.write_path import read_before_write, run_write

if TYPE_CHECKING:  # the notes' services, composer and PDF code load with the first use
    from cabinet_desktop.services.briefings import NoteRow
    from cabinet_desktop.ui.notes.composer import ComposerData, NoteComposer
    from cabinet_desktop.ui.panes.list_pane import ListPane
    from cabinet_desktop.ui.printing.controller import PrintController

KIND = "briefing_note"
#: the lists whose records can be sent to a note
SENDABLE = ("dossier", "mission", "indicator", "partner")
#: the records « Envoyer la liste filtrée » takes at most (a note is read, not a ledger)
FILTER_LIMIT = 200


def _label(record: Record) -> str:
    """« DOS-2026-0001 — Objet du dossier », as a note's picker lists it."""
    title_field = catalog.kind(record.kind).title
    title = str(record.get(title_field) or "") if title_field else ""
    return " — ".join(part for part in (record.reference, title) if part)


class NotesController(QObject):
    """Owned by the main window; the composers it opened live while their window does."""

    def __init__(self, window: QMainWindow, workspace: Workspace, file_menu: QMenu,
                 current_pane: Callable[[], ListPane | None], printing: PrintController,
                 before: QAction) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = workspace
        self.printing = printing
        self._current_pane = current_pane
        self.composers: list[NoteComposer] = []
        self.windows: list[Any] = []  # issued notes shown read-only

        def action(text: str, name: str, slot: Callable[[], Any], shortcut: Any = None,
                   icon: str | None = None) -> QAction:
            return window_action(window, text, name, slot, shortcut, icon)

        self.new_action = action(translate("Notes", "Nouvelle &note…"), "newNoteAction",
                                 lambda: self.new_note(), "Ctrl+Shift+N", "file-text")
        self.new_action.setToolTip(translate("Notes", "Écrire une note au Ministre "
                                                      "(Ctrl+Maj+N)"))
        self.send_action = action(translate("Notes", "Envoyer vers une note"), "sendToNote",
                                  self.send_selected)
        self.send_filtered_action = action(
            translate("Notes", "Envoyer la liste filtrée vers une note"), "sendFilteredToNote",
            self.send_filtered)
        self.open_action = action(translate("Notes", "&Ouvrir la note"), "openNote",
                                  self.open_current, None, "eye")
        self.duplicate_action = action(translate("Notes", "Dupliquer en nouveau brouillon"),
                                       "duplicateNote", self.duplicate_current, None, "copy")
        self.print_note_action = action(translate("Notes", "Imprimer la note…"), "printNote",
                                        self.print_current)
        self.save_pdf_action = action(translate("Notes", "Enregistrer la note en PDF…"),
                                      "saveNotePdf", self.save_current_pdf)
        self.pack_action = action(translate("Notes", "Constituer un dossier de &briefing…"),
                                  "makePack", self.make_pack, None, "folders")
        self.pack_action.setToolTip(translate(
            "Notes", "Les notes choisies (Ctrl+clic pour plusieurs), avec page de garde, "
                     "sommaire, fiches de dossiers et bordereau d'envoi, en un PDF"))
        self.packs: list[Any] = []  # open pack dialogs (kept alive until closed)
        file_menu.insertAction(before, self.new_action)
        file_menu.insertSeparator(before)
        self.update_actions()

    # ----------------------------------------------------------------- panes

    def attach(self, pane: ListPane) -> None:
        """Give a list its note actions: « Envoyer… » in the records' lists, the register's
        actions, buttons and empty hint in the Notes pane."""
        view = pane.view
        if pane.kind in SENDABLE:
            separator = QAction(view)
            separator.setSeparator(True)
            view.addActions([separator, self.send_action, self.send_filtered_action])
        if pane.kind != KIND:
            return
        for made in list(view.actions()):  # a note is not edited in a record form
            if made.objectName() in ("newAction", "editAction", "duplicateAction",
                                     "archiveAction", "deleteAction"):
                view.removeAction(made)
        view.insertActions(view.actions()[0] if view.actions() else None,  # type: ignore[arg-type]
                           [self.new_action, self.open_action, self.duplicate_action,
                            self.print_note_action, self.save_pdf_action, self.pack_action])
        view.activated.connect(lambda _index: self.open_current())
        pane.compose_requested.connect(lambda: self.new_note())
        pane.selection_changed.connect(self.update_actions)
        for made, name in ((self.new_action, "noteNew"), (self.open_action, "noteOpen"),
                           (self.duplicate_action, "noteDuplicate"),
                           (self.print_note_action, "notePrint"),
                           (self.save_pdf_action, "noteSavePdf"),
                           (self.pack_action, "notePack")):
            button = QPushButton(made.icon(), made.text().replace("&", ""))
            button.setObjectName(name)
            button.clicked.connect(made.trigger)
            # « Nouvelle note » is always there; a note's actions show once one is chosen
            show = button.setEnabled if made is self.new_action else button.setVisible
            made.enabledChanged.connect(show)
            show(made.isEnabled())
            pane.heading.insertWidget(pane.heading.count() - 1, button)

    def _notes_pane(self) -> ListPane | None:
        pane = self._current_pane()
        return pane if pane is not None and pane.kind == KIND else None

    def update_actions(self) -> None:
        actor = self.workspace.actor
        self.new_action.setEnabled(allowed(actor, Action.CREATE, KIND))
        pane = self._notes_pane()
        chosen = pane is not None and pane.current_record() is not None
        for made in (self.open_action, self.print_note_action, self.save_pdf_action,
                     self.pack_action):
            made.setEnabled(chosen)
        self.duplicate_action.setEnabled(chosen and self.new_action.isEnabled())

    def _refused(self, error: BaseException) -> None:
        if not isinstance(error, CabinetError):
            raise error
        QMessageBox.warning(self.window, translate("Notes", "Notes au Ministre"), error.message)

    def _read(self, work: Callable[[], Any], done: Callable[[Any], Any]) -> None:
        """A service read: at once from a local file, on a worker from a distant server."""
        read_before_write(self.workspace, self, self.window, work, done)

    # ----------------------------------------------------------------- composing

    def new_note(self, then: Callable[[NoteComposer], Any] | None = None) -> None:
        """Open a composer on a new note (``then(composer)`` once it shows)."""
        from cabinet_desktop.ui.notes.composer import read_composer_data

        if not self.new_action.isEnabled():
            return
        workspace = self.workspace
        self._read(lambda: read_composer_data(workspace),
                   lambda data: self._open_composer(data, then))

    def open_draft(self, note_id: int) -> None:
        from cabinet_desktop.ui.notes.composer import read_composer_data

        workspace = self.workspace
        self._read(lambda: read_composer_data(workspace, note_id),
                   lambda data: self._open_composer(data))

    def _open_composer(self, data: ComposerData,
                       then: Callable[[NoteComposer], Any] | None = None) -> NoteComposer:
        from cabinet_desktop.ui.notes.composer import NoteComposer

        composer = NoteComposer(self.workspace, data, self.window)
        composer.saved.connect(lambda row: self._saved(row))
        composer.finished.connect(lambda _code: self.composers.remove(composer)
                                  if composer in self.composers else None)
        self.composers.append(composer)
        composer.show()
        if then is not None:
            then(composer)
        return composer

    def _saved(self, row: NoteRow) -> None:
        pane = self._notes_pane()
        if pane is not None:
            pane.select_after_reload(row.id)

    def _target(self, then: Callable[[NoteComposer], None]) -> None:
        """The composer last opened and still editable, else a new one."""
        open_ = [c for c in self.composers if not c.frozen and c.isVisible()]
        if open_:
            composer = open_[-1]
            composer.raise_()
            composer.activateWindow()
            then(composer)
        else:
            self.new_note(then)

    def send_selected(self) -> None:
        """« Envoyer vers une note » the record selected in the current list."""
        pane = self._current_pane()
        record = pane.current_record() if pane is not None else None
        if pane is None or record is None or pane.kind not in SENDABLE:
            return
        kind = pane.kind
        label = _label(record)
        self._target(lambda composer: composer.add_records(kind, [(record.id, label)]))

    def send_filtered(self) -> None:
        """« Envoyer la liste filtrée vers une note »: the records the list's filter selects."""
        from cabinet_desktop.services import listing

        pane = self._current_pane()
        if pane is None or pane.kind not in SENDABLE:
            return
        workspace, kind = self.workspace, pane.kind
        query = pane.model.query.with_slice(0, FILTER_LIMIT)

        def work(_state: Any) -> list[tuple[int, str]]:
            page = listing.page(workspace.database, workspace.actor, kind, query)
            return [(r.id, _label(r)) for r in page.rows]

        run_task(self.window, translate("Notes", "Lecture de la liste"), work,
                 lambda pairs: self._target(lambda composer: composer.add_records(kind, pairs)),
                 self._refused)

    # ----------------------------------------------------------------- the register

    def _chosen(self) -> tuple[int, bool, str] | None:
        pane = self._notes_pane()
        record = pane.current_record() if pane is not None else None
        if record is None:
            return None
        return record.id, record.get("issued_at") is not None, str(record.reference or "")

    def open_current(self) -> None:
        """A draft opens in the composer; an issued note shows its stored PDF, read-only."""
        chosen = self._chosen()
        if chosen is None:
            return
        note_id, issued, reference = chosen
        if not issued:
            self.open_draft(note_id)
            return
        from cabinet_desktop.services import briefings

        workspace = self.workspace
        self._read(lambda: briefings.issued_pdf(workspace.database, workspace.actor, note_id),
                   lambda pdf: self._show_issued(reference, pdf))

    def _show_issued(self, reference: str, pdf: bytes) -> Any:
        from cabinet_desktop.ui.notes.pdf_view import PdfWindow

        shown = PdfWindow(translate("Notes", "Note {reference} — émise (lecture seule)")
                          .format(reference=reference), pdf, self.window)
        self.windows.append(shown)
        shown.destroyed.connect(lambda *_args: self.windows.remove(shown)
                                if shown in self.windows else None)
        shown.show()
        return shown

    def duplicate_current(self) -> None:
        """A new draft with the chosen note's choices, dated today, opened in the composer."""
        chosen = self._chosen()
        if chosen is None or not self.duplicate_action.isEnabled():
            return
        from cabinet_desktop.services import briefings

        note_id = chosen[0]
        run_write(self.workspace, self.window, translate("Notes", "Dupliquer la note"),
                  lambda database, actor: briefings.duplicate(database, actor, note_id),
                  lambda row: self.open_draft(row.id))

    def _pdf_of_current(self, then: Callable[[bytes, str], None]) -> None:
        """The chosen note's PDF: as stored once issued, as it would print now for a draft."""
        chosen = self._chosen()
        if chosen is None:
            return
        from cabinet_desktop.services import briefings

        note_id, issued, reference = chosen
        database, actor = self.workspace.database, self.workspace.actor

        def work(_state: Any) -> bytes:
            if issued:
                return briefings.issued_pdf(database, actor, note_id)
            from cabinet_desktop.exchange.briefing_issue import regenerate  # reportlab

            return regenerate(database, actor, note_id)

        run_task(self.window, translate("Notes", "Préparation de la note"), work,
                 lambda pdf: then(pdf, reference), self._refused)

    def print_current(self) -> None:
        self._pdf_of_current(lambda pdf, reference: self.printing.print_pdf(pdf, reference))

    def save_current_pdf(self, path: str | None = None) -> None:
        """« Enregistrer la note en PDF… »: the note's bytes, written whole."""
        def write(pdf: bytes, reference: str) -> None:
            target = path or self._ask_path(reference)
            if target is not None:
                self._write_pdf(pdf, target, translate("Notes", "Note enregistrée dans "
                                                                "« {path} »."))

        self._pdf_of_current(write)

    # ----------------------------------------------------------------- packs

    def make_pack(self) -> Any:
        """« Constituer un dossier de briefing… » from the notes selected in the register."""
        pane = self._notes_pane()
        if pane is None:
            return None
        chosen = [record for row in range(pane.model.rowCount())
                  if (record := pane.model.record(row)) is not None
                  and record.id in set(pane.selected_ids())]
        if not chosen:
            return None
        from cabinet_desktop.ui.notes.pack_dialog import PackDialog

        dialog = PackDialog(self.workspace, [(record.id, _label(record)) for record in chosen],
                            self.window)
        dialog.accepted.connect(lambda: self._render_pack(dialog))
        dialog.finished.connect(lambda _result: self.packs.remove(dialog)
                                if dialog in self.packs else None)
        self.packs.append(dialog)
        dialog.open()
        return dialog

    def _render_pack(self, dialog: Any) -> None:
        title, day, sender, dossier_ids = dialog.choice()
        target = self._ask_path(title)
        if target is None:
            return
        database, actor, note_ids = self.workspace.database, self.workspace.actor, dialog.note_ids

        def work(state: Any) -> bytes:
            from cabinet_desktop.exchange.briefing_issue import pack_of_notes  # reportlab

            return pack_of_notes(database, actor, title, note_ids, day, sender, dossier_ids,
                                 state)[0]

        run_task(self.window, translate("Notes", "Constitution du dossier de briefing"), work,
                 lambda pdf: self._write_pdf(pdf, target,
                                             translate("Notes", "Dossier de briefing "
                                                                "enregistré dans « {path} ».")),
                 self._refused)

    def _write_pdf(self, pdf: bytes, target: str, done: str) -> None:
        """Write ``pdf`` whole to ``target`` (a partial file never stays); say so or why not."""
        temporary = Path(f"{target}.part")
        try:
            temporary.write_bytes(pdf)
            temporary.replace(target)
        except OSError as error:
            temporary.unlink(missing_ok=True)
            QMessageBox.warning(self.window, translate("Notes", "Enregistrer en PDF"),
                                translate("Notes", "Impossible d'écrire « {path} » : "
                                                   "{error}").format(
                                    path=target, error=error.strerror or error))
            return
        self.window.statusBar().showMessage(done.format(path=target), 8000)

    def _ask_path(self, reference: str) -> str | None:
        path, _filter = QFileDialog.getSaveFileName(
            self.window, translate("Notes", "Enregistrer la note en PDF"),
            str(Path.home() / f"{reference or 'note'}.pdf"),
            translate("Notes", "Documents PDF (*.pdf)"))
        if not path:
            return None
        return path if path.lower().endswith(".pdf") else f"{path}.pdf"

