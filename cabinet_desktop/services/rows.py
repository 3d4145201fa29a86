"""Plain immutable rows returned by services, and the change set every write reports."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cabinet_desktop.services.account_records import UserRow


@dataclass(frozen=True, slots=True)
class Record:
    """One record of any kind as a read-only mapping of field name to value.

    Related plain data (a mission's linked dossiers, a partner's contacts…) sits in ``related``
    as tuples of :class:`Record`.
    """

    kind: str
    id: int
    version: int
    values: Mapping[str, Any]
    related: Mapping[str, tuple[Record, ...]] = field(default_factory=lambda: MappingProxyType({}))

    def __getitem__(self, name: str) -> Any:
        return self.values[name]

    def get(self, name: str, default: Any = None) -> Any:
        return self.values.get(name, default)

    def __iter__(self) -> Iterator[str]:
        return iter(self.values)

    @property
    def reference(self) -> str:
        return str(self.values.get("reference") or "")


def freeze(kind: str, values: dict[str, Any],
           related: dict[str, tuple[Record, ...]] | None = None) -> Record:
    """Build a :class:`Record` from plain values (``id`` and ``version`` taken from them)."""
    return Record(kind=kind, id=int(values["id"]), version=int(values.get("version") or 0),
                  values=MappingProxyType(dict(values)),
                  related=MappingProxyType(dict(related or {})))


@dataclass(frozen=True, slots=True)
class ChangeSet:
    """Which kinds of record a write changed, and which ids: views refresh what concerns them."""

    kinds: frozenset[str] = frozenset()
    ids: Mapping[str, frozenset[int]] = field(default_factory=lambda: MappingProxyType({}))

    @classmethod
    def of(cls, kind: str, *ids: int, also: tuple[str, ...] = ()) -> ChangeSet:
        return cls(frozenset((kind, *also)), MappingProxyType({kind: frozenset(ids)}))

    def concerns(self, kind: str) -> bool:
        return kind in self.kinds

    def __or__(self, other: ChangeSet) -> ChangeSet:
        ids: dict[str, frozenset[int]] = dict(self.ids)
        for kind, values in other.ids.items():
            ids[kind] = ids.get(kind, frozenset()) | values
        return ChangeSet(self.kinds | other.kinds, MappingProxyType(ids))


@dataclass(frozen=True, slots=True)
class Saved:
    """What every service write returns, whatever it wrote (records, workflow steps,
    attachments, accounts, passwords, settings), so callers never build a change set.

    ``record`` is the record as saved (``None`` when the write deleted it or wrote no record:
    accounts, settings); ``changes`` the change set to broadcast (empty when nothing changed);
    ``account`` the account as saved by the account services; ``journal_id`` the id of the
    journal entry the write appended (``None`` when nothing changed), which undo starts from.
    """

    record: Record | None
    changes: ChangeSet
    account: UserRow | None = None
    journal_id: int | None = None

    @property
    def saved(self) -> Record:
        """``record``, for the writes that always return one (raises if there is none)."""
        if self.record is None:
            raise LookupError("this write returned no record")
        return self.record
