"""The single permission table: which role may do what to which kind of record.

The code checks every service call against :data:`PERMISSIONS`, and ``docs/permissions.md`` is
generated from it (``cabinet-desktop permissions --markdown``), so code and documentation
cannot drift apart. Dossier workflow steps have their own table in ``domain.rules``.
"""

from __future__ import annotations

from enum import StrEnum

from cabinet_desktop.domain.enums import Role
from cabinet_desktop.domain.errors import PermissionDenied
from cabinet_desktop.i18n import QT_TRANSLATE_NOOP, translate
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
    # Reading a backup's content, making one, restoring one (update) and its settings.
    "backup": _table(read=frozenset({ADMIN}), create=frozenset({ADMIN}), archive=NOBODY,
                     export=NOBODY),
}


def allowed(actor: Actor, action: Action | str, kind: str) -> bool:
    """Whether ``actor`` may take ``action`` on records of ``kind``."""
    if actor.is_system:
        return True
    return actor.role in PERMISSIONS[kind][Action(action)]


def require(actor: Actor, action: Action | str, kind: str) -> None:
    """Raise :class:`PermissionDenied` unless ``actor`` may take ``action`` on ``kind``."""
    if not allowed(actor, action, kind):
        raise PermissionDenied(translate(
            "Permissions", "Action non autorisée pour le rôle « {role} » : {action} ({kind}).")
            .format(role=actor.role.label, action=action_label(action), kind=kind_label(kind)))


_ACTION_LABELS = {
    Action.READ: QT_TRANSLATE_NOOP("Permissions", "consulter"),
    Action.CREATE: QT_TRANSLATE_NOOP("Permissions", "créer"),
    Action.UPDATE: QT_TRANSLATE_NOOP("Permissions", "modifier"),
    Action.ARCHIVE: QT_TRANSLATE_NOOP("Permissions", "archiver"),
    Action.DELETE: QT_TRANSLATE_NOOP("Permissions", "supprimer"),
    Action.VALIDATE: QT_TRANSLATE_NOOP("Permissions", "valider"),
    Action.EXPORT: QT_TRANSLATE_NOOP("Permissions", "exporter ou imprimer"),
}

_KIND_LABELS = {
    "mission": QT_TRANSLATE_NOOP("Permissions", "missions"),
    "dossier": QT_TRANSLATE_NOOP("Permissions", "dossiers"),
    "attachment": QT_TRANSLATE_NOOP("Permissions", "pièces jointes"),
    "partner": QT_TRANSLATE_NOOP("Permissions", "partenaires"),
    "contact": QT_TRANSLATE_NOOP("Permissions", "contacts"),
    "agreement": QT_TRANSLATE_NOOP("Permissions", "conventions"),
    "interaction": QT_TRANSLATE_NOOP("Permissions", "échanges avec les partenaires"),
    "indicator": QT_TRANSLATE_NOOP("Permissions", "indicateurs"),
    "indicator_target": QT_TRANSLATE_NOOP("Permissions", "cibles d'indicateurs"),
    "measurement": QT_TRANSLATE_NOOP("Permissions", "mesures d'indicateurs"),
    "consultation": QT_TRANSLATE_NOOP("Permissions", "consultations"),
    "briefing_note": QT_TRANSLATE_NOOP("Permissions", "notes au Ministre"),
    "person": QT_TRANSLATE_NOOP("Permissions", "personnes"),
    "user": QT_TRANSLATE_NOOP("Permissions", "comptes utilisateurs"),
    "setting": QT_TRANSLATE_NOOP("Permissions", "paramètres"),
    "audit": QT_TRANSLATE_NOOP("Permissions", "journal d'audit"),
    "backup": QT_TRANSLATE_NOOP("Permissions", "sauvegardes"),
    "demo": QT_TRANSLATE_NOOP("Permissions", "données de démonstration"),
}


def action_label(action: Action | str) -> str:
    return translate("Permissions", _ACTION_LABELS[Action(action)])


def kind_label(kind: str) -> str:
    return translate("Permissions", _KIND_LABELS.get(kind, kind))


def markdown() -> str:
    """``docs/permissions.md``: the permission table and the workflow table, as Markdown.

    Generated by ``cabinet-desktop permissions --markdown``; a test checks that the committed
    file equals this text, so the documentation cannot drift from the code.
    """
    from cabinet_desktop.domain.enums import CircuitStep, DossierState
    from cabinet_desktop.domain.rules import REGISTERING_ROLES, TRANSITIONS

    roles = list(Role)
    header = "| Données | Action | " + " | ".join(r.label for r in roles) + " |"
    rule = "|---|---|" + "---|" * len(roles)
    lines = [
        "# Permissions by role",
        "",
        "<!-- Generated from cabinet_desktop/services/permissions.py (PERMISSIONS) and",
        "     cabinet_desktop/domain/rules.py (TRANSITIONS) by",
        "     `cabinet-desktop permissions --markdown > docs/permissions.md`. Do not edit. -->",
        "",
        "Services check every call against this table, whatever the window shows. On top of",
        "it, no user ever reads, counts, searches, prints or exports a dossier, attachment or",
        "briefing note classified above their clearance; attachments also take their dossier's",
        "classification. Deactivated accounts cannot sign in; accounts are never deleted.",
        "",
        "## Records",
        "",
        header,
        rule,
    ]
    for kind, actions in PERMISSIONS.items():
        for action in Action:
            allowed_roles = actions[action]
            cells = " | ".join("✔" if r in allowed_roles else "—" for r in roles)
            lines.append(f"| {kind_label(kind)} (`{kind}`) | {action_label(action)} | {cells} |")
    lines += [
        "",
        "## Dossier workflow steps",
        "",
        "| Étape | De | Vers | " + " | ".join(r.label for r in roles) + " | Conditions |",
        "|---|---|---|" + "---|" * len(roles) + "---|",
    ]
    cells = " | ".join("✔" if r in REGISTERING_ROLES else "—" for r in roles)
    lines.append(f"| {CircuitStep.REGISTER.label} | — | {DossierState.RECEIVED.label} | "
                 f"{cells} | — |")
    for step in TRANSITIONS:
        cells = " | ".join("✔" if r in step.roles else "—" for r in roles)
        conditions = ", ".join(c for c, on in (
            ("commentaire obligatoire", step.comment_required),
            ("avis requis", step.needs_avis),
            ("conseiller technique : dossier qui lui est imputé", step.imputed_only),
            ("décision du Ministre et sa date", step.sets_decision),
            ("décision du Ministre enregistrée", step.needs_decision)) if on) or "—"
        lines.append(f"| {step.step.label} | {step.source.label} | {step.target.label} | "
                     f"{cells} | {conditions} |")
    return "\n".join(lines) + "\n"
