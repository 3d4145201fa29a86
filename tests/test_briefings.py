"""Briefing notes from the database: clearance, classification, issue, register, CLI."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from sqlalchemy import select

from cabinet_desktop import cli
from cabinet_desktop.domain.briefing import DossierSection, SectionKey
from cabinet_desktop.domain.entities import AuditEntry, Dossier, DossierStep, User
from cabinet_desktop.domain.enums import Classification, DossierState, Role
from cabinet_desktop.domain.errors import (
    ConflictError,
    NotFoundError,
    PermissionDenied,
    ValidationError,
)
from cabinet_desktop.services import briefings, passwords, records, settings
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.briefings import NoteDraft
from cabinet_desktop.store.database import Database
from tests import factories
from tests.pdf_reading import assert_every_character_has_a_glyph, forget_pdf_libraries, pages_text


@pytest.fixture(scope="module", autouse=True)
def _unload_pdf_libraries() -> Iterator[None]:
    yield
    forget_pdf_libraries()


def issuing() -> ModuleType:
    """The orchestration module, imported when used (forget_pdf_libraries() unloads it)."""
    from cabinet_desktop.exchange import briefing_issue

    return briefing_issue

DAY = dt.date(2026, 12, 3)


def _awaiting(database: Database, actor: Actor, reference_hint: str,
              classification: Classification) -> str:
    record = factories.dossier(database, actor, object=f"Dossier {reference_hint}",
                               classification=classification)
    with database.writing() as session:  # the workflow has its own tests: jump to its end
        dossier = session.get(Dossier, record.id)
        assert dossier is not None
        dossier.state = DossierState.AVIS_VALIDATED
        dossier.avis_date = dt.date(2026, 11, 28)
        session.add(DossierStep(dossier_id=dossier.id, from_state=DossierState.AVIS_PROPOSED,
                                to_state=DossierState.AVIS_VALIDATED, comment="Vu « urgent »"))
    return record.reference


@pytest.fixture
def cabinet(database: Database) -> dict[str, object]:
    director = factories.make_user(database, "dc", Role.DIRECTOR, Classification.SECRET,
                                   first_name="Aminata", last_name="Ouédraogo")
    adviser = factories.make_user(database, "ct", Role.ADVISER, Classification.CONFIDENTIAL,
                                  first_name="Ʋɛnɛ", last_name="Kaɩ")
    refs = {level: _awaiting(database, director, level.name, level) for level in Classification}
    return {"dc": director, "ct": adviser, "refs": refs}


def _draft(**changes: object) -> NoteDraft:
    values: dict[str, object] = {"object": "Point hebdomadaire <b> & S&P", "note_date": DAY,
                                 "period_start": dt.date(2026, 11, 1),
                                 "period_end": dt.date(2026, 11, 30), "copies": ("SG",)}
    values.update(changes)
    return NoteDraft(**values)  # type: ignore[arg-type]


def test_a_note_never_holds_a_record_above_its_author_clearance(
        database: Database, cabinet: dict[str, object]) -> None:
    refs: dict[Classification, str] = cabinet["refs"]  # type: ignore[assignment]
    adviser: Actor = cabinet["ct"]  # type: ignore[assignment]
    composed = briefings.compose(database, adviser, _draft(sections=(SectionKey.DOSSIERS,)))
    section = composed.content.sections[0]
    assert isinstance(section, DossierSection)
    printed = {line.reference for line in section.lines}
    assert printed == {refs[Classification.UNCLASSIFIED], refs[Classification.RESTRICTED],
                       refs[Classification.CONFIDENTIAL]}
    pdf, _ = issuing().preview(database, adviser, _draft(sections=(SectionKey.DOSSIERS,)))
    text = " ".join(pages_text(pdf))
    assert refs[Classification.SECRET] not in text
    assert refs[Classification.CONFIDENTIAL] in text


def test_classification_is_raised_to_the_content_with_a_warning(
        database: Database, cabinet: dict[str, object]) -> None:
    director: Actor = cabinet["dc"]  # type: ignore[assignment]
    composed = briefings.compose(database, director, _draft())
    assert composed.content.classification is Classification.SECRET
    assert composed.raised
    assert "Classification relevée de « Non classifié » à « Secret »" in composed.warning
    pages = pages_text(issuing().preview(database, director, _draft())[0])
    assert all(page.count("SECRET") >= 2 for page in pages)
    kept = briefings.compose(database, director, _draft(
        sections=(SectionKey.MISSIONS,), classification=Classification.RESTRICTED))
    assert kept.content.classification is Classification.RESTRICTED and not kept.raised


def test_a_note_cannot_be_classified_above_its_author(
        database: Database, cabinet: dict[str, object]) -> None:
    with pytest.raises(PermissionDenied):
        briefings.create_draft(database, cabinet["ct"],  # type: ignore[arg-type]
                               _draft(classification=Classification.SECRET))
    with pytest.raises(ValidationError, match="Objet"):
        briefings.create_draft(database, cabinet["ct"], _draft(object=" "))  # type: ignore[arg-type]


def test_issue_stores_the_pdf_freezes_the_note_and_regenerates_identically(
        database: Database, cabinet: dict[str, object]) -> None:
    director: Actor = cabinet["dc"]  # type: ignore[assignment]
    note = briefings.create_draft(database, director, _draft())
    assert note.reference == "NOTE-2026-001"
    assert note.printed_reference == "N° 2026-001/MEF/CAB"
    assert note.state == "brouillon" and note.author == "Aminata Ouédraogo"
    issued = issuing().issue_note(database, director, note.id, note.version)
    assert issued.changes.concerns("briefing_note")
    assert issued.note.state == "émise"
    assert issued.note.classification is Classification.SECRET  # raised and recorded
    assert issued.note.pdf_sha256 == hashlib.sha256(issued.pdf).hexdigest()
    assert briefings.issued_pdf(database, director, note.id) == issued.pdf
    text = " ".join(pages_text(issued.pdf))
    for expected in ("N° 2026-001/MEF/CAB", "Point hebdomadaire <b> & S&P", "- SG",
                     "Ouagadougou, le 3 décembre 2026"):
        assert expected in text, expected
    with database.reading() as session:
        entries = [(e.action.value, e.prev_hash, json.loads(e.changes)) for e in session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "briefing_note")
            .order_by(AuditEntry.id))]
    assert [action for action, _, _ in entries] == ["create", "update"]
    assert entries[-1][1] in text  # the head the note printed is the one its issue chains to
    assert entries[-1][2]["pdf_sha256"][1] == issued.note.pdf_sha256
    with pytest.raises(ConflictError, match="émise"):
        briefings.update_draft(database, director, note.id, issued.note.version, _draft())
    with pytest.raises(ConflictError, match="émise"):
        issuing().issue_note(database, director, note.id, issued.note.version)
    with pytest.raises(ConflictError, match="émise"):  # nor through the generic record path
        records.update(database, director, "briefing_note", note.id, issued.note.version,
                       {"object": "Changée en douce"})
    assert issuing().regenerate(database, director, note.id) == issued.pdf
    copy = briefings.duplicate(database, director, note.id, note_date=DAY)
    assert copy.reference == "NOTE-2026-002" and copy.issued_at is None
    assert copy.draft.copies == ("SG",) and copy.draft.object == note.object
    register = briefings.register(database, director)
    assert [row.reference for row in register] == ["NOTE-2026-002", "NOTE-2026-001"]


def test_an_adviser_does_not_see_a_secret_note_in_the_register(
        database: Database, cabinet: dict[str, object]) -> None:
    director: Actor = cabinet["dc"]  # type: ignore[assignment]
    note = briefings.create_draft(database, director, _draft())
    issuing().issue_note(database, director, note.id, note.version)  # raised to secret
    assert briefings.register(database, cabinet["ct"]) == []  # type: ignore[arg-type]
    with pytest.raises(NotFoundError, match="introuvable"):
        briefings.get_note(database, cabinet["ct"], note.id)  # type: ignore[arg-type]


def test_an_old_note_keeps_the_motto_of_its_date(database: Database, system: Actor,
                                                 cabinet: dict[str, object]) -> None:
    settings.set_motto(database, system, "Unité – Progrès – Justice", dt.date(2026, 6, 1))
    director: Actor = cabinet["dc"]  # type: ignore[assignment]
    new = briefings.compose(database, director, _draft(sections=()))
    old = briefings.compose(database, director, _draft(
        sections=(), note_date=dt.date(2025, 3, 1), period_start=dt.date(2025, 2, 1),
        period_end=dt.date(2025, 2, 28)))
    assert new.content.letterhead.motto == "Unité – Progrès – Justice"
    assert old.content.letterhead.motto == "La Patrie ou la Mort, nous vaincrons"
    pdf, _ = issuing().preview(database, director, _draft(
        sections=(), note_date=dt.date(2025, 3, 1), period_start=dt.date(2025, 2, 1),
        period_end=dt.date(2025, 2, 28)))
    assert "La Patrie ou la Mort, nous vaincrons" in pages_text(pdf)[0]


def test_a_reader_may_not_write_a_note(database: Database) -> None:
    reader = factories.make_user(database, "lecteur", Role.READER)
    with pytest.raises(PermissionDenied):
        briefings.create_draft(database, reader, _draft())


# --------------------------------------------------------------------------- command line

PASSWORD = "Baobab sous la pluie 7"


@pytest.fixture
def signed_in_director(sqlite_database: Database, monkeypatch: pytest.MonkeyPatch) -> str:
    factories.make_user(sqlite_database, "dc", Role.DIRECTOR, Classification.CONFIDENTIAL)
    with sqlite_database.writing() as session:
        user = session.scalars(select(User).where(User.login == "dc")).one()
        user.password_hash = passwords.hash_password(PASSWORD)
    _awaiting(sqlite_database, factories.make_user(sqlite_database, "x", Role.DIRECTOR),
              "secret", Classification.SECRET)
    monkeypatch.setenv("CABINET_USER", "dc")
    monkeypatch.setenv("CABINET_PASSWORD", PASSWORD)
    return str(sqlite_database.url.database)


def test_cli_briefing_issues_a_note_as_the_acting_user(
        signed_in_director: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "note.pdf"
    code = cli.main(["--database", signed_in_director, "briefing", "--out", str(out),
                     "--period", "2026-11-01:2026-11-30", "--sections", "dossiers,missions",
                     "--classification", "confidentiel", "--date", "2026-12-03", "--issue"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "NOTE-2026-001 émise" in captured.out
    text = " ".join(pages_text(out.read_bytes()))
    assert "1. Dossiers en attente de décision" in text and "2. Suivi des missions" in text
    assert "3. " not in text.split("2. Suivi des missions")[1][:200]
    assert "SECRET" not in text  # above the director's clearance: not printed
    assert hashlib.sha256(out.read_bytes()).hexdigest() in captured.out


@pytest.mark.parametrize(("argv", "code", "message"), [
    (["--period", "2026-13-01:2026-11-30"], 2, "--period : « 2026-13-01 » n'est pas une date"),
    (["--period", "2026-11-30:2026-11-01"], 2, "le début (2026-11-30) est après la fin"),
    (["--period", "novembre"], 2, "attendu DÉBUT:FIN"),
    (["--sections", "dossiers,budget"], 65, "Rubrique inconnue : « budget »"),
    (["--classification", "top"], 2, "choix invalide"),
])
def test_cli_briefing_bad_arguments(signed_in_director: str, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str], argv: list[str],
                                    code: int, message: str) -> None:
    out = tmp_path / "note.pdf"
    result = cli.main(["--database", signed_in_director, "briefing", "--out", str(out), *argv])
    assert result == code
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_cli_briefing_unwritable_output(signed_in_director: str, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    result = cli.main(["--database", signed_in_director, "briefing", "--out",
                       str(tmp_path / "missing" / "note.pdf")])
    assert result == 73
    assert "--out : impossible d'écrire" in capsys.readouterr().err


def test_a_pack_holds_only_sheets_within_clearance(database: Database,
                                                  cabinet: dict[str, object]) -> None:
    refs: dict[Classification, str] = cabinet["refs"]  # type: ignore[assignment]
    adviser: Actor = cabinet["ct"]  # type: ignore[assignment]
    with database.reading() as session:
        ids = {ref: session.scalar(select(Dossier.id).where(Dossier.reference == ref))
               for ref in refs.values()}
    pdf, content = issuing().pack(
        database, adviser, "Point hebdomadaire", [_draft(sections=(SectionKey.DOSSIERS,))], DAY,
        sender="Le Conseiller technique", dossier_ids=[int(i or 0) for i in ids.values()])
    assert [sheet.reference for sheet in content.sheets] == sorted(
        ref for level, ref in refs.items() if level is not Classification.SECRET)
    assert content.classification is Classification.CONFIDENTIAL
    text = " ".join(pages_text(pdf))
    assert refs[Classification.SECRET] not in text
    assert f"Fiche {refs[Classification.CONFIDENTIAL]}" in text
    assert "BORDEREAU D'ENVOI" in text and "DOSSIER DE BRIEFING" in text
    assert "Avis proposé › Avis validé — Vu « urgent »" in text
    assert "1. Note : Point hebdomadaire" in text  # a preview has no reference yet
    assert_every_character_has_a_glyph(text)


def test_partners_picked_one_by_one_limit_the_partnership_section(database: Database) -> None:
    from cabinet_desktop.domain.briefing import PartnerSection

    director = factories.make_user(database, "dc", Role.DIRECTOR, Classification.SECRET)
    partners = [records.create(database, director, "partner", {
        "name": name, "acronym": acronym, "category": "bilateral_tfp"}).record
        for name, acronym in (("Agence française de développement", "AFD"),
                              ("Banque mondiale", "BM"))]
    for partner in partners:
        records.create(database, director, "interaction", {
            "partner_id": partner.id, "date": dt.date(2026, 11, 20), "kind": "meeting",
            "summary": f"Revue avec {partner.values['acronym']}"})
    draft = _draft(sections=(SectionKey.PARTNERS,), partner_ids=(partners[1].id,))
    content = briefings.compose(database, director, draft).content
    (section,) = content.sections
    assert isinstance(section, PartnerSection)
    assert [line.partner for line in section.exchanges] == ["BM"]
    saved = briefings.create_draft(database, director, draft)
    assert briefings.get_note(database, director, saved.id).draft.partner_ids == (partners[1].id,)
    every = briefings.compose(database, director, _draft(sections=(SectionKey.PARTNERS,)))
    assert {line.partner for line in every.content.sections[0].exchanges} == {"AFD", "BM"}  # type: ignore[union-attr]


@pytest.mark.parametrize(("function", "civility", "signed"), [
    ("Directeur de cabinet", "M.", "Le Directeur de cabinet"),
    ("Directrice de cabinet", "Mme", "La Directrice de cabinet"),
    ("Conseillère technique", "", "La Conseillère technique"),
    ("Secrétaire particulier", "", "Le Secrétaire particulier"),
    ("Inspecteur général", "", "L'Inspecteur général"),
    ("La Conseillère technique", "Mme", "La Conseillère technique"),
])
def test_the_signatory_function_takes_its_article(function: str, civility: str,
                                                  signed: str) -> None:
    assert briefings._titled(function, civility) == signed
