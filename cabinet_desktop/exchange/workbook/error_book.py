"""The error workbook: the received file with each faulty cell highlighted and commented, to
send back to the Secrétariat général."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.comments import Comment
from openpyxl.styles import PatternFill

from cabinet_desktop.exchange.workbook.report import ImportReport, Place
from cabinet_desktop.exchange.workbook.safety import check_workbook_file
from cabinet_desktop.i18n import translate

ERROR_FILL = PatternFill("solid", fgColor="FFC7CE")  # light red: errors, refused rows
CONFLICT_FILL = PatternFill("solid", fgColor="FFEB9C")  # light amber: conflicts


def write_error_workbook(source: str | os.PathLike[str], report: ImportReport,
                         target: str | os.PathLike[str]) -> int:
    """Copy ``source`` to ``target`` with the report's problems marked; returns how many
    cells were marked. The source is checked as an import checks it before being opened."""
    source_path = Path(source)
    check_workbook_file(source_path)
    workbook = load_workbook(str(source_path), keep_links=False)
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
    marked = 0
    notes: dict[tuple[str, str], list[str]] = {}
    for place, reason, fill in marks:
        if place.sheet not in workbook.sheetnames:
            continue
        sheet = workbook[place.sheet]
        coordinate = f"{place.letter or 'A'}{place.row}"
        cell = sheet[coordinate]
        cell.fill = fill
        notes.setdefault((place.sheet, coordinate), []).append(reason)
        marked += 1
    for (sheet_name, coordinate), reasons in notes.items():
        text = "\n".join(reasons)
        workbook[sheet_name][coordinate].comment = Comment(text[:2000], "Cabinet Desktop",
                                                           width=320, height=140)
    target_path = Path(target)
    handle, temporary = tempfile.mkstemp(prefix=".errors-", suffix=".xlsx",
                                         dir=str(target_path.parent or "."))
    os.close(handle)
    try:
        workbook.save(temporary)
        os.replace(temporary, target_path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    finally:
        workbook.close()
    return marked
