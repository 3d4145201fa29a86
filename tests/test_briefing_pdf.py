"""The PDF of a note and of a pack, read back as text: layout, markings, safety, fonts."""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import io
from collections.abc import Iterator

import pytest
from pypdf import PdfReader

from cabinet_desktop.domain.briefing import (
    DossierSection,
    NoteContent,
    PackContent,
    RecordSheet,
    TextSection,
)
from cabinet_desktop.domain.enums import Classification
from tests.briefing_samples import FRENCH, HOSTILE, LETTERHEAD, NATIONAL, sample_note
from tests.pdf_reading import (
    assert_every_character_has_a_glyph,
    embedded_fonts,
    forget_pdf_libraries,
    normalise,
    pages_text,
)


@pytest.fixture(scope="module", autouse=True)
def _unload_pdf_libraries() -> Iterator[None]:
    yield
    forget_pdf_libraries()


# The PDF code is imported when used, not with this module: forget_pdf_libraries() unloads it.
def render_note(content: NoteContent) -> bytes:
    from cabinet_desktop.exchange.briefing import render_note as render

    return render(content)


def render_pack(content: PackContent) -> bytes:
    from cabinet_desktop.exchange.briefing import render_pack as render

    return render(content)


def french(text: str) -> str:
    from cabinet_desktop.exchange.briefing.text import french as spaced

    return spaced(text)


def markup(text: str) -> str:
    from cabinet_desktop.exchange.briefing.text import markup as escaped

    return escaped(text)

SECTION_TITLES = ("1. Dossiers en attente de décision", "2. Suivi des missions",
                  "3. Fiche de suivi des instructions du Ministre",
                  "4. Tableau de bord des indicateurs", "5. Partenariats", "6. Observations")


def test_note_has_letterhead_every_section_signature_and_copies() -> None:
    text = " ".join(pages_text(render_note(sample_note())))
    for expected in ("MINISTÈRE DE L'ÉCONOMIE ET DES FINANCES", "SECRÉTARIAT GÉNÉRAL", "CABINET",
                     "BURKINA FASO", "La Patrie ou la Mort, nous vaincrons",
                     "N° 2026-042/MEF/CAB", "Ouagadougou, le 3 décembre 2026",
                     "NOTE À L'ATTENTION DE MONSIEUR LE MINISTRE",
                     "Objet : Point hebdomadaire des dossiers et missions du Cabinet",
                     "Période : du 1er novembre 2026 au 30 novembre 2026",
                     *SECTION_TITLES, "Missions en retard (1)",
                     "Missions à échéance dans les deux semaines (1)",
                     "Missions achevées dans la période (1)",
                     "Instructions exécutées dans les délais : 12 sur 18 (67 %)",
                     "Impact (1)", "Résultat (1)", "14,2 % (p)", "valeur provisoire",
                     "1 234 567 890 FCFA", "Accords arrivant à échéance (1)",
                     "Le Directeur de cabinet", "Aminata Ouédraogo", "Ampliations :", "- SG",
                     "- Chrono"):
        assert expected in text, expected
    assert text.index("Impact (1)") < text.index("Résultat (1)") < text.index("Produit (1)")


def test_markings_and_page_numbers_on_every_page_hash_on_the_last() -> None:
    pages = pages_text(render_note(sample_note(dossiers=60)))
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert page.count("CONFIDENTIEL") >= 2, number  # top and bottom
        assert f"Page {number} sur {len(pages)}" in page
        assert "N° 2026-042/MEF/CAB" in page
        assert ("9f" * 32 in page) is (number == len(pages))


def test_unclassified_note_has_no_marking() -> None:
    pages = pages_text(render_note(sample_note(
        dossiers=0, classification=Classification.UNCLASSIFIED)))
    assert all("NON CLASSIFIÉ" not in page and "CONFIDENTIEL" not in page for page in pages)


def test_long_table_repeats_its_header_on_each_page() -> None:
    pages = pages_text(render_note(sample_note(dossiers=60)))
    with_rows = [page for page in pages if "DOS-2026-00" in page]
    assert len(with_rows) >= 2
    for page in with_rows:
        assert "Réf. Objet Origine Avis du Cabinet État" in page
    assert "DOS-2026-0060" in " ".join(pages)


def test_hostile_strings_print_literally_and_nothing_is_fetched() -> None:
    pdf = render_note(sample_note())
    text = " ".join(pages_text(pdf))
    for hostile in HOSTILE:
        assert hostile in text, hostile
    reader = PdfReader(io.BytesIO(pdf))
    for page in reader.pages:  # no image was pulled in by a user's <img>
        xobjects = page["/Resources"].get_object().get("/XObject", {})
        assert not any(x.get_object().get("/Subtype") == "/Image" for x in xobjects.values())


def test_french_and_national_language_characters_render_from_embedded_fonts() -> None:
    pdf = render_note(sample_note())
    text = " ".join(pages_text(pdf))
    assert normalise(NATIONAL) in text
    for char in FRENCH.split():
        assert char in text, char
    assert_every_character_has_a_glyph(text)
    fonts = embedded_fonts(pdf)
    assert fonts and all(fonts.values()), fonts
    assert all("NotoSans" in name for name in fonts), fonts


def test_french_spacing_and_escaping() -> None:
    assert french("Objet : « urgent » ; vraiment ?") == \
        "Objet\xa0: «\xa0urgent\xa0»\xa0; vraiment\xa0?"
    assert french("10:30 http://x «a»") == "10:30 http://x «\xa0a\xa0»"
    assert markup('<img src="/etc/passwd"> & S&P') == \
        '&lt;img src="/etc/passwd"&gt; &amp; S&amp;P'


def test_same_content_same_bytes() -> None:
    assert render_note(sample_note()) == render_note(sample_note())
    assert render_note(sample_note()) != render_note(sample_note(object="Autre objet"))


def test_motto_is_the_one_given_and_logo_is_drawn() -> None:
    png = base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")
    head = dataclasses.replace(LETTERHEAD, motto="Unité – Progrès – Justice", logo_png=png)
    pdf = render_note(sample_note(letterhead=head))
    assert "Unité – Progrès – Justice" in pages_text(pdf)[0]
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    images = [x for x in page["/Resources"]["/XObject"].values()
              if x.get_object().get("/Subtype") == "/Image"]
    assert len(images) == 1


def test_pack_has_cover_contents_with_right_pages_notes_sheets_and_bordereau() -> None:
    first = sample_note()
    second = sample_note(dossiers=40, object="Deuxième note", reference="N° 2026-043/MEF/CAB",
                         sections=(DossierSection("Dossiers", sample_note(dossiers=40)
                                                  .sections[0].lines),  # type: ignore[union-attr]
                                   TextSection("Conclusion", "Fin.")))
    sheet = RecordSheet("DOS-2026-0001", "Projet de décret <b>", (("Objet", "S&P"),),
                        Classification.SECRET)
    pack = PackContent(LETTERHEAD, "Point hebdomadaire", dt.date(2026, 12, 3),
                       "Monsieur le Ministre", (first, second), (sheet,),
                       sender="Le Directeur de cabinet", journal_hash="ab" * 32)
    pdf = render_pack(pack)
    pages = pages_text(pdf)
    assert "DOSSIER DE BRIEFING" in pages[0] and "3 pièces" in pages[0]
    assert all(page.count("SECRET") >= 2 for page in pages)  # the highest of its contents
    contents = pages[1]
    assert "SOMMAIRE" in contents
    starts = {}
    for title in ("Point hebdomadaire des dossiers", "Deuxième note", "DOS-2026-0001 —",
                  "Bordereau d'envoi"):
        after = contents[contents.index(title):]
        number = int(next(word for word in after.replace(".", " ").split() if word.isdigit()
                          and word not in ("2026",)))
        starts[title] = number
    assert "N° 2026-042/MEF/CAB" in pages[starts["Point hebdomadaire des dossiers"] - 1]
    assert "Deuxième note" in pages[starts["Deuxième note"] - 1]
    assert "Fiche DOS-2026-0001" in pages[starts["DOS-2026-0001 —"] - 1]
    bordereau = pages[starts["Bordereau d'envoi"] - 1]
    assert bordereau == pages[-1]
    for expected in ("BORDEREAU D'ENVOI", "N° Désignation des pièces Nombre Observations",
                     "Pour décision", "Pour information", "Total 03", "ab" * 32):
        assert expected in bordereau, expected
    assert render_pack(pack) == pdf
