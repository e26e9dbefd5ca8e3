"""Shift edits: add, update, delete, move, apply a template, copy a week, repeat until a date.

Each is one transaction (all or nothing) and returns a ShiftEdit: the shifts it added and the
ones it removed (an update removes the old version and adds the new one, with the same id),
so `undo(edit)` can put everything back, and returns the edit that redoes it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from asc_desk.db.models import Caregiver, Program, Shift, ShiftTemplate
from asc_desk.db.row_locks import lock_caregivers
from asc_desk.domain.actor import ActorProvider, as_provider
from asc_desk.domain.changes import Area, Changes, Outcome
from asc_desk.domain.errors import N_, UserError, ValidationError
from asc_desk.domain.notices import Notice
from asc_desk.domain.staff import ShiftDraft, check_times, clean_name, validate_shift
from asc_desk.services import audit
from asc_desk.services.database import Database

MAX_REPEAT_DAYS = 366


@dataclass(frozen=True)
class ShiftInfo:
    id: int
    center_id: int
    draft: ShiftDraft


@dataclass(frozen=True)
class ShiftEdit:
    added: tuple[ShiftInfo, ...]
    removed: tuple[ShiftInfo, ...]
    changes: Changes
    notices: tuple[Notice, ...] = ()


@dataclass(frozen=True)
class TemplateInfo:
    id: int
    name: str
    starts_at: dt.time
    ends_at: dt.time


def shift_info(row: Shift) -> ShiftInfo:
    return ShiftInfo(row.id, row.center_id, ShiftDraft(row.caregiver_id, row.day, row.starts_at,
                                                       row.ends_at, row.program_id, row.note))


def _view(info: ShiftInfo) -> dict:
    d = info.draft
    return audit.jsonable({"caregiver_id": d.caregiver_id, "day": d.day,
                           "starts_at": d.starts_at, "ends_at": d.ends_at,
                           "program_id": d.program_id, "note": d.note})


def _edit(added: Iterable[ShiftInfo], removed: Iterable[ShiftInfo],
          notices: Iterable[Notice] = ()) -> ShiftEdit:
    added, removed = tuple(added), tuple(removed)
    days = {i.draft.day for i in added + removed}
    return ShiftEdit(added, removed, Changes.of(Area.SHIFTS, *days), tuple(notices))


class ShiftService:
    def __init__(self, db: Database, actor: str | ActorProvider) -> None:
        self._db = db
        self._actor = as_provider(actor)

    # -- single shifts -------------------------------------------------------------------
    def add_shift(self, center_id: int, draft: ShiftDraft) -> ShiftEdit:
        clean = validate_shift(draft)
        with self._db.unit_of_work() as s:
            notices = self._check(s, center_id, [clean])
            added = self._insert(s, center_id, [clean], "add")
        return _edit(added, (), notices)

    def update_shift(self, shift_id: int, draft: ShiftDraft) -> ShiftEdit:
        clean = validate_shift(draft)
        with self._db.unit_of_work() as s:
            return self._update(s, self._row(s, shift_id), clean)

    def move_shift(self, shift_id: int, *, day: dt.date | None = None,
                   caregiver_id: int | None = None) -> ShiftEdit:
        """To another day and/or caregiver, keeping its times."""
        return self.move_shifts([shift_id], day=day, caregiver_id=caregiver_id)

    def move_shifts(self, shift_ids: list[int], *, day: dt.date | None = None,
                    caregiver_id: int | None = None) -> ShiftEdit:
        """Several shifts to another day and/or caregiver, each keeping its times: one
        transaction (all of them or none) and one edit, so one undo step takes them all
        back."""
        if not shift_ids:
            raise UserError(N_("Choose the shifts to move."))
        with self._db.unit_of_work() as s:
            rows = list(s.scalars(select(Shift).where(Shift.id.in_(shift_ids))
                                  .order_by(Shift.day, Shift.starts_at, Shift.id)))
            if len(rows) != len(set(shift_ids)):
                raise UserError(N_("This shift no longer exists."))
            if len({r.center_id for r in rows}) > 1:
                raise UserError(N_("This shift no longer exists."))
            moved = [validate_shift(replace(shift_info(r).draft, day=day or r.day,
                                            caregiver_id=caregiver_id or r.caregiver_id))
                     for r in rows]
            notices = self._check(s, rows[0].center_id, moved)
            befores, afters = [], []
            for row, clean in zip(rows, moved, strict=True):
                before, after = self._write(s, row, clean)
                befores.append(before)
                afters.append(after)
        return _edit(afters, befores, notices)

    def _update(self, s: Session, row: Shift, clean: ShiftDraft) -> ShiftEdit:
        notices = self._check(s, row.center_id, [clean])
        before, after = self._write(s, row, clean)
        return _edit((after,), (before,), notices)

    def _write(self, s: Session, row: Shift, clean: ShiftDraft) -> tuple[ShiftInfo, ShiftInfo]:
        before = shift_info(row)
        row.caregiver_id, row.day = clean.caregiver_id, clean.day
        row.starts_at, row.ends_at = clean.starts_at, clean.ends_at
        row.program_id, row.note = clean.program_id, clean.note
        after = ShiftInfo(row.id, row.center_id, clean)
        audit.record(s, actor=self._actor, entity="shift", entity_id=row.id,
                     action="update", before=_view(before), after=_view(after))
        return before, after

    def delete_shift(self, shift_id: int) -> ShiftEdit:
        return self.delete_shifts([shift_id])

    def delete_shifts(self, shift_ids: list[int]) -> ShiftEdit:
        with self._db.unit_of_work() as s:
            removed = self._delete(s, shift_ids)
        return _edit((), removed)

    def undo(self, edit: ShiftEdit) -> ShiftEdit:
        """Takes back what `edit` added and restores what it removed (same ids: they were
        handed out before, so PostgreSQL's sequence is already past them); returns the edit
        that redoes it."""
        with self._db.unit_of_work() as s:
            gone = self._delete(s, [i.id for i in edit.added])
            if edit.removed:
                s.execute(insert(Shift), [dict(id=i.id, center_id=i.center_id,
                                               **_columns(i.draft)) for i in edit.removed])
                for i in edit.removed:
                    audit.record(s, actor=self._actor, entity="shift", entity_id=i.id,
                                 action="restore", after=_view(i))
        return _edit(edit.removed, gone)

    # -- many at once --------------------------------------------------------------------
    def apply_template(self, center_id: int, template_id: int, caregiver_ids: list[int],
                       days: list[dt.date], program_id: int | None = None) -> ShiftEdit:
        with self._db.unit_of_work() as s:
            t = s.get(ShiftTemplate, template_id)
            if t is None or t.center_id != center_id:
                raise UserError(N_("This shift template no longer exists."))
            drafts = [validate_shift(ShiftDraft(cid, day, t.starts_at, t.ends_at, program_id))
                      for cid in caregiver_ids for day in days]
            notices = self._check(s, center_id, drafts)
            added = self._insert(s, center_id, drafts, "template")
        return _edit(added, (), notices)

    def copy_week(self, center_id: int, from_day: dt.date, to_day: dt.date) -> ShiftEdit:
        """Every shift of the week (Monday to Sunday) holding from_day, to the week holding
        to_day, on the same weekdays."""
        source = from_day - dt.timedelta(days=from_day.weekday())
        target = to_day - dt.timedelta(days=to_day.weekday())
        if source == target:
            raise ValidationError(N_("Copy the week to another week."), field="to")
        offset = target - source
        with self._db.unit_of_work() as s:
            rows = s.scalars(select(Shift).where(
                Shift.center_id == center_id, Shift.day >= source,
                Shift.day <= source + dt.timedelta(days=6)).order_by(Shift.day, Shift.id))
            drafts = [replace(shift_info(r).draft, day=r.day + offset) for r in rows]
            if not drafts:
                raise UserError(N_("The week of {date} has no shifts to copy."),
                                date=source.isoformat())
            notices = self._check(s, center_id, drafts)
            added = self._insert(s, center_id, drafts, "copy")
        return _edit(added, (), notices)

    def repeat_until(self, shift_id: int, until: dt.date, every_days: int = 7) -> ShiftEdit:
        """The shift again every `every_days` days (a week by default) up to `until`."""
        if every_days < 1:
            raise ValidationError(N_("Use a number from {low} to {high}."), field="every",
                                  low=1, high=31)
        with self._db.unit_of_work() as s:
            row = self._row(s, shift_id)
            first = row.day + dt.timedelta(days=every_days)
            if until < first:
                raise ValidationError(N_("Repeat until a date after {date}."), field="until",
                                      date=first.isoformat())
            if (until - row.day).days > MAX_REPEAT_DAYS:
                raise ValidationError(N_("A range of dates may cover at most {days} days."),
                                      field="until", days=MAX_REPEAT_DAYS)
            base = shift_info(row).draft
            drafts = []
            day = first
            while day <= until:
                drafts.append(replace(base, day=day))
                day += dt.timedelta(days=every_days)
            notices = self._check(s, row.center_id, drafts)
            added = self._insert(s, row.center_id, drafts, "repeat")
        return _edit(added, (), notices)

    # -- templates -----------------------------------------------------------------------
    def templates(self, center_id: int) -> list[TemplateInfo]:
        with self._db.read() as s:
            return [TemplateInfo(t.id, t.name, t.starts_at, t.ends_at) for t in s.scalars(
                select(ShiftTemplate).where(ShiftTemplate.center_id == center_id)
                .order_by(ShiftTemplate.starts_at, ShiftTemplate.name))]

    def add_template(self, center_id: int, name: str, starts_at: dt.time, ends_at: dt.time
                     ) -> Outcome[TemplateInfo]:
        name = clean_name(name)
        check_times(starts_at, ends_at)
        with self._db.unit_of_work() as s:
            if s.scalars(select(ShiftTemplate.id).where(
                    ShiftTemplate.center_id == center_id, ShiftTemplate.name == name)).first():
                raise ValidationError(N_("There is already a template called {name}."),
                                      field="name", name=name)
            row = ShiftTemplate(center_id=center_id, name=name, starts_at=starts_at,
                                ends_at=ends_at)
            s.add(row)
            s.flush()
            audit.record(s, actor=self._actor, entity="shift_template", entity_id=row.id,
                         action="add", after={"name": name, "starts_at": starts_at,
                                              "ends_at": ends_at})
            out = TemplateInfo(row.id, name, starts_at, ends_at)
        return Outcome(out, Changes.of(Area.SHIFTS))

    # -- helpers -------------------------------------------------------------------------
    @staticmethod
    def _row(s: Session, shift_id: int) -> Shift:
        row = s.get(Shift, shift_id)
        if row is None:
            raise UserError(N_("This shift no longer exists."))
        return row

    @staticmethod
    def _check(s: Session, center_id: int, drafts: list[ShiftDraft]) -> list[Notice]:
        """Refuses an unknown caregiver or program; warns of a date outside every program.

        A shift on a day outside every program is allowed, with a warning: staff prepare a
        term before it starts and train between programs. It shows as a "closed day"
        conflict until a program covers it, so it is never silently planned.
        """
        ids = {d.caregiver_id for d in drafts}
        lock_caregivers(s, ids)  # another PC's edit of these caregivers' shifts waits
        known = set(s.scalars(select(Caregiver.id).where(Caregiver.center_id == center_id,
                                                         Caregiver.id.in_(ids))))
        if ids - known:
            raise UserError(N_("No such caregiver (id {id}) in this center."),
                            id=min(ids - known))
        programs = s.execute(select(Program.id, Program.first_day, Program.last_day)
                             .where(Program.center_id == center_id)).all()
        pids = {p.id for p in programs}
        notices = []
        warned: set[dt.date] = set()
        for d in drafts:
            if d.program_id is not None and d.program_id not in pids:
                raise UserError(N_("No such program (id {id}) in this center."),
                                id=d.program_id)
            if d.day not in warned and not any(p.first_day <= d.day <= p.last_day
                                               for p in programs):
                warned.add(d.day)
                notices.append(Notice(N_("No program runs on {date}: the shift is saved, "
                                         "and shown as on a closed day."),
                                      {"date": d.day.isoformat()}))
        return notices

    def _insert(self, s: Session, center_id: int, drafts: list[ShiftDraft], action: str
                ) -> list[ShiftInfo]:
        out = []
        for d in drafts:
            row = Shift(center_id=center_id, **_columns(d))
            s.add(row)
            s.flush()
            info = ShiftInfo(row.id, center_id, d)
            audit.record(s, actor=self._actor, entity="shift", entity_id=row.id,
                         action=action, after=_view(info))
            out.append(info)
        return out

    def _delete(self, s: Session, shift_ids: list[int]) -> list[ShiftInfo]:
        if not shift_ids:
            return []
        rows = list(s.scalars(select(Shift).where(Shift.id.in_(shift_ids))))
        if len(rows) != len(set(shift_ids)):
            raise UserError(N_("This shift no longer exists."))
        lock_caregivers(s, {r.caregiver_id for r in rows})
        out = [shift_info(r) for r in rows]
        for info in out:
            audit.record(s, actor=self._actor, entity="shift", entity_id=info.id,
                         action="delete", before=_view(info))
        s.execute(delete(Shift).where(Shift.id.in_(shift_ids)))
        return out


def _columns(d: ShiftDraft) -> dict:
    return dict(caregiver_id=d.caregiver_id, day=d.day, starts_at=d.starts_at,
                ends_at=d.ends_at, program_id=d.program_id, note=d.note)
