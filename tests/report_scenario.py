"""One month of a small center whose figures are computed by hand (tests of the reports).

November 2026 (1st a Sunday; weekdays 2-6, 9-13, 16-20, 23-27, 30), one term program Mon-Fri
16:30-20:30, the 11th closed for everyone ("停电检修"), the desk's grace 15 minutes, "now"
2026-12-01 10:00. Children:
  张伟      from 09-01. 2nd 16:40-19:40 (180 min); 3rd 16:30-20:50 (260, late: 20:50 is past
            20:45); 4th absent sick; 5th 16:30-18:00 corrected to 19:00 (150, corrected).
  迪丽努尔·艾山  from 11-16 (mid-month). 16th 16:30-19:30 (180).
  李娜      from 09-01, withdrawn on 11-13 (last day the 12th). 2nd 16:30-17:30 (60).
Guardians: 王芳 (E001, 注塑车间) of 张伟 and 李娜; 艾山 (E002, 包装车间) of 迪丽努尔·艾山.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from asc_desk.domain.attendance_rules import AbsenceReason
from asc_desk.domain.calendar_rules import OverrideKind
from asc_desk.domain.center import CenterSettings
from asc_desk.domain.program import MONDAY_TO_FRIDAY, ProgramKind, ProgramSpec
from asc_desk.domain.roster import ChildDraft, EnrollmentDraft, GuardianDraft
from asc_desk.services.attendance.attendance_service import AttendanceService
from asc_desk.services.calendar.calendar_service import CalendarService
from asc_desk.services.calendar.program_service import ProgramService
from asc_desk.services.center_service import CenterService
from asc_desk.services.roster.roster_import import RosterImport
from asc_desk.services.roster.roster_service import RosterService

SH = ZoneInfo("Asia/Shanghai")
NOW = dt.datetime(2026, 12, 1, 10, 0, tzinfo=SH)
PROGRAM = "2026秋季学期课后班"
ZHANG, DILI, LI = "张伟", "迪丽努尔·艾山", "李娜"


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 11, day, hour, minute, tzinfo=SH)


@dataclass(frozen=True)
class Scenario:
    center_id: int
    program_id: int
    ids: dict[str, int]


def build(db) -> Scenario:
    center = CenterService(db, "t").set_up_center(CenterSettings("星光儿童之家", "华彩玩具")).value
    program = ProgramService(db, "t").add_program(center.id, ProgramSpec(
        PROGRAM, ProgramKind.TERM, dt.date(2026, 9, 1), dt.date(2027, 1, 22), MONDAY_TO_FRIDAY,
        dt.time(16, 30), dt.time(20, 30))).value
    CalendarService(db, "t").set_override(center.id, dt.date(2026, 11, 11),
                                          dt.date(2026, 11, 11), OverrideKind.CLOSED, "停电检修")
    mother = GuardianDraft("王芳", "母亲", "13800000001", "E001", "注塑车间")
    father = GuardianDraft("艾山", "父亲", "13800000002", "E002", "包装车间")

    def draft(name: str, ref: str, guardian: GuardianDraft, start: dt.date) -> ChildDraft:
        return ChildDraft(name, ref, guardians=(guardian,), enrollments=(
            EnrollmentDraft(program.id, start, weekdays=MONDAY_TO_FRIDAY),))

    today = dt.date(2026, 12, 1)
    RosterImport(db, "t", today=lambda: today).add_many(center.id, [
        draft(ZHANG, "A1", mother, dt.date(2026, 9, 1)),
        draft(DILI, "A2", father, dt.date(2026, 11, 16)),
        draft(LI, "A3", mother, dt.date(2026, 9, 1)),
    ])
    roster = RosterService(db, "t", today=lambda: today)
    ids = {r.name: r.id for r in roster.list_roster(center.id)}
    desk = AttendanceService(db, "t", now=lambda: NOW)
    c = center.id
    desk.check_in(c, ids[ZHANG], at=at(2, 16, 40))
    desk.check_out(c, ids[ZHANG], "王芳", at=at(2, 19, 40))
    desk.check_in(c, ids[ZHANG], at=at(3, 16, 30))
    desk.check_out(c, ids[ZHANG], "王芳", at=at(3, 20, 50))
    desk.mark_absent(c, ids[ZHANG], dt.date(2026, 11, 4), AbsenceReason.SICK)
    desk.check_in(c, ids[ZHANG], at=at(5, 16, 30))
    out = desk.check_out(c, ids[ZHANG], "王芳", at=at(5, 18, 0))
    desk.correct(out.event_id, "时间记错", new_at=at(5, 19, 0))
    desk.check_in(c, ids[DILI], at=at(16, 16, 30))
    desk.check_out(c, ids[DILI], "艾山", at=at(16, 19, 30))
    desk.check_in(c, ids[LI], at=at(2, 16, 30))
    desk.check_out(c, ids[LI], "王芳", at=at(2, 17, 30))
    roster.withdraw(ids[LI], dt.date(2026, 11, 13), "随父母返乡")
    return Scenario(c, program.id, ids)
