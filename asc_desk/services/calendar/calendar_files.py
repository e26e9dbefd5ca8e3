"""Calendar files: import closures or official days from .ics, export programs to .ics."""

from __future__ import annotations

from dataclasses import dataclass

from asc_desk.domain.actor import ActorProvider
from asc_desk.domain.calendar_rules import Override, OverrideKind
from asc_desk.domain.changes import NO_CHANGES, Area, Changes
from asc_desk.domain.errors import N_, UserError
from asc_desk.domain.notices import Notice
from asc_desk.domain.official_days import OfficialCalendar, OfficialDay
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
    skipped: tuple[Notice, ...] = ()  # what was left out, and why, for the user to check
    notices: tuple[Notice, ...] = ()
    changes: Changes = Changes(Area.CALENDAR)
    known_years: tuple[int, ...] = ()  # official mode: years already known, left as they are
    complete_years: tuple[int, ...] = ()  # official mode: years the file publishes in full
    partial_years: tuple[int, ...] = ()  # official mode: years with days entered one by one
    already_known: tuple[str, ...] = ()  # official mode: days of known_years, not imported
    # official mode: days entered before whose name or kind the file changed (before, after)
    replaced: tuple[tuple[OfficialDay, OfficialDay], ...] = ()
    # days entered (closed, official) before exactly as the file gives them
    unchanged: int = 0
    kept: tuple[Notice, ...] = ()  # closures: days the center decided, left as they are


def decided_notice(o: Override) -> Notice:
    """A day the center decided itself, which a school's file does not change."""
    values = {"date": o.date.isoformat(), "reason": o.reason}
    if o.kind is OverrideKind.CLOSED:
        return Notice(N_("Already decided by the center, left as it is: {date} closed: "
                         "{reason}"), values)
    if o.kind is OverrideKind.OPEN:
        return Notice(N_("Already decided by the center, left as it is: {date} special "
                         "opening: {reason}"), values)
    hours = (f"{o.opens_at:%H:%M}–{o.closes_at:%H:%M}" if o.opens_at and o.closes_at else "")
    return Notice(N_("Already decided by the center, left as it is: {date} changed hours "
                     "{hours}: {reason}"), {**values, "hours": hours})


class CalendarFiles:
    def __init__(self, db: Database, actor: str | ActorProvider) -> None:
        self._calendar = CalendarService(db, actor)
        self._programs = ProgramService(db, actor)

    def import_closures(self, center: CenterInfo, data: bytes, *, program_id: int | None = None,
                        default_reason: str = "", progress: Progress | None = None) -> IcsImport:
        """Every all-day event closes the center (or one program) on its days.

        Timed events (a parents' meeting at 16:00 in a school calendar) close nothing, nor do
        the make-up working days of a holiday feed (上班, 补班: days the center must open):
        they are listed as skipped instead."""
        from asc_desk.services.calendar.calendar_ics import (  # icalendar loads slowly
            FIRST_YEAR,
            LAST_YEAR,
            is_working_day_event,
            read_ics,
        )

        read = read_ics(data, center.time_zone, self._window(center))
        # A make-up working day (上班, 补班) of a holiday feed is a day the center must open.
        working = [d for d in read.days if is_working_day_event(d.summary)]
        days = [d for d in read.days if not is_working_day_event(d.summary)]
        whole = [d for d in days if d.opens_at is None]
        skipped = (*(Notice(N_("{date} {event}: a timed event, which closes nothing"),
                            {"date": d.date.isoformat(), "event": d.summary})
                     for d in days if d.opens_at is not None),
                   *(Notice(N_("{date} {event}: this is a working day, not a closure"),
                            {"date": d.date.isoformat(), "event": d.summary})
                     for d in working), *read.skipped)
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
        # The center's own decisions (hours changed for exams, a closure typed by hand) stay.
        change = self._calendar.apply_overrides(center.id, decisions, progress=progress,
                                                keep_decided=True)
        kept = tuple(decided_notice(o) for o in change.kept)
        return IcsImport(change.days, skipped, change.notices, change.changes, kept=kept,
                         unchanged=change.unchanged)

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

        Days are recognised by the file's structure (see calendar_ics.read_official_days);
        observances (情人节, 母亲节) are no day off and are listed as skipped. A year counts
        as published in full only when the file covers it (its Spring Festival and its
        National Day are there, and none of its events had to be left out); otherwise its
        days are entered one by one and the year stays "not published". Years the
        chinesecalendar package knows are never replaced: their days are skipped and named,
        and a file of known years only writes nothing and says so."""
        from asc_desk.services.calendar.calendar_ics import (  # icalendar loads slowly
            read_ics,
            read_official_days,
        )

        read = read_ics(data)
        official = read_official_days(read.days)
        package_years = OfficialCalendar().package_years
        skipped = [*read.skipped, *official.skipped]
        keep, known_years, already = [], set(), []
        for day in official.days:
            if day.date.year in package_years:
                # A feed that also lists known years (often only their holidays, without the
                # working days) must not replace the package's complete data for them.
                already.append(f"{day.date.isoformat()} {day.name_zh or day.name}")
                known_years.add(day.date.year)
                continue
            keep.append(day)
        if not keep:
            if known_years:
                return IcsImport(0, tuple(skipped), known_years=tuple(sorted(known_years)),
                                 already_known=tuple(already), changes=NO_CHANGES)
            raise UserError(N_("The file has no official holidays or adjusted working days."))
        complete = {y for y in {d.date.year for d in keep} if self._covers(keep, y)}
        if read.skipped:  # events left out unread: no year can be said to be complete
            complete = set()
        partial = [d for d in keep if d.date.year not in complete]
        entered = self._calendar.enter_official_days(
            keep, source="ics", single=frozenset(d.date for d in partial), progress=progress)
        return IcsImport(entered.days, tuple(skipped), changes=entered.changes,
                         replaced=entered.replaced, unchanged=entered.unchanged,
                         known_years=tuple(sorted(known_years)), already_known=tuple(already),
                         complete_years=tuple(sorted(complete)),
                         partial_years=tuple(sorted({d.date.year for d in partial})))

    @staticmethod
    def _covers(days: list, year: int) -> bool:
        """The file covers the year: it has the year's Spring Festival and National Day."""
        names = {part for d in days if d.date.year == year and d.is_holiday
                 for part in d.name.split(", ")}
        return {"Spring Festival", "National Day"} <= names

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
