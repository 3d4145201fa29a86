"""Office time of the demo cabinet: Monday to Friday, 08:00 to 18:00 (Ouagadougou is UTC).

Moments are counted in office minutes from a fixed Monday morning, so that a span of work can
be drawn as a number of office minutes and laid back on the calendar without ever landing on a
week-end, in the night, or out of order.
"""

from __future__ import annotations

import datetime as dt

OPENS = dt.time(8, 0)
CLOSES = dt.time(18, 0)
DAY_MINUTES = (CLOSES.hour - OPENS.hour) * 60
_EPOCH = dt.date(2000, 1, 3)  # a Monday


def is_working_day(day: dt.date) -> bool:
    return day.weekday() < 5


def working_day_on_or_before(day: dt.date) -> dt.date:
    """``day``, or the Friday before it when it falls on a week-end."""
    return day - dt.timedelta(days=max(day.weekday() - 4, 0))


def working_day_on_or_after(day: dt.date) -> dt.date:
    """``day``, or the Monday after it when it falls on a week-end."""
    return day + dt.timedelta(days=(7 - day.weekday()) % 7 if day.weekday() >= 5 else 0)


def in_office_hours(at: dt.datetime) -> bool:
    return is_working_day(at.date()) and OPENS <= at.time() < CLOSES


def office_index(at: dt.datetime) -> int:
    """Office minutes from the epoch to ``at`` (a moment out of office counts as the next
    opening, or the closing of the same day when after hours)."""
    day = at.date()
    if not is_working_day(day):
        day, minute = working_day_on_or_after(day), 0
    else:
        minute = min(max((at.hour - OPENS.hour) * 60 + at.minute, 0), DAY_MINUTES - 1)
    weeks, rest = divmod((day - _EPOCH).days, 7)
    return (weeks * 5 + rest) * DAY_MINUTES + minute


def from_office_index(index: int) -> dt.datetime:
    """The moment (UTC) that is ``index`` office minutes after the epoch."""
    days, minute = divmod(index, DAY_MINUTES)
    weeks, rest = divmod(days, 5)
    day = _EPOCH + dt.timedelta(days=weeks * 7 + rest)
    return dt.datetime.combine(day, OPENS, dt.UTC) + dt.timedelta(minutes=minute)


def last_office_moment(today: dt.date, present: dt.datetime | None) -> dt.datetime:
    """The latest moment a demo for ``today`` may show: 17:30 on the last working day, or the
    present moment when it is earlier that day and within office hours."""
    day = working_day_on_or_before(today)
    latest = dt.datetime.combine(day, dt.time(17, 30), dt.UTC)
    if present is not None and present.date() == today and present < latest:
        if present.time() >= dt.time(8, 30) and is_working_day(today):
            return present
        previous = working_day_on_or_before(today - dt.timedelta(days=1))
        return dt.datetime.combine(previous, dt.time(17, 30), dt.UTC)
    return latest
