"""Write a report's figures into a workbook, for an examiner to correct and `check`.

The workbook is the blank standard workbook (its 基本信息 filled with the report's government and
year; its person and unit tables left for the examiner, since prose cannot carry them) plus the
sheet 报告摘录: every figure found, one row each, with everything the judge needs
(checker.figures.excerpt). `check figures.xlsx` judges those rows with the same judge as the
report, so the unedited workbook gives exactly the report's verdicts; a corrected 数值 is judged
with the corrected cell as its evidence, and rows the examiner adds to the standard tables are
reconciled with the report's figures as for any workbook.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ..catalogue.workbook_schema import WorkbookSchema
from ..figures.excerpt import HEADERS, MARK, SHEET, figure_row
from ..figures.report import Extraction
from ..model import Catalogue
from .cell_text import safe_set

WIDTHS = (28, 24, 16, 10, 6, 8, 18, 8, 10, 10, 14, 10, 14, 80, 24, 10)
QUOTE_CHARS_A_LINE = 34  # Chinese characters a printed line of the 原文 column holds (80 wide, two units a character, with margin)


def fill(wb, ex: Extraction, schema: WorkbookSchema) -> None:
    file = ex.document.file
    info = schema.table("info")
    ws = wb[info.sheet]
    wanted = {info.column("government").header: ex.government or None, info.column("year").header: ex.year}
    for r in range(1, ws.max_row + 1):
        label = ws.cell(row=r, column=1).value
        if label in wanted and wanted[label] is not None:
            safe_set(ws, r, 2, wanted[label])

    ws = wb.create_sheet(SHEET)
    note = (f"{MARK}：从 {file} 中找到的数字（{len(ex.figures)} 处）。核对后可修改「数值」或删去读错的行，"
            "再运行 check；人员、单位等明细请填入各表")
    safe_set(ws, 1, 1, note)  # read back by check, in the hidden id column
    safe_set(ws, 1, 2, note)  # what the examiner sees
    for j, h in enumerate(HEADERS, start=1):
        safe_set(ws, 2, j, h)
    from openpyxl.styles import Alignment

    quote_col = HEADERS.index("原文") + 1
    for i, f in enumerate(ex.figures, start=3):
        for j, v in enumerate(figure_row(f, file), start=1):
            safe_set(ws, i, j, v)
        # the sentence wraps in its column, so the printed page shows all of it, not the first line cut off;
        # the row is made tall enough for it (spreadsheets do not grow a row for wrapped text written by a program)
        cell = ws.cell(row=i, column=quote_col)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[i].height = 15 * max(1, -(-len(str(cell.value or "")) // QUOTE_CHARS_A_LINE))
    for k, width in enumerate(WIDTHS):
        ws.column_dimensions[chr(65 + k)].width = width
    ws.column_dimensions[chr(65 + len(HEADERS) - 1)].hidden = True  # 读出的数值: kept to show a correction
    ws.column_dimensions["A"].hidden = True  # the indicator id: read by check, the name is beside it
    ws.freeze_panes = "A3"
    from .excel import page_frame, print_setup

    print_setup(ws, "2:2")  # one page wide, the headers on every page, like the standard tables
    page_frame(ws, "法治政府建设指标数据报送模板",
               f"{ex.government or '（未写明政府）'}　{f'{ex.year}年度' if ex.year else '未知年度'}　报告数字摘录")


def write_figures_workbook(out: Path, ex: Extraction, catalogue: Catalogue, schema: WorkbookSchema) -> Path:
    """Write the standard workbook holding the report's figures to `out` (atomically)."""
    from openpyxl import load_workbook

    from ..output_files import atomic_save_workbook, prepare_dir
    from .template import write_template

    prepare_dir(out.parent if str(out.parent) else Path("."))
    fd, tmp = tempfile.mkstemp(prefix=".~", suffix=".xlsx", dir=out.parent if str(out.parent) else ".")
    os.close(fd)
    try:
        write_template(Path(tmp), catalogue, schema)
        wb = load_workbook(tmp)
        fill(wb, ex, schema)
        return atomic_save_workbook(wb, out)
    finally:
        Path(tmp).unlink(missing_ok=True)
