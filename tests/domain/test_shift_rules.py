"""Shift conflicts (each kind), coverage arithmetic at the ratio boundaries, age bands."""

from __future__ import annotations

import datetime as dt

import pytest

from asc_desk.domain.errors import ValidationError
from asc_desk.domain.ratio_rules import (
    AgeBand,
    RatioRules,
    age_on,
    minimum_applies,
    required_for,
    validate_ratio_rules,
)
from asc_desk.domain.shift_rules import (
    LEAVE_TEMPLATES,
    TEMPLATES,
    CaregiverItem,
    ConflictKind,
    DayHours,
    ExpectedGroup,
    LeaveItem,
    ShiftItem,
    conflicts,
    day_coverage,
)
from asc_desk.domain.staff import (
    LeaveDraft,
    Role,
    ShiftDraft,
    validate_leave,
    validate_shift,
)

D = dt.date(2026, 11, 25)  # a Wednesday
T = dt.time
OPEN = {D + dt.timedelta(days=i): DayHours(D + dt.timedelta(days=i), True, T(16, 30), T(20, 30))
        for i in range(-3, 4)}
LI = {1: CaregiverItem(1, "李老师", Role.TEACHER, 40)}


def shift(i, start, end, day=D, who=1):
    return ShiftItem(i, who, day, start, end)


def kinds(found):
    return [c.kind for c in found]


def test_no_conflict_for_an_ordinary_shift():
    assert conflicts([shift(1, T(16), T(21))], LI, [], OPEN) == []


def test_overlap():
    found = conflicts([shift(1, T(16), T(19)), shift(2, T(18), T(21))], LI, [], OPEN)
    assert kinds(found) == [ConflictKind.OVERLAP]
    assert found[0].shift_id == 2 and found[0].caregiver_name == "李老师"
    assert "overlaps" in found[0].message


def test_back_to_back_shifts_do_not_overlap():
    assert conflicts([shift(1, T(16), T(18)), shift(2, T(18), T(21))], LI, [], OPEN) == []


def test_shift_during_leave():
    leave = [LeaveItem(1, dt.datetime(2026, 11, 25), dt.datetime(2026, 11, 26), "sick")]
    assert kinds(conflicts([shift(1, T(16), T(21))], LI, leave, OPEN)) == [
        ConflictKind.ON_LEAVE]


def test_part_day_leave_before_the_shift_is_no_conflict():
    leave = [LeaveItem(1, dt.datetime(2026, 11, 25, 9), dt.datetime(2026, 11, 25, 12))]
    assert conflicts([shift(1, T(16), T(21))], LI, leave, OPEN) == []


def test_outside_opening_hours_with_an_hour_of_preparation():
    assert conflicts([shift(1, T(15, 30), T(16, 30))], LI, [], OPEN) == []  # preparation
    found = conflicts([shift(1, T(9), T(15, 30))], LI, [], OPEN)
    assert kinds(found) == [ConflictKind.OUTSIDE_HOURS]
    assert "16:30-20:30" in found[0].message
    assert kinds(conflicts([shift(1, T(21, 30), T(23))], LI, [], OPEN)) == [
        ConflictKind.OUTSIDE_HOURS]


def test_closed_day():
    days = dict(OPEN)
    days[D] = DayHours(D, False)
    assert kinds(conflicts([shift(1, T(16), T(21))], LI, [], days)) == [
        ConflictKind.CLOSED_DAY]
    assert kinds(conflicts([shift(1, T(16), T(21))], LI, [], {})) == [ConflictKind.CLOSED_DAY]


def test_more_than_the_weekly_maximum():
    people = {1: CaregiverItem(1, "李老师", Role.TEACHER, 10)}
    week = [shift(i, T(16), T(20), D + dt.timedelta(days=i - 2)) for i in range(3)]  # 12 h
    found = conflicts(week, people, [], OPEN)
    assert kinds(found) == [ConflictKind.OVER_WEEKLY_MAX]
    assert found[0].day == D + dt.timedelta(days=0)  # the shift that passes the maximum
    assert found[0].params["week"] == "2026-11-23"


def test_weekly_maximum_counts_shifts_outside_the_range_asked():
    people = {1: CaregiverItem(1, "李老师", Role.TEACHER, 10)}
    week = [shift(i, T(16), T(20), D + dt.timedelta(days=i - 2)) for i in range(3)]
    found = conflicts(week, people, [], OPEN, first=D - dt.timedelta(days=2),
                      last=D - dt.timedelta(days=2))
    assert kinds(found) == [ConflictKind.OVER_WEEKLY_MAX]


def test_less_than_eleven_hours_rest():
    late = shift(1, T(16), T(23))
    early = shift(2, T(7), T(9), D + dt.timedelta(days=1))  # 8 h of rest
    days = dict(OPEN)
    days[D + dt.timedelta(days=1)] = DayHours(D + dt.timedelta(days=1), True, T(7), T(20))
    found = conflicts([late, early], LI, [], days)
    assert kinds(found) == [ConflictKind.SHORT_REST]
    assert found[0].params["rest"] == "8h00"
    fine = shift(3, T(10), T(12), D + dt.timedelta(days=1))  # 11 h
    assert conflicts([late, fine], LI, [], days) == []


def test_split_shift_on_one_day_is_not_short_rest():
    days = {D: DayHours(D, True, T(7, 30), T(19, 30))}
    assert conflicts([shift(1, T(7), T(11)), shift(2, T(15), T(19))], LI, [], days) == []


def test_expired_qualification():
    people = {1: CaregiverItem(1, "李老师", Role.TEACHER, 40,
                               (("健康证", dt.date(2026, 11, 24)), ("急救证", None)))}
    found = conflicts([shift(1, T(16), T(21))], people, [], OPEN)
    assert kinds(found) == [ConflictKind.EXPIRED_QUALIFICATION]
    assert "健康证" in found[0].message and "2026-11-24" in found[0].message
    people = {1: CaregiverItem(1, "李老师", Role.TEACHER, 40, (("健康证", D),))}
    assert conflicts([shift(1, T(16), T(21))], people, [], OPEN) == []  # valid on its day


# -- shifts and leave as entered ---------------------------------------------------------
def test_end_before_start_and_midnight_are_refused():
    with pytest.raises(ValidationError, match="before the start") as info:
        validate_shift(ShiftDraft(1, D, T(22), T(6)))
    assert "midnight" in str(info.value) and info.value.field == "ends_at"
    with pytest.raises(ValidationError, match="no length"):
        validate_shift(ShiftDraft(1, D, T(16), T(16)))


def test_leave_that_ends_before_it_starts_is_refused():
    with pytest.raises(ValidationError, match="before it starts"):
        validate_leave(LeaveDraft(D, D - dt.timedelta(days=1)))
    with pytest.raises(ValidationError, match="before it starts"):
        validate_leave(LeaveDraft(D, D, from_time=T(14), to_time=T(9)))
    assert validate_leave(LeaveDraft(D, D, from_time=T(9), to_time=T(14))).end() == \
        dt.datetime(2026, 11, 25, 14)


# -- ratio rules and coverage ------------------------------------------------------------
ONE_BAND = RatioRules((AgeBand(0, None, 15),), minimum_on_duty=0)


@pytest.mark.parametrize(("children", "needed"), [(0, 0), (1, 1), (15, 1), (16, 2), (30, 2),
                                                  (31, 3)])
def test_required_at_the_ratio_boundaries(children, needed):
    assert required_for([children], ONE_BAND) == needed


def test_the_minimum_on_duty_applies_after_the_ratio():
    rules = RatioRules((AgeBand(0, None, 15),), minimum_on_duty=2)
    assert required_for([15], rules) == 2
    assert required_for([0], rules) == 2
    assert required_for([31], rules) == 3


def test_age_bands_are_counted_separately_and_summed():
    rules = RatioRules()  # under 6: 7; 6 and over: 15; minimum 2
    assert rules.band_of(5) == 0 and rules.band_of(6) == 1 and rules.band_of(12) == 1
    assert rules.band_of(None) == 0  # unknown age: the strictest band
    assert required_for([7, 15], rules) == 2
    assert required_for([8, 15], rules) == 3
    assert required_for([1, 1], rules, apply_minimum=False) == 2
    assert age_on(dt.date(2020, 11, 26), D) == 5
    assert age_on(dt.date(2020, 11, 25), D) == 6


def test_ratio_of_zero_or_negative_weight_refused():
    with pytest.raises(ValidationError, match="from 1 to 100") as info:
        validate_ratio_rules(RatioRules((AgeBand(0, None, 0),)))
    assert info.value.field == "bands.0.children_per_caregiver"
    with pytest.raises(ValidationError, match="more than 0") as info:
        validate_ratio_rules(RatioRules(weights={Role.VOLUNTEER: -0.5}))
    assert info.value.field == "weights.volunteer"
    with pytest.raises(ValidationError, match="overlap"):
        validate_ratio_rules(RatioRules((AgeBand(0, 8, 7), AgeBand(6, None, 15))))


def _cover(children, roles, rules=ONE_BAND):
    hours = DayHours(D, True, T(16, 30), T(17, 30))
    expected = [ExpectedGroup(0, T(16, 30), T(17, 30), children)] if children else []
    shifts = [(shift(i, T(16), T(18), who=i), role) for i, role in enumerate(roles)]
    return day_coverage(hours, expected, shifts, rules)


def test_coverage_slots_of_thirty_minutes():
    cover = _cover(15, [Role.TEACHER])
    assert [(s.starts_at, s.ends_at) for s in cover.slots] == [(T(16, 30), T(17)),
                                                                (T(17), T(17, 30))]
    assert cover.gaps == ()


def test_coverage_sixteen_children_need_two():
    cover = _cover(16, [Role.TEACHER])
    assert [s.required for s in cover.slots] == [2, 2]
    assert [s.missing for s in cover.gaps] == [1, 1]


def test_a_volunteer_counts_half():
    assert _cover(16, [Role.TEACHER, Role.VOLUNTEER]).gaps[0].missing == 0.5
    assert _cover(16, [Role.TEACHER, Role.VOLUNTEER, Role.VOLUNTEER]).gaps == ()


def test_a_shift_covering_part_of_a_slot_does_not_count_there():
    hours = DayHours(D, True, T(16, 30), T(17, 30))
    expected = [ExpectedGroup(0, T(16, 30), T(17, 30), 10)]
    cover = day_coverage(hours, expected, [(shift(1, T(16), T(17, 15)), Role.TEACHER)],
                         ONE_BAND)
    assert [s.scheduled for s in cover.slots] == [1, 0]


def test_children_count_only_in_their_own_hours():
    hours = DayHours(D, True, T(7, 30), T(20, 30))
    expected = [ExpectedGroup(1, T(7, 30), T(19, 30), 16), ExpectedGroup(0, T(16, 30),
                                                                         T(20, 30), 3)]
    cover = day_coverage(hours, expected, [], RatioRules())
    by_start = {s.starts_at: s for s in cover.slots}
    assert by_start[T(8)].required == 2 and by_start[T(8)].children == 16
    assert by_start[T(17)].required == 3  # 16 older (2) + 3 young (1)
    assert by_start[T(20)].children == 3 and by_start[T(20)].required == 2  # the minimum


def test_closed_day_has_no_coverage():
    assert day_coverage(DayHours(D, False), [], [], RatioRules()).slots == ()


def test_leave_is_named_in_whole_days_or_with_times():
    whole = [LeaveItem(1, dt.datetime(2026, 11, 25), dt.datetime(2026, 11, 26), "sick")]
    assert conflicts([shift(1, T(16), T(21))], LI, whole, OPEN)[0].message == (
        "李老师 is on sick leave (2026-11-25) during the shift 2026-11-25 16:00-21:00.")
    part = [LeaveItem(1, dt.datetime(2026, 11, 25, 15), dt.datetime(2026, 11, 25, 18),
                      "training")]
    assert conflicts([shift(1, T(16), T(21))], LI, part, OPEN)[0].message == (
        "李老师 is away training (2026-11-25 15:00 – 2026-11-25 18:00) during the shift "
        "2026-11-25 16:00-21:00.")


@pytest.mark.parametrize("kind", ["annual", "sick", "training", "other"])
def test_leave_kind_is_in_the_template_not_in_the_values(kind):
    """The GUI translates a conflict's template and fills in its values: a value must carry
    no English word (the kind of leave is part of each kind's own sentence)."""
    leave = [LeaveItem(1, dt.datetime(2026, 11, 25), dt.datetime(2026, 11, 26), kind)]
    found = conflicts([shift(1, T(16), T(21))], LI, leave, OPEN)[0]
    assert found.template == LEAVE_TEMPLATES[kind]
    assert found.message == found.template.format(name="李老师", **found.params)
    shown = {k: v for k, v in found.params.items() if k != "leave_kind"}
    assert not any(kind in str(v) for v in shown.values())


def test_every_conflict_message_is_its_template_filled_in():
    """Every kind: a template of TEMPLATES (or LEAVE_TEMPLATES) and values."""
    rules_day = {D: DayHours(D, True, T(16, 30), T(20, 30))}
    expired = (("健康证", D - dt.timedelta(days=1)),)
    people = {1: CaregiverItem(1, "李老师", Role.TEACHER, 4, expired)}
    shifts = [shift(1, T(16), T(21)), shift(2, T(20), T(22)), shift(4, T(6), T(7)),
              shift(3, T(7), T(8), day=D + dt.timedelta(days=1))]
    leave = [LeaveItem(1, dt.datetime(2026, 11, 25, 21), dt.datetime(2026, 11, 25, 22), "sick")]
    found = conflicts(shifts, people, leave, rules_day)
    assert {c.kind for c in found} == set(ConflictKind)
    for c in found:
        assert c.template in set(TEMPLATES.values()) | set(LEAVE_TEMPLATES.values())
        assert c.message == c.template.format(name=c.caregiver_name, **c.params)


def test_minimum_on_duty_only_while_the_center_is_open():
    """A morning program and an evening one: between them the center is closed, so the
    minimum on duty does not apply there."""
    hours = DayHours(D, True, T(8), T(20), ((T(8), T(12)), (T(16), T(20))))
    assert hours.open_minutes() == ((8 * 60, 12 * 60), (16 * 60, 20 * 60))
    assert hours.open_at(T(8)) and hours.open_at(T(17)) and not hours.open_at(T(12))
    assert not hours.open_at(T(2)) and not hours.open_at(T(14)) and not hours.open_at(T(20))
    expected = [ExpectedGroup(1, T(8), T(12), 3), ExpectedGroup(1, T(16), T(20), 3)]
    cover = day_coverage(hours, expected, [], RatioRules())
    by_start = {s.starts_at: s for s in cover.slots}
    assert by_start[T(8)].required == 2 and by_start[T(19, 30)].required == 2
    assert by_start[T(12)].required == 0 and by_start[T(15, 30)].required == 0
    assert {s.starts_at for s in cover.gaps} == {s.starts_at for s in cover.slots
                                                 if hours.open_at(s.starts_at)}


def test_no_minimum_on_an_open_day_no_child_is_expected():
    """An adjusted working day (a Saturday) keeps the program open by the calendar, but its
    children are enrolled Monday to Friday: no child expected, no caregiver required. A
    slot with children expected needs the minimum; one with none, nobody."""
    hours = DayHours(D, True, T(8), T(12))
    cover = day_coverage(hours, [], [], RatioRules())
    assert [s.required for s in cover.slots] == [0] * 8 and cover.gaps == ()
    cover = day_coverage(hours, [ExpectedGroup(1, T(10), T(12), 4)], [], RatioRules())
    assert [s.required for s in cover.slots] == [0] * 4 + [2] * 4
    assert minimum_applies(True, 1) and not minimum_applies(True, 0)
    assert not minimum_applies(False, 5)


def test_overlapping_periods_merge_and_a_short_last_slot():
    hours = DayHours(D, True, T(16, 30), T(20, 45), ((T(16, 30), T(20)), (T(17), T(20, 45))))
    assert hours.open_minutes() == ((16 * 60 + 30, 20 * 60 + 45),)
    cover = day_coverage(hours, [], [(shift(1, T(16), T(20, 45)), Role.TEACHER)], ONE_BAND)
    assert cover.slots[-1].starts_at == T(20, 30) and cover.slots[-1].ends_at == T(20, 45)
    assert [s.scheduled for s in cover.slots] == [1] * len(cover.slots)
    # Ending at 20:40 the shift leaves the last (short) slot uncovered.
    cover = day_coverage(hours, [], [(shift(1, T(16), T(20, 40)), Role.TEACHER)], ONE_BAND)
    assert [s.scheduled for s in cover.slots][-2:] == [1, 0]
