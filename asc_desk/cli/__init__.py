"""The `asc-desk` command: thin over the services. Commands without a window never import Qt."""

from __future__ import annotations

import argparse
import logging
import sys

from asc_desk import __version__
from asc_desk.cli import messages
from asc_desk.domain.errors import N_, UserError

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    # The commands' modules only here: the window's start never loads them.
    from asc_desk.cli import (
        attendance_commands,
        calendar_commands,
        center_commands,
        db_commands,
        report_commands,
        roster_commands,
        staff_commands,
    )
    from asc_desk.cli.common import add_db_option

    parser = argparse.ArgumentParser(
        prog="asc-desk",
        description="ASC Desk: the desktop tool of a factory After School Center. "
                    "Without a command it opens the main window.",
    )
    parser.add_argument("--version", action="version", version=f"asc-desk {__version__}")
    add_db_option(parser, top=True)
    parser.add_argument(
        "--language", dest="message_language", choices=messages.LANGUAGES,
        help="language of the messages (default: zh_CN when the locale is Chinese, "
             "e.g. LANG=zh_CN.UTF-8, else en); give it before the command")
    parser.add_argument("--exit-when-idle", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    db_commands.register(sub)
    center_commands.register(sub)
    calendar_commands.register(sub)
    roster_commands.register(sub)
    attendance_commands.register(sub)
    staff_commands.register(sub)
    report_commands.register(sub)
    return parser


def window_args(argv: list[str]) -> argparse.Namespace | None:
    """`asc-desk [--db X] [--language L] [--exit-when-idle]`: the window, read without
    building the commands' parser (their modules stay unloaded). Anything else (a command,
    --help, --version, a mistake): None, and the full parser reads it."""
    values: dict[str, str | None] = {"db": None, "message_language": None}
    exit_when_idle = False
    items = iter(argv)
    for item in items:
        name, eq, value = item.partition("=")
        if item == "--exit-when-idle":
            exit_when_idle = True
        elif name in ("--db", "--language"):
            if not eq:
                value = next(items, None)  # type: ignore[assignment]
                if value is None or value.startswith("-"):
                    return None
            values["db" if name == "--db" else "message_language"] = value
        else:
            return None
    if values["message_language"] not in (None, *messages.LANGUAGES):
        return None
    return argparse.Namespace(command=None, exit_when_idle=exit_when_idle, **values)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = window_args(argv)
    if args is None:
        args = build_parser().parse_args(argv)
    messages.use(args.message_language)
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
        print(f"asc-desk: {messages.text(N_('interrupted'))}", file=sys.stderr)
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
    # The window's shell paints before the data layer is imported (window_start.py).
    from asc_desk.cli.common import db_value
    from asc_desk.window_start import run_window

    return run_window(db_value(args), exit_when_idle=args.exit_when_idle)
