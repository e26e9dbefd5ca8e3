"""The Today page: the check-in and check-out desk, driven by one scan field."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from asc_desk.domain.attendance_rules import PRESENT_STATES, second_scan
from asc_desk.domain.changes import Area, Changes
from asc_desk.domain.clock import utc_now
from asc_desk.domain.desk_settings import DeskSettings
from asc_desk.domain.errors import UserError
from asc_desk.domain.ratio_rules import DEFAULT_RULES, RatioRules
from asc_desk.services.attendance.attendance_service import (
    AttendanceService,
    ChildDay,
    DayView,
    DeskResult,
    DeskResults,
)
from asc_desk.services.attendance.day_close import DayCloseService
from asc_desk.services.center_service import CenterInfo
from asc_desk.services.roster.roster_list import RosterRow
from asc_desk.services.roster.roster_service import RosterService
from asc_desk.services.shifts.planning import OnDuty, ShiftPlanning
from asc_desk.services.shifts.staff_clock_service import ClockResult, StaffClockService
from asc_desk.services.shifts.staff_service import CaregiverInfo, StaffService
from asc_desk.ui.dialogs.checkout_dialog import CheckoutDialog
from asc_desk.ui.dialogs.desk_dialogs import AbsenceDialog, ReasonDialog
from asc_desk.ui.dialogs.staff_clock_dialog import StaffClockDialog
from asc_desk.ui.error_text import user_message
from asc_desk.ui.models.today_table_model import local_hm, until_next_minute
from asc_desk.ui.pages.base_page import Page
from asc_desk.ui.pages.today_candidates import ShownDay, child_candidate, desk_candidates
from asc_desk.ui.pages.today_closing import TodayClosing
from asc_desk.ui.pages.today_day_actions import DeskContext, Redo, TodayDayActions
from asc_desk.ui.pages.today_load import DeskLoading, DeskLoads, DeskSources
from asc_desk.ui.pages.today_shell import DeskLayout
from asc_desk.ui.pages.today_staff import (
    StaffDesk,
    caregivers_search,
    on_duty_tip,
    staff_count,
)
from asc_desk.ui.pages.today_undo import DeskUndo
from asc_desk.ui.styles import ERROR_STYLE, NOTICE_STYLE, OK_STYLE
from asc_desk.ui.undo import new_undo_stack
from asc_desk.ui.widgets.child_photo import SelectedPhoto
from asc_desk.ui.widgets.first_steps import FirstStepsPanel
from asc_desk.ui.widgets.scan_burst_filter import ScanBurstFilter, return_focus_to
from asc_desk.ui.widgets.scan_field import Candidate

if TYPE_CHECKING:
    from asc_desk.ui.task_runner import TaskRunner


class TodayPage(DeskLoading, Page):
    key = "today"
    filled = Signal()  # a load has been shown (the list is there)
    shows = (Area.ATTENDANCE | Area.ROSTER | Area.CALENDAR | Area.PROGRAMS | Area.SETTINGS
             | Area.CENTER | Area.STAFF | Area.SHIFTS)

    def __init__(self, attendance: AttendanceService, roster: RosterService,
                 center: CenterInfo, parent: QWidget | None = None, *,
                 now: Callable[[], dt.datetime] = utc_now,
                 undo_stack: QUndoStack | None = None,
                 planning: ShiftPlanning | None = None,
                 staff_clock: StaffClockService | None = None,
                 staff: StaffService | None = None,
                 day_close: DayCloseService | None = None,
                 first_steps: FirstStepsPanel | None = None,
                 tasks: TaskRunner | None = None,
                 background: DeskSources | None = None) -> None:
        """With `tasks` and `background` (the window's), a refresh and a change of date read
        off the GUI thread (today_load.py); without (tests of the page), they read at once."""
        super().__init__(parent)
        self.first_steps = first_steps  # shown on an empty database, above the desk
        # The staff side (on duty now, the staff clock): shown only with these services.
        self._planning, self._staff = planning, staff
        self._rules: RatioRules = DEFAULT_RULES
        self._caregivers: list[CaregiverInfo] = []
        self._duty: OnDuty | None = None
        self._staff_search: dict[int, str] = {}  # caregiver id: the name's search text
        self._attendance, self._roster, self._center = attendance, roster, center
        self._zone = ZoneInfo(center.time_zone)
        self._now = now  # the same clock as the service's: it tells a second scan apart
        self._settings = DeskSettings()
        self._roster_rows: list[RosterRow] = []
        self._roster_by_id: dict[int, RosterRow] = {}
        self._births: dict[int, dt.date | None] = {}
        self._view: DayView | None = None
        self._today: dt.date | None = None
        self._loaded = False
        self._sources = DeskSources(attendance, roster, staff, planning,
                                    first_steps.check if first_steps is not None else None)
        self.loads = DeskLoads(tasks, background)
        self._pending: list[Callable[[], object]] = []  # scans waiting for the list
        self._announcing = False  # while this page says what it changed
        # The window's one undo stack (a stack of its own when none is given: tests).
        self.undo_stack = undo_stack if undo_stack is not None else new_undo_stack(self)
        self.desk_undo = DeskUndo(self.undo_stack, attendance, self.key,
                                  announce=self._announce, stepped=self._stepped,
                                  refused=self._step_refused, clear_offer=self._clear_offer,
                                  note=lambda text: self.show_message(text, NOTICE_STYLE))
        self.offered: list[int] = []  # siblings offered for check-in (Enter accepts)
        self._offer_reason: str | None = None
        self.dialog: QWidget | None = None

        self.photo = SelectedPhoto(attendance.photo)  # of the selected child, to check a face
        # The same widgets and layout as the shell painted at start (today_shell.py).
        self.desk = DeskLayout(self, photo=self.photo.label, first_steps=first_steps,
                               staff_clock=staff_clock is not None and staff is not None)
        self.header, self.last_day = self.desk.header, self.desk.last_day
        self.close_day_button, self.roll_call_button, self.staff_clock_button = (
            self.desk.close_day_button, self.desk.roll_call_button,
            self.desk.staff_clock_button)
        self.last_day.list_closed.connect(self.focus_home)
        self.closing = TodayClosing(day_close, center.id, self._zone, self.last_day,
                                    today=self.today, say=self.show_message,
                                    refused=self._refused, announce=self._announce,
                                    push=self.undo_stack.push, page_key=self.key)
        # The day shown is closed (until reopened): under the last-day banner.
        self.desk.box.insertWidget(self.desk.box.indexOf(self.last_day) + 1,
                                   self.closing.notice)
        self.scan, self.desk_message = self.desk.scan, self.desk.desk_message
        self.message, self.offer_button = self.desk_message.label, self.desk_message.offer_button

        self.list = self.desk.list
        self.model, self.table = self.list.model, self.list.table
        (self.check_in_button, self.check_out_button, self.absent_button, self.correct_button,
         self.undo_button) = self.list.buttons()
        self.day_actions = TodayDayActions(
            self, attendance, center, self._zone,
            DeskContext(day=self.day, today=self.today, view=lambda: self._view,
                        current_item=self.current_item, now=self._now),
            reload=self.reload, refused=self._refused, announce=self._announce,
            recorded=self._recorded, planning=planning,
            day_closed=lambda day: self.closing.day_closed(day))
        self.staff_desk = StaffDesk(
            self, staff_clock, planning, center.id, self._zone, now=self._now,
            say=self.show_message, refused=self._refused, stepped=self._stepped,
            reload=self.reload, announce=self._announce, push=self.undo_stack.push)

        self.header.day_chosen.connect(self.show_day)
        self.header.today_button.clicked.connect(lambda: self.show_day(self.today()))
        self.header.date_edit.editingFinished.connect(self.scan.line.setFocus)
        self.scan.chosen.connect(self.act_on)
        self.scan.picked.connect(lambda child_id: self.act_on(child_id, picked=True))
        # A red "no such child" is answered by typing again (a scanner's keys included).
        self.scan.line.textEdited.connect(
            lambda text: self.desk_message.clear_error() if text else None)
        self.scan.staff_chosen.connect(self.clock_staff)
        self.staff_clock_button.clicked.connect(self.open_staff_clock)
        self.scan.not_found.connect(self._not_found)
        self.scan.enter_empty.connect(self.accept_offer)
        self.scan.moved.connect(self.list.move_selection)
        self.scan.undo_requested.connect(self.undo)
        self.scan.redo_requested.connect(self.redo)
        self.scan.escaped.connect(self._dismiss)
        self.offer_button.clicked.connect(self.accept_offer)
        self.close_day_button.clicked.connect(self.close_day)
        self.roll_call_button.clicked.connect(self.roll_call)
        self.check_in_button.clicked.connect(self._check_in_selected)
        self.check_out_button.clicked.connect(self._check_out_selected)
        self.absent_button.clicked.connect(self.mark_absent)
        self.correct_button.clicked.connect(self.correct)
        self.undo_button.clicked.connect(self.undo)
        self.undo_stack.canUndoChanged.connect(self._update_buttons)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.table.selectionModel().currentRowChanged.connect(
            lambda *_: self.photo.show(c.child.id if (c := self.current_item()) else None))
        self.table.clicked.connect(lambda _index: self.scan.line.setFocus())
        # A scanner's burst goes to the scan field whatever has the keyboard; after any
        # button or field, the keyboard comes back to it.
        self.burst = ScanBurstFilter(self, self.scan.line, self.scan.submit)
        return_focus_to(self, self.focus_home)
        self.timer = QTimer(self)
        # Fires just after each turn of the clock's minute (not a minute after the page was
        # made): the waiting minutes move when the clock shown beside them does.
        self.timer.setInterval(until_next_minute(self._now()))
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        self.retranslate()
        # As the shell it replaces at start shows it, until the first list is there.
        self.desk.show_unread(self.today())
        self._update_buttons()

    # -- texts ---------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Today")

    def retranslate(self) -> None:
        self.desk.retranslate()
        self.photo.retranslate()
        self.closing.retranslate()
        if self._view is not None:
            self._show_view()

    # -- loading -------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_if_stale()
        if self._loaded and self.today() != self._today:  # hidden past midnight
            self._load(full=False, wait=not self.loads.in_background)
        self.scan.line.setFocus()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        # The desk's message is about the work in sight: leaving the page ends it (a red
        # "no such child" stayed through other pages' work and an import). Not when the
        # window is only minimised, nor while codes kept for the list wait with theirs.
        if not event.spontaneous() and not self._pending:
            self._dismiss()

    def shown_day(self) -> dt.date | None:
        return self.day()

    def focus_home(self) -> None:
        self.scan.line.setFocus()

    def apply_changes(self, changes: Changes) -> None:
        # What the desk keeps between scans (programs, calendar, settings) may be stale now.
        self._attendance.forget(changes)
        # The page's own actions already updated what it shows (a scan reads one child).
        if not self._announcing:
            super().apply_changes(changes)

    def _announce(self, changes: Changes) -> None:
        """Tell the window (and through it the other pages) what an action changed."""
        if not changes:
            return
        self._announcing = True
        try:
            self.changed.emit(changes)
        finally:
            self._announcing = False

    def today(self) -> dt.date:
        # The page's clock in the center's zone: no query, so it is read at every reload.
        return self._now().astimezone(self._zone).date()

    def day(self) -> dt.date:
        return self.header.day()

    def pinyin_ready(self) -> None:
        if not isValid(self) or not self._caregivers:
            return
        self._staff_search = caregivers_search(self._caregivers, pinyin=True)
        if self._view is not None:
            self.scan.set_candidates(self._candidates(self._view))

    def refresh_child(self, child_id: int, result: DeskResult | None = None) -> None:
        """After a scan: that child's row from what the action wrote (or read again), not
        the whole day, so the desk answers at once."""
        if (self._view is None or self._view.date != self.day() or self.today() != self._today
                or self.loads.next(False)[1]):  # a full refresh still running: read all now
            self.reload()
            return
        try:
            view = (self._attendance.with_result(self._center.id, self._view, result)
                    if result is not None else None)
            self._view = (view if view is not None
                          else self._attendance.with_child(self._view, child_id))
        except UserError as exc:
            self.show_message(lambda exc=exc: user_message(exc), ERROR_STYLE)
            return
        self._show_child(child_id)

    def _show_child(self, child_id: int) -> None:
        """The one child's row, candidate and the counts: no list rebuilt, no sort."""
        view = self._view
        if view is None:
            return
        item = view.item(child_id)
        self.model.update_child(child_id, item)
        self.header.show_view(view, today=self._today)
        self._show_staff(view)
        row = self._roster_by_id.get(child_id)
        if row is not None:
            self.scan.replace_candidate(child_candidate(row, item, self.model.state_cell))
        self._update_buttons()

    def _tick(self) -> None:
        # Waiting minutes and the date move on by themselves at a desk nobody touches: only
        # the clock's cells change, unless the date did (then the day is read again).
        self.timer.setInterval(until_next_minute(self._now()))
        if not (self._loaded and self.isVisible()):
            return
        self.closing.check_last_day()  # once a day: was the last open day closed?
        view = self._view
        if view is None or self.today() != self._today or view.date != self._today:
            self._load(full=False, wait=not self.loads.in_background)  # a new date
            return
        self._view, moved = self._attendance.at_clock(self._center.id, view, self._now())
        self.model.clock_changed(self._now(), moved)
        self.header.show_view(self._view, today=self._today)

    def _show_view(self, shown: ShownDay | None = None) -> None:
        """`shown`: the list and index a worker made for this view (today_load.py)."""
        view = self._view
        if view is None:
            return
        on_today = view.date == self._today
        self.model.set_day(view, self._zone, self._now() if on_today else None,
                           prepared=shown.rows if shown is not None else None)
        self.header.show_view(view, today=self._today)
        self._show_staff(view)
        self.scan.set_candidates(self._index_of(shown) or self._candidates(view))
        self._update_buttons()

    def _candidates(self, view: DayView) -> list[Candidate]:
        return desk_candidates(view, self._roster_rows, self.model.state_cell,
                               self._caregivers if self.staff_desk.available else None,
                               self._staff_search)

    def _show_staff(self, view: DayView) -> None:
        """On duty now against what the children present need; for another day: nothing."""
        duty = self._duty if view.date == self._today else None
        if duty is None:
            self.header.show_staff(None)
            return
        count = staff_count(duty, view, self._births)
        self.header.show_staff(count, names=on_duty_tip(count))

    def item_of(self, child_id: int) -> ChildDay | None:
        return self._view.item(child_id) if self._view is not None else None

    def current_item(self) -> ChildDay | None:
        return self.list.current_item()

    def select_child(self, child_id: int) -> None:
        self.list.select_child(child_id)

    def _update_buttons(self, *_args) -> None:
        if not isValid(self.undo_stack):  # the window is being torn down around the page
            return
        self.list.update_buttons(  # before the first list: today's, as the shell shows
            on_today=self._view is None or self._view.date == self._today,
            can_undo=self.undo_stack.canUndo())

    # -- messages ------------------------------------------------------------------------
    def show_message(self, text: str | Callable[[], str], style: str = OK_STYLE) -> None:
        """The desk's message line. Given as a function (a template and its values, bound
        now), it is rendered again in a new language."""
        self.desk_message.say(text, style)

    def _not_found(self, text: str) -> None:
        if self.keep_for_list(text):
            return
        self._clear_offer()
        try:  # a revoked card: say when, why and whose new card to use
            self._roster.check_card_not_revoked(self._center.id, text)
        except UserError as exc:
            self._refused(exc)
            return
        self.show_message(lambda text=text: self.tr(
            "No child has the card or name “{text}”. Nothing was recorded.").format(text=text),
            ERROR_STYLE)

    def _dismiss(self) -> None:
        self._clear_offer()
        self.desk_message.hide_text()

    def _refused(self, exc: UserError) -> None:
        self.show_message(lambda exc=exc: user_message(exc), ERROR_STYLE)
        self.scan.line.setFocus()

    # -- the desk ------------------------------------------------------------------------
    def act_on(self, child_id: int, *, picked: bool = False) -> None:
        """A scanned card or a picked name: check in, or start check-out if already here.
        A card scanned again within the duplicate-scan window is the same scan twice; a
        name typed (or clicked) is deliberate: it starts the check-out at any time."""
        if self.after_the_list(lambda: self.act_on(child_id, picked=picked)):
            return  # acted on once the list says who is here
        self._clear_offer()
        if self._view is None or self._view.date != self._today:
            self.select_child(child_id)
            day = self.day().isoformat()
            self.show_message(lambda: self.tr(
                "Showing {date}: records are made only for today. Press Today to go "
                "back.").format(date=day), NOTICE_STYLE)
            return
        item = self.item_of(child_id)
        if (item is not None and item.record.present
                and (picked or not self._second_scan(item))):
            self.select_child(child_id)
            self.open_checkout(item)
            return
        self.check_in(child_id)

    def _second_scan(self, item: ChildDay) -> bool:
        """Within the window after the check-in the card is only scanned twice: the service
        says so and records nothing; later it means the child is leaving."""
        return second_scan(item.record, self._now(),
                           dt.timedelta(minutes=self._settings.duplicate_scan_minutes))

    def check_in(self, child_id: int, reason: str | None = None) -> DeskResult | None:
        if self._view is not None and not self._view.open_programs and not reason:
            name = next((r.name for r in self._roster_rows if r.id == child_id), "")
            dialog = ReasonDialog(
                self.tr("Check in on a closed day"),
                self.tr("The calendar has the center closed today. Why is {name} checked in "
                        "anyway?").format(name=name),
                lambda why: self._attendance.check_in(self._center.id, child_id, reason=why),
                self)
            self.open_dialog(dialog, lambda d: self._checked_in(d.result_value,
                                                                d.reason.text()))
            return None
        try:
            result = self._attendance.check_in(self._center.id, child_id, reason=reason)
        except UserError as exc:
            self._refused(exc)
            return None
        self._checked_in(result, reason)
        return result

    def _checked_in(self, result: DeskResult | None, reason: str | None) -> None:
        if result is None:
            return
        if result.duplicate:
            if result.state in PRESENT_STATES:
                # The card scanned twice: say how to check the child out all the same (the
                # child is selected, and Alt+O is the list's "Check out" button).
                self.show_message(lambda name=result.child_name: self.tr(
                    "{name}: already recorded just now — not recorded twice. To check out, "
                    "press Alt+O or type the name.").format(name=name), NOTICE_STYLE)
            else:
                self.show_message(lambda name=result.child_name: self.tr(
                    "{name}: already recorded just now — not recorded twice.").format(
                        name=name), NOTICE_STYLE)
            self.select_child(result.child_id)
            return
        self.refresh_child(result.child_id, result)
        self.select_child(result.child_id)
        item = self.item_of(result.child_id)
        at = item.record.check_in if item else self._now()
        when = local_hm(at, self._zone)
        self._push(result, self.tr("check-in of {name}").format(name=result.child_name),
                   self._check_in_again([result.child_id], at, reason))
        self._say_recorded(result, lambda name=result.child_name, when=when: self.tr(
            "{name} {time} checked in ✓").format(name=name, time=when))
        siblings = [s for s in (self.item_of(i) for i in result.siblings) if s is not None]
        if siblings:
            self.offered = [s.child.id for s in siblings]
            self._offer_reason = reason
            self.desk_message.offer(self.tr("Check in {names} too? (Enter)").format(
                names="、".join(s.child.name for s in siblings)))

    def _say_recorded(self, result: DeskResult, plain: Callable[[], str]) -> None:
        """A record's words: amber when it is not an ordinary one (the service's warning:
        before opening, after closing, a child not expected, someone not on the pickup
        list) or when the day was already closed; the plain green ✓ otherwise."""
        words = ((lambda warning=result.warning: user_message(warning))
                 if result.warning is not None else plain)
        if self.closing.recorded_after(self.day(), words):
            return
        self.show_message(words, OK_STYLE if result.warning is None else NOTICE_STYLE)

    def _check_in_again(self, child_ids: list[int], at: dt.datetime | None,
                        reason: str | None) -> Redo:
        return lambda _undone: self._attendance.check_in_many(
            self._center.id, child_ids, at=at, reason=reason)

    def accept_offer(self) -> None:
        offered, reason = list(self.offered), self._offer_reason
        self._clear_offer()
        if not offered:
            return
        try:
            # The siblings together: all checked in, or none (one step to undo).
            results = self._attendance.check_in_many(self._center.id, offered, reason=reason)
        except UserError as exc:
            self._refused(exc)
            return
        done = results.recorded
        if done:
            names = "、".join(r.child_name for r in done)
            at = self._now()
            self.reload()
            self._push(results, self.tr("check-in of {name}").format(name=names),
                       self._check_in_again([r.child_id for r in done], at, reason))
            when = local_hm(at, self._zone)
            warned = next((r for r in done if r.warning is not None), done[0])
            self._say_recorded(warned, lambda: self.tr("{names} {time} checked in ✓").format(
                names=names, time=when))
        self.scan.line.setFocus()

    def _clear_offer(self) -> None:
        self.offered, self._offer_reason = [], None
        self.desk_message.clear_offer()

    def present_siblings(self, item: ChildDay) -> list[ChildDay]:
        """Brothers and sisters here now: children sharing a guardian (domain's rule, read
        by the service into `sibling_ids`)."""
        ids = set(item.child.sibling_ids)
        if self._view is None or not ids:
            return []
        return [c for c in self._view.children if c.child.id in ids and c.record.present]

    def open_checkout(self, item: ChildDay) -> CheckoutDialog:
        dialog = CheckoutDialog(self._attendance, self._center.id, item,
                                self.present_siblings(item), self)
        return self.open_dialog(dialog, self._checked_out)

    def _checked_out(self, dialog: CheckoutDialog) -> None:
        results, request = dialog.result_value, dialog.request
        if results is None or request is None:
            return
        done = results.recorded
        if not done:
            if results.results:
                self.show_message(lambda notice=results.results[0].notice: user_message(notice),
                                  NOTICE_STYLE)
            return
        names = "、".join(r.child_name for r in done)
        place = self.list.place()  # collected children move down: the view stays put
        self.reload()
        self.list.restore_place(place)
        item = self.item_of(done[0].child_id)
        at = item.record.check_out if item and item.record.check_out else self._now()
        ids, pickup, override = request
        self._push(results, self.tr("check-out of {name}").format(name=names),
                   lambda _undone: self._attendance.check_out_many(
                       self._center.id, [r.child_id for r in done], pickup, at=at,
                       override_reason=override))
        who, when = item.record.pickup_name if item else pickup, local_hm(at, self._zone)
        warned = next((r for r in done if r.warning is not None), done[0])
        self._say_recorded(warned, lambda: self.tr(
            "{names} collected by {pickup} at {time} ✓").format(names=names, pickup=who,
                                                               time=when))

    def _check_in_selected(self) -> None:
        item = self.current_item()
        if item is not None:
            self.check_in(item.child.id)

    def _check_out_selected(self) -> None:
        item = self.current_item()
        if item is not None and item.record.present:
            self.open_checkout(item)

    # -- one undo (today_undo.py) ------------------------------------------------------
    def _push(self, result: DeskResult | DeskResults, description: str, redo: Redo) -> None:
        self.desk_undo.push(result, description, redo)

    def _stepped(self, text: str) -> None:
        self._clear_offer()
        self.reload()
        self.show_message(text, NOTICE_STYLE)
        self.scan.line.setFocus()

    def _step_refused(self, exc: UserError) -> None:
        self.reload()
        self._refused(exc)

    def undo(self) -> None:
        self.desk_undo.undo()

    def redo(self) -> None:
        self.desk_undo.redo()

    # -- other actions -------------------------------------------------------------------
    def mark_absent(self) -> AbsenceDialog | None:
        item = self.current_item()
        if item is None:
            return None
        dialog = AbsenceDialog(self._attendance, self._center.id, item, self.day(), self)
        child_id = item.child.id

        def done(dialog: AbsenceDialog) -> None:
            if dialog.result_value is None or dialog.request is None:
                return
            day, reason, note = dialog.request
            self._recorded(dialog.result_value, "absence", lambda _undone: (
                self._attendance.mark_absent(self._center.id, child_id, day, reason, note)))

        return self.open_dialog(dialog, done)

    def _recorded(self, result: DeskResult | DeskResults, kind: str, redo: Redo) -> None:
        """An absence, a correction or an end-of-day record: shown, and one step to undo."""
        self.reload()
        names = "、".join(r.child_name for r in (
            result.results if isinstance(result, DeskResults) else (result,)))
        words = {"absence": self.tr("absence of {name}"),
                 "correction": self.tr("correction of {name}"),
                 "day_close": self.tr("end-of-day record of {name}"),
                 "no_show": self.tr("absence of {count} children not arrived")}[kind]
        count = len(result.recorded) if isinstance(result, DeskResults) else 1
        self._push(result, words.format(name=names, count=count), redo)
        if isinstance(result, DeskResult) and result.warning is not None:
            # Kept, but not what it seemed (an absence on a day the child was not expected).
            self.show_message(lambda warning=result.warning: user_message(warning), NOTICE_STYLE)
        elif isinstance(result, DeskResult):
            self.show_message(lambda notice=result.notice: user_message(notice) + " ✓")
        else:
            self.show_message(lambda count=count: self.tr(
                "{count} children marked absent ✓").format(count=count))

    # -- the staff clock -----------------------------------------------------------------
    def clock_staff(self, caregiver_id: int) -> ClockResult | None:
        """A caregiver's card scanned or name picked: clock in, or out when clocked in."""
        if self.after_the_list(lambda: self.clock_staff(caregiver_id)):
            return None
        self._clear_offer()
        return self.staff_desk.toggle(caregiver_id)

    def open_staff_clock(self) -> StaffClockDialog | None:
        dialog = self.staff_desk.clock_dialog(self._staff, self, desk_line=self.message)
        return self.open_dialog(dialog) if dialog is not None else None

    def correct(self):
        return self.day_actions.correct()

    def close_day(self):
        self._clear_offer()  # a sibling offered earlier may be marked absent there
        return self.day_actions.close_day()

    def roll_call(self):
        return self.day_actions.roll_call()
