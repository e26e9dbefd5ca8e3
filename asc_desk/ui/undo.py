"""One undo stack per window: each command wraps an action done through a service and its
inverse, both returning the Changes they made, which the window passes on to the pages."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from asc_desk.domain.changes import Changes
from asc_desk.domain.errors import UserError

log = logging.getLogger(__name__)

ChangeAction = Callable[[], Changes]


class ServiceCommand(QUndoCommand):
    """`do` and `undo` call services. The action has usually been done already when the user
    acted (so its refusal showed at once): push with `done=True` and the first redo() that
    QUndoStack.push() makes is skipped.

    A refusal while undoing or redoing (another desk changed the record meanwhile) is passed
    to `on_error`; the command is then made obsolete, so the stack drops it rather than
    pretending the undo happened."""

    def __init__(self, text: str, do: ChangeAction, undo: ChangeAction, *,
                 on_changes: Callable[[Changes], None],
                 on_error: Callable[[UserError], None], done: bool = True) -> None:
        super().__init__(text)
        self._do, self._undo = do, undo
        self._on_changes, self._on_error = on_changes, on_error
        self._skip_first_redo = done

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self._run(self._do)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, action: ChangeAction) -> None:
        try:
            changes = action()
        except UserError as exc:
            log.info("undo/redo refused: %s %r", type(exc).__name__, exc.template)
            self.setObsolete(True)
            self._on_error(exc)
            return
        self._on_changes(changes)


def new_undo_stack(parent=None) -> QUndoStack:
    stack = QUndoStack(parent)
    stack.setUndoLimit(200)
    return stack
