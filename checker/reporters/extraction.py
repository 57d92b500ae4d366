"""Extracted figures as JSON (`checker extract --format json`) and as a terminal table."""

from __future__ import annotations

import json
from fractions import Fraction
from typing import Any

from ..figures.prose import Figure
from ..figures.report import Extraction
from .terminal import MIN_WIDTH, columns, pad, wrap


def number(value: Fraction | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value.denominator == 1 else float(value)


def flags(f: Figure, report_year: int | None = None) -> list[str]:
    out = []
    if f.placeholder:
        out.append("占位符")
    if f.negated:
        out.append("自述未达到" if not f.statement else "自述未落实")
    if f.requirement:
        out.append("要求/计划")
    if f.baseline:
        out.append("对比基数")
    if f.derived:
        out.append("根据报告数字计算")
    if f.period:
        out.append(f"期间{f.period}")
    if f.scope_kind in ("part", "unit"):
        out.append(f"范围：{f.scope}")
    elif f.scope_kind == "higher":
        out.append(f"上级政府：{f.scope}")
    elif f.scope_kind == "other":
        out.append(f"其他单位：{f.scope}")
    if f.qualifier:
        out.append(f"口径：{f.qualifier}")
    if f.year_text and f.year_text not in ("今年", "本年") and (f.year is None or f.year != report_year):
        out.append(f"年度：{f.year_text}")
    return out


def figure_dict(f: Figure) -> dict[str, Any]:
    return {
        "indicator": f.indicator, "name": f.name, "value": number(f.value), "unit": f.unit, "bound": f.bound,
        "placeholder": f.placeholder, "negated": f.negated, "period": f.period, "scope": f.scope,
        "quote": f.quote, "location": f.location,
        "text": f.text, "display": f.display, "statement": f.statement, "requirement": f.requirement,
        "baseline": f.baseline, "year": f.year, "year_text": f.year_text, "scope_kind": f.scope_kind,
        "everyone": f.everyone, "start": f.start, "end": f.end, "value_start": f.value_start,
        "value_end": f.value_end, "clause": f.clause, "count_of": f.count_of, "qualifier": f.qualifier,
        "derived": f.derived, "operands": list(f.operands),
    }


def extraction_dict(ex: Extraction) -> dict[str, Any]:
    return {
        "source": ex.document.path, "format": ex.document.kind, "encoding": ex.document.encoding,
        "government": ex.government, "year": ex.year, "year_source": ex.year_source,
        "figures": [figure_dict(f) for f in ex.figures],
    }


def render_json(ex: Extraction) -> str:
    return json.dumps(extraction_dict(ex), ensure_ascii=False, indent=2)


def marked_clause(f: Figure, limit: int = 70) -> str:
    """The clause around a figure with the figure's own words in 【】, cut to `limit` characters
    around them; a derived figure marks both counts."""
    clause = (f.clause or f.quote).replace("\t", "│")  # table rows: cells apart, on one line
    words = [w for w in (f.operands or (f.text,)) if w]
    spans = sorted((clause.find(w), clause.find(w) + len(w)) for w in words if w in clause)
    at = f.quote.find(f.clause) if f.clause else -1
    if not f.operands and at >= 0:  # the figure's own place, not an earlier look-alike (X件，受理X件)
        i = f.value_start - f.start - at
        if clause[i:i + len(f.text)] == f.text.replace("\t", "│"):
            spans = [(i, i + len(f.text))]
    if not spans:
        return clause if len(clause) <= limit else clause[:limit - 1] + "…"
    lo, hi = spans[0][0], spans[-1][1]
    start = max(0, min(lo - (limit - (hi - lo)) // 2, len(clause) - limit))
    end = min(len(clause), start + max(limit, hi - lo))
    out, pos = [], start
    for s, e in spans:
        if s < pos:
            continue
        out += [clause[pos:s], "【", clause[s:e], "】"]
        pos = e
    out.append(clause[pos:end])
    return ("…" if start > 0 else "") + "".join(out) + ("…" if end < len(clause) else "")


WIDE = 140  # wide enough for the clause on the figure's own line


KIND_LABELS = {"text": "文本", "docx": "Word", "pdf": "PDF", "html": "网页"}  # no wider than the kinds they name


def render_table(ex: Extraction, total: int = 160) -> str:
    """Figures in columns that never touch (cells wrap in their column). At WIDE columns and more
    the clause, with the figure's own words in 【】, ends the figure's line; on a narrower terminal
    it goes on its own wrapped line below."""
    doc = ex.document
    total = max(MIN_WIDTH, total)
    wide = total >= WIDE
    widths = [32, 16, 18, 12, 26] if wide else [30, 14, 14, 12, total - 70]
    head = "".join(pad(h, w) for h, w in zip(("指标", "数字", "原文数字", "位置", "说明"), widths))
    title = (f"报告数字摘录　{ex.government or '（未写明政府）'}　{f'{ex.year}年度' if ex.year else '未知年度'}"
             + (f"（年度据{ex.year_source}）" if ex.year and ex.year_source else ""))
    source = (f"来源：{doc.path}（{KIND_LABELS.get(doc.kind, '文件')}{'，' + doc.encoding.upper() if doc.encoding else ''}）"
              f"　共 {len(ex.figures)} 处")
    lines = [
        *wrap(title, total),
        *wrap(source, total),  # a long path wraps: the header fits the terminal like every row
        "",
        (head + "所在分句（【】内为读取的文字）") if wide else head.rstrip(),
        "─" * (WIDE if wide else total),
    ]
    for f in ex.figures:
        row = columns([f.name, f.display, f.text, f.location, "；".join(flags(f, ex.year))], widths)
        if wide:
            row[0] = pad(row[0], sum(widths)) + marked_clause(f)
            lines += row
        else:
            lines += row + ["    " + line for line in wrap(marked_clause(f), total - 4)]
    if not ex.figures:
        lines.append("（报告中没有找到指标目录中的任何数字）")
    return "\n".join(lines)
