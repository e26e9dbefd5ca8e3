"""A center with one term program (16:30-20:30 weekdays), caregivers and children."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from sqlalchemy import func, insert, select

from asc_desk.db.models import (
    AuditEntry,
    Child,
    Enrollment,
    Shift,
    StaffClockEvent,
    StaffLeave,
)
from asc_desk.domain.center import CenterSettings
from asc_desk.domain.program import MONDAY_TO_FRIDAY, ProgramKind, ProgramSpec
from asc_desk.domain.staff import CaregiverDraft, Role
from asc_desk.services.calendar.program_service import ProgramService
from asc_desk.services.center_service import CenterService
from asc_desk.services.database import Database
from asc_desk.services.shifts.planning import ShiftPlanning
from asc_desk.services.shifts.shift_service import ShiftService
from asc_desk.services.shifts.staff_service import StaffService

MONDAY = dt.date(2026, 11, 23)


@dataclass
class Staffed:
    db: Database
    center_id: int
    program_id: int
    staff: StaffService
    shifts: ShiftService
    planning: ShiftPlanning
    li: int  # teacher 李老师
    wang: int  # teacher 王老师
    zhao: int  # volunteer 赵同学

    def enroll(self, n: int, birth: dt.date = dt.date(2017, 3, 1)) -> None:
        """`n` school-age children enrolled Monday to Friday in the program."""
        with self.db.unit_of_work() as s:
            first = (s.scalar(select(func.count()).select_from(Child)) or 0) + 1
            ids = [s.scalar(insert(Child).values(
                center_id=self.center_id, name=f"孩子{i}", card_code=f"K{i:07d}",
                status="active", birth_date=birth).returning(Child.id))
                for i in range(first, first + n)]
            s.execute(insert(Enrollment), [dict(
                child_id=c, program_id=self.program_id, from_date=dt.date(2026, 9, 1),
                to_date=None, weekdays=MONDAY_TO_FRIDAY) for c in ids])

    def counts(self) -> tuple[int, ...]:
        with self.db.unit_of_work() as s:
            return tuple(s.scalar(select(func.count()).select_from(m))
                         for m in (Shift, StaffLeave, StaffClockEvent, AuditEntry))


@pytest.fixture
def staffed(db: Database) -> Staffed:
    center = CenterService(db, "t").set_up_center(CenterSettings("星光儿童之家", "华彩玩具")).value
    program = ProgramService(db, "t").add_program(center.id, ProgramSpec(
        "秋季课后班", ProgramKind.TERM, dt.date(2026, 9, 1), dt.date(2027, 1, 22),
        MONDAY_TO_FRIDAY, dt.time(16, 30), dt.time(20, 30))).value
    staff = StaffService(db, "coordinator")
    li = staff.add_caregiver(center.id, CaregiverDraft("李老师", employee_id="E01")).value
    wang = staff.add_caregiver(center.id, CaregiverDraft("王老师", Role.TEACHER)).value
    zhao = staff.add_caregiver(center.id, CaregiverDraft("赵同学", Role.VOLUNTEER)).value
    return Staffed(db, center.id, program.id, staff, ShiftService(db, "coordinator"),
                   ShiftPlanning(db), li.id, wang.id, zhao.id)
