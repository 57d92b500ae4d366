"""Is the great-expectations import really hidden behind reading and typing? Run by hand:

    python bench/bench_overlap.py [--runs 5]

Two whole processes, run in turn, on the 50 000-officer workbook of bench_check.py, each doing
what `check` does up to the judging: load the catalogue, read and type the workbook, validate
with great-expectations.

- overlapped: as `check` does it, a child process starts importing great-expectations first
  (checker.validate.preload) and validates the columns the parent sends it;
- in turn: the same with the child turned off, so the import starts at validation.

Printed: medians, the ratio pair by pair, and the seconds saved against the import alone.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from bench_check import build  # noqa: E402
from pairs import line, paired, ratio_line, single  # noqa: E402

STEPS = """
import sys
from pathlib import Path
from checker import validate
from checker.api import read_data
from checker.catalogue.loader import load_catalogue
from checker.read.spreadsheet import read_workbook
{switch}
_, schema = load_catalogue()
src = Path(sys.argv[1])
validate.validate_tables(read_data(src, read_workbook(src), schema).tables)
"""
IMPORT = "from checker.validate import _context\n_context()\n"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--officers", type=int, default=50_000)
    args = ap.parse_args()
    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        book = Path(tmp) / "roster.xlsx"
        build(book, args.officers, 300)
        over = [py, "-c", STEPS.format(switch="validate.preload()"), str(book)]
        turn = [py, "-c", STEPS.format(switch="validate._forked = True  # no child"), str(book)]
        a, b, ratios = paired(over, turn, args.runs)
        imp = single([py, "-c", IMPORT], args.runs)
    print(line("overlapped (child imports great-expectations)", a))
    print(line("in turn (import at validation)", b))
    print(line("import great-expectations alone", imp))
    print(ratio_line("ratio overlapped ÷ in turn", ratios))
    saved = [y - x for x, y in zip(a.wall, b.wall)]
    print(f"saved pair by pair: median {statistics.median(saved):.2f} s of the import's {imp.median:.2f} s")


if __name__ == "__main__":
    main()
