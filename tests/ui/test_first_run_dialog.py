"""First-run dialog: asks for the center, validates beside the field, saves once."""

from __future__ import annotations

from asc_desk.ui.dialogs.first_run_dialog import FirstRunDialog


def test_empty_name_is_refused_beside_the_field(qtbot, empty_session, translations):
    dialog = FirstRunDialog(empty_session.centers, "en")
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() != FirstRunDialog.DialogCode.Accepted
    assert dialog.form.errors["name"].isVisibleTo(dialog)
    assert "needs a name" in dialog.form.errors["name"].text()
    assert empty_session.centers.get_center() is None


def test_bad_time_zone_is_refused(qtbot, empty_session, translations):
    dialog = FirstRunDialog(empty_session.centers, "en")
    qtbot.addWidget(dialog)
    dialog.form.name.setText("星光儿童之家")
    dialog.form.time_zone.setCurrentText("Mars/Olympus")
    dialog.accept()
    assert "not a known time zone" in dialog.form.errors["time_zone"].text()
    assert empty_session.centers.get_center() is None


def test_filled_dialog_creates_the_center(qtbot, empty_session, translations):
    dialog = FirstRunDialog(empty_session.centers, "en")
    qtbot.addWidget(dialog)
    assert dialog.form.time_zone.currentText() == "Asia/Shanghai"
    dialog.form.name.setText("星光儿童之家")
    dialog.form.factory_name.setText("东莞华彩玩具有限公司")
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        dialog.accept()
    center = empty_session.centers.get_center()
    assert center is not None and dialog.center == center
    assert (center.name, center.factory_name, center.time_zone, center.language) == (
        "星光儿童之家", "东莞华彩玩具有限公司", "Asia/Shanghai", "en")


def test_language_choice_is_applied_at_once(qtbot, empty_session, translations):
    picked = []
    dialog = FirstRunDialog(empty_session.centers, "en", on_language=picked.append)
    qtbot.addWidget(dialog)
    dialog.form.set_language("zh_CN")
    assert picked == ["zh_CN"]


def test_default_language_is_preselected(qtbot, empty_session, translations):
    dialog = FirstRunDialog(empty_session.centers, "zh_CN")
    qtbot.addWidget(dialog)
    assert dialog.form.language.currentData() == "zh_CN"
