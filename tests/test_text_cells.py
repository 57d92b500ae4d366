"""Text is text everywhere: every workbook the tool writes stores user and report text as strings,
never formulas, and never a control character that would abort the save."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from helpers import SCHEMA, info_grid, run_in_process
from layouts import write

from checker.api import check, record
from checker.reporters.cell_text import cell_text, safe_set

HOSTILE_NAME = '=HYPERLINK("http:x","点击")'
REPORT = ('=1+1示范区2023年法治政府建设情况报告\n\n'
          '=HYPERLINK("http://x","全年作出重大行政决策20件")\n'
          '+行政机关负责人出庭应诉率达到100%。\f\n'
          '-全区行政执法人员均完成不少于60学时的法律知识培训。\v\x1b[31m\x07\n')
CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def hostile_workbook(path: Path) -> Path:
    """A department's workbook whose names hold formulas and (escaped, as xlsx stores them) control characters."""
    head = [c.header for c in SCHEMA.table("officers").columns]
    return write(path, {"基本信息": info_grid("示范区_x001B_人民政府_x0007_\u202e", 2023),
                        "执法人员培训": [head, ["@区司法局_x000C_", "=王一_x001B_[31m", "001", 72, None],
                                         ["-区城管局_x000B_", '=HYPERLINK("http://x")', "002", 50, None]]})


@pytest.fixture(scope="module")
def written(tmp_path_factory) -> dict[str, Path]:
    """One of every workbook the tool writes, from hostile input."""
    from openpyxl import load_workbook

    from checker.comparison import from_history
    from checker.reporters import excel
    from checker.reporters.comparison_workbook import write_comparison
    from checker.review import review_scorecard

    tmp = tmp_path_factory.mktemp("text")
    run = check(hostile_workbook(tmp / f"{HOSTILE_NAME}.xlsx"))
    db = tmp / "out" / "checker.db"
    card = record(run, tmp / "out" / "a_scorecard.xlsx", db=db, charts=False)
    record(dataclasses.replace(run, government="=乙区\x1b人民政府"), tmp / "out" / "b_scorecard.xlsx", db=db,
           charts=False)
    wb = load_workbook(card.scorecard)
    ws = wb[excel.DETAIL]
    col = excel.header_index(ws)
    ws.cell(row=2, column=col["审查结论"], value="达标")
    ws.cell(row=2, column=col["审查意见"], value="=1+1 依据另附材料")
    ws.cell(row=2, column=col["审查人"], value="@王审查")
    annotated = tmp / "annotated.xlsx"  # the examiner's copy is theirs; what review writes from it is ours
    wb.save(annotated)
    reviewed = review_scorecard(annotated, db=db).output
    comparison, _ = write_comparison(from_history(db), tmp / "out" / "comparison.xlsx", charts=False)
    report = tmp / f"{HOSTILE_NAME}.txt"
    report.write_text(REPORT, encoding="utf-8")
    figures = tmp / "figures.xlsx"
    template = tmp / "template.xlsx"
    for args in (("extract", str(report), "-o", str(figures)), ("template", "-o", str(template))):
        result = run_in_process(*args, cwd=tmp)
        assert result.returncode == 0, result.stderr
    return {"scorecard": card.scorecard, "reviewed": reviewed, "comparison": comparison, "figures": figures,
            "template": template}


def test_no_written_cell_is_a_formula_or_holds_a_control_character(written) -> None:
    from openpyxl import load_workbook

    texts = []
    for kind, path in written.items():
        wb = load_workbook(path)
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for c in row:
                    assert c.data_type != "f", (kind, ws.title, c.coordinate, c.value)
                    if isinstance(c.value, str):
                        assert not CONTROLS.search(c.value), (kind, ws.title, c.coordinate, repr(c.value))
                        texts.append(c.value)
    # the hostile text did reach the workbooks, as text
    assert any(t.startswith("=HYPERLINK") for t in texts)  # the report's sentence (figures workbook)
    assert any(t.startswith(HOSTILE_NAME) for t in texts)  # the file name
    assert any(t.startswith("示范区人民政府") for t in texts)  # the government, controls removed
    assert any(t.startswith("=1+1 依据另附材料") for t in texts)  # the examiner's reason


@pytest.mark.parametrize("raw, stored", [
    ("=1+1", "=1+1"), ("+1", "+1"), ("-1", "-1"), ("@SUM(A1)", "@SUM(A1)"),
    ("第1页\f第2页", "第1页\n第2页"), ("行一\v行二", "行一\n行二"), ("\x1b[31m红\x07", "[31m红"),
    ("a_x001B_b", "a_x005F_x001B_b"), ("保留\t制表和\n换行", "保留\t制表和\n换行"),
])
def test_cell_text(raw, stored) -> None:
    from openpyxl import Workbook

    assert cell_text(raw) == stored
    c = safe_set(Workbook().active, 1, 1, raw)
    assert c.value == stored and c.data_type == "s"


def test_control_characters_in_a_workbook_give_a_scorecard(tmp_path) -> None:
    src = hostile_workbook(tmp_path / "in.xlsx")
    result = run_in_process("check", str(src), "--out", str(tmp_path / "o"), "--no-charts", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "o" / "in_scorecard.xlsx").exists()


@pytest.mark.parametrize("raw", ["0000__x001B_", "甲_x_x001B__乙", "a&b\x1b"])
def test_page_header_text_survives_a_save_and_a_reread(tmp_path, raw) -> None:
    """A header is read back decoded: no _xHHHH_ may stay in it, or the reviewed copy cannot be saved."""
    from openpyxl import Workbook, load_workbook

    from checker.reporters.excel import page_frame

    wb = Workbook()
    page_frame(wb.active, raw, raw)
    wb.save(tmp_path / "a.xlsx")
    again = load_workbook(tmp_path / "a.xlsx")
    assert not re.search(r"_x[0-9A-Fa-f]{4}_", again.active.oddHeader.left.text)
    again.save(tmp_path / "b.xlsx")
