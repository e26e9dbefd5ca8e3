"""A scanner's burst reaches the scan field whatever has the keyboard on the Today page; a
person typing in a field is not taken for a scanner; the keyboard comes back to the scan
field after a button."""

# ruff: noqa: F811  (the fixtures imported from test_today_page are used as arguments)
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDateEdit, QSpinBox, QWidget

from asc_desk.domain.attendance_rules import ChildDayState as S
from tests.ui.test_today_page import (  # noqa: F401 (fixtures)
    attendance,
    center,
    clock,
    day_of,
    page,
    roster,
    state,
)


class KeyClock:
    """The burst filter's clock: each key is given its moment."""

    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def burst(widget: QWidget, text: str, keys: KeyClock, gap: float = 0.008) -> None:
    """As a keyboard-wedge scanner types: a few ms per character (Shift pressed around each
    capital, as a scanner does), then Enter."""
    shift = Qt.KeyboardModifier.ShiftModifier
    for char in text:
        keys.t += gap
        if char.isupper():
            QTest.keyPress(widget, Qt.Key.Key_Shift)
            QTest.keyClick(widget, char, shift)
            QTest.keyRelease(widget, Qt.Key.Key_Shift, shift)
            continue
        QTest.keyClick(widget, char)
    keys.t += gap
    QTest.keyClick(widget, Qt.Key.Key_Return)


def focusable(page) -> list[QWidget]:
    return [w for w in page.findChildren(QWidget)
            if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisible() and w.isEnabled()
            and w.window() is page.window() and not w.focusProxy()]


@pytest.fixture
def keys(page):
    page.burst.clock = keys = KeyClock()
    return keys


def test_a_burst_checks_the_child_in_whatever_has_focus(qtbot, page, attendance, center,
                                                        keys):
    widgets = focusable(page)
    names = {type(w).__name__ for w in widgets}
    assert {"ScanLine", "DateEdit", "QPushButton"} <= names  # the page's kinds all tried
    waiting = [i.child for i in day_of(attendance, center).values()
               if i.record.state is S.EXPECTED and i.child.card_code]
    assert len(waiting) >= len(widgets)
    for widget, child in zip(widgets, waiting, strict=False):
        before = widget.date() if isinstance(widget, QDateEdit) else None
        steps = page.undo_stack.count()
        widget.setFocus()
        assert QApplication.focusWidget() is widget, widget
        burst(widget, child.card_code, keys)
        assert state(attendance, center, child) is S.PRESENT, widget
        assert page.undo_stack.count() == steps + 1, widget  # nothing else was done
        if before is not None:
            assert widget.date() == before
        assert page.focusWidget() is page.scan.line
        assert page.scan.line.text() == ""
        keys.t += 5


def test_a_number_box_never_takes_a_scan_but_a_person_still_types_in_it(qtbot, page,
                                                                      attendance, center,
                                                                      keys):
    box = QSpinBox()  # what the caregivers-on-duty box was: a number box on the desk
    box.setRange(0, 500)
    box.setValue(2)
    page.header.actions.addWidget(box)
    box.show()
    child = next(i.child for i in day_of(attendance, center).values()
                 if i.record.state is S.EXPECTED and any(c.isdigit() for c in i.child.card_code))
    box.setFocus()
    burst(box, child.card_code, keys)
    assert state(attendance, center, child) is S.PRESENT
    assert box.value() == 2 and box.text() == "2"
    # A person: a key, a pause longer than any scanner's, another key.
    box.setFocus()
    box.selectAll()
    for char in "24":
        keys.t += 0.2
        QTest.keyClick(box, char)
        qtbot.wait(120)  # the pause lets the held key through to the box
    assert box.value() == 24
    keys.t += 0.2
    QTest.keyClick(box, Qt.Key.Key_Return)  # a lone Enter is the box's own
    assert box.value() == 24


def test_a_person_typing_a_date_is_not_a_scan(qtbot, page, keys):
    date = page.header.date_edit
    date.setFocus()
    before = page.undo_stack.count()
    date.setSelectedSection(QDateEdit.Section.DaySection)
    for char in "20":  # typed over the day: a pause between keys
        keys.t += 0.3
        QTest.keyClick(date, char)
        qtbot.wait(120)
    assert date.date().day() == 20
    assert page.undo_stack.count() == before


def test_a_button_pressed_with_alt_gives_the_keyboard_back(qtbot, page):
    page.roll_call_button.setFocus()
    page.roll_call_button.click()
    if page.dialog is not None:
        page.dialog.reject()
    qtbot.waitUntil(lambda: page.focusWidget() is page.scan.line, timeout=2000)
    page.header.today_button.setFocus()
    page.header.today_button.click()
    qtbot.waitUntil(lambda: page.focusWidget() is page.scan.line, timeout=2000)
