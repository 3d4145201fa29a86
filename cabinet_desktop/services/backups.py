"""Backups and restores (the administrator's), and the daily automatic backup.

Every function here is a plain function taking a :class:`TaskState`, so the window runs it on a
worker behind a progress dialog (``ui/tasks.wait_for``) and the CLI prints its progress. The
file format and its checks are in ``store/backup.py``.

* :func:`make_backup`: the administrator's backup, to a file of their choice or to the backup
  folder of the settings; journaled with the anchor it carries.
* :func:`backup_if_due`: the first sign-in of the day makes the day's automatic backup (any
  user's sign-in: it runs as the system), then prunes old automatic ones per the retention.
* :func:`inspect_backup`: what a backup holds, before anything changes.
* :func:`restore_backup`: into a copy, checked, then swapped in (SQLite) or copied in one
  transaction (PostgreSQL); journaled in the restored base.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from cabinet_desktop.domain.entities import Setting, utcnow
from cabinet_desktop.domain.enums import AuditAction
from cabinet_desktop.domain.errors import PermissionDenied, StorageError, ValidationError
from cabinet_desktop.domain.retention import kept_backups
from cabinet_desktop.i18n import translate
from cabinet_desktop.services import permissions, session_guard
from cabinet_desktop.services.actor import Actor, system_actor
from cabinet_desktop.services.audit import journal, journal_now, verify
from cabinet_desktop.services.permissions import Action
from cabinet_desktop.services.tasks import TaskState
from cabinet_desktop.store import backup as store_backup
from cabinet_desktop.store.backup import BACKUP_SUFFIX, Manifest
from cabinet_desktop.store.database import Database, open_database
from cabinet_desktop.store.locations import data_dir, describe, resolve_url

#: Settings of the automatic backups (rows of the shared settings table), with their defaults.
BACKUP_DEFAULTS: dict[str, Any] = {
    "backup_folder": "",  # empty: « backups » in the data directory
    "backup_keep_daily": 7,
    "backup_keep_weekly": 4,
    "backup_keep_monthly": 12,
}
AUTOMATIC_PREFIX = "auto-"
_AUTOMATIC_NAME = re.compile(
    rf"^{AUTOMATIC_PREFIX}.+-(\d{{4}}-\d{{2}}-\d{{2}}-\d{{6}})(-\d+)?{re.escape(BACKUP_SUFFIX)}$")


@dataclass(frozen=True, slots=True)
class BackupSettings:
    folder: Path
    keep_daily: int
    keep_weekly: int
    keep_monthly: int


@dataclass(frozen=True, slots=True)
class BackupResult:
    path: Path
    manifest: Manifest
    pruned: tuple[Path, ...] = ()


@dataclass(frozen=True, slots=True)
class RestoreResult:
    manifest: Manifest
    target: str
    kept_aside: Path | None


def _reporter(state: TaskState | None) -> store_backup.Report:
    def report(step: str, done: int, total: int) -> None:
        if state is not None:
            state.report(step, done, total)
    return report


def _stem(database: Database) -> str:
    if database.is_sqlite:
        return Path(str(database.url.database)).stem or "cabinet"
    return str(database.url.database or "cabinet")


# --------------------------------------------------------------------------- settings


def backup_settings(database: Database) -> BackupSettings:
    """The backup folder and retention, from the shared settings (defaults when unset)."""
    with database.reading() as session:
        stored = {row.key: json.loads(row.value) for row in session.scalars(
            select(Setting).where(Setting.key.in_(list(BACKUP_DEFAULTS))))}
    values = {**BACKUP_DEFAULTS, **stored}
    folder = str(values["backup_folder"] or "").strip()
    return BackupSettings(folder=Path(folder).expanduser() if folder else data_dir() / "backups",
                          keep_daily=int(values["backup_keep_daily"]),
                          keep_weekly=int(values["backup_keep_weekly"]),
                          keep_monthly=int(values["backup_keep_monthly"]))


def save_backup_settings(database: Database, actor: Actor, folder: str, keep_daily: int,
                         keep_weekly: int, keep_monthly: int) -> BackupSettings:
    """Set the backup folder (a USB drive, a share; empty for the default) and retention."""
    for field, value in (("backup_keep_daily", keep_daily), ("backup_keep_weekly", keep_weekly),
                         ("backup_keep_monthly", keep_monthly)):
        if not 0 <= value <= 1000:
            raise ValidationError(translate("Backup", "Conservation des sauvegardes : un nombre "
                                                      "entre 0 et 1000 (ici {value}).")
                                  .format(value=value), field=field)
    if (keep_daily, keep_weekly, keep_monthly) == (0, 0, 0):
        raise ValidationError(translate("Backup", "Conservation des sauvegardes : au moins une "
                                                  "sauvegarde doit être gardée."),
                              field="backup_keep_daily")
    wanted: dict[str, Any] = {"backup_folder": folder.strip(), "backup_keep_daily": keep_daily,
              "backup_keep_weekly": keep_weekly, "backup_keep_monthly": keep_monthly}
    with session_guard.writing(database, actor) as (session, current):
        permissions.require(current, Action.UPDATE, "backup")
        changes: dict[str, list[object]] = {}
        for key, value in wanted.items():
            row = session.get(Setting, key)
            before = json.loads(row.value) if row is not None else BACKUP_DEFAULTS[key]
            if before == value:
                continue
            changes[key] = [before, value]
            if row is None:
                session.add(Setting(key=key, value=json.dumps(value)))
            else:
                row.value = json.dumps(value)
        if changes:
            journal(session, current, AuditAction.UPDATE, "setting", None, "backup", changes)
    return backup_settings(database)


# --------------------------------------------------------------------------- backing up


def make_backup(database: Database, actor: Actor, target: Path | None = None,
                state: TaskState | None = None, now: dt.datetime | None = None,
                automatic: bool = False) -> BackupResult:
    """Write a checked backup of the base (administrators only) and journal it.

    ``target`` defaults to a dated file in the settings' backup folder. The journal entry
    names the file and the anchor (journal hash) the backup carries.
    """
    with session_guard.reading(database, actor) as (_session, current):
        permissions.require(current, Action.CREATE, "backup")
    now = now or utcnow()
    if target is None:
        prefix = AUTOMATIC_PREFIX if automatic else ""
        target = store_backup.free_backup_path(backup_settings(database).folder,
                                               prefix + _stem(database), now.astimezone())
    manifest = store_backup.write_backup(database, target, _reporter(state), now)
    journal_now(database, current, AuditAction.BACKUP, "backup", None, target.name[:40],
                {"file": str(target), "automatic": automatic,
                 "journal_hash": manifest.journal_last_hash,
                 "journal_last_id": manifest.journal_last_id})
    return BackupResult(target, manifest)


def automatic_backups(folder: Path) -> dict[dt.datetime, Path]:
    """The automatic backups in ``folder`` by the local time in their name."""
    found: dict[dt.datetime, Path] = {}
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        match = _AUTOMATIC_NAME.match(path.name)
        if match:
            moment = dt.datetime.strptime(match.group(1), "%Y-%m-%d-%H%M%S")
            again = int(match.group(2)[1:]) if match.group(2) else 0  # « -2 »: same second
            found[moment + dt.timedelta(microseconds=again)] = path
    return found


def prune_automatic_backups(folder: Path, settings: BackupSettings) -> tuple[Path, ...]:
    """Delete the automatic backups the retention does not keep; returns those deleted."""
    found = automatic_backups(folder)
    kept = kept_backups(found, settings.keep_daily, settings.keep_weekly, settings.keep_monthly)
    removed = tuple(path for moment, path in sorted(found.items()) if moment not in kept)
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def backup_if_due(database: Database, signed_in: Actor, state: TaskState | None = None,
                  now: dt.datetime | None = None) -> BackupResult | None:
    """The day's automatic backup, made at the first sign-in of the day (local date).

    Runs whoever signed in (as the system, journaled naming them); returns ``None`` when the
    day already has one. Old automatic backups are then pruned per the settings' retention;
    backups made by hand are never deleted.
    """
    now = now or utcnow()
    settings = backup_settings(database)
    today = now.astimezone().date()
    if any(moment.date() == today for moment in automatic_backups(settings.folder)):
        return None
    system = system_actor(translate("Backup", "sauvegarde automatique (connexion de {login})")
                          .format(login=signed_in.login))
    result = make_backup(database, system, state=state, now=now, automatic=True)
    pruned = prune_automatic_backups(settings.folder, settings)
    return dataclasses.replace(result, pruned=pruned)


# --------------------------------------------------------------------------- restoring


def inspect_backup(path: Path, passphrase: str | None = None) -> Manifest:
    """What a backup holds (date, counts, journal hash), checked; nothing is written."""
    return store_backup.inspect_backup(path, passphrase)


def _journal_restore(actor: Actor | None, path: Path, manifest: Manifest
                     ) -> tuple[Actor, dict[str, object]]:
    who = actor if actor is not None else system_actor(translate("Backup", "restauration"))
    # Account ids of the old base mean nothing in the restored one: the name is journaled.
    who = dataclasses.replace(who, user_id=None)
    changes: dict[str, object] = {"file": str(path),
                                  "backup_made_at": manifest.created_at.isoformat(),
                                  "journal_hash": manifest.journal_last_hash,
                                  "source": manifest.source}
    return who, changes


def restore_backup(path: Path, target: str | URL | None, actor: Actor | None, *,
                   replace: bool = False, passphrase: str | None = None,
                   state: TaskState | None = None,
                   now: dt.datetime | None = None) -> RestoreResult:
    """Restore the backup at ``path`` into the base ``target`` (a path or URL; ``None`` for the
    default), SQLite or PostgreSQL.

    An existing base is replaced only with ``replace`` (the user confirmed) and by an
    administrator of it (``actor``); it is kept aside first (SQLite: ``….before-restore-DATE``
    beside it; PostgreSQL: a backup in the data directory). The backup is restored into a
    copy, migrated if older, journaled and checked before anything of the target changes.
    """
    now = now or utcnow()
    manifest = inspect_backup(path, passphrase)
    url = target if isinstance(target, URL) else resolve_url(target)
    existing = _existing_base(url, passphrase)
    if existing is not None:
        try:
            if not replace:
                raise StorageError(translate(
                    "Backup", "La base « {where} » existe déjà : confirmez son remplacement "
                              "(--yes). Rien n'a été modifié.").format(where=describe(url)))
            if actor is None:
                raise PermissionDenied(translate(
                    "Backup", "Remplacer la base « {where} » demande un administrateur de "
                              "celle-ci.").format(where=describe(url)))
            with session_guard.reading(existing, actor) as (_session, current):
                permissions.require(current, Action.UPDATE, "backup")
            actor = current
        finally:
            existing.close()
    who, changes = _journal_restore(actor, path, manifest)
    report = _reporter(state)
    if url.get_backend_name() == "sqlite":
        aside = _restore_sqlite(path, Path(str(url.database)), who, changes, passphrase, now)
    else:
        aside = _restore_server(path, url, existing is not None, who, changes, passphrase,
                                report, now)
    return RestoreResult(manifest, describe(url), aside)


def _existing_base(url: URL, passphrase: str | None) -> Database | None:
    """The target base when it exists and holds something (opened without migrating)."""
    if url.get_backend_name() == "sqlite":
        if not Path(str(url.database)).exists():
            return None
    elif _server_is_empty(url):
        return None  # an empty server base: nothing to replace
    return open_database(url, create=False, migrate=False,
                         passphrase=passphrase if _encrypted(url) else None)


def _server_is_empty(url: URL) -> bool:
    from sqlalchemy import exc as sa_exc

    from cabinet_desktop.store.database import _connection_error, create_database_engine
    from cabinet_desktop.store.identity import Kind, server_kind

    engine = create_database_engine(url)
    try:
        with engine.connect() as connection:
            return server_kind(connection) is Kind.EMPTY
    except sa_exc.DBAPIError as error:
        raise _connection_error(url, error) from None
    finally:
        engine.dispose()


def _encrypted(url: URL) -> bool:
    from cabinet_desktop.store.encryption import is_encrypted_file

    return url.get_backend_name() == "sqlite" and is_encrypted_file(Path(str(url.database)))


def _restored_base(path: Path, scratch: Path, who: Actor, changes: dict[str, object],
                   passphrase: str | None) -> None:
    """The backup copied to ``scratch`` as a base, migrated, journaled and verified."""
    cipher = store_backup.backup_cipher(path, passphrase)
    store_backup.restored_copy(path, scratch, cipher)
    database = open_database(str(scratch), create=False, backup_before_upgrade=False,
                             passphrase=passphrase if cipher is not None else None)
    try:
        journal_now(database, who, AuditAction.BACKUP_RESTORE, "backup", None, path.name[:40],
                    changes)
        chain = verify(database)
        if not chain.ok:
            raise store_backup.damaged(path, chain.problem_text)
    finally:
        database.close()


def _restore_sqlite(path: Path, target: Path, who: Actor, changes: dict[str, object],
                    passphrase: str | None, now: dt.datetime) -> Path | None:
    from cabinet_desktop.store.database import make_private_dir

    make_private_dir(target.parent)
    scratch = target.with_name(f".{target.name}.restoring-{os.getpid()}")
    scratch.unlink(missing_ok=True)
    try:
        _restored_base(path, scratch, who, changes, passphrase)
        return store_backup.swap_in(scratch, target, now.astimezone())
    finally:
        for leftover in (scratch, Path(f"{scratch}-wal"), Path(f"{scratch}-shm")):
            leftover.unlink(missing_ok=True)


def _restore_server(path: Path, url: URL, existing: bool, who: Actor,
                    changes: dict[str, object], passphrase: str | None,
                    report: store_backup.Report, now: dt.datetime) -> Path | None:
    folder = Path(tempfile.mkdtemp(prefix="cabinet-restore-"))
    try:
        scratch = folder / "restored.sqlite3"
        _restored_base(path, scratch, who, changes, passphrase)
        aside: Path | None = None
        if existing:  # the server base is kept as a backup before it is replaced
            current = open_database(url, create=False)
            try:
                aside = data_dir() / "backups" / store_backup.default_backup_name(
                    "before-restore-" + str(url.database), now.astimezone())
                store_backup.write_backup(current, aside, report, now)
            finally:
                current.close()
        restored = open_database(str(scratch), create=False,
                                 passphrase=passphrase if store_backup.backup_cipher(
                                     path, passphrase) is not None else None)
        try:
            def nothing_more(_session: Session) -> None:
                return None

            store_backup.restore_into_server(restored, url, existing, nothing_more, report)
        finally:
            restored.close()
        return aside
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# --------------------------------------------------------------------------- anchors


@dataclass(frozen=True, slots=True)
class Anchor:
    """A journal hash kept outside the base: the backup file carrying it, and when."""

    path: Path
    created_at: dt.datetime
    journal_hash: str
    journal_last_id: int


def backup_anchors(database: Database, folder: Path | None = None) -> tuple[Anchor, ...]:
    """The anchors carried by the backups in ``folder`` (default: the settings' backup folder),
    oldest first, for « Vérifier le journal »: ``verify(database, [a.journal_hash …])``.

    Only the manifests are read (no full check); files that are not backups of this base's
    encryption, or unreadable, are passed over.
    """
    folder = folder if folder is not None else backup_settings(database).folder
    found: list[Anchor] = []
    if not folder.is_dir():
        return ()
    for path in sorted(folder.glob(f"*{BACKUP_SUFFIX}")):
        engine = store_backup.file_engine(path, database.cipher, read_only=True)
        try:
            with engine.connect() as connection:
                manifest = store_backup.read_manifest(connection)
        except Exception:  # a foreign, damaged or differently encrypted file
            continue
        finally:
            engine.dispose()
        found.append(Anchor(path, manifest.created_at, manifest.journal_last_hash,
                            manifest.journal_last_id))
    return tuple(sorted(found, key=lambda anchor: anchor.created_at))


# --------------------------------------------------------------------------- for the window


def labelled_counts(manifest: Manifest) -> tuple[tuple[str, int], ...]:
    """A backup's counts per kind of record, by French label, in the order ``info`` shows."""
    from cabinet_desktop.services.maintenance import COUNTED

    counts = dict(manifest.counts)
    return tuple((translate("Info", label), counts[model.__tablename__])
                 for model, label in COUNTED if model.__tablename__ in counts)


def suggested_backup_path(database: Database, now: dt.datetime | None = None) -> Path:
    """Where « Sauvegarder… » proposes to write: a dated, free name in the backup folder."""
    moment = (now or utcnow()).astimezone()
    return store_backup.free_backup_path(backup_settings(database).folder, _stem(database),
                                         moment)
