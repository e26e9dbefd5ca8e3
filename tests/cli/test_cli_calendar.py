"""`asc-desk program ...` and `asc-desk calendar ...` as a user runs them."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from asc_desk.cli import main
from asc_desk.services.calendar.calendar_service import CalendarService
from asc_desk.services.database_service import open_database
from asc_desk.services.demo.demo_service import fill_demo

STORY = "2026-11-25"  # the demo's fixed "today": the data these tests read


@pytest.fixture
def demo_db(cli, tmp_path):
    path = tmp_path / "demo.sqlite3"
    assert cli.demo(path, "--today", STORY).returncode == 0
    return str(path)


def test_program_add_and_list(cli, demo_db):
    added = cli.run("program", "add", "周末兴趣班", "--kind", "holiday", "--from", "2026-09-05",
                    "--to", "2026-12-26", "--weekdays", "周六", "--open", "9:00", "--close",
                    "12:00", "--db", demo_db)
    assert added.returncode == 0, added.stderr
    assert "Sat" in added.stdout and "09:00-12:00" in added.stdout
    listed = json.loads(cli.run("program", "list", "--json", "--db", demo_db).stdout)
    weekend = next(p for p in listed if p["name"] == "周末兴趣班")
    assert (weekend["kind"], weekend["weekdays"]) == ("holiday", "Sat")
    term = cli.run("program", "add", "秋季二班", "--kind", "term", "--from", "2026-10-01",
                   "--to", "2026-12-31", "--open", "16:30", "--close", "20:00", "--db", demo_db)
    assert term.returncode == 0
    assert "Mon-Fri" in term.stdout  # a term program defaults to school days
    assert "overlaps" in term.stderr  # and is warned about the other term program


@pytest.mark.parametrize(("args", "words"), [
    (["--from", "2026-02-30", "--to", "2026-03-01"], "does not exist"),
    (["--from", "2026-03-05", "--to", "2026-03-01"], "before the first day"),
    (["--from", "2026-03-01", "--to", "2026-04-01", "--weekdays", ""], "No weekdays"),
    (["--from", "2026-03-01", "--to", "2026-04-01", "--weekdays", "Mon-Fry"], "Fry"),
    (["--from", "2026-03-01", "--to", "2026-04-01", "--open", "25:00"], "time of day"),
])
def test_bad_program_is_refused_and_nothing_written(cli, demo_db, one_line_error, args, words):
    base = {"--open": "08:00", "--close": "18:00", "--weekdays": "Mon-Fri"}
    for i in range(0, len(args), 2):
        base[args[i]] = args[i + 1]
    flat = [x for kv in base.items() for x in kv]
    before = cli.run("program", "list", "--json", "--db", demo_db).stdout
    result = cli.run("program", "add", "坏班", "--kind", "holiday", *flat, "--db", demo_db)
    one_line_error(result, contains=words)
    assert cli.run("program", "list", "--json", "--db", demo_db).stdout == before


def test_close_open_hours_clear_and_show(cli, demo_db):
    term = "2026秋季学期课后班"
    assert cli.run("calendar", "close", "2026-10-12", "--to", "2026-10-13", "--reason", "停电",
                   "--program", term, "--db", demo_db).returncode == 0
    assert cli.run("calendar", "open", "2026-10-03", "--reason", "特别开放", "--open", "09:00",
                   "--close", "17:00", "--db", demo_db).returncode == 0
    assert cli.run("calendar", "hours", "2026-10-14", "--reason", "早关", "--close", "18:00",
                   "--db", demo_db).returncode == 0
    days = json.loads(cli.run("calendar", "show", "--month", "2026-10", "--program", term,
                              "--json", "--db", demo_db).stdout)
    by_date = {d["date"]: d for d in days}
    assert len(days) == 31
    assert by_date["2026-10-01"]["holiday"] == "国庆节" and not by_date["2026-10-01"]["open"]
    assert by_date["2026-10-10"]["reason"] == "adjusted_workday" and by_date["2026-10-10"]["open"]
    assert by_date["2026-10-12"]["override_reason"] == "停电"
    assert (by_date["2026-10-03"]["opens_at"], by_date["2026-10-03"]["closes_at"]) == (
        "09:00", "17:00")
    assert by_date["2026-10-14"]["closes_at"] == "18:00"
    cleared = cli.run("calendar", "clear", "2026-10-12", "--to", "2026-10-13", "--program", term,
                      "--db", demo_db)
    assert "Removed 2" in cleared.stdout
    text = cli.run("calendar", "show", "--month", "2026-10", "--program", term, "--db", demo_db)
    assert "2026-10-12 Mon  OPEN" in text.stdout
    # English names in English, as the window's calendar (the JSON keeps 国庆节).
    assert "public holiday: National Day" in text.stdout


def test_holidays_known_and_unknown_year(cli, demo_db):
    known = cli.run("calendar", "holidays", "--year", "2026", "--db", demo_db)
    assert "National Day" in known.stdout and "2026-10-10" in known.stdout
    unknown = cli.run("calendar", "holidays", "--year", "2028", "--db", demo_db)
    assert unknown.returncode == 0 and "not been published yet" in unknown.stdout
    shown = cli.run("calendar", "show", "--month", "2027-02", "--program", "2027寒假班",
                    "--db", demo_db)
    assert "not known yet" in shown.stdout and " ?" in shown.stdout
    entered = cli.run("calendar", "official", "2027-02-05", "--to", "2027-02-12", "--name",
                      "春节", "--db", demo_db)
    assert entered.returncode == 0, entered.stderr
    now = json.loads(cli.run("calendar", "holidays", "--year", "2027", "--json", "--db",
                             demo_db).stdout)
    assert now["known"] and now["entered"] and len(now["days"]) == 8


def test_an_official_day_entered_again_or_corrected_is_replaced_and_said(cli, demo_db):
    """Trial finding 4: the second `calendar official` of a day crashed ("出了点问题")."""
    args = ("calendar", "official", "2027-02-20", "--name", "春节", "--db", demo_db)
    assert cli.run(*args).returncode == 0
    again = cli.run(*args)
    assert again.returncode == 0, again.stderr
    assert "nothing changed" in again.stdout
    fixed = cli.run(*args, "--workday")
    assert fixed.returncode == 0, fixed.stderr
    assert ("Replaced 2027-02-20: Spring Festival (holiday) → Spring Festival (adjusted working "
            "day).") in fixed.stdout
    listed = json.loads(cli.run("calendar", "holidays", "--year", "2027", "--json", "--db",
                                demo_db).stdout)
    assert [d["kind"] for d in listed["days"] if d["date"] == "2027-02-20"] == ["workday"]


@pytest.mark.parametrize(("args", "words"), [
    (["holidays", "--year", "27"], "four digits"),
    (["close", "2026-02-30", "--reason", "x"], "does not exist"),
    (["close", "2026-10-05", "--to", "2026-10-01", "--reason", "x"], "before it starts"),
    (["close", "2026-10-05", "--reason", " "], "why"),
    (["close", "2026-10-05", "--reason", "x", "--program", "没有"], "no program named"),
    (["show", "--month", "2026-13"], "There is no month 13"),
    (["hours", "2026-10-05", "--reason", "x"], "time"),
])
def test_bad_calendar_input(cli, demo_db, one_line_error, args, words):
    before = cli.run("calendar", "show", "--month", "2026-10", "--json", "--db", demo_db).stdout
    one_line_error(cli.run("calendar", *args, "--db", demo_db), contains=words)
    after = cli.run("calendar", "show", "--month", "2026-10", "--json", "--db", demo_db).stdout
    assert after == before


def test_override_outside_programs_is_saved_with_a_warning(cli, demo_db):
    result = cli.run("calendar", "close", "2030-05-01", "--reason", "远期", "--db", demo_db)
    assert result.returncode == 0
    assert "outside every program" in result.stderr


@pytest.fixture(scope="module")
def shared_demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("cal") / "demo.sqlite3"
    db, _ = open_database(str(path))
    fill_demo(db)
    db.dispose()
    return str(path)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(year=st.integers(2026, 2027), month=st.integers(1, 12))
def test_cli_json_and_service_agree_on_every_day(shared_demo, capsys, year, month):
    assert main(["calendar", "show", "--month", f"{year}-{month:02d}", "--json",
                 "--db", shared_demo]) == 0
    shown = json.loads(capsys.readouterr().out)
    db, _ = open_database(shared_demo)
    try:
        calendar = CalendarService(db, "t")
        center = 1
        for record in shown:
            program = next(m for m in calendar.month(center, year, month)
                           if m.program.name == record["program"])
            status = next(s for s in program.days if s.date.isoformat() == record["date"])
            assert record["open"] == status.open
            assert record["reason"] == str(status.reason)
            expected_close = f"{status.closes_at:%H:%M}" if status.closes_at else None
            assert record["closes_at"] == expected_close
            single = calendar.day_status(program.program.id,
                                         dt.date.fromisoformat(record["date"]))
            assert single == status
    finally:
        db.dispose()


ICS = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//school//x//ZH\r\n"
       b"BEGIN:VEVENT\r\nUID:a\r\nDTSTART;VALUE=DATE:20261102\r\nDTEND;VALUE=DATE:20261104\r\n"
       b"SUMMARY:\xe5\xad\xa6\xe6\xa0\xa1\xe8\xbf\x90\xe5\x8a\xa8\xe4\xbc\x9a\r\nEND:VEVENT\r\n"
       b"BEGIN:VEVENT\r\nUID:b\r\nDTSTART:20261105T080000Z\r\nDTEND:20261105T090000Z\r\n"
       b"SUMMARY:meeting\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


def test_import_and_export_ics(cli, demo_db, tmp_path):
    source = tmp_path / "school.ics"
    source.write_bytes(ICS)
    imported = cli.run("calendar", "import-ics", str(source), "--program", "2026秋季学期课后班",
                       "--db", demo_db)
    assert imported.returncode == 0, imported.stderr
    assert "Imported 2 closed day(s)" in imported.stdout
    assert "Skipped: 2026-11-05 meeting" in imported.stderr
    days = json.loads(cli.run("calendar", "show", "--month", "2026-11", "--program",
                              "2026秋季学期课后班", "--json", "--db", demo_db).stdout)
    closed = {d["date"]: d["override_reason"] for d in days if d["reason"] == "override_closed"}
    assert closed == {"2026-11-02": "学校运动会", "2026-11-03": "学校运动会"}

    out = tmp_path / "term.ics"
    exported = cli.run("calendar", "export-ics", str(out), "--program", "2026秋季学期课后班",
                       "--db", demo_db)
    assert exported.returncode == 0, exported.stderr
    text = out.read_text(encoding="utf-8")
    assert "学校运动会" in text and "DTSTART;TZID=Asia/Shanghai:20261008T163000" in text


@pytest.mark.parametrize(("content", "words"), [
    (b"\x89PNG\r\n\x1a\n" + bytes(100), "not an iCalendar"),
    (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:x\r\nSUMMARY:no date"
     b"\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", "no date"),
])
def test_bad_ics_is_refused_and_nothing_written(cli, demo_db, tmp_path, one_line_error,
                                                content, words):
    bad = tmp_path / "bad.ics"
    bad.write_bytes(content)
    before = cli.run("calendar", "show", "--month", "2026-11", "--json", "--db", demo_db).stdout
    one_line_error(cli.run("calendar", "import-ics", str(bad), "--db", demo_db), contains=words)
    after = cli.run("calendar", "show", "--month", "2026-11", "--json", "--db", demo_db).stdout
    assert after == before


def test_export_needs_an_ics_name(cli, demo_db, tmp_path, one_line_error):
    one_line_error(cli.run("calendar", "export-ics", str(tmp_path / "x.txt"), "--db", demo_db),
                   contains=".ics")


def test_export_and_import_say_file_problems_in_the_apps_words(cli, demo_db, tmp_path,
                                                                one_line_error):
    """Trial finding 14: "No such file or directory", "Is a directory" inside Chinese."""
    missing = tmp_path / "不存在"
    result = cli.run("calendar", "export-ics", str(missing / "x.ics"), "--db", demo_db)
    one_line_error(result, contains=f"The folder {missing} does not exist.")
    result = cli.run("calendar", "import-ics", str(tmp_path), "--db", demo_db)
    one_line_error(result, contains=f"{tmp_path} is a folder; choose a file in it.")
    result = cli.run("roster", "import", str(tmp_path), "--db", demo_db)
    one_line_error(result, contains=f"{tmp_path} is a folder; choose a file in it.")
    result = cli.run("roster", "export", str(missing / "r.xlsx"), "--db", demo_db)
    one_line_error(result, contains=f"The folder {missing} does not exist.")
