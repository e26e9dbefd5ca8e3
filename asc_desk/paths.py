"""Per-user folders (platformdirs): where the database, logs and settings live by default.

On POSIX the app's files hold personal data of minors: they are made 0600 in 0700 folders
(`private_folder`, `create_private_file`), and files made by older versions (0644) are fixed
at start (`make_private`). On Windows the per-user profile folder is already private.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

import platformdirs

APP_NAME = "asc-desk"
DB_ENV = "ASC_DESK_DB"
SETTINGS_NAME = "asc-desk.ini"
FILE_MODE = 0o600
FOLDER_MODE = 0o700
POSIX = os.name == "posix"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def settings_file() -> Path:
    """The per-PC settings (QSettings INI) the window reads."""
    return config_dir() / SETTINGS_NAME


def default_database() -> str:
    """The --db value used when none is given: ASC_DESK_DB, else a file in the data folder."""
    return os.environ.get(DB_ENV) or str(data_dir() / "asc-desk.sqlite3")


def default_demo_database() -> str:
    """`asc-desk demo` writes to its own file so it never mixes with the center's real data:
    ASC_DESK_DB names the real database, so it is not used here (only --db is)."""
    return str(data_dir() / "demo.sqlite3")


def private_folder(folder: Path) -> Path:
    """Make the folder (0700 when this call creates it) and return it. An existing folder
    keeps its mode: a user's own folder (Desktop, a USB stick) is not ours to change."""
    if not folder.is_dir():
        folder.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
        if POSIX:
            os.chmod(folder, FOLDER_MODE)  # mkdir's mode is filtered by the umask
    return folder


def create_private_file(path: Path) -> bool:
    """Create an empty file readable by its owner only; False when it already existed."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except FileExistsError:
        return False
    os.close(fd)
    return True


def private_opener(path: str, flags: int) -> int:
    """`open(..., opener=private_opener)`: a file it creates is 0600 from the start."""
    return os.open(path, flags, FILE_MODE)


def make_private(*paths: Path) -> list[Path]:
    """Take group and other permissions off these files and folders (POSIX); returns the
    ones whose mode was changed, so the caller can log it. Missing paths are skipped."""
    if not POSIX:
        return []
    fixed = []
    for path in paths:
        try:
            mode = path.stat().st_mode
        except OSError:
            continue
        wanted = FOLDER_MODE if stat.S_ISDIR(mode) else FILE_MODE
        if stat.S_IMODE(mode) & 0o077:
            try:
                os.chmod(path, stat.S_IMODE(mode) & wanted)
            except OSError:
                continue
            fixed.append(path)
    return fixed


def secure_user_files() -> list[Path]:
    """At start: the app's own folders 0700 and the settings file 0600 (created empty, so
    Qt keeps its mode when it saves). Returns what had to be fixed."""
    fixed = []
    for folder in (data_dir(), log_dir(), config_dir()):
        try:
            private_folder(folder)
        except OSError:
            continue
        fixed += make_private(folder)
    with contextlib.suppress(OSError):
        create_private_file(settings_file())
    fixed += make_private(settings_file())
    return fixed
