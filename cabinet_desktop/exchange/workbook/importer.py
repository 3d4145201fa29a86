"""Import of an exchange workbook: read (openpyxl read-only), validate every cell, compare with
the database, preview; then apply all-or-nothing through ``services.batch``.

Rows are read a chunk at a time and compared with the records they name, so memory holds the
changes and the errors, not the file. Nothing is written before :func:`apply_import`, and
that refuses a report with errors, conflicts or refused rows.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from cabinet_desktop.domain.enums import Classification
from cabinet_desktop.domain.errors import (
    ConflictError,
    PermissionDenied,
    ValidationError,
)
from cabinet_desktop.exchange.workbook.labels import Labels, build_labels
from cabinet_desktop.exchange.workbook.layout import (
    FORMAT_NAME,
    FORMAT_VERSION,
    LINK_SEPARATOR,
    LISTS_SHEET,
    META_SHEET,
    NOTICE_SHEET,
    SHEETS,
    CellType,
    ColumnSpec,
    SheetSpec,
    columns,
    row_id_of,
    sheet_title,
    stored_fields,
)
from cabinet_desktop.exchange.workbook.report import (
    Conflict,
    FieldChange,
    ImportReport,
    NewRow,
    Place,
    RowChange,
)
from cabinet_desktop.exchange.workbook.safety import check_workbook_file, refuse
from cabinet_desktop.formatting import format_value
from cabinet_desktop.i18n import translate
from cabinet_desktop.services import batch, bulk_reads, permissions, records
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.catalog import Kind, kind
from cabinet_desktop.services.permissions import Action
from cabinet_desktop.services.rows import ChangeSet
from cabinet_desktop.services.tasks import TaskState
from cabinet_desktop.services.validation import coerce
from cabinet_desktop.store.database import Database

MAX_ROWS = 250_000  # per sheet: a bigger sheet is refused, whatever its content
MAX_TOTAL_ROWS = 400_000  # all data sheets together (the largest database exports 166,000)
MAX_META_ROWS = 500_000  # versions kept in memory while reading
CHUNK = 1_000
CHECK_EVERY = 200  # rows read between two looks at the cancellation flag
_FOREIGN = (CellType.PERSON, CellType.PARTNER, CellType.ATTRIBUTION, CellType.INDICATOR)


@dataclass
class _Meta:
    pairs: dict[str, str]
    versions: dict[tuple[str, str], int]
    present: bool


def _key(text: Any) -> str:
    return " ".join(str(text or "").split()).casefold()


def _sheet_titles() -> dict[str, SheetSpec]:
    titles: dict[str, SheetSpec] = {}
    for sheet in SHEETS:
        titles[_key(sheet.title)] = sheet
        titles[_key(sheet_title(sheet))] = sheet
    return titles


def _read_meta(path: Path, workbook: Any) -> _Meta:
    if META_SHEET not in workbook.sheetnames:
        return _Meta({}, {}, False)
    pairs: dict[str, str] = {}
    versions: dict[tuple[str, str], int] = {}
    in_table = False
    sheet = workbook[META_SHEET]
    sheet.reset_dimensions()
    for count, row in enumerate(sheet.iter_rows(values_only=True)):
        if count > MAX_META_ROWS:
            raise refuse(path, translate("Workbook", "la feuille « {sheet} » dépasse {count} "
                                                     "lignes.").format(sheet=META_SHEET,
                                                                       count=MAX_META_ROWS))
        cells = [c for c in row[:3]] + [None] * (3 - len(row[:3]))
        if not in_table:
            if cells[0] == "kind" and cells[1] == "reference":
                in_table = True
            elif cells[0] is not None:
                pairs[str(cells[0])] = "" if cells[1] is None else str(cells[1])
            continue
        if cells[0] and cells[1] and isinstance(cells[2], int | float):
            versions[(str(cells[0]), str(cells[1]).strip().upper())] = int(cells[2])
    return _Meta(pairs, versions, True)


def _reason(spec: Kind, name: str, error: ValidationError) -> str:
    """The problem of a ValidationError without its « Kind — Field : » prefix."""
    prefix = translate("Validation", "{kind} — {field} : {problem}").format(
        kind=spec.label, field=spec.field_label(name), problem="")
    message = error.message
    return message[len(prefix):] if message.startswith(prefix) else message


def _plain_input(value: Any) -> Any:
    """A cell value as validation expects it (integral floats of text cells as digits)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _normal(value: Any) -> Any:
    """A value as compared between file and database (text trimmed, numbers as Decimal)."""
    if value is None:
        return None
    if isinstance(value, str):
        text = value.replace("\r\n", "\n").strip()
        return text or None
    if isinstance(value, bool):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, float | int | Decimal) and not isinstance(value, Classification):
        return Decimal(str(value))
    return value


def _same(old: Any, new: Any) -> bool:
    a, b = _normal(old), _normal(new)
    if isinstance(a, Decimal) and isinstance(b, Decimal):
        return abs(a - b) <= Decimal("1e-9") * max(Decimal(1), abs(a), abs(b))
    return bool(a == b)


def split_references(text: str) -> tuple[str, ...]:
    """The references of a LINKS cell (« ; », « , » or new lines between them), upper case,
    once each, sorted."""
    return tuple(sorted({part.strip().upper() for part in _SEPARATORS.split(text)
                         if part.strip()}))


_SEPARATORS = re.compile(r"[;,\n\r]+")


def _shown(column: ColumnSpec, value: Any, labels: Labels) -> str:
    if value is None:
        return ""
    if column.type is CellType.LINKS:
        return LINK_SEPARATOR.join(value)
    if column.type in _FOREIGN:
        return labels.label(column.type, int(value)) or ""
    return format_value(value)


def _display(column: ColumnSpec, labels: Labels) -> Callable[[Any], str | None] | None:
    """How the export wrote a listed column's value (to recognise an untouched cell)."""
    if column.type in _FOREIGN:
        return lambda value: labels.label(column.type, value)
    if column.type in (CellType.CHOICE, CellType.CLASSIFICATION, CellType.BOOLEAN):
        return lambda value: None if value is None else format_value(value)
    return None


#: A cell as read: its value and openpyxl's data type (``f`` for a formula).
Raw = tuple[Any, str | None]


class _SheetReader:
    """Reads one data sheet, validates its cells, and fills the report chunk by chunk."""

    def __init__(self, database: Database, actor: Actor, report: ImportReport,
                 sheet: SheetSpec, title: str, labels: Labels, meta: _Meta,
                 state: TaskState | None) -> None:
        self.database, self.actor, self.report = database, actor, report
        self.sheet, self.title, self.labels, self.meta = sheet, title, labels, meta
        self.spec = kind(sheet.kind)
        self.state = state
        self.positions: dict[int, ColumnSpec] = {}
        self.seen: set[str] = set()
        self.link_ids: dict[tuple[str, str], int] = {}  # (kind, reference) → id, for links

    # ---------------------------------------------------------------- header
    def header(self, cells: Sequence[Any]) -> bool:
        known: dict[str, ColumnSpec] = {}
        for column in columns(self.sheet.kind):
            known[_key(column.header)] = column
            known[_key(column.source_header)] = column
        found: set[str] = set()
        for index, cell in enumerate(cells):
            text = _key(getattr(cell, "value", None))
            if not text:
                continue
            match = known.get(text)
            letter = get_column_letter(index + 1)
            if match is None:
                self.report.notes.append(translate(
                    "Workbook", "Colonne inconnue ignorée : feuille « {sheet} », colonne {letter} "
                                "(« {header} »).").format(sheet=self.title, letter=letter,
                                                          header=cell.value))
                continue
            if match.field in found:
                self.report.error(Place(self.title, 1, match.header, letter),
                                  translate("Workbook", "colonne en double."))
                continue
            found.add(match.field)
            self.positions[index] = match
        if "reference" not in found:
            self.report.error(Place(self.title, 1), translate(
                "Workbook", "la colonne « Référence » est absente : aucune ligne de cette "
                            "feuille ne peut être rapprochée."))
            return False
        return True

    # ---------------------------------------------------------------- cells
    def parse(self, column: ColumnSpec, raw: Raw, row: int,
              problems: list[tuple[Place, str]]) -> Any:
        """The field value a cell holds, converted and checked; ``None`` with a problem noted
        when it cannot be taken."""
        value, data_type = raw
        place = Place(self.title, row, column.header, self.letters[column.field])
        if data_type == "f":
            problems.append((place, translate(
                "Workbook", "la cellule contient une formule ({formula}) ; seules les valeurs "
                            "s'importent : remplacez-la par sa valeur.").format(
                formula=str(value)[:60])))
            return None
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        if column.type is CellType.REFERENCE:
            return str(value).strip().upper()
        if column.type is CellType.LINKS:
            return self._links(column, str(_plain_input(value)), place, problems)
        if column.type in _FOREIGN:
            try:
                return self.labels.resolve(column.type, str(_plain_input(value)))
            except ValueError as error:
                problems.append((place, str(error)))
                return None
        if column.type in (CellType.TEXT, CellType.LONG_TEXT):
            value = str(_plain_input(value))
        try:
            return coerce(self.spec, column.field, value)
        except ValidationError as error:
            problems.append((place, _reason(self.spec, column.field, error)))
            return None

    def _links(self, column: ColumnSpec, text: str, place: Place,
               problems: list[tuple[Place, str]]) -> tuple[str, ...] | None:
        """The references a LINKS cell names, each checked to name a record the user may
        see (one read per cell naming references not met yet)."""
        references = split_references(text)
        target = str(column.target)
        missing = [r for r in references if (target, r) not in self.link_ids]
        if missing:
            found = bulk_reads.reference_ids(self.database, self.actor, target, missing)
            self.link_ids.update({(target, r): record_id for r, record_id in found.items()})
        unknown = [r for r in references if (target, r) not in self.link_ids]
        if unknown:
            problems.append((place, translate(
                "Workbook", "référence(s) inconnue(s) ou au-delà de votre habilitation : "
                            "{references}.").format(references=", ".join(unknown))))
            return None
        return references or None

    def _link_ids(self, column: ColumnSpec, references: tuple[str, ...] | None) -> list[int]:
        return [self.link_ids[(str(column.target), r)] for r in references or ()]

    def unchanged(self, column: ColumnSpec, raw: Raw, old: Any) -> bool:
        """Whether a cell shows the database value exactly as the export wrote it.

        Such a cell is valid (the database value passed validation) and needs no parsing:
        an import of 100,000 rows with a few changes converts only the changed cells.
        """
        value, data_type = raw
        if data_type == "f":
            return False
        if value is None or value == "":
            return old is None or old == ""
        kind_of = column.type
        if kind_of in (CellType.TEXT, CellType.LONG_TEXT):
            return isinstance(value, str) and isinstance(old, str) and value == old
        if kind_of is CellType.LINKS:
            return isinstance(value, str) and split_references(value) == (old or ())
        if kind_of is CellType.DATE:
            return (isinstance(value, dt.datetime) and isinstance(old, dt.date)
                    and value == dt.datetime(old.year, old.month, old.day))
        if kind_of in (CellType.INTEGER, CellType.NUMBER, CellType.AMOUNT):
            return (isinstance(value, int | float) and not isinstance(value, bool)
                    and old is not None and value == float(old))
        shown = self.shown.get(column.field)
        return shown is not None and isinstance(value, str) and value == shown(old)

    # ---------------------------------------------------------------- rows
    def rows(self, worksheet: Any) -> Iterator[tuple[int, dict[str, Raw]]]:
        """``(row number, {field: (value, data_type)})`` for each non-empty row."""
        positions = list(self.positions.items())
        state = self.state
        for offset, cells in enumerate(worksheet.iter_rows(min_row=2)):
            if state is not None and offset % CHECK_EVERY == 0:
                state.check()  # a cancelled preview stops within a few hundred rows
            if offset >= MAX_ROWS:
                raise refuse(Path(self.report.file_name), translate(
                    "Workbook", "la feuille « {sheet} » dépasse {count} lignes.").format(
                    sheet=self.title, count=MAX_ROWS))
            self.report.rows_read += 1
            if self.report.rows_read > MAX_TOTAL_ROWS:
                raise refuse(Path(self.report.file_name), translate(
                    "Workbook", "ses feuilles dépassent ensemble {count} lignes.").format(
                    count=MAX_TOTAL_ROWS))
            raw: dict[str, Raw] = {}
            filled = False
            width = len(cells)
            for index, column in positions:
                if index < width:
                    cell = cells[index]
                    value = cell.value
                    raw[column.field] = (value, cell.data_type)
                    filled = filled or (value is not None and value != "")
                else:
                    raw[column.field] = (None, None)
            if filled:
                yield offset + 2, raw

    def read(self, worksheet: Any) -> None:
        if not self.header(next(worksheet.iter_rows(min_row=1, max_row=1), ())):
            return
        self.letters = {c.field: get_column_letter(i + 1) for i, c in self.positions.items()}
        self.by_field = {c.field: c for c in columns(self.sheet.kind)}
        self.shown = {c.field: _display(c, self.labels) for c in columns(self.sheet.kind)}
        chunk: list[tuple[int, dict[str, Raw]]] = []
        done = 0
        for item in self.rows(worksheet):
            chunk.append(item)
            if len(chunk) >= CHUNK:
                self.compare(chunk)
                done += len(chunk)
                chunk = []
                if self.state is not None:
                    self.state.report(translate("Workbook", "Lecture : {sheet}")
                                      .format(sheet=self.title), done, 0)
        if chunk:
            self.compare(chunk)
            done += len(chunk)
        if self.state is not None:
            self.state.report(translate("Workbook", "Lecture : {sheet}")
                              .format(sheet=self.title), done, 0)

    # ---------------------------------------------------------------- comparing
    def _place(self, row: int, field: str | None) -> Place:
        column = self.by_field.get(field or "")
        if column is None:
            return Place(self.title, row)
        return Place(self.title, row, column.header, self.letters.get(column.field, ""))

    def _key_of(self, reference: str) -> str | int | None:
        if self.spec.reference:
            return reference
        return row_id_of(self.sheet.kind, reference)

    def compare(self, chunk: list[tuple[int, dict[str, Raw]]]) -> None:
        fields = stored_fields(self.sheet.kind)
        reference_column = self.by_field["reference"]
        references: list[tuple[int, dict[str, Raw], str | None, list[tuple[Place, str]]]] = []
        keys: list[str | int] = []
        for row, raw in chunk:
            problems: list[tuple[Place, str]] = []
            reference = self.parse(reference_column, raw["reference"], row, problems)
            key = self._key_of(reference) if reference else None
            if key is not None:
                keys.append(key)
            references.append((row, raw, reference, problems))
        current = bulk_reads.current(self.database, self.actor, self.sheet.kind, fields, keys,
                                     self.sheet.links)
        for row, raw, reference, problems in references:
            if problems:
                for place, reason in problems:
                    self.report.error(place, reason)
            elif reference:
                self._existing(row, reference, raw, current)
            else:
                self._new(row, raw)

    def _rules(self, row: int, merged: dict[str, Any]) -> bool:
        for rule in self.spec.validators:
            try:
                rule(dict(merged), self.spec)
            except ValidationError as error:
                self.report.error(self._place(row, error.field),
                                  _reason(self.spec, error.field or "", error))
                return False
        return True

    def _clearance(self, row: int, values: dict[str, Any]) -> bool:
        level = values.get("classification")
        if level is not None and not self.actor.cleared_for(level):
            self.report.refused.append(_problem(self._place(row, "classification"), translate(
                "Workbook", "classification « {level} » au-dessus de votre habilitation "
                            "({clearance}).").format(level=level.label,
                                                     clearance=self.actor.clearance.label)))
            return False
        return True

    def _report(self, problems: list[tuple[Place, str]]) -> bool:
        for place, reason in problems:
            self.report.error(place, reason)
        return not problems

    def _new(self, row: int, raw: dict[str, Raw]) -> None:
        problems: list[tuple[Place, str]] = []
        values = {field: self.parse(self.by_field[field], cell, row, problems)
                  for field, cell in raw.items() if field != "reference"}
        if not self._report(problems):
            return
        if not permissions.allowed(self.actor, Action.CREATE, self.sheet.kind):
            self.report.refused.append(_problem(Place(self.title, row), translate(
                "Workbook", "votre rôle ne permet pas de créer cet enregistrement.")))
            return
        create: dict[str, Any] = {}
        ok = True
        for column in columns(self.sheet.kind)[1:]:
            value = values.get(column.field)
            if column.informative:
                default = getattr(self.spec.mapper.columns[column.field].default, "arg", None)
                if value is not None and value != default:
                    self.report.error(self._place(row, column.field), translate(
                        "Workbook", "colonne pour information : elle ne s'importe pas ; "
                                    "laissez-la vide pour un nouvel enregistrement."))
                    ok = False
                continue
            if column.required and value is None:
                place = (self._place(row, column.field) if column.field in raw
                         else Place(self.title, row))
                self.report.error(place, translate(
                    "Workbook", "« {column} » est obligatoire pour un nouvel enregistrement.")
                    .format(column=column.header))
                ok = False
                continue
            if column.type is CellType.LINKS:
                if value:
                    create[column.field] = self._link_ids(column, value)
            elif value is not None:
                create[column.field] = value
        if not ok or not self._rules(row, create) or not self._clearance(row, create):
            return
        first = next((c for c in columns(self.sheet.kind)[1:]
                      if c.type in (CellType.TEXT, CellType.LONG_TEXT)
                      and create.get(c.field)), None)
        summary = str(create.get(first.field, "")) if first else ""
        self.report.new.append(NewRow(Place(self.title, row), self.sheet.kind, summary, create))

    def _existing(self, row: int, reference: str, raw: dict[str, Raw],
                  current: dict[str | int, bulk_reads.Current]) -> None:
        if reference in self.seen:
            self.report.error(self._place(row, "reference"), translate(
                "Workbook", "la référence « {reference} » figure déjà plus haut dans la feuille.")
                .format(reference=reference))
            return
        self.seen.add(reference)
        key = self._key_of(reference)
        record = current.get(key) if key is not None else None
        if record is None:
            self.report.error(self._place(row, "reference"), translate(
                "Workbook", "référence « {reference} » inconnue dans la base ; pour créer un "
                            "enregistrement, laissez la référence vide.").format(
                reference=reference))
            return
        if record.values is None:
            self.report.refused.append(_problem(self._place(row, "reference"), translate(
                "Workbook", "{reference} dépasse votre habilitation ({clearance}) : la ligne "
                            "n'est pas importée.").format(reference=reference,
                                                          clearance=self.actor.clearance.label)))
            return
        old = record.values
        update: dict[str, Any] = {}
        changes: list[FieldChange] = []
        problems: list[tuple[Place, str]] = []
        for field, cell in raw.items():
            column = self.by_field[field]
            if field == "reference" or self.unchanged(column, cell, old.get(field)):
                continue
            new = self.parse(column, cell, row, problems)
            if problems or _same(old.get(field), new):
                continue
            parent = self.spec.parent is not None and self.spec.parent[0] == field
            if column.informative or parent:
                problems.append((self._place(row, field), translate(
                    "Workbook", "colonne pour information : ce changement ne s'importe pas "
                                "(« {old} » → « {new} ») ; faites-le dans l'application.")
                    .format(old=_shown(column, old.get(field), self.labels),
                            new=_shown(column, new, self.labels))))
                continue
            update[field] = self._link_ids(column, new) if column.type is CellType.LINKS \
                else new
            changes.append(FieldChange(field, column.header,
                                       _shown(column, old.get(field), self.labels),
                                       _shown(column, new, self.labels)))
        if not self._report(problems):
            return
        if not changes:
            self.report.unchanged += 1
            return
        if not self._rules(row, {**old, **update}) or not self._clearance(row, update):
            return
        change = RowChange(Place(self.title, row), self.sheet.kind, reference, record.id,
                           record.version, tuple(changes), update)
        exported = self.meta.versions.get((self.sheet.kind, reference))
        if exported != record.version:
            self.report.conflicts.append(Conflict(change, exported))
            return
        if not permissions.allowed(self.actor, Action.UPDATE, self.sheet.kind):
            self.report.refused.append(_problem(Place(self.title, row), translate(
                "Workbook", "votre rôle ne permet pas de modifier cet enregistrement.")))
            return
        self.report.changed.append(change)


def _problem(place: Place, reason: str) -> Any:
    from cabinet_desktop.exchange.workbook.report import Problem

    return Problem(place, reason)


def _open(path: Path, handle: IO[bytes]) -> Any:
    """openpyxl's read-only workbook over ``handle`` (which the caller closes, also when
    openpyxl gives up half-way)."""
    try:
        return load_workbook(handle, read_only=True, data_only=False, keep_links=False)
    except (zipfile.BadZipFile, zlib.error, EOFError, KeyError, OSError) as error:
        raise refuse(path, translate("Workbook", "le fichier est tronqué ou endommagé ({reason})."
                                     ).format(reason=error)) from None
    except (ValueError, TypeError, SyntaxError) as error:
        raise refuse(path, translate("Workbook", "son contenu XML est invalide ({reason})."
                                     ).format(reason=error)) from None


def _check_meta(path: Path, meta: _Meta, database: Database, report: ImportReport) -> None:
    if not meta.present:
        report.notes.append(translate(
            "Workbook", "Feuille de métadonnées absente : les lignes qui nomment un "
                        "enregistrement existant seront traitées comme des conflits."))
        return
    if meta.pairs.get("format") != FORMAT_NAME:
        raise refuse(path, translate("Workbook", "ce n'est pas un classeur d'échange Cabinet "
                                                 "Desktop (métadonnées illisibles)."))
    try:
        version = int(meta.pairs.get("version", "0"))
    except ValueError:
        version = 0
    if version > FORMAT_VERSION or version < 1:
        raise refuse(path, translate("Workbook", "format de classeur {version} inconnu de cette "
                                                 "version de Cabinet Desktop (format {ours}).")
                     .format(version=meta.pairs.get("version"), ours=FORMAT_VERSION))
    identity = meta.pairs.get("database", "")
    if meta.pairs.get("template") != "1" and identity and \
            identity != bulk_reads.database_identity(database):
        raise refuse(path, translate("Workbook", "il a été exporté d'une autre base de données ; "
                                                 "ses références n'y désignent pas les mêmes "
                                                 "enregistrements."))


def preview_import(database: Database, actor: Actor, path: str | Path,
                   state: TaskState | None = None) -> ImportReport:
    """Read and validate the workbook at ``path`` against the database; writes nothing.

    Raises :class:`WorkbookRefused` (exit 65) for a file refused whole; otherwise returns the
    report of new records, changes, errors, conflicts and refused rows.
    """
    path = Path(path)
    check_workbook_file(path)
    report = ImportReport(path.name)
    choices = bulk_reads.choices(database, actor)
    labels = build_labels(choices.persons, choices.partners, choices.attributions,
                          choices.indicators)
    handle = path.open("rb")
    try:
        return _preview(database, actor, path, handle, labels, report, state)
    finally:
        handle.close()


def _preview(database: Database, actor: Actor, path: Path, handle: IO[bytes], labels: Labels,
             report: ImportReport, state: TaskState | None) -> ImportReport:
    workbook = _open(path, handle)
    try:
        meta = _read_meta(path, workbook)
        _check_meta(path, meta, database, report)
        titles = _sheet_titles()
        technical = {LISTS_SHEET, META_SHEET, NOTICE_SHEET,
                     translate("Workbook", NOTICE_SHEET)}
        for name in workbook.sheetnames:
            if name in technical:
                continue
            sheet = titles.get(_key(name))
            if sheet is None:
                report.notes.append(translate("Workbook", "Feuille inconnue ignorée : « {sheet} »."
                                              ).format(sheet=name))
                continue
            worksheet = workbook[name]
            worksheet.reset_dimensions()
            _SheetReader(database, actor, report, sheet, name, labels, meta, state).read(
                worksheet)
    except (zipfile.BadZipFile, zlib.error, EOFError) as error:
        raise refuse(path, translate("Workbook", "le fichier est tronqué ou endommagé ({reason})."
                                     ).format(reason=error)) from None
    except ValueError as error:
        if isinstance(error, ValidationError):
            raise
        raise refuse(path, translate("Workbook", "son contenu XML est invalide ({reason})."
                                     ).format(reason=error)) from None
    finally:
        workbook.close()
    _name_who_saved(database, actor, report)
    return report


def _name_who_saved(database: Database, actor: Actor, report: ImportReport) -> None:
    """Give each conflict who saved its record after the export, and when."""
    by_kind: dict[str, list[int]] = {}
    for conflict in report.conflicts:
        by_kind.setdefault(conflict.change.kind, []).append(conflict.change.record_id)
    saves = {(kind_name, record_id): save for kind_name, ids in by_kind.items()
             for record_id, save in records.last_saves(database, actor, kind_name, ids).items()}
    report.conflicts = [
        replace(conflict, saved_by=saves[key][0], saved_at=saves[key][1])
        if (key := (conflict.change.kind, conflict.change.record_id)) in saves else conflict
        for conflict in report.conflicts]


def apply_import(database: Database, actor: Actor, report: ImportReport,
                 state: TaskState | None = None) -> ChangeSet:
    """Save what ``report`` previewed, all or nothing, through the services.

    Refuses (saving nothing) a report with errors (``ValidationError``), conflicts
    (``ConflictError``) or refused rows (``PermissionDenied``). A conflict that appears
    between the preview and now, or a cancellation, rolls everything back too.
    """
    if report.error_count:
        raise ValidationError(translate("Workbook", "Import refusé : le classeur contient {count} "
                                                    "erreur(s) ; rien n'a été enregistré.")
                              .format(count=report.error_count))
    if report.conflicts:
        raise ConflictError(translate("Workbook", "Import refusé : {count} ligne(s) en conflit "
                                                  "avec des modifications faites dans la base "
                                                  "depuis l'export ; rien n'a été enregistré.")
                            .format(count=len(report.conflicts)))
    if report.refused:
        raise PermissionDenied(translate("Workbook", "Import refusé : {count} ligne(s) dépassent "
                                                     "vos droits ; rien n'a été enregistré.")
                               .format(count=len(report.refused)))
    writes = [batch.Write(row.kind, dict(row.values)) for row in report.new]
    writes += [batch.Write(change.kind, dict(change.values), change.record_id, change.version)
               for change in report.changed]
    if not writes:
        return ChangeSet()
    return batch.apply(database, actor, writes, state)
