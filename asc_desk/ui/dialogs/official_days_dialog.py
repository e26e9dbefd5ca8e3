"""Enters a year's official holidays and adjusted working days by hand, or from an .ics file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from asc_desk.domain.errors import UserError
from asc_desk.domain.official_days import OfficialDay, OfficialDayKind, official_days_between
from asc_desk.services.calendar.calendar_files import CalendarFiles, IcsImport
from asc_desk.services.calendar.calendar_service import CalendarService, check_range
from asc_desk.ui.dialogs.override_dialog import date_edit
from asc_desk.ui.error_text import user_message
from asc_desk.ui.task_runner import Task, TaskRunner
from asc_desk.ui.widgets.center_form import FieldError
from asc_desk.ui.widgets.task_progress import TaskProgressDialog

# The names the State Council's notice uses, in its order.
USUAL_NAMES = ("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节")
WIDTHS = {"from": 120, "to": 120, "name": 150, "kind": 170, "remove": 32}
NOTE_STYLE = "background: #e8f0fb; color: #1d3557; border: 1px solid #9bb5d6; padding: 4px;"


def day_ranges(days) -> list[tuple[dt.date, dt.date, OfficialDay]]:
    """Consecutive days of the same kind and name as (first, last, day): 8 days read as one."""
    ranges: list[tuple[dt.date, dt.date, OfficialDay]] = []
    for day in sorted(days, key=lambda d: d.date):
        if ranges:
            first, last, like = ranges[-1]
            if (day.date - last).days == 1 and (day.kind, day.name_zh) == (like.kind,
                                                                          like.name_zh):
                ranges[-1] = (first, day.date, like)
                continue
        ranges.append((day.date, day.date, day))
    return ranges


class OfficialRow(QWidget):
    """One line of days to enter: from, to, holiday name, holiday or adjusted working day."""

    def __init__(self, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        start = dt.date(year, 1, 1)
        self.first: QDateEdit = date_edit(start)
        self.last: QDateEdit = date_edit(start)
        self.name = QComboBox()
        self.name.setEditable(True)
        self.name.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.name.addItems(USUAL_NAMES)
        self.name.setCurrentIndex(-1)
        self.kind = QComboBox()
        self.kind.addItem("", OfficialDayKind.HOLIDAY)
        self.kind.addItem("", OfficialDayKind.WORKDAY)
        self.remove_button = QPushButton("×")
        self.remove_button.setAutoDefault(False)  # Enter saves the dialog, never removes a line
        self.error = FieldError()
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        for key, widget in (("from", self.first), ("to", self.last), ("name", self.name),
                            ("kind", self.kind), ("remove", self.remove_button)):
            widget.setFixedWidth(WIDTHS[key])
            line.addWidget(widget)
        line.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(line)
        layout.addWidget(self.error)
        self.first.dateChanged.connect(self._first_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.kind.setItemText(0, self.tr("Public holiday"))
        self.kind.setItemText(1, self.tr("Adjusted working day"))
        self.name.lineEdit().setPlaceholderText(self.tr("e.g. Spring Festival"))
        self.remove_button.setToolTip(self.tr("Remove this line"))

    def _first_changed(self) -> None:
        if self.last.date() < self.first.date():
            self.last.setDate(self.first.date())

    def set_values(self, first: dt.date, last: dt.date, name: str,
                   kind: OfficialDayKind = OfficialDayKind.HOLIDAY) -> None:
        self.first.setDate(first)
        self.last.setDate(last)
        self.name.setCurrentText(name)
        self.kind.setCurrentIndex(self.kind.findData(kind))

    def span(self) -> tuple[dt.date, dt.date]:
        return self.first.date().toPython(), self.last.date().toPython()

    def days(self) -> list[OfficialDay]:
        first, last = self.span()
        kind = OfficialDayKind(self.kind.currentData())
        name = self.name.currentText().strip()
        return official_days_between(first, last, kind, name)


class OfficialDaysDialog(QDialog):
    def __init__(self, calendar: CalendarService, year: int, *,
                 files: CalendarFiles | None = None,
                 ask_open_path: Callable[[], Path | None] | None = None,
                 tasks: TaskRunner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._calendar = calendar
        self._files = files
        self._ask_open_path = ask_open_path
        self._tasks = tasks or TaskRunner(self)
        self.task: Task | None = None
        self.year = year
        self.written = 0  # days written by Save
        self.replaced: tuple = ()  # (before, after) of days Save replaced
        self.imported = 0  # days written by an import from this dialog
        self.rows: list[OfficialRow] = []

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.headers = {key: QLabel() for key in ("from", "to", "name", "kind")}
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        for key, label in self.headers.items():
            label.setFixedWidth(WIDTHS[key])
            header.addWidget(label)
        header.addSpacing(WIDTHS["remove"])
        header.addStretch(1)
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(4)
        rows_widget = QWidget()
        rows_layout = QVBoxLayout(rows_widget)
        rows_layout.setContentsMargins(0, 0, 0, 0)
        rows_layout.addLayout(self.rows_box)
        rows_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(rows_widget)
        self.scroll.setMinimumHeight(170)
        header.setContentsMargins(self.scroll.frameWidth(), 0, 0, 0)  # over the lines' fields
        self.add_row_button = QPushButton()
        self.import_button = QPushButton()
        for button in (self.add_row_button, self.import_button):
            button.setAutoDefault(False)  # Enter saves, from wherever it is pressed
        self.import_button.setVisible(files is not None and ask_open_path is not None)
        actions = QHBoxLayout()
        actions.addWidget(self.add_row_button)
        actions.addStretch(1)
        actions.addWidget(self.import_button)
        self.entered_label = QLabel()
        self.entered = QListWidget()
        self.entered.setObjectName("enteredOfficialDays")
        self.entered.setMaximumHeight(140)
        self.entered.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.entered_label.setBuddy(self.entered)
        self.note = QLabel()
        self.note.setObjectName("officialImportNote")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setStyleSheet(NOTE_STYLE)
        self.note.hide()
        self.error = FieldError()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(header)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(actions)
        layout.addWidget(self.entered_label)
        layout.addWidget(self.entered)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(660)

        self.add_row_button.clicked.connect(lambda: self.add_row())
        self.import_button.clicked.connect(self.import_ics)
        self.add_row()
        self.retranslate()
        self.show_entered()
        self.rows[0].name.setFocus()

    # -- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Official holidays of {year}").format(year=self.year))
        self.intro.setText(self.tr(
            "Enter every public holiday and adjusted working day of {year} as the State "
            "Council's notice gives them. Once any day of {year} is entered, the year counts "
            "as known: days not entered are ordinary days.").format(year=self.year))
        for key, text in (("from", self.tr("&From")), ("to", self.tr("&To")),
                          ("name", self.tr("&Holiday")), ("kind", self.tr("&Kind"))):
            self.headers[key].setText(text)
        self.add_row_button.setText(self.tr("&Add a line"))
        self.import_button.setText(self.tr("&Import .ics…"))
        self.entered_label.setText(self.tr("Entered for {year} so far").format(year=self.year))
        for row in self.rows:
            row.retranslate()
        self._buddies()

    def _buddies(self) -> None:
        if self.rows:
            row = self.rows[0]
            for key, widget in (("from", row.first), ("to", row.last), ("name", row.name),
                                ("kind", row.kind)):
                self.headers[key].setBuddy(widget)

    def kind_name(self, kind: OfficialDayKind) -> str:
        return (self.tr("public holiday") if kind is OfficialDayKind.HOLIDAY
                else self.tr("adjusted working day"))

    # -- rows ----------------------------------------------------------------------------
    def add_row(self) -> OfficialRow:
        row = OfficialRow(self.year)
        if self.rows:  # the next line usually starts after the last one
            start = min(self.rows[-1].span()[1] + dt.timedelta(days=1),
                        dt.date(self.year, 12, 31))
            row.set_values(start, start, "")
        self.rows.append(row)
        self.rows_box.addWidget(row)
        row.show()  # at once, not when the event loop next runs: the dialog may be open
        row.remove_button.clicked.connect(lambda: self.remove_row(row))
        # An editable combo box keeps Enter to itself: Enter in the name saves, as elsewhere.
        row.name.lineEdit().returnPressed.connect(self.save)
        row.name.setFocus()
        self._buddies()
        self._update_remove_buttons()
        return row

    def remove_row(self, row: OfficialRow) -> None:
        if len(self.rows) > 1:
            self.rows.remove(row)
            self.rows_box.removeWidget(row)
            row.deleteLater()
            self._buddies()
            self._update_remove_buttons()

    def _update_remove_buttons(self) -> None:
        for row in self.rows:
            row.remove_button.setEnabled(len(self.rows) > 1)

    def show_entered(self) -> None:
        self.entered.clear()
        try:
            holidays = self._calendar.holidays(self.year)
        except UserError as exc:
            self.error.show_message(user_message(exc))
            return
        if not holidays.days:
            self.entered.addItem(self.tr("Nothing yet."))
        for first, last, day in day_ranges(holidays.days):
            span = (first.isoformat() if first == last
                    else self.tr("{first} to {last}").format(first=first.isoformat(),
                                                             last=last.isoformat()))
            self.entered.addItem(self.tr("{span}  {name}, {kind}").format(
                span=span, name=day.name_zh or day.name, kind=self.kind_name(day.kind)))

    # -- saving --------------------------------------------------------------------------
    def clear_errors(self) -> None:
        self.error.clear_message()
        for row in self.rows:
            row.error.clear_message()

    def _check_row(self, row: OfficialRow) -> str | None:
        """What is wrong with one line, in words, or None."""
        first, last = row.span()
        try:
            check_range(first, last)
        except UserError as exc:
            return user_message(exc)
        if first.year != self.year or last.year != self.year:
            return self.tr("Enter only days of {year} here.").format(year=self.year)
        if not row.name.currentText().strip():
            return self.tr("Enter the holiday's name (for an adjusted working day: the holiday "
                           "it makes up for).")
        return None

    def save(self) -> bool:
        """All lines in one call (one transaction); anything wrong is said beside it, unsaved."""
        if self.written:  # saved already (a second Enter of the same key press)
            return True
        self.clear_errors()
        bad = [(row, problem) for row in self.rows if (problem := self._check_row(row))]
        for row, problem in bad:
            row.error.show_message(problem)
        if bad:
            bad[0][0].first.setFocus()
            return False
        try:
            days = [day for row in self.rows for day in row.days()]
            entry = self._calendar.enter_official_days(days)
            self.written, self.replaced = entry.days, entry.replaced
        except UserError as exc:
            self._show_error(exc)
            return False
        self.accept()
        return True

    def _show_error(self, error: UserError) -> None:
        """Beside the line(s) holding the date the error names, else under the lines."""
        text = user_message(error)
        date = str(error.params.get("date", ""))
        rows = [row for row in self.rows
                if date and any(day.date.isoformat() == date for day in row.days())]
        for row in rows:
            row.error.show_message(text)
        if not rows:
            self.error.show_message(text)

    # -- import --------------------------------------------------------------------------
    def import_ics(self) -> bool:
        """Official days from an .ics file, written at once, off the GUI thread with progress
        and Cancel (a cancel rolls the import back); the lines above stay as they are."""
        if self._files is None or self._ask_open_path is None:
            return False
        path = self._ask_open_path()
        if path is None:
            return False
        self.clear_errors()
        self.note.hide()
        try:
            data = path.read_bytes()
        except OSError as exc:
            self.error.show_message(self.tr("Could not read {path}: {reason}").format(
                path=str(path), reason=exc.strerror or str(exc)))
            return False
        files = self._files
        task = self.task = self._tasks.start(
            lambda progress: files.import_official(data, progress=progress))
        TaskProgressDialog(task, self.tr("Importing {file}…").format(file=path.name), self)
        task.done.connect(lambda result: self._imported(result, path))
        task.failed.connect(self._import_failed)
        return True

    def _import_failed(self, error: BaseException) -> None:
        if not isinstance(error, UserError):
            raise error
        self.error.show_message(user_message(error))

    def _imported(self, result: IcsImport, path: Path) -> None:
        self.imported += result.days
        lines = [self.tr("Imported {count} official day(s) from {file}.").format(
            count=result.days, file=path.name)]
        lines.extend(replaced_text(result.replaced))
        if result.skipped:
            lines.append(self.tr("Skipped {count}: {items}").format(
                count=len(result.skipped),
                items="; ".join(user_message(n) for n in result.skipped[:6])
                + ("…" if len(result.skipped) > 6 else "")))
        lines.extend(official_years_text(result))
        self.note.setText("\n".join(lines))
        self.note.show()
        self.show_entered()



def replaced_text(replaced) -> list[str]:
    """One line per official day replaced: what it was, what it is now."""
    def shown(day) -> str:
        kind = (QCoreApplication.translate("OfficialDaysDialog", "public holiday")
                if day.is_holiday else
                QCoreApplication.translate("OfficialDaysDialog", "adjusted working day"))
        return f"{day.name_zh or day.name} ({kind})"

    return [QCoreApplication.translate("OfficialDaysDialog", "Replaced {date}: {before} → {after}")
            .format(date=before.date.isoformat(), before=shown(before), after=shown(after))
            for before, after in replaced]


def official_years_text(result: IcsImport) -> list[str]:
    """Lines on the years of an official import: not covered by the file, already known (each
    day of those named, since nothing of them was written). One translation context, whichever
    widget shows them."""
    lines = []
    if result.partial_years:
        lines.append(QCoreApplication.translate(
            "OfficialDaysDialog", "The file does not cover {years} (no Spring Festival and "
            "National Day): its days were entered one by one and the year stays not published.")
            .format(years=", ".join(map(str, result.partial_years))))
    if result.known_years:
        lines.append(QCoreApplication.translate(
            "OfficialDaysDialog", "Already known, left as they are: {years}; {count} day(s) of "
            "the file skipped: {items}").format(
            years=", ".join(map(str, result.known_years)), count=len(result.already_known),
            items="; ".join(result.already_known)))
    return lines
