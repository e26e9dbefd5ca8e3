"""A file that cannot be read or written, said in the app's own words (the OS's strerror is
English on every system: "Read-only file system" inside a Chinese sentence)."""

from __future__ import annotations

import errno
from pathlib import Path

from asc_desk.domain.errors import N_, UserError

_READ_ONLY = {errno.EROFS}
_DENIED = {errno.EACCES, errno.EPERM}
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def folder_of(path: Path) -> Path:
    return path.parent if str(path.parent) else Path(".")


def cannot_write(path: Path, exc: OSError, error: type[UserError] = UserError) -> UserError:
    """Why `path` could not be written, as the `report` commands say it."""
    folder = folder_of(path)
    if exc.errno == errno.ENOENT or (exc.errno == errno.ENOTDIR and not folder.is_dir()):
        return error(N_("The folder {folder} does not exist."), folder=str(folder))
    if exc.errno == errno.EISDIR or path.is_dir():
        return error(N_("Cannot replace {path}: it is a folder."), path=str(path))
    if exc.errno in _READ_ONLY:
        return error(N_("Cannot write {path}: the disk or folder is read-only (a "
                        "write-protected USB drive, a read-only share)."), path=str(path))
    if exc.errno in _DENIED:
        return error(N_("Cannot write into the folder {folder}."), folder=str(folder))
    if exc.errno in _FULL:
        return error(N_("Cannot write {path}: the disk is full."), path=str(path))
    return error(N_("Cannot write {path}: {reason}."), path=str(path),
                 reason=exc.strerror or str(exc))


def cannot_read(path: Path, exc: OSError, error: type[UserError] = UserError) -> UserError:
    """Why `path` could not be read."""
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return error(N_("{path} does not exist."), path=str(path))
    if exc.errno == errno.EISDIR or path.is_dir():
        return error(N_("{path} is a folder; choose a file in it."), path=str(path))
    if exc.errno in _DENIED:
        return error(N_("Cannot read {path}: no permission to open it."), path=str(path))
    return error(N_("Cannot read {path}: {reason}."), path=str(path),
                 reason=exc.strerror or str(exc))
