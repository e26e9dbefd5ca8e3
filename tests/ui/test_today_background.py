"""A change of date read in the background: the list's order and the scan field's index are
made on the worker (today_candidates.ShownDay) and are the same as the GUI thread makes; a
change of language (or of the roster) while the worker runs makes the page build them again."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from asc_desk.services.attendance.attendance_service import AttendanceService
from asc_desk.services.roster.roster_service import RosterService
from asc_desk.services.shifts.planning import ShiftPlanning
from asc_desk.services.shifts.staff_clock_service import StaffClockService
from asc_desk.services.shifts.staff_service import StaffService
from asc_desk.ui.models.today_table_model import sorted_rows
from asc_desk.ui.pages.today_load import DeskSources
from asc_desk.ui.pages.today_page import TodayPage
from asc_desk.ui.widgets.scan_field import candidate_index

TZ = ZoneInfo("Asia/Shanghai")
TODAY = dt.date(2026, 11, 25)
NOW = dt.datetime(2026, 11, 25, 16, 40, tzinfo=TZ)


@pytest.fixture
def page(qtbot, demo_session, runner, translations):
    db = demo_session.db
    center = demo_session.centers.get_center()
    roster = RosterService(db, "test", today=lambda: TODAY)
    background = DeskSources(AttendanceService(db, "test", now=lambda: NOW), roster)
    page = TodayPage(AttendanceService(db, "test", now=lambda: NOW, cache=True), roster,
                     center, now=lambda: NOW, tasks=runner, background=background)
    qtbot.addWidget(page)
    page.resize(1156, 740)
    page.show()
    qtbot.waitUntil(lambda: page._view is not None and not page.loads.busy, timeout=10_000)
    return page


def shown_state(page):
    model, scan = page.model, page.scan
    return ([model.child_at(row).child.id for row in range(model.rowCount())],
            [model.row_of(model.child_at(row).child.id) for row in range(model.rowCount())],
            [(c.child_id, c.label, c.search, c.rank, c.staff) for c in scan._candidates],
            dict(scan._cards))


def change_date(qtbot, page, day):
    with qtbot.waitSignal(page.filled, timeout=10_000):
        page.show_day(day)


def test_a_date_read_in_the_background_shows_what_the_gui_thread_would(qtbot, page):
    earlier = TODAY - dt.timedelta(days=7)
    change_date(qtbot, page, earlier)
    assert page._view.date == earlier and page.model.rowCount() > 0
    background = shown_state(page)
    page._show_view()  # the same view, everything made here
    assert shown_state(page) == background
    # A scan right after acts on the child the list shows for its card.
    first = page.model.child_at(0).child
    assert page.scan.card_of(first.card_code.upper()) == first.id


def test_sorted_rows_and_the_index_are_the_models_and_fields_own(page):
    view = page._view
    rows = sorted_rows(view.children)
    assert [i.child.id for i in rows.rows] == [
        page.model.child_at(r).child.id for r in range(page.model.rowCount())]
    index = candidate_index(page._candidates(view))
    assert index.cards == page.scan._cards
    assert [c.child_id for c in index.candidates] == [c.child_id for c in page.scan._candidates]


def test_new_words_while_the_worker_runs_are_not_lost(qtbot, page, runner):
    """The language changes after the worker made its index, before its result is shown:
    the index holds the old words, so the page makes the candidates again."""
    page.show_day(TODAY - dt.timedelta(days=1))
    assert runner._pool.waitForDone(10_000)  # made; its result not delivered yet
    # New state words (a new object), as a change of language.
    page.model._states = {state: f"#{text}" for state, text in page.model._states.items()}
    with qtbot.waitSignal(page.filled, timeout=10_000):
        pass
    labels = [c.label for c in page.scan._candidates if not c.staff and c.rank == 0]
    assert labels and all("#" in label for label in labels)



def test_the_day_shown_before_is_let_go_of_on_a_worker(qtbot, page, runner):
    import gc
    import weakref

    before = weakref.ref(page._view)
    rows = weakref.ref(page.model.lists()[0][0])
    change_date(qtbot, page, TODAY - dt.timedelta(days=7))
    assert runner.wait_idle(10_000)
    gc.collect()
    assert before() is None and rows() is None
    assert page.model.rowCount() == len(page._view.children)


def test_let_go_empties_what_it_is_given():
    from asc_desk.ui.pages.today_load import _let_go

    inner_list, inner_dict = [1, [2]], {1: "a"}
    spent = [inner_list, inner_dict, None]
    _let_go(spent)
    assert spent == [] and inner_list == [] and inner_dict == {}


def test_a_full_refresh_in_the_background_brings_the_caregivers_search(qtbot, demo_session,
                                                                       runner, translations):
    """With the staff clock: the worker makes the caregivers' search texts with the index,
    and the page takes both (the index is the one made on the worker)."""
    db = demo_session.db
    center = demo_session.centers.get_center()
    roster = RosterService(db, "test", today=lambda: TODAY)
    staff, planning = StaffService(db, "test"), ShiftPlanning(db, now=lambda: NOW)
    background = DeskSources(AttendanceService(db, "test", now=lambda: NOW), roster, staff,
                             planning)
    page = TodayPage(AttendanceService(db, "test", now=lambda: NOW, cache=True), roster,
                     center, now=lambda: NOW, tasks=runner, background=background,
                     planning=planning, staff=staff,
                     staff_clock=StaffClockService(db, "test", now=lambda: NOW))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page._view is not None and not page.loads.busy, timeout=10_000)
    taken: list = []
    shown = page._show_view

    def show(made=None):
        taken.append(page._index_of(made))
        shown(made)

    page._show_view = show
    with qtbot.waitSignal(page.filled, timeout=10_000):
        page.refresh()
    assert taken and taken[-1] is not None  # the worker's index was used
    caregivers = [c for c in page.scan._candidates if c.staff]
    assert caregivers and len(caregivers) == len(page._caregivers)
    assert {c.child_id: c.search for c in caregivers} == {
        c.id: page._staff_search[c.id] for c in page._caregivers}
    background_state = shown_state(page)
    shown()  # everything made here from what the page now holds
    assert shown_state(page) == background_state
