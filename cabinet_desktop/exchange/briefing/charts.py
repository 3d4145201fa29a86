"""Small vector trend charts for the indicator scorecard (reportlab graphics, not images)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine
from reportlab.lib import colors

from cabinet_desktop.exchange.briefing.fonts import REGULAR
from cabinet_desktop.exchange.briefing.styles import GREY, RULE, STATUS_COLOURS

WIDTH = 58.0
HEIGHT = 18.0


def trend_chart(history: Sequence[float], target: float | None, status_key: str,
                width: float = WIDTH, height: float = HEIGHT) -> Drawing:
    """A sparkline of ``history`` (oldest first) with the target as a dashed line.

    The last point is drawn in the status colour; a single value is a dot, no value an empty
    drawing of the same size (the table keeps its rhythm).
    """
    drawing = Drawing(width, height)
    drawing.initialFontName = REGULAR  # else the renderer references Times, unused
    values = [float(v) for v in history]
    if not values:
        return drawing
    span = [*values, *( [float(target)] if target is not None else [])]
    low, high = min(span), max(span)
    if high - low < 1e-12:
        low, high = low - 1.0, high + 1.0
    pad = 2.5

    def y(value: float) -> float:
        return pad + (value - low) / (high - low) * (height - 2 * pad)

    step = (width - 2 * pad) / max(len(values) - 1, 1)
    points: list[float] = []
    for index, value in enumerate(values):
        points += [pad + index * step, y(value)]
    if target is not None:
        drawing.add(Line(pad, y(float(target)), width - pad, y(float(target)),
                         strokeColor=RULE, strokeWidth=0.6, strokeDashArray=[1.5, 1.5]))
    if len(values) > 1:
        drawing.add(PolyLine(points, strokeColor=GREY, strokeWidth=0.9))
    colour = STATUS_COLOURS.get(status_key, GREY)
    drawing.add(Circle(points[-2], points[-1], 1.8, fillColor=colour, strokeColor=colour,
                       strokeWidth=0.3))
    return drawing


def status_dot(status_key: str, size: float = 7.0) -> Drawing:
    """A filled dot in the colour of a status (green, amber, red, unknown)."""
    drawing = Drawing(size, size)
    drawing.initialFontName = REGULAR
    colour = STATUS_COLOURS.get(status_key, GREY)
    drawing.add(Circle(size / 2, size / 2, size / 2 - 0.5, fillColor=colour,
                       strokeColor=colors.white, strokeWidth=0.3))
    return drawing
