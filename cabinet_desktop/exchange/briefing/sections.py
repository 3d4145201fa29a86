"""The numbered sections of a note, each a list of flowables (tables split with their header)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeAlias

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Table

from cabinet_desktop.domain.briefing import (
    AgreementLine,
    DossierSection,
    IndicatorLine,
    IndicatorSection,
    InstructionSection,
    MissionLine,
    MissionSection,
    NoteSection,
    PartnerSection,
    TextSection,
)
from cabinet_desktop.domain.enums import Classification
from cabinet_desktop.exchange.briefing.charts import trend_chart
from cabinet_desktop.exchange.briefing.fonts import BOLD, REGULAR
from cabinet_desktop.exchange.briefing.styles import CELL_PADDING, Styles, grid_style
from cabinet_desktop.exchange.briefing.text import escape, french, markup, paragraphs
from cabinet_desktop.formatting import (
    format_amount,
    format_date,
    format_number,
    format_percent,
    unit_suffix,
)
from cabinet_desktop.i18n import translate

Cell: TypeAlias = Flowable | list[Flowable] | str


def data_table(styles: Styles, headers: Sequence[str], rows: Sequence[Sequence[Cell]],
               widths_cm: Sequence[float]) -> Table:
    """A table whose header row repeats on every page it runs over.

    Strings are user text. One that fits its column on one line is drawn as it is (the table
    draws it with ``drawString``: no markup is read, and no paragraph is laid out, which is most
    of a long table's cost); a longer one becomes an escaped, wrapping paragraph. Flowables are
    used as they are.
    """
    widths = [w * cm for w in widths_cm]
    room = [w - 2 * CELL_PADDING - 0.5 for w in widths]

    def cell(text: str, column: int, style: ParagraphStyle, font: str) -> Flowable | str:
        text = french(text)
        if "\n" not in text and stringWidth(text, font, style.fontSize) <= room[column]:
            return text
        return Paragraph(markup(text), style)

    head = [cell(h, i, styles.header_cell, BOLD) for i, h in enumerate(headers)]
    body = [[cell(value, i, styles.cell, REGULAR) if isinstance(value, str) else value
             for i, value in enumerate(row)] for row in rows]
    table = Table([head, *body], colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(grid_style(len(body) + 1))
    return table


def _empty(styles: Styles, text: str) -> Paragraph:
    return Paragraph(escape(text), styles.empty)


def _subheading(styles: Styles, text: str, count: int) -> list[Flowable]:
    """A subheading never left alone at the foot of a page (nor a heading, below)."""
    return [CondPageBreak(2.5 * cm), Paragraph(f"{escape(text)} ({count})", styles.subheading)]


def _right(styles: Styles, text: str) -> Paragraph:
    return Paragraph(markup(text), styles.cell_right)


def _reference(styles: Styles, reference: str, classification: Classification) -> Cell:
    cell: list[Flowable] = [Paragraph(markup(reference), styles.cell)]
    if classification is not Classification.UNCLASSIFIED:
        cell.append(Paragraph(escape(classification.marking), styles.cell_marking))
    return cell


def dossiers(section: DossierSection, styles: Styles) -> list[Flowable]:
    """One row per dossier; each cell a list of one-style paragraphs (reportlab's fast path:
    a paragraph mixing styles costs about three times as much to lay out)."""
    if not section.lines:
        return [_empty(styles, translate("Briefing", "Aucun dossier en attente de décision."))]
    rows: list[list[Cell]] = []
    for line in section.lines:
        avis: list[Flowable] = []
        if line.avis or line.avis_date is not None:
            kind = line.avis + (f" ({format_date(line.avis_date)})"
                                if line.avis_date is not None else "")
            avis.append(Paragraph(markup(kind.strip()), styles.cell_bold))
        if line.avis_text:
            avis.append(Paragraph(markup(line.avis_text), styles.cell))
        origin = line.origin
        if line.received is not None:
            received = translate("Briefing", "reçu le {date}").format(
                date=format_date(line.received))
            origin = f"{origin}, {received}" if origin else received
        rows.append([_reference(styles, line.reference, line.classification),
                     Paragraph(markup(line.object), styles.cell), origin,
                     avis or Paragraph("—", styles.cell), line.state])
    headers = [translate("Briefing", "Réf."), translate("Briefing", "Objet"),
               translate("Briefing", "Origine"), translate("Briefing", "Avis du Cabinet"),
               translate("Briefing", "État")]
    return [data_table(styles, headers, rows, (2.6, 4.8, 3.0, 4.6, 2.0))]


def _mission_table(styles: Styles, lines: Sequence[MissionLine], achieved: bool) -> Table:
    rows: list[list[Cell]] = []
    for line in lines:
        last = (format_date(line.completed) if achieved
                else f"{line.status} · {format_percent(line.progress)}")
        rows.append([line.reference, line.title, line.assignee, format_date(line.due), last])
    headers = [translate("Briefing", "Réf."), translate("Briefing", "Intitulé"),
               translate("Briefing", "Responsable"), translate("Briefing", "Échéance"),
               translate("Briefing", "Achevée le") if achieved
               else translate("Briefing", "Statut")]
    return data_table(styles, headers, rows, (2.6, 6.4, 3.2, 2.0, 2.8))


def missions(section: MissionSection, styles: Styles) -> list[Flowable]:
    parts: list[Flowable] = []
    groups = ((translate("Briefing", "Missions en retard"), section.overdue, False),
              (translate("Briefing", "Missions à échéance dans les deux semaines"),
               section.due_soon, False),
              (translate("Briefing", "Missions achevées dans la période"), section.achieved, True))
    for title, lines, achieved in groups:
        parts += _subheading(styles, title, len(lines))
        parts.append(_mission_table(styles, lines, achieved) if lines
                     else _empty(styles, translate("Briefing", "Néant.")))
    return parts


def instructions(section: InstructionSection, styles: Styles) -> list[Flowable]:
    parts: list[Flowable] = []
    if section.due:
        parts.append(Paragraph(escape(translate(
            "Briefing", "Instructions exécutées dans les délais : {done} sur {due} ({rate}).")
            .format(done=format_number(section.on_time), due=format_number(section.due),
                    rate=format_percent(100 * section.on_time / section.due))), styles.body))
    if not section.lines:
        parts.append(_empty(styles, translate("Briefing", "Aucune instruction en cours.")))
        return parts
    rows: list[list[Cell]] = []
    for number, line in enumerate(section.lines, start=1):
        rows.append([_right(styles, str(number)),
                     Paragraph(f"{markup(line.instruction)}<br/><font size='6.5' "
                               f"color='#5F6368'>{markup(line.reference)}</font>", styles.cell),
                     format_date(line.date), line.assignee, format_date(line.due), line.status,
                     line.observations])
    headers = [translate("Briefing", "N°"), translate("Briefing", "Instruction"),
               translate("Briefing", "Date"), translate("Briefing", "Responsable"),
               translate("Briefing", "Échéance"), translate("Briefing", "État"),
               translate("Briefing", "Observations")]
    return [*parts, data_table(styles, headers, rows, (0.8, 4.9, 1.9, 2.7, 1.9, 1.9, 2.9))]


def _indicator_value(line: IndicatorLine, value: float | None, mark: bool) -> str:
    if value is None:
        return "—"
    text = format_number(value) + unit_suffix(line.unit)
    return text + "\xa0(p)" if mark and line.provisional else text


def indicators(section: IndicatorSection, styles: Styles) -> list[Flowable]:
    if not section.lines:
        return [_empty(styles, translate("Briefing", "Aucun indicateur mesuré."))]
    parts: list[Flowable] = []
    groups: dict[str, list[IndicatorLine]] = {}
    for line in section.lines:  # already ordered: impacts and results first
        groups.setdefault(line.level, []).append(line)
    headers = [translate("Briefing", "Code"), translate("Briefing", "Indicateur"),
               translate("Briefing", "Période"), translate("Briefing", "Valeur"),
               translate("Briefing", "Cible"), translate("Briefing", "État"),
               translate("Briefing", "Tendance")]
    for level, lines in groups.items():
        parts += _subheading(styles, level, len(lines))
        rows: list[list[Cell]] = []
        for line in lines:
            status = Paragraph(escape(line.status), styles.status(line.status_key))
            rows.append([line.reference, line.name, line.period,
                         _right(styles, _indicator_value(line, line.value, True)),
                         _right(styles, _indicator_value(line, line.target, False)), status,
                         trend_chart(line.history, line.target, line.status_key)])
        parts.append(data_table(styles, headers, rows, (1.4, 4.7, 1.4, 2.7, 2.6, 1.9, 2.3)))
    if any(line.provisional for line in section.lines):
        parts.append(Paragraph(escape(translate(
            "Briefing", "(p) valeur provisoire, non encore validée. Tendance : dernières "
                        "mesures, la cible en pointillé.")), styles.note))
    return parts


def _amount(value: float | None, currency: str) -> str:
    return format_amount(value, currency) if value is not None else ""


def partners(section: PartnerSection, styles: Styles) -> list[Flowable]:
    parts: list[Flowable] = _subheading(styles, translate("Briefing", "Échanges de la période"),
                                        len(section.exchanges))
    if section.exchanges:
        rows: list[list[Cell]] = [[format_date(e.date), e.partner, e.kind, e.summary]
                                  for e in section.exchanges]
        headers = [translate("Briefing", "Date"), translate("Briefing", "Partenaire"),
                   translate("Briefing", "Type"), translate("Briefing", "Compte rendu")]
        parts.append(data_table(styles, headers, rows, (2.0, 3.4, 2.2, 9.4)))
    else:
        parts.append(_empty(styles, translate("Briefing", "Néant.")))
    parts += _subheading(styles, translate("Briefing", "Accords arrivant à échéance"),
                         len(section.agreements))
    if section.agreements:
        parts.append(_agreements(styles, section.agreements))
    else:
        parts.append(_empty(styles, translate("Briefing", "Néant.")))
    return parts


def _agreements(styles: Styles, lines: Sequence[AgreementLine]) -> Table:
    rows: list[list[Cell]] = [[a.partner, a.title, format_date(a.end_date),
                               _right(styles, _amount(a.committed, a.currency)),
                               _right(styles, _amount(a.disbursed, a.currency))] for a in lines]
    headers = [translate("Briefing", "Partenaire"), translate("Briefing", "Intitulé"),
               translate("Briefing", "Fin"), translate("Briefing", "Engagé"),
               translate("Briefing", "Décaissé")]
    return data_table(styles, headers, rows, (3.0, 6.2, 2.0, 2.9, 2.9))


def free_text(section: TextSection, styles: Styles) -> list[Flowable]:
    return [Paragraph(block, styles.body) for block in paragraphs(section.body)]


def section_flowables(number: int, section: NoteSection, styles: Styles) -> list[Flowable]:
    """The heading « 1. Title » and the content of one section."""
    heading = Paragraph(f"{number}.\xa0{markup(section.title)}", styles.heading)
    if isinstance(section, DossierSection):
        body = dossiers(section, styles)
    elif isinstance(section, MissionSection):
        body = missions(section, styles)
    elif isinstance(section, InstructionSection):
        body = instructions(section, styles)
    elif isinstance(section, IndicatorSection):
        body = indicators(section, styles)
    elif isinstance(section, PartnerSection):
        body = partners(section, styles)
    else:
        body = free_text(section, styles)
    return [CondPageBreak(3.5 * cm), heading, *body]
