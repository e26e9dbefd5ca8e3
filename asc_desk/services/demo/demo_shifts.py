"""Demo staff: caregivers with qualifications (one expiring soon), a month of shifts around
"today" (the day the demo is made), leave, a week of the staff clock, one deliberate coverage
gap on the next open day (tomorrow on a weekday) and one conflict a week later.

Every date here is relative to `today`: a demo made on any day the demo's programs run shows
tomorrow's gap in the Shifts page's banner. Shifts follow each day's opening hours (an
evening shift in term time, an early and a late one in the holidays)."""

from __future__ import annotations

import datetime as dt
import random
from zoneinfo import ZoneInfo

from sqlalchemy import insert, select

from asc_desk.db.models import (
    Caregiver,
    CaregiverQualification,
    Center,
    Shift,
    ShiftTemplate,
    StaffClockEvent,
    StaffLeave,
)
from asc_desk.domain.ratio_rules import required_for
from asc_desk.domain.shift_rules import DayHours
from asc_desk.domain.staff import Role
from asc_desk.services.database import Database
from asc_desk.services.roster.roster_service import new_card_code, taken_card_codes
from asc_desk.services.shifts.planning import ShiftPlanning
from asc_desk.services.shifts.staff_service import ratio_rules_in

GIVEN = ["丽华", "晓燕", "春梅", "志刚", "海燕", "俊", "秀兰", "文静", "建华", "小红", "雪梅",
         "明", "婷婷", "国平", "美玲", "红霞"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高"
EVENING = (dt.time(16, 0), dt.time(21, 0))


def fill_shifts(db: Database, center_id: int, today: dt.date, rng: random.Random,
                actor: str = "demo") -> int:
    """Caregivers enough for every day's expected children, and their shifts from three weeks
    before `today` to two weeks after; returns the number of caregivers."""
    first = today - dt.timedelta(days=today.weekday() + 14)  # a Monday
    last = today + dt.timedelta(days=16)
    planning = ShiftPlanning(db)
    expected = planning.expected_children(center_id, first, last)
    open_days = {d.date: d.hours for d in planning.plan(center_id, first, last).days
                 if d.hours.open}
    with db.unit_of_work() as s:
        rules = ratio_rules_in(s, center_id)
        center = s.get(Center, center_id)
        assert center is not None  # the demo made it
        zone = ZoneInfo(center.time_zone)

        def needed(groups) -> int:
            counts = [0] * len(rules.bands)
            for g in groups:
                counts[g.band] += g.count
            return required_for(counts, rules)

        plan = {day: (needed(expected.get(day, ())), _blocks(hours))
                for day, hours in open_days.items()}
        per_day = {day: need * len(blocks) for day, (need, blocks) in plan.items()}
        teachers = max(per_day.values(), default=2) + 2  # spares for leave
        used = taken_card_codes(s)
        rows = []
        for i in range(teachers + 2):
            role = (Role.COORDINATOR if i == 0 else Role.VOLUNTEER if i >= teachers
                    else Role.ASSISTANT if i % 3 == 2 else Role.TEACHER)
            code = new_card_code()
            while code in used:
                code = new_card_code()
            used.add(code)
            name = SURNAMES[i % len(SURNAMES)] + GIVEN[(i * 7 + rng.randrange(3)) % len(GIVEN)]
            rows.append(dict(center_id=center_id, name=name, role=str(role),
                             phone=f"139{rng.randint(10000000, 99999999)}",
                             employee_id=f"S{100 + i}", card_code=code,
                             max_hours_per_week=40 if role is not Role.VOLUNTEER else 12,
                             available_weekdays=0b0011111, available_from=dt.time(15, 0),
                             available_to=dt.time(21, 30), active=True))
        s.execute(insert(Caregiver), rows)
        people = list(s.execute(select(Caregiver.id, Caregiver.role).where(
            Caregiver.center_id == center_id).order_by(Caregiver.id)))
        staff = [p.id for p in people if p.role != Role.VOLUNTEER]
        volunteers = [p.id for p in people if p.role == Role.VOLUNTEER]
        quals = []
        for index, cid in enumerate(staff):
            expires = (today + dt.timedelta(days=20) if index == 1
                       else dt.date(today.year + 1, 1 + index % 12, 15))
            quals.append(dict(caregiver_id=cid, kind="健康证", expires_on=expires))
            if index % 2 == 0:
                quals.append(dict(caregiver_id=cid, kind="急救证",
                                  expires_on=dt.date(today.year + 2, 6, 30)))
        s.execute(insert(CaregiverQualification), quals)
        s.execute(insert(ShiftTemplate), [
            dict(center_id=center_id, name="晚班", starts_at=EVENING[0], ends_at=EVENING[1]),
            dict(center_id=center_id, name="暑期早班", starts_at=dt.time(7, 0),
                 ends_at=dt.time(13, 0)),
            dict(center_id=center_id, name="暑期晚班", starts_at=dt.time(13, 0),
                 ends_at=dt.time(19, 30)),
        ])
        # The gap on the next open day (tomorrow on a weekday); the conflict a week or so
        # later, never on the gap's day (the extra shift there would fill the gap).
        later = sorted(d for d in plan if d > today)
        gap_day = later[0] if later else None
        sick_day = next((d for d in later if d >= today + dt.timedelta(days=7)),
                        later[-1] if len(later) > 1 else None)
        # Leave: one on annual leave (not planned those days); one off sick but still on
        # the plan, the deliberate conflict.
        away = staff[2]
        annual = (today + dt.timedelta(days=6), today + dt.timedelta(days=8))
        sick_one = staff[3]
        leave = [dict(center_id=center_id, caregiver_id=away, first_day=annual[0],
                      last_day=annual[1], kind="annual", note="回老家")]
        if sick_day is not None:
            leave.append(dict(center_id=center_id, caregiver_id=sick_one, first_day=sick_day,
                              last_day=sick_day, kind="sick", note="发烧"))
        s.execute(insert(StaffLeave), leave)
        shifts, clock = [], []
        for day, (need, blocks) in sorted(plan.items()):
            pool = [c for c in staff if not (c == away and annual[0] <= day <= annual[1])
                    and not (c == sick_one and day == sick_day)]
            rng.shuffle(pool)
            chosen = []
            for b, (start, end) in enumerate(blocks):
                for n, cid in enumerate(pool[b * need:(b + 1) * need]):
                    chosen.append(cid)
                    # On the gap's day one caregiver leaves 90 minutes early: short by one
                    # at the end of the day.
                    leaves = (_minus(end, 90) if day == gap_day and n == 0
                              and b == len(blocks) - 1 else end)
                    shifts.append(dict(center_id=center_id, caregiver_id=cid, day=day,
                                       starts_at=start, ends_at=leaves, note=""))
                    if today - dt.timedelta(days=7) <= day < today:
                        come = dt.datetime.combine(day, start, zone) + dt.timedelta(
                            minutes=rng.randint(-10, 8))
                        go = dt.datetime.combine(day, leaves, zone) + dt.timedelta(
                            minutes=rng.randint(-5, 20))
                        for kind, at in (("clock_in", come), ("clock_out", go)):
                            clock.append(dict(center_id=center_id, caregiver_id=cid,
                                              kind=kind, at=at, local_date=day,
                                              recorded_at=at, recorded_by=actor))
            if day.weekday() == 2 and volunteers:  # a volunteer helps with homework
                shifts.append(dict(center_id=center_id, caregiver_id=volunteers[0], day=day,
                                   starts_at=dt.time(16, 30), ends_at=dt.time(19, 0),
                                   note="作业辅导"))
            if day == sick_day:  # on the plan although off sick: the conflict
                start, end = blocks[-1]
                shifts.append(dict(center_id=center_id, caregiver_id=sick_one, day=day,
                                   starts_at=start, ends_at=end, note=""))
        s.execute(insert(Shift), shifts)
        if clock:
            s.execute(insert(StaffClockEvent), clock)
    return len(rows)


def _blocks(hours: DayHours) -> list[tuple[dt.time, dt.time]]:
    """The day's shifts: one evening shift (term time), or an early and a late one when the
    center opens in the morning (holidays); each starts 30 minutes before it opens."""
    opens, closes = hours.opens_at or EVENING[0], hours.closes_at or EVENING[1]
    if opens >= dt.time(12, 0):
        return [(_minus(opens, 30), max(closes, EVENING[1]))]
    return [(_minus(opens, 30), dt.time(13, 0)), (dt.time(13, 0), closes)]


def _minus(t: dt.time, minutes: int) -> dt.time:
    total = t.hour * 60 + t.minute - minutes
    return dt.time(total // 60, total % 60)
