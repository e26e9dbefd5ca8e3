"""The overview's department chart: no department silently dropped, largest first, the axis
scaled to what is shown, and long names kept on the page."""

from __future__ import annotations

from dataclasses import replace

import pdfplumber
import pytest
from report_scenario import NOW, build

from asc_desk.reports.overview_pdf import department_bars, write_overview_pdf
from asc_desk.services.database_service import open_database
from asc_desk.services.reports.hr_figures import DepartmentTotal
from asc_desk.services.reports.report_data import ReportData, month_overview

LONG = "品质保证部国际客户验货与出货检验第二科室（外协）"
LONGER = "华彩玩具有限公司东莞第三生产基地注塑事业部第二注塑车间夜班生产线质量控制与工艺改进小组"


def dept(name: str, days: int, children: int = 1) -> DepartmentTotal:
    return DepartmentTotal(name, 1, children, days, days * 30, 0)


def test_the_largest_departments_then_one_bar_for_the_others():
    many = [dept(f"第{i}号车间", 1) for i in range(1, 41)] + [dept("注塑车间", 26, 4)]
    bars = department_bars(many)
    assert bars[0] == ("注塑车间（4）", 26)
    assert len(bars) == 16 and bars[-1] == ("其他 26 个部门", 26)
    assert sum(n for _label, n in bars) == sum(t.days_present for t in many)
    few = [dept("喷漆车间", 4), dept("注塑车间", 26, 4), dept("装配车间", 9)]
    assert [n for _label, n in department_bars(few)] == [26, 9, 4]
    # Sixteen departments: all named (an "other" bar of one would hide a name for nothing).
    assert len(department_bars([dept(f"第{i}号车间", i) for i in range(1, 17)])) == 16


@pytest.fixture(scope="module")
def overview(tmp_path_factory):
    path = tmp_path_factory.mktemp("ov") / "asc.sqlite3"
    db, _ = open_database(str(path))
    scenario = build(db)
    view = month_overview(ReportData(db, now=lambda: NOW), scenario.center_id, 2026, 11)
    db.dispose()
    return view


def test_forty_departments_show_the_biggest_and_the_others(overview, tmp_path):
    departments = tuple([dept(f"第{i}号车间", 1) for i in range(1, 41)]
                        + [dept("注塑车间", 26, 4), dept(LONG, 3), dept(LONGER, 2)])
    view = replace(overview, hr=replace(overview.hr, departments=departments))
    write_overview_pdf(view, tmp_path / "o.pdf")
    with pdfplumber.open(tmp_path / "o.pdf") as pdf:
        page = pdf.pages[0]
        text = page.extract_text()
        words = page.extract_words()
    assert "注塑车间（4）" in text and "其他 28 个部门" in text
    assert LONG in text.replace("\n", "")
    title = next(w for w in words if w["text"].startswith("各部门托管人次"))
    chart = [w for w in words if w["top"] > title["bottom"]]
    assert min(w["x0"] for w in chart) >= 0 and max(w["x1"] for w in chart) <= page.width
    # The axis reaches the largest bar shown (26 and the others' 28), not only 0-1.
    assert "30" in {w["text"] for w in chart}
