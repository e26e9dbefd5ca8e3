"""Programs of the center: add, edit, find and list, with overlap warnings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from asc_desk.db.models import Program
from asc_desk.domain.actor import ActorProvider, as_provider
from asc_desk.domain.changes import NO_CHANGES, Area, Changes, Outcome
from asc_desk.domain.errors import N_, UserError, ValidationError
from asc_desk.domain.notices import Notice
from asc_desk.domain.program import ProgramKind, ProgramSpec, validate_program
from asc_desk.services import audit
from asc_desk.services.database import Database

# A program's dates and hours decide the calendar's days too.
PROGRAMS_CHANGED = Changes(Area.PROGRAMS | Area.CALENDAR)


@dataclass(frozen=True)
class ProgramInfo:
    id: int
    name: str
    kind: ProgramKind
    first_day: dt.date
    last_day: dt.date
    weekdays: int
    opens_at: dt.time
    closes_at: dt.time
    open_on_public_holidays: bool = False
    adjusted_workday_counts: bool = True

    @property
    def spec(self) -> ProgramSpec:
        return ProgramSpec(self.name, self.kind, self.first_day, self.last_day, self.weekdays,
                           self.opens_at, self.closes_at)


def program_info(p: Program) -> ProgramInfo:
    return ProgramInfo(p.id, p.name, ProgramKind(p.kind), p.first_day, p.last_day, p.weekdays,
                       p.opens_at, p.closes_at, p.open_on_public_holidays,
                       p.adjusted_workday_counts)


def _audit_view(spec: ProgramSpec, open_on_holidays: bool, adjusted_counts: bool) -> dict:
    return {
        "name": spec.name, "kind": str(spec.kind), "first_day": spec.first_day.isoformat(),
        "last_day": spec.last_day.isoformat(), "weekdays": spec.weekdays,
        "opens_at": spec.opens_at.strftime("%H:%M"), "closes_at": spec.closes_at.strftime("%H:%M"),
        "open_on_public_holidays": open_on_holidays, "adjusted_workday_counts": adjusted_counts,
    }


class ProgramService:
    def __init__(self, db: Database, actor: str | ActorProvider) -> None:
        self._db = db
        self._actor = as_provider(actor)

    def list_programs(self, center_id: int) -> list[ProgramInfo]:
        with self._db.unit_of_work() as s:
            rows = s.scalars(
                select(Program).where(Program.center_id == center_id)
                .order_by(Program.first_day, Program.name)
            )
            return [program_info(p) for p in rows]

    def get_program(self, program_id: int) -> ProgramInfo:
        with self._db.unit_of_work() as s:
            program = s.get(Program, program_id)
            if program is None:
                raise UserError(N_("The program no longer exists."))
            return program_info(program)

    def find_program(self, center_id: int, name: str) -> ProgramInfo:
        """By exact name (as the CLI's --program NAME gives it)."""
        with self._db.unit_of_work() as s:
            program = s.scalars(
                select(Program).where(Program.center_id == center_id,
                                      Program.name == name.strip())
            ).first()
            if program is None:
                known = ", ".join(s.scalars(select(Program.name).where(
                    Program.center_id == center_id).order_by(Program.first_day)))
                raise UserError(N_("There is no program named {name}. Programs: {known}."),
                                name=name, known=known or "-")
            return program_info(program)

    def add_program(self, center_id: int, spec: ProgramSpec, *,
                    open_on_public_holidays: bool = False,
                    adjusted_workday_counts: bool = True) -> Outcome[ProgramInfo]:
        clean = validate_program(spec)
        with self._db.unit_of_work() as s:
            self._refuse_duplicate(s, center_id, clean.name, None)
            program = Program(
                center_id=center_id, name=clean.name, kind=str(clean.kind),
                first_day=clean.first_day, last_day=clean.last_day, weekdays=clean.weekdays,
                opens_at=clean.opens_at, closes_at=clean.closes_at,
                open_on_public_holidays=open_on_public_holidays,
                adjusted_workday_counts=adjusted_workday_counts,
            )
            s.add(program)
            s.flush()
            audit.record(s, actor=self._actor, entity="program", entity_id=program.id,
                         action="create",
                         after=_audit_view(clean, open_on_public_holidays,
                                           adjusted_workday_counts))
            return Outcome(program_info(program), PROGRAMS_CHANGED)

    def update_program(self, program_id: int, spec: ProgramSpec, *,
                       open_on_public_holidays: bool = False,
                       adjusted_workday_counts: bool = True) -> Outcome[ProgramInfo]:
        clean = validate_program(spec)
        with self._db.unit_of_work() as s:
            program = s.get(Program, program_id)
            if program is None:
                raise UserError(N_("The program no longer exists."))
            self._refuse_duplicate(s, program.center_id, clean.name, program.id)
            old = program_info(program)
            before = _audit_view(old.spec, old.open_on_public_holidays,
                                 old.adjusted_workday_counts)
            after = _audit_view(clean, open_on_public_holidays, adjusted_workday_counts)
            if before == after:
                return Outcome(old, NO_CHANGES)
            program.name, program.kind = clean.name, str(clean.kind)
            program.first_day, program.last_day = clean.first_day, clean.last_day
            program.weekdays = clean.weekdays
            program.opens_at, program.closes_at = clean.opens_at, clean.closes_at
            program.open_on_public_holidays = open_on_public_holidays
            program.adjusted_workday_counts = adjusted_workday_counts
            s.flush()
            audit.record(s, actor=self._actor, entity="program", entity_id=program.id,
                         action="update", before=before, after=after)
            return Outcome(program_info(program), PROGRAMS_CHANGED)

    def overlap_notices(self, center_id: int, spec: ProgramSpec,
                        exclude_id: int | None = None) -> list[Notice]:
        """Programs of the same kind whose dates overlap: allowed, but usually a mistake."""
        notices = []
        for other in self.list_programs(center_id):
            if other.id == exclude_id or other.kind != spec.kind:
                continue
            if other.first_day <= spec.last_day and spec.first_day <= other.last_day:
                notices.append(Notice(
                    N_("{name} overlaps {other} ({first} to {last}), a program of the same "
                       "kind."),
                    {"name": spec.name.strip(), "other": other.name,
                     "first": other.first_day.isoformat(), "last": other.last_day.isoformat()},
                ))
        return notices

    @staticmethod
    def _refuse_duplicate(s, center_id: int, name: str, program_id: int | None) -> None:
        clash = s.scalars(
            select(Program.id).where(Program.center_id == center_id, Program.name == name)
        ).first()
        if clash is not None and clash != program_id:
            raise ValidationError(N_("A program named {name} already exists."), field="name",
                                  name=name)
