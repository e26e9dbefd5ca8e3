"""Files only their owner can read (POSIX): the log, the settings file, their folders, made
private at start, and files left 0644 by older versions fixed with a log line."""

from __future__ import annotations

import logging
import os
import stat

import pytest

from asc_desk.logging_setup import log_file, set_up_logging
from asc_desk.paths import config_dir, data_dir, settings_file

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def logging_started():
    # The root conftest starts each test without the app's handler, as a new process does.
    return set_up_logging


def test_log_and_settings_are_private_from_the_start(logging_started) -> None:
    path = logging_started()
    logging.getLogger("asc_desk.test").info("hello")
    assert path == log_file() and path.exists()
    assert _mode(path) == 0o600 and _mode(path.parent) == 0o700
    assert _mode(settings_file()) == 0o600 and _mode(config_dir()) == 0o700
    assert _mode(data_dir()) == 0o700


def test_modes_left_by_an_older_version_are_fixed_with_a_log_line(logging_started) -> None:
    for folder in (log_file().parent, config_dir()):
        folder.mkdir(parents=True, mode=0o755)
        os.chmod(folder, 0o755)
    for file in (log_file(), settings_file()):
        file.write_text("")
        os.chmod(file, 0o644)
    path = logging_started()
    assert _mode(path) == 0o600 and _mode(settings_file()) == 0o600
    assert _mode(path.parent) == 0o700 and _mode(config_dir()) == 0o700
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "readable by its owner only" in path.read_text(encoding="utf-8")
