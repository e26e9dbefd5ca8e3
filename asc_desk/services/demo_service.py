"""Fills a new database with realistic demo data, so the app can be tried at once."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from asc_desk.domain.center import CenterSettings
from asc_desk.domain.errors import N_, UserError
from asc_desk.domain.program import MONDAY_TO_FRIDAY, ProgramKind, ProgramSpec, weekday_mask
from asc_desk.services.center_service import CenterService
from asc_desk.services.database import Database
from asc_desk.services.program_service import ProgramService

CENTERS = [
    ("星光儿童之家", "东莞华彩玩具有限公司"),
    ("小太阳课后服务中心", "深圳乐童玩具制造厂"),
    ("彩虹桥托管中心", "汕头澄海宏达玩具厂"),
]


@dataclass(frozen=True)
class DemoSummary:
    center: str
    programs: int


def fill_demo(db: Database, *, seed: int = 1, language: str = "zh_CN",
              actor: str = "demo") -> DemoSummary:
    """Only into an empty database: demo data never mixes with a center's real records."""
    rng = random.Random(seed)
    centers = CenterService(db, actor)
    if centers.get_center() is not None:
        raise UserError(
            N_("This database already has data; demo data is only added to a new one.")
        )
    name, factory = rng.choice(CENTERS)
    center = centers.set_up_center(CenterSettings(name, factory, "Asia/Shanghai", language))
    programs = ProgramService(db, actor)
    for spec in _programs():
        programs.add_program(center.id, spec)
    return DemoSummary(center.name, len(_programs()))


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
