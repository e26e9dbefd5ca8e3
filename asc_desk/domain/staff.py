"""Caregivers, their qualifications and leave, and shifts as entered: values and validation."""

from __future__ import annotations

import datetime as dt
import enum
import unicodedata
from dataclasses import dataclass, replace

from asc_desk.domain.errors import N_, ValidationError
from asc_desk.domain.program import ALL_WEEKDAYS
from asc_desk.domain.roster import field_rule

NAME_MAX = 50
TEXT_MAX = {"phone": 20, "employee_id": 32, "kind": 50, "note": 200, "template": 50}
MAX_HOURS_WEEK = 84  # 12 hours a day, 7 days: more is a typing slip


class Role(enum.StrEnum):
    TEACHER = "teacher"
    ASSISTANT = "assistant"
    VOLUNTEER = "volunteer"
    COORDINATOR = "coordinator"


class LeaveKind(enum.StrEnum):
    ANNUAL = "annual"
    SICK = "sick"
    TRAINING = "training"
    OTHER = "other"


@dataclass(frozen=True)
class CaregiverDraft:
    name: str
    role: Role = Role.TEACHER
    phone: str = ""
    employee_id: str = ""  # empty: none
    max_hours_per_week: int = 40
    available_weekdays: int = ALL_WEEKDAYS  # bit mask, Monday = bit 0
    available_from: dt.time | None = None
    available_to: dt.time | None = None
    active: bool = True


@dataclass(frozen=True)
class QualificationDraft:
    kind: str  # e.g. 急救证 (first aid), 健康证 (health certificate)
    expires_on: dt.date | None = None


@dataclass(frozen=True)
class LeaveDraft:
    """Away from `first_day` (at `from_time`, or the whole day) to `last_day` (until `to_time`,
    or the whole day)."""

    first_day: dt.date
    last_day: dt.date
    kind: LeaveKind = LeaveKind.ANNUAL
    from_time: dt.time | None = None
    to_time: dt.time | None = None
    note: str = ""

    def start(self) -> dt.datetime:
        return dt.datetime.combine(self.first_day, self.from_time or dt.time(0))

    def end(self) -> dt.datetime:
        if self.to_time is None:
            return dt.datetime.combine(self.last_day + dt.timedelta(days=1), dt.time(0))
        return dt.datetime.combine(self.last_day, self.to_time)


@dataclass(frozen=True)
class ShiftDraft:
    caregiver_id: int
    day: dt.date
    starts_at: dt.time
    ends_at: dt.time
    program_id: int | None = None
    note: str = ""


def _text(value: str, key: str) -> str:
    value = " ".join((value or "").split())
    if len(value) > TEXT_MAX[key]:
        raise ValidationError(N_("This is longer than {max} characters."), field=key,
                              max=TEXT_MAX[key])
    return value


def clean_name(value: str, field: str = "name") -> str:
    value = " ".join((value or "").split())
    if not value:
        raise ValidationError(N_("The caregiver needs a name."), field=field)
    if len(value) > NAME_MAX:
        raise ValidationError(N_("The name {name} is longer than {max} characters."),
                              field=field, name=value[:20] + "…", max=NAME_MAX)
    return value


def check_times(starts_at: dt.time, ends_at: dt.time, field: str = "ends_at") -> None:
    """A block of one day: end after start. Shifts across midnight are refused: split them."""
    if ends_at == starts_at:
        raise ValidationError(N_("The shift starts and ends at {time}: it has no length."),
                              field=field, time=f"{starts_at:%H:%M}")
    if ends_at < starts_at:
        raise ValidationError(
            N_("The end {end} is before the start {start}. A shift across midnight is not "
               "supported: enter it as two shifts, one on each day."),
            field=field, end=f"{ends_at:%H:%M}", start=f"{starts_at:%H:%M}")


def validate_caregiver(draft: CaregiverDraft) -> CaregiverDraft:
    # A caregiver's name, phone and employee id by the rules children's and guardians' follow:
    # "古丽 · 阿不都" is 古丽·阿不都 (found when typed so), a 10-digit mobile is refused, a
    # full-width employee id (Ｅ２００１, typed with a Chinese input method) is E2001.
    name = clean_name(draft.name)  # a caregiver's own "needs a name"
    name = field_rule("name")(name)  # then a name's rules: canonical, no formula, no control
    try:
        role = Role(draft.role)
    except ValueError:
        raise ValidationError(N_("“{value}” is not a role: use {allowed}."), field="role",
                              value=str(draft.role),
                              allowed=", ".join(r.value for r in Role)) from None
    phone = unicodedata.normalize("NFKC", draft.phone or "").strip()
    if phone:
        phone = field_rule("phone")(phone)
    if not 1 <= draft.max_hours_per_week <= MAX_HOURS_WEEK:
        raise ValidationError(N_("Use a number from {low} to {high}."),
                              field="max_hours_per_week", low=1, high=MAX_HOURS_WEEK)
    if not 0 <= draft.available_weekdays <= ALL_WEEKDAYS:
        raise ValidationError(N_("The weekdays are not valid."), field="available_weekdays")
    if (draft.available_from is None) != (draft.available_to is None):
        raise ValidationError(N_("Give both the first and the last hour available, or "
                                 "neither."), field="available_to")
    if (draft.available_from is not None and draft.available_to is not None
            and draft.available_to <= draft.available_from):
        raise ValidationError(N_("The end {end} is before the start {start}."),
                              field="available_to", end=f"{draft.available_to:%H:%M}",
                              start=f"{draft.available_from:%H:%M}")
    return replace(draft, name=name, role=role, phone=_text(phone, "phone"),
                   employee_id=_text(unicodedata.normalize("NFKC", draft.employee_id or ""),
                                     "employee_id"))


def validate_qualification(draft: QualificationDraft) -> QualificationDraft:
    kind = _text(draft.kind, "kind")
    if not kind:
        raise ValidationError(N_("Name the qualification (for example 健康证)."), field="kind")
    return replace(draft, kind=kind)


def validate_leave(draft: LeaveDraft) -> LeaveDraft:
    try:
        kind = LeaveKind(draft.kind)
    except ValueError:
        raise ValidationError(N_("“{value}” is not a kind of leave: use {allowed}."),
                              field="kind", value=str(draft.kind),
                              allowed=", ".join(k.value for k in LeaveKind)) from None
    if draft.last_day < draft.first_day or draft.end() <= draft.start():
        raise ValidationError(N_("The leave ends on {end}, before it starts on {start}."),
                              field="to", end=_moment(draft.last_day, draft.to_time),
                              start=_moment(draft.first_day, draft.from_time))
    if (draft.last_day - draft.first_day).days > 366:
        raise ValidationError(N_("Leave may cover at most {days} days."), field="to",
                              days=366)
    return replace(draft, kind=kind, note=_text(draft.note, "note"))


def validate_shift(draft: ShiftDraft) -> ShiftDraft:
    check_times(draft.starts_at, draft.ends_at)
    return replace(draft, note=_text(draft.note, "note"))


def _moment(day: dt.date, time: dt.time | None) -> str:
    return day.isoformat() + (f" {time:%H:%M}" if time else "")
