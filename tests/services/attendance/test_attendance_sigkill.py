"""Killing the app in the middle of a burst of check-ins loses no confirmed event."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from asc_desk.services.database_service import open_database
from asc_desk.services.demo.demo_service import fill_demo

BURST = textwrap.dedent("""
    import datetime as dt, sys
    from zoneinfo import ZoneInfo
    from asc_desk.services.attendance.attendance_service import AttendanceService
    from asc_desk.services.database_service import open_database
    db, _ = open_database(sys.argv[1])
    now = dt.datetime(2026, 11, 25, 16, 40, tzinfo=ZoneInfo("Asia/Shanghai"))
    desk = AttendanceService(db, "burst", now=lambda: now)
    for item in desk.day(1, now.date()).children:
        result = desk.check_in(1, item.child.id)
        print(result.event_id, flush=True)  # printed only after the commit returned
""")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_in_a_burst_of_check_ins(tmp_path):
    path = tmp_path / "desk.sqlite3"
    db, _ = open_database(str(path))
    fill_demo(db, children=80)
    db.dispose()
    process = subprocess.Popen([sys.executable, "-c", BURST, str(path)],
                               stdout=subprocess.PIPE, text=True, env=dict(os.environ))
    confirmed = []
    for line in process.stdout:
        confirmed.append(int(line))
        if len(confirmed) == 25:
            process.send_signal(signal.SIGKILL)
            break
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    assert len(confirmed) == 25

    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        stored = {row[0] for row in conn.execute(
            "SELECT id FROM attendance_event WHERE recorded_by = 'burst'")}
    finally:
        conn.close()
    assert set(confirmed) <= stored
