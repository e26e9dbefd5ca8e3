"""Staff from the command line: `asc-desk caregivers list|add`, `asc-desk staff
leave|clock-in|clock-out|hours`, `asc-desk shifts add|week|check`."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from zoneinfo import ZoneInfo

from asc_desk.cli.common import actor, add_db_option, by_pinyin, open_for_command, print_json
from asc_desk.cli.messages import count_text, current, notice_text, say, text, warn, warn_notice
from asc_desk.cli.parser import pad, print_table, width
from asc_desk.domain.dates import parse_date, parse_month, parse_time
from asc_desk.domain.errors import N_, ValidationError

ROLES = ("teacher", "assistant", "volunteer", "coordinator")
LEAVE_KINDS = ("annual", "sick", "training", "other")
# The words the window uses for them, for text output (options and JSON stay as they are).
ROLE_TEXT = {"teacher": N_("teacher"), "assistant": N_("assistant"),
             "volunteer": N_("volunteer"), "coordinator": N_("coordinator")}
LEAVE_TEXT = {"annual": N_("annual leave"), "sick": N_("sick leave"),
              "training": N_("training"), "other": N_("other leave")}
WEEKDAYS = (N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"))
CAREGIVER_HELP = N_("a caregiver's name, employee id or card code")


def register(sub) -> None:
    care = sub.add_parser("caregivers", help=N_("the caregivers: list, add"))
    c = care.add_subparsers(dest="caregivers_command", metavar="ACTION", required=True)
    listing = c.add_parser("list", help=N_("list the active caregivers"))
    add_db_option(listing)
    listing.add_argument("--all", action="store_true", help=N_("include inactive caregivers"))
    listing.add_argument("--json", action="store_true", help=N_("print JSON instead of a table"))
    listing.set_defaults(handler=_list)
    add = c.add_parser("add", help=N_("add a caregiver (a card code is made for the desk)"))
    add_db_option(add)
    add.add_argument("name", metavar="NAME", help=N_("the caregiver's name"))
    add.add_argument("--role", choices=ROLES, default="teacher", help=N_("default: teacher"))
    add.add_argument("--phone", default="", help=N_("a mobile phone number"))
    add.add_argument("--employee-id", default="", help=N_("the factory's employee id"))
    add.add_argument("--max-hours", type=int, default=40, metavar="N",
                     help=N_("the most hours a week the caregiver may be planned (default 40)"))
    add.set_defaults(handler=_add)

    staff = sub.add_parser("staff", help=N_("caregivers' leave, the staff clock, hours"))
    s = staff.add_subparsers(dest="staff_command", metavar="ACTION", required=True)
    leave = s.add_parser("leave", help=N_("record leave (whole days)"))
    add_db_option(leave)
    leave.add_argument("caregiver", metavar="CAREGIVER", help=CAREGIVER_HELP)
    leave.add_argument("--from", dest="first", required=True, metavar="DATE",
                       help=N_("the first day away, e.g. 2026-12-01"))
    leave.add_argument("--to", dest="last", required=True, metavar="DATE",
                       help=N_("the last day away (included)"))
    leave.add_argument("--kind", choices=LEAVE_KINDS, default="annual",
                       help=N_("default: annual"))
    leave.add_argument("--note", default="", help=N_("a short note"))
    leave.set_defaults(handler=_leave)
    for name, words in (("clock-in", N_("record a caregiver's arrival")),
                        ("clock-out", N_("record a caregiver's departure"))):
        p = s.add_parser(name, help=words)
        add_db_option(p)
        p.add_argument("caregiver", metavar="CAREGIVER", help=CAREGIVER_HELP)
        p.add_argument("--at", metavar="ISO-DATETIME",
                       help=N_("when (the center's local time, e.g. 2026-11-25T16:05); "
                               "default: now"))
        p.set_defaults(handler=_clock, clock=name)
    hours = s.add_parser("hours", help=N_("planned and actual hours per caregiver in a month"))
    add_db_option(hours)
    hours.add_argument("--month", required=True, metavar="YYYY-MM", help=N_("e.g. 2026-11"))
    hours.add_argument("--json", action="store_true", help=N_("print JSON instead of a table"))
    hours.set_defaults(handler=_hours)

    shifts = sub.add_parser("shifts", help=N_("caregivers' shifts: add, the week, check"))
    h = shifts.add_subparsers(dest="shifts_command", metavar="ACTION", required=True)
    sadd = h.add_parser("add", help=N_("plan a shift"))
    add_db_option(sadd)
    sadd.add_argument("caregiver", metavar="CAREGIVER", help=CAREGIVER_HELP)
    sadd.add_argument("date", metavar="DATE", help=N_("the day, e.g. 2026-11-25"))
    sadd.add_argument("start", metavar="START", help=N_("start time, e.g. 16:00"))
    sadd.add_argument("end", metavar="END", help=N_("end time, e.g. 21:00 (same day)"))
    sadd.add_argument("--program", metavar="NAME", help=N_("the program the shift is for"))
    sadd.add_argument("--note", default="", help=N_("a short note"))
    sadd.set_defaults(handler=_shift_add)
    week = h.add_parser("week", help=N_("the week (Monday to Sunday) holding a date"))
    add_db_option(week)
    week.add_argument("--date", required=True, metavar="DATE", help=N_("any day of the week"))
    week.add_argument("--json", action="store_true", help=N_("print JSON instead of text"))
    week.set_defaults(handler=_week)
    check = h.add_parser("check", help=N_("every conflict and coverage gap (exit 1 if any)"))
    add_db_option(check)
    check.add_argument("--from", dest="first", required=True, metavar="DATE",
                       help=N_("the first day to check"))
    check.add_argument("--to", dest="last", required=True, metavar="DATE",
                       help=N_("the last day to check (included)"))
    check.add_argument("--json", action="store_true", help=N_("print JSON instead of text"))
    check.set_defaults(handler=_check)


def _services(db):
    from asc_desk.services.shifts.planning import ShiftPlanning
    from asc_desk.services.shifts.shift_service import ShiftService
    from asc_desk.services.shifts.staff_service import StaffService

    return StaffService(db, actor()), ShiftService(db, actor()), ShiftPlanning(db)


def _list(args: argparse.Namespace) -> int:
    with open_for_command(args, write=False) as (db, center):
        staff, _shifts, _plan = _services(db)
        people = staff.list_caregivers(center.id, include_inactive=args.all)
    rows = [{"name": p.name, "role": str(p.role), "phone": p.draft.phone,
             "employee_id": p.draft.employee_id, "card_code": p.card_code,
             "max_hours_per_week": p.draft.max_hours_per_week, "active": p.draft.active,
             "qualifications": [{"kind": q.kind, "expires_on": q.expires_on}
                                for q in p.qualifications]} for p in people]
    rows = by_pinyin(rows, lambda r: r["name"])
    if args.json:
        print_json(rows)
        return 0
    print_table(
        [text(N_("Name")), text(N_("Role")), text(N_("Card code")), text(N_("Employee id")),
         text(N_("Phone")), text(N_("Hours a week")), text(N_("Qualifications"))],
        [[r["name"], _role(r["role"]), r["card_code"], r["employee_id"] or "-",
          r["phone"] or "-", text(N_("at most {hours} h"), hours=r["max_hours_per_week"]),
          text(N_(", ")).join(f"{q['kind']} {q['expires_on'] or ''}".strip()
                              for q in r["qualifications"])] for r in rows])
    print(count_text(len(rows), N_("{count} caregiver."), N_("{count} caregivers.")),
          file=sys.stderr)
    return 0


def _role(role: str) -> str:
    return text(ROLE_TEXT.get(role, role))


def _add(args: argparse.Namespace) -> int:
    from asc_desk.domain.staff import CaregiverDraft, Role

    with open_for_command(args) as (db, center):
        staff, _shifts, _plan = _services(db)
        info = staff.add_caregiver(center.id, CaregiverDraft(
            args.name, Role(args.role), args.phone, args.employee_id, args.max_hours)).value
    say(N_("Added {name} ({role}), card code {card}."), name=info.name,
        role=_role(str(info.role)), card=info.card_code)
    return 0


def _leave(args: argparse.Namespace) -> int:
    from asc_desk.domain.staff import LeaveDraft, LeaveKind

    first, last = parse_date(args.first, "from"), parse_date(args.last, "to")
    with open_for_command(args) as (db, center):
        staff, _shifts, _plan = _services(db)
        person = staff.find_caregiver(center.id, args.caregiver)
        staff.add_leave(person.id, LeaveDraft(first, last, LeaveKind(args.kind),
                                              note=args.note))
    say(N_("{name}: {kind} from {first} to {last}."), name=person.name,
        kind=text(LEAVE_TEXT[args.kind]), first=first, last=last)
    return 0


def _clock(args: argparse.Namespace) -> int:
    from asc_desk.services.shifts.staff_clock_service import StaffClockService

    with open_for_command(args) as (db, center):
        staff, _shifts, _plan = _services(db)
        person = staff.find_caregiver(center.id, args.caregiver)
        at = _moment(args.at, ZoneInfo(center.time_zone))
        desk = StaffClockService(db, actor())
        result = (desk.clock_in if args.clock == "clock-in" else desk.clock_out)(person.id, at)
    print(notice_text(result.notice))
    return 0


def _moment(text: str | None, zone: ZoneInfo) -> dt.datetime | None:
    if text is None:
        return None
    try:
        value = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(N_("“{value}” is not a date and time: write it as "
                                 "2026-11-25T16:40."), field="at", value=text) from None
    return value.replace(tzinfo=zone) if value.tzinfo is None else value


def _hours(args: argparse.Namespace) -> int:
    year, month = parse_month(args.month)
    with open_for_command(args, write=False) as (db, center):
        _staff, _shifts, plan = _services(db)
        rows = plan.hours(center.id, year, month)
    out = by_pinyin([{"name": r.name, "role": str(r.role), "planned": r.planned,
                      "actual": r.actual, "open_clock_in": r.open_clock_in} for r in rows],
                    lambda r: r["name"])
    if args.json:
        print_json({"month": f"{year:04d}-{month:02d}", "caregivers": out})
        return 0
    print_table([text(N_("Caregiver")), text(N_("Planned")), text(N_("Actual")), ""],
                [[r["name"], f"{r['planned']:.2f}", f"{r['actual']:.2f}",
                  text(N_("(still clocked in)")) if r["open_clock_in"] else ""] for r in out],
                right=(1, 2))
    return 0


def _shift_add(args: argparse.Namespace) -> int:
    from asc_desk.domain.staff import ShiftDraft
    from asc_desk.services.calendar.program_service import ProgramService

    day = parse_date(args.date)
    start, end = parse_time(args.start, "start"), parse_time(args.end, "end")
    with open_for_command(args) as (db, center):
        staff, shifts, _plan = _services(db)
        person = staff.find_caregiver(center.id, args.caregiver)
        program_id = (ProgramService(db, actor()).find_program(center.id, args.program).id
                      if args.program else None)
        edit = shifts.add_shift(center.id, ShiftDraft(person.id, day, start, end, program_id,
                                                      args.note))
    say(N_("{name}: shift {day} {start}-{end} added."), name=person.name, day=day,
        start=f"{start:%H:%M}", end=f"{end:%H:%M}")
    for notice in edit.notices:
        warn_notice(notice)
    return 0


def _plan_json(plan, names: dict[int, str]) -> dict:
    return {
        "from": plan.first.isoformat(), "to": plan.last.isoformat(),
        "days": [{"date": d.date.isoformat(), "open": d.hours.open,
                  "opens_at": _hm(d.hours.opens_at), "closes_at": _hm(d.hours.closes_at),
                  "official_holiday": d.official, "official_holiday_zh": d.official_zh,
                  "adjusted_workday": d.adjusted_workday,
                  "expected_children": d.expected_children} for d in plan.days],
        "caregivers": [{"id": c.id, "name": c.name, "role": str(c.role)}
                       for c in plan.caregivers],
        "shifts": [{"id": s.id, "caregiver": names.get(s.caregiver_id, ""),
                    "date": s.day.isoformat(), "start": _hm(s.starts_at),
                    "end": _hm(s.ends_at), "note": s.note} for s in plan.shifts],
        "conflicts": [{"kind": str(c.kind), "date": c.day.isoformat(),
                       "caregiver": c.caregiver_name, "shift_id": c.shift_id,
                       "message": c.message} for c in plan.conflicts],
        "gaps": [{"date": g.day.isoformat(), "start": _hm(g.slot.starts_at),
                  "end": _hm(g.slot.ends_at), "children": g.slot.children,
                  "required": g.slot.required, "scheduled": g.slot.scheduled,
                  "missing": g.slot.missing} for g in plan.gaps],
    }


def _hm(value: dt.time | None) -> str | None:
    return value.strftime("%H:%M") if value else None


def _week(args: argparse.Namespace) -> int:
    day = parse_date(args.date)
    with open_for_command(args, write=False) as (db, center):
        _staff, _shifts, planning = _services(db)
        plan = planning.week(center.id, day)
    names = {c.id: c.name for c in plan.caregivers}
    if args.json:
        print_json(_plan_json(plan, names))
        return 0
    for d in plan.days:
        what = (text(N_("open {hours}, {count} children expected"),
                     hours=f"{_hm(d.hours.opens_at)}-{_hm(d.hours.closes_at)}",
                     count=d.expected_children) if d.hours.open else text(N_("closed")))
        adjusted = text(N_("adjusted working day"))
        # The holiday in the output's language, as `calendar` prints it (国庆节, not National Day).
        holiday = (d.official_zh or d.official) if current() == "zh_CN" else d.official
        mark = (f" [{holiday}]" if d.official
                else f" [{adjusted}]" if d.adjusted_workday else "")
        say(N_("{date} {weekday}: {what}"), date=d.date,
            weekday=text(WEEKDAYS[d.date.weekday()]), what=what + mark)
        shifts = [s for s in plan.shifts if s.day == d.date]
        columns = max((width(names.get(s.caregiver_id, "?")) for s in shifts), default=0)
        for s in shifts:
            print(f"    {pad(names.get(s.caregiver_id, '?'), columns)}  {_hm(s.starts_at)}-"
                  f"{_hm(s.ends_at)}")
    _print_problems(plan)
    return 0


def _print_problems(plan) -> int:
    for c in plan.conflicts:
        say(N_("conflict {day} {name}: {message}"), day=c.day, name=c.caregiver_name,
            message=text(c.template, name=c.caregiver_name, **c.params))
    for g in plan.gaps:
        say(N_("gap {message}"), message=notice_text(g))
    return len(plan.conflicts) + len(plan.gaps)


def _check(args: argparse.Namespace) -> int:
    first, last = parse_date(args.first, "from"), parse_date(args.last, "to")
    with open_for_command(args, write=False) as (db, center):
        _staff, _shifts, planning = _services(db)
        plan = planning.check(center.id, first, last)
    if args.json:
        data = _plan_json(plan, {c.id: c.name for c in plan.caregivers})
        print_json({k: data[k] for k in ("from", "to", "conflicts", "gaps")})
        problems = len(plan.conflicts) + len(plan.gaps)
    else:
        problems = _print_problems(plan)
        warn(N_("Conflicts: {conflicts}; coverage gaps: {gaps}."),
             conflicts=len(plan.conflicts), gaps=len(plan.gaps))
    return 1 if problems else 0
