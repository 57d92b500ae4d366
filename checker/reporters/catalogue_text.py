"""Plain-text views of the catalogue (`checker catalogue list|show`)."""

from __future__ import annotations

from ..catalogue.workbook_schema import WorkbookSchema
from ..model import LEVEL_LABELS, PERIOD_LABELS, Catalogue, Indicator, Measure
from ..model import target_text as model_target_text
from .terminal import MIN_WIDTH, columns


def target_text(ind: Indicator) -> str:
    none = "待填写" if ind.draft and not ind.informational else "仅展示"
    return model_target_text(ind.target, none=none)


def render_list(cat: Catalogue, selected: frozenset[str] | None = None, total: int = 160) -> str:
    """The catalogue one indicator per row, fitted to `total` columns (cells wrap in their column)."""
    total = max(MIN_WIDTH, total)
    rest = total - 16 - 14
    widths = [rest * 3 // 10, rest * 4 // 10, 16, 14, rest - rest * 3 // 10 - rest * 4 // 10]
    lines = columns(["编号", "名称", "目标", "层级", "来源"], widths)
    count = 0
    shown_drafts = 0
    for ind in cat.indicators + cat.drafts:
        if selected and not ind.informational and not (ind.plans & selected):
            continue
        src = "；".join(f"{_plan(cat, s.document)} {s.article}" + ("（全国性）" if s.national else "")
                       + (f"（{model_target_text(s.target)}）" if s.target else "") for s in ind.sources)
        lines += columns([ind.id + ("（草稿）" if ind.draft else ""), ind.name, target_text(ind), _level_period(ind), src],
                         widths)
        shown_drafts += ind.draft
        count += 1
    tail = f"，其中草稿 {shown_drafts} 项（待确认，不参与判定）" if shown_drafts else ""
    lines.append(f"共 {count} 项{tail}；目录：{cat.directory}")
    return "\n".join(lines)


def _plan(cat: Catalogue, plan_id: str) -> str:
    try:
        return cat.plan(plan_id).name
    except KeyError:
        return plan_id


def _level_period(ind: Indicator) -> str:
    return (LEVEL_LABELS[ind.level] if ind.level else "？") + (PERIOD_LABELS[ind.period] if ind.period else "？")


MEASURE_KINDS = {"person_value": "逐人判定", "unit_ratio": "逐单位计算比例", "rate": "汇总计算比率", "count": "计数",
                 "boolean": "是否落实", "deadline": "是否按期完成", "value": "填报的数值"}
# The measure's column fields in the order they are read, with what each column is for.
MEASURE_FIELDS = (("value", "数值列"), ("numerator", "分子"), ("denominator", "分母"), ("reported", "核对用的填报值"),
                  ("date", "日期列"), ("due", "期限列"), ("group", "分组列"), ("label", "名称列"))


def measure_text(m: Measure | None, schema: WorkbookSchema | None) -> str:
    """How the figure is computed, in the words and headers of the standard workbook."""
    if m is None:
        return "待填写"
    parts = [MEASURE_KINDS.get(m.kind, "其他计算方式")]
    if schema is not None and schema.has(m.table):
        table = schema.table(m.table)
        where = f"取自「{table.sheet}」工作表" + ("中指标编号为本指标的一行" if table.keyed else "")
        parts.append(where)
        parts += [f"{label}「{table.column(getattr(m, key)).header}」" for key, label in MEASURE_FIELDS
                  if getattr(m, key) and table.has(getattr(m, key))]
    if m.percent:
        parts.append("以百分比表示")
    return "，".join(parts)


def render_one(cat: Catalogue, ind: Indicator, schema: WorkbookSchema | None = None) -> str:
    """One indicator in full; `schema` names the sheet and columns its figure is read from."""
    level = LEVEL_LABELS[ind.level] if ind.level else "待填写"
    period = PERIOD_LABELS[ind.period] if ind.period else "待填写"
    lines = [
        f"{ind.id}　{ind.name}",
        f"类别：{ind.category or '待填写'}　层级：{level}　周期：{period}"
        + ("　（参考指标，只展示不判定）" if ind.informational else "")
        + ("　（草稿：待确认，不参与判定）" if ind.draft else ""),
        ("默认目标（规划条文未另设目标时）：" if any(s.target for s in ind.sources) else "目标：") + target_text(ind),
        f"说明：{ind.description}",
        "计算：" + measure_text(ind.measure, schema),
        f"同义词：{'、'.join(ind.synonyms) or '—'}",
        f"定义文件：{ind.file}",
        "各规划的目标及其依据：",
    ]
    for s in ind.sources:
        plan = cat.plan(s.document)
        applies = (f"全国性要求（{s.national}），适用于所有政府" if s.national else
                   f"适用于{plan.government}（{plan.start}—{plan.end}年）" if plan.kind == "plan" else "出处")
        lines.append(f"  {plan.name} {s.article}　{applies}")
        if not ind.informational:
            lines.append(f"    目标：{model_target_text(s.target or ind.target, none='—')}")
        lines.append(f"    条文原文：「{s.quote}」")
        if s.basis:
            lines.append(f"    目标值依据（不是条文原文）：{s.basis}")
    return "\n".join(lines)
