"""Changes one day (or a range) of the calendar: usual rules, closed, special opening, hours."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from asc_desk.domain.calendar_rules import DayStatus, OverrideKind
from asc_desk.domain.errors import UserError
from asc_desk.domain.notices import Notice
from asc_desk.services.calendar.calendar_service import REASON_MAX, CalendarService, OverrideChange
from asc_desk.services.calendar.program_service import ProgramInfo
from asc_desk.ui.error_text import user_message
from asc_desk.ui.widgets.center_form import FieldError
from asc_desk.ui.widgets.date_edit import DateEdit

USUAL = "usual"  # the choice that removes the center's decision: not an OverrideKind
CHOICES = (USUAL, OverrideKind.CLOSED, OverrideKind.OPEN, OverrideKind.HOURS)
DATE_FORMAT = "yyyy-MM-dd"
TIME_FORMAT = "HH:mm"


def date_edit(day: dt.date) -> QDateEdit:
    edit = DateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    return edit


def time_edit(value: dt.time) -> QTimeEdit:
    edit = QTimeEdit(QTime(value.hour, value.minute))
    edit.setDisplayFormat(TIME_FORMAT)
    return edit


def field_box(widget: QWidget, error: FieldError) -> QVBoxLayout:
    box = QVBoxLayout()
    box.setSpacing(2)
    box.addWidget(widget)
    box.addWidget(error)
    return box


class OverrideDialog(QDialog):
    def __init__(self, calendar: CalendarService, center_id: int,
                 programs: Sequence[ProgramInfo], day: dt.date, program_id: int | None,
                 describe: Callable[[ProgramInfo, DayStatus], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._calendar = calendar
        self._center_id = center_id
        self._programs = list(programs)
        self._describe = describe
        self.notices: tuple[Notice, ...] = ()
        self.change: OverrideChange | None = None  # once saved: what changed, for undo
        self.scope: tuple[dt.date, dt.date, int | None] | None = None
        self.changed_days = 0

        self.program = QComboBox()
        self.program.addItem("", None)
        for program in self._programs:
            self.program.addItem(program.name, program.id)
        self.program.setCurrentIndex(max(0, self.program.findData(program_id)))
        self.first = date_edit(day)
        self.last = date_edit(day)
        self.now = QLabel()
        self.now.setWordWrap(True)
        self.now.setTextFormat(Qt.TextFormat.PlainText)
        self.now.setObjectName("dayNow")
        self.choice_buttons = {choice: QRadioButton() for choice in CHOICES}
        self.choice_group = QButtonGroup(self)
        choices = QVBoxLayout()
        choices.setSpacing(2)
        for button in self.choice_buttons.values():
            self.choice_group.addButton(button)
            choices.addWidget(button)
        self.reason = QLineEdit()
        self.reason.setMaxLength(REASON_MAX)
        hours = self._usual_hours(program_id)
        self.opens_check, self.opens_at = QCheckBox(), time_edit(hours[0])
        self.closes_check, self.closes_at = QCheckBox(), time_edit(hours[1])
        fields = ("program", "to", "kind", "reason", "opens_at", "closes_at", "general")
        self.errors = {key: FieldError() for key in fields}
        self._labels = {key: QLabel() for key in ("program", "from", "to", "now", "kind",
                                                  "reason")}

        form = QFormLayout()
        form.addRow(self._labels["program"], field_box(self.program, self.errors["program"]))
        form.addRow(self._labels["from"], self.first)
        form.addRow(self._labels["to"], field_box(self.last, self.errors["to"]))
        form.addRow(self._labels["now"], self.now)
        choices.addWidget(self.errors["kind"])
        form.addRow(self._labels["kind"], choices)
        form.addRow(self._labels["reason"], field_box(self.reason, self.errors["reason"]))
        for check, edit, key in ((self.opens_check, self.opens_at, "opens_at"),
                                 (self.closes_check, self.closes_at, "closes_at")):
            row = QHBoxLayout()
            row.addWidget(edit)
            row.addStretch(1)
            box = field_box(QWidget(), self.errors[key])
            box.insertLayout(0, row)
            form.addRow(check, box)
        for key in ("program", "from", "to", "kind", "reason"):
            self._labels[key].setBuddy({"program": self.program, "from": self.first,
                                        "to": self.last, "kind": self.choice_buttons[USUAL],
                                        "reason": self.reason}[key])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors["general"])
        self.setMinimumWidth(520)  # room for "now" to read as a sentence, not a column
        layout.addWidget(self.buttons)

        self.program.currentIndexChanged.connect(self._scope_changed)
        self.first.dateChanged.connect(self._first_changed)
        self.choice_group.buttonToggled.connect(lambda *_a: self._enable_fields())
        self.opens_check.toggled.connect(lambda *_a: self._enable_fields())
        self.closes_check.toggled.connect(lambda *_a: self._enable_fields())
        self.reason.textEdited.connect(lambda *_a: self.errors["reason"].clear_message())
        self.retranslate()
        self._scope_changed()
        self.reason.setFocus()

    # -- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change the calendar"))
        self.program.setItemText(0, self.tr("All programs"))
        for key, text in (("program", self.tr("&Program")), ("from", self.tr("&From")),
                          ("to", self.tr("&To")), ("now", self.tr("Now")),
                          ("kind", self.tr("&Change")), ("reason", self.tr("&Reason"))):
            self._labels[key].setText(text)
        for choice, text in ((USUAL, self.tr("&Usual rules (remove the change)")),
                             (OverrideKind.CLOSED, self.tr("C&losed")),
                             (OverrideKind.OPEN, self.tr("&Special opening")),
                             (OverrideKind.HOURS, self.tr("Changed &hours"))):
            self.choice_buttons[choice].setText(text)
        self.opens_check.setText(self.tr("&Opening time"))
        # "&Special opening" has S: G is free in both languages (关门时间(&G)).
        self.closes_check.setText(self.tr("Closin&g time"))
        self.reason.setPlaceholderText(self.tr("e.g. typhoon, factory shutdown, fire drill"))

    def kind_name(self, kind: OverrideKind) -> str:
        return {OverrideKind.CLOSED: self.tr("closed"),
                OverrideKind.OPEN: self.tr("special opening"),
                OverrideKind.HOURS: self.tr("changed hours")}[kind]

    # -- state ---------------------------------------------------------------------------
    def program_id(self) -> int | None:
        return self.program.currentData()

    def choice(self) -> str:
        return next(c for c, b in self.choice_buttons.items() if b.isChecked())

    def set_choice(self, choice: str) -> None:
        self.choice_buttons[choice].setChecked(True)

    def first_day(self) -> dt.date:
        return self.first.date().toPython()

    def last_day(self) -> dt.date:
        return self.last.date().toPython()

    def _usual_hours(self, program_id: int | None) -> tuple[dt.time, dt.time]:
        chosen = [p for p in self._programs if p.id == program_id] or self._programs
        if not chosen:
            return dt.time(16, 30), dt.time(20, 30)
        return chosen[0].opens_at, chosen[0].closes_at

    def _first_changed(self) -> None:
        if self.last.date() < self.first.date():
            self.last.setDate(self.first.date())
        self._scope_changed()

    def _scope_changed(self) -> None:
        """Show what the first day is now, and start from the center's decision if any."""
        day, program_id = self.first_day(), self.program_id()
        in_scope = [p for p in self._programs if program_id in (None, p.id)]
        lines = []
        try:
            for program in in_scope:
                lines.append(self._describe(program, self._calendar.day_status(program.id, day)))
            decisions = [o for o in self._calendar.overrides(self._center_id, day, day)
                         if o.program_id == program_id]
        except UserError as exc:
            self.errors["general"].show_message(user_message(exc))
            return
        if not in_scope:
            lines.append(self.tr("No program has been set up yet."))
        decision = decisions[-1] if decisions else None
        if decision is not None:
            lines.append(self.tr("The center's decision for this day: {kind}, {reason}").format(
                kind=self.kind_name(decision.kind), reason=decision.reason))
            self.set_choice(decision.kind)
            self.reason.setText(decision.reason)
        else:
            self.set_choice(OverrideKind.CLOSED)
        hours = self._usual_hours(program_id)
        opens = decision.opens_at if decision and decision.opens_at else hours[0]
        closes = decision.closes_at if decision and decision.closes_at else hours[1]
        self.opens_at.setTime(QTime(opens.hour, opens.minute))
        self.closes_at.setTime(QTime(closes.hour, closes.minute))
        # Changed hours usually move one end of the day; given ends override each program's.
        self.opens_check.setChecked(bool(decision and decision.opens_at))
        self.closes_check.setChecked(decision is None or decision.closes_at is not None)
        self.now.setText("\n".join(lines))
        self._enable_fields()

    def _enable_fields(self) -> None:
        choice = self.choice_buttons
        with_hours = (choice[OverrideKind.OPEN].isChecked()
                      or choice[OverrideKind.HOURS].isChecked())
        self.reason.setEnabled(not choice[USUAL].isChecked())
        for check, edit in ((self.opens_check, self.opens_at),
                            (self.closes_check, self.closes_at)):
            check.setEnabled(with_hours)
            edit.setEnabled(with_hours and check.isChecked())

    # -- saving --------------------------------------------------------------------------
    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear_message()

    def show_error(self, error: UserError) -> None:
        key = {"last": "to", "date": "to", "first": "to"}.get(error.field or "", error.field)
        label = self.errors.get(key or "", self.errors["general"])
        label.show_message(user_message(error))
        widget = {"reason": self.reason, "to": self.last, "opens_at": self.opens_at,
                  "closes_at": self.closes_at}.get(key or "")
        if widget is not None and widget.isEnabled():
            widget.setFocus()

    def save(self) -> bool:
        self.clear_errors()
        first, last, program_id, choice = (self.first_day(), self.last_day(), self.program_id(),
                                           self.choice())
        try:
            if choice == USUAL:
                change = self._calendar.clear_override(self._center_id, first, last,
                                                       program_id=program_id)
                self.changed_days, self.notices = (last - first).days + 1, ()
            else:
                kind = OverrideKind(choice)
                with_hours = kind is not OverrideKind.CLOSED
                opens = (self.opens_at.time().toPython()
                         if with_hours and self.opens_check.isChecked() else None)
                closes = (self.closes_at.time().toPython()
                          if with_hours and self.closes_check.isChecked() else None)
                change = self._calendar.set_override(
                    self._center_id, first, last, kind, self.reason.text(),
                    program_id=program_id, opens_at=opens, closes_at=closes)
                self.changed_days, self.notices = change.days, change.notices
        except UserError as exc:
            self.show_error(exc)
            return False
        # What was done, in its scope, with what it replaced: the page's undo needs them.
        self.change, self.scope = change, (first, last, program_id)
        self.accept()
        return True
