"""`asc-desk attendance absent` on a day the child was not expected: kept with a warning,
and never counted by `asc-desk report monthly`."""

from __future__ import annotations

import csv

from report_scenario import ZHANG, build

from asc_desk.cli import main
from asc_desk.services.database_service import open_database


def test_an_absence_on_a_closed_day_is_kept_with_a_warning_and_not_counted(
        tmp_path, capsys):
    path = str(tmp_path / "asc.sqlite3")
    db, _ = open_database(path)
    build(db)
    db.dispose()
    # "Sick all week": Monday 9th to Sunday 15th, the 11th closed (停电检修).
    for day in range(9, 16):
        code = main(["attendance", "absent", "A1", "--date", f"2026-11-{day:02d}",
                     "--reason", "sick", "--db", path])
        out = capsys.readouterr()
        assert code == 0, out.err
        if day in (11, 14, 15):
            assert "not counted as an absence" in out.err, day
        else:
            assert out.err == "", day
    assert main(["report", "monthly", "--month", "2026-11", "-o", str(tmp_path / "m.csv"),
                 "--db", path]) == 0
    with open(tmp_path / "m.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    header = rows[0]
    zhang = next(r for r in rows if ZHANG in r)
    absences = zhang[len(header) - 4]  # ... days, hours, absences, no record, open, late
    # The 4th (sick, in the scenario) and the four weekdays 9, 10, 12, 13.
    assert absences == "5"
    # Closed, Saturday and Sunday cells stay empty (no 病 in a grey cell).
    day_cells = zhang[header.index("11日")], zhang[header.index("14日")]
    assert day_cells == ("", "")
