"""A child as entered (form, import): guardians, authorized pickups, enrollments, and the rules."""

from __future__ import annotations

import datetime as dt
import enum
import operator
import re
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from functools import cache, partial
from typing import Any, TypeVar

from asc_desk.domain.errors import N_, ValidationError
from asc_desk.domain.program import ALL_WEEKDAYS

_Draft = TypeVar("_Draft")
NAME_MAX = 50
TEXT_MAX = {"school": 100, "grade": 30, "allergies": 500, "medical_notes": 1000,
            "external_id": 32, "relation": 20, "phone": 20, "employee_id": 32,
            "department": 100, "workshop": 100, "note": 100, "insurance_policy": 50,
            "insurance_company": 100, "withdrawal_reason": 200}
# Control characters (NUL, escapes; tabs and line breaks are whitespace, joined or kept) and
# the bidi controls that reorder text on screen (U+202E shows "gpj.exe" as "exe.jpg"): never
# in a roster's text.
_BAD_CHAR = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
                       "\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_PHONE = re.compile(r"^\+?[0-9][0-9 \-]{4,19}$")
# A mainland mobile number: 11 digits from 1 (13x-19x), optionally after +86 / 0086 / 86.
_MOBILE = re.compile(r"^(?:\+?86|0086)?(1[3-9]\d{9})$")
_CHINA_PREFIX = re.compile(r"^(?:\+86|0086)")
# A cell starting with = + - @ is a formula to a spreadsheet (and in a roster it is no name).
_FORMULA_START = ("=", "+", "-", "@")
# The middle dot of minority names (阿依古丽·买买提) in its look-alikes: bullet, katakana
# middle dot (full and half width), hyphenation point, full-width full stop, bullet operator
# and dot operator; with or without spaces round it. Stored as U+00B7 without spaces, so that
# every spelling is the same name for matching, duplicate checks and search.
_NAME_DOT = re.compile("\\s*[\u00b7\u2022\u30fb\uff65\u2027\uff0e\u2219\u22c5]\\s*")
# A space between two Chinese characters is a slip of the input method (白　若曦), never part
# of the name: dropped, so that the name matches the same child on the roster. Spaces in
# Latin names (Anna Li) and around the middle dot (迪丽努尔·艾山) are another matter and stay.
_HANZI = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"


@cache
def _hanzi_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a space between Chinese characters, an ASCII full stop between them: the same middle
    dot typed in a hurry). Compiled when first used: their character classes take some 12 ms
    to compile, and the window imports this module before its first paint."""
    return (re.compile(f"(?<=[{_HANZI}]) (?=[{_HANZI}])"),
            re.compile(f"(?<=[{_HANZI}])\\s*\\.\\s*(?=[{_HANZI}])"))


def canonical_name(value: str) -> str:
    """A name with its middle dot in one form (U+00B7, no spaces round it) and single spaces:
    "阿依古丽 • 买买提", "阿依古丽・买买提", "阿依古丽．买买提" are all "阿依古丽·买买提"."""
    value = " ".join(value.split())
    value = _NAME_DOT.sub("\u00b7", value)
    if "." in value:
        value = _hanzi_patterns()[1].sub("\u00b7", value)
    if " " in value:
        value = _hanzi_patterns()[0].sub("", value)
    return value


class Gender(enum.StrEnum):
    UNKNOWN = ""
    MALE = "M"
    FEMALE = "F"


class ShiftPattern(enum.StrEnum):
    """When a parent worker can come: the check-in desk judges late pickups against it."""

    UNKNOWN = ""
    DAY = "day"  # fixed day shift
    TWO_SHIFT = "two_shift"  # rotating day/night
    NIGHT = "night"
    CUSTOM = "custom"  # shift_start / shift_end given


@dataclass(frozen=True)
class GuardianDraft:
    name: str
    relation: str = ""
    phone: str = ""
    employee_id: str = ""
    department: str = ""
    workshop: str = ""
    may_pick_up: bool = True  # guardians are authorized unless marked otherwise
    shift_pattern: ShiftPattern = ShiftPattern.UNKNOWN
    shift_start: dt.time | None = None
    shift_end: dt.time | None = None


def keep_what_is_held(given: GuardianDraft, held: GuardianDraft) -> GuardianDraft:
    """A guardian already on the roster (a sibling's parent) named again for a child whose
    record did not show them yet: what `given` leaves empty was not given, and keeps what the
    roster holds (`held`), as an import's empty cells do; what it fills in replaces it.

    Only for a guardian new to the child: in the form of a child the guardian is already
    linked to, the fields showed the roster's values, so an empty one was cleared."""
    shift_given = (given.shift_pattern is not ShiftPattern.UNKNOWN
                   or given.shift_start is not None or given.shift_end is not None)
    shift = given if shift_given else held
    return GuardianDraft(
        given.name, given.relation, given.phone or held.phone,
        given.employee_id or held.employee_id, given.department or held.department,
        given.workshop or held.workshop, given.may_pick_up, shift.shift_pattern,
        shift.shift_start, shift.shift_end)


@dataclass(frozen=True)
class PickupDraft:
    name: str
    relation: str = ""
    phone: str = ""
    note: str = ""  # e.g. the last 4 digits of the ID card


@dataclass(frozen=True)
class EnrollmentDraft:
    program_id: int
    from_date: dt.date
    to_date: dt.date | None = None
    weekdays: int = ALL_WEEKDAYS
    agreement_signed_on: dt.date | None = None
    insurance_policy: str = ""
    insurance_expires: dt.date | None = None
    insurance_company: str = ""  # the insurer (平安保险): last, so positional use still fits


@dataclass(frozen=True)
class ChildDraft:
    name: str
    external_id: str = ""
    gender: Gender = Gender.UNKNOWN
    birth_date: dt.date | None = None
    school: str = ""
    grade: str = ""
    allergies: str = ""
    medical_notes: str = ""
    guardians: tuple[GuardianDraft, ...] = ()
    pickups: tuple[PickupDraft, ...] = ()
    enrollments: tuple[EnrollmentDraft, ...] = field(default_factory=tuple)


# The helpers take the field's path prefix (e.g. "guardians.0.") and join it to the field's
# name only for an error: an import validates tens of thousands of fields that have none.
def _no_controls(value: str, field: str) -> None:
    bad = _BAD_CHAR.search(value)
    if bad:
        raise ValidationError(N_("This holds an invisible control character (U+{code}): "
                                 "retype the text without it."),
                              field=field, code=f"{ord(bad.group()):04X}")


def _text(value: str, key: str, prefix: str = "") -> str:
    if not value:
        return ""  # most optional fields are empty: nothing to trim or measure
    if (value.isascii() and value.isprintable() and " " not in value
            and len(value) <= TEXT_MAX[key]):
        return value  # an id or a number: no control character, no space to trim or join
    _no_controls(value, prefix + key)
    value = " ".join(value.split()) if key != "medical_notes" else value.strip()
    limit = TEXT_MAX[key]
    if len(value) > limit:
        # Shown beside its field (or with its column on import), so it need not name it.
        raise ValidationError(N_("This is longer than {max} characters."),
                              field=prefix + key, max=limit)
    return value


_NEEDS_NAME = {
    "child": N_("The child needs a name."),
    "guardian": N_("Each guardian needs a name."),
    "authorized pickup": N_("Each authorized pickup needs a name."),
}


def _name(value: str, prefix: str, what: str) -> str:
    _no_controls(value or "", prefix + "name")
    value = canonical_name(value or "")
    if not value:
        raise ValidationError(_NEEDS_NAME[what], field=prefix + "name")
    if value.startswith(_FORMULA_START):
        raise ValidationError(N_("“{name}” starts with {mark}: that is a spreadsheet formula, "
                                 "not a name."), field=prefix + "name", name=value[:20],
                              mark=value[0])
    if len(value) > NAME_MAX:
        raise ValidationError(N_("The name {name} is longer than {max} characters."),
                              field=prefix + "name", name=value[:20] + "…", max=NAME_MAX)
    return value


def _phone(value: str, prefix: str) -> str:
    # Most phones: digits alone, which every check below passes as they are. Of those, the
    # ones from 1 that _MOBILE takes are the 11 digits 1[3-9]xxxxxxxxx (no prefix: 86 and
    # 0086 start otherwise), told here without the regex.
    if (value and 5 <= len(value) <= 20 and value.isascii() and value.isdigit()
            and not value.startswith("0086")
            and (value[0] != "1" or len(value) == 11 and value[1] in "3456789")):
        return value
    _no_controls(value or "", prefix + "phone")
    value = (value or "").strip()
    if value and not _PHONE.match(value):
        raise ValidationError(N_("“{phone}” is not a phone number."), field=prefix + "phone",
                              phone=value)
    digits = re.sub(r"[\s\-]", "", value)
    national = _CHINA_PREFIX.sub("", digits)
    if national.startswith("1") and not _MOBILE.match(digits):
        # Numbers from 1 are mobiles in China (landlines start with 0 and the area code:
        # 0769-12345678); a digit too many or too few is a typing slip a parent cannot be
        # called on.
        raise ValidationError(N_("“{phone}” is not a mobile number: a mobile number has 11 "
                                 "digits and starts with 1 (a landline starts with its area "
                                 "code, e.g. 0769-12345678)."), field=prefix + "phone",
                              phone=value)
    return _text(value, "phone", prefix)


def check_birth_date(birth_date: dt.date, today: dt.date) -> None:
    """ValidationError when a child cannot have been born on that date."""
    if birth_date > today:
        raise ValidationError(N_("The birth date {date} is in the future."),
                              field="birth_date", date=birth_date.isoformat())
    if birth_date.year < today.year - 25:
        raise ValidationError(N_("The birth date {date} is too long ago for a child."),
                              field="birth_date", date=birth_date.isoformat())


def field_rule(key: str) -> Callable[[str], str]:
    """validate_child's rule for one text field: the value as a valid draft holds it, or
    ValidationError. key: "name" (a child's, guardian's or pickup's), "phone", or a key of
    TEXT_MAX. The other rules of a draft are about one field alone too, except that a
    guardian or pickup needs a name and an enrollment's dates and weekdays go together: an
    import checks each distinct value of a column once with these."""
    if key == "name":
        return partial(_name, prefix="", what="child")
    if key == "phone":
        return partial(_phone, prefix="")
    limit = TEXT_MAX[key]

    def rule(value: str) -> str:
        if value.isascii() and value.isprintable() and " " not in value and len(value) <= limit:
            return value  # as _text returns it (an id, a number), without one more call
        return _text(value, key)
    return rule


def validate_child(draft: ChildDraft, today: dt.date) -> ChildDraft:
    """The draft with text trimmed, or ValidationError naming the field (e.g. guardians.0.phone)."""
    name = _name(draft.name, "", "child")
    if draft.birth_date is not None:
        check_birth_date(draft.birth_date, today)
    # The drafts are built field by field, not with dataclasses.replace: an import validates
    # thousands, and replace costs several times more. A new field must be added here too
    # (tests/domain/test_roster_rules.py checks that every field survives validation). A part
    # that validation leaves as it was (an import's cells are trimmed already) is kept itself:
    # building frozen dataclasses again was a third of the time of validating an HR list.
    guardians = []
    for i, g in enumerate(draft.guardians):
        prefix = f"guardians.{i}."
        shift_pattern = g.shift_pattern
        if g.shift_start and g.shift_end and shift_pattern is not ShiftPattern.CUSTOM:
            shift_pattern = ShiftPattern.CUSTOM
        clean = (_name(g.name, prefix, "guardian"), _text(g.relation, "relation", prefix),
                 _phone(g.phone, prefix), _text(g.employee_id, "employee_id", prefix),
                 _text(g.department, "department", prefix),
                 _text(g.workshop, "workshop", prefix), ShiftPattern(shift_pattern))
        if clean == (g.name, g.relation, g.phone, g.employee_id, g.department, g.workshop,
                     g.shift_pattern) and type(g.shift_pattern) is ShiftPattern:
            guardians.append(g)
            continue
        guardians.append(GuardianDraft(
            name=clean[0], relation=clean[1], phone=clean[2], employee_id=clean[3],
            department=clean[4], workshop=clean[5], may_pick_up=g.may_pick_up,
            shift_pattern=clean[6], shift_start=g.shift_start, shift_end=g.shift_end,
        ))
    pickups = []
    for i, p in enumerate(draft.pickups):
        prefix = f"pickups.{i}."
        pickup = (_name(p.name, prefix, "authorized pickup"),
                  _text(p.relation, "relation", prefix), _phone(p.phone, prefix),
                  _text(p.note, "note", prefix))
        pickups.append(p if pickup == (p.name, p.relation, p.phone, p.note)
                       else PickupDraft(*pickup))
    enrollments = []
    for i, e in enumerate(draft.enrollments):
        prefix = f"enrollments.{i}."
        if e.to_date is not None and e.to_date < e.from_date:
            raise ValidationError(N_("The enrollment ends on {last}, before it starts on {first}."),
                                  field=prefix + "to_date", last=e.to_date.isoformat(),
                                  first=e.from_date.isoformat())
        if not e.weekdays & ALL_WEEKDAYS or e.weekdays & ~ALL_WEEKDAYS:
            raise ValidationError(N_("The enrollment has no weekdays."),
                                  field=prefix + "weekdays")
        policy = _text(e.insurance_policy, "insurance_policy", prefix)
        company = _text(e.insurance_company, "insurance_company", prefix)
        if policy == e.insurance_policy and company == e.insurance_company:
            enrollments.append(e)
            continue
        enrollments.append(EnrollmentDraft(
            program_id=e.program_id, from_date=e.from_date, to_date=e.to_date,
            weekdays=e.weekdays, agreement_signed_on=e.agreement_signed_on,
            insurance_policy=policy, insurance_expires=e.insurance_expires,
            insurance_company=company,
        ))
    clean_child = (name, _text(draft.external_id, "external_id"), Gender(draft.gender),
                   _text(draft.school, "school"), _text(draft.grade, "grade"),
                   _text(draft.allergies, "allergies"),
                   _text(draft.medical_notes, "medical_notes"))
    if (clean_child == (draft.name, draft.external_id, draft.gender, draft.school, draft.grade,
                        draft.allergies, draft.medical_notes)
            and type(draft.gender) is Gender and _same_items(guardians, draft.guardians)
            and _same_items(pickups, draft.pickups)
            and _same_items(enrollments, draft.enrollments)
            and type(draft.guardians) is tuple and type(draft.pickups) is tuple
            and type(draft.enrollments) is tuple):
        return draft
    return ChildDraft(
        name=name,
        external_id=clean_child[1],
        gender=clean_child[2],
        birth_date=draft.birth_date,
        school=clean_child[3], grade=clean_child[4],
        allergies=clean_child[5],
        medical_notes=clean_child[6],
        guardians=tuple(guardians), pickups=tuple(pickups), enrollments=tuple(enrollments),
    )


def builder(cls: type[_Draft]) -> Callable[..., _Draft]:
    """cls(*values) with every field given, in order, for a bulk read of thousands of drafts
    (an import): the same object, built without the frozen __init__'s object.__setattr__ call
    for each field (half the time). The drafts' __init__ only sets the fields (no
    __post_init__, no slots), so setting them in the new object's __dict__ is what it does."""
    if hasattr(cls, "__post_init__") or "__slots__" in vars(cls):
        raise TypeError(f"{cls.__name__} does more than set its fields")
    names = tuple(f.name for f in fields(cls))  # type: ignore[arg-type]  # a dataclass
    new = object.__new__

    def build(*values: Any) -> _Draft:
        draft = new(cls)
        draft.__dict__.update(zip(names, values, strict=True))
        return draft
    return build


def _same_items(new: list, old: tuple) -> bool:
    """Whether validation kept every item itself (the same objects, in order)."""
    return len(new) == len(old) and all(map(operator.is_, new, old))


def insurance_problem(enrollment: EnrollmentDraft, on: dt.date) -> str | None:
    """"missing" or "expired" when the child's accident insurance does not cover `on`."""
    if not enrollment.insurance_policy:
        return "missing"
    if enrollment.insurance_expires is not None and enrollment.insurance_expires < on:
        return "expired"
    return None
