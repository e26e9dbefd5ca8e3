"""Roster import through the service on a real database: preview, apply, round trip."""

from __future__ import annotations

import datetime as dt
import io

import openpyxl
import pytest
from sqlalchemy import func, select

from asc_desk.db.models import AuditEntry, Child, Guardian
from asc_desk.domain.errors import UserError
from asc_desk.services.center_service import CenterService
from asc_desk.services.database import Database
from asc_desk.services.demo_service import fill_demo
from asc_desk.services.roster_export import RosterExport
from asc_desk.services.roster_import import RosterImport
from asc_desk.services.roster_service import RosterService

TODAY = dt.date(2026, 11, 25)
HEADER = ("编号,姓名,性别,出生日期,家长姓名,家长电话,工号,部门,授权接送人,过敏,项目,入托日期,"
          "出勤日\n")


@pytest.fixture
def setup(db: Database):
    fill_demo(db, children=0)
    center = CenterService(db, "t").get_center()
    return RosterImport(db, "hr-import", today=lambda: TODAY), center.id


def _count(db, model) -> int:
    with db.unit_of_work() as s:
        return s.scalar(select(func.count()).select_from(model))


GOOD = (HEADER +
        "3001,张小明,男,2018-03-04,李芳,13812345678,E1,注塑车间,王秀英(外婆，13900001111),花生,"
        "2026秋季学期课后班,2026-09-01,周一至周五\n"
        "3002,张小红,女,2019/5/6,李芳,13812345678,E1,注塑车间,,,2026秋季学期课后班,2026-09-01,1-5\n"
        "3003,单明,M,2017.1.2,单伟,15900000000,E2,仓库,,,,,\n")


def test_preview_then_apply_in_one_go_and_twice_changes_nothing(db, setup):
    importer, center_id = setup
    before = _count(db, AuditEntry)
    plan = importer.preview(center_id, GOOD.encode("utf-8"), "hr.csv")
    assert (plan.count("add"), plan.count("update"), plan.rejected) == (3, 0, 0)
    assert _count(db, Child) == 0  # a preview writes nothing
    result = importer.apply(center_id, plan)
    assert (result.added, result.updated, result.unchanged) == (3, 0, 0)
    assert _count(db, Child) == 3
    assert _count(db, Guardian) == 2  # the sisters share their mother
    assert _count(db, AuditEntry) == before + 3
    roster = RosterService(db, "t", today=lambda: TODAY)
    ming = roster.find_child(center_id, "3001")
    assert ming.draft.pickups[0].name == "王秀英" and ming.draft.pickups[0].phone == "13900001111"
    assert ming.draft.allergies == "花生"
    assert [r.name for r in roster.search(center_id, "shanming")] == ["单明"]

    again = importer.preview(center_id, GOOD.encode("utf-8"), "hr.csv")
    assert (again.count("add"), again.count("update"), again.count("unchanged")) == (0, 0, 3)
    importer.apply(center_id, again)
    assert _count(db, Child) == 3 and _count(db, AuditEntry) == before + 3


def test_an_update_keeps_what_the_file_does_not_have(db, setup):
    importer, center_id = setup
    importer.apply(center_id, importer.preview(center_id, GOOD.encode(), "hr.csv"))
    roster = RosterService(db, "t", today=lambda: TODAY)
    ming = roster.find_child(center_id, "3001")
    draft = ming.draft
    roster.save_child(center_id, draft.__class__(**{**draft.__dict__,
                                                    "medical_notes": "哮喘"}), ming.id)
    short = "编号,姓名,年级\n3001,张小明,三年级\n"
    plan = importer.preview(center_id, short.encode(), "grades.csv")
    assert plan.count("update") == 1
    importer.apply(center_id, plan)
    after = roster.find_child(center_id, "3001").draft
    assert after.grade == "三年级" and after.medical_notes == "哮喘"
    assert after.allergies == "花生" and len(after.guardians) == 1


@pytest.mark.parametrize(("content", "words"), [
    (b"\x89PNG\r\n\x1a\n" + bytes(300), "not a CSV or XLSX"),
    (b"", "empty"),
    ("编号,学校\n1,一小\n".encode(), "no column for the child"),
])
def test_bad_files_are_refused_whole(db, setup, content, words):
    importer, center_id = setup
    with pytest.raises(UserError, match=words):
        importer.preview(center_id, content, "hr.csv")
    assert _count(db, Child) == 0


@pytest.mark.parametrize(("line", "words"), [
    ("4001,李雷,男,2026-02-30,,,,,,,,,", "does not exist"),
    ("4001,李雷,男,2031-01-01,,,,,,,,,", "future"),
    ("4001,李雷,男,2018-01-01,,,,,,,没有的班,,", "no program"),
    ("4001,李雷,X,2018-01-01,,,,,,,,,", "not a gender"),
])
def test_bad_rows_reject_the_import_unless_skipped(db, setup, line, words):
    importer, center_id = setup
    data = (HEADER + "4000,韩梅梅,女,2018-01-01,,,,,,,,,\n" + line + "\n").encode()
    plan = importer.preview(center_id, data, "hr.csv")
    assert plan.rejected == 1 and plan.errors[0].row == 3
    assert words in plan.errors[0].message
    with pytest.raises(UserError, match="nothing was written"):
        importer.apply(center_id, plan)
    assert _count(db, Child) == 0
    result = importer.apply(center_id, plan, skip_invalid=True)
    assert (result.added, result.rejected) == (1, 1)
    assert _count(db, Child) == 1


def test_the_same_child_id_twice_names_both_rows(db, setup):
    importer, center_id = setup
    data = (HEADER + "5000,甲,,,,,,,,,,,\n5000,乙,,,,,,,,,,,\n").encode()
    plan = importer.preview(center_id, data, "hr.csv")
    assert plan.rejected == 2
    assert all("2" in e.message and "3" in e.message for e in plan.errors)


def test_a_2_mb_cell_is_refused(db, setup):
    importer, center_id = setup
    data = ("姓名,医疗备注\n李雷," + "x" * 2_000_000 + "\n").encode()
    with pytest.raises(UserError, match="64 KB"):
        importer.preview(center_id, data, "big.csv")
    assert _count(db, Child) == 0


def test_formulas_are_stored_as_text_and_exported_escaped(db, setup):
    importer, center_id = setup
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["姓名", "学校", "过敏"])
    sheet.append(["李雷", "=1+1", '=HYPERLINK("http://x","点")'])
    raw = io.BytesIO()
    book.save(raw)
    importer.apply(center_id, importer.preview(center_id, raw.getvalue(), "f.xlsx"))
    roster = RosterService(db, "t", today=lambda: TODAY)
    lei = roster.find_child(center_id, "李雷").draft
    assert lei.school == "=1+1" and lei.allergies.startswith("=HYPERLINK")
    csv_bytes = RosterExport(db).export(center_id, "csv")
    assert b",'=1+1," in csv_bytes
    exported = openpyxl.load_workbook(io.BytesIO(RosterExport(db).export(center_id, "xlsx")))
    cells = [c for row in exported.active.iter_rows() for c in row if c.value == "=1+1"]
    assert cells and all(c.data_type == "s" for c in cells)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_export_then_import_is_a_round_trip(db: Database, fmt):
    fill_demo(db, children=40)
    center = CenterService(db, "t").get_center()
    data = RosterExport(db).export(center.id, fmt)
    plan = RosterImport(db, "t").preview(center.id, data, f"roster.{fmt}")
    active = len(RosterService(db, "t").list_roster(center.id))
    assert plan.rejected == 0
    assert plan.count("unchanged") == active and plan.count("add") == 0, [
        (r.number, r.action) for r in plan.rows if r.action != "unchanged"]
