"""Search keystroke → results shown, on the 100,000-dossier database, beside a raw FTS5 floor.

Usage::

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/search_bench.py [--database PATH]

The database is ``CABINET_BENCH_DATABASE`` or the user data directory's (``--database``
overrides; ``bench/bench_database.py``),
a ``large`` demo database built there once when missing. For each prefix a user
types on the way to a word, it prints the median of several runs of:

* **floor** — the bare FTS5 query in the standard ``sqlite3`` module (same MATCH expression,
  ``ORDER BY bm25 LIMIT``), no Python objects beyond the rows;
* **service** — ``services.search.search`` (permission, clearance, one top-N query per kind,
  snippets, frozen rows);
* **UI** — from the keystroke being handled (debounce timer skipped) until the popup is filled
  and painted: the query runs on the search box's worker thread and comes back by signal.

The box waits 150 ms after the last keystroke before querying (by design, so a fast typist
does not queue a query per key); that pause is not included in the UI figure.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_database import large_database

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from cabinet_desktop.services.actor import system_actor
from cabinet_desktop.services.search import search
from cabinet_desktop.store.database import Database, open_database
from cabinet_desktop.store.search_index import _fts5_query, terms

#: Keystrokes on the way to words, a two-word query and a reference; ``de``, ``mi`` and the
#: ``DOS-2`` of a reference being typed match 60,000–112,000 entries, ``ministere d`` has a
#: one-letter word.
QUERIES = ("se", "sec", "secu", "securite", "conv", "convention fin", "afd", "de", "mi", "min",
           "ministere", "ministere d", "DOS-2", "DOS-2019-4", "DOS-2019-4242")
RUNS = 7
FLOOR_SQL = ("SELECT rowid, bm25(search_fts, 10.0, 4.0, 1.0) AS s FROM search_fts "
             "WHERE search_fts MATCH ? ORDER BY s LIMIT 48")
TARGET_MS = 150.0


def _database(path: Path | None) -> Database:
    return open_database(str(large_database(path)), create=False)


def _median_ms(action: object, runs: int = RUNS) -> float:
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        action()  # type: ignore[operator]
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", type=Path)
    args = parser.parse_args()
    database = _database(args.database)
    if not database.is_sqlite:
        print("Ce banc mesure SQLite (le plancher est le module sqlite3).")
        return 2
    actor = system_actor("bench")
    path = str(database.url.database)
    raw = sqlite3.connect(path)
    dossiers = raw.execute("SELECT count(*) FROM dossiers").fetchone()[0]
    entries = raw.execute("SELECT count(*) FROM search_fts").fetchone()[0]
    print(f"Base : {path} — {dossiers:,} dossiers, {entries:,} entrées d'index "
          f"(SQLite {sqlite3.sqlite_version})".replace(",", "\u202f"))

    from PySide6.QtWidgets import QApplication, QMainWindow

    from cabinet_desktop.ui.shell.search_box import SearchBox

    app = QApplication.instance() or QApplication(sys.argv)
    host = QMainWindow()
    host.resize(1366, 740)
    box = SearchBox(lambda text: search(database, actor, text))
    host.setMenuWidget(box)
    host.show()
    app.processEvents()

    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()
    box.resultsShown.connect(lambda _result: loop.quit())

    def ui_once(text: str) -> None:
        # The GUI thread waits in an event loop, as in the application (a busy loop of
        # processEvents() would fight the worker for the GIL).
        box.setText(text)
        box.search_now()
        loop.exec()
        box.popup.repaint()

    header = (f"{'frappe':<22}{'résultats':>10}{'plancher FTS5':>15}{'service':>10}"
              f"{'UI':>10}{'cible':>8}")
    print(header)
    print("-" * len(header))
    worst = 0.0
    for text in QUERIES:
        match = _fts5_query(terms(text))
        floor = _median_ms(lambda m=match: raw.execute(FLOOR_SQL, (m,)).fetchall())
        found = search(database, actor, text)
        service = _median_ms(lambda t=text: search(database, actor, t))
        ui = _median_ms(lambda t=text: ui_once(t))
        worst = max(worst, ui)
        verdict = "ok" if ui <= TARGET_MS else "TROP"
        print(f"{text:<22}{len(found):>10}{floor:>12.1f} ms{service:>7.1f} ms{ui:>7.1f} ms"
              f"{verdict:>8}")
    print(f"\nPire frappe (UI, sans l'attente de 150 ms) : {worst:.1f} ms "
          f"(cible ≤ {TARGET_MS:.0f} ms)")
    raw.close()
    database.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
