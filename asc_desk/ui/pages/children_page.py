"""The children page: the roster with search as you type, filters, the child form, withdraw and
re-enroll, and the roster's import, export and template files."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asc_desk.domain.errors import UserError
from asc_desk.services.calendar.program_service import ProgramInfo, ProgramService
from asc_desk.services.center_service import CenterInfo
from asc_desk.services.roster.roster_export import RosterExport
from asc_desk.services.roster.roster_import import RosterImport
from asc_desk.services.roster.roster_service import RosterRow, RosterService
from asc_desk.ui.dialogs.child_dialog import ChildDialog, WithdrawDialog
from asc_desk.ui.dialogs.roster_import_dialog import RosterFileActions
from asc_desk.ui.error_text import user_message
from asc_desk.ui.models import children_table_model as m
from asc_desk.ui.models.children_table_model import ChildrenTableModel, RosterFilter, grade_key
from asc_desk.ui.pages.base_page import Page
from asc_desk.ui.task_runner import Task, TaskRunner
from asc_desk.ui.widgets.row_table import row_table

RESULT_STYLE = ("background: #e6f4ea; color: #1e4620; border: 1px solid #8fc79a; "
                "padding: 4px 8px;")
NOTICE_STYLE = ("background: #fff3cd; color: #6b4e00; border: 1px solid #d9b44a; "
                "padding: 4px 8px;")
# The columns' widths (see row_table).
COLUMN_SAMPLES = {m.CHILD_ID: "2026000001", m.NAME: "欧阳梓涵涵", m.GENDER: "Gender ▾",
                  m.BIRTH_DATE: "2026-10-12", m.AGE: "Age", m.SCHOOL_GRADE: "东坑第二小学 三年级",
                  m.PROGRAMS: "2026秋季学期课后班", m.GUARDIANS: "黄小芳, 丁建国",
                  m.PHONES: "13972006940, 15015645944"}


class ChildrenPage(Page):
    key = "children"
    loaded = Signal()  # the whole roster has been read again and is shown

    def __init__(self, roster: RosterService, importer: RosterImport, exporter: RosterExport,
                 programs: ProgramService, center: CenterInfo, tasks: TaskRunner,
                 parent: QWidget | None = None,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self._roster, self._programs, self._center = roster, programs, center
        self._today = today
        self.tasks = tasks
        self._program_list: list[ProgramInfo] = []
        self._loaded = False
        self.load_task: Task | None = None
        self._read_again = False  # asked to read while a read was running
        self.files = RosterFileActions(self, importer, exporter, center.id, today, tasks)
        self.dialog: QWidget | None = None
        self.error_box: QMessageBox | None = None

        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.search = QLineEdit()
        self.search.setObjectName("childSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(300)
        self.add_button, self.edit_button = QPushButton(), QPushButton()
        self.withdraw_button, self.reenroll_button = QPushButton(), QPushButton()
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addSpacing(16)
        top.addWidget(self.search, 1)
        for button in (self.add_button, self.edit_button, self.withdraw_button,
                       self.reenroll_button):
            top.addWidget(button)

        self.program_box, self.status_box = QComboBox(), QComboBox()
        self.school_box, self.grade_box, self.department_box = (QComboBox(), QComboBox(),
                                                                 QComboBox())
        for status in (m.ACTIVE, m.WITHDRAWN, m.ALL):
            self.status_box.addItem("", status)
        self._filter_labels: list[QLabel] = []
        filters = QHBoxLayout()
        for box in (self.program_box, self.status_box, self.school_box, self.grade_box,
                    self.department_box):
            label = QLabel()
            label.setBuddy(box)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            self._filter_labels.append(label)
            filters.addWidget(label)
            filters.addWidget(box)
            filters.addSpacing(8)
            box.currentIndexChanged.connect(self._filter_changed)
        filters.addStretch(1)

        self.note = QLabel()
        self.note.setObjectName("childrenNote")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.hide()

        self.model = ChildrenTableModel(self, today=today)
        self.table = row_table(self.model, COLUMN_SAMPLES, padding=24)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSortIndicator(m.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.doubleClicked.connect(self._open_index)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.table.installEventFilter(self)
        self.search.installEventFilter(self)
        self.search.textChanged.connect(self._filter_changed)

        self.count_label = QLabel()
        self.count_label.setObjectName("childrenCount")
        self.load_bar = QProgressBar()
        self.load_bar.setMaximumWidth(240)
        self.load_bar.setTextVisible(False)
        self.load_bar.hide()
        self.import_button, self.export_button = QPushButton(), QPushButton()
        self.template_button = QPushButton()
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addWidget(self.load_bar)
        bottom.addStretch(1)
        for button in (self.import_button, self.export_button, self.template_button):
            bottom.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self.add_button.clicked.connect(self.add_child)
        self.edit_button.clicked.connect(self.edit_child)
        self.withdraw_button.clicked.connect(self.withdraw_child)
        self.reenroll_button.clicked.connect(self.reenroll_child)
        self.import_button.clicked.connect(self.import_roster)
        self.export_button.clicked.connect(self.export_roster)
        self.template_button.clicked.connect(self.save_template)
        self.retranslate()
        self._update_buttons()

    # -- texts ---------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Children")

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self.search.setPlaceholderText(self.tr("Search: name, pinyin (zs), child id, card, "
                                               "parent, phone, employee id"))
        self.search.setToolTip(self.tr("Matches as you type; Esc clears it"))
        for button, text in ((self.add_button, self.tr("&Add child")),
                             (self.edit_button, self.tr("&Edit")),
                             (self.withdraw_button, self.tr("&Withdraw…")),
                             (self.reenroll_button, self.tr("&Re-enroll")),
                             (self.import_button, self.tr("&Import…")),
                             (self.export_button, self.tr("E&xport…")),
                             (self.template_button, self.tr("&Template…"))):
            button.setText(text)
        for label, text in zip(self._filter_labels, (
                self.tr("&Program"), self.tr("&Status"), self.tr("S&chool"), self.tr("&Grade"),
                self.tr("&Department")), strict=True):
            label.setText(text)
        for index, text in enumerate((self.tr("Active"), self.tr("Withdrawn"), self.tr("All"))):
            self.status_box.setItemText(index, text)
        self._fill_combos()
        self.model.retranslate()
        self._show_count()

    # -- loading -------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            # After this turn of the event loop: the main window's own refresh of the page it
            # shows comes first, and the roster is then read once, not twice.
            QTimer.singleShot(0, self._first_load)
        self.search.setFocus()

    def _first_load(self) -> None:
        if not self._loaded:
            self.refresh()

    def refresh(self) -> Task:
        """Reload the roster and the programs off the GUI thread (10,000 children take over a
        second); the rows shown stay usable meanwhile, the filters and the chosen child stay."""
        self._loaded = True
        if self.load_task is not None and self.load_task.running:
            # It may have started before the change that asks for this read: read once more
            # when it ends (page switches and imports coalesce into one more read, not many).
            self._read_again = True
            return self.load_task
        self._read_again = False
        try:  # a handful of rows, read at once: the form offers them even before the roster
            self._program_list = self._programs.list_programs(self._center.id)
        except UserError as exc:
            self.show_error(user_message(exc))
        self._fill_combos()
        center_id, roster = self._center.id, self._roster

        def work(progress) -> list[RosterRow]:
            return roster.list_roster(center_id, include_withdrawn=True, progress=progress)

        task = self.load_task = self.tasks.start(work)
        task.progressed.connect(self._load_progressed)
        task.done.connect(self._roster_read)
        task.failed.connect(self._load_failed)
        self._show_count()
        return task

    def _load_progressed(self, done: int, total: int) -> None:
        self.load_bar.setRange(0, max(total, 1))
        self.load_bar.setValue(done)

    def _roster_read(self, rows: list[RosterRow]) -> None:
        current = self.current_row()
        self.model.set_rows(rows)
        self._fill_combos()
        self._filter_changed(keep=current.id if current else None)
        if self._read_again:
            self.refresh()
        else:
            self.loaded.emit()

    def _load_failed(self, error: BaseException) -> None:
        self._read_again = False
        if not isinstance(error, UserError):
            raise error
        self._show_count()
        self.show_error(user_message(error))

    def reload_children(self, *child_ids: int) -> None:
        """Read only these children again (after a save): quick at any roster size."""
        try:
            rows = self._roster.list_roster(self._center.id, include_withdrawn=True,
                                            child_ids=child_ids)
        except UserError as exc:
            self.show_error(user_message(exc))
            return
        current = self.current_row()
        self.model.put_rows(rows)
        self._fill_combos()
        self._filter_changed(keep=current.id if current else None)

    def _fill_combos(self) -> None:
        rows = self.model.all_rows()
        programs = [(p.name, p.id) for p in self._program_list]
        programs.append((self.tr("Not enrolled now"), m.NO_PROGRAM))
        values = {
            self.program_box: (self.tr("All programs"), programs),
            self.school_box: (self.tr("All schools"),
                              [(s, s) for s in sorted({r.school for r in rows} - {""})]),
            self.grade_box: (self.tr("All grades"),
                             [(g, g) for g in sorted({r.grade for r in rows} - {""},
                                                     key=grade_key)]),
            self.department_box: (self.tr("All departments"),
                                  [(d, d) for d in sorted({d for r in rows
                                                           for d in r.departments})]),
        }
        for box, (everything, items) in values.items():
            keep = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(everything, None)
            for text, data in items:
                box.addItem(text, data)
            box.setCurrentIndex(max(0, box.findData(keep)))
            box.blockSignals(False)

    # -- filtering -----------------------------------------------------------------------
    def current_filter(self) -> RosterFilter:
        return RosterFilter(self.search.text(), self.status_box.currentData() or m.ACTIVE,
                            self.program_box.currentData(), self.school_box.currentData(),
                            self.grade_box.currentData(), self.department_box.currentData())

    def _filter_changed(self, *_args, keep: int | None = None) -> None:
        current = self.current_row()
        self.model.set_filter(self.current_filter())
        child = keep if keep is not None else (current.id if current else None)
        row = self.model.row_of(child) if child is not None else None
        self.select_row(row if row is not None else 0)
        self._show_count()

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            index = self.model.index(row, m.NAME)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)
        self._update_buttons()

    def select_child(self, child_id: int) -> None:
        row = self.model.row_of(child_id)
        if row is not None:
            self.select_row(row)

    def _show_count(self) -> None:
        loading = self.load_task is not None and self.load_task.running
        self.load_bar.setVisible(loading)
        if loading and not self.model.total():
            self.count_label.setText(self.tr("Reading the roster…"))
            return
        self.count_label.setText(self.tr("Showing {shown} of {total} children").format(
            shown=self.model.rowCount(), total=self.model.total()))

    def current_row(self) -> RosterRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _update_buttons(self, *_args) -> None:
        row = self.current_row()
        self.edit_button.setEnabled(row is not None)
        self.withdraw_button.setEnabled(row is not None and row.status == m.ACTIVE)
        self.reenroll_button.setEnabled(row is not None and row.status == m.WITHDRAWN)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and watched in (self.search,
                                                                             self.table):
                self.edit_child()
                return True
            if watched is self.search and key == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
            if watched is self.search and key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
                self.table.setFocus()
                return True
        return super().eventFilter(watched, event)

    # -- one child -----------------------------------------------------------------------
    def _open_index(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.open_child(row.id)

    def _suggestions(self) -> dict[str, list[str]]:
        rows = self.model.all_rows()
        return {"school": sorted({r.school for r in rows} - {""}),
                "grade": sorted({r.grade for r in rows} - {""}, key=grade_key)}

    def add_child(self) -> ChildDialog:
        dialog = ChildDialog(self._roster, self._center.id, self._program_list,
                             today=self._today, suggestions=self._suggestions(),
                             open_existing=self.open_child, parent=self)
        return self._open(dialog, self._child_saved)

    def edit_child(self) -> ChildDialog | None:
        row = self.current_row()
        return self.open_child(row.id) if row is not None else None

    def open_child(self, child_id: int, over: QWidget | None = None) -> ChildDialog | None:
        """The child's form; `over` another dialog (a likely duplicate opened from it)."""
        try:
            record = self._roster.get_child(child_id)
        except UserError as exc:
            self.show_error(user_message(exc))
            self.refresh()  # another desk may have changed the roster: show what is there
            return None
        dialog = ChildDialog(self._roster, self._center.id, self._program_list, record,
                             today=self._today, suggestions=self._suggestions(),
                             open_existing=self.open_child, parent=over or self)
        return self._open(dialog, self._child_saved)

    def _child_saved(self, dialog: ChildDialog) -> None:
        saved = dialog.saved
        if saved is None:
            return
        self.reload_children(saved.record.id)
        self.select_child(saved.record.id)
        lines = [self.tr("Saved {name}.").format(name=saved.record.draft.name)]
        lines += ["⚠ " + user_message(n) for n in saved.notices]
        self.show_note("\n".join(lines), warning=bool(saved.notices))

    def withdraw_child(self) -> WithdrawDialog | None:
        row = self.current_row()
        if row is None or row.status != m.ACTIVE:
            return None
        dialog = WithdrawDialog(self._roster, row, today=self._today, parent=self)
        return self._open(dialog, self._withdrawn)

    def _withdrawn(self, dialog: WithdrawDialog) -> None:
        record = dialog.record
        if record is None:
            return
        self.reload_children(record.id)
        self.show_note(self.tr("{name} has left the center on {date}; choose Status: Withdrawn "
                               "or All to see the record.").format(
            name=record.draft.name,
            date=record.withdrawn_on.isoformat() if record.withdrawn_on else ""))

    def reenroll_child(self) -> None:
        row = self.current_row()
        if row is None or row.status != m.WITHDRAWN:
            return
        try:
            record = self._roster.reenroll(row.id)
        except UserError as exc:
            self.show_error(user_message(exc))
            return
        self.reload_children(record.id)
        self.select_child(record.id)
        self.show_note(self.tr("{name} is back on the roster. Check the enrollment and insurance "
                               "in the child's form.").format(name=record.draft.name))

    def _open(self, dialog, on_accepted: Callable) -> object:
        self.note.hide()
        self.dialog = dialog
        dialog.accepted.connect(lambda: on_accepted(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _result: self.search.setFocus())
        dialog.open()
        return dialog

    # -- messages ------------------------------------------------------------------------
    def show_note(self, text: str, *, warning: bool = False) -> None:
        self.note.setStyleSheet(NOTICE_STYLE if warning else RESULT_STYLE)
        self.note.setText(text if warning else "✓ " + text)
        self.note.show()

    def show_error(self, text: str) -> QMessageBox:
        """A window-modal box (not blocking): an error must be read before going on."""
        self.note.hide()
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Children"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.finished.connect(box.deleteLater)
        self.error_box = box
        box.open()
        return box

    # -- files (only the choice of a path is a file dialog: tests replace these two) -----
    def _ask_open_path(self) -> Path | None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import roster"), str(self.files.folder),
            self.tr("Roster (*.xlsx *.csv)"))
        return Path(chosen) if chosen else None

    def _ask_save_path(self, suggested: Path) -> Path | None:
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self, self.tr("Save roster file"), str(suggested), "Excel (*.xlsx);;CSV (*.csv)")
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_name(path.name + (".csv" if "csv" in chosen_filter else ".xlsx"))
        return path

    # -- import, export, template: the work is in RosterFileActions ---------------------
    def import_roster(self) -> Task | None:
        return self.files.import_roster()

    def export_roster(self) -> Task | None:
        """Withdrawn children are exported too unless the status filter shows active ones."""
        return self.files.export_roster(
            include_withdrawn=self.status_box.currentData() != m.ACTIVE)

    def save_template(self) -> Task | None:
        return self.files.save_template()
