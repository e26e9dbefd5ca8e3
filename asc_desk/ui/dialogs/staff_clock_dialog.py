"""The Today desk's "Staff clock…" dialog: the active caregivers, each with clock-in and
clock-out buttons. The page records (its StaffDesk): its words (done ✓, or a refusal in red)
go to the desk's message line, which the dialog covers, so they are repeated in the dialog."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from asc_desk.domain.staff_clock import ClockKind
from asc_desk.services.shifts.staff_service import CaregiverInfo


class StaffClockDialog(QDialog):
    def __init__(self, caregivers: list[CaregiverInfo], clocked_in: set[int],
                 clock: Callable[[int, ClockKind], object], parent: QWidget | None = None,
                 *, desk_line: QLabel | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._desk_line = desk_line  # the desk's message line: what it said is shown here
        self.message = QLabel()
        self.message.setObjectName("staffClockMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.setWindowTitle(self.tr("Staff clock"))
        self.buttons: dict[int, tuple[QPushButton, QPushButton]] = {}
        self.states: dict[int, QLabel] = {}
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        roles = {"teacher": self.tr("teacher"), "assistant": self.tr("assistant"),
                 "volunteer": self.tr("volunteer"), "coordinator": self.tr("coordinator")}
        for row, person in enumerate(caregivers):
            name = QLabel(person.name)
            role = QLabel(roles.get(str(person.role), str(person.role)))
            state = QLabel(self.tr("clocked in") if person.id in clocked_in else "")
            clock_in, clock_out = QPushButton(self.tr("Clock in")), QPushButton(self.tr(
                "Clock out"))
            # Both always offered: the staff clock refuses what does not fit and says why.
            clock_in.clicked.connect(lambda _=False, p=person.id: self._do(p, ClockKind.CLOCK_IN))
            clock_out.clicked.connect(lambda _=False, p=person.id: self._do(p,
                                                                             ClockKind.CLOCK_OUT))
            for column, widget in enumerate((name, role, state, clock_in, clock_out)):
                grid.addWidget(widget, row, column)
            self.buttons[person.id] = (clock_in, clock_out)
            self.states[person.id] = state
        if not caregivers:
            grid.addWidget(QLabel(self.tr("No active caregiver: add them on the Caregivers & "
                                          "Shifts page.")), 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        # The list keeps its height (every caregiver in sight, up to a screenful): a red
        # refusal line below grows the dialog instead of scrolling the last one away.
        scroll.setMinimumHeight(min(grid_host.sizeHint().height() + 2 * scroll.frameWidth(),
                                    480))
        self.scroll = scroll
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.setMinimumSize(520, 360)

    def _do(self, caregiver_id: int, kind: ClockKind) -> None:
        done = self._clock(caregiver_id, kind) is not None
        if self._desk_line is not None and self._desk_line.text():
            self.message.setText(self._desk_line.text())
            self.message.setStyleSheet(self._desk_line.styleSheet())
            if self.message.isHidden():  # the line grows the dialog, not shrinks the list
                self.scroll.setMinimumHeight(max(self.scroll.minimumHeight(),
                                                 self.scroll.height()))
                self.message.show()
                self.layout().activate()
                self.resize(self.width(), max(self.height(), self.sizeHint().height()))
        if done:
            self.states[caregiver_id].setText(self.tr("clocked in") if kind is ClockKind.CLOCK_IN
                                              else self.tr("clocked out"))
