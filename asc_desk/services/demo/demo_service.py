"""Fills a new database with realistic demo data, so the app can be tried at once."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from asc_desk.domain.calendar_rules import OverrideKind
from asc_desk.domain.center import DEFAULT_TIME_ZONE, CenterSettings
from asc_desk.domain.errors import N_, UserError
from asc_desk.domain.program import ProgramKind
from asc_desk.services.calendar.calendar_service import CalendarService
from asc_desk.services.calendar.program_service import ProgramService
from asc_desk.services.center_service import CenterService
from asc_desk.services.database import Database
from asc_desk.services.demo.demo_attendance import fill_attendance
from asc_desk.services.demo.demo_programs import DemoPrograms, demo_programs
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


STORY_DAY = dt.date(2026, 11, 25)  # "today" of the data tests and benchmarks are built on


def fill_demo(db: Database, *, seed: int = 1, language: str = "zh_CN",
              actor: str = "demo", children: int = DEMO_CHILDREN,
              today: dt.date | None = None) -> DemoSummary:
    """Only into an empty database: demo data never mixes with a center's real records.

    Everything is relative to `today` (STORY_DAY unless given; `asc-desk demo` gives the
    center's local date): the programs run around it, the children's attendance history
    runs up to the day before (today starts with no records), the caregivers' plan has
    tomorrow's gap and a conflict a week later. The same seed and day give the same data."""
    today = today or STORY_DAY
    rng = random.Random(seed)
    centers = CenterService(db, actor)
    if centers.get_center() is not None:
        raise UserError(
            N_("This database already has data; demo data is only added to a new one.")
        )
    name, factory = rng.choice(CENTERS)
    center = centers.set_up_center(CenterSettings(name, factory, DEFAULT_TIME_ZONE,
                                                  language)).value
    layout = demo_programs(today)
    programs = ProgramService(db, actor)
    added = {spec.name: programs.add_program(center.id, spec).value for spec in layout.specs}
    running = layout.running
    _calendar_story(CalendarService(db, actor), center.id, layout, added, today)
    drafts, leavers = demo_children(children, rng, added[running.name].id, running.first_day,
                                    today)
    importer = RosterImport(db, actor, today=lambda: today)
    importer.add_many(center.id, drafts)
    roster = RosterService(db, actor, today=lambda: today)
    rows = {r.external_id: r.id for r in roster.list_roster(center.id)}
    left_on = max(running.first_day, today - dt.timedelta(days=12))
    for index in leavers:
        roster.withdraw(rows[drafts[index].external_id], left_on, "随父母返乡")
    fill_attendance(db, center.id, running.first_day, today - dt.timedelta(days=1), rng,
                    actor)
    caregivers = fill_shifts(db, center.id, today, rng, actor)
    return DemoSummary(center.name, len(added), len(drafts), len(leavers), caregivers)


def local_today() -> dt.date:
    """The day the demo is made, in the demo center's time zone (what the CLI passes)."""
    return dt.datetime.now(ZoneInfo(DEFAULT_TIME_ZONE)).date()


def _calendar_story(calendar: CalendarService, center_id: int, layout: DemoPrograms,
                    added: dict, today: dt.date) -> None:
    """A typhoon closing a holiday program for two days, a fire drill closing early last
    week, the factory's stocktaking on 31 December; none of them on today or yesterday."""
    holiday = next(p for p in layout.specs if p.kind is ProgramKind.HOLIDAY)
    typhoon = holiday.first_day + dt.timedelta(days=28)
    if typhoon - dt.timedelta(days=1) <= today <= typhoon + dt.timedelta(days=2):
        typhoon = holiday.first_day + dt.timedelta(days=7)
    calendar.set_override(center_id, typhoon, typhoon + dt.timedelta(days=1),
                          OverrideKind.CLOSED, "台风停课", program_id=added[holiday.name].id)
    drill = today - dt.timedelta(days=5)
    while drill.weekday() >= 5:  # a weekday of last week
        drill -= dt.timedelta(days=1)
    calendar.set_override(center_id, drill, drill, OverrideKind.HOURS,
                          "消防演练，提前关门", closes_at=dt.time(18, 0))
    stocktaking = dt.date(today.year, 12, 31)
    if stocktaking == today:  # never on the day the demo is made
        stocktaking = dt.date(today.year + 1, 12, 31)
    calendar.set_override(center_id, stocktaking, stocktaking, OverrideKind.CLOSED,
                          "工厂年终盘点")
