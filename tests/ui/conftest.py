"""Fixtures for widget tests: a real database file, the app's font and translations."""

from __future__ import annotations

import os
import shutil

import pytest
from PySide6.QtCore import QSettings

from asc_desk.app import Session
from asc_desk.services import database_service as dbs
from asc_desk.services.center_service import CenterService
from asc_desk.services.demo.demo_service import STORY_DAY, fill_demo
from asc_desk.ui.fonts import register_cjk_font
from asc_desk.ui.i18n import Translations
from asc_desk.ui.task_runner import TaskRunner
from tests.conftest import place_head_copy


@pytest.fixture(scope="session")
def cjk_family(qapp):
    return register_cjk_font(qapp)


@pytest.fixture
def translations(qapp):
    t = Translations(qapp)
    t.apply("en")
    yield t
    t.apply("en")


@pytest.fixture
def qsettings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def empty_session(request, tmp_path, cjk_family):
    path = str(tmp_path / "center.sqlite3")
    place_head_copy(request, path)
    db, report = dbs.open_database(path)
    yield Session(db, report, CenterService(db, "test"))
    db.dispose()


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory, _head_sqlite_file):
    """The demo center, filled once per test process (seconds) and copied for each test."""
    path = tmp_path_factory.mktemp("demo-template") / "center.sqlite3"
    shutil.copyfile(_head_sqlite_file, path)
    db, _report = dbs.open_database(str(path))
    try:
        # The caregivers' plan around the demo's story day, not the day the tests run.
        summary = fill_demo(db, language="en", today=STORY_DAY)
    finally:
        db.dispose()
    return path, summary


@pytest.fixture
def demo_session(_demo_template, tmp_path, cjk_family):
    template, summary = _demo_template
    path = tmp_path / "center.sqlite3"
    shutil.copyfile(template, path)
    os.chmod(path, 0o600)
    db, report = dbs.open_database(str(path))
    session = Session(db, report, CenterService(db, "test"))
    session.demo = summary
    yield session
    db.dispose()


@pytest.fixture
def demo(demo_session):
    """What the demo generator made: the counts tests compare with."""
    return demo_session.demo


@pytest.fixture
def runner(qtbot):
    """The background task helper; whatever a test leaves running is cancelled and awaited."""
    runner = TaskRunner()
    yield runner
    runner.cancel_all()
    assert runner.wait_idle(10_000)


class FakePicker:
    """Answers the file dialogs at once: `open` (a path or None), `save` (a path, None, or a
    function of the suggested path); `asked` holds the folders and paths offered."""

    def __init__(self) -> None:
        self.open = None
        self.save = None
        self.asked: list = []
        self.filters: list = []  # the filters of the last dialog

    def open_path(self, parent, title, folder, filters):
        self.asked.append(folder)
        self.filters = list(filters)
        return self.open

    def save_path(self, parent, title, suggested, filters):
        self.asked.append(suggested)
        return self.save(suggested) if callable(self.save) else self.save


@pytest.fixture
def picker():
    return FakePicker()
