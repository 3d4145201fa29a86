"""The Excel exchange on both backends: round trips, edits by openpyxl and by LibreOffice,
conflicts, clearance, all-or-nothing apply, cancellation, the error workbook."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from cabinet_desktop.domain.enums import Classification, Role
from cabinet_desktop.domain.errors import ConflictError, PermissionDenied
from cabinet_desktop.services import records
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.tasks import Cancelled, TaskState
from cabinet_desktop.store.database import Database
from cabinet_desktop.store.listing import ListQuery
from tests import factories
from tests.workbook_support import (
    LISTS_SHEET,
    META_SHEET,
    apply_import,
    director,
    export_workbook,
    libreoffice_resave,
    load_workbook,
    preview_import,
    small_cabinet,
    unload_excel_libraries,
    write_error_workbook,
)

ERROR_RGB = "FFC7CE"  # error_book.ERROR_FILL
__all__ = ["unload_excel_libraries"]  # the module fixture that unloads openpyxl afterwards


def _row_of(sheet, reference: str) -> int:  # type: ignore[no-untyped-def]
    for row in sheet.iter_rows(min_row=2):
        if row[0].value == reference:
            return int(row[0].row)
    raise AssertionError(reference)


def _column(sheet, header: str) -> int:  # type: ignore[no-untyped-def]
    for cell in sheet[1]:
        if cell.value == header:
            return int(cell.column)
    raise AssertionError(header)


def _edit(path: Path, reference: str, sheet_title: str, edits: dict[str, object]) -> None:
    workbook = load_workbook(path)
    sheet = workbook[sheet_title]
    row = _row_of(sheet, reference)
    for header, value in edits.items():
        sheet.cell(row, _column(sheet, header)).value = value
    workbook.save(path)


def test_export_format(database: Database, tmp_path: Path) -> None:
    dc = director(database)
    ids = small_cabinet(database, dc)
    path = tmp_path / "cabinet.xlsx"
    summary = export_workbook(database, dc, path)
    assert dict(summary.rows)["Dossiers"] == 3
    workbook = load_workbook(path)
    assert workbook.sheetnames[0] == "Notice"
    assert workbook.sheetnames[-2:] == [LISTS_SHEET, META_SHEET]
    assert workbook[LISTS_SHEET].sheet_state == "hidden"
    assert workbook[META_SHEET].sheet_state == "hidden"
    dossiers = workbook["Dossiers"]
    assert dossiers.freeze_panes == "B2"
    assert dossiers.auto_filter.ref == "A1:L4"
    assert [c.value for c in dossiers[1]][:5] == ["Référence", "Objet", "Structure émettrice",
                                                 "Date de réception", "Échéance de l'avis"]
    row = _row_of(dossiers, "DOS-2026-0001")
    due = dossiers.cell(row, _column(dossiers, "Échéance de l'avis"))
    assert due.value == dt.datetime(2026, 11, 27) and due.number_format == "dd/mm/yyyy"
    lists = {str(dv.sqref).split(":")[0][0] for dv in
             dossiers.data_validations.dataValidation}
    assert {"F", "G", "H"} <= lists  # instructor, classification, sensitive
    formula = dossiers.cell(_row_of(dossiers, "DOS-2026-0003"), 2)
    assert formula.data_type == "s" and formula.quotePrefix
    assert formula.value.startswith("=HYPERLINK")
    agreements = workbook["Conventions"]
    amount = agreements.cell(2, _column(agreements, "Montant engagé"))
    assert amount.value == 1_500_000_000 and amount.number_format == "#,##0.00"
    assert agreements.cell(2, 1).value == f"CNV-{ids['agreement']}"
    meta = {r[0]: r[1] for r in workbook[META_SHEET].iter_rows(max_row=7, values_only=True)}
    assert meta["format"] == "cabinet-desktop-classeur" and meta["version"] == "1"
    assert len(meta["database"]) == 64


def test_round_trip_unchanged_gives_no_change(database: Database, tmp_path: Path) -> None:
    dc = director(database)
    small_cabinet(database, dc)
    path = tmp_path / "cabinet.xlsx"
    summary = export_workbook(database, dc, path)
    report = preview_import(database, dc, path)
    assert report.ready and not report.new and not report.changed and not report.conflicts
    assert report.unchanged == summary.total


def test_openpyxl_edits_import_exactly(database: Database, tmp_path: Path) -> None:
    dc = director(database)
    ids = small_cabinet(database, dc)
    path = tmp_path / "cabinet.xlsx"
    export_workbook(database, dc, path)
    _edit(path, "DOS-2026-0001", "Dossiers", {"Objet": "Décret révisé — « Électricité »",
                                               "Échéance de l'avis": "15/12/2026"})
    _edit(path, f"CNV-{ids['agreement']}", "Conventions", {"Montant décaissé": "1 234,5"})
    workbook = load_workbook(path)
    missions = workbook["Missions"]
    missions.append(["", "Préparer la revue à mi-parcours",
                     missions.cell(2, 3).value, "Initiative du cabinet"])
    workbook.save(path)
    report = preview_import(database, dc, path)
    assert report.ready, report.lines()
    assert len(report.new) == 1 and report.new[0].summary == "Préparer la revue à mi-parcours"
    changes = {(c.reference, f.header): (f.old, f.new) for c in report.changed
               for f in c.changes}
    assert changes == {
        ("DOS-2026-0001", "Objet"): ("Projet de décret — « Énergie »",
                                     "Décret révisé — « Électricité »"),
        ("DOS-2026-0001", "Échéance de l'avis"): ("27/11/2026", "15/12/2026"),
        (f"CNV-{ids['agreement']}", "Montant décaissé"): ("0", "1\u202f234,5"),
    }
    apply_import(database, dc, report)
    dossier = records.get(database, dc, "dossier", ids["dossier"])
    assert dossier["object"] == "Décret révisé — « Électricité »"
    assert dossier["avis_due_date"] == dt.date(2026, 12, 15)
    agreement = records.get(database, dc, "agreement", ids["agreement"])
    assert agreement["amount_disbursed"] == Decimal("1234.5")
    again = preview_import(database, dc, path)  # the same file, now applied
    assert not again.changed and not again.conflicts and len(again.new) == 1


def test_libreoffice_resaved_edits_import_exactly(database: Database, tmp_path: Path) -> None:
    dc = director(database)
    ids = small_cabinet(database, dc)
    path = tmp_path / "cabinet.xlsx"
    export_workbook(database, dc, path)
    _edit(path, "DOS-2026-0001", "Dossiers", {"Résumé": "Avis attendu — délai très court",
                                               "Date de réception": dt.date(2026, 10, 30)})
    resaved = libreoffice_resave(path, tmp_path)
    report = preview_import(database, dc, resaved)
    assert report.ready, report.lines()
    assert not report.new and not report.conflicts
    changes = {(c.reference, f.header): f.new for c in report.changed for f in c.changes}
    assert changes == {("DOS-2026-0001", "Résumé"): "Avis attendu — délai très court",
                       ("DOS-2026-0001", "Date de réception"): "30/10/2026"}
    apply_import(database, dc, report)
    dossier = records.get(database, dc, "dossier", ids["dossier"])
    assert dossier["received_date"] == dt.date(2026, 10, 30)
    assert dossier["object"] == "Projet de décret — « Énergie »"  # accents intact
    assert records.get(database, dc, "dossier", ids["formula"])["object"].startswith("=HYPER")


def test_concurrent_change_is_a_conflict_never_overwritten(database: Database,
                                                          tmp_path: Path) -> None:
    dc = director(database)
    ids = small_cabinet(database, dc)
    path = tmp_path / "cabinet.xlsx"
    export_workbook(database, dc, path)
    dossier = records.get(database, dc, "dossier", ids["dossier"])
    records.update(database, dc, "dossier", dossier.id, dossier.version,
                   {"summary": "Complété au cabinet"})
    _edit(path, "DOS-2026-0001", "Dossiers", {"Objet": "Objet changé par le SG"})
    report = preview_import(database, dc, path)
    assert [c.change.reference for c in report.conflicts] == ["DOS-2026-0001"]
    saved = records.get(database, dc, "dossier", ids["dossier"])
    assert report.conflicts[0].saved_by == records.last_saves(
        database, dc, "dossier", [ids["dossier"]])[ids["dossier"]][0] != "un autre utilisateur"
    assert report.conflicts[0].saved_at is not None
    assert report.conflicts[0].saved_at == saved["updated_at"]
    assert report.exit_code == 75
    with pytest.raises(ConflictError):
        apply_import(database, dc, report)
    current = records.get(database, dc, "dossier", ids["dossier"])
    assert current["object"] == "Projet de décret — « Énergie »"
    assert current["summary"] == "Complété au cabinet"


def test_clearance_on_export_and_import(database: Database, tmp_path: Path) -> None:
    dc = director(database)
    small_cabinet(database, dc)
    ct = factories.make_user(database, "ct", Role.ADVISER, Classification.CONFIDENTIAL)
    mine = tmp_path / "ct.xlsx"
    export_workbook(database, ct, mine)
    dossiers = load_workbook(mine)["Dossiers"]
    references = [row[0] for row in dossiers.iter_rows(min_row=2, values_only=True)]
    assert "DOS-2026-0002" not in references and len(references) == 2
    levels = [r[0] for r in load_workbook(mine)[LISTS_SHEET].iter_rows(values_only=True)]
    assert "Secret" not in levels
    full = tmp_path / "dc.xlsx"
    export_workbook(database, dc, full)
    _edit(full, "DOS-2026-0002", "Dossiers", {"Objet": "Tentative"})
    workbook = load_workbook(full)
    workbook["Dossiers"].append(["", "Nouveau dossier secret", "SG", "02/12/2026", None, None,
                                 "Secret"])
    workbook.save(full)
    report = preview_import(database, ct, full)
    refused = sorted(p.place.row for p in report.refused)
    assert len(refused) == 2 and report.exit_code == 77
    assert any("habilitation" in p.reason for p in report.refused)
    with pytest.raises(PermissionDenied):
        apply_import(database, ct, report)
    assert records.get(database, dc, "dossier", 2)["object"] == "Dossier réservé"


def test_errors_are_named_and_nothing_is_written(database: Database, tmp_path: Path) -> None:
    dc = director(database)
    ids = small_cabinet(database, dc)
    path = tmp_path / "cabinet.xlsx"
    export_workbook(database, dc, path)
    _edit(path, "DOS-2026-0001", "Dossiers", {"Objet": "Bon changement",
                                               "Échéance de l'avis": "31/02/2026",
                                               "Conseiller instructeur": "Inconnu Dupont"})
    _edit(path, f"CNV-{ids['agreement']}", "Conventions", {"Taux de change (FCFA)": "=2*3"})
    report = preview_import(database, dc, path)
    described = [p.describe() for p in report.errors]
    assert any("feuille « Dossiers », ligne" in d and "Échéance de l'avis" in d
               and "31/02/2026" in d for d in described), described
    assert any("Conseiller instructeur" in d and "Inconnu Dupont" in d for d in described)
    assert any("formule" in d and "Conventions" in d for d in described)
    assert report.exit_code == 65
    out = tmp_path / "erreurs.xlsx"
    assert write_error_workbook(path, report, out) == 3
    sheet = load_workbook(out)["Dossiers"]
    row = _row_of(sheet, "DOS-2026-0001")
    cell = sheet.cell(row, _column(sheet, "Échéance de l'avis"))
    assert cell.fill.fgColor.rgb.endswith(ERROR_RGB)
    assert "JJ/MM/AAAA" in cell.comment.text
    assert records.get(database, dc, "dossier", ids["dossier"])["object"] != "Bon changement"


def test_apply_is_all_or_nothing_and_cancel_writes_nothing(database: Database,
                                                          tmp_path: Path) -> None:
    dc = director(database)
    ids = small_cabinet(database, dc)
    path = tmp_path / "cabinet.xlsx"
    export_workbook(database, dc, path)
    _edit(path, "DOS-2026-0001", "Dossiers", {"Objet": "Premier"})
    _edit(path, "MIS-2026-0001", "Missions", {"Avancement (%)": 90})
    report = preview_import(database, dc, path)
    state = TaskState()
    state.cancel()
    with pytest.raises(Cancelled):
        apply_import(database, dc, report, state)
    assert records.get(database, dc, "mission", ids["mission"])["progress"] == 40
    mission = records.get(database, dc, "mission", ids["mission"])
    records.update(database, dc, "mission", mission.id, mission.version, {"progress": 50})
    with pytest.raises(ConflictError):  # changed between preview and apply: all rolled back
        apply_import(database, dc, report)
    assert records.get(database, dc, "dossier", ids["dossier"])["object"] != "Premier"


def test_template_and_filtered_export(database: Database, tmp_path: Path,
                                      system: Actor) -> None:
    dc = director(database)
    small_cabinet(database, dc)
    template = tmp_path / "modele.xlsx"
    summary = export_workbook(database, dc, template, template=True)
    assert summary.total == 0
    assert load_workbook(template)["Dossiers"].max_row == 1
    filtered = tmp_path / "filtre.xlsx"
    summary = export_workbook(database, dc, filtered, kinds=["dossier"],
                              query=ListQuery(text="décret"))
    assert summary.rows == (("Dossiers", 1),)
    chosen = tmp_path / "choix.xlsx"
    assert export_workbook(database, dc, chosen, kinds=["mission"], ids=[1]).total == 1


def test_export_converts_cleanly_in_libreoffice(database: Database, tmp_path: Path) -> None:
    import subprocess

    from tests.workbook_support import soffice

    dc = director(database)
    small_cabinet(database, dc)
    path = tmp_path / "cabinet.xlsx"
    export_workbook(database, dc, path, kinds=["dossier"])
    profile = tmp_path / "lo-profile"
    # Sheet 2 (Dossiers) as CSV, UTF-8, cells as shown, French locale.
    options = "csv:Text - txt - csv (StarCalc):59,34,76,1,,1036,false,true,true,false,false,2"
    done = subprocess.run([soffice(), f"-env:UserInstallation=file://{profile}", "--headless",
                           "--convert-to", options, "--outdir", str(tmp_path), str(path)],
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    produced = sorted(tmp_path.glob("cabinet*.csv"))
    assert produced, done.stdout + done.stderr
    text = produced[0].read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0].startswith("Référence;Objet;Structure émettrice;Date de réception")
    row = next(line for line in lines if line.startswith("DOS-2026-0001"))
    assert "Projet de décret — « Énergie »" in row and "27/11/2026" in row
    assert "Err:" not in text and "#NAME" not in text


def test_error_workbook_of_a_large_file_is_streamed(database: Database, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("cabinet_desktop.exchange.workbook.error_book.STREAM_ABOVE", 0)
    dc = director(database)
    small_cabinet(database, dc)
    path = tmp_path / "cabinet.xlsx"
    export_workbook(database, dc, path)
    _edit(path, "MIS-2026-0001", "Missions", {"Échéance": "le 31 juin"})
    report = preview_import(database, dc, path)
    out = tmp_path / "erreurs.xlsx"
    assert write_error_workbook(path, report, out) == 1
    workbook = load_workbook(out)
    assert workbook[META_SHEET].sheet_state == "hidden"
    missions = workbook["Missions"]
    cell = missions.cell(_row_of(missions, "MIS-2026-0001"), _column(missions, "Échéance"))
    assert cell.value == "le 31 juin" and "date invalide" in cell.comment.text
    dossiers = workbook["Dossiers"]
    due = dossiers.cell(_row_of(dossiers, "DOS-2026-0001"), _column(dossiers,
                                                                    "Échéance de l'avis"))
    assert due.value == dt.datetime(2026, 11, 27) and due.number_format == "dd/mm/yyyy"
    again = preview_import(database, dc, out)  # the returned file imports like the original
    assert again.error_count == 1 and not again.conflicts


def test_cancelled_export_leaves_no_file(database: Database, tmp_path: Path) -> None:
    dc = director(database)
    small_cabinet(database, dc)
    state = TaskState(on_progress=lambda step, done, total: state.cancel())
    folder = tmp_path / "exports"
    folder.mkdir()
    with pytest.raises(Cancelled):
        export_workbook(database, dc, folder / "annule.xlsx", state=state)
    assert list(folder.iterdir()) == []


def test_a_dossier_created_by_an_import_starts_the_circuit(database: Database,
                                                          tmp_path: Path) -> None:
    """A new dossier row gets its first step « Enregistrement », by the importing user, as a
    dossier registered from the window does."""
    from cabinet_desktop.domain.enums import CircuitStep, DossierState
    from cabinet_desktop.services import circuit

    dc = director(database)
    small_cabinet(database, dc)
    path = tmp_path / "cabinet.xlsx"
    export_workbook(database, dc, path)
    workbook = load_workbook(path)
    workbook["Dossiers"].append(["", "Demande d'audience de la BOAD", "SG", "02/12/2026", None,
                                 None, "Non classifié"])
    workbook.save(path)
    report = preview_import(database, dc, path)
    assert len(report.new) == 1 and report.ready
    apply_import(database, dc, report)
    created = records.get_by_reference(database, dc, "dossier", "DOS-2026-0004")
    assert created["object"] == "Demande d'audience de la BOAD"
    steps = circuit.history(database, dc, created.id)
    assert [(s["action"], s["to_state"]) for s in steps] == [
        (CircuitStep.REGISTER, DossierState.RECEIVED)]
    assert steps[0]["user"] == dc.login and "classeur Excel" in steps[0]["comment"]
