"""The Today page's one undo: each action done at the desk is a step on the window's stack;
Ctrl+Z takes back the last one and the message line says what it undid ("Undone: check-in
of 张三."), Ctrl+Shift+Z does it again. Its words keep the page's translation context."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from asc_desk.domain.changes import Changes
from asc_desk.domain.errors import UserError
from asc_desk.services.attendance.attendance_service import (
    AttendanceService,
    DeskResult,
    DeskResults,
)
from asc_desk.ui.pages.today_day_actions import Redo
from asc_desk.ui.undo import ServiceCommand, elsewhere, next_redo, next_undo


class DeskUndo:
    def __init__(self, stack: QUndoStack, attendance: AttendanceService, page_key: str, *,
                 announce: Callable[[Changes], None], stepped: Callable[[str], None],
                 refused: Callable[[UserError], None], note: Callable[[str], None],
                 clear_offer: Callable[[], None]) -> None:
        self._stack, self._attendance, self._key = stack, attendance, page_key
        self._announce, self._stepped, self._refused = announce, stepped, refused
        self._note, self._clear_offer = note, clear_offer

    def push(self, result: DeskResult | DeskResults, description: str, redo: Redo) -> None:
        """Puts a done action on the undo stack: undo takes back the events it wrote (one
        transaction), redo records the action again with the same values."""
        self._announce(result.changes)
        if not result.event_ids:
            return
        step = {"ids": list(result.event_ids), "undone": None}

        def undo() -> Changes:
            undone = self._attendance.undo_many(step["ids"])
            step["undone"] = undone
            self._stepped(QCoreApplication.translate("TodayPage", "Undone: {what}.").format(
                what=description))
            return undone.changes

        def do() -> Changes:
            again = redo(step["undone"])
            step["ids"] = list(again.event_ids)
            self._stepped(QCoreApplication.translate("TodayPage", "Redone: {what}.").format(
                what=description))
            return again.changes

        self._stack.push(ServiceCommand(description, do, undo, on_changes=self._announce,
                                        on_error=self._refused, done=True, page=self._key))

    def undo(self) -> None:
        self._clear_offer()
        if not self._stack.canUndo():
            self._note(QCoreApplication.translate("TodayPage", "Nothing to undo."))
            return
        step = next_undo(self._stack)
        if elsewhere(step, self._key):
            self._note(QCoreApplication.translate(
                "TodayPage", "The last action was on another page ({what}): undo it there, "
                "or with the Undo button below.").format(what=step.text() if step else ""))
            return
        self._stack.undo()

    def redo(self) -> None:
        self._clear_offer()
        if not self._stack.canRedo() or elsewhere(next_redo(self._stack), self._key):
            self._note(QCoreApplication.translate("TodayPage", "Nothing to redo."))
            return
        self._stack.redo()
