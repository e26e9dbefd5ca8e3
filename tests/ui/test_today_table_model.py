"""The Today table model without a widget: grouping, words and colours, times, alerts."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from asc_desk.domain.attendance_rules import AbsenceReason, ChildDayState, DayRecord
from asc_desk.services.attendance.attendance_service import ChildDay, DayView
from asc_desk.services.attendance.expected_children import ChildOfDay
from asc_desk.ui.models import today_table_model as m
from asc_desk.ui.models.today_table_model import TodayTableModel

TZ = ZoneInfo("Asia/Shanghai")
DAY = dt.date(2026, 11, 25)
S = ChildDayState
DISPLAY = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def model(qapp, translations):
    return TodayTableModel()


def at(hour: int, minute: int) -> dt.datetime:
    return dt.datetime(2026, 11, 25, hour, minute, tzinfo=TZ)


def child_day(id_: int, name: str, state: ChildDayState = S.EXPECTED, *, check_in=None,
              check_out=None, pickup=None, absence=None, overrides=(), late=None,
              shift_ends=None, shifts=(), allergies="", phones=("13800000000",)) -> ChildDay:
    child = ChildOfDay(id_, name, f"CARD{id_}", f"2026{id_:03d}", state not in (
        S.UNEXPECTED_PRESENT, S.UNEXPECTED_COLLECTED), "2026秋季学期课后班", dt.time(16, 30),
        dt.time(20, 30), dt.date(2026, 9, 1), ("丁志明",), phones, ("丁志明", "刘玉兰"),
        tuple(shifts), allergies)
    record = DayRecord(state, check_in, check_out, pickup, absence, tuple(overrides))
    return ChildDay(child, record, late, shift_ends)


def view(*children: ChildDay) -> DayView:
    return DayView(DAY, ("2026秋季学期课后班",), tuple(children), {}, None, 0, True)


def cell(model: TodayTableModel, row: int, column: int, role=DISPLAY):
    return model.index(row, column).data(role)


def names(model: TodayTableModel) -> list[str]:
    return [cell(model, r, m.NAME) for r in range(model.rowCount())]


def test_rows_are_grouped_by_state_then_sorted_by_pinyin(model):
    model.set_day(view(
        child_day(1, "张伟", S.COLLECTED, check_in=at(16, 31), check_out=at(19, 5),
                  pickup="丁志明"),
        child_day(2, "王芳", S.EXPECTED),
        child_day(3, "陈静", S.PRESENT, check_in=at(16, 35)),
        child_day(4, "李娜", S.ABSENT, absence=AbsenceReason.SICK),
        child_day(5, "阿明", S.EXPECTED),
        child_day(6, "赵雷", S.UNEXPECTED_PRESENT, check_in=at(16, 50)),
    ), TZ)
    assert names(model) == ["陈静", "赵雷", "阿明", "王芳", "张伟", "李娜"]
    assert model.columnCount() == m.COLUMNS == 7
    assert model.row_of(4) == 5 and model.child_at(5).child.name == "李娜"
    assert model.child_at(99) is None and model.row_of(99) is None
    assert cell(model, 0, m.NAME, m.CHILD_ROLE) == 3


def test_state_is_told_by_words_and_colour(model):
    model.set_day(view(
        child_day(1, "陈静", S.PRESENT, check_in=at(16, 35)),
        child_day(2, "赵雷", S.UNEXPECTED_PRESENT, check_in=at(16, 50)),
        child_day(3, "阿明", S.EXPECTED),
        child_day(4, "张伟", S.COLLECTED, check_in=at(16, 31), check_out=at(19, 5),
                  pickup="丁志明"),
        child_day(5, "李娜", S.ABSENT, absence=AbsenceReason.SICK),
    ), TZ)
    words = [cell(model, r, m.STATE) for r in range(5)]
    assert words == ["Present", "Came unexpected", "To arrive", "Collected", "Absent: sick"]
    colours = {cell(model, r, m.STATE, Qt.ItemDataRole.BackgroundRole).name()
               for r in range(5)}
    assert len(colours) == 5
    assert cell(model, 0, m.NAME, Qt.ItemDataRole.ForegroundRole).name() == "#1e4620"
    assert cell(model, 0, m.CHECK_IN) == "16:35"
    assert cell(model, 3, m.CHECK_OUT) == "19:05 · 丁志明"
    assert cell(model, 2, m.CHECK_IN) == "" and cell(model, 2, m.CHECK_OUT) == ""
    assert cell(model, 0, m.PROGRAM) == "2026秋季学期课后班"
    assert cell(model, 0, m.PHONES) == "13800000000"


def test_times_are_shown_in_the_centers_time_zone(model):
    utc = dt.datetime(2026, 11, 25, 8, 40, tzinfo=dt.UTC)
    model.set_day(view(child_day(1, "陈静", S.PRESENT, check_in=utc)), TZ)
    assert cell(model, 0, m.CHECK_IN) == "16:40"


def test_a_late_child_says_how_long_and_is_red(model):
    model.set_day(view(child_day(1, "陈静", S.PRESENT, check_in=at(16, 35), late=25),
                       child_day(2, "王芳", S.PRESENT, check_in=at(16, 36))), TZ, at(21, 10))
    assert "Waiting 25 min" in cell(model, 0, m.ALERTS)
    assert cell(model, 0, m.NAME, m.LATE_ROLE) is True
    assert cell(model, 1, m.NAME, m.LATE_ROLE) is False
    assert cell(model, 0, m.NAME, Qt.ItemDataRole.BackgroundRole) == m.LATE_BACKGROUND
    assert cell(model, 0, m.ALERTS, Qt.ItemDataRole.ForegroundRole) == m.LATE_TEXT
    assert cell(model, 0, m.NAME, Qt.ItemDataRole.FontRole).bold()
    assert cell(model, 1, m.ALERTS) == ""


def test_a_parent_still_on_shift_is_told_from_a_late_one(model):
    model.set_day(view(
        child_day(1, "陈静", S.PRESENT, check_in=at(16, 35), late=25,
                  shift_ends=dt.time(20), shifts=[("day", None, None)]),
        child_day(2, "王芳", S.PRESENT, check_in=at(16, 35), late=25,
                  shift_ends=dt.time(22), shifts=[("custom", dt.time(14), dt.time(22))]),
        child_day(3, "李娜", S.PRESENT, check_in=at(16, 35), late=25,
                  shifts=[("two_shift", None, None)]),
    ), TZ, at(21, 10))
    alerts = {cell(model, r, m.NAME): cell(model, r, m.ALERTS) for r in range(3)}
    assert "Parent's shift ended 20:00" in alerts["陈静"]
    assert "Parent on shift until 22:00" in alerts["王芳"]
    assert "shift" not in alerts["李娜"]  # a rotating shift: the hours are not known


def test_present_children_show_when_the_parents_shift_ends(model):
    model.set_day(view(child_day(1, "陈静", S.PRESENT, check_in=at(16, 35),
                                 shift_ends=dt.time(20), shifts=[("day", None, None)]),
                       child_day(2, "王芳", S.COLLECTED, check_in=at(16, 35),
                                 check_out=at(19, 0), pickup="丁志明",
                                 shift_ends=dt.time(20))), TZ)
    assert cell(model, 0, m.ALERTS) == "Parent's shift ends 20:00"
    assert cell(model, 1, m.ALERTS) == ""


def test_today_the_shift_hint_is_shown_only_while_every_parent_is_at_work(model):
    model.set_day(view(
        child_day(1, "陈静", S.PRESENT, check_in=at(16, 35), shift_ends=dt.time(20),
                  shifts=[("day", None, None)]),
        child_day(2, "王芳", S.PRESENT, check_in=at(16, 35), shift_ends=dt.time(8),
                  shifts=[("night", None, None)]),  # off until 20:00: may come any time
        child_day(3, "李娜", S.PRESENT, check_in=at(16, 35), shift_ends=dt.time(8),
                  shifts=[("day", None, None), ("night", None, None)]),
    ), TZ, at(16, 40))
    alerts = {cell(model, r, m.NAME): cell(model, r, m.ALERTS) for r in range(3)}
    assert alerts == {"陈静": "Parent's shift ends 20:00", "王芳": "", "李娜": ""}


def test_allergies_and_recorded_reasons_are_alerts(model):
    model.set_day(view(child_day(1, "陈静", S.COLLECTED, check_in=at(16, 35),
                                 check_out=at(19, 0), pickup="王五", allergies="花生",
                                 overrides=("外婆住院，舅舅来接", "外婆住院，舅舅来接"))), TZ)
    alerts = cell(model, 0, m.ALERTS)
    assert "Allergy: 花生" in alerts
    assert alerts.count("Reason: 外婆住院，舅舅来接") == 1
    assert cell(model, 0, m.ALERTS, Qt.ItemDataRole.ForegroundRole) == m.ALLERGY_TEXT
    assert "外婆住院" in cell(model, 0, m.CHECK_OUT, Qt.ItemDataRole.ToolTipRole)


def test_headers_and_an_empty_day(model):
    model.set_day([], TZ)
    assert model.rowCount() == 0
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(m.COLUMNS)]
    assert headers == ["Child", "State", "In", "Out · collected by", "Program",
                       "Guardian phones", "Alerts"]
    assert model.headerData(0, Qt.Orientation.Vertical) is None


def test_one_child_updated_moves_to_its_group_without_a_reset(model):
    model.set_day(view(child_day(1, "张伟"), child_day(2, "王芳"), child_day(3, "陈静")), TZ)
    assert names(model) == ["陈静", "王芳", "张伟"]
    signals: list[str] = []
    model.modelReset.connect(lambda: signals.append("reset"))
    model.rowsMoved.connect(lambda *_: signals.append("moved"))
    model.update_child(1, child_day(1, "张伟", S.PRESENT, check_in=at(16, 31)))
    assert names(model) == ["张伟", "陈静", "王芳"]  # the present first
    assert cell(model, 0, m.STATE) == "Present" and signals == ["moved"]
    model.update_child(2, None)  # no longer on the day's list
    assert names(model) == ["张伟", "陈静"]
    model.update_child(4, child_day(4, "李娜", S.UNEXPECTED_PRESENT, check_in=at(17, 0)))
    assert names(model) == ["李娜", "张伟", "陈静"]
    model.update_child(3, child_day(3, "陈静", S.EXPECTED))  # same place: the row changes
    assert names(model) == ["李娜", "张伟", "陈静"] and "reset" not in signals
    fresh = TodayTableModel()
    fresh.set_day(view(*model.items()), TZ)
    assert names(fresh) == names(model)  # the same order a full reload gives
