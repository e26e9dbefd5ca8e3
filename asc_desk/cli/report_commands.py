"""Printed documents from the command line: `asc-desk report daily-sheet|monthly|hr-summary`.

Reports only read: they run while the window is open on the same database. The output is
checked (extension, folder) before any work, and written atomically."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from asc_desk.cli.common import add_db_option, open_for_command
from asc_desk.domain.dates import parse_date, parse_month

PAPER_HELP = "paper size: a4 (default) or letter"


def register(sub) -> None:
    rep = sub.add_parser("report", help="printed sheets and monthly summaries (PDF, XLSX, CSV)")
    r = rep.add_subparsers(dest="report_command", metavar="DOCUMENT", required=True)

    daily = r.add_parser("daily-sheet", help="the day's sign-in/sign-out sheet (PDF)")
    add_db_option(daily)
    daily.add_argument("--date", required=True, metavar="DATE",
                       help="the day of the sheet, e.g. 2026-11-25")
    daily.add_argument("--program", metavar="NAME",
                       help="only this program's children (default: every open program)")
    daily.add_argument("--blank", action="store_true",
                       help="leave the times empty, to fill in by hand (a power cut)")
    _output(daily, ".pdf")
    daily.set_defaults(handler=_daily_sheet)

    monthly = r.add_parser("monthly", help="the month's attendance grid (PDF, XLSX or CSV)")
    add_db_option(monthly)
    monthly.add_argument("--month", required=True, metavar="YYYY-MM",
                         help="the month, e.g. 2026-11")
    monthly.add_argument("--program", metavar="NAME",
                         help="only this program's children (default: every program)")
    _output(monthly, ".pdf|.xlsx|.csv")
    monthly.set_defaults(handler=_monthly)

    hr = r.add_parser("hr-summary",
                      help="the month by department and parent worker, for HR (PDF, XLSX, CSV)")
    add_db_option(hr)
    hr.add_argument("--month", required=True, metavar="YYYY-MM", help="the month, e.g. 2026-11")
    _output(hr, ".pdf|.xlsx|.csv")
    hr.set_defaults(handler=_hr_summary)

    cards = r.add_parser("cards", help="pickup cards with a QR code of the card code (PDF)")
    add_db_option(cards)
    cards.add_argument("--program", metavar="NAME",
                       help="only the children enrolled in this program (default: all)")
    cards.add_argument("--child", metavar="REF",
                       help="only this child: card code, child id, or exact unique name")
    _output(cards, ".pdf")
    cards.set_defaults(handler=_cards)

    overview = r.add_parser("overview",
                            help="the month's overview with charts, for the impact report (PDF)")
    add_db_option(overview)
    overview.add_argument("--month", required=True, metavar="YYYY-MM",
                          help="the month, e.g. 2026-11")
    _output(overview, ".pdf")
    overview.set_defaults(handler=_overview)


def _output(parser: argparse.ArgumentParser, kinds: str) -> None:
    parser.add_argument("-o", "--output", required=True, metavar="FILE", type=Path,
                        help=f"the file to write ({kinds}); an earlier file of that name is "
                             "replaced only once the new one is complete")
    parser.add_argument("--paper", default="a4", choices=("a4", "letter"), help=PAPER_HELP)


def _done(written) -> int:
    pages = f", {written.pages} page(s)" if written.pages else ""
    print(f"Wrote {written.path}{pages}.")
    if written.missing_characters:
        print(f"asc-desk: warning: the font cannot print {written.missing_characters}; "
              "these characters are missing from the document.", file=sys.stderr)
    return 0


def _program(db, center, name: str | None):
    if name is None:
        return None
    from asc_desk.services.calendar.program_service import ProgramService

    return ProgramService(db, "reports").find_program(center.id, name)


def _daily_sheet(args: argparse.Namespace) -> int:
    from asc_desk.reports.daily_sheet_pdf import write_daily_sheet_pdf
    from asc_desk.reports.output import check_format, check_target
    from asc_desk.services.reports.report_data import ReportData

    check_format(args.output, (".pdf",))
    check_target(args.output)
    day = parse_date(args.date)
    with open_for_command(args, write=False) as (db, center):
        program = _program(db, center, args.program)
        sheet = ReportData(db).daily_sheet(center.id, day, program, blank=args.blank)
    return _done(write_daily_sheet_pdf(sheet, args.output, args.paper))


def _monthly(args: argparse.Namespace) -> int:
    from asc_desk.reports.monthly_grid_pdf import write_monthly
    from asc_desk.reports.output import FORMATS, check_format, check_target
    from asc_desk.services.reports.report_data import ReportData

    check_format(args.output, FORMATS)
    check_target(args.output)
    year, month = parse_month(args.month)
    with open_for_command(args, write=False) as (db, center):
        program = _program(db, center, args.program)
        grid = ReportData(db).month_grid(center.id, year, month, program)
    return _done(write_monthly(grid, args.output, args.paper))


def _hr_summary(args: argparse.Namespace) -> int:
    from asc_desk.reports.hr_summary_pdf import write_hr_summary
    from asc_desk.reports.output import FORMATS, check_format, check_target
    from asc_desk.services.reports.report_data import ReportData

    check_format(args.output, FORMATS)
    check_target(args.output)
    year, month = parse_month(args.month)
    with open_for_command(args, write=False) as (db, center):
        summary = ReportData(db).hr_summary(center.id, year, month)
    return _done(write_hr_summary(summary, args.output, args.paper))


def _cards(args: argparse.Namespace) -> int:
    from asc_desk.reports.cards_pdf import write_cards_pdf
    from asc_desk.reports.output import check_format, check_target
    from asc_desk.services.attendance.attendance_service import AttendanceService
    from asc_desk.services.reports.report_data import pickup_cards
    from asc_desk.services.roster.roster_service import RosterService

    check_format(args.output, (".pdf",))
    check_target(args.output)
    with open_for_command(args, write=False) as (db, center):
        program = _program(db, center, args.program)
        child_id = (RosterService(db, "reports").find_child(center.id, args.child).id
                    if args.child else None)
        today = AttendanceService(db, "reports").today(center.id)
        cards = pickup_cards(db, center.id, today, program, child_id)
    return _done(write_cards_pdf(cards, args.output, args.paper))


def _overview(args: argparse.Namespace) -> int:
    from asc_desk.reports.output import check_format, check_target
    from asc_desk.reports.overview_pdf import write_overview_pdf
    from asc_desk.services.reports.report_data import ReportData, month_overview

    check_format(args.output, (".pdf",))
    check_target(args.output)
    year, month = parse_month(args.month)
    with open_for_command(args, write=False) as (db, center):
        view = month_overview(ReportData(db), center.id, year, month)
    return _done(write_overview_pdf(view, args.output, args.paper))
