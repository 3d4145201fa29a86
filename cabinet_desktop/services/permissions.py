"""The single permission table: which role may do what to which kind of record.

The code checks every service call against :data:`PERMISSIONS`, and ``docs/permissions.md`` is
generated from it (``cabinet-desktop permissions --markdown``), so code and documentation
cannot drift apart. Dossier workflow steps have their own table in ``domain.rules``.
"""

from __future__ import annotations

from enum import StrEnum

from cabinet_desktop.domain.enums import Role
from cabinet_desktop.domain.errors import PermissionDenied
from cabinet_desktop.i18n import tr
from cabinet_desktop.services.actor import Actor


class Action(StrEnum):
    READ = "read"
    CREATE = "create"
    UPDATE = "update"
    ARCHIVE = "archive"
    DELETE = "delete"
    VALIDATE = "validate"
    EXPORT = "export"


ALL = frozenset(Role)
DC = Role.DIRECTOR
DCA = Role.DEPUTY_DIRECTOR
CT = Role.ADVISER
SEC = Role.SECRETARIAT
ADMIN = Role.ADMIN
LEADERS = frozenset({DC, DCA})
CABINET = frozenset({DC, DCA, CT})
REGISTRY = frozenset({DC, DCA, CT, SEC})
NOBODY: frozenset[Role] = frozenset()


def _table(read: frozenset[Role] = ALL, create: frozenset[Role] = CABINET,
           update: frozenset[Role] | None = None, archive: frozenset[Role] = LEADERS,
           delete: frozenset[Role] = NOBODY, validate: frozenset[Role] = NOBODY,
           export: frozenset[Role] = ALL - {ADMIN}) -> dict[Action, frozenset[Role]]:
    return {Action.READ: read, Action.CREATE: create,
            Action.UPDATE: create if update is None else update, Action.ARCHIVE: archive,
            Action.DELETE: delete, Action.VALIDATE: validate, Action.EXPORT: export}


#: kind → action → roles allowed. Administrators manage accounts, settings and backups; they
#: read the cabinet's records (within their clearance) but do not edit them.
PERMISSIONS: dict[str, dict[Action, frozenset[Role]]] = {
    "mission": _table(),
    "dossier": _table(create=REGISTRY),
    "attachment": _table(create=REGISTRY, delete=LEADERS),
    "partner": _table(),
    "contact": _table(create=REGISTRY, delete=REGISTRY),
    "agreement": _table(delete=LEADERS),
    "interaction": _table(create=REGISTRY, delete=CABINET),
    "indicator": _table(),
    "indicator_target": _table(delete=CABINET),
    "measurement": _table(create=REGISTRY, delete=CABINET, validate=LEADERS),
    "consultation": _table(create=REGISTRY),
    "briefing_note": _table(),
    "person": _table(create=frozenset({ADMIN, DC, DCA, SEC}), archive=frozenset({ADMIN})),
    "user": _table(read=frozenset({ADMIN}), create=frozenset({ADMIN}),
                   archive=frozenset({ADMIN}), export=NOBODY),
    "setting": _table(create=frozenset({ADMIN}), archive=NOBODY, export=NOBODY),
    "audit": _table(read=frozenset({ADMIN, DC, DCA}), create=NOBODY, archive=NOBODY,
                    export=frozenset({ADMIN, DC, DCA})),
}


def allowed(actor: Actor, action: Action | str, kind: str) -> bool:
    """Whether ``actor`` may take ``action`` on records of ``kind``."""
    if actor.is_system:
        return True
    return actor.role in PERMISSIONS[kind][Action(action)]


def require(actor: Actor, action: Action | str, kind: str) -> None:
    """Raise :class:`PermissionDenied` unless ``actor`` may take ``action`` on ``kind``."""
    if not allowed(actor, action, kind):
        raise PermissionDenied(tr(
            "Permissions", "Action non autorisée pour le rôle « {role} » : {action} ({kind}).",
            role=actor.role.label, action=action_label(action), kind=kind_label(kind)))


_ACTION_LABELS = {
    Action.READ: "consulter",
    Action.CREATE: "créer",
    Action.UPDATE: "modifier",
    Action.ARCHIVE: "archiver",
    Action.DELETE: "supprimer",
    Action.VALIDATE: "valider",
    Action.EXPORT: "exporter ou imprimer",
}

_KIND_LABELS = {
    "mission": "missions",
    "dossier": "dossiers",
    "attachment": "pièces jointes",
    "partner": "partenaires",
    "contact": "contacts",
    "agreement": "conventions",
    "interaction": "échanges avec les partenaires",
    "indicator": "indicateurs",
    "indicator_target": "cibles d'indicateurs",
    "measurement": "mesures d'indicateurs",
    "consultation": "consultations",
    "briefing_note": "notes au Ministre",
    "person": "personnes",
    "user": "comptes utilisateurs",
    "setting": "paramètres",
    "audit": "journal d'audit",
}


def action_label(action: Action | str) -> str:
    return tr("Permissions", _ACTION_LABELS[Action(action)])


def kind_label(kind: str) -> str:
    return tr("Permissions", _KIND_LABELS.get(kind, kind))
