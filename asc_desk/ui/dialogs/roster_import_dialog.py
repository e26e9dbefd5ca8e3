"""The roster import's preview (what would be added, updated, left alone and rejected, and
why), and the children page's file actions: import, export and template.

The preview writes nothing: the plan is applied once the dialog is accepted. Reading, checking
and writing a file run off the GUI thread with a progress box; Cancel writes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from asc_desk.domain.errors import UserError
from asc_desk.services.roster.roster_export import RosterExport, format_of
from asc_desk.services.roster.roster_files import RowError
from asc_desk.services.roster.roster_import import ImportPlan, ImportResult, RosterImport
from asc_desk.ui.error_text import user_message
from asc_desk.ui.task_runner import Task, TaskRunner
from asc_desk.ui.widgets.task_progress import TaskProgressDialog

if TYPE_CHECKING:
    from asc_desk.ui.pages.children_page import ChildrenPage

ROW, COLUMN, REASON = range(3)
REJECTED_STYLE = "color: #b00020; font-weight: bold;"
HINT_STYLE = "color: #555555;"
NOTE_STYLE = "color: #8a4b00;"
NOTES_SHOWN = 20  # a file of renames would fill the screen: the rest are counted


class RowErrorsModel(QAbstractTableModel):
    """Row number, column and reason of each rejected cell (a bad file may have thousands)."""

    def __init__(self, errors: tuple[RowError, ...], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._errors = errors
        self._reasons: dict[int, str] = {}  # translated on first show, kept

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's API)
        return 0 if parent.isValid() else len(self._errors)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def reason(self, row: int) -> str:
        if row not in self._reasons:
            self._reasons[row] = user_message(self._errors[row].error)
        return self._reasons[row]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        error = self._errors[index.row()]
        return (str(error.row), error.column, self.reason(index.row()))[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (self.tr("Row"), self.tr("Column"), self.tr("Problem"))[section]
        return None


class RosterImportDialog(QDialog):
    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold;")
        self.count_labels = {key: (QLabel(), QLabel()) for key in
                             ("add", "update", "unchanged", "rejected")}
        counts = QGridLayout()
        counts.setHorizontalSpacing(24)
        for column, (key, (title, value)) in enumerate(self.count_labels.items()):
            value.setText(str(plan.rejected if key == "rejected" else plan.count(key)))
            value.setStyleSheet("font-size: 18px; font-weight: bold;")
            counts.addWidget(value, 0, column)
            counts.addWidget(title, 1, column)
        if plan.rejected:
            self.count_labels["rejected"][0].setStyleSheet(REJECTED_STYLE)
            self.count_labels["rejected"][1].setStyleSheet("font-size: 18px; " + REJECTED_STYLE)
        self.errors_title = QLabel()
        self.errors_model = RowErrorsModel(plan.errors, self)
        self.errors_table = QTableView()
        self.errors_table.setModel(self.errors_model)
        self.errors_table.verticalHeader().hide()
        self.errors_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.errors_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.errors_table.setWordWrap(False)
        header = self.errors_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.errors_table.setColumnWidth(ROW, 60)
        self.errors_table.setColumnWidth(COLUMN, 140)
        # What to read before importing: a column the file lacks, rows skipped, renames.
        self.notes = QLabel()
        self.notes.setObjectName("importNotes")
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.setStyleSheet(NOTE_STYLE)
        self.ignored = QLabel()
        self.ignored.setWordWrap(True)
        self.ignored.setTextFormat(Qt.TextFormat.PlainText)
        self.ignored.setStyleSheet(HINT_STYLE)
        # Names with characters no bundled font has: they would vanish from printed sheets.
        self.unprintable = QLabel()
        self.unprintable.setObjectName("unprintableNames")
        self.unprintable.setWordWrap(True)
        self.unprintable.setTextFormat(Qt.TextFormat.PlainText)
        self.unprintable.setStyleSheet(HINT_STYLE)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setEnabled(bool(plan.count("add") or plan.count("update")))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(counts)
        layout.addWidget(self.errors_title)
        layout.addWidget(self.errors_table, 1)
        layout.addWidget(self.notes)
        layout.addWidget(self.ignored)
        layout.addWidget(self.unprintable)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.import_button.setDefault(True)
        for widget in (self.errors_title, self.errors_table):
            widget.setVisible(bool(plan.errors))
        self.notes.setVisible(bool(plan.notes))
        self.ignored.setVisible(bool(plan.ignored_columns))
        self._unprintable = plan.unprintable()
        self.unprintable.setVisible(bool(self._unprintable))
        self.resize(720, 520 if plan.errors else 260)
        self.retranslate()

    @property
    def skip_invalid(self) -> bool:
        """Confirming with rejected rows writes the valid ones and leaves those out."""
        return bool(self.plan.errors)

    def retranslate(self) -> None:
        plan = self.plan
        self.setWindowTitle(self.tr("Import roster"))
        self.heading.setText(self.tr("{file}: check the rows before anything is written.")
                             .format(file=plan.file))
        for key, text in (("add", self.tr("to add")), ("update", self.tr("to update")),
                          ("unchanged", self.tr("unchanged")),
                          ("rejected", self.tr("rejected (errors)"))):
            self.count_labels[key][0].setText(text)
        self.errors_title.setText(self.tr("Rows with errors ({count}), each left out:").format(
            count=plan.rejected))
        notes = [user_message(note) for note in plan.notes[:NOTES_SHOWN]]
        if len(plan.notes) > NOTES_SHOWN:
            notes.append(self.tr("… and {count} more.").format(
                count=len(plan.notes) - NOTES_SHOWN))
        self.notes.setText("\n".join(notes))
        self.ignored.setText(self.tr("Columns not read (no such field): {columns}").format(
            columns=", ".join(plan.ignored_columns)))
        self.unprintable.setText("\n".join(
            self.tr("⚠ Row {row}, {name}: no font has {chars}; it will not print. Add a note "
                    "(e.g. its pinyin).").format(
                row=row, name=name, chars=" ".join(f"{c} (U+{ord(c):04X})" for c in chars))
            for row, name, chars in self._unprintable))
        if not plan.rows:
            hint = self.tr("No row can be imported: correct the file and import it again.")
        elif not self.import_button.isEnabled():
            hint = self.tr("Nothing to write: every valid row matches the roster already.")
        elif plan.errors:
            hint = self.tr("“Import valid rows” writes the rows without errors and leaves the "
                           "others out; or cancel, correct the file and import it again.")
        elif plan.repeatable:
            hint = self.tr("Every row is valid. Importing the same file again changes nothing.")
        else:
            # A child with no child id, birth date or parent's phone cannot be found again:
            # the same file would add them a second time.
            hint = self.tr("Every row is valid. Children without a child id, birth date or "
                           "parent's phone are added again if the file is imported again.")
        self.hint.setText(hint)
        self.import_button.setText(self.tr("Import &valid rows") if plan.errors
                                   else self.tr("&Import"))


class RosterFileActions(QObject):
    """The children page's roster files: import (with its preview), export and template.

    Only the choice of a path is a file dialog (the page's `picker`); reading, checking,
    writing and the messages are here, so tests give the page a fake picker and run
    everything else for real.
    """

    def __init__(self, page: ChildrenPage, importer: RosterImport, exporter: RosterExport,
                 center_id: int, today: Callable[[], dt.date], tasks: TaskRunner) -> None:
        super().__init__(page)
        self._page, self._importer, self._exporter = page, importer, exporter
        self._center_id, self._today, self._tasks = center_id, today, tasks
        self.folder = Path.home()  # where the last roster file was read or written
        self.task: Task | None = None  # the file being checked or written, while it runs

    def _language(self) -> str:
        return "zh" if QLocale().language() == QLocale.Language.Chinese else "en"

    def import_roster(self) -> Task | None:
        """Reads and checks the file off the GUI thread; the preview dialog writes nothing,
        its Import does."""
        # Every file the import reads: Excel's "Unicode text" is a UTF-16 .txt, and an old
        # .xls must be choosable to hear how to save it as .xlsx.
        path = self._page.picker.open_path(
            self._page, self.tr("Import roster"), self.folder,
            [(self.tr("Roster (*.xlsx *.csv *.txt *.xls)"), ".xlsx"),
             (self.tr("All files (*)"), "")])
        if path is None:
            return None
        self._page.hide_note()
        center_id, importer = self._center_id, self._importer

        def work(progress) -> ImportPlan:
            return importer.preview(center_id, path.read_bytes(), path.name, progress=progress)

        task = self._start(work, self.tr("Checking {file}…").format(file=path.name))
        task.done.connect(lambda plan: self._previewed(path, plan))
        task.failed.connect(lambda error: self._failed(path.name, error, reading=path))
        task.cancelled.connect(lambda: self._cancelled(path.name))
        return task

    def _start(self, work, text: str, *, cancellable: bool = True) -> Task:
        task = self.task = self._tasks.start(work)
        TaskProgressDialog(task, text, self._page, cancellable=cancellable)
        return task

    def _previewed(self, path: Path, plan: ImportPlan) -> None:
        self.folder = path.parent
        dialog = RosterImportDialog(plan, parent=self._page)
        self._page.open_dialog(dialog, lambda d: self._apply(d.plan, d.skip_invalid))

    def _failed(self, file: str, error: BaseException, *, reading: Path | None = None) -> None:
        if isinstance(error, OSError) and reading is not None:
            self._page.show_error(self.tr("Could not read {path}: {reason}").format(
                path=str(reading), reason=error.strerror or str(error)))
        elif isinstance(error, UserError):
            self._page.show_error(self.tr("Nothing was imported from {file}: {reason}").format(
                file=file, reason=user_message(error)))
        else:
            raise error

    def _cancelled(self, file: str) -> None:
        # Notes as templates with their values: a language switch renders them again.
        self._page.show_note(lambda: self.tr("Import of {file} cancelled: nothing was "
                                             "written.").format(file=file), warning=True)

    def _apply(self, plan: ImportPlan, skip_invalid: bool) -> Task:
        """Writes in one transaction off the GUI thread; Cancel rolls all of it back."""
        center_id, importer = self._center_id, self._importer

        def work(progress) -> ImportResult:
            return importer.apply(center_id, plan, skip_invalid=skip_invalid, progress=progress)

        task = self._start(work, self.tr("Importing {file}…").format(file=plan.file))
        task.done.connect(lambda result: self._applied(plan, result))
        task.failed.connect(lambda error: self._failed(plan.file, error))
        task.cancelled.connect(lambda: self._cancelled(plan.file))
        return task

    def _applied(self, plan: ImportPlan, result: ImportResult) -> None:
        self._page.report(result.changes)
        self._page.show_note(lambda: self.tr(
            "Imported {file}: {added} added, {updated} updated, {unchanged} unchanged, "
            "{rejected} rejected.").format(
            file=plan.file, added=result.added, updated=result.updated,
            unchanged=result.unchanged, rejected=result.rejected), warning=bool(result.rejected))

    def export_roster(self, *, include_withdrawn: bool) -> Task | None:
        """The roster in the import's columns, so that it imports back unchanged."""
        name = self.tr("roster-{date}").format(date=self._today().isoformat())
        center_id, exporter, lang = self._center_id, self._exporter, self._language()
        return self._write(name, lambda fmt: exporter.export(
            center_id, fmt, include_withdrawn=include_withdrawn, lang=lang))

    def save_template(self) -> Task | None:
        lang = self._language()
        return self._write(self.tr("roster-template"),
                           lambda fmt: RosterExport.template(fmt, lang))

    def _write(self, name: str, make: Callable[[str], bytes]) -> Task | None:
        """Asks where, then makes and writes the file off the GUI thread (10,000 children
        take seconds as .xlsx); the progress box has no Cancel: it is a read and one write."""
        path = self._page.picker.save_path(self._page, self.tr("Save roster file"),
                                           self.folder / (name + ".xlsx"),
                                           [("Excel (*.xlsx)", ".xlsx"), ("CSV (*.csv)", ".csv")])
        if path is None:
            return None
        self._page.hide_note()
        try:
            fmt = format_of(path.name)
        except UserError as exc:
            self._page.show_error(user_message(exc))
            return None

        def work(progress) -> None:
            path.write_bytes(make(fmt))

        task = self._start(work, self.tr("Saving {file}…").format(file=path.name),
                           cancellable=False)
        task.done.connect(lambda _none: self._written(path))
        task.failed.connect(lambda error: self._write_failed(path, error))
        return task

    def _written(self, path: Path) -> None:
        self.folder = path.parent
        self._page.show_note(lambda: self.tr("Saved {path}.").format(path=str(path)))

    def _write_failed(self, path: Path, error: BaseException) -> None:
        if isinstance(error, OSError):
            self._page.show_error(self.tr("Could not save {path}: {reason}").format(
                path=str(path), reason=error.strerror or str(error)))
        elif isinstance(error, UserError):
            self._page.show_error(user_message(error))
        else:
            raise error
