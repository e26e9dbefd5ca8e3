"""The roster table's kept-text painting looks exactly like Qt's own delegate, pixel for pixel."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtGui import QFont, QImage
from PySide6.QtWidgets import QStyledItemDelegate, QStyleFactory

from asc_desk.ui.models import children_table_model as m
from asc_desk.ui.models.children_table_model import ChildrenTableModel, RosterFilter
from asc_desk.ui.pages.children_page import COLUMN_SAMPLES
from asc_desk.ui.widgets.cell_text_delegate import CellTextDelegate
from asc_desk.ui.widgets.row_table import row_table
from tests.ui.test_children_table_model import TODAY, generated_rows, row


def rows():
    extra = [
        # Texts wider than their columns: elided with "…" as before.
        row(90001, "欧阳梓涵涵涵涵涵涵涵涵", external_id="2026000000000000001",
            school="东坑镇第二中心小学附属幼儿园", grade="三年级",
            guardians=("黄小芳", "丁建国", "欧阳娜娜"),
            phones=("13972006940", "15015645944", "13800138000")),
        # 阿 (a) first by pinyin: on screen, in their own colours and fonts (bold, italic).
        row(90002, "阿小明", allergies="花生", insurance="missing", status="active"),
        row(90003, "阿四", allergies="牛奶, 鸡蛋, 海鲜, 芒果, 花生酱, 坚果类食品",
            insurance="expired"),
        row(90006, "阿六", external_id="3006", school="华彩小学", status="withdrawn"),
        row(90007, "阿七", allergies="花生", status="withdrawn"),
        row(90008, "阿八", insurance="expired"),
        replace(row(90004, "王𪚥"), unprintable="𪚥"),
        row(90005, "Anna Li", external_id="", gender="F"),
    ]
    return extra + generated_rows(60)


def painted(qapp, delegate: type[QStyledItemDelegate], *, alternate: bool, select: int | None,
            status: str, font: QFont | None = None, style: str | None = None) -> QImage:
    model = ChildrenTableModel(today=lambda: TODAY)
    model.set_rows(rows())
    model.set_filter(RosterFilter(status=status))
    table = row_table(model, COLUMN_SAMPLES, padding=24)
    assert isinstance(table.itemDelegate(), CellTextDelegate)  # what the page gets
    if delegate is QStyledItemDelegate:
        table.setItemDelegate(delegate(table))
    table.setAlternatingRowColors(alternate)
    if style is not None:
        table.setStyle(QStyleFactory.create(style))
    table.resize(1000, 500)
    table.show()
    qapp.processEvents()
    if font is not None:  # after a first paint, which kept texts in the old font
        table.setFont(font)
        qapp.processEvents()
    if select is not None:
        table.selectRow(select)
        table.setFocus()
    else:
        # After other tests, a table shown may be activated and focused, its first cell
        # made current (drawn by Qt either way); both tables are then painted alike.
        table.selectionModel().clearCurrentIndex()
    table.viewport().repaint()  # the delegate's texts are kept from an earlier paint
    image = table.grab().toImage()
    table.close()
    return image


@pytest.mark.parametrize(("alternate", "select", "status"), [
    (False, None, m.ACTIVE), (True, 2, m.ACTIVE), (True, 1, m.ALL)])
def test_painted_exactly_as_qt_paints(qapp, cjk_family, translations, alternate, select,
                                      status):
    ours = painted(qapp, CellTextDelegate, alternate=alternate, select=select, status=status)
    qts = painted(qapp, QStyledItemDelegate, alternate=alternate, select=select, status=status)
    assert ours.size() == qts.size()
    assert ours == qts


@pytest.mark.parametrize("points", [7, 9, 12, 20])  # 20: taller than the rows, clipped
def test_a_changed_font_lays_the_texts_out_again(qapp, cjk_family, translations, points):
    big = QFont(cjk_family, points)
    ours = painted(qapp, CellTextDelegate, alternate=False, select=None, status=m.ALL,
                   font=big)
    qts = painted(qapp, QStyledItemDelegate, alternate=False, select=None, status=m.ALL,
                  font=big)
    assert ours == qts


def test_models_without_kept_cells_keep_qts_delegate(qapp):
    from PySide6.QtGui import QStandardItemModel

    table = row_table(QStandardItemModel(2, 2), {0: "abc"}, padding=10)
    assert type(table.itemDelegate()) is not CellTextDelegate


def test_a_full_cache_starts_again_and_paints_the_same(qapp, cjk_family, translations,
                                                       monkeypatch):
    from asc_desk.ui.widgets import cell_text_delegate

    monkeypatch.setattr(cell_text_delegate, "MAX_KEPT", 5)
    ours = painted(qapp, CellTextDelegate, alternate=True, select=None, status=m.ALL)
    qts = painted(qapp, QStyledItemDelegate, alternate=True, select=None, status=m.ALL)
    assert ours == qts


def test_the_windows_style_paints_the_same(qapp, cjk_family, translations):
    ours = painted(qapp, CellTextDelegate, alternate=True, select=2, status=m.ALL,
                   style="Windows")
    qts = painted(qapp, QStyledItemDelegate, alternate=True, select=2, status=m.ALL,
                  style="Windows")
    assert ours == qts


def test_a_style_not_checked_leaves_every_cell_to_qt(qapp, cjk_family, translations,
                                                     monkeypatch):
    from asc_desk.ui.widgets import cell_text_delegate

    monkeypatch.setattr(cell_text_delegate, "CHECKED_STYLES", frozenset())
    laid_out: list[str] = []
    real = CellTextDelegate._laid_out
    monkeypatch.setattr(CellTextDelegate, "_laid_out",
                        lambda self, text, *a: laid_out.append(text) or real(self, text, *a))
    ours = painted(qapp, CellTextDelegate, alternate=False, select=None, status=m.ALL)
    qts = painted(qapp, QStyledItemDelegate, alternate=False, select=None, status=m.ALL)
    assert ours == qts and laid_out == []
