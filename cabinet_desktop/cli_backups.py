"""Command line: ``backup [--out FILE]`` and ``restore FILE [--yes]``.

``backup`` runs as an administrator (``--user``); ``restore`` shows what the backup holds, asks
for confirmation (unless ``--yes``), and, when it replaces an existing base, signs in an
administrator of that base first.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from pathlib import Path

from cabinet_desktop import cli_accounts
from cabinet_desktop.domain.errors import CabinetError
from cabinet_desktop.formatting import format_number
from cabinet_desktop.i18n import translate

ENV_BACKUP_PASSPHRASE = "CABINET_BACKUP_PASSPHRASE"


class ConfirmationRequired(CabinetError):
    exit_code = 2


def add_parsers(commands: argparse._SubParsersAction) -> None:
    """Add the ``backup`` and ``restore`` commands."""
    backup = commands.add_parser("backup", help=translate(
        "Cli", "sauvegarder la base dans un fichier vérifié (administrateur)"))
    backup.add_argument("--out", metavar=translate("Cli", "FICHIER"), type=Path,
                        help=translate("Cli", "fichier de sauvegarde à écrire (par défaut : "
                                              "dans le dossier des sauvegardes)"))
    restore = commands.add_parser("restore", help=translate(
        "Cli", "restaurer une sauvegarde dans la base (SQLite ou PostgreSQL) ; l'ancienne base "
               "est gardée de côté"))
    restore.add_argument("file", metavar=translate("Cli", "FICHIER"), type=Path)
    restore.add_argument("--yes", action="store_true",
                         help=translate("Cli", "ne pas demander de confirmation"))


def _labels() -> dict[str, str]:
    from cabinet_desktop.services.maintenance import COUNTED

    return {model.__tablename__: translate("Info", label) for model, label in COUNTED}


def describe_manifest(manifest: object) -> list[str]:
    """The lines ``restore`` prints before asking: date, origin, journal, counts."""
    from cabinet_desktop.formatting import format_datetime
    from cabinet_desktop.store.backup import Manifest

    assert isinstance(manifest, Manifest)
    lines = [
        translate("Cli", "Sauvegarde du {date}, faite depuis {source} ({backend}, schéma "
                         "{revision}).").format(date=format_datetime(manifest.created_at),
                                                source=manifest.source,
                                                backend=manifest.source_backend,
                                                revision=manifest.schema_revision),
        translate("Cli", "Journal : {count} entrées, dernière n° {id} du {date}, empreinte "
                         "{hash}").format(count=format_number(manifest.journal_entries),
                                          id=manifest.journal_last_id,
                                          date=format_datetime(manifest.journal_last_at)
                                          if manifest.journal_last_at else "—",
                                          hash=manifest.journal_last_hash),
    ]
    labels = _labels()
    for table, count in manifest.counts:
        if table in labels:
            lines.append(f"  {labels[table]:<26} {format_number(count):>10}")
    return lines


def _backup_passphrase(path: Path) -> str | None:
    from cabinet_desktop.store.encryption import ENV_PASSPHRASE, is_encrypted_file

    if not is_encrypted_file(path):
        return None
    return cli_accounts.ask_secret(translate("Cli", "Phrase secrète de la sauvegarde : "),
                                   ENV_PASSPHRASE)


Progress = Callable[[str, int, int], None]


def cmd_backup(args: argparse.Namespace, progress: Progress | None = None) -> int:
    from cabinet_desktop.services.backups import make_backup
    from cabinet_desktop.services.tasks import TaskState

    database = cli_accounts.open_database_for(args, create=False)
    try:
        actor = cli_accounts.sign_in(args, database)
        result = make_backup(database, actor, args.out, TaskState(progress))
    finally:
        database.close()
    print(translate("Cli", "Sauvegarde écrite et vérifiée : {path}").format(path=result.path))
    print(translate("Cli", "Empreinte du journal : {hash} (entrée n° {id}) : gardez-la, « audit "
                           "verify --expect » la recherchera.")
          .format(hash=result.manifest.journal_last_hash, id=result.manifest.journal_last_id))
    return 0


def cmd_restore(args: argparse.Namespace, progress: Progress | None = None) -> int:
    from cabinet_desktop.services.backups import inspect_backup, restore_backup
    from cabinet_desktop.services.tasks import TaskState
    from cabinet_desktop.store.locations import describe, resolve_url

    path: Path = args.file
    passphrase = _backup_passphrase(path) if path.is_file() else None
    manifest = inspect_backup(path, passphrase)
    for line in describe_manifest(manifest):
        print(line)
    url = resolve_url(args.database, demo=bool(getattr(args, "demo", False)))
    if not args.yes:
        if not cli_accounts._interactive():
            raise ConfirmationRequired(translate(
                "Cli", "restauration non confirmée : relancez avec --yes pour remplacer le "
                       "contenu de « {where} ».").format(where=describe(url)))
        answer = input(translate("Cli", "Restaurer cette sauvegarde dans « {where} » ? L'ancienne "
                                        "base sera gardée de côté. [oui/non] ")
                       .format(where=describe(url)))
        if answer.strip().lower() not in ("o", "oui", "y", "yes"):
            print(translate("Cli", "Restauration abandonnée : rien n'a été modifié."))
            return 1
    actor = None
    if args.user or os.environ.get(cli_accounts.ENV_USER):
        database = cli_accounts.open_database_for(args, create=False)
        try:
            actor = cli_accounts.sign_in(args, database)
        finally:
            database.close()
    result = restore_backup(path, url, actor, replace=True, passphrase=passphrase,
                            state=TaskState(progress))
    print(translate("Cli", "Sauvegarde restaurée dans « {where} ».").format(where=result.target))
    if result.kept_aside is not None:
        print(translate("Cli", "L'ancienne base est gardée : {path}").format(
            path=result.kept_aside))
    return 0
