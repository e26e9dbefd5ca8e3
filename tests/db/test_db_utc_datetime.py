"""UTCDateTime: aware datetimes in, the same instant out in UTC; naive ones refused."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Column, Engine, Integer, MetaData, Table, create_engine, insert, select
from sqlalchemy.exc import StatementError

from asc_desk.db.utc_datetime import UTCDateTime, utc_now

SHANGHAI = ZoneInfo("Asia/Shanghai")
metadata = MetaData()
moments = Table(
    "moments", metadata,
    Column("id", Integer, primary_key=True),
    Column("at", UTCDateTime, nullable=True),
)


@pytest.fixture
def sqlite_engine(tmp_path: Path) -> Iterator[Engine]:
    engine = create_engine(f"sqlite:///{tmp_path / 'utc.sqlite3'}")
    metadata.create_all(engine)
    yield engine
    engine.dispose()


@pytest.mark.parametrize("value", [
    dt.datetime(2026, 10, 12, 16, 30, tzinfo=SHANGHAI),
    dt.datetime(2026, 12, 31, 23, 59, 59, 999999, tzinfo=dt.UTC),
    dt.datetime(2026, 3, 29, 1, 30, tzinfo=ZoneInfo("Europe/Berlin")),
    dt.datetime(2026, 1, 1, 0, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
])
def test_aware_datetime_round_trips_as_utc(sqlite_engine: Engine, value: dt.datetime) -> None:
    with sqlite_engine.begin() as conn:
        conn.execute(insert(moments).values(id=1, at=value))
    with sqlite_engine.connect() as conn:
        loaded = conn.execute(select(moments.c.at)).scalar_one()
        raw = conn.exec_driver_sql("SELECT at FROM moments").scalar_one()

    assert loaded == value  # the same instant
    assert loaded.utcoffset() == dt.timedelta(0)
    assert loaded.tzinfo == dt.UTC
    # Stored as naive UTC text, the same on every dialect.
    assert raw.startswith(value.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S"))


def test_shanghai_evening_is_stored_as_utc_morning(sqlite_engine: Engine) -> None:
    with sqlite_engine.begin() as conn:
        conn.execute(insert(moments).values(id=1, at=dt.datetime(2026, 10, 12, 8, 0,
                                                                  tzinfo=SHANGHAI)))
    with sqlite_engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT at FROM moments").scalar_one().startswith(
            "2026-10-12 00:00:00"
        )


def test_naive_datetime_is_refused(sqlite_engine: Engine) -> None:
    with pytest.raises(StatementError) as caught, sqlite_engine.begin() as conn:
        conn.execute(insert(moments).values(id=1, at=dt.datetime(2026, 10, 12, 16, 30)))
    assert isinstance(caught.value.orig, ValueError)
    assert "aware" in str(caught.value.orig)
    with sqlite_engine.connect() as conn:
        assert conn.execute(select(moments)).fetchall() == []


def test_none_stays_none(sqlite_engine: Engine) -> None:
    with sqlite_engine.begin() as conn:
        conn.execute(insert(moments).values(id=1, at=None))
    with sqlite_engine.connect() as conn:
        assert conn.execute(select(moments.c.at)).scalar_one() is None


def test_utc_now_is_aware_utc() -> None:
    now = utc_now()
    assert now.tzinfo == dt.UTC
    assert abs(now - dt.datetime.now(dt.UTC)) < dt.timedelta(seconds=5)


def test_round_trip_is_the_same_on_every_dialect(any_engine: Engine) -> None:
    """PostgreSQL would hand back aware values, SQLite naive ones: the type hides that."""
    metadata.create_all(any_engine)
    value = dt.datetime(2026, 10, 12, 16, 30, 5, 123456, tzinfo=SHANGHAI)
    with any_engine.begin() as conn:
        conn.execute(insert(moments).values(id=1, at=value))
    with any_engine.connect() as conn:
        loaded = conn.execute(select(moments.c.at)).scalar_one()
    assert loaded == value and loaded.tzinfo == dt.UTC
