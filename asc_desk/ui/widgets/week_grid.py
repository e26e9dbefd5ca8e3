"""The week grid's widgets: the grid with its keys, the list of the week's conflicts and gaps
beside it, and tomorrow's gaps in a banner."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QTableView, QVBoxLayout, QWidget

from asc_desk.ui import styles
from asc_desk.ui.models.week_table_model import (
    WeekData,
    WeekTableModel,
    conflict_text,
    duration_text,
)


class WeekGrid(QTableView):
    """The grid's keys: Enter edits or adds, Del deletes, Ctrl+X/Ctrl+V move, Ctrl+Z/Ctrl+Shift+Z
    undo and redo (taken here before any window shortcut), PageUp/PageDown change the week."""

    key_action = Signal(str)

    KEYS = {
        (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier): "open",
        (Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier): "open",
        (Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier): "delete",
        (Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier): "cut",
        (Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier): "paste",
        (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier): "undo",
        (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
         | Qt.KeyboardModifier.ShiftModifier): "redo",
        (Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier): "redo",
        (Qt.Key.Key_PageUp, Qt.KeyboardModifier.NoModifier): "previous",
        (Qt.Key.Key_PageDown, Qt.KeyboardModifier.NoModifier): "next",
    }

    def _action(self, event: QKeyEvent) -> str | None:
        return self.KEYS.get((Qt.Key(event.key()), event.modifiers()))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self._action(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        action = self._action(event)
        if action is None:
            super().keyPressEvent(event)
            return
        event.accept()
        self.key_action.emit(action)



class WeekIssues(QWidget):
    """The week's conflicts (with the caregiver's name) and its gaps, each with its date;
    choosing one emits where it is (caregiver id or None for the coverage row, the day)."""

    chosen = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("issuesTitle")
        self.list = QListWidget()
        self.list.setObjectName("weekIssues")
        self.list.setWordWrap(True)
        self.list.currentItemChanged.connect(self._chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        self.legend = QLabel()
        self.legend.setObjectName("weekLegend")
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet(styles.HINT_TEXT)
        layout.addWidget(self.legend)
        self.title.setText(self.tr("Conflicts and gaps this week"))
        self.retranslate()

    def retranslate(self) -> None:
        """The legend (the list and its title are written by `show_week`)."""
        self.legend.setText(self.tr(
            "⚠ red: a conflict (its words in the tooltip and above) · ⚠ yellow: short of "
            "staff · blue: a shift · lilac: on leave · grey: closed. Enter adds or edits, Del "
            "deletes, Ctrl+X then Ctrl+V moves (or drag), Ctrl+Z undoes."))

    def show_week(self, model: WeekTableModel) -> None:
        self.retranslate()
        data = model.week
        self.list.blockSignals(True)
        self.list.clear()
        if data is not None:
            for c in data.plan.conflicts:
                # The message begins with the caregiver's name.
                item = QListWidgetItem("⚠ " + self.tr("{date} {message}").format(
                    date=c.day.strftime("%m-%d"), message=conflict_text(c)))
                item.setData(Qt.ItemDataRole.UserRole, (c.caregiver_id, c.day))
                item.setForeground(QColor(styles.RED))
                self.list.addItem(item)
            for day in sorted(data.plan.coverage):
                for run in model.gap_runs(day):
                    item = QListWidgetItem("⚠ " + self.tr("{date} short of staff {gap}").format(
                        date=day.strftime("%m-%d"), gap=model.gap_text(run)))
                    item.setData(Qt.ItemDataRole.UserRole, (None, day))
                    item.setForeground(QColor(styles.AMBER))
                    self.list.addItem(item)
            if not data.plan.conflicts and not data.plan.gaps:
                self.list.addItem(QListWidgetItem("✓ " + self.tr(
                    "No conflict and no gap this week.")))
        self.list.blockSignals(False)
        count = sum(1 for i in range(self.list.count())
                    if self.list.item(i).data(Qt.ItemDataRole.UserRole))
        self.title.setText(self.tr("Conflicts and gaps this week: {count}").format(
            count=count) if data else self.tr("Conflicts and gaps this week"))

    def _chosen(self, item: QListWidgetItem | None, _previous=None) -> None:
        where = item.data(Qt.ItemDataRole.UserRole) if item else None
        if where:
            self.chosen.emit(*where)


class TomorrowBanner(QLabel):
    """Tomorrow's coverage at a glance: words and colour together."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tomorrowBanner")
        # One line, not wrapped: a wrapping label's minimum height is not kept by the page's
        # layout, and the grid below squeezed it to half a line.
        self.setWordWrap(False)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def show_week(self, data: WeekData, today: dt.date) -> None:
        tomorrow = today + dt.timedelta(days=1)
        plan = data.tomorrow
        coverage = plan.coverage.get(tomorrow) if plan else None
        day = tomorrow.isoformat()
        if coverage is None:
            text, style = self.tr("Tomorrow ({date}): the center is closed.").format(
                date=day), styles.INFO_STYLE
        elif coverage.gaps:
            worst = max(s.missing for s in coverage.gaps)
            first, last = coverage.gaps[0], coverage.gaps[-1]
            # The time short, not a count of half-hours: a last slot cut by the closing
            # time (19:30-19:50) is 20 minutes.
            text = self.tr("⚠ Tomorrow ({date}): short of staff for {time} in all between "
                           "{first} and {last}, short by up to {missing}.").format(
                date=day, time=duration_text(coverage.short_minutes),
                first=f"{first.starts_at:%H:%M}",
                last=f"{last.ends_at:%H:%M}", missing=f"{worst:g}")
            style = styles.ERROR_STYLE
        else:
            text, style = self.tr("✓ Tomorrow ({date}): every half-hour is covered.").format(
                date=day), styles.OK_STYLE
        self.setText(text)
        self.setStyleSheet(style)
