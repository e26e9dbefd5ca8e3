"""Weekday specs as people write them, in English, numbers and Chinese, and back to text."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from asc_desk.domain.errors import ValidationError
from asc_desk.domain.weekdays import format_weekdays, parse_weekdays

MON_FRI = 0b0011111
MON_WED_FRI = 0b0010101
MON_SAT = 0b0111111


@pytest.mark.parametrize(
    ("spec", "mask"),
    [
        ("Mon-Fri", MON_FRI),
        ("mon,wed,fri", MON_WED_FRI),
        ("1-5", MON_FRI),
        ("1,3,5", MON_WED_FRI),
        ("周一至周五", MON_FRI),
        ("周一到周五", MON_FRI),
        ("周一、三、五", MON_WED_FRI),
        ("周一,周三", 0b101),
        ("周一，周三", 0b101),
        ("星期一至星期六", MON_SAT),
        ("一至五", MON_FRI),
        ("１－５", MON_FRI),  # full-width digits and dash
        ("周一－周五", MON_FRI),
        ("周一—周五", MON_FRI),  # em dash
        ("周一～周五", MON_FRI),
        ("周一~周五", MON_FRI),
        ("Mon – Fri", MON_FRI),  # en dash with spaces
        ("  MON , Wed ,FRI  ", MON_WED_FRI),
        ("Monday-Saturday", MON_SAT),
        ("Mon Wed Fri", MON_WED_FRI),
        ("mon to fri", MON_FRI),
        ("Mon-Wed and Sat", 0b0100111),
        ("周日", 0b1000000),
        ("星期天", 0b1000000),
        ("7", 0b1000000),
        ("周末", 0b1100000),
        ("weekdays, Sat", MON_SAT),
        ("周1-5", MON_FRI),
        ("Sat-Sat", 0b0100000),
    ],
)
def test_accepted_specs(spec, mask):
    assert parse_weekdays(spec) == mask


@pytest.mark.parametrize(
    ("spec", "named"),
    [
        ("Mon,Xyz", "“Xyz”"),
        ("周八", "“周八”"),
        ("0-6", "“0”"),
        ("1,8", "“8”"),
        ("Mon-", "“Mon-”"),
        ("-Fri", "“-Fri”"),
        ("Mon-,Fri", "“Mon-”"),
        ("Fri-Mon", "“Fri-Mon”"),
        ("Mon--Fri", "“Mon--”"),
    ],
)
def test_bad_specs_name_the_bad_part(spec, named):
    with pytest.raises(ValidationError) as caught:
        parse_weekdays(spec)
    assert caught.value.field == "weekdays"
    assert named in caught.value.message


def test_errors_are_translatable_templates_with_the_bad_part_as_a_parameter():
    with pytest.raises(ValidationError) as caught:
        parse_weekdays("Mon,Xyz")
    assert "{part}" in caught.value.template
    assert caught.value.params == {"part": "Xyz"}


def test_backwards_range_says_how_to_write_it():
    with pytest.raises(ValidationError, match="runs backwards.*Sat,Sun,Mon"):
        parse_weekdays("Sat-Mon")


@pytest.mark.parametrize("spec", ["", "   ", None, " , 、 "])
def test_empty_specs_are_refused(spec):
    with pytest.raises(ValidationError) as caught:
        parse_weekdays(spec)
    assert caught.value.field == "weekdays"
    assert "weekday" in caught.value.message


@pytest.mark.parametrize(
    ("mask", "english", "chinese"),
    [
        (MON_FRI, "Mon-Fri", "周一至周五"),
        (MON_WED_FRI, "Mon,Wed,Fri", "周一、周三、周五"),
        (0b1100000, "Sat,Sun", "周六、周日"),
        (0b1111111, "Mon-Sun", "周一至周日"),
        (0b0100111, "Mon-Wed,Sat", "周一至周三、周六"),
        (0b1000011, "Mon,Tue,Sun", "周一、周二、周日"),
        (0, "", ""),
    ],
)
def test_format(mask, english, chinese):
    assert format_weekdays(mask) == english
    assert format_weekdays(mask, "en") == english
    assert format_weekdays(mask, "zh") == chinese
    assert format_weekdays(mask, "zh_CN") == chinese


@given(st.integers(min_value=1, max_value=0b1111111), st.sampled_from(["en", "zh"]))
def test_format_then_parse_gives_the_mask_back(mask, lang):
    assert parse_weekdays(format_weekdays(mask, lang)) == mask


@given(st.sets(st.integers(min_value=1, max_value=7), min_size=1),
       st.sampled_from([",", "，", "、", " ", ";"]))
def test_any_list_of_numbers_parses_to_its_days(days, separator):
    spec = separator.join(str(d) for d in sorted(days, reverse=True))
    assert parse_weekdays(spec) == sum(1 << (d - 1) for d in days)
