"""Emergency roll call: every child present now with guardians' phones, to show, copy or print.

Print makes a small PDF (reports/desk_sheets_pdf.py: the children, their guardians' phones and
the caregivers on duty) and prints it through ui/pdf_printing.py, as the Reports page does."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asc_desk.domain.errors import UserError
from asc_desk.reports.desk_sheets_pdf import RollCallSheet, write_roll_call_pdf
from asc_desk.services.attendance.attendance_service import ChildDay, DayView
from asc_desk.ui.error_text import user_message
from asc_desk.ui.models.today_table_model import local_hm
from asc_desk.ui.pdf_printing import AskPrinter, PrinterFactory, PrintError, print_file


class RollCallDialog(QDialog):
    def __init__(self, view: DayView, zone: dt.tzinfo, at: dt.datetime, center_name: str,
                 parent: QWidget | None = None, *,
                 on_duty: Sequence[tuple[str, str]] = (),
                 printer: PrinterFactory | None = None, ask: AskPrinter | None = None,
                 paper: str = "a4") -> None:
        super().__init__(parent)
        self._zone = zone
        self._center_name, self._at = center_name, at.astimezone(zone)
        self.on_duty = tuple(on_duty)  # (caregiver name, role), for the printed sheet
        self._printer, self._ask, self._paper = printer, ask, paper
        # In the service's pinyin order, as the desk lists children.
        self.children_here: list[ChildDay] = [c for c in view.children if c.record.present]
        local = at.astimezone(zone)
        self.setWindowTitle(self.tr("Emergency roll call"))
        self.heading = QLabel(self.tr("{center} — {date} {time} — {count} children present")
                              .format(center=center_name, date=local.date().isoformat(),
                                      time=local.strftime("%H:%M"),
                                      count=len(self.children_here)))
        big = QFont(self.heading.font())
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setBold(True)
        self.heading.setFont(big)
        self.heading.setWordWrap(True)

        self.headers = [self.tr("Child"), self.tr("In"), self.tr("Guardians"),
                        self.tr("Phones"), self.tr("Allergies")]
        self.table = QTableWidget(len(self.children_here), len(self.headers))
        self.table.setObjectName("rollCallTable")
        self.table.setHorizontalHeaderLabels(self.headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        font = QFont(self.table.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.table.setFont(font)
        for row, values in enumerate(self.rows()):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        # A few dozen rows at most: measuring the contents once is cheap here.
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        self.table.horizontalHeader().setSectionResizeMode(len(self.headers) - 1,
                                                           QHeaderView.ResizeMode.Stretch)

        self.copy_button = QPushButton(self.tr("&Copy list"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.status = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy)
        self.print_button.clicked.connect(self.print_list)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        if not self.children_here:
            layout.addWidget(QLabel(self.tr("No child is marked present.")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(1000, 620)
        self.copy_button.setFocus()

    def rows(self) -> list[list[str]]:
        return [[c.child.name, local_hm(c.record.check_in, self._zone),
                 "、".join(c.child.guardians), ", ".join(c.child.phones), c.child.allergies]
                for c in self.children_here]

    def plain_text(self) -> str:
        lines = [self.heading.text(), "\t".join(self.headers)]
        lines += ["\t".join(row) for row in self.rows()]
        return "\n".join(lines) + "\n"

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.plain_text())
        self.status.setText(self.tr("Copied: paste it into a message or a document."))

    def sheet(self) -> RollCallSheet:
        return RollCallSheet(self._center_name, self._at,
                             tuple(tuple(row) for row in self.rows()), self.on_duty)

    def print_list(self) -> int | None:
        """Makes the roll-call PDF and prints it (the print dialog first); returns the pages
        sent, or None when cancelled or refused (the reason is shown)."""
        with tempfile.TemporaryDirectory(prefix="asc-roll-call-") as folder:
            path = Path(folder) / "roll-call.pdf"
            try:
                write_roll_call_pdf(self.sheet(), path, self._paper)
                done = print_file(self, path, self._paper, self.tr("Emergency roll call"),
                                  printer=self._printer, ask=self._ask)
            except UserError as exc:
                self.status.setText(user_message(exc))
                return None
            except PrintError as exc:
                self.status.setText(self.tr("Could not print: {what} did not start. Check the "
                                            "printer and try again.").format(what=str(exc)))
                return None
        if done is None:
            return None
        printer, pages = done
        self.status.setText(self.tr("Sent {pages} page(s) to {printer}.").format(
            pages=pages, printer=printer.printerName() or printer.outputFileName()))
        return pages
