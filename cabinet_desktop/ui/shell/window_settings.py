"""Where the main window keeps its layout, and which pane it opens on (no widgets here)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

ORGANISATION = "CabinetDesktop"
APPLICATION = "Cabinet Desktop"
DASHBOARD = "dashboard"
#: Sidebar order: Ctrl+1 … Ctrl+8.
ORDER = (DASHBOARD, "mission", "dossier", "partner", "indicator", "consultation",
         "briefing_note", "audit")


def app_settings() -> QSettings:
    """The per-user preferences store (window layout, last pane, columns)."""
    return QSettings(ORGANISATION, APPLICATION)


def first_pane(settings: QSettings) -> str:
    """The pane the window opens on: the one shown when it was last closed."""
    last = str(settings.value("window/lastPane", DASHBOARD))
    return last if last in ORDER else DASHBOARD
