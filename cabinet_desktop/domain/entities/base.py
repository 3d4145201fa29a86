"""Declarative base, column types and mixins shared by every entity."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any, TypeVar

from sqlalchemy import DateTime, ForeignKey, Integer, MetaData, String, TypeDecorator
from sqlalchemy import Enum as SAEnum
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from cabinet_desktop.domain.enums import Classification
from cabinet_desktop.i18n import QT_TRANSLATE_NOOP

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Base of every mapped entity."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def utcnow() -> dt.datetime:
    """The current time, timezone-aware in UTC."""
    return dt.datetime.now(dt.UTC)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A timestamp stored as UTC and always returned timezone-aware (SQLite keeps no zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored: give a timezone")
        value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: dt.datetime | None,
                             dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


class ClassificationType(TypeDecorator[Classification]):
    """Classification stored as its integer level, so clearance filters are ``level <= n``."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        return None if value is None else int(Classification(value))

    def process_result_value(self, value: int | None, dialect: Dialect) -> Classification | None:
        return None if value is None else Classification(value)


E = TypeVar("E", bound=enum.Enum)


def enum_column(enum_cls: type[enum.Enum]) -> SAEnum:
    """A portable enum column storing the members' values as strings (no native PG enum)."""
    return SAEnum(enum_cls, native_enum=False, create_constraint=False, length=32,
                  values_callable=lambda cls: [m.value for m in cls], validate_strings=True)


def caption(text: str) -> dict[str, str]:
    """Column ``info`` carrying the French field label used in messages and headings."""
    return {"label": QT_TRANSLATE_NOOP("Field", text)}


class Tracked:
    """Who created and last changed a record, and its version for optimistic locking."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1,
                                         info=caption("Version"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow,
                                                    info=caption("Créé le"))
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow,
                                                    info=caption("Modifié le"))

    @declared_attr
    def created_by_id(cls) -> Mapped[int | None]:
        return mapped_column(ForeignKey("users.id", use_alter=True), info=caption("Créé par"))

    @declared_attr
    def updated_by_id(cls) -> Mapped[int | None]:
        return mapped_column(ForeignKey("users.id", use_alter=True), info=caption("Modifié par"))

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.version}


class Referenced:
    """A record with a stable human-readable reference (``MIS-2026-0001``)."""

    reference: Mapped[str] = mapped_column(String(24), unique=True, nullable=False,
                                           info=caption("Référence"))


class Archivable:
    """A record that is archived rather than deleted once others refer to it.

    ``archived`` has no index of its own: nearly every row is ``False``, so such an index never
    narrows a query, and without statistics SQLite's planner preferred it to the index that
    gives a list its order (a 100,000-row sort for every page).
    """

    archived: Mapped[bool] = mapped_column(default=False, nullable=False,
                                           info=caption("Archivé"))
