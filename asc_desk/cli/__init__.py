"""The `asc-desk` command: thin over the services. Commands without a window never import Qt."""

from __future__ import annotations

import argparse
import gc
import logging
import sys
from typing import NoReturn

from asc_desk import __version__
from asc_desk.cli import messages
from asc_desk.cli.common import add_db_option, db_value
from asc_desk.cli.parser import Parser
from asc_desk.domain.errors import N_, UserError

log = logging.getLogger(__name__)


def _top_options(parser: argparse.ArgumentParser) -> None:
    """The options given before the command; the window takes only these."""
    add_db_option(parser, top=True)
    parser.add_argument(
        "--language", dest="message_language", choices=messages.LANGUAGES,
        help=N_("language of the messages (default: zh_CN when the locale is Chinese, "
                "e.g. LANG=zh_CN.UTF-8, else en); give it before the command"))
    parser.add_argument("--exit-when-idle", action="store_true", help=argparse.SUPPRESS)


def build_parser() -> argparse.ArgumentParser:
    """Every command's parser (the command modules are imported here, not for the window)."""
    from asc_desk.cli import (
        attendance_commands,
        calendar_commands,
        center_commands,
        db_commands,
        report_commands,
        roster_commands,
        staff_commands,
    )

    parser = Parser(
        prog="asc-desk",
        description=N_("ASC Desk: the desktop tool of a factory After School Center. "
                       "Without a command it opens the main window."),
    )
    parser.add_argument("--version", action="version", version=f"asc-desk {__version__}")
    _top_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    db_commands.register(sub)
    center_commands.register(sub)
    calendar_commands.register(sub)
    roster_commands.register(sub)
    attendance_commands.register(sub)
    staff_commands.register(sub)
    report_commands.register(sub)
    return parser


class _NotForTheWindow(Exception):
    pass


class _WindowParser(Parser):
    def error(self, message: str) -> NoReturn:
        raise _NotForTheWindow(message)


def _window_arguments(argv: list[str]) -> tuple[argparse.Namespace | None, str | None]:
    """(the window's arguments, or None when argv names a command or asks for help; the
    language asked for before the command). The window needs only the top options: building
    every command's parser (and importing its module) would only slow its start."""
    parser = _WindowParser(prog="asc-desk", add_help=False)
    _top_options(parser)
    parser.add_argument("rest", nargs=argparse.REMAINDER)
    try:
        args, unknown = parser.parse_known_args(argv)
    except _NotForTheWindow:
        return None, None  # the full parser says what is wrong, in its words
    language = args.message_language
    if args.rest or unknown:
        return None, language
    return args, language


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    window_args, language = _window_arguments(argv)
    # Before the full parser: its errors and help are printed in this language.
    messages.use(language)
    if window_args is not None:
        args = window_args
        args.command = None
    else:
        args = build_parser().parse_args(argv)
    from asc_desk.logging_setup import set_up_logging

    log_path = set_up_logging()
    try:
        if args.command is None:
            return _open_window(args)
        return args.handler(args)
    except UserError as exc:
        # The template, not the message: values may name people (children, parents).
        log.warning("command %s refused: %s %r", args.command, type(exc).__name__,
                    exc.template)
        print(f"asc-desk: {messages.error_text(exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("asc-desk: " + messages.text(N_("interrupted")), file=sys.stderr)
        return 1
    except BrokenPipeError:  # output piped into `head` and the like: not an error
        sys.stderr.close()
        return 0
    except Exception:  # a bug: logged with its traceback, shown in one line
        log.exception("unexpected error in command %s", args.command)
        line = (messages.text(N_("something went wrong. Details are in {path}."), path=log_path)
                if log_path else messages.text(N_("something went wrong.")))
        print(f"asc-desk: {line}", file=sys.stderr)
        return 1


def gui_main() -> int:
    """Entry point without a console window (Windows): same as `asc-desk` with no command."""
    return main(sys.argv[1:])


def _open_window(args: argparse.Namespace) -> int:
    # No cyclic garbage collection until the desk's list is filled (window_start.py ends
    # the pause): the start's objects all stay alive, collecting would only walk them.
    gc.disable()
    # The window's shell paints before the data layer is imported (window_start.py).
    from asc_desk.window_start import run_window

    return run_window(db_value(args), exit_when_idle=args.exit_when_idle)
