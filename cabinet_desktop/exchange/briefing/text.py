"""User text made safe for reportlab paragraphs, with French typography.

Reportlab's ``Paragraph`` reads a small markup language (``<b>``, ``<font>``, ``<img>``…): a
user's ``<img src="/etc/passwd">`` must print as typed, never fetch a file. Every string that
comes from a user or the database goes through :func:`markup` (or :func:`escape`) before it
reaches a paragraph; markup of our own is added around the escaped text only.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape as _xml_escape

NBSP = "\xa0"
THIN = "\u202f"

_BEFORE_PUNCT = re.compile(r"[ \t]+([:;!?»])")
_AFTER_GUILLEMET = re.compile(r"«[ \t]*")
_BEFORE_CLOSE = re.compile(r"(?<=[^\s\xa0\u202f])»")


def escape(text: str) -> str:
    """``text`` with ``&``, ``<`` and ``>`` escaped: printed literally by a paragraph."""
    return _xml_escape(text)


def french(text: str) -> str:
    """French spacing: a space typed before ``: ; ! ?`` or ``»`` becomes unbreakable, and
    « guillemets » hold their text with no-break spaces.

    Only spaces the author typed are changed (``10:30``, ``http://`` stay as they are).
    """
    text = _BEFORE_PUNCT.sub(lambda m: NBSP + m.group(1), text)
    text = _AFTER_GUILLEMET.sub("«" + NBSP, text)
    return _BEFORE_CLOSE.sub(NBSP + "»", text)


def markup(text: str | None) -> str:
    """A user's text ready for a ``Paragraph``: French spacing, escaped, line breaks kept."""
    if not text:
        return ""
    lines = escape(french(str(text))).splitlines()
    return "<br/>".join(lines)


def paragraphs(text: str | None) -> list[str]:
    """The paragraphs of a free text (separated by blank lines), each ready for ``Paragraph``."""
    if not text:
        return []
    blocks = re.split(r"\n[ \t]*\n", str(text).replace("\r\n", "\n").strip())
    return [markup(block) for block in blocks if block.strip()]
