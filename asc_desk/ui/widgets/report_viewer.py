"""The Reports page's preview: a line of text (what to do, what is being made), or the
document's pages shown by QtPdf, scrollable and zoomable. It owns the temporary folder the
previews are written into, and deletes it with the page or when the app quits."""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

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
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
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
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        return True

    def close_pdf(self) -> None:
        self.pdf.close()
        self.setCurrentWidget(self.placeholder)

    # -- zoom --------------------------------------------------------------------------------
    def zoom(self, step: float) -> None:
        if not self.showing:
            return
        factor = self._effective_zoom()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(8.0, max(0.1, factor * step)))

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def _effective_zoom(self) -> float:
        """The zoom shown now: in "fit width" mode the view's own factor is not updated."""
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom or not self.pdf.pageCount():
            return self.view.zoomFactor()
        dpi = self.view.logicalDpiX() or 96
        width = self.pdf.pagePointSize(0).width() * dpi / 72
        margins = self.view.documentMargins()
        usable = self.view.viewport().width() - margins.left() - margins.right()
        return max(0.1, usable / width) if width else 1.0


class _Cleanup:
    """Closes the preview (Windows cannot delete an open file) and deletes its folder."""

    def __init__(self, pdf: QPdfDocument, folder: Path) -> None:
        self._pdf, self._folder = pdf, folder

    def __call__(self, *_args) -> None:
        with contextlib.suppress(RuntimeError):  # the document was already deleted
            self._pdf.close()
        shutil.rmtree(self._folder, ignore_errors=True)
