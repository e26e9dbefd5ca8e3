"""The children page with real widgets and a real database: search, filters, sorting, the
child form, withdraw and re-enroll, import, export and the template."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog

from asc_desk.domain.roster import ChildDraft, GuardianDraft
from asc_desk.services.calendar.program_service import ProgramService
from asc_desk.services.roster.roster_export import RosterExport
from asc_desk.services.roster.roster_import import RosterImport
from asc_desk.services.roster.roster_service import RosterService
from asc_desk.ui.dialogs.child_dialog import ChildDialog, WithdrawDialog
from asc_desk.ui.dialogs.roster_import_dialog import RosterImportDialog
from asc_desk.ui.models import children_table_model as m
from asc_desk.ui.pages.children_page import ChildrenPage

TODAY = dt.date(2026, 11, 25)
TERM = "2026秋季学期课后班"


@pytest.fixture
def services(demo_session):
    db = demo_session.db
    return (RosterService(db, "test", today=lambda: TODAY),
            RosterImport(db, "test", today=lambda: TODAY), RosterExport(db),
            ProgramService(db, "test"))


@pytest.fixture
def roster(services):
    return services[0]


@pytest.fixture
def center(demo_session):
    return demo_session.centers.get_center()


@pytest.fixture
def page(qtbot, services, center, translations, runner, picker):
    page = ChildrenPage(*services, center, runner, today=lambda: TODAY, picker=picker)
    qtbot.addWidget(page)
    page.resize(1156, 740)
    with qtbot.waitSignal(page.loaded, timeout=10_000):  # the roster is read in the background
        page.show()
    with qtbot.waitActive(page):
        page.activateWindow()
    return page


def reload(qtbot, page) -> None:
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.refresh()


def shown_names(page) -> list[str]:
    return [page.model.index(r, m.NAME).data() for r in range(page.model.rowCount())]


def choose(box, data) -> None:
    index = box.findData(data)
    assert index >= 0, data
    box.setCurrentIndex(index)


def add_zhang_san(roster, center) -> int:
    return roster.save_child(center.id, ChildDraft(
        "张三", birth_date=dt.date(2018, 3, 4),
        guardians=(GuardianDraft("李芳", "母亲", "13812345678", "E77777", "注塑车间"),))).record.id


def test_shows_the_active_roster_with_the_search_box_focused(demo, page):
    assert page.model.rowCount() == demo.active
    assert page.count_label.text() == f"Showing {demo.active} of {demo.children} children"
    assert page.focusWidget() is page.search
    assert page.table.currentIndex().row() == 0
    assert page.edit_button.isEnabled() and page.withdraw_button.isEnabled()
    assert not page.reenroll_button.isEnabled()
    header = page.table.horizontalHeader()
    assert header.sectionResizeMode(m.NAME) != header.ResizeMode.ResizeToContents
    assert page.minimumSizeHint().width() <= 1156


def test_search_matches_as_you_type_and_esc_clears(demo, qtbot, page, roster, center):
    child_id = add_zhang_san(roster, center)
    reload(qtbot, page)
    qtbot.keyClicks(page.search, "zs")
    assert "张三" in shown_names(page)
    assert all("zs" in page.model.row_at(r).search for r in range(page.model.rowCount()))
    assert page.count_label.text() == f"Showing {page.model.rowCount()} of 61 children"
    page.search.setText("张三")  # Chinese comes from the input method, not key presses
    assert shown_names(page) == ["张三"]
    assert page.current_row().id == child_id
    page.search.clear()
    qtbot.keyClicks(page.search, "e77777")
    assert shown_names(page) == ["张三"]
    page.search.clear()
    qtbot.keyClicks(page.search, "138 1234 5678")
    assert shown_names(page) == ["张三"]
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)
    assert page.search.text() == ""
    assert page.model.rowCount() == demo.active + 1


def test_filters_by_status_program_school_grade_and_department(demo, page):
    choose(page.status_box, m.ALL)
    assert page.model.rowCount() == demo.children
    choose(page.status_box, m.WITHDRAWN)
    assert page.model.rowCount() == demo.withdrawn
    assert page.reenroll_button.isEnabled() and not page.withdraw_button.isEnabled()
    choose(page.program_box, m.NO_PROGRAM)
    assert page.model.rowCount() == demo.withdrawn  # their enrollments ended when they left
    choose(page.status_box, m.ACTIVE)
    assert page.model.rowCount() == 0
    assert not page.edit_button.isEnabled()
    assert page.count_label.text() == f"Showing 0 of {demo.children} children"
    choose(page.program_box, None)
    assert [page.program_box.itemText(i) for i in range(page.program_box.count())][:2] == [
        "All programs", "2026暑期班"]
    school = page.school_box.itemText(1)
    choose(page.school_box, school)
    rows = [page.model.row_at(r) for r in range(page.model.rowCount())]
    assert rows and all(r.school == school for r in rows)
    grade = page.grade_box.itemText(1)
    choose(page.grade_box, grade)
    assert all(page.model.row_at(r).grade == grade for r in range(page.model.rowCount()))
    choose(page.school_box, None)
    choose(page.grade_box, None)
    department = page.department_box.itemText(1)
    choose(page.department_box, department)
    assert 0 < page.model.rowCount() < demo.active
    assert all(department in page.model.row_at(r).departments
               for r in range(page.model.rowCount()))


def test_clicking_a_header_sorts_by_that_column(qtbot, page):
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(m.AGE) + header.sectionSize(m.AGE) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))
    ages = [int(page.model.index(r, m.AGE).data()) for r in range(page.model.rowCount())]
    first = page.model.sort_order
    assert first[0] == m.AGE
    assert ages == sorted(ages, reverse=first[1] == Qt.SortOrder.DescendingOrder)
    page.table.sortByColumn(m.CHILD_ID, Qt.SortOrder.AscendingOrder)
    ids = [page.model.index(r, m.CHILD_ID).data() for r in range(page.model.rowCount())]
    assert ids == sorted(ids, key=int)


def test_add_a_child_through_the_form(demo, qtbot, page, roster):
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, ChildDialog)
    qtbot.waitExposed(dialog)
    dialog.form.name.setText("李小明")
    dialog.form.birth_date.set_date(dt.date(2018, 3, 4))
    guardian = dialog.form.guardians.entries[0]
    guardian.name.setText("李芳")
    guardian.phone.setText("13812345678")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == demo.active + 1
    assert page.current_row().name == "李小明"
    assert page.current_row().programs == (TERM,)
    assert page.note.isVisibleTo(page)
    # Saved, and told that no insurance is recorded yet.
    assert page.note.text().startswith("Saved 李小明.")
    assert "No accident insurance is recorded" in page.note.text()


def test_a_note_is_rendered_again_after_a_language_switch(demo, qtbot, page, translations):
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    dialog.form.name.setText("李小明")
    dialog.form.birth_date.set_date(dt.date(2018, 3, 4))
    dialog.form.guardians.entries[0].name.setText("李芳")
    dialog.form.guardians.entries[0].phone.setText("13812345678")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert page.note.text().startswith("Saved 李小明.")
    translations.apply("zh_CN")
    # Qt posts LanguageChange; the note is rendered again from its template and values.
    qtbot.waitUntil(lambda: page.note.text().startswith("已保存 李小明"), timeout=2000)
    assert "Saved" not in page.note.text()
    translations.apply("en")
    qtbot.waitUntil(lambda: page.note.text().startswith("Saved 李小明."), timeout=2000)


def test_a_rare_character_is_saved_with_a_warning_on_the_page(qtbot, page):
    page.add_child()
    dialog = page.dialog
    dialog.form.name.setText("𠮷田")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "𠮷田" in shown_names(page)
    assert "cannot show 𠮷" in page.note.text()


def test_enter_opens_the_child_and_an_edit_is_shown(qtbot, page, roster, center):
    add_zhang_san(roster, center)
    reload(qtbot, page)
    page.search.setText("张三")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    dialog = page.dialog
    assert isinstance(dialog, ChildDialog) and dialog.form.name.text() == "张三"
    qtbot.waitExposed(dialog)
    dialog.form.school.setText("镇中心小学")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert page.current_row().school == "镇中心小学"
    assert page.model.index(page.table.currentIndex().row(), m.SCHOOL_GRADE).data() == \
        "镇中心小学"


def test_double_click_opens_and_esc_cancels_with_no_change(qtbot, page, roster):
    row = page.current_row()
    before = roster.get_child(row.id)
    rect = page.table.visualRect(page.model.index(0, m.NAME))
    # QTest's double click has no press before it, which the view needs: click first.
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = page.dialog
    assert isinstance(dialog, ChildDialog)
    qtbot.waitExposed(dialog)
    dialog.form.name.setText("别的名字")
    dialog.ask_discard = lambda _parent: True  # something was typed: "Discard"
    qtbot.keyClick(dialog.form.name, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert roster.get_child(row.id) == before
    assert page.current_row().name == row.name


def test_withdraw_hides_the_child_until_shown_by_status_then_re_enroll(demo, qtbot, page, roster):
    row = page.current_row()
    qtbot.mouseClick(page.withdraw_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, WithdrawDialog)
    dialog.reason.setText("随父母返乡")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert row.id not in [page.model.row_at(r).id for r in range(page.model.rowCount())]
    assert page.count_label.text() == f"Showing {demo.active - 1} of {demo.children} children"
    assert "has left the center on 2026-11-25" in page.note.text()
    choose(page.status_box, m.WITHDRAWN)
    page.select_child(row.id)
    line = page.table.currentIndex().row()
    assert page.model.index(line, m.ALERTS).data().startswith("Withdrawn")
    assert page.model.index(line, m.NAME).data(Qt.ItemDataRole.ForegroundRole) == \
        m.WITHDRAWN_TEXT
    qtbot.mouseClick(page.reenroll_button, Qt.MouseButton.LeftButton)
    assert roster.get_child(row.id).status == "active"
    assert "is back on the roster" in page.note.text()
    choose(page.status_box, m.ACTIVE)
    assert page.model.rowCount() == demo.active


GOOD_AND_BAD = (
    "姓名,性别,出生日期,家长姓名,家长电话,项目,备注栏\n"
    "赵小红,女,2018-05-06,赵大力,13911112222,2026秋季学期课后班,x\n"
    "钱小兵,M,2017/9/1,钱多多,13933334444,2026秋季学期课后班,\n"
    "孙小空,男,2026-02-30,孙大圣,13955556666,2026秋季学期课后班,\n"
)


def import_file(qtbot, page, monkeypatch, path) -> RosterImportDialog:
    page.picker.open = path
    page.import_button.click()
    with qtbot.waitSignal(page.files.task.ended, timeout=10_000):  # checked in the background
        pass
    dialog = page.dialog
    assert isinstance(dialog, RosterImportDialog)
    return dialog


def test_import_previews_then_writes_only_the_valid_rows(demo, qtbot, page, monkeypatch, tmp_path,
                                                         roster, center):
    path = tmp_path / "hr.csv"
    path.write_bytes(GOOD_AND_BAD.encode("gb18030"))  # as Excel in China saves it
    dialog = import_file(qtbot, page, monkeypatch, path)
    assert [dialog.count_labels[k][1].text() for k in ("add", "update", "unchanged",
                                                       "rejected")] == ["2", "0", "0", "1"]
    errors = dialog.errors_model
    assert errors.rowCount() == 1
    assert [errors.index(0, c).data() for c in range(2)] == ["4", "出生日期"]
    assert "2026-02-30" in errors.index(0, 2).data()
    assert "备注栏" in dialog.ignored.text()
    assert dialog.import_button.text() == "Import &valid rows"
    assert len(roster.list_roster(center.id, include_withdrawn=True)) == demo.children  # none yet
    with qtbot.waitSignal(page.loaded, timeout=10_000):  # written, then the roster read again
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    names = {r.name for r in roster.list_roster(center.id)}
    assert {"赵小红", "钱小兵"} <= names and "孙小空" not in names
    assert page.model.total() == demo.children + 2
    assert page.note.text() == ("Imported hr.csv: 2 added, 0 updated, 0 unchanged, "
                                "1 rejected.")


def test_the_import_and_save_notes_follow_a_language_switch(demo, qtbot, page, monkeypatch,
                                                             tmp_path, translations):
    path = tmp_path / "hr.csv"
    path.write_bytes(GOOD_AND_BAD.encode("gb18030"))
    dialog = import_file(qtbot, page, monkeypatch, path)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert page.note.text().startswith("Imported hr.csv: 2 added")
    try:
        translations.apply("zh_CN")
        # Qt posts LanguageChange; the note is rendered again from its template and values.
        qtbot.waitUntil(lambda: page.note.text().startswith("已导入 hr.csv：新增 2"),
                        timeout=2000)
        target = tmp_path / "template.csv"
        page.picker.save = lambda _path: target
        with qtbot.waitSignal(page.save_template().done, timeout=10_000):
            pass
        assert page.note.text() == f"✓ 已保存 {target}。"
    finally:
        translations.apply("en")
    qtbot.waitUntil(lambda: page.note.text() == f"✓ Saved {target}.", timeout=2000)


def test_cancelling_the_import_writes_nothing(demo, qtbot, page, monkeypatch, tmp_path, roster,
                                              center):
    path = tmp_path / "hr.csv"
    path.write_text(GOOD_AND_BAD.splitlines(keepends=True)[0] + GOOD_AND_BAD.splitlines(
        keepends=True)[1], encoding="utf-8-sig")
    dialog = import_file(qtbot, page, monkeypatch, path)
    assert dialog.import_button.text() == "&Import"
    assert not dialog.errors_table.isVisibleTo(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert len(roster.list_roster(center.id, include_withdrawn=True)) == demo.children
    assert page.model.total() == demo.children


def test_the_import_dialog_offers_every_file_the_import_reads(page):
    """Trial finding 17: only *.xlsx *.csv were listed; a UTF-16 .txt and an .xls hidden."""
    page.picker.open = None
    assert page.import_roster() is None
    [(roster, _suffix), (every, _none)] = page.picker.filters
    assert all(f"*.{s}" in roster for s in ("xlsx", "csv", "txt", "xls"))
    assert every.endswith("(*)")


def test_a_file_that_is_no_roster_is_refused_in_a_box(qtbot, page, monkeypatch, tmp_path):
    path = tmp_path / "photo.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    page.picker.open = path
    with qtbot.waitSignal(page.import_roster().failed, timeout=10_000):
        pass
    assert page.error_box is not None and page.error_box.isVisible()
    assert "Nothing was imported from photo.png" in page.error_box.text()


def test_export_to_xlsx_imports_back_unchanged(demo, qtbot, page, monkeypatch, tmp_path, services,
                                               center):
    target = tmp_path / "roster.xlsx"
    suggested = []
    page.picker.save = lambda path: suggested.append(path) or target
    with qtbot.waitSignal(page.export_roster().done, timeout=10_000):  # written off the GUI
        pass
    assert suggested[0].name == "roster-2026-11-25.xlsx"
    assert page.note.text() == f"✓ Saved {target}."
    plan = services[1].preview(center.id, target.read_bytes(), target.name)
    assert plan.errors == ()
    assert plan.count("unchanged") == demo.active
    assert plan.count("add") == plan.count("update") == 0


def test_the_template_has_the_headers_only(qtbot, page, monkeypatch, tmp_path):
    target = tmp_path / "template.csv"
    page.picker.save = lambda path: target
    with qtbot.waitSignal(page.save_template().done, timeout=10_000):
        pass
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 1 and lines[0].startswith("child_id,name,")
    page.picker.save = lambda path: tmp_path / "roster.txt"
    assert page.save_template() is None
    assert "must end in .csv or .xlsx" in page.error_box.text()


def test_a_likely_duplicate_opens_the_existing_record_over_the_new_one(demo, qtbot, page, roster):
    existing = page.current_row()
    record = roster.get_child(existing.id)
    page.add_child()
    adding = page.dialog
    qtbot.waitExposed(adding)
    adding.form.name.setText(existing.name)
    adding.form.birth_date.set_date(existing.birth_date)
    qtbot.mouseClick(adding.save_button, Qt.MouseButton.LeftButton)
    assert adding.warning.isVisibleTo(adding)
    assert [b.text() for b in adding.open_buttons] == [
        f"&Open {existing.name} ({existing.card_code})"]
    qtbot.mouseClick(adding.open_buttons[0], Qt.MouseButton.LeftButton)
    shown = page.dialog
    assert isinstance(shown, ChildDialog) and shown is not adding
    assert shown.parent() is adding  # over the new child's form, which keeps what was typed
    assert shown.form.card.text() == record.card_code
    assert shown.form.draft() == record.draft
    qtbot.waitExposed(shown)
    qtbot.keyClick(shown.form.name, Qt.Key.Key_Escape)
    assert adding.isVisible() and adding.form.name.text() == existing.name
    adding.ask_discard = lambda _parent: True  # the typed form: "Discard"
    qtbot.keyClick(adding.form.name, Qt.Key.Key_Escape)
    assert page.model.total() == demo.children
    assert roster.get_child(existing.id) == record


def test_the_roster_is_read_in_the_background_while_the_rows_shown_stay(demo, qtbot, page, roster,
                                                                        center):
    add_zhang_san(roster, center)
    task = page.refresh()
    assert task.running and page.load_bar.isVisible()
    assert page.model.total() == demo.children  # usable meanwhile: the rows already read stay
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        pass
    assert page.model.total() == 61 and not page.load_bar.isVisible()
    assert page.count_label.text() == f"Showing {demo.active + 1} of 61 children"


def test_cancelling_the_writing_rolls_the_import_back(demo, qtbot, page, monkeypatch, tmp_path,
                                                      roster, center, runner):
    path = tmp_path / "hr.csv"
    path.write_bytes(GOOD_AND_BAD.encode("gb18030"))
    dialog = import_file(qtbot, page, monkeypatch, path)
    plan = dialog.plan
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    # Both threads kept busy, so the cancel surely comes before the import's first step (two
    # rows are written faster than the GUI thread gets a turn).
    gate = threading.Event()
    for _ in range(2):
        runner.start(lambda progress: gate.wait(10))
    task = page.files._apply(plan, True)  # what the preview's Import does
    task.cancel()  # the progress box's Cancel
    gate.set()
    with qtbot.waitSignal(task.cancelled, timeout=10_000):
        pass
    assert len(roster.list_roster(center.id, include_withdrawn=True)) == demo.children
    assert page.note.text() == "Import of hr.csv cancelled: nothing was written."


def test_a_refresh_during_a_read_reads_once_more_afterwards(qtbot, page, roster, center):
    first = page.refresh()
    add_zhang_san(roster, center)  # written while the first read may already be under way
    assert page.refresh() is first and page.refresh() is first
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        pass
    assert page.load_task is not first  # one more read, not one per refresh
    assert page.model.total() == 61


def test_the_form_offers_the_programs_while_the_roster_is_still_read(qtbot, page):
    task = page.refresh()
    assert task.running
    dialog = page.add_child()
    assert dialog.form.enrollments.add_button.isEnabled()
    assert len(dialog.form.enrollments.entries) == 1  # a new child starts with one enrollment
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.form.name, Qt.Key.Key_Escape)
    with qtbot.waitSignal(task.ended, timeout=10_000):
        pass


def test_an_export_that_cannot_be_written_says_why(qtbot, page, monkeypatch, tmp_path):
    target = tmp_path / "no such folder" / "roster.csv"
    page.picker.save = lambda path: target
    with qtbot.waitSignal(page.export_roster().failed, timeout=10_000):
        pass
    assert page.error_box.text().startswith(f"Could not save {target}: ")
    assert not target.parent.exists()


def test_edit_withdraw_and_re_enroll_undo_and_redo(qtbot, page, roster):
    row = page.current_row()
    original = roster.get_child(row.id)
    dialog = page.edit_child()
    qtbot.waitExposed(dialog)
    dialog.form.school.setText("第九小学")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert roster.get_child(row.id).draft.school == "第九小学"
    stack = page.undo_stack
    assert stack.undoText() == f"edit of {row.name}"
    stack.undo()
    assert roster.get_child(row.id) == original
    assert page.current_row().school == original.draft.school
    stack.redo()
    assert roster.get_child(row.id).draft.school == "第九小学"
    stack.undo()

    qtbot.mouseClick(page.withdraw_button, Qt.MouseButton.LeftButton)
    page.dialog.reason.setText("转学")
    qtbot.mouseClick(page.dialog.ok_button, Qt.MouseButton.LeftButton)
    assert roster.get_child(row.id).status == "withdrawn"
    stack.undo()  # back on the roster with its enrollments open as before
    assert roster.get_child(row.id) == original
    assert row.id in [page.model.row_at(r).id for r in range(page.model.rowCount())]
    stack.redo()
    assert roster.get_child(row.id).status == "withdrawn"
    choose(page.status_box, m.WITHDRAWN)
    page.select_child(row.id)
    page.reenroll_child()
    assert stack.undoText() == f"re-enrollment of {row.name}"
    stack.undo()
    assert roster.get_child(row.id).status == "withdrawn"


def test_ctrl_z_in_the_search_field_undoes_the_last_saved_action(qtbot, demo_session,
                                                                 qsettings, translations):
    from asc_desk.app import build_main_window
    center = demo_session.centers.get_center()
    window = build_main_window(demo_session, center, qsettings, translations)
    qtbot.addWidget(window)
    window.show()
    window.show_page("children")
    with qtbot.waitActive(window):
        window.activateWindow()
    page = window.page("children")
    roster = RosterService(demo_session.db, "t")
    qtbot.waitUntil(lambda: page.current_row() is not None, timeout=10_000)
    row = page.current_row()
    original = roster.get_child(row.id)
    dialog = page.edit_child()
    qtbot.waitExposed(dialog)
    dialog.form.school.setText("第九小学")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert roster.get_child(row.id).draft.school == "第九小学"
    page.search.setFocus()
    qtbot.keyClicks(page.search, "zz")
    page.search.clear()
    qtbot.keyClick(page.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert roster.get_child(row.id) == original  # the edit, not the typing, was undone
    qtbot.keyClick(page.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert roster.get_child(row.id).draft.school == "第九小学"


@pytest.mark.parametrize("start", ["status_box", "table", "program_box"])
def test_ctrl_f_goes_back_into_the_search_and_changes_no_filter(qtbot, page, start):
    # A trial: Ctrl+F on the Status filter chose "Withdrawn" and emptied the list.
    page.search.setText("zs")
    widget = getattr(page, start)
    widget.setFocus()
    statuses = (page.status_box.currentData(), page.program_box.currentIndex())
    qtbot.keyClick(widget, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus() and page.search.selectedText() == "zs"
    assert (page.status_box.currentData(), page.program_box.currentIndex()) == statuses
