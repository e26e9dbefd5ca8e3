"""Program rules: names, dates, weekdays and hours, each refusal naming its field."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from asc_desk.domain.errors import ValidationError
from asc_desk.domain.program import (
    ALL_WEEKDAYS,
    MONDAY_TO_FRIDAY,
    NAME_MAX,
    ProgramKind,
    ProgramSpec,
    validate_program,
    weekday_mask,
    weekdays_of,
)

AUTUMN = ProgramSpec("2026秋季学期课后班", ProgramKind.TERM, dt.date(2026, 9, 1),
                     dt.date(2027, 1, 22), MONDAY_TO_FRIDAY, dt.time(16, 30), dt.time(20, 30))


def test_valid_program_comes_back_trimmed() -> None:
    clean = validate_program(replace(AUTUMN, name=" 2026秋季学期课后班 "))
    assert clean == AUTUMN


def test_kind_given_as_text_becomes_the_enum() -> None:
    clean = validate_program(replace(AUTUMN, kind="holiday"))
    assert clean.kind is ProgramKind.HOLIDAY


def test_one_day_program_and_longest_name_are_allowed() -> None:
    one_day = replace(AUTUMN, name="班" * NAME_MAX, last_day=AUTUMN.first_day)
    assert validate_program(one_day) == one_day


@pytest.mark.parametrize("changes, field", [
    ({"name": ""}, "name"),
    ({"name": "   "}, "name"),
    ({"name": "班" * (NAME_MAX + 1)}, "name"),
    ({"last_day": dt.date(2026, 8, 31)}, "last_day"),
    ({"weekdays": 0}, "weekdays"),
    ({"weekdays": 1 << 7}, "weekdays"),
    ({"closes_at": dt.time(16, 30)}, "closes_at"),
    ({"closes_at": dt.time(8, 0)}, "closes_at"),
], ids=["empty-name", "blank-name", "long-name", "ends-before-start", "no-weekday",
        "only-bits-past-sunday", "closes-when-opening", "closes-before-opening"])
def test_bad_values_name_their_field(changes: dict, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_program(replace(AUTUMN, **changes))
    assert caught.value.field == field
    assert str(caught.value).strip()


def test_the_message_names_the_dates() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_program(replace(AUTUMN, last_day=dt.date(2026, 8, 31)))
    assert "2026-08-31" in str(caught.value) and "2026-09-01" in str(caught.value)


def test_unknown_kind_is_a_validation_error() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_program(replace(AUTUMN, kind="party"))
    assert caught.value.field == "kind"


@pytest.mark.parametrize("mask", [-1, ALL_WEEKDAYS | 1 << 7])
def test_weekday_mask_outside_the_week_is_refused(mask: int) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_program(replace(AUTUMN, weekdays=mask))
    assert caught.value.field == "weekdays"


def test_weekday_mask_and_back() -> None:
    assert weekday_mask([0, 1, 2, 3, 4]) == MONDAY_TO_FRIDAY
    assert weekday_mask(range(7)) == ALL_WEEKDAYS
    assert weekday_mask([]) == 0
    assert weekdays_of(weekday_mask({5, 0})) == (0, 5)
    assert weekdays_of(ALL_WEEKDAYS) == tuple(range(7))


@pytest.mark.parametrize("day", [-1, 7])
def test_weekday_outside_monday_to_sunday_is_refused(day: int) -> None:
    with pytest.raises(ValidationError) as caught:
        weekday_mask([0, day])
    assert caught.value.field == "weekdays"
