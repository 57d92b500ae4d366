"""Plain-text views of the catalogue (`checker catalogue list|show`)."""

from __future__ import annotations

from ..model import LEVEL_LABELS, PERIOD_LABELS, Catalogue, Indicator, Operator
from .terminal import pad


def target_text(ind: Indicator) -> str:
    t = ind.target
    if t is None:
        return "仅展示"
    if t.operator is Operator.IS_TRUE:
        return "应落实"
    if t.operator is Operator.BY_DATE:
        return f"{t.value}前完成"
    if t.operator is Operator.BETWEEN:
        return f"{t.value:g}—{t.upper:g}{t.unit}"
    return f"{t.operator.symbol}{t.value:g}{t.unit}"


def render_list(cat: Catalogue, selected: frozenset[str] | None = None) -> str:
    lines = [pad("编号", 38) + pad("名称", 44) + pad("目标", 16) + pad("层级", 10) + "来源"]
    for ind in cat.indicators:
        if selected and not ind.informational and not (ind.plans & selected):
            continue
        src = "；".join(f"{s.document} {s.article}" for s in ind.sources)
        lines.append(pad(ind.id, 38) + pad(ind.name, 44) + pad(target_text(ind), 16)
                     + pad(LEVEL_LABELS[ind.level] + PERIOD_LABELS[ind.period], 10) + src)
    lines.append(f"共 {len(lines) - 1} 项；目录：{cat.directory}")
    return "\n".join(lines)


def render_one(cat: Catalogue, ind: Indicator) -> str:
    m = ind.measure
    how = {k: v for k, v in vars(m).items() if v not in (None, False)}
    lines = [
        f"{ind.id}　{ind.name}",
        f"类别：{ind.category}　层级：{LEVEL_LABELS[ind.level]}　周期：{PERIOD_LABELS[ind.period]}"
        + ("　（参考指标，只展示不判定）" if ind.informational else ""),
        f"目标：{target_text(ind)}",
        f"说明：{ind.description}",
        "计算：" + "，".join(f"{k}={v}" for k, v in how.items()),
        f"同义词：{'、'.join(ind.synonyms) or '—'}",
        f"定义文件：{ind.file}",
        "来源：",
    ]
    for s in ind.sources:
        plan = cat.plan(s.document)
        lines.append(f"  {plan.name} {s.article}")
        lines.append(f"    「{s.quote}」")
    return "\n".join(lines)
