"""The PyInstaller bundle and its ``.deb``, built and started as on a bare office PC.

Run in CI (``CI=true``) or with ``CABINET_TEST_BUNDLE=1``; deselected elsewhere (building
takes a few minutes). In CI they fail, never skip: a bundle that does not start is a bug.
Each bundled program runs ``selftest`` with an environment holding nothing of the project
(no virtual environment on ``PATH``, no ``PYTHONPATH``, a new ``HOME``), from a folder outside
the checkout, and must print that its resources come from inside the bundle.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.bundle

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "installer" / "cabinet-desktop.spec"
NAME = "cabinet-desktop"
#: the issue's target for the unpacked bundle
MAX_BUNDLE_BYTES = 250 * 1024 * 1024
BUILD_TIMEOUT_S = 1800
RUN_TIMEOUT_S = 300


def folder_size(folder: Path) -> int:
    """Bytes on disk of the files under ``folder`` (links not followed)."""
    return sum(path.lstat().st_size for path in folder.rglob("*") if path.is_file())


def bare_environment(home: Path) -> dict[str, str]:
    """What a fresh desktop session gives a program: no venv, no PYTHONPATH, the system PATH."""
    home.mkdir(parents=True, exist_ok=True)
    return {"HOME": str(home), "PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8",
            "TMPDIR": str(home), "QT_QPA_PLATFORM": "offscreen",
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "XDG_CONFIG_HOME": str(home / ".config")}


def run_selftest(program: Path, home: Path) -> str:
    result = subprocess.run([str(program), "selftest"], cwd=home.parent,
                            env=bare_environment(home), capture_output=True, text=True,
                            encoding="utf-8", timeout=RUN_TIMEOUT_S)
    assert result.returncode == 0, f"selftest failed:\n{result.stdout}\n{result.stderr}"
    assert result.stdout.rstrip().endswith("Autotest réussi : 7 vérifications."), result.stdout
    return result.stdout


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """``dist/cabinet-desktop`` built from the spec, as ``make bundle`` does."""
    assert shutil.which("pyinstaller", path=str(Path(sys.executable).parent)), (
        "PyInstaller missing from the virtual environment (the dev extra of pyproject.toml)")
    work = tmp_path_factory.mktemp("bundle")
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                    "--log-level", "ERROR", "--distpath", str(work / "dist"),
                    "--workpath", str(work / "build"), str(SPEC)],
                   cwd=ROOT, check=True, timeout=BUILD_TIMEOUT_S)
    folder = work / "dist" / NAME
    assert (folder / NAME).is_file()
    yield folder
    shutil.rmtree(work, ignore_errors=True)


def test_the_bundle_starts_without_the_project_and_passes_its_selftest(
        bundle: Path, tmp_path: Path) -> None:
    out = run_selftest(bundle / NAME, tmp_path / "home")
    resources_line = out.splitlines()[0]
    assert resources_line.startswith("OK — Ressources"), out
    assert str(bundle / "_internal" / "cabinet_desktop" / "_data") in resources_line
    assert str(ROOT) not in out.replace(str(bundle), "")


def test_the_bundle_holds_only_what_the_application_uses(bundle: Path) -> None:
    size = folder_size(bundle)
    assert size <= MAX_BUNDLE_BYTES, f"bundle is {size / 2**20:.0f} MB (target ≤ 250 MB)"
    names = {path.name for path in bundle.rglob("*")}
    for unwanted in ("QtWebEngineCore.abi3.so", "libQt6WebEngineCore.so.6", "QtQuick.abi3.so",
                     "libQt6Quick.so.6", "libQt6Qml.so.6", "Qt3DCore.abi3.so", "pytest",
                     "_pytest", "pip", "PyInstaller", "mypy", "hypothesis", "tests"):
        assert unwanted not in names, unwanted
    data = bundle / "_internal" / "cabinet_desktop" / "_data"
    for needed in ("resources/fonts/NotoSans-Regular.ttf", "resources/translations/cabinet_en.qm",
                   "resources/icons/search.svg", "resources/styles/app.qss",
                   "forms/login_dialog.ui"):
        assert (data / needed).is_file(), needed
    assert any(bundle.rglob("libqoffscreen.so")) and any(bundle.rglob("libqxcb.so"))
    assert any(bundle.rglob("libqsvg.so")), "SVG icons need the imageformats plugin"


def test_the_deb_unpacks_into_a_clean_tree_and_starts(bundle: Path, tmp_path: Path) -> None:
    """``installer/build-deb.sh`` packs the bundle; ``dpkg -x`` puts it in an empty tree,
    where the menu entry, the icon and the command are checked and the command started."""
    out = tmp_path / "out"
    built = subprocess.run(["sh", str(ROOT / "installer" / "build-deb.sh"), str(bundle),
                            str(out)], cwd=ROOT, capture_output=True, text=True, check=True,
                           timeout=BUILD_TIMEOUT_S)
    package = Path(built.stdout.strip().splitlines()[-1])
    assert package.is_file() and package.suffix == ".deb"
    fields = subprocess.run(["dpkg-deb", "--field", str(package), "Package", "Version",
                             "Depends"], capture_output=True, text=True, check=True).stdout
    assert "Package: cabinet-desktop" in fields and "libxcb-cursor0" in fields
    assert "python" not in fields.lower(), "Python is inside the bundle"
    tree = tmp_path / "root"
    tree.mkdir()
    subprocess.run(["dpkg", "-x", str(package), str(tree)], check=True)
    entry = (tree / "usr/share/applications/cabinet-desktop.desktop").read_text(encoding="utf-8")
    assert "Name=Cabinet du Ministre" in entry and "Icon=cabinet-desktop" in entry
    assert "Exec=cabinet-desktop" in entry
    assert (tree / "usr/share/icons/hicolor/scalable/apps/cabinet-desktop.svg").is_file()
    assert "*.cabinet-backup" in (tree / "usr/share/mime/packages/cabinet-desktop.xml"
                                  ).read_text(encoding="utf-8")
    command = tree / "usr" / "bin" / NAME
    assert command.is_symlink() and not os.path.isabs(os.readlink(command))
    out_text = run_selftest(command, tmp_path / "home")
    assert str(tree / "opt" / NAME) in out_text
