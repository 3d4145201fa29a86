"""« Nouvelle note »: a note to the minister written beside its preview.

The form on the left holds what ``services.briefings.NoteDraft`` holds: object, recipient,
dates, classification, signatory, ampliations, the sections to print, the records picked one
by one (or taken from a list's filter) and free-text sections. Each edit restarts a short
timer; when it runs out, the note is composed and rendered on a worker (``ui.tasks``) and the
PDF shown on the right (``QtPdf``), so typing never waits for reportlab. Saving the draft and
issuing it go through the window's write path; an issued note is frozen, its stored PDF shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cabinet_desktop.domain.briefing import SectionKey
from cabinet_desktop.domain.enums import Classification
from cabinet_desktop.domain.errors import CabinetError, ValidationError
from cabinet_desktop.formatting import format_datetime
from cabinet_desktop.i18n import QT_TRANSLATE_NOOP, translate
from cabinet_desktop.services import briefings, listing
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.briefing_content import TITLES
from cabinet_desktop.services.briefings import NoteDraft, NoteRow
from cabinet_desktop.services.forms import FieldType, FormField
from cabinet_desktop.store.database import Database
from cabinet_desktop.ui.dialogs.form_dialog import as_error_line
from cabinet_desktop.ui.dialogs.form_fields import (
    ChoiceField,
    DateField,
    FieldWidget,
    LinksField,
    LongTextField,
    ReferenceField,
    TextField,
)
from cabinet_desktop.ui.dialogs.record_form import find_records
from cabinet_desktop.ui.notes.pdf_view import PdfPane
from cabinet_desktop.ui.tasks import run_in_background
from cabinet_desktop.ui.workspace import Workspace
from cabinet_desktop.ui.write_path import run_write

#: the pause after the last keystroke before the preview is rendered again
PREVIEW_DELAY_MS = 350

RECIPIENTS = (QT_TRANSLATE_NOOP("Composer", "Monsieur le Ministre"),
              QT_TRANSLATE_NOOP("Composer", "Madame la Ministre"))

#: the lists whose records can be picked, the draft's field and the section they feed
PICKS: tuple[tuple[str, str, str, SectionKey], ...] = (
    ("dossier", "dossier_ids", QT_TRANSLATE_NOOP("Composer", "Dossiers choisis"),
     SectionKey.DOSSIERS),
    ("mission", "mission_ids", QT_TRANSLATE_NOOP("Composer", "Missions choisies"),
     SectionKey.MISSIONS),
    ("indicator", "indicator_ids", QT_TRANSLATE_NOOP("Composer", "Indicateurs choisis"),
     SectionKey.INDICATORS),
    ("partner", "partner_ids", QT_TRANSLATE_NOOP("Composer", "Partenaires choisis"),
     SectionKey.PARTNERS),
)


@dataclass(frozen=True)
class ComposerData:
    """What the composer reads before it opens: the persons who may sign, the names of the
    records a saved draft picked."""

    people: tuple[tuple[int, str], ...]
    note: NoteRow | None = None
    picked: dict[str, tuple[tuple[int, str], ...]] | None = None


def read_composer_data(workspace: Workspace, note_id: int | None = None) -> ComposerData:
    """Services only: callable from a worker thread."""
    database, actor = workspace.database, workspace.actor
    people = listing.choices(database, actor, "persons")
    if note_id is None:
        return ComposerData(people)
    note = briefings.get_note(database, actor, note_id)
    picked: dict[str, tuple[tuple[int, str], ...]] = {}
    for kind, name, _label, _key in PICKS:
        ids = list(getattr(note.draft, name) or ())
        named = listing.labels(database, actor, kind, ids)
        picked[name] = tuple((i, named[i]) for i in ids if i in named)
    return ComposerData(people, note, picked)


def preview_pdf(database: Database, actor: Actor, draft: NoteDraft,
                reference: str = "") -> tuple[bytes, str]:
    """The preview's PDF of ``draft`` and the classification warning (run on a worker;
    ``bench/briefing_bench.py`` times it)."""
    from cabinet_desktop.exchange.briefing import render_note  # reportlab: loads here

    composed = briefings.compose(database, actor, draft, reference)
    return render_note(composed.content), composed.warning


class FreeSection(QWidget):
    """A section written by the author: a title, paragraphs, « Retirer »."""

    changed = Signal()
    removed = Signal(object)

    def __init__(self, title: str = "", body: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("freeSection")
        self.title = QLineEdit(title)
        self.title.setObjectName("freeSectionTitle")
        self.title.setPlaceholderText(translate("Composer", "Titre de la rubrique"))
        self.body = QPlainTextEdit(body)
        self.body.setObjectName("freeSectionBody")
        self.body.setTabChangesFocus(True)
        self.body.setPlaceholderText(translate("Composer", "Texte (une ligne vide sépare deux "
                                                           "paragraphes)"))
        self.body.setFixedHeight(84)
        remove = QPushButton(translate("Composer", "Retirer"))
        remove.clicked.connect(lambda: self.removed.emit(self))
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.addLayout(top)
        layout.addWidget(self.body)
        self.title.textChanged.connect(self.changed)
        self.body.textChanged.connect(self.changed)

    def value(self) -> tuple[str, str]:
        return self.title.text().strip(), self.body.toPlainText().strip()


class NoteComposer(QDialog):
    """Write (or go on writing) one note; ``saved`` carries the register row after each save."""

    saved = Signal(object)

    def __init__(self, workspace: Workspace, data: ComposerData,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.note: NoteRow | None = data.note
        self.setObjectName("noteComposer")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.widgets: dict[str, FieldWidget] = {}
        self.free_sections: list[FreeSection] = []
        self._serial = 0  # the preview asked last; older answers are dropped
        self._pool = QThreadPool(self)  # one preview at a time, in order
        self._pool.setMaxThreadCount(1)
        self.previews = 0  # previews shown (tests wait on it)
        self.frozen = False

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._add(form, TextField(FormField("object", translate("Composer", "Objet"),
                                            FieldType.TEXT, True, briefings.MAX_OBJECT)),
                  translate("Composer", "&Objet *"))
        self.recipient = QComboBox()
        self.recipient.setObjectName("edit_recipient")
        self.recipient.setEditable(True)
        self.recipient.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.recipient.addItems([translate("Composer", text) for text in RECIPIENTS])
        line = self.recipient.lineEdit()
        if line is not None:
            line.setPlaceholderText(translate("Composer", "ou une autre autorité"))
        self.recipient.setToolTip(translate("Composer", "Choisissez, ou tapez une autre "
                                                        "autorité (« Monsieur le Secrétaire "
                                                        "général »)."))
        self._label(form, translate("Composer", "&Destinataire"), self.recipient)
        self._add(form, DateField(FormField("note_date", translate("Composer", "Date"),
                                            FieldType.DATE, True)),
                  translate("Composer", "D&ate *"))
        period = QHBoxLayout()
        period.setContentsMargins(0, 0, 0, 0)
        self.period_start = DateField(FormField("period_start", "", FieldType.DATE))
        self.period_end = DateField(FormField("period_end", "", FieldType.DATE))
        period.addWidget(self.period_start)
        period.addWidget(QLabel(translate("Composer", "au")))
        period.addWidget(self.period_end)
        period.addStretch(1)
        holder = QWidget()
        holder.setLayout(period)
        for field in (self.period_start, self.period_end):
            self.widgets[field.spec.name] = field
        self._label(form, translate("Composer", "&Période du"), holder,
                    self.period_start.focus_widget())
        clearance = workspace.actor.clearance
        levels = [(str(int(level)), level.label) for level in Classification
                  if level <= clearance]
        self._add(form, ChoiceField(FormField("classification", "", FieldType.CHOICE, True),
                                    levels), translate("Composer", "&Classification"))
        signatory = ReferenceField(FormField("signatory_id", "", FieldType.REFERENCE), data.people)
        signatory_line = signatory.combo.lineEdit()
        if signatory_line is not None:
            signatory_line.setPlaceholderText(translate("Composer", "Vous-même si vide ; tapez "
                                                                    "pour chercher…"))
        self._add(form, signatory, translate("Composer", "&Signataire"))
        self._add(form, LongTextField(FormField("copies", "", FieldType.LONG_TEXT)),
                  translate("Composer", "A&mpliations\n(une par ligne)"))

        sections_box = QGroupBox(translate("Composer", "Rubriques"))
        sections_layout = QVBoxLayout(sections_box)
        self.section_boxes: dict[SectionKey, QCheckBox] = {}
        for key in SectionKey:
            box = QCheckBox(translate("Briefing", TITLES[key]))
            box.setObjectName(f"section_{key.value}")
            box.toggled.connect(self._edited)
            sections_layout.addWidget(box)
            self.section_boxes[key] = box
        picks_box = QGroupBox(translate("Composer", "Enregistrements choisis un par un "
                                                    "(vide : ceux que la rubrique retient)"))
        picks = QFormLayout(picks_box)
        finder = find_records(workspace)
        for kind, name, label, _key in PICKS:
            links = LinksField(FormField(name, "", FieldType.LINKS, target=kind), finder)
            links.list.setFixedHeight(56)
            self.widgets[name] = links
            picks.addRow(translate("Composer", label), links)
        text_box = QGroupBox(translate("Composer", "Texte"))
        text_layout = QVBoxLayout(text_box)
        self.introduction = LongTextField(FormField("introduction", "", FieldType.LONG_TEXT))
        self.introduction.edit.setPlaceholderText(translate(
            "Composer", "Introduction, avant les rubriques (facultative)"))
        self.widgets["introduction"] = self.introduction
        text_layout.addWidget(self.introduction)
        self.free_layout = QVBoxLayout()
        text_layout.addLayout(self.free_layout)
        self.add_free = QPushButton(translate("Composer", "Ajouter une rubrique libre"))
        self.add_free.setObjectName("addFreeSection")
        self.add_free.clicked.connect(lambda: self.add_free_section())
        text_layout.addWidget(self.add_free, 0, Qt.AlignmentFlag.AlignLeft)

        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addLayout(form)
        column.addWidget(sections_box)
        column.addWidget(picks_box)
        column.addWidget(text_box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)

        self.preview = PdfPane()
        self.preview_state = QLabel()
        self.preview_state.setObjectName("previewState")
        self.preview_state.setStyleSheet("color: #5b6776;")
        self.warning = QLabel()
        self.warning.setObjectName("classificationWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b26a00; font-weight: 600;")
        self.warning.hide()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.preview_state)
        right_layout.addWidget(self.warning)
        right_layout.addWidget(self.preview, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 620])
        splitter.setChildrenCollapsible(False)

        self.error = as_error_line(QLabel())
        self.error.setObjectName("error")
        self.status = QLabel()
        self.status.setObjectName("composerStatus")
        self.status.setStyleSheet("color: #5b6776;")
        self.save_button = QPushButton(translate("Composer", "&Enregistrer le brouillon"))
        self.save_button.setObjectName("saveDraft")
        self.save_button.clicked.connect(lambda: self.save())
        self.issue_button = QPushButton(translate("Composer", "É&mettre…"))
        self.issue_button.setObjectName("issueNote")
        self.issue_button.setToolTip(translate("Composer", "Enregistrer le PDF définitif et son "
                                                           "empreinte au registre ; la note est "
                                                           "ensuite figée."))
        self.issue_button.clicked.connect(self.issue)
        close = QPushButton(translate("Composer", "Fermer"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.issue_button)
        buttons.addWidget(close)
        outer = QVBoxLayout(self)
        outer.addWidget(splitter, 1)
        outer.addWidget(self.error)
        outer.addLayout(buttons)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, lambda: self.save())

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.render_preview)
        for button in self.findChildren(QPushButton):  # Entrée in a field never clicks one
            button.setAutoDefault(False)
        self._fill(data)
        self._saved_draft: NoteDraft | None = self._current_draft() if self.note else None
        for widget in self.widgets.values():
            widget.changed.connect(self._edited)
        self.recipient.editTextChanged.connect(self._edited)
        self._title()
        self.resize(1220, 760)
        self.widgets["object"].focus_widget().setFocus()
        self._timer.start()

    # ----------------------------------------------------------------- building

    def _label(self, form: QFormLayout, text: str, widget: QWidget,
               buddy: QWidget | None = None) -> None:
        label = QLabel(text + " :" if "\n" not in text else text.replace("\n", " :\n", 1))
        label.setBuddy(buddy or widget)
        form.addRow(label, widget)

    def _add(self, form: QFormLayout, field: FieldWidget, label: str) -> None:
        self.widgets[field.spec.name] = field
        self._label(form, label, field, field.focus_widget())

    def add_free_section(self, title: str = "", body: str = "") -> FreeSection:
        """A new free-text section at the end (its title takes the focus)."""
        section = FreeSection(title, body)
        section.changed.connect(self._edited)
        section.removed.connect(self._remove_free)
        self.free_sections.append(section)
        self.free_layout.addWidget(section)
        section.setEnabled(not self.frozen)
        if not title:
            section.title.setFocus()
        self._edited()
        return section

    def _remove_free(self, section: FreeSection) -> None:
        self.free_sections.remove(section)
        section.deleteLater()
        self._edited()

    def _fill(self, data: ComposerData) -> None:
        draft = data.note.draft if data.note is not None else NoteDraft(
            object="", note_date=dt.date.today())
        self.widgets["object"].set_value(draft.object)
        if draft.recipient:
            self.recipient.setCurrentText(draft.recipient)
        self.widgets["note_date"].set_value(draft.note_date)
        start, end = draft.period
        self.period_start.set_value(start)
        self.period_end.set_value(end)
        self.widgets["classification"].set_value(draft.classification)
        # empty: the author's own person signs (the service fills it in)
        self.widgets["signatory_id"].set_value(draft.signatory_id)
        self.widgets["copies"].set_value("\n".join(draft.copies))
        for key, box in self.section_boxes.items():
            box.setChecked(key in draft.sections)
        for _kind, name, _label, _key in PICKS:
            self.widgets[name].set_value((data.picked or {}).get(name, ()))
        self.introduction.set_value(draft.introduction)
        for title, body in draft.free_sections:
            self.add_free_section(title, body)
        if data.note is not None and data.note.issued_at is not None:
            self.freeze(data.note)

    def _title(self) -> None:
        if self.note is None:
            self.setWindowTitle(translate("Composer", "Nouvelle note au Ministre"))
        else:
            self.setWindowTitle(translate("Composer", "Note {reference} — {state}").format(
                reference=self.note.reference, state=self.note.state))

    # ----------------------------------------------------------------- the draft

    def _date(self, field: DateField, label: str, required: bool = False) -> dt.date | None:
        text = field.edit.text().strip()
        if not text and not required:
            return None
        day = field.date()
        if day is None:
            raise ValidationError(translate("Composer", "Note au Ministre — {field} : « {text} » "
                                                        "n'est pas une date (JJ/MM/AAAA).")
                                  .format(field=label, text=text), field=field.spec.name)
        return day

    def _current_draft(self) -> NoteDraft:
        note_date = self._date(self.widgets["note_date"],  # type: ignore[arg-type]
                               translate("Composer", "Date"), required=True)
        assert note_date is not None
        picked: dict[str, tuple[int, ...] | None] = {}
        for _kind, name, _label, _key in PICKS:
            ids = tuple(self.widgets[name].value())
            picked[name] = ids or None
        classification = self.widgets["classification"].value()
        copies = self.widgets["copies"].value().splitlines()
        return NoteDraft(
            object=self.widgets["object"].value(), note_date=note_date,
            sections=tuple(key for key, box in self.section_boxes.items() if box.isChecked()),
            period_start=self._date(self.period_start, translate("Composer", "Début de période")),
            period_end=self._date(self.period_end, translate("Composer", "Fin de période")),
            classification=Classification(int(classification or 0)),
            recipient=self.recipient.currentText().strip(),
            introduction=self.introduction.value(),
            free_sections=tuple(s.value() for s in self.free_sections if any(s.value())),
            copies=tuple(line.strip() for line in copies if line.strip()),
            signatory_id=self.widgets["signatory_id"].value(), **picked)

    def draft(self) -> NoteDraft:
        """The note as the form holds it; a date that does not read is refused by name."""
        return self._current_draft()

    @property
    def modified(self) -> bool:
        if self.frozen:
            return False
        try:
            return self._current_draft() != self._saved_draft
        except ValidationError:
            return True

    def add_records(self, kind: str, pairs: Sequence[tuple[int, str]]) -> None:
        """Pick records of ``kind`` (from a list's selection or filter) and tick their section."""
        for pick_kind, name, _label, key in PICKS:
            if pick_kind != kind:
                continue
            field = self.widgets[name]
            assert isinstance(field, LinksField)
            for record_id, label in pairs:
                field.add(record_id, label)
            self.section_boxes[key].setChecked(True)
            if key is SectionKey.MISSIONS:
                self.section_boxes[SectionKey.INSTRUCTIONS].setChecked(True)

    # ----------------------------------------------------------------- preview

    def _edited(self) -> None:
        if not self.frozen:
            self._timer.start()
            self.error.hide()

    def render_preview(self) -> None:
        """Compose and render the draft on a worker; the newest answer only is shown."""
        if self.frozen:
            return
        try:
            draft = self.draft()
        except ValidationError as error:
            self.preview_state.setText(error.message)
            return
        if not draft.object.strip():
            draft = replace(draft, object="…")  # the preview shows the rest meanwhile
        self._serial += 1
        serial = self._serial
        database, actor = self.workspace.database, self.workspace.actor
        reference = self.note.reference if self.note is not None else ""
        self.preview_state.setText(translate("Composer", "Aperçu en cours…"))
        run_in_background(lambda _state: preview_pdf(database, actor, draft, reference),
                          lambda result: self._previewed(serial, result),
                          lambda error: self._preview_failed(serial, error), owner=self,
                          pool=self._pool)

    def _previewed(self, serial: int, result: tuple[bytes, str]) -> None:
        if serial != self._serial or self.frozen:
            return
        pdf, warning = result
        self.preview.show_pdf(pdf)
        self._show_warning(warning)
        pages = self.preview.page_count
        self.preview_state.setText(translate("Composer", "Aperçu : {pages} page(s) — non "
                                                         "enregistré").format(pages=pages)
                                   if self.note is None or self.modified else
                                   translate("Composer", "Aperçu : {pages} page(s)")
                                   .format(pages=pages))
        self.previews += 1

    def _preview_failed(self, serial: int, error: BaseException) -> None:
        if serial != self._serial:
            return
        if not isinstance(error, CabinetError):
            raise error
        self.preview_state.setText(error.message)

    def _show_warning(self, warning: str) -> None:
        self.warning.setText(warning)
        self.warning.setVisible(bool(warning))

    # ----------------------------------------------------------------- save, issue

    def save(self, then: Callable[[NoteRow], None] | None = None) -> None:
        """Save the draft (a new one gets its reference); ``then(row)`` follows a success."""
        if self.frozen:
            return
        try:
            draft = self.draft()
        except ValidationError as error:
            self._refused(error)
            return
        if self.note is None:
            def work(database: Any, actor: Any) -> NoteRow:
                return briefings.create_draft(database, actor, draft)
        else:
            note_id, version = self.note.id, self.note.version

            def work(database: Any, actor: Any) -> NoteRow:
                return briefings.update_draft(database, actor, note_id, version, draft)

        def done(row: NoteRow) -> None:
            self.note, self._saved_draft = row, draft
            self._title()
            self.status.setText(translate("Composer", "Brouillon {reference} enregistré.")
                                .format(reference=row.reference))
            self.saved.emit(row)
            if then is not None:
                then(row)

        run_write(self.workspace, self, translate("Composer", "Enregistrer la note"), work,
                  done, self._refused)

    def issue(self) -> None:
        """Ask, save what changed, then issue: the PDF and its SHA-256 are stored, frozen."""
        if self.frozen:
            return
        answer = QMessageBox.question(
            self, translate("Composer", "Émettre la note"),
            translate("Composer", "Émettre cette note ?\n\nUne note émise est figée : son PDF "
                                  "et son empreinte SHA-256 sont conservés au registre et elle "
                                  "ne peut plus être modifiée (dupliquez-la pour en préparer une "
                                  "nouvelle version)."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.note is None or self.modified:
            self.save(then=lambda _row: self._issue_saved())
        else:
            self._issue_saved()

    def _issue_saved(self) -> None:
        assert self.note is not None
        note_id, version = self.note.id, self.note.version

        def work(database: Any, actor: Any) -> Any:
            from cabinet_desktop.exchange import briefing_issue  # reportlab: loads here

            return briefing_issue.issue_note(database, actor, note_id, version)

        def done(issued: Any) -> None:
            self.freeze(issued.note)
            self.preview.show_pdf(issued.pdf)
            self._show_warning(issued.composed.warning)
            self.saved.emit(issued.note)

        run_write(self.workspace, self, translate("Composer", "Émettre la note"), work, done,
                  self._refused)

    def freeze(self, note: NoteRow) -> None:
        """The note is issued: nothing can change; what shows is its stored PDF."""
        self.note = note
        self.frozen = True
        self._timer.stop()
        for widget in [*self.widgets.values(), *self.free_sections, self.recipient,
                       *self.section_boxes.values(), self.add_free]:
            widget.setEnabled(False)
        self.save_button.setEnabled(False)
        self.issue_button.setEnabled(False)
        self.save_button.hide()  # an issued note has nothing left to save or issue
        self.issue_button.hide()
        self._title()
        issued = format_datetime(note.issued_at) if note.issued_at else ""
        self.status.setText(translate("Composer", "Émise le {date} — SHA-256 {sha}")
                            .format(date=issued, sha=note.pdf_sha256))
        self.preview_state.setText(translate("Composer", "PDF émis, conservé au registre "
                                                         "(lecture seule)."))

    def _refused(self, error: CabinetError) -> None:
        self.error.setText(error.message)
        self.error.show()
        name = getattr(error, "field", None)
        widget = self.widgets.get(str(name)) if name else None
        if name == "period":
            widget = self.period_start
        if widget is not None:
            widget.focus_widget().setFocus()

    # ----------------------------------------------------------------- closing

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.modified and self.isVisible():
            answer = QMessageBox.question(
                self, translate("Composer", "Note non enregistrée"),
                translate("Composer", "Enregistrer le brouillon avant de fermer ?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel)
            if answer == QMessageBox.StandardButton.Cancel:
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Save:
                event.ignore()
                self.save(then=lambda _row: self._close_later())
                return
        self._timer.stop()
        super().closeEvent(event)

    def _close_later(self) -> None:
        QTimer.singleShot(0, self.close)
