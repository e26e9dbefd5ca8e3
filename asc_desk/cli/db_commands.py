"""Commands about the database itself, the demo data and screenshots."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from asc_desk.cli.common import actor, add_db_option, db_value
from asc_desk.cli.messages import error_text, say, text, warn
from asc_desk.cli.parser import pad, print_table, width
from asc_desk.domain.errors import N_, UserError
from asc_desk.paths import default_demo_database

log = logging.getLogger(__name__)

BACKUP_KINDS = {"manual": N_("manual"), "daily": N_("daily"),
                "before-upgrade": N_("before upgrade"), "before-restore": N_("before restore"),
                "damaged": N_("damaged")}
PAGES = ("today", "children", "shifts", "calendar", "reports", "settings")
# How the sidebar names each page (the option takes the English key).
PAGE_NAMES = {"today": N_("Today"), "children": N_("Children"),
              "shifts": N_("Caregivers & Shifts"), "calendar": N_("Calendar"),
              "reports": N_("Reports"), "settings": N_("Settings")}


def register(sub) -> None:
    demo = sub.add_parser("demo", help=N_("fill a new database with demo data and open it"))
    add_db_option(demo, help_text=N_("where to write the demo data (default: demo.sqlite3 in "
                                     "the per-user data folder; $ASC_DESK_DB is ignored, so "
                                     "that the demo never writes into a center's real "
                                     "database)"))
    demo.add_argument("--seed", type=int, default=1, help=N_("random seed (default 1)"))
    demo.add_argument("--children", type=int, default=60, metavar="N",
                      help=N_("how many children (default 60)"))
    demo.add_argument("--no-gui", action="store_true", help=N_("only fill the database"))
    demo.add_argument("--today", metavar="DATE",
                      help=N_("make the demo as if today were DATE, e.g. 2026-11-25 (default: "
                         "today in the center's time zone); its history runs up to the day "
                         "before"))
    demo.add_argument("--language", choices=("zh_CN", "en"), default="zh_CN",
                      help=N_("language of the demo's names and of its window (default zh_CN)"))
    demo.set_defaults(handler=_demo)

    db = sub.add_parser("db", help=N_("upgrade, check, back up or restore the database"))
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    up = db_sub.add_parser("upgrade", help=N_("back up, then upgrade the schema to this version"))
    add_db_option(up)
    check = db_sub.add_parser("check", help=N_("check the database without changing it"))
    add_db_option(check)
    check.add_argument("--json", action="store_true", help=N_("print JSON"))
    backup = db_sub.add_parser("backup", help=N_("copy the live database into a backup file"))
    add_db_option(backup)
    backup.add_argument("--to", metavar="FILE", type=Path,
                        help=N_("backup file (default: the backups folder beside the database)"))
    restore = db_sub.add_parser("restore", help=N_("replace the database with a backup"))
    add_db_option(restore)
    restore.add_argument("file", metavar="FILE", type=Path,
                         help=N_("the backup to restore (see `asc-desk db backups`)"))
    listing = db_sub.add_parser(
        "backups", help=N_("list the backups, newest good one first, and whether each checks out"))
    add_db_option(listing)
    listing.add_argument("--json", action="store_true", help=N_("print JSON"))
    for parser in (up, check, backup, restore, listing):
        parser.set_defaults(handler=_db)

    shot = sub.add_parser("screenshot", help=N_("render one page of the main window to PNG"))
    add_db_option(shot)
    shot.add_argument("--page", required=True, choices=PAGES,
                      help=N_("the sidebar page to render"))
    shot.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.png",
                      help=N_("the PNG file to write"))
    shot.add_argument("--language", choices=("zh_CN", "en"), help=N_("override the language"))
    shot.set_defaults(handler=_screenshot)


def _screenshot(args: argparse.Namespace) -> int:
    from asc_desk.app import take_screenshot

    path = take_screenshot(db_value(args), args.page, args.output,
                           language=args.language)
    say(N_("Saved the {page} page to {path}"), page=text(PAGE_NAMES[args.page]), path=path)
    return 0


def _demo(args: argparse.Namespace) -> int:
    from asc_desk.domain.dates import parse_date
    from asc_desk.services import database_service as dbs
    from asc_desk.services.demo.demo_service import fill_demo, local_today

    if not 0 <= args.children <= 20_000:
        raise UserError(N_("--children takes a number from 0 to 20000."))
    today = parse_date(args.today, "today") if args.today else local_today()
    if not 2000 <= today.year <= 2100:
        raise UserError(N_("--today takes a date from 2000 to 2100."))
    target = args.db if args.db is not None else default_demo_database()
    location = dbs.resolve(target)
    with dbs.lock_for(location):
        db, _report = dbs.open_database(location)
        try:
            try:
                # The real day unless told: a fresh demo's history runs up to yesterday.
                summary = fill_demo(db, seed=args.seed, language=args.language, actor=actor(),
                                    children=args.children, today=today)
                say(N_("Demo data written to {database}: center {center}, {programs} "
                       "programs, {children} children."), database=location.display,
                    center=summary.center, programs=summary.programs,
                    children=summary.children)
            except UserError as exc:
                if args.no_gui:
                    raise
                print("asc-desk: " + text(N_("{problem} Opening it as it is."),
                                          problem=error_text(exc)), file=sys.stderr)
        finally:
            db.dispose()
    if args.no_gui:
        return 0
    from asc_desk.app import run_gui

    return run_gui(target, exit_when_idle=args.exit_when_idle)


def _db(args: argparse.Namespace) -> int:
    from asc_desk.services import database_service as dbs

    target = db_value(args)
    location = dbs.resolve(target)
    action = args.db_command
    if action == "check":
        report = dbs.check_database(location)
        if args.json:
            print(json.dumps({
                "database": report.location, "sqlite": report.is_sqlite,
                "revision": report.revision, "head": report.head,
                "integrity": report.integrity, "warnings": list(report.warnings),
            }, ensure_ascii=False))
        else:
            integrity = report.integrity.splitlines()[0] if report.integrity else ""
            rows = [(N_("Database:"), str(report.location)),
                    (N_("Schema:"), text(N_("{revision} (this version: {head})"),
                                         revision=report.revision or text(N_("empty")),
                                         head=report.head)),
                    # SQLite's "ok" is translated; a fault is SQLite's own words.
                    (N_("Integrity:"), text(N_("ok")) if integrity == "ok" else integrity)]
            labels = [text(label) for label, _value in rows]
            columns = max(width(label) for label in labels) + 1
            for label, (_label, value) in zip(labels, rows, strict=True):
                print(f"{pad(label, columns)}{value}")
            for w in report.warnings:
                print(pad(text(N_("Warning:")), columns) + text(w))
            if report.ok and not report.up_to_date:
                say(N_("Run `asc-desk db upgrade` (or start the app) to upgrade it."))
        if report.integrity != "ok":
            from asc_desk.db.sqlite_file import damage_summary

            log.error("db check: %s is damaged: %s", report.location, report.integrity)
            raise UserError(N_("The database is damaged: {detail}. Details are in the log; "
                               "`asc-desk db backups` lists the backups to restore."),
                            detail=damage_summary(report.integrity))
        return 0
    if action == "backups":
        return _list_backups(dbs, location, as_json=args.json)
    if action == "backup":
        path = dbs.backup_database(location, args.to)
        say(N_("Backed up {database} to {path}"), database=location.display, path=path)
        return 0
    with dbs.lock_for(location):
        if action == "upgrade":
            report = dbs.upgrade_database(location)
            if report.created:
                say(N_("Created {database} at schema {revision}."), database=report.location,
                    revision=report.revision)
            elif report.upgraded_from is not None:
                say(N_("Upgraded {database} from schema {old} to {revision}; backup: "
                       "{backup}"), database=report.location, old=report.upgraded_from,
                    revision=report.revision, backup=report.backup)
            else:
                say(N_("{database} is up to date (schema {revision})."),
                    database=report.location, revision=report.revision)
            for w in report.warnings:
                warn(N_("Warning: {notice}"), notice=text(w))
            return 0
        if action == "restore":
            restored = dbs.restore_database(location, args.file)
            opened = dbs.upgrade_database(location)
            say(N_("Restored {database} from {backup}."), database=location.display,
                backup=restored.restored_from)
            if restored.safety_backup:
                say(N_("The database as it was is kept in {path}."),
                    path=restored.safety_backup)
            if opened.upgraded_from:
                say(N_("Upgraded the restored data to schema {revision}."),
                    revision=opened.revision)
            return 0
    raise AssertionError(action)


def _list_backups(dbs, location, *, as_json: bool) -> int:
    entries = dbs.list_backup_entries(location)
    if as_json:
        print(json.dumps([{
            "file": str(e.path), "made": e.made.isoformat(timespec="seconds"), "kind": e.kind,
            "size": e.size, "ok": e.ok, "problem": e.problem, "revision": e.revision,
            "children": e.children, "events": e.events,
        } for e in entries], ensure_ascii=False, indent=1))
        return 0
    if not entries:
        say(N_("No backups of {database}."), database=location.display)
        return 0
    print_table(
        [text(N_("Made")), text(N_("Kind")), text(N_("Size")), text(N_("State")),
         text(N_("Contents")), text(N_("File"))],
        [[f"{e.made:%Y-%m-%d %H:%M}", text(BACKUP_KINDS.get(e.kind, e.kind)),
          f"{e.size / 1e6:.1f} MB",
          text(N_("ok")) if e.ok else text(N_("NOT OK: {problem}"), problem=e.problem),
          text(N_("{children} children, {events} events"), children=e.children,
               events=e.events) if e.children is not None else "",
          str(e.path)] for e in entries])
    return 0
