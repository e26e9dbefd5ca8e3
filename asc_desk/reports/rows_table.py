"""One page of a table of fixed-height rows, drawn straight onto the canvas.

ReportLab's platypus Table lays out and draws every cell as its own object: the HR summary
of 10,000 children (about 320 pages, 115,000 cells) spent most of its time there. Here a page
is one flowable that draws one text object, a few filled rectangles and one path of rules.
It looks like a platypus table of figures: a grey grid in a black box, a shaded header row.

A cell whose text fits is one string in the main font. A cell that does not fit is shrunk or
set on two lines (`fit_lines`, as `FitText` does). Text with characters the main font lacks
is drawn run by run, each run in the bundled font that has it (`fonts.runs`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from asc_desk.reports.fonts import FONT, register_font, runs
from asc_desk.reports.output import fit_lines

HEADER_FILL = colors.Color(0.88, 0.88, 0.88)
GRID = colors.grey


class RowsTable(Flowable):
    """A header row and `rows` of strings, each row `row_height` high.

    `aligns`: "left", "right" or "center" for each column (the header is centred).
    `fills`: row index (0 = the first row under the header) -> background colour.
    `rules`: row indexes that get a heavier black line above them (subtotals, totals).
    """

    def __init__(self, header: Sequence[str], rows: Sequence[Sequence[str]],
                 widths: Sequence[float], aligns: Sequence[str], *, size: float,
                 row_height: float, fills: Mapping[int, colors.Color] | None = None,
                 rules: Sequence[int] = (), padding: float = 6, min_size: float = 5.5) -> None:
        super().__init__()
        if not len(header) == len(widths) == len(aligns):
            raise ValueError("a width and an alignment for each column")
        self.header = list(header)
        self.rows = rows
        self.widths = list(widths)
        self.aligns = list(aligns)
        self.size = size
        self.row_height = row_height
        self.fills = dict(fills or {})
        self.rules = list(rules)
        self.padding = padding
        self.min_size = min_size
        self.width = sum(self.widths)
        self.height = row_height * (len(rows) + 1)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        register_font()
        canvas = self.canv
        rh, width, height = self.row_height, self.width, self.height
        canvas.saveState()
        canvas.setFillColor(HEADER_FILL)
        canvas.rect(0, height - rh, width, rh, stroke=0, fill=1)
        for i, colour in self.fills.items():
            canvas.setFillColor(colour)
            canvas.rect(0, height - (i + 2) * rh, width, rh, stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        text = _Text(canvas.beginText())
        self._row(text, self.header, height - rh, ["center"] * len(self.widths))
        for i, row in enumerate(self.rows):
            self._row(text, row, height - (i + 2) * rh, self.aligns)
        canvas.drawText(text.obj)
        self._rules(canvas)
        canvas.restoreState()

    def _row(self, text: _Text, row: Sequence[str], bottom: float,
             aligns: Sequence[str]) -> None:
        x, pad, size = 0.0, self.padding, self.size
        for cell, w, align in zip(row, self.widths, aligns, strict=True):
            avail = w - 2 * pad
            pieces = runs(cell) if cell else []
            if len(pieces) == 1 and pieces[0][0] == FONT:
                cell_width = stringWidth(cell, FONT, size)
                if cell_width <= avail:  # nearly every cell: one string, one font
                    left = _left(x + pad, avail, cell_width, align)
                    text.put(left, _baseline(bottom, self.row_height, size), FONT, size, cell)
                    x += w
                    continue
            if pieces:
                self._fitted(text, cell, x + pad, avail, bottom, align)
            x += w

    def _fitted(self, text: _Text, cell: str, left: float, avail: float, bottom: float,
                align: str) -> None:
        """A cell too wide for one line at the table's size, or in more than one font."""
        lines, size = fit_lines(cell, self.size, self.min_size, avail, self.row_height - 1)
        step = size * 1.1
        # The block of lines centred on the row, as the single lines are.
        y = _baseline(bottom, self.row_height, size) + step * (len(lines) - 1) / 2
        for line in lines:
            pieces = runs(line)
            line_width = sum(stringWidth(p, name, size) for name, p in pieces)
            x = _left(left, avail, line_width, align)
            for name, piece in pieces:
                text.put(x, y, name, size, piece)
                x += stringWidth(piece, name, size)
            y -= step

    def _rules(self, canvas) -> None:
        rh, width, height = self.row_height, self.width, self.height
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.3)
        path = canvas.beginPath()
        for k in range(1, len(self.rows) + 1):
            path.moveTo(0, height - k * rh)
            path.lineTo(width, height - k * rh)
        x = 0.0
        for w in self.widths[:-1]:
            x += w
            path.moveTo(x, 0)
            path.lineTo(x, height)
        canvas.drawPath(path, stroke=1, fill=0)
        canvas.setStrokeColor(colors.black)
        if self.rules:
            canvas.setLineWidth(0.7)
            path = canvas.beginPath()
            for i in self.rules:
                path.moveTo(0, height - (i + 1) * rh)
                path.lineTo(width, height - (i + 1) * rh)
            canvas.drawPath(path, stroke=1, fill=0)
        canvas.setLineWidth(0.8)
        canvas.rect(0, 0, width, height, stroke=1, fill=0)


class _Text:
    """One PDF text object for the page: a font change only when the font or size changes."""

    def __init__(self, obj) -> None:
        self.obj = obj
        self.font: tuple[str, float] | None = None

    def put(self, x: float, y: float, font: str, size: float, s: str) -> None:
        if self.font != (font, size):
            self.obj.setFont(font, size)
            self.font = (font, size)
        self.obj.setTextOrigin(x, y)
        self.obj._textOut(s)  # textOut would measure the string again, for nothing


def _baseline(bottom: float, row_height: float, size: float) -> float:
    # The CJK glyphs' middle sits about 0.37 em above the baseline: centred on the row.
    return bottom + row_height / 2 - 0.37 * size


def _left(left: float, avail: float, width: float, align: str) -> float:
    if align == "right":
        return left + avail - width
    if align == "center":
        return left + (avail - width) / 2
    return left
