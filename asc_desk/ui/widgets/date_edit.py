"""A date box that reads 2018-05-06 typed with its dashes as 2018-05-06.

Qt's QDateEdit moves on to the next part by itself once a part is full (the year's four
digits), and then takes the "-" typed after it as "move on" once more: 2018-05-06 went in as
2018-01-05, the month skipped. A separator typed right after such a move is the one already
made, so it is let go."""

from __future__ import annotations

from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit

SEPARATORS = frozenset("-/.")


class DateEdit(QDateEdit):
    _moved_on = False  # the last key filled its part and Qt moved to the next by itself

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text in SEPARATORS and text and self._moved_on:
            self._moved_on = False
            event.accept()
            return
        before = self.currentSection()
        super().keyPressEvent(event)
        self._moved_on = text.isdigit() and self.currentSection() != before
