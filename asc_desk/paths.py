"""Per-user folders (platformdirs): where the database, logs and settings live by default."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "asc-desk"
DB_ENV = "ASC_DESK_DB"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def default_database() -> str:
    """The --db value used when none is given: ASC_DESK_DB, else a file in the data folder."""
    return os.environ.get(DB_ENV) or str(data_dir() / "asc-desk.sqlite3")


def default_demo_database() -> str:
    """`asc-desk demo` writes to its own file so it never mixes with the center's real data:
    ASC_DESK_DB names the real database, so it is not used here (only --db is)."""
    return str(data_dir() / "demo.sqlite3")
