"""Time the comparison workbook for many governments (run by hand):

    python bench/bench_compare.py [--governments 2000]

Builds one run per government from the sample workbook (names changed, a few verdicts varied so
that shares differ), writes the comparison workbook with its native charts, and prints the wall
time and peak memory. Goal: 2 000 governments in under a minute and under 1 GB.
"""

from __future__ import annotations

import argparse
import dataclasses
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    from checker.api import check
    from checker.comparison import from_runs
    from checker.model import Verdict
    from checker.reporters.comparison_workbook import write_comparison

    ap = argparse.ArgumentParser()
    ap.add_argument("--governments", type=int, default=2000)
    args = ap.parse_args()
    sample = check(ROOT / "samples" / "report_2023.xlsx")
    runs = []
    for k in range(args.governments):
        results = tuple(dataclasses.replace(r, verdict=Verdict.PASS) if r.verdict is Verdict.FAIL and (k >> i) & 1
                        else r for i, r in enumerate(sample.results))
        runs.append(dataclasses.replace(sample, government=f"第{k:04d}区人民政府", results=results))
    t0 = time.perf_counter()
    comparison = from_runs(runs)
    with tempfile.TemporaryDirectory() as tmp:
        book, _ = write_comparison(comparison, Path(tmp) / "comparison.xlsx")
        size = book.stat().st_size / 1e6
    secs = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{args.governments} governments: {secs:.1f} s, peak {peak:.0f} MB, workbook {size:.1f} MB "
          "(goal < 60 s, < 1 GB)")


if __name__ == "__main__":
    main()
