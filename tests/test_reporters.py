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
    ours = [c for c in cells if c.data_type == "f"]  # the category counts: our own formulas, on 总览 only
    assert all(c.parent.title == "总览" and c.value.startswith("=COUNTIFS('指标明细'!") for c in ours)
    assert [c for c in cells if c not in ours] and all(c.data_type == "s" for c in cells if c not in ours)
    detail = wb["指标明细"]
    assert detail.freeze_panes == "C2" and detail.auto_filter.ref  # id and name stay in view


# --- the terminal table ------------------------------------------------------------------------


@pytest.mark.parametrize("total", [80, 100, 132])
def test_terminal_table_fits_the_width(fixed_run, total) -> None:
    text = terminal.render(fixed_run, total=total)
    table = text.split("─" * total)[1].strip("\n").splitlines()
    assert table and all(terminal.width(line) <= total for line in table)
    assert "\x1b[" not in text  # no colour unless asked for (stdout is not a terminal)
    names = [r.indicator.name for r in fixed_run.results]
    joined = "".join(line.split("  ")[0] for line in table)
    assert all(n in joined.replace(" ", "") or n[:6] in joined for n in names)  # wrapped, not cut


def test_terminal_colour_marks_verdicts(fixed_run) -> None:
    text = terminal.render(fixed_run, total=100, colour=True)
    assert "\x1b[1;31m✘ 未达标\x1b[0m" in text
    plain = terminal.render(fixed_run, total=100)
    import re

    assert re.sub(r"\x1b\[[0-9;]*m", "", text) == plain  # colour adds nothing but colour


def test_width_counts_cjk_double_and_ambiguous_by_locale() -> None:
    assert terminal.width("法治ab") == 6
    assert terminal.width("≥…·", ambiguous_wide=False) == 3 and terminal.width("≥…·", ambiguous_wide=True) == 6
    assert terminal.wrap("行政执法人员业务知识", 9) == ["行政执法", "人员业务", "知识"]


def test_progress_line_is_one_terminal_line() -> None:
    line = terminal.progress_line(12, 200, "很长的文件名" * 30 + ".txt", 80)
    assert terminal.width(line) <= 79 and line.startswith("[█") and "12/200" in line


def test_terminal_shows_carried_review_verdicts(fixed_run) -> None:
    from checker.model import Verdict

    failing = next(r for r in fixed_run.results if r.verdict is Verdict.FAIL)
    text = terminal.render(fixed_run, total=100, finals={failing.indicator.id: Verdict.PASS})
    row = next(line for line in text.splitlines() if line.startswith(failing.indicator.name[:10]))
    assert "✔ 达标*" in row and "计算结论为「未达标」" in text
    before = next(line for line in terminal.render(fixed_run, total=100).splitlines() if line.startswith("达标 "))
    after = next(line for line in text.splitlines() if line.startswith("审查后：达标 "))
    passed = int(before.split("达标 ")[1].split(" ")[0])
    assert after.startswith(f"审查后：达标 {passed + 1} /")  # the totals count the final verdict


def test_extract_table_columns_never_touch() -> None:
    from checker.catalogue.loader import load_catalogue
    from checker.figures.report import extract_report
    from checker.reporters.extraction import render_table

    cat, _ = load_catalogue()
    ex = extract_report(Path(__file__).parent.parent / "samples" / "reports" / "baoshan_2023.txt", cat, None)
    text = render_table(ex, total=80)
    lines = text.splitlines()
    rows = [line for line in lines[next(i for i, ln in enumerate(lines) if ln.startswith("─")) + 1:] if not line.startswith("    ")]
    assert rows and all(terminal.width(line) <= 80 for line in text.splitlines())
    for line in (r for r in rows if terminal.width(r) > 30):  # the figure column starts at column 30, after a space
        cut = ""
        for ch in line:
            if terminal.width(cut) >= 30:
                break
            cut += ch
        assert terminal.width(cut) == 30 and cut.endswith(" "), line


def test_extract_table_header_fits_a_long_path(tmp_path) -> None:
    from checker.catalogue.loader import load_catalogue
    from checker.figures.report import extract_report
    from checker.reporters.extraction import render_table

    deep = tmp_path / ("各县区上报材料" * 4) / "2023年度法治政府建设情况报告（定稿）"
    deep.mkdir(parents=True)
    report = deep / "baoshan_2023.txt"
    report.write_bytes((Path(__file__).parent.parent / "samples" / "reports" / "baoshan_2023.txt").read_bytes())
    cat, _ = load_catalogue()
    text = render_table(extract_report(report, cat, None), total=80)
    assert all(terminal.width(line) <= 80 for line in text.splitlines())
    assert str(report) in "".join(text.splitlines()[:4])  # the whole path, wrapped, not cut


def test_narrowing_columns_to_the_page_as_one_unit_at_a_time() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    def one_at_a_time(sized: dict[int, int], visible: list[int], budget: int) -> None:
        while sum(sized[c] for c in visible) > budget:
            widest = max(visible, key=lambda c: sized[c])  # the first of equally wide ones
            if sized[widest] <= 10:
                break
            sized[widest] -= 1

    @settings(max_examples=60, deadline=None)
    @given(st.lists(st.integers(6, 60), max_size=20), st.integers(40, 200), st.data())
    def same(widths: list[int], budget: int, data) -> None:
        sized = dict(enumerate(widths, start=1))
        visible = [c for c in sized if data.draw(st.booleans())]
        expected = dict(sized)
        one_at_a_time(expected, visible, budget)
        excel.narrow(sized, visible, budget)
        assert sized == expected

    same()
