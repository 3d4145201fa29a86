"""The widgets of a record form, one per field type, each with ``value()``/``set_value()`` and a
``changed`` signal: dates typed or picked, references and links chosen by typing, never ids.

Values go to the services as typed (``27/11/2026``, ``1 234 567,50``): the services convert and
check them and name the field when they refuse.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QDate, QSignalBlocker, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from cabinet_desktop.domain.enums import Classification
from cabinet_desktop.formatting import format_date, format_number
from cabinet_desktop.i18n import translate
from cabinet_desktop.services.forms import FieldType, FormField
from cabinet_desktop.ui import icons
from cabinet_desktop.ui.tasks import run_in_background

#: ``search(kind, text)`` → ``[(id, label)]`` of records matching ``text`` (run on a worker)
Finder = Callable[[str, str], list[tuple[int, str]]]

COUNTER_STYLE = "color: #5b6776; font-size: 11px;"


def show_count(counter: QLabel, length: int, limit: int | None) -> None:
    """« 245/300 » once a text nears its length limit (hidden before)."""
    near = bool(limit) and length >= 0.8 * (limit or 0)
    counter.setVisible(near)
    if near:
        counter.setText(f"{length}/{limit}")


def _narrow(combo: QComboBox) -> None:
    """A combo as wide as the form gives it, not as its longest choice (an attribution's
    label runs to a hundred characters): the list that drops down shows them whole."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(18)
    view = combo.view()
    if view is not None:
        view.setTextElideMode(Qt.TextElideMode.ElideNone)
        view.setMinimumWidth(420)


def searchable(combo: QComboBox, choices: Sequence[tuple[str, Any]]) -> QComboBox:
    """Make ``combo`` a type-to-search picker of ``choices`` (label, data): typing part of a
    name offers the matching ones; nothing typed is ever added to the list."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    for label, data in choices:
        combo.addItem(label, data)
    completer = QCompleter(combo.model(), combo)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)
    line = combo.lineEdit()
    if line is not None:
        line.setPlaceholderText(translate("Forms", "Tapez pour chercher…"))
        # a long choice reads from its start (« A03 — Veiller à… »), not its end
        combo.currentIndexChanged.connect(lambda _index: line.setCursorPosition(0))
    return combo


def chosen_index(combo: QComboBox) -> int:
    """The index of the choice typed in a searchable ``combo``: 0 when empty, -1 when the text
    names none of its choices."""
    text = combo.currentText().strip()
    if not text:
        return 0
    return combo.findText(text, Qt.MatchFlag.MatchFixedString)


class FieldWidget(QWidget):
    """Base of every field widget: a value, a change signal, an error look."""

    changed = Signal()

    def __init__(self, spec: FormField, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName(f"field_{spec.name}")
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def focus_widget(self) -> QWidget:
        """The widget that takes the focus (the label's buddy)."""
        return self

    def tab_widgets(self) -> list[QWidget]:
        """The widgets Tab stops on, in order (the focus widget alone for most fields)."""
        return [self.focus_widget()]

    def problem(self) -> str | None:
        """What the form can tell before saving (a name typed that is not in the list)."""
        return None

    def show_error(self, shown: bool) -> None:
        self.focus_widget().setStyleSheet("border: 1px solid #b42318;" if shown else "")


class TextField(FieldWidget):
    """One line, its length limit shown with a counter once it is near."""

    def __init__(self, spec: FormField, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.edit = QLineEdit()
        self.edit.setObjectName(f"edit_{spec.name}")
        if spec.max_length:
            self.edit.setMaxLength(spec.max_length)
        self.counter = QLabel()
        self.counter.setStyleSheet(COUNTER_STYLE)
        self.row.addWidget(self.edit, 1)
        self.row.addWidget(self.counter)
        self.edit.textChanged.connect(self._typed)
        self._count()

    def _typed(self) -> None:
        self._count()
        self.changed.emit()

    def _count(self) -> None:
        show_count(self.counter, len(self.edit.text()), self.spec.max_length)

    def value(self) -> Any:
        return self.edit.text().strip()

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))

    def focus_widget(self) -> QWidget:
        return self.edit


class NumberField(TextField):
    """A number typed the French way (``1 234 567,50``); the service converts it."""

    def set_value(self, value: Any) -> None:
        if isinstance(value, bool) or value is None:
            self.edit.setText("")
        elif isinstance(value, int | float) or hasattr(value, "as_tuple"):
            decimals = 0 if self.spec.type is FieldType.INTEGER else None
            self.edit.setText(format_number(value, decimals).replace("\u202f", " "))
        else:
            self.edit.setText(str(value))

    def value(self) -> Any:
        text = self.edit.text().strip()
        return text or None


class LongTextField(FieldWidget):
    """Several lines, cut at the length limit, a counter below."""

    def __init__(self, spec: FormField, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        self.edit = QPlainTextEdit()
        self.edit.setObjectName(f"edit_{spec.name}")
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(72)
        self.counter = QLabel()
        self.counter.setStyleSheet(COUNTER_STYLE)
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight)
        box.addWidget(self.edit)
        box.addWidget(self.counter)
        self.row.addLayout(box, 1)
        self.edit.textChanged.connect(self._typed)
        self._count()

    def _typed(self) -> None:
        limit = self.spec.max_length
        text = self.edit.toPlainText()
        if limit and len(text) > limit:
            with QSignalBlocker(self.edit):
                self.edit.setPlainText(text[:limit])
                cursor = self.edit.textCursor()
                cursor.movePosition(cursor.MoveOperation.End)
                self.edit.setTextCursor(cursor)
        self._count()
        self.changed.emit()

    def _count(self) -> None:
        show_count(self.counter, len(self.edit.toPlainText()), self.spec.max_length)

    def value(self) -> Any:
        return self.edit.toPlainText().strip()

    def set_value(self, value: Any) -> None:
        self.edit.setPlainText("" if value is None else str(value))

    def focus_widget(self) -> QWidget:
        return self.edit


class DateField(FieldWidget):
    """``JJ/MM/AAAA`` typed, or picked in a calendar that opens on the date (else today)."""

    def __init__(self, spec: FormField, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.edit = QLineEdit()
        self.edit.setObjectName(f"edit_{spec.name}")
        self.edit.setPlaceholderText(translate("Forms", "JJ/MM/AAAA"))
        self.edit.setMaximumWidth(130)
        self.button = QToolButton()
        self.button.setIcon(icons.icon("calendar"))
        self.button.setToolTip(translate("Forms", "Choisir dans le calendrier"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.open_calendar)
        self.row.addWidget(self.edit)
        self.row.addWidget(self.button)
        self.row.addStretch(1)
        self.edit.textChanged.connect(self.changed)
        self.calendar: QCalendarWidget | None = None

    def open_calendar(self) -> QCalendarWidget:
        """Show the calendar under the field, on the field's date or today."""
        menu = QMenu(self)
        calendar = QCalendarWidget()
        calendar.setObjectName(f"calendar_{self.spec.name}")
        calendar.setGridVisible(True)
        day = self.date() or dt.date.today()
        calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        def picked(day: QDate) -> None:
            self._pick(day)
            menu.close()

        calendar.clicked.connect(picked)
        action = QWidgetAction(menu)
        action.setDefaultWidget(calendar)
        menu.addAction(action)
        self.calendar = calendar
        menu.popup(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))
        return calendar

    def _pick(self, picked: QDate) -> None:
        self.edit.setText(format_date(dt.date(picked.year(), picked.month(), picked.day())))

    def date(self) -> dt.date | None:
        """The date typed, if it reads as one (the service says what is wrong otherwise)."""
        text = self.edit.text().strip()
        for pattern in ("%d/%m/%Y", "%Y-%m-%d"):
            try:
                return dt.datetime.strptime(text, pattern).date()
            except ValueError:
                continue
        return None

    def value(self) -> Any:
        return self.edit.text().strip() or None

    def set_value(self, value: Any) -> None:
        self.edit.setText(format_date(value) if isinstance(value, dt.date) else
                          "" if value is None else str(value))

    def focus_widget(self) -> QWidget:
        return self.edit


class ChoiceField(FieldWidget):
    """One of a list of values (an empty choice when the field is optional)."""

    def __init__(self, spec: FormField, choices: Sequence[tuple[Any, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.combo = QComboBox()
        self.combo.setObjectName(f"edit_{spec.name}")
        _narrow(self.combo)
        if not spec.required:
            self.combo.addItem("—", None)
        for value, label in choices:
            self.combo.addItem(label, value)
        self.row.addWidget(self.combo, 1)
        self.combo.currentIndexChanged.connect(self.changed)

    def value(self) -> Any:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        raw = getattr(value, "value", value)
        if isinstance(value, Classification):
            raw = str(int(value))
        index = self.combo.findData(None if raw is None else str(raw))
        if index < 0 and raw is not None:
            index = self.combo.findData(raw)
        self.combo.setCurrentIndex(max(index, 0))

    def focus_widget(self) -> QWidget:
        return self.combo


class ReferenceField(FieldWidget):
    """A person, partner or attribution chosen by typing part of its name."""

    def __init__(self, spec: FormField, choices: Sequence[tuple[int, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.combo = QComboBox()
        self.combo.setObjectName(f"edit_{spec.name}")
        _narrow(self.combo)
        searchable(self.combo, [("", None), *((label, i) for i, label in choices)])
        self.row.addWidget(self.combo, 1)
        self.combo.currentIndexChanged.connect(self.changed)
        self.combo.editTextChanged.connect(self.changed)

    def _index(self) -> int:
        return chosen_index(self.combo)

    def value(self) -> Any:
        index = self._index()
        return self.combo.itemData(index) if index > 0 else None

    def problem(self) -> str | None:
        if self._index() < 0:
            return translate("Forms", "« {text} » n'est pas dans la liste : choisissez une "
                                      "proposition.").format(text=self.combo.currentText())
        return None

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(value) if value is not None else 0
        self.combo.setCurrentIndex(max(index, 0))

    def focus_widget(self) -> QWidget:
        return self.combo


class BooleanField(FieldWidget):
    def __init__(self, spec: FormField, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.box = QCheckBox()
        self.box.setObjectName(f"edit_{spec.name}")
        self.row.addWidget(self.box)
        self.row.addStretch(1)
        self.box.toggled.connect(self.changed)

    def value(self) -> Any:
        return self.box.isChecked()

    def set_value(self, value: Any) -> None:
        if isinstance(value, str):  # a default from the form's description
            value = value.strip().lower() in ("true", "1", "oui")
        self.box.setChecked(bool(value))

    def focus_widget(self) -> QWidget:
        return self.box


class LinksField(FieldWidget):
    """Records of another kind linked to this one: a list, a search line to add, « Retirer »."""

    SEARCH_DELAY_MS = 200

    def __init__(self, spec: FormField, finder: Finder, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self._finder = finder
        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setObjectName(f"links_{spec.name}")
        self.list.setFixedHeight(64)  # three links shown; more scroll within the list
        self.search = QLineEdit()
        self.search.setObjectName(f"edit_{spec.name}")
        self.search.setPlaceholderText(translate("Forms", "Ajouter : tapez une référence ou un "
                                                          "intitulé…"))
        self._found: dict[str, int] = {}
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._chosen)
        self.search.setCompleter(completer)
        self.remove = QPushButton(translate("Forms", "Retirer"))
        self.remove.setObjectName(f"remove_{spec.name}")
        self.remove.clicked.connect(self._remove_current)
        line = QHBoxLayout()
        line.addWidget(self.search, 1)
        line.addWidget(self.remove)
        box.addWidget(self.list)
        box.addLayout(line)
        self.row.addLayout(box, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._look_up)
        self.search.textEdited.connect(lambda _text: self._timer.start())
        self._serial = 0

    def _look_up(self) -> None:
        text = self.search.text().strip()
        if len(text) < 2:
            return
        self._serial += 1
        serial, finder, kind = self._serial, self._finder, str(self.spec.target)
        run_in_background(lambda _state: finder(kind, text),
                          lambda found: self._offer(serial, found), owner=self)

    def _offer(self, serial: int, found: list[tuple[int, str]]) -> None:
        if serial != self._serial:
            return
        self._found = {label: record_id for record_id, label in found}
        self._model.setStringList(list(self._found))
        completer = self.search.completer()
        completer.setCompletionPrefix(self.search.text())
        completer.complete()

    def _chosen(self, label: str) -> None:
        record_id = self._found.get(label)
        if record_id is not None:
            self.add(record_id, label)
        QTimer.singleShot(0, self.search.clear)

    def add(self, record_id: int, label: str) -> None:
        """Link the record ``record_id`` (shown as ``label``) unless it is already."""
        if record_id in self.value():
            return
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, record_id)
        item.setToolTip(label)
        self.list.addItem(item)
        self.changed.emit()

    def _remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()

    def value(self) -> Any:
        return [int(self.list.item(n).data(Qt.ItemDataRole.UserRole))
                for n in range(self.list.count())]

    def set_value(self, value: Any) -> None:
        self.list.clear()
        for record_id, label in value or ():
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, record_id)
            item.setToolTip(label)
            self.list.addItem(item)

    def focus_widget(self) -> QWidget:
        return self.search

    def tab_widgets(self) -> list[QWidget]:
        return [self.list, self.search, self.remove]

def widget_for(spec: FormField, clearance: int, choices: Sequence[tuple[int, str]] = (),
               finder: Finder | None = None) -> FieldWidget:
    """The widget of a field of ``spec``'s type: classification levels up to ``clearance``,
    a reference among ``choices``, links searched with ``finder``."""
    if spec.type is FieldType.LONG_TEXT:
        return LongTextField(spec)
    if spec.type is FieldType.DATE:
        return DateField(spec)
    if spec.type in (FieldType.NUMBER, FieldType.INTEGER):
        return NumberField(spec)
    if spec.type is FieldType.BOOLEAN:
        return BooleanField(spec)
    if spec.type is FieldType.CHOICE:
        return ChoiceField(spec, spec.choices)
    if spec.type is FieldType.CLASSIFICATION:
        return ChoiceField(spec, [(value, label) for value, label in spec.choices
                                  if int(value) <= clearance])
    if spec.type is FieldType.REFERENCE:
        return ReferenceField(spec, choices)
    if spec.type is FieldType.LINKS and finder is not None:
        return LinksField(spec, finder)
    return TextField(spec)


def with_mnemonic(label: str, used: set[str]) -> str:
    """``label`` with ``&`` before its first letter not yet used as a mnemonic in the form."""
    for index, char in enumerate(label):
        key = char.casefold()
        if char.isalpha() and key.isascii() and key not in used:
            used.add(key)
            return label[:index] + "&" + label[index:]
    return label
