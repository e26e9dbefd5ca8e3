"""After a check-out the Today list keeps its place: the list regroups (collected children
go down), but the view does not jump, and the row the desk was on stays in sight."""

# ruff: noqa: F811  (the fixtures imported from test_today_page are used as arguments)
from __future__ import annotations

from asc_desk.domain.attendance_rules import ChildDayState as S
from tests.ui.test_today_page import (  # noqa: F401 (fixtures)
    TODAY,
    attendance,
    center,
    clock,
    day_of,
    page,
    roster,
)


def _visible(page, row: int) -> bool:
    table = page.list.table
    rect = table.visualRect(page.model.index(row, 0))
    return rect.isValid() and table.viewport().rect().intersects(rect)


def test_a_check_out_keeps_the_list_in_place(qtbot, page, attendance, center, clock):
    items = [i for i in day_of(attendance, center).values() if i.record.state is S.EXPECTED]
    for item in items[:30]:
        attendance.check_in(center.id, item.child.id)
    clock.set(TODAY, 18, 0)
    page.reload()
    table = page.list.table
    present = [i for i in range(page.model.rowCount())
               if page.model.child_at(i).record.state is S.PRESENT]
    middle = present[len(present) // 2]
    table.setCurrentIndex(page.model.index(middle, 1))
    table.scrollTo(page.model.index(middle, 1))
    qtbot.wait(10)
    before = table.verticalScrollBar().value()
    child = page.current_item().child
    dialog = page.open_checkout(page.current_item())
    dialog.choose(child.may_collect[0])
    assert dialog.save()
    qtbot.wait(10)
    assert day_of(attendance, center)[child.id].record.state is S.COLLECTED
    assert table.verticalScrollBar().value() == before
    assert table.currentIndex().row() == middle  # the next child, where the desk was
    assert _visible(page, middle)
