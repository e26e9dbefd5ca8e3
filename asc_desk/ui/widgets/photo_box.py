"""The child's photo on the form: a preview, Choose… and Remove. A chosen picture is scaled
down and stored as a small JPEG, so even a 100 MP phone photo costs the database a few dozen KB."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QPainter, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asc_desk.domain.errors import UserError
from asc_desk.domain.photo import check_photo
from asc_desk.ui.error_text import user_message
from asc_desk.ui.widgets.center_form import FieldError

PREVIEW = QSize(120, 150)
STORED = QSize(480, 600)  # enough to recognise a face on screen and on a printed card
JPEG_QUALITY = 85
# Qt's own cap on the pixels it decodes (its default): big JPEGs are decoded at a smaller
# size and never reach it; a huge PNG or BMP does, and is refused with its size.
READ_LIMIT_MB = 256


def encode_photo(image: QImage) -> bytes:
    """The picture as stored: at most STORED, JPEG, on white where it was transparent."""
    if image.width() > STORED.width() or image.height() > STORED.height():
        image = image.scaled(STORED, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    flat = QImage(image.size(), QImage.Format.Format_RGB32)
    flat.fill(Qt.GlobalColor.white)
    painter = QPainter(flat)
    painter.drawImage(0, 0, image)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    flat.save(buffer, "JPG", JPEG_QUALITY)
    buffer.close()
    return bytes(data.data())


class PhotoBox(QWidget):
    """`value()` is the photo to store (None: none); `changed` says whether it was touched."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._photo: bytes | None = None
        self.changed = False
        self.folder = Path.home()
        self.preview = QLabel()
        self.preview.setObjectName("childPhoto")
        self.preview.setFixedSize(PREVIEW)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview.setWordWrap(True)
        self.choose_button, self.remove_button = QPushButton(), QPushButton()
        self.choose_button.clicked.connect(self.choose)
        self.remove_button.clicked.connect(self.remove)
        self.error = FieldError()
        # The message wraps under the picture instead of widening the box (and squeezing the
        # form's fields beside it).
        self.error.setMaximumWidth(PREVIEW.width() + 150)
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.preview)
        row.addLayout(buttons)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.retranslate()
        self._show()

    def retranslate(self) -> None:
        self.choose_button.setText(self.tr("Choose pho&to…"))
        self.remove_button.setText(self.tr("Remo&ve photo"))
        if self._photo is None:
            self.preview.setText(self.tr("No photo"))

    def value(self) -> bytes | None:
        return self._photo

    def set_value(self, photo: bytes | None) -> None:
        """The stored photo, when the form opens: not a change."""
        self._photo, self.changed = photo, False
        self._show()

    def _show(self) -> None:
        pixmap = QPixmap()
        if self._photo is not None and pixmap.loadFromData(self._photo):
            self.preview.setPixmap(pixmap.scaled(
                PREVIEW, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        else:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No photo"))
        self.remove_button.setEnabled(self._photo is not None)

    def ask_path(self) -> Path | None:
        """The file dialog (tests replace this method)."""
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the child's photo"), str(self.folder), self.file_filter())
        return Path(chosen) if chosen else None

    def file_filter(self) -> str:
        # .webp and .jfif: what browsers and WeChat save; Qt reads both here.
        return ";;".join((self.tr("Pictures (*.jpg *.jpeg *.jfif *.png *.bmp *.webp)"),
                          self.tr("All files (*)")))

    def choose(self) -> bool:
        path = self.ask_path()
        return path is not None and self.load_file(path)

    def load_file(self, path: Path) -> bool:
        """Reads, scales and checks a picture; a file that is none is refused beside the box
        and the photo stays as it was."""
        self.error.clear_message()
        QImageReader.setAllocationLimit(READ_LIMIT_MB)
        reader = QImageReader(str(path))
        reader.setAutoTransform(True)  # phone pictures lie on their side without EXIF turns
        size = reader.size()  # from the header, before any pixel is read
        if size.isValid() and (size.width() > STORED.height() or size.height() > STORED.height()):
            # Decoded straight at a smaller size: a 100 MP phone photo never fills memory, and
            # either orientation still fits STORED once turned upright.
            reader.setScaledSize(size.scaled(QSize(STORED.height(), STORED.height()),
                                             Qt.AspectRatioMode.KeepAspectRatio))
        image = reader.read()
        if image.isNull() and size.isValid():
            self.error.show_message(self.tr("{file} is too large a picture to read ({width}×"
                                            "{height}): choose a smaller one.").format(
                file=path.name, width=size.width(), height=size.height()))
            return False
        if image.isNull():
            self.error.show_message(self.tr("{file} is not a picture that can be read (JPEG, "
                                            "PNG or BMP).").format(file=path.name))
            return False
        try:
            photo = check_photo(encode_photo(image))
        except UserError as exc:
            self.error.show_message(user_message(exc))
            return False
        self.folder = path.parent
        self._photo, self.changed = photo, True
        self._show()
        return True

    def remove(self) -> None:
        self.error.clear_message()
        self._photo, self.changed = None, True
        self._show()
