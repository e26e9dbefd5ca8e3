"""The main window's change broadcast and its one undo stack, with small fake pages (no
database): a page refreshes only when what it shows changed; Undo/Redo follow the stack."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout

from asc_desk.domain.changes import Area, Changes
from asc_desk.services.center_service import CenterInfo
from asc_desk.ui.app_settings import AppSettings
from asc_desk.ui.main_window import MainWindow
from asc_desk.ui.pages.base_page import Page
from asc_desk.ui.task_runner import TaskRunner
from asc_desk.ui.undo import ServiceCommand

CENTER = CenterInfo(1, "星光儿童之家", "华彩", "Asia/Shanghai", "en")


class FakePage(Page):
    def __init__(self, key: str, shows: Area, day: dt.date | None = None) -> None:
        super().__init__()
        self.key, self.shows, self._day = key, shows, day
        self.refreshes = 0
        self.field = QLineEdit()
        QVBoxLayout(self).addWidget(self.field)

    def title(self) -> str:
        return self.key

    def shown_day(self) -> dt.date | None:
        return self._day

    def refresh(self) -> None:
        self.refreshes += 1


@pytest.fixture
def window(qtbot, qsettings, translations):
    pages = [FakePage("today", Area.ROSTER | Area.ATTENDANCE, dt.date(2026, 11, 25)),
             FakePage("children", Area.ROSTER | Area.PROGRAMS),
             FakePage("calendar", Area.CALENDAR | Area.PROGRAMS),
             FakePage("settings", Area.CENTER | Area.SETTINGS)]
    centers = [CENTER]
    window = MainWindow(pages, CENTER, database="db", revision="0005",
                        settings=AppSettings(qsettings), tasks=TaskRunner(),
                        read_center=lambda: centers[-1])
    window.centers = centers
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def counts(window) -> dict[str, int]:
    return {p.key: p.refreshes for p in window.pages}


def test_switching_pages_reads_a_page_only_when_stale(window):
    window.show_page("children")
    window.show_page("today")
    window.show_page("children")
    assert counts(window) == {"today": 1, "children": 1, "calendar": 0, "settings": 0}


def test_a_page_is_not_refreshed_when_nothing_it_shows_changed(window):
    window.show_page("children")
    window.show_page("today")
    before = counts(window)
    window.broadcast(Changes(Area.CALENDAR))
    window.broadcast(Changes.of(Area.ATTENDANCE, dt.date(2026, 11, 24)))  # another day
    assert counts(window) == before
    window.show_page("children")
    window.show_page("today")
    assert counts(window) == before


def test_a_roster_change_makes_the_today_page_stale(window):
    window.show_page("today")
    window.show_page("children")
    assert not window.page("today").stale
    window.page("children").report(Changes(Area.ROSTER), shown=True)
    assert window.page("today").stale and window.page("today").refreshes == 1
    assert window.page("children").refreshes == 1  # it showed its own change already
    window.show_page("today")
    assert window.page("today").refreshes == 2


def test_the_visible_page_refreshes_at_once(window):
    window.show_page("calendar")
    window.page("children").report(Changes(Area.PROGRAMS), shown=True)
    assert window.page("calendar").refreshes == 2


def test_the_window_follows_the_center(window):
    window.centers.append(CenterInfo(1, "阳光之家", "华彩", "Asia/Shanghai", "en"))
    window.page("settings").report(Changes(Area.CENTER), shown=True)
    assert "阳光之家" in window.windowTitle() and "阳光之家" in window.center_label.text()


def push(window, log: list[str], name: str) -> None:
    window.undo_stack.push(ServiceCommand(
        name, do=lambda: log.append("do " + name) or Changes(Area.ROSTER),
        undo=lambda: log.append("undo " + name) or Changes(Area.ROSTER),
        on_changes=window.broadcast, on_error=lambda exc: None))


def test_undo_and_redo_show_what_they_do_and_follow_the_keys(qtbot, window):
    log: list[str] = []
    assert window.undo_button.text() == "Undo" and not window.undo_button.isEnabled()
    push(window, log, "withdrawal of 张三")
    assert window.undo_button.text() == "Undo: withdrawal of 张三"
    assert log == []  # done already when pushed
    window.sidebar.setFocus()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert log == ["undo withdrawal of 张三"]
    assert window.redo_button.text() == "Redo: withdrawal of 张三"
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert log == ["undo withdrawal of 张三", "do withdrawal of 张三"]
    window.undo_button.click()
    assert log[-1] == "undo withdrawal of 张三"


def test_ctrl_z_in_a_text_field_undoes_the_typing_only(qtbot, window):
    log: list[str] = []
    push(window, log, "edit of 李四")
    field = window.current_page().field
    field.setFocus()
    qtbot.keyClicks(field, "abc")
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == ""  # the field's own undo of what was typed
    assert log == [] and window.undo_stack.canUndo()
