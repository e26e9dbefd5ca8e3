"""Programs of the center: add and list (the calendar issue adds editing and open days)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from asc_desk.db.models import Program
from asc_desk.domain.errors import N_, ValidationError
from asc_desk.domain.program import ProgramKind, ProgramSpec, validate_program
from asc_desk.services import audit
from asc_desk.services.database import Database


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


def _info(p: Program) -> ProgramInfo:
    return ProgramInfo(p.id, p.name, ProgramKind(p.kind), p.first_day, p.last_day, p.weekdays,
                       p.opens_at, p.closes_at)


def _audit_view(spec: ProgramSpec) -> dict:
    return {
        "name": spec.name, "kind": str(spec.kind), "first_day": spec.first_day.isoformat(),
        "last_day": spec.last_day.isoformat(), "weekdays": spec.weekdays,
        "opens_at": spec.opens_at.strftime("%H:%M"), "closes_at": spec.closes_at.strftime("%H:%M"),
    }


class ProgramService:
    def __init__(self, db: Database, actor: str) -> None:
        self._db = db
        self._actor = actor

    def list_programs(self, center_id: int) -> list[ProgramInfo]:
        with self._db.unit_of_work() as s:
            rows = s.scalars(
                select(Program).where(Program.center_id == center_id)
                .order_by(Program.first_day, Program.name)
            )
            return [_info(p) for p in rows]

    def add_program(self, center_id: int, spec: ProgramSpec) -> ProgramInfo:
        clean = validate_program(spec)
        with self._db.unit_of_work() as s:
            clash = s.scalars(
                select(Program.id).where(Program.center_id == center_id, Program.name == clean.name)
            ).first()
            if clash is not None:
                raise ValidationError(N_("A program named {name} already exists."), field="name",
                                      name=clean.name)
            program = Program(
                center_id=center_id, name=clean.name, kind=str(clean.kind),
                first_day=clean.first_day, last_day=clean.last_day, weekdays=clean.weekdays,
                opens_at=clean.opens_at, closes_at=clean.closes_at,
            )
            s.add(program)
            s.flush()
            audit.record(s, actor=self._actor, entity="program", entity_id=program.id,
                         action="create", after=_audit_view(clean))
            return _info(program)
