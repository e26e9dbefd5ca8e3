"""Runs `python -m asc_desk` in a subprocess whose per-user folders all live in tmp_path."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from asc_desk.domain.center import CenterSettings
from asc_desk.services.center_service import CenterService
from asc_desk.services.database_service import open_database


@dataclass(frozen=True)
class Cli:
    home: Path
    cwd: Path
    env: dict[str, str]

    def run(self, *args: str, env: dict[str, str] | None = None,
            timeout: float = 60) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "asc_desk", *args],
            cwd=self.cwd, env={**self.env, **(env or {})}, capture_output=True, text=True,
            encoding="utf-8", timeout=timeout,
        )

    def python(self, code: str, *args: str, timeout: float = 60
               ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-c", code, *args], cwd=self.cwd, env=self.env,
            capture_output=True, text=True, encoding="utf-8", timeout=timeout,
        )


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "ASC_DESK_DB"}
    env.update({
        "HOME": str(home),
        "USERPROFILE": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "APPDATA": str(home / "AppData" / "Roaming"),
        "LOCALAPPDATA": str(home / "AppData" / "Local"),
        "PYTHONIOENCODING": "utf-8",
        "QT_QPA_PLATFORM": "offscreen",
    })
    work = tmp_path / "work"
    work.mkdir()
    return Cli(home=home, cwd=work, env=env)


@pytest.fixture
def make_database() -> Callable[..., Path]:
    """An ASC Desk database at head, with a center unless center=None."""

    def make(path: Path, center: str | None = "星光儿童之家") -> Path:
        db, _report = open_database(str(path))
        try:
            if center is not None:
                CenterService(db, "test").set_up_center(CenterSettings(center, "华彩玩具")).value
        finally:
            db.dispose()
        return path

    return make


@pytest.fixture
def sha256() -> Callable[[Path], str]:
    return lambda path: hashlib.sha256(path.read_bytes()).hexdigest()


def assert_one_line_error(result: subprocess.CompletedProcess[str], *, contains: str) -> None:
    """Exit 1 with one readable line on stderr: no traceback, no generic 'went wrong'."""
    assert result.returncode == 1, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("asc-desk: ")
    assert "Traceback" not in result.stderr
    assert "something went wrong" not in result.stderr
    assert contains in lines[0], lines[0]


@pytest.fixture
def one_line_error() -> Callable[..., None]:
    return assert_one_line_error
