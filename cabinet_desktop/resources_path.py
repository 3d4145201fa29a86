"""Where the shipped resources (icons, fonts, stylesheets, translations, Designer forms) are found.

In the repository they are the top-level folders ``resources/`` and ``forms/`` (real folders, no
links). A wheel carries copies inside the package as ``cabinet_desktop/_data/resources`` and
``cabinet_desktop/_data/forms`` (``setup.py`` copies them at build time), and the PyInstaller
bundle holds the same ``cabinet_desktop/_data`` under ``sys._MEIPASS``. The first of these
places that holds both folders wins. See ``docs/resources.md``.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent
#: the folder, inside the package, a wheel or a bundle carries the resources in
DATA_DIR_NAME = "_data"


class ResourcesNotFoundError(RuntimeError):
    """No folder holding ``resources/`` and ``forms/`` was found (a broken installation)."""


def candidate_roots() -> list[Path]:
    """The folders that may hold ``resources/`` and ``forms/``, the preferred first."""
    roots: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        roots.append(Path(bundle) / "cabinet_desktop" / DATA_DIR_NAME)
    roots.append(_PACKAGE_DIR / DATA_DIR_NAME)  # an installed wheel
    roots.append(_PACKAGE_DIR.parent)  # a checkout (or an editable install of one)
    return roots


@cache
def data_root() -> Path:
    """The folder holding ``resources/`` and ``forms/`` for this installation."""
    roots = candidate_roots()
    for root in roots:
        if (root / "resources").is_dir() and (root / "forms").is_dir():
            return root
    raise ResourcesNotFoundError(
        "Ressources de l'application introuvables (dossiers « resources » et « forms ») ; "
        "cherchées dans : " + ", ".join(str(root) for root in roots))


def resource(*parts: str) -> Path:
    """The path of a shipped resource: ``resource("icons", "search.svg")``."""
    return data_root().joinpath("resources", *parts)


def form(name: str) -> Path:
    """The path of a Designer form: ``form("filter_bar.ui")``."""
    return data_root() / "forms" / name
