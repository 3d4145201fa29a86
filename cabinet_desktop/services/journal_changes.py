"""A journal entry's changes as the user reads them: French field labels and values.

The journal stores each change as JSON (``{"due_date": ["2026-11-22", "2026-12-24"]}``); the
journal list, its detail panel and any printed journal show it through :func:`journal_changes`.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from collections.abc import Callable
from enum import Enum
from typing import Any

from sqlalchemy import Enum as SqlEnum

from cabinet_desktop.domain.entities.base import Base, ClassificationType
from cabinet_desktop.domain.enums import CircuitStep, Classification
from cabinet_desktop.formatting import format_date, format_datetime, format_number, format_value
from cabinet_desktop.i18n import QT_TRANSLATE_NOOP, translate
from cabinet_desktop.services import catalog
from cabinet_desktop.services.rows import Record


@functools.cache
def _field_labeller(entity: str) -> Callable[[str], str]:
    """French field labels of ``entity`` (``Échéance``, not ``due_date``) for the journal."""
    try:
        kind = catalog.kind(entity)
    except (KeyError, LookupError, ValueError):
        mapper = _mapper_of(entity)

        def label(name: str) -> str:
            column = mapper.columns.get(name) if mapper is not None else None
            if column is not None and "label" in column.info:
                return translate("Field", column.info["label"])
            if name in _JOURNAL_ONLY_FIELDS:
                return translate("Details", _JOURNAL_ONLY_FIELDS[name])
            return name
        return label
    def label_of(name: str) -> str:
        label = kind.field_label(name)
        if label == name and name in _JOURNAL_ONLY_FIELDS:
            return translate("Details", _JOURNAL_ONLY_FIELDS[name])
        return label
    return label_of


#: fields a journal entry holds that are no column of the record (a workflow step's comment)
_JOURNAL_ONLY_FIELDS = {
    "comment": QT_TRANSLATE_NOOP("Details", "Commentaire"),
    "step": QT_TRANSLATE_NOOP("Details", "Étape du circuit"),
    # the demonstration data's entry
    "size": QT_TRANSLATE_NOOP("Details", "Taille"),
    "seed": QT_TRANSLATE_NOOP("Details", "Graine"),
    "today": QT_TRANSLATE_NOOP("Details", "Date de référence"),
    "is_demo": QT_TRANSLATE_NOOP("Details", "Base de démonstration"),
    "counts": QT_TRANSLATE_NOOP("Details", "Enregistrements créés"),
}


#: the journal-only fields holding an enumeration's value (shown by its label)
_JOURNAL_ONLY_ENUMS: dict[str, type[Enum]] = {"step": CircuitStep}


def _mapper_of(entity: str) -> Any:
    """The SQLAlchemy mapper of a journalled ``entity`` (``user`` → ``User``), or ``None``."""
    try:
        return catalog.kind(entity).mapper
    except (KeyError, LookupError, ValueError):
        pass
    for mapper in Base.registry.mappers:
        if re.sub(r"(?<!^)(?=[A-Z])", "_", mapper.class_.__name__).lower() == entity:
            return mapper
    return None


_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@functools.cache
def _change_formatter(entity: str) -> Callable[[str, Any], str]:
    """How the journal shows a changed value of ``entity``: French dates, enum labels, Oui/Non."""
    mapper = _mapper_of(entity)

    def fmt(field: str, value: Any) -> str:
        if value is None or value in ("", "[]", "{}"):  # "[]": an empty list kept as JSON
            return ""
        column = mapper.columns.get(field) if mapper is not None else None
        kind = column.type if column is not None else None
        try:
            if isinstance(kind, ClassificationType):
                return Classification(int(value)).label
            enum_class = getattr(kind, "enum_class", None) if isinstance(kind, SqlEnum) else None
            enum_class = enum_class or _JOURNAL_ONLY_ENUMS.get(field)
            if enum_class is not None:
                return format_value(enum_class(value))
        except (ValueError, TypeError):
            pass
        if isinstance(value, bool):
            return format_value(value)
        if isinstance(value, list):
            return ", ".join(fmt(field, v) for v in value)
        if isinstance(value, dict):  # e.g. the demo's counts: « Missions : 120, … »
            return ", ".join(f"{key} : {fmt(field, v)}" for key, v in value.items())
        if isinstance(value, str) and _ISO_DATETIME.match(value):
            try:
                return format_datetime(dt.datetime.fromisoformat(value))
            except ValueError:
                return value
        if isinstance(value, str) and _ISO_DATE.match(value):
            try:
                return format_date(dt.date.fromisoformat(value))
            except ValueError:
                return value
        if isinstance(value, int | float):
            return format_number(value)
        return str(value)
    return fmt


#: Bookkeeping every save touches: the journal's own columns already say who and when.
_BOOKKEEPING = frozenset({"id", "version", "created_at", "updated_at", "created_by_id",
                          "updated_by_id"})


def journal_changes(r: Record) -> list[tuple[str, str, str]]:
    """A journal entry's changes as (French field label, before, after), values as read.

    Bookkeeping fields (id, version, created/updated at and by) are left out.
    """
    try:
        changes = json.loads(r.get("changes") or "{}")
    except ValueError:
        changes = {}
    if not isinstance(changes, dict):
        return []
    entity = str(r.get("entity") or "")
    label, formatted = _field_labeller(entity), _change_formatter(entity)
    names = r.get("names") or {}

    def value(field: str, raw: Any) -> str:  # a referenced record by its name, not its id
        named = names.get(field, {}).get(str(raw)) if isinstance(raw, int) else None
        return str(named) if named else formatted(field, raw)

    result = []
    for field, change in changes.items():
        if field in _BOOKKEEPING:
            continue
        if isinstance(change, list) and len(change) == 2:
            before, after = value(str(field), change[0]), value(str(field), change[1])
        else:
            before, after = "", value(str(field), change)
        if before or after:  # a field created empty tells nothing
            result.append((label(str(field)), before, after))
    return result


def changes_summary(r: Record) -> str:
    """One line for the journal list: ``Échéance : 22/11/2026 → 24/12/2026 ; …``."""
    return " ; ".join(f"{field} : {before} → {after}" if before else f"{field} : {after}"
                      for field, before, after in journal_changes(r))
