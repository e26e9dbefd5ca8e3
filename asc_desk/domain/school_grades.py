"""School grades in school order, and a child's age on a day: plain rules the roster's table,
its filters and later the reports sort and show by."""

from __future__ import annotations

import datetime as dt

# Grades in school order (a plain sort puts 三年级 before 二年级); others follow by text.
GRADE_ORDER = ("托班", "小班", "中班", "大班", "学前班", "一年级", "二年级", "三年级", "四年级",
               "五年级", "六年级", "初一", "初二", "初三")
_GRADE_RANK = {grade: rank for rank, grade in enumerate(GRADE_ORDER)}


def grade_key(grade: str) -> tuple[int, str]:
    """A sort key: known grades in school order, then any other text alphabetically."""
    return _GRADE_RANK.get(grade, len(GRADE_ORDER)), grade


def age_on(birth: dt.date | None, today: dt.date) -> int | None:
    """Whole years on `today` (a birthday on 29 February counts from 1 March in other years)."""
    if birth is None:
        return None
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))
