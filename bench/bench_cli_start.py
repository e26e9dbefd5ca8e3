"""Command line start: the window's argument parsing against building every command's parser,
and `asc-desk --help` in Chinese (help translated when printed) against `--version`."""

from __future__ import annotations

from common import Figure, interleaved, offscreen_env, python, time_command

# What main() does before the window opens, and what it did before (every command's parser).
WINDOW_ARGS = "from asc_desk.cli import _window_arguments; _window_arguments(['--db', 'x'])"
ALL_PARSERS = "from asc_desk.cli import build_parser; build_parser()"


def run() -> list[Figure]:
    env = offscreen_env()
    zh = {**env, "LANG": "zh_CN.UTF-8", "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""}
    window, parsers = interleaved(
        lambda: time_command([python(), "-c", WINDOW_ARGS], env),
        lambda: time_command([python(), "-c", ALL_PARSERS], env), rounds=9)
    help_zh, version = interleaved(
        lambda: time_command([python(), "-m", "asc_desk", "--help"], zh),
        lambda: time_command([python(), "-m", "asc_desk", "--version"], zh), rounds=9)
    help_en, _version = interleaved(
        lambda: time_command([python(), "-m", "asc_desk", "--help"], env),
        lambda: time_command([python(), "-m", "asc_desk", "--version"], env), rounds=5)
    return [
        Figure("window's arguments (top options only)", window, parsers,
               "every command's parser", target_ratio=1.0),
        Figure("asc-desk --help, zh_CN", help_zh, version, "asc-desk --version",
               target_ratio=1.5),
        Figure("asc-desk --help, en", help_en, version, "asc-desk --version (zh_CN)"),
    ]
