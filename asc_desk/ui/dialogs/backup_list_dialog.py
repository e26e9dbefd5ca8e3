"""Every backup of the database, newest good one first: its date, kind, size, whether it
checks out and its counts; Enter on a good one shows the confirmation step in the dialog
itself (its date and counts, Restore or Back), nothing that blocks.

Reading the list opens each backup to check it, so it runs through the task runner. The
dialog only chooses: the caller restores (with the database closed first)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from asc_desk.domain.errors import UserError
from asc_desk.services.database_service import BackupEntry
from asc_desk.ui.error_text import user_message
from asc_desk.ui.task_runner import Task, TaskRunner
from asc_desk.ui.widgets.row_table import row_table

COL_MADE, COL_KIND, COL_SIZE, COL_STATE, COL_CHILDREN, COL_EVENTS = range(6)
COLUMNS = 6
OK_COLOUR = QColor("#1b7f3b")
DAMAGED_COLOUR = QColor("#b3261e")
GREY = QColor("#777777")

def made_text(entry: BackupEntry) -> str:
    return f"{entry.made:%Y-%m-%d %H:%M:%S}"


def size_text(size: int) -> str:
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB"
    return f"{max(size, 1) / 1000:.0f} KB" if size >= 1000 else f"{size} B"


class BackupTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: list[BackupEntry] = []

    def set_entries(self, entries: list[BackupEntry]) -> None:
        """Kept in the order given: the service puts the newest good one first."""
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> BackupEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()  # noqa: B008
                 ) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()  # noqa: B008
                    ) -> int:
        return 0 if parent.isValid() else COLUMNS

    def kind_text(self, kind: str) -> str:
        return {
            "daily": self.tr("automatic daily"),
            "before-upgrade": self.tr("before upgrade"),
            "before-restore": self.tr("before restore"),
            "manual": self.tr("manual"),
            "damaged": self.tr("damaged file set aside"),
        }.get(kind, kind)

    def state_text(self, entry: BackupEntry) -> str:
        return self.tr("✓ checks out") if entry.ok else self.tr("⚠ damaged")

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_MADE:
                return made_text(entry)
            if column == COL_KIND:
                return self.kind_text(entry.kind)
            if column == COL_SIZE:
                return size_text(entry.size)
            if column == COL_STATE:
                return self.state_text(entry)
            if column == COL_CHILDREN:
                return "" if entry.children is None else str(entry.children)
            if column == COL_EVENTS:
                return "" if entry.events is None else str(entry.events)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == COL_STATE:
                return QBrush(OK_COLOUR if entry.ok else DAMAGED_COLOUR)
            if not entry.ok:
                return QBrush(GREY)
        if role == Qt.ItemDataRole.ToolTipRole and not entry.ok and entry.problem:
            return entry.problem
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
                COL_SIZE, COL_CHILDREN, COL_EVENTS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            COL_MADE: self.tr("Date and time"), COL_KIND: self.tr("Kind"),
            COL_SIZE: self.tr("Size"), COL_STATE: self.tr("Checks out"),
            COL_CHILDREN: self.tr("Children"), COL_EVENTS: self.tr("Events"),
        }.get(section)


class BackupListDialog(QDialog):
    """Lists the backups (read in the background); `chosen` is the confirmed one.

    Two steps in one dialog: the list, then the confirmation of the chosen backup. There Back
    is the default and has the focus: Enter or Esc returns to the list, and only a deliberate
    choice restores (Alt+R, a click on Restore, or Tab to it and Enter), so a second Enter
    pressed too fast never replaces the data."""

    def __init__(self, list_entries: Callable[[], list[BackupEntry]], tasks: TaskRunner,
                 parent: QWidget | None = None, *, message: str = "") -> None:
        super().__init__(parent)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.chosen: BackupEntry | None = None
        self.pending: BackupEntry | None = None  # shown in the confirmation step
        self.task: Task | None = None
        self._list_entries = list_entries
        self._tasks = tasks
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.message = QLabel(message)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setVisible(bool(message))
        self.note = QLabel(self.tr("Checking the backups…"))
        self.note.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # each backup is opened and checked: busy until done
        self.model = BackupTableModel(self)
        samples = {COL_MADE: "2026-11-30 18:00:00", COL_KIND: "damaged file set aside",
                   COL_SIZE: "999.9 MB", COL_STATE: "✓ checks out", COL_CHILDREN: "Children"}
        self.table = row_table(self.model, samples, padding=24)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.close_button = QPushButton(self.tr("Close"))
        for button in (self.restore_button, self.close_button):
            button.setAutoDefault(False)  # Enter is handled here, once
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.close_button)
        self.list_step = QWidget()
        listing = QVBoxLayout(self.list_step)
        listing.setContentsMargins(0, 0, 0, 0)
        listing.addWidget(self.message)
        listing.addWidget(self.table, 1)
        listing.addWidget(self.bar)
        listing.addLayout(buttons)

        self.confirm_step = QWidget()
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Restore's &R is the list step's too: that step is hidden here, its letter inactive.
        self.confirm_button = QPushButton(self.tr("&Restore"))
        self.back_button = QPushButton(self.tr("&Back"))
        for button in (self.confirm_button, self.back_button):
            button.setAutoDefault(False)
        self.back_button.setDefault(True)  # shown as the default: Enter goes back
        self.confirm_button.clicked.connect(self.confirm_restore)
        self.back_button.clicked.connect(self.back_to_list)
        answer = QHBoxLayout()
        answer.addStretch(1)
        answer.addWidget(self.confirm_button)
        answer.addWidget(self.back_button)
        confirming = QVBoxLayout(self.confirm_step)
        confirming.addStretch(1)
        confirming.addWidget(self.question)
        confirming.addStretch(1)
        confirming.addLayout(answer)

        self.steps = QStackedWidget()
        self.steps.addWidget(self.list_step)
        self.steps.addWidget(self.confirm_step)
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps)
        self.resize(820, 420)

    # -- reading ----------------------------------------------------------
    def load(self) -> Task:
        """Read the list off the GUI thread; called once, when the dialog is shown."""
        if self.task is not None:
            return self.task
        list_entries = self._list_entries

        def work(progress) -> list[BackupEntry]:
            progress.check()
            return list_entries()

        self.task = task = self._tasks.start(work)
        task.done.connect(self._loaded)
        task.failed.connect(self._failed)
        task.ended.connect(lambda: self.bar.hide())
        return task

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.load()

    @property
    def loaded(self) -> bool:
        return self.task is not None and not self.task.running

    def _loaded(self, entries: list[BackupEntry]) -> None:
        self.model.set_entries(entries)
        selection = self.table.selectionModel()
        selection.currentRowChanged.connect(lambda *_: self._current_changed())
        if not entries:
            self.note.setText(self.tr("There are no backups of this database yet."))
        elif not any(e.ok for e in entries):
            self.note.setText(self.tr("None of the backups checks out."))
        else:
            self.note.setText(self.tr("Newest good backup first; damaged ones cannot be "
                                      "restored."))
        if entries:
            self.table.selectRow(0)
            self.table.setFocus()
        self._current_changed()

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, UserError):
            raise error
        self.note.setText(user_message(error))

    def _current_changed(self) -> None:
        entry = self.current_entry()
        self.restore_button.setEnabled(entry is not None and entry.ok)

    def current_entry(self) -> BackupEntry | None:
        index = self.table.currentIndex()
        return self.model.entry(index.row()) if index.isValid() else None

    # -- choosing ---------------------------------------------------------
    def confirmation_text(self, entry: BackupEntry) -> str:
        return self.tr(
            "Restore this backup?\n\n{date}: {children} children, {events} events.\n\n"
            "The current data is backed up first, then replaced by this backup."
        ).format(date=made_text(entry),
                 children="?" if entry.children is None else entry.children,
                 events="?" if entry.events is None else entry.events)

    @property
    def confirming(self) -> bool:
        return self.steps.currentWidget() is self.confirm_step

    def restore_selected(self) -> bool:
        """Enter on the list: a good backup goes to the confirmation step."""
        entry = self.current_entry()
        if entry is None or not entry.ok:
            return False
        self.pending = entry
        self.question.setText(self.confirmation_text(entry))
        self.steps.setCurrentWidget(self.confirm_step)
        self.back_button.setFocus()  # the safe answer first: Enter goes back
        return True

    def confirm_restore(self) -> None:
        """Restore (clicked, Alt+R, or Enter on it) in the confirmation step: chosen, and the
        dialog accepted."""
        if not self.confirming or self.pending is None:
            return
        self.chosen = self.pending
        self.accept()

    def back_to_list(self) -> None:
        self.pending = None
        self.steps.setCurrentWidget(self.list_step)
        self.table.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.confirming:
                # Only Restore itself, focused, restores: Enter anywhere else goes back.
                if self.confirm_button.hasFocus():
                    self.confirm_restore()
                else:
                    self.back_to_list()
            else:
                self.restore_selected()
            event.accept()
            return
        if key == Qt.Key.Key_Escape and self.confirming:
            self.back_to_list()  # Esc in the confirmation goes back, not away
            event.accept()
            return
        super().keyPressEvent(event)  # Esc on the list closes

    def done(self, result: int) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel()
        super().done(result)


def choose_backup(list_entries: Callable[[], list[BackupEntry]], tasks: TaskRunner,
                  parent: QWidget | None = None, *, message: str = "") -> BackupEntry | None:
    """Blocking (start-up, before any window): the confirmed backup, or None."""
    dialog = BackupListDialog(list_entries, tasks, parent, message=message)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen
    finally:
        tasks.cancel_all()
        tasks.wait_idle()
        dialog.deleteLater()
