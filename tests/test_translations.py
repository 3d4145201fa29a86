"""The English catalogue: complete, current, placeholders kept, and applied to the window."""

from __future__ import annotations

import ast
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from cabinet_desktop.resources_path import resource
from cabinet_desktop.ui.workspace import Workspace

ROOT = Path(__file__).resolve().parent.parent
TS = resource("translations", "cabinet_en.ts")
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def catalogue() -> dict[tuple[str, str], tuple[str, bool]]:
    """(context, source) → (translation, finished) for every message of the .ts file."""
    found = {}
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            assert node is not None
            finished = node.get("type") not in ("unfinished", "obsolete", "vanished")
            found[(name, message.findtext("source") or "")] = (node.text or "", finished)
    return found


def literal_calls() -> set[tuple[str, str]]:
    """Every ``translate("Context", "text")`` / ``QT_TRANSLATE_NOOP`` call with literals."""
    calls = set()
    for path in (ROOT / "cabinet_desktop").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", None))
            first, second = node.args[0], node.args[1]
            if (name in ("translate", "QT_TRANSLATE_NOOP")
                    and isinstance(first, ast.Constant) and isinstance(first.value, str)
                    and isinstance(second, ast.Constant) and isinstance(second.value, str)):
                assert not node.keywords, (
                    f"{path.name}:{node.lineno}: lupdate skips calls with keyword arguments; "
                    "write translate(...).format(...)")
                calls.add((first.value, second.value))
    return calls


def test_enum_and_field_labels_are_all_translated() -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    from data_messages import messages

    messages_ts = catalogue()
    for context, text in messages():
        assert (context, text) in messages_ts, f"{context}: « {text} » missing: make translations"
        translation, finished = messages_ts[(context, text)]
        if context in ("Enum", "Field"):
            assert finished and translation, f"{context}: « {text} » untranslated"


def test_every_translated_literal_is_in_the_catalogue_and_translated() -> None:
    messages_ts = catalogue()
    missing = sorted(literal_calls() - set(messages_ts))
    assert not missing, f"not in {TS.name} (run make translations): {missing[:10]}"
    unfinished = [key for key, (text, finished) in messages_ts.items() if not (finished and text)]
    assert not unfinished, f"untranslated: {unfinished[:10]}"


def test_placeholders_are_kept_in_every_translation() -> None:
    for (context, source), (translation, _) in catalogue().items():
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation)), (
            f"{context}: « {source} » → « {translation} »")


def test_lower_layers_do_not_use_the_unextracted_two_argument_tr() -> None:
    for path in (ROOT / "cabinet_desktop").rglob("*.py"):
        if "ui" in path.relative_to(ROOT / "cabinet_desktop").parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("tr", "noop"):
                pytest.fail(f"{path.name}:{node.lineno}: use translate()/QT_TRANSLATE_NOOP()")


@pytest.mark.gui
def test_window_sidebar_menus_and_service_messages_in_english(qtbot, sqlite_database,  # type: ignore[no-untyped-def]
                                                              tmp_path, monkeypatch) -> None:
    from cabinet_desktop.domain.errors import ValidationError
    from cabinet_desktop.services import records
    from cabinet_desktop.ui.app import make_application
    from cabinet_desktop.ui.shell import language
    from cabinet_desktop.ui.shell.main_window import MainWindow
    from tests.ui_support import DIRECTOR, ini_settings

    monkeypatch.setenv(language.ENV_LANGUAGE, "en")
    app = make_application()
    try:
        window = MainWindow(Workspace(sqlite_database, DIRECTOR), ini_settings(tmp_path))
        qtbot.addWidget(window)
        sidebar = [window.sidebar.item(row).text() for row in range(window.sidebar.count())]
        assert sidebar[:4] == ["Dashboard", "Missions", "Files", "Partners"]
        menus = [action.text() for action in window.menuBar().actions()]
        assert menus[:3] == ["&File", "&Edit", "&View"]
        with pytest.raises(ValidationError) as refused:
            records.create(sqlite_database, DIRECTOR, "mission", {
                "title": "Test", "attribution_id": 1, "start_date": "31/02/2026"})
        assert refused.value.message == ("Mission — Start date: invalid date “31/02/2026” "
                                         "(expected: DD/MM/YYYY).")
    finally:
        monkeypatch.delenv(language.ENV_LANGUAGE)
        language.install_translations(app, language.FRENCH)
    window2 = MainWindow(Workspace(sqlite_database, DIRECTOR), ini_settings(tmp_path / "fr"))
    qtbot.addWidget(window2)
    assert window2.sidebar.item(0).text() == "Tableau de bord"


@pytest.mark.gui
def test_language_menu_saves_the_choice_for_next_start(qtbot, sqlite_database,  # type: ignore[no-untyped-def]
                                                       tmp_path, monkeypatch) -> None:
    from cabinet_desktop.ui.app import make_application
    from cabinet_desktop.ui.shell import language
    from cabinet_desktop.ui.shell.main_window import MainWindow
    from tests.ui_support import DIRECTOR, ini_settings

    monkeypatch.delenv(language.ENV_LANGUAGE, raising=False)
    make_application()
    settings = ini_settings(tmp_path)
    window = MainWindow(Workspace(sqlite_database, DIRECTOR), settings)
    qtbot.addWidget(window)
    english = window.language_menu.findChild(type(window.quit_action), "language_en")
    assert english is not None and not english.isChecked()
    english.trigger()  # window not shown: no message box
    assert settings.value(language.SETTINGS_KEY) == "en"
    assert language.chosen_language(settings) == language.ENGLISH
    monkeypatch.setenv(language.ENV_LANGUAGE, "fr")
    assert language.chosen_language(settings) == language.FRENCH


def test_numbers_follow_the_interface_language() -> None:
    """French spacing and commas by default; an English interface writes 1,234,567.5 and 87%."""
    from cabinet_desktop import i18n
    from cabinet_desktop.formatting import (
        format_date,
        format_number,
        format_percent,
        format_size,
        unit_suffix,
    )

    day = __import__("datetime").date(2026, 11, 27)
    assert (format_number(1234567.5), format_percent(87)) == ("1\u202f234\u202f567,5", "87\xa0%")
    assert format_size(12800) == "12,5\xa0Ko"
    assert (unit_suffix("%"), unit_suffix("jours"), unit_suffix(None)) == ("\xa0%", "\xa0jours", "")
    i18n.install_translator(None, "en")
    try:
        assert (format_number(1234567.5), format_percent(87)) == ("1,234,567.5", "87%")
        assert format_size(12800) == "12.5\xa0KB"
        assert unit_suffix("%") == "%"
        assert format_date(day) == "27/11/2026"  # British English: day first, as in French
    finally:
        i18n.install_translator(None)
    assert format_number(0.5) == "0,5"
