"""The Today page's load path: one read of what the desk shows (the day view, who is on
duty, and on a full refresh the roster, the desk settings and the caregivers), made on the
GUI thread after an action, or off it on the window's task runner when the page refreshes or
changes date. A result is applied only if no newer load or action has come since."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from shiboken6 import isValid

from asc_desk.domain.desk_settings import DeskSettings
from asc_desk.domain.ratio_rules import RatioRules

if TYPE_CHECKING:
    from asc_desk.services.attendance.attendance_service import AttendanceService, DayView
    from asc_desk.services.roster.roster_service import RosterRow, RosterService
    from asc_desk.services.shifts.planning import OnDuty, ShiftPlanning
    from asc_desk.services.shifts.staff_service import CaregiverInfo, StaffService
    from asc_desk.ui.task_runner import TaskRunner


@dataclass(frozen=True)
class DeskSources:
    """The services the desk reads through. The background ones are the page's own but for
    attendance, whose copy keeps no cache: a worker never touches what a scan keeps."""

    attendance: AttendanceService
    roster: RosterService
    staff: StaffService | None = None
    planning: ShiftPlanning | None = None
    first_steps: Callable[[], tuple[bool, bool]] | None = None


@dataclass(frozen=True)
class DeskBasics:
    """What a full refresh reads besides the day: it changes with the roster and settings."""

    settings: DeskSettings
    roster: list[RosterRow]
    rules: RatioRules | None  # None: no staff side
    caregivers: list[CaregiverInfo]
    first_steps: tuple[bool, bool] | None  # None: not asked (done already, or no panel)


@dataclass(frozen=True)
class DeskRead:
    day: dt.date
    view: DayView
    duty: OnDuty | None
    basics: DeskBasics | None  # None: only the day was read
    background: bool = False


def read_desk(sources: DeskSources, center_id: int, day: dt.date, *, on_today: bool,
              now: dt.datetime, full: bool, first_steps: bool) -> DeskRead:
    """Everything one refresh (full) or reload shows; raises UserError as the services do."""
    basics = None
    if full:
        staff = sources.staff
        basics = DeskBasics(
            settings=sources.attendance.settings(center_id),
            roster=sources.roster.list_roster(center_id, include_withdrawn=True),
            rules=staff.ratio_rules(center_id) if staff is not None else None,
            caregivers=staff.list_caregivers(center_id) if staff is not None else [],
            first_steps=(sources.first_steps() if first_steps and sources.first_steps
                         else None))
    view = sources.attendance.day(center_id, day)
    # Who is on duty now: one read beside the day view's (today only).
    duty = (sources.planning.on_duty(center_id, now)
            if sources.planning is not None and on_today else None)
    return DeskRead(day, view, duty, basics)


class DeskLoads:
    """Numbers every load and action; keeps the one load running in the background.

    Any later load or action (a scan, an undo) makes an earlier background result stale: it
    is dropped, never shown over newer data. A full refresh still running hands its "full"
    on to the load that supersedes it, so a roster change is never lost to a date change."""

    def __init__(self, tasks: TaskRunner | None, background: DeskSources | None) -> None:
        self._tasks, self._background = tasks, background
        self.generation = 0
        self.running: int | None = None  # the generation of the background load
        self.running_full = False

    @property
    def in_background(self) -> bool:
        return self._tasks is not None and self._background is not None

    @property
    def busy(self) -> bool:
        return self.running is not None

    def next(self, full: bool) -> tuple[int, bool]:
        """A new load or action: its number, and whether it must read everything."""
        self.generation += 1
        return self.generation, full or (self.busy and self.running_full)

    def start(self, owner: Any, read: Callable[[DeskSources], DeskRead], *, full: bool,
              applied: Callable[[DeskRead], None],
              failed: Callable[[BaseException], None]) -> None:
        """Run `read` on a worker; `applied` or `failed` run on the GUI thread, only while
        `owner` (the page) lives and no newer load or action came."""
        assert self._tasks is not None and self._background is not None
        generation = self.generation
        self.running, self.running_full = generation, full
        sources = self._background
        task = self._tasks.start(lambda _progress: read(sources))

        def done(result: DeskRead) -> None:
            if self._ended(owner, generation):
                applied(DeskRead(result.day, result.view, result.duty, result.basics,
                                 background=True))

        def error(exc: BaseException) -> None:
            if self._ended(owner, generation):
                failed(exc)

        task.done.connect(done)
        task.failed.connect(error)

    def _ended(self, owner: Any, generation: int) -> bool:
        """True when the result of `generation` is to be shown."""
        if self.running == generation:
            self.running, self.running_full = None, False
        return isValid(owner) and generation == self.generation
