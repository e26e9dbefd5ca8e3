"""What the Today page's scan field can find: the roster's children (those of the day
first, with their state) and, at a desk with the staff clock, the caregivers."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from asc_desk.services.attendance.attendance_service import ChildDay, DayView
from asc_desk.services.roster.roster_service import RosterRow
from asc_desk.services.shifts.staff_service import CaregiverInfo
from asc_desk.ui.widgets.scan_field import Candidate


def child_candidate(row: RosterRow, item: ChildDay | None,
                    state_cell: Callable[[ChildDay], str]) -> Candidate:
    state = (state_cell(item) if item is not None
             else QCoreApplication.translate("TodayPage", "not expected today"))
    label = "  ·  ".join(t for t in (row.name, state, row.external_id) if t)
    # A child who left is found by card (to say so), never offered by name.
    search = row.search if row.status == "active" else ""
    return Candidate(row.id, label, search, row.card_code, 0 if item else 1)


def desk_candidates(view: DayView, roster: list[RosterRow],
                    state_cell: Callable[[ChildDay], str],
                    caregivers: list[CaregiverInfo] | None,
                    staff_search: dict[int, str]) -> list[Candidate]:
    """Every child of the roster, then the caregivers (None: no staff clock at this desk)."""
    of_day = {item.child.id: item for item in view.children}
    out = [child_candidate(row, of_day.get(row.id), state_cell) for row in roster]
    if caregivers is not None:  # caregivers after the children, marked as staff
        staff_word = QCoreApplication.translate("TodayPage", "staff: clock in / out")
        out.extend(Candidate(c.id, "  ·  ".join(t for t in (c.name, staff_word) if t),
                             staff_search.get(c.id, c.name.lower()), c.card_code, 2,
                             staff=True)
                   for c in caregivers)
    return out
