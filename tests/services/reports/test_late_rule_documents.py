"""Late pickups count past closing plus the desk's grace, a setting that may change after a
month was sent to HR: the grid, the HR summary and the overview say which grace they used."""

from __future__ import annotations

import pdfplumber
from report_scenario import NOW, build

from asc_desk.domain.desk_settings import DeskSettings
from asc_desk.reports.hr_summary_pdf import write_hr_summary
from asc_desk.reports.monthly_grid_pdf import write_monthly
from asc_desk.reports.overview_pdf import write_overview_pdf
from asc_desk.services.attendance.attendance_service import AttendanceService
from asc_desk.services.reports.report_data import ReportData, month_overview


def _text(path) -> str:
    with pdfplumber.open(path) as pdf:
        return "".join((p.extract_text() or "") for p in pdf.pages).replace("\n", "")


def test_the_documents_say_which_grace_their_late_count_used(db, tmp_path):
    scenario = build(db)
    data = ReportData(db, now=lambda: NOW)
    c = scenario.center_id
    write_monthly(data.month_grid(c, 2026, 11), tmp_path / "m.pdf")
    write_hr_summary(data.hr_summary(c, 2026, 11), tmp_path / "h.pdf")
    write_overview_pdf(month_overview(data, c, 2026, 11), tmp_path / "o.pdf")
    assert "晚接 1 次（关门后超过 15 分钟接走，按打印时的设置）" in _text(tmp_path / "m.pdf")
    assert "晚接：关门后超过 15 分钟接走（按打印时的设置）" in _text(tmp_path / "h.pdf")
    assert "晚接次数（超过 15 分钟）" in _text(tmp_path / "o.pdf")
    # December: the grace goes up to 45 minutes; November reprinted says so beside its 0.
    AttendanceService(db, "t", now=lambda: NOW).update_settings(c, DeskSettings(45, 2, 15))
    grid = data.month_grid(c, 2026, 11)
    assert grid.late_pickups == 0 and grid.late_grace_minutes == 45
    write_monthly(grid, tmp_path / "m2.pdf")
    write_hr_summary(data.hr_summary(c, 2026, 11), tmp_path / "h2.pdf")
    assert "晚接 0 次（关门后超过 45 分钟接走" in _text(tmp_path / "m2.pdf")
    assert "关门后超过 45 分钟接走" in _text(tmp_path / "h2.pdf")
    # The spreadsheets keep their layout (HR's systems read them): no note added there.
    write_monthly(grid, tmp_path / "m2.csv")
    assert "分钟" not in (tmp_path / "m2.csv").read_text(encoding="utf-8-sig")
