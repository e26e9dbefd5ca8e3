"""Helpers of the in-process command tests (not fixtures: tests/cli/conftest.py is the lead's)."""

from __future__ import annotations

import pytest

from asc_desk.cli import main

LOCALE_VARS = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """`asc-desk ARGV` in this process: (exit code, stdout, stderr)."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(result: tuple[int, str, str], contains: str) -> None:
    """Exit 1 with one readable line on stderr: no traceback, no generic 'went wrong'."""
    code, _out, err = result
    assert code == 1, result
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("asc-desk: "), err
    assert "something went wrong" not in err
    assert contains in lines[0], lines[0]


def set_locale(monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    for var in LOCALE_VARS:
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", lang)
