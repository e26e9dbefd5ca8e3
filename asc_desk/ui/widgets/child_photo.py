"""A child's photo, small, where a face is checked: the check-out dialog and the Today
page's selected child. No photo: a grey frame that says so (never an empty gap)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel

from asc_desk.ui.lazy_qt import Qt

PHOTO_SIZE = QSize(96, 120)  # the check-out dialog
DESK_PHOTO_SIZE = QSize(60, 75)  # the Today page: fits beside the scan field at 1366x768
# Centred by the style sheet: no enum before the window's first paint (see lazy_qt).
CENTRED = "qproperty-alignment: AlignCenter;"
NO_PHOTO_STYLE = CENTRED + "border: 1px solid #b0b0b0; color: #707070; background: #f4f4f4;"


def child_photo_label(photo: bytes | None, size: QSize) -> QLabel:
    label = QLabel()
    label.setObjectName("childPhotoSmall")
    label.setFixedSize(size)
    show_photo(label, photo)
    return label


def show_photo(label: QLabel, photo: bytes | None) -> bool:
    """Shows the picture scaled into the label; returns whether there was one to show."""
    pixmap = QPixmap()
    if photo is not None and pixmap.loadFromData(photo):
        _style(label, CENTRED)
        label.setPixmap(pixmap.scaled(label.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                      Qt.TransformationMode.SmoothTransformation))
        label.setToolTip("")
        return True
    label.setPixmap(QPixmap())
    _style(label, NO_PHOTO_STYLE)
    label.setText(QCoreApplication.translate("ChildPhoto", "No photo"))
    label.setWordWrap(True)
    return False


def _style(label: QLabel, style: str) -> None:
    # Setting a style sheet re-polishes the widget (about a millisecond) even when it is the
    # same: the desk shows "No photo" after every scan of a child without one.
    if label.styleSheet() != style:
        label.setStyleSheet(style)


class SelectedPhoto:
    """The Today page's photo of the selected child: read once per child (a deferred column,
    one row by key), kept until the roster may have changed (`forget`)."""

    def __init__(self, read, size: QSize = DESK_PHOTO_SIZE) -> None:
        self.label = child_photo_label(None, size)
        self.label.setObjectName("selectedChildPhoto")
        self._read = read  # child id -> bytes | None
        self._cache: dict[int, bytes | None] = {}
        self.child_id: int | None = None

    def show(self, child_id: int | None) -> None:
        if child_id == self.child_id and child_id is not None:
            return
        self.child_id = child_id
        if child_id is None:
            show_photo(self.label, None)
            return
        if child_id not in self._cache:
            if len(self._cache) > 300:
                self._cache.clear()
            try:
                self._cache[child_id] = self._read(child_id)
            except Exception:  # noqa: BLE001 (a photo must never stop the desk)
                self._cache[child_id] = None
        show_photo(self.label, self._cache[child_id])

    def retranslate(self) -> None:
        """"No photo" in the language just chosen (a picture has no words)."""
        if self.label.pixmap().isNull():
            self.label.setText(QCoreApplication.translate("ChildPhoto", "No photo"))

    def forget(self) -> None:
        self._cache.clear()
        self.child_id = None
