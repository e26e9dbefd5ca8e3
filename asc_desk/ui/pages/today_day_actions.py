"""The Today page's actions on the whole day or on a past record: a correction, the end of
the day and the roll call. An object with what it needs passed in (no reach into the page's
private state); it holds no self.tr() strings (the page words them)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog

from asc_desk.domain.changes import Changes
from asc_desk.domain.errors import N_, UserError
from asc_desk.services.attendance.attendance_service import (
    AttendanceService,
    ChildDay,
    DayView,
    DeskResult,
    DeskResults,
)
from asc_desk.services.center_service import CenterInfo
from asc_desk.services.shifts.planning import ShiftPlanning
from asc_desk.ui.dialogs.desk_dialogs import CorrectionDialog
from asc_desk.ui.pages.base_page import Page

if TYPE_CHECKING:  # imported when first opened: they load ReportLab, not needed to scan
    from asc_desk.ui.dialogs.day_close_dialog import DayCloseDialog
    from asc_desk.ui.dialogs.roll_call_dialog import RollCallDialog

# Records an action again for a redo, given what its undo returned.
Redo = Callable[[DeskResults | None], DeskResult | DeskResults]


@dataclass(frozen=True)
class DeskContext:
    """What the day actions read from the desk, as functions of the moment."""

    day: Callable[[], dt.date]  # the day shown
    today: Callable[[], dt.date]
    view: Callable[[], DayView | None]
    current_item: Callable[[], ChildDay | None]
    now: Callable[[], dt.datetime]


class TodayDayActions:
    def __init__(self, page: Page, attendance: AttendanceService, center: CenterInfo,
                 zone: dt.tzinfo, context: DeskContext, *,
                 reload: Callable[[], None], refused: Callable[[UserError], None],
                 announce: Callable[[Changes], None],
                 recorded: Callable[[DeskResult | DeskResults, str, Redo], None],
                 planning: ShiftPlanning | None = None,
                 day_closed: Callable[[dt.date], None] | None = None) -> None:
        self._page, self._attendance, self._center, self._zone = page, attendance, center, zone
        self._planning = planning
        self._context = context
        self._reload, self._refused, self._announce = reload, refused, announce
        # Each recorded action goes to the undo stack: (result, kind of action, its redo).
        self._recorded = recorded
        self._day_closed = day_closed  # "Close the day" pressed: the day is closed

    def correct(self) -> CorrectionDialog | None:
        item = self._context.current_item()
        if item is None:
            return None
        dialog = CorrectionDialog(self._attendance, item, self._zone, self._page)

        def done(dialog: CorrectionDialog) -> None:
            result = dialog.result_value
            if result is None:
                return
            _event_id, reason, new_at = dialog.request

            def redo(undone: DeskResults | None) -> DeskResult:
                # The undo brought the record back as a new event: correct that one again.
                back = undone.results[0].event_id if undone else None
                if back is None:
                    raise UserError(N_("That record does not exist."))
                return self._attendance.correct(back, reason, new_at=new_at)

            self._recorded(result, "correction", redo)

        return self._page.open_dialog(dialog, done)

    def close_day(self) -> DayCloseDialog | None:
        if self._context.view() is None:
            return None
        self._reload()  # the latest state, not the one of the last action
        view = self._context.view()
        if view is None:
            return None
        from asc_desk.ui.dialogs.day_close_dialog import DayCloseDialog

        dialog = DayCloseDialog(self._attendance, self._center.id, view, self._zone,
                                self._page, center_name=self._center.name,
                                now=self._context.now)
        # Each child resolved is its own step on the undo stack, recorded as it is made.
        dialog.recorded.connect(lambda result, redo: self._recorded(result, "day_close", redo))
        # The children not arrived, marked absent together: one step.
        dialog.recorded_many.connect(
            lambda results, redo: self._recorded(results, "no_show", redo))
        day = view.date

        def finished() -> None:
            if dialog.results:
                self._reload()
            # Only the dialog's "Close the day" closes it: Esc or Cancel leaves it open.
            if (self._day_closed is not None
                    and dialog.result() == QDialog.DialogCode.Accepted):
                self._day_closed(day)

        return self._page.open_dialog(dialog, on_finished=finished)

    def _on_duty(self) -> tuple[tuple[str, str], ...]:
        """Caregivers on duty now, for the printed roll call: those clocked in when anyone
        used the staff clock today, else those on shift."""
        if self._planning is None:
            return ()
        # Here, not at the top: it brings the report figures' modules, which the desk's
        # start does not need (a tenth of a second).
        from asc_desk.services.reports.staff_data import role_text

        duty = self._planning.on_duty(self._center.id, self._context.now())
        people = duty.clocked_in if duty.clock_used else duty.on_shift
        return tuple((p.name, role_text(p.role)) for p in people)

    def roll_call(self) -> RollCallDialog | None:
        """Always who is here right now: today, freshly read, whatever day is shown."""
        try:
            view = self._attendance.day(self._center.id, self._context.today())
        except UserError as exc:
            self._refused(exc)
            return None
        from asc_desk.ui.dialogs.roll_call_dialog import RollCallDialog

        dialog = RollCallDialog(view, self._zone, self._context.now(), self._center.name,
                                self._page, on_duty=self._on_duty())
        return self._page.open_dialog(dialog)
