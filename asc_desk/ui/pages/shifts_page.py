"""Caregivers & Shifts: the week grid (caregivers by days, a coverage row on top), the week's
conflicts and coverage gaps beside it, tomorrow's gaps in a banner, and the caregivers, leave
and ratio rules in dialogs. The week is read off the GUI thread; every edit of the grid goes
on the undo stack."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QKeySequence,
    QShortcut,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asc_desk.domain.changes import Area, Changes
from asc_desk.domain.errors import UserError
from asc_desk.domain.staff import ShiftDraft
from asc_desk.services.calendar.calendar_service import CalendarService
from asc_desk.services.calendar.program_service import ProgramService
from asc_desk.services.center_service import CenterInfo
from asc_desk.services.shifts.planning import ShiftPlanning
from asc_desk.services.shifts.shift_service import ShiftEdit, ShiftService
from asc_desk.services.shifts.staff_service import StaffService
from asc_desk.ui.dialogs.override_dialog import DATE_FORMAT
from asc_desk.ui.dialogs.shift_dialogs import MoveDialog, RepeatDialog, ShiftDialog, TemplateDialog
from asc_desk.ui.dialogs.staff_dialogs import (
    CaregiverDialog,
    CaregiversDialog,
    RatioRulesDialog,
)
from asc_desk.ui.error_text import user_message
from asc_desk.ui.models import week_table_model as w
from asc_desk.ui.models.week_table_model import WeekData, WeekTableModel, read_week
from asc_desk.ui.pages.base_page import Page
from asc_desk.ui.task_runner import Task, TaskRunner
from asc_desk.ui.undo import ServiceCommand, elsewhere, new_undo_stack, next_redo, next_undo
from asc_desk.ui.widgets.week_grid import TomorrowBanner, WeekGrid, WeekIssues

DEFAULT_START, DEFAULT_END = dt.time(16, 0), dt.time(21, 0)


class ShiftsPage(Page):
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
        self.date_picker = QDateEdit()
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

    def _key_action(self, action: str) -> None:
        {"open": self._open_current, "delete": self.delete_shifts, "cut": self.cut,
         "paste": self.paste, "undo": self.undo, "redo": self.redo,
         "previous": lambda: self.show_week(self.monday - dt.timedelta(days=7)),
         "next": lambda: self.show_week(self.monday + dt.timedelta(days=7))}[action]()

    def _open_current(self) -> None:
        self._open_index(self.table.currentIndex())

    def _open_index(self, index: QModelIndex) -> None:
        if self.model.caregiver_at(index) is None:
            return
        if self.model.shifts_at(index):
            self.edit_shift()
        else:
            self.add_shift()

    def _context_menu(self, pos) -> None:
        index = self.table.indexAt(pos)
        if index.isValid():
            self.table.setCurrentIndex(index)
        menu = QMenu(self)
        shifts = self.model.shifts_at(index)
        items = [(self.tr("Add shift…"), self.add_shift, self.model.caregiver_at(index)
                  is not None)]
        for s in shifts:
            items.append((self.tr("Edit {time}…").format(
                time=f"{s.starts_at:%H:%M}–{s.ends_at:%H:%M}"),
                lambda s=s: self.edit_shift(s.id), True))
        items += [(self.tr("Delete"), self.delete_shifts, bool(shifts)),
                  (self.tr("Cut (to move)"), self.cut, bool(shifts)),
                  (self.tr("Paste here (move)"), self.paste, bool(self._cut)),
                  (self.tr("Move to…"), self.move_dialog, bool(shifts)),
                  (self.tr("Repeat until…"), self.repeat_dialog, bool(shifts)),
                  (self.tr("Undo"), self.undo, self.undo_stack.canUndo()),
                  (self.tr("Redo"), self.redo, self.undo_stack.canRedo())]
        for text, slot, enabled in items:
            act = QAction(text, menu)
            act.setEnabled(enabled)
            act.triggered.connect(lambda _c=False, slot=slot: slot())
            menu.addAction(act)
        self.menu = menu
        menu.popup(self.table.viewport().mapToGlobal(pos))

    # -- edits (each on the undo stack) --------------------------------------------------
    def _after(self, changes: Changes) -> None:
        """Read the week again (now if shown, else when shown) and tell the other pages."""
        if self.isVisible():
            self.refresh()
        else:  # an undo made from another page: read when this one is shown again
            self._stale = True
        if changes:
            self._reporting = True
            try:
                self.changed.emit(changes)
            finally:
                self._reporting = False

    def _push(self, text: str, edits: list[ShiftEdit]) -> None:
        """Done already; undo takes each edit back (last first), redo puts them back."""
        current = list(edits)
        shifts = self._shifts

        def undo() -> Changes:
            back = [shifts.undo(e) for e in reversed(current)]
            current[:] = list(reversed(back))
            return _merged(current)

        def redo() -> Changes:
            current[:] = [shifts.undo(e) for e in current]
            return _merged(current)

        self.undo_stack.push(ServiceCommand(
            text, redo, undo, on_changes=self._after,
            on_error=lambda exc: (self.show_error(user_message(exc)), self.refresh()),
            page=self.key))
        notices = [n for e in edits for n in e.notices]
        if notices:
            self.show_note(" ".join(user_message(n) for n in notices), warning=True)
        self._after(_merged(edits))

    def undo(self) -> None:
        step = next_undo(self.undo_stack)
        if elsewhere(step, self.key):
            self.show_note(self.tr("The last action was on another page ({what}): undo it "
                                   "there, or with the Undo button below.").format(
                what=step.text() if step else ""), warning=True)
        elif self.undo_stack.canUndo():
            self.undo_stack.undo()
        else:
            self.show_note(self.tr("Nothing to undo."), warning=True)

    def redo(self) -> None:
        if self.undo_stack.canRedo() and not elsewhere(next_redo(self.undo_stack), self.key):
            self.undo_stack.redo()

    def _people(self):
        return self.model.caregivers()

    def _program_items(self) -> list[tuple[int, str]]:
        data = self.model.week
        return sorted((data.programs.items() if data else ()), key=lambda p: p[1])

    def _templates(self):
        data = self.model.week
        return data.templates if data else ()

    def add_shift(self) -> None:
        person, day, _shifts = self.current_cell()
        if person is None:
            people = self._people()
            if not people:
                self.show_note(self.tr("Add a caregiver first (Caregivers…)."), warning=True)
                return
            person, day = people[0].id, day or self.monday
        draft = ShiftDraft(person, day, DEFAULT_START, DEFAULT_END)
        self._shift_dialog(draft, None)

    def edit_shift(self, shift_id: int | None = None) -> None:
        _person, _day, shifts = self.current_cell()
        shift = self.model.shift(shift_id) if shift_id else (shifts[0] if shifts else None)
        if shift is None:
            return
        draft = ShiftDraft(shift.caregiver_id, shift.day, shift.starts_at, shift.ends_at,
                           shift.program_id, shift.note)
        self._shift_dialog(draft, shift.id)

    def _shift_dialog(self, draft: ShiftDraft, shift_id: int | None) -> None:
        if shift_id is None:
            def save(d: ShiftDraft) -> ShiftEdit:
                return self._shifts.add_shift(self._center.id, d)
            text = self.tr("add shift")
        else:
            def save(d: ShiftDraft) -> ShiftEdit:
                return self._shifts.update_shift(shift_id, d)
            text = self.tr("edit shift")
        dialog = ShiftDialog(save, self._people(), self._program_items(), self._templates(),
                             draft, editing=shift_id is not None, parent=self)
        self.open_dialog(dialog, lambda d: self._push(text, [d.result_value]))

    def delete_shifts(self) -> None:
        ids = self.selected_shift_ids()
        if not ids:
            return
        try:
            edit = self._shifts.delete_shifts(ids)
        except UserError as exc:
            self.show_error(user_message(exc))
            self.refresh()
            return
        self._push(self.tr("delete {count} shifts").format(count=len(ids)) if len(ids) > 1
                   else self.tr("delete shift"), [edit])
        self.show_note(self.tr("Deleted. Ctrl+Z brings it back."))

    def cut(self) -> None:
        self._cut = self.selected_shift_ids()
        if self._cut:
            self.show_note(self.tr("{count} shift(s) cut: choose a cell and press Ctrl+V to "
                                   "move them there.").format(count=len(self._cut)))

    def paste(self) -> None:
        person, day, _shifts = self.current_cell()
        if not self._cut or person is None:
            return
        ids, self._cut = self._cut, []
        self.move_shifts(ids, person, day)

    def move_shifts(self, shift_ids: list[int], caregiver_id: int, day: dt.date) -> bool:
        """Moves the shifts (each keeping its times): one service call, so all of them or
        none, and one undo step."""
        try:
            edit = self._shifts.move_shifts(shift_ids, day=day, caregiver_id=caregiver_id)
        except UserError as exc:
            self.show_error(user_message(exc))
            self.refresh()
            return False
        self._push(self._move_text(len(shift_ids)), [edit])
        self._select_after = (caregiver_id, day)
        return True

    def _move_text(self, count: int) -> str:
        return (self.tr("move {count} shifts").format(count=count) if count > 1
                else self.tr("move shift"))

    def move_dialog(self) -> None:
        ids = self.selected_shift_ids()
        person, day, shifts = self.current_cell()
        if not ids or person is None:
            return
        what = ", ".join(f"{s.starts_at:%H:%M}–{s.ends_at:%H:%M}" for s in shifts)

        def save(caregiver_id: int, to_day: dt.date) -> bool:
            # A refusal (UserError) goes back to the dialog, shown next to its fields.
            edit = self._shifts.move_shifts(ids, day=to_day, caregiver_id=caregiver_id)
            self._push(self._move_text(len(ids)), [edit])
            return True

        dialog = MoveDialog(save, self._people(), person, day,
                            self.tr("Move {what}").format(what=what), parent=self)
        self.open_dialog(dialog)

    def repeat_dialog(self) -> None:
        _person, day, shifts = self.current_cell()
        if not shifts:
            return
        what = ", ".join(f"{s.starts_at:%H:%M}–{s.ends_at:%H:%M}" for s in shifts)

        def save(until: dt.date, every: int) -> list[ShiftEdit]:
            edits = []
            try:
                for s in shifts:
                    edits.append(self._shifts.repeat_until(s.id, until, every))
            except UserError:
                for edit in reversed(edits):
                    self._shifts.undo(edit)
                raise
            return edits

        dialog = RepeatDialog(save, day, self.tr("Repeat {what} of {date}").format(
            what=what, date=day.isoformat()), parent=self)
        self.open_dialog(dialog, lambda d: self._push(self.tr("repeat shift"), d.result_value))

    def template_dialog(self) -> None:
        person, day, _shifts = self.current_cell()
        people = self._people()
        if not people:
            return
        indexes = self.table.selectionModel().selectedIndexes()
        days = sorted({self.model.day_at(i) for i in indexes}) or [day or self.monday]
        center_id = self._center.id

        def apply(template_id, caregiver_id, chosen, program_id) -> ShiftEdit:
            return self._shifts.apply_template(center_id, template_id, [caregiver_id], chosen,
                                               program_id)

        def add_template(name, start, end):
            return self._shifts.add_template(center_id, name, start, end).value

        dialog = TemplateDialog(apply, add_template, self._templates(), people,
                                self._program_items(), self.monday, person or people[0].id,
                                days, self.model.weekday_names(), parent=self)
        self.open_dialog(dialog, lambda d: self._push(self.tr("apply template"),
                                                      [d.result_value]))

    def copy_week(self) -> None:
        target = self.monday + dt.timedelta(days=7)
        try:
            edit = self._shifts.copy_week(self._center.id, self.monday, target)
        except UserError as exc:
            self.show_error(user_message(exc))
            return
        self._push(self.tr("copy week"), [edit])
        self.show_note(self.tr("{count} shifts copied to the week of {date}. Ctrl+Z takes "
                               "them back.").format(count=len(edit.added),
                                                    date=target.isoformat()))

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


def _merged(edits: list[ShiftEdit]) -> Changes:
    out = Changes()
    for e in edits:
        out = out | e.changes
    return out
