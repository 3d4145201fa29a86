"""``cabinet-desktop selftest``: does this installation work, from end to end, on this PC?

It opens a new database in a temporary folder, saves a record through the services, verifies
the journal, renders a one-page PDF note, writes an exchange workbook and shows the sign-in
dialog with Qt off screen, printing one French line per check. It is what the bundle's smoke
test runs (``tests/test_bundle.py``) on a machine without the project's virtual environment;
a user may run it too. Exit 0 when every check passed, 1 at the first failure (named in
French). The user's own database is never opened.

``selftest --sign-in-only`` shows the sign-in dialog on the database given with
``--database`` and exits: ``bench/bundle_bench.py`` times it, bundled and from the venv.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import secrets
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cabinet_desktop.i18n import translate

if TYPE_CHECKING:
    from cabinet_desktop.services.actor import Actor
    from cabinet_desktop.store.database import Database

EXIT_FAILED = 1
#: the line ``--sign-in-only`` prints once the dialog is on screen (the bench waits for it)
SIGN_IN_SHOWN = "sign-in-shown"
_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


class CheckFailed(Exception):
    """A check did not give what it should: ``str(error)`` says what, in French."""


def add_parser(commands: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    """Declare the ``selftest`` command."""
    selftest = commands.add_parser(
        "selftest", help=translate("Cli", "vérifier l'installation de bout en bout sur une base "
                                          "temporaire (base, journal, note PDF, classeur, "
                                          "fenêtre de connexion)"))
    selftest.add_argument("--sign-in-only", action="store_true",
                          help=translate("Cli", "seulement afficher la fenêtre de connexion sur la "
                                                "base --database, puis quitter (mesure du "
                                                "démarrage)"))


def _say(line: str) -> None:
    print(line, flush=True)


def cmd_selftest(args: argparse.Namespace) -> int:
    """Run every check in order; stop at the first failure."""
    if args.sign_in_only:
        return _sign_in_only(args.database)
    with tempfile.TemporaryDirectory(prefix="cabinet-selftest-") as folder:
        context: dict[str, Any] = {"folder": Path(folder)}
        checks: list[tuple[str, Callable[[dict[str, Any]], str]]] = [
            (translate("Selftest", "Ressources"), _check_resources),
            (translate("Selftest", "Base de données"), _check_database),
            (translate("Selftest", "Enregistrement"), _check_record),
            (translate("Selftest", "Journal d'audit"), _check_journal),
            (translate("Selftest", "Note PDF"), _check_pdf),
            (translate("Selftest", "Classeur Excel"), _check_workbook),
            (translate("Selftest", "Interface Qt"), _check_qt),
        ]
        try:
            for name, check in checks:
                try:
                    detail = check(context)
                except Exception as error:  # any failure is reported, never a traceback
                    message = error.message if hasattr(error, "message") else str(error)
                    _say(translate("Selftest", "ÉCHEC — {check} : {reason}")
                         .format(check=name, reason=message or type(error).__name__))
                    return EXIT_FAILED
                _say(translate("Selftest", "OK — {check} : {detail}")
                     .format(check=name, detail=detail))
        finally:
            database = context.get("database")
            if database is not None:
                database.close()
    _say(translate("Selftest", "Autotest réussi : {count} vérifications.")
         .format(count=len(checks)))
    return 0


def _check_resources(context: dict[str, Any]) -> str:
    from cabinet_desktop.resources_path import data_root, form, resource

    for path in (resource("fonts", "NotoSans-Regular.ttf"),
                 resource("translations", "cabinet_en.qm"), resource("styles", "app.qss"),
                 resource("icons", "search.svg"), form("login_dialog.ui")):
        if not path.is_file():
            raise CheckFailed(translate("Selftest", "fichier absent : {path}").format(path=path))
    return translate("Selftest", "polices, traductions, icônes et formulaires trouvés dans {root}"
                     ).format(root=data_root())


def _check_database(context: dict[str, Any]) -> str:
    from cabinet_desktop.domain.enums import Classification, Role
    from cabinet_desktop.services import accounts, authentication
    from cabinet_desktop.store import schema
    from cabinet_desktop.store.database import open_database

    path = context["folder"] / "autotest.sqlite3"
    database = open_database(str(path), create=True)
    context["database"] = database
    admin = accounts.create_first_admin(database, "admin", _password(), "Administrateur Essai")
    # the administrator makes the account that works (an administrator edits no record)
    password = _password()
    accounts.create_user(database, admin, "autotest", password, Role.DIRECTOR,
                         Classification.SECRET, "Autotest Cabinet")
    context["actor"] = authentication.login(database, "autotest", password)
    return translate("Selftest", "base neuve créée ({path}, schéma {revision}), comptes créés, "
                                 "connexion réussie").format(path=path,
                                                             revision=schema.head_revision())


def _password() -> str:
    return "Essai complet " + secrets.token_urlsafe(12)


def _database(context: dict[str, Any]) -> tuple[Database, Actor]:
    return context["database"], context["actor"]


def _check_record(context: dict[str, Any]) -> str:
    from cabinet_desktop.services import bulk_reads, records

    database, actor = _database(context)
    attributions = bulk_reads.choices(database, actor).attributions
    if not attributions:
        raise CheckFailed(translate("Selftest", "aucune attribution dans la base neuve"))
    today = dt.date.today()
    saved = records.create(database, actor, "mission", {
        "title": translate("Selftest", "Mission d'autotest"),
        "attribution_id": attributions[0][0], "origin": "minister_instruction",
        "start_date": today, "due_date": today + dt.timedelta(days=30)})
    if saved.record is None:
        raise CheckFailed(translate("Selftest", "la mission n'a pas été enregistrée"))
    again = records.get(database, actor, "mission", saved.record.id)
    if again.values["title"] != saved.record.values["title"]:
        raise CheckFailed(translate("Selftest", "la mission relue diffère de celle enregistrée"))
    context["mission_id"] = saved.record.id
    return translate("Selftest", "mission {reference} enregistrée et relue").format(
        reference=again.values.get("reference", saved.record.id))


def _check_journal(context: dict[str, Any]) -> str:
    from cabinet_desktop.services.audit import verify

    database, _actor = _database(context)
    report = verify(database)
    if not report.ok:
        raise CheckFailed(translate("Selftest", "journal altéré à l'entrée n° {id}").format(
            id=report.broken_at))
    if report.checked < 2:
        raise CheckFailed(translate("Selftest", "le journal ne contient pas les écritures faites"))
    return translate("Selftest", "chaîne intègre, {count} entrées vérifiées").format(
        count=report.checked)


def _check_pdf(context: dict[str, Any]) -> str:
    from cabinet_desktop.domain.briefing import SectionKey
    from cabinet_desktop.exchange import briefing_issue
    from cabinet_desktop.services.briefings import NoteDraft

    database, actor = _database(context)
    draft = NoteDraft(object=translate("Selftest", "Note d'autotest"), note_date=dt.date.today(),
                      sections=(SectionKey.MISSIONS,),
                      mission_ids=(int(context["mission_id"]),))
    pdf, _composed = briefing_issue.preview(database, actor, draft)
    pages = len(_PAGE.findall(pdf))
    if not pdf.startswith(b"%PDF-") or pages != 1:
        raise CheckFailed(translate("Selftest", "PDF inattendu ({pages} pages)").format(
            pages=pages))
    target = context["folder"] / "note.pdf"
    target.write_bytes(pdf)
    return translate("Selftest", "note d'une page rendue ({size} Ko)").format(
        size=max(1, len(pdf) // 1024))


def _check_workbook(context: dict[str, Any]) -> str:
    from cabinet_desktop.exchange.workbook.export import export_workbook

    database, actor = _database(context)
    target = context["folder"] / "echange.xlsx"
    summary = export_workbook(database, actor, target, kinds=["mission"])
    with zipfile.ZipFile(target) as book:
        if book.testzip() is not None or "xl/workbook.xml" not in book.namelist():
            raise CheckFailed(translate("Selftest", "classeur illisible"))
    rows = summary.total
    if rows != 1:
        raise CheckFailed(translate("Selftest", "{rows} lignes exportées au lieu d'une").format(
            rows=rows))
    return translate("Selftest", "classeur d'échange écrit ({size} Ko, {rows} ligne)").format(
        size=max(1, target.stat().st_size // 1024), rows=rows)


def _offscreen() -> None:
    """Qt without a screen, unless the caller chose a platform."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _show_sign_in(database: Database) -> str:
    """Build the application as the window's start does, show the sign-in dialog, close it."""
    _offscreen()
    from cabinet_desktop.ui.app import make_application
    from cabinet_desktop.ui.signin.login_dialog import LoginDialog

    app = make_application()
    dialog = LoginDialog(database)
    dialog.show()
    app.processEvents()
    shown = dialog.isVisible() and dialog.width() > 0 and not dialog.grab().isNull()
    title = dialog.windowTitle()
    dialog.close()
    app.processEvents()
    if not shown:
        raise CheckFailed(translate("Selftest", "la fenêtre de connexion ne s'est pas affichée"))
    return title


def _check_qt(context: dict[str, Any]) -> str:
    database, _actor = _database(context)
    title = _show_sign_in(database)
    return translate("Selftest", "fenêtre de connexion « {title} » affichée hors écran ({platform})"
                     ).format(title=title, platform=os.environ.get("QT_QPA_PLATFORM", ""))


def _sign_in_only(database_arg: str | None) -> int:
    """Open ``--database`` (never created) and show the sign-in dialog, as the window does."""
    from cabinet_desktop.store.database import open_database

    if not database_arg:
        print(translate("Selftest", "selftest --sign-in-only : indiquez la base avec --database."),
              file=sys.stderr)
        return 2
    database = open_database(database_arg, create=False)
    try:
        _show_sign_in(database)
    finally:
        database.close()
    _say(SIGN_IN_SHOWN)
    return 0
