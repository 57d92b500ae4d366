"""A readable terminal summary: one row per indicator and one line of totals."""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Mapping

from ..judge.score import run_score
from ..model import Result, Run, TableMapping, Verdict, target_text

ORDER = [Verdict.FAIL, Verdict.INVALID, Verdict.REVIEW, Verdict.MISSING, Verdict.PASS,
         Verdict.NOT_APPLICABLE, Verdict.INFO]
MARKS = {
    Verdict.PASS: "✔ 达标", Verdict.FAIL: "✘ 未达标", Verdict.MISSING: "？缺少数据",
    Verdict.INVALID: "！数据无效", Verdict.REVIEW: "？需人工审查", Verdict.NOT_APPLICABLE: "－ 不适用",
    Verdict.INFO: "· 仅展示",
}
MAX_ISSUES_SHOWN = 15


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, cells: int) -> str:
    """`text` in a column `cells` wide, always followed by at least one space (cut with … if need be)."""
    if width(text) >= cells:
        out = ""
        for ch in text:
            if width(out + ch) > cells - 2:
                break
            out += ch
        text = out + "…"
    return text + " " * (cells - width(text))


def _target(r: Result) -> str:
    return target_text(r.indicator.target, compact=True)


def _gap(r: Result) -> str:
    if r.gap is None or r.verdict in (Verdict.INFO, Verdict.NOT_APPLICABLE):
        return ""
    if r.indicator.period.value == "deadline":
        return f"逾期{r.gap:g}天" if r.gap > 0 else ""
    return f"{r.gap:+.2f}".rstrip("0").rstrip(".")


def ordered_counts(counts: Mapping[str, int]) -> list[tuple[str, int]]:
    """(verdict label, count) in the verdicts' own order, from counts keyed by verdict value."""
    order = [v.value for v in Verdict]
    return [(Verdict(k).label, n) for k, n in sorted(counts.items(), key=lambda kv: order.index(kv[0]))]


def is_standard(m: TableMapping) -> bool:
    """The table sits where the template puts it, under the template's own headers."""
    return m.sheet == m.title and m.source == "auto" and all(c.factor == 1 for c in m.columns) and m.score == 1


def describe(m: TableMapping) -> str:
    cols = "、".join(f"{c.key}={c.letter}「{c.header}」" + (f"×{c.factor:g}" if c.factor != 1 else "") for c in m.columns)
    where = f"{m.sheet} 第{m.header_row}行表头，第{m.first_row}–{m.last_row}行共{m.rows}行" if m.header_row else m.sheet
    extra = (f"，合计行{m.totals}行未计入" if m.totals else "") + ("（按 --mapping）" if m.source == "mapping" else "")
    extra += f"，表头匹配度 {m.score:.2f}" if m.score < 1 else ""
    title = f"「{m.found_title}」" if m.found_title else ""
    return f"{m.title} ← {title}{where}{extra}：{cols}"


def mapping_lines(run: Run, verbose: bool = False) -> list[str]:
    if not verbose and all(is_standard(m) for m in run.mapping):
        return []
    return ["  " + describe(m) for m in run.mapping]


def render(run: Run, *, verbose: bool = False) -> str:
    lines = [
        f"法治政府建设指标核查　{run.government}　{run.period}",
        (f"来源：{run.source}（SHA-256 {run.sha256[:12]}…）" if run.sha256 else
         f"来源：{len(run.inputs)} 个文件（{'、'.join(f'{Path(f).name} {h[:12]}…' for f, h in run.inputs)}）")
        + f"　规划：{run.plan_name}",
        f"适用规划：{run.plan_note}" if run.plan_note else "",
        f"年度：{run.year_note}" if run.year_note else "",
        "",
        pad("指标", 40) + pad("结论", 14) + pad("实际", 26) + pad("目标", 12) + "差距",
        "─" * 100,
    ]
    results = sorted(run.results, key=lambda r: ORDER.index(r.verdict))
    for r in results:
        lines.append(pad(r.indicator.name, 40) + pad(MARKS[r.verdict], 14) + pad(r.display, 26)
                     + pad(_target(r), 12) + _gap(r))
        if verbose or r.verdict in (Verdict.FAIL, Verdict.INVALID, Verdict.REVIEW, Verdict.MISSING):
            lines.append("    " + r.summary)
    lines.append("─" * 100)
    lines.append(f"{run_score(run).headline()}；不适用 {run.counts()[Verdict.NOT_APPLICABLE]}，"
                 f"仅展示 {run.counts()[Verdict.INFO]}；数据问题 {len(run.data_issues)} 条")
    if run.reconciliation:
        lines += ["", "报告与报表核对："]
        for n in run.reconciliation:
            if verbose or n.agreement != "agree":
                quote = f"「{n.quote.text}」（{n.quote.location}）" if n.quote else ""
                lines.append(f"  {n.label}　{n.name}：报告 {n.claim}{quote}；报表 {n.computed}")
        agree = sum(1 for n in run.reconciliation if n.agreement == "agree")
        lines.append(f"  共核对 {len(run.reconciliation)} 项，一致 {agree} 项")
    mapping = mapping_lines(run, verbose)
    if mapping:
        lines += ["", "读取映射（表格 ← 工作表与列；有误可用 --mapping 指定）："] + mapping
    if run.data_issues:
        lines.append("")
        lines.append("数据问题：")
        shown = run.data_issues if verbose else run.data_issues[:MAX_ISSUES_SHOWN]
        for i in shown:
            lines.append(f"  {i.location}：{i.message}")
        if len(shown) < len(run.data_issues):
            lines.append(f"  ……另有 {len(run.data_issues) - len(shown)} 条，见计分表「数据问题」或 --verbose")
    return "\n".join(lines)
