"""Shared helpers of the GUI tests: a cabinet database to look at and a main window on it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cabinet_desktop.domain.enums import Classification, Role
from cabinet_desktop.services import records
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.store.database import Database
from cabinet_desktop.ui.shell.main_window import MainWindow
from cabinet_desktop.ui.workspace import Workspace

TODAY = dt.date.today()

DIRECTOR = Actor(user_id=None, login="dc", display_name="Aminata Ouédraogo",
                 role=Role.DIRECTOR, clearance=Classification.SECRET)


def day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(days=offset)


def fill_cabinet(database: Database, actor: Actor) -> None:
    """A small living cabinet: people, missions, dossiers, partners, indicators, a consultation."""
    people = [records.create(database, actor, "person", {
        "first_name": first, "last_name": last, "function": function}).record
        for first, last, function in (("Aminata", "Ouédraogo", "Directrice de cabinet"),
                                      ("Issa", "Compaoré", "Conseiller technique"),
                                      ("Awa", "Traoré", "Conseillère technique"))]
    missions = []
    for number, (title, status, due, who) in enumerate((
            ("Préparer le conseil des ministres du jeudi", "in_progress", -5, 1),
            ("Suivre la réforme de la fiscalité locale", "todo", 4, 2),
            ("Rapport annuel de performance 2025", "done", -30, 1),
            ("Atelier régional de concertation des usagers", "on_hold", -1, 2),
            ("Bilan des instructions du Ministre", "in_progress", 25, 0),
            ("Mission d'appui à la direction du budget", "todo", 60, 1))):
        missions.append(records.create(database, actor, "mission", {
            "title": title, "attribution_id": 1 + number % 5, "origin": "minister_instruction",
            "status": status, "priority": "high" if number % 3 == 0 else "normal",
            "start_date": day(-90), "due_date": day(due), "assignee_id": people[who].id,
            "expected_result": "Un résultat mesurable pour le cabinet.",
            "progress": 100 if status == "done" else 20 * number % 100}).record)
    dossiers = []
    for number, (title, level, due) in enumerate((
            ("Projet de décret portant statut des agents", Classification.UNCLASSIFIED, -3),
            ("Convention de financement AFD eau potable", Classification.RESTRICTED, 4),
            ("Budget de la défense 2027", Classification.CONFIDENTIAL, -10),
            ("Dossier de sécurité d'État", Classification.SECRET, 2),
            ("Zone économique spéciale de Bobo-Dioulasso", Classification.UNCLASSIFIED, 20),
            ("Arrêté conjoint sur les marchés publics", Classification.UNCLASSIFIED, 9))):
        dossiers.append(records.create(database, actor, "dossier", {
            "object": title, "received_date": day(-40 + number), "avis_due_date": day(due),
            "classification": level, "origin_structure": "Secrétariat général",
            "summary": "Résumé du dossier transmis au cabinet.",
            "instructor_id": people[1 + number % 2].id}).record)
    partner = records.create(database, actor, "partner", {
        "name": "Agence française de développement", "acronym": "AFD",
        "category": "bilateral_tfp", "scope": "international", "country": "France"}).record
    records.create(database, actor, "partner", {
        "name": "Chambre de commerce et d'industrie", "acronym": "CCI-BF",
        "category": "private_sector", "country": "Burkina Faso"})
    records.create(database, actor, "contact", {"partner_id": partner.id, "name": "M. Dupont",
                                                "function": "Directeur d'agence"})
    records.create(database, actor, "agreement", {
        "partner_id": partner.id, "title": "Convention eau potable", "kind": "financing",
        "amount_committed": "1500000000", "amount_disbursed": "250000000",
        "start_date": day(-200), "end_date": day(60)})
    records.create(database, actor, "interaction", {
        "partner_id": partner.id, "date": day(-7), "kind": "meeting",
        "summary": "Revue semestrielle du portefeuille."})
    indicator = records.create(database, actor, "indicator", {
        "name": "Taux d'exécution du budget d'investissement", "level": "outcome",
        "unit": "%", "baseline_value": 50, "direction": "increase",
        "periodicity": "quarterly"}).record
    records.create(database, actor, "indicator", {
        "name": "Délai moyen de traitement des dossiers", "level": "output", "unit": "jours",
        "baseline_value": 30, "direction": "decrease"})
    records.create(database, actor, "indicator_target", {"indicator_id": indicator.id,
                                                         "year": TODAY.year, "value": 90})
    for quarter, value in ((1, 55), (2, 61), (3, 64)):
        records.create(database, actor, "measurement", {
            "indicator_id": indicator.id, "period": f"{TODAY.year}-T{quarter}", "value": value})
    records.update(database, actor, "mission", missions[0].id, missions[0].version,
                   {"dossier_ids": [dossiers[0].id, dossiers[3].id],
                    "partner_ids": [partner.id], "indicator_ids": [indicator.id]})
    records.create(database, actor, "consultation", {
        "title": "Enquête de satisfaction des usagers", "date": day(-20), "public": "users",
        "method": "survey", "participants": 412, "satisfaction": 71.5})


def ini_settings(tmp_path: Path) -> QSettings:
    """Preferences in a private INI file, so tests never touch the user's own."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def shown_window(qtbot: QtBot, database: Database, settings: QSettings,
                 size: tuple[int, int] = (1366, 768)) -> MainWindow:
    """A main window for ``DIRECTOR`` on ``database``, shown, exposed and active (its
    shortcuts work), as the user finds it after sign-in."""
    window = MainWindow(Workspace(database, DIRECTOR), settings)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # its Ctrl+1 … Ctrl+8 work in the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def type_text(widget: Any, text: str) -> None:
    """Type ``text`` into ``widget`` key by key, accents included (QTest's own keyClicks
    knows ASCII only): each key press carries its character, as a keyboard's does."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    for char in text:
        if char.isascii():
            QTest.keyClick(widget, char)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char,
                               Qt.KeyboardModifier.NoModifier)
