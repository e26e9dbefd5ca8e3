"""Commands that show no window never import Qt (fast start, and they work on a server)."""

from __future__ import annotations

from pathlib import Path

NO_QT = """
import sys
from asc_desk.cli import main

db, saved = sys.argv[1], sys.argv[2]
for argv in (
    ["db", "upgrade", "--db", db],
    ["db", "check", "--db", db],
    ["db", "check", "--json", "--db", db],
    ["db", "backup", "--db", db, "--to", saved],
    ["demo", "--no-gui", "--db", db],
    ["db", "restore", saved, "--db", db],
):
    assert main(argv) == 0, argv
qt = sorted(m for m in sys.modules if m.startswith("PySide6"))
assert not qt, qt
print("no Qt")
"""


def test_commands_without_a_window_do_not_import_qt(cli, tmp_path: Path) -> None:
    db = tmp_path / "center.sqlite3"
    saved = tmp_path / "saved.sqlite3"

    result = cli.python(NO_QT, str(db), str(saved))

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("no Qt")
    assert saved.is_file()


def test_db_check_alone_does_not_import_qt(cli, tmp_path: Path, make_database) -> None:
    db = make_database(tmp_path / "center.sqlite3")
    code = (
        "import sys; from asc_desk.cli import main; "
        "assert main(['db', 'check', '--db', sys.argv[1]]) == 0; "
        "assert not any(m.startswith('PySide6') for m in sys.modules)"
    )
    result = cli.python(code, str(db))
    assert result.returncode == 0, result.stderr
    assert "Integrity: ok" in result.stdout
