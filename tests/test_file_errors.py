"""OS errors said in the app's words, never the OS's English strerror."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from asc_desk.domain.errors import BackupError
from asc_desk.file_errors import cannot_read, cannot_write


@pytest.mark.parametrize(("code", "words"), [
    (errno.EROFS, "read-only"),
    (errno.EACCES, "Cannot write into the folder"),
    (errno.ENOSPC, "disk is full"),
])
def test_a_write_error_is_said_in_the_apps_words(tmp_path: Path, code, words):
    error = cannot_write(tmp_path / "x.ics", OSError(code, "English from the OS"))
    assert words in error.message and "English" not in error.message


def test_writing_into_a_missing_folder_names_the_folder(tmp_path: Path):
    path = tmp_path / "不存在" / "x.ics"
    try:
        path.write_bytes(b"")
    except OSError as exc:
        error = cannot_write(path, exc, BackupError)
    assert isinstance(error, BackupError)
    assert error.message == f"The folder {tmp_path / '不存在'} does not exist."


def test_reading_a_folder_or_a_missing_file(tmp_path: Path):
    for path, words in ((tmp_path, "is a folder"), (tmp_path / "no.csv", "does not exist")):
        try:
            path.read_bytes()
        except OSError as exc:
            assert words in cannot_read(path, exc).message
