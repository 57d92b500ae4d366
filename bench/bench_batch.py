"""Time `check DIR` on 200 narrative reports of about 40 kB each (run by hand):

    python bench/bench_batch.py [--reports 200] [--kb 40] [--runs 3] [--jobs N] [--ref CHECKOUT] [--keep DIR]

Each report is seed 001's text (samples/reports/baoshan_2023.txt) under another district's
title, padded with its own paragraphs to the size asked, so that every report is its own
government and its own scorecard. The commands run in turn (with charts, without, …, and the
same for `--ref`, another checkout of the tool, e.g. `git archive main | tar -x -C /tmp/main`),
each into an empty output folder; printed are the median wall time, the CPU time of the command
and its workers (user + system), peak memory, and the load average of the machine before and
after (it is shared: other people's jobs take the cores). After each run the history's hash
chain is verified. Goal on a 2-core machine: under 10 s with charts, memory under 1 GiB.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build(folder: Path, reports: int, kb: int) -> None:
    seed = (ROOT / "samples" / "reports" / "baoshan_2023.txt").read_text(encoding="utf-8")
    title, body = seed.split("\n", 1)
    chars = "东南西北中安和平康宁永昌泰丰华兴盛新明光"
    for n in range(reports):
        name = f"{chars[n // len(chars) % len(chars)]}{chars[n % len(chars)]}区"
        text = f"上海市{name}2023年法治政府建设情况报告\n" + body.replace("宝山区", name).replace("宝山", name)
        while len(text.encode("utf-8")) < kb * 1024:
            text += "\n" + body.replace("宝山", name)
        (folder / f"report_{n + 1:03d}.txt").write_text(text[: kb * 1024 // 3], encoding="utf-8")


def measured(cmd: list[str], cwd: Path) -> tuple[float, float, float]:
    """(wall s, CPU s of the command and the workers it waited for, peak MiB of one process)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise RuntimeError(f"exit {os.waitstatus_to_exitcode(status)}: {' '.join(cmd)}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def verified_runs(db: Path, checkout: Path) -> str:
    proc = subprocess.run([sys.executable, "-m", "checker", "history", "--verify", "--db", str(db)], cwd=checkout,
                          capture_output=True, text=True)
    with sqlite3.connect(db) as conn:
        runs = conn.execute("SELECT COUNT(*) FROM runs").fetchone()[0]
    return f"{runs} runs, chain {'verified' if proc.returncode == 0 else 'NOT verified'}"


def load() -> str:
    avg = Path("/proc/loadavg")
    return " ".join(avg.read_text().split()[:3]) if avg.exists() else "?"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reports", type=int, default=200)
    ap.add_argument("--kb", type=int, default=40)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--jobs", type=int, default=0, help="--jobs for check (default: the tool's own, all cores)")
    ap.add_argument("--ref", type=Path, help="another checkout of the tool, run in turn with this one")
    ap.add_argument("--keep", type=Path, help="build the reports here (kept) instead of a temporary folder")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp) / "reports"
        folder.mkdir(parents=True, exist_ok=True)
        if not any(folder.glob("report_*.txt")):
            build(folder, args.reports, args.kb)
        files = list(folder.glob("report_*.txt"))
        print(f"{len(files)} reports, {sum(p.stat().st_size for p in files) / len(files) / 1024:.0f} kB each; "
              f"{os.cpu_count()} cores; load average before {load()}")
        checkouts = [("this", ROOT)] + ([("ref", args.ref.resolve())] if args.ref else [])
        variants = [(f"{name} {label}", checkout, extra) for name, checkout in checkouts
                    for label, extra in (("check DIR (charts)", []), ("check DIR --no-charts", ["--no-charts"]))]
        got: dict[str, list[tuple[float, float, float]]] = {v[0]: [] for v in variants}
        notes: dict[str, str] = {}
        jobs = ["--jobs", str(args.jobs)] if args.jobs else []
        for _ in range(args.runs):
            for label, checkout, extra in variants:
                out = Path(tmp) / "out"
                shutil.rmtree(out, ignore_errors=True)
                got[label].append(measured([sys.executable, "-m", "checker", "check", str(folder), "--out", str(out),
                                            *jobs, *extra], checkout))
                notes[label] = f"{len(list(out.glob('*_scorecard.xlsx')))} scorecards, " + verified_runs(
                    out / "checker.db", checkout)
        for label, _, _ in variants:
            walls = [w for w, _, _ in got[label]]
            print(f"{label:34s} median {statistics.median(walls):6.2f} s (runs {min(walls):.2f}–{max(walls):.2f})  "
                  f"CPU {statistics.median(c for _, c, _ in got[label]):6.2f} s  "
                  f"peak {max(m for _, _, m in got[label]):5.0f} MiB  {notes[label]}  (goal < 10 s)")
        print(f"load average after {load()}")


if __name__ == "__main__":
    main()
