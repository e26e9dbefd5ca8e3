"""Roster import of real-world values: middle-dot name variants, agreement and insurance."""

from __future__ import annotations

import datetime as dt
import io

import openpyxl
import pytest

from asc_desk.services.roster.roster_service import RosterService
from tests.services.roster.import_kit import TODAY

HEADER = "姓名,出生日期,家长姓名,家长电话,项目,入托日期\n"
ROW = "{name},2018-03-04,买买提,13812345678,2026秋季学期课后班,2026-09-01\n"



@pytest.mark.parametrize("variant", ["阿依古丽•买买提", "阿依古丽・买买提", "阿依古丽‧买买提",
                                     "阿依古丽．买买提", "阿依古丽 · 买买提"])
def test_a_middle_dot_variant_updates_the_child_instead_of_adding_one(db, setup, variant):
    importer, center_id = setup
    first = importer.preview(center_id, (HEADER + ROW.format(name="阿依古丽·买买提")).encode(),
                             "a.csv")
    importer.apply(center_id, first)
    again = importer.preview(center_id, (HEADER + ROW.format(name=variant)).encode(), "b.csv")
    assert (again.count("add"), again.count("update") + again.count("unchanged")) == (0, 1)
    roster = RosterService(db, "t", today=lambda: TODAY)
    assert [r.name for r in roster.list_roster(center_id)] == ["阿依古丽·买买提"]


def test_the_duplicate_check_sees_a_variant_spelling(db, setup):
    from asc_desk.domain.roster import ChildDraft, GuardianDraft

    importer, center_id = setup
    importer.apply(center_id, importer.preview(
        center_id, (HEADER + ROW.format(name="阿依古丽·买买提")).encode(), "a.csv"))
    roster = RosterService(db, "t", today=lambda: TODAY)
    draft = ChildDraft("阿依古丽 • 买买提", birth_date=dt.date(2018, 3, 4),
                       guardians=(GuardianDraft("买买提", phone="13812345678"),))
    assert [r.name for r in roster.likely_duplicates(center_id, draft)] == ["阿依古丽·买买提"]


def test_agreement_and_insurance_columns_are_imported(db, setup):
    importer, center_id = setup
    data = ("姓名,项目,入托日期,托管协议签订日期,保险公司,保单号,保险到期日\n"
            "王小明,2026秋季学期课后班,2026-09-01,2026-08-28,平安保险,P-2026-001,2027-08-31\n"
            "李小红,2026秋季学期课后班,2026-09-01,,,,\n").encode()
    importer.apply(center_id, importer.preview(center_id, data, "hr.csv"))
    roster = RosterService(db, "t", today=lambda: TODAY)
    rows = {r.name: r for r in roster.list_roster(center_id)}
    assert rows["王小明"].insurance is None and rows["李小红"].insurance == "missing"
    record = roster.find_child(center_id, "王小明")
    enrollment = record.draft.enrollments[0]
    assert enrollment.agreement_signed_on == dt.date(2026, 8, 28)
    assert (enrollment.insurance_company, enrollment.insurance_policy) == (
        "平安保险", "P-2026-001")
    assert enrollment.insurance_expires == dt.date(2027, 8, 31)


def test_the_insurance_company_goes_round_an_export_and_a_re_import(db, setup):
    from asc_desk.services.roster.roster_export import RosterExport

    importer, center_id = setup
    data = ("编号,姓名,项目,入托日期,保险公司,保单号,保险到期日\n"
            "A1,王小明,2026秋季学期课后班,2026-09-01,中国人寿财险,GL 2026 001,2027-08-31\n"
            "A2,李小红,2026秋季学期课后班,2026-09-01,,P-7,\n").encode()
    importer.apply(center_id, importer.preview(center_id, data, "hr.csv"))
    exported = RosterExport(db).export(center_id, "csv")
    lines = exported.decode("utf-8-sig").splitlines()
    header = lines[0].split(",")
    cells = dict(zip(header, next(line for line in lines if "王小明" in line).split(","),
                     strict=True))
    assert (cells["保险公司"], cells["保单号"]) == ("中国人寿财险", "GL 2026 001")
    # The file read back changes nothing; a new company in it is an update of that field only.
    assert importer.preview(center_id, exported, "again.csv").count("unchanged") == 2
    changed = exported.decode("utf-8-sig").replace("中国人寿财险", "平安保险").encode()
    plan = importer.preview(center_id, changed, "changed.csv")
    assert (plan.count("update"), plan.count("unchanged")) == (1, 1)
    importer.apply(center_id, plan)
    roster = RosterService(db, "t", today=lambda: TODAY)
    (enrollment,) = roster.find_child(center_id, "A1").draft.enrollments
    assert (enrollment.insurance_company, enrollment.insurance_policy) == (
        "平安保险", "GL 2026 001")
    (other,) = roster.find_child(center_id, "A2").draft.enrollments
    assert (other.insurance_company, other.insurance_policy) == ("", "P-7")


def test_a_file_without_the_company_column_keeps_the_stored_company(db, setup):
    importer, center_id = setup
    first = ("编号,姓名,项目,入托日期,保险公司,保单号\n"
             "A1,王小明,2026秋季学期课后班,2026-09-01,平安保险,P-1\n").encode()
    importer.apply(center_id, importer.preview(center_id, first, "hr.csv"))
    later = ("编号,姓名,项目,入托日期,保单号\n"
             "A1,王小明,2026秋季学期课后班,2026-09-01,P-2\n").encode()
    importer.apply(center_id, importer.preview(center_id, later, "hr2.csv"))
    roster = RosterService(db, "t", today=lambda: TODAY)
    (enrollment,) = roster.find_child(center_id, "A1").draft.enrollments
    assert (enrollment.insurance_company, enrollment.insurance_policy) == ("平安保险", "P-2")


def test_a_too_long_insurance_company_rejects_the_row_at_its_column(db, setup):
    importer, center_id = setup
    data = ("姓名,项目,入托日期,保险公司\n"
            f"王小明,2026秋季学期课后班,2026-09-01,{'保' * 101}\n").encode()
    plan = importer.preview(center_id, data, "hr.csv")
    assert plan.rejected == 1
    assert "保险公司" in plan.errors[0].column and "100" in plan.errors[0].message


def test_a_bad_mobile_number_or_formula_name_rejects_the_row(db, setup):
    importer, center_id = setup
    data = (HEADER + ROW.format(name="张三").replace("13812345678", "1381234567")
            + ROW.format(name="=1+1")).encode()
    plan = importer.preview(center_id, data, "bad.csv")
    messages = " ".join(e.message for e in plan.errors)
    assert plan.rejected == 2 and "mobile" in messages and "formula" in messages


def test_the_template_has_the_agreement_and_insurance_columns():
    from asc_desk.services.roster.roster_export import RosterExport

    header = RosterExport.template("csv").decode("utf-8-sig").splitlines()[0]
    for column in ("托管协议签订日期", "保险公司", "保单号", "保险到期日"):
        assert column in header


# -- dates as Chinese Excel and HR systems write them ----------------------------------------
def _builtin_format_31(data: bytes) -> bytes:
    """The workbook with its date format stored as Chinese Excel stores 2019年3月5日: the
    built-in id 31 and no format code (openpyxl then reads the serial number)."""
    import re
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "xl/styles.xml":
                text = re.sub(r"<numFmts.*?</numFmts>", "", content.decode())
                content = text.replace('numFmtId="164"', 'numFmtId="31"').encode()
            target.writestr(item, content)
    return out.getvalue()


def test_excel_serial_numbers_and_hr_system_dates_are_read_in_date_columns(db, setup):
    importer, center_id = setup
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["姓名", "出生日期", "家长姓名", "家长电话"])
    sheet.append(["日期甲", 43529, "甲家长", "13800138031"])  # Chinese built-in format 31
    sheet["B2"].number_format = "yyyy年m月d日"
    sheet.append(["日期乙", 43529, "乙家长", "13800138032"])  # a General cell
    sheet.append(["日期丙", "20190305", "丙家长", "13800138033"])
    sheet.append(["日期丁", "2019-3-5 0:00:00", "丁家长", "13800138034"])
    sheet.append(["日期戊", "2019-03-05T00:00:00", "戊家长", "13800138035"])
    sheet.append(["日期己", 43529.0, "己家长", "13800138036"])
    out = io.BytesIO()
    book.save(out)
    plan = importer.preview(center_id, _builtin_format_31(out.getvalue()), "hr.xlsx")
    assert not plan.errors, [e.message for e in plan.errors]
    assert {r.draft.birth_date for r in plan.rows} == {dt.date(2019, 3, 5)}
