"""The top of the Today page: which day, whether the calendar has it open, counts and ratio."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

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
from asc_desk.ui.widgets.date_edit import DateEdit

if TYPE_CHECKING:  # the window's shell paints before the data layer is imported
    from asc_desk.services.attendance.attendance_service import DayView
    from asc_desk.ui.pages.today_staff import StaffCount

BANNER_STYLE = NOTICE_STYLE + " " + BOLD
COUNT_STYLE = "background: {bg}; color: {fg}; border-radius: 4px; padding: 3px 10px;"
RATIO_OK_STYLE = DONE_TEXT + " padding: 3px 6px;"
RATIO_BAD_STYLE = (f"background: {RED_BG}; color: {RED}; border: 1px solid {RED}; "
                   "padding: 3px 6px; " + BOLD)
# The counts' own palette (one colour per state, as the day's list shows them).
COUNT_COLOURS = {"expected": ("#eceff1", "#263238"), "present": (GREEN_BG, GREEN),
                 "collected": ("#f5f5f5", "#333333"), "absent": (AMBER_BG, AMBER),
                 "to_arrive": ("#e3f2fd", "#0d47a1"), "unexpected": ("#f3e5f5", "#4a148c")}


def _n(value: float) -> str:
    return f"{value:g}"  # 2, 2.5: a volunteer counts half


class DayHeader(QWidget):
    day_chosen = Signal(object)  # dt.date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filling = False
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.previous_button, self.next_button = QPushButton("◀"), QPushButton("▶")
        self.today_button = QPushButton()
        self.date_edit = DateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.weekday = QLabel()
        self.weekday.setObjectName("todayWeekday")
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
        # Caregivers on duty now against those the children present need (today only).
        self.ratio = QLabel()
        self.ratio.setObjectName("ratioLabel")
        self.ratio.hide()

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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addLayout(counts)

        self.previous_button.clicked.connect(lambda: self._step(-1))
        self.next_button.clicked.connect(lambda: self._step(1))
        self.date_edit.dateChanged.connect(self._date_changed)

    def retranslate(self, title: str) -> None:
        self.heading.setText(title)
        self.today_button.setText(self.tr("&Today"))
        self.previous_button.setToolTip(self.tr("Previous day"))
        self.next_button.setToolTip(self.tr("Next day"))

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

    # -- what the day view says ----------------------------------------------------------
    def show_date(self, day: dt.date, *, today: dt.date) -> None:
        names = [self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"),
                 self.tr("Fri"), self.tr("Sat"), self.tr("Sun")]
        when = self.tr("today") if day == today else ""
        self.weekday.setText(" ".join(t for t in (names[day.weekday()], when) if t))

    def show_counts(self, counts: dict[str, int] | None) -> None:
        """None: not read yet (the window's shell at start): the words, no numbers."""
        words = {"expected": self.tr("Expected {n}"), "present": self.tr("Present {n}"),
                 "collected": self.tr("Collected {n}"), "absent": self.tr("Absent {n}"),
                 "to_arrive": self.tr("To arrive {n}"),
                 "unexpected": self.tr("Unexpected {n}")}
        for key, label in self.counts.items():
            label.setText(words[key].format(n=counts.get(key, 0) if counts is not None
                                            else "…"))
        self.counts["unexpected"].setVisible(counts is not None
                                             and counts.get("unexpected", 0) > 0)

    def show_view(self, view: DayView, *, today: dt.date) -> None:
        self.show_date(view.date, today=today)
        if view.open_programs:
            self.banner.hide()
        elif not view.has_programs:
            # Nothing for the calendar to decide yet (the first steps point to it).
            self.banner.setText(self.tr("No program exists yet: add one in the Calendar to "
                                        "say when the center is open."))
            self.banner.show()
        else:
            self.banner.setText(self.tr("The calendar has the center closed on {date}: checking "
                                        "a child in asks for a reason.").format(
                date=view.date.isoformat()))
            self.banner.show()
        self.show_counts(view.counts)

    def show_staff(self, count: StaffCount | None, *, names: str = "") -> None:
        """`count`: a StaffCount (on duty now against needed), or None (another day, or no
        staff data): nothing shown."""
        if count is None:
            self.ratio.hide()
            self.ratio.setProperty("ratioOk", None)
            return
        if count.ok:
            text = self.tr("Caregivers {count} / needed {needed} ✓")
        else:
            text = self.tr("⚠ Caregivers {count} / needed {needed}")
        self.ratio.setText(text.format(count=_n(count.count), needed=count.needed))
        self.ratio.setStyleSheet(RATIO_OK_STYLE if count.ok else RATIO_BAD_STYLE)
        self.ratio.setProperty("ratioOk", count.ok)
        self.ratio.setToolTip(names)
        self.ratio.show()
