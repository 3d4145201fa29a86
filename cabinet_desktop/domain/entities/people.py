"""Cabinet members and ministry staff, and the application's user accounts."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cabinet_desktop.domain.entities.base import (
    Base,
    ClassificationType,
    Tracked,
    UTCDateTime,
    caption,
    enum_column,
)
from cabinet_desktop.domain.enums import Classification, Role


class Attribution(Base):
    """One of the 13 statutory attributions of the cabinet (``A01``…``A13``)."""

    __tablename__ = "attributions"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(8), unique=True, info=caption("Code"))
    label: Mapped[str] = mapped_column(String(600), info=caption("Libellé"))
    position: Mapped[int] = mapped_column(Integer, info=caption("Rang"))


class Person(Tracked, Base):
    """A member of the cabinet or of the ministry's staff."""

    __tablename__ = "persons"

    id: Mapped[int] = mapped_column(primary_key=True)
    civility: Mapped[str] = mapped_column(String(16), default="", info=caption("Civilité"))
    first_name: Mapped[str] = mapped_column(String(120), default="", info=caption("Prénom"))
    last_name: Mapped[str] = mapped_column(String(120), index=True, info=caption("Nom"))
    function: Mapped[str] = mapped_column(String(120), default="", info=caption("Fonction"))
    phone: Mapped[str] = mapped_column(String(40), default="", info=caption("Téléphone"))
    email: Mapped[str] = mapped_column(String(200), default="", info=caption("Courriel"))
    active: Mapped[bool] = mapped_column(default=True, info=caption("Actif"))

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p)


class User(Tracked, Base):
    """An account: login, password hash, role and clearance."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(64), unique=True, info=caption("Identifiant"))
    password_hash: Mapped[str] = mapped_column(String(256), default="",
                                               info=caption("Empreinte du mot de passe"))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"),
                                                  info=caption("Personne"))
    role: Mapped[Role] = mapped_column(enum_column(Role), info=caption("Rôle"))
    clearance: Mapped[Classification] = mapped_column(
        ClassificationType, default=Classification.UNCLASSIFIED, info=caption("Habilitation"))
    active: Mapped[bool] = mapped_column(default=True, info=caption("Actif"))
    must_change_password: Mapped[bool] = mapped_column(
        default=True, info=caption("Changement de mot de passe requis"))
    failed_logins: Mapped[int] = mapped_column(Integer, default=0,
                                               info=caption("Échecs de connexion"))
    locked_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime,
                                                             info=caption("Bloqué jusqu'au"))
    last_login_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime,
                                                              info=caption("Dernière connexion"))
    is_demo: Mapped[bool] = mapped_column(default=False, info=caption("Compte de démonstration"))
    reminders_seen_at: Mapped[dt.datetime | None] = mapped_column(
        UTCDateTime, info=caption("Rappels vus le"))

    person: Mapped[Person | None] = relationship(foreign_keys=[person_id])
