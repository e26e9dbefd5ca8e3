"""`asc-desk caregivers|staff|shifts ...`, in-process, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import insert

from asc_desk.cli import main
from asc_desk.db.models import Child, Enrollment
from asc_desk.domain.center import CenterSettings
from asc_desk.domain.program import MONDAY_TO_FRIDAY, ProgramKind, ProgramSpec
from asc_desk.services.calendar.program_service import ProgramService
from asc_desk.services.center_service import CenterService
from asc_desk.services.database_service import open_database


@pytest.fixture
def url(head_database_url: str) -> str:
    db, _report = open_database(head_database_url)
    try:
        settings = CenterSettings("星光儿童之家", "华彩玩具")
        center = CenterService(db, "t").set_up_center(settings).value
        program = ProgramService(db, "t").add_program(center.id, ProgramSpec(
            "秋季课后班", ProgramKind.TERM, dt.date(2026, 9, 1), dt.date(2027, 1, 22),
            MONDAY_TO_FRIDAY, dt.time(16, 30), dt.time(20, 30))).value
        with db.unit_of_work() as s:  # children expected: the minimum on duty applies
            ids = [s.scalar(insert(Child).values(
                center_id=center.id, name=name, card_code=f"K{i:07d}", status="active",
                birth_date=dt.date(2017, 3, 1)).returning(Child.id))
                for i, name in enumerate(("小明", "小红"), start=1)]
            s.execute(insert(Enrollment), [dict(
                child_id=c, program_id=program.id, from_date=dt.date(2026, 9, 1),
                to_date=None, weekdays=MONDAY_TO_FRIDAY) for c in ids])
    finally:
        db.dispose()
    return head_database_url


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def one_error(capsys, *argv: str) -> str:
    code, out, err = run(capsys, *argv)
    assert code == 1, (out, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("asc-desk: "), err
    assert "something went wrong" not in err
    return lines[0]


def test_caregivers_shifts_week_check_clock_hours(capsys, url):
    assert run(capsys, "caregivers", "add", "李老师", "--phone", "13800138000",
               "--max-hours", "30", "--db", url)[0] == 0
    assert run(capsys, "caregivers", "add", "赵同学", "--role", "volunteer", "--db", url)[0] == 0
    code, out, _ = run(capsys, "caregivers", "list", "--json", "--db", url)
    people = json.loads(out)
    assert [(p["name"], p["role"]) for p in people] == [("李老师", "teacher"),
                                                        ("赵同学", "volunteer")]
    card = people[0]["card_code"]
    code, out, err = run(capsys, "shifts", "add", card, "2026-11-25", "16:00", "21:00",
                         "--program", "秋季课后班", "--db", url)
    assert code == 0, err
    assert "李老师: shift 2026-11-25 16:00-21:00 added." in out
    run(capsys, "shifts", "add", "李老师", "2026-11-25", "20:00", "22:00", "--db", url)
    code, out, _ = run(capsys, "shifts", "week", "--date", "2026-11-25", "--json", "--db", url)
    week = json.loads(out)
    assert [d["date"] for d in week["days"]][0] == "2026-11-23"
    assert len(week["shifts"]) == 2
    code, out, err = run(capsys, "shifts", "check", "--from", "2026-11-25", "--to",
                         "2026-11-25", "--db", url)
    assert code == 1
    assert "conflict 2026-11-25 李老师: 李老师: the shift 2026-11-25 20:00-22:00 overlaps" in out
    assert "gap 2026-11-25 16:30-17:00" in out
    code, out, _ = run(capsys, "shifts", "check", "--from", "2026-11-28", "--to",
                       "2026-11-29", "--json", "--db", url)
    assert code == 0 and json.loads(out)["conflicts"] == []  # a weekend: nothing to check
    assert run(capsys, "staff", "clock-in", "李老师", "--at", "2026-11-25T16:00",
               "--db", url)[1].strip() == "李老师 clocked in at 16:00."
    assert run(capsys, "staff", "clock-out", card, "--at", "2026-11-25T20:30",
               "--db", url)[0] == 0
    code, out, _ = run(capsys, "staff", "hours", "--month", "2026-11", "--json", "--db", url)
    rows = {r["name"]: r for r in json.loads(out)["caregivers"]}
    assert (rows["李老师"]["planned"], rows["李老师"]["actual"]) == (7.0, 4.5)
    assert run(capsys, "staff", "leave", "赵同学", "--from", "2026-12-01", "--to",
               "2026-12-03", "--kind", "training", "--db", url)[0] == 0


def test_bad_input_one_line_and_exit_1(capsys, url):
    run(capsys, "caregivers", "add", "李老师", "--db", url)
    assert "before the start" in one_error(capsys, "shifts", "add", "李老师", "2026-11-25",
                                           "21:00", "16:00", "--db", url)
    assert "across midnight" in one_error(capsys, "shifts", "add", "李老师", "2026-11-25",
                                          "22:00", "02:00", "--db", url)
    assert "No caregiver “王五”" in one_error(capsys, "shifts", "add", "王五", "2026-11-25",
                                             "16:00", "21:00", "--db", url)
    assert "before it starts" in one_error(capsys, "staff", "leave", "李老师", "--from",
                                           "2026-12-03", "--to", "2026-12-01", "--db", url)
    assert "not clocked in" in one_error(capsys, "staff", "clock-out", "李老师", "--at",
                                         "2026-11-25T18:00", "--db", url)
    run(capsys, "staff", "clock-in", "李老师", "--at", "2026-11-25T16:00", "--db", url)
    assert "already clocked in" in one_error(capsys, "staff", "clock-in", "李老师", "--at",
                                             "2026-11-25T17:00", "--db", url)
    code, out, _ = run(capsys, "shifts", "week", "--date", "2026-11-25", "--json", "--db", url)
    assert json.loads(out)["shifts"] == []


def test_week_names_a_holiday_in_english_and_chinese(capsys, url):
    code, out, _ = run(capsys, "shifts", "week", "--date", "2026-10-05", "--json", "--db", url)
    national = json.loads(out)["days"][0]
    assert (national["official_holiday"], national["official_holiday_zh"]) == (
        "National Day", "国庆节")
    code, out, _ = run(capsys, "shifts", "week", "--date", "2026-10-05", "--db", url)
    assert "2026-10-05 Mon: closed [National Day]" in out


def test_an_ambiguous_name_is_refused_with_the_matches(capsys, url):
    run(capsys, "caregivers", "add", "李老师", "--employee-id", "E01", "--db", url)
    run(capsys, "caregivers", "add", "李老师", "--employee-id", "E02", "--db", url)
    line = one_error(capsys, "staff", "clock-in", "李老师", "--db", url)
    assert "2 caregivers are called 李老师" in line and "E01" in line and "E02" in line
    assert run(capsys, "staff", "clock-in", "E02", "--at", "2026-11-25T16:00",
               "--db", url)[0] == 0


def test_a_date_outside_every_program_is_a_warning(capsys, url):
    run(capsys, "caregivers", "add", "李老师", "--db", url)
    code, out, err = run(capsys, "shifts", "add", "李老师", "2027-02-01", "09:00", "12:00",
                         "--db", url)
    assert code == 0
    assert err.strip() == ("Warning: No program runs on 2027-02-01: the shift is saved, and "
                           "shown as on a closed day.")


def test_leave_and_clock_for_an_unknown_caregiver_one_line_and_exit_1(capsys, url):
    run(capsys, "caregivers", "add", "李老师", "--db", url)
    assert "No caregiver “王五”" in one_error(capsys, "staff", "leave", "王五", "--from",
                                             "2026-12-01", "--to", "2026-12-01", "--db", url)
    assert "No caregiver “王五”" in one_error(capsys, "staff", "clock-in", "王五", "--at",
                                             "2026-11-25T16:00", "--db", url)
    assert "No caregiver “王五”" in one_error(capsys, "staff", "clock-out", "王五", "--at",
                                             "2026-11-25T18:00", "--db", url)
    code, out, _ = run(capsys, "staff", "hours", "--month", "2026-11", "--json", "--db", url)
    assert code == 0 and all(r["actual"] == 0 for r in json.loads(out)["caregivers"])


def test_check_does_not_count_a_caregiver_on_sick_leave(capsys, url):
    # The trial's case: the only caregiver planned that day is on sick leave.
    run(capsys, "caregivers", "add", "王建军", "--role", "assistant", "--db", url)
    run(capsys, "shifts", "add", "王建军", "2026-12-03", "15:30", "20:00", "--db", url)
    assert run(capsys, "staff", "leave", "王建军", "--from", "2026-12-03", "--to",
               "2026-12-03", "--kind", "sick", "--db", url)[0] == 0
    code, out, _ = run(capsys, "shifts", "check", "--from", "2026-12-03", "--to",
                       "2026-12-03", "--json", "--db", url)
    found = json.loads(out)
    assert code == 1 and len(found["conflicts"]) == 1
    assert {(g["scheduled"], g["missing"]) for g in found["gaps"]} == {(0, 2)}
