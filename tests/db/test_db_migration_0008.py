"""0008 adds the enrollment's insurance company: rows from before keep their policy text
(a company glued in front stays as it was) and get an empty company."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine, MetaData, Table, insert, select

from asc_desk.db.migrate import upgrade_to_head


def _table(conn, name: str) -> Table:
    return Table(name, MetaData(), autoload_with=conn)


def test_an_old_enrollment_gets_an_empty_company(any_engine: Engine) -> None:
    engine = any_engine
    assert upgrade_to_head(engine, target="0007").after == "0007"
    at = dt.datetime(2026, 11, 1, 8, 0)
    with engine.begin() as conn:
        conn.execute(insert(_table(conn, "center")).values(
            id=1, name="星光儿童之家", factory_name="", time_zone="Asia/Shanghai",
            language="zh_CN", created_at=at, updated_at=at))
        conn.execute(insert(_table(conn, "program")).values(
            id=7, center_id=1, name="秋季班", kind="term", first_day=dt.date(2026, 9, 1),
            last_day=dt.date(2027, 1, 22), weekdays=31, opens_at=dt.time(16, 30),
            closes_at=dt.time(20, 30), created_at=at, updated_at=at))
        conn.execute(insert(_table(conn, "child")).values(
            id=3, center_id=1, name="王小明", name_pinyin="", name_initials="", gender="M",
            school="", grade="", allergies="", medical_notes="", card_code="AAAA3333",
            status="active", withdrawal_reason="", created_at=at, updated_at=at))
        conn.execute(insert(_table(conn, "enrollment")).values(
            id=5, child_id=3, program_id=7, from_date=dt.date(2026, 9, 1), weekdays=31,
            insurance_policy="平安保险 P-2026-001"))

    assert upgrade_to_head(engine).before == "0007"
    with engine.connect() as conn:
        enrollment = _table(conn, "enrollment")
        row = conn.execute(select(enrollment.c.insurance_policy,
                                  enrollment.c.insurance_company)).one()
    assert tuple(row) == ("平安保险 P-2026-001", "")
