"""What each circuit action's dialog asks, as plain data (no Qt): its title, its button and its
fields, named as the circuit's services name them in their refusals (so an error shows at the
field). The window builds the dialogs from :func:`step_form`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from cabinet_desktop.domain.enums import AvisKind, CircuitStep, MinisterDecision
from cabinet_desktop.i18n import QT_TRANSLATE_NOOP, translate
from cabinet_desktop.services.forms import FieldType, FormField, form_of
from cabinet_desktop.services.validation import MAX_TEXT_LENGTH

#: the dossier fields asked when registering an incoming dossier, in this order
REGISTERED_FIELDS = ("object", "origin_structure", "received_date", "classification",
                     "sensitive", "summary")


@dataclass(frozen=True, slots=True)
class StepForm:
    """One circuit action's dialog: what it is called, its button, its fields."""

    step: CircuitStep
    title: str
    ok_text: str
    intro: str
    fields: tuple[FormField, ...]


#: (menu text with its mnemonic, dialog title, button, short explanation) of each action
_TEXTS: dict[CircuitStep, tuple[str, str, str]] = {
    CircuitStep.REGISTER: (
        QT_TRANSLATE_NOOP("Circuit", "Enregistrer un dossier entrant"),
        QT_TRANSLATE_NOOP("Circuit", "&Enregistrer"),
        QT_TRANSLATE_NOOP("Circuit", "Le dossier reçoit sa référence à l'enregistrement ; "
                                     "les pièces jointes prennent sa classification.")),
    CircuitStep.IMPUTE: (
        QT_TRANSLATE_NOOP("Circuit", "Imputer le dossier"),
        QT_TRANSLATE_NOOP("Circuit", "&Imputer"),
        QT_TRANSLATE_NOOP("Circuit", "Le conseiller instruit le dossier et propose l'avis du "
                                     "cabinet avant l'échéance.")),
    CircuitStep.PROPOSE: (
        QT_TRANSLATE_NOOP("Circuit", "Proposer l'avis"),
        QT_TRANSLATE_NOOP("Circuit", "&Proposer"),
        QT_TRANSLATE_NOOP("Circuit", "L'avis proposé va au directeur de cabinet ou à son "
                                     "adjoint pour validation.")),
    CircuitStep.SEND_BACK: (
        QT_TRANSLATE_NOOP("Circuit", "Renvoyer pour reprise"),
        QT_TRANSLATE_NOOP("Circuit", "&Renvoyer"),
        QT_TRANSLATE_NOOP("Circuit", "L'avis retourne au conseiller ; dites-lui ce qu'il faut "
                                     "reprendre.")),
    CircuitStep.VALIDATE: (
        QT_TRANSLATE_NOOP("Circuit", "Valider l'avis"),
        QT_TRANSLATE_NOOP("Circuit", "&Valider"),
        QT_TRANSLATE_NOOP("Circuit", "Vous pouvez amender l'avis : la version proposée reste "
                                     "dans l'historique avec son auteur.")),
    CircuitStep.TRANSMIT: (
        QT_TRANSLATE_NOOP("Circuit", "Transmettre au Ministre"),
        QT_TRANSLATE_NOOP("Circuit", "&Transmettre"),
        QT_TRANSLATE_NOOP("Circuit", "Le dossier et son avis validé partent au Ministre.")),
    CircuitStep.DECIDE: (
        QT_TRANSLATE_NOOP("Circuit", "Enregistrer la décision du Ministre"),
        QT_TRANSLATE_NOOP("Circuit", "&Enregistrer"),
        QT_TRANSLATE_NOOP("Circuit", "Le dossier pourra ensuite être clos.")),
    CircuitStep.CLOSE: (
        QT_TRANSLATE_NOOP("Circuit", "Clore le dossier"),
        QT_TRANSLATE_NOOP("Circuit", "C&lore"),
        QT_TRANSLATE_NOOP("Circuit", "Le dossier est clos avec la décision du Ministre "
                                     "enregistrée.")),
    CircuitStep.FILE: (
        QT_TRANSLATE_NOOP("Circuit", "Classer sans suite"),
        QT_TRANSLATE_NOOP("Circuit", "&Classer sans suite"),
        QT_TRANSLATE_NOOP("Circuit", "Le dossier sort du circuit ; le motif reste dans son "
                                     "historique.")),
}


def _text(name: str, label: str, required: bool) -> FormField:
    return FormField(name, label, FieldType.LONG_TEXT, required, max_length=MAX_TEXT_LENGTH)


def _comment(required: bool = False, label: str | None = None) -> FormField:
    return _text("comment", label or translate("Circuit", "Commentaire"), required)


def _avis() -> tuple[FormField, ...]:
    return (FormField("avis_kind", translate("Circuit", "Sens de l'avis"), FieldType.CHOICE,
                      True, choices=tuple((str(k.value), k.label) for k in AvisKind)),
            _text("avis_text", translate("Circuit", "Texte de l'avis"), True))


def step_form(step: CircuitStep) -> StepForm:
    """The dialog of ``step`` in the user's language."""
    dossier = form_of("dossier")
    fields: tuple[FormField, ...]
    if step is CircuitStep.REGISTER:
        fields = tuple(replace(dossier.field(name), required=True) if name == "classification"
                       else dossier.field(name) for name in REGISTERED_FIELDS)
    elif step is CircuitStep.IMPUTE:
        instructor = dossier.field("instructor_id")
        fields = (FormField(instructor.name, translate("Circuit", "Conseiller"),
                            FieldType.REFERENCE, True, target=instructor.target),
                  FormField("avis_due_date", translate("Circuit", "Échéance de l'avis"),
                            FieldType.DATE, True),
                  _comment(label=translate("Circuit", "Instructions")))
    elif step in (CircuitStep.PROPOSE, CircuitStep.VALIDATE):
        fields = (*_avis(), _comment())
    elif step is CircuitStep.DECIDE:
        fields = (FormField("minister_decision", translate("Circuit", "Décision"),
                            FieldType.CHOICE, True,
                            choices=tuple((str(d.value), d.label) for d in MinisterDecision)),
                  FormField("minister_decision_date", translate("Circuit", "Date de la décision"),
                            FieldType.DATE, True),
                  _comment())
    elif step is CircuitStep.SEND_BACK:
        fields = (_comment(True, translate("Circuit", "À reprendre")),)
    elif step is CircuitStep.FILE:
        fields = (_comment(True, translate("Circuit", "Motif")),)
    else:
        fields = (_comment(),)
    title, ok_text, intro = _TEXTS[step]
    return StepForm(step, translate("Circuit", title), translate("Circuit", ok_text),
                    translate("Circuit", intro), fields)


def action_text(step: CircuitStep) -> str:
    """The action's name as menus and buttons show it (« Imputer le dossier »)."""
    return translate("Circuit", _TEXTS[step][0])
