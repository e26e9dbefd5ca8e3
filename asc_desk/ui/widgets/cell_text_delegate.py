"""Paints a long list's cells from text laid out once and kept between repaints (QStaticText).

The default delegate lays every cell's text out again on every repaint (QTextLayout, font
shaping, elision): after a search keystroke over 10,000 children that was most of the frame.
A model with a method painted_cell(row, column) giving (display, foreground, background,
font), as its data() answers them, gets this delegate from row_table. Cells that are selected
or current, or whose text does not fit (elided with "…"), are painted by QStyledItemDelegate
as before; the others look the same pixel for pixel (tests/ui/test_cell_text_delegate.py).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QPainter, QPalette, QStaticText, QTransform
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

# (display, foreground, background, font) of the cell at (row, column), or None.
Cells = Callable[[int, int], tuple | None]
# Distinct texts kept (names, phones, dates...): a screen shows a few hundred cells; past this
# the cache starts again rather than grow with every row scrolled through (a laid-out text
# holds its glyphs' positions: ~1 KB).
MAX_KEPT = 5_000

# States and groups as plain ints and values looked up once: Qt's enums are Python enums, and
# an operation on one costs microseconds, several per cell, hundreds of cells per repaint.
_SPECIAL = (QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus
            | QStyle.StateFlag.State_Editing | QStyle.StateFlag.State_MouseOver).value
# Styles whose item painting is QCommonStyle's, which this copies (checked pixel for pixel in
# tests/ui/test_cell_text_delegate.py). Native Windows and macOS styles draw items their own
# way (themed hover, rounded selections): there every cell is painted by Qt as before.
CHECKED_STYLES = frozenset({"fusion", "windows"})
_ENABLED = QStyle.StateFlag.State_Enabled.value
_ACTIVE = QStyle.StateFlag.State_Active.value
_GROUPS = {0: QPalette.ColorGroup.Disabled, _ACTIVE: QPalette.ColorGroup.Disabled,
           _ENABLED: QPalette.ColorGroup.Inactive, _ENABLED | _ACTIVE: QPalette.ColorGroup.Active}
_TEXT = QPalette.ColorRole.Text


class CellTextDelegate(QStyledItemDelegate):
    def __init__(self, cells: Cells, parent=None) -> None:
        super().__init__(parent)
        self._cells = cells
        # (text, 0 or the id of the cell's own font): the text laid out in that font, its
        # width, its height in whole pixels and the cell's own font (None: the view's)
        self._texts: dict[tuple[str, int], tuple[QStaticText, float, int, QFont | None]] = {}
        self._font: QFont | None = None  # the view's font, which the kept texts assume
        # id of a cell's own font (bold, italic): (that font, kept alive so that its id is
        # never another's, and it resolved against the view's font, as the default does).
        self._fonts: dict[int, tuple[QFont, QFont]] = {}
        self._margin = 3  # the style's text margin (PM_FocusFrameHMargin + 1)
        self._checked_style = False  # see CHECKED_STYLES
        self._places: dict[tuple[int, int], tuple[int, int]] = {}  # see _place
        self._left_to_right = True

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        cell = self._cells(index.row(), index.column())
        state = option.state.value
        if cell is None or state & _SPECIAL:
            super().paint(painter, option, index)
            return
        view_font = option.font
        if view_font != self._font:
            self._start(view_font, option)
        if not self._checked_style or not self._left_to_right:
            super().paint(painter, option, index)
            return
        text, foreground, background, cell_font = cell
        rect = option.rect
        if not text:
            if background is not None:
                painter.fillRect(rect, background)
            return  # the default draws no text either
        font_key = 0 if cell_font is None else id(cell_font)
        kept = self._texts.get((text, font_key))
        if kept is None:
            kept = self._laid_out(text, font_key, cell_font)
        layout, width, height, own_font = kept
        if width > rect.width() - 2 * self._margin or height > rect.height():
            super().paint(painter, option, index)  # elided with "…", or clipped, as usual
            return
        if background is not None:
            painter.fillRect(rect, background)
        painter.setPen(foreground if foreground is not None else
                       option.palette.color(_GROUPS[state & (_ENABLED | _ACTIVE)], _TEXT))
        # Where the style's own drawing puts the text in a cell of this height: worked out
        # once by the style itself.
        place = self._places.get((rect.height(), height))
        if place is None:
            place = self._place(option, index, height)
        if own_font is None:
            painter.drawStaticText(rect.x() + place[0], rect.y() + place[1], layout)
            return
        # A static text is drawn in the painter's font (laid out again if that differs): the
        # cell's own font (bold, italic) for this cell only, the view's again after it.
        painter.setFont(own_font)
        painter.drawStaticText(rect.x() + place[0], rect.y() + place[1], layout)
        painter.setFont(view_font)

    def _start(self, font: QFont, option: QStyleOptionViewItem) -> None:
        """A new font (or the first paint): texts laid out again, the style read again."""
        self._texts = {}
        self._fonts = {}
        self._places = {}
        self._font = QFont(font)
        widget = option.widget
        style = widget.style() if widget else None
        if style is not None:
            self._margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None,
                                             widget) + 1
        self._checked_style = style is not None and style.name().lower() in CHECKED_STYLES
        self._left_to_right = option.direction == Qt.LayoutDirection.LeftToRight

    def _place(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex,
               height: int) -> tuple[int, int]:
        """(x, y) of a text's top left in the cell, as QCommonStyle places it: in its text rect
        (SE_ItemViewItemText) after the text margin, centred with the odd pixel above (as
        measured against Qt's own drawing at sizes 7 to 16 points: test_cell_text_delegate)."""
        full = QStyleOptionViewItem(option)
        self.initStyleOption(full, index)
        widget = option.widget
        style = widget.style() if widget else QApplication.style()
        text = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, full, widget)
        rect = option.rect
        place = (text.x() - rect.x() + self._margin,
                 text.y() - rect.y() + (text.height() - height + 1) // 2)
        self._places[(rect.height(), height)] = place
        return place

    def _laid_out(self, text: str, font_key: int,
                  cell_font: QFont | None) -> tuple[QStaticText, float, int, QFont | None]:
        if len(self._texts) >= MAX_KEPT:
            self._texts = {}
        font = self._font or QFont()
        own_font = None
        if cell_font is not None:
            fonts = self._fonts.get(font_key)
            if fonts is None:
                fonts = self._fonts[font_key] = (cell_font, cell_font.resolve(font))
            font = own_font = fonts[1]
        layout = QStaticText(text)
        layout.setTextFormat(Qt.TextFormat.PlainText)
        layout.prepare(QTransform(), font)
        size = layout.size()
        kept = (layout, size.width(), int(size.height()), own_font)
        self._texts[(text, font_key)] = kept
        return kept
