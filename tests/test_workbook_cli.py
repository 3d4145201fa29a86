"""``export-xlsx`` and ``import-xlsx`` from the command line: output and exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from cabinet_desktop.cli import main
from cabinet_desktop.services import records
from cabinet_desktop.store.database import Database
from tests.workbook_support import (
    PASSWORD,
    director,
    load_workbook,
    small_cabinet,
    unload_excel_libraries,
)

__all__ = ["unload_excel_libraries"]  # the module fixture that unloads openpyxl afterwards


@pytest.fixture
def cli(database: Database, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("CABINET_USER", "dc")
    monkeypatch.setenv("CABINET_PASSWORD", PASSWORD)
    url = database.url.render_as_string(hide_password=False)

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(["--database", url, *argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def test_export_then_import_exit_codes(database: Database, cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dc = director(database)
    ids = small_cabinet(database, dc)
    path = tmp_path / "cabinet.xlsx"
    code, out, _ = cli("export-xlsx", "--out", str(path))
    assert code == 0 and "Classeur écrit" in out and "Dossiers" in out
    code, out, _ = cli("import-xlsx", str(path), "--dry-run")
    assert code == 0 and "0 modification(s)" in out
    workbook = load_workbook(path)
    workbook["Missions"]["O2"] = "Réunion préparatoire tenue le 27/11/2026"
    workbook.save(path)
    code, out, _ = cli("import-xlsx", str(path), "--dry-run")
    assert code == 0 and "1 modification(s)" in out and "→ « Réunion préparatoire" in out
    assert records.get(database, dc, "mission", ids["mission"])["description"] == ""
    code, out, _ = cli("import-xlsx", str(path))
    assert code == 0 and "Import enregistré" in out
    assert records.get(database, dc, "mission", ids["mission"])["description"].startswith(
        "Réunion préparatoire")


def test_import_errors_conflicts_and_refusals(database: Database, cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dc = director(database)
    ids = small_cabinet(database, dc)
    path = tmp_path / "cabinet.xlsx"
    assert cli("export-xlsx", "--out", str(path), "--kind", "missions")[0] == 0
    workbook = load_workbook(path)
    workbook["Missions"]["M2"] = "cent"  # progress
    workbook.save(path)
    errors = tmp_path / "erreurs.xlsx"
    code, out, err = cli("import-xlsx", str(path), "--errors", str(errors))
    assert code == 65 and "nombre invalide « cent »" in out and "Rien n'a été enregistré" in err
    assert load_workbook(errors)["Missions"]["M2"].comment is not None
    workbook["Missions"]["M2"] = 75
    workbook.save(path)
    mission = records.get(database, dc, "mission", ids["mission"])
    records.update(database, dc, "mission", mission.id, mission.version, {"progress": 55})
    code, out, _ = cli("import-xlsx", str(path))
    assert code == 75 and "conflit" in out
    assert records.get(database, dc, "mission", ids["mission"])["progress"] == 55
    hostile = tmp_path / "faux.xlsx"
    hostile.write_text("pas un classeur")
    code, _, err = cli("import-xlsx", str(hostile), "--dry-run")
    assert code == 65 and "Erreur : Classeur « faux.xlsx » refusé" in err
    code, _, err = cli("export-xlsx", "--out", str(path), "--filter", "décret")
    assert code == 2 and "--filter" in err
