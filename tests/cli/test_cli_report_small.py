"""Small refusals of `asc-desk report` that refused good input or said the wrong thing, and the
holiday's name in `shifts week` under Chinese."""

from __future__ import annotations

import pytest
from report_scenario import build

from asc_desk.cli import main, messages
from asc_desk.services.database_service import open_database


@pytest.fixture(scope="module")
def database(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("cli-small") / "asc.sqlite3"
    db, _ = open_database(str(path))
    build(db)
    db.dispose()
    return str(path)


def run(capsys, *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:  # argparse's refusals
        code = int(exit_.code or 0)
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize("paper", ["A4", "a4", "Letter", "LETTER"])
def test_the_paper_size_in_any_case(database, tmp_path, capsys, paper):
    code, _out, err = run(capsys, "report", "monthly", "--month", "2026-11", "--paper", paper,
                          "-o", str(tmp_path / "m.pdf"), "--db", database)
    assert code == 0, err
    assert (tmp_path / "m.pdf").exists()


def test_a_month_that_does_not_exist_is_named_as_such(database, tmp_path, capsys):
    code, _out, err = run(capsys, "--language", "en", "report", "monthly", "--month",
                          "2026-13", "-o", str(tmp_path / "m.pdf"), "--db", database)
    assert code == 1 and "There is no month 13." in err and "format" not in err
    assert "write it as" not in err and not (tmp_path / "m.pdf").exists()
    code, _out, err = run(capsys, "--language", "en", "report", "monthly", "--month",
                          "202611", "-o", str(tmp_path / "m.pdf"), "--db", database)
    assert code == 1 and "is not a month" in err  # a typo still shows how to write it


def test_an_output_naming_a_folder_says_it_is_a_folder(database, tmp_path, capsys):
    folder = tmp_path / "bad"
    folder.mkdir()
    code, _out, err = run(capsys, "--language", "en", "report", "monthly", "--month",
                          "2026-11", "-o", str(folder), "--db", database)
    assert code == 1 and "it is a folder" in err and "must end" not in err
    assert folder.is_dir() and not any(folder.iterdir())


def test_shifts_week_names_the_holiday_in_chinese(database, capsys):
    try:
        code, out, err = run(capsys, "--language", "zh_CN", "shifts", "week", "--date",
                             "2026-10-05", "--db", database)
    finally:
        messages.use("en")
    assert code == 0, err
    assert "National Day" not in out and "[国庆节]" in out
    code, out, _err = run(capsys, "--language", "en", "shifts", "week", "--date", "2026-10-05",
                          "--db", database)
    assert "[National Day]" in out
