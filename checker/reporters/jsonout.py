"""The Run as one JSON document (`check --format json`)."""

from __future__ import annotations

import json
from typing import Any

from ..judge.score import rounded, run_score
from ..model import CellRef, DataIssue, Evidence, Result, Run, TableMapping, UnitResult


def evidence_dict(ev: Evidence) -> dict[str, str]:
    if isinstance(ev, CellRef):
        return {"file": ev.file, "location": ev.location, "quote": ""}
    return {"file": ev.file, "location": ev.location, "quote": ev.text}


def issue_dict(i: DataIssue) -> dict[str, Any]:
    return {"code": i.code, "location": i.location, "sheet": i.sheet, "row": i.row, "column": i.column,
            "cell": i.cell, "severity": i.severity, "message": i.message}


def _unit(u: UnitResult) -> dict[str, Any]:
    return {"name": u.name, "verdict": u.verdict.value, "value": u.value, "detail": u.detail,
            "evidence": [evidence_dict(e) for e in u.evidence]}


def result_dict(r: Result) -> dict[str, Any]:
    ind, t = r.indicator, r.indicator.target
    return {
        "indicator": ind.id,
        "name": ind.name,
        "category": ind.category,
        "level": ind.level.value,
        "period": ind.period.value,
        "informational": ind.informational,
        "verdict": r.verdict.value,
        "verdict_label": r.verdict.label,
        "value": r.value,
        "display": r.display,
        "target": (t.value if t else None),
        "target_upper": (t.upper if t else None),
        "operator": (t.operator.value if t else None),
        "unit": ind.display_unit,
        "gap": r.gap,
        "summary": r.summary,
        "code": r.code,
        "evidence": [evidence_dict(e) for e in r.evidence],
        "units": [_unit(u) for u in r.units],
        "people": [_unit(p) for p in r.people],
        "issues": [issue_dict(i) for i in r.issues],
        "basis": ind.basis,  # non-empty: the threshold is a checking standard, not the words of the clause
        "sources": [{"document": s.document, "article": s.article, "quote": s.quote,
                     "national": s.national or None} for s in ind.sources],
    }


def run_dict(run: Run) -> dict[str, Any]:
    return {
        "source": run.source,
        "sha256": run.sha256,
        "government": run.government,
        "plan": run.plan,
        "plan_name": run.plan_name,
        "plan_note": run.plan_note,
        "period": run.period,
        "year": run.year,
        "year_note": run.year_note,
        "made_at": run.made_at.isoformat(),
        "counts": {v.value: n for v, n in run.counts().items() if n},
        "score": score_dict(run),
        "results": [result_dict(r) for r in run.results],
        "data_issues": [issue_dict(i) for i in run.data_issues],
        "mapping": [mapping_dict(m) for m in run.mapping],
        "inputs": [{"file": f, "sha256": h} for f, h in run.inputs],
        "reconciliation": [{"indicator": n.indicator, "name": n.name, "claim": n.claim,
                            "quote": evidence_dict(n.quote) if n.quote else None, "computed": n.computed,
                            "cells": [evidence_dict(c) for c in n.cells], "agreement": n.agreement}
                           for n in run.reconciliation],
    }


def score_dict(run: Run) -> dict[str, Any]:
    s = run_score(run)
    return {"passed": s.passed, "judged": s.judged, "applicable": s.applicable, "unjudged": s.unjudged,
            "share": rounded(s.share), "share_text": s.share_text(), "coverage": rounded(s.coverage),
            "rankable": s.rankable, "unranked_reason": s.unranked_reason or None}


def mapping_dict(m: TableMapping) -> dict[str, Any]:
    return {"table": m.table, "title": m.title, "sheet": m.sheet, "header_row": m.header_row,
            "first_row": m.first_row, "last_row": m.last_row, "rows": m.rows, "totals": m.totals,
            "found_title": m.found_title, "source": m.source, "score": m.score,
            "columns": [{"key": c.key, "header": c.header, "column": c.letter, "factor": c.factor} for c in m.columns]}


def render(run: Run) -> str:
    return json.dumps(run_dict(run), ensure_ascii=False, indent=2)
