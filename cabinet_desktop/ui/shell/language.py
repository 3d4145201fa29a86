"""The language of the window: French by default, English when chosen.

The choice is read at start-up — from ``CABINET_LANG`` (``fr`` or ``en``) if set, else from the
user's preferences (``QSettings``, key ``ui/language``, set from *Affichage › Langue*) — and
applied by installing Qt's own catalogue and the application's ``cabinet_<lang>.qm``. Changing
it takes effect at the next start (widgets keep the texts they were built with).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget

from cabinet_desktop import i18n
from cabinet_desktop.i18n import translate
from cabinet_desktop.resources_path import resource

ENV_LANGUAGE = "CABINET_LANG"
SETTINGS_KEY = "ui/language"
FRENCH, ENGLISH = "fr", "en"
#: Language code → its name, written in that language (as language menus do).
LANGUAGES = {FRENCH: "Français", ENGLISH: "English"}

_installed: list[QTranslator] = []


def chosen_language(settings: QSettings | None = None) -> str:
    """``"en"`` or ``"fr"``: the environment variable first, then the saved preference."""
    wanted = os.environ.get(ENV_LANGUAGE, "").strip().lower()
    if not wanted:
        store = settings if settings is not None else QSettings("CabinetDesktop",
                                                                "Cabinet Desktop")
        wanted = str(store.value(SETTINGS_KEY, FRENCH) or FRENCH).lower()
    return ENGLISH if wanted.startswith(ENGLISH) else FRENCH


def install_translations(app: QCoreApplication, language: str | None = None) -> str:
    """Install Qt's and the application's catalogues for ``language``; return the language.

    Installing again (tests make several windows) replaces the previous translators.
    """
    language = language or chosen_language()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if language == ENGLISH:
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    else:
        locale = QLocale(QLocale.Language.French, QLocale.Country.France)
    QLocale.setDefault(locale)
    qt_translator = QTranslator(app)
    if language != ENGLISH and qt_translator.load(
            locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    if language == ENGLISH:
        own = QTranslator(app)
        if own.load(str(resource("translations", "cabinet_en.qm"))):
            app.installTranslator(own)
            _installed.append(own)
    i18n.install_translator(QCoreApplication.translate, language)
    return language


def add_language_menu(parent_menu: QMenu, settings: QSettings, window: QWidget) -> QMenu:
    """*Langue* submenu: one checkable entry per language, saved for the next start."""
    menu = parent_menu.addMenu(translate("Language", "&Langue"))
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu)
    current = str(settings.value(SETTINGS_KEY, FRENCH) or FRENCH)
    for code, name in LANGUAGES.items():
        action = QAction(name, menu)
        action.setObjectName(f"language_{code}")
        action.setCheckable(True)
        action.setChecked(code == current)
        action.setData(code)
        group.addAction(action)
        menu.addAction(action)
    group.triggered.connect(lambda action: _choose(str(action.data()), settings, window))
    return menu


def _choose(code: str, settings: QSettings, window: QWidget) -> None:
    if str(settings.value(SETTINGS_KEY, FRENCH)) == code:
        return
    settings.setValue(SETTINGS_KEY, code)
    settings.sync()
    if QApplication.instance() is not None and window.isVisible():
        QMessageBox.information(window, translate("Language", "Langue"), translate(
            "Language", "La langue choisie ({language}) s'appliquera au prochain démarrage de "
                        "Cabinet Desktop.").format(language=LANGUAGES[code]))
