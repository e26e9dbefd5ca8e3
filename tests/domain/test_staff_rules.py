"""Caregivers and qualifications as entered."""

from __future__ import annotations

import datetime as dt

import pytest

from asc_desk.domain.errors import ValidationError
from asc_desk.domain.staff import (
    CaregiverDraft,
    QualificationDraft,
    Role,
    validate_caregiver,
    validate_qualification,
)


def test_a_caregiver_is_trimmed():
    clean = validate_caregiver(CaregiverDraft("  李  丽华 ", "volunteer", " 13912345678 "))
    # The space between Chinese characters is an input method's slip, as in a child's name.
    assert (clean.name, clean.role, clean.phone) == ("李丽华", Role.VOLUNTEER, "13912345678")


def test_a_caregiver_follows_the_rosters_name_phone_and_id_rules():
    """Trial finding 16b: caregivers were stored as typed (古丽 · 阿不都, Ｅ２００１)."""
    clean = validate_caregiver(CaregiverDraft("古丽 · 阿不都", "assistant", "139-0013-9001",
                                              employee_id="Ｅ２００１"))
    assert (clean.name, clean.phone, clean.employee_id) == (
        "古丽·阿不都", "139-0013-9001", "E2001")
    assert validate_caregiver(CaregiverDraft("古丽•阿不都", phone="１３９１２３４５６７８")
                              ).phone == "13912345678"


@pytest.mark.parametrize(("draft", "field", "words"), [
    (CaregiverDraft(" "), "name", "needs a name"),
    (CaregiverDraft("李" * 51), "name", "longer than 50"),
    (CaregiverDraft("李丽华", "cook"), "role", "not a role"),
    (CaregiverDraft("李丽华", phone="abc"), "phone", "not a phone number"),
    (CaregiverDraft("李丽华", phone="1390013900"), "phone", "11 digits"),
    (CaregiverDraft("=HYPERLINK()"), "name", "formula"),
    (CaregiverDraft("李丽华", max_hours_per_week=0), "max_hours_per_week", "from 1 to 84"),
    (CaregiverDraft("李丽华", available_from=dt.time(15)), "available_to", "both"),
    (CaregiverDraft("李丽华", available_from=dt.time(15), available_to=dt.time(9)),
     "available_to", "before the start"),
])
def test_bad_caregivers_are_refused(draft, field, words):
    with pytest.raises(ValidationError, match=words) as info:
        validate_caregiver(draft)
    assert info.value.field == field


def test_a_qualification_needs_a_kind():
    with pytest.raises(ValidationError, match="Name the qualification"):
        validate_qualification(QualificationDraft("  "))
    assert validate_qualification(QualificationDraft(" 健康证 ")).kind == "健康证"
