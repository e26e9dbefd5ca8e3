"""The undo stack's service commands: undo/redo pairs, changes passed on, refusals reported."""

from asc_desk.domain.changes import Area, Changes
from asc_desk.domain.errors import UserError
from asc_desk.ui.undo import ServiceCommand, new_undo_stack


def _counter_command(state, seen, errors, *, fail_undo=False):
    def do():
        state["n"] += 1
        return Changes.of(Area.ROSTER)

    def undo():
        if fail_undo:
            raise UserError("The record was changed by another desk.")
        state["n"] -= 1
        return Changes.of(Area.ROSTER)

    return ServiceCommand("add one", do, undo, on_changes=seen.append, on_error=errors.append)


def test_push_of_a_done_action_does_not_do_it_again(qapp):
    state, seen, errors = {"n": 1}, [], []  # the action ran when the user acted
    stack = new_undo_stack()
    stack.push(_counter_command(state, seen, errors))
    assert state["n"] == 1 and seen == []
    assert stack.undoText() == "add one"


def test_undo_redo_pairs(qapp):
    state, seen, errors = {"n": 1}, [], []
    stack = new_undo_stack()
    stack.push(_counter_command(state, seen, errors))
    stack.undo()
    assert state["n"] == 0
    stack.redo()
    assert state["n"] == 1
    stack.undo()
    stack.redo()
    assert state["n"] == 1
    assert [c.areas for c in seen] == [Area.ROSTER] * 4
    assert errors == []


def test_a_refused_undo_is_reported_and_dropped(qapp):
    state, seen, errors = {"n": 1}, [], []
    stack = new_undo_stack()
    stack.push(_counter_command(state, seen, errors, fail_undo=True))
    stack.undo()
    assert state["n"] == 1
    assert [str(e) for e in errors] == ["The record was changed by another desk."]
    assert stack.count() == 0  # obsolete: nothing left that pretends to undo


def test_a_page_does_not_undo_another_pages_step(qapp):
    from asc_desk.ui.undo import elsewhere, next_redo, next_undo

    state, seen, errors = {"n": 1}, [], []
    stack = new_undo_stack()
    command = _counter_command(state, seen, errors)
    command.page = "today"
    stack.push(command)
    assert elsewhere(next_undo(stack), "shifts")
    assert not elsewhere(next_undo(stack), "today")
    stack.undo()
    assert next_undo(stack) is None and next_redo(stack) is command
    assert not elsewhere(None, "shifts")
