"""End of day: children still present or never recorded, each resolved by hand with a time."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from asc_desk.domain.attendance_rules import (
    AbsenceReason,
    ChildDayState,
    authorized_people,
    may_collect,
)
from asc_desk.domain.errors import UserError
from asc_desk.reports.desk_sheets_pdf import DaySummarySheet, write_day_summary_pdf
from asc_desk.services.attendance.attendance_service import (
    AttendanceService,
    ChildDay,
    DayView,
    DeskResult,
    DeskResults,
)
from asc_desk.ui.dialogs.day_close_absent import (
    AllAbsentBar,
    EarlyQuestion,
    closing_time,
    opening_time,
)
from asc_desk.ui.dialogs.desk_dialogs import parse_hhmm, reason_field, time_field
from asc_desk.ui.error_text import user_message
from asc_desk.ui.models.today_table_model import hm, local_hm, until_next_minute
from asc_desk.ui.pdf_printing import AskPrinter, PrinterFactory, PrintError, print_file
from asc_desk.ui.styles import BOLD, DONE_TEXT, ERROR_TEXT


class DayCloseRow:
    """The widgets of one child to resolve; `check_in` is None when nothing was recorded."""

    def __init__(self, item: ChildDay) -> None:
        self.item = item
        self.present = item.record.present
        self.name = QLabel(item.child.name)
        self.name.setObjectName(f"dayCloseName{item.child.id}")
        self.situation = QLabel()
        self.check_in = None if self.present else time_field()
        self.check_out = time_field()
        self.pickup = QComboBox()
        self.pickup.setEditable(True)
        self.pickup.addItems(authorized_people(item.child.may_collect))
        # Starts blank on purpose: the coordinator says who took the child, we do not guess.
        self.pickup.setCurrentIndex(-1)
        self.pickup.setEditText("")
        self.pickup.setMinimumWidth(110)
        self.reason = reason_field()
        self.reason.setMinimumWidth(150)
        self.record_button = QPushButton()
        self.absent_button = None if self.present else QPushButton()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.done = False

    def widgets(self) -> list[QWidget]:
        return [w for w in (self.check_in, self.check_out, self.pickup, self.reason,
                            self.record_button, self.absent_button) if w is not None]

    def finish(self, text: str) -> None:
        self.done = True
        for widget in self.widgets():
            widget.setEnabled(False)
        self.status.setStyleSheet(DONE_TEXT)
        self.status.setText("✓ " + text)

    def fail(self, text: str) -> None:
        self.status.setStyleSheet(ERROR_TEXT)
        self.status.setText("⚠ " + text)


class DayCloseDialog(QDialog):
    # Each record made: (DeskResult, a function recording it again), for the undo stack.
    recorded = Signal(object, object)
    # The children not arrived, marked absent together: (DeskResults, its redo), one step.
    recorded_many = Signal(object, object)

    def __init__(self, attendance: AttendanceService, center_id: int, view: DayView,
                 zone: dt.tzinfo, parent: QWidget | None = None, *, center_name: str = "",
                 printer: PrinterFactory | None = None, ask: AskPrinter | None = None,
                 paper: str = "a4",
                 now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC)) -> None:
        super().__init__(parent)
        self._attendance, self._center_id, self._zone = attendance, center_id, zone
        self._center_name, self._now = center_name, now
        self._printer, self._ask, self._paper = printer, ask, paper
        self._day, self._view = view.date, view
        self.results: list[DeskResult] = []
        self.setWindowTitle(self.tr("End of day {date}").format(date=view.date.isoformat()))
        items = ([c for c in view.children if c.record.present]
                 + [c for c in view.children if c.record.state is ChildDayState.EXPECTED])
        self.rows = [DayCloseRow(item) for item in items]

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        headers = (self.tr("Child"), self.tr("Now"), self.tr("In"), self.tr("Out"),
                   self.tr("Collected by"), self.tr("Reason"))
        for column, text in enumerate(headers):
            label = QLabel(text)
            label.setStyleSheet(BOLD)
            grid.addWidget(label, 0, column)
        for index, row in enumerate(self.rows, start=1):
            self._fill_row(row)
            for column, widget in enumerate((row.name, row.situation, row.check_in,
                                             row.check_out, row.pickup, row.reason,
                                             row.record_button, row.absent_button,
                                             row.status)):
                if widget is not None:
                    grid.addWidget(widget, index, column)
        grid.setColumnStretch(5, 2)
        grid.setColumnStretch(8, 3)
        grid.setRowStretch(len(self.rows) + 1, 1)
        body = QWidget()
        body.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)

        # Esc and Cancel leave the day open (what was recorded row by row stays, each its
        # own step to undo); only the explicit button closes the day.
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.close_button = QPushButton()
        self.close_button.setObjectName("closeTheDay")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.close_the_day)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.early = EarlyQuestion(self)
        self.early.confirmed.connect(self.accept)
        self.print_button = QPushButton(self.tr("&Print summary…"))
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_summary)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_status = QLabel()
        self.opens_at = opening_time(view, now().astimezone(zone))
        self.all_absent = AllAbsentBar(self, opens_at=self.opens_at)
        self.all_absent.requested.connect(self.mark_rest_absent)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.all_absent)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.print_status)
        layout.addWidget(self.early)
        layout.addWidget(buttons)
        self.resize(1200, 600)
        self._show_summary()
        self.timer = QTimer(self)
        self.timer.setInterval(until_next_minute(now()))
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        if self.rows:
            first = self.rows[0]
            (first.check_in or first.check_out).setFocus()

    def close_the_day(self) -> None:
        """The day is recorded closed when the dialog is accepted; before the program opens,
        or before it closes with children still here, only after a second, explicit yes."""
        if self.opens_at is not None:
            self.early.ask(self.tr("The program opens at {time}; close the day {date} now?")
                           .format(time=hm(self.opens_at), date=self._day.isoformat()))
            return
        try:  # read again: rows resolved in this dialog count
            view = self._attendance.day(self._center_id, self._day)
        except UserError as exc:
            self.print_status.setText(user_message(exc))
            return
        closes = closing_time(view, self._now().astimezone(self._zone))
        here = sum(1 for c in view.children if c.record.present)
        if closes is None or not here:
            self.accept()
            return
        question = (self.tr("The program closes at {time} and {count} children are still "
                            "here; close the day {date} now?") if here != 1 else
                    self.tr("The program closes at {time} and 1 child is still here; close the "
                            "day {date} now?"))
        self.early.ask(question.format(time=hm(closes), count=here, date=self._day.isoformat()))

    def reject(self) -> None:
        """Esc while the question shows answers it "not yet"; otherwise it leaves the dialog."""
        if self.early.isVisible():
            self.early.hide()
            self.close_button.setFocus()
            return
        super().reject()

    def _show_situation(self, row: DayCloseRow) -> None:
        item = row.item
        if row.present:
            text = self.tr("here since {time}").format(
                time=local_hm(item.record.check_in, self._zone))
        else:
            text = self.tr("nothing recorded")
        if item.late_minutes is not None:
            text = self.tr("{situation}, waiting {minutes} min").format(
                situation=text, minutes=item.late_minutes)
        row.situation.setStyleSheet(ERROR_TEXT if item.late_minutes is not None else "")
        row.situation.setText(text)

    def tick(self) -> None:
        """The minute moved on: the waiting minutes of the rows still open move with it, by
        the same rule as the day's list (the service's `at_clock`)."""
        self.timer.setInterval(until_next_minute(self._now()))
        self._view, moved = self._attendance.at_clock(self._center_id, self._view,
                                                      self._now())
        fresh = {item.child.id: item for item in moved}
        for row in self.rows:
            item = fresh.get(row.item.child.id)
            if item is not None and not row.done:
                row.item = item
                self._show_situation(row)

    def _fill_row(self, row: DayCloseRow) -> None:
        self._show_situation(row)
        row.record_button.setText(self.tr("Record"))
        row.record_button.setAutoDefault(False)
        row.record_button.clicked.connect(lambda: self.resolve(row))
        row.reason.returnPressed.connect(lambda: self.resolve(row))
        if row.absent_button is not None:
            row.absent_button.setText(self.tr("Absent"))
            row.absent_button.setAutoDefault(False)
            row.absent_button.clicked.connect(lambda: self.mark_absent(row))
        row.reason.setPlaceholderText(self.tr("e.g. forgot to check out"))

    def left(self) -> list[DayCloseRow]:
        return [row for row in self.rows if not row.done]

    def not_arrived(self) -> list[DayCloseRow]:
        return [row for row in self.left() if not row.present]

    def _show_summary(self) -> None:
        self.all_absent.ask(len(self.not_arrived()))
        left = len(self.left())
        if not self.rows:
            text = self.tr("Every child of {date} has a complete record.").format(
                date=self._day.isoformat())
        elif left:
            text = self.tr("{left} children to resolve: type when each left, who collected "
                           "them and why it is recorded now; or mark a child who never came "
                           "absent. Nothing is filled in for you.").format(left=left)
        else:
            text = self.tr("All resolved: the day {date} is closed.").format(
                date=self._day.isoformat())
        closes = [c.item.child.closes_at for c in self.rows if c.item.child.closes_at]
        if closes:
            text += " " + self.tr("(The program closes at {time}.)").format(time=hm(max(closes)))
        self.summary.setText(text)
        self.close_button.setText(
            self.tr("&Close the day ({count} left open)").format(count=left) if left
            else self.tr("&Close the day"))

    def _at(self, edit: QLineEdit) -> dt.datetime | None:
        when = parse_hhmm(edit.text())
        return dt.datetime.combine(self._day, when, self._zone) if when else None

    def resolve(self, row: DayCloseRow) -> bool:
        if row.done:
            return False
        out_at = self._at(row.check_out)
        in_at = self._at(row.check_in) if row.check_in is not None else None
        pickup, reason = row.pickup.currentText().strip(), row.reason.text().strip()
        if row.check_in is not None and in_at is None:
            row.fail(self.tr("Type the time of arrival (HH:MM)."))
            return False
        if out_at is None:
            row.fail(self.tr("Type the time the child left (HH:MM)."))
            return False
        if not pickup:
            row.fail(self.tr("Say who collected the child."))
            return False
        if not reason:
            row.fail(self.tr("Give a reason: the record is made afterwards."))
            return False
        child_id = row.item.child.id

        # The reason says why the record is made afterwards (kept as its note); it lets
        # someone collect only when that person is not on the child's list (an override,
        # marked on the daily sheet), never for the child's own parent.
        override = None if may_collect(pickup, row.item.child.may_collect) else reason

        def record(_undone=None) -> DeskResult:
            return self._attendance.check_out(
                self._center_id, child_id, pickup, at=out_at, override_reason=override,
                checked_in_at=in_at, reason=reason)

        try:
            result = record()
        except UserError as exc:
            row.fail(user_message(exc))
            return False
        self.results.append(result)
        self.recorded.emit(result, record)
        row.finish(self.tr("collected by {pickup} at {time}").format(
            pickup=pickup, time=local_hm(out_at, self._zone)))
        self._show_summary()
        return True

    def mark_absent(self, row: DayCloseRow) -> bool:
        reason = row.reason.text().strip()
        if not reason:
            row.fail(self.tr("Give a reason for the absence."))
            return False
        child_id, day = row.item.child.id, self._day

        def record(_undone=None) -> DeskResult:
            return self._attendance.mark_absent(self._center_id, child_id, day,
                                                AbsenceReason.OTHER, reason)

        try:
            result = record()
        except UserError as exc:
            row.fail(user_message(exc))
            return False
        self.results.append(result)
        self.recorded.emit(result, record)
        row.finish(self.tr("marked absent"))
        self._show_summary()
        return True

    def mark_rest_absent(self, reason: AbsenceReason, note: str) -> DeskResults | None:
        """Every child still not arrived marked absent with one reason: one service call (one
        transaction), one step on the undo stack."""
        rows = {row.item.child.id: row for row in self.not_arrived()}
        if not rows:
            return None
        ids, day = list(rows), self._day

        def record(_undone=None) -> DeskResults:
            return self._attendance.mark_absent_many(self._center_id, ids, day, reason, note)

        try:
            results = record()
        except UserError as exc:
            self.summary.setText(user_message(exc))
            self.summary.setStyleSheet(ERROR_TEXT)
            return None
        self.summary.setStyleSheet("")
        for result in results.results:
            row = rows[result.child_id]
            if result.duplicate:  # arrived meanwhile (another desk): left to resolve here
                row.fail(user_message(result.notice))
            else:
                self.results.append(result)
                row.finish(self.tr("marked absent"))
        if results.recorded:
            self.recorded_many.emit(results, record)
        self._show_summary()
        return results

    # -- the printed summary ---------------------------------------------------------------
    def summary_sheet(self) -> DaySummarySheet:
        """The day as recorded now (read again: the rows resolved here count)."""
        view = self._attendance.day(self._center_id, self._day)
        shown = [c for c in view.children if c.record.state is not ChildDayState.NOT_EXPECTED]
        states = [c.record.state for c in shown]
        counts = tuple((label, sum(1 for st in states if st in kinds)) for label, kinds in (
            ("应到", {ChildDayState.EXPECTED, ChildDayState.PRESENT, ChildDayState.COLLECTED,
                     ChildDayState.ABSENT}),
            ("实到", {ChildDayState.PRESENT, ChildDayState.COLLECTED,
                     ChildDayState.UNEXPECTED_PRESENT, ChildDayState.UNEXPECTED_COLLECTED}),
            ("已接走", {ChildDayState.COLLECTED, ChildDayState.UNEXPECTED_COLLECTED}),
            ("仍在园", {ChildDayState.PRESENT, ChildDayState.UNEXPECTED_PRESENT}),
            ("缺勤", {ChildDayState.ABSENT}),
            ("未记录", {ChildDayState.EXPECTED})))
        rows = tuple((c.child.name, STATE_ZH.get(c.record.state, str(c.record.state)),
                      local_hm(c.record.check_in, self._zone) if c.record.check_in else "",
                      local_hm(c.record.check_out, self._zone) if c.record.check_out else "",
                      c.record.pickup_name or "")
                     for c in shown)  # in the service's pinyin order
        made = self._now().astimezone(self._zone)
        return DaySummarySheet(self._center_name, self._day, made, counts, rows)

    def print_summary(self) -> int | None:
        """Makes the day's summary PDF and prints it (the print dialog first); returns the
        pages sent, or None when cancelled or refused (the reason is shown)."""
        with tempfile.TemporaryDirectory(prefix="asc-day-summary-") as folder:
            path = Path(folder) / "day-summary.pdf"
            try:
                write_day_summary_pdf(self.summary_sheet(), path, self._paper)
                done = print_file(self, path, self._paper,
                                  self.tr("End of day {date}").format(
                                      date=self._day.isoformat()),
                                  printer=self._printer, ask=self._ask)
            except UserError as exc:
                self.print_status.setText(user_message(exc))
                return None
            except PrintError as exc:
                self.print_status.setText(self.tr(
                    "Could not print: {what} did not start. Check the printer and try again.")
                    .format(what=str(exc)))
                return None
        if done is None:
            return None
        printer, pages = done
        self.print_status.setText(self.tr("Sent {pages} page(s) to {printer}.").format(
            pages=pages, printer=printer.printerName() or printer.outputFileName()))
        return pages


STATE_ZH = {ChildDayState.EXPECTED: "未记录", ChildDayState.PRESENT: "在园",
            ChildDayState.COLLECTED: "已接走", ChildDayState.ABSENT: "缺勤",
            ChildDayState.UNEXPECTED_PRESENT: "在园（计划外）",
            ChildDayState.UNEXPECTED_COLLECTED: "已接走（计划外）"}
