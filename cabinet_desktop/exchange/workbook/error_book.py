"""The error workbook: the received file with each faulty cell highlighted and commented, to
send back to the Secrétariat général."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import tempfile
import zipfile
from pathlib import Path
from typing import IO

from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.comments import Comment
from openpyxl.styles import PatternFill
from openpyxl.utils import get_column_letter

from cabinet_desktop.exchange.workbook.layout import LISTS_SHEET, META_SHEET
from cabinet_desktop.exchange.workbook.report import ImportReport, Place
from cabinet_desktop.exchange.workbook.safety import check_workbook_file
from cabinet_desktop.exchange.workbook.writer import FORMULA_STARTS
from cabinet_desktop.formatting import EXCEL_DATE_FORMAT
from cabinet_desktop.i18n import translate

ERROR_FILL = PatternFill("solid", fgColor="FFC7CE")  # light red: errors, refused rows
CONFLICT_FILL = PatternFill("solid", fgColor="FFEB9C")  # light amber: conflicts


#: Above this many bytes of worksheet XML, the copy is streamed (memory stays bounded) and
#: keeps values, hidden sheets and date formats but not the received file's styling.
STREAM_ABOVE = 16 * 1024 * 1024


def _marks(report: ImportReport) -> list[tuple[Place, str, PatternFill]]:
    marks: list[tuple[Place, str, PatternFill]] = [
        (p.place, p.reason, ERROR_FILL) for p in report.errors]
    marks += [(p.place, p.reason, ERROR_FILL) for p in report.refused]
    for conflict in report.conflicts:
        change = conflict.change
        details = "\n".join(f"{c.header} : « {c.old} » → « {c.new} »" for c in change.changes)
        marks.append((change.place, translate(
            "Workbook", "Conflit : {reference} a été modifié dans la base depuis l'export ; "
                        "la ligne n'est pas importée.").format(reference=change.reference)
                      + "\n" + details, CONFLICT_FILL))
    return marks


def _notes(marks: list[tuple[Place, str, PatternFill]]
           ) -> dict[tuple[str, str], tuple[PatternFill, str]]:
    """Fill and comment text per ``(sheet, coordinate)``."""
    notes: dict[tuple[str, str], tuple[PatternFill, list[str]]] = {}
    for place, reason, fill in marks:
        key = (place.sheet, f"{place.letter or 'A'}{place.row}")
        notes.setdefault(key, (fill, []))[1].append(reason)
    return {key: (fill, "\n".join(reasons)[:2000]) for key, (fill, reasons) in notes.items()}


def _worksheet_bytes(path: Path) -> int:
    with zipfile.ZipFile(path) as archive:
        return sum(info.file_size for info in archive.infolist()
                   if info.filename.startswith("xl/worksheets/"))


def write_error_workbook(source: str | os.PathLike[str], report: ImportReport,
                         target: str | os.PathLike[str]) -> int:
    """Copy ``source`` to ``target`` with the report's problems marked; returns how many
    cells were marked. The source is checked as an import checks it before being opened.

    A file of ordinary size is copied whole (styles, lists, widths kept); a very large one is
    streamed, so memory stays bounded whatever the file."""
    source_path = Path(source)
    check_workbook_file(source_path)
    notes = _notes(_marks(report))
    target_path = Path(target)
    handle, temporary = tempfile.mkstemp(prefix=".errors-", suffix=".xlsx",
                                         dir=str(target_path.parent or "."))
    os.close(handle)
    try:
        with source_path.open("rb") as received:  # closed even if openpyxl gives up
            if _worksheet_bytes(source_path) > STREAM_ABOVE:
                marked = _streamed(received, notes, Path(temporary))
            else:
                marked = _whole(received, notes, Path(temporary))
        os.replace(temporary, target_path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    return marked


def _comment(text: str) -> Comment:
    return Comment(text, "Cabinet Desktop", width=320, height=140)


def _whole(source: IO[bytes], notes: dict[tuple[str, str], tuple[PatternFill, str]],
           target: Path) -> int:
    workbook = load_workbook(source, keep_links=False)
    marked = 0
    try:
        for (sheet_name, coordinate), (fill, text) in notes.items():
            if sheet_name not in workbook.sheetnames:
                continue
            cell = workbook[sheet_name][coordinate]
            cell.fill = fill
            cell.comment = _comment(text)
            marked += 1
        workbook.save(str(target))
    finally:
        workbook.close()
    return marked


def _streamed(source: IO[bytes], notes: dict[tuple[str, str], tuple[PatternFill, str]],
              target: Path) -> int:
    reader = load_workbook(source, read_only=True, keep_links=False)
    writer = Workbook(write_only=True)
    marked = 0
    try:
        for name in reader.sheetnames:
            original = reader[name]
            copy_sheet = writer.create_sheet(name)
            copy_sheet.sheet_state = original.sheet_state
            copy_sheet.freeze_panes = "B2" if name not in (LISTS_SHEET, META_SHEET) else None
            wanted = {coordinate: note for (sheet, coordinate), note in notes.items()
                      if sheet == name}
            for number, cells in enumerate(original.iter_rows(), start=1):
                out: list[object] = []
                for index, cell in enumerate(cells, start=1):
                    value = getattr(cell, "value", None)
                    note = wanted.get(f"{get_column_letter(index)}{number}")
                    text = (isinstance(value, str) and value.startswith(FORMULA_STARTS)
                            and getattr(cell, "data_type", None) != "f")
                    if note is None and not text and not isinstance(value, dt.datetime):
                        out.append(value)
                        continue
                    written = WriteOnlyCell(copy_sheet, value)
                    if isinstance(value, dt.datetime):
                        written.number_format = EXCEL_DATE_FORMAT
                    if text:  # a text that looks like a formula stays a text
                        written.data_type = "s"
                        written.quotePrefix = True
                    if note is not None:
                        written.fill = note[0]
                        written.comment = _comment(note[1])
                        marked += 1
                    out.append(written)
                copy_sheet.append(out)
        writer.save(str(target))
    finally:
        reader.close()
    return marked
