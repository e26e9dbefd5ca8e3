"""Caregivers & Shifts: the week grid (caregivers by days, a coverage row on top), the week's
conflicts and coverage gaps beside it, tomorrow's gaps in a banner, and the caregivers, leave
and ratio rules in dialogs. The week is read off the GUI thread; every edit of the grid goes
on the undo stack."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QKeySequence,
    QShortcut,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asc_desk.domain.changes import Area, Changes
from asc_desk.domain.errors import UserError
from asc_desk.services.calendar.calendar_service import CalendarService
from asc_desk.services.calendar.program_service import ProgramService
from asc_desk.services.center_service import CenterInfo
from asc_desk.services.shifts.planning import ShiftPlanning
from asc_desk.services.shifts.shift_service import ShiftService
from asc_desk.services.shifts.staff_service import StaffService
from asc_desk.ui.dialogs.override_dialog import DATE_FORMAT
from asc_desk.ui.dialogs.staff_dialogs import (
    CaregiverDialog,
    CaregiversDialog,
    RatioRulesDialog,
)
from asc_desk.ui.error_text import user_message
from asc_desk.ui.models import week_table_model as w
from asc_desk.ui.models.week_table_model import WeekData, WeekTableModel, read_week
from asc_desk.ui.pages.base_page import Page
from asc_desk.ui.pages.shift_edits import ShiftEdits
from asc_desk.ui.task_runner import Task, TaskRunner
from asc_desk.ui.undo import new_undo_stack
from asc_desk.ui.widgets.date_edit import DateEdit
from asc_desk.ui.widgets.week_grid import TomorrowBanner, WeekGrid, WeekIssues


class ShiftsPage(ShiftEdits, Page):
    key = "shifts"
    shows = (Area.STAFF | Area.SHIFTS | Area.CALENDAR | Area.PROGRAMS | Area.ROSTER
             | Area.ATTENDANCE)
    loaded = Signal()  # a week has been read and is shown

    def __init__(self, planning: ShiftPlanning, shifts: ShiftService, staff: StaffService,
                 programs: ProgramService, calendar: CalendarService, center: CenterInfo,
                 tasks: TaskRunner, undo_stack: QUndoStack | None = None,
                 parent: QWidget | None = None,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self._planning, self._shifts, self._staff = planning, shifts, staff
        self._programs, self._calendar, self._center = programs, calendar, center
        self._today = today
        self.tasks = tasks
        self.undo_stack = undo_stack if undo_stack is not None else new_undo_stack(self)
        self.load_task: Task | None = None
        self._read_again = False
        self._reporting = False  # our own change coming back through the window
        self._cut: list[int] = []  # shift ids cut with Ctrl+X, moved by Ctrl+V
        self._select_after: tuple[int, dt.date] | None = None  # the cell moved to
        self.monday = today() - dt.timedelta(days=today().weekday())
        self.dialog = None
        self.error_box = None

        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.previous_button, self.today_button, self.next_button = (
            QPushButton(), QPushButton(), QPushButton())
        self.date_picker = DateEdit()
        self.date_picker.setCalendarPopup(True)
        self.date_picker.setDisplayFormat(DATE_FORMAT)
        self.week_label = QLabel()
        self.week_label.setObjectName("weekLabel")
        self.caregivers_button, self.ratio_button = QPushButton(), QPushButton()
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addSpacing(12)
        for widget in (self.previous_button, self.today_button, self.next_button,
                       self.date_picker):
            top.addWidget(widget)
        top.addWidget(self.week_label)
        top.addStretch(1)
        top.addWidget(self.caregivers_button)
        top.addWidget(self.ratio_button)

        self.banner = TomorrowBanner()
        self.note = QLabel()
        self.note.setObjectName("shiftsNote")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.hide()

        self.add_button, self.edit_button, self.delete_button = (QPushButton(), QPushButton(),
                                                                 QPushButton())
        self.move_button, self.repeat_button, self.template_button = (
            QPushButton(), QPushButton(), QPushButton())
        self.copy_button = QPushButton()
        actions = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button, self.move_button,
                       self.repeat_button, self.template_button, self.copy_button):
            actions.addWidget(button)
        actions.addStretch(1)

        self.model = WeekTableModel(self, today=today())
        self.table = WeekGrid()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Up to three lines: the date, a holiday or adjusted working day, the coverage (the
        # header's own size hint kept two, clipping the third).
        header.setMinimumHeight(3 * self.fontMetrics().lineSpacing() + 10)
        # Long lines of the coverage row and the headers break to fit the day columns.
        header.sectionResized.connect(self._fit_text)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setFixedWidth(self.fontMetrics().horizontalAdvance("⚠ 欧阳梓涵老师") + 16)
        self.table.doubleClicked.connect(self._open_index)
        rows.sectionDoubleClicked.connect(self.edit_caregiver)
        self.table.key_action.connect(self._key_action)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().currentChanged.connect(self._update_buttons)
        self.model.move_requested.connect(self.move_shifts)

        self.side = WeekIssues()
        self.side.setFixedWidth(270)
        self.issues = self.side.list
        self.side.chosen.connect(self._issue_chosen)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addWidget(self.side)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.note)
        layout.addLayout(actions)
        layout.addLayout(body, 1)

        self.previous_button.clicked.connect(lambda: self.show_week(
            self.monday - dt.timedelta(days=7)))
        self.next_button.clicked.connect(lambda: self.show_week(
            self.monday + dt.timedelta(days=7)))
        self.today_button.clicked.connect(lambda: self.show_week(self._today()))
        self.date_picker.dateChanged.connect(self._date_picked)
        self.add_button.clicked.connect(self.add_shift)
        self.edit_button.clicked.connect(self.edit_shift)
        self.delete_button.clicked.connect(self.delete_shifts)
        self.move_button.clicked.connect(self.move_dialog)
        self.repeat_button.clicked.connect(self.repeat_dialog)
        self.template_button.clicked.connect(self.template_dialog)
        self.copy_button.clicked.connect(self.copy_week)
        self.caregivers_button.clicked.connect(self.caregivers_dialog)
        self.ratio_button.clicked.connect(self.ratio_dialog)
        if undo_stack is None:
            # The page's own stack: its own keys, anywhere on the page (the grid takes them
            # itself when it has the focus).
            context = Qt.ShortcutContext.WidgetWithChildrenShortcut
            QShortcut(QKeySequence("Ctrl+Z"), self, context=context, activated=self.undo)
            QShortcut(QKeySequence("Ctrl+Shift+Z"), self, context=context, activated=self.redo)
        self._set_picker(today())
        self.retranslate()
        self._update_buttons()

    # -- texts ---------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Caregivers & Shifts")

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        for button, text, tip in (
                (self.previous_button, self.tr("◀ &Previous"), self.tr("The week before "
                                                                       "(PageUp)")),
                (self.today_button, self.tr("T&his week"), ""),
                (self.next_button, self.tr("&Next ▶"), self.tr("The week after (PageDown)")),
                (self.add_button, self.tr("&Add shift…"), self.tr("Enter on an empty cell")),
                (self.edit_button, self.tr("&Edit…"), self.tr("Enter or double-click")),
                (self.delete_button, self.tr("&Delete"), self.tr("Del")),
                (self.move_button, self.tr("&Move to…"), self.tr("Or Ctrl+X, then Ctrl+V on "
                                                                 "the new cell, or drag")),
                (self.repeat_button, self.tr("&Repeat until…"), ""),
                (self.template_button, self.tr("&Template…"), ""),
                (self.copy_button, self.tr("&Copy week to next"), ""),
                (self.caregivers_button, self.tr("Care&givers…"), ""),
                (self.ratio_button, self.tr("Ratio r&ules…"), "")):
            button.setText(text)
            button.setToolTip(tip)
        self.model.retranslate()
        self._fit_text()  # the new words wrap and size the rows and headers anew
        self._show_week_label()
        self.side.show_week(self.model)
        if self.model.week is not None:
            self.banner.show_week(self.model.week, self._today())

    def _show_week_label(self) -> None:
        sunday = self.monday + dt.timedelta(days=6)
        self.week_label.setText(self.tr("{first} to {last}").format(
            first=self.monday.isoformat(), last=sunday.isoformat()))

    # -- reading -------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.model.week is None and self.load_task is None:
            QTimer.singleShot(0, self._first_load)
        self.table.setFocus()

    def _first_load(self) -> None:
        if self.model.week is None and self.load_task is None:
            self.refresh()

    def apply_changes(self, changes: Changes) -> None:
        if self._reporting:  # the page already reads its own change again
            return
        super().apply_changes(changes)

    def refresh(self) -> Task:
        """Read the shown week (and tomorrow) off the GUI thread; a read asked for while one
        runs is made once more after it."""
        if self.load_task is not None and self.load_task.running:
            self._read_again = True
            return self.load_task
        self._read_again = False
        args = (self._planning, self._shifts, self._staff, self._programs, self._center.id,
                self.monday, self._today())

        def work(progress) -> WeekData:
            progress.check()
            return read_week(*args)

        task = self.load_task = self.tasks.start(work)
        task.done.connect(self._week_read)
        task.failed.connect(self._read_failed)
        return task

    def _week_read(self, data: WeekData) -> None:
        if self._read_again or data.monday != self.monday:
            self.load_task = None
            self.refresh()
            return
        current = self.table.currentIndex()
        first_column = (self._today() - data.monday).days
        keep = (self.model.caregiver_at(current), current.column()) if current.isValid() \
            else (None, first_column if 0 <= first_column < w.COLUMNS else 0)
        self.model.today = self._today()
        self.model.set_week(data)
        self._size_rows()
        self.side.show_week(self.model)
        self.banner.show_week(data, self._today())
        person, column = keep
        index = (self.model.index_of(person.id, self.model.day_of(column)) if person
                 else QModelIndex())
        if self._select_after is not None:
            moved = self.model.index_of(*self._select_after)
            self._select_after = None
            index = moved if moved.isValid() else index
        if not index.isValid():
            index = self.model.index(min(w.FIRST_CAREGIVER_ROW, self.model.rowCount() - 1),
                                     column)
        self.table.setCurrentIndex(index)
        self._update_buttons()
        self.loaded.emit()

    def _read_failed(self, error: BaseException) -> None:
        self._read_again = False
        if not isinstance(error, UserError):
            raise error
        self.show_error(user_message(error))

    def _size_rows(self) -> None:
        line = self.table.fontMetrics().lineSpacing()
        for row in range(self.model.rowCount()):
            self.table.setRowHeight(row, self.model.line_count(row) * line + 10)
        header = self.table.horizontalHeader()
        lines = max([3] + [len(str(self.model.headerData(c, Qt.Orientation.Horizontal) or "")
                               .split("\n")) for c in range(w.COLUMNS)])
        header.setMinimumHeight(lines * self.fontMetrics().lineSpacing() + 10)

    def _fit_text(self, *_args) -> None:
        """The day columns' text width (bold, the widest a cell draws) to the model."""
        font = QFont(self.table.font())
        font.setBold(True)
        metrics = QFontMetrics(font)
        width = self.table.horizontalHeader().sectionSize(0) - 12  # the cell's margins
        if width > 0:
            self.model.set_text_width(width, metrics.horizontalAdvance)
            self._size_rows()

    # -- week navigation -----------------------------------------------------------------
    def show_week(self, day: dt.date) -> None:
        monday = day - dt.timedelta(days=day.weekday())
        self._set_picker(day)
        if monday == self.monday:
            return
        self.monday = monday
        self._show_week_label()
        self.refresh()

    def _set_picker(self, day: dt.date) -> None:
        self.date_picker.blockSignals(True)
        self.date_picker.setDate(QDate(day.year, day.month, day.day))
        self.date_picker.blockSignals(False)

    def _date_picked(self, value: QDate) -> None:
        self.show_week(value.toPython())

    def _issue_chosen(self, caregiver_id: int | None, day: dt.date) -> None:
        index = self.model.index_of(caregiver_id, day)
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def note_label(self) -> QLabel:
        return self.note

    def focus_home(self) -> None:
        self.table.setFocus()

    # -- the current cell ----------------------------------------------------------------
    def current_cell(self) -> tuple[int | None, dt.date | None, tuple]:
        index = self.table.currentIndex()
        person = self.model.caregiver_at(index)
        return (person.id if person else None, self.model.day_at(index),
                self.model.shifts_at(index))

    def selected_shift_ids(self) -> list[int]:
        indexes = self.table.selectionModel().selectedIndexes() or [self.table.currentIndex()]
        return sorted({s.id for index in indexes for s in self.model.shifts_at(index)})

    def _update_buttons(self, *_args) -> None:
        person, _day, shifts = self.current_cell()
        for button in (self.edit_button, self.delete_button, self.move_button,
                       self.repeat_button):
            button.setEnabled(bool(shifts))
        self.add_button.setEnabled(person is not None)
        self.template_button.setEnabled(bool(self.model.caregivers()))

    # -- caregivers and rules (not grid edits: saved at once, no undo) --------------------
    def _staff_changed(self, changes: Changes) -> None:
        self._after(changes)

    def caregivers_dialog(self) -> None:
        def open_child(dialog) -> None:
            self.child_dialog = dialog
            dialog.finished.connect(dialog.deleteLater)
            dialog.open()

        dialog = CaregiversDialog(self._staff, self._center.id, self._today(), open_child,
                                  self._staff_changed, parent=self)
        self.open_dialog(dialog)

    def edit_caregiver(self, row: int) -> None:
        """A double-click on a caregiver's name opens their form."""
        person = self.model.caregiver_of_row(row)
        if person is None:
            return
        try:
            info = self._staff.get_caregiver(person.id)
        except UserError as exc:
            self.show_error(user_message(exc))
            return
        dialog = CaregiverDialog(self._staff, self._center.id, info, today=self._today(),
                                 parent=self)
        self.open_dialog(dialog, lambda d: self._staff_changed(d.result_value))

    def ratio_dialog(self) -> None:
        try:
            rules = self._staff.ratio_rules(self._center.id)
        except UserError as exc:
            self.show_error(user_message(exc))
            return
        dialog = RatioRulesDialog(self._staff, self._center.id, rules, parent=self)
        self.open_dialog(dialog, lambda d: self._staff_changed(d.result_value))
