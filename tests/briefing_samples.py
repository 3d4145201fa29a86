"""Plain note contents for the PDF tests: every section, hostile strings, national letters."""

from __future__ import annotations

import datetime as dt

from cabinet_desktop.domain.briefing import (
    AgreementLine,
    DossierLine,
    DossierSection,
    ExchangeLine,
    IndicatorLine,
    IndicatorSection,
    InstructionLine,
    InstructionSection,
    Letterhead,
    MissionLine,
    MissionSection,
    NoteContent,
    PartnerSection,
    TextSection,
)
from cabinet_desktop.domain.enums import Classification

HOSTILE = ("<b>", "&", "S&P", "0.1 <A <0.9", '<font color="x">', '<img src="/etc/passwd">')
NATIONAL = "Kɔlɔgɔ Ŋaaba, Ʋɛnɛ Kaɩ"
FRENCH = "é è ê à ç œ « » ’ – …"

LETTERHEAD = Letterhead(ministry="Ministère de l'Économie et des Finances",
                        country="Burkina Faso", motto="La Patrie ou la Mort, nous vaincrons",
                        city="Ouagadougou", services=("Secrétariat général", "Cabinet"))


def sample_note(dossiers: int = 4, classification: Classification = Classification.CONFIDENTIAL,
                **changes: object) -> NoteContent:
    day = dt.date(2026, 12, 3)
    dossier_lines = tuple(
        DossierLine(reference=f"DOS-2026-{i + 1:04d}",
                    object=("Projet de décret portant organisation du ministère " + HOSTILE[i % 6]
                            if i < 12 else f"Demande d'avis n° {i} sur la convention S&P"),
                    origin="Direction générale du budget", received=dt.date(2026, 11, 2),
                    state="avis validé", avis="Favorable avec réserves",
                    avis_text=f"Sous réserve de l'avis de {NATIONAL} ; voir « annexe » !",
                    avis_date=dt.date(2026, 11, 20),
                    classification=(Classification.CONFIDENTIAL if i == 0
                                    else Classification.UNCLASSIFIED))
        for i in range(dossiers))
    missions = MissionSection(
        title="Suivi des missions",
        overdue=(MissionLine("MIS-2026-0012", "Préparer le conseil de cabinet <b>urgent</b>",
                             "Aminata Ouédraogo", dt.date(2026, 11, 20), "En cours", 60),),
        due_soon=(MissionLine("MIS-2026-0031", "Rapport trimestriel", "Ʋɛnɛ Kaɩ",
                              dt.date(2026, 12, 12), "À faire", 0),),
        achieved=(MissionLine("MIS-2026-0007", "Atelier de validation", "Ŋaaba Kɔlɔgɔ",
                              dt.date(2026, 11, 15), "Achevée", 100, dt.date(2026, 11, 14)),))
    instructions = InstructionSection(
        title="Fiche de suivi des instructions du Ministre",
        lines=(InstructionLine("MIS-2026-0040", "Instruire la réforme fiscale & S&P",
                               dt.date(2026, 10, 2), "Aminata Ouédraogo",
                               dt.date(2026, 12, 31), "En cours", "Point d'étape le 15"),),
        on_time=12, due=18)
    indicators = IndicatorSection(title="Tableau de bord des indicateurs", lines=(
        IndicatorLine("IND-001", "Taux de pression fiscale", "Impact", "%", "2026-T3", 14.2,
                      15.0, "En bonne voie", "amber", True, (12.1, 12.8, 13.4, 14.2)),
        IndicatorLine("IND-004", "Recettes mobilisées", "Résultat", "milliards FCFA", "2026-T3",
                      1234567.5, 1500000.0, "En retard", "red", False, (900000.0, 1234567.5)),
        IndicatorLine("IND-010", "Agents formés", "Produit", "agents", "2026", 420.0, 400.0,
                      "Atteint", "green", False, (300.0, 360.0, 420.0)),
    ))
    partners = PartnerSection(
        title="Partenariats",
        exchanges=(ExchangeLine(dt.date(2026, 11, 18), "AFD", "Réunion",
                                "Revue du portefeuille : 0.1 <A <0.9"),),
        agreements=(AgreementLine("Banque mondiale", "Convention de financement PAGEF",
                                  dt.date(2027, 1, 31), 1234567890.0, 456789000.0, "XOF"),))
    content = NoteContent(
        letterhead=LETTERHEAD, reference="N° 2026-042/MEF/CAB", note_date=day,
        recipient="Monsieur le Ministre",
        object="Point hebdomadaire des dossiers et missions du Cabinet",
        classification=classification,
        sections=(DossierSection("Dossiers en attente de décision", dossier_lines), missions,
                  instructions, indicators, partners,
                  TextSection("Observations", f"Premier paragraphe : {FRENCH}.\n\n"
                                              + " ".join(HOSTILE))),
        signatory_name="Aminata Ouédraogo", signatory_function="Le Directeur de cabinet",
        copies=("SG", "Chrono"), period=(dt.date(2026, 11, 1), dt.date(2026, 11, 30)),
        introduction="J'ai l'honneur de vous rendre compte de l'activité du Cabinet.",
        journal_hash="9f" * 32, register_reference="NOTE-2026-042")
    if changes:
        from dataclasses import replace

        content = replace(content, **changes)  # type: ignore[arg-type]
    return content
