"""The `asc-desk` command: thin over the services. Commands without a window never import Qt."""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import sys
from pathlib import Path

from asc_desk import __version__
from asc_desk.domain.errors import N_, UserError
from asc_desk.paths import default_database, default_demo_database

PAGES = ("today", "children", "shifts", "calendar", "reports", "settings")
log = logging.getLogger(__name__)


def _add_db(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    parser.add_argument(
        "--db", metavar="PATH",
        # Sub-commands suppress their default so `asc-desk --db X sub` keeps X.
        default=None if top else argparse.SUPPRESS,
        help="SQLite file or PostgreSQL URL (default: $ASC_DESK_DB or the per-user data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="asc-desk",
        description="ASC Desk: the desktop tool of a factory After School Center. "
                    "Without a command it opens the main window.",
    )
    parser.add_argument("--version", action="version", version=f"asc-desk {__version__}")
    _add_db(parser, top=True)
    parser.add_argument("--exit-when-idle", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", help="fill a new database with demo data and open it")
    _add_db(demo)
    demo.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    demo.add_argument("--no-gui", action="store_true", help="only fill the database")
    demo.add_argument("--language", choices=("zh_CN", "en"), default="zh_CN")

    db = sub.add_parser("db", help="upgrade, check, back up or restore the database")
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    up = db_sub.add_parser("upgrade", help="back up, then upgrade the schema to this version")
    _add_db(up)
    check = db_sub.add_parser("check", help="check the database without changing it")
    _add_db(check)
    check.add_argument("--json", action="store_true", help="print JSON")
    backup = db_sub.add_parser("backup", help="copy the live database into a backup file")
    _add_db(backup)
    backup.add_argument("--to", metavar="FILE", type=Path,
                        help="backup file (default: the backups folder beside the database)")
    restore = db_sub.add_parser("restore", help="replace the database with a backup")
    _add_db(restore)
    restore.add_argument("file", metavar="FILE", type=Path)

    shot = sub.add_parser("screenshot", help="render one page of the main window to PNG")
    _add_db(shot)
    shot.add_argument("--page", required=True, choices=PAGES)
    shot.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.png")
    shot.add_argument("--language", choices=("zh_CN", "en"), help="override the language")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from asc_desk.logging_setup import set_up_logging

    log_path = set_up_logging()
    try:
        return _dispatch(args)
    except UserError as exc:
        print(f"asc-desk: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("asc-desk: interrupted", file=sys.stderr)
        return 1
    except Exception:  # a bug: logged with its traceback, shown in one line
        log.exception("unexpected error in command %s", args.command)
        where = f" Details are in {log_path}." if log_path else ""
        print(f"asc-desk: something went wrong.{where}", file=sys.stderr)
        return 1


def gui_main() -> int:
    """Entry point without a console window (Windows): same as `asc-desk` with no command."""
    return main(sys.argv[1:])


def _actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"[:100]
    except Exception:  # getuser fails when no user name is known (containers, services)
        return "cli"


def _dispatch(args: argparse.Namespace) -> int:
    if args.command is None:
        # Load the data layer before Qt: PySide6 inspects every module imported after it.
        import asc_desk.services.database_service  # noqa: F401
        from asc_desk.app import run_gui

        return run_gui(args.db or default_database(), exit_when_idle=args.exit_when_idle)
    if args.command == "demo":
        return _demo(args)
    if args.command == "db":
        return _db(args)
    if args.command == "screenshot":
        from asc_desk.app import take_screenshot

        path = take_screenshot(args.db or default_database(), args.page, args.output,
                               language=args.language)
        print(f"Saved the {args.page} page to {path}")
        return 0
    raise AssertionError(args.command)


def _demo(args: argparse.Namespace) -> int:
    from asc_desk.services import database_service as dbs
    from asc_desk.services.demo_service import fill_demo

    target = args.db or default_demo_database()
    location = dbs.resolve(target)
    with dbs.lock_for(location):
        db, _report = dbs.open_database(location)
        try:
            try:
                summary = fill_demo(db, seed=args.seed, language=args.language, actor=_actor())
                print(f"Demo data written to {location.display}: center {summary.center}, "
                      f"{summary.programs} programs.")
            except UserError as exc:
                if args.no_gui:
                    raise
                print(f"asc-desk: {exc} Opening it as it is.", file=sys.stderr)
        finally:
            db.dispose()
    if args.no_gui:
        return 0
    from asc_desk.app import run_gui

    return run_gui(target, exit_when_idle=args.exit_when_idle)


def _db(args: argparse.Namespace) -> int:
    from asc_desk.services import database_service as dbs

    target = args.db or default_database()
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
            print(f"Database:  {report.location}")
            print(f"Schema:    {report.revision or 'empty'} (this version: {report.head})")
            print(f"Integrity: {report.integrity}")
            for w in report.warnings:
                print(f"Warning:   {w}")
            if report.ok and not report.up_to_date:
                print("Run `asc-desk db upgrade` (or start the app) to upgrade it.")
        if report.integrity != "ok":
            raise UserError(N_("The database is damaged: {detail}"), detail=report.integrity)
        return 0
    if action == "backup":
        path = dbs.backup_database(location, args.to)
        print(f"Backed up {location.display} to {path}")
        return 0
    with dbs.lock_for(location):
        if action == "upgrade":
            report = dbs.upgrade_database(location)
            if report.created:
                print(f"Created {report.location} at schema {report.revision}.")
            elif report.upgraded_from is not None:
                print(f"Upgraded {report.location} from schema {report.upgraded_from} "
                      f"to {report.revision}; backup: {report.backup}")
            else:
                print(f"{report.location} is up to date (schema {report.revision}).")
            for w in report.warnings:
                print(f"Warning: {w}", file=sys.stderr)
            return 0
        if action == "restore":
            restored = dbs.restore_database(location, args.file)
            opened = dbs.upgrade_database(location)
            print(f"Restored {location.display} from {restored.restored_from}.")
            if restored.safety_backup:
                print(f"The database as it was is kept in {restored.safety_backup}.")
            if opened.upgraded_from:
                print(f"Upgraded the restored data to schema {opened.revision}.")
            return 0
    raise AssertionError(action)
