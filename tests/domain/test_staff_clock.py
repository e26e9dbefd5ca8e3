"""Staff clock pairs, refusals and corrections."""

from __future__ import annotations

import datetime as dt

import pytest

from asc_desk.domain.errors import UserError
from asc_desk.domain.staff_clock import (
    ClockEvent,
    ClockKind,
    check_new,
    clocked_in_at,
    pairs,
    worked_hours,
)

UTC = dt.UTC


def at(h, m=0):
    return dt.datetime(2026, 11, 25, h, m, tzinfo=UTC)


IN, OUT, VOID = ClockKind.CLOCK_IN, ClockKind.CLOCK_OUT, ClockKind.CORRECTION_VOID


def test_pairs_and_hours():
    events = [ClockEvent(1, 1, IN, at(8)), ClockEvent(2, 1, OUT, at(12)),
              ClockEvent(3, 1, IN, at(13)), ClockEvent(4, 1, OUT, at(17, 30))]
    assert worked_hours(events) == 8.5
    assert clocked_in_at(events, at(12, 30)) is None
    assert clocked_in_at(events, at(14)) == at(13)


def test_clock_out_without_clock_in_refused():
    with pytest.raises(UserError, match="not clocked in"):
        check_new([], OUT, at(12), "李老师")


def test_second_clock_in_refused():
    with pytest.raises(UserError, match="already clocked in"):
        check_new([ClockEvent(1, 1, IN, at(8))], IN, at(9), "李老师")


def test_the_refusal_names_the_time_in_the_centers_zone():
    """The trial saw "since 2026-11-30 18:07" for a clock-in at 02:07 in Shanghai."""
    from zoneinfo import ZoneInfo

    shanghai = ZoneInfo("Asia/Shanghai")
    clocked = dt.datetime(2026, 12, 1, 2, 7, tzinfo=shanghai)
    with pytest.raises(UserError) as caught:
        check_new([ClockEvent(1, 1, IN, clocked)], IN, clocked + dt.timedelta(hours=1),
                  "刘俊", shanghai)
    assert "2026-12-01 02:07" in str(caught.value)


def test_a_void_correction_cancels_the_event():
    events = [ClockEvent(1, 1, IN, at(8)), ClockEvent(2, 1, VOID, at(8), corrects=1,
                                                        reason="按错了")]
    assert pairs(events) == []
    check_new(events, IN, at(9), "李老师")  # may clock in again


def test_a_replacement_gives_another_time():
    events = [ClockEvent(1, 1, IN, at(8)), ClockEvent(2, 1, OUT, at(18)),
              ClockEvent(3, 1, OUT, at(17), corrects=2, reason="忘记打卡")]
    assert pairs(events) == [(at(8), at(17))]
    assert worked_hours(events) == 9


def test_an_open_clock_in_has_no_end():
    assert pairs([ClockEvent(1, 1, IN, at(8))]) == [(at(8), None)]
