"""What every command shares: the --db option, who acts, opening the database, printing."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from asc_desk.domain.errors import N_, UserError
from asc_desk.file_errors import cannot_read, cannot_write
from asc_desk.paths import default_database

T = TypeVar("T")


def add_db_option(parser: argparse.ArgumentParser, *, top: bool = False,
                  help_text: str | None = None) -> None:
    parser.add_argument(
        "--db", metavar="PATH",
        # Sub-commands suppress their default so `asc-desk --db X sub` keeps X.
        default=None if top else argparse.SUPPRESS,
        help=help_text or N_("SQLite file or PostgreSQL URL (default: $ASC_DESK_DB or the "
                             "per-user data folder)"),
    )


def db_value(args: argparse.Namespace) -> str:
    """--db as given (an empty value is an error, not the default), else the default."""
    return args.db if args.db is not None else default_database()


def actor() -> str:
    import getpass  # here, as json below: the window (this module parses its options too)

    try:
        return f"cli:{getpass.getuser()}"[:100]
    except Exception:  # getuser fails when no user name is known (containers, services)
        return "cli"


@contextmanager
def open_for_command(args: argparse.Namespace, *, write: bool = True) -> Iterator[Any]:
    """The database, with the center it holds.

    Commands that write take the one-copy lock, so they never write beside an open window,
    and upgrade an old schema under it (after a backup) as the window would. Commands that
    only read take no lock, so they never upgrade: an old schema is refused with a line
    saying to run `asc-desk db upgrade`. No command creates a database (a missing or
    zero-byte file is refused and left as it was): `db upgrade`, `demo` and the window do.
    """
    from asc_desk.services import database_service as dbs
    from asc_desk.services.center_service import CenterService

    location = dbs.resolve(db_value(args))
    dbs.require_database(location)
    lock = dbs.lock_for(location) if write else _no_lock()
    with lock:
        db, _report = dbs.open_database(location, create=False, upgrade=write)
        try:
            center = CenterService(db, actor()).get_center()
            if center is None:
                raise UserError(N_("This database has no center yet: run `asc-desk center init "
                                   "NAME --factory NAME`, open ASC Desk once, or run "
                                   "`asc-desk demo`."))
            yield db, center
        finally:
            db.dispose()


@contextmanager
def _no_lock() -> Iterator[None]:
    yield None


def by_pinyin(items: Iterable[T], name_of: Callable[[T], str],
              pinyin_of: Callable[[T], str] | None = None) -> list[T]:
    """Sorted by the name's pinyin, surnames read as surnames, as the window's tables sort
    (not by code point: 于 付 任 ...). A stored reading is used when there is one."""
    from asc_desk.domain.name_search import pinyin_order

    def key(item: T) -> tuple[str, str]:
        return pinyin_order(name_of(item), pinyin_of(item) if pinyin_of else None)

    return sorted(items, key=key)


def print_json(value: Any) -> None:
    import json

    print(json.dumps(value, ensure_ascii=False, indent=1, default=str))


def read_file(path: Path, max_bytes: int | None = None) -> bytes:
    """The file's bytes; with max_bytes, a larger file is refused before it is read."""
    try:
        if max_bytes is not None and path.stat().st_size > max_bytes:
            raise UserError(N_("{path} is larger than {size} MB; import a smaller file."),
                            path=str(path), size=max_bytes // (1024 * 1024))
        return path.read_bytes()
    except OSError as exc:
        raise cannot_read(path, exc) from None


def write_file(path: Path, data: bytes) -> None:
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise cannot_write(path, exc) from None
