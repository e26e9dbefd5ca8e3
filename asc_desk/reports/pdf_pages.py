"""A document of fixed pages: each page one platypus Table (long documents stay linear),
a title and a footer drawn on the canvas, with "第 x 页 / 共 y 页"."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Table,
)

from asc_desk.reports.fonts import FONT, draw_text, register_font, string_width
from asc_desk.reports.output import MARGIN, FitText, fit_lines

TITLE_SPACE = 46  # points above the table: title and the line under it
FOOTER_SPACE = 22


@dataclass(frozen=True)
class PageText:
    title: str
    subtitle: str  # center, period, program
    right: str  # printed-at
    footer: str = ""  # a legend of the marks, on every page


def closing_note(status: str, note: str | Sequence[str], width: float) -> Table:
    """Under the last page's table: a sentence about the whole document (e.g. "no data this
    month", or nothing) and the note explaining the figures, each fitted on its line (a
    note given as lines: one line each, set close, so a long note stays readable)."""
    if isinstance(note, str):
        return Table([[FitText(status, 11)], [FitText(note, 7.5)]], colWidths=[width],
                     style=[("FONT", (0, 0), (-1, -1), FONT, 7.5)])  # not Helvetica
    return Table([[FitText(status, 11)]] + [[FitText(line, 7.5)] for line in note],
                 colWidths=[width], style=[("FONT", (0, 0), (-1, -1), FONT, 7.5),
                                           ("TOPPADDING", (0, 1), (-1, -1), 1),
                                           ("BOTTOMPADDING", (0, 1), (-1, -1), 1)])


def late_rule(grace_minutes: int | None) -> str:
    """What a late pickup meant when the document was made: the grace is a desk setting, so
    a past month reprinted after it changed counts differently, and says by what rule."""
    if grace_minutes is None:
        return "关门后超过宽限时间接走"
    return f"关门后超过 {grace_minutes} 分钟接走"


def usable_height(pagesize: tuple[float, float]) -> float:
    return pagesize[1] - 2 * MARGIN - TITLE_SPACE - FOOTER_SPACE


def usable_width(pagesize: tuple[float, float]) -> float:
    return pagesize[0] - 2 * MARGIN


def build_pdf(target: str, pagesize: tuple[float, float], text: PageText,
              pages: Sequence[Sequence[Flowable]], *, author: str = "") -> int:
    """Writes the pages to `target`; returns the page count. Each page's flowables must fit
    one page (the callers size their tables from usable_height)."""
    register_font()
    total = max(1, len(pages))
    width, height = pagesize

    def decorate(canvas, doc) -> None:
        canvas.saveState()
        page = canvas.getPageNumber()
        top = height - MARGIN
        # Titles carry the center's and children's names: each run in a font that has it.
        draw_text(canvas, width / 2, top - 15, text.title, 15, "center")
        draw_text(canvas, MARGIN, top - 34, text.subtitle, 8.5)
        draw_text(canvas, width - MARGIN, top - 34, text.right, 8.5, "right")
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, top - 39, width - MARGIN, top - 39)
        canvas.setFont(FONT, 7.5)
        number = f"第 {page} 页 / 共 {total} 页"
        canvas.drawRightString(width - MARGIN, MARGIN - 4, number)
        if text.footer:
            # Fitted beside the page number (Letter is narrower than A4): shrunk, else on
            # two lines, the first one above.
            room = width - 2 * MARGIN - string_width(number, 7.5) - 12
            lines, size = fit_lines(text.footer, 7.5, 5.5, room)
            y = MARGIN - 4 + (len(lines) - 1) * size * 1.1
            for line in lines:
                draw_text(canvas, MARGIN, y, line, size)
                y -= size * 1.1
        canvas.restoreState()

    frame = Frame(MARGIN, MARGIN + FOOTER_SPACE - 12, width - 2 * MARGIN,
                  height - 2 * MARGIN - TITLE_SPACE - FOOTER_SPACE + 12,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    doc = BaseDocTemplate(target, pagesize=pagesize, pageTemplates=[
        PageTemplate("page", [frame], onPage=decorate)],
        leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN,
        title=text.title, author=author, creator="ASC Desk", invariant=True,
        # The canvas starts in this font: else every page lists a Helvetica that is never
        # drawn and not embedded (pdffonts shows it "emb no"; strict checkers refuse it).
        initialFontName=FONT)
    story: list[Flowable] = []
    for i, page in enumerate(pages or [[]]):
        if i:
            story.append(PageBreak())
        story.extend(page)
    doc.build(story)
    return doc.page
