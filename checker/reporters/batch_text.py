"""A batch of checks as the examiner reads it: one line per government and year, one per failure."""

from __future__ import annotations

import json

from ..batch import BatchOutcome
from .jsonout import run_dict
from .terminal import ordered_counts


def _counts(counts: dict[str, int]) -> str:
    return "，".join(f"{label} {n}" for label, n in ordered_counts(counts))


def render(outcome: BatchOutcome) -> str:
    lines = []
    for g in outcome.groups:
        names = "、".join(f.path.name for f in g.group.files)
        how = "、".join(sorted({f.identified_by for f in g.group.files if f.identified_by})) or "未能识别"
        if g.error:
            lines.append(f"✘ {g.group.label} ← {names}：{g.error}")
        else:
            lines.append(f"✔ {g.group.label} ← {names}（识别自：{how}）：{_counts(g.counts)}；计分表 {g.scorecard}")
    for path, error in outcome.failures:
        lines.append(f"✘ {path}：{error}")
    for path, why in outcome.skipped:
        lines.append(f"－ 跳过 {path}：{why}")
    ok = sum(1 for g in outcome.groups if not g.error)
    lines.append(f"共 {outcome.files_total} 个文件，分为 {len(outcome.groups)} 组（政府×年度），{ok} 组已检查；"
                 f"失败 {outcome.files_failed} 个文件")
    if outcome.comparison:
        lines.append(f"比较工作簿：{outcome.comparison}")
    return "\n".join(lines)


def render_json(outcome: BatchOutcome) -> str:
    doc = {
        "groups": [{"government": g.group.government, "year": g.group.year,
                    "files": [{"file": str(f.path), "kind": f.kind, "identified_by": f.identified_by}
                              for f in g.group.files],
                    "scorecard": str(g.scorecard) if g.scorecard else None, "run": g.uid, "counts": g.counts,
                    "error": g.error or None, "check": run_dict(g.run) if g.run is not None else None}
                   for g in outcome.groups],
        "failures": [{"file": str(p), "error": e} for p, e in outcome.failures],
        "skipped": [{"file": str(p), "reason": r} for p, r in outcome.skipped],
        "files_total": outcome.files_total, "files_failed": outcome.files_failed,
        "comparison": str(outcome.comparison) if outcome.comparison else None,
    }
    return json.dumps(doc, ensure_ascii=False, indent=2)
