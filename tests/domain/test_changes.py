"""Change areas: which screens a change makes stale."""

import datetime as dt

from asc_desk.domain.changes import NO_CHANGES, Area, Changes

MON, TUE = dt.date(2026, 11, 30), dt.date(2026, 12, 1)


def test_nothing_changed_touches_nothing():
    assert not NO_CHANGES
    assert not NO_CHANGES.touches(Area.ROSTER | Area.ATTENDANCE, MON)


def test_area_not_shown_is_not_stale():
    assert not Changes.of(Area.CALENDAR).touches(Area.ROSTER)


def test_attendance_of_another_day_is_not_stale():
    change = Changes.of(Area.ATTENDANCE, MON)
    assert change.touches(Area.ATTENDANCE, MON)
    assert not change.touches(Area.ATTENDANCE, TUE)
    assert change.touches(Area.ATTENDANCE)  # a screen of every day


def test_attendance_without_days_means_any_day():
    assert Changes.of(Area.ATTENDANCE).touches(Area.ATTENDANCE, TUE)


def test_other_areas_touch_whatever_the_day():
    change = Changes.of(Area.ATTENDANCE | Area.ROSTER, MON)
    assert change.touches(Area.ATTENDANCE | Area.ROSTER, TUE)


def test_merge_keeps_areas_and_days():
    merged = Changes.of(Area.ATTENDANCE, MON) | Changes.of(Area.ATTENDANCE, TUE)
    assert merged.days == {MON, TUE}
    merged = Changes.of(Area.ATTENDANCE, MON) | Changes.of(Area.ATTENDANCE)
    assert merged.days == frozenset()
    assert (Changes.of(Area.ROSTER) | Changes.of(Area.CALENDAR)).areas == (
        Area.ROSTER | Area.CALENDAR)
