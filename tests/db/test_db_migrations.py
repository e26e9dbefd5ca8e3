"""Alembic owns the schema: upgrades from nothing and from the first revision, and the
models agree with what the revisions build."""

from __future__ import annotations

import datetime as dt

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect, text

from asc_desk.db.location import parse_location
from asc_desk.db.migrate import current_revision, head_revision, script_directory, upgrade_to_head
from asc_desk.db.models import Base, Center, Program
from asc_desk.db.revisions import HEAD
from asc_desk.services.database import Database


def _tables(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        return set(inspect(conn).get_table_names())


def test_single_head() -> None:
    assert len(script_directory().get_heads()) == 1


def test_head_known_without_alembic_matches_the_migrations() -> None:
    assert head_revision() == HEAD


def test_upgrade_from_empty_to_head(any_engine: Engine) -> None:
    engine = any_engine
    result = upgrade_to_head(engine)

    assert result.before is None
    assert result.after == head_revision()
    assert result.changed
    assert {"alembic_version", "center", "program", "audit_log"} <= _tables(engine)
    with engine.connect() as conn:
        assert current_revision(conn) == head_revision()

    again = upgrade_to_head(engine)
    assert (again.before, again.after, again.changed) == (head_revision(), head_revision(), False)


def test_upgrade_from_first_revision_keeps_data(any_engine: Engine) -> None:
    engine = any_engine
    assert upgrade_to_head(engine, target="0001").after == "0001"
    assert "audit_log" not in _tables(engine)
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO center (id, name, factory_name, time_zone, language, created_at, "
            "updated_at) VALUES (1, '星光儿童之家', '华彩玩具', 'Asia/Shanghai', 'zh_CN', "
            "'2026-11-01 08:00:00.000000', '2026-11-01 08:00:00.000000')"
        ))
        conn.execute(text(
            "INSERT INTO program (id, center_id, name, kind, first_day, last_day, weekdays, "
            "opens_at, closes_at, created_at, updated_at) VALUES (7, 1, '2026秋季学期课后班', "
            "'term', '2026-09-01', '2027-01-22', 31, '16:30:00.000000', '20:30:00.000000', "
            "'2026-11-01 08:00:00.000000', '2026-11-01 08:00:00.000000')"
        ))

    result = upgrade_to_head(engine)

    assert (result.before, result.after) == ("0001", head_revision())
    assert "audit_log" in _tables(engine)
    # Read back through the models: the old rows load as the current code expects them.
    db = Database(parse_location(engine.url.render_as_string(hide_password=False)), engine)
    with db.unit_of_work() as s:
        center = s.get(Center, 1)
        program = s.get(Program, 7)
        assert center is not None and program is not None
        assert center.name == "星光儿童之家"
        assert center.created_at == dt.datetime(2026, 11, 1, 8, 0, tzinfo=dt.UTC)
        assert program.center_id == 1
        assert program.name == "2026秋季学期课后班"
        assert (program.first_day, program.last_day) == (dt.date(2026, 9, 1), dt.date(2027, 1, 22))
        assert (program.opens_at, program.closes_at) == (dt.time(16, 30), dt.time(20, 30))


def test_models_agree_with_migrations(any_engine: Engine) -> None:
    engine = any_engine
    upgrade_to_head(engine)
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "target_metadata": Base.metadata}
        )
        differences = compare_metadata(context, Base.metadata)
    assert differences == []
