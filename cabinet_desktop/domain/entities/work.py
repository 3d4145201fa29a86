"""Missions the cabinet must deliver and dossiers on which it gives its avis."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import Mapped, declared_attr, deferred, mapped_column, relationship

from cabinet_desktop.domain.entities.base import (
    Archivable,
    Base,
    ClassificationType,
    Referenced,
    Tracked,
    UTCDateTime,
    caption,
    enum_column,
    utcnow,
)
from cabinet_desktop.domain.enums import (
    AvisKind,
    CircuitStep,
    Classification,
    DossierState,
    MinisterDecision,
    MissionOrigin,
    MissionStatus,
    Priority,
)


def name_sort_column(name: str) -> Column[str]:
    """A person's name folded for sorting, kept by database triggers (``store/sort_keys.py``).

    Part of the table (so the schema and the migrations agree) but not mapped: the ORM never
    reads or writes it, only the lists sort on it. ``"C"`` collation on PostgreSQL: the byte
    order SQLite uses.
    """
    return Column(name, Text().with_variant(Text(collation="C"), "postgresql"), nullable=True)


def mapper_args_without(cls: Any, *unmapped: str) -> dict[str, Any]:
    """``Tracked``'s mapper arguments, leaving the ``unmapped`` table columns out of the ORM."""
    return {"version_id_col": cls.version, "exclude_properties": unmapped}


mission_dossiers = Table(
    "mission_dossiers", Base.metadata,
    Column("mission_id", ForeignKey("missions.id", ondelete="CASCADE"), primary_key=True),
    Column("dossier_id", ForeignKey("dossiers.id", ondelete="CASCADE"), primary_key=True,
           index=True),
)
mission_partners = Table(
    "mission_partners", Base.metadata,
    Column("mission_id", ForeignKey("missions.id", ondelete="CASCADE"), primary_key=True),
    Column("partner_id", ForeignKey("partners.id", ondelete="CASCADE"), primary_key=True,
           index=True),
)
mission_indicators = Table(
    "mission_indicators", Base.metadata,
    Column("mission_id", ForeignKey("missions.id", ondelete="CASCADE"), primary_key=True),
    Column("indicator_id", ForeignKey("indicators.id", ondelete="CASCADE"), primary_key=True,
           index=True),
)


class Mission(Referenced, Archivable, Tracked, Base):
    """Work the cabinet must deliver, filed under one statutory attribution."""

    __tablename__ = "missions"
    __table_args__ = (
        CheckConstraint("progress >= 0 AND progress <= 100", name="progress_range"),
        name_sort_column("assignee_sort"),
        Index("ix_missions_assignee_sort", "assignee_sort", "id"),
        # the minister's instructions still open, by due date (the DC's « À traiter »)
        Index("ix_missions_origin_status_due", "origin", "status", "due_date"),
    )

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return mapper_args_without(cls, "assignee_sort")

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300), index=True, info=caption("Intitulé"))
    description: Mapped[str] = mapped_column(Text, default="", info=caption("Description"))
    attribution_id: Mapped[int] = mapped_column(ForeignKey("attributions.id"), index=True,
                                                info=caption("Attribution"))
    origin: Mapped[MissionOrigin] = mapped_column(enum_column(MissionOrigin), index=True,
                                                  info=caption("Origine"))
    instruction_date: Mapped[dt.date | None] = mapped_column(Date,
                                                             info=caption("Date de l'instruction"))
    instruction_authority: Mapped[str] = mapped_column(String(200), default="",
                                                       info=caption("Autorité de l'instruction"))
    expected_result: Mapped[str] = mapped_column(Text, default="", info=caption("Résultat attendu"))
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"), index=True,
                                                    info=caption("Responsable"))
    priority: Mapped[Priority] = mapped_column(enum_column(Priority), default=Priority.NORMAL,
                                               index=True, info=caption("Priorité"))
    status: Mapped[MissionStatus] = mapped_column(enum_column(MissionStatus),
                                                  default=MissionStatus.TODO, index=True,
                                                  info=caption("Statut"))
    start_date: Mapped[dt.date | None] = mapped_column(Date, info=caption("Date de début"))
    due_date: Mapped[dt.date | None] = mapped_column(Date, index=True, info=caption("Échéance"))
    completed_date: Mapped[dt.date | None] = mapped_column(Date, info=caption("Date d'achèvement"))
    progress: Mapped[int] = mapped_column(Integer, default=0, info=caption("Avancement (%)"))
    status_reason: Mapped[str] = mapped_column(Text, default="", server_default="",
                                               info=caption("Motif (annulation, attente)"))

    dossiers: Mapped[list[Dossier]] = relationship(secondary=mission_dossiers,
                                                   back_populates="missions")


class Dossier(Referenced, Archivable, Tracked, Base):
    """A file on which the cabinet instructs and gives its avis."""

    __tablename__ = "dossiers"
    __table_args__ = (
        Index("ix_dossiers_state_due", "state", "avis_due_date"),
        # a conseiller's « À traiter »: his dossiers awaiting his avis, late ones first
        Index("ix_dossiers_instructor_state", "instructor_id", "state", "avis_due_date"),
        # Counts within a clearance, archived or not, read this index alone.
        Index("ix_dossiers_classification_archived", "classification", "archived"),
        name_sort_column("instructor_sort"),
        Index("ix_dossiers_instructor_sort", "instructor_sort", "id"),
    )

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return mapper_args_without(cls, "instructor_sort")

    id: Mapped[int] = mapped_column(primary_key=True)
    object: Mapped[str] = mapped_column(String(400), index=True, info=caption("Objet"))
    summary: Mapped[str] = mapped_column(Text, default="", info=caption("Résumé"))
    origin_structure: Mapped[str] = mapped_column(String(200), default="", index=True,
                                                  info=caption("Structure émettrice"))
    received_date: Mapped[dt.date] = mapped_column(Date, index=True,
                                                   info=caption("Date de réception"))
    avis_due_date: Mapped[dt.date | None] = mapped_column(Date, index=True,
                                                          info=caption("Échéance de l'avis"))
    sensitive: Mapped[bool] = mapped_column(default=False, info=caption("Sensible"))
    classification: Mapped[Classification] = mapped_column(
        ClassificationType, default=Classification.UNCLASSIFIED, index=True,
        info=caption("Classification"))
    instructor_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"), index=True,
                                                      info=caption("Conseiller instructeur"))
    state: Mapped[DossierState] = mapped_column(enum_column(DossierState),
                                                default=DossierState.RECEIVED, index=True,
                                                info=caption("État"))
    avis_kind: Mapped[AvisKind | None] = mapped_column(enum_column(AvisKind), index=True,
                                                       info=caption("Avis"))
    avis_text: Mapped[str] = mapped_column(Text, default="", info=caption("Texte de l'avis"))
    avis_author_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"),
                                                       info=caption("Auteur de l'avis"))
    avis_date: Mapped[dt.date | None] = mapped_column(Date, info=caption("Date de l'avis"))
    minister_decision: Mapped[MinisterDecision | None] = mapped_column(
        enum_column(MinisterDecision), info=caption("Décision du Ministre"))
    minister_decision_date: Mapped[dt.date | None] = mapped_column(
        Date, info=caption("Date de la décision"))

    missions: Mapped[list[Mission]] = relationship(secondary=mission_dossiers,
                                                   back_populates="dossiers")
    steps: Mapped[list[DossierStep]] = relationship(back_populates="dossier",
                                                    order_by="DossierStep.id",
                                                    cascade="all, delete-orphan")
    attachments: Mapped[list[Attachment]] = relationship(back_populates="dossier",
                                                         cascade="all, delete-orphan")


class DossierStep(Base):
    """One recorded step of a dossier's workflow: who moved it, when, and why."""

    __tablename__ = "dossier_steps"

    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossiers.id", ondelete="CASCADE"),
                                            index=True)
    from_state: Mapped[DossierState | None] = mapped_column(enum_column(DossierState),
                                                            info=caption("État initial"))
    to_state: Mapped[DossierState] = mapped_column(enum_column(DossierState),
                                                   info=caption("Nouvel état"))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, info=caption("Date"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), info=caption("Par"))
    comment: Mapped[str] = mapped_column(Text, default="", info=caption("Commentaire"))
    #: what the step did (« Imputation »…); empty for steps recorded before it was kept
    action: Mapped[CircuitStep | None] = mapped_column(enum_column(CircuitStep),
                                                       info=caption("Étape"))

    dossier: Mapped[Dossier] = relationship(back_populates="steps")


class AvisVersion(Base):
    """One version of a dossier's avis: as proposed, then as amended when validated.

    Never updated: the avis on the dossier is the latest version, and these rows keep every
    earlier one with who wrote it and when.
    """

    __tablename__ = "avis_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossiers.id", ondelete="CASCADE"),
                                            index=True)
    number: Mapped[int] = mapped_column(Integer, info=caption("Version"))
    step: Mapped[CircuitStep] = mapped_column(enum_column(CircuitStep), info=caption("Étape"))
    kind: Mapped[AvisKind] = mapped_column(enum_column(AvisKind), info=caption("Avis"))
    text: Mapped[str] = mapped_column(Text, default="", info=caption("Texte de l'avis"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), info=caption("Par"))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, info=caption("Date"))


class Attachment(Tracked, Base):
    """A file attached to a dossier, stored in the database so every client sees it."""

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossiers.id", ondelete="CASCADE"),
                                            index=True)
    filename: Mapped[str] = mapped_column(String(255), info=caption("Nom du fichier"))
    media_type: Mapped[str] = mapped_column(String(120), default="application/octet-stream",
                                            info=caption("Type"))
    size: Mapped[int] = mapped_column(Integer, info=caption("Taille"))
    sha256: Mapped[str] = mapped_column(String(64), info=caption("Empreinte SHA-256"))
    classification: Mapped[Classification] = mapped_column(
        ClassificationType, default=Classification.UNCLASSIFIED, index=True,
        info=caption("Classification"))
    content: Mapped[bytes] = deferred(mapped_column(LargeBinary, info=caption("Contenu")))

    dossier: Mapped[Dossier] = relationship(back_populates="attachments")
