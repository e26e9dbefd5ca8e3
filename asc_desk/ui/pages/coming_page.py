"""Pages whose features arrive in later versions: say what is coming instead of crashing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout

from asc_desk.domain.changes import Area
from asc_desk.ui.pages.base_page import Page


class ComingPage(Page):
    shows = Area.NONE  # nothing stored yet: no change makes it stale
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.badge = QLabel()
        self.badge.setObjectName("comingBadge")
        layout.addWidget(self.heading)
        layout.addWidget(self.badge, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.body)
        layout.addStretch(1)
        self.retranslate()

    def description(self) -> str:
        raise NotImplementedError

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self.badge.setText(self.tr("Coming in a later version"))
        self.body.setText(self.description())


class ShiftsPage(ComingPage):
    key = "shifts"

    def title(self) -> str:
        return self.tr("Caregivers & Shifts")

    def description(self) -> str:
        return self.tr(
            "Caregivers, their shifts and leave, and whether enough of them are on duty "
            "for the children expected."
        )


class ReportsPage(ComingPage):
    key = "reports"

    def title(self) -> str:
        return self.tr("Reports")

    def description(self) -> str:
        return self.tr(
            "Attendance sheets and monthly summaries for the coordinator and factory HR, "
            "printed as PDF or exported to Excel."
        )
