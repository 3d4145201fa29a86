"""The one place icons are looked up: shipped Tabler SVGs, tinted, with a fallback.

Icons are the MIT-licensed Tabler outline set (``resources/icons/``, licence beside them).
Their strokes use ``currentColor``, which Qt's SVG renderer does not resolve, so the SVG text is
tinted before rendering: the same file gives the grey toolbar icon and the red status icon.
A missing icon logs once and falls back to the theme's icon or an empty one, never a crash.
"""

from __future__ import annotations

import logging
from functools import lru_cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QStyleOption

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

class _TintedSvgEngine(QIconEngine):
    """Draws a tinted SVG at the size and pixel ratio asked for, when first asked.

    Rendering every icon at every size up front cost about a millisecond an icon at start-up;
    most are drawn at one or two sizes, some never (menus not yet opened).
    """

    def __init__(self, data: QByteArray, renderer: QSvgRenderer | None = None) -> None:
        super().__init__()
        self._data = data
        self._renderer = renderer
        self._pixmaps: dict[tuple[int, int, float, QIcon.Mode], QPixmap] = {}

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State,
                     scale: float) -> QPixmap:
        key = (size.width(), size.height(), scale, mode)
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            pixmap = self._render(size, mode, scale)
            self._pixmaps[key] = pixmap
        return pixmap

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))

    def clone(self) -> QIconEngine:
        return _TintedSvgEngine(self._data)

    def _render(self, size: QSize, mode: QIcon.Mode, scale: float) -> QPixmap:
        if self._renderer is None:
            self._renderer = QSvgRenderer(self._data)
        pixmap = QPixmap(round(size.width() * scale), round(size.height() * scale))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self._renderer.render(painter, QRectF(0, 0, pixmap.width(), pixmap.height()))
        painter.end()
        if mode == QIcon.Mode.Disabled:
            pixmap = QApplication.style().generatedIconPixmap(mode, pixmap, QStyleOption())
        pixmap.setDevicePixelRatio(scale)
        return pixmap


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
    return QIcon(_TintedSvgEngine(data, renderer))
