"""Official holidays and adjusted working days: the package's years, unknown years, entered days."""

import datetime as dt

import chinese_calendar
import pytest
from chinese_calendar import constants

from asc_desk.domain.errors import UserError, ValidationError
from asc_desk.domain.official_days import (
    OfficialCalendar,
    OfficialDay,
    OfficialDayKind,
    OfficialDaysUnknownError,
    chinesecalendar_days,
    days_from_tables,
    holiday_names,
)

D = dt.date
HOLIDAY, WORKDAY = OfficialDayKind.HOLIDAY, OfficialDayKind.WORKDAY
# A year chinesecalendar 1.11 does not cover (it stops at 2026); checked against the package below.
UNCOVERED = 2028


def _days(first, last):
    return [D.fromordinal(o) for o in range(first.toordinal(), last.toordinal() + 1)]


@pytest.fixture(scope="module")
def official():
    return OfficialCalendar()


def test_covered_years_are_exactly_those_the_package_answers_for(official):
    years = official.known_years()
    assert years == sorted(official.package_years)
    assert years == list(range(years[0], years[-1] + 1))
    for year in range(years[0] - 2, years[-1] + 3):
        try:
            chinese_calendar.is_workday(D(year, 6, 1))
            package_answers = True
        except NotImplementedError:
            package_answers = False
        assert official.is_year_known(year) is package_answers, year
    assert 2026 in years
    assert not official.is_year_known(UNCOVERED)


def test_every_day_agrees_with_the_package(official):
    """Every day of every year chinesecalendar knows: its per-day answers (is_holiday,
    is_workday) against the app's official-day list, and against its own holiday table."""
    from chinese_calendar import constants

    differ = []
    for year in official.package_years:
        for day in _days(D(year, 1, 1), D(year, 12, 31)):
            is_holiday, name = chinese_calendar.get_holiday_detail(day)
            assert chinese_calendar.is_workday(day) is not is_holiday, day
            found = official.day(day)
            app_holiday = (found.is_holiday if found else day.weekday() >= 5)
            assert app_holiday is is_holiday, day
            if name is not None:
                assert found.kind is (HOLIDAY if is_holiday else WORKDAY), day
                assert found.name == name
            elif found is not None:  # a weekend day of a break the table leaves out
                assert is_holiday and day.weekday() >= 5 and day not in constants.holidays
                differ.append(day)
    # The per-day answer wins: these are days off of a break (the State Council's notices:
    # 端午节 2011-06-04..06, 2012-06-22..24, 2015-06-20..22; 2015-09-03..05).
    assert differ == [D(2011, 6, 5), D(2012, 6, 23), D(2015, 6, 21), D(2015, 9, 5)]
    assert official.day(D(2015, 9, 5)).name_zh == "抗战胜利70周年纪念日"
    assert official.day(D(2012, 6, 23)).name_zh == "端午节"


def test_spring_festival_2026(official):
    days = [d for d in official.holidays_of_year(2026) if d.name == "Spring Festival"]
    assert [d.date for d in days if d.kind is HOLIDAY] == _days(D(2026, 2, 15), D(2026, 2, 23))
    # The adjusted working days are the Saturdays before and after.
    assert [d.date for d in days if d.kind is WORKDAY] == [D(2026, 2, 14), D(2026, 2, 28)]
    assert {d.name_zh for d in days} == {"春节"}
    assert official.day(D(2026, 2, 14)).date.weekday() == 5


def test_national_day_2026_and_a_separate_mid_autumn(official):
    national = [d for d in official.holidays_of_year(2026) if d.name == "National Day"]
    assert [d.date for d in national if d.kind is HOLIDAY] == _days(D(2026, 10, 1), D(2026, 10, 7))
    assert [d.date for d in national if d.kind is WORKDAY] == [D(2026, 9, 20), D(2026, 10, 10)]
    assert {d.name_zh for d in national} == {"国庆节"}
    assert official.day(D(2026, 10, 8)) is None  # back to work on Thursday 8 October
    mid_autumn = [d for d in official.holidays_of_year(2026) if d.name_zh == "中秋节"]
    assert [d.date for d in mid_autumn] == _days(D(2026, 9, 25), D(2026, 9, 27))
    assert {d.kind for d in mid_autumn} == {HOLIDAY}


def test_holidays_of_year_is_sorted_and_complete(official):
    listed = official.holidays_of_year(2026)
    dates = [d.date for d in listed]
    assert dates == sorted(dates)
    expected = {d for d in constants.holidays if d.year == 2026}
    expected |= {d for d in constants.workdays if d.year == 2026}
    assert set(dates) == expected
    assert len(dates) == len(expected)


def test_every_package_name_has_a_chinese_name():
    for name in {*constants.holidays.values(), *constants.workdays.values()}:
        english, chinese = holiday_names(name)
        assert english == name
        assert chinese != name and chinese, name


def test_ordinary_day_of_a_known_year_is_none(official):
    assert official.day(D(2026, 3, 10)) is None
    assert official.day(D(2026, 3, 14)) is None  # an ordinary Saturday


def test_unknown_year_raises_and_never_guesses(official):
    with pytest.raises(OfficialDaysUnknownError) as caught:
        official.day(D(UNCOVERED, 10, 1))
    assert caught.value.year == UNCOVERED
    assert isinstance(caught.value, UserError)
    assert str(UNCOVERED) in caught.value.message
    assert "not been published" in caught.value.message
    assert "enter or import" in caught.value.message
    # The GUI translates the template and fills in the year.
    assert "{year}" in caught.value.template
    assert caught.value.params == {"year": UNCOVERED}
    with pytest.raises(OfficialDaysUnknownError):
        official.holidays_of_year(UNCOVERED)


def test_entered_days_make_an_unknown_year_known():
    entered = [
        OfficialDay(D(UNCOVERED, 10, 2), HOLIDAY, "国庆节"),
        OfficialDay(D(UNCOVERED, 10, 1), HOLIDAY, "National Day"),
        OfficialDay(D(UNCOVERED, 9, 30), WORKDAY, "国庆"),
    ]
    official = OfficialCalendar(entered)
    assert official.is_year_known(UNCOVERED)
    assert official.entered_years == {UNCOVERED}
    listed = official.holidays_of_year(UNCOVERED)
    assert [d.date for d in listed] == [D(UNCOVERED, 9, 30), D(UNCOVERED, 10, 1),
                                        D(UNCOVERED, 10, 2)]
    assert {(d.name, d.name_zh) for d in listed} == {("National Day", "国庆节")}
    assert official.day(D(UNCOVERED, 10, 3)) is None  # entered years are complete as entered
    assert official.day(D(UNCOVERED, 9, 30)).kind is WORKDAY
    assert not official.is_year_known(UNCOVERED + 1)


def test_entered_days_replace_the_package_for_their_year_only():
    official = OfficialCalendar([OfficialDay(D(2026, 10, 9), HOLIDAY, "Factory day")])
    assert [d.date for d in official.holidays_of_year(2026)] == [D(2026, 10, 9)]
    assert official.day(D(2026, 10, 1)) is None
    assert official.day(D(2025, 10, 1)).name == "National Day"


def test_conflicting_entries_are_refused():
    with pytest.raises(ValidationError) as caught:
        OfficialCalendar([
            OfficialDay(D(UNCOVERED, 1, 1), HOLIDAY, "元旦"),
            OfficialDay(D(UNCOVERED, 1, 1), WORKDAY, ""),
        ])
    assert "2028-01-01" in caught.value.message


def test_repeated_entries_keep_the_first():
    official = OfficialCalendar([
        OfficialDay(D(UNCOVERED, 1, 1), HOLIDAY, "元旦"),
        OfficialDay(D(UNCOVERED, 1, 1), HOLIDAY, "New Year"),
    ])
    assert official.day(D(UNCOVERED, 1, 1)).name_zh == "元旦"
    assert len(official.holidays_of_year(UNCOVERED)) == 1


@pytest.mark.parametrize(
    ("given", "english", "chinese"),
    [
        ("春节", "Spring Festival", "春节"),
        ("清明", "Tomb-sweeping Day", "清明节"),
        ("tomb-sweeping day", "Tomb-sweeping Day", "清明节"),
        ("  Dragon Boat Festival ", "Dragon Boat Festival", "端午节"),
        ("中秋节", "Mid-autumn Festival", "中秋节"),
        ("五一", "Labour Day", "劳动节"),
        ("台风停课", "台风停课", "台风停课"),
    ],
)
def test_names_in_either_language(given, english, chinese):
    day = OfficialDay(D(2026, 1, 1), HOLIDAY, given)
    assert (day.name, day.name_zh) == (english, chinese)


def test_an_explicit_chinese_name_is_kept():
    day = OfficialDay(D(2026, 1, 1), HOLIDAY, "Spring Festival", "春节假期")
    assert day.name_zh == "春节假期"


def test_official_day_checks_its_values():
    with pytest.raises(ValidationError):
        OfficialDay(dt.datetime(2026, 1, 1), HOLIDAY, "元旦")
    with pytest.raises(ValidationError) as caught:
        OfficialDay(D(2026, 1, 1), "vacation", "元旦")
    assert caught.value.field == "kind"
    assert OfficialDay(D(2026, 1, 1), "workday", "元旦").kind is WORKDAY


def test_tables_cover_every_year_between_their_first_and_last():
    years = days_from_tables({D(2030, 1, 1): "New Year's Day"}, {D(2032, 1, 4): "Spring Festival"})
    assert sorted(years) == [2030, 2031, 2032]
    assert years[2031] == {}
    official = OfficialCalendar(package=years)
    assert official.is_year_known(2031)
    assert official.holidays_of_year(2031) == []
    assert not official.is_year_known(2026)
    assert days_from_tables({}, {}) == {}


def test_package_data_is_read_once():
    assert chinesecalendar_days() is chinesecalendar_days()
