"""SQLAlchemy typed mappings of every entity of DESIGN §2."""

from cabinet_desktop.domain.entities.base import Base, utcnow
from cabinet_desktop.domain.entities.indicators import Indicator, IndicatorTarget, Measurement
from cabinet_desktop.domain.entities.partners import (
    Agreement,
    Contact,
    Interaction,
    Partner,
    interaction_missions,
)
from cabinet_desktop.domain.entities.people import Attribution, Person, User
from cabinet_desktop.domain.entities.records import (
    AuditEntry,
    AuditHead,
    BriefingNote,
    Consultation,
    Motto,
    ReferenceCounter,
    Setting,
    SignInFailures,
    consultation_missions,
)
from cabinet_desktop.domain.entities.work import (
    Attachment,
    AvisVersion,
    Dossier,
    DossierStep,
    Mission,
    mission_dossiers,
    mission_indicators,
    mission_partners,
)

__all__ = [
    "Agreement", "Attachment", "Attribution", "AuditEntry", "AuditHead", "AvisVersion", "Base",
    "BriefingNote", "Consultation", "Contact", "Dossier", "DossierStep", "Indicator",
    "IndicatorTarget", "Interaction", "Measurement", "Mission", "Motto", "Partner", "Person",
    "ReferenceCounter", "Setting", "SignInFailures", "User", "consultation_missions",
    "interaction_missions", "mission_dossiers", "mission_indicators", "mission_partners", "utcnow",
]
