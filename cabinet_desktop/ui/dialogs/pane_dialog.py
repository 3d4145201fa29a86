"""A pane (users, settings) in a window of its own, opened from the Tools menu."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget


class PaneDialog(QDialog):
    """``pane`` with a « Fermer » button, over ``parent``."""

    def __init__(self, title: str, pane: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.pane = pane
        layout = QVBoxLayout(self)
        layout.addWidget(pane, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(860, 560)
