"""Judge a report's figures against the catalogue: Extraction -> Run, like a workbook check.

Rules (see docs/extraction.md): a figure of another year, a comparison base, a rule or plan,
or one stated only for part of the organs is set aside and named; a placeholder is `invalid`;
an admitted shortfall is `fail`; mentions that disagree are `review`; a bound is judged only
when it settles the target either way.
"""

from __future__ import annotations

import datetime as dt
import re
from fractions import Fraction

from .. import issues as codes
from ..model import DataIssue, Evidence, Figure, Indicator, Level, Operator, Result, Run, Verdict, number_text
from ..figures.report import Extraction
from .base import Context, Judge, applicable, not_yet_due, unknown_year
from .plans import plan_names
from ..figures.prose_lexicon import SEVERAL_YEARS as _SEVERAL_YEARS_TEXT

SEVERAL_YEARS = re.compile(_SEVERAL_YEARS_TEXT)


def several_years(f: Figure) -> bool:
    """A statement made over several years (五年来…公布目录5批次): not this year's state, unless its
    sentence says it holds now (“十四五”期间…目前已实现全覆盖)."""
    return (f.statement and not f.negated and not f.requirement and bool(f.period)
            and bool(SEVERAL_YEARS.search(f.period)) and not re.search(r"目前|现已|已经|已", f.quote))


def _where(fig: Figure) -> str:
    return f"{fig.location}「{fig.text}」"


class _Judge(Judge):
    def __init__(self, ind: Indicator, figures: list[Figure], ctx: Context) -> None:
        super().__init__(ind, ctx)
        self.all = figures
        self.aside: list[tuple[Figure, str]] = []
        self.usable: list[Figure] = []
        for f in figures:
            why = self._set_aside(f)
            if why:
                self.aside.append((f, why))
            else:
                self.usable.append(f)

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
        if several_years(f):
            return f"是{f.period}多年累计的表述，不是本年度的情况"
        if f.scope_kind == "higher":
            return f"是上级政府（{f.scope}）的数字，不是本单位的"
        if f.scope_kind == "other":
            return f"是本系统其他单位（{f.scope}）的数字，不是本单位的"
        if (self.ind.level is Level.GOVERNMENT and not self.ind.informational and f.scope_kind in ("part", "unit")
                and not f.statement and not f.negated):
            return f"只针对部分机关或单位（{f.scope}）"
        return ""

    def evidence(self, figs: list[Figure]) -> tuple[Evidence, ...]:
        """Each figure's quote; a value an examiner corrected in a figures workbook also cites that cell."""
        out: list[Evidence] = []
        for f in figs:
            for e in f.evidence(self.file):
                if e not in out:
                    out.append(e)
        return tuple(out)

    def result(self, verdict: Verdict, summary: str, **kw) -> Result:  # type: ignore[override]
        value = kw.get("value")
        if isinstance(value, Fraction) and not kw.get("display"):
            kw["display"] = f"{number_text(float(value))}{self.unit}"
        elif not isinstance(value, (Fraction, str)) and not kw.get("display"):
            kw["display"] = "—"
        return super().result(verdict, summary, **kw)

    def nothing(self) -> Result:
        verdict = Verdict.INFO if self.ind.informational else Verdict.MISSING
        if self.aside:
            why = "；".join(f"{_where(f)}{reason}" for f, reason in self.aside[:5])
            what = "表述" if self.ind.extract and self.ind.extract.kind == "statement" else "数字"
            return self.result(verdict, f"报告未给出可用于判定的{what}：{why}", display="报告未给出",
                               evidence=self.evidence([f for f, _ in self.aside]), code=codes.MISSING_VALUE)
        return self.result(verdict, "报告未提及此项", display="报告未提及", code=codes.MISSING_VALUE)

    # --- numeric figures -------------------------------------------------------------------

    def numeric(self) -> Result:
        usable = self.usable
        if not usable:
            return self.nothing()
        numbers = [f for f in usable if f.value is not None]
        shortfalls = [f for f in usable if f.negated and f.value is None]
        placeholders = [f for f in usable if f.placeholder]
        said_met = [f for f in usable if f.statement and not f.negated and f.value is None]  # 学时全部达标
        # 2023年…案件3件 beside 近三年来…累计…共7件: the year's own number is the figure and its quote the evidence;
        # the span's is named in the summary, not cited as evidence of the year's
        spans = [f for f in numbers if f.period] if any(not f.period for f in numbers) else []
        numbers = [f for f in numbers if f not in spans]
        scoped = [f for f in numbers if f.scope_kind in ("part", "unit")]
        if not self.ind.informational or len(scoped) == len(numbers):
            scoped = []
        # 诉讼案件412件，其中区政府本级58件: the government's own figure is shown, its parts cited beside it
        numbers = [f for f in numbers if f not in scoped]
        distinct = sorted({(f.value, f.bound) for f in numbers}, key=lambda vb: (vb[0], vb[1]))
        per_unit = [f for f in numbers if f.scope_kind == "unit"]
        judged_per_unit = self.ind.level is Level.UNIT and not self.ind.informational and self.judged
        unit_below = judged_per_unit and any(f.value is not None and self.compare(f.value, f.bound) is False for f in per_unit)
        if judged_per_unit and (len(per_unit) > 1 or unit_below) and len({f.scope for f in per_unit}) == len(per_unit):
            # units listed one by one, or one named unit below a target every unit must meet (区农业农村局4.5%)
            return self._per_unit(per_unit, numbers, shortfalls)
        if len(distinct) > 1:
            listed = "、".join(f"{f.display}（{f.location}）" for f in numbers)
            return self.result(Verdict.REVIEW, f"报告中此项有{len(distinct)}个不一致的数字：{listed}，请核实",
                               display=" / ".join(f.display for f in _unique(numbers)),
                               evidence=self.evidence(numbers), code=codes.CONFLICTING_FIGURES)
        if numbers:
            return self._one_number(numbers, shortfalls + placeholders + scoped + said_met, spans)
        if shortfalls and said_met and not self.ind.informational:
            return self.result(Verdict.REVIEW, f"报告中既称已达到（「{said_met[0].quote}」）又自述未达到（「{shortfalls[0].quote}」），请核实",
                               display="说法不一", evidence=self.evidence(said_met + shortfalls), code=codes.CONFLICTING_FIGURES)
        if shortfalls:
            q = shortfalls[0]
            verdict = Verdict.INFO if self.ind.informational else Verdict.FAIL
            return self.result(verdict, f"报告自述未达到：「{q.quote}」", display="未达到（报告自述）",
                               evidence=self.evidence(shortfalls + placeholders), code=codes.BELOW_TARGET)
        if said_met and not placeholders:
            # a claim with no number is shown, never passed: the target is a number the report does not give
            verdict = Verdict.INFO if self.ind.informational else Verdict.REVIEW
            return self.result(verdict, f"报告称已达到要求：「{said_met[0].quote}」，但未给出数字，无法核实是否{self.target_text()}",
                               display="称已达到（未给数字）", evidence=self.evidence(said_met), code=codes.UNSUPPORTED_CLAIM)
        verdict = Verdict.INFO if self.ind.informational else Verdict.INVALID
        listed = "、".join(_where(f) for f in placeholders[:5])
        return self.result(verdict, f"报告中此项只有未填写的占位符：{listed}", display="占位符（未填写）",
                           evidence=self.evidence(placeholders), code=codes.PLACEHOLDER_VALUE)

    def _one_number(self, numbers: list[Figure], others: list[Figure], spans: list[Figure]) -> Result:
        f = numbers[0]
        value, bound = f.value, f.bound
        assert value is not None
        evidence = self.evidence(numbers + others)
        extra = ""
        if any(o.placeholder for o in others):
            extra = f"；另有{sum(1 for o in others if o.placeholder)}处占位符未填写"
        if spans:
            extra += f"；报告另有{spans[0].period}的累计数 {spans[0].display}（{spans[0].location}），不是本年度数字，未采用"
        joined = (" ÷ " if f.unit == "%" else " + ").join(f.operands)  # a rate from two counts; a count summed
        said = (f"根据报告数字计算 {f.display}（{joined}，{f.location}）" if f.derived
                else f"报告数字 {f.display}（{f.location}）") + (f"，期间为{f.period}" if f.period else "")
        said += f"，口径为{f.qualifier}" if f.qualifier else ""
        if self.ind.informational or not self.judged:
            return self.result(Verdict.INFO, said + extra, value=value, display=f.display, evidence=evidence)
        negated = f.negated or any(o.negated for o in others)
        if f.period:
            return self.result(Verdict.REVIEW, f"{said}，不是全年数字，无法判断全年是否{self.target_text()}{extra}",
                               value=value, display=f.display, evidence=evidence, code=codes.PARTIAL_PERIOD)
        outcome = self.compare(value, bound)
        gap = self.gap(value) if bound == "" else None
        some_short = [o for o in others if o.negated and o.value is None and not o.placeholder and o.scope_kind in ("part", "unit")]
        if self.ind.level in (Level.PERSON, Level.UNIT) and outcome is not False and some_short:
            # 31个部门达到5%以上，…3个部门尚未达到: a target each one must meet, missed by those the report names
            who = "有人" if self.ind.level is Level.PERSON else "有单位"
            return self.result(Verdict.FAIL, f"{said}，但报告自述{who}未达到{self.target_text()}（{some_short[0].scope}）："
                               f"「{some_short[0].quote}」{extra}", value=value, display=f.display, evidence=evidence,
                               code=codes.BELOW_TARGET)
        if self.ind.level in (Level.PERSON, Level.UNIT) and outcome is True and not f.everyone:
            who = "每人" if self.ind.level is Level.PERSON else "每个单位"
            return self.result(Verdict.REVIEW, f"{said}，但未说明是否{who}都达到（目标按{who}判定）{extra}",
                               value=value, display=f.display, evidence=evidence, code=codes.NOT_PER_PERSON)
        if outcome is True and negated:
            return self.result(Verdict.REVIEW, f"{said}达到{self.target_text()}，但同一处又自述未达到，请核实{extra}",
                               value=value, display=f.display, evidence=evidence, code=codes.CONFLICTING_FIGURES)
        if outcome is True:
            how = "（按报告表述判定，未逐人核实）" if self.ind.level is not Level.GOVERNMENT else ""
            return self.result(Verdict.PASS, f"{said}，目标{self.target_text()}{how}{extra}", value=value,
                               display=f.display, gap=gap, evidence=evidence)
        if outcome is False:
            return self.result(Verdict.FAIL, f"{said}，未达到{self.target_text()}{extra}", value=value,
                               display=f.display, gap=gap, evidence=evidence, code=codes.BELOW_TARGET)
        return self.result(Verdict.REVIEW, f"{said}只是一个范围，不能确定是否{self.target_text()}{extra}",
                           value=value, display=f.display, evidence=evidence, code=codes.BOUND_INCONCLUSIVE)

    def _per_unit(self, units: list[Figure], numbers: list[Figure], shortfalls: list[Figure]) -> Result:
        """Units listed one by one (a table, or 分别为…): each judged; a total row is only shown."""
        outcomes = [(f, self.compare(f.value, f.bound)) for f in units if f.value is not None]
        failing = [f for f, ok in outcomes if ok is False]
        unsure = [f for f, ok in outcomes if ok is None or (ok and f.negated)]
        listed = "、".join(f"{f.scope}{f.display}" for f in units)
        evidence = self.evidence(numbers + shortfalls)
        if failing or shortfalls:
            said = "、".join(f"{f.scope}{f.display}（{f.location}）" for f in failing)
            admitted = "；".join(f"报告自述未达到：「{f.quote}」" for f in shortfalls[:2])
            return self.result(Verdict.FAIL, f"报告中逐个列出的单位有{len(failing)}个未达到{self.target_text()}"
                               + (f"：{said}" if said else "") + (f"；{admitted}" if admitted else ""),
                               display=f"{len(failing)}/{len(units)}个单位未达到", evidence=evidence, code="below-target")
        if unsure:
            return self.result(Verdict.REVIEW, f"报告中逐个列出的单位有的数字只是一个范围或同时自述未达到：{listed}",
                               display=f"{len(units)}个单位", evidence=evidence, code="bound-inconclusive")
        # every unit listed meets the target, but the report does not show that it lists every unit
        return self.result(Verdict.REVIEW, f"报告中逐个列出的{len(units)}个单位均达到{self.target_text()}：{listed}；"
                           "未说明是否列全所有单位（目标按每个单位判定）", display=f"{len(units)}个单位均达到",
                           evidence=evidence, code="not-per-person")

    # --- statements ------------------------------------------------------------------------

    def statement(self) -> Result:
        usable = self.usable
        if not usable:
            return not_yet_due(self) or self.nothing()
        done = [f for f in usable if not f.negated]
        undone = [f for f in usable if f.negated]
        if done and undone:
            return self.result(Verdict.REVIEW, f"报告中既说已落实（{done[0].location}）又说未落实（{undone[0].location}），请核实",
                               display="说法不一", evidence=self.evidence(done + undone), code=codes.CONFLICTING_FIGURES)
        t = self.ind.target
        assert t is not None
        if t.operator not in (Operator.IS_TRUE, Operator.BY_DATE):
            # a person-level target (每人任期内至少一次) stated as an act: 举办负责人脱产培训班1期
            if undone:
                return self.result(Verdict.FAIL, f"报告自述有人未达到{self.target_text()}：「{undone[0].quote}」",
                                   value="否", display="未达到（报告自述）", evidence=self.evidence(undone),
                                   code=codes.BELOW_TARGET)
            return self.result(Verdict.REVIEW, f"报告称已开展：「{done[0].quote}」；目标按每人判定"
                               f"（{self.target_text()}），报告未逐人说明，请用报表核实", display="已开展（未逐人说明）",
                               evidence=self.evidence(done), code="not-per-person")
        if t.operator is Operator.IS_TRUE:
            if done:
                return self.result(Verdict.PASS, f"报告称已落实：「{done[0].quote}」", value="是", display="是（报告自述）",
                                   evidence=self.evidence(done))
            return self.result(Verdict.FAIL, f"报告自述未落实：「{undone[0].quote}」", value="否", display="否（报告自述）",
                               evidence=self.evidence(undone), code=codes.BELOW_TARGET)
        deadline = dt.date.fromisoformat(str(t.value))
        year = self.ctx.year
        if year is None or self.ctx.year_problem:
            return self.result(Verdict.REVIEW, f"{self.ctx.year_problem or '报告年度未知'}，无法判断是否按期（可用 --year 指定）",
                               evidence=self.evidence(usable), code=codes.UNKNOWN_YEAR)
        if undone:
            if dt.date(year, 12, 31) >= deadline:
                return self.result(Verdict.FAIL, f"截止日期 {deadline.isoformat()} 已过，报告自述未完成：「{undone[0].quote}」",
                                   value="否", display="未完成（报告自述）", evidence=self.evidence(undone), code=codes.OVERDUE)
            return self.result(Verdict.NOT_APPLICABLE, f"报告自述尚未完成；截止日期 {deadline.isoformat()} 在报告年度之后，尚未到期",
                               value="否", display="未完成（未到期）", evidence=self.evidence(undone), code=codes.NOT_DUE)
        f = done[0]
        when = f.year or year
        if dt.date(when, 12, 31) <= deadline:
            return self.result(Verdict.PASS, f"报告称已于{when}年完成，不晚于截止日期 {deadline.isoformat()}：「{f.quote}」",
                               value="是", display=f"{when}年完成（报告自述）", evidence=self.evidence(done))
        if f.year is not None and when > deadline.year:
            return self.result(Verdict.FAIL, f"报告称{when}年完成，晚于截止日期 {deadline.isoformat()}：「{f.quote}」",
                               value="是", display=f"{when}年完成", evidence=self.evidence(done), code=codes.OVERDUE)
        return self.result(Verdict.REVIEW, f"报告称已完成，但未写明完成日期，无法判断是否在 {deadline.isoformat()} 前：「{f.quote}」",
                           value="是", display="已完成（日期不明）", evidence=self.evidence(done), code=codes.UNSUPPORTED_CLAIM)


def _unique(figs: list[Figure]) -> list[Figure]:
    seen, out = set(), []
    for f in figs:
        if (f.value, f.bound) not in seen:
            seen.add((f.value, f.bound))
            out.append(f)
    return out


def judge_indicator(ind: Indicator, figures: list[Figure], ctx: Context) -> Result:
    resolved, early = applicable(ind, ctx)
    if early:
        return early
    j = _Judge(resolved, [f for f in figures if f.indicator == ind.id], ctx)
    if resolved.extract is None:
        verdict = Verdict.INFO if resolved.informational else Verdict.MISSING
        return j.result(verdict, "此项无法从报告文字中读取，请用标准报表填报", display="需用报表填报",
                        code=codes.NOT_EXTRACTABLE)
    r = j.statement() if resolved.extract.kind == "statement" else j.numeric()
    return unknown_year(j, r)


def figure_issues(figures: list[Figure], file: str) -> list[DataIssue]:
    """One data issue per placeholder: a figure written as X or XX is never a number."""
    issues: list[DataIssue] = []
    for f in figures:
        if f.placeholder and not any(i.field == f.indicator and i.message.endswith(f.quote) for i in issues):
            issues.append(DataIssue(codes.PLACEHOLDER_VALUE, f"「{f.text}」是未填写的占位符，不是数字（{f.name}）：{f.quote}",
                                    f"{file} {f.location}", table="report", field=f.indicator))
    return issues


def judge_extraction(ex: Extraction, catalogue, ctx: Context, *, sha256: str,
                     issues: tuple[DataIssue, ...] = ()) -> Run:
    """A Run for a narrative report, as `check` gives for a workbook."""
    doc = ex.document
    figures = list(ex.figures)
    results = tuple(judge_indicator(ind, figures, ctx) for ind in catalogue.indicators)
    cleaned = tuple(DataIssue(codes.DOCUMENT_CLEANED, note, doc.file, severity="warning")
                    for note in getattr(doc, "notes", ()))
    return Run(
        source=str(doc.path), sha256=sha256, government=ex.government or "（报告未写明）",
        plan=ctx.choice.ids, plan_name=plan_names(catalogue, ctx.choice.plans), plan_note=ctx.choice.note,
        year=ctx.year if not ctx.year_problem else None, results=results,
        data_issues=cleaned + tuple(issues) + tuple(figure_issues(figures, doc.file)),
    )
