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
from asc_desk.services.demo.demo_service import fill_demo

D = dt.date


def _ics(*events: str) -> bytes:
    body = "".join(f"BEGIN:VEVENT\r\nUID:e{i}\r\n{e}\r\nEND:VEVENT\r\n"
                   for i, e in enumerate(events))
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//x//ZH\r\n" + body +
            "END:VCALENDAR\r\n").encode()


@pytest.fixture
def demo(db: Database):
    fill_demo(db)
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
    ))
    assert result.days == 9
    assert result.skipped == ("2027-02-14 情人节",)
    year = calendar.holidays(2027)
    assert year.known and year.entered
    assert _count(db, OfficialDayEntry) == 9


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
