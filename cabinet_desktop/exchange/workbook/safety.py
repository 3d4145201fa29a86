"""Refusing a hostile or broken workbook before openpyxl parses it.

Checked on the file itself, cheaply, in this order: it is an xlsx (a zip) and not an
encrypted or old-format OLE file; the zip is whole; the sizes its directory declares stay
within bounds (a zip bomb is refused before anything is inflated — Python's zip reader never
inflates an entry beyond its declared size); no XML part declares a DTD (entity bombs; openpyxl
also parses through ``defusedxml``); no external links; the 1900 date system; no hidden sheet
but the format's own; no merged cells. The reader then bounds the rows it reads.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path
from typing import IO

from defusedxml.ElementTree import fromstring

from cabinet_desktop.domain.errors import ValidationError
from cabinet_desktop.exchange.workbook.layout import LISTS_SHEET, META_SHEET
from cabinet_desktop.i18n import translate

MAX_FILE = 200 * 1024 * 1024
MAX_ENTRIES = 2_000
MAX_ENTRY = 512 * 1024 * 1024
MAX_TOTAL = 1024 * 1024 * 1024
MAX_SHARED_STRINGS = 128 * 1024 * 1024  # held in memory by openpyxl, even read-only
MAX_RATIO = 100  # inflated/compressed, for entries above RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
MERGE = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?mergeCell[\s/>]")
DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)


class WorkbookRefused(ValidationError):
    """A file the import refuses whole, before reading any row (exit code 65)."""


def refuse(path: Path, reason: str) -> WorkbookRefused:
    return WorkbookRefused(translate("Workbook", "Classeur « {name} » refusé : {reason}")
                           .format(name=path.name, reason=reason))


def _contains_encryption_info(handle: IO[bytes]) -> bool:
    needle = "EncryptionInfo".encode("utf-16-le")
    tail = b""
    while chunk := handle.read(1024 * 1024):
        if needle in tail + chunk:
            return True
        tail = chunk[-len(needle):]
    return False


def _check_container(path: Path) -> None:
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
            if head.startswith(OLE_MAGIC):
                handle.seek(0)
                if _contains_encryption_info(handle):
                    raise refuse(path, translate(
                        "Workbook", "il est protégé par un mot de passe. Enregistrez-le sans mot "
                                    "de passe (Fichier › Informations › Protéger le classeur) "
                                    "puis importez-le de nouveau."))
                raise refuse(path, translate(
                    "Workbook", "c'est un fichier Excel 97-2003 (.xls). Enregistrez-le au format "
                                "Classeur Excel (.xlsx) puis importez-le de nouveau."))
    except OSError as error:
        raise refuse(path, translate("Workbook", "lecture impossible ({reason}).")
                     .format(reason=error.strerror or error)) from None
    if size > MAX_FILE:
        raise refuse(path, translate("Workbook", "le fichier dépasse {size} Mo.")
                     .format(size=MAX_FILE // (1024 * 1024)))
    if not head.startswith(ZIP_MAGIC):
        raise refuse(path, translate("Workbook", "ce n'est pas un classeur Excel (.xlsx)."))


def _check_sizes(path: Path, archive: zipfile.ZipFile) -> None:
    entries = archive.infolist()
    if len(entries) > MAX_ENTRIES:
        raise refuse(path, translate("Workbook", "il contient trop de parties ({count})."
                                     ).format(count=len(entries)))
    total = 0
    for info in entries:
        total += info.file_size
        limit = MAX_SHARED_STRINGS if info.filename.endswith("sharedStrings.xml") else MAX_ENTRY
        ratio_exceeded = (info.file_size > RATIO_FLOOR
                          and info.file_size > MAX_RATIO * max(info.compress_size, 1))
        if info.file_size > limit or total > MAX_TOTAL or ratio_exceeded:
            raise refuse(path, translate(
                "Workbook", "sa taille une fois décompressé est anormale (partie « {part} » : "
                            "{size} octets pour {packed} compressés) ; c'est peut-être une "
                            "« bombe zip ».").format(part=info.filename, size=info.file_size,
                                                     packed=info.compress_size))


def _check_parts(path: Path, archive: zipfile.ZipFile) -> list[str]:
    """XML parts without DTD, no external link; returns the worksheet parts."""
    names = set(archive.namelist())
    if "xl/workbook.xml" not in names or "[Content_Types].xml" not in names:
        raise refuse(path, translate("Workbook", "ce n'est pas un classeur Excel (.xlsx)."))
    if any(name.startswith("xl/externalLinks/") for name in names):
        raise refuse(path, translate("Workbook", "il contient des liaisons vers d'autres "
                                                 "classeurs. Supprimez-les (Données › Modifier "
                                                 "les liens) puis importez-le de nouveau."))
    for name in names:
        if name.endswith((".xml", ".rels", ".vml")):
            with archive.open(name) as part:
                if DTD.search(part.read(4096)):
                    raise refuse(path, translate(
                        "Workbook", "la partie « {part} » déclare des entités XML, ce qu'un "
                                    "classeur Excel ne fait jamais.").format(part=name))
    return sorted(n for n in names if n.startswith("xl/worksheets/") and n.endswith(".xml"))


def _check_workbook_part(path: Path, archive: zipfile.ZipFile) -> None:
    root = fromstring(archive.read("xl/workbook.xml"))
    properties = root.find(f"{NS}workbookPr")
    if properties is not None and properties.get("date1904", "0").lower() in ("1", "true"):
        raise refuse(path, translate(
            "Workbook", "il utilise le calendrier 1904 (Excel pour Mac ancien) : les dates "
                        "seraient décalées de quatre ans. Décochez « Utiliser le calendrier "
                        "depuis 1904 » dans les options d'Excel puis importez-le de nouveau."))
    if root.find(f"{NS}externalReferences") is not None:
        raise refuse(path, translate("Workbook", "il contient des liaisons vers d'autres "
                                                 "classeurs. Supprimez-les (Données › Modifier "
                                                 "les liens) puis importez-le de nouveau."))
    sheets = root.find(f"{NS}sheets")
    for sheet in [] if sheets is None else list(sheets):
        name = sheet.get("name", "")
        if sheet.get("state", "visible") != "visible" and name not in (LISTS_SHEET, META_SHEET):
            raise refuse(path, translate(
                "Workbook", "la feuille « {sheet} » est masquée. Affichez-la (clic droit sur un "
                            "onglet › Afficher) ou supprimez-la, puis importez-le de nouveau.")
                .format(sheet=name))


def _check_merged(path: Path, archive: zipfile.ZipFile, parts: list[str]) -> None:
    for name in parts:
        tail = b""
        with archive.open(name) as part:
            while chunk := part.read(1024 * 1024):
                if MERGE.search(tail + chunk):
                    raise refuse(path, translate(
                        "Workbook", "il contient des cellules fusionnées. Annulez la fusion "
                                    "(Accueil › Fusionner et centrer) puis importez-le de "
                                    "nouveau."))
                tail = chunk[-64:]


def check_workbook_file(path: Path) -> None:
    """Raise :class:`WorkbookRefused` with a French reason if ``path`` must not be parsed."""
    _check_container(path)
    try:
        with zipfile.ZipFile(path) as archive:
            _check_sizes(path, archive)
            parts = _check_parts(path, archive)
            _check_workbook_part(path, archive)
            _check_merged(path, archive, parts)
    except (zipfile.BadZipFile, zlib.error, EOFError, KeyError) as error:
        raise refuse(path, translate("Workbook", "le fichier est tronqué ou endommagé ({reason})."
                                     ).format(reason=error)) from None
    except ValueError as error:  # defusedxml's refusals, malformed XML
        raise refuse(path, translate("Workbook", "son contenu XML est invalide ({reason})."
                                     ).format(reason=error)) from None
    except SyntaxError as error:  # xml.etree.ElementTree.ParseError
        raise refuse(path, translate("Workbook", "son contenu XML est invalide ({reason})."
                                     ).format(reason=error)) from None
