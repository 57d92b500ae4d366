"""Write a report's figures into the standard workbook, for an examiner to correct and `check`.

Only what prose can carry goes into the standard tables: one figure per indicator of the
keyed 其他指标 / 制度落实 tables, the government-wide court-appearance rate, and the report's
government and year. Every figure found, with its quote, is listed on an extra sheet 报告摘录.
Person and unit rows (officers, lectures, units, heads) cannot come from prose and stay empty.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ..model import Catalogue, Result, Run, Verdict
from ..catalogue.workbook_schema import WorkbookSchema
from ..figures.prose import Figure
from .extraction import flags, number
from ..figures.report import Extraction

EXCERPT_SHEET = "报告摘录"
EXCERPT_HEADERS = ("指标编号", "指标名称", "数字", "数值", "单位", "限定", "说明", "位置", "原文")


def _header_columns(ws, header_row: int) -> dict[str, int]:
    return {str(c.value).strip(): c.column for c in ws[header_row] if c.value is not None}


def _keyed_rows(ws, first: int = 3) -> dict[str, int]:
    return {str(ws.cell(row=r, column=1).value): r for r in range(first, ws.max_row + 1)
            if ws.cell(row=r, column=1).value}


def _cite(f: Figure, file: str) -> str:
    return f"{file} {f.location}：{f.quote}"


def _chosen(result: Result, figures: list[Figure]) -> Figure | None:
    """The figure a pass/fail/info verdict rests on, when it has one number."""
    if result.verdict not in (Verdict.PASS, Verdict.FAIL, Verdict.INFO) or not isinstance(result.value, float):
        return None
    for f in figures:
        if f.value is not None and float(f.value) == result.value:
            return f
    return None


def fill(wb, ex: Extraction, run: Run, schema: WorkbookSchema) -> None:
    file = ex.document.file
    by_indicator: dict[str, list[Figure]] = {}
    for f in ex.figures:
        by_indicator.setdefault(f.indicator, []).append(f)
    results = {r.indicator.id: r for r in run.results}

    info = schema.table("info")
    ws = wb[info.sheet]
    wanted = {info.column("government").header: ex.government or None, info.column("year").header: ex.year}
    for r in range(1, ws.max_row + 1):
        label = ws.cell(row=r, column=1).value
        if label in wanted and wanted[label] is not None:
            ws.cell(row=r, column=2, value=wanted[label])

    for table_id in ("figures", "commitments"):
        spec = schema.table(table_id)
        ws = wb[spec.sheet]
        cols = {c.key: _header_columns(ws, 2).get(c.header) for c in spec.columns}
        for ind_id, row in _keyed_rows(ws).items():
            result, figs = results.get(ind_id), by_indicator.get(ind_id, [])
            if result is None or not figs:
                continue
            cited = [f for f in figs if f.quote in {getattr(e, "text", None) for e in result.evidence}] or figs
            if cols.get("document"):
                ws.cell(row=row, column=cols["document"], value="\n".join(dict.fromkeys(_cite(f, file) for f in cited)))
            if table_id == "figures" and cols.get("value"):
                chosen = _chosen(result, figs)
                if chosen is not None:
                    ws.cell(row=row, column=cols["value"], value=number(chosen.value))
                elif result.code == "placeholder-value" or (result.verdict is Verdict.INFO and
                                                             all(f.placeholder for f in figs)):
                    ws.cell(row=row, column=cols["value"], value=figs[0].text)  # stays a placeholder: invalid
            if table_id == "commitments" and cols.get("done") and result.value in ("是", "否"):
                if result.verdict in (Verdict.PASS, Verdict.FAIL, Verdict.NOT_APPLICABLE):
                    ws.cell(row=row, column=cols["done"], value=result.value)

    court = results.get("court_appearance_rate")
    if court is not None and court.verdict in (Verdict.PASS, Verdict.FAIL) and isinstance(court.value, float):
        spec = schema.table("court_cases")
        ws = wb[spec.sheet]
        cols = _header_columns(ws, 2)
        chosen = _chosen(court, by_indicator.get("court_appearance_rate", []))
        ws.cell(row=3, column=cols[spec.column("organ").header], value="全区（据报告）")
        ws.cell(row=3, column=cols[spec.column("reported_rate").header], value=court.value)
        note = "报告只给出比例，请补填开庭审理案件数和负责人出庭案件数"
        if chosen is not None:
            note += "；" + _cite(chosen, file)
        ws.cell(row=3, column=cols[spec.column("remark").header], value=note)

    ws = wb.create_sheet(EXCERPT_SHEET)
    ws.append([f"从 {file} 中找到的数字（{len(ex.figures)} 处）；核对后可修改各表，再运行 check"])
    ws.append(list(EXCERPT_HEADERS))
    for f in ex.figures:
        ws.append([f.indicator, f.name, f.display, number(f.value), f.unit, f.bound, "；".join(flags(f, ex.year)),
                   f.location, f.quote])
    for letter, width in zip("ABCDEFGHI", (30, 30, 18, 10, 6, 10, 30, 14, 100)):
        ws.column_dimensions[letter].width = width


def write_figures_workbook(out: Path, ex: Extraction, run: Run, catalogue: Catalogue,
                           schema: WorkbookSchema) -> Path:
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
        fill(wb, ex, run, schema)
        return atomic_save_workbook(wb, out)
    finally:
        Path(tmp).unlink(missing_ok=True)
