"""Benchmark of the Excel exchange on the large demo database (100,000 dossiers).

Each figure beside openpyxl's own floor on the same cells, measured in the same run, each in a
fresh process (its peak memory is its own):

- export of the whole database vs openpyxl write-only writing the same cells, held in memory,
  date cells styled the cheapest way (the writer's own technique) (target ≤ 1.2×);
- import dry run of a file with 1,000 changed dossiers vs openpyxl read-only reading every cell
  of that file (target ≤ 1.5×);
- import apply of those 1,000 changes (on a copy of the database), for information;
- peak resident memory of each (target ≤ 400 MB);
- LibreOffice Calc headless opening the export (converting it to CSV), where installed.

Usage: ``.venv/bin/python bench/workbook_bench.py [--database PATH]``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from run import database_path  # noqa: E402  (bench/run.py: the large database's path)

ACTOR = """
from cabinet_desktop.domain.enums import Classification, Role
from cabinet_desktop.services.actor import Actor
actor = Actor(None, "dc", "Directeur de cabinet", Role.DIRECTOR, Classification.SECRET)
"""

EXPORT = ACTOR + """
import resource, sys, time, json
from cabinet_desktop.store.database import open_database
from cabinet_desktop.exchange.workbook.export import export_workbook
db = open_database(sys.argv[1], create=False)
t = time.perf_counter()
summary = export_workbook(db, actor, sys.argv[2])
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps([time.perf_counter() - t, peak, summary.total]))
"""

WRITE_FLOOR = """
import datetime as dt, resource, sys, time, json
from copy import copy
from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
source = load_workbook(sys.argv[1], read_only=True)
sheets = [(name, [list(r) for r in source[name].iter_rows(values_only=True)])
          for name in source.sheetnames]
source.close()
import gc
gc.collect()
gc.freeze()  # the cells held in memory are not the writer's work: keep the GC off them
t = time.perf_counter()
wb = Workbook(write_only=True)
for name, rows in sheets:
    ws = wb.create_sheet(name)
    proto = WriteOnlyCell(ws)
    proto.number_format = "dd/mm/yyyy"
    for row in rows:
        out = []
        for value in row:
            if isinstance(value, dt.datetime):  # a date cell, styled the cheapest way
                cell = WriteOnlyCell(ws)
                cell._style = copy(proto._style)
                cell._value = value.date()
                cell.data_type = "d"
                out.append(cell)
            else:
                out.append(value)
        ws.append(out)
wb.save(sys.argv[2])
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps([time.perf_counter() - t, peak]))
"""

EDIT = """
import datetime as dt, sys
from openpyxl import Workbook, load_workbook
source = load_workbook(sys.argv[1], read_only=True)
wb = Workbook(write_only=True)
changed = 0
for name in source.sheetnames:
    ws = wb.create_sheet(name)
    for number, row in enumerate(source[name].iter_rows(values_only=True)):
        row = list(row)
        if name == "Dossiers" and number % 97 == 1 and changed < 1000:
            row[-1] = f"Résumé revu par le Secrétariat général (ligne {number})"
            changed += 1
        ws.append([v.date() if isinstance(v, dt.datetime) else v for v in row])
    if name in ("Listes", "Metadonnees"):
        ws.sheet_state = "hidden"
source.close()
wb.save(sys.argv[2])
print(changed)
"""

PREVIEW = ACTOR + """
import resource, sys, time, json
from cabinet_desktop.store.database import open_database
from cabinet_desktop.exchange.workbook.importer import apply_import, preview_import
db = open_database(sys.argv[1], create=False)
t = time.perf_counter()
report = preview_import(db, actor, sys.argv[2])
preview = time.perf_counter() - t
applied = None
if len(sys.argv) > 3:
    t = time.perf_counter()
    apply_import(db, actor, report)
    applied = time.perf_counter() - t
print(json.dumps([preview, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  len(report.changed), report.error_count, len(report.conflicts), applied]))
"""

READ_FLOOR = """
import resource, sys, time, json
from openpyxl import load_workbook
t = time.perf_counter()
wb = load_workbook(sys.argv[1], read_only=True)
cells = 0
for ws in wb.worksheets:
    for row in ws.iter_rows():
        for cell in row:
            cells += cell.value is not None
wb.close()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps([time.perf_counter() - t, peak, cells]))
"""


def child(code: str, *args: str) -> list:  # type: ignore[type-arg]
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                         check=True)
    return list(json.loads(out.stdout.strip().splitlines()[-1]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database")
    parser.add_argument("--rounds", type=int, default=2,
                        help="runs of each figure (best kept)")
    args = parser.parse_args()
    path = database_path(args.database)
    rows: list[tuple[str, str, str, str]] = []
    with tempfile.TemporaryDirectory(prefix="cabinet-bench-") as tmp:
        work = Path(tmp)
        exported, floor_file = work / "export.xlsx", work / "floor.xlsx"
        # Product and floor alternate, best of each kept: a load change on a shared machine
        # weighs on both alike.
        products, floors = [], []
        for _ in range(args.rounds):
            products.append(child(EXPORT, str(path), str(exported)))
            floors.append(child(WRITE_FLOOR, str(exported), str(floor_file)))
        product = min(products, key=lambda r: r[0])
        floor = min(floors, key=lambda r: r[0])
        rows.append((f"Export de toute la base ({product[2]:,} lignes)".replace(",", " "),
                     f"{product[0]:.1f} s", f"{floor[0]:.1f} s",
                     f"{product[0] / floor[0]:.2f}× (cible ≤ 1,2×)"))
        rows.append(("  mémoire maximale de l'export", f"{max(p[1] for p in products):.0f} Mo",
                     f"{floor[1]:.0f} Mo", "cible ≤ 400 Mo"))
        edited = work / "edited.xlsx"
        subprocess.run([sys.executable, "-c", EDIT, str(exported), str(edited)], check=True,
                       capture_output=True)
        previews, read_floors = [], []
        for _ in range(args.rounds):
            previews.append(child(PREVIEW, str(path), str(edited)))
            read_floors.append(child(READ_FLOOR, str(edited)))
        preview = min(previews, key=lambda r: r[0])
        read_floor = min(read_floors, key=lambda r: r[0])
        rows.append((f"Import à blanc ({preview[2]} lignes modifiées, {preview[3]} erreurs, "
                     f"{preview[4]} conflits)", f"{preview[0]:.1f} s", f"{read_floor[0]:.1f} s",
                     f"{preview[0] / read_floor[0]:.2f}× (cible ≤ 1,5×)"))
        rows.append(("  mémoire maximale de l'import", f"{max(p[1] for p in previews):.0f} Mo",
                     f"{read_floor[1]:.0f} Mo", "cible ≤ 400 Mo"))
        copy = work / "copy.sqlite3"
        shutil.copyfile(path, copy)
        applied = child(PREVIEW, str(copy), str(edited), "apply")
        rows.append(("Import appliqué (aperçu puis enregistrement)",
                     f"{applied[0] + applied[5]:.1f} s", "-",
                     f"dont enregistrement {applied[5]:.1f} s (information)"))
        soffice = shutil.which("soffice")
        if soffice:
            t = time.perf_counter()
            subprocess.run([soffice, f"-env:UserInstallation=file://{work / 'lo'}",
                            "--headless", "--convert-to", "csv", "--outdir", str(work),
                            str(exported)], check=True, capture_output=True, timeout=1800)
            rows.append(("LibreOffice Calc ouvre l'export (conversion CSV)",
                         f"{time.perf_counter() - t:.1f} s", "-", "(comparaison)"))
    width = max(len(r[0]) for r in rows)
    print(f"Base : {path}")
    print(f"{'Mesure':<{width}}  {'Produit':>9}  {'Plancher':>9}  Cible")
    for name, value, floor_text, target in rows:
        print(f"{name:<{width}}  {value:>9}  {floor_text:>9}  {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
