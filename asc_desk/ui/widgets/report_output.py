"""What leaves the Reports page: Print (the previewed PDF, through QPrintDialog, off the GUI
thread), Save as (PDF, XLSX or CSV written through the catalogue, as the command line does) and
Open folder. The page keeps the fields, the preview and the running task."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog

from asc_desk.domain.errors import UserError
from asc_desk.reports import catalogue
from asc_desk.reports.catalogue import Document, ReportParams
from asc_desk.reports.output import Written
from asc_desk.ui.error_text import user_message
from asc_desk.ui.file_picker import FilePicker
from asc_desk.ui.pdf_printing import PrintError, print_pdf, set_up_printer
from asc_desk.ui.task_runner import Task

if TYPE_CHECKING:
    from asc_desk.ui.pages.reports_page import ReportsPage

FILTERS = {".pdf": "PDF (*.pdf)", ".xlsx": "Excel (*.xlsx)", ".csv": "CSV (*.csv)"}


@dataclass(frozen=True)
class Preview:
    """The document shown: what was asked, and what was written (a temporary PDF)."""

    document: Document
    params: ReportParams
    written: Written


def translated(text: str) -> str:
    """A catalogue text (English, marked N_ outside any class: lupdate files it under "")."""
    return QCoreApplication.translate("", text) if text else ""


class _PrintDialog(QPrintDialog):
    def open(self) -> None:  # PySide6 binds only open(receiver, member) on QPrintDialog
        QDialog.open(self)


class ReportOutput(QObject):
    def __init__(self, page: ReportsPage, picker: FilePicker,
                 printer: Callable[[], QPrinter] | None = None,
                 open_folder: Callable[[Path], object] | None = None) -> None:
        super().__init__(page)
        self._page, self._picker = page, picker
        self._new_printer = printer or (lambda: QPrinter(QPrinter.PrinterMode.HighResolution))
        self._open_folder = open_folder or (
            lambda folder: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
        self.printer: QPrinter | None = None  # the last one given to the print dialog
        self.saved_path: Path | None = None
        self.folder = Path.home()  # where the next Save as starts

    def save_as(self) -> Task | None:
        """Asks where, then writes the chosen document in the format of the file's extension
        (through the catalogue, as the command line does)."""
        if self._page.busy:
            return None
        page = self._page
        doc, params = page.document, page.params()
        # Named in the window's language (a Chinese name on a Chinese screen); in English
        # the key reads better than the title with its spaces.
        title = translated(doc.title)
        stem = catalogue.file_stem(doc.key, params, title if title != doc.title else None)
        suggested = self.folder / (stem + doc.formats[0])
        path = self._picker.save_path(page, self.tr("Save the document"), suggested,
                                      [(FILTERS[f], f) for f in doc.formats])
        if path is None:
            return None
        path = Path(path)
        page.hide_note()
        try:
            catalogue.check_output(doc.key, path)
        except UserError as exc:
            page.show_error(user_message(exc))
            return None
        db, center, now = page.db, page.center, page.now

        def work(progress) -> Written:
            return catalogue.make(doc.key, db, center, params, path, progress, now=now)

        task = page.start(work, self.tr("Saving {file}…").format(file=path.name))
        task.done.connect(self._saved)
        task.failed.connect(lambda error: self._save_failed(path, error))
        task.cancelled.connect(lambda: page.stopped(
            self.tr("Saving cancelled: nothing was written.")))
        return task

    def _saved(self, written: Written) -> None:
        self.saved_path = written.path
        self.folder = written.path.parent
        self._page.update_caption()
        if written.missing_characters:
            self._page.warn_missing(written)
        else:
            self._page.show_note(lambda: self.tr("Saved {path}.").format(
                path=str(written.path)))

    def _save_failed(self, path: Path, error: BaseException) -> None:
        if isinstance(error, UserError):
            self._page.show_error(user_message(error))
        elif isinstance(error, OSError):
            self._page.show_error(self.tr("Could not save {path}: {reason}").format(
                path=str(path), reason=error.strerror or str(error)))
        else:
            raise error

    def open_folder(self) -> None:
        if self.saved_path is not None:
            self._open_folder(self.saved_path.parent)

    def print_document(self) -> QDialog | None:
        """Opens the print dialog for the chosen document, previewing it first if the
        preview does not show it yet."""
        if self._page.busy:
            return None
        if not self._page.preview_is_current():
            self._page.preview(then_print=True)
            return None
        return self.open_print_dialog()

    def open_print_dialog(self) -> QDialog:
        page = self._page
        shown = page.shown
        assert shown is not None
        printer = self._new_printer()
        set_up_printer(printer, shown.params.paper, page.viewer.pdf.pagePointSize(0),
                       translated(shown.document.title))
        dialog = _PrintDialog(printer, page)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setMinMax(1, max(1, page.viewer.pdf.pageCount()))
        self.printer = printer
        return page.open_dialog(dialog, lambda _d: self._print(printer, shown))

    def _print(self, printer: QPrinter, shown: Preview) -> Task:
        path = shown.written.path

        def work(progress) -> int:
            return print_pdf(path, printer, progress)

        task = self._page.start(work, self.tr("Printing…"))
        name = printer.printerName() or printer.outputFileName()
        task.done.connect(lambda pages: self._page.show_note(
            lambda: self.tr("Sent {pages} page(s) to {printer}.").format(pages=pages,
                                                                        printer=name)))
        task.failed.connect(self._print_failed)
        task.cancelled.connect(lambda: self._page.stopped(self.tr("Printing cancelled.")))
        return task

    def _print_failed(self, error: BaseException) -> None:
        if not isinstance(error, PrintError):
            raise error
        self._page.show_error(self.tr("Could not print: {what} did not start. Check the printer "
                                "and try again.").format(what=str(error)))
