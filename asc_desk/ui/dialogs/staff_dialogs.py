"""Caregivers: the list, the form (with qualifications and their expiry), leave, and the
center's ratio rules. Every refusal is shown beside its field and writes nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from asc_desk.domain.changes import Changes
from asc_desk.domain.errors import UserError
from asc_desk.domain.ratio_rules import RatioRules
from asc_desk.domain.staff import (
    NAME_MAX,
    TEXT_MAX,
    CaregiverDraft,
    LeaveDraft,
    LeaveKind,
    QualificationDraft,
    Role,
    validate_qualification,
)
from asc_desk.services.shifts.staff_service import CaregiverInfo, StaffService
from asc_desk.ui.dialogs.override_dialog import date_edit, time_edit
from asc_desk.ui.dialogs.shift_dialogs import _FormDialog
from asc_desk.ui.error_text import user_message
from asc_desk.ui.widgets.ratio_rules_box import RatioRulesBox, role_names

__all__ = ["role_names"]  # shown by other dialogs and pages too


def weekday_names(_owner: QWidget | None = None) -> tuple[str, ...]:
    return (QCoreApplication.translate("StaffNames", "Mon"),
            QCoreApplication.translate("StaffNames", "Tue"),
            QCoreApplication.translate("StaffNames", "Wed"),
            QCoreApplication.translate("StaffNames", "Thu"),
            QCoreApplication.translate("StaffNames", "Fri"),
            QCoreApplication.translate("StaffNames", "Sat"),
            QCoreApplication.translate("StaffNames", "Sun"))


def _row(*widgets: QWidget) -> QWidget:
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        layout.addWidget(w)
    layout.addStretch(1)
    return box


class CaregiverDialog(_FormDialog):
    """Adds or edits a caregiver; qualifications are listed with their expiry and a warning
    30 days ahead, and saved with the form."""

    FIELDS = ("name", "role", "phone", "employee_id", "max_hours_per_week",
              "available_weekdays", "available_to", "active", "kind")

    def __init__(self, staff: StaffService, center_id: int, info: CaregiverInfo | None = None,
                 *, today: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._staff, self._center_id, self._info = staff, center_id, info
        self._today = today or dt.date.today()
        draft = info.draft if info else CaregiverDraft("")
        self.name = QLineEdit(draft.name)
        self.name.setMaxLength(NAME_MAX)
        self.role = QComboBox()
        for role in Role:
            self.role.addItem("", role)
        self.role.setCurrentIndex(max(0, self.role.findData(draft.role)))
        self.phone = QLineEdit(draft.phone)
        self.phone.setMaxLength(TEXT_MAX["phone"])
        self.employee_id = QLineEdit(draft.employee_id)
        self.employee_id.setMaxLength(TEXT_MAX["employee_id"])
        self.max_hours = QSpinBox()
        self.max_hours.setRange(0, 200)  # out-of-range values are refused beside the field
        self.max_hours.setValue(draft.max_hours_per_week)
        self.weekday_boxes = [QCheckBox() for _ in range(7)]
        for i, box in enumerate(self.weekday_boxes):
            box.setChecked(bool(draft.available_weekdays & (1 << i)))
        self.hours_known = QCheckBox()
        self.hours_known.setChecked(draft.available_from is not None)
        self.available_from = time_edit(draft.available_from or dt.time(8, 0))
        self.available_to = time_edit(draft.available_to or dt.time(21, 0))
        self.active = QCheckBox()
        self.active.setChecked(draft.active)
        self.quals = QListWidget()
        self.quals.setMaximumHeight(90)
        self._removed: list[int] = []
        for q in (info.qualifications if info else ()):
            self._add_qual_item(q.kind, q.expires_on, q.id)
        self.qual_kind = QLineEdit()
        self.qual_kind.setMaxLength(TEXT_MAX["kind"])
        self.qual_kind.setMinimumWidth(
            self.fontMetrics().horizontalAdvance("e.g. 健康证, 急救证") + 16)
        self.qual_expires = date_edit(self._today + dt.timedelta(days=365))
        self.qual_no_expiry = QCheckBox()
        self.qual_add, self.qual_remove = QPushButton(), QPushButton()

        self.add_row("name", self.name)
        self.add_row("role", self.role)
        self.add_row("phone", self.phone)
        self.add_row("employee_id", self.employee_id)
        self.add_row("max_hours_per_week", self.max_hours)
        self.add_row("available_weekdays", _row(*self.weekday_boxes), self.weekday_boxes[0])
        self.add_row("available_to", _row(self.hours_known, self.available_from, QLabel("–"),
                                          self.available_to), self.hours_known)
        self.add_row("active", self.active)
        quals = QWidget()
        box = QVBoxLayout(quals)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.quals)
        box.addWidget(_row(self.qual_kind, self.qual_expires, self.qual_no_expiry,
                           self.qual_add, self.qual_remove))
        self.add_row("kind", quals, self.qual_kind)
        self.qual_add.clicked.connect(self._add_qualification)
        self.qual_remove.clicked.connect(self._remove_qualification)
        self.qual_no_expiry.toggled.connect(lambda on: self.qual_expires.setEnabled(not on))
        self.hours_known.toggled.connect(self._hours_toggled)
        self._hours_toggled(self.hours_known.isChecked())
        self.name.textEdited.connect(lambda *_a: self.errors["name"].clear_message())
        self.finish_layout()
        self.retranslate()
        self.name.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit caregiver") if self._info else self.tr("Add caregiver"))
        for key, text in (("name", self.tr("&Name")), ("role", self.tr("&Role")),
                          ("phone", self.tr("&Phone")), ("employee_id", self.tr("&Employee id")),
                          ("max_hours_per_week", self.tr("&Max hours a week")),
                          ("available_weekdays", self.tr("&Available on")),
                          ("available_to", self.tr("Usual &hours")),
                          ("active", self.tr("Ac&tive")),
                          ("kind", self.tr("&Qualifications"))):
            self.labels[key].setText(text)
        for i, role in enumerate(Role):
            self.role.setItemText(i, role_names(self)[role])
        for box, text in zip(self.weekday_boxes, weekday_names(self), strict=True):
            box.setText(text)
        self.hours_known.setText(self.tr("only from"))
        self.active.setText(self.tr("Works here now (unticked: kept for the records)"))
        self.qual_kind.setPlaceholderText(self.tr("e.g. health certificate, first aid"))
        self.qual_no_expiry.setText(self.tr("no expiry"))
        self.qual_add.setText(self.tr("A&dd"))
        self.qual_remove.setText(self.tr("Remo&ve"))
        self.qual_expires.setToolTip(self.tr("Expires on"))

    def _hours_toggled(self, on: bool) -> None:
        self.available_from.setEnabled(on)
        self.available_to.setEnabled(on)

    def qualification_text(self, kind: str, expires: dt.date | None) -> str:
        if expires is None:
            return self.tr("{kind}: no expiry").format(kind=kind)
        if expires < self._today:
            return self.tr("⚠ {kind}: expired on {date}").format(kind=kind,
                                                                 date=expires.isoformat())
        if expires <= self._today + dt.timedelta(days=30):
            return self.tr("⚠ {kind}: expires on {date}, within 30 days").format(
                kind=kind, date=expires.isoformat())
        return self.tr("{kind}: valid until {date}").format(kind=kind, date=expires.isoformat())

    def _add_qual_item(self, kind: str, expires: dt.date | None, qual_id: int | None) -> None:
        item = QListWidgetItem(self.qualification_text(kind, expires))
        item.setData(Qt.ItemDataRole.UserRole, (qual_id, kind, expires))
        if item.text().startswith("⚠"):
            item.setForeground(Qt.GlobalColor.darkRed)
        self.quals.addItem(item)

    def _add_qualification(self) -> None:
        self.errors["kind"].clear_message()
        expires = None if self.qual_no_expiry.isChecked() else \
            self.qual_expires.date().toPython()
        try:
            clean = validate_qualification(QualificationDraft(self.qual_kind.text(), expires))
        except UserError as exc:
            self.show_error(exc)
            return
        self._add_qual_item(clean.kind, clean.expires_on, None)
        self.qual_kind.clear()

    def _remove_qualification(self) -> None:
        row = self.quals.currentRow()
        if row < 0:
            return
        qual_id = self.quals.item(row).data(Qt.ItemDataRole.UserRole)[0]
        if qual_id is not None:
            self._removed.append(qual_id)
        self.quals.takeItem(row)

    def draft(self) -> CaregiverDraft:
        known = self.hours_known.isChecked()
        return CaregiverDraft(
            self.name.text(), self.role.currentData(), self.phone.text(),
            self.employee_id.text(), self.max_hours.value(),
            sum(1 << i for i, box in enumerate(self.weekday_boxes) if box.isChecked()),
            self.available_from.time().toPython() if known else None,
            self.available_to.time().toPython() if known else None,
            self.active.isChecked())

    def new_qualifications(self) -> list[QualificationDraft]:
        out = []
        for i in range(self.quals.count()):
            qual_id, kind, expires = self.quals.item(i).data(Qt.ItemDataRole.UserRole)
            if qual_id is None:
                out.append(QualificationDraft(kind, expires))
        return out

    def _save(self) -> Changes:
        draft = self.draft()
        if self._info is None:
            done = self._staff.add_caregiver(self._center_id, draft, self.new_qualifications())
            return done.changes
        done = self._staff.update_caregiver(self._info.id, draft)
        changes = done.changes
        for qual_id in self._removed:
            changes = changes | self._staff.remove_qualification(qual_id).changes
        self._removed = []
        for q in self.new_qualifications():
            changes = changes | self._staff.add_qualification(self._info.id, q).changes
        return changes


class LeaveDialog(_FormDialog):
    FIELDS = ("caregiver", "from", "to", "kind", "note")

    def __init__(self, staff: StaffService, people: Sequence[tuple[int, str]],
                 caregiver_id: int | None, day: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._staff = staff
        self.caregiver = QComboBox()
        for pid, name in people:
            self.caregiver.addItem(name, pid)
        self.caregiver.setCurrentIndex(max(0, self.caregiver.findData(caregiver_id)))
        self.first_day, self.last_day = date_edit(day), date_edit(day)
        self.part_day = QCheckBox()
        self.from_time, self.to_time = time_edit(dt.time(8, 0)), time_edit(dt.time(12, 0))
        self.kind = QComboBox()
        for kind in LeaveKind:
            self.kind.addItem("", kind)
        self.note = QLineEdit()
        self.note.setMaxLength(TEXT_MAX["note"])
        self.add_row("caregiver", self.caregiver)
        self.add_row("from", _row(self.first_day, self.from_time), self.first_day)
        self.add_row("to", _row(self.last_day, self.to_time), self.last_day)
        self.form.addRow("", self.part_day)
        self.add_row("kind", self.kind)
        self.add_row("note", self.note)
        self.part_day.toggled.connect(self._part_toggled)
        self._part_toggled(False)
        self.finish_layout()
        self.retranslate()
        self.first_day.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Leave"))
        for key, text in (("caregiver", self.tr("&Caregiver")), ("from", self.tr("&From")),
                          ("to", self.tr("&To")), ("kind", self.tr("&Kind")),
                          ("note", self.tr("&Note"))):
            self.labels[key].setText(text)
        self.part_day.setText(self.tr("Part of a day: from and to the times given"))
        for i, text in enumerate((self.tr("annual"), self.tr("sick"), self.tr("training"),
                                  self.tr("other"))):
            self.kind.setItemText(i, text)

    def _part_toggled(self, on: bool) -> None:
        self.from_time.setEnabled(on)
        self.to_time.setEnabled(on)

    def draft(self) -> LeaveDraft:
        part = self.part_day.isChecked()
        return LeaveDraft(self.first_day.date().toPython(), self.last_day.date().toPython(),
                          self.kind.currentData(),
                          self.from_time.time().toPython() if part else None,
                          self.to_time.time().toPython() if part else None, self.note.text())

    def _save(self) -> Changes:
        return self._staff.add_leave(self.caregiver.currentData(), self.draft()).changes


class RatioRulesDialog(_FormDialog):
    """The Shifts page's way to the ratio rules: the same form as in Settings, in a dialog."""

    def __init__(self, staff: StaffService, center_id: int, rules: RatioRules,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._staff, self._center_id = staff, center_id
        self.box = RatioRulesBox(rules)
        self.form.addRow(self.box)
        self.finish_layout()
        self.retranslate()
        if self.band_rows:
            self.band_rows[0][2].setFocus()

    # The box's fields, by the names the dialog has always had (tests drive them).
    @property
    def band_rows(self):
        return self.box.band_rows

    @property
    def minimum(self) -> QSpinBox:
        return self.box.minimum

    @property
    def weights(self):
        return self.box.weights

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Ratio rules"))

    def rules(self) -> RatioRules:
        return self.box.rules()

    def clear_errors(self) -> None:
        super().clear_errors()
        self.box.clear_errors()

    def show_error(self, error: UserError) -> None:
        if not self.box.show_error(error):
            super().show_error(error)

    def _save(self) -> Changes:
        return self._staff.set_ratio_rules(self._center_id, self.rules()).changes


class CaregiversDialog(_FormDialog):
    """The caregiver list: add, edit, leave; each warning of a qualification expiring."""

    def __init__(self, staff: StaffService, center_id: int, today: dt.date,
                 open_child: Callable[[QWidget], None], on_changes: Callable[[Changes], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._staff, self._center_id, self._today = staff, center_id, today
        self._open_child, self._on_changes = open_child, on_changes
        self.people: list[CaregiverInfo] = []
        self.list = QListWidget()
        self.list.setMinimumSize(460, 300)
        self.add_button, self.edit_button, self.leave_button = (QPushButton(), QPushButton(),
                                                                QPushButton())
        self.form.addRow(self.list)
        self.form.addRow(_row(self.add_button, self.edit_button, self.leave_button))
        self.buttons.setStandardButtons(self.buttons.StandardButton.Close)
        self.save_button = None  # a list: nothing of its own to save
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.leave_button.clicked.connect(self.leave)
        self.list.itemActivated.connect(lambda _item: self.edit())
        self.finish_layout()
        self.retranslate()
        self.reload()
        self.list.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Caregivers"))
        self.add_button.setText(self.tr("&Add…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.leave_button.setText(self.tr("&Leave…"))

    def reload(self) -> None:
        try:
            self.people = self._staff.list_caregivers(self._center_id, include_inactive=True)
        except UserError as exc:
            self.errors["general"].show_message(user_message(exc))
            return
        row = self.list.currentRow()
        self.list.clear()
        names = role_names(self)
        for person in self.people:
            text = f"{person.name} · {names.get(person.role, person.role)}"
            if person.draft.employee_id:
                text += f" · {person.draft.employee_id}"
            if not person.draft.active:
                text += " · " + self.tr("inactive")
            expiring = person.expiring(self._today)
            if expiring:
                text = "⚠ " + text + " · " + ", ".join(
                    self.tr("{kind} expires {date}").format(kind=q.kind,
                                                           date=q.expires_on.isoformat())
                    for q in expiring)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            if expiring:
                item.setForeground(Qt.GlobalColor.darkRed)
            self.list.addItem(item)
        self.list.setCurrentRow(min(max(row, 0), self.list.count() - 1))

    def current(self) -> CaregiverInfo | None:
        row = self.list.currentRow()
        return self.people[row] if 0 <= row < len(self.people) else None

    def _child_saved(self, dialog) -> None:
        self._on_changes(dialog.result_value)
        self.reload()

    def add(self) -> None:
        dialog = CaregiverDialog(self._staff, self._center_id, today=self._today, parent=self)
        dialog.accepted.connect(lambda: self._child_saved(dialog))
        self._open_child(dialog)

    def edit(self) -> None:
        person = self.current()
        if person is None:
            return
        dialog = CaregiverDialog(self._staff, self._center_id, person, today=self._today,
                                 parent=self)
        dialog.accepted.connect(lambda: self._child_saved(dialog))
        self._open_child(dialog)

    def leave(self) -> None:
        person = self.current()
        dialog = LeaveDialog(self._staff, [(p.id, p.name) for p in self.people],
                             person.id if person else None, self._today, parent=self)
        dialog.accepted.connect(lambda: self._child_saved(dialog))
        self._open_child(dialog)
