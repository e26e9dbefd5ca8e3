"""The main window: a sidebar of pages, the page stack, the undo and redo of the window, and a
status bar."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPlainTextEdit,
    QStackedWidget,
    QTextEdit,
    QToolButton,
    QWidget,
)

from asc_desk.domain.changes import Area, Changes
from asc_desk.ui import styles
from asc_desk.ui.app_settings import AppSettings
from asc_desk.ui.lazy_qt import Qt
from asc_desk.ui.pages.base_page import Page
from asc_desk.ui.task_runner import TaskRunner
from asc_desk.ui.undo import ServiceCommand, new_undo_stack, next_redo, next_undo

if TYPE_CHECKING:  # the shell paints before the data layer is imported
    from asc_desk.services.center_service import CenterInfo

TEXT_FIELDS = (QLineEdit, QTextEdit, QPlainTextEdit)



@dataclass
class PageSlot:
    """A page not built yet: its key and title for the sidebar, and how to build it (its
    modules imported) the first time it is shown. Until then it shows nothing, so no
    change can make it stale: built, it reads everything fresh."""

    key: str
    title: Callable[[], str]  # the translated title, without the page
    build: Callable[[], Page]
    placeholder: QWidget | None = None  # shown until built (the desk's shell at start)


DEFAULT_SIZE = QSize(1280, 720)  # fits a 1366x768 screen with the taskbar
MINIMUM_SIZE = QSize(1000, 600)


class MainWindow(QMainWindow):
    def __init__(self, pages: Sequence[Page | PageSlot], center: CenterInfo, *, database: str,
                 revision: str, settings: AppSettings, tasks: TaskRunner,
                 undo_stack: QUndoStack | None = None,
                 read_center: Callable[[], CenterInfo | None] | None = None,
                 on_center_changed: Callable[[CenterInfo], None] | None = None,
                 demo: bool = False, ready: bool = True,
                 parent: QWidget | None = None) -> None:
        """`ready=False`: the shell painted at start, before the database is open; its
        pages are slots whose placeholders show, until `attach` brings the real ones."""
        super().__init__(parent)
        self.ready = ready
        self._wanted_row: int | None = None  # a page asked for before the window was ready
        self._wanted_restored = False  # ... by the restore of the last session's page
        self._restoring = False
        self.demo = demo  # the title says so: nobody types real children into demo data
        self._settings = settings
        self._read_center = read_center
        self._center = center
        self._database = database
        self._revision = revision
        self._on_center_changed = on_center_changed
        self.tasks = tasks
        tasks.setParent(self)
        self.pages: list[Page | PageSlot] = list(pages)
        self.undo_stack = undo_stack if undo_stack is not None else new_undo_stack()
        self.undo_stack.setParent(self)
        self.setStyleSheet(styles.WINDOW_STYLE)

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(210)
        self.stack = QStackedWidget()
        for page in self.pages:
            self.sidebar.addItem(QListWidgetItem(page.title()))
            if isinstance(page, PageSlot):
                # A placeholder until first shown.
                self.stack.addWidget(page.placeholder or QWidget())
            else:
                self.stack.addWidget(page)
                page.changed.connect(self.broadcast)
        self._shown_once = False  # the first page shown leaves nothing behind
        self.sidebar.currentRowChanged.connect(self._show_row)

        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(body)

        self.center_label = QLabel()
        self.database_label = QLabel()
        # The schema revision means nothing to a coordinator: it is in Settings → About.
        status = self.statusBar()
        status.addWidget(self.center_label)
        status.addWidget(self.database_label, 1)
        self._add_undo_controls()

        for index in range(len(self.pages)):
            QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self,
                      activated=lambda i=index: self.sidebar.setCurrentRow(i))

        self.setMinimumSize(MINIMUM_SIZE)
        self._restore()
        self.retranslate()
        if ready:
            self.settle()

    # -- pages -----------------------------------------------------------
    def page(self, key: str) -> Page:
        """The page (built now if it was not yet)."""
        for index, page in enumerate(self.pages):
            if page.key == key:
                return self._built(index)
        raise KeyError(key)

    def built_pages(self) -> list[Page]:
        return [p for p in self.pages if isinstance(p, Page)]

    def _built(self, index: int) -> Page:
        entry = self.pages[index]
        if isinstance(entry, Page):
            return entry
        page = entry.build()
        self._place(index, page)
        return page

    def _place(self, index: int, page: Page) -> None:
        self.pages[index] = page
        placeholder = self.stack.widget(index)
        showing = self.stack.currentIndex() == index
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        if showing:
            self.stack.setCurrentIndex(index)
        page.changed.connect(self.broadcast)

    def attach(self, pages: Sequence[Page | PageSlot], center: CenterInfo, *, database: str,
               revision: str, read_center: Callable[[], CenterInfo | None] | None = None,
               on_center_changed: Callable[[CenterInfo], None] | None = None,
               demo: bool = False, stay: bool = False) -> None:
        """The shell's pages once the database is open, in the same order: a built page
        (the desk) takes its placeholder's place at once, a slot waits for its first visit.
        A page asked for meanwhile is shown now; the last session's page too, unless
        `stay` (the desk was used meanwhile: what was scanned is acted on in sight)."""
        assert [p.key for p in pages] == [p.key for p in self.pages]
        self._center, self._database, self._revision, self.demo = (center, database,
                                                                   revision, demo)
        self._read_center, self._on_center_changed = read_center, on_center_changed
        for index, page in enumerate(pages):
            if isinstance(page, Page):
                self._place(index, page)
            else:
                self.pages[index] = page
        self.ready = True
        self.settle()
        self.retranslate()
        wanted, self._wanted_row = self._wanted_row, None
        if stay and self._wanted_restored:
            wanted = None
        if wanted is not None and wanted != self.stack.currentIndex():
            self.sidebar.setCurrentRow(wanted)

    def settle(self) -> None:
        """What needs Qt's enums (see lazy_qt): not before the shell's first paint."""
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for button in (self.undo_button, self.redo_button):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

    def show_page(self, key: str) -> None:
        keys = [p.key for p in self.pages]
        if key not in keys:
            raise KeyError(key)
        self.sidebar.setCurrentRow(keys.index(key))

    def current_page(self) -> Page:
        return self._built(self.stack.currentIndex())

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        if not self.ready:
            self._wait_for(row)
            return
        shown = self.stack.currentIndex()
        leaving = self.pages[shown] if 0 <= shown < len(self.pages) else None
        if shown != row and isinstance(leaving, Page) and self._shown_once:
            # While the page asks (unsaved edits), the sidebar stays on it; it moves only
            # once the user has agreed to leave.
            self._mark_row(shown)
            if not leaving.leave_ok():
                return
            self._mark_row(row)
        self._shown_once = True
        page = self._built(row)  # built (and its modules imported) on its first visit
        self.stack.setCurrentIndex(row)
        page.refresh_if_stale()  # a page shown again re-reads only what changed meanwhile
        self._settings.last_page = page.key

    def _mark_row(self, row: int) -> None:
        """The sidebar's highlight moved without showing a page."""
        self.sidebar.blockSignals(True)
        self.sidebar.setCurrentRow(row)
        self.sidebar.blockSignals(False)

    def _wait_for(self, row: int) -> None:
        """Before the database is open only the desk's shell shows; another page asked for
        (a click, Ctrl+2, the last page of the previous session) opens once it can."""
        if isinstance(self.pages[row], PageSlot) and self.pages[row].placeholder is not None:
            self.stack.setCurrentIndex(row)
            return
        self._wanted_row, self._wanted_restored = row, self._restoring
        shown = self.stack.currentIndex()
        self.sidebar.blockSignals(True)
        self.sidebar.setCurrentRow(shown)
        self.sidebar.blockSignals(False)

    def broadcast(self, changes: Changes) -> None:
        """Pass a change on to every page; each refreshes only if what it shows is stale.
        The window itself follows the center (its name and language)."""
        if changes.areas & Area.CENTER and self._read_center is not None:
            center = self._read_center()
            if center is not None:
                self._center_updated(center)
        source = self.sender()  # a page's own report: it has brought itself up to date
        for page in self.built_pages():  # one not built yet reads everything when it is
            if page is not source:
                page.apply_changes(changes)

    # -- undo ------------------------------------------------------------
    def _add_undo_controls(self) -> None:
        """Undo and Redo in the status bar, their text following the stack ("Undo: …")."""
        stack = self.undo_stack
        self.undo_button, self.redo_button = QToolButton(), QToolButton()
        for button in (self.undo_button, self.redo_button):
            button.setAutoRaise(True)
            # No taller than the status bar's text: the pages keep their height.
            button.setMaximumHeight(self.center_label.sizeHint().height())
        self.statusBar().addPermanentWidget(self.undo_button)
        self.statusBar().addPermanentWidget(self.redo_button)
        self.undo_button.clicked.connect(self.undo)
        self.redo_button.clicked.connect(self.redo)
        stack.indexChanged.connect(self._show_undo)
        stack.cleanChanged.connect(self._show_undo)
        # Window-wide (a shortcut's default), but a text field keeps its own Ctrl+Z for the
        # text typed in it.
        self.undo_shortcut = QShortcut(QKeySequence("Ctrl+Z"), self,
                                       activated=lambda: self._by_key(self.undo))
        self.redo_shortcut = QShortcut(QKeySequence("Ctrl+Shift+Z"), self,
                                       activated=lambda: self._by_key(self.redo))

    def undo(self) -> None:
        """Undo the last step, on the page where it was done: the window goes there first,
        so the user sees what was taken back."""
        if self.undo_stack.canUndo():
            self._go_to(next_undo(self.undo_stack))
            self.undo_stack.undo()

    def redo(self) -> None:
        if self.undo_stack.canRedo():
            self._go_to(next_redo(self.undo_stack))
            self.undo_stack.redo()

    def _go_to(self, step: ServiceCommand | None) -> None:
        if step is not None and step.page and step.page != self.current_page().key:
            with contextlib.suppress(KeyError):
                self.show_page(step.page)

    def _by_key(self, action: Callable[[], None]) -> None:
        # A text field normally takes its Ctrl+Z itself (its own typing); should one let it
        # through, it still does not undo a saved action behind the user's back.
        if not self._text_field_has_focus():
            action()

    @staticmethod
    def _text_field_has_focus() -> bool:
        # A field that holds no data of its own (a search) lets the window's undo through.
        focus = QApplication.focusWidget()
        return isinstance(focus, TEXT_FIELDS) and not focus.property("undoGoesToWindow")

    def _show_undo(self, *_args) -> None:
        stack = self.undo_stack
        self.undo_button.setEnabled(stack.canUndo())
        self.redo_button.setEnabled(stack.canRedo())
        self.undo_button.setText(self.tr("Undo: {action}").format(action=stack.undoText())
                                 if stack.canUndo() else self.tr("Undo"))
        self.redo_button.setText(self.tr("Redo: {action}").format(action=stack.redoText())
                                 if stack.canRedo() else self.tr("Redo"))
        self.undo_button.setToolTip(self.tr("Undo the last action (Ctrl+Z)"))
        self.redo_button.setToolTip(self.tr("Redo it (Ctrl+Shift+Z)"))

    # -- texts -----------------------------------------------------------
    def retranslate(self) -> None:
        title = self.tr("ASC Desk — {center}").format(center=self._center.name)
        if self.demo:
            title = self.tr("{title} — demo data").format(title=title)
        self.setWindowTitle(title)
        for index, page in enumerate(self.pages):
            self.sidebar.item(index).setText(page.title())
        self.center_label.setText(self.tr("Center: {name}").format(name=self._center.name))
        self.database_label.setText(self.tr("Database: {where}").format(where=self._database))
        self._show_undo()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _center_updated(self, center: CenterInfo) -> None:
        self._center = center
        if self._on_center_changed is not None:
            self._on_center_changed(center)
        self.retranslate()

    # -- window state ----------------------------------------------------
    def _restore(self) -> None:
        geometry = self._settings.geometry
        if geometry is None or not self.restoreGeometry(geometry):
            # First start: the whole screen (a 1366x768 office PC has no room to spare; the
            # Children table would scroll sideways); un-maximised, the default size.
            self.resize(DEFAULT_SIZE)
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        keys = [p.key for p in self.pages]
        last = self._settings.last_page
        self._restoring = True
        try:
            self.sidebar.setCurrentRow(keys.index(last) if last in keys else 0)
        finally:
            self._restoring = False

    def save_state(self) -> None:
        self._settings.geometry = self.saveGeometry()
        self._settings.last_page = self.pages[self.stack.currentIndex()].key
        self._settings.sync()

    def may_close(self) -> bool:
        return not self.isVisible() or not self.ready or self.current_page().leave_ok()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Asked only when the user closes the window (its close button, Alt+F4): a close
        # from code (a restore, the end of a test) has already decided.
        if event.spontaneous() and not self.may_close():
            event.ignore()  # "Stay": the unsaved edits are still on the page
            return
        # Work still running is stopped (a write is rolled back) before the database closes.
        self.tasks.cancel_all()
        self.tasks.wait_idle()
        self.save_state()
        super().closeEvent(event)
