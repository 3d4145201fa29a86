"""Writing an exchange workbook with openpyxl's write-only mode: pure code over plain rows.

The caller hands sheets of plain cell values (labels already chosen, dates as ``date``);
this module gives them their Excel form: typed cells with French display formats, the
drop-down lists, a frozen and filtered header, widths, the *Notice* and the hidden sheets.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from copy import copy
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from cabinet_desktop.exchange.workbook.layout import (
    LISTS_SHEET,
    META_SHEET,
    CellType,
    ColumnSpec,
)
from cabinet_desktop.formatting import (
    EXCEL_AMOUNT_FORMAT,
    EXCEL_DATE_FORMAT,
    EXCEL_INTEGER_FORMAT,
)
from cabinet_desktop.i18n import translate

#: A text cell starting with one of these could be taken for a formula by a spreadsheet (or
#: by a CSV made from it): it is written as text with Excel's « quote prefix ».
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
MAX_TEXT = 32_767  # Excel's limit for one cell

HEADER_FILL = PatternFill("solid", fgColor="1F3864")
INFORMATIVE_FILL = PatternFill("solid", fgColor="808080")
HEADER_FONT = Font(bold=True, color="FFFFFF")


@dataclass
class SheetData:
    """One sheet to write: its kind and title, columns, rows of plain values (the record's
    version last), and lists and header comments per column."""

    kind: str
    title: str
    columns: Sequence[ColumnSpec]
    rows: Iterable[Sequence[Any]]
    lists: dict[int, str] = field(default_factory=dict)  # column index → list name
    notes: dict[int, str] = field(default_factory=dict)  # column index → header comment


@dataclass
class Meta:
    """What the hidden metadata sheet records."""

    pairs: list[tuple[str, str]]
    versions: list[tuple[str, str, int]] = field(default_factory=list)  # kind, reference, v.


class _Cells:
    """Prototype styled cells, copied per value (cheaper than styling each cell anew)."""

    def __init__(self, sheet: Any) -> None:
        self.sheet = sheet
        self.protos: dict[str, WriteOnlyCell] = {}
        for name, number_format in (("date", EXCEL_DATE_FORMAT),
                                    ("integer", EXCEL_INTEGER_FORMAT),
                                    ("amount", EXCEL_AMOUNT_FORMAT)):
            cell = WriteOnlyCell(sheet)
            cell.number_format = number_format
            self.protos[name] = cell
        quoted = WriteOnlyCell(sheet)
        quoted.quotePrefix = True
        self.protos["quoted"] = quoted

    def styled(self, proto: str, value: Any, data_type: str) -> WriteOnlyCell:
        """A cell of ``value`` styled as ``proto``; the value is typed by the caller
        (``d`` date, ``n`` number, ``s`` text), which spares openpyxl guessing the type and
        registering a default date format for each date."""
        cell = WriteOnlyCell(self.sheet)
        cell._style = copy(self.protos[proto]._style)
        cell._value = value
        cell.data_type = data_type
        return cell


def safe_text(value: str) -> str:
    """``value`` without the control characters a workbook cannot hold, within Excel's limit."""
    if ILLEGAL_CHARACTERS_RE.search(value):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
    return value[:MAX_TEXT]


def _converter(column: ColumnSpec, cells: _Cells) -> Callable[[Any], Any]:
    search, strip = ILLEGAL_CHARACTERS_RE.search, ILLEGAL_CHARACTERS_RE.sub
    starts = "".join(FORMULA_STARTS)

    def text(value: Any) -> Any:  # called for most cells: kept lean
        if value is None or value == "":
            return None
        if type(value) is not str:
            value = str(value)
        if search(value):
            value = strip("", value)
        if len(value) > MAX_TEXT:
            value = value[:MAX_TEXT]
        if value and value[0] in starts:
            return cells.styled("quoted", value, "s")
        return value or None

    def date(value: Any) -> Any:
        if isinstance(value, dt.date):
            return cells.styled("date", value, "d")
        return text(value)

    def integer(value: Any) -> Any:
        return None if value is None else cells.styled("integer", int(value), "n")

    def amount(value: Any) -> Any:
        if value is None:
            return None
        return cells.styled("amount", float(value) if isinstance(value, Decimal) else value, "n")

    def number(value: Any) -> Any:
        return value

    return {CellType.DATE: date, CellType.INTEGER: integer, CellType.AMOUNT: amount,
            CellType.NUMBER: number}.get(column.type, text)


def _header(sheet: Any, columns: Sequence[ColumnSpec], notes: dict[int, str]) -> list[Any]:
    row = []
    for index, column in enumerate(columns):
        cell = WriteOnlyCell(sheet, column.header)
        cell.font = HEADER_FONT
        cell.fill = INFORMATIVE_FILL if column.informative else HEADER_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        if index in notes:
            cell.comment = Comment(notes[index], "Cabinet Desktop", width=300, height=110)
        row.append(cell)
    return row


def _data_sheet(workbook: Workbook, data: SheetData, list_ranges: dict[str, str],
                meta: Meta, on_row: Callable[[], None]) -> None:
    sheet = workbook.create_sheet(data.title)
    for index, column in enumerate(data.columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    sheet.freeze_panes = "B2"
    cells = _Cells(sheet)
    converters = [_converter(column, cells) for column in data.columns]
    sheet.append(_header(sheet, data.columns, data.notes))
    count = 0
    for values in data.rows:
        version = values[-1]
        sheet.append([convert(value) for convert, value in zip(converters, values, strict=False)])
        meta.versions.append((data.kind, str(values[0]), int(version)))
        count += 1
        on_row()
    last = get_column_letter(len(data.columns))
    sheet.auto_filter.ref = f"A1:{last}{count + 1}"
    for index, name in data.lists.items():
        letter = get_column_letter(index + 1)
        validation = DataValidation(
            type="list", formula1=list_ranges[name], allow_blank=True, showDropDown=False,
            showErrorMessage=True, errorStyle="stop",
            errorTitle=translate("Workbook", "Valeur non admise"),
            error=translate("Workbook", "Choisissez une valeur dans la liste (colonne "
                                        "« {column} »).").format(
                column=data.columns[index].header))
        validation.add(f"{letter}2:{letter}{max(count + 1, 2) + 5000}")
        sheet.data_validations.append(validation)


def _lists_sheet(workbook: Workbook, lists: dict[str, list[str]]) -> dict[str, str]:
    """The hidden sheet of drop-down values, one list per column; returns list → range."""
    sheet = workbook.create_sheet(LISTS_SHEET)
    sheet.sheet_state = "hidden"
    names = list(lists)
    ranges: dict[str, str] = {}
    for index, name in enumerate(names, start=1):
        letter = get_column_letter(index)
        size = max(len(lists[name]), 1)
        ranges[name] = f"{LISTS_SHEET}!${letter}$2:${letter}${size + 1}"
    sheet.append(names)
    longest = max((len(values) for values in lists.values()), default=0)
    for position in range(longest):
        sheet.append([safe_text(lists[name][position]) if position < len(lists[name]) else None
                      for name in names])
    return ranges


def _meta_sheet(workbook: Workbook, meta: Meta) -> None:
    sheet = workbook.create_sheet(META_SHEET)
    sheet.sheet_state = "hidden"
    for key, value in meta.pairs:
        sheet.append([key, value])
    sheet.append([])
    sheet.append(["kind", "reference", "version"])
    for row in meta.versions:
        sheet.append(list(row))


def _notice_sheet(workbook: Workbook, title: str,
                  rows: Sequence[tuple[str, Sequence[str]]]) -> None:
    """The *Notice*: rows of ``(style, cells)``, style ``title``, ``heading``, ``text`` or
    ``table`` (a header row of the column table is a ``heading`` with several cells)."""
    sheet = workbook.create_sheet(title)
    for index, width in enumerate((24, 30, 75, 13), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    fonts = {"title": Font(bold=True, size=14, color="1F3864"), "heading": Font(bold=True)}
    wrap = Alignment(wrap_text=True, vertical="top")
    for style, values in rows:
        cells = []
        for value in values:
            cell = WriteOnlyCell(sheet, safe_text(value))
            if value.startswith(FORMULA_STARTS):
                cell.data_type = "s"
                cell.quotePrefix = True
            if style in fonts:
                cell.font = fonts[style]
            if style == "table":
                cell.alignment = wrap
            cells.append(cell)
        sheet.append(cells)


def write_workbook(path: Path, notice_title: str,
                   notice: Sequence[tuple[str, Sequence[str]]],
                   sheets: Iterable[SheetData], lists: dict[str, list[str]], meta: Meta,
                   on_row: Callable[[], None] = lambda: None) -> None:
    """Write the exchange workbook to ``path`` (openpyxl write-only mode)."""
    workbook = Workbook(write_only=True)
    try:
        _write(workbook, path, notice_title, notice, sheets, lists, meta, on_row)
    except BaseException:
        for sheet in workbook._sheets:  # finish each sheet's stream before it is collected
            with contextlib.suppress(Exception):
                sheet.close()
        raise


def _write(workbook: Workbook, path: Path, notice_title: str,
           notice: Sequence[tuple[str, Sequence[str]]], sheets: Iterable[SheetData],
           lists: dict[str, list[str]], meta: Meta, on_row: Callable[[], None]) -> None:
    _notice_sheet(workbook, notice_title, notice)
    pending = list(sheets)
    # The lists sheet's ranges are needed by the data sheets' validations; its rows are
    # written first, then moved to the end of the tab order.
    ranges = _lists_sheet(workbook, lists)
    for data in pending:
        _data_sheet(workbook, data, ranges, meta, on_row)
    _meta_sheet(workbook, meta)
    order = workbook._sheets
    lists_sheet = next(s for s in order if s.title == LISTS_SHEET)
    order.remove(lists_sheet)
    order.insert(len(order) - 1, lists_sheet)
    workbook.save(str(path))
