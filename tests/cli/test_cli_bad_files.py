"""Bad .ics and roster files through the CLI, in-process: refused or cut fast, one line."""

from __future__ import annotations

import pytest

from asc_desk.cli import main


def ics(*events: str) -> bytes:
    body = "".join(f"BEGIN:VEVENT\r\nUID:e{i}\r\n{e}\r\nEND:VEVENT\r\n"
                   for i, e in enumerate(events))
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//x//ZH\r\n" + body
            + "END:VCALENDAR\r\n").encode()


@pytest.fixture
def database(tmp_path, make_database):
    return str(make_database(tmp_path / "desk.sqlite3"))


def one_line(capsys, contains: str) -> None:
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("asc-desk: "), err
    assert contains in err[0], err[0]


def test_overlapping_events_count_distinct_days(tmp_path, database, capsys):
    source = tmp_path / "school.ics"
    source.write_bytes(ics("SUMMARY:运动会\r\nDTSTART;VALUE=DATE:20261102\r\n"
                           "DTEND;VALUE=DATE:20261104",
                           "SUMMARY:停电\r\nDTSTART;VALUE=DATE:20261103",
                           "SUMMARY:每周\r\nDTSTART;VALUE=DATE:20261102\r\n"
                           "RRULE:FREQ=WEEKLY;COUNT=2"))
    assert main(["calendar", "import-ics", str(source), "--db", database]) == 0
    assert "Imported 3 closed day(s)" in capsys.readouterr().out  # 11-02, 11-03, 11-09


def test_a_rule_bomb_and_year_9999_are_skipped_with_reasons_fast(tmp_path, database, capsys):
    source = tmp_path / "bomb.ics"
    source.write_bytes(ics("SUMMARY:炸弹\r\nDTSTART:20260101T000000Z\r\nRRULE:FREQ=SECONDLY",
                           "SUMMARY:远方\r\nDTSTART:99991231T230000Z\r\nRRULE:FREQ=DAILY",
                           "SUMMARY:停电\r\nDTSTART;VALUE=DATE:20261105"))
    assert main(["calendar", "import-ics", str(source), "--db", database]) == 0
    out = capsys.readouterr()
    assert "Imported 1 closed day(s)" in out.out
    assert "Skipped: 炸弹: repeats SECONDLY" in out.err
    assert "Skipped: 远方: 9999, outside the years 2000–2100" in out.err
    assert "went wrong" not in out.err


def test_only_out_of_range_years_is_refused_saying_why(tmp_path, database, capsys):
    source = tmp_path / "old.ics"
    source.write_bytes(ics("SUMMARY:古\r\nDTSTART;VALUE=DATE:00010101"))
    assert main(["calendar", "import-ics", str(source), "--db", database]) == 1
    one_line(capsys, "2000–2100")


def test_an_ics_file_over_5_mb_is_refused_before_reading(tmp_path, database, capsys):
    source = tmp_path / "huge.ics"
    with source.open("wb") as f:  # sparse: no 5 MB written
        f.truncate(5 * 1024 * 1024 + 1)
    assert main(["calendar", "import-ics", str(source), "--db", database]) == 1
    one_line(capsys, "larger than 5 MB")


def test_a_roster_with_an_rtl_override_is_refused_naming_row_and_column(tmp_path, database,
                                                                        capsys):
    source = tmp_path / "roster.csv"
    source.write_bytes("姓名,家长姓名\n张三,张伟\n李\u202e四,李强\n".encode("gb18030"))
    assert main(["roster", "import", str(source), "--db", database]) == 1
    err = capsys.readouterr().err
    assert "row 3, 姓名:" in err and "U+202E" in err


def test_a_gb18030_roster_with_a_bom_keeps_its_first_column(tmp_path, database, capsys):
    source = tmp_path / "roster.csv"
    source.write_bytes("\ufeff姓名,家长姓名\n张三,张伟\n".encode("gb18030"))
    assert main(["roster", "import", str(source), "--db", database]) == 0
    assert "1 added" in capsys.readouterr().out


def test_a_roster_over_20_mb_is_refused_before_reading(tmp_path, database, capsys):
    source = tmp_path / "big.csv"
    with source.open("wb") as f:  # sparse: nothing written
        f.truncate(20 * 1024 * 1024 + 1)
    assert main(["roster", "import", str(source), "--db", database]) == 1
    one_line(capsys, "larger than 20 MB")


def test_a_roster_of_a_million_columns_is_refused_fast(tmp_path, database, capsys):
    source = tmp_path / "wide.csv"
    source.write_bytes(("姓名," + ",".join(["x"] * 1_000_000) + "\n").encode())
    assert main(["roster", "import", str(source), "--db", database]) == 1
    one_line(capsys, "more than the 200")
