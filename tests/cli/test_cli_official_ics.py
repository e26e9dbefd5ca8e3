"""`calendar import-ics` on holiday feeds (official and closures); fixed dates of unknown years."""

from __future__ import annotations

import json

import pytest

STORY = "2026-11-25"  # the demo's fixed "today": the data these tests read


@pytest.fixture
def demo_db(cli, tmp_path):
    path = tmp_path / "demo.sqlite3"
    assert cli.demo(path, "--today", STORY).returncode == 0
    return str(path)


def _ics(*events: str) -> bytes:
    body = "".join(f"BEGIN:VEVENT\r\nUID:e{i}\r\n{e}\r\nEND:VEVENT\r\n"
                   for i, e in enumerate(events))
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//x//ZH\r\n" + body +
            "END:VCALENDAR\r\n").encode()


KNOWN_2026 = _ics(
    "DTSTART;VALUE=DATE:20261001\r\nDTEND;VALUE=DATE:20261009\r\nSUMMARY:国庆节、中秋节",
    "DTSTART;VALUE=DATE:20260920\r\nSUMMARY:上班(补国庆节假期)",
    "DTSTART;VALUE=DATE:20261010\r\nSUMMARY:补班",
)


def test_a_file_of_known_years_exits_0_and_names_the_days_with_verbose(cli, demo_db, tmp_path):
    path = tmp_path / "holidays.ics"
    path.write_bytes(KNOWN_2026)
    quiet = cli.run("calendar", "import-ics", str(path), "--official", "--db", demo_db)
    assert quiet.returncode == 0, quiet.stderr
    assert "Imported 0 official day(s)" in quiet.stdout
    assert "Already known: 2026" in quiet.stdout and "10 day(s)" in quiet.stdout
    assert "2026-10-01" not in quiet.stdout
    loud = cli.run("calendar", "import-ics", str(path), "--official", "--verbose", "--db",
                   demo_db)
    assert loud.returncode == 0 and "  2026-10-01 国庆节、中秋节" in loud.stdout
    assert "  2026-09-20 国庆节" in loud.stdout


def test_closures_mode_skips_the_make_up_working_days(cli, demo_db, tmp_path):
    path = tmp_path / "holidays.ics"
    path.write_bytes(KNOWN_2026)
    done = cli.run("calendar", "import-ics", str(path), "--program", "2026秋季学期课后班",
                   "--db", demo_db)
    assert done.returncode == 0, done.stderr
    assert "Imported 8 closed day(s)" in done.stdout
    assert "2026-10-10 补班: this is a working day, not a closure" in done.stderr
    days = json.loads(cli.run("calendar", "show", "--month", "2026-10", "--program",
                              "2026秋季学期课后班", "--json", "--db", demo_db).stdout)
    by_date = {d["date"]: d for d in days}
    assert by_date["2026-10-10"]["open"] and by_date["2026-10-08"]["reason"] == "override_closed"


def test_a_year_the_file_does_not_cover_stays_not_published(cli, demo_db, tmp_path):
    path = tmp_path / "2027.ics"
    path.write_bytes(_ics("DTSTART;VALUE=DATE:20270101\r\nSUMMARY:元旦 假期"))
    done = cli.run("calendar", "import-ics", str(path), "--official", "--db", demo_db)
    assert done.returncode == 0, done.stderr
    assert "Imported 1 official day(s)" in done.stdout
    assert "still not published: 2027" in done.stdout
    year = json.loads(cli.run("calendar", "holidays", "--year", "2027", "--json", "--db",
                              demo_db).stdout)
    assert not year["known"] and [d["date"] for d in year["days"]] == ["2027-01-01"]


def test_fixed_date_holidays_of_an_unpublished_year_read_probably_closed(cli, demo_db):
    cli.run("program", "add", "2028班", "--kind", "holiday", "--from", "2028-04-25", "--to",
            "2028-05-05", "--weekdays", "Mon-Sun", "--open", "08:00", "--close", "18:00",
            "--db", demo_db)
    shown = cli.run("calendar", "show", "--month", "2028-05", "--program", "2028班",
                    "--db", demo_db)
    line = next(x for x in shown.stdout.splitlines() if x.startswith("2028-05-01"))
    # The English name, as the window's English calendar shows it (JSON keeps 劳动节).
    assert "probably closed" in line and "Labour Day" in line and line.endswith("?")
    line = next(x for x in shown.stdout.splitlines() if x.startswith("2028-05-02"))
    assert "OPEN" in line and line.endswith("?")
