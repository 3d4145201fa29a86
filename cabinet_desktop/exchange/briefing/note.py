"""A note to the minister as PDF bytes: ``render_note(content) -> bytes``."""

from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from cabinet_desktop.domain.briefing import NoteContent
from cabinet_desktop.exchange.briefing.document import CONTENT_WIDTH, Decoration, build_pdf
from cabinet_desktop.exchange.briefing.letterhead import heading
from cabinet_desktop.exchange.briefing.sections import section_flowables
from cabinet_desktop.exchange.briefing.styles import FONT, INK, Styles, make_styles
from cabinet_desktop.exchange.briefing.text import escape, markup, paragraphs
from cabinet_desktop.formatting import format_long_date
from cabinet_desktop.i18n import translate


def _title(content: NoteContent, styles: Styles) -> Table:
    text = translate("Briefing", "NOTE À L'ATTENTION DE {recipient}").format(
        recipient=content.recipient.upper())
    box = Table([[Paragraph(markup(text), styles.title)]], colWidths=[CONTENT_WIDTH - 3 * cm])
    box.setStyle(TableStyle([FONT, ("BOX", (0, 0), (-1, -1), 0.9, INK),
                             ("TOPPADDING", (0, 0), (-1, -1), 5),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
    return box


def _labelled(label: str, value: str, styles: Styles) -> Paragraph:
    """« Objet : … » with the label underlined and bold, the value as typed."""
    return Paragraph(f"<b><u>{escape(label)}</u>\xa0:</b> {markup(value)}", styles.body)


def _signature(content: NoteContent, styles: Styles) -> list[Flowable]:
    if not (content.signatory_function or content.signatory_name):
        return []
    block = [Paragraph(markup(content.signatory_function), styles.signature),
             Spacer(1, 1.7 * cm),
             Paragraph(f"<u>{markup(content.signatory_name)}</u>", styles.signature)]
    table = Table([["", block]], colWidths=[CONTENT_WIDTH - 7.5 * cm, 7.5 * cm])
    table.setStyle(TableStyle([FONT, ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return [Spacer(1, 0.6 * cm), table]


def _copies(content: NoteContent, styles: Styles) -> list[Flowable]:
    if not content.copies:
        return []
    lines = "<br/>".join(f"-\xa0{markup(copy)}" for copy in content.copies)
    label = escape(translate("Briefing", "Ampliations"))
    return [Spacer(1, 0.5 * cm), Paragraph(f"<b><u>{label}</u>\xa0:</b>", styles.cell),
            Paragraph(lines, styles.cell)]


def note_story(content: NoteContent, styles: Styles) -> list[Flowable]:
    """The flowables of one note, from the heading to the copy list."""
    story: list[Flowable] = [
        heading(content.letterhead, styles, content.reference, content.note_date),
        Spacer(1, 0.7 * cm), _title(content, styles), Spacer(1, 0.5 * cm),
        _labelled(translate("Briefing", "Objet"), content.object, styles)]
    if content.period is not None:
        start, end = content.period
        story.append(_labelled(translate("Briefing", "Période"),
                               translate("Briefing", "du {start} au {end}").format(
                                   start=format_long_date(start), end=format_long_date(end)),
                               styles))
    story.append(Spacer(1, 0.2 * cm))
    story += [Paragraph(block, styles.body) for block in paragraphs(content.introduction)]
    for number, section in enumerate(content.sections, start=1):
        story += section_flowables(number, section, styles)
    story.append(KeepTogether([*_signature(content, styles), *_copies(content, styles)]))
    return story


def note_decoration(content: NoteContent) -> Decoration:
    """Markings, footer and metadata of a note printed on its own."""
    return Decoration(marking=content.classification.marking, footer=content.reference,
                      journal_hash=content.journal_hash, title=content.object,
                      author=content.signatory_name, subject=content.reference)


def render_note(content: NoteContent) -> bytes:
    """The PDF of ``content``; the same content always gives the same bytes."""
    return build_pdf(note_story(content, make_styles()), note_decoration(content))
