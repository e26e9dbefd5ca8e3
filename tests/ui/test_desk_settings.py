"""Settings: the check-in desk's operator, late grace, duplicate window and ratio."""

from __future__ import annotations

from sqlalchemy import select

from asc_desk.app import build_main_window
from asc_desk.db.models import AuditEntry
from asc_desk.services.attendance.attendance_service import AttendanceService
from asc_desk.ui.widgets.desk_settings_box import operator_name


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
    assert operator_name(qsettings) == "李老师"
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
