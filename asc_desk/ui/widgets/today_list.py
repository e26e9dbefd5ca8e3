"""The Today page's table of the day's children and the buttons acting on the chosen one.

The window's shell (painted at start, before the data layer loads) shows the buttons with an
empty frame where the table goes: the table's model and its domain modules are imported with
the real page, after the first paint."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from asc_desk.ui.lazy_qt import Qt
from asc_desk.ui.styles import HINT_TEXT

if TYPE_CHECKING:  # the window's shell paints before the data layer is imported
    from asc_desk.services.attendance.attendance_service import ChildDay
    from asc_desk.ui.models.today_table_model import TodayTableModel


class TodayList(QWidget):
    """`table=False` (the shell): an empty frame in the table's place, no model."""

    def __init__(self, parent: QWidget | None = None, *, table: bool = True) -> None:
        super().__init__(parent)
        self.has_table = table
        if table:
            self.model, self.table = _table(self)
            shown: QWidget = self.table
        else:
            shown = _empty_table_frame()

        self.check_in_button, self.check_out_button = QPushButton(), QPushButton()

        self.check_in_button, self.check_out_button = QPushButton(), QPushButton()
        self.absent_button, self.correct_button = QPushButton(), QPushButton()
        self.undo_button = QPushButton()
        self.hint = QLabel()
        self.hint.setStyleSheet(HINT_TEXT)
        bottom = QHBoxLayout()
        for button in self.buttons():  # Tab only: DeskLayout.settle
            bottom.addWidget(button)
        bottom.addStretch(1)
        bottom.addWidget(self.hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(shown, 1)
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
        if self.has_table:
            self.model.retranslate()

    def current_item(self) -> ChildDay | None:
        if not self.has_table:
            return None
        index = self.table.currentIndex()
        return self.model.child_at(index.row()) if index.isValid() else None

    def select_child(self, child_id: int) -> None:
        row = self.model.row_of(child_id)
        if row is not None:
            index = self.model.index(row, 0)  # the name
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
        self.table.setCurrentIndex(self.model.index(row, 0))  # the name

    def update_buttons(self, *, on_today: bool, can_undo: bool) -> None:
        item = self.current_item()
        self.check_in_button.setVisible(on_today)
        self.check_out_button.setVisible(on_today)
        self.check_in_button.setEnabled(item is not None and not item.record.present)
        self.check_out_button.setEnabled(item is not None and item.record.present)
        self.absent_button.setEnabled(item is not None and item.record.check_in is None)
        self.correct_button.setEnabled(item is not None and bool(item.record.effective))
        self.undo_button.setEnabled(can_undo)


def _table(parent: QWidget) -> tuple[TodayTableModel, QTableView]:
    from asc_desk.ui.models import today_table_model as m
    from asc_desk.ui.widgets.row_table import row_table

    model = m.TodayTableModel(parent)
    # The columns' widths (see row_table).
    table = row_table(model, {
        m.NAME: "欧阳梓涵涵", m.STATE: "Unexpected, collected", m.CHECK_IN: "16:40",
        m.CHECK_OUT: "19:05 · 欧阳建国国", m.PROGRAM: "2026秋季学期课后班",
        m.PHONES: "13972006940, 15015645944"}, padding=20)
    table.setObjectName("todayTable")
    # Rows are chosen with the mouse or Up/Down in the scan field, which keeps the keys.
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return model, table


def _empty_table_frame() -> QFrame:
    """What an empty table looks like (its frame and base colour), without the table."""
    frame = QFrame()
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    frame.setFrameShadow(QFrame.Shadow.Sunken)
    frame.setBackgroundRole(QPalette.ColorRole.Base)
    frame.setAutoFillBackground(True)
    return frame
