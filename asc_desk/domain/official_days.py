"""Official public holidays and adjusted working days (调休), from chinesecalendar or by hand."""

from __future__ import annotations

import datetime as dt
import enum
import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from asc_desk.domain.errors import N_, UserError, ValidationError


class OfficialDayKind(enum.StrEnum):
    HOLIDAY = "holiday"  # a public holiday: people rest, even on a weekday
    WORKDAY = "workday"  # an adjusted working day (调休上班): people work, usually on a weekend


# English names as chinesecalendar spells them, and the names people use in China.
_ZH_OF_EN = {
    "New Year's Day": "元旦",
    "Spring Festival": "春节",
    "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节",
    "Mid-autumn Festival": "中秋节",
    "National Day": "国庆节",
    "Anti-Fascist 70th Day": "抗战胜利70周年纪念日",
}
# Short and colloquial Chinese names, so days typed or imported in Chinese find their English name.
_EN_OF_ZH = {zh: en for en, zh in _ZH_OF_EN.items()} | {
    "新年": "New Year's Day", "清明": "Tomb-sweeping Day", "五一": "Labour Day",
    "端午": "Dragon Boat Festival", "中秋": "Mid-autumn Festival", "国庆": "National Day",
    "十一": "National Day", "元旦节": "New Year's Day", "除夕": "Spring Festival",
    "国际劳动节": "Labour Day", "五一国际劳动节": "Labour Day", "五一劳动节": "Labour Day",
    "劳动": "Labour Day", "清明节假期": "Tomb-sweeping Day", "端午节假期": "Dragon Boat Festival",
    "十一国庆节": "National Day",
}
_EN_BY_LOWER = {en.lower(): en for en in _ZH_OF_EN}
# Older notices quote the short names: “五一”, “十一”, “五一”国际劳动节.
_QUOTES = str.maketrans("", "", "“”\"‘’'「」『』")
_NAME_PARTS = re.compile(r"\s*(?:[、,，/&＆及和与]|\band\b)\s*")
# One-off days off by a State Council decision (2015: 抗战胜利70周年纪念日).
_COMMEMORATION = re.compile(r"纪念日|周年|胜利|anniversary", re.IGNORECASE)
# Fixed by law (全国年节及纪念日放假办法): these dates are days off in every year, before the
# year's notice says how the rest of each break and the adjusted working days fall.
FIXED_DATE_HOLIDAYS = {(1, 1): "New Year's Day", (5, 1): "Labour Day", (10, 1): "National Day",
                       (10, 2): "National Day", (10, 3): "National Day"}


def holiday_names(text: str) -> tuple[str, str]:
    """(English, Chinese) names of a holiday named in either language; unknown: both as given."""
    name = text.strip()
    if name in _EN_OF_ZH:
        english = _EN_OF_ZH[name]
        return english, _ZH_OF_EN[english]
    known = _EN_BY_LOWER.get(name.lower())
    if known is not None:
        return known, _ZH_OF_EN[known]
    return name, name


def recognised_holiday(text: str) -> tuple[str, str] | None:
    """(English, Chinese) names of the official holiday(s) `text` names, or None.

    A combined name ("国庆节、中秋节") gives both English names; quoted short names
    ("“五一”", "“十一”") and one-off commemorations (抗战胜利70周年纪念日) are recognised. A
    combined or quoted Chinese name stays as the text gives it; one plain known name is given
    its usual Chinese name (国庆 → 国庆节).
    """
    name = text.strip()
    parts = [p for p in _NAME_PARTS.split(name.translate(_QUOTES)) if p.strip()]
    if not parts:
        return None
    english = []
    for part in parts:
        known_en, known_zh = holiday_names(part)
        if known_en != known_zh:
            english.append(known_en)
        elif _COMMEMORATION.search(part):
            english.append("Anti-Fascist 70th Day" if "抗" in part and "70" in part else part)
        else:
            return None
    if len(parts) == 1 and parts[0] == name and english[0] in _ZH_OF_EN:
        return english[0], _ZH_OF_EN[english[0]]  # one plain name: 国庆 and 国庆节 are alike
    return ", ".join(dict.fromkeys(english)), name


def fixed_date_holiday(date: dt.date) -> OfficialDay | None:
    """元旦, 劳动节 or 国庆节 when `date` is one of their dates fixed by law, else None."""
    name = FIXED_DATE_HOLIDAYS.get((date.month, date.day))
    return None if name is None else OfficialDay(date, OfficialDayKind.HOLIDAY, name)


@dataclass(frozen=True)
class OfficialDay:
    """One official day; `name` is English, `name_zh` Chinese (filled from `name` when left empty).

    A known name given in Chinese (OfficialDay(d, HOLIDAY, "国庆节")) is stored as
    name="National Day", name_zh="国庆节".
    """

    date: dt.date
    kind: OfficialDayKind
    name: str
    name_zh: str = ""

    def __post_init__(self) -> None:
        # datetime is a subclass of date: a datetime here would never equal a date key.
        if not isinstance(self.date, dt.date) or isinstance(self.date, dt.datetime):
            raise ValidationError(N_("{value} is not a date."), field="date", value=repr(self.date))
        try:
            kind = OfficialDayKind(self.kind)
        except ValueError:
            raise ValidationError(
                N_("“{kind}” is neither a public holiday nor an adjusted working day."),
                field="kind", kind=str(self.kind),
            ) from None
        english, chinese = holiday_names(self.name)
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "name", english)
        object.__setattr__(self, "name_zh", self.name_zh.strip() or chinese)

    @property
    def is_holiday(self) -> bool:
        return self.kind is OfficialDayKind.HOLIDAY


def official_days_between(first: dt.date, last: dt.date, kind: OfficialDayKind,
                          name: str) -> list[OfficialDay]:
    """Every day from first to last, both included, as the same official day (a holiday
    of several days, as the State Council's notice gives it)."""
    return [OfficialDay(first + dt.timedelta(days=i), kind, name)
            for i in range((last - first).days + 1)]


class OfficialDaysUnknownError(UserError):
    """The official holidays of a year are not known: never guessed, the user must supply them."""

    def __init__(self, year: int) -> None:
        super().__init__(
            N_("The official holidays for {year} have not been published yet or are not known to ASC Desk; enter or import them (an .ics file or a newer chinesecalendar release)."),  # noqa: E501 (one literal, for lupdate)
            field="year", year=year,
        )
        self.year = year


YearDays = Mapping[int, Mapping[dt.date, OfficialDay]]


def days_from_tables(
    holidays: Mapping[dt.date, str], workdays: Mapping[dt.date, str]
) -> dict[int, dict[dt.date, OfficialDay]]:
    """Official days by year from chinesecalendar-style tables (date -> English holiday name).

    Every year from the first to the last year in the tables counts as covered, which is the
    rule chinesecalendar itself applies before raising NotImplementedError.
    """
    dates = [*holidays, *workdays]
    if not dates:
        return {}
    by_year: dict[int, dict[dt.date, OfficialDay]] = {
        year: {} for year in range(min(dates).year, max(dates).year + 1)
    }
    for table, kind in ((holidays, OfficialDayKind.HOLIDAY), (workdays, OfficialDayKind.WORKDAY)):
        for day, name in table.items():
            by_year[day.year][day] = OfficialDay(day, kind, name)
    for day, name in weekend_gaps(holidays, workdays).items():
        by_year[day.year][day] = OfficialDay(day, OfficialDayKind.HOLIDAY, name)
    return {year: dict(sorted(days.items())) for year, days in by_year.items()}


def weekend_gaps(holidays: Mapping[dt.date, str], workdays: Mapping[dt.date, str]
                 ) -> dict[dt.date, str]:
    """Weekend days inside a break that the holiday table leaves out, with the break's name.

    chinesecalendar answers is_holiday() per day (a weekend day is a day off) but its table
    skips a few weekend days in the middle of a break (2011-06-05, 2012-06-23, 2015-06-21,
    2015-09-05): a weekend day whose run of weekend days is bounded on both sides by official
    days, one of them a holiday, is part of that break. The per-day answer wins.
    """
    one = dt.timedelta(days=1)

    def edge(day: dt.date, step: dt.timedelta) -> dt.date:
        day += step
        while day.weekday() >= 5 and day not in holidays and day not in workdays:
            day += step
        return day

    gaps: dict[dt.date, str] = {}
    for holiday in holidays:
        for step in (one, -one):
            day = holiday + step
            while day.weekday() >= 5 and day not in holidays and day not in workdays:
                other = edge(day, step)
                if other in holidays or other in workdays:
                    gaps[day] = holidays[holiday]
                day += step
    return gaps


@functools.cache
def chinesecalendar_days() -> Mapping[int, Mapping[dt.date, OfficialDay]]:
    """Official days by year for every year the installed chinesecalendar covers (read once)."""
    from chinese_calendar import constants  # imported late: only this function needs it

    # Read-only views: OfficialCalendar hands these out without copying.
    return {year: MappingProxyType(days)
            for year, days in days_from_tables(constants.holidays, constants.workdays).items()}


class OfficialCalendar:
    """The official days of each known year: the package's, replaced year by year by entered days.

    Entering (or importing) any day of a year makes that whole year known and replaces the
    package's data for it, so a correction or a newly published year is used as official.
    Asking about a year that is not known raises OfficialDaysUnknownError: nothing is guessed.

    `provisional` days are official days of a year that is not published in full (an .ics
    file that has a few days of it, such as a feed starting on 31 December): they leave the
    year unknown and are told, with the fixed-date holidays, by provisional_day().
    """

    def __init__(
        self,
        entered: Iterable[OfficialDay] = (),
        *,
        package: YearDays | None = None,
        provisional: Iterable[OfficialDay] = (),
    ) -> None:
        self._package = chinesecalendar_days() if package is None else package
        entered_by_year: dict[int, dict[dt.date, OfficialDay]] = {}
        for day in entered:
            year_days = entered_by_year.setdefault(day.date.year, {})
            before = year_days.get(day.date)
            if before is not None and before.kind is not day.kind:
                raise ValidationError(
                    N_("{date} is entered both as a public holiday and as an adjusted working day."),  # noqa: E501 (one literal, for lupdate)
                    field="date", date=day.date.isoformat(),
                )
            if before is None:  # the first entry of a date wins over repeats with another name
                year_days[day.date] = day
        self._provisional: dict[dt.date, OfficialDay] = {}
        for day in provisional:
            full_year = entered_by_year.get(day.date.year)
            if full_year is not None:  # the year is entered in full: the day is part of it
                full_year.setdefault(day.date, day)
            elif day.date.year not in self._package:
                self._provisional.setdefault(day.date, day)
        self._entered = {y: MappingProxyType(dict(sorted(days.items())))
                         for y, days in entered_by_year.items()}

    @property
    def package_years(self) -> frozenset[int]:
        """Years covered by the chinesecalendar data."""
        return frozenset(self._package)

    @property
    def entered_years(self) -> frozenset[int]:
        """Years with days entered or imported by hand."""
        return frozenset(self._entered)

    def known_years(self) -> list[int]:
        return sorted(self._package.keys() | self._entered.keys())

    def is_year_known(self, year: int) -> bool:
        return year in self._entered or year in self._package

    def days_of_year(self, year: int) -> Mapping[dt.date, OfficialDay]:
        """The year's official days by date (a read-only view, shared rather than copied)."""
        days: Mapping[dt.date, OfficialDay] | None = self._entered.get(year)
        if days is None:
            days = self._package.get(year)
            if days is None:
                raise OfficialDaysUnknownError(year)
        return days

    def day(self, date: dt.date) -> OfficialDay | None:
        """The official day on `date`, or None for an ordinary day of a known year."""
        return self.days_of_year(date.year).get(date)

    def provisional_day(self, date: dt.date) -> OfficialDay | None:
        """For a year not known: an official day entered alone, else a holiday fixed by law on
        that date (元旦, 劳动节, 国庆节 1-3 October); None for a known year."""
        if self.is_year_known(date.year):
            return None
        return self._provisional.get(date) or fixed_date_holiday(date)

    def provisional_days_of_year(self, year: int) -> dict[dt.date, OfficialDay]:
        """provisional_day() of every date of a year not known, by date; {} for a known year."""
        if self.is_year_known(year):
            return {}
        days = {d: fixed_date_holiday(d) for d in
                (dt.date(year, m, n) for m, n in FIXED_DATE_HOLIDAYS)}
        days.update({d: o for d, o in self._provisional.items() if d.year == year})
        return {d: o for d, o in sorted(days.items()) if o is not None}

    def provisional_entries(self) -> list[OfficialDay]:
        """The days entered alone for years not known, by date."""
        return [self._provisional[d] for d in sorted(self._provisional)]

    def holidays_of_year(self, year: int) -> list[OfficialDay]:
        """The year's public holidays and adjusted working days, sorted by date."""
        return sorted(self.days_of_year(year).values(), key=lambda d: d.date)
