"""The Reports page's preview: a line of text (what to do, what is being made), or the
document's pages shown by QtPdf, scrollable and zoomable. It owns the temporary folder the
previews are written into, and deletes it with the page or when the app quits."""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QStackedWidget, QStyle, QWidget

from asc_desk.ui.styles import HINT_TEXT

ZOOM_STEP = 1.25


class ReportViewer(QStackedWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = Path(tempfile.mkdtemp(prefix="asc-desk-preview-"))
        self.pdf = QPdfDocument(self)
        # The preview's folder goes with the page, or at the latest when the app quits.
        cleanup = _Cleanup(self.pdf, self.folder)
        self.destroyed.connect(cleanup)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(cleanup)
        self.view = QPdfView()
        self.view.setObjectName("reportPreview")
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        # "Fit width" is computed here, not by QPdfView's FitToWidth: that one can leave a
        # landscape page's right edge under the vertical scroll bar that appears after it
        # fitted. This fit keeps the scroll bar's room and refits when the view resizes.
        self.fitting = True
        self.view.installEventFilter(self)
        self.placeholder = QLabel()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet(HINT_TEXT)
        self.addWidget(self.placeholder)
        self.addWidget(self.view)

    @property
    def showing(self) -> bool:
        return self.currentWidget() is self.view

    def say(self, text: str) -> None:
        """The text shown when there is no document (it stays hidden behind one)."""
        self.placeholder.setText(text)

    def show_pdf(self, path: Path) -> bool:
        """Shows the pages of `path` fitted to the width; False when QtPdf cannot open it."""
        if self.pdf.load(str(path)) != QPdfDocument.Error.None_:
            return False
        self.setCurrentWidget(self.view)
        self.fit_width()
        return True

    def close_pdf(self) -> None:
        self.pdf.close()
        self.setCurrentWidget(self.placeholder)

    # -- zoom --------------------------------------------------------------------------------
    def zoom(self, step: float) -> None:
        if not self.showing:
            return
        self.fitting = False
        factor = self.view.zoomFactor()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(8.0, max(0.1, factor * step)))

    def fit_width(self) -> None:
        """The widest page's whole width in the view, whether the scroll bar shows or not."""
        self.fitting = True
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(self.fit_factor())

    def fit_factor(self) -> float:
        widest = max((self.pdf.pagePointSize(i).width() for i in range(self.pdf.pageCount())),
                     default=0.0)
        if widest <= 0:
            return 1.0
        return max(0.1, self.usable_width() / (widest * _points_to_pixels()))

    def usable_width(self) -> int:
        """The view's width for a page: less its frame, its margins and, always, the
        vertical scroll bar's room (so showing it never pushes the page's edge out)."""
        margins = self.view.documentMargins()
        bar = self.view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None,
                                            self.view)
        return (self.view.width() - 2 * self.view.frameWidth() - bar - margins.left() -
                margins.right() - 2)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.Resize and self.fitting:
            self.view.setZoomFactor(self.fit_factor())
        return super().eventFilter(watched, event)


def _points_to_pixels() -> float:
    """QPdfView's scale of a page at zoom 1: the primary screen's logical dots per inch."""
    screen = QGuiApplication.primaryScreen()
    return (screen.logicalDotsPerInch() if screen else 96) / 72


class _Cleanup:
    """Closes the preview (Windows cannot delete an open file) and deletes its folder."""

    def __init__(self, pdf: QPdfDocument, folder: Path) -> None:
        self._pdf, self._folder = pdf, folder

    def __call__(self, *_args) -> None:
        with contextlib.suppress(RuntimeError):  # the document was already deleted
            self._pdf.close()
        shutil.rmtree(self._folder, ignore_errors=True)
