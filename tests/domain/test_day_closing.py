"""Which children a closed day leaves open."""

from __future__ import annotations

from asc_desk.domain.attendance_rules import ChildDayState as S
from asc_desk.domain.day_closing import LeftOpen, left_open


def test_still_here_first_then_never_recorded():
    found = left_open([(1, "甲", S.EXPECTED), (2, "乙", S.PRESENT), (3, "丙", S.COLLECTED),
                       (4, "丁", S.ABSENT), (5, "戊", S.UNEXPECTED_PRESENT),
                       (6, "己", S.UNEXPECTED_COLLECTED)])
    # Each group by pinyin: 戊 wu before 乙 yi.
    assert [(c.child_id, c.still_here) for c in found] == [(5, True), (2, True), (1, False)]


def test_stored_and_read_back():
    one = LeftOpen(7, "张三", True)
    assert LeftOpen.of_stored(one.stored()) == one
    assert LeftOpen.of_stored({}) == LeftOpen(0, "", False)
