"""Calendar rules: term and holiday programs around official holidays, overrides, unknown years."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from asc_desk.domain.calendar_rules import (
    DayReason,
    DayStatus,
    Override,
    OverrideKind,
    ProgramRules,
    day_status,
    month_statuses,
    range_statuses,
)
from asc_desk.domain.errors import ValidationError
from asc_desk.domain.official_days import OfficialCalendar, OfficialDay, OfficialDayKind
from asc_desk.domain.program import ProgramKind, ProgramSpec

D, T = dt.date, dt.time
R = DayReason
CLOSED, OPEN, HOURS = OverrideKind.CLOSED, OverrideKind.OPEN, OverrideKind.HOURS
MON_FRI, MON_SAT = 0b0011111, 0b0111111
UNCOVERED = 2028  # chinesecalendar 1.11 stops at 2026
YEAR_2026 = (D(2026, 1, 1), D(2026, 12, 31))

OFFICIAL = OfficialCalendar()


def term(weekdays=MON_FRI, first=YEAR_2026[0], last=YEAR_2026[1], **options):
    return ProgramRules(1, ProgramKind.TERM, first, last, weekdays, T(16), T(19), **options)


def holiday(weekdays=MON_SAT, first=YEAR_2026[0], last=YEAR_2026[1], **options):
    return ProgramRules(2, ProgramKind.HOLIDAY, first, last, weekdays, T(8), T(18), **options)


def table(program, first, last, official=OFFICIAL, overrides=()):
    """{date: (open, reason, holiday_name_zh)} over a range, checked against day_status."""
    statuses = range_statuses(program, first, last, official, overrides)
    for status in statuses:
        assert status == day_status(program, status.date, official, overrides)
    return {s.date: (s.open, s.reason, s.holiday_name_zh) for s in statuses}


SPRING_2026 = {  # Saturday 14 Feb and 28 Feb are adjusted working days; 15-23 Feb the holiday
    D(2026, 2, 13): (True, R.WEEKDAY_OPEN, None),
    D(2026, 2, 14): (True, R.ADJUSTED_WORKDAY, "春节"),
    **{D(2026, 2, d): (False, R.PUBLIC_HOLIDAY, "春节") for d in range(15, 24)},
    D(2026, 2, 24): (True, R.WEEKDAY_OPEN, None),
    D(2026, 2, 27): (True, R.WEEKDAY_OPEN, None),
    D(2026, 2, 28): (True, R.ADJUSTED_WORKDAY, "春节"),
    D(2026, 3, 1): (False, R.WEEKEND, None),
    D(2026, 3, 7): (False, R.WEEKEND, None),
}


def test_term_program_around_spring_festival_2026():
    got = table(term(), D(2026, 2, 13), D(2026, 3, 7))
    assert {d: got[d] for d in SPRING_2026} == SPRING_2026
    hours = day_status(term(), D(2026, 2, 14), OFFICIAL)
    assert (hours.opens_at, hours.closes_at, hours.holiday_name) == (T(16), T(19),
                                                                     "Spring Festival")


def test_holiday_program_around_spring_festival_2026():
    winter = holiday(MON_SAT, D(2026, 1, 26), D(2026, 3, 1))
    got = table(winter, D(2026, 2, 13), D(2026, 3, 7))
    expected = dict(SPRING_2026)
    expected[D(2026, 3, 7)] = (False, R.OUTSIDE_PROGRAM, None)
    assert {d: got[d] for d in SPRING_2026} == expected
    # Saturdays are the program's own days; the holiday Saturday stays closed.
    assert got[D(2026, 2, 21)] == (False, R.PUBLIC_HOLIDAY, "春节")


def test_holiday_program_that_opens_on_public_holidays():
    winter = holiday(MON_SAT, D(2026, 1, 26), D(2026, 3, 1), open_on_public_holidays=True)
    got = table(winter, D(2026, 2, 15), D(2026, 2, 23))
    assert got[D(2026, 2, 16)] == (True, R.PUBLIC_HOLIDAY_OPEN, "春节")
    assert got[D(2026, 2, 21)] == (True, R.PUBLIC_HOLIDAY_OPEN, "春节")  # a Saturday in the mask
    assert got[D(2026, 2, 15)] == (False, R.PUBLIC_HOLIDAY, "春节")  # Sunday is not its day


NATIONAL_2026 = {
    D(2026, 9, 19): (False, R.WEEKEND, None),
    D(2026, 9, 20): (True, R.ADJUSTED_WORKDAY, "国庆节"),  # a Sunday worked
    D(2026, 9, 24): (True, R.WEEKDAY_OPEN, None),
    **{D(2026, 9, d): (False, R.PUBLIC_HOLIDAY, "中秋节") for d in (25, 26, 27)},
    D(2026, 9, 28): (True, R.WEEKDAY_OPEN, None),
    D(2026, 9, 30): (True, R.WEEKDAY_OPEN, None),
    **{D(2026, 10, d): (False, R.PUBLIC_HOLIDAY, "国庆节") for d in range(1, 8)},
    D(2026, 10, 8): (True, R.WEEKDAY_OPEN, None),
    D(2026, 10, 9): (True, R.WEEKDAY_OPEN, None),
    D(2026, 10, 10): (True, R.ADJUSTED_WORKDAY, "国庆节"),  # a Saturday worked
    D(2026, 10, 11): (False, R.WEEKEND, None),
}


def test_term_program_around_national_day_2026():
    got = table(term(), D(2026, 9, 19), D(2026, 10, 11))
    assert {d: got[d] for d in NATIONAL_2026} == NATIONAL_2026
    assert got[D(2026, 9, 29)] == (True, R.WEEKDAY_OPEN, None)


def test_holiday_program_around_national_day_2026():
    got = table(holiday(MON_FRI), D(2026, 9, 19), D(2026, 10, 11))
    assert {d: got[d] for d in NATIONAL_2026} == NATIONAL_2026
    mon_sat = table(holiday(MON_SAT), D(2026, 10, 3), D(2026, 10, 3))
    assert mon_sat[D(2026, 10, 3)] == (False, R.PUBLIC_HOLIDAY, "国庆节")  # its own Saturday


def test_holiday_program_that_does_not_count_adjusted_working_days():
    program = holiday(MON_FRI, adjusted_workday_counts=False)
    got = table(program, D(2026, 9, 19), D(2026, 10, 11))
    assert got[D(2026, 9, 20)] == (False, R.WEEKEND, "国庆节")
    assert got[D(2026, 10, 10)] == (False, R.WEEKEND, "国庆节")
    mon_sat = table(holiday(MON_SAT, adjusted_workday_counts=False), D(2026, 10, 10),
                    D(2026, 10, 10))
    assert mon_sat[D(2026, 10, 10)] == (True, R.WEEKDAY_OPEN, "国庆节")


def test_term_program_on_some_weekdays_only():
    program = term(0b0010101)  # Mon, Wed, Fri
    got = table(program, D(2026, 3, 2), D(2026, 3, 8))
    assert [got[d][:2] for d in sorted(got)] == [
        (True, R.WEEKDAY_OPEN), (False, R.NOT_PROGRAM_WEEKDAY), (True, R.WEEKDAY_OPEN),
        (False, R.NOT_PROGRAM_WEEKDAY), (True, R.WEEKDAY_OPEN), (False, R.WEEKEND),
        (False, R.WEEKEND),
    ]
    # An adjusted working day is a school day whatever the mask.
    assert day_status(program, D(2026, 2, 14), OFFICIAL).reason is R.ADJUSTED_WORKDAY


def test_term_program_is_closed_on_ordinary_weekends_even_if_its_mask_has_them():
    program = term(0b1111111)
    assert day_status(program, D(2026, 3, 7), OFFICIAL)[:3] == (D(2026, 3, 7), False, R.WEEKEND)
    assert day_status(holiday(0b1111111), D(2026, 3, 7), OFFICIAL).open


def test_days_outside_the_program_are_closed_whatever_the_overrides():
    program = term(first=D(2026, 3, 1), last=D(2026, 6, 30))
    opening = Override(D(2026, 7, 1), OPEN, "Special opening", None)
    status = day_status(program, D(2026, 7, 1), OFFICIAL, [opening])
    assert (status.open, status.reason, status.opens_at) == (False, R.OUTSIDE_PROGRAM, None)
    assert day_status(program, D(2026, 2, 27), OFFICIAL).reason is R.OUTSIDE_PROGRAM
    assert day_status(program, D(2026, 3, 2), OFFICIAL).reason is R.WEEKDAY_OPEN


def test_unknown_year_is_computed_from_weekdays_but_flagged():
    program = term(first=D(UNCOVERED, 1, 1), last=D(UNCOVERED, 12, 31))
    statuses = month_statuses(program, UNCOVERED, 10, OFFICIAL)
    assert len(statuses) == 31
    assert not any(s.official_known for s in statuses)
    # Only the days fixed by law (国庆节 1-3 October) carry an official day, unconfirmed.
    assert [s.date.day for s in statuses if s.official] == [1, 2, 3]
    # 4 October 2028 is a Wednesday: weekdays alone say open, and the flag says unconfirmed.
    wednesday = statuses[3]
    assert (wednesday.date, wednesday.open, wednesday.reason) == (D(UNCOVERED, 10, 4), True,
                                                                  R.WEEKDAY_OPEN)
    assert statuses[7].reason is R.WEEKEND  # Sunday 8 October


def test_fixed_date_holidays_of_an_unpublished_year_are_probably_closed():
    program = term(first=D(UNCOVERED, 1, 1), last=D(UNCOVERED, 12, 31))
    for day in (D(UNCOVERED, 1, 1), D(UNCOVERED, 5, 1), D(UNCOVERED, 10, 2),
                D(UNCOVERED, 10, 3)):
        status = day_status(program, day, OFFICIAL)
        assert (status.open, status.reason, status.official_known) == (
            False, R.PUBLIC_HOLIDAY, False), day
        assert status.official.name_zh in ("元旦", "劳动节", "国庆节")
        ranged = range_statuses(program, day, day, OFFICIAL)[0]
        assert ranged == status
    # Other festivals move with the lunar calendar: not guessed.
    assert day_status(program, D(UNCOVERED, 10, 4), OFFICIAL).official is None


def test_days_imported_alone_leave_the_year_unknown_but_close():
    official = OfficialCalendar(provisional=[
        OfficialDay(D(UNCOVERED, 1, 2), OfficialDayKind.HOLIDAY, "元旦")])
    assert not official.is_year_known(UNCOVERED)
    program = term(first=D(UNCOVERED, 1, 1), last=D(UNCOVERED, 12, 31))
    status = day_status(program, D(UNCOVERED, 1, 2), official)
    assert (status.open, status.reason, status.official_known) == (
        False, R.PUBLIC_HOLIDAY, False)


def test_entered_days_make_an_unknown_year_confirmed():
    official = OfficialCalendar([
        OfficialDay(D(UNCOVERED, 10, 2), OfficialDayKind.HOLIDAY, "国庆节"),
        OfficialDay(D(UNCOVERED, 10, 14), OfficialDayKind.WORKDAY, "国庆节"),
    ])
    program = term(first=D(UNCOVERED, 1, 1), last=D(UNCOVERED, 12, 31))
    got = table(program, D(UNCOVERED, 10, 1), D(UNCOVERED, 10, 31), official)
    assert got[D(UNCOVERED, 10, 2)] == (False, R.PUBLIC_HOLIDAY, "国庆节")
    assert got[D(UNCOVERED, 10, 14)] == (True, R.ADJUSTED_WORKDAY, "国庆节")
    assert got[D(UNCOVERED, 10, 3)] == (True, R.WEEKDAY_OPEN, None)
    assert all(s.official_known for s in month_statuses(program, UNCOVERED, 10, official))


def test_flag_changes_where_the_known_years_end():
    program = holiday(0b1111111, D(2026, 12, 1), D(2027, 1, 31))
    statuses = range_statuses(program, D(2026, 12, 30), D(2027, 1, 2), OFFICIAL)
    assert [s.official_known for s in statuses] == [True, True, False, False]


def test_overrides_that_decide_are_confirmed_even_in_an_unknown_year():
    program = term(first=D(UNCOVERED, 1, 1), last=D(UNCOVERED, 12, 31))
    closure = Override(D(UNCOVERED, 3, 1), CLOSED, "Typhoon")
    status = day_status(program, D(UNCOVERED, 3, 1), OFFICIAL, [closure])
    assert (status.open, status.reason, status.official_known) == (False, R.OVERRIDE_CLOSED, True)
    opening = Override(D(UNCOVERED, 3, 5), OPEN, "Open day")  # a Sunday
    status = day_status(program, D(UNCOVERED, 3, 5), OFFICIAL, [opening])
    assert (status.open, status.reason, status.official_known) == (True, R.OVERRIDE_OPEN, True)
    shorter = Override(D(UNCOVERED, 3, 1), HOURS, "Staff meeting", closes_at=T(17))
    status = day_status(program, D(UNCOVERED, 3, 1), OFFICIAL, [shorter])
    assert (status.reason, status.closes_at, status.official_known) == (R.OVERRIDE_HOURS, T(17),
                                                                       False)


def test_closed_override_beats_an_open_day():
    status = day_status(term(), D(2026, 3, 10), OFFICIAL,
                        [Override(D(2026, 3, 10), CLOSED, "Factory shutdown")])
    assert status[1:] == (False, R.OVERRIDE_CLOSED, None, None, True, None, "Factory shutdown")


def test_open_override_beats_a_public_holiday():
    day = D(2026, 10, 2)
    status = day_status(term(), day, OFFICIAL, [Override(day, OPEN, "Parents on shift")])
    assert (status.open, status.reason, status.opens_at, status.closes_at) == (
        True, R.OVERRIDE_OPEN, T(16), T(19))
    assert (status.override_reason, status.holiday_name_zh) == ("Parents on shift", "国庆节")
    status = day_status(term(), day, OFFICIAL,
                        [Override(day, OPEN, "Day care", opens_at=T(8), closes_at=T(17))])
    assert (status.opens_at, status.closes_at) == (T(8), T(17))


def test_hours_override_changes_the_hours_of_an_open_day():
    day = D(2026, 3, 10)
    status = day_status(holiday(), day, OFFICIAL, [Override(day, HOURS, "Close early",
                                                            closes_at=T(17))])
    assert (status.open, status.reason, status.opens_at, status.closes_at) == (
        True, R.OVERRIDE_HOURS, T(8), T(17))
    assert status.override_reason == "Close early"


def test_hours_override_leaves_a_closed_day_closed():
    sunday, holiday_day = D(2026, 3, 8), D(2026, 10, 1)
    overrides = [Override(sunday, HOURS, "Close early", closes_at=T(17)),
                 Override(holiday_day, HOURS, "Close early", closes_at=T(17))]
    assert day_status(term(), sunday, OFFICIAL, overrides)[1:4] == (False, R.WEEKEND, None)
    assert day_status(term(), holiday_day, OFFICIAL, overrides)[1:3] == (False,
                                                                        R.PUBLIC_HOLIDAY)


def test_hours_override_that_leaves_no_time_closes_the_day():
    day = D(2026, 3, 10)
    status = day_status(term(), day, OFFICIAL, [Override(day, HOURS, "Morning only",
                                                         closes_at=T(12))])
    assert (status.open, status.reason, status.opens_at) == (False, R.OVERRIDE_CLOSED, None)
    assert status.override_reason == "Morning only"


def test_program_override_beats_an_all_programs_override():
    day = D(2026, 3, 10)
    everyone_closed = Override(day, CLOSED, "Power cut")
    this_open = Override(day, OPEN, "Generator in building B", program_id=1)
    for overrides in ([everyone_closed, this_open], [this_open, everyone_closed]):
        status = day_status(term(), day, OFFICIAL, overrides)
        assert (status.open, status.override_reason) == (True, "Generator in building B")
        assert table(term(), day, day, overrides=overrides)[day][:2] == (True, R.OVERRIDE_OPEN)
    this_closed = Override(day, CLOSED, "Inspection", program_id=1)
    status = day_status(term(), day, OFFICIAL, [Override(day, OPEN, "x"), this_closed])
    assert (status.open, status.override_reason) == (False, "Inspection")


def test_another_programs_override_does_not_apply():
    day = D(2026, 3, 10)
    other = Override(day, CLOSED, "Other program's trip", program_id=99)
    assert day_status(term(), day, OFFICIAL, [other]).reason is R.WEEKDAY_OPEN


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"kind": CLOSED, "reason": "x", "closes_at": T(17)}, "opens_at"),
        ({"kind": HOURS, "reason": "x"}, "closes_at"),
        ({"kind": OPEN, "reason": "  "}, "reason"),
        ({"kind": OPEN, "reason": "x", "opens_at": T(9), "closes_at": T(9)}, "closes_at"),
        ({"kind": "maybe", "reason": "x"}, "kind"),
    ],
)
def test_bad_overrides_are_refused(kwargs, field):
    with pytest.raises(ValidationError) as caught:
        Override(D(2026, 3, 10), **kwargs)
    assert caught.value.field == field


def test_program_rules_check_dates_and_hours():
    with pytest.raises(ValidationError) as caught:
        term(first=D(2026, 2, 1), last=D(2026, 1, 31))
    assert caught.value.field == "last_day"
    with pytest.raises(ValidationError):
        ProgramRules(1, "term", D(2026, 1, 1), D(2026, 2, 1), MON_FRI, T(16), T(15))
    with pytest.raises(ValidationError) as caught:
        ProgramRules(1, "camp", D(2026, 1, 1), D(2026, 2, 1), MON_FRI, T(8), T(15))
    assert caught.value.field == "kind"
    with pytest.raises(ValidationError) as caught:
        ProgramRules(1, "term", D(2026, 1, 1), D(2026, 2, 1), 0b10000000, T(8), T(15))
    assert caught.value.field == "weekdays"
    spec = ProgramSpec("Summer", ProgramKind.HOLIDAY, D(2026, 7, 6), D(2026, 8, 28), MON_SAT,
                       T(8), T(18))
    rules = ProgramRules.from_spec(7, spec, open_on_public_holidays=True)
    assert (rules.id, rules.kind, rules.weekdays, rules.open_on_public_holidays) == (
        7, ProgramKind.HOLIDAY, MON_SAT, True)


def test_bad_ranges_and_months_are_refused():
    with pytest.raises(ValidationError):
        range_statuses(term(), D(2026, 3, 2), D(2026, 3, 1), OFFICIAL)
    with pytest.raises(ValidationError):
        month_statuses(term(), 2026, 13, OFFICIAL)
    assert [s.date.day for s in month_statuses(term(), 2026, 2, OFFICIAL)] == list(range(1, 29))


# Property tests: programs and overrides drawn around the end of the known years.
BASE = D(2025, 11, 1)
days_near = st.integers(min_value=0, max_value=900).map(lambda n: BASE + dt.timedelta(n))
times = st.integers(min_value=6 * 4, max_value=21 * 4).map(lambda q: T(q // 4, q % 4 * 15))


@st.composite
def programs(draw):
    first = draw(days_near)
    last = first + dt.timedelta(draw(st.integers(min_value=0, max_value=400)))
    opens = draw(times)
    closes = draw(times.filter(lambda t: t > opens))
    return ProgramRules(draw(st.sampled_from([1, 2])), draw(st.sampled_from(list(ProgramKind))),
                        first, last, draw(st.integers(min_value=0, max_value=127)), opens, closes,
                        draw(st.booleans()), draw(st.booleans()))


@st.composite
def overrides(draw):
    kind = draw(st.sampled_from(list(OverrideKind)))
    opens = closes = None
    if kind is not CLOSED:
        opens = draw(st.none() | times)
        closes = draw(st.none() | times.filter(lambda t: opens is None or t > opens))
        if kind is HOURS and opens is None and closes is None:
            closes = draw(times)
    return Override(draw(days_near), kind, draw(st.sampled_from(["Typhoon", "Trip"])),
                    draw(st.sampled_from([None, 1, 2])), opens, closes)


override_lists = st.lists(overrides(), max_size=25)


@settings(max_examples=60, deadline=None)
@given(programs(), days_near, st.integers(min_value=0, max_value=200), override_lists)
def test_range_agrees_with_day_status_on_every_day(program, first, length, overrides):
    last = first + dt.timedelta(length)
    statuses = range_statuses(program, first, last, OFFICIAL, overrides)
    assert [s.date for s in statuses] == [first + dt.timedelta(n) for n in range(length + 1)]
    for status in statuses:
        assert status == day_status(program, status.date, OFFICIAL, overrides)
        assert type(status) is DayStatus


@settings(max_examples=60, deadline=None)
@given(programs(), days_near, st.integers(min_value=0, max_value=200),
       st.integers(min_value=0, max_value=200), override_lists)
def test_a_dates_status_does_not_depend_on_the_range_asked(program, first, offset, length,
                                                         overrides):
    whole = range_statuses(program, first, first + dt.timedelta(offset + length), OFFICIAL,
                           overrides)
    part = range_statuses(program, first + dt.timedelta(offset),
                          first + dt.timedelta(offset + length), OFFICIAL, overrides)
    assert part == whole[offset:]


@settings(max_examples=60, deadline=None)
@given(programs(), override_lists)
def test_hours_exist_exactly_on_open_days_and_make_sense(program, overrides):
    for s in range_statuses(program, program.first_day - dt.timedelta(3),
                            program.last_day + dt.timedelta(3), OFFICIAL, overrides):
        if s.open:
            assert s.opens_at is not None and s.closes_at > s.opens_at
        else:
            assert s.opens_at is None and s.closes_at is None
        if not program.first_day <= s.date <= program.last_day:
            assert s.reason is R.OUTSIDE_PROGRAM
        if not s.official_known:
            assert not OFFICIAL.is_year_known(s.date.year)


@settings(max_examples=60, deadline=None)
@given(programs(), override_lists, days_near)
def test_a_programs_own_closure_always_wins(program, overrides, day):
    closure = Override(day, CLOSED, "Inspection", program_id=program.id)
    status = day_status(program, day, OFFICIAL, [*overrides, closure])
    assert not status.open
    inside = program.first_day <= day <= program.last_day
    assert status.reason is (R.OVERRIDE_CLOSED if inside else R.OUTSIDE_PROGRAM)
