"""What the commands print reads in one language: Chinese under zh_CN (from the catalogue),
English under `--language en`, with tables lined up on screen when names are Chinese.

A small catalogue stands in for the shipped one, so that these test the commands whatever
the .ts holds; the real translations are in /work/notes/zh-cli.json for the lead."""

from __future__ import annotations

import json
import re

import pytest
from inprocess_cli import run, set_locale

from asc_desk.cli import messages
from asc_desk.cli.parser import width

PROGRAM = "2026秋季学期课后班"
CJK = re.compile(r"[\u4e00-\u9fff]")

FAKE_ZH = {
    "Late-pickup grace": "晚接宽限",
    "Same card again within": "同卡重复扫描间隔",
    "Children per caregiver": "每位照护员照看儿童数",
    "{value} minutes": "{value} 分钟",
    "{value} children": "{value} 名儿童",
    "Child id": "编号", "Card code": "接送卡号", "Name": "姓名", "Programs": "项目",
    "Guardians": "家长", "Notes": "备注",
    "allergy: {allergies}": "过敏：{allergies}",
    "left the center": "已离园",
    "no accident insurance": "没有意外险",
    "; ": "；",
}


@pytest.fixture
def db(tmp_path, capsys, monkeypatch) -> str:
    set_locale(monkeypatch, "C.UTF-8")
    path = str(tmp_path / "out.sqlite3")
    for argv in (["center", "init", "星光儿童之家", "--factory", "华彩玩具"],
                 ["program", "add", PROGRAM, "--kind", "term", "--from", "2026-09-01",
                  "--to", "2027-01-20", "--open", "16:00", "--close", "19:00"],
                 ["roster", "add", "欧阳小明", "--birth-date", "2018-03-04", "--child-id",
                  "A1", "--allergies", "海鲜", "--guardian", "欧阳芳", "--program", PROGRAM,
                  "--from", "2026-09-01"],
                 ["roster", "add", "Tom Li", "--birth-date", "2018-05-06", "--guardian",
                  "Li Na", "--program", PROGRAM, "--from", "2026-09-01"]):
        code, _out, err = run(capsys, *argv, "--db", path)
        assert code == 0, err
    return path


@pytest.fixture
def zh(monkeypatch):
    monkeypatch.setitem(messages._catalogues, "zh_CN", dict(FAKE_ZH))
    set_locale(monkeypatch, "zh_CN.UTF-8")
    yield
    messages.use("en")


def _columns(line: str, *cells: str) -> list[int]:
    """The screen column where each cell starts in the line."""
    return [width(line[:line.index(cell)]) for cell in cells]


def test_desk_show_names_each_setting_in_english(db, capsys):
    code, out, err = run(capsys, "desk", "show", "--db", db)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith("Late-pickup grace (late-grace):")
    assert "15 minutes" in lines[0] and lines[0].endswith("(0–240)")
    assert lines[2].startswith("Children per caregiver (children-per-caregiver):")
    assert not CJK.search(out)


def test_desk_show_in_chinese_keeps_the_option_names(db, capsys, zh):
    code, out, err = run(capsys, "desk", "show", "--db", db)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith("晚接宽限 (late-grace):") and "15 分钟" in lines[0]
    assert lines[1].startswith("同卡重复扫描间隔 (duplicate-window):")
    assert "名儿童" in lines[2] and "(children-per-caregiver)" in lines[2]
    # The values start in one screen column although the labels are Chinese.
    assert len({_columns(line, value)[0] for line, value in
                zip(lines, ("15 ", "2 ", "15 "), strict=True)}) == 1


def test_roster_list_has_a_header_and_lines_up_chinese_names(db, capsys):
    code, out, err = run(capsys, "roster", "list", "--db", db)
    assert code == 0, err
    header, *rows = out.splitlines()
    assert header.split() == ["Child", "id", "Card", "code", "Name", "Programs", "Guardians",
                              "Notes"]
    ouyang = next(r for r in rows if "欧阳小明" in r)
    tom = next(r for r in rows if "Tom Li" in r)
    assert ouyang.endswith("allergy: 海鲜; no accident insurance") and "过敏" not in ouyang
    assert _columns(header, "Programs")[0] == _columns(ouyang, PROGRAM)[0] == \
        _columns(tom, PROGRAM)[0]
    assert not any(line != line.rstrip() for line in out.splitlines())


def test_roster_list_in_chinese(db, capsys, zh):
    code, out, err = run(capsys, "roster", "list", "--all", "--db", db)
    assert code == 0, err
    header, *rows = out.splitlines()
    assert header.split() == ["编号", "接送卡号", "姓名", "项目", "家长", "备注"]
    ouyang = next(r for r in rows if "欧阳小明" in r)
    assert ouyang.endswith("过敏：海鲜；没有意外险") and "allergy" not in ouyang
    assert _columns(header, "项目")[0] == _columns(ouyang, PROGRAM)[0]


def _english_center(capsys, path: str, tmp_path) -> None:
    """A center whose data is all in Latin letters: any Chinese printed is the program's."""
    for argv in (
            ["center", "init", "Star Center", "--factory", "Toy Co", "--language", "en"],
            ["program", "add", "Autumn", "--kind", "term", "--from", "2026-09-01", "--to",
             "2027-01-20", "--open", "16:00", "--close", "19:00"],
            ["roster", "add", "Tom Li", "--birth-date", "2018-03-04", "--guardian", "Li Na",
             "--relation", "mother", "--phone", "13812345678", "--allergies", "peanuts",
             "--program", "Autumn", "--from", "2026-09-01"],
            ["roster", "add", "Amy Wu", "--birth-date", "2018-05-06", "--guardian", "Wu Fei",
             "--program", "Autumn", "--from", "2026-09-01"],
            ["caregivers", "add", "Ann Zhao", "--phone", "13900001111"]):
        code, _out, err = run(capsys, *argv, "--db", path)
        assert code == 0, (argv, err)


def _sweep(path: str, tmp_path, card: str) -> list[list[str]]:
    """Every command that prints something about the center, in the order a day goes."""
    return [
        ["center", "show"], ["desk", "show"], ["desk", "set", "--late-grace", "20"],
        ["program", "list"], ["calendar", "show", "--month", "2026-11"],
        ["calendar", "close", "2026-11-27", "--reason", "staff training"],
        ["calendar", "clear", "2026-11-27"],
        ["roster", "list", "--all"], ["roster", "set", "Tom Li", "--school", "No 1 School"],
        ["roster", "export", str(tmp_path / "roster.csv")],
        ["roster", "template", str(tmp_path / "empty.csv")],
        ["attendance", "check-in", card, "--at", "2026-11-25T16:20"],
        ["attendance", "check-out", card, "--pickup", "Li Na", "--at", "2026-11-25T18:30"],
        ["attendance", "absent", "Amy Wu", "--date", "2026-11-25", "--reason", "sick"],
        ["attendance", "day", "--date", "2026-11-25"], ["attendance", "history", card],
        ["caregivers", "list"],
        ["staff", "leave", "Ann Zhao", "--from", "2026-12-01", "--to", "2026-12-02"],
        ["staff", "clock-in", "Ann Zhao", "--at", "2026-11-25T15:55"],
        ["staff", "clock-out", "Ann Zhao", "--at", "2026-11-25T19:05"],
        ["staff", "hours", "--month", "2026-11"],
        ["shifts", "add", "Ann Zhao", "2026-11-26", "16:00", "19:00"],
        ["shifts", "add", "Ann Zhao", "2026-11-26", "18:00", "20:00"],  # a conflict
        ["shifts", "week", "--date", "2026-11-26"],
        ["shifts", "check", "--from", "2026-11-23", "--to", "2026-11-29"],
        ["report", "monthly", "--month", "2026-11", "-o", str(tmp_path / "m.pdf")],
        ["report", "monthly", "--month", "2026-11", "-o", str(tmp_path / "m.csv")],
        ["db", "check"], ["db", "backup"], ["db", "backups"],
    ]


def _outputs(tmp_path, capsys, monkeypatch, *language: str) -> list[tuple[str, str]]:
    """(command, line) of everything the sweep prints under a Chinese locale."""
    path = str(tmp_path / "en.sqlite3")
    set_locale(monkeypatch, "C.UTF-8")
    _english_center(capsys, path, tmp_path)
    code, out, _err = run(capsys, "roster", "list", "--json", "--db", path)
    card = next(c["card_code"] for c in json.loads(out) if c["name"] == "Tom Li")
    set_locale(monkeypatch, "zh_CN.UTF-8")
    lines = []
    try:
        for argv in _sweep(path, tmp_path, card):
            code, out, err = run(capsys, *language, "--db", path, *argv)
            assert code in (0, 1) and "went wrong" not in err, (argv, code, err)
            lines += [(" ".join(argv), line) for line in (out + err).splitlines()]
    finally:
        messages.use("en")
    return lines


def test_no_chinese_in_english_output(tmp_path, capsys, monkeypatch):
    """Under a Chinese locale, `--language en` prints English only (the data being Latin)."""
    leaks = [f"{command}: {line}"
             for command, line in _outputs(tmp_path, capsys, monkeypatch, "--language", "en")
             if CJK.search(line)]
    assert not leaks, "\n".join(leaks)


# Words of the command line's English texts; the sweep's data (Tom Li, Autumn, peanuts, ...)
# has none of them.
ENGLISH = re.compile(r"\b(the|and|of|to|for|is|at|by|from|Wrote|page|children|child|records?|"
                     r"minutes|Warning|OPEN|open|closed|weekend|shift|added|Added|checked|"
                     r"collected|absent|conflict|gap|Imported|Exported|Saved|Database|Schema|"
                     r"Integrity|ok|Name|Card|code|Programs?|Guardians|Notes|Role|Phone|Hours|"
                     r"Planned|Actual|Made|Kind|Size|State|File|Record|Time|Pickup|Reason|"
                     r"teacher|manual|term|program|allergy|insurance|Mon|Tue|Wed|Thu|Fri|Sat|"
                     r"Sun|Center|Factory|Language|Late|Same|per|expected|present|leave)\b")
DATA = re.compile(r"Star Center|Toy Co|Tom Li|Amy Wu|Li Na|Wu Fei|Ann Zhao|No 1 School|"
                  r"staff training|/\S+|\((late-grace|duplicate-window|children-per-caregiver)\)")


def test_no_english_in_chinese_output(tmp_path, capsys, monkeypatch):
    """Under zh_CN the commands print Chinese around the data (needs the shipped
    translations: run after the lead applies them)."""
    leaks = [f"{command}: {line}" for command, line in _outputs(tmp_path, capsys, monkeypatch)
             if ENGLISH.search(DATA.sub("", line))]
    assert not leaks, "\n".join(leaks)
