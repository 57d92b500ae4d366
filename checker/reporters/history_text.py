"""The history database as the examiner reads it: runs, and one indicator over runs."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Sequence

from ..history import IndicatorRow, RunRow
from .terminal import ordered_counts, pad


def render_runs(rows: Sequence[RunRow], fmt: str = "table") -> str:
    if fmt == "json":
        return json.dumps([asdict(r) for r in rows], ensure_ascii=False, indent=2)
    if not rows:
        return "历史数据库中还没有核查记录"
    lines = [pad("编号", 6) + pad("时间", 21) + pad("政府（单位）", 24) + pad("年度", 8) + pad("来源文件", 28)
             + pad("审查", 6) + "结论"]
    for row in rows:
        verdicts = " ".join(f"{label}{n}" for label, n in ordered_counts(row.counts))
        lines.append(pad(str(row.id), 6) + pad(row.made_at, 21) + pad(row.government, 24)
                     + pad(str(row.year or "—"), 8) + pad(row.source.rsplit("/", 1)[-1], 28)
                     + pad(str(row.reviews), 6) + verdicts)
    return "\n".join(lines)


def render_indicator(indicator: str, rows: Sequence[IndicatorRow], fmt: str = "table") -> str:
    if fmt == "json":
        return json.dumps([{**asdict(r), "verdict": r.verdict.value, "final": r.final.value if r.final else None}
                           for r in rows], ensure_ascii=False, indent=2)
    lines = [f"指标 {indicator} 的历次核查", "",
             pad("编号", 6) + pad("时间", 21) + pad("政府（单位）", 24) + pad("年度", 8) + pad("实际值", 20)
             + pad("计算结论", 12) + pad("审查结论", 12) + "审查意见"]
    for r in rows:
        lines.append(pad(str(r.run_id), 6) + pad(r.made_at, 21) + pad(r.government, 24) + pad(str(r.year or "—"), 8)
                     + pad(r.display, 20) + pad(r.verdict.label, 12) + pad(r.final.label if r.final else "—", 12)
                     + r.reason)
    return "\n".join(lines)
