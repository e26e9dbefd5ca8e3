"""Which child on the roster an import row names: by child id, name + birth date, name + phone."""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from sqlalchemy import select

from asc_desk.db.models import Child, ChildGuardian, Guardian
from asc_desk.domain.errors import N_, UserError, ValidationError
from asc_desk.domain.roster import ChildDraft, canonical_name


class Stored(NamedTuple):
    id: int
    name: str  # canonical form
    birth_date: dt.date | None
    external_id: str


class Match(NamedTuple):
    child_id: int | None  # None: a new child (or a refused row, see error)
    external_id: str = ""  # the id as stored, when the row's lost its leading zeros
    note: UserError | None = None  # what the preview should say about the match
    error: ValidationError | None = None  # the row names another child: refused


_NON_DIGITS = re.compile(r"\D+")
_MIN_PHONE_DIGITS = 7  # shorter: not a number that tells one family from another


def phone_digits(phone: str) -> str:
    """A phone as its digits, without China's +86 / 0086: "138 0013 8053", "+86 13800138053"
    and "138-0013-8053" are one number."""
    digits = _NON_DIGITS.sub("", phone or "")
    if len(digits) == 13 and digits.startswith("86"):
        return digits[2:]
    if len(digits) == 15 and digits.startswith("0086"):
        return digits[4:]
    return digits


class RosterKeys:
    """The center's children by the keys an import row may name them by: only the columns
    that match a row to a child (the guardians' phones read once a row needs them)."""

    def __init__(self, s, center_id: int) -> None:
        self._s, self._center_id = s, center_id
        rows = s.execute(select(Child.id, Child.external_id, Child.name,
                                Child.birth_date).where(Child.center_id == center_id)).all()
        # Names saved before the middle dot had one form (阿依古丽•买买提) match in canonical form.
        self._children = [Stored(r.id, canonical_name(r.name), r.birth_date, r.external_id or "")
                          for r in rows]
        self._by_external = {c.external_id: c for c in self._children if c.external_id}
        self._by_name_birth = {(c.name, c.birth_date): c for c in self._children
                               if c.birth_date}
        self._by_name_phone: dict[tuple[str, str], Stored] | None = None
        # Cheap tests that spare most rows of a large file (new children) the phone lookup.
        self._names = {c.name for c in self._children}
        self._undated = {c.name for c in self._children if c.birth_date is None}
        self._padded = {c.external_id.lstrip("0"): c for c in self._children
                        if c.external_id.startswith("0")}

    def _name_phone(self) -> dict[tuple[str, str], Stored]:
        if self._by_name_phone is None:
            by_id = {c.id: c for c in self._children}
            found: dict[tuple[str, str], Stored] = {}
            for child_id, phone in self._s.execute(
                    select(ChildGuardian.child_id, Guardian.phone)
                    .join(Guardian, Guardian.id == ChildGuardian.guardian_id)
                    .where(Guardian.center_id == self._center_id, Guardian.phone != "")):
                digits = phone_digits(phone)
                child = by_id.get(child_id)
                if child is not None and len(digits) >= _MIN_PHONE_DIGITS:
                    found.setdefault((child.name, digits), child)
            self._by_name_phone = found
        return self._by_name_phone

    def _by_phone(self, draft: ChildDraft) -> Stored | None:
        """The child of this name one of whose guardians has a phone of the row's guardian."""
        for g in draft.guardians:
            digits = phone_digits(g.phone)
            if len(digits) >= _MIN_PHONE_DIGITS:
                found = self._name_phone().get((draft.name, digits))
                if found is not None:
                    return found
        return None

    def _without_id(self, draft: ChildDraft) -> Stored | None:
        """The child the row names by name and birth date, else by name and a guardian's
        phone (a row without a birth date, or a child stored without one)."""
        if draft.birth_date:
            found = self._by_name_birth.get((draft.name, draft.birth_date))
            if found is not None or draft.name not in self._undated:
                return found
        if draft.name not in self._names:
            return None
        found = self._by_phone(draft)
        if found is not None and (draft.birth_date is None or found.birth_date is None):
            return found
        return None

    def match(self, number: int, draft: ChildDraft) -> Match:
        """The child row `number` (a validated draft) names, or why it may name none."""
        if not draft.external_id:
            found = self._without_id(draft)
            return Match(found.id if found else None)
        stored = self._by_external.get(draft.external_id)
        if stored is None:
            # Excel turns 0034 into the number 34: the same child by name and birth date (or
            # phone) whose id is the row's with zeros in front is that child, not a new one.
            padded = self._padded.get(draft.external_id.lstrip("0"))
            found = self._without_id(draft) if padded is not None else None
            if found is not None and found is padded:
                return Match(found.id, found.external_id, UserError(
                    N_("Row {row}: child number {given} is {stored} on the roster ({name}): "
                       "Excel drops leading zeros; the row updates that child."),
                    row=number, given=draft.external_id, stored=found.external_id,
                    name=found.name))
            return Match(None)
        if stored.name == draft.name:
            return Match(stored.id)
        if draft.birth_date is not None and draft.birth_date == stored.birth_date:
            return Match(stored.id, note=UserError(
                N_("Row {row}: renamed {old} → {new} (same child number and birth date)."),
                row=number, old=stored.name, new=draft.name))
        # HR's row numbers headed 编号 are renumbered every month: the number now belongs
        # to another child, and taking it would give this row's name and parents to them.
        if stored.birth_date is not None:
            return Match(None, error=ValidationError(
                N_("Child number {id} on the roster is {name} ({birth}); this row is "
                   "{row_name}. A child number is never reused: if this column holds row "
                   "numbers, head it 序号 (it is then not read); a renamed child keeps the "
                   "birth date."), field="child_id", id=draft.external_id, name=stored.name,
                birth=stored.birth_date.isoformat(), row_name=draft.name))
        return Match(None, error=ValidationError(
            N_("Child number {id} on the roster is {name}; this row is {row_name}. A child "
               "number is never reused: if this column holds row numbers, head it 序号 (it is "
               "then not read); a renamed child needs the birth date on the roster and in the "
               "file."), field="child_id", id=draft.external_id, name=stored.name,
            row_name=draft.name))
