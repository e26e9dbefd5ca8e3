"""Runs `asc-desk` commands (in-process, or in a subprocess where only a process will do) with
every per-user folder inside tmp_path."""

from __future__ import annotations

import contextlib
import hashlib
import io
import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from asc_desk.domain.center import CenterSettings
from asc_desk.services.center_service import CenterService
from asc_desk.services.database_service import open_database
from tests.conftest import place_head_copy

# Commands that make a Qt application (the window, screenshots) run in their own process:
# the test process already has pytest-qt's application.
_OWN_PROCESS = {"screenshot"}


def _needs_own_process(args: tuple[str, ...]) -> bool:
    words = [a for a in args if not a.startswith("-")]
    if any(word in _OWN_PROCESS for word in words):
        return True
    if "demo" in words and "--no-gui" not in args:
        return True
    return not any(a in words for a in _COMMANDS)


_COMMANDS = {"db", "calendar", "roster", "attendance", "staff", "caregivers", "shifts",
             "report", "demo", "program", "center", "desk"}


@contextlib.contextmanager
def _process_like(env: dict[str, str], cwd: Path) -> Iterator[None]:
    """The environment and folder of a new process, for a command run in this one."""
    saved_env, saved_cwd = dict(os.environ), os.getcwd()
    os.environ.clear()
    os.environ.update(env)
    os.chdir(cwd)
    try:
        yield
    finally:
        # A new process would log to its own folder: drop the handler the command set up.
        root = logging.getLogger()
        for handler in [h for h in root.handlers if getattr(h, "_asc_desk", False)]:
            root.removeHandler(handler)
            handler.close()
        os.chdir(saved_cwd)
        os.environ.clear()
        os.environ.update(saved_env)


@dataclass(frozen=True)
class Cli:
    """`asc-desk ARGS` as a user runs it. Run in-process through `main(argv)` (a Python
    start and the imports cost ~1 s a command); `spawn` runs a real process, for what only
    a process shows (the entry point, exit codes, imports, the window)."""

    home: Path
    cwd: Path
    env: dict[str, str]
    demos: DemoTemplates

    def run(self, *args: str, env: dict[str, str] | None = None,
            timeout: float = 60) -> subprocess.CompletedProcess[str]:
        if _needs_own_process(args):
            return self.spawn(*args, env=env, timeout=timeout)
        from asc_desk.cli import main

        out, err = io.StringIO(), io.StringIO()
        with _process_like({**self.env, **(env or {})}, self.cwd), \
                contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(list(args))
            except SystemExit as exit_:  # argparse: --help, usage errors
                code = exit_.code if isinstance(exit_.code, int) else 1
        return subprocess.CompletedProcess(["asc-desk", *args], code, out.getvalue(),
                                           err.getvalue())

    def demo(self, path: Path | str, *args: str) -> subprocess.CompletedProcess[str]:
        """`asc-desk demo --no-gui ARGS --db PATH` for a test that needs the demo data, not
        the command: the command runs once per ARGS in this test process, into a template
        that is copied to PATH (filling a demo takes seconds)."""
        made = self.demos.made.get(args)
        if made is None:
            template = self.demos.folder / f"demo-{len(self.demos.made)}.sqlite3"
            done = self.run("demo", "--no-gui", *args, "--db", str(template))
            assert done.returncode == 0, done.stderr
            made = self.demos.made[args] = (template, done)
        template, done = made
        shutil.copyfile(template, path)
        os.chmod(path, 0o600)
        return done

    def spawn(self, *args: str, env: dict[str, str] | None = None,
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


@dataclass(frozen=True)
class DemoTemplates:
    """Demo databases made once per test process, by their `demo` arguments."""

    folder: Path
    made: dict[tuple[str, ...], tuple[Path, subprocess.CompletedProcess[str]]]


@pytest.fixture(scope="session")
def _demo_templates(tmp_path_factory) -> DemoTemplates:
    return DemoTemplates(tmp_path_factory.mktemp("cli-demos"), {})


@pytest.fixture
def cli(tmp_path: Path, _demo_templates: DemoTemplates) -> Cli:
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
    return Cli(home=home, cwd=work, env=env, demos=_demo_templates)


@pytest.fixture
def make_database(request) -> Callable[..., Path]:
    """An ASC Desk database at head, with a center unless center=None."""

    def make(path: Path, center: str | None = "星光儿童之家") -> Path:
        if not path.exists():
            place_head_copy(request, str(path))
        db, _report = open_database(str(path))
        try:
            if center is not None:
                CenterService(db, "test").set_up_center(CenterSettings(center, "华彩玩具"))
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
