"""The roster import preview names rows whose names no bundled font can print."""

from __future__ import annotations

from asc_desk.domain.roster import ChildDraft, PickupDraft
from asc_desk.services.roster.roster_import import ImportPlan, PlannedRow
from asc_desk.ui.dialogs.roster_import_dialog import RosterImportDialog


def test_preview_names_each_child_with_unprintable_characters(qtbot, translations):
    plan = ImportPlan("hr.csv", (
        PlannedRow(2, "add", None, ChildDraft("王𪚥")),
        PlannedRow(3, "add", None, ChildDraft("赵䶮")),  # the fallback font has 䶮
        PlannedRow(4, "add", None, ChildDraft("张三", pickups=(PickupDraft("李𠮷"),))),
    ), (), ())
    dialog = RosterImportDialog(plan)
    qtbot.addWidget(dialog)
    dialog.show()
    text = dialog.unprintable.text()
    assert dialog.unprintable.isVisible()
    assert "Row 2, 王𪚥" in text and "U+2A6A5" in text
    assert "Row 4, 张三" in text and "U+20BB7" in text and "赵䶮" not in text
    clean = RosterImportDialog(ImportPlan("ok.csv", (PlannedRow(2, "add", None,
                                                                 ChildDraft("张三")),), (), ()))
    qtbot.addWidget(clean)
    clean.show()
    assert not clean.unprintable.isVisible()
