"""A small window-modal progress box for one background task: what is being done, how far it
is, and Cancel (Esc); it appears only when the work takes long enough to notice."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from asc_desk.ui.task_runner import Task

SHOW_AFTER_MS = 300  # a quick task never flashes a box


class TaskProgressDialog(QDialog):
    def __init__(self, task: Task, text: str, parent: QWidget | None = None, *,
                 cancellable: bool = True, show_after_ms: int = SHOW_AFTER_MS) -> None:
        super().__init__(parent)
        self.task = task
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setMinimumWidth(360)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the first report says how much there is
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setEnabled(cancellable)
        self.buttons.rejected.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)
        self.setWindowTitle(text)
        task.progressed.connect(self._progressed)
        task.ended.connect(self._ended)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._appear)
        self._timer.start(show_after_ms)

    def _appear(self) -> None:
        if self.task.running:
            self.open()

    def _progressed(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def cancel(self) -> None:
        """Asks the work to stop; the box closes when it has (a write is rolled back first)."""
        if not self.cancel_button.isEnabled():
            return
        self.task.cancel()
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Cancelling…"))

    def reject(self) -> None:  # Esc: cancel, never just hide the box while work goes on
        self.cancel()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel()
        event.ignore()

    def _ended(self) -> None:
        self._timer.stop()
        self.done(QDialog.DialogCode.Accepted)
        self.deleteLater()
