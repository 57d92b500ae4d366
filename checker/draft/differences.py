"""What differs between a draft and the catalogue's hand-made entries for the same plan."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import InputError
from ..model import Catalogue
from . import Draft
from .match import target_text

KINDS = {
    "missing": "目录有、草稿未提出",
    "extra": "草稿提出、目录未按此规划设立",
    "new": "新指标草稿（目录无对应指标）",
    "target": "目标不同",
    "article": "条款不同",
}


@dataclass(frozen=True)
class Difference:
    kind: str  # missing | extra | new | target | article
    indicator: str
    draft: str  # the draft's side, "" when absent
    catalogue: str  # the catalogue's side, "" when absent

    @property
    def label(self) -> str:
        return KINDS[self.kind]


def compare(draft: Draft, catalogue: Catalogue, plan_id: str) -> list[Difference]:
    """Differences between the draft and the catalogue's indicators citing `plan_id`, by indicator id."""
    if plan_id not in {p.id for p in catalogue.plans}:
        raise InputError(f"对照的指标目录中没有规划 {plan_id}（可选：{'、'.join(p.id for p in catalogue.plans)}）")
    hand = {ind.id: ind for ind in catalogue.indicators
            if not ind.informational and plan_id in ind.plans}
    proposed = {p.id: p for p in draft.proposals}
    out: list[Difference] = []
    for ind_id, ind in hand.items():
        articles = [s.article for s in ind.sources if s.document == plan_id]
        p = proposed.get(ind_id)
        if p is None:
            out.append(Difference("missing", ind_id, "", f"{'、'.join(articles)} {target_text(ind.target)}"))
            continue
        if p.target != ind.target:
            out.append(Difference("target", ind_id, target_text(p.target), target_text(ind.target)))
        if p.candidate.article not in articles:
            out.append(Difference("article", ind_id, p.candidate.article, "、".join(articles)))
    for p in draft.proposals:
        if p.id in hand:
            continue
        kind = "new" if p.draft else "extra"
        out.append(Difference(kind, p.id, f"{p.candidate.article} {target_text(p.target)}", ""))
    return out


def render_differences(diffs: list[Difference], plan_id: str) -> str:
    if not diffs:
        return f"与目录中规划 {plan_id} 的指标一致。"
    lines = [f"与目录中规划 {plan_id} 的指标相比，有 {len(diffs)} 处不同："]
    for d in diffs:
        sides = "；".join(x for x in (f"草稿：{d.draft}" if d.draft else "", f"目录：{d.catalogue}" if d.catalogue else "") if x)
        lines.append(f"  {d.label}　{d.indicator}　{sides}")
    return "\n".join(lines)
