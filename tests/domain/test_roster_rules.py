"""validate_child: every field kept through validation, text trimmed, errors named by path."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from asc_desk.domain.errors import ValidationError
from asc_desk.domain.roster import (
    ChildDraft,
    EnrollmentDraft,
    Gender,
    GuardianDraft,
    PickupDraft,
    ShiftPattern,
    builder,
    field_rule,
    keep_what_is_held,
    validate_child,
)

TODAY = dt.date(2026, 10, 12)


def _full() -> ChildDraft:
    """A draft with every field of every part set away from its default, already clean."""
    guardian = GuardianDraft("李芳", "母亲", "13812345678", "E1", "注塑车间", "二号车间",
                             False, ShiftPattern.CUSTOM, dt.time(8), dt.time(20))
    pickup = PickupDraft("王秀英", "外婆", "13900001111", "1234")
    enrollment = EnrollmentDraft(7, dt.date(2026, 9, 1), dt.date(2027, 1, 20), 0b10101,
                                 dt.date(2026, 8, 20), "PICC-1", dt.date(2027, 8, 31), "中国人保")
    return ChildDraft("张小明", "3001", Gender.MALE, dt.date(2018, 3, 4), "华彩小学", "二年级",
                      "花生", "哮喘\n随身带药", (guardian,), (pickup,), (enrollment,))


def _defaults_differ(obj) -> list[str]:
    return [f.name for f in dataclasses.fields(obj) if getattr(obj, f.name) == (
        f.default if f.default is not dataclasses.MISSING else
        f.default_factory() if f.default_factory is not dataclasses.MISSING else object())]


def test_the_sample_sets_every_field():
    # If a field is added to a draft, set it in _full() too: validate_child builds the
    # drafts field by field, and the test below then checks that it keeps the new one.
    draft = _full()
    for part in (draft, draft.guardians[0], draft.pickups[0], draft.enrollments[0]):
        assert _defaults_differ(part) == [], part


def test_a_clean_draft_comes_back_equal_in_every_field():
    draft = _full()
    clean = validate_child(draft, TODAY)
    assert clean == draft
    assert type(clean.gender) is Gender and type(clean.guardians[0].shift_pattern) is ShiftPattern


def test_a_clean_draft_comes_back_itself_and_a_changed_part_keeps_every_field():
    draft = _full()
    assert validate_child(draft, TODAY) is draft  # nothing to trim: nothing built again
    g, p, e = draft.guardians[0], draft.pickups[0], draft.enrollments[0]
    untidy = dataclasses.replace(
        draft, school=" 华彩小学 ",
        guardians=(dataclasses.replace(g, relation=" 母亲 "),),
        pickups=(dataclasses.replace(p, note=" 1234 "),),
        enrollments=(dataclasses.replace(e, insurance_policy=" PICC-1 "),))
    clean = validate_child(untidy, TODAY)
    assert clean == draft and clean is not untidy
    assert clean.guardians[0] is not untidy.guardians[0]


def test_text_is_trimmed_and_enums_are_made_enums():
    draft = dataclasses.replace(
        _full(), name=" 张  小明 ", school=" 华彩 小学", gender="M", medical_notes="  哮喘  ",
        guardians=(GuardianDraft(" 李芳", relation=" 母亲 ", phone=" 138 1234 5678 ",
                                 shift_pattern="", shift_start=dt.time(8),
                                 shift_end=dt.time(20)),))
    clean = validate_child(draft, TODAY)
    assert (clean.name, clean.school, clean.medical_notes) == ("张小明", "华彩 小学", "哮喘")
    assert clean.gender is Gender.MALE
    g = clean.guardians[0]
    assert (g.name, g.relation, g.phone) == ("李芳", "母亲", "138 1234 5678")
    assert g.shift_pattern is ShiftPattern.CUSTOM  # both times given


@pytest.mark.parametrize(("change", "field"), [
    ({"name": " "}, "name"),
    ({"school": "x" * 101}, "school"),
    ({"external_id": "1" * 33}, "external_id"),
    ({"guardians": (GuardianDraft("李芳", phone="call me"),)}, "guardians.0.phone"),
    ({"guardians": (GuardianDraft("李芳"), GuardianDraft("王", department="x" * 101))},
     "guardians.1.department"),
    ({"pickups": (PickupDraft(""),)}, "pickups.0.name"),
    ({"pickups": (PickupDraft("王", note="x" * 101),)}, "pickups.0.note"),
    ({"enrollments": (EnrollmentDraft(7, TODAY, insurance_policy="x" * 51),)},
     "enrollments.0.insurance_policy"),
    ({"enrollments": (EnrollmentDraft(7, TODAY, insurance_company="x" * 101),)},
     "enrollments.0.insurance_company"),
])
def test_an_error_names_its_field(change, field):
    with pytest.raises(ValidationError) as caught:
        validate_child(dataclasses.replace(_full(), **change), TODAY)
    assert caught.value.field == field


@pytest.mark.parametrize(("typed", "stored"), [
    ("白　若曦", "白若曦"),  # a full-width space from the input method
    ("白 若 曦", "白若曦"),
    ("𠮷 田", "𠮷田"),
    ("Anna  Li", "Anna Li"),  # Latin names keep one space
    ("迪丽努尔 · 艾山", "迪丽努尔·艾山"),  # the middle dot is stored in one form, see below
])
def test_a_space_between_chinese_characters_is_dropped_from_names(typed, stored):
    clean = validate_child(ChildDraft(typed, guardians=(GuardianDraft(typed),)), TODAY)
    assert clean.name == stored and clean.guardians[0].name == stored


@pytest.mark.parametrize("typed", [
    "阿依古丽•买买提", "阿依古丽・买买提", "阿依古丽‧买买提", "阿依古丽．买买提",
    "阿依古丽 · 买买提", "阿依古丽·买买提", "阿依古丽.买买提", "阿依古丽･买买提",
])
def test_middle_dot_variants_are_stored_as_one_name(typed):
    clean = validate_child(ChildDraft(typed, guardians=(GuardianDraft(typed),),
                                      pickups=(PickupDraft(typed),)), TODAY)
    assert clean.name == clean.guardians[0].name == clean.pickups[0].name == "阿依古丽·买买提"


def test_latin_names_keep_their_full_stops():
    assert validate_child(ChildDraft("J. K. Li"), TODAY).name == "J. K. Li"


@pytest.mark.parametrize("name", ["=HYPERLINK(\"x\")", "+86", "-1", "@SUM(A1)"])
@pytest.mark.parametrize("where", ["child", "guardian", "pickup"])
def test_a_name_that_is_a_formula_is_refused(name, where):
    draft = ChildDraft(name if where == "child" else "张三",
                       guardians=(GuardianDraft(name if where == "guardian" else "李四"),),
                       pickups=(PickupDraft(name if where == "pickup" else "王五"),))
    with pytest.raises(ValidationError, match="formula") as caught:
        validate_child(draft, TODAY)
    assert caught.value.field == {"child": "name", "guardian": "guardians.0.name",
                                  "pickup": "pickups.0.name"}[where]


@pytest.mark.parametrize("phone", ["1380013800", "138001380001", "12345678", "+86 1380013800",
                                   "10012345678"])
def test_a_mobile_number_must_have_11_digits_from_1(phone):
    with pytest.raises(ValidationError, match="mobile") as caught:
        validate_child(ChildDraft("张三", guardians=(GuardianDraft("李四", phone=phone),)), TODAY)
    assert caught.value.field == "guardians.0.phone"


@pytest.mark.parametrize("phone", ["13800138000", "138 0013 8000", "+86 138-0013-8000",
                                   "0769-12345678", "(0769)12345678"[1:].replace(")", "-"),
                                   "400-820-8820", "22345678", "+44 20 7946 0958"])
def test_mobiles_and_landlines_with_area_code_are_accepted(phone):
    clean = validate_child(ChildDraft("张三", guardians=(GuardianDraft("李四", phone=phone),),
                                      pickups=(PickupDraft("王五", phone=phone),)), TODAY)
    assert clean.guardians[0].phone == phone


@pytest.mark.parametrize("value", ["E1", "A 1", " E1 ", "E1\t2", "E\x7f1", "x" * 32, "x" * 33,
                                   "工号 1", "１２３", "a\u202eb", "a  b"])
def test_one_field_alone_is_checked_as_validate_child_checks_it(value):
    for key, draft_of, field_of in (
            ("employee_id", lambda v: ChildDraft("张三", guardians=(GuardianDraft("李芳",
                                                                              employee_id=v),)),
             lambda d: d.guardians[0].employee_id),
            ("external_id", lambda v: ChildDraft("张三", external_id=v), lambda d: d.external_id),
            ("medical_notes", lambda v: ChildDraft("张三", medical_notes=v),
             lambda d: d.medical_notes),
            ("name", lambda v: ChildDraft(v), lambda d: d.name),
            ("phone", lambda v: ChildDraft("张三", guardians=(GuardianDraft("李芳", phone=v),)),
             lambda d: d.guardians[0].phone)):
        try:
            expected = field_of(validate_child(draft_of(value), TODAY))
        except ValidationError as exc:
            with pytest.raises(ValidationError) as raised:
                field_rule(key)(value)
            assert raised.value.message == exc.message
        else:
            assert field_rule(key)(value) == expected


def test_a_field_with_no_rule_is_refused():
    with pytest.raises(KeyError):
        field_rule("colour")


@pytest.mark.parametrize("second", "0123456789")
@pytest.mark.parametrize("length", [5, 10, 11, 12, 20])
def test_a_number_from_1_is_a_mobile_of_11_digits_from_13_to_19(second, length):
    phone = ("1" + second + "0123456789" * 2)[:length]
    draft = ChildDraft("张三", guardians=(GuardianDraft("李四", phone=phone),))
    if length == 11 and second in "3456789":
        assert validate_child(draft, TODAY).guardians[0].phone == phone
    else:
        with pytest.raises(ValidationError, match="not a mobile number"):
            validate_child(draft, TODAY)


def test_a_built_draft_is_the_draft_its_class_makes():
    draft = _full()
    for part in (draft, draft.guardians[0], draft.pickups[0], draft.enrollments[0]):
        values = [getattr(part, f.name) for f in dataclasses.fields(part)]
        built = builder(type(part))(*values)
        assert type(built) is type(part) and built == part and hash(built) == hash(part)
        assert vars(built) == vars(part) and list(vars(built)) == list(vars(part))
        assert repr(built) == repr(part)
        with pytest.raises(dataclasses.FrozenInstanceError):
            built.name = "x"  # type: ignore[misc]  # frozen as ever
    with pytest.raises(ValueError):  # every field, no fewer
        builder(ChildDraft)("张三")


def test_only_a_draft_whose_init_just_sets_its_fields_is_built():
    @dataclasses.dataclass(frozen=True)
    class Checked:
        n: int

        def __post_init__(self) -> None:
            pass

    @dataclasses.dataclass(frozen=True, slots=True)
    class Slotted:
        n: int

    for cls in (Checked, Slotted):
        with pytest.raises(TypeError):
            builder(cls)


def test_a_known_guardian_keeps_what_is_not_given_and_takes_what_is():
    held = GuardianDraft("李芳", "母亲", "13812345678", "E1", "注塑车间", "二线", True,
                         ShiftPattern.CUSTOM, dt.time(8), dt.time(20))
    given = GuardianDraft("李芳", "妈妈", "13812345678", may_pick_up=False)
    assert keep_what_is_held(given, held) == dataclasses.replace(
        held, relation="妈妈", may_pick_up=False)
    night = GuardianDraft("李芳", "母亲", department="装配", shift_pattern=ShiftPattern.NIGHT)
    assert keep_what_is_held(night, held) == GuardianDraft(
        "李芳", "母亲", "13812345678", "E1", "装配", "二线", True, ShiftPattern.NIGHT)
