"""Shared helpers for the benchmarks: interleaved timing of commands and the Figure line."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass


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
