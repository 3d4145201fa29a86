"""Partners of the ministry with their contacts, agreements and interactions."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Column, Date, ForeignKey, Numeric, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cabinet_desktop.domain.entities.base import (
    Archivable,
    Base,
    Referenced,
    Tracked,
    caption,
    enum_column,
)
from cabinet_desktop.domain.enums import (
    AgreementKind,
    AgreementStatus,
    Currency,
    InteractionKind,
    PartnerCategory,
    Scope,
)

interaction_missions = Table(
    "interaction_missions", Base.metadata,
    Column("interaction_id", ForeignKey("interactions.id", ondelete="CASCADE"), primary_key=True),
    Column("mission_id", ForeignKey("missions.id", ondelete="CASCADE"), primary_key=True,
           index=True),
)

Money = Numeric(18, 2)


class Partner(Referenced, Archivable, Tracked, Base):
    """An organisation the ministry works with."""

    __tablename__ = "partners"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), index=True, info=caption("Nom"))
    acronym: Mapped[str] = mapped_column(String(40), default="", index=True, info=caption("Sigle"))
    category: Mapped[PartnerCategory] = mapped_column(enum_column(PartnerCategory), index=True,
                                                      info=caption("Catégorie"))
    scope: Mapped[Scope] = mapped_column(enum_column(Scope), default=Scope.NATIONAL, index=True,
                                         info=caption("Portée"))
    country: Mapped[str] = mapped_column(String(80), default="", index=True, info=caption("Pays"))
    address: Mapped[str] = mapped_column(Text, default="", info=caption("Adresse"))
    website: Mapped[str] = mapped_column(String(200), default="", info=caption("Site web"))
    notes: Mapped[str] = mapped_column(Text, default="", info=caption("Observations"))

    contacts: Mapped[list[Contact]] = relationship(back_populates="partner",
                                                   cascade="all, delete-orphan")
    agreements: Mapped[list[Agreement]] = relationship(back_populates="partner",
                                                       cascade="all, delete-orphan")
    interactions: Mapped[list[Interaction]] = relationship(back_populates="partner",
                                                           cascade="all, delete-orphan")


class Contact(Tracked, Base):
    """A person to call at a partner organisation."""

    __tablename__ = "contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id", ondelete="CASCADE"),
                                            index=True, info=caption("Partenaire"))
    name: Mapped[str] = mapped_column(String(200), info=caption("Nom"))
    function: Mapped[str] = mapped_column(String(200), default="", info=caption("Fonction"))
    phone: Mapped[str] = mapped_column(String(40), default="", info=caption("Téléphone"))
    email: Mapped[str] = mapped_column(String(200), default="", info=caption("Courriel"))

    partner: Mapped[Partner] = relationship(back_populates="contacts")


class Agreement(Tracked, Base):
    """A convention, protocol or memorandum signed with a partner, with its amounts."""

    __tablename__ = "agreements"

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id", ondelete="CASCADE"),
                                            index=True, info=caption("Partenaire"))
    title: Mapped[str] = mapped_column(String(300), info=caption("Intitulé"))
    kind: Mapped[AgreementKind] = mapped_column(enum_column(AgreementKind), info=caption("Nature"))
    signature_date: Mapped[dt.date | None] = mapped_column(Date, info=caption("Date de signature"))
    start_date: Mapped[dt.date | None] = mapped_column(Date, info=caption("Date de début"))
    end_date: Mapped[dt.date | None] = mapped_column(Date, index=True, info=caption("Date de fin"))
    amount_committed: Mapped[Decimal] = mapped_column(Money, default=Decimal(0),
                                                      info=caption("Montant engagé"))
    amount_disbursed: Mapped[Decimal] = mapped_column(Money, default=Decimal(0),
                                                      info=caption("Montant décaissé"))
    currency: Mapped[Currency] = mapped_column(enum_column(Currency), default=Currency.XOF,
                                               info=caption("Devise"))
    exchange_rate: Mapped[Decimal] = mapped_column(Numeric(18, 6), default=Decimal(1),
                                                   info=caption("Taux de change (FCFA)"))
    rate_date: Mapped[dt.date | None] = mapped_column(Date, info=caption("Date du taux"))
    status: Mapped[AgreementStatus] = mapped_column(enum_column(AgreementStatus),
                                                    default=AgreementStatus.SIGNED, index=True,
                                                    info=caption("Statut"))

    partner: Mapped[Partner] = relationship(back_populates="agreements")


class Interaction(Tracked, Base):
    """A meeting, letter, workshop… with a partner, and the missions it gave rise to."""

    __tablename__ = "interactions"

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id", ondelete="CASCADE"),
                                            index=True, info=caption("Partenaire"))
    date: Mapped[dt.date] = mapped_column(Date, index=True, info=caption("Date"))
    kind: Mapped[InteractionKind] = mapped_column(enum_column(InteractionKind),
                                                  info=caption("Type"))
    participants: Mapped[str] = mapped_column(Text, default="", info=caption("Participants"))
    summary: Mapped[str] = mapped_column(Text, default="", info=caption("Compte rendu"))

    partner: Mapped[Partner] = relationship(back_populates="interactions")
