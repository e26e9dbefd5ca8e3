"""The backup list (newest good first, damaged ones shown but not choosable), the restore
from Settings (the window lets go of the database first) and the start-up prompt."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication

from asc_desk.app import RestoreRequest, open_session, restore_and_reopen, show_window
from asc_desk.db.backup import list_backups
from asc_desk.domain.center import CenterSettings
from asc_desk.domain.roster import ChildDraft
from asc_desk.services import database_service as dbs
from asc_desk.services.roster.roster_service import RosterService
from asc_desk.ui.dialogs.backup_list_dialog import (
    COL_CHILDREN,
    COL_KIND,
    COL_STATE,
    DAMAGED_COLOUR,
    BackupListDialog,
)


def add_child(db, center_id: int, name: str) -> None:
    RosterService(db, "test").save_child(center_id, ChildDraft(name,
                                                              birth_date=dt.date(2018, 3, 4)))


def wreck(path) -> None:
    data = bytearray(path.read_bytes())
    data[100:4096] = bytes(len(data[100:4096]))  # the first page gone, the header kept
    path.write_bytes(bytes(data))


@pytest.fixture
def three_backups(empty_session):
    """A good backup with one child, a newer one with two, the newest one damaged."""
    session = empty_session
    center = session.centers.set_up_center(CenterSettings("星光儿童之家", "华彩")).value
    add_child(session.db, center.id, "张三")
    location = session.db.location
    one = dbs.backup_database(location)
    add_child(session.db, center.id, "李四")
    two = dbs.backup_database(location)
    three = dbs.backup_database(location)
    wreck(three)
    session.center = center
    return session, (one, two, three)


def open_dialog(qtbot, session, runner) -> BackupListDialog:
    location = session.db.location
    dialog = BackupListDialog(lambda: dbs.list_backup_entries(location), runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10_000)
    return dialog


def test_the_list_puts_the_newest_good_backup_first_and_marks_the_damaged(
        qtbot, three_backups, runner, translations):
    session, (one, two, three) = three_backups
    dialog = open_dialog(qtbot, session, runner)
    model = dialog.model
    assert [model.entry(r).path for r in range(model.rowCount())] == [two, one, three]
    assert [model.index(r, COL_STATE).data() for r in range(3)] == [
        "✓ checks out", "✓ checks out", "⚠ damaged"]
    assert model.index(2, COL_STATE).data(Qt.ItemDataRole.ForegroundRole).color() == \
        DAMAGED_COLOUR
    assert [model.index(r, COL_CHILDREN).data() for r in range(2)] == ["2", "1"]
    assert model.index(0, COL_KIND).data() == "manual"
    assert dialog.table.currentIndex().row() == 0 and dialog.restore_button.isEnabled()


def test_enter_on_a_damaged_row_does_nothing_and_on_a_good_one_asks_first(
        qtbot, three_backups, runner, translations):
    """The confirmation is a step of the dialog itself (nothing blocks): its date and
    counts, Restore or Back; Esc there goes back to the list."""
    session, (one, two, three) = three_backups
    dialog = open_dialog(qtbot, session, runner)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    assert dialog.current_entry().path == three and not dialog.restore_button.isEnabled()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert not dialog.confirming and dialog.isVisible() and dialog.chosen is None
    qtbot.keyClick(dialog.table, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert dialog.confirming and dialog.back_button.hasFocus() and dialog.back_button.isDefault()
    asked = dialog.question.text()
    made = dbs.list_backup_entries(session.db.location)[1].made
    assert f"{made:%Y-%m-%d %H:%M}" in asked and "Restore this backup?" in asked
    assert "1 children" in asked and "backed up first" in asked
    qtbot.keyClick(dialog.confirm_button, Qt.Key.Key_Escape)  # back: still open
    assert not dialog.confirming and dialog.isVisible() and dialog.chosen is None
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    assert not dialog.confirming and dialog.chosen is None
    # A second Enter pressed too fast goes back: only Restore itself restores.
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.back_button, Qt.Key.Key_Return)
    assert not dialog.confirming and dialog.chosen is None and dialog.isVisible()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    dialog.confirm_button.setFocus()  # Tab to it: a deliberate choice
    qtbot.keyClick(dialog.confirm_button, Qt.Key.Key_Return)
    assert dialog.chosen is not None and dialog.chosen.path == one and not dialog.isVisible()


def test_alt_r_restores_and_alt_b_goes_back_in_the_confirmation(
        qtbot, three_backups, runner, translations):
    session, _files = three_backups
    dialog = open_dialog(qtbot, session, runner)
    first = dialog.current_entry()
    assert (dialog.confirm_button.text(), dialog.back_button.text()) == ("&Restore", "&Back")
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert dialog.confirming
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5000)
    qtbot.keyClick(dialog.back_button, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not dialog.confirming, timeout=2000)  # a mnemonic animates a click
    assert dialog.chosen is None
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.back_button, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.chosen is not None, timeout=2000)
    assert dialog.chosen == first


def test_escape_closes_without_choosing(qtbot, three_backups, runner, translations):
    session, _ = three_backups
    dialog = open_dialog(qtbot, session, runner)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.chosen is None


def test_restore_from_settings_replaces_the_data_after_the_window_lets_go(
        qtbot, three_backups, qsettings, translations):
    session, (one, _two, _three) = three_backups
    location = session.db.location
    request = RestoreRequest()
    window = show_window(session, session.center, translations, qsettings, request)
    qtbot.addWidget(window)
    window.show_page("settings")
    page = window.page("settings")
    assert page.restore_button.isEnabled()
    dialog = page.choose_restore()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10_000)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert request.entry is None and dialog.confirming  # asked in the dialog first
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert request.entry is not None and request.entry.path == one
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5_000)
    window.deleteLater()
    QApplication.processEvents()

    before = set(list_backups(location.path, ("before-restore",)))
    reopened = restore_and_reopen(location, session, request.entry.path)
    assert reopened is not None
    try:
        center = reopened.centers.get_center()
        names = [c.name for c in RosterService(reopened.db, "test").search(center.id, "")]
        assert names == ["张三"]  # 李四, added after that backup, is gone
        assert len(set(list_backups(location.path, ("before-restore",))) - before) == 1
        again = show_window(reopened, center, translations, qsettings, RestoreRequest(),
                            restored=request.entry)
        qtbot.addWidget(again)
        # In the center's language (the window applies it): the translated template, filled.
        expected = QCoreApplication.translate("MainWindow", "Restored the backup of {date}")
        assert again.statusBar().currentMessage() == expected.format(
            date=f"{request.entry.made:%Y-%m-%d %H:%M:%S}")
        again.close()
    finally:
        reopened.db.dispose()


def test_postgres_settings_say_the_server_does_backups(qtbot, empty_session, runner,
                                                       translations):
    from asc_desk.ui.pages.settings_page import SettingsPage

    center = empty_session.centers.set_up_center(CenterSettings("星光", "华彩")).value
    page = SettingsPage(empty_session.centers, center, database="postgresql://x",
                        is_sqlite=False, revision="0005", backup=None, tasks=runner)
    qtbot.addWidget(page)
    assert not page.restore_button.isEnabled()
    assert "server" in page.server_note.text()


def test_the_start_up_prompt_offers_the_list_of_good_backups(qtbot, tmp_path, translations):
    path = tmp_path / "center.sqlite3"
    db, _ = dbs.open_database(str(path))
    center = CenterServiceFor(db)
    add_child(db, center, "张三")
    db.dispose()
    good = dbs.backup_database(str(path))
    wreck(path)

    shown: list = []

    def press_enter() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, BackupListDialog) or not dialog.loaded:
            QTimer.singleShot(10, press_enter)
            return
        shown.append([dialog.model.entry(r).path for r in range(dialog.model.rowCount())])
        shown.append(dialog.message.text())
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
        dialog.confirm_button.setFocus()  # Enter restores only on Restore itself
        qtbot.keyClick(dialog.confirm_button, Qt.Key.Key_Return)

    QTimer.singleShot(0, press_enter)
    session = open_session(dbs.resolve(str(path)))
    assert session is not None
    try:
        assert shown[0] == [good] and "damaged" in shown[1]
        assert session.centers.get_center() is not None
    finally:
        session.db.dispose()
    assert list_backups(path, ("damaged",))  # the damaged file's bytes are kept


def CenterServiceFor(db) -> int:  # noqa: N802
    from asc_desk.services.center_service import CenterService

    return CenterService(db, "test").set_up_center(CenterSettings("星光", "华彩")).value.id


def test_run_windows_restores_between_two_windows(qtbot, qapp, three_backups, qsettings,
                                                  translations):
    from asc_desk.app import run_windows

    session, (one, _two, _three) = three_backups
    location = session.db.location
    entry = next(e for e in dbs.list_backup_entries(location) if e.path == one)
    seen: list[str] = []
    first: list[object] = []

    def act() -> None:
        window = QApplication.activeWindow()
        # (The first window may take a moment to close: it waits for its desk's read.)
        if window is None or not hasattr(window, "page") or window in first:
            QTimer.singleShot(10, act)
            return
        message = window.statusBar().currentMessage()
        if not seen:
            seen.append("first")
            first.append(window)
            window.page("settings")._restore(entry)  # as the confirmed dialog does
        else:
            seen.append(message)
            window.close()
            return
        QTimer.singleShot(50, act)

    QTimer.singleShot(0, act)
    assert run_windows(qapp, location, session, session.center, translations, qsettings) == 0
    restored = QCoreApplication.translate("MainWindow", "Restored the backup of {date}")
    assert seen[-1].startswith(restored.split("{date}")[0])
    center = session.centers.get_center()
    assert [c.name for c in RosterService(session.db, "test").search(center.id, "")] == ["张三"]
