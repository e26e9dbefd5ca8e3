"""What `roster list`, `attendance day` and `calendar show` print: names by pinyin as the
window sorts them, counts in the singular for one, a month outside a program in one line."""

from __future__ import annotations

import json

import pytest
from inprocess_cli import run, set_locale

PROGRAM = "2026秋季学期课后班"
# By code point: 于 付 任 安; by pinyin: an fu ren yu.
NAMES = ("于小明", "付小红", "任小刚", "安小丽")
BY_PINYIN = ["安小丽", "付小红", "任小刚", "于小明"]


@pytest.fixture
def db(tmp_path, capsys, monkeypatch) -> str:
    set_locale(monkeypatch, "C.UTF-8")
    path = str(tmp_path / "list.sqlite3")
    for argv in (["center", "init", "星光儿童之家", "--factory", "华彩玩具"],
                 ["program", "add", PROGRAM, "--kind", "term", "--from", "2026-09-01",
                  "--to", "2027-01-20", "--open", "16:00", "--close", "19:00"]):
        code, _out, err = run(capsys, *argv, "--db", path)
        assert code == 0, err
    return path


def add(capsys, db: str, *names: str) -> None:
    for name in names:
        code, _out, err = run(capsys, "roster", "add", name, "--birth-date", "2018-03-04",
                              "--program", PROGRAM, "--from", "2026-09-01", "--db", db)
        assert code == 0, err


def test_roster_list_sorts_by_pinyin_and_counts_one_child(db, capsys):
    add(capsys, db, NAMES[0])
    code, out, err = run(capsys, "roster", "list", "--db", db)
    assert code == 0 and err.strip() == "1 child."
    add(capsys, db, *NAMES[1:])
    code, out, err = run(capsys, "roster", "list", "--db", db)
    assert out.splitlines()[0].split()[:3] == ["Child", "id", "Card"]  # the header row
    assert [line.split()[2] for line in out.splitlines()[1:]] == BY_PINYIN
    assert err.strip() == "4 children."
    code, out, _err = run(capsys, "roster", "list", "--json", "--db", db)
    assert [r["name"] for r in json.loads(out)] == BY_PINYIN


def test_attendance_day_sorts_by_pinyin(db, capsys):
    add(capsys, db, *NAMES)
    code, out, _err = run(capsys, "attendance", "day", "--date", "2026-11-25", "--json",
                          "--db", db)
    assert [c["child"] for c in json.loads(out)["children"]] == BY_PINYIN
    code, out, _err = run(capsys, "attendance", "day", "--date", "2026-11-25", "--db", db)
    summary, header, *rows = out.splitlines()
    assert header.split() == ["Child", "State", "Times"]
    assert [line.split()[0] for line in rows] == BY_PINYIN


def test_calendar_month_outside_the_program_is_one_line(db, capsys):
    code, out, err = run(capsys, "calendar", "show", "--month", "2026-03", "--db", db)
    assert code == 0, err
    lines = [line for line in out.splitlines() if "outside the program's dates" in line]
    assert lines == ["2026-03-01 – 2026-03-31  outside the program's dates "
                     "(2026-09-01 – 2027-01-20)"]
    # A month where the program starts: the days before it in one line, then each day.
    code, out, _err = run(capsys, "calendar", "show", "--month", "2027-01", "--db", db)
    assert "2027-01-21 – 2027-01-31  outside the program's dates" in out
    assert sum(1 for line in out.splitlines() if line.startswith("2027-01-")) == 21
