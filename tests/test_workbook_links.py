"""Many-to-many links in the exchange workbook (a mission's dossiers, partners and indicators,
an interaction's or a consultation's missions), on both backends: exported as references,
changed, cleared and created from the workbook, checked, and never beyond clearance."""

from __future__ import annotations

from pathlib import Path

from cabinet_desktop.domain.enums import Classification, Role
from cabinet_desktop.services import listing, records
from cabinet_desktop.services.listing import ListQuery
from cabinet_desktop.store.database import Database
from tests import factories
from tests.workbook_support import (
    apply_import,
    director,
    export_workbook,
    load_workbook,
    preview_import,
    small_cabinet,
    unload_excel_libraries,
)

__all__ = ["unload_excel_libraries"]  # the module fixture that unloads openpyxl afterwards


def _cells(path: Path, sheet: str, reference: str) -> dict[str, object]:
    workbook = load_workbook(path, read_only=True)
    try:
        rows = list(workbook[sheet].iter_rows(values_only=True))
    finally:
        workbook.close()
    row = next(r for r in rows[1:] if r[0] == reference)
    return dict(zip(rows[0], list(row) + [None] * (len(rows[0]) - len(row)), strict=True))


def _set(path: Path, sheet: str, reference: str | None, values: dict[str, object]) -> None:
    workbook = load_workbook(path)
    worksheet = workbook[sheet]
    headers = {cell.value: cell.column for cell in worksheet[1]}
    row = (worksheet.max_row + 1 if reference is None else
           next(c[0].row for c in worksheet.iter_rows(min_row=2) if c[0].value == reference))
    for header, value in values.items():
        worksheet.cell(row, headers[header]).value = value
    workbook.save(path)


def _linked(database: Database, actor: object, mission_id: int) -> dict[str, list[int]]:
    record = records.get(database, actor, "mission", mission_id)  # type: ignore[arg-type]
    return {name: sorted(record.get(name) or []) for name in ("dossier_ids", "partner_ids")}


def test_links_round_trip_edit_and_create(database: Database, tmp_path: Path) -> None:
    dc = director(database)
    ids = small_cabinet(database, dc)
    extra = factories.dossier(database, dc, object="Dossier ajouté par le SG")
    mission = records.get(database, dc, "mission", ids["mission"])
    records.update(database, dc, "mission", mission.id, mission.version,
                   {"dossier_ids": [ids["dossier"], ids["secret"]],
                    "partner_ids": [ids["partner"]]})
    references = {name: records.get(database, dc, "dossier", ids[name]).reference
                  for name in ("dossier", "secret")}
    partner = records.get(database, dc, "partner", ids["partner"]).reference
    mission = records.get(database, dc, "mission", ids["mission"])
    path = tmp_path / "liens.xlsx"
    export_workbook(database, dc, path)
    cells = _cells(path, "Missions", mission.reference)
    assert cells["Dossiers liés"] == "; ".join(sorted(references.values()))
    assert cells["Partenaires liés"] == partner and cells["Indicateurs liés"] is None
    assert preview_import(database, dc, path).changed == []  # unchanged round trip

    # the Secrétariat replaces the open dossier by another, lower case and commas accepted
    _set(path, "Missions", mission.reference, {
        "Dossiers liés": f"{references['secret']}, {extra.reference.lower()}",
        "Partenaires liés": None})
    _set(path, "Missions", None, {"Intitulé": "Mission liée dès sa création",
                                  "Attribution": "A12", "Origine": "Initiative du cabinet",
                                  "Dossiers liés": extra.reference})
    report = preview_import(database, dc, path)
    assert report.ready, report.lines()
    change = report.changed[0]
    assert [(c.header, c.old, c.new) for c in change.changes] == [
        ("Dossiers liés", "; ".join(sorted(references.values())),
         "; ".join(sorted([references["secret"], extra.reference]))),
        ("Partenaires liés", partner, "")]
    apply_import(database, dc, report)
    assert _linked(database, dc, mission.id) == {
        "dossier_ids": sorted([ids["secret"], extra.id]), "partner_ids": []}
    rows = listing.page(database, dc, "mission", ListQuery(text="dès sa création")).rows
    created = records.get(database, dc, "mission", rows[0].id)
    assert list(created.get("dossier_ids")) == [extra.id]


def test_links_never_cross_clearance(database: Database, tmp_path: Path) -> None:
    dc = director(database)
    ids = small_cabinet(database, dc)
    mission = records.get(database, dc, "mission", ids["mission"])
    records.update(database, dc, "mission", mission.id, mission.version,
                   {"dossier_ids": [ids["dossier"], ids["secret"]]})
    secret = records.get(database, dc, "dossier", ids["secret"]).reference
    adviser = factories.make_user(database, "ct", Role.ADVISER, Classification.RESTRICTED)
    mission = records.get(database, adviser, "mission", ids["mission"])
    path = tmp_path / "conseiller.xlsx"
    export_workbook(database, adviser, path)
    shown = str(_cells(path, "Missions", mission.reference)["Dossiers liés"])
    assert secret not in shown  # the secret dossier's link is not exported
    # naming a dossier above the user's clearance is refused as an unknown reference
    _set(path, "Missions", mission.reference, {"Dossiers liés": f"{shown}; {secret}"})
    report = preview_import(database, adviser, path)
    assert not report.ready
    assert [p.reason for p in report.errors] == [
        f"référence(s) inconnue(s) ou au-delà de votre habilitation : {secret}."]
    assert report.errors[0].place.column == "Dossiers liés"
    # clearing the cell removes the links the user sees and keeps the secret one
    _set(path, "Missions", mission.reference, {"Dossiers liés": None})
    report = preview_import(database, adviser, path)
    assert report.ready and len(report.changed) == 1, report.lines()
    apply_import(database, adviser, report)
    assert _linked(database, dc, mission.id)["dossier_ids"] == [ids["secret"]]


def test_links_edited_then_resaved_by_libreoffice(sqlite_database: Database,
                                                  tmp_path: Path) -> None:
    from tests.workbook_support import libreoffice_resave

    dc = director(sqlite_database)
    ids = small_cabinet(sqlite_database, dc)
    mission = records.get(sqlite_database, dc, "mission", ids["mission"])
    dossier = records.get(sqlite_database, dc, "dossier", ids["dossier"]).reference
    path = tmp_path / "liens.xlsx"
    export_workbook(sqlite_database, dc, path)
    _set(path, "Missions", mission.reference, {"Dossiers liés": f" {dossier.lower()} ;"})
    resaved = libreoffice_resave(path, tmp_path)
    report = preview_import(sqlite_database, dc, resaved)
    assert report.ready, report.lines()
    assert [(c.header, c.old, c.new) for c in report.changed[0].changes] == [
        ("Dossiers liés", "", dossier)]
    apply_import(sqlite_database, dc, report)
    assert _linked(sqlite_database, dc, mission.id)["dossier_ids"] == [ids["dossier"]]
