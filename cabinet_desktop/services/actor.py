"""Who is acting: the user a service call is made for."""

from __future__ import annotations

from dataclasses import dataclass

from cabinet_desktop.domain.enums import Classification, Role


@dataclass(frozen=True, slots=True)
class Actor:
    """The acting user as services see it (no ORM object, no password)."""

    user_id: int | None
    login: str
    display_name: str
    role: Role
    clearance: Classification
    is_system: bool = False
    #: the cabinet member the account is (the circuit offers him the dossiers imputed to him)
    person_id: int | None = None

    def cleared_for(self, level: Classification | int) -> bool:
        """Whether the user may see a record of classification ``level``."""
        return int(level) <= int(self.clearance)

    @property
    def label(self) -> str:
        """``Name (role)`` as the journal and the status bar show it."""
        return f"{self.display_name} ({self.role.label})"


def system_actor(task: str = "système") -> Actor:
    """The actor of maintenance tasks (database creation, demo data), cleared for everything."""
    return Actor(user_id=None, login=f"<{task}>", display_name=task, role=Role.ADMIN,
                 clearance=Classification.SECRET, is_system=True)
