"""A plan whose title names one year (2020年领导学法计划) is drafted as a one-year plan."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from helpers import CATALOGUE

from checker.draft import draft_document
from checker.draft.meta import plan_meta
from checker.draft.targets import simplified
from checker.read.documents import build

ROOT = Path(__file__).resolve().parent.parent
PLAN = [
    "青山区2020年领导干部学法计划",
    "为深入推进法治政府建设，提高领导干部依法行政能力，制定本计划。",
    "一、学法形式",
    "（一）区政府领导班子全年举办法治专题讲座两期以上。",
    "（二）全区行政执法人员每人每年接受不少于60学时的业务知识和法律法规培训。",
    "（三）2020年6月底前完成年度学法考试。",
]


def _doc(lines: list[str]):
    return build("p.txt", "p.txt", "text", [(ln, f"第{i}行") for i, ln in enumerate(lines, start=1)])


@pytest.mark.parametrize("title, period", [
    ("青山区2020年领导干部学法计划", (2020, 2020)),
    ("青山区二〇二一年度法治政府建设工作要点", (2021, 2021)),
    ("青山区法治政府建设实施方案（2021—2025年）", (2021, 2025)),
    ("青山区领导干部学法计划", (None, None)),
])
def test_period_from_the_title(title: str, period: tuple) -> None:
    doc = _doc([title] + PLAN[1:])
    meta = plan_meta(doc, simplified(doc.text), "qs-1")
    assert (meta.start, meta.end) == period and meta.name == title


def test_one_year_plan_targets() -> None:
    draft = draft_document(_doc(PLAN), "qingshan-2020", CATALOGUE)
    assert (draft.plan.start, draft.plan.end, draft.plan.government) == (2020, 2020, "青山区")
    matched = {p.base.id for p in draft.proposals if p.base is not None}
    assert {"leadership_law_lectures", "enforcement_training_hours"} <= matched
    exam = next(p for p in draft.proposals if p.draft)
    assert exam.target is not None and str(exam.target.value) == "2020-06-30"


def test_one_year_plan_end_to_end(tmp_path: Path) -> None:
    plan = tmp_path / "plan.txt"
    plan.write_text("\n".join(PLAN) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-m", "checker", "catalogue", "draft", str(plan), "--plan-id", "qingshan-2020",
                           "-o", str(out)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "2020—2020" in proc.stdout
    plans = yaml.safe_load((out / "plans.yml").read_text(encoding="utf-8"))["documents"]
    assert (plans[0]["start"], plans[0]["end"]) == (2020, 2020)
    listed = subprocess.run([sys.executable, "-m", "checker", "catalogue", "list", "--catalogue", str(out)], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert listed.returncode == 0 and "leadership_law_lectures" in listed.stdout
