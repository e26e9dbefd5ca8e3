"""Caregivers are listed in pinyin order (陈 before 李), not code-point order (李 王 赵 陈),
by the services the Shifts grid, the Caregivers… dialog and the Staff clock dialog read."""

from __future__ import annotations

import datetime as dt

from asc_desk.domain.staff import CaregiverDraft, ShiftDraft
from tests.services.shifts.conftest import MONDAY

PINYIN = ["陈国平", "黄明", "李老师", "刘俊", "王老师", "于梦琪", "赵同学"]


def _add(staffed) -> None:
    # Code-point order would be 于 刘 李 王 赵 陈 黄.
    for name in ("黄明", "陈国平", "于梦琪", "刘俊"):
        staffed.staff.add_caregiver(staffed.center_id, CaregiverDraft(name))


def test_list_caregivers_is_in_pinyin_order(staffed):
    _add(staffed)
    names = [c.name for c in staffed.staff.list_caregivers(staffed.center_id)]
    assert names == PINYIN
    names = [c.name for c in staffed.staff.list_caregivers(staffed.center_id,
                                                           include_inactive=True)]
    assert names == PINYIN


def test_the_week_grid_rows_are_in_pinyin_order(staffed):
    _add(staffed)
    plan = staffed.planning.week(staffed.center_id, MONDAY)
    assert [c.name for c in plan.caregivers] == PINYIN


def test_on_duty_lists_are_in_pinyin_order(staffed):
    _add(staffed)
    people = {c.name: c.id for c in staffed.staff.list_caregivers(staffed.center_id)}
    at = dt.datetime(2026, 11, 23, 17, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    for name in ("赵同学", "陈国平", "李老师"):
        staffed.shifts.add_shift(staffed.center_id, ShiftDraft(
            people[name], MONDAY, dt.time(16, 0), dt.time(21, 0)))
    duty = staffed.planning.on_duty(staffed.center_id, at)
    assert [p.name for p in duty.on_shift] == ["陈国平", "李老师", "赵同学"]
