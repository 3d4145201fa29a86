"""``cabinet-desktop briefing``: a note to the minister as PDF, without a window.

Without ``--issue`` the note is a preview (nothing is written to the database); with it the
note is saved, issued (PDF and SHA-256 stored, journaled) and the stored PDF is written out.
The file is written whole or not at all.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from cabinet_desktop import cli_accounts
from cabinet_desktop.domain.enums import Classification
from cabinet_desktop.domain.errors import CabinetError
from cabinet_desktop.i18n import translate

EXIT_USAGE = 2
EXIT_CANT_CREATE = 73

CLASSIFICATIONS = {"non-classifie": Classification.UNCLASSIFIED,
                   "diffusion-restreinte": Classification.RESTRICTED,
                   "confidentiel": Classification.CONFIDENTIAL, "secret": Classification.SECRET}


class BriefingUsageError(CabinetError):
    exit_code = EXIT_USAGE


class OutputError(CabinetError):
    exit_code = EXIT_CANT_CREATE


def add_parser(commands: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    """Declare the ``briefing`` command."""
    briefing = commands.add_parser(
        "briefing", help=translate("Cli", "note au Ministre en PDF (aperçu, ou émise avec "
                                          "--issue), au nom de l'utilisateur --user"))
    briefing.add_argument("--out", required=True, metavar=translate("Cli", "FICHIER"),
                          help=translate("Cli", "fichier PDF à écrire"))
    briefing.add_argument("--period", metavar=translate("Cli", "DÉBUT:FIN"),
                          help=translate("Cli", "période couverte, par exemple "
                                                "2026-11-01:2026-11-30 ou 01/11/2026:30/11/2026 "
                                                "(défaut : les 30 jours avant la date)"))
    briefing.add_argument("--sections", metavar=translate("Cli", "RUBRIQUES"),
                          help=translate("Cli", "rubriques séparées par des virgules : dossiers, "
                                                "missions, instructions, indicators, partners "
                                                "(défaut : toutes)"))
    briefing.add_argument("--classification", choices=tuple(CLASSIFICATIONS),
                          default="non-classifie",
                          help=translate("Cli", "classification demandée (relevée si le "
                                                "contenu l'exige)"))
    briefing.add_argument("--object", metavar=translate("Cli", "TEXTE"),
                          help=translate("Cli", "objet de la note"))
    briefing.add_argument("--date", metavar=translate("Cli", "DATE"),
                          help=translate("Cli", "date de la note (défaut : aujourd'hui)"))
    briefing.add_argument("--copy", action="append", default=[],
                          metavar=translate("Cli", "DESTINATAIRE"),
                          help=translate("Cli", "ampliation (répétable), par exemple SG"))
    briefing.add_argument("--issue", action="store_true",
                          help=translate("Cli", "enregistrer et émettre la note (PDF et "
                                                "empreinte conservés au registre)"))


def parse_day(text: str, what: str) -> dt.date:
    """``2026-11-30`` or ``30/11/2026``, or a usage error naming the option."""
    value = text.strip()
    for pattern in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(value, pattern).date()
        except ValueError:
            continue
    raise BriefingUsageError(translate("Cli", "{option} : « {value} » n'est pas une date "
                                              "(attendu 2026-11-30 ou 30/11/2026).")
                             .format(option=what, value=text))


def parse_period(text: str) -> tuple[dt.date, dt.date]:
    """``DÉBUT:FIN`` as two dates, the start not after the end."""
    start, separator, end = text.partition(":")
    if not separator:
        raise BriefingUsageError(translate("Cli", "--period : « {value} » : attendu DÉBUT:FIN, "
                                                  "par exemple 2026-11-01:2026-11-30.")
                                 .format(value=text))
    first, last = parse_day(start, "--period"), parse_day(end, "--period")
    if first > last:
        raise BriefingUsageError(translate("Cli", "--period : le début ({start}) est après la "
                                                  "fin ({end}).").format(start=start, end=end))
    return first, last


def write_whole(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file renamed at the end."""
    directory = path.parent if str(path.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=".briefing-", suffix=".pdf", dir=directory)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except OSError as error:
        raise OutputError(translate("Cli", "--out : impossible d'écrire « {path} » ({error}).")
                          .format(path=path, error=error.strerror or error)) from None


def cmd_briefing(args: argparse.Namespace, database_opener: Any) -> int:
    """Compose the note for the signed-in user, write the PDF; issue it with ``--issue``."""
    from cabinet_desktop.domain.briefing import SectionKey
    from cabinet_desktop.exchange import briefing_issue
    from cabinet_desktop.services.briefings import NoteDraft, parse_sections

    note_date = parse_day(args.date, "--date") if args.date else dt.date.today()
    start, end = parse_period(args.period) if args.period else (None, None)
    keys = parse_sections(args.sections.split(",")) if args.sections else tuple(SectionKey)
    out = Path(args.out)
    if out.is_dir():
        raise OutputError(translate("Cli", "--out : « {path} » est un dossier ; donnez un nom de "
                                           "fichier PDF.").format(path=out))
    database = database_opener(args)
    actor = cli_accounts.sign_in(args, database)
    draft = NoteDraft(object=args.object or translate("Cli", "Point de situation du Cabinet"),
                      note_date=note_date, period_start=start, period_end=end,
                      classification=CLASSIFICATIONS[args.classification],
                      copies=tuple(args.copy), sections=keys)
    if args.issue:
        issued = briefing_issue.draft_and_issue(database, actor, draft)
        write_whole(out, issued.pdf)
        warning = issued.composed.warning
        print(translate("Cli", "Note {reference} émise : {path} (SHA-256 {sha}).")
              .format(reference=issued.note.reference, path=out, sha=issued.note.pdf_sha256))
    else:
        pdf, composed = briefing_issue.preview(database, actor, draft)
        write_whole(out, pdf)
        warning = composed.warning
        print(translate("Cli", "Aperçu de la note écrit dans {path} (non enregistré ; --issue "
                               "pour l'émettre).").format(path=out))
    if warning:
        print(translate("Cli", "Attention : {warning}").format(warning=warning), file=sys.stderr)
    return 0
