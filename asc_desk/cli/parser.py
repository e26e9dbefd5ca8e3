"""argparse speaking the user's language: help texts, argparse's own words and its errors.

Help texts are English templates marked with N_() (lupdate files them under the empty
context, as it does the messages); they are translated when the help is *printed*, not when
the parser is built, so a command that prints no help never reads the catalogue. argparse's
own strings ("usage: ", "options", "invalid choice: ...") go through its module-level
gettext function `argparse._`; it is pointed at our catalogue only while a command line is
parsed (the .mo files the Python docs suggest do not exist here: the catalogue is the .ts).
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, NoReturn

from asc_desk.cli import messages
from asc_desk.domain.errors import N_

# argparse's own strings (Python 3.11+), marked so that the translation update extracts them.
ARGPARSE_TEXTS = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("show program's version number and exit"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid %(type)s value: %(value)r"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("expected %s argument"),
    N_("expected %s arguments"),
    N_("not allowed with argument %s"),
    N_("one of the arguments %s is required"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("ignored explicit argument %r"),
    N_("unknown parser %(parser_name)r (choices: %(choices)s)"),
    N_("can't open '%(filename)s': %(error)s"),
    N_("unexpected option string: %s"),
)


class Hint(str):
    """A help text with values: reads as the English text filled in; printed translated."""

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, **values: Any) -> Hint:
        hint = super().__new__(cls, template.format(**values))
        hint.template, hint.values = template, values
        return hint


def hint(template: str, **values: Any) -> Hint:
    return Hint(template, **values)


def translated(help_text: str) -> str:
    """A help text, description or heading in the current language."""
    if isinstance(help_text, Hint):
        return messages.text(help_text.template, **help_text.values)
    return messages.text(help_text)


def width(text: str) -> int:
    """Columns a terminal gives the text: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, columns: int) -> str:
    """The text followed by spaces up to `columns` terminal columns (ljust counts characters,
    which leaves a column of Chinese names ragged)."""
    return text + " " * max(0, columns - width(text))


# A line may not start with closing punctuation (Chinese typesetting: 避头).
_NO_LINE_START = "，。、；：？！）》」』”’,.;:?!)"
_TOKENS = re.compile(r"\s+|[^\s\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]+|.")


def wrap(text: str, columns: int) -> list[str]:
    """The text in lines of at most `columns` terminal columns, breaking at spaces and
    between Chinese characters (textwrap counts characters and only breaks at spaces)."""
    text = " ".join(text.split())
    lines: list[str] = []
    line = ""
    for token in _TOKENS.findall(text):
        if token.isspace():
            if line:
                line += " "
            continue
        if line and width(line.rstrip() + token) > columns:
            if token[0] not in _NO_LINE_START:
                lines.append(line.rstrip())
                line = ""
            elif len(line) > 1 and width(line[-1]) == 2 and line[-1] not in _NO_LINE_START:
                # Closing punctuation takes the character before it to the next line.
                lines.append(line[:-1].rstrip())
                line = line[-1]
        line += token
    if line.strip():
        lines.append(line.rstrip())
    return lines


class Formatter(argparse.HelpFormatter):
    """Translates at printing time, and wraps Chinese by its width on screen."""

    def start_section(self, heading: str | None) -> None:
        if heading:
            heading = translated(heading)
            self._headings = [*getattr(self, "_headings", []), heading]
        super().start_section(heading)

    def format_help(self) -> str:
        help_text = super().format_help()
        # argparse ends a heading with ":"; a Chinese heading takes the full-width "：".
        for heading in getattr(self, "_headings", []):
            if width(heading) != len(heading):
                help_text = help_text.replace(f"{heading}:\n", f"{heading}：\n")
        return help_text

    def add_text(self, text: str | None) -> None:
        if text and text is not argparse.SUPPRESS:
            text = translated(text)
        super().add_text(text)

    def add_usage(self, usage: str | None, actions: Any, groups: Any,
                  prefix: str | None = None) -> None:
        if prefix is None:
            prefix = messages.text(N_("usage: "))
        super().add_usage(usage, actions, groups, prefix)

    def _format_usage(self, usage: Any, actions: Any, groups: Any, prefix: Any) -> str:
        # argparse indents the usage's later lines by len(prefix): "用法：" is 3 characters
        # but 6 columns. A stand-in as wide on screen keeps them under the program's name.
        if prefix and width(prefix) != len(prefix):
            stand_in = "\x00" * width(prefix)
            return super()._format_usage(usage, actions, groups, stand_in).replace(
                stand_in, prefix, 1)
        return super()._format_usage(usage, actions, groups, prefix)

    def _get_help_string(self, action: argparse.Action) -> str:
        return translated(action.help) if action.help else ""

    def _split_lines(self, text: str, width: int) -> list[str]:
        return wrap(text, width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return "\n".join(indent + line for line in wrap(text, width - len(indent)))


def _gettext(message: str) -> str:
    return messages.text(message)


def _ngettext(singular: str, plural: str, count: int) -> str:
    return messages.text(singular if count == 1 else plural)


@contextmanager
def _argparse_in_our_language() -> Iterator[None]:
    """argparse's own messages from our catalogue while a command line is parsed (the
    parser is built with argparse's English, which the formatter translates when printed:
    building it must not read the catalogue)."""
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = _gettext, _ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose help, usage and errors read in the user's language."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", Formatter)
        super().__init__(*args, **kwargs)

    def parse_known_args(self, args: Any = None, namespace: Any = None) -> Any:
        with _argparse_in_our_language():
            return super().parse_known_args(args, namespace)

    def parse_args(self, args: Any = None, namespace: Any = None) -> Any:
        # parse_args says "unrecognized arguments" itself, after parse_known_args returned.
        with _argparse_in_our_language():
            return super().parse_args(args, namespace)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, messages.text(N_("%(prog)s: error: %(message)s\n"))
                  % {"prog": self.prog, "message": message})


def print_table(headers: list[str], rows: list[list[str]],
                right: tuple[int, ...] = ()) -> None:
    """A header row and rows in columns lined up on screen (Chinese counted two wide), the
    columns in `right` (numbers) aligned right; no line ends in spaces."""
    columns = [max([width(h)] + [width(row[i]) for row in rows]) for i, h in enumerate(headers)]
    for row in [headers, *rows]:
        cells = [" " * (columns[i] - width(cell)) + cell if i in right
                 else pad(cell, columns[i]) for i, cell in enumerate(row)]
        print("  ".join(cells).rstrip())
