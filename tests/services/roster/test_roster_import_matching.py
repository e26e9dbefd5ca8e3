"""Which child an import row updates: a reused row number, a rename, ids without their zeros,
children without a birth date found by name and a parent's phone."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from asc_desk.db.models import Child
from asc_desk.domain.errors import UserError
from asc_desk.services.roster.roster_service import RosterService
from tests.services.roster.import_kit import TODAY, xlsx


def _import(importer, center_id, data: bytes, name: str = "hr.csv"):
    plan = importer.preview(center_id, data, name)
    importer.apply(center_id, plan)
    return plan


def _children(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Child))


SEPTEMBER = ("编号,姓名,出生日期,家长姓名,家长电话\n"
             "1,张三,2018-03-04,张爸,13800000001\n2,李四,2018-05-06,李爸,13800000002\n")


def test_a_row_number_reused_for_another_child_is_refused_naming_both(db, setup):
    importer, center_id = setup
    _import(importer, center_id, SEPTEMBER.encode())
    october = ("编号,姓名,出生日期,家长姓名,家长电话\n"
               "1,赵六,2019-07-08,赵爸,13800000006\n"
               "2,李四,2018-05-06,李爸,13800000002\n").encode()
    plan = importer.preview(center_id, october, "hr.csv")
    assert [(e.row, e.column) for e in plan.errors] == [(2, "编号")]
    message = plan.errors[0].message
    assert "张三" in message and "2018-03-04" in message and "赵六" in message
    with pytest.raises(UserError):
        importer.apply(center_id, plan)
    roster = RosterService(db, "t", today=lambda: TODAY)
    assert roster.find_child(center_id, "1").draft.name == "张三"
    assert [g.name for g in roster.find_child(center_id, "1").draft.guardians] == ["张爸"]
    # Even with --skip-invalid, 张三 never becomes 赵六.
    importer.apply(center_id, plan, skip_invalid=True)
    assert roster.find_child(center_id, "1").draft.name == "张三"


def test_the_same_number_and_birth_date_is_a_rename_and_the_preview_says_so(db, setup):
    importer, center_id = setup
    _import(importer, center_id, SEPTEMBER.encode())
    renamed = "编号,姓名,出生日期\n1,张小三,2018-03-04\n".encode()
    plan = importer.preview(center_id, renamed, "hr.csv")
    assert not plan.errors and plan.count("update") == 1
    assert [n.message for n in plan.notes if "Row" in n.message] == [
        "Row 2: renamed 张三 → 张小三 (same child number and birth date)."]
    importer.apply(center_id, plan)
    assert RosterService(db, "t", today=lambda: TODAY).find_child(
        center_id, "1").draft.name == "张小三"


def test_a_child_id_that_lost_its_leading_zeros_matches_the_child(db, setup):
    importer, center_id = setup
    _import(importer, center_id,
            "编号,姓名,出生日期,家长姓名,家长电话\n0034,零零娃,2018-01-01,零爸,13800138601\n"
            .encode())
    again = xlsx(("编号", "姓名", "出生日期", "家长姓名", "家长电话"),
                 (34, "零零娃", dt.date(2018, 1, 1), "零爸", 13800138601))
    plan = importer.preview(center_id, again, "hr.xlsx")
    assert (plan.count("add"), plan.count("unchanged")) == (0, 1)
    assert "0034" in plan.notes[0].message and "34" in plan.notes[0].message
    importer.apply(center_id, plan)
    assert _children(db) == 1
    assert RosterService(db, "t", today=lambda: TODAY).find_child(
        center_id, "0034").draft.name == "零零娃"


def test_without_birth_date_a_child_is_found_by_name_and_a_parents_phone(db, setup):
    importer, center_id = setup
    no_birth = ("姓名,家长姓名,家长电话,部门\n周子轩,周爸,13800138001,注塑\n"
                "吴雨涵,吴妈,13800138002,包装\n")
    first = _import(importer, center_id, no_birth.encode())
    assert first.count("add") == 2 and first.repeatable
    plan = importer.preview(center_id, no_birth.encode(), "hr.csv")
    assert (plan.count("add"), plan.count("unchanged")) == (0, 2)
    # The phone as digits: spaces and +86 are the same number.
    spaced = "姓名,家长姓名,家长电话\n周子轩,周爸,+86 138 0013 8001\n".encode()
    assert importer.preview(center_id, spaced, "hr.csv").count("add") == 0
    # Another child of the same name with another family's phone is another child.
    other = "姓名,家长姓名,家长电话\n周子轩,王爸,13900139001\n".encode()
    assert importer.preview(center_id, other, "hr.csv").count("add") == 1
    assert _children(db) == 2


def test_a_birth_date_added_later_finds_the_child_stored_without_one(db, setup):
    importer, center_id = setup
    _import(importer, center_id, "姓名,家长姓名,家长电话\n周子轩,周爸,13800138001\n".encode())
    dated = "姓名,出生日期,家长姓名,家长电话\n周子轩,2018-02-03,周爸,13800138001\n".encode()
    plan = importer.preview(center_id, dated, "hr.csv")
    assert (plan.count("add"), plan.count("update")) == (0, 1)


def test_a_file_that_cannot_find_its_children_again_does_not_promise_it(db, setup):
    importer, center_id = setup
    plan = importer.preview(center_id, "姓名,学校\n周子轩,华彩小学\n".encode(), "hr.csv")
    assert not plan.repeatable
