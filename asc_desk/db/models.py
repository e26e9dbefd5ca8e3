"""SQLAlchemy typed models. Alembic revisions in migrations/ must match these."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    ForeignKey,
    Index,
    LargeBinary,
    MetaData,
    String,
    Table,
    UniqueConstraint,
    false,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from asc_desk.db.utc_datetime import UTCDateTime, utc_now
from asc_desk.domain.center import DEFAULT_TIME_ZONE
from asc_desk.domain.desk_settings import default

# Named constraints keep batch migrations on SQLite and ALTERs on PostgreSQL in step.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def table_of(model: type[Base]) -> Table:
    """The Table a model maps (SQLAlchemy types __table__ as any FromClause, which a class may
    map; every model here maps a Table)."""
    table = model.__table__
    assert isinstance(table, Table)
    return table


class Center(Base):
    __tablename__ = "center"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    factory_name: Mapped[str] = mapped_column(String(100), default="")
    time_zone: Mapped[str] = mapped_column(String(64), default=DEFAULT_TIME_ZONE)
    language: Mapped[str] = mapped_column(String(10), default="zh_CN")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)

    programs: Mapped[list[Program]] = relationship(
        back_populates="center", cascade="all, delete-orphan", passive_deletes=True
    )


class Program(Base):
    __tablename__ = "program"
    __table_args__ = (UniqueConstraint("center_id", "name", name="uq_program_center_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    center_id: Mapped[int] = mapped_column(ForeignKey("center.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(16))
    first_day: Mapped[dt.date]
    last_day: Mapped[dt.date]
    weekdays: Mapped[int]  # bit mask, Monday = bit 0
    opens_at: Mapped[dt.time]
    closes_at: Mapped[dt.time]
    open_on_public_holidays: Mapped[bool] = mapped_column(default=False, server_default=false())
    adjusted_workday_counts: Mapped[bool] = mapped_column(default=True, server_default=true())
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)

    center: Mapped[Center] = relationship(back_populates="programs")


class CalendarOverride(Base):
    """The center's decision for one date: closed, open, or other hours (program None = all)."""

    __tablename__ = "calendar_override"
    __table_args__ = (Index("ix_calendar_override_center_day", "center_id", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    center_id: Mapped[int] = mapped_column(ForeignKey("center.id", ondelete="CASCADE"))
    program_id: Mapped[int | None] = mapped_column(
        ForeignKey("program.id", ondelete="CASCADE"), index=True
    )
    day: Mapped[dt.date]
    kind: Mapped[str] = mapped_column(String(10))
    reason: Mapped[str] = mapped_column(String(200))
    opens_at: Mapped[dt.time | None]
    closes_at: Mapped[dt.time | None]
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)


class OfficialDayEntry(Base):
    """An official holiday or adjusted working day entered or imported for a year the
    chinesecalendar package does not cover yet; national, so shared by every center."""

    __tablename__ = "official_day"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[dt.date] = mapped_column(unique=True)
    kind: Mapped[str] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(String(100))
    name_zh: Mapped[str] = mapped_column(String(100))
    source: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)


class AuditEntry(Base):
    """One change made through a service: when, who, what, before and after."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now, index=True)
    actor: Mapped[str] = mapped_column(String(100))
    entity: Mapped[str] = mapped_column(String(50))
    entity_id: Mapped[str] = mapped_column(String(50))
    action: Mapped[str] = mapped_column(String(20))
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class Child(Base):
    __tablename__ = "child"
    __table_args__ = (
        UniqueConstraint("center_id", "external_id", name="uq_child_center_external_id"),
        Index("ix_child_center_name", "center_id", "name"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    center_id: Mapped[int] = mapped_column(ForeignKey("center.id", ondelete="CASCADE"))
    external_id: Mapped[str | None] = mapped_column(String(32))  # the center's own number
    name: Mapped[str] = mapped_column(String(50))
    name_pinyin: Mapped[str] = mapped_column(String(400), default="")
    name_initials: Mapped[str] = mapped_column(String(100), default="")
    gender: Mapped[str] = mapped_column(String(1), default="")
    birth_date: Mapped[dt.date | None]
    school: Mapped[str] = mapped_column(String(100), default="")
    grade: Mapped[str] = mapped_column(String(30), default="")
    allergies: Mapped[str] = mapped_column(String(500), default="")
    medical_notes: Mapped[str] = mapped_column(String(1000), default="")
    # Deferred: the roster's 10,000 rows never read the pictures; one child's form does.
    photo: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    card_code: Mapped[str] = mapped_column(String(16), unique=True)
    status: Mapped[str] = mapped_column(String(10), default="active")
    withdrawn_on: Mapped[dt.date | None]
    withdrawal_reason: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)

    guardian_links: Mapped[list[ChildGuardian]] = relationship(
        back_populates="child", cascade="all, delete-orphan", passive_deletes=True,
        order_by="ChildGuardian.position")
    pickups: Mapped[list[AuthorizedPickup]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="AuthorizedPickup.id")
    enrollments: Mapped[list[Enrollment]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="Enrollment.from_date")


class Guardian(Base):
    """A parent worker at the factory, or another adult responsible; may have several children."""

    __tablename__ = "guardian"
    __table_args__ = (Index("ix_guardian_center_phone", "center_id", "phone"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    center_id: Mapped[int] = mapped_column(ForeignKey("center.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(50))
    phone: Mapped[str] = mapped_column(String(20), default="")
    employee_id: Mapped[str] = mapped_column(String(32), default="")
    department: Mapped[str] = mapped_column(String(100), default="")
    workshop: Mapped[str] = mapped_column(String(100), default="")
    shift_pattern: Mapped[str] = mapped_column(String(10), default="")
    shift_start: Mapped[dt.time | None]
    shift_end: Mapped[dt.time | None]
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)


class ChildGuardian(Base):
    __tablename__ = "child_guardian"

    child_id: Mapped[int] = mapped_column(ForeignKey("child.id", ondelete="CASCADE"),
                                          primary_key=True)
    guardian_id: Mapped[int] = mapped_column(ForeignKey("guardian.id", ondelete="CASCADE"),
                                             primary_key=True, index=True)
    relation: Mapped[str] = mapped_column(String(20), default="")
    may_pick_up: Mapped[bool] = mapped_column(default=True)
    position: Mapped[int] = mapped_column(default=0)

    child: Mapped[Child] = relationship(back_populates="guardian_links")
    guardian: Mapped[Guardian] = relationship()


class AuthorizedPickup(Base):
    __tablename__ = "authorized_pickup"

    id: Mapped[int] = mapped_column(primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("child.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(50))
    relation: Mapped[str] = mapped_column(String(20), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    note: Mapped[str] = mapped_column(String(100), default="")


class Enrollment(Base):
    __tablename__ = "enrollment"

    id: Mapped[int] = mapped_column(primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("child.id", ondelete="CASCADE"), index=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("program.id", ondelete="CASCADE"),
                                            index=True)
    from_date: Mapped[dt.date]
    to_date: Mapped[dt.date | None]
    weekdays: Mapped[int]
    agreement_signed_on: Mapped[dt.date | None]
    insurance_policy: Mapped[str] = mapped_column(String(50), default="")
    insurance_expires: Mapped[dt.date | None]
    # The insurer (平安保险); rows from before 0008 may still have it glued to the policy.
    insurance_company: Mapped[str] = mapped_column(String(100), default="", server_default="")


class AttendanceEventRow(Base):
    """One immutable fact of the desk; corrections are new rows that name the one they replace."""

    __tablename__ = "attendance_event"
    __table_args__ = (Index("ix_attendance_event_child_day", "child_id", "local_date"),
                      Index("ix_attendance_event_center_day", "center_id", "local_date"))

    id: Mapped[int] = mapped_column(primary_key=True)
    center_id: Mapped[int] = mapped_column(ForeignKey("center.id", ondelete="CASCADE"))
    child_id: Mapped[int] = mapped_column(ForeignKey("child.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    local_date: Mapped[dt.date]  # the center's date of `at`: days are asked for by date
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)
    recorded_by: Mapped[str] = mapped_column(String(100))
    pickup_name: Mapped[str | None] = mapped_column(String(50))
    override_reason: Mapped[str | None] = mapped_column(String(200))
    absence_reason: Mapped[str | None] = mapped_column(String(10))
    note: Mapped[str] = mapped_column(String(200), default="")
    corrects: Mapped[int | None] = mapped_column(ForeignKey("attendance_event.id"))
    void_reason: Mapped[str | None] = mapped_column(String(200))


class DeskSetting(Base):
    """The check-in desk's settings for a center (one row a center)."""

    __tablename__ = "desk_setting"

    center_id: Mapped[int] = mapped_column(ForeignKey("center.id", ondelete="CASCADE"),
                                           primary_key=True)
    late_grace_minutes: Mapped[int] = mapped_column(default=default("late_grace_minutes"))
    duplicate_scan_minutes: Mapped[int] = mapped_column(
        default=default("duplicate_scan_minutes"))
    children_per_caregiver: Mapped[int] = mapped_column(
        default=default("children_per_caregiver"))


class CaregiversOnDuty(Base):
    """How many caregivers are on duty on a day, typed at the desk until shifts exist."""

    __tablename__ = "caregivers_on_duty"

    center_id: Mapped[int] = mapped_column(ForeignKey("center.id", ondelete="CASCADE"),
                                           primary_key=True)
    day: Mapped[dt.date] = mapped_column(primary_key=True)
    count: Mapped[int]


# -- staff: caregivers, shifts, leave, ratio rules, the staff clock ---------------------------
class Caregiver(Base):
    __tablename__ = "caregiver"
    __table_args__ = (
        UniqueConstraint("center_id", "card_code", name="uq_caregiver_center_card_code"),
        UniqueConstraint("center_id", "employee_id", name="uq_caregiver_center_employee_id"),
        Index("ix_caregiver_center_name", "center_id", "name"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    center_id: Mapped[int] = mapped_column(ForeignKey("center.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(50))
    role: Mapped[str] = mapped_column(String(16))
    phone: Mapped[str] = mapped_column(String(20), default="")
    employee_id: Mapped[str | None] = mapped_column(String(32))
    card_code: Mapped[str] = mapped_column(String(16))
    max_hours_per_week: Mapped[int] = mapped_column(default=40)
    available_weekdays: Mapped[int] = mapped_column(default=0b1111111)
    available_from: Mapped[dt.time | None]
    available_to: Mapped[dt.time | None]
    active: Mapped[bool] = mapped_column(default=True, server_default=true())
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)


class CaregiverQualification(Base):
    __tablename__ = "caregiver_qualification"

    id: Mapped[int] = mapped_column(primary_key=True)
    caregiver_id: Mapped[int] = mapped_column(ForeignKey("caregiver.id", ondelete="CASCADE"),
                                              index=True)
    kind: Mapped[str] = mapped_column(String(50))
    expires_on: Mapped[dt.date | None]


class Shift(Base):
    __tablename__ = "shift"
    __table_args__ = (Index("ix_shift_center_day", "center_id", "day"),
                      Index("ix_shift_caregiver_day", "caregiver_id", "day"))

    id: Mapped[int] = mapped_column(primary_key=True)
    center_id: Mapped[int] = mapped_column(ForeignKey("center.id", ondelete="CASCADE"))
    caregiver_id: Mapped[int] = mapped_column(ForeignKey("caregiver.id", ondelete="CASCADE"))
    day: Mapped[dt.date]
    starts_at: Mapped[dt.time]
    ends_at: Mapped[dt.time]
    program_id: Mapped[int | None] = mapped_column(ForeignKey("program.id",
                                                              ondelete="SET NULL"))
    note: Mapped[str] = mapped_column(String(200), default="")


class ShiftTemplate(Base):
    __tablename__ = "shift_template"
    __table_args__ = (UniqueConstraint("center_id", "name", name="uq_shift_template_center_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    center_id: Mapped[int] = mapped_column(ForeignKey("center.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(50))
    starts_at: Mapped[dt.time]
    ends_at: Mapped[dt.time]


class StaffLeave(Base):
    """Away from first_day (from_time, or the whole day) to last_day (to_time, or the whole
    day); local dates and times of the center."""

    __tablename__ = "staff_leave"
    __table_args__ = (Index("ix_staff_leave_caregiver_days", "caregiver_id", "first_day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    center_id: Mapped[int] = mapped_column(ForeignKey("center.id", ondelete="CASCADE"))
    caregiver_id: Mapped[int] = mapped_column(ForeignKey("caregiver.id", ondelete="CASCADE"))
    first_day: Mapped[dt.date]
    last_day: Mapped[dt.date]
    from_time: Mapped[dt.time | None]
    to_time: Mapped[dt.time | None]
    kind: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(String(200), default="")


class RatioSetting(Base):
    """A center's ratio rules: the minimum on duty and the weight of each role (in percent)."""

    __tablename__ = "ratio_setting"

    center_id: Mapped[int] = mapped_column(ForeignKey("center.id", ondelete="CASCADE"),
                                           primary_key=True)
    minimum_on_duty: Mapped[int] = mapped_column(default=2)
    weights: Mapped[dict[str, Any]] = mapped_column(JSON)  # role -> weight


class RatioBand(Base):
    __tablename__ = "ratio_band"

    id: Mapped[int] = mapped_column(primary_key=True)
    center_id: Mapped[int] = mapped_column(ForeignKey("center.id", ondelete="CASCADE"),
                                           index=True)
    from_age: Mapped[int]
    to_age: Mapped[int | None]
    children_per_caregiver: Mapped[int]


class StaffClockEvent(Base):
    """One immutable fact of the staff clock; corrections are new rows naming the one they
    correct, with a reason and who recorded them."""

    __tablename__ = "staff_clock_event"
    __table_args__ = (Index("ix_staff_clock_event_caregiver_at", "caregiver_id", "at"),
                      Index("ix_staff_clock_event_center_day", "center_id", "local_date"))

    id: Mapped[int] = mapped_column(primary_key=True)
    center_id: Mapped[int] = mapped_column(ForeignKey("center.id", ondelete="CASCADE"))
    caregiver_id: Mapped[int] = mapped_column(ForeignKey("caregiver.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    local_date: Mapped[dt.date]
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)
    recorded_by: Mapped[str] = mapped_column(String(100))
    corrects: Mapped[int | None] = mapped_column(ForeignKey("staff_clock_event.id"))
    reason: Mapped[str | None] = mapped_column(String(200))


# -- cards taken out of use, days the desk closed ---------------------------------------------
class RevokedCard(Base):
    """A pickup card code the coordinator took out of use; the child carries a new code.
    Kept so that a scan of the old card says why it no longer works."""

    __tablename__ = "revoked_card"
    __table_args__ = (
        UniqueConstraint("center_id", "card_code", name="uq_revoked_card_center_card_code"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    center_id: Mapped[int] = mapped_column(ForeignKey("center.id", ondelete="CASCADE"))
    child_id: Mapped[int] = mapped_column(ForeignKey("child.id", ondelete="CASCADE"))
    card_code: Mapped[str] = mapped_column(String(16))
    revoked_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)
    revoked_by: Mapped[str] = mapped_column(String(100))
    reason: Mapped[str] = mapped_column(String(200), default="")


class ClosedDeskDay(Base):
    """A day whose end-of-day was done at the desk: when, by whom, and what was left open."""

    __tablename__ = "closed_desk_day"

    center_id: Mapped[int] = mapped_column(ForeignKey("center.id", ondelete="CASCADE"),
                                           primary_key=True)
    day: Mapped[dt.date] = mapped_column(primary_key=True)
    closed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)
    closed_by: Mapped[str] = mapped_column(String(100))
    # Children still checked in or not accounted for when the day was closed (ids and names).
    left_open: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
