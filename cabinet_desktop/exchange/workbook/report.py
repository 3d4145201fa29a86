"""What an import found: new records, changes field by field, errors, conflicts, refusals."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from cabinet_desktop.formatting import format_number
from cabinet_desktop.i18n import translate

MAX_LISTED = 10_000  # problems kept in full; beyond, only counted (memory stays bounded)


@dataclass(frozen=True, slots=True)
class Place:
    """A cell of the received workbook: sheet title, row number, column header and letter."""

    sheet: str
    row: int
    column: str = ""
    letter: str = ""

    def describe(self) -> str:
        if self.column:
            return translate("Workbook", "feuille « {sheet} », ligne {row}, colonne « {column} » "
                                         "({letter})").format(sheet=self.sheet, row=self.row,
                                                              column=self.column,
                                                              letter=self.letter)
        return translate("Workbook", "feuille « {sheet} », ligne {row}").format(
            sheet=self.sheet, row=self.row)


@dataclass(frozen=True, slots=True)
class Problem:
    """A cell (or row) the import cannot take, and why."""

    place: Place
    reason: str

    def describe(self) -> str:
        return f"{self.place.describe()} : {self.reason}"


@dataclass(frozen=True, slots=True)
class FieldChange:
    field: str
    header: str
    old: str
    new: str


@dataclass(frozen=True, slots=True)
class RowChange:
    """A row that changes an existing record (or would, for a conflict)."""

    place: Place
    kind: str
    reference: str
    record_id: int
    version: int
    changes: tuple[FieldChange, ...]
    values: dict[str, Any] = field(hash=False, compare=False)


@dataclass(frozen=True, slots=True)
class NewRow:
    place: Place
    kind: str
    summary: str
    values: dict[str, Any] = field(hash=False, compare=False)


@dataclass(frozen=True, slots=True)
class Conflict:
    """A row whose record was saved in the database after the export."""

    change: RowChange
    exported_version: int | None
    #: who saved the record after the export, and when (filled once the file is read)
    saved_by: str = ""
    saved_at: dt.datetime | None = None


@dataclass
class ImportReport:
    """The preview of an import; :attr:`ready` when it may be applied as it is."""

    file_name: str
    new: list[NewRow] = field(default_factory=list)
    changed: list[RowChange] = field(default_factory=list)
    unchanged: int = 0
    errors: list[Problem] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    refused: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    error_count: int = 0
    rows_read: int = 0

    def error(self, place: Place, reason: str) -> None:
        self.error_count += 1
        if len(self.errors) < MAX_LISTED:
            self.errors.append(Problem(place, reason))

    @property
    def ready(self) -> bool:
        return not (self.error_count or self.conflicts or self.refused)

    @property
    def exit_code(self) -> int:
        """65 with errors, 75 with conflicts, 77 with refused rows, else 0."""
        if self.error_count:
            return 65
        if self.conflicts:
            return 75
        if self.refused:
            return 77
        return 0

    def lines(self, limit: int = 200) -> list[str]:
        """The report as the command line prints it (French)."""
        count = format_number
        out = [translate("Workbook", "Import de « {name} » :").format(name=self.file_name),
               translate("Workbook", "  {new} création(s), {changed} modification(s), "
                                     "{unchanged} ligne(s) inchangée(s), {errors} erreur(s), "
                                     "{conflicts} conflit(s), {refused} ligne(s) refusée(s).")
               .format(new=count(len(self.new)), changed=count(len(self.changed)),
                       unchanged=count(self.unchanged), errors=count(self.error_count),
                       conflicts=count(len(self.conflicts)), refused=count(len(self.refused)))]
        out += [f"  {note}" for note in self.notes]
        shown = 0

        def room() -> bool:
            return shown < limit

        for row in self.new:
            if not room():
                break
            out.append(translate("Workbook", "  + {place} : nouveau — {summary}")
                       .format(place=row.place.describe(), summary=row.summary))
            shown += 1
        for change in self.changed:
            if not room():
                break
            out.append(translate("Workbook", "  ~ {reference} ({place}) :")
                       .format(reference=change.reference, place=change.place.describe()))
            out += [f"      {c.header} : « {c.old} » → « {c.new} »" for c in change.changes]
            shown += 1
        for conflict in self.conflicts:
            if not room():
                break
            change = conflict.change
            out.append(translate("Workbook", "  ! conflit {reference} ({place}) : modifié dans "
                                             "la base depuis l'export (version {exported} → "
                                             "{current}) ; la ligne n'est pas importée.")
                       .format(reference=change.reference, place=change.place.describe(),
                               exported=conflict.exported_version or "?",
                               current=change.version))
            out += [f"      {c.header} : « {c.old} » → « {c.new} »" for c in change.changes]
            shown += 1
        for problem in self.refused:
            if not room():
                break
            out.append(translate("Workbook", "  ✗ refusé — {problem}")
                       .format(problem=problem.describe()))
            shown += 1
        for problem in self.errors:
            if not room():
                break
            out.append(translate("Workbook", "  ✗ erreur — {problem}")
                       .format(problem=problem.describe()))
            shown += 1
        total = (len(self.new) + len(self.changed) + len(self.conflicts) + len(self.refused)
                 + self.error_count)
        if total > shown:
            out.append(translate("Workbook", "  … et {count} ligne(s) de plus (non détaillées "
                                             "ici).").format(count=count(total - shown)))
        return out
