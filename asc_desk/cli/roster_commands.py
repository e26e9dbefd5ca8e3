"""The roster: `asc-desk roster import|export|template|list`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from asc_desk.cli import roster_edit_commands
from asc_desk.cli.common import (
    actor,
    add_db_option,
    by_pinyin,
    open_for_command,
    print_json,
    read_file,
    write_file,
)
from asc_desk.cli.font_warnings import warn_unprintable
from asc_desk.cli.messages import count_text, error_text, say, text, warn
from asc_desk.cli.parser import print_table
from asc_desk.domain.errors import N_


def register(sub) -> None:
    roster = sub.add_parser("roster", help=N_("the children: add, change, import, export, list"))
    roster_sub = roster.add_subparsers(dest="roster_command", metavar="ACTION", required=True)
    imp = roster_sub.add_parser("import", help=N_("import children from CSV or XLSX"))
    add_db_option(imp)
    imp.add_argument("file", type=Path, help=N_("a .csv (UTF-8 or GB18030) or .xlsx file"))
    imp.add_argument("--dry-run", action="store_true", help=N_("check and count; write nothing"))
    imp.add_argument("--skip-invalid", action="store_true",
                     help=N_("write the valid rows even when some rows have errors"))
    imp.set_defaults(handler=_import)
    exp = roster_sub.add_parser("export", help=N_("export the roster (.csv or .xlsx)"))
    add_db_option(exp)
    exp.add_argument("file", type=Path, help=N_("the file to write: .csv or .xlsx"))
    exp.add_argument("--all", action="store_true", help=N_("include children who have left"))
    exp.add_argument("--english-headers", action="store_true",
                     help=N_("column headers in English (default: Chinese, as the window exports)"))
    exp.set_defaults(handler=_export)
    tpl = roster_sub.add_parser("template", help=N_("an empty roster file with the headers"))
    tpl.add_argument("file", type=Path, help=N_("the file to write: .csv or .xlsx"))
    tpl.add_argument("--english-headers", action="store_true",
                     help=N_("column headers in English (default: Chinese, as the window exports)"))
    tpl.set_defaults(handler=_template)
    listing = roster_sub.add_parser("list", help=N_("list the children"))
    add_db_option(listing)
    listing.add_argument("--search", metavar="TEXT",
                         help=N_("name, pinyin, initials, child id, card code, guardian, phone"))
    listing.add_argument("--all", action="store_true", help=N_("include children who have left"))
    listing.add_argument("--json", action="store_true", help=N_("print JSON"))
    listing.set_defaults(handler=_list)
    roster_edit_commands.register(roster_sub)


def _import(args: argparse.Namespace) -> int:
    from asc_desk.services.roster.roster_files import MAX_FILE_BYTES
    from asc_desk.services.roster.roster_import import RosterImport

    data = read_file(args.file, MAX_FILE_BYTES)
    with open_for_command(args, write=not args.dry_run) as (db, center):
        importer = RosterImport(db, actor())
        plan = importer.preview(center.id, data, args.file.name)
        for error in plan.errors:
            warn(N_("row {row}, {column}: {message}"), row=error.row, column=error.column,
                 message=error_text(error.error))
        for note in plan.notes:
            warn(note.template, **note.params)
        if plan.ignored_columns:
            warn(N_("Columns not read: {columns}"), columns=", ".join(plan.ignored_columns))
        warn_unprintable(plan.unprintable())
        counts = text(N_("{add} to add, {update} to update, {unchanged} unchanged, "
                         "{rejected} rejected"), add=plan.count("add"),
                      update=plan.count("update"), unchanged=plan.count("unchanged"),
                      rejected=plan.rejected)
        if args.dry_run:
            say(N_("Dry run, nothing written: {counts}."), counts=counts)
            return 1 if plan.errors else 0
        if plan.errors and not args.skip_invalid:
            warn(N_("Nothing written: {counts}. Fix the rows above, or use --skip-invalid "
                    "to write the valid rows."), counts=counts)
            return 1
        result = importer.apply(center.id, plan, skip_invalid=args.skip_invalid)
    say(N_("Imported {file}: {added} added, {updated} updated, {unchanged} unchanged, "
           "{rejected} rejected."), file=args.file.name, added=result.added,
        updated=result.updated, unchanged=result.unchanged, rejected=result.rejected)
    return 1 if result.rejected else 0


def _export(args: argparse.Namespace) -> int:
    from asc_desk.services.roster.roster_export import RosterExport, format_of

    fmt = format_of(args.file.name)
    with open_for_command(args, write=False) as (db, center):
        data = RosterExport(db).export(center.id, fmt, include_withdrawn=args.all,
                                       lang="en" if args.english_headers else "zh")
    write_file(args.file, data)
    say(N_("Exported the roster to {file}."), file=args.file)
    return 0


def _template(args: argparse.Namespace) -> int:
    from asc_desk.services.roster.roster_export import RosterExport, format_of

    fmt = format_of(args.file.name)
    write_file(args.file, RosterExport.template(fmt, "en" if args.english_headers else "zh"))
    say(N_("Wrote an empty roster with its headers to {file}."), file=args.file)
    return 0


INSURANCE_TEXT = {"missing": N_("no accident insurance"),
                  "expired": N_("accident insurance expired")}


def _notes(r) -> str:
    """What the desk should know about a child, in the user's language."""
    notes = []
    if r.allergies:
        notes.append(text(N_("allergy: {allergies}"), allergies=r.allergies))
    if r.insurance:
        notes.append(text(INSURANCE_TEXT.get(r.insurance, r.insurance)))
    if r.status != "active":
        notes.append(text(N_("left the center")))
    return text(N_("; ")).join(notes)  # a Chinese list takes a full-width semicolon


def _list(args: argparse.Namespace) -> int:
    from asc_desk.services.roster.roster_service import RosterService

    with open_for_command(args, write=False) as (db, center):
        roster = RosterService(db, actor())
        rows = (roster.search(center.id, args.search, include_withdrawn=args.all)
                if args.search else roster.list_roster(center.id, include_withdrawn=args.all))
    rows = by_pinyin(rows, lambda r: r.name, lambda r: r.pinyin)
    if args.json:
        print_json([{
            "id": r.id, "child_id": r.external_id, "name": r.name, "gender": r.gender,
            "birth_date": r.birth_date, "school": r.school, "grade": r.grade,
            "status": r.status, "card_code": r.card_code, "programs": list(r.programs),
            "guardians": list(r.guardians), "phones": list(r.phones),
            "departments": list(r.departments), "allergies": r.allergies,
            "insurance": r.insurance,
        } for r in rows])
        return 0
    comma = text(N_(", "))  # 、 between Chinese names
    print_table(
        [text(N_("Child id")), text(N_("Card code")), text(N_("Name")), text(N_("Programs")),
         text(N_("Guardians")), text(N_("Notes"))],
        [[r.external_id or "-", r.card_code, r.name, comma.join(r.programs) or "-",
          comma.join(r.guardians) or "-", _notes(r)] for r in rows])
    warn_unprintable((None, r.name, r.unprintable) for r in rows)
    print(count_text(len(rows), N_("{count} child."), N_("{count} children.")),
          file=sys.stderr)
    return 0
