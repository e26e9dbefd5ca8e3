"""The child form by keyboard: Alt letters land in a field, Enter saves and never removes, the
birth date's letter never clears it and its made-up default is never saved."""

# ruff: noqa: F811  (the fixtures imported from test_child_dialog are used as arguments)
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from test_child_dialog import (  # noqa: F401 (the fixtures: the same roster and center)
    center_id,
    fill_new_child,
    roster,
)
from test_mnemonics import mnemonics

from asc_desk.domain.roster import ChildDraft, GuardianDraft, PickupDraft, ShiftPattern
from asc_desk.services.calendar.program_service import ProgramService
from asc_desk.ui.dialogs.child_dialog import ChildDialog
from asc_desk.ui.widgets import child_form_tabs as tabs

TODAY = dt.date(2026, 11, 25)
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def open_dialog(qtbot, roster, center_id, demo_session, translations):
    programs = ProgramService(demo_session.db, "test").list_programs(center_id)

    def make(child_id: int | None = None) -> ChildDialog:
        record = roster.get_child(child_id) if child_id is not None else None
        dialog = ChildDialog(roster, center_id, programs, record, today=lambda: TODAY)
        qtbot.addWidget(dialog)
        dialog.show()
        with qtbot.waitActive(dialog):
            dialog.activateWindow()
        return dialog
    return make


def focused():
    return QApplication.focusWidget()


def test_alt_g_puts_the_cursor_in_the_first_guardians_name(qtbot, open_dialog):
    # A trial: after Alt+G the typing was lost in an invisible Tab stop (the scroll area).
    dialog = open_dialog()
    qtbot.keyClick(dialog.form.name, Qt.Key.Key_G, ALT)
    guardian = dialog.form.guardians.entries[0]
    assert dialog.form.currentIndex() == tabs.GUARDIANS
    assert focused() is guardian.name
    qtbot.keyClicks(focused(), "xyz")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "ddd")
    assert (guardian.name.text(), guardian.relation.text()) == ("xyz", "ddd")


def test_alt_k_goes_to_the_first_pickup_or_to_add_and_tab_has_no_invisible_stop(qtbot,
                                                                               open_dialog):
    dialog = open_dialog()
    pickups = dialog.form.pickups
    qtbot.keyClick(dialog.form.name, Qt.Key.Key_K, ALT)
    assert dialog.form.currentIndex() == tabs.PICKUPS
    assert focused() is pickups.add_button  # no pickup yet: the button that adds one
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    qtbot.wait(10)  # a widget added to a shown layout is shown at the next turn
    assert focused() is pickups.entries[0].name
    qtbot.keyClick(dialog.form.name, Qt.Key.Key_G, ALT)
    qtbot.keyClick(focused(), Qt.Key.Key_K, ALT)
    assert focused() is pickups.entries[0].name
    dialog.form.tabBar().setFocus()
    qtbot.keyClick(dialog.form.tabBar(), Qt.Key.Key_Tab)
    assert focused() is pickups.entries[0].name  # straight into the field
    assert pickups.scroll.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_enter_on_a_remove_button_saves_the_form_and_keeps_the_pickup(qtbot, open_dialog,
                                                                     roster):
    dialog = open_dialog()
    fill_new_child(dialog, "吴小伟")
    qtbot.keyClick(dialog.form.name, Qt.Key.Key_K, ALT)
    qtbot.keyClick(focused(), Qt.Key.Key_Space)  # Add pickup
    pickup = dialog.form.pickups.entries[0]
    for edit, text in ((pickup.name, "刘奶奶"), (pickup.relation, "奶奶"),
                       (pickup.phone, "13600005678"), (pickup.note, "5678")):
        edit.setText(text)
    guardian_remove = dialog.form.guardians.entries[0].remove_button
    assert not pickup.remove_button.autoDefault() and not guardian_remove.autoDefault()
    pickup.remove_button.setFocus()
    qtbot.keyClick(pickup.remove_button, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.saved is not None
    assert roster.get_child(dialog.saved.record.id).draft.pickups == (
        PickupDraft("刘奶奶", "奶奶", "13600005678", "5678"),)


def test_removing_a_filled_in_entry_asks_and_a_blank_one_goes_at_once(qtbot, open_dialog):
    dialog = open_dialog()
    guardians = dialog.form.guardians
    guardians.entries[0].name.setText("李芳")
    answers = [False]  # "Keep it"
    guardians.ask_remove = lambda entry: answers.pop(0)
    guardians.entries[0].remove_button.click()
    assert len(guardians.entries) == 1 and guardians.entries[0].name.text() == "李芳"
    answers.append(True)
    guardians.entries[0].remove_button.click()
    assert guardians.entries == [] and answers == []
    assert focused() is guardians.add_button  # the keyboard stays on the tab
    guardians.add_button.click()
    guardians.ask_remove = lambda entry: pytest.fail("nothing typed: no question")
    guardians.entries[0].remove_button.click()
    assert guardians.entries == []


def test_the_real_remove_question_names_the_entry_and_keeps_it_by_default(qtbot,
                                                                         open_dialog):
    from PySide6.QtCore import QTimer
    dialog = open_dialog()
    pickups = dialog.form.pickups
    pickups.add().name.setText("刘奶奶")
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
        qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter keeps it

    QTimer.singleShot(50, answer)
    pickups.entries[0].remove_button.click()
    assert len(pickups.entries) == 1
    assert "Authorized pickup 1 (刘奶奶)" in seen[0], seen


def test_alt_b_ticks_and_goes_to_the_date_and_never_clears_it(qtbot, open_dialog, roster,
                                                            center_id):
    dialog = open_dialog()
    birth = dialog.form.birth_date
    qtbot.keyClick(dialog.form.name, Qt.Key.Key_B, ALT)
    assert birth.check.isChecked() and focused() is birth.edit
    qtbot.keyClicks(birth.edit, "20200615")
    assert birth.date() == dt.date(2020, 6, 15) and not birth.untouched()
    saved = roster.save_child(center_id, ChildDraft("孙小梅", birth_date=dt.date(2019, 4, 2)))
    dialog.reject()
    dialog = open_dialog(saved.record.id)
    birth = dialog.form.birth_date
    qtbot.keyClick(dialog.form.name, Qt.Key.Key_B, ALT)
    qtbot.keyClick(focused(), Qt.Key.Key_B, ALT)  # twice: still there
    assert birth.date() == dt.date(2019, 4, 2) and focused() is birth.edit


def test_the_made_up_default_birth_date_is_refused_beside_the_field(qtbot, open_dialog,
                                                                    roster, center_id):
    # A trial: ticked and left alone, the form saved 1 January (7 years ago) as the birth date.
    count = len(roster.list_roster(center_id))
    dialog = open_dialog()
    fill_new_child(dialog, "周小燕", birth=None)
    birth = dialog.form.birth_date
    birth.check.click()
    assert birth.date() == dt.date(2019, 1, 1) and birth.untouched()
    assert not dialog.save()
    assert "2019-01-01 is only where the date starts" in dialog.form.errors["birth_date"].text()
    assert focused() is birth.edit and dialog.form.currentIndex() == tabs.PROFILE
    assert len(roster.list_roster(center_id)) == count  # nothing written
    qtbot.keyClicks(birth.edit, "20190101")  # the same date, typed: the user's word
    assert dialog.save()
    assert roster.get_child(dialog.saved.record.id).draft.birth_date == dt.date(2019, 1, 1)


def test_an_unticked_birth_date_saves_none(qtbot, open_dialog, roster):
    dialog = open_dialog()
    fill_new_child(dialog, "郑小东", birth=None)
    assert dialog.save()
    assert roster.get_child(dialog.saved.record.id).draft.birth_date is None


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_mnemonic_of_the_child_form_is_unique(qtbot, open_dialog, translations,
                                                    language):
    translations.apply(language)
    dialog = open_dialog()
    dialog.form.pickups.add()
    dialog._warn([], ("x",))  # "Save anyway" shown too
    letters = mnemonics(dialog)
    clashes = {letter: texts for letter, texts in letters.items() if len(texts) > 1}
    assert not clashes, clashes
    for letter in "duc":  # 性别, 添加家长, 添加接送人 have a letter (the .ts may change it)
        assert letters[letter] or language != "en", letter


def test_a_guardian_already_on_the_roster_is_named_and_their_details_filled_in(
        qtbot, open_dialog, roster, center_id):
    # A trial: the sister's form named the mother only, and nothing said she was on the
    # roster already (saving then blanked her employee id for both children).
    mother = GuardianDraft("李芳", "母亲", "13812345678", "E3001", "注塑车间", "二线", True,
                           ShiftPattern.CUSTOM, dt.time(8), dt.time(20))
    brother = roster.save_child(center_id, ChildDraft("张小明", guardians=(mother,))).record
    dialog = open_dialog()
    dialog.form.name.setText("张小红")
    guardian = dialog.form.guardians.entries[0]
    guardian.name.setText("李芳")
    guardian.relation.setText("母亲")
    guardian.phone.setText("13812345678")
    qtbot.keyClick(dialog.form.name, Qt.Key.Key_G, ALT)
    qtbot.keyClick(guardian.name, Qt.Key.Key_Tab)  # the name's editing finished
    assert guardian.known.isVisibleTo(dialog)
    assert guardian.known.text() == ("ⓘ 李芳 is already on the roster (张小明's 母亲): their "
                                     "details are filled in from it.")
    assert guardian.value() == mother
    assert dialog.save()
    sister = dialog.saved.record
    assert roster.get_child(sister.id).draft.guardians == (mother,)
    assert roster.get_child(brother.id).draft.guardians == (mother,)
    edit = open_dialog(sister.id)  # her own guardian: nothing to say
    edit.check_guardian(edit.form.guardians.entries[0])
    assert not edit.form.guardians.entries[0].known.isVisibleTo(edit)
