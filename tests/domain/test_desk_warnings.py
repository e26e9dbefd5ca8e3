"""The desk's amber words beside a kept record: a child both out of hours and not expected
that day hears both in one message, not only the time."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from asc_desk.domain.attendance_rules import EventKind
from asc_desk.domain.desk_warnings import desk_warning

SH = ZoneInfo("Asia/Shanghai")
DAY = dt.date(2026, 12, 1)


def _check_in(hour: int, minute: int, *, expected: bool):
    return desk_warning(EventKind.CHECK_IN, dt.datetime.combine(DAY, dt.time(hour, minute), SH),
                        name="龚晨阳", expected=expected, opens=dt.time(16, 30),
                        closes=dt.time(20, 30), pickup=None, allowed=())


def test_early_and_not_expected_says_both():
    notice = _check_in(12, 16, expected=False)
    assert notice is not None
    text = notice.template.format(**notice.params)
    assert text == ("龚晨阳 is not expected today and checked in at 12:16, before the program "
                    "opens (16:30): recorded as unscheduled.")


def test_early_alone_and_not_expected_alone_keep_their_words():
    early = _check_in(12, 16, expected=True)
    assert early is not None and "not expected" not in early.template
    assert "before the program opens" in early.template
    unexpected = _check_in(17, 0, expected=False)
    assert unexpected is not None and "before the program" not in unexpected.template
    assert "is not expected today" in unexpected.template


def test_after_closing_and_not_expected_says_both():
    notice = _check_in(21, 0, expected=False)
    assert notice is not None
    assert "not expected today" in notice.template and "after closing time" in notice.template
    assert _check_in(17, 0, expected=True) is None
