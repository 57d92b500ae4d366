"""Time `check` against the stack floor, each as a whole process. Run by hand:

    python bench/bench_check.py [--runs 5] [--big 500000] [--charts]

The floor is what any check of the workbook must pay: start Python, import great-expectations
and pandas, read every cell of the 50 000-officer workbook with python-calamine. Measured, in
pairs run in turn (medians, ratio pair by pair):

- `check roster50k.xlsx --no-charts` against the floor (goal ≤ 1.3 × floor) and its peak
  memory (goal < 400 MiB);
- `check samples/report_2023.xlsx --no-charts` against the floor (goal ≤ floor + 0.5 s);
- a 500 000-officer workbook with `--max-rows` raised, once (goal < 60 s, < 2 GiB).

`--charts` also times the 50 000 check with its charts. Every run writes into an emptied
output folder, so no run reads an earlier run's scorecard.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from pairs import line, paired, ratio_line, single  # noqa: E402


GOVERNMENT = "上海市普陀区人民政府"  # a government with a plan of its own: every person-level target is judged


def build(path: Path, officers: int, units: int) -> None:
    from openpyxl import Workbook

    from checker.catalogue.loader import load_catalogue

    _, schema = load_catalogue()
    wb = Workbook(write_only=True)
    info = wb.create_sheet(schema.table("info").sheet)
    info.append(["项目", "内容"])
    info.append(["政府（单位）名称", GOVERNMENT])
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


FLOOR = (
    "import sys, great_expectations, pandas\n"
    "from python_calamine import CalamineWorkbook\n"
    "wb = CalamineWorkbook.from_path(sys.argv[1])\n"
    "[wb.get_sheet_by_name(n).to_python() for n in wb.sheet_names]\n"
)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--officers", type=int, default=50_000)
    ap.add_argument("--units", type=int, default=300)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--big", type=int, default=500_000, help="officers in the large workbook (0: skip it)")
    ap.add_argument("--charts", action="store_true", help="also time the 50 000 check with its charts")
    args = ap.parse_args()
    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"

        def empty() -> None:
            shutil.rmtree(out, ignore_errors=True)

        book = Path(tmp) / "roster50k.xlsx"
        t0 = time.perf_counter()
        build(book, args.officers, args.units)
        print(f"built {book.name}: {args.officers} officers in {args.units} units, "
              f"{book.stat().st_size / 2**20:.1f} MB in {time.perf_counter() - t0:.1f} s")
        floor_cmd = [py, "-c", FLOOR, str(book)]
        check = [py, "-m", "checker", "check", "--out", str(out)]
        big, floor, ratios = paired(check + [str(book), "--no-charts"], floor_cmd, args.runs, before=empty)
        sample, floor2, ratios2 = paired(check + [str(ROOT / "samples" / "report_2023.xlsx"), "--no-charts"],
                                         floor_cmd, args.runs, before=empty)
        print(line("floor: python + gx + pandas + calamine read", floor))
        print(line(f"check {book.name} --no-charts", big))
        print(ratio_line("  ratio check ÷ floor (goal ≤ 1.3)", ratios))
        print(f"  peak memory of the check: {big.peak:.0f} MiB (goal < 400 MiB)")
        print(line("floor (second series)", floor2))
        print(line("check samples/report_2023.xlsx --no-charts", sample))
        print(ratio_line("  ratio check ÷ floor", ratios2))
        diffs = [a - b for a, b in zip(sample.wall, floor2.wall)]
        print(f"  check − floor, pair by pair: median {statistics.median(diffs):+.2f} s "
              f"({min(diffs):+.2f} to {max(diffs):+.2f}; goal ≤ +0.5 s)")
        if args.charts:
            drawn, floor3, ratios3 = paired(check + [str(book)], floor_cmd, args.runs, before=empty)
            print(line(f"check {book.name} (charts)", drawn))
            print(ratio_line("  ratio check ÷ floor", ratios3))
        if args.big:
            large = Path(tmp) / f"roster{args.big // 1000}k.xlsx"
            t0 = time.perf_counter()
            build(large, args.big, max(1, args.big // 170))
            print(f"built {large.name}: {args.big} officers, {large.stat().st_size / 2**20:.1f} MB "
                  f"in {time.perf_counter() - t0:.1f} s")
            got = single(check + [str(large), "--no-charts", "--max-rows", str(args.big + 10)], 1,
                         timeout=300, before=empty)
            print(line(f"check {large.name} --no-charts --max-rows {args.big + 10}", got)
                  + "  (goal < 60 s, < 2048 MiB)")


if __name__ == "__main__":
    main()
