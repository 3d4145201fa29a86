"""Where the benchmarks' large demo database (100,000 dossiers) is, and building it once.

``CABINET_BENCH_DATABASE`` names it (a file path); by default it is ``bench/large.sqlite3`` in
the user data directory (``~/.local/share/CabinetDesktop/bench/large.sqlite3`` on Linux,
``CABINET_DATA_DIR`` moving it with the rest). A missing file is generated once with
``cabinet-desktop demo --size large`` (a few minutes). Every bench takes ``--database`` too.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ENV_BENCH_DATABASE = "CABINET_BENCH_DATABASE"


def large_database_path() -> Path:
    """The large database's path: ``CABINET_BENCH_DATABASE``, else the user data directory."""
    value = os.environ.get(ENV_BENCH_DATABASE, "").strip()
    if value:
        return Path(value).expanduser()
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from cabinet_desktop.store.locations import data_dir

    return data_dir() / "bench" / "large.sqlite3"


def large_database(given: str | Path | None = None) -> Path:
    """``given``, else the large database, generated first if it does not exist yet."""
    if given:
        return Path(given)
    path = large_database_path()
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        print(f"Génération de la base large dans {path} (une seule fois, quelques minutes)…",
              flush=True)
        subprocess.run([sys.executable, "-m", "cabinet_desktop", "--database", str(path),
                        "demo", "--size", "large"], check=True)
    return path
