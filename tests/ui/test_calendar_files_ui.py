"""The calendar page's .ics import and export and the official-days dialog, on a real database.

Only the file dialogs are replaced (the page gets a fake picker); reading,
importing, writing and the messages run for real.
"""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QMessageBox

from asc_desk.domain.official_days import OfficialDay, OfficialDayKind
from asc_desk.services.calendar.calendar_files import CalendarFiles
from asc_desk.services.calendar.calendar_ics import parse_ics
from asc_desk.services.calendar.calendar_service import CalendarService
from asc_desk.services.calendar.program_service import ProgramService
from asc_desk.ui.dialogs.official_days_dialog import OfficialDaysDialog
from asc_desk.ui.models.month_table_model import STATE_ROLE, CellState
from asc_desk.ui.pages.calendar_page import CalendarPage
from asc_desk.ui.widgets.calendar_file_actions import IcsImportDialog, file_name

TODAY = dt.date(2026, 10, 15)
TERM = "2026秋季学期课后班"
WHOLE_RANGE = (dt.date(2020, 1, 1), dt.date(2030, 12, 31))


def ics(*events: str) -> bytes:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//ASC Desk tests//EN", *events,
             "END:VCALENDAR", ""]
    return "\r\n".join(lines).encode()


def all_day(uid: str, first: str, end: str, summary: str) -> str:
    return "\r\n".join(["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20260901T000000Z",
                        f"DTSTART;VALUE=DATE:{first}", f"DTEND;VALUE=DATE:{end}",
                        f"SUMMARY:{summary}", "END:VEVENT"])


def timed(uid: str, start: str, end: str, summary: str) -> str:
    return "\r\n".join(["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20260901T000000Z",
                        f"DTSTART:{start}", f"DTEND:{end}", f"SUMMARY:{summary}",
                        "END:VEVENT"])


SCHOOL = ics(all_day("a@school", "20261020", "20261021", "运动会"),
             all_day("b@school", "20261022", "20261023", "教研活动"),
             timed("c@school", "20261021T080000Z", "20261021T093000Z", "家长会"))


@pytest.fixture
def services(demo_session):
    db = demo_session.db
    return CalendarService(db, "test"), ProgramService(db, "test"), CalendarFiles(db, "test")


@pytest.fixture
def page(qtbot, demo_session, services, translations, picker, runner):
    calendar, programs, files = services
    center = demo_session.centers.get_center()
    page = CalendarPage(calendar, programs, center, today=lambda: TODAY, files=files,
                        picker=picker, tasks=runner)
    qtbot.addWidget(page)
    page.resize(1156, 740)
    page.show()
    qtbot.waitExposed(page)
    return page


def term_id(services, page) -> int:
    return services[1].find_program(page._center.id, TERM).id


def state(page, day: dt.date) -> str:
    return page.model.index_of(day).data(STATE_ROLE)


def decisions(services, page) -> set[tuple[dt.date, int | None, str]]:
    return {(o.day, o.program_id, o.reason)
            for o in services[0].overrides(page._center.id, *WHOLE_RANGE)}


def open_file(monkeypatch, page, path: Path) -> None:
    page.picker.open = path


def wait_task(qtbot, task) -> None:
    """Imports and exports run off the GUI thread: wait until the result is shown."""
    assert task is not None
    qtbot.waitUntil(lambda: not task.running, timeout=10_000)
    qtbot.wait(1)  # the result's queued signal


def error_text(qtbot, page) -> str:
    box = page.files.error_box
    assert isinstance(box, QMessageBox)
    qtbot.waitUntil(box.isVisible)
    text = box.text()
    box.accept()
    return text


def import_file(qtbot, page, official: bool = False) -> IcsImportDialog:
    dialog = page.files.import_ics()
    assert isinstance(dialog, IcsImportDialog)
    qtbot.waitExposed(dialog)
    if official:
        dialog.official.setChecked(True)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    wait_task(qtbot, page.files.task)
    return dialog


# -- import ------------------------------------------------------------------------------
def test_import_closures_shows_them_and_names_the_skipped_timed_event(
        qtbot, page, services, tmp_path, monkeypatch):
    path = tmp_path / "学校校历.ics"
    path.write_bytes(SCHOOL)
    open_file(monkeypatch, page, path)
    term = term_id(services, page)
    page.select_program(term)
    assert state(page, dt.date(2026, 10, 20)) == CellState.OPEN
    before = decisions(services, page)

    dialog = page.files.import_ics()
    qtbot.waitExposed(dialog)
    assert dialog.closures.isChecked() and not dialog.is_official()  # closures by default
    assert dialog.program_id() == term  # the page's program
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    wait_task(qtbot, page.files.task)

    for day, reason in ((dt.date(2026, 10, 20), "运动会"), (dt.date(2026, 10, 22), "教研活动")):
        assert state(page, day) == CellState.CLOSED
        assert reason in page.model.index_of(day).data()
    assert state(page, dt.date(2026, 10, 21)) == CellState.OPEN  # the meeting closes nothing
    note = page.files.note
    assert note.isVisible()
    assert "Closed 2 day(s) from 学校校历.ics." in note.text()
    assert "Skipped 1 event(s)" in note.text() and "家长会" in note.text()
    assert decisions(services, page) - before == {
        (dt.date(2026, 10, 20), term, "运动会"), (dt.date(2026, 10, 22), term, "教研活动")}


def test_import_closures_for_all_programs(qtbot, page, services, tmp_path, monkeypatch):
    path = tmp_path / "factory.ics"
    path.write_bytes(ics(all_day("x@factory", "20261023", "20261024", "工厂停产")))
    open_file(monkeypatch, page, path)
    page.select_program(term_id(services, page))
    before = decisions(services, page)
    dialog = page.files.import_ics()
    qtbot.waitExposed(dialog)
    dialog.program.setCurrentIndex(0)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_task(qtbot, page.files.task)
    assert decisions(services, page) - before == {(dt.date(2026, 10, 23), None, "工厂停产")}
    assert state(page, dt.date(2026, 10, 23)) == CellState.CLOSED


def test_garbage_is_refused_clearly_and_nothing_is_written(
        qtbot, page, services, tmp_path, monkeypatch):
    before = services[0].overrides(page._center.id, *WHOLE_RANGE)
    assert before  # the demo's closures, which must stay as they are
    path = tmp_path / "photo.ics"
    path.write_bytes(b"\x89PNG\r\n\x1a\n not a calendar at all")
    open_file(monkeypatch, page, path)
    import_file(qtbot, page)
    text = error_text(qtbot, page)
    assert "Nothing was imported from photo.ics" in text
    assert not page.files.note.isVisible()
    assert services[0].overrides(page._center.id, *WHOLE_RANGE) == before


def test_a_file_that_cannot_be_read_says_so(qtbot, page, tmp_path, monkeypatch):
    open_file(monkeypatch, page, tmp_path / "gone.ics")
    assert page.files.import_ics() is None  # no question asked about a file that is not there
    assert "Could not read" in error_text(qtbot, page)


def test_cancelling_the_file_dialog_does_nothing(qtbot, page, services, monkeypatch):
    page.picker.open = None
    page.picker.save = lambda suggested: None
    assert page.files.import_ics() is None
    assert page.files.export_ics() is None
    assert page.files.error_box is None and not page.files.note.isVisible()


def test_escape_in_the_import_question_imports_nothing(
        qtbot, page, services, tmp_path, monkeypatch):
    path = tmp_path / "school.ics"
    path.write_bytes(SCHOOL)
    open_file(monkeypatch, page, path)
    before = decisions(services, page)
    dialog = page.files.import_ics()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert decisions(services, page) == before


def test_import_official_days_makes_the_year_known(qtbot, page, services, tmp_path, monkeypatch):
    path = tmp_path / "holidays-2027.ics"
    path.write_bytes(ics(all_day("h@gov", "20270205", "20270213", "春节"),
                         all_day("w@gov", "20270214", "20270215", "春节补班"),
                         all_day("v@gov", "20270214", "20270215", "情人节"),
                         all_day("n@gov", "20271001", "20271008", "国庆节、中秋节")))
    page.show_month(2027, 2)
    assert page.banner.isVisible()
    open_file(monkeypatch, page, path)
    import_file(qtbot, page, official=True)
    holidays = services[0].holidays(2027)
    assert holidays.known and holidays.entered
    assert not page.banner.isVisible()
    assert state(page, dt.date(2027, 2, 8)) == CellState.HOLIDAY
    assert "Imported 16 official day(s)" in page.files.note.text()


def test_an_official_file_imported_again_replaces_and_says_so(
        qtbot, page, services, tmp_path, monkeypatch):
    """Trial finding 4: the second import raised ValueError in the slot (the crash box)."""
    path = tmp_path / "holidays-2027.ics"
    path.write_bytes(ics(all_day("h@gov", "20270205", "20270213", "春节"),
                         all_day("v@gov", "20270214", "20270215", "情人节"),
                         all_day("n@gov", "20271001", "20271008", "国庆节")))
    services[0].enter_official_days([OfficialDay(dt.date(2027, 10, 1), OfficialDayKind.WORKDAY,
                                                 "国庆节")])
    page.show_month(2027, 2)
    open_file(monkeypatch, page, path)
    import_file(qtbot, page, official=True)
    note = page.files.note.text()
    assert ("Replaced 2027-10-01: 国庆节 (adjusted working day) → 国庆节 (public holiday)"
            in note)
    assert "情人节: not an official day off" in note  # the reason, translated as a template
    import_file(qtbot, page, official=True)
    note = page.files.note.text()
    assert "Imported 0 official day(s)" in note
    assert "Already so, left as they were: 15 day(s)." in note


def test_import_of_known_years_only_names_the_skipped_days(
        qtbot, page, services, tmp_path, monkeypatch):
    path = tmp_path / "holidays-2026.ics"
    path.write_bytes(ics(all_day("n@gov", "20261001", "20261003", "国庆节"),
                         all_day("w@gov", "20261010", "20261011", "上班(补国庆节假期)")))
    open_file(monkeypatch, page, path)
    import_file(qtbot, page, official=True)
    note = page.files.note.text()
    assert "Imported 0 official day(s)" in note and "2026" in note
    assert "2026-10-01 国庆节" in note and "2026-10-10 国庆节" in note
    assert not services[0].holidays(2026).entered


def test_import_official_days_with_both_kinds_on_one_date_is_refused(
        qtbot, page, services, tmp_path, monkeypatch):
    path = tmp_path / "bad.ics"
    path.write_bytes(ics(all_day("h@gov", "20270205", "20270206", "春节"),
                         all_day("w@gov", "20270205", "20270206", "春节补班")))
    open_file(monkeypatch, page, path)
    import_file(qtbot, page, official=True)
    assert "2027-02-05" in error_text(qtbot, page)
    assert not services[0].holidays(2027).known


# -- export ------------------------------------------------------------------------------
def test_export_one_program_writes_its_open_days(qtbot, page, services, tmp_path, monkeypatch):
    term = term_id(services, page)
    page.select_program(term)
    asked: list[Path] = []
    target = tmp_path / "out.ics"
    page.picker.save = lambda suggested: asked.append(suggested) or target
    wait_task(qtbot, page.files.export_ics())
    assert asked[0].name == f"{TERM}.ics"

    days = parse_ics(target.read_bytes())
    program = services[1].get_program(term)
    expected = [s.date for s in services[0].statuses(term, program.first_day, program.last_day)
                if s.open]
    assert [d.date for d in days if d.opens_at is not None] == expected
    assert TODAY in expected
    assert (dt.time(16, 30), dt.time(20, 30)) in {(d.opens_at, d.closes_at) for d in days}
    assert "Saved" in page.files.note.text() and str(target) in page.files.note.text()


def test_export_every_program_suggests_the_centers_name(
        qtbot, page, services, tmp_path, monkeypatch):
    asked: list[Path] = []
    target = tmp_path / "all.ics"
    page.picker.save = lambda suggested: asked.append(suggested) or target
    page.files.export_action.trigger()
    wait_task(qtbot, page.files.task)
    assert asked[0].name == f"{page._center.name}.ics"
    programs = services[1].list_programs(page._center.id)
    assert len(programs) > 1
    assert {d.summary.split(" ")[0] for d in parse_ics(target.read_bytes())} >= {
        p.name for p in programs}


def test_export_to_a_missing_folder_says_so(qtbot, page, tmp_path, monkeypatch):
    target = tmp_path / "no such folder" / "out.ics"
    page.picker.save = lambda suggested: target
    wait_task(qtbot, page.files.export_ics())
    text = error_text(qtbot, page)
    assert "Could not save" in text and str(target) in text
    assert not target.exists() and not page.files.note.isVisible()


def test_file_names_are_safe():
    assert file_name(TERM) == f"{TERM}.ics"
    assert file_name('a/b:c*?"<>|') == "a_b_c_.ics"
    assert file_name("  ") == "calendar.ics"


# -- official days -----------------------------------------------------------------------
def open_official(qtbot, page, year: int = 2027, month: int = 2) -> OfficialDaysDialog:
    page.show_month(year, month)
    assert page.banner.isVisible()
    qtbot.mouseClick(page.files.official_button, Qt.MouseButton.LeftButton)
    dialog = page.files.dialog
    assert isinstance(dialog, OfficialDaysDialog) and dialog.year == year
    qtbot.waitExposed(dialog)
    return dialog


def fill(dialog: OfficialDaysDialog, *rows) -> None:
    for number, values in enumerate(rows):
        row = dialog.rows[number] if number < len(dialog.rows) else dialog.add_row()
        row.set_values(*values)


SPRING = (dt.date(2027, 2, 5), dt.date(2027, 2, 12), "春节", OfficialDayKind.HOLIDAY)
MAKE_UP = (dt.date(2027, 2, 14), dt.date(2027, 2, 14), "春节", OfficialDayKind.WORKDAY)


def test_entering_official_days_for_2027(qtbot, page, services):
    dialog = open_official(qtbot, page)
    assert "Nothing yet" in dialog.entered.item(0).text()
    fill(dialog, SPRING, MAKE_UP)
    qtbot.keyClick(dialog.rows[0].name.lineEdit(), Qt.Key.Key_Return)  # Enter saves
    assert dialog.result() == QDialog.DialogCode.Accepted

    holidays = services[0].holidays(2027)
    assert holidays.known and holidays.entered
    assert [(d.date, d.kind, d.name, d.name_zh) for d in holidays.days] == [
        *((dt.date(2027, 2, 5) + dt.timedelta(days=i), OfficialDayKind.HOLIDAY,
           "Spring Festival", "春节") for i in range(8)),
        (dt.date(2027, 2, 14), OfficialDayKind.WORKDAY, "Spring Festival", "春节")]
    assert (page.year, page.month) == (2027, 2)
    assert not page.banner.isVisible()
    assert state(page, dt.date(2027, 2, 8)) == CellState.HOLIDAY
    assert state(page, dt.date(2027, 2, 14)) == CellState.ADJUSTED
    assert "Entered 9 official day(s) for 2027" in page.files.note.text()

    # What is entered is listed the next time, in ranges; 2026 comes from the package.
    page.files._menu_shown()
    assert page.files.official_action.isEnabled()
    again = page.files.enter_official_days()
    qtbot.waitExposed(again)
    items = [again.entered.item(i).text() for i in range(again.entered.count())]
    assert items == ["2027-02-05 to 2027-02-12  春节, public holiday",
                     "2027-02-14  春节, adjusted working day"]
    qtbot.keyClick(again, Qt.Key.Key_Escape)
    page.show_month(2026, 10)
    page.files._menu_shown()
    assert not page.files.official_action.isEnabled()
    assert page.files.enter_official_days() is None


def test_correcting_an_entered_official_day_in_the_dialog_says_what_was_replaced(
        qtbot, page, services):
    services[0].enter_official_days([OfficialDay(dt.date(2027, 2, 14), OfficialDayKind.HOLIDAY,
                                                 "春节")])
    page.show_month(2027, 2)
    dialog = page.files.enter_official_days()
    assert isinstance(dialog, OfficialDaysDialog)
    qtbot.waitExposed(dialog)
    fill(dialog, MAKE_UP)
    qtbot.keyClick(dialog.rows[0].name.lineEdit(), Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    note = page.files.note.text()
    assert "Entered 1 official day(s) for 2027" in note
    assert ("Replaced 2027-02-14: 春节 (public holiday) → 春节 (adjusted working day)"
            in note)


@pytest.mark.parametrize(("rows", "bad_rows", "words"), [
    ([SPRING, (dt.date(2027, 5, 5), dt.date(2027, 5, 1), "劳动节", OfficialDayKind.HOLIDAY)],
     [1], "before it starts"),
    ([SPRING, (dt.date(2027, 2, 12), dt.date(2027, 2, 13), "春节", OfficialDayKind.WORKDAY)],
     [0, 1], "2027-02-12"),
    ([(dt.date(2026, 12, 31), dt.date(2027, 1, 1), "元旦", OfficialDayKind.HOLIDAY), SPRING],
     [0], "only days of 2027"),
    ([SPRING, (dt.date(2027, 4, 5), dt.date(2027, 4, 5), "  ", OfficialDayKind.HOLIDAY)],
     [1], "holiday's name"),
])
def test_bad_lines_are_refused_beside_them_and_nothing_is_written(
        qtbot, page, services, rows, bad_rows, words):
    dialog = open_official(qtbot, page)
    fill(dialog, *rows)
    qtbot.keyClick(dialog.rows[-1].last, Qt.Key.Key_Return)  # Enter in a date field saves too
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    shown = [n for n, row in enumerate(dialog.rows) if row.error.isVisibleTo(dialog)]
    assert shown == bad_rows
    assert all(words in dialog.rows[n].error.text() for n in bad_rows)
    assert not services[0].holidays(2027).known
    assert page.banner.isVisible()


def test_escape_cancels_with_no_change(qtbot, page, services):
    dialog = open_official(qtbot, page)
    fill(dialog, SPRING)
    qtbot.keyClick(dialog.rows[0].name.lineEdit(), Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not services[0].holidays(2027).known
    assert page.banner.isVisible() and not page.files.note.isVisible()


def test_lines_are_added_and_removed(qtbot, page):
    dialog = open_official(qtbot, page)
    assert not dialog.rows[0].remove_button.isEnabled()  # one line always stays
    fill(dialog, SPRING)
    qtbot.mouseClick(dialog.add_row_button, Qt.MouseButton.LeftButton)
    assert len(dialog.rows) == 2
    assert dialog.rows[1].span() == (dt.date(2027, 2, 13),) * 2  # after the line above
    qtbot.mouseClick(dialog.rows[0].remove_button, Qt.MouseButton.LeftButton)
    assert len(dialog.rows) == 1 and dialog.rows[0].span()[0] == dt.date(2027, 2, 13)


def test_import_from_the_official_days_dialog(qtbot, page, services, tmp_path, monkeypatch):
    path = tmp_path / "2027.ics"
    path.write_bytes(ics(all_day("n@gov", "20270101", "20270102", "元旦"),
                         all_day("m@gov", "20270308", "20270309", "妇女节"),
                         all_day("s@gov", "20270206", "20270207", "春节"),
                         all_day("g@gov", "20271001", "20271002", "国庆节")))
    open_file(monkeypatch, page, path)
    dialog = open_official(qtbot, page)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    task = dialog.task  # off the GUI thread, like every file import
    qtbot.waitUntil(lambda: not task.running, timeout=10_000)
    assert "Imported 3 official day(s) from 2027.ics" in dialog.note.text()
    assert "Skipped 1" in dialog.note.text() and "妇女节" in dialog.note.text()
    assert "2027-01-01  元旦, public holiday" in dialog.entered.item(0).text()
    # The import is written at once: closing the dialog keeps it and the page shows it.
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert services[0].holidays(2027).known
    assert not page.banner.isVisible()


def test_a_file_that_does_not_cover_its_year_says_so(qtbot, page, services, tmp_path,
                                                      monkeypatch):
    path = tmp_path / "2027.ics"
    path.write_bytes(ics(all_day("n@gov", "20270101", "20270102", "元旦")))
    open_file(monkeypatch, page, path)
    dialog = open_official(qtbot, page)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    task = dialog.task
    qtbot.waitUntil(lambda: not task.running, timeout=10_000)
    assert "does not cover 2027" in dialog.note.text()
    assert not services[0].holidays(2027).known


class HeldFiles(CalendarFiles):
    """Holds the import inside its transaction until the test lets it go on."""

    def __init__(self, db, actor) -> None:
        super().__init__(db, actor)
        self.started, self.go_on = threading.Event(), threading.Event()

    def import_closures(self, center, data, *, progress=None, **options):
        def held(done: int, total: int) -> None:
            self.started.set()
            self.go_on.wait(10)
            progress(done, total)

        return super().import_closures(center, data, progress=held, **options)


def test_an_import_runs_off_the_gui_thread_and_cancel_writes_nothing(
        qtbot, demo_session, services, tmp_path, picker, runner, translations):
    files = HeldFiles(demo_session.db, "test")
    page = CalendarPage(services[0], services[1], demo_session.centers.get_center(),
                        today=lambda: TODAY, files=files, picker=picker, tasks=runner)
    qtbot.addWidget(page)
    page.show()
    before = decisions(services, page)
    path = tmp_path / "school.ics"
    path.write_bytes(SCHOOL)
    picker.open = path
    import_file_dialog = page.files.import_ics()
    qtbot.waitExposed(import_file_dialog)
    qtbot.keyClick(import_file_dialog, Qt.Key.Key_Return)
    task = page.files.task
    assert files.started.wait(10) and task.running
    ticks = []
    QTimer.singleShot(0, lambda: ticks.append("the window answers"))
    qtbot.waitUntil(lambda: bool(ticks), timeout=2_000)  # while the import waits
    task.cancel()
    files.go_on.set()
    qtbot.waitUntil(lambda: not task.running, timeout=10_000)
    qtbot.wait(1)
    assert decisions(services, page) == before
    assert "cancelled: nothing was written" in page.files.note.text()
