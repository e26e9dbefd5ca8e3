"""What every sidebar page has: a key, a translated title, and retranslation on demand."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget


class Page(QWidget):
    key = ""

    def title(self) -> str:
        raise NotImplementedError

    def retranslate(self) -> None:
        """Set every visible text; called once at start and on each language change."""

    def refresh(self) -> None:
        """Reload data shown on the page (called when the page is shown)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
