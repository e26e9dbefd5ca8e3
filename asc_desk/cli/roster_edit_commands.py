"""One child from a script: `asc-desk roster add|set`, through the roster service the
Add/Edit child dialog saves with (same rules, same audit, same duplicate check)."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from asc_desk.cli.common import actor, add_db_option, open_for_command
from asc_desk.cli.messages import say, text, warn
from asc_desk.domain.dates import parse_date
from asc_desk.domain.errors import N_, UserError, ValidationError

if TYPE_CHECKING:
    from asc_desk.domain.roster import ChildDraft, EnrollmentDraft, GuardianDraft

# The roster's rules load only when a child is saved: every command parses this parser.
GENDERS = {"M": "M", "F": "F", "unknown": ""}


def register(roster_sub) -> None:
    add = roster_sub.add_parser("add", help=N_("add one child (the same checks as the Add child "
                                   "dialog)"))
    add_db_option(add)
    add.add_argument("name", metavar="NAME", help=N_("the child's name"))
    add.add_argument("--birth-date", required=True, metavar="DATE",
                     help=N_("e.g. 2018-03-04"))
    _common_options(add)
    add.add_argument("--even-if-duplicate", action="store_true",
                     help=N_("add the child although one with the same name and birth date or "
                             "guardian's phone is on the roster"))
    add.set_defaults(handler=_add)

    change = roster_sub.add_parser("set", help=N_("change one child's record (what is not "
                                      "given stays as it is)"))
    add_db_option(change)
    change.add_argument("ref", metavar="REF", help=N_("card code, child id, or exact unique name"))
    change.add_argument("--name", help=N_("the child's new name"))
    change.add_argument("--birth-date", metavar="DATE", help=N_("e.g. 2018-03-04"))
    _common_options(change)
    change.set_defaults(handler=_set)


def _common_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--child-id", metavar="ID", help=N_("the center's own child number"))
    parser.add_argument("--gender", choices=tuple(GENDERS), help=N_("M, F or unknown"))
    parser.add_argument("--school", help=N_("the child's school"))
    parser.add_argument("--grade", help=N_("the child's grade, e.g. 二年级"))
    parser.add_argument("--allergies", metavar="TEXT",
                        help=N_("allergies, shown at the desk (empty text: none)"))
    parser.add_argument("--guardian", action="append", metavar="NAME",
                        help=N_("a guardian (repeat for each); with roster set, the guardians "
                                "given replace the old ones"))
    parser.add_argument("--relation", action="append", metavar="TEXT",
                        help=N_("the relation of the guardian given in the same place, e.g. 母亲"))
    parser.add_argument("--phone", action="append", metavar="PHONE",
                        help=N_("the phone of the guardian given in the same place; with "
                                "roster set and no --guardian, the first guardian's phone"))
    parser.add_argument("--program", action="append", metavar="NAME",
                        help=N_("enroll in this program (repeat for each); a child enrolled "
                                "already stays as it is"))
    parser.add_argument("--from", dest="from_date", metavar="DATE",
                        help=N_("the enrollments start on this date (default: today, or the "
                                "program's first day when it starts later)"))


def _guardians(args: argparse.Namespace, old: tuple[GuardianDraft, ...]
               ) -> tuple[GuardianDraft, ...]:
    from asc_desk.domain.roster import GuardianDraft

    names = args.guardian or []
    phones = args.phone or []
    relations = args.relation or []
    if not names:
        if relations:
            raise UserError(N_("--relation goes with a --guardian."))
        if not phones:
            return old
        if not old:
            raise UserError(N_("The child has no guardian to give a phone to: add one with "
                               "--guardian NAME --phone PHONE."))
        if len(phones) > 1:
            raise UserError(N_("Give one --phone, or a --guardian for each --phone."))
        return (dataclasses.replace(old[0], phone=phones[0]), *old[1:])
    if len(phones) > len(names) or len(relations) > len(names):
        raise UserError(N_("Give a --guardian for each --phone and each --relation."))
    kept = {g.name: g for g in old}  # a guardian given again keeps its other details
    result = []
    for i, name in enumerate(names):
        base = kept.get(" ".join(name.split()), GuardianDraft(name))
        result.append(dataclasses.replace(
            base, name=name,
            phone=phones[i] if i < len(phones) else base.phone,
            relation=relations[i] if i < len(relations) else base.relation))
    return tuple(result)


def _enrollments(args: argparse.Namespace, db, center, old: tuple[EnrollmentDraft, ...]
                 ) -> tuple[EnrollmentDraft, ...]:
    from asc_desk.domain.roster import EnrollmentDraft
    from asc_desk.services.calendar.program_service import ProgramService

    if not args.program:
        if args.from_date:
            raise UserError(N_("--from goes with a --program."))
        return old
    today = dt.datetime.now(ZoneInfo(center.time_zone)).date()
    start = parse_date(args.from_date, "from") if args.from_date else None
    programs = ProgramService(db, actor())
    result = list(old)
    enrolled = {e.program_id for e in old if e.to_date is None or e.to_date >= today}
    for name in args.program:
        program = programs.find_program(center.id, name)
        if program.id in enrolled:
            continue
        first = start or max(today, program.first_day)
        result.append(EnrollmentDraft(program.id, first, program.last_day
                                      if program.last_day >= first else None,
                                      weekdays=program.weekdays))
        enrolled.add(program.id)
    return tuple(result)


def _draft(args: argparse.Namespace, db, center, old: ChildDraft) -> ChildDraft:
    from asc_desk.domain.roster import Gender

    return dataclasses.replace(
        old,
        name=old.name if args.name is None else args.name,
        birth_date=(old.birth_date if args.birth_date is None
                    else parse_date(args.birth_date, "birth_date")),
        external_id=old.external_id if args.child_id is None else args.child_id,
        gender=old.gender if args.gender is None else Gender(GENDERS[args.gender]),
        school=old.school if args.school is None else args.school,
        grade=old.grade if args.grade is None else args.grade,
        allergies=old.allergies if args.allergies is None else args.allergies,
        guardians=_guardians(args, old.guardians),
        enrollments=_enrollments(args, db, center, old.enrollments),
    )


def _add(args: argparse.Namespace) -> int:
    from asc_desk.domain.roster import ChildDraft
    from asc_desk.services.roster.roster_service import RosterService

    with open_for_command(args) as (db, center):
        draft = _draft(args, db, center, ChildDraft(name=""))
        roster = RosterService(db, actor())
        if not args.even_if_duplicate:
            twins = roster.likely_duplicates(center.id, draft)
            if twins:
                raise UserError(N_("{name} looks like a child on the roster already (card "
                                   "{card}): use roster set to change that record, or "
                                   "--even-if-duplicate to add another child."),
                                name=twins[0].name, card=twins[0].card_code)
        saved = _save(roster, center, draft, None)
    say(N_("Added {name}: card code {card}."), name=saved.record.draft.name,
        card=saved.record.card_code)
    _notices(saved)
    return 0


def _set(args: argparse.Namespace) -> int:
    from asc_desk.services.roster.roster_service import RosterService

    with open_for_command(args) as (db, center):
        roster = RosterService(db, actor())
        child = roster.find_child(center.id, args.ref)
        saved = _save(roster, center, _draft(args, db, center, child.draft), child.id)
    if saved.changes:
        say(N_("Saved {name} (card code {card})."), name=saved.record.draft.name,
            card=saved.record.card_code)
    else:
        say(N_("Nothing to change."))
    _notices(saved)
    return 0


def _save(roster, center, draft: ChildDraft, child_id: int | None):
    try:
        return roster.save_child(center.id, draft, child_id)
    except ValidationError as exc:
        field = exc.field or ""
        where = ("--guardian" if field.startswith("guardians.") and field.endswith(".name")
                 else _FIELD_OPTIONS.get(field.split(".")[-1]))
        if where is None:
            raise
        # The dialog shows the message beside its field; one line must say which it is.
        raise ValidationError(N_("{option}: {message}"), field=exc.field, option=where,
                              message=text(exc.template, **exc.params)) from None


_FIELD_OPTIONS = {"name": "NAME", "birth_date": "--birth-date", "external_id": "--child-id",
                  "school": "--school", "grade": "--grade", "allergies": "--allergies",
                  "phone": "--phone", "relation": "--relation", "to_date": "--from"}


def _notices(saved) -> None:
    for notice in saved.notices:
        warn(notice.template, **notice.params)
