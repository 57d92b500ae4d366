"""Reporters against golden files. Rewrite them with `pytest --update-golden` after a deliberate change."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest
from helpers import date, sheets, write_xlsx

from checker.api import check
from checker.reporters import excel, jsonout, terminal

GOLDEN = Path(__file__).parent / "golden"

TABLES = {
    "officers": [{"unit": "甲局", "name": "王一", "training_hours": 72}, {"unit": "甲局", "name": "王二", "training_hours": 59.5},
                 {"unit": "乙局", "name": "赵三", "training_hours": "XX"}],
    "units": [{"unit": "甲局", "officers": 40, "legal_review_staff": 2}, {"unit": "=1+1", "officers": 30, "legal_review_staff": 1}],
    "court_cases": [{"organ": "区政府", "cases_heard": 4, "heads_appeared": 4, "reported_rate": "100%"},
                    {"organ": "甲局", "cases_heard": 3, "heads_appeared": 2, "reported_rate": 90}],
    "lectures": [{"held_on": date("2023-04-01")}, {"held_on": date("2023-10-01")}],
    "commitments": [{"indicator": "no_fine_quotas", "done": "是", "document": "=HYPERLINK(\"http://x\")"},
                    {"indicator": "enforcement_supervision_system", "done": "否"}],
    "figures": [{"indicator": "gov_openness_weight", "numerator": 3, "denominator": 100}],
}


@pytest.fixture(scope="module")
def fixed_run(tmp_path_factory):
    path = write_xlsx(tmp_path_factory.mktemp("in") / "golden.xlsx", sheets(TABLES))
    run = check(path)
    return dataclasses.replace(run, source="golden.xlsx", sha256="0" * 64, made_at=dt.datetime(2024, 1, 2, 3, 4, 5))


def _compare(name: str, actual: str, update: bool) -> None:
    """Golden files change only by --update-golden, and a run that rewrites one does not pass."""
    path = GOLDEN / name
    if update:
        path.write_text(actual, encoding="utf-8")
        pytest.skip(f"{name} rewritten: review `git diff tests/golden`, then run again without --update-golden")
    assert path.exists(), f"golden file {name} is missing: create it with --update-golden and review it"
    assert actual == path.read_text(encoding="utf-8")


def test_json_golden(fixed_run, update_golden) -> None:
    _compare("run.json", jsonout.render(fixed_run) + "\n", update_golden)
    doc = json.loads((GOLDEN / "run.json").read_text(encoding="utf-8"))
    verdicts = {r["indicator"]: r["verdict"] for r in doc["results"]}
    assert verdicts["enforcement_training_hours"] == "fail"  # 59.5 beats the placeholder
    assert verdicts["court_appearance_rate"] == "fail" and verdicts["gov_openness_weight"] == "fail"
    assert verdicts["leadership_law_lectures"] == "pass" and verdicts["no_fine_quotas"] == "pass"


def test_terminal_golden(fixed_run, update_golden) -> None:
    _compare("run.txt", terminal.render(fixed_run) + "\n", update_golden)


def test_excel_golden_cells(fixed_run, tmp_path, update_golden) -> None:
    from openpyxl import load_workbook

    out = excel.write_scorecard(fixed_run, tmp_path / "s.xlsx")
    wb = load_workbook(out)
    dump = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    dump.append(f"{ws.title}!{c.coordinate}\t{c.data_type}\t{c.value}")
    _compare("scorecard_cells.tsv", "\n".join(dump) + "\n", update_golden)
    # Evidence quoted from an untrusted file stays text, never a formula.
    cells = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row
             if isinstance(c.value, str) and c.value.startswith("=")]
    assert cells and all(c.data_type == "s" for c in cells)
    detail = wb["指标明细"]
    assert detail.freeze_panes == "C2" and detail.auto_filter.ref  # id and name stay in view
