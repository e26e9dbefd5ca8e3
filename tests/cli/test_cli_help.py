"""Every command, option and positional of `asc-desk` says what it is for in --help."""

from __future__ import annotations

import argparse

from asc_desk.cli import build_parser


def _walk(parser: argparse.ArgumentParser, path: str):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {a.dest: a.help for a in action._choices_actions}
            for name, child in action.choices.items():
                yield f"{path} {name}", "(the command itself)", helps.get(name)
                yield from _walk(child, f"{path} {name}")
        elif not isinstance(action, argparse._HelpAction):
            yield path, "/".join(action.option_strings) or action.dest, action.help


def test_every_action_has_a_help_text():
    missing = [f"{path}: {name}" for path, name, text in _walk(build_parser(), "asc-desk")
               if not text or not str(text).strip()]
    assert not missing, "\n".join(missing)


def test_demo_says_what_it_does_with_db():
    text = build_parser()._subparsers._group_actions[0].choices["demo"].format_help()
    assert "ASC_DESK_DB" in text and "ignored" in " ".join(text.split())
