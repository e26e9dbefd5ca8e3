"""`roster import` and `roster list` warn about names no bundled font can print."""

from __future__ import annotations


def test_import_and_list_name_the_child_and_the_character(cli, tmp_path):
    db = str(tmp_path / "r.sqlite3")
    assert cli.run("demo", "--no-gui", "--children", "0", "--db", db).returncode == 0
    path = tmp_path / "roster.csv"
    path.write_text("姓名,家长姓名\n王𪚥,王强\n赵䶮,赵刚\n张三,张𠮷\n", encoding="utf-8")
    imported = cli.run("roster", "import", str(path), "--db", db)
    assert imported.returncode == 0, imported.stderr
    assert "row 2, 王𪚥: no bundled font has 𪚥 (U+2A6A5)" in imported.stderr
    assert "row 4, 张三: no bundled font has 𠮷 (U+20BB7)" in imported.stderr
    assert "赵䶮" not in imported.stderr  # Extension A: in the fallback font
    listed = cli.run("roster", "list", "--db", db)
    assert "Warning: 王𪚥: no bundled font has 𪚥" in listed.stderr
    assert "Warning: 张三: no bundled font has 𠮷" in listed.stderr
