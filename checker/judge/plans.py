"""Which plan governs the government being checked, and what each indicator asks under it.

A plan's deadlines and thresholds bind its own government only. By default the plan(s) of the
government named in the input apply (matched by name and period); with none matched, only the
targets the catalogue marks as national (a clause restating a national requirement). The choice
and its reason travel with the run so that every reporter can say it.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from ..errors import InputError
from ..model import Catalogue, Indicator, Plan

MATCHED, OPTION, FILE, NATIONAL = "matched", "option", "file", "national"

_UNIT = re.compile(r"(.+?(?:特别行政区|自治区|自治州|自治县|新区|省|市|区|县|旗))")
_TOP = re.compile(r"(省|自治区|特别行政区)$|^(北京市|上海市|天津市|重庆市)$")
_SUFFIXES = ("人民政府", "政府")


@dataclass(frozen=True)
class PlanChoice:
    plans: tuple[str, ...]  # local plan ids applied, in order of precedence
    how: str  # matched | option | file | national
    note: str  # one Chinese sentence: which plan applies and why

    @property
    def ids(self) -> str:
        return ",".join(self.plans) if self.plans else "national"


def admin_units(name: str) -> list[str]:
    """上海市普陀区人民政府 -> [上海市, 普陀区]: the administrative units a name starts with."""
    text = re.sub(r"\s+|（[^）]*）|\([^)]*\)", "", name or "")
    for s in _SUFFIXES:
        text = text.replace(s, "")
    out, pos = [], 0
    while pos < len(text):
        m = _UNIT.match(text, pos)
        if not m or len(m.group(1)) > 8:
            break
        out.append(m.group(1))
        pos = m.end()
    return out


def governs(plan: Plan, government: str) -> bool:
    """The plan's government is the named government or one above it (a city's plan binds its districts)."""
    return any(_governs(g, government) for g in plan.governments)


def _governs(plan_government: str, government: str) -> bool:
    mine, theirs = admin_units(plan_government), admin_units(government)
    if not mine or not theirs:
        return False
    if mine[-1] not in theirs:
        return False
    top_mine, top_theirs = [u for u in mine if _TOP.search(u)], [u for u in theirs if _TOP.search(u)]
    return not (top_mine and top_theirs) or set(top_theirs) <= set(mine)  # 北京市普陀区 is not 上海市普陀区


def plan_names(catalogue: Catalogue, ids: tuple[str, ...]) -> str:
    return "、".join(catalogue.plan(p).name for p in ids) if ids else "仅全国性要求（未适用任何地方规划）"


def parse_plan_option(catalogue: Catalogue, plan: str | None) -> tuple[str, ...]:
    """Plan ids (or names) given with --plan or in the workbook; unknown ones are a one-line error."""
    if plan in (None, ""):
        return ()
    known = {p.id: p.id for p in catalogue.plans if p.kind == "plan"} | \
        {p.name: p.id for p in catalogue.plans if p.kind == "plan"}
    asked = [p.strip() for p in re.split(r"[,，、]", str(plan)) if p.strip()]
    unknown = [a for a in asked if a not in known]
    if unknown:
        choices = "、".join(f"{p.id}（{p.name}）" for p in catalogue.plans if p.kind == "plan")
        raise InputError(f"目录中没有规划「{'、'.join(unknown)}」（可选：{choices}；用 `checker catalogue list` 查看）")
    return tuple(dict.fromkeys(known[a] for a in asked))


def choose_plans(catalogue: Catalogue, government: str, year: int | None, *, option: str | None = None,
                 stated: str | None = None) -> PlanChoice:
    """The plans that govern this check: --plan, else the workbook's own 适用规划, else by name."""
    n_national = sum(1 for i in catalogue.indicators if i.national)
    if option:
        ids = parse_plan_option(catalogue, option)
        return PlanChoice(ids, OPTION, f"按检查时指定的规划：{plan_names(catalogue, ids)}")
    if stated:
        ids = parse_plan_option(catalogue, stated)
        return PlanChoice(ids, FILE, f"按报表「基本信息」填写的适用规划：{plan_names(catalogue, ids)}")
    matched = tuple(p.id for p in catalogue.plans if p.kind == "plan" and governs(p, government)
                    and (year is None or p.start <= year <= p.end))
    if matched:
        return PlanChoice(matched, MATCHED, f"按政府名称「{government}」匹配：{plan_names(catalogue, matched)}")
    who = f"「{government}」" if government else "未写明的政府"
    return PlanChoice((), NATIONAL, f"目录中没有{who}{f'{year}年' if year else ''}适用的地方规划："
                                    f"只判定全国性要求（{n_national}项），不套用其他政府的规划")


def resolve(ind: Indicator, choice: PlanChoice) -> Indicator | None:
    """The indicator as it binds this government: the clauses of the applied plans (else the
    national clauses) and the target they set; None when nothing that applies sets it."""
    if ind.informational:  # shown, never judged: it cites only the applied plans' own documents
        return dataclasses.replace(ind, sources=tuple(s for s in ind.sources if s.document in choice.plans))
    order = {pid: i for i, pid in enumerate(choice.plans)}
    local = sorted((s for s in ind.sources if s.document in order), key=lambda s: order[s.document])
    chosen = local or [s for s in ind.sources if s.national]
    if not chosen:
        return None
    first = chosen[0]
    return dataclasses.replace(ind, sources=tuple(chosen), target=first.target or ind.target, basis=first.basis)
