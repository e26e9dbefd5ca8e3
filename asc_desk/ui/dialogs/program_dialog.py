"""Adds or edits a program: name, kind, dates, weekdays and hours, checked beside each field."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from asc_desk.domain.changes import NO_CHANGES
from asc_desk.domain.errors import UserError
from asc_desk.domain.program import (
    MONDAY_TO_FRIDAY,
    NAME_MAX,
    ProgramKind,
    ProgramSpec,
    validate_program,
)
from asc_desk.services.calendar.program_service import ProgramInfo, ProgramService
from asc_desk.ui.dialogs.override_dialog import date_edit, field_box, time_edit
from asc_desk.ui.error_text import user_message
from asc_desk.ui.widgets.center_form import FieldError

FIELDS = ("name", "kind", "first_day", "last_day", "weekdays", "opens_at", "closes_at")


class ProgramDialog(QDialog):
    def __init__(self, programs: ProgramService, center_id: int,
                 program: ProgramInfo | None = None, *, first_day: dt.date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._programs = programs
        self._center_id = center_id
        self._editing = program
        self.program: ProgramInfo | None = None  # the saved program, once saved
        self.changes = NO_CHANGES  # what saving it changed
        self._confirmed_spec: ProgramSpec | None = None  # overlap warned and accepted

        start = first_day or dt.date.today()
        spec = program.spec if program else ProgramSpec(
            "", ProgramKind.TERM, start, start + dt.timedelta(days=120), MONDAY_TO_FRIDAY,
            dt.time(16, 30), dt.time(20, 30))
        self.name = QLineEdit(spec.name)
        self.name.setMaxLength(NAME_MAX)
        self.kind = QComboBox()
        self.kind.addItem("", ProgramKind.TERM)
        self.kind.addItem("", ProgramKind.HOLIDAY)
        self.kind.setCurrentIndex(self.kind.findData(spec.kind))
        self.first_day = date_edit(spec.first_day)
        self.last_day = date_edit(spec.last_day)
        self.weekday_boxes = [QCheckBox() for _ in range(7)]
        for day, box in enumerate(self.weekday_boxes):
            box.setChecked(bool(spec.weekdays & (1 << day)))
        self.opens_at = time_edit(spec.opens_at)
        self.closes_at = time_edit(spec.closes_at)
        self.open_on_public_holidays = QCheckBox()
        self.open_on_public_holidays.setChecked(bool(program and program.open_on_public_holidays))
        self.adjusted_workday_counts = QCheckBox()
        self.adjusted_workday_counts.setChecked(program.adjusted_workday_counts
                                                if program else True)
        self.errors = {key: FieldError() for key in (*FIELDS, "general")}
        self.warning = QLabel()
        self.warning.setObjectName("overlapWarning")
        self.warning.setWordWrap(True)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setStyleSheet("background: #fff3cd; color: #6b4e00; "
                                   "border: 1px solid #d9b44a; padding: 4px;")
        self.warning.hide()
        self._labels = {key: QLabel() for key in FIELDS}

        weekdays = QHBoxLayout()
        for box in self.weekday_boxes:
            weekdays.addWidget(box)
        weekdays.addStretch(1)
        weekday_row = QWidget()
        weekday_row.setLayout(weekdays)
        weekdays.setContentsMargins(0, 0, 0, 0)
        widgets = {"name": self.name, "kind": self.kind, "first_day": self.first_day,
                   "last_day": self.last_day, "weekdays": weekday_row,
                   "opens_at": self.opens_at, "closes_at": self.closes_at}
        self._focus = dict(widgets, weekdays=self.weekday_boxes[0])
        form = QFormLayout()
        for key in FIELDS:
            self._labels[key].setBuddy(self._focus[key])
            form.addRow(self._labels[key], field_box(widgets[key], self.errors[key]))
        form.addRow("", self.open_on_public_holidays)
        form.addRow("", self.adjusted_workday_counts)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(self.errors["general"])
        layout.addWidget(self.buttons)
        # Made default once inside the dialog, so Enter saves again after a button had focus.
        self.save_button.setDefault(True)
        self.name.textEdited.connect(lambda *_a: self.errors["name"].clear_message())
        self.retranslate()
        self.name.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit program") if self._editing else self.tr("Add program"))
        self.kind.setItemText(0, self.tr("After-school program (school term)"))
        self.kind.setItemText(1, self.tr("Holiday program (summer or winter)"))
        for key, text in (("name", self.tr("&Name")), ("kind", self.tr("&Kind")),
                          ("first_day", self.tr("&First day")), ("last_day", self.tr("&Last day")),
                          ("weekdays", self.tr("&Weekdays")), ("opens_at", self.tr("&Opens at")),
                          ("closes_at", self.tr("&Closes at"))):
            self._labels[key].setText(text)
        names = (self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"),
                 self.tr("Sat"), self.tr("Sun"))
        for box, text in zip(self.weekday_boxes, names, strict=True):
            box.setText(text)
        self.name.setPlaceholderText(self.tr("e.g. Spring term 2027 after school"))
        self.open_on_public_holidays.setText(self.tr("Open on public holidays"))
        self.adjusted_workday_counts.setText(
            self.tr("Open on adjusted working days (weekend days worked instead of a holiday)"))

    # -- values --------------------------------------------------------------------------
    def weekdays(self) -> int:
        return sum(1 << day for day, box in enumerate(self.weekday_boxes) if box.isChecked())

    def set_weekdays(self, mask: int) -> None:
        for day, box in enumerate(self.weekday_boxes):
            box.setChecked(bool(mask & (1 << day)))

    def spec(self) -> ProgramSpec:
        return ProgramSpec(
            self.name.text(), self.kind.currentData(), self.first_day.date().toPython(),
            self.last_day.date().toPython(), self.weekdays(), self.opens_at.time().toPython(),
            self.closes_at.time().toPython())

    # -- saving --------------------------------------------------------------------------
    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear_message()
        self.warning.hide()

    def show_error(self, error: UserError) -> None:
        label = self.errors.get(error.field or "", self.errors["general"])
        label.show_message(user_message(error))
        widget = self._focus.get(error.field or "")
        if widget is not None:
            widget.setFocus()

    def save(self) -> bool:
        """Refused beside the field; an overlap is warned once and saved on the next Save."""
        self.clear_errors()
        spec = self.spec()
        exclude = self._editing.id if self._editing else None
        options = {"open_on_public_holidays": self.open_on_public_holidays.isChecked(),
                   "adjusted_workday_counts": self.adjusted_workday_counts.isChecked()}
        try:
            clean = validate_program(spec)
            if clean != self._confirmed_spec:
                notices = self._programs.overlap_notices(self._center_id, clean, exclude)
                if notices:
                    self._warn(notices, clean)
                    return False
            if self._editing is None:
                saved = self._programs.add_program(self._center_id, clean, **options)
            else:
                saved = self._programs.update_program(self._editing.id, clean, **options)
            self.program, self.changes = saved.value, saved.changes
        except UserError as exc:
            self.show_error(exc)
            return False
        self.accept()
        return True

    def _warn(self, notices, clean: ProgramSpec) -> None:
        lines = [user_message(n) for n in notices]
        lines.append(self.tr("Press Save again to save it anyway, or change the dates."))
        self.warning.setText("⚠ " + "\n".join(lines))
        self.warning.show()
        self._confirmed_spec = clean
        self.save_button.setText(self.tr("Save &anyway"))
