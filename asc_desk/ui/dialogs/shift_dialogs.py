"""The week grid's dialogs: a shift (times, program, note, from a template), move to…, repeat
until…, apply a template. Each saves through a callable that raises UserError; the error is
shown beside its field and the dialog stays open with nothing written."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from asc_desk.domain.errors import UserError
from asc_desk.domain.staff import TEXT_MAX, ShiftDraft
from asc_desk.services.shifts.planning import CaregiverRow
from asc_desk.services.shifts.shift_service import TemplateInfo
from asc_desk.ui.dialogs.override_dialog import date_edit, field_box, time_edit
from asc_desk.ui.error_text import user_message
from asc_desk.ui.widgets.center_form import FieldError


class _FormDialog(QDialog):
    """A form whose Save calls `self._save()`; a UserError goes beside its field."""

    FIELDS: tuple[str, ...] = ()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = {key: FieldError() for key in (*self.FIELDS, "general")}
        self._focus: dict[str, QWidget] = {}
        self.form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.result_value: Any = None

    def add_row(self, key: str, widget: QWidget, focus: QWidget | None = None) -> None:
        label = self.labels[key] = QLabel()
        label.setBuddy(focus or widget)
        self._focus[key] = focus or widget
        self.form.addRow(label, field_box(widget, self.errors[key]) if key in self.errors
                         else widget)

    def finish_layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.errors["general"])
        layout.addWidget(self.buttons)
        if self.save_button is not None:
            self.save_button.setDefault(True)

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear_message()

    def show_error(self, error: UserError) -> None:
        key = error.field or ""
        if key not in self.errors:
            key = next((k for k in self.errors if key.startswith(k + ".")), "general")
        self.errors[key].show_message(user_message(error))
        widget = self._focus.get(key)
        if widget is not None:
            widget.setFocus()

    def save(self) -> bool:
        self.clear_errors()
        try:
            self.result_value = self._save()
        except UserError as exc:
            self.show_error(exc)
            return False
        self.accept()
        return True

    def _save(self) -> Any:
        raise NotImplementedError


def program_box(programs: Sequence[tuple[int, str]], current: int | None) -> QComboBox:
    box = QComboBox()
    box.addItem("", None)
    for pid, name in programs:
        box.addItem(name, pid)
    box.setCurrentIndex(max(0, box.findData(current)))
    return box


def caregiver_box(people: Sequence[CaregiverRow], current: int | None) -> QComboBox:
    box = QComboBox()
    for person in people:
        box.addItem(person.name, person.id)
    box.setCurrentIndex(max(0, box.findData(current)))
    return box


class ShiftDialog(_FormDialog):
    """Adds or edits one shift. `save(draft)` does it (the page's add or update)."""

    FIELDS = ("caregiver", "day", "template", "starts_at", "ends_at", "program", "note")

    def __init__(self, save: Callable[[ShiftDraft], Any], people: Sequence[CaregiverRow],
                 programs: Sequence[tuple[int, str]], templates: Sequence[TemplateInfo],
                 draft: ShiftDraft, *, editing: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._do_save, self._editing = save, editing
        self._templates = list(templates)
        self.caregiver = caregiver_box(people, draft.caregiver_id)
        self.day = date_edit(draft.day)
        self.template = QComboBox()
        self.template.addItem("", None)
        for t in self._templates:
            self.template.addItem(f"{t.name} ({t.starts_at:%H:%M}–{t.ends_at:%H:%M})", t.id)
        self.starts_at = time_edit(draft.starts_at)
        self.ends_at = time_edit(draft.ends_at)
        self.program = program_box(programs, draft.program_id)
        self.note = QLineEdit(draft.note)
        self.note.setMaxLength(TEXT_MAX["note"])
        for key, widget in (("caregiver", self.caregiver), ("day", self.day),
                            ("template", self.template), ("starts_at", self.starts_at),
                            ("ends_at", self.ends_at), ("program", self.program),
                            ("note", self.note)):
            self.add_row(key, widget)
        self.template.currentIndexChanged.connect(self._template_chosen)
        self.ends_at.timeChanged.connect(lambda *_a: self.errors["ends_at"].clear_message())
        self.finish_layout()
        self.retranslate()
        self.starts_at.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit shift") if self._editing else self.tr("Add shift"))
        for key, text in (("caregiver", self.tr("&Caregiver")), ("day", self.tr("&Date")),
                          ("template", self.tr("&Template")), ("starts_at", self.tr("&Start")),
                          ("ends_at", self.tr("&End")), ("program", self.tr("&Program")),
                          ("note", self.tr("&Note"))):
            self.labels[key].setText(text)
        self.template.setItemText(0, self.tr("(none: type the times)"))
        self.program.setItemText(0, self.tr("(no program)"))

    def _template_chosen(self, index: int) -> None:
        template_id = self.template.itemData(index)
        template = next((t for t in self._templates if t.id == template_id), None)
        if template is not None:
            self.starts_at.setTime(QTime(template.starts_at.hour, template.starts_at.minute))
            self.ends_at.setTime(QTime(template.ends_at.hour, template.ends_at.minute))

    def draft(self) -> ShiftDraft:
        return ShiftDraft(self.caregiver.currentData(), self.day.date().toPython(),
                          self.starts_at.time().toPython(), self.ends_at.time().toPython(),
                          self.program.currentData(), self.note.text())

    def _save(self) -> Any:
        return self._do_save(self.draft())


class MoveDialog(_FormDialog):
    """Moves the chosen shifts to another day and/or caregiver (the keyboard's drag)."""

    FIELDS = ("caregiver", "day")

    def __init__(self, save: Callable[[int, dt.date], Any], people: Sequence[CaregiverRow],
                 caregiver_id: int, day: dt.date, what: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._do_save = save
        self.what = QLabel(what)
        self.what.setWordWrap(True)
        self.form.addRow(self.what)
        self.caregiver = caregiver_box(people, caregiver_id)
        self.day = date_edit(day)
        self.add_row("caregiver", self.caregiver)
        self.add_row("day", self.day)
        self.finish_layout()
        self.retranslate()
        self.day.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Move shift"))
        self.labels["caregiver"].setText(self.tr("To &caregiver"))
        self.labels["day"].setText(self.tr("To &date"))
        self.save_button.setText(self.tr("&Move"))

    def _save(self) -> Any:
        return self._do_save(self.caregiver.currentData(), self.day.date().toPython())


class RepeatDialog(_FormDialog):
    FIELDS = ("until", "every")

    def __init__(self, save: Callable[[dt.date, int], Any], day: dt.date, what: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._do_save = save
        self.what = QLabel(what)
        self.what.setWordWrap(True)
        self.form.addRow(self.what)
        self.until = date_edit(day + dt.timedelta(days=28))
        self.every = QSpinBox()
        self.every.setRange(1, 31)
        self.every.setValue(7)
        self.add_row("until", self.until)
        self.add_row("every", self.every)
        self.finish_layout()
        self.retranslate()
        self.until.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Repeat shift"))
        self.labels["until"].setText(self.tr("Repeat &until"))
        self.labels["every"].setText(self.tr("&Every"))
        self.every.setSuffix(self.tr(" days"))
        self.save_button.setText(self.tr("&Repeat"))

    def _save(self) -> Any:
        return self._do_save(self.until.date().toPython(), self.every.value())


class TemplateDialog(_FormDialog):
    """Applies a template to one caregiver on chosen days of the week; or makes a new one."""

    FIELDS = ("template", "caregiver", "days", "program", "name", "ends_at")

    def __init__(self, apply: Callable[[int, int, list[dt.date], int | None], Any],
                 add_template: Callable[[str, dt.time, dt.time], TemplateInfo],
                 templates: Sequence[TemplateInfo], people: Sequence[CaregiverRow],
                 programs: Sequence[tuple[int, str]], monday: dt.date, caregiver_id: int,
                 days: Sequence[dt.date], weekday_names: Sequence[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._apply, self._add_template = apply, add_template
        self._monday = monday
        self.template = QComboBox()
        for t in templates:
            self.template.addItem(f"{t.name} ({t.starts_at:%H:%M}–{t.ends_at:%H:%M})", t.id)
        self.caregiver = caregiver_box(people, caregiver_id)
        self.day_boxes = []
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for i, name in enumerate(weekday_names):
            day = monday + dt.timedelta(days=i)
            # The month too: "周一 30" read as a count, not as the 30th.
            box = QCheckBox(f"{name} {day.month}/{day.day}")
            box.setChecked(day in days)
            self.day_boxes.append(box)
            row.addWidget(box)
        day_row = QWidget()
        day_row.setLayout(row)
        # Alt+D focuses Monday's box and ticks nothing: a label whose buddy is a button
        # clicks it, so the buddy is the row, which hands its focus to Monday. Click focus
        # only: not a Tab stop of its own.
        day_row.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        day_row.setFocusProxy(self.day_boxes[0])
        self.program = program_box(programs, None)
        self.add_row("template", self.template)
        self.add_row("caregiver", self.caregiver)
        self.add_row("days", day_row)
        self.add_row("program", self.program)
        # A new template, typed here: saved first, then applied.
        self.new_name = QLineEdit()
        self.new_name.setMaxLength(TEXT_MAX["template"])
        self.new_start, self.new_end = time_edit(dt.time(16, 0)), time_edit(dt.time(21, 0))
        times = QHBoxLayout()
        times.setContentsMargins(0, 0, 0, 0)
        times.addWidget(self.new_start)
        times.addWidget(QLabel("–"))
        times.addWidget(self.new_end)
        times.addStretch(1)
        times_row = QWidget()
        times_row.setLayout(times)
        self.add_row("name", self.new_name)
        self.add_row("ends_at", times_row, self.new_start)
        self.finish_layout()
        self.retranslate()
        self.template.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Apply a shift template"))
        for key, text in (("template", self.tr("&Template")), ("caregiver", self.tr("&Caregiver")),
                          ("days", self.tr("&Days")), ("program", self.tr("&Program")),
                          ("name", self.tr("Or a &new template")),
                          ("ends_at", self.tr("New template's &hours"))):
            self.labels[key].setText(text)
        self.program.setItemText(0, self.tr("(no program)"))
        self.new_name.setPlaceholderText(self.tr("e.g. Evening (leave empty to use the one above)"))
        self.save_button.setText(self.tr("&Apply"))

    def days(self) -> list[dt.date]:
        return [self._monday + dt.timedelta(days=i) for i, box in enumerate(self.day_boxes)
                if box.isChecked()]

    def _save(self) -> Any:
        template_id = self.template.currentData()
        if self.new_name.text().strip():
            made = self._add_template(self.new_name.text(), self.new_start.time().toPython(),
                                      self.new_end.time().toPython())
            template_id = made.id
            self.template.addItem(made.name, made.id)
            self.template.setCurrentIndex(self.template.count() - 1)
            self.new_name.clear()
        if template_id is None:
            raise UserError(self.tr("Choose a template, or type a new one."), field="template")
        days = self.days()
        if not days:
            raise UserError(self.tr("Tick at least one day."), field="days")
        return self._apply(template_id, self.caregiver.currentData(), days,
                           self.program.currentData())
