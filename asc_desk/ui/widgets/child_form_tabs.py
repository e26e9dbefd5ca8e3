"""The child form's tabs: profile, guardians, authorized pickups, health and enrollment.

Each field has its FieldError beside it; a ValidationError's field ("name",
"guardians.0.phone", "enrollments.1.to_date") picks the tab, the entry and the field.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Sequence

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTime, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from asc_desk.domain.roster import (
    NAME_MAX,
    TEXT_MAX,
    EnrollmentDraft,
    GuardianDraft,
    PickupDraft,
    ShiftPattern,
    insurance_problem,
)
from asc_desk.services.calendar.program_service import ProgramInfo
from asc_desk.ui.dialogs.override_dialog import DATE_FORMAT, field_box
from asc_desk.ui.widgets.center_form import FieldError
from asc_desk.ui.widgets.date_edit import DateEdit

PROFILE, GUARDIANS, PICKUPS, HEALTH, ENROLLMENT = range(5)
EMPTY_DATE = QDate(1900, 1, 1)  # shown as a dash: "not given"
ALLERGY_STYLE = "color: #b00020; font-weight: bold; background: #fde2e2;"
HINT_STYLE = "color: #555555;"
INSURANCE_STYLE = "color: #6b4e00; background: #fff3cd; padding: 2px 4px;"
SHIFTS = (ShiftPattern.UNKNOWN, ShiftPattern.DAY, ShiftPattern.TWO_SHIFT, ShiftPattern.NIGHT,
          ShiftPattern.CUSTOM)


def line_edit(limit: int) -> QLineEdit:
    edit = QLineEdit()
    edit.setMaxLength(limit)
    return edit


def hint_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(HINT_STYLE)
    return label


class OptionalDate(QWidget):
    """A date that may stay empty: the tick box says whether it is given.

    A label's Alt+letter has this widget as its buddy (not the tick box, which the letter
    would click: on a given date that cleared it): the letter ticks the box when needed and
    puts the cursor in the date. `untouched()` tells a date still at the default the tick
    showed (a made-up value, e.g. 1 January) from one the user entered."""

    def __init__(self, default: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._default = default
        self._filling = False  # the date is being set by the form, not by the user
        self._touched = True  # False while the date is the default a tick put there
        self.check = QCheckBox()
        self.edit = DateEdit()
        self.edit.setDisplayFormat(DATE_FORMAT)
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDate(EMPTY_DATE)
        self.edit.setSpecialValueText("—")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self.edit, 1)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # a buddy needs one; see focusInEvent
        self.check.toggled.connect(self._toggled)
        self.edit.dateChanged.connect(self._date_changed)
        self.edit.installEventFilter(self)
        self.set_date(None)

    def _toggled(self, on: bool) -> None:
        self.edit.setEnabled(on)
        self._filling = True
        try:
            if on and self.edit.date() == EMPTY_DATE:
                self.edit.setDate(QDate(self._default()))
                self._touched = False
            elif not on:
                self.edit.setDate(EMPTY_DATE)
        finally:
            self._filling = False

    def _date_changed(self, *_args) -> None:
        if not self._filling:
            self._touched = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Typing the default's own digits changes no date, yet is the user's word.
        if (watched is self.edit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.text().isdigit()):
            self._touched = True
        return super().eventFilter(watched, event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        # Never a Tab stop of its own (ClickFocus): focus passes on to the box or the date.
        # The label's Alt+letter (this widget is its buddy) ticks the box when needed.
        if event.reason() == Qt.FocusReason.ShortcutFocusReason:
            self.check.setChecked(True)
        (self.edit if self.check.isChecked() else self.check).setFocus(event.reason())

    def untouched(self) -> bool:
        """Ticked, and the date is still the default the tick put there."""
        return self.check.isChecked() and not self._touched

    def date(self) -> dt.date | None:
        return self.edit.date().toPython() if self.check.isChecked() else None

    def set_date(self, value: dt.date | None) -> None:
        self.check.setChecked(value is not None)
        self._toggled(value is not None)
        if value is not None:
            self._filling = True
            try:
                self.edit.setDate(QDate(value))
            finally:
                self._filling = False
        self._touched = True


class Entry(QGroupBox):
    """One guardian, pickup or enrollment: its fields in a grid, each with its error."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(2)
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, FieldError] = {}
        self.focus: dict[str, QWidget] = {}
        self.remove_button = QPushButton()
        self.number = 1

    def place(self, key: str, widget: QWidget, row: int, column: int, span: int = 1,
              focus: QWidget | None = None) -> None:
        self.labels[key] = QLabel()
        self.errors[key] = FieldError()
        self.focus[key] = focus or widget
        self.labels[key].setBuddy(self.focus[key])
        self.labels[key].setMinimumHeight(widget.sizeHint().height())  # level with the field
        self.grid.addWidget(self.labels[key], row, column * 2, Qt.AlignmentFlag.AlignTop)
        # An error shown under a field must not widen its column (a wrapped line takes the
        # width it is given) nor push the field beside it down from its label (the fields
        # stay at the top of the row, the spare height below them).
        self.errors[key].setSizePolicy(QSizePolicy.Policy.Ignored,
                                       QSizePolicy.Policy.Preferred)
        box = field_box(widget, self.errors[key])
        box.addStretch(1)
        self.grid.addLayout(box, row, column * 2 + 1, 1, span * 2 - 1)
        self.grid.setColumnStretch(column * 2 + 1, 1)  # both columns of fields alike

    def is_blank(self) -> bool:
        return False

    def first_field(self) -> QWidget:
        return self.focus.get("name") or self.remove_button

    def what(self) -> str:
        """Who or what the entry is about, as typed (a question names it)."""
        name = getattr(self, "name", None)
        return name.text().strip() if isinstance(name, QLineEdit) else ""

    def show_error(self, key: str, text: str) -> bool:
        label = self.errors.get(key) or self.errors.get("name")
        if label is None:
            return False
        label.show_message(text)
        self.focus.get(key, self.focus.get("name", self)).setFocus()
        return True

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear_message()


class GuardianEntry(Entry):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name, self.relation = line_edit(NAME_MAX), line_edit(TEXT_MAX["relation"])
        self.phone, self.employee_id = line_edit(20), line_edit(TEXT_MAX["employee_id"])
        self.department, self.workshop = (line_edit(TEXT_MAX["department"]),
                                          line_edit(TEXT_MAX["workshop"]))
        self.shift = QComboBox()
        for pattern in SHIFTS:
            self.shift.addItem("", pattern)
        self.shift_start, self.shift_end = QTimeEdit(QTime(8, 0)), QTimeEdit(QTime(17, 30))
        hours = QWidget()
        row = QHBoxLayout(hours)
        row.setContentsMargins(0, 0, 0, 0)
        self.hours_label = QLabel()
        for widget in (self.shift, self.hours_label, self.shift_start, QLabel("–"),
                       self.shift_end):
            row.addWidget(widget)
        row.addStretch(1)
        for edit in (self.shift_start, self.shift_end):
            edit.setDisplayFormat("HH:mm")
        self.may_pick_up = QCheckBox()
        self.may_pick_up.setChecked(True)
        for key, widget, r, c in (("name", self.name, 0, 0), ("relation", self.relation, 0, 1),
                                  ("phone", self.phone, 1, 0),
                                  ("employee_id", self.employee_id, 1, 1),
                                  ("department", self.department, 2, 0),
                                  ("workshop", self.workshop, 2, 1)):
            self.place(key, widget, r, c)
        self.place("shift_pattern", hours, 3, 0, span=2, focus=self.shift)
        self.grid.addWidget(self.may_pick_up, 4, 1)
        self.grid.addWidget(self.remove_button, 4, 3, Qt.AlignmentFlag.AlignRight)
        # "Already on the roster (张小明's mother)": set by the dialog, which asks the roster.
        self.known = hint_label()
        self.known.setObjectName("knownGuardian")
        self.known.hide()
        self.grid.addWidget(self.known, 5, 0, 1, 4)
        self.shift.currentIndexChanged.connect(self._shift_chosen)
        self._shift_chosen()

    def _shift_chosen(self, *_args) -> None:
        custom = self.shift.currentData() == ShiftPattern.CUSTOM
        for widget in (self.hours_label, self.shift_start, self.shift_end):
            widget.setEnabled(custom)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Guardian {number}").format(number=self.number))
        for key, text in (("name", self.tr("Name")), ("relation", self.tr("Relation")),
                          ("phone", self.tr("Phone")), ("employee_id", self.tr("Employee id")),
                          ("department", self.tr("Department")),
                          ("workshop", self.tr("Workshop / line")),
                          ("shift_pattern", self.tr("Shift"))):
            self.labels[key].setText(text)
        self.relation.setPlaceholderText(self.tr("e.g. mother"))
        for index, text in enumerate((self.tr("Not known"), self.tr("Fixed day shift"),
                                      self.tr("Rotating two shifts"), self.tr("Night shift"),
                                      self.tr("Custom hours"))):
            self.shift.setItemText(index, text)
        self.hours_label.setText(self.tr("hours"))
        self.may_pick_up.setText(self.tr("May pick up the child"))
        self.remove_button.setText(self.tr("Remove guardian"))

    def is_blank(self) -> bool:
        return not any(e.text().strip() for e in (self.name, self.relation, self.phone,
                                                  self.employee_id, self.department,
                                                  self.workshop))

    def value(self) -> GuardianDraft:
        custom = self.shift.currentData() == ShiftPattern.CUSTOM
        return GuardianDraft(
            self.name.text(), self.relation.text(), self.phone.text(), self.employee_id.text(),
            self.department.text(), self.workshop.text(), self.may_pick_up.isChecked(),
            ShiftPattern(self.shift.currentData()),
            self.shift_start.time().toPython() if custom else None,
            self.shift_end.time().toPython() if custom else None)

    def fill_empty(self, held: GuardianDraft) -> bool:
        """The roster's details of this guardian into the fields left empty (the shift when
        it is "not known"); False: every one was filled in already."""
        filled = False
        for edit, text in ((self.phone, held.phone), (self.employee_id, held.employee_id),
                           (self.department, held.department), (self.workshop, held.workshop)):
            if text and not edit.text().strip():
                edit.setText(text)
                filled = True
        if (held.shift_pattern is not ShiftPattern.UNKNOWN
                and self.shift.currentData() == ShiftPattern.UNKNOWN):
            self.shift.setCurrentIndex(max(0, self.shift.findData(held.shift_pattern)))
            if held.shift_start and held.shift_end:
                self.shift_start.setTime(QTime(held.shift_start))
                self.shift_end.setTime(QTime(held.shift_end))
            filled = True
        return filled

    def set_value(self, g: GuardianDraft) -> None:
        for edit, text in ((self.name, g.name), (self.relation, g.relation),
                           (self.phone, g.phone), (self.employee_id, g.employee_id),
                           (self.department, g.department), (self.workshop, g.workshop)):
            edit.setText(text)
        self.may_pick_up.setChecked(g.may_pick_up)
        self.shift.setCurrentIndex(max(0, self.shift.findData(g.shift_pattern)))
        if g.shift_start and g.shift_end:
            self.shift_start.setTime(QTime(g.shift_start))
            self.shift_end.setTime(QTime(g.shift_end))


class PickupEntry(Entry):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name, self.relation = line_edit(NAME_MAX), line_edit(TEXT_MAX["relation"])
        self.phone, self.note = line_edit(20), line_edit(TEXT_MAX["note"])
        for key, widget, r, c in (("name", self.name, 0, 0), ("relation", self.relation, 0, 1),
                                  ("phone", self.phone, 1, 0), ("note", self.note, 1, 1)):
            self.place(key, widget, r, c)
        self.grid.addWidget(self.remove_button, 2, 3, Qt.AlignmentFlag.AlignRight)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Authorized pickup {number}").format(number=self.number))
        for key, text in (("name", self.tr("Name")), ("relation", self.tr("Relation")),
                          ("phone", self.tr("Phone")), ("note", self.tr("Note"))):
            self.labels[key].setText(text)
        self.relation.setPlaceholderText(self.tr("e.g. grandmother"))
        self.note.setPlaceholderText(self.tr("e.g. last 4 digits of the ID card"))
        self.remove_button.setText(self.tr("Remove pickup"))

    def is_blank(self) -> bool:
        return not any(e.text().strip() for e in (self.name, self.relation, self.phone,
                                                  self.note))

    def value(self) -> PickupDraft:
        return PickupDraft(self.name.text(), self.relation.text(), self.phone.text(),
                           self.note.text())

    def set_value(self, p: PickupDraft) -> None:
        for edit, text in ((self.name, p.name), (self.relation, p.relation),
                           (self.phone, p.phone), (self.note, p.note)):
            edit.setText(text)


class EnrollmentEntry(Entry):
    def __init__(self, programs: Sequence[ProgramInfo], today: Callable[[], dt.date],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._programs = {p.id: p for p in programs}
        self._fresh = True  # a new entry takes the chosen program's weekdays and start
        self.program = QComboBox()
        for program in programs:
            self.program.addItem(program.name, program.id)
        self.from_date = DateEdit(QDate(today()))
        self.from_date.setDisplayFormat(DATE_FORMAT)
        self.from_date.setCalendarPopup(True)
        self.to_date, self.agreement = OptionalDate(today), OptionalDate(today)
        self.insurance_company = line_edit(TEXT_MAX["insurance_company"])
        self.insurance_policy = line_edit(TEXT_MAX["insurance_policy"])
        self.insurance_expires = OptionalDate(today)
        self.day_boxes = [QCheckBox() for _ in range(7)]
        days = QWidget()
        row = QHBoxLayout(days)
        row.setContentsMargins(0, 0, 0, 0)
        for box in self.day_boxes:
            row.addWidget(box)
        row.addStretch(1)
        self.insurance_note = QLabel()
        self.insurance_note.setStyleSheet(INSURANCE_STYLE)
        for key, widget, r, c, span, focus in (
                ("program_id", self.program, 0, 0, 1, None),
                ("from_date", self.from_date, 0, 1, 1, None),
                ("to_date", self.to_date, 1, 0, 1, self.to_date.check),
                ("agreement_signed_on", self.agreement, 1, 1, 1, self.agreement.check),
                ("weekdays", days, 2, 0, 2, self.day_boxes[0]),
                ("insurance_company", self.insurance_company, 3, 0, 1, None),
                ("insurance_policy", self.insurance_policy, 3, 1, 1, None),
                ("insurance_expires", self.insurance_expires, 4, 0, 1,
                 self.insurance_expires.check)):
            self.place(key, widget, r, c, span, focus)
        self.grid.addWidget(self.insurance_note, 4, 2, 1, 2)
        self.grid.addWidget(self.remove_button, 5, 3, Qt.AlignmentFlag.AlignRight)
        self.errors["name"] = self.errors["program_id"]  # "enrollments" alone: the program
        self.focus["name"] = self.program
        self.program.currentIndexChanged.connect(self._program_chosen)
        self.program.setCurrentIndex(self._running_program())
        self._program_chosen()
        self.insurance_policy.textChanged.connect(self._insurance_changed)
        self.insurance_expires.edit.dateChanged.connect(self._insurance_changed)
        self.insurance_expires.check.toggled.connect(self._insurance_changed)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Enrollment {number}").format(number=self.number))
        for key, text in (("program_id", self.tr("Program")), ("from_date", self.tr("From")),
                          ("to_date", self.tr("Until")),
                          ("agreement_signed_on", self.tr("Agreement signed")),
                          ("weekdays", self.tr("Weekdays")),
                          ("insurance_company", self.tr("Insurance company")),
                          ("insurance_policy", self.tr("Insurance policy")),
                          ("insurance_expires", self.tr("Insurance expires"))):
            self.labels[key].setText(text)
        for box, text in zip(self.day_boxes, (self.tr("Mon"), self.tr("Tue"), self.tr("Wed"),
                                              self.tr("Thu"), self.tr("Fri"), self.tr("Sat"),
                                              self.tr("Sun")), strict=True):
            box.setText(text)
        self.remove_button.setText(self.tr("Remove enrollment"))
        self._insurance_changed()

    def what(self) -> str:
        return self.program.currentText()

    def _running_program(self) -> int:
        """The program running today, else the next to start, else the last one."""
        today, programs = self._today(), list(self._programs.values())
        running = [p for p in programs if p.first_day <= today <= p.last_day]
        coming = sorted((p for p in programs if p.first_day > today), key=lambda p: p.first_day)
        choice = (running or coming or programs[-1:] or [None])[0]
        return self.program.findData(choice.id) if choice else -1

    def _program_chosen(self, *_args) -> None:
        program = self._programs.get(self.program.currentData())
        if program is None or not self._fresh:
            return
        self.from_date.setDate(QDate(min(max(self._today(), program.first_day),
                                         program.last_day)))
        for day, box in enumerate(self.day_boxes):
            box.setChecked(bool(program.weekdays & (1 << day)))

    def _insurance_changed(self, *_args) -> None:
        if self.program.currentData() is None:
            return
        problem = insurance_problem(self.value(), self._today())
        self.insurance_note.setText(
            "" if problem is None else "⚠ " + (self.tr("No accident insurance recorded")
                                               if problem == "missing"
                                               else self.tr("The accident insurance has "
                                                            "expired")))
        self.insurance_note.setVisible(problem is not None)

    def value(self) -> EnrollmentDraft:
        return EnrollmentDraft(
            self.program.currentData(), self.from_date.date().toPython(), self.to_date.date(),
            sum(1 << day for day, box in enumerate(self.day_boxes) if box.isChecked()),
            self.agreement.date(), self.insurance_policy.text(), self.insurance_expires.date(),
            self.insurance_company.text())

    def set_value(self, e: EnrollmentDraft, program_name: str = "") -> None:
        self._fresh = False
        if self.program.findData(e.program_id) < 0:
            self.program.addItem(program_name or str(e.program_id), e.program_id)
        self.program.setCurrentIndex(self.program.findData(e.program_id))
        self.from_date.setDate(QDate(e.from_date))
        self.to_date.set_date(e.to_date)
        self.agreement.set_date(e.agreement_signed_on)
        for day, box in enumerate(self.day_boxes):
            box.setChecked(bool(e.weekdays & (1 << day)))
        self.insurance_company.setText(e.insurance_company)
        self.insurance_policy.setText(e.insurance_policy)
        self.insurance_expires.set_date(e.insurance_expires)
        self._insurance_changed()


class EntryList(QWidget):
    """Entries one under the other in a scroll area, an "Add" button below them."""

    added = Signal(object)  # the new Entry

    def __init__(self, make: Callable[[], Entry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make = make
        self.entries: list[Entry] = []
        self.used: list[Entry] = []  # the entries behind the last values(), in draft order
        self.hint = hint_label()
        self.add_button = QPushButton()
        self._column = QVBoxLayout()
        self._column.addStretch(1)
        inner = QWidget()
        inner.setLayout(self._column)
        self.scroll = QScrollArea()
        # No Tab stop of its own: Alt+G / Alt+K and Tab land in the first field, not in an
        # invisible frame that swallows the typing (the fields scroll into view themselves).
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.add_button, alignment=Qt.AlignmentFlag.AlignLeft)
        self.add_button.clicked.connect(lambda: self.add().first_field().setFocus())
        self.ask_remove: Callable[[Entry], bool] = self._ask_remove  # tests answer directly

    def add(self, value=None, *extra) -> Entry:
        entry = self._make()
        if value is not None:
            entry.set_value(value, *extra)
        # Enter on a focused Remove button saves the form (the dialog's default button), as
        # everywhere else in it: it removed a pickup just typed in, silently (a trial).
        entry.remove_button.setAutoDefault(False)
        entry.remove_button.clicked.connect(lambda: self.remove_asked(entry))
        self.entries.append(entry)
        self._column.insertWidget(len(self.entries) - 1, entry)
        self._chain(entry)
        self._renumber()
        self.added.emit(entry)
        return entry

    def _chain(self, entry: Entry) -> None:
        """Tab goes through the entries in order, then to Add, and a tab shown by its Alt
        letter starts at the first field (the first in this order). Without this, Add (made
        first) came first and an entry added later came after the dialog's own buttons."""
        fields, widget = [], entry.nextInFocusChain()
        while entry.isAncestorOf(widget):
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None:
                fields.append(widget)
            widget = widget.nextInFocusChain()
        if fields:  # Add stays where it was in the window's order, the fields before it
            for before, after in itertools.pairwise([self.add_button, *fields]):
                QWidget.setTabOrder(before, after)
            QWidget.setTabOrder(fields[-1], self.add_button)

    def first_field(self) -> QWidget:
        """Where the tab's keyboard starts: the first entry's first field, else Add."""
        return self.entries[0].first_field() if self.entries else self.add_button

    def remove_asked(self, entry: Entry) -> bool:
        """The Remove button: an entry with something typed in goes only when confirmed."""
        if not entry.is_blank() and not self.ask_remove(entry):
            return False
        index = self.entries.index(entry)
        self.remove(entry)
        rest = self.entries[min(index, len(self.entries) - 1)] if self.entries else None
        (rest.first_field() if rest is not None else self.add_button).setFocus()
        return True

    def _ask_remove(self, entry: Entry) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.window().windowTitle(),
                          self.tr("Remove {entry}? What was typed in it is lost.").format(
                              entry=self.tr("{title} ({name})").format(
                                  title=entry.title(), name=entry.what())
                              if entry.what() else entry.title()),
                          QMessageBox.StandardButton.Cancel, self)
        remove = box.addButton(entry.remove_button.text(),
                               QMessageBox.ButtonRole.DestructiveRole)
        keep = box.button(QMessageBox.StandardButton.Cancel)
        keep.setText(self.tr("&Keep it"))
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is remove

    def remove(self, entry: Entry) -> None:
        self.entries.remove(entry)
        entry.deleteLater()
        self._renumber()

    def _renumber(self) -> None:
        for number, entry in enumerate(self.entries, 1):
            entry.number = number
            entry.retranslate()

    def retranslate(self) -> None:
        self._renumber()

    def values(self) -> tuple:
        self.used = [e for e in self.entries if not e.is_blank()]
        return tuple(e.value() for e in self.used)

    def show_error(self, index: int, key: str, text: str) -> bool:
        entries = self.used or self.entries
        if not 0 <= index < len(entries):
            return False
        entry = entries[index]
        self.scroll.ensureWidgetVisible(entry)
        return entry.show_error(key, text)

    def clear_errors(self) -> None:
        for entry in self.entries:
            entry.clear_errors()
