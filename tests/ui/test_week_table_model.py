"""The week grid's model without a widget, over a real database: cells, conflicts, the
coverage row (closed days with their reason, holidays, adjusted working days, gaps) and the
drag and drop of shifts."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, Qt

from asc_desk.domain.calendar_rules import OverrideKind
from asc_desk.domain.official_days import OfficialDay, OfficialDayKind
from asc_desk.domain.staff import LeaveDraft, QualificationDraft, ShiftDraft
from asc_desk.ui.models import week_table_model as w
from asc_desk.ui.models.week_table_model import SHIFT_MIME, WeekTableModel, read_week
from tests.ui.shifts_setup import MONDAY, TODAY, WED, Staffed, T, staffed_fixture, staffed_template  # noqa: F401

THU, FRI, SAT = (MONDAY + dt.timedelta(days=i) for i in (3, 4, 5))
DISPLAY, TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole


def model_of(staffed: Staffed, qapp) -> WeekTableModel:
    model = WeekTableModel(today=TODAY)
    model.set_week(read_week(staffed.planning, staffed.shifts, staffed.staff,
                             staffed.programs, staffed.center.id, MONDAY, TODAY))
    return model


def add(staffed: Staffed, who: int, day: dt.date, start: dt.time, end: dt.time, **kw) -> int:
    return staffed.shifts.add_shift(staffed.center.id, ShiftDraft(who, day, start, end, **kw)
                                    ).added[0].id


def test_rows_columns_and_headers(staffed, qapp, translations):
    model = model_of(staffed, qapp)
    assert model.rowCount() == w.FIRST_CAREGIVER_ROW + 3
    assert model.columnCount() == w.COLUMNS == 7
    assert model.headerData(w.MONDAY, Qt.Orientation.Horizontal) == "Mon 11-23\n⚠ 2 missing"
    assert model.headerData(w.TUESDAY, Qt.Orientation.Horizontal) == (  # today
        "● Tue 11-24\n⚠ 2 missing")
    assert model.headerData(w.SATURDAY, Qt.Orientation.Horizontal) == (
        "Sat 11-28\nclosed: weekend")
    names = [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]
    assert names == ["Day and coverage", "李老师", "王老师", "赵同学"]
    assert model.day_of(w.SUNDAY) == MONDAY + dt.timedelta(days=6)


def test_a_shift_shows_its_times_and_program(staffed, qapp, translations):
    shift_id = add(staffed, staffed.li, WED, T(16), T(21), program_id=staffed.program_id,
                   note="作业")
    model = model_of(staffed, qapp)
    index = model.index_of(staffed.li, WED)
    assert index.data(DISPLAY) == "16:00–21:00\n秋季课后班 作业"
    assert index.data(w.SHIFT_IDS_ROLE) == (shift_id,)
    assert index.data(w.CONFLICT_ROLE) is False
    assert model.shifts_at(index)[0].id == shift_id
    assert model.index_of(staffed.wang, WED).data(DISPLAY) == ""
    assert model.line_count(index.row()) == 2
    assert model.flags(index) & Qt.ItemFlag.ItemIsDragEnabled
    assert not model.flags(model.index_of(staffed.wang, WED)) & Qt.ItemFlag.ItemIsDragEnabled


def test_a_conflict_is_marked_in_words_colour_and_tooltip(staffed, qapp, translations):
    add(staffed, staffed.li, WED, T(16), T(21))
    add(staffed, staffed.li, WED, T(20), T(22))
    add(staffed, staffed.wang, SAT, T(9), T(12))  # the center is closed on Saturdays
    model = model_of(staffed, qapp)
    index = model.index_of(staffed.li, WED)
    assert index.data(w.CONFLICT_ROLE) is True
    assert "⚠ 20:00–22:00" in index.data(DISPLAY)
    assert index.data(Qt.ItemDataRole.BackgroundRole) == w.CONFLICT_BG
    assert "overlaps another shift" in index.data(TOOLTIP)
    saturday = model.index_of(staffed.wang, SAT)
    assert saturday.data(DISPLAY) == "⚠ 09:00–12:00"
    assert "on a day the center is closed" in saturday.data(TOOLTIP)


def test_leave_and_expiring_qualifications(staffed, qapp, translations):
    staffed.staff.add_leave(staffed.wang, LeaveDraft(THU, FRI))
    staffed.staff.add_qualification(staffed.zhao, QualificationDraft(
        "健康证", TODAY + dt.timedelta(days=20)))
    model = model_of(staffed, qapp)
    assert model.index_of(staffed.wang, THU).data(DISPLAY) == "On leave"
    assert model.index_of(staffed.wang, WED).data(DISPLAY) == ""
    row = model.index_of(staffed.zhao, WED).row()
    assert model.headerData(row, Qt.Orientation.Vertical) == "⚠ 赵同学"
    assert "健康证 expires on 2026-12-14" in model.headerData(row, Qt.Orientation.Vertical,
                                                               TOOLTIP)


def test_coverage_row_open_short_and_covered(staffed, qapp, translations):
    for who in (staffed.li, staffed.wang):
        add(staffed, who, WED, T(16), T(21))
    add(staffed, staffed.li, THU, T(16), T(18))  # 18:00-20:30 short of two
    model = model_of(staffed, qapp)
    wed = model.index_of(None, WED)
    assert wed.row() == w.COVERAGE_ROW
    assert wed.data(DISPLAY) == "Open\n16:30–20:30\n3 children\n✓ Covered"
    assert model.headerData(w.WEDNESDAY, Qt.Orientation.Horizontal) == "Wed 11-25\n✓ covered"
    assert wed.data(w.GAP_ROLE) is False
    thu = model.index_of(None, THU)
    assert thu.data(DISPLAY) == "Open\n16:30–20:30\n3 children\n⚠ 4h short\n2 missing"
    assert thu.data(w.GAP_ROLE) is True
    assert thu.data(Qt.ItemDataRole.BackgroundRole) == w.GAP_BG
    runs = model.gap_runs(THU)  # the minimum of 2 on duty: 1 then 0 scheduled
    assert [(f"{r.starts_at:%H:%M}", f"{r.ends_at:%H:%M}", r.missing) for r in runs] == [
        ("16:30", "18:00", 1.0), ("18:00", "20:30", 2.0)]
    assert model.gap_text(runs[1]) == ("18:00–20:30: 3 children need 2 caregivers, "
                                       "0 scheduled (2 missing)")
    assert "16:30–18:00" in thu.data(TOOLTIP)


def test_closed_days_say_why(staffed, qapp, translations):
    staffed.calendar.set_override(staffed.center.id, THU, THU, OverrideKind.CLOSED, "停电")
    staffed.calendar.enter_official_days([
        OfficialDay(FRI, OfficialDayKind.HOLIDAY, "国庆节"),
        OfficialDay(SAT, OfficialDayKind.WORKDAY, "国庆节")])
    model = model_of(staffed, qapp)
    assert model.index_of(None, THU).data(DISPLAY) == "Closed\n停电"
    assert model.index_of(None, FRI).data(DISPLAY) == "Closed\nNational Day"
    assert model.index_of(None, FRI).data(Qt.ItemDataRole.BackgroundRole) == w.HOLIDAY_BG
    saturday = model.index_of(None, SAT).data(DISPLAY)
    assert saturday.startswith("Adjusted working day\n16:30–20:30")
    assert model.index_of(None, MONDAY + dt.timedelta(days=6)).data(DISPLAY) == (
        "Closed\nweekend")
    # The headers, which stay in sight, mark them too.
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(w.COLUMNS)]
    assert header[w.THURSDAY] == "Thu 11-26\nclosed: 停电"
    assert header[w.FRIDAY] == "Fri 11-27\nclosed: National Day"
    # Open by the calendar, but the children come Monday to Friday: nobody is needed.
    assert header[w.SATURDAY] == "Sat 11-28\nadjusted workday\n✓ covered"
    assert header[w.SUNDAY] == "Sun 11-29\nclosed: weekend"


def test_holiday_names_follow_the_window_language(staffed, qapp, translations):
    """The user trial: the English window showed 国庆节. The official data knows both names:
    English in the English window, Chinese under zh_CN (the package's days, and days entered
    by hand in Chinese)."""
    package = WeekTableModel(today=TODAY)  # National Day 2026 from chinesecalendar
    package.set_week(read_week(staffed.planning, staffed.shifts, staffed.staff,
                               staffed.programs, staffed.center.id, dt.date(2026, 10, 5),
                               TODAY))
    national = package.index_of(None, dt.date(2026, 10, 5))
    assert national.data(DISPLAY) == "Closed\nNational Day"
    staffed.calendar.enter_official_days([OfficialDay(FRI, OfficialDayKind.HOLIDAY, "元旦")])
    model = model_of(staffed, qapp)  # entered for 2026: they replace the package's year
    assert model.index_of(None, FRI).data(DISPLAY) == "Closed\nNew Year's Day"
    assert model.headerData(w.FRIDAY, Qt.Orientation.Horizontal) == (
        "Fri 11-27\nclosed: New Year's Day")
    translations.apply("zh_CN")
    assert national.data(DISPLAY).endswith("\n国庆节")
    assert model.index_of(None, FRI).data(DISPLAY).endswith("\n元旦")
    assert model.headerData(w.FRIDAY, Qt.Orientation.Horizontal).endswith("元旦")


def test_drag_and_drop_asks_the_page_to_move(staffed, qapp, qtbot, translations):
    shift_id = add(staffed, staffed.li, WED, T(16), T(21))
    model = model_of(staffed, qapp)
    source = model.index_of(staffed.li, WED)
    data = model.mimeData([source])
    assert data.hasFormat(SHIFT_MIME) and model.mimeTypes() == [SHIFT_MIME]
    target = model.index_of(staffed.wang, THU)
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, target)
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1,
                                     model.index_of(None, THU))
    with qtbot.waitSignal(model.move_requested) as moved:
        # False: the model removes nothing itself; the page moves and reads the week again.
        assert model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, target) is False
    assert moved.args == [[shift_id], staffed.wang, THU]
    with qtbot.assertNotEmitted(model.move_requested):
        model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, source)  # the same cell
        model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, QModelIndex())


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_retranslate_keeps_the_cells(staffed, qapp, translations, language):
    add(staffed, staffed.li, WED, T(16), T(21))
    model = model_of(staffed, qapp)
    translations.apply(language)
    model.retranslate()
    assert model.index_of(staffed.li, WED).data(DISPLAY) == "16:00–21:00"
