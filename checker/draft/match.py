"""Match target sentences to catalogue indicators and turn each into a proposal.

An indicator is named in a sentence by its `synonyms` and its `extract.terms` (with the
extract block's `near` / `near_any` / `not_near`, as the extractor reads them). A rate's term
without its final 率 also names it (出庭应诉率 -> 出庭应诉: plans require the practice, reports
give its rate). Informational indicators set no target and are never matched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Catalogue, Indicator, Level, Measure, Operator, Period, Target
from ..model import target_text as model_target_text
from .targets import Candidate, Quantity

NUMERIC_KINDS = ("person_value", "unit_ratio", "rate", "count", "value")
HIGH, MEDIUM, LOW = "high", "medium", "low"
CONFIDENCE_LABELS = {HIGH: "高", MEDIUM: "中", LOW: "低"}
_RANK = {HIGH: 2, MEDIUM: 1, LOW: 0}


@dataclass(frozen=True)
class Term:
    text: str
    weight: int
    spec_checked: bool  # an extract term: the extract block's context words apply


@dataclass(frozen=True)
class Proposal:
    """One target proposed for the new plan: a plan-specific copy of a catalogue indicator, or a draft."""

    candidate: Candidate
    id: str
    name: str
    category: str
    level: Level | None
    period: Period | None
    measure: Measure | None
    target: Target | None
    confidence: str  # high | medium | low
    base: Indicator | None = None  # the catalogue indicator matched; None for a new draft
    term: str = ""  # the words that named it in the sentence
    notes: tuple[str, ...] = field(default=())

    @property
    def draft(self) -> bool:
        return self.base is None

    @property
    def differs_from_base(self) -> bool:
        return self.base is not None and self.base.target != self.target


@dataclass(frozen=True)
class Skipped:
    article: str
    quote: str
    reason: str
    start: int = 0


def indicator_terms(ind: Indicator) -> list[Term]:
    terms: dict[str, Term] = {}
    for t in ind.synonyms:
        terms[t] = Term(t, len(t), False)
    if ind.extract:
        for t in ind.extract.terms:
            terms.setdefault(t, Term(t, len(t), True))
    for t in list(terms.values()):
        if t.text.endswith("率") and len(t.text) >= 5:
            stem = t.text[:-1]
            terms.setdefault(stem, Term(stem, len(stem) - 1, t.spec_checked))
    return sorted(terms.values(), key=lambda t: -t.weight)


def _context_ok(ind: Indicator, sh: str) -> bool:
    spec = ind.extract
    if spec is None:
        return True
    return (all(w in sh for w in spec.near) and (not spec.near_any or any(w in sh for w in spec.near_any))
            and not any(w in sh for w in spec.not_near))


def compatible_quantity(ind: Indicator, c: Candidate) -> Quantity | None:
    if ind.measure is None or ind.measure.kind not in NUMERIC_KINDS or ind.target is None:
        return None
    units = {ind.target.unit} | set(ind.extract.units if ind.extract else ())
    for q in c.quantities:
        if q.unit in units:
            return q
    return None


def _form_fits(ind: Indicator, c: Candidate) -> bool:
    kind = ind.measure.kind if ind.measure else ""
    if kind in NUMERIC_KINDS:
        return compatible_quantity(ind, c) is not None
    if kind == "deadline":
        return c.deadline is not None
    return bool(c.bans or c.all_of or c.recurring or c.deadline)


def score(ind: Indicator, c: Candidate) -> tuple[int, str]:
    """How strongly the sentence names the indicator (0: not at all) and the words that did."""
    sh = c.shadow
    for t in indicator_terms(ind):
        if t.text in sh and (not t.spec_checked or _context_ok(ind, sh)):
            s = t.weight
            if ind.extract and ind.extract.near_any and any(w in sh for w in ind.extract.near_any):
                s += 2
            if _form_fits(ind, c):
                s += 5
            elif c.quantities and ind.measure and ind.measure.kind in NUMERIC_KINDS:
                s -= 3
            return max(s, 1), t.text
    return 0, ""


def best_match(catalogue: Catalogue, c: Candidate) -> tuple[Indicator | None, int, str]:
    best: tuple[Indicator | None, int, str] = (None, 0, "")
    for ind in catalogue.indicators:
        if ind.informational or ind.target is None:
            continue
        s, term = score(ind, c)
        if s > best[1]:
            best = (ind, s, term)
    return best


def target_text(t: Target | None) -> str:
    return model_target_text(t, none="待填写")


def propose_match(ind: Indicator, c: Candidate, term: str, plan_end: int | None = None) -> Proposal:
    assert ind.measure is not None and ind.target is not None
    kind = ind.measure.kind
    notes: list[str] = []
    target = ind.target
    confidence = MEDIUM
    if kind in NUMERIC_KINDS:
        q = compatible_quantity(ind, c)
        if q is not None:
            target = Target(Operator(q.operator), float(q.value), None, ind.target.unit or q.unit)
            confidence = HIGH
            if q.strict:
                notes.append(f"原文“{q.text}”为严格界限，按“{'不少于' if q.operator == 'at_least' else '不超过'}”处理")
        elif c.all_of and ind.target.operator is Operator.AT_LEAST and ind.target.value == 100 and ind.target.unit == "%":
            confidence = HIGH
            notes.append(f"“{c.all_of[0]}”即100%")
        else:
            notes.append("原文未写数值，沿用基础目录的目标值")
    elif kind == "deadline":
        if c.deadline is not None:
            target = Target(Operator.BY_DATE, c.deadline.date.isoformat())
            confidence = HIGH
        elif plan_end:
            target = Target(Operator.BY_DATE, f"{plan_end}-12-31")
            notes.append("原文未写期限，按规划期末")
        else:
            notes.append("原文未写期限，沿用基础目录的期限")
    elif c.bans or c.all_of or c.recurring or c.deadline:
        confidence = HIGH
    if c.skip:
        confidence = MEDIUM if confidence == HIGH else confidence
        notes.append(f"条文另有定性表述：{c.skip}")
    if target != ind.target:
        notes.append(f"与基础目录不同（基础目录：{target_text(ind.target)}）")
    return Proposal(c, ind.id, ind.name, ind.category, ind.level, ind.period, ind.measure, target, confidence,
                    ind, term, tuple(notes))


_ARTICLE_NUMBER = re.compile(r"[一二三四五六七八九十]+|\d+")


def article_slug(article: str) -> str:
    from ..figures.numerals import chinese_number

    parts = []
    for m in _ARTICLE_NUMBER.finditer(article):
        v = int(m.group(0)) if m.group(0).isdigit() else int(chinese_number(m.group(0)) or 0)
        parts.append(str(v))
    return "_".join(parts) or "0"


def _name(c: Candidate) -> str:
    words = [q.text for q in c.quantities] + ([c.deadline.text] if c.deadline else []) + list(
        c.bans + c.all_of + c.recurring)
    pos = min((c.quote.find(w) for w in words if w in c.quote), default=-1)
    if pos < 0:
        pos = min((c.shadow.find(w) for w in words if w in c.shadow), default=0)
    lo = max((c.shadow.rfind(p, 0, pos) for p in "，,；;"), default=-1) + 1
    his = [i for i in (c.shadow.find(p, pos) for p in "，,；;。") if i >= 0]
    hi = min(his) if his else len(c.quote)
    name = c.quote[lo:hi].strip()
    if len(name) < 6:  # a bare deadline clause: name it by the rest of the sentence
        name = c.quote.strip("。；;")
    return name[:40]


def propose_draft(c: Candidate, ident: str) -> Proposal:
    notes = ["新指标草稿：请核对名称、目标，补全计算方式（measure）后删除 draft: true"]
    measure: Measure | None = None
    target: Target | None = None
    level = {"person": Level.PERSON, "unit": Level.UNIT}.get(c.level, Level.GOVERNMENT)
    if c.term:
        period = Period.TERM
    elif c.recurring:
        period = Period.YEAR
    else:
        period = Period.PLAN
    if c.quantities:
        q = c.quantities[0]
        target = Target(Operator(q.operator), float(q.value), None, q.unit)
        if len(c.quantities) > 1:
            notes.append("条文有多个数字：" + "、".join(x.text for x in c.quantities))
    elif c.deadline is not None:
        measure = Measure(kind="deadline", table="commitments")
        target = Target(Operator.BY_DATE, c.deadline.date.isoformat())
        period = Period.DEADLINE
    else:
        measure = Measure(kind="boolean", table="commitments")
        target = Target(Operator.IS_TRUE)
    return Proposal(c, ident, _name(c), c.title or "待分类", level, period, measure, target, LOW, None, "",
                    tuple(notes))


def rank(p: Proposal) -> tuple[int, int, int]:
    return (_RANK[p.confidence], 0 if p.candidate.skip else 1, -p.candidate.start)


def propose(catalogue: Catalogue, candidates: list[Candidate], bare: list[Candidate],
            id_prefix: str, plan_end: int | None = None) -> tuple[list[Proposal], list[Skipped]]:
    """Proposals in text order, and what was skipped with the reason.

    `candidates` carry a target form or a qualitative goal; `bare` are the other sentences, which
    can still name a catalogue indicator (认真落实…出庭应诉制度 sets the catalogue's 100 % target).
    """
    by_start = {c.start: c for c in bare if not c.skip}
    by_start.update({c.start: c for c in candidates})
    matched: dict[str, list[tuple[Proposal, int]]] = {}
    loose: list[Candidate] = []
    skipped: list[Skipped] = []
    for c in sorted(by_start.values(), key=lambda x: x.start):
        hard_skip = bool(c.skip) and not c.skip.startswith("定性")
        ind, s, term = (None, 0, "") if hard_skip else best_match(catalogue, c)
        if ind is not None:
            matched.setdefault(ind.id, []).append((propose_match(ind, c, term, plan_end), s))
        elif c.is_target:
            loose.append(c)
        elif c.skip:
            skipped.append(Skipped(c.article, c.quote, c.skip, c.start))
    proposals: list[Proposal] = []
    for ind_id, options in matched.items():
        options.sort(key=lambda o: (rank(o[0]), o[1]), reverse=True)
        chosen = options[0][0]
        proposals.append(chosen)
        for other, _ in options[1:]:
            c = other.candidate
            if c.is_target:
                loose.append(c)
            else:
                why = c.skip + "；" if c.skip else ""
                skipped.append(Skipped(c.article, c.quote, f"{why}再次提到指标 {ind_id}，已按 {chosen.candidate.article} 的条文提出",
                                       c.start))
    counts: dict[str, int] = {}
    for c in sorted(loose, key=lambda x: x.start):
        slug = article_slug(c.article)
        counts[slug] = counts.get(slug, 0) + 1
        p = propose_draft(c, f"{id_prefix}_{slug}_{counts[slug]}")
        also = [i for i, opts in matched.items() if any(o[0].candidate.start == c.start for o in opts[1:])]
        if also:
            p = Proposal(**{**p.__dict__, "notes": p.notes + (f"也提到指标 {also[0]}",)})
        proposals.append(p)
    proposals.sort(key=lambda p: p.candidate.start)
    skipped.sort(key=lambda s: s.start)
    return proposals, skipped
