"""`catalogue draft` on the seed plans: every target of DOMAIN.md's table is proposed with the
right threshold, period and article, every quote is cut from the plan, and the differences from
the hand-made catalogue are exactly the ones listed here."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import CATALOGUE

from checker.draft import Draft, draft_plan
from checker.draft.differences import compare
from checker.model import Operator, Period, Target

SEEDS = Path(__file__).resolve().parent.parent / "indicators" / "sources"
PLANS = {
    "putuo-2021-2025": "putuo-2021-2025.txt",
    "zhangye-2021-2025": "zhangye-2021-2025.txt",
    "yangpu-2021-2025": "yangpu-2021-2025.txt",
}


def at_least(value: float, unit: str) -> Target:
    return Target(Operator.AT_LEAST, float(value), None, unit)


def by(date: str) -> Target:
    return Target(Operator.BY_DATE, date)


DONE = Target(Operator.IS_TRUE)

# DOMAIN.md "Targets the seeds state": (indicator, article, target, period) per plan.
EXPECTED = {
    "putuo-2021-2025": [
        ("enforcement_training_hours", "（三十五）", at_least(60, "学时"), Period.YEAR),
        ("leadership_law_lectures", "（三十四）", at_least(2, "期"), Period.YEAR),
        ("head_offjob_training", "（三十四）", at_least(1, "次"), Period.TERM),
        ("court_appearance_rate", "（二十四）", at_least(100, "%"), Period.YEAR),
        ("major_decision_catalogue_published", "（十一）", DONE, Period.YEAR),
        ("reconsideration_decisions_online", "（二十三）", DONE, Period.YEAR),
        ("no_fine_quotas", "（二十七）", DONE, Period.YEAR),
        ("leaders_report_on_rule_of_law", "（三十三）", DONE, Period.YEAR),
        ("enforcement_supervision_system", "（二十七）", by("2024-12-31"), Period.DEADLINE),
        ("unified_enforcement_system", "（三十二）", by("2022-09-30"), Period.DEADLINE),
    ],
    "zhangye-2021-2025": [
        ("enforcement_training_hours", "（三十八）", at_least(60, "学时"), Period.YEAR),
        ("leadership_law_lectures", "（三十七）", at_least(2, "期"), Period.YEAR),
        ("head_offjob_training", "（三十七）", at_least(1, "次"), Period.TERM),
        ("court_appearance_rate", "（二十六）", at_least(100, "%"), Period.YEAR),
        ("major_decision_catalogue_published", "（十四）", DONE, Period.YEAR),
        ("normative_doc_filing_rate", "（十二）", at_least(100, "%"), Period.YEAR),
        ("reconsideration_decisions_online", "（二十五）", DONE, Period.YEAR),
        ("annual_report_published", "（三十六）", DONE, Period.YEAR),
        ("no_fine_quotas", "（二十九）", DONE, Period.YEAR),
        ("enforcement_supervision_system", "（二十九）", by("2024-12-31"), Period.DEADLINE),
        ("reconsideration_system_reform", "（二十五）", by("2022-12-31"), Period.DEADLINE),
        ("provincial_platform_data_link", "（三十四）", by("2022-12-31"), Period.DEADLINE),
        ("grassroots_openness_standards", "（三十）", by("2023-12-31"), Period.DEADLINE),
        ("rule_of_law_inspection_coverage", "（三十六）", by("2024-12-31"), Period.DEADLINE),
    ],
    "yangpu-2021-2025": [
        ("court_appearance_rate", "四.（四）5", at_least(100, "%"), Period.YEAR),
        ("major_decision_catalogue_published", "四.（四）2", DONE, Period.YEAR),
        ("department_inspection_coverage", "四.（四）5", by("2025-12-31"), Period.DEADLINE),
    ],
}

# What the draft proposes beyond, or differently from, the hand-made catalogue (kind, indicator).
# New drafts are counted, not named one by one: their ids follow the article numbers.
DIFFERENCES = {
    "putuo-2021-2025": ({("extra", "reconsideration_system_reform")}, 6),
    "zhangye-2021-2025": ({("extra", "leaders_report_on_rule_of_law")}, 12),
    "yangpu-2021-2025": ({("extra", "enforcement_supervision_system")}, 6),
}


@pytest.fixture(scope="module", params=list(PLANS))
def seed(request: pytest.FixtureRequest) -> tuple[str, Draft]:
    plan = request.param
    return plan, draft_plan(SEEDS / PLANS[plan], "new-" + plan.split("-")[0], CATALOGUE)


def test_every_domain_target_is_proposed(seed: tuple[str, Draft]) -> None:
    plan, draft = seed
    by_id = {p.id: p for p in draft.proposals}
    for ind_id, article, target, period in EXPECTED[plan]:
        assert ind_id in by_id, f"{plan}: {ind_id} not proposed"
        p = by_id[ind_id]
        assert (p.candidate.article, p.target, p.period) == (article, target, period), ind_id
        assert not p.draft and p.confidence in ("high", "medium")


def test_quotes_are_cut_from_the_plan(seed: tuple[str, Draft]) -> None:
    plan, draft = seed
    text = (SEEDS / PLANS[plan]).read_text(encoding="utf-8")
    assert draft.proposals
    for p in draft.proposals:
        assert p.candidate.quote in text
        assert p.candidate.quote == p.candidate.quote.strip()
    for s in draft.skipped:
        assert s.quote in text


def test_matched_clause_is_the_catalogues_clause(seed: tuple[str, Draft]) -> None:
    plan, draft = seed
    by_id = {p.id: p for p in draft.proposals}
    for ind_id, *_ in EXPECTED[plan]:
        hand = [s.quote for s in CATALOGUE.get(ind_id).sources if s.document == plan]
        mine = by_id[ind_id].candidate.quote
        assert any(h in mine or mine in h for h in hand), (ind_id, mine, hand)


def test_differences_from_the_hand_made_catalogue(seed: tuple[str, Draft]) -> None:
    plan, draft = seed
    diffs = compare(draft, CATALOGUE, plan)
    named = {(d.kind, d.indicator) for d in diffs if d.kind != "new"}
    expected_named, new_drafts = DIFFERENCES[plan]
    assert named == expected_named
    assert sum(d.kind == "new" for d in diffs) == new_drafts
    assert not any(d.kind in ("missing", "target", "article") for d in diffs)


def test_qualitative_goals_are_skipped_with_a_reason(seed: tuple[str, Draft]) -> None:
    plan, draft = seed
    proposed = {p.candidate.quote for p in draft.proposals}
    for s in draft.skipped:
        assert s.quote not in proposed and s.reason
    if plan == "putuo-2021-2025":
        goal = next(s for s in draft.skipped if s.quote.startswith("2025年,普陀法治政府建设实现更高水平发展"))
        assert "定性目标" in goal.reason and "日益健全" in goal.reason
    if plan == "yangpu-2021-2025":  # 十三五 achievements are a review, not targets
        assert not any(p.candidate.article.startswith("一.") for p in draft.proposals)


def test_plan_metadata(seed: tuple[str, Draft]) -> None:
    plan, draft = seed
    assert (draft.plan.start, draft.plan.end) == (2021, 2025)
    assert draft.plan.government == {"putuo-2021-2025": "普陀区", "zhangye-2021-2025": "张掖市",
                                     "yangpu-2021-2025": "杨浦区"}[plan]
