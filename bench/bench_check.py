"""Time `check` on a large synthetic workbook against the floor (start Python, import what
`check` needs, read the workbook with calamine). Run by hand:

    python bench/bench_check.py [--officers 50000] [--units 300] [--runs 3]

Prints the median wall time and peak memory (RSS of the child) of each command and the
ratio check ÷ floor. Goal on a 2-core machine: ratio ≤ 1.5, memory < 1 GiB.
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def build(path: Path, officers: int, units: int) -> None:
    from openpyxl import Workbook

    from checker.catalogue.loader import load_catalogue

    _, schema = load_catalogue()
    wb = Workbook(write_only=True)
    info = wb.create_sheet(schema.table("info").sheet)
    info.append(["项目", "内容"])
    info.append(["政府（单位）名称", "基准测试市人民政府"])
    info.append(["报告年度", 2023])
    spec = schema.table("officers")
    ws = wb.create_sheet(spec.sheet)
    ws.append([spec.title])
    ws.append([c.header for c in spec.columns])
    for i in range(officers):
        ws.append([f"单位{i % units:03d}", f"人员{i}", f"31{i:012d}", 40 + (i * 7) % 60, None])
    spec = schema.table("units")
    ws = wb.create_sheet(spec.sheet)
    ws.append([spec.title])
    ws.append([c.header for c in spec.columns])
    per_unit = officers // units
    for u in range(units):
        ws.append([f"单位{u:03d}", per_unit, max(1, per_unit * (4 + u % 3) // 100), None])
    spec = schema.table("lectures")
    ws = wb.create_sheet(spec.sheet)
    ws.append([spec.title])
    ws.append([c.header for c in spec.columns])
    ws.append([dt.date(2023, 5, 1), "专题讲座", None, None, None])
    wb.save(path)


def timed(cmd: list[str], runs: int) -> tuple[float, float]:
    times, peak = [], 0.0
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - t0)
        peak = max(peak, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, before)
    return statistics.median(times), peak / 1024


FLOOR = (
    "import sys, pandas, openpyxl, great_expectations, typer\n"
    "from python_calamine import CalamineWorkbook\n"
    "wb = CalamineWorkbook.from_path(sys.argv[1])\n"
    "[wb.get_sheet_by_name(n).to_python() for n in wb.sheet_names]\n"
)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--officers", type=int, default=50_000)
    ap.add_argument("--units", type=int, default=300)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        book = Path(tmp) / "big.xlsx"
        t0 = time.perf_counter()
        build(book, args.officers, args.units)
        print(f"built {book.name}: {args.officers} officers in {args.units} units, "
              f"{book.stat().st_size / 2**20:.1f} MB in {time.perf_counter() - t0:.1f} s")
        floor, floor_mem = timed([sys.executable, "-c", FLOOR, str(book)], args.runs)
        check, check_mem = timed([sys.executable, "-m", "checker", "check", str(book), "--out", tmp,
                                  "--format", "json"], args.runs)
        helpt, _ = timed([sys.executable, "-m", "checker", "--help"], args.runs)
    print(f"floor (start, import, read)  {floor:6.2f} s   peak {floor_mem:7.0f} MB")
    print(f"check                         {check:6.2f} s   peak {check_mem:7.0f} MB")
    print(f"checker --help                {helpt:6.2f} s")
    print(f"ratio check ÷ floor           {check / floor:6.2f}   (goal ≤ 1.5)")


if __name__ == "__main__":
    main()
