"""Benchmark of the main window on the large demo database (≥100,000 dossiers).

Prints, for each figure, the product beside a floor measured in the same run:

- start: process start → main window shown with the dashboard filled, vs a bare process that
  imports PySide6 and SQLAlchemy and shows an empty QMainWindow (target ≤ 1.5× the floor);
- each pane opened with its first page, sorting dossiers by each column, a filter keystroke
  to results shown, scrolling to the last row (targets ≤ 150 ms), vs a raw indexed
  ``ORDER BY … LIMIT 200`` in sqlite3;
- « À traiter » of the DC, conseiller and secretariat demo accounts (target ≤ 150 ms) vs the
  same counts compiled to SQL and run by sqlite3 alone (``--to-do``: these lines only);
- peak resident memory after visiting every pane and sorting (target ≤ 300 MB) vs the bare
  process.

Usage: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/run.py [--database PATH] [--to-do]``;
the database is ``CABINET_BENCH_DATABASE`` or the user data directory's
(``bench/bench_database.py``). The bundle's lines (size, start to the sign-in dialog beside the
venv) come from ``bench/bundle_bench.py`` when ``dist/cabinet-desktop`` exists (``make bundle``).
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import resource
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import bundle_bench
from bench_database import large_database

HERE = Path(__file__).resolve().parent
PANE_ROUNDS = 3

BARE = """
import time, resource, sys
t0 = float(sys.argv[1])
from PySide6.QtWidgets import QApplication, QMainWindow
import sqlalchemy
app = QApplication([])
w = QMainWindow(); w.resize(1366, 768); w.show(); app.processEvents()
print(time.time() - t0, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""

#: The bare floor plus what any SQLAlchemy-ORM program with our 21 mapped tables pays before
#: its first query (import of the ORM and of the mappings, mapper configuration): shown for
#: information, to tell the cost of the chosen stack from the cost of our own code.
ORM_FLOOR = """
import time, resource, sys
t0 = float(sys.argv[1])
from PySide6.QtWidgets import QApplication, QMainWindow
import sqlalchemy.orm
import cabinet_desktop.domain.entities
sqlalchemy.orm.configure_mappers()
app = QApplication([])
w = QMainWindow(); w.resize(1366, 768); w.show(); app.processEvents()
print(time.time() - t0, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""

PRODUCT_START = """
import time, sys, resource
t0 = float(sys.argv[1])
from cabinet_desktop.ui.app import start_up  # what the `gui` command imports first
with start_up():  # as run_gui does; sign-in is bypassed here (a director, no argon2)
    from cabinet_desktop.store.database import open_database
    from cabinet_desktop.domain.enums import Classification, Role
    from cabinet_desktop.services.actor import Actor
    from cabinet_desktop.ui.app import make_application, open_window
    from PySide6.QtCore import QSettings
    app = make_application()
    db = open_database(sys.argv[2], create=False)
    s = QSettings(sys.argv[3], QSettings.Format.IniFormat)
    user = Actor(None, "dc", "Directeur de cabinet", Role.DIRECTOR, Classification.SECRET)
w = open_window(db, user, s)  # what run_gui does after sign-in
w.resize(1366, 768)
app.processEvents()
board = w.panes["dashboard"]
while board.loading:  # read on a worker thread: the clock stops when its cards are filled
    app.processEvents()
    time.sleep(0.0005)
app.processEvents()
elapsed = time.time() - t0
heavy = [m for m in ("reportlab", "openpyxl") if m in sys.modules]
lines = sum(card.tree.topLevelItemCount() for card in board.cards())
print(elapsed, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, ",".join(heavy) or "-",
      lines)
"""


#: The real sequence with sign-in: process start → sign-in dialog shown, then « Se connecter »
#: (the password check included) → dashboard filled; the user's typing is not counted.
SIGN_IN = """
import time, sys
t0 = float(sys.argv[1])
from cabinet_desktop.ui.app import start_up
with start_up():
    from cabinet_desktop.ui.app import make_application, open_window, load_window_code
    from cabinet_desktop.ui.signin.login_dialog import LoginDialog, open_database_gui
    from PySide6.QtCore import QSettings
    app = make_application()
    db = open_database_gui(sys.argv[2], demo=False)  # as run_gui: on a worker, progress shown
    dialog = LoginDialog(db)
    dialog.show()
app.processEvents()
shown = time.time() - t0
load_window_code()  # what run_gui does behind the dialog while the user types
dialog.login.setText("dc")
dialog.password.setText("dc-demo-2026")
t1 = time.time()
dialog.accept()
assert dialog.signed is not None, "sign-in refused"
w = open_window(db, dialog.signed.actor, QSettings(sys.argv[3], QSettings.Format.IniFormat))
w.resize(1366, 768)
app.processEvents()
board = w.panes["dashboard"]
while board.loading:
    app.processEvents()
    time.sleep(0.0005)
app.processEvents()
print(shown, time.time() - t1)
"""


def database_path(arg: str | None) -> Path:
    return large_database(arg)


def run_child(code: str, *args: str) -> list[str]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    out = subprocess.run([sys.executable, "-c", code, repr(time.time()), *args], env=env,
                         capture_output=True, text=True, check=True)
    return out.stdout.split()


def best(fn, repeat: int = 3) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def raw_floor(path: Path, column: str, table: str = "dossiers") -> float:
    conn = sqlite3.connect(str(path))
    try:
        return best(lambda: conn.execute(
            f"SELECT * FROM {table} ORDER BY {column}, id LIMIT 200").fetchall())
    finally:
        conn.close()


def settle(app, model, limit: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    """Let the model's background count arrive (what the user waits for to see the total)."""
    deadline = time.perf_counter() + limit
    while getattr(model, "counting", False) and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.001)


def measure_to_do(path: Path) -> list[tuple[str, float, float | None]]:
    """« À traiter » of each demo account with work lists, beside its raw SQL floor: the same
    counts, compiled to SQL, run by ``sqlite3`` alone (no session, no account re-read)."""
    import datetime as dt

    from sqlalchemy import case, func, literal, select

    from cabinet_desktop.domain.entities import Dossier, Indicator, Mission, User
    from cabinet_desktop.services import session_guard, work_lists
    from cabinet_desktop.services.account_records import actor_of
    from cabinet_desktop.store.database import open_database

    db = open_database(str(path), create=False)
    today = dt.date.today()
    figures: list[tuple[str, float, float | None]] = []
    conn = sqlite3.connect(str(path))
    try:
        with db.reading() as session:
            actors = [actor_of(user) for user in session.scalars(
                select(User).where(User.login.in_(["dc", "ct", "secretariat"]))
                .order_by(User.id))]
            statements = {}
            for actor in actors:
                person = session_guard.current(session, actor).person_id
                sql = []
                for work in work_lists.lines_for(actor):
                    table = {"dossier": Dossier, "mission": Mission,
                             "indicator": Indicator}[work.kind]
                    late = (func.sum(case((work.due < today, 1), else_=0))
                            if work.due is not None else literal(0))
                    stmt = select(func.count(), late).select_from(table).where(
                        work.condition(person, today),
                        *work_lists.base_conditions(table, int(actor.clearance)))
                    sql.append(str(stmt.compile(db.engine,
                                                compile_kwargs={"literal_binds": True})))
                statements[actor.login] = sql
        for actor in actors:
            product = best(lambda a=actor: work_lists.to_do(db, a, today), repeat=5)
            floor = best(lambda a=actor: [conn.execute(q).fetchall()
                                          for q in statements[a.login]], repeat=5)
            figures.append((f"« À traiter » du compte {actor.login} ({actor.role.label})",
                            product, floor))
    finally:
        conn.close()
        db.close()
    return figures


def measure_panes(path: Path, settings: Path) -> dict[str, Any]:
    """One process's figures for the panes: ``figures`` as (measure, product seconds, floor
    seconds or None), and ``total``, the dossiers the pane lists.

    Run in a fresh process per round (``--panes-round``): a pane's first opening happens once
    per process, so rounds are the only way to repeat it.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, Qt

    from cabinet_desktop.domain.enums import Classification, Role
    from cabinet_desktop.services.actor import Actor
    from cabinet_desktop.store.database import open_database
    from cabinet_desktop.ui.app import make_application
    from cabinet_desktop.ui.shell.main_window import ORDER, MainWindow
    from cabinet_desktop.ui.workspace import Workspace

    figures: list[tuple[str, float, float | None]] = []
    app = make_application()
    db = open_database(str(path), create=False)
    director = Actor(None, "dc", "Directeur de cabinet", Role.DIRECTOR, Classification.SECRET)
    window = MainWindow(Workspace(db, director),
                        QSettings(str(settings), QSettings.Format.IniFormat))
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    board = window.panes["dashboard"]
    while board.loading:  # the dashboard's read must not land inside a pane's figure
        app.processEvents()
        time.sleep(0.001)
    app.processEvents()
    floor_ref = raw_floor(path, "reference")
    for kind in ORDER[1:]:
        t = time.perf_counter()
        pane = window.show_pane(kind)
        pane.model.index(0, 0).data()
        app.processEvents()
        figures.append((f"Ouvrir le volet {kind} (1re page)", time.perf_counter() - t, floor_ref))
        if getattr(pane.model, "counting", False):
            settle(app, pane.model)
            figures.append(("  … et son total « N affichés sur M »", time.perf_counter() - t, None))
    pane = window.show_pane("dossier")
    settle(app, pane.model)
    total = pane.model.rowCount()
    for number, column in enumerate(pane.model.columns):
        if column.sort_key is None:
            continue
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            t = time.perf_counter()
            pane.model.sort(number, order)
            pane.model.index(0, 0).data()
            app.processEvents()
            elapsed = time.perf_counter() - t
            direction = "↑" if order == Qt.SortOrder.AscendingOrder else "↓"
            plain = column.sort_key in ("reference", "object", "state", "received_date",
                                        "avis_due_date", "classification", "avis_kind",
                                        "origin_structure")
            figures.append((f"Trier les dossiers par {column.title} {direction}", elapsed,
                            raw_floor(path, column.sort_key) if plain else None))
    pane.filters.clear()
    app.processEvents()
    settle(app, pane.model)
    t = time.perf_counter()
    pane.filters.text.setText("a")
    pane.filters.changed.emit()  # what the debounce timer does (its 180 ms delay excluded)
    pane.model.index(0, 0).data()
    app.processEvents()
    figures.append(("Frappe dans le filtre → résultats", time.perf_counter() - t, floor_ref))
    if getattr(pane.model, "counting", False):
        settle(app, pane.model)
        figures.append(("  … et le total des résultats", time.perf_counter() - t, None))
    pane.filters.clear()
    app.processEvents()
    settle(app, pane.model)  # the scroll bar spans every row only once they are counted
    assert pane.model.rowCount() == total
    t = time.perf_counter()
    pane.view.scrollToBottom()
    pane.model.index(pane.model.rowCount() - 1, 0).data()
    app.processEvents()
    figures.append((f"Défiler jusqu'à la dernière ligne ({total:,} lignes)".replace(",", " "),
                    time.perf_counter() - t, floor_ref))
    figures.extend(measure_to_do(path))
    figures.append(("Mémoire résidente maximale",
                    resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, None))
    db.close()
    return {"figures": figures, "total": total}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database")
    parser.add_argument("--json", help="also write the results to this file")
    parser.add_argument("--panes-round", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--to-do", action="store_true",
                        help="only the « À traiter » figures (one process)")
    args = parser.parse_args()
    path = database_path(args.database)
    if args.to_do:
        for name, value, floor in measure_to_do(path):
            print(f"{name:<60}  {value * 1000:>7.1f} ms  {(floor or 0) * 1000:>7.1f} ms  "
                  "cible ≤ 150 ms")
        return 0
    tmp_settings = HERE / "data" / "bench-settings.ini"
    tmp_settings.parent.mkdir(parents=True, exist_ok=True)
    if args.panes_round:
        round_settings = tmp_settings.with_name(f"bench-settings-{os.getpid()}.ini")
        try:
            print(json.dumps(measure_panes(path, round_settings)))
        finally:
            round_settings.unlink(missing_ok=True)
        return 0
    tmp_settings.unlink(missing_ok=True)
    # As an installed package has it: the application's modules compiled to bytecode (pip
    # does it at install time; a checkout run with PYTHONDONTWRITEBYTECODE=1 never would).
    compileall.compile_dir(str(HERE.parent / "cabinet_desktop"), quiet=1)
    rows: list[tuple[str, str, str, str]] = []
    from cabinet_desktop.store.database import open_database

    open_database(str(path), create=False).close()  # schema upgraded before any timing

    # Floor and product alternate (five of each, best kept) so a load change on a shared
    # machine weighs on both alike rather than on whichever ran second.
    bare: list[list[str]] = []
    orm: list[list[str]] = []
    product: list[list[str]] = []
    for _ in range(5):
        bare.append(run_child(BARE))
        orm.append(run_child(ORM_FLOOR))
        product.append(run_child(PRODUCT_START, str(path), str(tmp_settings)))
    signed = [run_child(SIGN_IN, str(path), str(tmp_settings)) for _ in range(3)]
    if any(int(p[3]) == 0 for p in product):
        raise SystemExit("Le tableau de bord est resté vide au démarrage : mesure invalide.")
    bare_time = min(float(b[0]) for b in bare)
    bare_rss = min(float(b[1]) for b in bare)
    start_time = min(float(p[0]) for p in product)
    orm_time = min(float(o[0]) for o in orm)
    rows.append(("Démarrage → fenêtre et tableau de bord (sans connexion)", f"{start_time:.2f} s",
                 f"{bare_time:.2f} s", f"{start_time / bare_time:.2f}× (cible ≤ 1,5×)"))
    rows.append(("  plancher + ORM et correspondances (information)", f"{orm_time:.2f} s",
                 f"{bare_time:.2f} s", f"{orm_time / bare_time:.2f}× (coût de la pile seule)"))
    dialog_time = min(float(x[0]) for x in signed)
    after_time = min(float(x[1]) for x in signed)
    rows.append(("Avec connexion : démarrage → fenêtre de connexion", f"{dialog_time:.2f} s",
                 f"{bare_time:.2f} s", f"{dialog_time / bare_time:.2f}× (premier écran réel)"))
    rows.append(("  « Se connecter » → tableau de bord rempli", f"{after_time:.2f} s", "-",
                 "(information, mot de passe vérifié compris)"))
    rows.append(("reportlab/openpyxl chargés au démarrage", product[0][2], "-", "cible : -"))

    # The panes: three rounds, each in a fresh process, best of each figure kept.
    rounds = []
    total = 0
    for _ in range(PANE_ROUNDS):
        out = subprocess.run([sys.executable, str(Path(__file__)), "--panes-round",
                              "--database", str(path)], capture_output=True, text=True,
                             check=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
        rounds.append(json.loads(out.stdout.strip().splitlines()[-1])["figures"])
        total = json.loads(out.stdout.strip().splitlines()[-1])["total"]
    # A figure is matched by its name: a round may have a line another lacks (the « … et son
    # total » line only when the count was still running).
    by_name: dict[str, list[tuple[float, float | None]]] = {}
    for figures in rounds:
        for name, value, floor in figures:
            by_name.setdefault(name, []).append((value, floor))
    for name, measured in by_name.items():
        value = min(v for v, _f in measured)
        floors = [f for _v, f in measured if f is not None]
        floor = min(floors) if floors else None
        if name.startswith("Mémoire"):
            rows.append((name, f"{value:.0f} Mo", f"{bare_rss:.0f} Mo", "cible ≤ 300 Mo"))
            continue
        informative = name.startswith("  …")
        rows.append((name, f"{value * 1000:.0f} ms",
                     "-" if informative else
                     f"{floor * 1000:.1f} ms" if floor is not None else "(jointure)",
                     "(information)" if informative else "cible ≤ 150 ms"))

    # The bundle (make bundle): its size, and its start to the sign-in dialog beside the venv's.
    if (bundle_bench.DEFAULT_BUNDLE / bundle_bench.NAME).exists():
        rows.extend(bundle_bench.measure())
    else:
        rows.append(("Paquet : absent (make bundle pour le mesurer)", "-", "-", "-"))

    width = max(len(r[0]) for r in rows)
    print(f"Base : {path} ({total:,} dossiers visibles)".replace(",", " "))
    print(f"{'Mesure':<{width}}  {'Produit':>10}  {'Plancher':>10}  Cible")
    for name, value, floor_text, target in rows:
        print(f"{name:<{width}}  {value:>10}  {floor_text:>10}  {target}")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
