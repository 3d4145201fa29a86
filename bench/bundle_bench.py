"""The bundle: its size on disk, and its start to the sign-in dialog beside the venv's.

Usage::

    make bundle        # dist/cabinet-desktop (once)
    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bundle_bench.py [--bundle DIR]

It prints, in the same run:

* **size** — the bytes of every file under the bundle folder (target ≤ 250 MB);
* **start → sign-in dialog** — ``cabinet-desktop --database X selftest --sign-in-only``, which
  opens the base and shows the sign-in dialog as the window's start does, then exits: the
  clock runs from the process's spawn to the line it prints once the dialog is on screen. The
  bundled program and the venv's ``cabinet-desktop`` (the application compiled to bytecode,
  as installed) start alternately, five of each, best of each kept; the floor is the venv's
  (target: bundled ≤ 1.1× the venv's). The base is a new one with its administrator, in a
  temporary folder.

``bench/run.py`` adds these lines to its table when the bundle exists.
"""

from __future__ import annotations

import argparse
import compileall
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_BUNDLE = ROOT / "dist" / "cabinet-desktop"
NAME = "cabinet-desktop"
ROUNDS = 5
MAX_SIZE_MB = 250.0
MAX_RATIO = 1.1
SIGN_IN_SHOWN = "sign-in-shown"  # cabinet_desktop.cli_selftest.SIGN_IN_SHOWN
ADMIN_PASSWORD = "Banc d'essai du paquet 2026"


def folder_megabytes(folder: Path) -> float:
    """Megabytes (2**20 bytes) of the files under ``folder``, links not followed."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file()) / 2**20


def venv_program() -> Path:
    """The venv's ``cabinet-desktop`` (the console script beside this interpreter)."""
    found = Path(sys.executable).parent / NAME
    if not found.exists():
        raise SystemExit(f"{found} introuvable : lancez d'abord « make .venv/.installed ».")
    return found


def _environment(home: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items()
           if key not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(home),
               XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local"))
    return env


def time_to_sign_in(program: Path, database: Path, env: dict[str, str]) -> float:
    """Seconds from spawning ``program`` to its « dialog shown » line."""
    started = time.perf_counter()
    process = subprocess.Popen([str(program), "--database", str(database), "selftest",
                                "--sign-in-only"], stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True, env=env)
    assert process.stdout is not None
    shown: float | None = None
    for line in process.stdout:
        if line.strip() == SIGN_IN_SHOWN:
            shown = time.perf_counter() - started
    if process.wait() != 0 or shown is None:
        raise SystemExit(f"{program} n'a pas affiché la fenêtre de connexion.")
    return shown


def prepare_database(folder: Path, env: dict[str, str]) -> Path:
    path = folder / "bench.sqlite3"
    subprocess.run([str(venv_program()), "--database", str(path), "init"], check=True,
                   env=dict(env, CABINET_ADMIN_PASSWORD=ADMIN_PASSWORD),
                   stdout=subprocess.DEVNULL)
    return path


def measure(bundle: Path = DEFAULT_BUNDLE, rounds: int = ROUNDS) -> list[tuple[str, str, str, str]]:
    """The bundle's rows: (measure, product, floor, target) as ``bench/run.py`` prints them."""
    program = bundle / NAME
    if not program.exists():
        raise SystemExit(f"{program} introuvable : lancez d'abord « make bundle ».")
    compileall.compile_dir(str(ROOT / "cabinet_desktop"), quiet=1)  # as pip installs it
    size = folder_megabytes(bundle)
    with tempfile.TemporaryDirectory(prefix="cabinet-bundle-bench-") as folder:
        home = Path(folder) / "home"
        home.mkdir()
        env = _environment(home)
        database = prepare_database(Path(folder), env)
        bundled: list[float] = []
        from_venv: list[float] = []
        for _ in range(rounds):  # alternated: a load change weighs on both alike
            bundled.append(time_to_sign_in(program, database, env))
            from_venv.append(time_to_sign_in(venv_program(), database, env))
    best_bundle, best_venv = min(bundled), min(from_venv)
    return [
        ("Paquet : taille sur disque", f"{size:.0f} Mo", "-",
         f"{'ok' if size <= MAX_SIZE_MB else 'DÉPASSÉ'} (cible ≤ {MAX_SIZE_MB:.0f} Mo)"),
        ("Paquet : démarrage → fenêtre de connexion", f"{best_bundle:.2f} s",
         f"{best_venv:.2f} s",
         f"{best_bundle / best_venv:.2f}× (cible ≤ {MAX_RATIO:.1f}× le venv)"),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=DEFAULT_BUNDLE)
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    args = parser.parse_args()
    rows = measure(args.bundle, args.rounds)
    width = max(len(row[0]) for row in rows)
    print(f"{'Mesure':<{width}}  {'Produit':>10}  {'Plancher':>10}  Cible")
    for name, value, floor, target in rows:
        print(f"{name:<{width}}  {value:>10}  {floor:>10}  {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
