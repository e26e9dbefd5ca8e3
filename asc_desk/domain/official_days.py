"""Official public holidays and adjusted working days (调休), from chinesecalendar or by hand."""

from __future__ import annotations

import datetime as dt
import enum
import functools
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
    "十一": "National Day",
}
_EN_BY_LOWER = {en.lower(): en for en in _ZH_OF_EN}


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
    return {year: dict(sorted(days.items())) for year, days in by_year.items()}


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
    """

    def __init__(
        self,
        entered: Iterable[OfficialDay] = (),
        *,
        package: YearDays | None = None,
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

    def holidays_of_year(self, year: int) -> list[OfficialDay]:
        """The year's public holidays and adjusted working days, sorted by date."""
        return sorted(self.days_of_year(year).values(), key=lambda d: d.date)
