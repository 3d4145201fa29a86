"""What ``cabinet-desktop info`` reports about a database."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, select

from cabinet_desktop.domain import entities as e
from cabinet_desktop.i18n import translate
from cabinet_desktop.services import session_guard
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.store import schema
from cabinet_desktop.store.database import Database
from cabinet_desktop.store.queries import restrict, within_clearance

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


def _count_statement(model: type[e.Base], clearance: int | None) -> Select[Any]:
    """``SELECT count(*)`` of ``model``, limited to ``clearance`` for classified records."""
    stmt = select(func.count()).select_from(model)
    if clearance is None:
        return stmt
    if model is e.DossierStep:
        return stmt.where(e.DossierStep.dossier_id.in_(
            select(e.Dossier.id).where(within_clearance(e.Dossier, clearance))))
    return restrict(stmt, model, clearance)


def database_info(database: Database, clearance: int | None = None, *,
                  actor: Actor | None = None) -> DatabaseInfo:
    """Location, backend, schema version and row counts per entity.

    With ``clearance``, dossiers, their steps, attachments and notes above it are not counted:
    counts must not reveal that secret records exist. With ``actor`` (the signed-in user), the
    level is the account's clearance as it is now, and a deactivated account is refused.
    """
    from cabinet_desktop.services.settings import is_demo

    with database.reading() as session:
        if actor is not None:
            clearance = int(session_guard.current(session, actor).clearance)
        counts = tuple((translate("Info", label),
                        int(session.scalar(_count_statement(model, clearance)) or 0))
                       for model, label in COUNTED)
        revision = schema.current_revision(session.connection())
    return DatabaseInfo(location=database.location, backend=database.backend,
                        engine_version=database.server_version(), schema_revision=revision,
                        schema_head=schema.head_revision(), counts=counts,
                        is_demo=is_demo(database))
