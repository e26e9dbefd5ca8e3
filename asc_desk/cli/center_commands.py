"""The center and the desk's settings, headless: `asc-desk center init|show|set`,
`asc-desk desk show|set` (the same services as the first-run dialog and the Settings page)."""

from __future__ import annotations

import argparse
import dataclasses

from asc_desk.cli.common import actor, add_db_option, db_value, open_for_command, print_json
from asc_desk.cli.messages import say, text
from asc_desk.cli.parser import hint, pad, width
from asc_desk.domain.center import DEFAULT_TIME_ZONE, LANGUAGES, CenterSettings
from asc_desk.domain.desk_settings import DESK_SETTINGS
from asc_desk.domain.errors import N_, ValidationError

# desk setting -> its option and help; the ranges come from domain/desk_settings.py.
DESK_OPTIONS = {
    "late_grace_minutes": ("--late-grace", N_("minutes after closing before a pickup is late "
                                              "({low} to {high})")),
    "duplicate_scan_minutes": ("--duplicate-window",
                               N_("minutes in which a second scan of a card is not recorded "
                                  "again ({low} to {high})")),
    "children_per_caregiver": ("--children-per-caregiver",
                               N_("children one caregiver may look after, the ratio "
                                  "({low} to {high})")),
}
assert set(DESK_OPTIONS) == set(DESK_SETTINGS)
# What `desk show` calls each setting, and its value with its unit.
DESK_LABELS = {
    "late_grace_minutes": (N_("Late-pickup grace"), N_("{value} minutes")),
    "duplicate_scan_minutes": (N_("Same card again within"), N_("{value} minutes")),
    "children_per_caregiver": (N_("Children per caregiver"), N_("{value} children")),
}
assert set(DESK_LABELS) == set(DESK_SETTINGS)


def register(sub) -> None:
    center = sub.add_parser("center", help=N_("the center this database belongs to: create, "
                               "show, change"))
    c = center.add_subparsers(dest="center_command", metavar="ACTION", required=True)
    init = c.add_parser("init", help=N_("create the database if it is missing, then its "
                                        "center (refused when it has one already)"))
    add_db_option(init)
    init.add_argument("name", metavar="NAME", help=N_("the center's name, e.g. 星光儿童之家"))
    init.add_argument("--factory", required=True, metavar="NAME",
                      help=N_("the factory that runs the center"))
    init.add_argument("--time-zone", default=DEFAULT_TIME_ZONE, metavar="ZONE",
                      help=N_("IANA time zone that decides each local date "
                              "(default %(default)s)"))
    init.add_argument("--language", choices=LANGUAGES, default="zh_CN",
                      help=N_("the window's language for this center (default zh_CN)"))
    init.set_defaults(handler=_init)
    show = c.add_parser("show", help=N_("the center's name, factory, time zone and language"))
    add_db_option(show)
    show.add_argument("--json", action="store_true", help=N_("print JSON"))
    show.set_defaults(handler=_show)
    change = c.add_parser("set", help=N_("change the center's settings (what is not given stays)"))
    add_db_option(change)
    change.add_argument("--name", help=N_("the center's new name"))
    change.add_argument("--factory", metavar="NAME", help=N_("the factory's new name"))
    change.add_argument("--time-zone", metavar="ZONE",
                        help=N_("IANA time zone, e.g. Asia/Shanghai"))
    change.add_argument("--language", choices=LANGUAGES, help=N_("the window's language"))
    change.set_defaults(handler=_set)

    desk = sub.add_parser("desk", help=N_("the check-in desk's settings: show, change"))
    d = desk.add_subparsers(dest="desk_command", metavar="ACTION", required=True)
    dshow = d.add_parser("show", help=N_("each desk setting with its allowed range"))
    add_db_option(dshow)
    dshow.add_argument("--json", action="store_true", help=N_("print JSON"))
    dshow.set_defaults(handler=_desk_show)
    dset = d.add_parser("set", help=N_("change desk settings (what is not given stays)"))
    add_db_option(dset)
    for name, (option, help_text) in DESK_OPTIONS.items():
        _default, low, high = DESK_SETTINGS[name]
        dset.add_argument(option, dest=name, type=int, metavar="N",
                          help=hint(help_text, low=low, high=high))
    dset.set_defaults(handler=_desk_set)


def _center_record(info) -> dict:
    return {"id": info.id, "name": info.name, "factory": info.factory_name,
            "time_zone": info.time_zone, "language": info.language}


def _print_center(info) -> None:
    say(N_("Center:    {name}"), name=info.name)
    say(N_("Factory:   {factory}"), factory=info.factory_name)
    say(N_("Time zone: {zone}"), zone=info.time_zone)
    say(N_("Language:  {language}"), language=info.language)


def _init(args: argparse.Namespace) -> int:
    from asc_desk.domain.center import validate_center_settings
    from asc_desk.services import database_service as dbs
    from asc_desk.services.center_service import CenterService

    # Checked before anything is made: a bad name or zone leaves no file behind.
    settings = validate_center_settings(CenterSettings(
        args.name, args.factory, args.time_zone, args.language))
    location = dbs.resolve(db_value(args))
    with dbs.lock_for(location):
        db, report = dbs.open_database(location)
        try:
            info = CenterService(db, actor()).set_up_center(settings).value
        finally:
            db.dispose()
    if report.created:
        say(N_("Created {database} at schema {revision}."), database=report.location,
            revision=report.revision)
    say(N_("Set up center {name} ({factory})."), name=info.name, factory=info.factory_name)
    return 0


def _show(args: argparse.Namespace) -> int:
    with open_for_command(args, write=False) as (_db, center):
        pass
    if args.json:
        print_json(_center_record(center))
    else:
        _print_center(center)
    return 0


def _set(args: argparse.Namespace) -> int:
    from asc_desk.services.center_service import CenterService

    with open_for_command(args) as (db, center):
        old = center.settings
        new = CenterSettings(
            old.name if args.name is None else args.name,
            old.factory_name if args.factory is None else args.factory,
            old.time_zone if args.time_zone is None else args.time_zone,
            old.language if args.language is None else args.language)
        outcome = CenterService(db, actor()).update_center(center.id, new)
    if not outcome.changes:
        say(N_("Nothing to change."))
    _print_center(outcome.value)
    return 0


def _desk_show(args: argparse.Namespace) -> int:
    from asc_desk.services.attendance.attendance_service import AttendanceService

    with open_for_command(args, write=False) as (db, center):
        settings = AttendanceService(db, actor()).settings(center.id)
    _print_desk(settings, as_json=args.json)
    return 0


def _print_desk(settings, *, as_json: bool) -> None:
    values = dataclasses.asdict(settings)
    if as_json:
        print_json(values)
        return
    # The label in the user's language, and beside it the option's name that `desk set` takes.
    heads = {name: f"{text(DESK_LABELS[name][0])} ({option.lstrip('-')}):"
             for name, (option, _help) in DESK_OPTIONS.items()}
    columns = max(width(head) for head in heads.values())
    amounts = {name: text(DESK_LABELS[name][1], value=values[name]) for name in DESK_OPTIONS}
    amount_columns = max(width(amount) for amount in amounts.values())
    for name in DESK_OPTIONS:
        _default, low, high = DESK_SETTINGS[name]
        print(f"{pad(heads[name], columns)} {pad(amounts[name], amount_columns)}  "
              f"({low}–{high})")


def _desk_set(args: argparse.Namespace) -> int:
    from asc_desk.services.attendance.attendance_service import AttendanceService

    given = {name: getattr(args, name) for name in DESK_OPTIONS
             if getattr(args, name) is not None}
    with open_for_command(args) as (db, center):
        desk = AttendanceService(db, actor())
        old = desk.settings(center.id)
        new = dataclasses.replace(old, **given)
        if new != old:
            try:
                desk.update_settings(center.id, new)
            except ValidationError as exc:
                if exc.field not in DESK_OPTIONS:
                    raise
                # The Settings page shows the range beside its box; a line must name it.
                raise ValidationError(N_("{option} takes a number from {low} to {high}."),
                                      field=exc.field, option=DESK_OPTIONS[exc.field][0],
                                      **exc.params) from None
    if new == old:
        say(N_("Nothing to change."))
    _print_desk(new, as_json=False)
    return 0
