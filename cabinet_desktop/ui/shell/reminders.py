"""Reminders at sign-in and each new day: a short panel above the panes, and a system notice.

« Depuis votre dernière connexion : 3 en retard, 1 à échéance aujourd'hui » with one line per
record, each opening it; « Fermer » hides the panel. What is shown comes from
:func:`cabinet_desktop.services.reminders.pending`, read off the GUI thread; once shown, the
moment is kept on the account (:func:`~cabinet_desktop.services.reminders.mark_seen`), so the
next sign-in lists only what is new. A window left open checks the day every minute and, on a
new one, reads the reminders again. Where the desktop has a notification area, a notice says
the same in one sentence.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSystemTrayIcon,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cabinet_desktop.domain.errors import CabinetError
from cabinet_desktop.formatting import format_date, format_number
from cabinet_desktop.i18n import translate
from cabinet_desktop.services import reminders as service
from cabinet_desktop.services.reminders import Reminders
from cabinet_desktop.ui import icons
from cabinet_desktop.ui.tasks import run_in_background
from cabinet_desktop.ui.workspace import Workspace

#: Records the panel lists (the rest are counted, and in « À traiter »).
SHOWN = 5
#: How often a window left open checks whether a new day has begun.
DAY_CHECK_MS = 60_000

Clock = Callable[[], dt.datetime]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def summary(found: Reminders) -> str:
    """« Depuis votre dernière connexion : 3 en retard, 1 à échéance aujourd'hui. »"""
    parts = []
    if found.late:
        parts.append(translate("Reminders", "{n} en retard").replace("{n}",
                                                                   format_number(found.late)))
    if found.due_today:
        parts.append(translate("Reminders", "{n} à échéance aujourd'hui")
                     .replace("{n}", format_number(found.due_today)))
    lead = (translate("Reminders", "Depuis votre dernière connexion")
            if found.since is not None else translate("Reminders", "Cette semaine"))
    return f"{lead} : {', '.join(parts)}."


class ReminderPanel(QFrame):
    """The dismissible panel: a summary, then a clickable line per record."""

    open_record = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderPanel")
        self.setStyleSheet("#reminderPanel { background: #fff8e6; border-bottom: 1px solid "
                           "#e8d9a8; } #reminderPanel QLabel { background: transparent; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 10, 8)
        layout.setSpacing(3)
        head = QHBoxLayout()
        badge = QLabel(self)
        badge.setPixmap(icons.icon("alarm", icons.AMBER).pixmap(18, 18))
        self.summary = QLabel(self)
        self.summary.setObjectName("reminderSummary")
        self.summary.setStyleSheet("font-weight: bold;")
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("reminderClose")
        self.close_button.setIcon(icons.icon("x"))
        self.close_button.setText(translate("Reminders", "Fermer"))
        self.close_button.setToolTip(translate("Reminders", "Fermer les rappels"))
        self.close_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        head.addWidget(badge)
        head.addWidget(self.summary, 1)
        head.addWidget(self.close_button)
        layout.addLayout(head)
        self.lines = QLabel(self)
        self.lines.setObjectName("reminderLines")
        self.lines.setTextFormat(Qt.TextFormat.RichText)
        self.lines.setWordWrap(True)
        self.lines.linkActivated.connect(self._link)
        layout.addWidget(self.lines)
        self.hide()

    def show_reminders(self, found: Reminders) -> None:
        from html import escape

        self.summary.setText(summary(found))
        rows = []
        for item in found.items[:SHOWN]:
            when = (translate("Reminders", "en retard depuis le {date}") if item.late
                    else translate("Reminders", "à échéance aujourd'hui"))
            colour = icons.RED if item.late else icons.AMBER
            title = item.title if len(item.title) <= 90 else item.title[:87] + "…"
            rows.append(f'<a href="record:{item.kind}:{item.id}">{escape(item.reference)}</a>'
                        f" — {escape(title)} · <span style='color:{colour}'>"
                        f"{escape(when.replace('{date}', format_date(item.due)))}</span>")
        hidden = found.late + found.due_today - len(found.items[:SHOWN])
        if hidden > 0:
            rows.append(translate("Reminders", "… et {n} autres (voir « À traiter » au tableau "
                                               "de bord)").replace("{n}", format_number(hidden)))
        self.lines.setText("<br>".join(rows))
        self.show()

    def _link(self, link: str) -> None:
        parts = link.split(":")
        if len(parts) == 3 and parts[0] == "record":
            self.open_record.emit(parts[1], int(parts[2]))


class ReminderController(QObject):
    """Reads the reminders at sign-in and on each new day, shows and records them."""

    shown = Signal(object)  # the Reminders shown and recorded as seen

    def __init__(self, workspace: Workspace, panel: ReminderPanel,
                 clock: Clock = _now, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.panel, self.clock = workspace, panel, clock
        self.day: dt.date | None = None
        self.tray: QSystemTrayIcon | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(DAY_CHECK_MS)
        self.timer.timeout.connect(self.check_day)

    def start(self) -> None:
        """Read the reminders now, then watch for a new day."""
        self.check_day()
        self.timer.start()

    def check_day(self) -> None:
        """On a new day (or the first call), read what became due or late."""
        now = self.clock()
        day = now.astimezone().date()
        if day == self.day:
            return
        self.day = day
        workspace = self.workspace
        run_in_background(lambda _state: service.pending(workspace.database, workspace.actor,
                                                         now),
                          lambda found: self._found(found, now), self._failed, owner=self)

    def _found(self, found: Reminders, now: dt.datetime) -> None:
        if found.empty:
            return
        self.panel.show_reminders(found)
        self._notify(found)
        workspace = self.workspace
        # if this fails the panel is shown all the same, and again at the next sign-in
        run_in_background(lambda _state: service.mark_seen(workspace.database, workspace.actor,
                                                           now),
                          lambda _none: self.shown.emit(found), self._failed, owner=self)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, CabinetError):
            raise error  # a bug: the application's error hook reports it

    def _notify(self, found: Reminders) -> None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        if self.tray is None:
            self.tray = QSystemTrayIcon(icons.icon("layout-dashboard", icons.BLUE), self)
            self.tray.setToolTip("Cabinet Desktop")
        self.tray.show()
        self.tray.showMessage(translate("Reminders", "Cabinet Desktop — rappels"),
                              summary(found), QSystemTrayIcon.MessageIcon.Information, 10_000)
