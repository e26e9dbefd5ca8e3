"""A date typed with its separators goes in as typed (Qt's own box skipped the month:
2018-05-06 became 2018-01-05, silently)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate
from PySide6.QtTest import QTest

from asc_desk.ui.widgets.child_form_tabs import OptionalDate
from asc_desk.ui.widgets.date_edit import DateEdit


@pytest.mark.parametrize("typed", ["2018-05-06", "2018-5-6", "2018/05/06", "2018.5.6",
                                   "20180506"])
def test_a_date_typed_with_or_without_separators_is_read_as_typed(qtbot, typed):
    edit = DateEdit(QDate(2019, 1, 1))
    edit.setDisplayFormat("yyyy-MM-dd")
    qtbot.addWidget(edit)
    edit.show()
    edit.setFocus()
    edit.setSelectedSection(DateEdit.Section.YearSection)
    QTest.keyClicks(edit, typed)
    assert edit.date() == QDate(2018, 5, 6), edit.text()


def test_the_child_form_s_birth_date_takes_dashes(qtbot):
    import datetime as dt

    birth = OptionalDate(lambda: dt.date(2019, 1, 1))
    qtbot.addWidget(birth)
    birth.show()
    birth.check.setChecked(True)
    birth.edit.setFocus()
    birth.edit.setSelectedSection(DateEdit.Section.YearSection)
    QTest.keyClicks(birth.edit, "2018-05-06")
    assert birth.date() == dt.date(2018, 5, 6)
