"""What a record's edit form holds, as plain data read from the catalog (no Qt, no SQL).

The window builds a kind's form from :func:`form_of`: one :class:`FormField` per editable
column (its French label, its type, whether it is required, its length limit, its choices),
then one per link list (a mission's dossiers…). Validation stays in the services; the form
only shows what they would refuse, at the field.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, Numeric, String, Text
from sqlalchemy import Enum as SAEnum

from cabinet_desktop.domain.entities.base import ClassificationType, UTCDateTime
from cabinet_desktop.domain.enums import Classification
from cabinet_desktop.services.catalog import SYSTEM_FIELDS, Kind, kind
from cabinet_desktop.services.validation import MAX_TEXT_LENGTH, coerce, needs_rate


class FieldType(enum.StrEnum):
    """How a field is typed in and shown."""

    TEXT = "text"  # one line
    LONG_TEXT = "long_text"  # several lines
    DATE = "date"
    INTEGER = "integer"
    NUMBER = "number"  # decimals, typed the French way (« 1 234 567,50 »)
    BOOLEAN = "boolean"
    CHOICE = "choice"  # one of ``choices``
    CLASSIFICATION = "classification"  # a level, up to the user's clearance
    REFERENCE = "reference"  # a record of ``target`` (persons, attributions, partners)
    LINKS = "links"  # records of the kind ``target`` (a mission's dossiers)


@dataclass(frozen=True, slots=True)
class FormField:
    """One field of a form."""

    name: str
    label: str
    type: FieldType
    required: bool = False
    max_length: int | None = None
    choices: tuple[tuple[str, str], ...] = ()  # (value, French label) of a CHOICE
    target: str | None = None  # the table of a REFERENCE, the kind of LINKS
    default: str | None = None  # the value a new record starts with (a CHOICE's)


@dataclass(frozen=True, slots=True)
class Form:
    """A kind's edit form: its title word and its fields in order."""

    kind: str
    label: str
    fields: tuple[FormField, ...]
    parent: str | None = None  # the column naming the parent record, set by the caller

    def field(self, name: str) -> FormField:
        return next(f for f in self.fields if f.name == name)


#: The kinds a « Nouvelle mission de suivi » starts from (``services.follow_up``).
FOLLOW_UP_SOURCES = frozenset({"dossier", "mission"})

#: Columns filled by the services or by the record's place, never typed in a form.
_NOT_TYPED = SYSTEM_FIELDS | {"reference", "archived", "sort_key", "instructor_sort",
                              "assignee_sort", "author_sort"}


def form_of(kind_name: str) -> Form:
    """The edit form of ``kind_name``."""
    described = kind(kind_name)
    parent = described.parent[0] if described.parent else None
    fields = [_field(described, column.key) for column in described.mapper.columns
              if column.key in described.editable and column.key not in _NOT_TYPED
              and column.key != parent]
    fields += [FormField(name, described.field_label(name), FieldType.LINKS,
                         target=link.other_kind) for name, link in described.links.items()]
    return Form(described.name, described.label, tuple(fields), parent)


def _field(described: Kind, name: str) -> FormField:
    column = described.mapper.columns[name]
    label = described.field_label(name)
    required = not column.nullable and column.default is None
    column_type = column.type
    foreign = next(iter(column.foreign_keys), None)
    if foreign is not None:
        return FormField(name, label, FieldType.REFERENCE, required,
                         target=foreign.column.table.name)
    if isinstance(column_type, ClassificationType):
        return FormField(name, label, FieldType.CLASSIFICATION, required,
                         choices=tuple((str(int(level)), level.label) for level in Classification))
    if isinstance(column_type, SAEnum) and column_type.enum_class is not None:
        members = tuple((str(m.value), str(getattr(m, "label", m.value)))
                        for m in column_type.enum_class)
        default = getattr(column.default, "arg", None)
        return FormField(name, label, FieldType.CHOICE, required, choices=members,
                         default=None if default is None or callable(default)
                         else str(getattr(default, "value", default)))
    if isinstance(column_type, UTCDateTime | DateTime):
        return FormField(name, label, FieldType.TEXT, required)
    if isinstance(column_type, Date):
        return FormField(name, label, FieldType.DATE, required)
    if isinstance(column_type, Boolean):
        default = getattr(column.default, "arg", None)
        return FormField(name, label, FieldType.BOOLEAN, False,
                         default="true" if default is True else None)
    if isinstance(column_type, Integer):
        return FormField(name, label, FieldType.INTEGER, required)
    if isinstance(column_type, Float | Numeric):
        return FormField(name, label, FieldType.NUMBER, required)
    if isinstance(column_type, Text):
        return FormField(name, label, FieldType.LONG_TEXT, required,
                         max_length=getattr(column_type, "length", None) or MAX_TEXT_LENGTH)
    if isinstance(column_type, String):
        return FormField(name, label, FieldType.TEXT, required,
                         max_length=getattr(column_type, "length", None))
    return FormField(name, label, FieldType.TEXT, required)


#: Fields that apply only to some values of another: ``(kind, field) → test of the values``.
_APPLIES = {
    ("agreement", "exchange_rate"): lambda values: needs_rate(values.get("currency")),
    ("agreement", "rate_date"): lambda values: needs_rate(values.get("currency")),
    ("mission", "status_reason"): lambda values: str(values.get("status") or "")
    in ("on_hold", "cancelled"),
}


def applies(kind_name: str, name: str, values: Mapping[str, Any]) -> bool:
    """Whether field ``name`` of a ``kind_name`` form applies to the ``values`` typed (a
    convention's exchange rate only for euros or dollars, a mission's reason only when it is
    on hold or cancelled): a form shows it only then."""
    test = _APPLIES.get((kind_name, name))
    return test is None or bool(test(values))


def check(kind_name: str, values: Mapping[str, Any]) -> None:
    """Refuse, before any saving, what the services would refuse without reading the
    database: each field converted and checked (dates, French amounts, lengths…), then the
    kind's rules over them (dates in order, progress 0–100, email, phone, the rate of a
    foreign currency). Raises the services' ``ValidationError`` naming the field; the save
    checks again, with the rules that read other records."""
    described = kind(kind_name)
    cleaned = {name: coerce(described, name, value) for name, value in values.items()
               if name in described.editable and name not in described.links
               and applies(kind_name, name, values)}
    for rule in described.validators:
        rule(cleaned, described)
