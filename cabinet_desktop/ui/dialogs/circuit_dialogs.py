"""The short dialog of each circuit action: a few fields, checked at the field, saved through
the one write path.

The fields come from ``services.circuit_forms.step_form``; the service call is handed in by
the circuit controller (``ui.shell.circuit``). A refusal naming a field shows under it; any
other (a permission, a state changed meanwhile, a conflict) shows above the buttons.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from cabinet_desktop.domain.errors import CabinetError, ValidationError
from cabinet_desktop.formatting import format_date, format_size
from cabinet_desktop.i18n import translate
from cabinet_desktop.services.circuit_forms import StepForm
from cabinet_desktop.services.forms import FieldType
from cabinet_desktop.services.rows import Record
from cabinet_desktop.ui.dialogs.form_dialog import as_error_line
from cabinet_desktop.ui.dialogs.form_fields import FieldWidget, widget_for, with_mnemonic
from cabinet_desktop.ui.workspace import Workspace
from cabinet_desktop.ui.write_path import Write, run_write

#: Builds the service write from the dialog's values (and the files joined, when asked).
WriteOf = Callable[[dict[str, Any], list[Path]], Write[Any]]


class StepDialog(QDialog):
    """One circuit action on ``dossier`` (``None``: registering a new one).

    ``choices`` holds the names offered by a reference field (the conseillers), ``initial``
    the values the fields open with; ``with_files`` adds the list of files to join.
    ``saved`` carries the service's result once the write went through.
    """

    saved = Signal(object)

    def __init__(self, workspace: Workspace, form: StepForm, dossier: Record | None,
                 write_of: WriteOf, parent: QWidget | None = None, *,
                 choices: Mapping[str, Sequence[tuple[int, str]]] | None = None,
                 initial: Mapping[str, Any] | None = None, with_files: bool = False) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.form = form
        self.dossier = dossier
        self.write_of = write_of
        self.saving = False
        self.setObjectName(f"circuit_{form.step.value}")
        title = form.title if dossier is None else translate(
            "Circuit", "{action} — {reference}").format(action=form.title,
                                                       reference=dossier.reference)
        self.setWindowTitle(title)
        outer = QVBoxLayout(self)
        if dossier is not None:
            state = translate("Circuit", "État : {state}").format(state=dossier["state"].label)
            decision = dossier.get("minister_decision")
            if decision is not None:
                state += " · " + translate("Circuit", "décision du Ministre : {decision}, le "
                                                      "{date}").format(
                    decision=decision.label,
                    date=format_date(dossier.get("minister_decision_date")))
            head = QLabel(f"<b>{escape(dossier.reference)}</b> — "
                          f"{escape(str(dossier.get('object') or ''))}<br>"
                          f"<span style='color:#5b6776'>{escape(state)}</span>")
            head.setObjectName("dossierHeading")
            head.setWordWrap(True)
            head.setTextFormat(Qt.TextFormat.RichText)
            outer.addWidget(head)
        intro = QLabel(form.intro)
        intro.setObjectName("intro")
        intro.setWordWrap(True)
        intro.setStyleSheet("color: #5b6776;")
        outer.addWidget(intro)

        self.widgets: dict[str, FieldWidget] = {}
        self.field_errors: dict[str, QLabel] = {}
        layout = QFormLayout()
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        used: set[str] = {"a"}  # « Annuler »'s own key stays free
        used.update(_mnemonic_of(form.ok_text))
        for spec in form.fields:
            widget = widget_for(spec, int(workspace.actor.clearance),
                                (choices or {}).get(spec.name, ()))
            self._add_row(layout, spec.name, widget, spec.label + (" *" if spec.required
                                                                  else "") + " :", used)
        self.files: QListWidget | None = None
        if with_files:
            self._add_files(layout, used)
        outer.addLayout(layout)
        outer.addStretch(1)
        if any(spec.required for spec in form.fields):
            note = QLabel(translate("Forms", "* champ obligatoire"))
            note.setStyleSheet("color: #5b6776; font-size: 11px;")
            outer.addWidget(note)
        self.error = as_error_line(QLabel())
        self.error.setObjectName("error")
        outer.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(form.ok_text)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("Forms", "&Annuler"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        for name, value in (initial or {}).items():
            if name in self.widgets:
                self.widgets[name].set_value(value)
        for widget in self.widgets.values():
            widget.changed.connect(self._edited)
        self.resize(560, self.sizeHint().height())
        self._fit()
        first = next(iter(self.widgets.values()), None)
        if first is not None:
            first.focus_widget().setFocus()

    def _add_row(self, layout: QFormLayout, name: str, widget: QWidget, text: str,
                 used: set[str]) -> None:
        label = QLabel(with_mnemonic(text, used))
        focus = widget.focus_widget() if isinstance(widget, FieldWidget) else widget
        label.setBuddy(focus)
        error = as_error_line(QLabel())
        error.setObjectName(f"error_{name}")
        self.field_errors[name] = error
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        holder = QWidget()
        holder.setObjectName("fieldRow")
        holder.setLayout(column)
        # a row is as tall as its field (and its error when shown): spare height goes below
        holder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout.addRow(label, holder)
        if isinstance(widget, FieldWidget):
            self.widgets[name] = widget

    def _add_files(self, layout: QFormLayout, used: set[str]) -> None:
        """The files joined to an incoming dossier: a list, « Ajouter… », « Retirer »."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.files = QListWidget()
        self.files.setObjectName("files")
        self.files.setFixedHeight(66)
        add = QPushButton(translate("Circuit", "Ajouter des fichiers…"))
        add.setObjectName("addFiles")
        add.clicked.connect(self.choose_files)
        remove = QPushButton(translate("Circuit", "Retirer"))
        remove.setObjectName("removeFile")
        remove.clicked.connect(self._remove_file)
        line = QHBoxLayout()
        line.addWidget(add)
        line.addWidget(remove)
        line.addStretch(1)
        column.addWidget(self.files)
        column.addLayout(line)
        self._add_row(layout, "content", box, translate("Circuit", "Pièces jointes :"), used)
        self.files_button = add

    # ----------------------------------------------------------------- files

    def choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, translate("Attachments", "Joindre des fichiers au dossier"))
        self.add_files(paths)

    def add_files(self, paths: Sequence[str]) -> None:
        """Join the files at ``paths`` (their names and sizes shown; read when saving)."""
        assert self.files is not None
        known = set(self.file_paths())
        for text in paths:
            path = Path(text)
            if path in known or not path.is_file():
                continue
            item = QListWidgetItem(f"{path.name} ({format_size(path.stat().st_size)})")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.files.addItem(item)
        self._clear_error("content")

    def _remove_file(self) -> None:
        if self.files is not None and self.files.currentRow() >= 0:
            self.files.takeItem(self.files.currentRow())

    def file_paths(self) -> list[Path]:
        if self.files is None:
            return []
        return [Path(self.files.item(n).data(Qt.ItemDataRole.UserRole))
                for n in range(self.files.count())]

    # ----------------------------------------------------------------- values and errors

    def values(self) -> dict[str, Any]:
        return {name: widget.value() for name, widget in self.widgets.items()}

    def _edited(self) -> None:
        spec = getattr(self.sender(), "spec", None)
        if spec is not None:
            self._clear_error(spec.name)

    def _clear_error(self, name: str) -> None:
        label = self.field_errors.get(name)
        if label is not None and label.isVisible():
            label.hide()
            widget = self.widgets.get(name)
            if widget is not None:
                widget.show_error(False)
            self._fit()

    def show_field_error(self, name: str, message: str) -> None:
        """``message`` under the field ``name``, the cursor there."""
        label = self.field_errors[name]
        label.setText(message)
        label.show()
        self._fit()
        widget = self.widgets.get(name)
        if widget is not None:
            widget.show_error(True)
            widget.focus_widget().setFocus()
        elif self.files is not None:
            self.files.setFocus()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self._fit()

    def _fit(self) -> None:
        """As tall as the fields and the messages shown need, no taller (an error line comes
        and goes under a field): once the rows have taken the change in."""
        QTimer.singleShot(0, self._fit_now)

    def _fit_now(self) -> None:
        layout = self.layout()
        if layout is not None:
            for holder in self.findChildren(QWidget, "fieldRow"):
                inner = holder.layout()
                if inner is not None:
                    inner.activate()
            layout.activate()
            height = layout.totalHeightForWidth(self.width())
            self.resize(self.width(), height if height > 0 else self.sizeHint().height())

    # ----------------------------------------------------------------- saving

    def accept(self) -> None:
        """Check what the dialog can, then take the step through the services."""
        if self.saving:
            return
        self.error.hide()
        for name, widget in self.widgets.items():
            problem = widget.problem()
            empty = widget.value() in (None, "", [])
            if problem is None and widget.spec.required and empty \
                    and widget.spec.type is not FieldType.BOOLEAN:
                problem = translate("Validation", "ce champ est obligatoire.")
            if problem is not None:
                self.show_field_error(name, problem)
                return
        self.saving = True
        self.buttons.setEnabled(False)
        run_write(self.workspace, self, self.windowTitle(),
                  self.write_of(self.values(), self.file_paths()), self._saved, self._refused)

    def _saved(self, result: Any) -> None:
        self.saving = False
        self.buttons.setEnabled(True)
        self.saved.emit(result)
        super().accept()

    def _refused(self, error: CabinetError) -> None:
        self.saving = False
        self.buttons.setEnabled(True)
        if isinstance(error, ValidationError) and error.field in self.field_errors:
            self.show_field_error(str(error.field), error.message)
        else:
            self.show_error(error.message)

    def reject(self) -> None:
        if not self.saving:
            super().reject()


def _mnemonic_of(text: str) -> set[str]:
    """The key of ``text``'s mnemonic (``&Valider`` → ``v``), kept free in the fields."""
    index = text.find("&")
    return {text[index + 1].casefold()} if 0 <= index < len(text) - 1 else set()
