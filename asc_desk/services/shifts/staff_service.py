"""Caregivers: the list, the form, qualifications, leave; and the center's ratio rules."""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import asdict, dataclass

from sqlalchemy import Connection, delete, select
from sqlalchemy.orm import Session

from asc_desk.db.models import (
    Caregiver,
    CaregiverQualification,
    RatioBand,
    RatioSetting,
    StaffLeave,
)
from asc_desk.db.row_locks import lock_caregivers
from asc_desk.domain.actor import ActorProvider, as_provider
from asc_desk.domain.changes import Area, Changes, Outcome
from asc_desk.domain.errors import N_, UserError, ValidationError
from asc_desk.domain.name_forms import same_person
from asc_desk.domain.name_search import pinyin_order
from asc_desk.domain.ratio_rules import DEFAULT_RULES, AgeBand, RatioRules, validate_ratio_rules
from asc_desk.domain.staff import (
    CaregiverDraft,
    LeaveDraft,
    LeaveKind,
    QualificationDraft,
    Role,
    validate_caregiver,
    validate_leave,
    validate_qualification,
)
from asc_desk.services import audit
from asc_desk.services.database import Database
from asc_desk.services.roster.roster_service import unique_card_code

EXPIRY_WARNING_DAYS = 30


@dataclass(frozen=True)
class Qualification:
    id: int
    kind: str
    expires_on: dt.date | None


@dataclass(frozen=True)
class CaregiverInfo:
    id: int
    card_code: str
    draft: CaregiverDraft
    qualifications: tuple[Qualification, ...] = ()

    @property
    def name(self) -> str:
        return self.draft.name

    @property
    def role(self) -> Role:
        return self.draft.role

    def expiring(self, today: dt.date, days: int = EXPIRY_WARNING_DAYS
                 ) -> tuple[Qualification, ...]:
        """Qualifications expired or expiring within `days` of today."""
        limit = today + dt.timedelta(days=days)
        return tuple(q for q in self.qualifications
                     if q.expires_on is not None and q.expires_on <= limit)


@dataclass(frozen=True)
class LeaveInfo:
    id: int
    caregiver_id: int
    draft: LeaveDraft


def draft_of(row: Caregiver) -> CaregiverDraft:
    return CaregiverDraft(row.name, Role(row.role), row.phone, row.employee_id or "",
                          row.max_hours_per_week, row.available_weekdays, row.available_from,
                          row.available_to, row.active)


def _audit_view(draft: CaregiverDraft) -> dict:
    return audit.jsonable(asdict(draft))


def ratio_rules_in(s: Session | Connection, center_id: int) -> RatioRules:
    # Plain columns, not s.get: every plan and every desk refresh reads these.
    setting = s.execute(select(RatioSetting.minimum_on_duty, RatioSetting.weights)
                        .where(RatioSetting.center_id == center_id)).first()
    bands = s.execute(select(RatioBand.from_age, RatioBand.to_age,
                             RatioBand.children_per_caregiver)
                      .where(RatioBand.center_id == center_id)
                      .order_by(RatioBand.from_age)).all()
    if setting is None and not bands:
        return DEFAULT_RULES
    weights = dict(DEFAULT_RULES.weights)
    if setting is not None:
        weights.update({Role(r): float(w) for r, w in (setting.weights or {}).items()})
    return RatioRules(tuple(AgeBand(*b) for b in bands) or DEFAULT_RULES.bands,
                      setting.minimum_on_duty if setting else DEFAULT_RULES.minimum_on_duty,
                      weights)


class StaffService:
    def __init__(self, db: Database, actor: str | ActorProvider) -> None:
        self._db = db
        self._actor = as_provider(actor)

    # -- caregivers ----------------------------------------------------------------------
    def list_caregivers(self, center_id: int, *, include_inactive: bool = False
                        ) -> list[CaregiverInfo]:
        with self._db.read() as s:
            query = select(Caregiver).where(Caregiver.center_id == center_id)
            if not include_inactive:
                query = query.where(Caregiver.active.is_(True))
            rows = sorted(s.scalars(query), key=lambda r: (*pinyin_order(r.name), r.id))
            quals: dict[int, list[Qualification]] = {}
            for q in s.scalars(select(CaregiverQualification).join(
                    Caregiver, Caregiver.id == CaregiverQualification.caregiver_id)
                    .where(Caregiver.center_id == center_id)
                    .order_by(CaregiverQualification.id)):
                quals.setdefault(q.caregiver_id, []).append(
                    Qualification(q.id, q.kind, q.expires_on))
            return [CaregiverInfo(r.id, r.card_code, draft_of(r), tuple(quals.get(r.id, ())))
                    for r in rows]

    def get_caregiver(self, caregiver_id: int) -> CaregiverInfo:
        with self._db.read() as s:
            return self._info(s, self._row(s, caregiver_id))

    def find_caregiver(self, center_id: int, ref: str) -> CaregiverInfo:
        """By card code, employee id or name; an ambiguous name is refused with the matches."""
        text = " ".join((ref or "").split())
        with self._db.read() as s:
            scope = Caregiver.center_id == center_id
            plain = unicodedata.normalize("NFKC", text)  # Ｅ２００１ typed for E2001
            for column in (Caregiver.card_code, Caregiver.employee_id):
                row = s.scalars(select(Caregiver).where(
                    scope, column.in_(sorted({text, plain})))).first()
                if row is None and column is Caregiver.card_code:
                    row = s.scalars(select(Caregiver).where(scope,
                                                            column == plain.upper())).first()
                if row is not None:
                    return self._info(s, row)
            # A name by the roster's rule (古丽 · 阿不都, 古丽•阿不都 are 古丽·阿不都), also
            # against names saved before caregivers' names followed it: a center has tens.
            rows = [r for r in s.scalars(select(Caregiver).where(scope)
                                         .order_by(Caregiver.id))
                    if same_person(r.name, text)]
            if not rows:
                raise UserError(N_("No caregiver “{ref}”: give a name, an employee id or a "
                                   "card code."), ref=text)
            if len(rows) > 1:
                raise UserError(N_("{count} caregivers are called {ref}: give the employee id "
                                   "or card code of one ({matches})."), count=len(rows),
                                ref=text, matches=", ".join(
                                    f"{r.employee_id or '-'}/{r.card_code}" for r in rows))
            return self._info(s, rows[0])

    def add_caregiver(self, center_id: int, draft: CaregiverDraft,
                      qualifications: list[QualificationDraft] | None = None
                      ) -> Outcome[CaregiverInfo]:
        clean = validate_caregiver(draft)
        quals = [validate_qualification(q) for q in qualifications or ()]
        with self._db.unit_of_work() as s:
            self._check_employee_id(s, center_id, clean.employee_id, None)
            row = Caregiver(center_id=center_id, card_code=unique_card_code(s))
            self._write(row, clean)
            s.add(row)
            s.flush()
            for q in quals:
                s.add(CaregiverQualification(caregiver_id=row.id, kind=q.kind,
                                             expires_on=q.expires_on))
            s.flush()
            audit.record(s, actor=self._actor, entity="caregiver", entity_id=row.id,
                         action="add", after=_audit_view(clean))
            info = self._info(s, row)
        return Outcome(info, Changes.of(Area.STAFF))

    def update_caregiver(self, caregiver_id: int, draft: CaregiverDraft
                         ) -> Outcome[CaregiverInfo]:
        clean = validate_caregiver(draft)
        with self._db.unit_of_work() as s:
            row = self._row(s, caregiver_id)
            self._check_employee_id(s, row.center_id, clean.employee_id, row.id)
            before = _audit_view(draft_of(row))
            self._write(row, clean)
            audit.record(s, actor=self._actor, entity="caregiver", entity_id=row.id,
                         action="update", before=before, after=_audit_view(clean))
            info = self._info(s, row)
        return Outcome(info, Changes.of(Area.STAFF | Area.SHIFTS))

    def deactivate(self, caregiver_id: int) -> Outcome[CaregiverInfo]:
        with self._db.unit_of_work() as s:
            row = self._row(s, caregiver_id)
            before = row.active
            row.active = False
            audit.record(s, actor=self._actor, entity="caregiver", entity_id=row.id,
                         action="deactivate", before={"active": before},
                         after={"active": False})
            info = self._info(s, row)
        return Outcome(info, Changes.of(Area.STAFF | Area.SHIFTS))

    def add_qualification(self, caregiver_id: int, draft: QualificationDraft
                          ) -> Outcome[Qualification]:
        clean = validate_qualification(draft)
        with self._db.unit_of_work() as s:
            self._row(s, caregiver_id)
            row = CaregiverQualification(caregiver_id=caregiver_id, kind=clean.kind,
                                         expires_on=clean.expires_on)
            s.add(row)
            s.flush()
            audit.record(s, actor=self._actor, entity="caregiver_qualification",
                         entity_id=row.id, action="add", before={"caregiver_id": None,
                                                                  "kind": None,
                                                                  "expires_on": None},
                         after={"caregiver_id": caregiver_id, "kind": clean.kind,
                                "expires_on": clean.expires_on})
            out = Qualification(row.id, row.kind, row.expires_on)
        return Outcome(out, Changes.of(Area.STAFF | Area.SHIFTS))

    def remove_qualification(self, qualification_id: int) -> Outcome[None]:
        with self._db.unit_of_work() as s:
            row = s.get(CaregiverQualification, qualification_id)
            if row is None:
                raise UserError(N_("This qualification no longer exists."))
            audit.record(s, actor=self._actor, entity="caregiver_qualification",
                         entity_id=row.id, action="remove",
                         before={"caregiver_id": row.caregiver_id, "kind": row.kind,
                                 "expires_on": row.expires_on})
            s.delete(row)
        return Outcome(None, Changes.of(Area.STAFF | Area.SHIFTS))

    # -- leave ---------------------------------------------------------------------------
    def add_leave(self, caregiver_id: int, draft: LeaveDraft) -> Outcome[LeaveInfo]:
        clean = validate_leave(draft)
        with self._db.unit_of_work() as s:
            lock_caregivers(s, [caregiver_id])  # another PC's leave or shift edit waits
            person = self._row(s, caregiver_id)
            row = StaffLeave(center_id=person.center_id, caregiver_id=caregiver_id,
                             first_day=clean.first_day, last_day=clean.last_day,
                             from_time=clean.from_time, to_time=clean.to_time,
                             kind=str(clean.kind), note=clean.note)
            s.add(row)
            s.flush()
            audit.record(s, actor=self._actor, entity="staff_leave", entity_id=row.id,
                         action="add", after={"caregiver_id": caregiver_id,
                                              **audit.jsonable(asdict(clean))})
            info = LeaveInfo(row.id, caregiver_id, clean)
        days = _days(clean.first_day, clean.last_day)
        return Outcome(info, Changes.of(Area.STAFF | Area.SHIFTS, *days))

    def remove_leave(self, leave_id: int) -> Outcome[None]:
        with self._db.unit_of_work() as s:
            row = s.get(StaffLeave, leave_id)
            if row is None:
                raise UserError(N_("This leave no longer exists."))
            days = _days(row.first_day, row.last_day)
            audit.record(s, actor=self._actor, entity="staff_leave", entity_id=row.id,
                         action="remove", before={"caregiver_id": row.caregiver_id,
                                                  "first_day": row.first_day,
                                                  "last_day": row.last_day, "kind": row.kind})
            s.delete(row)
        return Outcome(None, Changes.of(Area.STAFF | Area.SHIFTS, *days))

    def leave(self, center_id: int, first: dt.date, last: dt.date) -> list[LeaveInfo]:
        with self._db.read() as s:
            rows = s.scalars(select(StaffLeave).where(
                StaffLeave.center_id == center_id, StaffLeave.first_day <= last,
                StaffLeave.last_day >= first).order_by(StaffLeave.first_day, StaffLeave.id))
            return [LeaveInfo(r.id, r.caregiver_id, LeaveDraft(
                r.first_day, r.last_day, LeaveKind(r.kind), r.from_time, r.to_time, r.note))
                for r in rows]

    # -- ratio rules ---------------------------------------------------------------------
    def ratio_rules(self, center_id: int) -> RatioRules:
        with self._db.read() as s:
            return ratio_rules_in(s, center_id)

    def set_ratio_rules(self, center_id: int, rules: RatioRules) -> Outcome[RatioRules]:
        clean = validate_ratio_rules(rules)
        with self._db.unit_of_work() as s:
            before = _rules_view(ratio_rules_in(s, center_id))
            row = s.get(RatioSetting, center_id) or RatioSetting(center_id=center_id)
            row.minimum_on_duty = clean.minimum_on_duty
            row.weights = {r.value: w for r, w in clean.weights.items()}
            s.add(row)
            s.execute(delete(RatioBand).where(RatioBand.center_id == center_id))
            for band in clean.bands:
                s.add(RatioBand(center_id=center_id, from_age=band.from_age,
                                to_age=band.to_age,
                                children_per_caregiver=band.children_per_caregiver))
            audit.record(s, actor=self._actor, entity="ratio_rules", entity_id=center_id,
                         action="update", before=before, after=_rules_view(clean))
        return Outcome(clean, Changes.of(Area.SETTINGS | Area.SHIFTS))

    # -- helpers -------------------------------------------------------------------------
    @staticmethod
    def _row(s: Session, caregiver_id: int) -> Caregiver:
        row = s.get(Caregiver, caregiver_id)
        if row is None:
            raise UserError(N_("This caregiver no longer exists."))
        return row

    @staticmethod
    def _info(s: Session, row: Caregiver) -> CaregiverInfo:
        quals = s.scalars(select(CaregiverQualification).where(
            CaregiverQualification.caregiver_id == row.id).order_by(CaregiverQualification.id))
        return CaregiverInfo(row.id, row.card_code, draft_of(row),
                             tuple(Qualification(q.id, q.kind, q.expires_on) for q in quals))

    @staticmethod
    def _write(row: Caregiver, d: CaregiverDraft) -> None:
        row.name, row.role, row.phone = d.name, str(d.role), d.phone
        row.employee_id = d.employee_id or None
        row.max_hours_per_week = d.max_hours_per_week
        row.available_weekdays = d.available_weekdays
        row.available_from, row.available_to = d.available_from, d.available_to
        row.active = d.active

    @staticmethod
    def _check_employee_id(s: Session, center_id: int, employee_id: str,
                           own_id: int | None) -> None:
        if not employee_id:
            return
        other = s.scalars(select(Caregiver).where(Caregiver.center_id == center_id,
                                                  Caregiver.employee_id == employee_id)).first()
        if other is not None and other.id != own_id:
            raise ValidationError(N_("The employee id {value} is already {name}'s."),
                                  field="employee_id", value=employee_id, name=other.name)


def _rules_view(rules: RatioRules) -> dict:
    return {"bands": [[b.from_age, b.to_age, b.children_per_caregiver] for b in rules.bands],
            "minimum_on_duty": rules.minimum_on_duty,
            "weights": {Role(r).value: w for r, w in rules.weights.items()}}


def _days(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]
