"""Resources (fonts, translations, icons, Designer forms) found at run time from a checkout, an
installed wheel and a PyInstaller bundle; no symbolic link in the repository.

The real bundle is built and started in ``tests/test_bundle.py``; here the bundle's layout
(``sys._MEIPASS/cabinet_desktop/_data``) is laid out by hand.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from collections.abc import Iterator
from pathlib import Path

import pytest

from cabinet_desktop import resources_path

ROOT = Path(__file__).resolve().parent.parent
#: one file of each kind the application opens at run time
SAMPLES = (("resources", "fonts", "NotoSans-Regular.ttf"),
           ("resources", "translations", "cabinet_en.qm"),
           ("resources", "icons", "search.svg"),
           ("resources", "styles", "app.qss"),
           ("forms", "login_dialog.ui"))


@pytest.fixture
def fresh_lookup() -> Iterator[None]:
    resources_path.data_root.cache_clear()
    yield
    resources_path.data_root.cache_clear()


def test_no_symbolic_link_is_tracked_in_the_repository() -> None:
    listed = subprocess.run(["git", "ls-files", "-s"], cwd=ROOT, check=True, capture_output=True,
                            text=True).stdout
    links = [line.split("\t", 1)[1] for line in listed.splitlines() if line.startswith("120000")]
    assert links == []
    assert (ROOT / "resources").is_dir() and not (ROOT / "resources").is_symlink()
    assert (ROOT / "forms").is_dir() and not (ROOT / "forms").is_symlink()


def test_a_checkout_finds_the_top_level_folders(fresh_lookup: None) -> None:
    assert resources_path.data_root() == ROOT
    assert resources_path.resource("fonts", "NotoSans-Regular.ttf") == (
        ROOT / "resources" / "fonts" / "NotoSans-Regular.ttf")
    assert resources_path.form("login_dialog.ui") == ROOT / "forms" / "login_dialog.ui"
    for sample in SAMPLES:
        assert ROOT.joinpath(*sample).is_file(), sample


def test_a_bundle_finds_its_own_copy_first(fresh_lookup: None, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "cabinet_desktop" / resources_path.DATA_DIR_NAME
    for folder in ("resources", "forms"):
        (data / folder).mkdir(parents=True)
    (data / "resources" / "fonts").mkdir()
    (data / "resources" / "fonts" / "NotoSans-Regular.ttf").write_bytes(b"bundled")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_path.data_root() == data
    assert resources_path.resource("fonts", "NotoSans-Regular.ttf").read_bytes() == b"bundled"
    assert resources_path.form("x.ui") == data / "forms" / "x.ui"


def test_a_bundle_without_its_data_falls_back_and_nothing_found_says_where(
        fresh_lookup: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_path.data_root() == ROOT
    resources_path.data_root.cache_clear()
    monkeypatch.setattr(resources_path, "_PACKAGE_DIR", tmp_path / "nowhere" / "cabinet_desktop")
    with pytest.raises(resources_path.ResourcesNotFoundError, match="introuvables"):
        resources_path.data_root()


_WHEEL_PROBE = """
import sys
from pathlib import Path
import cabinet_desktop
from cabinet_desktop import resources_path
package = Path(cabinet_desktop.__file__).resolve().parent
print(package)
print(resources_path.data_root())
for sample in sys.argv[1:]:
    parts = sample.split("/")
    path = (resources_path.form(parts[1]) if parts[0] == "forms"
            else resources_path.resource(*parts[1:]))
    assert path.is_file(), path
    assert path.resolve().is_relative_to(package), path
print("ok")
"""


def _site_packages(python: Path) -> str:
    code = "import sysconfig; print(sysconfig.get_paths()['purelib'])"
    return subprocess.run([str(python), "-c", code],
                          check=True, capture_output=True, text=True).stdout.strip()


def test_an_installed_wheel_carries_and_finds_its_resources(tmp_path: Path) -> None:
    """Build the wheel, install it (no dependencies) into a new virtual environment whose other
    packages come from this one's site-packages on PYTHONPATH, and resolve from there."""
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps",
                    "--no-build-isolation", "--wheel-dir", str(wheels), str(ROOT)],
                   check=True, capture_output=True, text=True, cwd=tmp_path)
    (wheel,) = wheels.glob("cabinet_desktop-*.whl")
    target = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(target)
    python = target / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet",
                    "--no-deps", "--no-index", str(wheel)],
                   check=True, capture_output=True, text=True, cwd=tmp_path)
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    env["PYTHONPATH"] = _site_packages(Path(sys.executable))  # PySide6 & co, no .pth processed
    probe = subprocess.run([str(python), "-c", _WHEEL_PROBE, *("/".join(s) for s in SAMPLES)],
                           capture_output=True, text=True, cwd=tmp_path, env=env)
    assert probe.returncode == 0, probe.stderr
    package, root, verdict = probe.stdout.split("\n")[:3]
    assert Path(package).is_relative_to(target), package
    assert root == str(Path(package) / resources_path.DATA_DIR_NAME)
    assert verdict == "ok"
