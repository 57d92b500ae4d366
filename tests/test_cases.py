"""One parametrised test over every case in tests/cases/<indicator>.yml (ids <indicator>_<case>).

A case gives either workbook input (`tables:` rows of the standard tables) or report input
(`report:` the sentences of a narrative report); both go through the one judge. Optional keys:
`year` (default 2023; null for a report that states none), `plan` (default the fixture plan of
the test catalogue; `national` for a government with no plan), `previous` (last year's figure,
for a target that asks for a rise), and the expectations below. An unknown key is an error.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from helpers import CATALOGUE, SCHEMA, TEST_PLAN, context, sheets

from checker.figures.report import extract_document
from checker.figures.workbook_tables import read_tables
from checker.judge.prose import judge_indicator
from checker.judge.workbook import evaluate
from checker.read.documents import build

CASES_DIR = Path(__file__).parent / "cases"
FILLER = "全面推进依法行政，持续深化法治政府建设，各项工作有序开展。"
INPUT_KEYS = {"tables", "report"}
OPTION_KEYS = {"year", "plan", "previous", "year_problem"}
EXPECT_KEYS = {"expect", "value", "failing_units", "summary_contains", "issue_codes", "display", "code", "basis"}


def _cases():
    for path in sorted(CASES_DIR.glob("*.yml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        unknown = set(doc) - {"indicator", "cases"}
        if unknown:
            raise ValueError(f"{path.name}: unknown keys {sorted(unknown)}")
        for name, case in doc["cases"].items():
            bad = set(case) - INPUT_KEYS - OPTION_KEYS - EXPECT_KEYS
            if bad or len(set(case) & INPUT_KEYS) != 1 or "expect" not in case:
                raise ValueError(f"{path.name} case {name}: unknown keys {sorted(bad)} or not one input and an expect")
            yield pytest.param(doc["indicator"], case, id=f"{doc['indicator']}_{name}")


def judge_case(indicator_id: str, case: dict):
    ind = CATALOGUE.get(indicator_id)
    year = case.get("year", 2023)
    plan = case.get("plan", TEST_PLAN)
    previous = {indicator_id: (year - 1, case["previous"])} if "previous" in case else None
    if "tables" in case:
        ctx = context(year, plan=None if plan == "national" else plan, previous=previous,
                      year_problem=case.get("year_problem", ""))
        tables, issues = read_tables("case.xlsx", sheets(case["tables"], indicator=indicator_id, year=year or 2023),
                                     SCHEMA)
        return evaluate(ind, tables.get(ind.measure.table), ctx, issues)
    text = case["report"]
    paras = [p for p in (text.split("\n") if isinstance(text, str) else list(text)) if p]
    paras.append(FILLER)  # a report is refused under 30 Chinese characters; this paragraph states no figure
    doc = build("case.txt", "case.txt", "txt", [(p, f"第{i}段") for i, p in enumerate(paras, start=1)])
    ex = extract_document(doc, CATALOGUE, year)
    ctx = context(year, plan=None if plan == "national" else plan, previous=previous, file="case.txt",
                  year_problem=case.get("year_problem", "" if year else "报告未写明报告年度"))
    return judge_indicator(ind, list(ex.figures), ctx)


@pytest.mark.parametrize("indicator_id,case", list(_cases()))
def test_case(indicator_id: str, case: dict) -> None:
    result = judge_case(indicator_id, case)
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
    if "code" in case:
        assert result.code == case["code"]
    if "basis" in case:
        assert (case["basis"] in result.indicator.basis) if case["basis"] else not result.indicator.basis
    if result.verdict.value not in ("pass", "info"):
        assert result.code, "every verdict other than pass carries an issue code"
    for q in (e for e in result.evidence if hasattr(e, "text")):
        assert q.text in (case["report"] if isinstance(case.get("report"), str) else "\n".join(case.get("report", []))), \
            "every quote is cut from the report"


def test_every_judged_indicator_has_cases_for_both_inputs() -> None:
    """Every indicator with a target has workbook cases, and report cases where prose can state it."""
    missing = []
    for ind in CATALOGUE.indicators:
        path = CASES_DIR / f"{ind.id}.yml"
        if ind.informational and not path.exists():
            continue
        cases = yaml.safe_load(path.read_text(encoding="utf-8"))["cases"].values() if path.exists() else []
        inputs = {k for c in cases for k in c if k in INPUT_KEYS}
        wanted = {"tables"} | ({"report"} if ind.extract is not None else set())
        if not ind.informational and not wanted <= inputs:
            missing.append(f"{ind.id}: {sorted(wanted - inputs)}")
    assert not missing, missing


def test_an_unknown_key_in_a_case_file_is_an_error(tmp_path, monkeypatch) -> None:
    bad = tmp_path / "x.yml"
    bad.write_text("indicator: court_appearance_rate\ncases:\n  a: {tables: {court_cases: []}, expect: missing, expct: 1}\n",
                   encoding="utf-8")
    monkeypatch.setattr(__import__(__name__), "CASES_DIR", tmp_path)
    with pytest.raises(ValueError, match="unknown keys"):
        list(_cases())
