"""Icons: tinted SVGs drawn when first asked, at the size and pixel ratio asked."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from cabinet_desktop.ui import icons

pytestmark = pytest.mark.gui


def _colours(pixmap: QPixmap) -> Counter[str]:
    image = pixmap.toImage()
    return Counter(image.pixelColor(x, y).name() for x in range(image.width())
                   for y in range(image.height()) if image.pixelColor(x, y).alpha() > 200)


def test_icon_is_drawn_in_its_colour_at_each_size(qapp) -> None:  # type: ignore[no-untyped-def]
    red = icons.icon("alarm", icons.RED)
    for size in (16, 20, 32, 48):
        pixmap = red.pixmap(size, size)
        assert (pixmap.width(), pixmap.height()) == (size, size)
        assert _colours(pixmap).most_common(1)[0][0] == QColor(icons.RED).name()
    assert _colours(icons.icon("alarm", icons.GREEN).pixmap(20, 20)).most_common(1)[0][0] == (
        QColor(icons.GREEN).name())


def test_icon_is_sharp_on_a_high_density_screen(qapp) -> None:  # type: ignore[no-untyped-def]
    pixmap = icons.icon("search").pixmap(QSize(20, 20), 2.0)
    assert (pixmap.width(), pixmap.height()) == (40, 40)  # drawn at 40 px, not scaled up
    assert pixmap.devicePixelRatio() == 2.0


def test_disabled_icon_is_greyed_and_painting_works(qapp) -> None:  # type: ignore[no-untyped-def]
    icon = icons.icon("alarm", icons.RED)
    disabled = icon.pixmap(QSize(20, 20), QIcon.Mode.Disabled)
    assert QColor(icons.RED).name() not in _colours(disabled)
    target = QPixmap(24, 24)
    target.fill(QColor("white"))
    painter = QPainter(target)
    icon.paint(painter, 2, 2, 20, 20)
    painter.end()
    assert QColor(icons.RED).name() in _colours(target)


def test_missing_icon_is_logged_and_falls_back(qapp, caplog) -> None:  # type: ignore[no-untyped-def]
    with caplog.at_level("WARNING", logger="cabinet_desktop.ui.icons"):
        fallback = icons.icon("no-such-icon-anywhere")
    assert isinstance(fallback, QIcon)
    assert "no-such-icon-anywhere" in caplog.text
