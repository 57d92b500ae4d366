"""Judge one indicator against its figures. Pure: no files, no printing.

evaluate(indicator, table, context) -> Result. Numbers are compared exactly (fractions), so
4.99 % fails a 5 % target and 3 of 60 meets it.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from fractions import Fraction
from typing import Any, Callable

from .. import issues as codes
from ..model import CellRef, DataIssue, Evidence, Indicator, Result, UnitResult, Verdict
from ..figures.workbook_tables import Row, TableData
from .base import Context, Judge, applicable, fmt as _fmt, not_yet_due, unknown_year
from .comparators import frac as _frac, worst as _worst

RATE_TOLERANCE = Fraction(5, 100)  # percentage points between a typed rate and its recomputation
MAX_LISTED_PEOPLE = 500


class _Judge(Judge):
    """Shared pieces for one indicator's evaluation from the workbook's tables."""

    def __init__(self, ind: Indicator, table: TableData | None, ctx: Context, issues: list[DataIssue]):
        super().__init__(ind, ctx)
        self.table = table
        used = {v for k, v in vars(ind.measure).items() if isinstance(v, str) and k not in ("kind", "table")}
        if table is not None and table.spec.keyed:
            used = {c.key for c in table.spec.columns}  # issues are narrowed to this indicator's row below
        self.issues = tuple(i for i in issues if i.table == ind.measure.table and (not i.field or i.field in used)
                            and (not table or not table.spec.keyed or self._row_of_issue_is_mine(i)))

    def _row_of_issue_is_mine(self, issue: DataIssue) -> bool:
        if issue.row is None or self.table is None:
            return True
        return any(r.number == issue.row for r in self._keyed_rows(self.table))

    def _keyed_rows(self, table: TableData) -> list[Row]:
        if not table.spec.keyed:
            return list(table.rows)
        return [r for r in table.rows if r.values.get("indicator") == self.ind.id]


def _table_problem(j: _Judge, needed: list[str]) -> Result | None:
    table = j.table
    if table is None:
        return j.result(Verdict.MISSING, f"报表中没有「{j.table_title()}」表，无法计算", code=codes.MISSING_TABLE)
    structural = [i for i in j.issues if i.code == codes.MISSING_COLUMN and (not i.field or i.field in needed)]
    if structural:
        return j.result(Verdict.INVALID, "；".join(i.message for i in structural), code=codes.INVALID_DATA,
                        evidence=(CellRef(j.ctx.file, table.sheet, "A1"),))
    return None


# --- kinds ------------------------------------------------------------------------------------


def _rows_to_judge(j: _Judge, needed: list[str], what: str) -> tuple[TableData, list[Row]] | Result:
    """The indicator's table and rows, or the result that says why there is nothing to judge."""
    problem = _table_problem(j, needed)
    if problem:
        return problem
    assert j.table is not None
    rows = j._keyed_rows(j.table)
    if not rows:
        return j.result(Verdict.MISSING, f"「{j.table.sheet}」未填写任何{what}", code=codes.MISSING_VALUE)
    return j.table, rows


def _cell(r: Row, key: str | None) -> tuple[CellRef, ...]:
    """The evidence of one cell, made only for the rows that need it."""
    ref = r.cells.get(key) if key else None
    return (ref,) if ref else ()


def _person_value(j: _Judge) -> Result:
    m = j.ind.measure
    found = _rows_to_judge(j, [m.value] + ([m.due] if m.due else []), "人员")
    if isinstance(found, Result):
        return found
    table, rows = found
    assert j.ind.target is not None
    period_end = dt.date(j.ctx.year, 12, 31) if j.ctx.year else None
    groups: OrderedDict[str, dict[str, int]] = OrderedDict()
    group_values: dict[str, list[Fraction]] = {}
    people: list[tuple[tuple[bool, float], Callable[[], UnitResult]]] = []  # made only for those listed
    valid: list[Fraction] = []
    ok_of: dict[Any, bool] = {}  # a roster of 50 000 holds a few hundred distinct values
    short = invalid = pending = 0
    for r in rows:
        who = str(r.values.get(m.label) or f"第{r.number}行") if m.label else f"第{r.number}行"
        group = str(r.values.get(m.group) or "（未填单位）") if m.group else "全部"
        g = groups.setdefault(group, {"total": 0, "short": 0, "invalid": 0, "pending": 0})
        g["total"] += 1
        raw = r.values.get(m.value)
        if m.value in r.bad or raw is None:
            ev = _cell(r, m.value)
            invalid += 1
            g["invalid"] += 1
            why = "数据无效" if m.value in r.bad else "未填写"
            people.append(((True, 0), lambda n=f"{group} {who}", why=why, ev=ev: UnitResult(n, Verdict.INVALID, None, why, ev)))
            continue
        value = _frac(raw)
        passed = ok_of.get(raw)
        if passed is None:
            passed = ok_of[raw] = j.ok(value)
        if passed:
            valid.append(value)
            group_values.setdefault(group, []).append(value)
            continue
        ev = _cell(r, m.value)
        if m.due:
            due = r.values.get(m.due)
            if m.due in r.bad or due is None:
                invalid += 1
                g["invalid"] += 1
                people.append(((True, float(value)), lambda n=f"{group} {who}", v=value, r=r, ev=ev: UnitResult(
                    n, Verdict.INVALID, float(v), f"{_fmt(v)}{j.unit}，到期日未填写，无法判断是否已到期",
                    ev + ((r.cells[m.due],) if m.due in r.cells else ()))))
                continue
            if period_end is not None and due > period_end:
                pending += 1
                g["pending"] += 1
                people.append(((True, float(value)), lambda n=f"{group} {who}", v=value, due=due, ev=ev: UnitResult(
                    n, Verdict.NOT_APPLICABLE, float(v), f"{_fmt(v)}{j.unit}，任期至 {due.isoformat()}，尚未到期", ev)))
                continue
        short += 1
        g["short"] += 1
        valid.append(value)
        group_values.setdefault(group, []).append(value)
        people.append(((False, float(value)), lambda n=f"{group} {who}", v=value, ev=ev: UnitResult(
            n, Verdict.FAIL, float(v), f"{_fmt(v)}{j.unit}，差 {_fmt(abs(v - j.threshold))}{j.unit}", ev)))
    total = len(rows)
    op = j.ind.target.operator
    worst = _worst(op, _distinct(valid)) if valid else None
    units = []
    for name, g in groups.items():
        vals = group_values.get(name, [])
        verdict = Verdict.FAIL if g["short"] else Verdict.INVALID if g["invalid"] else Verdict.PASS
        parts = [f"{g['total']}人中{g['short']}人未达标"]
        if g["invalid"]:
            parts.append(f"{g['invalid']}人数据无效")
        if g["pending"]:
            parts.append(f"{g['pending']}人未到期")
        units.append(UnitResult(name, verdict, float(_worst(op, _distinct(vals))) if vals else None, "，".join(parts)))
    worst_unit = max((u for u in units), key=lambda u: groups[u.name]["short"], default=None)
    parts = [f"{total}人中{short}人未达到{j.target_text()}"]
    if invalid:
        parts.append(f"{invalid}人数据缺失或无效")
    if pending:
        parts.append(f"{pending}人任期未满尚未到期")
    if short and worst_unit is not None and len(groups) > 1:
        g = groups[worst_unit.name]
        parts.append(f"未达标最多的单位：{worst_unit.name}（{g['total']}人中{g['short']}人）")
    summary = "；".join(parts)
    rng = table.range_of(m.value)
    evidence: tuple[Evidence, ...] = (CellRef(j.ctx.file, table.sheet, rng),) if rng else ()
    display = f"{total - short - invalid - pending}/{total}人达标" + (f"，最低{_fmt(worst)}{j.unit}" if worst is not None else "")
    gap = (worst - j.threshold) if worst is not None else None
    people.sort(key=lambda p: p[0])  # failures first, lowest first; stable
    common = dict(value=worst, display=display, gap=gap, evidence=evidence, units=tuple(units),
                  people=tuple(make() for _, make in people[:MAX_LISTED_PEOPLE]))
    if short:
        return j.result(Verdict.FAIL, summary, code=codes.BELOW_TARGET, **common)
    if invalid:
        return j.result(Verdict.INVALID, summary, code=codes.INVALID_DATA, **common)
    return j.result(Verdict.PASS, summary, **common)


def _distinct(values: list[Fraction]) -> list[Fraction]:
    """Each value once (equal numbers share one cached Fraction): the worst of 50 000 people is
    then found among a few hundred values instead of by 50 000 exact comparisons."""
    return list({id(v): v for v in values}.values())


def _ratio_of(r: Row, num_key: str, den_key: str, percent: bool) -> tuple[str, Fraction | None, Fraction, Fraction]:
    """('ok'|'bad'|'blank'|'zero', ratio, numerator, denominator) for one row."""
    if num_key in r.bad or den_key in r.bad:
        return "bad", None, Fraction(0), Fraction(0)
    num, den = r.values.get(num_key), r.values.get(den_key)
    if num is None or den is None:
        return "blank", None, Fraction(0), Fraction(0)
    n, d = _frac(num), _frac(den)
    if d == 0:
        return "zero", None, n, d
    return "ok", n / d * (100 if percent else 1), n, d


def _unit_ratio(j: _Judge) -> Result:
    m = j.ind.measure
    assert m.numerator and m.denominator
    found = _rows_to_judge(j, [m.numerator, m.denominator], "单位")
    if isinstance(found, Result):
        return found
    table, rows = found
    assert j.ind.target is not None
    num_h, den_h = table.spec.column(m.numerator).header, table.spec.column(m.denominator).header
    units, ratios = [], []
    short = invalid = 0
    for r in rows:
        name = str(r.values.get(m.label) or f"第{r.number}行")
        state, ratio, n, d = _ratio_of(r, m.numerator, m.denominator, m.percent)
        ev = tuple(r.cells[k] for k in (m.numerator, m.denominator) if k in r.cells)
        if state in ("bad", "blank"):
            invalid += 1
            units.append(UnitResult(name, Verdict.INVALID, None, f"「{num_h}」或「{den_h}」{'无效' if state == 'bad' else '未填写'}", ev))
        elif state == "zero":
            units.append(UnitResult(name, Verdict.NOT_APPLICABLE, None, f"「{den_h}」为0，不适用", ev))
        else:
            assert ratio is not None
            ratios.append(ratio)
            passed = j.ok(ratio)
            short += not passed
            units.append(UnitResult(name, Verdict.PASS if passed else Verdict.FAIL, float(ratio),
                                    f"{_fmt(n)}÷{_fmt(d)}={_fmt(ratio)}{j.unit}", ev))
    op = j.ind.target.operator
    worst = _worst(op, ratios) if ratios else None
    judged = [u for u in units if u.verdict is not Verdict.NOT_APPLICABLE]
    parts = [f"{len(judged)}个单位中{short}个未达到{j.target_text()}"]
    failing = [u for u in units if u.verdict is Verdict.FAIL]
    if failing:
        parts.append("未达标：" + "、".join(f"{u.name}（{_fmt(u.value)}{j.unit}）" for u in failing[:10])
                     + ("等" if len(failing) > 10 else ""))
    if invalid:
        parts.append(f"{invalid}个单位数据缺失或无效")
    evidence = tuple(CellRef(j.ctx.file, table.sheet, table.range_of(k)) for k in (m.numerator, m.denominator)
                     if table.range_of(k))
    common = dict(value=worst, display=(f"最低{_fmt(worst)}{j.unit}" if worst is not None else "—"),
                  gap=(worst - j.threshold) if worst is not None else None, evidence=evidence, units=tuple(units))
    if short:
        return j.result(Verdict.FAIL, "；".join(parts), code=codes.BELOW_TARGET, **common)
    if invalid:
        return j.result(Verdict.INVALID, "；".join(parts), code=codes.INVALID_DATA, **common)
    if not ratios:
        return j.result(Verdict.NOT_APPLICABLE, "所有单位分母均为0", code=codes.NO_DENOMINATOR, **common)
    return j.result(Verdict.PASS, "；".join(parts), **common)


def _rate(j: _Judge) -> Result:
    m = j.ind.measure
    assert m.numerator and m.denominator
    problem = _table_problem(j, [m.numerator, m.denominator])
    if problem:
        return problem
    table = j.table
    assert table is not None
    if table.spec.keyed:
        _, early = _single_row(j)
        if early and early.verdict is Verdict.REVIEW:  # several rows for one figure
            return early
    rows = j._keyed_rows(table)
    num_h, den_h = table.spec.column(m.numerator).header, table.spec.column(m.denominator).header
    units: list[UnitResult] = []
    total_n, total_d = Fraction(0), Fraction(0)
    unusable, fallback = [], None
    extra_issues: list[DataIssue] = []
    keys = [k for k in (m.numerator, m.denominator, m.reported) if k]
    rows = [r for r in rows if any(r.values.get(k) is not None or k in r.bad for k in keys)]
    for r in rows:
        name = str(r.values.get(m.label) or "") if m.label else ""
        state, ratio, n, d = _ratio_of(r, m.numerator, m.denominator, m.percent)
        ev = tuple(r.cells[k] for k in (m.numerator, m.denominator, m.reported or "") if k in r.cells)
        reported = r.values.get(m.reported) if m.reported and m.reported not in r.bad else None
        if state == "blank" and m.reported and m.reported in r.bad:
            state = "bad"  # only a typed rate, and it is unusable (e.g. a placeholder)
        if state == "ok":
            assert ratio is not None
            total_n, total_d = total_n + n, total_d + d
            note = f"{_fmt(n)}÷{_fmt(d)}={_fmt(ratio)}{j.unit}"
            if reported is not None and abs(_frac(reported) - ratio) > RATE_TOLERANCE:
                note += f"（填报{_fmt(reported)}{j.unit}与分子分母不符，以重新计算为准）"
                ref = r.cells.get(m.reported)
                extra_issues.append(DataIssue(codes.RATE_MISMATCH, f"填报比例 {_fmt(reported)}{j.unit} 与「{num_h}」÷「{den_h}」={_fmt(ratio)}{j.unit} 不一致，以重新计算为准",
                    table.sheet, r.number, table.spec.column(m.reported).header, ref.cell if ref else "",
                    severity="warning", table=table.spec.id, field=m.reported))
            if j.rising:  # the government's rate rises or not; an organ's share is shown, not judged
                verdict = Verdict.INFO
            else:
                verdict = Verdict.PASS if (j.threshold is None or j.ok(ratio)) else Verdict.FAIL
            if name:
                units.append(UnitResult(name, verdict, float(ratio), note, ev))
        elif state == "zero":
            total_n += n
            if name:
                units.append(UnitResult(name, Verdict.NOT_APPLICABLE, None, f"「{den_h}」为0", ev))
        elif (state == "blank" and reported is not None and not name
              and r.values.get(m.numerator) is None and r.values.get(m.denominator) is None):
            fallback = (_frac(reported), ev)  # a single keyed row with only the typed value
        else:
            unusable.append((name or f"第{r.number}行", state, ev))
            if name:
                units.append(UnitResult(name, Verdict.INVALID, None, f"「{num_h}」或「{den_h}」{'无效' if state == 'bad' else '未填写'}", ev))
    j.issues = j.issues + tuple(extra_issues)
    sheet_ev: tuple[Evidence, ...] = tuple(
        CellRef(j.ctx.file, table.sheet, table.range_of(k)) for k in (m.numerator, m.denominator)
        if table.spec.keyed is False and table.range_of(k))
    if unusable:
        ev = tuple(e for _, _, evs in unusable for e in evs) or sheet_ev
        names = "、".join(n for n, _, _ in unusable[:10])
        code = "invalid-data" if any(s == "bad" for _, s, _ in unusable) else "missing-value"
        verdict = Verdict.INVALID if (code == "invalid-data" or total_d) else Verdict.MISSING
        why = "数据无效" if code == "invalid-data" else "未填写分子或分母"
        return j.result(verdict, f"{names} {why}，无法计算比例", evidence=ev, units=tuple(units), code=code)
    if total_d == 0:
        if fallback is not None:
            value, ev = fallback
            summary = f"未填分子分母，采用填报值 {_fmt(value)}{j.unit}"
            if j.threshold is None:
                return j.result(Verdict.INFO, summary, value=value, evidence=ev)
            passed = j.ok(value)
            return j.result(Verdict.PASS if passed else Verdict.FAIL, summary + f"，目标{j.target_text()}",
                            value=value, gap=value - j.threshold, evidence=ev, code=codes.BELOW_TARGET)
        if not rows:
            return j.result(Verdict.MISSING, f"「{table.sheet}」中未填报此项", display="未填报", code=codes.MISSING_VALUE)
        return j.result(Verdict.NOT_APPLICABLE, f"「{den_h}」合计为0，比例不适用", units=tuple(units),
                        evidence=sheet_ev or tuple(e for u in units for e in u.evidence), code=codes.NO_DENOMINATOR)
    rate = total_n / total_d * (100 if m.percent else 1)
    evidence = sheet_ev or tuple(e for r in rows for k in (m.numerator, m.denominator) for e in [r.cells.get(k)] if e)
    how = f"{num_h}合计 {_fmt(total_n)} ÷ {den_h}合计 {_fmt(total_d)} = {_fmt(rate)}{j.unit}"
    if j.threshold is None:
        return j.result(Verdict.INFO, how, value=rate, evidence=evidence, units=tuple(units))
    passed = j.ok(rate)
    failing = [u for u in units if u.verdict is Verdict.FAIL]
    summary = how + (f"，目标{j.target_text()}" if passed else f"，未达到{j.target_text()}")
    if failing:
        summary += "；未达标机关：" + "、".join(f"{u.name}（{_fmt(u.value)}{j.unit}）" for u in failing[:10])
    return j.result(Verdict.PASS if passed else Verdict.FAIL, summary, value=rate, gap=rate - j.threshold,
                    evidence=evidence, units=tuple(units), code=codes.BELOW_TARGET)


def _count(j: _Judge) -> Result:
    m = j.ind.measure
    found = _rows_to_judge(j, [m.date] if m.date else [], "记录")
    if isinstance(found, Result):
        return found
    table, rows = found
    counted, unusable, outside = [], [], []
    for r in rows:
        if not m.date:
            counted.append(r)
            continue
        when = r.values.get(m.date)
        if m.date in r.bad or when is None:
            unusable.append(r)
        elif j.ctx.year is None:
            unusable.append(r)
        elif when.year == j.ctx.year:
            counted.append(r)
        else:
            outside.append(r)
    n = Fraction(len(counted))
    evidence = tuple(r.cells[m.date] for r in counted if m.date and m.date in r.cells) or \
        tuple(CellRef(j.ctx.file, table.sheet, f"A{r.number}") for r in counted)
    parts = [f"{j.ctx.year or '报告'}年度共{len(counted)}{j.unit}，目标{j.target_text()}"]
    if outside:
        parts.append(f"另有{len(outside)}条不属于报告年度，未计入（" + "、".join(
            f"第{r.number}行 {r.values.get(m.date)}" for r in outside[:5]) + "）")
    if unusable:
        parts.append(f"{len(unusable)}条日期缺失或无效，未计入（" + "、".join(f"第{r.number}行" for r in unusable[:5]) + "）")
    common = dict(value=n, display=f"{len(counted)}{j.unit}", gap=n - j.threshold if j.threshold is not None else None,
                  evidence=evidence)
    if j.threshold is None:
        return j.result(Verdict.INFO, "；".join(parts), **common)
    if j.ok(n):
        return j.result(Verdict.PASS, "；".join(parts), **common)
    if unusable:
        return j.result(Verdict.INVALID, "；".join(parts), code=codes.INVALID_DATA, **common)
    return j.result(Verdict.FAIL, "；".join(parts), code=codes.BELOW_TARGET, **common)


def _single_row(j: _Judge) -> tuple[Row | None, Result | None]:
    table = j.table
    if table is None:
        return None, j.result(Verdict.MISSING, f"报表中没有「{j.table_title()}」表", code=codes.MISSING_TABLE)
    problem = _table_problem(j, ["indicator", "done", "done_on", "value"])
    if problem:
        return None, problem
    rows = j._keyed_rows(table)
    if not rows:
        return None, j.result(Verdict.MISSING, f"「{table.sheet}」中没有「{j.ind.name}」这一行", code=codes.MISSING_VALUE)
    if len(rows) > 1:
        ev = tuple(CellRef(j.ctx.file, table.sheet, f"A{r.number}") for r in rows)
        return None, j.result(Verdict.REVIEW, f"「{table.sheet}」中此项填了{len(rows)}行，请核实保留一行", evidence=ev,
                              code=codes.CONFLICTING_FIGURES)
    return rows[0], None


def _claim(j: _Judge, r: Row) -> tuple[bool | None, Result | None, tuple[Evidence, ...]]:
    ev = tuple(r.cells[k] for k in ("done", "done_on", "document") if k in r.cells and r.values.get(k) is not None)
    if "done" in r.bad:
        return None, j.result(Verdict.INVALID, "「是否落实」填写无效", evidence=ev or (r.cells.get("done"),),
                              code=codes.INVALID_DATA), ev
    done = r.values.get("done")
    if done is None:
        where = (r.cells["done"],) if "done" in r.cells else ()
        return None, j.result(Verdict.MISSING, "「是否落实」未填写", evidence=where, code=codes.MISSING_VALUE), ev
    if done and not r.values.get("document"):
        return True, j.result(Verdict.REVIEW, "填报“已落实”但未注明佐证材料，需人工核实", display="是（无佐证）",
                              evidence=ev, code=codes.UNSUPPORTED_CLAIM), ev
    return bool(done), None, ev


def _boolean(j: _Judge) -> Result:
    row, early = _single_row(j)
    if early:
        return early
    assert row is not None
    done, early, ev = _claim(j, row)
    if early:
        return early
    doc = row.values.get("document") or ""
    if done:
        return j.result(Verdict.PASS, f"已落实（佐证：{doc}）", value="是", display="是", evidence=ev)
    return j.result(Verdict.FAIL, "填报未落实", value="否", display="否", evidence=ev, code=codes.BELOW_TARGET)


def _deadline(j: _Judge) -> Result:
    assert j.ind.target is not None
    deadline = dt.date.fromisoformat(str(j.ind.target.value))
    row, early = _single_row(j)
    if early:
        return (early.verdict is Verdict.MISSING and not_yet_due(j)) or early
    assert row is not None
    done, early, ev = _claim(j, row)
    if early and early.verdict is Verdict.MISSING and (due := not_yet_due(j)):
        return due
    if early and (done is None or "done_on" not in row.values or row.values.get("done_on") is None):
        return early
    if j.ctx.year is None or j.ctx.year_problem:
        return j.result(Verdict.REVIEW, f"{j.ctx.year_problem or '报告年度未知'}，无法判断是否到期", evidence=ev,
                        code=codes.UNKNOWN_YEAR)
    period_end = dt.date(j.ctx.year, 12, 31)
    if done:
        if "done_on" in row.bad:
            return j.result(Verdict.INVALID, "「完成日期」填写无效，无法判断是否按期完成", evidence=ev, code=codes.INVALID_DATA)
        when = row.values.get("done_on")
        if when is None:
            return j.result(Verdict.INVALID, "填报已完成但未填「完成日期」，无法判断是否按期", evidence=ev,
                            display="是（无日期）", code=codes.INVALID_DATA)
        late = (when - deadline).days
        if late > 0:
            return j.result(Verdict.FAIL, f"{when.isoformat()} 完成，晚于截止日期 {deadline.isoformat()}（逾期{late}天）",
                            value=when.isoformat(), evidence=ev, gap=late, code=codes.OVERDUE)
        if early:  # done in time but no supporting document
            return early
        return j.result(Verdict.PASS, f"{when.isoformat()} 完成，不晚于截止日期 {deadline.isoformat()}",
                        value=when.isoformat(), evidence=ev, gap=late)
    if period_end < deadline:
        return j.result(Verdict.NOT_APPLICABLE, f"尚未完成；截止日期 {deadline.isoformat()} 在报告年度之后，尚未到期",
                        value="否", display="未完成（未到期）", evidence=ev, code=codes.NOT_DUE)
    return j.result(Verdict.FAIL, f"截止日期 {deadline.isoformat()} 已过，仍未完成", value="否", display="未完成",
                    evidence=ev, code=codes.OVERDUE)


def _value(j: _Judge) -> Result:
    m = j.ind.measure
    row, early = _single_row(j)
    if early:
        return early
    assert row is not None and m.value
    ev = (row.cells[m.value],) if m.value in row.cells else ()
    if m.value in row.bad:
        return j.result(Verdict.INVALID, "数值无效", evidence=ev, code=codes.INVALID_DATA)
    raw = row.values.get(m.value)
    if raw is None:
        return j.result(Verdict.MISSING, "未填写数值", evidence=ev, code=codes.MISSING_VALUE)
    value = _frac(raw)
    if j.threshold is None:
        return j.result(Verdict.INFO, f"填报 {_fmt(value)}{j.unit}", value=value, evidence=ev)
    passed = j.ok(value)
    return j.result(Verdict.PASS if passed else Verdict.FAIL, f"填报 {_fmt(value)}{j.unit}，目标{j.target_text()}",
                    value=value, gap=value - j.threshold, evidence=ev, code=codes.BELOW_TARGET)


KINDS: dict[str, Callable[[_Judge], Result]] = {
    "person_value": _person_value,
    "unit_ratio": _unit_ratio,
    "rate": _rate,
    "count": _count,
    "boolean": _boolean,
    "deadline": _deadline,
    "value": _value,
}


def evaluate(ind: Indicator, table: TableData | None, ctx: Context, issues: list[DataIssue] | tuple = ()) -> Result:
    """Judge one indicator from the workbook. `issues` are the located data problems of the whole workbook."""
    resolved, early = applicable(ind, ctx)
    if early:
        return early
    judge = _Judge(resolved, table, ctx, list(issues))
    return unknown_year(judge, KINDS[resolved.measure.kind](judge))
