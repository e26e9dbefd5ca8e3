"""Bad .ics files are read within bounds: a window, a cap on days, a size limit, fast."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from asc_desk.domain.errors import UserError
from asc_desk.services.calendar.calendar_ics import (
    MAX_DAYS,
    MAX_ICS_BYTES,
    default_window,
    parse_ics,
    read_ics,
    window_of,
)

D = dt.date
WINDOW = (D(2025, 1, 1), D(2027, 12, 31))


def ics(*events: str) -> bytes:
    body = "".join(f"BEGIN:VEVENT\r\nUID:e{i}\r\n{e}\r\nEND:VEVENT\r\n"
                   for i, e in enumerate(events))
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//x//ZH\r\n" + body
            + "END:VCALENDAR\r\n").encode()


class fast:
    """Fails the test only when the block hangs: ten times `limit` seconds (the unbounded
    expansion took 39-57 s and more). A loaded test machine is no measure of speed: the
    figures themselves are for bench/."""

    def __init__(self, limit: float) -> None:
        self.limit = 10 * limit

    def __enter__(self):
        self.start = time.perf_counter()

    def __exit__(self, *exc):
        took = time.perf_counter() - self.start
        assert took < self.limit, f"took {took:.2f} s"


def test_the_window_is_the_program_years_plus_one_within_2000_2100():
    assert window_of(2026, 2027) == (D(2025, 1, 1), D(2028, 12, 31))
    assert window_of(2000, 2100) == (D(2000, 1, 1), D(2100, 12, 31))
    assert default_window(D(2026, 5, 1)) == (D(2025, 1, 1), D(2027, 12, 31))


@pytest.mark.parametrize("freq", ["SECONDLY", "MINUTELY", "HOURLY"])
def test_a_sub_daily_rule_bomb_is_skipped_with_a_reason_fast(freq):
    data = ics(f"SUMMARY:炸弹\r\nDTSTART:20260101T000000Z\r\n"
               f"RRULE:FREQ={freq};BYMONTH=2;BYMONTHDAY=30",
               "SUMMARY:停电\r\nDTSTART;VALUE=DATE:20261105")
    with fast(1.0):
        read = read_ics(data, window=WINDOW)
    assert [d.date for d in read.days] == [D(2026, 11, 5)]
    assert any("炸弹" in s and freq in s for s in map(str, read.skipped))


def test_many_endless_daily_rules_are_cut_at_the_day_limit_and_say_so():
    events = [f"SUMMARY:x{i}\r\nDTSTART;VALUE=DATE:2026{1 + i % 12:02d}01\r\nRRULE:FREQ=DAILY"
              for i in range(300)]
    with fast(2.0):
        read = read_ics(ics(*events), window=WINDOW)
    assert len(read.days) == MAX_DAYS
    assert any(str(MAX_DAYS) in s for s in map(str, read.skipped))


def test_an_impossible_daily_rule_from_2000_is_bounded_by_the_window():
    data = ics("SUMMARY:never\r\nDTSTART;VALUE=DATE:20000101\r\n"
               "RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30")
    with fast(1.0):
        read = read_ics(data, window=WINDOW)
    assert read.days == [] and read.skipped == ()


def test_a_timed_event_in_9999_with_a_rule_is_skipped_with_a_reason():
    data = ics("SUMMARY:远方\r\nDTSTART:99991231T230000Z\r\nRRULE:FREQ=DAILY",
               "SUMMARY:停电\r\nDTSTART;VALUE=DATE:20261105")
    read = read_ics(data, window=WINDOW)
    assert [d.date for d in read.days] == [D(2026, 11, 5)]
    assert tuple(map(str, read.skipped)) == (
        "远方: 9999, outside the years 2000–2100 the app's calendar can check",)


@pytest.mark.parametrize("day", ["00010101", "19991231", "21010101", "99991231"])
def test_days_outside_2000_2100_are_skipped_with_why(day):
    read = read_ics(ics(f"SUMMARY:古\r\nDTSTART;VALUE=DATE:{day}"), window=WINDOW)
    assert read.days == []
    assert "outside the years 2000–2100" in str(read.skipped[0])


def test_a_file_over_the_size_limit_is_refused_fast_naming_the_limit():
    data = ics("SUMMARY:x\r\nDTSTART;VALUE=DATE:20261105") + b" " * MAX_ICS_BYTES
    with fast(0.5), pytest.raises(UserError) as caught:
        parse_ics(data)
    assert caught.value.params["size"] == 5
    assert "5 MB" in str(caught.value)
