"""Verdicts an examiner can defend, end to end from the command line: years, plans, coverage, own outputs."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from pathlib import Path

import pytest
from conftest import SHIPPED_CATALOGUE
from helpers import run_in_process

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "report_2023.xlsx"
SEED_001 = ROOT / "samples" / "reports" / "baoshan_2023.txt"
SEED_004 = ROOT / "samples" / "reports" / "pudong_inspection_placeholder.txt"


run = run_in_process  # every command here runs in process


def one_line_error(proc: subprocess.CompletedProcess, *words: str) -> str:
    assert proc.returncode == 2, (proc.stdout, proc.stderr)
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and "Traceback" not in proc.stderr, proc.stderr
    for w in words:
        assert w in lines[0], lines[0]
    return lines[0]


def check_json(*args: str, cwd: Path) -> dict:
    proc = run("check", "--no-charts", "--format", "json", *args, cwd=cwd)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def runs_recorded(db: Path) -> int:
    if not db.exists():
        return 0
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT COUNT(*) FROM runs").fetchone()[0]


# --- years ------------------------------------------------------------------------------------


def test_year_that_disagrees_with_the_file_is_refused_unless_overridden(tmp_path: Path) -> None:
    line = one_line_error(run("check", str(SAMPLE), "--year", "2022", "--out", str(tmp_path / "a"), cwd=tmp_path),
                          "--year 2022", "2023", "--year-override")
    assert "不一致" in line and not list((tmp_path / "a").glob("*"))  # nothing written
    doc = check_json(str(SAMPLE), "--year", "2022", "--year-override", "--out", str(tmp_path / "b"), cwd=tmp_path)
    assert doc["year"] == 2022 and "--year-override" in doc["year_note"] and "2023" in doc["year_note"]


@pytest.mark.parametrize("year", ["1999", "2101", "1", "10000", "-5", "0", "99999999999999999999"])
def test_year_outside_every_plan_is_one_line(tmp_path: Path, year: str) -> None:
    one_line_error(run("check", str(SAMPLE), f"--year={year}", "--out", str(tmp_path), cwd=tmp_path), "--year")


def test_seed_004_without_year_gets_no_annual_verdict_no_share_no_rank(tmp_path: Path) -> None:
    doc = check_json(str(SEED_004), "--plan", "pudong-2020", "--out", str(tmp_path / "o"), cwd=tmp_path)
    assert doc["year"] is None and doc["score"]["share"] is None and not doc["score"]["rankable"]
    annual = [r for r in doc["results"] if r["period"] == "year" and not r["informational"]]
    assert annual and all(r["verdict"] not in ("pass", "fail") for r in annual)
    court = next(r for r in doc["results"] if r["indicator"] == "court_appearance_rate")
    assert court["verdict"] == "review" and court["code"] == "unknown-year"
    proc = run("compare", "--db", str(tmp_path / "o" / "checker.db"), "-o", str(tmp_path / "c.xlsx"), "--no-charts",
               cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    from openpyxl import load_workbook

    rows = list(load_workbook(tmp_path / "c.xlsx")["排名"].iter_rows(min_row=2, max_row=2, values_only=True))
    assert rows[0][1] == "—" and "年度未知" in rows[0][-1]


def test_seed_001_missing_is_counted_apart_and_deadlines_not_due_are_not_applicable(tmp_path: Path) -> None:
    doc = check_json(str(SEED_001), "--plan", "putuo-2021-2025", "--out", str(tmp_path), cwd=tmp_path)
    by_id = {r["indicator"]: r for r in doc["results"]}
    s = doc["score"]
    verdicts = [r["verdict"] for r in doc["results"]]
    assert s["judged"] == verdicts.count("pass") + verdicts.count("fail")
    assert s["unjudged"] == verdicts.count("missing") + verdicts.count("invalid") + verdicts.count("review") > 0
    assert s["applicable"] == s["judged"] + s["unjudged"]
    # the 普陀 deadline of 2024 is not due in 2023: 不适用, exactly as for a workbook
    assert by_id["enforcement_supervision_system"]["verdict"] == "not_applicable"
    assert by_id["enforcement_supervision_system"]["code"] == "not-due"
    # the 张掖 deadline is not 普陀's: not judged, and cites no clause
    link = by_id["provincial_platform_data_link"]
    assert link["verdict"] == "not_applicable" and link["code"] == "not-in-plan" and link["sources"] == []


def test_report_without_own_plan_is_judged_on_national_targets_only(tmp_path: Path) -> None:
    doc = check_json(str(SEED_001), "--out", str(tmp_path), cwd=tmp_path)
    assert doc["plan"] == "national" and "全国性要求" in doc["plan_note"]
    cited = {s["document"] for r in doc["results"] for s in r["sources"] if r["verdict"] != "info"}
    assert cited <= {"pudong-2020"}  # only clauses restating national rules
    assert all(s["national"] for r in doc["results"] for s in r["sources"] if not r["informational"])


def test_shipped_catalogue_sample_is_national_only_and_says_so(tmp_path: Path) -> None:
    env_free = run("check", "--no-charts", "--format", "json", str(SAMPLE), "--catalogue", str(SHIPPED_CATALOGUE),
                   "--out", str(tmp_path), cwd=tmp_path)
    doc = json.loads(env_free.stdout)
    judged = [r for r in doc["results"] if r["verdict"] in ("pass", "fail")]
    assert {r["indicator"] for r in judged} == {"legal_review_staff_ratio", "gov_openness_weight"}
    assert "只判定全国性要求" in doc["plan_note"]
    for r in doc["results"]:
        for s in r["sources"]:
            assert s["national"] or r["informational"], r["indicator"]


# --- own outputs are not input -----------------------------------------------------------------


@pytest.fixture(scope="module")
def sample_checked(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, Path]:
    """One `check --no-charts --format json` of the sample: its JSON and its output folder."""
    tmp = tmp_path_factory.mktemp("sample")
    out = tmp / "o"
    return check_json(str(SAMPLE), "--out", str(out), cwd=tmp), out


def test_check_refuses_its_own_scorecard_reviewed_copy_and_comparison(tmp_path: Path, sample_checked) -> None:
    _, out = sample_checked  # checked once, exit 0
    scorecard = out / "report_2023_scorecard.xlsx"
    assert runs_recorded(out / "checker.db") == 1
    one_line_error(run("check", str(scorecard), "--out", str(tmp_path / "p"), cwd=tmp_path), "checker review")
    assert run("review", str(scorecard), cwd=tmp_path).returncode == 0
    reviewed = out / "report_2023_scorecard_reviewed.xlsx"
    one_line_error(run("check", str(reviewed), "--out", str(tmp_path / "p"), cwd=tmp_path), "checker review")
    assert run("compare", "--db", str(out / "checker.db"), "-o", str(tmp_path / "c.xlsx"), "--no-charts",
               cwd=tmp_path).returncode == 0
    one_line_error(run("check", str(tmp_path / "c.xlsx"), "--out", str(tmp_path / "p"), cwd=tmp_path), "比较表")
    assert runs_recorded(out / "checker.db") == 1 and not list((tmp_path / "p").glob("*"))


# --- several files: full results in the single-check schema -------------------------------------


def test_batch_json_carries_every_verdict(tmp_path: Path, sample_checked) -> None:
    single, _ = sample_checked
    proc = run("check", "--no-charts", "--format", "json", str(SAMPLE), str(SEED_001), "--out", str(tmp_path / "many"),
               "--jobs", "1", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    groups = json.loads(proc.stdout)["groups"]
    assert len(groups) == 2 and all(g["check"] for g in groups)
    sample = next(g["check"] for g in groups if g["government"] == "上海市示范区人民政府")
    assert set(sample) == set(single)
    assert [(r["indicator"], r["verdict"], r["display"]) for r in sample["results"]] == \
        [(r["indicator"], r["verdict"], r["display"]) for r in single["results"]]
