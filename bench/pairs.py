"""Whole-process timing for the bench scripts: commands run in turn (A B A B …), wall time
and peak memory (the child's maximum RSS, from os.wait4) per run, medians, and the ratio A/B
taken pair by pair so that a machine whose speed drifts (it is shared) still gives a fair ratio.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import time
from dataclasses import dataclass
from typing import Callable


@dataclass(frozen=True)
class Runs:
    wall: list[float]
    peak_mib: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.wall)

    @property
    def peak(self) -> float:
        return max(self.peak_mib)

    def spread(self) -> str:
        return f"{min(self.wall):.2f}–{max(self.wall):.2f}"


def run_once(cmd: list[str], timeout: float = 600) -> tuple[float, float]:
    """(wall seconds, peak MiB) of one run of `cmd`; its output is discarded."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = t0 + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            proc.kill()
            pid, status, usage = os.wait4(proc.pid, 0)
            raise RuntimeError(f"timed out after {timeout:.0f} s: {' '.join(cmd)}")
        time.sleep(0.005)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"exit {proc.returncode}: {' '.join(cmd)}")
    return wall, usage.ru_maxrss / 1024  # Linux reports KiB


def paired(a: list[str], b: list[str], runs: int, warmup: int = 1,
           before: Callable[[], None] = lambda: None) -> tuple[Runs, Runs, list[float]]:
    """A and B in turn, `warmup` uncounted pairs first; returns both and the ratio A/B per pair.
    `before` runs ahead of every run of A, untimed (e.g. to empty its output folder)."""
    for _ in range(warmup):
        before()
        run_once(a)
        run_once(b)
    aw, am, bw, bm, ratios = [], [], [], [], []
    for _ in range(runs):
        before()
        w, m = run_once(a)
        aw.append(w)
        am.append(m)
        w2, m2 = run_once(b)
        bw.append(w2)
        bm.append(m2)
        ratios.append(w / w2)
    return Runs(aw, am), Runs(bw, bm), ratios


def single(cmd: list[str], runs: int, warmup: int = 0, timeout: float = 600,
           before: Callable[[], None] = lambda: None) -> Runs:
    got = []
    for k in range(warmup + runs):
        before()
        result = run_once(cmd, timeout)
        if k >= warmup:
            got.append(result)
    return Runs([w for w, _ in got], [m for _, m in got])


def line(label: str, r: Runs) -> str:
    return f"{label:<44} median {r.median:6.2f} s  (runs {r.spread()} s)  peak {r.peak:6.0f} MiB"


def ratio_line(label: str, ratios: list[float]) -> str:
    return (f"{label:<44} median {statistics.median(ratios):5.2f}  "
            f"(pairs {min(ratios):.2f}–{max(ratios):.2f}, n={len(ratios)})")
