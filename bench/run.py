"""Runs every benchmark in bench/ and prints each figure as a ratio to a same-run baseline.

Usage: python bench/run.py [NAME ...]   (NAME: a module bench_NAME.py; default all)
Machines here are noisy, so figures are medians of interleaved runs and only ratios count.
Each module runs in a process of its own, as the app would: one module's leftovers (tens of
thousands of objects a full garbage collection walks again, a Qt application) do not weigh
on the next one's figures.
"""

from __future__ import annotations

import importlib
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import Figure  # noqa: E402

TALLY = "#figures "  # the last line of a module's process: "#figures MET TOTAL"


def run_one(name: str) -> int:
    """One module in this process: its figures, then the tally line for the parent."""
    module = importlib.import_module(f"bench_{name}")
    print(f"# {name}: {module.__doc__.strip().splitlines()[0]}", flush=True)
    start = time.perf_counter()
    figures: list[Figure] = []
    for figure in module.run():
        print(figure.line(), flush=True)
        figures.append(figure)
    print(f"({name}: {time.perf_counter() - start:.0f} s)", flush=True)
    print(f"{TALLY}{sum(f.met for f in figures)} {len(figures)}", flush=True)
    return 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["--one"]:
        return run_one(argv[1])
    names = argv or sorted(p.stem[len("bench_"):] for p in HERE.glob("bench_*.py"))
    met = total = failed = 0
    began = time.perf_counter()
    for name in names:
        with subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "--one", name],
                              stdout=subprocess.PIPE, text=True) as child:
            assert child.stdout is not None
            for line in child.stdout:
                if line.startswith(TALLY):
                    got, of = line[len(TALLY):].split()
                    met, total = met + int(got), total + int(of)
                else:
                    print(line, end="", flush=True)
        if child.returncode:
            failed += 1
            print(f"({name}: failed, exit status {child.returncode})", flush=True)
    print(f"{met} of {total} figures within target "
          f"({time.perf_counter() - began:.0f} s in all)"
          + (f"; {failed} module(s) failed" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
