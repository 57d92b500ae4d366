"""Write the blank standard workbook that departments fill in (`checker template`)."""

from __future__ import annotations

from pathlib import Path

from ..model import Catalogue
from ..catalogue.workbook_schema import ColumnSpec, TableSpec, WorkbookSchema

INSTRUCTIONS = (
    "填表说明",
    "1. 本工作簿用于报送法治政府建设年度指标数据，报送后由核查软件自动核查。",
    "2. 请勿修改工作表名称和表头文字；表头以上可以保留标题行，列的顺序可以调整。",
    "3. 每个工作表第 3 行起逐行填写，一人（一个单位、一期讲座）一行，不要合并单元格，不要插入合计行。",
    "4. 数字请填阿拉伯数字；不掌握的数据请留空，不要填写“X”“XX”等占位符——占位符会被判为“数据无效”。",
    "5. 比例类指标请填写分子和分母，由系统重新计算比例；填写的比例只用于核对。",
    "6. 日期请按 2023-03-01 格式填写；“是否落实”请从下拉列表选择“是”或“否”，并在“佐证材料”列注明文件名称、文号或网址。",
    "7. 各表说明：",
)


def _width(text: str) -> float:
    return max(10.0, sum(2.1 if ord(ch) > 127 else 1.1 for ch in text) + 2)


def _plain(x: float) -> str:
    """A bound as people write it: 100, 0.5 (never 1e+09)."""
    return str(int(x)) if float(x).is_integer() else f"{x:f}".rstrip("0").rstrip(".")


def _add_validation(ws, col: ColumnSpec, letter: str, first: int, last: int) -> None:
    from openpyxl.worksheet.datavalidation import DataValidation

    rng = f"{letter}{first}:{letter}{last}"
    dv = None
    if col.type == "yesno":
        dv = DataValidation(type="list", formula1='"是,否"', allow_blank=True)
        dv.error, dv.prompt = "请选择“是”或“否”", "是 / 否"
    elif col.type in ("int", "number", "percent"):  # not "figure": it may hold 99.8%
        kind = "whole" if col.type == "int" else "decimal"
        lo = col.min if col.min is not None else 0
        what = "整数" if kind == "whole" else "数字"
        if col.max is not None:
            dv = DataValidation(type=kind, operator="between", formula1=_plain(lo), formula2=_plain(col.max),
                                allow_blank=True)
            dv.error = f"请填写 {_plain(lo)} 到 {_plain(col.max)} 之间的{what}"
        else:
            dv = DataValidation(type=kind, operator="greaterThanOrEqual", formula1=_plain(lo), allow_blank=True)
            dv.error = f"请填写不小于 {_plain(lo)} 的{what}"
        dv.prompt = dv.error
    elif col.type == "date":
        dv = DataValidation(type="date", operator="between", formula1="DATE(2000,1,1)",
                            formula2="DATE(2100,12,31)", allow_blank=True)
        dv.error, dv.prompt = "请填写日期，如 2023-03-01", "日期，如 2023-03-01"
    if dv is not None:
        dv.showErrorMessage = True
        dv.showInputMessage = True
        dv.errorTitle = col.header
        ws.add_data_validation(dv)
        dv.add(rng)


def _rows_sheet(wb, spec: TableSpec, catalogue: Catalogue, plans: frozenset[str] | None) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill

    ws = wb.create_sheet(spec.sheet)
    ws["A1"] = spec.title
    ws["A1"].font = Font(bold=True, size=13)
    header_fill = PatternFill("solid", fgColor="DDEBF7")
    for j, col in enumerate(spec.columns, start=1):
        cell = ws.cell(row=2, column=j, value=col.header)
        cell.font = Font(bold=True)
        cell.fill = header_fill
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        letter = cell.column_letter
        ws.column_dimensions[letter].width = _width(col.header + (col.note and "  "))
        if col.type == "date":
            ws.column_dimensions[letter].number_format = "yyyy-mm-dd"
        _add_validation(ws, col, letter, 3, 5000)
    ws.freeze_panes = "A3"
    from .excel import PAGE_WIDTH, print_setup

    total = sum(ws.column_dimensions[c.column_letter].width for c in ws[2])
    print_setup(ws, "1:2", orientation="landscape" if total > PAGE_WIDTH["portrait"] else "portrait")
    if spec.keyed:
        ws.column_dimensions["A"].hidden = True  # the indicator id: read by the tool, the name is beside it
        # One row per indicator of the catalogue that reads this table.
        r = 3
        for ind in catalogue.indicators:
            if ind.measure.table != spec.id or (plans and not ind.informational and not (plans & ind.plans)):
                continue
            ws.cell(row=r, column=1, value=ind.id)
            ws.cell(row=r, column=2, value=ind.name)
            if spec.has("unit"):
                ws.cell(row=r, column=[c.key for c in spec.columns].index("unit") + 1, value=ind.display_unit)
            r += 1


def _keyvalue_sheet(wb, spec: TableSpec, plan: str | None) -> None:
    from openpyxl.styles import Font

    ws = wb.create_sheet(spec.sheet)
    ws["A1"], ws["B1"] = "项目", "内容"
    ws["A1"].font = ws["B1"].font = Font(bold=True)
    for i, col in enumerate(spec.columns, start=2):
        ws.cell(row=i, column=1, value=col.header)
        if col.key == "plan" and plan:
            ws.cell(row=i, column=2, value=plan)
        _add_validation(ws, col, "B", i, i)
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 40
    from .excel import print_setup

    print_setup(ws, "1:1", orientation="portrait")


def write_template(out: Path, catalogue: Catalogue, schema: WorkbookSchema, plan: str | None = None) -> Path:
    """Write the blank standard workbook to `out` (atomically)."""
    from openpyxl import Workbook

    from ..output_files import atomic_save_workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "填表说明"
    lines = list(INSTRUCTIONS)
    for spec in schema.tables:
        notes = "；".join(f"{c.header}：{c.note}" for c in spec.columns if c.note)
        lines.append(f"   「{spec.sheet}」{spec.title}" + (f"（{notes}）" if notes else ""))
    from openpyxl.styles import Alignment, Font

    from .excel import LINE_PT, print_setup, page_frame, safe_set, text_width

    width = 72  # an A4 portrait width at full size
    for i, line in enumerate(lines, start=1):
        c = safe_set(ws, i, 1, line)
        c.alignment = Alignment(wrap_text=True, vertical="top")
        if i == 1:
            c.font = Font(bold=True, size=13)
        ws.row_dimensions[i].height = LINE_PT * max(1, -(-text_width(line) // (width - 2)))
    ws.column_dimensions["A"].width = width
    print_setup(ws, None, orientation="portrait", fit=False)
    for spec in schema.tables:
        if spec.layout == "keyvalue":
            _keyvalue_sheet(wb, spec, plan)
        else:
            _rows_sheet(wb, spec, catalogue, frozenset(plan.split(",")) if plan else None)
    names = {p.id: p.name for p in catalogue.plans}
    for sheet in wb.worksheets:
        page_frame(sheet, "法治政府建设指标数据报送模板",
                   "、".join(names.get(p, p) for p in plan.split(",")) if plan else "全部规划")
    return atomic_save_workbook(wb, out)
