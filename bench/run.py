"""Runs every benchmark in bench/ and prints each figure as a ratio to a same-run baseline.

Usage: python bench/run.py [NAME ...]   (NAME: a module bench_NAME.py; default all)
Machines here are noisy, so figures are medians of interleaved runs and only ratios count.
"""

from __future__ import annotations

import importlib
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import Figure  # noqa: E402


def main(argv: list[str]) -> int:
    names = argv or sorted(p.stem[len("bench_"):] for p in HERE.glob("bench_*.py"))
    figures: list[Figure] = []
    began = time.perf_counter()
    for name in names:
        module = importlib.import_module(f"bench_{name}")
        print(f"# {name}: {module.__doc__.strip().splitlines()[0]}", flush=True)
        start = time.perf_counter()
        for figure in module.run():
            print(figure.line(), flush=True)
            figures.append(figure)
        print(f"({name}: {time.perf_counter() - start:.0f} s)", flush=True)
    missed = [f for f in figures if not f.met]
    print(f"{len(figures) - len(missed)} of {len(figures)} figures within target "
          f"({time.perf_counter() - began:.0f} s in all)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
