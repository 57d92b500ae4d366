"""Judge a report's figures against the catalogue: Extraction -> Run, like a workbook check.

Rules (see docs/extraction.md): a figure of another year, a comparison base, a rule or plan,
or one stated only for part of the organs is set aside and named; a placeholder is `invalid`;
an admitted shortfall is `fail`; mentions that disagree are `review`; a bound is judged only
when it settles the target either way.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from .workbook import Context, applicability
from ..model import DataIssue, Indicator, Level, Operator, Quote, Result, Run, Verdict, target_text
from ..figures.prose import Figure
from ..figures.report import Extraction


def _fmt(x: Fraction | float | None) -> str:
    if x is None:
        return "—"
    f = float(x)
    return str(int(f)) if f == int(f) else f"{f:.4f}".rstrip("0").rstrip(".")


def settles(op: Operator, target: Fraction, upper: Fraction | None, value: Fraction, bound: str) -> bool | None:
    """True: the stated figure meets the target whatever its true value; False: misses it; None: cannot tell."""
    hi = upper if upper is not None else target
    if op is Operator.AT_LEAST:
        if bound in ("", "at_least", "more_than"):
            if value >= target:
                return True
            return False if bound == "" else None
        if bound in ("at_most", "less_than"):
            return False if (value < target or (bound == "less_than" and value <= target)) else None
        return None
    if op is Operator.AT_MOST:
        if bound in ("", "at_most", "less_than"):
            if value <= target:
                return True
            return False if bound == "" else None
        if bound in ("at_least", "more_than"):
            return False if (value > target or (bound == "more_than" and value >= target)) else None
        return None
    if op in (Operator.EQUALS, Operator.BETWEEN):
        if bound == "":
            return target <= value <= hi
        return None
    return None


def _quote(fig: Figure, file: str) -> Quote:
    return Quote(file, fig.location, fig.quote)


def _where(fig: Figure) -> str:
    return f"{fig.location}「{fig.text}」"


class _Judge:
    def __init__(self, ind: Indicator, figures: list[Figure], ctx: Context) -> None:
        self.ind, self.ctx = ind, ctx
        self.file = ctx.file
        self.all = figures
        self.aside: list[tuple[Figure, str]] = []
        self.usable: list[Figure] = []
        for f in figures:
            why = self._set_aside(f)
            if why:
                self.aside.append((f, why))
            else:
                self.usable.append(f)
        t = ind.target
        self.threshold = Fraction(str(t.value)) if t and isinstance(t.value, (int, float)) else None
        self.upper = Fraction(str(t.upper)) if t and t.upper is not None else None
        self.unit = ind.display_unit

    def _set_aside(self, f: Figure) -> str:
        y = self.ctx.year
        if f.year is not None and y is not None and f.year != y:
            done_before = self.ind.measure.kind == "deadline" and f.year < y and not f.negated
            if not done_before:  # a one-off task done in an earlier year stays done
                return f"属于{f.year_text or f.year}，不是报告年度{y}年"
        if f.baseline:
            return "是对比的基数，不是本期数字"
        if f.requirement:
            return "是要求或计划，不是实际完成情况"
        if (self.ind.level is Level.GOVERNMENT and not self.ind.informational and f.scope_kind in ("part", "unit")
                and not f.statement and not f.negated):
            return f"只针对部分机关或单位（{f.scope}）"
        return ""

    def evidence(self, figs: list[Figure]) -> tuple[Quote, ...]:
        out, seen = [], set()
        for f in figs:
            q = _quote(f, self.file)
            if q not in seen:
                seen.add(q)
                out.append(q)
        return tuple(out)

    def target_text(self) -> str:
        return target_text(self.ind.target, self.unit, none="", done="已落实")

    def result(self, verdict: Verdict, summary: str, *, value=None, display: str = "", gap=None,
               evidence: tuple[Quote, ...] = (), code: str = "") -> Result:
        return Result(
            indicator=self.ind, verdict=verdict,
            value=float(value) if isinstance(value, Fraction) else value,
            display=display or (f"{_fmt(value)}{self.unit}" if isinstance(value, Fraction) else "—"),
            summary=summary, gap=float(gap) if gap is not None else None, evidence=evidence,
            code="" if verdict in (Verdict.PASS, Verdict.INFO) else code,
        )

    def nothing(self) -> Result:
        verdict = Verdict.INFO if self.ind.informational else Verdict.MISSING
        if self.aside:
            why = "；".join(f"{_where(f)}{reason}" for f, reason in self.aside[:5])
            what = "表述" if self.ind.extract and self.ind.extract.kind == "statement" else "数字"
            return self.result(verdict, f"报告未给出可用于判定的{what}：{why}", display="报告未给出",
                               evidence=self.evidence([f for f, _ in self.aside]), code="missing-value")
        return self.result(verdict, "报告未提及此项", display="报告未提及", code="missing-value")

    # --- numeric figures -------------------------------------------------------------------

    def numeric(self) -> Result:
        usable = self.usable
        if not usable:
            return self.nothing()
        numbers = [f for f in usable if f.value is not None]
        shortfalls = [f for f in usable if f.negated and f.value is None]
        placeholders = [f for f in usable if f.placeholder]
        distinct = sorted({(f.value, f.bound) for f in numbers}, key=lambda vb: (vb[0], vb[1]))
        if len(distinct) > 1:
            listed = "、".join(f"{f.display}（{f.location}）" for f in numbers)
            return self.result(Verdict.REVIEW, f"报告中此项有{len(distinct)}个不一致的数字：{listed}，请核实",
                               display=" / ".join(f.display for f in _unique(numbers)),
                               evidence=self.evidence(numbers), code="conflicting-figures")
        if numbers:
            return self._one_number(numbers, shortfalls + placeholders)
        if shortfalls:
            q = shortfalls[0]
            verdict = Verdict.INFO if self.ind.informational else Verdict.FAIL
            return self.result(verdict, f"报告自述未达到：「{q.quote}」", display="未达到（报告自述）",
                               evidence=self.evidence(shortfalls + placeholders), code="below-target")
        verdict = Verdict.INFO if self.ind.informational else Verdict.INVALID
        listed = "、".join(_where(f) for f in placeholders[:5])
        return self.result(verdict, f"报告中此项只有未填写的占位符：{listed}", display="占位符（未填写）",
                           evidence=self.evidence(placeholders), code="placeholder-value")

    def _one_number(self, numbers: list[Figure], others: list[Figure]) -> Result:
        f = numbers[0]
        value, bound = f.value, f.bound
        assert value is not None
        evidence = self.evidence(numbers + others)
        extra = ""
        if any(o.placeholder for o in others):
            extra = f"；另有{sum(1 for o in others if o.placeholder)}处占位符未填写"
        said = f"报告数字 {f.display}（{f.location}）" + (f"，期间为{f.period}" if f.period else "")
        if self.ind.informational:
            verdict = Verdict.INFO
            return self.result(verdict, said + extra, value=value, display=f.display, evidence=evidence)
        assert self.ind.target is not None and self.threshold is not None
        negated = f.negated or any(o.negated for o in others)
        if f.period:
            return self.result(Verdict.REVIEW, f"{said}，不是全年数字，无法判断全年是否{self.target_text()}{extra}",
                               value=value, display=f.display, evidence=evidence, code="partial-period")
        outcome = settles(self.ind.target.operator, self.threshold, self.upper, value, bound)
        gap = value - self.threshold if bound == "" else None
        if self.ind.level in (Level.PERSON, Level.UNIT) and outcome is True and not f.everyone:
            who = "每人" if self.ind.level is Level.PERSON else "每个单位"
            return self.result(Verdict.REVIEW, f"{said}，但未说明是否{who}都达到（目标按{who}判定）{extra}",
                               value=value, display=f.display, evidence=evidence, code="not-per-person")
        if outcome is True and negated:
            return self.result(Verdict.REVIEW, f"{said}达到{self.target_text()}，但同一处又自述未达到，请核实{extra}",
                               value=value, display=f.display, evidence=evidence, code="conflicting-figures")
        if outcome is True:
            how = "（按报告表述判定，未逐人核实）" if self.ind.level is not Level.GOVERNMENT else ""
            return self.result(Verdict.PASS, f"{said}，目标{self.target_text()}{how}{extra}", value=value,
                               display=f.display, gap=gap, evidence=evidence)
        if outcome is False:
            return self.result(Verdict.FAIL, f"{said}，未达到{self.target_text()}{extra}", value=value,
                               display=f.display, gap=gap, evidence=evidence, code="below-target")
        return self.result(Verdict.REVIEW, f"{said}只是一个范围，不能确定是否{self.target_text()}{extra}",
                           value=value, display=f.display, evidence=evidence, code="bound-inconclusive")

    # --- statements ------------------------------------------------------------------------

    def statement(self) -> Result:
        usable = self.usable
        if not usable:
            return self.nothing()
        done = [f for f in usable if not f.negated]
        undone = [f for f in usable if f.negated]
        if done and undone:
            return self.result(Verdict.REVIEW, f"报告中既说已落实（{done[0].location}）又说未落实（{undone[0].location}），请核实",
                               display="说法不一", evidence=self.evidence(done + undone), code="conflicting-figures")
        t = self.ind.target
        assert t is not None
        if t.operator is Operator.IS_TRUE:
            if done:
                return self.result(Verdict.PASS, f"报告称已落实：「{done[0].quote}」", value="是", display="是（报告自述）",
                                   evidence=self.evidence(done))
            return self.result(Verdict.FAIL, f"报告自述未落实：「{undone[0].quote}」", value="否", display="否（报告自述）",
                               evidence=self.evidence(undone), code="below-target")
        deadline = dt.date.fromisoformat(str(t.value))
        year = self.ctx.year
        if year is None:
            return self.result(Verdict.INVALID, "报告年度未知，无法判断是否按期（可用 --year 指定）",
                               evidence=self.evidence(usable), code="invalid-data")
        if undone:
            if dt.date(year, 12, 31) >= deadline:
                return self.result(Verdict.FAIL, f"截止日期 {deadline.isoformat()} 已过，报告自述未完成：「{undone[0].quote}」",
                                   value="否", display="未完成（报告自述）", evidence=self.evidence(undone), code="overdue")
            return self.result(Verdict.NOT_APPLICABLE, f"报告自述尚未完成；截止日期 {deadline.isoformat()} 在报告年度之后，尚未到期",
                               value="否", display="未完成（未到期）", evidence=self.evidence(undone), code="not-due")
        f = done[0]
        when = f.year or year
        if dt.date(when, 12, 31) <= deadline:
            return self.result(Verdict.PASS, f"报告称已于{when}年完成，不晚于截止日期 {deadline.isoformat()}：「{f.quote}」",
                               value="是", display=f"{when}年完成（报告自述）", evidence=self.evidence(done))
        if f.year is not None and when > deadline.year:
            return self.result(Verdict.FAIL, f"报告称{when}年完成，晚于截止日期 {deadline.isoformat()}：「{f.quote}」",
                               value="是", display=f"{when}年完成", evidence=self.evidence(done), code="overdue")
        return self.result(Verdict.REVIEW, f"报告称已完成，但未写明完成日期，无法判断是否在 {deadline.isoformat()} 前：「{f.quote}」",
                           value="是", display="已完成（日期不明）", evidence=self.evidence(done), code="unsupported-claim")


def _unique(figs: list[Figure]) -> list[Figure]:
    seen, out = set(), []
    for f in figs:
        if (f.value, f.bound) not in seen:
            seen.add((f.value, f.bound))
            out.append(f)
    return out


def judge_indicator(ind: Indicator, figures: list[Figure], ctx: Context) -> Result:
    j = _Judge(ind, [f for f in figures if f.indicator == ind.id], ctx)
    early = applicability(j)
    if early:
        return early
    if ind.extract is None:
        verdict = Verdict.INFO if ind.informational else Verdict.MISSING
        return j.result(verdict, "此项无法从报告文字中读取，请用标准报表填报", display="需用报表填报",
                        code="not-extractable")
    if ind.extract.kind == "statement":
        return j.statement()
    return j.numeric()


def judge_extraction(ex: Extraction, catalogue, *, selected: frozenset[str] | None, plan_name: str,
                     sha256: str) -> Run:
    """A Run for a narrative report, as `check` gives for a workbook."""
    doc = ex.document
    ctx = Context(year=ex.year, plans=catalogue.plans, selected=selected, file=doc.file)
    figures = list(ex.figures)
    results = tuple(judge_indicator(ind, figures, ctx) for ind in catalogue.indicators)
    issues: list[DataIssue] = []
    issues.extend(DataIssue("document-cleaned", note, doc.file, severity="warning") for note in doc.notes)
    if ex.year is None:
        issues.append(DataIssue("missing-year", "报告标题和开头没有写明年度，按年度判定的指标无法判断；可用 --year 指定",
                                doc.file))
    for f in figures:
        if f.placeholder and not any(i.field == f.indicator and i.message.endswith(f.quote) for i in issues):
            issues.append(DataIssue("placeholder-value", f"「{f.text}」是未填写的占位符，不是数字（{f.name}）：{f.quote}",
                                    f"{doc.file} {f.location}", table="report", field=f.indicator))
    return Run(
        source=str(doc.path), sha256=sha256, government=ex.government or "（报告未写明）",
        plan=",".join(sorted(selected)) if selected else "all", plan_name=plan_name, year=ex.year,
        results=results, data_issues=tuple(issues),
    )
