"""The Today page's actions on the whole day or on a past record, and how its dialogs open."""

from __future__ import annotations

from collections.abc import Callable

from asc_desk.domain.errors import UserError
from asc_desk.services.attendance.attendance_service import DeskResult
from asc_desk.ui.dialogs.day_close_dialog import DayCloseDialog
from asc_desk.ui.dialogs.desk_dialogs import CorrectionDialog
from asc_desk.ui.dialogs.roll_call_dialog import RollCallDialog
from asc_desk.ui.error_text import user_message


# A mixin of TodayPage: it uses the page's services, clock and list. It holds no self.tr()
# strings, because lupdate files them under the class they are written in, not TodayPage.
class TodayDayActions:
    def set_caregivers(self, count: int) -> None:
        try:
            self._attendance.set_caregivers(self._center.id, self.day(), count)
        except UserError as exc:
            self._refused(exc)
            return
        self.reload()
        self.scan.line.setFocus()

    def correct(self) -> CorrectionDialog | None:
        item = self.current_item()
        if item is None:
            return None
        dialog = CorrectionDialog(self._attendance, item, self._zone, self)
        return self._open(dialog, lambda: self._recorded(dialog.result_value))

    def _recorded(self, result: DeskResult | None, undo_as: str | None = None) -> None:
        if result is not None and undo_as is not None:
            self._push(result, undo_as)  # a correction is not undone: it is corrected again
        self.reload()
        if result is not None:
            self.show_message(user_message(result.notice) + " ✓")

    def close_day(self) -> DayCloseDialog | None:
        if self._view is None:
            return None
        self.reload()  # the latest state, not the one of the last action
        dialog = DayCloseDialog(self._attendance, self._center.id, self._view, self._zone, self)
        dialog.finished.connect(lambda _r: self.reload() if dialog.results else None)
        return self._open(dialog, lambda: None)

    def roll_call(self) -> RollCallDialog | None:
        """Always who is here right now: today, freshly read, whatever day is shown."""
        try:
            view = self._attendance.day(self._center.id, self.today())
        except UserError as exc:
            self._refused(exc)
            return None
        dialog = RollCallDialog(view, self._zone, self._now(), self._center.name, self)
        return self._open(dialog, lambda: None)

    def _open(self, dialog, on_accepted: Callable[[], None]):
        self.dialog = dialog
        dialog.accepted.connect(on_accepted)
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _closed(self, dialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        self.scan.line.setFocus()
