"""The ``export-xlsx`` and ``import-xlsx`` commands: the Excel exchange from a terminal."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cabinet_desktop import cli_accounts
from cabinet_desktop.domain.errors import CabinetError
from cabinet_desktop.formatting import format_number
from cabinet_desktop.i18n import translate

Progress = Callable[[str, int, int], None]


class OptionsError(CabinetError):
    """Options that do not go together (exit code 2, like any usage error)."""

    exit_code = 2

#: ``--kind`` names (English plurals, as scripts write them) → kinds of the services.
KIND_NAMES = {"missions": "mission", "dossiers": "dossier", "partners": "partner",
              "contacts": "contact", "agreements": "agreement", "interactions": "interaction",
              "indicators": "indicator", "targets": "indicator_target",
              "measurements": "measurement", "consultations": "consultation"}
LISTED = ("mission", "dossier", "partner", "indicator", "consultation")


def add_parsers(commands: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    export = commands.add_parser("export-xlsx", help=translate(
        "Cli", "exporter vers un classeur Excel d'échange avec le Secrétariat général"))
    export.add_argument("--out", required=True, metavar=translate("Cli", "FICHIER"),
                        help=translate("Cli", "classeur à écrire (.xlsx)"))
    export.add_argument("--template", action="store_true",
                        help=translate("Cli", "modèle vide, dans le même format"))
    export.add_argument("--kind", action="append", choices=sorted(KIND_NAMES),
                        metavar=translate("Cli", "TYPE"),
                        help=translate("Cli", "ne garder que ce type d'enregistrement "
                                              "(répétable) : {kinds}")
                        .format(kinds=", ".join(sorted(KIND_NAMES))))
    export.add_argument("--filter", metavar=translate("Cli", "TEXTE"),
                        help=translate("Cli", "avec un seul --kind : les lignes que ce filtre "
                                              "texte du volet retient"))
    imported = commands.add_parser("import-xlsx", help=translate(
        "Cli", "importer un classeur Excel d'échange (aperçu avec --dry-run)"))
    imported.add_argument("file", metavar=translate("Cli", "FICHIER"),
                          help=translate("Cli", "classeur reçu (.xlsx)"))
    imported.add_argument("--dry-run", action="store_true",
                          help=translate("Cli", "afficher l'aperçu sans rien enregistrer"))
    imported.add_argument("--errors", metavar=translate("Cli", "FICHIER"),
                          help=translate("Cli", "écrire le classeur d'erreurs (cellules "
                                                "fautives surlignées et commentées)"))


def cmd_export(args: argparse.Namespace, progress: Progress) -> int:
    """``export-xlsx``; ``progress`` prints the steps on standard error."""
    from cabinet_desktop.exchange.workbook.export import export_workbook
    from cabinet_desktop.services.tasks import TaskState
    from cabinet_desktop.store.listing import ListQuery

    kinds = [KIND_NAMES[name] for name in args.kind] if args.kind else None
    query = None
    if args.filter is not None:
        if not kinds or len(kinds) != 1 or kinds[0] not in LISTED:
            raise OptionsError(translate("Cli", "--filter s'emploie avec un seul --kind parmi : "
                                              "missions, dossiers, partners, indicators, "
                                              "consultations."))
        query = ListQuery(text=args.filter)
    database = cli_accounts.open_database_for(args, create=False)
    try:
        actor = cli_accounts.sign_in(args, database)
        summary = export_workbook(database, actor, args.out, kinds=kinds, query=query,
                                  template=args.template, state=TaskState(progress))
    finally:
        database.close()
    print(translate("Cli", "Classeur écrit : {path} ({count} lignes).")
          .format(path=summary.path, count=format_number(summary.total)))
    for title, count in summary.rows:
        print(f"  {title:<16} {format_number(count):>10}")
    return 0


def cmd_import(args: argparse.Namespace, progress: Progress) -> int:
    """``import-xlsx``: the preview, the error workbook, then the all-or-nothing save."""
    from cabinet_desktop.services.tasks import TaskState

    database = cli_accounts.open_database_for(args, create=False)
    try:
        return _import(args, database, TaskState(progress))
    finally:
        database.close()


def _import(args: argparse.Namespace, database: Any, state: Any) -> int:
    from cabinet_desktop.exchange.workbook.error_book import write_error_workbook
    from cabinet_desktop.exchange.workbook.importer import apply_import, preview_import

    actor = cli_accounts.sign_in(args, database)
    report = preview_import(database, actor, Path(args.file), state)
    for line in report.lines():
        print(line)
    if args.errors and not report.ready:
        marked = write_error_workbook(args.file, report, args.errors)
        print(translate("Cli", "Classeur d'erreurs écrit : {path} ({count} cellule(s) "
                               "marquée(s)).").format(path=args.errors, count=marked))
    if args.dry_run or not report.ready:
        if not report.ready and not args.dry_run:
            print(translate("Cli", "Rien n'a été enregistré."), file=sys.stderr)
        return report.exit_code
    apply_import(database, actor, report, state)
    print(translate("Cli", "Import enregistré : {new} création(s), {changed} modification(s).")
          .format(new=format_number(len(report.new)), changed=format_number(len(report.changed))))
    return 0
