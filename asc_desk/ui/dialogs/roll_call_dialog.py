"""Emergency roll call: every child present now with guardians' phones, to show, copy or print."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtGui import QFont, QGuiApplication, QTextDocument
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

from asc_desk.services.attendance.attendance_service import ChildDay, DayView
from asc_desk.ui.models.today_table_model import local_hm


class RollCallDialog(QDialog):
    def __init__(self, view: DayView, zone: dt.tzinfo, at: dt.datetime, center_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self.children_here: list[ChildDay] = sorted(
            (c for c in view.children if c.record.present), key=lambda c: c.child.name)
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

    def document(self) -> QTextDocument:
        cells = "".join(f"<th align='left'>{html.escape(h)}</th>" for h in self.headers)
        body = "".join("<tr>" + "".join(f"<td>{html.escape(v)}</td>" for v in row) + "</tr>"
                       for row in self.rows())
        document = QTextDocument()
        document.setDefaultFont(self.table.font())
        document.setHtml(f"<h2>{html.escape(self.heading.text())}</h2>"
                         f"<table border='1' cellpadding='6' cellspacing='0' width='100%'>"
                         f"<tr>{cells}</tr>{body}</table>")
        return document

    def print_list(self) -> None:
        # Imported here: the print module loads printer drivers, needed only when printing.
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.document().print_(printer)
            self.status.setText(self.tr("Sent to the printer."))
