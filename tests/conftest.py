"""Shared test set-up: offscreen Qt, per-user folders inside the test's own tmp dir."""

from __future__ import annotations

import os

# Must be set before Qt is imported anywhere: tests need no real screen, and the
# offscreen one is given the size of a factory office PC's (1366x768).
_SCREEN = os.path.join(os.path.dirname(__file__), "offscreen-1366x768.json")
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={_SCREEN}")
os.environ.pop("ASC_DESK_DB", None)

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path_factory, monkeypatch):
    """platformdirs reads these at call time: logs, settings and data stay in tmp."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                     ("XDG_STATE_HOME", "state"), ("XDG_CACHE_HOME", "cache")):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.delenv("ASC_DESK_DB", raising=False)
    yield
