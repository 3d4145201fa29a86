"""Organisation settings shared by every client (stored in the database)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import select

from cabinet_desktop.domain.entities import Motto, Setting, utcnow
from cabinet_desktop.domain.enums import AuditAction
from cabinet_desktop.domain.errors import ValidationError
from cabinet_desktop.domain.rules import Thresholds
from cabinet_desktop.i18n import tr
from cabinet_desktop.services import permissions
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.audit import journal
from cabinet_desktop.services.permissions import Action
from cabinet_desktop.services.rows import ChangeSet
from cabinet_desktop.store.database import Database
from cabinet_desktop.store.seed import DEFAULT_SETTINGS


def load_settings(database: Database) -> dict[str, Any]:
    """Every shared setting, defaults filled in (readable by any signed-in user)."""
    values = dict(DEFAULT_SETTINGS)
    with database.reading() as session:
        for setting in session.scalars(select(Setting)):
            values[setting.key] = json.loads(setting.value)
    return values


def thresholds(database: Database) -> Thresholds:
    """The green/amber thresholds of indicator status."""
    values = load_settings(database)
    return Thresholds(float(values["threshold_green"]), float(values["threshold_amber"]))


def is_demo(database: Database) -> bool:
    """Whether the database was created as a demonstration database."""
    return bool(load_settings(database).get("is_demo"))


def motto_on(database: Database, day: dt.date) -> str:
    """The motto in force on ``day`` (the latest that took effect on or before it)."""
    with database.reading() as session:
        text = session.scalar(select(Motto.text).where(Motto.effective_date <= day)
                              .order_by(Motto.effective_date.desc()).limit(1))
    return text or ""


def save_settings(database: Database, actor: Actor, changes: dict[str, Any],
                  system: bool = False) -> ChangeSet:
    """Change shared settings (administrators); every change is journaled."""
    if not system:
        permissions.require(actor, Action.UPDATE, "setting")
    unknown = sorted(set(changes) - set(DEFAULT_SETTINGS))
    if unknown:
        raise ValidationError(tr("Settings", "Paramètre inconnu : {names}.",
                                 names=", ".join(unknown)))
    green = float(changes.get("threshold_green", load_settings(database)["threshold_green"]))
    amber = float(changes.get("threshold_amber", load_settings(database)["threshold_amber"]))
    if not 0 <= amber <= green <= 1:
        raise ValidationError(tr("Settings", "Seuils invalides : il faut 0 ≤ orange ≤ vert ≤ "
                                 "100 % (ici orange {amber:.0%}, vert {green:.0%}).",
                                 amber=amber, green=green), field="threshold_green")
    with database.writing() as session:
        diffs: dict[str, list[Any]] = {}
        for key, value in changes.items():
            row = session.get(Setting, key)
            old = json.loads(row.value) if row is not None else DEFAULT_SETTINGS[key]
            if old == value:
                continue
            if row is None:
                session.add(Setting(key=key, value=json.dumps(value),
                                    created_by_id=actor.user_id, updated_by_id=actor.user_id))
            else:
                row.value = json.dumps(value)
                row.updated_by_id = actor.user_id
                row.updated_at = utcnow()
            diffs[key] = [old, value]
        if diffs:
            journal(session, actor, AuditAction.UPDATE, "setting", None, "", diffs)
    return ChangeSet.of("setting")
