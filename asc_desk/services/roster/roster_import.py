"""Roster import: validate every row and preview, then write all valid rows in one transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import Any, NamedTuple

from sqlalchemy import select

from asc_desk.db.models import Child, Program
from asc_desk.db.row_locks import lock_center
from asc_desk.domain.actor import ActorProvider, as_provider
from asc_desk.domain.changes import NO_CHANGES, Changes, Outcome
from asc_desk.domain.errors import N_, UserError, ValidationError
from asc_desk.domain.name_search import name_keys
from asc_desk.domain.roster import ChildDraft
from asc_desk.services.database import Database
from asc_desk.services.font_coverage import missing_characters
from asc_desk.services.gc_pause import gc_paused
from asc_desk.services.roster.roster_batch import BatchParser
from asc_desk.services.roster.roster_bulk import add_children
from asc_desk.services.roster.roster_files import (
    FOOTER_WORDS,
    ParsedRow,
    RawRow,
    RowError,
    RowErrors,
    RowParser,
    Table,
    duplicate_ids,
    read_table,
)
from asc_desk.services.roster.roster_match import RosterKeys, phone_digits
from asc_desk.services.roster.roster_rows import external_id
from asc_desk.services.roster.roster_service import (
    ROSTER_CHANGED,
    RosterService,
    draft_of,
    roster_loading,
)

GUARDIAN_COLUMNS = {"guardian_name": "name", "guardian_relation": "relation",
                    "guardian_phone": "phone", "guardian_employee_id": "employee_id",
                    "guardian_department": "department"}
PLAIN_COLUMNS = {"child_id": "external_id", "name": "name", "gender": "gender",
                 "birth_date": "birth_date", "school": "school", "grade": "grade",
                 "allergies": "allergies", "medical_notes": "medical_notes"}


class PlannedRow(NamedTuple):  # a tuple: an import makes one a row
    number: int
    action: str  # "add", "update" or "unchanged"
    child_id: int | None
    draft: ChildDraft


@dataclass(frozen=True)
class ImportPlan:
    file: str
    rows: tuple[PlannedRow, ...]
    errors: tuple[RowError, ...]
    ignored_columns: tuple[str, ...]
    # What the user should read before importing: columns the file lacks, rows skipped,
    # children renamed or matched by an id that lost its zeros (templates, translated on show).
    notes: tuple[UserError, ...] = ()

    @property
    def repeatable(self) -> bool:
        """Whether importing the file again would change nothing: every new child can be
        found again (child id, birth date or a guardian's phone)."""
        return all(r.draft.external_id or r.draft.birth_date
                   or any(phone_digits(g.phone) for g in r.draft.guardians)
                   for r in self.rows if r.action == "add")

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)

    @property
    def rejected(self) -> int:
        return len({e.row for e in self.errors})

    def unprintable(self) -> list[tuple[int, str, str]]:
        """(row, child's name, characters) for each row whose child, guardian or pickup name
        has characters no bundled font has: they would vanish from every printed sheet."""
        found = []
        for row in self.rows:
            d = row.draft
            names = [d.name, *(g.name for g in d.guardians), *(p.name for p in d.pickups)]
            chars = missing_characters("".join(names))
            if chars:
                found.append((row.number, d.name, chars))
        return found


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    unchanged: int
    rejected: int
    changes: Changes = ROSTER_CHANGED


def _merge(old: ChildDraft, new: ChildDraft, columns: set[str], parsed: ParsedRow) -> ChildDraft:
    """The existing child with what the file's cells say. Columns the file lacks and empty
    cells keep what the roster holds: HR fills in the template's columns it knows and
    leaves allergies, pickups and weekdays blank, which must not wipe what the desk typed
    in. (A value is cleared in the child's form.)"""
    merged = old
    for column, attr in PLAIN_COLUMNS.items():
        if column in columns and getattr(new, attr):
            merged = replace(merged, **{attr: getattr(new, attr)})
    if new.guardians:
        guardians = list(merged.guardians)
        first = 0  # a parent new to the child comes first (the file is HR's latest word)
        for incoming in new.guardians:
            index = next((i for i, g in enumerate(guardians) if g.name == incoming.name), None)
            if index is None:
                guardians.insert(first, incoming)
                first += 1
                continue
            guardians[index] = replace(guardians[index], **{
                attr: getattr(incoming, attr) for attr in GUARDIAN_COLUMNS.values()
                if getattr(incoming, attr)})
        merged = replace(merged, guardians=tuple(guardians))
    if "authorized_pickups" in columns and new.pickups:
        merged = replace(merged, pickups=new.pickups)
    if new.enrollments:
        arriving = new.enrollments[0]
        enrollments = list(merged.enrollments)
        index = next((i for i, e in enumerate(enrollments)
                      if e.program_id == arriving.program_id), None)
        if index is None:
            enrollments.append(arriving)
        else:
            current = enrollments[index]

            def given(column: str, attr: str) -> Any:
                value = getattr(arriving, attr)
                return value if column in columns and value else getattr(current, attr)

            enrollments[index] = replace(
                current,
                from_date=arriving.from_date if parsed.enrolled_from_given else current.from_date,
                weekdays=arriving.weekdays if parsed.weekdays_given else current.weekdays,
                agreement_signed_on=given("agreement_signed_on", "agreement_signed_on"),
                insurance_company=given("insurance_company", "insurance_company"),
                insurance_policy=given("insurance_policy", "insurance_policy"),
                insurance_expires=given("insurance_expires", "insurance_expires"))
        merged = replace(merged, enrollments=tuple(enrollments))
    return merged


class RosterImport:
    def __init__(self, db: Database, actor: str | ActorProvider,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        self._db = db
        self._actor = as_provider(actor)
        self._today = today

    def preview(self, center_id: int, data: bytes, filename: str, *,
                progress: Progress | None = None) -> ImportPlan:
        """Every row checked against the file and the roster; nothing is written.
        `progress(rows checked, rows)` hears how far it is (and may stop it by raising)."""
        with gc_paused():
            table = read_table(data, filename)
            if not table.rows:
                raise UserError(N_("{file} lists no children."), file=filename)
            today = self._today()
            with self._db.read() as s:
                found = s.execute(select(Program.name, Program.id, Program.weekdays).where(
                    Program.center_id == center_id)).all()
                programs = {p.name: p.id for p in found}
                parser = RowParser(programs, today, {p.id: p.weekdays for p in found})
                matched, errors, notes = _check_rows(
                    table.rows, parser, RosterKeys(s, center_id),
                    progress=progress or _silent)
                planned = self._plan(s, matched, set(table.columns))
            if any(r.action == "add" for r in planned):
                # The pinyin dictionaries load now, while the user reads the preview, not
                # when they press Import (a third of a second).
                name_keys("张")
        return ImportPlan(filename, tuple(planned), tuple(errors), table.ignored,
                          (*_file_notes(table), *notes))

    @staticmethod
    def _plan(s, matched: list[tuple[int, ParsedRow, int | None, str]],
              columns: set[str]) -> list[PlannedRow]:
        """Rows for children not on the roster are added; the others are merged into the
        child as stored, read whole only for the children the file names."""
        olds = _stored_drafts(s, {child_id for _n, _p, child_id, _e in matched if child_id})
        planned = []
        for number, parsed, child_id, stored_id in matched:
            if child_id is None:
                planned.append(PlannedRow(number, "add", None, parsed.child))
                continue
            old = olds[child_id]
            if stored_id:  # 34 for 0034: the child keeps the id as stored
                parsed = parsed._replace(child=replace(parsed.child, external_id=stored_id))
            merged = _merge(old, parsed.child, columns, parsed)
            action = "unchanged" if merged == old else "update"
            planned.append(PlannedRow(number, action, child_id, merged))
        return planned

    def apply(self, center_id: int, plan: ImportPlan, *, skip_invalid: bool = False,
              progress: Progress | None = None) -> ImportResult:
        """Write the plan in one transaction; refused as a whole when rows have errors,
        unless skip_invalid, which writes the valid rows and leaves the rejected ones out.
        `progress(rows written, rows)` is last called before the commit: raising there (a
        cancel) rolls everything back."""
        progress = progress or _silent
        if plan.errors and not skip_invalid:
            raise UserError(N_("{count} row(s) have errors; nothing was written."),
                            count=plan.rejected)
        adds = [r for r in plan.rows if r.action == "add"]
        updates = [r for r in plan.rows if r.action == "update"]
        roster = RosterService(self._db, self._actor, self._today)
        total = len(adds) + len(updates)
        with gc_paused(), self._db.unit_of_work() as s:
            # Two computers importing one file at once: the second waits here, then finds
            # the children the first added and writes nothing (no duplicates).
            lock_center(s, center_id)
            progress(0, total)
            _check_still_new(s, center_id, plan.file, adds)
            if adds:
                add_children(s, self._actor, center_id, [r.draft for r in adds],
                             step=lambda part: progress(int(len(adds) * part), total))
            for done, row in enumerate(updates, start=len(adds) + 1):
                roster.write_child(s, center_id, row.draft, row.child_id)  # few in a re-import
                if done % PROGRESS_EVERY == 0:
                    progress(done, total)
            progress(total, total)
        return ImportResult(len(adds), len(updates), plan.count("unchanged"), plan.rejected,
                            ROSTER_CHANGED if total else NO_CHANGES)

    def add_many(self, center_id: int, drafts: list[ChildDraft]) -> Outcome[int]:
        """Many new children in one transaction (demo data, generators)."""
        today = self._today()
        from asc_desk.domain.roster import validate_child

        clean = [validate_child(d, today) for d in drafts]
        with self._db.unit_of_work() as s:
            add_children(s, self._actor, center_id, clean)
        return Outcome(len(clean), ROSTER_CHANGED if clean else NO_CHANGES)


def _file_notes(table: Table) -> list[UserError]:
    """What the file lacks or leaves out, one line each, for the top of the preview."""
    notes = []
    if table.unsaved:
        notes.append(UserError(N_("The file has no guardian_name column: {columns} cannot be "
                                  "saved without a parent's name (add the column to import "
                                  "them)."), columns=", ".join(table.unsaved)))
    if "birth_date" not in table.columns:
        notes.append(UserError(N_("The file has no birth_date column: the children's ages "
                                  "stay unknown, and they are found again by name and a "
                                  "parent's phone.")))
    if not {"guardian_phone", "father_phone", "mother_phone"} & table.columns.keys() \
            and not table.unsaved:
        notes.append(UserError(N_("The file has no guardian_phone column: the children come "
                                  "in without a parent's phone.")))
    if "child_id" in table.columns and _row_numbers(table.rows):
        notes.append(UserError(N_("The column {column} holds 1, 2, 3 … in order: if these "
                                  "are row numbers, head it 序号 so they are not taken as "
                                  "child numbers."), column=table.columns["child_id"]))
    if table.hidden:
        shown = ", ".join(map(str, table.hidden[:10])) + (" …" if len(table.hidden) > 10 else "")
        notes.append(UserError(N_("{count} row(s) of the sheet are hidden in Excel (rows "
                                  "{rows}): they are imported like the others."),
                               count=len(table.hidden), rows=shown))
    for row, text in table.totals:
        notes.append(UserError(N_("Row {row} ({text}) is a note, not a child: not imported.")
                               if text.startswith(FOOTER_WORDS) else
                               N_("Row {row} ({text}) is a totals row: not imported."),
                               row=row, text=text[:40]))
    return notes


def _row_numbers(rows: list[RawRow]) -> bool:
    """Whether the child ids are just 1, 2, 3 … N (N ≥ 3), as HR's row numbers are."""
    if len(rows) < 3:
        return False
    return all(external_id(row.cell("child_id")) == str(n) for n, row in enumerate(rows, 1))


def _check_still_new(s, center_id: int, file: str, adds: list[PlannedRow]) -> None:
    """A plan is checked against the roster as it was: if a child it adds has arrived since
    (the same file imported on another computer), nothing is written."""
    if not adds:
        return
    keys = RosterKeys(s, center_id)
    for row in adds:
        found = keys.match(row.number, row.draft)
        if found.child_id is not None or found.error is not None:
            raise UserError(N_("The roster has changed since {file} was checked (on another "
                               "computer?): nothing was written. Import the file again."),
                            file=file)


def _check_rows(rows: list[RawRow], parser: RowParser, keys: RosterKeys, *,
                progress: Progress) -> tuple[list[tuple[int, ParsedRow, int | None, str]],
                                             list[RowError], list[UserError]]:
    """Each valid row with the id of the child it names (None: a new child) and the child id
    as stored when the row's lost its leading zeros, every problem of the file by row, and
    what the preview should say about the matches."""
    errors = list(duplicate_ids(rows))
    notes: list[UserError] = []
    bad_rows = {e.row for e in errors}
    matched: list[tuple[int, ParsedRow, int | None, str]] = []
    seen: dict[tuple, int] = {}
    progress(0, len(rows))
    batch = BatchParser(parser)
    for raw, parsed in _parsed(rows, batch, progress):
        if isinstance(parsed, RowErrors):
            errors.extend(parsed.errors)
            continue
        if raw.number in bad_rows:
            continue
        draft = parsed.child
        key = _row_key(draft)
        if key is not None and key in seen:
            errors.append(RowError(raw.number, raw.label("name"), ValidationError(
                N_("This is the same child as row {row}."), field="name", row=seen[key])))
            continue
        if key is not None:
            seen[key] = raw.number
        found = keys.match(raw.number, draft)
        if found.error is not None:
            errors.append(RowError(raw.number, raw.label("child_id"), found.error))
            continue
        if found.note is not None:
            notes.append(found.note)
        matched.append((raw.number, parsed, found.child_id, found.external_id))
    errors.sort(key=lambda e: e.row)
    progress(len(rows), len(rows))
    return matched, errors, notes


def _row_key(draft: ChildDraft) -> tuple | None:
    """What tells the row's child from the other rows' (None: nothing does)."""
    if draft.external_id:
        return (draft.external_id,)
    if draft.birth_date:
        return (draft.name, draft.birth_date)
    phones = sorted(filter(None, (phone_digits(g.phone) for g in draft.guardians)))
    return (draft.name, "phone", *phones) if phones else None


def _parsed(rows: list[RawRow], batch: BatchParser,
            progress: Progress) -> Iterator[tuple[RawRow, ParsedRow | RowErrors]]:
    """Each row with what parse makes of it, parsed PROGRESS_EVERY rows at a time."""
    for start in range(0, len(rows), PROGRESS_EVERY):
        if start:
            progress(start, len(rows))
        part = rows[start:start + PROGRESS_EVERY]
        yield from zip(part, batch.parse(part), strict=True)


Progress = Callable[[int, int], None]
PROGRESS_EVERY = 250  # rows between two reports: often enough for a bar, cheap to call


def _silent(done: int, total: int) -> None:
    """No one is listening (the command line, tests)."""


_LOAD_CHUNK = 500  # ids in one IN list: well under every database's limit on parameters


def _stored_drafts(s, child_ids: set[int]) -> dict[int, ChildDraft]:
    """The children (read whole) as drafts, to merge the file's rows into."""
    ids = sorted(child_ids)
    drafts: dict[int, ChildDraft] = {}
    for start in range(0, len(ids), _LOAD_CHUNK):
        query = select(Child).where(Child.id.in_(ids[start:start + _LOAD_CHUNK]))
        drafts.update((c.id, draft_of(c)) for c in s.scalars(query.options(*roster_loading())))
    return drafts
