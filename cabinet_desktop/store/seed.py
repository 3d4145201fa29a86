"""Reference data every database starts with: attributions, settings, the journal's head."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cabinet_desktop.domain.attributions import statutory_attributions
from cabinet_desktop.domain.entities import Attribution, AuditHead, Motto, Setting
from cabinet_desktop.store.audit_chain import GENESIS_HASH

#: Organisation settings shared by all clients, with their defaults.
DEFAULT_SETTINGS: dict[str, Any] = {
    "country": "BURKINA FASO",
    "ministry_name": "Ministère de l'Économie et des Finances",
    "ministry_acronym": "MEF",
    "city": "Ouagadougou",
    "logo_png_base64": "",
    "note_reference_format": "{year}-{number:03d}/{acronym}/CAB",
    # the tolerance of « En bonne voie »: share of the way from baseline to target (a base made
    # before it may still hold a "threshold_green" row: reaching the target is now « Atteint »)
    "threshold_amber": 0.60,
    "inactivity_minutes": 10,
    "attachment_max_mb": 25,
    "is_demo": False,
}

DEFAULT_MOTTO = ("La Patrie ou la Mort, nous vaincrons", dt.date(2023, 1, 1))


def seed_reference_data(session: Session) -> None:
    """Insert what is missing of the reference data in ``session``'s transaction (idempotent)."""
    existing = set(session.scalars(select(Attribution.code)))
    for item in statutory_attributions():
        if item.code not in existing:
            session.add(Attribution(code=item.code, label=item.label, position=item.position))
    if session.get(AuditHead, 1) is None:
        session.add(AuditHead(id=1, last_id=0, last_hash=GENESIS_HASH))
    present = set(session.scalars(select(Setting.key)))
    for key, value in DEFAULT_SETTINGS.items():
        if key not in present:
            session.add(Setting(key=key, value=json.dumps(value)))
    if session.scalar(select(func.count()).select_from(Motto)) == 0:
        session.add(Motto(text=DEFAULT_MOTTO[0], effective_date=DEFAULT_MOTTO[1]))
