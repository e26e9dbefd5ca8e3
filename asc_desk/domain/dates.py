"""Reading dates, months and times typed by people: 2026-10-12, 2026/10/12, 2026.10.12, 16:30."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from asc_desk.domain.errors import N_, ValidationError

_DATE = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$")
# HR and ERP systems write 20190305, and a date with a midnight time: 2019-3-5 0:00:00,
# 2019-03-05T00:00:00 (any other time of day is not a date).
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})\s*$")
_MIDNIGHT = re.compile(r"(?:\s+|T)0{1,2}:00(?::00(?:\.0+)?)?\s*$")
_MONTH = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?\s*$")
_TIME = re.compile(r"^\s*(\d{1,2})\s*[:：]\s*(\d{2})\s*$")


def parse_date(text: str, field: str = "date") -> dt.date:
    """2026-10-12, 2026/10/12, 2026.10.12, 2026年10月12日, 20261012, with full-width digits
    (a Chinese input method's) and a midnight time (2026-10-12 0:00:00) too."""
    text = text or ""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    clean = _MIDNIGHT.sub("", text)
    match = _DATE.match(clean) or _COMPACT.match(clean)
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
