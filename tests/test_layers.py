"""Imports go one way (ui → services → domain; db only under services): checked over the
whole package, so a shortcut across layers fails here rather than in a review."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "asc_desk"

# layer -> module prefixes it must never import
FORBIDDEN = {
    "domain": ("PySide6", "sqlalchemy", "alembic", "asc_desk.db", "asc_desk.services",
               "asc_desk.ui", "asc_desk.cli", "asc_desk.reports", "asc_desk.app"),
    "db": ("PySide6", "asc_desk.services", "asc_desk.ui", "asc_desk.cli", "asc_desk.reports",
           "asc_desk.app"),
    "services": ("PySide6", "asc_desk.ui", "asc_desk.cli", "asc_desk.app"),
    "reports": ("PySide6", "asc_desk.ui", "asc_desk.cli", "asc_desk.app", "asc_desk.db",
                "sqlalchemy"),
    "ui": ("sqlalchemy", "alembic", "asc_desk.db", "asc_desk.cli"),
    "cli": ("asc_desk.ui",),  # the window is opened through app.py, lazily
}


def imported_modules(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
    return found


def layer_files(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_go_one_way(layer):
    broken = []
    for path in layer_files(layer):
        for line, module in imported_modules(path):
            if any(module == bad or module.startswith(bad + ".") for bad in FORBIDDEN[layer]):
                broken.append(f"{path.relative_to(PACKAGE.parent)}:{line} imports {module}")
    assert not broken, "\n".join(broken)


def test_the_check_sees_a_forbidden_import(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("from PySide6.QtCore import QObject\nimport sqlalchemy.orm\n")
    assert [m for _l, m in imported_modules(sample)] == ["PySide6.QtCore", "sqlalchemy.orm"]
