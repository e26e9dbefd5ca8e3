"""BatchParser: the rows of a file parsed at once give what RowParser.parse gives row by row."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from asc_desk.domain.roster import Gender
from asc_desk.services.roster import roster_batch
from asc_desk.services.roster.roster_batch import BatchParser
from asc_desk.services.roster.roster_files import COLUMNS, ParsedRow, RawRow, RowParser

D = dt.date
TODAY = D(2026, 10, 12)
PROGRAMS = {"2026秋季学期课后班": 7, "2027暑期班": 8}

# For every column: a usual value first, then others, good and bad, that the rules treat
# differently (spaces to trim or join, full-width digits, controls, formulas, too long,
# dates as text and as workbook cells, numbers from a workbook).
VALUES: dict[str, list] = {
    "child_id": ["1001", "１００２", " 7 ", None, "x" * 33, 12.0, "1\x02", "A 1"],
    "name": ["张三", " 张 三 ", "", None, "=SUM(A1)", "阿依古丽 • 买买提", "a\x01b", "李" * 51,
             "J. K.  Li", 3.0],
    "gender": ["男", "f", "X", None, " 女 ", "Male", "ｍ"],
    "birth_date": ["2019-05-06", "2026-12-30", "1990-01-01", "2019/5/6", "last May", None,
                   D(2019, 1, 2), dt.datetime(2019, 1, 2, 3, 4), dt.datetime(2019, 1, 2),
                   43466.0],
    "school": ["华彩小学", "华彩  小学", None, "学" * 101, "a\u202eb", "No. 1  School"],
    "grade": ["二年级", " ", None, 2.0],
    "guardian_name": ["李芳", None, " 王 五 ", "=x", "A\tB"],
    "guardian_relation": ["母亲", None, "x" * 21, "外 婆"],
    "guardian_phone": ["13812345678", "１３８１２３４５６７８", "0769-12345678", "12", "abc", None,
                       "+8613812345678", "138123456789", 13812345678.0, "00861381234567",
                       "138 1234 5678"],
    "guardian_employee_id": ["E1", None, "E 2", "e" * 33],
    "guardian_department": ["注塑车间", None, "注塑  车间"],
    "authorized_pickups": [None, "王芳(外婆,13800000000)", "王芳(外婆"],
    "allergies": [None, "花生", "x" * 501, "花生， 芒果"],
    "medical_notes": [None, " 哮喘\n  随身带药 ", "a\x00"],
    "program": ["2026秋季学期课后班", " 2026秋季学期课后班 ", "2027暑期班", None, "冬令营"],
    "enrolled_from": ["2026-09-01", None, "2026-02-30", D(2026, 9, 1)],
    "weekdays": ["周一至周五", "1,3", "8", None, "Mon-Fri"],
    "agreement_signed_on": [None, "2026-08-01", "soon"],
    "insurance_company": [None, "平安  保险", "x" * 101],
    "insurance_policy": [None, "P123", "P 1  2", "x" * 51, "保单１２"],
    "insurance_expires": [None, "2027-08-31", "2027-02-30"],
}


def _view(result):
    # repr: a StrEnum equals its text and a datetime its date no more than that
    if isinstance(result, ParsedRow):
        return repr(result)
    return [(e.row, e.column, e.message) for e in result.errors]


def test_every_column_of_a_roster_is_in_the_sample():
    assert set(VALUES) == set(COLUMNS)


@pytest.mark.parametrize("seed", range(12))
def test_a_file_parsed_at_once_gives_what_each_row_gives_alone(seed):
    rng = random.Random(seed)
    keys = [k for k in VALUES if k in ("name", "program", "guardian_name")
            or rng.random() < 0.8]
    rows = []
    for number in range(2, 302):
        cells = {k: rng.choice(VALUES[k]) if rng.random() < 0.08 else VALUES[k][0]
                 for k in keys}
        rows.append(RawRow(number, cells, {k: k.upper() for k in keys}))
    parser = RowParser(PROGRAMS, TODAY)
    batch = BatchParser(parser)
    size = rng.choice([1, 7, 100, 300])  # in parts, as the import parses them
    results = [r for start in range(0, len(rows), size)
               for r in batch.parse(rows[start:start + size])]
    assert [_view(r) for r in results] == [_view(parser.parse(r)) for r in rows]
    assert any(isinstance(r, ParsedRow) for r in results)
    assert any(not isinstance(r, ParsedRow) for r in results)


def test_rows_with_different_columns_and_a_file_of_one_column():
    parser = RowParser(PROGRAMS, TODAY)
    rows = [RawRow(2, {"name": "张三"}), RawRow(3, {"name": "李四", "gender": "女"}),
            RawRow(4, {"gender": "男"})]
    assert [_view(r) for r in BatchParser(parser).parse(rows)] == [
        _view(parser.parse(r)) for r in rows]
    assert BatchParser(parser).parse([]) == []


def test_a_guardian_without_a_name_is_parsed_row_by_row_and_named():
    parser = RowParser(PROGRAMS, TODAY)
    rows = [RawRow(2, {"name": "张三", "guardian_phone": "13812345678"}, {}),
            RawRow(3, {"name": "李四", "guardian_name": "李芳"}, {})]
    bad, good = BatchParser(parser).parse(rows)
    assert [e.message for e in bad.errors] == ["Each guardian needs a name."]
    assert good.child.guardians[0].name == "李芳" and good.child.guardians[0].phone == ""


def test_the_same_cells_are_checked_once(monkeypatch):
    calls = []
    original = roster_batch._enrollment_alone
    monkeypatch.setattr(roster_batch, "_enrollment_alone",
                        lambda parser, key: calls.append(key) or original(parser, key))
    parser = RowParser(PROGRAMS, TODAY)
    rows = [RawRow(n, {"name": f"孩子{n}", "gender": "女", "program": "2027暑期班",
                       "insurance_policy": f"P{n}"}) for n in range(2, 502)]
    batch = BatchParser(parser)
    results = batch.parse(rows[:250]) + batch.parse(rows[250:])
    assert len(calls) == 1  # one distinct set of enrollment cells, across both parts
    assert [r.child.enrollments[0].insurance_policy for r in results[:2]] == ["P2", "P3"]
    assert all(r.child.gender is Gender.FEMALE for r in results)


def test_columns_that_hardly_repeat_are_checked_alike_after_their_first_rows():
    # After 2,000 cells a column of distinct values (numbers, phones) stops being memoised.
    parser = RowParser(PROGRAMS, TODAY)
    rows = [RawRow(n, {"child_id": f"{n:05d}" if n % 97 else "x" * 33, "name": "张三",
                       "guardian_name": "李芳",
                       "guardian_phone": f"138{n:08d}" if n % 89 else f"12{n}"}, {})
            for n in range(2, 2602)]
    batch = BatchParser(parser)
    results = [r for start in range(0, len(rows), 250)
               for r in batch.parse(rows[start:start + 250])]
    assert [_view(r) for r in results] == [_view(parser.parse(r)) for r in rows]
    assert batch._ids._direct and batch._phones._direct and not batch._names._direct
