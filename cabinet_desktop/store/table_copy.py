"""Copying every table of the schema from one connection to another, backend to backend.

Backups of a PostgreSQL base and restores into one go through here: each mapped table in
dependency order, rows in primary-key order, a chunk at a time (keyset pagination, so memory
stays flat on 100,000 dossiers). The columns that point at a table not yet copied (who created
or last changed a record points at ``users``, copied after ``persons``) are written empty
first and filled in a second pass. Values travel as Python values through the mapped column
types, so a timestamp, an amount or an enum reads the same on either backend.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Column, Connection, Table, bindparam, func, or_, select, tuple_, update

from cabinet_desktop.domain.entities import Base

CHUNK_ROWS = 2000
Progress = Callable[[int, int], None]


def tables() -> list[Table]:
    """The schema's tables, each after those it depends on."""
    return list(Base.metadata.sorted_tables)


def count_rows(connection: Connection) -> dict[str, int]:
    """Rows per table."""
    return {t.name: int(connection.scalar(select(func.count()).select_from(t)) or 0)
            for t in tables()}


def _chunks(connection: Connection, table: Table, where: Any = None,
            chunk: int = CHUNK_ROWS) -> Any:
    pk = list(table.primary_key.columns)
    last: tuple[Any, ...] | None = None
    while True:
        stmt = select(table).order_by(*pk).limit(chunk)
        if where is not None:
            stmt = stmt.where(where)
        if last is not None:
            stmt = stmt.where(tuple_(*pk) > tuple_(*last) if len(pk) > 1 else pk[0] > last[0])
        rows = connection.execute(stmt).mappings().all()
        if not rows:
            return
        yield rows
        last = tuple(rows[-1][c.name] for c in pk)


def copy_tables(source: Connection, target: Connection, progress: Progress | None = None,
                chunk: int = CHUNK_ROWS) -> dict[str, int]:
    """Copy every row of every table from ``source`` into the empty tables of ``target``.

    Both run in the caller's transactions; returns the rows copied per table.
    """
    totals = count_rows(source)
    grand, done = sum(totals.values()), 0
    copied: set[str] = set()
    later: list[tuple[Table, list[Column[Any]]]] = []
    for table in tables():
        deferred = [fk.parent for fk in table.foreign_keys
                    if fk.column.table.name not in copied or fk.column.table is table]
        for rows in _chunks(source, table, chunk=chunk):
            values = [dict(row) for row in rows]
            for value in values:
                for column in deferred:
                    value[column.name] = None
            target.execute(table.insert(), values)
            done += len(rows)
            if progress is not None:
                progress(done, grand)
        if deferred:
            later.append((table, deferred))
        copied.add(table.name)
    for table, columns in later:
        _fill_deferred(source, target, table, columns, chunk)
    return totals


def _fill_deferred(source: Connection, target: Connection, table: Table,
                   columns: Sequence[Column[Any]], chunk: int) -> None:
    """Second pass: set the deferred columns (and keep ``updated_at`` as it was)."""
    pk = list(table.primary_key.columns)
    kept = [c for c in table.columns if c.onupdate is not None and c not in columns]
    written = [*columns, *kept]
    stmt = update(table).values({c.name: bindparam(f"v_{c.name}") for c in written})
    for key in pk:
        stmt = stmt.where(key == bindparam(f"k_{key.name}"))
    for rows in _chunks(source, table, or_(*(c.isnot(None) for c in columns)), chunk):
        target.execute(stmt, [{**{f"v_{c.name}": row[c.name] for c in written},
                               **{f"k_{k.name}": row[k.name] for k in pk}} for row in rows])


def reset_sequences(connection: Connection) -> None:
    """PostgreSQL: move each table's id sequence past the ids copied in (and the journal's past
    the id its head names: a cut entry's number is never given again)."""
    for table in tables():
        pk = list(table.primary_key.columns)
        if len(pk) != 1 or not pk[0].autoincrement or pk[0].type.python_type is not int:
            continue
        name, column = table.name, pk[0].name
        floor = ("(SELECT coalesce(max(last_id), 0) FROM audit_head)"
                 if name == "audit_entries" else "0")
        connection.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{name}', '{column}'), "
            f"greatest(coalesce(max({column}), 0), {floor}, 1), "
            f"greatest(coalesce(max({column}), 0), {floor}) > 0) FROM {name}")
