"""The Today page's staff side: caregivers on duty now (by the plan, or by the staff clock when
it is used that day, weighted by role) against the caregivers the children present need, and
the staff clock from the scan field and the "Staff clock…" dialog."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QAbstractButton, QSpinBox
from sqlalchemy import delete, func, select

from asc_desk.db.models import Shift, StaffClockEvent
from asc_desk.domain.changes import Area, Changes
from asc_desk.domain.ratio_rules import AgeBand, RatioRules
from asc_desk.domain.staff import CaregiverDraft, Role, ShiftDraft
from asc_desk.domain.staff_clock import ClockKind
from asc_desk.services.attendance.attendance_service import AttendanceService
from asc_desk.services.roster.roster_service import RosterService
from asc_desk.services.shifts.planning import ShiftPlanning
from asc_desk.services.shifts.shift_service import ShiftService
from asc_desk.services.shifts.staff_clock_service import StaffClockService
from asc_desk.services.shifts.staff_service import StaffService
from asc_desk.ui.dialogs.staff_clock_dialog import StaffClockDialog
from asc_desk.ui.pages.today_page import TodayPage
from asc_desk.ui.pages.today_staff import caregivers_search
from tests.ui.test_today_page import TODAY, TZ, Clock, day_of, scan

T = dt.time
RED = "#b00020"


@pytest.fixture
def clock():
    return Clock(dt.datetime(2026, 11, 25, 16, 40, tzinfo=TZ))


@pytest.fixture
def center(demo_session):
    return demo_session.centers.get_center()


@pytest.fixture
def attendance(demo_session, clock):
    return AttendanceService(demo_session.db, "test", now=clock)


@pytest.fixture
def roster(demo_session):
    return RosterService(demo_session.db, "test", today=lambda: TODAY)


@pytest.fixture
def staff(demo_session):
    return StaffService(demo_session.db, "test")


@pytest.fixture
def people(demo_session, staff, center):
    """Today's demo shifts removed; three caregivers of our own: two teachers, a volunteer.
    One age band of 15 children per caregiver, at least 2 on duty."""
    with demo_session.db.unit_of_work() as s:
        s.execute(delete(Shift).where(Shift.day == TODAY))
    staff.set_ratio_rules(center.id, RatioRules((AgeBand(0, None, 15),), 2))

    def add(name, role):
        return staff.add_caregiver(center.id, CaregiverDraft(name, role)).value

    return (add("李老师", Role.TEACHER), add("王老师", Role.TEACHER),
            add("赵同学", Role.VOLUNTEER))


@pytest.fixture
def shifts(demo_session):
    return ShiftService(demo_session.db, "test")


@pytest.fixture
def desk(qtbot, demo_session, roster, attendance, center, clock, staff, people,
         translations):
    page = TodayPage(attendance, roster, center, now=clock,
                     planning=ShiftPlanning(demo_session.db, now=clock),
                     staff_clock=StaffClockService(demo_session.db, "test", now=clock),
                     staff=staff)
    qtbot.addWidget(page)
    page.resize(1156, 740)
    page.show()
    with qtbot.waitActive(page):
        page.activateWindow()
    return page


def on_shift(shifts, center, *caregivers):
    for person in caregivers:
        shifts.add_shift(center.id, ShiftDraft(person.id, TODAY, T(16, 0), T(20, 30)))


def clock_events(demo_session) -> int:
    with demo_session.db.unit_of_work() as s:
        return s.scalar(select(func.count()).select_from(StaffClockEvent))


def test_the_hand_typed_caregivers_box_is_gone(desk):
    assert not hasattr(desk.header, "caregivers")
    assert desk.findChildren(QSpinBox) == []


def test_shifts_count_now_and_a_volunteer_counts_half(desk, shifts, center, people):
    li, wang, zhao = people
    on_shift(shifts, center, li, zhao)
    desk.refresh()
    ratio = desk.header.ratio
    assert ratio.text() == "⚠ Caregivers 1.5 / needed 2"  # open: the minimum of 2 applies
    assert ratio.property("ratioOk") is False and RED in ratio.styleSheet()
    assert "李老师" in ratio.toolTip() and "赵同学 (counts 0.5)" in ratio.toolTip()
    on_shift(shifts, center, wang)
    desk.apply_changes(Changes.of(Area.SHIFTS, TODAY))  # another page planned a shift
    assert ratio.text() == "Caregivers 2.5 / needed 2 ✓"
    assert ratio.property("ratioOk") is True and RED not in ratio.styleSheet()


def test_the_children_present_decide_the_caregivers_needed(desk, shifts, attendance, center,
                                                           people):
    on_shift(shifts, center, *people[:2])
    for item in list(day_of(attendance, center).values())[:31]:
        attendance.check_in(center.id, item.child.id)
    desk.refresh()
    assert desk.header.ratio.text() == "⚠ Caregivers 2 / needed 3"  # 31 at 15 a caregiver


def test_children_early_before_opening_need_only_the_ratio(desk, attendance, center, clock):
    """The user trial: at 08:20 (the program opens at 16:30) 4 school-age children are
    here and nobody is on shift: the ratio (15 a caregiver) needs 1, not the minimum of 2."""
    clock.set(TODAY, 8, 20)
    for item in list(day_of(attendance, center).values())[:4]:
        attendance.check_in(center.id, item.child.id)
    desk.refresh()
    assert desk.header.ratio.text() == "⚠ Caregivers 0 / needed 1"


def test_the_clock_counts_once_used_scanning_a_card_in_then_out(qtbot, desk, shifts,
                                                                  center, people, clock,
                                                                  demo_session):
    li, wang, zhao = people
    on_shift(shifts, center, li, wang)
    desk.refresh()
    assert desk.header.ratio.text() == "Caregivers 2 / needed 2 ✓"
    before = clock_events(demo_session)
    clock.set(TODAY, 16, 41)
    scan(qtbot, desk, zhao.card_code)
    assert desk.message.text() == "赵同学 16:41 clock-in ✓"
    # The clock was used today: who clocked in counts, not the plan.
    assert desk.header.ratio.text() == "⚠ Caregivers 0.5 / needed 2"
    assert "Clocked in now: 赵同学" in desk.header.ratio.toolTip()
    clock.set(TODAY, 17, 31)
    scan(qtbot, desk, zhao.card_code)
    assert desk.message.text() == "赵同学 17:31 clock-out ✓"
    assert desk.header.ratio.text() == "⚠ Caregivers 0 / needed 2"
    assert clock_events(demo_session) == before + 2
    desk.undo()  # the clock-out cancelled by a correction: clocked in again
    assert desk.header.ratio.text() == "⚠ Caregivers 0.5 / needed 2"
    desk.redo()
    assert desk.header.ratio.text() == "⚠ Caregivers 0 / needed 2"


def test_a_name_typed_and_picked_clocks_in(qtbot, desk, people):
    li = people[0]
    desk.scan.line.setText("李老师")
    labels = [desk.scan.matches.item(i).text() for i in range(desk.scan.matches.count())]
    assert any(label.startswith("李老师") and "staff" in label for label in labels)
    desk.scan.matches.setCurrentRow(next(i for i, label in enumerate(labels)
                                         if label.startswith("李老师")))
    desk.scan._enter()
    assert desk.message.text().startswith("李老师 ") and "clock-in ✓" in desk.message.text()
    assert desk.staff_desk.is_clocked_in(li.id)


def test_a_second_clock_in_is_refused_and_nothing_written(desk, people, demo_session):
    li = people[0]
    assert desk.staff_desk.clock(li.id, ClockKind.CLOCK_IN) is not None
    before = clock_events(demo_session)
    assert desk.staff_desk.clock(li.id, ClockKind.CLOCK_IN) is None
    assert "李老师 is already clocked in" in desk.message.text()
    assert RED in desk.message.styleSheet() and "\n" not in desk.message.text()
    assert clock_events(demo_session) == before


def test_the_staff_clock_dialog_clocks_in_and_out(qtbot, desk, people, clock):
    wang = people[1]
    seen: list[Changes] = []
    desk.changed.connect(seen.append)
    dialog = desk.open_staff_clock()
    assert isinstance(dialog, StaffClockDialog) and wang.id in dialog.buttons
    clock_in, clock_out = dialog.buttons[wang.id]
    clock_in.click()
    assert desk.message.text() == "王老师 16:40 clock-in ✓"
    assert dialog.states[wang.id].text() == "clocked in"
    assert seen and seen[-1].areas & Area.STAFF
    clock.set(TODAY, 18, 5)
    clock_out.click()
    assert desk.message.text() == "王老师 18:05 clock-out ✓"
    assert dialog.message.text() == "王老师 18:05 clock-out ✓"  # seen in the dialog too
    clock_out.click()  # refused: the red words are in the dialog, not hidden behind it
    assert "is not clocked in" in desk.message.text() or RED in desk.message.styleSheet()
    assert dialog.message.isVisible() and dialog.message.text() == desk.message.text()
    assert RED in dialog.message.styleSheet()
    dialog.reject()


def test_another_day_shows_no_staff_count(desk, shifts, center, people):
    on_shift(shifts, center, *people)
    desk.refresh()
    assert desk.header.ratio.isVisibleTo(desk)
    desk.show_day(TODAY - dt.timedelta(days=1))
    assert not desk.header.ratio.isVisibleTo(desk)


def test_the_staff_clock_button_has_a_mnemonic_of_its_own(desk):
    letters = [b.text().split("&")[1][0].lower() for b in desk.findChildren(QAbstractButton)
               if "&" in b.text() and b.isVisibleTo(desk)]
    assert desk.staff_clock_button.text() == "&Staff clock…" and letters.count("s") == 1


def test_caregivers_are_found_by_name_at_once_and_by_pinyin_once_it_is_loaded(desk, people):
    li = people[0]
    # As at start, before pypinyin is loaded: the name and employee id only.
    desk._staff_search = caregivers_search(desk._caregivers, pinyin=False)
    desk.scan.set_candidates(desk._candidates(desk._view))
    assert any(c.child_id == li.id for c in desk.scan.matching("李老师"))
    assert not any(c.staff and c.child_id == li.id for c in desk.scan.matching("lilaoshi"))
    desk.pinyin_ready()  # the window's worker has loaded it
    assert any(c.staff and c.child_id == li.id for c in desk.scan.matching("lilaoshi"))
