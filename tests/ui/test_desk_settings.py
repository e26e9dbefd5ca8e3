"""Settings: the check-in desk's operator, late grace, duplicate window and ratio."""

from __future__ import annotations

from sqlalchemy import select

from asc_desk.app import build_main_window
from asc_desk.db.models import AuditEntry
from asc_desk.services.attendance.attendance_service import AttendanceService
from asc_desk.ui.app_settings import AppSettings


def test_desk_settings_are_saved(qtbot, demo_session, qsettings, translations):
    center = demo_session.centers.get_center()
    window = build_main_window(demo_session, center, qsettings, translations)
    qtbot.addWidget(window)
    desk = window.page("settings").desk_box
    desk.operator.setText("李老师")
    desk.grace.setValue(20)
    desk.duplicate.setValue(3)
    desk.ratio.setValue(12)
    assert desk.save()
    assert AppSettings(qsettings).operator == "李老师"
    saved = AttendanceService(demo_session.db, "t").settings(center.id)
    assert (saved.late_grace_minutes, saved.duplicate_scan_minutes,
            saved.children_per_caregiver) == (20, 3, 12)


def test_the_operator_names_the_records_after_a_restart(qtbot, demo_session, qsettings,
                                                         translations):
    qsettings.setValue("desk/operator", "王老师")
    center = demo_session.centers.get_center()
    window = build_main_window(demo_session, center, qsettings, translations)
    qtbot.addWidget(window)
    desk = window.page("settings").desk_box
    assert desk.operator.text() == "王老师"
    desk.grace.setValue(25)
    assert desk.save()
    with demo_session.db.unit_of_work() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "desk_setting")).one()
    assert entry.actor == "gui:王老师"


def test_a_new_operator_names_the_next_record_at_once(qtbot, demo_session, qsettings,
                                                      translations):
    center = demo_session.centers.get_center()
    window = build_main_window(demo_session, center, qsettings, translations)
    qtbot.addWidget(window)
    desk = window.page("settings").desk_box
    desk.operator.setText("赵老师")
    assert desk.save()
    desk.grace.setValue(desk.grace.value() + 1)
    assert desk.save()  # no restart in between
    with demo_session.db.unit_of_work() as s:
        last = s.scalars(select(AuditEntry).where(AuditEntry.entity == "desk_setting")
                         .order_by(AuditEntry.id.desc())).first()
    assert last.actor == "gui:赵老师"
