"""The end of a desk day: which children a closed day left open (still here, or never
accounted for), so the next morning can say so."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from asc_desk.domain.attendance_rules import PRESENT_STATES, ChildDayState
from asc_desk.domain.name_search import pinyin_order

# How far back the morning looks for the last open day (a long holiday in between).
LOOK_BACK_DAYS = 40


@dataclass(frozen=True)
class LeftOpen:
    """A child whose day was not complete: `still_here` (checked in, never checked out) or
    expected and never recorded (neither arrived nor marked absent)."""

    child_id: int
    name: str
    still_here: bool
    # The name's stored pinyin when known (not kept with a closing): the order's key
    # without pypinyin's dictionaries, a third of a second to load on the desk's start.
    pinyin: str = field(default="", compare=False, repr=False)

    def stored(self) -> dict[str, Any]:
        return {"id": self.child_id, "name": self.name, "still_here": self.still_here}

    @classmethod
    def of_stored(cls, value: dict[str, Any]) -> LeftOpen:
        return cls(int(value.get("id", 0)), str(value.get("name", "")),
                   bool(value.get("still_here", False)))


@dataclass(frozen=True)
class DayClosing:
    """A day as the next morning sees it: closed at the desk (when, by whom) or not, and
    what was left open (when it was closed; or now, for a day nobody closed, or for a day
    whose records made after it was closed changed what is open: `changed_after`)."""

    day: dt.date
    closed: bool
    closed_at: dt.datetime | None
    closed_by: str
    left_open: tuple[LeftOpen, ...]
    changed_after: bool = False
    recorded_after: bool = False  # any record of the day made after the closing

    @property
    def complete(self) -> bool:
        return self.closed and not self.left_open


def left_open(children: Iterable[tuple[int, str, ChildDayState]
                                | tuple[int, str, ChildDayState, str]]
              ) -> tuple[LeftOpen, ...]:
    """(child id, name, state of the day[, the name's stored pinyin]) → the children left
    open, still-here first."""
    out = [LeftOpen(i, name, state in PRESENT_STATES, "".join(pinyin))
           for i, name, state, *pinyin in children
           if state in PRESENT_STATES or state is ChildDayState.EXPECTED]
    return in_order(out)


def in_order(children: Iterable[LeftOpen]) -> tuple[LeftOpen, ...]:
    """Still-here first, each group by pinyin (closings stored before kept code-point order)."""
    return tuple(sorted(children, key=lambda c: (not c.still_here,
                                                 pinyin_order(c.name, c.pinyin or None))))
