"""The scorecard workbook as an examiner opens it: sheets, headers, verdict cells, review columns, charts."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLE

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
    # 审查记录 is left out while there is no review (an empty sheet would print bare headers)
    assert wb.sheetnames == ["总览", "指标明细", "单位明细", "人员明细", "数据问题", "读取映射"]


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


def test_native_charts_drawn_from_final_counts(scorecard) -> None:
    _, outs, wb = scorecard
    assert outs.charts == () and not list(outs.scorecard.parent.glob("*.png"))
    ws = wb["总览"]
    charts = ws._charts
    units = {r.indicator.id for r in scorecard[0].results if any(u.value is not None for u in r.units)}
    assert len(charts) == 2 + len(units)
    counts = next(c.row for c in ws["A"] if c.value == excel.COUNTS_HEADER[0])
    # the verdict chart reads the final-verdict column, which `checker review` rewrites
    assert charts[0].series[0].val.numRef.f == f"'总览'!$C${counts + 1}:$C${counts + len(Verdict)}"
    first = [c.row for c in ws["A"] if c.value == "类别"][0] + 1
    by_category = {ws.cell(row=r, column=1).value: ws.cell(row=r, column=3).value for r in range(first, first + 6)}
    assert by_category["队伍建设"] == sum(1 for r in scorecard[0].results
                                         if r.indicator.category == "队伍建设" and r.verdict is Verdict.FAIL)
    assert all(ws.cell(row=r, column=c).data_type != "f" for r in range(first, first + 6) for c in range(2, 7))
    rows = [c.anchor._from.row for c in charts]
    breaks = [b.id for b in ws.row_breaks.brk]
    assert rows == sorted(rows) and breaks and breaks[0] <= rows[0]  # anchors count from 0: a break before the first
    assert not ws.sheet_properties.pageSetUpPr.fitToPage  # manual page breaks hold only without fit-to-page


def test_reviewed_copy_charts_follow_final_verdicts(scorecard, tmp_path) -> None:
    from openpyxl import load_workbook

    from checker.review import review_scorecard

    _, outs, _ = scorecard
    wb = load_workbook(outs.scorecard)
    ws = wb["指标明细"]
    col = excel.header_index(ws)
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(row=r, column=col["计算结论"]).value == "未达标")
    for h, v in (("审查结论", "达标"), ("审查意见", "补充材料证明已达标"), ("审查人", "张三")):
        ws.cell(row=row, column=col[h], value=v)
    annotated = tmp_path / "annotated.xlsx"
    wb.save(annotated)
    done = review_scorecard(annotated, db=outs.db, output=tmp_path / "reviewed.xlsx")
    reviewed = load_workbook(done.output)
    ov = reviewed["总览"]
    counts = {r[0]: (r[1], r[2]) for r in ov.iter_rows(values_only=True) if r[0] in excel.BY_LABEL}
    assert counts["达标"] == (9, 10) and counts["未达标"] == (6, 5)
    first = [c.row for c in ov["A"] if c.value == "类别"][0] + 1
    per_category = [(ov.cell(row=r, column=2).value or 0) for r in range(first, ov.max_row + 1)
                    if ov.cell(row=r, column=1).value]
    assert sum(v for v in per_category if isinstance(v, int)) == 10  # the category table follows the review too
    ref = ov._charts[0].series[0].val.numRef.f
    assert ref.endswith(f"$C${next(c.row for c in ov['A'] if c.value == '达标')}:$C${next(c.row for c in ov['A'] if c.value == '仅展示')}")
    assert "审查记录" in reviewed.sheetnames and reviewed["审查记录"].oddHeader.left.text


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
    assert ws.cell(row=r, column=col["规划与条款"]).value.startswith("浦东新区贯彻落实加快法治政府建设决定情况报告") and ws.cell(row=r, column=col["规划与条款"]).value.endswith(" 三.（一）")
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
    for name in ("指标明细", "单位明细", "人员明细", "数据问题", "读取映射"):
        ws = wb[name]
        assert ws.freeze_panes in ("A2", "C2") and ws.auto_filter.ref.startswith("A1:")
        assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9  # A4
        assert ws.print_title_rows.replace("$", "") == "1:1"
        # fitted to the width at no less than about 80 % (11 pt text stays above 8 pt): 108 units fit at 100 %
        assert printed_width(ws) <= 130, name
        assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
    for ws in wb.worksheets:
        assert ws.oddFooter.center.text == "第 &P 页 共 &N 页"
        assert ws.oddHeader.left.text == "上海市示范区人民政府" and "2023年度" in ws.oddHeader.center.text
    detail = wb["指标明细"]
    assert detail.column_dimensions["A"].hidden and detail["A1"].value == "指标编号"  # ids: for tools, not print
    assert detail.print_area.replace("$", "").endswith(f"A1:K{detail.max_row}")
    assert [c.value for c in detail[1]][1:11] == list(excel.DETAIL_HEADERS[1:11])
    # wrapped text gets its height (LibreOffice does not size generated rows itself)
    tall = [r for r in range(2, detail.max_row + 1) if (detail.row_dimensions[r].height or 0) > excel.LINE_PT]
    assert tall


def printed_width(ws) -> float:
    from openpyxl.utils import get_column_letter

    last = ws.print_area.split(":")[-1].lstrip("$").rstrip("0123456789$") if ws.print_area else None
    total = 0.0
    for j in range(1, ws.max_column + 1):
        letter = get_column_letter(j)
        dim = ws.column_dimensions[letter]
        if not dim.hidden:
            total += dim.width or 8.43
        if letter == last:
            break
    return total


def test_units_and_people_sheets(scorecard) -> None:
    run, _, wb = scorecard
    units = list(wb["单位明细"].iter_rows(min_row=2, values_only=True))
    ratio = [u for u in units if u[0] == "legal_review_staff_ratio"]
    assert len(ratio) == 10 and ratio[0][2] == "区生态环境局" and ratio[0][3] == "未达标"  # shortfalls first
    assert ratio[0][4] == pytest.approx(200 / 45)
    values = [u[4] for u in ratio]
    assert values == sorted(values)  # then the furthest from the target first
    cell = next(c for c in wb["单位明细"]["E"] if c.value == ratio[0][4])
    assert cell.number_format == '0.0#"%"'  # 4.44%, never 4.444444444
    people = list(wb["人员明细"].iter_rows(min_row=2, values_only=True))
    hours = [p for p in people if p[0] == "enforcement_training_hours"]
    assert sum(1 for p in hours if p[3] == "未达标") == 23 and any(p[3] == "数据无效" for p in hours)
    issues = list(wb["数据问题"].iter_rows(min_row=2, values_only=True))
    assert any(i[1] == "执法人员培训!D133" and i[2] == "执法人员培训" and i[3] == 133 for i in issues)


def test_text_width_counts_chinese_double() -> None:
    assert excel.text_width("abc") == 3 and excel.text_width("法治") == 4 and excel.text_width("ab\n法治政府") == 8
    assert excel.text_width(None) == 0


# --- printing -----------------------------------------------------------------------------------

SEED_001 = Path("/work/shared/seeds/001_4f28ee6da608f1e8.txt")
REPORT = ROOT / "samples" / "reports" / "baoshan_2023.txt"  # seed 001's text, kept in the repository


def print_problems(wb) -> list[str]:
    """What would spoil a printout, read from the workbook's own print settings (no renderer needed)."""
    from checker.reporters.workbook_charts import CM_PER_ROW

    found = []
    for ws in wb.worksheets:
        where = ws.title
        if int(ws.page_setup.paperSize or 0) != 9:
            found.append(f"{where}: not A4")
        if ws.oddFooter.center.text != "第 &P 页 共 &N 页":
            found.append(f"{where}: no page numbers")
        if not ws.oddHeader.left.text:
            found.append(f"{where}: no page header")
        if ws.max_row <= 1 and not ws._charts:
            found.append(f"{where}: empty sheet")
        fit = ws.sheet_properties.pageSetUpPr is not None and ws.sheet_properties.pageSetUpPr.fitToPage
        if fit and printed_width(ws) > 130:
            found.append(f"{where}: {printed_width(ws):.0f} width units fitted to A4: text below 8 pt")
        if ws._charts and fit:
            found.append(f"{where}: charts on a fitted sheet (manual page breaks ignored)")
        breaks = sorted(b.id for b in ws.row_breaks.brk)
        for chart in ws._charts:
            top = chart.anchor._from.row + 1  # first row the chart covers (1-based)
            bottom = top + int(chart.height / CM_PER_ROW)
            if any(top <= b < bottom for b in breaks):
                found.append(f"{where}: a page break cuts the chart at row {top}")
            if chart.width > 16.5:
                found.append(f"{where}: chart wider than a portrait page")
        if ws.print_title_rows is None and fit:
            found.append(f"{where}: no repeated header row")
    return found


@pytest.fixture(scope="module")
def workbooks(scorecard, tmp_path_factory) -> dict[str, Path]:
    from checker.api import check as check_file
    from checker.catalogue.loader import load_catalogue
    from checker.comparison import from_runs
    from checker.reporters.comparison_workbook import write_comparison
    from checker.reporters.template import write_template

    out = tmp_path_factory.mktemp("print")
    report = record(check_file(REPORT), out / "report_scorecard.xlsx", db=out / "h.db").scorecard
    cat, schema = load_catalogue()
    runs = [scorecard[0]] + [dataclasses.replace(scorecard[0], government=f"第{k}区人民政府") for k in range(3)]
    comparison, _ = write_comparison(from_runs(runs + [check_file(REPORT)]), out / "comparison.xlsx")
    return {"sample": scorecard[1].scorecard, "report": report, "comparison": comparison,
            "template": write_template(out / "template.xlsx", cat, schema)}


@pytest.mark.parametrize("name", ["sample", "report", "comparison", "template"])
def test_print_settings(workbooks, name) -> None:
    from openpyxl import load_workbook

    assert print_problems(load_workbook(workbooks[name])) == []


def test_report_scorecard_leaves_out_empty_sheets(workbooks) -> None:
    from openpyxl import load_workbook

    names = load_workbook(workbooks["report"]).sheetnames
    assert "人员明细" not in names and "读取映射" not in names and "审查记录" not in names  # a narrative report


def test_template_validation_and_instructions_readable(workbooks) -> None:
    from openpyxl import load_workbook

    wb = load_workbook(workbooks["template"])
    messages = [dv.error for ws in wb.worksheets for dv in ws.data_validations.dataValidation if dv.error]
    assert messages and not [m for m in messages if "e+" in m or "1000000000" in m]
    guide = wb["填表说明"]
    assert guide["A2"].alignment.wrap_text and guide.column_dimensions["A"].width <= 90
    assert guide.page_setup.orientation == "portrait"


@pytest.fixture(scope="module")
def rendered(workbooks, tmp_path_factory) -> dict[str, Path]:
    """The four workbooks as LibreOffice prints them: one soffice run for all (it starts slowly)."""
    import shutil
    import subprocess

    folder = tmp_path_factory.mktemp("pdf")
    subprocess.run([shutil.which("soffice"), f"-env:UserInstallation=file://{folder / 'profile'}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(folder), *map(str, workbooks.values())],
                   check=True, capture_output=True, timeout=300)
    return {name: folder / (path.stem + ".pdf") for name, path in workbooks.items()}


@pytest.mark.skipif(not __import__("shutil").which("soffice"),
                    reason="LibreOffice (soffice) is not installed: the rendered-PDF check needs it; "
                           "test_print_settings checks the same workbooks without it")
@pytest.mark.parametrize("name", ["sample", "report", "comparison", "template"])
def test_rendered_pdf_pages(rendered, name) -> None:
    import re

    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    pdf = pdfium.PdfDocument(rendered[name])
    pages = len(pdf)
    assert 1 <= pages <= 40
    for k, page in enumerate(pdf, start=1):
        text = page.get_textpage()
        chars = text.get_text_range()
        numbers = re.search(r"第 (\d+) 页 共 (\d+) 页", chars)
        assert numbers and int(numbers.group(1)) == k and int(numbers.group(2)) == pages, f"page {k}: no page number"
        body = chars.replace(numbers.group(0), "")
        assert len(re.sub(r"\s", "", body)) > 30, f"page {k} is (nearly) blank"
        sizes = [raw.FPDFText_GetFontSize(text, i) for i in range(text.count_chars())
                 if not text.get_text_range(i, 1).isspace()]
        assert min(sizes) >= 8.0, f"page {k}: text at {min(sizes):.1f} pt"
