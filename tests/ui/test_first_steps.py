"""First start on an empty database: the Today page shows what to do first, each step with a
button to its page, until a program and children exist."""

from __future__ import annotations

import datetime as dt

import pytest

from asc_desk.app import build_main_window
from asc_desk.domain.center import CenterSettings
from asc_desk.domain.program import MONDAY_TO_FRIDAY, ProgramKind, ProgramSpec
from asc_desk.domain.roster import ChildDraft, GuardianDraft
from asc_desk.services.calendar.program_service import ProgramService
from asc_desk.services.roster.roster_service import RosterService


@pytest.fixture
def window(qtbot, empty_session, qsettings, translations):
    center = empty_session.centers.set_up_center(CenterSettings("星光儿童之家", "华彩")).value
    window = build_main_window(empty_session, center, qsettings, translations)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("today")
    window.tasks.wait_idle()  # the desk reads on a worker
    return window


def test_an_empty_database_shows_first_steps_with_a_button_to_each_page(qtbot, window):
    panel = window.page("today").first_steps
    assert panel.isVisible()
    texts = [label.text() for label in panel.steps]
    assert texts[0].startswith("1. Create a program")
    assert "import" in texts[1] and "pickup cards" in texts[2]
    # No program: nothing for the calendar to decide yet, and the banner says so (it said
    # the calendar had the center closed, a check-in asking for a reason).
    banner = window.page("today").header.banner
    assert banner.isVisible() and banner.text().startswith("No program exists yet")
    for button, key in zip(panel.buttons, ("calendar", "children", "reports"), strict=True):
        window.show_page("today")
        button.click()
        assert window.current_page().key == key


def test_the_steps_go_once_a_program_and_children_exist(qtbot, window, empty_session):
    today = window.page("today")
    panel = today.first_steps
    center = empty_session.centers.get_center()
    program = ProgramService(empty_session.db, "t").add_program(center.id, ProgramSpec(
        "2026秋季学期课后班", ProgramKind.TERM, dt.date(2026, 9, 1), dt.date(2027, 1, 22),
        MONDAY_TO_FRIDAY, dt.time(16, 30), dt.time(20, 30)))
    today.apply_changes(program.changes)
    today.refresh_if_stale()
    window.tasks.wait_idle()
    assert panel.isVisible() and panel.steps[0].text().startswith("✓ 1.")
    banner = today.header.banner
    assert not (banner.isVisible() and banner.text().startswith("No program"))
    saved = RosterService(empty_session.db, "t").save_child(center.id, ChildDraft(
        "李小明", "", birth_date=dt.date(2018, 3, 4),
        guardians=(GuardianDraft("李芳", "母亲", "13812345678"),)))
    today.apply_changes(saved.changes)
    today.refresh_if_stale()
    window.tasks.wait_idle()
    assert not panel.isVisible()


def test_a_demo_database_shows_no_first_steps(qtbot, demo_session, qsettings, translations):
    center = demo_session.centers.get_center()
    window = build_main_window(demo_session, center, qsettings, translations)
    qtbot.addWidget(window)
    window.show()
    window.show_page("today")
    window.tasks.wait_idle()
    assert not window.page("today").first_steps.isVisible()


def test_the_first_load_reads_the_roster_once(qtbot, empty_session, qsettings, translations):
    """Asking the first steps "are there children?" looks at one row: reading the whole
    roster a second time for it made the desk's first list a second later at 10,000."""
    from sqlalchemy import event

    center = empty_session.centers.set_up_center(CenterSettings("星光儿童之家", "华彩")).value
    reads: list[str] = []

    def seen(_conn, _cursor, statement, *_args) -> None:
        if "FROM child" in statement and "ORDER BY child.name" in statement:
            reads.append(statement)

    event.listen(empty_session.db.engine, "before_cursor_execute", seen)
    try:
        window = build_main_window(empty_session, center, qsettings, translations)
        qtbot.addWidget(window)
        window.show()
        window.show_page("today")
        window.tasks.wait_idle()
    finally:
        event.remove(empty_session.db.engine, "before_cursor_execute", seen)
    assert window.page("today").first_steps.isVisible()
    assert len(reads) == 1
