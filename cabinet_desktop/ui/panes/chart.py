"""The indicator chart: measured values against the baseline and the yearly targets."""

from __future__ import annotations

from PySide6.QtCharts import (
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import QWidget

from cabinet_desktop.domain.rules import period_year
from cabinet_desktop.i18n import translate
from cabinet_desktop.services.rows import Record
from cabinet_desktop.ui import icons

#: room kept around a period label on the time axis, and for the value axis' labels, in pixels
LABEL_GAP, VALUE_LABELS = 16, 70


class IndicatorChart(QChartView):
    """Values by period (a solid line where validated, dashed with hollow points where
    provisional), baseline (dashed grey line) and each year's target (a diamond at the year's
    last period: the target is what that period should reach)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(200)
        self._record: Record | None = None
        self._labels = 0
        self._label_font = QCategoryAxis().labelsFont()
        self.show_indicator(None)

    def _label_count(self) -> int:
        """How many period labels the time axis has room for at the chart's width."""
        periods = [m["period"] for m in (self._record.related.get("measurements", ())
                                         if self._record is not None else ())]
        widest = max((QFontMetrics(self._label_font).horizontalAdvance(p) for p in periods),
                     default=0)
        return max(2, (self.width() - VALUE_LABELS) // (widest + LABEL_GAP))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._record is not None and self._label_count() != self._labels:
            self.show_indicator(self._record)  # as many labels as the new width holds

    def show_indicator(self, record: Record | None) -> None:
        self._record = record
        chart = QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setBackgroundRoundness(0)
        # axis labels as the rest of the product writes numbers: 3,4 not 3.4 (both languages)
        chart.setLocale(QLocale(QLocale.Language.French, QLocale.Country.France))
        chart.setLocalizeNumbers(True)
        measurements = list(record.related.get("measurements", ())) if record else []
        if record is None or not measurements:
            chart.setTitle(translate("Chart", "Aucune mesure à représenter"))
            self.setChart(chart)
            return
        chart.setTitle(translate("Chart", "Valeurs mesurées, référence et cibles"))
        periods = [m["period"] for m in measurements]
        points = [QPointF(x, float(m["value"])) for x, m in enumerate(measurements)]
        provisional = [x for x, m in enumerate(measurements) if not m.get("validated")]
        # validated values as a solid line; from the last validated one on, the provisional
        # values dashed, each drawn as a hollow point
        last_validated = max((x for x in range(len(points)) if x not in provisional),
                             default=-1)
        tail_from = max(last_validated, 0) if provisional and provisional[-1] > last_validated \
            else len(points)
        values = QLineSeries()
        values.setName(translate("Chart", "Valeur validée"))
        values.setPen(QPen(QColor(icons.BLUE), 2.5))
        values.setPointsVisible(True)
        for point in points[:tail_from + 1] if last_validated >= 0 else ():
            values.append(point)
        series: list[QLineSeries | QScatterSeries] = [values]
        if provisional:
            tail = QLineSeries()
            tail.setName(translate("Chart", "Valeur provisoire"))
            dashed = QPen(QColor(icons.BLUE), 2)
            dashed.setStyle(Qt.PenStyle.DashLine)
            tail.setPen(dashed)
            for point in points[tail_from:] if tail_from < len(points) else ():
                tail.append(point)
            hollow = QScatterSeries()
            hollow.setObjectName("provisional")
            hollow.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeCircle)
            hollow.setMarkerSize(10)
            hollow.setColor(QColor("white"))
            hollow.setBorderColor(QColor(icons.BLUE))
            for x in provisional:
                hollow.append(points[x])
            series += [tail, hollow]
        numbers = [float(m["value"]) for m in measurements]
        baseline = record.get("baseline_value")
        if baseline is not None:
            base = QLineSeries()
            base.setName(translate("Chart", "Valeur de référence"))
            pen = QPen(QColor(icons.GREY), 1.5)
            pen.setStyle(Qt.PenStyle.DashLine)
            base.setPen(pen)
            base.append(QPointF(0, float(baseline)))
            base.append(QPointF(max(len(periods) - 1, 1), float(baseline)))
            series.append(base)
            numbers.append(float(baseline))
        targets = {t["year"]: float(t["value"]) for t in record.related.get("targets", ())}
        if targets:
            marks = QScatterSeries()
            marks.setName(translate("Chart", "Cible de l'année"))
            marks.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeRotatedRectangle)
            marks.setMarkerSize(11)
            marks.setColor(QColor(icons.GREEN))
            last_of_year: dict[int, int] = {}
            for x, period in enumerate(periods):
                try:
                    last_of_year[period_year(period)] = x
                except ValueError:
                    continue
            for year, x in last_of_year.items():
                if year in targets:
                    marks.append(QPointF(x, targets[year]))
                    numbers.append(targets[year])
            series.append(marks)
        for item in series:
            chart.addSeries(item)
        for item in series:  # the hollow points go with the dashed line's legend entry
            if item.objectName() == "provisional" or not item.count():
                for marker in chart.legend().markers(item):
                    marker.setVisible(False)
        axis_x = QCategoryAxis()
        axis_x.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        # QtCharts cuts each label to the plot's width over the number of categories (« 20… »)
        # though they are far apart: the labels below are spaced to be read whole
        axis_x.setTruncateLabels(False)
        axis_x.setLabelsFont(self._label_font)
        # labels far enough apart to be read whole
        self._labels = self._label_count()
        step = -(-len(periods) // self._labels)
        for x, period in enumerate(periods):
            if x % step == 0:
                axis_x.append(period, x)
        axis_x.setRange(-0.3, max(len(periods) - 1, 1) + 0.3)
        axis_y = QValueAxis()
        low, high = min(numbers), max(numbers)
        pad = (high - low) * 0.1 or abs(high) * 0.1 or 1
        axis_y.setRange(low - pad, high + pad)
        axis_y.setTickCount(5)
        axis_y.applyNiceNumbers()  # 70, 80, 90 rather than 69, 76, 83
        axis_y.setLabelFormat("%.0f" if high - low >= 4 else "%.1f")
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        for item in series:
            item.attachAxis(axis_x)
            item.attachAxis(axis_y)
        self.setChart(chart)
