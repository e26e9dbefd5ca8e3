"""Importing .ics closures and official days, and exporting programs, on a real database."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from asc_desk.db.models import CalendarOverride, OfficialDayEntry
from asc_desk.domain.calendar_rules import DayReason, OverrideKind
from asc_desk.domain.changes import Area
from asc_desk.domain.errors import UserError
from asc_desk.domain.official_days import OfficialDay, OfficialDayKind
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
    assert [str(n) for n in result.skipped] == [
        "2026-11-05 家长会: a timed event, which closes nothing"]
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
    assert len(result.skipped) == 1
    assert str(result.skipped[0]).startswith("2027-02-14 情人节: not an")
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
    assert sorted(str(s) for s in result.skipped if "working day" in str(s)) == [
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


# --- days entered before: replaced, audited, said (trial finding 4) ------------------------

def _audit(db: Database, entity: str):
    from asc_desk.db.models import AuditEntry
    with db.unit_of_work() as s:
        return [(a.action, a.before, a.after) for a in s.scalars(
            select(AuditEntry).where(AuditEntry.entity == entity).order_by(AuditEntry.id))]


OFFICIAL_2027 = _ics(
    "DTSTART;VALUE=DATE:20270101\r\nSUMMARY:元旦",
    "DTSTART;VALUE=DATE:20270205\r\nDTEND;VALUE=DATE:20270213\r\nSUMMARY:春节放假",
    "DTSTART;VALUE=DATE:20270214\r\nSUMMARY:春节调休上班",
    "DTSTART;VALUE=DATE:20271001\r\nDTEND;VALUE=DATE:20271008\r\nSUMMARY:国庆节",
)


def test_the_same_official_file_imported_twice_changes_nothing_the_second_time(db, demo):
    files, calendar, _center, _term = demo
    first = files.import_official(OFFICIAL_2027)
    audited = len(_audit(db, "official_day"))
    again = files.import_official(OFFICIAL_2027)
    assert (again.days, again.unchanged, again.replaced) == (0, first.days, ())
    assert len(_audit(db, "official_day")) == audited  # nothing changed, nothing logged
    assert calendar.holidays(2027).known


def test_a_hand_typed_day_is_replaced_by_the_published_feed_and_said(db, demo):
    files, calendar, _center, _term = demo
    calendar.enter_official_days([OfficialDay(D(2027, 1, 1), OfficialDayKind.HOLIDAY,
                                              "新年休息")])
    result = files.import_official(OFFICIAL_2027)
    [(before, after)] = result.replaced
    assert (before.date, before.name_zh, after.name_zh) == (D(2027, 1, 1), "新年休息", "元旦")
    action, old, new = _audit(db, "official_day")[-result.days:][0]
    assert action == "update" and old.keys() == new.keys()
    assert (old["name_zh"], old["source"], new["name_zh"], new["source"]) == (
        "新年休息", "manual", "元旦", "ics")


def test_an_official_day_corrected_by_name_and_kind(db, demo):
    _files, calendar, _center, _term = demo
    day = D(2027, 2, 20)
    calendar.enter_official_days([OfficialDay(day, OfficialDayKind.HOLIDAY, "春节")])
    again = calendar.enter_official_days([OfficialDay(day, OfficialDayKind.HOLIDAY, "春节")])
    assert (again.days, again.unchanged, again.changes.areas) == (0, 1, Area.NONE)
    fixed = calendar.enter_official_days([OfficialDay(day, OfficialDayKind.WORKDAY, "春节")])
    [(before, after)] = fixed.replaced
    assert before.is_holiday and not after.is_holiday and fixed.days == 1
    assert [d.kind for d in calendar.official_calendar().provisional_entries()
            + list(calendar.holidays(2027).days) if d.date == day] in (
        [OfficialDayKind.WORKDAY], [])
    assert _audit(db, "official_day")[-1][0] == "update"


# --- a school's file and the center's own decisions (trial finding 13) ---------------------

SCHOOL = _ics(
    "DTSTART;VALUE=DATE:20261130\r\nDTEND;VALUE=DATE:20261203\r\nSUMMARY:期末考试周停托",
    "DTSTART;VALUE=DATE:20261204\r\nSTATUS:CANCELLED\r\nSUMMARY:运动会",
)


def test_a_school_file_leaves_the_centers_own_decisions_and_names_them(db, demo):
    files, calendar, center, term = demo
    calendar.set_override(center.id, D(2026, 12, 1), D(2026, 12, 1), OverrideKind.HOURS,
                          "期末提前", opens_at=dt.time(14), closes_at=dt.time(18))
    calendar.set_override(center.id, D(2026, 12, 2), D(2026, 12, 2), OverrideKind.CLOSED,
                          "停水", program_id=term.id)
    result = files.import_closures(center, SCHOOL, program_id=term.id)
    assert result.days == 1  # 11-30 only
    assert [str(n) for n in result.kept] == [
        "Already decided by the center, left as it is: 2026-12-01 changed hours 14:00–18:00: "
        "期末提前",
        "Already decided by the center, left as it is: 2026-12-02 closed: 停水"]
    status = calendar.day_status(term.id, D(2026, 12, 1))
    assert status.open and status.override_reason == "期末提前"
    assert calendar.day_status(term.id, D(2026, 12, 2)).override_reason == "停水"
    assert not calendar.day_status(term.id, D(2026, 11, 30)).open
    # sent again: the days it closed are the same, nothing is rewritten
    again = files.import_closures(center, SCHOOL, program_id=term.id)
    assert (again.days, again.unchanged, len(again.kept)) == (0, 1, 2)


def test_a_cancelled_event_is_listed_as_skipped_not_dropped(db, demo):
    files, _calendar, center, term = demo
    result = files.import_closures(center, SCHOOL, program_id=term.id)
    assert "2026-12-04 运动会: cancelled in the file (STATUS:CANCELLED)" in map(
        str, result.skipped)


def test_skip_reasons_are_templates_the_interface_translates(db, demo):
    files, _calendar, center, term = demo
    result = files.import_closures(center, _ics(
        "DTSTART;VALUE=DATE:20261102\r\nSUMMARY:运动会",
        "DTSTART;VALUE=DATE:20261010\r\nSUMMARY:补班",
        "DTSTART:20261105T080000Z\r\nDTEND:20261105T090000Z\r\nSUMMARY:家长会",
    ), program_id=term.id)
    assert {n.template for n in result.skipped} == {
        "{date} {event}: this is a working day, not a closure",
        "{date} {event}: a timed event, which closes nothing"}
    assert all("运动会" not in n.template for n in result.skipped)


def test_an_outlook_all_day_event_written_midnight_to_midnight_closes_the_day(db, demo):
    files, calendar, center, term = demo
    data = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Microsoft Corporation//Outlook//EN\r\n"
            "BEGIN:VTIMEZONE\r\nTZID:China Standard Time\r\nBEGIN:STANDARD\r\n"
            "DTSTART:16010101T000000\r\nTZOFFSETFROM:+0800\r\nTZOFFSETTO:+0800\r\n"
            "END:STANDARD\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT\r\nUID:t1\r\n"
            "DTSTART;TZID=China Standard Time:20261124T000000\r\n"
            "DTEND;TZID=China Standard Time:20261125T000000\r\nSUMMARY:台风停课\r\n"
            "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode()
    result = files.import_closures(center, data, program_id=term.id)
    assert (result.days, result.skipped) == (1, ())
    assert calendar.day_status(term.id, D(2026, 11, 24)).override_reason == "台风停课"
    assert calendar.day_status(term.id, D(2026, 11, 25)).open
