"""Printing a PDF the app made: each page rendered by QtPdf and drawn on a QPrinter, so what
prints is what the preview showed. Usable off the GUI thread (Qt allows painting on a QPrinter
from another thread; the function opens its own QPdfDocument there)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QWidget

# Pages are rendered as images at the printer's resolution up to this: 300 dpi prints sharp
# text, and an A4 page is then 35 MB of memory instead of 560 MB at 1200 dpi.
MAX_DPI = 300
PAPER_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}


class PrintError(Exception):
    """The PDF could not be opened or the printer refused to start (shown to the user)."""


# Makes the printer (tests: a QPrinter in PdfFormat writing to a file).
PrinterFactory = Callable[[], QPrinter]
# Shows the printer set up for the document (pages: its page count); True to print.
AskPrinter = Callable[[QWidget, QPrinter, int], bool]


def new_printer() -> QPrinter:
    return QPrinter(QPrinter.PrinterMode.HighResolution)


def ask_with_dialog(parent: QWidget, printer: QPrinter, pages: int) -> bool:
    """The system print dialog (real printers), with the page range."""
    from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog

    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setMinMax(1, max(1, pages))
    return dialog.exec() == QDialog.DialogCode.Accepted


def print_file(parent: QWidget, path: Path, paper: str, title: str, *,
               printer: PrinterFactory | None = None, ask: AskPrinter | None = None
               ) -> tuple[QPrinter, int] | None:
    """A small PDF the app just made (the Today page's roll call and day summary): the printer
    set up for its paper and orientation as the Reports page does, the print dialog, then its
    pages printed with `print_pdf`. Returns (printer, pages sent), or None when the dialog was
    cancelled. Small documents print on the calling thread."""
    document = QPdfDocument()
    try:
        if document.load(str(path)) != QPdfDocument.Error.None_:
            raise PrintError(str(path))
        first, count = document.pagePointSize(0), document.pageCount()
    finally:
        document.close()
    chosen = (printer or new_printer)()
    set_up_printer(chosen, paper, first, title)
    if not (ask or ask_with_dialog)(parent, chosen, count):
        return None
    return chosen, print_pdf(path, chosen)


def set_up_printer(printer: QPrinter, paper: str, first_page: QSizeF, title: str) -> None:
    """The paper and orientation of the document, before the print dialog shows them; the
    document's own margins are kept (it is printed on the full page)."""
    printer.setDocName(title)
    printer.setFullPage(True)
    printer.setPageSize(QPageSize(PAPER_SIZES.get(paper, QPageSize.PageSizeId.A4)))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape
                               if first_page.width() > first_page.height()
                               else QPageLayout.Orientation.Portrait)


def pages_to_print(printer: QPrinter, page_count: int) -> list[int]:
    """0-based page numbers: the range chosen in the dialog (all by default), repeated for
    copies when the printer cannot make copies itself."""
    first, last = 1, page_count
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(1, printer.fromPage())
        last = min(page_count, printer.toPage() or page_count)
    pages = list(range(first - 1, last))
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    return pages * copies


def print_pdf(path: Path, printer: QPrinter,
              progress: Callable[[int, int], None] | None = None) -> int:
    """Prints the pages of `path`; returns how many were sent. `progress(done, total)` may
    raise to stop (a cancel): the print job is then aborted."""
    document = QPdfDocument()
    try:
        if document.load(str(path)) != QPdfDocument.Error.None_:
            raise PrintError(str(path))
        pages = pages_to_print(printer, document.pageCount())
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintError(printer.printerName() or printer.outputFileName())
        try:
            dpi = min(printer.resolution(), MAX_DPI)
            target = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
            for done, page in enumerate(pages):
                if progress is not None:
                    progress(done, len(pages))
                if done:
                    printer.newPage()
                points = document.pagePointSize(page)
                image = document.render(page, QSize(round(points.width() * dpi / 72),
                                                    round(points.height() * dpi / 72)))
                painter.drawImage(_fit(target, image.width(), image.height()), image)
        except BaseException:
            printer.abort()
            raise
        finally:
            painter.end()
        return len(pages)
    finally:
        document.close()


def _fit(target: QRectF, width: int, height: int) -> QRectF:
    """The largest rectangle of the image's proportions centred in `target`."""
    scale = min(target.width() / width, target.height() / height)
    w, h = width * scale, height * scale
    return QRectF(target.x() + (target.width() - w) / 2, target.y() + (target.height() - h) / 2,
                  w, h)
