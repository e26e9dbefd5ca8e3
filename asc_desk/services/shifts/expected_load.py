"""The children expected each open day of a range, by age band and hours, for the shift plan:
one read of the children with their enrollments, grouped so the rule runs per group, not per
child."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from itertools import groupby
from operator import itemgetter

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from asc_desk.db.models import AttendanceEventRow, Child, Enrollment
from asc_desk.domain.calendar_rules import DayStatus
from asc_desk.domain.expected_day import EnrollmentSpan, expected_on, on_roster
from asc_desk.domain.ratio_rules import RatioRules, age_on
from asc_desk.domain.shift_rules import ExpectedGroup

# (status, withdrawn_on, the child's enrollments as plain tuples, in the order they were made)
_Key = tuple[str, dt.date | None, tuple[tuple[int, dt.date, dt.date | None, int], ...]]
_Bands = tuple[tuple[dt.date, int], ...]


def expected_in(s: Session | Connection, center_id: int, days: list[dt.date], rules: RatioRules,
                statuses: dict[dt.date, dict[int, DayStatus]]
                ) -> dict[dt.date, list[ExpectedGroup]]:
    """Children expected each day of `days` (sorted), less those marked absent in advance,
    grouped by age band and hours.

    Who is expected is `domain/expected_day.expected_on`, the desk's and the reports' rule
    (on the roster that day, an enrollment current that day on one of its weekdays, in a
    program open that day; the hours are those of the program it names).
    tests/services/shifts/test_expected_agreement.py checks, day by day, that both give the
    same children and hours. Calling the desk's `children_of_day` once a day cost 60 ms a day.
    """
    if not days:
        return {}
    first, last = days[0], days[-1]
    rows = s.execute(select(Child.id, Child.status, Child.withdrawn_on, Child.birth_date,
                            Enrollment.program_id, Enrollment.from_date, Enrollment.to_date,
                            Enrollment.weekdays)
                     .join(Enrollment, Enrollment.child_id == Child.id)
                     .where(Child.center_id == center_id)
                     .order_by(Child.id, Enrollment.id)).all()
    absent = _absences(s, center_id, first, last)
    # Children alike for the rule (same enrollments, same status and day of leaving, same
    # age band through the range) are one group: 500 children make a few dozen.
    groups: dict[_Key, dict[_Bands, int]] = defaultdict(lambda: defaultdict(int))
    singles: list[tuple[_Key, _Bands, set[dt.date]]] = []
    bands_of: dict[dt.date | None, _Bands] = {}  # many children share a birth date
    for child_id, mine in groupby(rows, key=itemgetter(0)):
        spans = list(mine)
        _id, status, withdrawn_on, birth = spans[0][:4]
        if not on_roster(first, status, withdrawn_on):
            continue  # left before the range: then on the roster none of its days
        bands = bands_of.get(birth)
        if bands is None:
            bands = bands_of[birth] = _bands(birth, first, last, rules)
        key = (status, withdrawn_on, tuple(r[4:] for r in spans))
        if child_id in absent:
            singles.append((key, bands, absent[child_id]))
        else:
            groups[key][bands] += 1
    spans_of = {key: tuple(EnrollmentSpan(*e) for e in key[2])
                for key in {*groups, *(k for k, _b, _a in singles)}}
    # A group active all through the range, its enrollments too, is expected or not by the
    # weekday and the programs open alone: asked once per weekday and set of programs.
    steady = {key for key in spans_of if key[0] == "active" and all(
        f <= first and (t is None or t >= last) for _p, f, t, _w in key[2])}
    known: dict[tuple, int | None] = {}

    def program_of(key: _Key, day: dt.date, open_ids: tuple[int, ...]) -> int | None:
        cache_key = (key, day.weekday(), open_ids) if key in steady else None
        if cache_key is not None and cache_key in known:
            return known[cache_key]
        answer = expected_on(day, spans_of[key], open_ids, status=key[0],
                             withdrawn_on=key[1])
        found = answer.program_id if answer.expected else None
        if cache_key is not None:
            known[cache_key] = found
        return found

    out: dict[dt.date, list[ExpectedGroup]] = {}
    for day in days:
        # DayStatus: hours are None exactly when the day is closed.
        open_hours = {pid: (st.opens_at, st.closes_at) for pid, st in statuses[day].items()
                      if st.open and st.opens_at is not None and st.closes_at is not None}
        counts: dict[tuple[int, dt.time, dt.time], int] = defaultdict(int)
        if open_hours:
            open_ids = tuple(open_hours)
            for key, variants in groups.items():
                program = program_of(key, day, open_ids)
                if program is not None:
                    opens, closes = open_hours[program]
                    for bands, n in variants.items():
                        counts[(_band_on(bands, day), opens, closes)] += n
            for key, bands, away in singles:
                if day not in away:
                    program = program_of(key, day, open_ids)
                    if program is not None:
                        counts[(_band_on(bands, day), *open_hours[program])] += 1
        out[day] = [ExpectedGroup(b, o, c, n) for (b, o, c), n in counts.items()]
    return out


def _absences(s: Session | Connection, center_id: int, first: dt.date, last: dt.date
              ) -> dict[int, set[dt.date]]:
    """The days each child was marked absent in advance (an absence voided by a correction
    does not count)."""
    rows = s.execute(select(AttendanceEventRow.id, AttendanceEventRow.child_id,
                            AttendanceEventRow.local_date, AttendanceEventRow.kind,
                            AttendanceEventRow.corrects).where(
        AttendanceEventRow.center_id == center_id,
        AttendanceEventRow.local_date >= first, AttendanceEventRow.local_date <= last,
        AttendanceEventRow.kind.in_(("absent", "correction_void")))).all()
    voided = {r.corrects for r in rows if r.corrects is not None}
    absent: dict[int, set[dt.date]] = defaultdict(set)
    for r in rows:
        if r.kind == "absent" and r.id not in voided:
            absent[r.child_id].add(r.local_date)
    return absent


def _bands(birth: dt.date | None, first: dt.date, last: dt.date, rules: RatioRules
           ) -> _Bands:
    """(from which day, band) for a child over first..last: one entry unless a birthday in
    the range moves the child to another age band."""
    band = rules.band_of(age_on(birth, first))
    out = [(first, band)]
    if birth is not None:
        for year in range(first.year, last.year + 1):
            try:
                birthday = birth.replace(year=year)
            except ValueError:  # 29 February: a year older on 1 March
                birthday = dt.date(year, 3, 1)
            if first < birthday <= last:
                new = rules.band_of(age_on(birth, birthday))
                if new != out[-1][1]:
                    out.append((birthday, new))
    return tuple(out)


def _band_on(bands: _Bands, day: dt.date) -> int:
    band = bands[0][1]
    for since, later in bands[1:]:
        if day >= since:
            band = later
    return band
