"""Hostile or broken workbooks are refused whole, in French, before anything is written."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from cabinet_desktop.domain.errors import ValidationError
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.store.database import Database
from tests.workbook_support import (
    export_workbook,
    load_workbook,
    preview_import,
    rewrite_zip,
    sheet_part,
    unload_excel_libraries,
)

__all__ = ["unload_excel_libraries"]  # the module fixture that unloads openpyxl afterwards
IMPORTER = "cabinet_desktop.exchange.workbook.importer"


@pytest.fixture
def exported(sqlite_database: Database, system: Actor, tmp_path: Path) -> Path:
    from tests import factories

    factories.dossier(sqlite_database, system)
    path = tmp_path / "cabinet.xlsx"
    export_workbook(sqlite_database, system, path)
    return path


def refused(database: Database, actor: Actor, path: Path) -> str:
    with pytest.raises(ValidationError) as caught:  # safety.WorkbookRefused
        preview_import(database, actor, path)
    assert type(caught.value).__name__ == "WorkbookRefused"
    assert caught.value.exit_code == 65
    assert path.name in caught.value.message
    return caught.value.message


def test_not_an_xlsx(sqlite_database: Database, system: Actor, tmp_path: Path) -> None:
    path = tmp_path / "notes.xlsx"
    path.write_text("Référence;Objet\nDOS-2026-0001;Décret\n", encoding="utf-8")
    assert "n'est pas un classeur Excel" in refused(sqlite_database, system, path)


def test_password_protected(sqlite_database: Database, system: Actor, tmp_path: Path) -> None:
    path = tmp_path / "protege.xlsx"  # what Excel writes: an OLE file holding EncryptionInfo
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1000
                     + "EncryptionInfo".encode("utf-16-le") + b"\0" * 1000)
    assert "mot de passe" in refused(sqlite_database, system, path)


def test_old_xls(sqlite_database: Database, system: Actor, tmp_path: Path) -> None:
    path = tmp_path / "ancien.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4000)
    assert "97-2003" in refused(sqlite_database, system, path)


def test_truncated(sqlite_database: Database, system: Actor, exported: Path,
                   tmp_path: Path) -> None:
    path = tmp_path / "tronque.xlsx"
    data = exported.read_bytes()
    path.write_bytes(data[: len(data) * 2 // 3])
    assert "tronqué ou endommagé" in refused(sqlite_database, system, path)


def test_zip_bomb(sqlite_database: Database, system: Actor, exported: Path,
                  tmp_path: Path) -> None:
    path = tmp_path / "bombe.xlsx"
    rewrite_zip(exported, path, {}, add={"xl/media/zeros.bin": b"\0" * (64 * 1024 * 1024)})
    assert "bombe zip" in refused(sqlite_database, system, path)


def test_xml_entity_bomb(sqlite_database: Database, system: Actor, exported: Path,
                         tmp_path: Path) -> None:
    path = tmp_path / "entites.xlsx"
    with zipfile.ZipFile(exported) as archive:
        original = archive.read("xl/workbook.xml")
    bomb = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
            b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>')
    rewrite_zip(exported, path, {"xl/workbook.xml": bomb + original.split(b"?>", 1)[-1]})
    assert "entités XML" in refused(sqlite_database, system, path)


def test_million_row_sheet(sqlite_database: Database, system: Actor, exported: Path,
                           tmp_path: Path) -> None:
    path = tmp_path / "million.xlsx"
    part = sheet_part(exported, "Dossiers")
    with zipfile.ZipFile(exported) as archive:
        xml = archive.read(part)
    far = (b'<row r="1000000"><c r="A1000000" t="inlineStr"><is><t>x</t></is></c></row>'
           b"</sheetData>")
    rewrite_zip(exported, path, {part: xml.replace(b"</sheetData>", far, 1)})
    assert "dépasse 250000 lignes" in refused(sqlite_database, system, path)


def test_many_real_rows_are_bounded(sqlite_database: Database, system: Actor,
                                    tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(f"{IMPORTER}.MAX_ROWS", 50)
    path = tmp_path / "lignes.xlsx"
    export_workbook(sqlite_database, system, path, template=True)
    workbook = load_workbook(path)
    for number in range(60):
        workbook["Partenaires"].append(["", f"Partenaire {number}", "", "Autre"])
    workbook.save(path)
    assert "dépasse 50 lignes" in refused(sqlite_database, system, path)


def test_formulas_are_never_evaluated(sqlite_database: Database, system: Actor,
                                      exported: Path) -> None:
    workbook = load_workbook(exported)
    workbook["Dossiers"]["B2"] = '=WEBSERVICE("http://exemple.invalid")'
    workbook.save(exported)
    report = preview_import(sqlite_database, system, exported)
    assert report.exit_code == 65 and not report.changed
    assert "formule" in report.errors[0].reason
    assert report.errors[0].place.letter == "B" and report.errors[0].place.row == 2


def test_merged_cells(sqlite_database: Database, system: Actor, exported: Path) -> None:
    workbook = load_workbook(exported)
    workbook["Dossiers"].merge_cells("B2:C2")
    workbook.save(exported)
    assert "fusionnées" in refused(sqlite_database, system, exported)


def test_hidden_sheet(sqlite_database: Database, system: Actor, exported: Path) -> None:
    workbook = load_workbook(exported)
    workbook["Dossiers"].sheet_state = "hidden"
    workbook.save(exported)
    assert "« Dossiers » est masquée" in refused(sqlite_database, system, exported)


def test_1904_date_system(sqlite_database: Database, system: Actor, exported: Path) -> None:
    from openpyxl.utils.datetime import CALENDAR_MAC_1904

    workbook = load_workbook(exported)
    workbook.epoch = CALENDAR_MAC_1904
    workbook.save(exported)
    assert "1904" in refused(sqlite_database, system, exported)


def test_external_links(sqlite_database: Database, system: Actor, exported: Path,
                        tmp_path: Path) -> None:
    path = tmp_path / "liens.xlsx"
    link = (b'<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            b"<externalBook/></externalLink>")
    rewrite_zip(exported, path, {}, add={"xl/externalLinks/externalLink1.xml": link})
    assert "liaisons" in refused(sqlite_database, system, path)


def test_unknown_sheets_and_columns_are_reported_not_fatal(sqlite_database: Database,
                                                           system: Actor,
                                                           exported: Path) -> None:
    workbook = load_workbook(exported)
    workbook.create_sheet("Brouillon")["A1"] = "notes"
    sheet = workbook["Dossiers"]
    sheet.cell(1, sheet.max_column + 1).value = "Commentaire du SG"
    workbook.save(exported)
    report = preview_import(sqlite_database, system, exported)
    assert report.ready
    assert any("Brouillon" in note for note in report.notes)
    assert any("Commentaire du SG" in note for note in report.notes)


def test_plain_openpyxl_workbook_is_not_ours(sqlite_database: Database, system: Actor,
                                             tmp_path: Path) -> None:
    from openpyxl import Workbook

    buffer = io.BytesIO()
    workbook = Workbook()
    workbook.active.title = "Metadonnees"
    workbook.active["A1"] = "autre chose"
    workbook.save(buffer)
    path = tmp_path / "autre.xlsx"
    path.write_bytes(buffer.getvalue())
    assert "Cabinet Desktop" in refused(sqlite_database, system, path)


def test_entity_bomb_past_the_quick_check_is_stopped_by_defusedxml(
        sqlite_database: Database, system: Actor, exported: Path, tmp_path: Path) -> None:
    path = tmp_path / "entites-loin.xlsx"
    part = sheet_part(exported, "Dossiers")
    with zipfile.ZipFile(exported) as archive:
        xml = archive.read(part)
    body = xml.split(b"?>", 1)[-1] if xml.startswith(b"<?xml") else xml
    bomb = (b'<?xml version="1.0"?>' + b" " * 8192
            + b'<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>')
    rewrite_zip(exported, path, {part: bomb + body})
    message = refused(sqlite_database, system, path)
    assert "XML" in message


def test_rows_of_all_sheets_and_metadata_are_bounded(sqlite_database: Database, system: Actor,
                                                     exported: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(f"{IMPORTER}.MAX_TOTAL_ROWS", 0)
    assert "dépassent ensemble 0 lignes" in refused(sqlite_database, system, exported)
    monkeypatch.setattr(f"{IMPORTER}.MAX_META_ROWS", 3)
    assert "« Metadonnees » dépasse 3 lignes" in refused(sqlite_database, system, exported)
