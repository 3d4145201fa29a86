"""What ``cabinet-desktop info`` reports about a database."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from cabinet_desktop.domain import entities as e
from cabinet_desktop.i18n import translate
from cabinet_desktop.store import schema
from cabinet_desktop.store.database import Database

#: Entities counted by ``info``, with their French plural label.
COUNTED: tuple[tuple[type[e.Base], str], ...] = (
    (e.Attribution, "Attributions"),
    (e.Person, "Personnes"),
    (e.User, "Comptes utilisateurs"),
    (e.Mission, "Missions"),
    (e.Dossier, "Dossiers"),
    (e.DossierStep, "Étapes de circuit"),
    (e.Attachment, "Pièces jointes"),
    (e.Partner, "Partenaires"),
    (e.Contact, "Contacts"),
    (e.Agreement, "Conventions"),
    (e.Interaction, "Échanges"),
    (e.Indicator, "Indicateurs"),
    (e.IndicatorTarget, "Cibles"),
    (e.Measurement, "Mesures"),
    (e.Consultation, "Consultations"),
    (e.BriefingNote, "Notes au Ministre"),
    (e.AuditEntry, "Entrées du journal"),
)


@dataclass(frozen=True, slots=True)
class DatabaseInfo:
    location: str
    backend: str
    engine_version: str
    schema_revision: str | None
    schema_head: str
    counts: tuple[tuple[str, int], ...]
    is_demo: bool


def database_info(database: Database) -> DatabaseInfo:
    """Location, backend, schema version and row counts per entity."""
    from cabinet_desktop.services.settings import is_demo

    with database.reading() as session:
        counts = tuple((translate("Info", label),
                        int(session.scalar(select(func.count()).select_from(model)) or 0))
                       for model, label in COUNTED)
        revision = schema.current_revision(session.connection())
    return DatabaseInfo(location=database.location, backend=database.backend,
                        engine_version=database.server_version(), schema_revision=revision,
                        schema_head=schema.head_revision(), counts=counts,
                        is_demo=is_demo(database))
