"""The Today page's staff side: who is on duty now against what the children present need,
and the staff clock from the scan field or the "Staff clock…" dialog.

The count comes from ShiftPlanning.on_duty (clocked in when the clock was used that day, else
on shift by the plan, weighted by role); the caregivers needed from the domain's ratio rules
(`required_for`, the same function the shifts page's coverage uses) over the age bands of the
children present now."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLabel, QWidget

from asc_desk.domain.attendance_rules import ChildDayState
from asc_desk.domain.changes import Changes
from asc_desk.domain.errors import UserError
from asc_desk.domain.name_search import FIELD_SEPARATOR, normalize_query, search_text
from asc_desk.domain.ratio_rules import RatioRules, age_on
from asc_desk.domain.staff_clock import ClockKind
from asc_desk.services.attendance.attendance_service import DayView
from asc_desk.services.shifts.planning import CaregiverRow, OnDuty, ShiftPlanning
from asc_desk.services.shifts.staff_clock_service import ClockResult, StaffClockService
from asc_desk.services.shifts.staff_service import CaregiverInfo, StaffService
from asc_desk.ui.dialogs.staff_clock_dialog import StaffClockDialog
from asc_desk.ui.undo import ServiceCommand

PRESENT = (ChildDayState.PRESENT, ChildDayState.UNEXPECTED_PRESENT)
UNDO_REASON = "Undone at the desk (Ctrl+Z)"  # stored with the correction, not shown


@dataclass(frozen=True)
class StaffCount:
    """What the day header shows about the staff: on duty (weighted) against needed."""

    count: float
    needed: int
    people: tuple[CaregiverRow, ...]
    clock_used: bool
    rules: RatioRules

    @property
    def ok(self) -> bool:
        return self.count >= self.needed


def staff_count(duty: OnDuty, view: DayView, births: dict[int, dt.date | None]
                ) -> StaffCount:
    """The children present now, counted in their age bands; the caregivers they need come
    from the service (`OnDuty.needed`): the minimum on duty only while a program is open now
    with children here or still to arrive, so before opening a few early children need
    only what the ratio says. The bands are the duty's own rules, read with it."""
    rules = duty.rules
    bands = [0] * len(rules.bands)
    for item in view.children:
        if item.record.state in PRESENT:
            bands[rules.band_of(age_on(births.get(item.child.id), view.date))] += 1
    needed = duty.needed(bands, still_expected=view.counts.get("to_arrive", 0))
    people = duty.clocked_in if duty.clock_used else duty.on_shift
    return StaffCount(duty.weighted, needed, people, duty.clock_used, rules)


def caregivers_search(caregivers: list[CaregiverInfo], *, pinyin: bool) -> dict[int, str]:
    """Caregivers' names as the scan field searches them, by id. Their pinyin (not stored,
    unlike the children's) needs pypinyin's dictionaries, a third of a second to load: at
    start the desk first comes up with names and employee ids; the window loads pypinyin
    on a worker, then the page asks again with `pinyin=True`."""
    if pinyin:
        return {c.id: search_text(c.name, (c.draft.employee_id,)) for c in caregivers}
    return {c.id: FIELD_SEPARATOR.join(
        t for t in (normalize_query(c.name), normalize_query(c.draft.employee_id or ""))
        if t) for c in caregivers}


def on_duty_tip(count: StaffCount) -> str:
    """Who counts as on duty now, for the header's tooltip (in the Today page's words)."""
    names = "、".join(
        p.name if count.rules.weight(p.role) == 1 else QCoreApplication.translate(
            "TodayPage", "{name} (counts {weight:g})").format(
                name=p.name, weight=count.rules.weight(p.role))
        for p in count.people)
    tip = (QCoreApplication.translate("TodayPage", "Clocked in now: {names}")
           if count.clock_used else QCoreApplication.translate(
               "TodayPage", "On shift now (by the plan; nobody used the staff clock today): "
                            "{names}"))
    return tip.format(names=names or QCoreApplication.translate("TodayPage", "nobody"))


class StaffDesk(QObject):
    """Clocks a caregiver in or out (whichever they are not), says so on the desk's line and
    puts the step on the page's undo stack (undo: a correction that cancels the record; redo:
    the same record again at its first time)."""

    def __init__(self, parent: QObject, clock: StaffClockService | None,
                 planning: ShiftPlanning | None, center_id: int, zone: dt.tzinfo, *,
                 now: Callable[[], dt.datetime], say: Callable[[str], None],
                 refused: Callable[[UserError], None], stepped: Callable[[str], None],
                 reload: Callable[[], None], announce: Callable[[Changes], None],
                 push: Callable[[ServiceCommand], None]) -> None:
        super().__init__(parent)
        self._clock, self._planning = clock, planning
        self._center_id, self._zone, self._now = center_id, zone, now
        self._say, self._refused, self._stepped = say, refused, stepped
        self._reload, self._announce, self._push = reload, announce, push
        self.names: dict[int, str] = {}  # caregiver id: name, set by the page at each refresh

    @property
    def available(self) -> bool:
        return self._clock is not None and self._planning is not None

    def clock_dialog(self, staff: StaffService | None, parent: QWidget, *,
                     desk_line: QLabel) -> StaffClockDialog | None:
        """The Staff clock dialog (every caregiver, those clocked in marked), or None when
        this desk has no staff clock or the caregivers cannot be read (said on the line)."""
        if not self.available or staff is None or self._planning is None:
            return None
        try:
            caregivers = staff.list_caregivers(self._center_id)
            clocked = {p.id for p in self._planning.on_duty(self._center_id,
                                                             self._now()).clocked_in}
        except UserError as exc:
            self._refused(exc)
            return None
        # The dialog covers the desk's line: it repeats what the line says.
        return StaffClockDialog(caregivers, clocked, self.clock, parent, desk_line=desk_line)

    def is_clocked_in(self, caregiver_id: int) -> bool:
        if self._planning is None:
            return False
        duty = self._planning.on_duty(self._center_id, self._now())
        return any(p.id == caregiver_id for p in duty.clocked_in)

    def toggle(self, caregiver_id: int) -> ClockResult | None:
        """A caregiver's card scanned or name picked: in if not clocked in, else out."""
        try:
            clocked_in = self.is_clocked_in(caregiver_id)
        except UserError as exc:
            self._refused(exc)
            return None
        return self.clock(caregiver_id, ClockKind.CLOCK_OUT if clocked_in
                          else ClockKind.CLOCK_IN)

    def clock(self, caregiver_id: int, kind: ClockKind) -> ClockResult | None:
        if self._clock is None:
            return None
        record = self._clock.clock_in if kind is ClockKind.CLOCK_IN else self._clock.clock_out
        try:
            result = record(caregiver_id)
        except UserError as exc:
            self._refused(exc)  # one line, red: nothing was written
            return None
        self._reload()
        self._say(self._done_text(result))
        self._announce(result.changes)
        self._push(self._command(result))
        return result

    def _done_text(self, result: ClockResult) -> str:
        name = self.names.get(result.caregiver_id) or result.notice.params.get("name", "")
        time = f"{result.at.astimezone(self._zone):%H:%M}"
        if result.kind is ClockKind.CLOCK_IN:
            return self.tr("{name} {time} clock-in ✓").format(name=name, time=time)
        return self.tr("{name} {time} clock-out ✓").format(name=name, time=time)

    def _command(self, result: ClockResult) -> ServiceCommand:
        name = self.names.get(result.caregiver_id) or result.notice.params.get("name", "")
        what = (self.tr("clock-in of {name}") if result.kind is ClockKind.CLOCK_IN
                else self.tr("clock-out of {name}")).format(name=name)
        current = [result.event_id]  # the record the next undo cancels (redo makes a new one)
        caregiver_id, kind, at = result.caregiver_id, result.kind, result.at
        clock = self._clock
        assert clock is not None

        def undo() -> Changes:
            done = clock.correct(current[0], UNDO_REASON)
            self._stepped(self.tr("Undone: {what}.").format(what=what))
            return done.changes

        def redo() -> Changes:
            record = clock.clock_in if kind is ClockKind.CLOCK_IN else clock.clock_out
            again = record(caregiver_id, at)
            current[0] = again.event_id
            self._stepped(self.tr("Redone: {what}.").format(what=what))
            return again.changes

        return ServiceCommand(what, redo, undo, on_changes=self._announce,
                              on_error=self._step_refused, done=True, page="today")

    def _step_refused(self, exc: UserError) -> None:
        self._reload()
        self._refused(exc)
