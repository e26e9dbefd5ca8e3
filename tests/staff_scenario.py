"""A small center for the staff documents, built with the shifts services: one term program
open 16:30-20:30 on weekdays with 3 school-age children enrolled (1 caregiver by the ratio, so
the minimum of 2 on duty decides), four caregivers, a week of shifts (23-29 November 2026, the
Wednesday closed for 停电检修), some clocked hours and leave. The figures are worked out by
hand in the tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import insert

from asc_desk.db.models import Child, Enrollment
from asc_desk.domain.calendar_rules import OverrideKind
from asc_desk.domain.center import CenterSettings
from asc_desk.domain.program import MONDAY_TO_FRIDAY, ProgramKind, ProgramSpec
from asc_desk.domain.staff import CaregiverDraft, LeaveDraft, Role, ShiftDraft
from asc_desk.services.calendar.calendar_service import CalendarService
from asc_desk.services.calendar.program_service import ProgramService
from asc_desk.services.center_service import CenterService
from asc_desk.services.database import Database
from asc_desk.services.shifts.shift_service import ShiftService
from asc_desk.services.shifts.staff_clock_service import StaffClockService
from asc_desk.services.shifts.staff_service import StaffService

MONDAY = dt.date(2026, 11, 23)
NOW = dt.datetime(2026, 11, 30, 10, 0, tzinfo=dt.UTC)  # 18:00 in Shanghai
LI, WANG, ZHAO, DILI = "李老师", "王老师", "赵同学", "迪丽努尔·艾山买买提"
PROGRAM = "秋季课后班"
T = dt.time


@dataclass(frozen=True)
class Scenario:
    center_id: int
    ids: dict[str, int]


def _utc(day: dt.date, hour: int, minute: int) -> dt.datetime:
    """A Shanghai local time as UTC."""
    return dt.datetime(day.year, day.month, day.day, hour, minute,
                       tzinfo=dt.timezone(dt.timedelta(hours=8))).astimezone(dt.UTC)


def build(db: Database) -> Scenario:
    center = CenterService(db, "t").set_up_center(CenterSettings("星光儿童之家", "华彩玩具")).value
    program = ProgramService(db, "t").add_program(center.id, ProgramSpec(
        PROGRAM, ProgramKind.TERM, dt.date(2026, 9, 1), dt.date(2027, 1, 22),
        MONDAY_TO_FRIDAY, T(16, 30), T(20, 30))).value
    with db.unit_of_work() as s:  # children expected: the minimum on duty applies while open
        children = [s.scalar(insert(Child).values(
            center_id=center.id, name=name, card_code=f"K{i:07d}", status="active",
            birth_date=dt.date(2017, 3, 1)).returning(Child.id))
            for i, name in enumerate(("小明", "小红", "小刚"), start=1)]
        s.execute(insert(Enrollment), [dict(
            child_id=c, program_id=program.id, from_date=dt.date(2026, 9, 1), to_date=None,
            weekdays=MONDAY_TO_FRIDAY) for c in children])
    staff = StaffService(db, "coordinator")
    ids = {
        LI: staff.add_caregiver(center.id, CaregiverDraft(LI, employee_id="E01")).value.id,
        WANG: staff.add_caregiver(center.id, CaregiverDraft(WANG, Role.TEACHER,
                                                            employee_id="E02")).value.id,
        ZHAO: staff.add_caregiver(center.id, CaregiverDraft(ZHAO, Role.VOLUNTEER)).value.id,
        DILI: staff.add_caregiver(center.id, CaregiverDraft(DILI, Role.TEACHER,
                                                            employee_id="E04")).value.id,
    }
    wed = MONDAY + dt.timedelta(days=2)
    CalendarService(db, "t").set_override(center.id, wed, wed, OverrideKind.CLOSED, "停电检修")
    shifts = ShiftService(db, "coordinator")
    day = MONDAY.__add__
    for who, d, start, end in (
            (LI, dt.date(2026, 11, 2), T(16, 30), T(20, 30)),  # another week of the month
            (LI, day(dt.timedelta(0)), T(16, 30), T(20, 30)),
            (LI, day(dt.timedelta(1)), T(16, 30), T(20, 30)),
            (LI, day(dt.timedelta(3)), T(16, 0), T(20, 30)),
            (WANG, day(dt.timedelta(0)), T(16, 30), T(20, 30)),
            (WANG, day(dt.timedelta(1)), T(16, 30), T(18, 30)),
            (DILI, day(dt.timedelta(4)), T(16, 30), T(20, 30))):
        shifts.add_shift(center.id, ShiftDraft(ids[who], d, start, end, program.id))
    staff.add_leave(ids[ZHAO], LeaveDraft(dt.date(2026, 11, 26), dt.date(2026, 11, 27)))
    staff.add_leave(ids[WANG], LeaveDraft(dt.date(2026, 11, 30), dt.date(2026, 12, 2)))
    clock = StaffClockService(db, "desk", now=lambda: NOW)
    for who, d, (h1, m1), (h2, m2) in (
            (LI, MONDAY, (16, 25), (20, 40)),  # 4.25 h
            (LI, day(dt.timedelta(1)), (16, 30), (20, 30)),  # 4 h
            (WANG, MONDAY, (16, 30), (20, 0))):  # 3.5 h
        clock.clock_in(ids[who], _utc(d, h1, m1))
        clock.clock_out(ids[who], _utc(d, h2, m2))
    return Scenario(center.id, ids)
