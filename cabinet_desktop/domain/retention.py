"""Which automatic backups to keep: the newest of each of the last days, weeks and months."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterable


def _newest_per_period(moments: list[dt.datetime], count: int,
                       period: Callable[[dt.datetime], Hashable]) -> set[dt.datetime]:
    kept: set[dt.datetime] = set()
    seen: set[Hashable] = set()
    for moment in moments:  # newest first
        if len(seen) >= count:
            break
        key = period(moment)
        if key not in seen:
            seen.add(key)
            kept.add(moment)
    return kept


def kept_backups(moments: Iterable[dt.datetime], daily: int = 7, weekly: int = 4,
                 monthly: int = 12) -> set[dt.datetime]:
    """The backup times to keep: the newest backup of each of the ``daily`` most recent days
    that have one, of the ``weekly`` most recent ISO weeks and of the ``monthly`` most recent
    months (a backup may count for all three). Everything else may be deleted."""
    ordered = sorted(set(moments), reverse=True)
    return (_newest_per_period(ordered, daily, lambda m: m.date())
            | _newest_per_period(ordered, weekly, lambda m: m.isocalendar()[:2])
            | _newest_per_period(ordered, monthly, lambda m: (m.year, m.month)))
