"""iCalendar import and export: real .ics bytes both ways, bad files refused with clear words."""

import contextlib
import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from asc_desk.domain.calendar_rules import (
    DayReason,
    DayStatus,
    Override,
    OverrideKind,
    ProgramRules,
    month_statuses,
)
from asc_desk.domain.errors import UserError
from asc_desk.domain.official_days import OfficialCalendar, OfficialDay, OfficialDayKind
from asc_desk.domain.program import ProgramKind
from asc_desk.services.calendar.calendar_ics import (
    MAX_EVENT_DAYS,
    IcsDay,
    build_ics,
    merge_ics,
    official_days_from_ics,
    parse_ics,
)

D, T = dt.date, dt.time
HOLIDAY, WORKDAY = OfficialDayKind.HOLIDAY, OfficialDayKind.WORKDAY
NOT_ICS = "not an iCalendar (.ics) file"


def ics(*events: str, header: str = "") -> bytes:
    """A calendar file around VEVENT bodies written one property a line."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//test//EN", *header.split()]
    for event in events:
        lines += ["BEGIN:VEVENT", *event.strip().splitlines(), "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return ("\r\n".join(line.strip() for line in lines) + "\r\n").encode()


def dates(days: list[IcsDay]) -> list[dt.date]:
    return [d.date for d in days]


def refused(data: bytes, *words: str, time_zone: str = "Asia/Shanghai") -> str:
    with pytest.raises(UserError) as caught:
        parse_ics(data, time_zone)
    for word in words:
        assert word in str(caught.value)
    return str(caught.value)


# --- all-day events -------------------------------------------------------------------------

def test_dtend_of_an_all_day_event_is_exclusive():
    days = parse_ics(ics("UID:1\nSUMMARY:国庆节\nDTSTART;VALUE=DATE:20261001\n"
                         "DTEND;VALUE=DATE:20261008"))
    assert dates(days) == [D(2026, 10, d) for d in range(1, 8)]
    assert {(d.summary, d.opens_at, d.closes_at) for d in days} == {("国庆节", None, None)}


def test_an_all_day_event_without_dtend_is_one_day():
    assert parse_ics(ics("UID:1\nSUMMARY:停电\nDTSTART;VALUE=DATE:20261105")) == [
        IcsDay(D(2026, 11, 5), "停电")
    ]


def test_duration_of_an_all_day_event_counts_days():
    days = parse_ics(ics("UID:1\nSUMMARY:检修\nDTSTART;VALUE=DATE:20261230\nDURATION:P3D"))
    assert dates(days) == [D(2026, 12, 30), D(2026, 12, 31), D(2027, 1, 1)]


def test_dtend_equal_to_dtstart_is_read_as_one_day():
    days = parse_ics(ics("UID:1\nDTSTART;VALUE=DATE:20261105\nDTEND;VALUE=DATE:20261105"))
    assert dates(days) == [D(2026, 11, 5)]


def test_a_missing_summary_is_empty_and_days_come_sorted():
    days = parse_ics(ics("UID:b\nSUMMARY:later\nDTSTART;VALUE=DATE:20261203",
                         "UID:a\nDTSTART;VALUE=DATE:20261201"))
    assert days == [IcsDay(D(2026, 12, 1), ""), IcsDay(D(2026, 12, 3), "later")]


def test_an_event_of_exactly_366_days_is_accepted():
    days = parse_ics(ics("UID:1\nSUMMARY:整年\nDTSTART;VALUE=DATE:20280101\n"
                         "DTEND;VALUE=DATE:20290101"))  # 2028 is a leap year
    assert len(days) == MAX_EVENT_DAYS == 366


# --- timed events ---------------------------------------------------------------------------

def test_a_utc_event_is_read_in_the_centers_local_time():
    days = parse_ics(ics("UID:1\nSUMMARY:家长会\nDTSTART:20261009T080000Z\n"
                         "DTEND:20261009T093000Z"))
    assert days == [IcsDay(D(2026, 10, 9), "家长会", T(16), T(17, 30))]


def test_the_local_date_of_a_utc_event_can_be_the_next_day():
    days = parse_ics(ics("UID:1\nSUMMARY:早会\nDTSTART:20260930T230000Z\nDURATION:PT1H"))
    assert days == [IcsDay(D(2026, 10, 1), "早会", T(7), T(8))]


def test_other_zones_convert_and_floating_times_are_local():
    days = parse_ics(ics(
        "UID:1\nSUMMARY:Berlin\nDTSTART;TZID=Europe/Berlin:20260715T090000\n"
        "DTEND;TZID=Europe/Berlin:20260715T100000",
        "UID:2\nSUMMARY:floating\nDTSTART:20260716T090000\nDTEND:20260716T100000",
    ))
    assert days == [IcsDay(D(2026, 7, 15), "Berlin", T(15), T(16)),  # CEST is UTC+2
                    IcsDay(D(2026, 7, 16), "floating", T(9), T(10))]


def test_the_time_zone_argument_decides_the_local_dates():
    data = ics("UID:1\nSUMMARY:x\nDTSTART:20261001T020000Z\nDTEND:20261001T030000Z")
    assert parse_ics(data, "America/New_York") == [IcsDay(D(2026, 9, 30), "x", T(22), T(23))]


def test_an_event_spanning_midnight_covers_each_date():
    days = parse_ics(ics("UID:1\nSUMMARY:夜班\nDTSTART;TZID=Asia/Shanghai:20261001T220000\n"
                         "DTEND;TZID=Asia/Shanghai:20261003T060000"))
    assert days == [
        IcsDay(D(2026, 10, 1), "夜班", T(22), T.max),
        IcsDay(D(2026, 10, 2), "夜班", T(0), T.max),
        IcsDay(D(2026, 10, 3), "夜班", T(0), T(6)),
    ]


def test_an_event_ending_at_midnight_leaves_the_next_day_free():
    days = parse_ics(ics("UID:1\nSUMMARY:晚会\nDTSTART;TZID=Asia/Shanghai:20261001T200000\n"
                         "DTEND;TZID=Asia/Shanghai:20261002T000000"))
    assert days == [IcsDay(D(2026, 10, 1), "晚会", T(20), T.max)]


def test_a_timed_event_without_end_is_an_instant():
    days = parse_ics(ics("UID:1\nSUMMARY:提醒\nDTSTART;TZID=Asia/Shanghai:20261001T090000"))
    assert days == [IcsDay(D(2026, 10, 1), "提醒", T(9), T(9))]


# --- status, text ---------------------------------------------------------------------------

def test_cancelled_events_are_skipped():
    days = parse_ics(ics(
        "UID:1\nSUMMARY:取消的\nSTATUS:CANCELLED\nDTSTART;VALUE=DATE:20261101",
        "UID:2\nSUMMARY:保留\nSTATUS:CONFIRMED\nDTSTART;VALUE=DATE:20261102",
        "UID:3\nSTATUS:cancelled",  # cancelled: not even its missing date matters
    ))
    assert days == [IcsDay(D(2026, 11, 2), "保留")]


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"], ids=["plain", "bom"])
@pytest.mark.parametrize("newline", ["\r\n", "\n"], ids=["crlf", "lf"])
def test_chinese_summaries_survive_utf8_with_or_without_bom(bom, newline):
    data = bom + ics("UID:1\nSUMMARY:台风停课，安全第一；迪丽努尔·艾山\n"
                     "DTSTART;VALUE=DATE:20260915").decode().replace("\r\n", newline).encode()
    assert parse_ics(data) == [IcsDay(D(2026, 9, 15), "台风停课，安全第一；迪丽努尔·艾山")]


def test_a_long_folded_chinese_summary_is_unfolded():
    summary = "工厂停产检修" * 20  # folded over several lines, split inside UTF-8 characters
    data = build_ics("x", [closed(D(2026, 8, 3), summary)], program_uid="p")
    assert max(map(len, data.split(b"\r\n"))) <= 75
    assert parse_ics(data) == [IcsDay(D(2026, 8, 3), f"x 停开：{summary}")]


# --- repeating events -----------------------------------------------------------------------

def test_weekly_rule_with_until_exdate_and_a_cancelled_instance():
    days = parse_ics(ics(
        "UID:w\nSUMMARY:兴趣班\nDTSTART;TZID=Asia/Shanghai:20261001T160000\nDURATION:PT2H\n"
        "RRULE:FREQ=WEEKLY;UNTIL=20261029T235959\nEXDATE;TZID=Asia/Shanghai:20261008T160000",
        "UID:w\nRECURRENCE-ID;TZID=Asia/Shanghai:20261015T160000\nSTATUS:CANCELLED\n"
        "DTSTART;TZID=Asia/Shanghai:20261015T160000",
        "UID:w\nRECURRENCE-ID;TZID=Asia/Shanghai:20261022T160000\nSUMMARY:兴趣班（改时间）\n"
        "DTSTART;TZID=Asia/Shanghai:20261023T090000\nDURATION:PT1H",
    ))
    assert days == [
        IcsDay(D(2026, 10, 1), "兴趣班", T(16), T(18)),
        IcsDay(D(2026, 10, 23), "兴趣班（改时间）", T(9), T(10)),
        IcsDay(D(2026, 10, 29), "兴趣班", T(16), T(18)),
    ]


def test_all_day_rule_with_count_and_rdate():
    days = parse_ics(ics("UID:m\nSUMMARY:大扫除\nDTSTART;VALUE=DATE:20260105\n"
                         "DTEND;VALUE=DATE:20260107\nRRULE:FREQ=MONTHLY;COUNT=3\n"
                         "RDATE;VALUE=DATE:20260601"))
    assert dates(days) == [D(2026, 1, 5), D(2026, 1, 6), D(2026, 2, 5), D(2026, 2, 6),
                           D(2026, 3, 5), D(2026, 3, 6), D(2026, 6, 1), D(2026, 6, 2)]


def test_an_endless_rule_is_read_inside_the_window_only():
    days = parse_ics(ics("UID:d\nSUMMARY:每天\nDTSTART;VALUE=DATE:20200101\nRRULE:FREQ=DAILY"),
                     window=(D(2025, 1, 1), D(2027, 12, 31)))
    assert days[0].date == D(2025, 1, 1)
    assert days[-1].date == D(2027, 12, 31)
    assert len(days) == (D(2028, 1, 1) - D(2025, 1, 1)).days


def test_a_rule_that_cannot_be_read_names_the_event():
    refused(ics("UID:r\nSUMMARY:坏规则\nDTSTART;VALUE=DATE:20260101\nRRULE:FREQ=SOMETIMES"),
            "坏规则", "RRULE")


@pytest.mark.parametrize("master", ["RRULE:FREQ=DAILY;COUNT=3", "SUMMARY:不重复"])
def test_a_duration_as_recurrence_id_is_refused_and_named(master):
    # It names no instance; it was blamed on the master's RRULE, or passed unnoticed.
    refused(ics(f"UID:w\nDTSTART;VALUE=DATE:20261001\n{master}",
                "UID:w\nRECURRENCE-ID:P1D\nDTSTART;VALUE=DATE:20261005"),
            "“w”", "RECURRENCE-ID", "cannot be read")


# --- bad files ------------------------------------------------------------------------------

@pytest.mark.parametrize("data", [
    b"",
    b"   \r\n",
    bytes(range(256)) * 4,
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10",
    b"\xff\xd8\xff\xe0\x00\x10JFIF",
    "姓名,日期\n张伟,2026-10-01\n".encode(),
    b"<!DOCTYPE html><html><body>404</body></html>",
    b"BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261001\r\nEND:VEVENT\r\n",
    b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261001\r\n",  # cut off
], ids=["empty", "blank", "random", "png", "jpeg", "csv", "html", "lone-vevent", "truncated"])
def test_data_that_is_not_icalendar_is_refused(data):
    refused(data, NOT_ICS)


def test_a_calendar_that_is_not_utf8_is_refused_with_the_reason():
    data = ics("UID:1\nSUMMARY:国庆节\nDTSTART;VALUE=DATE:20261001").decode().encode("gbk")
    refused(data, "UTF-8")


def test_a_calendar_without_events_says_so():
    refused(ics(), "no events")
    refused(ics(header="X-WR-CALNAME:空"), "no events")


@pytest.mark.parametrize("event, name", [
    ("UID:u-1\nSUMMARY:运动会", "运动会"),
    ("UID:u-1", "u-1"),
    ("DTEND;VALUE=DATE:20261002", "#2"),
])
def test_an_event_without_dtstart_is_named(event, name):
    message = refused(ics("UID:ok\nSUMMARY:好的\nDTSTART;VALUE=DATE:20261001", event),
                      "has no date", name)
    assert "好的" not in message


def test_an_unreadable_date_names_the_event():
    refused(ics("UID:1\nSUMMARY:错日期\nDTSTART;VALUE=DATE:2026AB01"), "错日期", "cannot be read")
    refused(ics("UID:1\nSUMMARY:混合\nDTSTART;VALUE=DATE:20261001\nDTEND:20261002T100000"),
            "混合", "DTEND")


def test_an_event_ending_before_it_starts_is_refused():
    refused(ics("UID:1\nSUMMARY:倒着\nDTSTART;VALUE=DATE:20261005\nDTEND;VALUE=DATE:20261001"),
            "倒着", "ends before it starts")


def test_an_event_longer_than_366_days_is_refused():
    refused(ics("UID:1\nSUMMARY:太长\nDTSTART;VALUE=DATE:20260101\nDTEND;VALUE=DATE:20270103"),
            "太长", "366")
    refused(ics("UID:1\nSUMMARY:太长也\nDTSTART:20260101T000000Z\nDTEND:20270201T000000Z"),
            "太长也", "366")


def test_an_unknown_time_zone_is_refused():
    refused(ics("UID:1\nDTSTART;VALUE=DATE:20261001"), "Mars/Base", time_zone="Mars/Base")


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300) | st.text(max_size=200).map(str.encode))
def test_any_bytes_give_days_or_a_user_error(data):
    with contextlib.suppress(UserError):
        parse_ics(data)


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 200), st.binary(max_size=8))
def test_a_damaged_calendar_gives_days_or_a_user_error(at, junk):
    good = ics("UID:1\nSUMMARY:国庆节\nDTSTART;VALUE=DATE:20261001\nDTEND;VALUE=DATE:20261008",
               "UID:2\nDTSTART:20261009T080000Z\nRRULE:FREQ=WEEKLY;COUNT=3")
    with contextlib.suppress(UserError):
        parse_ics(good[:at] + junk + good[at + len(junk):])


# --- official holidays from a holiday feed --------------------------------------------------

@pytest.mark.parametrize("summary, kind, name, name_zh", [
    ("国庆节放假", HOLIDAY, "National Day", "国庆节"),
    ("国庆节", HOLIDAY, "National Day", "国庆节"),
    ("国庆节（休）", HOLIDAY, "National Day", "国庆节"),
    ("春节 假期 第1天/共9天", HOLIDAY, "Spring Festival", "春节"),
    ("中秋节 休", HOLIDAY, "Mid-autumn Festival", "中秋节"),
    ("National Day Holiday", HOLIDAY, "National Day", "国庆节"),
    ("国庆节调休上班", WORKDAY, "National Day", "国庆节"),
    ("国庆补班", WORKDAY, "National Day", "国庆节"),
    ("春节（班）", WORKDAY, "Spring Festival", "春节"),
    ("劳动节 上班", WORKDAY, "Labour Day", "劳动节"),
    ("Adjusted WORKDAY (Labour Day)", WORKDAY, "Labour Day", "劳动节"),
    ("补班", WORKDAY, "", ""),
    ("工厂年休", HOLIDAY, "工厂年休", "工厂年休"),
])
def test_official_day_kind_and_name_from_a_summary(summary, kind, name, name_zh):
    [day] = official_days_from_ics([IcsDay(D(2026, 10, 1), summary)])
    assert (day.kind, day.name, day.name_zh) == (kind, name, name_zh)


def test_a_holiday_feed_imports_as_official_days():
    days = parse_ics(ics(
        "UID:h\nSUMMARY:国庆节放假\nDTSTART;VALUE=DATE:20261001\nDTEND;VALUE=DATE:20261008",
        "UID:w1\nSUMMARY:国庆节调休上班\nDTSTART;VALUE=DATE:20260920",
        "UID:w2\nSUMMARY:国庆补班\nDTSTART;VALUE=DATE:20261010",
        "UID:dup\nSUMMARY:中秋节放假\nDTSTART;VALUE=DATE:20261001",  # same date, same kind
    ))
    official = official_days_from_ics(days)
    assert [(d.date, d.kind, d.name_zh) for d in official] == [
        (D(2026, 9, 20), WORKDAY, "国庆节"),
        *((D(2026, 10, n), HOLIDAY, "国庆节") for n in range(1, 8)),
        (D(2026, 10, 10), WORKDAY, "国庆节"),
    ]
    calendar = OfficialCalendar(official, package={})
    assert calendar.is_year_known(2026)
    assert calendar.day(D(2026, 10, 10)) == OfficialDay(D(2026, 10, 10), WORKDAY, "国庆节")


def test_a_date_that_is_both_holiday_and_workday_is_refused():
    with pytest.raises(UserError) as caught:
        official_days_from_ics([IcsDay(D(2026, 10, 1), "国庆节"),
                                IcsDay(D(2026, 10, 1), "国庆节调休上班")])
    assert "2026-10-01" in str(caught.value)


# --- export ---------------------------------------------------------------------------------

OFFICIAL = OfficialCalendar()  # chinesecalendar: 2026 National Day 1-7 Oct, workday 10 Oct
TERM = ProgramRules(7, ProgramKind.TERM, D(2026, 9, 1), D(2027, 1, 20), 0b0011111, T(16), T(19))
OVERRIDES = [
    Override(D(2026, 10, 20), OverrideKind.CLOSED, "台风停课"),
    Override(D(2026, 10, 23), OverrideKind.HOURS, "消防演习", closes_at=T(17, 30)),
    Override(D(2026, 10, 24), OverrideKind.OPEN, "加班日开放", opens_at=T(8), closes_at=T(18)),
]


def october() -> list[DayStatus]:
    return month_statuses(TERM, 2026, 10, OFFICIAL, OVERRIDES)


def closed(day: dt.date, reason: str) -> DayStatus:
    return DayStatus(day, False, DayReason.OVERRIDE_CLOSED, None, None, True, None, reason)


def test_export_then_import_gives_back_open_days_and_told_closures():
    statuses = october()
    days = parse_ics(build_ics("阳光之家", statuses, program_uid="program-7"))
    expected = []
    for s in statuses:
        if s.open:
            expected.append(IcsDay(s.date, "阳光之家 开放", s.opens_at, s.closes_at))
        elif s.reason is DayReason.PUBLIC_HOLIDAY:
            expected.append(IcsDay(s.date, f"阳光之家 停开：{s.holiday_name_zh}"))
        elif s.reason is DayReason.OVERRIDE_CLOSED:
            expected.append(IcsDay(s.date, f"阳光之家 停开：{s.override_reason}"))
    assert days == expected
    by_date = {d.date: d for d in days}
    assert by_date[D(2026, 10, 1)].summary == "阳光之家 停开：国庆节"
    assert by_date[D(2026, 10, 10)] == IcsDay(D(2026, 10, 10), "阳光之家 开放", T(16), T(19))
    assert by_date[D(2026, 10, 20)].summary == "阳光之家 停开：台风停课"
    assert by_date[D(2026, 10, 23)].closes_at == T(17, 30)
    assert by_date[D(2026, 10, 24)].opens_at == T(8)
    assert D(2026, 10, 11) not in by_date  # an ordinary Sunday is not worth an event


def test_export_is_a_calendar_with_name_zone_and_local_times():
    text = build_ics("阳光之家", october(), program_uid="program-7").decode()
    for line in ("PRODID:-//ASC Desk//asc-desk//ZH", "VERSION:2.0", "X-WR-CALNAME:阳光之家",
                 "X-WR-TIMEZONE:Asia/Shanghai", "BEGIN:VTIMEZONE", "TZID:Asia/Shanghai",
                 "DTSTART;TZID=Asia/Shanghai:20261009T160000",
                 "DTSTART;VALUE=DATE:20261001", "DTEND;VALUE=DATE:20261002",
                 "UID:program-7-20261009@asc-desk", "DTSTAMP:20261009T000000Z",
                 "DESCRIPTION:消防演习"):
        assert line in text.splitlines(), line
    assert text.count("BEGIN:VEVENT") == text.count("DTSTAMP:") == text.count("UID:")


def test_export_is_byte_identical_and_uids_are_stable():
    first = build_ics("阳光之家", october(), program_uid="program-7")
    assert build_ics("阳光之家", october(), program_uid="program-7") == first
    changed = month_statuses(TERM, 2026, 10, OFFICIAL, OVERRIDES[1:])  # typhoon day reopened
    second = build_ics("阳光之家", changed, program_uid="program-7")
    uids = re.compile(rb"^UID:(.*)\r$", re.MULTILINE)
    assert uids.findall(first) == uids.findall(second)
    assert b"UID:program-7-20261020@asc-desk" in first
    assert second != first


def test_stamp_replaces_the_derived_dtstamp():
    stamp = dt.datetime(2026, 9, 1, 8, 30, tzinfo=dt.UTC)
    text = build_ics("x", october(), program_uid="p", stamp=stamp).decode()
    assert set(re.findall(r"DTSTAMP:(\S+)", text)) == {"20260901T083000Z"}


def test_export_in_another_zone_keeps_wall_clock_hours_across_dst():
    program = ProgramRules(1, ProgramKind.HOLIDAY, D(2026, 3, 25), D(2026, 4, 2), 0b1111111,
                           T(8), T(18))
    statuses = month_statuses(program, 2026, 3, OFFICIAL)
    data = build_ics("Berlin", statuses, "Europe/Berlin", program_uid="b")
    assert b"TZID:Europe/Berlin" in data
    days = parse_ics(data, "Europe/Berlin")
    assert [(d.date, d.opens_at, d.closes_at) for d in days] == [
        (D(2026, 3, n), T(8), T(18)) for n in range(25, 32)]  # DST starts on 29 March


def test_an_empty_export_is_a_valid_calendar_without_events():
    data = build_ics("空", [], program_uid="p")
    assert data.startswith(b"BEGIN:VCALENDAR") and b"BEGIN:VEVENT" not in data
    refused(data, "no events")


def test_merged_exports_keep_every_program_and_one_vtimezone():
    summer = ProgramRules(8, ProgramKind.HOLIDAY, D(2027, 7, 1), D(2027, 8, 31), 0b0111111,
                          T(8), T(18))
    parts = [build_ics("课后班", october(), program_uid="program-7"),
             build_ics("暑期班", month_statuses(summer, 2027, 7, OfficialCalendar(package={})),
                       program_uid="program-8")]
    merged = merge_ics("阳光中心", parts)
    assert merged == merge_ics("阳光中心", parts)
    text = merged.decode()
    assert "X-WR-CALNAME:阳光中心" in text.splitlines()
    assert text.count("BEGIN:VTIMEZONE") == 1
    assert "COMMENT:This timezone only works from 2026-01-01 to 2028-01-01." in text
    assert parse_ics(merged) == sorted(parse_ics(parts[0]) + parse_ics(parts[1]),
                                       key=lambda d: d.date)
    assert "UID:program-8-20270701@asc-desk" in text and "UID:program-7-20261009@asc-desk" in text


def test_two_statuses_for_one_date_are_a_programming_error():
    with pytest.raises(ValueError, match="2026-10-01"):
        build_ics("x", [closed(D(2026, 10, 1), "a"), closed(D(2026, 10, 1), "b")],
                  program_uid="p")


# Without a backslash before N: icalendar takes a "\N" in the text it is given for RFC 5545's
# escaped line break and writes it as one (a reason nobody types; found by hypothesis).
reasons = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1,
                  max_size=40).filter(lambda text: "\\N" not in text)


@settings(max_examples=60, deadline=None)
@given(st.dictionaries(st.dates(D(2020, 1, 1), D(2035, 12, 31)),
                       reasons.map(str.strip).filter(bool), max_size=40))
def test_any_closure_dates_and_reasons_survive_export_and_import(closures):
    data = build_ics("中心", [closed(d, r) for d, r in closures.items()], program_uid="p")
    if not closures:
        return
    assert parse_ics(data) == [IcsDay(d, f"中心 停开：{closures[d]}") for d in sorted(closures)]


minutes = st.integers(0, 24 * 60 - 2)


@settings(max_examples=60, deadline=None)
@given(st.dates(D(2020, 1, 1), D(2035, 12, 31)), minutes, st.integers(1, 24 * 60 - 1))
def test_any_opening_hours_survive_export_and_import(day, start, length):
    opens = T(*divmod(start, 60))
    closes = T(*divmod(min(start + length, 24 * 60 - 1), 60))
    status = DayStatus(day, True, DayReason.WEEKDAY_OPEN, opens, closes, True, None, None)
    assert parse_ics(build_ics("中心", [status], program_uid="p")) == [
        IcsDay(day, "中心 开放", opens, closes)]
