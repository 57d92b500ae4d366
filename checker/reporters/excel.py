"""The scorecard workbook: what an examiner prints, annotates and hands on.

Sheets: 总览 (overview, counts, charts), 指标明细 (one row per indicator, evidence, the plan's
clause, review columns), 单位明细, 人员明细, 数据问题, 审查记录 (audit log). The review step
(`checker.review`) reopens this workbook and rewrites only the final-verdict column, the overview
counts and the audit log, through the helpers below, so both steps lay them out the same way.
"""

from __future__ import annotations

import unicodedata
import weakref
from copy import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from ..judge.score import Score
from ..model import Result, Run, Verdict, tally
from ..output_files import atomic_save_workbook
from .cell_text import FORMULA_START, safe_set  # noqa: F401  (re-exported)
from .jsonout import evidence_dict
from .terminal import _gap, _target

FILLS = {
    Verdict.PASS: "C6EFCE", Verdict.FAIL: "FFC7CE", Verdict.MISSING: "FFEB9C", Verdict.INVALID: "F8CBAD",
    Verdict.REVIEW: "BDD7EE", Verdict.NOT_APPLICABLE: "EDEDED", Verdict.INFO: "FFFFFF",
}
HEADER_FILL = "DDEBF7"
REVIEW_FILL = "FFF2CC"
BY_LABEL = {v.label: v for v in Verdict}
MAX_WIDTH = 60

OVERVIEW = "总览"
DETAIL = "指标明细"
UNITS = "单位明细"
PEOPLE = "人员明细"
ISSUES = "数据问题"
AUDIT = "审查记录"
MAPPING = "读取映射"
RECONCILE = "核对"

UID_LABEL = "核查编号"
HASH_LABEL = "记录校验值"  # the run's link in the history hash chain
COUNTS_HEADER = ("结论", "计算结论（项）", "审查后最终结论（项）")
DETAIL_HEADERS = (
    "指标编号", "指标名称", "类别", "适用层级", "周期", "目标", "实际值", "计算结论", "最终结论", "差距", "计算与说明",
    "证据（工作表!单元格 / 原文）", "规划与条款", "条款原文", "数据问题", "审查结论", "审查意见", "审查人", "审查日期", "审查提示",
)
REVIEW_HEADERS = ("审查结论", "审查意见", "审查人", "审查日期")
AUDIT_HEADERS = ("记录时间", "审查人", "审查日期", "指标编号", "指标名称", "原结论", "新结论", "审查意见", "来源")


@dataclass(frozen=True)
class AuditEntry:
    recorded_at: str
    examiner: str
    reviewed_on: str
    indicator: str
    name: str
    old: Verdict
    new: Verdict
    reason: str
    origin: str  # 审查 / 沿用自上次核查


@dataclass(frozen=True)
class ReviewCells:
    """What goes into the review columns of one indicator row when the scorecard is written."""

    verdict: Verdict | None
    reason: str
    examiner: str
    reviewed_on: str
    note: str  # 审查提示: carried over, or to be reviewed again


OWN_MARK = "fazhi-checker scorecard"


def text_width(value: Any) -> int:
    """Display width of a cell's longest line: CJK characters count as two."""
    if value is None:
        return 0
    lines = str(value).split("\n")
    return max(sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line) for line in lines)


def fit_columns(ws: Any, minimum: int = 6, maximum: int = MAX_WIDTH) -> None:
    """Widths that fit the text (Chinese counts double), wrapped beyond `maximum`."""
    widths: dict[int, int] = {}
    for row in ws.iter_rows():
        for c in row:
            if c.value is not None:
                widths[c.column] = max(widths.get(c.column, 0), text_width(c.value))
    from openpyxl.utils import get_column_letter

    for col, w in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = max(minimum, min(maximum, w + 2))


def _print_setup(ws: Any, header_rows: str | None = "1:1") -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if header_rows:
        ws.print_title_rows = header_rows


def table_sheet(wb: Any, title: str, headers: Sequence[str], rows: Iterable[Sequence[Any]],
                index: int | None = None) -> Any:
    """A plain table: bold header, wrapped cells, fitted widths, frozen header, filter, A4 print."""
    from openpyxl.styles import Alignment, Font, PatternFill

    ws = wb.create_sheet(title, index)
    first = None
    for j, h in enumerate(headers, start=1):
        c = ws.cell(row=1, column=j, value=h)
        if first is None:
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor=HEADER_FILL)
            c.alignment = Alignment(wrap_text=True, vertical="center")
            first = c
        else:
            c._style = copy(first._style)
    n = 1
    proto = None
    for n, row in enumerate(rows, start=2):
        for j, v in enumerate(row, start=1):
            cell = safe_set(ws, n, j, v)
            if proto is None:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                proto = cell
            else:
                cell._style = copy(proto._style)  # setting a style object hashes it each time: slow
    fit_columns(ws)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{ws.cell(row=1, column=len(headers)).column_letter}{max(n, 2)}"
    _print_setup(ws)
    return ws


_PAINTED: "weakref.WeakKeyDictionary[Any, dict[Verdict, Any]]" = weakref.WeakKeyDictionary()


def paint(cell: Any, verdict: Verdict) -> None:
    """A verdict cell: its words plus a fill (never colour alone)."""
    from openpyxl.styles import Font, PatternFill

    cell.value = verdict.label
    styles = _PAINTED.setdefault(cell.parent.parent, {})  # per workbook: style indices are the workbook's
    if verdict in styles:
        cell._style = copy(styles[verdict])
        return
    cell.fill = PatternFill("solid", fgColor=FILLS[verdict])
    cell.font = Font(bold=verdict is Verdict.FAIL)
    styles[verdict] = copy(cell._style)


def header_index(ws: Any, headers: Sequence[str] = DETAIL_HEADERS) -> dict[str, int]:
    """Column number of each header in row 1 (the examiner may have moved columns)."""
    found = {str(c.value).strip(): c.column for c in ws[1] if c.value is not None}
    return {h: found[h] for h in headers if h in found}


# --- overview -------------------------------------------------------------------------------


def write_counts(ws: Any, computed: Mapping[Verdict, int], final: Mapping[Verdict, int], status: str,
                 year_known: bool = True) -> None:
    """The counts block of 总览, found by its header row so review can rewrite it in place."""
    from openpyxl.styles import Font, PatternFill

    start = next(c.row for c in ws["A"] if c.value == COUNTS_HEADER[0])
    for j, h in enumerate(COUNTS_HEADER, start=1):
        ws.cell(row=start, column=j, value=h).font = Font(bold=True)
    for i, v in enumerate(Verdict, start=start + 1):
        c = ws.cell(row=i, column=1, value=v.label)
        c.fill = PatternFill("solid", fgColor=FILLS[v])
        ws.cell(row=i, column=2, value=computed.get(v, 0))
        ws.cell(row=i, column=3, value=final.get(v, 0))
    row = start + len(Verdict) + 1
    a_score, b_score = Score(computed, year_known), Score(final, year_known)
    for label, a, b in (("达标率（达标÷已判定）", a_score.share_text(), b_score.share_text()),
                        ("覆盖率（已判定÷应判定）", a_score.coverage_text(), b_score.coverage_text()),
                        ("审查状态", "", status)):
        ws.cell(row=row, column=1, value=label).font = Font(bold=True)
        ws.cell(row=row, column=2, value=a)
        ws.cell(row=row, column=3, value=b)
        row += 1


def review_status(finals: Mapping[str, Verdict], computed: Mapping[str, Verdict], reviewed: int) -> str:
    changed = sum(1 for k, v in finals.items() if computed.get(k) is not v)
    if not reviewed:
        return "未审查（最终结论即计算结论）"
    return f"已审查{reviewed}项，其中改判{changed}项"


def _overview(wb: Any, run: Run, uid: str, finals: Mapping[str, Verdict], reviewed: int,
              charts: Sequence[Path], run_hash: str = "") -> None:
    from openpyxl.styles import Alignment, Font

    ws = wb.active
    ws.title = OVERVIEW
    ws["A1"] = "法治政府建设指标核查计分表"
    ws["A1"].font = Font(bold=True, size=14)
    facts = [
        ("政府（单位）", run.government), ("适用规划", run.plan_name), ("规划依据", run.plan_note or "—"),
        ("报告期", run.period), ("年度依据", run.year_note or "—"),
        ("来源文件", run.source), ("SHA-256", run.sha256 or "各来源文件的 SHA-256 见下"), ("生成时间", run.made_at.isoformat(sep=" ")),
        (UID_LABEL, uid or "—"), (HASH_LABEL, run_hash or "—"), ("数据问题条数", len(run.data_issues)),
    ] + [(f"来源文件{k}", f"{name}（SHA-256 {sha}）") for k, (name, sha) in enumerate(run.inputs, start=1)]
    for i, (k, v) in enumerate(facts, start=3):
        safe_set(ws, i, 1, k).font = Font(bold=True)
        safe_set(ws, i, 2, v).alignment = Alignment(wrap_text=False)
    start = 3 + len(facts) + 1
    ws.cell(row=start, column=1, value=COUNTS_HEADER[0])
    write_counts(ws, run.counts(), tally(finals.values()),
                 review_status(finals, {r.indicator.id: r.verdict for r in run.results}, reviewed), run.year is not None)
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 22
    ws.column_dimensions["C"].width = 24
    note_row = start + len(Verdict) + 5
    ws.cell(row=note_row, column=1, value="说明：图表按计算结论绘制；审查改判见「指标明细」的最终结论和「审查记录」。")
    _embed(ws, charts, note_row + 2)
    _print_setup(ws, None)


def _embed(ws: Any, charts: Sequence[Path], row: int) -> None:
    if not charts:
        return
    from openpyxl.drawing.image import Image

    width_px = 760
    for path in charts:
        img = Image(str(path))
        scale = width_px / img.width
        img.width, img.height = width_px, int(img.height * scale)
        ws.add_image(img, f"A{row}")
        row += int(img.height / 20) + 2  # default row height is 20 px


# --- indicator rows -------------------------------------------------------------------------


def _evidence_text(r: Result, several: bool = False) -> str:
    parts = []
    for e in r.evidence:
        d = evidence_dict(e)
        where = f"{d['file']} {d['location']}" if several and d["file"] else d["location"]
        parts.append(where + (f"：「{d['quote']}」" if d["quote"] else ""))
    return "\n".join(parts)


def _issues_text(r: Result) -> str:
    text = "\n".join(f"{i.location}：{i.message}" for i in r.issues[:20])
    return text + (f"\n……共{len(r.issues)}条，见「数据问题」" if len(r.issues) > 20 else "")


def _detail(wb: Any, run: Run, finals: Mapping[str, Verdict], review: Mapping[str, ReviewCells]) -> None:
    from openpyxl.styles import PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    from ..model import LEVEL_LABELS, PERIOD_LABELS

    rows = []
    for r in run.results:
        ind = r.indicator
        rc = review.get(ind.id)
        rows.append([
            ind.id, ind.name, ind.category, LEVEL_LABELS[ind.level], PERIOD_LABELS[ind.period], _target(r),
            r.display, r.verdict.label, finals[ind.id].label, _gap(r), r.summary, _evidence_text(r, bool(run.inputs)),
            "\n".join(f"{s.document} {s.article}" for s in ind.sources),
            "\n".join(s.quote for s in ind.sources) + (f"\n【目标值依据】{ind.basis}（不是条文原文）" if ind.basis else ""),
            _issues_text(r),
            rc.verdict.label if rc and rc.verdict else None, rc.reason if rc else None,
            rc.examiner if rc else None, rc.reviewed_on if rc else None, rc.note if rc else None,
        ])
    ws = table_sheet(wb, DETAIL, DETAIL_HEADERS, rows)
    col = header_index(ws)
    for i, r in enumerate(run.results, start=2):
        paint(ws.cell(row=i, column=col["计算结论"]), r.verdict)
        paint(ws.cell(row=i, column=col["最终结论"]), finals[r.indicator.id])
    fill = PatternFill("solid", fgColor=REVIEW_FILL)
    for h in REVIEW_HEADERS:
        ws.cell(row=1, column=col[h]).fill = fill
    last = len(run.results) + 1
    letter = ws.cell(row=1, column=col["审查结论"]).column_letter
    dv = DataValidation(type="list", formula1='"' + ",".join(v.label for v in Verdict) + '"', allow_blank=True,
                        showErrorMessage=True, errorTitle="审查结论", error="请从列表中选择结论",
                        promptTitle="审查结论", prompt="改判时须在「审查意见」写明理由，并填写审查人")
    dv.add(f"{letter}2:{letter}{max(last, 2)}")
    ws.add_data_validation(dv)
    date_letter = ws.cell(row=1, column=col["审查日期"]).column_letter
    if last >= 2:
        ws[f"{date_letter}2"].number_format = "yyyy-mm-dd"
        for i in range(3, last + 1):
            ws[f"{date_letter}{i}"]._style = copy(ws[f"{date_letter}2"]._style)
    for h, w in (("审查结论", 14), ("审查意见", 36), ("审查人", 10), ("审查日期", 12)):
        ws.column_dimensions[ws.cell(row=1, column=col[h]).column_letter].width = w
    ws.freeze_panes = "C2"


def _locations(evidence) -> str:
    return "、".join(evidence_dict(e)["location"] for e in evidence)


ORDER = {v: i for i, v in enumerate([Verdict.FAIL, Verdict.INVALID, Verdict.REVIEW, Verdict.MISSING, Verdict.PASS,
                                     Verdict.NOT_APPLICABLE, Verdict.INFO])}


def _listing(wb: Any, run: Run, title: str, who: str, of: str) -> None:
    """单位明细 (of="units") or 人员明细 (of="people"): every unit or person listed, shortfalls first."""
    rows = []
    for r in run.results:
        for u in sorted(getattr(r, of), key=lambda u: ORDER[u.verdict]):
            rows.append([r.indicator.id, r.indicator.name, u.name, u.verdict.label, u.value, _target(r), u.detail,
                         _locations(u.evidence)])
    ws = table_sheet(wb, title, ("指标编号", "指标名称", who, "结论", "数值", "目标", "说明", "证据"), rows)
    _paint_column(ws, 4)


def _paint_column(ws: Any, col: int) -> None:
    for row in ws.iter_rows(min_row=2, min_col=col, max_col=col):
        for c in row:
            if c.value in BY_LABEL:
                paint(c, BY_LABEL[c.value])


def write_audit(wb: Any, entries: Sequence[AuditEntry]) -> Any:
    """(Re)write the 审查记录 sheet from the recorded reviews, oldest first."""
    if AUDIT in wb.sheetnames:
        del wb[AUDIT]
    rows = [[e.recorded_at, e.examiner, e.reviewed_on, e.indicator, e.name, e.old.label, e.new.label, e.reason,
             e.origin] for e in entries]
    return table_sheet(wb, AUDIT, AUDIT_HEADERS, rows)


def write_scorecard(
    run: Run,
    path: Path,
    *,
    uid: str = "",
    charts: Sequence[Path] = (),
    review: Mapping[str, ReviewCells] | None = None,
    audit: Sequence[AuditEntry] = (),
    run_hash: str = "",
) -> Path:
    """Write the scorecard of `run` to `path` atomically.

    `review` pre-fills the review columns (reviews carried over from an earlier check of the same
    figures, or flags asking for a new review); a carried verdict becomes the final verdict.
    """
    from openpyxl import Workbook

    review = review or {}
    finals = {r.indicator.id: getattr(review.get(r.indicator.id), "verdict", None) or r.verdict for r in run.results}
    reviewed = sum(1 for rc in review.values() if rc.verdict)
    wb = Workbook()
    wb.properties.keywords = OWN_MARK  # `check` refuses this file as input
    _overview(wb, run, uid, finals, reviewed, charts, run_hash)
    _detail(wb, run, finals, review)
    _listing(wb, run, UNITS, "单位（机关）", "units")
    _listing(wb, run, PEOPLE, "单位 姓名", "people")
    table_sheet(wb, ISSUES, ("问题代码", "位置", "工作表", "行", "列", "单元格", "严重程度", "说明"),
                [[i.code, i.location, i.sheet, i.row, i.column, i.cell, "错误" if i.severity == "error" else "提示",
                  i.message] for i in run.data_issues])
    table_sheet(wb, MAPPING, ("标准表", "工作表", "表格标题", "表头行", "数据行", "行数", "合计行", "来源", "列（标准列=文件中的列「表头」）"),
                [[m.title, m.sheet, m.found_title, m.header_row or None, f"{m.first_row}–{m.last_row}" if m.header_row else "",
                  m.rows, m.totals, "映射文件" if m.source == "mapping" else
                  ("自动识别" if m.score >= 1 else f"自动识别（表头匹配度 {m.score:.2f}）"),
                  "\n".join(f"{c.key}={c.letter}「{c.header}」" + (f"×{c.factor:g}" if c.factor != 1 else "")
                            for c in m.columns)] for m in run.mapping])
    if run.reconciliation:
        ws = table_sheet(wb, RECONCILE, ("指标编号", "指标名称", "报告所述", "报告原文（位置）", "报表计算", "报表单元格", "核对结果"),
                         [[n.indicator, n.name, n.claim, f"{n.quote.location}：「{n.quote.text}」" if n.quote else "",
                           n.computed, "、".join(c.file + " " + c.location for c in n.cells[:10]), n.label]
                          for n in run.reconciliation], index=2)
        for row in ws.iter_rows(min_row=2, min_col=7, max_col=7):
            for c in row:
                if c.value == "矛盾":
                    paint(c, Verdict.REVIEW)
                    c.value = "矛盾"
    write_audit(wb, audit)
    return atomic_save_workbook(wb, path)
