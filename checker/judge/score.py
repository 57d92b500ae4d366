"""Counting verdicts: the final verdict after review, the pass share and the coverage.

Each rule lives here once and every reporter, the comparison and the history use it:
- the final verdict is the examiner's reviewed verdict where there is one, else the computed one;
- 达标率 = 达标 ÷ 已判定 (达标 + 未达标): a target with no usable figure (缺少数据/未提及,
  数据无效, 需人工审查) is counted apart, never as failed and never as met;
- coverage = 已判定 ÷ 应判定 (every target that applies: all but 不适用 and 仅展示);
- no share is computed for a run whose year is unknown (its annual targets were not judged);
- percentages are rounded half up (四舍五入) to one decimal, everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Iterable, Mapping

from ..model import Run, Verdict, tally

VERDICT_ORDER: tuple[Verdict, ...] = tuple(Verdict)  # the order of every listing of verdicts
NOT_JUDGED = frozenset({Verdict.INFO, Verdict.NOT_APPLICABLE})
NO_FIGURE = (Verdict.MISSING, Verdict.INVALID, Verdict.REVIEW)
MIN_COVERAGE = Fraction(1, 2)  # below this a government is listed apart in a comparison, unranked


def final_verdict(computed: Verdict, reviewed: Verdict | None) -> Verdict:
    """The verdict that stands: the examiner's where they reviewed it, else the computed one."""
    return reviewed if reviewed is not None else computed


def percent_text(x: Fraction | float | None, digits: int = 1) -> str:
    """0.5625 -> 56.3% (四舍五入, the same in terminal, workbook, JSON text and comparison)."""
    if x is None:
        return "—"
    q = Decimal(1).scaleb(-digits)
    d = (Decimal(x.numerator) / Decimal(x.denominator) if isinstance(x, Fraction) else Decimal(str(x))) * 100
    return f"{d.quantize(q, rounding=ROUND_HALF_UP)}%"


def rounded(x: Fraction | float | None, digits: int = 4) -> float | None:
    """A share as a number for JSON and cells, rounded half up like its text."""
    if x is None:
        return None
    d = Decimal(x.numerator) / Decimal(x.denominator) if isinstance(x, Fraction) else Decimal(str(x))
    return float(d.quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP))


@dataclass(frozen=True)
class Score:
    counts: Mapping[Verdict, int]
    year_known: bool = True

    def __getitem__(self, v: Verdict) -> int:
        return self.counts.get(v, 0)

    @property
    def passed(self) -> int:
        return self[Verdict.PASS]

    @property
    def judged(self) -> int:
        """Targets with a usable figure and a verdict on it: 达标 + 未达标."""
        return self[Verdict.PASS] + self[Verdict.FAIL]

    @property
    def applicable(self) -> int:
        """Targets that apply to this government and year: 应判定."""
        return sum(n for v, n in self.counts.items() if v not in NOT_JUDGED)

    @property
    def unjudged(self) -> int:
        return sum(self[v] for v in NO_FIGURE)

    @property
    def share(self) -> Fraction | None:
        if not self.year_known or not self.judged:
            return None
        return Fraction(self.passed, self.judged)

    @property
    def coverage(self) -> Fraction | None:
        return Fraction(self.judged, self.applicable) if self.applicable else None

    @property
    def rankable(self) -> bool:
        return self.share is not None and self.coverage is not None and self.coverage >= MIN_COVERAGE

    @property
    def unranked_reason(self) -> str:
        if not self.year_known:
            return "年度未知：按年度的目标未判定，不计达标率、不参与排名"
        if not self.judged:
            return "没有可判定的目标（均缺少数据、数据无效或需人工审查）"
        if not self.rankable:
            return (f"覆盖率 {percent_text(self.coverage)}（{self.judged}/{self.applicable}）低于一半："
                    "多数目标没有可用数字，单列、不参与排名")
        return ""

    def share_text(self) -> str:
        if self.share is None:
            return "—（年度未知，不计）" if not self.year_known else "—"
        return f"{percent_text(self.share)}（{self.passed}/{self.judged}）"

    def coverage_text(self) -> str:
        return f"{percent_text(self.coverage)}（{self.judged}/{self.applicable}）" if self.coverage is not None else "—"

    def headline(self) -> str:
        """达标 4 / 已判定 6（达标率 66.7%）；另有 缺少数据 8、数据无效 1 未判定；覆盖率 6/15."""
        apart = "、".join(f"{v.label} {self[v]}" for v in NO_FIGURE if self[v])
        text = f"达标 {self.passed} / 已判定 {self.judged}（达标率 {self.share_text()}）"
        if apart:
            text += f"；另有 {apart} 项未判定"
        return text + f"；应判定 {self.applicable} 项，覆盖率 {self.coverage_text()}"


def score(verdicts: Iterable[Verdict], *, year_known: bool = True) -> Score:
    return Score(tally(verdicts), year_known)


def run_score(run: "Run", finals: Mapping[str, Verdict] | None = None) -> Score:
    """The score of a run (on its final verdicts when a review gives them): no share without a year."""
    verdicts = [final_verdict(r.verdict, (finals or {}).get(r.indicator.id)) for r in run.results]
    return score(verdicts, year_known=run.year is not None)
