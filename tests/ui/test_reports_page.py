"""The Reports page with real widgets, a demo database and a PDF printer: preview of each
document, Cancel, Save as PDF/XLSX/CSV, Print, and the messages of bad choices."""

from __future__ import annotations

import csv
import datetime as dt
import io
import sqlite3
import threading
from dataclasses import replace
from pathlib import Path

import pdfplumber
import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter

from asc_desk.app import Session
from asc_desk.domain.changes import Area, Changes
from asc_desk.domain.roster import ChildDraft, EnrollmentDraft, GuardianDraft
from asc_desk.reports.catalogue import DOCUMENTS
from asc_desk.services import database_service as dbs
from asc_desk.services.calendar.program_service import ProgramService
from asc_desk.services.center_service import CenterService
from asc_desk.services.demo.demo_service import fill_demo
from asc_desk.services.reports.report_data import ReportData
from asc_desk.services.roster.roster_import import RosterImport
from asc_desk.services.roster.roster_service import RosterService
from asc_desk.ui.pages.reports_page import ReportsPage

NOW = dt.datetime(2026, 11, 30, 2, 0, tzinfo=dt.UTC)  # 10:00 at the center (Asia/Shanghai)
TERM = "2026秋季学期课后班"


class Picker:
    """Stands in for the file dialogs (ui/file_picker.FilePicker): answers with `answer`,
    records what it was offered."""

    def __init__(self) -> None:
        self.answer: Path | None = None
        self.offered: list[tuple[Path, str]] = []

    def save_path(self, parent, title, suggested: Path, filters) -> Path | None:
        self.offered.append((suggested, ";;".join(f for f, _suffix in filters)))
        return self.answer


@pytest.fixture
def picker():
    return Picker()


@pytest.fixture
def printed(tmp_path):
    return tmp_path / "printed.pdf"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    """The demo center, filled once (seconds); each test reads a copy of the file."""
    path = tmp_path_factory.mktemp("demo") / "center.sqlite3"
    db, _report = dbs.open_database(str(path))
    fill_demo(db, language="en")
    db.dispose()
    return path


@pytest.fixture
def demo_session(demo_file, tmp_path, cjk_family):
    copy = tmp_path / "db" / "center.sqlite3"
    copy.parent.mkdir()
    with sqlite3.connect(demo_file) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    source.close()
    target.close()
    db, report = dbs.open_database(str(copy))
    yield Session(db, report, CenterService(db, "test"))
    db.dispose()


@pytest.fixture
def page(qtbot, demo_session, runner, translations, picker, printed):
    def pdf_printer() -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return printer

    center = demo_session.centers.get_center()
    opened: list[Path] = []
    page = ReportsPage(demo_session.db, ProgramService(demo_session.db, "test"), center, runner,
                       picker=picker, printer=pdf_printer, open_folder=opened.append,
                       now=lambda: NOW)
    page.opened = opened
    qtbot.addWidget(page)
    page.resize(1156, 740)
    page.show()
    qtbot.waitExposed(page)
    return page


def finish(qtbot, task):
    assert task is not None
    if task.running:
        with qtbot.waitSignal(task.ended, timeout=20_000):
            pass


def press(qtbot, page, widget, key, modifier=Qt.KeyboardModifier.NoModifier):
    with qtbot.waitActive(page):
        page.activateWindow()
    widget.setFocus()
    qtbot.keyClick(widget, key, modifier)


def test_fields_follow_the_document_and_default_to_today(page):
    assert [page.documents.item(i).text() for i in range(page.documents.count())] == [
        "Daily sign-in sheet", "Monthly attendance grid", "HR monthly summary", "Pickup cards",
        "Monthly overview", "Caregiver week rota", "Caregiver hours"]
    assert page.document.key == "daily-sheet"
    assert page.form.date_edit.date() == QDate(2026, 11, 30) and page.form.date_edit.isVisible()
    assert page.form.program_box.isVisible() and page.form.blank_check.isVisible()
    assert not page.form.month_edit.isVisible()
    box = page.form.program_box
    assert [box.itemText(i) for i in range(box.count())][:3] == [
        "All programs", "2026暑期班", TERM]
    page.choose_document("hr-summary")
    assert page.form.month_edit.isVisible() and page.form.month_edit.date() == QDate(2026, 11, 1)
    assert not page.form.program_box.isVisible() and not page.form.date_edit.isVisible()
    assert "HR" in page.description.text()
    assert page.params().month == (2026, 11) and page.params().program is None
    page.choose_document("cards")
    assert page.form.child_edit.isVisible() and page.form.program_box.isVisible()
    assert not page.form.month_edit.isVisible() and not page.form.date_edit.isVisible()


@pytest.mark.parametrize("key", [d.key for d in DOCUMENTS])
def test_each_document_previews(qtbot, page, key):
    page.choose_document(key)
    task = page.preview()
    assert page.busy_row.isVisible() and not page.save_button.isEnabled()
    finish(qtbot, task)
    assert page.viewer.pdf.pageCount() > 0 and page.viewer.currentWidget() is page.viewer.view
    assert page.viewer.view.pageMode() == QPdfView.PageMode.MultiPage
    assert page.shown.written.pages == page.viewer.pdf.pageCount()
    assert [p.name for p in page.temp_folder.iterdir()] == [page.shown.written.path.name]
    assert not page.busy_row.isVisible() and page.save_button.isEnabled()
    assert "page(s)" in page.caption.text() and "update" not in page.caption.text()


def test_enter_previews_and_a_new_preview_replaces_the_old_file(qtbot, page):
    page.choose_document("monthly")
    press(qtbot, page, page.form.month_edit, Qt.Key.Key_Return)
    finish(qtbot, page.task)
    first = page.shown.written.path
    assert first.exists() and "2026-11" in page.caption.text()
    page.form.program_box.setCurrentIndex(page.form.program_box.findData(TERM))
    assert "update" in page.caption.text()  # the preview no longer shows what is chosen
    press(qtbot, page, page.documents, Qt.Key.Key_Enter)
    finish(qtbot, page.task)
    assert not first.exists() and list(page.temp_folder.iterdir()) == [page.shown.written.path]
    assert page.shown.params.program == TERM and "update" not in page.caption.text()


def test_cancel_during_generation_leaves_no_preview_and_no_file(qtbot, page, monkeypatch):
    release, reading = threading.Event(), threading.Event()
    month_grid = ReportData.month_grid

    def slow(self, *args, **kwargs):
        reading.set()
        release.wait(10)
        return month_grid(self, *args, **kwargs)

    monkeypatch.setattr(ReportData, "month_grid", slow)
    page.choose_document("monthly")
    task = page.preview()
    assert reading.wait(10)
    press(qtbot, page, page.documents, Qt.Key.Key_Escape)
    assert page.busy_label.text() == "Cancelling…" and not page.cancel_button.isEnabled()
    release.set()
    finish(qtbot, task)
    assert page.shown is None and page.viewer.pdf.pageCount() == 0
    assert page.viewer.currentWidget() is page.viewer.placeholder
    assert list(page.temp_folder.iterdir()) == []
    assert page.note.isVisible() and "cancelled" in page.note.text()


@pytest.mark.parametrize("suffix", [".pdf", ".xlsx", ".csv"])
def test_save_as_writes_the_chosen_format(qtbot, page, picker, tmp_path, suffix):
    page.choose_document("monthly")
    picker.answer = tmp_path / "out" / f"grid{suffix}"
    picker.answer.parent.mkdir()
    press(qtbot, page, page.documents, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    finish(qtbot, page.task)
    suggested, filters = picker.offered[-1]
    assert suggested.name == "monthly-2026-11.pdf"
    assert filters == "PDF (*.pdf);;Excel (*.xlsx);;CSV (*.csv)"
    assert page.note.text() == f"✓ Saved {picker.answer}."
    if suffix == ".pdf":
        with pdfplumber.open(picker.answer) as pdf:
            assert len(pdf.pages) >= 1 and "出勤登记表" in pdf.pages[0].extract_text()
    elif suffix == ".xlsx":
        header = [c.value for c in load_workbook(picker.answer).active[1]]
        assert header[:3] == ["编号", "姓名", "项目"] and "出勤天数" in header
    else:
        raw = picker.answer.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")
        rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
        assert rows[0][:2] == ["编号", "姓名"] and rows[-1][1] == "每日出勤人数"
    assert page.folder_button.isEnabled()
    page.folder_button.click()
    assert page.opened == [tmp_path / "out"]


def test_the_daily_sheet_saves_only_as_pdf(qtbot, page, picker, tmp_path):
    picker.answer = tmp_path / "sheet.xlsx"
    assert page.save_as() is None
    assert picker.offered[-1] == (Path.home() / "daily-sheet-2026-11-30.pdf", "PDF (*.pdf)")
    assert ".pdf" in page.error_box.text() and not picker.answer.exists()
    page.error_box.accept()


def test_save_errors_are_shown_and_the_earlier_file_stays(qtbot, page, picker, tmp_path,
                                                          monkeypatch):
    page.choose_document("hr-summary")
    picker.answer = tmp_path / "missing" / "hr.pdf"
    assert page.save_as() is None
    assert "does not exist" in page.error_box.text()
    page.error_box.accept()

    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "hr.pdf"
    target.write_bytes(b"earlier")

    def locked(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("asc_desk.reports.output.os.replace", locked)
    picker.answer = target
    finish(qtbot, page.save_as())
    assert "Close it in the program" in page.error_box.text()
    assert target.read_bytes() == b"earlier" and list(folder.iterdir()) == [target]
    page.error_box.accept()
    assert not page.folder_button.isEnabled()


def test_print_sends_every_page_to_the_printer(qtbot, page, printed):
    page.choose_document("monthly")
    # Ctrl+P before any preview: the document is made first, then the dialog opens.
    press(qtbot, page, page.documents, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    finish(qtbot, page.task)
    dialog = page.dialog
    assert dialog is not None and dialog.printer() is page.printer
    assert page.printer.pageLayout().orientation().name == "Landscape"
    dialog.accept()
    finish(qtbot, page.task)
    with pdfplumber.open(printed) as pdf:
        assert len(pdf.pages) == page.viewer.pdf.pageCount() >= 1
        first = pdf.pages[0]
        assert round(first.width) == 842 and round(first.height) == 595  # A4 landscape
        assert len(first.images) == 1  # the rendered page, on the whole sheet
    assert "Sent" in page.note.text() and str(printed) in page.note.text()


def test_a_letter_daily_sheet_prints_portrait_letter(qtbot, page, printed):
    page.form.paper_box.setCurrentIndex(page.form.paper_box.findData("letter"))
    page.form.blank_check.setChecked(True)
    finish(qtbot, page.preview())
    assert "blank" in page.caption.text()
    page.print_button.click()
    page.dialog.accept()
    finish(qtbot, page.task)
    with pdfplumber.open(printed) as pdf:
        assert [(round(p.width), round(p.height)) for p in pdf.pages] == [(612, 792)] * len(
            pdf.pages)


def test_the_cards_of_one_child(qtbot, page, demo_session):
    page.choose_document("cards")
    page.form.child_edit.setText("nobody-at-all")
    press(qtbot, page, page.form.child_edit, Qt.Key.Key_Return)
    finish(qtbot, page.task)
    assert "nobody-at-all" in page.form.error.text() and page.shown is None
    child = RosterService(demo_session.db, "t").list_roster(page.center.id)[0]
    page.form.child_edit.setText(child.card_code)
    assert not page.form.error.isVisible()
    finish(qtbot, page.preview())
    assert page.viewer.pdf.pageCount() == 1 and child.card_code in page.caption.text()
    with pdfplumber.open(page.shown.written.path) as pdf:
        assert child.name in pdf.pages[0].extract_text()


def test_a_future_month_is_refused_beside_the_fields(qtbot, page):
    page.choose_document("monthly")
    page.form.month_edit.setDate(QDate(2027, 1, 1))
    page.form.preview_button.click()
    finish(qtbot, page.task)
    assert page.form.error.isVisible() and "2027-01 is in the future" in page.form.error.text()
    assert page.shown is None and list(page.temp_folder.iterdir()) == []
    page.form.month_edit.setDate(QDate(2026, 10, 1))
    assert not page.form.error.isVisible()  # a change of the field clears its message


def test_a_program_renamed_meanwhile_is_an_unknown_program(qtbot, page, demo_session):
    programs = ProgramService(demo_session.db, "test")
    term = next(p for p in programs.list_programs(page.center.id) if p.name == TERM)
    page.choose_document("monthly")
    page.form.program_box.setCurrentIndex(page.form.program_box.findData(TERM))
    programs.update_program(term.id, replace(term.spec, name="2026秋季班"))
    finish(qtbot, page.preview())
    assert f"There is no program named {TERM}" in page.form.error.text()
    page.refresh()  # the list follows the rename
    box = page.form.program_box
    assert box.findData("2026秋季班") > 0 and box.findData(TERM) < 0


def test_a_character_the_font_lacks_is_a_warning(qtbot, page, demo_session):
    term = next(p for p in ProgramService(demo_session.db, "t").list_programs(page.center.id)
                if p.name == TERM)
    RosterImport(demo_session.db, "t", today=lambda: dt.date(2026, 11, 1)).add_many(
        page.center.id, [ChildDraft("𠮷田花", "R1", guardians=(
            GuardianDraft("田中", "母亲", "13800000009", "E9", "注塑车间"),), enrollments=(
            EnrollmentDraft(term.id, dt.date(2026, 11, 2)),))])
    page.choose_document("monthly")
    finish(qtbot, page.preview())
    assert page.shown is not None
    assert page.note.isVisible() and "𠮷" in page.note.text() and page.note.text()[0] == "⚠"


def test_zoom_and_a_change_of_data_outdate_the_preview(qtbot, page):
    page.choose_document("hr-summary")
    finish(qtbot, page.preview())
    page.viewer.zoom(1.25)
    view = page.viewer.view
    assert view.zoomMode() == QPdfView.ZoomMode.Custom and view.zoomFactor() > 0.5
    before = page.viewer.view.zoomFactor()
    page.zoom_out_button.click()
    assert page.viewer.view.zoomFactor() == pytest.approx(before / 1.25)
    page.fit_button.click()
    assert page.viewer.fitting and page.viewer.view.zoomFactor() == pytest.approx(
        page.viewer.fit_factor())
    page.apply_changes(Changes.of(Area.SHIFTS))
    assert "update" not in page.caption.text()
    page.apply_changes(Changes.of(Area.ATTENDANCE, dt.date(2026, 11, 30)))
    assert "update" in page.caption.text() and not page.preview_is_current()


@pytest.mark.parametrize("key", [d.key for d in DOCUMENTS])
def test_fits_the_factory_screen(page, key):
    page.choose_document(key)
    hint = page.minimumSizeHint()
    assert hint.width() <= 1156 and hint.height() <= 740
    for widget in (page.form.preview_button, page.print_button, page.save_button,
                   page.form.blank_check, page.form.program_box):
        if widget.isVisible():
            assert widget.width() >= widget.sizeHint().width(), widget


def test_the_preview_folder_goes_with_the_page(qtbot, demo_session, runner, translations):
    center = demo_session.centers.get_center()
    page = ReportsPage(demo_session.db, ProgramService(demo_session.db, "test"), center, runner,
                       now=lambda: NOW)
    page.choose_document("hr-summary")
    finish(qtbot, page.preview())
    folder = page.temp_folder
    assert page.viewer.pdf.pageCount() and any(folder.iterdir())
    page.deleteLater()
    qtbot.waitUntil(lambda: not folder.exists())


def test_revoke_old_card_and_reprint(qtbot, page, demo_session):
    from sqlalchemy import select

    from asc_desk.db.models import RevokedCard
    from asc_desk.services.attendance.revoked_cards import RevokedCardError
    from asc_desk.ui.dialogs.revoke_card_dialog import RevokeCardDialog

    page.choose_document("cards")
    assert page.form.revoke_button.isVisible() and not page.form.revoke_button.isEnabled()
    roster = RosterService(demo_session.db, "t")
    child = roster.list_roster(page.center.id)[0]
    page.form.child_edit.setText(child.card_code)
    assert page.form.revoke_button.isEnabled()
    reported: list[Changes] = []
    page.changed.connect(reported.append)
    page.form.revoke_button.click()
    dialog = page.dialog
    assert isinstance(dialog, RevokeCardDialog)
    assert child.card_code in dialog.explanation.text() and child.name in \
        dialog.explanation.text()
    dialog.accept()  # no reason: refused beside the field, nothing revoked
    assert dialog.isVisible() and "Say why" in dialog.error.text()
    with demo_session.db.read() as s:
        assert s.scalars(select(RevokedCard)).all() == []
    dialog.reason.setText("lost at the school gate")
    dialog.accept()
    new = roster.get_child(child.id).card_code
    assert new != child.card_code and page.form.child_edit.text() == new
    assert reported and reported[0].areas & Area.ROSTER
    finish(qtbot, page.task)  # the new card's preview
    with pdfplumber.open(page.shown.written.path) as pdf:
        text = pdf.pages[0].extract_text()
    assert new in text and child.card_code not in text
    with pytest.raises(RevokedCardError, match="lost at the school gate"):
        roster.find_child(page.center.id, child.card_code)


def test_revoke_asks_nothing_for_an_unknown_child(qtbot, page):
    page.choose_document("cards")
    page.form.child_edit.setText("nobody-at-all")
    assert page.revoke_card() is None
    assert page.dialog is None and "nobody-at-all" in page.form.error.text()


def test_a_long_status_and_a_landscape_page_fit(qtbot, page, translations, tmp_path):
    """In Chinese, the status of an outdated preview wraps beside the zoom buttons instead of
    running under them; "fit width" (Ctrl+0) shows the landscape rota's whole width."""
    translations.apply("zh_CN")
    page.resize(980, 600)  # a small laptop screen: the page is taller than the preview
    page.choose_document("shifts")
    finish(qtbot, page.preview())
    page.choose_document("staff-hours")
    assert "Enter" in page.caption.text()
    press(qtbot, page, page.viewer.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(50)
    page.grab().save(str(tmp_path / "reports.png"))
    caption = page.caption
    assert caption.geometry().right() < page.zoom_out_button.geometry().left()
    needed = caption.fontMetrics().boundingRect(
        caption.contentsRect(), Qt.TextFlag.TextWordWrap, caption.text())
    assert needed.height() <= caption.contentsRect().height()  # every line shown, none cut
    assert caption.toolTip() == caption.text()
    view, pdf = page.viewer.view, page.viewer.pdf
    assert page.viewer.fitting
    # The page at the zoom shown (QPdfView's scale: the screen's logical dpi) inside the
    # viewport with its margins, and no sideways scrolling.
    scale = view.screen().logicalDotsPerInch() / 72
    margins = view.documentMargins()
    drawn = pdf.pagePointSize(0).width() * scale * view.zoomFactor()
    assert drawn + margins.left() + margins.right() <= view.viewport().width()
    assert drawn > view.viewport().width() * 0.85  # and it fills the width
    assert view.horizontalScrollBar().maximum() == 0
    page.resize(1100, 640)  # the fit follows the window
    qtbot.wait(50)
    drawn = pdf.pagePointSize(0).width() * scale * view.zoomFactor()
    assert view.viewport().width() * 0.85 < drawn <= view.viewport().width()


def test_save_as_offers_a_file_name_in_chinese_on_a_chinese_screen(qtbot, page, picker,
                                                                   translations):
    # A Chinese screen once offered "monthly-2026-11.pdf".
    translations.apply("zh_CN")
    page.choose_document("monthly")
    press(qtbot, page, page.documents, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    suggested, _filters = picker.offered[-1]
    assert suggested.name == "月度出勤登记表-2026-11.pdf", suggested.name


def test_a_character_the_font_lacks_is_named_by_its_code_point_too(qtbot, page, tmp_path):
    # The window's font lacked 𠮷 as well: the note showed a box, naming nothing.
    from asc_desk.reports.output import Written

    page.warn_missing(Written(tmp_path / "x.pdf", 1, "𠮷"))
    assert "𠮷 (U+20BB7)" in page.note.text()
