"""Printed documents from the command line: `asc-desk report daily-sheet|monthly|hr-summary|
cards|overview|shifts|staff-hours`.

Reports only read: they run while the window is open on the same database. The output is
checked (extension, folder) before any work, and written atomically."""

from __future__ import annotations

import argparse
from pathlib import Path

from asc_desk.cli.common import add_db_option, open_for_command
from asc_desk.cli.messages import count_text, say, warn
from asc_desk.cli.parser import hint
from asc_desk.domain.dates import parse_date, parse_month
from asc_desk.domain.errors import N_

PAPER_HELP = N_("paper size: a4 (default) or letter")


def register(sub) -> None:
    rep = sub.add_parser("report", help=N_("printed sheets and monthly summaries (PDF, XLSX, CSV)"))
    r = rep.add_subparsers(dest="report_command", metavar="DOCUMENT", required=True)

    daily = r.add_parser("daily-sheet", help=N_("the day's sign-in/sign-out sheet (PDF)"))
    add_db_option(daily)
    daily.add_argument("--date", required=True, metavar="DATE",
                       help=N_("the day of the sheet, e.g. 2026-11-25"))
    daily.add_argument("--program", metavar="NAME",
                       help=N_("only this program's children (default: every open program)"))
    daily.add_argument("--blank", action="store_true",
                       help=N_("leave the times empty, to fill in by hand (a power cut)"))
    _output(daily, ".pdf")
    daily.set_defaults(handler=_make)

    monthly = r.add_parser("monthly", help=N_("the month's attendance grid (PDF, XLSX or CSV)"))
    add_db_option(monthly)
    monthly.add_argument("--month", required=True, metavar="YYYY-MM",
                         help=N_("the month, e.g. 2026-11"))
    monthly.add_argument("--program", metavar="NAME",
                         help=N_("only this program's children (default: every program)"))
    _output(monthly, ".pdf|.xlsx|.csv")
    monthly.set_defaults(handler=_make)

    hr = r.add_parser("hr-summary",
                      help=N_("the month by department and parent worker, for HR (PDF, XLSX, CSV)"))
    add_db_option(hr)
    hr.add_argument("--month", required=True, metavar="YYYY-MM", help=N_("the month, e.g. 2026-11"))
    _output(hr, ".pdf|.xlsx|.csv")
    hr.set_defaults(handler=_make)

    cards = r.add_parser("cards", help=N_("pickup cards with a QR code of the card code (PDF)"))
    add_db_option(cards)
    cards.add_argument("--program", metavar="NAME",
                       help=N_("only the children enrolled in this program (default: all)"))
    cards.add_argument("--child", metavar="REF",
                       help=N_("only this child: card code, child id, or exact unique name"))
    cards.add_argument("--revoke", action="store_true",
                       help=N_("revoke the child's old card first (lost, stolen): the desk refuses "
                               "the old code from now on, and the card printed has a new code; "
                               "needs --child and --reason"))
    cards.add_argument("--reason", metavar="TEXT", help=N_("why the old card is revoked"))
    _output(cards, ".pdf")
    cards.set_defaults(handler=_make)

    overview = r.add_parser("overview",
                            help=N_("the month's overview with charts, for the impact report "
                                    "(PDF)"))
    add_db_option(overview)
    overview.add_argument("--month", required=True, metavar="YYYY-MM",
                          help=N_("the month, e.g. 2026-11"))
    _output(overview, ".pdf")
    overview.set_defaults(handler=_make)

    shifts = r.add_parser("shifts", help=N_("the caregivers' week rota (PDF, landscape)"))
    add_db_option(shifts)
    shifts.add_argument("--week", required=True, metavar="DATE", dest="date",
                        help=N_("any day of the week, e.g. 2026-11-25 (the rota runs Monday to "
                                "Sunday)"))
    _output(shifts, ".pdf")
    shifts.set_defaults(handler=_make)

    hours = r.add_parser("staff-hours",
                         help=N_("caregivers' planned and actual hours of a month "
                                 "(PDF, XLSX, CSV)"))
    add_db_option(hours)
    hours.add_argument("--month", required=True, metavar="YYYY-MM",
                       help=N_("the month, e.g. 2026-11"))
    _output(hours, ".pdf|.xlsx|.csv")
    hours.set_defaults(handler=_make)


def _output(parser: argparse.ArgumentParser, kinds: str) -> None:
    parser.add_argument("-o", "--output", required=True, metavar="FILE", type=Path,
                        help=hint(N_("the file to write ({kinds}); an earlier file of that name "
                                     "is replaced only once the new one is complete"),
                                  kinds=kinds))
    # A4 as the Reports page writes it, a4, Letter: any case.
    parser.add_argument("--paper", default="a4", type=str.lower, choices=("a4", "letter"),
                        help=PAPER_HELP)


def _done(written) -> int:
    if written.pages:
        print(count_text(written.pages, N_("Wrote {path}, {count} page."),
                         N_("Wrote {path}, {count} pages."), path=written.path))
    else:  # a spreadsheet or CSV has no pages
        say(N_("Wrote {path}."), path=written.path)
    if written.missing_characters:
        warn(N_("asc-desk: warning: the font cannot print {characters}; these characters "
                "are missing from the document."), characters=written.missing_characters)
    return 0


def _make(args: argparse.Namespace) -> int:
    """Every document through the report catalogue, the same path as the Reports page."""
    from asc_desk.reports.catalogue import ReportParams, check_output, make

    check_output(args.report_command, args.output)  # before the database is opened
    if getattr(args, "revoke", False):
        args.child = _revoke(args)
    params = ReportParams(
        date=parse_date(args.date) if getattr(args, "date", None) else None,
        month=parse_month(args.month) if getattr(args, "month", None) else None,
        program=getattr(args, "program", None), blank=getattr(args, "blank", False),
        child=getattr(args, "child", None), paper=args.paper)
    with open_for_command(args, write=False) as (db, center):
        return _done(make(args.report_command, db, center, params, args.output))


def _revoke(args: argparse.Namespace) -> str:
    """`report cards --child REF --revoke --reason TEXT`: revokes the old card (one unit of
    work, audited) and returns the new code, whose card is then printed. The revocation
    stands even if the printing fails: `report cards --child NEWCODE` prints it again."""
    from asc_desk.cli.common import actor
    from asc_desk.domain.errors import UserError
    from asc_desk.services.roster.card_revocation import clean_reason, revoke_card
    from asc_desk.services.roster.roster_service import RosterService

    if not args.child:
        raise UserError(N_("--revoke needs the child: --child REF."))
    clean_reason(args.reason or "")  # before the database is opened
    with open_for_command(args) as (db, center):
        child = RosterService(db, actor()).find_child(center.id, args.child)
        done = revoke_card(db, actor(), child.id, args.reason)
    say(N_("Revoked card {old} of {name}; the new card code is {new}."), old=done.old_code,
        name=done.name, new=done.new_code)
    return done.new_code
