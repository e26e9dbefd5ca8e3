"""Settings: the check-in desk's operator, late grace and duplicate window, saved by the
page's one Save; the operator names the very next record."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from asc_desk.app import build_main_window
from asc_desk.db.models import AuditEntry
from asc_desk.services.attendance.attendance_service import AttendanceService
from asc_desk.ui.app_settings import AppSettings
from tests.ui.test_mnemonics import mnemonic


def test_desk_settings_are_saved(qtbot, demo_session, qsettings, translations):
    center = demo_session.centers.get_center()
    before = AttendanceService(demo_session.db, "t").settings(center.id)
    window = build_main_window(demo_session, center, qsettings, translations)
    qtbot.addWidget(window)
    settings = window.page("settings")
    desk = settings.desk_box
    desk.operator.setText("李老师")
    desk.grace.setValue(20)
    desk.duplicate.setValue(3)
    assert settings.is_dirty()
    assert settings.save()
    assert not settings.is_dirty()
    assert AppSettings(qsettings).operator == "李老师"
    saved = AttendanceService(demo_session.db, "t").settings(center.id)
    assert (saved.late_grace_minutes, saved.duplicate_scan_minutes,
            saved.children_per_caregiver) == (20, 3, before.children_per_caregiver)


def test_the_old_single_ratio_is_gone_from_settings(qtbot, demo_session, qsettings,
                                                    translations):
    center = demo_session.centers.get_center()
    window = build_main_window(demo_session, center, qsettings, translations)
    qtbot.addWidget(window)
    desk = window.page("settings").desk_box
    assert not hasattr(desk, "ratio")
    texts = [label.text() for label in desk._labels]
    assert "Children per caregiver" not in texts


def test_the_operator_names_the_records_after_a_restart(qtbot, demo_session, qsettings,
                                                         translations):
    qsettings.setValue("desk/operator", "王老师")
    center = demo_session.centers.get_center()
    window = build_main_window(demo_session, center, qsettings, translations)
    qtbot.addWidget(window)
    settings = window.page("settings")
    desk = settings.desk_box
    assert desk.operator.text() == "王老师"
    desk.grace.setValue(25)
    assert settings.save()
    with demo_session.db.unit_of_work() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "desk_setting")).one()
    assert entry.actor == "gui:王老师"


def test_a_new_operator_names_the_next_record_at_once(qtbot, demo_session, qsettings,
                                                      translations):
    center = demo_session.centers.get_center()
    window = build_main_window(demo_session, center, qsettings, translations)
    qtbot.addWidget(window)
    settings = window.page("settings")
    desk = settings.desk_box
    desk.operator.setText("赵老师")
    assert settings.save()
    desk.grace.setValue(desk.grace.value() + 1)
    assert settings.save()  # no restart in between
    with demo_session.db.unit_of_work() as s:
        last = s.scalars(select(AuditEntry).where(AuditEntry.entity == "desk_setting")
                         .order_by(AuditEntry.id.desc())).first()
    assert last.actor == "gui:赵老师"


def test_every_desk_field_has_its_alt_letter(qtbot, demo_session, qsettings, translations):
    """Alt+C and Alt+W reach the two minute fields (they had no letter: Tab only)."""
    center = demo_session.centers.get_center()
    window = build_main_window(demo_session, center, qsettings, translations)
    qtbot.addWidget(window)
    window.show()
    window.show_page("settings")
    desk = window.page("settings").desk_box
    assert [mnemonic(label.text()) for label in desk._labels] == ["o", "c", "w"]
    assert [label.buddy() for label in desk._labels] == [desk.operator, desk.grace,
                                                         desk.duplicate]
    with qtbot.waitActive(window):
        window.activateWindow()
    desk.operator.setFocus()
    for letter, field in ((Qt.Key.Key_C, desk.grace), (Qt.Key.Key_W, desk.duplicate)):
        qtbot.keyClick(desk.operator, letter, Qt.KeyboardModifier.AltModifier)
        assert field.hasFocus()
