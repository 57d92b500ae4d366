"""Charts native to the workbook (openpyxl charts): drawn by Excel or LibreOffice from the
workbook's own cells, so they print as vector graphics, cost nothing to render, and follow the
cells when these change (the reviewed scorecard rewrites the final counts; the charts follow).

Placement: charts sit in a block of rows of fixed height, and `ChartPages` starts a new printed
page (a manual row break) whenever the next chart would not fit below the previous one, so no
page break ever cuts a chart. The sheet holding them is printed at 100 % (no fit-to-page, which
would make Excel ignore the manual breaks), and the charts are no wider than its columns.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

ROW_PT = 15.0  # the height given to every row of the chart block
CM_PER_ROW = ROW_PT / 72 * 2.54
ROWS_PER_PAGE = 44  # A4 portrait with 0.75 in top and bottom margins holds about 48 rows of 15 pt


def _text(size: float, bold: bool = False) -> Any:
    from openpyxl.chart.text import RichText
    from openpyxl.drawing.text import CharacterProperties, Paragraph, ParagraphProperties

    props = CharacterProperties(sz=int(size * 100), b=bold)
    return RichText(p=[Paragraph(pPr=ParagraphProperties(defRPr=props), endParaRPr=props)])


def title(text: str, size: float = 11.5) -> Any:
    """A chart title in a print-sized font; the text is taken literally."""
    from openpyxl.chart.text import RichText, Text
    from openpyxl.chart.title import Title
    from openpyxl.drawing.text import CharacterProperties, Paragraph, ParagraphProperties, RegularTextRun

    from .cell_text import cell_text

    props = CharacterProperties(sz=int(size * 100), b=True)
    para = Paragraph(pPr=ParagraphProperties(defRPr=props), r=[RegularTextRun(rPr=props, t=cell_text(text))])
    return Title(tx=Text(rich=RichText(p=[para])), overlay=False)


def _axes(chart: Any, size: float = 9) -> None:
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.x_axis.txPr = _text(size)
    chart.y_axis.txPr = _text(size)
    chart.x_axis.tickLblSkip = 1  # every category named, never every other one


def _label_values(series: Any, number_format: str | None = None) -> None:
    from openpyxl.chart.label import DataLabelList

    series.dLbls = DataLabelList()
    series.dLbls.showVal = True
    for attr in ("showSerName", "showCatName", "showLegendKey", "showPercent"):
        setattr(series.dLbls, attr, False)
    if number_format:
        series.dLbls.numFmt = number_format


def bar_chart(ws: Any, heading: str, categories: tuple[int, int, int, int], values: tuple[int, int, int, int], *,
              colours: Sequence[str] = (), axis_title: str = "", number_format: str | None = None,
              source: Any = None, width_cm: float = 15.5, height_cm: float = 8.0,
              maximum: float | None = None, step: float | None = None) -> Any:
    """A horizontal bar chart, first category at the top, a value label on each bar.

    `categories` and `values` are (min_col, min_row, max_col, max_row) ranges of `source` (a sheet;
    `ws` when None); `colours` gives each bar its fill (the verdict colours of the scorecard).
    """
    from openpyxl.chart import BarChart, Reference
    from openpyxl.chart.marker import DataPoint

    sheet = source if source is not None else ws
    chart = BarChart()
    chart.type = "bar"
    chart.style = 10
    chart.title = title(heading)
    chart.legend = None
    chart.width, chart.height = width_cm, height_cm
    chart.gapWidth = 60
    data = Reference(sheet, min_col=values[0], min_row=values[1], max_col=values[2], max_row=values[3])
    cats = Reference(sheet, min_col=categories[0], min_row=categories[1], max_col=categories[2], max_row=categories[3])
    chart.add_data(data, titles_from_data=False)
    chart.set_categories(cats)
    series = chart.series[0]
    series.graphicalProperties.line.solidFill = "404040"
    if colours:
        for i, colour in enumerate(colours):
            point = DataPoint(idx=i)
            point.graphicalProperties.solidFill = colour
            point.graphicalProperties.line.solidFill = "404040"
            series.dPt.append(point)
    else:
        series.graphicalProperties.solidFill = "6C8EBF"
    _label_values(series, number_format)
    series.dLbls.txPr = _text(9)
    chart.x_axis.scaling.orientation = "maxMin"  # first row at the top, as in the table
    chart.y_axis.title = axis_title or None
    chart.y_axis.majorGridlines = None
    chart.y_axis.scaling.min = 0
    if maximum is not None:
        chart.y_axis.scaling.max = maximum
    if step is not None:
        chart.y_axis.majorUnit = step
    if number_format:
        chart.y_axis.number_format = number_format
    _axes(chart)
    return chart


def stacked_chart(ws: Any, heading: str, categories: tuple[int, int, int, int], series_cols: Sequence[int],
                  header_row: int, last_row: int, colours: Sequence[str], *, width_cm: float = 15.5,
                  height_cm: float = 8.0, axis_title: str = "", source: Any = None) -> Any:
    """Horizontal stacked bars: one series per column (its header the legend entry)."""
    from openpyxl.chart import BarChart, Reference

    sheet = source if source is not None else ws
    chart = BarChart()
    chart.type = "bar"
    chart.grouping = "stacked"
    chart.overlap = 100
    chart.style = 10
    chart.title = title(heading)
    chart.width, chart.height = width_cm, height_cm
    chart.gapWidth = 50
    for col, colour in zip(series_cols, colours):
        chart.add_data(Reference(sheet, min_col=col, min_row=header_row, max_row=last_row), titles_from_data=True)
        s = chart.series[-1]
        s.graphicalProperties.solidFill = colour
        s.graphicalProperties.line.solidFill = "404040"
    chart.set_categories(Reference(sheet, min_col=categories[0], min_row=categories[1], max_col=categories[2],
                                   max_row=categories[3]))
    chart.x_axis.scaling.orientation = "maxMin"
    chart.y_axis.title = axis_title or None
    chart.y_axis.scaling.min = 0
    chart.legend.position = "b"
    chart.legend.txPr = _text(9)
    chart.y_axis.majorUnit = 1
    _axes(chart)
    return chart


@dataclass
class ChartPages:
    """Places charts one below the other on a sheet, never across a printed page break."""

    ws: Any
    row: int  # next free row
    page_top: int  # first row of the current printed page

    def start_page(self) -> None:
        from openpyxl.worksheet.pagebreak import Break

        if self.row > 1:
            self.ws.row_breaks.append(Break(id=self.row - 1))
        self.page_top = self.row

    def place(self, chart: Any) -> None:
        rows = int(chart.height / CM_PER_ROW) + 2
        if self.row - self.page_top + rows > ROWS_PER_PAGE:
            self.start_page()
        for r in range(self.row, self.row + rows):
            self.ws.row_dimensions[r].height = ROW_PT
        self.ws.add_chart(chart, f"A{self.row}")
        self.row += rows


def max_height_cm() -> float:
    return (ROWS_PER_PAGE - 2) * CM_PER_ROW
