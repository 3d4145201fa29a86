"""Enumerations of the domain, each value with its French label.

Values are stable English identifiers stored in the database; labels are user-facing French
text that goes through :func:`cabinet_desktop.i18n.translate` when shown.
"""

from __future__ import annotations

from enum import IntEnum, StrEnum

from cabinet_desktop.i18n import translate

_LABELS: dict[type, dict[str, str]] = {}


class LabelledEnum(StrEnum):
    """A string enumeration whose members carry a French label."""

    @property
    def label(self) -> str:
        """The member's label in the user's language."""
        return translate("Enum", _LABELS[type(self)][str(self.value)])

    @classmethod
    def from_label(cls, label: str) -> LabelledEnum | None:
        """Return the member whose label (or value) matches ``label``, ignoring case."""
        wanted = label.strip().casefold()
        for member in cls:
            source = _LABELS[cls][str(member.value)]
            if wanted in (str(member.value).casefold(), member.label.casefold(),
                          source.casefold()):
                return member
        return None


def _labels(cls: type[LabelledEnum], labels: dict[str, str]) -> None:
    missing = {str(m.value) for m in cls} - set(labels)
    if missing:  # pragma: no cover - guarded by the test suite
        raise ValueError(f"{cls.__name__}: no label for {sorted(missing)}")
    _LABELS[cls] = labels


class Role(LabelledEnum):
    ADMIN = "admin"
    DIRECTOR = "director"
    DEPUTY_DIRECTOR = "deputy_director"
    ADVISER = "adviser"
    SECRETARIAT = "secretariat"
    READER = "reader"


_labels(Role, {
    "admin": "Administrateur",
    "director": "Directeur de cabinet",
    "deputy_director": "Directeur adjoint de cabinet",
    "adviser": "Conseiller technique",
    "secretariat": "Secrétariat",
    "reader": "Lecteur",
})


class Classification(IntEnum):
    """Protection level of a dossier, note or attachment; a user's clearance uses the same scale."""

    UNCLASSIFIED = 0
    RESTRICTED = 1
    CONFIDENTIAL = 2
    SECRET = 3

    @property
    def label(self) -> str:
        return translate("Enum", _CLASSIFICATION_LABELS[self])

    @property
    def marking(self) -> str:
        """Upper-case marking printed on documents (empty for unclassified)."""
        return "" if self is Classification.UNCLASSIFIED else self.label.upper()


_CLASSIFICATION_LABELS = {
    Classification.UNCLASSIFIED: "Non classifié",
    Classification.RESTRICTED: "Diffusion restreinte",
    Classification.CONFIDENTIAL: "Confidentiel",
    Classification.SECRET: "Secret",
}


class Priority(LabelledEnum):
    HIGH = "high"
    NORMAL = "normal"
    LOW = "low"


_labels(Priority, {"high": "Haute", "normal": "Normale", "low": "Basse"})


class MissionStatus(LabelledEnum):
    TODO = "todo"
    IN_PROGRESS = "in_progress"
    ON_HOLD = "on_hold"
    DONE = "done"
    CANCELLED = "cancelled"

    @property
    def is_closed(self) -> bool:
        return self in (MissionStatus.DONE, MissionStatus.CANCELLED)


_labels(MissionStatus, {
    "todo": "À faire",
    "in_progress": "En cours",
    "on_hold": "En attente",
    "done": "Achevée",
    "cancelled": "Annulée",
})


class MissionOrigin(LabelledEnum):
    MINISTER_INSTRUCTION = "minister_instruction"
    GOVERNMENT_PROGRAMME = "government_programme"
    COUNCIL_OF_MINISTERS = "council_of_ministers"
    CABINET_INITIATIVE = "cabinet_initiative"
    OTHER = "other"


_labels(MissionOrigin, {
    "minister_instruction": "Instruction du Ministre",
    "government_programme": "Programme d'actions du Gouvernement",
    "council_of_ministers": "Conseil des ministres",
    "cabinet_initiative": "Initiative du cabinet",
    "other": "Autre",
})


class DossierState(LabelledEnum):
    RECEIVED = "received"
    UNDER_REVIEW = "under_review"
    AVIS_PROPOSED = "avis_proposed"
    AVIS_VALIDATED = "avis_validated"
    SENT_TO_MINISTER = "sent_to_minister"
    CLOSED = "closed"
    FILED_WITHOUT_ACTION = "filed_without_action"

    @property
    def is_open(self) -> bool:
        return self not in (DossierState.CLOSED, DossierState.FILED_WITHOUT_ACTION)


_labels(DossierState, {
    "received": "Reçu",
    "under_review": "En instruction",
    "avis_proposed": "Avis proposé",
    "avis_validated": "Avis validé",
    "sent_to_minister": "Transmis au Ministre",
    "closed": "Clos",
    "filed_without_action": "Classé sans suite",
})


class AvisKind(LabelledEnum):
    FAVORABLE = "favorable"
    FAVORABLE_WITH_RESERVATIONS = "favorable_with_reservations"
    UNFAVORABLE = "unfavorable"
    NOT_APPLICABLE = "not_applicable"


_labels(AvisKind, {
    "favorable": "Favorable",
    "favorable_with_reservations": "Favorable avec réserves",
    "unfavorable": "Défavorable",
    "not_applicable": "Sans objet",
})


class CircuitStep(LabelledEnum):
    """What a step of a dossier's circuit did (its history names each step by it)."""

    REGISTER = "register"
    IMPUTE = "impute"
    PROPOSE = "propose"
    SEND_BACK = "send_back"
    VALIDATE = "validate"
    TRANSMIT = "transmit"
    DECIDE = "decide"
    CLOSE = "close"
    FILE = "file"


_labels(CircuitStep, {
    "register": "Enregistrement",
    "impute": "Imputation",
    "propose": "Avis proposé",
    "send_back": "Renvoi pour reprise",
    "validate": "Avis validé",
    "transmit": "Transmission au Ministre",
    "decide": "Décision du Ministre",
    "close": "Clôture",
    "file": "Classement sans suite",
})


class MinisterDecision(LabelledEnum):
    """What the minister decided on a dossier the cabinet transmitted."""

    AGREED = "agreed"
    AGREED_WITH_CHANGES = "agreed_with_changes"
    REFUSED = "refused"
    DEFERRED = "deferred"
    NOTED = "noted"


_labels(MinisterDecision, {
    "agreed": "Accord",
    "agreed_with_changes": "Accord avec modifications",
    "refused": "Refus",
    "deferred": "Ajournement",
    "noted": "Pris acte",
})


class PartnerCategory(LabelledEnum):
    MINISTRY = "ministry"
    PRIVATE_SECTOR = "private_sector"
    CIVIL_SOCIETY = "civil_society"
    USERS = "users"
    BILATERAL_TFP = "bilateral_tfp"
    MULTILATERAL_TFP = "multilateral_tfp"
    NGO = "ngo"
    LOCAL_AUTHORITY = "local_authority"
    OTHER = "other"


_labels(PartnerCategory, {
    "ministry": "Département ministériel",
    "private_sector": "Secteur privé",
    "civil_society": "Société civile",
    "users": "Usagers/clients",
    "bilateral_tfp": "PTF bilatéral",
    "multilateral_tfp": "PTF multilatéral",
    "ngo": "ONG",
    "local_authority": "Collectivité",
    "other": "Autre",
})


class Scope(LabelledEnum):
    NATIONAL = "national"
    REGIONAL = "regional"
    INTERNATIONAL = "international"


_labels(Scope, {"national": "National", "regional": "Régional", "international": "International"})


class AgreementKind(LabelledEnum):
    FINANCING = "financing"
    PROTOCOL = "protocol"
    MEMORANDUM = "memorandum"
    FRAMEWORK = "framework"
    OTHER = "other"


_labels(AgreementKind, {
    "financing": "Convention de financement",
    "protocol": "Protocole d'accord",
    "memorandum": "Mémorandum d'entente",
    "framework": "Accord-cadre",
    "other": "Autre",
})


class AgreementStatus(LabelledEnum):
    NEGOTIATION = "negotiation"
    SIGNED = "signed"
    ACTIVE = "active"
    SUSPENDED = "suspended"
    COMPLETED = "completed"


_labels(AgreementStatus, {
    "negotiation": "En négociation",
    "signed": "Signée",
    "active": "En cours d'exécution",
    "suspended": "Suspendue",
    "completed": "Clôturée",
})


class Currency(LabelledEnum):
    XOF = "XOF"
    EUR = "EUR"
    USD = "USD"


_labels(Currency, {"XOF": "FCFA", "EUR": "Euro", "USD": "Dollar US"})


class InteractionKind(LabelledEnum):
    MEETING = "meeting"
    CONSULTATION = "consultation"
    LETTER = "letter"
    MISSION = "mission"
    WORKSHOP = "workshop"


_labels(InteractionKind, {
    "meeting": "Réunion",
    "consultation": "Concertation",
    "letter": "Courrier",
    "mission": "Mission",
    "workshop": "Atelier",
})


class IndicatorLevel(LabelledEnum):
    INPUT = "input"
    ACTIVITY = "activity"
    OUTPUT = "output"
    OUTCOME = "outcome"
    IMPACT = "impact"

    @property
    def rank(self) -> int:
        """Order in which scorecards list levels: impacts and results first."""
        return _LEVEL_RANK[self]


_LEVEL_RANK = {
    IndicatorLevel.IMPACT: 0,
    IndicatorLevel.OUTCOME: 1,
    IndicatorLevel.OUTPUT: 2,
    IndicatorLevel.ACTIVITY: 3,
    IndicatorLevel.INPUT: 4,
}

_labels(IndicatorLevel, {
    "input": "Intrant",
    "activity": "Activité",
    "output": "Produit",
    "outcome": "Résultat",
    "impact": "Impact",
})


class Periodicity(LabelledEnum):
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    HALF_YEARLY = "half_yearly"
    YEARLY = "yearly"


_labels(Periodicity, {
    "monthly": "Mensuelle",
    "quarterly": "Trimestrielle",
    "half_yearly": "Semestrielle",
    "yearly": "Annuelle",
})


class Direction(LabelledEnum):
    INCREASE = "increase"
    DECREASE = "decrease"


_labels(Direction, {"increase": "Hausse souhaitée", "decrease": "Baisse souhaitée"})


class IndicatorStatus(LabelledEnum):
    GREEN = "green"
    AMBER = "amber"
    RED = "red"
    UNKNOWN = "unknown"


_labels(IndicatorStatus, {
    "green": "Atteint",
    "amber": "En bonne voie",
    "red": "En retard",
    "unknown": "Non évalué",
})


class ConsultationPublic(LabelledEnum):
    USERS = "users"
    STAFF = "staff"


_labels(ConsultationPublic, {"users": "Usagers/clients", "staff": "Personnel"})


class ConsultationMethod(LabelledEnum):
    SURVEY = "survey"
    WORKSHOP = "workshop"
    FOCUS_GROUP = "focus_group"
    SUGGESTION_BOX = "suggestion_box"


_labels(ConsultationMethod, {
    "survey": "Enquête",
    "workshop": "Atelier",
    "focus_group": "Focus group",
    "suggestion_box": "Boîte à suggestions",
})


class AuditAction(LabelledEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    ARCHIVE = "archive"
    RESTORE = "restore"
    WORKFLOW = "workflow"
    ACCESS_DENIED = "access_denied"
    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    SYSTEM = "system"
    BACKUP = "backup"
    BACKUP_RESTORE = "backup_restore"


_labels(AuditAction, {
    "create": "Création",
    "update": "Modification",
    "delete": "Suppression",
    "archive": "Archivage",
    "restore": "Restauration",
    "workflow": "Étape de circuit",
    "access_denied": "Accès refusé",
    "login": "Connexion",
    "login_failed": "Échec de connexion",
    "system": "Opération système",
    "backup": "Sauvegarde",
    "backup_restore": "Restauration d'une sauvegarde",
})
