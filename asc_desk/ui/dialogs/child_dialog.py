"""Adds or edits a child (five tabs, errors beside the field, likely duplicates flagged before
saving), and withdraws one (date and reason)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from asc_desk.domain.errors import UserError
from asc_desk.domain.roster import NAME_MAX, TEXT_MAX, ChildDraft, Gender, validate_child
from asc_desk.services.calendar.program_service import ProgramInfo
from asc_desk.services.font_coverage import missing_characters
from asc_desk.services.roster.roster_service import (
    KEEP,
    ChildChange,
    ChildRecord,
    KnownGuardian,
    RosterRow,
    RosterService,
    SavedChild,
)
from asc_desk.ui.dialogs.override_dialog import date_edit, field_box
from asc_desk.ui.error_text import user_message
from asc_desk.ui.widgets.center_form import FieldError
from asc_desk.ui.widgets.child_form_tabs import (
    ALLERGY_STYLE,
    ENROLLMENT,
    GUARDIANS,
    HEALTH,
    PICKUPS,
    PROFILE,
    EnrollmentEntry,
    EntryList,
    GuardianEntry,
    OptionalDate,
    PickupEntry,
    hint_label,
    line_edit,
)
from asc_desk.ui.widgets.photo_box import PhotoBox

MAX_OPEN_BUTTONS = 3  # more look-alikes than this: the roster's search is the better tool
WARNING_STYLE = ("background: #fff3cd; color: #6b4e00; border: 1px solid #d9b44a; "
                 "padding: 4px;")


class ChildForm(QTabWidget):
    """Every field of a child, on five tabs; draft() reads them, set_draft() fills them."""

    def __init__(self, programs: Sequence[ProgramInfo], today: Callable[[], dt.date],
                 suggestions: dict[str, list[str]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._programs, self._today = list(programs), today
        self.name, self.external_id = line_edit(NAME_MAX), line_edit(TEXT_MAX["external_id"])
        self.gender = QComboBox()
        for gender in (Gender.UNKNOWN, Gender.MALE, Gender.FEMALE):
            self.gender.addItem("", gender)
        self.birth_date = OptionalDate(lambda: dt.date(today().year - 7, 1, 1))
        self.school, self.grade = line_edit(TEXT_MAX["school"]), line_edit(TEXT_MAX["grade"])
        for edit, key in ((self.school, "school"), (self.grade, "grade")):
            words = (suggestions or {}).get(key)
            if words:
                edit.setCompleter(QCompleter(words, edit))
        self.card = QLabel()
        self.card.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.allergies = line_edit(TEXT_MAX["allergies"])
        self.medical_notes = QPlainTextEdit()
        self.health_hint = hint_label()
        self.photo = PhotoBox()
        self.guardians = EntryList(GuardianEntry)
        self.pickups = EntryList(PickupEntry)
        self.enrollments = EntryList(lambda: EnrollmentEntry(self._programs, today))
        self.enrollments.add_button.setEnabled(bool(self._programs))
        self.errors: dict[str, FieldError] = {}
        self._labels: dict[str, QLabel] = {}
        self._focus: dict[str, QWidget] = {}
        profile, health = QWidget(), QWidget()
        for page, rows in ((profile, (("name", self.name), ("external_id", self.external_id),
                                      ("gender", self.gender), ("birth_date", self.birth_date),
                                      ("school", self.school), ("grade", self.grade))),
                           (health, (("allergies", self.allergies),
                                     ("medical_notes", self.medical_notes)))):
            form = QFormLayout()
            for key, widget in rows:
                self.errors[key], self._labels[key] = FieldError(), QLabel()
                self._focus[key] = widget  # the birth date: see OptionalDate.focusInEvent
                self._labels[key].setBuddy(self._focus[key])
                form.addRow(self._labels[key], field_box(widget, self.errors[key]))
            if page is profile:
                self._card_label, self._status_label = QLabel(), QLabel()
                form.addRow(self._card_label, self.card)
                form.addRow(self._status_label, self.status)
                beside = QHBoxLayout(page)
                beside.addLayout(form, 1)
                beside.addSpacing(12)
                beside.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
                self.errors["photo"] = self.photo.error
                self._focus["photo"] = self.photo.choose_button
            else:
                page.setLayout(form)
                form.addRow("", self.health_hint)
        for page in (profile, self.guardians, self.pickups, health, self.enrollments):
            self.addTab(page, "")
        self.allergies.textChanged.connect(self._allergies_changed)
        self.retranslate()

    def retranslate(self) -> None:
        for index, text in enumerate((self.tr("&Profile"), self.tr("&Guardians"),
                                      self.tr("Authorized pic&kups"), self.tr("&Health"),
                                      self.tr("&Enrollment"))):
            self.setTabText(index, text)
        for key, text in (("name", self.tr("&Name")), ("external_id", self.tr("Child &id")),
                          ("gender", self.tr("Gen&der")), ("birth_date", self.tr("&Birth date")),
                          ("school", self.tr("&School")), ("grade", self.tr("G&rade")),
                          ("allergies", self.tr("&Allergies")),
                          ("medical_notes", self.tr("&Medical notes"))):
            self._labels[key].setText(text)
        for index, text in enumerate((self.tr("Not given"), self.tr("Boy"), self.tr("Girl"))):
            self.gender.setItemText(index, text)
        self._card_label.setText(self.tr("Card code"))
        self._status_label.setText(self.tr("Status"))
        self.external_id.setPlaceholderText(self.tr("the center's own number, optional"))
        self.allergies.setPlaceholderText(self.tr("e.g. peanuts, milk"))
        self.health_hint.setText(self.tr("Allergies are shown in red on the roster and at the "
                                         "check-in desk. Medical notes stay in this form."))
        self.guardians.hint.setText(self.tr("Parents and other adults responsible; a guardian "
                                            "may pick the child up unless unticked."))
        self.guardians.add_button.setText(self.tr("Add g&uardian"))
        self.pickups.hint.setText(self.tr("Other people allowed to collect the child, such as "
                                          "grandparents."))
        self.pickups.add_button.setText(self.tr("Add pi&ckup"))
        self.enrollments.hint.setText(
            self.tr("The programs the child attends, with the care agreement and accident "
                    "insurance.") if self._programs else
            self.tr("No program has been set up yet: add one on the Calendar page."))
        self.enrollments.add_button.setText(self.tr("Add enro&llment"))
        for entries in (self.guardians, self.pickups, self.enrollments):
            entries.retranslate()
        self.photo.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _allergies_changed(self, text: str) -> None:
        self.allergies.setStyleSheet(ALLERGY_STYLE if text.strip() else "")

    # -- values --------------------------------------------------------------------------
    def draft(self) -> ChildDraft:
        return ChildDraft(
            self.name.text(), self.external_id.text(), Gender(self.gender.currentData()),
            self.birth_date.date(), self.school.text(), self.grade.text(),
            self.allergies.text(), self.medical_notes.toPlainText(), self.guardians.values(),
            self.pickups.values(), self.enrollments.values())

    def set_draft(self, draft: ChildDraft, program_names: dict[int, str] | None = None) -> None:
        self.name.setText(draft.name)
        self.external_id.setText(draft.external_id)
        self.gender.setCurrentIndex(max(0, self.gender.findData(draft.gender)))
        self.birth_date.set_date(draft.birth_date)
        self.school.setText(draft.school)
        self.grade.setText(draft.grade)
        self.allergies.setText(draft.allergies)
        self.medical_notes.setPlainText(draft.medical_notes)
        for guardian in draft.guardians:
            self.guardians.add(guardian)
        for pickup in draft.pickups:
            self.pickups.add(pickup)
        for enrollment in draft.enrollments:
            self.enrollments.add(enrollment, (program_names or {}).get(enrollment.program_id, ""))

    # -- errors --------------------------------------------------------------------------
    def show_error(self, field: str, text: str) -> bool:
        """Switch to the field's tab and put the message beside it; False: no such field."""
        head, _dot, rest = field.partition(".")
        lists = {"guardians": (GUARDIANS, self.guardians), "pickups": (PICKUPS, self.pickups),
                 "enrollments": (ENROLLMENT, self.enrollments)}
        if head in lists:
            tab, entries = lists[head]
            index, _dot, key = rest.partition(".")
            self.setCurrentIndex(tab)
            if index.isdigit() and entries.show_error(int(index), key or "name", text):
                return True
            if head == "enrollments" and entries.entries:
                return entries.entries[0].show_error("program_id", text)
            return False
        if field not in self.errors:
            return False
        self.setCurrentIndex(HEALTH if field in ("allergies", "medical_notes") else PROFILE)
        self.errors[field].show_message(text)
        self._focus[field].setFocus()
        return True

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear_message()
        for entries in (self.guardians, self.pickups, self.enrollments):
            entries.clear_errors()


def ask_discard(parent: QWidget) -> bool:
    """True: throw away what was typed; False: keep editing (the default, Esc again)."""
    box = QMessageBox(QMessageBox.Icon.Question, parent.windowTitle(),
                      QCoreApplication.translate(
                          "ChildDialog", "Throw away what was typed in this form?"),
                      QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                      parent)
    box.button(QMessageBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("ChildDialog", "&Keep editing"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Discard


def duplicate_key(draft: ChildDraft) -> tuple:
    """What likely_duplicates looks at: a change here asks again."""
    return (" ".join(draft.name.split()), draft.birth_date,
            frozenset(g.phone.strip() for g in draft.guardians if g.phone.strip()))


class ChildDialog(QDialog):
    def __init__(self, roster: RosterService, center_id: int, programs: Sequence[ProgramInfo],
                 record: ChildRecord | None = None, *,
                 today: Callable[[], dt.date] = dt.date.today,
                 suggestions: dict[str, list[str]] | None = None,
                 open_existing: Callable[[int, QWidget], object] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._roster, self._center_id, self._today = roster, center_id, today
        self._record = record
        self._known: dict[GuardianEntry, tuple[KnownGuardian, bool] | None] = {}
        self._open_existing = open_existing  # opens another record over this dialog
        self.saved: SavedChild | None = None
        self._confirmed: tuple | None = None  # duplicates shown and accepted for this key
        self.form = ChildForm(programs, today, suggestions)
        if record is not None:
            self.form.set_draft(record.draft, record.program_names)
            self.form.photo.set_value(record.photo)
        else:
            self.form.guardians.add()
            if programs:
                self.form.enrollments.add()
        self.warning = QLabel()
        self.warning.setObjectName("duplicateWarning")
        self.warning.setWordWrap(True)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.hide()
        # Live: characters of the names no bundled font has (they vanish from printed sheets).
        self.font_warning = QLabel()
        self.font_warning.setObjectName("fontWarning")
        self.font_warning.setWordWrap(True)
        self.font_warning.setTextFormat(Qt.TextFormat.PlainText)
        self.font_warning.setStyleSheet(WARNING_STYLE)
        self.font_warning.hide()
        for edit in self.form.findChildren(QLineEdit):
            edit.textChanged.connect(self.check_characters)
        for entry in self.form.guardians.entries:
            self._watch_guardian(entry)
        self.form.guardians.added.connect(self._watch_guardian)
        self.duplicates: list[RosterRow] = []
        self.open_buttons: list[QPushButton] = []
        self.open_row = QHBoxLayout()
        self.general = FieldError()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.cancel)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.font_warning)
        layout.addWidget(self.warning)
        layout.addLayout(self.open_row)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)
        # Made default once inside the dialog, so Enter saves again after a button had focus.
        self.save_button.setDefault(True)
        self.resize(780, 600)
        self.retranslate()
        self.check_characters()
        self.form.name.setFocus()
        self._opened_with = self.form.draft()  # what Esc compares with before discarding
        self.ask_discard: Callable[[QWidget], bool] = ask_discard  # tests answer directly

    def check_characters(self) -> None:
        """Shows which characters of the child's, guardians' and pickups' names no bundled
        font has, counted right ("this character" / "these 2 characters"), with code points:
        the screen cannot show them either."""
        try:
            draft = self.form.draft()
        except UserError:  # a field that cannot be read yet: judged again at the next key
            return
        names = [draft.name, *(g.name for g in draft.guardians),
                 *(p.name for p in draft.pickups)]
        missing = missing_characters("".join(names))
        if not missing:
            self.font_warning.hide()
            return
        shown = " ".join(f"{ch} (U+{ord(ch):04X})" for ch in missing)
        text = (self.tr("⚠ No font can print this character of the name: {chars}. Add a note "
                        "(e.g. its pinyin) so nobody misreads it.") if len(missing) == 1 else
                self.tr("⚠ No font can print these {count} characters of the names: {chars}. "
                        "Add a note (e.g. their pinyin) so nobody misreads them."))
        self.font_warning.setText(text.format(chars=shown, count=len(missing)))
        self.font_warning.show()

    # -- a guardian already on the roster ----------------------------------------------
    def _watch_guardian(self, entry: GuardianEntry) -> None:
        for edit in (entry.name, entry.phone, entry.employee_id):
            edit.editingFinished.connect(lambda entry=entry: self.check_guardian(entry))

    def check_guardian(self, entry: GuardianEntry) -> KnownGuardian | None:
        """A guardian named here who is already on the roster (a sibling's parent, by the
        rule saving links them): their details go into the fields left empty, and the form
        says whose parent they are. Not for a guardian this child already has."""
        if entry not in self.form.guardians.entries:
            return None
        known = self._roster.known_guardian(self._center_id, entry.value())
        mine = self._record.id if self._record is not None else None
        if known is not None and any(child_id == mine for child_id, _n, _r in known.children):
            known = None
        filled = known is not None and entry.fill_empty(known.guardian)
        self._known[entry] = (known, filled) if known is not None else None
        self._show_known(entry)
        return known

    def _show_known(self, entry: GuardianEntry) -> None:
        known, filled = self._known.get(entry) or (None, False)
        if known is None:
            entry.known.hide()
            return
        children = "、".join(
            self.tr("{child}'s {relation}").format(child=name, relation=relation)
            if relation else name for _id, name, relation in known.children)
        text = (self.tr("{name} is already on the roster ({children}): their details are "
                        "filled in from it.") if filled else
                self.tr("{name} is already on the roster ({children}): what is typed here "
                        "changes it for each of their children."))
        entry.known.setText("ⓘ " + text.format(name=known.guardian.name, children=children))
        entry.known.show()

    def retranslate(self) -> None:
        for entry in self.form.guardians.entries:
            if entry in self._known:
                self._show_known(entry)
        record = self._record
        if record is None:
            self.setWindowTitle(self.tr("Add child"))
            self.form.card.setText(self.tr("given when saved"))
            self.form.status.setText(self.tr("On the roster"))
            return
        self.setWindowTitle(self.tr("Child: {name}").format(name=record.draft.name))
        self.form.card.setText(record.card_code)
        self.form.status.setText(
            self.tr("Withdrawn on {date}: {reason}").format(
                date=record.withdrawn_on.isoformat() if record.withdrawn_on else "",
                reason=record.withdrawal_reason)
            if record.status == "withdrawn" else self.tr("On the roster"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- closing -------------------------------------------------------------------------
    def has_edits(self) -> bool:
        return self.form.draft() != self._opened_with or self.form.photo.changed

    def cancel(self) -> bool:
        """Esc or Cancel: what was typed is not thrown away unasked. True: closed."""
        if self.has_edits() and not self.ask_discard(self):
            return False
        self.reject()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self.cancel()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        # The title bar's close button asks too; a close from code (a test's end) has decided.
        if event.spontaneous() and self.has_edits() and not self.ask_discard(self):
            event.ignore()
            return
        super().closeEvent(event)

    # -- saving --------------------------------------------------------------------------
    def clear_errors(self) -> None:
        self.form.clear_errors()
        self.general.clear_message()

    def show_error(self, error: UserError) -> None:
        text = user_message(error)
        if not self.form.show_error(error.field or "", text):
            self.general.show_message(text)

    def save(self) -> bool:
        """One service call; refused beside the field, or held once to show likely duplicates."""
        self.clear_errors()
        if self.form.birth_date.untouched():
            # The date a tick shows is made up (1 January, 7 years ago): saved, it put a
            # wrong age band into the ratio rules (a trial). The user types the real one.
            self.form.show_error("birth_date", self.tr(
                "Type the birth date: {date} is only where the date starts. Untick the box "
                "if the birth date is not known.").format(
                    date=self.form.birth_date.edit.date().toString("yyyy-MM-dd")))
            return False
        draft = self.form.draft()
        child_id = self._record.id if self._record else None
        try:
            clean = validate_child(draft, self._today())
            key = duplicate_key(clean)
            asks = self._record is None or key != duplicate_key(self._record.draft)
            if asks and key != self._confirmed:
                duplicates = self._roster.likely_duplicates(self._center_id, clean, child_id)
                if duplicates:
                    self._warn(duplicates, key)
                    return False
            photo = self.form.photo.value() if self.form.photo.changed else KEEP
            self.saved = self._roster.save_child(self._center_id, draft, child_id, photo=photo)
        except UserError as exc:
            self.show_error(exc)
            return False
        self.accept()
        return True

    def describe(self, row: RosterRow) -> str:
        text = self.tr("Possible duplicate: {name}, {birth}, guardian {guardian} {phone}").format(
            name=row.name, birth=row.birth_date.isoformat() if row.birth_date else "—",
            guardian=row.guardians[0] if row.guardians else "—",
            phone=row.phones[0] if row.phones else "")
        if row.status == "withdrawn":
            text += self.tr(" (withdrawn)")
        return text

    def _warn(self, duplicates: Sequence[RosterRow], key: tuple) -> None:
        lines = [self.describe(row) for row in duplicates]
        lines.append(self.tr("If this is another child, press Save again to save anyway; "
                             "otherwise open the existing record and cancel this one."))
        self.warning.setText("⚠ " + "\n".join(lines))
        self.warning.show()
        self._confirmed = key
        self.save_button.setText(self.tr("Save any&way"))  # &a: Allergies
        self._offer_open(duplicates[:MAX_OPEN_BUTTONS])

    def _offer_open(self, duplicates: Sequence[RosterRow]) -> None:
        """One button per existing record: it opens over this form, which keeps what was
        typed (nothing is lost while the two are compared)."""
        while self.open_row.count():
            widget = self.open_row.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.duplicates, self.open_buttons = list(duplicates), []
        if self._open_existing is None:
            return
        for number, row in enumerate(duplicates):
            button = QPushButton(self.tr("&Open {name} ({card})").format(
                name=row.name, card=row.card_code) if number == 0 else
                self.tr("Open {name} ({card})").format(name=row.name, card=row.card_code))
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, child_id=row.id:
                                   self._open_existing(child_id, self))
            self.open_row.addWidget(button)
            self.open_buttons.append(button)
        self.open_row.addStretch(1)


class WithdrawDialog(QDialog):
    """The child leaves the center: on which day and why."""

    def __init__(self, roster: RosterService, row: RosterRow, *,
                 today: Callable[[], dt.date] = dt.date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._roster, self._row = roster, row
        self.record: ChildRecord | None = None
        self.change: ChildChange | None = None  # the withdrawal, with the record before it
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.on = date_edit(today())
        self.reason = line_edit(TEXT_MAX["withdrawal_reason"])
        self.errors = {"on": FieldError(), "withdrawal_reason": FieldError(),
                       "general": FieldError()}
        self._labels = (QLabel(), QLabel())
        self._labels[0].setBuddy(self.on)
        self._labels[1].setBuddy(self.reason)
        form = QFormLayout()
        form.addRow(self._labels[0], field_box(self.on, self.errors["on"]))
        form.addRow(self._labels[1], field_box(self.reason, self.errors["withdrawal_reason"]))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addLayout(form)
        layout.addWidget(self.errors["general"])
        layout.addWidget(self.buttons)
        self.ok_button.setDefault(True)
        self.setMinimumWidth(420)
        self.retranslate()
        self.reason.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Withdraw"))
        self.question.setText(self.tr("{name} leaves the center. The record is kept and can be "
                                      "re-enrolled later.").format(name=self._row.name))
        self._labels[0].setText(self.tr("&Last day"))
        self._labels[1].setText(self.tr("&Reason"))
        self.reason.setPlaceholderText(self.tr("e.g. moved back home with the parents"))
        self.ok_button.setText(self.tr("&Withdraw"))

    def save(self) -> bool:
        for label in self.errors.values():
            label.clear_message()
        try:
            self.change = self._roster.withdraw(self._row.id, self.on.date().toPython(),
                                                 self.reason.text())
            self.record = self.change.record
        except UserError as exc:
            self.errors.get(exc.field or "", self.errors["general"]).show_message(
                user_message(exc))
            # A window does not grow for wrapped text by itself: make room for the message.
            self.resize(self.width(), max(self.height(),
                                          self.layout().totalHeightForWidth(self.width())))
            return False
        self.accept()
        return True
