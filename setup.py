"""Build hook: the wheel carries the top-level ``resources/`` and ``forms/`` folders.

They live at the top of the repository (real folders, so a Windows checkout has them too); a
built wheel holds copies inside the package, as ``cabinet_desktop/_data/resources`` and
``cabinet_desktop/_data/forms``, where ``cabinet_desktop/resources_path.py`` finds them. An
editable install (``pip install -e .``) copies nothing: it finds them in the checkout.
Everything else about the package is declared in ``pyproject.toml``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
DATA_FOLDERS = ("resources", "forms")


class BuildPyWithData(build_py):
    """``build_py`` that also copies the data folders into ``cabinet_desktop/_data``."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / "cabinet_desktop" / "_data"
        for folder in DATA_FOLDERS:
            source = ROOT / folder
            if not source.is_dir():
                raise SystemExit(f"Dossier « {folder} » absent de {ROOT} : construction "
                                 "impossible.")
            shutil.rmtree(target / folder, ignore_errors=True)
            shutil.copytree(source, target / folder,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))


setup(cmdclass={"build_py": BuildPyWithData})
