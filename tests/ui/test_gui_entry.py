"""Starting the GUI as a user does: the real command, offscreen, on a real database file."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from asc_desk.app import open_session
from asc_desk.db.backup import list_backups
from asc_desk.services import database_service as dbs
from asc_desk.services.demo.demo_service import fill_demo
from asc_desk.ui.dialogs.backup_list_dialog import BackupListDialog

STORY = "2026-11-25"  # the demo's fixed "today": the data these tests read


def run_cli(*args: str, env_extra: dict | None = None, timeout: int = 120):
    env = dict(os.environ)
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "asc_desk", *args], capture_output=True,
                          text=True, env=env, timeout=timeout)


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", header[16:24])


@pytest.fixture(scope="module")
def _demo_made_once(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("entry-demo") / "demo.sqlite3"
    done = run_cli("demo", "--no-gui", "--today", STORY, "--db", str(path))
    assert done.returncode == 0, done.stderr
    return path


@pytest.fixture
def demo_db(_demo_made_once, tmp_path) -> Path:
    """A copy of the demo `asc-desk demo --no-gui` made (once for the module: seconds)."""
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(_demo_made_once, path)
    os.chmod(path, 0o600)
    return path


def test_window_opens_and_quits_when_idle(demo_db):
    done = run_cli("--db", str(demo_db), "--exit-when-idle")
    assert done.returncode == 0, done.stderr


def test_screenshot_of_each_page_is_1366x768(demo_db, tmp_path):
    for page in ("today", "settings"):
        out = tmp_path / f"{page}.png"
        done = run_cli("screenshot", "--page", page, "-o", str(out), "--db", str(demo_db))
        assert done.returncode == 0, done.stderr
        assert png_size(out) == (1366, 768)


def test_screenshot_is_1366x768_on_a_small_screen_at_first_start(demo_db, tmp_path):
    """Qt's plain offscreen screen is 800x800: a first start maximises the window, which
    must not win over the screenshot's size."""
    out = tmp_path / "today.png"
    done = run_cli("screenshot", "--page", "today", "-o", str(out), "--db", str(demo_db),
                   env_extra={"QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME":
                              str(tmp_path / "fresh-config"), "HOME": str(tmp_path),
                              "LANG": "zh_CN.UTF-8", "LC_ALL": "zh_CN.UTF-8"})
    assert done.returncode == 0, done.stderr
    assert png_size(out) == (1366, 768)
    assert "已把“今天”页面保存到" in done.stdout  # the page's name, not its English key


def test_screenshot_refuses_a_bad_page_and_a_bad_file(demo_db, tmp_path):
    bad_page = run_cli("screenshot", "--page", "nowhere", "-o", str(tmp_path / "x.png"),
                       "--db", str(demo_db))
    assert bad_page.returncode == 2
    bad_file = run_cli("screenshot", "--page", "today", "-o", str(tmp_path / "x.jpg"),
                       "--db", str(demo_db))
    assert bad_file.returncode == 1
    assert bad_file.stderr.count("\n") == 1 and "png" in bad_file.stderr


def test_second_copy_on_the_same_file_is_refused(demo_db):
    from asc_desk.db.lock import DatabaseFileLock

    with DatabaseFileLock(demo_db):
        done = run_cli("screenshot", "--page", "today", "-o", str(demo_db.parent / "x.png"),
                       "--db", str(demo_db))
    assert done.returncode == 1
    assert "already open" in done.stderr


def _answer_the_list(seen: list[str], *, choose: bool) -> None:
    """The damaged-file prompt lists the backups: Enter on the first (the newest good one),
    or Esc."""
    def answer():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, BackupListDialog) and dialog.loaded:
            seen.append(dialog.message.text())
            if choose:
                dialog.restore_selected()
                dialog.confirm_restore()
            else:
                dialog.reject()
        else:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(20, answer)


def test_damaged_database_offers_the_backups(qtbot, tmp_path, translations):
    path = tmp_path / "center.sqlite3"
    db, _ = dbs.open_database(str(path))
    fill_demo(db)
    db.dispose()
    dbs.backup_database(str(path))
    data = bytearray(path.read_bytes())
    data[100:4096] = bytes(len(data[100:4096]))  # wreck the first page, keep the header
    path.write_bytes(bytes(data))

    seen: list[str] = []
    _answer_the_list(seen, choose=True)
    session = open_session(dbs.resolve(str(path)))
    assert session is not None and seen and "Choose a backup" in seen[0]
    assert session.centers.get_center() is not None
    session.db.dispose()
    assert any("damaged" in p.name for p in list_backups(path, ("damaged",)))


def test_declining_the_restore_leaves_the_file_alone(qtbot, tmp_path, translations):
    path = tmp_path / "center.sqlite3"
    db, _ = dbs.open_database(str(path))
    fill_demo(db)
    db.dispose()
    dbs.backup_database(str(path))
    data = bytearray(path.read_bytes())
    data[100:4096] = bytes(len(data[100:4096]))
    path.write_bytes(bytes(data))
    before = path.read_bytes()

    seen: list[str] = []
    _answer_the_list(seen, choose=False)
    assert open_session(dbs.resolve(str(path))) is None
    assert seen and path.read_bytes() == before
