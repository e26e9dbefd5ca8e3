"""The Today page's table of the day's children and the buttons acting on the chosen one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asc_desk.ui.models import today_table_model as m
from asc_desk.ui.models.today_table_model import TodayTableModel
from asc_desk.ui.styles import HINT_TEXT
from asc_desk.ui.widgets.row_table import row_table

if TYPE_CHECKING:  # the window's shell paints before the data layer is imported
    from asc_desk.services.attendance.attendance_service import ChildDay

# The columns' widths (see row_table).
COLUMN_SAMPLES = {m.NAME: "欧阳梓涵涵", m.STATE: "Unexpected, collected", m.CHECK_IN: "16:40",
                  m.CHECK_OUT: "19:05 · 欧阳建国国", m.PROGRAM: "2026秋季学期课后班",
                  m.PHONES: "13972006940, 15015645944"}


class TodayList(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = TodayTableModel(self)
        self.table = row_table(self.model, COLUMN_SAMPLES, padding=20)
        self.table.setObjectName("todayTable")
        # Rows are chosen with the mouse or Up/Down in the scan field, which keeps the keys.
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.check_in_button, self.check_out_button = QPushButton(), QPushButton()
        self.absent_button, self.correct_button = QPushButton(), QPushButton()
        self.undo_button = QPushButton()
        self.hint = QLabel()
        self.hint.setStyleSheet(HINT_TEXT)
        bottom = QHBoxLayout()
        for button in self.buttons():
            # Clicked with the mouse, the scan field keeps the keyboard.
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            bottom.addWidget(button)
        bottom.addStretch(1)
        bottom.addWidget(self.hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def buttons(self) -> list[QPushButton]:
        return [self.check_in_button, self.check_out_button, self.absent_button,
                self.correct_button, self.undo_button]

    def retranslate(self) -> None:
        for button, text in zip(self.buttons(), (
                self.tr("Check &in"), self.tr("Check &out…"), self.tr("&Absent…"),
                self.tr("&Correct…"), self.tr("&Undo last (Ctrl+Z)")), strict=True):
            button.setText(text)
        self.hint.setText(self.tr("Enter acts · Esc clears · ↑↓ choose a row"))
        self.model.retranslate()

    def current_item(self) -> ChildDay | None:
        index = self.table.currentIndex()
        return self.model.child_at(index.row()) if index.isValid() else None

    def select_child(self, child_id: int) -> None:
        row = self.model.row_of(child_id)
        if row is not None:
            index = self.model.index(row, m.NAME)
            self.table.setCurrentIndex(index)
            # After an action the list regroups: the child's new row is shown with its
            # neighbours, not at the very edge.
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def place(self) -> tuple[int, int, int]:
        """Where the desk is: the current row and column, and the scroll position."""
        index = self.table.currentIndex()
        return index.row(), max(index.column(), 0), self.table.verticalScrollBar().value()

    def restore_place(self, place: tuple[int, int, int]) -> None:
        """Back to `place` after the list regrouped (a check-out moves the child down): the
        view does not jump, and the current row is the one now where the desk was."""
        row, column, scrolled = place
        if row < 0 or not self.model.rowCount():
            return
        self.table.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1),
                                                    column))
        self.table.verticalScrollBar().setValue(scrolled)

    def move_selection(self, step: int) -> None:
        if not self.model.rowCount():
            return
        current = self.table.currentIndex().row()
        row = 0 if current < 0 else max(0, min(self.model.rowCount() - 1, current + step))
        self.table.setCurrentIndex(self.model.index(row, m.NAME))

    def update_buttons(self, *, on_today: bool, can_undo: bool) -> None:
        item = self.current_item()
        self.check_in_button.setVisible(on_today)
        self.check_out_button.setVisible(on_today)
        self.check_in_button.setEnabled(item is not None and not item.record.present)
        self.check_out_button.setEnabled(item is not None and item.record.present)
        self.absent_button.setEnabled(item is not None and item.record.check_in is None)
        self.correct_button.setEnabled(item is not None and bool(item.record.effective))
        self.undo_button.setEnabled(can_undo)
