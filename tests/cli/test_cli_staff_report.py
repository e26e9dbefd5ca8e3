"""`asc-desk report shifts|staff-hours` in-process: the documents written with the same
figures as the services, and each bad input one line, exit 1, any earlier file kept."""

from __future__ import annotations

import csv

import pdfplumber
import pytest
from staff_scenario import DILI, LI, build

from asc_desk.cli import main
from asc_desk.services.database_service import open_database


@pytest.fixture(scope="module")
def database(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("cli-staff") / "asc.sqlite3"
    db, _ = open_database(str(path))
    build(db)
    db.dispose()
    return str(path)


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def one_line_error(code: int, err: str, contains: str) -> None:
    lines = err.strip().splitlines()
    assert code == 1 and len(lines) == 1 and lines[0].startswith("asc-desk: "), err
    assert "went wrong" not in err and contains in lines[0], lines[0]


def test_the_week_rota(capsys, database, tmp_path):
    target = tmp_path / "rota.pdf"
    code, out, err = run(capsys, "report", "shifts", "--week", "2026-11-26", "-o", str(target),
                         "--paper", "letter", "--db", database)
    assert code == 0 and "Wrote" in out and ", 1 page." in out, err
    with pdfplumber.open(target) as pdf:
        page = pdf.pages[0]
        text = page.extract_text()
        assert page.width > page.height and round(page.width) == 792  # Letter, landscape
    assert LI in text and DILI in text and "2026-11-23 至 2026-11-29" in text
    assert [p.name for p in tmp_path.iterdir()] == ["rota.pdf"]


@pytest.mark.parametrize("ext", ["pdf", "xlsx", "csv"])
def test_staff_hours(capsys, database, tmp_path, ext):
    target = tmp_path / f"hours.{ext}"
    code, out, err = run(capsys, "report", "staff-hours", "--month", "2026-11", "-o",
                         str(target), "--db", database)
    assert code == 0 and "Wrote" in out, err
    if ext == "csv":
        with open(target, encoding="utf-8-sig", newline="") as f:
            rows = list(csv.reader(f))
        mine = next(r for r in rows if r[0] == LI)
        # Two decimals throughout (16.50 beside 8.25); the total's label in one cell.
        assert mine[:6] == [LI, "老师", "E01", "16.50", "8.25", "-8.25"]
        assert rows[-1] == ["合计（4 人）", "", "", "26.50", "11.75", "-14.75", "3", "3"]
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


@pytest.mark.parametrize("args, name, contains", [
    (("staff-hours", "--month", "2099-01"), "out.pdf", "future"),
    (("staff-hours", "--month", "2026-13"), "out.pdf", "There is no month 13"),
    (("shifts", "--week", "2026-02-30"), "out.pdf", "does not exist"),
    (("shifts", "--week", "2026-11-23"), "out.xlsx", "must end in .pdf"),
    (("staff-hours", "--month", "2026-11"), "out.docx", "must end in"),
])
def test_bad_input_keeps_the_earlier_file(capsys, database, tmp_path, args, name, contains):
    target = tmp_path / name
    target.write_bytes(b"earlier")
    code, _, err = run(capsys, "report", *args, "-o", str(target), "--db", database)
    one_line_error(code, err, contains)
    assert target.read_bytes() == b"earlier" and [p.name for p in tmp_path.iterdir()] == [name]


def test_a_missing_folder(capsys, database, tmp_path):
    for args in (("shifts", "--week", "2026-11-23"), ("staff-hours", "--month", "2026-11")):
        code, _, err = run(capsys, "report", *args, "-o", str(tmp_path / "no" / "x.pdf"),
                           "--db", database)
        one_line_error(code, err, "does not exist")
    assert list(tmp_path.iterdir()) == []


def test_an_empty_month_is_a_valid_document_saying_so(capsys, database, tmp_path):
    target = tmp_path / "october.pdf"
    code, _, err = run(capsys, "report", "staff-hours", "--month", "2026-10", "-o", str(target),
                       "--db", database)
    assert code == 0, err
    with pdfplumber.open(target) as pdf:
        assert "本月没有排班" in pdf.pages[0].extract_text()


def test_every_option_has_help(capsys):
    for doc, period, words in (("shifts", "--week DATE", "any day of the week"),
                               ("staff-hours", "--month YYYY-MM", "the month, e.g.")):
        with pytest.raises(SystemExit):
            main(["report", doc, "--help"])
        text = capsys.readouterr().out
        assert "-o FILE, --output FILE" in text and "paper size" in text and period in text
        assert words in " ".join(text.split()) and "replaced only once" in " ".join(text.split())


def _rota_header(cli, tmp_path, week: str) -> str:
    """The day header line of the demo's week rota (the line with the closed days)."""
    db = tmp_path / "demo.sqlite3"
    cli.demo(db, "--today", "2026-11-25")
    target = tmp_path / f"rota-{week}.pdf"
    done = cli.run("report", "shifts", "--week", week, "-o", str(target), "--db", str(db))
    assert done.returncode == 0, done.stderr
    with pdfplumber.open(target) as pdf:
        return pdf.pages[0].extract_text()


def test_the_rota_gives_each_closed_day_its_own_reason(cli, tmp_path):
    """While the autumn program runs (the summer one has ended), a closed day says why, as
    the Caregivers & Shifts page does: the center's closure, the holiday, the weekend."""
    text = _rota_header(cli, tmp_path, "2026-12-28")
    assert "不在项目期内" not in text and "没有项目" not in text
    assert "休：工厂年终盘点" in text and "休：元旦" in text and text.count("休：周末") == 2
    text = _rota_header(cli, tmp_path, "2026-10-05")
    assert "不在项目期内" not in text and text.count("休：国庆节") == 3
    assert "调休上班 16:30-20:30" in text and text.count("休：周末") == 1


def test_the_rota_uses_the_apps_words(cli, tmp_path):
    """照护员 and 负责人, as the app says, not 看护人员 or 协调员."""
    text = _rota_header(cli, tmp_path, "2026-12-28")
    assert "照护员周排班表" in text and "负责人" in text and "名照护员" in text
    assert "看护" not in text and "协调员" not in text
