"""Settings switches the language of the running window; Chinese comes from the shipped .qm."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from asc_desk.app import build_main_window


def test_settings_switch_language_both_ways(qtbot, demo_session, qsettings, translations):
    center = demo_session.centers.get_center()
    window = build_main_window(demo_session, center, qsettings, translations)
    qtbot.addWidget(window)
    window.show()
    settings = window.page("settings")
    window.show_page("settings")

    settings.form.set_language("zh_CN")
    assert settings.save()
    assert translations.language == "zh_CN"
    # Qt posts LanguageChange to every widget; the event loop delivers it.
    qtbot.waitUntil(lambda: settings.save_button.text().startswith("保存"), timeout=2000)
    assert window.sidebar.item(0).text() == "今天"
    assert window.sidebar.item(5).text() == "设置"
    assert settings.save_button.text().startswith("保存")
    assert "中心" in window.center_label.text()
    assert demo_session.centers.get_center().language == "zh_CN"

    settings.form.set_language("en")
    assert settings.save()
    qtbot.waitUntil(lambda: settings.save_button.text() == "&Save", timeout=2000)
    assert window.sidebar.item(0).text() == "Today"
    assert window.sidebar.item(4).text() == "Reports"
    assert demo_session.centers.get_center().language == "en"


def test_qt_standard_buttons_are_translated(qtbot, translations):
    translations.apply("zh_CN")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                           QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    texts = {b.text().replace("&", "") for b in box.buttons()}
    assert any(t.startswith("确定") for t in texts), texts
    assert any(t.startswith("取消") for t in texts), texts


def test_settings_page_refuses_an_empty_center_name(qtbot, demo_session, qsettings,
                                                    translations):
    center = demo_session.centers.get_center()
    window = build_main_window(demo_session, center, qsettings, translations)
    qtbot.addWidget(window)
    settings = window.page("settings")
    settings.form.name.setText("  ")
    assert not settings.save()
    assert settings.form.errors["name"].isVisibleTo(settings)
    assert demo_session.centers.get_center().name == center.name


def test_field_errors_read_in_chinese(qtbot, demo_session, qsettings, translations):
    translations.apply("zh_CN")
    center = demo_session.centers.get_center()
    window = build_main_window(demo_session, center, qsettings, translations)
    qtbot.addWidget(window)
    settings = window.page("settings")
    settings.form.name.setText("")
    assert not settings.save()
    text = settings.form.errors["name"].text()
    assert "名称" in text, text


def test_the_desks_message_line_follows_a_language_switch(qtbot, demo_session, qsettings,
                                                          translations):
    translations.apply("en")
    center = demo_session.centers.get_center()
    window = build_main_window(demo_session, center, qsettings, translations)
    qtbot.addWidget(window)
    window.show()
    window.tasks.wait_idle()  # the desk's list is read on a worker
    today = window.page("today")
    today.scan.line.setText("NO-SUCH-CARD")
    today.scan.line.returnPressed.emit()
    label = today.desk_message.label
    assert label.text().startswith("No child has the card or name “NO-SUCH-CARD”")
    translations.apply("zh_CN")
    qtbot.waitUntil(lambda: "NO-SUCH-CARD" in label.text()
                    and not label.text().startswith("No child"), timeout=2000)
    assert label.text().startswith("没有") or "没有" in label.text(), label.text()
    translations.apply("en")
    qtbot.waitUntil(lambda: label.text().startswith("No child has"), timeout=2000)


def test_the_unsaved_settings_and_discard_questions_read_in_chinese(qtbot, translations):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

    from asc_desk.ui.dialogs.child_dialog import ask_discard
    from asc_desk.ui.pages.settings_page import ask_leave

    translations.apply("zh_CN")
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text() + " " + " ".join(b.text() for b in box.buttons()))
        box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(50, answer)
    ask_leave(parent)
    QTimer.singleShot(50, answer)
    ask_discard(parent)
    assert "尚未保存" in seen[0] and "留在这里" in seen[0], seen
    assert "放弃" in seen[1] and "继续编辑" in seen[1], seen


def test_the_shifts_page_follows_a_language_switch_whole(qtbot, demo_session, qsettings,
                                                        translations):
    """The trial: after a live switch the legend stayed Chinese and the coverage cells kept
    their old height (English words cut)."""
    translations.apply("zh_CN")
    center = demo_session.centers.get_center()
    window = build_main_window(demo_session, center, qsettings, translations)
    qtbot.addWidget(window)
    window.show()
    window.show_page("shifts")
    page = window.page("shifts")
    qtbot.waitUntil(lambda: page.model.week is not None, timeout=10_000)
    legend = page.side.legend
    assert "红色" in legend.text()
    translations.apply("en")
    qtbot.waitUntil(lambda: legend.text().startswith("⚠ red"), timeout=2000)
    line = page.table.fontMetrics().lineSpacing()
    for row in range(page.model.rowCount()):
        assert page.table.rowHeight(row) >= page.model.line_count(row) * line


def test_the_desk_s_no_photo_box_follows_a_language_switch(qtbot, demo_session, qsettings,
                                                           translations):
    translations.apply("zh_CN")
    center = demo_session.centers.get_center()
    window = build_main_window(demo_session, center, qsettings, translations)
    qtbot.addWidget(window)
    window.show()
    window.tasks.wait_idle()
    label = window.page("today").photo.label
    assert label.pixmap().isNull() and label.text() == "无照片"
    translations.apply("en")
    qtbot.waitUntil(lambda: label.text() == "No photo", timeout=2000)  # was 无照片 still
    translations.apply("zh_CN")
    qtbot.waitUntil(lambda: label.text() == "无照片", timeout=2000)
