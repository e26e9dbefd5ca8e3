"""Per-PC window settings, each declared once with its type (QSettings returns strings)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings


class WindowSettings:
    GEOMETRY = "window/geometry"
    LAST_PAGE = "window/last_page"

    def __init__(self, qsettings: QSettings) -> None:
        self._s = qsettings

    @property
    def geometry(self) -> QByteArray | None:
        value = self._s.value(self.GEOMETRY, None, type=QByteArray)
        return value if value else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._s.setValue(self.GEOMETRY, value)

    @property
    def last_page(self) -> str:
        return str(self._s.value(self.LAST_PAGE, "today", type=str))

    @last_page.setter
    def last_page(self, value: str) -> None:
        self._s.setValue(self.LAST_PAGE, value)

    def sync(self) -> None:
        self._s.sync()
