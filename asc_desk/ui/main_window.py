"""The main window: a sidebar of pages, the page stack, and a status bar."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from asc_desk.domain.changes import Changes
from asc_desk.services.center_service import CenterInfo
from asc_desk.ui.pages.base_page import Page
from asc_desk.ui.task_runner import TaskRunner
from asc_desk.ui.window_settings import WindowSettings

DEFAULT_SIZE = QSize(1280, 720)  # fits a 1366x768 screen with the taskbar
MINIMUM_SIZE = QSize(1000, 600)

STYLE = """
QListWidget#sidebar { background: #24415f; color: white; border: none; font-size: 15px;
                      outline: 0; }
QListWidget#sidebar::item { padding: 12px 16px; }
QListWidget#sidebar::item:selected { background: #f5a623; color: #1b1b1b; font-weight: bold; }
QLabel#pageHeading { font-size: 22px; font-weight: bold; }
QLabel#comingBadge { background: #fff3cd; color: #6b4e00; border: 1px solid #d9b44a;
                     padding: 3px 8px; border-radius: 4px; }
QLabel#fieldError { color: #b00020; }
QLabel#savedNote { color: #1b6e20; }
"""


class MainWindow(QMainWindow):
    def __init__(self, pages: Sequence[Page], center: CenterInfo, *, database: str,
                 revision: str, window_settings: WindowSettings, tasks: TaskRunner,
                 on_center_changed: Callable[[CenterInfo], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = window_settings
        self._center = center
        self._database = database
        self._revision = revision
        self._on_center_changed = on_center_changed
        self.tasks = tasks
        tasks.setParent(self)
        self.pages = list(pages)
        self.setStyleSheet(STYLE)

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(210)
        self.stack = QStackedWidget()
        for page in self.pages:
            self.sidebar.addItem(QListWidgetItem(page.title()))
            self.stack.addWidget(page)
            page.changed.connect(self.broadcast)
            if hasattr(page, "center_changed"):
                page.center_changed.connect(self._center_updated)
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
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.schema_label = QLabel()
        status = self.statusBar()
        status.addWidget(self.center_label)
        status.addWidget(self.database_label, 1)
        status.addPermanentWidget(self.schema_label)

        for index in range(len(self.pages)):
            QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self,
                      activated=lambda i=index: self.sidebar.setCurrentRow(i))

        self.setMinimumSize(MINIMUM_SIZE)
        self._restore()
        self.retranslate()

    # -- pages -----------------------------------------------------------
    def page(self, key: str) -> Page:
        for page in self.pages:
            if page.key == key:
                return page
        raise KeyError(key)

    def show_page(self, key: str) -> None:
        self.sidebar.setCurrentRow(self.pages.index(self.page(key)))

    def current_page(self) -> Page:
        return self.pages[self.stack.currentIndex()]

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        page = self.pages[row]
        page.refresh()
        self._settings.last_page = page.key

    def broadcast(self, changes: Changes) -> None:
        """Pass a change on to every page; each refreshes only if what it shows is stale."""
        for page in self.pages:
            page.apply_changes(changes)

    # -- texts -----------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("ASC Desk — {center}").format(center=self._center.name))
        for index, page in enumerate(self.pages):
            self.sidebar.item(index).setText(page.title())
        self.center_label.setText(self.tr("Center: {name}").format(name=self._center.name))
        self.database_label.setText(self.tr("Database: {where}").format(where=self._database))
        self.schema_label.setText(self.tr("Schema {revision}").format(revision=self._revision))

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
            self.resize(DEFAULT_SIZE)
        keys = [p.key for p in self.pages]
        last = self._settings.last_page
        self.sidebar.setCurrentRow(keys.index(last) if last in keys else 0)

    def save_state(self) -> None:
        self._settings.geometry = self.saveGeometry()
        self._settings.last_page = self.current_page().key
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Work still running is stopped (a write is rolled back) before the database closes.
        self.tasks.cancel_all()
        self.tasks.wait_idle()
        self.save_state()
        super().closeEvent(event)
