"""What distinguishes one list pane from another: title, icon, filters (data only, no widgets).

Kept apart from ``list_pane.py`` so the main window can build its sidebar and menus without
loading the list panes (their table model, filters and the listing service), which start-up
does not need: the first screen is the dashboard.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cabinet_desktop.domain import enums
from cabinet_desktop.services import catalog


@dataclass(frozen=True)
class FilterChoice:
    """An equality filter of a pane: its name, French label and where its options come from."""

    name: str
    label: str
    options: Any  # an enum class, "people", "attributions" or "classification"


@dataclass(frozen=True)
class PaneSpec:
    """What distinguishes one list pane from another."""

    kind: str
    title: str
    icon: str
    singular: str
    filters: tuple[FilterChoice, ...] = ()
    date_label: str | None = None
    overdue: bool = False
    archivable: bool = True
    detail_kind: str | None = None  # the records.get kind (None: detail from the row)
    #: the detail panel's default share of the pane's width (the table has the rest; at
    #: 1366 pixels a third leaves the detail ~400 px and the list its key columns)
    detail_share: float = 0.34
    #: whether the pane's records are edited in a form (Nouveau, Modifier…)
    editable: bool = True
    #: work lists offered as toggles (``services/work_lists.py``) and whether each is on when
    #: the pane opens: the missions list opens on open work, late first
    work_toggles: tuple[tuple[str, bool], ...] = ()

    @property
    def related_kinds(self) -> frozenset[str]:
        """The kinds whose changes this pane shows (from the services' catalog)."""
        if self.kind not in catalog.kind_names():
            return frozenset({self.kind})  # the journal: its own entries only
        return catalog.kind(self.kind).concerned_by

F = FilterChoice
PANES: tuple[PaneSpec, ...] = (
    PaneSpec("mission", "Missions", "target", "une mission", (
        F("status", "Statut", enums.MissionStatus),
        F("assignee_id", "Responsable", "people"),
        F("priority", "Priorité", enums.Priority),
        F("attribution_id", "Attribution", "attributions")),
        date_label="Échéance", overdue=True,
        work_toggles=(("open_missions", True), ("my_missions", False), ("instructions", False))),
    PaneSpec("dossier", "Dossiers", "folders", "un dossier", (
        F("state", "État", enums.DossierState),
        F("instructor_id", "Conseiller", "people"),
        F("classification", "Classification", "classification"),
        F("avis_kind", "Avis", enums.AvisKind)),
        date_label="Échéance", overdue=True, work_toggles=(("my_dossiers", False),)),
    PaneSpec("partner", "Partenaires", "heart-handshake", "un partenaire", (
        F("category", "Catégorie", enums.PartnerCategory),
        F("scope", "Portée", enums.Scope))),
    PaneSpec("indicator", "Indicateurs", "chart-line", "un indicateur", (
        F("level", "Niveau", enums.IndicatorLevel),
        F("periodicity", "Périodicité", enums.Periodicity)),
        # the chart under the detail needs this room to show its legend whole
        detail_share=0.375),
    PaneSpec("consultation", "Consultations", "messages", "une consultation", (
        F("public", "Public", enums.ConsultationPublic),
        F("method", "Méthode", enums.ConsultationMethod)), date_label="Date"),
    PaneSpec("briefing_note", "Notes", "file-text", "une note", (
        F("classification", "Classification", "classification"),),
        date_label="Date", archivable=False, editable=False),
    PaneSpec("audit", "Journal", "history", "une entrée", (
        F("action", "Action", enums.AuditAction),), date_label="Date", archivable=False,
        editable=False,
        # a journal entry's detail is short: the list gets the room for its changes column
        detail_share=0.3),
)


def pane_spec(kind: str) -> PaneSpec:
    return next(spec for spec in PANES if spec.kind == kind)
