"""Performance indicators with their yearly targets and measurements."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cabinet_desktop.domain.entities.base import (
    Archivable,
    Base,
    Referenced,
    Tracked,
    UTCDateTime,
    caption,
    enum_column,
)
from cabinet_desktop.domain.enums import Direction, IndicatorLevel, Periodicity


class Indicator(Referenced, Archivable, Tracked, Base):
    """A performance indicator; its status is computed from measurements, never stored."""

    __tablename__ = "indicators"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), index=True, info=caption("Intitulé"))
    definition: Mapped[str] = mapped_column(Text, default="", info=caption("Définition"))
    unit: Mapped[str] = mapped_column(String(40), default="", info=caption("Unité"))
    level: Mapped[IndicatorLevel] = mapped_column(enum_column(IndicatorLevel), index=True,
                                                  info=caption("Niveau"))
    periodicity: Mapped[Periodicity] = mapped_column(enum_column(Periodicity),
                                                     default=Periodicity.YEARLY,
                                                     info=caption("Périodicité"))
    direction: Mapped[Direction] = mapped_column(enum_column(Direction),
                                                 default=Direction.INCREASE,
                                                 info=caption("Sens d'évolution"))
    baseline_value: Mapped[float | None] = mapped_column(Float, info=caption("Valeur de référence"))
    baseline_date: Mapped[dt.date | None] = mapped_column(Date, info=caption("Date de référence"))
    data_source: Mapped[str] = mapped_column(String(300), default="",
                                             info=caption("Source des données"))
    responsible_structure: Mapped[str] = mapped_column(String(200), default="", index=True,
                                                       info=caption("Structure responsable"))

    targets: Mapped[list[IndicatorTarget]] = relationship(back_populates="indicator",
                                                          order_by="IndicatorTarget.year",
                                                          cascade="all, delete-orphan")
    measurements: Mapped[list[Measurement]] = relationship(back_populates="indicator",
                                                           order_by="Measurement.period",
                                                           cascade="all, delete-orphan")


class IndicatorTarget(Tracked, Base):
    """The value an indicator should reach in a given year."""

    __tablename__ = "indicator_targets"
    __table_args__ = (UniqueConstraint("indicator_id", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicators.id", ondelete="CASCADE"),
                                              info=caption("Indicateur"))
    year: Mapped[int] = mapped_column(Integer, info=caption("Année"))
    value: Mapped[float] = mapped_column(Float, info=caption("Cible"))

    indicator: Mapped[Indicator] = relationship(back_populates="targets")


class Measurement(Tracked, Base):
    """A measured value for one period; provisional until validated."""

    __tablename__ = "measurements"
    __table_args__ = (UniqueConstraint("indicator_id", "period"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicators.id", ondelete="CASCADE"),
                                              info=caption("Indicateur"))
    period: Mapped[str] = mapped_column(String(10), index=True, info=caption("Période"))
    value: Mapped[float] = mapped_column(Float, info=caption("Valeur"))
    source: Mapped[str] = mapped_column(String(300), default="", info=caption("Source"))
    comment: Mapped[str] = mapped_column(Text, default="", info=caption("Commentaire"))
    validated: Mapped[bool] = mapped_column(default=False, index=True, info=caption("Validée"))
    validated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"),
                                                        info=caption("Validée par"))
    validated_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime,
                                                             info=caption("Validée le"))

    indicator: Mapped[Indicator] = relationship(back_populates="measurements")
