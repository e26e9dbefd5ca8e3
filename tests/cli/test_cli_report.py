"""`asc-desk report ...` in-process: documents written, and each bad input one line, exit 1,
nothing written and any earlier file left as it was."""

from __future__ import annotations

import pytest
from report_scenario import ZHANG, build

from asc_desk.cli import main
from asc_desk.services.database_service import open_database


@pytest.fixture(scope="module")
def database(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("cli-db") / "asc.sqlite3"
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


@pytest.mark.parametrize("args", [
    ("monthly", "--month", "2026-11", "-o", "m.pdf"),
    ("monthly", "--month", "2026-11", "--program", "2026秋季学期课后班", "-o", "m.xlsx"),
    ("monthly", "--month", "2026-11", "-o", "m.csv"),
    ("hr-summary", "--month", "2026-11", "-o", "h.pdf", "--paper", "letter"),
    ("hr-summary", "--month", "2026-11", "-o", "h.xlsx"),
    ("daily-sheet", "--date", "2026-11-05", "-o", "d.pdf"),
    ("daily-sheet", "--date", "2026-12-02", "--blank", "-o", "d.pdf"),
])
def test_documents_are_written(capsys, database, tmp_path, args):
    name = args[args.index("-o") + 1]
    target = tmp_path / name
    argv = ["report", *[str(target) if a == name else a for a in args], "--db", database]
    code, out, err = run(capsys, *argv)
    assert code == 0, err
    assert target.exists() and target.stat().st_size > 500 and "Wrote" in out
    assert [p.name for p in tmp_path.iterdir()] == [name]  # no temporary left behind


def test_a_month_without_data_is_a_valid_document_saying_so(capsys, database, tmp_path):
    import pdfplumber

    target = tmp_path / "june.pdf"
    code, _, err = run(capsys, "report", "monthly", "--month", "2026-06", "-o", str(target),
                       "--db", database)
    assert code == 0, err
    with pdfplumber.open(target) as pdf:
        assert "没有" in pdf.pages[0].extract_text()


@pytest.mark.parametrize("args, contains", [
    (("monthly", "--month", "2099-01"), "future"),
    (("hr-summary", "--month", "2099-01"), "future"),
    (("monthly", "--month", "2026-13"), "There is no month 13"),
    (("monthly", "--month", "2026-1x"), "not a month"),
    (("monthly", "--month", "2026-11", "--program", "没有这个班"), "no program named"),
    (("daily-sheet", "--date", "2026-11-05", "--program", "没有这个班"), "no program named"),
    (("daily-sheet", "--date", "2026-02-30"), "does not exist"),
])
def test_bad_input_keeps_the_earlier_file(capsys, database, tmp_path, args, contains):
    target = tmp_path / "out.pdf"
    target.write_bytes(b"earlier")
    code, _, err = run(capsys, "report", *args, "-o", str(target), "--db", database)
    one_line_error(code, err, contains)
    assert target.read_bytes() == b"earlier" and [p.name for p in tmp_path.iterdir()] == [
        "out.pdf"]


def test_bad_outputs(capsys, database, tmp_path):
    code, _, err = run(capsys, "report", "monthly", "--month", "2026-11", "-o",
                       str(tmp_path / "missing" / "m.pdf"), "--db", database)
    one_line_error(code, err, "does not exist")
    code, _, err = run(capsys, "report", "monthly", "--month", "2026-11", "-o",
                       str(tmp_path / "m.docx"), "--db", database)
    one_line_error(code, err, "must end in")
    code, _, err = run(capsys, "report", "daily-sheet", "--date", "2026-11-05", "-o",
                       str(tmp_path / "d.xlsx"), "--db", database)
    one_line_error(code, err, "must end in .pdf")
    (tmp_path / "folder.pdf").mkdir()
    code, _, err = run(capsys, "report", "hr-summary", "--month", "2026-11", "-o",
                       str(tmp_path / "folder.pdf"), "--db", database)
    one_line_error(code, err, "Cannot replace")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder.pdf"]


def test_a_folder_that_cannot_be_written(capsys, database, tmp_path):
    import os

    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "m.pdf").write_bytes(b"earlier")
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):
            pytest.skip("running as a user who can write anywhere (root)")
        code, _, err = run(capsys, "report", "monthly", "--month", "2026-11", "-o",
                           str(locked / "m.pdf"), "--db", database)
        one_line_error(code, err, "Cannot write into")
        assert (locked / "m.pdf").read_bytes() == b"earlier"
    finally:
        locked.chmod(0o700)


def test_a_file_that_cannot_be_replaced_stays_as_it_was(capsys, database, tmp_path,
                                                        monkeypatch):
    """As on Windows when the PDF is open in a viewer: the rename fails."""
    target = tmp_path / "m.pdf"
    target.write_bytes(b"earlier")

    def locked(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("asc_desk.reports.output.os.replace", locked)
    code, _, err = run(capsys, "report", "monthly", "--month", "2026-11", "-o", str(target),
                       "--db", database)
    one_line_error(code, err, "Cannot replace")
    assert target.read_bytes() == b"earlier" and [p.name for p in tmp_path.iterdir()] == [
        "m.pdf"]


def test_every_option_has_help(capsys):
    for doc in ("daily-sheet", "monthly", "hr-summary", "cards", "overview"):
        with pytest.raises(SystemExit):
            main(["report", doc, "--help"])
        text = capsys.readouterr().out
        assert "-o FILE, --output FILE" in text and "paper size" in text


def test_cards_for_one_child_and_an_unknown_child(capsys, database, tmp_path):
    target = tmp_path / "cards.pdf"
    code, out, err = run(capsys, "report", "cards", "--child", ZHANG, "-o", str(target),
                         "--db", database)
    assert code == 0 and target.exists(), err
    code, _, err = run(capsys, "report", "cards", "--child", "没有这个人", "-o",
                       str(tmp_path / "x.pdf"), "--db", database)
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["cards.pdf"]


def test_overview(capsys, database, tmp_path):
    import pdfplumber

    target = tmp_path / "overview.pdf"
    code, _, err = run(capsys, "report", "overview", "--month", "2026-11", "-o", str(target),
                       "--db", database)
    assert code == 0, err
    with pdfplumber.open(target) as pdf:
        text = pdf.pages[0].extract_text()
    # 3 children, 2 served (李娜 came once too: 3); 5 child-days; rate 5 / (5 + 34 absent).
    assert "服务儿童 3 人" in text and "托管人次 5" in text and "12.8%" in text
    code, _, err = run(capsys, "report", "overview", "--month", "2099-01", "-o", str(target),
                       "--db", database)
    assert code == 1 and "future" in err


def test_pages_are_counted_in_the_user_language(capsys, database, tmp_path, monkeypatch):
    from inprocess_cli import set_locale

    from asc_desk.cli import messages

    set_locale(monkeypatch, "C.UTF-8")
    target = tmp_path / "m.pdf"
    argv = ("report", "monthly", "--month", "2026-11", "-o", str(target), "--db", database)
    code, out, err = run(capsys, *argv)
    assert code == 0, err
    assert out.strip() in (f"Wrote {target}, 1 page.", f"Wrote {target}, 2 pages.")
    pages = 1 if out.strip().endswith("1 page.") else 2
    code, out, err = run(capsys, "report", "monthly", "--month", "2026-11", "-o",
                         str(tmp_path / "m.csv"), "--db", database)
    assert code == 0 and out.strip() == f"Wrote {tmp_path / 'm.csv'}.", err
    monkeypatch.setitem(messages._catalogues, "zh_CN", {
        "Wrote {path}, {count} page.": "已写入 {path}，共 {count} 页。",
        "Wrote {path}, {count} pages.": "已写入 {path}，共 {count} 页。"})
    set_locale(monkeypatch, "zh_CN.UTF-8")
    try:
        code, out, err = run(capsys, *argv)
    finally:
        messages.use("en")
    assert code == 0 and out.strip() == f"已写入 {target}，共 {pages} 页。", err


def test_a_report_runs_while_the_window_holds_the_database(capsys, database, tmp_path):
    """Reports only read: they take no lock, so they run beside an open window (here another
    process holding the window's one-copy lock), where a command that writes is refused."""
    import shutil
    import subprocess
    import sys

    copy = tmp_path / "center.sqlite3"
    shutil.copy(database, copy)
    hold = ("import sys, time\nfrom pathlib import Path\n"
            "from asc_desk.db.lock import DatabaseFileLock\n"
            "DatabaseFileLock(Path(sys.argv[1])).acquire()\n"
            "print('locked', flush=True)\ntime.sleep(120)\n")
    holder = subprocess.Popen([sys.executable, "-c", hold, str(copy)], stdout=subprocess.PIPE,
                              text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        code, out, err = run(capsys, "report", "monthly", "--month", "2026-11", "-o",
                             str(tmp_path / "m.pdf"), "--db", str(copy))
        assert code == 0 and "Wrote" in out, err
        code, _out, err = run(capsys, "center", "set", "--name", "别的名字", "--db", str(copy))
        one_line_error(code, err, "already open")
    finally:
        holder.kill()
        holder.wait(timeout=30)
        if holder.stdout is not None:
            holder.stdout.close()
