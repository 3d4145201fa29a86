"""``cabinet-desktop selftest``: every check passes on a working installation, a failure is
named in French with a non-zero exit, and the user's own database is never touched."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from cabinet_desktop import cli_selftest, resources_path
from cabinet_desktop.cli import main
from cabinet_desktop.services import accounts
from cabinet_desktop.store.database import Database
from cabinet_desktop.store.locations import default_database_path
from tests.pdf_reading import forget_pdf_libraries
from tests.workbook_support import forget_excel_libraries

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module", autouse=True)
def _unload_pdf_and_excel_libraries() -> Iterator[None]:
    """The selftest loads reportlab and openpyxl; the window must not (test_ui_main_window)."""
    yield
    forget_pdf_libraries()
    forget_excel_libraries()


def test_selftest_runs_every_check_and_exits_zero(
        qapp: QApplication, capsys: pytest.CaptureFixture[str]) -> None:
    user_database = default_database_path()
    existed = user_database.exists()
    assert main(["selftest"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(" : ")[0] for line in lines] == [
        "OK — Ressources", "OK — Base de données", "OK — Enregistrement",
        "OK — Journal d'audit", "OK — Note PDF", "OK — Classeur Excel", "OK — Interface Qt",
        "Autotest réussi"]
    assert "MIS-" in lines[2] and "note d'une page" in lines[4] and "1 ligne" in lines[5]
    assert "Connexion" in lines[6]
    folder = Path(lines[1].split("(")[1].split(",")[0]).parent
    assert not folder.exists(), "the temporary folder is removed at the end"
    assert user_database.exists() == existed


def test_a_failed_check_stops_with_a_french_line_and_a_non_zero_code(
        qapp: QApplication, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    def no_exchange(*args: object, **kwargs: object) -> None:
        raise OSError("disque plein")

    monkeypatch.setattr("cabinet_desktop.exchange.workbook.export.export_workbook", no_exchange)
    assert main(["selftest"]) == cli_selftest.EXIT_FAILED
    out = capsys.readouterr().out
    assert "OK — Note PDF" in out
    assert "ÉCHEC — Classeur Excel : disque plein" in out
    assert "Interface Qt" not in out and "Autotest réussi" not in out


def test_missing_resources_are_named(qapp: QApplication, capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(resources_path, "data_root", lambda: tmp_path)
    assert main(["selftest"]) == cli_selftest.EXIT_FAILED
    out = capsys.readouterr().out
    assert out.startswith("ÉCHEC — Ressources : fichier absent : ")
    assert str(tmp_path) in out


def test_sign_in_only_shows_the_dialog_on_the_given_database(
        qapp: QApplication, capsys: pytest.CaptureFixture[str],
        sqlite_database: Database) -> None:
    accounts.create_first_admin(sqlite_database, "admin", "Baobab sous la pluie 7", "Awa Traoré")
    path = str(sqlite_database.url.database)
    sqlite_database.close()
    assert main(["--database", path, "selftest", "--sign-in-only"]) == 0
    assert capsys.readouterr().out.splitlines() == [cli_selftest.SIGN_IN_SHOWN]


def test_sign_in_only_needs_a_database(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["selftest", "--sign-in-only"]) == 2
    assert "--database" in capsys.readouterr().err
