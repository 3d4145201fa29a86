"""Benchmark of briefing PDFs: a pack with 1,000 dossiers and 200 indicators.

Prints the product's time and page count (composing from the database, then rendering the
pack with its letterhead, markings, page numbers, contents and trend charts) beside the floor:
plain reportlab platypus (``SimpleDocTemplate``, one ``Table`` of ``Paragraph`` cells per list,
the same font) rendering the same table contents, measured in the same run. Target: rendering
≤ 1.3× the floor. Also the preview of a one-page note (target ≤ 300 ms): the service's
render, and the composer's whole preview (compose, render, QtPdf loading the bytes through a
``QBuffer`` and drawing the page at the view's width), beside the raw reportlab floor (plain
platypus, the same object and mission table, no letterhead).

Usage: ``.venv/bin/python bench/briefing_bench.py [--database PATH] [--dossiers N]
[--indicators N] [--preview-only]``. Without ``--database`` it uses the large demo database of
``bench/run.py`` (made by ``cabinet-desktop demo --size large``); ``--preview-only`` times the
previews alone (any database will do).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import time
from pathlib import Path

from bench_database import large_database
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle
from sqlalchemy import select

from cabinet_desktop.domain.briefing import (
    DossierSection,
    IndicatorSection,
    MissionSection,
    NoteContent,
    PackContent,
    SectionKey,
)
from cabinet_desktop.domain.entities import Dossier, Indicator
from cabinet_desktop.exchange.briefing import render_note, render_pack
from cabinet_desktop.exchange.briefing.fonts import REGULAR, register_fonts
from cabinet_desktop.exchange.briefing.text import escape
from cabinet_desktop.services import briefings
from cabinet_desktop.services.actor import system_actor
from cabinet_desktop.services.briefing_content import AWAITING_DECISION
from cabinet_desktop.services.briefings import NoteDraft
from cabinet_desktop.store.database import open_database

HERE = Path(__file__).resolve().parent
ROUNDS = 3


def best(function, rounds: int = ROUNDS):  # type: ignore[no-untyped-def]
    """The result of ``function`` and its fastest time over ``rounds`` runs."""
    times, result = [], None
    for _ in range(rounds):
        started = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - started)
    return result, min(times)


def duel(product, floor, rounds: int = 2 * ROUNDS):  # type: ignore[no-untyped-def]
    """Both results and best times, the two run in turn so that a busy machine (2 shared
    cores) slows both alike."""
    times: tuple[list[float], list[float]] = ([], [])
    results = [None, None]
    for _ in range(rounds):
        for index, function in enumerate((product, floor)):
            started = time.perf_counter()
            results[index] = function()
            times[index].append(time.perf_counter() - started)
    return results[0], min(times[0]), results[1], min(times[1])


def pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def floor_pdf(dossiers: DossierSection, indicators: IndicatorSection) -> bytes:
    """The same table contents with plain platypus: no letterhead, decoration or chart."""
    register_fonts()
    cell = ParagraphStyle("cell", fontName=REGULAR, fontSize=8, leading=10)
    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                                 topMargin=2 * cm, bottomMargin=2.4 * cm, invariant=1)
    style = TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR),
                        ("GRID", (0, 0), (-1, -1), 0.4, "#9AA0A6"),
                        ("VALIGN", (0, 0), (-1, -1), "TOP")])

    def table(rows: list[list[str]], widths: tuple[float, ...]) -> Table:
        data = [[Paragraph(escape(value), cell) for value in row] for row in rows]
        result = Table(data, colWidths=[w * cm for w in widths], repeatRows=1)
        result.setStyle(style)
        return result

    dossier_rows = [["Réf.", "Objet", "Origine", "Avis du Cabinet", "État"]] + [
        [d.reference, d.object, f"{d.origin} reçu le {d.received}",
         f"{d.avis} ({d.avis_date}) {d.avis_text}", d.state] for d in dossiers.lines]
    indicator_rows = [["Code", "Indicateur", "Période", "Valeur", "Cible", "État"]] + [
        [i.reference, i.name, i.period, str(i.value), str(i.target), i.status]
        for i in indicators.lines]
    document.build([table(dossier_rows, (2.6, 4.8, 3.0, 4.6, 2.0)),
                    table(indicator_rows, (1.4, 6.0, 1.4, 2.7, 2.6, 1.9))])
    return buffer.getvalue()


def floor_note(content: NoteContent) -> bytes:
    """A one-page note's object and mission tables with plain platypus (no letterhead)."""
    register_fonts()
    cell = ParagraphStyle("cell", fontName=REGULAR, fontSize=9, leading=11)
    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=A4, invariant=1)
    story: list = [Paragraph(escape(content.object), cell)]
    for section in content.sections:
        if isinstance(section, MissionSection):
            for lines in (section.overdue, section.due_soon, section.achieved):
                rows = [["Réf.", "Intitulé", "Responsable", "Échéance", "Statut"]] + [
                    [m.reference, m.title, m.assignee, str(m.due), m.status] for m in lines]
                story.append(Table([[Paragraph(escape(v), cell) for v in row] for row in rows]))
    document.build(story)
    return buffer.getvalue()


def composer_preview(database, actor, draft):  # type: ignore[no-untyped-def]
    """What the composer does after a pause in typing, up to the page drawn at its width."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtPdf import QPdfDocument

    from cabinet_desktop.ui.notes.composer import preview_pdf

    pdf, _warning = preview_pdf(database, actor, draft)
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    points = document.pagePointSize(0)
    width = 620  # the preview's width in the composer at 1366 pixels
    image = document.render(0, QSize(width, round(width * points.height() / points.width())))
    document.close()
    return image


def preview_lines(database, actor, day: dt.date) -> None:  # type: ignore[no-untyped-def]
    """The one-page note's previews: service render, composer's whole preview, floor."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    application = QGuiApplication.instance() or QGuiApplication([])
    small = NoteDraft(object="Note d'une page", note_date=day, sections=(SectionKey.MISSIONS,),
                      mission_ids=())
    content = briefings.compose(database, actor, small).content
    _, preview_time = best(lambda: render_note(briefings.compose(database, actor, small).content))
    _, composer_time, floor, floor_time = duel(lambda: composer_preview(database, actor, small),
                                               lambda: floor_note(content))
    preview_label = "Aperçu d'une note d'une page"
    composer_label = "… dans le rédacteur (QtPdf)"
    print(f"{preview_label:<34} {preview_time * 1000:>8.0f}ms {'':>10}  ≤ 300 ms")
    print(f"{composer_label:<34} {composer_time * 1000:>8.0f}ms {floor_time * 1000:>8.0f}ms  "
          f"≤ 300 ms ({pages(floor)} page)")
    del application


def database_path(given: str | None) -> Path:
    return large_database(given)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database")
    parser.add_argument("--dossiers", type=int, default=1000)
    parser.add_argument("--indicators", type=int, default=200)
    parser.add_argument("--preview-only", action="store_true")
    args = parser.parse_args()
    path = database_path(args.database)
    database = open_database(str(path))
    actor = system_actor("bench")
    if args.preview_only:
        print(f"{'Mesure':<34} {'Produit':>10} {'Plancher':>10}  Cible")
        preview_lines(database, actor, dt.date.today())
        database.close()
        return 0
    with database.reading() as session:
        dossier_ids = tuple(session.scalars(
            select(Dossier.id).where(Dossier.state.in_(AWAITING_DECISION),
                                     Dossier.archived.is_(False))
            .order_by(Dossier.id).limit(args.dossiers)))
        indicator_ids = tuple(session.scalars(select(Indicator.id).order_by(Indicator.id)
                                              .limit(args.indicators)))
        total = session.query(Dossier).count()
    day = dt.date.today()
    draft = NoteDraft(object="Dossier de briefing — banc d'essai", note_date=day,
                      sections=(SectionKey.DOSSIERS, SectionKey.INDICATORS),
                      dossier_ids=dossier_ids, indicator_ids=indicator_ids)
    composed, compose_time = best(lambda: briefings.compose(database, actor, draft), 1)
    note = composed.content
    pack = PackContent(note.letterhead, "Banc d'essai", day, note.recipient, (note,),
                       journal_hash=note.journal_hash)
    dossiers = next(s for s in note.sections if isinstance(s, DossierSection))
    indicators = next(s for s in note.sections if isinstance(s, IndicatorSection))
    product, product_time, floor, floor_time = duel(lambda: render_pack(pack),
                                                    lambda: floor_pdf(dossiers, indicators))
    ratio = product_time / floor_time
    print(f"Base : {path} ({total:,} dossiers)".replace(",", " "))
    print(f"Contenu : {len(dossiers.lines)} dossiers, {len(indicators.lines)} indicateurs ; "
          f"lecture en base {compose_time:.2f} s")
    print(f"{'Mesure':<34} {'Produit':>10} {'Plancher':>10}  Cible")
    print(f"{'Rendu du dossier de briefing':<34} {product_time:>9.2f}s {floor_time:>9.2f}s  "
          f"≤ 1,3× ({ratio:.2f}×)".replace(".", ","))
    print(f"{'Pages':<34} {pages(product):>10} {pages(floor):>10}")
    preview_lines(database, actor, day)
    database.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
