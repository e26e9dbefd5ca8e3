"""Children come out of the day's services in pinyin order (陈 before 于), which the desk's
End-the-day list, the next morning's "List them…" and the CLI show as they come."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import update

from asc_desk.db.models import Child
from asc_desk.domain.day_closing import DayClosing, LeftOpen, in_order
from asc_desk.domain.name_search import name_keys, pinyin_order
from asc_desk.services.attendance.attendance_service import AttendanceService
from asc_desk.services.attendance.day_close import DayCloseService
from asc_desk.services.center_service import CenterService

SH = ZoneInfo("Asia/Shanghai")
WED = dt.date(2026, 11, 25)
# Code-point order: 于 付 任 何 曹 陈 黄; pinyin: 曹 陈 付 何 黄 任 于.
NAMES = ["于梦琪", "付涛", "任明轩", "何若曦", "陈博文", "曹浩然", "黄明"]


@pytest.fixture
def renamed(demo_db):
    db = demo_db(children=12)
    center = CenterService(db, "t").get_center()
    now = dt.datetime.combine(WED, dt.time(17, 0), SH)
    service = AttendanceService(db, "desk:li", now=lambda: now)
    ids = [c.child.id for c in service.day(center.id, WED).children if c.child.expected]
    with db.unit_of_work() as s:
        for child_id, name in zip(ids, NAMES, strict=False):
            # No stored reading for some: the order then reads the name itself.
            s.execute(update(Child).where(Child.id == child_id).values(
                name=name, name_pinyin="" if name in ("于梦琪", "黄明") else name_keys(name)[0]))
    return db, center.id, service, DayCloseService(db, "desk:li", now=lambda: now)


def test_the_day_lists_children_by_pinyin(renamed):
    _db, center_id, service, _closer = renamed
    names = [c.child.name for c in service.day(center_id, WED).children]
    assert names == sorted(names, key=pinyin_order)
    shown = [n for n in names if n in NAMES]
    assert shown[:3] == ["曹浩然", "陈博文", "付涛"]


def test_left_open_is_still_here_first_then_by_pinyin(renamed):
    _db, center_id, _service, closer = renamed
    closing = closer.close_day(center_id, WED).value
    names = [c.name for c in closing.left_open]
    assert names == sorted(names, key=pinyin_order)


def test_a_closing_stored_in_code_point_order_is_listed_by_pinyin():
    stored = (LeftOpen(1, "于梦琪", False), LeftOpen(2, "陈博文", False),
              LeftOpen(3, "黄明", True))
    closing = DayClosing(WED, True, None, "", in_order(stored))
    assert [c.name for c in closing.left_open] == ["黄明", "陈博文", "于梦琪"]
