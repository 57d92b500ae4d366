"""The scorecard workbook: one row per indicator, with its evidence and the plan's clause."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..model import Result, Run, Verdict
from ..outputs import atomic_save_workbook
from .jsonout import evidence_dict
from .terminal import _gap, _target

FILLS = {
    Verdict.PASS: "C6EFCE", Verdict.FAIL: "FFC7CE", Verdict.MISSING: "FFEB9C", Verdict.INVALID: "F8CBAD",
    Verdict.REVIEW: "BDD7EE", Verdict.NOT_APPLICABLE: "EDEDED", Verdict.INFO: "FFFFFF",
}
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_set(ws: Any, row: int, col: int, value: Any) -> Any:
    """Write a value; text that Excel would read as a formula is stored as text."""
    cell = ws.cell(row=row, column=col)
    cell.value = value
    if isinstance(value, str) and value.startswith(FORMULA_START):
        cell.data_type = "s"
    return cell


def _sheet(wb: Any, title: str, headers: list[str], rows: list[list[Any]], widths: list[int]) -> Any:
    from openpyxl.styles import Alignment, Font, PatternFill

    ws = wb.create_sheet(title)
    for j, h in enumerate(headers, start=1):
        c = ws.cell(row=1, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
        c.alignment = Alignment(wrap_text=True, vertical="center")
    for i, row in enumerate(rows, start=2):
        for j, v in enumerate(row, start=1):
            safe_set(ws, i, j, v).alignment = Alignment(wrap_text=True, vertical="top")
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[ws.cell(row=1, column=j).column_letter].width = w
    ws.freeze_panes = "A2"
    if rows:
        ws.auto_filter.ref = f"A1:{ws.cell(row=1, column=len(headers)).column_letter}{len(rows) + 1}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"
    return ws


def _evidence_text(r: Result) -> str:
    parts = []
    for e in r.evidence:
        d = evidence_dict(e)
        parts.append(d["location"] + (f"：「{d['quote']}」" if d["quote"] else ""))
    return "\n".join(parts)


def _clause(r: Result) -> str:
    return "\n".join(f"{s.document} {s.article}：{s.quote}" for s in r.indicator.sources)


def write_scorecard(run: Run, path: Path) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    wb = Workbook()
    ov = wb.active
    ov.title = "总览"
    c = run.counts()
    judged = sum(n for v, n in c.items() if v not in (Verdict.INFO, Verdict.NOT_APPLICABLE))
    overview = [
        ("政府（单位）", run.government), ("适用规划", run.plan_name), ("报告期", run.period),
        ("来源文件", run.source), ("SHA-256", run.sha256), ("生成时间", run.made_at.isoformat(sep=" ")),
    ] + [(f"{v.label}（{v.value}）", c[v]) for v in Verdict] + [
        ("应判定指标数", judged),
        ("达标率", f"{c[Verdict.PASS] / judged:.1%}" if judged else "—"),
        ("数据问题条数", len(run.data_issues)),
    ]
    ov["A1"] = "法治政府建设指标核查计分表"
    ov["A1"].font = Font(bold=True, size=14)
    for i, (k, v) in enumerate(overview, start=3):
        safe_set(ov, i, 1, k).font = Font(bold=True)
        safe_set(ov, i, 2, v)
    ov.column_dimensions["A"].width = 26
    ov.column_dimensions["B"].width = 80

    headers = ["指标编号", "指标名称", "类别", "适用层级", "目标", "实际值", "结论", "差距", "计算与说明",
               "证据（工作表!单元格）", "规划条款", "数据问题", "审查结论", "审查意见", "审查人", "审查日期"]
    rows = []
    for r in run.results:
        rows.append([
            r.indicator.id, r.indicator.name, r.indicator.category, r.indicator.level.value, _target(r),
            r.display, r.verdict.label, _gap(r), r.summary, _evidence_text(r), _clause(r),
            "\n".join(f"{i.location}：{i.message}" for i in r.issues[:20]) + (f"\n……共{len(r.issues)}条" if len(r.issues) > 20 else ""),
            None, None, None, None,
        ])
    ws = _sheet(wb, "指标明细", headers, rows, [28, 30, 12, 10, 12, 22, 12, 10, 50, 30, 60, 40, 12, 30, 10, 12])
    for i, r in enumerate(run.results, start=2):
        cell = ws.cell(row=i, column=7)
        cell.fill = PatternFill("solid", fgColor=FILLS[r.verdict])
        cell.font = Font(bold=r.verdict is Verdict.FAIL)

    unit_rows = []
    for r in run.results:
        for u in r.units:
            unit_rows.append([r.indicator.id, r.indicator.name, "单位", u.name, u.verdict.label,
                              u.value, u.detail, "、".join(evidence_dict(e)["location"] for e in u.evidence)])
        for p in r.people:
            unit_rows.append([r.indicator.id, r.indicator.name, "人员", p.name, p.verdict.label,
                              p.value, p.detail, "、".join(evidence_dict(e)["location"] for e in p.evidence)])
    _sheet(wb, "单位与人员", ["指标编号", "指标名称", "类型", "单位/人员", "结论", "数值", "说明", "证据"], unit_rows,
           [28, 30, 8, 30, 12, 10, 50, 30])
    _sheet(wb, "数据问题", ["问题代码", "工作表", "行", "列", "单元格", "严重程度", "说明"],
           [[i.code, i.sheet, i.row, i.column, i.cell, "错误" if i.severity == "error" else "提示", i.message]
            for i in run.data_issues], [26, 16, 6, 24, 10, 10, 70])
    return atomic_save_workbook(wb, path)
