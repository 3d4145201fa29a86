"""Quick actions on a mission: its progress and status, and a new instruction of the minister.

« à faire → en cours → achevée » (with its completion date, progress then 100 %), « en
attente » and « annulée » (each with its reason, required to cancel). The change is an update
of the mission through :func:`cabinet_desktop.services.records.update`: the same permission,
optimistic locking and journal entry as the form's « Enregistrer ».
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from cabinet_desktop.domain.enums import MissionOrigin, MissionStatus
from cabinet_desktop.i18n import translate
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.rows import Saved
from cabinet_desktop.services.validation import fail
from cabinet_desktop.store.database import Database

#: Who gives instructions by default (« Nouvelle instruction du Ministre »).
DEFAULT_AUTHORITY = "Le Ministre"


@dataclass(frozen=True, slots=True)
class Progress:
    """What « Avancement et statut… » sets on a mission."""

    status: MissionStatus
    progress: int
    completed_date: dt.date | None = None
    reason: str = ""


def _kind_label() -> str:
    return translate("Missions", "Mission")


def progress_values(change: Progress, today: dt.date) -> dict[str, Any]:
    """The mission's fields for ``change``, or the standard message naming the field wrong."""
    if not 0 <= change.progress <= 100:
        fail(_kind_label(), translate("Missions", "Avancement (%)"),
             translate("Missions", "entre 0 et 100 attendu (« {value} »)")
             .replace("{value}", str(change.progress)), "progress")
    reason = change.reason.strip()
    values: dict[str, Any] = {"status": change.status, "progress": change.progress,
                              "completed_date": None, "status_reason": ""}
    if change.status is MissionStatus.DONE:
        completed = change.completed_date or today
        if completed > today:
            fail(_kind_label(), translate("Missions", "Date d'achèvement"),
                 translate("Missions", "une mission ne s'achève pas dans le futur"),
                 "completed_date")
        values.update(progress=100, completed_date=completed)
    elif change.status is MissionStatus.CANCELLED:
        if not reason:
            fail(_kind_label(), translate("Missions", "Motif"),
                 translate("Missions", "obligatoire pour annuler une mission"), "status_reason")
        values["status_reason"] = reason
    elif change.status is MissionStatus.ON_HOLD:
        values["status_reason"] = reason
    elif change.status is MissionStatus.TODO:
        values["progress"] = 0 if change.progress == 100 else change.progress
    return values


def set_progress(database: Database, actor: Actor, mission_id: int, version: int,
                 change: Progress, today: dt.date | None = None) -> Saved:
    """Record ``change`` on the mission read at ``version`` (journaled, locked)."""
    from cabinet_desktop.services import records  # the write path: not on the first screen

    values = progress_values(change, today or dt.date.today())
    return records.update(database, actor, "mission", mission_id, version, values)


def instruction_defaults(today: dt.date | None = None) -> dict[str, Any]:
    """What « Nouvelle instruction du Ministre » pre-fills in the mission form."""
    return {"origin": MissionOrigin.MINISTER_INSTRUCTION,
            "instruction_date": today or dt.date.today(),
            "instruction_authority": DEFAULT_AUTHORITY}
