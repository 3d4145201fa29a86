"""A list pane's filter bar: text, equality filters, date range, *En retard*, work lists
(« Mes dossiers », « Instructions du Ministre »…, and the « À traiter » line the dashboard
opened), *Archivés*."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QDate,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cabinet_desktop.domain.enums import Classification
from cabinet_desktop.formatting import format_number, format_percent
from cabinet_desktop.i18n import translate
from cabinet_desktop.services import listing, work_lists
from cabinet_desktop.services.listing import ListQuery
from cabinet_desktop.ui import icons
from cabinet_desktop.ui.panes.pane_specs import FilterChoice, PaneSpec
from cabinet_desktop.ui.today_date_edit import TodayDateEdit
from cabinet_desktop.ui.workspace import Workspace

NO_DATE = QDate(2000, 1, 1)
FILTER_DELAY_MS = 180


class FilterBar(QWidget):
    """Text, equality filters, date range, *En retard* and *Archivés*: emits ``changed``."""

    changed = Signal()

    def __init__(self, spec: PaneSpec, workspace: Workspace,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self.spec = spec
        self.workspace = workspace
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(4)
        layout = QHBoxLayout()
        layout.setSpacing(6)
        rows.addLayout(layout)
        self.text = QLineEdit()
        self.text.setObjectName("filterText")
        self.text.setPlaceholderText(translate("Panes", "Filtrer (réf., intitulé…)  Ctrl+F"))
        self.text.setClearButtonEnabled(True)
        self.text.addAction(icons.icon("filter"), QLineEdit.ActionPosition.LeadingPosition)
        self.text.setMinimumWidth(170)
        layout.addWidget(self.text, 2)
        self.combos: dict[str, QComboBox] = {}
        for choice in spec.filters:
            combo = QComboBox()
            combo.setObjectName(f"filter_{choice.name}")
            combo.setToolTip(translate("Panes", choice.label))
            combo.addItem(translate("Panes", choice.label) + " : " + translate("Panes", "tout"),
                          None)
            for value, label in self._options(choice, workspace):
                combo.addItem(label, value)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            combo.currentIndexChanged.connect(self.changed)
            layout.addWidget(combo, 1)
            self.combos[choice.name] = combo
        if spec.date_label or spec.overdue:
            layout = QHBoxLayout()
            layout.setSpacing(6)
            rows.addLayout(layout)
        self.date_from: QDateEdit | None = None
        self.date_to: QDateEdit | None = None
        if spec.date_label:
            date_label = QLabel(translate("Panes", spec.date_label) + " :")
            layout.addWidget(date_label)
            self.date_from = self._date_edit(translate("Panes", "du"))
            self.date_to = self._date_edit(translate("Panes", "au"))
            layout.addWidget(self.date_from)
            layout.addWidget(self.date_to)
        self.overdue: QToolButton | None = None
        if spec.overdue:
            self.overdue = QToolButton()
            self.overdue.setObjectName("filterOverdue")
            self.overdue.setText(translate("Panes", "En retard"))
            self.overdue.setIcon(icons.icon("alarm", icons.RED))
            self.overdue.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self.overdue.setCheckable(True)
            self.overdue.toggled.connect(self.changed)
            layout.addWidget(self.overdue)
        date_row = layout
        work_row = QHBoxLayout()
        work_row.setSpacing(10)
        layout = work_row
        #: the work lists offered as check boxes, by key (some on when the pane opens)
        self.work: dict[str, QCheckBox] = {}
        for key, on in spec.work_toggles:
            toggle = QCheckBox(work_lists.label(key))
            toggle.setObjectName(f"work_{key}")
            toggle.setChecked(on)
            toggle.toggled.connect(self.changed)
            layout.addWidget(toggle)
            self.work[key] = toggle
        #: an « À traiter » line opened from the dashboard: shown while it filters, unchecked
        #: to drop it
        self.work_chip = QToolButton(self)
        self.work_chip.setObjectName("workChip")
        self.work_chip.setCheckable(True)
        self.work_chip.setIcon(icons.icon("x"))
        self.work_chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.work_chip.setToolTip(translate("Panes", "Ne plus filtrer sur cette liste de travail"))
        self.work_chip.toggled.connect(self._chip_toggled)
        self.work_chip.hide()
        self._chip_key = ""
        layout.addWidget(self.work_chip)
        self.rate = QLabel(self)
        self.rate.setObjectName("instructionRate")
        self.rate.hide()
        layout.addWidget(self.rate)
        if "instructions" in self.work:
            self.work["instructions"].toggled.connect(self._show_rate)
        work_row.addStretch(1)
        if spec.work_toggles or any(w.kind == spec.kind for w in work_lists.WORK_LISTS):
            rows.addLayout(work_row)
        else:
            self._unused_row = work_row  # never shown: kept with its hidden widgets
        layout = date_row
        self.archived: QCheckBox | None = None
        if spec.archivable:
            self.archived = QCheckBox(translate("Panes", "Archivés"))
            self.archived.setToolTip(translate("Panes",
                                               "Afficher aussi les enregistrements archivés"))
            self.archived.toggled.connect(self.changed)
            layout.addWidget(self.archived)
        layout.addStretch(1)
        clear = QToolButton()
        clear.setText(translate("Panes", "Effacer les filtres"))
        clear.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        clear.setIcon(icons.icon("filter-off"))
        clear.setToolTip(translate("Panes", "Effacer les filtres"))
        clear.clicked.connect(self.clear)
        layout.addWidget(clear)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)
        self._timer.timeout.connect(self.changed)
        self.text.textChanged.connect(self._timer.start)

    def _chip_toggled(self, on: bool) -> None:
        if not on:
            self._chip_key = ""
            self.work_chip.hide()
            self.changed.emit()

    def _show_rate(self, on: bool) -> None:
        """The dashboard's execution rate beside the register it is computed from."""
        self.rate.setVisible(on)
        if not on:
            return
        from cabinet_desktop.services.dashboard import instruction_rate  # with this toggle

        workspace = self.workspace
        rate = instruction_rate(workspace.database, workspace.actor)
        if rate.rate is None:
            self.rate.setText(translate("Panes", "Aucune instruction échue"))
            return
        self.rate.setText(translate("Panes", "Exécution dans les délais : {p} ({done} sur {due} "
                                             "échues ou achevées)")
                          .replace("{p}", format_percent(round(rate.rate * 100)))
                          .replace("{done}", format_number(rate.achieved_on_time))
                          .replace("{due}", format_number(rate.due)))

    def show_work(self, key: str) -> None:
        """Clear every filter and show the work list ``key`` (a line of « À traiter »)."""
        self.blockSignals(True)
        self.clear()
        if key in self.work:
            self.work[key].setChecked(True)
        else:
            self._chip_key = key
            self.work_chip.blockSignals(True)
            self.work_chip.setChecked(True)
            self.work_chip.blockSignals(False)
            text = translate("Panes", "À traiter : {work}").replace("{work}",
                                                                      work_lists.label(key))
            self.work_chip.setText(text)
            bold = QFont(self.work_chip.font())
            bold.setBold(True)  # as the style sheet draws a checked button: never cut
            self.work_chip.setMinimumWidth(QFontMetrics(bold).horizontalAdvance(text) + 48)
            self.work_chip.show()
        self.blockSignals(False)
        self.changed.emit()

    def _date_edit(self, prefix: str) -> QDateEdit:
        edit = TodayDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(f"{prefix} —")
        edit.setDate(NO_DATE)
        edit.setToolTip(translate("Panes", "Laisser « — » pour ne pas borner"))
        edit.dateChanged.connect(self.changed)
        return edit

    @staticmethod
    def _options(choice: FilterChoice, workspace: Workspace) -> list[tuple[Any, str]]:
        database, actor = workspace.database, workspace.actor
        if choice.options == "people":
            return [(pid, name) for pid, name in listing.people(database, actor)]
        if choice.options == "attributions":
            return [(aid, f"{code} — {label[:60]}")
                    for aid, code, label in listing.attributions(database)]
        if choice.options == "classification":
            return [(level, level.label) for level in Classification
                    if actor.cleared_for(level)]
        return [(member, member.label) for member in choice.options]

    def _date(self, edit: QDateEdit | None) -> dt.date | None:
        if edit is None or edit.date() == NO_DATE:
            return None
        value = edit.date()
        return dt.date(value.year(), value.month(), value.day())

    def query(self) -> ListQuery:
        """The filters as a :class:`ListQuery` (sort and slice left to the model)."""
        filters = {name: combo.currentData() for name, combo in self.combos.items()
                   if combo.currentData() is not None}
        work = tuple(key for key, toggle in self.work.items() if toggle.isChecked())
        if self._chip_key:
            work += (self._chip_key,)
        return ListQuery(text=self.text.text().strip(), filters=filters,
                         date_from=self._date(self.date_from), date_to=self._date(self.date_to),
                         overdue_only=bool(self.overdue and self.overdue.isChecked()),
                         include_archived=bool(self.archived and self.archived.isChecked()),
                         work=work)

    def clear(self) -> None:
        widgets: list[QWidget] = [self, *self.combos.values()]
        for widget in widgets:
            widget.blockSignals(True)
        self.text.blockSignals(True)
        self.text.clear()
        self.text.blockSignals(False)
        for combo in self.combos.values():
            combo.setCurrentIndex(0)
        for edit in (self.date_from, self.date_to):
            if edit is not None:
                edit.blockSignals(True)
                edit.setDate(NO_DATE)
                edit.blockSignals(False)
        self._chip_key = ""
        self.work_chip.hide()
        self.rate.hide()
        for box in (self.overdue, self.archived, *self.work.values()):
            if box is not None:
                box.blockSignals(True)
                box.setChecked(False)
                box.blockSignals(False)
        for widget in widgets:
            widget.blockSignals(False)
        self.changed.emit()

    def show_text(self, text: str) -> None:
        """Clear every filter and filter on ``text`` at once (opening a given record)."""
        self.blockSignals(True)
        self.clear()
        self.text.blockSignals(True)
        self.text.setText(text)
        self.text.blockSignals(False)
        self.blockSignals(False)
        self.changed.emit()
