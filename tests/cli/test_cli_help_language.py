"""`--help`, usage and argparse's own errors in the user's language; the window's start does
not build the command parsers; help wraps Chinese by its width on screen.

Most tests put a small zh_CN catalogue in place of the shipped one, so that they test the
mechanism whatever the .ts holds; test_every_help_text_has_a_chinese_translation needs the
shipped translation (the lead applies it after merging)."""

from __future__ import annotations

import argparse
import ast
import re
from pathlib import Path

import pytest
from inprocess_cli import run, set_locale

import asc_desk.cli
from asc_desk.cli import _window_arguments, build_parser, messages
from asc_desk.cli.parser import ARGPARSE_TEXTS, Hint, pad, width, wrap

CLI_SOURCES = Path(asc_desk.cli.__file__).parent
CJK = re.compile(r"[\u4e00-\u9fff]")

FAKE_ZH = {
    "usage: ": "用法：",
    "positional arguments": "位置参数",
    "options": "选项",
    "show this help message and exit": "显示此帮助信息并退出",
    "%(prog)s: error: %(message)s\n": "%(prog)s：错误：%(message)s\n",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "无效的选择：%(value)r（可选：%(choices)s）",
    "the following arguments are required: %s": "缺少以下必需参数：%s",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "the child's name": "孩子的姓名",
    "the children: add, change, import, export, list": "儿童名册：添加、修改、导入、导出、列出",
    "minutes after closing before a pickup is late ({low} to {high})":
        "关门后超过多少分钟算晚接（{low} 到 {high}）",
    "add the child although one with the same name and birth date or guardian's phone is on "
    "the roster": "即使名册上已有同名同生日或家长电话相同的孩子，也照样添加",
}


@pytest.fixture
def fake_zh(monkeypatch):
    monkeypatch.setitem(messages._catalogues, "zh_CN", dict(FAKE_ZH))
    set_locale(monkeypatch, "zh_CN.UTF-8")
    yield
    messages.use("en")


def _marked_texts() -> set[str]:
    """Every literal in N_() under asc_desk/cli: what the translation update extracts."""
    found = set()
    for path in CLI_SOURCES.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "N_"
                    and isinstance(node.args[0], ast.Constant)):
                found.add(node.args[0].value)
    return found


def _help_texts(parser: argparse.ArgumentParser):
    """(where, text) of every description, help and group title in the parser tree."""
    if parser.description:
        yield parser.prog, parser.description
    for group in parser._action_groups:
        yield f"{parser.prog} (heading)", group.title
    for action in parser._actions:
        if action.help and action.help is not argparse.SUPPRESS:
            yield f"{parser.prog} {'/'.join(action.option_strings) or action.dest}", action.help
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                yield f"{parser.prog} {choice.dest}", choice.help
            for child in dict.fromkeys(action.choices.values()):
                yield from _help_texts(child)


def _template(text: str) -> str:
    return text.template if isinstance(text, Hint) else text


def test_no_text_is_marked_inside_an_f_string():
    """lupdate does not look into f-strings: an N_() there never reaches the .ts."""
    hidden = []
    for path in CLI_SOURCES.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                hidden += [f"{path.name}:{call.lineno}" for call in ast.walk(node)
                           if isinstance(call, ast.Call) and getattr(call.func, "id", "") == "N_"]
    assert not hidden, hidden


def test_every_help_text_is_marked_for_translation():
    marked = _marked_texts()
    assert set(ARGPARSE_TEXTS) <= marked
    unmarked = [f"{where}: {text!r}" for where, text in _help_texts(build_parser())
                if _template(text) not in marked]
    assert not unmarked, "\n".join(unmarked)


def test_every_help_text_has_a_chinese_translation():
    """Needs the zh_CN translations in the shipped .ts (run after the lead applies them)."""
    catalogue = messages._read_ts("zh_CN")
    missing = sorted({_template(text) for _where, text in _help_texts(build_parser())
                      if _template(text) not in catalogue}
                     | {text for text in ARGPARSE_TEXTS if text not in catalogue})
    assert not missing, "\n".join(missing)


def test_help_is_printed_in_chinese(capsys, fake_zh):
    with pytest.raises(SystemExit) as exit_:
        run(capsys, "roster", "add", "--help")
    out = capsys.readouterr().out
    assert exit_.value.code == 0
    assert out.startswith("用法：asc-desk roster add")
    assert "\n位置参数：\n" in out and "\n选项：\n" in out and "显示此帮助信息并退出" in out
    assert "孩子的姓名" in out and "usage:" not in out and "show this help" not in out
    # The usage's later lines start under the program's name, counted in screen columns.
    usage = out.split("\n\n")[0].splitlines()
    assert len(usage) > 1
    assert all(line.index("[") == width("用法：asc-desk roster add ") for line in usage[1:]
               if line.strip().startswith("["))


def test_help_with_values_is_translated_when_printed(capsys, fake_zh):
    with pytest.raises(SystemExit):
        run(capsys, "desk", "set", "--help")
    assert "关门后超过多少分钟算晚接（0 到 240）" in capsys.readouterr().out


def test_command_list_is_in_chinese(capsys, fake_zh):
    with pytest.raises(SystemExit):
        run(capsys, "--help")
    assert "儿童名册：添加、修改、导入、导出、列出" in capsys.readouterr().out


@pytest.mark.parametrize(("argv", "expected"), [
    (("roster", "lisst"), "asc-desk roster：错误：参数 ACTION：无效的选择：'lisst'（可选："),
    (("roster", "add"), "asc-desk roster add：错误：缺少以下必需参数：NAME, --birth-date"),
    # parse_args says this one after parse_known_args returned (the trial saw it English).
    (("roster", "list", "--bogus"), "asc-desk：错误：无法识别的参数：--bogus"),
])
def test_argparse_errors_are_in_chinese(capsys, fake_zh, argv, expected):
    with pytest.raises(SystemExit) as exit_:
        run(capsys, *argv)
    err = capsys.readouterr().err
    assert exit_.value.code == 2
    assert err.startswith("用法：") and expected in err, err


@pytest.mark.parametrize("argv", [
    ("roster", "add", "--help"), ("desk", "set", "--help"), ("--help",), ("roster", "lisst"),
])
def test_language_en_under_a_chinese_locale_is_the_english_help(capsys, monkeypatch, fake_zh,
                                                                   argv):
    with pytest.raises(SystemExit):
        run(capsys, "--language", "en", *argv)
    chinese_locale = capsys.readouterr()
    set_locale(monkeypatch, "C.UTF-8")
    with pytest.raises(SystemExit):
        run(capsys, *argv)
    english = capsys.readouterr()
    assert (chinese_locale.out, chinese_locale.err) == (english.out, english.err)
    assert "用法" not in english.out + english.err and "错误" not in english.err


def test_english_help_is_unchanged_in_form(capsys, monkeypatch):
    set_locale(monkeypatch, "C.UTF-8")
    with pytest.raises(SystemExit):
        run(capsys, "roster", "add", "--help")
    out = capsys.readouterr().out
    assert out.startswith("usage: asc-desk roster add")
    assert "positional arguments:" in out and "options:" in out
    assert "show this help message and exit" in out


def test_building_and_parsing_read_no_catalogue(monkeypatch):
    monkeypatch.setattr(messages, "_catalogues", {})
    set_locale(monkeypatch, "zh_CN.UTF-8")
    messages.use(None)
    try:
        build_parser().parse_args(["roster", "list", "--all"])
        assert messages._catalogues == {}
    finally:
        messages.use("en")


@pytest.mark.parametrize(("argv", "window", "language"), [
    ([], True, None),
    (["--db", "x.sqlite3"], True, None),
    (["--language", "en"], True, "en"),
    (["--exit-when-idle", "--db", "x"], True, None),
    (["--language", "en", "roster", "list"], False, "en"),
    (["-h"], False, None),
    (["--version"], False, None),
    (["center", "init", "x", "--factory", "y", "--language", "en"], False, None),
    (["--db"], False, None),
    (["--language", "xx"], False, None),
])
def test_the_window_takes_only_the_top_options(argv, window, language):
    args, asked = _window_arguments(argv)
    assert (args is not None, asked) == (window, language)
    if window:
        assert args.db == (argv[argv.index("--db") + 1] if "--db" in argv else None)


def test_the_window_path_imports_no_command_module(cli):
    result = cli.python(
        "import sys\n"
        "from asc_desk.cli import _window_arguments\n"
        "assert _window_arguments(['--db', 'x'])[0] is not None\n"
        "print(sorted(m for m in sys.modules if m.endswith('_commands')))\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_wrap_counts_chinese_two_columns_wide():
    text = ("一位家长（每位家长写一次）；用于 roster set 时，给出的家长替换原有的家长，"
            "再加上一些很长的说明文字以便换行")
    lines = wrap(text, 24)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert all(width(line) <= 24 for line in lines), lines
    assert not any(line[0] in "，。；：）" for line in lines), lines
    assert wrap("the quick brown fox jumps", 10) == ["the quick", "brown fox", "jumps"]


def test_chinese_help_fits_the_terminal(capsys, fake_zh, monkeypatch):
    monkeypatch.setenv("COLUMNS", "60")
    with pytest.raises(SystemExit):
        run(capsys, "roster", "add", "--help")
    out = capsys.readouterr().out
    assert CJK.search(out)
    assert all(width(line) <= 60 for line in out.splitlines()), out


def test_pad_lines_up_chinese():
    assert pad("白若曦", 8) == "白若曦  " and pad("Tom", 8) == "Tom     "
    assert pad("太长的名字", 4) == "太长的名字"


def test_every_cli_text_has_a_chinese_translation():
    """Every N_() text of the command line (messages, table headings, help) is translated in
    the shipped .ts (run after the lead applies the translations)."""
    catalogue = messages._read_ts("zh_CN")
    missing = sorted(text for text in _marked_texts() if text not in catalogue)
    assert not missing, "\n".join(missing)
