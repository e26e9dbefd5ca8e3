"""What the Today page's scan field can find: the roster's children (those of the day
first, with their state) and, at a desk with the staff clock, the caregivers; and the
day's list and search index made on a worker (`ShownDay`), for a change of date."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCollatorSortKey, QCoreApplication

from asc_desk.services.attendance.attendance_service import ChildDay, DayView
from asc_desk.services.roster.roster_list import RosterRow
from asc_desk.services.shifts.staff_service import CaregiverInfo
from asc_desk.ui.models.today_table_model import SortedRows, sorted_rows
from asc_desk.ui.widgets.scan_field import Candidate, CandidateIndex, candidate_index


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


@dataclass(frozen=True)
class ShownDay:
    """What the GUI thread would otherwise work out for a day read in the background: the
    list's order and the scan field's index (5,000 children: ~40 ms and a longer garbage
    collection on the GUI thread). Made from `inputs`, which the page checks are still its
    own (the roster, the caregivers, their search texts, the state words: `is`) before it
    takes `index`; the rows are checked against the view by the model."""

    rows: SortedRows
    index: CandidateIndex
    inputs: tuple[object, ...]
    staff_search: dict[int, str] | None = None  # made from caregivers a full read brought

    def index_for(self, roster: object, caregivers: object, staff_search: object,
                  words: object) -> CandidateIndex | None:
        """The index, if made from exactly these (else None: make the candidates again)."""
        ok = all(a is b for a, b in zip(self.inputs, (roster, caregivers, staff_search, words),
                                        strict=True))
        return self.index if ok else None


def shown_day(view: DayView, roster: list[RosterRow],
              state_cell: Callable[[ChildDay], str], caregivers: list[CaregiverInfo] | None,
              staff_search: dict[int, str], words: object, *,
              new_staff_search: bool = False,
              known: Mapping[str, QCollatorSortKey] | None = None) -> ShownDay:
    """`words`: the object holding the state words state_cell uses (a new language: a new
    object, so the page makes its candidates again). `new_staff_search`: staff_search was
    made here from the caregivers just read (the page takes it as its own). `known`: the
    names' sort keys of the list shown (the model's `name_sort_keys`)."""
    index = candidate_index(desk_candidates(view, roster, state_cell, caregivers,
                                            staff_search))
    return ShownDay(sorted_rows(view.children, known=known), index,
                    (roster, caregivers, staff_search, words),
                    staff_search if new_staff_search else None)
