"""A date field that may be left empty (its minimum date reads « — ») and whose calendar opens
on today's month while it is, not on the minimum's (January 2000)."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QObject
from PySide6.QtWidgets import QDateEdit, QWidget


class TodayDateEdit(QDateEdit):
    """A ``QDateEdit`` with a calendar popup opening on today when no date is set."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.calendarWidget().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        calendar = self.calendarWidget()
        if watched is calendar and event.type() == QEvent.Type.Show \
                and self.date() == self.minimumDate():
            today = QDate.currentDate()
            calendar.setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)
