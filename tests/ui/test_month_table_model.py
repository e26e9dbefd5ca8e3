"""The month grid model, without a widget: cells, states, words, colours and tooltips."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from asc_desk.services.calendar.calendar_service import CalendarService
from asc_desk.services.calendar.program_service import ProgramService
from asc_desk.ui.models.month_table_model import (
    COLUMNS,
    DATE_ROLE,
    LEGEND_ORDER,
    LOOKS,
    PATTERN_ROLE,
    ROWS,
    SATURDAY,
    STATE_ROLE,
    STATUSES_ROLE,
    THURSDAY,
    UNCONFIRMED_ROLE,
    CellState,
    MonthTableModel,
    short_name,
)

DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole


@pytest.fixture
def calendar(demo_session):
    return CalendarService(demo_session.db, "test")


@pytest.fixture
def center_id(demo_session):
    return demo_session.centers.get_center().id


@pytest.fixture
def program_ids(demo_session, center_id):
    return {p.name: p.id for p in ProgramService(demo_session.db, "test")
            .list_programs(center_id)}


def month_model(qapp, calendar, center_id, year, month, program_id=None):
    model = MonthTableModel()
    model.set_month(year, month, calendar.month(center_id, year, month, program_id),
                    all_programs=program_id is None)
    return model


def cell(model, day):
    index = model.index_of(day)
    assert index.isValid()
    return {role: index.data(role) for role in (DISPLAY, TOOLTIP, STATE_ROLE, DATE_ROLE,
                                                 PATTERN_ROLE, UNCONFIRMED_ROLE)}


def test_six_weeks_monday_first_one_cell_per_date(qapp, calendar, center_id):
    model = month_model(qapp, calendar, center_id, 2026, 10)
    assert (model.rowCount(), model.columnCount()) == (ROWS, COLUMNS) == (6, 7)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)] == [
        "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    # 2026-10-01 is a Thursday: the first row starts with three empty cells.
    first = model.index_of(dt.date(2026, 10, 1))
    assert (first.row(), first.column()) == (0, THURSDAY)
    dates = [model.index(r, c).data(DATE_ROLE) for r in range(ROWS) for c in range(COLUMNS)]
    real = [d for d in dates if d is not None]
    assert real == [dt.date(2026, 10, day) for day in range(1, 32)]
    assert model.index(0, 0).data(DISPLAY) is None
    assert model.index(0, 0).flags() == Qt.ItemFlag.NoItemFlags
    assert model.date_at(first) == dt.date(2026, 10, 1)
    assert not model.index_of(dt.date(2026, 11, 1)).isValid()


def test_term_program_october_national_day(qapp, calendar, center_id, program_ids):
    model = month_model(qapp, calendar, center_id, 2026, 10, program_ids["2026秋季学期课后班"])
    for day in range(1, 8):
        got = cell(model, dt.date(2026, 10, day))
        assert got[STATE_ROLE] == CellState.HOLIDAY, day
        assert "National Day" in got[DISPLAY]
        assert "public holiday" in got[TOOLTIP]
        assert got[PATTERN_ROLE] == Qt.BrushStyle.Dense6Pattern
    saturday = cell(model, dt.date(2026, 10, 10))
    assert saturday[STATE_ROLE] == CellState.ADJUSTED
    assert saturday[DISPLAY].splitlines() == ["10", "Adjusted working day", "Open 16:30–20:30"]
    assert "adjusted working day" in saturday[TOOLTIP]
    for weekend in (11, 17, 18, 24, 25, 31):
        got = cell(model, dt.date(2026, 10, weekend))
        assert got[STATE_ROLE] == CellState.WEEKEND, weekend
        assert "Weekend" in got[DISPLAY]
    monday = cell(model, dt.date(2026, 10, 12))
    assert monday[STATE_ROLE] == CellState.OPEN
    assert monday[DISPLAY].splitlines() == ["12", "Open 16:30–20:30"]
    assert monday[TOOLTIP].startswith("2026-10-12 (Mon)\n2026秋季学期课后班: open 16:30–20:30")
    assert not monday[UNCONFIRMED_ROLE]


def test_holiday_names_in_chinese_when_the_language_is(qapp, calendar, center_id, program_ids,
                                                      translations):
    translations.apply("zh_CN")
    model = month_model(qapp, calendar, center_id, 2026, 10, program_ids["2026秋季学期课后班"])
    assert "国庆节" in cell(model, dt.date(2026, 10, 1))[DISPLAY]


def test_overrides_show_their_reason_and_hours(qapp, calendar, center_id, program_ids):
    summer = month_model(qapp, calendar, center_id, 2026, 8, program_ids["2026暑期班"])
    typhoon = cell(summer, dt.date(2026, 8, 3))
    assert typhoon[STATE_ROLE] == CellState.CLOSED
    assert typhoon[DISPLAY].splitlines() == ["3", "Closed", "台风停课"]
    assert "closed by the center: 台风停课" in typhoon[TOOLTIP]
    assert cell(summer, dt.date(2026, 8, 31))[STATE_ROLE] == CellState.OUTSIDE

    term = month_model(qapp, calendar, center_id, 2026, 11, program_ids["2026秋季学期课后班"])
    drill = cell(term, dt.date(2026, 11, 20))
    assert drill[STATE_ROLE] == CellState.CHANGED
    assert drill[DISPLAY].splitlines() == ["20", "Closes 18:00", "消防演练，提前关门"]
    assert "16:30–18:00" in drill[TOOLTIP]


def test_all_programs_summary_and_tooltip_per_program(qapp, calendar, center_id):
    model = month_model(qapp, calendar, center_id, 2026, 12)
    ordinary = cell(model, dt.date(2026, 12, 1))
    assert ordinary[STATE_ROLE] == CellState.OPEN
    # One program open: its name without the year, never "1/1", read as a date in Chinese.
    assert ordinary[DISPLAY].splitlines()[1] == "秋季学期课后班"
    assert "/" not in ordinary[DISPLAY]
    lines = ordinary[TOOLTIP].splitlines()
    assert len(lines) == 4  # the date, then each of the three programs
    assert any(line.startswith("2026暑期班: closed: outside") for line in lines)
    stocktaking = cell(model, dt.date(2026, 12, 31))
    assert stocktaking[STATE_ROLE] == CellState.CLOSED
    assert "工厂年终盘点" in stocktaking[DISPLAY]
    weekend = cell(model, dt.date(2026, 12, 5))
    assert weekend[STATE_ROLE] == CellState.WEEKEND
    assert dt.date(2026, 12, 5).weekday() == SATURDAY

    drill = cell(month_model(qapp, calendar, center_id, 2026, 11), dt.date(2026, 11, 20))
    assert drill[STATE_ROLE] == CellState.CHANGED
    assert "Closes 18:00" in drill[DISPLAY]
    statuses = model.index_of(dt.date(2026, 12, 1)).data(STATUSES_ROLE)
    assert [p.name for p, _s in statuses] == ["2026暑期班", "2026秋季学期课后班", "2027寒假班"]


def test_a_year_without_official_days_is_marked_unconfirmed(qapp, calendar, center_id,
                                                           program_ids):
    model = month_model(qapp, calendar, center_id, 2027, 2, program_ids["2027寒假班"])
    got = cell(model, dt.date(2027, 2, 8))
    assert got[UNCONFIRMED_ROLE]
    assert got[DISPLAY].splitlines()[1].endswith("?")
    assert "not known yet" in got[TOOLTIP]
    summary = cell(month_model(qapp, calendar, center_id, 2027, 2), dt.date(2027, 2, 8))
    assert summary[UNCONFIRMED_ROLE] and "?" in summary[DISPLAY]


def test_every_state_differs_in_colour_and_in_more_than_colour(qapp):
    model = MonthTableModel()
    colours = {LOOKS[s].background.name() for s in LEGEND_ORDER}
    assert len(colours) == len(LEGEND_ORDER)
    # Grey print: each state keeps its own pattern, mark, font or lightness (and its words).
    shapes = {(LOOKS[s].pattern, LOOKS[s].mark, LOOKS[s].bold, LOOKS[s].italic,
               LOOKS[s].background.lightness() // 20) for s in LEGEND_ORDER}
    assert len(shapes) == len(LEGEND_ORDER)
    assert len({model.state_label(s) for s in LEGEND_ORDER}) == len(LEGEND_ORDER)


def test_no_programs_yet(qapp):
    model = MonthTableModel()
    model.set_month(2026, 10, [], all_programs=True)
    got = cell(model, dt.date(2026, 10, 5))
    assert got[STATE_ROLE] == CellState.OUTSIDE
    assert "No program" in got[DISPLAY]
    assert "No program has been set up yet." in got[TOOLTIP]


def test_a_fixed_date_holiday_of_an_unpublished_year_reads_probably_closed(
        qapp, calendar, center_id, program_ids):
    # 2027's official days are not published: 1 January is 元旦 by law, a Friday in term.
    model = month_model(qapp, calendar, center_id, 2027, 1, program_ids["2026秋季学期课后班"])
    got = cell(model, dt.date(2027, 1, 1))
    assert "元旦" in got[DISPLAY] or "New Year" in got[DISPLAY]
    assert "Probably closed" in got[DISPLAY] and got[UNCONFIRMED_ROLE]
    assert "probably closed" in got[TOOLTIP]
    assert got[STATE_ROLE] == CellState.HOLIDAY
    monday = cell(model, dt.date(2027, 1, 4))
    assert monday[UNCONFIRMED_ROLE] and "Probably" not in monday[DISPLAY]


def test_open_words_of_several_programs_read_as_counts_not_dates(qapp, translations,
                                                                 demo_session, center_id):
    model = MonthTableModel()
    programs = ProgramService(demo_session.db, "test").list_programs(center_id)
    assert model.open_words(programs[:1], 1) == short_name(programs[0].name)
    assert model.open_words(programs[:2], 2) == "2 programs open"
    assert model.open_words(programs[:1], 3) == "1 of 3 programs open"


def test_short_name_drops_a_leading_year_only():
    assert short_name("2026秋季学期课后班") == "秋季学期课后班"
    assert short_name("2026年暑期班") == "暑期班"
    assert short_name("暑期班") == "暑期班"
    assert short_name("2026") == "2026"
