"""Backups from Settings run off the GUI thread with progress and Cancel."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer

from asc_desk.domain.center import CenterSettings
from asc_desk.ui.pages.settings_page import SettingsPage


@pytest.fixture
def center(empty_session):
    return empty_session.centers.set_up_center(CenterSettings("星光儿童之家", "华彩")).value


def settings_page(qtbot, session, center, backup, runner) -> SettingsPage:
    page = SettingsPage(session.centers, center, database="x.sqlite3", is_sqlite=True,
                        revision="0005", backup=backup, tasks=runner)
    qtbot.addWidget(page)
    page.show()
    return page


def test_a_backup_reports_where_it_went(qtbot, empty_session, center, runner, tmp_path,
                                        translations):
    target = tmp_path / "b.sqlite3"
    page = settings_page(qtbot, empty_session, center,
                         lambda: target.write_text("copy") and str(target), runner)
    task = page.back_up()
    qtbot.waitUntil(lambda: not task.running, timeout=10_000)
    qtbot.waitUntil(lambda: getattr(page, "backup_box", None) is not None)
    assert str(target) in page.backup_box.text()
    page.backup_box.accept()


def test_a_cancelled_backup_is_not_kept_and_the_window_answers(qtbot, empty_session, center,
                                                                 runner, tmp_path, translations):
    target = tmp_path / "b.sqlite3"
    started, go_on = threading.Event(), threading.Event()

    def slow_backup() -> str:
        started.set()
        go_on.wait(10)
        target.write_text("copy")
        return str(target)

    page = settings_page(qtbot, empty_session, center, slow_backup, runner)
    task = page.back_up()
    assert started.wait(10) and not page.backup_button.isEnabled()
    ticks: list[str] = []
    QTimer.singleShot(0, lambda: ticks.append("tick"))
    qtbot.waitUntil(lambda: bool(ticks), timeout=2_000)
    task.cancel()
    go_on.set()
    qtbot.waitUntil(lambda: not task.running, timeout=10_000)
    qtbot.wait(1)
    assert not target.exists() and page.backup_button.isEnabled()
    assert getattr(page, "backup_box", None) is None
