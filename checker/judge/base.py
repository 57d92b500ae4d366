"""What every judgement shares: the context of the run, applicability, the result it builds.

`Judge` is the base of the table judge (checker.judge.workbook) and the prose judge
(checker.judge.prose): one constructor of Result, one wording of the target, one comparison
(checker.judge.comparators), one rule for what applies (checker.judge.plans) and for years.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any, Mapping

from ..model import (
    DataIssue, Evidence, Indicator, Operator, Period, Plan, Result, UnitResult, Verdict, number_text, target_text,
)
from .. import issues as codes
from .comparators import compare, frac
from .plans import PlanChoice, resolve


@dataclass(frozen=True)
class Previous:
    """The same government's figure of the year before, from the history database."""

    year: int
    value: float
    display: str
    source: str  # the file that run read


@dataclass(frozen=True)
class Context:
    year: int | None
    choice: PlanChoice
    plans: tuple[Plan, ...]  # every document of the catalogue
    file: str = ""
    previous: Mapping[str, Previous] = field(default_factory=dict)  # indicator id -> last year's figure
    year_problem: str = ""  # why the year is unknown or unusable ("" when it is known and in range)
    titles: Mapping[str, str] = field(default_factory=dict)  # standard table id -> its Chinese title


def fmt(x: Fraction | float | None) -> str:
    return number_text(float(x)) if x is not None else "—"


class Judge:
    """One indicator, resolved for this government's plan, judged in one context."""

    def __init__(self, ind: Indicator, ctx: Context) -> None:
        self.ind, self.ctx = ind, ctx
        self.file = ctx.file
        self.issues: tuple[DataIssue, ...] = ()
        t = ind.target
        self.rising = t is not None and t.operator is Operator.RISING
        self.previous = ctx.previous.get(ind.id) if self.rising else None
        if self.rising:
            self.threshold = frac(self.previous.value) if self.previous else None
            self.upper = Fraction(100) if t.unit == "%" else None  # a rate kept at 100 % is met
        else:
            self.threshold = frac(t.value) if t and isinstance(t.value, (int, float)) else None
            self.upper = frac(t.upper) if t and t.upper is not None else None
        self.unit = ind.display_unit

    @property
    def judged(self) -> bool:
        """There is a threshold to compare with (not informational, not a rising target without last year)."""
        return self.threshold is not None

    def table_title(self) -> str:
        table = self.ind.measure.table if self.ind.measure else ""
        return self.ctx.titles.get(table, table)

    def target_text(self) -> str:
        if self.rising and self.previous:
            return f"高于上年（{self.previous.year}年 {self.previous.display}）"
        return target_text(self.ind.target, self.unit, none="无目标值", done="已落实")

    def compare(self, value: Fraction, bound: str = "") -> bool | None:
        assert self.ind.target is not None and self.threshold is not None
        return compare(self.ind.target.operator, value, self.threshold, self.upper, bound)

    def ok(self, value: Fraction) -> bool:
        return bool(self.compare(value))

    def gap(self, value: Fraction | None) -> Fraction | None:
        return value - self.threshold if value is not None and self.threshold is not None else None

    def result(self, verdict: Verdict, summary: str, *, value: Any = None, display: str = "", gap: Any = None,
               evidence: tuple[Evidence, ...] = (), units: tuple[UnitResult, ...] = (),
               people: tuple[UnitResult, ...] = (), code: str = "") -> Result:
        shown_only = False  # an informational figure that is simply shown keeps no issue code
        if self.ind.informational and verdict not in (Verdict.NOT_APPLICABLE, Verdict.REVIEW):
            if verdict in (Verdict.MISSING, Verdict.INVALID) and not display:
                display = "未填报" if verdict is Verdict.MISSING else "数据无效"
            shown_only = verdict in (Verdict.INFO, Verdict.PASS, Verdict.FAIL)
            verdict = Verdict.INFO
        if self.rising and verdict is Verdict.INFO and not self.ind.informational:
            # a rising target with no figure of last year: shown, never passed or failed
            verdict, code = Verdict.REVIEW, codes.NO_BASELINE
            summary += "；目标为“高于上年”，但没有本政府上年的核查记录可比较，需人工审查"
        return Result(
            indicator=self.ind, verdict=verdict,
            value=float(value) if isinstance(value, Fraction) else value,
            display=display or (value if isinstance(value, str) else
                                f"{fmt(value)}{self.unit}" if value is not None else "—"),
            summary=summary, gap=float(gap) if gap is not None else None, evidence=evidence,
            units=units, people=people, issues=self.issues,
            code="" if verdict is Verdict.PASS or shown_only else code,
        )


def not_applicable(ind: Indicator, summary: str, code: str, *, keep_target: bool = False) -> Result:
    """A target that does not bind this government (no clause, no target) or not in this period."""
    import dataclasses

    shown = ind if keep_target else dataclasses.replace(ind, sources=(), target=None, basis="")
    return Result(indicator=shown, verdict=Verdict.NOT_APPLICABLE, value=None, display="—", summary=summary, code=code)


def applicable(ind: Indicator, ctx: Context) -> tuple[Indicator, Result | None]:
    """The indicator resolved for the applied plan, and the result when it cannot be judged at all."""
    resolved = resolve(ind, ctx.choice)
    if resolved is None:
        where = "适用的规划" if ctx.choice.plans else "全国性要求"
        return ind, not_applicable(ind, f"{where}未设此目标（{ctx.choice.note}）", codes.NOT_IN_PLAN)
    if resolved.informational:
        return resolved, None
    local = [p for p in ctx.plans if p.id in {s.document for s in resolved.sources if not s.national}]
    if ctx.year is not None and not ctx.year_problem and local and not any(p.start <= ctx.year <= p.end for p in local):
        spans = "、".join(f"{p.start}—{p.end}" for p in local)
        return resolved, not_applicable(resolved, f"报告年度 {ctx.year} 不在规划期（{spans}）内", codes.OUTSIDE_PLAN_PERIOD,
                                        keep_target=True)
    return resolved, None


def not_yet_due(j: Judge) -> Result | None:
    """A deadline after the report year has nothing to show yet: not applicable, whether stated or not."""
    import datetime as dt

    t = j.ind.target
    if t is None or t.operator is not Operator.BY_DATE or j.ctx.year is None or j.ctx.year_problem:
        return None
    deadline = dt.date.fromisoformat(str(t.value))
    if dt.date(j.ctx.year, 12, 31) >= deadline:
        return None
    return j.result(Verdict.NOT_APPLICABLE, f"截止日期 {deadline.isoformat()} 在报告年度之后，尚未到期；未填报或未提及不作缺少数据",
                    display="未到期", code=codes.NOT_DUE)


def unknown_year(j: Judge, r: Result) -> Result:
    """No usable year: a target judged per year or per term keeps its figure but gets no verdict."""
    if (not j.ctx.year_problem or j.ind.informational or j.ind.period not in (Period.YEAR, Period.TERM)
            or r.verdict not in (Verdict.PASS, Verdict.FAIL)):
        return r
    import dataclasses

    return dataclasses.replace(r, verdict=Verdict.REVIEW, code=codes.UNKNOWN_YEAR,
                               summary=f"{j.ctx.year_problem}：按年度判定的目标不作结论（{r.summary}）")
