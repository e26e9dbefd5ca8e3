"""The Today page's closed-day side: the end-of-day dialog done records the day closed, and
each morning the banner says whether the last open day was closed and what it left open."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject

from asc_desk.domain.changes import Changes
from asc_desk.domain.errors import UserError
from asc_desk.services.attendance.day_close import DayCloseService
from asc_desk.ui.error_text import user_message
from asc_desk.ui.styles import ERROR_STYLE, NOTICE_STYLE, OK_STYLE
from asc_desk.ui.widgets.last_day_banner import LastDayBanner


class TodayClosing(QObject):
    def __init__(self, service: DayCloseService | None, center_id: int, zone: dt.tzinfo,
                 banner: LastDayBanner, *, today: Callable[[], dt.date],
                 say: Callable[[str, str], None], refused: Callable[[UserError], None],
                 announce: Callable[[Changes], None]) -> None:
        super().__init__(banner)
        self._service, self._center_id, self._zone = service, center_id, zone
        self._banner, self._today = banner, today
        self._say, self._refused, self._announce = say, refused, announce
        self._read_for: dt.date | None = None  # the today the banner was read for

    def check_last_day(self, *, again: bool = False) -> None:
        """Once a day (and after a closing): was the last open day before today closed?"""
        today = self._today()
        if self._service is None or (today == self._read_for and not again):
            return
        try:
            closing = self._service.previous_day(self._center_id, today)
        except UserError as exc:
            self._say(user_message(exc), ERROR_STYLE)
            return
        self._read_for = today
        self._banner.show_closing(closing, self._zone)

    def day_closed(self, day: dt.date) -> None:
        """The end-of-day dialog is done: the day is recorded closed, with what it left."""
        if self._service is None:
            return
        try:
            outcome = self._service.close_day(self._center_id, day)
        except UserError as exc:
            self._refused(exc)
            return
        self._announce(outcome.changes)
        left = len(outcome.value.left_open)
        if left:
            self._say(self.tr("{date} is closed; children left open: {count}.").format(
                date=day.isoformat(), count=left), NOTICE_STYLE)
        else:
            self._say(self.tr("{date} is closed: every child is accounted for ✓").format(
                date=day.isoformat()), OK_STYLE)
        if day < self._today():  # the morning closing the day before: the banner follows
            self.check_last_day(again=True)
