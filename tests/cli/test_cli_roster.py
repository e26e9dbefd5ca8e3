"""`asc-desk roster ...` as HR and the coordinator run it."""

from __future__ import annotations

import json

import pytest

STORY = "2026-11-25"  # the demo's fixed "today": the data these tests read

HEADER = "编号,姓名,性别,出生日期,家长姓名,家长电话,项目,入托日期\n"
GOOD = HEADER + "7001,张小明,男,2018-03-04,李芳,13812345678,2026秋季学期课后班,2026-09-01\n"
BAD = GOOD + "7002,李雷,男,2026-02-30,,,,\n"


@pytest.fixture
def demo_db(cli, tmp_path):
    path = tmp_path / "demo.sqlite3"
    done = cli.demo(path, "--children", "20", "--today", STORY)
    assert done.returncode == 0, done.stderr
    assert "20 children" in done.stdout
    return str(path)


def _names(cli, db, *extra) -> list[str]:
    out = cli.run("roster", "list", "--json", *extra, "--db", db)
    assert out.returncode == 0, out.stderr
    return [r["name"] for r in json.loads(out.stdout)]


def test_import_good_file_then_again(cli, demo_db, tmp_path):
    f = tmp_path / "hr.csv"
    f.write_text(GOOD, encoding="gb18030")  # what Excel in China saves
    first = cli.run("roster", "import", str(f), "--db", demo_db)
    assert first.returncode == 0, first.stderr
    assert "1 added, 0 updated, 0 unchanged, 0 rejected" in first.stdout
    again = cli.run("roster", "import", str(f), "--db", demo_db)
    assert "0 added, 0 updated, 1 unchanged" in again.stdout
    assert "张小明" in _names(cli, demo_db, "--search", "zxm")


def test_a_bad_row_writes_nothing_and_exits_1(cli, demo_db, tmp_path):
    f = tmp_path / "hr.csv"
    f.write_text(BAD, encoding="utf-8-sig")
    before = _names(cli, demo_db)
    result = cli.run("roster", "import", str(f), "--db", demo_db)
    assert result.returncode == 1
    assert "row 3, 出生日期: 2026-02-30 does not exist" in result.stderr
    assert "Nothing written" in result.stderr
    assert _names(cli, demo_db) == before
    dry = cli.run("roster", "import", str(f), "--dry-run", "--db", demo_db)
    assert dry.returncode == 1 and "1 to add" in dry.stdout and "1 rejected" in dry.stdout
    assert _names(cli, demo_db) == before
    skipped = cli.run("roster", "import", str(f), "--skip-invalid", "--db", demo_db)
    assert skipped.returncode == 1 and "1 added" in skipped.stdout
    assert len(_names(cli, demo_db)) == len(before) + 1


def test_dry_run_of_a_good_file_exits_0(cli, demo_db, tmp_path):
    f = tmp_path / "hr.csv"
    f.write_text(GOOD, encoding="utf-8")
    result = cli.run("roster", "import", str(f), "--dry-run", "--db", demo_db)
    assert result.returncode == 0 and "nothing written" in result.stdout


def test_what_the_file_lacks_and_leaves_out_is_printed_once(cli, demo_db, tmp_path):
    f = tmp_path / "hr.csv"
    f.write_text("序号,学生姓名,家长电话（手机）\n1,周子轩,13800138001\n合计,共1人,\n",
                 encoding="utf-8")
    result = cli.run("roster", "import", str(f), "--dry-run", "--db", demo_db)
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    assert lines[0].startswith("The file has no guardian_name column: 家长电话（手机） cannot")
    assert "The file has no birth_date column" in lines[1]
    assert "Row 3 (合计) is a totals row: not imported." in lines
    assert "guardian_name:" not in result.stderr and "1 to add" in result.stdout


@pytest.mark.parametrize(("content", "words"), [
    (b"\xff\xd8\xff\xe0" + bytes(500), "not a CSV or XLSX"),
    (b"", "empty"),
    ("学校\n一小\n".encode(), "no column for the child"),
])
def test_bad_files(cli, demo_db, tmp_path, one_line_error, content, words):
    f = tmp_path / "hr.csv"
    f.write_bytes(content)
    before = _names(cli, demo_db)
    one_line_error(cli.run("roster", "import", str(f), "--db", demo_db), contains=words)
    assert _names(cli, demo_db) == before


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_export_import_round_trip_and_template(cli, demo_db, tmp_path, suffix):
    out = tmp_path / f"roster.{suffix}"
    assert cli.run("roster", "export", str(out), "--db", demo_db).returncode == 0
    back = cli.run("roster", "import", str(out), "--db", demo_db)
    assert back.returncode == 0, back.stderr
    assert "0 added, 0 updated" in back.stdout
    template = tmp_path / f"template.{suffix}"
    assert cli.run("roster", "template", str(template)).returncode == 0
    assert template.stat().st_size > 0


def test_export_needs_csv_or_xlsx(cli, demo_db, tmp_path, one_line_error):
    one_line_error(cli.run("roster", "export", str(tmp_path / "x.pdf"), "--db", demo_db),
                   contains=".csv or .xlsx")


def test_withdrawn_children_only_with_all(cli, demo_db):
    active = _names(cli, demo_db)
    everyone = _names(cli, demo_db, "--all")
    assert len(everyone) >= len(active)


def test_demo_children_count_is_checked(cli, tmp_path, one_line_error):
    one_line_error(cli.run("demo", "--no-gui", "--children", "-1", "--db",
                           str(tmp_path / "x.sqlite3")), contains="--children")
