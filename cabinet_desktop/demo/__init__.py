"""Demonstration data: a living cabinet (``small``) or a large one for benchmarks (``large``).

``generate`` fills an empty database in one transaction: cancelled or failed, it leaves
nothing behind. The content is deterministic for a given seed and day.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import func, select

from cabinet_desktop.demo.accounts import add_demo_accounts, has_real_accounts
from cabinet_desktop.demo.builder import SCALES, Builder, Scale
from cabinet_desktop.domain import entities as e
from cabinet_desktop.domain.entities import Setting, utcnow
from cabinet_desktop.domain.enums import AuditAction
from cabinet_desktop.domain.errors import ValidationError
from cabinet_desktop.i18n import translate
from cabinet_desktop.services.actor import system_actor
from cabinet_desktop.services.audit import journal
from cabinet_desktop.services.tasks import TaskState
from cabinet_desktop.store import search_index, sort_keys
from cabinet_desktop.store.database import Database

__all__ = ["SCALES", "SIZES", "DemoSummary", "Scale", "generate"]

#: The sizes ``generate`` accepts.
SIZES: tuple[str, ...] = tuple(SCALES)

#: Records whose presence means the database is in use: demo data never goes beside them.
_GUARDED: tuple[tuple[type[e.Base], str], ...] = (
    (e.Mission, "missions"),
    (e.Dossier, "dossiers"),
    (e.Partner, "partenaires"),
    (e.Indicator, "indicateurs"),
    (e.Consultation, "consultations"),
)


@dataclass(frozen=True)
class DemoSummary:
    """What ``generate`` wrote: the size and, per French label, the number of rows."""

    size: str
    counts: tuple[tuple[str, int], ...]


def generate(database: Database, size: str = "small", *, state: TaskState | None = None,
             today: dt.date | None = None, seed: int = 2026) -> DemoSummary:
    """Fill an empty ``database`` with demonstration data of ``size`` (``small`` or ``large``).

    Refuses a database that already holds missions, dossiers, partners, indicators or
    consultations. Marks the database as a demo (setting ``is_demo``) and writes one audit
    entry summarising the counts. Dates are relative to ``today`` (default: the current day).
    Raises :class:`~cabinet_desktop.services.tasks.Cancelled` when ``state`` is cancelled,
    having written nothing.
    """
    scale = SCALES.get(size)
    if scale is None:
        raise ValidationError(translate(
            "Demo", "Taille de démonstration inconnue « {size} » : choisissez « small » (un "
                    "cabinet vivant) ou « large » (100 000 dossiers, pour les mesures de "
                    "performance).").format(size=size), field="size")
    state = state or TaskState()
    day = today or dt.date.today()
    actor = system_actor("démonstration")
    with database.writing() as session:
        present = [(label, int(session.scalar(select(func.count()).select_from(model)) or 0))
                   for model, label in _GUARDED]
        present = [(label, count) for label, count in present if count]
        if present:
            found = ", ".join(f"{count} {label}" for label, count in present)
            raise ValidationError(translate(
                "Demo", "La base « {where} » contient déjà des données ({found}) : les données de "
                        "démonstration ne se chargent que dans une base vide, pour ne jamais se "
                        "mêler "
                        "à des données réelles ni se doubler.").format(where=database.location,
                found=found))
        # Bulk loading with the search triggers on makes SQLite's FTS5 flush its index after
        # every row (hours for the large size): take the index down, load, then rebuild it
        # once, all inside this transaction. The name sort keys' triggers would update every
        # dossier a second time after its insert: they are filled in one UPDATE at the end.
        connection = session.connection()
        search_index.uninstall(connection)
        sort_keys.uninstall(connection)
        counts = Builder(session, scale, state, day, seed).run()
        state.report(translate("Demo", "Index de recherche"), 0, 1)
        search_index.install(connection)
        sort_keys.install(connection)
        state.report(translate("Demo", "Finalisation"), 0, 1)
        row = session.get(Setting, "is_demo")
        before = json.loads(row.value) if row is not None else False
        if row is None:
            session.add(Setting(key="is_demo", value=json.dumps(True)))
        else:
            row.value = json.dumps(True)
            row.updated_at = utcnow()
        journal(session, actor, AuditAction.SYSTEM, "demo", None, "", {
            "size": size, "seed": seed, "today": day.isoformat(),
            "is_demo": [before, True], "counts": counts})
        # The accounts come in the same transaction: a load is never committed without them.
        # A database with real accounts gets none: published passwords must not open it.
        if not has_real_accounts(session):
            add_demo_accounts(session)
        state.report(translate("Demo", "Finalisation"), 1, 1)
    return DemoSummary(size, tuple(counts.items()))
