"""Terminal views of a draft: the proposals table and the skipped report."""

from __future__ import annotations

from ..reporters.terminal import pad
from . import Draft
from .match import CONFIDENCE_LABELS, target_text

QUOTE_CELLS = 44


def render_table(draft: Draft) -> str:
    m = draft.plan
    head = f"规划：{m.name}（{m.id}，{m.government or '政府未识别'}，{m.start}—{m.end}）"
    if draft.empty:
        return head + "\n未找到可量化的目标（数量、期限、全覆盖、禁止、定期），没有可提出的指标。"
    lines = [head, pad("条款", 14) + pad("条文", QUOTE_CELLS + 2) + pad("建议指标", 40) + pad("目标", 18) + "把握"]
    for p in draft.proposals:
        ident = p.id + ("（草稿）" if p.draft else "")
        lines.append(pad(p.candidate.article, 14) + pad(p.candidate.quote, QUOTE_CELLS) + "  " + pad(ident, 40)
                     + pad(target_text(p.target), 18) + CONFIDENCE_LABELS[p.confidence])
    matched = sum(not p.draft for p in draft.proposals)
    lines.append(f"共 {len(draft.proposals)} 项：对应已有指标 {matched} 项，新指标草稿 {len(draft.proposals) - matched} 项；"
                 f"未采用 {len(draft.skipped)} 句（--show-skipped 查看原因）")
    return "\n".join(lines)


def render_skipped(draft: Draft) -> str:
    lines = ["未采用的条文：", pad("条款", 14) + pad("条文", QUOTE_CELLS + 2) + "原因"]
    for s in draft.skipped:
        lines.append(pad(s.article, 14) + pad(s.quote, QUOTE_CELLS) + "  " + s.reason)
    if not draft.skipped:
        lines.append("（无）")
    return "\n".join(lines)
