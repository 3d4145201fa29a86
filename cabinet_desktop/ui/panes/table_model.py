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
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from cabinet_desktop.services.listing import ListQuery, Page
from cabinet_desktop.services.rows import Record
from cabinet_desktop.ui import icons
from cabinet_desktop.ui.panes.columns import Column
from cabinet_desktop.ui.tasks import run_in_background

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


class RecordTableModel(QAbstractTableModel):
    """Rows of one kind of record, fetched page by page from SQL through ``fetch``."""

    reset_done = Signal(int)  # rows known after a (re)load (the first page while counting)
    total_changed = Signal(int)  # the count arrived: rows matching the query
    read_failed = Signal(str)  # an asynchronous first page could not be read (the message)

    def __init__(self, columns: Sequence[Column], fetch: Fetcher,
                 parent: Any = None, page_size: int = PAGE_SIZE,
                 count: Counter | None = None, asynchronous: bool = False) -> None:
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
        self.fetch_count = 0  # pages fetched since creation (for tests and the benchmark)
        #: first pages are read on a worker (a distant server): the GUI never waits for them
        self.asynchronous = asynchronous
        self.loading = False  # an asynchronous first page is being read
        self._reading = 0  # the latest asynchronous read: older answers are dropped

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
        An asynchronous model reads the first page on a worker and keeps showing the rows it
        has until it arrives (``read_failed`` tells of an error); otherwise the page is read
        at once and an error is raised to the caller.
        """
        background = self._count is not None and not same_rows
        sliced = query.with_slice(0, self._page_size)
        with_total = not same_rows and not background
        if not self.asynchronous:
            try:
                first = self._fetch(sliced, with_total)
            except Exception:
                self._show_first(sliced, None, same_rows, background)
                raise
            self._show_first(sliced, first, same_rows, background)
            return
        self._reading += 1
        reading, fetch = self._reading, self._fetch
        self.loading = True
        run_in_background(lambda _state: fetch(sliced, with_total),
                          lambda first: self._first_read(reading, sliced, first, same_rows,
                                                         background),
                          lambda error: self._first_failed(reading, error), owner=self)

    def _first_read(self, reading: int, query: ListQuery, first: Page, same_rows: bool,
                    background: bool) -> None:
        if reading == self._reading:  # else a newer query is on its way
            self.loading = False
            self._show_first(query, first, same_rows, background)

    def _first_failed(self, reading: int, error: BaseException) -> None:
        if reading == self._reading:
            self.loading = False
            self.read_failed.emit(str(getattr(error, "message", error)))

    def _show_first(self, query: ListQuery, first: Page | None, same_rows: bool,
                    background: bool) -> None:
        """Reset the model to ``first``, the first page of ``query`` (``None``: it failed)."""
        self.beginResetModel()
        self._query = query
        self._pages.clear()
        if not same_rows:
            self._generation += 1
            self.counting = False
        if first is None:
            self._total = 0
            self.counting = False
        else:
            self.fetch_count += 1
            if not same_rows:
                self._total = len(first.rows) if background else max(first.total,
                                                                     len(first.rows))
                self.counting = background and len(first.rows) >= self._page_size
            self._pages[0] = first.rows
        self.endResetModel()
        if first is None:
            return
        if self.counting and self._count is not None:
            count, generation = self._count, self._generation
            run_in_background(lambda _state: int(count(query)),
                              lambda total: self._counted(generation, total),
                              lambda error: self._count_failed(generation, query, error),
                              owner=self)
        self.reset_done.emit(self._total)

    def _count_failed(self, generation: int, query: ListQuery, error: BaseException) -> None:
        log.error("count of %s failed: %s", query, error)
        self._counted(generation, -1)

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
        self.set_query(replace(q, sort=key, descending=descending, offset=0,
                               limit=ListQuery().limit, from_end=False), same_rows=True)

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
