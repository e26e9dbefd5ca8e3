"""A center for the shifts page's tests: one term program open 16:30-20:30 on weekdays and three
caregivers, and 3 school-age children enrolled Monday to Friday (1 caregiver by the ratio: the
minimum of 2 on duty decides coverage while open), on a real SQLite file."""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass

import pytest
from sqlalchemy import func, insert, select

from asc_desk.db.models import AuditEntry, Child, Enrollment, Shift
from asc_desk.domain.center import CenterSettings
from asc_desk.domain.program import MONDAY_TO_FRIDAY, ProgramKind, ProgramSpec
from asc_desk.domain.staff import CaregiverDraft, Role
from asc_desk.services import database_service as dbs
from asc_desk.services.calendar.calendar_service import CalendarService
from asc_desk.services.calendar.program_service import ProgramService
from asc_desk.services.center_service import CenterInfo, CenterService
from asc_desk.services.database import Database
from asc_desk.services.shifts.planning import ShiftPlanning
from asc_desk.services.shifts.shift_service import ShiftService
from asc_desk.services.shifts.staff_service import StaffService

MONDAY = dt.date(2026, 11, 23)
TODAY = MONDAY + dt.timedelta(days=1)  # Tuesday: tomorrow is an open Wednesday
WED = MONDAY + dt.timedelta(days=2)
T = dt.time


@dataclass
class Staffed:
    db: Database
    center: CenterInfo
    program_id: int
    planning: ShiftPlanning
    shifts: ShiftService
    staff: StaffService
    programs: ProgramService
    calendar: CalendarService
    li: int  # teacher 李老师
    wang: int  # teacher 王老师
    zhao: int  # volunteer 赵同学

    def services(self) -> tuple:
        return (self.planning, self.shifts, self.staff, self.programs, self.calendar,
                self.center)

    def counts(self) -> tuple[int, int]:
        """Shifts and audit lines: bad input must change neither."""
        with self.db.unit_of_work() as s:
            return tuple(s.scalar(select(func.count()).select_from(m))
                         for m in (Shift, AuditEntry))

    def week(self, day: dt.date = MONDAY):
        return self.planning.week(self.center.id, day)


def _set_up(db: Database) -> tuple[CenterInfo, int, tuple[int, int, int]]:
    center = CenterService(db, "t").set_up_center(CenterSettings("星光儿童之家",
                                                                 "华彩玩具")).value
    program = ProgramService(db, "t").add_program(center.id, ProgramSpec(
        "秋季课后班", ProgramKind.TERM, dt.date(2026, 9, 1), dt.date(2027, 1, 22),
        MONDAY_TO_FRIDAY, T(16, 30), T(20, 30))).value
    staff = StaffService(db, "coordinator")
    people = (staff.add_caregiver(center.id, CaregiverDraft("李老师", employee_id="E01")),
              staff.add_caregiver(center.id, CaregiverDraft("王老师", Role.TEACHER)),
              staff.add_caregiver(center.id, CaregiverDraft("赵同学", Role.VOLUNTEER)))
    # Children expected, so the minimum on duty applies while open (not on a day none is).
    with db.unit_of_work() as s:
        ids = [s.scalar(insert(Child).values(
            center_id=center.id, name=name, card_code=f"K{i:07d}", status="active",
            birth_date=dt.date(2017, 3, 1)).returning(Child.id))
            for i, name in enumerate(("小明", "小红", "小刚"), start=1)]
        s.execute(insert(Enrollment), [dict(
            child_id=c, program_id=program.id, from_date=dt.date(2026, 9, 1), to_date=None,
            weekdays=MONDAY_TO_FRIDAY) for c in ids])
    return center, program.id, tuple(p.value.id for p in people)


@pytest.fixture(scope="session")
def staffed_template(tmp_path_factory, cjk_family):
    """The center made once (migrating a new file takes most of a test's time); each test
    gets its own copy of the file."""
    path = tmp_path_factory.mktemp("staffed") / "template.sqlite3"
    db, _ = dbs.open_database(str(path))
    try:
        made = _set_up(db)
    finally:
        db.dispose()  # closes the last connection: the WAL is written back into the file
    return path, made


@pytest.fixture(name="staffed")
def staffed_fixture(tmp_path, staffed_template) -> Staffed:
    """Import `staffed_fixture` and `staffed_template` into a test module to use `staffed`."""
    template, (center, program_id, (li, wang, zhao)) = staffed_template
    path = tmp_path / "center.sqlite3"
    shutil.copyfile(template, path)
    db, _ = dbs.open_database(str(path))
    yield Staffed(db, center, program_id, ShiftPlanning(db), ShiftService(db, "coordinator"),
                  StaffService(db, "coordinator"), ProgramService(db, "t"),
                  CalendarService(db, "t"), li, wang, zhao)
    db.dispose()
