"""Consultations, briefing notes, the audit journal and shared settings."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    Column,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import Mapped, declared_attr, deferred, mapped_column

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
from cabinet_desktop.domain.entities.work import mapper_args_without, name_sort_column
from cabinet_desktop.domain.enums import (
    AuditAction,
    Classification,
    ConsultationMethod,
    ConsultationPublic,
)

consultation_missions = Table(
    "consultation_missions", Base.metadata,
    Column("consultation_id", ForeignKey("consultations.id", ondelete="CASCADE"),
           primary_key=True),
    Column("mission_id", ForeignKey("missions.id", ondelete="CASCADE"), primary_key=True,
           index=True),
)


class Consultation(Referenced, Archivable, Tracked, Base):
    """A periodic consultation of users/clients or of the ministry's staff."""

    __tablename__ = "consultations"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300), info=caption("Intitulé"))
    date: Mapped[dt.date] = mapped_column(Date, index=True, info=caption("Date"))
    public: Mapped[ConsultationPublic] = mapped_column(enum_column(ConsultationPublic),
                                                      index=True, info=caption("Public"))
    method: Mapped[ConsultationMethod] = mapped_column(enum_column(ConsultationMethod),
                                                      info=caption("Méthode"))
    participants: Mapped[int] = mapped_column(Integer, default=0, info=caption("Participants"))
    satisfaction: Mapped[float | None] = mapped_column(Float,
                                                       info=caption("Satisfaction (%)"))
    findings: Mapped[str] = mapped_column(Text, default="", info=caption("Constats"))


class BriefingNote(Referenced, Tracked, Base):
    """A note to the minister; the register keeps the SHA-256 of every PDF issued."""

    __tablename__ = "briefing_notes"
    __table_args__ = (
        name_sort_column("author_sort"),
        Index("ix_briefing_notes_author_sort", "author_sort", "id"),
    )

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return mapper_args_without(cls, "author_sort")

    id: Mapped[int] = mapped_column(primary_key=True)
    note_date: Mapped[dt.date] = mapped_column(Date, index=True, info=caption("Date"))
    object: Mapped[str] = mapped_column(String(400), info=caption("Objet"))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"),
                                                  info=caption("Signataire"))
    classification: Mapped[Classification] = mapped_column(
        ClassificationType, default=Classification.UNCLASSIFIED, index=True,
        info=caption("Classification"))
    period_start: Mapped[dt.date | None] = mapped_column(Date, info=caption("Début de période"))
    period_end: Mapped[dt.date | None] = mapped_column(Date, info=caption("Fin de période"))
    sections: Mapped[str] = mapped_column(Text, default="[]", info=caption("Rubriques"))
    free_text: Mapped[str] = mapped_column(Text, default="", info=caption("Texte libre"))
    recipients: Mapped[str] = mapped_column(Text, default="", info=caption("Ampliations"))
    issued_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, info=caption("Émise le"))
    pdf_sha256: Mapped[str] = mapped_column(String(64), default="",
                                            info=caption("Empreinte du PDF"))
    pdf: Mapped[bytes | None] = deferred(mapped_column(LargeBinary, info=caption("PDF")))


class AuditEntry(Base):
    """One hash-chained entry of the audit journal: never updated, never deleted."""

    __tablename__ = "audit_entries"
    #: SQLite remembers the largest id ever used: a cut entry's number is never given again.
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, index=True,
                                            info=caption("Date (UTC)"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True,
                                                info=caption("Utilisateur"))
    actor: Mapped[str] = mapped_column(String(120), default="", info=caption("Auteur"))
    action: Mapped[AuditAction] = mapped_column(enum_column(AuditAction), index=True,
                                                info=caption("Action"))
    entity: Mapped[str] = mapped_column(String(40), index=True, info=caption("Type"))
    entity_id: Mapped[int | None] = mapped_column(Integer, info=caption("Identifiant"))
    reference: Mapped[str] = mapped_column(String(40), default="", index=True,
                                           info=caption("Référence"))
    changes: Mapped[str] = mapped_column(Text, default="{}", info=caption("Modifications"))
    prev_hash: Mapped[str] = mapped_column(String(64), info=caption("Empreinte précédente"))
    hash: Mapped[str] = mapped_column(String(64), unique=True, info=caption("Empreinte"))


class AuditHead(Base):
    """The single row holding the chain's latest entry: locking it orders concurrent writers."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(primary_key=True)
    last_id: Mapped[int] = mapped_column(Integer, default=0)
    last_hash: Mapped[str] = mapped_column(String(64))


class SignInFailures(Base):
    """Failed sign-ins of a login that names no account, shared by every client of the base.

    Keyed by the normalised login; existing accounts keep their count on ``users``. Entries
    untouched for a day are pruned, and the table is capped (``services.authentication``).
    """

    __tablename__ = "sign_in_failures"

    login: Mapped[str] = mapped_column(String(64), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    last_failure_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)


class ReferenceCounter(Base):
    """Last number given to each kind of reference (per year for dated kinds, year 0 otherwise)."""

    __tablename__ = "reference_counters"

    kind: Mapped[str] = mapped_column(String(32), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)


class Setting(Tracked, Base):
    """An organisation setting shared by all clients (JSON value)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True, info=caption("Paramètre"))
    value: Mapped[str] = mapped_column(Text, default="null", info=caption("Valeur"))


class Motto(Tracked, Base):
    """The national motto and the date it took effect: an old note keeps the motto of its date."""

    __tablename__ = "mottos"

    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(String(200), info=caption("Devise"))
    effective_date: Mapped[dt.date] = mapped_column(Date, unique=True,
                                                    info=caption("Date d'effet"))
