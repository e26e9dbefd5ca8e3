"""Roster import through the service on a real database: preview, apply, round trip."""

from __future__ import annotations

import datetime as dt
import gc
import io
from collections import Counter

import openpyxl
import pytest
from sqlalchemy import String, cast, delete, func, insert, select

from asc_desk.db.bulk import insert_many
from asc_desk.db.models import AuditEntry, Child, ChildGuardian, Guardian
from asc_desk.domain.errors import UserError
from asc_desk.services.center_service import CenterService
from asc_desk.services.database import Database
from asc_desk.services.demo.demo_service import fill_demo
from asc_desk.services.roster.roster_bulk import _new_cards
from asc_desk.services.roster.roster_export import RosterExport
from asc_desk.services.roster.roster_import import RosterImport
from asc_desk.services.roster.roster_service import CARD_ALPHABET, CARD_LENGTH, RosterService
from tests.services.roster.import_kit import TODAY

HEADER = ("编号,姓名,性别,出生日期,家长姓名,家长电话,工号,部门,授权接送人,过敏,项目,入托日期,"
          "出勤日\n")



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


# -- the bulk path: values as SQLAlchemy writes them, random cards ----------
def test_guardians_without_phone_or_employee_id_stay_one_per_child(db, setup):
    importer, center_id = setup
    data = (HEADER + "6001,甲,,,王芳,,,一车间,,,,,\n6002,乙,,,王芳,,,二车间,,,,,\n"
            "6003,丙,,,王芳,,,一车间,,,,,\n6004,丁,,,李芳,13812345678,,,,,,,\n"
            "6005,戊,,,李芳,13812345678,,,,,,,\n").encode()
    importer.apply(center_id, importer.preview(center_id, data, "hr.csv"))
    roster = RosterService(db, "t", today=lambda: TODAY)
    departments = {n: roster.find_child(center_id, n).draft.guardians[0].department
                   for n in ("6001", "6002", "6003")}
    assert departments == {"6001": "一车间", "6002": "二车间", "6003": "一车间"}
    assert _count(db, Guardian) == 4  # three 王芳 (nothing says they are one), one 李芳
    with db.unit_of_work() as s:
        links = s.execute(select(Child.external_id, ChildGuardian.guardian_id).join(
            ChildGuardian, ChildGuardian.child_id == Child.id)).all()
    by_child = dict(links)
    assert len({by_child[n] for n in ("6001", "6002", "6003")}) == 3
    assert by_child["6004"] == by_child["6005"]


def test_bulk_inserts_store_what_sqlalchemy_stores(db):
    """db.bulk.insert_many (driver executemany) against conn.execute(insert(...)), value by
    value."""
    fill_demo(db, children=0)
    center_id = CenterService(db, "t").get_center().id
    now = dt.datetime(2026, 11, 25, 8, 30, 1, 123456, tzinfo=dt.UTC)
    rows = [dict(at=now, actor="a", entity="child", entity_id=str(i), action="import",
                 before=None if i % 2 else {"x": [1, "张"]}, after={"name": "张三", "n": i})
            for i in range(4)]
    guardians = [dict(center_id=center_id, name=f"王{i}", phone="", employee_id="",
                      department="", workshop="", shift_pattern="custom",
                      shift_start=dt.time(8, i), shift_end=None, created_at=now,
                      updated_at=now) for i in range(3)]
    with db.unit_of_work() as s:
        conn = s.connection()
        conn.execute(insert(AuditEntry.__table__), rows)
        insert_many(conn, AuditEntry.__table__, [{**r, "actor": "b"} for r in rows])
        conn.execute(insert(Guardian.__table__), guardians)
        insert_many(conn, Guardian.__table__, [{**g, "phone": "1"} for g in guardians])
    with db.unit_of_work() as s:
        audits = s.execute(select(AuditEntry.actor, AuditEntry.entity_id, AuditEntry.at,
                                  AuditEntry.before, AuditEntry.after,
                                  cast(AuditEntry.__table__.c.before, String).label("raw"))
                           .where(AuditEntry.entity == "child")
                           .order_by(AuditEntry.entity_id)).all()
        stored = s.execute(select(Guardian.phone, Guardian.name, Guardian.shift_pattern,
                                  Guardian.shift_start, Guardian.shift_end, Guardian.created_at)
                           .order_by(Guardian.name)).all()
    by_actor = {a: [tuple(r[1:]) for r in audits if r[0] == a] for a in "ab"}
    assert by_actor["a"] == by_actor["b"] and len(by_actor["a"]) == 4
    assert by_actor["a"][0][1] == now and by_actor["a"][1][2] is None
    assert [r[1:] for r in stored if r[0] == ""] == [r[1:] for r in stored if r[0] == "1"]
    assert len(stored) == 6


def test_bulk_insert_leaves_a_column_default_to_sqlalchemy(db):
    fill_demo(db, children=40)
    with db.unit_of_work() as s:
        conn = s.connection()
        child_id, guardian_id = conn.execute(select(
            ChildGuardian.child_id, ChildGuardian.guardian_id).limit(1)).one()
        conn.execute(delete(ChildGuardian.__table__).where(ChildGuardian.child_id == child_id))
        # relation, may_pick_up and position left out: their defaults are SQLAlchemy's to add
        insert_many(conn, ChildGuardian.__table__,
                     [dict(child_id=child_id, guardian_id=guardian_id)])
        link = conn.execute(select(ChildGuardian.__table__).where(
            ChildGuardian.child_id == child_id)).one()
    assert (link.relation, link.may_pick_up, link.position) == ("", True, 0)


def test_new_card_codes_are_random_unique_and_new():
    taken = {"AAAAAAAA"}
    cards = _new_cards(taken, 5000)
    assert len(cards) == len(set(cards)) == 5000 and "AAAAAAAA" not in cards
    assert all(len(c) == CARD_LENGTH and set(c) <= set(CARD_ALPHABET) for c in cards)
    assert taken >= set(cards)
    letters = Counter("".join(cards))  # 40,000 letters: each near 1/25 of them
    assert set(letters) == set(CARD_ALPHABET)
    assert all(1200 < n < 2000 for n in letters.values()), letters


def test_the_collector_runs_again_after_an_import(db, setup):
    importer, center_id = setup
    assert gc.isenabled()
    with pytest.raises(UserError):
        importer.preview(center_id, b"", "hr.csv")
    assert gc.isenabled()
    plan = importer.preview(center_id, GOOD.encode(), "hr.csv")
    assert gc.isenabled()
    importer.apply(center_id, plan)
    assert gc.isenabled()
    gc.disable()
    try:  # and stays off when the caller had turned it off
        importer.preview(center_id, GOOD.encode(), "hr.csv")
        assert not gc.isenabled()
    finally:
        gc.enable()


# -- progress and cancel (the GUI runs an import off its thread) -------------------------
def _many_rows(count: int) -> bytes:
    lines = [f"{7000 + n},孩子{n},,2018-01-{n % 28 + 1:02d},,,,,,,,," for n in range(count)]
    return (HEADER + "\n".join(lines) + "\n").encode()


def test_preview_and_apply_report_progress_up_to_the_total(db, setup):
    importer, center_id = setup
    seen = []
    plan = importer.preview(center_id, _many_rows(600), "hr.csv",
                            progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, 600) and seen[-1] == (600, 600) and len(seen) >= 3
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    written = []
    importer.apply(center_id, plan, progress=lambda done, total: written.append((done, total)))
    assert written[0] == (0, 600) and written[-1] == (600, 600)
    assert len({d for d, _ in written}) >= 5  # the bulk write reports its stages, not 0 then all


def test_a_cancel_at_the_last_report_rolls_the_whole_import_back(db, setup):
    importer, center_id = setup
    plan = importer.preview(center_id, _many_rows(300), "hr.csv")
    before = (_count(db, Child), _count(db, Guardian), _count(db, AuditEntry))

    class Cancelled(Exception):
        pass

    def cancel_at_the_end(done, total):
        if done == total:
            raise Cancelled

    with pytest.raises(Cancelled):
        importer.apply(center_id, plan, progress=cancel_at_the_end)
    assert (_count(db, Child), _count(db, Guardian), _count(db, AuditEntry)) == before
    assert gc.isenabled()


@pytest.mark.parametrize("with_ids", [True, False])
def test_a_plan_gone_stale_is_refused_and_writes_nothing(db, setup, with_ids):
    """Two computers check the same file; the second import must not add the children again."""
    importer, center_id = setup
    rows = [f"{8000 + n if with_ids else ''},新生{n},,2018-02-{n + 1:02d},,,,,,,,,"
            for n in range(3)]
    data = (HEADER + "\n".join(rows) + "\n").encode()
    first = importer.preview(center_id, data, "hr.csv")
    second = RosterImport(db, "other desk", today=lambda: TODAY).preview(center_id, data,
                                                                           "hr.csv")
    importer.apply(center_id, first)
    before = (_count(db, Child), _count(db, AuditEntry))
    with pytest.raises(UserError, match="changed since hr.csv was checked"):
        RosterImport(db, "other desk", today=lambda: TODAY).apply(center_id, second)
    assert (_count(db, Child), _count(db, AuditEntry)) == before
    assert importer.preview(center_id, data, "hr.csv").count("unchanged") == 3
