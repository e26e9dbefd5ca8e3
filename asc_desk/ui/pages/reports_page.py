"""The Reports page: pick a document and its day or month (and program), preview it inside the
app, then print it or save it as PDF, XLSX or CSV.

Every document is made by `reports.catalogue.make`, the path `asc-desk report` takes too, off
the GUI thread (TaskRunner: progress, Cancel). The preview is a temporary PDF shown by QtPdf;
printing draws that PDF's pages on the printer, so what prints is what was previewed.
The page holds the document list, the running task and what is shown; its parts are the
fields (`widgets/report_form.py`), the preview (`widgets/report_viewer.py`) and what leaves
the page: print, save, open folder (`widgets/report_output.py`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from asc_desk.domain.actor import ActorProvider
from asc_desk.domain.changes import Area
from asc_desk.domain.errors import UserError
from asc_desk.reports import catalogue
from asc_desk.reports.catalogue import Document, ReportParams
from asc_desk.reports.output import Written
from asc_desk.services.calendar.program_service import ProgramService
from asc_desk.services.center_service import CenterInfo
from asc_desk.services.database import Database
from asc_desk.services.roster.card_revocation import revoke_card
from asc_desk.services.roster.roster_service import RosterService
from asc_desk.ui.dialogs.revoke_card_dialog import RevokeCardDialog
from asc_desk.ui.error_text import user_message
from asc_desk.ui.file_picker import FilePicker
from asc_desk.ui.pages.base_page import Page
from asc_desk.ui.styles import HINT_TEXT
from asc_desk.ui.task_runner import Task, TaskRunner
from asc_desk.ui.widgets.report_form import ReportForm
from asc_desk.ui.widgets.report_output import Preview, ReportOutput, translated
from asc_desk.ui.widgets.report_viewer import ZOOM_STEP, ReportViewer


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class ReportsPage(Page):
    key = "reports"
    shows = Area.ATTENDANCE | Area.ROSTER | Area.CALENDAR | Area.PROGRAMS

    def __init__(self, db: Database, programs: ProgramService, center: CenterInfo,
                 tasks: TaskRunner, picker: FilePicker | None = None,
                 printer: Callable[[], QPrinter] | None = None, *,
                 open_folder: Callable[[Path], object] | None = None,
                 now: Callable[[], dt.datetime] = _utc_now,
                 actor: str | ActorProvider = "reports",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self._programs, self.center, self.tasks = db, programs, center, tasks
        self.actor = actor  # who revokes a pickup card
        self.output = ReportOutput(self, picker or FilePicker(), printer, open_folder)
        self.now = now
        self._doc: Document = catalogue.DOCUMENTS[0]
        self.task: Task | None = None  # the preview, save or print running now
        self.shown: Preview | None = None  # the document in the preview
        self._outdated = False  # the data changed since the preview was made
        self._print_when_ready = False
        self._names = itertools.count(1)
        self.dialog: QDialog | None = None

        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.documents = QListWidget()
        self.documents.setObjectName("reportDocuments")
        self.documents.setFixedWidth(230)
        self.documents.setSpacing(3)
        for doc in catalogue.DOCUMENTS:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, doc.key)
            self.documents.addItem(item)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setFixedWidth(230)
        self.description.setStyleSheet(HINT_TEXT)
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        self.form = ReportForm(self._center_now().date())

        self.print_button, self.save_button = QPushButton(), QPushButton()
        self.folder_button = QPushButton()
        self.zoom_out_button, self.zoom_in_button = QPushButton("−"), QPushButton("+")
        self.fit_button = QPushButton()
        for button in (self.zoom_out_button, self.zoom_in_button):
            button.setFixedWidth(36)
        self.caption = QLabel()
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        # A long status (an outdated preview, in Chinese) wraps beside the zoom buttons
        # rather than being cut under them; the tooltip repeats it.
        self.caption.setWordWrap(True)
        self.caption.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        actions = QHBoxLayout()
        for button in (self.print_button, self.save_button, self.folder_button):
            actions.addWidget(button)
        actions.addSpacing(12)
        actions.addWidget(self.caption, 1)
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            actions.addWidget(button)

        self.busy_label = QLabel()
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setTextVisible(False)
        self.cancel_button = QPushButton()
        self.busy_row = QWidget()
        busy = QHBoxLayout(self.busy_row)
        busy.setContentsMargins(0, 0, 0, 0)
        busy.addWidget(self.busy_label)
        busy.addWidget(self.progress_bar, 1)
        busy.addWidget(self.cancel_button)
        self.busy_row.hide()

        self.note = QLabel()
        self.note.setObjectName("reportsNote")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.hide()

        self.viewer = ReportViewer()
        self.temp_folder = self.viewer.folder

        left = QVBoxLayout()
        left.addWidget(self.documents, 1)
        left.addWidget(self.description)
        right = QVBoxLayout()
        right.addWidget(self.form)
        right.addLayout(actions)
        right.addWidget(self.busy_row)
        right.addWidget(self.note)
        right.addWidget(self.viewer, 1)
        body = QGridLayout()
        body.addLayout(left, 0, 0)
        body.addLayout(right, 0, 1)
        body.setColumnStretch(1, 1)
        body.setHorizontalSpacing(12)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(body, 1)

        self.documents.currentRowChanged.connect(self._document_chosen)
        self.form.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        self.folder_button.clicked.connect(self.open_folder)
        self.zoom_in_button.clicked.connect(lambda: self.viewer.zoom(ZOOM_STEP))
        self.zoom_out_button.clicked.connect(lambda: self.viewer.zoom(1 / ZOOM_STEP))
        self.fit_button.clicked.connect(self.viewer.fit_width)
        self.cancel_button.clicked.connect(self.cancel)
        self.form.changed.connect(self.update_caption)
        self.form.revoke_button.clicked.connect(self.revoke_card)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (((Qt.Key.Key_Return, Qt.Key.Key_Enter), self.preview),
                           ((QKeySequence.StandardKey.Print,), self.print_document),
                           ((QKeySequence.StandardKey.Save,), self.save_as),
                           ((Qt.Key.Key_Escape,), self.cancel),
                           ((QKeySequence.StandardKey.ZoomIn, "Ctrl+="),
                            lambda: self.viewer.zoom(ZOOM_STEP)),
                           ((QKeySequence.StandardKey.ZoomOut,),
                            lambda: self.viewer.zoom(1 / ZOOM_STEP)),
                           (("Ctrl+0",), self.viewer.fit_width)):
            for key in keys:
                QShortcut(QKeySequence(key), self, activated=slot, context=context)

        # The font, loaded once ahead of the first document (see catalogue.prepare).
        tasks.start(lambda _progress: catalogue.prepare())
        self.reload_programs()
        self.documents.setCurrentRow(0)
        self.retranslate()

    # -- texts -----------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Reports")

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        for row, doc in enumerate(catalogue.DOCUMENTS):
            self.documents.item(row).setText(translated(doc.title))
        self.description.setText(translated(self._doc.description))
        self.form.retranslate()
        self.print_button.setText(self.tr("Print…"))
        self.print_button.setToolTip(self.tr("Print the document (Ctrl+P)"))
        self.save_button.setText(self.tr("Save as…"))
        self.save_button.setToolTip(self.tr("Save the document as PDF, or as Excel or CSV "
                                            "where it has them (Ctrl+S)"))
        self.folder_button.setText(self.tr("Open folder"))
        self.folder_button.setToolTip(self.tr("Open the folder of the file saved last"))
        self.fit_button.setText(self.tr("Fit width"))
        self.zoom_in_button.setToolTip(self.tr("Zoom in (Ctrl++)"))
        self.zoom_out_button.setToolTip(self.tr("Zoom out (Ctrl+-)"))
        self.fit_button.setToolTip(self.tr("Fit the page to the width (Ctrl+0)"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.viewer.say(self.tr("Choose a document on the left and its day or month, then "
                                "press Enter to see it here."))
        self.update_caption()

    # -- the fields ----------------------------------------------------------------------
    def reload_programs(self) -> None:
        self.form.set_programs([p.name for p in self._programs.list_programs(self.center.id)])

    def choose_document(self, key: str) -> None:
        self.documents.setCurrentRow([d.key for d in catalogue.DOCUMENTS].index(key))

    @property
    def document(self) -> Document:
        return self._doc

    def params(self) -> ReportParams:
        return self.form.params(self._doc)

    def _document_chosen(self, row: int) -> None:
        if row < 0:
            return
        doc = self._doc = catalogue.DOCUMENTS[row]
        self.description.setText(translated(doc.description))
        self.form.show_fields_of(doc)

    def _center_now(self) -> dt.datetime:
        try:
            return self.now().astimezone(ZoneInfo(self.center.time_zone))
        except (KeyError, ValueError):  # an unknown zone name: the PC's own clock will do
            return self.now().astimezone()

    # -- refresh ---------------------------------------------------------------------------
    def refresh(self) -> None:
        self.reload_programs()

    def apply_changes(self, changes) -> None:
        if self.shown is not None and changes.touches(self.shows, None):
            self._outdated = True
            self.update_caption()
        super().apply_changes(changes)

    # -- preview ---------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self.task is not None and self.task.running

    def preview_is_current(self) -> bool:
        return (self.shown is not None and not self._outdated
                and self.shown.document is self._doc and self.shown.params == self.params())

    def preview(self, *, then_print: bool = False) -> Task | None:
        """Makes the chosen document into a temporary PDF off the GUI thread and shows it
        (and opens the print dialog when `then_print`)."""
        if self.busy:
            return None
        self._print_when_ready = then_print
        self.hide_note()
        self.form.hide_error()
        self._clear_preview()
        doc, params = self._doc, self.params()
        path = self.temp_folder / f"{catalogue.file_stem(doc.key, params)}-{next(self._names)}.pdf"
        db, center, now = self.db, self.center, self.now

        def work(progress) -> Written:
            try:
                written = catalogue.make(doc.key, db, center, params, path, progress, now=now)
                progress.check()  # a cancel that came while the file was written
            except BaseException:
                with contextlib.suppress(OSError):
                    path.unlink()
                raise
            return written

        task = self.start(work, self.tr("Making {document}…").format(
            document=translated(doc.title)))
        task.done.connect(lambda written: self._previewed(Preview(doc, params, written)))
        task.failed.connect(lambda error: self._preview_failed(error))
        task.cancelled.connect(lambda: self.stopped(self.tr("Preview cancelled.")))
        self.viewer.say(self.tr("Making the document…"))
        return task

    def _previewed(self, preview: Preview) -> None:
        if not self.viewer.show_pdf(preview.written.path):
            self._print_when_ready = False
            with contextlib.suppress(OSError):
                preview.written.path.unlink()
            self.show_error(self.tr("The preview could not be opened: {path}").format(
                path=str(preview.written.path)))
            return
        self.shown = preview
        self._outdated = False
        self.update_caption()
        self.warn_missing(preview.written)
        if self._print_when_ready:
            self._print_when_ready = False
            self.output.open_print_dialog()

    def _preview_failed(self, error: BaseException) -> None:
        self._print_when_ready = False
        self.viewer.say(self.tr("No preview."))
        if isinstance(error, OSError):  # the temporary folder: full or gone
            self.show_error(self.tr("Could not write the preview in {folder}: {reason}").format(
                folder=str(self.temp_folder), reason=error.strerror or str(error)))
            return
        if not isinstance(error, UserError):
            raise error
        self.form.show_error(user_message(error), error.field)

    def _clear_preview(self) -> None:
        """Closes the shown PDF and deletes its temporary file."""
        shown, self.shown = self.shown, None
        self.viewer.close_pdf()
        if shown is not None:
            with contextlib.suppress(OSError):
                shown.written.path.unlink()
        self.update_caption()

    def update_caption(self) -> None:
        shown = self.shown
        self.print_button.setEnabled(not self.busy)
        self.form.preview_button.setEnabled(not self.busy)
        self.save_button.setEnabled(not self.busy)
        self.folder_button.setEnabled(self.saved_path is not None)
        for button in (self.zoom_in_button, self.zoom_out_button, self.fit_button):
            button.setEnabled(shown is not None)
        if shown is None:
            self.caption.clear()
            return
        period = self._period(shown.params)
        if period:
            text = self.tr("{document}, {period}: {pages} page(s)").format(
                document=translated(shown.document.title), period=period,
                pages=shown.written.pages)
        else:
            text = self.tr("{document}: {pages} page(s)").format(
                document=translated(shown.document.title), pages=shown.written.pages)
        if not self.preview_is_current():
            text += "  " + self.tr("(not what is chosen now: press Enter to update)")
        self.caption.setText(text)
        self.caption.setToolTip(text)

    def _period(self, params: ReportParams) -> str:
        parts = []
        if params.date is not None:
            parts.append(params.date.isoformat())
        if params.month is not None:
            parts.append(f"{params.month[0]:04d}-{params.month[1]:02d}")
        if params.program:
            parts.append(params.program)
        if params.child:
            parts.append(params.child)
        if params.blank:
            parts.append(self.tr("blank"))
        return " ".join(parts)

    def warn_missing(self, written: Written) -> None:
        if written.missing_characters:
            text = self.tr("The font cannot print {characters}: these characters are missing "
                           "from the document. Write the names with other characters or by "
                           "hand.").format(characters=" ".join(
                               # The window's font may lack them too: the code point says
                               # which character it is where a box would show.
                               f"{ch} (U+{ord(ch):04X})" for ch in written.missing_characters))
            self.show_note("⚠ " + text, warning=True)

    def revoke_card(self) -> QDialog | None:
        """Asks a reason, revokes the chosen child's card (the desk refuses the old code
        from now on), then previews the new card. Not undoable: the old card is out."""
        ref = self.form.child_ref()
        if not ref or self.busy:
            return None
        try:
            child = RosterService(self.db, self.actor).find_child(self.center.id, ref)
        except UserError as exc:
            self.form.show_error(user_message(exc))
            return None

        def revoked(dialog: QDialog) -> None:
            assert isinstance(dialog, RevokeCardDialog) and dialog.result is not None
            self.form.child_edit.setText(dialog.result.new_code)
            self.report(dialog.result.changes)
            self.preview()

        return self.open_dialog(RevokeCardDialog(
            child.draft.name, child.card_code,
            lambda reason: revoke_card(self.db, self.actor, child.id, reason), self), revoked)

    # -- what leaves the page: ReportOutput does the work -----------------------------------
    def save_as(self) -> Task | None:
        return self.output.save_as()

    def print_document(self) -> QDialog | None:
        return self.output.print_document()

    def open_folder(self) -> None:
        self.output.open_folder()

    @property
    def saved_path(self) -> Path | None:
        return self.output.saved_path

    @property
    def printer(self) -> QPrinter | None:
        return self.output.printer

    # -- the running task ----------------------------------------------------------------------
    def start(self, work, text: str) -> Task:
        task = self.task = self.tasks.start(work)
        self.busy_label.setText(text)
        self.progress_bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.busy_row.show()
        task.progressed.connect(self._progressed)
        task.ended.connect(self._ended)
        self.update_caption()
        return task

    def _progressed(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    def cancel(self) -> None:
        """Stops the running preview, save or print (Esc); nothing is left behind."""
        if self.busy:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.busy_label.setText(self.tr("Cancelling…"))

    def stopped(self, text: str) -> None:
        self._print_when_ready = False
        if self.shown is None:
            self.viewer.say(text)
        self.show_note(text, warning=True)

    def _ended(self) -> None:
        self.busy_row.hide()
        self.update_caption()

    # -- the page's kit --------------------------------------------------------------------
    def note_label(self) -> QLabel:
        return self.note

    def focus_home(self) -> None:
        self.documents.setFocus()

