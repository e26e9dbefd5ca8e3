"""Disk full on a real, size-limited file system (a 3 MB tmpfs, mounted when the machine
allows it, as root in CI; skipped with the reason elsewhere): the database is filled to the
last page, then a check-in and a roster import are tried. Each is refused with the plain
"disk is full" message, nothing is half-written, the file checks out afterwards and the log
holds no name, note or phone of the children."""

from __future__ import annotations

import datetime as dt
import errno
import logging
import os
import sqlite3
import subprocess
from pathlib import Path

import pytest
from fault_figures import count
from sqlalchemy import func, select

from asc_desk.db.models import AttendanceEventRow, Child
from asc_desk.domain.center import CenterSettings
from asc_desk.domain.errors import DiskFullError
from asc_desk.domain.roster import ChildDraft
from asc_desk.logging_setup import set_up_logging
from asc_desk.services.attendance.attendance_service import AttendanceService
from asc_desk.services.center_service import CenterService
from asc_desk.services.database_service import open_database
from asc_desk.services.roster.roster_import import RosterImport

pytestmark = pytest.mark.skipif(os.name != "posix", reason="tmpfs is Linux only")

NAME = "满盘标记QZXJ"
NOTE = "FULL-DISK-哮喘-MARKER"
PHONE = "13987654321"
NOW = dt.datetime(2026, 11, 25, 9, 0, tzinfo=dt.UTC)
SIZE = "3m"


@pytest.fixture
def small_disk(tmp_path: Path):
    folder = tmp_path / "small"
    folder.mkdir()
    try:
        mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={SIZE},mode=0700",
                                  "tmpfs", str(folder)], capture_output=True, text=True,
                                 timeout=30)
    except (OSError, subprocess.SubprocessError) as exc:
        pytest.skip(f"cannot mount a size-limited tmpfs here: {exc}")
    if mounted.returncode != 0:
        pytest.skip("cannot mount a size-limited tmpfs here: "
                    f"{(mounted.stderr or mounted.stdout).strip() or mounted.returncode}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False, timeout=30)


@pytest.fixture
def log_path():
    # The root conftest removes the handler after the test (and any an earlier test left).
    path = set_up_logging()
    assert path is not None
    return path


def _fill(folder: Path) -> Path:
    """Take every free block of the file system."""
    filler = folder / "filler"
    with open(filler, "wb", buffering=0) as out:
        for chunk in (1 << 16, 1 << 12, 1 << 9, 1):
            block = b"\0" * chunk
            try:
                while True:
                    out.write(block)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC
    return filler


def _roster(rows: int) -> bytes:
    header = "编号,姓名,性别,出生日期,家长姓名,家长电话,过敏,备注\n"
    lines = [f"F{i},{NAME}{i},女,2018-03-04,家长{i},{PHONE},{NOTE},{NOTE}"
             for i in range(rows)]
    return (header + "\n".join(lines) + "\n").encode()


def test_a_full_disk_refuses_plainly_writes_nothing_and_leaks_nothing(small_disk, log_path):
    path = small_disk / "center.sqlite3"
    db, _ = open_database(str(path))
    try:
        center_id = CenterService(db, "t").set_up_center(CenterSettings("星光", "华彩")).value.id
        RosterImport(db, "t", today=NOW.date).add_many(center_id, [
            ChildDraft(f"{NAME}{i}", birth_date=dt.date(2018, 3, 4), medical_notes=NOTE)
            for i in range(5)])
        with db.read() as s:  # the -wal and -shm exist before the disk fills
            child_id = s.scalars(select(Child.id).order_by(Child.id)).first()
        importer = RosterImport(db, "import", today=NOW.date)
        plan = importer.preview(center_id, _roster(300), "roster.csv")
        assert len(plan.rows) == 300 and not plan.errors
        filler = _fill(small_disk)
        desk = AttendanceService(db, "desk", now=lambda: NOW)
        with pytest.raises(DiskFullError) as check_in:
            desk.check_in(center_id, child_id, reason="disk full trial")
        with pytest.raises(DiskFullError) as imported:
            importer.apply(center_id, plan)
        for refused in (check_in.value, imported.value):
            assert str(refused).startswith("The disk holding the database is full.")
            assert "Nothing was changed" in str(refused)
        filler.unlink()
        with db.read() as s:  # nothing half-written
            assert s.scalar(select(func.count()).select_from(AttendanceEventRow)) == 0
            assert s.scalar(select(func.count()).select_from(Child)) == 5
        assert desk.check_in(center_id, child_id, reason="room again").event_id
    finally:
        db.dispose()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_path.read_text(encoding="utf-8")
    assert "DiskFullError" in text  # the log says what failed...
    assert [m for m in (NAME, NOTE, PHONE) if m in text] == []  # ...and nothing of whom
    count(trials=2)
