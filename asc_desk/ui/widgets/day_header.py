"""The top of the Today page: which day, whether the calendar has it open, counts and ratio."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from asc_desk.services.attendance.attendance_service import DayView
from asc_desk.ui.styles import (
    AMBER,
    AMBER_BG,
    BOLD,
    DONE_TEXT,
    GREEN,
    GREEN_BG,
    NOTICE_STYLE,
    RED,
    RED_BG,
)

BANNER_STYLE = NOTICE_STYLE + " " + BOLD
COUNT_STYLE = "background: {bg}; color: {fg}; border-radius: 4px; padding: 3px 10px;"
RATIO_OK_STYLE = DONE_TEXT + " padding: 3px 6px;"
RATIO_BAD_STYLE = (f"background: {RED_BG}; color: {RED}; border: 1px solid {RED}; "
                   "padding: 3px 6px; " + BOLD)
# The counts' own palette (one colour per state, as the day's list shows them).
COUNT_COLOURS = {"expected": ("#eceff1", "#263238"), "present": (GREEN_BG, GREEN),
                 "collected": ("#f5f5f5", "#333333"), "absent": (AMBER_BG, AMBER),
                 "to_arrive": ("#e3f2fd", "#0d47a1"), "unexpected": ("#f3e5f5", "#4a148c")}
MAX_CAREGIVERS = 500


class DayHeader(QWidget):
    day_chosen = Signal(object)  # dt.date
    caregivers_entered = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filling = False
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.previous_button, self.next_button = QPushButton("◀"), QPushButton("▶")
        self.today_button = QPushButton()
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.weekday = QLabel()
        self.weekday.setObjectName("todayWeekday")
        for button in (self.previous_button, self.next_button, self.today_button):
            # Clicked with the mouse, the scan field keeps the keyboard.
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        for button in (self.previous_button, self.next_button):
            button.setFixedWidth(32)
        self.banner = QLabel()
        self.banner.setObjectName("closedBanner")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setWordWrap(True)
        self.banner.hide()

        self.counts = {key: QLabel() for key in COUNT_COLOURS}
        for key, label in self.counts.items():
            bg, fg = COUNT_COLOURS[key]
            label.setObjectName(f"count_{key}")
            label.setStyleSheet(COUNT_STYLE.format(bg=bg, fg=fg))
        self.ratio = QLabel()
        self.ratio.setObjectName("ratioLabel")
        self.caregivers_label = QLabel()
        self.caregivers = QSpinBox()
        self.caregivers.setRange(0, MAX_CAREGIVERS)
        # Only Enter, the arrows or leaving the box write: not every digit typed.
        self.caregivers.setKeyboardTracking(False)
        self.caregivers_label.setBuddy(self.caregivers)

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addSpacing(12)
        for widget in (self.previous_button, self.date_edit, self.next_button, self.weekday,
                       self.today_button):
            top.addWidget(widget)
        top.addStretch(1)
        self.actions = QHBoxLayout()  # the page puts its day-wide buttons here
        top.addLayout(self.actions)
        counts = QHBoxLayout()
        for label in self.counts.values():
            counts.addWidget(label)
        counts.addStretch(1)
        counts.addWidget(self.ratio)
        counts.addWidget(self.caregivers_label)
        counts.addWidget(self.caregivers)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addLayout(counts)

        self.previous_button.clicked.connect(lambda: self._step(-1))
        self.next_button.clicked.connect(lambda: self._step(1))
        self.date_edit.dateChanged.connect(self._date_changed)
        self.caregivers.valueChanged.connect(self._caregivers_changed)

    def retranslate(self, title: str) -> None:
        self.heading.setText(title)
        self.today_button.setText(self.tr("&Today"))
        self.previous_button.setToolTip(self.tr("Previous day"))
        self.next_button.setToolTip(self.tr("Next day"))
        self.caregivers_label.setText(self.tr("&Caregivers on duty"))

    # -- the day -------------------------------------------------------------------------
    def day(self) -> dt.date:
        return self.date_edit.date().toPython()

    def set_day(self, day: dt.date) -> None:
        self._filling = True
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self._filling = False

    def _step(self, days: int) -> None:
        self.set_day(self.day() + dt.timedelta(days=days))
        self.day_chosen.emit(self.day())

    def _date_changed(self) -> None:
        if not self._filling:
            self.day_chosen.emit(self.day())

    def _caregivers_changed(self, value: int) -> None:
        if not self._filling:
            self.caregivers_entered.emit(value)

    # -- what the day view says ----------------------------------------------------------
    def show_view(self, view: DayView, *, today: dt.date) -> None:
        names = [self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"),
                 self.tr("Fri"), self.tr("Sat"), self.tr("Sun")]
        when = self.tr("today") if view.date == today else ""
        self.weekday.setText(" ".join(t for t in (names[view.date.weekday()], when) if t))
        if view.open_programs:
            self.banner.hide()
        else:
            self.banner.setText(self.tr("The calendar has the center closed on {date}: checking "
                                        "a child in asks for a reason.").format(
                date=view.date.isoformat()))
            self.banner.show()
        words = {"expected": self.tr("Expected {n}"), "present": self.tr("Present {n}"),
                 "collected": self.tr("Collected {n}"), "absent": self.tr("Absent {n}"),
                 "to_arrive": self.tr("To arrive {n}"),
                 "unexpected": self.tr("Unexpected {n}")}
        for key, label in self.counts.items():
            label.setText(words[key].format(n=view.counts.get(key, 0)))
        self.counts["unexpected"].setVisible(view.counts.get("unexpected", 0) > 0)
        if not self.caregivers.hasFocus():  # a reload must not undo a number being typed
            self._filling = True
            self.caregivers.setValue(view.caregivers or 0)
            self._filling = False
        present = view.counts.get("present", 0)
        if view.caregivers is None:
            text = self.tr("Present {present} / caregivers not entered ({needed} needed)").format(
                present=present, needed=view.caregivers_needed)
        else:
            text = self.tr("Present {present} / caregivers {count} ({needed} needed)").format(
                present=present, count=view.caregivers, needed=view.caregivers_needed)
        if not view.ratio_ok:
            text = self.tr("{ratio} — not enough staff").format(ratio=text)
        self.ratio.setText(text)
        self.ratio.setStyleSheet(RATIO_OK_STYLE if view.ratio_ok else RATIO_BAD_STYLE)
        self.ratio.setProperty("ratioOk", view.ratio_ok)
