"""Importing .ics closures and official days, and exporting programs, on a real database."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from asc_desk.db.models import CalendarOverride, OfficialDayEntry
from asc_desk.domain.calendar_rules import DayReason
from asc_desk.domain.errors import UserError
from asc_desk.services.calendar.calendar_files import CalendarFiles
from asc_desk.services.calendar.calendar_ics import parse_ics
from asc_desk.services.calendar.calendar_service import CalendarService
from asc_desk.services.calendar.program_service import ProgramService
from asc_desk.services.center_service import CenterService
from asc_desk.services.database import Database

D = dt.date


def _ics(*events: str) -> bytes:
    body = "".join(f"BEGIN:VEVENT\r\nUID:e{i}\r\n{e}\r\nEND:VEVENT\r\n"
                   for i, e in enumerate(events))
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//x//ZH\r\n" + body +
            "END:VCALENDAR\r\n").encode()


@pytest.fixture
def db(demo_db):
    """The demo center (filled once, copied for each test)."""
    return demo_db()


@pytest.fixture
def demo(db: Database):
    center = CenterService(db, "t").get_center()
    term = ProgramService(db, "t").find_program(center.id, "2026秋季学期课后班")
    return CalendarFiles(db, "coordinator"), CalendarService(db, "t"), center, term


def _count(db: Database, model) -> int:
    with db.unit_of_work() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_all_day_events_close_and_timed_events_are_skipped(db, demo):
    files, calendar, center, term = demo
    before = _count(db, CalendarOverride)
    result = files.import_closures(center, _ics(
        "DTSTART;VALUE=DATE:20261102\r\nDTEND;VALUE=DATE:20261104\r\nSUMMARY:学校运动会",
        "DTSTART:20261105T080000Z\r\nDTEND:20261105T090000Z\r\nSUMMARY:家长会",
    ), program_id=term.id)
    assert result.days == 2
    assert result.skipped == ("2026-11-05 家长会",)
    assert _count(db, CalendarOverride) == before + 2
    status = calendar.day_status(term.id, D(2026, 11, 3))
    assert not status.open and status.reason is DayReason.OVERRIDE_CLOSED
    assert status.override_reason == "学校运动会"
    assert calendar.day_status(term.id, D(2026, 11, 5)).open


@pytest.mark.parametrize(("data", "words"), [
    (b"\x89PNG\r\n\x1a\n" + bytes(200), "not an iCalendar"),
    (b"", "not an iCalendar"),
    (_ics("SUMMARY:没有日期"), "no date"),
    (_ics("DTSTART:20261105T080000Z\r\nDTEND:20261105T090000Z\r\nSUMMARY:会"), "all-day"),
])
def test_bad_files_change_nothing(db, demo, data, words):
    files, _calendar, center, _term = demo
    before = _count(db, CalendarOverride)
    with pytest.raises(UserError, match=words):
        files.import_closures(center, data)
    assert _count(db, CalendarOverride) == before


def test_official_days_import_skips_observances(db, demo):
    files, calendar, _center, _term = demo
    result = files.import_official(_ics(
        "DTSTART;VALUE=DATE:20270205\r\nDTEND;VALUE=DATE:20270213\r\nSUMMARY:春节放假",
        "DTSTART;VALUE=DATE:20270214\r\nSUMMARY:春节调休上班",
        "DTSTART;VALUE=DATE:20270214\r\nSUMMARY:情人节",
        "DTSTART;VALUE=DATE:20271001\r\nDTEND;VALUE=DATE:20271008\r\nSUMMARY:国庆节",
    ))
    assert result.days == 16
    assert len(result.skipped) == 1 and result.skipped[0].startswith("2027-02-14 情人节: not an")
    assert result.complete_years == (2027,) and result.partial_years == ()
    year = calendar.holidays(2027)
    assert year.known and year.entered
    assert _count(db, OfficialDayEntry) == 16


# A feed in the shape public holiday feeds publish (written here, not copied from one).
FEED_2027 = (
    "DTSTART;VALUE=DATE:20261231\r\nSUMMARY:元旦 假期 第1天/共3天",  # starts the year before
    "DTSTART;VALUE=DATE:20270101\r\nDTEND;VALUE=DATE:20270103\r\nSUMMARY:元旦 假期",
    "DTSTART;VALUE=DATE:20270205\r\nDTEND;VALUE=DATE:20270213\r\nSUMMARY:春节 假期",
    "DTSTART;VALUE=DATE:20270131\r\nSUMMARY:上班(补春节假期)",
    "DTSTART:20270220T090000\r\nDTEND:20270220T180000\r\nSUMMARY:补班",  # timed
    "DTSTART;VALUE=DATE:20270501\r\nSUMMARY:“五一”国际劳动节",
    "DTSTART;VALUE=DATE:20270903\r\nSUMMARY:抗战胜利纪念日",
    "DTSTART;VALUE=DATE:20271001\r\nDTEND;VALUE=DATE:20271009\r\nSUMMARY:国庆节、中秋节",
    "DTSTART;VALUE=DATE:20270926\r\nSUMMARY:上班(补国庆节、中秋节假期)",
)


def test_feed_with_combined_quoted_and_one_off_names_is_read_by_its_structure(db, demo):
    files, calendar, _center, term = demo
    result = files.import_official(_ics(*FEED_2027))
    assert result.complete_years == (2027,)
    assert result.known_years == (2026,) and result.already_known == ("2026-12-31 元旦",)
    year = {d.date: d for d in calendar.holidays(2027).days}
    assert year[D(2027, 10, 5)].name_zh == "国庆节、中秋节" and year[D(2027, 10, 5)].is_holiday
    assert year[D(2027, 5, 1)].name_zh == "“五一”国际劳动节"
    assert year[D(2027, 9, 3)].is_holiday
    assert not year[D(2027, 9, 26)].is_holiday and not year[D(2027, 2, 20)].is_holiday
    assert year[D(2027, 9, 26)].name_zh == "国庆节、中秋节"
    # 2026 stays the package's: the feed's 12-31 does not make it an entered year.
    assert not calendar.holidays(2026).entered


def test_a_year_the_file_does_not_cover_stays_not_published(db, demo):
    files, calendar, _center, _term = demo
    result = files.import_official(_ics(
        "DTSTART;VALUE=DATE:20271231\r\nSUMMARY:元旦 假期",
        *FEED_2027[1:],
    ))
    assert result.complete_years == (2027,) and result.partial_years == ()
    result = files.import_official(_ics("DTSTART;VALUE=DATE:20280101\r\nSUMMARY:元旦 假期",
                                        "DTSTART;VALUE=DATE:20280102\r\nSUMMARY:元旦 假期"))
    assert result.days == 2 and result.partial_years == (2028,) and result.complete_years == ()
    year = calendar.holidays(2028)
    assert not year.known and [d.date for d in year.days] == [D(2028, 1, 1), D(2028, 1, 2)]
    assert calendar.official_calendar().provisional_day(D(2028, 1, 2)).name_zh == "元旦"


def test_a_file_of_known_years_only_writes_nothing_and_says_so(db, demo):
    files, _calendar, _center, _term = demo
    before = _count(db, OfficialDayEntry)
    result = files.import_official(_ics(
        "DTSTART;VALUE=DATE:20261001\r\nDTEND;VALUE=DATE:20261008\r\nSUMMARY:国庆节",
        "DTSTART;VALUE=DATE:20261010\r\nSUMMARY:上班(补国庆节假期)",
    ))
    assert result.days == 0 and result.known_years == (2026,)
    assert len(result.already_known) == 8 and result.already_known[0] == "2026-10-01 国庆节"
    assert _count(db, OfficialDayEntry) == before


def test_closures_mode_never_closes_a_make_up_working_day(db, demo):
    files, calendar, center, term = demo
    result = files.import_closures(center, _ics(
        "DTSTART;VALUE=DATE:20261001\r\nDTEND;VALUE=DATE:20261008\r\nSUMMARY:国庆节、中秋节",
        "DTSTART;VALUE=DATE:20260920\r\nSUMMARY:上班(补国庆节假期)",
        "DTSTART;VALUE=DATE:20261010\r\nSUMMARY:补班",
    ), program_id=term.id)
    assert result.days == 7
    assert sorted(s for s in result.skipped if "working day" in s) == [
        "2026-09-20 上班(补国庆节假期): this is a working day, not a closure",
        "2026-10-10 补班: this is a working day, not a closure"]
    for day in (D(2026, 9, 20), D(2026, 10, 10)):
        assert calendar.day_status(term.id, day).open


def test_export_then_parse_gives_the_open_days(demo):
    files, calendar, center, term = demo
    data = files.export(center, term.id)
    parsed = parse_ics(data, center.time_zone)
    open_days = {d.date for d in parsed if d.opens_at is not None}
    expected = {s.date for s in calendar.statuses(term.id, term.first_day, term.last_day)
                if s.open}
    assert open_days == expected
    everything = files.export(center)
    assert everything.count(b"BEGIN:VEVENT") > data.count(b"BEGIN:VEVENT")
    assert files.export(center, term.id) == data  # stable: subscribers get updates
