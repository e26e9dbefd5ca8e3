"""A keyboard-wedge scanner types a card code as a burst of keys (a few ms apart) ending in
Enter. Whatever has the keyboard on the desk page, such a burst goes to the scan field: a
focused button, date or number box never takes a scanned code (a spin box once kept a digit
of "U4LAHXTK" and the child was not checked in).

How: an application event filter holds back plain ASCII keys aimed at a widget of the page
other than the scan field. If Enter follows quickly enough, the held keys were a scan and
are handed to the scan field; if a pause comes first (a person typing), they are delivered
to their widget as they were, one pause (~50 ms) late. Input-method commits (Chinese) are
not key presses and pass untouched.

The window has one too, for its other pages (`takes`: only a known card is taken there; any
other burst is handed to its field as typed, Enter and all)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QApplication, QComboBox, QWidget
from shiboken6 import isValid

GAP_MS = 50  # the longest pause between two keys of one scan
MIN_CHARS = 4  # shorter bursts are typing (a card code has 8 characters)
_PLAIN = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_MODIFIERS = (Qt.Key.Key_Shift, Qt.Key.Key_CapsLock)


@dataclass(frozen=True)
class _Held:
    key: int
    modifiers: Qt.KeyboardModifier
    text: str


def _scan_char(event: QKeyEvent) -> bool:
    text = event.text()
    return (len(text) == 1 and "!" <= text <= "~"  # printable ASCII, no space
            and not event.modifiers() & ~_PLAIN)


class ScanBurstFilter(QObject):
    """`clock()` (seconds, monotonic) is replaceable: tests give the keys their timing."""

    def __init__(self, page: QWidget, scan_line: QWidget, submit: Callable[[str], None], *,
                 clock: Callable[[], float] = time.monotonic, gap_ms: int = GAP_MS,
                 takes: Callable[[str], bool] | None = None,
                 besides: QWidget | None = None) -> None:
        """`page`: where bursts are caught, but not in `besides` (a part with a filter of
        its own); `takes`: whether a burst is a scan (None: any burst is)."""
        super().__init__(page)
        self._page, self._line, self._submit = page, scan_line, submit
        self._takes, self._besides = takes, besides
        self.clock, self._gap = clock, gap_ms / 1000
        self._held: list[_Held] = []
        self._target: QWidget | None = None
        self._last = 0.0
        self._replaying = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(gap_ms)
        self._timer.timeout.connect(self.release)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            return self._enter_ends_a_scan(watched, event)
        if event.type() != QEvent.Type.KeyPress or self._replaying:
            return False
        if (watched is self._line or not isinstance(watched, QWidget)
                or watched is not QApplication.focusWidget() or not self._page.isVisible()
                or not self._page.isAncestorOf(watched) or not isinstance(event, QKeyEvent)
                or (self._besides is not None and (watched is self._besides
                                                   or self._besides.isAncestorOf(watched)))):
            return False
        if event.key() in _MODIFIERS:
            return False  # a scanner presses Shift for each capital: part of the burst
        now = self.clock()
        quick = bool(self._held) and now - self._last <= self._gap
        if event.key() in _ENTER:
            if quick and len(self._held) >= MIN_CHARS:
                code = "".join(h.text for h in self._held)
                if self._takes is not None and not self._takes(code):
                    self.release()  # not a card here: the field's own, Enter too
                    return False
                self._held, self._target = [], None
                self._timer.stop()
                self._submit(code)
                return True
            self.release()
            return False
        if not _scan_char(event):
            self.release()  # a key of another kind: what was held was typed by hand
            return False
        if self._held and (not quick or self._target is not watched):
            self.release()
        self._held.append(_Held(event.key(), event.modifiers(), event.text()))
        self._target, self._last = watched, now
        self._timer.start()
        return True

    def _enter_ends_a_scan(self, watched: QObject, event: QEvent) -> bool:
        """The Enter that ends a held burst comes as a key press, not as a page's shortcut
        (Return previews a document on the Reports page: a scan there opened the preview)."""
        if (watched is self._target and isinstance(event, QKeyEvent)
                and event.key() in _ENTER and len(self._held) >= MIN_CHARS
                and self.clock() - self._last <= self._gap):
            event.accept()
            return True
        return False

    def release(self) -> None:
        """A pause: the held keys were typed by a person, to the widget they were meant for."""
        self._timer.stop()
        held, target = self._held, self._target
        self._held, self._target = [], None
        if not held or target is None or not isValid(target):
            return
        self._replaying = True
        try:
            for h in held:
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QCoreApplication.sendEvent(target, QKeyEvent(kind, h.key, h.modifiers,
                                                                 h.text))
        finally:
            self._replaying = False


def return_focus_to(page: QWidget, home: Callable[[], None]) -> None:
    """After any button of the page is pressed (Alt+letter gives it the keyboard) or a field
    is done, the keyboard goes back home (the scan field) unless a dialog took it."""

    def later() -> None:
        QTimer.singleShot(0, back)

    def back() -> None:
        if (isValid(page) and page.isVisible() and QApplication.activeModalWidget() is None
                and QApplication.activePopupWidget() is None):
            home()

    for button in page.findChildren(QAbstractButton):
        button.clicked.connect(later)
    for box in page.findChildren(QAbstractSpinBox):
        box.editingFinished.connect(later)
    for combo in page.findChildren(QComboBox):
        combo.activated.connect(later)
