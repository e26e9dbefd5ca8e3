"""The Today page: the check-in and check-out desk, driven by one scan field."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from asc_desk.db.utc_datetime import utc_now
from asc_desk.domain.attendance_rules import EventKind
from asc_desk.domain.desk_settings import DeskSettings
from asc_desk.domain.errors import UserError
from asc_desk.services.attendance.attendance_service import (
    AttendanceService,
    ChildDay,
    DayView,
    DeskResult,
)
from asc_desk.services.center_service import CenterInfo
from asc_desk.services.roster.roster_service import RosterRow, RosterService
from asc_desk.ui.dialogs.checkout_dialog import CheckoutDialog
from asc_desk.ui.dialogs.desk_dialogs import AbsenceDialog, ReasonDialog
from asc_desk.ui.error_text import user_message
from asc_desk.ui.models.today_table_model import local_hm
from asc_desk.ui.pages.base_page import Page
from asc_desk.ui.pages.today_day_actions import TodayDayActions
from asc_desk.ui.widgets.day_header import DayHeader
from asc_desk.ui.widgets.scan_field import (
    ERROR_STYLE,
    NOTICE_STYLE,
    OK_STYLE,
    Candidate,
    DeskMessage,
    ScanField,
)
from asc_desk.ui.widgets.today_list import TodayList

REFRESH_MS = 60_000


@dataclass(frozen=True)
class DeskAction:
    """What Ctrl+Z takes back: the events one action wrote, and how to say it."""

    event_ids: tuple[int, ...]
    description: str


class TodayPage(TodayDayActions, Page):
    key = "today"

    def __init__(self, attendance: AttendanceService, roster: RosterService,
                 center: CenterInfo, parent: QWidget | None = None, *,
                 now: Callable[[], dt.datetime] = utc_now) -> None:
        super().__init__(parent)
        self._attendance, self._roster, self._center = attendance, roster, center
        self._zone = ZoneInfo(center.time_zone)
        self._now = now  # the same clock as the service's: it tells a second scan apart
        self._settings = DeskSettings()
        self._roster_rows: list[RosterRow] = []
        self._view: DayView | None = None
        self._today: dt.date | None = None
        self._loaded = False
        self.undo_stack: list[DeskAction] = []
        self.offered: list[int] = []  # siblings offered for check-in (Enter accepts)
        self._offer_reason: str | None = None
        self.dialog: QWidget | None = None

        self.header = DayHeader(self)
        self.close_day_button, self.roll_call_button = QPushButton(), QPushButton()
        self.roll_call_button.setStyleSheet("color: #b00020; font-weight: bold;")
        for button in (self.close_day_button, self.roll_call_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            self.header.actions.addWidget(button)
        self.scan = ScanField(self)
        self.desk_message = DeskMessage()
        self.message, self.offer_button = self.desk_message.label, self.desk_message.offer_button

        self.list = TodayList()
        self.model, self.table = self.list.model, self.list.table
        (self.check_in_button, self.check_out_button, self.absent_button, self.correct_button,
         self.undo_button) = self.list.buttons()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)
        layout.addWidget(self.header)
        layout.addWidget(self.scan)
        layout.addWidget(self.desk_message)
        layout.addWidget(self.list, 1)

        self.header.day_chosen.connect(self.show_day)
        self.header.today_button.clicked.connect(lambda: self.show_day(self.today()))
        self.header.caregivers_entered.connect(self.set_caregivers)
        self.header.date_edit.editingFinished.connect(self.scan.line.setFocus)
        self.scan.chosen.connect(self.act_on)
        self.scan.not_found.connect(self._not_found)
        self.scan.enter_empty.connect(self.accept_offer)
        self.scan.moved.connect(self.list.move_selection)
        self.scan.undo_requested.connect(self.undo)
        self.scan.escaped.connect(self._dismiss)
        self.offer_button.clicked.connect(self.accept_offer)
        self.close_day_button.clicked.connect(self.close_day)
        self.roll_call_button.clicked.connect(self.roll_call)
        self.check_in_button.clicked.connect(self._check_in_selected)
        self.check_out_button.clicked.connect(self._check_out_selected)
        self.absent_button.clicked.connect(self.mark_absent)
        self.correct_button.clicked.connect(self.correct)
        self.undo_button.clicked.connect(self.undo)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.table.clicked.connect(lambda _index: self.scan.line.setFocus())
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        self.retranslate()
        self._update_buttons()

    # -- texts ---------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Today")

    def retranslate(self) -> None:
        self.header.retranslate(self.title())
        self.scan.set_placeholder(self.tr("Scan a card, or type a name / pinyin / initials "
                                          "and press Enter"))
        self.close_day_button.setText(self.tr("&End the day…"))
        self.roll_call_button.setText(self.tr("Emergency &roll call"))
        self.list.retranslate()
        if self._view is not None:
            self._show_view()

    # -- loading -------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.refresh()
        self.scan.line.setFocus()

    def today(self) -> dt.date:
        # The page's clock in the center's zone: no query, so it is read at every reload.
        return self._now().astimezone(self._zone).date()

    def day(self) -> dt.date:
        return self.header.day()

    def refresh(self) -> None:
        """Reload the roster, the desk settings and the day shown."""
        self._loaded = True
        try:
            self._settings = self._attendance.settings(self._center.id)
            self._roster_rows = self._roster.list_roster(self._center.id,
                                                         include_withdrawn=True)
        except UserError as exc:
            self.show_message(user_message(exc), ERROR_STYLE)
            return
        self.reload()

    def show_day(self, day: dt.date) -> None:
        self.header.set_day(day)
        self._clear_offer()
        self.reload()
        if not self.header.date_edit.hasFocus():  # typing a date: wait for its Enter
            self.scan.line.setFocus()

    def reload(self) -> None:
        """The one query after each action: the day view, for the list and the counts."""
        today = self.today()
        if today != self._today and (self._today is None or self.day() == self._today):
            # The first load, or a desk left open past midnight: the page follows today.
            self.header.set_day(today)
        self._today = today
        keep = self.current_item()
        try:
            self._view = self._attendance.day(self._center.id, self.day())
        except UserError as exc:
            self.show_message(user_message(exc), ERROR_STYLE)
            return
        self._show_view()
        if keep is not None:
            self.select_child(keep.child.id)

    def refresh_child(self, child_id: int) -> None:
        """After a scan: read that child again, not the whole day, so the desk answers at once."""
        if self._view is None or self._view.date != self.day() or self.today() != self._today:
            self.reload()
            return
        try:
            self._view = self._attendance.with_child(self._view, child_id)
        except UserError as exc:
            self.show_message(user_message(exc), ERROR_STYLE)
            return
        self._show_view()

    def _tick(self) -> None:
        # Waiting minutes and the date move on by themselves at a desk nobody touches.
        if self._loaded and self.isVisible():
            self.reload()

    def _show_view(self) -> None:
        view = self._view
        if view is None:
            return
        on_today = view.date == self._today
        self.model.set_day(view, self._zone, self._now() if on_today else None)
        self.header.show_view(view, today=self._today)
        self.scan.set_candidates(self._candidates(view))
        self._update_buttons()

    def _candidates(self, view: DayView) -> list[Candidate]:
        of_day = {item.child.id: item for item in view.children}
        out = []
        for row in self._roster_rows:
            item = of_day.get(row.id)
            state = (self.model.state_cell(item) if item is not None
                     else self.tr("not expected today"))
            label = "  ·  ".join(t for t in (row.name, state, row.external_id) if t)
            # A child who left is found by card (to say so), never offered by name.
            search = row.search if row.status == "active" else ""
            out.append(Candidate(row.id, label, search, row.card_code, 0 if item else 1))
        return out

    def item_of(self, child_id: int) -> ChildDay | None:
        if self._view is None:
            return None
        return next((c for c in self._view.children if c.child.id == child_id), None)

    def current_item(self) -> ChildDay | None:
        return self.list.current_item()

    def select_child(self, child_id: int) -> None:
        self.list.select_child(child_id)

    def _update_buttons(self, *_args) -> None:
        self.list.update_buttons(
            on_today=self._view is not None and self._view.date == self._today,
            can_undo=bool(self.undo_stack))

    # -- messages ------------------------------------------------------------------------
    def show_message(self, text: str, style: str = OK_STYLE) -> None:
        self.desk_message.say(text, style)

    def _not_found(self, text: str) -> None:
        self._clear_offer()
        self.show_message(self.tr("No child has the card or name “{text}”. Nothing was "
                                  "recorded.").format(text=text), ERROR_STYLE)

    def _dismiss(self) -> None:
        self._clear_offer()
        self.desk_message.hide_text()

    def _refused(self, exc: UserError) -> None:
        self.show_message(user_message(exc), ERROR_STYLE)
        self.scan.line.setFocus()

    # -- the desk ------------------------------------------------------------------------
    def act_on(self, child_id: int) -> None:
        """A scanned card or a picked name: check in, or start check-out if already here."""
        self._clear_offer()
        if self._view is None or self._view.date != self._today:
            self.select_child(child_id)
            self.show_message(self.tr("Showing {date}: records are made only for today. Press "
                                      "Today to go back.").format(date=self.day().isoformat()),
                              NOTICE_STYLE)
            return
        item = self.item_of(child_id)
        if item is not None and item.record.present and not self._second_scan(item):
            self.select_child(child_id)
            self.open_checkout(item)
            return
        self.check_in(child_id)

    def _second_scan(self, item: ChildDay) -> bool:
        """Within the window after the check-in the card is only scanned twice: the service
        says so and records nothing; later it means the child is leaving."""
        ins = [e.at for e in item.record.effective if e.kind is EventKind.CHECK_IN]
        window = dt.timedelta(minutes=self._settings.duplicate_scan_minutes)
        return bool(ins) and abs(self._now() - max(ins)) <= window

    def check_in(self, child_id: int, reason: str | None = None) -> DeskResult | None:
        if self._view is not None and not self._view.open_programs and not reason:
            name = next((r.name for r in self._roster_rows if r.id == child_id), "")
            dialog = ReasonDialog(
                self.tr("Check in on a closed day"),
                self.tr("The calendar has the center closed today. Why is {name} checked in "
                        "anyway?").format(name=name),
                lambda why: self._attendance.check_in(self._center.id, child_id, reason=why),
                self)
            self._open(dialog, lambda: self._checked_in(dialog.result_value,
                                                        dialog.reason.text()))
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
            self.show_message(self.tr("{name}: already recorded just now — not recorded "
                                      "twice.").format(name=result.child_name), NOTICE_STYLE)
            self.select_child(result.child_id)
            return
        self._push(result, self.tr("check-in of {name}").format(name=result.child_name))
        self.refresh_child(result.child_id)
        self.select_child(result.child_id)
        item = self.item_of(result.child_id)
        when = local_hm(item.record.check_in if item else self._now(), self._zone)
        self.show_message(self.tr("{name} {time} checked in ✓").format(
            name=result.child_name, time=when))
        siblings = [s for s in (self.item_of(i) for i in result.siblings) if s is not None]
        if siblings:
            self.offered = [s.child.id for s in siblings]
            self._offer_reason = reason
            self.desk_message.offer(self.tr("Check in {names} too? (Enter)").format(
                names="、".join(s.child.name for s in siblings)))

    def accept_offer(self) -> None:
        offered, reason = list(self.offered), self._offer_reason
        self._clear_offer()
        if not offered:
            return
        done: list[DeskResult] = []
        for child_id in offered:
            try:
                result = self._attendance.check_in(self._center.id, child_id, reason=reason)
            except UserError as exc:
                self._refused(exc)
                break
            if not result.duplicate:
                done.append(result)
        if done:
            names = "、".join(r.child_name for r in done)
            self.undo_stack.append(DeskAction(
                tuple(r.event_id for r in done if r.event_id is not None),
                self.tr("check-in of {name}").format(name=names)))
            self.reload()
            self.show_message(self.tr("{names} {time} checked in ✓").format(
                names=names, time=local_hm(self._now(), self._zone)))
        self.scan.line.setFocus()

    def _clear_offer(self) -> None:
        self.offered, self._offer_reason = [], None
        self.desk_message.clear_offer()

    def present_siblings(self, item: ChildDay) -> list[ChildDay]:
        """Brothers and sisters here now: by the roster's sibling ids, else a shared
        guardian phone (the same parent worker)."""
        ids, phones = set(item.child.sibling_ids), set(item.child.phones)
        if self._view is None:
            return []
        return [c for c in self._view.children if c.child.id != item.child.id
                and c.record.present and (c.child.id in ids
                                          or (not ids and bool(phones & set(c.child.phones))))]

    def open_checkout(self, item: ChildDay) -> CheckoutDialog:
        dialog = CheckoutDialog(self._attendance, self._center.id, item,
                                self.present_siblings(item), self)
        return self._open(dialog, lambda: self._checked_out(dialog))

    def _checked_out(self, dialog: CheckoutDialog) -> None:
        done = [r for r in dialog.results if r.event_id is not None]
        if not done and dialog.results:
            self.show_message(user_message(dialog.results[0].notice), NOTICE_STYLE)
            return
        names = "、".join(r.child_name for r in done)
        self.undo_stack.append(DeskAction(tuple(r.event_id for r in done),
                                          self.tr("check-out of {name}").format(name=names)))
        self.reload()
        item = self.item_of(done[0].child_id) if done else None
        lines = [self.tr("{names} collected by {pickup} at {time} ✓").format(
            names=names, pickup=item.record.pickup_name if item else "",
            time=local_hm(item.record.check_out if item else self._now(), self._zone))]
        lines += ["⚠ " + text for text in dialog.failures]
        self.show_message("\n".join(lines), NOTICE_STYLE if dialog.failures else OK_STYLE)

    def _check_in_selected(self) -> None:
        item = self.current_item()
        if item is not None:
            self.check_in(item.child.id)

    def _check_out_selected(self) -> None:
        item = self.current_item()
        if item is not None and item.record.present:
            self.open_checkout(item)

    def _push(self, result: DeskResult, description: str) -> None:
        if result.event_id is not None:
            self.undo_stack.append(DeskAction((result.event_id,), description))

    def undo(self) -> None:
        self._clear_offer()
        if not self.undo_stack:
            self.show_message(self.tr("Nothing to undo."), NOTICE_STYLE)
            return
        action = self.undo_stack.pop()
        try:
            for event_id in reversed(action.event_ids):
                self._attendance.undo(event_id)
        except UserError as exc:
            self._refused(exc)
            self.reload()
            return
        self.reload()
        self.show_message(self.tr("Undone: {what}.").format(what=action.description),
                          NOTICE_STYLE)
        self.scan.line.setFocus()

    # -- other actions -------------------------------------------------------------------
    def mark_absent(self) -> AbsenceDialog | None:
        item = self.current_item()
        if item is None:
            return None
        dialog = AbsenceDialog(self._attendance, self._center.id, item, self.day(), self)
        return self._open(dialog, lambda: self._recorded(dialog.result_value, self.tr(
            "absence of {name}").format(name=item.child.name)))
