"""Programs and the calendar: `asc-desk program ...` and `asc-desk calendar ...`."""

from __future__ import annotations

import argparse
from itertools import groupby
from pathlib import Path

from asc_desk.cli.common import (
    actor,
    add_db_option,
    open_for_command,
    print_json,
    read_file,
    write_file,
)
from asc_desk.cli.messages import current, notice_text, say, text, warn, warn_notice
from asc_desk.cli.parser import pad, print_table, width
from asc_desk.domain.dates import parse_date, parse_month, parse_time
from asc_desk.domain.errors import N_, UserError
from asc_desk.domain.program import ProgramKind, ProgramSpec, default_weekdays
from asc_desk.domain.weekdays import format_weekdays, parse_weekdays

# English in JSON; text output translates them (the same words are the catalogue's keys).
WEEKDAY_NAMES = (N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"))
KIND_TEXT = {"term": N_("term program"), "holiday": N_("holiday program")}
OVERRIDE_TEXT = {"closed": N_("closed"), "open": N_("special opening"),
                 "hours": N_("changed hours")}
REASON_TEXT = {
    "weekday_open": N_("open"),
    "weekend": N_("weekend"),
    "not_program_weekday": N_("not a program weekday"),
    "public_holiday": N_("public holiday"),
    "public_holiday_open": N_("public holiday, open"),
    "adjusted_workday": N_("adjusted working day"),
    "outside_program": N_("outside the program's dates"),
    "override_closed": N_("closed"),
    "override_open": N_("special opening"),
    "override_hours": N_("changed hours"),
}


def register(sub) -> None:
    program = sub.add_parser("program", help=N_("add and list programs"))
    program_sub = program.add_subparsers(dest="program_command", metavar="ACTION",
                                         required=True)
    add = program_sub.add_parser("add", help=N_("add a program"))
    add_db_option(add)
    add.add_argument("name", help=N_("the program's name, e.g. 2026秋季学期课后班"))
    add.add_argument("--kind", required=True, choices=("term", "holiday"),
                     help=N_("term: after school in the school term; holiday: summer or winter "
                             "holiday care"))
    add.add_argument("--from", dest="first", required=True, metavar="DATE",
                     help=N_("the program's first day"))
    add.add_argument("--to", dest="last", required=True, metavar="DATE",
                     help=N_("the program's last day"))
    add.add_argument("--weekdays", metavar="SPEC",
                     help=N_("e.g. Mon-Fri, 1-5, 1,3,5, 周一至周五 (term default: Mon-Fri)"))
    add.add_argument("--open", dest="opens", required=True, metavar="HH:MM",
                     help=N_("opening time on an ordinary day"))
    add.add_argument("--close", dest="closes", required=True, metavar="HH:MM",
                     help=N_("closing time on an ordinary day"))
    add.add_argument("--open-on-public-holidays", action="store_true",
                     help=N_("stay open on official public holidays (default: closed)"))
    add.add_argument("--no-adjusted-workdays", action="store_true",
                     help=N_("stay closed on weekend days the State Council makes working days"))
    add.set_defaults(handler=_program_add)
    listing = program_sub.add_parser("list", help=N_("list the programs"))
    add_db_option(listing)
    listing.add_argument("--json", action="store_true", help=N_("print JSON"))
    listing.set_defaults(handler=_program_list)

    calendar = sub.add_parser("calendar", help=N_("open days, holidays and closures"))
    cal = calendar.add_subparsers(dest="calendar_command", metavar="ACTION", required=True)
    show = cal.add_parser("show", help=N_("each day of a month: open, why, hours"))
    add_db_option(show)
    show.add_argument("--month", required=True, metavar="YYYY-MM", help=N_("e.g. 2026-10"))
    show.add_argument("--program", metavar="NAME", help=N_("default: every program"))
    show.add_argument("--json", action="store_true", help=N_("print JSON"))
    show.set_defaults(handler=_show)
    holidays = cal.add_parser("holidays", help=N_("official holidays and adjusted working days"))
    add_db_option(holidays)
    holidays.add_argument("--year", required=True, type=int, help=N_("e.g. 2026"))
    holidays.add_argument("--json", action="store_true", help=N_("print JSON"))
    holidays.set_defaults(handler=_holidays)
    official = cal.add_parser("official", help=N_("enter official days for a year not yet known"))
    add_db_option(official)
    official.add_argument("date", metavar="DATE", help=N_("the (first) day, e.g. 2027-02-06"))
    official.add_argument("--to", metavar="DATE", help=N_("the last day of a range of days"))
    official.add_argument("--name", required=True, help=N_("e.g. 春节"))
    official.add_argument("--workday", action="store_true",
                          help=N_("an adjusted working day (调休上班), not a holiday"))
    official.set_defaults(handler=_official)
    for name, about in (("close", N_("close on these days")), ("open", N_("open on these days")),
                        ("hours", N_("other hours on these days"))):
        parser = cal.add_parser(name, help=about)
        add_db_option(parser)
        parser.add_argument("date", metavar="DATE", help=N_("the (first) day"))
        parser.add_argument("--to", metavar="DATE", help=N_("the last day of a range of days"))
        parser.add_argument("--reason", required=True, help=N_("why (shown on the calendar)"))
        parser.add_argument("--program", metavar="NAME", help=N_("default: every program"))
        if name != "close":
            parser.add_argument("--open", dest="opens", metavar="HH:MM",
                                help=N_("opening time on these days (default: the program's)"))
            parser.add_argument("--close", dest="closes", metavar="HH:MM",
                                help=N_("closing time on these days (default: the program's)"))
        parser.set_defaults(handler=_override, kind=name if name != "close" else "closed")
    clear = cal.add_parser("clear", help=N_("remove closures, openings and hour changes"))
    add_db_option(clear)
    clear.add_argument("date", metavar="DATE", help=N_("the (first) day"))
    clear.add_argument("--to", metavar="DATE", help=N_("the last day of a range of days"))
    clear.add_argument("--program", metavar="NAME", help=N_("default: every program"))
    clear.set_defaults(handler=_clear)
    imp = cal.add_parser("import-ics", help=N_("import closure days (or official days)"))
    add_db_option(imp)
    imp.add_argument("file", type=Path, help=N_("the .ics file to read"))
    imp.add_argument("--program", metavar="NAME", help=N_("default: every program"))
    imp.add_argument("--official", action="store_true",
                     help=N_("the file lists official holidays and adjusted working days"))
    imp.add_argument("--verbose", action="store_true",
                     help=N_("name the days skipped because their year is already known"))
    imp.set_defaults(handler=_import_ics)
    exp = cal.add_parser("export-ics", help=N_("export open days and closures to .ics"))
    add_db_option(exp)
    exp.add_argument("file", type=Path, help=N_("the .ics file to write"))
    exp.add_argument("--program", metavar="NAME", help=N_("default: every program"))
    exp.set_defaults(handler=_export_ics)


# -- programs ----------------------------------------------------------------------------
def _program_add(args: argparse.Namespace) -> int:
    from asc_desk.services.calendar.program_service import ProgramService

    kind = ProgramKind(args.kind)
    weekdays = (parse_weekdays(args.weekdays) if args.weekdays is not None
                else default_weekdays(kind))
    if weekdays is None:
        raise UserError(N_("A holiday program needs --weekdays, e.g. Mon-Sat."))
    spec = ProgramSpec(args.name, kind, parse_date(args.first, "first_day"),
                       parse_date(args.last, "last_day"), weekdays,
                       parse_time(args.opens, "opens_at"), parse_time(args.closes, "closes_at"))
    with open_for_command(args) as (db, center):
        programs = ProgramService(db, actor())
        notices = programs.overlap_notices(center.id, spec)
        info = programs.add_program(
            center.id, spec, open_on_public_holidays=args.open_on_public_holidays,
            adjusted_workday_counts=not args.no_adjusted_workdays).value
    say(N_("Added program {name} ({kind}, {first} to {last}, {weekdays}, {hours})."),
        name=info.name, kind=text(KIND_TEXT.get(str(info.kind), str(info.kind))),
        first=info.first_day, last=info.last_day, weekdays=_weekdays(info.weekdays),
        hours=f"{info.opens_at:%H:%M}-{info.closes_at:%H:%M}")
    for notice in notices:
        warn_notice(notice)
    return 0


def _program_list(args: argparse.Namespace) -> int:
    from asc_desk.services.calendar.program_service import ProgramService

    with open_for_command(args, write=False) as (db, center):
        programs = ProgramService(db, actor()).list_programs(center.id)
    if args.json:
        print_json([{
            "id": p.id, "name": p.name, "kind": str(p.kind), "first_day": p.first_day,
            "last_day": p.last_day, "weekdays": format_weekdays(p.weekdays),
            "opens_at": f"{p.opens_at:%H:%M}", "closes_at": f"{p.closes_at:%H:%M}",
            "open_on_public_holidays": p.open_on_public_holidays,
            "adjusted_workday_counts": p.adjusted_workday_counts,
        } for p in programs])
        return 0
    if not programs:
        say(N_("No programs yet."))
        return 0
    print_table([text(N_("Program")), text(N_("Kind")), text(N_("Dates")), text(N_("Weekdays")),
                 text(N_("Hours"))],
                [[p.name, text(KIND_TEXT.get(str(p.kind), str(p.kind))),
                  text(N_("{first} to {last}"), first=p.first_day, last=p.last_day),
                  _weekdays(p.weekdays), f"{p.opens_at:%H:%M}-{p.closes_at:%H:%M}"]
                 for p in programs])
    return 0


def _weekdays(mask: int) -> str:
    return format_weekdays(mask, "zh" if current() == "zh_CN" else "en")


def _program_id(db, center, name: str | None) -> int | None:
    from asc_desk.services.calendar.program_service import ProgramService

    if name is None:
        return None
    return ProgramService(db, actor()).find_program(center.id, name).id


# -- calendar ----------------------------------------------------------------------------
def day_record(program: str, status) -> dict:
    """One day as the CLI's JSON shows it (the same fields the calendar page shows)."""
    return {
        "program": program,
        "date": status.date.isoformat(),
        "weekday": WEEKDAY_NAMES[status.date.weekday()],
        "open": status.open,
        "reason": str(status.reason),
        "holiday": status.official.name_zh if status.official else None,
        "override_reason": status.override_reason,
        "opens_at": f"{status.opens_at:%H:%M}" if status.opens_at else None,
        "closes_at": f"{status.closes_at:%H:%M}" if status.closes_at else None,
        "official_known": status.official_known,
    }


def _show(args: argparse.Namespace) -> int:
    from asc_desk.services.calendar.calendar_service import CalendarService

    year, month = parse_month(args.month)
    with open_for_command(args, write=False) as (db, center):
        program_id = _program_id(db, center, args.program)
        months = CalendarService(db, actor()).month(center.id, year, month, program_id)
    records = [day_record(m.program.name, s) for m in months for s in m.days]
    if args.json:
        print_json(records)
        return 0
    if not months:
        say(N_("No programs yet: add one with `asc-desk program add`."))
    if any(not r["official_known"] for r in records):
        say(N_("Note: the official holidays for {year} are not known yet; days marked ? are "
               "judged by weekday only. Enter them with `asc-desk calendar official` or "
               "`asc-desk calendar import-ics --official`."), year=year)
    for m in months:
        print(f"== {m.program.name}")
        mine = [r for r in records if r["program"] == m.program.name]
        # Days outside the program's dates say so once per run, not once a day (a program
        # not running this month is one line, not 31).
        for outside, run in groupby(mine, lambda r: r["reason"] == "outside_program"):
            days = list(run)
            if outside:
                print(f"{days[0]['date']} – {days[-1]['date']}  "
                      f"{text(REASON_TEXT['outside_program'])} ({m.program.first_day} – "
                      f"{m.program.last_day})")
                continue
            _print_days(days)
    return 0


def _holiday_name(name_zh: str | None) -> str:
    """An official day's name in the user's language (the JSON keeps the Chinese name)."""
    from asc_desk.domain.official_days import holiday_names

    if not name_zh or current() == "zh_CN":
        return name_zh or ""
    return holiday_names(name_zh)[0] or name_zh


def _print_days(records: list[dict]) -> None:
    for r in records:
        hours = f"{r['opens_at']}-{r['closes_at']}" if r["open"] else ""
        why = text(REASON_TEXT[r["reason"]])
        extra = r["override_reason"] or _holiday_name(r["holiday"]) or ""
        mark = "" if r["official_known"] else " ?"
        state = text(N_("OPEN")) if r["open"] else text(N_("closed"))
        if mark and r["reason"] == "public_holiday":  # fixed by law, year not published
            state = text(N_("probably closed"))
        if extra:
            why = text(N_("{reason}: {detail}"), reason=why, detail=extra)
        print(f"{r['date']} {text(r['weekday'])}  {pad(state, 6)} {hours:11} {why}{mark}")


def _holidays(args: argparse.Namespace) -> int:
    from asc_desk.services.calendar.calendar_service import CalendarService

    with open_for_command(args, write=False) as (db, _center):
        year = CalendarService(db, actor()).holidays(args.year)
    if args.json:
        print_json({"year": year.year, "known": year.known, "entered": year.entered,
                    "days": [{"date": d.date.isoformat(), "kind": str(d.kind),
                              "name": d.name, "name_zh": d.name_zh} for d in year.days]})
        return 0
    if not year.known:
        say(N_("The official holidays for {year} have not been published yet (or this "
               "version does not know them). Nothing is guessed: enter them with "
               "`asc-desk calendar official` or import an .ics with "
               "`asc-desk calendar import-ics FILE --official`."), year=args.year)
        return 0
    if year.entered:
        say(N_("Official days of {year} (entered in ASC Desk):"), year=year.year)
    else:
        say(N_("Official days of {year} (from the chinesecalendar package):"), year=year.year)
    kinds = (text(N_("holiday")), text(N_("adjusted working day")))
    columns = max(map(width, kinds))
    for d in year.days:
        kind = kinds[0] if d.is_holiday else kinds[1]
        name = (d.name_zh or d.name) if current() == "zh_CN" else (d.name or d.name_zh)
        print(f"{d.date} {text(WEEKDAY_NAMES[d.date.weekday()])}  {pad(kind, columns)}  {name}")
    return 0


def _official(args: argparse.Namespace) -> int:
    from asc_desk.domain.official_days import OfficialDayKind, official_days_between
    from asc_desk.services.calendar.calendar_service import CalendarService, check_range

    first = parse_date(args.date)
    last = parse_date(args.to, "to") if args.to else first
    check_range(first, last)
    kind = OfficialDayKind.WORKDAY if args.workday else OfficialDayKind.HOLIDAY
    days = official_days_between(first, last, kind, args.name)
    with open_for_command(args) as (db, _center):
        entry = CalendarService(db, actor()).enter_official_days(days)
    name = _day_name(days[0])
    if entry.days:
        say(N_("Entered {count} official day(s): {name}, {first} to {last}."),
            count=entry.days, name=name, first=first, last=last)
    else:
        say(N_("Already entered so: {name}, {first} to {last}; nothing changed."), name=name,
            first=first, last=last)
    for line in replaced_lines(entry.replaced):
        print(line)
    return 0


def _day_name(day) -> str:
    return (day.name_zh or day.name) if current() == "zh_CN" else (day.name or day.name_zh)


def replaced_lines(replaced) -> list[str]:
    """One line per official day replaced: the date, what it was, what it is now."""
    kinds = {True: text(N_("holiday")), False: text(N_("adjusted working day"))}
    return [text(N_("Replaced {date}: {before} ({before_kind}) → {after} ({after_kind})."),
                 date=before.date.isoformat(), before=_day_name(before),
                 before_kind=kinds[before.is_holiday], after=_day_name(after),
                 after_kind=kinds[after.is_holiday])
            for before, after in replaced]


def _override(args: argparse.Namespace) -> int:
    from asc_desk.domain.calendar_rules import OverrideKind
    from asc_desk.services.calendar.calendar_service import CalendarService

    first = parse_date(args.date)
    last = parse_date(args.to, "to") if args.to else first
    opens = parse_time(args.opens, "opens_at") if getattr(args, "opens", None) else None
    closes = parse_time(args.closes, "closes_at") if getattr(args, "closes", None) else None
    with open_for_command(args) as (db, center):
        program_id = _program_id(db, center, args.program)
        change = CalendarService(db, actor()).set_override(
            center.id, first, last, OverrideKind(args.kind), args.reason,
            program_id=program_id, opens_at=opens, closes_at=closes)
    scope = args.program or text(N_("every program"))
    say(N_("Saved for {count} day(s), {first} to {last}, {scope}: {kind}."), count=change.days,
        first=first, last=last, scope=scope, kind=text(OVERRIDE_TEXT[args.kind]))
    for notice in change.notices:
        warn_notice(notice)
    return 0


def _clear(args: argparse.Namespace) -> int:
    from asc_desk.services.calendar.calendar_service import CalendarService

    first = parse_date(args.date)
    last = parse_date(args.to, "to") if args.to else first
    with open_for_command(args) as (db, center):
        program_id = _program_id(db, center, args.program)
        gone = CalendarService(db, actor()).clear_override(center.id, first, last,
                                                           program_id=program_id).days
    say(N_("Removed {count} change(s); the usual rules apply again."), count=gone)
    return 0


def _import_ics(args: argparse.Namespace) -> int:
    from asc_desk.services.calendar.calendar_files import CalendarFiles
    from asc_desk.services.calendar.calendar_ics import MAX_ICS_BYTES

    data = read_file(args.file, MAX_ICS_BYTES)
    with open_for_command(args) as (db, center):
        files = CalendarFiles(db, actor())
        if args.official:
            result = files.import_official(data)
            print(official_import_text(result, args.file.name, args.verbose))
        else:
            result = files.import_closures(center, data,
                                           program_id=_program_id(db, center, args.program),
                                           default_reason=args.file.stem)
            say(N_("Imported {count} closed day(s) from {file}."), count=result.days,
                file=args.file.name)
            if result.unchanged:
                say(N_("Already closed so, left as they were: {count} day(s)."),
                    count=result.unchanged)
    for item in result.kept:
        warn(notice_text(item))
    for item in result.skipped:
        warn(N_("Skipped: {item}"), item=notice_text(item))
    for notice in result.notices:
        warn_notice(notice)
    return 0


def official_import_text(result, file: str, verbose: bool) -> str:
    """What an official import did: days written, years complete or not, years already known."""
    lines = [text(N_("Imported {count} official day(s) from {file}."), count=result.days,
                  file=file)]
    lines += replaced_lines(result.replaced)
    if result.unchanged:
        lines.append(text(N_("Already entered so, left as they were: {count} day(s)."),
                          count=result.unchanged))
    if result.complete_years:
        lines.append(text(N_("Published in full: {years}."),
                          years=", ".join(map(str, result.complete_years))))
    if result.partial_years:
        lines.append(text(N_("Not covered by the file (no Spring Festival and National Day), "
                             "so still not published: {years}; its days were entered one by "
                             "one."), years=", ".join(map(str, result.partial_years))))
    if result.known_years:
        known = text(N_("Already known: {years} (from the chinesecalendar package); {count} "
                        "day(s) of the file left as they are"),
                     years=", ".join(map(str, result.known_years)),
                     count=len(result.already_known))
        lines.append(known + (":" if verbose else text(N_(" (--verbose names them)."))))
        if verbose:
            lines += [f"  {item}" for item in result.already_known]
    return "\n".join(lines)


def _export_ics(args: argparse.Namespace) -> int:
    from asc_desk.services.calendar.calendar_files import CalendarFiles

    if args.file.suffix.lower() != ".ics":
        raise UserError(N_("The file name must end in .ics."))
    with open_for_command(args, write=False) as (db, center):
        data = CalendarFiles(db, actor()).export(center, _program_id(db, center, args.program))
    write_file(args.file, data)
    if args.program:
        say(N_("Exported {program} to {file}."), program=args.program, file=args.file)
    else:
        say(N_("Exported every program to {file}."), file=args.file)
    return 0
