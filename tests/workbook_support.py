"""Shared set-up of the Excel exchange tests: a small cabinet, users, and file surgery."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import zipfile
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update

from cabinet_desktop.domain.entities import User
from cabinet_desktop.domain.enums import Classification, Role
from cabinet_desktop.services import passwords, records
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.store.database import Database
from tests import factories
from tests.conftest import IN_CI

PASSWORD = "Karité au marché 2026"


def director(database: Database, login: str = "dc",
             clearance: Classification = Classification.SECRET) -> Actor:
    """A director with a password the command line can sign in with."""
    actor = factories.make_user(database, login, Role.DIRECTOR, clearance,
                                first_name="Aminata", last_name="Ouédraogo")
    with database.writing() as session:
        session.execute(update(User).where(User.id == actor.user_id)
                        .values(password_hash=passwords.hash_password(PASSWORD)))
    return actor


def small_cabinet(database: Database, actor: Actor) -> dict[str, int]:
    """A mission, two dossiers (one secret), a partner with a contact and an agreement."""
    mission = factories.mission(database, actor, title="Réforme de l'État — été 2026",
                                progress=40)
    open_dossier = factories.dossier(database, actor, object="Projet de décret — « Énergie »",
                                     avis_due_date=dt.date(2026, 11, 27))
    secret = factories.dossier(database, actor, object="Dossier réservé",
                               classification=Classification.SECRET)
    formula = factories.dossier(database, actor, object="=HYPERLINK(\"http://x\";\"clic\")")
    partner = records.create(database, actor, "partner", {
        "name": "Agence française de développement", "acronym": "AFD",
        "category": "bilateral_tfp"}).record
    contact = records.create(database, actor, "contact", {
        "partner_id": partner.id, "name": "Élodie Zongo", "email": "e.zongo@afd.fr"}).record
    agreement = records.create(database, actor, "agreement", {
        "partner_id": partner.id, "title": "Convention d'appui budgétaire",
        "kind": "financing", "amount_committed": Decimal("1500000000"),
        "start_date": dt.date(2026, 1, 15)}).record
    return {"mission": mission.id, "dossier": open_dossier.id, "secret": secret.id,
            "formula": formula.id, "partner": partner.id, "contact": contact.id,
            "agreement": agreement.id}


def soffice() -> str:
    """LibreOffice's command; skipped on a developer's machine without it, failed in CI."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        message = "LibreOffice (soffice) is not installed"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    return found


def libreoffice_resave(source: Path, directory: Path) -> Path:
    """``source`` opened and saved again as xlsx by LibreOffice Calc (headless)."""
    out = directory / "libreoffice"
    out.mkdir(exist_ok=True)
    profile = directory / "lo-profile"
    subprocess.run([soffice(), f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out),
                    str(source)], check=True, capture_output=True, timeout=180)
    return out / source.name


def rewrite_zip(source: Path, target: Path, replace: dict[str, bytes],
                add: dict[str, bytes] | None = None) -> None:
    """A copy of the xlsx ``source`` with some parts replaced or added."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w",
                                                        zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            new.writestr(info.filename, replace.get(info.filename, old.read(info.filename)))
        for name, data in (add or {}).items():
            new.writestr(name, data)


def sheet_part(path: Path, title: str) -> str:
    """The zip part name of the sheet called ``title``."""
    workbook = load_workbook(path, read_only=True)
    try:
        index = workbook.sheetnames.index(title)
    finally:
        workbook.close()
    return f"xl/worksheets/sheet{index + 1}.xml"


# The Excel code is imported when used, not with the test modules, and unloaded after them:
# the window must not load openpyxl, and test_ui_main_window checks it in the same process.
LISTS_SHEET = "Listes"
META_SHEET = "Metadonnees"


def forget_excel_libraries() -> None:
    """Drop openpyxl and the exchange code from ``sys.modules`` once a module's tests ran."""
    import sys

    for name in [n for n in sys.modules if n.split(".")[0] in ("openpyxl", "et_xmlfile")
                 or n.startswith("cabinet_desktop.exchange")]:
        del sys.modules[name]


@pytest.fixture(scope="module", autouse=True)
def unload_excel_libraries() -> Iterator[None]:
    """Module fixture of the exchange tests (imported by them): unload openpyxl after."""
    yield
    forget_excel_libraries()


def load_workbook(path: Path, **options: Any) -> Any:
    from openpyxl import load_workbook as load

    return load(path, **options)


def export_workbook(*args: Any, **options: Any) -> Any:
    from cabinet_desktop.exchange.workbook.export import export_workbook as export

    return export(*args, **options)


def preview_import(*args: Any, **options: Any) -> Any:
    from cabinet_desktop.exchange.workbook.importer import preview_import as preview

    return preview(*args, **options)


def apply_import(*args: Any, **options: Any) -> Any:
    from cabinet_desktop.exchange.workbook.importer import apply_import as apply

    return apply(*args, **options)


def write_error_workbook(*args: Any, **options: Any) -> Any:
    from cabinet_desktop.exchange.workbook.error_book import write_error_workbook as write

    return write(*args, **options)
