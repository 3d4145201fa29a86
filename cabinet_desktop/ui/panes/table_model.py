"""One generic table model for every list pane: columns as data, rows a page at a time.

The model knows the number of rows the query matches (one ``COUNT``) and keeps a small cache
of pages (:data:`PAGE_SIZE` rows each) keyed by page number. ``data()`` for row *r* fetches
page ``r // PAGE_SIZE`` when it is not cached, so a 100,000-row pane opens as fast as a
100-row one. Pages in the second half are read from the end (the order reversed, a small
offset), so jumping to the last row costs what the first page does. Sorting and filtering
change the :class:`ListQuery` and reset the model: the database sorts, never Python.

Given a ``count`` function, the model shows the first page at once and counts on a worker
thread (a count under a text filter reads every row): while :attr:`counting`, the model has
the rows of the first page; when the count arrives, the other rows are inserted and
:attr:`total_changed` is emitted. A first page shorter than a page is already the count.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from cabinet_desktop.services.listing import ListQuery, Page
from cabinet_desktop.services.rows import Record
from cabinet_desktop.ui import icons
from cabinet_desktop.ui.panes.columns import Column

log = logging.getLogger(__name__)

PAGE_SIZE = 200
MAX_CACHED_PAGES = 30

#: ``fetch(query, with_total)``: a page of rows for ``query``'s slice (and the total if asked).
Fetcher = Callable[[ListQuery, bool], Page]
#: ``count(query)``: how many rows ``query`` matches (run on a worker thread).
Counter = Callable[[ListQuery], int]
AnyIndex = QModelIndex | QPersistentModelIndex

RecordRole = Qt.ItemDataRole.UserRole + 1
#: the column's shorter text for a cell too narrow for the whole (``None``: no shorter form)
ShortTextRole = Qt.ItemDataRole.UserRole + 2


class _CountSignals(QObject):
    counted = Signal(int, int)  # generation, total (-1: the count failed)


class _CountJob(QRunnable):
    """One count on the thread pool; the result goes back by a queued signal."""

    def __init__(self, count: Counter, query: ListQuery, generation: int,
                 signals: _CountSignals) -> None:
        super().__init__()
        self._count = count
        self._query = query
        self._generation = generation
        self._signals = signals  # kept alive here until the result is sent
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            total = int(self._count(self._query))
        except Exception:
            log.exception("count of %s failed", self._query)
            total = -1
        self._signals.counted.emit(self._generation, total)


class RecordTableModel(QAbstractTableModel):
    """Rows of one kind of record, fetched page by page from SQL through ``fetch``."""

    reset_done = Signal(int)  # rows known after a (re)load (the first page while counting)
    total_changed = Signal(int)  # the count arrived: rows matching the query

    def __init__(self, columns: Sequence[Column], fetch: Fetcher,
                 parent: Any = None, page_size: int = PAGE_SIZE,
                 count: Counter | None = None) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._fetch = fetch
        self._count = count
        self._page_size = page_size
        self._query = ListQuery(limit=page_size)
        self._total = 0
        self._pages: OrderedDict[int, tuple[Record, ...]] = OrderedDict()
        self._generation = 0  # bumped whenever the rows (not only their order) change
        self.counting = False  # a count is running: ``total`` is the first page only
        self._count_signals = _CountSignals()
        self._count_signals.counted.connect(self._counted,
                                            Qt.ConnectionType.QueuedConnection)
        self.fetch_count = 0  # pages fetched since creation (for tests and the benchmark)

    # ----------------------------------------------------------------- query

    @property
    def columns(self) -> tuple[Column, ...]:
        return self._columns

    @property
    def query(self) -> ListQuery:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    def set_query(self, query: ListQuery, same_rows: bool = False) -> None:
        """Show the rows of ``query`` (its slice is ignored: the model pages itself).

        ``same_rows`` says only the order changed, so the row count is kept, not recounted.
        """
        background = self._count is not None and not same_rows
        self.beginResetModel()
        self._query = query.with_slice(0, self._page_size)
        self._pages.clear()
        if not same_rows:
            self._generation += 1
            self.counting = False
        try:
            first = self._fetch(self._query, not same_rows and not background)
            self.fetch_count += 1
            if not same_rows:
                self._total = len(first.rows) if background else max(first.total,
                                                                     len(first.rows))
                self.counting = background and len(first.rows) >= self._page_size
            self._pages[0] = first.rows
        except Exception:
            self._total = 0
            self.counting = False
            raise
        finally:
            self.endResetModel()
        if self.counting and self._count is not None:
            QThreadPool.globalInstance().start(_CountJob(
                self._count, self._query, self._generation, self._count_signals))
        self.reset_done.emit(self._total)

    def _counted(self, generation: int, total: int) -> None:
        if generation != self._generation or not self.counting:
            return  # the filters changed since: a newer count is on its way
        self.counting = False
        if total > self._total:
            self.beginInsertRows(QModelIndex(), self._total, total - 1)
            self._total = total
            self.endInsertRows()
        elif 0 <= total < self._total:  # rows removed since the first page was read
            self.beginRemoveRows(QModelIndex(), total, self._total - 1)
            self._total = total
            self.endRemoveRows()
        self.total_changed.emit(self._total)

    def reload(self) -> None:
        """Query again with the same filters and sort (after a change or F5)."""
        self.set_query(self._query)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL by ``column``'s sort key (columns without one are left as they are)."""
        if not 0 <= column < len(self._columns):
            return
        key = self._columns[column].sort_key
        if key is None:
            return
        q = self._query
        descending = order == Qt.SortOrder.DescendingOrder
        if q.sort == key and q.descending == descending and self._pages:
            return
        self.set_query(ListQuery(q.text, q.filters, q.date_from, q.date_to, q.overdue_only,
                                 q.include_archived, key, descending), same_rows=True)

    def sort_column(self) -> tuple[int, Qt.SortOrder] | None:
        """The column and order of the current SQL sort, if it is a column's key."""
        for number, column in enumerate(self._columns):
            if column.sort_key is not None and column.sort_key == self._query.sort:
                order = (Qt.SortOrder.DescendingOrder if self._query.descending
                         else Qt.SortOrder.AscendingOrder)
                return number, order
        return None

    # ----------------------------------------------------------------- rows

    def _page(self, number: int) -> tuple[Record, ...]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        start = number * self._page_size
        if not self.counting and start > self._total // 2:
            end = min(start + self._page_size, self._total)
            query = self._query.with_slice(self._total - end, end - start, from_end=True)
        else:
            query = self._query.with_slice(start, self._page_size)
        try:
            rows = self._fetch(query, False).rows
        except Exception:
            log.exception("page %s of %s could not be read", number, self._query)
            rows = ()
        self.fetch_count += 1
        self._pages[number] = rows
        while len(self._pages) > MAX_CACHED_PAGES:
            self._pages.popitem(last=False)
        return rows

    def record(self, row: int) -> Record | None:
        """The record shown on ``row`` (fetching its page if needed)."""
        if not 0 <= row < self._total:
            return None
        page = self._page(row // self._page_size)
        offset = row % self._page_size
        return page[offset] if offset < len(page) else None

    def cached_row_of(self, record_id: int) -> int | None:
        """The row of ``record_id`` among the pages already fetched."""
        for number, page in self._pages.items():
            for offset, record in enumerate(page):
                if record.id == record_id:
                    return number * self._page_size + offset
        return None

    def cached_pages(self) -> list[int]:
        return sorted(self._pages)

    # ----------------------------------------------------------------- Qt model API

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() >= len(self._columns):
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align.value)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole,
                        Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole,
                        RecordRole, ShortTextRole):
            return None
        if role == ShortTextRole and column.short is None:
            return None
        record = self.record(index.row())
        if record is None:
            return None
        if role == RecordRole:
            return record
        if role == ShortTextRole:
            assert column.short is not None
            return column.short(record)
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        status = column.status(record) if column.status is not None else None
        if role == Qt.ItemDataRole.ToolTipRole:
            text = column.text(record)
            if status is not None and status.tooltip and status.tooltip != text:
                return f"{text} — {status.tooltip}" if text else status.tooltip
            return text if len(text) > 40 else None
        if status is None:
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            return icons.icon(status.icon, status.color)
        return QBrush(QColor(status.color))

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.sort_key is None:
                return column.title
            return f"{column.title} — " + self.tr("cliquer pour trier")
        return None
