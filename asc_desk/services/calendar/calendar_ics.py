"""iCalendar (.ics) conversion: events to days, days to events; bytes in, bytes out."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import threading
import time
import types
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import dateutil.rrule as _rrule_module
from dateutil.rrule import rrule, rruleset, rrulestr  # ships with icalendar, which needs it
from icalendar import Calendar, Component, Event
from icalendar.prop import vDDDTypes, vRecur

from asc_desk.domain.calendar_rules import DayReason, DayStatus
from asc_desk.domain.center import DEFAULT_TIME_ZONE
from asc_desk.domain.errors import N_, UserError
from asc_desk.domain.notices import Notice
from asc_desk.domain.official_days import (
    OfficialDay,
    OfficialDayKind,
    holiday_names,
    recognised_holiday,
)
from asc_desk.services.calendar.calendar_service import FIRST_YEAR, LAST_YEAR

PRODID = "-//ASC Desk//asc-desk//ZH"
MAX_EVENT_DAYS = 366
# Bounds on a file, so that a bad or hostile one is refused or cut fast, never hangs:
MAX_ICS_BYTES = 5 * 1024 * 1024  # the largest published holiday feeds are well under 1 MB
MAX_DAYS = 5000  # days read from one file (all events together); the rest is cut and said
EXPAND_SECONDS = 5.0  # time to expand the repeating events of one file; the rest is cut
# Rules repeating more often than daily cannot close days: they are skipped, not expanded.
_SUB_DAILY = frozenset({"SECONDLY", "MINUTELY", "HOURLY"})
_ONE_DAY = dt.timedelta(days=1)
_UTC = dt.UTC
# Reasons a parent must hear about; weekends and days outside the program go without saying.
_TOLD_CLOSURES = frozenset({DayReason.PUBLIC_HOLIDAY, DayReason.OVERRIDE_CLOSED})


def default_window(today: dt.date | None = None) -> tuple[dt.date, dt.date]:
    """The years a repeating event is read in when no program says more: this year ±1."""
    year = (today or dt.date.today()).year
    return window_of(year, year)


def window_of(first_year: int, last_year: int) -> tuple[dt.date, dt.date]:
    """From 1 January of the year before first_year to 31 December of the year after
    last_year, within FIRST_YEAR..LAST_YEAR."""
    return (dt.date(max(first_year - 1, FIRST_YEAR), 1, 1),
            dt.date(min(last_year + 1, LAST_YEAR), 12, 31))


@dataclass(frozen=True)
class IcsDay:
    """One date an event covers. Times only for timed events, as local wall-clock times;
    a part of an event that runs on past midnight closes at dt.time.max."""

    date: dt.date
    summary: str
    opens_at: dt.time | None = None
    closes_at: dt.time | None = None


def _zone(time_zone: str) -> ZoneInfo:
    try:
        return ZoneInfo(time_zone)
    except (ZoneInfoNotFoundError, ValueError):
        raise UserError(N_("Unknown time zone “{zone}”."), field="time_zone",
                        zone=time_zone) from None


def _calendars(data: bytes) -> list[Calendar]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        if data.lstrip(b"\xef\xbb\xbf \t\r\n").upper().startswith(b"BEGIN:VCALENDAR"):
            raise UserError(N_("The iCalendar (.ics) file is not UTF-8 text; save it as UTF-8 and import it again.")) from None  # noqa: E501 (one literal, for lupdate)
        raise UserError(N_("This is not an iCalendar (.ics) file, or the file is damaged.")) from None  # noqa: E501
    # The parser accepts a lone VEVENT or other components: only a VCALENDAR is a calendar file.
    if not text.lstrip().upper().startswith("BEGIN:VCALENDAR"):
        raise UserError(N_("This is not an iCalendar (.ics) file, or the file is damaged."))
    try:
        calendars = Calendar.from_ical(text, multiple=True)
    # Not only ValueError: on damaged input the parser also raises AttributeError (VALUE=DATE,)
    # and IsADirectoryError (TZID=Asia/), found by fuzzing icalendar 7.3.
    except (ValueError, LookupError, TypeError, AttributeError, OSError) as error:
        raise UserError(N_("This is not an iCalendar (.ics) file, or the file is damaged.")) from error  # noqa: E501
    if not calendars or any(c.name != "VCALENDAR" for c in calendars):
        raise UserError(N_("This is not an iCalendar (.ics) file, or the file is damaged."))
    return calendars


def _value(event: Component, key: str, name: str) -> dt.date | dt.timedelta | None:
    """The .dt of a property; a value the parser could not read names the event."""
    prop = event.get(key)
    if prop is None:
        return None
    try:
        value = prop.dt
    except (AttributeError, ValueError):  # a list (property repeated) or a broken value
        value = None
    if not isinstance(value, dt.date | dt.timedelta):
        raise UserError(N_("The event “{event}” has a {property} that cannot be read."),
                        event=name, property=key)
    return value


def _span(event: Component, name: str, zone: ZoneInfo) -> tuple[dt.date, dt.date]:
    """(start, end) of the event: dates with an exclusive end, or aware datetimes."""
    start = _value(event, "DTSTART", name)
    if start is None:
        raise UserError(N_("The event “{event}” has no date (DTSTART)."), event=name)
    if isinstance(start, dt.timedelta):
        raise UserError(N_("The event “{event}” has a {property} that cannot be read."),
                        event=name, property="DTSTART")
    end, duration = _value(event, "DTEND", name), _value(event, "DURATION", name)
    timed = isinstance(start, dt.datetime)
    if isinstance(start, dt.datetime):
        start = _aware(start, zone)
    if isinstance(end, dt.date):
        if isinstance(end, dt.datetime) != timed:
            raise UserError(N_("The event “{event}” has a {property} that cannot be read."),
                            event=name, property="DTEND")
        if isinstance(end, dt.datetime):  # exactly when start is one (checked above)
            end = _aware(end, zone)
    elif isinstance(duration, dt.timedelta):
        end = start + duration
    else:  # RFC 5545: a date alone is one day, a date-time alone an instant
        end = start if timed else start + _ONE_DAY
    if end < start:
        raise UserError(N_("The event “{event}” ends before it starts."), event=name)
    return start, end


def _aware(value: dt.datetime, zone: ZoneInfo) -> dt.datetime:
    # A floating time (no zone) is wall-clock time wherever the reader is: the center's zone.
    return value.replace(tzinfo=zone) if value.tzinfo is None else value


def _like(value: dt.date, base: dt.datetime, zone: ZoneInfo, end_of_day: bool = False
          ) -> dt.datetime:
    """A date or date-time as the same kind of datetime as base, which dateutil compares."""
    if not isinstance(value, dt.datetime):
        value = dt.datetime.combine(value, dt.time.max if end_of_day else dt.time())
        if base.tzinfo is not None:
            return value.replace(tzinfo=base.tzinfo)
    if base.tzinfo is None:  # whole days: compare naive local times
        return value.astimezone(zone).replace(tzinfo=None) if value.tzinfo else value
    return _aware(value, zone)


def _dates_of(event: Component, key: str) -> list[dt.date]:
    props = event.get(key, [])
    return [v.dt for p in (props if isinstance(props, list) else [props]) for v in p.dts
            if isinstance(v.dt, dt.date)]  # a PERIOD in RDATE would need its own span: skipped


class _YearsUpTo(types.ModuleType):
    """The datetime module with a smaller MAXYEAR, for dateutil.rrule only.

    dateutil checks UNTIL only on occurrences it finds: a rule whose filters never match
    (FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30) is walked day by day up to year 9999, ~10 s per
    event. Its only other stop is `year > datetime.MAXYEAR`, so that is lowered to the end of
    the window while a rule is expanded."""

    def __init__(self, last_year: int) -> None:
        super().__init__("datetime")
        self.MAXYEAR = last_year

    def __getattr__(self, name: str) -> object:
        return getattr(dt, name)


_RRULE_LOCK = threading.Lock()


@contextlib.contextmanager
def _years_up_to(last_year: int) -> Iterator[None]:
    # The module's namespace, written directly: dateutil.rrule imports datetime as a module
    # global and reads datetime.MAXYEAR from it at each step.
    namespace = vars(_rrule_module)
    with _RRULE_LOCK:
        namespace["datetime"] = _YearsUpTo(last_year)
        try:
            yield
        finally:
            namespace["datetime"] = dt


class _Budget:
    """What is left to read of one file: days and time. Cuts are said in `skipped`."""

    def __init__(self, window: tuple[dt.date, dt.date]) -> None:
        self.window = window
        self.days_left = MAX_DAYS
        self.deadline = time.monotonic() + EXPAND_SECONDS
        self.skipped: list[Notice] = []

    def out_of_time(self) -> bool:
        return time.monotonic() > self.deadline


def _starts(event: Component, start: dt.date, name: str, zone: ZoneInfo,
            replaced: Iterable[dt.date], budget: _Budget) -> list[dt.date]:
    """Start of every occurrence inside budget.window: RRULE and RDATE less EXDATE and
    replaced instances, at most budget.days_left of them."""
    rules = event.get("RRULE", [])
    rules = rules if isinstance(rules, list) else [rules]
    if (not rules and "RDATE" not in event) or "RECURRENCE-ID" in event:
        return [start]
    for rule in rules:
        try:
            freq = str((rule.get("FREQ") or [""])[0]).upper()
        except (ValueError, TypeError, AttributeError):
            raise UserError(N_("The event “{event}” repeats by a rule (RRULE) that cannot be "
                               "read."), event=name) from None
        if freq in _SUB_DAILY:
            budget.skipped.append(Notice(N_("{event}: repeats {freq} (more often than daily); "
                                            "only whole days can be read"),
                                         {"event": name, "freq": freq}))
            return []
    if budget.out_of_time():
        budget.skipped.append(Notice(N_("{event}: not read, the file's repeating events took "
                                        "too long (over {seconds} s)"),
                                     {"event": name, "seconds": f"{EXPAND_SECONDS:g}"}))
        return []
    base = start if isinstance(start, dt.datetime) else dt.datetime.combine(start, dt.time())
    low = _like(budget.window[0], base, zone)
    stop = _like(budget.window[1], base, zone, True)
    occurrences = rruleset()
    found: list[dt.date] = []
    try:
        for rule in rules:
            # UNTIL is given to dateutil as a datetime of DTSTART's kind: it refuses a local
            # UNTIL with a zoned DTSTART, a mistake common in published feeds. The window's
            # end bounds every rule, with or without COUNT.
            until = min([stop, *(_like(u, base, zone, True) for u in rule.get("UNTIL", []))])
            text = vRecur({k: v for k, v in rule.items() if k != "UNTIL"}).to_ical().decode()
            parsed = rrulestr(text, dtstart=base)
            if not isinstance(parsed, rrule):  # dateutil splits at spaces: it read several
                raise ValueError(text)
            with warnings.catch_warnings():  # COUNT and UNTIL together: whichever comes first
                warnings.simplefilter("ignore", DeprecationWarning)
                occurrences.rrule(parsed.replace(until=until))
        occurrences.rdate(base)
        for day in _dates_of(event, "RDATE"):
            occurrences.rdate(_like(day, base, zone))
        for day in [*_dates_of(event, "EXDATE"), *replaced]:
            occurrences.exdate(_like(day, base, zone))
        with _years_up_to(stop.year):
            every = list(_bounded(occurrences, low, stop, budget, name, start))
        found.extend(every)
    except (ValueError, TypeError, AttributeError, OverflowError):
        raise UserError(N_("The event “{event}” repeats by a rule (RRULE) that cannot be read."),
                        event=name) from None
    return found


def _bounded(occurrences: rruleset, low: dt.datetime, stop: dt.datetime, budget: _Budget,
             name: str, start: dt.date) -> Iterable[dt.date]:
    found = 0
    for occurrence in occurrences:
        if occurrence > stop:
            break
        if occurrence < low:
            if budget.out_of_time():
                break
            continue
        if found >= budget.days_left or budget.out_of_time():
            budget.skipped.append(Notice(
                N_("{event}: only {found} occurrence(s) read, the limit is {days} days per file "
                   "and {seconds} s"),
                {"event": name, "found": found, "days": MAX_DAYS,
                 "seconds": f"{EXPAND_SECONDS:g}"}))
            break
        found += 1
        yield occurrence if isinstance(start, dt.datetime) else occurrence.date()


def _whole_days(start: dt.datetime, end: dt.datetime, zone: ZoneInfo, flagged: bool
                ) -> tuple[dt.date, dt.date] | None:
    """An all-day event written with times: Outlook's midnight to midnight with a TZID
    (flagged X-MICROSOFT-CDO-ALLDAYEVENT:TRUE: its own zone's dates), or any event from
    midnight to midnight in the center's zone (a UTC 16:00Z to 16:00Z for Beijing)."""
    if flagged and start.time() == dt.time() and end.time() == dt.time() and end > start:
        return start.date(), end.date()
    local_start, local_end = start.astimezone(zone), end.astimezone(zone)
    if (local_start.time() == dt.time() and local_end.time() == dt.time()
            and local_end > local_start):
        return local_start.date(), local_end.date()
    return None


def _days(summary: str, start: dt.date, end: dt.date, zone: ZoneInfo, name: str,
          all_day_flag: bool = False) -> list[IcsDay]:
    if isinstance(start, dt.datetime):
        assert isinstance(end, dt.datetime)  # the same kind as start: see _span
        whole = _whole_days(start, end, zone, all_day_flag)
        if whole is not None:
            start, end = whole
    if not isinstance(start, dt.datetime):
        count = max((end - start).days, 1)  # DTEND = DTSTART: written by some apps for one day
        if count > MAX_EVENT_DAYS:
            raise UserError(N_("The event “{event}” is longer than {days} days; check its dates or split it."),  # noqa: E501
                            event=name, days=MAX_EVENT_DAYS)
        return [IcsDay(start + _ONE_DAY * i, summary) for i in range(count)]
    assert isinstance(end, dt.datetime)  # the same kind as start: see _span
    start, end = start.astimezone(zone), end.astimezone(zone)
    first, last = start.date(), end.date()
    if end > start and end.time() == dt.time():  # ending at midnight leaves the next day free
        last -= _ONE_DAY
    if (last - first).days >= MAX_EVENT_DAYS:
        raise UserError(N_("The event “{event}” is longer than {days} days; check its dates or split it."),  # noqa: E501
                        event=name, days=MAX_EVENT_DAYS)
    days = []
    for i in range((last - first).days + 1):
        day = first + _ONE_DAY * i
        opens = start.time() if day == first else dt.time()
        closes = end.time() if day == end.date() else dt.time.max
        days.append(IcsDay(day, summary, opens, closes))
    return days


@dataclass(frozen=True)
class IcsRead:
    days: list[IcsDay]
    skipped: tuple[Notice, ...] = ()  # events or occurrences left out, and why


def parse_ics(data: bytes, time_zone: str = DEFAULT_TIME_ZONE,
              window: tuple[dt.date, dt.date] | None = None) -> list[IcsDay]:
    """The days of read_ics, without what was skipped."""
    return read_ics(data, time_zone, window).days


def read_ics(data: bytes, time_zone: str = DEFAULT_TIME_ZONE,
             window: tuple[dt.date, dt.date] | None = None) -> IcsRead:
    """One IcsDay per date each event covers, in date order; UserError and nothing for bad data.

    Repeating events (RRULE, RDATE, EXDATE, instances replaced by RECURRENCE-ID) are
    expanded inside `window` only (default_window() when None). Events outside the years
    FIRST_YEAR..LAST_YEAR, rules repeating more often than daily and whatever passes MAX_DAYS
    days or EXPAND_SECONDS of expansion are left out and listed in `skipped`.
    """
    if len(data) > MAX_ICS_BYTES:
        raise UserError(N_("The iCalendar file is larger than {size} MB; import a smaller file."),
                        size=MAX_ICS_BYTES // (1024 * 1024))
    zone = _zone(time_zone)
    events = [e for calendar in _calendars(data) for e in calendar.walk("VEVENT")]
    if not events:
        raise UserError(N_("The iCalendar file has no events."))
    budget = _Budget(window or default_window())
    replaced: dict[str, list[dt.date]] = {}
    for event in events:
        if "RECURRENCE-ID" in event and "UID" in event:
            value = _value(event, "RECURRENCE-ID", str(event["UID"]))
            if not isinstance(value, dt.date):  # a duration names no instance
                raise UserError(N_("The event “{event}” has a {property} that cannot be read."),
                                event=str(event["UID"]), property="RECURRENCE-ID")
            replaced.setdefault(str(event["UID"]), []).append(value)
    days: list[IcsDay] = []
    for number, event in enumerate(events, 1):
        summary = str(event.get("SUMMARY", "")).strip()
        name = summary or str(event.get("UID", "")).strip() or f"#{number}"
        if str(event.get("STATUS", "")).upper() == "CANCELLED":
            budget.skipped.append(_cancelled(event, name, zone))
            continue
        if budget.days_left <= 0:
            budget.skipped.append(Notice(N_("“{event}” and later events: not read, the limit "
                                            "is {days} days per file"),
                                         {"event": name, "days": MAX_DAYS}))
            break
        try:
            start, end = _span(event, name, zone)
        except OverflowError:  # ends after year 9999
            start = end = dt.date.max
        if not FIRST_YEAR <= start.year <= LAST_YEAR or end.year > LAST_YEAR:
            budget.skipped.append(Notice(N_("{event}: {year}, outside the years {first}–{last} "
                                            "the app's calendar can check"),
                                         {"event": name, "year": start.year,
                                          "first": FIRST_YEAR, "last": LAST_YEAR}))
            continue
        length = end - start
        all_day = str(event.get("X-MICROSOFT-CDO-ALLDAYEVENT", "")).upper() == "TRUE"
        others = replaced.get(str(event.get("UID", "")), []) if "RECURRENCE-ID" not in event else []
        for occurrence in _starts(event, start, name, zone, others, budget):
            more = _days(summary, occurrence, occurrence + length, zone, name, all_day)
            days.extend(more[:max(budget.days_left, 0)])
            budget.days_left -= len(more)
    days.sort(key=lambda d: d.date)
    return IcsRead(days, tuple(budget.skipped))


def _cancelled(event: Component, name: str, zone: ZoneInfo) -> Notice:
    """A cancelled event closes nothing, but is named: the user may be waiting for it."""
    try:
        value: object = getattr(event.get("DTSTART"), "dt", None)
    except ValueError:
        value = None
    if isinstance(value, dt.datetime):
        value = _aware(value, zone).astimezone(zone).date()
    if isinstance(value, dt.date):
        return Notice(N_("{date} {event}: cancelled in the file (STATUS:CANCELLED)"),
                      {"date": value.isoformat(), "event": name})
    return Notice(N_("{event}: cancelled in the file (STATUS:CANCELLED)"), {"event": name})


_WORKDAY = re.compile(r"班|work\s?day|working\s+day", re.IGNORECASE)
# A title that says the day is a day off, whatever the holiday is called.
_DAY_OFF = re.compile(r"休|假|day\s+off|\bholidays?\b", re.IGNORECASE)
_MARKERS = re.compile(
    r"第\s*\d+\s*天|共\s*\d+\s*天|调休上班|补班|上班|调休|放假|假期|休息|^补|(?<=[(（\s])补"
    r"|\b(?:public\s+)?holidays?\b|\b(?:adjusted\s+|makeup\s+)?work(?:ing)?\s?day\b|\bday\s+off\b",
    re.IGNORECASE,
)
_SEPARATORS = re.compile(r"[\s()（）\[\]【】·・:：/／,，.\-—]+")


def _holiday_name(summary: str) -> str:
    """国庆节放假, 国庆节（休）, 上班(补国庆节假期), 春节 假期 第1天/共8天 → the holiday's own name;
    a combined name (国庆节、中秋节) and quotes (“五一”) stay as the file writes them."""
    words = _SEPARATORS.split(_MARKERS.sub(" ", summary))
    # A lone 休 or 班 marks the kind; inside a word (年休假) it is part of the name.
    return " ".join(w for w in words if w and w not in ("休", "班") and not w.isdigit())


# Stricter than _WORKDAY: a school calendar's 班会 or 秋季班开学 is no working day.
_WORKING_DAY_EVENT = re.compile(r"上班|补班|[(（【\[]\s*班\s*[)）】\]]|^\s*班\s*$"
                                r"|\b(?:adjusted\s+|makeup\s+)?work(?:ing)?\s?day\b", re.IGNORECASE)


def is_working_day_event(summary: str) -> bool:
    """An event titled as a working day (上班, 补班, 调休上班, working day): never a closure."""
    return bool(_WORKING_DAY_EVENT.search(summary))


@dataclass(frozen=True)
class OfficialRead:
    days: list[OfficialDay]
    skipped: list[Notice]  # events that are no official day, each with why


def read_official_days(days: list[IcsDay]) -> OfficialRead:
    """Public holidays and adjusted working days (调休上班) from a holiday calendar's days,
    recognised by the file's own structure:

    - an event titled 上班 / 补班 / 班 / working day (all-day or timed) is an adjusted working
      day, named after the holiday it makes up for ("上班(补国庆节假期)": 国庆节);
    - an all-day event is a day off when its title names official holidays (one, or several:
      "国庆节、中秋节"; old quoted names: "“五一”"; one-off days: 抗战胜利70周年纪念日) or says
      it is a day off (休, 假, holiday); its name is the file's own;
    - anything else (observances such as 情人节, timed events) is skipped, with why.
    """
    by_date: dict[dt.date, OfficialDay] = {}
    skipped: list[Notice] = []
    for day in days:
        name = _holiday_name(day.summary)
        known = recognised_holiday(name) if name else None
        if _WORKDAY.search(day.summary):
            kind = OfficialDayKind.WORKDAY
        elif day.opens_at is not None:
            skipped.append(Notice(N_("{date} {event}: a timed event, not a day off"),
                                  {"date": day.date.isoformat(), "event": day.summary}))
            continue
        elif known is None and not _DAY_OFF.search(day.summary):
            skipped.append(Notice(N_("{date} {event}: not an official day off (no holiday's "
                                     "name, and no 休 or 假 in its title)"),
                                  {"date": day.date.isoformat(), "event": day.summary}))
            continue
        else:
            kind = OfficialDayKind.HOLIDAY
        english, chinese = known or holiday_names(name)
        official = OfficialDay(day.date, kind, english, chinese)
        before = by_date.get(day.date)
        if before is None:  # a second event of the same kind on a date adds nothing
            by_date[day.date] = official
        elif before.kind is not kind:
            raise UserError(N_("{date} is both a public holiday and an adjusted working day in the file."),  # noqa: E501
                            field="date", date=day.date.isoformat())
    return OfficialRead([by_date[d] for d in sorted(by_date)], skipped)


def official_days_from_ics(days: list[IcsDay]) -> list[OfficialDay]:
    """The official days of read_official_days, without what was skipped."""
    return read_official_days(days).days


def build_ics(
    calendar_name: str,
    statuses: Iterable[DayStatus],
    time_zone: str = DEFAULT_TIME_ZONE,
    *,
    program_uid: str,
    stamp: dt.datetime | None = None,
) -> bytes:
    """A calendar of one program's open days (timed) and told closures (all-day).

    UIDs are "{program_uid}-{YYYYMMDD}@asc-desk", so a re-export updates subscribers' copies.
    DTSTAMP is `stamp` when given, else midnight UTC of the event's date, so the same days
    always give the same bytes (tests, diffs, and no spurious change for subscribers).
    """
    zone = _zone(time_zone)
    ordered = sorted(statuses, key=lambda s: s.date)
    for before, after in zip(ordered, ordered[1:], strict=False):
        if before.date == after.date:  # two events would share a UID
            raise ValueError(f"two statuses for {after.date}: build_ics takes one program")
    calendar = _calendar(calendar_name, time_zone)
    for status in ordered:
        event = Event()
        if status.open:
            # DayStatus: hours are None exactly when the day is closed.
            assert status.opens_at is not None and status.closes_at is not None
            event.add("SUMMARY", f"{calendar_name} 开放")
            event.add("DTSTART", dt.datetime.combine(status.date, status.opens_at, zone))
            event.add("DTEND", dt.datetime.combine(status.date, status.closes_at, zone))
            # Opening hours are information: they must not mark the parent busy.
            event.add("TRANSP", "TRANSPARENT")
            if status.override_reason:
                event.add("DESCRIPTION", status.override_reason)
        elif status.reason in _TOLD_CLOSURES:
            why = status.override_reason or status.holiday_name_zh or "停开"
            event.add("SUMMARY", f"{calendar_name} 停开：{why}")
            event.add("DTSTART", status.date)
            event.add("DTEND", status.date + _ONE_DAY)
            event.add("TRANSP", "TRANSPARENT")
        else:
            continue
        event.add("UID", f"{program_uid}-{status.date:%Y%m%d}@asc-desk")
        event.add("DTSTAMP", stamp.astimezone(_UTC) if stamp
                  else dt.datetime.combine(status.date, dt.time(), _UTC))
        calendar.add_component(event)
    return _finish(calendar, [s.date.year for s in ordered])


def merge_ics(calendar_name: str, parts: Iterable[bytes]) -> bytes:
    """One calendar of several build_ics outputs (every program), each event and UID kept."""
    sources = [Calendar.from_ical(part) for part in parts]
    zone = str(sources[0].get("X-WR-TIMEZONE", DEFAULT_TIME_ZONE)) if sources else DEFAULT_TIME_ZONE
    calendar = _calendar(calendar_name, zone)
    years = []
    for event in (e for source in sources for e in source.walk("VEVENT")):
        calendar.add_component(event)
        start = event["DTSTART"]  # build_ics wrote it: a date or a date-time
        assert isinstance(start, vDDDTypes) and isinstance(start.dt, dt.date)
        years.append(start.dt.year)
    return _finish(calendar, years)


def _calendar(calendar_name: str, time_zone: str) -> Calendar:
    calendar = Calendar()
    calendar.add("PRODID", PRODID)
    calendar.add("VERSION", "2.0")
    calendar.add("CALSCALE", "GREGORIAN")
    calendar.add("X-WR-CALNAME", calendar_name)
    calendar.add("X-WR-TIMEZONE", time_zone)
    return calendar


def _finish(calendar: Calendar, years: list[int]) -> bytes:
    if years:  # VTIMEZONE rules for the exported years only, so the bytes stay the same
        calendar.add_missing_timezones(dt.date(min(years), 1, 1), dt.date(max(years) + 1, 1, 1))
    return calendar.to_ical()
