"""Export to the exchange workbook: the whole database, one pane's rows, a selection, or an
empty template, as the acting user sees them (read through ``services.bulk_reads``)."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cabinet_desktop.domain.enums import Classification
from cabinet_desktop.exchange.workbook.labels import Labels, build_labels
from cabinet_desktop.exchange.workbook.layout import (
    FORMAT_NAME,
    FORMAT_VERSION,
    LINK_SEPARATOR,
    NOTICE_SHEET,
    SHEETS,
    CellType,
    ColumnSpec,
    SheetSpec,
    columns,
    enum_labels,
    row_reference,
    sheet_of,
    sheet_title,
    stored_fields,
)
from cabinet_desktop.exchange.workbook.notice import describe, notice_rows
from cabinet_desktop.exchange.workbook.writer import Meta, SheetData, write_workbook
from cabinet_desktop.i18n import translate
from cabinet_desktop.services import bulk_reads
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.tasks import TaskState
from cabinet_desktop.store.database import Database
from cabinet_desktop.store.listing import ListQuery


@dataclass(frozen=True, slots=True)
class ExportSummary:
    """What an export wrote: rows per sheet title."""

    path: Path
    rows: tuple[tuple[str, int], ...]

    @property
    def total(self) -> int:
        return sum(count for _title, count in self.rows)


def _shower(column: ColumnSpec, labels: Labels) -> Callable[[Any], Any]:
    """How ``column``'s field values are shown in the workbook (labels for lists,
    ``Oui``/``Non``…), as one function made once per column and called per cell."""
    kind = column.type
    if kind in (CellType.PERSON, CellType.PARTNER, CellType.ATTRIBUTION, CellType.INDICATOR):
        named = labels.named[kind].labels
        return lambda value: None if value is None else named.get(value, f"n° {value}")
    if kind is CellType.BOOLEAN:
        yes, no = translate("Format", "Oui"), translate("Format", "Non")
        return lambda value: None if value is None else (yes if value else no)
    if kind is CellType.CHOICE and column.enum_class is not None:
        members: list[Any] = list(column.enum_class)
        names = dict(zip(members, enum_labels(column.enum_class), strict=True))
        return lambda value: None if value is None else names[value]
    if kind is CellType.CLASSIFICATION:
        levels = {level: level.label for level in Classification}
        return lambda value: None if value is None else levels[value]
    if kind is CellType.LINKS:
        return show_links
    return lambda value: value


def show_links(references: Sequence[str] | None) -> str | None:
    """A LINKS cell: the linked records' references, « ; » between them."""
    return LINK_SEPARATOR.join(references) if references else None


def list_name(column: ColumnSpec) -> str | None:
    """The name of the drop-down list of ``column`` in the hidden lists sheet."""
    kind = column.type
    if kind is CellType.CHOICE and column.enum_class is not None:
        return column.enum_class.__name__
    return {CellType.BOOLEAN: "OuiNon", CellType.CLASSIFICATION: "Classification",
            CellType.PERSON: "Personnes", CellType.PARTNER: "Partenaires",
            CellType.ATTRIBUTION: "Attributions", CellType.INDICATOR: "Indicateurs"}.get(kind)


def _lists(sheets: Sequence[SheetSpec], labels: Labels, clearance: Classification
           ) -> dict[str, list[str]]:
    lists: dict[str, list[str]] = {}
    for sheet in sheets:
        for column in columns(sheet.kind):
            name = list_name(column)
            if name is None or name in lists:
                continue
            if column.type is CellType.CHOICE and column.enum_class is not None:
                lists[name] = enum_labels(column.enum_class)
            elif column.type is CellType.BOOLEAN:
                lists[name] = [translate("Format", "Oui"), translate("Format", "Non")]
            elif column.type is CellType.CLASSIFICATION:
                lists[name] = [level.label for level in Classification
                               if int(level) <= int(clearance)]
            else:
                lists[name] = list(labels.named[column.type].listed)
    return lists


def _rows(database: Database, actor: Actor, sheet: SheetSpec, labels: Labels,
          ids: Sequence[int] | None, state: TaskState | None) -> Iterator[list[Any]]:
    """Rows of plain cell values, the record's version last (the writer records it)."""
    specs = columns(sheet.kind)
    fields = stored_fields(sheet.kind)
    names = bulk_reads.selected_names(sheet.kind, fields) + list(sheet.links)  # links last
    shown = [(names.index(column.field), _shower(column, labels)) for column in specs[1:]]
    has_reference = "reference" in names
    step = translate("Workbook", "Export : {sheet}").format(sheet=sheet_title(sheet))
    done = 0
    for chunk in bulk_reads.export_rows(database, actor, sheet.kind, fields, ids, sheet.links):
        for row in chunk:  # (id, version, [reference], fields…)
            cells = [row[2] if has_reference else row_reference(sheet.kind, row[0])]
            cells += [show(row[index]) for index, show in shown]
            cells.append(row[1])
            yield cells
        done += len(chunk)
        if state is not None:
            state.report(step, done, 0)


def export_workbook(database: Database, actor: Actor, path: str | os.PathLike[str], *,
                    kinds: Sequence[str] | None = None, query: ListQuery | None = None,
                    ids: Sequence[int] | None = None, template: bool = False,
                    state: TaskState | None = None) -> ExportSummary:
    """Write the exchange workbook to ``path``, as ``actor`` may see the data.

    Without options every kind's rows (not archived) are exported; ``kinds`` limits the
    sheets; with ``query`` (one kind: a pane's filters) or ``ids`` (a selection) only those
    rows; ``template`` writes the sheets without rows. The file appears whole or not at all:
    it is written beside ``path`` and renamed at the end (a cancellation leaves nothing).
    """
    target = Path(path)
    chosen = [sheet_of(name) for name in kinds] if kinds else list(SHEETS)
    if (query is not None or ids is not None) and len(chosen) != 1:
        raise ValueError("a query or a selection concerns exactly one kind")
    selection: list[int] | None = list(ids) if ids is not None else None
    if query is not None:
        selection = bulk_reads.ids_matching(database, actor, chosen[0].kind, query)
    choices = bulk_reads.choices(database, actor)
    labels = build_labels(choices.persons, choices.partners, choices.attributions,
                          choices.indicators)
    now = dt.datetime.now(dt.UTC)
    meta = Meta(pairs=[("format", FORMAT_NAME), ("version", str(FORMAT_VERSION)),
                       ("exported_at", now.isoformat(timespec="seconds")),
                       ("database", bulk_reads.database_identity(database)),
                       ("exported_by", actor.login), ("template", "1" if template else "0"),
                       ("sheets", ",".join(sheet.kind for sheet in chosen))])
    counts: dict[str, int] = {}
    lists = _lists(chosen, labels, actor.clearance)

    def sheets() -> Iterator[SheetData]:
        for sheet in chosen:
            specs = columns(sheet.kind)
            title = sheet_title(sheet)
            rows: Any = [] if template else _rows(database, actor, sheet, labels, selection,
                                                  state)
            counted = _counting(rows, title, counts)
            column_lists = {index: name for index, column in enumerate(specs)
                            if not column.informative and (name := list_name(column))}
            notes = {index: describe(column) for index, column in enumerate(specs)}
            yield SheetData(sheet.kind, title, specs, counted, column_lists, notes)

    handle, temporary = tempfile.mkstemp(prefix=".export-", suffix=".xlsx",
                                         dir=str(target.parent or "."))
    os.close(handle)
    try:
        write_workbook(Path(temporary), translate("Workbook", NOTICE_SHEET),
                       notice_rows(chosen, now, actor.display_name, template), sheets(), lists,
                       meta)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    return ExportSummary(target, tuple((sheet_title(s), counts.get(sheet_title(s), 0))
                                       for s in chosen))


def _counting(rows: Any, title: str, counts: dict[str, int]) -> Iterator[list[Any]]:
    counts[title] = 0
    for row in rows:
        counts[title] += 1
        yield row
