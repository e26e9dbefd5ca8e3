"""What a change touched: the areas a service reports with its result, so screens refresh
only what is stale (Anki's operations)."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field
from typing import Generic, TypeVar


class Area(enum.Flag):
    NONE = 0
    CENTER = enum.auto()  # the center's name, zone, language
    SETTINGS = enum.auto()  # desk settings, ratio rules
    PROGRAMS = enum.auto()
    CALENDAR = enum.auto()  # official days and overrides
    ROSTER = enum.auto()  # children, guardians, pickups, enrollments
    ATTENDANCE = enum.auto()  # attendance events (of `Changes.days`)
    STAFF = enum.auto()  # caregivers, leave, the staff clock
    SHIFTS = enum.auto()


@dataclass(frozen=True)
class Changes:
    """Areas a change touched; for attendance and shifts, the local days it touched (empty:
    any day)."""

    areas: Area = Area.NONE
    days: frozenset[dt.date] = field(default_factory=frozenset)

    @classmethod
    def of(cls, areas: Area, *days: dt.date) -> Changes:
        return cls(areas, frozenset(days))

    def __or__(self, other: Changes) -> Changes:
        # A change of "any day" (no days named) stays any day when merged.
        if (self.areas & DAY_AREAS and not self.days) or (other.areas & DAY_AREAS
                                                           and not other.days):
            days: frozenset[dt.date] = frozenset()
        else:
            days = self.days | other.days
        return Changes(self.areas | other.areas, days)

    def __bool__(self) -> bool:
        return bool(self.areas)

    def touches(self, areas: Area, day: dt.date | None = None) -> bool:
        """Whether a screen showing `areas` (and, for day areas, `day`) is now stale."""
        hit = self.areas & areas
        if not hit:
            return False
        if day is None or not (hit & DAY_AREAS) or hit & ~DAY_AREAS:
            return True
        return not self.days or day in self.days


DAY_AREAS = Area.ATTENDANCE | Area.SHIFTS
NO_CHANGES = Changes()


T = TypeVar("T")


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """What a change method returns when it has no result type of its own: the value and the
    areas it touched. (Result types made for one action, such as DeskResult, carry a
    `changes` field instead.)"""

    value: T
    changes: Changes
