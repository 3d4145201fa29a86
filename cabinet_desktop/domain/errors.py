"""Errors that carry a French message fit to show a user as it is."""

from __future__ import annotations

import datetime as dt
from typing import Any


class CabinetError(Exception):
    """Base of every expected problem: its message is user-facing French text."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(CabinetError):
    """Input that breaks a rule; names the field (and the record, sheet or row when known)."""

    exit_code = 65  # EX_DATAERR

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(CabinetError):
    """A record that does not exist, or that the user is not cleared to see."""

    exit_code = 66


class ConflictError(CabinetError):
    """Someone else saved the record since it was read: the edit was not applied.

    For a compare dialog it may carry: ``current``, the record as saved now (a
    ``services.rows.Record``, as the user may see it); ``saved_by`` and ``saved_at``, who saved
    it last and when; ``fields``, the fields whose saved value differs from the version the user
    had read (empty when unknown).
    """

    exit_code = 75

    def __init__(self, message: str, *, current: Any = None, saved_by: str = "",
                 saved_at: dt.datetime | None = None, fields: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.current = current
        self.saved_by = saved_by
        self.saved_at = saved_at
        self.fields = fields


class BusyError(CabinetError):
    """The database stayed locked by another client past the wait: nothing was changed."""

    exit_code = 75  # EX_TEMPFAIL


class PermissionDenied(CabinetError):
    """The acting user's role or clearance does not allow the action."""

    exit_code = 77


class WorkflowError(CabinetError):
    """A dossier workflow step that the rules refuse."""

    exit_code = 65


class StorageError(CabinetError):
    """The database cannot be reached, read, created or upgraded."""

    exit_code = 69


class AuthenticationError(CabinetError):
    """A sign-in refused; the message never tells whether the login exists.

    ``retry_after`` is the number of seconds before a new attempt is accepted (0 when none).
    """

    exit_code = 77

    def __init__(self, message: str, retry_after: float = 0.0) -> None:
        super().__init__(message)
        self.retry_after = retry_after
