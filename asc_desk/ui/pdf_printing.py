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

# Pages are rendered as images at the printer's resolution up to this: 300 dpi prints sharp
# text, and an A4 page is then 35 MB of memory instead of 560 MB at 1200 dpi.
MAX_DPI = 300
PAPER_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}


class PrintError(Exception):
    """The PDF could not be opened or the printer refused to start (shown to the user)."""


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
