"""What every sidebar page has: a key, a translated title, retranslation on demand, and the
change broadcast: a page says what it changed and refreshes only when what it shows is stale."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from asc_desk.domain.changes import Area, Changes


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

    def refresh_if_stale(self) -> None:
        if self._stale:
            self._stale = False
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
