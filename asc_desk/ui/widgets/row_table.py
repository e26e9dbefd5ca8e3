"""The read-only table of rows both lists use (the roster, the day's children): whole rows
chosen one at a time, fixed row heights, columns sized once from sample text."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def row_table(model: QAbstractItemModel, column_samples: Mapping[int, str], *,
              padding: int) -> QTableView:
    """Never ResizeToContents (../shared/PITFALLS.md): it measures every row, seconds at
    10,000; widths come from sample text, the last column takes the rest."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    cells = getattr(model, "painted_cell", None)  # see cell_text_delegate
    if cells is not None:  # imported here: the lists without it (the desk's) never load it
        from asc_desk.ui.widgets.cell_text_delegate import CellTextDelegate

        table.setItemDelegate(CellTextDelegate(cells, table))
    metrics = table.fontMetrics()
    rows = table.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(metrics.height() + 8)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for column, sample in column_samples.items():
        table.setColumnWidth(column, metrics.horizontalAdvance(sample) + padding)
    return table
