"""The roster: children, their guardians and pickups, enrollments; search, withdraw, re-enroll."""

from __future__ import annotations

import datetime as dt
import enum
import secrets
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from asc_desk.db.db_errors import violated_unique
from asc_desk.db.models import (
    AuthorizedPickup,
    Caregiver,
    Child,
    ChildGuardian,
    Enrollment,
    Guardian,
    Program,
    RevokedCard,
)
from asc_desk.db.row_locks import lock_center, lock_children
from asc_desk.domain.actor import ActorProvider, as_provider
from asc_desk.domain.changes import NO_CHANGES, Area, Changes
from asc_desk.domain.errors import N_, UserError, ValidationError
from asc_desk.domain.name_forms import name_spellings
from asc_desk.domain.name_search import name_keys, normalize_query
from asc_desk.domain.notices import Notice
from asc_desk.domain.photo import check_photo, photo_label
from asc_desk.domain.roster import (
    ChildDraft,
    EnrollmentDraft,
    Gender,
    GuardianDraft,
    PickupDraft,
    ShiftPattern,
    canonical_name,
    insurance_problem,
    keep_what_is_held,
    validate_child,
)
from asc_desk.services import audit
from asc_desk.services.attendance.revoked_cards import check_not_revoked, revoked_card_refusal
from asc_desk.services.database import Database
from asc_desk.services.font_coverage import missing_characters
from asc_desk.services.roster.roster_list import RosterRow, read_roster

CARD_ALPHABET = "ACDEFGHJKLMNPQRTUVWXY3479"  # no look-alikes (0/O, 1/I, 5/S, 8/B, 2/Z)
CARD_LENGTH = 8


@dataclass(frozen=True)
class ChildRecord:
    id: int
    card_code: str
    status: str
    withdrawn_on: dt.date | None
    withdrawal_reason: str
    draft: ChildDraft
    program_names: dict[int, str]
    photo: bytes | None = None


ROSTER_CHANGED = Changes(Area.ROSTER)


@dataclass(frozen=True)
class SavedChild:
    record: ChildRecord
    notices: tuple[Notice, ...]
    before: ChildRecord | None = None  # the record replaced (None: a new child): for undo
    changes: Changes = ROSTER_CHANGED


@dataclass(frozen=True)
class ChildChange:
    """A withdrawal, a re-enrollment or a restore: the record after and before it (what
    restore_child needs to undo it), and the areas it touched."""

    record: ChildRecord
    before: ChildRecord
    changes: Changes = ROSTER_CHANGED


@dataclass(frozen=True)
class KnownGuardian:
    """A guardian already on the roster, as a form naming them is told: their details and
    whose guardian they are ((child id, child's name, relation), by name)."""

    guardian: GuardianDraft
    children: tuple[tuple[int, str, str], ...]


class Keep(enum.Enum):
    """save_child's photo argument when the photo stays as it is."""

    PHOTO = "keep"


KEEP = Keep.PHOTO


def new_card_code() -> str:
    return "".join(secrets.choice(CARD_ALPHABET) for _ in range(CARD_LENGTH))


def card_code_taken(s: Session, code: str) -> bool:
    """Whether a child's or a caregiver's card, or a revoked card, has `code`: the desk's one
    scan field tells children and caregivers apart by the code alone, and a revoked code
    must keep saying "revoked"."""
    return any(s.scalars(select(column).where(column == code)).first() is not None
               for column in (Child.card_code, Caregiver.card_code, RevokedCard.card_code))


def taken_card_codes(s: Session) -> set[str]:
    """Every code `card_code_taken` refuses, for making many codes at once."""
    return {code for column in (Child.card_code, Caregiver.card_code, RevokedCard.card_code)
            for code in s.scalars(select(column))}


def unique_card_code(s: Session) -> str:
    """A new card code no child, caregiver or revoked card has."""
    while True:
        code = new_card_code()
        if not card_code_taken(s, code):
            return code


def draft_of(child: Child) -> ChildDraft:
    return ChildDraft(
        name=child.name, external_id=child.external_id or "", gender=Gender(child.gender),
        birth_date=child.birth_date, school=child.school, grade=child.grade,
        allergies=child.allergies, medical_notes=child.medical_notes,
        guardians=tuple(GuardianDraft(
            link.guardian.name, link.relation, link.guardian.phone, link.guardian.employee_id,
            link.guardian.department, link.guardian.workshop, link.may_pick_up,
            ShiftPattern(link.guardian.shift_pattern), link.guardian.shift_start,
            link.guardian.shift_end) for link in child.guardian_links),
        pickups=tuple(PickupDraft(p.name, p.relation, p.phone, p.note) for p in child.pickups),
        enrollments=tuple(EnrollmentDraft(
            e.program_id, e.from_date, e.to_date, e.weekdays, e.agreement_signed_on,
            e.insurance_policy, e.insurance_expires, e.insurance_company)
            for e in child.enrollments),
    )


def audit_view(draft: ChildDraft) -> dict:
    """What the audit log keeps of a change: which fields, never the medical text itself.

    Written out by hand (not dataclasses.asdict): an import logs thousands of these."""
    return {
        "name": draft.name, "external_id": draft.external_id, "gender": str(draft.gender),
        "birth_date": draft.birth_date.isoformat() if draft.birth_date else None,
        "school": draft.school, "grade": draft.grade,
        "allergies": "(set)" if draft.allergies else "",
        "medical_notes": "(set)" if draft.medical_notes else "",
        "guardians": [[g.name, g.relation, g.phone, g.employee_id, g.department, g.workshop,
                       g.may_pick_up, str(g.shift_pattern)] for g in draft.guardians],
        "pickups": [[p.name, p.relation, p.phone, p.note] for p in draft.pickups],
        "enrollments": [[e.program_id, e.from_date.isoformat(),
                         e.to_date.isoformat() if e.to_date else None, e.weekdays,
                         e.insurance_company, e.insurance_policy] for e in draft.enrollments],
    }


def _restore_view(record: ChildRecord) -> dict:
    return {**audit_view(record.draft), "photo": photo_label(record.photo),
            "status": record.status, "on": record.withdrawn_on, "reason": record.withdrawal_reason}


def roster_loading():
    return (selectinload(Child.guardian_links).selectinload(ChildGuardian.guardian),
            selectinload(Child.pickups), selectinload(Child.enrollments))


class RosterService:
    def __init__(self, db: Database, actor: str | ActorProvider,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        self._db = db
        self._actor = as_provider(actor)
        self._today = today

    # -- reading -------------------------------------------------------------------------
    def list_roster(self, center_id: int, *, include_withdrawn: bool = False,
                    child_ids: Collection[int] | None = None,
                    progress: Callable[[int, int], None] | None = None,
                    fonts: bool = True) -> list[RosterRow]:
        """The roster's rows by name (see `roster_list.read_roster`)."""
        return read_roster(self._db, center_id, self._today,
                           include_withdrawn=include_withdrawn, child_ids=child_ids,
                           progress=progress, fonts=fonts)

    def has_children(self, center_id: int) -> bool:
        """Whether the center has any child (withdrawn ones too): one row looked at, where
        reading the roster to count it took a second at 10,000 children."""
        with self._db.read() as s:
            return s.scalar(select(Child.id).where(Child.center_id == center_id)
                            .limit(1)) is not None

    def search(self, center_id: int, text: str, *,
               include_withdrawn: bool = False) -> list[RosterRow]:
        query = normalize_query(text)
        rows = self.list_roster(center_id, include_withdrawn=include_withdrawn)
        return [r for r in rows if query in r.search] if query else rows

    def get_child(self, child_id: int) -> ChildRecord:
        with self._db.read() as s:
            return self._record(s, self._child(s, child_id))

    def check_card_not_revoked(self, center_id: int, code: str) -> None:
        """Raises RevokedCardError (when, why, whose new card) when `code` is a revoked card:
        the desk asks this for a scan that matched no child."""
        check_not_revoked(self._db, center_id, code)

    def find_child(self, center_id: int, ref: str) -> ChildRecord:
        """A card code, an external child id, or an exact name when it is unique."""
        ref = ref.strip()
        with self._db.read() as s:
            found = s.scalars(select(Child).where(
                Child.center_id == center_id,
                # A name in any of its spellings: 迪丽努尔•艾山 and 白 若曦 are the roster's
                # 迪丽努尔·艾山 and 白若曦 (the rule names are saved by).
                or_(Child.card_code == ref.upper(), Child.external_id == ref,
                    Child.name.in_(name_spellings(ref))),
            ).options(*roster_loading())).all()
            if not found:
                refusal = revoked_card_refusal(s, center_id, ref)  # an old, revoked card
                if refusal is not None:
                    raise refusal
                raise UserError(N_("No child found for “{ref}” (card code, child id or name)."),
                                ref=ref)
            exact = [c for c in found if c.card_code == ref.upper() or c.external_id == ref]
            if len(exact) == 1:
                return self._record(s, exact[0])
            if len(found) > 1:
                raise UserError(N_("{count} children are called “{ref}”: use the card code or "
                                   "the child id."), count=len(found), ref=ref)
            return self._record(s, found[0])

    def known_guardian(self, center_id: int, g: GuardianDraft) -> KnownGuardian | None:
        """The guardian on the roster that saving `g` would link to (the sibling rule of
        _guardian_for), or None: the form says so and fills in their details."""
        try:  # as saving would see them (names, phones made canonical)
            g = validate_child(ChildDraft("?", guardians=(g,)), self._today()).guardians[0]
        except ValidationError:
            return None  # a field not valid yet: it is judged when saving
        with self._db.read() as s:
            guardian = _same_guardian(s, center_id, g.name, g.phone, g.employee_id)
            if guardian is None:
                return None
            links = s.scalars(select(ChildGuardian).where(
                ChildGuardian.guardian_id == guardian.id)
                .options(selectinload(ChildGuardian.child))).all()
            return KnownGuardian(
                GuardianDraft(guardian.name, "", guardian.phone, guardian.employee_id,
                              guardian.department, guardian.workshop, True,
                              ShiftPattern(guardian.shift_pattern), guardian.shift_start,
                              guardian.shift_end),
                tuple(sorted(((link.child_id, link.child.name, link.relation)
                              for link in links), key=lambda c: (c[1], c[0]))))

    def likely_duplicates(self, center_id: int, draft: ChildDraft,
                          exclude_id: int | None = None) -> list[RosterRow]:
        """Same name and birth date, or same name and a guardian's phone: usually one child."""
        name = canonical_name(draft.name)
        phones = {g.phone.strip() for g in draft.guardians if g.phone.strip()}
        if not name:
            return []
        with self._db.read() as s:
            # The same name in any spelling of its middle dot (saved before names had one).
            spellings = {name, draft.name, *(name.replace("\u00b7", dot) for dot in
                                             ("\u2022", "\u30fb", "\u2027", "\uff0e",
                                              " \u00b7 ", "."))}
            same_name = select(Child).where(Child.center_id == center_id,
                                            Child.name.in_(sorted(spellings)))
            if exclude_id is not None:
                same_name = same_name.where(Child.id != exclude_id)
            candidates = s.scalars(same_name.options(*roster_loading())).all()
            hits = [c.id for c in candidates
                    if (draft.birth_date and c.birth_date == draft.birth_date)
                    or phones & {link.guardian.phone for link in c.guardian_links}]
        if not hits:
            return []
        return self.list_roster(center_id, include_withdrawn=True, child_ids=hits)

    # -- changing ------------------------------------------------------------------------
    def save_child(self, center_id: int, draft: ChildDraft, child_id: int | None = None, *,
                   photo: bytes | None | Keep = KEEP) -> SavedChild:
        """Add (child_id None) or replace a child's record, in one transaction; `photo` is
        new picture bytes, None to remove it, or KEEP."""
        clean = validate_child(draft, self._today())
        if isinstance(photo, bytes):
            check_photo(photo)
        try:
            with self._db.unit_of_work() as s:
                # Another desk adding a child (or an import) waits here, then sees this one's
                # child id taken; an edit waits for another desk's edit of the same child.
                if child_id is None:
                    lock_center(s, center_id)
                else:
                    lock_children(s, [child_id])
                before = (self._record(s, self._child(s, child_id))
                          if child_id is not None else None)
                child = self.write_child(s, center_id, clean, child_id, photo=photo)
                after = self._record(s, child)
                changes = ROSTER_CHANGED if after != before else NO_CHANGES
                return SavedChild(after, self._notices(clean), before, changes)
        except IntegrityError as exc:
            raise _clash(exc, clean.external_id) from None

    def write_child(self, s: Session, center_id: int, clean: ChildDraft,
                    child_id: int | None, *, photo: bytes | None | Keep = KEEP) -> Child:
        """Inside a caller's unit of work (an import writes many children in one)."""
        self._check_programs(s, center_id, clean.enrollments)
        self._check_external_id(s, center_id, clean.external_id, child_id)
        if child_id is None:
            child = Child(center_id=center_id, card_code=unique_card_code(s))
            s.add(child)
            before, old_photo = None, None
        else:
            child = self._child(s, child_id)
            before, old_photo = draft_of(child), child.photo
        new_photo = old_photo if photo is KEEP else photo
        if before == clean and new_photo == old_photo:
            return child
        self._write(s, center_id, child, clean)
        child.photo = new_photo
        s.flush()
        old_view = audit_view(before) if before else None
        new_view = audit_view(draft_of(child))  # as written: a known guardian kept details
        if new_photo != old_photo:  # only a change is logged: most saves never touch it
            new_view["photo"] = photo_label(new_photo)
            if old_view is not None:
                old_view["photo"] = photo_label(old_photo)
        audit.record(s, actor=self._actor, entity="child", entity_id=child.id,
                     action="create" if before is None else "update",
                     before=old_view, after=new_view)
        s.expire(child)
        return self._child(s, child.id)

    def withdraw(self, child_id: int, on: dt.date, reason: str) -> ChildChange:
        reason = " ".join(reason.split())
        if not reason:
            raise ValidationError(N_("Say why the child leaves."), field="withdrawal_reason")
        if len(reason) > 200:
            raise ValidationError(N_("The reason is longer than {max} characters."),
                                  field="withdrawal_reason", max=200)
        with self._db.unit_of_work() as s:
            lock_children(s, [child_id])  # a withdrawal on another desk waits, then is refused
            child = self._child(s, child_id)
            before = self._record(s, child)
            if child.status == "withdrawn":
                raise UserError(N_("{name} has already left (on {date})."), name=child.name,
                                date=child.withdrawn_on.isoformat() if child.withdrawn_on else "")
            child.status, child.withdrawn_on, child.withdrawal_reason = "withdrawn", on, reason
            for enrollment in child.enrollments:
                if enrollment.to_date is None or enrollment.to_date > on:
                    enrollment.to_date = max(on, enrollment.from_date)
            s.flush()
            audit.record(s, actor=self._actor, entity="child", entity_id=child.id,
                         action="withdraw", before={"status": "active", "on": None,
                                                    "reason": ""},
                         after={"status": "withdrawn", "on": on.isoformat(), "reason": reason})
            return ChildChange(self._record(s, child), before)

    def reenroll(self, child_id: int) -> ChildChange:
        """Active again; the enrollments are edited afterwards in the child's form."""
        with self._db.unit_of_work() as s:
            lock_children(s, [child_id])
            child = self._child(s, child_id)
            if child.status == "active":
                raise UserError(N_("{name} is already on the roster."), name=child.name)
            old = self._record(s, child)
            before = {"status": child.status, "on": child.withdrawn_on.isoformat()
                      if child.withdrawn_on else None, "reason": child.withdrawal_reason}
            child.status, child.withdrawn_on, child.withdrawal_reason = "active", None, ""
            s.flush()
            audit.record(s, actor=self._actor, entity="child", entity_id=child.id,
                         action="reenroll", before=before,
                         after={"status": "active", "on": None, "reason": ""})
            return ChildChange(self._record(s, child), old)

    def restore_child(self, center_id: int, to: ChildRecord,
                      expected: ChildRecord) -> ChildChange:
        """Put a child's record back as it was (`to`: an undo or a redo of an edit, a
        withdrawal or a re-enrollment), in one transaction; refused when the record is no
        longer `expected` (another desk changed it meanwhile)."""
        with self._db.unit_of_work() as s:
            lock_children(s, [to.id])  # "changed meanwhile" must see the other desk's change
            child = self._child(s, to.id)
            current = self._record(s, child)
            if current != expected:
                raise UserError(N_("{name}'s record was changed meanwhile (on another desk?): "
                                   "it was not changed back."), name=current.draft.name)
            if current == to:
                return ChildChange(current, current, NO_CHANGES)
            self._check_external_id(s, center_id, to.draft.external_id, child.id)
            self._check_programs(s, center_id, to.draft.enrollments)
            self._write(s, center_id, child, to.draft, exact=True)
            child.status, child.withdrawn_on = to.status, to.withdrawn_on
            child.withdrawal_reason, child.photo = to.withdrawal_reason, to.photo
            s.flush()
            audit.record(s, actor=self._actor, entity="child", entity_id=child.id,
                         action="restore", before=_restore_view(current),
                         after=_restore_view(to))
            s.expire(child)
            return ChildChange(self._record(s, self._child(s, child.id)), current)

    # -- helpers -------------------------------------------------------------------------
    def _notices(self, draft: ChildDraft) -> tuple[Notice, ...]:
        notices = []
        names = [draft.name, *(g.name for g in draft.guardians), *(p.name for p in draft.pickups)]
        missing = "".join(dict.fromkeys("".join(missing_characters(n) for n in names)))
        # Each character with its code point: the screen may show it as a box too.
        shown = "、".join(f"{ch} (U+{ord(ch):04X})" for ch in missing)
        if len(missing) == 1:
            notices.append(Notice(N_("The printed sheets cannot show {chars}: the font has no "
                                     "such character. Add a note (e.g. its pinyin) so nobody "
                                     "misreads the name."), {"chars": shown}))
        elif missing:
            notices.append(Notice(N_("The printed sheets cannot show these {count} characters: "
                                     "{chars}; no bundled font has them. Add a note (e.g. their "
                                     "pinyin) so nobody misreads the name."),
                                  {"chars": shown, "count": len(missing)}))
        today = self._today()
        for e in draft.enrollments:
            if e.to_date is not None and e.to_date < today:
                continue
            problem = insurance_problem(e, today)
            if problem == "missing":
                notices.append(Notice(N_("No accident insurance is recorded for an enrollment.")))
            elif problem == "expired":
                assert e.insurance_expires is not None  # "expired" is said of a date only
                notices.append(Notice(N_("The accident insurance expired on {date}."),
                                      {"date": e.insurance_expires.isoformat()}))
        return tuple(notices)

    @staticmethod
    def _child(s: Session, child_id: int) -> Child:
        child = s.scalars(select(Child).where(Child.id == child_id)
                          .options(*roster_loading())).first()
        if child is None:
            raise UserError(N_("The child is no longer on the roster."))
        return child

    @staticmethod
    def _record(s: Session, child: Child) -> ChildRecord:
        ids = {e.program_id for e in child.enrollments}
        names = dict(s.execute(select(Program.id, Program.name).where(Program.id.in_(ids)))
                     .all()) if ids else {}
        return ChildRecord(child.id, child.card_code, child.status, child.withdrawn_on,
                           child.withdrawal_reason, draft_of(child), names, child.photo)

    @staticmethod
    def _check_programs(s: Session, center_id: int, enrollments: Iterable[EnrollmentDraft]):
        ids = {e.program_id for e in enrollments}
        if not ids:
            return
        known = set(s.scalars(select(Program.id).where(Program.center_id == center_id,
                                                       Program.id.in_(ids))))
        if ids - known:
            raise ValidationError(N_("The program no longer exists."), field="enrollments")

    @staticmethod
    def _check_external_id(s: Session, center_id: int, external_id: str,
                           child_id: int | None) -> None:
        if not external_id:
            return
        clash = s.scalars(select(Child).where(Child.center_id == center_id,
                                              Child.external_id == external_id)).first()
        if clash is not None and clash.id != child_id:
            raise ValidationError(N_("The child id {id} is already used by {name}."),
                                  field="external_id", id=external_id, name=clash.name)

    def _write(self, s: Session, center_id: int, child: Child, draft: ChildDraft, *,
               exact: bool = False) -> None:
        """`draft` onto `child`. A guardian already on the roster but new to this child keeps
        what the draft leaves empty (keep_what_is_held) unless `exact` (an undo putting a
        whole record back)."""
        child.name, child.external_id = draft.name, draft.external_id or None
        child.name_pinyin, child.name_initials = name_keys(draft.name)
        child.gender, child.birth_date = str(draft.gender), draft.birth_date
        child.school, child.grade = draft.school, draft.grade
        child.allergies, child.medical_notes = draft.allergies, draft.medical_notes
        old_links = {link.guardian_id: link for link in child.guardian_links}
        linked = frozenset(old_links)
        links = []
        for position, g in enumerate(draft.guardians):
            guardian = self._guardian_for(s, center_id, g, keep_held=not exact,
                                          linked=linked)
            link = old_links.pop(guardian.id, None) or ChildGuardian(guardian=guardian)
            link.relation, link.may_pick_up, link.position = g.relation, g.may_pick_up, position
            links.append(link)
        child.guardian_links = links
        child.pickups = [AuthorizedPickup(name=p.name, relation=p.relation, phone=p.phone,
                                          note=p.note) for p in draft.pickups]
        child.enrollments = [Enrollment(
            program_id=e.program_id, from_date=e.from_date, to_date=e.to_date,
            weekdays=e.weekdays, agreement_signed_on=e.agreement_signed_on,
            insurance_company=e.insurance_company, insurance_policy=e.insurance_policy,
            insurance_expires=e.insurance_expires)
            for e in draft.enrollments]
        s.flush()
        for guardian_id in old_links:
            self._drop_if_orphan(s, guardian_id)

    @staticmethod
    def _guardian_for(s: Session, center_id: int, g: GuardianDraft, *, keep_held: bool,
                      linked: Collection[int]) -> Guardian:
        """Siblings share their parent: the same name with the same phone or employee id is
        the same guardian. One already on the roster and not among `linked` (the child's
        guardians before this write) keeps what `g` leaves empty when `keep_held`: the form
        that named them for this child never showed their details."""
        guardian = _same_guardian(s, center_id, g.name, g.phone, g.employee_id)
        if guardian is None:
            guardian = Guardian(center_id=center_id, name=g.name)
            s.add(guardian)
        elif keep_held and guardian.id not in linked:
            g = keep_what_is_held(g, GuardianDraft(
                guardian.name, g.relation, guardian.phone, guardian.employee_id,
                guardian.department, guardian.workshop, g.may_pick_up,
                ShiftPattern(guardian.shift_pattern), guardian.shift_start, guardian.shift_end))
        guardian.phone, guardian.employee_id = g.phone, g.employee_id
        guardian.department, guardian.workshop = g.department, g.workshop
        guardian.shift_pattern = str(g.shift_pattern)
        guardian.shift_start, guardian.shift_end = g.shift_start, g.shift_end
        return guardian

    @staticmethod
    def _drop_if_orphan(s: Session, guardian_id: int) -> None:
        # A guardian no child refers to is personal data kept for nothing.
        if s.scalars(select(ChildGuardian).where(
                ChildGuardian.guardian_id == guardian_id).limit(1)).first() is None:
            guardian = s.get(Guardian, guardian_id)
            if guardian is not None:
                s.delete(guardian)


def _same_guardian(s: Session, center_id: int, name: str, phone: str,
                   employee_id: str) -> Guardian | None:
    """Siblings share their parent: the same name with the same phone or employee id."""
    same = [Guardian.phone == phone] if phone else []
    if employee_id:
        same.append(Guardian.employee_id == employee_id)
    if not same:
        return None
    return s.scalars(select(Guardian).where(
        Guardian.center_id == center_id, Guardian.name == name, or_(*same))
        .order_by(Guardian.id)).first()


def _clash(exc: IntegrityError, external_id: str) -> Exception:
    """The last line behind the locks: a child id or a card code taken by another desk's
    write at the same moment is a plain refusal, not "something went wrong"."""
    constraint = violated_unique(exc)
    if constraint == "uq_child_center_external_id":
        return ValidationError(N_("The child id {id} was just taken by another child (saved "
                                  "on another desk?). Nothing was saved."),
                               field="external_id", id=external_id)
    if constraint == "uq_child_card_code":
        return UserError(N_("Another desk saved a child at the same moment. Nothing was saved; "
                            "save again."))
    return exc
