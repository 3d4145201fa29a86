"""Organisation settings shared by every client (stored in the database)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cabinet_desktop.domain.entities import Motto, Setting, utcnow
from cabinet_desktop.domain.enums import AuditAction
from cabinet_desktop.domain.errors import ValidationError
from cabinet_desktop.domain.rules import Thresholds
from cabinet_desktop.i18n import translate
from cabinet_desktop.services import permissions, session_guard, sign_in_reads
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.audit import journal
from cabinet_desktop.services.permissions import Action
from cabinet_desktop.services.rows import ChangeSet, Saved
from cabinet_desktop.store.database import Database
from cabinet_desktop.store.seed import DEFAULT_SETTINGS


def load_settings(database: Database) -> dict[str, Any]:
    """Every shared setting, defaults filled in (readable by any signed-in user)."""
    with database.reading() as session:
        return _stored(session)


def settings_in(session: Session) -> dict[str, Any]:
    """Every shared setting read in the caller's transaction, defaults filled in."""
    return _stored(session)


def _stored(session: Session) -> dict[str, Any]:
    values = dict(DEFAULT_SETTINGS)
    for setting in session.scalars(select(Setting)):
        if setting.key in DEFAULT_SETTINGS:  # a retired setting (threshold_green) is ignored
            values[setting.key] = json.loads(setting.value)
    return values


def thresholds(database: Database) -> Thresholds:
    """The tolerance of indicator status (« En bonne voie » from this share of the way)."""
    return thresholds_of(load_settings(database))


def thresholds_of(values: dict[str, Any]) -> Thresholds:
    """The indicator status tolerance held in settings ``values``."""
    return Thresholds(float(values["threshold_amber"]))


def is_demo(database: Database) -> bool:
    """Whether the database was created as a demonstration database."""
    return sign_in_reads.is_demo(database)


def motto_on(database: Database, day: dt.date) -> str:
    """The motto in force on ``day`` (the latest that took effect on or before it)."""
    with database.reading() as session:
        text = session.scalar(select(Motto.text).where(Motto.effective_date <= day)
                              .order_by(Motto.effective_date.desc()).limit(1))
    return text or ""


def save_settings(database: Database, actor: Actor, changes: dict[str, Any],
                  system: bool = False) -> Saved:
    """Change shared settings (administrators); every change is journaled."""
    with session_guard.writing(database, actor) as (session, actor):
        if not system:
            permissions.require(actor, Action.UPDATE, "setting")
        unknown = sorted(set(changes) - set(DEFAULT_SETTINGS))
        if unknown:
            raise ValidationError(translate("Settings", "Paramètre inconnu : {names}.")
                                  .format(names=", ".join(unknown)))
        _check_values(changes)
        amber = float(changes.get("threshold_amber", 0))
        if not 0 <= amber <= 1:
            raise ValidationError(translate("Settings",
                                            "Seuil « En bonne voie » : un pourcentage entre 0 et "
                                            "100 % (ici {amber:.0%}).").format(amber=amber),
                                  field="threshold_amber")
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
        if not diffs:
            return Saved(None, ChangeSet())
        entry = journal(session, actor, AuditAction.UPDATE, "setting", None, "", diffs)
    return Saved(None, ChangeSet.of("setting"), journal_id=entry.id)


#: Largest logo accepted (it is stored in the database and drawn on every note).
MAX_LOGO_BYTES = 512 * 1024
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_TEXT_LABELS = {"country": "Pays", "ministry_name": "Ministère", "ministry_acronym": "Sigle",
                "city": "Ville"}


def _check_values(changes: dict[str, Any]) -> None:
    """Refuse, naming the field, a value the letterhead or the session lock could not use."""
    for key, label in _TEXT_LABELS.items():
        if key in changes and not str(changes[key] or "").strip():
            raise ValidationError(translate("Settings", "{label} : ce champ est obligatoire.")
                                  .format(label=translate("Settings", label)), field=key)
    if "inactivity_minutes" in changes:
        value = changes["inactivity_minutes"]
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 240:
            raise ValidationError(translate("Settings",
                                            "Verrouillage après inactivité : un nombre de minutes "
                                            "entre 1 et 240 (ici « {value} »).")
                                            .format(value=value),
                                  field="inactivity_minutes")
    if "attachment_max_mb" in changes:
        value = changes["attachment_max_mb"]
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 100:
            raise ValidationError(translate("Settings",
                                            "Taille maximale des pièces jointes : un nombre de "
                                            "mégaoctets entre 1 et 100 (ici « {value} »).")
                                            .format(value=value),
                                  field="attachment_max_mb")
    if "note_reference_format" in changes:
        check_reference_format(str(changes["note_reference_format"]))
    if changes.get("logo_png_base64"):
        check_logo(str(changes["logo_png_base64"]))


def check_reference_format(pattern: str) -> str:
    """An example reference made with ``pattern``, or :class:`ValidationError`."""
    try:
        example = pattern.format(year=2026, number=42, acronym="MEF")
    except (KeyError, IndexError, ValueError) as error:
        raise ValidationError(translate(
            "Settings", "Format des références de notes : « {pattern} » n'est pas valable "
                        "({error}) ; champs possibles : {{year}}, {{number}}, {{acronym}}, par "
                        "exemple {{year}}-{{number:03d}}/{{acronym}}/CAB.")
            .format(pattern=pattern, error=error),
            field="note_reference_format") from None
    if "{number" not in pattern:
        raise ValidationError(translate("Settings", "Format des références de notes : il doit "
                                                    "contenir le numéro {{number}}."),
                              field="note_reference_format")
    return example


def check_logo(encoded: str) -> bytes:
    """The PNG bytes of a base64 logo, or :class:`ValidationError`."""
    import base64
    import binascii

    try:
        data = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        raise ValidationError(translate("Settings", "Logo : contenu illisible."),
                              field="logo_png_base64") from None
    if not data.startswith(PNG_SIGNATURE):
        raise ValidationError(translate("Settings", "Logo : le fichier doit être une image PNG."),
                              field="logo_png_base64")
    if len(data) > MAX_LOGO_BYTES:
        raise ValidationError(translate("Settings",
                                        "Logo : {size} Ko, c'est trop (512 Ko au plus).")
                                        .format(size=len(data) // 1024), field="logo_png_base64")
    return data


def mottos(database: Database) -> list[tuple[str, dt.date]]:
    """Every motto with the date it took effect, newest first."""
    with database.reading() as session:
        return [(m.text, m.effective_date) for m in session.scalars(
            select(Motto).order_by(Motto.effective_date.desc()))]


def set_motto(database: Database, actor: Actor, text: str, effective_date: dt.date
              ) -> Saved:
    """Record the motto in force from ``effective_date`` (administrators); journaled.

    Older mottos stay: a note keeps the motto in force on its date.
    """
    text = (text or "").strip()
    with session_guard.writing(database, actor) as (session, actor):
        permissions.require(actor, Action.UPDATE, "setting")
        if not text:
            raise ValidationError(translate("Settings", "Devise : ce champ est obligatoire."),
                                  field="motto")
        if len(text) > 200:
            raise ValidationError(translate("Settings", "Devise : 200 caractères au plus."),
                                  field="motto")
        row = session.scalars(select(Motto).where(Motto.effective_date == effective_date)
                              ).one_or_none()
        old = row.text if row is not None else None
        if old == text:
            return Saved(None, ChangeSet())
        if row is None:
            session.add(Motto(text=text, effective_date=effective_date,
                              created_by_id=actor.user_id, updated_by_id=actor.user_id))
        else:
            row.text = text
            row.updated_by_id = actor.user_id
        entry = journal(session, actor, AuditAction.UPDATE, "setting", None, "",
                        {f"motto {effective_date.isoformat()}": [old, text]})
    return Saved(None, ChangeSet.of("setting"), journal_id=entry.id)
