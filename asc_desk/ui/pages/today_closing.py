"""The Today page's closed-day side: "Close the day" in the end-of-day dialog records the day
closed (one step to undo: Ctrl+Z reopens it), the page says while it shows a closed day, a
record made after the closing says the day was already closed, and each morning the banner
says whether the last open day was closed and what it left open."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QLabel

from asc_desk.domain.changes import Changes
from asc_desk.domain.day_closing import DayClosing
from asc_desk.domain.errors import UserError
from asc_desk.services.attendance.day_close import DayCloseService
from asc_desk.ui.actor_text import actor_name
from asc_desk.ui.error_text import user_message
from asc_desk.ui.styles import ERROR_STYLE, NOTICE_STYLE, OK_STYLE
from asc_desk.ui.undo import ServiceCommand
from asc_desk.ui.widgets.last_day_banner import LastDayBanner

Message = Callable[[], str]


class TodayClosing(QObject):
    def __init__(self, service: DayCloseService | None, center_id: int, zone: dt.tzinfo,
                 banner: LastDayBanner, *, today: Callable[[], dt.date],
                 say: Callable[[str | Message, str], None],
                 refused: Callable[[UserError], None],
                 announce: Callable[[Changes], None],
                 push: Callable[[QUndoCommand], None] | None = None,
                 page_key: str = "today") -> None:
        super().__init__(banner)
        self._service, self._center_id, self._zone = service, center_id, zone
        self._banner, self._today = banner, today
        self._say, self._refused, self._announce = say, refused, announce
        self._push, self._key = push, page_key
        self._read_for: dt.date | None = None  # the today the banner was read for
        self._shown: dt.date | None = None  # the day the notice below was read for
        self.state: DayClosing | None = None  # the shown day's closing; None: open
        # Under the header while the day shown is closed: visible until it is reopened.
        self.notice = QLabel()
        self.notice.setObjectName("dayClosedNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()

    def check_last_day(self, *, again: bool = False) -> None:
        """Once a day (and after a closing): was the last open day before today closed?"""
        today = self._today()
        if self._service is None:
            self._banner.show_closing(None, self._zone)  # nothing to say (the place let go)
            return
        if today == self._read_for and not again:
            return
        try:
            closing = self._service.previous_day(self._center_id, today)
        except UserError as exc:
            self._banner.show_closing(None, self._zone)
            self._say(user_message(exc), ERROR_STYLE)
            return
        self._read_for = today
        self._banner.show_closing(closing, self._zone)

    # -- the day shown: closed or not ---------------------------------------------------
    def show_state(self, day: dt.date, *, again: bool = False) -> None:
        """One row read when the day shown changes (or `again`: after a change)."""
        if self._service is None or (day == self._shown and not again):
            return
        try:
            self.state = self._service.closed(self._center_id, day)
        except UserError as exc:
            self._say(user_message(exc), ERROR_STYLE)
            return
        self._shown = day
        self.retranslate()

    def forget(self) -> None:
        """Another desk may have closed or reopened the day: read it again next time."""
        self._shown = None

    def retranslate(self) -> None:
        state = self.state
        if state is None or state.closed_at is None:
            self.notice.hide()
            return
        when = state.closed_at.astimezone(self._zone).strftime("%H:%M")
        # Only records actually made after the closing ask for a second closing; right
        # after closing the notice is a calm statement, not a warning.
        text = (self.tr("{date} is closed (at {time} by {who}). Records were made after the "
                        "closing: close the day again when they are done.")
                if state.recorded_after else
                self.tr("{date} is closed (at {time} by {who}); check-ins and check-outs "
                        "made now are still recorded."))
        self.notice.setText(text.format(date=state.day.isoformat(), time=when,
                                        who=actor_name(state.closed_by)))
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.show()

    def recorded_after(self, day: dt.date, message: Message) -> bool:
        """A record just made on `day`: when that day was already closed, the desk says so
        in amber beside the record's own words (True); otherwise nothing is said (False)."""
        state = self.state if self._shown == day else None
        if state is None or state.closed_at is None:
            return False
        when = state.closed_at.astimezone(self._zone).strftime("%H:%M")
        self._say(lambda: self.tr(
            "{what} — but {date} was already closed at {time}: close the day again at the "
            "end.").format(what=message(), date=day.isoformat(), time=when), NOTICE_STYLE)
        if not state.recorded_after:  # the notice now asks for a second closing
            self.state = replace(state, recorded_after=True)
            self.retranslate()
        return True

    # -- closing and reopening ----------------------------------------------------------
    def day_closed(self, day: dt.date) -> None:
        """"Close the day" pressed: the day is recorded closed, with what it left; one step
        on the undo stack (its undo reopens the day)."""
        if self._service is None:
            return
        try:
            outcome = self._service.close_day(self._center_id, day)
        except UserError as exc:
            self._refused(exc)
            return
        self._announce(outcome.changes)
        self._closed_said(day, len(outcome.value.left_open))
        if self._push is not None:
            self._push(ServiceCommand(
                self.tr("closing of {date}").format(date=day.isoformat()),
                lambda: self._close_again(day), lambda: self._reopen(day),
                on_changes=self._announce, on_error=self._refused, done=True,
                page=self._key))

    def _closed_said(self, day: dt.date, left: int) -> None:
        self.show_state(day, again=True)
        if left:
            self._say(self.tr("{date} is closed; children left open: {count}.").format(
                date=day.isoformat(), count=left), NOTICE_STYLE)
        else:
            self._say(self.tr("{date} is closed: every child is accounted for ✓").format(
                date=day.isoformat()), OK_STYLE)
        if day < self._today():  # the morning closing the day before: the banner follows
            self.check_last_day(again=True)

    def _reopen(self, day: dt.date) -> Changes:
        assert self._service is not None
        outcome = self._service.reopen_day(self._center_id, day)
        self.show_state(day, again=True)
        self._say(self.tr("Undone: closing of {date}. The day is open again.").format(
            date=day.isoformat()), NOTICE_STYLE)
        if day < self._today():
            self.check_last_day(again=True)
        return outcome.changes

    def _close_again(self, day: dt.date) -> Changes:
        assert self._service is not None
        outcome = self._service.close_day(self._center_id, day)
        self._closed_said(day, len(outcome.value.left_open))
        return outcome.changes
