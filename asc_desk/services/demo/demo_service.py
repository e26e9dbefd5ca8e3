"""Fills a new database with realistic demo data, so the app can be tried at once."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from asc_desk.domain.calendar_rules import OverrideKind
from asc_desk.domain.center import DEFAULT_TIME_ZONE, CenterSettings
from asc_desk.domain.errors import N_, UserError
from asc_desk.domain.program import MONDAY_TO_FRIDAY, ProgramKind, ProgramSpec, weekday_mask
from asc_desk.services.calendar.calendar_service import CalendarService
from asc_desk.services.calendar.program_service import ProgramService
from asc_desk.services.center_service import CenterService
from asc_desk.services.database import Database
from asc_desk.services.demo.demo_attendance import fill_attendance
from asc_desk.services.demo.demo_roster import demo_children
from asc_desk.services.demo.demo_shifts import fill_shifts
from asc_desk.services.roster.roster_import import RosterImport
from asc_desk.services.roster.roster_service import RosterService

CENTERS = [
    ("星光儿童之家", "东莞华彩玩具有限公司"),
    ("小太阳课后服务中心", "深圳乐童玩具制造厂"),
    ("彩虹桥托管中心", "汕头澄海宏达玩具厂"),
]


@dataclass(frozen=True)
class DemoSummary:
    center: str
    programs: int
    children: int = 0
    withdrawn: int = 0  # of the children, those who have left (tests read the counts here)
    caregivers: int = 0

    @property
    def active(self) -> int:
        return self.children - self.withdrawn


DEMO_CHILDREN = 60  # the demo roster's size unless asked otherwise


STORY_DAY = dt.date(2026, 11, 25)  # the roster's and attendance's "today"


def fill_demo(db: Database, *, seed: int = 1, language: str = "zh_CN",
              actor: str = "demo", children: int = DEMO_CHILDREN,
              today: dt.date | None = None) -> DemoSummary:
    """Only into an empty database: demo data never mixes with a center's real records.

    The roster and its attendance tell a story up to STORY_DAY; the caregivers' plan is
    made around `today` (by default the day the demo is made, in the center's time zone),
    so tomorrow's coverage gap shows in a fresh demo. A day on which the demo's programs
    no longer run (or do not yet) plans around STORY_DAY instead."""
    rng = random.Random(seed)
    centers = CenterService(db, actor)
    if centers.get_center() is not None:
        raise UserError(
            N_("This database already has data; demo data is only added to a new one.")
        )
    name, factory = rng.choice(CENTERS)
    center = centers.set_up_center(CenterSettings(name, factory, DEFAULT_TIME_ZONE,
                                                  language)).value
    programs = ProgramService(db, actor)
    added = {spec.name: programs.add_program(center.id, spec).value for spec in _programs()}
    calendar = CalendarService(db, actor)
    d = dt.date
    calendar.set_override(center.id, d(2026, 8, 3), d(2026, 8, 4), OverrideKind.CLOSED,
                          "台风停课", program_id=added["2026暑期班"].id)
    calendar.set_override(center.id, d(2026, 11, 20), d(2026, 11, 20), OverrideKind.HOURS,
                          "消防演练，提前关门", closes_at=dt.time(18, 0))
    calendar.set_override(center.id, d(2026, 12, 31), d(2026, 12, 31), OverrideKind.CLOSED,
                          "工厂年终盘点")
    staff_day = _staff_day(today)
    today = STORY_DAY
    drafts, leavers = demo_children(children, rng, {n: p.id for n, p in added.items()}, today)
    importer = RosterImport(db, actor, today=lambda: today)
    importer.add_many(center.id, drafts)
    roster = RosterService(db, actor, today=lambda: today)
    rows = {r.external_id: r.id for r in roster.list_roster(center.id)}
    for index in leavers:
        roster.withdraw(rows[drafts[index].external_id], dt.date(2026, 11, 13), "随父母返乡")
    fill_attendance(db, center.id, dt.date(2026, 9, 1), today - dt.timedelta(days=1), rng,
                    actor)
    caregivers = fill_shifts(db, center.id, staff_day, rng, actor)
    return DemoSummary(center.name, len(added), len(drafts), len(leavers), caregivers)


def _staff_day(today: dt.date | None) -> dt.date:
    day = today or dt.datetime.now(ZoneInfo(DEFAULT_TIME_ZONE)).date()
    programs = _programs()
    # Two weeks of program days ahead, for the gap, the conflict and the leave.
    if min(p.first_day for p in programs) <= day <= (max(p.last_day for p in programs)
                                                       - dt.timedelta(days=14)):
        return day
    return STORY_DAY


def _programs() -> list[ProgramSpec]:
    d, t = dt.date, dt.time
    return [
        ProgramSpec("2026暑期班", ProgramKind.HOLIDAY, d(2026, 7, 6), d(2026, 8, 28),
                    weekday_mask([0, 1, 2, 3, 4, 5]), t(7, 30), t(19, 30)),
        ProgramSpec("2026秋季学期课后班", ProgramKind.TERM, d(2026, 9, 1), d(2027, 1, 22),
                    MONDAY_TO_FRIDAY, t(16, 30), t(20, 30)),
        ProgramSpec("2027寒假班", ProgramKind.HOLIDAY, d(2027, 1, 25), d(2027, 2, 26),
                    weekday_mask([0, 1, 2, 3, 4, 5]), t(7, 30), t(19, 0)),
    ]
