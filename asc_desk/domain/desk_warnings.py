"""What the desk says beside a record that is kept but not ordinary: a check-in before the
program opens or after it closes, a child not expected that day, a check-out by someone not
on the pickup list, an absence on a day the child was not expected. The record stands; the
words make the desk look twice."""

from __future__ import annotations

import datetime as dt

from asc_desk.domain.attendance_rules import EventKind, arrived_after_closing, may_collect
from asc_desk.domain.errors import N_
from asc_desk.domain.notices import Notice


def desk_warning(kind: EventKind, at: dt.datetime, *, name: str, expected: bool,
                 opens: dt.time | None, closes: dt.time | None, pickup: str | None,
                 allowed: tuple[str, ...]) -> Notice | None:
    """`at` in the center's zone; `opens`/`closes` the program's hours that day (None: no
    program expects the child). One warning, the most pressing first."""
    local = f"{at:%H:%M}"
    if kind is EventKind.CHECK_IN:
        day = at.date()
        # A child both out of hours and not expected hears both in one message.
        if closes is not None and arrived_after_closing(
                at, dt.datetime.combine(day, closes, at.tzinfo)):
            return Notice(N_("{name} checked in at {time}, after closing time ({closes}): "
                             "recorded; make sure someone stays with the child.")
                          if expected else
                          N_("{name} is not expected today and checked in at {time}, after "
                             "closing time ({closes}): recorded as unscheduled; make sure "
                             "someone stays with the child."),
                          {"name": name, "time": local, "closes": f"{closes:%H:%M}"})
        if opens is not None and at < dt.datetime.combine(day, opens, at.tzinfo):
            return Notice(N_("{name} checked in at {time}, before the program opens "
                             "({opens}): recorded.")
                          if expected else
                          N_("{name} is not expected today and checked in at {time}, before "
                             "the program opens ({opens}): recorded as unscheduled."),
                          {"name": name, "time": local, "opens": f"{opens:%H:%M}"})
        if not expected:
            return Notice(N_("{name} is not expected today: checked in at {time} anyway "
                             "(recorded as unscheduled)."), {"name": name, "time": local})
    if kind is EventKind.ABSENT and not expected:
        # Kept (the family's word, e.g. "sick all week" marked Monday to Sunday), but a day
        # the child was not expected is never an absence in the figures.
        return Notice(N_("{name} is not expected on {date}: the absence is kept in the "
                         "history but not counted as an absence."),
                      {"name": name, "date": at.date().isoformat()})
    if kind is EventKind.CHECK_OUT and pickup and not may_collect(pickup, allowed):
        return Notice(N_("{name} collected by {pickup} at {time}: {pickup} is not on the "
                         "pickup list (recorded with the coordinator's reason)."),
                      {"name": name, "pickup": pickup, "time": local})
    return None
