"""What services know of each kind of record: its mapping, reference, parent and links."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Mapper, Session

from cabinet_desktop.domain import entities as e
from cabinet_desktop.domain.entities import Base
from cabinet_desktop.i18n import translate
from cabinet_desktop.services import validation as v

#: Columns no generic edit may touch: identity, bookkeeping, workflow and validation state.
SYSTEM_FIELDS = frozenset({"id", "reference", "version", "created_at", "updated_at",
                           "created_by_id", "updated_by_id", "archived"})


@dataclass(frozen=True, slots=True)
class Link:
    """A many-to-many link edited as a list of ids (``dossier_ids`` on a mission)."""

    table: Table
    own_column: str
    other_column: str
    other_kind: str


#: A per-kind rule over the cleaned values, given the kind's description for its labels.
Validator = Callable[[dict[str, Any], "Kind"], None]
#: A rule that reads other saved records (a measurement's indicator), in the saving transaction.
StoredRule = Callable[[Session, dict[str, Any], "Kind"], None]


@dataclass(frozen=True, slots=True)
class Named:
    """A referenced record shown by its name: ``assignee_name`` from ``assignee_id``."""

    key: str
    field: str
    table: str  # "persons", "users" or "attributions": how the name is read


@dataclass(frozen=True, slots=True)
class Related:
    """A list of records related to one record, as its detail panel (and its sheet) shows it.

    The rows are ``model`` objects whose ``parent`` column points at the record, or that a
    ``link`` table ties to it; ``cleared`` lists are limited to the reader's clearance.
    ``order_by`` names columns, a leading ``-`` for descending order.
    """

    name: str
    kind: str
    model: type[Base]
    fields: tuple[str, ...]
    order_by: tuple[str, ...]
    parent: str | None = None
    link: Link | None = None
    cleared: bool = False
    names: tuple[Named, ...] = ()


@dataclass(frozen=True)
class Kind:
    """Everything the generic services need to know about one kind of record."""

    name: str
    model: type[Base]
    singular: str
    reference: str | None = None
    year_field: str | None = None
    parent: tuple[str, str] | None = None
    links: Mapping[str, Link] = field(default_factory=lambda: MappingProxyType({}))
    hidden: frozenset[str] = frozenset()
    readonly: frozenset[str] = frozenset()
    validators: tuple[Validator, ...] = ()
    stored_rules: tuple[StoredRule, ...] = ()
    #: the lists a record's detail shows, and the referenced records it names
    related: tuple[Related, ...] = ()
    names: tuple[Named, ...] = ()
    #: other kinds whose changes alter how this kind reads (thresholds for indicators)
    watches: frozenset[str] = frozenset()
    #: the field that names a record beside its reference (pickers, links, exports)
    title: str | None = None

    @property
    def mapper(self) -> Mapper[Any]:
        return self.model.__mapper__

    @property
    def label(self) -> str:
        return translate("Kind", self.singular)

    @property
    def columns(self) -> list[str]:
        return [c.key for c in self.mapper.column_attrs]

    @property
    def visible_columns(self) -> list[str]:
        """Columns returned in rows: everything but hidden and deferred (binary) ones."""
        return [attr.key for attr in self.mapper.column_attrs
                if attr.key not in self.hidden and not attr.deferred]

    @property
    def editable(self) -> frozenset[str]:
        return frozenset(self.columns) - SYSTEM_FIELDS - self.readonly - self.hidden

    @property
    def classified(self) -> bool:
        return "classification" in self.columns

    @property
    def archivable(self) -> bool:
        return "archived" in self.columns

    @property
    def concerned_by(self) -> frozenset[str]:
        """The kinds whose change may alter a list or a detail of this kind."""
        tables = {"persons": "person", "users": "user", "attributions": "attribution"}
        named = {tables[n.table] for n in (*self.names,
                                           *(n for r in self.related for n in r.names))}
        return frozenset({self.name, *(r.kind for r in self.related), *named, *self.watches})

    def field_label(self, name: str) -> str:
        """The French label of a field, from the column's ``info`` (or a link's name)."""
        if name in self.links:
            return translate("Kind", link_label(self.links[name].other_kind))
        prop = self.mapper.attrs.get(name)
        if prop is not None:
            column = getattr(prop, "columns", [None])[0]
            if column is not None and "label" in column.info:
                return translate("Field", column.info["label"])
        return name


_KINDS_PLURAL = {"dossier": "Dossiers liés", "partner": "Partenaires liés",
                 "indicator": "Indicateurs liés", "mission": "Missions liées"}


def link_label(other_kind: str) -> str:
    """The untranslated (French) label of a link to records of ``other_kind``."""
    return _KINDS_PLURAL[other_kind]


def _link(table: Table, own: str, other: str, other_kind: str) -> Link:
    return Link(table, own, other, other_kind)


def _kinds() -> dict[str, Kind]:
    mission_dossiers = _link(e.mission_dossiers, "mission_id", "dossier_id", "dossier")
    mission_partners = _link(e.mission_partners, "mission_id", "partner_id", "partner")
    mission_indicators = _link(e.mission_indicators, "mission_id", "indicator_id", "indicator")
    dossier_missions = _link(e.mission_dossiers, "dossier_id", "mission_id", "mission")
    kinds = [
        Kind("mission", e.Mission, "Mission", reference="mission", year_field="start_date",
             title="title",
             links=MappingProxyType({"dossier_ids": mission_dossiers,
                                     "partner_ids": mission_partners,
                                     "indicator_ids": mission_indicators}),
             validators=(v.mission_rules,),
             names=(Named("assignee_name", "assignee_id", "persons"),
                    Named("attribution_label", "attribution_id", "attributions")),
             related=(
                 Related("dossiers", "dossier", e.Dossier,
                         ("id", "version", "reference", "object", "state", "avis_due_date",
                          "classification"), ("reference",), link=mission_dossiers,
                         cleared=True),
                 Related("partners", "partner", e.Partner,
                         ("id", "version", "reference", "name", "acronym", "category"),
                         ("name",), link=mission_partners),
                 Related("indicators", "indicator", e.Indicator,
                         ("id", "version", "reference", "name", "level", "unit"),
                         ("reference",), link=mission_indicators))),
        Kind("dossier", e.Dossier, "Dossier", reference="dossier", year_field="received_date",
             title="object",
             readonly=frozenset({"state", "avis_kind", "avis_text", "avis_author_id",
                                 "avis_date", "minister_decision", "minister_decision_date"}),
             validators=(v.dossier_rules,),
             names=(Named("instructor_name", "instructor_id", "persons"),
                    Named("avis_author_name", "avis_author_id", "persons")),
             related=(
                 Related("steps", "dossier_step", e.DossierStep,
                         ("id", "from_state", "to_state", "action", "at", "comment"),
                         ("at", "id"), parent="dossier_id",
                         names=(Named("user_name", "user_id", "users"),)),
                 Related("avis_versions", "avis_version", e.AvisVersion,
                         ("id", "number", "step", "kind", "text", "at"), ("number",),
                         parent="dossier_id",
                         names=(Named("user_name", "user_id", "users"),)),
                 Related("attachments", "attachment", e.Attachment,
                         ("id", "version", "filename", "media_type", "size", "sha256",
                          "classification"), ("filename",), parent="dossier_id",
                         cleared=True),
                 Related("missions", "mission", e.Mission,
                         ("id", "version", "reference", "title", "status", "due_date"),
                         ("reference",), link=dossier_missions))),
        Kind("attachment", e.Attachment, "Pièce jointe", parent=("dossier_id", "dossier"),
             readonly=frozenset({"size", "sha256", "dossier_id", "content"})),
        Kind("partner", e.Partner, "Partenaire", reference="partner", title="name",
             validators=(v.website_rules,),
             related=(
                 Related("contacts", "contact", e.Contact,
                         ("id", "version", "name", "function", "phone", "email"), ("name",),
                         parent="partner_id"),
                 Related("agreements", "agreement", e.Agreement,
                         ("id", "version", "title", "kind", "signature_date", "start_date",
                          "end_date", "amount_committed", "amount_disbursed", "currency",
                          "exchange_rate", "status"), ("-start_date", "id"),
                         parent="partner_id"),
                 Related("interactions", "interaction", e.Interaction,
                         ("id", "version", "date", "kind", "participants", "summary"),
                         ("-date", "-id"), parent="partner_id"))),
        Kind("contact", e.Contact, "Contact", parent=("partner_id", "partner"),
             validators=(v.contact_rules,)),
        Kind("agreement", e.Agreement, "Convention", parent=("partner_id", "partner"),
             validators=(v.agreement_rules,)),
        Kind("interaction", e.Interaction, "Échange", parent=("partner_id", "partner"),
             links=MappingProxyType({
                 "mission_ids": _link(e.interaction_missions, "interaction_id", "mission_id",
                                      "mission"),
             })),
        Kind("indicator", e.Indicator, "Indicateur", reference="indicator", title="name",
             watches=frozenset({"setting"}),
             related=(
                 Related("measurements", "measurement", e.Measurement,
                         ("id", "version", "period", "value", "source", "comment",
                          "validated"), ("period",), parent="indicator_id"),
                 Related("targets", "indicator_target", e.IndicatorTarget,
                         ("id", "version", "year", "value"), ("year",),
                         parent="indicator_id"))),
        Kind("indicator_target", e.IndicatorTarget, "Cible", parent=("indicator_id", "indicator"),
             validators=(v.target_rules,)),
        Kind("measurement", e.Measurement, "Mesure", parent=("indicator_id", "indicator"),
             readonly=frozenset({"validated", "validated_by_id", "validated_at"}),
             validators=(v.measurement_rules,), stored_rules=(v.measurement_period_fits,)),
        Kind("consultation", e.Consultation, "Consultation", reference="consultation",
             title="title",
             year_field="date",
             links=MappingProxyType({
                 "mission_ids": _link(e.consultation_missions, "consultation_id", "mission_id",
                                      "mission"),
             }),
             validators=(v.consultation_rules,)),
        Kind("briefing_note", e.BriefingNote, "Note au Ministre", reference="briefing_note",
             title="object",
             year_field="note_date", readonly=frozenset({"pdf", "pdf_sha256", "issued_at"}),
             names=(Named("author_name", "author_id", "persons"),)),
        Kind("person", e.Person, "Personne", validators=(v.contact_rules,)),
    ]
    return {kind.name: kind for kind in kinds}


_REGISTRY: dict[str, Kind] = {}


def kind(name: str) -> Kind:
    """The description of the kind of record called ``name``."""
    if not _REGISTRY:
        _REGISTRY.update(_kinds())
    return _REGISTRY[name]


def kind_names() -> frozenset[str]:
    """The names of every kind the catalog describes."""
    return frozenset(k.name for k in all_kinds())


def all_kinds() -> list[Kind]:
    if not _REGISTRY:
        _REGISTRY.update(_kinds())
    return list(_REGISTRY.values())
