"""Command line: ``cabinet-desktop [--database URL] [--demo] [COMMAND …]``.

Without a command the main window opens. Every command goes through the same services as the
window. Expected problems print one French line on standard error and exit non-zero; no
traceback reaches the user.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, NoReturn

from cabinet_desktop import (
    __version__,
    cli_accounts,
    cli_backups,
    cli_briefing,
    cli_selftest,
    cli_workbook,
)
from cabinet_desktop.domain.errors import CabinetError
from cabinet_desktop.formatting import format_number
from cabinet_desktop.i18n import translate

if TYPE_CHECKING:
    from cabinet_desktop.store.database import Database

EXIT_USAGE = 2
EXIT_INTERNAL = 70

log = logging.getLogger(__name__)


class UsageError(CabinetError):
    exit_code = EXIT_USAGE


class FrenchArgumentParser(argparse.ArgumentParser):
    """argparse with French headings and errors raised as :class:`UsageError`."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._positionals.title = translate("Cli", "arguments")
        self._optionals.title = translate("Cli", "options")
        self.add_argument("-h", "--help", action="help", help=translate("Cli",
                                                                        "afficher cette aide"))

    def format_usage(self) -> str:
        return super().format_usage().replace("usage:", translate("Cli", "utilisation :"), 1)

    def format_help(self) -> str:
        return super().format_help().replace("usage:", translate("Cli", "utilisation :"), 1)

    def error(self, message: str) -> NoReturn:
        raise UsageError(translate("Cli", "{prog} : {message} (voir « {prog} --help »)")
                         .format(prog=self.prog, message=_translate_argparse(message)))


def _translate_argparse(message: str) -> str:
    replacements = (
        ("unrecognized arguments:", "arguments non reconnus :"),
        ("the following arguments are required:", "arguments obligatoires manquants :"),
        ("invalid choice:", "choix invalide :"),
        ("choose from", "valeurs possibles :"),
        ("expected one argument", "une valeur est attendue"),
        ("argument ", "argument "),
        ("invalid int value:", "nombre entier invalide :"),
    )
    for english, french in replacements:
        message = message.replace(english, french)
    return message


def build_parser() -> FrenchArgumentParser:
    parser = FrenchArgumentParser(
        prog="cabinet-desktop",
        description=translate("Cli", "Cabinet Desktop : missions, dossiers, partenaires et "
                                     "indicateurs du cabinet du ministre."))
    parser.add_argument("--version", action="version", version=f"cabinet-desktop {__version__}",
                        help=translate("Cli", "afficher la version"))
    parser.add_argument("--database", metavar="URL",
                        help=translate("Cli",
                                       "base à ouvrir : chemin d'un fichier SQLite ou adresse "
                                       "postgresql://utilisateur@serveur/base (par défaut : "
                                       "variable CABINET_DATABASE_URL, sinon la base locale)"))
    parser.add_argument("--demo", action="store_true",
                        help=translate("Cli", "utiliser la base de démonstration (remplie à sa "
                                              "création)"))
    parser.add_argument("--user", metavar=translate("Cli", "IDENTIFIANT"),
                        help=translate("Cli",
                                       "utilisateur au nom duquel la commande s'exécute (par "
                                       "défaut : variable CABINET_USER) ; mot de passe demandé, "
                                       "ou lu dans la variable CABINET_PASSWORD"))
    commands = parser.add_subparsers(dest="command", metavar=translate("Cli", "COMMANDE"),
                                     parser_class=FrenchArgumentParser)
    init = commands.add_parser("init", help=translate("Cli",
                                                      "créer la base et la mettre à jour ; sur "
                                                      "une base neuve, créer l'administrateur "
                                                      "(mot de passe demandé, ou variable "
                                                      "CABINET_ADMIN_PASSWORD)"))
    init.add_argument("--admin-login", default="admin", metavar=translate("Cli", "IDENTIFIANT"),
                      help=translate("Cli",
                                     "identifiant de l'administrateur créé (défaut : admin)"))
    init.add_argument("--encrypt", action="store_true",
                      help=translate("Cli",
                                     "créer la base SQLite chiffrée (SQLCipher) ; phrase secrète "
                                     "demandée, ou lue dans la variable CABINET_PASSPHRASE"))
    demo = commands.add_parser("demo", help=translate("Cli", "remplir la base avec des données de "
                                                             "démonstration"))
    demo.add_argument("--size", choices=("small", "large"), default="small",
                      help=translate("Cli", "small : un cabinet vivant ; large : 100 000 dossiers "
                                            "pour les mesures de performance"))
    commands.add_parser("info", help=translate("Cli", "emplacement, version du schéma et nombre "
                                                      "d'enregistrements"))
    audit = commands.add_parser("audit", help=translate("Cli", "journal d'audit"))
    audit_commands = audit.add_subparsers(dest="audit_command", metavar=translate("Cli", "ACTION"),
                                          parser_class=FrenchArgumentParser, required=True)
    verify = audit_commands.add_parser("verify", help=translate(
        "Cli", "vérifier le chaînage du journal (code 0 intègre, 3 altéré, 4 ancre absente)"))
    verify.add_argument("--expect", action="append", default=[], metavar=translate("Cli",
                                                                                  "EMPREINTE"),
                        help=translate("Cli", "empreinte gardée hors de la base (sauvegarde, "
                                              "note au Ministre) qui doit figurer dans la "
                                              "chaîne ; répétable"))
    cli_accounts.add_parsers(commands, FrenchArgumentParser)
    cli_briefing.add_parser(commands, FrenchArgumentParser)
    cli_backups.add_parsers(commands)
    cli_workbook.add_parsers(commands, FrenchArgumentParser)
    cli_selftest.add_parser(commands, FrenchArgumentParser)
    return parser


#: Bases opened by the running command, closed when it ends (its connections released, so a
#: base is not left open by a command run in-process, as tests and scripts do).
_OPENED: list[Database] = []


def _open(args: argparse.Namespace, *, create: bool = True) -> Database:
    # An encrypted SQLite file asks for its passphrase (CABINET_PASSPHRASE or a prompt).
    database = cli_accounts.open_database_for(args, create=create)
    _OPENED.append(database)
    return database


def _progress_printer() -> Callable[[str, int, int], None]:
    last_step, last_at = "", 0.0

    def show(step: str, done: int, total: int) -> None:
        nonlocal last_step, last_at
        now = time.monotonic()
        if step != last_step or now - last_at > 1.0 or done == total:
            counted = f"/{format_number(total)} {100 * done // total} %" if total else ""
            print(f"  {step} {format_number(done):>9}{counted}", file=sys.stderr)
            last_step, last_at = step, now

    return show


def cmd_init(args: argparse.Namespace) -> int:
    from cabinet_desktop.demo.accounts import repair_demo_accounts
    from cabinet_desktop.store import schema

    database = _open(args)
    print(translate("Cli", "Base prête : {where} (schéma {revision}).")
          .format(where=database.location,
                    revision=schema.head_revision()))
    repaired = repair_demo_accounts(database)  # a demo load killed before accounts existed
    if repaired:
        print(translate("Cli", "Base de démonstration sans compte : {count} comptes de "
                               "démonstration créés.").format(count=len(repaired)))
    note = cli_accounts.create_first_admin_if_needed(args, database)
    if note:
        print(note)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from cabinet_desktop import demo
    from cabinet_desktop.services import permissions, sign_in_reads
    from cabinet_desktop.services.permissions import Action
    from cabinet_desktop.services.settings import is_demo
    from cabinet_desktop.services.tasks import TaskState

    database = _open(args)
    if sign_in_reads.has_accounts(database) and not sign_in_reads.demo_accounts(database):
        # A database with real accounts: only an administrator may fill it.
        actor = cli_accounts.sign_in(args, database)
        permissions.require(actor, Action.CREATE, "user")
    started = time.perf_counter()
    summary = demo.generate(database, size=args.size, state=TaskState(_progress_printer()))
    elapsed = time.perf_counter() - started
    print(translate("Cli", "Données de démonstration ({size}) créées en {seconds:.1f} s dans "
                           "{where} :")
                           .format(size=args.size, seconds=elapsed, where=database.location))
    for label, count in summary.counts:
        print(f"  {label:<28} {format_number(count):>10}")
    if is_demo(database):
        for account in sign_in_reads.demo_accounts(database):  # made by demo.generate
            print(translate("Cli", "  Compte de démonstration : {login} / {password} ({role})")
                  .format(login=account.login, password=account.password,
                            role=account.role.label))
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    from cabinet_desktop.services.maintenance import database_info

    database = _open(args, create=False)
    actor = cli_accounts.sign_in(args, database)
    info = database_info(database, actor=actor)
    yes_no = translate("Cli", "oui") if info.is_demo else translate("Cli", "non")
    lines = [
        (translate("Cli", "Base"), info.location),
        (translate("Cli", "Moteur"), f"{info.backend} — {info.engine_version}"),
        (translate("Cli", "Schéma"), f"{info.schema_revision} (application : {info.schema_head})"),
        (translate("Cli", "Démonstration"), yes_no),
    ]
    for label, value in lines:
        print(f"{label:<28} {value}")
    print(translate("Cli", "Enregistrements :"))
    for label, count in info.counts:
        print(f"  {label:<26} {format_number(count):>10}")
    return 0


EXIT_JOURNAL_ALTERED = 3
EXIT_ANCHOR_MISSING = 4


def cmd_audit(args: argparse.Namespace) -> int:
    """``audit verify [--expect HASH …]``: 0 intact, 3 altered, 4 an anchor is missing."""
    from cabinet_desktop.services import permissions
    from cabinet_desktop.services.audit import verify
    from cabinet_desktop.services.permissions import Action
    from cabinet_desktop.store.audit_chain import HASH_PATTERN, JournalDamaged

    anchors = [value.strip().lower() for value in args.expect]
    for value in anchors:
        if not HASH_PATTERN.match(value):
            raise UsageError(translate("Cli", "--expect : « {value} » n'est pas une empreinte "
                                              "(64 chiffres hexadécimaux).").format(value=value))
    database = _open(args, create=False)
    try:
        permissions.require(cli_accounts.sign_in(args, database), Action.READ, "audit")
    except JournalDamaged as error:  # the sign-in cannot be journaled: say what is broken
        print(translate("Cli", "Erreur : {message}").format(message=error.message),
              file=sys.stderr)
    report = verify(database, anchors)
    if not report.ok:
        print(translate("Cli", "Journal altéré : l'entrée n° {id} ne correspond pas à la chaîne "
                               "({problem}) ; {count} entrées vérifiées avant elle.")
              .format(id=report.broken_at, problem=report.problem_text, count=report.checked),
              file=sys.stderr)
        return EXIT_JOURNAL_ALTERED
    print(translate("Cli", "Journal intègre : {count} entrées vérifiées. Dernière empreinte : "
                           "{hash}").format(count=report.checked, hash=report.last_hash))
    for anchor, entry in report.anchors:
        if entry is None:
            print(translate("Cli", "Ancre {hash} : ABSENTE de la chaîne : le journal a été coupé "
                                   "ou réécrit après elle.").format(hash=anchor), file=sys.stderr)
        else:
            print(translate("Cli", "Ancre {hash} : présente (entrée n° {id}).")
                  .format(hash=anchor, id=entry))
    return 0 if report.anchors_ok else EXIT_ANCHOR_MISSING


def cmd_gui(args: argparse.Namespace) -> int:
    from cabinet_desktop.ui.app import run_gui

    return run_gui(args.database, demo=args.demo)


def cmd_briefing(args: argparse.Namespace) -> int:
    return cli_briefing.cmd_briefing(args, lambda a: _open(a, create=False))


def cmd_backup(args: argparse.Namespace) -> int:
    return cli_backups.cmd_backup(args, _progress_printer())


def cmd_restore(args: argparse.Namespace) -> int:
    return cli_backups.cmd_restore(args, _progress_printer())


def cmd_users(args: argparse.Namespace) -> int:
    return cli_accounts.cmd_users(args, _open(args, create=False))


def cmd_password(args: argparse.Namespace) -> int:
    return cli_accounts.cmd_password(args, _open(args, create=False))


COMMANDS: dict[str | None, Callable[[argparse.Namespace], int]] = {
    None: cmd_gui,
    "init": cmd_init,
    "demo": cmd_demo,
    "info": cmd_info,
    "audit": cmd_audit,
    "briefing": cmd_briefing,
    "users": cmd_users,
    "password": cmd_password,
    "permissions": cli_accounts.cmd_permissions,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "export-xlsx": lambda args: cli_workbook.cmd_export(args, _progress_printer()),
    "import-xlsx": lambda args: cli_workbook.cmd_import(args, _progress_printer()),
    "selftest": cli_selftest.cmd_selftest,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the process exit code."""
    try:
        args = build_parser().parse_args(argv)
        try:
            return COMMANDS[args.command](args)
        finally:
            while _OPENED:
                _OPENED.pop().close()
    except CabinetError as error:
        print(translate("Cli", "Erreur : {message}").format(message=error.message), file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print(translate("Cli", "Interrompu."), file=sys.stderr)
        return 130
    except Exception:  # last resort: log the details, show one line
        from cabinet_desktop.store.logs import log_exception

        path = log_exception()
        print(translate("Cli", "Erreur interne inattendue : les détails sont dans {path}.")
              .format(path=path),
              file=sys.stderr)
        return EXIT_INTERNAL
