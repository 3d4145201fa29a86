"""Allocation of reference numbers inside the saving transaction."""

from __future__ import annotations

from importlib import import_module

from sqlalchemy import update
from sqlalchemy.orm import Session

from cabinet_desktop.domain.entities import ReferenceCounter
from cabinet_desktop.domain.references import FORMATS


def allocate_numbers(session: Session, kind: str, year: int | None, count: int = 1) -> range:
    """Reserve ``count`` consecutive numbers for ``kind`` (and ``year`` for dated kinds).

    The counter row is created if missing (``INSERT … ON CONFLICT DO NOTHING``) and then
    incremented with ``UPDATE … RETURNING``: on PostgreSQL the update locks the row until the
    transaction ends, and a SQLite write transaction holds the database lock, so two clients
    saving at once never get the same number. Numbers of a rolled-back transaction are
    released with it; committed numbers are never given again.
    """
    fmt = FORMATS[kind]
    key_year = (year or 0) if fmt.dated else 0
    if fmt.dated and not year:
        raise ValueError(f"{kind} references need a year")
    dialect = session.get_bind().dialect.name
    # The dialect's own INSERT (for ON CONFLICT), imported on first use: loading the
    # PostgreSQL dialect costs a SQLite start-up about 15 ms.
    module = "postgresql" if dialect == "postgresql" else "sqlite"
    insert = import_module(f"sqlalchemy.dialects.{module}").insert
    session.execute(insert(ReferenceCounter).values(kind=kind, year=key_year, last=0)
                    .on_conflict_do_nothing(index_elements=["kind", "year"]))
    last = session.execute(
        update(ReferenceCounter)
        .where(ReferenceCounter.kind == kind, ReferenceCounter.year == key_year)
        .values(last=ReferenceCounter.last + count)
        .returning(ReferenceCounter.last)
        .execution_options(synchronize_session=False)).scalar_one()
    return range(last - count + 1, last + 1)


def allocate_reference(session: Session, kind: str, year: int | None = None) -> str:
    """Reserve the next reference of ``kind`` and return it formatted."""
    number = allocate_numbers(session, kind, year)[0]
    return FORMATS[kind].format(number, year if FORMATS[kind].dated else None)
