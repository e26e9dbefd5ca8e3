"""`asc-desk attendance ...`: the desk from scripts, on a past school day of the demo data."""

from __future__ import annotations

import json

import pytest

STORY = "2026-11-25"  # the demo's fixed "today": the data these tests read

DAY = "2026-11-25"  # "today" of the demo data: nothing recorded yet (times before 10:00)


@pytest.fixture
def demo(cli, tmp_path):
    path = str(tmp_path / "desk.sqlite3")
    assert cli.demo(path, "--children", "15", "--today", STORY).returncode == 0
    day = json.loads(cli.run("attendance", "day", "--date", "2026-11-24", "--json",
                             "--db", path).stdout)
    roster = json.loads(cli.run("roster", "list", "--json", "--db", path).stdout)
    return path, day, roster


def _child(roster, card):
    return next(r for r in roster if r["card_code"] == card)


def test_check_in_out_day_and_history(cli, demo):
    path, _day, roster = demo
    child = roster[0]
    card = child["card_code"]
    first = cli.run("attendance", "check-in", card, "--at", "2026-11-25T08:35", "--db", path)
    assert first.returncode == 0, first.stderr
    out = cli.run("attendance", "check-out", card, "--pickup", child["guardians"][0],
                  "--at", "2026-11-25T09:10", "--db", path)
    assert out.returncode == 0, out.stderr
    day = json.loads(cli.run("attendance", "day", "--date", "2026-11-25", "--json",
                             "--db", path).stdout)
    record = next(c for c in day["children"] if c["card_code"] == card)
    assert record["collected_by"] == child["guardians"][0]
    history = json.loads(cli.run("attendance", "history", card, "--json", "--db", path).stdout)
    assert any(e["kind"] == "check_out" for e in history)


def test_absent_in_advance(cli, demo):
    path, _day, roster = demo
    result = cli.run("attendance", "absent", roster[1]["child_id"], "--date", "2026-12-02",
                     "--reason", "notified", "--note", "回老家", "--db", path)
    assert result.returncode == 0, result.stderr
    day = json.loads(cli.run("attendance", "day", "--date", "2026-12-02", "--json",
                             "--db", path).stdout)
    assert any(c["state"] == "absent" and c["absence_reason"] == "notified"
               for c in day["children"])


def test_duplicate_scan_records_once(cli, demo):
    path, _day, roster = demo
    card = roster[2]["card_code"]
    cli.run("attendance", "check-in", card, "--at", "2026-11-25T08:35", "--db", path)
    again = cli.run("attendance", "check-in", card, "--at", "2026-11-25T08:36", "--db", path)
    assert again.returncode == 0 and "not recorded again" in again.stdout
    history = json.loads(cli.run("attendance", "history", card, "--json", "--db", path).stdout)
    assert sum(1 for e in history if e["at"].startswith("2026-11-25")) == 1


@pytest.mark.parametrize(("args", "words"), [
    (["check-in", "NOSUCHCARD"], "No child found"),
    (["check-in", "{card}", "--at", "2030-01-01T10:00"], "future"),
    (["check-out", "{card}", "--pickup", "陌生人", "--at", "2026-11-25T09:00"], "may not collect"),
    (["check-out", "{card}", "--pickup", "{guardian}", "--at", "2026-11-25T09:00"],
     "not checked in"),
    (["check-in", "{card}", "--at", "2026-08-20T16:30", "--reason", "x"], "enrolled from"),
])
def test_bad_desk_input_exits_1_and_writes_nothing(cli, demo, one_line_error, args, words):
    path, _day, roster = demo
    child = roster[3]
    filled = [a.format(card=child["card_code"], guardian=child["guardians"][0]) for a in args]
    before = cli.run("attendance", "history", child["card_code"], "--json", "--db", path).stdout
    one_line_error(cli.run("attendance", *filled, "--db", path), contains=words)
    after = cli.run("attendance", "history", child["card_code"], "--json", "--db", path).stdout
    assert after == before


def test_check_out_of_a_child_never_checked_in_with_time_and_reason(cli, demo):
    path, _day, roster = demo
    child = roster[4]
    done = cli.run("attendance", "check-out", child["card_code"], "--pickup",
                   child["guardians"][0], "--at", "2026-11-25T09:00", "--checked-in-at",
                   "08:40", "--reason", "忘记签到", "--db", path)
    assert done.returncode == 0, done.stderr
    # Recorded afterwards by the child's own guardian: a note, not an override.
    day = json.loads(cli.run("attendance", "day", "--date", "2026-11-25", "--json",
                             "--db", path).stdout)
    record = next(c for c in day["children"] if c["card_code"] == child["card_code"])
    assert (record["overrides"], record["notes"]) == ([], ["忘记签到"])


def test_withdrawn_child_is_refused(cli, demo, one_line_error):
    path, _day, _roster = demo
    everyone = json.loads(cli.run("roster", "list", "--all", "--json", "--db", path).stdout)
    left = [r for r in everyone if r["status"] == "withdrawn"]
    if not left:
        pytest.skip("no child has left in this demo roster")
    one_line_error(cli.run("attendance", "check-in", left[0]["card_code"], "--at",
                           "2026-11-24T16:30", "--db", path), contains="has left")


def test_correct_and_undo_a_record(demo, capsys):
    from asc_desk.cli import main

    path, _day, roster = demo
    card = roster[5]["card_code"]
    assert main(["attendance", "check-in", card, "--at", "2026-11-25T08:35", "--db", path]) == 0
    capsys.readouterr()
    assert main(["attendance", "history", card, "--json", "--db", path]) == 0
    first = max(json.loads(capsys.readouterr().out), key=lambda e: e["id"])
    assert main(["attendance", "correct", str(first["id"]), "--reason", "时间录错", "--at",
                 "08:20", "--db", path]) == 0
    assert "Corrected" in capsys.readouterr().out
    assert main(["attendance", "day", "--date", "2026-11-25", "--json", "--db", path]) == 0
    day = json.loads(capsys.readouterr().out)
    assert next(c for c in day["children"] if c["card_code"] == card)["check_in"] == "08:20"
    # The same record cannot be corrected twice; the replacement can be taken back.
    assert main(["attendance", "correct", str(first["id"]), "--reason", "again", "--void",
                 "--db", path]) == 1
    assert "cannot be voided" in capsys.readouterr().err
    assert main(["attendance", "history", card, "--json", "--db", path]) == 0
    replacement = next(e for e in json.loads(capsys.readouterr().out)
                       if e["corrects"] == first["id"] and e["kind"] == "check_in")
    assert main(["attendance", "undo", str(replacement["id"]), "--db", path]) == 0
    capsys.readouterr()
    assert main(["attendance", "day", "--date", "2026-11-25", "--json", "--db", path]) == 0
    day = json.loads(capsys.readouterr().out)
    assert next(c for c in day["children"] if c["card_code"] == card)["check_in"] is None


def test_a_child_and_a_pickup_typed_in_their_other_spellings_are_found(cli, demo):
    """Trial finding 16: REF and --pickup were compared as typed."""
    path, _day, _roster = demo
    added = cli.run("roster", "add", "迪丽努尔 • 艾山", "--birth-date", "2018-03-04",
                    "--guardian", "艾山买买提", "--relation", "父亲", "--phone", "13800138000",
                    "--program", "2026秋季学期课后班", "--from", "2026-09-01", "--db", path)
    assert added.returncode == 0, added.stderr
    changed = cli.run("roster", "set", "迪丽努尔•艾山", "--school", "华彩小学", "--db", path)
    assert changed.returncode == 0, changed.stderr
    came = cli.run("attendance", "check-in", "迪丽努尔•艾山", "--at", "2026-11-25T16:45",
                   "--db", path)
    assert came.returncode == 0, came.stderr
    went = cli.run("attendance", "check-out", "迪丽努尔 · 艾山", "--pickup", "艾山 买买提",
                   "--at", "2026-11-25T18:10", "--db", path)
    assert went.returncode == 0, went.stderr
