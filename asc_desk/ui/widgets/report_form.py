"""The Reports page's fields: the chosen document's day or month, program, child (with the
card revocation beside it), blank sheet and paper, the Preview button, and the line under them
that says what is wrong with a choice. Only the fields the document takes are shown."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asc_desk.reports.catalogue import Document, Param, ReportParams
from asc_desk.ui.widgets.date_edit import DateEdit


class ReportForm(QWidget):
    changed = Signal()  # any field changed (the page updates its caption)

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date_label, self.month_label = QLabel(), QLabel()
        self.program_label, self.paper_label = QLabel(), QLabel()
        self.child_label = QLabel()
        self.date_edit = DateEdit(QDate(today.year, today.month, today.day))
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.month_edit = DateEdit(QDate(today.year, today.month, 1))
        self.month_edit.setDisplayFormat("yyyy-MM")
        for edit in (self.date_edit, self.month_edit):
            edit.setCalendarPopup(True)
        self.program_box = QComboBox()
        self.program_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.blank_check = QCheckBox()
        self.child_edit = QLineEdit()
        self.child_edit.setClearButtonEnabled(True)
        self.child_edit.setFixedWidth(150)
        self.revoke_button = QPushButton()  # the pickup cards of one child only
        self.revoke_button.setObjectName("revokeCardButton")
        self.paper_box = QComboBox()
        self.paper_box.addItem("A4", "a4")
        self.paper_box.addItem("Letter", "letter")
        for label, field in ((self.date_label, self.date_edit),
                             (self.month_label, self.month_edit),
                             (self.program_label, self.program_box),
                             (self.child_label, self.child_edit),
                             (self.paper_label, self.paper_box)):
            label.setBuddy(field)
        self.preview_button = QPushButton()
        self.preview_button.setObjectName("previewButton")
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()

        row = QHBoxLayout()
        for widget in (self.date_label, self.date_edit, self.month_label, self.month_edit,
                       self.program_label, self.program_box, self.child_label,
                       self.child_edit, self.revoke_button, self.blank_check, self.paper_label,
                       self.paper_box):
            row.addWidget(widget)
            if isinstance(widget, QComboBox | QDateEdit | QCheckBox | QLineEdit):
                row.addSpacing(10)
        row.addStretch(1)
        row.addWidget(self.preview_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.error)

        for field in (self.date_edit, self.month_edit):
            field.dateChanged.connect(self._changed)
        self.program_box.currentIndexChanged.connect(self._changed)
        self.blank_check.toggled.connect(self._changed)
        self.child_edit.textChanged.connect(self._changed)
        self.paper_box.currentIndexChanged.connect(self._changed)

    def retranslate(self) -> None:
        self.date_label.setText(self.tr("&Day"))
        self.month_label.setText(self.tr("&Month"))
        self.program_label.setText(self.tr("P&rogram"))
        self.paper_label.setText(self.tr("Pa&per"))
        self.blank_check.setText(self.tr("&Blank, to fill in by hand"))
        self.child_label.setText(self.tr("C&hild"))
        self.child_edit.setPlaceholderText(self.tr("all children"))
        self.child_edit.setToolTip(self.tr("Only this child: the card code, the child id or "
                                           "the full name"))
        self.revoke_button.setText(self.tr("Revoke old card and reprint…"))
        self.revoke_button.setToolTip(self.tr("The child's old card stops working at the "
                                              "desk; a card with a new code is printed"))
        if self.program_box.count():
            self.program_box.setItemText(0, self.tr("All programs"))
        self.preview_button.setText(self.tr("Preview"))
        self.preview_button.setToolTip(self.tr("Make the document and show it here (Enter)"))

    def set_programs(self, names: list[str]) -> None:
        """The program list ("All programs" first), keeping the one chosen if it is still
        there."""
        chosen = self.program_box.currentData()
        self.program_box.blockSignals(True)
        try:
            self.program_box.clear()
            self.program_box.addItem(self.tr("All programs"), None)
            for name in names:
                self.program_box.addItem(name, name)
            index = self.program_box.findData(chosen) if chosen else 0
            self.program_box.setCurrentIndex(max(index, 0))
        finally:
            self.program_box.blockSignals(False)

    def show_fields_of(self, doc: Document) -> None:
        for param, widgets in ((Param.DATE, (self.date_label, self.date_edit)),
                               (Param.MONTH, (self.month_label, self.month_edit)),
                               (Param.PROGRAM, (self.program_label, self.program_box)),
                               (Param.BLANK, (self.blank_check,)),
                               (Param.CHILD, (self.child_label, self.child_edit,
                                              self.revoke_button))):
            for widget in widgets:
                widget.setVisible(doc.takes(param))
        self._changed()

    def params(self, doc: Document) -> ReportParams:
        """What is asked of `doc`: only the fields it takes."""
        day, month = self.date_edit.date(), self.month_edit.date()
        return ReportParams(
            date=dt.date(day.year(), day.month(), day.day()) if doc.takes(Param.DATE) else None,
            month=(month.year(), month.month()) if doc.takes(Param.MONTH) else None,
            program=self.program_box.currentData() if doc.takes(Param.PROGRAM) else None,
            blank=self.blank_check.isChecked() if doc.takes(Param.BLANK) else False,
            child=(self.child_edit.text().strip() or None) if doc.takes(Param.CHILD) else None,
            paper=self.paper_box.currentData())

    def child_ref(self) -> str:
        return self.child_edit.text().strip()

    def show_error(self, text: str, field: str | None = None) -> None:
        """The line under the fields; the field it is about (date, month) takes the focus."""
        self.error.setText("✗ " + text)
        self.error.show()
        widget = {"date": self.date_edit, "month": self.month_edit}.get(field or "")
        if widget is not None:
            widget.setFocus()

    def hide_error(self) -> None:
        self.error.hide()

    def _changed(self, *_args) -> None:
        self.error.hide()
        self.revoke_button.setEnabled(bool(self.child_ref()))
        self.changed.emit()
