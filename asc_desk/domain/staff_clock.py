"""The staff clock: append-only clock-in / clock-out events, corrections, and the hours worked.

A correction is a new event naming the one it corrects (`corrects`), with a reason and who
made it: a CORRECTION_VOID cancels it; a clock-in or clock-out with `corrects` replaces it
(another time). An event named by any correction no longer counts.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from dataclasses import dataclass

from asc_desk.domain.errors import N_, UserError

REASON_MAX = 200


class ClockKind(enum.StrEnum):
    CLOCK_IN = "clock_in"
    CLOCK_OUT = "clock_out"
    CORRECTION_VOID = "correction_void"


@dataclass(frozen=True)
class ClockEvent:
    id: int
    caregiver_id: int
    kind: ClockKind
    at: dt.datetime  # aware
    corrects: int | None = None
    reason: str | None = None


def effective(events: Iterable[ClockEvent]) -> list[ClockEvent]:
    """The events that count, in time order: no voids, nothing corrected."""
    events = list(events)
    gone = {e.corrects for e in events if e.corrects is not None}
    return sorted((e for e in events if e.id not in gone
                   and e.kind is not ClockKind.CORRECTION_VOID), key=lambda e: (e.at, e.id))


def clocked_in_at(events: Iterable[ClockEvent], at: dt.datetime) -> dt.datetime | None:
    """When the open clock-in started, if the caregiver is clocked in at `at`."""
    open_since = None
    for e in effective(events):
        if e.at > at:
            break
        open_since = e.at if e.kind is ClockKind.CLOCK_IN else None
    return open_since


def check_new(events: Iterable[ClockEvent], kind: ClockKind, at: dt.datetime, name: str,
              zone: dt.tzinfo = dt.UTC) -> None:
    """Refuses a clock-out without a clock-in and a second clock-in while clocked in; the
    times it names are shown in the center's zone."""
    events = list(events)
    since = clocked_in_at(events, at)
    later = [e for e in effective(events) if e.at > at]
    if kind is ClockKind.CLOCK_IN and since is not None:
        raise UserError(N_("{name} is already clocked in (since {time}): clock out first."),
                        name=name, time=f"{since.astimezone(zone):%Y-%m-%d %H:%M}")
    if kind is ClockKind.CLOCK_OUT and since is None:
        raise UserError(N_("{name} is not clocked in: clock in first, or correct the "
                           "record."), name=name)
    if later:
        raise UserError(N_("{name} has a later record at {time}: correct that one instead."),
                        name=name, time=f"{later[0].at.astimezone(zone):%Y-%m-%d %H:%M}")


def pairs(events: Iterable[ClockEvent]) -> list[tuple[dt.datetime, dt.datetime | None]]:
    """(in, out) for each clock-in; out is None while still clocked in."""
    out: list[tuple[dt.datetime, dt.datetime | None]] = []
    start = None
    for e in effective(events):
        if e.kind is ClockKind.CLOCK_IN:
            if start is not None:
                out.append((start, None))
            start = e.at
        elif start is not None:
            out.append((start, e.at))
            start = None
    if start is not None:
        out.append((start, None))
    return out


def worked_hours(events: Iterable[ClockEvent]) -> float:
    return sum((end - start).total_seconds() for start, end in pairs(events)
               if end is not None) / 3600
