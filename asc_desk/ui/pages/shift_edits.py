"""The Shifts page's edits of the week grid: the grid's keys and context menu, add, edit,
delete, cut and paste, move (keys, menu, dialog or drag), repeat, template and copy week; each
is one service call put on the undo stack as one step (ShiftsPage mixes this in)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from asc_desk.domain.changes import Changes
from asc_desk.domain.errors import UserError
from asc_desk.domain.staff import ShiftDraft
from asc_desk.services.shifts.shift_service import ShiftEdit
from asc_desk.ui.dialogs.shift_dialogs import MoveDialog, RepeatDialog, ShiftDialog, TemplateDialog
from asc_desk.ui.error_text import user_message
from asc_desk.ui.undo import ServiceCommand, elsewhere, next_redo, next_undo

DEFAULT_START, DEFAULT_END = dt.time(16, 0), dt.time(21, 0)


class ShiftEdits:
    """Mixed into ShiftsPage (a Page): uses its table, model, services, undo stack, notes
    and dialogs. Its strings are looked up under the page's context first (PySide's tr walks
    the class's MRO), so they translate wherever lupdate files them."""

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
            # Replaces the step's own note ("Deleted. Ctrl+Z brings it back." stayed after
            # the Ctrl+Z): the note says what was done last.
            self.show_note(lambda: self.tr("Undone: {what}.").format(what=text))
            return _merged(current)

        def redo() -> Changes:
            current[:] = [shifts.undo(e) for e in current]
            self.show_note(lambda: self.tr("Redone: {what}.").format(what=text))
            return _merged(current)

        self.undo_stack.push(ServiceCommand(
            text, redo, undo, on_changes=self._after,
            on_error=lambda exc: (self.show_error(user_message(exc)), self.refresh()),
            page=self.key))
        notices = [n for e in edits for n in e.notices]
        if notices:
            # From the notices' templates: a language switch renders the note again.
            self.show_note(lambda: " ".join(user_message(n) for n in notices), warning=True)
        self._after(_merged(edits))

    def undo(self) -> None:
        step = next_undo(self.undo_stack)
        if elsewhere(step, self.key):
            what = step.text() if step else ""
            self.show_note(lambda: self.tr("The last action was on another page ({what}): "
                                           "undo it there, or with the Undo button below."
                                           ).format(what=what), warning=True)
        elif self.undo_stack.canUndo():
            self.undo_stack.undo()
        else:
            self.show_note(lambda: self.tr("Nothing to undo."), warning=True)

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
                self.show_note(lambda: self.tr("Add a caregiver first (Caregivers…)."),
                               warning=True)
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
        self.show_note(lambda: self.tr("Deleted. Ctrl+Z brings it back."))

    def cut(self) -> None:
        self._cut = self.selected_shift_ids()
        if self._cut:
            count = len(self._cut)
            self.show_note(lambda: self.tr("{count} shift(s) cut: choose a cell and press "
                                           "Ctrl+V to move them there.").format(count=count))

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
        self.show_note(lambda: self.tr("{count} shifts copied to the week of {date}. Ctrl+Z "
                                       "takes them back.").format(count=len(edit.added),
                                                                  date=target.isoformat()))


def _merged(edits: list[ShiftEdit]) -> Changes:
    out = Changes()
    for e in edits:
        out = out | e.changes
    return out
