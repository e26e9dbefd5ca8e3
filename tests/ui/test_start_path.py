"""The start path: only the desk is built at start, other pages on their first visit; a scan
right after the window shows is acted on; the daily backup runs after the window is up."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from asc_desk.app import RestoreRequest, build_main_window, show_window
from asc_desk.db.backup import list_backups
from asc_desk.domain.attendance_rules import ChildDayState
from asc_desk.domain.changes import Area, Changes
from asc_desk.services.attendance.attendance_service import AttendanceService
from asc_desk.ui.main_window import PageSlot
from asc_desk.ui.pages.base_page import Page


def test_pages_other_than_the_desk_are_built_on_their_first_visit(qtbot, demo_session,
                                                                  qsettings, translations):
    center = demo_session.centers.get_center()
    window = build_main_window(demo_session, center, qsettings, translations)
    qtbot.addWidget(window)
    window.show()
    assert isinstance(window.pages[0], Page) and window.current_page().key == "today"
    assert all(isinstance(p, PageSlot) for p in window.pages[1:])
    assert window.sidebar.item(1).text() == "Children"  # titled without being built
    window.broadcast(Changes(Area.ROSTER))  # an unbuilt page has nothing to make stale
    window.sidebar.setCurrentRow(1)
    children = window.current_page()
    assert isinstance(window.pages[1], Page) and children.key == "children"
    assert window.stack.currentWidget() is children
    assert isinstance(window.pages[2], PageSlot)  # the others still wait
    window.tasks.wait_idle()


def test_a_scanner_burst_10_ms_after_the_window_shows_checks_the_child_in(
        qtbot, demo_session, qsettings, translations):
    center = demo_session.centers.get_center()
    day = dt.datetime.now(ZoneInfo(center.time_zone)).date()
    view = AttendanceService(demo_session.db, "test").day(center.id, day)
    expected = [c for c in view.children if c.record.state is ChildDayState.EXPECTED]
    assert expected, "the demo expects children today"
    child = expected[0].child
    window = build_main_window(demo_session, center, qsettings, translations)
    qtbot.addWidget(window)
    today = window.page("today")

    def burst() -> None:  # what a USB scanner types: the code and Enter, at once
        qtbot.keyClicks(today.scan.line, child.card_code)
        qtbot.keyClick(today.scan.line, "\r")

    window.show()
    QTimer.singleShot(10, burst)
    qtbot.waitUntil(lambda: today.item_of(child.id) is not None
                    and today.item_of(child.id).record.state is ChildDayState.PRESENT,
                    timeout=5_000)
    row = today.model.row_of(child.id)
    assert today.model.child_at(row).record.present


def test_the_daily_backup_runs_after_the_window_shows(qtbot, demo_session, qsettings,
                                                      translations):
    path = demo_session.db.location.path
    before = list_backups(path)
    center = demo_session.centers.get_center()
    window = show_window(demo_session, center, translations, qsettings, RestoreRequest())
    qtbot.addWidget(window)
    assert window.isVisible()
    assert window.tasks.wait_idle(30_000)
    qtbot.waitUntil(lambda: len(list_backups(path)) == len(before) + 1, timeout=5_000)
    qtbot.waitUntil(lambda: "Backed up" in window.statusBar().currentMessage(), timeout=5_000)
    window.close()


def test_a_start_after_today_s_backup_does_not_say_it_is_backing_up(
        qtbot, demo_session, qsettings, translations):
    # Most starts of a day find its backup made: the status bar once said "Backing up the
    # database…" at every one of them, while the worker only looked at the backups' names.
    path = demo_session.db.location.path
    from asc_desk.services.database_service import daily_backup

    daily_backup(demo_session.db.location)
    before = list_backups(path)
    center = demo_session.centers.get_center()
    said: list[str] = []
    window = build_main_window(demo_session, center, qsettings, translations)
    qtbot.addWidget(window)
    window.statusBar().messageChanged.connect(said.append)
    from asc_desk.app import start_daily_backup

    start_daily_backup(window, demo_session.db.location)
    assert window.tasks.wait_idle(30_000)
    qtbot.wait(50)  # the task's signals, queued to the GUI thread
    assert list_backups(path) == before
    assert not any("Backing up" in text or "Backed up" in text for text in said), said


def _shell_at_start(qtbot, session, center, qsettings, *, show: bool = True):
    """The window as it paints at start (window_start.py), before the database is open."""
    from asc_desk.ui.app_settings import KnownCenter
    from asc_desk.ui.start_shell import build_shell

    known = KnownCenter(center.name, center.language, center.time_zone)
    shell = build_shell(known, str(session.db.location.path), qsettings)
    qtbot.addWidget(shell)
    if show:
        shell.show()
    return shell


def _list_there(qtbot, window, today, *, child_id: int | None = None) -> None:
    """Until the real page's list is read (with `child_id` on it), what was kept acted on."""
    qtbot.waitUntil(lambda: (today.item_of(child_id) is not None if child_id is not None
                             else today.model.rowCount() > 0) and not today.loads.busy,
                    timeout=5_000)
    window.tasks.wait_idle()


def _expected_child(session, center):
    day = dt.datetime.now(ZoneInfo(center.time_zone)).date()
    view = AttendanceService(session.db, "test").day(center.id, day)
    expected = [c for c in view.children if c.record.state is ChildDayState.EXPECTED]
    assert len(expected) >= 2, "the demo expects children today"
    return expected[0].child, expected[1].child


def test_a_code_typed_across_the_handover_from_the_shell_is_read_whole(
        qtbot, demo_session, qsettings, translations):
    # Half the code typed into the shell, the rest into the real page that replaced it while
    # its list loads: the field holds the whole code all along (it once held only the rest,
    # and Enter acted on that: another child, found by part of a name).
    center = demo_session.centers.get_center()
    child, _other = _expected_child(demo_session, center)
    shell = _shell_at_start(qtbot, demo_session, center, qsettings)
    code = child.card_code
    qtbot.keyClicks(shell.stack.widget(0).scan.line, code[:4])
    window = build_main_window(demo_session, center, qsettings, translations, shell=shell)
    today = window.page("today")
    assert today.scan.text() == code[:4]  # at once, not once the list is there
    qtbot.keyClicks(today.scan.line, code[4:])
    _list_there(qtbot, window, today, child_id=child.id)
    assert today.scan.text() == code
    qtbot.keyClick(today.scan.line, "\r")
    assert today.item_of(child.id).record.state is ChildDayState.PRESENT


def test_typing_during_the_load_stays_after_the_scans_kept_for_the_list(
        qtbot, demo_session, qsettings, translations):
    center = demo_session.centers.get_center()
    child, other = _expected_child(demo_session, center)
    shell = _shell_at_start(qtbot, demo_session, center, qsettings)
    line = shell.stack.widget(0).scan.line
    qtbot.keyClicks(line, child.card_code)  # a card scanned before the page is there
    qtbot.keyClick(line, "\r")
    message = shell.stack.widget(0).desk.desk_message.label.text()
    assert child.card_code in message and "as soon as the list is there" in message
    window = build_main_window(demo_session, center, qsettings, translations, shell=shell)
    today = window.page("today")
    qtbot.keyClicks(today.scan.line, other.card_code[:3])  # then someone starts typing
    _list_there(qtbot, window, today, child_id=child.id)
    assert today.item_of(child.id).record.state is ChildDayState.PRESENT
    assert today.scan.text() == other.card_code[:3]  # not wiped by the kept scan's Enter


def test_before_its_first_list_the_page_looks_as_the_shell_did(qtbot, demo_session, qsettings,
                                                                translations):
    # The real page takes the shell's place before its list is read: the same date, the
    # counts' words and today's buttons (they once went blank for a moment at every start).
    center = demo_session.centers.get_center()
    window = build_main_window(demo_session, center, qsettings, translations)
    qtbot.addWidget(window)
    today = window.page("today")  # not shown: nothing read yet
    shell = _shell_at_start(qtbot, demo_session, center, qsettings, show=False)
    desk = shell.stack.widget(0).desk
    assert today.header.weekday.text() == desk.header.weekday.text() != ""
    assert ([label.text() for label in today.header.counts.values()]
            == [label.text() for label in desk.header.counts.values()])
    assert not today.check_in_button.isHidden() and not today.check_out_button.isHidden()
    assert not today.check_in_button.isEnabled()


def test_the_scan_field_stays_where_the_shell_painted_it_when_the_list_fills(
        qtbot, demo_session, qsettings, translations):
    # The shell holds the place of the last day's banner (the demo's day before has one, as
    # most mornings do): the field did not move at the swap, and moved 32 px at the fill.
    center = demo_session.centers.get_center()
    shell = _shell_at_start(qtbot, demo_session, center, qsettings)
    qtbot.waitExposed(shell)
    shell.resize(1366, 768)  # as the window restores itself (offscreen maximises late)
    QApplication.processEvents()

    def field_at() -> int:
        line = shell.stack.currentWidget().scan.line
        return line.mapTo(shell, line.rect().topLeft()).y()

    painted = field_at()
    window = build_main_window(demo_session, center, qsettings, translations, shell=shell)
    today = window.page("today")
    QApplication.processEvents()
    assert field_at() == painted  # the real page, before its list
    _list_there(qtbot, window, today)
    QApplication.processEvents()
    assert today.last_day.isVisible() and today.last_day.label.text()
    assert field_at() == painted


def test_the_desk_s_settings_made_after_the_paint_are_there_on_the_real_page(
        qtbot, demo_session, qsettings, translations):
    # What the shell leaves out (lazy_qt): on the page a click on a button leaves the keyboard
    # to the scan field, the match list never takes it, a message is plain text, the
    # photo's words are centred.
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    center = demo_session.centers.get_center()
    window = build_main_window(demo_session, center, qsettings, translations)
    qtbot.addWidget(window)
    window.show()
    today = window.page("today")
    desk_buttons = [b for b in today.findChildren(QPushButton)
                    if not today.first_steps.isAncestorOf(b)]
    assert len(desk_buttons) >= 12
    assert all(b.focusPolicy() == Qt.FocusPolicy.TabFocus for b in desk_buttons)
    assert today.scan.matches.focusPolicy() == Qt.FocusPolicy.NoFocus
    today.show_message("<b>1234</b>")
    assert today.desk_message.label.textFormat() == Qt.TextFormat.PlainText
    assert today.photo.label.alignment() == Qt.AlignmentFlag.AlignCenter
    assert window.database_label.textInteractionFlags() & \
        Qt.TextInteractionFlag.TextSelectableByMouse
    window.tasks.wait_idle()


def _shared_surname(session, center) -> tuple[str, list[int]]:
    """A name prefix (a surname's pinyin) that several of today's expected children share."""
    from collections import defaultdict

    from asc_desk.domain.name_search import name_keys

    day = dt.datetime.now(ZoneInfo(center.time_zone)).date()
    view = AttendanceService(session.db, "test").day(center.id, day)
    by_surname: dict[str, list[int]] = defaultdict(list)
    for item in view.children:
        by_surname[name_keys(item.child.name[0])[0].split("|")[0]].append(item.child.id)
    surname, ids = max(by_surname.items(), key=lambda kv: len(kv[1]))
    assert len(ids) >= 2, "the demo has siblings or shared surnames"
    return surname, ids


def test_a_name_several_children_match_entered_before_the_list_is_chosen_not_guessed(
        qtbot, demo_session, qsettings, translations):
    # Nobody saw the matches when the name was entered into the shell: Enter must not take
    # the first of them once the list is there (it once checked in one of three 龚).
    center = demo_session.centers.get_center()
    prefix, ids = _shared_surname(demo_session, center)
    card = next(c for c in _expected_child(demo_session, center) if c.id not in ids)
    shell = _shell_at_start(qtbot, demo_session, center, qsettings)
    line = shell.stack.widget(0).scan.line
    qtbot.keyClicks(line, prefix)
    qtbot.keyClick(line, "\r")
    qtbot.keyClicks(line, card.card_code)  # and a card right after it
    qtbot.keyClick(line, "\r")
    window = build_main_window(demo_session, center, qsettings, translations, shell=shell)
    today = window.page("today")
    assert card.card_code in today.message.text()  # the shell's "kept" is still said
    _list_there(qtbot, window, today)
    assert all(not today.item_of(i).record.present for i in ids)  # nobody guessed
    assert today.item_of(card.id).record.present  # the card is acted on
    # The name is offered after the card, not wiped by it.
    assert today.scan.text() == prefix and today.scan.matches.isVisible()
    assert today.scan.matches.count() >= 2
    assert "choose one" in today.message.text()


def test_the_last_session_s_page_opens_unless_the_desk_was_used_meanwhile(
        qtbot, demo_session, qsettings, translations):
    # Closed on the Reports page: the next start paints the desk, then opens Reports. A card
    # scanned into that desk meanwhile is acted on where it can be seen: the desk stays (the
    # window once went to Reports and checked the child in out of sight).
    from asc_desk.ui.app_settings import AppSettings

    center = demo_session.centers.get_center()
    child, _other = _expected_child(demo_session, center)
    AppSettings(qsettings).last_page = "reports"
    untouched = _shell_at_start(qtbot, demo_session, center, qsettings)
    window = build_main_window(demo_session, center, qsettings, translations, shell=untouched)
    assert window.current_page().key == "reports"
    window.tasks.wait_idle()
    window.close()

    AppSettings(qsettings).last_page = "reports"
    shell = _shell_at_start(qtbot, demo_session, center, qsettings)
    line = shell.stack.widget(0).scan.line
    qtbot.keyClicks(line, child.card_code)
    qtbot.keyClick(line, "\r")
    window = build_main_window(demo_session, center, qsettings, translations, shell=shell)
    today = window.page("today")
    assert window.current_page() is today and window.sidebar.currentRow() == 0
    _list_there(qtbot, window, today, child_id=child.id)
    assert today.item_of(child.id).record.state is ChildDayState.PRESENT
    assert window.current_page() is today
