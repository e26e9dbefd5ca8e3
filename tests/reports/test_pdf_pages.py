"""The page frame every document shares: a long legend stays beside the page number."""

from __future__ import annotations

import pdfplumber
import pytest
from reportlab.lib.pagesizes import A4, LETTER, landscape, portrait

from asc_desk.reports.monthly_grid_pdf import LEGEND
from asc_desk.reports.output import FitText
from asc_desk.reports.pdf_pages import PageText, build_pdf


@pytest.mark.parametrize("pagesize", [landscape(A4), landscape(LETTER), portrait(LETTER)],
                         ids=["a4-landscape", "letter-landscape", "letter-portrait"])
def test_the_legend_never_runs_into_the_page_number(tmp_path, pagesize):
    target = tmp_path / "legend.pdf"
    build_pdf(str(target), pagesize, PageText("标题", "中心", "打印时间", LEGEND),
              [[FitText("内容")]])
    with pdfplumber.open(target) as pdf:
        page = pdf.pages[0]
        bottom = [c for c in page.chars if c["top"] > page.height - 40]
    text = "".join(c["text"] for c in bottom)
    number = [c for c in bottom if c["text"] == "第"]
    assert number, text
    legend = [c for c in bottom if c["x0"] < number[-1]["x0"] - 1]
    # Every character of the legend is printed, and all of them left of the page number.
    assert "".join(c["text"] for c in legend).replace(" ", "") == LEGEND.replace(" ", "")
    assert max(c["x1"] for c in legend) < number[-1]["x0"]
    assert min(c["x0"] for c in bottom) >= 27  # inside the page's margin
