"""SQLite and PostgreSQL side by side: start-up, and a bulk insert of 100,000 audit rows.

PostgreSQL figures need a server: set ASC_DESK_BENCH_PG (or ASC_DESK_TEST_PG) to an admin
URL such as postgresql://postgres:pw@127.0.0.1:5432/postgres; a fresh database is made.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

from common import Figure, interleaved, offscreen_env, python, time_command
from sqlalchemy import create_engine, insert
from sqlalchemy.engine import make_url

from asc_desk.db.models import AuditEntry
from asc_desk.services.database_service import open_database
from asc_desk.services.demo.demo_service import STORY_DAY

STORY = STORY_DAY.isoformat()  # the fixed demo data the figures have always been measured on

ROWS = 100_000


def _rows() -> list[dict]:
    at = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
    return [dict(at=at, actor="bench", entity="child", entity_id=str(i), action="update",
                 before={"n": i}, after={"n": i + 1}) for i in range(ROWS)]


def _app_insert(target: str) -> float:
    db, _ = open_database(target)
    rows = _rows()
    try:
        start = time.perf_counter()
        with db.unit_of_work() as s:
            s.execute(insert(AuditEntry), rows)
        return time.perf_counter() - start
    finally:
        db.dispose()


def _sqlite_baseline(path: Path) -> float:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, at TEXT, actor TEXT, entity TEXT, "
                 "entity_id TEXT, action TEXT, before TEXT, after TEXT)")
    rows = [("2026-11-01 00:00:00.000000", "bench", "child", str(i), "update",
             f'{{"n": {i}}}', f'{{"n": {i + 1}}}') for i in range(ROWS)]
    start = time.perf_counter()
    with conn:
        conn.executemany("INSERT INTO t (at, actor, entity, entity_id, action, before, after) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def _pg_baseline(url: str) -> float:
    import psycopg

    plain = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    rows = [(dt.datetime(2026, 11, 1), "bench", "child", str(i), "update",
             f'{{"n": {i}}}', f'{{"n": {i + 1}}}') for i in range(ROWS)]
    with psycopg.connect(plain) as conn:
        conn.execute("CREATE TABLE t (id SERIAL PRIMARY KEY, at TIMESTAMP, actor TEXT, "
                     "entity TEXT, entity_id TEXT, action TEXT, before JSON, after JSON)")
        conn.commit()
        start = time.perf_counter()
        with conn.cursor() as cur:
            cur.executemany("INSERT INTO t (at, actor, entity, entity_id, action, before, after)"
                            " VALUES (%s, %s, %s, %s, %s, %s, %s)", rows)
        conn.commit()
        return time.perf_counter() - start


class _PgDatabase:
    def __init__(self, admin_url: str) -> None:
        admin = make_url(admin_url)
        if admin.drivername == "postgresql":
            admin = admin.set(drivername="postgresql+psycopg")
        self.name = f"asc_bench_{uuid.uuid4().hex[:8]}"
        self._engine = create_engine(admin, isolation_level="AUTOCOMMIT")
        self.url = admin.set(database=self.name).render_as_string(hide_password=False)

    def __enter__(self) -> str:
        with self._engine.connect() as c:
            c.exec_driver_sql(f'CREATE DATABASE "{self.name}"')
        return self.url

    def __exit__(self, *exc) -> None:
        with self._engine.connect() as c:
            c.exec_driver_sql(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
        self._engine.dispose()


def run() -> list[Figure]:
    figures = []
    admin = os.environ.get("ASC_DESK_BENCH_PG") or os.environ.get("ASC_DESK_TEST_PG")
    env = offscreen_env()
    with tempfile.TemporaryDirectory() as tmp:
        env["XDG_CONFIG_HOME"] = env["XDG_STATE_HOME"] = env["XDG_DATA_HOME"] = tmp
        sqlite_db = str(Path(tmp) / "start.sqlite3")
        subprocess.run([python(), "-m", "asc_desk", "demo", "--no-gui", "--today", STORY,
                        "--db", sqlite_db],
                       check=True, env=env, capture_output=True)
        app = _app_insert(str(Path(tmp) / "bulk.sqlite3"))
        base = _sqlite_baseline(Path(tmp) / "base.sqlite3")
        figures.append(Figure(f"SQLite: {ROWS:,} audit rows", app, base,
                              "sqlite3 executemany"))
        if not admin:
            print("(PostgreSQL figures skipped: set ASC_DESK_BENCH_PG)")
            return figures
        with _PgDatabase(admin) as pg_bulk, _PgDatabase(admin) as pg_base:
            app_pg = _app_insert(pg_bulk)
            base_pg = _pg_baseline(pg_base)
        figures.append(Figure(f"PostgreSQL: {ROWS:,} audit rows", app_pg, base_pg,
                              "psycopg executemany"))
        figures.append(Figure("PostgreSQL vs SQLite bulk insert", app_pg, app,
                              "SQLite, same rows"))
        with _PgDatabase(admin) as pg_start:
            subprocess.run([python(), "-m", "asc_desk", "demo", "--no-gui", "--today", STORY,
                            "--db", pg_start],
                           check=True, env=env, capture_output=True)
            pg, lite = interleaved(
                lambda: time_command([python(), "-m", "asc_desk", "--db", pg_start,
                                      "--exit-when-idle"], env),
                lambda: time_command([python(), "-m", "asc_desk", "--db", sqlite_db,
                                      "--exit-when-idle"], env),
                rounds=5,
            )
        figures.append(Figure("start-up on PostgreSQL", pg, lite, "start-up on SQLite"))
    return figures
