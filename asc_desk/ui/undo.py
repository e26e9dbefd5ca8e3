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
                 on_error: Callable[[UserError], None], done: bool = True,
                 page: str = "") -> None:
        super().__init__(text)
        self.page = page  # the key of the page it was done on: undone there, or after going there
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


def next_undo(stack: QUndoStack) -> ServiceCommand | None:
    """The command Ctrl+Z would take back, if any."""
    command = stack.command(stack.index() - 1) if stack.canUndo() else None
    return command if isinstance(command, ServiceCommand) else None


def next_redo(stack: QUndoStack) -> ServiceCommand | None:
    """The command Ctrl+Shift+Z would do again, if any."""
    command = stack.command(stack.index()) if stack.canRedo() else None
    return command if isinstance(command, ServiceCommand) else None


def elsewhere(command: ServiceCommand | None, page: str) -> bool:
    """Whether the step belongs to another page: a page's own Ctrl+Z never takes back what
    was done on another page without the user seeing it (the window's Undo goes there)."""
    return command is not None and bool(command.page) and command.page != page


def new_undo_stack(parent=None) -> QUndoStack:
    stack = QUndoStack(parent)
    stack.setUndoLimit(200)
    return stack
