"""« Nouvelle mission de suivi » from a dossier or a mission: what the new mission starts with.

The values are a proposal the user completes in the mission's form; saving it creates the
mission and its links in one write (``records.create``), so the mission is never left unlinked.
From a dossier: its object, its instructor as the responsible, the avis's due date, the dossier
linked. From a mission: its title, attribution, origin, responsible, due date and every link.
"""

from __future__ import annotations

from typing import Any

from cabinet_desktop.domain.enums import MissionOrigin
from cabinet_desktop.i18n import translate
from cabinet_desktop.services import records
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.catalog import kind
from cabinet_desktop.services.forms import FOLLOW_UP_SOURCES
from cabinet_desktop.store.database import Database


def follow_up_values(database: Database, actor: Actor, source_kind: str,
                     record_id: int) -> dict[str, Any]:
    """The values a follow-up mission of record ``record_id`` starts with (read within the
    user's clearance: a record above it answers « introuvable »)."""
    if source_kind not in FOLLOW_UP_SOURCES:
        raise ValueError(source_kind)
    source = records.get(database, actor, source_kind, record_id)
    limit = _title_length()
    if source_kind == "dossier":
        title = translate("FollowUp", "Suivi du dossier {reference} : {object}").format(
            reference=source.reference, object=source["object"])
        return {"title": title[:limit], "origin": MissionOrigin.CABINET_INITIATIVE.value,
                "assignee_id": source["instructor_id"], "due_date": source["avis_due_date"],
                "dossier_ids": [record_id]}
    title = translate("FollowUp", "Suivi : {title}").format(title=source["title"])
    return {"title": title[:limit], "attribution_id": source["attribution_id"],
            "origin": getattr(source["origin"], "value", source["origin"]),
            "assignee_id": source["assignee_id"], "due_date": source["due_date"],
            "dossier_ids": list(source["dossier_ids"]),
            "partner_ids": list(source["partner_ids"]),
            "indicator_ids": list(source["indicator_ids"])}


def _title_length() -> int:
    column = kind("mission").mapper.columns["title"]
    return int(getattr(column.type, "length", None) or 300)
