"""The cabinet's statutory attributions, read from the decree text shipped with the package."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

DECREE_RESOURCE = "cabinet-du-ministre.txt"


@dataclass(frozen=True, slots=True)
class StatutoryAttribution:
    code: str
    label: str
    position: int


def decree_text() -> str:
    """The decree's text on the cabinet's attributions (French)."""
    return (resources.files("cabinet_desktop.domain") / "data" / DECREE_RESOURCE).read_text(
        encoding="utf-8")


def parse_attributions(text: str) -> list[StatutoryAttribution]:
    """Extract the bulleted attributions (``• de …;``) in order as ``A01``, ``A02``, …

    The label keeps the decree's wording, with a capital first letter and without the leading
    "de"/"d'" and the trailing semicolon, so it reads as a heading in the decree's own words.
    """
    items: list[StatutoryAttribution] = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped.startswith("•"):
            continue
        body = stripped.lstrip("•").strip().rstrip(" ;.").strip()
        for lead in ("de ", "d'", "d’"):
            if body.startswith(lead):
                body = body[len(lead):]
                break
        body = body[:1].upper() + body[1:]
        position = len(items) + 1
        items.append(StatutoryAttribution(f"A{position:02d}", body, position))
    return items


def statutory_attributions() -> list[StatutoryAttribution]:
    """The 13 attributions of the decree shipped with the application."""
    return parse_attributions(decree_text())
