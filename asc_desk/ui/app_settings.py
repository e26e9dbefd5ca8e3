"""Per-PC settings, each declared once here with its key, type and default (Picard's way):
QSettings stores strings, so every read names its type."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    type: type
    default: T


GEOMETRY: Setting[QByteArray] = Setting("window/geometry", QByteArray, QByteArray())
LAST_PAGE: Setting[str] = Setting("window/last_page", str, "today")
# Who operates this PC's desk: the records name them ("gui:<operator>"), else the PC user.
OPERATOR: Setting[str] = Setting("desk/operator", str, "")

# The last database opened here and its center's name, language and zone: the next start
# paints the window in them before the database is open (see asc_desk/window_start.py).
LAST_DATABASE: Setting[str] = Setting("start/database", str, "")
LAST_CENTER: Setting[str] = Setting("start/center", str, "")
LAST_LANGUAGE: Setting[str] = Setting("start/language", str, "")
LAST_ZONE: Setting[str] = Setting("start/time_zone", str, "")

ALL_SETTINGS = (GEOMETRY, LAST_PAGE, OPERATOR, LAST_DATABASE, LAST_CENTER, LAST_LANGUAGE,
                LAST_ZONE)


@dataclass(frozen=True)
class KnownCenter:
    """The center as the last start found it; what the window shell needs of it."""

    name: str
    language: str
    time_zone: str


class AppSettings:
    """Typed reads and writes of the settings above on one QSettings (an .ini file)."""

    def __init__(self, qsettings: QSettings) -> None:
        self._s = qsettings

    def get(self, setting: Setting[T]) -> T:
        return self._s.value(setting.key, setting.default, type=setting.type)

    def set(self, setting: Setting[T], value: T) -> None:
        self._s.setValue(setting.key, value)

    def sync(self) -> None:
        self._s.sync()

    # -- the settings by name ------------------------------------------------------------
    @property
    def geometry(self) -> QByteArray | None:
        value = self.get(GEOMETRY)
        return value if value else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self.set(GEOMETRY, value)

    @property
    def last_page(self) -> str:
        return str(self.get(LAST_PAGE))

    @last_page.setter
    def last_page(self, value: str) -> None:
        self.set(LAST_PAGE, value)

    @property
    def operator(self) -> str:
        """Read each time it is asked: a change in Settings applies to the next record."""
        return str(self.get(OPERATOR)).strip()

    @operator.setter
    def operator(self, value: str) -> None:
        self.set(OPERATOR, value.strip())
        self.sync()

    def known_center(self, database: str) -> KnownCenter | None:
        """The center of `database` (a file path) as last opened on this PC, if it was."""
        if not database or self.get(LAST_DATABASE) != database:
            return None
        center = KnownCenter(str(self.get(LAST_CENTER)), str(self.get(LAST_LANGUAGE)),
                             str(self.get(LAST_ZONE)))
        return center if center.name and center.language and center.time_zone else None

    def remember_center(self, database: str, center) -> None:
        """`center`: anything with a name, language and time_zone (the service's CenterInfo)."""
        for setting, value in ((LAST_DATABASE, database), (LAST_CENTER, center.name),
                               (LAST_LANGUAGE, center.language),
                               (LAST_ZONE, center.time_zone)):
            self.set(setting, value)
        self.sync()
