"""One way to make a window's action: text, object name, slot, shortcut and icon."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from cabinet_desktop.ui import icons


def window_action(window: QWidget, text: str, name: str, slot: Callable[[], Any],
                  shortcut: Any = None, icon: str | None = None) -> QAction:
    """An action of ``window`` (its shortcut works anywhere in it) calling ``slot()``."""
    made = QAction(text, window)
    made.setObjectName(name)
    if shortcut is not None:
        made.setShortcut(QKeySequence(shortcut))
    if icon:
        made.setIcon(icons.icon(icon))
    made.triggered.connect(lambda _checked=False: slot())
    window.addAction(made)
    return made
