"""The children page: the roster with search as you type, filters, the child form, withdraw and
re-enroll, and the roster's import, export and template files."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asc_desk.domain.changes import Area, Changes
from asc_desk.domain.errors import UserError
from asc_desk.domain.school_grades import grade_key
from asc_desk.services.calendar.program_service import ProgramInfo, ProgramService
from asc_desk.services.center_service import CenterInfo
from asc_desk.services.gc_pause import gc_paused
from asc_desk.services.roster.roster_export import RosterExport
from asc_desk.services.roster.roster_import import RosterImport
from asc_desk.services.roster.roster_service import (
    ChildChange,
    ChildRecord,
    RosterRow,
    RosterService,
)
from asc_desk.ui.dialogs.child_dialog import ChildDialog, WithdrawDialog
from asc_desk.ui.dialogs.roster_import_dialog import RosterFileActions
from asc_desk.ui.error_text import user_message
from asc_desk.ui.file_picker import FilePicker
from asc_desk.ui.models import children_table_model as m
from asc_desk.ui.models.children_table_model import ChildrenTableModel, RosterFilter
from asc_desk.ui.pages.base_page import Page
from asc_desk.ui.task_runner import Task, TaskRunner
from asc_desk.ui.undo import ServiceCommand, new_undo_stack
from asc_desk.ui.widgets.row_table import row_table

# The columns' widths (see row_table).
COLUMN_SAMPLES = {m.CHILD_ID: "2026000001", m.NAME: "欧阳梓涵涵", m.GENDER: "Gender ▾",
                  m.BIRTH_DATE: "2026-10-12", m.AGE: "Age", m.SCHOOL_GRADE: "东坑第二小学 三年级",
                  m.PROGRAMS: "2026秋季学期课后班", m.GUARDIANS: "黄小芳, 丁建国",
                  m.PHONES: "13972006940, 15015645944"}


class ChildrenPage(Page):
    key = "children"
    shows = Area.ROSTER | Area.PROGRAMS
    loaded = Signal()  # the whole roster has been read again and is shown

    def __init__(self, roster: RosterService, importer: RosterImport, exporter: RosterExport,
                 programs: ProgramService, center: CenterInfo, tasks: TaskRunner,
                 parent: QWidget | None = None,
                 today: Callable[[], dt.date] = dt.date.today, *,
                 undo_stack: QUndoStack | None = None,
                 picker: FilePicker | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack if undo_stack is not None else new_undo_stack(self)
        self.picker = picker or FilePicker()
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
        self.search.setProperty("undoGoesToWindow", True)  # see eventFilter
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
        # Ctrl+F goes back into the search from anywhere on the page (a trial pressed it on
        # the Status filter, which took it as a letter typed and chose "Withdrawn").
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_search,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.retranslate()
        self._update_buttons()

    # -- texts ---------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Children")

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self.search.setPlaceholderText(self.tr("Search: name, pinyin (zs), child id, card, "
                                               "parent, phone, employee id"))
        self.search.setToolTip(self.tr("Matches as you type; Esc clears it; Ctrl+F comes "
                                       "back here"))
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
            self.refresh_if_stale()

    def note_label(self) -> QLabel:
        return self.note

    def focus_home(self) -> None:
        self.search.setFocus()

    def focus_search(self) -> None:
        """Ctrl+F: the cursor in the search, its text selected to be typed over."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

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
            # No cyclic collection meanwhile: 10,000 rows' objects (none cyclic) made the
            # collector walk everything alive, holding the GIL: the window stood still
            # 130 ms at a time.
            with gc_paused():
                return roster.list_roster(center_id, include_withdrawn=True,
                                          progress=progress)

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
        # Ctrl+Z / Ctrl+Shift+Z in the search field undo the last saved action, as at the
        # desk's scan field: the search is a filter (Esc clears it), and a coordinator who
        # has just saved a child expects Ctrl+Z to take that back wherever the cursor is.
        # Not claimed here, the keys reach the window's undo shortcuts.
        if (watched is self.search and event.type() == QEvent.Type.ShortcutOverride
                and isinstance(event, QKeyEvent)
                and (event.matches(QKeySequence.StandardKey.Undo)
                     or event.matches(QKeySequence.StandardKey.Redo))):
            event.ignore()
            return True
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
        return self.open_dialog(dialog, self._child_saved)

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
        return self.open_dialog(dialog, self._child_saved)

    def _child_saved(self, dialog: ChildDialog) -> None:
        saved = dialog.saved
        if saved is None:
            return
        self.reload_children(saved.record.id)
        self.select_child(saved.record.id)
        def note() -> str:  # from templates: a language switch renders it again
            lines = [self.tr("Saved {name}.").format(name=saved.record.draft.name)]
            lines += ["⚠ " + user_message(n) for n in saved.notices]
            return "\n".join(lines)

        self.show_note(note, warning=bool(saved.notices))
        if saved.before is not None and saved.changes:
            # An edit undoes by putting the record back. (Adding a child is not undone: the
            # only way back is a withdrawal, which keeps the record; see the report.)
            self._push(self.tr("edit of {name}").format(name=saved.record.draft.name),
                       ChildChange(saved.record, saved.before, saved.changes))
        self.report(saved.changes, shown=True)

    def withdraw_child(self) -> WithdrawDialog | None:
        row = self.current_row()
        if row is None or row.status != m.ACTIVE:
            return None
        dialog = WithdrawDialog(self._roster, row, today=self._today, parent=self)
        return self.open_dialog(dialog, self._withdrawn)

    def _withdrawn(self, dialog: WithdrawDialog) -> None:
        change = dialog.change
        if change is None:
            return
        record = change.record
        self.reload_children(record.id)
        self._push(self.tr("withdrawal of {name}").format(name=record.draft.name), change)
        self.report(change.changes, shown=True)
        self.show_note(lambda: self.tr(
            "{name} has left the center on {date}; choose Status: Withdrawn or All to see the "
            "record.").format(name=record.draft.name, date=record.withdrawn_on.isoformat()
                              if record.withdrawn_on else ""))

    def reenroll_child(self) -> None:
        row = self.current_row()
        if row is None or row.status != m.WITHDRAWN:
            return
        try:
            change = self._roster.reenroll(row.id)
        except UserError as exc:
            self.show_error(user_message(exc))
            return
        record = change.record
        self.reload_children(record.id)
        self.select_child(record.id)
        self._push(self.tr("re-enrollment of {name}").format(name=record.draft.name), change)
        self.report(change.changes, shown=True)
        self.show_note(lambda: self.tr(
            "{name} is back on the roster. Check the enrollment and insurance in the child's "
            "form.").format(name=record.draft.name))

    # -- undo ----------------------------------------------------------------------------
    def _push(self, text: str, change: ChildChange) -> None:
        """The change, done already, onto the window's undo stack: undo puts the record back
        as it was before, redo as it was after (each refused if another desk changed it)."""
        after, before = change.record, change.before
        self.undo_stack.push(ServiceCommand(
            text, do=lambda: self._restore(after, before),
            undo=lambda: self._restore(before, after),
            on_changes=lambda changes: None, on_error=self._undo_refused, page=self.key))

    def _restore(self, to: ChildRecord, expected: ChildRecord) -> Changes:
        change = self._roster.restore_child(self._center.id, to, expected)
        self.reload_children(to.id)
        self.select_child(to.id)
        self.report(change.changes, shown=True)
        return change.changes

    def _undo_refused(self, error: UserError) -> None:
        self.show_error(user_message(error))
        self.refresh()

    # -- import, export, template: the work is in RosterFileActions ---------------------
    def import_roster(self) -> Task | None:
        return self.files.import_roster()

    def export_roster(self) -> Task | None:
        """Withdrawn children are exported too unless the status filter shows active ones."""
        return self.files.export_roster(
            include_withdrawn=self.status_box.currentData() != m.ACTIVE)

    def save_template(self) -> Task | None:
        return self.files.save_template()
