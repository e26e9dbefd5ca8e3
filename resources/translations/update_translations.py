"""Developers: refresh asc_desk_zh_CN.ts from the sources, then compile the .qm.

Run `python resources/translations/update_translations.py`, translate the new entries
(Qt Linguist: `pyside6-linguist resources/translations/asc_desk_zh_CN.ts`), run it again.
Error templates marked with N_() are picked up through lupdate's QT_TR_NOOP alias.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LANGUAGES = ("zh_CN",)


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "asc_desk").rglob("*.py"))


def lupdate(ts_file: Path) -> None:
    subprocess.run(
        [tool("pyside6-lupdate"), *sources(), "-tr-function-alias", "QT_TR_NOOP+=N_",
         "-no-obsolete", "-locations", "relative", "-ts", str(ts_file)],
        cwd=ROOT, check=True, capture_output=True,
    )


def lrelease(ts_file: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts_file), "-qm",
                    str(ts_file.with_suffix(".qm"))], check=True, capture_output=True)


def main() -> int:
    for lang in LANGUAGES:
        ts_file = HERE / f"asc_desk_{lang}.ts"
        lupdate(ts_file)
        lrelease(ts_file)
        print(f"updated {ts_file.name} and its .qm")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
