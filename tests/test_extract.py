"""Finding figures in prose and judging them: every pattern class, the seeds, the catalogue block."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import report_fixtures as rf
from helpers import CATALOGUE, context

from checker.catalogue.loader import default_directory, load_catalogue
from checker.read.documents import Document, build, read_document
from checker.errors import CatalogueError, InputError
from checker.figures.prose import Figure, find_figures
from checker.judge.prose import judge_extraction
from checker.figures.report import extract_document, report_meta
from checker.model import Quote, Result

ROOT = Path(__file__).resolve().parent.parent
SEED_001 = ROOT / "samples" / "reports" / "baoshan_2023.txt"
SEED_004 = ROOT / "samples" / "reports" / "pudong_inspection_placeholder.txt"
HEAD = "上海市测试区2023年法治政府建设情况报告\n2023年，测试区坚持依法行政，全面推进法治政府建设。\n"


def document(body: str, head: str = HEAD) -> Document:
    text = head + body
    return build("t.txt", "t.txt", "text", [(ln, f"第{i}行") for i, ln in enumerate(text.split("\n"), start=1)])


def figures(body: str, indicator: str | None = None, year: int | None = 2023) -> list[Figure]:
    found = find_figures(document(body), CATALOGUE, year)
    return [f for f in found if indicator is None or f.indicator == indicator]


def judged(body: str, year: int | None = None, head: str = HEAD) -> dict[str, Result]:
    ex = extract_document(document(body, head), CATALOGUE, year)
    run = judge_extraction(ex, CATALOGUE, context(ex.year, file=ex.document.file), sha256="")
    return {r.indicator.id: r for r in run.results}


def one(body: str, indicator: str) -> Figure:
    found = figures(body, indicator)
    assert len(found) == 1, found
    return found[0]


# --- numbers, bounds, units ------------------------------------------------------------------

@pytest.mark.parametrize("body, indicator, value, bound", [
    ("全区行政执法人员均已完成不少于60学时的法律法规培训。", "enforcement_training_hours", 60, "at_least"),
    ("全区行政执法人员每人接受法律法规培训六十学时。", "enforcement_training_hours", 60, ""),
    ("政务服务好评率保持在99.99%以上。", "service_praise_rate", 99.99, "at_least"),
    ("全区行政诉讼败诉率超过5%。", "litigation_loss_rate", 5, "more_than"),
    ("区政府领导班子举办法治专题讲座10余期。", "leadership_law_lectures", 10, "more_than"),
    ("区政府领导班子举办法治专题讲座近10期。", "leadership_law_lectures", 10, "about"),
    ("区政府领导班子举办法治专题讲座3期以上。", "leadership_law_lectures", 3, "at_least"),
    ("区政府领导班子全年举办两期法治专题讲座。", "leadership_law_lectures", 2, ""),
    ("全区行政复议纠错率不足5%。", "reconsideration_correction_rate", 5, "less_than"),
    ("全区行政复议纠错率不超过5%。", "reconsideration_correction_rate", 5, "at_most"),
    ("全区行政机关负责人出庭应诉率１００％。", "court_appearance_rate", 100, ""),
    ("全区行政机关负责人出庭应诉率为百分之百。", "court_appearance_rate", 100, ""),
    ("全区行政机关负责人出庭应诉率为百分之九十九点八。", "court_appearance_rate", 99.8, ""),
    ("全年共计一百二十件重大行政决策事项纳入目录。", "major_decisions_count", 120, ""),
    ("全区人民调解组织受理纠纷21267件，调解成功21221件，成功率99.8%。", "mediation_success_rate", 99.8, ""),
])
def test_values_and_bounds(body: str, indicator: str, value: float, bound: str) -> None:
    f = one(body, indicator)
    assert float(f.value) == pytest.approx(value) and f.bound == bound and not f.placeholder


def test_unit_must_match() -> None:
    # 81.8 % is a change in the count of decisions, not a count; 1+3+1 has no unit
    body = "共计20件重大决策被纳入目录管理，纳管数量同比提高81.8%。建立重大行政决策“1+3+1”三级合法性审查制度。"
    assert [float(f.value) for f in figures(body, "major_decisions_count")] == [20]


def test_change_is_not_a_level() -> None:
    assert figures("全区出庭应诉率同比提高5%。", "court_appearance_rate") == []


def test_from_to_takes_the_new_level() -> None:
    f = one("全区出庭应诉率由2022年的90%提高到100%。", "court_appearance_rate")
    assert f.value == 100


def test_years_inside_book_titles_and_ranges_are_ignored() -> None:
    f = one("按照《法治政府建设实施纲要(2021—2025年)》，全区出庭应诉率为100%。", "court_appearance_rate")
    assert f.year is None and f.value == 100


# --- placeholders ----------------------------------------------------------------------------

@pytest.mark.parametrize("body, indicator, text", [
    ("全区出庭应诉率为X%。", "court_appearance_rate", "X%"),
    ("全区出庭应诉率为XX%。", "court_appearance_rate", "XX%"),
    ("全区出庭应诉率为Ｘ％。", "court_appearance_rate", "Ｘ％"),
    ("全区出庭应诉率为*%。", "court_appearance_rate", "*%"),
    ("全区出庭应诉率为×%。", "court_appearance_rate", "×%"),
    ("区政府领导班子举办法治专题讲座某期。", "leadership_law_lectures", "某期"),
    ("全区共制发规范性文件X余件。", "normative_docs_count", "X余件"),
])
def test_placeholders_are_never_numbers(body: str, indicator: str, text: str) -> None:
    f = one(body, indicator)
    assert f.placeholder and f.value is None and f.text == text


def test_placeholder_only_is_invalid_with_its_quote() -> None:
    r = judged("全区出庭应诉率为X%。")["court_appearance_rate"]
    assert r.verdict.value == "invalid" and r.code == "placeholder-value"
    assert r.evidence == (Quote("t.txt", "第3行", "全区出庭应诉率为X%。"),)


# --- negation and shortfall -------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "行政机关负责人出庭应诉率虽然较之去年有较大幅度提升，但是仍未达到指标要求。",
    "部分机关负责人出庭应诉率有待提升。",
])
def test_admitted_shortfall_fails(body: str) -> None:
    r = judged(body)["court_appearance_rate"]
    assert r.verdict.value == "fail" and r.code == "below-target"
    assert r.evidence and all(q.text in HEAD + body for q in r.evidence)


def test_shortfall_never_turns_a_number_into_a_pass() -> None:
    r = judged("全区出庭应诉率为100%，但仍未达到指标要求。")["court_appearance_rate"]
    assert r.verdict.value == "review"


def test_statement_negated_and_deadline() -> None:
    rs = judged("行政执法协调监督工作体系尚未建立。统一综合执法系统尚未建成。")
    assert rs["enforcement_supervision_system"].verdict.value == "not_applicable"  # due 2024-12-31
    assert rs["unified_enforcement_system"].verdict.value == "fail"  # due 2022-09-30
    assert rs["unified_enforcement_system"].code == "overdue"


def test_statement_claims() -> None:
    rs = judged("区政府重大行政决策事项目录已向社会公开。2023年建成全市统一的基层政务公开标准体系。"
                "2023年建成覆盖区、街镇的统一综合执法系统。")
    assert rs["major_decision_catalogue_published"].verdict.value == "pass"
    assert rs["grassroots_openness_standards"].verdict.value == "pass"
    assert rs["unified_enforcement_system"].verdict.value == "fail"  # built after 2022-09-30


# --- scope, period, year, requirement, baseline -------------------------------------------------

def test_partial_period_is_review() -> None:
    f = one("1-10月，全区出庭应诉率为98%。", "court_appearance_rate")
    assert f.period == "1-10月"
    r = judged("1-10月，全区出庭应诉率为100%。")["court_appearance_rate"]
    assert r.verdict.value == "review" and r.code == "partial-period"


def test_the_years_own_number_is_shown_before_a_span_of_years() -> None:
    r = judged("2023年，以区政府为被告的行政诉讼案件3件。近三年来，区政府累计作为被告的行政诉讼案件共7件。",
               year=2023)["admin_litigation_cases"]
    assert r.display == "3件" and "第3行" in r.summary
    # the span's number is named in the summary, not cited as evidence of the year's
    assert not any("近三年来" in e.text for e in r.evidence) and "7件" in r.summary and "未采用" in r.summary


def test_period_carries_from_the_sentence_before() -> None:
    found = figures("截至10月底，全区审结案件X件，出庭应诉率为X%。涉诉机关X个，其中X个行政机关出庭应诉率为X%。",
                    "court_appearance_rate")
    assert [f.period for f in found] == ["截至10月底", "截至10月底"]


@pytest.mark.parametrize("body, kind", [
    ("全区出庭应诉率为100%。", "whole"),
    ("其中3个行政机关出庭应诉率为100%。", "part"),
    ("区司法局出庭应诉率为100%。", "unit"),
    ("行政机关负责人出庭应诉率为100%。", ""),
])
def test_scope(body: str, kind: str) -> None:
    assert one(body, "court_appearance_rate").scope_kind == kind


def test_part_of_the_organs_does_not_judge_the_government() -> None:
    r = judged("其中3个行政机关出庭应诉率为100%。")["court_appearance_rate"]
    assert r.verdict.value == "missing" and "部分机关" in r.summary and r.evidence


def test_series_gets_one_figure_per_department() -> None:
    found = figures("区公安分局、区市场监管局、区城管执法局一线执法力量分别占其人员总数的X%、X%、X%。",
                    "frontline_enforcement_share")
    assert [f.scope for f in found] == ["区公安分局", "区市场监管局", "区城管执法局"]
    assert all(f.placeholder for f in found)


def test_other_year_is_not_used() -> None:
    r = judged("2022年全区出庭应诉率为95%。", year=2023)["court_appearance_rate"]
    assert r.verdict.value == "missing" and "2022年" in r.summary
    rs = judged("2022年全区出庭应诉率为95%。2023年全区出庭应诉率为100%。")
    assert rs["court_appearance_rate"].verdict.value == "pass"


def test_next_year_plans_are_not_results() -> None:
    body = "四、2024年工作安排\n全区出庭应诉率将保持100%。"
    assert judged(body)["court_appearance_rate"].verdict.value == "missing"


def test_requirement_is_recognised_not_judged() -> None:
    f = one("原则上法制审核人员应不少于本单位行政执法人员总数的5%。", "legal_review_staff_ratio")
    assert f.requirement and f.value == 5 and f.bound == "at_least"
    r = judged("原则上法制审核人员应不少于本单位行政执法人员总数的5%。")["legal_review_staff_ratio"]
    assert r.verdict.value == "missing" and "要求" in r.summary and r.evidence


def test_fulfilled_requirement_is_a_claim() -> None:
    body = "已落实政务公开工作在绩效考核体系中的分值权重不低于4%的要求。"
    f = one(body, "gov_openness_weight")
    assert not f.requirement
    assert judged(body)["gov_openness_weight"].verdict.value == "pass"


def test_baseline_of_a_comparison() -> None:
    found = figures("全区出庭应诉率相较2022年全年的80%有较大提升。", "court_appearance_rate")
    assert len(found) == 1 and found[0].baseline


# --- bounds against targets --------------------------------------------------------------------

@pytest.mark.parametrize("body, verdict", [
    ("全区行政执法人员均已完成不少于60学时的法律法规培训。", "pass"),
    ("全区行政执法人员均已完成不少于40学时的法律法规培训。", "review"),  # ≥40 may or may not be ≥60
    ("全区行政执法人员均完成40学时的法律法规培训。", "fail"),
    ("全区行政执法人员参加法律法规培训人均60学时以上。", "review"),  # not said of every officer
    ("全区行政机关负责人出庭应诉率超过50%。", "review"),
    ("全区行政机关负责人出庭应诉率不足90%。", "fail"),
    ("全区行政机关负责人出庭应诉率近100%。", "review"),
    ("区政府领导班子举办法治专题讲座一期。", "fail"),
    ("区政府领导班子举办法治专题讲座两期以上。", "pass"),
])
def test_bound_judging(body: str, verdict: str) -> None:
    rs = judged(body)
    ind = next(f.indicator for f in figures(body))
    assert rs[ind].verdict.value == verdict, rs[ind].summary


def test_not_mentioned_is_missing() -> None:
    r = judged("区政府领导班子举办法治专题讲座两期。")["court_appearance_rate"]
    assert r.verdict.value == "missing" and r.evidence == ()


# --- conflicts -----------------------------------------------------------------------------------

def test_disagreeing_mentions_are_review_with_both_quotes() -> None:
    body = "全区出庭应诉率为100%。\n……\n全区行政机关负责人出庭应诉率为95%。"
    r = judged(body)["court_appearance_rate"]
    assert r.verdict.value == "review" and r.code == "conflicting-figures"
    assert [q.location for q in r.evidence] == ["第3行", "第5行"]
    assert "100%" in r.display and "95%" in r.display


def test_agreeing_mentions_are_one_figure() -> None:
    r = judged("全区出庭应诉率为100%。\n全区行政机关负责人出庭应诉率100%。")["court_appearance_rate"]
    assert r.verdict.value == "pass" and len(r.evidence) == 2


def test_informational_conflict_is_review() -> None:
    r = judged("人民调解成功率为99.8%。\n人民调解成功率为98.1%。")["mediation_success_rate"]
    assert r.verdict.value == "review"


# --- the report itself ---------------------------------------------------------------------------

@pytest.mark.parametrize("head, government, year", [
    ("上海市宝山区2023年法治政府建设情况报告\n", "上海市宝山区", 2023),
    ("上海市宝山区人民政府关于二〇二二年度法治政府建设情况的报告\n", "上海市宝山区", 2022),
    ("上海市宝山区人民政府关于法治政府\n建设情况报告\n2023年,宝山区政府在市委的领导下\n", "上海市宝山区", 2023),
    ("甘肃省张掖市甘州区2021年度法治政府建设工作报告\n", "甘肃省张掖市甘州区", 2021),
    ("关于贯彻落实《关于加快法治政府建设的决定》情况报告\n自XX年8月以来\n", "", None),
])
def test_report_meta(head: str, government: str, year: int | None) -> None:
    doc = document("全区出庭应诉率为100%。", head=head)
    got = report_meta(doc)
    assert got[:2] == (government, year)


def test_year_option_overrides() -> None:
    ex = extract_document(document("2022年全区出庭应诉率为95%。"), CATALOGUE, 2022)
    run = judge_extraction(ex, CATALOGUE, context(ex.year, file=ex.document.file), sha256="")
    assert run.year == 2022
    assert next(r for r in run.results if r.indicator.id == "court_appearance_rate").verdict.value == "fail"


@pytest.mark.parametrize("text", [
    "今天天气很好，我们一起去公园散步，看到了很多花，还有小朋友在放风筝，大家都很开心，晚上回家吃饭。",
    "Annual report of the district government. Court appearance rate 100%.",
    "法治",
])
def test_text_that_is_not_a_report(text: str) -> None:
    with pytest.raises(InputError, match="不像法治政府建设情况报告"):
        extract_document(document("", head=text), CATALOGUE)


# --- the seeds -----------------------------------------------------------------------------------

def _by(figs, indicator):
    return [f for f in figs if f.indicator == indicator]


def test_seed_001_figures() -> None:
    doc = read_document(SEED_001)
    ex = extract_document(doc, CATALOGUE)
    assert (ex.government, ex.year) == ("上海市宝山区", 2023)
    figs = ex.figures

    def single(ind: str) -> Figure:
        found = [f for f in _by(figs, ind) if not f.statement]
        assert len(found) == 1, found
        return found[0]

    court = single("court_appearance_rate")
    assert court.value == 100 and court.unit == "%" and "出庭应诉率100%" in court.quote
    hours = single("enforcement_training_hours")
    assert (hours.value, hours.bound, hours.everyone) == (60, "at_least", True)
    assert "均已完成不少于60学时" in hours.quote
    assert single("major_decisions_count").value == 20
    assert float(single("mediation_success_rate").value) == 99.8
    assert (float(single("service_praise_rate").value), single("service_praise_rate").bound) == (99.99, "at_least")
    assert float(single("reconsideration_mediation_rate").value) == 75.3
    assert single("normative_docs_count").value == 4  # issued this year, not the 66 in force
    assert not any(f.placeholder or f.negated for f in figs)
    rs = judged_file(SEED_001)
    assert rs["court_appearance_rate"].verdict.value == "pass"
    assert rs["enforcement_training_hours"].verdict.value == "pass"
    assert rs["leadership_law_lectures"].verdict.value == "missing"
    assert rs["mediation_success_rate"].value == pytest.approx(99.8)


def test_seed_004_figures() -> None:
    ex = extract_document(read_document(SEED_004), CATALOGUE)
    figs = ex.figures
    assert ex.year is None
    numbers = [f for f in figs if f.value is not None]
    # the only numbers in 004 that are not placeholders
    assert sorted((f.indicator, float(f.value)) for f in numbers) == [
        ("court_appearance_rate", 50.0), ("gov_openness_weight", 4.0), ("legal_review_staff_ratio", 5.0),
        ("major_decisions_count", 8.0)]
    text = read_document(SEED_004).text
    for f in figs:
        if f.text.replace("X", "").replace("%", "").replace("件", "") == "" and f.text:
            assert f.placeholder
    x_figures = [f for f in figs if "X" in f.text]
    assert x_figures and all(f.placeholder and f.value is None for f in x_figures)
    assert {f.indicator for f in figs if f.placeholder} >= {
        "court_appearance_rate", "document_disclosure_rate", "reconsideration_correction_rate",
        "frontline_enforcement_share", "normative_docs_count"}
    shortfall = [f for f in _by(figs, "court_appearance_rate") if f.negated]
    assert len(shortfall) == 1 and "仍未达到指标要求" in shortfall[0].quote
    rule = _by(figs, "legal_review_staff_ratio")[0]
    assert rule.requirement and rule.bound == "at_least"
    over50 = next(f for f in numbers if f.indicator == "court_appearance_rate")
    assert over50.scope_kind == "part" and over50.bound == "more_than"
    rs = judged_file(SEED_004)
    assert rs["court_appearance_rate"].verdict.value == "fail"
    assert any("仍未达到指标要求" in q.text for q in rs["court_appearance_rate"].evidence)
    assert rs["legal_review_staff_ratio"].verdict.value == "missing"
    assert rs["major_decisions_count"].value == 8
    assert rs["gov_openness_weight"].verdict.value == "pass"
    assert "X" in text


def judged_file(path: Path) -> dict[str, Result]:
    ex = extract_document(read_document(path), CATALOGUE)
    run = judge_extraction(ex, CATALOGUE, context(ex.year, file=ex.document.file), sha256="")
    return {r.indicator.id: r for r in run.results}


def _all_documents(tmp_path: Path) -> list[Document]:
    return [read_document(p) for p in (
        SEED_001, SEED_004, rf.write_txt(tmp_path / "r.txt"), rf.write_txt(tmp_path / "g.txt", encoding="gb18030"),
        rf.write_docx(tmp_path / "r.docx"), rf.write_pdf(tmp_path / "r.pdf"), rf.write_html(tmp_path / "r.html"))]


def test_every_quote_is_a_substring_of_its_source(tmp_path: Path) -> None:
    checked = 0
    for doc in _all_documents(tmp_path):
        ex = extract_document(doc, CATALOGUE)
        assert ex.figures
        for f in ex.figures:
            assert f.quote and f.quote in doc.text
            assert doc.text[f.start:f.end] == f.quote
            assert doc.text[f.value_start:f.value_end] == f.text
            assert f.start <= f.value_start and f.value_end <= f.end
            assert f.location == doc.location(f.start)
            checked += 1
    raw = SEED_001.read_text(encoding="utf-8")
    for f in extract_document(read_document(SEED_001), CATALOGUE).figures:
        assert f.quote in raw
    assert checked > 40


@pytest.mark.parametrize("maker", ["txt", "gb18030", "docx", "pdf", "html"])
def test_same_verdicts_in_every_format(tmp_path: Path, maker: str) -> None:
    path = {"txt": lambda: rf.write_txt(tmp_path / "r.txt"),
            "gb18030": lambda: rf.write_txt(tmp_path / "r.txt", encoding="gb18030"),
            "docx": lambda: rf.write_docx(tmp_path / "r.docx"),
            "pdf": lambda: rf.write_pdf(tmp_path / "r.pdf"),
            "html": lambda: rf.write_html(tmp_path / "r.html")}[maker]()
    rs = judged_file(path)
    assert {k: rs[k].verdict.value for k in rf.EXPECTED_VERDICTS} == rf.EXPECTED_VERDICTS
    assert {k: rs[k].value for k in rf.EXPECTED_VALUES} == pytest.approx(rf.EXPECTED_VALUES)
    assert rs["document_disclosure_rate"].display == "占位符（未填写）"


def test_docx_figures_in_a_table(tmp_path: Path) -> None:
    path = rf.write_docx(tmp_path / "t.docx", rf.PARAGRAPHS[:3], table=[
        ["指标", "2023年"], ["行政机关负责人出庭应诉率", "１００％"], ["人民调解成功率", "99.5%"],
        ["政府领导班子法治专题讲座", "2期"]])
    rs = judged_file(path)
    assert rs["court_appearance_rate"].verdict.value == "pass"
    assert rs["court_appearance_rate"].evidence[0].location == "表1第2行"
    assert rs["mediation_success_rate"].value == pytest.approx(99.5)
    assert rs["leadership_law_lectures"].verdict.value == "pass"


# --- the catalogue's extract block ---------------------------------------------------------------

@pytest.fixture
def catalogue_copy(tmp_path: Path) -> Path:
    root = tmp_path / "indicators"
    shutil.copytree(default_directory(), root)
    return root


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.mark.parametrize("old, new, field, words", [
    ('  units: ["%"]\n', '  units: ["percent"]\n', "extract.units", "未知单位"),
    ('  terms: [出庭应诉率, 出庭率]\n', '  terms: []\n', "extract.terms", "非空文字列表"),
    ('  terms: [出庭应诉率, 出庭率]\n', '  terms: [出庭应诉率]\n  keywords: [出庭]\n', "extract.keywords", "未知字段"),
    ('  units: ["%"]\n', '  units: ["%"]\n  kind: statement\n', "extract.kind", "statement 只用于"),
    ('  units: ["%"]\n', '  units: ["%"]\n  within: 500\n', "extract.within", "2 到 80"),
    ('  units: ["%"]\n', '  units: ["%"]\n  phrases: {无一败诉: 零}\n', "extract.phrases", "应对应一个数值"),
    ('  units: ["%"]\n', '  units: ["%"]\n  phrases: [无一败诉]\n', "extract.phrases", "映射"),
    ('  units: ["%"]\n', '  units: ["%"]\n  derive: {numerator: heads_in_court_count}\n', "extract.derive", "numerator"),
    ('  units: ["%"]\n', '  units: ["%"]\n  verbs: []\n', "extract.verbs", "非空文字列表"),
    ('  terms: [出庭应诉率, 出庭率]\n', '  terms: [出庭应诉率, …出庭率]\n', "extract.terms", "省略号"),
    ('  units: ["%"]\n', '  units: ["%"]\n  out_of_100: []\n', "extract.out_of_100", "非空文字列表"),
    ('  units: ["%"]\n', '  units: ["%"]\n  term_near: {应诉率: [出庭]}\n', "extract.term_near", "不在 terms 中"),
    ('  units: ["%"]\n', '  units: ["%"]\n  term_near: {出庭率: []}\n', "extract.term_near", "非空文字列表"),
    ('  units: ["%"]\n', '  units: ["%"]\n  term_near: [出庭率]\n', "extract.term_near", "映射"),
    ('  units: ["%"]\n', '  units: ["%"]\n  term_not_near: {应诉率: [出庭]}\n', "extract.term_not_near", "不在 terms 中"),
    ('  units: ["%"]\n', '  units: ["%"]\n  term_not_near: {出庭率: []}\n', "extract.term_not_near", "非空文字列表"),
])
def test_bad_extract_block_names_file_line_field(catalogue_copy: Path, old, new, field, words) -> None:
    path = catalogue_copy / "disputes" / "court_appearance_rate.yml"
    _edit(path, old, new)
    with pytest.raises(CatalogueError) as exc:
        load_catalogue(catalogue_copy)
    message = str(exc.value)
    key = field.split(".")[-1]
    lines = path.read_text(encoding="utf-8").splitlines()
    block = next(i for i, ln in enumerate(lines) if ln.startswith("extract:"))
    line = next(i for i, ln in enumerate(lines, start=1) if i > block and ln.strip().startswith(f"{key}:"))
    assert f"court_appearance_rate.yml:{line}" in message and field in message and words in message


def test_new_indicator_needs_no_code(catalogue_copy: Path) -> None:
    (catalogue_copy / "informational" / "legal_adviser_rate.yml").write_text(
        "id: legal_adviser_rate\nname: 法律顾问参与率\ncategory: 参考指标\ninformational: true\nlevel: government\n"
        "period: year\nmeasure: {kind: value, table: figures, value: value}\ntarget: null\nunit: \"%\"\n"
        "sources:\n  - document: baoshan-2023\n    article: （三）\n    quote: 引入公职律师和区政府法律顾问参与\n"
        "extract:\n  terms: [法律顾问参与率]\n  units: [\"%\"]\n", encoding="utf-8")
    cat, _ = load_catalogue(catalogue_copy)
    found = find_figures(document("全区重大决策法律顾问参与率达96.5%。"), cat, 2023)
    assert [(f.indicator, float(f.value)) for f in found] == [("legal_adviser_rate", 96.5)]


def test_one_off_task_done_in_an_earlier_year_stays_done() -> None:
    rs = judged("2021年建成覆盖区、街镇的统一综合执法系统。2022年区政府重大行政决策事项目录已向社会公开。", year=2023)
    assert rs["unified_enforcement_system"].verdict.value == "pass"  # deadline 2022-09-30
    yearly = rs["major_decision_catalogue_published"]
    assert yearly.verdict.value == "missing" and "2022年" in yearly.summary  # a yearly duty: last year is not this year


def test_last_year_without_a_report_year_is_not_a_number() -> None:
    [f] = figures("去年全区出庭应诉率为95%。", "court_appearance_rate", year=None)
    assert f.year is None and f.year_text == "去年" and f.value == 95
    assert figures("去年全区出庭应诉率为95%。", "court_appearance_rate", year=2023)[0].year == 2022


def test_sample_docx_reads_like_the_text() -> None:
    docx_path = ROOT / "samples" / "reports" / "baoshan_2023.docx"
    from_docx = extract_document(read_document(docx_path), CATALOGUE)
    from_text = extract_document(read_document(SEED_001), CATALOGUE)
    assert (from_docx.government, from_docx.year) == (from_text.government, from_text.year)
    assert [(f.indicator, f.value, f.bound, f.quote) for f in from_docx.figures] == \
        [(f.indicator, f.value, f.bound, f.quote) for f in from_text.figures]
    assert from_docx.figures[0].location.endswith("段")


@pytest.mark.parametrize("body, indicator, verdict", [
    ("四、下一步工作打算\n全面落实行政复议决定书网上公开制度。", "reconsideration_decisions_online", "missing"),
    ("四、下一步工作打算\n全区出庭应诉率达到100%。", "court_appearance_rate", "missing"),
    # a plan is not a result; the 2024 deadline is not due in a 2023 report either way
    ("2024年年底前基本建成行政执法协调监督工作体系。", "enforcement_supervision_system", "not_applicable"),
])
def test_plans_are_not_results(body: str, indicator: str, verdict: str) -> None:
    assert all(f.requirement for f in figures(body, indicator))
    assert judged(body)[indicator].verdict.value == verdict
