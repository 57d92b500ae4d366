"""One parametrised test over every case in tests/cases/<indicator>.yml (ids <indicator>_<case>)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from helpers import CATALOGUE, SCHEMA, sheets

from checker.judge.workbook import Context, evaluate
from checker.figures.workbook_tables import read_tables

CASES_DIR = Path(__file__).parent / "cases"


def _cases():
    for path in sorted(CASES_DIR.glob("*.yml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        for name, case in doc["cases"].items():
            yield pytest.param(doc["indicator"], case, id=f"{doc['indicator']}_{name}")


@pytest.mark.parametrize("indicator_id,case", list(_cases()))
def test_case(indicator_id: str, case: dict) -> None:
    ind = CATALOGUE.get(indicator_id)
    year = case.get("year", 2023)
    tables, issues = read_tables("case.xlsx", sheets(case["tables"], indicator=indicator_id, year=year), SCHEMA)
    selected = frozenset([case["plan"]]) if case.get("plan") else None
    ctx = Context(year=year, plans=CATALOGUE.plans, selected=selected, file="case.xlsx")
    result = evaluate(ind, tables.get(ind.measure.table), ctx, issues)

    assert result.verdict.value == case["expect"], result.summary
    if "value" in case:
        assert result.value == pytest.approx(case["value"]) if isinstance(case["value"], float | int) \
            else result.value == case["value"]
    if "failing_units" in case:
        assert sorted(u.name for u in result.units if u.verdict.value == "fail") == sorted(case["failing_units"])
    if "summary_contains" in case:
        assert case["summary_contains"] in result.summary
    if "issue_codes" in case:
        assert sorted({i.code for i in result.issues}) == sorted(case["issue_codes"])
    if "display" in case:
        assert result.display == case["display"]
    if result.verdict.value not in ("pass", "info"):
        assert result.code, "every verdict other than pass carries an issue code"


def test_every_target_has_cases() -> None:
    covered = {p.stem for p in CASES_DIR.glob("*.yml")}
    kinds_covered = {CATALOGUE.get(i).measure.kind for i in covered}
    assert kinds_covered == {"person_value", "unit_ratio", "rate", "count", "boolean", "deadline"}
