"""Lists for the panes: a page of rows filtered and sorted in SQL, counts, and record details.

Every function checks the actor's permission to read the kind, and every query of a
classified kind is limited to the actor's clearance in SQL (``store.queries``), so a user
never receives a row above their clearance whatever the window shows or hides. Role and
clearance are the account's current ones, read in the same transaction (``session_guard``).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from cabinet_desktop.domain import entities as e
from cabinet_desktop.domain.enums import IndicatorStatus
from cabinet_desktop.domain.rules import Thresholds, indicator_status, period_year
from cabinet_desktop.services import permissions, records, session_guard
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.catalog import kind as record_kind
from cabinet_desktop.services.permissions import Action
from cabinet_desktop.services.rows import Record, freeze
from cabinet_desktop.store.database import Database
from cabinet_desktop.store.listing import ListQuery, ListSpec, listed_kinds, spec
from cabinet_desktop.store.listing import select_count as _select_count
from cabinet_desktop.store.listing import select_page as _select_page
from cabinet_desktop.store.queries import within_clearance

__all__ = ["ListQuery", "Page", "attributions", "count", "detail", "filter_names",
           "listed_kinds", "page", "people", "sortable_columns"]


@dataclass(frozen=True, slots=True)
class Page:
    """A slice of a list: its rows, the number of rows the query matches, where it starts."""

    rows: tuple[Record, ...]
    total: int
    offset: int


def _today() -> dt.date:
    return dt.date.today()


def page(database: Database, actor: Actor, kind: str, query: ListQuery,
         with_total: bool = True) -> Page:
    """Rows ``query.offset`` … ``offset + limit`` of ``kind`` as ``query`` filters and sorts them.

    ``total`` is the number of rows matching the filters (``-1`` when ``with_total`` is false,
    for a pane that already knows it and only fetches the next page). With
    ``query.from_end`` the offset counts from the last row; the rows keep the list's order.
    """
    list_spec = spec(kind)
    today = _today()
    with session_guard.reading(database, actor) as (session, actor):
        permissions.require(actor, Action.READ, kind)
        result = session.execute(_select_page(list_spec, query, int(actor.clearance), today))
        raw = [dict(row._mapping) for row in result]
        if query.from_end:
            raw.reverse()
        total = (int(session.scalar(_select_count(list_spec, query, int(actor.clearance),
                                                  today)) or 0)
                 if with_total else -1)
        if kind == "indicator":
            _add_indicator_status(session, raw, database)
        if kind == "audit":
            journal_names(session, raw)
    return Page(tuple(freeze(kind, values) for values in raw), total, query.offset)


def count(database: Database, actor: Actor, kind: str, query: ListQuery | None = None) -> int:
    """How many rows of ``kind`` match ``query`` (all visible rows without one)."""
    with session_guard.reading(database, actor) as (session, actor):
        permissions.require(actor, Action.READ, kind)
        return int(session.scalar(_select_count(spec(kind), query or ListQuery(),
                                                int(actor.clearance), _today())) or 0)


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

    Related lists sit in ``Record.related``: a mission's ``dossiers``, ``partners`` and
    ``indicators``; a dossier's ``steps`` and ``attachments``; a partner's ``contacts``,
    ``agreements`` and ``interactions``; an indicator's ``measurements`` and ``targets``.
    Related dossiers and attachments are limited to the actor's clearance.
    """
    related: dict[str, tuple[Record, ...]] = {}
    with session_guard.reading(database, actor) as (session, actor):
        permissions.require(actor, Action.READ, kind)
        described = record_kind(kind)
        values = dict(records.to_record(session, described, records.load(
            session, database, actor, described, record_id)).values)
        clearance = int(actor.clearance)
        if kind == "mission":
            values["assignee_name"] = _person_names(session, {values.get("assignee_id")}).get(
                values.get("assignee_id") or -1, "")
            attribution = session.get(e.Attribution, values["attribution_id"])
            values["attribution_label"] = (f"{attribution.code} — {attribution.label}"
                                           if attribution else "")
            dossiers = session.scalars(
                select(e.Dossier).join(e.mission_dossiers,
                                       e.mission_dossiers.c.dossier_id == e.Dossier.id)
                .where(e.mission_dossiers.c.mission_id == record_id,
                       within_clearance(e.Dossier, clearance))
                .order_by(e.Dossier.reference))
            related["dossiers"] = _rows("dossier", [
                _plain(d, ["id", "version", "reference", "object", "state", "avis_due_date",
                           "classification"]) for d in dossiers])
            partners = session.scalars(
                select(e.Partner).join(e.mission_partners,
                                       e.mission_partners.c.partner_id == e.Partner.id)
                .where(e.mission_partners.c.mission_id == record_id).order_by(e.Partner.name))
            related["partners"] = _rows("partner", [
                _plain(p, ["id", "version", "reference", "name", "acronym", "category"])
                for p in partners])
            indicators = session.scalars(
                select(e.Indicator).join(e.mission_indicators,
                                         e.mission_indicators.c.indicator_id == e.Indicator.id)
                .where(e.mission_indicators.c.mission_id == record_id)
                .order_by(e.Indicator.reference))
            related["indicators"] = _rows("indicator", [
                _plain(i, ["id", "version", "reference", "name", "level", "unit"])
                for i in indicators])
        elif kind == "dossier":
            people = _person_names(session, {values.get("instructor_id"),
                                             values.get("avis_author_id")})
            values["instructor_name"] = people.get(values.get("instructor_id") or -1, "")
            values["avis_author_name"] = people.get(values.get("avis_author_id") or -1, "")
            steps = list(session.scalars(select(e.DossierStep)
                                         .where(e.DossierStep.dossier_id == record_id)
                                         .order_by(e.DossierStep.at, e.DossierStep.id)))
            users = _user_names(session, {s.user_id for s in steps})
            related["steps"] = _rows("dossier_step", [
                {**_plain(s, ["id", "from_state", "to_state", "at", "comment"]),
                 "user_name": users.get(s.user_id or -1, "")} for s in steps])
            attachments = session.scalars(
                select(e.Attachment).where(e.Attachment.dossier_id == record_id,
                                           within_clearance(e.Attachment, clearance))
                .order_by(e.Attachment.filename))
            related["attachments"] = _rows("attachment", [
                _plain(a, ["id", "version", "filename", "media_type", "size", "sha256",
                           "classification"]) for a in attachments])
            missions = session.scalars(
                select(e.Mission).join(e.mission_dossiers,
                                       e.mission_dossiers.c.mission_id == e.Mission.id)
                .where(e.mission_dossiers.c.dossier_id == record_id)
                .order_by(e.Mission.reference))
            related["missions"] = _rows("mission", [
                _plain(m, ["id", "version", "reference", "title", "status", "due_date"])
                for m in missions])
        elif kind == "partner":
            related["contacts"] = _rows("contact", [
                _plain(c, ["id", "version", "name", "function", "phone", "email"])
                for c in session.scalars(select(e.Contact)
                                         .where(e.Contact.partner_id == record_id)
                                         .order_by(e.Contact.name))])
            related["agreements"] = _rows("agreement", [
                _plain(a, ["id", "version", "title", "kind", "signature_date", "start_date",
                           "end_date", "amount_committed", "amount_disbursed", "currency",
                           "exchange_rate", "status"])
                for a in session.scalars(select(e.Agreement)
                                         .where(e.Agreement.partner_id == record_id)
                                         .order_by(e.Agreement.start_date.desc(),
                                                   e.Agreement.id))])
            related["interactions"] = _rows("interaction", [
                _plain(i, ["id", "version", "date", "kind", "participants", "summary"])
                for i in session.scalars(select(e.Interaction)
                                         .where(e.Interaction.partner_id == record_id)
                                         .order_by(e.Interaction.date.desc(),
                                                   e.Interaction.id.desc()))])
        elif kind == "indicator":
            related["measurements"] = _rows("measurement", [
                _plain(m, ["id", "version", "period", "value", "source", "comment",
                           "validated"])
                for m in session.scalars(select(e.Measurement)
                                         .where(e.Measurement.indicator_id == record_id)
                                         .order_by(e.Measurement.period))])
            related["targets"] = _rows("indicator_target", [
                _plain(t, ["id", "version", "year", "value"])
                for t in session.scalars(select(e.IndicatorTarget)
                                         .where(e.IndicatorTarget.indicator_id == record_id)
                                         .order_by(e.IndicatorTarget.year))])
        elif kind == "briefing_note":
            values["author_name"] = _person_names(session, {values.get("author_id")}).get(
                values.get("author_id") or -1, "")
    if kind == "indicator":
        values["indicator_status"] = _latest_status(database, values, related)
    return freeze(kind, values, related)


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
        persons = session.scalars(select(e.Person).where(e.Person.active.is_(True))
                                  .order_by(e.Person.last_name, e.Person.first_name))
        return tuple((p.id, p.full_name) for p in persons)


def attributions(database: Database) -> tuple[tuple[int, str, str], ...]:
    """``(id, code, label)`` of the statutory attributions, in decree order."""
    with database.reading() as session:
        return tuple((a.id, a.code, a.label) for a in
                     session.scalars(select(e.Attribution).order_by(e.Attribution.position)))


def sortable_columns(kind: str) -> frozenset[str]:
    """The column keys a pane of ``kind`` may sort on (in SQL)."""
    list_spec: ListSpec = spec(kind)
    return frozenset(list_spec.columns) - list_spec.unsortable


def filter_names(kind: str) -> frozenset[str]:
    """The equality filters a pane of ``kind`` offers."""
    return frozenset(spec(kind).filters)
