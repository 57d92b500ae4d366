"""Every phrasing class of docs/extraction.md, in every input format: the figures a reader marks,
read with the right value, and nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest
import report_fixtures as rf
from shipped import SHIPPED as CATALOGUE
from shipped import shipped_context
from label_scoring import Score

from checker.figures.report import extract_report
from checker.judge.prose import judge_extraction


def _write(kind: str, folder: Path) -> Path:
    if kind == "txt":  # the table typed with ideographic spaces between its cells, as published pages are copied
        table = "\n".join("\u3000".join(row) for row in rf.CLASS_TABLE)
        return rf.write_txt(folder / "r.txt", "\n".join(rf.CLASS_PARAGRAPHS) + "\n\n" + table + "\n")
    if kind == "docx":
        return rf.write_docx(folder / "r.docx", rf.CLASS_PARAGRAPHS, table=rf.CLASS_TABLE)
    if kind == "pdf":
        return rf.write_pdf(folder / "r.pdf", rf.CLASS_PARAGRAPHS)
    path = folder / "r.html"
    path.write_text(rf.class_html(), encoding="utf-8")
    return path


@pytest.mark.parametrize("kind", ["txt", "docx", "pdf", "html"])
def test_every_class_in_every_format(kind: str, tmp_path: Path) -> None:
    ex = extract_report(_write(kind, tmp_path), CATALOGUE)
    labels = rf.CLASS_LABELS + (rf.CLASS_TABLE_LABELS if kind in ("txt", "docx", "html") else [])
    score = Score()
    score.add(kind, ex.figures, labels)
    assert score.missed == [] and score.wrong == []
    for f in ex.figures:
        assert ex.document.text[f.start:f.end] == f.quote
        assert f.clause and f.clause in f.quote or f.quote in f.clause
    assert ex.year == rf.CLASS_YEAR and ex.year_source == "落款日期"  # the docx's table after it is no end


def test_derived_rate_keeps_both_counts_and_says_so(tmp_path: Path) -> None:
    ex = extract_report(rf.write_txt(tmp_path / "r.txt", "\n".join(rf.CLASS_PARAGRAPHS[:-3]) + "\n"), CATALOGUE, 2023)
    derived = [f for f in ex.figures if f.derived]
    assert len(derived) == 1
    f = derived[0]
    assert f.operands == ("其中行政机关负责人出庭21件", "一审行政诉讼案件开庭64件")
    assert all(op in f.quote for op in f.operands)
    run = judge_extraction(ex, CATALOGUE, shipped_context(ex.year), sha256="")
    r = next(r for r in run.results if r.indicator.id == "court_appearance_rate")
    # the sub-level 100 % is set aside; the derived 32.8 % is judged, and said to be computed
    assert r.verdict.value == "fail" and "根据报告数字计算" in r.summary
    assert r.value == pytest.approx(32.8125)


def test_table_units_judged_one_by_one(tmp_path: Path) -> None:
    path = rf.write_docx(tmp_path / "t.docx", [rf.TITLE, "各执法单位法制审核人员配备情况见下表。"], table=rf.CLASS_TABLE)
    ex = extract_report(path, CATALOGUE)
    run = judge_extraction(ex, CATALOGUE, shipped_context(ex.year), sha256="")
    r = next(r for r in run.results if r.indicator.id == "legal_review_staff_ratio")
    assert r.verdict.value == "fail" and "区城管执法局" in r.summary and "区市场监管局" not in r.summary
    ok = [row if row[0] != "区城管执法局" else ["区城管执法局", "200", "11", "5.5%"] for row in rf.CLASS_TABLE]
    ex = extract_report(rf.write_docx(tmp_path / "u.docx", [rf.TITLE], table=ok), CATALOGUE)
    run = judge_extraction(ex, CATALOGUE, shipped_context(ex.year), sha256="")
    r = next(r for r in run.results if r.indicator.id == "legal_review_staff_ratio")
    # every listed unit meets 5 %, but nothing shows the table lists every unit: not a pass
    assert r.verdict.value == "review" and r.code == "not-per-person" and "区城管执法局5.5%" in r.summary


def test_extract_table_shows_the_words_read_apart_from_the_clause(tmp_path: Path) -> None:
    from checker.reporters.extraction import extraction_dict, render_table

    body = rf.CLASS_PARAGRAPHS + ["全区行政执法人员均已完成不少于60学时的法律法规培训，区政府领导班子另行组织了集中轮训。"]
    ex = extract_report(rf.write_txt(tmp_path / "r.txt", "\n".join(body) + "\n"), CATALOGUE)
    table = render_table(ex)
    assert table.splitlines()[0].endswith("2023年度（年度据落款日期）")
    row = next(line for line in table.splitlines() if line.startswith("行政执法人员业务知识"))
    assert "不少于60学时" in row and "全区行政执法人员均已完成【不少于60学时】的法律法规培训" in row
    assert "集中轮训" not in row  # the next clause is trimmed away
    derived = next(line for line in table.splitlines() if "根据报告数字计算" in line)
    assert "【一审行政诉讼案件开庭64件】" in derived and "【其中行政机关负责人出庭21件】" in derived
    figs = extraction_dict(ex)["figures"]
    f = next(f for f in figs if f["derived"])
    assert f["operands"] == ["其中行政机关负责人出庭21件", "一审行政诉讼案件开庭64件"]
    assert all(f["clause"] for f in figs)


def test_marked_clause_marks_the_figure_read_not_a_look_alike() -> None:
    from checker.figures.report import extract_document
    from checker.read.documents import build
    from checker.reporters.extraction import marked_clause

    text = "测试区2023年法治政府建设情况报告\n全年区政府共收到行政复议申请12件，依法受理12件。"
    doc = build("t.txt", "t.txt", "text", [(ln, f"第{i}行") for i, ln in enumerate(text.split("\n"), start=1)])
    f = next(f for f in extract_document(doc, CATALOGUE).figures if f.indicator == "reconsideration_cases")
    assert marked_clause(f).endswith("依法受理【12件】")


@pytest.mark.parametrize("header", [["单位", "执法人员数", "法制审核人员数", "占比"],
                                    ["单位", "执法人员数", "法制审核人员数", "比例（%）"]])
def test_a_bare_rate_column_after_the_terms_count_is_its_rate(tmp_path: Path, header: list[str]) -> None:
    rows = [header, ["区交通运输局", "64", "3", "4.7%" if header[-1] == "占比" else "4.7"], ["合计", "543", "30", "5.5"]]
    text = "\n".join([rf.TITLE, "全区执法部门法制审核人员配备情况如下：", ""] + ["  ".join(r) for r in rows]) + "\n"
    ex = extract_report(rf.write_txt(tmp_path / "r.txt", text), CATALOGUE)
    got = [(f.scope, float(f.value)) for f in ex.figures if f.indicator == "legal_review_staff_ratio"]
    assert got == [("区交通运输局", 4.7), ("合计", 5.5)]
    assert all(f.location.startswith("表1第") for f in ex.figures if f.indicator == "legal_review_staff_ratio")


def test_a_table_of_indicators_by_year_gives_the_report_years_column(tmp_path: Path) -> None:
    """序号｜指标名称｜2022年｜2023年: each row whose name holds a term gives the report year's cell, with
    the unit its name states; the other year's column and rows naming no figure are not read."""
    rows = ["序号｜指标名称｜2022年｜2023年",
            "1｜行政复议纠错率（%）｜13.4｜12.1",
            "2｜一审行政诉讼案件（件）｜1116｜1046",
            "3｜行政机关负责人出庭应诉率（%）｜98.2｜100",
            "4｜政务服务事项网上可办率（%）｜97.5｜99.2"]
    text = "\n".join([rf.TITLE, "现将主要指标完成情况列表如下：", "表1　主要指标完成情况"] + rows + ["", "2024年1月10日"]) + "\n"
    ex = extract_report(rf.write_txt(tmp_path / "r.txt", text), CATALOGUE)
    got = sorted((f.indicator, float(f.value), f.unit, f.year) for f in ex.figures if f.location.startswith("表1"))
    assert got == [("admin_litigation_cases", 1046.0, "件", 2023), ("court_appearance_rate", 100.0, "%", 2023),
                   ("reconsideration_correction_rate", 12.1, "%", 2023)]


def test_a_table_of_targets_and_values_gives_both(tmp_path: Path) -> None:
    """指标名称  目标值  完成值  备注 after 附表: each row gives its value, and its target as a requirement;
    rows may leave 备注 empty; the 附表 after the date line is not the plan section."""
    rows = ["序号  指标名称  目标值  完成值  备注",
            "1  行政机关负责人出庭应诉率  100%  100%  2022年为98.6%",
            "2  行政诉讼败诉率  —  4.8%",
            "3  行政执法人员法律知识培训  ≥60学时  均不低于60学时"]
    text = "\n".join([rf.TITLE, "2023年，测试区坚持依法行政，全面推进法治政府建设。", "二、2024年工作安排",
                      "继续推进依法行政。", "2024年1月10日", "附表"] + rows) + "\n"
    ex = extract_report(rf.write_txt(tmp_path / "r.txt", text), CATALOGUE)
    got = sorted((f.indicator, float(f.value), f.bound, f.requirement) for f in ex.figures if f.location.startswith("表1"))
    assert got == [("court_appearance_rate", 100.0, "", False), ("court_appearance_rate", 100.0, "", True),
                   ("enforcement_training_hours", 60.0, "at_least", False),
                   ("enforcement_training_hours", 60.0, "at_least", True), ("litigation_loss_rate", 4.8, "", False)]


def test_a_towns_own_cases_are_the_towns_rate(tmp_path: Path) -> None:
    body = ["测试县青石镇2023年法治政府建设年度报告",
            "镇政府作为被告的行政诉讼案件6件，开庭审理5件，镇长或分管副镇长出庭应诉5件，负责人出庭应诉率100%。"]
    ex = extract_report(rf.write_txt(tmp_path / "r.txt", "\n".join(body) + "\n"), CATALOGUE)
    [f] = [f for f in ex.figures if f.indicator == "court_appearance_rate"]
    assert (f.value, f.scope_kind) == (100, "whole")  # the town is its only organ: its own cases are all the cases
    run = judge_extraction(ex, CATALOGUE, shipped_context(ex.year), sha256="")
    r = next(r for r in run.results if r.indicator.id == "court_appearance_rate")
    assert r.value == 100 and "只针对部分机关或单位" not in r.summary
