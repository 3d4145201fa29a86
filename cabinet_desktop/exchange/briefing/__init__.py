"""Briefing notes and packs to the minister as PDF (reportlab platypus), from plain data.

``render_note(content) -> bytes`` and ``render_pack(content) -> bytes`` know nothing of sessions
or Qt: ``services/briefings.py`` gathers the content within the author's clearance and
``exchange/briefing_issue.py`` ties the two together. See ``docs/briefing.md``.
"""

from cabinet_desktop.exchange.briefing.note import render_note
from cabinet_desktop.exchange.briefing.pack import render_pack

__all__ = ["render_note", "render_pack"]
