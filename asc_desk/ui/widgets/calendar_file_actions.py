"""The calendar page's file actions: import and export .ics, enter a year's official holidays.

Only the choice of a path goes through a file dialog (the page's `picker`); reading,
importing, writing and the messages are all here, so tests give the page a fake picker and
run everything else for real. Importing and exporting run off the GUI thread through the
page's task runner, with progress and Cancel.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from asc_desk.domain.changes import Area, Changes
from asc_desk.domain.errors import UserError
from asc_desk.services.calendar.calendar_files import CalendarFiles, IcsImport
from asc_desk.services.calendar.calendar_service import CalendarService
from asc_desk.services.calendar.program_service import ProgramInfo
from asc_desk.services.center_service import CenterInfo
from asc_desk.ui.dialogs.official_days_dialog import (
    OfficialDaysDialog,
    official_years_text,
    replaced_text,
)
from asc_desk.ui.error_text import user_message
from asc_desk.ui.task_runner import Task
from asc_desk.ui.widgets.task_progress import TaskProgressDialog

if TYPE_CHECKING:
    from asc_desk.ui.pages.calendar_page import CalendarPage

ICS_FILTERS = [("iCalendar (*.ics)", ".ics")]
SKIPPED_SHOWN = 5  # skipped items named in the note; the rest are counted
_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def file_name(name: str) -> str:
    """A name fit for a file on Windows and Linux: 2026秋季学期课后班 stays as it is."""
    return (_NOT_IN_FILE_NAMES.sub("_", name).strip(" .") or "calendar") + ".ics"


class IcsImportDialog(QDialog):
    """What the chosen file holds: closure days (for one program or all), or official days."""

    def __init__(self, file: Path, programs: Sequence[ProgramInfo], program_id: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.file = file
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.closures = QRadioButton()
        self.official = QRadioButton()
        self.group = QButtonGroup(self)
        self.group.addButton(self.closures)
        self.group.addButton(self.official)
        self.closures.setChecked(True)
        self.program = QComboBox()
        self.program.addItem("", None)
        for program in programs:
            self.program.addItem(program.name, program.id)
        self.program.setCurrentIndex(max(0, self.program.findData(program_id)))
        self.program_label = QLabel()
        self.program_label.setBuddy(self.program)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.closures)
        scope = QHBoxLayout()
        scope.setContentsMargins(24, 0, 0, 0)
        scope.addWidget(self.program_label)
        scope.addWidget(self.program, 1)
        layout.addLayout(scope)
        layout.addWidget(self.official)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.official.toggled.connect(lambda on: self.program.setEnabled(not on))
        self.retranslate()
        self.closures.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import .ics"))
        self.question.setText(self.tr("What does {file} hold?").format(file=self.file.name))
        self.closures.setText(self.tr("&Closure days: each all-day event closes the center"))
        self.program_label.setText(self.tr("&For"))
        self.program.setItemText(0, self.tr("All programs"))
        self.official.setText(self.tr(
            "&Official public holidays and adjusted working days (调休)"))
        self.ok_button.setText(self.tr("&Import"))

    def is_official(self) -> bool:
        return self.official.isChecked()

    def program_id(self) -> int | None:
        return self.program.currentData()


class CalendarFileActions(QObject):
    """A "File" menu button, a result note and the official-days button for the calendar page."""

    def __init__(self, page: CalendarPage, calendar: CalendarService, center: CenterInfo,
                 files: CalendarFiles | None) -> None:
        super().__init__(page)
        self._page = page
        self._calendar = calendar
        self._center = center
        self._files = files
        self.folder = Path.home()  # where the last file was read or written
        self.dialog: IcsImportDialog | OfficialDaysDialog | None = None
        self.task: Task | None = None  # the import or export, while it runs

        self.menu = QMenu(page)
        self.import_action = self.menu.addAction("", self.import_ics)
        self.export_action = self.menu.addAction("", self.export_ics)
        self.menu.addSeparator()
        self.official_action = self.menu.addAction("", self.enter_official_days)
        self.button = QPushButton()
        self.button.setObjectName("calendarFileButton")
        self.button.setMenu(self.menu)
        self.button.setVisible(files is not None)
        self.official_button = QPushButton()
        self.official_button.setObjectName("enterOfficialDaysButton")
        self.official_button.clicked.connect(self.enter_official_days)
        self.menu.aboutToShow.connect(self._menu_shown)

    @property
    def note(self) -> QLabel:
        """The page's note, where results show."""
        return self._page.notice

    @property
    def error_box(self) -> QMessageBox | None:
        return getattr(self._page, "error_box", None)

    def banner_bar(self, banner: QLabel) -> QWidget:
        """The unknown-year banner and its button, shown and hidden together."""
        bar = QWidget()
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(banner, 1)
        row.addWidget(self.official_button)
        banner.show()
        bar.hide()
        return bar

    def retranslate(self) -> None:
        self.button.setText(self.tr("&File"))
        self.import_action.setText(self.tr("Import .ics…"))
        self.export_action.setText(self.tr("Export .ics…"))
        self.official_button.setText(self.tr("Enter official holidays…"))
        self._menu_shown()

    def _menu_shown(self) -> None:
        self.official_action.setText(self.tr("Official holidays of {year}…").format(
            year=self._page.year))
        self.official_action.setEnabled(self.can_enter_official_days(self._page.year))

    def can_enter_official_days(self, year: int) -> bool:
        """Not for a year the chinesecalendar package covers: entering would replace it."""
        try:
            holidays = self._calendar.holidays(year)
        except UserError:
            return False
        return not holidays.known or holidays.entered

    # -- messages ------------------------------------------------------------------------
    def show_result(self, text: str) -> None:
        self._page.show_note(text)

    def show_error(self, text: str) -> QMessageBox:
        return self._page.show_error(text)

    def _start(self, work, text: str) -> Task:
        task = self.task = self._page.tasks.start(work)
        TaskProgressDialog(task, text, self._page)
        return task

    def _describe(self, result: IcsImport, file: Path, official: bool) -> str:
        lines = [(self.tr("Imported {count} official day(s) from {file}.") if official
                  else self.tr("Closed {count} day(s) from {file}.")).format(
            count=result.days, file=file.name)]
        if result.unchanged:
            lines.append(self.tr("Already so, left as they were: {count} day(s).").format(
                count=result.unchanged))
        lines.extend(replaced_text(result.replaced))
        lines.extend(user_message(n) for n in result.kept)
        if result.skipped:
            shown = "; ".join(user_message(n) for n in result.skipped[:SKIPPED_SHOWN])
            more = len(result.skipped) - SKIPPED_SHOWN
            if more > 0:
                shown += self.tr(" and {count} more").format(count=more)
            lines.append((self.tr("Skipped {count} (not official days): {items}") if official
                          else self.tr("Skipped {count} event(s), which close nothing (timed "
                                       "events, working days): {items}")).format(
                count=len(result.skipped), items=shown))
        lines.extend(official_years_text(result))
        lines.extend(user_message(n) for n in result.notices)
        return "\n".join(lines)

    # -- import --------------------------------------------------------------------------
    def import_ics(self) -> IcsImportDialog | None:
        """Asks for the file, then what it holds; imports when that small dialog is accepted."""
        if self._files is None:
            return None
        path = self._open_path()
        if path is None:
            return None
        self._page.hide_note()
        try:
            data = path.read_bytes()
        except OSError as exc:
            self.show_error(self.tr("Could not read {path}: {reason}").format(
                path=str(path), reason=exc.strerror or str(exc)))
            return None
        self.folder = path.parent
        program = self._page.selected_program()
        dialog = IcsImportDialog(path, self._page._program_list,
                                 program.id if program else None, parent=self._page)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._import(dialog, data))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _open_path(self) -> Path | None:
        return self._page.picker.open_path(self._page, self.tr("Import .ics"), self.folder,
                                           ICS_FILTERS)

    def _import(self, dialog: IcsImportDialog, data: bytes) -> Task:
        """Off the GUI thread, in one transaction: Cancel rolls it all back."""
        assert self._files is not None
        files, center, file = self._files, self._center, dialog.file
        official, program_id = dialog.is_official(), dialog.program_id()

        def work(progress) -> IcsImport:
            if official:
                return files.import_official(data, progress=progress)
            return files.import_closures(center, data, program_id=program_id,
                                         default_reason=file.stem, progress=progress)

        task = self._start(work, self.tr("Importing {file}…").format(file=file.name))
        task.done.connect(lambda result: self._imported(result, file, official))
        task.failed.connect(lambda error: self._import_failed(file, error))
        task.cancelled.connect(lambda: self._page.show_note(
            lambda: self.tr("Import of {file} cancelled: nothing was written.").format(
                file=file.name), warning=True))
        return task

    def _imported(self, result: IcsImport, file: Path, official: bool) -> None:
        self._page.report(result.changes)
        self.show_result(self._describe(result, file, official))

    def _import_failed(self, file: Path, error: BaseException) -> None:
        if not isinstance(error, UserError):
            raise error
        self.show_error(self.tr("Nothing was imported from {file}: {reason}").format(
            file=file.name, reason=user_message(error)))

    # -- export --------------------------------------------------------------------------
    def export_ics(self) -> Task | None:
        """Writes the chosen program's (or every program's) open days and closures, off the
        GUI thread; Cancel stops it before the file is written."""
        if self._files is None:
            return None
        program = self._page.selected_program()
        name = program.name if program else self._center.name
        path = self._page.picker.save_path(self._page, self.tr("Export .ics"),
                                           self.folder / file_name(name), ICS_FILTERS)
        if path is None:
            return None
        self._page.hide_note()
        files, center = self._files, self._center
        program_id = program.id if program else None

        def work(progress) -> Path:
            data = files.export(center, program_id, progress=progress)
            progress.check()  # cancelled while the calendar was made: nothing is written
            path.write_bytes(data)
            return path

        task = self._start(work, self.tr("Saving {file}…").format(file=path.name))
        task.done.connect(lambda _path: self._exported(name, path))
        task.failed.connect(lambda error: self._export_failed(path, error))
        return task

    def _exported(self, name: str, path: Path) -> None:
        self.folder = path.parent
        self.show_result(self.tr("Saved {name} to {path}.").format(name=name, path=str(path)))

    def _export_failed(self, path: Path, error: BaseException) -> None:
        if isinstance(error, OSError):
            self.show_error(self.tr("Could not save {path}: {reason}").format(
                path=str(path), reason=error.strerror or str(error)))
        elif isinstance(error, UserError):
            self.show_error(user_message(error))
        else:
            raise error

    # -- official days -------------------------------------------------------------------
    def enter_official_days(self) -> OfficialDaysDialog | None:
        year = self._page.year
        if not self.can_enter_official_days(year):
            return None
        self._page.hide_note()
        dialog = OfficialDaysDialog(self._calendar, year, files=self._files,
                                    ask_open_path=self._open_path, tasks=self._page.tasks,
                                    parent=self._page)
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._official_done(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _official_done(self, dialog: OfficialDaysDialog) -> None:
        # An import inside the dialog is written even when the dialog is cancelled.
        if dialog.result() == QDialog.DialogCode.Accepted or dialog.imported:
            self._page.report(Changes(Area.CALENDAR))
        if dialog.result() == QDialog.DialogCode.Accepted:
            self.show_result("\n".join([
                self.tr("Entered {count} official day(s) for {year}.").format(
                    count=dialog.written, year=dialog.year),
                *replaced_text(dialog.replaced)]))
        self._page.table.setFocus()

