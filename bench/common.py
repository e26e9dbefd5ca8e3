"""Shared helpers for the benchmarks: interleaved timing of commands and the Figure line."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Figure:
    name: str
    value_s: float
    baseline_s: float
    baseline: str
    target_ratio: float | None = None  # ratio must be at most this
    target_abs_s: float | None = None  # or the value itself at most this
    min_s: float | None = None  # the fastest of the repeats (value_s is their median)
    baseline_min_s: float | None = None

    @property
    def ratio(self) -> float:
        return self.value_s / self.baseline_s if self.baseline_s else float("inf")

    @property
    def met(self) -> bool:
        if self.target_ratio is not None and self.ratio > self.target_ratio:
            return False
        return not (self.target_abs_s is not None and self.value_s > self.target_abs_s)

    def line(self) -> str:
        target = []
        if self.target_ratio is not None:
            target.append(f"target <= {self.target_ratio:g}x")
        if self.target_abs_s is not None:
            target.append(f"target <= {self.target_abs_s * 1000:g} ms")
        verdict = "ok" if self.met else "MISSED"
        spread = ""
        if self.min_s is not None:
            spread = f" [min {self.min_s * 1000:.1f} ms"
            if self.baseline_min_s:
                spread += f" vs {self.baseline_min_s * 1000:.1f} ms = " \
                          f"{self.min_s / self.baseline_min_s:.2f}x"
            spread += "]"
        return (f"{self.name}: median {self.value_s * 1000:.1f} ms vs {self.baseline} "
                f"{self.baseline_s * 1000:.1f} ms = {self.ratio:.2f}x{spread} "
                f"({', '.join(target) or 'no target'}) {verdict}")


def offscreen_env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def time_command(argv: list[str], env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(argv, check=True, env=env, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def interleaved(a: Callable[[], float], b: Callable[[], float], rounds: int = 7,
                warmup: int = 1) -> tuple[float, float]:
    """Medians of a and b, run alternately so drift in the machine hits both alike."""
    for _ in range(warmup):
        a()
        b()
    xs, ys = [], []
    for _ in range(rounds):
        xs.append(a())
        ys.append(b())
    return statistics.median(xs), statistics.median(ys)


def timings(fn: Callable[[], object], rounds: int) -> list[float]:
    out = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def python() -> str:
    return sys.executable


def cache_dir() -> Path:
    """Where built benchmark databases are kept between runs: ASC_DESK_BENCH_CACHE, else a
    folder in the system's temporary directory."""
    folder = Path(os.environ.get("ASC_DESK_BENCH_CACHE")
                  or Path(tempfile.gettempdir()) / "asc-desk-bench")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def cached_database(dest: Path, name: str, build: Callable[[Path], object],
                    sources: Iterable[Path]) -> bool:
    """A copy at `dest` of the SQLite database `build(path)` makes, built once and kept in
    `cache_dir()` under `name` and a digest of `sources` (the builder's code and the schema:
    a change rebuilds it). Each run gets a fresh copy, so what a run writes never
    accumulates. True when it was built now."""
    import asc_desk.db.models as models

    digest = hashlib.sha1()
    for source in (*sources, Path(models.__file__)):
        digest.update(Path(source).read_bytes())
    cache = cache_dir() / f"{name}-{digest.hexdigest()[:12]}.sqlite3"
    built = not cache.exists()
    if built:
        for stale in cache.parent.glob(f"{name}-????????????.sqlite3"):  # older code's
            stale.unlink(missing_ok=True)
        partial = cache.with_name(f"building-{os.getpid()}-{cache.name}")
        build(partial)
        copy_database(partial, cache)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{partial}{suffix}").unlink(missing_ok=True)
    copy_database(cache, dest)
    return built


def copy_database(source: Path, dest: Path) -> None:
    # The backup API, not a file copy: it takes what is still in the -wal file too.
    src, out = sqlite3.connect(source), sqlite3.connect(dest)
    try:
        src.backup(out)
    finally:
        src.close()
        out.close()
