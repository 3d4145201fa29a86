"""Reading many records at once for the Excel exchange, within the user's clearance.

Export streams a kind's rows chunk by chunk from one read transaction (one consistent snapshot,
memory bounded); import reads the current version and values of the rows a workbook names.
Every read checks the account's current permission, and classified kinds are filtered in SQL
(``store.queries.within_clearance``): nothing above the user's clearance leaves this module —
a row above it is reported as *refused*, with no value.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from cabinet_desktop.domain.entities import Attribution, AuditEntry, Indicator, Partner, Person
from cabinet_desktop.services import listing, permissions, session_guard
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.catalog import Kind, kind
from cabinet_desktop.services.permissions import Action
from cabinet_desktop.store.database import Database
from cabinet_desktop.store.listing import MAX_LIMIT, ListQuery
from cabinet_desktop.store.queries import within_clearance

CHUNK = 2000


@dataclass(frozen=True, slots=True)
class Choices:
    """What the workbook's drop-down lists offer and its labels name, as plain tuples."""

    persons: tuple[tuple[int, str, bool], ...]  # id, full name, active
    partners: tuple[tuple[int, str, str], ...]  # id, reference, name
    attributions: tuple[tuple[int, str, str], ...]  # id, code, label
    indicators: tuple[tuple[int, str, str], ...]  # id, reference, name


@dataclass(frozen=True, slots=True)
class Current:
    """A record as the database holds it now; ``values`` is ``None`` above the clearance."""

    id: int
    version: int
    values: dict[str, Any] | None


def _table(spec: Kind) -> Table:
    table = spec.model.__table__
    assert isinstance(table, Table)
    return table


def database_identity(database: Database) -> str:
    """What names this database across copies and restores: the hash of its first journal
    entry (empty for a database where nothing was ever written)."""
    with database.reading() as session:
        return str(session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id).limit(1))
                   or "")


def choices(database: Database, actor: Actor) -> Choices:
    """Persons, partners, attributions and indicators, for labels and drop-down lists."""
    with session_guard.reading(database, actor) as (session, actor):
        for name in ("person", "partner", "indicator"):
            permissions.require(actor, Action.READ, name)
        persons = tuple(
            (row.id, " ".join(p for p in (row.first_name, row.last_name) if p), bool(row.active))
            for row in session.execute(select(Person.id, Person.first_name, Person.last_name,
                                              Person.active)
                                       .order_by(Person.last_name, Person.first_name)))
        partners = tuple(session.execute(select(Partner.id, Partner.reference, Partner.name)
                                         .where(Partner.archived.is_(False))
                                         .order_by(Partner.reference)).tuples())
        attributions = tuple(session.execute(select(Attribution.id, Attribution.code,
                                                    Attribution.label)
                                             .order_by(Attribution.position)).tuples())
        indicators = tuple(session.execute(select(Indicator.id, Indicator.reference,
                                                  Indicator.name)
                                           .where(Indicator.archived.is_(False))
                                           .order_by(Indicator.reference)).tuples())
    return Choices(persons, partners, attributions, indicators)


def selected_names(kind_name: str, fields: Sequence[str]) -> list[str]:
    """The columns :func:`export_rows` returns, in order: ``id``, ``version``, the reference
    (kinds that have one), then ``fields``."""
    spec = kind(kind_name)
    names = ["id", "version"] + (["reference"] if spec.reference else [])
    return names + [f for f in fields if f not in names]


def _selected(spec: Kind, fields: Sequence[str]) -> list[Any]:
    table = _table(spec)
    return [table.c[name] for name in selected_names(spec.name, fields)]


def _linked(session: Session, spec: Kind, links: Sequence[str], ids: Sequence[Any],
            clearance: int) -> dict[str, dict[int, tuple[str, ...]]]:
    """For each link of ``links``: record id → the references of the records it links to
    (within ``clearance``, sorted)."""
    found: dict[str, dict[int, tuple[str, ...]]] = {}
    for name in links:
        link = spec.links[name]
        other = kind(link.other_kind)
        other_table = _table(other)
        own = link.table.c[link.own_column]
        by_record: dict[int, list[str]] = {}
        for start in range(0, len(ids), CHUNK):
            statement = (select(own, other_table.c.reference)
                         .join(other_table, other_table.c.id == link.table.c[link.other_column])
                         .where(own.in_(list(ids[start:start + CHUNK])),
                                within_clearance(other.model, clearance))
                         .order_by(other_table.c.reference))
            for record_id, reference in session.execute(statement).tuples():
                by_record.setdefault(int(record_id), []).append(str(reference))
        found[name] = {key: tuple(value) for key, value in by_record.items()}
    return found


def _with_links(session: Session, spec: Kind, links: Sequence[str],
                rows: list[tuple[Any, ...]], clearance: int) -> list[tuple[Any, ...]]:
    """``rows`` (id first) each followed by one tuple of linked references per link."""
    if not links:
        return rows
    linked = _linked(session, spec, links, [row[0] for row in rows], clearance)
    return [row + tuple(linked[name].get(int(row[0]), ()) for name in links) for row in rows]


def export_rows(database: Database, actor: Actor, kind_name: str, fields: Sequence[str],
                ids: Iterable[int] | None = None, links: Sequence[str] = ()
                ) -> Iterator[list[tuple[Any, ...]]]:
    """Chunks of ``kind_name``'s rows the actor may export — all of them not archived, or
    those of ``ids`` — within clearance, as plain tuples of :func:`selected_names`, then one
    tuple of linked references per link of ``links`` (``dossier_ids``: ``DOS-2026-0001``…,
    only the linked records within clearance)."""
    spec = kind(kind_name)
    table = _table(spec)
    wanted = None if ids is None else sorted(set(ids))
    with session_guard.reading(database, actor) as (session, actor):
        permissions.require(actor, Action.EXPORT, kind_name)
        clearance = int(actor.clearance)
        statement = select(*_selected(spec, fields)).where(
            within_clearance(spec.model, int(actor.clearance)))
        if spec.reference:
            statement = statement.order_by(table.c.reference)
        elif spec.parent:
            statement = statement.order_by(table.c[spec.parent[0]], table.c.id)
        else:
            statement = statement.order_by(table.c.id)
        if wanted is None:
            if spec.archivable:
                statement = statement.where(table.c.archived.is_(False))
            if links:  # the links are read per chunk: no stream left open meanwhile
                wanted = list(session.scalars(statement.with_only_columns(table.c.id)))
            else:
                result = session.execute(statement.execution_options(yield_per=CHUNK))
                for part in result.tuples().partitions(CHUNK):
                    yield [tuple(row) for row in part]
                return
        for start in range(0, len(wanted), CHUNK):
            chosen = wanted[start:start + CHUNK]
            rows = [tuple(row) for row in
                    session.execute(statement.where(table.c.id.in_(chosen))).tuples()]
            yield _with_links(session, spec, links, rows, clearance)


def ids_matching(database: Database, actor: Actor, kind_name: str,
                 query: ListQuery) -> list[int]:
    """The ids of the rows a pane's ``query`` lists (filters, text, dates; all pages)."""
    found: list[int] = []
    offset = 0
    while True:
        page = listing.page(database, actor, kind_name,
                            query.with_slice(offset, MAX_LIMIT), with_total=False)
        found.extend(row.id for row in page.rows)
        if len(page.rows) < MAX_LIMIT:
            return found
        offset += MAX_LIMIT


def current(database: Database, actor: Actor, kind_name: str, fields: Sequence[str],
            keys: Sequence[str | int], links: Sequence[str] = ()) -> dict[str | int, Current]:
    """The records named by ``keys`` (references, or ids for kinds without one) as they are
    now: version and ``fields`` (and each link of ``links`` as the sorted references of the
    linked records within clearance, ``None`` for none), or no values when above the actor's
    clearance."""
    spec = kind(kind_name)
    table = _table(spec)
    found: dict[str | int, Current] = {}
    key_column = table.c.reference if spec.reference else table.c.id
    clearance = int(actor.clearance)
    classified = "classification" in table.c
    with session_guard.reading(database, actor) as (session, actor):
        permissions.require(actor, Action.READ, kind_name)
        columns = _selected(spec, list(fields) + (["classification"] if classified else []))
        for start in range(0, len(keys), CHUNK):
            part = list(keys[start:start + CHUNK])
            for row in session.execute(select(*columns).where(key_column.in_(part))).mappings():
                values = dict(row)
                key = values["reference"] if spec.reference else values["id"]
                cleared = not classified or int(values["classification"]) <= clearance
                found[key] = Current(int(values["id"]), int(values["version"]),
                                     values if cleared else None)
        if links:
            records = [record for record in found.values() if record.values is not None]
            linked = _linked(session, spec, links, [record.id for record in records],
                             clearance)
            for record in records:
                assert record.values is not None
                for name in links:
                    record.values[name] = linked[name].get(record.id) or None
    return found


def reference_ids(database: Database, actor: Actor, kind_name: str,
                  references: Sequence[str]) -> dict[str, int]:
    """The ids of the records of ``kind_name`` named by ``references`` that the actor may
    see (within clearance, archived or not); a reference absent from the answer names
    nothing the actor may link to."""
    spec = kind(kind_name)
    table = _table(spec)
    found: dict[str, int] = {}
    with session_guard.reading(database, actor) as (session, actor):
        permissions.require(actor, Action.READ, kind_name)
        for start in range(0, len(references), CHUNK):
            part = list(references[start:start + CHUNK])
            statement = select(table.c.reference, table.c.id).where(
                table.c.reference.in_(part), within_clearance(spec.model, int(actor.clearance)))
            found.update({str(ref): int(record_id)
                          for ref, record_id in session.execute(statement).tuples()})
    return found
