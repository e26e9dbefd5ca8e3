"""Calendar files: import closures or official days from .ics, export programs to .ics."""

from __future__ import annotations

from dataclasses import dataclass

from asc_desk.domain.actor import ActorProvider
from asc_desk.domain.calendar_rules import Override, OverrideKind
from asc_desk.domain.changes import Area, Changes
from asc_desk.domain.errors import N_, UserError
from asc_desk.domain.notices import Notice
from asc_desk.domain.official_days import OfficialCalendar, OfficialDayKind, holiday_names
from asc_desk.services.calendar.calendar_service import (
    REASON_MAX,
    CalendarService,
    Progress,
    _silent,
)
from asc_desk.services.calendar.program_service import ProgramService
from asc_desk.services.center_service import CenterInfo
from asc_desk.services.database import Database


@dataclass(frozen=True)
class IcsImport:
    days: int
    skipped: tuple[str, ...] = ()  # what was left out, and why, for the user to check
    notices: tuple[Notice, ...] = ()
    changes: Changes = Changes(Area.CALENDAR)


class CalendarFiles:
    def __init__(self, db: Database, actor: str | ActorProvider) -> None:
        self._calendar = CalendarService(db, actor)
        self._programs = ProgramService(db, actor)

    def import_closures(self, center: CenterInfo, data: bytes, *, program_id: int | None = None,
                        default_reason: str = "", progress: Progress | None = None) -> IcsImport:
        """Every all-day event closes the center (or one program) on its days.

        Timed events (a parents' meeting at 16:00 in a school calendar) close nothing: they
        are listed as skipped instead."""
        from asc_desk.services.calendar.calendar_ics import (  # icalendar loads slowly
            FIRST_YEAR,
            LAST_YEAR,
            read_ics,
        )

        read = read_ics(data, center.time_zone, self._window(center))
        days = read.days
        whole = [d for d in days if d.opens_at is None]
        skipped = (*(f"{d.date.isoformat()} {d.summary}".strip()
                     for d in days if d.opens_at is not None), *read.skipped)
        if not whole:
            if read.skipped and not days:
                raise UserError(N_("No day was closed: the file's events are outside the years "
                                   "{first}–{last} the app can check, or repeat more often "
                                   "than daily."), first=FIRST_YEAR, last=LAST_YEAR)
            raise UserError(N_("The file has no all-day events, so no day was closed."))
        by_date: dict = {}
        for d in whole:  # one decision per day: two events on a day close it once
            by_date.setdefault(d.date, d)
        decisions = [Override(d.date, OverrideKind.CLOSED,
                              (d.summary.strip() or default_reason or "ics")[:REASON_MAX],
                              program_id) for d in by_date.values()]
        change = self._calendar.apply_overrides(center.id, decisions, progress=progress)
        return IcsImport(change.days, skipped, change.notices, change.changes)

    def _window(self, center: CenterInfo):
        """The years a repeating event is read in: the programs' years ±1, or this year ±1."""
        from asc_desk.services.calendar.calendar_ics import default_window, window_of

        programs = self._programs.list_programs(center.id)
        if not programs:
            return default_window()
        return window_of(min(p.first_day.year for p in programs),
                         max(p.last_day.year for p in programs))

    def import_official(self, data: bytes, *, progress: Progress | None = None) -> IcsImport:
        """Public holidays and adjusted working days, as the State Council publishes them.

        Feeds often list observances too (情人节, 母亲节) that are no day off: only the
        official holidays' names and working days are taken; the rest are listed as skipped."""
        from asc_desk.services.calendar.calendar_ics import (  # icalendar loads slowly
            official_days_from_ics,
            read_ics,
        )

        # One event at a time: an observance on an adjusted working day must be dropped
        # before holidays and working days are checked against each other.
        read = read_ics(data)
        official = [o for d in read.days for o in official_days_from_ics([d])]
        package_years = OfficialCalendar().package_years
        keep, skipped = [], list(read.skipped)
        for day in official:
            if day.date.year in package_years:
                # A feed that also lists known years (often only their holidays, without the
                # working days) must not replace the package's complete data for them.
                skipped.append(f"{day.date.isoformat()} {day.name_zh or day.name} "
                               f"({day.date.year}: already known)")
                continue
            english, chinese = holiday_names(day.name)
            known = english != chinese
            if day.kind is OfficialDayKind.WORKDAY or known:
                keep.append(day)
            else:
                skipped.append(f"{day.date.isoformat()} {day.name_zh or day.name}")
        if not keep:
            raise UserError(N_("The file has no official holidays or adjusted working days."))
        by_date: dict = {}
        for day in keep:
            before = by_date.setdefault(day.date, day)
            if before.kind is not day.kind:
                raise UserError(N_("{date} is both a public holiday and an adjusted working day "
                                   "in the file."), field="date", date=day.date.isoformat())
        keep = [by_date[d] for d in sorted(by_date)]
        entered = self._calendar.enter_official_days(keep, source="ics", progress=progress)
        return IcsImport(entered.value, tuple(skipped), changes=entered.changes)

    def export(self, center: CenterInfo, program_id: int | None = None, *,
               progress: Progress | None = None) -> bytes:
        """The programs' days as .ics; `progress(done, total)` hears each program made."""
        report = progress or _silent
        from asc_desk.services.calendar.calendar_ics import (  # icalendar loads slowly
            build_ics,
            merge_ics,
        )
        chosen = ([self._programs.get_program(program_id)] if program_id is not None
                  else self._programs.list_programs(center.id))
        if not chosen:
            raise UserError(N_("There are no programs to export."))
        parts = []
        for done, p in enumerate(chosen):
            report(done, len(chosen))
            parts.append(build_ics(p.name, self._calendar.statuses(p.id, p.first_day, p.last_day),
                                   center.time_zone, program_uid=f"program-{p.id}"))
        report(len(chosen), len(chosen))
        return parts[0] if len(parts) == 1 else merge_ics(center.name, parts)
