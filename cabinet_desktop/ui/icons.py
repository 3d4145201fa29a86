"""The one place icons are looked up: shipped Tabler SVGs, tinted, with a fallback.

Icons are the MIT-licensed Tabler outline set (``resources/icons/``, licence beside them).
Their strokes use ``currentColor``, which Qt's SVG renderer does not resolve, so the SVG text is
tinted before rendering: the same file gives the grey toolbar icon and the red status icon.
A missing icon logs once and falls back to the theme's icon or an empty one, never a crash.
"""

from __future__ import annotations

import logging
from functools import lru_cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from cabinet_desktop.resources_path import resource

log = logging.getLogger(__name__)

#: Default stroke colour: the dark slate of the stylesheet's text.
INK = "#34495e"
GREEN = "#1e7b34"
AMBER = "#b26a00"
RED = "#b42318"
BLUE = "#1f5fa8"
GREY = "#6b7785"
SIDEBAR = "#dbe4ef"

_SIZES = (16, 20, 24, 32, 48)


def svg_path(name: str) -> str:
    return str(resource("icons", f"{name}.svg"))


@lru_cache(maxsize=256)
def icon(name: str, color: str = INK) -> QIcon:
    """The icon ``name`` (a file of ``resources/icons`` without ``.svg``) drawn in ``color``."""
    try:
        with open(svg_path(name), encoding="utf-8") as handle:
            text = handle.read()
    except OSError:
        log.warning("icon %s not found in %s", name, resource("icons"))
        return QIcon.fromTheme(name)
    data = QByteArray(text.replace("currentColor", QColor(color).name()).encode("utf-8"))
    renderer = QSvgRenderer(data)
    if not renderer.isValid():
        log.warning("icon %s is not a valid SVG", name)
        return QIcon()
    result = QIcon()
    for size in _SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        result.addPixmap(pixmap)
    return result
