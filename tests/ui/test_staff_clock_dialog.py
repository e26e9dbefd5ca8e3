"""The Staff clock dialog: a refusal line below the list does not shrink it, so the last
caregiver stays in sight."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from asc_desk.domain.staff import CaregiverDraft
from asc_desk.services.shifts.staff_service import CaregiverInfo
from asc_desk.ui.dialogs.staff_clock_dialog import StaffClockDialog
from asc_desk.ui.styles import ERROR_STYLE

NAMES = ["陈国平", "黄明", "李小红", "刘俊", "王晓燕",
         "吴建华", "杨俊", "张美玲", "赵晓燕", "周丽华"]


def test_a_refusal_keeps_the_whole_list_in_sight(qtbot):
    people = [CaregiverInfo(i, f"S{i:07d}", CaregiverDraft(name), ())
              for i, name in enumerate(NAMES, 1)]
    line = QLabel()
    line.setStyleSheet(ERROR_STYLE)

    def refuse(_caregiver_id, _kind):
        line.setText("王晓燕 已于 12:16 上班打卡：不能再次上班打卡。")
        return None

    dialog = StaffClockDialog(people, set(), refuse, desk_line=line)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    last = dialog.states[len(NAMES)]
    assert not last.visibleRegion().isEmpty()
    height = dialog.scroll.height()
    dialog.buttons[5][0].click()
    qtbot.wait(10)
    assert dialog.message.isVisible()
    assert dialog.scroll.height() >= height
    assert dialog.scroll.verticalScrollBar().value() == 0
    assert dialog.message.geometry().top() >= dialog.scroll.geometry().bottom()
    assert not last.visibleRegion().isEmpty()
