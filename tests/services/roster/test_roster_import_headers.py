"""HR's own sheets: header spellings with notes in brackets and synonyms, columns a file lacks
said once, totals rows left out."""

from __future__ import annotations

import datetime as dt
import io

import openpyxl
import pytest

from asc_desk.services.roster.roster_files import header_key, read_table
from tests.services.roster.import_kit import xlsx


@pytest.mark.parametrize(("header", "key"), [
    ("出生日期（年/月/日）", "birth_date"), ("出生日期(yyyy-mm-dd)", "birth_date"),
    ("家长电话（手机）", "guardian_phone"), ("家长电话【必填】", "guardian_phone"),
    ("学生姓名", "name"), ("幼儿姓名", "name"), ("孩子姓名", "name"), ("姓　名", "name"),
    ("联系电话", "guardian_phone"), ("手机", "guardian_phone"), ("手机号", "guardian_phone"),
    ("部门/车间", "guardian_department"), ("就读学校", "school"),
    ("与孩子关系", "guardian_relation"), ("家长工号", "guardian_employee_id"),
    ("序号", None), ("备注", None), ("父亲姓名", "father_name"),
    ("母亲电话（手机）", "mother_phone"),
])
def test_header_spellings_hr_uses(header, key):
    assert header_key(header) == key


def test_a_sheet_with_hr_headers_reads_birth_date_phone_school_and_relation(db, setup):
    importer, center_id = setup
    data = xlsx(("序号", "姓　名", "性别", "出生日期（年/月/日）", "就读学校", "家长姓名",
                 "与孩子关系", "家长电话（手机）", "部门/车间", "备注"),
                (1, "周子轩", "男", dt.date(2018, 3, 4), "华彩小学", "周军", "父亲",
                 "13800138001", "注塑", ""))
    plan = importer.preview(center_id, data, "hr.xlsx")
    assert not plan.errors and plan.ignored_columns == ("序号", "备注")
    child = plan.rows[0].draft
    assert (child.birth_date, child.school) == (dt.date(2018, 3, 4), "华彩小学")
    g = child.guardians[0]
    assert (g.relation, g.phone, g.department) == ("父亲", "13800138001", "注塑")
    assert plan.notes == ()


def test_a_file_without_birth_date_or_phone_column_says_so(db, setup):
    importer, center_id = setup
    plan = importer.preview(center_id, "姓名,家长姓名\n周子轩,周军\n".encode(), "hr.csv")
    notes = [n.message for n in plan.notes]
    assert any("no birth_date column" in n for n in notes)
    assert any("no guardian_phone column" in n for n in notes)


def test_a_guardian_column_without_guardian_name_is_said_once_not_per_row(db, setup):
    importer, center_id = setup
    text = ("姓名,出生日期,家长电话,工号\n周子轩,2018-03-04,13800138001,E1\n"
            "吴雨涵,2018-05-06,13800138002,E2\n")
    plan = importer.preview(center_id, text.encode(), "hr.csv")
    assert not plan.errors and plan.count("add") == 2
    assert [n.message for n in plan.notes] == [
        "The file has no guardian_name column: 家长电话, 工号 cannot be saved without a "
        "parent's name (add the column to import them)."]


@pytest.mark.parametrize("total", [("合计", "共2人"), ("", "共2人"), ("总计", ""), ("", "2人"),
                                   ("小计：", "")])
def test_a_totals_row_is_left_out_and_said(db, setup, total):
    importer, center_id = setup
    data = xlsx(("序号", "姓名", "出生日期"), (1, "周子轩", "2018-03-04"),
                (2, "吴雨涵", "2018-05-06"), total + ("",))
    plan = importer.preview(center_id, data, "hr.xlsx")
    assert not plan.errors and plan.count("add") == 2
    assert [n.message for n in plan.notes if "totals" in n.message] == [
        f"Row 4 ({total[0] or total[1]}) is a totals row: not imported."]
    csv = "序号,姓名,出生日期\n1,周子轩,2018-03-04\n" + ",".join(total) + ",\n"
    assert read_table(csv.encode("gb18030"), "hr.csv").totals == (
        (3, total[0] or total[1]),)


def test_hr_row_numbers_under_the_child_id_header_are_pointed_out(db, setup):
    importer, center_id = setup
    text = "编号,姓名\n1,张三\n2,李四\n3,王五\n"
    plan = importer.preview(center_id, text.encode(), "hr.csv")
    assert any("head it 序号" in n.message for n in plan.notes)


def test_father_and_mother_columns_become_two_guardians(db, setup):
    importer, center_id = setup
    data = xlsx(("序号", "姓名", "出生日期", "父亲姓名", "父亲电话", "母亲姓名", "母亲电话",
                 "家长工号", "所在部门"),
                (1, "黄子涵", dt.date(2018, 3, 4), "黄伟", "13800138011", "林丽",
                 "139 0013 9011", "E7", "注塑"),
                (2, "黄子萱", dt.date(2019, 5, 6), "", "", "林丽", "13900139011", "", ""))
    plan = importer.preview(center_id, data, "hr.xlsx")
    assert not plan.errors and not plan.notes, [n.message for n in plan.notes]
    father, mother = plan.rows[0].draft.guardians
    assert (father.name, father.relation, father.phone, father.employee_id,
            father.department) == ("黄伟", "父亲", "13800138011", "E7", "注塑")
    assert (mother.name, mother.relation, mother.employee_id) == ("林丽", "母亲", "")
    assert [g.name for g in plan.rows[1].draft.guardians] == ["林丽"]
    importer.apply(center_id, plan)
    again = importer.preview(center_id, data, "hr.xlsx")
    assert again.count("unchanged") == 2


def test_a_bad_mothers_phone_is_named_by_its_column(db, setup):
    importer, center_id = setup
    data = xlsx(("姓名", "父亲姓名", "父亲电话", "母亲姓名", "母亲电话"),
                ("黄子涵", "黄伟", "13800138011", "林丽", "1390013901"))
    plan = importer.preview(center_id, data, "hr.xlsx")
    assert [(e.row, e.column) for e in plan.errors] == [(2, "母亲电话")]


def test_parent_cells_merged_across_siblings_apply_to_every_sibling(db, setup):
    importer, center_id = setup
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["2026年员工子女名单"])
    sheet.merge_cells("A1:E1")  # a title across the columns: fills nothing
    sheet.append(["姓名", "出生日期", "家长姓名", "家长电话", "部门"])
    sheet.append(["陈大宝", "2017-01-02", "陈建华", "13800138018", "注塑"])
    sheet.append(["陈二宝", "2019-03-04", None, None, None])
    sheet.append(["刘小花", "2018-05-06", "刘强", "13800138019", "包装"])
    for column in "CDE":
        sheet.merge_cells(f"{column}3:{column}4")
    out = io.BytesIO()
    book.save(out)
    plan = importer.preview(center_id, out.getvalue(), "hr.xlsx")
    assert not plan.errors and plan.count("add") == 3
    guardians = {r.draft.name: [(g.name, g.phone, g.department) for g in r.draft.guardians]
                 for r in plan.rows}
    assert guardians == {"陈大宝": [("陈建华", "13800138018", "注塑")],
                         "陈二宝": [("陈建华", "13800138018", "注塑")],
                         "刘小花": [("刘强", "13800138019", "包装")]}


def test_hidden_rows_are_imported_and_said(db, setup):
    importer, center_id = setup
    book = openpyxl.Workbook()
    sheet = book.active
    for row in (("姓名", "出生日期"), ("周子轩", "2018-03-04"), ("吴雨涵", "2018-05-06")):
        sheet.append(row)
    sheet.row_dimensions[3].hidden = True
    out = io.BytesIO()
    book.save(out)
    plan = importer.preview(center_id, out.getvalue(), "hr.xlsx")
    assert plan.count("add") == 2
    assert [n.message for n in plan.notes if "hidden" in n.message] == [
        "1 row(s) of the sheet are hidden in Excel (rows 3): they are imported like the others."]


def test_the_sheet_whose_header_names_the_most_columns_is_the_roster():
    book = openpyxl.Workbook()
    guide = book.active
    guide.title = "填表说明"
    for row in (("说明",), ("姓名", "必填"), ("出生日期", "写成 2018-03-04")):
        guide.append(row)
    roster = book.create_sheet("名单")
    roster.append(("姓名", "出生日期", "家长姓名", "家长电话"))
    roster.append(("第二页娃", "2018-03-04", "王芳", "13800138000"))
    book.active = 0
    out = io.BytesIO()
    book.save(out)
    table = read_table(out.getvalue(), "hr.xlsx")
    assert [r.cells["name"] for r in table.rows] == ["第二页娃"]


@pytest.mark.parametrize("note", ["备注：以上信息由人事部提供", "制表人：王芳  2026-11-20",
                                  "说明：请核对"])
def test_a_note_alone_on_its_row_is_left_out_and_said(db, setup, note):
    importer, center_id = setup
    data = xlsx(("序号", "姓名", "出生日期"), (1, "周子轩", "2018-03-04"), (note,))
    plan = importer.preview(center_id, data, "hr.xlsx")
    assert not plan.errors and plan.count("add") == 1
    assert [n.message for n in plan.notes if "note" in n.message] == [
        f"Row 3 ({note}) is a note, not a child: not imported."]
    csv = f"姓名,出生日期\n周子轩,2018-03-04\n{note},\n"
    assert read_table(csv.encode(), "hr.csv").totals == ((3, note),)


def test_a_footer_of_several_note_cells_is_left_out_too(db, setup):
    # 制表人 in one cell, 审核 and the date in others: the whole file was refused ("row 4,
    # name: write the child's name").
    importer, center_id = setup
    data = xlsx(("序号", "姓名", "出生日期"), (1, "周子轩", "2018-03-04"),
                ("制表人：王芳", None, "审核：李强"), ("日期：2026-11-20", "负责人：张伟"))
    plan = importer.preview(center_id, data, "hr.xlsx")
    assert not plan.errors and plan.count("add") == 1
    assert len([n for n in plan.notes if "is a note" in n.message]) == 2


def test_a_child_whose_row_has_a_remark_is_still_a_child(db, setup):
    importer, center_id = setup
    data = xlsx(("姓名", "出生日期", "备注"), ("说明华", "2018-03-04", "备注：转学"))
    assert importer.preview(center_id, data, "hr.xlsx").count("add") == 1
