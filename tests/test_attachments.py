"""Attachments on both backends: hostile file names cleaned or refused, the size limit of the
settings, removal journaled, permission-checked and within clearance."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from cabinet_desktop.domain.entities import AuditEntry
from cabinet_desktop.domain.enums import Classification, Role
from cabinet_desktop.domain.errors import (
    ConflictError,
    NotFoundError,
    PermissionDenied,
    ValidationError,
)
from cabinet_desktop.services import dossiers, settings
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.file_names import clean_file_name
from cabinet_desktop.store.database import Database
from tests import factories


@pytest.mark.parametrize(("raw", "clean"), [
    ("note technique.pdf", "note technique.pdf"),
    (r"C:\Users\awa\Documents\budget.xlsx", "budget.xlsx"),
    ("/etc/cabinet/../../passwd", "passwd"),
    ("../../../.bashrc", "bashrc"),
    ("\u202efdp.exe", "fdp.exe"),  # shown as « exe.pdf » before
    ("rapport\u202ecod.exe", "rapportcod.exe"),
    ("\u200enote\u200f.pdf", "note.pdf"),
    ("\u202a\u202b\u202c\u202dbilan.pdf", "bilan.pdf"),
    ("\u2066a\u2067b\u2068c\u2069.txt", "abc.txt"),
    ("ligne\nsuivante\r\t.pdf", "lignesuivante.pdf"),
    ("cloche\x07\x1b[31m.pdf", "cloche[31m.pdf"),
    ("question?:étoile*.pdf", "question__étoile_.pdf"),
    ("CON.txt", "_CON.txt"),
    ("Procès-verbal de la réunion.pdf.", "Procès-verbal de la réunion.pdf"),
])
def test_file_names_are_neutralised_and_stay_readable(raw: str, clean: str) -> None:
    assert clean_file_name(raw) == clean


@pytest.mark.parametrize("raw", ["facture.pdf\x00.exe", "", "   ", "..", "dossier/..",
                                 "\u202e\u200f", "C:\\"])
def test_hostile_or_empty_file_names_are_refused(raw: str) -> None:
    with pytest.raises(ValidationError, match="Nom du fichier") as caught:
        clean_file_name(raw)
    assert caught.value.field == "filename"


def test_a_very_long_name_keeps_its_extension() -> None:
    cleaned = clean_file_name("a" * 400 + ".pdf")
    assert len(cleaned) == 255 and cleaned.endswith(".pdf")


def test_attach_stores_the_cleaned_name(database: Database, system: Actor) -> None:
    dossier = factories.dossier(database, system)
    saved = dossiers.attach(database, system, dossier.id, "\u202efdp.exe", b"MZ")
    assert saved.saved["filename"] == "fdp.exe"
    assert saved.saved["media_type"] != "application/pdf"
    with pytest.raises(ValidationError, match="caractère nul"):
        dossiers.attach(database, system, dossier.id, "a.pdf\x00.exe", b"x")
    assert [a["filename"] for a in dossiers.attachments(database, system, dossier.id)] == [
        "fdp.exe"]


def test_size_limit_comes_from_the_settings(database: Database, system: Actor) -> None:
    dossier = factories.dossier(database, system)
    two_mib = b"x" * (2 * 1024 * 1024)
    dossiers.attach(database, system, dossier.id, "grand.pdf", two_mib)  # default 25 Mo
    settings.save_settings(database, system, {"attachment_max_mb": 1}, system=True)
    with pytest.raises(ValidationError) as caught:
        dossiers.attach(database, system, dossier.id, "grand2.pdf", two_mib)
    assert caught.value.field == "content"
    assert "grand2.pdf" in caught.value.message and "limite de 1 Mo" in caught.value.message
    assert "2,0\u00a0Mo" in caught.value.message
    assert len(dossiers.attachments(database, system, dossier.id)) == 1
    with pytest.raises(ValidationError, match="Taille maximale des pièces jointes"):
        settings.save_settings(database, system, {"attachment_max_mb": 0}, system=True)


def test_remove_attachment_is_journaled_checked_and_cleared(database: Database,
                                                            system: Actor) -> None:
    dossier = factories.dossier(database, system)
    secret = factories.dossier(database, system, classification=Classification.SECRET)
    kept = dossiers.attach(database, system, dossier.id, "a.pdf", b"%PDF a").saved
    hidden = dossiers.attach(database, system, secret.id, "b.pdf", b"%PDF b").saved
    adviser = factories.make_user(database, "ct", Role.ADVISER)
    director = factories.make_user(database, "dc", Role.DIRECTOR,
                                   clearance=Classification.CONFIDENTIAL)
    with pytest.raises(PermissionDenied):
        dossiers.remove_attachment(database, adviser, kept.id, kept.version)
    with pytest.raises(NotFoundError, match="introuvable"):
        dossiers.remove_attachment(database, director, hidden.id, hidden.version)
    with pytest.raises(ConflictError):
        dossiers.remove_attachment(database, director, kept.id, kept.version + 1)
    removed = dossiers.remove_attachment(database, director, kept.id, kept.version)
    assert removed.record is None and removed.changes.concerns("dossier")
    assert dossiers.attachments(database, system, dossier.id) == ()
    assert len(dossiers.attachments(database, system, secret.id)) == 1
    with database.reading() as session:
        entry = session.execute(select(AuditEntry).where(
            AuditEntry.id == removed.journal_id)).scalar_one()
        assert (entry.action, entry.entity, entry.entity_id, entry.reference) == (
            "delete", "attachment", kept.id, dossier.reference)
        assert json.loads(entry.changes)["filename"] == ["a.pdf", None]
    with pytest.raises(NotFoundError):
        dossiers.attachment_content(database, system, kept.id)
