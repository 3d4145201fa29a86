"""Where the shipped resources (icons, stylesheets, translations, Designer forms) are found.

They live inside the package (``cabinet_desktop/resources/`` and ``cabinet_desktop/forms/``),
so the same lookup works from a source checkout, an installed wheel (``package-data`` in
``pyproject.toml``) and a frozen bundle (PyInstaller's ``sys._MEIPASS``). See
``docs/resources.md``.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def package_dir() -> Path:
    """The ``cabinet_desktop`` directory, inside a frozen bundle when there is one."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        candidate = Path(bundle) / "cabinet_desktop"
        if candidate.is_dir():
            return candidate
    return _PACKAGE_DIR


def resource(*parts: str) -> Path:
    """The path of a shipped resource: ``resource("icons", "search.svg")``."""
    return package_dir().joinpath("resources", *parts)


def form(name: str) -> Path:
    """The path of a Designer form: ``form("filter_bar.ui")``."""
    return package_dir() / "forms" / name
