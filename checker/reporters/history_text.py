"""The history database as the examiner reads it: runs, and one indicator over runs."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Sequence

from ..history import IndicatorRow, RunRow
from .terminal import MIN_WIDTH, columns, ordered_counts, wrap


def render_runs(rows: Sequence[RunRow], fmt: str = "table", total: int = 100) -> str:
    """Runs one per row, fitted to `total` columns: names, files and counts wrap inside their column."""
    if fmt == "json":
        return json.dumps([asdict(r) for r in rows], ensure_ascii=False, indent=2)
    if not rows:
        return "历史数据库中还没有核查记录"
    total = max(MIN_WIDTH, total)
    when = 17 if total >= 100 else 11  # date and time, or the date alone on a narrow terminal
    rest = total - 5 - when - 6 - 5
    gov = max(22, rest * 3 // 10)  # a district government's name (10 characters) on one line
    src = max(12, rest * 2 // 10)
    widths = [5, when, gov, 6, src, 5, rest - gov - src]
    lines = columns(["编号", "时间", "政府（单位）", "年度", "来源文件", "审查", "结论"], widths)
    for row in rows:
        verdicts = " ".join(f"{label}{n}" for label, n in ordered_counts(row.counts))
        lines += columns([str(row.id), row.made_at[:when - 1], row.government, str(row.year or "—"),
                          row.source.rsplit("/", 1)[-1], str(row.reviews), verdicts], widths)
    return "\n".join(lines)


def render_indicator(indicator: str, rows: Sequence[IndicatorRow], fmt: str = "table", name: str = "",
                     total: int = 100) -> str:
    """One indicator over the runs, fitted to `total` columns; the review note on its own line."""
    if fmt == "json":
        return json.dumps([{**asdict(r), "verdict": r.verdict.value, "final": r.final.value if r.final else None}
                           for r in rows], ensure_ascii=False, indent=2)
    total = max(MIN_WIDTH, total)
    widths = [5, 17, total - 5 - 17 - 6 - 16 - 11 - 11, 6, 16, 11, 11]
    lines = [f"「{name or indicator}」的历次核查", ""]
    lines += columns(["编号", "时间", "政府（单位）", "年度", "实际值", "计算结论", "审查结论"], widths)
    for r in rows:
        lines += columns([str(r.run_id), r.made_at[:16], r.government, str(r.year or "—"), r.display, r.verdict.label,
                          r.final.label if r.final else "—"], widths)
        if r.reason:
            lines += ["      审查意见：" + p if k == 0 else "      " + p for k, p in enumerate(wrap(r.reason, total - 20))]
    return "\n".join(lines)
