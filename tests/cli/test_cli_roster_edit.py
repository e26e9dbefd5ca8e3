"""`asc-desk roster add|set`: one child from a script, with the Add child dialog's rules."""

from __future__ import annotations

import json

import pytest
from inprocess_cli import one_line_error, run, set_locale

PROGRAM = "2026秋季学期课后班"


@pytest.fixture
def db(database_url, capsys, monkeypatch) -> str:
    set_locale(monkeypatch, "C.UTF-8")
    for argv in (["center", "init", "星光儿童之家", "--factory", "华彩玩具"],
                 ["program", "add", PROGRAM, "--kind", "term", "--from", "2026-09-01",
                  "--to", "2027-01-20", "--open", "16:00", "--close", "19:00"]):
        code, _out, err = run(capsys, *argv, "--db", database_url)
        assert code == 0, err
    return database_url


def roster(capsys, db: str) -> list[dict]:
    code, out, err = run(capsys, "roster", "list", "--all", "--json", "--db", db)
    assert code == 0, err
    return json.loads(out)


def add_zhang(capsys, db: str) -> dict:
    code, out, err = run(capsys, "roster", "add", "张小明", "--birth-date", "2018-03-04",
                         "--gender", "M", "--guardian", "李芳", "--relation", "母亲",
                         "--phone", "13812345678", "--program", PROGRAM, "--from",
                         "2026-09-01", "--child-id", "7001", "--db", db)
    assert code == 0, err
    assert "Added 张小明: card code" in out
    return next(r for r in roster(capsys, db) if r["name"] == "张小明")


def test_add_a_child_with_guardian_and_program(db, capsys):
    child = add_zhang(capsys, db)
    assert child["child_id"] == "7001"
    assert child["guardians"] == ["李芳"] and child["phones"] == ["13812345678"]
    assert child["programs"] == [PROGRAM]
    assert child["birth_date"] == "2018-03-04"


def test_set_changes_only_what_is_given(db, capsys):
    child = add_zhang(capsys, db)
    code, out, err = run(capsys, "roster", "set", child["card_code"], "--phone",
                         "13900001111", "--school", "华彩小学", "--db", db)
    assert code == 0, err
    assert "Saved 张小明" in out
    after = next(r for r in roster(capsys, db) if r["card_code"] == child["card_code"])
    assert after["phones"] == ["13900001111"] and after["school"] == "华彩小学"
    assert (after["guardians"], after["programs"], after["child_id"]) == (
        ["李芳"], [PROGRAM], "7001")
    code, out, _err = run(capsys, "roster", "set", "7001", "--school", "华彩小学", "--db", db)
    assert code == 0 and "Nothing to change." in out


def test_adding_a_sibling_keeps_the_shared_parents_employee_id(db, capsys, tmp_path):
    # The trial's repro-guardian-wipe.sh: the sibling's add named the father by name and
    # phone only, and the export then showed his employee id and department empty.
    sheet = tmp_path / "sib1.csv"
    sheet.write_text("姓名,出生日期,家长姓名,关系,家长电话,工号,部门,项目\n"
                     f"王一,2018-01-01,王大,父亲,13811112222,E9,注塑车间,{PROGRAM}\n",
                     encoding="utf-8")
    code, _out, err = run(capsys, "roster", "import", str(sheet), "--db", db)
    assert code == 0, err
    code, _out, err = run(capsys, "roster", "add", "王三", "--birth-date", "2020-03-03",
                          "--guardian", "王大", "--phone", "13811112222", "--relation", "父亲",
                          "--program", PROGRAM, "--db", db)
    assert code == 0, err
    export = tmp_path / "after.csv"
    code, _out, err = run(capsys, "roster", "export", str(export), "--db", db)
    assert code == 0, err
    lines = export.read_text(encoding="utf-8-sig").splitlines()
    header = lines[0].split(",")
    for name in ("王一", "王三"):
        row = dict(zip(header, next(li for li in lines if name in li).split(","), strict=False))
        assert (row["工号"], row["部门"]) == ("E9", "注塑车间"), row


def test_add_refuses_a_likely_duplicate_unless_asked(db, capsys):
    add_zhang(capsys, db)
    one_line_error(run(capsys, "roster", "add", "张小明", "--birth-date", "2018-03-04",
                       "--db", db), "looks like a child on the roster already")
    assert len(roster(capsys, db)) == 1
    code, _out, err = run(capsys, "roster", "add", "张小明", "--birth-date", "2018-03-04",
                          "--even-if-duplicate", "--db", db)
    assert code == 0, err
    assert len(roster(capsys, db)) == 2


@pytest.mark.parametrize(("argv", "words"), [
    (["add", "王小红", "--birth-date", "2019-05-06", "--guardian", "王强", "--phone", "12ab"],
     "--phone: “12ab” is not a phone number."),
    (["add", "王小红", "--birth-date", "2019-02-30"], "does not exist in the calendar"),
    (["add", "王小红", "--birth-date", "2099-01-01"], "--birth-date: The birth date"),
    (["add", " ", "--birth-date", "2019-05-06"], "NAME: The child needs a name."),
    (["add", "王小红", "--birth-date", "2019-05-06", "--program", "没有这个班"],
     "There is no program named 没有这个班"),
    (["add", "王小红", "--birth-date", "2019-05-06", "--phone", "13812345678",
      "--guardian", "A", "--guardian", "B", "--phone", "13812345679", "--phone", "1381234"],
     "Give a --guardian for each --phone"),
    (["set", "NOSUCHCARD", "--school", "x"], "No child found for “NOSUCHCARD”"),
    (["set", "7001", "--phone", "not-a-phone"], "is not a phone number"),
    (["set", "7001", "--guardian", " ", "--phone", "13812345678"], "--guardian: "),
    (["set", "7001", "--name", ""], "NAME: The child needs a name."),
])
def test_bad_input_exits_1_and_writes_nothing(db, capsys, argv, words):
    add_zhang(capsys, db)
    before = roster(capsys, db)
    one_line_error(run(capsys, "roster", *argv, "--db", db), words)
    assert roster(capsys, db) == before
