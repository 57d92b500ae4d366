"""A narrative report's figures set beside the workbooks' figures of the same government and year.

Part of judging, not a rewrite after it: each stated figure is judged by the prose judge, each
workbook figure by the table judge, and here the two meet. Agreement adds the quote to the
evidence; a contradiction is `review` with both pieces of evidence, never silently resolved;
a figure only the report gives is judged from the report.
"""

from __future__ import annotations

import dataclasses
from typing import Sequence

from .. import issues as codes
from ..model import CellRef, Quote, Reconciliation, Result, Run, Verdict

HAS_DATA = (Verdict.PASS, Verdict.FAIL)


def _cells(r: Result) -> tuple[CellRef, ...]:
    return tuple(e for e in r.evidence if isinstance(e, CellRef))


def _quote(r: Result) -> Quote | None:
    return next((e for e in r.evidence if isinstance(e, Quote)), None)


def reconcile(workbook: Run, report: Run) -> tuple[tuple[Result, ...], tuple[Reconciliation, ...]]:
    """Set each figure the report states beside the workbooks' figure; contradictions become review."""
    by_id = {r.indicator.id: r for r in report.results}
    results, notes = [], []
    for w in workbook.results:
        p = by_id.get(w.indicator.id)
        if p is not None and _empty(w):  # the workbooks say nothing on this figure: the report's judgement stands
            results.append(p)
            if _quote(p) is not None:
                notes.append(Reconciliation(w.indicator.id, w.indicator.name, p.display, _quote(p), w.display, (),
                                            "report_only"))
            continue
        stated = p is not None and _quote(p) is not None
        if not stated:
            results.append(w)
            continue
        quote = _quote(p)
        if w.verdict is Verdict.NOT_APPLICABLE or p.verdict is Verdict.NOT_APPLICABLE:
            results.append(w if w.verdict is not Verdict.NOT_APPLICABLE else p)
            continue
        w_has = w.verdict in HAS_DATA or (w.indicator.informational and w.value is not None)
        p_has = p.verdict in HAS_DATA or (p.indicator.informational and p.value is not None)
        if not w_has and not p_has:
            results.append(w if w.verdict is not Verdict.MISSING else p)
            notes.append(Reconciliation(w.indicator.id, w.indicator.name, p.display, quote, w.display, _cells(w), "unusable"))
            continue
        if not w_has:
            results.append(dataclasses.replace(p, summary=p.summary + "（报表无可用数据，按报告判定）"))
            notes.append(Reconciliation(w.indicator.id, w.indicator.name, p.display, quote, w.display, _cells(w), "report_only"))
            continue
        if not p_has:
            results.append(dataclasses.replace(w, evidence=w.evidence + (quote,)))
            notes.append(Reconciliation(w.indicator.id, w.indicator.name, p.display, quote, w.display, _cells(w), "unusable"))
            continue
        agree = _agree(w, p)
        notes.append(Reconciliation(w.indicator.id, w.indicator.name, p.display, quote, w.display, _cells(w),
                                    "agree" if agree else "contradict"))
        if agree:
            results.append(dataclasses.replace(w, evidence=w.evidence + (quote,)))
        else:
            verdict = Verdict.INFO if w.indicator.informational else Verdict.REVIEW
            results.append(dataclasses.replace(
                w, verdict=verdict, code=codes.CONTRADICTS_REPORT, evidence=w.evidence + (quote,),
                summary=f"报告称「{quote.text}」（{p.display}），报表计算为 {w.display}（{w.summary}），二者矛盾，须人工核实"))
    return tuple(results), tuple(notes)


def _agree(w: Result, p: Result) -> bool:
    if w.indicator.informational:
        try:
            return abs(float(w.value) - float(p.value)) < 0.01
        except (TypeError, ValueError):
            return str(w.value) == str(p.value)
    return w.verdict is p.verdict



def _empty(w: Result) -> bool:
    """Nothing filled in the workbooks for this figure (not even an unusable value)."""
    return (w.value is None and w.verdict in (Verdict.MISSING, Verdict.INFO)
            and w.code in (codes.MISSING_VALUE, codes.MISSING_TABLE) and not any(i.severity == "error" for i in w.issues))


def reconcile_runs(base: Run, others: Sequence[Run]) -> Run:
    """`base` with every other run's stated figures reconciled into it, in order."""
    run = base
    for other in others:
        results, notes = reconcile(run, other)
        run = dataclasses.replace(run, results=results, reconciliation=run.reconciliation + notes,
                                  data_issues=run.data_issues + tuple(i for i in other.data_issues
                                                                      if i not in run.data_issues))
    return run
