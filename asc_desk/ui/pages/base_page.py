"""What every sidebar page has: a key, a translated title, retranslation on demand, and the
change broadcast: a page says what it changed and refreshes only when what it shows is stale."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QWidget

from asc_desk.domain.changes import Area, Changes
from asc_desk.ui.lazy_qt import Qt
from asc_desk.ui.styles import NOTICE_STYLE, OK_STYLE


class Page(QWidget):
    key = ""
    # The areas the page shows: a change of any of them makes the page stale.
    shows: Area = Area.NONE
    # Emitted with the Changes of every action taken on this page; the main window passes
    # them on to every page (this one included).
    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stale = True

    def title(self) -> str:
        raise NotImplementedError

    def retranslate(self) -> None:
        """Set every visible text; called once at start and on each language change."""

    def refresh(self) -> None:
        """Reload the data shown on the page."""

    # -- the change broadcast ---------------------------------------------------------------
    @property
    def stale(self) -> bool:
        return self._stale

    def shown_day(self) -> dt.date | None:
        """The day the page shows, for changes of one day (attendance, shifts); None: all."""
        return None

    def apply_changes(self, changes: Changes) -> None:
        """Called by the main window after any action: refresh now if visible and stale, or
        at the next show."""
        if not changes.touches(self.shows, self.shown_day()):
            return
        self._stale = True
        if self.isVisible():
            self.refresh_if_stale()

    def report(self, changes: Changes, *, shown: bool = False) -> None:
        """After an action on this page: bring the page itself up to date (unless `shown`:
        it already shows the result) and tell the window, which tells the other pages."""
        if not changes:
            return
        if not shown:
            self.apply_changes(changes)
        self.changed.emit(changes)

    def refresh_if_stale(self) -> None:
        if self._stale:
            self._stale = False
            self.refresh()

    # -- the page's kit: dialogs, notes and errors the same way on every page --------------
    def open_dialog(self, dialog: QDialog, on_accepted: Callable[[QDialog], None] | None = None,
                    *, on_finished: Callable[[], None] | None = None) -> QDialog:
        """Open a window-modal dialog without blocking; `on_accepted(dialog)` runs on OK.
        The dialog is kept in `self.dialog` while open (tests drive it there)."""
        self.hide_note()
        self.dialog = dialog
        if on_accepted is not None:
            dialog.accepted.connect(lambda: on_accepted(dialog))
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog, on_finished))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: QDialog, on_finished: Callable[[], None] | None) -> None:
        if getattr(self, "dialog", None) is dialog:
            self.dialog = None
        if on_finished is not None:
            on_finished()
        self.focus_home()

    def leave_ok(self) -> bool:
        """Asked before the window shows another page or closes: False keeps the user here
        (a page with unsaved edits asks first)."""
        return True

    def focus_home(self) -> None:
        """Where the keyboard goes back to after a dialog (the scan or search field)."""

    def note_label(self) -> QLabel | None:
        """The label of the page's one-line notes, if it has one."""
        return None

    def show_note(self, text: str | Callable[[], str], *, warning: bool = False) -> None:
        """A one-line result under the page's top: done (green, ✓), or needs attention
        (yellow; the lines that need it carry their own ⚠). Given as a function that renders
        it (a template and its values), the note is rendered again in a new language."""
        label = self.note_label()
        if label is None:
            return
        self._note = (text, warning) if callable(text) else None
        shown = text() if callable(text) else text
        label.setStyleSheet(NOTICE_STYLE if warning else OK_STYLE)
        label.setText(shown if warning else "✓ " + shown)
        label.show()

    def hide_note(self) -> None:
        label = self.note_label()
        if label is not None:
            label.hide()

    def show_error(self, text: str) -> QMessageBox:
        """A window-modal box (not blocking): an error must be read before going on."""
        self.hide_note()
        box = QMessageBox(QMessageBox.Icon.Warning, self.title(), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.finished.connect(box.deleteLater)
        self.error_box = box
        box.open()
        return box

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            note, label = getattr(self, "_note", None), self.note_label()
            if note is not None and label is not None and not label.isHidden():
                self.show_note(*note[:1], warning=note[1])  # from its template, translated
        super().changeEvent(event)
