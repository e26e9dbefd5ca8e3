"""New children written in bulk (an import, demo data): column by column, with their audit lines
made from the same values."""

from __future__ import annotations

import datetime as dt
import json.encoder
import secrets
from collections.abc import Callable, Sequence
from operator import attrgetter
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from asc_desk.db.bulk import insert_columns, insert_columns_ids, json_text
from asc_desk.db.models import (
    AuthorizedPickup,
    Child,
    ChildGuardian,
    Enrollment,
    Guardian,
    table_of,
)
from asc_desk.db.utc_datetime import utc_now
from asc_desk.domain.actor import ActorProvider
from asc_desk.domain.name_search import name_keys
from asc_desk.domain.roster import ChildDraft, EnrollmentDraft, GuardianDraft, PickupDraft
from asc_desk.services import audit
from asc_desk.services.roster.roster_service import (
    CARD_ALPHABET,
    CARD_LENGTH,
    audit_view,
    taken_card_codes,
)

_CHILD = attrgetter("name", "external_id", "gender", "birth_date", "school", "grade",
                    "allergies", "medical_notes", "guardians", "pickups", "enrollments")
_GUARDIAN = attrgetter("name", "phone", "employee_id", "department", "workshop",
                       "shift_pattern", "shift_start", "shift_end")
_ENROLLMENT = attrgetter("program_id", "from_date", "to_date", "weekdays", "agreement_signed_on",
                         "insurance_policy", "insurance_expires", "insurance_company")


def add_children(s: Session, actor: str | ActorProvider, center_id: int,
                 drafts: Sequence[ChildDraft],
                 step: Callable[[float], None] = lambda part: None) -> None:
    """New children (validated drafts) by bulk inserts, each with its audit line: an HR list
    of thousands must not take minutes. `step(part)` hears how much of the writing is done."""
    if not drafts:
        return  # an empty parameter list would insert one row of defaults
    (names, external_ids, genders, births, schools, grades, allergies, medical_notes,
     guardians, pickups, enrollments) = zip(*map(_CHILD, drafts), strict=True)
    cards = _new_cards(taken_card_codes(s), len(drafts))
    now = utc_now()
    pinyins, initials = zip(*map(name_keys, names), strict=True)
    genders = tuple(map(str, genders))
    # Bulk inserts on the session's connection (db.bulk), one executemany a table.
    conn = s.connection()
    ids = insert_columns_ids(conn, table_of(Child), {
        "external_id": [e or None for e in external_ids], "name": names,
        "name_pinyin": pinyins, "name_initials": initials, "gender": genders,
        "birth_date": births, "school": schools, "grade": grades, "allergies": allergies,
        "medical_notes": medical_notes, "card_code": cards,
    }, {"center_id": center_id, "status": "active", "withdrawal_reason": "",
        "created_at": now, "updated_at": now})
    step(0.4)  # the children themselves: about 40% of the writing
    _add_guardians(conn, center_id, ids, guardians, now)
    step(0.6)
    found = [(child_id, p) for child_id, some in zip(ids, pickups, strict=True) for p in some]
    if found:
        _insert(conn, AuthorizedPickup, found, attrgetter("name", "relation", "phone", "note"),
                ("name", "relation", "phone", "note"))
    step(0.7)
    _insert(conn, Enrollment, [(child_id, e) for child_id, some in zip(ids, enrollments,
                                                                        strict=True)
                               for e in some], _ENROLLMENT,
            ("program_id", "from_date", "to_date", "weekdays", "agreement_signed_on",
             "insurance_policy", "insurance_expires", "insurance_company"))
    step(0.8)
    audit.record_texts(s, actor=actor, entity="child", action="import", entity_ids=ids,
                       afters=_audit_texts(drafts, names, external_ids, genders, births,
                                           schools, grades, allergies, medical_notes,
                                           guardians, pickups, enrollments))
    step(1.0)


def _insert(conn: Connection, model: type, rows: list[tuple[int, Any]],
            fields: Callable[[Any], tuple], keys: tuple[str, ...]) -> None:
    """(child id, part) rows into the part's table, the part's `fields` as columns `keys`."""
    if not rows:
        return
    child_ids, parts = zip(*rows, strict=True)
    columns = dict(zip(keys, zip(*map(fields, parts), strict=True), strict=True))
    insert_columns(conn, table_of(model), {"child_id": child_ids, **columns})


def _add_guardians(conn: Connection, center_id: int, ids: Sequence[int],
                   guardians: Sequence[tuple[GuardianDraft, ...]], now: dt.datetime) -> None:
    """The children's guardians and their links. Siblings in one file (and parents already on
    the roster) share one guardian."""
    existing: dict[tuple, int] = {}
    for row in conn.execute(select(Guardian.id, Guardian.name, Guardian.phone,
                                   Guardian.employee_id).where(
            Guardian.center_id == center_id)):
        for key in _existing_keys(row.name, row.phone, row.employee_id):
            existing.setdefault(key, row.id)
    wanted: dict[tuple, GuardianDraft] = {}
    links = []
    for child_id, some in zip(ids, guardians, strict=True):
        for position, g in enumerate(some):
            key = _gkey(g)
            wanted.setdefault(key, g)
            links.append((child_id, key, g.relation, g.may_pick_up, position))
    if not links:
        return
    guardian_ids = {key: existing[key] for key in wanted if key in existing}
    new = [(key, g) for key, g in wanted.items() if key not in guardian_ids]
    if new:
        keys, drafts = zip(*new, strict=True)
        (names, phones, employee_ids, departments, workshops, shifts, starts,
         ends) = zip(*map(_GUARDIAN, drafts), strict=True)
        # One executemany, the ids known from it (db.bulk), in the rows' order.
        guardian_ids.update(zip(keys, insert_columns_ids(conn, table_of(Guardian), {
            "name": names, "phone": phones, "employee_id": employee_ids,
            "department": departments, "workshop": workshops,
            "shift_pattern": list(map(str, shifts)), "shift_start": starts,
            "shift_end": ends}, {"center_id": center_id, "created_at": now,
                                 "updated_at": now}), strict=True))
    child_ids, link_keys, relations, may_pick_up, positions = zip(*links, strict=True)
    insert_columns(conn, table_of(ChildGuardian), {
        "child_id": child_ids, "guardian_id": list(map(guardian_ids.__getitem__, link_keys)),
        "relation": relations, "may_pick_up": may_pick_up, "position": positions})


def _gkey(g: GuardianDraft) -> tuple:
    # The same name with the same phone (else employee id) is the same person; a guardian
    # with neither stays one per child (nothing says two such entries are one person).
    if g.phone:
        return (g.name, "phone", g.phone)
    if g.employee_id:
        return (g.name, "employee", g.employee_id)
    return (g.name, "alone", id(g))


def _existing_keys(name: str, phone: str, employee_id: str) -> list[tuple]:
    """The keys (as _gkey makes them) of a guardian already on the roster."""
    keys = []
    if phone:
        keys.append((name, "phone", phone))
    if employee_id:
        keys.append((name, "employee", employee_id))
    return keys


# -- the audit line of each new child: audit_view's JSON, made from the same values ------
_STRING: Callable[[str], str] = json.encoder.encode_basestring_ascii  # json.dumps' own (C)


def _scalar(value: Any) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    return int.__repr__(value) if value.__class__ is int else json_text(value)


def _guardian_text(g: GuardianDraft) -> str:
    return (f"[{_STRING(g.name)}, {_STRING(g.relation)}, {_STRING(g.phone)}, "
            f"{_STRING(g.employee_id)}, {_STRING(g.department)}, {_STRING(g.workshop)}, "
            f"{_scalar(g.may_pick_up)}, {_STRING(str(g.shift_pattern))}]")


def _pickup_text(p: PickupDraft) -> str:
    return f"[{_STRING(p.name)}, {_STRING(p.relation)}, {_STRING(p.phone)}, {_STRING(p.note)}]"


def _enrollment_text(e: EnrollmentDraft) -> str:
    to_date = _STRING(e.to_date.isoformat()) if e.to_date else "null"
    return (f"[{_scalar(e.program_id)}, {_STRING(e.from_date.isoformat())}, {to_date}, "
            f"{_scalar(e.weekdays)}, {_STRING(e.insurance_company)}, "
            f"{_STRING(e.insurance_policy)}]")


def _list_text(items: tuple, text: Callable[[Any], str]) -> str:
    if not items:
        return "[]"
    if len(items) == 1:
        return f"[{text(items[0])}]"
    return "[" + ", ".join(map(text, items)) + "]"


def _guardian_list(guardians: tuple) -> str:
    if len(guardians) == 1:  # most children, one call less
        return f"[{_guardian_text(guardians[0])}]"
    return _list_text(guardians, _guardian_text)


class _Texts(dict):
    """A part shared by many children (an import's rows share their enrollments and have
    few birth dates) → its text, made once: by identity, the part kept alive with it."""

    def __init__(self, text: Callable[[Any], str]) -> None:
        super().__init__()
        self._text = text

    def __call__(self, part: Any) -> str:
        found = self.get(id(part))
        if found is None or found[0] is not part:
            found = self[id(part)] = (part, self._text(part))
        return found[1]


def _audit_texts(drafts: Sequence[ChildDraft], names: Sequence[str],
                 external_ids: Sequence[str], genders: Sequence[str],
                 births: Sequence[dt.date | None], schools: Sequence[str],
                 grades: Sequence[str], allergies: Sequence[str], medical_notes: Sequence[str],
                 guardians: Sequence[tuple], pickups: Sequence[tuple],
                 enrollments: Sequence[tuple]) -> list[str]:
    """[json_text(audit_view(d)) for d in drafts], the same texts, made from the values the
    children's rows took (a third of the time). A draft with a value of a type the view does
    not expect goes the long way."""
    dates = _Texts(lambda day: _STRING(day.isoformat()) if day else "null")
    enrollment_texts = _Texts(lambda parts: _list_text(parts, _enrollment_text))
    texts = []
    for (draft, name, external_id, gender, birth, school, grade, allergy, medical,
         some_guardians, some_pickups, some_enrollments) in zip(
            drafts, names, external_ids, genders, births, schools, grades, allergies,
            medical_notes, guardians, pickups, enrollments, strict=True):
        try:
            texts.append(
                f'{{"name": {_STRING(name)}, "external_id": {_STRING(external_id)}, '
                f'"gender": {_STRING(gender)}, "birth_date": {dates(birth)}, '
                f'"school": {_STRING(school)}, "grade": {_STRING(grade)}, '
                f'"allergies": {_SET if allergy else _EMPTY}, '
                f'"medical_notes": {_SET if medical else _EMPTY}, '
                f'"guardians": {_guardian_list(some_guardians)}, '
                f'"pickups": {_list_text(some_pickups, _pickup_text) if some_pickups else "[]"}, '
                f'"enrollments": {enrollment_texts(some_enrollments)}}}')
        except (TypeError, AttributeError):
            texts.append(json_text(audit_view(draft)))
    return texts


_SET, _EMPTY = _STRING("(set)"), _STRING("")


def audit_texts(drafts: Sequence[ChildDraft]) -> list[str]:
    """The audit lines add_children writes for new children: json_text(audit_view(d))."""
    if not drafts:
        return []
    columns = list(zip(*map(_CHILD, drafts), strict=True))
    columns[2] = tuple(map(str, columns[2]))
    return _audit_texts(drafts, *columns)


# Bytes 0-249 fall evenly on the card alphabet's 25 letters (250 = 10 x 25) and 250-255 are
# dropped, so every letter is as likely as with secrets.choice, for one call per batch of
# codes instead of one a letter (80,000 calls for an HR list of 10,000).
_CARD_LETTERS = bytes(ord(CARD_ALPHABET[b % len(CARD_ALPHABET)]) for b in range(256))
_CARD_DROPPED = bytes(range(256 - 256 % len(CARD_ALPHABET), 256))


def _new_cards(taken: set[str], count: int) -> list[str]:
    """`count` new random card codes, none in `taken` nor twice (taken is added to)."""
    cards: list[str] = []
    while len(cards) < count:
        raw = secrets.token_bytes((count - len(cards)) * CARD_LENGTH * 2)
        letters = raw.translate(_CARD_LETTERS, _CARD_DROPPED).decode("ascii")
        for start in range(0, len(letters) - CARD_LENGTH + 1, CARD_LENGTH):
            code = letters[start:start + CARD_LENGTH]
            if code not in taken:
                taken.add(code)
                cards.append(code)
                if len(cards) == count:
                    break
    return cards
