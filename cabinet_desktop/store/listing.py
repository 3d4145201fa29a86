"""What each list pane selects, joins, filters and sorts on, as SQL.

A :class:`ListSpec` describes one pane's query as data: the selected columns (entity columns
and joined display columns such as the assignee's name), the columns the text filter searches,
the equality filters, the date column of the date range, the *overdue* condition and the sort
keys. :func:`select_page` and :func:`select_count` turn a :class:`ListQuery` into SQL that
filters, sorts (``ORDER BY <key>, id``) and pages (``LIMIT``/``OFFSET``) in the database, so
a pane over 100,000 rows never loads more than the rows it shows.

A column may sort on another expression than the one it shows (``ListSpec.sort_keys``): the
joined person names sort on the folded, indexed keys that ``store/sort_keys.py`` keeps, so
their order is case- and accent-insensitive and needs no sort of every row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    case,
    false,
    func,
    literal,
    or_,
    select,
)
from sqlalchemy.orm import QueryableAttribute, aliased

from cabinet_desktop.domain.entities import (
    Agreement,
    Attribution,
    AuditEntry,
    BriefingNote,
    Consultation,
    Contact,
    Dossier,
    Indicator,
    Measurement,
    Mission,
    Partner,
    Person,
)
from cabinet_desktop.domain.enums import DossierState, MissionStatus
from cabinet_desktop.store.queries import unindexed, within_clearance

DEFAULT_LIMIT = 200
MAX_LIMIT = 5_000


@dataclass(frozen=True, slots=True)
class ListQuery:
    """What a pane asks for: filters, sort and the slice of rows wanted.

    ``filters`` maps a filter name of the pane (``status``, ``assignee_id``, ``category``…)
    to the value rows must equal. ``date_from``/``date_to`` bound the pane's date column,
    both included. ``sort`` is a column key of the pane (``None``: the pane's default order).
    """

    text: str = ""
    filters: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    overdue_only: bool = False
    include_archived: bool = False
    sort: str | None = None
    descending: bool = False
    offset: int = 0
    limit: int = DEFAULT_LIMIT
    from_end: bool = False
    work: tuple[str, ...] = ()

    def with_slice(self, offset: int, limit: int, from_end: bool = False) -> ListQuery:
        """The same query for another slice of rows.

        With ``from_end``, ``offset`` counts from the last row: the database walks the order
        backwards, so the last page of 100,000 rows costs what the first one does. The rows
        still come back in the list's order.
        """
        return replace(self, offset=offset, limit=limit, from_end=from_end)


#: A column or SQL expression a list selects, filters or sorts on.
Expr = ColumnElement[Any] | QueryableAttribute[Any]
Overdue = Callable[[dt.date], ColumnElement[bool]]


@dataclass(frozen=True)
class ListSpec:
    """The SQL of one list pane."""

    kind: str
    model: type[Any]
    columns: Mapping[str, Expr]
    joins: tuple[tuple[Any, ColumnElement[bool]], ...] = ()
    text_columns: tuple[Expr, ...] = ()
    filters: Mapping[str, Expr] = field(default_factory=dict)
    date_column: Expr | None = None
    date_is_timestamp: bool = False
    overdue: Overdue | None = None
    unsortable: frozenset[str] = frozenset()
    #: columns sorted on another expression than the one shown (a joined person's name sorts
    #: on the indexed key the triggers of ``store/sort_keys.py`` keep)
    sort_keys: Mapping[str, Expr] = field(default_factory=dict)
    default_sort: str = "id"
    default_descending: bool = False

    @property
    def archivable(self) -> bool:
        return hasattr(self.model, "archived")

    def sort_key(self, name: str | None) -> Expr:
        key = name or self.default_sort
        if key not in self.columns or key in self.unsortable:
            raise KeyError(key)
        return self.sort_keys.get(key, self.columns[key])


def _name(person: Any) -> ColumnElement[str]:
    """``First Last`` of a (possibly aliased) person, in SQL."""
    return func.trim(func.coalesce(person.first_name, "") + literal(" ")
                     + func.coalesce(person.last_name, ""))


def _name_sort(model: Any, column: str) -> Expr:
    """The indexed sort key of a joined person's name (``store/sort_keys.py``; not mapped)."""
    key: Expr = model.__table__.c[column]
    return key


def _mission_overdue(today: dt.date) -> ColumnElement[bool]:
    closed = [MissionStatus.DONE.value, MissionStatus.CANCELLED.value]
    return and_(Mission.due_date.is_not(None), Mission.due_date < today,
                Mission.status.not_in(closed))


#: Dossier states in which the cabinet still owes its avis.
AVIS_PENDING = (DossierState.RECEIVED, DossierState.UNDER_REVIEW, DossierState.AVIS_PROPOSED)


def _dossier_overdue(today: dt.date) -> ColumnElement[bool]:
    return and_(Dossier.avis_due_date.is_not(None), Dossier.avis_due_date < today,
                Dossier.state.in_([s.value for s in AVIS_PENDING]))


def _specs(today_overdue: bool = True) -> dict[str, ListSpec]:
    assignee = aliased(Person, name="assignee")
    instructor = aliased(Person, name="instructor")
    author = aliased(Person, name="note_author")
    latest = (select(Measurement.period, Measurement.value)
              .where(Measurement.indicator_id == Indicator.id)
              .order_by(Measurement.period.desc()).limit(1).correlate(Indicator))
    specs = [
        ListSpec(
            "mission", Mission,
            columns={
                "id": Mission.id, "version": Mission.version, "reference": Mission.reference,
                "title": Mission.title, "status": Mission.status, "priority": Mission.priority,
                "origin": Mission.origin, "assignee_id": Mission.assignee_id,
                "assignee_name": _name(assignee), "attribution_id": Mission.attribution_id,
                "attribution_code": Attribution.code, "start_date": Mission.start_date,
                "due_date": Mission.due_date, "completed_date": Mission.completed_date,
                "progress": Mission.progress, "archived": Mission.archived,
            },
            joins=((assignee, assignee.id == Mission.assignee_id),
                   (Attribution, Attribution.id == Mission.attribution_id)),
            text_columns=(Mission.reference, Mission.title, Mission.description),
            filters={"status": Mission.status, "priority": Mission.priority,
                     "origin": Mission.origin, "assignee_id": Mission.assignee_id,
                     "attribution_id": Mission.attribution_id},
            date_column=Mission.due_date, overdue=_mission_overdue,
            sort_keys={"assignee_name": _name_sort(Mission, "assignee_sort")},
            default_sort="due_date"),
        ListSpec(
            "dossier", Dossier,
            columns={
                "id": Dossier.id, "version": Dossier.version, "reference": Dossier.reference,
                "object": Dossier.object, "origin_structure": Dossier.origin_structure,
                "state": Dossier.state, "received_date": Dossier.received_date,
                "avis_due_date": Dossier.avis_due_date,
                "classification": Dossier.classification, "sensitive": Dossier.sensitive,
                "instructor_id": Dossier.instructor_id, "instructor_name": _name(instructor),
                "avis_kind": Dossier.avis_kind, "archived": Dossier.archived,
                "minister_decision": Dossier.minister_decision,
            },
            joins=((instructor, instructor.id == Dossier.instructor_id),),
            text_columns=(Dossier.reference, Dossier.object, Dossier.origin_structure),
            filters={"state": Dossier.state, "instructor_id": Dossier.instructor_id,
                     "classification": Dossier.classification, "avis_kind": Dossier.avis_kind,
                     "sensitive": Dossier.sensitive},
            date_column=Dossier.avis_due_date, overdue=_dossier_overdue,
            sort_keys={"instructor_name": _name_sort(Dossier, "instructor_sort")},
            default_sort="received_date", default_descending=True),
        ListSpec(
            "partner", Partner,
            columns={
                "id": Partner.id, "version": Partner.version, "reference": Partner.reference,
                "name": Partner.name, "acronym": Partner.acronym, "category": Partner.category,
                "scope": Partner.scope, "country": Partner.country,
                "contact_count": select(func.count(Contact.id))
                .where(Contact.partner_id == Partner.id).correlate(Partner).scalar_subquery(),
                "agreement_count": select(func.count(Agreement.id))
                .where(Agreement.partner_id == Partner.id).correlate(Partner)
                .scalar_subquery(),
                "archived": Partner.archived,
            },
            text_columns=(Partner.reference, Partner.name, Partner.acronym, Partner.country),
            filters={"category": Partner.category, "scope": Partner.scope},
            default_sort="name"),
        ListSpec(
            "indicator", Indicator,
            columns={
                "id": Indicator.id, "version": Indicator.version,
                "reference": Indicator.reference, "name": Indicator.name,
                "level": Indicator.level, "unit": Indicator.unit,
                "periodicity": Indicator.periodicity, "direction": Indicator.direction,
                "baseline_value": Indicator.baseline_value,
                "responsible_structure": Indicator.responsible_structure,
                "latest_period": latest.with_only_columns(Measurement.period).scalar_subquery(),
                "latest_value": latest.with_only_columns(Measurement.value).scalar_subquery(),
                "latest_validated": latest.with_only_columns(Measurement.validated)
                .scalar_subquery(),
                "archived": Indicator.archived,
            },
            text_columns=(Indicator.reference, Indicator.name, Indicator.responsible_structure),
            filters={"level": Indicator.level, "periodicity": Indicator.periodicity},
            default_sort="reference"),
        ListSpec(
            "consultation", Consultation,
            columns={
                "id": Consultation.id, "version": Consultation.version,
                "reference": Consultation.reference, "title": Consultation.title,
                "date": Consultation.date, "public": Consultation.public,
                "method": Consultation.method, "participants": Consultation.participants,
                "satisfaction": Consultation.satisfaction, "archived": Consultation.archived,
            },
            text_columns=(Consultation.reference, Consultation.title, Consultation.findings),
            filters={"public": Consultation.public, "method": Consultation.method},
            date_column=Consultation.date, default_sort="date", default_descending=True),
        ListSpec(
            "briefing_note", BriefingNote,
            columns={
                "id": BriefingNote.id, "version": BriefingNote.version,
                "reference": BriefingNote.reference, "note_date": BriefingNote.note_date,
                "object": BriefingNote.object, "author_id": BriefingNote.author_id,
                "author_name": _name(author), "classification": BriefingNote.classification,
                "issued_at": BriefingNote.issued_at, "pdf_sha256": BriefingNote.pdf_sha256,
            },
            joins=((author, author.id == BriefingNote.author_id),),
            text_columns=(BriefingNote.reference, BriefingNote.object),
            filters={"classification": BriefingNote.classification,
                     "author_id": BriefingNote.author_id},
            date_column=BriefingNote.note_date, default_sort="note_date",
            sort_keys={"author_name": _name_sort(BriefingNote, "author_sort")},
            default_descending=True),
        ListSpec(
            "audit", AuditEntry,
            columns={
                "id": AuditEntry.id, "at": AuditEntry.at, "actor": AuditEntry.actor,
                "action": AuditEntry.action, "entity": AuditEntry.entity,
                "reference": AuditEntry.reference, "changes": AuditEntry.changes,
            },
            text_columns=(AuditEntry.actor, AuditEntry.reference, AuditEntry.entity),
            filters={"action": AuditEntry.action, "entity": AuditEntry.entity},
            date_column=AuditEntry.at, date_is_timestamp=True, unsortable=frozenset({"changes"}),
            default_sort="id", default_descending=True),
    ]
    return {spec.kind: spec for spec in specs}


_SPECS: dict[str, ListSpec] = {}


def spec(kind: str) -> ListSpec:
    """The list spec of ``kind`` (``mission``, ``dossier``…, ``audit`` for the journal)."""
    if not _SPECS:
        _SPECS.update(_specs())
    try:
        return _SPECS[kind]
    except KeyError:
        raise KeyError(f"no list for kind {kind!r}") from None


def listed_kinds() -> tuple[str, ...]:
    spec("mission")
    return tuple(_SPECS)


def like_pattern(text: str) -> str:
    """``%text%`` with LIKE wildcards in ``text`` escaped (escape character ``\\``)."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _conditions(list_spec: ListSpec, query: ListQuery, clearance: int,
                today: dt.date, indexed: bool = True) -> list[ColumnElement[bool]]:
    """The ``WHERE`` of ``query``; clearance and archived flag unindexed unless ``indexed``."""
    conditions: list[ColumnElement[bool]] = [
        within_clearance(list_spec.model, clearance, indexed=indexed)]
    if list_spec.archivable and not query.include_archived:
        archived = list_spec.model.archived
        conditions.append((archived if indexed else unindexed(archived)).is_(False))
    for word in query.text.split():
        pattern = like_pattern(word)
        conditions.append(or_(*(column.ilike(pattern, escape="\\")
                                for column in list_spec.text_columns)))
    for name, value in query.filters.items():
        if value is None:
            continue
        column = list_spec.filters.get(name)
        if column is None:
            raise KeyError(f"{list_spec.kind}: no filter {name!r}")
        conditions.append(column == value)
    if list_spec.date_column is not None:
        low: Any = query.date_from
        high: Any = query.date_to
        if list_spec.date_is_timestamp:
            low = low and dt.datetime.combine(low, dt.time.min, tzinfo=dt.UTC)
            high = high and dt.datetime.combine(high + dt.timedelta(days=1), dt.time.min,
                                                tzinfo=dt.UTC)
            if high is not None:
                conditions.append(list_spec.date_column < high)
        elif high is not None:
            conditions.append(list_spec.date_column <= high)
        if low is not None:
            conditions.append(list_spec.date_column >= low)
    if query.overdue_only:
        conditions.append(list_spec.overdue(today) if list_spec.overdue else false())
    return conditions


def _from(list_spec: ListSpec, statement: Select[Any]) -> Select[Any]:
    statement = statement.select_from(list_spec.model)
    for target, onclause in list_spec.joins:
        statement = statement.outerjoin(target, onclause)
    return statement


def select_page(list_spec: ListSpec, query: ListQuery, clearance: int,
                today: dt.date, extra: Sequence[ColumnElement[bool]] = ()) -> Select[Any]:
    """The filtered, sorted and sliced ``SELECT`` of a page of ``list_spec`` (``extra``: more
    conditions, those of the query's work lists)."""
    columns = [expr.label(name) for name, expr in list_spec.columns.items()]
    if list_spec.overdue is not None:
        columns.append(case((list_spec.overdue(today), True), else_=False).label("overdue"))
    statement = _from(list_spec, select(*columns))
    # Clearance and archived flag keep nearly every row: the order's index must drive.
    statement = statement.where(*_conditions(list_spec, query, clearance, today,
                                             indexed=False), *extra)
    statement = statement.order_by(*order_by(list_spec, query))
    limit = max(0, min(int(query.limit), MAX_LIMIT))
    return statement.offset(max(0, int(query.offset))).limit(limit)


def _may_be_null(list_spec: ListSpec, expr: Expr) -> bool:
    column = getattr(expr, "expression", expr)
    table = getattr(column, "table", None)
    return not (table is list_spec.model.__table__ and getattr(column, "nullable", True) is False)


def order_by(list_spec: ListSpec, query: ListQuery) -> list[ColumnElement[Any]]:
    """The ``ORDER BY`` of ``query``: its key then the id, empty values last either way.

    Both backends agree: SQLite puts ``NULL`` first and PostgreSQL last by default, so
    nullable keys say ``NULLS LAST`` explicitly (SQLite still walks the index, in two
    passes). With ``query.from_end`` the whole order is reversed, ``NULL`` placement included.
    """
    key = list_spec.sort_key(query.sort)
    descending = query.descending if query.sort else list_spec.default_descending
    if query.from_end:
        descending = not descending
    identity = list_spec.model.id
    ordered = key.desc() if descending else key.asc()
    if _may_be_null(list_spec, key):
        ordered = ordered.nulls_first() if query.from_end else ordered.nulls_last()
    return [ordered, identity.desc() if descending else identity.asc()]


def select_count(list_spec: ListSpec, query: ListQuery, clearance: int,
                 today: dt.date, extra: Sequence[ColumnElement[bool]] = ()) -> Select[Any]:
    """``SELECT count(*)`` of the rows ``query`` matches (joins only where filters need them)."""
    statement = select(func.count()).select_from(list_spec.model)
    return statement.where(*_conditions(list_spec, query, clearance, today), *extra)
