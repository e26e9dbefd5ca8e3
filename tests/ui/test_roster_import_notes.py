"""The roster import preview shows what the file lacks, renames and skipped rows, and promises
"importing again changes nothing" only when it is true."""

from __future__ import annotations

import datetime as dt

from asc_desk.domain.errors import UserError
from asc_desk.domain.roster import ChildDraft
from asc_desk.services.roster.roster_import import ImportPlan, PlannedRow
from asc_desk.ui.dialogs.roster_import_dialog import RosterImportDialog


def test_preview_shows_the_notes_and_an_honest_hint(qtbot, translations):
    note = UserError("Row {row}: renamed {old} → {new} (same child number and birth date).",
                     row=2, old="张三", new="张小三")
    plan = ImportPlan("hr.csv", (PlannedRow(2, "add", None, ChildDraft("周子轩")),), (), (),
                      (note,))
    dialog = RosterImportDialog(plan)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.notes.isVisible() and "张三 → 张小三" in dialog.notes.text()
    # 周子轩 has no child id, birth date or phone: the same file would add him again.
    assert "changes nothing" not in dialog.hint.text()
    found = ImportPlan("hr.csv", (PlannedRow(2, "add", None, ChildDraft(
        "周子轩", birth_date=dt.date(2018, 3, 4))),), (), ())
    clean = RosterImportDialog(found)
    qtbot.addWidget(clean)
    clean.show()
    assert not clean.notes.isVisible()
    assert "changes nothing" in clean.hint.text()
