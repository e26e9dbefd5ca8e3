"""pyproject lists every package by hand (migrations/ and resources/ are mapped into it)."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_package_folder_is_listed():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    listed = set(config["packages"])
    found = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "asc_desk").rglob("__init__.py")
    }
    found |= {"asc_desk.migrations", "asc_desk.migrations.versions", "asc_desk.resources"}
    assert listed == found


def test_mapped_folders_hold_what_the_app_loads():
    assert (ROOT / "migrations" / "env.py").is_file()
    assert list((ROOT / "migrations" / "versions").glob("0001_*.py"))
    assert (ROOT / "resources" / "fonts" / "wqy-microhei.ttc").is_file()
    assert (ROOT / "resources" / "translations" / "asc_desk_zh_CN.qm").is_file()
