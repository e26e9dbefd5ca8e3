"""Roster export in the import's own columns, so export then import is a round trip."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from sqlalchemy import select

from asc_desk.db.models import Child, Program
from asc_desk.domain.errors import N_, UserError
from asc_desk.services.database import Database
from asc_desk.services.roster.roster_files import child_row, template, write_csv, write_xlsx
from asc_desk.services.roster.roster_service import draft_of, roster_loading

Format = Literal["csv", "xlsx"]


def format_of(filename: str) -> Format:
    suffix = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    if suffix not in ("csv", "xlsx"):
        raise UserError(N_("The file name must end in .csv or .xlsx."))
    return suffix  # type: ignore[return-value]


def _current(enrollments, today: dt.date):
    running = [e for e in enrollments if e.from_date <= today
               and (e.to_date is None or e.to_date >= today)]
    pool = running or list(enrollments)
    return max(pool, key=lambda e: e.from_date) if pool else None


class RosterExport:
    def __init__(self, db: Database) -> None:
        self._db = db

    def rows(self, center_id: int, *, include_withdrawn: bool = False,
             lang: str = "zh") -> list[dict[str, str]]:
        """One row per child, with its current (else latest) enrollment: the import format
        holds one program per child and refuses a child id given twice."""
        with self._db.read() as s:
            programs = dict(s.execute(select(Program.id, Program.name).where(
                Program.center_id == center_id)).all())
            query = select(Child).where(Child.center_id == center_id).options(*roster_loading())
            if not include_withdrawn:
                query = query.where(Child.status == "active")
            out = []
            today = dt.date.today()
            for child in s.scalars(query.order_by(Child.name, Child.id)):
                draft = draft_of(child)
                g = draft.guardians[0] if draft.guardians else None
                common: dict[str, Any] = dict(  # child_row's keywords, one type each
                    external_id=draft.external_id, gender=str(draft.gender),
                    birth_date=draft.birth_date, school=draft.school, grade=draft.grade,
                    guardian_name=g.name if g else "", guardian_relation=g.relation if g else "",
                    guardian_phone=g.phone if g else "",
                    guardian_employee_id=g.employee_id if g else "",
                    guardian_department=g.department if g else "",
                    pickups=draft.pickups, allergies=draft.allergies,
                    medical_notes=draft.medical_notes, lang=lang)
                e = _current(draft.enrollments, today)
                out.append(child_row(
                    draft.name, **common,
                    program=programs.get(e.program_id, "") if e else "",
                    enrolled_from=e.from_date if e else None,
                    weekdays=e.weekdays if e else None,
                    agreement_signed_on=e.agreement_signed_on if e else None,
                    insurance_company=e.insurance_company if e else "",
                    insurance_policy=e.insurance_policy if e else "",
                    insurance_expires=e.insurance_expires if e else None))
            return out

    def export(self, center_id: int, fmt: Format, *, include_withdrawn: bool = False,
               lang: str = "zh") -> bytes:
        rows = self.rows(center_id, include_withdrawn=include_withdrawn, lang=lang)
        return write_csv(rows, lang) if fmt == "csv" else write_xlsx(rows, lang)

    @staticmethod
    def template(fmt: Format, lang: str = "zh") -> bytes:
        return template(fmt, lang)
