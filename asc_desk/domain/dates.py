"""Reading dates, months and times typed by people: 2026-10-12, 2026/10/12, 2026.10.12, 16:30."""

from __future__ import annotations

import datetime as dt
import re

from asc_desk.domain.errors import N_, ValidationError

_DATE = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$")
_MONTH = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?\s*$")
_TIME = re.compile(r"^\s*(\d{1,2})\s*[:：]\s*(\d{2})\s*$")


def parse_date(text: str, field: str = "date") -> dt.date:
    match = _DATE.match(text or "")
    if not match:
        raise ValidationError(N_("“{value}” is not a date: write it as 2026-10-12."),
                              field=field, value=text)
    year, month, day = (int(g) for g in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValidationError(N_("{value} does not exist in the calendar."), field=field,
                              value=text.strip()) from None


def parse_month(text: str, field: str = "month") -> tuple[int, int]:
    match = _MONTH.match(text or "")
    if match and not 1 <= int(match.group(2)) <= 12:  # written right, but no such month
        raise ValidationError(N_("There is no month {month}."), field=field,
                              month=int(match.group(2)))
    if not match or int(match.group(1)) < 1900:
        raise ValidationError(N_("“{value}” is not a month: write it as 2026-10."),
                              field=field, value=text)
    return int(match.group(1)), int(match.group(2))


def parse_time(text: str, field: str = "time") -> dt.time:
    match = _TIME.match(text or "")
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise ValidationError(N_("“{value}” is not a time of day: write it as 16:30."),
                              field=field, value=text)
    return dt.time(int(match.group(1)), int(match.group(2)))
