"""Dates typed by people and written by HR systems."""

from __future__ import annotations

import datetime as dt

import pytest

from asc_desk.domain.dates import parse_date
from asc_desk.domain.errors import ValidationError


@pytest.mark.parametrize("text", ["2019-03-05", "2019/3/5", "2019.03.05", "2019年3月5日",
                                  "20190305", "2019-3-5 0:00:00", "2019-03-05T00:00:00",
                                  "2019-03-05 00:00", "２０１９－０３－０５", "２０１９０３０５"])
def test_the_ways_a_date_is_written(text):
    assert parse_date(text, "birth_date") == dt.date(2019, 3, 5)


@pytest.mark.parametrize("text", ["5/3/2019", "2019年3月", "2019-03-05 14:30", "201935",
                                  "20191305", "43529", ""])
def test_what_is_not_a_date_is_refused(text):
    with pytest.raises(ValidationError):
        parse_date(text, "birth_date")
