"""`asc-desk attendance correct|undo`: the Today page's corrections from a script, refused
in one line (nothing written) when the record, the reason or the new value is wrong."""

from __future__ import annotations

import json

import pytest
from inprocess_cli import one_line_error, run, set_locale

PROGRAM = "2026秋季学期课后班"


@pytest.fixture
def desk(database_url, capsys, monkeypatch) -> tuple[str, str, int]:
    """A center, a program, one child checked in on a past school day: (db, card, event)."""
    set_locale(monkeypatch, "C.UTF-8")
    db = database_url
    for argv in (["center", "init", "星光儿童之家", "--factory", "华彩玩具"],
                 ["program", "add", PROGRAM, "--kind", "term", "--from", "2026-09-01",
                  "--to", "2027-01-20", "--open", "16:00", "--close", "19:00"],
                 ["roster", "add", "张小明", "--birth-date", "2018-03-04", "--guardian",
                  "李芳", "--phone", "13812345678", "--program", PROGRAM, "--from",
                  "2026-09-01", "--child-id", "7001"],
                 ["attendance", "check-in", "7001", "--at", "2026-11-25T16:35"]):
        code, _out, err = run(capsys, *argv, "--db", db)
        assert code == 0, (argv, err)
    return db, "7001", history(capsys, db)[-1]["id"]


def history(capsys, db: str) -> list[dict]:
    code, out, err = run(capsys, "attendance", "history", "7001", "--json", "--db", db)
    assert code == 0, err
    return json.loads(out)


def test_correct_the_time_then_undo_the_correction(desk, capsys):
    db, _card, event = desk
    code, out, err = run(capsys, "attendance", "correct", str(event), "--reason", "时间录错",
                         "--at", "16:20", "--db", db)
    assert code == 0, err
    replacement = next(e for e in history(capsys, db) if e["corrects"] == event
                       and e["kind"] == "check_in")
    assert replacement["at"].startswith("2026-11-25T16:20")
    code, _out, err = run(capsys, "attendance", "undo", str(replacement["id"]), "--db", db)
    assert code == 0, err


def test_void_a_record(desk, capsys):
    db, _card, event = desk
    code, _out, err = run(capsys, "attendance", "correct", str(event), "--reason", "扫错卡",
                          "--void", "--db", db)
    assert code == 0, err
    code, out, _err = run(capsys, "attendance", "day", "--date", "2026-11-25", "--json",
                          "--db", db)
    assert json.loads(out)["children"][0]["check_in"] is None


@pytest.mark.parametrize(("argv", "words"), [
    (["correct", "{event}", "--void"], "Say why the record is corrected."),
    (["correct", "{event}", "--reason", "  ", "--at", "16:20"], "Say why"),
    (["correct", "{event}", "--reason", "x"], "or --void to void it"),
    (["correct", "{event}", "--reason", "x", "--void", "--at", "16:20"], "or --void"),
    (["correct", "{event}", "--reason", "x", "--at", "25:99"], "25:99"),
    (["correct", "99999", "--reason", "x", "--void"], "Record 99999 does not exist."),
    (["undo", "99999"], "Record 99999 does not exist."),
    (["check-in", "NOSUCHCARD"], "No child found"),
])
def test_bad_input_exits_1_and_writes_nothing(desk, capsys, argv, words):
    db, _card, event = desk
    before = history(capsys, db)
    one_line_error(run(capsys, "attendance", *(a.format(event=event) for a in argv),
                       "--db", db), words)
    assert history(capsys, db) == before
