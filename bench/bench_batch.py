"""Time `check DIR` on 200 narrative reports of about 40 kB each (run by hand):

    python bench/bench_batch.py [--reports 200] [--kb 40] [--runs 1] [--keep DIR]

Each report is seed 001's text (samples/reports/baoshan_2023.txt) under another district's
title, padded with its own paragraphs to the size asked, so that every report is its own
government and its own scorecard. Prints the wall time and peak memory of the whole command,
with and without charts. Goal on a 2-core machine: under 10 s, memory under 1 GiB.
"""

from __future__ import annotations

import argparse
import resource
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


def timed(cmd: list[str], runs: int) -> tuple[float, float]:
    times, peak = [], 0.0
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
        times.append(time.perf_counter() - t0)
        peak = max(peak, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    return statistics.median(times), peak / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reports", type=int, default=200)
    ap.add_argument("--kb", type=int, default=40)
    ap.add_argument("--runs", type=int, default=1)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "reports"
        folder.mkdir()
        build(folder, args.reports, args.kb)
        size = sum(p.stat().st_size for p in folder.iterdir()) / len(list(folder.iterdir())) / 1024
        print(f"built {args.reports} reports, {size:.0f} kB each")
        for label, extra in (("check DIR --no-charts", ["--no-charts"]), ("check DIR (charts)", [])):
            out = Path(tmp) / f"out{len(extra)}"
            secs, mem = timed([sys.executable, "-m", "checker", "check", str(folder), "--out", str(out), *extra],
                              args.runs)
            groups = len(list(out.glob("*_scorecard.xlsx")))
            print(f"{label:24s} {secs:7.2f} s   peak {mem:6.0f} MB   {groups} scorecards   (goal < 10 s)")


if __name__ == "__main__":
    main()
