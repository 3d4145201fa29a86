"""Create, read, update, archive and delete any kind of record, with audit and locking.

Every function takes the database and the acting user, runs one transaction and returns
plain rows (:class:`Record`) and a :class:`ChangeSet`. Permission and clearance are checked
here, where the data is queried, whatever the caller shows or hides, with the account's role
and clearance as they are now (``session_guard``), not as they were at sign-in.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from typing import Any, NoReturn

from sqlalchemy import Table, UniqueConstraint, delete, insert, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from cabinet_desktop.domain.entities import AuditEntry, Base, Dossier, Person, User, utcnow
from cabinet_desktop.domain.enums import AuditAction
from cabinet_desktop.domain.errors import ConflictError, NotFoundError, PermissionDenied
from cabinet_desktop.i18n import translate
from cabinet_desktop.services import permissions, session_guard
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.audit import diff, journal, plain
from cabinet_desktop.services.catalog import Kind, kind
from cabinet_desktop.services.permissions import Action
from cabinet_desktop.services.rows import ChangeSet, Record, Saved, freeze
from cabinet_desktop.services.validation import coerce, fail
from cabinet_desktop.store.database import Database
from cabinet_desktop.store.queries import within_clearance
from cabinet_desktop.store.references import allocate_reference

# --------------------------------------------------------------------------- reading


def values_of(obj: Base, spec: Kind) -> dict[str, Any]:
    """The visible column values of ``obj``."""
    return {name: getattr(obj, name) for name in spec.visible_columns}


def link_ids(session: Session, spec: Kind, record_id: int,
             clearance: int | None = None) -> dict[str, tuple[int, ...]]:
    """The ids each many-to-many link of ``spec`` points to.

    With ``clearance``, links to records classified above it are left out (what a user is
    shown); without it, every link (what a save must keep).
    """
    result: dict[str, tuple[int, ...]] = {}
    for name, link in spec.links.items():
        own = link.table.c[link.own_column]
        other = link.table.c[link.other_column]
        stmt = select(other).where(own == record_id)
        if clearance is not None:
            model: Any = kind(link.other_kind).model
            if hasattr(model, "classification"):
                stmt = stmt.where(other.in_(select(model.id).where(
                    within_clearance(model, clearance))))
        result[name] = tuple(session.scalars(stmt.order_by(other)))
    return result


def to_record(session: Session, spec: Kind, obj: Base, clearance: int) -> Record:
    """``obj`` as a plain row for a user of ``clearance`` (links above it left out)."""
    values = values_of(obj, spec)
    values.update(link_ids(session, spec, values["id"], clearance))
    return freeze(spec.name, values)


def parent_classification(session: Session, spec: Kind, obj: Base) -> int:
    """The highest classification among a record and the dossier it belongs to."""
    level = int(getattr(obj, "classification", 0) or 0)
    if spec.parent and spec.parent[1] == "dossier":
        dossier = session.get(Dossier, getattr(obj, spec.parent[0]))
        if dossier is not None:
            level = max(level, int(dossier.classification))
    return level


def missing(spec: Kind, record_id: int) -> NotFoundError:
    """The error for a record id that does not exist (or that the user may not know of)."""
    return NotFoundError(translate("Records", "{kind} n° {id} introuvable : il a peut-être été "
                                              "supprimé.").format(kind=spec.label, id=record_id))


def missing_reference(spec: Kind, reference: str) -> NotFoundError:
    """The error for a reference no record bears (or that the user may not know of)."""
    return NotFoundError(translate("Records", "Aucun(e) {kind} ne porte la référence « "
                                              "{reference} "
                                              "».").format(kind=spec.label.lower(),
                                                           reference=reference))


def load(session: Session, database: Database, actor: Actor, spec: Kind, record_id: int,
         for_update: bool = False, *, asked_reference: str | None = None) -> Base:
    """Fetch one record the actor may see, or raise :class:`NotFoundError`.

    A record above the actor's clearance answers exactly as a missing one (by id, or by
    reference when ``asked_reference`` is given); the refusal is journaled by
    ``session_guard`` once the transaction is over.
    """
    stmt = select(spec.model).where(spec.model.id == record_id)  # type: ignore[attr-defined]
    if for_update:
        stmt = stmt.with_for_update()
    obj = session.scalars(stmt).one_or_none()
    if obj is None:
        raise (missing(spec, record_id) if asked_reference is None
               else missing_reference(spec, asked_reference))
    if not actor.cleared_for(parent_classification(session, spec, obj)):
        refuse_access(actor, spec, record_id, str(getattr(obj, "reference", "") or ""),
                      asked_reference)
    return obj


def refuse_access(actor: Actor, spec: Kind, record_id: int, reference: str,
                  asked_reference: str | None = None) -> NoReturn:
    """Refuse a record above the actor's clearance as if it did not exist; journaled after
    the transaction (see :class:`session_guard.HiddenRecord`)."""
    shown = (missing(spec, record_id) if asked_reference is None
             else missing_reference(spec, asked_reference))
    raise session_guard.HiddenRecord(shown.message, actor, spec.name, record_id, reference,
                                     {"clearance": actor.clearance.label})


def get(database: Database, actor: Actor, kind_name: str, record_id: int) -> Record:
    """One record by id, if the actor may read it."""
    spec = kind(kind_name)
    with session_guard.reading(database, actor) as (session, actor):
        permissions.require(actor, Action.READ, kind_name)
        return to_record(session, spec, load(session, database, actor, spec, record_id),
                         actor.clearance)


def last_saves(database: Database, actor: Actor, kind_name: str, record_ids: Iterable[int]
               ) -> dict[int, tuple[str, dt.datetime | None]]:
    """Who saved each of ``record_ids`` last, and when (the Excel import's conflicts say it);
    a record the actor may not see is left out, as in every list."""
    spec = kind(kind_name)
    wanted = sorted({int(i) for i in record_ids})
    if not wanted:
        return {}
    model: Any = spec.model
    with session_guard.reading(database, actor) as (session, actor):
        permissions.require(actor, Action.READ, kind_name)
        query = select(model).where(model.id.in_(wanted),
                                    within_clearance(model, int(actor.clearance)))
        return {obj.id: (last_saver(session, obj), getattr(obj, "updated_at", None))
                for obj in session.scalars(query)}


def get_by_reference(database: Database, actor: Actor, kind_name: str, reference: str) -> Record:
    """One record by its reference (``DOS-2026-0142``), if the actor may read it."""
    spec = kind(kind_name)
    with session_guard.reading(database, actor) as (session, actor):
        permissions.require(actor, Action.READ, kind_name)
        record_id = session.scalar(select(spec.model.id)  # type: ignore[attr-defined]
                                   .where(spec.model.reference == reference.strip().upper()))  # type: ignore[attr-defined]
        if record_id is None:
            raise missing_reference(spec, reference)
        return to_record(session, spec, load(session, database, actor, spec, record_id,
                                             asked_reference=reference), actor.clearance)


# --------------------------------------------------------------------------- writing


def _clean(session: Session, spec: Kind, values: dict[str, Any], creating: bool,
           clearance: int) -> tuple[dict[str, Any], dict[str, list[int]]]:
    """Split input into column values and link ids, converting and checking each field."""
    columns: dict[str, Any] = {}
    links: dict[str, list[int]] = {}
    allowed = spec.editable | ({spec.parent[0]} if spec.parent and creating else set())
    for name, value in values.items():
        if name in spec.links:
            links[name] = sorted({int(v) for v in (value or [])})
            continue
        if name not in allowed:
            fail(spec.label, spec.field_label(name),
                 translate("Validation", "ce champ ne peut pas être modifié ici."), name)
        columns[name] = coerce(spec, name, value)
    if creating:
        for column in spec.mapper.columns:
            if (column.key in allowed and not column.nullable and column.default is None
                    and column.key not in columns and not column.primary_key):
                fail(spec.label, spec.field_label(column.key),
                     translate("Validation", "ce champ est obligatoire."), column.key)
    _check_references(session, spec, columns, links, clearance)
    return columns, links


def _check_references(session: Session, spec: Kind, columns: dict[str, Any],
                      links: dict[str, list[int]], clearance: int) -> None:
    """Every foreign key and linked id must name an existing record; linked records above
    ``clearance`` answer as missing ones (the links a user cannot see are kept on saving by
    :func:`_write_links`, not sent back by the user)."""
    for name, value in columns.items():
        if value is None:
            continue
        column = spec.mapper.columns[name]
        for fk in column.foreign_keys:
            target = fk.column.table
            found = session.execute(select(fk.column).where(fk.column == value)).first()
            if found is None:
                fail(spec.label, spec.field_label(name),
                     translate("Validation", "aucun enregistrement n° {value} ({table}).")
                     .format(value=value, table=target.name), name)
    for name, ids in links.items():
        link = spec.links[name]
        other = kind(link.other_kind)
        if ids:
            model: Any = other.model
            found_ids = set(session.scalars(select(model.id).where(
                model.id.in_(ids), within_clearance(model, clearance))))
            missing = sorted(set(ids) - found_ids)
            if missing:
                fail(spec.label, spec.field_label(name),
                     translate("Validation", "enregistrement(s) introuvable(s) : {ids}.")
                     .format(ids=", ".join(map(str, missing))), name)


def _check_unique(session: Session, spec: Kind, values: dict[str, Any],
                  record_id: int | None = None) -> None:
    """Refuse, naming the fields, a record that repeats one already saved (same target year…)."""
    table = spec.model.__table__
    assert isinstance(table, Table)
    for constraint in table.constraints:
        if not isinstance(constraint, UniqueConstraint):
            continue
        names = [column.key for column in constraint.columns]
        if names == ["reference"] or any(values.get(n) is None for n in names):
            continue
        query = select(table.c.id).where(*(table.c[n] == values[n] for n in names))
        if record_id is not None:
            query = query.where(table.c.id != record_id)
        if session.execute(query.limit(1)).first() is not None:
            shown = ", ".join(f"{spec.field_label(n)} = {plain(values[n])}" for n in names
                              if n != (spec.parent[0] if spec.parent else None))
            fail(spec.label, spec.field_label(names[-1]),
                 translate("Validation", "existe déjà ({values}) : modifiez l'enregistrement "
                                         "existant plutôt que d'en créer un second.")
                           .format(values=shown), names[-1])


def _write_links(session: Session, spec: Kind, record_id: int, links: dict[str, list[int]],
                 clearance: int) -> dict[str, list[Any]]:
    """Set the links the user sent, keeping those to records above ``clearance`` (the user
    was never shown them, so their absence from ``links`` does not mean « remove »)."""
    changes: dict[str, list[Any]] = {}
    before = link_ids(session, spec, record_id)
    shown = link_ids(session, spec, record_id, clearance)
    for name, sent in links.items():
        link = spec.links[name]
        ids = sorted(set(sent) | (set(before[name]) - set(shown[name])))
        if list(before[name]) == ids:
            continue
        session.execute(delete(link.table).where(link.table.c[link.own_column] == record_id))
        if ids:
            session.execute(insert(link.table), [
                {link.own_column: record_id, link.other_column: other} for other in ids])
        changes[name] = [list(before[name]), ids]
    return changes


def _year_of(spec: Kind, columns: dict[str, Any]) -> int | None:
    if spec.reference is None:
        return None
    value = columns.get(spec.year_field) if spec.year_field else None
    return (value or dt.date.today()).year


def _require_parent_access(session: Session, database: Database, actor: Actor, spec: Kind,
                           columns: dict[str, Any]) -> None:
    if spec.parent is None:
        return
    parent_id = columns.get(spec.parent[0])
    if parent_id is None:
        fail(spec.label, spec.field_label(spec.parent[0]),
             translate("Validation", "ce champ est obligatoire."), spec.parent[0])
    load(session, database, actor, kind(spec.parent[1]), int(parent_id))


def _check_clearance_of_values(actor: Actor, spec: Kind, columns: dict[str, Any]) -> None:
    level = columns.get("classification")
    if level is not None and not actor.cleared_for(level):
        raise PermissionDenied(translate("Records", "Vous ne pouvez pas classer un enregistrement "
                                                    "au-dessus de votre habilitation "
                                                    "({clearance}).")
                                         .format(clearance=actor.clearance.label))


def create(database: Database, actor: Actor, kind_name: str, values: dict[str, Any]) -> Saved:
    """Create a record of ``kind_name`` from user input; its reference is allocated here."""
    with session_guard.writing(database, actor) as (session, actor):
        return create_in(session, database, actor, kind_name, values)


def create_in(session: Session, database: Database, actor: Actor, kind_name: str,
              values: dict[str, Any]) -> Saved:
    """:func:`create` inside the caller's write transaction (``actor`` already current).

    For services that save several records all-or-nothing (``services/batch.py``).
    """
    spec = kind(kind_name)
    permissions.require(actor, Action.CREATE, kind_name)
    columns, links = _clean(session, spec, values, True, actor.clearance)
    for rule in spec.validators:
        rule(columns, spec)
    for stored_rule in spec.stored_rules:
        stored_rule(session, columns, spec)
    _check_clearance_of_values(actor, spec, columns)
    _require_parent_access(session, database, actor, spec, columns)
    _check_unique(session, spec, columns)
    obj = spec.model(**columns)
    if spec.reference is not None:
        obj.reference = allocate_reference(  # type: ignore[attr-defined]
            session, spec.reference, _year_of(spec, columns))
    if hasattr(obj, "created_by_id"):
        obj.created_by_id = obj.updated_by_id = actor.user_id  # type: ignore[attr-defined]
    session.add(obj)
    session.flush()
    record_id = obj.id  # type: ignore[attr-defined]
    changes = diff({}, values_of(obj, spec))
    changes.update(_write_links(session, spec, record_id, links, actor.clearance))
    entry = journal(session, actor, AuditAction.CREATE, spec.name, record_id,
                    str(getattr(obj, "reference", "") or ""), changes)
    record = to_record(session, spec, obj, actor.clearance)
    return Saved(record, ChangeSet.of(spec.name, record.id, also=_parents(spec)),
                 journal_id=entry.id)


def _parents(spec: Kind) -> tuple[str, ...]:
    return (spec.parent[1],) if spec.parent else ()


def last_saver(session: Session, obj: Base) -> str:
    """The name of whoever saved ``obj`` last (« un autre utilisateur » when unknown)."""
    user_id = getattr(obj, "updated_by_id", None)
    if user_id is not None:
        user = session.get(User, user_id)
        if user is not None:
            person = session.get(Person, user.person_id) if user.person_id else None
            return person.full_name if person is not None else user.login
    return translate("Records", "un autre utilisateur")


def changed_since(session: Session, spec: Kind, obj: Base, version: int,
                  based_on: Mapping[str, Any] | None, clearance: int) -> tuple[str, ...]:
    """The fields whose saved value differs from the version the user read.

    With ``based_on`` (the values the user's form was loaded with) they are compared with the
    saved ones; without, they are read from the journal entries written since ``version``
    (one entry per saved version).
    """
    current = to_record(session, spec, obj, clearance)
    if based_on is not None:
        return tuple(sorted(name for name, value in based_on.items()
                            if name in current.values and name not in _META
                            and plain(_listed(value)) != plain(_listed(current[name]))))
    newer = int(getattr(obj, "version", 0) or 0) - int(version)
    if newer <= 0:
        return ()
    rows = session.scalars(select(AuditEntry.changes).where(
        AuditEntry.entity == spec.name, AuditEntry.entity_id == obj.id,  # type: ignore[attr-defined]
        AuditEntry.action.in_(_VERSIONING)).order_by(AuditEntry.id.desc()).limit(newer))
    names: set[str] = set()
    for text in rows:
        names.update(json.loads(text or "{}"))
    return tuple(sorted(name for name in names if name in current.values and name not in _META))


_META = frozenset({"id", "version", "updated_at", "updated_by_id", "created_at",
                   "created_by_id"})
_VERSIONING = (AuditAction.UPDATE, AuditAction.ARCHIVE, AuditAction.RESTORE,
               AuditAction.WORKFLOW)


def _listed(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


def conflict_error(session: Session, spec: Kind, obj: Base, version: int | None = None,
                   based_on: Mapping[str, Any] | None = None,
                   clearance: int | None = None) -> ConflictError:
    """The conflict naming who saved the record last, and when, with the record as saved now
    and the fields changed since ``version`` (see :func:`changed_since`) for a compare dialog.
    """
    who = last_saver(session, obj)
    when = getattr(obj, "updated_at", None)
    at = when.astimezone().strftime("%d/%m/%Y à %H:%M") if when else "?"
    reference = getattr(obj, "reference", "") or f"n° {obj.id}"  # type: ignore[attr-defined]
    level = int(clearance) if clearance is not None else 0
    fields = (changed_since(session, spec, obj, version, based_on, level)
              if version is not None and clearance is not None else ())
    return ConflictError(translate(
        "Records", "{kind} {reference} a été modifié(e) par {who} le {at} depuis que vous l'avez "
                   "ouvert(e) : vos modifications n'ont pas été enregistrées. Rechargez la fiche "
                   "pour voir la nouvelle version.")
        .format(kind=spec.label, reference=reference, who=who, at=at),
        current=to_record(session, spec, obj, level) if clearance is not None else None,
        saved_by=who, saved_at=when, fields=fields)


def _locked(session: Session, database: Database, actor: Actor, spec: Kind, record_id: int,
            version: int, based_on: Mapping[str, Any] | None = None) -> Base:
    obj = load(session, database, actor, spec, record_id, for_update=True)
    if getattr(obj, "issued_at", None) is not None:  # an issued note is frozen
        raise ConflictError(translate("Records", "{kind} {reference} a été émise : elle ne peut "
                                                 "plus être modifiée ni supprimée ; dupliquez-la "
                                                 "pour en préparer une nouvelle version.")
                            .format(kind=spec.label, reference=getattr(obj, "reference", "")))
    if obj.version != version:  # type: ignore[attr-defined]
        raise conflict_error(session, spec, obj, version, based_on, actor.clearance)
    return obj


def _flush_or_conflict(session: Session, spec: Kind, obj: Base) -> None:
    try:
        session.flush()
    except StaleDataError:
        session.rollback()
        raise ConflictError(translate("Records", "{kind} a été modifié(e) par quelqu'un d'autre "
                                                 "pendant l'enregistrement : rechargez la fiche.")
                                      .format(kind=spec.label)) from None


def update(database: Database, actor: Actor, kind_name: str, record_id: int, version: int,
           values: dict[str, Any], based_on: Mapping[str, Any] | None = None) -> Saved:
    """Apply the edited ``values`` to a record read at ``version`` (optimistic locking).

    If someone saved the record since, :class:`ConflictError` carries the record as saved now,
    who saved it and when, and the fields that differ from ``based_on`` (the values the form
    was loaded with; from the journal when not given). Saving unchanged values writes nothing
    and keeps the version.
    """
    with session_guard.writing(database, actor) as (session, actor):
        return update_in(session, database, actor, kind_name, record_id, version, values,
                         based_on)


def update_in(session: Session, database: Database, actor: Actor, kind_name: str,
              record_id: int, version: int, values: dict[str, Any],
              based_on: Mapping[str, Any] | None = None) -> Saved:
    """:func:`update` inside the caller's write transaction (``actor`` already current)."""
    spec = kind(kind_name)
    permissions.require(actor, Action.UPDATE, kind_name)
    obj = _locked(session, database, actor, spec, record_id, version, based_on)
    before = values_of(obj, spec)
    columns, links = _clean(session, spec, values, False, actor.clearance)
    merged = {**before, **columns}
    for rule in spec.validators:
        rule(merged, spec)
    for stored_rule in spec.stored_rules:
        stored_rule(session, merged, spec)
    columns = {k: merged[k] for k in columns}
    _check_clearance_of_values(actor, spec, columns)
    _check_unique(session, spec, merged, record_id)
    for name, value in columns.items():
        if plain(before.get(name)) != plain(value):
            setattr(obj, name, value)
    changes = diff(before, values_of(obj, spec))
    with session.no_autoflush:  # one flush below, so the version moves by one
        changes.update(_write_links(session, spec, record_id, links, actor.clearance))
    entry_id = None
    if changes:
        if hasattr(obj, "updated_by_id"):
            setattr(obj, "updated_by_id", actor.user_id)  # noqa: B010 - not every kind has it
            setattr(obj, "updated_at", utcnow())  # noqa: B010
        _flush_or_conflict(session, spec, obj)
        entry_id = journal(session, actor, AuditAction.UPDATE, spec.name, record_id,
                           str(getattr(obj, "reference", "") or ""), changes).id
    record = to_record(session, spec, obj, actor.clearance)
    return Saved(record, ChangeSet.of(spec.name, record_id, also=_parents(spec))
                 if changes else ChangeSet(), journal_id=entry_id)


def set_archived(database: Database, actor: Actor, kind_name: str, record_id: int,
                 version: int, archived: bool = True) -> Saved:
    """Archive (or restore) a record that others may refer to: it is never deleted."""
    spec = kind(kind_name)
    with session_guard.writing(database, actor) as (session, actor):
        permissions.require(actor, Action.ARCHIVE, kind_name)
        if not spec.archivable:
            raise PermissionDenied(translate("Records", "{kind} ne s'archive pas.")
                                   .format(kind=spec.label))
        obj = _locked(session, database, actor, spec, record_id, version)
        if obj.archived == archived:  # type: ignore[attr-defined]
            return Saved(to_record(session, spec, obj, actor.clearance), ChangeSet())
        obj.archived = archived  # type: ignore[attr-defined]
        obj.updated_by_id = actor.user_id  # type: ignore[attr-defined]
        obj.updated_at = utcnow()  # type: ignore[attr-defined]
        _flush_or_conflict(session, spec, obj)
        entry = journal(session, actor, AuditAction.ARCHIVE if archived else AuditAction.RESTORE,
                        spec.name, record_id, str(getattr(obj, "reference", "") or ""),
                        {"archived": [not archived, archived]})
        record = to_record(session, spec, obj, actor.clearance)
    return Saved(record, ChangeSet.of(spec.name, record_id), journal_id=entry.id)


def remove(database: Database, actor: Actor, kind_name: str, record_id: int,
           version: int) -> Saved:
    """Delete a record that nothing refers to (contacts, measurements…); journaled in full."""
    spec = kind(kind_name)
    with session_guard.writing(database, actor) as (session, actor):
        permissions.require(actor, Action.DELETE, kind_name)
        obj = _locked(session, database, actor, spec, record_id, version)
        snapshot = diff(values_of(obj, spec), {})
        session.delete(obj)
        _flush_or_conflict(session, spec, obj)
        entry = journal(session, actor, AuditAction.DELETE, spec.name, record_id,
                        str(getattr(obj, "reference", "") or ""), snapshot)
    return Saved(None, ChangeSet.of(spec.name, record_id, also=_parents(spec)),
                 journal_id=entry.id)
