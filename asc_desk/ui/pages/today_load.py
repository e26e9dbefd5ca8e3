"""The Today page's load path: one read of what the desk shows (the day view, who is on
duty, and on a full refresh the roster, the desk settings and the caregivers), made on the
GUI thread after an action, or off it on the window's task runner when the page refreshes or
changes date. A result is applied only if no newer load or action has come since.

The page's first load in the background reads the list without the staff side (the
caregivers, their ratio rules, who is on duty): ordering caregivers by pinyin loads
pypinyin's dictionaries, a third of a second. The list shows, then the staff side is read
on a worker; what is scanned meanwhile waits for it, as it waits for the list."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from shiboken6 import isValid

from asc_desk.domain.desk_settings import DeskSettings
from asc_desk.domain.errors import UserError
from asc_desk.domain.ratio_rules import RatioRules
from asc_desk.services.gc_pause import gc_paused
from asc_desk.ui.error_text import user_message
from asc_desk.ui.pages.today_candidates import ShownDay, shown_day
from asc_desk.ui.pages.today_shell import kept_text
from asc_desk.ui.pages.today_staff import caregivers_search
from asc_desk.ui.styles import ERROR_STYLE, NOTICE_STYLE

if TYPE_CHECKING:
    from asc_desk.services.attendance.attendance_service import AttendanceService, DayView
    from asc_desk.services.roster.roster_list import RosterRow
    from asc_desk.services.roster.roster_service import RosterService
    from asc_desk.services.shifts.planning import OnDuty, ShiftPlanning
    from asc_desk.services.shifts.staff_service import CaregiverInfo, StaffService
    from asc_desk.ui.task_runner import TaskRunner
    from asc_desk.ui.widgets.scan_field import CandidateIndex


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
    shown: ShownDay | None = None  # the list and search index, made on the worker
    staff_later: bool = False  # the staff side was left for a read of its own (StaffRead)


@dataclass(frozen=True)
class StaffRead:
    """The staff side of a full refresh, read after the list of the page's first load."""

    rules: RatioRules | None
    caregivers: list[CaregiverInfo]
    duty: OnDuty | None
    background: bool = False


def read_desk(sources: DeskSources, center_id: int, day: dt.date, *, on_today: bool,
              now: dt.datetime, full: bool, first_steps: bool,
              staff_later: bool = False) -> DeskRead:
    """Everything one refresh (full) or reload shows; raises UserError as the services do.
    `staff_later`: without the staff side (read_staff reads it)."""
    # The cyclic collector paused: the day's tens of thousands of objects (all acyclic,
    # freed by reference counting) made it walk everything alive several times a read,
    # each pass holding the GIL, so the GUI thread stood still for 80-140 ms at 5,000
    # children.
    with gc_paused():
        return _read_desk(sources, center_id, day, on_today=on_today, now=now, full=full,
                          first_steps=first_steps, staff_later=staff_later)


def _read_desk(sources: DeskSources, center_id: int, day: dt.date, *, on_today: bool,
               now: dt.datetime, full: bool, first_steps: bool,
               staff_later: bool) -> DeskRead:
    basics = None
    staff_side = None if staff_later else read_staff(sources, center_id, on_today=on_today,
                                                     now=now, caregivers=full)
    if full:
        basics = DeskBasics(
            settings=sources.attendance.settings(center_id),
            roster=sources.roster.list_roster(center_id, include_withdrawn=True, fonts=False),
            rules=staff_side.rules if staff_side is not None else None,
            caregivers=staff_side.caregivers if staff_side is not None else [],
            first_steps=(sources.first_steps() if first_steps and sources.first_steps
                         else None))
    view = sources.attendance.day(center_id, day)
    return DeskRead(day, view, staff_side.duty if staff_side is not None else None, basics,
                    staff_later=staff_later)


def read_staff(sources: DeskSources, center_id: int, *, on_today: bool, now: dt.datetime,
               caregivers: bool = True) -> StaffRead:
    """The caregivers and their ratio rules (`caregivers`) and who is on duty now (today)."""
    staff = sources.staff
    rules = staff.ratio_rules(center_id) if staff is not None and caregivers else None
    people = staff.list_caregivers(center_id) if staff is not None and caregivers else []
    # Who is on duty now: one read beside the day view's (today only).
    duty = (sources.planning.on_duty(center_id, now)
            if sources.planning is not None and on_today else None)
    return StaffRead(rules, people, duty)


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

    def start(self, owner: Any, read: Callable[[DeskSources], DeskRead | StaffRead], *,
              full: bool, applied: Callable[[Any], None],
              failed: Callable[[BaseException], None]) -> None:
        """Run `read` on a worker; `applied` or `failed` run on the GUI thread, only while
        `owner` (the page) lives and no newer load or action came."""
        assert self._tasks is not None and self._background is not None
        generation = self.generation
        self.running, self.running_full = generation, full
        sources = self._background
        task = self._tasks.start(lambda _progress: read(sources))

        def done(result: DeskRead | StaffRead) -> None:
            if self._ended(owner, generation):
                applied(replace(result, background=True))

        def error(exc: BaseException) -> None:
            if self._ended(owner, generation):
                failed(exc)

        task.done.connect(done)
        task.failed.connect(error)

    def release(self, spent: list) -> None:
        """Let go of the day shown before on a worker, a piece at a time: freeing 5,000
        children's rows on the GUI thread took ~10 ms of it at each change of date. The
        caller keeps no reference to `spent` or its items."""
        if self._tasks is not None and self._background is not None:
            self._tasks.start(lambda _progress: _let_go(spent))

    def _ended(self, owner: Any, generation: int) -> bool:
        """True when the result of `generation` is to be shown."""
        if self.running == generation:
            self.running, self.running_full = None, False
        return isValid(owner) and generation == self.generation


def _let_go(spent: list) -> None:
    """Empties `spent` (lists, dicts, anything) item by item: each object is freed here, and
    the GIL changes hands between items (one big free would hold it throughout)."""
    while spent:
        item = spent.pop()
        if isinstance(item, list):
            while item:
                item.pop()
        elif isinstance(item, dict):
            while item:
                item.popitem()
        del item


class DeskLoading:
    """The Today page's load path (a mixin of `TodayPage`, whose widgets and state it
    fills): refresh and change of date off the GUI thread when the window gave a task
    runner, the reload after an action at once, and the scans kept while the list loads."""

    _staff_read = False  # the staff side has been read once (the first load leaves it)

    def refresh(self) -> None:
        """Reload the roster, the desk settings and the day shown (off the GUI thread when
        the window gave a task runner)."""
        self._loaded, self._stale = True, False
        self.photo.forget()  # a photo may have changed with the roster
        self._load(full=True, wait=not self.loads.in_background)

    def show_day(self, day: dt.date) -> None:
        self.header.set_day(day)
        self._clear_offer()
        self._load(full=False, wait=not self.loads.in_background)
        if not self.header.date_edit.hasFocus():  # typing a date: wait for its Enter
            self.scan.line.setFocus()

    def reload(self) -> None:
        """The one query after each action: the day view, for the list and the counts. Read
        at once: the action's message and undo step need what it shows."""
        self._load(full=False, wait=True)

    def _load(self, *, full: bool, wait: bool) -> None:
        today = self.today()
        if today != self._today and (self._today is None or self.day() == self._today):
            # The first load, or a desk left open past midnight: the page follows today.
            self.header.set_day(today)
        self._today = today
        _generation, full = self.loads.next(full)
        day, now = self.day(), self._now()
        ask = self.first_steps is not None and not self.first_steps.done
        # The first load in the background: the list first, the staff side right after.
        later = full and not wait and not self._staff_read and self._sources.staff is not None
        self._staff_read = self._staff_read or (full and not later)

        def read(sources: DeskSources) -> DeskRead:
            return read_desk(sources, self._center.id, day, on_today=day == today, now=now,
                             full=full, first_steps=ask, staff_later=later)

        # What the list and the scan field are made from, as they are now (a worker reads
        # them; the page replaces them, never changes them in place).
        roster, search, words = self._roster_rows, self._staff_search, self.model.words()
        caregivers = self._caregivers if self.staff_desk.available else None
        state_cell, known = self.model.state_cell, self.model.name_sort_keys()

        def read_and_prepare(sources: DeskSources) -> DeskRead:
            result = read(sources)
            with gc_paused():  # as in read_desk: thousands of objects, none cyclic
                new_search, rows, staff = False, roster, caregivers
                basics = result.basics
                if basics is not None:
                    rows = basics.roster
                    if basics.rules is not None and caregivers is not None:
                        staff, new_search = basics.caregivers, True
                shown = shown_day(
                    result.view, rows, state_cell, staff,
                    caregivers_search(staff, pinyin="pypinyin" in sys.modules)
                    if new_search and staff is not None else search,
                    words, new_staff_search=new_search, known=known)
            return replace(result, shown=shown)

        if wait:
            try:
                result = read(self._sources)
            except UserError as exc:
                self._load_failed(exc)
                return
            self._apply(result)
            return
        self.loads.start(self, read_and_prepare, full=full, applied=self._apply,
                         failed=self._load_failed)

    def _load_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, UserError):
            raise exc  # a bug: to the crash handler, as on the GUI thread
        self.show_message(lambda exc=exc: user_message(exc), ERROR_STYLE)
        self._act_on_pending()

    def _apply(self, read: DeskRead) -> None:
        keep = self.current_item()
        basics = read.basics
        if basics is not None:
            self._settings = basics.settings
            self._roster_rows = basics.roster
            self._roster_by_id = {row.id: row for row in self._roster_rows}
            self._births = {row.id: row.birth_date for row in self._roster_rows}
            self._set_staff(basics.rules, basics.caregivers,
                            read.shown.staff_search if read.shown is not None else None)
            if basics.first_steps is not None and self.first_steps is not None:
                self.first_steps.show_state(basics.first_steps)
            self.closing.check_last_day()
            self.closing.forget()  # closed or reopened elsewhere: read again
        if read.background:
            # Read by the worker's own service: what the desk keeps between scans may be
            # older than what was just read (another PC's calendar change).
            self._attendance.forget()
        # The view and rows shown so far, last to first: the view's tuple goes first (the rows
        # still hold its children), then each child as the rows list is emptied.
        spent = ([*self.scan.lists(), *self.model.lists(), self._view]
                 if read.shown is not None else None)
        self._view, self._duty = read.view, read.duty
        self._show_view(read.shown)
        if spent is not None:
            self.loads.release(spent)
            del spent
        self.closing.show_state(self.day())  # one row, read when the day shown changes
        if keep is not None:
            self.select_child(keep.child.id)
        self.filled.emit()
        if read.staff_later:
            self._load_staff()
        self._act_on_pending()

    def _index_of(self, shown: ShownDay | None) -> CandidateIndex | None:
        """The scan field's index a worker made, if from what the page holds now."""
        if shown is None:
            return None
        return shown.index_for(self._roster_rows,
                               self._caregivers if self.staff_desk.available else None,
                               self._staff_search, self.model.words())

    def _load_staff(self) -> None:
        """The staff side left out of the first load, on a worker; scans wait for it."""
        self.loads.next(True)  # a load that supersedes this one reads everything
        today, now = self.today(), self._now()

        def read(sources: DeskSources) -> StaffRead:
            return read_staff(sources, self._center.id, on_today=True, now=now)

        def applied(staff: StaffRead) -> None:
            self._staff_read = True
            self._set_staff(staff.rules, staff.caregivers)
            if self._view is not None and self._view.date == today == self._today:
                self._duty = staff.duty
            if self._view is not None:  # what the staff side changes: not the list
                self._show_staff(self._view)
                self.scan.set_candidates(self._candidates(self._view))
            self._act_on_pending()

        self.loads.start(self, read, full=True, applied=applied, failed=self._load_failed)

    def _set_staff(self, rules: RatioRules | None, caregivers: list[CaregiverInfo],
                   made: Any = None) -> None:
        """`made`: the caregivers' search texts a worker made from these caregivers."""
        if rules is None:  # no staff side
            return
        self._rules = rules
        self._caregivers = caregivers
        self.staff_desk.names = {c.id: c.name for c in self._caregivers}
        self._staff_search = (made if made is not None else caregivers_search(
            self._caregivers, pinyin="pypinyin" in sys.modules))

    def _act_on_pending(self) -> None:
        """What was scanned while the list was loading, in order, now that it is there.
        What is being typed meanwhile (no Enter yet) stays in the scan field after them."""
        if self.loads.busy or not self._pending:
            return
        pending, self._pending = self._pending, []
        typing = self.scan.text()
        self._to_choose: str | None = None
        for act in pending:
            act()
        if self._to_choose is not None:  # after the codes kept with it, not wiped by them
            self._offer_choice(self._to_choose)
        elif typing and not self.scan.text():
            self.scan.line.setText(typing)

    def after_the_list(self, act: Callable[[], object]) -> bool:
        """While the list is being read: `act` kept, done once it is there (True)."""
        if not self.loads.busy:
            return False
        self._pending.append(act)
        return True

    def keep_for_list(self, text: str) -> bool:
        """While the list is being read there is nothing to find a code or name in: it is
        kept (and the desk says so), and entered again once the list is there."""
        if not self.after_the_list(lambda: self._enter_kept(text)):
            return False
        self.show_message(lambda text=text: kept_text(text), NOTICE_STYLE)
        return True

    def _enter_kept(self, text: str) -> None:
        """A code or name entered before the list was there, now that it is: a card, or a
        name one child (or caregiver) alone answers to, is acted on. A name several answer
        to goes back into the field, its matches shown, for the desk to choose: nobody saw
        them when it was entered, and Enter would have taken the first."""
        scan = self.scan
        if scan.is_card(text) or len(scan.matching(text)) <= 1:
            scan.submit(text)
        else:
            self._to_choose = text  # offered once every kept code is done

    def _offer_choice(self, text: str) -> None:
        self.scan.line.setFocus()
        self.scan.line.setText(text)
        self.show_message(lambda text=text: QCoreApplication.translate(  # the page's context
            "TodayPage", "Several children match “{text}”: choose one in the list (↑↓, "
                         "Enter).").format(text=text), NOTICE_STYLE)

    def take_over(self, pending: list[str], typed: str) -> None:
        """From the shell painted at start: the codes entered before this page existed
        (acted on once the list is there, as said in the shell), and the text still in its
        scan field, at once in this page's field: what is typed next follows it."""
        self._pending.extend(lambda text=text: self._enter_kept(text) for text in pending)
        if pending:
            self.show_message(lambda text=pending[-1]: kept_text(text), NOTICE_STYLE)
        if typed:
            self.scan.line.setText(typed)
        if self._loaded and not self.loads.busy:
            self._act_on_pending()

