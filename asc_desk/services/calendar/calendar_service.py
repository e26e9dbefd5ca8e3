"""The one calendar: is a program open on a date, why, and when; overrides; official days."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import CursorResult, delete, or_, select

from asc_desk.db.models import CalendarOverride, OfficialDayEntry, Program
from asc_desk.domain.actor import ActorProvider, as_provider
from asc_desk.domain.calendar_rules import (
    DayStatus,
    Override,
    OverrideKind,
    ProgramRules,
    day_status,
    range_statuses,
)
from asc_desk.domain.changes import NO_CHANGES, Area, Changes
from asc_desk.domain.errors import N_, UserError, ValidationError
from asc_desk.domain.notices import Notice
from asc_desk.domain.official_days import OfficialCalendar, OfficialDay, OfficialDayKind
from asc_desk.services import audit
from asc_desk.services.calendar.program_service import ProgramInfo, program_info
from asc_desk.services.database import Database

MAX_RANGE_DAYS = 366
# The years the calendar can check (calendar_ics's too: its module loads icalendar, slowly).
FIRST_YEAR, LAST_YEAR = 2000, 2100
SINGLE_DAY_SOURCE = "ics-day"  # an official day imported alone: its year stays unpublished
REASON_MAX = 200  # the column's size


@dataclass(frozen=True)
class OverrideInfo:
    id: int
    day: dt.date
    kind: OverrideKind
    reason: str
    program_id: int | None
    opens_at: dt.time | None
    closes_at: dt.time | None


CALENDAR_CHANGED = Changes(Area.CALENDAR)


@dataclass(frozen=True)
class OverrideChange:
    """Days changed, what to tell the user, and for undo: the decisions the change replaced
    and the ones it wrote (by date, in one scope for set_override and clear_override)."""

    days: int
    notices: tuple[Notice, ...] = ()
    replaced: tuple[Override, ...] = ()
    written: tuple[Override, ...] = ()
    changes: Changes = CALENDAR_CHANGED
    kept: tuple[Override, ...] = ()  # keep_decided: the center's decisions left as they were
    unchanged: int = 0  # keep_decided: days decided exactly so already


@dataclass(frozen=True)
class YearHolidays:
    year: int
    known: bool
    entered: bool  # from days entered or imported here, not from the chinesecalendar package
    days: tuple[OfficialDay, ...]


@dataclass(frozen=True)
class OfficialEntry:
    """What enter_official_days did: days written (new or replaced), the replaced ones as
    (before, after) when their name or kind changed, and days already entered as given."""

    days: int
    replaced: tuple[tuple[OfficialDay, OfficialDay], ...] = ()
    unchanged: int = 0
    changes: Changes = CALENDAR_CHANGED


def _official_audit(row: OfficialDayEntry) -> dict:
    # The same keys for before and after: the audit compares them field by field.
    return {"day": row.day.isoformat(), "kind": row.kind, "name": row.name,
            "name_zh": row.name_zh, "source": row.source}


@dataclass(frozen=True)
class ProgramDays:
    program: ProgramInfo
    days: tuple[DayStatus, ...]


def check_range(first: dt.date, last: dt.date) -> None:
    if last < first:
        raise ValidationError(N_("The range ends on {last}, before it starts on {first}."),
                              field="to", last=last.isoformat(), first=first.isoformat())
    if (last - first).days >= MAX_RANGE_DAYS:
        raise ValidationError(N_("A range of dates may cover at most {days} days."),
                              field="to", days=MAX_RANGE_DAYS)


def official_calendar_in(s) -> OfficialCalendar:
    """The official days (package and entered ones), read inside a caller's unit of work."""
    rows = s.execute(select(OfficialDayEntry.day, OfficialDayEntry.kind,
                            OfficialDayEntry.name, OfficialDayEntry.name_zh,
                            OfficialDayEntry.source)
                     .order_by(OfficialDayEntry.day)).all()
    days = [(source, OfficialDay(day, OfficialDayKind(kind), name, name_zh))
            for day, kind, name, name_zh, source in rows]
    # Days imported alone (a file that does not cover their year) leave the year unknown.
    return OfficialCalendar([d for source, d in days if source != SINGLE_DAY_SOURCE],
                            provisional=[d for source, d in days if source == SINGLE_DAY_SOURCE])


def rules_of(program: ProgramInfo) -> ProgramRules:
    return ProgramRules(
        program.id, program.kind, program.first_day, program.last_day, program.weekdays,
        program.opens_at, program.closes_at,
        open_on_public_holidays=program.open_on_public_holidays,
        adjusted_workday_counts=program.adjusted_workday_counts,
    )


Progress = Callable[[int, int], None]


def _silent(done: int, total: int) -> None:
    """No one is listening (the command line, tests)."""


def _by_day(o: Override) -> tuple:
    return (o.date, o.program_id or 0)


def override_of(row: CalendarOverride) -> Override:
    return Override(row.day, OverrideKind(row.kind), row.reason, row.program_id, row.opens_at,
                    row.closes_at)


_OVERRIDE_COLUMNS = (CalendarOverride.day, CalendarOverride.kind, CalendarOverride.reason,
                     CalendarOverride.program_id, CalendarOverride.opens_at,
                     CalendarOverride.closes_at)


def overrides_in(s, center_id: int, first: dt.date, last: dt.date,
                 program_id: int | None = None) -> list[Override]:
    """The center's overrides from first to last (with program_id: that program's and the
    whole center's), read as plain columns inside a caller's unit of work: building full
    ORM rows took most of a calendar answer's time."""
    query = (select(*_OVERRIDE_COLUMNS)
             .where(CalendarOverride.center_id == center_id, CalendarOverride.day >= first,
                    CalendarOverride.day <= last)
             .order_by(CalendarOverride.day, CalendarOverride.id))
    if program_id is not None:
        query = query.where(or_(CalendarOverride.program_id.is_(None),
                                CalendarOverride.program_id == program_id))
    return [Override(day, OverrideKind(kind), reason, pid, opens, closes)
            for day, kind, reason, pid, opens, closes in s.execute(query)]


class CalendarService:
    def __init__(self, db: Database, actor: str | ActorProvider) -> None:
        self._db = db
        self._actor = as_provider(actor)

    # -- official days -------------------------------------------------------------------
    def official_calendar(self) -> OfficialCalendar:
        with self._db.read() as s:
            return official_calendar_in(s)

    def holidays(self, year: int) -> YearHolidays:
        if not FIRST_YEAR <= year <= LAST_YEAR:  # 27 for 2027: never "not published yet"
            raise ValidationError(N_("{year} is not a year the calendar can check: give it in "
                                     "four digits, from {first} to {last} (e.g. 2027)."),
                                  field="year", year=year, first=FIRST_YEAR, last=LAST_YEAR)
        official = self.official_calendar()
        if not official.is_year_known(year):
            return YearHolidays(year, False, False, tuple(
                d for d in official.provisional_entries() if d.date.year == year))
        return YearHolidays(year, True, year in official.entered_years,
                            tuple(official.holidays_of_year(year)))

    def enter_official_days(self, days: list[OfficialDay], source: str = "manual", *,
                            single: frozenset[dt.date] = frozenset(),
                            progress: Progress | None = None) -> OfficialEntry:
        """Add or replace official days (one transaction); entered days count as official.
        A day entered before is replaced (its name or kind corrected, a hand-typed 元旦
        replaced by the published feed's) and named in `replaced`; a day entered exactly so
        already is left as it is and counted in `unchanged`.
        Dates in `single` are entered alone: they do not make their year known.
        `progress(done, total)` may stop the write (by raising): nothing is then written."""
        report = progress or _silent
        if not days:
            raise UserError(N_("No official days were given."))
        OfficialCalendar(days, package={})  # refuses a date given as holiday and workday
        written = unchanged = 0
        replaced: list[tuple[OfficialDay, OfficialDay]] = []
        with self._db.unit_of_work() as s:
            rows = {r.day: r for r in s.scalars(select(OfficialDayEntry).where(
                OfficialDayEntry.day.in_([d.date for d in days])))}
            for done, day in enumerate(days, start=1):
                row = rows.get(day.date)
                kind, name = str(day.kind), day.name[:100]
                name_zh = (day.name_zh or day.name)[:100]
                day_source = SINGLE_DAY_SOURCE if day.date in single else source[:20]
                before = None
                if row is None:
                    row = rows[day.date] = OfficialDayEntry(day=day.date)
                    s.add(row)
                elif (row.kind, row.name, row.name_zh, row.source) == (kind, name, name_zh,
                                                                       day_source):
                    unchanged += 1
                    report(done, len(days))
                    continue
                else:
                    before = _official_audit(row)
                    if (row.kind, row.name, row.name_zh) != (kind, name, name_zh):
                        replaced.append((OfficialDay(row.day, OfficialDayKind(row.kind),
                                                     row.name, row.name_zh),
                                         OfficialDay(day.date, day.kind, name, name_zh)))
                row.kind, row.name, row.name_zh, row.source = kind, name, name_zh, day_source
                s.flush()
                audit.record(s, actor=self._actor, entity="official_day", entity_id=row.id,
                             action="update" if before else "create", before=before,
                             after=_official_audit(row))
                written += 1
                report(done, len(days))
        return OfficialEntry(written, tuple(replaced), unchanged,
                             CALENDAR_CHANGED if written else NO_CHANGES)

    # -- status ------------------------------------------------------------------------
    def day_status(self, program_id: int, day: dt.date) -> DayStatus:
        program, overrides, official = self._program_and_overrides(program_id, day, day)
        return day_status(rules_of(program), day, official, overrides)

    def statuses(self, program_id: int, first: dt.date, last: dt.date) -> list[DayStatus]:
        if last < first:
            check_range(first, last)
        program, overrides, official = self._program_and_overrides(program_id, first, last)
        return range_statuses(rules_of(program), first, last, official, overrides)

    def month(self, center_id: int, year: int, month: int,
              program_id: int | None = None) -> list[ProgramDays]:
        """Each program's (or one program's) status on every day of a month."""
        if not 1 <= month <= 12:
            raise ValidationError(N_("There is no month {month}."), field="month", month=month)
        first = dt.date(year, month, 1)
        last = (first + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=1)
        with self._db.read() as s:
            official = official_calendar_in(s)
            query = select(Program).where(Program.center_id == center_id)
            if program_id is not None:
                query = query.where(Program.id == program_id)
            programs = [program_info(p) for p in s.scalars(query.order_by(Program.first_day))]
            overrides = overrides_in(s, center_id, first, last)
        return [ProgramDays(p, tuple(range_statuses(rules_of(p), first, last, official,
                                                    overrides)))
                for p in programs]

    # -- overrides ---------------------------------------------------------------------
    def overrides(self, center_id: int, first: dt.date, last: dt.date) -> list[OverrideInfo]:
        with self._db.read() as s:
            return [OverrideInfo(r.id, r.day, OverrideKind(r.kind), r.reason, r.program_id,
                                 r.opens_at, r.closes_at)
                    for r in s.scalars(self._overrides_query(center_id, first, last))]

    def set_override(self, center_id: int, first: dt.date, last: dt.date, kind: OverrideKind,
                     reason: str, *, program_id: int | None = None,
                     opens_at: dt.time | None = None,
                     closes_at: dt.time | None = None) -> OverrideChange:
        """Closed, open or other hours on every day from first to last; replaces the same
        scope's earlier decision for those days. All days are written, or none."""
        check_range(first, last)
        days = [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]
        return self.apply_overrides(center_id, [
            Override(d, kind, reason.strip(), program_id, opens_at, closes_at) for d in days
        ])

    def apply_overrides(self, center_id: int, decisions: list[Override], *,
                        progress: Progress | None = None,
                        keep_decided: bool = False) -> OverrideChange:
        """Write many decisions in one transaction (an .ics import): each replaces the earlier
        decision of its scope on its day. With `keep_decided` (a school's file) a day that
        already has a decision of its scope or of the whole center is left as it is: the
        same decision counts as `unchanged`, another (hours the coordinator changed, a
        closure typed by hand) is listed in `kept`. `progress(done, total)` may stop the
        write (by raising): nothing is then written."""
        report = progress or _silent
        if not decisions:
            raise UserError(N_("There are no days to change."))
        for decision in decisions:
            if len(decision.reason) > REASON_MAX:
                raise ValidationError(N_("The reason is longer than {max} characters."),
                                      field="reason", max=REASON_MAX)
        notices: list[Notice] = []
        replaced: list[Override] = []
        kept: list[Override] = []
        unchanged = 0
        with self._db.unit_of_work() as s:
            scopes = {d.program_id for d in decisions}
            in_scope = {pid: self._programs_in_scope(s, center_id, pid) for pid in scopes}
            if keep_decided:
                decisions, kept, unchanged = self._undecided(s, center_id, decisions)
            for done, decision in enumerate(decisions, start=1):
                report(done - 1, len(decisions))
                where = self._scope(center_id, decision.date, decision.date, decision.program_id)
                replaced += [override_of(r) for r in s.scalars(
                    select(CalendarOverride).where(*where))]
                s.execute(delete(CalendarOverride).where(*where))
                s.add(CalendarOverride(
                    center_id=center_id, program_id=decision.program_id, day=decision.date,
                    kind=str(decision.kind), reason=decision.reason,
                    opens_at=decision.opens_at, closes_at=decision.closes_at,
                ))
            for pid in sorted({d.program_id for d in decisions}, key=lambda p: p or 0):
                days = sorted(d.date for d in decisions if d.program_id == pid)
                kinds = sorted({str(d.kind) for d in decisions if d.program_id == pid})
                audit.record(s, actor=self._actor, entity="calendar_override",
                             entity_id=f"{center_id}:{pid or '*'}", action="set",
                             after={"first": days[0].isoformat(), "last": days[-1].isoformat(),
                                    "days": len(days), "kinds": kinds})
                notices += self._outside_notices(in_scope[pid], days)
            report(len(decisions), len(decisions))  # the last chance to stop: before commit
        return OverrideChange(len(decisions), tuple(notices), tuple(replaced),
                              tuple(decisions),
                              CALENDAR_CHANGED if decisions else NO_CHANGES,
                              tuple(kept), unchanged)

    @staticmethod
    def _undecided(s, center_id: int, decisions: list[Override]
                   ) -> tuple[list[Override], list[Override], int]:
        """(decisions for days nobody decided yet, decisions already there and different,
        how many are there already exactly so)."""
        first, last = min(d.date for d in decisions), max(d.date for d in decisions)
        existing: dict[dt.date, list[Override]] = {}
        for o in overrides_in(s, center_id, first, last):
            existing.setdefault(o.date, []).append(o)
        left: list[Override] = []
        kept: list[Override] = []
        same = 0
        for decision in decisions:
            there = [o for o in existing.get(decision.date, ())
                     if o.program_id in (None, decision.program_id)]
            if not there:
                left.append(decision)
            elif decision in there:
                same += 1
            else:
                kept.extend(o for o in there if o not in kept)
        return left, kept, same

    def clear_override(self, center_id: int, first: dt.date, last: dt.date, *,
                       program_id: int | None = None) -> OverrideChange:
        """Remove the decisions of that scope on those days: the rules apply again.
        `days` is how many decisions were removed (`replaced` holds them, for undo)."""
        check_range(first, last)
        with self._db.unit_of_work() as s:
            self._programs_in_scope(s, center_id, program_id)
            where = self._scope(center_id, first, last, program_id)
            removed = tuple(override_of(r) for r in s.scalars(
                select(CalendarOverride).where(*where).order_by(CalendarOverride.day)))
            result = s.execute(delete(CalendarOverride).where(*where))
            assert isinstance(result, CursorResult)  # what a DELETE gives; typed as any Result
            gone = result.rowcount
            if gone:
                audit.record(s, actor=self._actor, entity="calendar_override",
                             entity_id=f"{center_id}:{program_id or '*'}", action="clear",
                             before={"first": first.isoformat(), "last": last.isoformat(),
                                     "days": gone})
            return OverrideChange(gone, (), removed, (),
                                  CALENDAR_CHANGED if gone else NO_CHANGES)

    def restore_overrides(self, center_id: int, first: dt.date, last: dt.date,
                          program_id: int | None, to: tuple[Override, ...],
                          expected: tuple[Override, ...]) -> OverrideChange:
        """Put one scope's decisions on those days back as they were (`to`: an undo or a redo),
        in one transaction; refused when they are no longer `expected` (another desk changed
        them meanwhile)."""
        check_range(first, last)
        with self._db.unit_of_work() as s:
            self._programs_in_scope(s, center_id, program_id)
            where = self._scope(center_id, first, last, program_id)
            current = tuple(override_of(r) for r in s.scalars(
                select(CalendarOverride).where(*where)))
            if sorted(current, key=_by_day) != sorted(expected, key=_by_day):
                raise UserError(N_("The days from {first} to {last} were changed meanwhile (on "
                                   "another desk?): they were not changed back."),
                                first=first.isoformat(), last=last.isoformat())
            s.execute(delete(CalendarOverride).where(*where))
            for o in to:
                s.add(CalendarOverride(center_id=center_id, program_id=o.program_id, day=o.date,
                                       kind=str(o.kind), reason=o.reason, opens_at=o.opens_at,
                                       closes_at=o.closes_at))
            view = {"first": first.isoformat(), "last": last.isoformat()}
            audit.record(s, actor=self._actor, entity="calendar_override",
                         entity_id=f"{center_id}:{program_id or '*'}", action="restore",
                         before={**view, "days": len(current)}, after={**view, "days": len(to)})
            return OverrideChange(len(to), (), current, to)

    # -- helpers -----------------------------------------------------------------------
    def _program_and_overrides(
        self, program_id: int, first: dt.date, last: dt.date
    ) -> tuple[ProgramInfo, list[Override], OfficialCalendar]:
        """Everything one answer needs, read in one unit of work."""
        with self._db.read() as s:  # a read: no write lock taken for an answer
            program = s.get(Program, program_id)
            if program is None:
                raise UserError(N_("The program no longer exists."))
            overrides = overrides_in(s, program.center_id, first, last, program_id)
            return program_info(program), overrides, official_calendar_in(s)

    @staticmethod
    def _overrides_query(center_id: int, first: dt.date, last: dt.date):
        return (select(CalendarOverride)
                .where(CalendarOverride.center_id == center_id,
                       CalendarOverride.day >= first, CalendarOverride.day <= last)
                .order_by(CalendarOverride.day, CalendarOverride.id))

    @staticmethod
    def _scope(center_id: int, first: dt.date, last: dt.date, program_id: int | None):
        program_filter = (CalendarOverride.program_id.is_(None) if program_id is None
                          else CalendarOverride.program_id == program_id)
        return (CalendarOverride.center_id == center_id, CalendarOverride.day >= first,
                CalendarOverride.day <= last, program_filter)

    @staticmethod
    def _programs_in_scope(s, center_id: int, program_id: int | None) -> list[ProgramInfo]:
        query = select(Program).where(Program.center_id == center_id)
        if program_id is not None:
            query = query.where(Program.id == program_id)
        programs = [program_info(p) for p in s.scalars(query)]
        if program_id is not None and not programs:
            raise UserError(N_("The program no longer exists."))
        return programs

    @staticmethod
    def _outside_notices(programs: list[ProgramInfo], days: list[dt.date]) -> list[Notice]:
        outside = [d for d in days
                   if not any(p.first_day <= d <= p.last_day for p in programs)]
        if not outside:
            return []
        return [Notice(N_("{count} of these days are outside every program's dates "
                          "(first: {first}); they are saved but change nothing yet."),
                       {"count": len(outside), "first": outside[0].isoformat()})]
