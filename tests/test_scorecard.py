"""The scorecard workbook as an examiner opens it: sheets, headers, verdict cells, review columns, charts."""

from __future__ import annotations

import dataclasses

import pytest
from conftest import SAMPLE

from checker.api import check, record
from checker.model import Quote, Verdict
from checker.reporters import excel


@pytest.fixture(scope="module")
def sample_run():
    return check(SAMPLE)


@pytest.fixture(scope="module")
def scorecard(sample_run, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    # a quote from an untrusted report that looks like a formula must stay text
    results = list(sample_run.results)
    i = next(k for k, r in enumerate(results) if r.indicator.id == "no_fine_quotas")
    results[i] = dataclasses.replace(results[i], evidence=(Quote("r.txt", "第3行", "=HYPERLINK(\"http://x\",\"点击\")"),
                                                           Quote("r.txt", "第4行", "@SUM(A1)")))
    run = dataclasses.replace(sample_run, results=tuple(results))
    outs = record(run, out / "report_2023_scorecard.xlsx")
    from openpyxl import load_workbook

    return run, outs, load_workbook(outs.scorecard)


def test_sheets_in_order(scorecard) -> None:
    _, _, wb = scorecard
    assert wb.sheetnames == ["总览", "指标明细", "单位明细", "人员明细", "数据问题", "读取映射", "审查记录"]


def test_overview_facts_and_counts(scorecard) -> None:
    run, outs, wb = scorecard
    ws = wb["总览"]
    facts = {r[0]: r[1] for r in ws.iter_rows(values_only=True) if r[0]}
    assert facts["政府（单位）"] == "上海市示范区人民政府"
    assert facts["SHA-256"] == run.sha256 and len(run.sha256) == 64
    assert facts["核查编号"] == outs.uid
    assert facts["报告期"] == "2023年度"
    counts = {r[0]: (r[1], r[2]) for r in ws.iter_rows(values_only=True) if r[0] in excel.BY_LABEL}
    assert counts["达标"] == (9, 9) and counts["未达标"] == (6, 6) and counts["不适用"] == (3, 3)
    # 9 met of 15 judged; the blank target is counted apart (coverage 15 of 16), rounded half up
    assert facts["达标率（达标÷已判定）"] == "60.0%（9/15）" and facts["覆盖率（已判定÷应判定）"] == "93.8%（15/16）"
    assert facts["规划依据"].startswith("按政府名称「上海市示范区人民政府」匹配")


def test_charts_embedded_and_beside_workbook(scorecard) -> None:
    _, outs, wb = scorecard
    assert len(outs.charts) >= 3
    for png in outs.charts:
        assert png.parent == outs.scorecard.parent and png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(wb["总览"]._images) == len(outs.charts)


def test_detail_rows_verdict_cells_and_evidence(scorecard) -> None:
    run, _, wb = scorecard
    ws = wb["指标明细"]
    col = excel.header_index(ws)
    assert list(col) == list(excel.DETAIL_HEADERS)
    rows = {ws.cell(row=r, column=1).value: r for r in range(2, ws.max_row + 1)}
    assert list(rows) == [r.indicator.id for r in run.results]
    r = rows["legal_review_staff_ratio"]
    cell = ws.cell(row=r, column=col["计算结论"])
    assert cell.value == "未达标" and cell.fill.fgColor.rgb.endswith(excel.FILLS[Verdict.FAIL])
    assert ws.cell(row=r, column=col["最终结论"]).value == "未达标"
    assert ws.cell(row=r, column=col["目标"]).value == "≥5%"
    assert "执法单位!" in ws.cell(row=r, column=col["证据（工作表!单元格 / 原文）"]).value
    assert ws.cell(row=r, column=col["规划与条款"]).value == "pudong-2020 三.（一）"
    hours = rows["enforcement_training_hours"]
    assert "执法人员培训!D133" in ws.cell(row=hours, column=col["数据问题"]).value
    for h in excel.REVIEW_HEADERS:
        assert all(ws.cell(row=k, column=col[h]).value is None for k in rows.values())  # left empty by the tool


def test_formula_looking_quotes_are_text(scorecard) -> None:
    _, _, wb = scorecard
    ws = wb["指标明细"]
    col = excel.header_index(ws)
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(row=r, column=1).value == "no_fine_quotas")
    cell = ws.cell(row=row, column=col["证据（工作表!单元格 / 原文）"])
    assert cell.data_type == "s" and cell.value.startswith("第3行：「=HYPERLINK")
    for raw in ("=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"):
        from openpyxl import Workbook

        c = excel.safe_set(Workbook().active, 1, 1, raw)
        assert c.data_type == "s" and c.value == raw


def test_review_drop_down(scorecard) -> None:
    _, _, wb = scorecard
    ws = wb["指标明细"]
    col = excel.header_index(ws)
    letter = ws.cell(row=1, column=col["审查结论"]).column_letter
    [dv] = ws.data_validations.dataValidation
    assert dv.type == "list" and str(dv.sqref) == f"{letter}2:{letter}{ws.max_row}"
    assert dv.formula1.strip('"').split(",") == [v.label for v in Verdict]


def test_layout_for_print_and_screen(scorecard) -> None:
    _, _, wb = scorecard
    for name in ("指标明细", "单位明细", "人员明细", "数据问题", "审查记录"):
        ws = wb[name]
        assert ws.freeze_panes in ("A2", "C2") and ws.auto_filter.ref.startswith("A1:")
        assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9  # A4
        assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
        assert ws.print_title_rows.replace("$", "") == "1:1"
    detail = wb["指标明细"]
    # widths follow the Chinese text: the name column is wider than the level column
    assert detail.column_dimensions["B"].width > detail.column_dimensions["D"].width >= 6


def test_units_and_people_sheets(scorecard) -> None:
    run, _, wb = scorecard
    units = list(wb["单位明细"].iter_rows(min_row=2, values_only=True))
    ratio = [u for u in units if u[0] == "legal_review_staff_ratio"]
    assert len(ratio) == 10 and ratio[0][2] == "区生态环境局" and ratio[0][3] == "未达标"  # shortfalls first
    assert ratio[0][4] == pytest.approx(200 / 45)
    people = list(wb["人员明细"].iter_rows(min_row=2, values_only=True))
    hours = [p for p in people if p[0] == "enforcement_training_hours"]
    assert sum(1 for p in hours if p[3] == "未达标") == 23 and any(p[3] == "数据无效" for p in hours)
    issues = list(wb["数据问题"].iter_rows(min_row=2, values_only=True))
    assert any(i[1] == "执法人员培训!D133" and i[2] == "执法人员培训" and i[3] == 133 for i in issues)


def test_text_width_counts_chinese_double() -> None:
    assert excel.text_width("abc") == 3 and excel.text_width("法治") == 4 and excel.text_width("ab\n法治政府") == 8
    assert excel.text_width(None) == 0
