"""The scorecard workbook: what an examiner prints, annotates and hands on.

Sheets: 总览 (overview, counts, charts), 指标明细 (one row per indicator, evidence, the plan's
clause, review columns), 单位明细, 人员明细, 数据问题, 审查记录 (audit log). The review step
(`checker.review`) reopens this workbook and rewrites only the final-verdict column, the overview
counts and the audit log, through the helpers below, so both steps lay them out the same way.
"""

from __future__ import annotations

import functools
import re
import weakref
from copy import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from ..judge.score import Score
from ..model import Result, Run, Verdict, tally
from ..output_files import SCORECARD_MARK, atomic_save_workbook
from .cell_text import FORMULA_START, cell_text, safe_set  # noqa: F401  (re-exported)
from .jsonout import evidence_dict
from .terminal import result_gap, result_target, mapping_columns

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
# 指标明细: the hidden id first (review and other tools find rows by it), then the columns that
# print (PRINT_COLUMNS of them, fitted to an A4 landscape width), then the screen-only detail.
DETAIL_HEADERS = (
    "指标编号", "指标名称", "类别", "目标", "实际值", "计算结论", "最终结论", "差距", "证据（工作表!单元格 / 原文）",
    "审查结论", "审查意见",
    "审查人", "审查日期", "审查提示", "计算与说明", "规划与条款", "条款原文", "数据问题", "适用层级", "周期",
)
PRINT_COLUMNS = 11
PRINT_WIDTHS = (0, 19, 9, 11, 12, 9, 9, 7, 28, 9, 14)  # 127 units: fitted at about 85 %, text stays above 9 pt
REVIEW_HEADERS = ("审查结论", "审查意见", "审查人", "审查日期")
AUDIT_HEADERS = ("记录时间", "审查人", "审查日期", "指标编号", "指标名称", "原结论", "新结论", "审查意见", "来源")
# A4 landscape with 1.3 cm side margins leaves about 27 cm (770 pt); LibreOffice gives a width unit
# of the default font about 7 pt, so about 108 units print at full size. Slightly more is fitted
# (scaled to about 90 %), which keeps 11 pt text well above 8 pt.
PAGE_WIDTH = {"landscape": 118, "portrait": 74}


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


# East Asian wide and full-width characters (CJK, kana, hangul, full-width forms): counted by a
# regular expression, which is many times faster than a character loop on every cell.
WIDE = re.compile("[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
                  "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\U00020000-\U0003fffd]")


def text_width(value: Any) -> int:
    """Display width of a cell's longest line: CJK characters count as two."""
    if value is None:
        return 0
    text = str(value)
    return max(len(line) + len(WIDE.findall(line)) for line in text.split("\n"))


def fit_columns(ws: Any, minimum: int = 6, maximum: int = MAX_WIDTH, budget: int | None = None,
                first_row: int = 1) -> None:
    """Widths that fit the text (Chinese counts double), wrapped beyond `maximum`.

    With a `budget` (width units of the printed page), the widest visible columns are narrowed
    (their text wraps) until the sum fits, so a fitted page is printed at or near full size.
    """
    from openpyxl.utils import get_column_letter

    widths: dict[int, int] = {}
    for row in ws.iter_rows(min_row=first_row):
        for c in row:
            if c.value is not None:
                widths[c.column] = max(widths.get(c.column, 0), text_width(c.value))
    sized = {col: max(minimum, min(maximum, w + 2)) for col, w in widths.items()}
    if budget:
        hidden = {col for col in sized if ws.column_dimensions[get_column_letter(col)].hidden}
        narrow(sized, [col for col in sized if col not in hidden], budget)
    for col, w in sized.items():
        ws.column_dimensions[get_column_letter(col)].width = w


def narrow(sized: dict[int, int], visible: Sequence[int], budget: int) -> None:
    """Narrow the widest visible column (the first of equally wide ones) one unit at a time until
    the widths fit `budget` or the widest is 10 units; a heap instead of a scan per unit."""
    import heapq

    total = sum(sized[c] for c in visible)
    heap = [(-sized[c], k, c) for k, c in enumerate(visible)]
    heapq.heapify(heap)
    while heap and total > budget:
        width, k, col = heap[0]
        if -width <= 10:
            break
        heapq.heapreplace(heap, (width + 1, k, col))
        sized[col] -= 1
        total -= 1


LINE_PT = 17.0  # one line of 11 pt text as LibreOffice and Excel lay it out, CJK included


def fit_rows(ws: Any, first_row: int = 1, last_row: int | None = None, max_col: int | None = None) -> None:
    """Row heights for the wrapped text (LibreOffice does not size rows of a generated file itself)."""
    import math

    from openpyxl.utils import get_column_letter

    capacity = {}
    for row in ws.iter_rows(min_row=first_row, max_row=last_row, max_col=max_col):
        lines = 1
        for c in row:
            if c.value is None or not isinstance(c.value, str):
                continue
            if c.column not in capacity:
                dim = ws.column_dimensions[get_column_letter(c.column)]
                capacity[c.column] = 0 if dim.hidden else max(2.0, (dim.width or 8.43) - 1.5)
            if not capacity[c.column]:
                continue
            n = sum(max(1, math.ceil(_printed(part) / capacity[c.column])) for part in c.value.split("\n"))
            lines = max(lines, n)
        ws.row_dimensions[row[0].row].height = LINE_PT * lines


def _printed(text: str) -> float:
    """Printed width in column units: a CJK character of the default 11 pt font takes about 1.6."""
    return len(text) + 0.65 * len(WIDE.findall(text))


def _header_text(text: str, limit: int = 60) -> str:
    """Text for a page header: `&` doubled (a single one starts a code), cut to fit the 255 limit."""
    # a header is not a cell: Excel's _xHHHH_ escapes would be decoded on the next read, so drop them
    text = cell_text(str(text))
    while (stripped := re.sub(r"_x[0-9A-Fa-f]{4}_", "", text)) != text:  # __x001B_ leaves _x001B_ once stripped
        text = stripped
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text.replace("&", "&&")


def page_frame(ws: Any, left: str, centre: str) -> None:
    """Page header (who, which year and plan, the sheet) and footer 第 X 页 共 Y 页."""
    ws.oddHeader.left.text = _header_text(left)
    ws.oddHeader.center.text = _header_text(centre, 90)
    ws.oddHeader.right.text = "&A"
    ws.oddHeader.left.size = ws.oddHeader.center.size = ws.oddHeader.right.size = 10
    ws.oddFooter.center.text = "第 &P 页 共 &N 页"
    ws.oddFooter.center.size = 10


def print_setup(ws: Any, header_rows: str | None = "1:1", *, orientation: str = "landscape",
                 fit: bool = True) -> None:
    from openpyxl.worksheet.page import PageMargins

    ws.page_setup.orientation = orientation
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.75, bottom=0.75, header=0.3, footer=0.3)
    if fit:
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
    if header_rows:
        ws.print_title_rows = header_rows
    ws.print_options.horizontalCentered = False


def table_sheet(wb: Any, title: str, headers: Sequence[str], rows: Iterable[Sequence[Any]],
                index: int | None = None, *, hidden: Sequence[int] = (), formats: Mapping[int, str] | None = None,
                orientation: str = "landscape", heights: bool = True) -> Any:
    """A plain table: bold header, wrapped cells, fitted widths, frozen header, filter, A4 print.

    `hidden`: column numbers hidden on screen and in print (ids kept for tools). `formats`: number
    format by column number, for numeric cells.
    """
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

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
    numbered: dict[tuple[int, str], Any] = {}
    for n, row in enumerate(rows, start=2):
        for j, v in enumerate(row, start=1):
            cell = safe_set(ws, n, j, v)
            if proto is None:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                proto = copy(cell._style)
            else:
                cell._style = copy(proto)  # setting a style object hashes it each time: slow
            if formats and j in formats and isinstance(v, (int, float)) and not isinstance(v, bool):
                fmt = number_format(v, formats[j])
                if (j, fmt) not in numbered:
                    cell.number_format = fmt
                    numbered[(j, fmt)] = copy(cell._style)
                else:
                    cell._style = copy(numbered[(j, fmt)])
    for j in hidden:
        ws.column_dimensions[get_column_letter(j)].hidden = True
    fit_columns(ws, budget=PAGE_WIDTH[orientation])
    if heights:
        fit_rows(ws)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{ws.cell(row=1, column=len(headers)).column_letter}{max(n, 2)}"
    print_setup(ws, orientation=orientation)
    return ws


def number_format(value: float, unit: str) -> str:
    """Whole numbers without decimals; others with one or two (never 83.33333333, never a
    rounding that turns 99.96 into a target-meeting 100.0)."""
    suffix = '"%"' if unit == "%" else ""
    return ("0" if float(value).is_integer() else "0.0#") + suffix


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


OVERVIEW_WIDTHS = {"A": 23, "B": 12, "C": 12, "D": 9, "E": 9, "F": 9}  # 74: an A4 portrait width
CHART_VERDICTS = [v for v in Verdict]
CATEGORY_VERDICTS = (Verdict.PASS, Verdict.FAIL, Verdict.MISSING, Verdict.INVALID, Verdict.REVIEW)
UNIT_CHART_LIMIT = 30  # bars in a per-unit chart; the full list is in 单位明细


def _overview(wb: Any, run: Run, uid: str, finals: Mapping[str, Verdict], reviewed: int,
              detail_rows: int, run_hash: str = "") -> tuple[int, int, int]:
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
    span = sum(OVERVIEW_WIDTHS.values()) - OVERVIEW_WIDTHS["A"] - 2
    for i, (k, v) in enumerate(facts, start=3):
        label = safe_set(ws, i, 1, k)
        label.font = Font(bold=True)
        label.alignment = Alignment(vertical="top")
        safe_set(ws, i, 2, v).alignment = Alignment(wrap_text=True, vertical="top", horizontal="left")
        ws.merge_cells(start_row=i, start_column=2, end_row=i, end_column=len(OVERVIEW_WIDTHS))
        lines = max(1, -(-text_width(v) // span))
        if lines > 1:
            ws.row_dimensions[i].height = 15 * lines
    start = 3 + len(facts) + 1
    ws.cell(row=start, column=1, value=COUNTS_HEADER[0])
    write_counts(ws, run.counts(), tally(finals.values()),
                 review_status(finals, {r.indicator.id: r.verdict for r in run.results}, reviewed), run.year is not None)
    for h in ("B", "C"):
        ws[f"{h}{start}"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[start].height = 2 * LINE_PT
    for letter, w in OVERVIEW_WIDTHS.items():
        ws.column_dimensions[letter].width = w
    note_row = start + len(Verdict) + 5
    ws.cell(row=note_row, column=1, value="说明：图表按「审查后最终结论」绘制（未经审查的即计算结论），审查后随之更新。")
    table_row = note_row + 2
    last = _category_table(ws, run, table_row, finals)
    print_setup(ws, None, orientation="portrait", fit=False)
    return start, table_row, last


CATEGORY_HEADER = "类别"


def _category_table(ws: Any, run: Run, row: int, finals: Mapping[str, Verdict]) -> int:
    """类别 × final verdict, as values (no formula in any workbook); `checker review` rewrites them."""
    from openpyxl.styles import Alignment, Font, PatternFill

    categories = list(dict.fromkeys(r.indicator.category for r in run.results if r.verdict is not Verdict.INFO))
    safe_set(ws, row, 1, CATEGORY_HEADER).font = Font(bold=True)
    for j, v in enumerate(CATEGORY_VERDICTS, start=2):
        c = safe_set(ws, row, j, v.label)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor=FILLS[v])
        c.alignment = Alignment(wrap_text=True, horizontal="center")
    for i, cat in enumerate(categories, start=row + 1):
        safe_set(ws, i, 1, cat).alignment = Alignment(wrap_text=True)
    _fill_category_counts(ws, row, {r.indicator.id: r.indicator.category for r in run.results}, finals)
    return row + len(categories)


def _fill_category_counts(ws: Any, row: int, categories: Mapping[str, str], finals: Mapping[str, Verdict]) -> None:
    counts: dict[tuple[str, Verdict], int] = {}
    for ind, verdict in finals.items():
        key = (categories.get(ind, ""), verdict)
        counts[key] = counts.get(key, 0) + 1
    i = row + 1
    while ws.cell(row=i, column=1).value not in (None, ""):
        cat = ws.cell(row=i, column=1).value
        for j, v in enumerate(CATEGORY_VERDICTS, start=2):
            ws.cell(row=i, column=j, value=counts.get((cat, v), 0))
        i += 1


def clean_headers(wb: Any) -> None:
    """Page headers of a workbook read back from disk, made safe to write again."""
    for ws in wb.worksheets:
        for part in (ws.oddHeader.left, ws.oddHeader.center, ws.oddHeader.right):
            if part.text:
                part.text = re.sub(r"_x[0-9A-Fa-f]{4}_", "", cell_text(part.text))


def refresh_category_table(wb: Any, finals: Mapping[str, Verdict]) -> None:
    """After a review: the 类别 × final verdict table of 总览 counted again from 指标明细."""
    detail, ws = wb[DETAIL], wb[OVERVIEW]
    col = header_index(detail, ("指标编号", "类别"))
    if len(col) < 2:
        return
    categories = {str(detail.cell(row=r, column=col["指标编号"]).value): detail.cell(row=r, column=col["类别"]).value
                  for r in range(2, detail.max_row + 1) if detail.cell(row=r, column=col["指标编号"]).value}
    for r in range(1, ws.max_row + 1):
        if ws.cell(row=r, column=1).value == CATEGORY_HEADER and ws.cell(row=r, column=2).value == CATEGORY_VERDICTS[0].label:
            _fill_category_counts(ws, r, categories, finals)
            return


def _overview_charts(wb: Any, ws: Any, run: Run, counts_row: int, table_row: int, table_last: int) -> None:
    from .workbook_charts import ChartPages, bar_chart, stacked_chart

    pages = ChartPages(ws, table_last + 2, 1)
    pages.start_page()
    first, last = counts_row + 1, counts_row + len(Verdict)
    pages.place(bar_chart(ws, f"{run.government} {run.period} 指标结论分布（审查后最终结论）", (1, first, 1, last),
                          (3, first, 3, last), colours=[FILLS[v] for v in Verdict], axis_title="指标数（项）",
                          height_cm=9.0, step=1))
    if table_last > table_row:
        n = table_last - table_row
        pages.place(stacked_chart(ws, "各类别指标结论（审查后最终结论）", (1, table_row + 1, 1, table_last),
                                  range(2, len(CATEGORY_VERDICTS) + 2), table_row, table_last,
                                  [FILLS[v] for v in CATEGORY_VERDICTS], axis_title="指标数（项）",
                                  height_cm=max(7.0, 4.0 + 0.9 * n)))
    if UNITS in wb.sheetnames:
        for title, first_row, shown, total, fails in _unit_blocks(wb[UNITS]):
            colours = [FILLS[BY_LABEL.get(wb[UNITS].cell(row=r, column=4).value, Verdict.INFO)]
                       for r in range(first_row, first_row + shown)]
            more = f"（共{total}个，未达标{fails}个，显示最差的{shown}个）" if total > shown else f"（共{total}个，未达标{fails}个）"
            pages.place(bar_chart(ws, f"{title}：各单位数值{more}", (3, first_row, 3, first_row + shown - 1),
                                  (5, first_row, 5, first_row + shown - 1), colours=colours, source=wb[UNITS],
                                  number_format="0.0#", height_cm=min(22.0, 3.5 + 0.6 * shown)))


def _unit_blocks(units_ws: Any) -> list[tuple[str, int, int, int, int]]:
    """(indicator name, first row, rows charted, units, failing units) per indicator in 单位明细."""
    blocks: list[list[Any]] = []
    for row in units_ws.iter_rows(min_row=2, max_col=5):
        name, verdict, value = row[1].value, row[3].value, row[4].value
        if not blocks or blocks[-1][0] != name:
            blocks.append([name, row[0].row, 0, 0, 0])
        b = blocks[-1]
        b[3] += 1
        b[4] += verdict == Verdict.FAIL.label
        if isinstance(value, (int, float)) and not isinstance(value, bool) and b[2] == b[3] - 1 \
                and b[2] < UNIT_CHART_LIMIT:
            b[2] += 1
    return [tuple(b) for b in blocks if b[2]]  # type: ignore[misc]


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
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    from ..model import LEVEL_LABELS, PERIOD_LABELS

    rows = []
    for r in run.results:
        ind = r.indicator
        rc = review.get(ind.id)
        rows.append([
            ind.id, ind.name, ind.category, result_target(r), r.display, r.verdict.label, finals[ind.id].label, result_gap(r),
            _evidence_text(r, bool(run.inputs)),
            rc.verdict.label if rc and rc.verdict else None, rc.reason if rc else None,
            rc.examiner if rc else None, rc.reviewed_on if rc else None, rc.note if rc else None,
            r.summary, "\n".join(f"{plan_name(s.document)} {s.article}" for s in ind.sources),
            "\n".join(s.quote for s in ind.sources) + (f"\n【目标值依据】{ind.basis}（不是条文原文）" if ind.basis else ""),
            _issues_text(r), LEVEL_LABELS[ind.level], PERIOD_LABELS[ind.period],
        ])
    ws = table_sheet(wb, DETAIL, DETAIL_HEADERS, rows, hidden=(1,), heights=False)  # set below, for the printed widths
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
    # the printed part: fixed widths that fill an A4 landscape width at full size
    for j, w in enumerate(PRINT_WIDTHS, start=1):
        if w:
            ws.column_dimensions[get_column_letter(j)].width = w
    for h, w in (("审查人", 10), ("审查日期", 12), ("审查提示", 24)):
        ws.column_dimensions[ws.cell(row=1, column=col[h]).column_letter].width = w
    for letter in "NOPQ":  # screen-only text columns: wide, the printed ones set the row height
        ws.column_dimensions[letter].width = 48
    fit_rows(ws, max_col=PRINT_COLUMNS)
    ws.print_area = f"A1:{get_column_letter(PRINT_COLUMNS)}{max(last, 2)}"
    ws.freeze_panes = "C2"


def _locations(evidence) -> str:
    return "、".join(evidence_dict(e)["location"] for e in evidence)


ORDER = {v: i for i, v in enumerate([Verdict.FAIL, Verdict.INVALID, Verdict.REVIEW, Verdict.MISSING, Verdict.PASS,
                                     Verdict.NOT_APPLICABLE, Verdict.INFO])}


def _worst_first(r: Result, u: Any) -> tuple[bool, int, float]:
    """Units with a figure first (they are charted), shortfalls first, the furthest from the target first."""
    from ..model import Operator

    number = isinstance(u.value, (int, float)) and not isinstance(u.value, bool)
    value = float(u.value) if number else 0.0
    at_most = r.indicator.target is not None and r.indicator.target.operator is Operator.AT_MOST
    return not number, ORDER[u.verdict], -value if at_most else value


def _listing(wb: Any, run: Run, title: str, who: str, of: str) -> None:
    """单位明细 (of="units") or 人员明细 (of="people"): every unit or person listed, shortfalls first."""
    rows = []
    for r in run.results:
        for u in sorted(getattr(r, of), key=lambda u: _worst_first(r, u)):
            rows.append([r.indicator.id, r.indicator.name, u.name, u.verdict.label, u.value, result_target(r), u.detail,
                         _locations(u.evidence)])
    if not rows:
        return
    units = {r.indicator.name: r.indicator.display_unit for r in run.results}
    ws = table_sheet(wb, title, ("指标编号", "指标名称", who, "结论", "数值", "目标", "说明", "证据"), rows,
                     hidden=(1,), formats={5: ""})
    for row in ws.iter_rows(min_row=2, min_col=2, max_col=5):
        if units.get(row[0].value) == "%" and isinstance(row[3].value, (int, float)):
            row[3].number_format = number_format(row[3].value, "%")
    _paint_column(ws, 4)


def _paint_column(ws: Any, col: int) -> None:
    for row in ws.iter_rows(min_row=2, min_col=col, max_col=col):
        for c in row:
            if c.value in BY_LABEL:
                paint(c, BY_LABEL[c.value])


def write_audit(wb: Any, entries: Sequence[AuditEntry]) -> Any:
    """(Re)write the 审查记录 sheet from the recorded reviews, oldest first; none when there are none."""
    if AUDIT in wb.sheetnames:
        del wb[AUDIT]
    if not entries:
        return None
    rows = [[e.recorded_at, e.examiner, e.reviewed_on, e.indicator, e.name, e.old.label, e.new.label, e.reason,
             e.origin] for e in entries]
    ws = table_sheet(wb, AUDIT, AUDIT_HEADERS, rows, hidden=(AUDIT_HEADERS.index("指标编号") + 1,))
    if OVERVIEW in wb.sheetnames:  # the same page header as the rest of the workbook
        page_frame(ws, "", "")
        ws.oddHeader.left.text = wb[OVERVIEW].oddHeader.left.text
        ws.oddHeader.center.text = wb[OVERVIEW].oddHeader.center.text
    return ws


def plan_name(plan_id: str) -> str:
    """A plan's Chinese name (the id where the installed catalogue does not know it)."""
    return _plan_names().get(plan_id, plan_id)


@functools.lru_cache(maxsize=1)
def _plan_names() -> dict[str, str]:
    from ..catalogue.loader import load_catalogue

    try:
        catalogue, _ = load_catalogue()
    except Exception:  # a broken installed catalogue: the id is still a correct reference
        return {}
    return {p.id: p.name for p in catalogue.plans}


def write_scorecard(
    run: Run,
    path: Path,
    *,
    uid: str = "",
    charts: bool = True,
    review: Mapping[str, ReviewCells] | None = None,
    audit: Sequence[AuditEntry] = (),
    run_hash: str = "",
) -> Path:
    """Write the scorecard of `run` to `path` atomically.

    `review` pre-fills the review columns (reviews carried over from an earlier check of the same
    figures, or flags asking for a new review); a carried verdict becomes the final verdict.
    Sheets with nothing to show are left out. `charts`: native charts on 总览, drawn from the
    final counts (so the reviewed copy's charts follow the review).
    """
    from openpyxl import Workbook

    review = review or {}
    finals = {r.indicator.id: getattr(review.get(r.indicator.id), "verdict", None) or r.verdict for r in run.results}
    reviewed = sum(1 for rc in review.values() if rc.verdict)
    wb = Workbook()
    wb.properties.keywords = SCORECARD_MARK  # `check` refuses this file as input
    layout = _overview(wb, run, uid, finals, reviewed, len(run.results), run_hash)
    _detail(wb, run, finals, review)
    _listing(wb, run, UNITS, "单位（机关）", "units")
    _listing(wb, run, PEOPLE, "单位 姓名", "people")
    if run.data_issues:
        table_sheet(wb, ISSUES, ("问题代码", "位置", "工作表", "行", "列", "单元格", "严重程度", "说明"),
                    [[i.code, i.location, i.sheet, i.row, i.column, i.cell, "错误" if i.severity == "error" else "提示",
                      i.message] for i in run.data_issues], hidden=(1,))
    if run.mapping:
        table_sheet(wb, MAPPING, ("标准表", "工作表", "表格标题", "表头行", "数据行", "行数", "合计行", "来源",
                                  "列（标准列＝文件中的列「表头」）"),
                    [[m.title, m.sheet, m.found_title, m.header_row or None,
                      f"{m.first_row}–{m.last_row}" if m.header_row else "", m.rows, m.totals,
                      "映射文件" if m.source == "mapping" else
                       ("自动识别" if m.score >= 1 else f"自动识别（表头匹配度 {m.score:.2f}）"), mapping_columns(m, "\n")]
                      for m in run.mapping])
    if run.reconciliation:
        ws = table_sheet(wb, RECONCILE, ("指标编号", "指标名称", "报告所述", "报告原文（位置）", "报表计算", "报表单元格", "核对结果"),
                         [[n.indicator, n.name, n.claim, f"{n.quote.location}：「{n.quote.text}」" if n.quote else "",
                           n.computed, "、".join(c.file + " " + c.location for c in n.cells[:10]), n.label]
                          for n in run.reconciliation], index=2, hidden=(1,))
        for row in ws.iter_rows(min_row=2, min_col=7, max_col=7):
            for c in row:
                if c.value == "矛盾":
                    paint(c, Verdict.REVIEW)
                    c.value = "矛盾"
    if charts:
        _overview_charts(wb, wb[OVERVIEW], run, *layout)
    for ws in wb.worksheets:
        page_frame(ws, run.government, f"{run.period}　{run.plan_name}")
    write_audit(wb, audit)
    return atomic_save_workbook(wb, path)
