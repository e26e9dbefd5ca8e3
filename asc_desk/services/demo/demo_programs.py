"""The demo's programs, laid out around the day the demo is made: the program running that
day (children enrolled, history up to yesterday), the one before and the one after."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from asc_desk.domain.program import MONDAY_TO_FRIDAY, ProgramKind, ProgramSpec, weekday_mask

MONDAY_TO_SATURDAY = weekday_mask([0, 1, 2, 3, 4, 5])


@dataclass(frozen=True)
class DemoPrograms:
    """Three programs in date order; `current` (an index into them) contains `today`."""

    specs: tuple[ProgramSpec, ...]
    current: int

    @property
    def running(self) -> ProgramSpec:
        return self.specs[self.current]


def _cycle(year: int) -> list[ProgramSpec]:
    """The school year starting in `year`'s summer: summer, autumn term, winter, spring term
    (the autumn of 2026 is the story's own, dates as they always were)."""
    d, t = dt.date, dt.time
    return [
        ProgramSpec(f"{year}暑期班", ProgramKind.HOLIDAY, d(year, 7, 6), d(year, 8, 28),
                    MONDAY_TO_SATURDAY, t(7, 30), t(19, 30)),
        ProgramSpec(f"{year}秋季学期课后班", ProgramKind.TERM, d(year, 9, 1), d(year + 1, 1, 22),
                    MONDAY_TO_FRIDAY, t(16, 30), t(20, 30)),
        ProgramSpec(f"{year + 1}寒假班", ProgramKind.HOLIDAY, d(year + 1, 1, 25),
                    d(year + 1, 2, 26), MONDAY_TO_SATURDAY, t(7, 30), t(19, 0)),
        ProgramSpec(f"{year + 1}春季学期课后班", ProgramKind.TERM, d(year + 1, 3, 1),
                    d(year + 1, 7, 2), MONDAY_TO_FRIDAY, t(16, 30), t(20, 30)),
    ]


def demo_programs(today: dt.date) -> DemoPrograms:
    """The program running on `today` with its neighbours. On a day between two programs
    (a few days a year) the one before is stretched to `today`, so that its children are
    expected and have a history up to yesterday."""
    year = today.year if today >= dt.date(today.year, 7, 6) else today.year - 1
    cycle = _cycle(year - 1) + _cycle(year) + _cycle(year + 1)
    # The last program that started on or before today (the summer of `year` at the latest).
    index = max(i for i, p in enumerate(cycle) if p.first_day <= today)
    if cycle[index].last_day < today:
        cycle[index] = replace(cycle[index], last_day=today)
    return DemoPrograms(tuple(cycle[index - 1:index + 2]), 1)
