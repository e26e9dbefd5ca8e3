"""No control or bidi-control character in any text field of a roster."""

from __future__ import annotations

import datetime as dt

import pytest

from asc_desk.domain.errors import ValidationError
from asc_desk.domain.roster import (
    ChildDraft,
    EnrollmentDraft,
    GuardianDraft,
    PickupDraft,
    validate_child,
)

TODAY = dt.date(2026, 11, 30)
BAD = ["\x00", "\u202e", "\u202a", "\u2066", "\u2069", "\u200e", "\u200f", "\x1b", "\x7f"]


def _draft(path: str, value: str) -> ChildDraft:
    guardian = GuardianDraft(name="张伟", phone="13800000000")
    pickup = PickupDraft("李红", "外婆", "13900000000", "")
    enrollment = EnrollmentDraft(program_id=1, from_date=TODAY)
    child = dict(name="张三")
    kind, _, key = path.rpartition(".")
    if kind.startswith("guardians"):
        guardian = GuardianDraft(**{**guardian.__dict__, key: value})
    elif kind.startswith("pickups"):
        pickup = PickupDraft(**{**pickup.__dict__, key: value})
    elif kind.startswith("enrollments"):
        enrollment = EnrollmentDraft(**{**enrollment.__dict__, key: value})
    else:
        child[key] = value
    return ChildDraft(**child, guardians=(guardian,), pickups=(pickup,),
                      enrollments=(enrollment,))


FIELDS = ["name", "external_id", "school", "grade", "allergies", "medical_notes",
          "guardians.0.name", "guardians.0.relation", "guardians.0.phone",
          "guardians.0.employee_id", "guardians.0.department", "guardians.0.workshop",
          "pickups.0.name", "pickups.0.relation", "pickups.0.phone", "pickups.0.note",
          "enrollments.0.insurance_policy", "enrollments.0.insurance_company"]


@pytest.mark.parametrize("path", FIELDS)
@pytest.mark.parametrize("char", BAD)
def test_a_control_character_is_refused_naming_the_field(path, char):
    value = "13800000000" if path.endswith("phone") else "王小明"
    with pytest.raises(ValidationError) as caught:
        validate_child(_draft(path, value[:3] + char + value[3:]), TODAY)
    assert caught.value.field == path
    assert f"U+{ord(char):04X}" in str(caught.value)


def test_tabs_and_line_breaks_are_whitespace_not_refused():
    child = validate_child(_draft("medical_notes", "哮喘\n随身带药"), TODAY)
    assert child.medical_notes == "哮喘\n随身带药"
    assert validate_child(_draft("school", "实验\t小学"), TODAY).school == "实验 小学"
