"""An update from HR's file: an empty cell keeps what the roster holds (allergies, pickups,
a guardian's details, an enrollment's weekdays); an empty weekday cell is the program's days."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from asc_desk.db.models import Program
from asc_desk.domain.program import ALL_WEEKDAYS
from asc_desk.services.center_service import CenterService
from asc_desk.services.demo.demo_service import fill_demo
from asc_desk.services.roster.roster_import import RosterImport
from asc_desk.services.roster.roster_service import RosterService

TODAY = dt.date(2026, 11, 25)
PROGRAM = "2026秋季学期课后班"
MON_WED_FRI = 0b10101


@pytest.fixture
def setup(db):
    fill_demo(db, children=0)
    center = CenterService(db, "t").get_center()
    importer = RosterImport(db, "hr-import", today=lambda: TODAY)
    full = ("编号,姓名,出生日期,性别,学校,家长姓名,关系,家长电话,工号,部门,授权接送人,过敏,"
            "医疗备注,项目,入托日期,出勤日,保险公司,保单号\n"
            f"2026014,曹浩然,2017-04-05,男,华彩小学,曹军,父亲,13800000014,E14,注塑,"
            f"陈小芳(外婆，13198768101),海鲜,哮喘,{PROGRAM},2026-09-01,1、3、5,平安,P-14\n")
    plan = importer.preview(center.id, full.encode(), "hr.csv")
    assert not plan.errors, [e.message for e in plan.errors]
    importer.apply(center.id, plan)
    return importer, center.id


def _child(db, center_id):
    return RosterService(db, "t", today=lambda: TODAY).find_child(center_id, "2026014").draft


def test_empty_cells_in_an_update_keep_what_the_roster_holds(db, setup):
    importer, center_id = setup
    before = _child(db, center_id)
    # The template's every column, HR filling in only what it knows.
    blank = ("编号,姓名,出生日期,性别,学校,家长姓名,关系,家长电话,工号,部门,授权接送人,过敏,"
             "医疗备注,项目,入托日期,出勤日,保险公司,保单号\n"
             f"2026014,曹浩然,,,,曹军,,,,,,,,{PROGRAM},,,,\n")
    plan = importer.preview(center_id, blank.encode(), "hr.csv")
    assert (plan.count("update"), plan.count("unchanged"), plan.rejected) == (0, 1, 0)
    importer.apply(center_id, plan)
    assert _child(db, center_id) == before


def test_a_filled_cell_still_changes_its_field_and_keeps_the_rest(db, setup):
    importer, center_id = setup
    changed = "编号,姓名,过敏,授权接送人,家长姓名,家长电话,出勤日\n2026014,曹浩然,花生,,曹军,,\n"
    plan = importer.preview(center_id, changed.encode(), "hr.csv")
    assert plan.count("update") == 1
    importer.apply(center_id, plan)
    child = _child(db, center_id)
    assert child.allergies == "花生"
    assert [p.name for p in child.pickups] == ["陈小芳"]
    assert child.guardians[0].phone == "13800000014"
    assert child.enrollments[0].weekdays == MON_WED_FRI


def test_an_empty_weekday_cell_keeps_the_enrollments_days(db, setup):
    importer, center_id = setup
    plan = importer.preview(center_id, f"编号,姓名,项目,出勤日\n2026014,曹浩然,{PROGRAM},\n"
                            .encode(), "hr.csv")
    assert plan.count("unchanged") == 1
    importer.apply(center_id, plan)
    assert _child(db, center_id).enrollments[0].weekdays == MON_WED_FRI


def test_a_new_enrollment_without_weekdays_takes_the_programs_days(db, setup):
    importer, center_id = setup
    with db.read() as s:
        program_days = s.scalar(select(Program.weekdays).where(Program.name == PROGRAM))
    assert program_days != ALL_WEEKDAYS  # a Mon-Fri term program
    for text in (f"姓名,出生日期,项目\n新孩子,2018-01-02,{PROGRAM}\n",
                 f"姓名,出生日期,项目,出勤日\n新孩子,2018-01-02,{PROGRAM},\n"):
        plan = importer.preview(center_id, text.encode(), "hr.csv")
        assert plan.rows[0].draft.enrollments[0].weekdays == program_days
