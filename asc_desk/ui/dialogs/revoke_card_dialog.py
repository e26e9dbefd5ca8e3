"""Asks why a child's pickup card is revoked, says what will happen, and revokes it on OK
(the old code stops working at the desk; the child gets a new code to print)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from asc_desk.domain.errors import UserError
from asc_desk.services.roster.card_revocation import REASON_MAX, CardRevoked
from asc_desk.ui.error_text import user_message
from asc_desk.ui.widgets.center_form import FieldError


class RevokeCardDialog(QDialog):
    """OK revokes through `revoke(reason)`; a refusal shows under the reason and keeps the
    dialog open. `result` holds what was done."""

    def __init__(self, name: str, code: str, revoke: Callable[[str], CardRevoked],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._revoke = revoke
        self.result: CardRevoked | None = None
        self.setWindowTitle(self.tr("Revoke old card and reprint"))
        self.explanation = QLabel(self.tr(
            "The card {code} of {name} will no longer check anyone in: the desk will say it "
            "was revoked. {name} gets a new card code, printed on the new card. This cannot "
            "be undone.").format(code=code, name=name))
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        # A dialog's layout does not ask a wrapped label its height for the width it gets,
        # and Chinese lines are taller than the label's metrics: room for five lines.
        self.explanation.setMinimumWidth(400)
        self.explanation.setMinimumHeight(int(self.explanation.fontMetrics().lineSpacing()
                                              * 1.3 * 5))
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.reason_label = QLabel(self.tr("&Reason (lost, stolen…)"))
        self.reason = QLineEdit()
        self.reason.setMaxLength(REASON_MAX)
        self.reason_label.setBuddy(self.reason)
        self.error = FieldError()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Revoke and reprint"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.explanation, self.reason_label, self.reason, self.error,
                       self.buttons):
            layout.addWidget(widget)
        # Grows with the wrapped text and the error line instead of clipping them.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)

    def accept(self) -> None:
        try:
            self.result = self._revoke(self.reason.text())
        except UserError as exc:
            self.error.show_message(user_message(exc))
            self.reason.setFocus()
            return
        super().accept()
