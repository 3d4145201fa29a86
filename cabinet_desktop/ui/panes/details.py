"""The detail panel's text: a record in full with its related items, as HTML.

Built from the plain rows ``services.listing.detail`` returns; every user string is escaped.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from html import escape
from typing import Any

from cabinet_desktop.domain.enums import Classification, IndicatorStatus
from cabinet_desktop.domain.rules import step_between
from cabinet_desktop.formatting import (
    format_amount,
    format_date,
    format_datetime,
    format_number,
    format_percent,
    format_size,
    format_value,
)
from cabinet_desktop.i18n import QT_TRANSLATE_NOOP, translate
from cabinet_desktop.services.journal_changes import journal_changes
from cabinet_desktop.services.permissions import kind_label
from cabinet_desktop.services.rows import Record
from cabinet_desktop.ui import icons

Cell = Callable[[Record], str]



def _e(value: Any) -> str:
    return escape(format_value(value))


def _multiline(text: str) -> str:
    return "<br>".join(escape(line) for line in str(text or "").splitlines())


def _fields(pairs: Sequence[tuple[str, str]]) -> str:
    rows = "".join(f"<tr><th>{escape(translate('Details', label))}</th><td>{value}</td></tr>"
                   for label, value in pairs if value)
    return f"<table class='fields' cellspacing='0' cellpadding='3'>{rows}</table>"


def _section(title: str, count: int | None = None) -> str:
    suffix = f" ({count})" if count is not None else ""
    return f"<h3>{escape(translate('Details', title))}{suffix}</h3>"


#: list tables take 99 %, not 100 %: Qt rounds 100 % one pixel wider than the viewport, which
#: put a horizontal scrollbar under most detail panels
def _table(title: str, rows: Sequence[Record], columns: Sequence[tuple[str, Cell]],
           empty: str, link_kind: str | None = None, nowrap: Sequence[str] = (),
           edit_kind: str | None = None, add: tuple[str, int, str] | None = None) -> str:
    """A titled list. Headers never break across lines, nor do the columns named in
    ``nowrap`` (references, dates, amounts); long texts come clipped (:func:`_clip`).

    ``edit_kind`` makes each row's first cell open its form; ``add`` = (kind, parent id,
    label) puts an « ajouter » link under the title for a new related record.
    """
    html = _section(title, len(rows))
    if add is not None:
        kind, parent_id, label = add
        html += (f"<p class='add'><a href='new:{kind}:{parent_id}'>+ "
                 f"{escape(translate('Details', label))}</a></p>")
    if not rows:
        return html + f"<p class='empty'>{escape(translate('Details', empty))}</p>"
    head = "".join(f"<th style='white-space:nowrap'>{escape(translate('Details', label))}</th>"
                   for label, _ in columns)
    body = []
    for row in rows:
        cells = []
        for number, (label, cell) in enumerate(columns):
            text = cell(row)
            if number == 0 and link_kind:
                text = f"<a href='record:{link_kind}:{row.id}'>{text}</a>"
            elif number == 0 and edit_kind:
                text = f"<a href='edit:{edit_kind}:{row.id}'>{text}</a>"
            style = " style='white-space:nowrap'" if label in nowrap else ""
            cells.append(f"<td{style}>{text}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return (html + "<table class='list' width='99%' cellspacing='0' cellpadding='3'>"
            f"<tr>{head}</tr>{''.join(body)}</table>")


def _get(key: str) -> Cell:
    return lambda row: _e(row.get(key))


#: how many characters of a long text a list cell shows (the whole text is its tooltip)
CLIP = 70


#: the detail panel wraps at word boundaries only (a name is never cut in two): words longer
#: than this get break opportunities (file names, identifiers, digests)
LONG_WORD = 24
_ZWSP = "\u200b"
_LONG_WORD = re.compile(rf"\S{{{LONG_WORD + 1},}}")


def _breakable(text: str) -> str:
    """``text`` with a zero-width space after the separators of its long words (and every
    16 characters of a long run without separators), where a line may then break."""
    def split(match: re.Match[str]) -> str:
        word = re.sub(r"([/_.@-])", "\\1" + _ZWSP, match.group(0))
        return re.sub(r"[^\u200b]{16}(?=[^\u200b])", lambda m: m.group(0) + _ZWSP, word)
    return _LONG_WORD.sub(split, text)


def _clipped(value: Any, length: int = CLIP) -> str:
    """``value`` on one line, cut at ``length`` characters with ``…``; the whole text is the
    tooltip of the cut one (the detail panel shows tooltips of its text)."""
    flat = " ".join(format_value(value).split())
    if len(flat) <= length:
        return escape(_breakable(flat))
    cut = flat[:length - 1]
    if " " in cut[-20:]:  # at a word's end, not in its middle
        cut = cut[:cut.rfind(" ")]
    return (f'<span title="{escape(flat)}">'
            f"{escape(_breakable(cut.rstrip(' ,;:')))}…</span>")


def _clip(key: str, length: int = CLIP) -> Cell:
    return lambda row: _clipped(row.get(key), length)


def _marking(level: Classification | None) -> str:
    if level is None or level is Classification.UNCLASSIFIED:
        return escape(Classification.UNCLASSIFIED.label)
    colour = {Classification.RESTRICTED: icons.BLUE, Classification.CONFIDENTIAL: icons.AMBER,
              Classification.SECRET: icons.RED}[level]
    return f"<b style='color:{colour}'>{escape(level.marking)}</b>"


def _header(record: Record, title_key: str, subtitle: str = "") -> str:
    reference = escape(record.reference)
    title = escape(str(record.get(title_key) or ""))
    sub = f"<p class='subtitle'>{subtitle}</p>" if subtitle else ""
    return f"<h2>{reference}</h2><p class='title'>{title}</p>{sub}"


_STATUS_COLOURS = {IndicatorStatus.GREEN: icons.GREEN, IndicatorStatus.AMBER: icons.AMBER,
                   IndicatorStatus.RED: icons.RED, IndicatorStatus.UNKNOWN: icons.GREY}
_STATUS_SIGNS = {IndicatorStatus.GREEN: "●", IndicatorStatus.AMBER: "▲",
                 IndicatorStatus.RED: "✖", IndicatorStatus.UNKNOWN: "?"}


def _indicator_status(status: IndicatorStatus | None, record: Record | None = None) -> str:
    """The status, saying when it stands on a provisional (not yet validated) value."""
    if status is None:
        return ""
    shown = (f"<b style='color:{_STATUS_COLOURS[status]}'>{_STATUS_SIGNS[status]} "
             f"{escape(status.label)}</b>")
    measured = record.related.get("measurements", ()) if record is not None else ()
    if measured and not measured[-1].get("validated"):
        shown += " — <i>" + escape(translate("Details", "sur la valeur provisoire de {period}")
                                   .format(period=measured[-1].get("period"))) + "</i>"
    return shown


def mission_html(r: Record) -> str:
    late = ""
    if r.get("due_date") and not r["status"].is_closed:
        days = (dt.date.today() - r["due_date"]).days
        if days > 0:
            text = translate("Details", "en retard de {n} jour(s)").format(n=days)
            late = f" <b style='color:{icons.RED}'>{escape(text)}</b>"
    return "".join([
        _header(r, "title"),
        _fields([
            ("Statut", _e(r["status"]) + late),
            ("Motif", escape(r.get("status_reason") or "")),
            ("Priorité", _e(r.get("priority"))),
            ("Responsable", escape(r.get("assignee_name") or "")),
            ("Attribution", escape(r.get("attribution_label") or "")),
            ("Origine", _e(r.get("origin"))),
            ("Instruction du", format_date(r.get("instruction_date"))),
            ("Autorité", escape(r.get("instruction_authority") or "")),
            ("Début", format_date(r.get("start_date"))),
            ("Échéance", format_date(r.get("due_date"))),
            ("Achevée le", format_date(r.get("completed_date"))),
            ("Avancement", format_percent(r.get("progress"))),
        ]),
        _section("Résultat attendu"), f"<p>{_multiline(r.get('expected_result')) or '—'}</p>",
        _section("Description"), f"<p>{_multiline(r.get('description')) or '—'}</p>",
        # three columns, the state under the object: Qt gives a fourth one the object's room
        _table("Dossiers liés", r.related.get("dossiers", ()),
               [("Référence", _get("reference")),
                ("Objet et état", lambda d: _clipped(d.get("object"))
                 + f"<br><span class='muted'>{_e(d.get('state'))}</span>"),
                ("Échéance", _get("avis_due_date"))],
               "Aucun dossier lié.", "dossier", nowrap=("Référence", "Échéance")),
        _table("Partenaires liés", r.related.get("partners", ()),
               [("Référence", _get("reference")), ("Nom", _clip("name")),
                ("Sigle", _get("acronym"))], "Aucun partenaire lié.", "partner",
               nowrap=("Référence", "Sigle")),
        _table("Indicateurs liés", r.related.get("indicators", ()),
               [("Code", _get("reference")), ("Intitulé", _clip("name")),
                ("Niveau", _get("level"))], "Aucun indicateur lié.", "indicator",
               nowrap=("Code", "Niveau")),
    ])


def _step(step: Record) -> str:
    """What the step did (« Imputation ») over who took it; a step recorded without it is
    named by its states (``Reçu → En instruction`` if the workflow has no such step)."""
    before, after = _e(step.get("from_state")), _e(step.get("to_state"))
    action = step.get("action") or (step_between(step.get("from_state"), step["to_state"])
                                     if step.get("to_state") is not None else None)
    what = (f"<b>{_e(action)}</b>" if action is not None
            else f"{before} → {after}" if before else after)
    who = _clipped(step.get("user_name"), 30)
    return what + (f"<br><span class='muted'>{who}</span>" if who else "")


def _avis_version(version: Record) -> str:
    """The version's kind over its text (clipped; the whole text is the tooltip)."""
    return f"<b>{_e(version.get('kind'))}</b><br>{_clipped(version.get('text'), 160)}"


def _version(version: Record) -> str:
    """« n° 2 · Avis proposé » over who wrote it and when."""
    number = escape(translate("Details", "n° {n}").format(n=version.get("number") or ""))
    return (f"<b>{number}</b> · {_e(version.get('step'))}<br><span class='muted'>"
            f"{_clipped(version.get('user_name'), 30)}<br>"
            f"{format_datetime(version.get('at'))}</span>")


def dossier_html(r: Record) -> str:
    avis = r.get("avis_kind")
    avis_html = (_fields([("Avis", f"<b>{_e(avis)}</b>"),
                          ("Auteur", escape(r.get("avis_author_name") or "")),
                          ("Date", format_date(r.get("avis_date")))])
                 + f"<p>{_multiline(r.get('avis_text'))}</p>") if avis else (
        "<p class='empty'>" + escape(translate("Details", "Aucun avis proposé pour le moment."))
        + "</p>")
    return "".join([
        _header(r, "object"),
        _fields([
            ("État", f"<b>{_e(r['state'])}</b>"),
            ("Classification", _marking(r.get("classification"))),
            ("Sensible", translate("Details", "Oui") if r.get("sensitive") else ""),
            ("Structure émettrice", escape(r.get("origin_structure") or "")),
            ("Reçu le", format_date(r.get("received_date"))),
            ("Échéance de l'avis", format_date(r.get("avis_due_date"))),
            ("Conseiller", escape(r.get("instructor_name") or "")),
            ("Décision du Ministre", _decision(r)),
        ]),
        _section("Résumé"), f"<p>{_multiline(r.get('summary')) or '—'}</p>",
        _section("Avis du cabinet"), avis_html,
        _table("Historique du circuit", r.related.get("steps", ()),
               [("Date", lambda s: format_datetime(s.get("at")).replace(" ", "<br>", 1)),
                ("Étape", _step), ("Commentaire", _clip("comment"))],
               "Aucune étape enregistrée.", nowrap=("Date",)),
        _table("Versions de l'avis", r.related.get("avis_versions", ()),
               [("Version", _version), ("Avis", _avis_version)],
               "Aucune version de l'avis.") if r.related.get("avis_versions") else "",
        _table("Pièces jointes", r.related.get("attachments", ()),
               [("Fichier", _clip("filename", 60)),
                ("Taille", lambda a: format_size(a.get("size"))),
                ("Classification", lambda a: _marking(a.get("classification"))),
                ("", _attachment_actions)],
               "Aucune pièce jointe.", nowrap=("Taille", "Classification"),
               edit_kind="open-attachment",
               add=("attachment", r.id, QT_TRANSLATE_NOOP("Details",
                                                          "joindre des fichiers (ou déposez-les "
                                                          "sur la liste)"))),
        _table("Missions liées", r.related.get("missions", ()),
               [("Référence", _get("reference")), ("Intitulé", _clip("title")),
                ("Statut", _get("status"))], "Aucune mission liée.", "mission",
               nowrap=("Référence",)),
    ])


def _decision(r: Record) -> str:
    """« Accord, le 05/12/2026 » once the minister's decision is recorded."""
    decision = r.get("minister_decision")
    if decision is None:
        return ""
    day = format_date(r.get("minister_decision_date"))
    text = translate("Details", "{decision}, le {date}").format(decision=decision.label,
                                                               date=day)
    return f"<b>{escape(text)}</b>"


def _attachment_actions(a: Record) -> str:
    """« enregistrer sous » and « retirer » links of an attachment's row."""
    save = escape(translate("Details", "enregistrer sous"))
    remove = escape(translate("Details", "retirer"))
    return (f"<a href='save-attachment:{a.id}:{a.version}'>{save}</a> · "
            f"<a href='remove-attachment:{a.id}:{a.version}'>{remove}</a>")


def _agreement_amounts(a: Record) -> str:
    """Committed over disbursed, each on its line, in CFA francs too under a foreign currency."""
    currency = getattr(a.get("currency"), "value", "XOF")
    lines = []
    for key in ("amount_committed", "amount_disbursed"):
        amount = a.get(key)
        text = format_amount(amount, currency)
        if currency != "XOF" and a.get("exchange_rate") and amount:
            xof = format_amount(amount * a.get("exchange_rate"), "XOF")
            text += f"<br><span class='muted'>(≈ {xof})</span>"
        lines.append(text)
    return "<br>".join(lines)


def _agreement(a: Record) -> str:
    """The agreement's title (clipped) over its nature, status and end, in grey."""
    end = format_date(a.get("end_date"))
    facts = [_e(a.get("kind")), _e(a.get("status")),
             escape(translate("Details", "fin le {date}").format(date=end)) if end else ""]
    line = " · ".join(fact for fact in facts if fact)
    return _clipped(a.get("title"), 60) + (f"<br><span class='muted'>{line}</span>"
                                            if line else "")


def _contact_means(c: Record) -> str:
    """Telephone over e-mail address."""
    return "<br>".join(escape(str(c.get(key))) for key in ("phone", "email") if c.get(key))


def partner_html(r: Record) -> str:
    return "".join([
        _header(r, "name", escape(r.get("acronym") or "")),
        _fields([
            ("Catégorie", _e(r.get("category"))), ("Portée", _e(r.get("scope"))),
            ("Pays", escape(r.get("country") or "")),
            ("Adresse", _multiline(r.get("address"))),
            ("Site web", escape(r.get("website") or "")),
            ("Observations", _multiline(r.get("notes"))),
        ]),
        # a panel is some 400 pixels wide: facts go one above the other in fewer columns, so
        # that no column is so narrow that Qt cuts its words in the middle
        _table("Contacts", r.related.get("contacts", ()),
               [("Nom", _clip("name", 40)), ("Fonction", _clip("function", 50)),
                ("Téléphone et courriel", _contact_means)],
               "Aucun contact enregistré.", nowrap=("Téléphone et courriel",),
               edit_kind="contact",
               add=("contact", r.id, QT_TRANSLATE_NOOP("Details", "ajouter un contact"))),
        _table("Conventions", r.related.get("agreements", ()),
               [("Convention", _agreement), ("Engagé / décaissé", _agreement_amounts)],
               "Aucune convention.", nowrap=("Engagé / décaissé",), edit_kind="agreement",
               add=("agreement", r.id, QT_TRANSLATE_NOOP("Details", "ajouter une convention"))),
        _table("Échanges", r.related.get("interactions", ()),
               [("Date", _get("date")), ("Type", _get("kind")),
                ("Compte rendu", _clip("summary", 120))],
               "Aucun échange enregistré.", nowrap=("Date",), edit_kind="interaction",
               add=("interaction", r.id, QT_TRANSLATE_NOOP("Details", "ajouter un échange"))),
    ])


def indicator_html(r: Record) -> str:
    return "".join([
        _header(r, "name"),
        _fields([
            ("État", _indicator_status(r.get("indicator_status"), r)),
            ("Niveau", _e(r.get("level"))), ("Unité", escape(r.get("unit") or "")),
            ("Périodicité", _e(r.get("periodicity"))),
            ("Sens d'évolution", _e(r.get("direction"))),
            ("Valeur de référence", format_number(r.get("baseline_value"))),
            ("Date de référence", format_date(r.get("baseline_date"))),
            ("Source des données", escape(r.get("data_source") or "")),
            ("Structure responsable", escape(r.get("responsible_structure") or "")),
        ]),
        _section("Définition"), f"<p>{_multiline(r.get('definition')) or '—'}</p>",
        _table("Mesures", tuple(reversed(r.related.get("measurements", ()))),
               [("Période", _get("period")),
                ("Valeur", lambda m: format_number(m.get("value"))),
                ("Validée", lambda m: translate("Details", "Oui") if m.get("validated")
                 else translate("Details", "Provisoire")),
                ("Source", _clip("source", 50))], "Aucune mesure saisie.",
               nowrap=("Période", "Valeur"), edit_kind="measurement",
               add=("measurement", r.id, QT_TRANSLATE_NOOP("Details", "saisir une mesure"))),
        _table("Cibles", r.related.get("targets", ()),
               [("Année", lambda t: str(t.get("year"))),
                ("Cible", lambda t: format_number(t.get("value")))], "Aucune cible fixée.",
               nowrap=("Année", "Cible"), edit_kind="indicator_target",
               add=("indicator_target", r.id, QT_TRANSLATE_NOOP("Details",
                                                                "fixer une cible annuelle"))),
    ])


def consultation_html(r: Record) -> str:
    return "".join([
        _header(r, "title"),
        _fields([("Date", format_date(r.get("date"))), ("Public", _e(r.get("public"))),
                 ("Méthode", _e(r.get("method"))),
                 ("Participants", format_number(r.get("participants"))),
                 ("Satisfaction", format_percent(r.get("satisfaction")))]),
        _section("Constats"), f"<p>{_multiline(r.get('findings')) or '—'}</p>",
    ])


def _fingerprint(digest: str | None) -> str:
    """A SHA-256 digest in groups of eight characters, as fingerprints are read aloud."""
    text = str(digest or "")
    return escape(" ".join(text[i:i + 8] for i in range(0, len(text), 8)))


def briefing_note_html(r: Record) -> str:
    return "".join([
        _header(r, "object"),
        _fields([("Date", format_date(r.get("note_date"))),
                 ("Signataire", escape(r.get("author_name") or "")),
                 ("Classification", _marking(r.get("classification"))),
                 ("Période", " – ".join(filter(None, (format_date(r.get("period_start")),
                                                      format_date(r.get("period_end")))))),
                 ("Émise le", format_datetime(r.get("issued_at"))),
                 ("Empreinte du PDF", _fingerprint(r.get("pdf_sha256")))]),
        _section("Texte libre"), f"<p>{_multiline(r.get('free_text')) or '—'}</p>",
    ])


def audit_html(r: Record) -> str:
    # the whole values, line breaks kept: the list's column shows them cut, not this panel
    rows = "".join(
        f"<tr><td>{escape(field)}</td>"
        f"<td>{_multiline(_breakable(before))}</td><td>{_multiline(_breakable(after))}</td></tr>"
        for field, before, after in journal_changes(r))
    head = "".join(f"<th style='white-space:nowrap'>{escape(translate('Details', h))}</th>"
                   for h in (
        QT_TRANSLATE_NOOP("Details", "Champ"), QT_TRANSLATE_NOOP("Details", "Avant"),
        QT_TRANSLATE_NOOP("Details", "Après")))
    table = (f"<table class='list' width='99%' cellspacing='0' cellpadding='3'><tr>{head}</tr>"
             f"{rows}</table>") if rows else ""
    return "".join([
        "<h2>" + escape(translate("Details", "Entrée n° {n}").format(n=r.id)) + "</h2>",
        _fields([("Date", format_datetime(r.get("at"))), ("Auteur", escape(r.get("actor") or "")),
                 ("Action", _e(r.get("action"))),
                 ("Objet", escape(kind_label(str(r.get("entity") or "")))),
                 ("Référence", escape(r.get("reference") or ""))]),
        _section("Modifications"),
        table or "<p class='empty'>" + escape(translate("Details", "Aucune.")) + "</p>",
    ])


BUILDERS: dict[str, Callable[[Record], str]] = {
    "mission": mission_html, "dossier": dossier_html, "partner": partner_html,
    "indicator": indicator_html, "consultation": consultation_html,
    "briefing_note": briefing_note_html, "audit": audit_html,
}

STYLE = """
h2 { color: #1d3557; margin: 0; font-size: 15pt; }
h3 { color: #1d3557; margin-top: 14px; margin-bottom: 4px; font-size: 11pt;
     border-bottom: 1px solid #c9d3de; }
p.title { font-size: 11pt; font-weight: 600; margin-top: 2px; }
p.subtitle, span.muted, p.empty { color: #5b6776; }
table.fields th { text-align: left; color: #5b6776; font-weight: normal; padding-right: 10px; }
table.list th { text-align: left; background: #e8edf3; color: #2c3e50; }
table.list td { border-bottom: 1px solid #e3e8ee; }
a { color: #1f5fa8; text-decoration: none; }
"""


def record_html(record: Record) -> str:
    """The detail panel's HTML for ``record``."""
    body = BUILDERS[record.kind](record)
    return f"<html><head><style>{STYLE}</style></head><body>{body}</body></html>"


def placeholder_html(kind_name: str, empty: bool = False, kind: str = "") -> str:
    """What the detail panel says with no record chosen (an empty list: how to add one)."""
    if empty and kind == "briefing_note":
        return _empty_register_html()
    if empty:
        text = escape(translate("Details", "La liste est vide. « Nouveau » (Ctrl+N) pour "
                                           "ajouter {kind}, ou changez les filtres.")
                      .format(kind=kind_name))
    else:
        text = escape(translate("Details", "Sélectionnez {kind} dans la liste pour en voir le "
                                           "détail.").format(kind=kind_name))
    return f"<html><body><p style='color:#5b6776; margin-top:30px'>{text}</p></body></html>"


def _empty_register_html() -> str:
    """The empty register of notes: how to write the first one, with the link that does."""
    lines = [translate("Details", "Le registre des notes est vide."),
             translate("Details", "Pour écrire la première note au Ministre : « Nouvelle note » "
                                  "(Ctrl+Maj+N, menu Fichier), ou, dans la liste des dossiers, "
                                  "des missions, des indicateurs ou des partenaires, clic droit › "
                                  "« Envoyer vers une note »."),
             translate("Details", "Un brouillon s'enregistre et se reprend ; une note émise est "
                                  "figée, son PDF et son empreinte conservés ici.")]
    link = escape(translate("Details", "Nouvelle note…"))
    # « » hold their words: no line starts with » or ends with «
    lines = [line.replace("« ", "«\xa0").replace(" »", "\xa0»") for line in lines]
    paragraphs = "".join(f"<p style='color:#5b6776'>{escape(line)}</p>" for line in lines)
    return (f"<html><head><style>{STYLE}</style></head><body><div style='margin-top:24px'>"
            f"{paragraphs}<p><a href='compose:new'><b>{link}</b></a></p></div></body></html>")
