"""Rotating log file in the per-user log folder; logs carry ids, never children's details.

The formatter is the last line of defence: exception text (a database error quotes the
failed statement's values, a ValueError quotes the bad input) is reduced to the exception's
type, with the SQL statement (never its parameters) for database errors and the template
for user errors; `[parameters: ...]` and PostgreSQL's `DETAIL: Key (...)=(...)` are cut out
of any message. The traceback's file names, lines and functions stay for support.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import traceback
from pathlib import Path
from types import TracebackType

from asc_desk.paths import log_dir, make_private, private_folder, private_opener, secure_user_files

LOG_NAME = "asc-desk.log"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_PARAMETERS = re.compile(r"\[parameters: .*?\](?=\s*(\n|\(Background|$))", re.DOTALL)
_DETAIL = re.compile(r"^\s*(DETAIL|HINT|CONTEXT):.*$", re.MULTILINE)


def log_file() -> Path:
    return log_dir() / LOG_NAME


def scrub(text: str) -> str:
    """Cut bound parameters and server details (which quote values) out of a text."""
    text = _PARAMETERS.sub("[parameters hidden]", text)
    return _DETAIL.sub("  [detail hidden]", text)


def describe_exception(exc: BaseException) -> str:
    """What may be logged about an exception: its type, a user error's template, a
    database error's statement; never its message, which may carry values."""
    kind = type(exc)
    name = kind.__qualname__ if kind.__module__ == "builtins" else \
        f"{kind.__module__}.{kind.__qualname__}"
    template = getattr(exc, "template", None)
    if isinstance(template, str):
        return f"{name}: {template!r}"
    statement = getattr(exc, "statement", None)
    if isinstance(statement, str):
        orig = getattr(exc, "orig", None)
        origin = f" from {type(orig).__qualname__}" if orig is not None else ""
        code = getattr(orig, "sqlstate", None) or getattr(orig, "sqlite_errorname", None)
        code = f" ({code})" if code else ""
        return f"{name}{origin}{code} [SQL: {statement[:500]}]"
    return f"{name} (message not logged: it may carry personal data)"


def safe_traceback(kind: type[BaseException] | None, value: BaseException | None,
                   tb: TracebackType | None) -> str:
    """A traceback with every exception's text replaced by `describe_exception`."""
    if value is None:
        return kind.__qualname__ if kind else ""
    parts: list[str] = []
    seen: set[int] = set()
    exc: BaseException | None = value
    chain: list[tuple[BaseException, str]] = []
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        chain.append((exc, ""))
        if exc.__cause__ is not None:
            chain[-1] = (exc, "The above exception was the direct cause of the following:")
            exc = exc.__cause__
        elif exc.__context__ is not None and not exc.__suppress_context__:
            chain[-1] = (exc, "During handling of the above exception, another occurred:")
            exc = exc.__context__
        else:
            exc = None
    for index, (exc, _link) in enumerate(reversed(chain)):
        frames = exc.__traceback__ if exc is not value else (tb or exc.__traceback__)
        parts.append("Traceback (most recent call last):\n")
        parts.extend(traceback.format_tb(frames))
        parts.append(describe_exception(exc) + "\n")
        if index < len(chain) - 1:
            parts.append("\n" + chain[len(chain) - 2 - index][1] + "\n\n")
    return "".join(parts).rstrip("\n")


class PrivateFormatter(logging.Formatter):
    """Never writes a value that an exception or a message may quote (see the module)."""

    def formatException(self, ei) -> str:  # noqa: N802 - logging's name
        return safe_traceback(*ei)

    def format(self, record: logging.LogRecord) -> str:
        record.exc_text = None  # another handler's formatter may have cached the raw text
        return scrub(super().format(record))


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Log files are created 0600 (the first one and every one after a rollover)."""

    def _open(self):
        return open(self.baseFilename, self.mode, encoding=self.encoding,  # noqa: SIM115
                    errors=self.errors, opener=private_opener)


def set_up_logging(level: int = logging.INFO) -> Path | None:
    """Log to the rotating file; returns its path, or None when the folder is unwritable.

    Also the start-up fix of file modes (`paths.secure_user_files`), logged once."""
    root = logging.getLogger()
    if any(getattr(h, "_asc_desk", False) for h in root.handlers):
        return log_file()
    path = log_file()
    try:
        fixed = secure_user_files()
        private_folder(path.parent)
        fixed += make_private(path, *path.parent.glob(LOG_NAME + ".*"))
        handler = PrivateRotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        return None
    handler._asc_desk = True  # type: ignore[attr-defined]
    handler.setFormatter(PrivateFormatter(FORMAT))
    root.addHandler(handler)
    root.setLevel(level)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    for fixed_path in fixed:
        logging.getLogger(__name__).info("made %s readable by its owner only", fixed_path)
    return path
