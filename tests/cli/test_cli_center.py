"""`asc-desk center ...` and `asc-desk desk ...`: a center set up and tuned without a window."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from inprocess_cli import one_line_error, run, set_locale


@pytest.fixture
def english(monkeypatch):
    set_locale(monkeypatch, "C.UTF-8")


@pytest.fixture
def center_db(database_url, capsys, english) -> str:
    code, _out, err = run(capsys, "center", "init", "星光儿童之家", "--factory", "华彩玩具",
                          "--db", database_url)
    assert code == 0, err
    return database_url


def test_init_creates_the_database_and_the_center(database_url, capsys, english):
    code, out, err = run(capsys, "center", "init", "星光儿童之家", "--factory", "华彩玩具",
                         "--time-zone", "Asia/Urumqi", "--language", "en",
                         "--db", database_url)
    assert code == 0, err
    assert "Set up center 星光儿童之家 (华彩玩具)." in out
    code, out, _err = run(capsys, "center", "show", "--json", "--db", database_url)
    assert code == 0
    shown = json.loads(out)
    assert (shown["name"], shown["factory"], shown["time_zone"], shown["language"]) == (
        "星光儿童之家", "华彩玩具", "Asia/Urumqi", "en")
    # The commands that need a center work on it at once.
    assert run(capsys, "roster", "list", "--db", database_url)[0] == 0


def test_init_refuses_a_database_that_has_a_center(center_db, capsys):
    one_line_error(run(capsys, "center", "init", "别的中心", "--factory", "X", "--db",
                       center_db), "already has a center")
    code, out, _err = run(capsys, "center", "show", "--json", "--db", center_db)
    assert json.loads(out)["name"] == "星光儿童之家"


@pytest.mark.parametrize(("argv", "words"), [
    (["   ", "--factory", "华彩玩具"], "needs a name"),
    (["星光", "--factory", "华彩玩具", "--time-zone", "Mars/Olympus"], "not a known time zone"),
    (["星光" * 60, "--factory", "华彩玩具"], "longer than"),
])
def test_bad_init_writes_no_file(tmp_path: Path, capsys, english, argv, words):
    path = tmp_path / "new.sqlite3"
    one_line_error(run(capsys, "center", "init", *argv, "--db", str(path)), words)
    assert not path.exists()


def test_show_without_a_center_says_how_to_make_one(tmp_path: Path, capsys, english):
    path = str(tmp_path / "bare.sqlite3")
    assert run(capsys, "db", "upgrade", "--db", path)[0] == 0
    one_line_error(run(capsys, "center", "show", "--db", path), "asc-desk center init")


def test_set_changes_only_what_is_given(center_db, capsys):
    code, out, err = run(capsys, "center", "set", "--time-zone", "Asia/Urumqi", "--db",
                         center_db)
    assert code == 0, err
    assert "Asia/Urumqi" in out
    shown = json.loads(run(capsys, "center", "show", "--json", "--db", center_db)[1])
    assert (shown["name"], shown["time_zone"]) == ("星光儿童之家", "Asia/Urumqi")
    code, out, _err = run(capsys, "center", "set", "--time-zone", "Asia/Urumqi", "--db",
                          center_db)
    assert code == 0 and "Nothing to change." in out


@pytest.mark.parametrize(("argv", "words"), [
    (["--name", " "], "needs a name"),
    (["--time-zone", "Europe/Atlantis"], "not a known time zone"),
])
def test_bad_set_writes_nothing(center_db, capsys, argv, words):
    before = run(capsys, "center", "show", "--json", "--db", center_db)[1]
    one_line_error(run(capsys, "center", "set", *argv, "--db", center_db), words)
    assert run(capsys, "center", "show", "--json", "--db", center_db)[1] == before


def test_desk_show_and_set(center_db, capsys):
    code, out, _err = run(capsys, "desk", "show", "--json", "--db", center_db)
    assert json.loads(out) == {"late_grace_minutes": 15, "duplicate_scan_minutes": 2,
                               "children_per_caregiver": 15}
    code, out, err = run(capsys, "desk", "set", "--late-grace", "20", "--duplicate-window",
                         "5", "--db", center_db)
    assert code == 0, err
    assert "late-grace" in out
    shown = json.loads(run(capsys, "desk", "show", "--json", "--db", center_db)[1])
    assert shown == {"late_grace_minutes": 20, "duplicate_scan_minutes": 5,
                     "children_per_caregiver": 15}


@pytest.mark.parametrize(("argv", "words"), [
    (["--late-grace", "241"], "--late-grace takes a number from 0 to 240."),
    (["--duplicate-window", "-1"], "--duplicate-window takes a number from 0 to 60."),
    (["--children-per-caregiver", "0", "--late-grace", "5"], "--children-per-caregiver"),
])
def test_desk_set_out_of_range_writes_nothing(center_db, capsys, argv, words):
    before = run(capsys, "desk", "show", "--json", "--db", center_db)[1]
    one_line_error(run(capsys, "desk", "set", *argv, "--db", center_db), words)
    assert run(capsys, "desk", "show", "--json", "--db", center_db)[1] == before
