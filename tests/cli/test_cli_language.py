"""The command line speaks the window's language: zh_CN when the locale or --language says
so, from the same catalogue (the shipped .ts), read only when a message is printed."""

from __future__ import annotations

import json

import pytest
from inprocess_cli import LOCALE_VARS, one_line_error, run, set_locale

from asc_desk.cli import messages
from asc_desk.domain.errors import UserError


@pytest.fixture
def db(tmp_path, capsys, monkeypatch) -> str:
    set_locale(monkeypatch, "C.UTF-8")
    path = str(tmp_path / "lang.sqlite3")
    code, _out, err = run(capsys, "center", "init", "星光儿童之家", "--factory", "华彩玩具",
                          "--db", path)
    assert code == 0, err
    return path


@pytest.mark.parametrize(("environ", "language"), [
    ({"LANG": "zh_CN.UTF-8"}, "zh_CN"),
    ({"LANG": "zh_TW.UTF-8"}, "zh_CN"),
    ({"LANG": "C.UTF-8"}, "en"),
    ({"LANG": "en_US.UTF-8", "LC_ALL": "zh_CN.UTF-8"}, "zh_CN"),
    ({"LANG": "zh_CN.UTF-8", "LC_MESSAGES": "en_GB.UTF-8"}, "en"),
    ({"LANG": "C", "LANGUAGE": "zh_CN:en"}, "zh_CN"),
    ({}, "en"),
])
def test_language_from_the_locale(environ, language):
    assert messages.language_from_environment(environ) == language


def test_an_error_under_a_chinese_locale_is_in_chinese(db, capsys, monkeypatch):
    set_locale(monkeypatch, "zh_CN.UTF-8")
    one_line_error(run(capsys, "roster", "set", "NOSUCHCARD", "--school", "x", "--db", db),
                   "找不到“NOSUCHCARD”对应的孩子（接送卡号、编号或姓名）。")
    one_line_error(run(capsys, "center", "set", "--time-zone", "Mars/Base", "--db", db),
                   "Mars/Base 不是有效的时区")


def test_language_option_overrides_the_locale(db, capsys, monkeypatch):
    set_locale(monkeypatch, "zh_CN.UTF-8")
    one_line_error(run(capsys, "--language", "en", "roster", "set", "NOSUCHCARD", "--school",
                       "x", "--db", db), "No child found for “NOSUCHCARD”")
    set_locale(monkeypatch, "C.UTF-8")
    one_line_error(run(capsys, "--language", "zh_CN", "roster", "set", "NOSUCHCARD",
                       "--school", "x", "--db", db), "找不到“NOSUCHCARD”")


def test_a_message_not_translated_yet_is_english():
    messages.use("zh_CN")
    try:
        assert messages.text("No such message in any catalogue: {x}.", x=1) == (
            "No such message in any catalogue: 1.")
        assert messages.error_text(UserError("Say why the record is corrected.")) == (
            "请说明更正的原因。")
    finally:
        messages.use("en")


def test_the_catalogue_is_read_only_when_a_message_is_printed(db, capsys, monkeypatch):
    monkeypatch.setattr(messages, "_catalogues", {})
    set_locale(monkeypatch, "zh_CN.UTF-8")
    code, out, _err = run(capsys, "center", "show", "--json", "--db", db)
    assert code == 0 and json.loads(out)["name"] == "星光儿童之家"
    assert messages._catalogues == {}


NO_QT = """
import sys
from asc_desk.cli import main

db = sys.argv[1]
for argv in (
    ["center", "init", "星光", "--factory", "华彩玩具", "--db", db],
    ["center", "set", "--time-zone", "Asia/Urumqi", "--db", db],
    ["desk", "set", "--late-grace", "20", "--db", db],
    ["desk", "show", "--db", db],
    ["roster", "add", "张小明", "--birth-date", "2018-03-04", "--db", db],
):
    assert main(argv) == 0, argv
assert main(["roster", "set", "NOSUCH", "--school", "x", "--db", db]) == 1
qt = sorted(m for m in sys.modules if m.startswith("PySide6"))
assert not qt, qt
print("no Qt")
"""


def test_new_commands_in_chinese_do_not_import_qt(cli, tmp_path):
    env = {var: "" for var in LOCALE_VARS} | {"LANG": "zh_CN.UTF-8"}
    cli.env.update(env)
    result = cli.python(NO_QT, str(tmp_path / "noqt.sqlite3"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("no Qt")
    assert "找不到“NOSUCH”" in result.stderr
