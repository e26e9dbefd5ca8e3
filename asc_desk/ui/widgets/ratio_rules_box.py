"""The center's ratio rules as a form: children per caregiver by age band, the minimum on
duty, a weight per role; each refusal beside its field. Settings and the Shifts page's dialog
both show this one form."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from asc_desk.domain.errors import UserError
from asc_desk.domain.ratio_rules import AgeBand, RatioRules
from asc_desk.domain.staff import Role
from asc_desk.ui.error_text import user_message
from asc_desk.ui.widgets.center_form import FieldError


# One translation context for the names several dialogs show: `owner.tr()` would be filed by
# lupdate under "owner" and looked up under each caller's class, so never found.
def role_names(_owner: QWidget | None = None) -> dict[Role, str]:
    return {Role.TEACHER: QCoreApplication.translate("StaffNames", "teacher"),
            Role.ASSISTANT: QCoreApplication.translate("StaffNames", "assistant"),
            Role.VOLUNTEER: QCoreApplication.translate("StaffNames", "volunteer"),
            Role.COORDINATOR: QCoreApplication.translate("StaffNames", "coordinator")}


def _field_box(widget: QWidget, error: FieldError) -> QVBoxLayout:
    box = QVBoxLayout()
    box.setSpacing(2)
    box.addWidget(widget)
    box.addWidget(error)
    return box


class RatioRulesBox(QWidget):
    """`rules()` reads the form; `show_error(error)` puts a refusal beside its field.
    Out-of-range values can be typed (0, negative weights) so that the refusal is said, not
    silently clamped by the spin box."""

    changed = Signal()

    def __init__(self, rules: RatioRules, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.labels: dict[str, QLabel] = {"bands": QLabel(), "minimum_on_duty": QLabel()}
        self.errors = {"bands": FieldError(), "minimum_on_duty": FieldError()}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        self.band_headers = [QLabel(), QLabel(), QLabel()]
        for column, label in enumerate(self.band_headers):
            grid.addWidget(label, 0, column)
        self.band_rows: list[tuple[QSpinBox, QSpinBox, QSpinBox, FieldError]] = []
        for i in range(len(rules.bands)):
            low, high, per = QSpinBox(), QSpinBox(), QSpinBox()
            low.setRange(0, 30)
            high.setRange(0, 99)  # 0: no upper limit
            per.setRange(-5, 200)  # 0 and less are refused beside the field
            error = FieldError()
            for column, widget in enumerate((low, high, per)):
                grid.addWidget(widget, 1 + 2 * i, column)
                widget.valueChanged.connect(self._edited)
            grid.addWidget(error, 2 + 2 * i, 0, 1, 3)
            self.band_rows.append((low, high, per, error))
        bands = QWidget()
        bands.setLayout(grid)
        self.labels["bands"].setBuddy(self.band_rows[0][2] if self.band_rows else bands)
        self.form.addRow(self.labels["bands"], _field_box(bands, self.errors["bands"]))
        self.minimum = QSpinBox()
        self.minimum.setRange(-5, 99)
        self.minimum.valueChanged.connect(self._edited)
        self.labels["minimum_on_duty"].setBuddy(self.minimum)
        self.form.addRow(self.labels["minimum_on_duty"],
                         _field_box(self.minimum, self.errors["minimum_on_duty"]))
        self.weights: dict[Role, tuple[QDoubleSpinBox, FieldError, QLabel]] = {}
        for role in Role:
            spin = QDoubleSpinBox()
            spin.setRange(-5.0, 5.0)
            spin.setSingleStep(0.5)
            spin.setDecimals(2)
            spin.valueChanged.connect(self._edited)
            error = FieldError()
            label = QLabel()
            label.setBuddy(spin)
            self.form.addRow(label, _field_box(spin, error))
            self.weights[role] = (spin, error, label)
        self.set_rules(rules)
        self.retranslate()

    def retranslate(self) -> None:
        for label, text in zip(self.band_headers, (self.tr("From age"),
                                                   self.tr("Under age (0: no limit)"),
                                                   self.tr("Children per caregiver")),
                               strict=True):
            label.setText(text)
        self.labels["bands"].setText(self.tr("&Age bands"))
        self.labels["minimum_on_duty"].setText(self.tr("&Minimum on duty"))
        names = role_names()
        for role, (_spin, _error, label) in self.weights.items():
            label.setText(self.tr("Weight: {role}").format(role=names[role]))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- values --------------------------------------------------------------------------
    def rules(self) -> RatioRules:
        bands = tuple(AgeBand(low.value(), high.value() or None, per.value())
                      for low, high, per, _e in self.band_rows)
        return RatioRules(bands, self.minimum.value(),
                          {role: spin.value() for role, (spin, _e, _l) in self.weights.items()})

    def set_rules(self, rules: RatioRules) -> None:
        """Shows saved rules (the form keeps its rows: the bands are a fixed set)."""
        widgets = [w for row in self.band_rows for w in row[:3]] + [self.minimum] + \
            [spin for spin, _e, _l in self.weights.values()]
        for widget in widgets:
            widget.blockSignals(True)
        try:
            for (low, high, per, _e), band in zip(self.band_rows, rules.bands, strict=False):
                low.setValue(band.from_age)
                high.setValue(band.to_age or 0)
                per.setValue(band.children_per_caregiver)
            self.minimum.setValue(rules.minimum_on_duty)
            for role, (spin, _e, _l) in self.weights.items():
                spin.setValue(rules.weight(role))
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self.clear_errors()

    # -- errors --------------------------------------------------------------------------
    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear_message()
        for *_w, error in self.band_rows:
            error.clear_message()
        for _spin, error, _label in self.weights.values():
            error.clear_message()

    def show_error(self, error: UserError) -> bool:
        """Beside its field, which takes the focus; False when no field here is named."""
        parts = (error.field or "").split(".")
        text = user_message(error)
        if parts[0] == "bands" and len(parts) == 3 and parts[1].isdigit() and \
                int(parts[1]) < len(self.band_rows):
            _low, high, per, label = self.band_rows[int(parts[1])]
            label.show_message(text)
            (per if parts[2] == "children_per_caregiver" else high).setFocus()
            return True
        if parts[0] == "weights" and len(parts) == 2:
            for role, (spin, label, _l) in self.weights.items():
                if role.value == parts[1]:
                    label.show_message(text)
                    spin.setFocus()
                    return True
        if error.field in self.errors:
            self.errors[error.field].show_message(text)
            (self.minimum if error.field == "minimum_on_duty" else
             self.band_rows[0][2] if self.band_rows else self.minimum).setFocus()
            return True
        return False

    def _edited(self, *_args) -> None:
        self.clear_errors()
        self.changed.emit()
