"""Names with characters no bundled font has are named: roster list, import plan, notices."""

from __future__ import annotations

import datetime as dt

import pytest

from asc_desk.domain.roster import ChildDraft, GuardianDraft, PickupDraft
from asc_desk.services.center_service import CenterService
from asc_desk.services.database import Database
from asc_desk.services.demo.demo_service import fill_demo
from asc_desk.services.roster.roster_import import RosterImport
from asc_desk.services.roster.roster_service import RosterService

TODAY = dt.date(2026, 11, 25)
NONE_HAS = "𪚥"  # U+2A6A5, CJK Extension B, in no bundled font (see test_font_coverage)


@pytest.fixture
def roster(db: Database):
    fill_demo(db, children=0)
    return RosterService(db, "t", today=lambda: TODAY), CenterService(db, "t").get_center().id


def test_roster_rows_name_the_characters_of_child_guardian_and_pickup(roster):
    service, center_id = roster
    service.save_child(center_id, ChildDraft("王" + NONE_HAS))
    service.save_child(center_id, ChildDraft("李明", guardians=(GuardianDraft("李𠮷"),)))
    service.save_child(center_id, ChildDraft("赵䶮", pickups=(PickupDraft("赵" + NONE_HAS),)))
    service.save_child(center_id, ChildDraft("张三"))
    rows = {r.name: r.unprintable for r in service.list_roster(center_id)}
    # 䶮 (Extension A) is in the fallback font: only characters no font has are named.
    assert rows == {"王" + NONE_HAS: NONE_HAS, "李明": "𠮷", "赵䶮": NONE_HAS, "张三": ""}


def test_the_desk_s_read_leaves_the_fonts_unread(roster):
    # The Today page shows no such warning, and its first read is on the start's path.
    service, center_id = roster
    service.save_child(center_id, ChildDraft("王" + NONE_HAS))
    rows = service.list_roster(center_id, fonts=False)
    assert [(r.name, r.unprintable) for r in rows] == [("王" + NONE_HAS, "")]


def test_the_notice_counts_the_characters(roster):
    service, center_id = roster
    one = service.save_child(center_id, ChildDraft("王" + NONE_HAS))
    two = service.save_child(center_id, ChildDraft("𠮷" + NONE_HAS))
    assert any("U+2A6A5" in str(n) and "such character" in str(n) for n in one.notices)
    text = " ".join(str(n) for n in two.notices)
    assert "these 2 characters" in text and "U+20BB7" in text and "U+2A6A5" in text
    rare = service.save_child(center_id, ChildDraft("王䶮"))
    assert not any("cannot show" in str(n) for n in rare.notices)


def test_the_import_plan_names_each_row(db: Database, roster):
    _service, center_id = roster
    importer = RosterImport(db, "hr", today=lambda: TODAY)
    data = ("姓名,授权接送人\n王" + NONE_HAS + ",\n张三,李𠮷(舅舅)\n李四,\n").encode()
    plan = importer.preview(center_id, data, "hr.csv")
    assert plan.unprintable() == [(2, "王" + NONE_HAS, NONE_HAS), (3, "张三", "𠮷")]
