"""Time extraction on a ~40 kB report, then over the development corpus (run by hand:
python bench/bench_extract.py).

The report is seed 001 repeated with its figures varied, so that every pattern class runs on
a realistic mix of prose. Prints the median of several runs for reading + finding + judging.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.api import make_context  # noqa: E402
from checker.catalogue.loader import load_catalogue  # noqa: E402
from checker.judge.prose import judge_extraction  # noqa: E402
from checker.figures.report import extract_report  # noqa: E402


def main(target_kb: int = 40, runs: int = 7) -> None:
    seeds = [ROOT / "samples" / "reports" / "baoshan_2023.txt",
             ROOT / "samples" / "reports" / "pudong_inspection_placeholder.txt"]
    text = "\n".join(p.read_text(encoding="utf-8") for p in seeds)
    body = text
    while len(body.encode("utf-8")) < target_kb * 1024:
        body += "\n" + text
    body = body.encode("utf-8")[: target_kb * 1024].decode("utf-8", errors="ignore")
    catalogue, schema = load_catalogue()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "report.txt"
        path.write_text(body, encoding="utf-8")
        times, count = [], 0
        for _ in range(runs):
            start = time.perf_counter()
            ex = extract_report(path, catalogue)
            ctx, _ = make_context(catalogue, schema, government=ex.government, stated_year=ex.year,
                                  file=ex.document.file, where="报告")
            judge_extraction(ex, catalogue, ctx, sha256="")
            times.append(time.perf_counter() - start)
            count = len(ex.figures)
    size = len(body.encode("utf-8")) / 1024
    print(f"{size:.0f} kB, {len(body)} characters, {count} figures: median {statistics.median(times) * 1000:.0f} ms "
          f"(min {min(times) * 1000:.0f} ms, {runs} runs)")


def corpus(folder: Path = ROOT.parent / "shared" / "corpus" / "work-reports") -> None:
    """Read and extract every work report of the development corpus once (what its test does)."""
    paths = sorted(folder.glob("*.txt"))
    if not paths:
        print(f"corpus: none at {folder}")
        return
    catalogue, _ = load_catalogue()
    times, figures, chars = [], 0, 0
    for path in paths:
        start = time.perf_counter()
        ex = extract_report(path, catalogue)
        times.append(time.perf_counter() - start)
        figures += len(ex.figures)
        chars += len(ex.document.text)
    print(f"corpus: {len(paths)} reports, {chars} characters, {figures} figures: total {sum(times):.2f} s, "
          f"slowest {max(times) * 1000:.0f} ms, median {statistics.median(times) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
    corpus()
