"""Lists for the panes: a page of rows filtered and sorted in SQL, counts, and record details.

Every function checks the actor's permission to read the kind, and every query of a
classified kind is limited to the actor's clearance in SQL (``store.queries``), so a user
never receives a row above their clearance whatever the window shows or hides. Role and
clearance are the account's current ones, read in the same transaction (``session_guard``).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from cabinet_desktop.domain import entities as e
from cabinet_desktop.domain.enums import IndicatorStatus
from cabinet_desktop.domain.rules import Thresholds, indicator_status, period_year
from cabinet_desktop.services import permissions, records, session_guard, work_lists
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.catalog import Named, Related
from cabinet_desktop.services.catalog import kind as record_kind
from cabinet_desktop.services.permissions import Action
from cabinet_desktop.services.person_choices import sort_by_name
from cabinet_desktop.services.rows import Record, freeze
from cabinet_desktop.store.database import Database
from cabinet_desktop.store.listing import ListQuery, ListSpec, listed_kinds, spec
from cabinet_desktop.store.listing import select_count as _select_count
from cabinet_desktop.store.listing import select_page as _select_page
from cabinet_desktop.store.queries import within_clearance

__all__ = ["ListQuery", "Page", "attributions", "choices", "count", "detail", "filter_names",
           "labels", "listed_kinds", "page", "people", "sortable_columns"]


@dataclass(frozen=True, slots=True)
class Page:
    """A slice of a list: its rows, the number of rows the query matches, where it starts."""

    rows: tuple[Record, ...]
    total: int
    offset: int


def _today() -> dt.date:
    return dt.date.today()


def page(database: Database, actor: Actor, kind: str, query: ListQuery,
         with_total: bool = True, today: dt.date | None = None) -> Page:
    """Rows ``query.offset`` … ``offset + limit`` of ``kind`` as ``query`` filters and sorts them.

    ``total`` is the number of rows matching the filters (``-1`` when ``with_total`` is false,
    for a pane that already knows it and only fetches the next page). With
    ``query.from_end`` the offset counts from the last row; the rows keep the list's order.
    ``query.work`` lists (« Mes dossiers »…) are read for ``actor`` on ``today``.
    """
    list_spec = spec(kind)
    today = today or _today()
    with session_guard.reading(database, actor) as (session, actor):
        permissions.require(actor, Action.READ, kind)
        extra = work_lists.conditions(session, actor, kind, query.work, today)
        result = session.execute(_select_page(list_spec, query, int(actor.clearance), today,
                                              extra))
        raw = [dict(row._mapping) for row in result]
        if query.from_end:
            raw.reverse()
        total = (int(session.scalar(_select_count(list_spec, query, int(actor.clearance),
                                                  today, extra)) or 0)
                 if with_total else -1)
        if kind == "indicator":
            _add_indicator_status(session, raw, database)
        if kind == "audit":
            journal_names(session, raw)
    return Page(tuple(freeze(kind, values) for values in raw), total, query.offset)


def count(database: Database, actor: Actor, kind: str, query: ListQuery | None = None,
          today: dt.date | None = None) -> int:
    """How many rows of ``kind`` match ``query`` (all visible rows without one)."""
    query = query or ListQuery()
    day = today or _today()
    with session_guard.reading(database, actor) as (session, actor):
        permissions.require(actor, Action.READ, kind)
        extra = work_lists.conditions(session, actor, kind, query.work, day)
        return int(session.scalar(_select_count(spec(kind), query, int(actor.clearance), day,
                                                extra)) or 0)


def _add_indicator_status(session: Any, rows: list[dict[str, Any]], database: Database) -> None:
    """Latest-value status of the indicators of one page (never of the whole table)."""
    from cabinet_desktop.services.settings import thresholds

    ids = [row["id"] for row in rows]
    if not ids:
        return
    goals = e.IndicatorTarget  # three columns as tuples: thousands of ORM objects cost 0.1 s
    targets: dict[tuple[int, int], float] = {
        (indicator_id, year): value
        for indicator_id, year, value in session.execute(
            select(goals.indicator_id, goals.year, goals.value)
            .where(goals.indicator_id.in_(ids)))}
    limits = _thresholds(thresholds, database)
    for row in rows:
        period = row.get("latest_period")
        target = None
        if period:
            try:
                target = targets.get((row["id"], period_year(period)))
            except ValueError:
                target = None
        row["target_value"] = target
        row["indicator_status"] = indicator_status(row.get("latest_value"),
                                                   row.get("baseline_value"), target,
                                                   row["direction"], limits)


def _thresholds(loader: Any, database: Database) -> Thresholds:
    try:
        return loader(database)
    except Exception:  # settings unreadable: the default thresholds still tell
        return Thresholds()


# --------------------------------------------------------------------------- details


def _plain(obj: Any, names: list[str]) -> dict[str, Any]:
    return {name: getattr(obj, name) for name in names}


def _person_names(session: Any, ids: set[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return {p.id: p.full_name for p in session.scalars(select(e.Person)
                                                       .where(e.Person.id.in_(wanted)))}


def _user_names(session: Any, ids: set[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    names: dict[int, str] = {}
    for user in session.scalars(select(e.User).where(e.User.id.in_(wanted))):
        person = session.get(e.Person, user.person_id) if user.person_id else None
        names[user.id] = person.full_name if person is not None else user.login
    return names


def _labels(session: Any, table: str, ids: set[int]) -> dict[int, str]:
    """How a journal entry names the records of ``table`` it refers to by id."""
    if table == "persons":
        return _person_names(session, set(ids))
    if table == "users":
        return _user_names(session, set(ids))
    if table == "attributions":
        return {a.id: f"{a.code} — {a.label}" for a in
                session.scalars(select(e.Attribution).where(e.Attribution.id.in_(ids)))}
    if table == "partners":
        return {p.id: p.acronym or p.name for p in
                session.scalars(select(e.Partner).where(e.Partner.id.in_(ids)))}
    models: dict[str, Any] = {"missions": e.Mission, "dossiers": e.Dossier,
                              "indicators": e.Indicator}
    model = models.get(table)
    if model is None:
        return {}
    return dict(session.execute(select(model.id, model.reference).where(model.id.in_(ids)))
                .tuples().all())


def journal_names(session: Any, entries: list[dict[str, Any]]) -> None:
    """Give each journal entry ``names``: ``{field: {id: label}}`` for the ids its changes hold.

    "Signataire : 1" then reads "Signataire : Aminata Ouédraogo". One query per referenced
    table for a whole page. Missions, dossiers and indicators are named by their reference
    only (the journal already leaves out entries about records above the reader's clearance).
    """
    wanted: dict[str, set[int]] = {}
    fields: list[tuple[dict[str, Any], str, str, list[int]]] = []
    for entry in entries:
        try:
            changes = json.loads(entry.get("changes") or "{}")
            model = record_kind(str(entry.get("entity") or "")).model
        except (ValueError, KeyError):
            continue
        if not isinstance(changes, dict):
            continue
        for name, change in changes.items():
            column = model.__table__.c.get(name)
            targets = [fk.column.table.name for fk in column.foreign_keys] if column is not None \
                else []
            values = change if isinstance(change, list) else [change]
            ids = [v for v in values if isinstance(v, int) and not isinstance(v, bool)]
            if targets and ids:
                wanted.setdefault(targets[0], set()).update(ids)
                fields.append((entry, name, targets[0], ids))
    labels = {table: _labels(session, table, ids) for table, ids in wanted.items()}
    for entry, name, table, ids in fields:
        named = {str(i): labels[table][i] for i in ids if i in labels[table]}
        if named:
            entry.setdefault("names", {}).setdefault(name, {}).update(named)


def _rows(kind: str, items: list[dict[str, Any]]) -> tuple[Record, ...]:
    return tuple(freeze(kind, item) for item in items)


def detail(database: Database, actor: Actor, kind: str, record_id: int) -> Record:
    """One record in full with its related items, as the detail panel shows it.

    What a kind's detail holds is described in the catalog (``Kind.related``, ``Kind.names``):
    related lists sit in ``Record.related`` (a mission's ``dossiers``, ``partners`` and
    ``indicators``; a dossier's ``steps``, ``attachments`` and ``missions``; a partner's
    ``contacts``, ``agreements`` and ``interactions``; an indicator's ``measurements`` and
    ``targets``), referenced people and attributions by their names. Lists of classified
    records are limited to the actor's clearance.
    """
    with session_guard.reading(database, actor) as (session, actor):
        permissions.require(actor, Action.READ, kind)
        described = record_kind(kind)
        values = dict(records.to_record(session, described, records.load(
            session, database, actor, described, record_id), actor.clearance).values)
        _add_names(session, described.names, [values])
        related = {item.name: _rows(item.kind, _related(session, item, record_id,
                                                        int(actor.clearance)))
                   for item in described.related}
    extra = _DETAIL_EXTRAS.get(kind)
    if extra is not None:
        values.update(extra(database, values, related))
    return freeze(kind, values, related)


def _related(session: Any, item: Related, record_id: int,
             clearance: int) -> list[dict[str, Any]]:
    """The rows of one related list of record ``record_id``."""
    model: Any = item.model
    stmt = select(model)
    if item.link is not None:
        table = item.link.table
        stmt = stmt.join(table, table.c[item.link.other_column] == model.id).where(
            table.c[item.link.own_column] == record_id)
    else:
        stmt = stmt.where(getattr(model, str(item.parent)) == record_id)
    if item.cleared:
        stmt = stmt.where(within_clearance(model, clearance))
    order = [getattr(model, name.lstrip("-")) for name in item.order_by]
    stmt = stmt.order_by(*(column.desc() if name.startswith("-") else column
                           for name, column in zip(item.order_by, order, strict=True)))
    rows = [_plain(obj, list(item.fields) + [n.field for n in item.names])
            for obj in session.scalars(stmt)]
    _add_names(session, item.names, rows)
    return [{name: row[name] for name in (*item.fields, *(n.key for n in item.names))}
            for row in rows]


def _add_names(session: Any, names: tuple[Named, ...], rows: list[dict[str, Any]]) -> None:
    """Name the records ``rows`` refer to (``assignee_name`` from ``assignee_id``…)."""
    for named in names:
        labels = _labels(session, named.table,
                         {row[named.field] for row in rows if row.get(named.field) is not None})
        for row in rows:
            row[named.key] = labels.get(row.get(named.field) or -1, "")


def _indicator_extras(database: Database, values: dict[str, Any],
                      related: dict[str, tuple[Record, ...]]) -> dict[str, Any]:
    return {"indicator_status": _latest_status(database, values, related)}


#: What a kind's detail computes beyond its fields and related lists.
_DETAIL_EXTRAS: dict[str, Any] = {"indicator": _indicator_extras}


def _latest_status(database: Database, values: dict[str, Any],
                   related: dict[str, tuple[Record, ...]]) -> IndicatorStatus:
    from cabinet_desktop.services.settings import thresholds

    measurements = related.get("measurements", ())
    if not measurements:
        return IndicatorStatus.UNKNOWN
    last = measurements[-1]
    targets = {t["year"]: t["value"] for t in related.get("targets", ())}
    target = targets.get(period_year(last["period"]))
    return indicator_status(last["value"], values.get("baseline_value"), target,
                            values["direction"], _thresholds(thresholds, database))


# --------------------------------------------------------------------------- choices


def people(database: Database, actor: Actor) -> tuple[tuple[int, str], ...]:
    """``(id, name)`` of the active persons, for assignee and instructor filters.

    Choices, like :func:`attributions`: read without re-reading the account (every role may
    read persons), because a list pane builds its filter bar with them before its first list
    call, and that call is the one refused to a deactivated account.
    """
    permissions.require(actor, Action.READ, "person")
    with database.reading() as session:
        persons = session.scalars(select(e.Person).where(e.Person.active.is_(True)))
        return tuple((p.id, p.full_name) for p in sort_by_name(persons))


def attributions(database: Database) -> tuple[tuple[int, str, str], ...]:
    """``(id, code, label)`` of the statutory attributions, in decree order."""
    with database.reading() as session:
        return tuple((a.id, a.code, a.label) for a in
                     session.scalars(select(e.Attribution).order_by(e.Attribution.position)))


def choices(database: Database, actor: Actor, table: str) -> tuple[tuple[int, str], ...]:
    """``(id, label)`` of what a form's reference field may name, sorted for a picker:
    ``persons`` (active ones), ``attributions`` (« A01 — … ») or ``partners``."""
    if table == "persons":
        return people(database, actor)
    if table == "attributions":
        return tuple((aid, f"{code} — {label}") for aid, code, label in attributions(database))
    if table == "partners":
        with session_guard.reading(database, actor) as (session, actor):
            permissions.require(actor, Action.READ, "partner")
            rows = session.scalars(select(e.Partner).where(e.Partner.archived.is_(False))
                                   .order_by(e.Partner.name))
            return tuple((p.id, f"{p.name} ({p.acronym})" if p.acronym else p.name)
                         for p in rows)
    raise ValueError(table)


def labels(database: Database, actor: Actor, kind: str,
           ids: Iterable[int]) -> dict[int, str]:
    """``« DOS-2026-0142 — Projet de décret… »`` for each of ``ids`` the actor may see (a
    record above their clearance is left out, as in every list)."""
    wanted = sorted({int(i) for i in ids})
    described = record_kind(kind)
    if not wanted or described.title is None:
        return {}
    model: Any = described.model
    with session_guard.reading(database, actor) as (session, actor):
        permissions.require(actor, Action.READ, kind)
        stmt = select(model.id, model.reference, getattr(model, described.title)).where(
            model.id.in_(wanted))
        if described.classified:
            stmt = stmt.where(within_clearance(model, int(actor.clearance)))
        return {rid: f"{reference} — {title}" for rid, reference, title in session.execute(stmt)}


def sortable_columns(kind: str) -> frozenset[str]:
    """The column keys a pane of ``kind`` may sort on (in SQL)."""
    list_spec: ListSpec = spec(kind)
    return frozenset(list_spec.columns) - list_spec.unsortable


def filter_names(kind: str) -> frozenset[str]:
    """The equality filters a pane of ``kind`` offers."""
    return frozenset(spec(kind).filters)
