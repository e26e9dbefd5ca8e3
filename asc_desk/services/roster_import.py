"""Roster import: validate every row and preview, then write all valid rows in one transaction."""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Callable
from dataclasses import dataclass, replace

from sqlalchemy import insert, select

from asc_desk.db.models import (
    AuditEntry,
    AuthorizedPickup,
    Child,
    ChildGuardian,
    Enrollment,
    Guardian,
    Program,
)
from asc_desk.db.utc_datetime import utc_now
from asc_desk.domain.errors import N_, UserError, ValidationError
from asc_desk.domain.name_search import name_keys
from asc_desk.domain.roster import ChildDraft, EnrollmentDraft, GuardianDraft
from asc_desk.services.database import Database
from asc_desk.services.roster_files import (
    ParsedRow,
    RowError,
    RowErrors,
    duplicate_ids,
    parse_row,
    read_table,
)
from asc_desk.services.roster_service import (
    CARD_ALPHABET,
    CARD_LENGTH,
    RosterService,
    audit_view,
    draft_of,
    roster_loading,
)

GUARDIAN_COLUMNS = {"guardian_name": "name", "guardian_relation": "relation",
                    "guardian_phone": "phone", "guardian_employee_id": "employee_id",
                    "guardian_department": "department"}
PLAIN_COLUMNS = {"child_id": "external_id", "name": "name", "gender": "gender",
                 "birth_date": "birth_date", "school": "school", "grade": "grade",
                 "allergies": "allergies", "medical_notes": "medical_notes"}


@dataclass(frozen=True)
class PlannedRow:
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

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)

    @property
    def rejected(self) -> int:
        return len({e.row for e in self.errors})


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    unchanged: int
    rejected: int


def _merge(old: ChildDraft, new: ChildDraft, columns: set[str], parsed: ParsedRow) -> ChildDraft:
    """The existing child with what the file's columns say; columns the file lacks keep
    their values, so a short HR list never wipes the health notes typed in at the desk."""
    merged = old
    for column, attr in PLAIN_COLUMNS.items():
        if column in columns:
            merged = replace(merged, **{attr: getattr(new, attr)})
    if columns & GUARDIAN_COLUMNS.keys() and new.guardians:
        incoming = new.guardians[0]
        guardians = list(merged.guardians)
        index = next((i for i, g in enumerate(guardians) if g.name == incoming.name), None)
        if index is None:
            guardians.insert(0, incoming)
        else:
            guardians[index] = replace(guardians[index], **{
                attr: getattr(incoming, attr) for column, attr in GUARDIAN_COLUMNS.items()
                if column in columns})
        merged = replace(merged, guardians=tuple(guardians))
    if "authorized_pickups" in columns:
        merged = replace(merged, pickups=new.pickups)
    if new.enrollments:
        incoming = new.enrollments[0]
        enrollments = list(merged.enrollments)
        index = next((i for i, e in enumerate(enrollments)
                      if e.program_id == incoming.program_id), None)
        if index is None:
            enrollments.append(incoming)
        else:
            current = enrollments[index]
            enrollments[index] = replace(
                current,
                from_date=incoming.from_date if parsed.enrolled_from_given else current.from_date,
                weekdays=incoming.weekdays if "weekdays" in columns else current.weekdays)
        merged = replace(merged, enrollments=tuple(enrollments))
    return merged


class RosterImport:
    def __init__(self, db: Database, actor: str,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        self._db = db
        self._actor = actor
        self._today = today

    def preview(self, center_id: int, data: bytes, filename: str) -> ImportPlan:
        """Every row checked against the file and the roster; nothing is written."""
        table = read_table(data, filename)
        if not table.rows:
            raise UserError(N_("{file} lists no children."), file=filename)
        today = self._today()
        with self._db.unit_of_work() as s:
            programs = dict(s.execute(select(Program.name, Program.id).where(
                Program.center_id == center_id)).all())
            children = s.scalars(select(Child).where(Child.center_id == center_id)
                                 .options(*roster_loading())).all()
            by_external = {c.external_id: c for c in children if c.external_id}
            by_name_birth = {(c.name, c.birth_date): c for c in children if c.birth_date}
            errors = list(duplicate_ids(table.rows))
            bad_rows = {e.row for e in errors}
            planned: list[PlannedRow] = []
            seen: dict[tuple, int] = {}
            columns = set(table.columns)
            for raw in table.rows:
                parsed = parse_row(raw, programs, today)
                if isinstance(parsed, RowErrors):
                    errors.extend(parsed.errors)
                    continue
                if raw.number in bad_rows:
                    continue
                draft = parsed.child
                key = (draft.external_id,) if draft.external_id else (draft.name,
                                                                       draft.birth_date)
                if key in seen and (draft.external_id or draft.birth_date):
                    errors.append(RowError(raw.number, raw.label("name"), ValidationError(
                        N_("This is the same child as row {row}."), field="name",
                        row=seen[key])))
                    continue
                seen[key] = raw.number
                existing = (by_external.get(draft.external_id) if draft.external_id
                            else by_name_birth.get((draft.name, draft.birth_date)))
                if existing is None:
                    planned.append(PlannedRow(raw.number, "add", None, draft))
                    continue
                old = draft_of(existing)
                merged = _merge(old, draft, columns, parsed)
                action = "unchanged" if merged == old else "update"
                planned.append(PlannedRow(raw.number, action, existing.id, merged))
        errors.sort(key=lambda e: e.row)
        return ImportPlan(filename, tuple(planned), tuple(errors), table.ignored)

    def apply(self, center_id: int, plan: ImportPlan, *,
              skip_invalid: bool = False) -> ImportResult:
        """Write the plan in one transaction; refused as a whole when rows have errors,
        unless skip_invalid, which writes the valid rows and leaves the rejected ones out."""
        if plan.errors and not skip_invalid:
            raise UserError(N_("{count} row(s) have errors; nothing was written."),
                            count=plan.rejected)
        adds = [r for r in plan.rows if r.action == "add"]
        updates = [r for r in plan.rows if r.action == "update"]
        roster = RosterService(self._db, self._actor, self._today)
        with self._db.unit_of_work() as s:
            if adds:
                self._bulk_add(s, center_id, [r.draft for r in adds])
            for row in updates:  # few rows change in a re-import: the ordinary path
                roster.write_child(s, center_id, row.draft, row.child_id)
        return ImportResult(len(adds), len(updates), plan.count("unchanged"), plan.rejected)

    def add_many(self, center_id: int, drafts: list[ChildDraft]) -> int:
        """Many new children in one transaction (demo data, generators)."""
        today = self._today()
        from asc_desk.domain.roster import validate_child

        clean = [validate_child(d, today) for d in drafts]
        with self._db.unit_of_work() as s:
            self._bulk_add(s, center_id, clean)
        return len(clean)

    def _bulk_add(self, s, center_id: int, drafts: list[ChildDraft]) -> None:
        """New children by bulk inserts: an HR list of thousands must not take minutes."""
        if not drafts:
            return  # an empty parameter list would insert one row of defaults
        taken = set(s.scalars(select(Child.card_code)))
        cards = []
        while len(cards) < len(drafts):
            code = "".join(secrets.choice(CARD_ALPHABET) for _ in range(CARD_LENGTH))
            if code not in taken:
                taken.add(code)
                cards.append(code)
        now = utc_now()
        child_rows = []
        for draft, card in zip(drafts, cards, strict=True):
            pinyin, initials = name_keys(draft.name)
            child_rows.append(dict(
                center_id=center_id, external_id=draft.external_id or None, name=draft.name,
                name_pinyin=pinyin, name_initials=initials, gender=str(draft.gender),
                birth_date=draft.birth_date, school=draft.school, grade=draft.grade,
                allergies=draft.allergies, medical_notes=draft.medical_notes, card_code=card,
                status="active", withdrawal_reason="", created_at=now, updated_at=now))
        # Core inserts on the session's connection: the ORM's bulk path costs 4x more here.
        conn = s.connection()
        ids = list(conn.execute(insert(Child.__table__).returning(
            Child.__table__.c.id, sort_by_parameter_order=True), child_rows).scalars())
        guardian_ids = self._bulk_guardians(s, center_id, drafts, now)
        links, pickups, enrollments, audits = [], [], [], []
        for child_id, draft in zip(ids, drafts, strict=True):
            for position, g in enumerate(draft.guardians):
                links.append(dict(child_id=child_id, guardian_id=guardian_ids[_gkey(g)],
                                  relation=g.relation, may_pick_up=g.may_pick_up,
                                  position=position))
            pickups += [dict(child_id=child_id, name=p.name, relation=p.relation,
                             phone=p.phone, note=p.note) for p in draft.pickups]
            enrollments += [_enrollment_row(child_id, e) for e in draft.enrollments]
            audits.append(dict(at=now, actor=self._actor[:100], entity="child",
                               entity_id=str(child_id), action="import", before=None,
                               after=audit_view(draft)))
        for model, rows in ((ChildGuardian, links), (AuthorizedPickup, pickups),
                            (Enrollment, enrollments), (AuditEntry, audits)):
            if rows:
                conn.execute(insert(model.__table__), rows)

    @staticmethod
    def _bulk_guardians(s, center_id: int, drafts: list[ChildDraft], now) -> dict:
        """Siblings in one file (and parents already on the roster) share one guardian."""
        existing = {}
        for g in s.scalars(select(Guardian).where(Guardian.center_id == center_id)):
            for key in _existing_keys(g):
                existing.setdefault(key, g.id)
        wanted: dict[tuple, GuardianDraft] = {}
        for draft in drafts:
            for g in draft.guardians:
                wanted.setdefault(_gkey(g), g)
        result = {key: existing[key] for key in wanted if key in existing}
        new = [(key, g) for key, g in wanted.items() if key not in result]
        if new:
            table = Guardian.__table__
            ids = s.connection().execute(
                insert(table).returning(table.c.id, sort_by_parameter_order=True),
                [dict(center_id=center_id, name=g.name, phone=g.phone,
                      employee_id=g.employee_id, department=g.department,
                      workshop=g.workshop, shift_pattern=str(g.shift_pattern),
                      shift_start=g.shift_start, shift_end=g.shift_end,
                      created_at=now, updated_at=now) for _key, g in new]).scalars()
            result.update(zip((key for key, _g in new), ids, strict=True))
        return result


def _gkey(g: GuardianDraft) -> tuple:
    # The same name with the same phone (else employee id) is the same person; a guardian
    # with neither stays one per child (nothing says two such entries are one person).
    if g.phone:
        return (g.name, "phone", g.phone)
    if g.employee_id:
        return (g.name, "employee", g.employee_id)
    return (g.name, "alone", id(g))


def _existing_keys(g: Guardian) -> list[tuple]:
    keys = []
    if g.phone:
        keys.append((g.name, "phone", g.phone))
    if g.employee_id:
        keys.append((g.name, "employee", g.employee_id))
    return keys


def _enrollment_row(child_id: int, e: EnrollmentDraft) -> dict:
    return dict(child_id=child_id, program_id=e.program_id, from_date=e.from_date,
                to_date=e.to_date, weekdays=e.weekdays,
                agreement_signed_on=e.agreement_signed_on,
                insurance_policy=e.insurance_policy, insurance_expires=e.insurance_expires)
