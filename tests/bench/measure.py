"""Run a command as a child process and report its wall time and peak memory (max RSS)."""

from __future__ import annotations

import math
import os
import subprocess
import time
from dataclasses import dataclass


@dataclass
class Measurement:
    label: str
    seconds: float
    peak_mb: float
    output: str

    def row(self) -> str:
        return f"| {self.label} | {self.seconds:.2f} s | {self.peak_mb:.0f} MB | {self.output} |"


def measure(label: str, command: list[str], cwd: str | None = None, ok: tuple[int, ...] = (0,)) -> Measurement:
    """Wall time and the child's own max RSS (os.wait4 gives per-child rusage); `ok` lists
    the exit codes that mean success (termkit check exits 1 when it finds something)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, cwd=cwd)
    output = process.stdout.read().decode(errors="replace").strip().splitlines()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) not in ok:
        raise RuntimeError(f"{label} failed: {output[-5:]}")
    return Measurement(label, seconds, usage.ru_maxrss / 1024, output[-1] if output else "")


def median_run(measurements) -> Measurement:
    """The run with the median wall time, its memory beside it."""
    ordered = sorted(measurements, key=lambda m: m.seconds)
    return ordered[len(ordered) // 2]


def slope(sizes: list[float], seconds: list[float]) -> float:
    """Exponent k in time ~ size**k, by least squares on the logs (1.0 = linear)."""
    xs = [math.log(size) for size in sizes]
    ys = [math.log(max(value, 1e-9)) for value in seconds]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    numerator = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys))
    return numerator / sum((x - mean_x) ** 2 for x in xs)
