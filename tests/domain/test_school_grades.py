"""Grades in school order and ages on a day."""

from __future__ import annotations

import datetime as dt

from asc_desk.domain.school_grades import GRADE_ORDER, age_on, grade_key


def test_grades_sort_in_school_order_then_by_text():
    grades = ["三年级", "初一", "二年级", "兴趣班", "大班", "一年级", "A班"]
    assert sorted(grades, key=grade_key) == ["大班", "一年级", "二年级", "三年级", "初一",
                                             "A班", "兴趣班"]
    assert [grade_key(g)[0] for g in GRADE_ORDER] == list(range(len(GRADE_ORDER)))


def test_age_counts_whole_years_on_the_day():
    birth = dt.date(2018, 3, 4)
    assert age_on(birth, dt.date(2026, 3, 3)) == 7
    assert age_on(birth, dt.date(2026, 3, 4)) == 8
    assert age_on(None, dt.date(2026, 3, 4)) is None
    leap = dt.date(2016, 2, 29)
    assert age_on(leap, dt.date(2026, 2, 28)) == 9 and age_on(leap, dt.date(2026, 3, 1)) == 10
