"""Check-out: who is collecting (only the child's authorized people), siblings leaving too."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asc_desk.domain.attendance_rules import authorized_people, may_collect, same_name
from asc_desk.domain.errors import UserError
from asc_desk.services.attendance.attendance_service import (
    REASON_MAX,
    AttendanceService,
    ChildDay,
    DeskResults,
)
from asc_desk.services.attendance.pickup_details import PickupDetails
from asc_desk.ui.error_text import user_message
from asc_desk.ui.styles import ERROR_TEXT
from asc_desk.ui.widgets.center_form import FieldError
from asc_desk.ui.widgets.child_photo import PHOTO_SIZE, child_photo_label

NAME_MAX = 100


class CheckoutDialog(QDialog):
    def __init__(self, attendance: AttendanceService, center_id: int, item: ChildDay,
                 siblings: Sequence[ChildDay] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._attendance, self._center_id, self._item = attendance, center_id, item
        self._siblings = list(siblings)
        self.result_value: DeskResults | None = None  # the child and siblings checked out
        # (child ids, pickup, override reason): what was recorded, for a redo.
        self.request: tuple[list[int], str, str | None] | None = None
        self.setWindowTitle(self.tr("Check out {name}").format(name=item.child.name))

        self.question = QLabel(self.tr("Who is collecting {name}?").format(name=item.child.name))
        big = QFont(self.question.font())
        big.setPointSizeF(big.pointSizeF() * 1.4)
        big.setBold(True)
        self.question.setFont(big)
        details = self._details(item.child.id)
        self.people = QListWidget()
        self.people.setObjectName("pickupList")
        self.people.setFont(big)
        known = {p.name: p for p in details.people} if details else {}
        for name in authorized_people(item.child.may_collect):
            # The relation and ID note under the name: the caregiver checks the face.
            person = known.get(name)
            extra = (" · ".join(t for t in (person.relation, self.id_note(person.note)) if t)
                     if person else "")
            entry = QListWidgetItem(name + ("  ·  " + extra if extra else ""))
            entry.setData(Qt.ItemDataRole.UserRole, name)
            self.people.addItem(entry)
        if self.people.count():
            self.people.setCurrentRow(0)
        # A fixed height (up to 5 people, then it scrolls): an error shown below must not
        # squeeze the list to a row and a half.
        rows = min(self.people.count(), 5)
        inner = (sum(self.people.sizeHintForRow(i) for i in range(rows)) if rows
                 else self.people.fontMetrics().height())
        self.people.setFixedHeight(inner + 2 * self.people.frameWidth() + 4)
        self.photo = child_photo_label(details.photo if details else None, PHOTO_SIZE)
        self.nobody = QLabel(self.tr("No one is authorized to collect this child: use "
                                     "“someone else” with a reason."))
        self.nobody.setWordWrap(True)
        self.nobody.setVisible(self.people.count() == 0)

        self.someone_else = QCheckBox(self.tr("&Someone else… (a coordinator's decision)"))
        self.other_name = QLineEdit()
        self.other_name.setMaxLength(NAME_MAX)
        self.other_name.setPlaceholderText(self.tr("Name of the person collecting"))
        self.other_reason = QLineEdit()
        self.other_reason.setMaxLength(REASON_MAX)
        self.other_reason.setPlaceholderText(self.tr("Why they may take the child (recorded)"))
        other = QFormLayout()
        other.addRow(self.tr("&Name"), self.other_name)
        other.addRow(self.tr("&Reason"), self.other_reason)

        self.sibling_boxes: dict[int, QCheckBox] = {}
        sibling_layout = QVBoxLayout()
        if self._siblings:
            sibling_layout.addWidget(QLabel(self.tr("Siblings here — collected too:")))
        for sibling in self._siblings:
            box = QCheckBox(sibling.child.name)
            # Unticked: a child wrongly marked collected would be missed by a roll call.
            self.sibling_boxes[sibling.child.id] = box
            sibling_layout.addWidget(box)

        self.error = FieldError()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Check &out"))
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        words = QVBoxLayout()
        words.addWidget(self.question)
        if item.child.allergies:
            allergy = QLabel(self.tr("Allergy: {allergy}").format(allergy=item.child.allergies))
            allergy.setStyleSheet(ERROR_TEXT)
            words.addWidget(allergy)
        words.addStretch(1)
        top.addLayout(words, 1)
        top.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        layout.addWidget(self.people)
        layout.addWidget(self.nobody)
        layout.addWidget(self.someone_else)
        layout.addLayout(other)
        layout.addLayout(sibling_layout)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

        self.someone_else.toggled.connect(self._mode_changed)
        # Enter on the list reaches the dialog's default button: one action, not two.
        self.people.itemDoubleClicked.connect(lambda _item: self.save())
        self._scanned = False
        self.people.installEventFilter(self)
        self._mode_changed(False)
        self.people.setFocus()

    def id_note(self, note: str) -> str:
        """The form asks for "the last 4 digits of the ID card": digits alone are said to be
        that, so a caregiver knows what to ask for; any other note is shown as typed."""
        note = note.strip()
        if note.isdigit() and len(note) == 4:
            return self.tr("ID card last 4 digits {digits}").format(digits=note)
        if note.isdigit():
            return self.tr("ID number {digits}").format(digits=note)
        return note

    def _details(self, child_id: int) -> PickupDetails | None:
        try:
            return self._attendance.pickup_details(child_id)
        except UserError:  # gone from the roster meanwhile: the check-out itself says so
            return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A card scanned while this is open types into the list and ends with Enter: that
        Enter must not hand this child to whoever is selected."""
        if watched is self.people and event.type() == QEvent.Type.KeyPress and isinstance(
                event, QKeyEvent):
            if event.text().isprintable() and event.text().strip():
                self._scanned = True
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._scanned:
                self._scanned = False
                self.error.show_message(self.tr("A card was scanned: finish this check-out "
                                                "first, then scan the next card."))
                return True
        return super().eventFilter(watched, event)

    def _mode_changed(self, other: bool) -> None:
        self.people.setEnabled(not other)
        self.other_name.setEnabled(other)
        self.other_reason.setEnabled(other)
        self.error.clear_message()
        (self.other_name if other else self.people).setFocus()

    def choose(self, name: str) -> None:
        for row in range(self.people.count()):
            if self.people.item(row).data(Qt.ItemDataRole.UserRole) == name:
                self.people.setCurrentRow(row)
                return

    def choose_someone_else(self, name: str, reason: str = "") -> None:
        self.someone_else.setChecked(True)
        self.other_name.setText(name)
        self.other_reason.setText(reason)

    def chosen_siblings(self) -> list[ChildDay]:
        return [s for s in self._siblings if self.sibling_boxes[s.child.id].isChecked()]

    def save(self) -> bool:
        self.error.clear_message()
        override = None
        if self.someone_else.isChecked():
            pickup = same_name(self.other_name.text())
            override = same_name(self.other_reason.text()) or None
            if not pickup:
                self.error.show_message(self.tr("Type the name of the person collecting."))
                self.other_name.setFocus()
                return False
        else:
            current = self.people.currentItem()
            if current is None:
                self.error.show_message(self.tr("Choose who is collecting, or someone else."))
                return False
            pickup = current.data(Qt.ItemDataRole.UserRole)
        siblings = self.chosen_siblings()
        for sibling in siblings:
            # Checked before anything is written, so a refusal leaves no half-done pickup.
            if override is None and not may_collect(pickup, sibling.child.may_collect):
                self.error.show_message(self.tr(
                    "{pickup} may not collect {name}: untick {name}, or choose someone else "
                    "with a reason.").format(pickup=pickup, name=sibling.child.name))
                return False
        ids = [self._item.child.id] + [s.child.id for s in siblings]
        try:
            # One transaction: the child and the siblings ticked leave together, or none.
            self.result_value = self._attendance.check_out_many(
                self._center_id, ids, pickup, override_reason=override)
        except UserError as exc:
            self.error.show_message(user_message(exc))
            if self.someone_else.isChecked():
                self.other_reason.setFocus()
            return False
        self.request = (ids, pickup, override)
        self.accept()
        return True
