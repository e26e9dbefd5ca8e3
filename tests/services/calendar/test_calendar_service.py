"""The calendar service on a real database: official days, overrides, months, programs."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from asc_desk.db.models import AuditEntry, CalendarOverride, OfficialDayEntry
from asc_desk.domain.calendar_rules import DayReason, OverrideKind
from asc_desk.domain.center import CenterSettings
from asc_desk.domain.errors import UserError, ValidationError
from asc_desk.domain.official_days import OfficialDay, OfficialDayKind
from asc_desk.domain.program import MONDAY_TO_FRIDAY, ProgramKind, ProgramSpec, weekday_mask
from asc_desk.services.calendar.calendar_service import CalendarService
from asc_desk.services.calendar.program_service import ProgramService
from asc_desk.services.center_service import CenterService
from asc_desk.services.database import Database

D, T = dt.date, dt.time
TERM = ProgramSpec("2026秋季学期课后班", ProgramKind.TERM, D(2026, 9, 1), D(2027, 1, 22),
                   MONDAY_TO_FRIDAY, T(16, 30), T(20, 30))
SUMMER = ProgramSpec("2026暑期班", ProgramKind.HOLIDAY, D(2026, 7, 6), D(2026, 8, 28),
                     weekday_mask(range(6)), T(7, 30), T(19, 30))
WINTER = ProgramSpec("2027寒假班", ProgramKind.HOLIDAY, D(2027, 1, 25), D(2027, 2, 26),
                     weekday_mask(range(6)), T(7, 30), T(19, 0))


@pytest.fixture
def setup(db: Database):
    center = CenterService(db, "t").set_up_center(CenterSettings("星光儿童之家", "华彩")).value
    programs = ProgramService(db, "coordinator")
    ids = {spec.name: programs.add_program(center.id, spec).value.id
           for spec in (TERM, SUMMER, WINTER)}
    return CalendarService(db, "coordinator"), center.id, ids


def _count(db: Database, model) -> int:
    with db.unit_of_work() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_national_day_2026_for_both_program_kinds(setup):
    calendar, _center, ids = setup
    term = {s.date: s for s in calendar.statuses(ids[TERM.name], D(2026, 9, 28),
                                                  D(2026, 10, 11))}
    for day in range(1, 8):
        status = term[D(2026, 10, day)]
        assert not status.open and status.reason is DayReason.PUBLIC_HOLIDAY
        assert status.official.name_zh == "国庆节"
    saturday = term[D(2026, 10, 10)]  # adjusted working day: schools open
    assert saturday.open and saturday.reason is DayReason.ADJUSTED_WORKDAY
    assert (saturday.opens_at, saturday.closes_at) == (T(16, 30), T(20, 30))
    assert not term[D(2026, 10, 11)].open
    assert term[D(2026, 10, 8)].open


def test_spring_festival_2026_for_a_holiday_program(db: Database, setup):
    calendar, center_id, _ids = setup
    winter = ProgramService(db, "t").add_program(center_id, ProgramSpec(
        "2026寒假班", ProgramKind.HOLIDAY, D(2026, 1, 26), D(2026, 3, 1),
        weekday_mask(range(6)), T(7, 30), T(19, 0))).value
    days = {s.date: s for s in calendar.statuses(winter.id, D(2026, 2, 9), D(2026, 3, 1))}
    assert days[D(2026, 2, 14)].open  # Saturday working day before the festival
    assert days[D(2026, 2, 14)].reason is DayReason.ADJUSTED_WORKDAY
    for day in range(15, 24):
        assert not days[D(2026, 2, day)].open
        assert days[D(2026, 2, day)].official.name_zh == "春节"
    assert days[D(2026, 2, 28)].open  # the second adjusted Saturday
    assert not days[D(2026, 3, 1)].open  # an ordinary Sunday


def test_unknown_year_says_so_and_entered_days_count_as_official(db: Database, setup):
    calendar, _center, ids = setup
    assert calendar.holidays(2026).known
    year = calendar.holidays(2028)
    assert (year.known, year.days) == (False, ())
    feb = calendar.statuses(ids[WINTER.name], D(2027, 2, 1), D(2027, 2, 10))
    assert all(not s.official_known for s in feb)

    spring = [OfficialDay(D(2027, 2, d), OfficialDayKind.HOLIDAY, "Spring Festival", "春节")
              for d in range(5, 13)]
    workday = OfficialDay(D(2027, 2, 14), OfficialDayKind.WORKDAY, "Spring Festival", "春节")
    assert calendar.enter_official_days([*spring, workday]).days == 9
    entered = calendar.holidays(2027)
    assert entered.known and entered.entered and len(entered.days) == 9
    status = calendar.day_status(ids[WINTER.name], D(2027, 2, 8))
    assert not status.open and status.official_known
    assert status.reason is DayReason.PUBLIC_HOLIDAY
    sunday = calendar.day_status(ids[WINTER.name], D(2027, 2, 14))
    assert sunday.open and sunday.reason is DayReason.ADJUSTED_WORKDAY


def test_a_date_cannot_be_both_holiday_and_workday(db: Database, setup):
    calendar, _center, _ids = setup
    clash = [OfficialDay(D(2027, 5, 1), OfficialDayKind.HOLIDAY, "Labour Day"),
             OfficialDay(D(2027, 5, 1), OfficialDayKind.WORKDAY, "Labour Day")]
    with pytest.raises(ValidationError, match="both"):
        calendar.enter_official_days(clash)
    assert _count(db, OfficialDayEntry) == 0


def test_overrides_beat_the_rules_and_program_beats_all(db: Database, setup):
    calendar, center_id, ids = setup
    term = ids[TERM.name]
    calendar.set_override(center_id, D(2026, 10, 3), D(2026, 10, 3), OverrideKind.OPEN,
                          "国庆特别开放", program_id=term, opens_at=T(9, 0), closes_at=T(17, 0))
    calendar.set_override(center_id, D(2026, 10, 12), D(2026, 10, 13), OverrideKind.CLOSED,
                          "台风")
    calendar.set_override(center_id, D(2026, 10, 13), D(2026, 10, 13), OverrideKind.HOURS,
                          "只开半天", program_id=term, closes_at=T(18, 0))

    holiday_open = calendar.day_status(term, D(2026, 10, 3))
    assert holiday_open.open and holiday_open.reason is DayReason.OVERRIDE_OPEN
    assert (holiday_open.opens_at, holiday_open.closes_at) == (T(9, 0), T(17, 0))
    typhoon = calendar.day_status(term, D(2026, 10, 12))
    assert not typhoon.open and typhoon.override_reason == "台风"
    own = calendar.day_status(term, D(2026, 10, 13))  # the program's own decision wins
    assert own.open and own.closes_at == T(18, 0) and own.override_reason == "只开半天"

    calendar.set_override(center_id, D(2026, 10, 12), D(2026, 10, 12), OverrideKind.CLOSED,
                          "停电")  # replaces the earlier all-programs decision
    assert calendar.day_status(term, D(2026, 10, 12)).override_reason == "停电"
    assert calendar.clear_override(center_id, D(2026, 10, 12), D(2026, 10, 13)).days == 2
    assert calendar.day_status(term, D(2026, 10, 12)).open
    with db.unit_of_work() as s:
        actions = [a.action for a in s.scalars(select(AuditEntry).where(
            AuditEntry.entity == "calendar_override").order_by(AuditEntry.id))]
    assert actions == ["set", "set", "set", "set", "clear"]


@pytest.mark.parametrize(("first", "last", "kind", "reason", "hours", "match"), [
    (D(2026, 10, 5), D(2026, 10, 1), OverrideKind.CLOSED, "x", {}, "before it starts"),
    (D(2026, 10, 5), D(2026, 10, 5), OverrideKind.CLOSED, "  ", {}, "why"),
    (D(2026, 10, 5), D(2026, 10, 5), OverrideKind.HOURS, "x", {}, "time"),
    (D(2026, 10, 5), D(2026, 10, 5), OverrideKind.CLOSED, "x", {"closes_at": T(17)}, "hours"),
    (D(2026, 10, 5), D(2026, 10, 5), OverrideKind.OPEN, "x",
     {"opens_at": T(18), "closes_at": T(17)}, "not after"),
    (D(2026, 10, 5), D(2026, 10, 5), OverrideKind.CLOSED, "x" * 201, {}, "longer"),
    (D(2026, 1, 1), D(2027, 6, 1), OverrideKind.CLOSED, "x", {}, "at most"),
])
def test_bad_overrides_write_nothing(db: Database, setup, first, last, kind, reason, hours,
                                     match):
    calendar, center_id, _ids = setup
    before = _count(db, AuditEntry)
    with pytest.raises(UserError, match=match):
        calendar.set_override(center_id, first, last, kind, reason, **hours)
    assert _count(db, CalendarOverride) == 0
    assert _count(db, AuditEntry) == before


def test_override_outside_every_program_is_saved_with_a_warning(db: Database, setup):
    calendar, center_id, _ids = setup
    change = calendar.set_override(center_id, D(2030, 1, 1), D(2030, 1, 2),
                                   OverrideKind.CLOSED, "far away")
    assert change.days == 2
    assert len(change.notices) == 1 and "outside every program" in change.notices[0].message
    assert _count(db, CalendarOverride) == 2


def test_month_lists_each_program_with_every_day(setup):
    calendar, center_id, ids = setup
    months = calendar.month(center_id, 2026, 10)
    assert [m.program.name for m in months] == [SUMMER.name, TERM.name, WINTER.name]
    assert all(len(m.days) == 31 for m in months)
    only = calendar.month(center_id, 2026, 2, program_id=ids[TERM.name])
    assert len(only) == 1 and len(only[0].days) == 28
    with pytest.raises(ValidationError):
        calendar.month(center_id, 2026, 13)


def test_program_edit_and_overlap_warning(db: Database, setup):
    _calendar, center_id, ids = setup
    programs = ProgramService(db, "t")
    clash = ProgramSpec("秋季二班", ProgramKind.TERM, D(2026, 10, 1), D(2026, 12, 31),
                        MONDAY_TO_FRIDAY, T(16, 30), T(20, 0))
    notices = programs.overlap_notices(center_id, clash)
    assert len(notices) == 1 and TERM.name in notices[0].message
    edited = programs.update_program(ids[TERM.name], TERM, open_on_public_holidays=True).value
    assert edited.open_on_public_holidays
    assert programs.overlap_notices(center_id, TERM, exclude_id=ids[TERM.name]) == []
    with pytest.raises(ValidationError) as caught:
        programs.update_program(ids[TERM.name], SUMMER)  # the name is taken
    assert caught.value.field == "name"
    assert programs.find_program(center_id, TERM.name).open_on_public_holidays
    with pytest.raises(UserError, match="no program named"):
        programs.find_program(center_id, "没有这个班")


def test_deleting_a_program_takes_its_overrides(db: Database, setup):
    calendar, center_id, ids = setup
    calendar.set_override(center_id, D(2026, 10, 12), D(2026, 10, 12), OverrideKind.CLOSED,
                          "x", program_id=ids[TERM.name])
    from asc_desk.db.models import Program

    with db.unit_of_work() as s:
        s.delete(s.get(Program, ids[TERM.name]))
    assert _count(db, CalendarOverride) == 0
