"""An indicator's yearly targets, inside the indicator's form (« Cibles annuelles »).

Each target is a record of its own (``indicator_target``): added and changed with its form, over
the indicator's, saved through the one write path (same checks: one target per year, year
within range). A new indicator is saved first, then given its targets.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cabinet_desktop.formatting import format_number
from cabinet_desktop.i18n import translate
from cabinet_desktop.services import listing
from cabinet_desktop.services.rows import Record
from cabinet_desktop.ui.workspace import Workspace

#: Opens the form of a target: ``(target id or None for a new one, when saved)``.
OpenTarget = Callable[[int | None, Callable[[], None]], None]


def read_targets(workspace: Workspace, indicator_id: int) -> tuple[Record, ...]:
    """The indicator's targets by year (services only: callable from a worker)."""
    detail = listing.detail(workspace.database, workspace.actor, "indicator", indicator_id)
    return tuple(detail.related.get("targets", ()))


class TargetsPanel(QWidget):
    """The targets of one indicator, year by year, with « Ajouter » and « Modifier »."""

    def __init__(self, workspace: Workspace, indicator_id: int | None,
                 targets: Sequence[Any], open_target: OpenTarget, unit: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("targetsPanel")
        self.workspace = workspace
        self.indicator_id = indicator_id
        self.unit = unit
        self._open_target = open_target
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("targetsTable")
        self.table.setHorizontalHeaderLabels([translate("Forms", "Année"),
                                              translate("Forms", "Cible")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setFixedHeight(96)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        self.add_button = QPushButton(translate("Forms", "Ajouter une &cible…"))
        self.add_button.setObjectName("addTarget")
        self.add_button.clicked.connect(lambda: self._open_target(None, self.reload))
        self.edit_button = QPushButton(translate("Forms", "&Modifier la cible…"))
        self.edit_button.setObjectName("editTarget")
        self.edit_button.clicked.connect(self.edit_current)
        self.note = QLabel(translate("Forms", "Enregistrez d'abord l'indicateur, puis fixez "
                                              "ses cibles annuelles."))
        self.note.setStyleSheet("color: #5b6776;")
        self.note.setWordWrap(True)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.table, 1)
        row.addLayout(buttons)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(row)
        box.addWidget(self.note)
        saved = indicator_id is not None
        self.add_button.setEnabled(saved)
        self.note.setVisible(not saved)
        self.show_targets(targets)

    def show_targets(self, targets: Sequence[Any]) -> None:
        """Fill the table, one row per year."""
        self.table.setRowCount(0)
        for target in targets:
            row = self.table.rowCount()
            self.table.insertRow(row)
            year = QTableWidgetItem(str(target["year"]))
            year.setData(Qt.ItemDataRole.UserRole, int(target.id))
            value = format_number(target["value"]) + (f" {self.unit}" if self.unit else "")
            self.table.setItem(row, 0, year)
            self.table.setItem(row, 1, QTableWidgetItem(value))
        self.edit_button.setEnabled(self.table.rowCount() > 0)

    def reload(self) -> None:
        if self.indicator_id is not None:
            self.show_targets(read_targets(self.workspace, self.indicator_id))

    def edit_current(self) -> None:
        row = self.table.currentRow()
        if row < 0 and self.table.rowCount():
            row = 0
        item = self.table.item(row, 0) if row >= 0 else None
        if item is not None:
            self._open_target(int(item.data(Qt.ItemDataRole.UserRole)), self.reload)

    def tab_widgets(self) -> list[QWidget]:
        return [self.table, self.add_button, self.edit_button]
