"""The exchange format as data: one sheet per kind, its columns, and what each column holds.

``SHEETS`` is the one per-kind table of the workbook: which kinds have a sheet, in which order,
and which fields are columns (in column order). Everything else about a column — its French
header, its type, whether it is required or read-only, its drop-down list — is read from the
kind's description in ``services/catalog.py`` and the mapped column, not repeated here.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from functools import cache

from sqlalchemy import Boolean, Date, Float, Integer, Numeric, String, Text
from sqlalchemy import Enum as SAEnum

from cabinet_desktop.domain.entities.base import ClassificationType
from cabinet_desktop.domain.enums import LabelledEnum
from cabinet_desktop.i18n import QT_TRANSLATE_NOOP, translate
from cabinet_desktop.services.catalog import Kind, kind, link_label

#: Version of the exchange format written in the metadata sheet; an import refuses a newer one.
FORMAT_VERSION = 1
FORMAT_NAME = "cabinet-desktop-classeur"

LINK_SEPARATOR = "; "  # between the references of a LINKS cell (« , » and new lines read too)
NOTICE_SHEET = QT_TRANSLATE_NOOP("Workbook", "Notice")
LISTS_SHEET = "Listes"  # hidden: the drop-down lists (technical name, never translated)
META_SHEET = "Metadonnees"  # hidden: format version, export date, database, row versions

#: Reference prefix of kinds without a reference of their own: the workbook names their rows
#: ``CTC-412`` from the record's number, so an import matches them exactly.
ROW_PREFIXES = {"contact": "CTC", "agreement": "CNV", "interaction": "ECH",
                "indicator_target": "CIB", "measurement": "MES"}


@dataclass(frozen=True)
class SheetSpec:
    """A kind's sheet: its title and its columns after the reference, in order."""

    kind: str
    title: str
    fields: tuple[str, ...]
    #: columns shown for information, never imported (workflow state, validation)
    informative: frozenset[str] = frozenset()
    #: many-to-many links (``dossier_ids``), last columns: the linked records' references
    links: tuple[str, ...] = ()


#: The one per-kind table of the exchange format.
SHEETS: tuple[SheetSpec, ...] = (
    SheetSpec("mission", QT_TRANSLATE_NOOP("Workbook", "Missions"),
              ("title", "attribution_id", "origin", "instruction_date", "instruction_authority",
               "assignee_id", "priority", "status", "start_date", "due_date", "completed_date",
               "progress", "expected_result", "description"),
              links=("dossier_ids", "partner_ids", "indicator_ids")),
    SheetSpec("dossier", QT_TRANSLATE_NOOP("Workbook", "Dossiers"),
              ("object", "origin_structure", "received_date", "avis_due_date", "instructor_id",
               "classification", "sensitive", "state", "avis_kind", "avis_date", "summary"),
              informative=frozenset({"state", "avis_kind", "avis_date"})),
    SheetSpec("partner", QT_TRANSLATE_NOOP("Workbook", "Partenaires"),
              ("name", "acronym", "category", "scope", "country", "website", "address",
               "notes")),
    SheetSpec("contact", QT_TRANSLATE_NOOP("Workbook", "Contacts"),
              ("partner_id", "name", "function", "phone", "email")),
    SheetSpec("agreement", QT_TRANSLATE_NOOP("Workbook", "Conventions"),
              ("partner_id", "title", "kind", "status", "signature_date", "start_date",
               "end_date", "amount_committed", "amount_disbursed", "currency", "exchange_rate",
               "rate_date")),
    SheetSpec("interaction", QT_TRANSLATE_NOOP("Workbook", "Échanges"),
              ("partner_id", "date", "kind", "participants", "summary"),
              links=("mission_ids",)),
    SheetSpec("indicator", QT_TRANSLATE_NOOP("Workbook", "Indicateurs"),
              ("name", "level", "unit", "periodicity", "direction", "baseline_value",
               "baseline_date", "data_source", "responsible_structure", "definition")),
    SheetSpec("indicator_target", QT_TRANSLATE_NOOP("Workbook", "Cibles"),
              ("indicator_id", "year", "value")),
    SheetSpec("measurement", QT_TRANSLATE_NOOP("Workbook", "Mesures"),
              ("indicator_id", "period", "value", "source", "validated", "comment"),
              informative=frozenset({"validated"})),
    SheetSpec("consultation", QT_TRANSLATE_NOOP("Workbook", "Consultations"),
              ("title", "date", "public", "method", "participants", "satisfaction",
               "findings"), links=("mission_ids",)),
)


class CellType(enum.Enum):
    """How a column's cells are written, listed and read."""

    REFERENCE = "reference"
    TEXT = "text"
    LONG_TEXT = "long_text"
    DATE = "date"
    INTEGER = "integer"
    NUMBER = "number"
    AMOUNT = "amount"
    BOOLEAN = "boolean"
    CHOICE = "choice"  # a labelled enumeration
    CLASSIFICATION = "classification"
    PERSON = "person"
    PARTNER = "partner"
    ATTRIBUTION = "attribution"
    INDICATOR = "indicator"
    LINKS = "links"  # references of linked records, « ; » between them


#: Foreign keys named in the workbook by a label the user recognises, with a drop-down list.
_FOREIGN = {"persons": CellType.PERSON, "partners": CellType.PARTNER,
            "attributions": CellType.ATTRIBUTION, "indicators": CellType.INDICATOR}


@dataclass(frozen=True)
class ColumnSpec:
    """One column of a sheet."""

    field: str
    header: str
    source_header: str  # the untranslated (French) header, also accepted on import
    type: CellType
    required: bool
    informative: bool
    width: float
    enum_class: enum.EnumMeta | None = None
    max_length: int | None = None
    target: str | None = None  # the kind a LINKS column names


def _cell_type(spec: Kind, name: str) -> tuple[CellType, enum.EnumMeta | None]:
    column = spec.mapper.columns[name]
    for fk in column.foreign_keys:
        target = _FOREIGN.get(fk.column.table.name)
        if target is not None:
            return target, None
    kind_of = column.type
    if isinstance(kind_of, ClassificationType):
        return CellType.CLASSIFICATION, None
    if isinstance(kind_of, SAEnum) and kind_of.enum_class is not None:
        return CellType.CHOICE, kind_of.enum_class
    if isinstance(kind_of, Boolean):
        return CellType.BOOLEAN, None
    if isinstance(kind_of, Date):
        return CellType.DATE, None
    if isinstance(kind_of, Integer):
        return CellType.INTEGER, None
    if isinstance(kind_of, Numeric) and not isinstance(kind_of, Float):
        return CellType.AMOUNT, None
    if isinstance(kind_of, Float):
        return CellType.NUMBER, None
    if isinstance(kind_of, Text) or (isinstance(kind_of, String) and (kind_of.length or 0) > 300):
        return CellType.LONG_TEXT, None
    return CellType.TEXT, None


_WIDTHS = {CellType.REFERENCE: 15, CellType.DATE: 12, CellType.INTEGER: 10,
           CellType.NUMBER: 12, CellType.AMOUNT: 16, CellType.BOOLEAN: 9, CellType.CHOICE: 20,
           CellType.CLASSIFICATION: 20, CellType.PERSON: 24, CellType.PARTNER: 34,
           CellType.ATTRIBUTION: 36, CellType.INDICATOR: 34, CellType.LONG_TEXT: 50,
           CellType.LINKS: 32}


def _width(cell_type: CellType, header: str, length: int | None) -> float:
    base = _WIDTHS.get(cell_type)
    if base is None:  # short text: its declared length, within reason
        base = min(45, max(12, (length or 40) // 5))
    return float(max(base, min(len(header) + 3, 30)))


def reference_header() -> str:
    return translate("Workbook", "Référence")


@cache
def columns(kind_name: str) -> tuple[ColumnSpec, ...]:
    """The columns of ``kind_name``'s sheet, reference first."""
    sheet = sheet_of(kind_name)
    spec = kind(kind_name)
    result = [ColumnSpec("reference", reference_header(), "Référence", CellType.REFERENCE,
                         False, False, _WIDTHS[CellType.REFERENCE])]
    for name in sheet.fields:
        column = spec.mapper.columns[name]
        cell_type, enum_class = _cell_type(spec, name)
        header = spec.field_label(name)
        source = str(column.info.get("label", name))
        parent = spec.parent is not None and spec.parent[0] == name
        required = (not column.nullable and column.default is None) or parent
        length = getattr(column.type, "length", None)
        result.append(ColumnSpec(name, header, source, cell_type, required,
                                 name in sheet.informative, _width(cell_type, header, length),
                                 enum_class, length if isinstance(length, int) else None))
    for name in sheet.links:
        target = spec.links[name].other_kind
        header = spec.field_label(name)
        result.append(ColumnSpec(name, header, link_label(target), CellType.LINKS, False, False,
                                 _width(CellType.LINKS, header, None), target=target))
    return tuple(result)


def stored_fields(kind_name: str) -> list[str]:
    """The fields of ``kind_name``'s sheet that are columns of its table (not links)."""
    return list(sheet_of(kind_name).fields)


@cache
def sheet_of(kind_name: str) -> SheetSpec:
    """The sheet of ``kind_name``."""
    return next(sheet for sheet in SHEETS if sheet.kind == kind_name)


def sheet_title(sheet: SheetSpec) -> str:
    return translate("Workbook", sheet.title)


def enum_labels(enum_class: enum.EnumMeta) -> list[str]:
    """The French labels of an enumeration, in declaration order."""
    members: list[enum.Enum] = list(enum_class)
    return [member.label if isinstance(member, LabelledEnum) else str(member.value)
            for member in members]


def row_reference(kind_name: str, record_id: int, reference: str | None = None) -> str:
    """What the reference column holds for a record (``DOS-2026-0142``, ``CTC-412``)."""
    if reference:
        return reference
    return f"{ROW_PREFIXES[kind_name]}-{record_id}"


def row_id_of(kind_name: str, text: str) -> int | None:
    """The record number in a ``CTC-412`` reference of a kind without references."""
    prefix = ROW_PREFIXES.get(kind_name)
    if prefix is None:
        return None
    head, _, number = text.strip().upper().partition("-")
    if head != prefix or not number.isdigit():
        return None
    return int(number)
