"""The comparison workbook: several governments and years side by side, with charts.

write_comparison(comparison, path) writes the workbook atomically, with these sheets in order:

  排名     ranking by share of targets met (达标 ÷ 应判定), one ranking per year
  热力图   entries × judged indicators (numbered; the key below), each cell a short verdict word and its fill
  趋势     per government with 2 or more years: each indicator's figure and verdict over the years
  图表     native charts that summarise, whatever the number of governments: the top and bottom
           of the newest ranking, the distribution of shares, and each indicator's verdicts;
           drawn from the small tables on that sheet

The matplotlib pictures (`write_comparison_charts`) are drawn only for the inspection report
(.docx); they are capped the same way (top and bottom, at most HEATMAP_MAX rows of heat map).

Everything is drawn from the immutable Comparison, with the effective verdict (the final verdict
after review where there is one). Missing or invalid data count as judged and not met, never as
met, and the count of such targets stays visible beside every share. matplotlib is imported
inside the functions only; fonts, colours and the atomic PNG writing are those of the scorecard
charts (`checker.reporters.charts`).
"""

from __future__ import annotations

from copy import copy
from pathlib import Path
from typing import Any, Sequence

from ..comparison import NOT_JUDGED, Cell, Comparison, Entry, IndicatorInfo, Rank
from ..judge.score import percent_text
from ..model import Verdict
from ..output_files import COMPARISON_MARK, atomic_save_workbook, prepare_dir
from .charts import COLOURS, DPI, EDGE, TEXT, WIDTH_IN, chart_style, file_safe, save_figure
from .excel import FILLS, HEADER_FILL, print_setup, fit_columns, fit_rows, page_frame, paint, safe_set, table_sheet, text_width

RANKING = "排名"
HEATMAP = "热力图"
TREND = "趋势"
CHARTS = "图表"
SHEETS = (RANKING, HEATMAP, TREND, CHARTS)

RANKING_HEADERS = ("年度", "排名", "政府（单位）", "达标率（达标÷已判定）", "达标（项）", "已判定（项）",
                   "未判定（项，缺少数据/无效/待审）", "说明")
NO_RANK = "—"
TIED = "（并列）"
REVIEWED_MARK = "*"
ALWAYS_FAILING = "历年均未达标"
UNKNOWN = (Verdict.MISSING, Verdict.INVALID)

# the word drawn inside a heat-map cell: two characters fit a cell of 20 columns
SHORT = {Verdict.PASS: "达标", Verdict.FAIL: "未达", Verdict.MISSING: "缺数", Verdict.INVALID: "无效",
         Verdict.REVIEW: "待审", Verdict.NOT_APPLICABLE: "—", Verdict.INFO: "展示"}
GOV_COLOURS = ("#1F77B4", "#FF7F0E", "#2CA02C", "#D62728", "#9467BD", "#8C564B", "#E377C2", "#7F7F7F",
               "#BCBD22", "#17BECF")
LINE_STYLES = ("-", "--", "-.", ":")
BAR = "#6C8EBF"
TOP = 10  # the summary charts show the TOP best and the TOP worst entries
HEATMAP_MAX = 40  # rows of the heat-map picture; beyond, the picture shows the worst and the best


# --- pure helpers (no matplotlib, no openpyxl) ------------------------------------------------


def share_text(rank: Rank) -> str:
    """56%（9/16）; — when there is nothing to judge."""
    return f"{percent_text(rank.share)}（{rank.met}/{rank.judged}）" if rank.share is not None else NO_RANK


def rank_text(rank: Rank) -> int | str:
    if rank.rank is None:
        return NO_RANK
    return f"{rank.rank}{TIED}" if rank.tied else rank.rank


def rankings(comparison: Comparison) -> list[tuple[int | None, list[Rank]]]:
    """One ranking per year, newest first; entries without a year ranked among themselves, last.

    A comparison of a single year (or of none) gives a single ranking.
    """
    years = comparison.years
    undated = tuple(e for e in comparison.entries if e.year is None)
    if len(years) <= 1 and not (years and undated):
        return [(years[0] if years else None, comparison.ranking())]
    out: list[tuple[int | None, list[Rank]]] = [(y, comparison.ranking(y)) for y in reversed(years)]
    if undated:
        out.append((None, Comparison(comparison.indicators, undated).ranking()))
    return out


def judged_indicators(comparison: Comparison) -> list[IndicatorInfo]:
    """The indicators with a target (informational figures are shown, never judged)."""
    return [i for i in comparison.indicators if not i.informational]


def entries_in_order(comparison: Comparison) -> list[Entry]:
    """Government, then year: a government's years stay together."""
    return sorted(comparison.entries, key=lambda e: (e.government, e.year if e.year is not None else 0))


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _point(cell: Cell) -> float | None:
    """The figure a trend line can draw: none for missing or invalid data."""
    return None if cell.effective in UNKNOWN else _number(cell.value)


def multi_year_governments(comparison: Comparison) -> list[str]:
    return [g for g in comparison.governments
            if len({e.year for e in comparison.entries if e.government == g and e.year is not None}) >= 2]


def trend_indicators(comparison: Comparison) -> list[IndicatorInfo]:
    """Numeric indicators with a target and figures in 2 or more years for at least one government."""
    out = []
    govs = multi_year_governments(comparison)
    for ind in judged_indicators(comparison):
        if ind.threshold is None:
            continue
        if any(sum(1 for _, c in comparison.series(ind.id, g) if _point(c) is not None) >= 2 for g in govs):
            out.append(ind)
    return out


def chart_names(comparison: Comparison) -> list[str]:
    """The charts write_comparison draws, in the order of the returned paths."""
    return ["heatmap", "ranking"] + [f"trend_{file_safe(i.id)}" for i in trend_indicators(comparison)]


def _verdict_word(cell: Cell) -> str:
    return cell.effective.label + (REVIEWED_MARK if cell.final is not None else "")


# --- sheets ------------------------------------------------------------------------------------


def _ranking_sheet(wb: Any, comparison: Comparison) -> Any:
    rows: list[list[Any]] = []
    shares: list[float | None] = []
    for year, ranks in rankings(comparison):
        for r in ranks:
            notes = []
            if r.rank is None:
                notes.append(f"单列，不参加排名：{r.reason}")
            else:
                if r.tied:
                    others = [o.entry.government for o in ranks if o.rank == r.rank and o.entry is not r.entry]
                    notes.append(f"与{'、'.join(others)}并列" if len(others) <= 3 else f"与另{len(others)}个政府（单位）并列")
                if r.coverage is not None:
                    notes.append(f"覆盖率 {percent_text(r.coverage)}（已判定 {r.judged} 项）")
                if r.unknown:
                    notes.append(f"{r.unknown}项没有可用数字，单独计数，不计为未达标")
            reviewed = sum(1 for c in r.entry.cells.values() if c.final is not None)
            if reviewed:
                notes.append(f"含人工审查结论{reviewed}项")
            rows.append([year if year is not None else "未知年度", rank_text(r), r.entry.government,
                         r.share if r.share is not None else NO_RANK, r.met, r.judged, r.unknown, "；".join(notes)])
            shares.append(r.share)
    ws = table_sheet(wb, RANKING, RANKING_HEADERS, rows)
    for i, share in enumerate(shares, start=2):
        if share is not None:
            ws.cell(row=i, column=4).number_format = "0.0%"
    for col in (1, 2, 4, 5, 6, 7):
        ws.column_dimensions[ws.cell(row=1, column=col).column_letter].width = 14 if col in (2, 4) else 10
    fit_rows(ws, 1, 1)  # the header wraps anew in the narrower columns
    _notes(ws, len(rows) + 3, [
        "说明：达标率 = 达标项数 ÷ 已判定项数（达标 + 未达标）。缺少数据、数据无效、需人工审查的指标没有可用数字，单独计数；"
        "覆盖率（已判定 ÷ 应判定）低于一半或年度未知的单列，不参加排名。仅展示、不适用的指标不计入。",
        "达标率相同的并列同一名次，下一名次顺延（如两个并列第1，下一个为第3）。多个年度时按年度分别排名。",
        "结论采用审查后的最终结论（未经审查的即计算结论）。无应判定指标的排在最后，名次记为「—」。",
    ])
    return ws


def _notes(ws: Any, row: int, lines: Sequence[str]) -> None:
    """Notes under a table, wrapped across its width (text running past the table would be
    counted in the printed width and shrink the whole page)."""
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    columns = max(ws.max_column, 1)
    width = sum(ws.column_dimensions[get_column_letter(j)].width or 8.43 for j in range(1, columns + 1))
    for k, line in enumerate(lines):
        c = safe_set(ws, row + k, 1, line)
        c.font = Font(color="555555")
        c.alignment = Alignment(wrap_text=True, vertical="top")
        if columns > 1:
            ws.merge_cells(start_row=row + k, start_column=1, end_row=row + k, end_column=columns)
        ws.row_dimensions[row + k].height = 17 * max(1, -(-text_width(line) // max(int(width) - 4, 10)))


def _header(cell: Any, bold: bool = True) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill

    cell.font = Font(bold=bold, italic=not bold, color=None if bold else "444444")
    cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
    cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")


def _heatmap_sheet(wb: Any, comparison: Comparison) -> Any:
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    inds = judged_indicators(comparison)
    entries = entries_in_order(comparison)
    fixed = ("政府（单位）", "年度", "达标率")
    ws = wb.create_sheet(HEATMAP)
    # numbered columns (the key below the table names them): 19 indicators fit an A4 width
    for j, h in enumerate(list(fixed) + [str(k) for k in range(1, len(inds) + 1)], start=1):
        _header(safe_set(ws, 1, j, h))
    for j, h in enumerate(["目标", "", ""] + [i.target for i in inds], start=1):
        _header(safe_set(ws, 2, j, h), bold=False)
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    reviewed = 0
    styles: dict[Verdict, Any] = {}
    for n, e in enumerate(entries, start=3):
        rank = Rank(None, False, e, e.share, e.met, e.judged, 0)
        safe_set(ws, n, 1, e.government).alignment = Alignment(wrap_text=True, vertical="center")
        safe_set(ws, n, 2, e.year if e.year is not None else "未知年度").alignment = centre
        safe_set(ws, n, 3, share_text(rank)).alignment = centre
        for j, ind in enumerate(inds, start=len(fixed) + 1):
            cell = e.cells.get(ind.id)
            c = ws.cell(row=n, column=j)
            if cell is None:
                safe_set(ws, n, j, "无").alignment = centre
                continue
            v = cell.effective
            if v in styles:
                c._style = copy(styles[v])
            else:
                paint(c, v)
                c.alignment = centre
                styles[v] = copy(c._style)
            c.value = SHORT[v]
            if cell.final is not None:
                reviewed += 1
                c.value = SHORT[v] + REVIEWED_MARK
                c.comment = Comment(f"计算结论：{cell.verdict.label}\n审查后：{cell.effective.label}", "核查")
    widths = {1: 18, 2: 6, 3: 12}  # 达标率 as 56%（9/16）: 11 columns
    for j, w in widths.items():
        ws.column_dimensions[get_column_letter(j)].width = w
    cell_width = max(4.5, min(8.0, (118 - sum(widths.values())) / max(len(inds), 1)))  # two CJK characters fit 4.5
    for j in range(len(fixed) + 1, len(fixed) + len(inds) + 1):
        ws.column_dimensions[get_column_letter(j)].width = cell_width
    fit_rows(ws, 2, 2)
    fit_rows(ws, 3, len(entries) + 2, max_col=1)
    ws.freeze_panes = ws.cell(row=3, column=len(fixed) + 1).coordinate
    last = get_column_letter(len(fixed) + len(inds))
    ws.auto_filter.ref = f"A2:{last}{max(len(entries) + 2, 3)}"
    print_setup(ws, "1:2")
    informational = len(comparison.indicators) - len(inds)
    lines = ["说明：每格为该指标的结论（审查后的最终结论；未经审查的即计算结论），颜色与文字一致：" +
             "、".join(f"{SHORT[v]}＝{v.label}" if SHORT[v] != v.label else v.label
                      for v in Verdict if v is not Verdict.INFO) + "；「无」：该次核查没有这项指标（如适用的规划不同）。"]
    if reviewed:
        lines.append(f"带「{REVIEWED_MARK}」的为经人工审查的结论（共{reviewed}格），批注中为计算结论。")
    if informational:
        lines.append(f"仅展示的指标{informational}项不作判定，未列入本表；其数值见「{TREND}」。")
    row = len(entries) + 4
    for k, line in enumerate(lines):
        c = safe_set(ws, row + k, 1, line)
        c.font = Font(color="555555")
        c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=row + k, start_column=1, end_row=row + k, end_column=len(fixed) + len(inds))
        ws.row_dimensions[row + k].height = 17 * max(1, -(-text_width(line) // 110))
    key = row + len(lines) + 1
    _header(safe_set(ws, key, 1, "列号　指标名称"))
    _header(safe_set(ws, key, 3, "目标"))
    for k, ind in enumerate(inds, start=1):
        safe_set(ws, key + k, 1, f"{k}　{ind.name}").alignment = Alignment(wrap_text=True, vertical="top")
        safe_set(ws, key + k, 3, ind.target).alignment = Alignment(vertical="top")
    fit_rows(ws, key + 1, key + len(inds), max_col=1)
    return ws


def _by_government(comparison: Comparison) -> dict[str, list[Entry]]:
    """Entries per government, oldest year first (one pass instead of a scan per government)."""
    out: dict[str, list[Entry]] = {}
    for e in comparison.entries:
        out.setdefault(e.government, []).append(e)
    for es in out.values():
        es.sort(key=lambda e: e.year if e.year is not None else 0)
    return out


def _trend_sheet(wb: Any, comparison: Comparison) -> Any:
    years = comparison.years
    per_gov = _by_government(comparison)
    govs = [g for g in sorted(per_gov) if len({e.year for e in per_gov[g] if e.year is not None}) >= 2]
    headers = ["政府（单位）", "指标名称", "目标"]
    for y in years:
        headers += [f"{y}年 实际值", f"{y}年 结论"]
    headers += ["结论变化", ALWAYS_FAILING, "指标编号"]
    rows: list[list[Any]] = []
    painted: list[tuple[int, int, Verdict]] = []  # (row, column, verdict) of the verdict cells
    summary: list[tuple[str, str]] = []
    for g in govs:
        failing: list[str] = []
        for ind in comparison.indicators:
            series = {e.year: e.cells[ind.id] for e in per_gov[g] if e.year is not None and ind.id in e.cells}
            if not series:
                continue
            n = len(rows) + 2
            row: list[Any] = [g, ind.name, ind.target]
            for y in years:
                c = series.get(y)
                row += [c.display, _verdict_word(c)] if c else ["—", None]
                if c:
                    painted.append((n, len(row), c.effective))
            judged = [(y, c.effective) for y, c in sorted(series.items()) if c.effective not in NOT_JUDGED]
            steps = [v for k, (_, v) in enumerate(judged) if k == 0 or v is not judged[k - 1][1]]
            change = "→".join(v.label for v in steps) if len(steps) > 1 else ""
            always = len(judged) >= 2 and all(v is Verdict.FAIL for _, v in judged)
            flag = f"是（{judged[0][0]}—{judged[-1][0]}年）" if always else ""
            if always:
                failing.append(ind.name)
                painted.append((n, len(row) + 2, Verdict.FAIL))
            rows.append(row + [change, flag, ind.id])
        summary.append((g, "、".join(failing) if failing else "无"))
    ws = table_sheet(wb, TREND, headers, rows, hidden=(len(headers),))
    for n, col, verdict in painted:
        c = ws.cell(row=n, column=col)
        words = c.value  # paint() writes the bare label; keep the review mark and the years
        paint(c, verdict)
        c.value = words
    ws.freeze_panes = "D2"
    start = len(rows) + 3
    if not govs:
        _notes(ws, start, ["没有核查了两个或以上年度的政府，无法比较趋势。"])
        return ws
    from openpyxl.styles import Alignment, Font

    safe_set(ws, start, 1, "政府（单位）").font = Font(bold=True)
    safe_set(ws, start, 2, f"{ALWAYS_FAILING}的指标（判定的每个年度均未达标，至少两个年度）").font = Font(bold=True)
    for k, (g, names) in enumerate(summary, start=start + 1):
        safe_set(ws, k, 1, g).alignment = Alignment(wrap_text=True, vertical="top")
        safe_set(ws, k, 2, names).alignment = Alignment(wrap_text=True, vertical="top")
    fit_rows(ws, start + 1, start + len(summary))
    _notes(ws, start + len(summary) + 2, [
        "说明：只列核查了两个或以上年度的政府；实际值为各年核查计分表中的写法，结论为审查后的最终结论"
        f"（带「{REVIEWED_MARK}」的经人工审查）。",
    ])
    return ws


def summary_rows(comparison: Comparison) -> tuple[int | None, list[Rank], list[Rank]]:
    """The newest year's ranking: its TOP best and its TOP worst (all of it when short)."""
    groups = rankings(comparison)
    year, ranks = groups[0] if groups else (None, [])
    ranked = [r for r in ranks if r.rank is not None]
    if len(ranked) <= 2 * TOP:
        return year, ranked, []
    return year, ranked[:TOP], ranked[-TOP:]


BANDS = [(k / 10, (k + 1) / 10) for k in range(10)]


def share_bands(ranks: Sequence[Rank]) -> list[tuple[str, int]]:
    """How many entries fall in each tenth of the share (the last band includes 100 %)."""
    counts = [0] * len(BANDS)
    for r in ranks:
        if r.share is not None:
            counts[min(int(r.share * 10 + 1e-9), 9)] += 1
    return [(f"{int(lo * 100)}%–{int(hi * 100)}%" + ("" if k == 9 else "以下"), n)
            for k, ((lo, hi), n) in enumerate(zip(BANDS, counts))]


CHART_VERDICTS = (Verdict.PASS, Verdict.FAIL, Verdict.MISSING, Verdict.INVALID, Verdict.REVIEW)


def _charts_sheet(wb: Any, comparison: Comparison, charts: bool) -> Any:
    """Small tables that summarise the comparison, and native charts drawn from them."""
    from openpyxl.styles import Alignment, Font

    from .workbook_charts import ChartPages, bar_chart, max_height_cm, stacked_chart

    ws = wb.create_sheet(CHARTS)
    ws["A1"] = "图表（按审查后的最终结论；下列各表为图表的数据）"
    ws["A1"].font = Font(bold=True, size=13)
    for letter, w in zip("ABCDEF", (27, 9, 9, 9, 9, 9)):  # 72 units: an A4 portrait width
        ws.column_dimensions[letter].width = w
    bold = Font(bold=True)
    year, best, worst = summary_rows(comparison)
    when = f"{year}年" if year is not None else ""
    row = 3
    # 1. the ranking's top (and bottom)
    blocks = []
    for label, ranks in (("达标率最高" if worst else "各政府（单位）达标率", best), ("达标率最低", worst)):
        if not ranks:
            continue
        safe_set(ws, row, 1, f"{when}{label}" + (f"（前{len(ranks)}名）" if worst and label.endswith("高") else
                                                      f"（后{len(ranks)}名）" if worst else "")).font = bold
        safe_set(ws, row, 2, "达标率").font = bold
        first = row + 1
        for k, r in enumerate(ranks, start=first):
            safe_set(ws, k, 1, f"第{r.rank}名 {r.entry.government}").alignment = Alignment(wrap_text=True)
            c = ws.cell(row=k, column=2, value=r.share)
            c.number_format = "0.0%"
        blocks.append((label, first, first + len(ranks) - 1))
        row = first + len(ranks) + 1
    # 2. the distribution of shares
    ranked = [r for _, rs in rankings(comparison)[:1] for r in rs if r.rank is not None]
    safe_set(ws, row, 1, f"{when}达标率分布（区间）").font = bold
    safe_set(ws, row, 2, "政府数").font = bold
    bands_first = row + 1
    for k, (label, n) in enumerate(share_bands(ranked), start=bands_first):
        safe_set(ws, k, 1, label)
        ws.cell(row=k, column=2, value=n)
    row = bands_first + len(BANDS) + 1
    # 3. each indicator: how many entries got each verdict
    inds = judged_indicators(comparison)
    safe_set(ws, row, 1, "指标").font = bold
    for j, v in enumerate(CHART_VERDICTS, start=2):
        c = safe_set(ws, row, j, v.label)
        c.font = bold
        c.alignment = Alignment(wrap_text=True)
    ind_head = row
    for k, ind in enumerate(inds, start=row + 1):
        safe_set(ws, k, 1, ind.name).alignment = Alignment(wrap_text=True)
        counts = {v: 0 for v in CHART_VERDICTS}
        for e in comparison.entries:
            c = e.cells.get(ind.id)
            if c is not None and c.effective in counts:
                counts[c.effective] += 1
        for j, v in enumerate(CHART_VERDICTS, start=2):
            ws.cell(row=k, column=j, value=counts[v])
    ind_last = row + len(inds)
    fit_rows(ws, 3, ind_last, max_col=1)
    print_setup(ws, None, orientation="portrait", fit=False)
    if not charts:
        safe_set(ws, ind_last + 2, 1, "本次检查选择不生成图表。")
        return ws
    pages = ChartPages(ws, ind_last + 2, 1)
    pages.start_page()
    for label, first, last in blocks:
        n = last - first + 1
        pages.place(bar_chart(ws, f"{when}{label}" + ("" if n >= len(ranked) else f"（{n}个，共{len(ranked)}个）"),
                              (1, first, 1, last), (2, first, 2, last), number_format="0.0%", maximum=1.0, step=0.2,
                              axis_title="达标率（达标÷应判定）", height_cm=min(max_height_cm(), 3.5 + 0.6 * n)))
    pages.place(bar_chart(ws, f"{when}达标率分布（共{len(ranked)}个政府（单位））", (1, bands_first, 1, bands_first + 9),
                          (2, bands_first, 2, bands_first + 9), axis_title="政府（单位）数", height_cm=9.0))
    if inds:
        pages.place(stacked_chart(ws, f"各指标结论（共{len(comparison.entries)}份核查）", (1, ind_head + 1, 1, ind_last),
                                  range(2, len(CHART_VERDICTS) + 2), ind_head, ind_last,
                                  [FILLS[v] for v in CHART_VERDICTS], axis_title="核查份数",
                                  height_cm=min(max_height_cm(), 4.0 + 0.75 * len(inds))))
    return ws


def write_comparison(comparison: Comparison, path: Path, *, charts: bool = True) -> tuple[Path, list[Path]]:
    """Write the comparison workbook to `path` atomically, its charts native to the workbook.

    Returns (workbook path, picture files written beside it: none, the charts live in the workbook).
    """
    from openpyxl import Workbook

    path = Path(path)
    wb = Workbook()
    wb.properties.keywords = COMPARISON_MARK  # `check` refuses this file as input
    wb.remove(wb.active)
    _ranking_sheet(wb, comparison)
    _heatmap_sheet(wb, comparison)
    _trend_sheet(wb, comparison)
    _charts_sheet(wb, comparison, charts)
    years = comparison.years
    span = f"{years[0]}—{years[-1]}年" if len(years) > 1 else (f"{years[0]}年" if years else "")
    for ws in wb.worksheets:
        page_frame(ws, f"{len(comparison.governments)}个政府（单位）比较", span)
    return atomic_save_workbook(wb, path), []


# --- charts ------------------------------------------------------------------------------------


def _wrap(text: str, width: int) -> str:
    """Lines of at most `width` characters, of even length (no lone last character)."""
    if len(text) <= width:
        return text
    lines = -(-len(text) // width)
    per = -(-len(text) // lines)
    return "\n".join(text[k:k + per] for k in range(0, len(text), per))


def heatmap_size(rows: int, cols: int) -> tuple[float, float]:
    return max(WIDTH_IN, 3.2 + 0.42 * cols), 3.6 + 0.27 * max(rows, 1)


def _heatmap(fig: Any, comparison: Comparison) -> None:
    from matplotlib.patches import Patch, Rectangle

    inds = judged_indicators(comparison)
    entries = entries_in_order(comparison)
    ax = fig.add_subplot()
    fig.suptitle("各政府（年度）指标结论对照", fontsize=14, color=TEXT)
    if not inds or not entries:
        ax.set_axis_off()
        ax.text(0.5, 0.5, "没有应判定的指标", ha="center", va="center", fontsize=13, transform=ax.transAxes)
        return
    n, m = len(entries), len(inds)
    width_in = fig.get_figwidth()
    cell_pt = min(72 * (width_in - 3.2) / m, 60)
    word_size = max(5.5, min(9.0, cell_pt / 2.6))
    reviewed = False
    for i, e in enumerate(entries):
        for j, ind in enumerate(inds):
            cell = e.cells.get(ind.id)
            v = cell.effective if cell else None
            ax.add_patch(Rectangle((j, i), 1, 1, facecolor=COLOURS[v] if v else "white", edgecolor="white",
                                   linewidth=1.2, hatch="/" if v is Verdict.FAIL else None))
            if cell is None:
                word = "无"
            else:
                word = SHORT[v] + (REVIEWED_MARK if cell.final is not None else "")
                reviewed |= cell.final is not None
            ax.text(j + 0.5, i + 0.5, word, ha="center", va="center", fontsize=word_size, color=TEXT,
                    bbox=dict(boxstyle="square,pad=0.05", facecolor=COLOURS[v] if v else "white",
                              edgecolor="none") if v is Verdict.FAIL else None)
    for i in range(1, n):  # a rule between governments
        if entries[i].government != entries[i - 1].government:
            ax.axhline(i, color="#555555", linewidth=1.0)
    ax.set_xlim(0, m)
    ax.set_ylim(n, 0)
    label_size = max(6.0, min(9.0, 200 / max(n, 1) + 2))
    ax.set_yticks([i + 0.5 for i in range(n)], [e.label for e in entries], fontsize=label_size)
    name_size = max(6.0, min(8.5, cell_pt / 3.6))  # three lines side by side fit a column
    ax.set_xticks([j + 0.5 for j in range(m)], [f"{_wrap(i.name, 14)}\n{i.target}" for i in inds],
                  fontsize=name_size, rotation=90, ha="center", va="bottom", linespacing=1.1)
    ax.xaxis.tick_top()
    ax.tick_params(length=0)
    for side in ("top", "right", "bottom", "left"):
        ax.spines[side].set_visible(False)
    present = [v for v in Verdict if any((c := e.cells.get(i.id)) and c.effective is v
                                         for e in entries for i in inds)]
    handles = [Patch(facecolor=COLOURS[v], edgecolor=EDGE, hatch="/" if v is Verdict.FAIL else None,
                     label=f"{SHORT[v]}＝{v.label}" if SHORT[v] != v.label else v.label) for v in present]
    if reviewed:
        handles.append(Patch(facecolor="white", edgecolor="white", label=f"{REVIEWED_MARK}＝经人工审查"))
    fig.legend(handles=handles, loc="outside lower center", ncols=min(len(handles), 7), fontsize=9, frameon=False)


def ranking_height(rows: int, groups: int, loose: int) -> float:
    return 2.4 + 0.34 * max(rows, 1) + 0.45 * groups + 0.3 * loose


def _ranking_layout(comparison: Comparison) -> tuple[list[tuple[int | None, list[Rank]]], int, int]:
    groups = rankings(comparison)
    rows = sum(1 for _, ranks in groups for r in ranks if r.rank is not None)
    loose = sum(1 for _, ranks in groups if any(r.rank is None for r in ranks))
    return groups, rows, loose


def _ranking(fig: Any, comparison: Comparison) -> None:
    groups, rows, _ = _ranking_layout(comparison)
    ax = fig.add_subplot()
    fig.suptitle("达标率排名（达标 ÷ 应判定）", fontsize=14, color=TEXT)
    ax.set_title("缺少数据、数据无效的指标计入应判定、不计为达标；达标率相同者并列同一名次。",
                 fontsize=9.5, color="#555555", loc="left")
    y = 0.0
    right = 1.28  # widened when a value label would run past the edge
    ticks: list[float] = []
    labels: list[str] = []
    several = len(groups) > 1
    for year, ranks in groups:
        if several:
            ax.text(-0.01, y, f"{year}年" if year is not None else "未知年度", transform=ax.get_yaxis_transform(),
                    ha="right", va="center", fontsize=11.5, color=TEXT)
            y += 1
        for r in ranks:
            if r.rank is None:
                continue
            tied = r.tied
            ax.barh(y, r.share, height=0.7, color=BAR if not tied else "#8FA9D6", edgecolor=EDGE, linewidth=0.6,
                    hatch=".." if tied else None)
            label = share_text(r) + (f"　其中{r.unknown}项缺少数据或数据无效" if r.unknown else "")
            ax.text(r.share + 0.01, y, label, va="center", ha="left", fontsize=9, color=TEXT)
            right = max(right, r.share + 0.03 + 0.0095 * text_width(label))  # ≈ 9 pt on a 7-inch axis
            ticks.append(y)
            place = f"第{r.rank}名" + (TIED if tied else "")
            name = r.entry.government if several else r.entry.label
            labels.append(f"{name}　{place}")
            y += 1
        loose = [r.entry.label for r in ranks if r.rank is None]
        if loose:
            ax.text(0.0, y - 0.1, _wrap("无应判定指标、不参加排名：" + "、".join(loose), 60), va="top", ha="left",
                    fontsize=9, color="#555555", style="italic")
            y += 1 + 0.6 * (_wrap("、".join(loose), 60).count("\n"))
        y += 0.4
    if not groups or not any(ranks for _, ranks in groups):
        ax.text(0.5, 0.5, "没有可比较的政府", ha="center", va="center", fontsize=13, color=TEXT,
                transform=ax.transAxes)
    ax.set_yticks(ticks, labels, fontsize=9.5)
    ax.set_ylim(max(y - 0.4, 1), -0.8)
    ax.set_xlim(0, right)
    ax.set_xticks([0, 0.2, 0.4, 0.6, 0.8, 1.0], ["0", "20%", "40%", "60%", "80%", "100%"])
    ax.axvline(1.0, color="#999999", linewidth=0.8, linestyle=":")
    ax.grid(axis="x", color="#E4E4E4", linewidth=0.6)
    ax.set_axisbelow(True)
    ax.set_xlabel("达标率")
    if any(r.tied for _, ranks in groups for r in ranks):
        from matplotlib.patches import Patch

        fig.legend(handles=[Patch(facecolor=BAR, edgecolor=EDGE, label="单独名次"),
                            Patch(facecolor="#8FA9D6", edgecolor=EDGE, hatch="..", label="并列名次")],
                   loc="outside lower center", ncols=2, fontsize=9, frameon=False)


def trend_height(governments: int) -> float:
    """Room for the legend: four names a row, below the plot (the verdict shapes take a row or so)."""
    return 5.0 + 0.27 * -(-(governments + 3) // 4)


MARKERS = {Verdict.PASS: "o", Verdict.FAIL: "X", Verdict.REVIEW: "D"}


def _trend(fig: Any, comparison: Comparison, ind: IndicatorInfo) -> None:
    from matplotlib.lines import Line2D
    from matplotlib.ticker import MaxNLocator

    ax = fig.add_subplot()
    fig.suptitle(f"{ind.name}：历年变化", fontsize=14, color=TEXT)
    values: list[float] = []
    handles = []
    drawn = [(g, [(y, _point(c), c) for y, c in comparison.series(ind.id, g)]) for g in comparison.governments]
    drawn = [(k, g, pts) for k, (g, pts) in enumerate(drawn) if any(v is not None for _, v, _ in pts)]
    years = sorted({y for _, _, pts in drawn for y, v, _ in pts if v is not None})
    first, last = years[0], years[-1]
    gap = False
    shown: set[Verdict] = set()
    for n, (k, g, pts) in enumerate(drawn):
        colour = GOV_COLOURS[k % len(GOV_COLOURS)]
        style = LINE_STYLES[(k // len(GOV_COLOURS)) % len(LINE_STYLES)]
        # governments side by side around each year, so that equal figures stay visible
        dx = (n - (len(drawn) - 1) / 2) * min(0.035, 0.5 / len(drawn))
        by_year = {y: (v, c) for y, v, c in pts}
        xs = [y + dx for y in range(first, last + 1)]
        ys = [by_year[y][0] if y in by_year and by_year[y][0] is not None else float("nan")
              for y in range(first, last + 1)]  # a year without a figure breaks the line
        gap |= any(y in by_year and by_year[y][0] is None for y in range(first, last + 1))
        values += [v for v in ys if v == v]
        ax.plot(xs, ys, color=colour, linestyle=style, linewidth=1.8, zorder=3)
        for y, (v, c) in sorted(by_year.items()):
            if v is not None:
                shown.add(c.effective)
                ax.plot([y + dx], [v], marker=MARKERS.get(c.effective, "s"), markersize=9, color=colour,
                        markeredgecolor="white", markeredgewidth=0.8, linestyle="none", zorder=4, clip_on=False)
        handles.append(Line2D([], [], color=colour, linestyle=style, linewidth=1.8, label=g))
    goal = ind.threshold
    if goal is not None:
        values.append(goal)
        ax.axhline(goal, color="#333333", linewidth=1.3, linestyle="--", zorder=2)
    lo, hi = min(values), max(values)
    span = (hi - lo) or max(abs(hi), 1.0) * 0.1
    ax.set_ylim(lo - span * 0.15, hi + span * 0.22)
    if goal is not None:
        ax.text(1.0, goal, f" 目标 {ind.target}", transform=ax.get_yaxis_transform(), ha="left", va="center",
                fontsize=9.5, color="#333333")
    ax.set_xlim(first - 0.35, last + 0.35)
    ax.set_xticks(list(range(first, last + 1)), [f"{y}年" for y in range(first, last + 1)])
    ax.yaxis.set_major_locator(MaxNLocator(nbins=8))
    ax.set_ylabel(f"实际值（{ind.unit}）" if ind.unit else "实际值")
    ax.grid(axis="y", color="#E4E4E4", linewidth=0.6)
    ax.set_axisbelow(True)
    sub = ("每条线为一个政府，同一年度的点左右错开，以免数值相同时互相遮挡；点的形状表示当年结论。\n"
           "按人员或单位考核的指标，实际值为最差的一人或一个单位（与计分表相同）")
    sub += "；缺少数据或数据无效的年度不画点，线在该处断开。" if gap else "。"
    ax.set_title(sub, fontsize=9, color="#555555", loc="left", linespacing=1.5)
    shapes = [Line2D([], [], marker=MARKERS.get(v, "s"), color=EDGE, markeredgecolor="white", linestyle="none",
                     markersize=8, label=v.label) for v in Verdict if v in shown]
    fig.legend(handles=handles + shapes, loc="outside lower center", ncols=min(len(handles) + 2, 4),
               fontsize=9, frameon=False)


def capped(comparison: Comparison) -> Comparison:
    """At most HEATMAP_MAX entries for the pictures: beyond, the newest year's best and worst."""
    if len(comparison.entries) <= HEATMAP_MAX:
        return comparison
    _, best, worst = summary_rows(comparison)
    return Comparison(comparison.indicators, tuple(r.entry for r in best + worst))


def write_comparison_charts(comparison: Comparison, directory: Path, stem: str) -> list[Path]:
    """Draw the comparison's charts into `directory` as <stem>_<name>.png; paths in chart_names order."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import rc_context
    from matplotlib.figure import Figure

    prepare_dir(directory)
    comparison = capped(comparison)
    trends = trend_indicators(comparison) if len(comparison.governments) <= len(GOV_COLOURS) else []
    out: list[Path] = []
    with rc_context(chart_style()):
        for name in chart_names(comparison)[:2 + len(trends)]:
            if name == "heatmap":
                size = heatmap_size(len(comparison.entries), len(judged_indicators(comparison)))
                fig = Figure(figsize=size, dpi=DPI, layout="constrained")
                _heatmap(fig, comparison)
            elif name == "ranking":
                _, rows, loose = _ranking_layout(comparison)
                groups = len(rankings(comparison))
                fig = Figure(figsize=(WIDTH_IN, ranking_height(rows, groups if groups > 1 else 0, loose)), dpi=DPI,
                             layout="constrained")
                _ranking(fig, comparison)
            else:
                ind = trends.pop(0)
                drawn = sum(1 for g in comparison.governments
                            if any(_point(c) is not None for _, c in comparison.series(ind.id, g)))
                fig = Figure(figsize=(WIDTH_IN, trend_height(drawn)), dpi=DPI, layout="constrained")
                _trend(fig, comparison, ind)
            out.append(save_figure(fig, directory / f"{stem}_{name}.png"))
    return out
