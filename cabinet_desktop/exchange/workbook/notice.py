"""The *Notice* sheet: what the workbook holds and how to fill it, in French."""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Sequence

from cabinet_desktop.domain.references import FORMATS
from cabinet_desktop.exchange.workbook.layout import (
    CellType,
    ColumnSpec,
    SheetSpec,
    columns,
    enum_labels,
    sheet_title,
)
from cabinet_desktop.formatting import format_datetime
from cabinet_desktop.i18n import translate

Row = tuple[str, Sequence[str]]
LINE = 120  # characters a paragraph line holds across the notice's columns


def _paragraph(text: str) -> list[Row]:
    """``text`` as rows of one line each: a workbook shows wrapped text reliably only in
    one cell, and the notice's first column is narrow (it heads the column table)."""
    indent = "   " if text.startswith("•") else ""
    lines = textwrap.wrap(text, LINE, subsequent_indent=indent)
    return [("text", [line]) for line in lines]


def describe(column: ColumnSpec) -> str:
    """What a column's cells hold, as the notice explains it."""
    kind = column.type
    if kind is CellType.REFERENCE:
        return translate("Workbook", "Référence de l'enregistrement ; vide pour une nouvelle "
                                     "ligne.")
    if kind is CellType.DATE:
        return translate("Workbook", "Date JJ/MM/AAAA (27/11/2026).")
    if kind is CellType.INTEGER:
        return translate("Workbook", "Nombre entier.")
    if kind is CellType.NUMBER:
        return translate("Workbook", "Nombre (virgule décimale : 12,5).")
    if kind is CellType.AMOUNT:
        return translate("Workbook", "Montant (1 500 000,00).")
    if kind is CellType.BOOLEAN:
        return translate("Workbook", "Liste : Oui, Non.")
    if kind is CellType.CHOICE and column.enum_class is not None:
        return translate("Workbook", "Liste : {values}.").format(
            values=", ".join(enum_labels(column.enum_class)))
    if kind is CellType.CLASSIFICATION:
        return translate("Workbook", "Liste : niveaux de classification jusqu'à votre "
                                     "habilitation.")
    if kind is CellType.PERSON:
        return translate("Workbook", "Liste : une personne du cabinet ou du ministère.")
    if kind is CellType.PARTNER:
        return translate("Workbook", "Liste : un partenaire (« PAR-0012 — Nom » ou sa "
                                     "référence seule).")
    if kind is CellType.ATTRIBUTION:
        return translate("Workbook", "Liste : une attribution du cabinet (A01 à A13).")
    if kind is CellType.INDICATOR:
        return translate("Workbook", "Liste : un indicateur (« IND-001 — Intitulé » ou sa "
                                     "référence seule).")
    if kind is CellType.LINKS and column.target is not None:
        example = FORMATS[column.target]
        return translate("Workbook", "Références des enregistrements liés, séparées par « ; » "
                                     "({first}; {second}) ; vider la cellule retire les liens."
                         ).format(first=example.format(1, 2026), second=example.format(4, 2026))
    if column.max_length:
        return translate("Workbook", "Texte ({count} caractères au plus).").format(
            count=column.max_length)
    return translate("Workbook", "Texte.")


def notice_rows(sheets: Sequence[SheetSpec], exported_at: dt.datetime, user: str,
                template: bool) -> list[Row]:
    """The notice's rows as ``(style, cells)`` for :func:`writer.write_workbook`."""
    names = ", ".join(sheet_title(sheet) for sheet in sheets)
    rows: list[Row] = [
        ("title", [translate("Workbook", "Classeur d'échange Cabinet Desktop — Secrétariat "
                                         "général")]),
        ("text", [translate("Workbook", "Modèle vide produit par Cabinet Desktop le {date} "
                                        "pour {user}.") if template else
                  translate("Workbook", "Classeur produit par Cabinet Desktop le {date} pour "
                                        "{user}.")]),
        *_paragraph(translate("Workbook", "Une feuille par type d'enregistrement : "
                                          "{sheets}.").format(sheets=names)),
        ("text", [""]),
        ("heading", [translate("Workbook", "Comment remplir ce classeur")]),
    ]
    rows[1] = ("text", [rows[1][1][0].format(date=format_datetime(exported_at), user=user)])
    for line in (
        translate("Workbook", "• Modifiez les cellules des lignes existantes sans toucher à la "
                              "colonne « Référence » : c'est elle qui relie chaque ligne à son "
                              "enregistrement."),
        translate("Workbook", "• Pour créer un enregistrement, ajoutez une ligne et laissez sa "
                              "« Référence » vide : Cabinet Desktop l'attribue à l'import."),
        translate("Workbook", "• Supprimer une ligne ne supprime rien dans la base : la ligne "
                              "est ignorée."),
        translate("Workbook", "• Dates au format JJ/MM/AAAA (27/11/2026), nombres avec une "
                              "virgule décimale (1 234,5) ; saisis comme du texte, ils sont "
                              "aussi acceptés."),
        translate("Workbook", "• Les colonnes à liste (flèche dans la cellule) n'acceptent que "
                              "les valeurs proposées : personnes, partenaires, attributions, "
                              "indicateurs, statuts…"),
        translate("Workbook", "• Les colonnes à en-tête gris sont données pour information "
                              "(état du circuit, avis, validation) : elles ne s'importent pas ; "
                              "ces étapes se font dans l'application."),
        translate("Workbook", "• Les contacts, conventions, échanges, cibles et mesures n'ont "
                              "pas de référence propre : le classeur les nomme d'après leur "
                              "numéro (CTC-412, CNV-17, ECH-9, CIB-3, MES-120)."),
        translate("Workbook", "• N'utilisez ni formules, ni cellules fusionnées, ni feuilles "
                              "masquées : le classeur serait refusé à l'import."),
        translate("Workbook", "• Avant tout enregistrement, l'import montre un aperçu : "
                              "créations, modifications champ par champ, erreurs (feuille, "
                              "ligne, colonne, motif) et conflits — les lignes modifiées dans "
                              "la base depuis l'export ne sont jamais écrasées."),
        translate("Workbook", "• Ne supprimez pas les feuilles masquées « Listes » et "
                              "« Metadonnees » : elles rendent l'import exact."),
    ):
        rows += _paragraph(line)
    rows += [("text", [""]), ("heading", [translate("Workbook", "Feuilles et colonnes")]),
             ("heading", [translate("Workbook", "Feuille"), translate("Workbook", "Colonne"),
                          translate("Workbook", "Contenu"),
                          translate("Workbook", "Obligatoire")])]
    yes = translate("Format", "Oui")
    for sheet in sheets:
        for column in columns(sheet.kind):
            content = describe(column)
            if column.informative:
                content += " " + translate("Workbook", "Pour information : non importé.")
            rows.append(("table", [sheet_title(sheet), column.header, content,
                                   yes if column.required else ""]))
    return rows
