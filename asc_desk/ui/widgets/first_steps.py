"""First start on an empty database: the Today page says what to do first (a program, the
children, their pickup cards), each step with a button to its page, until those exist."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton

from asc_desk.ui.styles import NAVY

PANEL_STYLE = (f"QFrame#firstSteps {{ border: 2px solid {NAVY}; border-radius: 4px; "
               "background: #f4f7fb; }")
STEPS = ("calendar", "children", "reports")  # the page each step's button opens


class FirstStepsPanel(QFrame):
    """`check()` answers (has a program, has children); the panel hides itself once both
    exist (the cards are then one click away on the Reports page, as every day)."""

    go = Signal(str)  # the key of the page to show

    def __init__(self, check: Callable[[], tuple[bool, bool]], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("firstSteps")
        self.setStyleSheet(PANEL_STYLE)
        self.check = check  # (has a program, has children): may run on a worker
        self.done = False
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        self.steps = [QLabel() for _ in STEPS]
        self.buttons = [QPushButton() for _ in STEPS]
        grid = QGridLayout(self)
        grid.addWidget(self.title, 0, 0, 1, 2)
        for row, (label, button, key) in enumerate(zip(self.steps, self.buttons, STEPS,
                                                       strict=True), start=1):
            label.setWordWrap(True)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, key=key: self.go.emit(key))
            grid.addWidget(label, row, 0)
            grid.addWidget(button, row, 1)
        grid.setColumnStretch(0, 1)
        self._state = (False, False)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        has_program, has_children = self._state
        self.title.setText(self.tr("First steps"))
        texts = (self.tr("1. Create a program: its dates, weekdays and opening hours."),
                 self.tr("2. Add the children, or import them from a spreadsheet."),
                 self.tr("3. Print the pickup cards for the check-in desk."))
        for label, text, done in zip(self.steps, texts, (has_program, has_children, False),
                                     strict=True):
            label.setText(("✓ " if done else "") + text)
        for button, text in zip(self.buttons, (self.tr("Open the calendar"),
                                               self.tr("Open the children"),
                                               self.tr("Open the reports")), strict=True):
            button.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        """Asked again at each refresh of the page, until a program and children exist."""
        if self.done:
            return
        self.show_state(self.check())

    def show_state(self, state: tuple[bool, bool]) -> None:
        """What `check` said (read by the desk's load, off the GUI thread)."""
        if self.done:
            return
        self._state = state
        self.done = all(self._state)
        self.retranslate()
        self.setVisible(not self.done)
