"""Creating or changing one record: a form built from the kind's description.

The fields come from ``services.forms`` (labels, types, limits, choices), so every kind has
its form, and a kind gains a field without touching the window. Saving goes through the one
write path (``ui.write_path``): the service runs on a worker, its refusal shows at the field it
names, a conflict with someone else's save says who and offers to reload, and the change set
is broadcast to every view. Closing a modified form asks whether to save.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cabinet_desktop.domain.enums import Classification
from cabinet_desktop.domain.errors import CabinetError, ConflictError, ValidationError
from cabinet_desktop.i18n import translate
from cabinet_desktop.services import listing, records, search
from cabinet_desktop.services.forms import (
    FieldType,
    Form,
    FormField,
    applies,
    check,
    form_of,
)
from cabinet_desktop.services.rows import Record
from cabinet_desktop.ui.dialogs.compare_dialog import CompareDialog
from cabinet_desktop.ui.dialogs.form_dialog import as_error_line
from cabinet_desktop.ui.dialogs.form_fields import FieldWidget, LinksField, widget_for
from cabinet_desktop.ui.dialogs.form_layouts import (
    DESIGNED,
    DESIGNED_WIDTH,
    PLAIN_WIDTH,
    Placed,
    place,
)
from cabinet_desktop.ui.dialogs.indicator_targets import TargetsPanel, read_targets
from cabinet_desktop.ui.workspace import Workspace
from cabinet_desktop.ui.write_path import run_write


@dataclass(frozen=True)
class FormData:
    """What a form needs read before it opens (on a worker when the server is distant)."""

    form: Form
    record: Record | None
    choices: Mapping[str, tuple[tuple[int, str], ...]] = field(default_factory=dict)
    links: Mapping[str, tuple[tuple[int, str], ...]] = field(default_factory=dict)
    #: the yearly targets of an indicator, shown in its form
    targets: tuple[Record, ...] = ()


def read_form_data(workspace: Workspace, kind: str, record_id: int | None = None,
                   initial: Mapping[str, Any] | None = None) -> FormData:
    """Read the record (``None``: a new one), the choices of its reference fields and the
    names of its linked records. Services only: callable from a worker thread."""
    database, actor = workspace.database, workspace.actor
    form = form_of(kind)
    record = records.get(database, actor, kind, record_id) if record_id is not None else None
    values: Mapping[str, Any] = record.values if record is not None else (initial or {})
    choices = {f.name: listing.choices(database, actor, str(f.target)) for f in form.fields
               if f.type is FieldType.REFERENCE and f.target in ("persons", "attributions",
                                                                   "partners")}
    links: dict[str, tuple[tuple[int, str], ...]] = {}
    for f in form.fields:
        if f.type is FieldType.LINKS:
            ids = [int(i) for i in values.get(f.name) or ()]
            named = listing.labels(database, actor, str(f.target), ids)
            links[f.name] = tuple((i, named[i]) for i in ids if i in named)
    targets = read_targets(workspace, record_id) if kind == "indicator" and record_id else ()
    return FormData(form, record, choices, links, targets)


def find_records(workspace: Workspace) -> Callable[[str, str], list[tuple[int, str]]]:
    """A finder for link fields: records of a kind matching what is typed (search index)."""
    database = workspace.database

    def find(kind: str, text: str) -> list[tuple[int, str]]:
        found = search.search(database, workspace.actor, text, per_kind=15, kinds=[kind])
        return [(r.id, f"{r.reference} — {r.title}") for r in found.results]

    return find


class RecordForm(QDialog):
    """The form of one record of ``data.form.kind`` (``data.record`` is ``None`` for a new one).

    ``initial`` pre-fills a new record (a duplicate, a follow-up mission); ``parent_id`` is the
    record a child belongs to (a partner's contact). ``saved`` carries the service's result.
    """

    saved = Signal(object)

    def __init__(self, workspace: Workspace, data: FormData, parent: QWidget | None = None,
                 initial: Mapping[str, Any] | None = None, parent_id: int | None = None,
                 title: str | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.data = data
        self.form = data.form
        self.record = data.record
        self.parent_id = parent_id
        self.result: Any = None
        self.saving = False
        self.setObjectName(f"form_{self.form.kind}")
        self.setWindowTitle(title or self._title())
        self.widgets: dict[str, FieldWidget] = {}
        self.field_errors: dict[str, QLabel] = {}

        placed: list[Placed] = []
        for spec in self.form.fields:
            widget = self._widget(spec)
            self.widgets[spec.name] = widget
            error = as_error_line(QLabel())
            error.setObjectName(f"error_{spec.name}")
            self.field_errors[spec.name] = error
            column = QVBoxLayout()
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(error)
            holder = QWidget()
            holder.setLayout(column)
            placed.append(Placed(spec.name, spec.label, holder, widget.focus_widget(),
                                 spec.required))
        fields, self.tab_order, self.labels = place(self.form.kind, placed)
        self.targets: TargetsPanel | None = None
        slot = fields.findChild(QWidget, "slot_targets")
        if slot is not None:
            values = self.record.values if self.record is not None else {}
            self.targets = TargetsPanel(workspace, self.record.id if self.record else None,
                                        data.targets, self._open_target,
                                        str(values.get("unit") or ""))
            box = QVBoxLayout(slot)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(self.targets)
        self.child_forms: list[RecordForm] = []
        inner = QWidget()
        stacked = QVBoxLayout(inner)
        stacked.addWidget(fields)
        stacked.addStretch(1)  # spare height below the fields, not between them
        scroll = self.scroll_area = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        self.error = as_error_line(QLabel())
        self.error.setObjectName("error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            translate("Forms", "&Enregistrer"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("Forms", "Annuler"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        note = QLabel(translate("Forms", "* champ obligatoire"))
        note.setStyleSheet("color: #5b6776; font-size: 11px;")
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(note)
        outer.addWidget(self.error)
        outer.addWidget(self.buttons)

        self._fill(self.record.values if self.record is not None else (initial or {}))
        self.initial_values = self.values()
        for widget in self.widgets.values():
            widget.changed.connect(self._edited)
        self._chain_tabs()
        self._show_applicable()
        # as tall as the fields need, within a 1366×768 screen (the rest scrolls)
        width = DESIGNED_WIDTH if self.form.kind in DESIGNED else PLAIN_WIDTH
        self.resize(width, min(inner.sizeHint().height() + 130, 720))
        first = self.widgets.get(self.tab_order[0]) if self.tab_order else None
        if first is not None:
            first.focus_widget().setFocus()

    # ----------------------------------------------------------------- building

    def _title(self) -> str:
        if self.record is None:
            return translate("Forms", "Nouveau : {kind}").format(kind=self.form.label.lower())
        reference = self.record.reference or f"n° {self.record.id}"
        return translate("Forms", "{kind} {reference}").format(kind=self.form.label,
                                                               reference=reference)

    def _widget(self, spec: FormField) -> FieldWidget:
        return widget_for(spec, int(self.workspace.actor.clearance),
                          self.data.choices.get(spec.name, ()), find_records(self.workspace))

    def _chain_tabs(self) -> None:
        """Tab goes through the fields in the layout's order, then Enregistrer, Annuler."""
        chain = [w for name in self.tab_order for w in self.widgets[name].tab_widgets()]
        if self.targets is not None:
            chain += self.targets.tab_widgets()
        chain += [self.buttons.button(QDialogButtonBox.StandardButton.Save),
                  self.buttons.button(QDialogButtonBox.StandardButton.Cancel)]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _open_target(self, target_id: int | None, done: Callable[[], None]) -> None:
        """The form of one of the indicator's targets, over this one."""
        assert self.record is not None
        data = read_form_data(self.workspace, "indicator_target", target_id)
        child = RecordForm(self.workspace, data, self, parent_id=self.record.id)
        child.saved.connect(lambda _result: done())
        child.finished.connect(lambda _code: self.child_forms.remove(child)
                               if child in self.child_forms else None)
        self.child_forms.append(child)
        child.open()

    def _show_applicable(self) -> None:
        """Show only the fields that apply to what is typed (the rate of a convention in
        euros or dollars, not in FCFA)."""
        values = self.values()
        for name in self.widgets:
            shown = applies(self.form.kind, name, values)
            holder = self.widgets[name].parentWidget()
            label = self.labels.get(name)
            for part in (holder, label):
                if part is not None and part.isHidden() == shown:
                    part.setVisible(shown)

    def _fill(self, values: Mapping[str, Any]) -> None:
        for name, widget in self.widgets.items():
            if widget.spec.type is FieldType.LINKS:
                widget.set_value(self.data.links.get(name, ()))
            elif name in values:
                widget.set_value(values[name])
            elif widget.spec.type is FieldType.CLASSIFICATION:
                widget.set_value(Classification.UNCLASSIFIED)
            elif widget.spec.default is not None and self.record is None:
                widget.set_value(widget.spec.default)

    # ----------------------------------------------------------------- state

    def values(self) -> dict[str, Any]:
        """Every field's value as the service takes it."""
        return {name: widget.value() for name, widget in self.widgets.items()}

    def changed_values(self) -> dict[str, Any]:
        """The fields changed since the form opened (all filled ones for a new record)."""
        now = self.values()
        if self.record is None:
            return {k: v for k, v in now.items() if v not in (None, "", [])}
        return {k: v for k, v in now.items() if v != self.initial_values.get(k)}

    @property
    def modified(self) -> bool:
        return self.values() != self.initial_values

    def _edited(self) -> None:
        sender = self.sender()
        name = getattr(sender, "spec", None)
        if name is not None:
            self._clear_error(name.name)
        self._show_applicable()

    # ----------------------------------------------------------------- errors

    def _clear_error(self, name: str) -> None:
        widget, label = self.widgets.get(name), self.field_errors.get(name)
        if widget is not None and label is not None and label.isVisible():
            widget.show_error(False)
            label.hide()

    def show_field_error(self, name: str, message: str) -> None:
        """Show ``message`` under field ``name`` and put the cursor there."""
        widget, label = self.widgets[name], self.field_errors[name]
        widget.show_error(True)
        label.setText(message)
        label.show()
        self.scroll_area.ensureWidgetVisible(widget)
        widget.focus_widget().setFocus()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    # ----------------------------------------------------------------- saving

    def save(self) -> None:
        """Check what the form can, then save through the services (off the GUI thread)."""
        if self.saving:
            return
        self.error.hide()
        for name, widget in self.widgets.items():
            problem = widget.problem()
            if problem is not None:
                self.show_field_error(name, problem)
                return
            if widget.spec.required and widget.value() in (None, "", []):
                self.show_field_error(name, translate("Validation",
                                                      "ce champ est obligatoire."))
                return
        try:  # the services' own checks, at once and at the field
            check(self.form.kind, self.values())
        except ValidationError as error:
            self._refused(error)
            return
        values = self.changed_values()
        if self.record is not None and not values:
            self.accept()  # nothing changed: nothing to save
            return
        kind, record, parent = self.form.kind, self.record, self.form.parent
        if record is None:
            if parent is not None and self.parent_id is not None:
                values[parent] = self.parent_id

            def work(database: Any, actor: Any) -> Any:
                return records.create(database, actor, kind, values)
        else:
            def work(database: Any, actor: Any) -> Any:
                return records.update(database, actor, kind, record.id, record.version, values)

        self.saving = True
        self.buttons.setEnabled(False)
        run_write(self.workspace, self, self.windowTitle(), work, self._saved, self._refused)

    def _saved(self, result: Any) -> None:
        self.saving = False
        self.buttons.setEnabled(True)
        self.result = result
        self.initial_values = self.values()
        self.saved.emit(result)
        super().accept()

    def _refused(self, error: CabinetError) -> None:
        self.saving = False
        self.buttons.setEnabled(True)
        if isinstance(error, ValidationError) and error.field in self.widgets:
            self.show_field_error(str(error.field), error.message)
        elif isinstance(error, ConflictError) and self.record is not None:
            self._conflict(error)
        else:
            self.show_error(error.message)

    def _conflict(self, error: ConflictError) -> None:
        """Someone else saved the record since it was read: never overwrite it silently."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.windowTitle(), error.message,
                          parent=self)
        box.setObjectName("conflictBox")
        reload = box.addButton(translate("Forms", "&Recharger"),
                               QMessageBox.ButtonRole.AcceptRole)
        compare = box.addButton(translate("Forms", "&Comparer…"),
                                QMessageBox.ButtonRole.ActionRole)
        box.addButton(translate("Forms", "Garder ma saisie"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(reload)
        box.exec()
        if box.clickedButton() is reload:
            self.reload()
        elif box.clickedButton() is compare:
            self.compare(error)
        else:
            self.show_error(error.message)

    def compare(self, error: ConflictError) -> CompareDialog | None:
        """Their saved values beside mine, field by field; the form then holds the choices,
        based on their version, for the user to save knowingly."""
        assert self.record is not None
        mine = self.values()
        data = read_form_data(self.workspace, self.form.kind, self.record.id)
        theirs = data.record
        if theirs is None:
            return None
        names = [name for name in (error.fields or self.widgets)
                 if name in self.widgets and self.widgets[name].spec.type is not FieldType.LINKS]
        dialog = CompareDialog([(n, self.widgets[n].spec.label) for n in names], mine,
                               theirs.values, error.saved_by, error.saved_at, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return dialog
        taken = dialog.taken()
        links = {name: list(_link_pairs(widget)) for name, widget in self.widgets.items()
                 if widget.spec.type is FieldType.LINKS}
        self.data, self.record = data, theirs
        self._fill(theirs.values)
        self.initial_values = self.values()  # their version is the base
        for name, widget in self.widgets.items():
            if name in links:
                widget.set_value(links[name])
            elif name not in taken:
                widget.set_value(mine[name])
        self.show_error(translate("Forms", "Version de {who} chargée avec vos choix : "
                                           "enregistrez pour l'appliquer.")
                        .format(who=error.saved_by or translate("Forms", "l'autre utilisateur")))
        return dialog

    def reload(self) -> None:
        """Show the record as it is now in the database (the user's edits are dropped)."""
        assert self.record is not None
        self.data = read_form_data(self.workspace, self.form.kind, self.record.id)
        self.record = self.data.record
        assert self.record is not None
        self._fill(self.record.values)
        self.initial_values = self.values()
        self.error.hide()

    # ----------------------------------------------------------------- leaving

    def accept(self) -> None:
        self.save()

    def reject(self) -> None:
        if self.saving:
            return
        if self.modified and not self._may_leave():
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.saving or (self.modified and not self._may_leave()):
            event.ignore()
            return
        super().closeEvent(event)

    def _may_leave(self) -> bool:
        """« Enregistrer / Ne pas enregistrer / Annuler » for a modified form."""
        answer = QMessageBox.question(
            self, self.windowTitle(),
            translate("Forms", "Les modifications n'ont pas été enregistrées. Les enregistrer ?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            self.save()
            return False  # closes itself once saved
        return answer == QMessageBox.StandardButton.Discard


def _link_pairs(widget: FieldWidget) -> list[tuple[int, str]]:
    """The (id, label) pairs a link field shows."""
    links = widget if isinstance(widget, LinksField) else None
    if links is None:
        return []
    return [(int(links.list.item(n).data(Qt.ItemDataRole.UserRole)), links.list.item(n).text())
            for n in range(links.list.count())]

