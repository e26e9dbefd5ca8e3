"""Monthly overview with charts (reportlab.graphics): attendance per day, the attendance rate
against the month before, children, child-days and families served, by department."""

from __future__ import annotations

from pathlib import Path

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.platypus import Spacer, Table, TableStyle

from asc_desk.reports.fonts import FONT, register_font, string_width, unprintable
from asc_desk.reports.output import Written, fit_lines, paper, write_atomically
from asc_desk.reports.pdf_pages import PageText, build_pdf, usable_width
from asc_desk.services.reports.report_data import MonthOverview

BAR = colors.Color(0.35, 0.35, 0.35)


def _percent(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.1f}%"


def write_overview_pdf(view: MonthOverview, path: Path, paper_name: str = "a4") -> Written:
    pagesize = paper(paper_name)
    register_font()
    width = usable_width(pagesize)
    grid, hr = view.grid, view.hr
    missing = unprintable([grid.center_name] + [d.department for d in hr.departments])
    rate, before = MonthOverview.rate(grid), MonthOverview.rate(view.previous)
    figures = [
        ["服务儿童", f"{view.children_served} 人", "托管人次", f"{grid.days_present}"],
        ["服务家庭（家长员工）", f"{view.families_served} 户", "托管小时", f"{grid.hours:.1f}"],
        ["出勤率", _percent(rate), f"上月（{view.previous.month}月）", _percent(before)],
        [f"晚接次数（超过 {grid.late_grace_minutes} 分钟）"
         if grid.late_grace_minutes is not None else "晚接次数", f"{grid.late_pickups}", "开放天数",
         f"{sum(1 for d in grid.days if not d.closed)}"],
    ]
    table = Table(figures, colWidths=[width * 0.3, width * 0.2, width * 0.3, width * 0.2],
                  rowHeights=20, style=TableStyle([
                      ("FONT", (0, 0), (-1, -1), FONT, 10),
                      ("FONTSIZE", (1, 0), (1, -1), 12), ("FONTSIZE", (3, 0), (3, -1), 12),
                      ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                      ("BACKGROUND", (0, 0), (0, -1), colors.Color(0.92, 0.92, 0.92)),
                      ("BACKGROUND", (2, 0), (2, -1), colors.Color(0.92, 0.92, 0.92)),
                      ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story = [table, Spacer(1, 14), _per_day(grid, width), Spacer(1, 14),
             _departments(hr, width)]
    text = PageText(f"{grid.year}年{grid.month}月 托管服务概览", grid.center_name,
                    f"打印时间：{grid.made_at:%Y-%m-%d %H:%M}",
                    "出勤率 = 出勤人次 ÷（出勤人次 + 缺勤天数 + 应到未记录天数）；休息日不计。"
                    "服务家庭：有孩子出勤的家庭，父母都在本厂只计一户。")
    written = {"pages": 0}

    def write(temp: str) -> None:
        written["pages"] = build_pdf(temp, pagesize, text, [story])

    write_atomically(path, write)
    return Written(path, written["pages"], missing)


def _title(drawing: Drawing, text: str, y: float) -> None:
    drawing.add(String(0, y, text, fontName=FONT, fontSize=11))


def count_axis(axis, top: float) -> None:
    """A value axis of counts (children, days): whole-number ticks from 0, at most about
    eight, so a short month's 2 children never show 0.5 or 1.5."""
    top = max(1, int(-(-top // 1)))
    step = next(s * m for m in (1, 10, 100, 1000, 10_000) for s in (1, 2, 5)
                if top / (s * m) <= 8)
    axis.valueMin = 0
    axis.valueMax = -(-top // step) * step
    axis.valueStep = step
    axis.labelTextFormat = "%d"


def _per_day(grid, width: float) -> Drawing:
    d = Drawing(width, 210, initialFontName=FONT)  # else Helvetica, set though never drawn
    _title(d, "每日出勤人数", 196)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 30, 24, width - 40, 160
    chart.data = [[day.present for day in grid.days]]
    chart.bars[0].fillColor = BAR
    chart.categoryAxis.categoryNames = [str(day.date.day) for day in grid.days]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    count_axis(chart.valueAxis, max((day.present for day in grid.days), default=0))
    d.add(chart)
    return d


TOP_DEPARTMENTS = 15  # bars on the page; the rest are one "其他 N 个部门" bar
ROW = 18  # height of a department's bar
LABEL_SIZE = 8
LABEL_SHARE = 0.4  # at most this share of the width for the labels (then they shrink, wrap)


def department_bars(departments, top: int = TOP_DEPARTMENTS) -> list[tuple[str, int]]:
    """(label, child-days) of the chart's bars, largest first: every department when they
    fit, else the `top` largest and one bar for the others (named with how many), last.
    None is dropped silently: the bars add up to the departments' child-days."""
    ranked = sorted(departments, key=lambda t: -t.days_present)  # stable: ties keep HR's order
    bars = [(f"{t.department}（{t.children}）", t.days_present) for t in ranked]
    if len(bars) <= top + 1:  # "其他 1 个部门" would hide a name for nothing
        return bars
    rest = ranked[top:]
    return bars[:top] + [(f"其他 {len(rest)} 个部门", sum(t.days_present for t in rest))]


def _departments(hr, width: float) -> Drawing:
    bars = department_bars(hr.departments)
    height = 40 + ROW * max(1, len(bars))
    d = Drawing(width, height + 20, initialFontName=FONT)
    _title(d, "各部门托管人次（服务儿童数）", height + 6)
    if not bars:
        d.add(String(0, height - 20, "本月没有数据。", fontName=FONT, fontSize=10))
        return d
    # The labels are drawn here, not by the axis: the axis right-aligns them at the chart's
    # left edge, and a long department ran off the page. The label column is as wide as the
    # longest label (up to LABEL_SHARE), and a longer one shrinks, then takes two lines.
    room = width * LABEL_SHARE
    label_width = min(room, max(string_width(label, LABEL_SIZE) for label, _n in bars))
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width + 8, 10
    chart.width, chart.height = width - chart.x - 30, height - 20
    chart.data = [[n for _label, n in reversed(bars)]]
    chart.bars[0].fillColor = BAR
    chart.categoryAxis.categoryNames = [label for label, _n in reversed(bars)]
    chart.categoryAxis.visibleLabels = 0
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    count_axis(chart.valueAxis, max(n for _label, n in bars))
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 8
    d.add(chart)
    step = chart.height / len(bars)
    for i, (label, _n) in enumerate(reversed(bars)):
        lines, size = fit_lines(label, LABEL_SIZE, 6, label_width, step)
        middle = chart.y + (i + 0.5) * step
        top_line = middle + (len(lines) - 1) * size * 0.55 - size * 0.35
        for k, line in enumerate(lines):
            d.add(String(label_width + 4, top_line - k * size * 1.1, line, fontName=FONT,
                         fontSize=size, textAnchor="end"))
    return d
