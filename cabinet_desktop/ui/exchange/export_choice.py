"""Fichier › Exporter vers Excel…: which sheets the workbook holds (all of them by default)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cabinet_desktop.i18n import translate


class ExportChoiceDialog(QDialog):
    """A check box per sheet (kind); « Exporter… » needs at least one."""

    def __init__(self, sheets: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        """``sheets``: ``(kind, sheet title)`` in the workbook's order."""
        super().__init__(parent)
        self.setObjectName("exportChoiceDialog")
        self.setWindowTitle(translate("WorkbookActions", "Exporter vers Excel"))
        layout = QVBoxLayout(self)
        intro = QLabel(translate(
            "WorkbookActions", "Un classeur pour le Secrétariat général : une feuille par type "
                               "d'enregistrement, avec les listes de choix, une notice et de quoi "
                               "réimporter les modifications. Seul ce que votre habilitation "
                               "permet de voir est exporté (sans les archives)."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        grid.setContentsMargins(12, 8, 12, 12)
        grid.setVerticalSpacing(6)
        self.boxes: dict[str, QCheckBox] = {}
        half = (len(sheets) + 1) // 2
        for number, (kind, title) in enumerate(sheets):
            box = QCheckBox(title)
            box.setObjectName(f"sheet_{kind}")
            box.setChecked(True)
            box.toggled.connect(self._update)
            self.boxes[kind] = box
            grid.addWidget(box, number % half, number // half)
        layout.addLayout(grid)
        buttons = QDialogButtonBox()
        every = QPushButton(translate("WorkbookActions", "Tout co&cher"))
        every.setObjectName("checkAll")
        every.clicked.connect(lambda: self._check_all(True))
        none = QPushButton(translate("WorkbookActions", "Tout &décocher"))
        none.setObjectName("checkNone")
        none.clicked.connect(lambda: self._check_all(False))
        for button in (every, none):
            button.setAutoDefault(False)
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ResetRole)
        self.export_button = buttons.addButton(translate("WorkbookActions", "&Exporter…"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def _check_all(self, checked: bool) -> None:
        for box in self.boxes.values():
            box.setChecked(checked)

    def _update(self) -> None:
        self.export_button.setEnabled(bool(self.kinds()))

    def kinds(self) -> list[str]:
        """The kinds checked, in the workbook's order."""
        return [kind for kind, box in self.boxes.items() if box.isChecked()]
