"""The desk from the command line:
`asc-desk attendance check-in|check-out|absent|correct|undo|day|history`."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from zoneinfo import ZoneInfo

from asc_desk.cli.common import actor, add_db_option, by_pinyin, open_for_command, print_json
from asc_desk.cli.messages import count_text, notice_text, say, text, warn_notice
from asc_desk.cli.parser import print_table
from asc_desk.domain.dates import parse_date, parse_time
from asc_desk.domain.errors import N_, UserError, ValidationError

STATE_TEXT = {"expected": N_("to arrive"), "present": N_("present"),
              "collected": N_("collected"), "absent": N_("absent"),
              "unexpected_present": N_("present (not expected)"),
              "unexpected_collected": N_("collected (not expected)")}
ABSENCE_TEXT = {"sick": N_("absent: sick"), "leave": N_("absent: on leave"),
                "notified": N_("absent: notified by the family"), "other": N_("absent: other")}
KIND_TEXT = {"check_in": N_("check-in"), "check_out": N_("check-out"), "absent": N_("absence"),
             "correction_void": N_("voided")}


def register(sub) -> None:
    att = sub.add_parser("attendance", help=N_("check-in desk: arrivals, departures, absences"))
    a = att.add_subparsers(dest="attendance_command", metavar="ACTION", required=True)
    cin = a.add_parser("check-in", help=N_("record an arrival"))
    add_db_option(cin)
    cin.add_argument("ref", metavar="REF", help=N_("card code, child id, or exact unique name"))
    cin.add_argument("--at", metavar="ISO-DATETIME", help=N_("default: now"))
    cin.add_argument("--reason", help=N_("needed on a day the calendar has closed"))
    cin.set_defaults(handler=_check_in)
    out = a.add_parser("check-out", help=N_("record who collected a child"))
    add_db_option(out)
    out.add_argument("ref", metavar="REF", help=N_("card code, child id, or exact unique name"))
    out.add_argument("--pickup", required=True, metavar="NAME",
                     help=N_("who collects the child: a guardian or authorized pickup"))
    out.add_argument("--at", metavar="ISO-DATETIME", help=N_("default: now"))
    out.add_argument("--override-reason", help=N_("a coordinator lets someone not on the list"))
    out.add_argument("--checked-in-at", metavar="TIME",
                     help=N_("the child was never checked in: record the arrival too"))
    out.add_argument("--reason", help=N_("why the arrival is recorded afterwards"))
    out.set_defaults(handler=_check_out)
    absent = a.add_parser("absent", help=N_("mark a child absent (also in advance)"))
    add_db_option(absent)
    absent.add_argument("ref", metavar="REF", help=N_("card code, child id, or exact unique name"))
    absent.add_argument("--date", required=True, metavar="DATE", help=N_("the day of the absence"))
    absent.add_argument("--reason", required=True, choices=("sick", "leave", "notified",
                                                            "other"),
                        help=N_("sick, on leave, notified by the family, or other"))
    absent.add_argument("--note", default="", help=N_("a short note, e.g. 回老家"))
    absent.set_defaults(handler=_absent)
    correct = a.add_parser("correct", help=N_("correct a record (see history): void it, or "
                              "give a new time or pickup"))
    add_db_option(correct)
    correct.add_argument("event", metavar="EVENT", type=int,
                         help=N_("the record's number (shown by `attendance history`)"))
    # Not required by argparse: a missing reason is the service's one-line refusal.
    correct.add_argument("--reason", default="", help=N_("why (recorded; needed)"))
    correct.add_argument("--at", metavar="HH:MM", help=N_("the new time, on the record's day"))
    correct.add_argument("--pickup", metavar="NAME", help=N_("who really collected the child"))
    correct.add_argument("--void", action="store_true",
                         help=N_("the record should not exist: void it without a replacement"))
    correct.set_defaults(handler=_correct)
    undo = a.add_parser("undo", help=N_("take back a record made by mistake"))
    add_db_option(undo)
    undo.add_argument("event", metavar="EVENT", type=int, help=N_("the record's number"))
    undo.set_defaults(handler=_undo)
    day = a.add_parser("day", help=N_("each child of a day: state, times, who collected"))
    add_db_option(day)
    day.add_argument("--date", metavar="DATE", help=N_("default: today"))
    day.add_argument("--json", action="store_true", help=N_("print JSON"))
    day.set_defaults(handler=_day)
    history = a.add_parser("history", help=N_("every record of a child, corrections included"))
    add_db_option(history)
    history.add_argument("ref", metavar="REF", help=N_("card code, child id, or exact unique name"))
    history.add_argument("--json", action="store_true", help=N_("print JSON"))
    history.set_defaults(handler=_history)


def _moment(text: str | None, zone: ZoneInfo, field: str, day: dt.date | None = None):
    """ISO date-time (naive = the center's time zone), or HH:MM on `day`."""
    if text is None:
        return None
    try:
        value = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        if day is None:
            raise ValidationError(N_("“{value}” is not a date and time: write it as "
                                     "2026-11-25T16:40."), field=field, value=text) from None
        value = dt.datetime.combine(day, parse_time(text, field))
    return value.replace(tzinfo=zone) if value.tzinfo is None else value


def _services(db):
    from asc_desk.services.attendance.attendance_service import AttendanceService
    from asc_desk.services.roster.roster_service import RosterService

    return AttendanceService(db, actor()), RosterService(db, actor())


def _check_in(args: argparse.Namespace) -> int:
    with open_for_command(args) as (db, center):
        desk, roster = _services(db)
        child = roster.find_child(center.id, args.ref)
        at = _moment(args.at, ZoneInfo(center.time_zone), "at")
        result = desk.check_in(center.id, child.id, at=at, reason=args.reason)
    print(notice_text(result.notice))
    return 0


def _check_out(args: argparse.Namespace) -> int:
    with open_for_command(args) as (db, center):
        desk, roster = _services(db)
        child = roster.find_child(center.id, args.ref)
        zone = ZoneInfo(center.time_zone)
        at = _moment(args.at, zone, "at")
        day = (at or dt.datetime.now(zone)).astimezone(zone).date()
        checked_in = _moment(args.checked_in_at, zone, "checked_in_at", day)
        result = desk.check_out(center.id, child.id, args.pickup, at=at,
                                override_reason=args.override_reason,
                                checked_in_at=checked_in, reason=args.reason)
    print(notice_text(result.notice))
    return 0


def _absent(args: argparse.Namespace) -> int:
    from asc_desk.domain.attendance_rules import AbsenceReason

    with open_for_command(args) as (db, center):
        desk, roster = _services(db)
        child = roster.find_child(center.id, args.ref)
        result = desk.mark_absent(center.id, child.id, parse_date(args.date),
                                  AbsenceReason(args.reason), args.note)
    print(notice_text(result.notice))
    if result.warning is not None:  # a day the child was not expected: kept, not counted
        warn_notice(result.warning)
    return 0


def _correct(args: argparse.Namespace) -> int:
    if args.void == (args.at is not None or args.pickup is not None):
        raise UserError(N_("Give --at or --pickup for the corrected record, or --void to "
                           "void it."))
    with open_for_command(args) as (db, center):
        desk, _roster = _services(db)
        new_at = None
        if args.at is not None:
            zone = ZoneInfo(center.time_zone)
            day = desk.event(args.event).at.astimezone(zone).date()
            new_at = dt.datetime.combine(day, parse_time(args.at, "at"), zone)
        result = desk.correct(args.event, args.reason, new_at=new_at, new_pickup=args.pickup)
    print(notice_text(result.notice))
    return 0


def _undo(args: argparse.Namespace) -> int:
    with open_for_command(args) as (db, _center):
        desk, _roster = _services(db)
        result = desk.undo(args.event)
    print(notice_text(result.notice))
    return 0


def _day(args: argparse.Namespace) -> int:
    with open_for_command(args, write=False) as (db, center):
        desk, _roster = _services(db)
        day = parse_date(args.date) if args.date else desk.today(center.id)
        view = desk.day(center.id, day)
    zone = ZoneInfo(center.time_zone)

    def hhmm(value):
        return value.astimezone(zone).strftime("%H:%M") if value else None

    records = [{
        "child": c.child.name, "card_code": c.child.card_code, "child_id": c.child.external_id,
        "program": c.child.program_name, "expected": c.child.expected,
        "state": str(c.record.state), "check_in": hhmm(c.record.check_in),
        "check_out": hhmm(c.record.check_out), "collected_by": c.record.pickup_name,
        "absence_reason": str(c.record.absence_reason) if c.record.absence_reason else None,
        "overrides": list(c.record.overrides), "notes": list(c.record.notes),
        "late_minutes": c.late_minutes,
    } for c in by_pinyin(view.children, lambda c: c.child.name)]
    if args.json:
        print_json({"date": day.isoformat(), "open_programs": list(view.open_programs),
                    "counts": view.counts, "children": records})
        return 0
    if not view.open_programs:
        say(N_("{day}: the calendar has the center closed."), day=day)
    counts = view.counts
    say(N_("{day}: expected {expected}, present {present}, collected {collected}, absent "
           "{absent}, to arrive {to_arrive}"), day=day, **{
        k: counts[k] for k in ("expected", "present", "collected", "absent", "to_arrive")})
    rows = []
    for r in records:
        times = " ".join(x for x in (
            text(N_("in {time}"), time=r["check_in"]) if r["check_in"] else "",
            text(N_("out {time}"), time=r["check_out"]) if r["check_out"] else "",
            text(N_("by {name}"), name=r["collected_by"]) if r["collected_by"] else "",
            text(N_("override: {reasons}"), reasons="; ".join(r["overrides"]))
            if r["overrides"] else "") if x)
        rows.append([r["child"], text(STATE_TEXT.get(r["state"], r["state"])), times])
    if rows:
        print_table([text(N_("Child")), text(N_("State")), text(N_("Times"))], rows)
    return 0


def _history(args: argparse.Namespace) -> int:
    with open_for_command(args, write=False) as (db, center):
        desk, roster = _services(db)
        child = roster.find_child(center.id, args.ref)
        events = desk.history(child.id)
    zone = ZoneInfo(center.time_zone)
    rows = [{
        "id": e.id, "kind": str(e.kind), "at": e.at.astimezone(zone).isoformat(),
        "recorded_at": e.recorded_at.astimezone(zone).isoformat(), "recorded_by": e.recorded_by,
        "pickup": e.pickup_name, "override_reason": e.override_reason,
        "absence_reason": str(e.absence_reason) if e.absence_reason else None,
        "corrects": e.corrects, "void_reason": e.void_reason, "note": e.note,
    } for e in events]
    if args.json:
        print_json(rows)
        return 0
    print_table(
        [text(N_("Record")), text(N_("Time")), text(N_("What")), text(N_("Pickup")),
         text(N_("Corrects")), text(N_("Reason"))],
        [[f"#{r['id']}", r["at"][:16].replace("T", " "),
          text(KIND_TEXT.get(r["kind"], r["kind"])), r["pickup"] or "",
          f"#{r['corrects']}" if r["corrects"] else "",
          r["void_reason"] or r["override_reason"] or _absence(r["absence_reason"])
          or r["note"]]
         for r in rows])
    print(count_text(len(rows), N_("{count} record."), N_("{count} records.")),
          file=sys.stderr)
    return 0


def _absence(reason: str | None) -> str:
    return text(ABSENCE_TEXT.get(reason, reason)) if reason else ""
