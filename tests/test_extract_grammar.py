"""Phrase structure around a figure, with the shipped catalogue's words: what a number counts,
zero and all-of phrases, derived rates, scope and qualifiers, shortfalls, the report's year."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest
from shipped import SHIPPED, shipped_context

from checker.figures.prose import Figure, find_figures
from checker.figures.report import extract_document, extract_report, report_meta
from checker.judge.prose import judge_extraction
from checker.model import Result, Verdict
from checker.read.documents import Document, build

HEAD = "上海市测试区2023年法治政府建设情况报告\n2023年，测试区坚持依法行政，全面推进法治政府建设。\n"


def document(body: str, head: str = HEAD) -> Document:
    text = head + body
    return build("t.txt", "t.txt", "text", [(ln, f"第{i}行") for i, ln in enumerate(text.split("\n"), start=1)])


def figures(body: str, indicator: str | None = None, year: int | None = 2023) -> list[Figure]:
    found = find_figures(document(body), SHIPPED, year)
    return [f for f in found if indicator is None or f.indicator == indicator]


def judged(body: str, head: str = HEAD) -> dict[str, Result]:
    ex = extract_document(document(body, head), SHIPPED)
    run = judge_extraction(ex, SHIPPED, shipped_context(ex.year, ex.document.file), sha256="")
    return {r.indicator.id: r for r in run.results}


def one(body: str, indicator: str) -> Figure:
    found = figures(body, indicator)
    assert len(found) == 1, found
    return found[0]


# --- phrase structure around a figure ------------------------------------------------------------

@pytest.mark.parametrize("body, indicator, values", [
    # a count before a noun counts that noun: 3 counts the hearings, not the decisions
    ("全年完成9项重大行政决策和3项决策听证。", "major_decisions_count", [9]),
    ("全年完成3项决策听证和9项重大行政决策。", "major_decisions_count", [9]),
    # the nearest name owns the amount: 64 counts the cases heard, not all lawsuits
    ("一审行政诉讼案件开庭64件。", "admin_litigation_cases", []),
    ("以区政府为被告的一审行政诉讼案件共76件，其中开庭审理58件。", "admin_litigation_cases", [76]),
    ("一审行政诉讼案件共76件，其中开庭审理58件。", "court_cases_heard", [58]),
    # a count with its noun left out after the verb that makes it
    ("区政府共收到行政复议申请215件，依法受理198件。", "reconsideration_cases", [198]),
    # 会前学法 is its own figure, never the lectures; 常务会议26次 is not a study count
    ("县政府召开常务会议26次，常务会会前学法8次。", "pre_meeting_law_study", [8]),
    ("县政府召开常务会议26次，常务会会前学法8次。", "leadership_law_lectures", []),
    ("主要负责人出庭应诉18次。", "heads_in_court_count", [18]),
    ("主要负责人出庭应诉18次。", "court_appearance_rate", []),
    ("负责人出庭应诉率为100%。", "heads_in_court_count", []),
    ("县政府本级行政诉讼败诉率为零。", "litigation_loss_rate", [0]),
    ("全区行政诉讼案件保持“零败诉”。", "litigation_loss_rate", [0]),
    ("全年制定市政府规范性文件13件，全部报送省政府备案。", "normative_doc_filing_rate", [100]),
    ("全年制发规范性文件12件，报送备案10件。", "normative_doc_filing_rate", [83.33333333333333]),
    ("废止规范性文件5件。", "normative_docs_count", []),
    ("全区行政执法人员2140名，全部完成60学时以上的法律知识培训。", "enforcement_training_hours", [60]),
    # forms met in reports written after the first sets
    # the count after another noun belongs to it: 4 counts the hearings
    ("全年市政府共完成重大行政决策11项和决策事项听证4项。", "major_decisions_count", [11]),
    # the documents in force are a stock, not the year's; none made this year is 0
    ("本年度未制发行政规范性文件，对现行有效的3件规范性文件开展了评估清理。", "normative_docs_count", [0]),
    # each person's count is not the year's count
    ("行政诉讼案件2件，局长、分管副局长各出庭应诉1件，负责人出庭应诉2件。", "heads_in_court_count", [2]),
    ("行政诉讼案件2件，局长、分管副局长各出庭应诉1件。", "heads_in_court_count", [2]),
    # all of the cases heard: the heard count is the cases' count
    ("以区政府为被告的行政诉讼案件2件，法院均开庭审理，区长出庭应诉2件。", "court_cases_heard", [2]),
    ("以区政府为被告的行政诉讼案件2件，均未开庭审理。", "court_cases_heard", []),
    # a count followed by 由 is not written before a noun
    ("行政诉讼案件2件，开庭审理的1件由区长本人出庭应诉。", "court_cases_heard", [1]),
    ("目录共纳入事项7项，7项决策事项均未出现程序瑕疵。", "major_decisions_count", [7, 7]),
    ("全年局党组会、局务会会前学法11次。", "pre_meeting_law_study", [11]),
    ("区委常委会会前学法8次。", "pre_meeting_law_study", []),
    ("全年制发规范性文件9件。按规定向市政府和区人大常委会报送备案9件。", "normative_docs_filed", [9]),
    ("全年制发规范性文件9件。\n按规定向市政府和区人大常委会报送备案9件。", "normative_docs_filed", []),
])
def test_phrase_structure(body: str, indicator: str, values: list[float]) -> None:
    assert [pytest.approx(float(f.value)) for f in figures(body, indicator) if f.value is not None] == values


def test_shortfall_belongs_to_its_own_subject() -> None:
    body = "部分街道行政执法人员培训学时统计不够规范，个别部门负责人法治专题脱产培训尚未完成。"
    assert figures(body, "enforcement_training_hours") == []
    assert [f.negated for f in figures(body, "head_offjob_training")] == [True]


def test_some_units_shortfall_apart_from_the_average() -> None:
    found = figures("全区行政执法人员法律知识培训平均学时为58学时，部分单位未完成60学时培训任务。", "enforcement_training_hours")
    assert [(f.value, f.negated, f.scope_kind) for f in found] == [(58, False, "whole"), (None, True, "part")]


def test_shortfall_against_a_stated_requirement_is_never_a_value() -> None:
    f = one("2个执法单位的法制审核人员比例尚未达到5%的要求。", "legal_review_staff_ratio")
    assert f.value is None and f.negated and f.scope == "2个执法单位" and f.scope_kind == "part"
    assert judged("2个执法单位的法制审核人员比例尚未达到5%的要求。")["legal_review_staff_ratio"].verdict.value == "fail"


@pytest.mark.parametrize("body", ["执法队有2名执法人员因长期抽调参与中心工作，年度法律知识培训未达到60学时。",
                                  "二是执法力量不足，有2名执法人员因长期抽调，法律知识培训未达到60学时。"])
def test_people_counted_in_the_clause_before_a_shortfall_are_some_of_them(body: str) -> None:
    f = one(body, "enforcement_training_hours")
    assert f.value is None and f.negated and f.scope == "2名执法人员" and f.scope_kind == "part"


def test_a_rate_stated_after_its_change_is_read() -> None:
    f = one("全区一审行政诉讼案件败诉率同比下降3.2个百分点，降至4.1%。", "litigation_loss_rate")
    assert float(f.value) == 4.1 and f.quote.endswith("降至4.1%。")


def test_a_bound_before_the_verb_bounds_the_count_after_it() -> None:
    f = one("每年至少举办两期领导干部法治专题讲座。", "leadership_law_lectures")
    assert f.value == 2 and f.bound == "at_least"


@pytest.mark.parametrize("opener", ["下一步，", "明年，我们将", "今后，"])
def test_a_sentence_opening_on_the_next_step_is_a_plan(opener: str) -> None:
    f = one(opener + "每年举办两期领导干部法治专题讲座。", "leadership_law_lectures")
    assert f.value == 2 and f.requirement


def test_the_office_invited_to_speak_is_not_the_scope() -> None:
    f = one("镇政府常务会议会前学法12次，邀请县司法局律师开展法治专题讲座1期。", "leadership_law_lectures")
    assert f.value == 1 and f.scope_kind not in ("unit", "part")


def test_a_plan_word_before_the_per_head_clause_keeps_the_figure() -> None:
    f = one("组织执法人员培训，确保人均不少于60学时。", "enforcement_training_hours")
    assert f.value == 60 and f.bound == "at_least" and f.requirement


def test_the_average_of_the_terms_people_in_the_next_clause() -> None:
    f = one("全区行政执法人员2310名，年度法律知识培训平均达68学时。", "enforcement_training_hours")
    assert f.value == 68 and f.scope_kind == "whole"


def test_a_lead_in_topic_does_not_make_the_act_someone_elses() -> None:
    f = one("规范性文件备案审查：区政府制发规范性文件9件。", "normative_docs_count")
    assert f.value == 9


def test_the_courts_caseload_is_not_the_governments() -> None:
    assert figures("全市两级法院受理一审行政诉讼案件1260件。", "admin_litigation_cases") == []
    assert figures("全市法院共受理行政诉讼案件1260件。", "admin_litigation_cases") == []
    assert one("全区一审行政诉讼案件68件。", "admin_litigation_cases").value == 68
    assert one("全市法院受理以市、县两级行政机关为被告的一审行政诉讼案件1032件。", "admin_litigation_cases").value == 1032


def test_scope_and_qualifier_of_a_rate() -> None:
    f = one("各街道负责人出庭率为100%。", "court_appearance_rate")
    assert f.scope == "各街道" and f.scope_kind == "part"
    assert judged("各街道负责人出庭率为100%。")["court_appearance_rate"].verdict.value == "missing"
    f = one("通知出庭案件的出庭应诉率100%。", "court_appearance_rate")
    assert f.qualifier == "通知出庭案件" and f.scope_kind == ""
    r = judged("通知出庭案件的出庭应诉率100%。")["court_appearance_rate"]
    assert r.verdict.value != "missing" and "报告数字 100%" in r.summary and "口径为通知出庭案件" in r.summary


def test_disposal_jiang_is_not_a_plan() -> None:
    f = one("县政府将履行法治建设第一责任人职责情况列入年终述职内容。", "leaders_report_on_rule_of_law")
    assert not f.requirement and not f.negated
    assert one("县政府将把述法列入明年工作计划。", "leaders_report_on_rule_of_law").requirement


def test_a_count_alone_is_shown_not_judged_as_a_rate() -> None:
    rs = judged("主要负责人出庭应诉18次。")
    assert rs["court_appearance_rate"].verdict.value == "missing"
    assert rs["heads_in_court_count"].verdict.value == "info" and rs["heads_in_court_count"].value == 18


def test_figure_words_and_clause() -> None:
    body = "全区行政执法人员均已完成不少于60学时的法律法规培训，区政府领导班子举办法治专题讲座两期。"
    f = one(body, "enforcement_training_hours")
    assert f.text == "不少于60学时"
    assert f.clause == "全区行政执法人员均已完成不少于60学时的法律法规培训"


def test_every_derive_names_two_count_indicators_of_the_catalogue() -> None:
    derives = [ind.extract.derive for ind in SHIPPED.indicators if ind.extract and ind.extract.derive]
    assert derives
    for numerator, denominator in derives:
        for part in (numerator, denominator):
            ind = SHIPPED.get(part)
            assert ind.informational and ind.extract is not None and "%" not in ind.extract.units


def test_done_before_a_date_is_not_a_plan() -> None:
    f = one("区政府于2月底前公开发布年度重大行政决策事项目录。", "major_decision_catalogue_published")
    assert not f.requirement
    assert one("区政府将于2月底前公开发布年度重大行政决策事项目录。", "major_decision_catalogue_published").requirement
    assert one("2024年年底前公开发布年度重大行政决策事项目录。", "major_decision_catalogue_published").requirement


def test_the_first_listed_act_wins() -> None:
    # 新收 applications are received; 受理 is what the indicator counts
    assert [f.value for f in figures("全年区政府新收行政复议申请320件，受理301件。", "reconsideration_cases")] == [301]
    assert [f.value for f in figures("全年新收行政复议案件64件。", "reconsideration_cases")] == [64]


@pytest.mark.parametrize("body, indicator", [
    ("部分部门行政执法人员培训学时不足。", "enforcement_training_hours"),
    ("行政复议决定书网上公开尚不全面。", "reconsideration_decisions_online"),
])
def test_more_shortfall_words(body: str, indicator: str) -> None:
    assert [f.negated for f in figures(body, indicator)] == [True]


def test_some_people_short_apart_from_the_average() -> None:
    found = figures("全县980名行政执法人员人均参加法律法规培训61学时，有15人未达到60学时。", "enforcement_training_hours")
    assert [(f.value, f.negated, f.scope) for f in found] == [(61, False, "全县"), (None, True, "15人")]


@pytest.mark.parametrize("text, year, source", [
    ("现将有关情况报告如下：\n今年以来，区政府坚持依法行政，2019年1-10月全区出庭应诉率为100%。\n", 2019, "正文开头"),
    ("现将有关情况报告如下：\n区政府坚持依法行政，全区出庭应诉率为100%。\n区人民政府\n2020年12月28日\n", 2020, "落款日期"),
    ("现将有关情况报告如下：\n区政府坚持依法行政，全区出庭应诉率为100%。\n区人民政府\n2021年3月1日\n", 2020, "落款日期"),
    ("各位代表：\n现在，我代表区人民政府向大会报告工作。\n一、2022年工作回顾\n2022年，全区依法行政。\n"
     "二、2023年工作安排\n2023年是全面贯彻党的二十大精神的开局之年。\n", 2022, "工作回顾年度"),
    ("各位代表：\n现在，我代表区人民政府向大会报告工作。\n过去五年，2016年以来全区依法行政。\n", None, ""),
])
def test_year_of_a_report_without_a_title(text: str, year: int | None, source: str) -> None:
    doc = build("t.txt", "t.txt", "text", [(ln, f"第{i}行") for i, ln in enumerate(text.split("\n"), start=1)])
    assert report_meta(doc)[1:] == (year, source)


@pytest.mark.parametrize("body, indicator", [
    ("全区出庭应诉率未达到100%。", "court_appearance_rate"),
    ("3个单位未达到法制审核人员5%的配备要求。", "legal_review_staff_ratio"),
    ("全区出庭应诉率尚未达到100%的目标。", "court_appearance_rate"),
])
def test_a_target_missed_is_never_a_value(body: str, indicator: str) -> None:
    f = one(body, indicator)
    assert f.value is None and f.negated
    assert judged(body)[indicator].verdict.value == "fail"


def test_the_value_after_an_admitted_shortfall() -> None:
    f = one("出庭应诉率未达到要求，仅为85%。", "court_appearance_rate")
    assert f.value == 85 and f.negated


def test_a_statement_admitting_it_is_not_done_needs_no_done_verb() -> None:
    assert [f.negated for f in figures("行政执法协调监督工作体系尚未建立。", "enforcement_supervision_system")] == [True]
    assert [f.negated for f in figures("行政复议决定书网上公开尚不全面。", "reconsideration_decisions_online")] == [True]
    # imperfect is not absent: 尚不完善 says nothing about whether it was built
    assert figures("行政执法协调监督工作体系尚不完善。", "enforcement_supervision_system") == []
    assert figures("行政复议体制改革成果有待进一步巩固。", "reconsideration_system_reform") == []


# --- lists, narrower clauses, other periods ------------------------------------------------------

def test_terms_listed_before_respectively_pair_with_the_numbers_in_order() -> None:
    body = "区政府常务会议会前学法、领导班子法治专题讲座分别为十六次和两期。\n"
    assert [(f.indicator, float(f.value)) for f in figures(body) if f.value is not None] == [
        ("pre_meeting_law_study", 16.0), ("leadership_law_lectures", 2.0)]


def test_units_listed_before_the_term_pair_with_the_numbers() -> None:
    body = "双辽市、伊通满族自治县法制审核人员占比分别为4.3%、4.6%，尚未达到5%的要求。\n"
    got = [(f.scope, f.scope_kind, float(f.value)) for f in figures(body, "legal_review_staff_ratio")]
    assert got == [("双辽市", "unit", 4.3), ("伊通满族自治县", "unit", 4.6)]


@pytest.mark.parametrize("body, scope, kind, value", [
    ("全县执法部门法制审核人员占执法人员的比例平均为6.2%，但县交通运输综合行政执法支队仅为4.1%。\n",
     "县交通运输综合行政执法支队", "unit", 4.1),
    ("全市执法部门法制审核人员占比为5.8%，其中市场监管、生态环境、交通运输3个部门达到8%以上。\n", "3个部门", "part", 8.0),
])
def test_a_narrower_clause_gives_the_same_figure_for_its_units(body: str, scope: str, kind: str, value: float) -> None:
    found = figures(body, "legal_review_staff_ratio")
    assert len(found) == 2 and found[0].scope_kind in ("", "whole")
    assert (found[1].scope, found[1].scope_kind, float(found[1].value)) == (scope, kind, value)


def test_a_counts_breakdown_is_not_a_narrower_figure() -> None:
    assert [float(f.value) for f in figures("县政府全年共作出重大行政决策7项，其中经听证的2项。\n", "major_decisions_count")] == [7.0]


def test_a_threshold_counted_against_is_not_a_value() -> None:
    body = "全区18个行政执法部门中，法制审核人员占执法人员比例达到5%以上的有14个，其余4个部门尚未达到5%。\n"
    f = one(body, "legal_review_staff_ratio")
    assert f.value is None and f.negated and f.scope_kind == "part"


@pytest.mark.parametrize("body", ["五年来，全市共制发规范性文件57件。\n", "“十四五”期间，全市共制发规范性文件57件。\n"])
def test_a_several_years_total_is_another_period(body: str) -> None:
    f = one(body, "normative_docs_count")
    assert float(f.value) == 57 and f.period in ("五年来", "“十四五”期间")


def test_a_several_years_rate_is_not_judged_as_the_years() -> None:
    r = judged("五年来，行政机关负责人出庭应诉率为100%。\n")["court_appearance_rate"]
    assert r.verdict.name == "REVIEW" and "不是全年数字" in r.summary


def test_received_is_not_accepted_even_after_a_verb_of_the_office() -> None:
    body = "依托市行政复议局集中受理、统一审理，全年收到行政复议申请412件，依法受理376件。\n"
    assert [(float(f.value), f.scope_kind) for f in figures(body, "reconsideration_cases")] == [(376.0, "")]


@pytest.mark.parametrize("body, indicator", [
    ("二是受疫情影响，区政府领导班子法治专题讲座未能按计划举办两期。\n", "leadership_law_lectures"),
    ("个别部门法制审核人员占比仍低于5%的要求。\n", "legal_review_staff_ratio"),
])
def test_a_target_missed_is_a_shortfall_not_a_value(body: str, indicator: str) -> None:
    f = one(body, indicator)
    assert f.value is None and f.negated and not f.requirement


def test_tenths_are_percent_only_after_a_verb() -> None:
    f = one("全年受理行政复议申请近百件，其中以调解、和解方式结案的占三成左右。\n", "reconsideration_mediation_rate")
    assert (float(f.value), f.unit, f.bound) == (30.0, "%", "about")
    assert figures("统一成立调解组织，一成不变。\n", "reconsideration_mediation_rate") == []


def test_a_towns_report_keeps_the_countys_figure_apart() -> None:
    head = "永宁县望远镇人民政府关于2023年度法治政府建设工作情况的报告\n2023年，望远镇坚持依法行政，全面推进法治政府建设。\n"
    body = "县政府今年行政机关负责人出庭应诉率100%，我镇作为乡镇层面的行政机关，持续做好出庭应诉的准备工作。\n"
    ex = extract_document(document(body, head), SHIPPED)
    assert ex.government == "永宁县望远镇"
    f = next(f for f in ex.figures if f.indicator == "court_appearance_rate")
    assert (f.scope, f.scope_kind) == ("县政府", "higher")
    run = judge_extraction(ex, SHIPPED, shipped_context(ex.year, ex.document.file), sha256="")
    r = next(r for r in run.results if r.indicator.id == "court_appearance_rate")
    assert r.verdict.name != "PASS" and "上级政府" in r.summary


@pytest.mark.parametrize("body, indicator, scope, kind", [
    ("县直执法部门法制审核人员占本部门执法人员的比例平均为5.6%。\n", "legal_review_staff_ratio", "县直执法部门", "part"),
    ("区县级综合执法部门一线执法人员占比达86.5%。\n", "frontline_enforcement_share", "县级综合执法部门", "part"),
    ("区园林绿化局、区水务局等单位法制审核人员配备比例仍未达到百分之五的要求。\n", "legal_review_staff_ratio",
     "区园林绿化局、区水务局等单位", "part"),
    ("三是推动未达标部门在2025年6月底前将法制审核人员配备比例提高到5%以上。\n", "legal_review_staff_ratio", "未达标部门", "part"),
    ("负责人出庭应诉率保持100%，其中市长出庭应诉2次。\n", "heads_in_court_count", "市长", "unit"),
    ("市政府本级负责人出庭6次。\n", "heads_in_court_count", "市政府", "unit"),
])
def test_scopes_named_by_level_list_or_office(body: str, indicator: str, scope: str, kind: str) -> None:
    f = one(body, indicator)
    assert (f.scope, f.scope_kind) == (scope, kind)


def test_an_exact_number_in_brackets_is_the_figure() -> None:
    f = one("公文主动公开率超过四成（42.3%）。\n", "document_disclosure_rate")
    assert (float(f.value), f.bound) == (42.3, "")


def test_but_not_after_a_done_act_is_its_shortfall() -> None:
    f = one("二是本年度重大行政决策事项目录已经编制，但未在政府网站向社会公开。\n", "major_decision_catalogue_published")
    assert f.negated and f.statement


@pytest.mark.parametrize("government, kind", [("湛江市应急管理局", "higher"), ("四平市司法局", "whole")])
def test_a_departments_report_keeps_all_the_citys_organs_apart_unless_it_reports_for_the_city(government: str, kind: str) -> None:
    head = f"{government}2023年度法治政府建设情况报告\n2023年，本局坚持依法行政，全面推进法治政府建设工作。\n"
    body = "全市行政机关负责人出庭应诉率为98.6%，本局积极配合做好全市行政应诉工作通报。\n"
    ex = extract_document(document(body, head), SHIPPED)
    f = next(f for f in ex.figures if f.indicator == "court_appearance_rate")
    assert ex.government == government and f.scope_kind == kind


def test_each_occasions_count_gives_way_to_the_years_total() -> None:
    f = one("11月、12月各举办县政府领导班子法治专题讲座1次，全年共2次，分别邀请专家授课。\n", "leadership_law_lectures")
    assert float(f.value) == 2


def test_a_deadline_already_past_is_not_a_plan() -> None:
    f = one("按照全省统一部署，2023年9月底前全面完成行政复议体制改革，市政府统一行使行政复议职责。\n",
            "reconsideration_system_reform")
    assert f.statement and not f.requirement and not f.negated


def test_a_look_back_sections_statement_is_not_the_years() -> None:
    body = ("七、“十四五”时期法治政府建设回顾\n"
            "全区法治政府建设实现整体跃升。累计出台区政府规范性文件31件，公布重大行政决策事项目录5批次；\n")
    f = one(body, "major_decision_catalogue_published")
    assert f.period == "“十四五”时期"
    r = judged(body)["major_decision_catalogue_published"]
    assert r.verdict.name != "PASS" and "多年累计" in r.summary


def test_a_several_years_statement_that_holds_now_is_kept() -> None:
    body = "“十四五”期间，县委依法治县办分年度组织法治督察，目前已实现对县政府42个工作部门督察全覆盖。\n"
    from checker.judge.prose import several_years
    f = one(body, "department_inspection_coverage")
    assert f.statement and not several_years(f)


def test_a_departments_system_units_are_other_units() -> None:
    head = "南阳市住房和城乡建设局2024年度法治政府建设情况报告\n2024年，本局坚持依法行政，全面推进法治政府建设工作。\n"
    body = "一是法制审核力量仍显薄弱，全市系统内个别县区住建部门法制审核人员占比低于5%。\n"
    ex = extract_document(document(body, head), SHIPPED)
    f = next(f for f in ex.figures if f.indicator == "legal_review_staff_ratio")
    assert f.scope_kind == "other" and f.negated


@pytest.mark.parametrize("body, indicator", [
    ("二是个别镇（街道）执法人员没有完成60学时的年度培训任务。\n", "enforcement_training_hours"),
    ("一是法治督察还没有覆盖全部县级部门，对部门的督察深度不够。\n", "department_inspection_coverage"),
    ("一是乡镇一级行政执法协调监督工作体系尚未完全建立，执法监督力量主要集中在县级。\n", "enforcement_supervision_system"),
])
def test_not_done_said_with_meiyou_or_not_fully(body: str, indicator: str) -> None:
    f = one(body, indicator)
    assert f.negated and f.value is None


def test_a_count_of_what_has_not_happened_is_not_read() -> None:
    assert figures("已审结2件，无败诉案件，另1件尚未开庭。\n", "court_cases_heard") == []


def test_a_consumer_settlement_rate_is_not_reconsiderations() -> None:
    assert figures("推进消费纠纷在线解决，全市ODR企业发展到1380家，消费纠纷和解率88.6%。\n", "reconsideration_mediation_rate") == []


def test_units_named_as_county_bureaus_pair_with_their_numbers() -> None:
    body = "其中公安县局、监利市局法制审核人员比例分别为3.8%和4.1%，未达到5%的配备要求。\n"
    got = [(f.scope, f.scope_kind, float(f.value)) for f in figures(body, "legal_review_staff_ratio") if f.value is not None]
    assert got == [("公安县局", "unit", 3.8), ("监利市局", "unit", 4.1)]


def test_a_narrower_clause_below_the_target_is_a_shortfall() -> None:
    body = "全市执法机关法制审核人员占执法人员的比例达到5.8%，但仍有5个县级部门低于5%。\n"
    found = figures(body, "legal_review_staff_ratio")
    assert [(f.value is None, f.negated, f.scope_kind) for f in found][1] == (True, True, "part")


# --- acts said undone, plans by their year, scopes of a street's own report ------------------------

@pytest.mark.parametrize("body", ["部分乡镇主要负责人年终述职未报告履行推进法治建设第一责任人职责情况。\n",
                                  "部分乡镇主要负责人年终述职中未述法。\n"])
def test_a_report_not_given_is_a_shortfall_of_those_units(body: str) -> None:
    f = one(body, "leaders_report_on_rule_of_law")
    assert f.negated and f.scope_kind == "part"


def test_an_item_of_one_sentence_is_not_a_heading() -> None:
    f = one("二、存在的问题\n3.行政复议决定书网上公开工作尚未全面开展。\n", "reconsideration_decisions_online")
    assert f.negated


def test_a_building_just_begun_is_not_built() -> None:
    f = one("五是行政执法协调监督工作体系建设刚刚起步，乡镇执法监督仍是薄弱环节。\n", "enforcement_supervision_system")
    assert f.negated


def test_a_month_deadline_in_the_report_year_is_met_not_planned() -> None:
    f = one("按照全省统一部署，6月底前全面完成行政复议体制改革，市政府统一行使行政复议职责。\n", "reconsideration_system_reform")
    assert not f.requirement and not f.negated
    f = one("力争6月底前全面完成行政复议体制改革。\n", "reconsideration_system_reform")
    assert f.requirement


def test_a_figure_of_the_year_after_the_report_is_a_plan() -> None:
    f = one("2024年是关键之年。一是每年举办政府领导班子法治专题讲座2期。\n", "leadership_law_lectures")
    assert f.requirement and f.year == 2024
    f = one("区2023年度法治政府建设情况报告已于2024年1月在区政府门户网站向社会公开。\n", "annual_report_published")
    assert not f.requirement


def test_a_year_fixed_by_yu_does_not_date_the_next_sentence() -> None:
    f = one("相关工作将于2024年推进。全区行政机关负责人出庭应诉率为76.2%。\n", "court_appearance_rate")
    assert f.year is None and not f.requirement  # the report's year, not 2024


STREET = "杭州市西湖区文新街道2025年法治建设工作报告\n2025年，街道坚持依法行政。\n"


def test_in_a_streets_report_the_street_is_itself() -> None:
    ex = extract_document(document("街道邀请高校教授为街道班子成员开展法治专题讲座两场。\n", STREET), SHIPPED)
    f = next(f for f in ex.figures if f.indicator == "leadership_law_lectures")
    assert f.value == 2 and f.scope_kind == "whole"


def test_the_governments_own_cases_named_in_the_clause_before() -> None:
    found = figures("其中市政府本级应诉案件12件，出庭率100%，各乡镇（街道）出庭率均为100%。\n", "court_appearance_rate")
    assert [(f.scope, f.scope_kind) for f in found] == [("市政府", "unit"), ("各乡镇", "part")]


def test_a_count_in_brackets_before_the_units_is_some_of_them() -> None:
    f = one("但（3个）乡镇综合执法队法制审核人员比例未达到5%。\n", "legal_review_staff_ratio")
    assert f.negated and f.scope_kind == "part"


def test_accepted_after_a_semicolon_is_the_caseload() -> None:
    f = one("全年新收行政复议申请1,126件，同比增长42.3%；经审查依法受理1,008件，审结946件。\n", "reconsideration_cases")
    assert f.value == 1008


def test_a_list_joined_by_semicolons_shares_its_subject() -> None:
    body = "全年制发行政规范性文件23件，全部经过合法性审核；按照要求向省政府报送备案23件，报备率100%。\n"
    assert one(body, "normative_docs_filed").value == 23
    assert one(body, "normative_docs_filed").scope_kind == ""
    assert figures("组织开展法治督察，实现镇（街道）督察全覆盖；抽取12个市级部门开展法治督察。\n",
                   "department_inspection_coverage") == []


def test_a_narrower_kind_of_case_is_not_the_caseload() -> None:
    assert figures("受理政府信息公开申请187件；因政府信息公开答复引发行政复议（3件）、行政诉讼（1件）。\n",
                   "admin_litigation_cases") == []


def test_a_term_with_a_name_inside_finds_the_named_platform() -> None:
    f = one("全市行政执法数据已接入吉林省行政执法综合管理监督平台，实现数据联通汇聚。\n", "provincial_platform_data_link")
    assert f.statement and not f.negated


def test_a_rate_from_two_rows_of_a_table_unless_the_table_states_it(tmp_path: Path) -> None:
    head = HEAD + "县级各行政机关行政诉讼案件情况见下表：\n"
    rows = "项目｜2023年｜2022年\n开庭审理（件）｜52｜60\n负责人出庭应诉（件）｜52｜57\n"

    def rates(text: str) -> list[tuple[float, bool]]:
        (tmp_path / "r.txt").write_text(head + text, encoding="utf-8")
        ex = extract_report(tmp_path / "r.txt", SHIPPED)
        return [(float(f.value), f.derived) for f in ex.figures if f.indicator == "court_appearance_rate"]

    assert rates(rows) == [(100.0, True)]
    assert rates(rows + "负责人出庭应诉率（%）｜100｜95\n") == [(100.0, False)]


def test_the_next_years_value_after_a_semicolon_keeps_the_term() -> None:
    found = figures("2022年，全区行政复议纠错率为8.2%；2023年为9.4%。\n", "reconsideration_correction_rate")
    assert [(float(f.value), f.year) for f in found] == [(8.2, 2022), (9.4, 2023)]


def test_the_rest_who_did_not_is_a_shortfall_apart_from_those_who_did() -> None:
    found = figures("全县1280名执法人员中，1265人完成60学时法律知识培训，其余15人因病休等原因未完成。\n",
                    "enforcement_training_hours")
    assert [(f.value, f.negated, f.scope) for f in found] == [(60, False, "1265人"), (None, True, "其余15人")]


def test_the_part_is_the_count_after_zhong() -> None:
    f = figures("全县38个执法单位中35个单位法制审核人员比例达到5%以上，3个单位未达到。\n", "legal_review_staff_ratio")[0]
    assert (f.value, f.bound, f.scope, f.scope_kind) == (5, "at_least", "35个单位", "part")


def test_a_numbered_heading_is_not_a_count_of_units() -> None:
    f = one("（一）全市行政机关负责人出庭应诉率达到100%。\n", "court_appearance_rate")
    assert f.scope_kind == "whole"


def test_a_count_broken_down_by_issuer_gives_each_its_scope() -> None:
    found = figures("全区共制发行政规范性文件40件，其中区政府及区政府办公室（即区政府本级）11件，区政府工作部门和镇（街道）29件。\n",
                    "normative_docs_count")
    assert [(f.value, f.scope_kind) for f in found] == [(40, "whole"), (11, "unit"), (29, "part")]
    assert [f.value for f in figures("全年作出重大行政决策7项，其中经听证的2项。\n", "major_decisions_count")] == [7]


def test_an_informational_figure_shows_the_governments_own_and_cites_its_parts() -> None:
    r = judged("全区各级行政机关一审行政诉讼案件412件，其中区政府本级作为被告的58件。\n")["admin_litigation_cases"]
    assert r.verdict.value == "info" and r.value == 412 and "58件" in r.evidence[0].text


def test_a_thousands_comma_does_not_end_a_clause() -> None:
    f = one("全县现有持证行政执法人员1,086名，年内组织了两轮集中培训，人均法律知识培训达到60学时。\n", "enforcement_training_hours")
    assert f.value == 60


def test_one_units_value_after_a_shortfall_of_several() -> None:
    found = figures("县市场监督管理局、县城市管理局法制审核人员比例均未达到5%，其中县城市管理局仅为2.1%。\n",
                    "legal_review_staff_ratio")
    assert [(f.value, f.negated, f.scope_kind) for f in found] == [(None, True, "part"), (Fraction(21, 10), False, "unit")]


def test_an_act_negated_before_its_term_admits_the_shortfall() -> None:
    f = one("全县22个乡镇（街道）中，有7个未开展法治政府建设督察。\n", "rule_of_law_inspection_coverage")
    assert f.negated and f.statement


def test_towns_listed_by_name_are_some_of_them() -> None:
    found = figures("路口乡、长陵乡、关店乡主要负责人在年终述职中未报告履行推进法治建设第一责任人职责情况。\n",
                    "leaders_report_on_rule_of_law")
    assert [(f.negated, f.scope_kind) for f in found] == [(True, "part")]


@pytest.mark.parametrize("body", ["还有3个乡镇的执法人员培训时间没达到60学时。\n", "有3个乡镇的执法人员培训没完成60学时。\n"])
def test_spoken_negation_is_a_shortfall(body: str) -> None:
    f = one(body, "enforcement_training_hours")
    assert f.value is None and f.negated and f.scope_kind == "part"


def test_coverage_of_all_governments_said_with_quan_bu() -> None:
    f = one("全市开展法治政府建设督察4次，督察覆盖全部县（市、区）政府。\n", "rule_of_law_inspection_coverage")
    assert f.statement and not f.negated


def test_the_value_after_a_comparison_base_and_zhi() -> None:
    f = one("行政诉讼败诉案件3件，败诉率较上年的6.1%下降至2.2%。\n", "litigation_loss_rate")
    assert float(f.value) == 2.2 and not f.baseline


def test_a_count_before_its_term_and_the_terms_modifiers() -> None:
    f = one("全年举办了3期区政府领导班子法治专题讲座，邀请高校教授授课。\n", "leadership_law_lectures")
    assert f.value == 3


def test_every_one_is_not_a_count_of_one() -> None:
    assert figures("（三）决策更审慎，每一项重大决策都经得起检验\n", "major_decisions_count") == []


def test_all_towns_and_every_county_are_a_lower_level() -> None:
    f = one("年内推动所有乡镇法制审核人员比例达到5%以上。\n", "legal_review_staff_ratio")
    assert (f.scope, f.scope_kind) == ("所有乡镇", "part")
    f = one("推动各县法制审核人员比例全部达到5%以上。\n", "legal_review_staff_ratio")
    assert f.scope_kind == "part"


def test_below_the_target_with_the_bound_apart_is_a_shortfall() -> None:
    f = one("还有三个乡镇的法制审核人员不足执法人员的百分之五。\n", "legal_review_staff_ratio")
    assert f.value is None and f.negated and f.scope_kind == "part"


def test_spoken_forms_of_hours_reports_and_deadlines() -> None:
    f = one("全县627名执法人员，人人完成了60个学时以上的法律知识培训。\n", "enforcement_training_hours")
    assert (f.value, f.unit, f.bound) == (60, "学时", "at_least")
    f = one("2022年度的法治政府建设情况报告，我们在3月底前就在区政府网站公开了。\n", "annual_report_published")
    assert f.statement and not f.requirement and f.year is None
    f = one("到了年底述职时，区长都专门讲了自己履行推进法治建设第一责任人职责的情况。\n", "leaders_report_on_rule_of_law")
    assert f.statement and not f.negated


def test_a_score_out_of_100_is_a_percentage_only_when_the_report_says_so() -> None:
    f = one("我们把政务公开放进了全区绩效考核，在百分制考核中占到4分。\n", "gov_openness_weight")
    assert (f.value, f.unit) == (4, "%")
    assert figures("政务公开在考核中占3分。\n", "gov_openness_weight") == []


def test_the_meetings_count_is_not_the_law_study_count() -> None:
    found = figures("县政府全年召开常务会议24次（其中安排会前学法的有11次）。\n", "pre_meeting_law_study")
    assert [f.value for f in found] == [11]


def test_done_by_some_but_not_by_others_is_the_others_shortfall() -> None:
    found = figures("县直各部门主要负责人年终述职时均报告了履行推进法治建设第一责任人职责情况，但仍有个别镇主要负责人述职中未报告。\n",
                    "leaders_report_on_rule_of_law")
    assert [(f.negated, f.scope_kind) for f in found] == [(True, "part")]


def test_slow_progress_is_not_done() -> None:
    f = one("三是行政复议决定书网上公开推进较慢。\n", "reconsideration_decisions_online")
    assert f.negated


def test_a_long_description_of_the_few_who_fell_short() -> None:
    found = figures("全年执法人员人均完成法律知识培训64学时，但仍有个别借调和新招录执法人员未完成年度60学时培训。\n",
                    "enforcement_training_hours")
    assert [(f.value, f.negated, f.scope_kind) for f in found] == [(64, False, ""), (None, True, "part")]


@pytest.mark.parametrize("body, indicator, scope_kind", [
    ("全市行政执法协调监督工作体系基本建成，县级全部建成，乡镇一级正在推进。\n", "enforcement_supervision_system", "part"),
    ("统一综合执法系统已在大部分县区上线运行，3个县区仍在调试。\n", "unified_enforcement_system", "part"),
    ("行政复议体制改革正在推进，预计明年6月底前完成。\n", "reconsideration_system_reform", ""),
    ("与省级监管平台的数据联通汇聚工作正在推进中。\n", "provincial_platform_data_link", ""),
])
def test_work_still_in_progress_is_not_done(body: str, indicator: str, scope_kind: str) -> None:
    f = one(body, indicator)
    assert f.negated and f.scope_kind == scope_kind


def test_a_plan_beside_the_years_value() -> None:
    found = figures("全区行政机关负责人出庭应诉率99.2%，力争明年达到100%。\n", "court_appearance_rate")
    assert [(float(f.value), f.requirement) for f in found] == [(99.2, False), (100.0, True)]
    found = figures("法制审核人员占比4.6%，确保明年不低于5%。\n", "legal_review_staff_ratio")
    assert [(float(f.value), f.bound, f.requirement) for f in found] == [(4.6, "", False), (5.0, "at_least", True)]


COUNTY = "永宁县人民政府关于2023年度法治政府建设情况的报告\n2023年，县政府坚持依法行政。\n"


@pytest.mark.parametrize("body, indicator, own", [
    ("全省行政复议纠错率为11.2%，我县为9.8%。\n", "reconsideration_correction_rate", 9.8),
    ("全市法制审核人员占比平均为5.2%，我县达到6.1%。\n", "legal_review_staff_ratio", 6.1),
])
def test_a_countys_report_keeps_the_city_and_province_apart(body: str, indicator: str, own: float) -> None:
    ex = extract_document(document(body, COUNTY), SHIPPED)
    found = [(float(f.value), f.scope_kind) for f in ex.figures if f.indicator == indicator]
    assert found[0][1] == "higher" and found[1] == (own, "whole")


def test_a_year_inside_a_plan_clause_does_not_date_the_next_sentence() -> None:
    found = figures("出庭应诉率98.7%，2024年力争全区出庭应诉率达到100%。全区行政机关败诉率7.6%。\n", "litigation_loss_rate")
    assert [(float(f.value), f.requirement, f.year) for f in found] == [(7.6, False, None)]


def test_a_breakdown_by_person_is_not_the_count_nor_a_rates_numerator() -> None:
    body = "法院开庭审理的33件中，行政机关负责人出庭应诉33件，其中区政府分管副区长出庭2件。\n"
    assert [f.value for f in figures(body, "heads_in_court_count")] == [33]
    assert [float(f.value) for f in figures(body, "court_appearance_rate")] == [100.0]


@pytest.mark.parametrize("body, indicator", [
    ("第五，行政复议决定书网上公开还是空白。\n", "reconsideration_decisions_online"),
    ("全市统一综合执法系统已基本建成，市本级和4个区已实现案件网上办理，渌口区、醴陵市、攸县正在进行系统对接。\n",
     "unified_enforcement_system"),
    ("行政复议决定书大部分已在市政府门户网站公开，上半年作出的部分决定书因脱敏处理尚未上网。\n", "reconsideration_decisions_online"),
    ("一是市政府2024年度法治政府建设情况报告因报送程序调整，延至4月中旬才向社会公开。\n", "annual_report_published"),
    ("脱产培训已累计覆盖43人，仍有9人在本届任期内未参加。\n", "head_offjob_training"),
])
def test_partly_done_or_late_is_not_done(body: str, indicator: str) -> None:
    assert [f.negated for f in figures(body, indicator)] == [True]


def test_the_rest_after_most_is_the_shortfall() -> None:
    f = one("大部分县直执法部门已实现办案数据向省级监管平台实时汇聚，与省级平台的数据联通工作正在推进。\n",
            "provincial_platform_data_link")
    assert f.negated and f.scope_kind == "part"


def test_the_citys_own_level_said_as_ben_ji() -> None:
    found = figures("出庭应诉率98.7%，其中市本级出庭应诉率100%。\n", "court_appearance_rate")
    assert [(float(f.value), f.scope, f.scope_kind) for f in found] == [(98.7, "", ""), (100.0, "市本级", "unit")]


def test_a_comparison_year_in_brackets_dates_only_its_own_number() -> None:
    found = figures("全年以区政府为被告的行政诉讼案件14宗（2022年为19宗），法院开庭审理9宗。\n", "court_cases_heard")
    assert [(f.value, f.year) for f in found] == [(9, None)]


def test_a_caseload_broken_down_by_the_organ_that_accepted_it() -> None:
    body = "全市行政复议机关受理行政复议案件1,146件，同比增长18.3%，其中市政府受理412件，县市区政府受理734件。\n"
    assert [(f.value, f.scope_kind) for f in figures(body, "reconsideration_cases")] == [(1146, "whole"), (412, "unit"), (734, "part")]
    body = "市政府本级全年受理行政复议案件547件，其中县级人民政府为被申请人的189件。\n"
    assert [f.value for f in figures(body, "reconsideration_cases")] == [547]


def test_one_named_unit_below_a_target_every_unit_must_meet_fails() -> None:
    r = judged("区直执法部门法制审核人员占本单位执法人员比例平均为6.3%。区农业农村局法制审核人员占本单位执法人员比例为4.5%，尚未达到5%的要求。\n")
    result = r["legal_review_staff_ratio"]
    assert result.verdict.value == "fail" and "区农业农村局4.5%" in result.summary


def test_a_value_in_brackets_after_low_is_the_value() -> None:
    found = figures("二是行政机关负责人出庭应诉率偏低（78.6%），“告官不见官”现象没有根本改变。\n", "court_appearance_rate")
    assert [float(f.value) for f in found if f.value is not None] == [78.6]


def test_named_counties_are_some_units() -> None:
    f = one("景泰县、平川区出庭应诉率仍不足90%。\n", "court_appearance_rate")
    assert f.scope_kind == "part" and f.bound == "less_than"


def test_jiang_before_lie_wei_is_a_done_act() -> None:
    f = one("市长在年终述职中将履行推进法治建设第一责任人职责情况列为专项内容。\n", "leaders_report_on_rule_of_law")
    assert not f.requirement and not f.negated


def test_units_listed_with_fen_bie_in_the_terms_clause_are_read_once() -> None:
    found = figures("共配备法制审核人员54名，占执法人员总数的8.8%，但市自然资源局、市林业局法制审核人员比例分别为3.6%、4.1%，未达到5%的要求。\n",
                    "legal_review_staff_ratio")
    assert sorted(float(f.value) for f in found if f.scope_kind == "unit") == [3.6, 4.1]


def test_a_count_among_cases_heard_and_the_rate_it_gives() -> None:
    body = "一审行政诉讼案件共58件，开庭审理的41件案件中行政机关负责人出庭应诉41件，实现“应出尽出”。\n"
    assert [f.value for f in figures(body, "court_cases_heard")] == [41]
    assert [(float(f.value), f.derived) for f in figures(body, "court_appearance_rate")] == [(100.0, True)]
    assert [f.scope_kind for f in figures(body, "heads_in_court_count")] == [""]


def test_everyone_at_least_beside_the_average() -> None:
    found = figures("执法人员全部参加年度法律知识培训，人均参训65学时，每人均不少于60学时。\n", "enforcement_training_hours")
    assert [(f.value, f.bound, f.everyone) for f in found] == [(65, "", True), (60, "at_least", True)]


def test_the_count_of_what_was_not_done_is_not_the_count() -> None:
    assert figures("县发展和改革委员会承办的1项决策事项未开展风险评估。\n", "major_decisions_count") == []
    assert [f.value for f in figures("7项决策事项全部履行法定程序。\n", "major_decisions_count")] == [7]


def test_short_forms_of_falling_short_and_others_study() -> None:
    f = one("四是部分执法单位法制审核人员配备不足，个别单位法制审核人员比例未达5%。\n", "legal_review_staff_ratio")
    assert f.value is None and f.negated
    assert [f.value for f in figures("区委常委会会前学法8次、区政府常务会议会前学法十二次。\n", "pre_meeting_law_study")] == [12]
    assert [f.value for f in figures("举办区政府领导班子法治专题讲座3期、全区领导干部法治讲座暨旁听庭审活动2场。\n",
                                     "leadership_law_lectures")] == [3]


def test_the_same_period_of_the_area_around_is_higher() -> None:
    f = one("同期全区行政机关负责人出庭应诉率为98%。\n", "court_appearance_rate")
    assert f.scope_kind == "higher"


def test_a_restated_count_before_a_rate_is_not_read_again() -> None:
    found = figures("区政府共制发行政规范性文件9件，9件规范性文件报备率达到100%。\n", "normative_docs_count")
    assert [f.value for f in found] == [9]


def test_a_breakdown_by_the_act_challenged_is_not_a_scoped_caseload() -> None:
    body = "县政府全年受理行政复议案件58件（上年42件），同比增长38.1%，其中不服乡镇政府行政行为的9件。\n"
    assert [f.value for f in figures(body, "reconsideration_cases")] == [58]


# --- forms met in reports written after the sets above (AQ–AT) ------------------------------------


def test_all_of_a_count_quotes_the_count_and_the_act() -> None:
    f = one("以区政府为被告的行政诉讼案件2件，法院均开庭审理。", "court_cases_heard")
    assert f.value == 2 and "案件2件" in f.quote and "均开庭审理" in f.quote


@pytest.mark.parametrize("body, indicator, kind, negated", [
    ("三、存在的不足\n一是部分区（市、县）应急管理部门执法人员法律知识培训学时不足。", "enforcement_training_hours", "part", True),
    ("州政府将出庭应诉纳入考核，州级部门负责人出庭应诉率达到100%。", "court_appearance_rate", "part", False),
    ("劳动保障监察大队一线执法力量占比仅为62%。", "frontline_enforcement_share", "unit", False),
    ("其中，区政府本级应诉案件57件，无一败诉。", "litigation_loss_rate", "unit", False),
    ("选派19名新任部门负责人参加法治专题脱产培训。", "head_offjob_training", "part", False),
    ("一是部门和乡镇负责人法治专题脱产培训尚未实现全覆盖。", "head_offjob_training", "part", True),
])
def test_scopes_of_later_reports(body: str, indicator: str, kind: str, negated: bool) -> None:
    f = one(body, indicator)
    assert (f.scope_kind, f.negated) == (kind, negated)


def test_done_but_still_being_completed_below_is_not_done() -> None:
    found = figures("编制完成区级26个试点领域基层政务公开标准目录，但街道、社区层面的标准体系还在完善之中。",
                    "grassroots_openness_standards")
    assert [f.negated for f in found] == [True]


def test_the_recipient_is_not_the_scope() -> None:
    f = one("全年制发规范性文件9件。按规定向市政府和区人大常委会报送备案9件。", "normative_docs_filed")
    assert f.scope == "" and f.scope_kind == ""


@pytest.mark.parametrize("body, indicator, values", [
    ("公开重大行政决策预公开事项5项。", "major_decisions_count", []),
    ("政务公开工作纳入年度绩效考核，占3分（权重3%）。", "gov_openness_weight", [3]),
    # the heading names what its paragraph states: the value, not a second, value-less shortfall
    ("（八）政务公开考核权重偏低。政务公开在全县目标考核体系中的分值权重为3%，低于4%的要求。", "gov_openness_weight", [3]),
])
def test_forms_of_sets_au_to_ax(body: str, indicator: str, values: list[float]) -> None:
    found = figures(body, indicator)
    assert [pytest.approx(float(f.value)) for f in found if f.value is not None] == values
    assert all(f.value is not None for f in found)


@pytest.mark.parametrize("body, indicator", [
    ("三、存在的问题\n二是行政机关负责人出庭应诉率还不高。", "court_appearance_rate"),
    ("三、存在的问题\n二是政务公开在绩效考核体系中的权重偏低，尚未达到4%。", "gov_openness_weight"),
])
def test_shortfalls_of_sets_au_to_ax(body: str, indicator: str) -> None:
    assert [(f.negated, f.value) for f in figures(body, indicator)] == [(True, None)]


def test_what_the_years_work_ensured_is_done() -> None:
    f = one("全年举办各类培训班31期、培训执法人员1860人次，确保每名执法人员法律知识培训不少于60学时。",
            "enforcement_training_hours")
    assert (f.value, f.bound, f.requirement) == (60, "at_least", False)
    plan = one("下一步，确保每名执法人员法律知识培训不少于60学时。", "enforcement_training_hours")
    assert plan.requirement


def test_a_department_named_in_the_clause_before_scopes_the_figure() -> None:
    f = one("深化综合行政执法改革，区综合行政执法局配备法制审核人员8名，法制审核人员比例为6.1%。", "legal_review_staff_ratio")
    assert (f.value, f.scope, f.scope_kind) == (pytest.approx(6.1), "区综合行政执法局", "unit")


def test_data_uploaded_to_the_provincial_platform_is_linked() -> None:
    f = one("依托辽宁省行政执法监督平台，推动区直执法部门行政处罚数据全量上传。", "provincial_platform_data_link")
    assert f.statement and not f.negated


def test_public_legal_education_lectures_are_not_the_leaderships() -> None:
    body = "县政府组织法律顾问为群众举办法治讲座30场。县政府举办领导班子法治专题讲座2期。全年开展法治讲座进社区活动12场，县政府领导带头参加。"
    assert [f.value for f in figures(body, "leadership_law_lectures")] == [2]


def test_the_classes_hours_are_not_each_officers() -> None:
    assert figures("全年累计组织执法人员法律知识培训班12期、共计120学时，参训1500人次。", "enforcement_training_hours") == []
    assert [f.value for f in figures("全县行政执法人员人均参加法律知识培训65学时。", "enforcement_training_hours")] == [65]


def test_a_rate_stated_for_some_units_does_not_stop_the_whole_rate_being_computed() -> None:
    body = "全区一审行政诉讼案件153件，其中开庭审理64件，行政机关负责人出庭应诉51件。各街道办事处负责人出庭应诉率达100%。"
    derived = [f for f in figures(body, "court_appearance_rate") if f.derived]
    assert [round(float(f.value), 1) for f in derived] == [79.7]
    stated = "区政府本级一审行政诉讼案件开庭审理72件，区政府负责人出庭应诉72件，出庭应诉率100%。"
    assert [f.derived for f in figures(stated, "court_appearance_rate")] == [False]


def test_the_government_and_all_its_departments_is_the_whole() -> None:
    f = one("全年开庭审理98件，区政府及各部门负责人出庭应诉91件次。", "heads_in_court_count")
    assert (f.value, f.scope_kind) == (91, "whole")
    assert one("全年开庭审理98件，各部门负责人出庭应诉91件次。", "heads_in_court_count").scope_kind == "part"


# --- forms of sets AY–BB ----------------------------------------------------------------------------

@pytest.mark.parametrize("body, indicator, values", [
    ("全年开庭审理的行政诉讼案件58件，行政机关负责人出庭应诉58件。", "court_cases_heard", [58]),
    ("全年开庭审理的行政诉讼案件58件，行政机关负责人出庭应诉58件。", "admin_litigation_cases", []),
    ("对涉及群众切身利益的2项决策事项组织召开听证会。", "major_decisions_count", []),
    ("2023年度重大行政决策目录于4月向社会公布，共7项事项。其中，因受疫情影响，有2项决策事项调整至下一年度实施。",
     "major_decisions_count", [7]),
    ("其中法院开庭审理205件，行政机关负责人出庭187件，县长本人带头出庭应诉2次。", "heads_in_court_count", [187]),
    ("一是政务公开考核权重偏低。政务公开工作在全市绩效考核中的分值占比为3%，尚未达到4%的要求。", "gov_openness_weight", [3]),
])
def test_forms_of_sets_ay_to_bb(body: str, indicator: str, values: list[float]) -> None:
    found = figures(body, indicator)
    assert [pytest.approx(float(f.value)) for f in found if f.value is not None] == values
    assert all(f.value is not None for f in found if not f.requirement)


def test_one_persons_count_feeds_no_rate_and_the_court_is_no_scope() -> None:
    body = "全年一审行政诉讼案件233件，其中法院开庭审理205件，行政机关负责人出庭187件，县长本人带头出庭应诉2次。"
    heard = one(body, "court_cases_heard")
    assert (heard.value, heard.scope_kind) == (205, "")
    assert [round(float(f.value), 1) for f in figures(body, "court_appearance_rate") if f.derived] == [91.2]


def test_statements_of_sets_ay_to_bb() -> None:
    assert figures("全市行政复议体制改革完成后，由市政府统一行使行政复议职责，复议案件数量持续增长。",
                   "reconsideration_system_reform") == []
    undone = figures("研究起草行政复议体制改革实施方案，方案已报区委审议，但机构整合、人员划转尚未完成。",
                     "reconsideration_system_reform")
    assert [f.negated for f in undone] == [True]
    trained = figures("组织各镇（街道）、市直执法部门负责人参加法治专题脱产培训，确保部门负责人任期内至少参加一次脱产培训的要求落到实处。",
                      "head_offjob_training")
    assert [(f.negated, f.requirement) for f in trained] == [(False, False)]


def test_the_report_years_own_year_end_is_past() -> None:
    f = one("年底前全区行政执法人员年度法律知识培训均不少于60学时。", "enforcement_training_hours")
    assert (f.value, f.bound, f.requirement) == (60, "at_least", False)


def test_a_tables_total_of_key_units_is_theirs(tmp_path: Path) -> None:
    rows = ["单位\t持证执法人员（人）\t法制审核人员（人）\t占比", "市市场监督管理局\t112\t7\t6.3%", "市自然资源局\t49\t2\t4.1%",
            "合计\t161\t9\t5.6%"]
    for lead, kind in (("对重点执法部门法制审核人员配备情况进行统计，结果如下：", "part"),
                       ("全市各执法部门法制审核人员配备情况如下：", "whole")):
        path = tmp_path / f"{kind}.txt"
        path.write_text(HEAD + lead + "\n\n" + "\n".join(rows) + "\n", encoding="utf-8")
        total = [f for f in extract_report(path, SHIPPED).figures
                 if f.indicator == "legal_review_staff_ratio" and "合计" in f.quote]
        assert [(float(f.value), f.scope_kind) for f in total] == [(5.6, kind)]


# --- forms of sets BC–BF ----------------------------------------------------------------------------

@pytest.mark.parametrize("body, indicator, values", [
    ("全年依法完成6项重大行政决策和2项决策事项的听证，所有决策事项均经过公众参与。", "major_decisions_count", [6]),
    ("全县有行政执法人员386人，完成60学时法律知识培训的占92%，部分乡镇执法人员因参与疫情防控未能完成规定学时。",
     "enforcement_training_hours", []),
    ("政务公开在全市绩效考核中的分值权重仅为3%，低于4%的要求，部分单位对政务公开重视不够。", "gov_openness_weight", [3]),
])
def test_forms_of_sets_bc_to_bf(body: str, indicator: str, values: list[float]) -> None:
    found = figures(body, indicator)
    assert [pytest.approx(float(f.value)) for f in found if f.value is not None] == values
    if indicator == "enforcement_training_hours":  # the share who met 60 hours: the rest's shortfall, no 60
        assert [(f.negated, f.scope_kind) for f in found] == [(True, "part")]
    if indicator == "gov_openness_weight":  # 部分单位…重视不够 is not a part shortfall of the weight
        assert len(found) == 1


def test_the_catalogue_put_out_with_jiang_is_done() -> None:
    f = one("将《某市人民政府2022年度重大行政决策事项目录》通过市政府门户网站向社会公布。", "major_decision_catalogue_published")
    assert not f.requirement and not f.negated


def test_coverage_said_below_100_is_not_full_coverage() -> None:
    found = figures("对全县10个乡镇开展实地督察，实现了督察对乡镇级政府的全覆盖，对县直部门督察覆盖率达到80%。",
                    "department_inspection_coverage")
    assert [(f.negated, f.scope_kind) for f in found] == [(True, "")]


def test_scopes_of_sets_bc_to_bf() -> None:
    team = one("市交通运输综合行政执法支队下设4个大队，执法力量向一线倾斜，支队一线执法人员占比达86.5%。",
               "frontline_enforcement_share")
    assert (team.scope, team.scope_kind) == ("市交通运输综合行政执法支队", "unit")
    own = one("行政机关负责人出庭应诉率达到100%，市政府分管负责同志出庭应诉2次。", "heads_in_court_count")
    assert (own.value, own.scope, own.scope_kind) == (2, "市政府", "unit")


# --- forms of sets BG–BJ ----------------------------------------------------------------------------

@pytest.mark.parametrize("body, indicator", [
    ("全年完成拆除违法建筑面积48万平方米，未发生因拆违引发的行政诉讼败诉案件。", "litigation_loss_rate"),
    ("全年办理依申请公开信息86件，未发生被复议纠错或诉讼败诉的情况。", "litigation_loss_rate"),
    ("全年办理依申请公开信息86件，未发生被复议纠错或诉讼败诉的情况。", "reconsideration_correction_rate"),
])
def test_a_zero_of_some_cases_only_is_not_the_rate(body: str, indicator: str) -> None:
    assert figures(body, indicator) == []


@pytest.mark.parametrize("body, indicator, scope", [
    ("全区行政诉讼案件56件，涉企行政诉讼案件无一败诉。", "litigation_loss_rate", "涉企行政诉讼"),
    ("涉及征地拆迁的行政诉讼案件无一败诉。", "litigation_loss_rate", "涉及征地拆迁的行政诉讼"),
    ("在安全生产领域的行政诉讼中未发生败诉。", "litigation_loss_rate", "在安全生产领域的行政诉讼"),
    ("全区涉企行政诉讼案件负责人出庭率达100%。", "court_appearance_rate", "涉企行政诉讼"),
])
def test_a_rate_of_cases_of_one_kind_is_scoped_to_them(body: str, indicator: str, scope: str) -> None:
    f = one(body, indicator)
    assert (f.scope, f.scope_kind) == (scope, "part")


def test_cases_said_of_the_government_are_not_one_kind() -> None:
    f = one("以区政府为被告的一审案件无一败诉。", "litigation_loss_rate")
    assert f.scope_kind == "unit"


def test_statements_of_sets_bg_to_bj() -> None:
    coverage = figures("组织开展法治政府建设督察，实现对7个县（市、区）政府督察全覆盖，发现问题58个，已整改52个，其余6个正在按计划推进整改。",
                       "rule_of_law_inspection_coverage")
    assert [f.negated for f in coverage] == [False]
    assert figures("坚持区政府领导班子每年至少举办两期法治专题讲座，持续推动领导干部述法全覆盖。",
                   "leaders_report_on_rule_of_law") == []
    kept = one("县政府严禁向执法部门下达罚没指标，未将罚没收入与执法部门经费、执法人员收入挂钩。", "no_fine_quotas")
    assert not kept.requirement and not kept.negated
    rule = one("县政府严禁向执法部门下达罚没指标。", "no_fine_quotas")
    assert rule.requirement
    listed = one("年初将《某县供热专项规划》等4项事项确定为年度重大行政决策事项，编制事项目录并在县政府网站向社会公布。",
                 "major_decision_catalogue_published")
    assert not listed.requirement


def test_per_head_hours_after_a_count_of_classes() -> None:
    f = one("全区1,012名行政执法人员全部持证上岗，开展执法人员培训班8期，人均培训时长达到40学时，距60学时的要求仍有差距。",
            "enforcement_training_hours")
    assert (f.value, f.negated, f.scope_kind) == (40, True, "")


def test_a_plan_for_the_units_named_in_the_clause_before() -> None:
    f = one("下一步，推动3个未达标部门充实法制审核力量，确保法制审核人员比例达到5%以上。", "legal_review_staff_ratio")
    assert (f.requirement, f.scope, f.scope_kind) == (True, "3个未达标部门", "part")


def test_the_ratio_to_staff_by_is_a_standard_not_a_value() -> None:
    f = one("督促各执法部门按照不少于本单位执法人员5%的比例配齐法制审核人员。", "legal_review_staff_ratio")
    assert (f.value, f.bound, f.requirement) == (5, "at_least", True)
    done = one("各执法部门均已按照不低于执法人员总数5%的比例配齐法制审核人员。", "legal_review_staff_ratio")
    assert not done.requirement
    others = one("下一步，推动区城管执法局等单位法制审核人员比例尽快达到5%以上。", "legal_review_staff_ratio")
    assert others.scope_kind == "part"


def test_all_n_units_of_the_government_are_the_whole() -> None:
    f = next(f for f in figures("全市34个执法部门均配备法制审核人员，占执法人员比例为6.3%。", "legal_review_staff_ratio"))
    assert (f.value, f.scope_kind) == (pytest.approx(6.3), "whole")
    some = one("3个执法部门法制审核人员比例为4.1%。", "legal_review_staff_ratio")
    assert some.scope_kind == "part"


# --- forms of sets BK–BN ----------------------------------------------------------------------------

def test_others_filings_reviewed_are_not_the_governments() -> None:
    body = "依法审查各县（区）人民政府、市政府各部门报备的规范性文件26件，对存在问题的3件督促制定机关予以纠正。"
    assert figures(body, "normative_docs_filed") == []


def test_scopes_of_sets_bk_to_bn() -> None:
    named = one("加强法制审核队伍建设，但市综合行政执法局执法人员较多，法制审核人员占比4.2%，低于5%的要求。",
                "legal_review_staff_ratio")
    assert (named.scope, named.scope_kind) == ("市综合行政执法局", "unit")
    filed = one("全年制发行政规范性文件8件，报自治区人民政府和市人大常委会备案8件。", "normative_docs_filed")
    assert filed.scope_kind in ("", "whole")
    short = [f for f in figures("二是个别单位法制审核力量配备不足，市城市管理执法局法制审核人员比例仍低于规定要求。",
                                "legal_review_staff_ratio")]
    assert [(f.negated, f.scope_kind) for f in short] == [(True, "unit")]
    report = one("三、存在的不足\n一是区政府部门主要负责人在年终述职中述法尚未实现全覆盖。", "leaders_report_on_rule_of_law")
    assert (report.negated, report.scope_kind) == (True, "part")


# --- forms of sets BO–BR ----------------------------------------------------------------------------

def test_a_compared_years_own_rate_is_that_years() -> None:
    found = figures("全市行政机关负责人出庭应诉率为74.2%，相比2019年出庭应诉率61.5%有所提升。", "court_appearance_rate", 2020)
    assert [(float(f.value), f.year) for f in found] == [(74.2, None), (61.5, 2019)]


def test_statements_of_sets_bo_to_br() -> None:
    late = one("2020年度重大行政决策事项目录未能在年初向社会公开，直到下半年才完成编制报批工作。", "major_decision_catalogue_published")
    assert late.negated
    assert figures("市政府行政复议体制改革方案已经市委全面深化改革委员会审议通过，计划于2021年6月底前完成改革任务。",
                   "reconsideration_system_reform") == []
    assert figures("对照省、市、县基层政务公开标准目录，完成镇、村两级公开事项清单编制。", "grassroots_openness_standards") == []
    assert figures("行政复议体制改革后案件量明显增加，复议机构人员编制未能同步到位。", "reconsideration_system_reform") == []
    missed = figures("尚有6个部门未开展，督察覆盖率约为84%，市政府工作部门法治督察全覆盖目标未能如期实现。",
                     "department_inspection_coverage")
    assert missed and all(f.negated and not f.requirement for f in missed)


def test_the_heads_cases_are_not_the_lawsuits() -> None:
    body = "全市行政机关共发生行政诉讼案件391件，各级行政机关负责人出庭应诉案件186件，出庭应诉率87.3%。"
    assert [f.value for f in figures(body, "admin_litigation_cases")] == [391]


def test_scopes_of_sets_bo_and_bp() -> None:
    top = one("市直18个执法部门中，法制审核人员占执法人员比例最高的为市市场监管局，达到8.3%。", "legal_review_staff_ratio")
    assert (top.scope, top.scope_kind) == ("市市场监管局", "unit")
    behind = one("下一步，督促法制审核人员配备未达标的部门年内将比例提升至5%以上。", "legal_review_staff_ratio")
    assert (behind.requirement, behind.scope_kind) == (True, "part")
    level = one("市直各执法部门法制审核人员占比均达到5%以上。", "legal_review_staff_ratio")
    assert level.scope_kind == "part"


# --- forms of sets BS–BV ----------------------------------------------------------------------------

def test_a_reform_undone_after_its_plan_document_is_named() -> None:
    f = one("行政复议体制改革方面，我局起草的《某市行政复议体制改革实施方案》已报市委审定，但改革尚未全面完成，"
            "县级行政复议职责集中工作仍在推进中。", "reconsideration_system_reform")
    assert f.negated


@pytest.mark.parametrize("body, requirement", [
    ("严禁下达或变相下达罚没指标，市财政在预算编制中未设定任何罚没收入目标，执法部门经费与罚没收入彻底脱钩。", False),
    ("严禁下达或变相下达罚没指标，全县未安排任何罚没收入任务。", False),
    ("严禁下达或变相下达罚没指标，要求罚没收入与部门经费彻底脱钩。", True),
])
def test_a_prohibition_kept_in_other_words(body: str, requirement: bool) -> None:
    f = one(body, "no_fine_quotas")
    assert (f.requirement, bool(f.negated)) == (requirement, False)


def test_the_standard_named_before_its_shortfall_is_no_value() -> None:
    f = one("个别县区乡镇执法人员60学时培训落实不到位，基层执法人员素质有待提升。", "enforcement_training_hours")
    assert (f.value, bool(f.negated), f.scope_kind) == (None, True, "part")


@pytest.mark.parametrize("body, requirement", [
    ("全市行政执法人员每人每年法律知识培训不少于60学时的要求全面落实，组织新任执法人员岗前培训班14期。", False),
    ("确保执法人员每人每年培训不少于60学时的要求全面落实。", True),
])
def test_a_rule_stated_as_kept_is_done(body: str, requirement: bool) -> None:
    f = one(body, "enforcement_training_hours")
    assert (f.value, f.bound, f.requirement) == (60, "at_least", requirement)


@pytest.mark.parametrize("body, values", [
    ("全县持证行政执法人员1385名，法律知识培训均不低于60学时；组织新任执法人员资格考试2次。", [60]),
    ("局机关及所属单位现有持证行政执法人员21名，2023年均完成60学时以上的法律知识培训。", [60]),
    ("全市执法人员人均法律知识培训学时达68学时，全部达到60学时以上。", [68, 60]),
])
def test_hours_of_all_the_officers_after_their_count(body: str, values: list[int]) -> None:
    found = figures(body, "enforcement_training_hours")
    assert [f.value for f in found] == values
    assert found[-1].bound == "at_least"


def test_a_unit_named_with_its_value_after_another() -> None:
    found = figures("全区法制审核人员平均占执法人员的比例为5.2%，其中区市场监管局法制审核人员占比6.1%，区城管执法局为4.3%。",
                    "legal_review_staff_ratio")
    assert [(float(f.value), f.scope, f.scope_kind) for f in found] == [
        (5.2, "全区", "whole"), (6.1, "区市场监管局", "unit"), (4.3, "区城管执法局", "unit")]


def test_counties_departments_in_a_citys_report_are_part() -> None:
    f = one("全市县区综合执法部门一线执法人员占比达到82%，执法重心进一步下移。", "frontline_enforcement_share")
    assert (f.scope, f.scope_kind) == ("县区综合执法部门", "part")


@pytest.mark.parametrize("body, requirement", [
    ("市委依法治市办对12个县区开展法治政府建设实地督察，督察对各级政府全覆盖的目标全面实现。", False),
    ("确保法治督察对各级政府全覆盖的目标全面实现。", True),
])
def test_a_coverage_target_met(body: str, requirement: bool) -> None:
    f = one(body, "rule_of_law_inspection_coverage")
    assert (f.requirement, bool(f.negated)) == (requirement, False)


def test_the_year_naming_a_report_with_its_level_is_not_the_acts() -> None:
    f = one("2022年度区法治政府建设情况报告于3月底前通过区政府门户网站向社会公开。", "annual_report_published")
    assert f.year == 2023 or f.year is None


@pytest.mark.parametrize("body", [
    "全市统一的综合行政执法指挥调度系统于2023年6月上线运行，实现执法任务统一派发。",
    "全市统一的综合行政执法信息化平台建成运行，实现执法事项、执法人员、执法案件“一网管理”。",
])
def test_the_unified_system_named_with_words_between(body: str) -> None:
    f = one(body, "unified_enforcement_system")
    assert not f.negated and not f.requirement


def test_a_score_said_low_is_the_weights_shortfall() -> None:
    f = one("四是政务公开工作考核分值偏低，基层政务公开标准化、规范化还需加强。", "gov_openness_weight")
    assert f.value is None and f.negated


def test_a_streets_head_named_as_responsible_comrade() -> None:
    f = one("街道主要负责同志参加区委党校举办的法治专题脱产培训班，系统学习了依法行政相关知识。", "head_offjob_training")
    assert not f.negated and not f.requirement


# --- forms of sets BW–BZ ----------------------------------------------------------------------------

def test_a_breakdown_naming_an_invited_guest_is_not_the_count() -> None:
    found = figures("市政府常务会议会前学法16次，其中邀请市政府法律顾问现场解读3次，重点学习了新修订的《行政处罚法》。",
                    "pre_meeting_law_study")
    assert [f.value for f in found] == [16]


def test_filings_of_lower_governments_reviewed_are_not_the_own() -> None:
    assert figures("对县（区）政府和市直部门报备的规范性文件71件开展备案审查，发现并督促纠正问题9个。",
                   "normative_docs_filed") == []


@pytest.mark.parametrize("quoted", ["“述法+考法+督法”", '"述法+考法+督法"'])
def test_a_practice_named_as_a_slogan_is_no_statement(quoted: str) -> None:
    # ASCII quotes pair up as Chinese ones in the shadow, so the pattern written with “” reads both
    assert figures(f"以{quoted}为抓手压紧压实责任链条。", "leaders_report_on_rule_of_law") == []


def test_a_plan_named_in_a_list_is_no_plan() -> None:
    f = one("纳入城市更新专项规划、公办幼儿园学位建设三年行动计划等决策事项7项。", "major_decisions_count")
    assert (f.value, f.requirement) == (7, False)


@pytest.mark.parametrize("body, scope", [
    ("督促县区局法制审核人员比例不低于5%。", "县区局"),
    ("督促相关部门在年内将法制审核人员比例提高到5%以上。", "相关部门"),
])
def test_units_urged_to_a_standard(body: str, scope: str) -> None:
    f = one(body, "legal_review_staff_ratio")
    assert (f.value, f.requirement, f.scope, f.scope_kind) == (5, True, scope, "part")


def test_urged_inside_a_noun_phrase_is_no_plan() -> None:
    f = one("审结案件中直接纠错和经复议机关督促自行纠正的综合纠错率为10.6%。", "reconsideration_correction_rate")
    assert not f.requirement


def test_some_fields_of_enforcement_are_part() -> None:
    f = one("部分执法领域的执法信息系统尚未与省级平台实现互联互通，数据共享不够充分。", "provincial_platform_data_link")
    assert f.negated and (f.scope, f.scope_kind) == ("部分执法领域", "part")


def test_what_the_training_organised_ensured() -> None:
    body = ("组织全区1860名行政执法人员参加公共法律知识在线培训和年度考试，各执法部门严格落实执法人员年度培训制度，"
            "确保每名执法人员法律知识培训不少于60学时。")
    assert not one(body, "enforcement_training_hours").requirement
    planned = figures("二、下一步工作打算\n" + body, "enforcement_training_hours")
    assert [f.requirement for f in planned] == [True]


def test_a_departments_coverage_rate_in_the_terms_clause() -> None:
    found = figures("对10个县（区）政府开展法治政府建设督察，实现对县（区）政府督察全覆盖，对市直部门督察覆盖率为60%，梳理问题清单63条。",
                    "department_inspection_coverage")
    assert [bool(f.negated) for f in found] == [True]
    short = one("三是法治督察力度仍需加大，对市直部门的督察覆盖面还不够广。", "department_inspection_coverage")
    assert short.negated


def test_units_named_then_their_value_in_the_next_clause() -> None:
    found = figures("法制审核人员占执法人员总数的比例为6.4%，但区农业农村局、区文体广电旅游局2个部门受编制所限，比例仍低于5%。",
                    "legal_review_staff_ratio")
    assert [(f.value and float(f.value), bool(f.negated), f.scope_kind) for f in found] == [(6.4, False, ""), (None, True, "part")]


def test_all_of_a_count_before_the_act() -> None:
    f = one("镇政府全年作为被告的行政诉讼案件2件，2件均已开庭审理，镇长出庭应诉2件次。", "court_cases_heard")
    assert f.value == 2


def test_hours_per_head_named_by_their_term() -> None:
    f = one("组织全局执法人员开展法律知识学习和考试，全年人均学时达到72学时；", "enforcement_training_hours")
    assert f.value == 72
    assert figures("一是部分执法人员对新法新规学习不够深入，运用法治思维处理复杂问题的能力还有待提升。",
                   "enforcement_training_hours") == []


def test_cases_handled_in_the_unified_system() -> None:
    f = one("全县执法部门全部在统一综合执法系统内办案，执法监管数据实时归集至省级监管平台。", "unified_enforcement_system")
    assert not f.negated and not f.requirement


# --- forms of sets CB–CD ----------------------------------------------------------------------------

def test_the_next_item_of_a_list_is_not_the_terms_count() -> None:
    for body in ("全年区政府审议通过9项重大行政决策事项、3项涉企政策听证，重大行政决策全部经过合法性审查。",
                 "全年区政府审议通过9项重大行政决策事项、3项涉及民生的听证。"):
        assert [f.value for f in figures(body, "major_decisions_count")] == [9]


def test_lectures_of_all_kinds_are_not_the_leaderships() -> None:
    f = one("举办各类法治讲座5场，其中区政府领导班子法治专题讲座2期。", "leadership_law_lectures")
    assert (f.value, f.scope, f.scope_kind) == (2, "区政府", "whole")


def test_a_prohibition_kept_referred_back_to() -> None:
    f = one("坚持严禁下达或变相下达罚没指标，全年未发生此类情况。", "no_fine_quotas")
    assert not f.requirement and not f.negated
    assert one("严禁下达或变相下达罚没指标，罚没收入全部上缴国库。", "no_fine_quotas").requirement


def test_departments_not_covered_are_not_the_governments() -> None:
    body = "四是法治督察对县政府各部门尚未实现全覆盖，督察整改跟踪问效还不够到位。"
    assert figures(body, "rule_of_law_inspection_coverage") == []
    assert one(body, "department_inspection_coverage").negated


def test_coverage_of_the_governments_is_not_the_departments() -> None:
    body = ("市委依法治市办对全市6个县（市、区）政府开展法治政府建设督察，实现对县级政府督察全覆盖，"
            "并对38个市直部门开展专项法治督察，发现问题112个，已整改到位105个。")
    assert figures(body, "department_inspection_coverage") == []
    assert not one(body, "rule_of_law_inspection_coverage").negated


@pytest.mark.parametrize("body, scope", [
    ("人均参训学时未达到60学时的执法人员有37人。", "37人"),
    ("全市未完成60学时培训的执法人员共12名。", "12名"),
])
def test_the_people_short_of_the_standard(body: str, scope: str) -> None:
    f = one(body, "enforcement_training_hours")
    assert (f.value, bool(f.negated), f.scope, f.scope_kind) == (None, True, scope, "part")


def test_a_shortfall_about_the_trainings_content_is_not_its_hours() -> None:
    assert figures("二是执法人员培训内容与实战需求结合不够紧密，新业态领域执法能力有待提升。",
                   "enforcement_training_hours") == []
    f = one("三是执法人员培训投入不足，法律知识培训时间不够，部分执法人员对新出台法律法规掌握不及时。",
            "enforcement_training_hours")
    assert f.negated
    some = one("二是行政执法人员素质有待提高，少数执法单位受防汛救灾等工作影响，未能完成60学时的法律知识培训任务。",
               "enforcement_training_hours")
    assert (bool(some.negated), some.scope, some.scope_kind) == (True, "少数执法单位", "part")


def test_the_heads_own_count_at_the_end_of_his_sentence() -> None:
    f = one("市政府主要负责同志严格落实党政主要负责人履行推进法治建设第一责任人职责规定，带头尊法学法守法用法，"
            "亲自审定法治政府建设年度工作要点，亲自协调解决行政执法体制改革、行政复议体制运行中的重大问题，带头出庭应诉1次。",
            "heads_in_court_count")
    assert (f.value, f.scope, f.scope_kind) == (1, "市政府", "unit")


def test_a_thing_done_in_an_earlier_year_said_after_it() -> None:
    f = one("市、镇两级行政执法协调监督工作体系已于2022年底建成，今年以来重点抓运行、抓实效。", "enforcement_supervision_system")
    assert (f.year, f.negated) == (2022, False)


def test_some_towns_written_short() -> None:
    f = one("二是少数镇（街）综合行政执法人员未完成60学时法律知识培训任务。", "enforcement_training_hours")
    assert (bool(f.negated), f.scope, f.scope_kind) == (True, "少数镇（街）", "part")


# --- forms of sets CE–CH ----------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "全区持证行政执法人员1260名，全部完成年度不少于60学时的法律知识培训，其中通用法律知识不少于20学时、专门法律知识不少于40学时。",
    "全县持证执法人员均完成不少于60学时的法律知识培训，其中专业法律知识培训不少于40学时。",
])
def test_hours_broken_down_by_content_give_the_total_only(body: str) -> None:
    assert [f.value for f in figures(body, "enforcement_training_hours")] == [60]


def test_a_departments_team_named_before_its_share() -> None:
    f = one("深化街道综合行政执法改革，区城管执法队伍中85%以上的人员下沉街道一线。", "frontline_enforcement_share")
    assert (f.scope, f.scope_kind) == ("区城管执法队伍", "unit")
    whole = one("全区执法队伍中一线执法人员占比85%以上。", "frontline_enforcement_share")
    assert whole.scope_kind == "whole"


def test_the_officers_short_counted_among_them() -> None:
    f = one("受疫情防控等工作影响，全市1037名执法人员中仍有112人未完成60学时的年度培训任务，已列入明年补训计划。",
            "enforcement_training_hours")
    assert (f.value, bool(f.negated), f.scope, f.scope_kind) == (None, True, "112人", "part")


def test_what_a_long_list_of_the_years_training_ensured() -> None:
    f = one("全区共有持证行政执法人员1,126名，全年组织执法人员开展新行政处罚法、执法文书制作、证据收集等专题培训12期，"
            "培训3,400余人次，确保每名执法人员全年法律知识培训不少于60学时。", "enforcement_training_hours")
    assert (f.value, f.bound, f.requirement) == (60, "at_least", False)


def test_a_streets_team_members_and_their_training() -> None:
    some = one("街道班子成员中，有4人参加了区委组织部、区司法局举办的法治专题脱产培训。", "head_offjob_training")
    assert (bool(some.negated), some.scope_kind) == (False, "part")
    short = one("三是班子成员中仍有部分同志未参加过法治专题脱产培训。", "head_offjob_training")
    assert (bool(short.negated), short.scope_kind) == (True, "part")


def test_no_case_corrected_said_with_its_subject_between() -> None:
    f = one("无行政复议案件被上级机关纠错。", "reconsideration_correction_rate")
    assert f.value == 0


# --- forms of sets CI–CL ----------------------------------------------------------------------------

def test_a_vice_mayors_count_is_his_governments_unit() -> None:
    found = figures("全市行政机关负责人出庭应诉率100%，其中市直单位主要负责人出庭应诉37次，市政府分管副市长出庭应诉2次。",
                    "heads_in_court_count")
    assert [(f.value, f.scope_kind) for f in found] == [(37, "part"), (2, "unit")]


def test_a_rule_applied_in_the_year_is_done() -> None:
    f = one("严格执行行政执法人员每人每年法律知识培训不少于60学时的要求，全年组织执法人员培训3200余人次。",
            "enforcement_training_hours")
    assert (f.value, f.bound, f.requirement) == (60, "at_least", False)


def test_a_departments_coverage_share_going_on_from_its_subject() -> None:
    f = one("对州直部门开展法治督察，年内督察州直部门28个，覆盖面达到68%，尚未实现全覆盖。", "department_inspection_coverage")
    assert f.negated


def test_the_units_assessed_are_not_the_weights_scope() -> None:
    f = one("推进政务公开提质增效，将政务公开在区对街道和区级部门综合考核中的分值权重设置为5%。", "gov_openness_weight")
    assert (f.value, f.scope_kind, f.requirement) == (5, "", False)


def test_a_drafts_consultation_is_not_the_catalogue_published() -> None:
    assert figures("我局承担的《某专项行动方案》一项事项纳入市政府2025年度重大行政决策事项目录，严格履行公众参与、"
                   "专家论证程序，向社会公开征求意见期限30日。", "major_decision_catalogue_published") == []


def test_consumer_dispute_mediation_is_not_peoples_mediation() -> None:
    assert figures("畅通12315投诉举报渠道，消费纠纷调解成功率71%。", "mediation_success_rate") == []


def test_units_urged_in_the_clause_before_the_standard() -> None:
    f = one("督促宜川县局等单位补齐法制审核力量，法制审核人员比例达到5%以上。", "legal_review_staff_ratio")
    assert (f.requirement, f.scope, f.scope_kind) == (True, "宜川县局等", "part")
    done = one("推动执法力量下沉，一线执法人员占比达到82%。", "frontline_enforcement_share")
    assert not done.requirement


def test_the_rest_of_the_counted_units_fell_short() -> None:
    found = figures("全县19个行政执法单位中，有16个单位法制审核人员占比达到5%以上，其余3个单位因编制所限暂未达到。",
                    "legal_review_staff_ratio")
    assert [(f.value, bool(f.negated), f.scope_kind) for f in found] == [(5, False, "part"), (None, True, "part")]


def test_every_county_of_a_league() -> None:
    f = one("各旗县市（区）规范性文件报备率均达到100%。", "normative_doc_filing_rate")
    assert (f.scope, f.scope_kind) == ("各旗县市（区）", "part")


@pytest.mark.parametrize("body, indicator, value", [
    ("全市行政复议案件综合纠错率为12.3%，其中直接纠错率为6.1%。", "reconsideration_correction_rate", 12.3),
    ("人民调解组织调解矛盾纠纷2.1万件，调解成功率达98.6%，其中医疗纠纷调解成功率95%。", "mediation_success_rate", 98.6),
])
def test_a_narrower_measure_after_its_figure_is_not_read(body: str, indicator: str, value: float) -> None:
    assert [float(f.value) for f in figures(body, indicator)] == [value]


def test_the_years_total_after_its_halves() -> None:
    f = one("上半年，区政府举办领导班子法治讲座1期，下半年举办1期，全年共2期。", "leadership_law_lectures")
    assert f.value == 2


def test_a_catalogue_to_be_published_is_a_plan() -> None:
    f = one("重大行政决策事项目录经区政府常务会议审议通过，将于近期向社会公布。", "major_decision_catalogue_published")
    assert f.requirement
    done = one("重大行政决策事项目录经区政府常务会议审议通过后，于3月在门户网站向社会公布。", "major_decision_catalogue_published")
    assert not done.requirement


def test_progress_under_100_in_the_next_clause_is_not_done() -> None:
    f = one("推进市场监管领域与省级平台数据对接，完成率达到80%。", "provincial_platform_data_link")
    assert f.negated
    kept = one("对全市15个乡镇（街道）实现法治政府建设督察全覆盖，发现问题42个，整改完成率90.5%。",
               "rule_of_law_inspection_coverage")
    assert not kept.negated


@pytest.mark.parametrize("body", [
    "全区法制审核人员中具有法律职业资格的占比为38%。",
    "法制审核人员共86名，其中专职62名，占72.1%。",
])
def test_a_share_within_the_terms_people_is_not_its_share(body: str) -> None:
    assert figures(body, "legal_review_staff_ratio") == []


def test_the_terms_share_after_its_count() -> None:
    f = one("全区执法人员1520名，法制审核人员79名，占5.2%。", "legal_review_staff_ratio")
    assert float(f.value) == 5.2


def test_the_recruits_induction_hours_are_not_the_annual_training() -> None:
    assert figures("新录用执法人员岗前培训不少于40学时。", "enforcement_training_hours") == []
    f = one("二是受疫情影响，个别新入职执法队员未能完成年度60学时的法律知识培训。", "enforcement_training_hours")
    assert f.negated and f.scope_kind == "part"


# --- forms of sets CM–CP ----------------------------------------------------------------------------

def test_a_county_team_and_a_unit_named_after_some() -> None:
    team = one("县综合行政执法队一线执法人员占比达到88%。", "frontline_enforcement_share")
    assert (team.scope, team.scope_kind) == ("县综合行政执法队", "unit")
    named = one("二是个别执法单位法制审核人员配备不足，县市场监管局比例仍低于5%。", "legal_review_staff_ratio")
    assert (named.scope, named.scope_kind) == ("县市场监管局", "unit")
    listed = one("二是个别执法部门法制审核力量薄弱，区交通运输局、区农业农村局2个部门法制审核人员比例未达到5%。",
                 "legal_review_staff_ratio")
    assert listed.scope_kind == "part"


def test_a_layout_is_no_bureau() -> None:
    f = one("将县城污水处理提质增效、城区中小学布局调整等7项重大行政决策事项纳入目录，并于3月向社会公布。",
            "major_decisions_count")
    assert (f.value, f.requirement, f.scope_kind) == (7, False, "")


def test_every_district_government_in_a_citys_report() -> None:
    f = one("各区政府负责人出庭应诉率均为100%。", "court_appearance_rate")
    assert f.scope_kind == "part"


def test_filings_of_towns_to_the_government_are_not_its_own() -> None:
    assert figures("区政府部门和镇街报送区政府备案的规范性文件23件，经审查全部合法有效。", "normative_docs_filed") == []


def test_a_system_being_built_faster_is_not_built() -> None:
    f = one("印发《某市行政执法协调监督工作体系建设实施方案》，正在加快推进市县乡三级行政执法协调监督工作体系建设，"
            "计划于2024年底前全面建成。", "enforcement_supervision_system")
    assert f.negated


def test_this_years_value_after_last_years() -> None:
    found = figures("去年全区出庭应诉率为85%，今年达到100%。", "court_appearance_rate")
    assert [(f.value, f.year) for f in found] == [(85, 2022), (100, 2023)]


def test_published_late_said_in_the_next_clause() -> None:
    late = one("2022年度法治政府建设情况报告于4月15日在区政府网站公开，晚于规定时限。", "annual_report_published")
    assert late.negated
    done = one("2023年度重大行政决策事项目录于3月向社会公开，有待进一步规范。", "major_decision_catalogue_published")
    assert not done.negated


# --- forms of sets CQ–CT ----------------------------------------------------------------------------

def test_intake_then_acceptance() -> None:
    f = one("区政府统一受理行政复议申请212件，依法受理198件，审结185件。", "reconsideration_cases")
    assert f.value == 198
    alone = one("区政府统一受理行政复议申请212件，审结185件。", "reconsideration_cases")
    assert alone.value == 212


def test_the_filed_documents_are_not_the_documents_made() -> None:
    found = figures("全年县政府出台规范性文件5件，向白银市人民政府和县人大常委会报送备案规范性文件5件，做到有件必备。",
                    "normative_docs_count")
    assert [f.value_start for f in found] == [found[0].value_start] and len(found) == 1


def test_some_recruits_of_a_half_year() -> None:
    f = one("一是执法人员培训不够均衡，个别2023年下半年新入职的执法人员因入职时间较晚，年度法律知识培训未达到60学时。",
            "enforcement_training_hours")
    assert (bool(f.negated), f.scope_kind) == (True, "part")


# --- forms of sets CU–CX ----------------------------------------------------------------------------

def test_most_of_the_officers_are_part() -> None:
    f = one("组织全区行政执法人员开展法律知识轮训，绝大多数执法人员完成了六十学时的年度培训任务；", "enforcement_training_hours")
    assert (f.value, f.scope_kind) == (60, "part")


def test_a_system_collecting_data_is_not_linked_to_the_province() -> None:
    assert figures("依托全省一体化政务服务平台，推动审批、监管、执法等数据互联互通，“互联网+监管”系统汇聚监管行为数据26万条。",
                   "provincial_platform_data_link") == []
    assert not one("执法数据与省级监管平台实时汇聚。", "provincial_platform_data_link").negated


def test_a_plan_followed_is_no_plan_and_an_about_coverage_is_short() -> None:
    f = one("对市直部门的法治督察按照三年一轮的计划推进，年内抽取市直部门25个开展督察，覆盖率约60%，尚未实现全覆盖。",
            "department_inspection_coverage")
    assert (f.requirement, bool(f.negated)) == (False, True)


def test_heads_trained_off_the_job_said_apart() -> None:
    f = one("县委依法治县办牵头组织县直部门和乡镇（街道）主要负责人集中脱产参加法治专题培训，为期3天，参训63人。",
            "head_offjob_training")
    assert not f.negated and not f.requirement


# --- forms of sets CY–DB ----------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "二是个别部门法制审核人员未达到执法人员总数的5%，专业人才比较缺乏。",
    "一是个别部门执法人员未完成规定的60学时法律知识培训。",
])
def test_the_target_named_with_its_base_after_the_shortfall(body: str) -> None:
    found = [f for f in figures(body) if f.indicator in ("legal_review_staff_ratio", "enforcement_training_hours")]
    assert [(f.value, bool(f.negated), f.scope_kind) for f in found] == [(None, True, "part")]


def test_a_towns_shortfall_after_the_whole_imbalance() -> None:
    f = one("一是全市行政执法协调监督工作体系建设不平衡，乡镇（街道）行政执法协调监督工作体系尚未全面建成。",
            "enforcement_supervision_system")
    assert (bool(f.negated), f.scope_kind) == (True, "part")


def test_a_training_not_held_for_a_cause() -> None:
    f = one("原计划于下半年举办的部门和街道负责人法治专题脱产培训，因疫情防控要求未能按计划举办，改为线上专题学习。",
            "head_offjob_training")
    assert f.negated


def test_a_brigade_under_the_team_is_a_unit() -> None:
    f = one("但支队下属江都大队法制审核人员比例为4.1%，未达到5%的要求。", "legal_review_staff_ratio")
    assert f.scope == "江都大队" and f.scope_kind == "unit"


def test_the_unit_between_the_term_and_its_share() -> None:
    f = one("加强法制审核力量建设，区城市管理综合行政执法局配备专职法制审核人员9名，占本单位执法人员的6.4%。",
            "legal_review_staff_ratio")
    assert (f.scope, f.scope_kind) == ("区城市管理综合行政执法局", "unit")


# --- forms of sets DC–DF ----------------------------------------------------------------------------

def test_filings_registered_from_the_towns_are_not_the_own() -> None:
    assert figures("同时对各乡镇人民政府、县直部门报送的规范性文件开展备案审查，全年登记备案22件，对存在问题的3件提出修改意见。",
                   "normative_docs_filed") == []


def test_a_link_that_still_needs_speeding_up_is_not_done() -> None:
    f = one("四是“互联网+监管”数据归集不够充分，与省级监管平台的数据对接仍需加快；", "provincial_platform_data_link")
    assert f.negated


def test_the_rule_missed_in_quotes() -> None:
    f = one("一是区政府领导班子全年法治专题讲座期数未达到“每年两期以上”的要求。", "leadership_law_lectures")
    assert (f.value, bool(f.negated)) == (None, True)


def test_the_bureaus_share_of_its_own_officers() -> None:
    f = one("深化综合行政执法改革，区城市管理和综合执法局整合街道执法力量，执法重心下移，一线执法人员占全局执法人员的82%。",
            "frontline_enforcement_share")
    assert (f.scope, f.scope_kind) == ("区城市管理和综合执法局", "unit")


def test_the_rest_short_after_the_counted_units_is_theirs() -> None:
    found = figures("加强法制审核人员配备，经县司法局核查，全县21个执法部门中有17个部门法制审核人员占本单位执法人员比例达到5%，"
                    "其余4个部门尚未达到。", "legal_review_staff_ratio")
    assert [(f.value, f.scope) for f in found] == [(5, "17个部门"), (None, "其余4个")]


def test_relevant_branches_urged() -> None:
    f = one("二是督促相关分局年内配齐法制审核人员，比例不低于5%。", "legal_review_staff_ratio")
    assert (f.requirement, f.scope, f.scope_kind) == (True, "相关分局", "part")


# --- forms of sets DG–DJ ----------------------------------------------------------------------------

def test_a_training_not_carried_out() -> None:
    f = one("五是受疫情影响，部门负责人法治专题脱产培训没有落实，基层执法人员培训存在欠账。", "head_offjob_training")
    assert f.negated


def test_all_staffed_by_the_ratio_is_done() -> None:
    done = one("各执法部门均按不少于本单位执法人员5%的比例配备法制审核人员。", "legal_review_staff_ratio")
    assert (done.value, done.bound, done.requirement) == (5, "at_least", False)
    urged = one("督促各执法部门按照不少于本单位执法人员5%的比例配齐法制审核人员。", "legal_review_staff_ratio")
    assert urged.requirement


def test_cases_handled_for_the_government_are_not_the_bureaus() -> None:
    assert figures("此外，本局代理市政府应诉案件135件，协调有关部门负责人出庭应诉。", "admin_litigation_cases") == []


def test_a_reform_done_by_this_years_month() -> None:
    f = one("我县行政复议体制改革于今年9月底前全部完成，县政府统一行使行政复议职责。", "reconsideration_system_reform")
    assert not f.requirement and not f.negated


def test_the_leaderships_own_lectures_after_the_joint_ones() -> None:
    found = figures("区委、区政府联合举办领导干部法治专题讲座4期，其中区政府领导班子法治专题讲座2期。", "leadership_law_lectures")
    assert [f.value for f in found] == [2]


# --- forms of sets DK–DN ----------------------------------------------------------------------------

def test_the_system_named_again_as_still_being_built() -> None:
    f = one("推动市县乡三级行政执法协调监督工作体系建设，出台《某市行政执法协调监督工作办法》，目前该体系建设正在推进，尚未全面建成。",
            "enforcement_supervision_system")
    assert f.negated


# --- forms of sets DS–DV ----------------------------------------------------------------------------

def test_a_shortfall_about_the_lectures_content_is_not_their_count() -> None:
    assert figures("四是镇政府领导班子法治专题讲座主要依靠上级师资，讲座内容与镇情结合还不够紧密。", "leadership_law_lectures") == []


def test_quotas_set_by_some_departments() -> None:
    f = one("四是少数部门依法行政意识不强，出现变相设定罚没任务的问题。", "no_fine_quotas")
    assert (bool(f.negated), f.scope, f.scope_kind) == (True, "少数部门", "part")


def test_units_urged_to_publish_their_reports_is_their_act() -> None:
    found = figures("督促各县（区）和市直部门按时报送年度法治政府建设情况报告，并推动在各单位门户网站公开。", "annual_report_published")
    assert [(f.scope_kind, f.requirement) for f in found] == [("other", False)]
    planned = one("下一步，督促各部门、各镇（街道）在每年3月31日前向社会公开法治政府建设年度报告。", "annual_report_published")
    assert planned.requirement and planned.scope_kind != "other"


@pytest.mark.parametrize("body", [
    "2022年度州政府法治政府建设情况报告于2月底前通过州人民政府门户网站向社会公开。",
    "按时组织编制2022年度测试区法治政府建设情况报告，于3月28日在区政府门户网站向社会公开。",
    "区政府上一年度即2022年度法治政府建设情况报告，于3月底前在区政府门户网站向社会公开。",
    "各部门向区政府书面报告上一年度法治政府建设情况，区政府于3月在门户网站公开上一年度法治政府建设情况报告。",
    "《测试区人民政府关于2022年度法治政府建设情况的报告》于2023年3月28日在区政府门户网站向社会公开。",
])
def test_last_years_report_published_this_year(body: str) -> None:
    f = one(body, "annual_report_published")
    assert (f.year in (None, 2023), f.negated, f.requirement) == (True, False, False)


# --- forms of sets DW–DZ ----------------------------------------------------------------------------

TOWN_HEAD = "青浦区测试镇2022年法治政府建设情况报告\n2022年，测试镇坚持依法行政，全面推进法治政府建设。\n"
BUREAU_HEAD = "测试市交通运输局2020年法治政府建设情况报告\n2020年，本局坚持依法行政，全面推进法治政府建设。\n"


def test_a_case_withdrawn_before_its_hearing_is_not_heard() -> None:
    found = figures("全年镇政府收到行政诉讼案件5件，其中1件原告在开庭前撤诉，开庭审理4件，镇长出庭应诉4件。", "court_cases_heard")
    assert [f.value for f in found] == [4]


def test_a_prohibition_then_no_breach_found_is_kept() -> None:
    f = one("坚决杜绝趋利执法，严禁向执法单位下达或变相下达罚没指标，全年未发现违规情形。", "no_fine_quotas")
    assert not f.requirement and not f.negated


def test_the_main_departments_are_some_of_them() -> None:
    f = one("市场监管、城市管理、交通运输等主要执法部门法制审核人员占本单位执法人员的比例均超过5%。", "legal_review_staff_ratio")
    assert (f.value, f.bound, f.scope_kind) == (5, "more_than", "part")


def test_the_team_set_up_the_sentence_before_is_a_unit_of_the_bureau() -> None:
    body = "组建市交通运输综合行政执法支队，统一着装、统一证件。支队一线执法人员占比达到85%，执法力量向一线倾斜。"
    [f] = [f for f in extract_document(document(body, BUREAU_HEAD), SHIPPED).figures if f.indicator == "frontline_enforcement_share"]
    assert (f.value, f.scope, f.scope_kind) == (85, "市交通运输综合行政执法支队", "unit")


def test_tenths_of_a_total() -> None:
    f = one("一线执法人员占执法人员总数的八成以上。", "frontline_enforcement_share")
    assert (f.value, f.bound) == (80, "at_least")


def test_no_act_corrected_by_the_reconsideration_organ() -> None:
    f = one("镇政府行政行为被申请行政复议1件，经审查予以维持，镇政府行政行为未发生被复议机关纠错的情况。", "reconsideration_correction_rate")
    assert f.value == 0


@pytest.mark.parametrize("cutoff, partial", [("截至12月20日", False), ("1-12月", False), ("截至10月底", True), ("1-10月", True)])
def test_a_cutoff_in_december_is_the_year(cutoff: str, partial: bool) -> None:
    f = one(f"{cutoff}，区政府受理行政复议案件37件，已审结33件。", "reconsideration_cases")
    assert (f.value, bool(f.period)) == (37, partial)


def test_a_towns_own_filing_with_the_district() -> None:
    body = "全年镇政府制定行政规范性文件1件，报送区政府备案1件，备案率100%。"
    [f] = [f for f in extract_document(document(body, TOWN_HEAD), SHIPPED).figures if f.indicator == "normative_docs_filed"]
    assert f.value == 1 and f.scope_kind != "higher"


def test_each_unit_after_the_first_with_the_term_left_out() -> None:
    found = figures("各执法部门法制审核人员占本单位执法人员比例均不低于5%，其中县综合行政执法局为6.3%，县市场监管局为7.1%。",
                    "legal_review_staff_ratio")
    assert [(f.value, f.scope_kind) for f in found] == [(5, ""), (Fraction(63, 10), "unit"), (Fraction(71, 10), "unit")]


# --- forms of sets EA–ED ----------------------------------------------------------------------------

def test_each_county_is_a_lower_government_not_every_unit() -> None:
    f = one("三是加强执法队伍建设，确保各县（区）法制审核人员占比均不低于5%。", "legal_review_staff_ratio")
    assert (f.value, f.requirement, f.scope_kind) == (5, True, "part")


def test_tenths_kept_at() -> None:
    f = one("全年区政府负责人出庭应诉率保持在九成以上。", "court_appearance_rate")
    assert (f.value, f.bound) == (90, "at_least")


def test_hours_per_head_far_from_the_officers() -> None:
    f = one("全区1236名持证执法人员参加年度法律知识培训，受疫情影响，集中面授培训多次取消，人均完成培训约56学时。",
            "enforcement_training_hours")
    assert (f.value, f.bound) == (56, "about")


def test_all_filed_with_a_long_named_receiver() -> None:
    f = one("全年区政府制发规范性文件十一件，全部按规定报常德市人民政府和区人大常委会备案，未出现迟报、漏报情况。",
            "normative_doc_filing_rate")
    assert (f.value, f.derived) == (100, False)


def test_hours_per_head_after_a_participation_rate() -> None:
    f = one("全年组织执法人员法律知识培训，执法人员参训率达到98%，人均培训42学时。", "enforcement_training_hours")
    assert f.value == 42
    assert figures("全年组织领导干部法治培训，全区领导干部人均培训32学时。", "enforcement_training_hours") == []


def test_a_courts_caseload_for_the_year_is_not_the_governments() -> None:
    found = figures("区法院全年受理行政诉讼案件312件，以区政府为被告的一审行政诉讼案件共76件。", "admin_litigation_cases")
    assert [f.value for f in found] == [76]


# --- forms of sets EE–EH ----------------------------------------------------------------------------

def test_the_rest_attended_by_staff_are_not_the_heads() -> None:
    body = "一审行政诉讼案件96件，法院开庭审理71件，行政机关负责人出庭应诉69件，其余2件由受委托的工作人员出庭。"
    assert [f.value for f in figures(body, "heads_in_court_count")] == [69]
    assert [f.value for f in figures(body, "court_appearance_rate")] == [Fraction(6900, 71)]


def test_some_market_supervision_offices() -> None:
    f = one("一是执法人员结构不够优化，3个市场监管所法制审核人员占本所执法人员比例低于5%。", "legal_review_staff_ratio")
    assert (f.negated, f.scope, f.scope_kind) == (True, "3个市场监管所", "part")


def test_some_of_the_officers_after_a_cause() -> None:
    f = one("二是局机关持证执法人员中仍有部分人员因承担招生、考试等阶段性任务，未能完成年度60学时法律知识培训任务。",
            "enforcement_training_hours")
    assert (f.negated, f.scope_kind) == (True, "part")


def test_not_reported_separately_at_the_year_end() -> None:
    f = one("县委、县政府主要负责人年终述职时未单列履行推进法治建设第一责任人职责情况。", "leaders_report_on_rule_of_law")
    assert f.negated


def test_a_mediation_rate_of_one_kind_of_dispute() -> None:
    found = figures("全年调解各类矛盾纠纷832件，调解成功率96.4%，涉及草场、水源纠纷的调解成功率也达到了94%以上。", "mediation_success_rate")
    assert [(f.value, f.scope_kind) for f in found] == [(Fraction(482, 5), ""), (94, "part")]


@pytest.mark.parametrize("body, values", [
    ("县政府年度重大行政决策事项目录于2月底向社会公开，列入事项6项，已按程序作出决策5项，另1项因前期论证尚未完成，已调整至下一年度实施。", [6, 5]),
    ("年初将《某县城区集中供热专项规划》《某县农村生活垃圾治理实施方案》等4项事项确定为年度重大行政决策事项，编制事项目录并向社会公布。", [4]),
    ("年初将中心城区老旧小区改造、城区集中供热价格调整、农村生活污水治理等七项事项纳入目录。", [7]),
    ("年初审定《某市人民政府2023年度重大行政决策事项目录》，确定事项8项，目录已于3月15日在市政府网站公布。", [8]),
])
def test_the_catalogues_items_and_the_decisions_made(body: str, values: list[int]) -> None:
    found = figures(body, "major_decisions_count")
    assert [(f.value, f.negated) for f in found] == [(v, False) for v in values]


# --- forms of sets EI–EL ----------------------------------------------------------------------------

def test_coverage_said_undone_two_clauses_on() -> None:
    f = one("对41个市直部门开展法治督察，目前已完成29个，尚未实现部门全覆盖。", "department_inspection_coverage")
    assert f.negated


def test_within_the_governments_own_cases_its_heads_count_is_a_unit() -> None:
    found = figures("市政府本级作为被告的案件中，法院开庭审理41件，市政府负责人出庭应诉9件，其余由市政府委托的工作部门负责人出庭。",
                    "heads_in_court_count")
    assert [(f.value, f.scope_kind) for f in found] == [(9, "unit")]


def test_a_bureaus_own_cases_are_a_unit() -> None:
    head = "天津市南开区司法局2025年法治政府建设情况报告\n2025年，我局坚持依法行政，全面推进法治政府建设。\n"
    body = "全区行政诉讼一审案件436件。我局本级作为被告的行政诉讼案件2件，局主要负责人均出庭应诉。"
    found = [f for f in extract_document(document(body, head), SHIPPED).figures if f.indicator == "admin_litigation_cases"]
    assert [(f.value, f.scope_kind) for f in found] == [(436, "whole"), (2, "unit")]


def test_a_share_within_the_reviewers_said_low_is_not_their_ratio() -> None:
    assert figures("四是局机关法制审核人员中具有法律职业资格的人员比例偏低，专业能力有待提升。", "legal_review_staff_ratio") == []


# --- forms of sets EM–EP ----------------------------------------------------------------------------

def test_the_thing_named_again_after_a_cause_is_undone() -> None:
    f = one("按照区里统一部署，基层政务公开标准目录编制工作已经启动，但受疫情影响，标准目录编制尚未完成。",
            "grassroots_openness_standards")
    assert f.negated


def test_coverage_of_the_bureaus_is_not_of_the_governments() -> None:
    body = "完成对全区各委办局法治督察全覆盖，针对发现的问题下发督察意见书23份。"
    assert figures(body, "rule_of_law_inspection_coverage") == []


def test_the_courts_first_instance_intake_is_not_the_governments() -> None:
    body = "全市法院一审受理行政案件1260件，行政机关负责人出庭应诉工作总体平稳。2023年市政府作为被告的行政诉讼案件96件。"
    assert [f.value for f in figures(body, "admin_litigation_cases")] == [96]


def test_all_filed_with_a_long_gap_before_the_receiver() -> None:
    f = one("以区政府名义制发行政规范性文件7件，7件均在公布之日起30日内报送唐山市人民政府和某某区人大常委会备案。",
            "normative_doc_filing_rate")
    assert (f.value, f.derived) == (100, False)


def test_the_governments_own_cases_after_a_bare_among() -> None:
    body = "全市一审行政诉讼案件1136件。其中，市政府作为被告的案件87件，市政府负责同志出庭应诉9次。"
    assert [(f.value, f.scope_kind) for f in figures(body, "admin_litigation_cases")] == [(1136, "whole"), (87, "unit")]
    assert [(f.value, f.scope_kind) for f in figures(body, "heads_in_court_count")] == [(9, "unit")]


# --- forms of sets EQ–ET ----------------------------------------------------------------------------

def test_the_catalogue_the_city_published_is_not_the_bureaus() -> None:
    head = "汕头市应急管理局2024年法治政府建设情况报告\n2024年，我局坚持依法行政，全面推进法治政府建设。\n"
    body = "我局承办的《某专项整治方案》作为1项重大行政决策事项列入市政府年度目录，由市政府向社会公布。"
    [f] = [f for f in extract_document(document(body, head), SHIPPED).figures if f.indicator == "major_decision_catalogue_published"]
    assert f.scope_kind == "higher"


def test_a_prohibition_beside_pay_not_linked_stays_the_rule() -> None:
    f = one("严禁下达罚没指标，罚没收入全额上缴国库，执法人员考核不与罚没收入挂钩。", "no_fine_quotas")
    assert f.requirement and not f.negated


def test_an_ordinal_brigade_is_one_unit() -> None:
    found = figures("局法制科及支队法制审核人员共17人，占全局执法人员的5.9%，其中市城管执法支队三大队法制审核员占比仅为3.8%。",
                    "legal_review_staff_ratio")
    assert [(f.value, f.scope_kind) for f in found][1] == (Fraction(19, 5), "unit")


def test_not_published_on_time() -> None:
    f = one("二是重大行政决策事项目录没有按时公开，决策程序执行还存在薄弱环节。", "major_decision_catalogue_published")
    assert f.negated


def test_the_rest_still_being_filed_is_not_the_filed_count() -> None:
    body = "全年区政府共制发行政规范性文件8件，已报送市政府和区人大常委会备案7件，另有1件正在履行报备程序。"
    assert [f.value for f in figures(body, "normative_docs_filed")] == [7]


def test_a_link_that_still_needs_improving_is_not_done() -> None:
    f = one("四是行政执法监督信息化水平不高，与省级监督平台的数据对接仍需完善。", "provincial_platform_data_link")
    assert f.negated


# --- forms of sets EU–EX ----------------------------------------------------------------------------

def test_each_street_and_township_is_some_units() -> None:
    found = figures("开庭审理402件，负责人出庭应诉402件，出庭应诉率100%，各街乡出庭应诉率均为100%。", "court_appearance_rate")
    assert [f.scope_kind for f in found] == ["", "part"]


@pytest.mark.parametrize("body, planned", [
    ("3月份，区政府将本年度重大行政决策事项目录在区政务公开栏和门户网站同步公布。", False),
    ("区政府将于近期向社会公布本年度重大行政决策事项目录。", True),
])
def test_jiang_before_the_thing_is_its_object_not_the_future(body: str, planned: bool) -> None:
    assert one(body, "major_decision_catalogue_published").requirement is planned


# --- forms of sets EY–FB ----------------------------------------------------------------------------

def test_two_departments_named_before_are_some() -> None:
    f = one("其中区市场监管局、区生态环境分局组织有力，人均培训学时达到60学时以上。", "enforcement_training_hours")
    assert (f.value, f.scope, f.scope_kind) == (60, "区市场监管局、区生态环境分局", "part")


def test_not_covering_every_member_is_some() -> None:
    f = one("三是领导干部法治专题脱产培训尚未覆盖全部班子成员，部分副职领导未参加过系统的法治培训。", "head_offjob_training")
    assert (f.negated, f.scope_kind) == (True, "part")


def test_several_units_short_in_the_next_clause() -> None:
    f = one("全市法制审核人员占比，尚有多个执法单位未达到5%的要求。", "legal_review_staff_ratio")
    assert (f.negated, f.scope, f.scope_kind) == (True, "多个执法单位", "part")


# --- forms of sets FC–FF ----------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "四是行政执法协调监督工作体系尚在试点，市县乡三级体系还未全面形成。",
    "县乡两级行政执法协调监督工作体系框架基本形成，组织开展行政执法案卷评查2次。",
])
def test_a_system_in_trial_or_only_its_framework_is_not_built(body: str) -> None:
    assert one(body, "enforcement_supervision_system").negated


def test_the_districts_rate_in_a_committees_report_is_higher() -> None:
    head = "北京市朝阳区城市管理委员会2020年法治政府建设情况报告\n2020年，我委坚持依法行政，全面推进法治政府建设。\n"
    body = "区政府通报2020年全区行政机关负责人出庭应诉率为65.2%，我委积极对标先进单位。"
    [f] = [f for f in extract_document(document(body, head), SHIPPED).figures if f.indicator == "court_appearance_rate"]
    assert f.scope_kind == "higher"


def test_village_rules_filed_are_not_normative_documents() -> None:
    body = "本年度镇政府未制发行政规范性文件，镇内各村（社区）制定的村规民约、居民公约14份均经合法性审查后报镇备案。"
    assert figures(body, "normative_doc_filing_rate") == []


def test_the_courts_pre_litigation_mediation_is_not_peoples_mediation() -> None:
    body = "全年人民调解组织调处矛盾纠纷312件，调解成功率98.7%；区诉调对接中心诉前分流案件684件，诉前调解成功率42.3%。"
    assert [f.value for f in figures(body, "mediation_success_rate")] == [Fraction(987, 10)]


def test_a_year_is_not_a_count_of_units() -> None:
    f = one("2020年全市负责人出庭应诉率为78.3%，今年出庭情况较上年明显好转。", "court_appearance_rate")
    assert f.scope_kind != "part"


def test_last_years_stated_rate_does_not_hide_this_years_derived_one() -> None:
    body = ("2023年，全市行政应诉案件四十六件，其中法院开庭审理三十二件，行政机关负责人出庭应诉二十九件。"
            "上年全市负责人出庭应诉率为78.3%，今年出庭情况明显好转。")
    found = figures(body, "court_appearance_rate")
    assert any(f.derived and f.value == Fraction(2900, 32) for f in found)


# --- forms of sets FG–FJ ----------------------------------------------------------------------------

def test_the_towns_coverage_is_not_the_departments() -> None:
    body = "组织开展法治政府建设督察2轮次，实地督察乡镇13个、县直部门21个，对全县13个乡镇实现督察全覆盖，督促整改问题64条。"
    assert figures(body, "department_inspection_coverage") == []
    assert len(figures(body, "rule_of_law_inspection_coverage")) == 1


def test_all_but_one_won_is_not_none_lost() -> None:
    body = "全年区政府作为被告的行政诉讼案件共9件，已审结8件，除1件因程序瑕疵被确认违法外，其余均胜诉。"
    assert figures(body, "litigation_loss_rate") == []
    assert [f.value for f in figures("已审结的案件中实现零败诉。", "litigation_loss_rate")] == [0]


def test_the_rest_of_the_departments_are_some() -> None:
    f = one("全区其余各执法部门法制审核人员比例均达到5%以上。", "legal_review_staff_ratio")
    assert (f.scope, f.scope_kind) == ("其余各执法部门", "part")


def test_a_justice_bureaus_own_staff_is_a_unit() -> None:
    head = "开封市司法局2024年法治政府建设情况报告\n2024年，市司法局坚持依法行政，全面推进法治政府建设。\n"
    body = "本局作为执法单位，现有持证执法人员34名，其中法制审核人员3名，占本局执法人员的8.8%。"
    [f] = [f for f in extract_document(document(body, head), SHIPPED).figures if f.indicator == "legal_review_staff_ratio"]
    assert (f.value, f.scope_kind) == (Fraction(44, 5), "unit")


# --- forms of sets FK–FN ----------------------------------------------------------------------------

def test_the_government_of_a_report_without_a_title_is_its_signer() -> None:
    text = ("现将我街道法治政府建设情况报告如下：\n在区政府对各街道的绩效考核中，政务公开指标权重为4%，我街道该项得分位居全区前列。\n"
            "武汉市江岸区大智街道办事处\n2022年1月12日\n")
    doc = build("t.txt", "t.txt", "text", [(ln, f"第{i}行") for i, ln in enumerate(text.split("\n"), start=1)])
    assert report_meta(doc) == ("武汉市江岸区大智街道", 2021, "落款日期")
    [f] = [f for f in extract_document(doc, SHIPPED).figures if f.indicator == "gov_openness_weight"]
    assert (f.value, f.scope_kind) == (4, "higher")  # the district's weight in assessing its streets


def test_some_officers_counted_before_the_term_with_a_cause_between() -> None:
    f = one("一是队伍力量仍较薄弱，2名执法人员因长期抽调参与疫情防控工作，年度培训学时未达到60学时。", "enforcement_training_hours")
    assert (f.negated, f.scope, f.scope_kind) == (True, "2名执法人员", "part")


def test_each_heads_count_then_the_total() -> None:
    body = "其中法院已开庭审理2件，街道主要负责人出庭应诉1件、分管负责人出庭应诉1件，共计出庭2件，另有1件尚在审理中。"
    assert [f.value for f in figures(body, "heads_in_court_count")] == [2]
    assert [(f.value, f.derived) for f in figures(body, "court_appearance_rate")] == [(100, True)]


@pytest.mark.parametrize("body, governments", [
    ("区委依法治区办组织开展法治督察，对区政府各工作部门开展法治政府建设督察，实现督察全覆盖，发现问题46个。", 0),
    ("市委依法治市办组织对7个县区政府和32个市级部门开展法治政府建设督察，实现督察全覆盖，督促整改问题118个。", 1),
])
def test_coverage_whose_object_is_in_the_clause_before(body: str, governments: int) -> None:
    assert len(figures(body, "rule_of_law_inspection_coverage")) == governments


# --- forms of sets FO–FR ----------------------------------------------------------------------------

def test_the_full_marks_are_not_the_score() -> None:
    found = figures("政务公开工作纳入县政府年度效能目标考核，在考核中占3分（满分为100分）。", "gov_openness_weight")
    assert [f.value for f in found] == [3]


# --- forms of sets FS–FV ----------------------------------------------------------------------------

def test_the_principals_share_among_heads_is_not_the_rate() -> None:
    assert figures("四是局负责人出庭应诉中主要负责人出庭比例不高。", "court_appearance_rate") == []


def test_a_share_of_the_officers_is_some_of_them() -> None:
    f = one("全区现有行政执法人员612名，96.2%的执法人员完成了60学时的年度法律知识培训。", "enforcement_training_hours")
    assert (f.value, f.scope, f.scope_kind) == (60, "96.2%的执法人员", "part")
    short = one("一是法制审核人员配备不足，平均比例为4.6%，距5%的要求尚有差距。", "legal_review_staff_ratio")
    assert "%" not in short.scope  # 5%的要求 is the target, not a share of people


# --- forms of sets FW–FZ ----------------------------------------------------------------------------

def test_the_own_level_listed_with_the_counties_is_some() -> None:
    assert [g.scope_kind for g in figures("负责人出庭应诉率达98.2%，其中市本级和各县（区）政府负责人出庭应诉率均达到100%。",
                                          "court_appearance_rate") if g.value == 100] == ["part"]


def test_the_units_short_counted_after_their_state() -> None:
    f = one("下一步，督促法制审核人员未达标的3个部门年底前将比例提高到5%以上。", "legal_review_staff_ratio")
    assert (f.requirement, f.scope_kind) == (True, "part")


def test_a_bureau_and_its_team_named_together_are_one_unit() -> None:
    f = one("但市生态环境局综合行政执法支队法制审核人员比例仅为4.1%，低于5%的要求，目前正在补充。", "legal_review_staff_ratio")
    assert (f.scope, f.scope_kind) == ("市生态环境局综合行政执法支队", "unit")


def test_the_towns_coverage_undone_is_not_the_departments() -> None:
    body = "三是法治督察主要集中在县级和市直部门，对乡镇政府的法治政府建设督察尚未实现全覆盖。"
    assert figures(body, "department_inspection_coverage") == []
    assert [f.negated for f in figures(body, "rule_of_law_inspection_coverage")] == [True]


def test_a_case_not_attended_is_not_a_count() -> None:
    assert figures("二是本局负责人出庭应诉仍有1件未能出庭，出庭应诉制度落实还有差距。", "heads_in_court_count") == []


def test_the_rule_named_then_missed_is_a_shortfall() -> None:
    f = one("按规定，《某县2019年度法治政府建设情况报告》应于3月底前向社会公开，因疫情防控工作冲击，延至5月中旬才在县政府网站公开，"
            "未能按时向社会公开。", "annual_report_published")
    assert (f.negated, f.requirement) == (True, False)


def test_the_windows_listed_are_some() -> None:
    f = one("公证、法律援助窗口服务“好差评”好评率100%。", "service_praise_rate")
    assert f.scope_kind == "part"


# --- forms of sets GA–GD ----------------------------------------------------------------------------

def test_coverage_of_every_level_of_government_is_not_the_departments() -> None:
    body = "组织开展法治政府建设督察，对24个镇街人民政府（办事处）和区政府各部门开展实地督察，法治政府建设督察实现对各级政府全覆盖。"
    assert figures(body, "department_inspection_coverage") == []


def test_sitting_in_on_hearings_is_not_appearing() -> None:
    assert figures("开展行政机关负责人出庭应诉旁听庭审活动4次，组织120余名执法人员观摩庭审。", "heads_in_court_count") == []


def test_the_bureau_setting_up_squads_in_the_streets_is_the_unit() -> None:
    f = one("区综合行政执法局在全区各街道设立执法中队，一线执法人员占比达到87%。", "frontline_enforcement_share")
    assert (f.scope, f.scope_kind) == ("区综合行政执法局", "unit")


# --- forms of sets GE–GH ----------------------------------------------------------------------------

@pytest.mark.parametrize("body, indicator, scope", [
    ("执法人员法律专业背景人员偏少，个别队员年度法律知识培训未完成60学时。", "enforcement_training_hours", "个别队员"),
    ("二是法制审核力量仍显薄弱，个别基层局没有配备专职法制审核人员。", "legal_review_staff_ratio", "个别基层局"),
])
def test_some_members_or_local_bureaus_short(body: str, indicator: str, scope: str) -> None:
    f = one(body, indicator)
    assert (f.negated, f.scope, f.scope_kind) == (True, scope, "part")


# --- forms of sets GI–GL ----------------------------------------------------------------------------

def test_the_county_level_departments_are_some() -> None:
    f = one("县级综合执法部门执法力量持续下沉，一线执法力量占比达到85%以上。", "frontline_enforcement_share")
    assert (f.value, f.scope_kind) == (85, "part")


def test_cases_still_not_attended_are_not_the_heard_count() -> None:
    assert figures("一是行政机关负责人出庭应诉率未达到100%，仍有4件开庭案件负责人未出庭。", "court_cases_heard") == []


def test_the_agenda_is_not_the_study() -> None:
    found = figures("市政府常务会议全年审议议题216项，会前学法19次。", "pre_meeting_law_study")
    assert [f.value for f in found] == [19]


# --- forms of sets GM–GP ----------------------------------------------------------------------------

CITY_HEAD = "测试市2022年法治政府建设情况报告\n2022年，测试市坚持依法行政，全面推进法治政府建设。\n"


def _found(body: str, head: str, indicator: str) -> list[Figure]:
    return [f for f in extract_document(document(body, head), SHIPPED).figures if f.indicator == indicator]


def test_each_heads_count_before_a_total_said_mid_clause() -> None:
    body = "以上案件全部开庭审理，计开庭审理3件，街道主任出庭应诉1件、分管副主任出庭应诉2件，行政机关负责人出庭应诉合计3件。"
    assert [f.value for f in figures(body, "heads_in_court_count")] == [3]
    assert [(f.value, f.derived) for f in figures(body, "court_appearance_rate")] == [(100, True)]


def test_a_citys_two_lower_levels_are_some() -> None:
    body = "三是基层执法力量和能力不足，县乡两级行政执法协调监督工作体系尚未全面建成。"
    [f] = _found(body, CITY_HEAD, "enforcement_supervision_system")
    assert (f.negated, f.scope, f.scope_kind) == (True, "县乡两级", "part")


def test_training_not_all_done_is_some_people_short() -> None:
    f = one("二是领导班子成员法治专题脱产培训尚未全部完成，部分班子成员法治思维有待提高。", "head_offjob_training")
    assert (f.negated, f.scope_kind) == (True, "part")


def test_items_of_another_list_are_not_decisions() -> None:
    assert figures("深入推进放管服改革，动态调整区级权责清单，全区行政许可事项清单共列入事项378项。", "major_decisions_count") == []


def test_every_departments_lectures_are_not_the_leaderships() -> None:
    found = figures("举办区政府领导班子法治专题讲座两期，全区各级各部门举办法治讲座、专题报告会68场次。", "leadership_law_lectures")
    assert [f.value for f in found] == [2]


def test_a_kind_of_people_after_among_is_not_some_units() -> None:
    f = one("区综合行政执法局现有执法人员58名，其中专职法制审核人员3名，占执法人员总数的5.2%。", "legal_review_staff_ratio")
    assert (f.value, f.scope_kind) == (Fraction(26, 5), "unit")


def test_the_governments_own_heads_after_among_are_its_cases() -> None:
    body = "全市行政机关负责人出庭应诉917件，出庭应诉率100%，其中市政府负责人出庭应诉11件。"
    assert [(f.value, f.scope_kind) for f in _found(body, CITY_HEAD, "heads_in_court_count")] == [(917, "whole"), (11, "unit")]


def test_no_documents_issued_in_its_own_name_or_none_at_all() -> None:
    assert [f.value for f in figures("本年度区政府未以本机关名义制发行政规范性文件。", "normative_docs_count")] == [0]
    head = "测试市司法局2023年法治政府建设情况报告\n2023年，市司法局坚持依法行政，全面推进法治政府建设。\n"
    [f] = _found("严格落实合法性审核制度，本局制发的行政规范性文件为零。", head, "normative_docs_count")
    assert (f.value, f.scope, f.scope_kind) == (0, "本局", "unit")


TOWN_2020 = "测试县感恩镇2020年法治政府建设情况报告\n2020年，感恩镇坚持依法行政，全面推进法治政府建设。\n"


def test_a_towns_filing_already_sent_up_is_its_own() -> None:
    [f] = _found("镇政府制发行政规范性文件1件，已报送县人民政府备案1件。", TOWN_2020, "normative_docs_filed")
    assert (f.value, f.scope_kind) == (1, "")


def test_all_heard_after_what_the_cases_were() -> None:
    body = "全年以镇政府为被告的行政诉讼案件2件，均为宅基地审批纠纷，法院均开庭审理，镇主要负责人出庭应诉2件次。"
    assert [f.value for f in _found(body, TOWN_2020, "court_cases_heard")] == [2]


def test_each_ones_count_with_no_total_gives_the_rate_of_their_sum() -> None:
    body = "镇政府作为被告的行政诉讼案件共3件，均为土地征收补偿纠纷，法院均开庭审理，镇长出庭应诉2件，分管副镇长出庭应诉1件。"
    assert [(f.value, f.derived) for f in _found(body, TOWN_2020, "heads_in_court_count")] == [(3, True)]
    assert [(f.value, f.derived) for f in _found(body, TOWN_2020, "court_appearance_rate")] == [(100, True)]


def test_the_one_in_charge_of_legal_review_as_a_share() -> None:
    body = "镇综合执法队现有持证执法人员14名。镇里确定1名具有法律职业资格的干部专门负责法制审核，占全镇执法人员的7.1%。"
    assert [f.value for f in _found(body, TOWN_2020, "legal_review_staff_ratio")] == [Fraction(71, 10)]


def test_one_coverage_claim_over_governments_and_departments_is_both() -> None:
    body = "市委依法治市办对7个县区政府和28个市直部门开展法治政府建设督察，实现对县区政府和市直部门督察全覆盖，发现问题157个。"
    found = extract_document(document(body, CITY_HEAD), SHIPPED).figures
    got = {f.indicator: (f.negated, f.scope_kind) for f in found if f.indicator.endswith("inspection_coverage")}
    assert got == {"rule_of_law_inspection_coverage": (False, ""), "department_inspection_coverage": (False, "")}


# --- forms of sets GQ–GT ----------------------------------------------------------------------------

def test_a_rate_derived_beside_the_towns_own_rate() -> None:
    body = "全区法院开庭审理涉我区行政机关案件438件，行政机关负责人出庭应诉435件，其中各镇（街道）负责人出庭应诉率均为100%。"
    found = figures(body, "court_appearance_rate")
    assert [(round(float(f.value), 1), f.derived) for f in found if f.derived] == [(99.3, True)]
    assert [f.scope_kind for f in found if not f.derived] == ["part"]


def test_who_had_not_yet_taken_the_training_is_not_a_shortfall() -> None:
    f = one("组织区直部门和各街道主要负责人参加法治专题脱产培训1期，为期5天，参训对象均为新任或尚未参加过任期内法治脱产培训的负责人。",
            "head_offjob_training")
    assert (f.negated, f.requirement) == (False, False)


def test_cases_as_respondent_are_their_own_count() -> None:
    head = "测试市交通运输局2023年法治政府建设情况报告\n2023年，本局坚持依法行政，全面推进法治政府建设。\n"
    body = "全年以我局为被申请人的行政复议案件17件（上年11件），均已审结。全年我局作为被申请人参加行政诉讼2件。"
    found = extract_document(document(body, head), SHIPPED).figures
    assert [(f.indicator, f.value) for f in found if f.indicator.startswith("reconsideration")] == [
        ("reconsideration_respondent_cases", 17)]


def test_the_district_reviewing_a_streets_acts_is_not_its_respondent_count() -> None:
    body = "区政府受理的以街道办事处为被申请人的行政复议案件4件，均予以维持。"
    assert figures(body, "reconsideration_respondent_cases") == []


@pytest.mark.parametrize("body, values", [
    ("制定并公开《测试区2023年度重大行政决策事项目录》，列入老街业态调整方案、综合改造计划等事项3项，均完成法定程序。", [3]),
    ("2023年区政府重大行政决策事项目录于3月向社会公开，共列入6个事项，比上年增加1项。", [6]),
    ("严格落实“三重一大”集体决策制度，全年研究“三重一大”事项38项。", []),
    ("对照基层政务公开标准目录，完成26个领域政务公开事项标准目录编制。", []),
    ("受疫情影响，经区政府常务会议研究，调出目录事项1项，实际完成重大行政决策5项。", [5]),
])
def test_items_counted_beside_the_decisions_catalogue_only(body: str, values: list[int]) -> None:
    assert [f.value for f in figures(body, "major_decisions_count")] == values


# --- forms of sets GU–GX ----------------------------------------------------------------------------

PREFECTURE_HEAD = "测试州2023年法治政府建设情况报告\n2023年，测试州坚持依法行政，全面推进法治政府建设。\n"


def test_a_prefectures_own_level_and_its_direct_departments() -> None:
    [rate] = _found("州政府本级的行政诉讼案件出庭应诉率为100%。", PREFECTURE_HEAD, "court_appearance_rate")
    assert (rate.scope, rate.scope_kind) == ("州政府", "unit")
    [hours] = _found("州直执法部门执法人员全部完成不少于60学时的法律知识培训。", PREFECTURE_HEAD, "enforcement_training_hours")
    assert (hours.value, hours.scope_kind) == (60, "part")


def test_the_count_after_and_among_is_another_nouns() -> None:
    body = "截至年底，已完成5项重大行政决策事项及其中3项的公开听证，决策事项全部经过合法性审查。"
    assert [f.value for f in figures(body, "major_decisions_count")] == [5]


def test_a_share_granted_as_met_then_another_lack() -> None:
    assert figures("三是法制审核人员虽然达到比例要求，但具有法律职业资格的人员仅1名，专业能力不足。", "legal_review_staff_ratio") == []


def test_a_lead_in_before_a_colon_is_not_the_meetings_act() -> None:
    body = "区政府领导班子学法形成常态：全年召开区政府常务会议23次，会前学法16次；举办法治专题讲座2期。"
    assert [f.value for f in figures(body, "pre_meeting_law_study")] == [16]


@pytest.mark.parametrize("body", [
    "全县23个行政执法单位中，20个单位法制审核人员占执法人员比例达到5%以上，另有3个单位未达到要求。",
    "全县22个执法部门中，有19个部门法制审核人员占本单位执法人员比例达到5%以上，仍有3个部门未达标。",
    "全市23个行政执法部门中，20个部门法制审核人员占本单位执法人员比例达到5%以上，其余3个部门因人员编制调整，比例尚未达标。",
])
def test_the_units_that_met_and_the_others_that_did_not(body: str) -> None:
    found = figures(body, "legal_review_staff_ratio")
    assert [(f.value, f.negated, f.scope_kind) for f in found] == [(5, False, "part"), (None, True, "part")]


def test_a_figure_with_no_target_is_never_missed() -> None:
    f = one("二是行政复议纠错率仍在12%以上，反映出部分领域行政执法质量有待提升。", "reconsideration_correction_rate")
    assert (f.value, f.negated) == (12, False)


def test_a_bad_thing_that_did_not_happen_is_not_a_shortfall() -> None:
    f = one("行政机关负责人出庭应诉率达到100%，未发生因应诉不及时被法院通报的情况。", "court_appearance_rate")
    assert (f.value, f.negated) == (100, False)


# --- forms of sets GY–HB ----------------------------------------------------------------------------

@pytest.mark.parametrize("body, value", [
    ("以镇政府为被申请人的行政复议案件2件，其中区政府确认违法1件、维持1件。", 2),
    ("全年以区政府为被申请人的行政复议案件12件，其中市政府维持10件、申请人撤回后终止2件。", 12),
    ("以区政府为被申请人、由市政府审理的行政复议案件5件，均被维持。", 5),
])
def test_cases_as_respondent_broken_down_by_outcome_or_with_their_reviewer(body: str, value: int) -> None:
    assert [f.value for f in figures(body, "reconsideration_respondent_cases")] == [value]


def test_the_towns_leaders_lectures_are_not_the_governments() -> None:
    found = figures("举办区政府领导班子法治专题讲座3期，乡镇（街道）领导干部法治讲座8场。", "leadership_law_lectures")
    assert [f.value for f in found] == [3]


def test_a_count_after_another_act_in_a_clause_between_is_not_the_documents() -> None:
    body = "街道不具有制发行政规范性文件的主体资格，年内配合区司法局对涉及街道职能的文件进行清理，共梳理文件17份。"
    assert figures(body, "normative_docs_count") == []


@pytest.mark.parametrize("body, done", [
    ("按照区统一部署，街道基层政务公开标准化规范化体系全面建成，17个领域的公开事项清单全部公开。", [True]),
    ("对照国家基层政务公开标准指引，编制完成街道政务公开事项标准目录，涵盖城市管理、社会救助等领域。", [True]),
    ("推进基层政务公开标准化规范化建设，在全县14个镇推行政务公开专区。", []),
])
def test_the_standard_system_by_its_longer_names(body: str, done: list[bool]) -> None:
    assert [not f.negated for f in figures(body, "grassroots_openness_standards")] == done


# --- forms of sets HC–HF ----------------------------------------------------------------------------

def test_the_average_beside_a_claim_about_everyone() -> None:
    found = figures("46名执法人员全部完成60学时以上的法律知识培训，人均达到62学时。", "enforcement_training_hours")
    assert [(f.value, f.bound) for f in found] == [(60, "at_least"), (62, "")]


def test_everyone_beyond_the_rule_after_the_average() -> None:
    found = figures("执法队员全年人均参加法律知识培训68学时，均超过60学时的规定要求。", "enforcement_training_hours")
    assert [(f.value, f.bound) for f in found] == [(68, ""), (60, "more_than")]


def test_the_hours_completed_by_all() -> None:
    f = one("加强执法人员培训，全区2036名执法人员60学时培训完成率达到100%。", "enforcement_training_hours")
    assert (f.value, f.bound) == (60, "at_least")


@pytest.mark.parametrize("body, indicator, scope", [
    ("推动执法力量向基层和一线倾斜，市场监管、生态环境等领域一线执法力量占比达到87.6%。", "frontline_enforcement_share",
     "市场监管、生态环境等领域"),
    ("区政府将负责人出庭应诉纳入街镇绩效考评，全区6个街镇负责人出庭应诉率均为100%。", "court_appearance_rate", "6个街镇"),
])
def test_some_fields_or_all_the_towns_are_some(body: str, indicator: str, scope: str) -> None:
    f = one(body, indicator)
    assert (f.scope, f.scope_kind) == (scope, "part")


def test_each_heads_count_after_the_total_without_among() -> None:
    body = "法院开庭审理41件，行政机关负责人出庭应诉38件，县长带头出庭应诉1件，分管副县长出庭应诉3件。"
    assert [f.value for f in figures(body, "heads_in_court_count")] == [38]
    assert [round(float(f.value), 1) for f in figures(body, "court_appearance_rate") if f.derived] == [92.7]


def test_the_villages_report_too_and_the_heads_report_to_come() -> None:
    assert figures("各村（社区）党组织书记也结合年度述职，汇报本村（社区）开展法治宣传的情况。", "leaders_report_on_rule_of_law") == []
    f = one("区政府主要负责人将在年终述职中一并报告履行推进法治建设第一责任人职责情况。", "leaders_report_on_rule_of_law")
    assert f.requirement


def test_land_contract_mediation_is_not_peoples_mediation() -> None:
    body = "全区各级农村土地承包仲裁委员会和乡镇调解组织全年受理土地承包纠纷1,027件，调解成功949件，调解成功率92.4%。"
    assert figures(body, "mediation_success_rate") == []


@pytest.mark.parametrize("body", [
    "区政府作为被告的行政诉讼案件3件，已审结的2件均未败诉。",
    "全年审结的行政诉讼案件中败诉0件。",
    "街道败诉案件零发生。",
    "已判决的3件均为区政府胜诉。",
])
def test_more_ways_of_saying_none_lost(body: str) -> None:
    assert [f.value for f in figures(body, "litigation_loss_rate")] == [0]


def test_the_rest_after_a_units_value_fall_short() -> None:
    body = "市直执法部门法制审核人员占本单位执法人员比例平均为5.8%，但市城管执法局仅为3.2%，另有市交通运输综合行政执法支队等3个单位低于5%。"
    found = figures(body, "legal_review_staff_ratio")
    assert [(f.value, f.negated, f.scope_kind) for f in found] == [
        (Fraction(29, 5), False, "part"), (Fraction(16, 5), False, "unit"), (None, True, "part")]


def test_some_units_short_after_a_semicolon_with_the_term_left_out() -> None:
    body = "全区41个执法单位配备法制审核人员236人，占执法人员总数的5.6%；其中区自然资源局、区交通运输局等6个单位占比尚未达到5%。"
    found = figures(body, "legal_review_staff_ratio")
    assert [(f.value, f.negated, f.scope_kind) for f in found] == [(Fraction(28, 5), False, "whole"), (None, True, "part")]


# --- forms of sets HG–HJ ----------------------------------------------------------------------------

def test_the_newly_recruited_two_are_some() -> None:
    f = one("二是执法队伍结构仍需优化，年内新招录的2名执法人员因入职较晚，尚未完成60学时法律知识培训；", "enforcement_training_hours")
    assert (f.negated, f.scope, f.scope_kind) == (True, "年内新招录的2名执法人员", "part")


def test_a_level_after_an_urging_verb_is_some() -> None:
    f = one("二是持续抓好执法人员培训，推动乡镇（街道）法制审核人员占比全部达到5%。", "legal_review_staff_ratio")
    assert (f.scope, f.scope_kind) == ("乡镇（街道）", "part")


def test_drafts_counted_are_not_the_documents() -> None:
    body = "全年审核以区政府、区政府办公室名义制发的规范性文件草案23件，审查各街镇报送备案的规范性文件31件。"
    assert figures(body, "normative_docs_count") == []


def test_pushing_to_build_a_publication_system_is_not_publishing() -> None:
    body = "协助区政府办公室做好年度重大行政决策事项目录编制工作，推动建立重大行政决策事项目录年度公开制度。"
    assert figures(body, "major_decision_catalogue_published") == []


def test_everyone_done_after_an_urging_clause_is_the_result() -> None:
    f = one("督促各执法单位落实执法人员年度培训，全区各行政执法单位执法人员均完成不少于60学时的法律知识培训。", "enforcement_training_hours")
    assert (f.value, f.bound, f.requirement) == (60, "at_least", False)


# --- forms of sets HK–HN ----------------------------------------------------------------------------

def test_a_number_with_spaced_thousands_is_read_whole() -> None:
    found = figures("区政府全年新收行政复议申请1 342件，受理1 187件，同比增长43.6%。", "reconsideration_cases")
    assert [f.value for f in found] == [1187]


def test_review_rate_of_the_one_in_charge_is_not_the_staff_share() -> None:
    assert figures("镇司法所确定1名工作人员专职负责法制审核工作，全年对3件重大执法决定进行法制审核，审核率100%。",
                   "legal_review_staff_ratio") == []


def test_a_frequency_per_month_is_not_the_years_count() -> None:
    body = "区政府把学法作为常务会议的第一议题，每月至少组织一次会前学法，全年会前学法共十二次。"
    assert [f.value for f in figures(body, "pre_meeting_law_study")] == [12]


def test_the_lawyers_cases_are_not_the_governments() -> None:
    body = "常年聘请1家律师事务所担任法律顾问，全年审查合同协议32件，参与处理复议应诉案件5件。"
    assert figures(body, "admin_litigation_cases") == []


def test_not_all_reached_is_a_shortfall() -> None:
    f = one("二是行政机关负责人出庭应诉率尚未全部达到100%，一些案件仍由委托代理人出庭。", "court_appearance_rate")
    assert (f.value, f.negated) == (None, True)
    g = one("二是受疫情影响，执法人员培训学时也未全部达到要求。", "enforcement_training_hours")
    assert (g.negated, g.scope_kind) == (True, "part")


@pytest.mark.parametrize("body, scope", [
    ("四是推动法制审核人员配备不足的部门在年内全部达到5%以上。", "配备不足的部门"),
    ("（五）督促县市配齐法制审核人员，推动法制审核人员比例达到5%以上。", "县市"),
])
def test_the_units_short_or_urged_in_a_plan(body: str, scope: str) -> None:
    f = one(body, "legal_review_staff_ratio")
    assert (f.value, f.scope, f.scope_kind) == (5, scope, "part")


# --- forms of sets HO–HR ----------------------------------------------------------------------------

def test_contract_disputes_lost_are_not_litigation() -> None:
    assert figures("街道对外签订的合同全部经法律顾问审核，全年审核合同26份，未发生合同纠纷败诉。", "litigation_loss_rate") == []


def test_a_bureaus_squads_are_some() -> None:
    f = one("二是加强执法能力建设，各执法大队法制审核人员比例均达到5%以上。", "legal_review_staff_ratio")
    assert (f.scope, f.scope_kind) == ("各执法大队", "part")


def test_reconsiderations_mediation_is_not_peoples_mediation() -> None:
    assert figures("通过调解、和解方式化解纠纷，调解和解成功率为68.1%。", "mediation_success_rate") == []


@pytest.mark.parametrize("body, indicator, scope", [
    ("市本级行政机关负责人出庭应诉率为100%。", "court_appearance_rate", "市本级行政机关"),
    ("全面落实行政执法三项制度，市本级各执法部门法制审核人员占本单位执法人员的比例均达到5%以上。", "legal_review_staff_ratio",
     "市本级各执法部门"),
])
def test_the_own_level_of_a_city_is_some(body: str, indicator: str, scope: str) -> None:
    [f] = _found(body, CITY_HEAD, indicator)
    assert (f.scope, f.scope_kind) == (scope, "part")


def test_points_and_the_share_said_together_are_one_figure() -> None:
    found = figures("政务公开工作在年度绩效考核中占4分（满分100分），分值权重为4%。", "gov_openness_weight")
    assert [f.value for f in found] == [4]


def test_another_governments_rule_missed_gives_no_value_of_a_figure_without_target() -> None:
    assert figures("二是街道公文主动公开率仍低于区里确定的85%的要求，部分公文公开属性认定不够准确。", "document_disclosure_rate") == []


# --- forms of sets HS–HV ----------------------------------------------------------------------------

def test_a_long_list_put_into_the_catalogue_is_done() -> None:
    body = ("年初经镇党委会研究，将《甲镇农村人居环境整治提升三年行动方案》《甲镇集镇规划区建设管理办法》《甲镇高标准农田建设项目实施方案》"
            "《甲镇农贸市场迁建方案》等4项事项列入2023年度重大行政决策事项目录。")
    f = one(body, "major_decisions_count")
    assert (f.value, f.requirement) == (4, False)


def test_a_stage_target_achieved_is_done() -> None:
    body = "组织区级部门和街镇负责人62人脱产参训5天，实现部门负责人法治专题脱产培训任期内全覆盖的阶段性目标。"
    f = one(body, "head_offjob_training")
    assert (f.negated, f.requirement) == (False, False)


def test_a_ban_required_and_kept_is_kept() -> None:
    f = one("坚持罚缴分离，局党组明确要求并严格执行不向任何执法单位下达或变相下达罚没指标。", "no_fine_quotas")
    assert (f.negated, f.requirement) == (False, False)


# --- forms of sets HW–HZ ----------------------------------------------------------------------------

def test_what_followed_the_heads_appearance_is_not_their_count() -> None:
    body = "其中，法院开庭审理812件，行政机关负责人出庭应诉802件，负责人出庭应诉后当庭发表意见的达到370件。"
    assert [f.value for f in figures(body, "heads_in_court_count")] == [802]


def test_the_new_recruits_short_of_the_hours_are_some() -> None:
    f = one("受疫情影响，集中培训次数减少，2名新入职执法人员培训学时不足60学时。", "enforcement_training_hours")
    assert (f.negated, f.scope_kind) == (True, "part")


def test_a_shortfall_said_again_in_detail_is_one() -> None:
    body = ("一是执法人员培训学时不足。受新冠肺炎疫情影响，集中培训次数减少，执法人员法律知识培训未达到每人每年60学时的要求。"
            "二是基层执法力量薄弱。")
    [f] = figures(body, "enforcement_training_hours")
    assert f.negated and "60学时" in f.quote


def test_all_reaching_the_yearly_hours_after_the_average_is_done() -> None:
    body = "全局现有持有行政执法证件人员38名，人均完成法律知识培训64学时，全部达到每人每年60学时的要求。"
    found = figures(body, "enforcement_training_hours")
    assert [(f.value, f.requirement, f.everyone) for f in found] == [(64, False, False), (60, False, True)]


def test_all_beyond_the_rule_after_the_average_is_done() -> None:
    found = figures("执法队员全年人均参加法律知识培训68学时，均超过60学时的规定要求。", "enforcement_training_hours")
    assert [(f.value, f.bound, f.requirement) for f in found] == [(68, "", False), (60, "more_than", False)]


def test_the_officers_counted_before_the_average_are_all_of_them() -> None:
    f = one("全县现有持证执法人员46名，人均参加法律知识培训64学时。", "enforcement_training_hours")
    assert (f.value, f.scope_kind) == (64, "whole")


def test_ascii_punctuation_marks_clauses() -> None:
    f = one("县行政复议局全年收到行政复议申请362件,同比增长41.4%;经审查受理331件,审结308件。", "reconsideration_cases")
    assert f.value == 331


def test_the_cases_accepted_after_a_semicolon() -> None:
    f = one("全年收到行政复议申请362件；经审查受理331件，审结308件。", "reconsideration_cases")
    assert f.value == 331


def test_rates_listed_with_one_value() -> None:
    body = "全年全区规范性文件报备率、行政机关负责人出庭应诉率均保持在100%。"
    assert [f.value for f in figures(body, "normative_doc_filing_rate")] == [100]
    assert [f.value for f in figures(body, "court_appearance_rate")] == [100]


def test_last_years_report_published_this_year_is_this_years_act() -> None:
    [f] = figures("2024年度街道法治政府建设情况报告于2025年1月在区政府门户网站街道专栏按时向社会公开。", "annual_report_published",
                  year=2025)
    assert (f.negated, f.year) == (False, 2025)


def test_the_hosts_of_a_training_are_not_its_scope() -> None:
    f = one("办事处主任参加了区委组织部、区司法局联合举办的法治专题脱产培训班。", "head_offjob_training")
    assert (f.negated, f.requirement, f.scope_kind) == (False, False, "")


def test_no_act_corrected_on_review() -> None:
    body = "以乡政府为被申请人的行政复议案件1件，县人民政府经审理后依法维持乡政府作出的行政行为，我乡未发生行政行为被复议纠错的情况。"
    f = one(body, "reconsideration_correction_rate")
    assert f.value == 0


# --- forms of sets IA–ID ----------------------------------------------------------------------------

JUSTICE_HEAD = "测试市司法局2024年法治政府建设工作情况报告\n2024年，市司法局坚持依法行政，全面推进法治政府建设。\n"


def test_a_justice_bureaus_own_meeting_is_its_own() -> None:
    body = "局党组理论学习中心组全年集体学习法律法规12次，局务会议会前学法9次。协助市政府办公室组织市政府常务会议会前学法，全年共安排会前学法13次。"
    found = _found(body, JUSTICE_HEAD, "pre_meeting_law_study")
    assert [(f.value, f.scope_kind) for f in found] == [(9, "unit"), (13, "")]


def test_what_the_years_training_ensured_with_a_spaced_count() -> None:
    body = "组织全市3 862名行政执法人员参加公共法律知识在线培训和专业法律知识培训，确保执法人员每人每年培训不低于60学时。"
    f = one(body, "enforcement_training_hours")
    assert (f.value, f.bound, f.requirement) == (60, "at_least", False)


def test_all_the_towns_with_their_streets_are_some() -> None:
    [f] = _found("全市11个镇（街道）负责人出庭应诉率均为100%。", CITY_HEAD, "court_appearance_rate")
    assert (f.scope, f.scope_kind) == ("11个镇（街道）", "part")


def test_a_shortfall_in_another_figures_clause_is_not_the_plans() -> None:
    body = ("对照“2024年底前基本建成省市县乡全覆盖的比较完善的行政执法协调监督工作体系”的要求，加快推进县、乡两级行政执法协调监督"
            "工作体系建设，督促法制审核人员配备未达标的部门限期整改。")
    f = one(body, "enforcement_supervision_system")
    assert (f.requirement, f.negated) == (True, False)


def test_a_reform_behind_the_rule_is_a_shortfall_not_a_plan() -> None:
    f = one("三是行政复议体制改革进度滞后于自治区要求，复议机构人员编制不足。", "reconsideration_system_reform")
    assert (f.negated, f.requirement) == (True, False)
    f = one("一是行政复议体制改革进度滞后，复议决定书网上公开尚未落实；二是其他。", "reconsideration_system_reform")
    assert (f.negated, f.requirement) == (True, False)


@pytest.mark.parametrize("body", [
    "全县现有持证执法人员1 046名，全员完成每人不少于60学时的法律知识培训，其中通用法律知识培训不少于20学时。",
    "执法队人员均持有效执法证件上岗，全年均完成不少于60学时的法律知识培训。",
])
def test_everyone_completing_the_hours(body: str) -> None:
    f = one(body, "enforcement_training_hours")
    assert (f.value, f.bound, f.requirement, f.everyone) == (60, "at_least", False, True)


def test_last_years_report_by_its_longer_name_published_late() -> None:
    [f] = figures("三是2019年度法治政府建设工作情况报告公开不够及时，未能在规定时限内向社会公开。", "annual_report_published",
                  year=2020)
    assert (f.negated, f.requirement) == (True, False)


def test_no_case_against_the_street() -> None:
    assert [f.value for f in figures("全年街道作为被告的行政诉讼案件为零。", "admin_litigation_cases")] == [0]
    found = figures("全年未发生以街道为被申请人的行政复议案件。", "reconsideration_respondent_cases")
    assert [f.value for f in found] == [0]


def test_the_district_not_setting_quotas_does_not_hide_the_streets_own() -> None:
    body = "街道严格执行罚没收入上缴国库规定，区里未对街道下达罚没指标，街道也未向执法大队下达或变相下达任何罚没任务。"
    found = _found(body, STREET, "no_fine_quotas")
    assert sorted(f.scope_kind for f in found) == ["higher", "whole"] and not any(f.negated for f in found)


# --- forms of sets IE–IH ----------------------------------------------------------------------------

def test_the_units_that_met_and_the_ones_named_short() -> None:
    body = ("全区21个行政执法单位中，有18个单位法制审核人员占本单位执法人员比例达到5%以上，区市场监管局、区农业农村局、区文广旅局3个单位"
            "受编制和人员结构影响，比例未达到5%。")
    found = _found(body, CITY_HEAD, "legal_review_staff_ratio")
    assert [(f.value, f.negated, f.scope) for f in found] == [(5, False, "18个单位"), (None, True, "3个单位")]


def test_the_people_who_did_and_the_ones_who_did_not() -> None:
    body = "受疫情防控任务影响，全年35名执法队员中33人完成60学时法律知识培训，2人因长期抽调参与道口防控和集中隔离点管理，培训学时未达到要求。"
    found = figures(body, "enforcement_training_hours")
    assert [(f.value, f.negated, f.scope, f.scope_kind) for f in found] == [(60, False, "33人", "part"), (None, True, "2人", "part")]


def test_the_rest_of_the_towns_still_compiling() -> None:
    body = "按照市统一部署，12个乡镇中已有9个编制完成基层政务公开标准目录，其余3个乡镇正在编制中。"
    f = one(body, "grassroots_openness_standards")
    assert (f.negated, f.scope, f.scope_kind) == (True, "3个乡镇", "part")


def test_the_one_case_explained_is_not_the_cases_heard() -> None:
    assert figures("二是负责人出庭应诉工作还有差距，有1件开庭案件因与重要会议冲突委托律师出庭；", "court_cases_heard") == []


def test_other_names_of_a_count_and_a_share() -> None:
    f = one("以市政府为被申请人、由咸阳市人民政府办理的复议案件5件，均维持。", "reconsideration_respondent_cases")
    assert f.value == 5
    f = one("全年主动公开政府信息312条，主动公开公文比例达46.2%，办理依申请公开3件。", "document_disclosure_rate")
    assert f.value == Fraction("46.2")


# --- forms of sets II–IL ----------------------------------------------------------------------------

def test_the_governments_coverage_with_departments_only_sampled() -> None:
    body = "由市委依法治市办牵头组成督察组，对5个县市区政府逐一实地督察，实现对县市区政府法治督察全覆盖，同时抽查市直部门14个。"
    assert _found(body, CITY_HEAD, "department_inspection_coverage") == []
    [f] = _found(body, CITY_HEAD, "rule_of_law_inspection_coverage")
    assert not f.negated


@pytest.mark.parametrize("body, indicator", [
    ("二是个别案件审理周期较长，行政复议决定书释法说理还不够充分。", "reconsideration_decisions_online"),
    ("四是法治督察发现问题的整改跟踪还不够到位，个别部门整改流于形式。", "department_inspection_coverage"),
])
def test_another_aspect_falling_short_is_not_the_statements_shortfall(body: str, indicator: str) -> None:
    assert figures(body, indicator) == []


def test_organising_the_departments_to_publish_is_their_act() -> None:
    [f] = _found("组织市直部门和县（区）按时向社会公开年度法治政府建设情况报告，对逾期未公开的单位进行了通报提醒。", CITY_HEAD,
                 "annual_report_published")
    assert f.scope_kind == "other"


def test_other_names_of_cases_as_respondent_and_the_disclosure_share() -> None:
    f = one("以市政府为被申请人、由省人民政府管辖的行政复议案件12件，均已审结。", "reconsideration_respondent_cases")
    assert f.value == 12
    f = one("全年县政府及办公室印发公文中，主动公开公文的比例为81.6%。", "document_disclosure_rate")
    assert f.value == Fraction("81.6")


# --- forms of sets IM–IP ----------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "一是全县行政机关负责人出庭应诉率尚未达到100%，部分乡镇负责人出庭应诉、年终述法质量还不够高；二是其他。",
    "一是部分部门运用法治方式推动发展的能力不足，个别部门负责人在年终述职中对法治建设内容述得不够具体。",
])
def test_done_but_not_well_enough_is_neither(body: str) -> None:
    assert figures(body, "leaders_report_on_rule_of_law") == []


def test_not_deep_enough_then_not_covered_is_a_shortfall() -> None:
    f = one("五是法治督察工作还不够深入，对政府各部门的督察尚未实现全覆盖。", "department_inspection_coverage")
    assert f.negated and not f.requirement


def test_the_share_after_a_shortfall_clause_has_no_bound_of_it() -> None:
    f = one("三是法制审核人员配备不足，全市比例仅为4.2%。", "legal_review_staff_ratio")
    assert (f.value, f.bound, f.negated) == (Fraction("4.2"), "", True)


def test_the_items_of_a_catalogue_named_in_a_title() -> None:
    body = "编制《南宁市人民政府2020年度重大行政决策事项目录》（共11项），于2020年4月在市政府门户网站向社会公布。"
    f = one(body, "major_decisions_count")
    assert (f.value, f.requirement) == (11, False)


# --- forms of sets IQ–IT ----------------------------------------------------------------------------

def test_filed_for_review_with_the_government() -> None:
    body = "本年度以局名义制发行政规范性文件5件，包括《甲办法》《乙细则》等，在印发后15日内报送市政府备案审查5件。"
    assert [f.value for f in figures(body, "normative_docs_filed")] == [5]
    assert figures("对县级部门报送的规范性文件开展备案审查14件，纠正不规范文件2件。", "normative_docs_filed") == []


def test_the_leaders_on_an_off_job_course_and_a_course_moved_online() -> None:
    f = one("街道处级领导干部全部参加了区委党校举办的法治专题脱产培训班，学习时长均达到规定要求。", "head_offjob_training")
    assert (f.negated, f.requirement) == (False, False)
    f = one("受疫情影响，原定的部门负责人集中脱产培训改为线上学习，参训218人次。", "head_offjob_training")
    assert f.negated


def test_a_breakdown_by_person_after_all_appeared() -> None:
    body = "法院开庭审理的217件案件中，行政机关负责人全部出庭应诉，出庭应诉率100%，其中市长、副市长出庭应诉4次；"
    # the heads were in court in all 217 heard cases (docs/decisions.md); the mayors' 4 is a breakdown
    assert [f.value for f in figures(body, "heads_in_court_count")] == [217]


def test_the_towns_cases_named_first() -> None:
    [f] = _found("21个乡镇（街道）作为被告的案件中，负责人出庭率也均达到100%。", CITY_HEAD, "court_appearance_rate")
    assert (f.value, f.scope_kind) == (100, "part")


@pytest.mark.parametrize("body", [
    "全局持有行政执法证件的人员共34名，全年每人参加法律知识培训均在60学时以上。",
    "全州持证行政执法人员3412名，法律知识培训每人每年不少于60学时的要求全部落实到位。",
])
def test_everyones_hours_said_per_person(body: str) -> None:
    f = one(body, "enforcement_training_hours")
    assert (f.value, f.bound, f.requirement) == (60, "at_least", False)


# --- forms of sets IU–IX ----------------------------------------------------------------------------

def test_some_of_the_cases_found_wrong_is_not_their_count() -> None:
    body = "一是部分干部法治意识还不够强，以镇政府为被申请人的复议案件中出现1件被确认违法。"
    assert figures(body, "reconsideration_respondent_cases") == []


# --- forms of sets IY–JB ----------------------------------------------------------------------------

def test_most_of_the_officers_short_are_some() -> None:
    f = one("受疫情影响，多数执法人员年度法律知识培训未达到60学时的要求。", "enforcement_training_hours")
    assert (f.negated, f.scope_kind) == (True, "part")


def test_a_heading_shortfall_then_the_part_short_is_one() -> None:
    body = "一是执法人员培训学时不足。受疫情影响，多数执法人员年度法律知识培训未达到60学时的要求。二是其他。"
    [f] = figures(body, "enforcement_training_hours")
    assert (f.negated, f.scope_kind) == (True, "part")


def test_cases_accepted_against_the_branches_are_not_the_bureaus_as_respondent() -> None:
    body = "我局作为复议机关，依法受理以县市区分局为被申请人的行政复议案件6件，已全部审结。"
    assert figures(body, "reconsideration_respondent_cases") == []


def test_all_the_towns_covered_are_every_lower_government() -> None:
    body = "区委依法治区办会同区司法局对全区16个镇（街道）开展法治政府建设督察，本年度实现镇级督察全覆盖。"
    [f] = _found(body, CITY_HEAD, "rule_of_law_inspection_coverage")
    assert (f.negated, f.scope_kind) == (False, "whole")


def test_a_system_piloted_in_two_districts_is_not_built() -> None:
    f = one("市县乡三级行政执法协调监督工作体系建设在涵江区、仙游县先行试点，初步形成可复制经验。", "enforcement_supervision_system")
    assert f.negated


def test_two_heads_named_short_of_the_course_are_some() -> None:
    f = one("镇纪委书记、分管综合执法的副镇长今年尚未参加法治专题脱产培训，已报县委组织部统筹安排。", "head_offjob_training")
    assert (f.negated, f.scope_kind) == (True, "part")


def test_the_towns_with_their_streets_and_the_departments_covered() -> None:
    body = "全年开展法治政府建设督察2轮，对12个镇（街道）和27个区直部门开展法治督察，实现督察对镇（街道）和区直部门全覆盖。"
    assert len(_found(body, CITY_HEAD, "rule_of_law_inspection_coverage")) == 1
    assert len(_found(body, CITY_HEAD, "department_inspection_coverage")) == 1


# --- forms of sets JC–JF ----------------------------------------------------------------------------

def test_a_system_whose_building_has_started_is_not_built() -> None:
    body = "区、街道两级行政执法协调监督工作体系建设已启动，区司法局行政执法监督科与各街道司法所建立了执法监督联络机制。"
    f = one(body, "enforcement_supervision_system")
    assert f.negated and not f.requirement


def test_a_bureaus_detachment_is_one_of_its_units() -> None:
    [f] = _found("支队法制科配备法制审核人员11名，占支队执法人员的6.3%，全年审核重大执法决定86件。", BUREAU_HEAD,
                 "legal_review_staff_ratio")
    assert (f.value, f.scope, f.scope_kind) == (Fraction("6.3"), "支队", "unit")


# --- forms of sets JG–JJ ----------------------------------------------------------------------------

def test_heard_cases_without_the_head_are_not_the_cases_heard() -> None:
    assert figures("二是负责人出庭应诉的质效有待提高，3件开庭案件负责人未出庭；", "court_cases_heard") == []


def test_a_figure_with_no_target_has_no_units_shortfall_beside_its_value() -> None:
    body = "三是政务公开质量有待提升，街道公文主动公开率仅为83%，低于区里确定的目标要求，部分公开信息更新不及时。"
    assert [(f.value, f.negated) for f in figures(body, "document_disclosure_rate")] == [(83, False)]


def test_the_citys_own_level_with_each_of_its_departments_is_some() -> None:
    [f] = _found("市级各行政执法部门法制审核人员占本单位执法人员比例均不低于5%。", CITY_HEAD, "legal_review_staff_ratio")
    assert (f.scope, f.scope_kind) == ("市级各行政执法部门", "part")


# --- forms of sets JK–JN ----------------------------------------------------------------------------

TOWN_2025 = "测试县竹园镇2025年法治政府建设年度报告\n2025年，竹园镇坚持依法行政，全面推进法治政府建设。\n"
COUNTY_CITY = "珲春市人民政府2024年法治政府建设年度报告\n2024年，市政府坚持依法行政，全面推进法治政府建设。\n"
COUNTY_2023 = "陇西县人民政府2023年法治政府建设年度报告\n2023年，县政府坚持依法行政，全面推进法治政府建设。\n"
DEPARTMENT_2021 = "绵阳市自然资源和规划局2021年法治政府建设年度报告\n2021年，本局坚持依法行政，全面推进法治政府建设。\n"


def test_each_persons_count_before_all_the_heads_count_is_a_breakdown() -> None:
    body = "全年以镇政府为被告的行政诉讼案件3件，均已开庭审理，镇长出庭1件、分管副镇长出庭2件，负责人出庭应诉3件，出庭应诉率达到100%。"
    assert [f.value for f in _found(body, TOWN_2025, "heads_in_court_count")] == [3]


def test_the_average_of_the_prefecture_named_before_the_amount_is_the_prefectures() -> None:
    body = "四是行政复议纠错率仍然偏高，全年纠错率高于全州平均水平（13.5%），反映出个别部门在执法程序等方面还存在问题。"
    [f] = _found(body, COUNTY_CITY, "reconsideration_correction_rate")
    assert (f.scope, f.scope_kind) == ("全州", "higher")


def test_the_city_named_with_its_whole_in_a_countys_report_is_the_city() -> None:
    body = "从全市情况看，定西市全市行政机关负责人出庭应诉率为95.3%，我县与全市水平相比仍有一定差距。"
    [f] = _found(body, COUNTY_2023, "court_appearance_rate")
    assert f.scope_kind == "higher"


def test_last_years_report_published_by_the_end_of_march_is_done() -> None:
    body = "我局2020年度法治政府建设情况报告在3月底前通过局门户网站“法治政府建设”专栏发布，主动接受社会监督。"
    [f] = _found(body, DEPARTMENT_2021, "annual_report_published")
    assert f.statement and not f.negated and not f.requirement


def test_the_hours_rule_met_by_every_officer_is_done_and_a_floor() -> None:
    body = "组织全县执法人员学习公共法律知识和专业法律知识，60学时的年度法律知识培训要求在全县执法人员中全部落实。"
    [f] = _found(body, COUNTY_2023, "enforcement_training_hours")
    assert (f.value, f.bound, f.requirement) == (60, "at_least", False)


def test_the_hours_named_as_the_floor_are_at_least() -> None:
    body = "二、2022年工作打算\n把60学时作为每名执法人员年度法律知识培训的底线要求，采取集中培训、网络学习等方式。"
    [f] = _found(body, DEPARTMENT_2021, "enforcement_training_hours")
    assert (f.value, f.bound, f.requirement) == (60, "at_least", True)


def test_drafting_the_annual_report_is_not_publishing_it() -> None:
    body = "三、2024年工作打算\n做好法治政府建设年度报告的起草审议工作，持续提升公文主动公开比例，加强重点领域信息公开。"
    assert _found(body, COUNTY_2023, "annual_report_published") == []


def test_a_field_of_work_named_is_not_its_result() -> None:
    body = "特别是在推进行政复议体制改革、规范行政执法行为、化解行政争议等方面，探索形成了一批务实管用的做法。"
    assert figures(body, "reconsideration_system_reform") == []


def test_a_systems_data_sharing_with_other_systems_is_another_aspect() -> None:
    body = "六是执法数字化转型仍需深化，综合执法系统与部分业务系统之间的数据共享还不够顺畅，风险预警能力有待提升。"
    assert figures(body, "unified_enforcement_system") == []
    short = "四是执法信息化水平有待提高，与省级平台的数据共享还不够顺畅；五是普法宣传的形式还比较单一。"
    assert [f.negated for f in figures(short, "provincial_platform_data_link")] == [True]  # the link itself


def test_named_branches_and_others_are_some() -> None:
    body = "从全局看法制审核人员比例虽然达到要求，但庐江、巢湖等分局专职法制审核人员比例尚未达到5%。"
    [f] = _found(body, DEPARTMENT_2021, "legal_review_staff_ratio")
    assert (f.negated, f.scope, f.scope_kind) == (True, "庐江、巢湖等分局", "part")


def test_another_things_year_earlier_in_the_sentence_does_not_date_the_act() -> None:
    body = ("指导2个县区申报示范地区。按时完成2019年度全市法治政府建设情况报告的起草报送工作，"
            "本局2019年度法治政府建设工作报告于3月底前在市政府门户网站向社会公开。")
    [f] = _found(body, JUSTICE_HEAD.replace("2024", "2020"), "annual_report_published")
    assert f.year is None and f.statement and not f.requirement


def test_the_bureaus_study_group_lectures_are_its_leaderships_but_not_all_its_cadres() -> None:
    body = "局党组理论学习中心组举办法治专题讲座3期，分别邀请高校教授进行辅导。"
    assert [f.value for f in _found(body, DEPARTMENT_2021, "leadership_law_lectures")] == [3]
    body = "局党组理论学习中心组开展集体学法11次，组织全局干部参加法治专题学习讲座4场。"
    assert _found(body, DEPARTMENT_2021, "leadership_law_lectures") == []


def test_the_cases_described_then_all_heard() -> None:
    body = "全年以我局为被告的行政诉讼案件2件，分别涉及道路运输行政处罚和出租汽车经营权收回，均已开庭审理。"
    assert [f.value for f in _found(body, DEPARTMENT_2021, "court_cases_heard")] == [2]


def test_a_system_on_trial_or_piloted_in_some_branches_is_not_built() -> None:
    for body in ("一是执法信息化建设相对滞后，全市统一的综合执法办案系统仍处于试运行阶段，部分部门仍使用各自业务系统办案。",
                 "全市统一的生态环境综合执法信息平台目前仅在高新区、包河区等少数分局试点运行。"):
        [f] = _found(body, CITY_HEAD, "unified_enforcement_system")
        assert f.negated and not f.requirement, body


def test_the_officers_short_of_the_hours_for_a_cause_said_between_are_some() -> None:
    body = "本年度新取得执法证件的3名执法人员因入职时间较晚，全年法律知识培训未满60学时。"
    [f] = _found(body, DEPARTMENT_2021, "enforcement_training_hours")
    assert (f.negated, f.value, f.scope_kind) == (True, None, "part")


def test_the_share_of_disputes_mediated_successfully_is_the_success_rate() -> None:
    body = "镇人民调解委员会和14个村（社区）人民调解委员会全年共受理各类矛盾纠纷386件，调解成功379件，占受理总数的98.2%。"
    assert [f.value for f in _found(body, TOWN_2025, "mediation_success_rate")] == [Fraction("98.2")]


# --- forms of sets JO–JR ----------------------------------------------------------------------------

def test_each_persons_count_with_no_total_is_one_count_their_sum() -> None:
    body = "全年以镇政府为被告的行政诉讼案件5件，人民法院开庭审理4件，镇长出庭应诉1件，分管副镇长出庭应诉2件。"
    [heads] = _found(body, TOWN_2025, "heads_in_court_count")
    assert (heads.value, heads.derived, len(heads.operands)) == (3, True, 2)
    [rate] = _found(body, TOWN_2025, "court_appearance_rate")
    assert (rate.value, rate.derived) == (75, True)
    street = "3件案件人民法院均开庭审理，街道办事处主任出庭应诉2件，分管副主任出庭应诉1件，做到出庭又出声。"
    assert [(f.value, f.derived) for f in _found(street, STREET, "heads_in_court_count")] == [(3, True)]


def test_a_province_in_the_same_period_is_the_province() -> None:
    body = "海南省同期行政复议直接纠错率为13.8%，我市与全省水平基本持平。"
    [f] = _found(body, JUSTICE_HEAD, "reconsideration_correction_rate")
    assert (f.scope, f.scope_kind) == ("海南省", "higher")


def test_a_plan_named_as_a_noun_before_a_count_is_not_a_plan() -> None:
    body = "将辖区老旧小区提质改造实施方案和社区公共服务设施配套建设计划2个事项列入目录，目录于4月在门户网站公开。"
    [f] = figures(body, "major_decisions_count")
    assert (f.value, f.requirement) == (2, False)


def test_a_count_over_a_span_of_years_is_not_the_years() -> None:
    body = "2021年至2023年，镇政府作为被告的行政诉讼案件累计11件，案件数量总体保持平稳。"
    [f] = _found(body, TOWN_2025, "admin_litigation_cases")
    assert f.period == "2021年至2023年"
    title = "将《武威市城区集中供热专项规划（2022—2035年）》等7项事项纳入目录管理。"
    assert [f.period for f in figures(title, "major_decisions_count")] == [""]


def test_published_and_then_the_time_said_late() -> None:
    body = "镇政府2022年度法治政府建设年度报告于4月中旬在县政府信息公开网公开，公开时间晚于规定时限。"
    [f] = _found(body, TOWN_2025.replace("2025", "2023"), "annual_report_published")
    assert f.negated and not f.requirement


def test_the_detachments_own_level_is_one_unit() -> None:
    body = "全系统配备法制审核人员15名，占执法人员总数的6.1%；其中支队本级执法人员54名、法制审核人员4名，占比7.4%。"
    found = _found(body, DEPARTMENT_2021, "legal_review_staff_ratio")
    assert [(f.value, f.scope_kind) for f in found] == [(Fraction("6.1"), ""), (Fraction("7.4"), "unit")]


def test_a_head_in_court_in_every_heard_case_gives_the_heads_count() -> None:
    body = "全年以本局为被告的行政诉讼案件4件，其中开庭审理3件，局领导均出庭应诉，做到出庭又出声。"
    assert [f.value for f in _found(body, DEPARTMENT_2021, "heads_in_court_count")] == [3]
    assert [(f.value, f.derived) for f in _found(body, DEPARTMENT_2021, "court_appearance_rate")] == [(100, True)]
    lawyers = "全年以本局为被告的行政诉讼案件4件，其中开庭审理3件，均由律师出庭应诉。"
    assert _found(lawyers, DEPARTMENT_2021, "heads_in_court_count") == []


def test_the_matters_named_in_the_catalogue_before_their_count() -> None:
    body = "纳入目录的《某市声环境功能区划分方案（修订）》《某市重污染天气应急预案（2024年修订）》2项事项，均严格履行法定程序。"
    assert [f.value for f in figures(body, "major_decisions_count")] == [2]


def test_a_part_done_with_the_rest_under_way_in_the_next_sentence_is_not_done() -> None:
    body = ("按照县政府的统一部署，编制完成本镇政务公开事项标准目录，覆盖镇级重大建设项目等领域。"
            "村级政务公开事项目录正在编制之中，基层政务公开标准体系尚未全部建成。")
    assert [f.negated for f in _found(body, TOWN_2025, "grassroots_openness_standards")] == [True]
    others = ("本局2024年度法治政府建设情况报告于3月20日在区政府网站公开。督促各部门按时公开年度报告，2家单位未按时公开。")
    assert [f.negated for f in _found(others, JUSTICE_HEAD.replace("2024", "2025"), "annual_report_published")][0] is False


def test_a_summed_count_says_it_was_added() -> None:
    body = "全年以区政府为被告的行政诉讼案件5件，人民法院开庭审理4件，区长出庭应诉1件，分管副区长出庭应诉2件。"
    summary = judged(body)["heads_in_court_count"].summary
    assert "根据报告数字计算 3件（区长出庭应诉1件 + 分管副区长出庭应诉2件" in summary


# --- forms of sets JS–JV ----------------------------------------------------------------------------

def test_one_persons_count_after_the_total_with_the_bureaus_name_is_a_breakdown() -> None:
    body = "法院开庭审理35件，局领导出庭应诉35件，出庭应诉率100%，局主要负责人亲自出庭应诉2次。"
    assert [f.value for f in _found(body, DEPARTMENT_2021, "heads_in_court_count")] == [35]


def test_the_rest_still_being_compiled_is_a_shortfall() -> None:
    body = "街道启动基层政务公开事项标准目录编制，已完成社会救助、养老服务等12个领域的目录梳理，其余领域仍在编制中。"
    [f] = _found(body, STREET, "grassroots_openness_standards")
    assert f.negated and not f.requirement


def test_the_thing_named_again_after_a_time_still_not_published() -> None:
    body = "一是决策程序有待规范，但年度重大行政决策事项目录编制工作起步较晚，截至年底目录仍未向社会公开。"
    [f] = _found(body, TOWN_2025, "major_decision_catalogue_published")
    assert f.negated and not f.requirement


def test_the_towns_inspected_by_the_district_are_the_districts_coverage() -> None:
    body = "区委依法治区办对全区各镇（街道）开展法治建设专项督察，实现镇（街道）督察全覆盖，南门街道作为督察对象，逐项整改。"
    [f] = _found(body, STREET, "rule_of_law_inspection_coverage")
    assert f.scope_kind == "higher"


def test_two_branches_sharing_a_suffix_are_some() -> None:
    body = "五、2026年工作打算\n通过内部调剂、公开遴选等方式，确保莱山、长岛分局年内法制审核人员比例不低于5%；"
    [f] = _found(body, DEPARTMENT_2021, "legal_review_staff_ratio")
    assert (f.scope, f.scope_kind) == ("莱山、长岛分局", "part")


def test_the_districts_rule_for_the_towns_is_the_districts() -> None:
    [f] = _found("区里对各镇（街道）提出的人民调解成功率要求为98%以上。", TOWN_2025, "mediation_success_rate")
    assert f.scope_kind == "higher"


def test_a_pilot_in_some_departments_and_its_assessment() -> None:
    body = ("选取市司法局、市自然资源局等8个部门开展主要负责人年终述法试点。"
            "从试点情况看，述法工作对于压实领导干部法治建设责任起到了积极作用。")
    [f] = _found(body, CITY_HEAD, "leaders_report_on_rule_of_law")
    assert f.negated and f.scope_kind == "part"


def test_carrying_out_each_requirement_is_done() -> None:
    body = "一年来，主要负责人认真落实“述法”“学法”“用法”各项要求，推动街道法治建设提质增效。"
    [f] = _found(body, STREET, "leaders_report_on_rule_of_law")
    assert f.statement and not f.requirement and not f.negated


def test_departments_still_sampled_are_not_the_governments_coverage() -> None:
    body = "三是法治督察覆盖面不够，对区级部门仍以抽查为主，尚未实现督察全覆盖。"
    assert figures(body, "rule_of_law_inspection_coverage") == []
    assert [f.negated for f in figures(body, "department_inspection_coverage")] == [True]


# --- forms of sets JX–JZ ----------------------------------------------------------------------------

def test_the_citys_caseload_in_a_departments_report_is_the_citys() -> None:
    body = "据统计，全年市政府共受理行政复议案件312件，其中涉及自然资源领域的占比约三成。"
    [f] = _found(body, DEPARTMENT_2021, "reconsideration_cases")
    assert (f.scope, f.scope_kind) == ("市政府", "higher")


def test_land_ownership_disputes_settled_are_not_peoples_mediation() -> None:
    body = "依法受理和调处土地权属争议，全年调处土地、林地权属争议23起，调处成功率91.3%。"
    assert _found(body, DEPARTMENT_2021, "mediation_success_rate") == []


def test_the_district_named_with_its_year_before_its_whole() -> None:
    for head in (STREET, DEPARTMENT_2021):
        body = "江津区2024年全区行政机关负责人出庭应诉率为98.6%，我局与全区总体水平保持一致。"
        [f] = _found(body, head, "court_appearance_rate")
        assert f.scope_kind == "higher", head


def test_the_least_of_them_reaching_the_hours_is_everyone_at_least() -> None:
    body = "全局执法人员均完成了年度法律知识培训任务，其中培训学时最少的执法人员也达到了62学时。"
    [f] = _found(body, DEPARTMENT_2021, "enforcement_training_hours")
    assert (f.value, f.bound, f.scope_kind, f.everyone) == (62, "at_least", "", True)


def test_the_rest_of_the_officers_are_some() -> None:
    body = "除2名下半年新入职执法人员外，其余执法人员全年参加法律知识培训均达到60学时以上；"
    [f] = _found(body, STREET, "enforcement_training_hours")
    assert (f.value, f.scope, f.scope_kind) == (60, "其余执法人员", "part")


def test_the_other_case_heard_is_not_the_cases_heard() -> None:
    body = "镇政府被诉的行政诉讼案件3件，均已开庭审理，镇长出庭应诉2件，另外1件开庭时正值防汛紧要关头，镇长和分管副镇长均在防汛一线。"
    assert [f.value for f in _found(body, TOWN_2025, "court_cases_heard")] == [3]


def test_a_count_fewer_than_last_year_is_a_change() -> None:
    assert _found("与2020年相比，以我局为被申请人的复议案件减少了3件。", DEPARTMENT_2021, "reconsideration_respondent_cases") == []


def test_cases_heard_in_a_hearing_are_not_the_cases_accepted() -> None:
    body = "完善行政复议案件受理、审理、决定等工作流程，对重大疑难案件实行听证审理，全年听证审理案件9件。"
    assert figures(body, "reconsideration_cases") == []


def test_departments_not_yet_covered_are_not_the_governments_coverage() -> None:
    assert figures("五是法治督察对县直部门尚未做到全覆盖，督察结果运用还不够充分。", "rule_of_law_inspection_coverage") == []


def test_the_district_by_its_short_name_with_its_whole_is_the_district() -> None:
    [f] = _found("顺德全区政务服务好评率为99.98%，我街道略高于全区平均水平。", STREET, "service_praise_rate")
    assert f.scope_kind == "higher"


def test_a_shortfall_after_the_higher_authorities_requirements_named_is_no_plan() -> None:
    body = ("一年来，我镇法治政府建设虽然取得了一定成效，但与上级要求和群众期盼相比还存在一些差距："
            "一是部分站所负责人尚未参加法治专题脱产培训，个别干部能力不强。")
    [f] = _found(body, TOWN_2025, "head_offjob_training")
    assert f.negated and not f.requirement and f.scope_kind == "part"


# --- forms of sets KA–KD ----------------------------------------------------------------------------

def test_a_bureaus_party_group_holding_lectures_is_its_leadership() -> None:
    [f] = _found("局党组全年举办法治专题讲座2期，分别邀请高校教授授课。", DEPARTMENT_2021, "leadership_law_lectures")
    assert (f.value, f.requirement) == (2, False)


def test_the_least_of_the_same_people_in_the_next_clause_is_everyone_at_least() -> None:
    body = "执法人员法律知识培训学时全部达标，最少的也达到64学时。"
    [f] = _found(body, DEPARTMENT_2021, "enforcement_training_hours")
    assert (f.value, f.bound, f.everyone) == (64, "at_least", True)


def test_some_of_the_leaders_counted_after_the_term_are_some() -> None:
    [f] = _found("班子成员中仍有2名因工作原因未能参加法治专题脱产培训。", STREET, "head_offjob_training")
    assert (f.negated, f.scope, f.scope_kind) == (True, "班子成员中仍有2名", "part")


def test_those_not_yet_trained_in_a_plan_are_some() -> None:
    body = "十、2026年工作计划\n一是持续压实法治建设责任。组织尚未参训的班子成员参加法治专题脱产培训。"
    [f] = _found(body, TOWN_2025, "head_offjob_training")
    assert (f.requirement, f.scope, f.scope_kind) == (True, "尚未参训的班子成员", "part")


def test_the_officers_named_above_are_some() -> None:
    body = "受疫情防控抽调影响，3名执法人员年内培训不足60学时。\n三、存在的问题\n上述3名执法人员培训学时未达到60学时。"
    found = _found(body, DEPARTMENT_2021, "enforcement_training_hours")
    assert [(f.negated, f.scope_kind) for f in found] == [(True, "part"), (True, "part")]


def test_the_plans_span_in_ascii_quotes_is_a_span_of_years() -> None:
    body = "（二）抓好领导干部学法。全年开展会前学法17次。\"十四五\"期间，县政府累计开展会前学法83次。"
    found = _found(body, COUNTY_2023, "pre_meeting_law_study")
    assert [(f.value, f.period) for f in found] == [(17, ""), (83, "\"十四五\"期间")]


def test_a_city_named_short_with_its_whole_is_above_a_district() -> None:
    body = "作为对比，山南全市负责人出庭应诉率为78.5%。"
    [f] = _found(body, COUNTY_2023, "court_appearance_rate")
    assert (f.scope, f.scope_kind) == ("山南全市", "higher")


def test_a_city_named_before_a_year_is_above_a_county() -> None:
    [f] = _found("包头市本年度行政诉讼败诉率为7.1%。", COUNTY_2023, "litigation_loss_rate")
    assert (f.scope, f.scope_kind) == ("包头市", "higher")


def test_a_prefectures_office_is_above_its_bureau() -> None:
    [f] = _found("另据了解，地区行署2021年行政机关负责人出庭应诉率为97.2%。", DEPARTMENT_2021, "court_appearance_rate")
    assert f.scope_kind == "higher"


def test_the_citys_system_of_the_bureaus_line_is_other_units() -> None:
    body = "镇江全市应急管理系统行政机关负责人出庭应诉率为96%，我局积极落实出庭应诉要求。"
    [f] = _found(body, DEPARTMENT_2021, "court_appearance_rate")
    assert f.scope_kind == "other"


def test_a_year_naming_the_figure_again_does_not_date_the_next_sentence() -> None:
    body = "今年镇党政联席会议共会前学法14次。上一年度这一数字为10次。镇党委为镇领导班子成员举办了两期法治专题讲座。"
    [f] = _found(body, TOWN_2025, "leadership_law_lectures")
    assert (f.value, f.year) == (2, None)


def test_not_to_be_fewer_than_is_at_least() -> None:
    body = "六、2024年工作计划\n二是加强执法队伍建设。执法队员年度法律知识培训一律不得少于60学时；法制审核人员不得低于执法人员总数的5%。"
    hours, = figures(body, "enforcement_training_hours")
    ratio, = figures(body, "legal_review_staff_ratio")
    assert (hours.value, hours.bound, hours.requirement) == (60, "at_least", True)
    assert (ratio.value, ratio.bound, ratio.requirement) == (5, "at_least", True)


def test_a_fine_tasks_never_set_is_the_prohibition_kept() -> None:
    [f] = _found("镇政府从未给执法队下达或变相下达罚没款任务，罚没款全部按规定上缴县财政。", TOWN_2025, "no_fine_quotas")
    assert f.statement and not f.negated and not f.requirement


def test_a_long_prohibition_is_the_rule_and_its_object_no_scope() -> None:
    body = "区政府印发通知，明确严禁向任何执法部门和执法人员下达或者变相下达罚没指标。"
    [f] = figures(body, "no_fine_quotas")
    assert (f.requirement, f.scope_kind) == (True, "")


def test_a_catalogue_mostly_compiled_with_the_rest_being_sorted_is_not_done() -> None:
    body = "镇政府编制镇级政务公开事项标准目录，目前目录编制工作已完成大半，尚有部分领域事项仍在梳理之中。"
    [f] = _found(body, TOWN_2025, "grassroots_openness_standards")
    assert f.negated


def test_a_catalogue_not_yet_adjusted_everywhere_is_not_done() -> None:
    body = "对照基层政务公开标准指引，镇级政务公开事项标准目录已完成初步编制，但部分领域事项尚未完成梳理和动态调整。"
    [f] = _found(body, TOWN_2025, "grassroots_openness_standards")
    assert f.negated


def test_the_teams_rest_of_the_officers_are_some() -> None:
    body = "除下半年新入职的2名执法人员外，执法队其余执法人员年度法律知识培训均达到60学时以上。"
    [f] = _found(body, STREET, "enforcement_training_hours")
    assert (f.value, f.scope, f.scope_kind) == (60, "其余执法人员", "part")


def test_a_target_ensured_then_counted_as_met_is_done() -> None:
    body = "组织执法人员学习法律知识，确保每名执法人员全年完成不少于60学时的法律知识培训，经年底统计全部达标。"
    [f] = _found(body, DEPARTMENT_2021, "enforcement_training_hours")
    assert (f.value, f.bound, f.requirement) == (60, "at_least", False)


def test_two_meetings_of_a_bureau_joined_by_and_study_before_them() -> None:
    [f] = _found("全年召开局党组会议和局务会议会前学法22次。", DEPARTMENT_2021, "pre_meeting_law_study")
    assert f.value == 22


def test_a_clause_opening_on_another_act_keeps_its_own_words() -> None:
    body = ("区委依法治区办组织开展法治政府建设督察，对各镇（街道）实现督察全覆盖，"
            "同时对区直各部门开展书面督察，实现对区政府各部门的法治督察全覆盖。")
    [towns] = figures(body, "rule_of_law_inspection_coverage")
    [departments] = figures(body, "department_inspection_coverage")
    assert (towns.negated, towns.scope_kind) == (False, "whole")
    assert not departments.negated


def test_units_counted_after_the_training_named_are_some() -> None:
    body = "区委组织部举办领导干部法治专题脱产培训班，全区36个区直部门和镇（街道）中有29个单位的负责人参加了培训。"
    [f] = figures(body, "head_offjob_training")
    assert (f.negated, f.scope_kind) == (False, "part")


def test_reports_kept_in_an_archive_are_no_report_given() -> None:
    body = "建立镇领导干部法治档案，将学法、述法、依法决策情况一并记入档案，作为干部考核评价的重要依据。"
    assert _found(body, TOWN_2025, "leaders_report_on_rule_of_law") == []


def test_published_later_than_the_time_set_is_late() -> None:
    body = "镇2024年度法治政府建设情况报告于5月在县政府门户网站公开，晚于规定的公开时间。"
    [f] = _found(body, TOWN_2025, "annual_report_published")
    assert f.negated


def test_commercial_mediation_is_not_peoples_mediation() -> None:
    body = "依托市商事调解中心化解涉企纠纷，全年受理商事纠纷412件，调解成功率达86%。"
    assert _found(body, JUSTICE_HEAD, "mediation_success_rate") == []


def test_study_gathered_before_the_meetings_is_pre_meeting_study() -> None:
    body = "把学法作为镇党委会、镇政府班子会议的固定议程，全年在党政班子会议前集中学法十二次，较2024年的10次有所增加。"
    [f] = _found(body, TOWN_2025, "pre_meeting_law_study")
    assert f.value == 12


def test_each_member_of_the_team_is_an_officer() -> None:
    [f] = _found("经统计，执法队每名队员全年参加法律知识培训均不少于60学时。", TOWN_2025, "enforcement_training_hours")
    assert (f.value, f.bound) == (60, "at_least")


def test_a_civil_code_lecture_for_the_leaders_is_a_law_lecture() -> None:
    body = "邀请律师协会的执业律师为班子成员举办民法典专题讲座两期。"
    [f] = _found(body, STREET, "leadership_law_lectures")
    assert f.value == 2


def test_the_number_of_documents_being_zero() -> None:
    [f] = _found("今年街道办事处制发行政规范性文件数为零。", STREET, "normative_docs_count")
    assert f.value == 0


def test_the_meeting_then_the_years_study_count() -> None:
    [f] = _found("市政府常务会议坚持“开会先学法”，全年学法18次，比上年多7次。", CITY_HEAD, "pre_meeting_law_study")
    assert f.value == 18


def test_a_system_whose_building_has_started_is_not_built() -> None:
    body = "全市行政执法协调监督工作体系建设已经启动，市级行政执法监督机构已明确，乡镇（街道）层面的执法监督力量尚在配备中。"
    [f] = _found(body, CITY_HEAD, "enforcement_supervision_system")
    assert f.negated


def test_a_case_system_still_being_developed_is_not_there() -> None:
    body = "全区统一综合执法办案系统仍在开发测试，部分执法部门仍分散使用各自的业务系统办案。"
    [f] = figures(body, "unified_enforcement_system")
    assert f.negated


def test_a_justice_bureau_never_sued_is_its_own_zero() -> None:
    [f] = _found("全年本局未成为行政诉讼被告。", JUSTICE_HEAD, "admin_litigation_cases")
    assert (f.value, f.scope, f.scope_kind) == (0, "本局", "unit")


@pytest.mark.parametrize("body, value", [
    ("全年制发公文中主动公开的比例为46.2%。", 46.2),
    ("强化公文公开属性源头认定，全年制发公文中主动公开的公文占38.5%。", 38.5),
])
def test_the_share_of_documents_published(body: str, value: float) -> None:
    [f] = _found(body, DEPARTMENT_2021, "document_disclosure_rate")
    assert float(f.value) == value


def test_a_sentence_with_its_own_year_takes_no_span_from_the_one_before() -> None:
    body = "“十四五”期间，市委依法治市办逐年开展督察。2023年对市政府工作部门的法治督察实现全覆盖。"
    [f] = figures(body, "department_inspection_coverage")
    assert (f.period, f.year) == ("", 2023)


def test_a_reform_dated_by_its_year_is_that_years() -> None:
    [f] = _found("2022年县行政复议体制改革全面完成，复议职责统一由县政府行使。", COUNTY_2023, "reconsideration_system_reform")
    assert f.year == 2022


def test_a_term_typed_with_ascii_quotes() -> None:
    body = "全区行政检查数据已全部汇聚至河南省\"互联网+监管\"系统。"
    [f] = figures(body, "provincial_platform_data_link")
    assert f.statement and not f.negated


def test_the_rest_not_yet_staffed_for_a_cause_are_some_short() -> None:
    body = "全区32个行政执法单位中，29个单位法制审核人员占本单位执法人员的比例达到5%以上，其余3个单位因机构编制调整暂未配齐。"
    found = figures(body, "legal_review_staff_ratio")
    assert [(f.negated, f.scope_kind) for f in found] == [(False, "part"), (True, "part")]


def test_every_head_in_court_is_a_rate_of_all() -> None:
    body = "全区行政机关作为被告的一审行政诉讼案件96件，开庭审理81件，行政机关负责人全部出庭应诉。"
    assert [float(f.value) for f in figures(body, "court_appearance_rate")] == [100]


def test_a_special_inspection_of_the_towns_covering_all() -> None:
    body = "区委依法治区办组织对17个镇（街道）开展法治政府建设专项督察，实现全覆盖，督察发现的43个问题已全部整改到位。"
    [f] = figures(body, "rule_of_law_inspection_coverage")
    assert f.statement and not f.negated


def test_a_special_inspection_of_the_departments_is_not_the_towns() -> None:
    body = "开展年度法治政府建设专项督察，对全区23个区政府工作部门逐一督察，实现了法治督察对政府部门的全覆盖。"
    assert figures(body, "rule_of_law_inspection_coverage") == []


def test_a_towns_filing_with_the_county_is_its_own() -> None:
    body = "全年以镇政府名义制发行政规范性文件1件，经镇政府常务会议集体讨论后发布，并已按规定报县人民政府备案1件。"
    [f] = _found(body, TOWN_2025, "normative_docs_filed")
    assert (f.value, f.scope_kind) == (1, "")


def test_the_government_filed_with_is_no_scope() -> None:
    [f] = figures("区政府制发行政规范性文件6件，按规定报送市政府和区人大常委会备案6件。", "normative_docs_filed")
    assert (f.value, f.scope, f.scope_kind) == (6, "", "")


def test_a_year_gone_by_then_the_count() -> None:
    body = "街道党政班子会议把会前学法作为固定议程，一年下来共学法14次，重点学习了宪法等法律法规。"
    [f] = _found(body, STREET, "pre_meeting_law_study")
    assert f.value == 14


def test_the_one_case_told_then_heard() -> None:
    body = "全年我局作为被告的行政诉讼案件1件，系某企业不服行政处罚决定提起诉讼，法院依法开庭审理，局长出庭应诉1件。"
    [heard] = _found(body, DEPARTMENT_2021, "court_cases_heard")
    [rate] = _found(body, DEPARTMENT_2021, "court_appearance_rate")
    assert (heard.value, rate.value, rate.derived) == (1, 100, True)


def test_a_report_put_up_on_the_website_is_published() -> None:
    body = "上一年度即2024年度的法治政府建设情况报告，街道在1月底前就已挂到区人民政府网站街道专栏，供群众查阅监督。"
    [f] = _found(body, STREET, "annual_report_published")
    assert f.statement and not f.negated


def test_a_catalogue_rolled_out_everywhere_is_the_system_built() -> None:
    body = "基层政务公开标准目录已在17个社区（村）全面落地，社区（村）居务、村务公开实现标准化、规范化。"
    [f] = _found(body, STREET, "grassroots_openness_standards")
    assert f.statement and not f.negated


# --- forms of sets KE–KH ----------------------------------------------------------------------------

def test_the_citys_organs_in_a_year_are_above_a_bureau() -> None:
    [f] = _found("按照市政府的统计口径，2024年全市行政机关负责人出庭应诉率为97.6%。", DEPARTMENT_2021, "court_appearance_rate")
    assert f.scope_kind == "higher"


def test_another_city_named_with_its_whole_is_above() -> None:
    [f] = _found("全年审结行政诉讼案件22件，败诉1件。德州市全市同期败诉率为4.6%。", COUNTY_CITY, "litigation_loss_rate")
    assert (f.scope, f.scope_kind) == ("德州市", "higher")


def test_consumer_and_labour_mediation_are_not_peoples_mediation() -> None:
    body = "全年开展行政调解2860件，其中市场监管部门处理消费投诉的调解成功率为93.1%，人社部门调处劳动争议的调解成功率为89.5%。"
    assert figures(body, "mediation_success_rate") == []


def test_a_system_used_too_little_is_not_a_system_missing() -> None:
    body = "综合执法办案系统在部分乡镇的应用还不够充分，执法数据的分析运用水平不高，数字技术赋能执法监督的作用尚未充分发挥。"
    assert _found(body, COUNTY_CITY, "unified_enforcement_system") == []


def test_coverage_as_the_ground_of_a_plan_is_no_figure() -> None:
    body = "六、2024年工作安排\n完善督察工作机制，在对乡镇（街道）督察全覆盖的基础上，将法治督察延伸至全部区直部门。"
    assert figures(body, "rule_of_law_inspection_coverage") == []


def test_a_reform_dated_as_the_ground_of_this_years_work_stays() -> None:
    [f] = figures("在2021年完成行政复议体制改革的基础上，区政府进一步规范行政复议案件办理。", "reconsideration_system_reform")
    assert (f.negated, f.year) == (False, 2021)


def test_a_provincial_case_system_used_is_not_the_governments_own() -> None:
    body = "执法检查和案件办理全面应用云南省应急管理综合行政执法系统，实现执法计划、检查、处罚全流程网上运行。"
    assert _found(body, DEPARTMENT_2021, "unified_enforcement_system") == []


def test_the_share_of_the_detachments_people_is_the_detachments() -> None:
    [f] = _found("支队坚持执法力量向一线倾斜，一线执法人员占支队人员的87%。", DEPARTMENT_2021, "frontline_enforcement_share")
    assert (f.value, f.scope, f.scope_kind) == (87, "支队", "unit")


def test_other_units_not_yet_staffed_in_full_are_some_short() -> None:
    body = "全区31个行政执法单位中，29个单位法制审核人员占本单位执法人员的比例达到5%以上；另有2个单位因人员调整，法制审核人员暂未配足。"
    found = figures(body, "legal_review_staff_ratio")
    assert [(f.negated, f.scope_kind) for f in found] == [(False, "part"), (True, "part")]


def test_fine_amount_tasks_never_set() -> None:
    [f] = _found("镇党委、政府坚持执法为民，从未给执法队下达过罚款数额任务，罚没款项全部上缴县财政。", TOWN_2025, "no_fine_quotas")
    assert f.statement and not f.negated and not f.requirement


def test_the_rest_of_the_team_members_are_some() -> None:
    body = "组织队员参加县司法局举办的执法人员集中培训，除年中新招录的2名队员外，其余队员全年法律知识培训均达到60学时以上。"
    [f] = _found(body, TOWN_2025, "enforcement_training_hours")
    assert (f.value, f.scope, f.scope_kind) == (60, "其余队员", "part")


def test_either_head_in_court_in_every_case_heard() -> None:
    body = "镇政府作为被告的行政诉讼案件5件，其中1件因原告撤诉未开庭，开庭审理的4件，镇长或分管副镇长均出庭应诉。"
    [heads] = _found(body, TOWN_2025, "heads_in_court_count")
    [rate] = _found(body, TOWN_2025, "court_appearance_rate")
    assert (heads.value, rate.value, rate.derived) == (4, 100, True)


def test_a_village_catalogue_not_yet_in_place_is_not_done() -> None:
    body = "二是部分村村务公开栏更新不及时，村级公开标准目录尚未全面落实到位。"
    [f] = _found(body, TOWN_2025, "grassroots_openness_standards")
    assert f.negated


def test_the_items_title_says_whose_lectures() -> None:
    body = ("（三）抓好领导干部学法。严格执行主任办公会议会前学法制度，全年开展会前学法10次。"
            "围绕基层治理中的热点难点问题，邀请高校专家学者开设法治专题讲座，全年共三期。")
    [f] = _found(body, STREET, "leadership_law_lectures")
    assert f.value == 3


def test_the_guests_invited_are_no_scope() -> None:
    body = "邀请田阳区人民法院法官、区司法局业务骨干到镇为领导班子作法治专题讲座，全年共2期。"
    [f] = _found(body, TOWN_2025, "leadership_law_lectures")
    assert (f.value, f.scope_kind) == (2, "")


def test_a_part_of_the_training_is_no_narrower_figure() -> None:
    body = "每名执法人员全年参加法律知识培训均超过60学时，其中参加区司法局组织的行政处罚法专题轮训不少于20学时。"
    assert [(f.value, f.bound) for f in _found(body, STREET, "enforcement_training_hours")] == [(60, "more_than")]


def test_a_plan_heading_on_a_line_of_its_own() -> None:
    body = "七、存在的问题和不足\n一是依法决策制度化程度不高。\n2026年工作打算\n（一）坚持会前学法制度，全年会前学法不少于12次。"
    [f] = _found(body, STREET, "pre_meeting_law_study")
    assert (f.value, f.bound, f.requirement) == (12, "at_least", True)


def test_the_year_said_after_a_part_year_is_the_figures() -> None:
    body = "受疫情影响，上半年集中培训活动大幅减少，部分执法人员全年法律知识培训未达到60学时。"
    [f] = _found(body, DEPARTMENT_2021, "enforcement_training_hours")
    assert (f.negated, f.period) == (True, "")


def test_a_dated_figure_alone_does_not_date_the_next_sentence() -> None:
    body = "全年会前学法15次。2020年会前学法12次。局党组理论学习中心组举办法治专题讲座3期。"
    [f] = _found(body, DEPARTMENT_2021, "leadership_law_lectures")
    assert (f.value, f.year) == (3, None)


def test_people_who_do_the_legal_review() -> None:
    body = "镇综合行政执法局现有持证执法人员21名，其中专职从事法制审核的人员2名，占执法人员总数的9.5%。"
    [f] = _found(body, TOWN_2025, "legal_review_staff_ratio")
    assert float(f.value) == 9.5


def test_study_before_the_meetings_business() -> None:
    [f] = _found("坚持党工委会、主任办公会议题研究前先学法，全年累计学法12次。", STREET, "pre_meeting_law_study")
    assert f.value == 12


def test_study_put_in_the_party_groups_plan() -> None:
    body = "十、2022年工作思路\n将会前学法列入局党组年度学习计划，全年不低于12次。"
    [f] = _found(body, DEPARTMENT_2021, "pre_meeting_law_study")
    assert (f.value, f.bound, f.requirement) == (12, "at_least", True)


def test_a_few_team_members_named_with_their_people() -> None:
    [f] = _found("二是执法中队个别新进队员法律知识培训未达到60学时。", STREET, "enforcement_training_hours")
    assert (f.negated, f.scope, f.scope_kind) == (True, "个别新进队员", "part")


# --- forms of sets KI–KL ----------------------------------------------------------------------------

def test_a_system_on_trial_not_yet_everywhere_is_not_built() -> None:
    body = "区统一综合执法办案系统已完成开发，目前在坂田、布吉、龙城3个街道试运行，尚未在全区推开。"
    [f] = figures(body, "unified_enforcement_system")
    assert f.negated


def test_a_few_leaders_opening_the_clause_are_some() -> None:
    body = "一是部分干部法治意识仍有不足；个别班子成员今年因承担重大活动保障任务未能参加法治专题脱产培训。"
    [f] = _found(body, STREET, "head_offjob_training")
    assert (f.negated, f.scope, f.scope_kind) == (True, "个别班子成员", "part")


def test_the_case_a_head_missed_for_a_cause_is_not_the_cases_heard() -> None:
    body = "二是行政应诉工作存在短板，全年有1件开庭案件街道负责人因工作冲突未能出庭，由执法队工作人员代为出庭。"
    assert _found(body, STREET, "court_cases_heard") == []


def test_the_citys_line_on_average_is_other_units() -> None:
    [f] = _found("全市城管系统同期平均败诉率为9.3%。", DEPARTMENT_2021, "litigation_loss_rate")
    assert f.scope_kind == "other"


def test_each_heads_count_then_all_heads_together() -> None:
    body = "我局作为被告的行政诉讼案件2件，法院开庭审理2件，局长出庭1件、分管副局长出庭1件，负责人共出庭应诉2件。"
    assert [f.value for f in _found(body, DEPARTMENT_2021, "heads_in_court_count")] == [2]


def test_the_whole_result_after_the_units_urged_is_done() -> None:
    body = "督促全市各级行政机关落实负责人出庭应诉制度，全市行政机关负责人出庭应诉率达到98.6%，较上年有明显提升。"
    [f] = _found(body, JUSTICE_HEAD, "court_appearance_rate")
    assert (float(f.value), f.requirement) == (98.6, False)


def test_a_catalogue_being_compiled_is_not_there() -> None:
    body = "对照省、市基层政务公开标准指引，镇政府正在编制镇、村两级政务公开事项标准目录。"
    [f] = _found(body, TOWN_2025, "grassroots_openness_standards")
    assert f.negated


def test_filed_among_them_with_the_county_is_the_towns() -> None:
    body = "全年以镇政府名义制发行政规范性文件3件。3件文件均经司法所审查后印发，其中报送县人民政府备案2件。"
    [f] = _found(body, TOWN_2025, "normative_docs_filed")
    assert (f.value, f.scope_kind) == (2, "")


def test_a_system_still_being_built_is_not_there() -> None:
    body = "三是区、乡镇（街道）两级行政执法协调监督工作体系尚在构建之中。"
    [f] = figures(body, "enforcement_supervision_system")
    assert f.negated


def test_a_case_system_covering_the_departments_is_built() -> None:
    [f] = figures("区级统一综合行政执法办案系统已覆盖区直各执法部门和10个街道，执法案件实现网上受理。", "unified_enforcement_system")
    assert f.statement and not f.negated


def test_the_countys_own_departments_counted_are_a_level() -> None:
    body = "县直20个行政执法单位均配备专兼职法制审核人员，法制审核人员占本单位执法人员的比例均达到5%以上。"
    [f] = _found(body, COUNTY_2023, "legal_review_staff_ratio")
    assert (f.value, f.bound, f.scope_kind) == (5, "at_least", "part")


@pytest.mark.parametrize("quoted", ["“征地补偿政策解释不够到位”", '"征地补偿政策解释不够到位"'])
def test_a_shortfall_quoted_from_the_public_is_not_the_reports(quoted: str) -> None:
    body = f"述法评议结果在镇机关公示栏公示，评议中群众提出的{quoted}等4条意见已逐条落实整改。"
    [f] = _found(body, TOWN_2025, "leaders_report_on_rule_of_law")
    assert not f.negated


def test_problems_still_being_fixed_are_not_coverage_missed() -> None:
    body = "对全县所有镇（区）逐一开展法治督察，实现对镇（区）督察全覆盖，共发现问题86个，已整改完成79个，其余7个正在推进。"
    [f] = _found(body, COUNTY_2023, "rule_of_law_inspection_coverage")
    assert not f.negated


def test_only_some_departments_said_next_are_some() -> None:
    body = "二是党政主要负责人年终述法仍处于试点阶段，仅在5个部门开展，述法机制还不完善。"
    [f] = _found(body, COUNTY_2023, "leaders_report_on_rule_of_law")
    assert (f.negated, f.scope_kind) == (True, "part")


def test_a_unit_from_another_clause_yields_to_the_part_short() -> None:
    body = "基层分局承担的监管任务日益繁重，而法制审核人员配备相对不足，个别基层分局法制审核人员占本单位执法人员比例仍未达到5%。"
    [f] = _found(body, DEPARTMENT_2021, "legal_review_staff_ratio")
    assert (f.negated, f.scope, f.scope_kind) == (True, "个别基层分局", "part")


def test_the_squads_heads_in_a_plan_are_some() -> None:
    body = "十、2022年工作思路\n确保每名执法人员全年法律知识培训不少于60学时，推动执法大队负责人法治专题脱产培训全覆盖。"
    [f] = _found(body, DEPARTMENT_2021, "head_offjob_training")
    assert (f.requirement, f.scope_kind) == (True, "part")


def test_a_pilots_lessons_in_a_plan_say_nothing() -> None:
    body = "八、2024年工作打算\n坚持县政府常务会议会前学法制度，认真总结述法试点经验，健全法治督察工作机制。"
    assert _found(body, COUNTY_2023, "leaders_report_on_rule_of_law") == []


# --- forms of sets KM–KP ----------------------------------------------------------------------------

def test_people_counted_with_a_cause_before_the_shortfall_are_those_people() -> None:
    body = ("二是执法队伍力量薄弱。镇综合行政执法队执法人员中具有法律专业背景的仅有2名，承接县级赋权事项后专业执法能力跟不上，"
            "执法队2名新进队员因入职时间较晚，全年法律知识培训学时未达到60学时。")
    [f] = _found(body, TOWN_2025, "enforcement_training_hours")
    assert f.negated and (f.scope_kind, f.scope) == ("part", "2名新进队员")


def test_units_counted_from_a_set_with_a_cause_are_those_units() -> None:
    body = "40个乡镇（街道）中，有11个因承接执法事项时间较短、人员不足，法制审核人员比例尚未达到5%。"
    [f] = _found(body, COUNTY_2023, "legal_review_staff_ratio")
    assert f.negated and f.scope_kind == "part" and f.scope.endswith("有11个")


def test_officers_who_served_a_full_year_are_a_part() -> None:
    body = "在岗满一年的13名执法队员全年法律知识培训学时均超过60学时。"
    [f] = _found(body, STREET, "enforcement_training_hours")
    assert (f.value, f.bound, f.scope_kind, f.scope) == (60, "more_than", "part", "在岗满一年的13名执法队员")


def test_enforcement_cases_handled_are_no_lawsuits() -> None:
    body = "落实长江流域重点水域禁捕退捕工作，全年办理非法捕捞行政案件46件。"
    assert _found(body, COUNTY_CITY, "admin_litigation_cases") == []


def test_a_named_citys_courts_average_is_the_citys() -> None:
    body = "全年审结73件，败诉7件，败诉率9.6%。益阳市法院系统同期行政案件平均败诉率为10.8%。"
    found = _found(body, COUNTY_CITY, "litigation_loss_rate")
    assert [(float(f.value), f.scope_kind) for f in found] == [(9.6, ""), (10.8, "higher")]


def test_the_villages_heads_alone_are_not_the_governments() -> None:
    body = ("年终考核时，街道党政主要负责人在区委全面依法治区委员会组织的述职评议中专门报告了履行法治建设第一责任人职责情况；"
            "17个社区党组织书记结合年度述职一并述法。")
    [f] = _found(body, STREET, "leaders_report_on_rule_of_law")
    assert f.quote.startswith("年终考核时") and f.scope_kind != "part"


def test_the_town_heads_beside_the_villages_are_still_read() -> None:
    body = "镇长和各村（社区）党组织书记在年终述职中报告履行推进法治建设第一责任人职责情况。"
    [f] = _found(body, TOWN_2025, "leaders_report_on_rule_of_law")
    assert not f.negated


def test_a_report_to_the_party_committee_above_is_the_heads_report() -> None:
    body = "年底，镇党委书记、镇长在向区委述职时专题报告了履行推进法治建设第一责任人职责的情况。"
    [f] = _found(body, TOWN_2025, "leaders_report_on_rule_of_law")
    assert not f.negated and f.scope_kind in ("", "whole")


def test_consumer_disputes_among_the_fields_mediated_keep_the_rate() -> None:
    body = "全年调处各类矛盾纠纷612件，全年调解成功597件，调解成功率97.5%，涉及物业服务、邻里纠纷、婚姻家庭、消费纠纷等领域。"
    [f] = _found(body, STREET, "mediation_success_rate")
    assert float(f.value) == 97.5


def test_all_heard_after_the_count_broken_down_is_the_whole_count() -> None:
    body = "镇政府作为被告的行政诉讼案件3件，其中林地权属争议1件、宅基地使用1件、违法建设强制拆除1件，均已开庭审理。"
    [f] = _found(body, TOWN_2025, "court_cases_heard")
    assert f.value == 3 and f.everyone


def test_parts_that_do_not_add_up_are_no_breakdown_of_the_count() -> None:
    body = "镇政府作为被告的行政诉讼案件3件，其中林地权属争议1件、宅基地使用1件，均已开庭审理。"
    assert _found(body, TOWN_2025, "court_cases_heard") == []


@pytest.mark.parametrize("body", ["全年公安机关受理治安行政案件1520件，查处违法人员300人。",
                                  "县市场监管局全年办理各类行政案件215件，罚没款120万元。"])
def test_enforcement_cases_said_as_administrative_cases_are_no_lawsuits(body: str) -> None:
    assert _found(body, COUNTY_2023, "admin_litigation_cases") == []


def test_administrative_cases_with_the_government_sued_are_lawsuits() -> None:
    [f] = _found("全年县政府作为被告的行政案件12件，负责人均出庭。", COUNTY_2023, "admin_litigation_cases")
    assert f.value == 12


@pytest.mark.parametrize("body", ["全年组织执法人员培训12期，累计培训1200学时。",
                                  "全县行政执法人员参加网络培训累计达到6.5万学时。"])
def test_everyones_hours_summed_are_no_ones_hours(body: str) -> None:
    assert _found(body, COUNTY_2023, "enforcement_training_hours") == []


@pytest.mark.parametrize("body", ["执法队员全年法律知识培训累计72学时。", "全县执法人员人均累计培训65学时。"])
def test_hours_summed_for_each_officer_are_read(body: str) -> None:
    [f] = _found(body, COUNTY_2023, "enforcement_training_hours")
    assert f.value in (72, 65)


@pytest.mark.parametrize("body", ["邀请区司法局、区人民法院和律师事务所的专家，为街道领导班子举办法治专题讲座三期，分别聚焦涉企行政检查。",
                                  "邀请区司法局业务骨干和街道法律顾问，举办街道领导班子法治专题讲座2期。"])
def test_guests_named_in_the_clause_before_are_no_scope(body: str) -> None:
    [f] = _found(body, STREET, "leadership_law_lectures")
    assert f.scope_kind == "" and f.value in (2, 3)


@pytest.mark.parametrize(("body", "who"), [
    ("在编在岗的12名执法队员全年参加法律知识培训均超过60学时。", "在编在岗的12名执法队员"),
    ("二是执法力量仍显不足，年中新转隶的执法人员法律知识培训学时不足，对镇级承接的执法事项还不够熟悉。", "年中新转隶的执法人员"),
    ("一是执法队伍专业能力有待提升，执法队中仍有3名今年新入职的执法人员全年培训学时未达到60学时。", "仍有3名今年新入职的执法人员"),
])
def test_people_told_apart_by_tenure_or_being_new_are_a_part(body: str, who: str) -> None:
    [f] = _found(body, TOWN_2025, "enforcement_training_hours")
    assert (f.scope_kind, f.scope) == ("part", who)


def test_the_counted_officers_before_the_rest_fell_short_are_a_part() -> None:
    body = ("受此影响，全局32名执法人员完成了60学时的年度法律知识培训，另有6名执法人员因长期抽调参与疫情防控，"
            "培训学时未达到60学时。")
    found = _found(body, DEPARTMENT_2021, "enforcement_training_hours")
    assert [(f.negated, f.scope_kind, f.scope) for f in found] == [(False, "part", "32名执法人员"),
                                                                    (True, "part", "6名执法人员")]


def test_heads_trained_then_others_not_are_each_a_part() -> None:
    body = ("办事处主任和4名班子成员参加了区委党校举办的法治专题脱产培训班。"
            "另有2名班子成员因同期承担防汛值守任务，未能参加本年度法治专题脱产培训。")
    found = _found(body, STREET, "head_offjob_training")
    assert [(f.negated, f.scope_kind, f.scope) for f in found] == [(False, "part", "4名班子成员"),
                                                                    (True, "part", "另有2名班子成员")]


# --- forms of sets KQ–KT ----------------------------------------------------------------------------

def test_published_then_late_in_a_later_clause_is_not_done() -> None:
    body = ("2023年度法治政府建设情况报告已于年初报送区委、区政府，但因报送审核环节延误，于4月中旬才在区政府网站公开，"
            "晚于规定时限。")
    [f] = _found(body, STREET, "annual_report_published")
    assert f.negated


def test_a_named_citys_line_of_bureaus_is_not_the_bureaus_own() -> None:
    body = "九江市应急管理系统全年行政诉讼案件共9件。本局作为被告的行政诉讼案件1件。"
    found = _found(body, DEPARTMENT_2021, "admin_litigation_cases")
    assert [f.value for f in found if f.scope_kind != "other"] == [1]


def test_lawsuits_lost_are_no_lawsuit_count() -> None:
    body = "四是执法程序还存在薄弱环节，全年发生行政诉讼败诉案件1件，暴露出在扣押车辆后续处理环节上存在程序瑕疵。"
    assert _found(body, DEPARTMENT_2021, "admin_litigation_cases") == []


def test_a_share_above_the_standard_is_the_value_not_the_rule() -> None:
    body = "综合执法队现有持证执法人员21名，配备法制审核人员2名，法制审核人员占执法人员的比例高于5%的标准。"
    [f] = _found(body, STREET, "legal_review_staff_ratio")
    assert (f.value, f.bound, f.requirement) == (5, "more_than", False)


def test_the_district_named_with_the_year_is_the_district_in_a_streets_report() -> None:
    body = "全年调处矛盾纠纷438件，调解成功432件，调解成功率98.6%。思明区全年人民调解成功率为98.9%，街道略低于全区平均水平。"
    found = _found(body, STREET, "mediation_success_rate")
    assert [(float(f.value), f.scope_kind) for f in found] == [(98.6, ""), (98.9, "higher")]


def test_a_case_heard_without_the_head_is_no_count_of_cases_heard() -> None:
    body = "二是行政应诉存在短板，有1件开庭审理的行政诉讼案件，行政机关负责人因疫情防控任务未能出庭应诉。"
    assert _found(body, STREET, "court_cases_heard") == []


@pytest.mark.parametrize("body", ["区综合执法办案系统与省“互联网+监管”平台的数据对接仍在调试之中，尚未实现数据实时联通。",
                                  "区综合执法办案系统与省“互联网+监管”平台尚未实现数据联通，执法数据共享不够充分。"])
def test_the_systems_link_falling_short_is_not_the_system_missing(body: str) -> None:
    assert _found(body, COUNTY_2023, "unified_enforcement_system") == []
    [f] = _found(body, COUNTY_2023, "provincial_platform_data_link")
    assert f.negated


def test_each_heads_count_after_qizhong_is_summed() -> None:
    body = ("镇政府作为被告的行政诉讼案件3件，均已开庭审理，其中镇长出庭应诉1件，分管副镇长出庭应诉1件，"
            "另1件因开庭时正值疫情防控关键时期，负责人未能出庭。")
    [heads] = _found(body, TOWN_2025, "heads_in_court_count")
    [rate] = _found(body, TOWN_2025, "court_appearance_rate")
    assert (heads.value, heads.derived, round(float(rate.value), 1), rate.derived) == (2, True, 66.7, True)


def test_a_system_still_to_be_built_elsewhere_is_not_done() -> None:
    body = ("推进市、乡两级行政执法协调监督工作体系建设，今年在黔城镇、安江镇开展乡镇行政执法协调监督工作试点，"
            "其余乡镇（街道）的协调监督工作体系尚待全面建立。")
    [f] = _found(body, COUNTY_CITY, "enforcement_supervision_system")
    assert f.negated


def test_the_committee_whose_meeting_heard_the_report_is_no_scope() -> None:
    body = "办事处主任在区委全面依法治区委员会召开的述法评议会议上作了年度述法，接受区委依法治区委员会成员的现场评议。"
    [f] = _found(body, STREET, "leaders_report_on_rule_of_law")
    assert f.scope_kind == "" and not f.negated


def test_heads_trained_then_the_rest_not_in_one_sentence() -> None:
    body = ("街道办事处主任和4名班子成员参加了区委党校举办的法治专题脱产培训班，集中学习3天；"
            "另有2名班子成员因同期承担防汛值守任务，未能参加本年度法治专题脱产培训。")
    found = _found(body, STREET, "head_offjob_training")
    assert [(f.negated, f.scope_kind) for f in found] == [(False, "part"), (True, "part")]


# --- forms of sets KU–KX ----------------------------------------------------------------------------

def test_lower_units_filings_reviewed_by_the_justice_bureau_are_not_its_filings() -> None:
    body = "对县政府部门和乡镇报送备案的规范性文件21件进行备案审查，发现并督促纠正制定程序、文字表述等问题5个。"
    assert _found(body, JUSTICE_HEAD, "normative_docs_filed") == []


def test_the_count_before_cases_heard_is_heard_not_the_subset_after() -> None:
    body = "全年全县行政机关作为被告的一审行政诉讼案件89件，64件开庭审理的案件中有61件由行政机关负责人出庭应诉。"
    [heard] = _found(body, COUNTY_2023, "court_cases_heard")
    [heads] = _found(body, COUNTY_2023, "heads_in_court_count")
    assert (heard.value, heads.value) == (64, 61)


def test_only_some_decisions_published_is_not_done() -> None:
    body = "目前仅有部分行政复议决定书在县政府门户网站公开，公开的及时性和完整性有待提升。"
    [f] = _found(body, COUNTY_2023, "reconsideration_decisions_online")
    assert f.negated and f.scope_kind == "part"


def test_one_of_the_street_leaders_not_trained_is_a_part() -> None:
    body = "一是领导干部法治培训仍有短板，街道班子成员中有1名分管领导因疫情防控等工作冲突，未能参加法治专题脱产培训。"
    [f] = _found(body, STREET, "head_offjob_training")
    assert f.negated and f.scope_kind == "part"


def test_the_government_named_in_full_among_the_lawsuits_is_its_unit() -> None:
    body = "全市各级行政机关作为被告的一审行政诉讼案件146件，其中以武冈市人民政府为被告的19件。"
    found = _found(body, COUNTY_CITY, "admin_litigation_cases")
    assert [(f.value, f.scope_kind, f.scope) for f in found] == [(146, "whole", "全市"), (19, "unit", "武冈市人民政府")]


def test_filed_with_the_government_above_after_qizhong_is_no_scope() -> None:
    body = "全年以镇政府名义制发行政规范性文件3件。3件文件均经司法所审查、镇政府集体讨论后印发，其中报送县人民政府备案2件。"
    [f] = _found(body, TOWN_2025, "normative_docs_filed")
    assert (f.value, f.scope_kind) == (2, "")


def test_since_the_party_congress_is_a_span_not_the_year() -> None:
    body = "党的十八大以来，我市累计出台规范性文件140余件，本年度结合机构改革开展全面清理。"
    [f] = _found(body, COUNTY_CITY, "normative_docs_count")
    assert f.period == "党的十八大以来"


def test_a_data_sharing_exchange_linked_to_the_province_is_not_the_supervision_link() -> None:
    body = "推进数字政府建设，政务数据共享交换平台与省级平台对接，高频政务服务事项实现移动端办理。"
    assert _found(body, COUNTY_CITY, "provincial_platform_data_link") == []


def test_an_items_title_gives_way_to_the_sentence_after_it() -> None:
    body = ("二是开展会前学法。三是组织负责人脱产培训。9月，组织局机关各科室和各执法中队负责人参加市委党校举办的法治专题脱产培训班，"
            "因同期承担城区防汛应急值守任务，3名执法中队负责人未能参训。")
    found = _found(body, DEPARTMENT_2021, "head_offjob_training")
    assert [f.negated for f in found] == [True]


def test_others_reviewing_the_report_and_its_change_of_manner_say_nothing_more() -> None:
    body = "试点过程中，区委依法治区办对述法报告进行审核把关，组织区司法局对述法内容进行点评，推动述法由“述成绩”向“找差距”转变。"
    assert _found(body, COUNTY_2023, "leaders_report_on_rule_of_law") == []


# --- forms of sets KY–LB ----------------------------------------------------------------------------

def test_old_members_counted_before_the_new_ones_fell_short_are_a_part() -> None:
    body = "全年中队15名老队员的法律知识培训均在60学时以上；4名今年新进的执法人员由于入职时间较晚，年度培训学时未能达到60学时。"
    found = _found(body, STREET, "enforcement_training_hours")
    assert [(f.negated, f.scope_kind) for f in found] == [(False, "part"), (True, "part")]


def test_the_rest_after_an_exception_is_the_value_and_the_exception_its_shortfall() -> None:
    body = "全局执法人员中，除3名年中新入职的执法人员因入职时间较晚未完成全年培训任务外，其余人员均完成了60学时以上的法律知识培训。"
    found = _found(body, DEPARTMENT_2021, "enforcement_training_hours")
    assert [(f.negated, f.scope_kind, f.scope) for f in found if not f.negated] == [(False, "part", "其余人员")]


def test_the_units_heads_to_be_trained_in_a_plan_are_a_part() -> None:
    body = "二、2026年工作打算\n一是持续压实法治建设第一责任人职责，坚持领导干部集体学法制度，实现乡镇自然资源所负责人法治专题脱产培训全覆盖。"
    [f] = _found(body, DEPARTMENT_2021, "head_offjob_training")
    assert f.requirement and f.scope_kind == "part"


def test_a_legal_adviser_taking_part_in_a_lawsuit_is_no_lawsuit_count() -> None:
    body = "法律顾问还参与了2起生态环境损害赔偿案件的磋商和1起行政诉讼案件的应诉，为局依法决策提供了专业支撑。"
    assert _found(body, DEPARTMENT_2021, "admin_litigation_cases") == []


def test_the_city_average_in_brackets_is_the_citys() -> None:
    body = "进入庭审程序的44件案件中，行政机关负责人出庭应诉41件，出庭比例略高于全市平均水平（全市为91.5%）。"
    found = _found(body, COUNTY_2023, "court_appearance_rate")
    assert all(f.scope_kind == "higher" for f in found if f.value == 91.5) and any(f.value == 91.5 for f in found)


def test_the_towns_coverage_is_not_missed_for_the_departments_shortfall() -> None:
    body = ("县委依法治县办、县政府督查室联合开展法治政府建设专项督察，对11个乡镇实现法治督察全覆盖，对县直部门共督察15个单位，"
            "督察范围尚未覆盖全部县直部门。")
    [f] = _found(body, COUNTY_2023, "rule_of_law_inspection_coverage")
    assert not f.negated


@pytest.mark.parametrize("body", [
    "同步启动县乡两级行政执法协调监督工作体系建设，县司法局加挂县行政执法协调监督局牌子，乡镇一级的执法协调监督机制尚在探索建立之中。",
])
def test_a_system_still_being_explored_is_not_done(body: str) -> None:
    [f] = _found(body, COUNTY_2023, "enforcement_supervision_system")
    assert f.negated


def test_training_planned_then_put_off_is_not_done() -> None:
    body = "原计划安排街道主要负责同志和班子成员参加区委党校举办的法治专题脱产培训，因疫情防控原因培训班推迟举办。"
    [f] = _found(body, STREET, "head_offjob_training")
    assert f.negated


def test_the_shortcomings_a_report_covers_are_no_shortfall() -> None:
    body = "局主要负责人在年终述职中专项述法，述法报告重点报告学法用法、依法决策、执法监督和行政应诉等方面的履职情况以及存在的不足。"
    found = _found(body, DEPARTMENT_2021, "leaders_report_on_rule_of_law")
    assert found and all(not f.negated for f in found)


def test_a_rule_not_carried_out_is_a_shortfall_not_a_rule() -> None:
    body = "受工作任务集中等因素影响，局领导班子参加部门负责人法治专题脱产培训的要求没有落实；"
    [f] = _found(body, DEPARTMENT_2021, "head_offjob_training")
    assert f.negated and not f.requirement


def test_a_prohibition_with_its_rule_beside_it_is_the_rule() -> None:
    body = "明确严禁给执法机构和执法人员下达或者变相下达罚没指标，罚没收入与部门经费、个人绩效一律脱钩。"
    [f] = _found(body, COUNTY_2023, "no_fine_quotas")
    assert f.requirement


def test_a_platform_linking_not_smoothly_is_not_done() -> None:
    body = "部分部门与省“互联网+监管”平台的数据联通尚不顺畅，监管数据归集不完整。"
    [f] = _found(body, COUNTY_2023, "provincial_platform_data_link")
    assert f.negated and f.scope_kind == "part"


@pytest.mark.parametrize(("body", "value", "bound"), [
    ("全年组织执法人员培训4300余人次，执法人员人均完成学时66.5个。", 66.5, ""),
    ("组织全县行政执法人员参加法律知识和业务技能培训，人均完成学时60个以上，执法证件年审合格率100%。", 60, "at_least"),
])
def test_hours_with_the_unit_before_the_number_are_read(body: str, value: float, bound: str) -> None:
    [f] = _found(body, COUNTY_2023, "enforcement_training_hours")
    assert (float(f.value), f.unit, f.bound) == (value, "学时", bound)


# --- forms of sets LC–LF ----------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "全年办理行政复议案件32件，其中作出撤销、确认违法决定共4件，占12.5%，即行政复议纠错率。",
    "全年办理行政复议案件32件，其中作出撤销、确认违法决定共4件，占12.5%，亦即纠错率，较上年有所下降。",
])
def test_a_rate_named_after_its_value_is_read(body: str) -> None:
    [f] = _found(body, COUNTY_2023, "reconsideration_correction_rate")
    assert (float(f.value), f.unit) == (12.5, "%")


def test_a_count_before_that_is_named_is_not_a_rate() -> None:
    body = "全年办理行政复议案件32件，其中作出撤销决定4件，即行政复议纠错案件。"
    assert not _found(body, COUNTY_2023, "reconsideration_correction_rate")


@pytest.mark.parametrize("body", [
    "县委依法治县办采取听取汇报、查阅资料相结合的方式，对14个乡镇（街道）开展法治督察，实现乡镇（街道）全覆盖。",
    "区委依法治区办对全区10个镇（街道）开展法治督察，实现全覆盖。",
])
def test_the_towns_inspection_said_alone_is_the_governments_coverage(body: str) -> None:
    [f] = _found(body, COUNTY_2023, "rule_of_law_inspection_coverage")
    assert f.statement and not f.negated and f.scope_kind != "part"


def test_inspection_of_the_departments_alone_is_not_the_governments() -> None:
    body = "县委依法治县办组织对县直部门开展法治督察，实现部门全覆盖。"
    assert not _found(body, COUNTY_2023, "rule_of_law_inspection_coverage")


@pytest.mark.parametrize("body", [
    "经梳理，本局2025年度无重大行政决策事项，已按要求于3月在局门户网站公开“零事项”目录。",
    "本年度街道无列入区政府目录的重大行政决策事项，街道自行研究的重要事项均经集体讨论决定。",
    "经梳理，年内镇政府没有作出列入重大行政决策事项目录的决策事项，重大行政决策事项数为零。",
])
def test_no_major_decisions_is_a_count_of_zero(body: str) -> None:
    [f] = _found(body, STREET, "major_decisions_count")
    assert f.value == 0


def test_no_decision_left_unreviewed_is_no_count() -> None:
    body = "全年无一项重大行政决策事项未经合法性审查，无一项重大决策事项未经集体讨论决定。"
    assert not _found(body, STREET, "major_decisions_count")


@pytest.mark.parametrize(("body", "indicator"), [
    ("（四）行政复议体制改革全面完成\n按照省、市统一部署，相对集中行政复议职责改革于9月完成，县政府统一行使行政复议职责。\n",
     "reconsideration_system_reform"),
    ("（一）行政执法协调监督工作体系全面建成。印发实施方案，县、乡两级机构全部组建到位。\n",
     "enforcement_supervision_system"),
])
def test_a_heading_that_is_itself_the_claim_is_read(body: str, indicator: str) -> None:
    [f] = _found(body, COUNTY_2023, indicator)
    assert f.statement and not f.negated and not f.requirement


def test_a_heading_over_the_departments_claim_is_not_the_governments() -> None:
    body = "（五）法治督察实现全覆盖。采取专项督察、随机抽查等方式，对县政府38个工作部门实现法治督察全覆盖。\n"
    assert not _found(body, COUNTY_2023, "rule_of_law_inspection_coverage")


COUNTY_JUSTICE = "测试县司法局2024年法治政府建设年度报告\n2024年，县司法局坚持依法行政，全面推进法治政府建设。\n"


def test_the_districts_whole_in_a_streets_report_is_the_districts() -> None:
    body = "全年街道人民调解委员会受理矛盾纠纷412件，调解成功率98.3%。同期，金凤区人民调解组织整体调解成功率为97.6%。"
    found = _found(body, STREET, "mediation_success_rate")
    assert [(float(f.value), f.scope_kind) for f in found] == [(98.3, ""), (97.6, "higher")]


def test_short_of_a_share_of_the_officers_is_a_shortfall_not_the_share() -> None:
    body = "全市法制审核人员合计占执法人员总数的6.2%，但个别部门法制审核人员仍未达到本部门执法人员的5%。"
    found = _found(body, COUNTY_CITY, "legal_review_staff_ratio")
    assert [(f.value, f.negated, f.scope_kind) for f in found] == [(Fraction("6.2"), False, "whole"), (None, True, "part")]


def test_a_training_in_litigation_after_the_heads_rule_is_no_count_of_heads_in_court() -> None:
    body = "指导县直部门和乡镇落实行政机关负责人出庭应诉制度，组织行政应诉业务培训1次，开展旁听庭审活动2次。"
    assert not _found(body, COUNTY_JUSTICE, "heads_in_court_count")


def test_an_average_above_the_county_in_a_justice_bureaus_report_is_not_the_countys() -> None:
    body = "县政府行政复议纠错率高于全州平均水平（14.3%），本局已将纠错案件情况向有关单位通报并督促整改。"
    found = _found(body, COUNTY_JUSTICE, "reconsideration_correction_rate")
    assert found and all(f.scope_kind == "higher" for f in found)


def test_the_villages_catalogue_still_being_written_is_a_shortfall() -> None:
    body = "镇政府梳理本镇政务公开事项，镇级政务公开事项标准目录已编制完成并在县政府网站公开，村级政务公开事项目录目前仍在编制中。"
    [f] = _found(body, TOWN_2025, "grassroots_openness_standards")
    assert f.negated


def test_a_system_on_trial_is_not_built_and_what_it_covers_is_no_part() -> None:
    body = "覆盖县直执法部门和11个乡镇的统一综合执法办案系统于10月上线试运行，目前仍处于数据迁移和功能调试阶段。"
    [f] = _found(body, COUNTY_2023, "unified_enforcement_system")
    assert f.negated and f.scope_kind != "part"


def test_a_floor_with_its_sanction_is_a_rule_not_a_shortfall() -> None:
    body = "2024年工作安排：执法队员法律知识培训学时以60学时为底线，未达标的不得参加年度评优。"
    [f] = _found(body, COUNTY_2023, "enforcement_training_hours")
    assert f.requirement and f.bound == "at_least" and not f.negated


def test_the_basis_named_before_a_pilot_is_no_rule() -> None:
    body = ("按照省、市关于开展党政主要负责人述法工作的要求，县委依法治县办制定述法工作方案，"
            "在5个乡镇和6个县直部门先行试点，由试点单位主要负责人在年终述职时报告履职情况。")
    found = _found(body, COUNTY_2023, "leaders_report_on_rule_of_law")
    assert found and not any(f.requirement for f in found)


def test_works_an_office_coordinates_are_not_claimed_done() -> None:
    body = "县委依法治县办统筹推进法治政府建设示范创建、法治督察、述法评议等工作。"
    assert not _found(body, COUNTY_JUSTICE, "leaders_report_on_rule_of_law")


def test_units_urged_in_the_clause_before_scope_the_share() -> None:
    body = "二、2024年工作安排\n督促未达标的3个部门通过内部调剂等方式，年内将法制审核人员比例提高至5%以上。"
    [f] = _found(body, COUNTY_2023, "legal_review_staff_ratio")
    assert f.requirement and f.scope_kind == "part"


def test_a_few_members_named_in_the_clause_before_scope_the_shortfall() -> None:
    body = "三是领导干部法治培训不够均衡，个别班子成员因疫情防控任务繁重，未能参加法治专题脱产培训。"
    [f] = _found(body, STREET, "head_offjob_training")
    assert f.negated and f.scope_kind == "part"


@pytest.mark.parametrize(("body", "indicator", "value"), [
    ("全年在党组会议和局务会议前安排学法共18次，学习了新修订的农产品质量安全法。", "pre_meeting_law_study", 18),
    ("坚持逢会必学，在街道党政联席会议召开前安排学法内容，全年累计12次。", "pre_meeting_law_study", 12),
    ("全年组织市政府领导班子集体学法专题讲座2场，由法官、教授授课。", "leadership_law_lectures", 2),
    ("全年局发文中主动公开文件占比46%，依申请公开政府信息6件。", "document_disclosure_rate", 46),
    ("全年没有以街道办事处名义出台行政规范性文件。", "normative_docs_count", 0),
])
def test_further_names_of_the_figures(body: str, indicator: str, value: int) -> None:
    [f] = _found(body, COUNTY_2023, indicator)
    assert f.value == value


def test_none_issued_without_review_is_no_count_of_zero() -> None:
    body = "全年没有出现未经合法性审核即出台行政规范性文件的情况。"
    assert not _found(body, COUNTY_2023, "normative_docs_count")


@pytest.mark.parametrize("body", [
    "三是行政机关负责人出庭应诉尚未实现全覆盖，仍有3件开庭审理的案件负责人未能出庭。",
    "二是行政机关负责人出庭应诉还未做到全覆盖。",
])
def test_heads_in_court_not_yet_everywhere_is_the_rate_short(body: str) -> None:
    [f] = _found(body, COUNTY_2023, "court_appearance_rate")
    assert f.negated and f.value is None


def test_heads_in_court_everywhere_with_its_rate_reads_the_rate_once() -> None:
    body = "全年负责人出庭应诉33件，出庭应诉率100%，实现出庭应诉全覆盖。"
    [f] = _found(body, COUNTY_2023, "court_appearance_rate")
    assert f.value == 100 and not f.negated


def test_a_document_not_filed_on_time_is_the_filing_rate_short() -> None:
    body = "三是规范性文件报备不够及时，有1件规范性文件未能在规定时限内报送备案。"
    [f] = _found(body, COUNTY_2023, "normative_doc_filing_rate")
    assert f.negated and f.value is None


def test_the_counts_beside_a_late_filing_give_the_rate_instead() -> None:
    body = "全年县政府制发行政规范性文件6件，按规定报送市政府和县人大常委会备案5件，另有1件因工作衔接不到位，未能在规定时限内报送备案。"
    [f] = _found(body, COUNTY_2023, "normative_doc_filing_rate")
    assert f.derived and round(float(f.value), 1) == 83.3


def test_the_rate_said_short_beside_its_counts_stays_the_reports_words() -> None:
    body = "一是行政应诉工作仍有短板，全年7件开庭案件中负责人出庭6件，1件因公务冲突未能安排负责人出庭，负责人出庭应诉率未实现100%。"
    found = _found(body, STREET, "court_appearance_rate")
    assert [(f.negated, f.derived) for f in found] == [(True, False)]


def test_problems_found_in_others_are_not_the_reports_own() -> None:
    body = "对督察中发现的行政执法案卷不规范、规范性文件未按时报备、复议答复不及时等共性问题，以督察通报形式通报。"
    assert not _found(body, COUNTY_2023, "normative_doc_filing_rate")


# --- forms of sets LG–LJ ----------------------------------------------------------------------------

def test_the_courts_hearings_in_the_town_are_not_its_lawsuits() -> None:
    body = "积极配合区人民法院开展诉源治理，在镇综治中心设立巡回审判点，全年在镇里就地开庭和调解案件8件。"
    assert not _found(body, TOWN_2025, "court_cases_heard")


def test_the_other_members_after_an_exception_scope_the_shortfall() -> None:
    body = "五是除镇党委书记、镇长外，其他班子成员尚未参加过法治专题脱产培训，学法培训的深度不足。"
    [f] = _found(body, TOWN_2025, "head_offjob_training")
    assert f.negated and f.scope_kind == "part"


@pytest.mark.parametrize("body", [
    "镇党委书记、镇长分别参加了市委党校举办的法治专题培训班，两人均脱产参加了全程学习。",
    "6月，街道党工委书记、办事处主任参加了区委党校举办的法治专题脱产轮训。",
    "局长参加了县委党校举办的全县部门负责人法治专题培训班，脱产学习5天。",
])
def test_heads_trained_off_the_job_in_other_words(body: str) -> None:
    [f] = _found(body, STREET, "head_offjob_training")
    assert f.statement and not f.negated


def test_a_class_named_beside_those_who_attended_is_the_claim() -> None:
    body = "举办街镇、部门负责人法治专题脱产培训班1期，118名部门和街镇负责人脱产参训5天。"
    [f] = _found(body, COUNTY_2023, "head_offjob_training")
    assert not f.negated and f.scope_kind != "part"


def test_each_heads_count_before_the_streets_heads_total_is_not_read() -> None:
    body = "其中已开庭审理3件，办事处主任出庭1件、分管副主任出庭2件，街道负责人出庭应诉3件，出庭应诉率100%。"
    assert [f.value for f in _found(body, STREET, "heads_in_court_count")] == [3]


def test_a_catalogue_published_late_is_a_shortfall() -> None:
    body = "存在先定事项、后补程序的情况，重大行政决策目录公布时间偏晚。"
    [f] = _found(body, TOWN_2025, "major_decision_catalogue_published")
    assert f.negated


def test_that_bureau_scopes_the_share_to_the_bureau_named() -> None:
    body = "市综合行政执法局集中行使城市管理等执法权，一线执法人员占该局执法人员的88.4%。"
    [f] = _found(body, COUNTY_CITY, "frontline_enforcement_share")
    assert (f.scope_kind, f.scope) == ("unit", "市综合行政执法局")


def test_the_ratio_followed_before_the_result_is_not_a_rule() -> None:
    body = "各部门按照不低于执法人员总数5%的比例配备法制审核人员，31个部门的法制审核人员占比全部在5%以上。"
    found = _found(body, COUNTY_CITY, "legal_review_staff_ratio")
    assert [(f.requirement, f.bound) for f in found] == [(False, "at_least")]


def test_shortcomings_a_report_sets_out_are_no_shortfall() -> None:
    body = "局长在年终述职中述法，述法报告中如实查摆了本局在执法信息化、法治培训等方面的不足，并提出了整改措施。"
    found = _found(body, DEPARTMENT_2021, "leaders_report_on_rule_of_law")
    assert found and not any(f.negated for f in found)


def test_a_system_that_began_its_trial_is_not_built() -> None:
    body = "覆盖县、乡两级的统一综合行政执法办案系统已于11月开始试运行，部分乡镇已上线办理案件。"
    [f] = _found(body, COUNTY_2023, "unified_enforcement_system")
    assert f.negated


def test_the_rest_short_after_a_cause_leaves_those_trained_a_part() -> None:
    body = ("按照统一安排，镇党委副书记等3名班子成员参加了市委党校举办的乡镇负责人法治专题脱产培训班。"
            "受疫情防控和秋收工作影响，镇班子中有2名副职和部分站所负责人未能按期参加脱产培训，计划明年补训。")
    found = _found(body, TOWN_2025, "head_offjob_training")
    assert [(f.negated, f.scope_kind) for f in found] == [(False, "part"), (True, "part")]


# --- forms of sets LK–LN ----------------------------------------------------------------------------

def test_online_and_offline_is_no_system_gone_live() -> None:
    body = "镇执法队员全部开通县统一综合行政执法办案系统账号，执法案件推行线上线下同步办理。"
    assert _found(body, TOWN_2025, "unified_enforcement_system") == []


def test_a_catalogue_issued_to_be_carried_out_is_not_published() -> None:
    body = "年初县政府常务会议审定本年度重大行政决策事项目录并印发执行，纳入目录的决策事项4项。"
    assert _found(body, COUNTY_2023, "major_decision_catalogue_published") == []


def test_some_enforcement_bodies_of_all_are_a_part() -> None:
    body = "全县42个执法主体中，40个执法主体的执法人员人均完成法律知识培训60学时以上。"
    [f] = _found(body, COUNTY_2023, "enforcement_training_hours")
    assert (f.scope_kind, f.scope) == ("part", "40个执法主体")


def test_an_average_in_brackets_is_the_areas() -> None:
    body = "以街道办事处为被告的一审行政诉讼案件5件，审结4件，败诉1件，败诉率25%（全区同期平均败诉率为9.8%）。"
    found = _found(body, STREET, "litigation_loss_rate")
    assert [(f.value, f.scope_kind) for f in found if f.scope_kind != "higher"] == [(25, "")]


def test_some_of_the_cases_counted_after_them_are_not_their_count() -> None:
    body = "二是应诉质量有待提高，全年8件行政诉讼案件中有5件涉及房屋征收。"
    assert 5 not in [f.value for f in _found(body, STREET, "admin_litigation_cases")]


def test_the_towns_coverage_said_at_their_level_is_not_the_departments() -> None:
    body = "县委依法治县办对全县9个镇开展专项督察，实现镇级法治督察全覆盖，并抽取12个县直部门开展专项督察。"
    assert _found(body, COUNTY_2023, "department_inspection_coverage") == []


def test_a_bureaus_consumer_disputes_are_no_peoples_mediation() -> None:
    body = "县市场监督管理局调处消费纠纷300件，调解成功率95.2%。"
    assert _found(body, COUNTY_2023, "mediation_success_rate") == []


def test_problems_the_report_on_the_rule_of_law_found_are_no_shortfall_of_it() -> None:
    body = "对述法中发现的责任落实不到位等问题，由县委依法治县办列出清单、督促整改。"
    assert not any(f.negated for f in _found(body, COUNTY_2023, "leaders_report_on_rule_of_law"))


def test_data_keyed_into_the_provinces_platform_is_no_link() -> None:
    body = "目前街道尚未接入区统一办案系统，执法数据主要依托省行政执法监督平台填报上传。"
    assert _found(body, STREET, "provincial_platform_data_link") == []


def test_fewer_officers_than_the_report_has_are_some_of_them() -> None:
    body = ("本局现有持证执法人员23名，配备法制审核人员2名。\n"
            "全年组织执法业务培训8次，21名执法人员全年法律知识培训学时均在60学时以上。")
    [f] = [f for f in _found(body, DEPARTMENT_2021, "enforcement_training_hours") if not f.requirement]
    assert (f.scope_kind, f.scope) == ("part", "21名执法人员")


def test_a_ratio_to_the_officers_in_the_next_clause_is_the_share() -> None:
    body = "本局配备法制审核人员3名，与执法人员的配比为7.5%。"
    assert [f.value for f in _found(body, DEPARTMENT_2021, "legal_review_staff_ratio")] == [7.5]


def test_collective_study_before_meetings_is_study_before_meetings() -> None:
    body = "局党组会、局务会会前集体学法共14次，系统学习了行政处罚法等法律法规。"
    assert [f.value for f in _found(body, DEPARTMENT_2021, "pre_meeting_law_study")] == [14]


def test_lawsuits_brought_against_the_bureau_are_its_cases() -> None:
    body = "本年度，本局被提起行政诉讼3件，分别涉及土地登记和行政处罚。"
    assert [f.value for f in _found(body, DEPARTMENT_2021, "admin_litigation_cases")] == [3]


# --- forms of sets LO–LR ----------------------------------------------------------------------------

def test_a_value_compared_with_is_the_areas() -> None:
    body = "全年本局败诉1件，败诉率12.5%，略高于全县行政机关败诉率5.2%的平均水平。"
    found = _found(body, DEPARTMENT_2021, "litigation_loss_rate")
    assert [(float(f.value), f.scope_kind) for f in found] == [(12.5, ""), (5.2, "higher")]


def test_a_heard_case_the_head_missed_is_no_count_of_cases_heard() -> None:
    body = "二是负责人出庭应诉率尚未达到100%，全年有1件开庭案件未由街道负责人出庭。"
    assert _found(body, STREET, "court_cases_heard") == []


def test_problems_a_review_pointed_out_are_no_shortfall_of_it() -> None:
    body = "述法评议中指出的执法程序不够规范、合法性审查意见落实不到位等问题，已列入整改清单。"
    assert not any(f.negated for f in _found(body, COUNTY_2023, "leaders_report_on_rule_of_law"))


def test_a_canteens_diners_are_not_the_services_praise() -> None:
    body = "在各社区推行长者食堂助餐服务，用餐老人好评率97.5%。"
    assert _found(body, STREET, "service_praise_rate") == []


def test_school_disputes_are_no_peoples_mediation() -> None:
    body = "全年排查调处各类校园矛盾纠纷120件，调处成功115件，校园矛盾纠纷调处成功率95.8%。"
    assert _found(body, DEPARTMENT_2021, "mediation_success_rate") == []


def test_those_there_before_the_newcomers_are_a_part() -> None:
    body = "原有执法队员均完成了60学时的年度法律知识培训任务；今年新转隶的5名执法人员因到岗较晚，培训学时未达到60学时。"
    found = _found(body, STREET, "enforcement_training_hours")
    assert [(f.negated, f.scope_kind) for f in found] == [(False, "part"), (True, "part")]
    assert found[0].scope == "原有执法队员"


def test_the_departments_not_yet_covered_are_not_the_towns_coverage() -> None:
    body = "四是法治督察对县直部门还没有实现全覆盖，督察结果的运用还不够充分。"
    assert _found(body, COUNTY_2023, "rule_of_law_inspection_coverage") == []


def test_a_plan_heading_on_inspection_over_the_departments_is_not_the_towns() -> None:
    body = "四、2024年工作打算\n（三）推进法治督察全覆盖。完善法治督察工作机制，将市直部门纳入年度督察计划，推动督察整改落地见效。\n"
    assert _found(body, COUNTY_CITY, "rule_of_law_inspection_coverage") == []


def test_a_catalogue_issued_inside_only_is_not_published() -> None:
    body = "我局年度重大行政决策事项目录仅在局内印发执行，没有向社会公开。"
    [f] = _found(body, DEPARTMENT_2021, "major_decision_catalogue_published")
    assert f.negated


# --- forms of sets LS–LV ----------------------------------------------------------------------------

def test_where_newcomers_came_from_is_not_their_unit() -> None:
    body = "5名年中由区城管局转隶的执法人员入职时间较短，全年培训学时尚未达到60学时。"
    [f] = _found(body, STREET, "enforcement_training_hours")
    assert f.negated and f.scope_kind == "part"


def test_the_citys_enforcement_departments_in_a_bureaus_report_are_above_it() -> None:
    body = "据市司法局通报，全市行政执法部门法制审核人员占执法人员比例平均为6.2%。"
    [f] = _found(body, DEPARTMENT_2021, "legal_review_staff_ratio")
    assert f.scope_kind == "higher"


def test_those_moved_in_during_the_year_are_a_part() -> None:
    body = "本局执法人员数量有限，且2名年中调入的执法人员法律知识培训学时未达到60学时。"
    [f] = _found(body, DEPARTMENT_2021, "enforcement_training_hours")
    assert f.negated and f.scope_kind == "part"


def test_none_below_the_floor_is_at_least_it() -> None:
    body = "全县1200名行政执法人员全年法律知识培训时长无一低于60学时。"
    [f] = _found(body, COUNTY_2023, "enforcement_training_hours")
    assert (f.negated, f.bound, f.value) == (False, "at_least", 60)


def test_each_heads_count_before_the_total_in_appearances() -> None:
    body = "镇长出庭应诉2件，分管副镇长出庭应诉1件，行政机关负责人共出庭应诉3件次，庭审中发表意见。"
    assert [f.value for f in _found(body, TOWN_2025, "heads_in_court_count")] == [3]


def test_the_principal_heads_count_after_the_streets_total_is_a_breakdown() -> None:
    body = "人民法院开庭审理3件，街道负责人出庭应诉3件，出庭应诉率达到百分之百，街道主要负责人出庭1件。"
    assert [f.value for f in _found(body, STREET, "heads_in_court_count")] == [3]


def test_few_chances_to_train_off_the_job_are_a_shortfall() -> None:
    body = "二是班子成员参加法治专题脱产培训的机会较少，仅有1名班子成员参加了区委党校组织的法治专题培训班。"
    found = _found(body, STREET, "head_offjob_training")
    assert found and all(f.negated for f in found)


def test_the_units_a_plan_urges_are_its_share_scope() -> None:
    body = "2022年工作打算：督促其余3个单位在年内配齐法制审核人员，使其法制审核人员占执法人员的比例达到5%。"
    [f] = _found(body, DEPARTMENT_2021, "legal_review_staff_ratio")
    assert f.requirement and f.scope_kind == "part"


def test_an_aside_with_a_subject_of_its_own_is_another_figure() -> None:
    body = "将政务公开纳入县级目标绩效考核，分值权重为4%（法治政府建设在考核中的分值占比为8%）。"
    assert [f.value for f in _found(body, COUNTY_2023, "gov_openness_weight")] == [4]


def test_a_former_governments_documents_are_not_the_years() -> None:
    body = "组织开展撤县设市以来规范性文件专项清理，对以原某某县人民政府名义出台的134件规范性文件逐件梳理。"
    assert _found(body, COUNTY_CITY, "normative_docs_count") == []


def test_water_disputes_are_no_peoples_mediation() -> None:
    body = "全年调处上下游用水、堰塘权属等水事纠纷17起，调处成功率100%。"
    assert _found(body, DEPARTMENT_2021, "mediation_success_rate") == []


# --- forms of sets LW–LZ ----------------------------------------------------------------------------

def test_a_floor_said_as_bao_di_is_at_least() -> None:
    body = "2022年工作打算：执法人员年度法律知识培训保底60学时，增加专业领域的实战化培训比重。"
    [f] = _found(body, DEPARTMENT_2021, "enforcement_training_hours")
    assert (f.requirement, f.bound, f.value) == (True, "at_least", 60)


def test_the_villages_decisions_are_not_the_governments() -> None:
    body = "落实“四议两公开”工作法，村级重大事项全部按程序决策，全年经“四议两公开”程序决策事项214项。"
    assert _found(body, TOWN_2025, "major_decisions_count") == []



def test_shops_ratings_are_not_the_services_praise() -> None:
    body = "全镇电商平台店铺好评率普遍在98%以上，木制品出口额保持稳定增长。"
    assert _found(body, TOWN_2025, "service_praise_rate") == []


def test_a_catalogue_drafted_and_not_yet_published_is_not_done() -> None:
    body = "今年镇里首次着手编制本镇重大行政决策事项目录，目录草案已形成，目前正按程序征求意见，尚未向社会公开。"
    [f] = _found(body, TOWN_2025, "major_decision_catalogue_published")
    assert f.negated


def test_land_contract_disputes_are_no_peoples_mediation() -> None:
    body = "指导各镇（街道）调处土地承包经营纠纷260余件，调解成功率92.3%。"
    assert _found(body, DEPARTMENT_2021, "mediation_success_rate") == []


def test_problems_found_and_fixed_are_not_the_decisions() -> None:
    body = ("县委依法治县办组织开展法治督察，重点督察重大行政决策程序执行、行政执法规范化等情况，"
            "督察发现问题56个，已整改52个。")
    assert _found(body, COUNTY_2023, "major_decisions_count") == []


def test_not_one_person_below_the_floor_is_at_least_it() -> None:
    body = "全县执法人员年度法律知识培训学时无一人低于60学时。"
    [f] = _found(body, COUNTY_2023, "enforcement_training_hours")
    assert (f.negated, f.bound) == (False, "at_least")


def test_two_units_listed_are_a_part() -> None:
    body = "局属市殡葬管理所、市社会福利中心法制审核人员比例仍未达到5%。"
    [f] = _found(body, DEPARTMENT_2021, "legal_review_staff_ratio")
    assert (f.negated, f.scope_kind) == (True, "part")


def test_the_other_members_after_an_exception_are_a_part() -> None:
    body = "除局长外，局班子其他成员和下属单位负责人尚未参加法治专题脱产培训。"
    [f] = _found(body, DEPARTMENT_2021, "head_offjob_training")
    assert (f.negated, f.scope_kind) == (True, "part")


def test_the_regular_officers_counted_are_a_part() -> None:
    body = "2021年，镇综合行政执法局19名正式执法人员全年参加法律知识培训均超过60学时；年内新转隶的2名人员培训学时未达到60学时。"
    done = [f for f in _found(body, TOWN_2025, "enforcement_training_hours") if not f.negated]
    assert [(f.scope_kind, f.scope) for f in done] == [("part", "19名正式执法人员")]


# --- forms of sets MA–MD ----------------------------------------------------------------------------

def test_problems_found_after_an_inspection_list_are_not_the_decisions() -> None:
    body = ("县委依法治县办对9个乡镇开展法治政府建设专项督察。督察重点围绕第一责任人职责落实、重大行政决策程序执行、"
            "行政复议决定履行等内容，采取听取汇报、查阅资料等方式进行，共发现问题43个，已整改完成39个。")
    assert _found(body, COUNTY_2023, "major_decisions_count") == []


def test_the_city_average_with_its_year_before_its_name_is_the_citys() -> None:
    body = "从全市情况看，2022年张掖市行政复议平均纠错率为11.6%，我县纠错率略高于全市平均水平。"
    [f] = _found(body, COUNTY_2023, "reconsideration_correction_rate")
    assert (f.scope_kind, f.scope) == ("higher", "张掖市")


def test_the_most_one_officer_reached_is_no_figure() -> None:
    body = "执法队员每人全年参加集中轮训和网络培训，法律知识培训均超过60学时，其中学时最多的一名队员达到78学时。"
    assert [(float(f.value), f.bound) for f in _found(body, TOWN_2025, "enforcement_training_hours")] == [(60.0, "more_than")]


def test_consumer_disputes_settled_are_no_reconsideration_mediation() -> None:
    body = ("坚持依法分类处理信访诉求，对属于行政复议、诉讼、仲裁等法定途径解决的事项，引导群众依法按程序反映。"
            "街道协助市场监管部门处理消费纠纷96起，和解率91.7%，维护了消费者和经营者双方合法权益。")
    assert _found(body, STREET, "reconsideration_mediation_rate") == []


def test_the_whole_city_in_the_same_period_is_above_a_bureau() -> None:
    body = "全年本局负责人出庭应诉9件，出庭应诉率百分之百。全市同期行政机关负责人出庭应诉率为98.6%。"
    rates = {float(f.value): f.scope_kind for f in _found(body, DEPARTMENT_2021, "court_appearance_rate")}
    assert rates[98.6] == "higher"


def test_publishing_decisions_online_late_to_start_is_a_shortfall() -> None:
    body = "三是行政复议决定书网上公开起步较晚，年内仅公开了部分决定书，复议决定的示范引导作用发挥不够充分。"
    [f] = _found(body, COUNTY_2023, "reconsideration_decisions_online")
    assert f.negated


def test_the_weight_rule_named_after_the_weight_is_no_second_figure() -> None:
    body = "一是政务公开在全县绩效考核中的分值权重仅为3%，未达到上级规定的权重要求，对各部门的激励作用发挥不够。"
    [f] = _found(body, COUNTY_2023, "gov_openness_weight")
    assert float(f.value) == 3


def test_the_city_assessing_its_towns_sets_its_weight() -> None:
    body = "肇东市将政务公开在对乡镇绩效考核中的分值权重设定为4%，我镇对照考核细则逐项抓好落实。"
    [f] = _found(body, TOWN_2025, "gov_openness_weight")
    assert (f.scope_kind, f.scope) == ("higher", "肇东市")


def test_the_cases_already_heard_among_those_filed_are_the_heard_count() -> None:
    body = "本年度镇政府作为被告的行政诉讼案件3件，其中2件已开庭审理，镇长作为行政机关负责人出庭应诉2件；另1件尚未开庭。"
    assert [float(f.value) for f in _found(body, TOWN_2025, "court_cases_heard")] == [2.0]


# --- forms of sets ME–MH ----------------------------------------------------------------------------

def test_a_rule_asked_for_and_decoupled_revenue_is_the_requirement() -> None:
    body = "严格规范罚没收入管理，县政府明确要求严禁向行政执法部门下达或变相下达罚没指标，罚没收入同部门利益彻底脱钩。"
    [f] = _found(body, COUNTY_2023, "no_fine_quotas")
    assert f.requirement


def test_the_county_completing_its_reform_in_a_towns_report_is_the_countys() -> None:
    body = "今年起，伊通县完成行政复议体制改革，由县政府统一行使行政复议职责。"
    [f] = _found(body, TOWN_2025, "reconsideration_system_reform")
    assert (f.scope_kind, f.scope) == ("higher", "伊通县")


def test_a_level_still_in_pilot_after_the_system_was_set_up_is_a_shortfall() -> None:
    body = "县、乡两级行政执法协调监督工作体系已初步建立，县级层面运行顺畅，乡镇层面仍在试点推进。"
    [f] = _found(body, COUNTY_2023, "enforcement_supervision_system")
    assert f.negated


def test_hours_one_must_reach_are_a_floor() -> None:
    body = "执法队员法律知识培训实行学时台账管理，每人每年须满60学时，对学时不足的队员进行补训。"
    [f] = _found(body, TOWN_2025, "enforcement_training_hours")
    assert (float(f.value), f.bound) == (60.0, "at_least")


def test_reconsideration_and_litigation_cases_together_are_no_litigation_count() -> None:
    body = "全年审查合同协议23份，出具法律意见书17份，参与行政复议和行政诉讼案件办理19件，有效防范了法律风险。"
    assert _found(body, DEPARTMENT_2021, "admin_litigation_cases") == []


def test_a_catalogue_passed_by_the_standing_meeting_and_not_published_is_not_done() -> None:
    body = ("今年首次编制县政府重大行政决策事项年度目录，目录经县政府常务会议审议通过后在县政府系统内部印发执行，"
            "尚未向社会公开。")
    [f] = _found(body, COUNTY_2023, "major_decision_catalogue_published")
    assert f.negated


def test_quotas_abolished_and_never_issued_are_kept() -> None:
    body = "局党组明确执法中队考核只考办案质量和群众满意度，罚没指标一律取消，从未下达，罚没款全部缴入国库。"
    [f] = _found(body, DEPARTMENT_2021, "no_fine_quotas")
    assert (f.negated, f.requirement) == (False, False)


def test_no_reconsideration_corrected_is_a_zero_rate() -> None:
    body = "街道作为被申请人的行政复议案件2件，街道未发生复议被纠错情况。"
    assert [float(f.value) for f in _found(body, STREET, "reconsideration_correction_rate")] == [0.0]


def test_the_reviewers_cases_with_the_report_as_respondent_are_its_own() -> None:
    body = "汉中市人民政府受理的以县政府为被申请人的行政复议案件共4件，县政府均依法按期提交了答复意见。"
    [f] = _found(body, COUNTY_2023, "reconsideration_respondent_cases")
    assert (float(f.value), f.scope_kind) == (4.0, "whole")
    assert _found(body, COUNTY_2023, "reconsideration_cases") == []
    street = _found("区政府受理的以本街道为被申请人的行政复议案件1件，经审理予以维持。", STREET, "reconsideration_respondent_cases")
    assert [(float(f.value), f.scope_kind) for f in street] == [(1.0, "whole")]


# --- forms of sets MI–ML ----------------------------------------------------------------------------

def test_a_reform_among_problems_studied_is_not_claimed() -> None:
    body = ("全年县政府常务会议专题听取法治政府建设工作汇报3次，研究解决行政执法体制改革、行政复议体制改革、"
            "规范性文件清理等重点问题，印发《测试县2023年法治政府建设工作要点》，将37项具体任务逐项分解到责任单位，"
            "明确完成时限和责任人。")
    assert _found(body, COUNTY_2023, "reconsideration_system_reform") == []


def test_community_workers_hours_are_not_the_officers() -> None:
    body = "社区工作者和网格员全年人均参加业务和法律知识培训24学时，依法服务群众的能力进一步提升。"
    assert _found(body, STREET, "enforcement_training_hours") == []


def test_a_check_whether_quotas_exist_that_found_none_is_kept() -> None:
    body = "县财政局对各执法单位是否存在下达或变相下达罚没指标问题进行全面排查，未发现此类问题。"
    [f] = _found(body, COUNTY_2023, "no_fine_quotas")
    assert (f.negated, f.requirement, f.scope) == (False, False, "各执法单位")


def test_a_prohibition_then_revenue_decoupled_stays_the_rule() -> None:
    body = "严禁下达或者变相下达罚没指标，罚没收入与部门经费拨付全面脱钩。"
    [f] = _found(body, COUNTY_2023, "no_fine_quotas")
    assert f.requirement


def test_all_the_areas_organs_in_a_bureaus_report_are_above_it() -> None:
    body = "全市各行政机关行政诉讼败诉率为4.6%，本局所涉案件均未被判决败诉。"
    rates = [(float(f.value), f.scope_kind) for f in _found(body, DEPARTMENT_2021, "litigation_loss_rate") if f.value]
    assert rates == [(4.6, "higher")]


def test_a_rule_of_the_officers_share_is_read_before_the_staff_named() -> None:
    body = ("本局目前有持证执法人员8名，按照法制审核人员不少于本单位执法人员5%的要求，明确1名具有法律专业背景的"
            "工作人员从事法制审核工作，占本局执法人员的12.5%。")
    figs = _found(body, DEPARTMENT_2021, "legal_review_staff_ratio")
    assert [(float(f.value), f.bound, f.requirement) for f in figs] == [(5.0, "at_least", True), (12.5, "", False)]


def test_the_principal_heads_count_within_the_heads_is_not_added() -> None:
    body = "本年度我镇作为被告的行政诉讼案件4件。上述案件均已开庭审理，镇长及分管副镇长出庭应诉4件，其中镇长亲自出庭1件。"
    assert [float(f.value) for f in _found(body, TOWN_2025, "heads_in_court_count")] == [4.0]


def test_each_heads_count_before_the_leaders_total_is_not_the_count() -> None:
    body = "局长出庭应诉1件，分管副局长出庭应诉1件，局领导出庭应诉共2件，做到出庭出声出效果。"
    assert [float(f.value) for f in _found(body, DEPARTMENT_2021, "heads_in_court_count")] == [2.0]


# --- forms of sets MM–MP ----------------------------------------------------------------------------

def test_items_of_every_kind_reviewed_are_not_the_decisions() -> None:
    body = ("县司法局作为县政府合法性审查机构，全年审查县政府常务会议议题、县政府规范性文件、重大行政决策、"
            "政府合同等事项203件，提出法律意见。")
    assert _found(body, COUNTY_2023, "major_decisions_count") == []


def test_the_prefecture_level_in_a_countys_report_is_above_it() -> None:
    body = "全年县政府受理行政复议案件26件。2022年全县受理行政复议案件17件，州级层面2023年行政复议纠错率为13.2%。"
    rates = [(float(f.value), f.scope_kind) for f in _found(body, COUNTY_2023, "reconsideration_correction_rate")]
    assert rates == [(13.2, "higher")]


def test_one_member_of_the_team_not_trained_is_a_part() -> None:
    body = "局领导班子中1名新任副局长尚未参加法治专题脱产培训。"
    [f] = _found(body, DEPARTMENT_2021, "head_offjob_training")
    assert (f.negated, f.scope_kind) == (True, "part")


def test_a_rule_against_units_without_the_power_is_no_zero() -> None:
    body = "建立规范性文件制定主体清单，严禁没有制定权的内设机构和议事协调机构制发规范性文件。"
    assert _found(body, COUNTY_2023, "normative_docs_count") == []


def test_a_bureaus_lower_units_heads_are_a_part() -> None:
    body = ("一是法治培训覆盖面还不够广，委领导班子成员参加了法治专题脱产培训，但乡镇卫生院院长尚未参加过系统的"
            "法治专题脱产培训。")
    found = sorted((bool(f.negated), f.scope_kind) for f in _found(body, DEPARTMENT_2021, "head_offjob_training"))
    assert found == [(False, "part"), (True, "part")]  # the team that did (委领导班子成员), the heads who did not
    plan = "三、2022年工作打算\n（二）加强领导干部和执法人员培训。把法治培训向基层延伸，组织乡镇卫生院院长参加法治专题脱产培训；"
    assert [(f.requirement, f.scope_kind) for f in _found(plan, DEPARTMENT_2021, "head_offjob_training")] == [(True, "part")]


# --- forms of sets MQ–MT ----------------------------------------------------------------------------

FANG_COUNTY = "房县人民政府关于2023年度法治政府建设工作情况的报告\n2023年，县政府坚持依法行政，全面推进法治政府建设。\n"


def test_a_pilot_of_the_system_started_is_not_the_system_built() -> None:
    body = ("按照省司法厅部署，市政府启动行政执法协调监督工作体系建设试点，在市司法局和3个镇（街道）司法所先行探索，"
            "推动建立市、镇两级行政执法协调监督网络，试点工作正在推进中。")
    [f] = _found(body, COUNTY_2023, "enforcement_supervision_system")
    assert f.negated


def test_a_plan_in_an_items_name_is_not_a_plan() -> None:
    body = ("我局2021年度重大行政决策事项目录于4月在市政府门户网站向社会公布，共列入国土空间总体规划编制、"
            "城区土地储备计划调整、矿产资源总体规划实施管理等重大行政决策事项3项。")
    assert [(float(f.value), f.requirement) for f in _found(body, DEPARTMENT_2021, "major_decisions_count")] == [(3.0, False)]


def test_a_one_character_county_knows_the_city_above_it() -> None:
    body = "县政府本级制发行政规范性文件9件。十堰市全年制发市政府规范性文件21件，我县制发数量处于中等水平。"
    found = {float(f.value): f.scope_kind for f in _found(body, FANG_COUNTY, "normative_docs_count")}
    assert found[21.0] == "higher"


def test_documents_drafted_for_the_city_are_not_the_bureaus() -> None:
    body = "本局制发行政规范性文件1件。另起草以市政府名义印发的规范性文件2件，均经市司法局合法性审核后由市政府印发。"
    assert [float(f.value) for f in _found(body, DEPARTMENT_2021, "normative_docs_count")] == [1.0]


def test_applications_taken_at_service_points_are_not_the_caseload() -> None:
    body = ("县政府全年受理行政复议申请58件。在各乡镇司法所设立行政复议咨询受理点，群众可就近提交复议申请，"
            "全年通过受理点接收申请19件。")
    assert [float(f.value) for f in _found(body, COUNTY_2023, "reconsideration_cases")] == [58.0]


def test_training_due_and_missed_is_no_plan() -> None:
    body = ("按照区委组织部安排，街道主要负责人应参加区里10月举办的乡镇（街道）和部门负责人法治专题脱产培训班，"
            "但因同期辖区出现疫情，主要负责人须全时在岗指挥疫情处置，未能参加本期脱产培训，已向区委组织部申请参加下一期培训。")
    found = _found(body, STREET, "head_offjob_training")
    assert [(f.negated, f.requirement) for f in found] == [(True, False)]


# --- forms of sets MU–MX ----------------------------------------------------------------------------


def test_the_only_one_is_one() -> None:
    body = ("街道起草了《测试街道安置社区公共服务管理暂行办法》，经合法性审核和主任办公会议集体讨论后制发，"
            "这是今年街道制发的唯一一件行政规范性文件。")
    assert [float(f.value) for f in _found(body, STREET, "normative_docs_count")] == [1.0]


def test_a_rate_a_county_body_reported_for_all_the_towns_is_the_countys() -> None:
    body = ("全年通过“好差评”系统收到评价2413条，好评率100%。"
            "县政务服务中心反馈的全县乡镇便民服务中心年度好评率为99.9%，我镇好评情况位于全县前列。")
    found = {float(f.value): f.scope_kind for f in _found(body, TOWN_2025, "service_praise_rate")}
    assert found == {100.0: "", 99.9: "higher"}


def test_the_city_governments_catalogue_is_not_the_bureaus() -> None:
    body = ("积极配合市人民政府做好重大行政决策工作，市人民政府2021年度重大行政决策事项目录共列入6项事项，"
            "其中《测试市国土空间规划》由本局负责起草。")
    assert [f.scope_kind for f in _found(body, DEPARTMENT_2021, "major_decisions_count")] == ["higher"]


def test_a_system_not_yet_covering_all_the_towns_is_not_done() -> None:
    body = ("县级统一综合执法办案系统已完成部署，并在县直执法部门上线运行，向乡镇延伸的工作正在推进，"
            "目前5个乡镇处于试运行阶段，尚未覆盖全部乡镇。")
    assert [f.negated for f in _found(body, COUNTY_2023, "unified_enforcement_system")] == [True]


def test_the_citys_rate_in_a_county_justice_bureaus_report() -> None:
    body = "县政府审结行政复议案件37件，纠错5件，纠错率13.5%。全市行政复议纠错率为16.2%，我县低于全市平均水平。"
    found = {float(f.value): f.scope_kind for f in _found(body, COUNTY_JUSTICE, "reconsideration_correction_rate")}
    assert found[16.2] == "higher" and found[13.5] != "higher"


def test_still_needing_time_is_not_done() -> None:
    body = ("将基层政务公开标准化规范化建设向社区延伸，目前在3个社区开展试点，"
            "基层政务公开标准体系在全部社区建成尚需时日。")
    assert [f.negated for f in _found(body, STREET, "grassroots_openness_standards")] == [True]


def test_a_roll_out_over_the_county_then_the_towns_heads_who_did_it() -> None:
    body = "首次在全县范围推行述法工作，9个乡镇主要负责人全部在年终述职时开展述法，由县委依法治县办组织评议。"
    assert [(f.scope_kind, f.scope) for f in _found(body, COUNTY_2023, "leaders_report_on_rule_of_law")] == [("part", "9个乡镇主要负责人")]


def test_quotas_abolished_a_long_rule_and_amount_quotas() -> None:
    cancelled = "在全县年度目标考核中取消罚没收入指标，严格执行罚缴分离、收支两条线。"
    assert [(f.negated, f.requirement) for f in _found(cancelled, COUNTY_2023, "no_fine_quotas")] == [(False, False)]
    rule = "局党组会议专门作出规定：不得以任何形式向股室、市场监管所和执法人员下达或者变相下达罚没指标。"
    assert [(f.negated, f.requirement) for f in _found(rule, DEPARTMENT_2021, "no_fine_quotas")] == [(False, True)]
    kept = "本局对股室和市场监管所的年度考核中没有设置任何罚没数额指标。"
    assert [(f.negated, f.requirement) for f in _found(kept, DEPARTMENT_2021, "no_fine_quotas")] == [(False, False)]


# --- forms of sets MY–NB ----------------------------------------------------------------------------


def test_a_share_of_something_else_after_a_rate_is_not_the_rate_for_some() -> None:
    body = "全县各级人民调解组织共化解矛盾纠纷1.12万件，调解成功率98.2%，其中乡村两级调解的纠纷占比超过85%。"
    assert [float(f.value) for f in _found(body, COUNTY_2023, "mediation_success_rate")] == [98.2]


def test_a_shortfall_word_inside_the_object_of_a_plan() -> None:
    body = ("下一步，严格执行重大行政决策程序规定，及时公布年度重大行政决策事项目录，加强决策执行和后评估，"
            "对实施后明显未达到预期效果或者公众提出较多意见的决策及时调整完善。")
    assert [(f.negated, f.requirement) for f in _found(body, COUNTY_2023, "major_decision_catalogue_published")] == [(False, True)]


def test_a_catalogue_circulated_inside_and_not_published() -> None:
    body = "镇里年初虽编制了年度重大行政决策事项目录，但目录仅在镇内部印发，未向社会公开。"
    assert [f.negated for f in _found(body, TOWN_2025, "major_decision_catalogue_published")] == [True]


def test_a_level_still_being_improved_after_exploring_the_system() -> None:
    body = ("积极探索建立县乡两级行政执法协调监督工作体系，目前已在3个乡镇先行试点，"
            "县级层面的协调监督机制正在完善之中。")
    assert [f.negated for f in _found(body, COUNTY_2023, "enforcement_supervision_system")] == [True]


def test_two_members_who_missed_training_named_after_the_shortfall() -> None:
    body = ("街道法治政府建设仍存在一些短板：一是班子成员参加法治专题脱产培训的覆盖面还不够，"
            "受防汛救灾任务影响，有2名班子成员全年未能参加脱产培训。")
    assert [(f.negated, f.scope_kind, f.scope) for f in _found(body, STREET, "head_offjob_training")] == [(True, "part", "2名班子成员")]


def test_cases_a_legal_adviser_helped_study_are_no_caseload() -> None:
    body = ("局聘请1家律师事务所担任常年法律顾问，法律顾问全程参与重大执法案件研究和行政复议应诉案件办理，"
            "全年参与研究疑难复杂案件21件。全年以我局为被告的行政诉讼案件19件。")
    assert [float(f.value) for f in _found(body, DEPARTMENT_2021, "admin_litigation_cases")] == [19.0]


def test_a_squad_named_by_its_number_is_one_unit() -> None:
    body = ("局法规科和各执法大队共配备法制审核人员8名，法制审核人员占执法人员的比例为5.5%，"
            "其中城区执法一大队执法人员62名、法制审核人员2名，占比为3.2%。")
    found = {float(f.value): f.scope_kind for f in _found(body, DEPARTMENT_2021, "legal_review_staff_ratio")}
    assert found[3.2] == "unit"


def test_study_reported_in_the_year_end_report_is_not_the_duty_reported() -> None:
    body = "建立班子成员学法档案，班子成员全年参加各类法治学习均有记录可查，学习情况作为年度述职的重要内容。"
    assert _found(body, TOWN_2025, "leaders_report_on_rule_of_law") == []


def test_a_count_of_decisions_published_is_not_all_published() -> None:
    body = "全年县政府受理行政复议案件47件，已全部审结。全县已公开的行政复议决定书31件。"
    assert _found(body, COUNTY_2023, "reconsideration_decisions_online") == []


def test_the_next_sentence_goes_on_with_the_cases_counted() -> None:
    body = ("以镇政府为被告的行政诉讼案件2件，均涉及征迁补偿。上述案件均已开庭审理，行政机关负责人均出庭应诉，做到出庭又出声。"
            "镇政府作为被申请人的行政复议案件共4件，均已审结。这4件案件，镇政府均未被纠错。")
    assert [float(f.value) for f in _found(body, TOWN_2025, "court_cases_heard")] == [2.0]
    [heads] = _found(body, TOWN_2025, "heads_in_court_count")
    assert heads.value == 2 and "上述案件均已开庭审理" in heads.quote and "案件2件" in heads.quote
    other = "以镇政府为被告的行政诉讼案件2件，均涉及征迁补偿。上述案件中1件已开庭审理。"
    assert [float(f.value) for f in _found(other, TOWN_2025, "court_cases_heard")] == [1.0]


# --- forms of sets NC–NF ----------------------------------------------------------------------------


def test_the_one_case_told_then_heard_on_a_date() -> None:
    body = ("全年以本局为被告的行政诉讼案件1件，系一家建材企业不服本局作出的行政处罚决定提起诉讼，"
            "该案于9月开庭审理，由局长亲自出庭并当庭发言。")
    assert [float(f.value) for f in _found(body, DEPARTMENT_2021, "court_cases_heard")] == [1.0]


def test_a_property_dispute_success_rate_is_not_peoples_mediation() -> None:
    body = "健全物业纠纷调处机制，全年受理物业服务纠纷投诉412件，调处成功384件，物业纠纷调处成功率93.2%。"
    assert _found(body, DEPARTMENT_2021, "mediation_success_rate") == []


# --- forms of sets NG–NJ ----------------------------------------------------------------------------


def test_the_catalogue_named_again_after_its_items_is_not_published() -> None:
    body = ("本年度重大行政决策事项目录已经党工委会议审定，纳入事项1项，即城区农贸市场提升改造，"
            "但受疫情防控工作任务繁重等因素影响，目录未在县人民政府门户网站向社会公开。")
    assert [f.negated for f in _found(body, STREET, "major_decision_catalogue_published")] == [True]


def test_the_head_of_a_bureaus_institution_is_one_of_its_lower_units() -> None:
    missed = "一是法治学习培训覆盖还不够全面，局属事业单位县生态环境监测站的负责人尚未参加法治专题脱产培训。"
    assert [(f.negated, f.scope_kind) for f in _found(missed, DEPARTMENT_2021, "head_offjob_training")] == [(True, "part")]
    plan = "下一步，推动局属事业单位负责人参加法治专题脱产培训，实现领导干部法治培训全覆盖。"
    assert [(f.requirement, f.scope_kind) for f in _found(plan, DEPARTMENT_2021, "head_offjob_training")] == [(True, "part")]


def test_station_heads_organised_for_training_are_the_lower_units() -> None:
    body = "下一步，分期分批组织站所负责人参加法治专题脱产培训，提升基层干部运用法治思维的能力。"
    assert [(f.requirement, f.scope_kind) for f in _found(body, STREET, "head_offjob_training")] == [(True, "part")]


# --- forms of sets NK–NN ----------------------------------------------------------------------------


def test_procurement_challenges_lost_are_no_litigation() -> None:
    body = ("严格执行政府采购法律法规，全年组织实施政府采购项目38个，全部依法公开招标，未发生采购投诉和质疑败诉情况。"
            "全年以本局为被告的行政诉讼案件2件，均已审结，本局零败诉。")
    assert [(float(f.value), f.quote[:4]) for f in _found(body, DEPARTMENT_2021, "litigation_loss_rate")] == [(0.0, "全年以本")]


def test_members_counted_before_they_missed_training() -> None:
    body = "二是法治培训不到位，2名班子成员未参加法治专题脱产培训。"
    assert [(f.negated, f.scope_kind, f.scope) for f in _found(body, STREET, "head_offjob_training")] == [(True, "part", "2名班子成员")]


def test_a_county_rate_a_named_body_reported_in_a_streets_report() -> None:
    body = ("（二）深化人民调解。全年各级调解组织共排查调处矛盾纠纷236件，成功调解229件，调解成功率97%。"
            "县委政法委年中通报的全县调解成功率为96.8%，街道高于全县平均水平。")
    found = {float(f.value): f.scope_kind for f in _found(body, STREET, "mediation_success_rate")}
    assert found == {97.0: "", 96.8: "higher"}


def test_a_monthly_frequency_in_the_clause_after_the_term_is_no_count() -> None:
    body = "下一步，持续完善镇党政班子会会前学法制度，每月至少学法一次，全年会前学法不少于12次。"
    assert [(float(f.value), f.bound) for f in _found(body, TOWN_2025, "pre_meeting_law_study")] == [(12.0, "at_least")]


def test_the_meetings_held_in_the_clause_after_the_term_are_no_study_count() -> None:
    body = '镇政府坚持"第一议题"制度和会前学法制度，全年共召开镇长办公会议二十二次，会前学法十六次。'
    assert [float(f.value) for f in _found(body, TOWN_2025, "pre_meeting_law_study")] == [16.0]


def test_effectiveness_short_is_not_coverage_missed() -> None:
    body = ("五是法治督察的实效性有待提高，法治建设考核的精细化水平还不够高，"
            "少数部门对法治政府建设重视程度不够。")
    assert _found(body, COUNTY_2023, "department_inspection_coverage") == []


def test_some_comrades_of_the_team_still_untrained() -> None:
    body = "班子成员中仍有同志未能参加县上组织的脱产培训，学法的系统性不够。"
    assert [(f.negated, f.scope_kind) for f in _found(body, STREET, "head_offjob_training")] == [(True, "part")]


def test_the_lower_units_heads_as_the_sentences_subject_then_the_term_again() -> None:
    body = "三是述法工作延伸不够。社区（村）党组织书记述法目前仍处于试点阶段，述法的覆盖面和规范性有待提升。"
    found = [(f.negated, f.scope_kind) for f in _found(body, STREET, "leaders_report_on_rule_of_law")]
    assert (True, "part") in found and (True, "") not in found


# --- forms of sets NO–NR ----------------------------------------------------------------------------


def test_not_yet_formally_online_is_not_done() -> None:
    body = "统一综合执法办案系统至今未正式上线运行，部门间执法信息共享不够充分。"
    assert [f.negated for f in _found(body, COUNTY_2023, "unified_enforcement_system")] == [True]


def test_a_report_published_after_the_yearly_deadline_is_late() -> None:
    body = "本局2020年度法治政府建设情况报告于2021年4月初在市政府网站公开，晚于每年3月31日前公开的时限要求。"
    assert [f.negated for f in _found(body, DEPARTMENT_2021, "annual_report_published")] == [True]


def test_heads_of_the_units_under_a_commission_are_its_lower_units() -> None:
    body = "下一步，组织委属单位负责人分期分批参加法治专题脱产培训，提升依法管理能力。"
    assert [(f.requirement, f.scope_kind) for f in _found(body, DEPARTMENT_2021, "head_offjob_training")] == [(True, "part")]


def test_the_governments_own_cases_after_the_countys_are_one_unit() -> None:
    body = "全年全县新收一审行政诉讼案件356件；县政府作为被告的案件58件，较上年有所减少。"
    found = {float(f.value): f.scope_kind for f in _found(body, COUNTY_2023, "admin_litigation_cases")}
    assert found == {356.0: "whole", 58.0: "unit"}


# --- forms of sets NS–NV ----------------------------------------------------------------------------
COUNTY_BUREAU = "测试县应急管理局2025年法治政府建设年度报告\n2025年，本局坚持依法行政，全面推进法治政府建设。\n"


def test_a_system_whose_building_has_only_begun_is_not_there() -> None:
    body = ("县政府出台实施方案，明确县司法局和乡镇（街道）司法所的协调监督职责，县、乡两级行政执法协调监督工作体系"
            "建设已全面启动，乡镇一级协调监督机制目前仍在试点完善之中。")
    found = [(f.negated, f.scope_kind) for f in _found(body, COUNTY_2023, "enforcement_supervision_system")]
    assert found == [(True, "part")]  # the towns' level still piloting; the offices given duties are no scope


def test_a_first_draft_still_out_for_comment_is_not_done() -> None:
    body = "按照基层政务公开标准化规范化要求，镇级政务公开事项标准目录已完成初稿，目前正在征求县政务公开办意见。"
    assert [f.negated for f in _found(body, TOWN_2025, "grassroots_openness_standards")] == [True]


def test_a_three_year_campaigns_total_is_not_the_years() -> None:
    body = "三年行动期间，我局共办理行政复议应诉案件31件，行政争议呈逐年下降趋势。"
    assert [f.period for f in _found(body, COUNTY_BUREAU, "admin_litigation_cases")] == ["三年行动期间"]


def test_units_listed_and_counted_in_the_clause_before_a_rate_each_of_them() -> None:
    body = ("县市场监管、生态环境、文化市场、交通运输、农业、应急管理六支综合执法队伍下沉执法力量，"
            "一线执法人员占比均超过70%。")
    assert [(f.bound, f.scope_kind) for f in _found(body, COUNTY_2023, "frontline_enforcement_share")] == [("more_than", "part")]


def test_done_in_some_departments_then_not_built_across_the_semicolon() -> None:
    body = ("投入资金280万元开发区级综合行政执法办案系统，已在区市场监管局等11个区直执法部门上线运行，实现案件网上流转；"
            "镇（街道）端目前仅在两个街道开展试点，覆盖区、镇两级的统一综合执法办案系统尚未全面建成。")
    assert [f.negated for f in _found(body, COUNTY_2023, "unified_enforcement_system")] == [True]


def test_those_not_yet_trained_all_to_attend_are_some_of_the_team() -> None:
    body = "三、2026年工作打算\n（一）压实责任。年内组织未参训的班子成员全部参加法治专题脱产培训。"
    found = [(f.requirement, f.scope_kind) for f in _found(body, COUNTY_BUREAU, "head_offjob_training")]
    assert found == [(True, "part")]


def test_the_deputy_in_charge_of_a_field_is_one_of_the_team() -> None:
    missed = "分管综合行政执法工作的副镇长因防汛救灾、森林防火任务重，尚未参加法治专题脱产培训。"
    assert [(f.negated, f.scope_kind) for f in _found(missed, TOWN_2025, "head_offjob_training")] == [(True, "part")]
    planned = "推动分管综合行政执法工作的班子成员参加法治专题脱产培训，提升领导干部依法行政能力。"
    assert [f.scope_kind for f in _found(planned, TOWN_2025, "head_offjob_training")] == ["part"]


def test_a_reform_named_among_the_reports_heard_is_no_claim() -> None:
    body = ("县政府常务会议先后6次听取法治政府建设、行政复议体制改革、综合行政执法改革等工作汇报，"
            "将年度任务分解为38项具体措施，逐项明确责任单位和完成时限。")
    assert _found(body, COUNTY_2023, "reconsideration_system_reform") == []


def test_another_platform_linked_to_the_one_above_is_not_the_supervision_link() -> None:
    body = "依托自治区一体化政务服务平台，推动县直部门业务系统与上级平台对接，政务数据共享交换量较上年明显增加。"
    assert _found(body, COUNTY_2023, "provincial_platform_data_link") == []


def test_disputes_handled_before_the_decisions_named_are_not_decisions() -> None:
    body = "法律顾问出具法律意见书12份，参与处理涉法信访和劳动争议事项4件，重大行政决策合法性审查实现全覆盖。"
    assert _found(body, COUNTY_BUREAU, "major_decisions_count") == []


def test_openness_not_complete_is_a_shortfall() -> None:
    body = "二是行政复议决定书网上公开不全面，还未做到依法应公开的全部公开。"
    assert [f.negated for f in _found(body, COUNTY_JUSTICE, "reconsideration_decisions_online")] == [True]


def test_the_systems_average_held_up_as_the_measure_is_not_the_bureaus() -> None:
    body = "对照全市应急管理系统法制审核人员平均5.6%的配备水平，我局法制审核力量明显偏弱，已提出增配申请。"
    assert [f.scope_kind for f in _found(body, COUNTY_BUREAU, "legal_review_staff_ratio")] == ["other"]


def test_a_prefectures_rate_said_as_the_whole_area() -> None:
    body = "县政府负责人出庭应诉率100%。据地区统计，全地区行政机关负责人出庭应诉率为98.2%。"
    found = {float(f.value): f.scope_kind for f in _found(body, COUNTY_2023, "court_appearance_rate")}
    assert found[98.2] == "higher"


# --- forms of sets NW–NZ ----------------------------------------------------------------------------


def test_lists_entered_but_the_link_itself_not_made() -> None:
    body = ("卫生健康领域监管事项目录清单和检查实施清单已全部录入省“互联网+监管”系统，"
            "但我局监管业务数据与省平台的实时联通尚未实现，监管行为数据仍需人工录入上报。")
    assert [f.negated for f in _found(body, COUNTY_BUREAU, "provincial_platform_data_link")] == [True]


def test_a_young_catalogue_practice_is_not_the_catalogue_unpublished() -> None:
    body = ("五是依法决策的精细化程度不够。重大行政决策事项目录编制还处于起步阶段，决策后评估机制尚未建立，"
            "部分村（社区）在议定集体事务时“四议两公开”程序执行不够严格。")
    assert _found(body, TOWN_2025, "major_decision_catalogue_published") == []


def test_the_provincial_platform_used_to_handle_cases_is_not_the_link() -> None:
    body = "四是统一综合执法办案系统仍在建设中，目前主要依托省级平台办案，部门间执法数据共享不够顺畅。"
    assert _found(body, COUNTY_2023, "provincial_platform_data_link") == []


def test_the_average_of_the_governments_under_the_city_above() -> None:
    body = "据延边州中级人民法院通报，延边州各县市行政机关负责人出庭应诉率平均为89.6%，我市高于平均水平。"
    assert [f.scope_kind for f in _found(body, COUNTY_CITY, "court_appearance_rate")] == ["higher"]


def test_a_lateness_to_be_avoided_is_a_rule_and_its_cause_no_scope() -> None:
    late = ("本局2024年度法治政府建设年度报告未能在规定时限内向社会公开，反映出部分工作人员对法治政府建设年度报告"
            "制度的严肃性认识不足，工作衔接不够紧密。")
    assert [(f.negated, f.scope_kind) for f in _found(late, COUNTY_BUREAU, "annual_report_published")] == [(True, "")]
    rule = "三、2026年工作安排\n明确专人负责年度报告的起草、审议、报送和公开工作，坚决杜绝延迟公开问题再次发生。"
    assert not any(f.negated for f in _found(rule, COUNTY_BUREAU, "annual_report_published"))


def test_the_one_case_heard_in_the_next_sentence_with_its_head() -> None:
    body = ("全年以本局为被告的一审行政诉讼案件1件，系当事人对本局作出的限期拆除决定不服提起诉讼。"
            "该案于9月开庭审理，局长亲自出庭应诉，在庭审中就案件事实、法律依据充分发表意见。")
    assert [float(f.value) for f in _found(body, COUNTY_BUREAU, "court_cases_heard")] == [1.0]
    assert [float(f.value) for f in _found(body, COUNTY_BUREAU, "heads_in_court_count")] == [1.0]
    assert [(float(f.value), f.derived) for f in _found(body, COUNTY_BUREAU, "court_appearance_rate")] == [(100.0, True)]


def test_a_verdict_still_pending_is_no_shortfall_of_the_rate() -> None:
    body = "该案已开庭审理，局长亲自出庭应诉，负责人出庭应诉率100%，目前一审尚未宣判。"
    assert [f.negated for f in _found(body, COUNTY_BUREAU, "court_appearance_rate")] == [False]


def test_none_this_year_beside_last_years_count() -> None:
    body = "全年未发生以本局为被申请人的行政复议案件，2024年为2件。"
    found = {(float(f.value), f.year) for f in _found(body, COUNTY_BUREAU, "reconsideration_respondent_cases")}
    assert found == {(0.0, None), (2.0, 2024)}  # the year's none, and last year's count shown as last year's


# --- forms of sets OA–OD ----------------------------------------------------------------------------


def test_the_departments_not_yet_inspected_are_the_object_of_the_plan() -> None:
    body = "三、2026年工作安排\n用好法治督察手段，对上年度未开展实地督察的6个部门逐一开展督察，实现法治督察对县政府部门的全覆盖。"
    found = [(f.requirement, f.negated) for f in _found(body, COUNTY_2023, "department_inspection_coverage")]
    assert found == [(True, False)]


def test_a_catalogue_issued_inside_and_not_put_out_through_the_website() -> None:
    body = "但决策事项目录仅以镇政府文件形式在内部印发，未通过县政府网站和镇政务公开栏向社会公开，公开环节存在缺失。"
    assert [f.negated for f in _found(body, TOWN_2025, "major_decision_catalogue_published")] == [True]


def test_station_heads_arranged_to_attend_are_some() -> None:
    for body, head in (("四、2026年工作打算\n每年为镇领导班子举办法治专题讲座不少于2期，分批次安排站所负责人参加法治专题脱产培训。", TOWN_2025),
                       ("四、2026年工作打算\n坚持局主要负责人年终述法，局党组中心组全年举办法治专题讲座不少于2期，分批组织基层所所长参加法治专题脱产培训。",
                        COUNTY_BUREAU)):
        assert [(f.requirement, f.scope_kind) for f in _found(body, head, "head_offjob_training")] == [(True, "part")]


def test_the_heard_case_no_head_attended_is_not_the_heard_count() -> None:
    body = "负责人出庭应诉还没有做到全覆盖，1件开庭案件没有镇领导出庭应诉；在作出限期拆除决定时，送达程序还存在瑕疵。"
    assert _found(body, TOWN_2025, "court_cases_heard") == []
    assert [f.negated for f in _found(body, TOWN_2025, "court_appearance_rate")] == [True]


def test_two_named_bureaus_below_the_rule_one_with_a_long_name() -> None:
    body = "县直执法部门法制审核人员占执法人员的比例平均达到6.2%，但县交通运输局、县文化体育广播电视和旅游局仍低于5%。"
    short = [f for f in _found(body, COUNTY_2023, "legal_review_staff_ratio") if f.negated]
    assert [(f.scope_kind, f.scope) for f in short] == [("part", "县交通运输局、县文化体育广播电视和旅游局")]


# --- forms of sets OE–OH ----------------------------------------------------------------------------


def test_the_weight_in_the_countys_assessment_of_the_towns_is_the_countys() -> None:
    for body in ("县政府将政务公开纳入对乡镇（街道）的年度绩效考核，分值权重为4%，街道对照考核细则逐项抓好落实。",
                 "县里对各乡（镇）年度绩效考核中，政务公开分值权重为4%。"):
        assert [f.scope_kind for f in _found(body, STREET, "gov_openness_weight")] == ["higher"]


def test_the_citys_rate_for_the_same_period_after_er() -> None:
    body = "行政复议纠错率14.8%，调解和解率27.3%，而同期全市行政复议纠错率为16.2%。"
    found = {float(f.value): f.scope_kind for f in _found(body, COUNTY_2023, "reconsideration_correction_rate")}
    assert found == {14.8: "", 16.2: "higher"}


def test_a_document_with_a_cause_not_filed_is_not_the_documents_count() -> None:
    body = "三是规范性文件报备管理还有薄弱环节，1件规范性文件因印发时间较晚，年底前未能完成报备。"
    assert _found(body, COUNTY_BUREAU, "normative_docs_count") == []


# --- forms of sets OI–OL ----------------------------------------------------------------------------


def test_a_system_built_at_one_level_while_the_level_below_pilots_is_not_done() -> None:
    body = "县级行政执法协调监督工作体系已经建立，乡镇一级的协调监督工作仍在试点之中。"
    found = _found(body, COUNTY_2023, "enforcement_supervision_system")
    assert [(f.negated, f.scope_kind, f.scope) for f in found] == [(True, "part", "乡镇")]


def test_the_audience_named_in_a_class_attended_is_not_the_scope() -> None:
    body = "局长于5月参加了县委党校举办的县直部门主要负责人法治专题脱产培训班，系统学习了依法行政相关知识。"
    assert [(f.scope_kind, f.scope) for f in _found(body, COUNTY_BUREAU, "head_offjob_training")] == [("", "")]
    body = "街道办事处主任参加了区委党校举办的为期5天的乡镇（街道）负责人法治专题脱产培训班。"
    assert [f.scope_kind for f in _found(body, STREET, "head_offjob_training")] == ["whole"]


def test_a_link_still_being_tuned_is_not_done_and_where_data_is_sent_is_no_scope() -> None:
    body = ("执法队依托省行政执法与监督平台办理案件。但日常巡查数据目前仍由执法人员在平台外整理后报送市级部门汇总，"
            "与省“互联网+监管”平台的数据直接联通尚处在对接调试阶段。")
    found = _found(body, STREET, "provincial_platform_data_link")
    assert [(f.negated, f.scope_kind) for f in found] == [(True, "")]


def test_each_ones_count_in_brackets_is_not_the_heads_count() -> None:
    body = "全年本局作为被告的行政诉讼案件2件，2件均已开庭审理，均由局负责人出庭应诉（局长、分管副局长各1件）。"
    assert [f.value for f in _found(body, COUNTY_BUREAU, "heads_in_court_count")] == [2]
    body = "全年仍发生行政复议和行政诉讼案件各1件。"
    assert [f.value for f in _found(body, COUNTY_BUREAU, "admin_litigation_cases")] == [1]


def test_a_count_of_the_units_after_zhong_with_no_noun_is_a_part() -> None:
    body = "经核查，全县32个执法单位中29个的法制审核人员达到本单位执法人员总数的5%，县水务局仍未达到5%。"
    met = [f for f in _found(body, COUNTY_JUSTICE, "legal_review_staff_ratio") if not f.negated]
    assert [(f.value, f.scope_kind, f.scope) for f in met] == [(5, "part", "32个执法单位中29个")]


def test_one_named_unit_below_the_rule_after_those_that_met_it_is_that_units_shortfall() -> None:
    body = "全县29个单位的法制审核人员达到5%，县水务局仍未达到5%。"
    found = sorted(((f.negated, f.scope_kind, f.scope) for f in _found(body, COUNTY_JUSTICE, "legal_review_staff_ratio")))
    assert found == [(False, "whole", "全县"), (True, "part", "县水务局")]


def test_cases_that_went_to_trial_are_the_heard_count() -> None:
    body = "进入庭审程序的33件案件中，有30件由行政机关负责人出庭应诉。"
    assert [f.value for f in _found(body, COUNTY_2023, "court_cases_heard")] == [33]
    rate = _found(body, COUNTY_2023, "court_appearance_rate")
    assert [(round(float(f.value), 1), f.derived) for f in rate] == [(90.9, True)]


def test_cases_taken_by_the_government_as_the_review_body() -> None:
    body = "县政府作为复议机关全年受理案件31件，其中改革后受理22件。"
    assert [f.value for f in _found(body, COUNTY_2023, "reconsideration_cases")] == [31]


def test_the_governments_own_cases_as_a_share_of_the_areas_without_qizhong() -> None:
    body = "全县各级行政机关全年新收一审行政应诉案件46件，县政府作为被告的占12件。"
    found = {f.value: (f.scope_kind, f.scope) for f in _found(body, COUNTY_2023, "admin_litigation_cases")}
    assert found == {46: ("whole", "全县"), 12: ("unit", "县政府")}


def test_some_cases_without_the_head_in_court_is_the_rate_short() -> None:
    body = "四是行政应诉工作有待加强，个别案件行政机关负责人未出庭应诉，行政机关败诉案件仍有发生。"
    assert [f.negated for f in _found(body, COUNTY_2023, "court_appearance_rate")] == [True]


def test_a_weakness_still_there_is_no_scope() -> None:
    body = "二是行政应诉工作仍有短板，行政机关负责人出庭应诉率尚未达到100%。"
    assert [(f.negated, f.scope_kind) for f in _found(body, COUNTY_2023, "court_appearance_rate")] == [(True, "")]


def test_some_members_after_an_exception_are_the_shortfalls_scope() -> None:
    body = "一是干部法治能力仍有短板，班子成员参加法治专题脱产培训的覆盖面不够，除主要负责人外，仍有部分班子成员未参加过此类培训；"
    found = _found(body, STREET, "head_offjob_training")
    assert [(f.negated, f.scope_kind, f.scope) for f in found] == [(True, "part", "仍有部分班子成员")]


def test_lower_governments_named_in_a_list_are_the_scope() -> None:
    body = "三是行政机关负责人出庭应诉工作仍有短板，钟祥市、掇刀区负责人出庭应诉率未达到100%。"
    found = _found(body, COUNTY_2023, "court_appearance_rate")
    assert [(f.negated, f.scope_kind, f.scope) for f in found] == [(True, "part", "钟祥市、掇刀区")]


def test_a_value_of_some_units_does_not_hide_the_wholes_shortfall() -> None:
    body = "行政机关负责人出庭应诉率仍然偏低，个别部门负责人出庭应诉率不足50%。"
    found = sorted((f.negated, f.scope_kind) for f in _found(body, COUNTY_2023, "court_appearance_rate"))
    assert found == [(False, "part"), (True, "")]


# --- forms of sets OM–OT ----------------------------------------------------------------------------


def test_no_case_of_one_outcome_is_not_zero_cases() -> None:
    body = "依法办理政府信息公开申请，全年未发生因信息公开被确认违法的行政复议和行政诉讼案件。"
    assert _found(body, COUNTY_2023, "admin_litigation_cases") == []


def test_the_countys_rate_for_the_year_in_a_bureaus_report_is_the_countys() -> None:
    body = "全年全县行政机关负责人出庭应诉率为92.3%，本局与全县平均水平相比还有差距。"
    assert [f.scope_kind for f in _found(body, COUNTY_BUREAU, "court_appearance_rate")] == ["higher"]


def test_a_case_only_the_agent_attended_is_not_the_heard_count() -> None:
    body = "本局负责人出庭应诉尚未覆盖全部开庭案件，全年有1件开庭案件仅由委托代理人出庭；"
    assert _found(body, COUNTY_BUREAU, "court_cases_heard") == []
    assert [f.negated for f in _found(body, COUNTY_BUREAU, "court_appearance_rate")] == [True]


def test_the_bureaus_organ_and_team_and_its_stations_are_parts() -> None:
    body = "局机关和执法大队执法人员全年参加法律知识培训均达到60学时以上。"
    assert [(f.scope_kind, f.scope) for f in _found(body, COUNTY_BUREAU, "enforcement_training_hours")] == [
        ("part", "局机关和执法大队")]
    body = "二是派驻乡镇（片区）自然资源所的执法人员年度法律知识培训学时未达到60学时。"
    assert [(f.negated, f.scope_kind, f.scope) for f in _found(body, COUNTY_BUREAU, "enforcement_training_hours")] == [
        (True, "part", "派驻乡镇（片区）自然资源所")]


def test_the_villages_decisions_are_not_the_towns() -> None:
    body = "指导各村对村级重大事项实行“四议两公开”，全年各村按程序决策事项187件。"
    assert _found(body, TOWN_2025, "major_decisions_count") == []


def test_the_respondents_cases_broken_down_by_reviewer_give_no_other_count() -> None:
    body = "全年以本局为被申请人的行政复议案件4件，其中县人民政府受理3件、太原市生态环境局受理1件。"
    assert [f.value for f in _found(body, COUNTY_BUREAU, "reconsideration_respondent_cases")] == [4]


def test_a_prefectures_system_rate_is_anothers() -> None:
    body = "全州交通运输系统行政机关负责人出庭应诉率为96.4%，本局在全州交通运输系统考核中位次靠前。"
    assert [f.scope_kind for f in _found(body, COUNTY_BUREAU, "court_appearance_rate")] == ["other"]


def test_cases_the_departments_took_before_the_reform_are_not_the_governments() -> None:
    body = "改革前由各部门受理的复议案件7件，已全部依法审结。"
    assert _found(body, COUNTY_2023, "reconsideration_cases") == []


def test_a_system_still_being_put_together_is_not_done() -> None:
    body = "行政执法协调监督工作体系尚处在搭建阶段，县、乡两级执法协调监督机制还未完全建立。"
    assert [f.negated for f in _found(body, COUNTY_2023, "enforcement_supervision_system")] == [True]


def test_the_heard_count_said_again_before_all_heads_attended() -> None:
    body = "全县行政机关作为被告的一审行政诉讼案件27件，人民法院开庭审理22件，22件开庭审理案件行政机关负责人均出庭应诉。"
    assert [f.value for f in _found(body, COUNTY_2023, "heads_in_court_count")] == [22]


def test_a_report_still_being_written_is_not_done_and_no_plan() -> None:
    body = "2025年度党政主要负责人述法工作将于1月下旬与年终述职一并开展，目前述法报告正在撰写中。"
    assert [(f.negated, f.requirement) for f in _found(body, STREET, "leaders_report_on_rule_of_law")] == [(True, False)]


def test_a_month_before_a_level_is_no_scope() -> None:
    body = "三是持续加强执法队伍建设，6月底前推动各行政执法部门法制审核人员比例达到5%以上。"
    assert [(f.requirement, f.scope_kind) for f in _found(body, COUNTY_2023, "legal_review_staff_ratio")] == [(True, "")]


def test_others_counted_with_lingyou_are_a_part() -> None:
    body = "全年9名执法人员中，7名法律知识培训达到60学时，另有2名系5月新调入人员，培训学时尚未达到60学时。"
    short = [f for f in _found(body, TOWN_2025, "enforcement_training_hours") if f.negated]
    assert [(f.scope_kind, f.scope) for f in short] == [("part", "另有2名")]


# --- forms of sets OU–OX ----------------------------------------------------------------------------


def test_a_years_count_after_a_sentence_on_the_five_years_has_no_period() -> None:
    body = ("“十四五”期间，县政府常务会议累计开展会前学法60余次。"
            "县政府党组理论学习中心组全年举办法治专题讲座2期，分别邀请省委党校教授讲授。")
    assert [(f.value, f.period) for f in _found(body, COUNTY_2023, "leadership_law_lectures")] == [(2, "")]


def test_lectures_called_tutorials_or_classes() -> None:
    for body in ("局党组邀请县司法局和常年法律顾问为局领导班子举办法治专题辅导2期，分别解读新修订的行政处罚法。",
                 "分三次邀请县司法局业务骨干为街道班子成员讲授法治专题课3期，重点讲解行政诉讼应诉要点。"):
        assert len(_found(body, STREET, "leadership_law_lectures")) == 1


def test_the_guests_office_in_the_first_clause_is_not_the_scope() -> None:
    body = "镇党委理论学习中心组邀请县司法局、县人民法院的同志，为镇领导班子讲授法治专题课两期，分别讲解行政处罚法。"
    assert [(f.value, f.scope_kind) for f in _found(body, TOWN_2025, "leadership_law_lectures")] == [(2, "")]


def test_the_items_an_inspection_looked_at_are_no_claim() -> None:
    body = "督察采取听取汇报、查阅资料等方式进行，重点检查领导干部学法述法、重大行政决策程序执行等情况。"
    assert _found(body, COUNTY_JUSTICE, "leaders_report_on_rule_of_law") == []


def test_a_trial_watched_is_not_the_governments_case() -> None:
    body = "街道还组织机关干部旁听了县法院审理的一起行政诉讼案件，增强干部的应诉意识。"
    assert _found(body, STREET, "admin_litigation_cases") == []


def test_a_rule_the_government_above_sets_for_those_under_it_is_its_own() -> None:
    body = "州政府要求各县（市）行政机关负责人出庭应诉率达到95%以上。"
    assert [(f.requirement, f.scope_kind) for f in _found(body, COUNTY_2023, "court_appearance_rate")] == [(True, "higher")]


def test_the_one_document_still_being_filed_is_not_the_filed_count() -> None:
    body = "全年区政府制发行政规范性文件5件，已报送市政府和区人大常委会备案4件，12月下旬印发的1件正按程序履行报备手续。"
    assert [f.value for f in _found(body, COUNTY_2023, "normative_docs_filed")] == [4]


def test_an_attitude_to_the_annual_report_is_not_its_state() -> None:
    body = "五是个别部门对法治政府建设年度报告、政务公开等基础性工作重视不够。"
    assert _found(body, COUNTY_2023, "annual_report_published") == []


# --- forms of sets OY–PB ----------------------------------------------------------------------------
def test_nobody_below_the_hours_is_everyone_at_them_or_more() -> None:
    body = "全局没有一名执法人员年度法律知识培训低于60学时。组织执法人员参加市局举办的执法培训班。"
    assert [(f.value, f.bound, f.negated) for f in _found(body, COUNTY_BUREAU, "enforcement_training_hours")] == [
        (60, "at_least", False)]


def test_what_the_reports_led_to_is_no_report_given() -> None:
    body = "局长在年终述职中专题述法，接受县委依法治县办的评议。对评议中提出的意见建议，局党组逐条研究，确保述法成果转化为推动工作的实际成效。"
    assert len(_found(body, COUNTY_BUREAU, "leaders_report_on_rule_of_law")) == 1


def test_the_hosts_of_the_trainings_attended_are_not_the_scope() -> None:
    body = ("组织执法人员参加市生态环境局举办的执法业务培训和县司法局组织的行政执法人员公共法律知识培训，"
            "10名执法人员全年法律知识培训均达到60学时以上；2名新入职执法人员因参加执法资格考试时间较晚，全年培训学时不足60学时。")
    assert [(f.value, f.scope, f.scope_kind) for f in _found(body, COUNTY_BUREAU, "enforcement_training_hours")
            if not f.negated] == [(60, "10名执法人员", "part")]
    body = "全年组织执法人员参加区司法局组织的公共法律知识培训、区城管局业务培训和网上学法，人均学时超过60学时。"
    assert [(f.value, f.scope_kind) for f in _found(body, STREET, "enforcement_training_hours")] == [(60, "")]


def test_a_count_of_people_with_a_long_modifier_who_fell_short_is_part_of_them() -> None:
    body = "二是执法人员培训不够到位。受疫情防控任务繁重影响，3名长期抽调在防控一线的执法人员未能完成年度60学时的法律知识培训。"
    assert [(f.negated, f.scope_kind) for f in _found(body, COUNTY_BUREAU, "enforcement_training_hours")] == [(True, "part")]


def test_the_communities_decisions_are_not_the_streets() -> None:
    body = "街道司法所对社区议事决策程序进行跟踪指导，全年指导社区按程序决策事项31件，推动社区治理规范化。"
    assert _found(body, STREET, "major_decisions_count") == []


def test_applications_dismissed_are_not_the_caseload() -> None:
    body = "受理的23件已全部审结，其中作出维持决定14件、驳回复议申请1件，作出撤销、确认违法等决定直接纠错3件。"
    assert [f.value for f in _found(body, COUNTY_2023, "reconsideration_cases")] == []


def test_one_persons_count_after_the_heads_count_is_part_of_it() -> None:
    body = "法院开庭审理的28件案件中，行政机关负责人出庭应诉28件，县政府分管副县长出庭3次，做到出庭、出声、出效果。"
    assert [f.value for f in _found(body, COUNTY_2023, "heads_in_court_count")] == [28]
    body = "全市行政机关负责人出庭应诉率100%，其中市直单位主要负责人出庭应诉37次，市政府分管副市长出庭应诉2次。"
    assert [(f.value, f.scope_kind) for f in _found(body, COUNTY_2023, "heads_in_court_count")] == [(37, "part"), (2, "unit")]


def test_some_of_the_heard_cases_counted_before_them() -> None:
    body = "从庭审情况看，30件开庭案件有29件由行政机关负责人出庭，出庭应诉率96.7%。"
    assert [f.value for f in _found(body, COUNTY_2023, "court_cases_heard")] == [30]
    assert [f.value for f in _found(body, COUNTY_2023, "heads_in_court_count")] == [29]


# --- forms of sets PC–PF ----------------------------------------------------------------------------
def test_decisions_put_online_by_rule_are_done() -> None:
    body = "（三）加强行政复议规范化建设。按照规定将行政复议决定书在县人民政府门户网站公开，全年公开决定书34份。"
    assert [f.requirement for f in _found(body, COUNTY_2023, "reconsideration_decisions_online")] == [False]


def test_two_persons_counts_listed_with_a_pause_are_summed() -> None:
    body = ("街道作为被告的行政诉讼案件4件，已开庭审理3件，其中办事处主任出庭应诉1件、分管副主任出庭应诉1件，"
            "另1件因主任参加会议，委托工作人员和律师出庭。")
    assert [(f.value, f.derived) for f in _found(body, STREET, "heads_in_court_count")] == [(2, True)]
    assert [round(float(f.value), 1) for f in _found(body, STREET, "court_appearance_rate")] == [66.7]


def test_a_ratio_granted_as_met_before_another_lack_is_no_shortfall() -> None:
    body = "二是法制审核力量仍显薄弱。虽然法制审核人员比例达到要求，但具有法律职业资格的审核人员仅1名，审核质量和效率有待提高。"
    assert _found(body, COUNTY_BUREAU, "legal_review_staff_ratio") == []


def test_all_the_towns_service_centres_are_no_one_unit() -> None:
    body = "县级通报显示，全县乡镇便民服务中心平均好评率为99.6%，本镇在全县乡镇中处于前列。"
    assert [f.scope_kind for f in _found(body, TOWN_2025, "service_praise_rate")] == ["higher"]


def test_land_contract_disputes_are_not_peoples_mediation() -> None:
    body = ("健全县农村土地承包经营纠纷仲裁委员会和乡镇调解机构，全年受理农村土地承包经营纠纷39件，调解成功36件，"
            "调解成功率92.3%，有效维护了农村社会稳定。")
    assert _found(body, COUNTY_BUREAU, "mediation_success_rate") == []


def test_the_rule_followed_with_what_it_is_of_is_a_rule() -> None:
    body = ("按照每名执法人员每年接受不少于60学时法律知识培训的要求，组织全县执法人员开展专题培训和岗位练兵，"
            "全县执法人员人均参训61.5学时。")
    assert sorted((float(f.value), f.requirement) for f in _found(body, COUNTY_2023, "enforcement_training_hours")) == [
        (60.0, True), (61.5, False)]


# --- forms of sets PG–PN ----------------------------------------------------------------------------
def test_a_class_scheduled_and_missed_is_not_done() -> None:
    body = ("街道主要负责人原定于8月参加县委党校举办的乡镇（街道）主要负责人法治专题脱产培训班，"
            "因正值汛期需坚守岗位组织防汛抢险，未能按期参训，目前尚未完成补训。")
    assert [f.negated for f in _found(body, STREET, "head_offjob_training")] == [True]


def test_the_one_it_was_for_kept_away_is_not_done() -> None:
    body = ("在脱产培训方面，县委党校于10月举办领导干部法治专题脱产培训班，街道办事处主任因同期承担防汛救灾任务，"
            "未能参加本期培训，已向县委组织部报备。")
    assert [f.negated for f in _found(body, STREET, "head_offjob_training")] == [True]


def test_all_the_towns_cases_in_a_towns_report_are_the_countys() -> None:
    body = "从全县情况看，2023年各乡镇（街道）作为被告的行政诉讼案件共27件，我镇征收拆迁任务集中，案件数量仍相对较多。"
    assert [(f.value, f.scope_kind) for f in _found(body, TOWN_2025, "admin_litigation_cases")] == [(27, "higher")]


def test_the_count_of_the_last_years_has_their_period() -> None:
    body = "从近五年情况看，我局作为被申请人的复议案件累计31件，案件主要集中在不动产登记领域。"
    assert [(f.value, f.period) for f in _found(body, COUNTY_BUREAU, "reconsideration_respondent_cases")] == [(31, "近五年")]


def test_a_prefectures_system_with_its_year_is_others() -> None:
    body = "全州自然资源系统2022年行政诉讼败诉率为11.8%，我局与全州平均水平相比仍有差距。"
    assert [f.scope_kind for f in _found(body, COUNTY_BUREAU, "litigation_loss_rate")] == ["other"]


def test_one_occasion_of_study_is_not_the_years_count() -> None:
    body = "新修订的《行政处罚法》施行前，局党组专门安排一次会前学法，逐条对照梳理执法流程。"
    assert _found(body, COUNTY_BUREAU, "pre_meeting_law_study") == []


def test_the_party_committees_matters_are_not_decisions() -> None:
    body = "严格执行“三重一大”集体决策制度和县政府重大行政决策程序规定，全年提交党工委会议研究的重大事项41项，均经过集体讨论决定。"
    assert _found(body, STREET, "major_decisions_count") == []


def test_court_sessions_watched_are_not_the_heads_count() -> None:
    body = "会同县人民法院建立府院联动工作机制，联合开展行政机关负责人出庭应诉庭审观摩活动3次。"
    assert _found(body, COUNTY_JUSTICE, "heads_in_court_count") == []


def test_a_teams_officers_counted_as_the_base_are_the_teams() -> None:
    body = "二是法制审核力量分布不均衡，县应急管理综合行政执法大队22名执法人员中仅有1名法制审核人员，占比未达到5%。"
    assert [(f.scope, f.scope_kind) for f in _found(body, COUNTY_BUREAU, "legal_review_staff_ratio")] == [
        ("县应急管理综合行政执法大队", "unit")]


def test_a_catalogue_not_formed_is_not_done() -> None:
    body = "二是重大行政决策事项目录编制工作起步较晚，本年度镇政府未形成重大行政决策事项年度目录并向社会公布；三是其他。"
    assert [f.negated for f in _found(body, TOWN_2025, "major_decision_catalogue_published")] == [True]


def test_a_unit_above_compared_in_the_same_period_is_the_higher_governments() -> None:
    body = "街道便民服务中心全年办理各类事项1.9万余件，“好差评”好评率99.6%；县政务服务中心同期好评率为99.9%。"
    assert [(float(f.value), f.scope_kind) for f in _found(body, STREET, "service_praise_rate")] == [(99.6, ""), (99.9, "higher")]


# --- forms of sets PO–PR ----------------------------------------------------------------------------
def test_lectures_for_the_cadres_are_not_the_leaderships() -> None:
    body = "加强领导干部法治培训，依托县委党校举办面向机关干部的法治专题讲座3场，培训干部420余人次。"
    assert _found(body, COUNTY_2023, "leadership_law_lectures") == []


def test_the_teams_named_again_are_part_of_the_bureau() -> None:
    body = "整合组建了市场监管、生态环境等5支综合执法队伍，推动执法力量下沉，上述5支队伍一线执法人员占比均在85%以上。"
    assert [(f.scope, f.scope_kind) for f in _found(body, COUNTY_2023, "frontline_enforcement_share")] == [("5支队伍", "part")]


def test_an_admission_with_a_deadline_in_it_is_not_also_a_plan() -> None:
    body = "街道主要负责人年终述职中同步述法的工作还没有形成制度，今年年底前的述职述廉中尚未专门安排述法环节。"
    assert [(f.negated, f.requirement) for f in _found(body, STREET, "leaders_report_on_rule_of_law")] == [(True, False)]


def test_the_one_document_sent_back_is_not_the_filed_count() -> None:
    body = "一是规范性文件备案管理还有疏漏，1件规范性文件因报备材料不全被退回补正，年底前未能完成报送备案。"
    assert _found(body, COUNTY_2023, "normative_docs_filed") == []


# --- forms of sets PS–PZ ----------------------------------------------------------------------------
def test_the_city_above_a_year_before_its_name_is_the_citys() -> None:
    body = "街道作为被告的行政诉讼案件6件，开庭审理5件。2023年祁阳全市行政机关负责人出庭应诉率为100%，与全市水平相比街道还有差距。"
    rates = _found(body, STREET, "court_appearance_rate")
    assert [(f.scope_kind, float(f.value)) for f in rates] == [("higher", 100.0)]


def test_decisions_put_online_by_law_are_done_not_a_plan() -> None:
    body = "坚持“阳光复议”，依法将行政复议决定书在县政府门户网站公开，通过公开倒逼依法行政。"
    assert [(f.negated, f.requirement) for f in _found(body, COUNTY_2023, "reconsideration_decisions_online")] == [(False, False)]


def test_decisions_online_on_trial_are_not_done() -> None:
    body = "一是行政复议规范化建设还有短板，行政复议决定书网上公开尚处于试行阶段，公开的范围和及时性与上级要求还有差距。"
    assert [f.negated for f in _found(body, COUNTY_2023, "reconsideration_decisions_online")] == [True]


def test_a_plan_to_speed_up_the_debugging_is_no_admission() -> None:
    body = "三、2026年工作安排\n加快与省级“互联网+监管”平台的数据对接调试，上半年实现监管执法数据与省级平台实时联通。"
    links = _found(body, DEPARTMENT_2021.replace("2021", "2025"), "provincial_platform_data_link")
    assert links and all(f.requirement and not f.negated for f in links)


def test_the_prefecture_systems_average_with_de_is_others() -> None:
    body = "已审结的10件案件中败诉1件，败诉率10%；全市自然资源系统的平均败诉率为12.4%。"
    rates = _found(body, DEPARTMENT_2021, "litigation_loss_rate")
    assert [(float(f.value), f.scope_kind) for f in rates] == [(10.0, ""), (12.4, "other")]


def test_a_county_meeting_the_head_reported_at_is_no_scope() -> None:
    body = "年终，镇长在县政府组织的乡镇主要负责人述职述廉会议上对履行法治建设第一责任人职责情况进行了专题述法。"
    assert [f.scope_kind for f in _found(body, TOWN_2025, "leaders_report_on_rule_of_law")] == [""]


def test_the_opinions_held_up_are_no_report_given() -> None:
    body = ("2026年，竹园镇将坚持以习近平法治思想为指导，认真对照县委、县政府关于法治政府建设的工作部署和年度述法评议意见，"
            "针对存在的问题，重点抓好以下工作。")
    assert _found(body, TOWN_2025, "leaders_report_on_rule_of_law") == []


def test_vehicles_falling_short_are_not_the_legal_review_share() -> None:
    body = "二是执法力量和保障不足，综合执法队只有1名专职法制审核人员，审核力量较为单薄，执法车辆、装备配备还不足。"
    assert _found(body, STREET, "legal_review_staff_ratio") == []


def test_the_countys_reconsideration_rate_in_a_bureaus_report_is_the_countys() -> None:
    body = "县司法局通报，全县行政复议案件直接纠错率为13.6%，我局被纠错率高于全县平均水平。"
    assert [f.scope_kind for f in _found(body, DEPARTMENT_2021, "reconsideration_correction_rate")] == ["higher"]


def test_all_the_towns_heads_trained_are_part_of_the_heads() -> None:
    body = "11个乡镇党政主要负责人全部参加了州委组织部举办的法治专题脱产培训班。"
    assert [(f.scope, f.scope_kind) for f in _found(body, COUNTY_2023, "head_offjob_training")] == [("11个乡镇", "part")]


def test_hours_ensured_by_the_years_means_are_the_result() -> None:
    body = "全县持有行政执法证件人员1108名，通过集中轮训、以案释法、网络学院自学相结合的方式，确保每名执法人员全年参加法律知识培训均不少于60学时。"
    hours = _found(body, COUNTY_2023, "enforcement_training_hours")
    assert [(float(f.value), f.requirement) for f in hours] == [(60.0, False)]


def test_the_catalogue_named_again_after_a_cause_is_not_published() -> None:
    body = "街道今年首次开展年度重大行政决策事项目录编制，因启动较晚，目录尚未向社会公开。"
    assert [f.negated for f in _found(body, STREET, "major_decision_catalogue_published")] == [True]


def test_not_published_to_this_day_after_a_late_start() -> None:
    body = "一是依法决策的规范性有待提升。年度重大行政决策事项目录编制工作起步晚，截至目前仍未向社会公开。"
    assert [f.negated for f in _found(body, STREET, "major_decision_catalogue_published")] == [True]


def test_a_bureaus_transport_dispute_room_is_not_peoples_mediation() -> None:
    body = "全年通过局运输纠纷调处工作室调处乘客与驾驶员之间的纠纷58件，调处成功率96.6%。"
    assert _found(body, DEPARTMENT_2021, "mediation_success_rate") == []


# --- forms of sets QA–QH ----------------------------------------------------------------------------
def test_reconsideration_hearings_are_not_court_cases_heard() -> None:
    body = ("加强行政复议规范化建设，坚持开庭审理、实地调查、听取意见相结合，对案情复杂、争议较大的案件邀请法律顾问参与审理，"
            "全年组织听证审理2件，复议案件办理质量不断提升。")
    assert _found(body, COUNTY_2023, "court_cases_heard") == []


def test_the_systems_town_end_still_debugged_is_the_systems_shortfall() -> None:
    body = "县级统一综合执法办案系统已在县直执法部门上线运行，乡镇端正在部署调试，尚未实现对12个乡镇的全覆盖。"
    found = _found(body, COUNTY_2023, "unified_enforcement_system")
    assert [(f.negated, f.scope_kind) for f in found] == [(True, "")]


def test_a_count_of_the_units_named_in_the_clause_before_is_part() -> None:
    body = "加强法制审核力量配备，全县33个行政执法主体中，已有31个法制审核人员占本单位执法人员的比例达到5%以上。"
    assert [(f.scope, f.scope_kind) for f in _found(body, COUNTY_2023, "legal_review_staff_ratio")] == [("31个", "part")]


def test_team_members_short_of_off_job_training_are_not_the_heads() -> None:
    body = "受疫情防控任务影响，个别队员参加集中脱产培训较少，全年法律知识培训未达到60学时。"
    assert _found(body, TOWN_2025, "head_offjob_training") == []


def test_the_report_still_being_drafted_is_not_given() -> None:
    body = "街道党工委书记、办事处主任的年终述法报告正在起草中，将在区委组织的年终述职会议上一并报告。"
    assert [f.negated for f in _found(body, STREET, "leaders_report_on_rule_of_law")] == [True]


def test_a_pilot_in_some_departments_is_not_done() -> None:
    body = "在县司法局、县市场监管局等8个部门试点开展主要负责人年终述法，将述法作为年度述职的重要内容。"
    found = _found(body, COUNTY_2023, "leaders_report_on_rule_of_law")
    assert [(f.negated, f.scope_kind) for f in found] == [(True, "part")]


def test_the_heads_own_count_led_by_example_is_a_unit() -> None:
    body = "县政府主要负责人带头出庭应诉1次，并督促县直部门和乡镇负责人落实出庭应诉制度。"
    assert [(float(f.value), f.scope_kind) for f in _found(body, COUNTY_2023, "heads_in_court_count")] == [(1.0, "unit")]


def test_the_city_rate_with_the_year_first_in_a_countys_report_is_the_citys() -> None:
    body = "2022年全市行政复议纠错率为12.8%，我县纠错率高于全市平均水平。"
    assert [f.scope_kind for f in _found(body, COUNTY_2023, "reconsideration_correction_rate")] == ["higher"]


def test_videos_watched_are_not_lectures() -> None:
    body = "受疫情影响，组织街道班子成员和机关干部集中收看法治专题辅导视频8场。"
    assert _found(body, STREET, "leadership_law_lectures") == []


def test_what_the_reports_said_falling_short_is_no_state() -> None:
    body = "二是述法质效有待提升。个别单位述法内容“报喜多、报忧少”，问题查摆不够深入。"
    assert _found(body, COUNTY_2023, "leaders_report_on_rule_of_law") == []


# --- forms of sets QI–QP ----------------------------------------------------------------------------
def test_each_persons_count_after_namely_is_a_breakdown() -> None:
    body = "镇政府作为被告的行政诉讼案件4件，其中人民法院开庭审理3件，镇政府负责人出庭应诉3件，即镇长出庭2件、分管副镇长出庭1件。"
    assert [float(f.value) for f in _found(body, TOWN_2025, "heads_in_court_count")] == [3.0]


def test_one_persons_count_after_all_heads_appeared_is_a_breakdown() -> None:
    body = "以镇政府为被告的行政诉讼案件共3件，均已开庭审理，3件案件均由镇政府负责人出庭应诉，其中镇长出庭2件。"
    assert [float(f.value) for f in _found(body, TOWN_2025, "heads_in_court_count")] == [3.0]  # all heard, all appeared; not the mayor's 2


def test_each_of_two_heads_count_is_not_the_total() -> None:
    body = "全年我局作为被告的行政诉讼案件2件，均已开庭审理，局主要负责人和分管负责人分别出庭应诉1件。"
    # each one's 1 is not the heads' count; the two persons named, counted, are (1件×2, computed)
    assert [(f.value, f.derived) for f in _found(body, DEPARTMENT_2021, "heads_in_court_count")] == [(2, True)]


def test_the_counties_average_in_the_same_period_is_not_the_countys() -> None:
    body = "同期新区各县平均出庭应诉率为97.4%，我县与之相比还存在一定差距。"
    assert [f.scope_kind for f in _found(body, COUNTY_2023, "court_appearance_rate")] == ["higher"]


def test_the_citys_praise_rate_named_in_a_streets_report_is_the_citys() -> None:
    body = "落实政务服务“好差评”制度，好评率99.6%。辉县市政务服务好评率为99.8%，街道与全市平均水平大体相当。"
    rates = _found(body, STREET, "service_praise_rate")
    assert [(float(f.value), f.scope_kind) for f in rates] == [(99.6, ""), (99.8, "higher")]


def test_a_rate_not_made_one_hundred_per_cent_is_short() -> None:
    body = "三是行政应诉工作还有薄弱环节，有1件开庭案件负责人未能出庭应诉，负责人出庭应诉率没有实现百分之百。"
    assert [(f.value, f.negated) for f in _found(body, STREET, "court_appearance_rate")] == [(None, True)]


def test_two_members_counted_first_are_part_of_the_leadership() -> None:
    body = "街道2名班子成员参加了市委党校举办的法治专题脱产培训班，系统学习依法行政相关知识。"
    assert [(f.scope, f.scope_kind) for f in _found(body, STREET, "head_offjob_training")] == [("街道2名班子成员", "part")]


def test_documents_drafted_for_the_county_are_not_the_bureaus() -> None:
    body = "全年起草并提请县政府以县政府办公室名义印发规范性文件1件。"
    assert _found(body, DEPARTMENT_2021, "normative_docs_count") == []


def test_weak_areas_found_are_no_state() -> None:
    body = "对照示范指标体系逐项自查，梳理出重大行政决策目录公开、行政复议规范化建设等方面的短板弱项18项，制定整改清单。"
    assert _found(body, COUNTY_2023, "major_decision_catalogue_published") == []


def test_a_plan_urging_others_who_have_not_is_no_admission() -> None:
    body = ("三、2026年工作安排\n在2026年3月31日前通过县政府门户网站向社会公开2025年度法治政府建设年度报告，"
            "督促未完成目录编制的8个村于上半年完成村级公开标准目录编制。")
    found = _found(body, TOWN_2025, "annual_report_published")
    assert found and all(f.requirement and not f.negated for f in found)


def test_the_reform_among_problems_studied_is_no_state() -> None:
    body = ("调整充实县法治政府建设领导小组，建立季度调度、半年督导、年终考核工作机制，全年召开领导小组会议3次，"
            "研究解决乡镇综合执法改革、行政复议体制改革等重点难点问题11个。")
    assert _found(body, COUNTY_2023, "reconsideration_system_reform") == []


def test_the_communities_still_under_way_are_their_shortfall() -> None:
    body = "街道政务公开事项标准目录已于6月编制完成，各社区居务公开标准化规范化工作正在推进之中。"
    assert [f.negated for f in _found(body, STREET, "grassroots_openness_standards")] == [True]


# --- forms of sets QQ–QT ----------------------------------------------------------------------------
def test_cases_whose_heads_did_not_appear_are_not_the_heard_count() -> None:
    body = "一是行政应诉工作仍有短板，2件开庭案件被诉行政机关负责人未出庭，负责人出庭应诉率尚未达到100%。"
    assert _found(body, COUNTY_2023, "court_cases_heard") == []


def test_the_villages_still_compiling_are_part() -> None:
    body = "镇级政务公开事项标准目录已编制完成。村级公开标准目录尚有3个村仍在编制。"
    found = [f for f in _found(body, TOWN_2025, "grassroots_openness_standards") if f.negated]
    assert [(f.scope, f.scope_kind) for f in found] == [("3个村", "part")]


# --- forms of sets QU–RB ----------------------------------------------------------------------------
def test_the_bound_before_the_one_who_asks_for_the_lectures() -> None:
    body = "每年至少邀请专家为班子成员举办2期法治专题讲座。"
    found = _found(body, TOWN_2025, "leadership_law_lectures")
    assert [(float(f.value), f.bound) for f in found] == [(2.0, "at_least")]


def test_the_citys_system_in_a_county_bureaus_report_is_others() -> None:
    body = "执法人员年度法律知识培训人均66学时。全市生态环境系统执法人员人均培训72学时，我局与全市平均水平相比仍有差距。"
    found = {float(f.value): f.scope_kind for f in _found(body, COUNTY_BUREAU, "enforcement_training_hours")}
    assert found == {66.0: "", 72.0: "other"}


def test_the_last_three_years_are_not_the_year() -> None:
    body = "全年县政府制发行政规范性文件7件。近三年，全县共制发行政规范性文件23件。"
    found = {float(f.value): f.period for f in _found(body, COUNTY_2023, "normative_docs_count")}
    assert found == {7.0: "", 23.0: "近三年"}


@pytest.mark.parametrize("body", [
    "自治州全年行政诉讼败诉率为9.1%，我县低于全州平均水平。",
    "从全地区情况看，2023年行政诉讼平均败诉率为9.1%。",
])
def test_the_prefecture_above_a_county(body: str) -> None:
    found = _found(body, COUNTY_2023, "litigation_loss_rate")
    assert [f.scope_kind for f in found] == ["higher"]


def test_the_prefectures_rate_in_the_same_period_in_a_justice_bureaus_report() -> None:
    body = "全年审结行政复议案件26件，其中直接纠错3件，纠错率11.5%；同期全地区行政复议纠错率为10.2%。"
    found = {float(f.value): f.scope_kind for f in _found(body, COUNTY_JUSTICE, "reconsideration_correction_rate")}
    assert found == {11.5: "", 10.2: "higher"}


def test_no_decision_meeting_the_catalogues_standard_is_none_made() -> None:
    body = "经梳理，本年度街道无符合重大行政决策事项目录标准的事项。"
    found = _found(body, STREET, "major_decisions_count")
    assert [(float(f.value), f.requirement) for f in found] == [(0.0, False)]


def test_a_case_where_an_officer_appeared_instead_is_not_the_heard_count() -> None:
    body = "同时，负责人出庭应诉率未达到100%，1件开庭案件因工作冲突由执法人员代为出庭。"
    assert _found(body, STREET, "court_cases_heard") == []


def test_catalogues_still_being_extended_to_the_towns_fall_short() -> None:
    body = "县级26个试点领域基层政务公开标准目录编制工作基本完成，正在向各乡镇延伸。"
    found = _found(body, COUNTY_2023, "grassroots_openness_standards")
    assert [(f.negated, f.scope_kind) for f in found] == [(True, "part")]


def test_the_units_a_problem_item_opens_on_hold_for_their_share() -> None:
    body = ("部分乡镇综合行政执法队刚刚组建，执法人员多由原站所人员转任，法律专业人员少，法制审核人员配备不足，"
            "占执法人员的比例未达到5%。")
    found = _found(body, COUNTY_2023, "legal_review_staff_ratio")
    assert [(f.negated, f.scope, f.scope_kind) for f in found] == [(True, "部分乡镇", "part")]


def test_the_deputy_who_has_not_attended_after_the_head_who_has() -> None:
    body = "镇负责人参加脱产培训仅限于镇长一人，分管综合行政执法的副镇长尚未参加法治专题脱产培训。"
    found = _found(body, TOWN_2025, "head_offjob_training")
    assert [(f.negated, f.scope_kind) for f in found] == [(True, "part")]


def test_some_heads_sent_in_the_clause_before_are_part() -> None:
    body = "组织9个乡镇主要负责人和部分县直部门主要负责人，分批参加地区举办的领导干部法治专题脱产培训班。"
    found = _found(body, COUNTY_2023, "head_offjob_training")
    assert [(f.statement, f.negated, f.scope_kind) for f in found] == [(True, False, "part")]


# --- forms of sets RC–RJ ----------------------------------------------------------------------------
def test_the_citys_rate_compared_with_is_the_citys() -> None:
    body = "全年行政复议纠错率为13.5%。与全市行政复议纠错率11.2%相比，我县纠错率略高。"
    found = {float(f.value): f.scope_kind for f in _found(body, COUNTY_2023, "reconsideration_correction_rate")}
    assert found == {13.5: "", 11.2: "higher"}


def test_the_special_districts_own_cases_are_one_unit() -> None:
    head = "六枝特区人民政府关于2024年法治政府建设情况的报告\n2024年，特区政府坚持依法行政。\n"
    body = "全年全特区各级行政机关作为被告的一审行政诉讼案件47件，其中以特区政府为被告的12件；"
    found = {float(f.value): f.scope_kind for f in _found(body, head, "admin_litigation_cases")}
    assert found == {47.0: "whole", 12.0: "unit"}


def test_the_city_named_after_the_year_is_the_area_above() -> None:
    body = "2024年日喀则市行政机关负责人出庭应诉率为98.6%，我县在全市排名靠前。"
    assert [f.scope_kind for f in _found(body, COUNTY_JUSTICE, "court_appearance_rate")] == ["higher"]


def test_what_the_pilot_departments_heads_did_is_theirs() -> None:
    body = "试点部门主要负责人在年终述职时围绕学法用法、依法决策等内容进行述法。"
    found = _found(body, COUNTY_2023, "leaders_report_on_rule_of_law")
    assert [(f.negated, f.scope, f.scope_kind) for f in found] == [(False, "试点部门", "part")]


def test_a_ministrys_system_used_is_not_the_governments_own() -> None:
    body = "全年共办理交通运输行政处罚案件34件，全部使用交通运输部综合执法信息系统网上办案。"
    assert _found(body, COUNTY_BUREAU, "unified_enforcement_system") == []


def test_the_departments_inspection_coverage_is_not_every_levels() -> None:
    body = "县委依法治县办组织开展法治政府建设督察，对县直各部门的督察实现全覆盖。"
    assert _found(body, COUNTY_2023, "rule_of_law_inspection_coverage") == []


# --- forms of sets RK–RR ----------------------------------------------------------------------------
def test_the_sum_then_each_ones_hours() -> None:
    body = "全年执法人员法律知识培训累计816学时，人均68学时，执法人员依法执法能力进一步提高。"
    assert [float(f.value) for f in _found(body, STREET, "enforcement_training_hours")] == [68.0]


def test_the_district_named_with_its_year_in_a_streets_report() -> None:
    body = "东河区2025年度重大行政决策事项目录共纳入事项5项，街道积极配合做好意见征集工作。"
    assert [f.scope_kind for f in _found(body, STREET, "major_decisions_count")] == ["higher"]


def test_the_countys_service_praise_rate_in_a_bureaus_report() -> None:
    body = "全县政务服务好评率为99.97%。"
    assert [f.scope_kind for f in _found(body, COUNTY_BUREAU, "service_praise_rate")] == ["higher"]


def test_deputies_still_untrained_are_part() -> None:
    body = "二是领导干部法治培训还不够均衡，仍有2名班子副职尚未参加法治专题脱产培训。"
    found = _found(body, STREET, "head_offjob_training")
    assert [(f.negated, f.scope_kind) for f in found] == [(True, "part")]


def test_two_persons_counts_one_named_by_the_work_in_charge_are_summed() -> None:
    body = "全年以镇政府为被告的行政诉讼案件3件，均已开庭审理；镇长出庭应诉2件，分管综合执法工作的副镇长出庭应诉1件。"
    found = _found(body, TOWN_2025, "heads_in_court_count")
    assert [(float(f.value), f.derived) for f in found] == [(3.0, True)]


def test_a_paragraph_opening_the_plans_without_a_heading() -> None:
    body = ("全年举办领导班子法治专题讲座2期。\n"
            "2026年是“十五五”规划开局之年，街道将围绕以下几个方面推进法治建设：\n"
            "一是持续开展街道主要负责人年终述法，确保其他班子成员年内全部参加法治专题脱产培训。\n")
    found = _found(body, STREET, "head_offjob_training")
    assert [(f.requirement, f.scope, f.scope_kind) for f in found] == [(True, "其他班子成员", "part")]
    assert [f.requirement for f in _found(body, STREET, "leadership_law_lectures")] == [False]


def test_a_named_citys_system_average_in_a_county_bureaus_report() -> None:
    body = "全年审结7件，其中败诉1件，败诉率14.3%。临沧市自然资源系统行政诉讼案件平均败诉率为11.2%，我局败诉率仍高于全市平均水平。"
    found = {float(f.value): f.scope_kind for f in _found(body, COUNTY_BUREAU, "litigation_loss_rate")}
    assert found == {14.3: "", 11.2: "other"}


def test_a_system_still_linking_and_not_yet_running_falls_short() -> None:
    body = "但覆盖县本级和乡镇的统一综合执法办案系统目前仍在与上级平台对接调试，尚未正式上线运行。"
    assert [f.negated for f in _found(body, COUNTY_2023, "unified_enforcement_system")] == [True]


def test_study_reported_in_the_annual_review_is_not_the_duty_reported() -> None:
    body = "县政府建立了领导干部应知应会法律法规清单，要求各级领导干部在年度述职中报告学法情况。"
    assert _found(body, COUNTY_2023, "leaders_report_on_rule_of_law") == []


# --- forms of sets RS–RZ ----------------------------------------------------------------------------
def test_one_described_after_the_count_is_not_a_second_count() -> None:
    body = "全年以本局为被告的行政诉讼案件1件，系一起工伤认定行政诉讼。"
    assert [float(f.value) for f in _found(body, COUNTY_BUREAU, "admin_litigation_cases")] == [1.0]


def test_a_benefits_offices_systems_are_not_the_supervision_link() -> None:
    body = "六是信息化支撑能力不足，部分业务系统与州级、省级平台的数据共享还不够顺畅，影响经办效率。"
    assert _found(body, COUNTY_BUREAU, "provincial_platform_data_link") == []


def test_each_ones_hours_after_the_sum_in_a_later_clause() -> None:
    body = "执法队员全员参加县司法局组织的集中轮训，全年累计完成法律知识培训580学时，人均64.4学时。"
    assert [float(f.value) for f in _found(body, TOWN_2025, "enforcement_training_hours")] == [64.4]


def test_a_case_the_court_found_unlawful_is_not_the_count() -> None:
    body = "负责人出庭应诉率未达到100%，今年有1件行政诉讼案件被法院确认程序违法。"
    assert _found(body, STREET, "admin_litigation_cases") == []


def test_a_three_party_negotiation_is_not_peoples_mediation() -> None:
    body = "建立“社区、业委会、物业企业”三方协商机制，全年调处物业服务纠纷132件，调处成功率95.5%。"
    assert _found(body, STREET, "mediation_success_rate") == []


def test_the_whole_region_in_a_countys_report_is_above_it() -> None:
    body = "全年审结17件，败诉1件，败诉率5.9%。全区行政诉讼败诉率为8.1%，我县行政机关败诉率低于全区平均水平。"
    found = {float(f.value): f.scope_kind for f in _found(body, COUNTY_2023, "litigation_loss_rate")}
    assert found == {5.9: "", 8.1: "higher"}


def test_the_units_that_meet_the_share_are_part() -> None:
    body = "全县法制审核人员比例不低于5%的执法部门有14个，占全县执法部门的87.5%。"
    found = _found(body, COUNTY_2023, "legal_review_staff_ratio")
    assert [(float(f.value), f.bound, f.scope_kind) for f in found] == [(5.0, "at_least", "part")]


def test_what_a_lecture_taught_is_not_a_rule() -> None:
    body = ("街道邀请市司法局的同志为班子成员作法治专题辅导，分别讲解新行政处罚法对街道执法工作的要求和民法典中"
            "与社区治理密切相关的条款，全年共举办两期。")
    assert [(float(f.value), f.requirement) for f in _found(body, STREET, "leadership_law_lectures")] == [(2.0, False)]


# --- forms of sets SA–SD ----------------------------------------------------------------------------
def test_the_districts_rate_after_an_aside_in_a_streets_report() -> None:
    body = "以街道办事处为被告的行政诉讼案件4件，均已开庭审理。（2024年为7件。）全区行政机关负责人出庭应诉率为95.6%。"
    assert [f.scope_kind for f in _found(body, STREET, "court_appearance_rate") if float(f.value or 0) == 95.6] == ["higher"]


def test_two_named_market_stations_are_part() -> None:
    body = "力争冷湖、茫崖市场监管所年内配齐法制审核人员，占比不低于5%。"
    found = _found(body, COUNTY_BUREAU, "legal_review_staff_ratio")
    assert [(f.scope, f.scope_kind) for f in found] == [("冷湖、茫崖市场监管所", "part")]


def test_a_heads_trial_report_is_not_yet_done() -> None:
    body = "今年街道被确定为全区述法工作试点单位之一，办事处主任在年度述职中试行述法，述法的内容规范还在探索完善之中。"
    assert [f.negated for f in _found(body, STREET, "leaders_report_on_rule_of_law")] == [True]


# --- forms of set SB ----------------------------------------------------------------------------------
def test_a_notice_putting_the_report_into_the_review_is_not_the_report_given() -> None:
    body = "县委依法治县办印发通知，首次将述法纳入领导干部年终述职内容，明确述法重点包括学法用法、依法决策等。"
    assert _found(body, COUNTY_2023, "leaders_report_on_rule_of_law") == []


def test_who_gave_the_report_after_the_notice_is_read() -> None:
    body = "县委、县政府联合印发通知，将述法纳入年终述职的必备内容，各乡镇和县直部门主要负责人在年终述职中全部报告履行法治建设第一责任人职责情况。"
    assert [f.negated for f in _found(body, COUNTY_2023, "leaders_report_on_rule_of_law")] == [False]


# --- forms of sets SE–SL ------------------------------------------------------------------------------
def test_whoever_has_not_trained_dealt_with_is_a_rule_not_a_shortfall() -> None:
    body = "将执法人员培训情况纳入执法证件年审内容，对未完成培训任务的一律暂缓办理证件年审。"
    assert _found(body, COUNTY_2023, "enforcement_training_hours") == []


def test_guesthouses_guest_praise_is_not_the_service_praise_rate() -> None:
    body = "辖区民宿行业在第三方平台上的游客好评率为98.2%，街道将民宿经营规范化与服务质量提升结合推进。"
    assert _found(body, STREET, "service_praise_rate") == []


def test_a_bureaus_land_dispute_handling_is_not_peoples_mediation() -> None:
    body = "坚持调解优先，依法受理土地、山林权属纠纷21起，调处成功19起，调处成功率90.5%。"
    assert _found(body, DEPARTMENT_2021, "mediation_success_rate") == []


def test_the_ministrys_system_named_by_its_field_is_not_the_governments_own() -> None:
    body = "全面应用应急管理综合行政执法系统开展执法检查和案件办理，实现执法计划、检查记录、执法文书网上流转。"
    assert _found(body, COUNTY_BUREAU, "unified_enforcement_system") == []


def test_cases_handled_on_the_provincial_platform_are_no_link_to_it() -> None:
    body = "统一综合执法办案系统尚未建成，目前主要依靠省级平台办案，部门间执法数据共享不够顺畅。"
    assert _found(body, COUNTY_2023, "provincial_platform_data_link") == []


def test_people_counted_while_others_fall_short_elsewhere_are_part() -> None:
    body = ("全年组织执法队员参加区综合行政执法局集中轮训、线上学法和岗位练兵，28名队员全年培训学时达到60学时。\n"
            "二、存在的问题\n部分队员法律适用还不够熟练，仍有3名今年新转隶的队员全年培训学时未达到60学时。")
    done = [f for f in _found(body, STREET, "enforcement_training_hours") if not f.negated]
    assert [(f.scope, f.scope_kind) for f in done] == [("28名队员", "part")]


def test_the_bureau_whose_rotation_was_attended_is_not_the_scope() -> None:
    body = "组织执法队员参加区城管执法局集中轮训、网上学法和岗位练兵，每名执法队员全年法律知识培训时长均不少于60学时。"
    assert [f.scope_kind for f in _found(body, STREET, "enforcement_training_hours")] == [""]


def test_the_prohibition_strictly_applied_is_kept() -> None:
    body = "县政府严格落实不得下达或者变相下达罚没指标的规定，全年罚没收入与部门预算、执法人员考核完全脱钩。"
    assert [(f.requirement, f.negated) for f in _found(body, COUNTY_2023, "no_fine_quotas")] == [(False, False)]


def test_new_members_to_be_trained_are_part_of_the_plan() -> None:
    body = "三、2026年工作打算\n（一）压实法治建设责任。坚持党政班子会议会前学法，安排新任班子成员参加法治专题脱产培训。"
    found = _found(body, TOWN_2025, "head_offjob_training")
    assert [(f.requirement, f.scope, f.scope_kind) for f in found] == [(True, "新任班子成员", "part")]


def test_the_persons_a_shortfall_excepts_are_the_ones_trained() -> None:
    body = ("镇长、分管副镇长先后参加县委党校举办的乡镇（街道）负责人法治专题脱产培训班。\n二、存在的问题\n"
            "一是班子成员法治能力提升不够均衡，除镇长、分管副镇长外，其他班子成员尚未参加过法治专题脱产培训。")
    done = [f for f in _found(body, TOWN_2025, "head_offjob_training") if not f.negated]
    assert [(f.scope, f.scope_kind) for f in done] == [("镇长、分管副镇长", "part")]


# --- forms of sets SM–ST ------------------------------------------------------------------------------
def test_the_departments_lectures_are_not_the_leaderships() -> None:
    body = "各乡镇、各部门普遍建立了领导班子集体学法制度，县政府所属部门年内举办法治讲座共计120余场。"
    assert _found(body, COUNTY_2023, "leadership_law_lectures") == []


DISTRICT_2025 = "测试区人民政府2025年法治政府建设年度报告\n2025年，区政府坚持依法行政，全面推进法治政府建设。\n"


@pytest.mark.parametrize("head, body", [
    (COUNTY_2023, "全年全县诉前调解纠纷4900余件，成功率71.5%。"),
    (TOWN_2025, "（三）推进矛盾纠纷多元化解。镇劳动争议调解中心受理劳动争议48宗，调解成功42宗，调解成功率87.5%，为劳动者追回工资报酬等136.2万元。"),
    (DISTRICT_2025, "推进劳动人事争议、医疗纠纷等领域调解与仲裁、诉讼有机衔接，全区劳动人事争议仲裁案件调解成功率71.4%，同比提高3.2个百分点。"),
])
def test_courts_and_labour_disputes_are_not_peoples_mediation(head: str, body: str) -> None:
    assert _found(body, head, "mediation_success_rate") == []


def test_others_reading_the_reports_is_not_the_report_given() -> None:
    body = "试点中，县委依法治县办会同县委组织部对述法报告进行审阅，对述法内容不够具体的，及时反馈并要求完善。"
    assert _found(body, COUNTY_2023, "leaders_report_on_rule_of_law") == []


def test_problems_the_review_pointed_out_are_not_its_shortfall() -> None:
    body = "对述职评议中指出的依法决策程序不够完善、涉法信访化解不够及时等问题，街道党工委逐项建立整改清单。"
    assert _found(body, STREET, "leaders_report_on_rule_of_law") == []


def test_the_meetings_held_are_not_the_study_count() -> None:
    body = "健全区政府常务会议学法制度，全年区政府常务会议共召开24次，其中安排会前学法21次，集中学习了民法典。"
    assert [float(f.value) for f in _found(body, COUNTY_2023, "pre_meeting_law_study")] == [21.0]


def test_the_government_as_defendant_in_the_term_is_its_own_cases() -> None:
    body = "全年全县行政机关为被告的一审行政诉讼案件97件，县政府作为被告的案件有38件。"
    found = _found(body, COUNTY_2023, "admin_litigation_cases")
    assert [(float(f.value), f.scope_kind) for f in found] == [(97.0, "whole"), (38.0, "unit")]


def test_the_areas_average_compared_with_is_not_the_rate() -> None:
    body = "三是行政复议纠错率和行政诉讼败诉率仍然偏高，败诉率高于全市4.1%的平均水平。"
    assert _found(body, COUNTY_2023, "litigation_loss_rate") == []


def test_the_review_posts_share_is_not_the_frontline_share() -> None:
    body = "街道综合行政执法办公室现有执法人员22名，其中直接从事一线巡查和办案的19名，法制审核岗位配备2人，与执法人员之比为9.1%。"
    assert [float(f.value) for f in _found(body, STREET, "legal_review_staff_ratio")] == [9.1]
    assert _found(body, STREET, "frontline_enforcement_share") == []


def test_a_lower_limit_set_is_a_requirement() -> None:
    body = "制定年度执法人员培训计划，明确执法人员年度法律知识培训学时下限为60学时，并纳入个人年度考核。"
    found = _found(body, STREET, "enforcement_training_hours")
    assert [(f.requirement, f.bound, float(f.value)) for f in found] == [(True, "at_least", 60.0)]


def test_a_rule_due_then_missed_in_the_next_sentence_is_not_a_plan() -> None:
    body = ("按照规定，我局应于3月底前通过县政府门户网站公开上一年度法治政府建设年度报告。2023年度法治政府建设年度报告"
            "因审核流程较长，延至4月中旬才在县政府门户网站公开，未能在规定时限内公开。")
    found = _found(body, COUNTY_BUREAU, "annual_report_published")
    assert found and all(f.negated and not f.requirement for f in found)


def test_section_heads_a_bureaus_plan_sends_are_part() -> None:
    body = "三、2026年工作打算\n继续坚持局主要负责人年终述法制度，组织股室负责人分批参加法治专题脱产培训。"
    found = _found(body, COUNTY_BUREAU, "head_offjob_training")
    assert [(f.requirement, f.scope, f.scope_kind) for f in found] == [(True, "股室负责人", "part")]


def test_the_towns_officers_in_a_countys_plan_are_part() -> None:
    body = "三、2024年工作打算\n加大镇执法人员培训力度，推动镇执法人员年度法律知识培训全部达到60学时以上。"
    found = _found(body, COUNTY_2023, "enforcement_training_hours")
    assert [(f.requirement, f.scope, f.scope_kind) for f in found] == [(True, "镇执法人员", "part")]


def test_the_units_short_of_the_share_in_a_plan_are_part() -> None:
    body = "三、2024年工作打算\n推动法制审核人员比例未达标的乡镇（街道）年内配齐配强法制审核人员，比例达到5%以上。"
    found = _found(body, COUNTY_2023, "legal_review_staff_ratio")
    assert [(f.requirement, f.scope, f.scope_kind) for f in found] == [(True, "乡镇（街道）", "part")]


def test_the_hosts_of_a_class_are_not_the_scope() -> None:
    body = "5月，县委组织部、县司法局联合举办法治专题脱产培训班，组织各镇、县直各部门负责人集中脱产学习5天。"
    found = _found(body, COUNTY_2023, "head_offjob_training")
    assert found and all("司法局" not in f.scope and f.scope_kind != "part" for f in found)


def test_the_work_named_later_still_on_trial_is_not_done() -> None:
    body = ("街道配合区司法局推进行政执法协调监督工作体系向基层延伸，在街道设立行政执法监督联络点，聘请特邀执法监督员，"
            "对执法行为开展日常监督，该项工作目前尚处于试运行阶段。")
    assert [bool(f.negated) for f in _found(body, STREET, "enforcement_supervision_system")] == [True]


# --- forms of sets SU–TB ------------------------------------------------------------------------------
def test_the_city_named_before_a_rate_in_a_streets_report_is_the_citys() -> None:
    body = "芗城区全区行政机关负责人出庭应诉率为98.5%，漳州市行政诉讼败诉率为6.1%，这些数据为街道查找差距提供了参照。"
    assert [(f.scope, f.scope_kind) for f in _found(body, STREET, "litigation_loss_rate")] == [("漳州市", "higher")]


def test_behind_an_average_is_not_short_of_the_target() -> None:
    body = "全年县政府负责人出庭应诉率为89.1%。与全市平均水平（92.3%）相比，我县负责人出庭应诉率仍有差距。"
    assert [float(f.value) for f in _found(body, COUNTY_2023, "court_appearance_rate")] == [89.1]


def test_shortcomings_spoken_of_are_not_one() -> None:
    body = "述法前，镇党政综合办公室广泛征求各站所意见，梳理形成问题清单，述法报告既讲成效、也讲不足，做到述实事、亮短板。"
    assert not any(f.negated for f in _found(body, TOWN_2025, "leaders_report_on_rule_of_law"))


def test_a_bracket_breaking_down_the_count_before_it_is_no_second_count() -> None:
    body = "以街道办事处为被告的行政诉讼案件6件，其中开庭审理5件，街道负责人出庭应诉4件（办事处主任出庭2件）。"
    assert [float(f.value) for f in _found(body, STREET, "heads_in_court_count")] == [4.0]


def test_the_work_of_extending_down_still_under_way_is_a_shortfall() -> None:
    body = "按照县统一部署，完成了镇级基层政务公开标准目录编制，但标准体系向各村（社区）延伸的工作还在推进之中。"
    assert [bool(f.negated) for f in _found(body, TOWN_2025, "grassroots_openness_standards")] == [True]


@pytest.mark.parametrize("body, requirement", [
    ("严格执行罚缴分离和收支两条线规定，坚决杜绝向执法单位下达或变相下达罚没指标，罚没收入一律上缴国库。", True),
    ("严格执行罚缴分离，坚决杜绝下达或变相下达罚没指标，全年未发现此类问题。", False),
])
def test_a_resolve_to_prevent_quotas_is_a_rule_unless_kept_after(body: str, requirement: bool) -> None:
    assert [f.requirement for f in _found(body, COUNTY_2023, "no_fine_quotas")] == [requirement]


# --- forms of sets TC–TH ------------------------------------------------------------------------------
def test_the_towns_own_catalogue_put_on_the_site_is_done_not_a_plan() -> None:
    body = "4月，经镇党委会议审定，镇政府将本镇2025年度重大行政决策事项目录在县人民政府门户网站和镇政务公开栏同步公开，目录列入事项2项。"
    catalogue = _found(body, TOWN_2025, "major_decision_catalogue_published")
    count = _found(body, TOWN_2025, "major_decisions_count")
    assert [f.requirement for f in catalogue] == [False] and [(float(f.value), f.requirement) for f in count] == [(2.0, False)]


@pytest.mark.parametrize("head, body", [
    (COUNTY_JUSTICE, "对照全市16.8%的纠错率，我县纠错水平基本持平，反映出部分行政机关在执法程序方面仍然存在问题。"),
    (COUNTY_2023, "对照全市行政复议纠错率10.3%的平均水平，我县纠错率仍然偏高，反映出部分执法环节仍不够规范。"),
])
def test_the_citys_rate_held_up_is_not_the_countys(head: str, body: str) -> None:
    found = _found(body, head, "reconsideration_correction_rate")
    assert all(f.scope_kind in ("other", "higher") for f in found)  # the city's, or nothing


def test_the_justice_stations_heads_review_is_not_the_report_given() -> None:
    body = "建立司法所工作量化考评制度，对司法所长实行年度述职评议，激励基层干部担当作为。"
    assert _found(body, COUNTY_JUSTICE, "leaders_report_on_rule_of_law") == []


def test_the_towns_own_level_done_then_the_villages_not_is_not_done() -> None:
    body = ("按照县统一部署推进基层政务公开标准化规范化建设，镇本级涉及城乡规划、征地补偿、社会救助等领域的政务公开事项标准目录已编制完成；"
            "各村（社区）政务公开事项标准目录正在编制，尚未全部公开。")
    assert [bool(f.negated) for f in _found(body, TOWN_2025, "grassroots_openness_standards")] == [True]


# --- forms of sets TI–TP ------------------------------------------------------------------------------
TOWN_2023 = "测试县青石镇2023年法治政府建设年度报告\n2023年，青石镇坚持依法行政，全面推进法治政府建设。\n"


def test_the_countys_lawsuits_in_a_bureaus_report_are_not_the_bureaus() -> None:
    body = "全年以本局为被告的行政诉讼案件3件。全县以行政机关为被告的一审行政诉讼案件52件，我局案件占比有所下降。"
    found = _found(body, COUNTY_BUREAU, "admin_litigation_cases")
    assert sorted((float(f.value), f.scope_kind or "") for f in found) == [(3.0, ""), (52.0, "higher")]


def test_consumer_complaints_settled_are_not_reconsideration_settled() -> None:
    body = "全年受理行政复议案件40件，以调解、和解方式结案12件，调解和解率30%。消费者投诉和解率95.1%。"
    assert [float(f.value) for f in _found(body, COUNTY_2023, "reconsideration_mediation_rate")] == [30.0]


def test_the_case_not_yet_heard_is_not_a_heard_count() -> None:
    body = ("以街道办事处为被告的行政诉讼案件3件，其中人民法院开庭审理2件，街道负责人均出庭应诉；"
            "尚未开庭的1件已裁定驳回起诉。")
    assert [float(f.value) for f in _found(body, STREET, "court_cases_heard")] == [2.0]


def test_three_years_summed_are_not_the_years_lawsuits() -> None:
    body = "全年以镇政府为被告的行政诉讼案件2件。近三年以镇政府为被告的行政诉讼案件累计8件，征地补偿领域的争议较为集中。"
    found = _found(body, TOWN_2023, "admin_litigation_cases")
    assert [(float(f.value), bool(f.period)) for f in found] == [(2.0, False), (8.0, True)]


def test_review_skill_short_is_not_the_staff_share_missed() -> None:
    body = ("执法队配备专职法制审核人员1名，占执法人员的6.2%。"
            "问题：执法队虽配备了法制审核人员，但未取得法律职业资格，面对下放的执法事项，法制审核能力明显不足；")
    found = _found(body, TOWN_2023, "legal_review_staff_ratio")
    assert [(float(f.value), bool(f.negated)) for f in found] == [(6.2, False)]


def test_a_catalogue_only_filed_and_not_put_out_on_its_own_is_not_published() -> None:
    body = "街道重大行政决策事项目录仅报区司法局备案，未单独向社会公布，群众知晓度不高。"
    assert [bool(f.negated) for f in _found(body, STREET, "major_decision_catalogue_published")] == [True]


def test_preparations_for_the_report_are_not_the_report_given() -> None:
    body = "街道司法所已收集整理上级下发的述法工作要求和参考提纲，协助做好述法报告起草等准备工作。"
    assert _found(body, STREET, "leaders_report_on_rule_of_law") == []


def test_the_catalogue_named_in_its_title_and_put_on_the_site_is_done() -> None:
    body = "3月，镇人民政府将《青石镇2023年度重大行政决策事项目录》在县人民政府门户网站镇信息公开专栏予以公布。"
    assert [f.requirement for f in _found(body, TOWN_2023, "major_decision_catalogue_published")] == [False]


def test_fields_named_to_make_a_mark_in_are_not_done() -> None:
    body = ("对照全国和全省法治政府建设示范指标体系，组织全县开展自查评估，梳理形成问题短板清单，"
            "明确在行政复议体制改革、乡镇综合行政执法改革等方面培育特色亮点，为争创示范县打好基础。")
    assert _found(body, COUNTY_2023, "reconsideration_system_reform") == []


# --- forms of sets TQ–TX ------------------------------------------------------------------------------
def test_matters_a_meeting_studied_are_not_done() -> None:
    body = "县长主持召开县政府常务会议专题研究法治政府建设、行政复议体制配套改革、行政执法监督等工作，明确责任单位和完成时限。"
    assert _found(body, COUNTY_2023, "reconsideration_system_reform") == []


def test_the_rule_missed_this_year_is_a_shortfall_not_a_plan() -> None:
    body = "受疫情防控影响，班子成员参加法治专题脱产培训的要求今年未能落实；"
    found = _found(body, STREET, "head_offjob_training")
    assert [(bool(f.negated), f.requirement) for f in found] == [(True, False)]


def test_legal_matters_of_every_kind_are_not_the_decisions() -> None:
    body = "全年审查重大行政决策草案、县政府合同协议及其他涉法事项共152件，均出具书面审查意见。"
    assert _found(body, COUNTY_JUSTICE, "major_decisions_count") == []


def test_a_bureau_organising_the_others_reports_is_not_its_own_published() -> None:
    body = "牵头组织全县各乡镇和县级部门开展法治政府建设年度报告工作，督促按时向社会公开。"
    assert all(f.scope_kind == "other" for f in _found(body, COUNTY_JUSTICE, "annual_report_published"))


def test_the_second_half_years_cases_are_not_the_years() -> None:
    body = "全年县政府受理行政复议案件131件，审结120件。改革后县政府新增行政复议案件显著增加，其中下半年受理的行政复议案件87件。"
    found = _found(body, COUNTY_2023, "reconsideration_cases")
    assert [float(f.value) for f in found if not f.period] == [131.0]


def test_no_lost_case_of_one_kind_is_not_a_zero_loss_rate() -> None:
    body = "全年核发建设工程规划许可证96件，未发生一起规划许可行政诉讼败诉案件。全年审结行政诉讼案件8件，败诉1件，败诉率12.5%。"
    assert [float(f.value) for f in _found(body, COUNTY_BUREAU, "litigation_loss_rate")] == [12.5]


def test_cases_formerly_under_the_departments_are_a_kind_not_a_part() -> None:
    body = "全年区政府受理行政复议案件92件，其中改革后受理原由部门管辖的案件35件。"
    assert [float(f.value) for f in _found(body, DISTRICT_2025, "reconsideration_cases")] == [92.0]


def test_the_countys_correction_rate_in_a_bureaus_report_is_the_countys() -> None:
    body = "全县行政复议纠错率为12.4%，我局在案件办理中注重程序规范。"
    assert all(f.scope_kind == "higher" for f in _found(body, COUNTY_BUREAU, "reconsideration_correction_rate"))


# --- forms of sets TY–UF ------------------------------------------------------------------------------
def test_items_an_assessment_holds_are_not_done() -> None:
    body = "配合县委组织部完善法治建设考核指标，细化述法、学法、依法决策、行政复议应诉等考核内容。"
    assert _found(body, COUNTY_JUSTICE, "leaders_report_on_rule_of_law") == []


def test_drawn_up_is_not_a_plan() -> None:
    body = "街道党工委会、办事处主任办公会坚持会前学法，学习内容由街道司法所按月拟定，一年来共学法14次。"
    assert [(float(f.value), f.requirement) for f in _found(body, STREET, "pre_meeting_law_study")] == [(14.0, False)]


def test_not_built_at_one_level_is_that_levels() -> None:
    body = "三是基层政务公开标准体系在社区层面还未全面建成，部分社区公开内容不及时。"
    found = _found(body, STREET, "grassroots_openness_standards")
    assert [(bool(f.negated), f.scope_kind) for f in found] == [(True, "part")]


def test_the_countys_service_centre_in_a_towns_report_is_the_countys() -> None:
    body = "镇便民服务中心全年好评率99.8%。测试县政务服务中心全年好评率99.9%，镇便民服务中心与全县平均水平基本持平。"
    found = _found(body, TOWN_2023, "service_praise_rate")
    assert sorted((float(f.value), f.scope_kind) for f in found) == [(99.8, ""), (99.9, "higher")]


def test_the_results_of_the_reports_put_to_use_are_no_report() -> None:
    body = "完善法治政府建设考核评价体系，用好法治督察、述法评议和考核结果，对工作推进不力的单位严肃问责。"
    assert _found(body, COUNTY_2023, "leaders_report_on_rule_of_law") == []


def test_no_disclosure_case_is_not_no_lawsuit() -> None:
    body = "全年未发生政府信息公开行政复议、行政诉讼案件。"
    assert _found(body, TOWN_2023, "admin_litigation_cases") == []


def test_the_city_named_before_its_mediation_rate_is_the_citys() -> None:
    body = "全县各级人民调解组织调解成功率98.9%。长河市人民调解成功率为98.2%。"
    found = _found(body, COUNTY_2023, "mediation_success_rate")
    assert sorted((float(f.value), f.scope_kind) for f in found) == [(98.2, "higher"), (98.9, "whole")]


def test_arbitration_hearings_are_not_lawsuits_heard() -> None:
    body = "推行仲裁庭审网上开庭和要素式办案，全年通过线上方式开庭审理案件37件。"
    assert _found(body, COUNTY_BUREAU, "court_cases_heard") == []


def test_the_city_named_bare_before_all_of_it_is_the_citys() -> None:
    head = "枝江市人民政府关于2024年度法治政府建设工作情况的报告\n2024年，市政府在宜昌市委、市政府的正确领导下依法行政。\n"
    body = "全年行政机关负责人出庭应诉率100%。宜昌全市行政机关负责人出庭应诉率为97.2%。确保全市行政机关负责人出庭应诉率保持100%。"
    found = _found(body, head, "court_appearance_rate")
    assert sorted((float(f.value), f.scope_kind, f.requirement) for f in found) == [
        (97.2, "higher", False), (100.0, "", False), (100.0, "whole", True)]


def test_persons_counted_trained_while_others_not_are_those_persons() -> None:
    body = ("局主要负责人和1名副局长参加了县委组织部组织的为期一周的法治专题脱产培训。"
            "问题：局班子成员中仍有2名未参加法治专题脱产培训。")
    found = _found(body, COUNTY_BUREAU, "head_offjob_training")
    assert sorted((bool(f.negated), f.scope_kind) for f in found) == [(False, "part"), (True, "part")]


# --- forms of sets UG–UJ ------------------------------------------------------------------------------
def test_not_having_attended_is_not_done() -> None:
    body = "受疫情影响，镇主要负责人今年没有参加法治专题脱产培训，班子成员系统学习法律知识的机会不多。"
    assert [bool(f.negated) for f in _found(body, TOWN_2023, "head_offjob_training")] == [True]


def test_the_governments_own_cases_all_appeared_is_its_own_rate() -> None:
    body = "法院开庭审理35件，行政机关负责人出庭应诉31件。以县政府为被告的12件案件，县政府负责人均出庭应诉。"
    found = _found(body, COUNTY_2023, "court_appearance_rate")
    assert sorted((round(float(f.value), 1), f.scope_kind) for f in found) == [(88.6, ""), (100.0, "unit")]


def test_a_paired_slogan_is_no_count() -> None:
    body = ("本局作为被告的行政诉讼案件3件，负责人出庭应诉3件。"
            "庭审结束后，出庭负责人组织相关人员进行复盘总结，查找执法工作中的不足，做到“出庭一次、规范一片”。")
    assert [float(f.value) for f in _found(body, COUNTY_BUREAU, "heads_in_court_count")] == [3.0]


# --- forms of sets UK–UN ------------------------------------------------------------------------------
def test_data_moved_onto_the_provinces_system_is_done_not_a_plan() -> None:
    body = "按照省统一部署，将我局检查行为、处罚结果等监管数据全部归集至省“互联网+监管”系统，实现数据联通和实时共享。"
    found = _found(body, COUNTY_BUREAU, "provincial_platform_data_link")
    assert [(bool(f.negated), f.requirement) for f in found] == [(False, False)]


def test_work_said_to_stand_under_way_now_is_not_done() -> None:
    body = ("按照区委统一部署，今年首次推行党政主要负责人年终述法，年度述法工作已于12月下旬启动，"
            "目前正在各镇（街道）、区政府各部门中陆续开展。")
    assert [bool(f.negated) for f in _found(body, DISTRICT_2025, "leaders_report_on_rule_of_law")] == [True]
    body = "编制镇级政务公开事项标准目录，目前目录初稿已完成，仍在根据县里审核意见修改完善。"
    assert [bool(f.negated) for f in _found(body, TOWN_2023, "grassroots_openness_standards")] == [True]


def test_problems_still_being_fixed_now_leave_the_coverage_done() -> None:
    body = "对全县12个乡镇开展法治督察，实现全覆盖，共发现问题41个，已整改38个，目前其余问题正在整改。"
    assert [bool(f.negated) for f in _found(body, COUNTY_2023, "rule_of_law_inspection_coverage")] == [False]


def test_the_towns_covered_are_not_the_departments() -> None:
    body = ("组建由县委依法治县办、县司法局和有关部门业务骨干组成的督察组，对全县12个乡镇开展法治督察，实现全覆盖。")
    assert _found(body, COUNTY_2023, "department_inspection_coverage") == []
    assert [bool(f.negated) for f in _found(body, COUNTY_2023, "rule_of_law_inspection_coverage")] == [False]


def test_the_hosts_of_a_class_are_not_its_scope() -> None:
    body = "县委组织部、县司法局联合在县委党校举办领导干部法治专题脱产培训班，培训为期4天。"
    assert [(bool(f.negated), f.scope_kind) for f in _found(body, COUNTY_2023, "head_offjob_training")] == [(False, "")]


def test_some_said_not_to_have_attended_the_class_in_the_next_sentence() -> None:
    body = ("县委组织部、县司法局联合在县委党校举办领导干部法治专题脱产培训班，培训为期4天。"
            "全县各乡镇、县直部门主要负责人中有45人参加了培训，另有3名乡镇主要负责人因防汛任务未能参训。")
    found = _found(body, COUNTY_2023, "head_offjob_training")
    assert [(bool(f.negated), f.scope_kind, f.scope) for f in found] == [(True, "part", "3名乡镇主要负责人")]


# --- forms of sets UO–UR ------------------------------------------------------------------------------
def test_not_published_by_the_years_end_is_not_done() -> None:
    body = "但年度重大行政决策事项目录编制工作启动较晚，至年底未能按要求向社会公布。"
    assert [bool(f.negated) for f in _found(body, TOWN_2023, "major_decision_catalogue_published")] == [True]


def test_coverage_not_reached_in_the_clause_after_the_inspection_is_a_shortfall() -> None:
    body = "二是法治督察主要聚焦镇（街道），对县政府部门尚未实现督察全覆盖；三是执法力量不足。"
    assert [bool(f.negated) for f in _found(body, COUNTY_2023, "department_inspection_coverage")] == [True]


def test_reached_or_over_is_at_least() -> None:
    body = "21个县直行政执法部门中，18个部门的法制审核人员占本部门执法人员比例达到或超过5%。"
    found = _found(body, COUNTY_2023, "legal_review_staff_ratio")
    assert [(float(f.value), f.bound, f.scope_kind) for f in found] == [(5.0, "at_least", "part")]


def test_heads_at_court_and_one_standing_for_the_government() -> None:
    body = "进入庭审程序的121件案件中，行政机关负责人到庭应诉121件，县政府分管负责同志代表县政府出庭应诉4次。"
    found = _found(body, COUNTY_2023, "heads_in_court_count")
    assert sorted((float(f.value), f.scope_kind) for f in found) == [(4.0, "unit"), (121.0, "")]


def test_the_legal_hotlines_praise_is_not_the_service_centres() -> None:
    body = "12348公共法律服务热线全年接听咨询1.6万余个，群众好评率99.6%。"
    assert _found(body, COUNTY_JUSTICE, "service_praise_rate") == []


def test_units_counted_in_the_clause_before_are_the_scope() -> None:
    body = "在已完成改革的县城管、交通运输、农业农村3支综合执法队伍中，一线执法人员占比达到78%。"
    found = _found(body, COUNTY_2023, "frontline_enforcement_share")
    assert [(float(f.value), f.scope_kind, f.scope) for f in found] == [(78.0, "part", "3支综合执法队伍")]
    body = "全县21个执法部门中，一线执法人员占比达到78%。"
    assert [f.scope_kind for f in _found(body, COUNTY_2023, "frontline_enforcement_share")] == [""]


def test_market_supervision_stations_are_units() -> None:
    body = "虽然全局法制审核人员比例达到要求，但仍有3个基层市场监督管理所法制审核人员比例未达到5%。"
    found = _found(body, COUNTY_BUREAU, "legal_review_staff_ratio")
    assert [(bool(f.negated), f.scope_kind, f.scope) for f in found] == [(True, "part", "3个基层市场监督管理所")]


# --- forms of sets US–UV ------------------------------------------------------------------------------
def test_a_city_systems_rate_beside_the_counts_leaves_the_rate_to_compute() -> None:
    body = ("以本局为被告的行政诉讼案件5件，其中开庭审理4件，局长或分管副局长出庭应诉4件；1件经法院调解原告撤诉未开庭。"
            "临沂市应急管理系统全年负责人出庭应诉率为98.5%。")
    rates = [f for f in _found(body, COUNTY_BUREAU, "court_appearance_rate") if f.scope_kind != "other"]
    assert [(float(f.value), f.derived) for f in rates] == [(100.0, True)]


def test_two_heads_named_then_all_appeared_gives_the_heads_count() -> None:
    body = "全年我局作为被告的行政诉讼案件2件，2件均开庭审理，局主要负责人和分管负责人均出庭应诉，负责人出庭应诉率100%。"
    assert [float(f.value) for f in _found(body, COUNTY_BUREAU, "heads_in_court_count")] == [2.0]


def test_none_below_the_floor_in_the_clause_after_the_officers() -> None:
    body = "据统计，全县2173名在岗执法人员中，年度法律知识培训学时无一低于60学时。"
    found = _found(body, COUNTY_2023, "enforcement_training_hours")
    assert [(float(f.value), f.bound, bool(f.negated)) for f in found] == [(60.0, "at_least", False)]


def test_the_office_that_organised_an_inspection_is_not_its_scope() -> None:
    body = "县委全面依法治县委员会办公室组织对22个乡镇（街道）开展法治督察，实现乡镇（街道）督察全覆盖，督察中发现问题37个。"
    assert [(f.scope_kind, f.scope) for f in _found(body, COUNTY_2023, "rule_of_law_inspection_coverage")] == [("", "")]


def test_a_unified_case_system_shared_with_the_towns_not_yet_built() -> None:
    body = "但本局执法办案仍主要依托省级系统和手工台账，与乡镇综合行政执法队共用的统一执法办案系统尚在建设中。"
    assert [bool(f.negated) for f in _found(body, COUNTY_BUREAU, "unified_enforcement_system")] == [True]
    body = "全面使用全区市场监管统一执法办案系统办理案件，实现案件网上登记、网上审批和网上流转。"
    assert _found(body, COUNTY_BUREAU, "unified_enforcement_system") == []


def test_works_a_head_pushed_on_are_none_claimed() -> None:
    body = "全年4次专题听取法治政府建设工作汇报，对行政执法协调监督体系建设、综合行政执法办案系统上线等重点工作亲自推动。"
    assert _found(body, COUNTY_2023, "unified_enforcement_system") == []


def test_some_of_the_heard_cases_still_left_to_others_are_not_the_heard_count() -> None:
    body = "四是行政机关负责人出庭应诉还没有做到全覆盖，开庭审理的案件中仍有5件由工作人员和委托律师代为出庭。"
    assert _found(body, COUNTY_2023, "court_cases_heard") == []


def test_a_half_year_in_an_aside_closed_before_the_rate_is_not_its_period() -> None:
    body = ("县行政复议机构全年新收复议申请96件，经审查立案受理88件（其中上半年受理41件），已办结81件，其中维持30件、驳回8件，"
            "依法撤销、变更或者确认违法10件，纠错率为12.3%。")
    found = _found(body, COUNTY_2023, "reconsideration_correction_rate")
    assert [(float(f.value), f.period) for f in found] == [(12.3, "")]


def test_praise_said_as_a_share_of_the_ratings() -> None:
    body = "在政务服务“好差评”中，今年4270条评价里好评占99.6%；12345热线转办的群众诉求办结率100%，群众满意率97.8%。"
    assert [float(f.value) for f in _found(body, TOWN_2023, "service_praise_rate")] == [99.6]


def test_a_rule_of_frequency_then_the_years_count_is_no_requirement() -> None:
    body = "镇党政班子会坚持会前学法，原则上每月一次，全年共学法12次。"
    found = _found(body, TOWN_2023, "pre_meeting_law_study")
    assert [(float(f.value), f.requirement) for f in found] == [(12.0, False)]


def test_the_organ_not_corrected_is_a_rate_of_none() -> None:
    body = "全年我局作为被申请人的行政复议案件1件，县政府审理后维持了原处罚决定，我局行政行为未被纠错。"
    assert [float(f.value) for f in _found(body, COUNTY_BUREAU, "reconsideration_correction_rate")] == [0.0]
    body = "镇政府作为被申请人的行政复议案件2件，县政府审理后维持1件，申请人撤回申请1件，镇政府未被纠错。"
    assert [float(f.value) for f in _found(body, TOWN_2023, "reconsideration_correction_rate")] == [0.0]


# --- forms of sets UW–UZ ------------------------------------------------------------------------------
def test_the_share_said_in_the_clause_after_the_staff() -> None:
    body = "局机关设立法制股，全局法制审核人员10人，在执法人员中的占比为5.4%，实现重大执法决定法制审核全覆盖。"
    assert [float(f.value) for f in _found(body, COUNTY_BUREAU, "legal_review_staff_ratio")] == [5.4]


def test_study_before_the_executive_meeting_with_its_count() -> None:
    body = "建立会前学法工作机制，镇党委会、镇政府常务会议前集中学法11次，先后学习了新修订的《中华人民共和国行政复议法》。"
    assert [float(f.value) for f in _found(body, TOWN_2023, "pre_meeting_law_study")] == [11.0]


def test_no_lawsuit_lost_said_with_meiyou() -> None:
    body = "全年街道作为被告的行政诉讼案件3件，年内审结3件，没有败诉案件。"
    assert [float(f.value) for f in _found(body, TOWN_2023, "litigation_loss_rate")] == [0.0]


def test_a_plan_in_an_items_name_before_the_count_is_no_requirement() -> None:
    body = ("协助县政府编制2025年度重大行政决策事项目录，目录于4月在县政府门户网站公布，"
            "纳入城区排水防涝设施改造、城乡供水一体化、老旧小区改造三年计划等事项5项。")
    found = _found(body, COUNTY_BUREAU, "major_decisions_count")
    assert [(float(f.value), f.requirement) for f in found] == [(5.0, False)]


def test_some_of_the_enforcement_bodies_counted_after_all_of_them() -> None:
    body = "全县35个行政执法主体中，32个主体法制审核人员占本单位执法人员的比例达到5%以上；其余3个主体尚未达到。"
    found = _found(body, COUNTY_2023, "legal_review_staff_ratio")
    assert (5.0, "at_least", "part") in [(float(f.value), f.bound, f.scope_kind) for f in found if f.value is not None]


def test_a_link_the_system_will_make_once_built_is_a_plan() -> None:
    body = "系统建成后，将实现执法事项、执法人员、执法案件、执法监督的网上统一管理，并与省级平台实现数据对接。"
    assert [f.requirement for f in _found(body, COUNTY_2023, "provincial_platform_data_link")] == [True]


def test_all_heard_then_all_appeared_gives_the_heads_count() -> None:
    body = "以我局为被告的行政诉讼案件2件，均已开庭审理，局负责人均出庭应诉，做到既出庭又出声。"
    assert [float(f.value) for f in _found(body, COUNTY_BUREAU, "heads_in_court_count")] == [2.0]
    body = "全年街道作为被告的行政诉讼案件3件，均系征收补偿和违法建设强制拆除引发，均已开庭审理，街道负责人均出庭应诉。"
    assert [float(f.value) for f in _found(body, TOWN_2023, "heads_in_court_count")] == [3.0]


# --- forms of sets VA–VD ------------------------------------------------------------------------------
def test_the_same_cases_counted_again_in_the_next_sentence_all_appeared() -> None:
    body = "以街道办事处为被告的行政诉讼案件3件，均已开庭审理。3件案件均由街道办事处负责人出庭应诉，其中办事处主任亲自出庭2件。"
    assert [float(f.value) for f in _found(body, TOWN_2023, "heads_in_court_count")] == [3.0]


def test_a_county_heads_own_count_is_no_rate_of_the_cases_heard() -> None:
    body = "法院开庭审理的86件案件中，行政机关负责人出庭应诉84件，县政府分管负责同志带头出庭应诉3次。"
    heads = _found(body, COUNTY_2023, "heads_in_court_count")
    assert sorted((float(f.value), f.scope_kind) for f in heads) == [(3.0, "unit"), (84.0, "")]
    rates = _found(body, COUNTY_2023, "court_appearance_rate")
    assert [round(float(f.value), 1) for f in rates] == [97.7]
    body = "法院开庭审理的58件案件，行政机关负责人出庭应诉实现百分之百，县政府分管领导出庭应诉2次。"
    assert [(float(f.value), f.derived) for f in _found(body, COUNTY_2023, "court_appearance_rate")] == [(100.0, False)]


def test_a_towns_head_count_of_its_cases_heard_gives_its_rate() -> None:
    body = "人民法院已开庭审理3件，镇长出庭应诉2件，另有1件开庭时镇长参加紧急会议，镇政府负责人均未能出庭。"
    rates = [f for f in _found(body, TOWN_2023, "court_appearance_rate") if f.value is not None]
    assert [(round(float(f.value), 1), f.derived) for f in rates] == [(66.7, True)]


def test_a_count_said_as_all_of_the_cases_and_again_is_one_count() -> None:
    body = "3件案件均已开庭审理，镇长或分管副镇长在3件案件中均出庭应诉，出庭应诉3件，出庭应诉率100%。"
    assert [float(f.value) for f in _found(body, TOWN_2023, "heads_in_court_count")] == [3.0]


def test_the_grassroots_system_still_being_built() -> None:
    body = "完成县级政务公开事项标准目录编制，乡镇、村级公开事项标准体系仍在逐步建立。"
    assert [bool(f.negated) for f in _found(body, COUNTY_2023, "grassroots_openness_standards")] == [True]


# --- forms of sets VE–VH ------------------------------------------------------------------------------
def test_a_five_year_total_after_an_annual_catalogue_named_between() -> None:
    body = ("“十四五”时期，县政府累计公布年度重大行政决策事项目录5批，县政府行政复议机构累计受理行政复议案件298件，"
            "全县行政机关负责人出庭应诉率连续四年保持在95%以上。")
    found = _found(body, COUNTY_2023, "reconsideration_cases")
    assert [(float(f.value), f.period) for f in found] == [(298.0, "“十四五”时期")]


def test_the_city_as_a_whole_opening_the_sentence_is_above_a_county() -> None:
    body = "全市范围内，行政机关负责人出庭应诉率为98.6%，我县高于全市平均水平。"
    assert [f.scope_kind for f in _found(body, COUNTY_2023, "court_appearance_rate")] == ["higher"]


def test_the_county_level_opening_the_sentence_is_above_a_bureau() -> None:
    body = "全县层面，2023年行政机关负责人出庭应诉率为97.5%。"
    assert [f.scope_kind for f in _found(body, COUNTY_BUREAU, "court_appearance_rate")] == ["higher"]


def test_the_named_city_government_is_above_a_county() -> None:
    # the city's catalogue, named without its decisions: never the county's own count (read as the city's, or not read)
    body = "作为对比，定西市政府本年度目录共列入事项12项，我县在事项选取的代表性上与市本级仍有一定差距。"
    assert all(f.scope_kind == "higher" for f in _found(body, COUNTY_2023, "major_decisions_count"))
    body = "作为对比，定西市政府本年度重大行政决策事项目录共列入事项12项，我县与市本级仍有一定差距。"
    assert [f.scope_kind for f in _found(body, COUNTY_2023, "major_decisions_count")] == ["higher"]


# --- forms of sets VI–VL ------------------------------------------------------------------------------
def test_a_bound_before_the_act_whose_count_precedes_the_term() -> None:
    body = "下一步，镇政府常务会议会前学法全年不低于12次，每年至少为班子成员举办2期法治专题讲座。"
    found = _found(body, TOWN_2023, "leadership_law_lectures")
    assert [(float(f.value), f.bound, f.requirement) for f in found] == [(2.0, "at_least", True)]


def test_the_village_level_named_before_the_system() -> None:
    body = "四是部分村务公开栏未按标准目录公开，村级政务公开标准体系尚未全面建立。"
    found = _found(body, TOWN_2023, "grassroots_openness_standards")
    assert [(bool(f.negated), f.scope_kind, f.scope) for f in found] == [(True, "part", "村级")]


def test_the_office_working_with_the_justice_bureau_is_not_the_scope() -> None:
    body = "县委依法治县办会同县司法局对全县各乡镇开展法治督察，实现乡镇法治督察全覆盖。"
    assert [f.scope_kind for f in _found(body, COUNTY_2023, "rule_of_law_inspection_coverage")] == ["whole"]


def test_towns_and_farms_covered_and_departments_sampled() -> None:
    body = "县委依法治县办会同县司法局对12个镇场开展法治督察，实现全覆盖，并选取15个县直部门开展专项督察，发现问题47个。"
    assert _found(body, COUNTY_2023, "department_inspection_coverage") == []
    assert [bool(f.negated) for f in _found(body, COUNTY_2023, "rule_of_law_inspection_coverage")] == [False]


def test_those_in_post_at_the_start_of_the_year_are_some_of_the_team() -> None:
    body = "年初在岗的9名队员全年法律知识培训均不少于60学时；10月新调入的3名队员年内培训尚未达到60学时。"
    found = [f for f in _found(body, TOWN_2023, "enforcement_training_hours") if not f.negated]
    assert [(float(f.value), f.scope_kind) for f in found] == [(60.0, "part")]


# --- forms of sets VM–VP ------------------------------------------------------------------------------
def test_a_problem_named_to_be_corrected_next_year_is_no_claim() -> None:
    body = "对于重大决策目录公开等程序性问题，将在明年年初的工作中予以纠正；"
    assert _found(body, TOWN_2023, "major_decision_catalogue_published") == []


def test_a_system_that_has_run_a_short_time_is_built() -> None:
    body = ("统一综合行政执法办案系统上线时间较短，部分乡镇执法人员对系统操作还不够熟练，"
            "系统的数据分析和监督预警功能尚未充分发挥。")
    assert [bool(f.negated) for f in _found(body, COUNTY_2023, "unified_enforcement_system")] == [False]


def test_the_reports_procedure_is_no_plan_to_publish_it() -> None:
    body = "完善政务公开制度机制，规范法治政府建设年度报告的起草、审核和发布程序，提高报告质量。"
    assert _found(body, COUNTY_2023, "annual_report_published") == []


# --- forms of sets VQ–VT ------------------------------------------------------------------------------
def test_a_prefecture_named_with_the_year_is_above_a_county() -> None:
    body = "文山州全年行政机关败诉率为8.2%，我县低于全州平均水平。"
    assert [f.scope_kind for f in _found(body, COUNTY_JUSTICE, "litigation_loss_rate")] == ["higher"]


def test_lectures_and_talks_for_the_public_are_not_the_leaderships() -> None:
    body = "县政府将民法典学习宣传作为年度普法工作重点，组织县政府常务会议专题学习民法典，举办民法典专题讲座和宣讲活动120余场次。"
    assert _found(body, COUNTY_2023, "leadership_law_lectures") == []


def test_heard_cases_the_heads_missed_are_not_the_heard_count() -> None:
    body = "对已开庭但负责人未出庭的1件案件，镇政府进行了认真反思。三是负责人出庭应诉率未达到100%，有1件开庭案件由律师单独出庭。"
    assert _found(body, TOWN_2023, "court_cases_heard") == []


def test_the_reports_linked_to_appraisal_are_no_report_given() -> None:
    body = "县委组织部、县委依法治县办将领导干部述法情况与年度考核、干部选拔任用相衔接，对述法中反映出的问题督促限期整改。"
    assert _found(body, COUNTY_2023, "leaders_report_on_rule_of_law") == []


def test_the_problems_lead_in_naming_the_year_is_no_plan_heading() -> None:
    body = ("2023年，我镇法治政府建设虽然取得了一定成效，但与上级要求和人民群众的期盼相比，还存在一些差距，主要表现在以下几个方面：\n"
            "一是基层政务公开标准化建设滞后，基层政务公开标准目录尚未编制完成。")
    found = _found(body, TOWN_2023, "grassroots_openness_standards")
    assert [(bool(f.negated), f.requirement) for f in found] == [(True, False)]


# --- forms of sets VU–VX ------------------------------------------------------------------------
STREET_2022 = "测试县松港街道2022年法治政府建设年度报告\n2022年，街道坚持依法行政，全面推进法治政府建设。\n"


def test_a_section_heading_pushing_coverage_is_no_claim() -> None:
    body = ("五、强化权力制约监督，推进法治督察全覆盖\n"
            "（一）自觉接受人大监督。县政府依法向县人大常委会报告法治政府建设工作。\n"
            "（二）开展法治督察。县委依法治县办组织对12个乡镇政府开展法治政府建设专项督察，实现了对乡镇督察全覆盖。")
    found = _found(body, COUNTY_2023, "rule_of_law_inspection_coverage")
    assert [f.quote.startswith("县委依法治县办") for f in found] == [True]


def test_a_lecture_for_the_leadership_and_all_cadres_is_the_leaderships() -> None:
    body = "邀请县司法局业务骨干为镇领导班子成员和全体干部举办法治专题讲座2期，镇党政班子成员全部参加。"
    assert [f.value for f in _found(body, TOWN_2023, "leadership_law_lectures")] == [2]


def test_a_heard_case_whose_head_sent_someone_is_not_the_heard_count() -> None:
    body = "三是行政机关负责人出庭应诉率未达到百分之百，1件开庭案件因主要负责人参加县防汛会议，委托执法中队负责人出庭。"
    assert _found(body, TOWN_2025, "court_cases_heard") == []


def test_a_named_city_before_its_rate_is_the_city_above() -> None:
    body = "全年审结行政复议案件52件，纠错8件，纠错率15.4%，同期鞍山市纠错率为13.1%。"
    found = _found(body, COUNTY_2023, "reconsideration_correction_rate")
    assert [(float(f.value), f.scope_kind) for f in found] == [(15.4, ""), (13.1, "higher")]


def test_the_other_members_of_the_streets_team_are_a_part() -> None:
    body = ("街道党工委书记、办事处主任参加了县委组织部举办的领导干部法治专题脱产培训班。"
            "但受疫情防控等任务影响，街道其他班子成员年内未能安排参加脱产法治培训。")
    found = _found(body, STREET_2022, "head_offjob_training")
    assert [(bool(f.negated), f.scope_kind) for f in found] == [(False, "whole"), (True, "part")]


def test_cases_said_to_be_none_are_a_count_of_zero() -> None:
    body = "全年镇政府作为被申请人的行政复议案件为零。"
    assert [f.value for f in _found(body, TOWN_2023, "reconsideration_respondent_cases")] == [0]


def test_a_commission_not_corrected_is_a_correction_rate_of_zero() -> None:
    body = "我委作为被申请人的行政复议案件2件，县政府经审理后均作出维持决定，我委未被纠错。"
    assert [f.value for f in _found(body, DEPARTMENT_2021, "reconsideration_correction_rate")] == [0]


def test_the_share_published_of_the_documents_issued_is_the_disclosure_rate() -> None:
    body = "街道全年制发公文中，主动公开的比例为52.4%。"
    assert [float(f.value) for f in _found(body, STREET_2022, "document_disclosure_rate")] == [52.4]


def test_the_share_published_with_no_documents_named_is_not_read() -> None:
    body = "全年主动公开政府信息1,200条，主动公开的比例较上年有所提高，达到85%。"
    assert _found(body, COUNTY_2023, "document_disclosure_rate") == []


def test_all_reviewed_and_then_filed_is_all_filed() -> None:
    body = "2021年我局制发行政规范性文件2件，均经局法制审核人员和法律顾问审查，并在印发后按规定报县政府备案。"
    found = _found(body, DEPARTMENT_2021, "normative_doc_filing_rate")
    assert [(f.value, f.derived) for f in found] == [(100, False)]


def test_all_reviewed_and_then_a_filed_count_gives_the_rate_from_the_counts() -> None:
    body = "全年制发行政规范性文件2件，均经合法性审核、集体讨论后公开发布，并报送县政府备案2件。"
    found = _found(body, TOWN_2023, "normative_doc_filing_rate")
    assert [(f.value, f.derived) for f in found] == [(100, True)]


def test_a_system_built_in_its_own_clause_after_an_update_is_built() -> None:
    body = ("对照基层政务公开事项标准目录，完成镇级政务公开事项目录动态调整，全镇32个村（社区）全部建立村务公开目录，"
            "镇村两级基层政务公开标准体系已全面建成。")
    assert [bool(f.negated) for f in _found(body, TOWN_2023, "grassroots_openness_standards")] == [False]


def test_an_update_of_the_catalogue_alone_is_no_system_built() -> None:
    body = "对照基层政务公开事项标准目录，完成镇级政务公开事项标准目录动态调整。"
    assert _found(body, TOWN_2023, "grassroots_openness_standards") == []


def test_deputies_of_the_team_who_missed_the_training_are_a_part() -> None:
    body = "一是法治培训覆盖不均衡，局领导班子中有2名副职尚未参加法治专题脱产培训，部分干部职工学习不够深入。"
    found = _found(body, DEPARTMENT_2021, "head_offjob_training")
    assert [(bool(f.negated), f.scope_kind) for f in found] == [(True, "part")]


# --- forms of sets VY–WB ------------------------------------------------------------------------
def test_a_deputy_sent_by_the_head_is_still_a_head_in_court() -> None:
    body = ("以镇政府为被告的行政诉讼案件3件，上述3件案件均已开庭审理。"
            "镇长亲自出庭应诉2件，分管副镇长受镇长委托出庭应诉1件。")
    heads = _found(body, TOWN_2023, "heads_in_court_count")
    rate = _found(body, TOWN_2023, "court_appearance_rate")
    assert [(f.value, f.derived) for f in heads] == [(3, True)]
    assert [(f.value, f.derived) for f in rate] == [(100, True)]


def test_staff_sent_by_the_head_are_not_the_heads() -> None:
    body = "开庭审理4件，镇长出庭应诉3件，其余1件由工作人员受镇长委托出庭应诉。"
    assert [f.value for f in _found(body, TOWN_2023, "heads_in_court_count")] == [3]


def test_only_some_of_the_team_trained_is_a_part_short() -> None:
    body = "受疫情影响，今年仅部分班子成员参加了县委党校组织的法治专题脱产培训，其余班子成员主要通过线上平台自学。"
    found = _found(body, TOWN_2023, "head_offjob_training")
    assert [(bool(f.negated), f.scope_kind) for f in found] == [(True, "part")]


def test_the_streets_head_in_charge_who_missed_the_training_is_a_part() -> None:
    body = "受征收拆迁等任务影响，街道分管执法工作的负责人今年未能参加法治专题脱产培训，部分社区干部法律知识掌握不够全面。"
    found = _found(body, STREET_2022, "head_offjob_training")
    assert [(bool(f.negated), f.scope_kind, f.scope) for f in found] == [(True, "part", "分管执法工作的负责人")]


def test_the_heard_count_before_a_kind_of_case_is_the_heard_count() -> None:
    body = "2025年，全县法院开庭审理的52件行政诉讼案件，行政机关负责人均出庭应诉。"
    assert [f.value for f in _found(body, COUNTY_JUSTICE, "court_cases_heard")] == [52]
    assert [f.value for f in _found(body, COUNTY_JUSTICE, "heads_in_court_count")] == [52]


def test_study_before_the_meetings_are_held_is_pre_meeting_study() -> None:
    body = "全年在镇党委会、镇长办公会议召开前集中学法十五次，学习内容主要包括宪法和民法典。"
    assert [f.value for f in _found(body, TOWN_2023, "pre_meeting_law_study")] == [15]


def test_data_connected_to_the_regions_platform_is_the_link() -> None:
    body = "旗级各监管部门的监管事项目录清单和检查行为数据已接入自治区“互联网+监管”系统，实现数据互联互通。"
    assert [bool(f.negated) for f in _found(body, COUNTY_2023, "provincial_platform_data_link")] == [False]


def test_connecting_still_under_way_is_no_link() -> None:
    body = "推动全市行政执法数据接入广西“互联网+监管”系统，与自治区级监管平台的数据联通汇聚工作正在推进，尚未全部完成。"
    assert [bool(f.negated) for f in _found(body, COUNTY_2023, "provincial_platform_data_link")] == [True]


# --- forms of sets WC–WF ------------------------------------------------------------------------
def test_the_cases_kind_then_all_heard_gives_the_heard_count() -> None:
    body = ("全年以街道办事处为被告的行政诉讼案件5件（2020年为8件），案由主要涉及征收补偿和违法建筑拆除，"
            "上述案件均已开庭审理，办事处主任或分管副主任出庭应诉4件。")
    assert [f.value for f in _found(body, STREET_2022, "court_cases_heard")] == [5]
    assert [(f.value, f.derived) for f in _found(body, STREET_2022, "court_appearance_rate")] == [(80, True)]


def test_the_organs_heads_total_after_each_persons_count_is_the_count() -> None:
    body = "局长出庭应诉2件，分管副局长出庭应诉1件，机关负责人出庭应诉3件，出庭应诉率达到百分之百。"
    assert [f.value for f in _found(body, COUNTY_BUREAU, "heads_in_court_count")] == [3]


def test_the_stations_heads_who_have_not_reported_are_a_part() -> None:
    body = "目前述法主要在局主要负责人层面开展，各市场监管所所长尚未全面开展年终述法，述法向基层延伸不够。"
    found = _found(body, COUNTY_BUREAU, "leaders_report_on_rule_of_law")
    assert [(bool(f.negated), f.scope_kind) for f in found] == [(True, "part")]


def test_some_trained_and_others_not_in_one_sentence_are_two_parts() -> None:
    body = ("街道党工委书记、办事处主任及2名分管执法工作的副主任参加了区委党校举办的领导干部法治专题脱产培训，"
            "另有2名班子成员因承担防汛、秸秆禁烧等任务，尚未参加法治专题脱产培训。")
    found = _found(body, STREET_2022, "head_offjob_training")
    assert sorted((bool(f.negated), f.scope_kind) for f in found) == [(False, "part"), (True, "part")]


def test_the_principals_own_share_in_court_is_no_appearance_rate() -> None:
    body = "镇长本人出庭应诉比例不高，部分案件由分管副镇长出庭，应诉材料准备的规范性有待提高。"
    assert _found(body, TOWN_2023, "court_appearance_rate") == []


def test_counsel_working_on_cases_of_both_kinds_is_no_lawsuit_count() -> None:
    body = "全年公职律师和法律顾问参与办理复议应诉案件9件，参与处理涉法信访事项6件。"
    assert _found(body, COUNTY_BUREAU, "admin_litigation_cases") == []


def test_the_principals_named_as_missing_the_training_are_a_part() -> None:
    body = ("镇分管综合行政执法工作的副镇长参加了县委党校举办的乡镇领导干部法治专题脱产培训班，"
            "镇党委书记、镇长因防汛、项目建设等工作任务重，未能参加本年度的法治专题脱产培训。")
    found = _found(body, TOWN_2023, "head_offjob_training")
    assert sorted((bool(f.negated), f.scope_kind, f.scope) for f in found) == [
        (False, "part", "镇分管综合行政执法工作的副镇长"), (True, "part", "镇党委书记、镇长")]


def test_not_corrected_by_the_reconsideration_organ_is_a_rate_of_zero() -> None:
    body = "街道作为被申请人的行政复议案件2件，其中1件经调解后申请人撤回申请，1件被复议机关决定维持，全年未被复议机关纠错。"
    assert [f.value for f in _found(body, STREET_2022, "reconsideration_correction_rate")] == [0]


def test_the_heard_cases_named_again_all_with_a_head_give_the_heads_count() -> None:
    body = "全年以我局为被告的行政诉讼案件11件，人民法院开庭审理9件，开庭审理的9件案件均由局长或分管副局长出庭应诉。"
    assert [f.value for f in _found(body, COUNTY_BUREAU, "heads_in_court_count")] == [9]


def test_the_countys_system_not_reaching_the_town_is_the_towns_shortfall() -> None:
    body = "全县统一的综合行政执法办案系统目前尚未延伸到本镇，镇综合行政执法队仍以纸质卷宗办案为主。"
    found = _found(body, TOWN_2023, "unified_enforcement_system")
    assert [(bool(f.negated), f.scope_kind) for f in found] == [(True, "")]


def test_two_heads_each_in_court_once_are_two_appearances() -> None:
    body = "以我局为被告的行政诉讼案件2件，均已开庭审理，局长和分管副局长分别出庭应诉1件，做到出庭又出声。"
    heads = _found(body, COUNTY_BUREAU, "heads_in_court_count")
    assert [(f.value, f.derived, f.text) for f in heads] == [(2, True, "1件×2")]
    assert [(f.value, f.derived) for f in _found(body, COUNTY_BUREAU, "court_appearance_rate")] == [(100, True)]


def test_two_heads_each_in_court_once_then_the_total_is_the_total() -> None:
    body = "一审行政诉讼案件2件，法院均开庭审理，局长和分管副局长分别出庭应诉1件，负责人出庭应诉2件，出庭应诉率100%。"
    assert [(f.value, f.derived) for f in _found(body, COUNTY_BUREAU, "heads_in_court_count")] == [(2, False)]


# --- forms of sets WG–WJ ------------------------------------------------------------------------
def test_the_district_named_with_the_year_in_a_streets_report_is_the_districts() -> None:
    head = "九江市濂溪区十里街道办事处关于2024年度法治政府建设工作情况的报告\n2024年，十里街道坚持依法行政。\n"
    found = _found("2024年濂溪区行政机关负责人出庭应诉率为98.1%。", head, "court_appearance_rate")
    assert [(f.scope_kind, f.scope) for f in found] == [("higher", "濂溪区")]


def test_the_county_level_service_rate_in_a_towns_report_is_the_countys() -> None:
    found = _found("县级政务服务“好差评”好评率为99.9%。", TOWN_2023, "service_praise_rate")
    assert [f.scope_kind for f in found] == ["higher"]


def test_data_uploaded_step_by_step_is_no_link_yet() -> None:
    body = "配合市司法局推广应用江西省行政执法监督平台，全县执法单位执法数据逐步上传。"
    assert [bool(f.negated) for f in _found(body, COUNTY_JUSTICE, "provincial_platform_data_link")] == [True]


@pytest.mark.parametrize("body, negated", [
    ("对照县级基层政务公开标准目录，镇、村两级公开事项目录全部编制完成，基层政务公开标准化规范化建设已全面完成。", False),
    ("镇、村两级基层政务公开标准化规范化建设尚在推进中，村级公开事项目录还未全部编制完成。", True),
])
def test_the_openness_standardisation_work_said_done_or_under_way(body: str, negated: bool) -> None:
    assert [bool(f.negated) for f in _found(body, TOWN_2023, "grassroots_openness_standards")] == [negated]


def test_pushing_the_openness_standardisation_work_is_no_claim() -> None:
    body = "推进基层政务公开标准化规范化建设，在全县14个镇推行政务公开专区。"
    assert _found(body, COUNTY_2023, "grassroots_openness_standards") == []


# --- forms of sets WK–WN ------------------------------------------------------------------------
def test_a_report_published_past_the_time_limit_is_late() -> None:
    body = "因审议程序衔接不畅，2023年度法治政府建设年度报告至4月中旬才在县政府门户网站公开，超过了规定时限。"
    assert [bool(f.negated) for f in _found(body, COUNTY_BUREAU, "annual_report_published")] == [True]


def test_deputies_proposals_handled_after_filing_are_no_filed_count() -> None:
    body = "主动向县人大常委会报告工作、备案规范性文件，认真办理人大代表建议和政协委员提案，全年共办理人大代表建议126件、政协提案143件。"
    assert _found(body, COUNTY_2023, "normative_docs_filed") == []


def test_all_n_of_the_documents_filed_is_not_the_count_again() -> None:
    body = "县政府2025年制发行政规范性文件9件，全部9件均在发布之日起30日内报送市人民政府和县人大常委会备案，备案率100%。"
    assert [f.value for f in _found(body, COUNTY_2023, "normative_docs_count")] == [9]


def test_a_practice_not_yet_carried_out_is_a_shortfall() -> None:
    body = "行政复议决定书公开、听证审理等制度落实还不到位。"
    assert [bool(f.negated) for f in _found(body, COUNTY_JUSTICE, "reconsideration_decisions_online")] == [True]


def test_the_communities_own_decisions_are_no_major_decisions() -> None:
    body = "指导8个社区规范居民会议、居民代表会议议事程序，全年各社区依程序决策事项29项。"
    assert _found(body, STREET_2022, "major_decisions_count") == []


def test_none_made_in_the_townships_name_is_zero_documents() -> None:
    body = "乡政府严格落实行政规范性文件制定权限规定，今年未以乡政府名义制定和发布行政规范性文件。"
    assert [f.value for f in _found(body, TOWN_2023, "normative_docs_count")] == [0]


def test_results_pushed_to_the_provinces_system_are_the_link() -> None:
    body = "执法检查结果同步推送至湖南省“互联网+监管”系统。"
    assert [bool(f.negated) for f in _found(body, TOWN_2023, "provincial_platform_data_link")] == [False]


def test_the_heard_cases_all_with_a_head_give_the_heard_count() -> None:
    body = "以镇政府为被告的行政诉讼案件2件，开庭的2件案件均由镇政府负责人出庭应诉，其中镇长出庭1件。"
    assert [f.value for f in _found(body, TOWN_2023, "court_cases_heard")] == [2]


def test_the_heard_count_named_again_in_its_sentence_is_read_once() -> None:
    body = "本局作为被告的一审行政诉讼案件3件，其中开庭审理2件，开庭审理的2件案件全部由局负责人出庭应诉，出庭应诉率保持100%。"
    assert [f.value for f in _found(body, COUNTY_BUREAU, "court_cases_heard")] == [2]


def test_all_reviewed_and_deliberated_then_filed_is_all_filed() -> None:
    body = ("全年以局名义制发行政规范性文件2件，均经局政策法规股合法性审核和局务会议集体审议，"
            "并在印发之日起15日内报送县人民政府备案。")
    assert [(f.value, f.derived) for f in _found(body, COUNTY_BUREAU, "normative_doc_filing_rate")] == [(100, False)]


def test_all_reviewed_then_filed_with_the_filed_count_after_gives_the_rate_from_counts() -> None:
    body = ("全年以县政府名义制发行政规范性文件7件，每件均经县司法局合法性审核和县政府常务会议审议，"
            "并在发布之日起30日内报送州人民政府、县人大常委会备案，共报送备案7件。")
    assert [(f.value, f.derived) for f in _found(body, COUNTY_2023, "normative_doc_filing_rate")] == [(100, True)]


def test_not_corrected_all_year_after_the_cases_is_a_rate_of_zero() -> None:
    body = "镇政府作为被申请人的行政复议案件2件，两件案件镇政府均按期提交答复和证据材料，全年未被纠错。"
    assert [f.value for f in _found(body, TOWN_2023, "reconsideration_correction_rate")] == [0]


# --- forms of sets WO–WR ------------------------------------------------------------------------
def test_the_share_rule_said_as_reached_with_no_value_is_met() -> None:
    body = "镇政府配备专职法制审核人员1名，达到法制审核人员占执法人员5%以上的要求。"
    assert [(f.value, f.bound, f.requirement) for f in _found(body, TOWN_2023, "legal_review_staff_ratio")] == [
        (5, "at_least", False)]


def test_the_share_rule_reached_after_the_value_is_the_rule() -> None:
    body = "执法人员14名，其中法制审核人员1名，法制审核人员占执法人员的比例为7.1%，达到法制审核人员比例不低于5%的要求。"
    found = [(float(f.value), f.requirement) for f in _found(body, COUNTY_BUREAU, "legal_review_staff_ratio")]
    assert found == [(7.1, False), (5.0, True)]


def test_departments_listed_with_deng_are_a_part() -> None:
    body = "县市场监管、生态环境、农业农村等部门监管事项全部录入自治区“互联网+监管”系统，监管数据与自治区“互联网+监管”平台实现联通。"
    assert [f.scope_kind for f in _found(body, COUNTY_2023, "provincial_platform_data_link")] == ["part"]


def test_an_office_organising_the_reports_is_no_report_given() -> None:
    body = "街道明确司法所承担法治建设日常工作，党政办负责会前学法和述法组织工作，综合行政执法队负责执法工作。"
    assert _found(body, STREET_2022, "leaders_report_on_rule_of_law") == []


# --- forms of sets WS–WV ------------------------------------------------------------------------
@pytest.mark.parametrize("rest", ["镇级端口正在联调测试", "镇级端口尚未上线"])
def test_a_system_whose_town_end_is_not_yet_live_is_not_built(rest: str) -> None:
    body = f"县级综合执法办案系统已在26个县级执法部门上线运行，{rest}。"
    assert [bool(f.negated) for f in _found(body, COUNTY_2023, "unified_enforcement_system")] == [True]


def test_audits_of_major_decisions_carried_out_are_no_decisions() -> None:
    body = "围绕县委、县政府重大决策部署落实、重点民生资金使用和领导干部经济责任等开展审计，全年完成审计项目21个。"
    assert _found(body, COUNTY_2023, "major_decisions_count") == []


def test_consumer_disputes_settled_are_no_peoples_mediation() -> None:
    body = "在商场、超市、景区等场所建立消费维权服务站32个，开展在线消费纠纷解决企业培育，消费纠纷和解成功率达到91.5%。"
    assert _found(body, COUNTY_BUREAU, "mediation_success_rate") == []


# --- forms of sets WW–WZ ------------------------------------------------------------------------
def test_the_county_centres_overall_rate_in_a_bureaus_report_is_the_countys() -> None:
    body = "不动产登记窗口全年办理登记业务2.1万件，窗口好评率99.7%，县政务服务中心整体好评率99.9%。"
    found = [(float(f.value), f.scope_kind) for f in _found(body, COUNTY_BUREAU, "service_praise_rate")]
    assert found == [(99.7, ""), (99.9, "higher")]


def test_the_communities_reports_reviewed_are_no_report_given() -> None:
    body = "述法结束后，街道党工委对各社区述法情况逐一点评，指出存在的问题，提出整改要求。"
    assert _found(body, STREET_2022, "leaders_report_on_rule_of_law") == []


def test_a_method_set_for_the_reports_is_no_report_given() -> None:
    body = "为使述法不流于形式，街道制定了述法工作实施办法，明确述法内容、述法程序和评议方式，要求述法人围绕具体事例进行报告。"
    assert _found(body, STREET_2022, "leaders_report_on_rule_of_law") == []


def test_a_case_a_deputy_stood_in_for_is_no_heads_count() -> None:
    body = "二是镇长出庭应诉尚未实现全覆盖，1件案件由分管副镇长代为出庭。"
    assert _found(body, TOWN_2023, "heads_in_court_count") == []


def test_one_lecture_in_each_half_year_is_not_one_lecture() -> None:
    body = "上、下半年各举办一期法治专题讲座，分别邀请县司法局和县人民法院的同志授课。"
    assert [f.value for f in _found(body, TOWN_2023, "leadership_law_lectures")] != [1]


def test_the_bureaus_stations_each_to_reach_the_share_are_a_part() -> None:
    body = "通过内部调剂、招录引进等方式，充实基层所法制审核力量，确保各市场监管所法制审核人员占执法人员比例均不低于5%。"
    found = _found(body, COUNTY_BUREAU, "legal_review_staff_ratio")
    assert [(f.requirement, f.scope_kind) for f in found] == [(True, "part")]


# --- forms of sets XA–XD ------------------------------------------------------------------------
def test_one_head_then_the_other_case_by_a_deputy_is_both_heads() -> None:
    body = "镇人民政府被诉行政案件2件，均已开庭审理，其中镇长出庭应诉1件，另1件由分管副镇长出庭应诉。"
    assert [(f.value, f.derived) for f in _found(body, TOWN_2023, "heads_in_court_count")] == [(2, True)]
    assert [(f.value, f.derived) for f in _found(body, TOWN_2023, "court_appearance_rate")] == [(100, True)]


def test_the_whole_county_all_above_the_hours_after_urging_is_a_result() -> None:
    body = "组织行政执法人员公共法律知识培训2次，督促各执法单位落实执法人员培训制度，全县每名执法人员全年法律知识培训均不低于60学时。"
    assert [f.requirement for f in _found(body, COUNTY_JUSTICE, "enforcement_training_hours")] == [False]


def test_the_departments_not_yet_all_inspected_are_the_departments_coverage() -> None:
    body = "六是法治督察的覆盖面还不够广，对县政府工作部门仍以抽查为主，尚未实现督察全覆盖。"
    assert _found(body, COUNTY_2023, "rule_of_law_inspection_coverage") == []
    assert [bool(f.negated) for f in _found(body, COUNTY_2023, "department_inspection_coverage")] == [True]



# --- forms of sets XE–XH ------------------------------------------------------------------------
def test_none_made_in_the_street_offices_name_is_zero() -> None:
    body = "本年度街道未以街道办事处名义出台行政规范性文件。"
    assert [f.value for f in _found(body, STREET_2022, "normative_docs_count")] == [0]


def test_a_document_the_bureau_helped_the_county_draft_is_not_the_bureaus() -> None:
    body = "全年本局未制发行政规范性文件，协助县政府办公室起草涉及应急管理的规范性文件1件，由县政府统一审核发布。"
    assert [f.value for f in _found(body, COUNTY_BUREAU, "normative_docs_count")] == [0]


def test_the_principal_trained_and_the_other_members_not_are_each_their_own() -> None:
    body = "二是领导干部法治能力有待提升，局主要负责人已参加法治专题脱产培训，但班子其他成员和执法大队负责人尚未参加脱产培训。"
    found = _found(body, COUNTY_BUREAU, "head_offjob_training")
    assert sorted((bool(f.negated), f.scope_kind) for f in found) == [(False, "part"), (True, "part")]


@pytest.mark.parametrize("body", [
    "二是领导干部法治专题培训存在短板，镇分管负责同志本年度未参加法治专题脱产培训。",
    "原计划安排镇分管综合执法工作的负责同志参加县委党校举办的法治专题脱产培训，因7月底遭遇强降雨灾害，相关同志全程投入抢险救灾，未能参加此次脱产培训。",
])
def test_the_one_in_charge_who_missed_the_training_is_a_part(body: str) -> None:
    assert [(bool(f.negated), f.scope_kind) for f in _found(body, TOWN_2023, "head_offjob_training")] == [(True, "part")]


def test_the_reviews_efficiency_is_not_the_staff_share() -> None:
    body = "三是法制审核力量薄弱，全镇仅有1名法制审核人员，同时承担案卷评查、合同审查等多项工作，审核工作质量和效率有待提升。"
    assert _found(body, TOWN_2023, "legal_review_staff_ratio") == []


def test_the_cases_counted_again_all_by_the_heads() -> None:
    body = "以镇政府为被告的行政诉讼案件3件，均已开庭审理，3件均由镇长或分管副镇长出庭应诉。"
    assert [f.value for f in _found(body, TOWN_2023, "heads_in_court_count")] == [3]
    assert [(f.value, f.derived) for f in _found(body, TOWN_2023, "court_appearance_rate")] == [(100, True)]


def test_two_heads_named_all_in_court_after_the_heard_count() -> None:
    body = "我局作为被告的行政诉讼案件2件，均涉及土地承包经营权确权登记，2件案件均开庭审理，局长、分管副局长均出庭应诉。"
    assert [f.value for f in _found(body, COUNTY_BUREAU, "heads_in_court_count")] == [2]


def test_the_one_case_heard_by_the_court_and_its_head_in_person() -> None:
    body = "全年以本局为被告的行政诉讼案件2件，其中1件经法院开庭审理，局长亲自出庭应诉，另1件因原告撤诉未开庭审理。"
    assert [f.value for f in _found(body, COUNTY_BUREAU, "court_cases_heard")] == [1]
    assert [f.value for f in _found(body, COUNTY_BUREAU, "heads_in_court_count")] == [1]
    body = "全年以乡政府为被告的行政诉讼案件1件，涉及村民房屋违法建设拆除事项，该案于8月由县人民法院开庭审理，乡长亲自出庭应诉。"
    assert [f.value for f in _found(body, TOWN_2023, "heads_in_court_count")] == [1]


def test_the_heard_count_then_an_appearance_rate_is_no_head_in_person() -> None:
    body = "全年以本局为被告的行政诉讼案件2件，其中1件经法院开庭审理，出庭应诉率达到100%。"
    assert _found(body, COUNTY_BUREAU, "heads_in_court_count") == []


def test_the_correction_rate_beside_the_disclosure_case_corrected() -> None:
    body = ("全年以本局为被申请人的行政复议案件3件，涉及医疗机构执业登记、政府信息公开和行政处罚，其中2件被维持，"
            "1件因政府信息公开答复不完整被县政府责令重新答复，被纠错率33.3%。")
    assert [float(f.value) for f in _found(body, COUNTY_BUREAU, "reconsideration_correction_rate")] == [33.3]


def test_the_act_upheld_and_not_corrected_is_zero() -> None:
    body = "我镇作为被申请人的行政复议案件1件，经县政府审理，决定维持镇政府作出的行政行为，未被纠错。"
    assert [f.value for f in _found(body, TOWN_2023, "reconsideration_correction_rate")] == [0]


def test_lectures_after_the_leaderships_study_are_the_leaderships() -> None:
    body = ("（三）坚持集体学法制度。全年镇党政班子会会前学法十次，每次由一名班子成员领学。"
            "邀请县司法局业务骨干和镇法律顾问来镇举办法治专题讲座两期，分别讲授行政处罚法修订要点。")
    assert [f.value for f in _found(body, TOWN_2023, "leadership_law_lectures")] == [2]


def test_a_lecture_count_of_last_year_does_not_date_the_next_sentence() -> None:
    body = "为乡领导班子举办法治专题讲座两期。2022年，本镇仅举办讲座1期。镇长于9月参加县委党校举办的法治专题脱产培训班。"
    assert [(f.year, bool(f.negated)) for f in _found(body, TOWN_2023, "head_offjob_training")] in ([(None, False)], [(2023, False)])


# --- forms of sets XI–XL ------------------------------------------------------------------------
@pytest.mark.parametrize("body", [
    "今年镇政府作为被告的行政诉讼案件1件，为村民对镇政府作出的农村违法建房处理决定不服提起的诉讼，该案已开庭审理，镇长作为行政机关负责人出庭应诉。",
    "全年以镇政府为被告的行政诉讼案件1件，经县人民法院开庭审理，镇长亲自出庭应诉，当庭发表意见。",
    "以镇政府为被告的行政诉讼案件1件，系村民不服镇政府作出的责令停止违法建设决定，该案于9月开庭审理，镇长到庭应诉。",
])
def test_the_one_case_heard_with_the_head_in_court(body: str) -> None:
    assert [f.value for f in _found(body, TOWN_2023, "heads_in_court_count")] == [1]


def test_the_other_members_of_the_team_who_missed_the_training_are_a_part() -> None:
    body = "二是领导干部法治培训还不够全面，除镇长和分管执法工作的副镇长外，班子中其他分管领导尚未参加法治专题脱产培训。"
    assert [(bool(f.negated), f.scope_kind) for f in _found(body, TOWN_2023, "head_offjob_training")] == [(True, "part")]


def test_two_members_of_the_party_and_government_team_who_missed_the_training() -> None:
    body = "今年镇党政班子中有2名成员因防汛和森林防火值守未能参加县里组织的法治专题脱产培训。"
    assert [(bool(f.negated), f.scope_kind) for f in _found(body, TOWN_2023, "head_offjob_training")] == [(True, "part")]


def test_helping_the_county_with_its_report_is_not_publishing_ones_own() -> None:
    body = "协助县委、县政府做好2023年度法治政府建设情况的报告工作，督促各乡镇、各部门向社会公开本单位年度报告。"
    assert [f for f in _found(body, COUNTY_JUSTICE, "annual_report_published") if not f.negated] == []


def test_the_forest_districts_own_cases_are_its_own() -> None:
    head = "神农架林区人民政府2024年法治政府建设年度报告\n2024年，林区政府坚持依法行政，全面推进法治政府建设。\n"
    body = "全林区各级行政机关作为被告的一审行政诉讼案件31件，其中以林区政府为被告的9件。"
    assert sorted((f.value, f.scope_kind) for f in _found(body, head, "admin_litigation_cases")) == [(9, "unit"), (31, "whole")]


# --- forms of sets XM–XP ------------------------------------------------------------------------
def test_the_one_newly_transferred_officer_who_fell_short_is_a_part() -> None:
    body = ("执法队12名执法人员中，有11名全年法律知识培训超过60学时；1名今年9月新调入执法队的执法人员因参训时间较短，"
            "全年培训学时未达到60学时，已安排其在下一年度优先参加集中培训。")
    found = [f for f in _found(body, TOWN_2023, "enforcement_training_hours") if f.negated]
    assert [f.scope_kind for f in found] == ["part"]


def test_a_housing_bureaus_property_dispute_rate_is_not_peoples_mediation() -> None:
    body = "我局建立了矛盾纠纷排查化解台账，全年调处物业服务纠纷82件，物业纠纷调解成功率为93.9%。"
    assert _found(body, COUNTY_BUREAU, "mediation_success_rate") == []


def test_the_report_work_not_rigorous_then_late_is_a_shortfall() -> None:
    body = "三是法治政府建设年度报告公开工作不够严谨，2022年度报告未按时公开。"
    assert [bool(f.negated) for f in _found(body, TOWN_2023, "annual_report_published")] == [True]


def test_the_report_not_published_as_the_rules_say_is_a_shortfall() -> None:
    body = "2022年度法治政府建设情况报告没有按照规定在一季度向社会公开，反映出街道对年度报告制度的重视程度不够。"
    assert [bool(f.negated) for f in _found(body, STREET_2022, "annual_report_published")] == [True]


def test_the_heard_cases_named_again_after_a_comma_all_with_the_heads() -> None:
    body = "全年镇政府作为被告的行政诉讼案件4件，均已开庭审理。4件案件，行政机关负责人均出庭应诉，其中镇长出庭2件、分管副镇长出庭2件。"
    assert [f.value for f in _found(body, TOWN_2023, "heads_in_court_count")] == [4]
    body = "上述4件案件中，开庭审理3件，另1件被法院裁定驳回起诉；3件开庭案件均由镇长或分管副镇长出庭应诉。"
    assert [f.value for f in _found(body, TOWN_2023, "heads_in_court_count")] == [3]


def test_each_heads_one_case_then_the_count_of_all() -> None:
    body = "全年以镇政府为被告的行政诉讼案件3件，其中开庭审理2件，镇长、分管副镇长分别出庭应诉各1件，出庭应诉2件，另1件法院裁定驳回起诉未开庭。"
    assert [f.value for f in _found(body, TOWN_2023, "heads_in_court_count")] == [2]


def test_those_consulted_are_not_the_filing_rates_scope() -> None:
    body = ("今年镇政府制发行政规范性文件1件，文件在起草过程中广泛征求了各村和群众的意见，经镇司法所合法性审核后提交镇政府会议审议通过，"
            "按规定报送县司法局备案1件，报备率100%。")
    assert [(f.scope_kind, f.derived) for f in _found(body, TOWN_2023, "normative_doc_filing_rate")] == [("", False)]


def test_counsels_work_on_reconsideration_and_lawsuits_is_not_the_lawsuits() -> None:
    body = "全年法律顾问和公职律师参与审查合同协议53份、处理涉法信访事项6件、参与行政复议答复和行政诉讼应诉工作10件。"
    assert _found(body, COUNTY_BUREAU, "admin_litigation_cases") == []


def test_the_heard_case_the_head_missed_is_not_the_heard_count() -> None:
    body = "今年1件开庭审理的行政诉讼案件负责人未能出庭应诉，出庭应诉工作未能做到应出尽出。"
    assert _found(body, COUNTY_BUREAU, "court_cases_heard") == []


def test_the_causes_of_the_problems_are_not_a_shortfall_of_the_hours() -> None:
    body = "产生上述问题的原因，一方面是我局执法任务重、人员编制紧张，执法人员大量精力用于日常巡查，系统学习培训时间不足。"
    assert _found(body, COUNTY_BUREAU, "enforcement_training_hours") == []


def test_the_deputy_director_in_charge_who_missed_the_training_is_a_part() -> None:
    body = "三是领导干部法治培训还不够全面，街道分管城市管理和综合执法工作的副主任今年尚未参加法治专题脱产培训。"
    assert [(bool(f.negated), f.scope_kind) for f in _found(body, STREET_2022, "head_offjob_training")] == [(True, "part")]


def test_the_documents_named_again_before_the_filed_count_are_one_fact() -> None:
    body = ("本年度以局名义制发行政规范性文件2件，分别为《关于推行轻微违法行为免罚清单的实施办法》和《小餐饮登记管理实施细则》，"
            "2件文件印发后即报送县人民政府备案审查，报送备案2件。")
    assert [f.value for f in _found(body, COUNTY_BUREAU, "normative_docs_filed")] == [2]


def test_the_officers_on_the_payroll_all_above_the_hours_are_a_part() -> None:
    body = "镇综合行政执法队现有执法人员31名。29名在编执法人员全年法律知识培训学时均在60学时以上；年中新调入的2名同志个人学时尚未达到60学时。"
    assert [f.scope_kind for f in _found(body, TOWN_2023, "enforcement_training_hours") if not f.negated] == ["part"]


# --- forms of sets XQ–XT ------------------------------------------------------------------------
def test_the_rest_of_the_officers_who_fell_short_are_a_part() -> None:
    body = "全镇16名执法人员中，有13人全年参加法律知识培训达到60学时以上，其余人员因长期驻村参与防汛工作，培训学时未能达标。"
    assert [f.scope_kind for f in _found(body, TOWN_2023, "enforcement_training_hours") if f.negated] == ["part"]


def test_a_system_not_yet_used_to_the_full_is_still_built() -> None:
    body = "部分部门行政执法数据录入不及时、不完整，统一综合执法办案系统的应用效能尚未充分发挥。"
    assert _found(body, COUNTY_2023, "unified_enforcement_system") == []


def test_ordinary_decisions_made_collectively_are_not_major_decisions() -> None:
    body = "对涉及群众切身利益的一般性决策事项，坚持广泛听取意见，全年通过镇党委会、镇长办公会集体研究决定事项76项。"
    assert _found(body, TOWN_2023, "major_decisions_count") == []


def test_an_office_given_the_duty_is_not_the_report_published() -> None:
    body = "对此，镇党委已进行认真检视，明确由镇党政办负责法治政府建设年度报告的起草、审核和公开工作，建立到期提醒机制。"
    assert _found(body, TOWN_2023, "annual_report_published") == []


def test_items_listed_then_the_catalogue_published_is_done() -> None:
    body = "将2项事项列为重大行政决策事项，并于4月在门户网站公布年度目录。"
    assert [(f.requirement, bool(f.negated)) for f in _found(body, TOWN_2023, "major_decision_catalogue_published")] == [(False, False)]
    body = "系统建成后，将实现执法案件统一管理，并与省级平台实现数据对接。"
    assert [f.requirement for f in _found(body, TOWN_2023, "provincial_platform_data_link")] == [True]


def test_the_village_catalogue_still_being_compiled_is_a_shortfall() -> None:
    body = "镇级政务公开事项标准目录已完成编制，涵盖城乡规划、社会救助等领域，村级政务公开目录尚在按照县里模板编制完善之中。"
    assert [bool(f.negated) for f in _found(body, TOWN_2023, "grassroots_openness_standards")] == [True]


def test_the_years_cases_named_under_the_plans_are_no_plan() -> None:
    body = "二、2024年工作打算\n做好行政应诉工作，认真总结今年两起行政诉讼案件的经验教训，依法规范违建查处等执法行为。"
    assert [f.requirement for f in _found(body, TOWN_2023, "admin_litigation_cases")] == [False]
    body = "二、2024年工作打算\n针对今年工作中存在的问题，全年镇党政班子会议会前学法不少于12次。"
    assert [f.requirement for f in _found(body, TOWN_2023, "pre_meeting_law_study")] == [True]


# --- forms of sets XU–XX ------------------------------------------------------------------------
def test_two_members_who_missed_the_training_for_a_long_cause_are_a_part() -> None:
    body = "一是法治培训覆盖面不够广，有2名镇班子成员因防台抗台、项目攻坚等原因未能参加法治专题脱产培训。"
    assert [(bool(f.negated), f.scope_kind) for f in _found(body, TOWN_2025, "head_offjob_training")] == [(True, "part")]


def test_the_countys_correction_rate_in_a_bureaus_report_is_the_countys() -> None:
    body = "县政府已审结6件，其中维持5件，撤销1件。县政府2022年行政复议总体纠错率为12.9%。"
    assert [f.scope_kind for f in _found(body, COUNTY_BUREAU, "reconsideration_correction_rate")] == ["higher"]


def test_counsel_helping_with_the_cases_is_not_the_lawsuits() -> None:
    body = "全年法律顾问列席局务会议11次，参与重大行政处罚案件集体讨论8次，协助办理行政复议答复和行政应诉案件5件。"
    assert _found(body, COUNTY_BUREAU, "admin_litigation_cases") == []


def test_the_stations_without_review_staff_are_a_part() -> None:
    body = "二是执法力量分布不均衡，局执法监察大队人员不足、任务繁重，3个片区自然资源所尚未配备法制审核人员。"
    assert [(bool(f.negated), f.scope_kind) for f in _found(body, COUNTY_BUREAU, "legal_review_staff_ratio")] == [(True, "part")]


# --- forms of sets YA–YD ------------------------------------------------------------------------
def test_the_report_work_not_standard_then_late_is_a_shortfall() -> None:
    body = "二是法治政府建设年度报告公开工作不规范，2022年度报告未按时公开。"
    assert [bool(f.negated) for f in _found(body, TOWN_2023, "annual_report_published")] == [True]


def test_review_staff_conceded_then_their_background_short_is_not_the_share() -> None:
    body = "乡综合行政执法队虽已配备法制审核人员，但仅有1名且兼顾其他工作，法律专业背景人员不足，执法队员中具有法学专业学历的仅2名。"
    assert _found(body, TOWN_2023, "legal_review_staff_ratio") == []


def test_a_rate_with_no_subject_before_ours_against_the_average_is_the_areas() -> None:
    body = "针对复议案件中发现的共性问题，向相关部门制发行政复议意见书。行政复议纠错率为12.1%，我县低于全州平均水平。"
    assert [f.scope_kind for f in _found(body, COUNTY_2023, "reconsideration_correction_rate")] == ["higher"]
    body = "全县行政复议纠错率为9.7%，低于全州平均水平。"
    assert [f.scope_kind for f in _found(body, COUNTY_2023, "reconsideration_correction_rate")] == ["whole"]


def test_a_catalogue_issued_inside_then_not_published_two_clauses_on() -> None:
    body = "街道已于年初编制重大行政决策事项目录，但目录仅在街道内部印发，尚未通过县政府网站或街道公开栏向社会公开。"
    assert [bool(f.negated) for f in _found(body, STREET_2022, "major_decision_catalogue_published")] == [True]


def test_the_heard_case_the_head_missed_with_a_cause_between() -> None:
    body = "有1件开庭审理的行政诉讼案件，因镇负责人同期承担疫情防控紧急任务，未能出庭应诉，行政机关负责人出庭应诉率未达到100%。"
    assert _found(body, TOWN_2023, "court_cases_heard") == []

# --- forms of sets YE–YH ------------------------------------------------------------------------
def test_problems_an_inspection_pointed_out_are_not_its_shortfall() -> None:
    body = "积极配合县委依法治县办开展法治建设督察，对督察中指出的合法性审查台账不规范、普法责任清单未公开等问题进行了整改。"
    assert _found(body, STREET_2022, "rule_of_law_inspection_coverage") == []
    body = "将政务公开纳入全区绩效考核，分值占比为4%，对考核中发现的公开不及时、不规范等问题通报督促整改。"
    assert [(f.value, f.negated) for f in _found(body, DISTRICT_2025, "gov_openness_weight")] == [(4, False)]


def test_the_standard_worked_against_is_not_some_of_the_units() -> None:
    body = ("基层政务公开标准目录的编制工作已经启动，目前正在对照26个试点领域标准梳理本镇公开事项，"
            "镇村两级基层政务公开标准体系尚未形成。")
    assert [(f.negated, f.scope_kind) for f in _found(body, TOWN_2023, "grassroots_openness_standards")] == [(True, "")]


def test_inspection_covering_every_town_by_the_teams_sent() -> None:
    body = ("由市委依法治市办牵头，组成3个督察组对全市各乡镇（街道）开展法治政府建设实地督察，"
            "督察覆盖面达到全部乡镇（街道），对发现的27个问题建立清单、限期整改。")
    [f] = _found(body, CITY_HEAD, "rule_of_law_inspection_coverage")
    assert (f.negated, f.scope_kind) == (False, "")


def test_a_half_year_dating_who_joined_is_not_the_figures_period() -> None:
    body = "对新承接的执法事项不够熟悉，下半年新调入的3名执法人员全年培训学时未达到60学时。"
    [f] = _found(body, TOWN_2023, "enforcement_training_hours")
    assert (f.negated, f.scope_kind, f.period) == (True, "part", "")


def test_a_year_naming_last_years_report_does_not_date_the_next_clause() -> None:
    body = "三是政务公开不够规范，2020年度法治政府建设年度报告未能按时公开，社区政务公开标准目录尚未编制完成。"
    head = "测试县松港街道2021年法治政府建设年度报告\n2021年，街道坚持依法行政，全面推进法治政府建设。\n"
    [f] = _found(body, head, "grassroots_openness_standards")
    assert (f.negated, f.year in (None, 2021)) == (True, True)
    body = "公布2020年度重大行政决策事项目录，列入事项5项。"
    assert [f.year for f in _found(body, head, "major_decisions_count")] == [2020]


def test_never_setting_quotas_in_any_form() -> None:
    body = "街道党工委、办事处从不以任何形式给执法中队下达罚没指标。"
    [f] = _found(body, STREET_2022, "no_fine_quotas")
    assert (f.statement, f.negated, f.requirement) == (True, False, False)


def test_all_upheld_none_corrected_by_the_body_that_reviewed() -> None:
    body = ("今年，街道作为被申请人的行政复议案件2件，均为当事人对违法建设限期拆除决定不服提起，"
            "区政府经审理后均予以维持，未被纠错。")
    assert [(f.value, f.scope_kind) for f in _found(body, STREET_2022, "reconsideration_correction_rate")] == [(0, "")]
    body = "以街道办事处为被申请人的行政复议案件2件，经县人民政府审理均予维持，未被纠错。"
    assert [f.value for f in _found(body, STREET_2022, "reconsideration_correction_rate")] == [0]


def test_the_rest_being_staffed_is_not_met() -> None:
    body = ("全县18个行政执法部门中，16个部门法制审核人员占本部门执法人员的比例达到5%以上，"
            "其余2个部门正通过内部调剂和公开遴选等方式补齐。")
    found = _found(body, COUNTY_2023, "legal_review_staff_ratio")
    assert [(f.value, f.negated, f.scope_kind) for f in found] == [(5, False, "part"), (None, True, "part")]


def test_no_lawsuit_with_the_town_as_defendant() -> None:
    body = "全年无以乡政府为被告的行政诉讼案件。"
    assert [f.value for f in _found(body, TOWN_2025, "admin_litigation_cases")] == [0]


def test_the_average_after_everyone_reached_the_hours() -> None:
    body = "每名执法队员年内法律知识培训时长均达到60学时，人均68学时。"
    assert [f.value for f in _found(body, TOWN_2025, "enforcement_training_hours")] == [60, 68]


def test_study_before_the_meetings_said_with_a_verb() -> None:
    body = "把学法作为班子会议的“第一议题”之一，全年在镇党政班子会议前开展学法十二次，重点学习了宪法和民法典。"
    assert [f.value for f in _found(body, TOWN_2023, "pre_meeting_law_study")] == [12]


# --- forms of sets YI–YL ------------------------------------------------------------------------
BUREAU_2023 = "测试县交通运输局2023年法治政府建设年度报告\n2023年，本局坚持依法行政，全面推进法治政府建设。\n"
HEALTH_BUREAU = "测试县卫生健康局2025年法治政府建设年度报告\n2025年，本局坚持依法行政，全面推进法治政府建设。\n"


def test_the_means_then_everyone_reached_the_hours_is_done() -> None:
    body = "采取集中授课、以案释法、网络学习等方式，确保全县行政执法人员每人年度法律知识培训均达到60学时以上。"
    assert [(f.value, f.requirement) for f in _found(body, COUNTY_2023, "enforcement_training_hours")] == [(60, False)]


def test_the_prefectures_average_in_a_bureaus_report() -> None:
    body = "本局政务服务窗口全年办理各类业务1560件，好评率达到99.9%；全州交通运输系统窗口平均好评率为99.6%。"
    assert [(float(f.value), f.scope_kind) for f in _found(body, BUREAU_2023, "service_praise_rate")] == [(99.9, ""), (99.6, "higher")]


def test_a_plan_items_title_sentence_is_said_again_below() -> None:
    body = ("六、2025年工作安排\n五是推进法治督察全覆盖。健全法治督察工作机制，将县直部门纳入年度法治督察计划，"
            "实现对政府各部门法治督察全覆盖。")
    assert _found(body, COUNTY_2023, "rule_of_law_inspection_coverage") == []
    assert [f.requirement for f in _found(body, COUNTY_2023, "department_inspection_coverage")] == [True]


def test_the_bureaus_stations_named_bare_before_the_share() -> None:
    body = ("受编制和人才引进条件限制，我局下设的3个基层市场监管所均没有专职法制审核人员，法制审核工作主要依靠局机关法规股完成，"
            "基层所法制审核人员占执法人员比例达不到5%的要求，案件审核时间较长。")
    assert [(f.negated, f.scope_kind) for f in _found(body, BUREAU_2023, "legal_review_staff_ratio")] == [(True, "part")]


def test_the_one_in_charge_named_as_fenguan_fuzeren() -> None:
    body = "受疫情影响，镇分管负责人全年未参加法治专题脱产培训，班子成员法治学习主要依靠会前学法和自学。"
    assert [(f.negated, f.scope_kind) for f in _found(body, TOWN_2023, "head_offjob_training")] == [(True, "part")]


def test_a_bureau_asking_its_units_heads_and_the_heads_own_report() -> None:
    body = ("年终述职时，局长在县委组织的述职评议中进行了专题述法，内容涵盖学法用法、依法决策等方面。"
            "局党组同时要求各医疗卫生单位主要负责人在年度述职中同步述法。"
            "各医疗卫生单位主要负责人述法情况由局法治建设工作领导小组办公室汇总分析。")
    found = [(f.requirement, f.scope_kind) for f in _found(body, HEALTH_BUREAU, "leaders_report_on_rule_of_law")]
    assert (False, "") in found and all(not req for req, _ in found)


def test_no_case_with_the_township_as_respondent_and_none_corrected() -> None:
    assert [f.value for f in _found("全年无以我乡为被申请人的行政复议案件。", TOWN_2025, "reconsideration_respondent_cases")] == [0]
    body = "以我乡政府为被申请人的行政复议案件1件，县人民政府经审理作出维持决定，我乡未被纠错。"
    assert [f.value for f in _found(body, TOWN_2025, "reconsideration_correction_rate")] == [0]


def test_no_fine_quotas_set_for_the_team() -> None:
    body = "镇党委、政府坚持教育与处罚相结合，对执法中队不设罚款指标，不以罚没收入作为考核依据。"
    [f] = _found(body, TOWN_2023, "no_fine_quotas")
    assert (f.negated, f.requirement) == (False, False)


def test_the_one_case_told_then_heard_and_the_head_in_court() -> None:
    body = "以镇政府为被告的行政诉讼案件1件，该案系镇区一商户因违章建筑拆除引发，人民法院依法开庭审理，镇长亲自出庭应诉。"
    assert [f.value for f in _found(body, TOWN_2023, "court_cases_heard")] == [1]
    assert [f.value for f in _found(body, TOWN_2023, "heads_in_court_count")] == [1]


def test_the_standardisation_still_being_pushed_and_the_system_extended_to_us() -> None:
    body = "镇基层政务公开标准化规范化建设正在推进之中，公开事项目录已完成初稿，尚待进一步完善。"
    assert [f.negated for f in _found(body, TOWN_2023, "grassroots_openness_standards")] == [True]
    body = "覆盖县乡两级的统一综合执法办案系统已延伸到我乡，执法案件全部通过该系统网上立案、网上审批。"
    assert [(f.negated, f.requirement) for f in _found(body, TOWN_2025, "unified_enforcement_system")] == [(False, False)]


def test_the_one_document_said_filed_in_a_later_clause() -> None:
    body = ("全年制发行政规范性文件1件，即《某镇环境卫生管理办法》，经法律顾问合法性审核和镇政府常务会议集体审议后印发，"
            "印发后及时报送县人民政府备案。")
    assert [f.value for f in _found(body, TOWN_2023, "normative_docs_filed")] == [1]
    assert [(f.value, f.derived) for f in _found(body, TOWN_2023, "normative_doc_filing_rate")] == [(100, True)]
    body = "以本局名义制发行政规范性文件1件。该文件已按规定及时报县政府备案。"
    assert [f.value for f in _found(body, BUREAU_2023, "normative_docs_filed")] == [1]
    body = "全年以局名义制发行政规范性文件1件，经县司法局合法性审核后印发，报备率百分之百。"
    assert _found(body, BUREAU_2023, "normative_docs_filed") == []
    body = "全年制发行政规范性文件1件，印发后正在按程序报送县政府备案。"
    assert _found(body, TOWN_2023, "normative_docs_filed") == []


# --- forms of sets YM–YP ------------------------------------------------------------------------
def test_counsel_helping_in_two_lawsuits_is_not_their_count() -> None:
    body = ("法律顾问全年列席镇党政班子会6次，出具书面法律意见14份，在两起行政诉讼案件中协助镇政府准备证据材料和答辩意见，"
            "为镇政府依法决策、依法应诉提供了有力支撑。")
    assert _found(body, TOWN_2025, "admin_litigation_cases") == []


def test_rules_for_publishing_decisions_only_begun() -> None:
    body = "本局已着手研究制定行政复议决定书网上公开工作规则，拟在完成个人信息脱敏处理后分批在县政府网站公开。"
    assert [(f.negated, f.requirement) for f in _found(body, COUNTY_JUSTICE, "reconsideration_decisions_online")] == [(True, False)]


def test_the_heard_cases_said_again_then_all_by_heads_named_at_length() -> None:
    body = ("全年以县政府为被告的行政诉讼案件6件，已开庭审理5件，5件开庭审理案件县政府分管负责同志或主要负责同志均出庭应诉，"
            "行政机关负责人出庭应诉率达100%。")
    assert [f.value for f in _found(body, COUNTY_2023, "court_cases_heard")] == [5]
    assert [f.value for f in _found(body, COUNTY_2023, "heads_in_court_count")] == [5]


def test_the_prefectures_service_centre_in_a_towns_report() -> None:
    body = "镇便民服务中心全年办理各类服务事项2800余件，群众好评率达到100%。州政务服务中心全年好评率为99.9%。"
    assert [(float(f.value), f.scope_kind) for f in _found(body, TOWN_2025, "service_praise_rate")] == [(100, ""), (99.9, "higher")]


def test_how_departments_are_inspected_is_not_whom() -> None:
    body = "四是法治督察的广度深度不够，对部门的督察手段较为单一。"
    assert _found(body, COUNTY_2023, "department_inspection_coverage") == []


# --- forms of sets YQ–YT ------------------------------------------------------------------------
def test_a_requirement_misunderstood_is_no_plan() -> None:
    body = "但由于对重大行政决策目录化管理要求理解不到位，我镇年度重大行政决策事项目录尚未编制，也未向社会公布。"
    assert [(f.negated, f.requirement) for f in _found(body, TOWN_2023, "major_decision_catalogue_published")] == [(True, False)]


def test_the_village_committees_year_end_review_is_not_the_towns_report() -> None:
    body = "同时，将村（居）“两委”班子成员学法用法情况纳入年度述职评议内容，推动法治建设责任向村（居）延伸。"
    assert _found(body, TOWN_2023, "leaders_report_on_rule_of_law") == []


def test_planned_to_attend_then_missed_for_a_cause_in_one_clause() -> None:
    body = "乡长原计划参加县委党校举办的乡镇党政主要负责人法治专题脱产培训班，因汛期天摩沟泥石流抢险救灾任务未能参加，拟在2026年补训。"
    assert [(f.negated, f.requirement) for f in _found(body, TOWN_2025, "head_offjob_training")] == [(True, False)]


def test_inspecting_departments_by_written_self_checks_is_how_not_whom() -> None:
    body = "对县直部门的督察主要通过书面自查方式开展，实地督察力度不够，督察发现问题的整改跟踪还不够到位。"
    assert _found(body, COUNTY_JUSTICE, "department_inspection_coverage") == []


def test_the_town_asking_the_rest_of_its_team_to_report_is_no_plan() -> None:
    body = "同时，镇党委要求班子其他成员在年度述职中对分管领域依法行政情况一并作出说明，推动法治建设责任落实到每个班子成员。"
    assert all(not f.requirement for f in _found(body, TOWN_2023, "leaders_report_on_rule_of_law"))


def test_the_years_count_after_a_frequency_joined_by_a_dunhao() -> None:
    body = "2025年工作打算\n坚持乡党政班子会议会前学法，每月至少一次、全年不少于12次；组织分管执法工作的副乡长参加法治专题脱产培训。"
    assert [(f.value, f.bound, f.requirement) for f in _found(body, TOWN_2025, "pre_meeting_law_study")] == [(12, "at_least", True)]


# --- forms of sets YU–YX ------------------------------------------------------------------------
def test_the_one_case_said_heard_with_no_court_named_then_its_head() -> None:
    for body in ("本局作为被告的行政诉讼案件1件，系政府信息公开答复纠纷，已开庭审理，局长亲自出庭应诉，法院一审判决驳回原告诉讼请求。",
                 "全年以本局为被告的行政诉讼案件1件，已于10月开庭审理，局长亲自出庭应诉并发表意见。"):
        assert [f.value for f in _found(body, COUNTY_BUREAU, "court_cases_heard")] == [1], body
        assert [f.value for f in _found(body, COUNTY_BUREAU, "heads_in_court_count")] == [1], body
    body = "以街道办事处为被告的行政诉讼案件2件，其中1件开庭审理，办事处主任亲自出庭应诉，另1件因起诉不符合法定条件被人民法院裁定驳回，未开庭审理。"
    assert [f.value for f in _found(body, STREET_2022, "heads_in_court_count")] == [1]
    body = "以本局为被告的行政诉讼案件1件，已进入诉前调解，尚未开庭审理。"
    assert _found(body, COUNTY_BUREAU, "court_cases_heard") == []


def test_a_bureau_asking_its_listed_units_heads_to_report_is_theirs_not_a_plan() -> None:
    body = ("委主要负责人在年终述职中对履行推进法治建设第一责任人职责情况进行述法，重点报告了抓学法、抓依法决策等方面的情况。"
            "同时，要求县人民医院、县疾病预防控制中心和各乡（镇）卫生院主要负责人在年度述职中一并报告学法用法和依法执业管理情况。")
    found = _found(body, HEALTH_BUREAU, "leaders_report_on_rule_of_law")
    assert [(f.requirement, f.scope_kind) for f in found] == [(False, "")]


def test_a_rate_quoted_from_the_prefecture_s_bureau_is_the_prefecture_s() -> None:
    body = "据地区司法局通报，2024年全地区行政机关负责人出庭应诉率为96.5%，我县行政应诉工作在全地区处于较好水平。"
    [f] = _found(body, COUNTY_2023.replace("2023", "2024"), "court_appearance_rate")
    assert (float(f.value), f.scope_kind, f.scope) == (96.5, "higher", "全地区")


def test_lectures_beside_study_before_meetings_or_for_a_town_s_cadres_or_under_an_inline_title() -> None:
    for body, head, want in (
            ("九、2026年工作打算\n坚持会前学法制度，全年委务会会前学法不少于12次，举办法治专题讲座不少于2期。", HEALTH_BUREAU,
             [(2, True)]),
            ("4月，邀请县司法局负责同志为乡村干部作法治专题讲座1期，围绕行政复议法修订要点进行了讲解。", TOWN_2023, [(1, False)]),
            ("我乡还存在一些不足：一是领导干部学法还不够系统。全年仅举办法治专题讲座1期，未达到每年举办2期的要求。", TOWN_2023,
             [(1, False)])):
        assert [(f.value, f.requirement) for f in _found(body, head, "leadership_law_lectures")] == want, body
    body = "二是普法宣传还不够深入。全年仅举办法治专题讲座1期。"
    assert _found(body, TOWN_2023, "leadership_law_lectures") == []


def test_a_span_summed_up_does_not_date_the_next_sentence() -> None:
    body = ("全年共召开县政府常务会议22次，其中会前学法16次。“十四五”以来，县政府常务会议累计开展会前学法70余次。"
            "邀请地区中级人民法院法官，为县政府领导班子举办法治专题讲座2期。")
    [f] = _found(body, COUNTY_2023, "leadership_law_lectures")
    assert (f.value, f.period) == (2, "")
    body = "“十四五”期间，县政府累计制发规范性文件41件；累计受理行政复议案件480余件。"
    assert all(f.period for f in _found(body, COUNTY_2023, "reconsideration_cases"))


def test_all_documents_taken_through_the_procedure_then_filed_is_the_rate_stated() -> None:
    for body in ("全年本委制发行政规范性文件2件，分别为《甲办法》和《乙细则》，均按规定经县司法局合法性审核后以本委名义印发，并报送县政府备案。",
                 "全年以局名义制发行政规范性文件3件，均经局法律顾问和政策法规科合法性审核并在规定时间内报市政府备案。"):
        found = _found(body, HEALTH_BUREAU, "normative_doc_filing_rate")
        assert [(f.value, f.derived) for f in found] == [(100, False)], body
    body = "制发行政规范性文件9件，制发后均在规定时间内向市政府和县人大常委会报送备案，报送备案文件9件。"
    assert [(f.value, f.derived) for f in _found(body, COUNTY_2023, "normative_doc_filing_rate")] == [(100, True)]
    body = "制发行政规范性文件3件，均经合法性审核，但未在规定时限内报送备案。"
    assert [f.value for f in _found(body, COUNTY_2023, "normative_doc_filing_rate") if f.value == 100] == []


def test_a_deputy_or_the_secretary_and_director_in_court_in_the_one_case() -> None:
    for body in ("以镇政府为被告的行政诉讼案件1件，该案经县人民法院开庭审理1件，分管政法工作的副镇长出庭应诉，一审判决驳回原告诉讼请求。",
                 "全年以本委为被告的行政诉讼案件1件，法院依法开庭审理，委党组书记、主任亲自出庭应诉，案件目前尚在审理之中。"):
        assert [f.value for f in _found(body, HEALTH_BUREAU, "heads_in_court_count")] == [1], body
    body = "全年以本委为被告的行政诉讼案件1件，法院依法开庭审理，委托律师出庭应诉。"
    assert _found(body, HEALTH_BUREAU, "heads_in_court_count") == []


def test_cases_as_respondent_sent_up_and_none_arising() -> None:
    body = "全年以县政府为被申请人、向市人民政府申请行政复议的案件2件，均被维持。"
    assert [f.value for f in _found(body, COUNTY_2023, "reconsideration_respondent_cases")] == [2]
    body = "全年没有发生以乡政府为被申请人的行政复议案件，以乡政府为被告的行政诉讼案件也为零。"
    assert [f.value for f in _found(body, TOWN_2023, "reconsideration_respondent_cases")] == [0]
    assert [f.value for f in _found(body, TOWN_2023, "admin_litigation_cases")] == [0]


def test_heads_in_court_every_time_as_a_rule_is_the_rate_required() -> None:
    for body in ("凡开庭审理的行政诉讼案件，镇长或分管副镇长一律出庭应诉；",
                 "同时，乡党委明确要求，今后如发生以乡政府为被告的行政诉讼案件，乡长必须带头出庭应诉，不得只委托律师出庭。",
                 "做好行政应诉工作，如发生行政诉讼案件，乡政府负责人必须出庭应诉。"):
        found = _found("九、2024年工作打算\n" + body if body.startswith("凡") else body, TOWN_2023, "court_appearance_rate")
        assert [(f.value, f.requirement) for f in found] == [(100, True)], body


def test_study_organised_before_the_meetings_open() -> None:
    body = "镇党政班子严格落实“逢会必学”要求，全年在镇党委会、镇政府班子会召开前组织集体学法十二次，重点学习了宪法。"
    assert [f.value for f in _found(body, TOWN_2025, "pre_meeting_law_study")] == [12]


# --- forms of sets YY–ZB ------------------------------------------------------------------------
def test_a_share_granted_as_met_before_another_lack_stays_met() -> None:
    body = "一是法制审核人员占比虽达到5%以上，但2名审核人员均为兼职，且均无法律专业背景，法制审核的深度和质量还不够高。"
    found = _found(body, COUNTY_BUREAU, "legal_review_staff_ratio")
    assert [(f.value, bool(f.negated)) for f in found] == [(5, False)]
    body = "法制审核人员占比虽达到5%，但仍有2个部门未达到5%。"
    found = _found(body, COUNTY_2023, "legal_review_staff_ratio")
    assert [(f.value, bool(f.negated), f.scope_kind) for f in found] == [(5, False, ""), (None, True, "part")]


def test_the_city_s_own_level_rate_in_a_county_report_is_the_city_s() -> None:
    body = "同期，那曲市本级行政复议纠错率为18.6%，我县纠错率明显偏高。"
    [f] = _found(body, COUNTY_JUSTICE, "reconsideration_correction_rate")
    assert (f.scope_kind, f.scope) == ("higher", "那曲市本级")


def test_five_years_summed_is_not_the_year_s() -> None:
    body = "与2021年以来的五年相比，全县五年累计受理行政复议案件19件，案件数量呈逐年上升趋势。"
    [f] = _found(body, COUNTY_2023, "reconsideration_cases")
    assert f.period == "五年"


def test_the_rest_of_the_team_to_be_trained_and_two_deputies_not_yet() -> None:
    body = "九、2025年工作打算\n安排局领导班子其他成员参加法治专题脱产培训。"
    [f] = _found(body, COUNTY_BUREAU, "head_offjob_training")
    assert (f.requirement, f.scope_kind, f.scope) == (True, "part", "班子其他成员")
    body = ("镇长参加了脱产法治专题培训，但镇领导班子中2名副镇长因承担抗雪救灾、项目建设等任务，本年度尚未参加法治专题脱产培训，"
            "班子成员系统学习法律知识的机会还不多。")
    found = _found(body, TOWN_2025, "head_offjob_training")
    assert [(bool(f.negated), f.scope) for f in found] == [(False, "镇长"), (True, "2名副镇长")]


def test_cases_taken_on_site_in_the_towns_are_some_of_the_year_s() -> None:
    body = "探索开展巡回受理、上门调查等便民举措，全年在乡镇现场受理复议申请2件。"
    [f] = _found(body, COUNTY_JUSTICE, "reconsideration_cases")
    assert (f.value, f.scope_kind, f.scope) == (2, "part", "在乡镇现场受理")


def test_some_of_the_officers_just_counted_reach_the_hours_and_the_rest_fall_short() -> None:
    for body, some, rest in (
            ("9名执法队员中，有7名全年法律知识培训学时达到60学时以上，另有2名因长期驻村和参加防汛抗灾工作，培训学时未能达标。", "7名", "另有2名"),
            ("全年9名执法人员中，7名法律知识培训达到60学时，另有2名系5月新调入人员，因参加区级岗前培训较晚，培训学时尚未达到60学时。", "7名",
             "另有2名"),
            ("全镇16名执法人员中，有13人全年参加法律知识培训达到60学时以上，其余人员因长期驻村参与防汛工作，培训学时未能达标。", "13人",
             "其余人员")):
        found = _found(body, TOWN_2025, "enforcement_training_hours")
        assert sorted((f.value or 0, bool(f.negated), f.scope_kind, f.scope) for f in found) == [
            (0, True, "part", rest), (60, False, "part", some)], body


def test_as_many_heads_named_in_turn_as_cases_heard() -> None:
    body = "全年以镇政府为被告的一审行政诉讼案件2件，2件案件均已开庭审理，镇长和分管副镇长分别出庭应诉，负责人出庭应诉率百分之百。"
    assert [f.value for f in _found(body, TOWN_2025, "heads_in_court_count")] == [2]
    body = "全年以镇政府为被告的一审行政诉讼案件3件，3件案件均已开庭审理，镇长和分管副镇长分别出庭应诉。"
    assert _found(body, TOWN_2025, "heads_in_court_count") == []


# --- forms of sets ZC–ZF ------------------------------------------------------------------------
def test_hours_missed_in_class_then_made_up_online_are_not_short() -> None:
    body = ("三是执法培训效果还不够理想，扎玉市场监管所2名执法人员因长期驻村、参加疫情防控，未能参加集中培训，依靠网络补学完成培训任务，"
            "培训的系统性和针对性有待加强。")
    assert _found(body, COUNTY_BUREAU, "enforcement_training_hours") == []


def test_publishing_review_decisions_not_up_to_the_mark_is_short_not_planned() -> None:
    for body in ("二是行政复议决定书网上公开不到位。",
                 "复议决定书公开的数量和及时性距离应公开尽公开的要求还有差距，复议工作的透明度有待提升。"):
        found = _found(body, COUNTY_JUSTICE, "reconsideration_decisions_online")
        assert [(bool(f.negated), f.requirement) for f in found] == [(True, False)], body


def test_land_disputes_a_bureau_settles_are_not_people_s_mediation() -> None:
    body = "全年调处土地权属纠纷14件，调处成功12件，调处成功率85.7%，有效维护了群众合法权益。"
    assert _found(body, COUNTY_BUREAU, "mediation_success_rate") == []


def test_the_two_cases_said_again_then_heard_and_heads_in_court() -> None:
    body = "以镇政府为被告的行政诉讼案件2件，分别涉及征地补偿款分配和违法建筑拆除。两案均已开庭审理，镇政府负责人均出庭应诉。"
    assert [f.value for f in _found(body, TOWN_2025, "court_cases_heard")] == [2]
    assert [f.value for f in _found(body, TOWN_2025, "heads_in_court_count")] == [2]


def test_each_head_s_count_then_all_the_heads() -> None:
    body = "委主任出庭应诉1件，分管副主任出庭应诉1件，负责人出庭应诉2件。"
    assert [f.value for f in _found(body, HEALTH_BUREAU, "heads_in_court_count")] == [2]


def test_a_health_commission_asking_five_listed_units_heads() -> None:
    body = ("委主任在年终述职中专题述法，对照第一责任人职责逐项报告履职情况。同时，要求县人民医院、县藏医院、县疾病预防控制中心、"
            "县妇幼保健院和各乡（镇）卫生院主要负责人在年度述职中一并报告本单位依法执业和依法管理情况。")
    found = _found(body, HEALTH_BUREAU, "leaders_report_on_rule_of_law")
    assert [(f.requirement, f.scope_kind) for f in found] == [(False, "")]


# --- forms of sets ZG–ZJ ------------------------------------------------------------------------
def test_each_head_s_one_case_listed_with_a_comma_then_all_of_them() -> None:
    body = "2件案件均已开庭审理，镇长、分管副镇长分别出庭应诉1件，共出庭2件，做到了出庭、出声、出效果。"
    assert [f.value for f in _found(body, TOWN_2025, "heads_in_court_count")] == [2]
    assert [float(f.value) for f in _found(body, TOWN_2025, "court_appearance_rate")] == [100.0]
    body = "2件案件均已开庭审理，镇长、分管副镇长分别出庭应诉1件。"
    assert [(f.value, f.derived) for f in _found(body, TOWN_2025, "heads_in_court_count")] == [(2, True)]


def test_the_prefecture_city_named_in_an_aside_is_the_city_s() -> None:
    head = "错那市司法局关于2022年法治政府建设情况的报告\n2022年，本局坚持依法行政。\n"
    body = "全年受理行政复议案件10件，纠错率20%。（山南市本年度行政复议纠错率为14.5%，我市略高于全市平均水平。"
    found = _found(body, head, "reconsideration_correction_rate")
    assert sorted((float(f.value), f.scope_kind) for f in found) == [(14.5, "higher"), (20.0, "")]


def test_documents_and_decisions_reviewed_are_not_the_decisions_count() -> None:
    body = "全年审查各类合同协议23份、镇政府文件及决策事项17件，提出修改意见56条，均被采纳。"
    assert _found(body, TOWN_2025, "major_decisions_count") == []


def test_the_head_in_court_on_time_in_the_one_case_heard() -> None:
    body = "以乡政府为被告的行政诉讼案件2件，其中1件开庭审理，乡长按时出庭应诉，另1件原告撤诉。"
    assert [f.value for f in _found(body, TOWN_2025, "heads_in_court_count")] == [1]


# --- forms of sets ZK–ZN ------------------------------------------------------------------------
def test_a_head_planned_to_attend_but_for_a_cause_on_leave_is_not_trained() -> None:
    body = ("按照县委依法治县办的安排，乡长原计划参加县委党校举办的乡镇主要负责人法治专题脱产培训班，但因培训期间正值防汛抢险关键时期，"
            "经请假后未能参训，拟于明年补训。")
    assert [bool(f.negated) for f in _found(body, TOWN_2025, "head_offjob_training")] == [True]


def test_the_county_s_weight_in_its_assessment_of_towns_is_the_county_s() -> None:
    body = "县政府将政务公开工作纳入乡镇绩效考核，权重为4%，我乡本年度考核得分为满分。"
    [f] = _found(body, TOWN_2025, "gov_openness_weight")
    assert (f.scope_kind, f.scope) == ("higher", "县政府")


def test_the_party_s_collective_items_are_not_major_decisions() -> None:
    body = "修订完善了“三重一大”事项集体决策制度，明确决策事项范围、决策程序和决策责任，全年集体研究“三重一大”事项41项。"
    assert _found(body, TOWN_2025, "major_decisions_count") == []


def test_some_officers_reaching_the_hours_and_others_counted_short_without_a_rest_word() -> None:
    body = "4名老队员法律知识培训均达到60学时以上，2名年中新调入的执法人员因疫情影响培训学时尚未达到60学时。"
    found = _found(body, TOWN_2025, "enforcement_training_hours")
    assert sorted((f.value or 0, f.scope) for f in found) == [(0, "2名年中新调入的执法人员"), (60, "4名老队员")]
    body = "一是执法队伍建设还有短板，执法队1名队员全年培训学时未达到60学时。"
    [f] = _found(body, TOWN_2025, "enforcement_training_hours")
    assert (bool(f.negated), f.scope_kind, f.scope) == (True, "part", "1名队员")


def test_every_document_issued_is_filed_is_no_count_of_one() -> None:
    body = "规范性文件一律经合法性审核，做到制发一件、报备一件，报备率保持100%。"
    assert _found(body, TOWN_2025, "normative_docs_count") == [] and _found(body, TOWN_2025, "normative_docs_filed") == []


def test_the_heard_case_the_town_s_head_missed_is_no_heard_count() -> None:
    body = "二是行政应诉工作还有差距，1件开庭审理的案件乡政府负责人没有出庭，负责人出庭应诉率未达到100%。"
    assert _found(body, TOWN_2025, "court_cases_heard") == []


def test_the_town_putting_its_catalogue_online_by_a_date_is_done() -> None:
    body = "乡政府于2月底前将乡2025年度重大行政决策事项目录在乡政务公开栏和县政府门户网站乡镇专栏公开。"
    [f] = _found(body, TOWN_2025, "major_decision_catalogue_published")
    assert (f.requirement, bool(f.negated)) == (False, False)


def test_the_head_in_court_as_the_court_asked_in_the_one_case_told() -> None:
    body = ("以乡政府为被告的行政诉讼案件1件，系一名村民对乡政府作出的草场承包调整处理决定不服提起的诉讼。"
            "该案已由县人民法院开庭审理，乡长按照通知要求出庭应诉，当庭就案件事实和处理依据作了陈述。")
    assert [f.value for f in _found(body, TOWN_2025, "heads_in_court_count")] == [1]
    body = "区政府作为被告的一审行政诉讼案件中，经法院通知出庭的案件共29件，区政府负责人出庭29件。"
    assert [f.value for f in _found(body, COUNTY_2023, "heads_in_court_count")] == [29]  # the notified cases are not the heads' too


def test_a_bureau_head_s_own_report_is_kept_over_its_units_reports_in_the_paragraph() -> None:
    body = ("局主要负责人在年终述职中专门述法，重点报告履行推进法治建设第一责任人职责情况。"
            "局属各单位主要负责人在年度述职中一并报告依法履职情况，实现述法全覆盖。")
    found = _found(body, COUNTY_BUREAU, "leaders_report_on_rule_of_law")
    assert [(f.scope_kind, f.quote.startswith("局主要负责人")) for f in found] == [("", True)]


# --- forms of sets ZO–ZR ------------------------------------------------------------------------
def test_a_system_only_first_set_up_and_still_being_extended_is_not_there() -> None:
    body = "县级行政执法协调监督工作体系已初步搭建，由县司法局履行行政执法监督职责，但向乡（镇）延伸的工作机制仍在建立之中。"
    assert [bool(f.negated) for f in _found(body, COUNTY_2023, "enforcement_supervision_system")] == [True]


def test_the_annual_report_not_published_on_time_is_a_shortfall() -> None:
    body = "二是年度报告公开不及时。2022年度法治政府建设年度报告没有按期向社会公开，反映出日常管理还不够精细。"
    assert [bool(f.negated) for f in _found(body, TOWN_2023, "annual_report_published")] == [True]


def test_the_villages_committees_asked_to_report_are_no_report_of_the_town() -> None:
    body = "同时，要求各村“两委”主要负责人在年终述职时一并报告学法用法和依法管理村务的情况。"
    assert _found(body, TOWN_2023, "leaders_report_on_rule_of_law") == []


def test_the_one_case_what_it_was_then_heard_with_its_head() -> None:
    for body in ("以乡政府为被告的行政诉讼案件1件，涉及一起违法建筑拆除，该案已开庭审理，乡长亲自出庭应诉，目前尚未判决。",
                 "全年乡政府作为被告的行政诉讼案件2件，1件为草场承包经营权确认纠纷，已开庭审理，乡长出庭应诉；另1件为村民因土地补偿问题起诉，因原告撤诉未开庭。"):
        assert [f.value for f in _found(body, TOWN_2025, "court_cases_heard")] == [1], body
        assert [f.value for f in _found(body, TOWN_2025, "heads_in_court_count")] == [1], body


def test_study_before_the_team_meetings_open() -> None:
    body = "坚持把学法作为镇党政班子会的“第一议题”，全年在班子会议召开前集体学法11次，学习内容包括宪法和民法典。"
    assert [f.value for f in _found(body, TOWN_2023, "pre_meeting_law_study")] == [11]


def test_the_staff_doing_legal_review_as_a_share() -> None:
    body = "乡综合行政执法队共有执法人员12名，全部持有执法证件，其中承担法制审核工作的人员1名（兼职），占执法人员的8.3%。"
    assert [float(f.value) for f in _found(body, TOWN_2023, "legal_review_staff_ratio")] == [8.3]


def test_the_town_never_a_defendant_has_no_lawsuits() -> None:
    body = "本年度，未发生以乡政府为被申请人的行政复议案件，乡政府也没有成为行政诉讼案件的被告。"
    assert [f.value for f in _found(body, TOWN_2023, "admin_litigation_cases")] == [0]


def test_the_head_trained_and_the_deputy_not_across_a_semicolon() -> None:
    body = ("局长于5月参加了县委党校举办的县直部门主要负责人法治专题脱产培训班；分管执法工作的副局长因参与疫情防控任务"
            "未能参加同期脱产培训。")
    found = _found(body, COUNTY_BUREAU, "head_offjob_training")
    assert sorted((bool(f.negated), f.scope_kind, f.scope) for f in found) == [(False, "part", "局长"), (True, "part", "分管执法工作的副局长")]


def test_the_built_system_a_plan_relies_on_is_no_plan_for_it() -> None:
    body = ("九、2025年工作打算\n（二）加快执法信息化建设。依托已建成的行政执法协调监督工作体系，深入推进提升行政执法质量三年行动计划收官，"
            "开展执法案卷评查。")
    assert _found(body, COUNTY_BUREAU, "enforcement_supervision_system") == []


# --- forms of sets ZS–ZV ------------------------------------------------------------------------
def test_the_report_on_duty_set_apart_in_the_year_end_report_is_done() -> None:
    body = "年底，镇党委书记、镇长在述职报告中将履行推进法治建设第一责任人职责情况单列一部分进行述法，接受县委考核组评议；"
    [f] = _found(body, TOWN_2025, "leaders_report_on_rule_of_law")
    assert (f.requirement, bool(f.negated), f.scope_kind) == (False, False, "")


def test_occasions_of_study_told_among_the_year_s_are_no_count() -> None:
    body = "其中，针对民法典颁布实施，乡党政班子会议专门安排两次会前学法，重点学习物权编、合同编。"
    assert _found(body, TOWN_2025, "pre_meeting_law_study") == []


def test_the_county_s_system_still_on_trial_in_the_town_is_the_town_s_shortfall() -> None:
    body = "县里推广的县乡一体综合执法办案系统目前在我乡尚处于试运行阶段，执法中队案件仍以纸质方式办理为主。"
    [f] = _found(body, TOWN_2023, "unified_enforcement_system")
    assert (bool(f.negated), f.scope_kind) == (True, "")


def test_the_one_case_heard_on_a_date_or_online_with_its_head() -> None:
    for body in ("乡政府作为被告的行政诉讼案件2件，均涉及草场承包经营权调整，其中1件已于8月开庭审理，乡长亲自出庭应诉；另1件法院尚未开庭。",
                 "以乡政府为被告的行政诉讼案件1件，因疫情防控需要，人民法院采取线上方式开庭审理，乡长通过视频方式出庭应诉。"):
        assert [f.value for f in _found(body, TOWN_2023, "court_cases_heard")] == [1], body
        assert [f.value for f in _found(body, TOWN_2023, "heads_in_court_count")] == [1], body


def test_study_at_the_team_meetings_and_in_the_time_before_them() -> None:
    for body, n in (("镇党政班子会议把学法列为会议第一项议程，全年班子会议学法13次，每次由一名班子成员领学。", 13),
                    ("乡党委、政府坚持领导干部学法制度，利用乡党政联席会会前时间集中学法九次，学习内容包括宪法。", 9)):
        assert [f.value for f in _found(body, TOWN_2023, "pre_meeting_law_study")] == [n], body


# --- forms of sets ZW–ZZ ------------------------------------------------------------------------
def test_the_prefecture_named_bare_is_the_government_above() -> None:
    body = "地区全年复议纠错率为18.6%，我县高于地区平均水平，说明部分执法单位执法质量仍需提升。"
    assert [(float(f.value), f.scope_kind) for f in _found(body, COUNTY_2023, "reconsideration_correction_rate")] == [(18.6, "higher")]
    body = "地区应急管理系统全年行政复议案件纠错率为8.3%，本局保持了零纠错。"
    found = sorted((float(f.value), f.scope_kind) for f in _found(body, COUNTY_BUREAU, "reconsideration_correction_rate"))
    assert [x for x in found if x[0] == 8.3] == [(8.3, "higher")]


def test_the_county_s_mediation_committee_in_a_town_s_report_is_the_county_s() -> None:
    body = "全镇人民调解成功率为98.4%。县人民调解委员会全年调解成功率为98.9%。"
    found = sorted((float(f.value), f.scope_kind) for f in _found(body, TOWN_2023, "mediation_success_rate"))
    assert found == [(98.4, "whole"), (98.9, "higher")]
    body = "其中，红升社区人民调解委员会依托“老兵调解室”调解纠纷41件，全部调解成功，调解成功率100%。"
    assert [f.scope_kind for f in _found(body, STREET_2022, "mediation_success_rate")] != ["higher"]


def test_stations_named_with_no_legal_reviewer_are_a_part() -> None:
    body = "一是基层执法力量不均衡。执法人员身兼数职，基层所中门士所、扎西岗所至今未配备法制审核员，执法决定法制审核主要依赖局法规股。"
    [f] = _found(body, COUNTY_BUREAU, "legal_review_staff_ratio")
    assert (bool(f.negated), f.scope_kind, f.scope) == (True, "part", "门士所、扎西岗所")


def test_the_stations_heads_report_is_a_part_of_the_town_s() -> None:
    body = "二是述法工作向下延伸不够，镇属站所负责人述法尚未全面开展。"
    [f] = _found(body, TOWN_2023, "leaders_report_on_rule_of_law")
    assert (bool(f.negated), f.scope_kind) == (True, "part")
    body = "九、2024年工作打算\n推动班子成员全部参加法治专题脱产培训，将述法范围逐步扩大到镇属各站所负责人。"
    [f] = _found(body, TOWN_2023, "leaders_report_on_rule_of_law")
    assert (f.requirement, f.scope_kind, f.scope) == (True, "part", "镇属各站所负责人")


# --- forms of sets AAA–AAD ----------------------------------------------------------------------
def test_items_consulted_among_the_decisions_are_no_count() -> None:
    body = ("共5项事项纳入重大行政决策事项目录。上述决策事项在提交县政府常务会议审议前均严格履行法定程序，"
            "对涉及群众切身利益的3项事项通过座谈会、入户走访等方式广泛听取意见。")
    assert [f.value for f in _found(body, COUNTY_2023, "major_decisions_count")] == [5]


def test_the_one_case_heard_in_a_month_with_its_head() -> None:
    body = "以乡政府为被告的行政诉讼案件1件，于9月开庭审理，乡长出庭应诉并发言，该案目前尚未判决。"
    assert [f.value for f in _found(body, TOWN_2025, "court_cases_heard")] == [1]
    assert [f.value for f in _found(body, TOWN_2025, "heads_in_court_count")] == [1]


def test_problems_found_by_the_inspection_not_yet_put_right_are_no_coverage_shortfall() -> None:
    body = "三是法治督察整改落实不够到位。乡镇法治督察发现的问题中有3个尚未整改到位，有的单位整改停留在建制度、写报告层面。"
    assert _found(body, COUNTY_2023, "rule_of_law_inspection_coverage") == []


def test_the_class_held_and_the_head_not_in_it() -> None:
    body = ("受疫情影响，县里原定于上半年举办的部门负责人法治专题脱产培训延期至11月举办，局主要负责人因参加国土调查成果核查工作"
            "未能参训，仅由分管副局长参加。")
    [f] = _found(body, COUNTY_BUREAU, "head_offjob_training")
    assert (bool(f.negated), f.scope_kind, f.scope) == (True, "part", "局主要负责人")


def test_the_city_bureau_s_system_rate_in_a_county_bureau_s_report_is_not_its_own() -> None:
    body = "市交通运输局系统全年负责人出庭应诉率为95%，本局高于全市平均水平。"
    assert [f.scope_kind for f in _found(body, COUNTY_BUREAU, "court_appearance_rate")] == ["other"]


def test_the_city_s_rate_of_one_kind_of_dispute_is_the_city_s() -> None:
    body = "全年县医调委受理医疗纠纷9件，调解成功8件，人民调解成功率为88.9%。日喀则市同期医疗纠纷人民调解成功率为92.4%。"
    found = sorted((float(f.value), f.scope_kind) for f in _found(body, COUNTY_BUREAU, "mediation_success_rate"))
    assert [x for x in found if x[0] == 92.4] == [(92.4, "higher")]


def test_a_catalogue_rolled_out_not_firmly_enough_is_neither() -> None:
    body = "五是政务公开的质量仍需提升，政策解读形式单一，基层政务公开标准目录在乡（镇）一级的落地还不够扎实。"
    assert _found(body, COUNTY_2023, "grassroots_openness_standards") == []


# --- forms of sets AAE–AAG ----------------------------------------------------------------------
def test_the_decisions_to_be_made_put_in_the_catalogue_is_done() -> None:
    body = "年初，镇政府将当年拟作出的重大行政决策事项列入年度目录，经镇党政班子会议审议后，在镇政务公开栏和县政府门户网站乡镇专栏予以公布。"
    [f] = _found(body, TOWN_2023, "major_decision_catalogue_published")
    assert (f.requirement, bool(f.negated)) == (False, False)


def test_the_counsel_taking_part_in_a_lawsuit_is_no_count_of_lawsuits() -> None:
    body = "局聘请了1名律师作为常年法律顾问，全年为我局审查合同、执法文书及涉法事项14件，出具法律意见8份，参与应诉案件1件。"
    assert _found(body, COUNTY_BUREAU, "admin_litigation_cases") == []


def test_the_stations_inside_the_town_not_yet_reporting_are_a_part() -> None:
    body = "镇政府内部各站所负责人尚未建立述法制度，村（社区）党组织书记述法尚未全面推开，述法内容与具体工作结合不够紧密。"
    [f] = _found(body, TOWN_2025, "leaders_report_on_rule_of_law")
    assert (bool(f.negated), f.scope_kind) == (True, "part")


def test_the_prefecture_s_whole_system_rate_in_a_county_bureau_s_report_is_not_its_own() -> None:
    body = "全州交通运输系统负责人出庭应诉率为92.3%，系州交通运输局通报的行业数据。"
    assert [f.scope_kind for f in _found(body, COUNTY_BUREAU, "court_appearance_rate")] == ["other"]


# --- forms of sets ADF and ADI onward --------------------------------------------------------------
def test_the_reports_of_its_team_members_and_station_heads_are_not_its_heads() -> None:
    body = "镇党委将法治建设情况纳入班子成员和站所负责人年度述职内容，对法治建设推进不力的单位及时提醒督促。"
    assert _found(body, TOWN_2023, "leaders_report_on_rule_of_law") == []
    body = "镇党委将法治建设情况纳入镇长年度述职内容，镇长在年终述职中专题述法。"
    assert len(_found(body, TOWN_2023, "leaders_report_on_rule_of_law")) == 1


def test_a_report_not_made_public_on_time_said_with_meiyou_zuodao() -> None:
    body = "上一年度法治政府建设报告没有做到按时公开，镇政府信息公开专栏的更新也不够及时。"
    [f] = _found(body, TOWN_2023, "annual_report_published")
    assert f.negated


def test_a_catalogue_made_public_with_jiang_and_yiyu_is_done_not_planned() -> None:
    body = ("乡政府对2025年度拟研究的事项进行了梳理，经乡党政班子会议研究，本年度无需纳入重大行政决策目录管理的事项，"
            "并于3月将“零事项”目录在县政府门户网站专栏予以公开。")
    [f] = _found(body, TOWN_2025, "major_decision_catalogue_published")
    assert (f.requirement, bool(f.negated)) == (False, False)


def test_the_county_levels_mediation_rate_in_a_towns_report_is_the_countys() -> None:
    body = "全镇人民调解成功率为97.3%。县级层面的人民调解成功率为98.1%，与之相比，我镇还存在一定差距。"
    assert [(float(f.value), f.scope_kind) for f in _found(body, TOWN_2025, "mediation_success_rate")] == [(97.3, "whole"), (98.1, "higher")]


def test_hard_disputes_all_settled_is_not_the_rate_of_all_disputes() -> None:
    body = "对调解难度大的纠纷，由镇领导牵头开展联合调解，全年联合调处疑难纠纷9起，全部调解成功。"
    assert _found(body, TOWN_2023, "mediation_success_rate") == []
    body = "全年调处矛盾纠纷9起，全部调解成功。"
    assert [f.value for f in _found(body, TOWN_2023, "mediation_success_rate")] == [100]


def test_a_few_officers_told_apart_by_their_post_fell_short() -> None:
    body = "个别长期驻守建筑工地和项目一线的执法人员因工作任务重，年度培训学时未达到60学时。"
    [f] = _found(body, BUREAU_2023, "enforcement_training_hours")
    assert f.negated and f.scope_kind == "part"
    assert f.scope.startswith("个别长期驻守")


def test_the_rest_of_the_team_but_its_head_not_trained() -> None:
    body = "局领导班子中除局长外的其他成员尚未参加法治专题脱产培训，班子整体的法治能力还有提升空间。"
    [f] = _found(body, COUNTY_BUREAU, "head_offjob_training")
    assert f.negated and f.scope_kind == "part"


def test_all_the_items_the_meetings_took_up_are_not_the_decisions() -> None:
    body = "全年乡党委会、班子会议共研究各类事项96项，其中作出重大行政决策2项，分别是草原生态保护补助奖励资金分配方案和乡村公益性岗位管理办法。"
    [f] = _found(body, TOWN_2023, "major_decisions_count")
    assert (f.value, f.scope_kind) == (2, "")


def test_the_county_governments_reconsideration_caseload_in_a_bureaus_report_is_the_countys() -> None:
    body = "据县司法局通报，县人民政府全年共受理各类行政复议案件14件，自然资源领域案件占比较高。"
    assert [(f.value, f.scope_kind) for f in _found(body, COUNTY_BUREAU, "reconsideration_cases")] == [(14, "higher")]
    body = "全县县政府全年受理行政复议案件15件，我局案件占比较小。"
    assert [(f.value, f.scope_kind) for f in _found(body, COUNTY_BUREAU, "reconsideration_cases")] == [(15, "higher")]


def test_a_report_made_public_later_than_the_rule_said_in_the_next_clause() -> None:
    body = "乡政府2024年度法治政府建设情况报告于4月中旬才在县政府门户网站公开，比规定的时间有所滞后。"
    [f] = _found(body, TOWN_2025, "annual_report_published")
    assert f.negated


def test_a_place_name_with_xu_is_no_must() -> None:
    body = "镇政府结合工作实际，编制2024年度重大行政决策事项目录，目录于4月在县政府门户网站色须镇政务公开专栏和集镇公示栏同步公布。"
    [f] = _found(body, TOWN_2025, "major_decision_catalogue_published")
    assert (f.requirement, bool(f.negated)) == (False, False)
    body = "2025年，镇政府必须在3月底前公布年度重大行政决策事项目录。"
    assert [f.requirement for f in _found(body, TOWN_2025, "major_decision_catalogue_published")] == [True]


def test_study_records_kept_as_the_basis_of_the_report_are_not_the_report() -> None:
    body = "同时，乡政府为每名班子成员建立了学法档案，记录学法内容、学习时间和心得体会，年终作为述职述法的重要依据。"
    assert _found(body, TOWN_2023, "leaders_report_on_rule_of_law") == []


def test_the_county_meeting_a_head_reports_at_is_not_the_scope() -> None:
    body = "乡党委书记、乡长在全县乡镇党政主要负责人年终述职中专题述法，重点报告本人学法用法情况。"
    [f] = _found(body, TOWN_2023, "leaders_report_on_rule_of_law")
    assert (f.scope_kind, f.scope) == ("", "")


def test_the_heads_own_report_is_the_evidence_not_the_rest_of_the_teams() -> None:
    body = ("镇党委书记、镇长在年终述职时同步述法，重点报告本人学法用法情况。"
            "其他班子成员、各站所负责人在年度述职中一并报告分管领域依法履职情况，接受机关干部和村（社区）干部代表的评议。")
    [f] = _found(body, TOWN_2023, "leaders_report_on_rule_of_law")
    assert f.quote.startswith("镇党委书记、镇长")


def test_a_bureaus_own_field_of_disputes_is_not_peoples_mediation() -> None:
    body = "受理道路运输消费纠纷42件，调解成功39件，调解成功率为92.9%。"
    assert _found(body, BUREAU_2023, "mediation_success_rate") == []
    body = "配合各乡镇开展草场边界纠纷调处，全年参与调处草场纠纷37起，调处成功率达到94.6%。"
    assert _found(body, AGRI_BUREAU, "mediation_success_rate") == []


def test_the_prefectures_rate_reported_by_its_court_is_the_prefectures() -> None:
    body = "州中级人民法院通报全州行政机关负责人出庭应诉率为97.3%，我县高于全州平均水平。"
    assert [(float(f.value), f.scope_kind) for f in _found(body, COUNTY_2023, "court_appearance_rate")] == [(97.3, "higher")]


def test_the_good_and_the_shortcomings_a_report_tells_are_no_shortfall() -> None:
    body = ("镇党委书记、镇长在年终述职时，将履行推进法治建设第一责任人职责情况作为述职报告的重要内容一并报告。"
            "述法内容如实反映学法用法、依法决策、化解矛盾等方面的做法和不足，评议意见已纳入来年整改清单。")
    assert [bool(f.negated) for f in _found(body, TOWN_2025, "leaders_report_on_rule_of_law")] == [False]


def test_the_one_case_already_heard_with_its_head_in_court() -> None:
    body = "乡政府作为被告的行政诉讼案件1件，系群众对乡政府作出的林地权属处理决定不服提起诉讼，案件已开庭审理，乡长出庭应诉。"
    assert [f.value for f in _found(body, TOWN_2023, "court_cases_heard")] == [1]
    assert [f.value for f in _found(body, TOWN_2023, "heads_in_court_count")] == [1]


def test_the_towns_catalogue_done_and_the_villages_not_yet_in_the_next_sentence() -> None:
    body = ("对照县级部门和乡镇政务公开事项标准目录，编制完成镇级政务公开事项标准目录，明确公开内容和公开时限。"
            "但镇级标准目录向各村（社区）延伸的工作目前仅在2个村开展试点，村级政务公开标准化规范化尚未全面铺开。")
    [f] = _found(body, TOWN_2023, "grassroots_openness_standards")
    assert f.negated and f.scope_kind == "part"
    assert "尚未全面铺开" in f.quote


def test_a_system_still_at_the_stage_of_finding_out_what_it_needs_is_not_there() -> None:
    body = "覆盖县级部门和乡镇的统一综合执法办案系统仍处于需求调研阶段，执法信息化水平不高。"
    [f] = _found(body, COUNTY_2023, "unified_enforcement_system")
    assert f.negated


def test_the_provinces_average_in_a_county_bureaus_report_is_the_provinces() -> None:
    body = "本局执法人员人均培训65学时。2022年全省农业综合行政执法人员人均培训学时为58学时。"
    assert [(f.value, f.scope_kind) for f in _found(body, AGRI_BUREAU, "enforcement_training_hours")] == [(65, ""), (58, "higher")]
    body = "在全省率先建成市、乡两级行政执法协调监督工作体系。"
    assert [f.scope_kind for f in _found(body, AGRI_BUREAU, "enforcement_supervision_system")] != ["higher"]


def test_the_rule_of_laws_share_is_not_the_openness_weight_said_after_it() -> None:
    body = "法治建设在全县绩效考核中的分值占比保持在8%，其中政务公开工作的分值权重由上年度的3%提高到5%。"
    assert [(f.value, f.scope_kind) for f in _found(body, COUNTY_2023, "gov_openness_weight")] == [(5, "")]


def test_a_report_sent_up_is_not_made_public() -> None:
    body = "（一）深化政务公开。2022年度法治政府建设报告经县委常委会审议后，报送市委依法治市办和市人民政府。"
    assert _found(body, COUNTY_2023, "annual_report_published") == []
    body = "镇政府2022年度法治政府建设工作报告因报送审核延误，直至5月才在县政府网站公开。"
    [f] = _found(body, TOWN_2023, "annual_report_published")
    assert f.negated


def test_the_deputy_in_charge_who_missed_the_class_after_an_items_number() -> None:
    body = "三是分管综合行政执法工作的副乡长因驻村蹲点，未能参加县里组织的法治专题脱产培训。"
    [f] = _found(body, TOWN_2025, "head_offjob_training")
    assert f.negated and f.scope_kind == "part"


def test_the_countys_rate_with_its_year_after_quan_xian_in_a_bureaus_report() -> None:
    body = "全县2023年行政机关负责人出庭应诉率为92.3%，此数据由县司法局统计。"
    assert [f.scope_kind for f in _found(body, BUREAU_2023, "court_appearance_rate")] == ["higher"]


def test_hours_said_as_not_below_the_rule_are_at_least_it() -> None:
    body = "6名持证执法人员全年法律知识培训学时均未低于60学时。"
    [f] = _found(body, TOWN_2023, "enforcement_training_hours")
    assert (f.value, f.bound, bool(f.negated)) == (60, "at_least", False)


def test_the_prefectures_average_in_a_county_bureaus_report_is_the_prefectures() -> None:
    body = "州农牧局通报，全州农牧综合行政执法队伍一线执法力量平均占比为80.1%。"
    assert [f.scope_kind for f in _found(body, AGRI_BUREAU, "frontline_enforcement_share")] == ["higher"]


def test_cases_still_missed_after_a_sentence_opening_on_some_units_heads_are_theirs() -> None:
    body = "二是个别部门负责人出庭应诉意识仍需增强，全县开庭审理的行政诉讼案件中还有3件负责人未出庭。"
    [f] = _found(body, BUREAU_2023, "court_appearance_rate")
    assert f.negated and f.scope_kind == "part" and "个别部门负责人" in f.scope
    body = "三是个别行政机关负责人对出庭应诉重视不够，全县出庭应诉率与全覆盖的要求仍有差距。"
    [f] = _found(body, COUNTY_2023, "court_appearance_rate")
    assert f.negated and f.scope_kind != "part"


def test_village_heads_not_yet_reporting_in_the_next_clause_are_the_part_short() -> None:
    body = "二是述法工作向村级延伸仍处于探索阶段，村党组织书记述法尚未全面推开。"
    [f] = _found(body, TOWN_2025, "leaders_report_on_rule_of_law")
    assert f.negated and f.scope_kind == "part" and f.scope.startswith("村")


def test_what_the_years_means_ensured_for_every_officer_of_the_county_is_a_result() -> None:
    body = ("举办执法人员集中培训班5期，通过集中授课、案例教学、网络学法等方式，"
            "确保全县每名执法人员全年参加法律知识培训不少于60学时。")
    [f] = _found(body, COUNTY_2023, "enforcement_training_hours")
    assert (f.value, f.bound, f.requirement) == (60, "at_least", False)


def test_those_the_shortfall_names_as_the_only_ones_trained_are_the_done_statements() -> None:
    body = ("（三）抓好脱产培训。镇长、分管综合执法工作的副镇长参加了县委党校举办的法治专题脱产培训班。\n"
            "一是领导干部法治培训覆盖面不够，目前仅镇长和分管副镇长参加过法治专题脱产培训，其余班子成员尚未参加。")
    done, short = _found(body, TOWN_2023, "head_offjob_training")
    assert not done.negated and done.scope_kind == "part" and done.scope.startswith("镇长、分管")
    assert short.negated and short.scope_kind == "part" and short.scope == "其余班子成员"


def test_a_shortfall_inside_the_opinions_others_raised_is_not_the_acts() -> None:
    body = "述法报告同时报送县委依法治县办，述法中群众代表提出的关于低保评议不及时等意见，镇政府已逐项整改。"
    found = _found(body, TOWN_2025, "leaders_report_on_rule_of_law")
    assert found and not any(f.negated for f in found)


def test_the_care_given_to_the_report_is_not_the_report() -> None:
    body = "个别部门主要负责人对述法准备不充分，述法内容重成绩罗列、轻问题剖析。"
    assert _found(body, COUNTY_2023, "leaders_report_on_rule_of_law") == []


def test_made_public_but_when_it_was_made_public_was_late() -> None:
    body = "本局2022年度法治政府建设情况报告已在县政府门户网站公开，但公开时间晚于规定时限。"
    [f] = _found(body, BUREAU_2023, "annual_report_published")
    assert f.negated


PREFECTURE_BUREAU = "测试州卫生健康委员会2023年法治政府建设年度报告\n2023年，本委坚持依法行政，全面推进法治政府建设。\n"


def test_the_prefectures_rate_in_a_county_bureaus_report_is_the_prefectures() -> None:
    body = "全州医疗纠纷人民调解成功率为91%左右，我县医疗纠纷调处工作总体平稳。"
    assert [f.scope_kind for f in _found(body, HEALTH_BUREAU, "mediation_success_rate")] == ["higher"]
    assert [f.scope_kind for f in _found(body, PREFECTURE_BUREAU, "mediation_success_rate")] != ["higher"]


def test_the_average_in_brackets_after_its_name_is_not_the_figure() -> None:
    body = "县政府公文主动公开率与地区平均水平（61.2%）相比仍有差距。"
    assert not [f for f in _found(body, COUNTY_2023, "document_disclosure_rate") if f.value is not None]
    body = "县政府公文主动公开率与全州平均水平（61.2%）相比仍有差距。"
    assert [f.scope_kind for f in _found(body, COUNTY_2023, "document_disclosure_rate")] == ["higher"]


def test_the_system_of_the_area_above_in_a_county_bureaus_report_is_the_areas() -> None:
    body = "自治州交通运输系统政务服务好评率为99.8%。"
    assert [f.scope_kind for f in _found(body, BUREAU_2023, "service_praise_rate")] == ["higher"]


def test_the_units_linked_after_a_clause_naming_the_platform_relied_on() -> None:
    body = "依托自治区“互联网+监管”系统，县市场监管、交通运输等部门的监管行为数据已与自治区平台实现数据联通。"
    [f] = _found(body, COUNTY_2023, "provincial_platform_data_link")
    assert not f.negated and f.scope_kind == "part" and "等部门" in f.scope


def test_none_made_said_as_not_made_and_issued_or_as_zero() -> None:
    for body in ("本年度本局未制定出台行政规范性文件。", "本年度规范性文件零出台。"):
        assert [float(f.value) for f in _found(body, BUREAU_2023, "normative_docs_count")] == [0], body
    body = "全年未发生行政复议案件，以镇政府为被告的行政诉讼案件也是零。"
    assert [float(f.value) for f in _found(body, TOWN_2023, "admin_litigation_cases")] == [0]


def test_a_rule_about_documents_not_made_is_no_count_of_them() -> None:
    for body in ("本局尚未出台规范性文件管理办法。", "本局尚未制定规范性文件合法性审核制度。"):
        assert _found(body, BUREAU_2023, "normative_docs_count") == [], body


def test_the_countys_rate_the_court_gave_for_the_same_period_in_a_towns_report() -> None:
    body = "县人民法院同期全县一审行政案件负责人出庭应诉率为96.1%。"
    assert [f.scope_kind for f in _found(body, TOWN_2023, "court_appearance_rate")] == ["higher"]


def test_the_courts_pre_trial_cases_and_a_bureaus_title_disputes_are_not_peoples_mediation() -> None:
    body = "在镇综治中心设立诉前调解工作室，全年受理法院委派的诉前调解案件28件，调解成功率为67.9%。"
    assert _found(body, TOWN_2023, "mediation_success_rate") == []
    body = "会同各乡镇、县自然资源局等部门，依法调处林地、草原权属纠纷12件，调处成功11件，调处成功率91.7%。"
    assert _found(body, AGRI_BUREAU, "mediation_success_rate") == []


def test_most_of_the_time_is_not_some_of_the_officers() -> None:
    body = "但由于疫情期间大部分时间执法人员投入到卡点值守等防控工作中，集中培训时间明显不足。"
    [f] = _found(body, TOWN_2020, "enforcement_training_hours")
    assert f.negated and f.scope_kind == ""


def test_the_case_heard_when_the_head_came_to_court() -> None:
    body = "以镇政府为被告的行政诉讼案件1件，案件开庭审理时镇长到庭应诉。"
    assert [float(f.value) for f in _found(body, TOWN_2023, "court_cases_heard")] == [1]


def test_problems_the_public_raised_most_in_the_review_are_not_the_reports() -> None:
    body = "针对述法测评中群众反映较多的村务公开不及时、法律顾问到村次数少等问题，乡党委责成相关站所限期整改。"
    assert not [f for f in _found(body, TOWN_2025, "leaders_report_on_rule_of_law") if f.negated]


def test_all_officers_but_those_named_are_some() -> None:
    body = "全局52名执法人员中，除3名年内新调入人员外，每人全年法律知识培训均不少于60学时。"
    [f] = _found(body, AGRI_BUREAU, "enforcement_training_hours")
    assert (f.value, f.bound, f.scope_kind) == (60, "at_least", "part")


def test_the_village_heads_a_sentence_opens_on_are_its_scope() -> None:
    body = "对各村党组织书记，镇党委在年底述职评议中专门听取其抓村级依法治理情况的汇报。"
    [f] = _found(body, TOWN_2023, "leaders_report_on_rule_of_law")
    assert f.scope_kind == "part" and f.scope.startswith("各村")


def test_the_rule_of_law_made_part_of_the_teams_and_station_heads_reports_is_theirs() -> None:
    body = "镇政府还将依法行政情况作为镇政府班子成员和各站所负责人年度述职的重要内容，接受干部群众评议。"
    assert _found(body, TOWN_2023, "leaders_report_on_rule_of_law") == []


def test_study_organised_before_the_teams_meetings() -> None:
    body = "全年在党政班子会议前组织学法十一次。"
    assert [float(f.value) for f in _found(body, TOWN_2023, "pre_meeting_law_study")] == [11]


def test_a_look_back_listing_a_yearly_report_keeps_its_span() -> None:
    body = "五年来，镇里坚持制定法治政府建设工作要点、开展年终述法、公开法治政府建设年度报告。"
    for indicator in ("leaders_report_on_rule_of_law", "annual_report_published"):
        assert [f.period for f in _found(body, TOWN_2025, indicator)] == ["五年来"], indicator


def test_lectures_counted_as_sessions_before_the_act() -> None:
    body = "乡里先后3期举办领导班子和机关干部参加的法治专题讲座，邀请县司法局的同志授课。"
    assert [float(f.value) for f in _found(body, TOWN_2023, "leadership_law_lectures")] == [3]
    body = "镇领导班子先后两期邀请县司法局业务骨干、镇政府法律顾问开展法治专题讲座。"
    assert [float(f.value) for f in _found(body, TOWN_2023, "leadership_law_lectures")] == [2]
    body = "先后3次召开专题会议，举办法治专题讲座。"
    assert [float(f.value) for f in _found(body, TOWN_2023, "leadership_law_lectures")] == []


def test_study_before_each_meeting_counted_is_the_meetings_count() -> None:
    body = "全年召开镇政府常务会议11次，每次会前安排集体学法，共学习宪法、民法典等法律法规。"
    assert [float(f.value) for f in _found(body, TOWN_2023, "pre_meeting_law_study")] == [11]
    body = "全年召开县政府常务会议21次，每次会议均安排会前学法，先后学习了《中华人民共和国民法典》。"
    assert [float(f.value) for f in _found(body, COUNTY_2023, "pre_meeting_law_study")] == [21]
    body = "全年召开县政府常务会议26次，每次会议前均安排学法，会前学法26次，比上年增加。"
    assert [float(f.value) for f in _found(body, COUNTY_2023, "pre_meeting_law_study")] == [26]
    body = "全年召开县政府常务会议26次，其中安排会前学法18次。"
    assert [float(f.value) for f in _found(body, COUNTY_2023, "pre_meeting_law_study")] == [18]


def test_the_cases_counted_before_some_of_them_are_the_count() -> None:
    body = "一是行政应诉工作还有短板。全年2件行政诉讼案件中只有1件由镇长出庭应诉，负责人出庭应诉率未达到100%。"
    assert [float(f.value) for f in _found(body, TOWN_2023, "admin_litigation_cases")] == [2]
    body = "全年制发的3件规范性文件中有1件未按时报送备案。"
    assert [float(f.value) for f in _found(body, TOWN_2023, "normative_docs_count")] == [3]
    body = "以镇政府为被申请人的复议案件中出现1件被确认违法。"
    assert _found(body, TOWN_2023, "reconsideration_cases") == []


def test_a_rule_for_the_head_not_carried_out_this_year_is_a_shortfall() -> None:
    body = "三、存在的问题\n一是受防汛救灾等工作影响，镇主要负责人参加法治专题脱产培训的要求本年度未能落实。"
    [f] = _found(body, TOWN_2023, "head_offjob_training")
    assert f.negated and not f.requirement


def test_the_teams_average_hours_are_its_officers() -> None:
    body = "组织执法人员参加县司法局组织的行政执法人员通用法律知识培训、省行政执法人员在线学习和专业法律知识培训，执法队人均参训64学时。"
    assert [float(f.value) for f in _found(body, TOWN_2023, "enforcement_training_hours")] == [64]
    body = "全年执法队伍人均参训62学时。"
    assert [float(f.value) for f in _found(body, TOWN_2023, "enforcement_training_hours")] == [62]


def test_a_subject_with_only_its_cause_goes_on_in_the_next_clause() -> None:
    body = "虽然人均学时超过要求，但个别执法人员因参加防汛、包村等工作，全年参训学时不足60学时。"
    [f] = _found(body, TOWN_2023, "enforcement_training_hours")
    assert f.negated and f.scope_kind == "part"


def test_the_departments_not_all_inspected_is_not_the_governments_coverage() -> None:
    body = "三是法治督察覆盖面仍需拓展，法治督察对县政府部门还没有做到全覆盖，督察结果运用不够充分。"
    assert _found(body, COUNTY_2023, "rule_of_law_inspection_coverage") == []
    [f] = _found(body, COUNTY_2023, "department_inspection_coverage")
    assert f.negated


def test_a_plan_for_the_station_heads_all_to_be_trained_is_theirs() -> None:
    body = "二、2025年工作打算\n坚持年终述法，推动站所负责人全部参加法治专题脱产培训。"
    [f] = _found(body, TOWN_2023, "head_offjob_training")
    assert f.requirement and f.scope_kind == "part" and f.scope == "站所负责人"
    body = "镇长和各站所负责人全部参加了法治专题脱产培训。"
    [f] = _found(body, TOWN_2023, "head_offjob_training")
    assert f.scope_kind != "part"


def test_the_countys_system_only_partly_linked_in_the_town_is_the_towns_shortfall() -> None:
    body = "三是执法信息化建设滞后。全县统一的综合执法办案系统在我镇仅完成部分功能对接，尚未全面投入使用。"
    [f] = _found(body, TOWN_2025, "unified_enforcement_system")
    assert f.negated and f.scope_kind != "higher"


def test_the_countys_system_in_a_towns_report_is_the_towns_when_its_own_cases_say_so() -> None:
    body = "全市统一的综合行政执法办案系统已延伸至各乡镇，我镇综合行政执法队的执法案件已全部通过该系统网上办理。"
    [f] = _found(body, TOWN_2023, "unified_enforcement_system")
    assert not f.negated and f.scope_kind != "higher"
    body = "三是执法信息化手段不足，全县覆盖县乡两级的统一综合执法办案系统尚未建成，乡执法队仍以纸质文书办案为主。"
    [f] = _found(body, TOWN_2023, "unified_enforcement_system")
    assert f.negated and f.scope_kind != "higher"
    body = "二是全市统一的综合执法办案系统尚未延伸到乡镇，我镇执法案件仍以纸质方式办理。"
    [f] = _found(body, TOWN_2020, "unified_enforcement_system")
    assert f.negated and f.scope_kind != "higher"


def test_all_cases_filed_online_in_the_countys_system_is_the_system_in_use() -> None:
    body = "全年综合行政执法队共办理行政处罚案件27件，全部案件在全县统一的综合行政执法办案系统中网上立案、网上审批、网上结案。"
    [f] = _found(body, TOWN_2025, "unified_enforcement_system")
    assert not f.negated and not f.requirement and f.scope_kind != "higher"


def test_a_catalogue_put_up_on_the_website_is_published() -> None:
    body = "3月底，镇政府将2023年度重大行政决策事项目录在虎林市人民政府网站公示，全年作出重大行政决策2项。"
    [f] = _found(body, TOWN_2023, "major_decision_catalogue_published")
    assert not f.negated and not f.requirement
    body = "该事项纳入了县政府年度重大行政决策事项目录，我局通过县政府门户网站和县城主要街道公示栏公开征求意见。"
    assert _found(body, BUREAU_2023, "major_decision_catalogue_published") == []


def test_the_other_decisions_are_not_the_count() -> None:
    body = "对其他2项决策事项，镇政府也均按程序征求了有关村和群众的意见，并在镇党政联席会议上集体讨论决定。"
    assert _found(body, TOWN_2020, "major_decisions_count") == []


def test_a_share_of_the_disputes_is_not_the_success_rate_for_some() -> None:
    body = "全年共调解各类矛盾纠纷97件，调解成功95件，调解成功率97.9%，其中疫情期间因务工返乡、土地流转引发的纠纷占三成以上。"
    assert [float(f.value) for f in _found(body, TOWN_2020, "mediation_success_rate")] == [97.9]


def test_lectures_after_the_party_groups_study_are_the_leaderships() -> None:
    body = "乡党委理论学习中心组全年开展集中研讨2次。乡里先后邀请县司法局的同志举办法治专题讲座3期，乡村两级干部参训210人次。"
    assert [float(f.value) for f in _found(body, TOWN_2025, "leadership_law_lectures")] == [3]
    body = "局党组理论学习中心组全年集体学法8次。举办全系统法治专题讲座4场，培训干部职工620人次。"
    assert _found(body, BUREAU_2023, "leadership_law_lectures") == []


def test_documents_issued_numbering_zero() -> None:
    body = "镇政府坚持严控数量、提高质量的原则，2023年规范性文件制发数量为零。"
    assert [float(f.value) for f in _found(body, TOWN_2023, "normative_docs_count")] == [0]


def test_the_reviews_the_county_received_in_a_bureaus_report_are_the_countys() -> None:
    body = "全县本年度县政府受理的行政复议案件总数为45件，我局案件所占比例较小。"
    [f] = _found(body, COUNTY_BUREAU, "reconsideration_cases")
    assert f.scope_kind == "higher" and f.scope == "县政府"


def test_a_case_withdrawn_after_its_hearing_is_not_the_heard_count() -> None:
    body = "2件案件中，1件一审判决驳回原告诉讼请求，1件原告在开庭后撤诉，败诉率为零。"
    assert _found(body, TOWN_2023, "court_cases_heard") == []


def test_the_one_heard_case_the_heads_missed_is_not_the_heard_count() -> None:
    body = "三是执法规范化水平仍需提高。1件开庭案件因疫情管控原因行政机关负责人未能出庭应诉。"
    assert _found(body, TOWN_2023, "court_cases_heard") == []


def test_the_countys_system_on_trial_in_the_town_is_not_done() -> None:
    body = "县级统一的综合行政执法办案平台已在我乡试运行，执法队于下半年开始将部分简易程序案件在平台上办理。"
    [f] = _found(body, TOWN_2023, "unified_enforcement_system")
    assert f.negated and f.scope_kind != "higher"
    body = "全县统一的综合行政执法办案系统已覆盖县、镇两级，我镇执法队自2025年起实现全部案件网上立案、网上审批。"
    [f] = _found(body, TOWN_2025, "unified_enforcement_system")
    assert not f.negated and f.scope_kind != "higher"


def test_lectures_counted_as_sessions_far_before_the_act() -> None:
    body = "镇政府先后两次邀请县司法局、县人民法院的同志为镇领导班子举办法治专题讲座，分别解读民法典。"
    assert [float(f.value) for f in _found(body, TOWN_2020, "leadership_law_lectures")] == [2]
    body = "乡里先后三次邀请县司法局、县人民法院和县委党校的同志为乡领导班子作法治专题讲座，即全年共举办法治讲座三期。"
    assert [float(f.value) for f in _found(body, TOWN_2023, "leadership_law_lectures")] == [3]


def test_a_plan_for_the_team_members_not_yet_trained_is_a_plan() -> None:
    body = "九、2023年工作打算\n组织尚未参加培训的镇班子成员全部参加法治专题脱产培训，实现班子成员法治培训全覆盖。"
    [f] = _found(body, TOWN_2023, "head_offjob_training")
    assert f.requirement and not f.negated and f.scope_kind == "part"


def test_decisions_of_earlier_years_evaluated_are_not_the_count() -> None:
    body = "对城区供热管网改造等2项实施满一年的重大决策，委托第三方机构开展决策后评估，评估报告作为调整完善政策的重要依据。"
    assert _found(body, COUNTY_2023, "major_decisions_count") == []


def test_the_one_heard_case_not_argued_by_a_head_is_not_the_heard_count() -> None:
    body = "一是负责人出庭应诉还不够到位，年内有1件开庭审理的行政诉讼案件未能由镇负责人出庭应诉。"
    assert _found(body, TOWN_2025, "court_cases_heard") == []


def test_a_system_being_built_alongside_another_is_not_done() -> None:
    body = ("目前各执法部门统一使用吉林省行政执法综合管理监督信息系统办理案件，覆盖市本级和各乡镇（街道）的统一综合执法办案系统"
            "正在与松原市同步建设。")
    [f] = _found(body, COUNTY_2023, "unified_enforcement_system")
    assert f.negated


def test_the_principal_and_deputy_heads_counts_are_summed_as_the_governments() -> None:
    body = "县政府主要负责同志带头出庭应诉1次，分管副县长出庭应诉3次，对“告官不见官”问题形成了有力示范。"
    [f] = _found(body, COUNTY_2023, "heads_in_court_count")
    assert float(f.value) == 4 and f.derived and (f.scope_kind, f.scope) == ("unit", "县政府")
    body = "县长出庭应诉1次，分管副县长出庭应诉3次。"
    [f] = _found(body, COUNTY_2023, "heads_in_court_count")
    assert float(f.value) == 4 and f.derived and f.scope_kind == ""


def test_a_report_published_later_than_the_deadline_is_late() -> None:
    body = "2022年度法治政府建设年度报告于4月中旬在县政府门户网站公开，较规定的3月底前公开时限有所延迟。"
    [f] = _found(body, BUREAU_2023, "annual_report_published")
    assert f.negated


def test_the_countys_windows_praise_rate_in_a_bureaus_report_is_the_countys() -> None:
    body = "窗口政务服务“好差评”好评率99.9%。据县政务服务中心统计，全县进驻窗口整体好评率为99.7%。"
    found = _found(body, BUREAU_2023, "service_praise_rate")
    assert [(float(f.value), f.scope_kind) for f in found] == [(99.9, ""), (99.7, "higher")]


def test_lectures_counted_with_the_invitation_in_the_clause_before() -> None:
    body = "乡政府先后两期邀请县司法局和县委党校的专家，为乡领导班子开展法治专题讲座，第一期围绕民法典展开。"
    assert [float(f.value) for f in _found(body, TOWN_2023, "leadership_law_lectures")] == [2]


def test_decisions_counted_after_their_names_in_quotes() -> None:
    body = "乡政府编制并公开了年度重大行政决策事项目录，列入目录的事项为“农村生活垃圾分类收运体系建设”1项。"
    assert [float(f.value) for f in _found(body, TOWN_2023, "major_decisions_count")] == [1]


def test_every_officer_at_the_front_line_is_a_share_of_all() -> None:
    body = "镇综合行政执法队现有执法人员16名，全部取得行政执法证件，全部在一线岗位履行执法职责。"
    [f] = _found(body, TOWN_2023, "frontline_enforcement_share")
    assert float(f.value) == 100 and f.scope_kind == ""
    body = "现有执法人员8名，均持有行政执法证件，8名执法人员全部在一线从事执法工作。"
    [f] = _found(body, TOWN_2023, "frontline_enforcement_share")
    assert float(f.value) == 100 and f.scope_kind == ""
    body = "开庭审理3件，另有1件开庭时因镇长、分管副镇长均在一线组织抗洪抢险，委托律师出庭。"
    assert _found(body, TOWN_2023, "frontline_enforcement_share") == []


def test_cases_filed_online_in_the_countys_system_and_a_sectors_system() -> None:
    body = "镇执法队全部案件均通过全县统一的综合行政执法办案系统网上立案、审批、办结，实现执法办案全流程留痕。"
    [f] = _found(body, TOWN_2023, "unified_enforcement_system")
    assert not f.negated and f.scope_kind != "higher"
    body = "中队全部行政处罚案件均通过济南市城市管理综合执法办案系统网上办理，全年办理一般程序案件67件。"
    assert _found(body, TOWN_2023, "unified_enforcement_system") == []


def test_a_system_whose_building_started_or_is_expected_is_not_done() -> None:
    body = "稳步推进执法信息化建设，县统一综合执法办案平台已于11月启动建设，目前完成需求调研和招标工作。"
    [f] = _found(body, COUNTY_2023, "unified_enforcement_system")
    assert f.negated
    body = "县统一综合执法办案平台已完成招标，预计明年6月投入使用。"
    [f] = _found(body, COUNTY_2023, "unified_enforcement_system")
    assert f.negated and not f.requirement


def test_standards_set_up_at_first_with_some_fields_not_done_fall_short() -> None:
    body = "镇政府开展了基层政务公开标准目录编制工作，基层政务公开标准体系初步建立，但涉农补贴、社会救助等部分领域的标准目录尚在编制完善中。"
    [f] = _found(body, TOWN_2023, "grassroots_openness_standards")
    assert f.negated and f.scope_kind == "part"


def test_the_countys_documents_in_a_bureaus_report_are_the_countys() -> None:
    body = "全年以局名义制发行政规范性文件2件。同年，县政府共制发规范性文件6件，其中由我局起草的1件。"
    found = _found(body, BUREAU_2023, "normative_docs_count")
    assert [(float(f.value), f.scope_kind) for f in found] == [(2, ""), (6, "higher")]


def test_one_heads_times_after_all_heads_count_are_a_part_of_it() -> None:
    body = ("本局作为被告的行政诉讼案件2件，人民法院开庭审理2件，局主要负责人或分管负责人出庭应诉2件，出庭应诉率100%。"
            "局长亲自出庭应诉1件，庭审中就案件争议焦点进行陈述答辩。")
    assert [float(f.value) for f in _found(body, BUREAU_2023, "heads_in_court_count")] == [2]


def test_the_year_of_the_cause_does_not_date_the_cases() -> None:
    body = "镇政府作为被告的行政诉讼案件2件，均为2019年农村房屋拆迁补偿遗留问题引发，2件案件均已开庭审理，镇长均出庭应诉。"
    found = _found(body, TOWN_2020, "court_cases_heard")
    assert [(float(f.value), f.year) for f in found] == [(2, None)]


def test_the_countys_system_applied_in_the_town_is_the_towns() -> None:
    body = "县里建设的覆盖县乡两级的统一综合行政执法办案系统已在我镇全面应用，执法案件实现网上立案、网上审批、网上流转。"
    [f] = _found(body, TOWN_2023, "unified_enforcement_system")
    assert not f.negated and f.scope_kind != "higher"


def test_study_put_in_the_yearly_report_is_no_report_on_the_duty() -> None:
    body = "县政府各工作部门普遍建立了领导班子集体学法制度，把学法情况纳入年度述职和干部考核内容，推动领导干部学法经常化、制度化。"
    assert _found(body, COUNTY_2023, "leaders_report_on_rule_of_law") == []
    body = "继续把述法作为镇党委书记、镇长年终述职的必要内容，将学法情况纳入干部年度考核。"
    assert len(_found(body, TOWN_2023, "leaders_report_on_rule_of_law")) == 1  # the duty report named, kept


def test_no_documents_issued_then_other_papers_reviewed() -> None:
    body = ("本年度镇政府未制发行政规范性文件，以镇政府名义印发的工作方案、通知等一般性文件均由镇司法所进行合法性初审，"
            "全年初审各类文件28件，提出修改建议40余条。")
    assert [float(f.value) for f in _found(body, TOWN_2023, "normative_docs_count")] == [0]


def test_all_heads_in_court_not_achieved_falls_short() -> None:
    body = "三是行政机关负责人出庭应诉工作还有差距，全年未能实现开庭案件负责人全部出庭应诉。"
    [f] = _found(body, TOWN_2023, "court_appearance_rate")
    assert f.negated and f.value is None


def test_a_citys_system_reported_by_its_commission_is_not_the_bureaus() -> None:
    body = "在政务服务“好差评”评价中，我局窗口全年好评率100%。市卫生健康委通报全市卫生健康系统政务服务好评率为99.9%。"
    found = _found(body, COUNTY_BUREAU, "service_praise_rate")
    assert [(float(f.value), f.scope_kind) for f in found] == [(100, ""), (99.9, "higher")]


def test_a_catalogue_not_published_after_its_steps_is_not_published() -> None:
    body = "今年乡里首次尝试编制重大行政决策事项目录，但目录编制工作起步较晚，经集体研究后尚未向社会公开。"
    [f] = _found(body, TOWN_2023, "major_decision_catalogue_published")
    assert f.negated
    body = "今年乡里编制了重大行政决策事项目录，经党委会审定后于3月向社会公开。"
    [f] = _found(body, TOWN_2023, "major_decision_catalogue_published")
    assert not f.negated


def test_a_report_published_only_after_the_deadline_is_late() -> None:
    body = "由于工作衔接不畅，镇2022年度法治政府建设年度报告在规定时限之后才在县政府门户网站乡镇专栏公开。"
    [f] = _found(body, TOWN_2023, "annual_report_published")
    assert f.negated


def test_each_heads_cases_among_the_cases_heard_are_summed() -> None:
    body = ("以镇政府为被告的行政诉讼案件3件，均已开庭审理。镇政府严格落实行政机关负责人出庭应诉制度，"
            "3件案件中镇长出庭应诉2件，分管副镇长出庭应诉1件。")
    assert [float(f.value) for f in _found(body, TOWN_2023, "heads_in_court_count")] == [3]
    assert [float(f.value) for f in _found(body, TOWN_2023, "court_appearance_rate")] == [100]


def test_each_heads_cases_then_the_bureaus_heads_count() -> None:
    body = "本局作为被告的行政诉讼案件3件，其中人民法院开庭审理2件，局长出庭应诉1件、分管副局长出庭应诉1件，本局负责人出庭应诉2件。"
    assert [float(f.value) for f in _found(body, BUREAU_2023, "heads_in_court_count")] == [2]


def test_the_old_members_average_is_theirs() -> None:
    body = "全年6名老队员人均参加法律知识培训66学时；今年新入职的2名执法人员因入职时间较晚，累计培训学时尚不足60学时。"
    found = _found(body, TOWN_2023, "enforcement_training_hours")
    assert [(f.value is not None and float(f.value), f.scope_kind) for f in found] == [(66, "part"), (False, "part")]


def test_a_plan_for_two_team_members_is_theirs() -> None:
    body = "每年举办领导班子法治专题讲座不少于两期，年内完成2名班子成员法治专题脱产培训补训。"
    [f] = _found(body, TOWN_2023, "head_offjob_training")
    assert f.scope_kind == "part"
    body = "局主要负责人和2名班子成员参加了县委党校举办的领导干部法治专题脱产培训班。"
    [f] = _found(body, BUREAU_2023, "head_offjob_training")
    assert f.scope_kind == ""


def test_no_loss_from_one_cause_is_no_loss_rate() -> None:
    body = "县政府及各部门依法签订的各类合同均得到严格履行，未发生因政府违约被人民法院判决败诉的情况。"
    assert _found(body, COUNTY_2023, "litigation_loss_rate") == []


def test_a_catalogue_being_drawn_up_is_not_published() -> None:
    body = "按照县政府要求，镇政府重大行政决策事项目录的编制工作正在进行中，已初步梳理出拟列入目录的事项，尚未向社会公开。"
    [f] = _found(body, TOWN_2023, "major_decision_catalogue_published")
    assert f.negated


TOWNSHIP_2023 = "测试县民和乡人民政府2023年法治政府建设情况报告\n2023年，民和乡坚持依法行政，全面推进法治政府建设。\n"


def test_the_heard_cases_said_again_as_a_clause_of_their_own() -> None:
    body = ("全年镇政府作为被告的行政诉讼案件4件，其中1件因原告不符合起诉条件被法院裁定驳回，未开庭；其余3件均开庭审理，"
            "3件案件，镇政府负责人均出庭应诉，镇长出庭1件、分管副镇长出庭2件。")
    assert [float(f.value) for f in _found(body, TOWN_2023, "heads_in_court_count")] == [3]
    assert [float(f.value) for f in _found(body, TOWN_2023, "court_cases_heard")] == [3]


def test_the_grassroots_standards_not_formed_or_behind() -> None:
    for body in ("乡级政务公开标准目录正在按照县里的统一部署进行编制，尚未形成完整的基层政务公开标准体系。",
                 "三是政务公开工作存在短板，基层政务公开标准体系建设进度偏慢。",
                 "四是基层政务公开标准化建设进度滞后。村级公开事项目录尚未编制完成。"):
        [f] = _found(body, TOWNSHIP_2023, "grassroots_openness_standards")
        assert f.negated, body
    body = "四、2024年工作打算\n四是推进政务公开标准化。加快编制村级政务公开事项目录，力争上半年完成，推动乡村两级政务公开规范化。"
    [f] = _found(body, TOWNSHIP_2023, "grassroots_openness_standards")
    assert f.requirement and f.scope_kind == "part"


def test_disputes_of_one_kind_all_settled_is_not_the_rate() -> None:
    body = ("全年共调处矛盾纠纷134起，调处成功132起，调解成功率98.5%。洪灾过后，镇调委会深入受灾村组，"
            "全年调处涉灾纠纷21起，全部调解成功。")
    assert [float(f.value) for f in _found(body, TOWN_2020, "mediation_success_rate")] == [98.5]


def test_important_matters_studied_are_not_major_decisions() -> None:
    body = ("认真执行《重大行政决策程序暂行条例》，局党组凡涉及全局性、政策性的重要事项，均经过集体讨论决定，"
            "全年经党组会、局务会集体研究的重要事项38项。")
    assert _found(body, BUREAU_2023, "major_decisions_count") == []


def test_a_projects_name_ending_in_improvement_is_no_change() -> None:
    body = "年初公布了镇2023年度重大行政决策事项目录，将集镇污水管网配套建设和镇区农贸市场改造提升2项事项列入目录。"
    assert [float(f.value) for f in _found(body, TOWN_2023, "major_decisions_count")] == [2]


def test_the_head_trained_and_some_station_heads_not_for_a_reason() -> None:
    body = "二是法治培训覆盖不够全面，乡长参加了脱产培训，但个别站所负责人由于工作任务重，未能参加法治专题脱产培训。"
    found = _found(body, TOWNSHIP_2023, "head_offjob_training")
    assert [(bool(f.negated), f.scope_kind) for f in found] == [(False, "part"), (True, "part")]
    assert "个别" in found[1].scope


def test_a_decision_upheld_not_revoked_is_no_correction() -> None:
    body = ("2020年，以乡政府为被申请人的行政复议案件1件，系一起林地权属争议处理决定引发的复议，"
            "经县人民政府审理后维持乡政府的处理决定，未被撤销或确认违法。")
    assert [float(f.value) for f in _found(body, TOWN_2020, "reconsideration_correction_rate")] == [0]


def test_the_share_of_documents_made_public_said_as_of_those_issued() -> None:
    body = "在县政府门户网站镇政府信息公开专栏主动公开各类政府信息420余条。镇政府全年发文中主动公开的占38.5%。"
    assert [float(f.value) for f in _found(body, TOWN_2020, "document_disclosure_rate")] == [38.5]


def test_one_of_the_cases_after_an_act_with_no_count_is_not_the_count() -> None:
    body = ("（一）行政应诉。以镇政府为被告的行政诉讼案件5件，上述5件案件均已开庭审理，镇长出庭应诉4件。已审结的案件中，"
            "镇政府无一败诉。镇政府认真对待每一起行政争议，对复议和诉讼案件均及时组织法律顾问研究答辩意见，按时提交证据材料，"
            "并主动与申请人、原告沟通协调，其中1件行政诉讼案件在庭后经协调，当事人与镇政府达成补偿协议后撤回起诉。")
    assert [float(f.value) for f in _found(body, TOWN_2020, "admin_litigation_cases")] == [5]


def test_some_fields_data_linked_are_those_fields() -> None:
    body = "路政、运政执法检查数据已与省级“互联网+监管”平台实现联通。水路执法检查数据尚未与省级“互联网+监管”平台实现联通。"
    found = _found(body, BUREAU_2023, "provincial_platform_data_link")
    assert [(bool(f.negated), f.scope_kind, f.scope) for f in found] == [
        (False, "part", "路政、运政执法检查数据"), (True, "part", "水路执法检查数据")]
    body = "本局行政执法数据已与省级“互联网+监管”平台实现联通。"
    [f] = _found(body, BUREAU_2023, "provincial_platform_data_link")
    assert f.scope_kind == ""


def test_others_urged_to_publish_their_reports_is_not_the_governments_report() -> None:
    body = ("认真落实法治政府建设年度报告制度，督促县直部门和乡镇按时向县委、县政府报告上一年度法治政府建设情况，"
            "并通过门户网站等渠道向社会公开。")
    assert _found(body, COUNTY_2023, "annual_report_published") == []


def test_the_lower_units_heads_reports_assessed_are_not_the_heads() -> None:
    body = "乡里还将法治建设责任落实情况纳入乡党委对站所负责人和村党组织书记的年度述职评议内容。"
    assert _found(body, TOWNSHIP_2023, "leaders_report_on_rule_of_law") == []


def test_some_officers_named_with_a_long_modifier_are_a_part() -> None:
    body = "三是执法人员培训存在不平衡，3名长期借调在县重点项目指挥部的执法人员全年法律知识培训未满60学时。"
    [f] = _found(body, BUREAU_2023, "enforcement_training_hours")
    assert f.negated and f.scope_kind == "part" and f.scope.startswith("3名长期借调")


def test_the_cases_cause_then_all_heard() -> None:
    body = "镇政府作为被告的行政诉讼案件2件，均因土地征收补偿引发，法院均已开庭审理，其中1件由镇长出庭应诉。"
    assert [float(f.value) for f in _found(body, TOWN_2023, "court_cases_heard")] == [2]


def test_more_ways_of_saying_done() -> None:
    cases = [("镇党委、镇政府不以任何方式向执法队下达或变相下达罚没指标，罚没收入全额上缴国库。", "no_fine_quotas"),
             ("严格落实行政执法三项制度，全面运用县统一的综合执法办案系统办理案件。", "unified_enforcement_system"),
             ("镇级政务公开标准目录全部编制并动态更新，基层政务公开标准体系已经健全。", "grassroots_openness_standards")]
    for body, ind in cases:
        [f] = _found(body, TOWN_2025, ind)
        assert not f.negated and not f.requirement, body
    body = "本年度我镇作为被申请人的行政复议案件3件，县人民政府审理后维持2件，申请人撤回申请1件，无案件被撤销、变更或确认违法。"
    assert [float(f.value) for f in _found(body, TOWN_2025, "reconsideration_correction_rate")] == [0]


def test_decisions_counted_after_their_unquoted_names() -> None:
    body = "3月底，乡政府编制了2022年度重大行政决策事项目录并向社会公开。纳入目录的事项为乡集镇污水管网及生活垃圾转运站建设1项。"
    assert [float(f.value) for f in _found(body, TOWNSHIP_2023, "major_decisions_count")] == [1]


def test_every_heard_case_with_a_head_said_as_coverage() -> None:
    body = "三、2022年工作打算\n实现镇主要负责人出庭应诉全覆盖，发挥负责人出庭应诉在化解行政争议中的作用。"
    [f] = _found(body, TOWN_2020, "court_appearance_rate")
    assert f.requirement and float(f.value) == 100
    body = "二是行政机关负责人出庭应诉制度落实不够到位，全年未实现负责人出庭应诉全覆盖。"
    [f] = _found(body, TOWN_2020, "court_appearance_rate")
    assert f.negated and f.value is None


def test_cases_not_yet_all_handled_in_the_system() -> None:
    body = "全乡执法案件目前还不能全部通过统一的综合行政执法办案系统网上办理，执法信息化水平不高。"
    [f] = _found(body, TOWNSHIP_2023, "unified_enforcement_system")
    assert f.negated


def test_a_case_with_no_head_in_court_is_not_the_heard_count() -> None:
    for body in ("二是负责人出庭应诉还未做到全覆盖，全年有1件开庭审理的行政诉讼案件没有镇政府负责人出庭。",
                 "行政机关负责人出庭应诉率尚未达到100%，有1件开庭案件无镇政府负责人出庭，出庭应诉制度落实还不够严格。"):
        assert _found(body, TOWN_2023, "court_cases_heard") == [], body
        [f] = _found(body, TOWN_2023, "court_appearance_rate")
        assert f.negated


def test_the_head_missing_the_class_for_a_cause_in_a_clause_of_its_own() -> None:
    body = "今年县里举办的乡镇党政主要负责人法治专题脱产培训班，镇长因正值主汛期在镇一线组织防汛抢险，未能参加，镇党委书记参加了培训。"
    [f] = _found(body, TOWN_2023, "head_offjob_training")
    assert f.negated


def test_the_units_late_in_filing_dealt_with_are_no_shortfall() -> None:
    body = "同时，建立规范性文件备案审查情况定期通报制度，对报备不及时、不规范的乡镇和部门进行通报提醒，推动备案审查工作规范有序。"
    assert _found(body, COUNTY_JUSTICE, "normative_doc_filing_rate") == []
    body = "二是个别乡镇规范性文件报备不及时。"
    [f] = _found(body, COUNTY_2023, "normative_doc_filing_rate")
    assert f.negated and f.scope_kind == "part"


def test_an_item_of_an_assessment_or_work_to_strengthen_is_not_done() -> None:
    body = "协助县委组织部将法治建设成效纳入全县绩效考评体系，将会前学法、述法、规范性文件备案、复议纠错、诉讼败诉等情况纳入考评内容。"
    assert _found(body, COUNTY_JUSTICE, "leaders_report_on_rule_of_law") == []
    body = "二是行政复议工作规范化水平有待提高，行政复议决定书网上公开工作还需加强，办案人员力量不足。"
    assert _found(body, COUNTY_JUSTICE, "reconsideration_decisions_online") == []


def test_the_report_published_only_months_late_is_a_shortfall() -> None:
    body = "乡政府2023年度法治政府建设情况报告因报送审核环节延误，至今年4月才在县政府门户网站公开。"
    [f] = _found(body, TOWNSHIP_2023, "annual_report_published")
    assert f.negated
    body = "于3月底前在县政府网站公开年度法治政府建设情况报告，确保按时公开、不再延误。"
    assert not any(f.negated for f in _found(body, TOWNSHIP_2023, "annual_report_published"))


def test_the_team_not_all_trained_then_some_members_named() -> None:
    body = "三是镇班子成员参加法治专题脱产培训还未实现全覆盖，部分班子成员因工作原因未能参加。"
    [f] = _found(body, TOWN_2023, "head_offjob_training")
    assert f.negated and f.scope_kind == "part" and f.scope == "部分班子成员"


def test_a_schools_disputes_settled_are_not_peoples_mediation() -> None:
    body = "建立局、校两级矛盾纠纷排查调处机制，全年调处家校矛盾纠纷、校园伤害纠纷37起，调处成功率为94.6%。"
    assert _found(body, BUREAU_2023, "mediation_success_rate") == []
    body = "区教育纠纷人民调解委员会依法调处学生伤害事故、家校矛盾等纠纷，全年受理纠纷47件，调解成功45件，调解成功率95.7%。"
    [f] = _found(body, BUREAU_2023, "mediation_success_rate")
    assert f.value == Fraction("95.7")


def test_a_named_brigade_is_its_name_without_the_words_before_it() -> None:
    body = "二是城建监察大队法制审核力量不足，法制审核人员比例仍未达到5%的要求。"
    [f] = _found(body, BUREAU_2023, "legal_review_staff_ratio")
    assert f.negated and f.scope_kind == "unit" and f.scope == "城建监察大队"


def test_the_standards_work_still_a_pilot_is_not_done() -> None:
    body = "四是基层政务公开标准化规范化建设仍处于试点阶段，标准目录尚未编制完成。"
    [f] = _found(body, TOWNSHIP_2023, "grassroots_openness_standards")
    assert f.negated


def test_a_province_named_before_the_field_its_rate_is_of() -> None:
    body = "四川省全年人民调解成功率公开数据为98%以上，我县调解工作水平总体处于全省平均水平之上。"
    [f] = _found(body, COUNTY_2023, "mediation_success_rate")
    assert f.scope_kind == "higher" and f.scope == "四川省"


def test_the_countys_mediation_organisations_in_a_townships_report() -> None:
    body = "全乡共调解纠纷51件，调解成功49件，调解成功率96.1%。县人民调解组织全年调解成功率为97.3%，本乡与全县平均水平相比仍有差距。"
    found = _found(body, TOWNSHIP_2023, "mediation_success_rate")
    assert [(f.value, f.scope_kind) for f in found] == [(Fraction("96.1"), ""), (Fraction("97.3"), "higher")]


def test_what_a_website_column_carries_is_no_act_of_the_year() -> None:
    body = "开设“法治政府建设”专栏，集中发布法治政府建设年度报告、重大行政决策目录、规范性文件、行政复议决定书等信息。"
    for indicator in ("annual_report_published", "major_decision_catalogue_published"):
        assert _found(body, COUNTY_2023, indicator) == [], indicator
    body = "2024年度法治政府建设情况报告于2025年3月在县政府门户网站“法治政府建设”专栏向社会公开。"
    [f] = _found(body, COUNTY_2023, "annual_report_published")
    assert not f.negated


def test_the_people_a_sentence_opens_on_are_the_shortfalls_scope() -> None:
    body = "对驻村队员，执法队通过线上课程和集中补课相结合的方式组织其补学，但受驻村工作时间限制，培训学时仍有欠缺。"
    [f] = _found(body, TOWN_2023, "enforcement_training_hours")
    assert f.negated and f.scope_kind == "part" and f.scope == "驻村队员"


def test_those_heard_before_a_document_was_made_are_not_its_scope() -> None:
    body = "今年制发行政规范性文件1件，该文件在起草阶段听取了各村群众和县林草局的意见，并在印发之日起15日内报送县人民政府备案，报备率百分之百。"
    [f] = _found(body, TOWNSHIP_2023, "normative_doc_filing_rate")
    assert f.value == 100 and f.scope_kind == "" and not f.derived


def test_some_deputies_of_the_team_not_trained() -> None:
    body = "二是乡领导班子中部分副职尚未参加法治专题脱产培训，学法的系统性不够。"
    [f] = _found(body, TOWNSHIP_2023, "head_offjob_training")
    assert f.negated and f.scope_kind == "part"


def test_labour_dispute_mediation_is_not_peoples_mediation() -> None:
    body = ("坚持把非诉讼纠纷解决机制挺在前面，推进劳动人事争议调解组织建设，在乡镇、工业集中区和重点企业建立调解组织，"
            "全年各级劳动人事争议调解组织调解成功率达到72.5%。")
    assert _found(body, BUREAU_2023, "mediation_success_rate") == []


def test_those_still_short_are_not_whose_training_was_done() -> None:
    body = "局长已参加法治专题脱产培训，但局班子成员中仍有2名同志因工作原因未参加法治专题脱产培训。"
    found = _found(body, BUREAU_2023, "head_offjob_training")
    assert [(f.negated, f.scope) for f in found] == [(False, "局长"), (True, "2名同志")]


def test_the_countys_figures_in_a_bureaus_report() -> None:
    for body in ("全县全年行政机关负责人出庭应诉率为96.3%，我局高于全县平均水平。",
                 "同期县政府全年受理各类行政复议案件共计9件，此为县政府数据，不作为我局统计口径。",
                 "全县县政府本级今年制发规范性文件9件，其中由我局起草的1件，不计入我局制发数。"):
        found = [f for f in extract_document(document(body, BUREAU_2023), SHIPPED).figures
                 if f.indicator in ("court_appearance_rate", "reconsideration_cases", "normative_docs_count")]
        assert [f.scope_kind for f in found] == ["higher"], body


def test_the_area_above_after_a_conjunction() -> None:
    body = "全县政务服务好评率99.8%，而全州平均好评率为99.5%。"
    found = _found(body, COUNTY_2023, "service_praise_rate")
    assert [(f.value, f.scope_kind) for f in found] == [(Fraction("99.8"), "whole"), (Fraction("99.5"), "higher")]


def test_a_draft_of_the_standards_catalogue_is_not_done() -> None:
    body = "全县各乡镇编制完成26个试点领域基层政务公开标准目录初稿，村级公开事项目录尚在逐步完善。"
    [f] = _found(body, COUNTY_2023, "grassroots_openness_standards")
    assert f.negated


def test_how_well_the_review_is_done_is_not_the_share() -> None:
    body = "三是法制审核力量单一。目前仅配备1名法制审核人员，且同时承担其他业务工作，审核的深度和精细化程度还有待提高。"
    assert _found(body, BUREAU_2023, "legal_review_staff_ratio") == []
    body = "二是法制审核人员配备不足，比例仍未达到5%的要求。"
    [f] = _found(body, BUREAU_2023, "legal_review_staff_ratio")
    assert f.negated


def test_the_systems_functions_short_are_not_the_system_missing() -> None:
    body = "二是统一综合执法办案平台的数据分析、风险预警功能开发不够，平台数据在执法监督、决策支持中的应用还不够深入。"
    assert _found(body, COUNTY_2023, "unified_enforcement_system") == []
    body = "二是全县统一的综合行政执法办案平台尚未建成，乡镇执法仍以纸质案卷为主。"
    [f] = _found(body, COUNTY_2023, "unified_enforcement_system")
    assert f.negated


def test_some_heads_of_units_listed_not_trained() -> None:
    body = "部分股室、执法中队负责人尚未参加法治专题脱产培训，运用法治思维的能力有待提高。"
    [f] = _found(body, BUREAU_2023, "head_offjob_training")
    assert f.negated and f.scope_kind == "part" and f.scope == "部分股室、执法中队负责人"


def test_the_head_trained_then_some_members_short_in_a_later_clause() -> None:
    body = "二是学法培训覆盖还不平衡，镇长参加了脱产培训，但部分班子成员因工作任务繁重，年内尚未参加法治专题脱产培训。"
    found = _found(body, TOWN_2023, "head_offjob_training")
    assert [(f.negated, f.scope_kind, f.scope) for f in found] == [(False, "part", "镇长"), (True, "part", "部分班子成员")]


def test_the_others_counted_after_some_are_the_shortfalls_scope() -> None:
    body = "乡综合行政执法队现有执法人员9名，其中7名全年法律知识培训达到60学时以上，另外2名为下半年新调入人员，培训学时尚有欠缺。"
    short = [f for f in _found(body, TOWNSHIP_2023, "enforcement_training_hours") if f.negated]
    assert [(f.scope_kind, f.scope) for f in short] == [("part", "另外2名为下半年新调入人员")]


def test_a_new_officers_induction_is_not_the_heads_training() -> None:
    body = "9名执法人员全年法律知识培训学时达到60学时以上，2名新入职人员因参加岗前脱产学习，培训学时未达到60学时。"
    assert _found(body, BUREAU_2023, "head_offjob_training") == []


def test_sending_those_not_yet_trained_is_a_plan_not_a_shortfall() -> None:
    body = "组织尚未参加过脱产培训的班子成员分批参加法治专题脱产培训。"
    [f] = _found(body, TOWNSHIP_2023, "head_offjob_training")
    assert not f.negated and f.scope_kind == "part"


def test_the_prefectures_average_over_its_counties() -> None:
    body = "地区各县市负责人出庭应诉率平均水平为96.5%，我县保持较高水平。"
    [f] = _found(body, COUNTY_2023, "court_appearance_rate")
    assert f.scope_kind == "higher" and f.scope == "地区"


def test_lectures_among_the_village_advisers_services_are_not_the_leaderships() -> None:
    body = ("乡政府聘请律师1名担任乡政府法律顾问，同时落实“一村（社区）一法律顾问”制度，10个村（社区）的法律顾问全部到位，"
            "全年到村开展法律服务、法治讲座、参与纠纷调解共计132次。")
    assert _found(body, TOWNSHIP_2023, "leadership_law_lectures") == []


def test_land_contract_disputes_a_bureau_guides_are_not_peoples_mediation() -> None:
    body = "指导各乡镇调解土地承包经营纠纷248件，调解成功率96%。"
    assert _found(body, BUREAU_2023, "mediation_success_rate") == []


def test_too_few_chances_to_attend_is_the_training_short() -> None:
    body = "二是乡领导班子成员参加法治专题脱产培训的机会少，本年度未能参训。"
    [f] = _found(body, TOWNSHIP_2023, "head_offjob_training")
    assert f.negated


def test_the_cause_said_after_a_shortfall_is_not_another() -> None:
    body = ("一是执法队伍素质不够均衡，个别新调入的执法队员全年培训学时仍未达到60学时。"
            "主要原因是年中新调入人员错过了上半年的集中培训，线上学习时间安排不足，镇政府对个人培训学时的跟踪统计不够及时。")
    short = [f for f in _found(body, TOWN_2023, "enforcement_training_hours") if f.negated]
    assert [f.scope_kind for f in short] == ["part"]


def test_documents_named_in_a_filed_count_are_no_issuer() -> None:
    body = ("全年镇政府印发规范性文件3件，其中《景罕镇农村宅基地审批管理实施细则》和《景罕镇集镇环境卫生管理办法》2件已报县人民政府备案；"
            "另有1件尚未报送备案。")
    assert [f.value for f in _found(body, TOWN_2023, "normative_docs_count")] == [3]
    assert [f.value for f in _found(body, TOWN_2023, "normative_docs_filed")] == [2]


def test_study_put_in_the_villages_yearly_report_is_no_report_on_the_duty() -> None:
    body = "推动12个村（社区）党组织书记带头学法用法，将学法用法情况纳入村（社区）干部年度述职内容。"
    assert _found(body, TOWN_2023, "leaders_report_on_rule_of_law") == []


def test_the_respondents_cases_said_with_the_verb() -> None:
    body = "全年镇政府被申请行政复议4件，主要涉及土地权属争议处理和征地补偿，经县人民政府审理，撤销1件，维持3件。"
    assert [f.value for f in _found(body, TOWN_2023, "reconsideration_respondent_cases")] == [4]


def test_the_respondents_cases_after_a_change_are_not_its_outcome() -> None:
    body = "全年我局被申请行政复议案件较上年减少5件，经市政府复议决定撤销1件，其余均予维持或由申请人撤回。"
    assert _found(body, BUREAU_2023, "reconsideration_respondent_cases") == []


def test_the_whole_squad_trained_its_hours() -> None:
    body = "全年执法队全员完成60学时法律知识培训，培训采取县级集中轮训、执法队周学习和网络课程相结合的方式进行。"
    assert [f.value for f in _found(body, TOWN_2023, "enforcement_training_hours")] == [60]


def test_a_document_not_filed_within_the_time_set() -> None:
    body = "一是规范性文件备案工作不够及时，有1件规范性文件未能在规定时间内报送县人民政府备案，反映出跟踪管理机制还不健全。"
    [f] = _found(body, TOWN_2023, "normative_doc_filing_rate")
    assert f.negated and f.value is None


def test_the_other_members_trained_are_still_few() -> None:
    body = "镇长参加了法治专题脱产培训。其他班子成员受工作安排影响，参加脱产培训的尚不多。"
    short = [f for f in _found(body, TOWN_2023, "head_offjob_training") if f.negated]
    assert [(f.scope_kind, f.scope) for f in short] == [("part", "其他班子成员")]


def test_forest_rights_disputes_a_bureau_settles_are_not_peoples_mediation() -> None:
    body = "会同各乡镇人民政府和县自然资源局依法调处山林权属纠纷，全年受理林权纠纷23起，调处成功22起，调处成功率95.7%。"
    assert _found(body, BUREAU_2023, "mediation_success_rate") == []


def test_the_head_trained_and_some_station_heads_not_for_a_cause() -> None:
    body = ("二是法治专题培训覆盖不够全面，乡长已参加法治专题脱产培训，但部分站所负责人由于工作任务重等原因，"
            "今年尚未参加法治专题脱产培训。")
    found = _found(body, TOWNSHIP_2023, "head_offjob_training")
    assert [(f.negated, f.scope_kind, f.scope) for f in found] == [(False, "part", "乡长"), (True, "part", "部分站所负责人")]


def test_some_named_up_to_their_last_noun() -> None:
    body = "镇长参加了法治专题脱产培训，但部分班子成员和站所负责人尚未参加，领导干部法治能力有待提高。"
    short = [f for f in _found(body, TOWN_2023, "head_offjob_training") if f.negated]
    assert [(f.scope_kind, f.scope) for f in short] == [("part", "部分班子成员和站所负责人")]


def test_newcomers_described_at_length_are_the_shortfalls_scope() -> None:
    body = "二是执法力量与校外培训治理任务不相适应，3名年内新增的校外培训监管执法人员法律知识培训未达到60学时。"
    [f] = _found(body, BUREAU_2023, "enforcement_training_hours")
    assert f.negated and (f.scope_kind, f.scope) == ("part", "3名年内新增的校外培训监管执法人员")


def test_those_in_post_all_year_are_some() -> None:
    body = ("镇综合行政执法队采取集中授课等方式开展培训，12名全年在岗的执法人员法律知识培训学时均不少于60学时；"
            "2名年中新调入人员因岗位调整，实际参训学时未达到60学时。")
    met = [f for f in _found(body, TOWN_2023, "enforcement_training_hours") if not f.negated]
    assert [(f.value, f.scope_kind) for f in met] == [(60, "part")]


def test_the_bureaus_units_heads_report_is_a_part() -> None:
    body = "把法治建设工作情况作为局属单位负责人年度述职的重要内容，推动法治建设责任向下延伸。"
    [f] = _found(body, BUREAU_2023, "leaders_report_on_rule_of_law")
    assert (f.scope_kind, f.scope) == ("part", "局属单位负责人")


def test_an_important_component_is_no_part() -> None:
    body = "年终述职时，局长将履行推进法治建设第一责任人职责情况作为述职报告的重要组成部分进行述法。"
    [f] = _found(body, BUREAU_2023, "leaders_report_on_rule_of_law")
    assert not f.negated and f.scope_kind == ""


def test_those_who_rated_the_report_are_not_its_scope() -> None:
    body = ("年终考核中，乡长在向乡党委和县委作年度述职时，将履行推进法治建设第一责任人职责情况作为述职报告的重要组成部分进行述法，"
            "乡党委班子成员和各村党支部书记对乡长述法情况进行了民主测评，测评结果为“好”。")
    [f] = _found(body, TOWNSHIP_2023, "leaders_report_on_rule_of_law")
    assert not f.negated and f.scope_kind == ""


def test_all_the_study_of_towns_and_departments_is_not_pre_meeting_study() -> None:
    body = ("各乡镇、各部门参照县政府做法，普遍建立了党委（党组）理论学习中心组学法和办公会议会前学法制度，"
            "全县全年共开展集中学法活动460余次。")
    assert _found(body, COUNTY_2023, "pre_meeting_law_study") == []


def test_the_countys_system_reaching_the_town_is_the_towns() -> None:
    body = "全县统一的综合行政执法办案系统已于2023年3月延伸至我镇，镇执法队自4月起全部案件实现网上立案、网上审核、网上办结。"
    [f] = _found(body, TOWN_2023, "unified_enforcement_system")
    assert not f.negated and f.scope_kind == ""


def test_study_before_the_meeting_said_as_yi_qian() -> None:
    body = "严格执行镇党政班子会议前学法制度，全年召开班子会议时开展议前学法二十次。"
    assert [f.value for f in _found(body, TOWN_2023, "pre_meeting_law_study")] == [20]


def test_zero_documents_said_with_ling() -> None:
    body = "乡政府严格区分行政规范性文件与一般工作文件，本年度零制发行政规范性文件。"
    assert [f.value for f in _found(body, TOWNSHIP_2023, "normative_docs_count")] == [0]


def test_some_towns_with_their_kinds_in_brackets_are_a_part() -> None:
    body = "二是执法队伍结构还不够合理，个别镇（乡、街道）综合行政执法办公室法制审核人员占执法人员比例仍未达到5%，执法人员老化。"
    [f] = _found(body, COUNTY_2023, "legal_review_staff_ratio")
    assert f.negated and (f.scope_kind, f.scope) == ("part", "个别镇（乡、街道）")


def test_the_heads_report_on_trial_is_not_yet_done() -> None:
    body = "按照县委依法治县办的安排，今年在乡机关试行党政主要负责人年终述法，乡长在年终述职时对履行推进法治建设第一责任人职责情况进行了报告。"
    [f] = _found(body, TOWNSHIP_2023, "leaders_report_on_rule_of_law")
    assert f.negated


def test_the_bureaus_schools_and_units_heads_are_a_part() -> None:
    body = "推动局属学校和单位负责人法治专题脱产培训全覆盖，着力提升校长依法治校能力。"
    [f] = _found(body, BUREAU_2023, "head_offjob_training")
    assert (f.scope_kind, f.scope) == ("part", "局属学校和单位负责人")


def test_the_next_rate_of_the_same_area() -> None:
    body = "2023年全县行政机关负责人出庭应诉率为100%，行政复议纠错率为8.2%，我镇相关工作在全县处于中上游水平。"
    [f] = _found(body, TOWN_2023, "reconsideration_correction_rate")
    assert (f.value, f.scope_kind, f.scope) == (Fraction("8.2"), "higher", "全县")


def test_a_bureau_guiding_the_towns_reports_none() -> None:
    body = "指导各乡镇（街道）落实党政主要负责人述法、会前学法等制度，推动基层干部法治素养不断提升。"
    assert _found(body, BUREAU_2023, "leaders_report_on_rule_of_law") == []


def test_the_practice_reaching_the_villages_is_no_report() -> None:
    body = "各村党支部书记在年度述职中同步报告村级依法治理情况，实现述职述法向村级延伸。"
    assert _found(body, TOWN_2023, "leaders_report_on_rule_of_law") == []


def test_one_document_named_as_filed_in_the_counts_sentence() -> None:
    body = "全年制发行政规范性文件2件，其中《某镇农村建房管理办法》已按规定报送县人民政府备案，另1件因经办人员疏忽未能及时报备。"
    assert [f.value for f in _found(body, TOWN_2023, "normative_docs_filed")] == [1]
    assert [(f.value, f.derived) for f in _found(body, TOWN_2023, "normative_doc_filing_rate")] == [(50, True)]


def test_a_document_not_filed_in_time_as_the_rules_ask() -> None:
    body = "二是规范性文件管理不够规范，1件规范性文件未按规定及时报送备案，反映出镇政府对备案审查制度学习不够。"
    [f] = _found(body, TOWN_2023, "normative_doc_filing_rate")
    assert f.negated


def test_not_one_filed_late_is_no_count_of_one() -> None:
    body = "全年以县政府名义制发行政规范性文件7件，在文件印发之日起30日内报送市人民政府备案7件，报备率100%，没有一件逾期报备。"
    assert [f.value for f in _found(body, COUNTY_2023, "normative_docs_filed")] == [7]


def test_the_secretary_trained_and_the_head_not_for_a_cause() -> None:
    body = "乡党委书记参加了县委组织部举办的领导干部法治专题脱产培训班，乡长因承担防汛抢险和灾后重建任务，未能参加。"
    found = _found(body, TOWNSHIP_2023, "head_offjob_training")
    assert [(f.negated, f.scope_kind, f.scope) for f in found] == [(False, "part", "乡党委书记"), (True, "part", "乡长")]


def test_the_units_assessed_are_not_the_openness_weights_scope() -> None:
    body = "县政府将政务公开工作纳入各乡镇、县直部门年度绩效考核，分值权重占4%。"
    [f] = _found(body, COUNTY_2023, "gov_openness_weight")
    assert (f.value, f.scope_kind) == (4, "")
    ex = extract_document(document(body, COUNTY_2023), SHIPPED)
    run = judge_extraction(ex, SHIPPED, shipped_context(ex.year, ex.document.file), sha256="")
    r = next(r for r in run.results if r.indicator.id == "gov_openness_weight")
    assert r.verdict.name == "PASS"


def test_marriage_counselling_is_not_peoples_mediation() -> None:
    body = "婚姻家庭辅导室全年开展婚姻家庭辅导服务320余人次，调解婚姻家庭纠纷的成功率达到75%，有效促进了家庭和谐。"
    assert _found(body, BUREAU_2023, "mediation_success_rate") == []


def test_sending_those_never_trained_is_no_shortfall() -> None:
    body = "组织未参加过法治专题脱产培训的班子成员积极参加县委党校相关培训，提升班子整体法治素养。"
    assert [f.negated for f in _found(body, TOWN_2023, "head_offjob_training")] == [False]


def test_the_officers_there_before_with_their_licences_are_some() -> None:
    body = "在执法培训方面，原有持证执法人员通过参加县司法局组织的集中培训和网上学法，全年法律知识培训均达到60学时以上。"
    [f] = _found(body, TOWNSHIP_2023, "enforcement_training_hours")
    assert (f.value, f.scope_kind) == (60, "part")


def test_the_bureaus_own_head_in_another_clause_leaves_its_units_heads_a_part() -> None:
    body = "坚持局长年终述职述法，严格落实会前学法制度，推动局属医疗卫生单位负责人分批参加法治专题脱产培训。"
    [f] = _found(body, BUREAU_2023, "head_offjob_training")
    assert (f.scope_kind, f.scope) == ("part", "局属医疗卫生单位负责人")


def test_the_citys_average_over_its_counties_is_the_citys() -> None:
    body = "全市各县（市、区）行政机关负责人出庭应诉率平均为98.2%，我县持续保持较高水平。"
    [f] = _found(body, COUNTY_2023, "court_appearance_rate")
    assert (f.scope_kind, f.scope) == ("higher", "全市")


def test_the_countys_mediation_in_a_bureaus_report_is_the_countys() -> None:
    body = "全县人民调解组织全年调解成功率保持在98%以上，我局积极配合县司法局和各乡镇做好涉水纠纷的人民调解工作。"
    [f] = _found(body, BUREAU_2023, "mediation_success_rate")
    assert (f.scope_kind, f.scope) == ("higher", "全县")


def test_the_catalogue_still_unpublished_after_a_late_start() -> None:
    body = "一是乡重大行政决策事项目录编制工作起步较晚，目录至今尚未向社会公开，决策程序的规范化还有差距。"
    [f] = _found(body, TOWNSHIP_2023, "major_decision_catalogue_published")
    assert f.negated


def test_a_station_set_up_under_the_squad_is_the_unit_short() -> None:
    body = "二是法制审核力量仍显薄弱，执法大队下设的阳明堡超限检测站尚未配备专职法制审核人员。"
    [f] = _found(body, BUREAU_2023, "legal_review_staff_ratio")
    assert (f.negated, f.scope_kind, f.scope) == (True, "unit", "阳明堡超限检测站")


def test_the_newcomers_the_term_names_are_some() -> None:
    body = "三是执法队组建后新调入的人员法律知识培训尚未达到60学时，执法文书制作还不够规范。"
    [f] = _found(body, TOWN_2023, "enforcement_training_hours")
    assert (f.negated, f.scope_kind, f.scope) == (True, "part", "新调入的人员")


def test_the_units_urged_before_a_so_that_clause_are_the_plans_scope() -> None:
    body = "督促县自然资源局等3个部门年内配齐配强法制审核人员，使法制审核人员占本单位执法人员比例达到5%以上。"
    [f] = _found(body, COUNTY_2023, "legal_review_staff_ratio")
    assert (f.requirement, f.scope_kind) == (True, "part")
    every = "督促6个未达标部门配齐法制审核人员，使各执法部门法制审核人员比例均不低于5%。"
    [g] = _found(every, COUNTY_2023, "legal_review_staff_ratio")
    assert (g.requirement, g.scope_kind) == (True, "")


def test_those_never_sent_to_the_training_named_as_its_term() -> None:
    body = "四、下一步工作打算\n组织未参加过法治专题脱产培训的班子成员参加县委党校举办的法治专题培训班。"
    [f] = _found(body, TOWN_2023, "head_offjob_training")
    assert (f.requirement, f.negated, f.scope_kind) == (True, False, "part")


def test_each_heads_count_then_all_the_heads_actually_in_court() -> None:
    body = "以镇政府为被告的行政诉讼案件3件，3件均已开庭审理，镇长出庭应诉1件，分管副镇长出庭应诉1件，负责人实际出庭2件。"
    assert [f.value for f in _found(body, TOWN_2023, "heads_in_court_count")] == [2]
    assert [round(float(f.value), 1) for f in _found(body, TOWN_2023, "court_appearance_rate")] == [66.7]


def test_a_checkpoints_squad_is_the_unit_short() -> None:
    body = "二是执法中队之间法制审核力量配备不均衡，超限检测站执法中队法制审核人员尚未配备到位。"
    [f] = _found(body, BUREAU_2023, "legal_review_staff_ratio")
    assert (f.negated, f.scope_kind, f.scope) == (True, "unit", "超限检测站执法中队")
    posts = "在治超检测站、路面巡查和道路运输执法一线岗位的执法人员71名，占执法人员总数的82.6%。"
    [g] = _found(posts, BUREAU_2023, "frontline_enforcement_share")
    assert g.scope_kind == ""


def test_a_link_done_in_part_with_the_rest_still_being_tested() -> None:
    body = "与省“互联网+监管”平台的数据对接已完成主体信息和检查行为数据推送，处罚数据的自动联通尚在调试之中。"
    [f] = _found(body, COUNTY_2023, "provincial_platform_data_link")
    assert f.negated


def test_the_prefectures_own_level_in_brackets_is_the_prefectures() -> None:
    body = "县政府受理行政复议案件23件，已审结23件，纠错率13%，调解和解率26.1%（州本级纠错率为15.4%）。"
    assert [(f.value, f.scope_kind) for f in _found(body, COUNTY_2023, "reconsideration_correction_rate")] == [(13, ""), (Fraction("15.4"), "higher")]
    city = body.replace("县政府", "市政府")  # a county-level city under the prefecture
    assert [(f.value, f.scope_kind) for f in _found(city, COUNTY_CITY, "reconsideration_correction_rate")] == [(13, ""), (Fraction("15.4"), "higher")]


def test_the_units_short_urged_in_a_later_clause_are_the_plans_scope() -> None:
    body = "四、下一步工作打算\n二是补齐执法力量短板，督促尚未达标的单位年内通过内部调剂、公开遴选等方式，将法制审核人员比例提高到5%以上。"
    [f] = _found(body, COUNTY_2023, "legal_review_staff_ratio")
    assert (f.requirement, f.scope_kind) == (True, "part")
    every = "加强执法队伍建设，督促法制审核力量不足的部门尽快补齐短板，使每个行政执法部门的法制审核人员都达到本部门执法人员的5%以上。"
    [g] = _found(every, COUNTY_2023, "legal_review_staff_ratio")
    assert g.scope_kind == ""


def test_the_rule_with_its_deadline_then_missed_is_no_plan() -> None:
    body = "按照要求，镇政府应于每年3月底前公开上一年度法治政府建设情况报告，但受疫情影响，我镇2022年度法治政府建设情况报告未能在3月底前公开，推迟至5月才在县政府网站公开。"
    [f] = _found(body, TOWN_2023, "annual_report_published")
    assert (f.negated, f.requirement) == (True, False)


def test_report_extended_to_the_village_secretaries_is_theirs() -> None:
    short = "三是述法工作延伸不够，向村（社区）党组织书记延伸述法仍处于试点阶段，仅在4个村开展。"
    [f] = _found(short, TOWN_2023, "leaders_report_on_rule_of_law")
    assert (f.negated, f.scope_kind, f.scope) == (True, "part", "村（社区）党组织书记")
    piloted = "今年，镇党委探索将述法向村（社区）党组织书记延伸，在部分村开展了试点。"
    [g] = _found(piloted, TOWN_2023, "leaders_report_on_rule_of_law")
    assert (g.negated, g.scope_kind) == (True, "part")
    plan = "四、下一步工作打算\n坚持党政主要负责人年终述法，推动述法向村（社区）党组织书记延伸。"
    [h] = _found(plan, TOWN_2023, "leaders_report_on_rule_of_law")
    assert (h.requirement, h.negated, h.scope_kind) == (True, False, "")


def test_the_heard_case_an_agent_attended_is_no_count_heard() -> None:
    body = "一是局负责人出庭应诉率尚未达到100%，全年有1件开庭案件由委托代理人出庭。"
    assert _found(body, BUREAU_2023, "court_cases_heard") == []
    assert [f.negated for f in _found(body, BUREAU_2023, "court_appearance_rate")] == [True]


def test_not_one_document_made_is_none() -> None:
    body = "镇政府严格按照法定权限制发文件，全年没有制发一件行政规范性文件，所发文件均为工作性、事务性文件。"
    assert [f.value for f in _found(body, TOWN_2023, "normative_docs_count")] == [0]


def test_the_one_heard_case_the_head_missed_is_no_count_heard() -> None:
    body = "全年1件开庭审理的行政诉讼案件，乡政府负责人未能出庭应诉，负责人出庭应诉制度落实还不够到位。"
    assert _found(body, TOWN_2023, "court_cases_heard") == []
    those = "全年4件开庭审理的行政诉讼案件中，有1件镇政府负责人未能出庭应诉。"
    assert [f.value for f in _found(those, TOWN_2023, "court_cases_heard")] == [4]


def test_a_unit_target_met_by_most_with_some_admitted_short_fails() -> None:
    body = ("全县34个行政执法部门中，31个部门法制审核人员占比达到5%以上，县自然资源局等3个部门尚未达到5%。"
            "全县行政执法人员人均参加法律知识培训65学时，但仍有2名新入职执法人员未达到60学时。")
    results = judged(body, COUNTY_2023)
    ratio, hours = results["legal_review_staff_ratio"], results["enforcement_training_hours"]
    assert (ratio.verdict, ratio.code) == (Verdict.FAIL, "below-target")
    assert "3个部门" in ratio.summary
    assert hours.verdict is Verdict.FAIL and "有人未达到" in hours.summary
    most = judged("全县34个行政执法部门中，31个部门法制审核人员占比达到5%以上。", COUNTY_2023)["legal_review_staff_ratio"]
    assert most.verdict is Verdict.REVIEW  # nothing admitted short: not shown that every unit meets it


def test_a_reform_named_as_a_field_of_experience_is_no_claim() -> None:
    body = "选树法治政府建设先进典型，总结推广在行政复议体制改革、综合行政执法改革等方面的经验做法，形成比学赶超的良好氛围。"
    assert _found(body, COUNTY_2023, "reconsideration_system_reform") == []
    short = "评估认为，全县法治政府建设主要目标任务基本完成，但在行政复议体制改革、执法协调监督体系等方面仍存在短板。"
    assert [f.negated for f in _found(short, COUNTY_2023, "reconsideration_system_reform")] == [True]


def test_hours_added_up_over_everyone_are_no_ones_hours() -> None:
    body = "全镇执法人员全年参加培训累计达到720学时。"
    assert _found(body, TOWN_2023, "enforcement_training_hours") == []
    each = "每名执法人员全年累计参加法律知识培训64学时。"
    assert [f.value for f in _found(each, TOWN_2023, "enforcement_training_hours")] == [64]


def test_a_bureaus_own_disputes_settled_are_not_peoples_mediation() -> None:
    land = "全年调处农村土地承包经营纠纷42件，调解成功率96%，受理仲裁申请3件，均依法作出裁决。"
    noise = "对噪声、油烟等环境纠纷，会同乡镇开展调处，全年调处环境污染纠纷41件，调处成功率95.1%。"
    assert _found(land, BUREAU_2023, "mediation_success_rate") == []
    assert _found(noise, BUREAU_2023, "mediation_success_rate") == []
    peoples = "全年镇、村两级人民调解组织调解各类矛盾纠纷138件，调解成功135件，调解成功率97.8%，其中土地承包经营纠纷47件。"
    assert [float(f.value) for f in _found(peoples, TOWN_2023, "mediation_success_rate")] == [97.8]


def test_the_system_with_the_towns_end_still_being_deployed_is_not_built() -> None:
    body = "依托县级综合行政执法办案系统推行网上办案，系统已覆盖19个县直执法部门，乡镇（街道）端仍在分批部署调试。"
    [f] = _found(body, COUNTY_2023, "unified_enforcement_system")
    assert f.negated


def test_no_rate_computed_beside_the_one_stated_for_the_same_cases() -> None:
    body = ("以镇政府为被告的行政诉讼案件4件，开庭审理4件，负责人出庭应诉4件，出庭应诉率100%。"
            "4件案件中，镇长出庭3件、分管副镇长出庭1件，出庭负责人在庭审中积极陈述意见。")
    assert [(f.value, f.derived) for f in _found(body, TOWN_2023, "court_appearance_rate")] == [(100, False)]


def test_decisions_published_on_a_pilot_basis_are_not_published() -> None:
    body = "为增强复议工作透明度，选取部分具有典型意义的行政复议决定书在县政府门户网站试点公开。"
    [f] = _found(body, COUNTY_2023, "reconsideration_decisions_online")
    assert f.negated


def test_a_count_since_the_county_became_a_district_is_not_the_years() -> None:
    body = "撤县设区以来，区政府累计制发行政规范性文件33件，均未出现违法设定行政许可、行政处罚等情形。"
    [f] = _found(body, COUNTY_2023, "normative_docs_count")
    assert f.period == "撤县设区以来"
    results = judged(body, COUNTY_2023)
    assert "期间为撤县设区以来" in results["normative_docs_count"].summary  # shown with its span, not as the year's


def test_the_areas_year_figures_quoted_in_a_bureaus_report_are_the_areas() -> None:
    cases = "全县全年受理行政复议案件27件，我局案件占比较低。"
    [f] = _found(cases, BUREAU_2023, "reconsideration_cases")
    assert (f.scope_kind, f.scope) == ("higher", "全县")
    listed = "全县2023年度重大行政决策事项目录共列入6项事项，由县政府统一公布。"
    assert [g.scope_kind for g in _found(listed, BUREAU_2023, "major_decisions_count")] == ["higher"]


def test_cases_of_recent_years_are_not_the_years() -> None:
    body = "乡政府还组织干部对近年来发生的2件行政诉讼案件进行复盘，梳理出送达程序不规范等薄弱环节。"
    [f] = _found(body, TOWNSHIP_2023, "admin_litigation_cases")
    assert f.period == "近年来"


def test_the_team_not_yet_all_trained_is_some_of_them() -> None:
    body = "一是班子成员参加法治专题脱产培训还未实现全覆盖，个别班子成员运用法治思维解决问题的能力不强。"
    [f] = _found(body, TOWN_2023, "head_offjob_training")
    assert (f.negated, f.scope_kind, f.scope) == (True, "part", "班子成员")


def test_departments_sampled_beside_the_towns_covered_are_not_all_inspected() -> None:
    body = ("区委依法治区办牵头，组织开展法治政府建设专项督察，对全区7个镇实现法治督察全覆盖，"
            "同时抽取区发展和改革局、区市场监管局等12个区级部门开展实地督察，发现问题41个。")
    assert _found(body, COUNTY_2023, "department_inspection_coverage") == []
    assert [f.negated for f in _found(body, COUNTY_2023, "rule_of_law_inspection_coverage")] == [False]


def test_a_look_back_under_the_plans_is_no_plan() -> None:
    body = "四、2025年工作打算\n回顾“十四五”以来，全县累计制发规范性文件31件、办理行政复议案件152件，法治政府建设基础不断夯实。"
    [f] = _found(body, COUNTY_2023, "normative_docs_count")
    assert (f.requirement, f.period) == (False, "“十四五”以来")


def test_the_villages_decisions_a_town_guides_are_not_its_own() -> None:
    body = "镇党委、政府加强对村（社区）民主决策的指导监督，全年指导村（社区）依法决策事项52项，纠正程序不规范问题3个。"
    assert _found(body, TOWN_2023, "major_decisions_count") == []


def test_work_still_to_be_finished_next_year_is_not_done() -> None:
    body = "行政复议体制改革方面，县行政复议体制改革实施方案已报县委全面依法治县委员会审议，相关职责整合工作将在2024年上半年完成。"
    [f] = _found(body, COUNTY_2023, "reconsideration_system_reform")
    assert f.negated


def test_the_area_opening_the_clause_of_a_bureaus_report_is_the_area_without_a_year() -> None:
    body = "全县受理行政复议案件27件，本局作为被申请人的行政复议案件2件，均维持原行政行为。"
    [area] = _found(body, BUREAU_2023, "reconsideration_cases")
    assert (area.value, area.scope_kind) == (27, "higher")
    [own] = _found(body, BUREAU_2023, "reconsideration_respondent_cases")
    assert (own.value, own.scope_kind) == (2, "")


def test_a_span_total_of_another_noun_is_not_the_terms_count() -> None:
    body = ("五年来，县政府共制发行政规范性文件38件，累计受理行政复议案件186件，"
            "县综合行政执法局累计办理行政处罚案件1200余件。")
    [docs] = _found(body, COUNTY_2023, "normative_docs_count")
    assert (docs.value, docs.period) == (38, "五年来")


def test_units_reaching_a_share_beside_others_short_are_some_of_the_county() -> None:
    body = ("在法制审核力量配备方面，全县28个部门法制审核人员占本单位执法人员的比例达到5%以上，"
            "县交通运输局、县林业局等3个部门尚未达到5%的要求。")
    found = _found(body, COUNTY_2023, "legal_review_staff_ratio")
    assert [(f.value, f.negated, f.scope_kind, f.scope) for f in found] == [
        (5, False, "part", "28个部门"), (None, True, "part", "县交通运输局、县林业局等3个部门")]
    total = "全县32个行政执法部门共配备法制审核人员71名，占执法人员总数的6.3%，但县交通运输局等3个部门比例未达到5%。"
    assert [f.scope_kind for f in _found(total, COUNTY_2023, "legal_review_staff_ratio") if f.value is not None] == ["whole"]


def test_a_reform_whose_work_is_still_going_on_is_not_done() -> None:
    body = "按照中央和省关于行政复议体制改革的部署，我县改革实施方案已起草完成并报市级审核，集中行使行政复议职责工作正在推进中。"
    [f] = _found(body, COUNTY_2023, "reconsideration_system_reform")
    assert f.negated
    fixing = "县行政复议体制改革已全面完成，督察发现问题的整改工作正在推进中。"
    assert [f.negated for f in _found(fixing, COUNTY_2023, "reconsideration_system_reform")] == [False]


def test_people_moved_in_from_other_posts_are_some_of_them() -> None:
    body = "3名年中从其他岗位调入的人员，因入岗时间较晚，全年培训学时未达到60学时。"
    [f] = _found(body, TOWN_2023, "enforcement_training_hours")
    assert (f.negated, f.scope_kind, f.scope) == (True, "part", "3名年中从其他岗位调入的人员")


def test_the_reports_reaching_the_villages_in_a_pilot_are_theirs() -> None:
    body = ("镇党委书记、镇长在年终述职中一并报告履行推进法治建设第一责任人职责情况。在此基础上，选取2个村开展村党组织书记述法试点，"
            "探索将述法向村（社区）延伸。\n五是述法向村（社区）延伸尚处于试点阶段，村级干部法治意识仍然薄弱。")
    found = _found(body, TOWN_2023, "leaders_report_on_rule_of_law")
    assert [(f.negated, f.scope_kind) for f in found][-1:] == [(True, "part")]
    assert all(f.scope_kind == "part" for f in found if "村" in f.quote)


def test_the_former_townships_merged_into_a_town_are_no_area_above_it() -> None:
    body = "镇便民服务中心整合原各乡镇服务窗口，推行“一窗进出”，全年办理事项9800余件，群众评价好评率99.2%。"
    [f] = _found(body, TOWN_2023, "service_praise_rate")
    assert (float(f.value), f.scope_kind) == (99.2, "")


def test_a_towns_catalogue_made_after_the_countys_is_its_own_act() -> None:
    body = "基层政务公开标准化规范化工作方面，我镇正对照县级标准目录编制镇级政务公开事项标准目录，目前尚未全部完成。"
    [f] = _found(body, TOWN_2023, "grassroots_openness_standards")
    assert f.negated
    followed = "对照省、市、县基层政务公开标准目录，完成镇级公开事项清单编制。"
    assert _found(followed, TOWN_2023, "grassroots_openness_standards") == []


def test_the_standards_work_behind_schedule_is_a_shortfall() -> None:
    body = "四是基层政务公开标准化规范化建设进度滞后，镇级标准目录尚未编制完成，村级公开还不够规范。"
    [f] = _found(body, TOWN_2023, "grassroots_openness_standards")
    assert f.negated


def test_none_corrected_said_as_the_count_being_zero() -> None:
    body = "经县政府审理，1件维持原行政行为，1件申请人撤回申请，镇政府全年行政行为被复议纠错的为零。"
    [f] = _found(body, TOWN_2023, "reconsideration_correction_rate")
    assert (f.value, f.negated, f.requirement) == (0, False, False)


def test_each_heads_count_before_a_total_said_with_gong_you_is_a_breakdown() -> None:
    body = ("以街道办事处为被告的行政诉讼案件共5件，其中法院开庭审理4件，办事处主任出庭应诉1件、分管副主任出庭应诉2件，"
            "共有3件由街道负责人出庭应诉，另1件由街道委托的律师出庭。")
    assert [f.value for f in _found(body, TOWN_2023, "heads_in_court_count")] == [3]
    [rate] = _found(body, TOWN_2023, "court_appearance_rate")
    assert (float(rate.value), rate.derived) == (75.0, True)


def test_induction_hours_are_not_the_years_training() -> None:
    body = "新录用和转岗执法人员在取得执法证件前，全部参加了不少于40学时的岗前法律知识培训和考试。"
    assert _found(body, BUREAU_2023, "enforcement_training_hours") == []
    yearly = "执法人员全部参加了不少于60学时的法律知识培训。"
    assert [f.value for f in _found(yearly, BUREAU_2023, "enforcement_training_hours")] == [60]


def test_what_the_work_prepares_for_is_not_done() -> None:
    body = ("推进行政复议、行政执法监督等业务信息化建设，积极争取州上支持，谋划建设县级行政复议案件办理系统，"
            "为下一步实现复议决定书网上公开和复议案件网上办理创造条件。")
    assert _found(body, COUNTY_2023, "reconsideration_decisions_online") == []


def test_a_duties_list_made_part_of_the_year_end_report_is_not_the_report() -> None:
    made = "制定县政府及其部门主要负责人履行推进法治建设第一责任人职责清单，逐项明确职责，并纳入年度述职评议内容。"
    assert _found(made, COUNTY_2023, "leaders_report_on_rule_of_law") == []
    basis = ("对照县上印发的第一责任人职责清单，细化形成乡党委书记、乡长履职清单各12项，"
             "作为年终述法和考核评议的重要依据。")
    assert _found(basis, TOWN_2023, "leaders_report_on_rule_of_law") == []


def test_a_towns_own_level_done_with_the_villages_only_guided_is_that_levels() -> None:
    body = "推进基层政务公开标准化规范化建设，今年编制完成镇级政务公开事项标准目录，并指导各村编制村级公开目录。"
    [f] = _found(body, TOWN_2023, "grassroots_openness_standards")
    assert (f.negated, f.scope_kind, f.scope) == (False, "part", "镇级")


def test_the_stations_heads_asked_to_report_are_theirs() -> None:
    body = "乡党委还要求各站所负责人在年度述职中报告本站所依法履职情况，推动法治责任层层传导。"
    [f] = _found(body, TOWN_2023, "leaders_report_on_rule_of_law")
    assert (f.requirement, f.scope_kind, f.scope) == (True, "part", "各站所负责人")


def test_the_organs_sections_and_the_squad_named_together_are_those_two() -> None:
    body = "局机关各执法股室和县自然资源执法监察大队的执法人员，全年法律知识培训均达到60学时以上；"
    [f] = _found(body, BUREAU_2023, "enforcement_training_hours")
    assert (f.value, f.scope_kind, f.scope) == (60, "part", "局机关各执法股室和县自然资源执法监察大队")


def test_a_rule_for_cases_of_a_kind_is_theirs() -> None:
    body = "县政府专门印发文件，对涉及重大公共利益、社会高度关注或者可能引发群体性事件的案件，负责人必须出庭。"
    [f] = _found(body, COUNTY_2023, "court_appearance_rate")
    assert (f.value, f.requirement, f.scope_kind) == (100, True, "part")


def test_the_party_schools_classes_are_not_the_leaderships_lectures() -> None:
    body = "县委党校将习近平法治思想纳入主体班次必修课程，全年举办领导干部法治专题讲座6场次。"
    assert _found(body, COUNTY_2023, "leadership_law_lectures") == []
    guest = "邀请市委党校教授为县政府领导班子举办法治专题讲座2期。"
    assert [f.value for f in _found(guest, COUNTY_2023, "leadership_law_lectures")] == [2]


def test_a_catalogue_still_being_revised_is_not_done() -> None:
    body = "镇村两级政务公开标准目录仍在按照新的事项目录修订完善，目前已完成镇级目录初稿。"
    [f] = _found(body, TOWN_2023, "grassroots_openness_standards")
    assert f.negated


def test_a_link_not_yet_thorough_is_a_shortfall() -> None:
    body = "与省“互联网+监管”平台的数据联通还不彻底，部分监管数据仍靠人工录入，数据共享和智慧监管能力亟待加强。"
    [f] = _found(body, BUREAU_2023, "provincial_platform_data_link")
    assert f.negated


def test_members_newly_appointed_are_some_of_the_team() -> None:
    body = "推动新提任的班子成员在2025年内参加法治专题脱产培训。"
    [f] = _found(body, TOWN_2023, "head_offjob_training")
    assert (f.requirement, f.scope_kind, f.scope) == (True, "part", "新提任的班子成员")


def test_each_heads_sum_beside_the_count_said_is_read_once() -> None:
    body = "2件案件人民法院均开庭审理，局长和分管副局长各出庭应诉1件，即2件案件负责人均出庭应诉，本局未发生败诉案件。"
    assert [(f.value, f.derived) for f in _found(body, BUREAU_2023, "heads_in_court_count")] == [(2, False)]


def test_every_time_made_a_lesson_is_no_count() -> None:
    body = "镇政府把每一次出庭都变成一次依法行政的现场教学，每一件行政诉讼案件均由站所负责人和法律顾问全程参与应诉准备。"
    assert _found(body, TOWN_2023, "heads_in_court_count") == []


def test_a_work_loop_named_in_quotes_is_no_report_given() -> None:
    body = "认真履行县委依法治县办和县政府法治政府建设牵头部门职责，健全“述职述法、督察督办、考核考评”工作闭环。"
    assert _found(body, BUREAU_2023, "leaders_report_on_rule_of_law") == []


def test_the_heard_case_the_head_missed_is_no_count_heard() -> None:
    body = "1件开庭审理的行政诉讼案件未能由负责人出庭应诉，部分执法案件证据收集不够全面，导致1件案件败诉。"
    assert _found(body, BUREAU_2023, "court_cases_heard") == []
    all_heard = "4件开庭审理的行政诉讼案件均由负责人出庭应诉。"
    assert [f.value for f in _found(all_heard, BUREAU_2023, "court_cases_heard")] == [4]


def test_land_contract_disputes_settled_by_their_board_are_no_peoples_mediation() -> None:
    body = "县农村土地承包仲裁委员会全年受理仲裁申请9件，调解和解6件；全县农村土地承包经营纠纷调解成功率92%。"
    assert _found(body, BUREAU_2023, "mediation_success_rate") == []


def test_forest_rights_disputes_are_no_peoples_mediation() -> None:
    body = "坚持把林权纠纷调处作为维护山区稳定的重要工作，会同各镇政府、县司法局调处林地林木权属纠纷23起，调处成功率95.7%。"
    assert _found(body, BUREAU_2023, "mediation_success_rate") == []


def test_a_total_over_the_legal_education_plans_years_has_its_span() -> None:
    body = "七五普法期间，全镇累计开展领导干部法治讲座18场次，镇村干部的法治意识明显增强。"
    [f] = _found(body, TOWN_2023, "leadership_law_lectures")
    assert f.period == "七五普法期间"


def test_the_stations_heads_reports_are_theirs() -> None:
    body = "但站所负责人述法工作尚未全面开展，还处于探索阶段。"
    [f] = _found(body, TOWN_2023, "leaders_report_on_rule_of_law")
    assert (f.negated, f.scope_kind) == (True, "part")
    plan = "全面推行站所负责人述法，把述法结果作为干部考核评价的重要参考。"
    [p] = _found(plan, TOWN_2023, "leaders_report_on_rule_of_law")
    assert (p.scope_kind, p.scope) == ("part", "站所负责人")


def test_squads_named_one_after_another_are_those_squads() -> None:
    body = "法制审核人员集中在局政策法规股，城区二中队、景区中队的法制审核人员比例尚未达到5%。"
    [f] = _found(body, BUREAU_2023, "legal_review_staff_ratio")
    assert (f.negated, f.scope_kind, f.scope) == (True, "part", "城区二中队、景区中队")
    fines = "本年度局党组未向执法大队、执法中队下达或变相下达罚没指标。"
    assert [f.scope_kind for f in _found(fines, BUREAU_2023, "no_fine_quotas")] == [""]


def test_the_people_reaching_the_hours_counted_after_them_are_those() -> None:
    body = "全年参加法律知识培训不少于60学时的执法人员12名，另有2名新调入人员受疫情影响，集中培训学时未能达到60学时。"
    reached = [f for f in _found(body, TOWN_2023, "enforcement_training_hours") if not f.negated]
    assert [(f.value, f.scope_kind, f.scope) for f in reached] == [(60, "part", "12名执法人员")]


def test_the_citys_assessment_weight_in_a_bureaus_report_is_the_citys() -> None:
    body = "市政府将政务公开工作纳入全市综合目标考核（分值权重为4%），本局将其分解落实到各股室。"
    [f] = _found(body, BUREAU_2023, "gov_openness_weight")
    assert (f.value, f.scope_kind) == (4, "higher")
    own = "县政府将政务公开工作纳入全县综合目标考核，分值权重为4%。"
    assert [(f.value, f.scope_kind) for f in _found(own, COUNTY_2023, "gov_openness_weight")] == [(4, "")]


def test_lectures_of_the_government_above_attended_are_not_the_leaderships() -> None:
    body = "局长参加了市委组织部举办的法治专题脱产培训班，局班子成员参加市级领导干部法治专题讲座3次。"
    assert _found(body, BUREAU_2023, "leadership_law_lectures") == []


def test_none_that_ought_to_be_filed_left_unfiled_is_no_rule() -> None:
    body = "全年制发行政规范性文件7件，报送备案7件，未出现应备未备、迟报漏报情形（2021年制发规范性文件9件）。"
    counts = _found(body, COUNTY_2023, "normative_docs_count")
    assert [(f.value, f.requirement, f.year) for f in counts] == [(7, False, None), (9, False, 2021)]


def test_the_other_officers_short_of_the_hours_are_those() -> None:
    body = "执法队8名执法人员中，6名执法人员全年法律知识培训均达到60学时以上；另2名执法人员于9月新调入，培训学时尚未达到60学时。"
    [short] = [f for f in _found(body, TOWN_2023, "enforcement_training_hours") if f.negated]
    assert (short.scope_kind, short.scope) == ("part", "另2名执法人员")


def test_the_heads_own_part_of_the_cases_counted_before_is_no_count() -> None:
    body = "开庭审理5件，镇长或分管副镇长出庭应诉5件，负责人出庭应诉率100%。上述5件开庭案件中，镇长亲自出庭2件。"
    assert [f.value for f in _found(body, TOWN_2023, "heads_in_court_count")] == [5]
    assert [f.value for f in _found(body, TOWN_2023, "court_appearance_rate")] == [100]


def test_a_total_since_the_bureau_was_formed_has_its_span() -> None:
    body = "对原有文件进行清理，废止文件4件。组建以来，我局累计制发行政规范性文件3件。"
    [f] = _found(body, BUREAU_2023, "normative_docs_count")
    assert (f.value, f.period) == (3, "组建以来")


def test_the_village_secretaries_reports_results_used_are_theirs() -> None:
    body = "继续推行村（社区）党组织书记述法，将述法评议结果运用到村干部考核中。"
    assert _found(body, TOWN_2023, "leaders_report_on_rule_of_law") == []
    own = "坚持年终述法，把述法评议结果运用到干部考核中。"
    assert len(_found(own, TOWN_2023, "leaders_report_on_rule_of_law")) == 1


def test_a_share_conceded_met_is_a_claim_with_no_number() -> None:
    body = "一是镇综合行政执法队法制审核力量薄弱，虽然占比达标，但仅有的1名法制审核人员同时承担案件办理、内勤等工作。"
    [f] = _found(body, TOWN_2023, "legal_review_staff_ratio")
    assert (f.value, f.negated, f.statement) == (None, False, True)


def test_decisions_named_in_quotes_one_after_another_before_their_count() -> None:
    body = "年度重大行政决策事项目录列入“集镇污水处理”“农贸市场改造”“道路提升”3项。"
    assert [f.value for f in _found(body, TOWN_2023, "major_decisions_count")] == [3]


def test_the_cases_said_again_in_their_hearing_give_the_heads_count() -> None:
    body = "全年以镇政府为被告的行政诉讼案件3件，均已开庭审理；3件案件庭审中，镇长或分管副镇长均出庭应诉。"
    assert [f.value for f in _found(body, TOWN_2023, "heads_in_court_count")] == [3]


def test_a_report_published_over_time_is_late() -> None:
    body = "三是2022年度法治政府建设年度报告公开超时，反映出镇政府对报告公开的时限要求重视不够。"
    [f] = _found(body, TOWN_2023, "annual_report_published")
    assert f.negated


def test_the_heads_reports_only_begun_as_a_pilot_are_not_given() -> None:
    body = "主要负责人年终述法今年才在镇本级开始试点，述法内容不够全面，评议考核机制还不健全。"
    [f] = _found(body, TOWN_2023, "leaders_report_on_rule_of_law")
    assert f.negated


def test_a_town_named_one_of_the_pilot_towns_is_itself() -> None:
    body = "今年我镇作为全县述法工作试点乡镇之一，在镇本级开展主要负责人年终述法试点，镇长在年终述职时进行了书面述法。"
    [f] = _found(body, TOWN_2023, "leaders_report_on_rule_of_law")
    assert (f.negated is not None, f.scope_kind) == (True, "")


def test_the_others_short_after_those_reaching_the_hours_are_named() -> None:
    body = "全年参加法律知识培训不少于60学时的执法人员12名，另有2名新调入人员受疫情影响，集中培训学时未能达到60学时。"
    [short] = [f for f in _found(body, TOWN_2023, "enforcement_training_hours") if f.negated]
    assert (short.scope_kind, short.scope) == ("part", "另有2名新调入人员")


def test_a_catalogue_posted_at_home_only_is_not_published() -> None:
    body = "今年纳入镇重大行政决策事项目录的事项共2项。目录经镇党政班子会议审定后，仅在镇政府政务公开栏和便民服务中心张贴公示，未在县政府门户网站向社会公开。"
    [f] = _found(body, TOWN_2023, "major_decision_catalogue_published")
    assert f.negated


def test_a_supervision_system_still_being_built_is_not_built() -> None:
    body = "县乡两级行政执法协调监督工作体系正在按照省、州部署构建，县级行政执法监督办法已起草完成并征求意见。"
    [f] = _found(body, COUNTY_2023, "enforcement_supervision_system")
    assert f.negated


def test_lectures_the_advisers_give_the_village_committees_are_not_the_leaderships() -> None:
    body = "法律顾问全年列席镇党政班子会议9次，为村“两委”开展法律咨询和法治讲座40余次。"
    assert _found(body, TOWN_2023, "leadership_law_lectures") == []
    both = "邀请县司法局的同志为镇班子成员和村“两委”成员举办法治专题讲座2期。"
    assert [f.value for f in _found(both, TOWN_2023, "leadership_law_lectures")] == [2]


def test_a_case_lost_for_a_cause_is_no_count_of_cases() -> None:
    body = "本年度发生1件行政诉讼案件因征收补偿程序瑕疵被确认违法，反映出个别干部程序意识仍然淡薄。"
    assert _found(body, TOWN_2023, "admin_litigation_cases") == []
    again = "全年发生的1件行政诉讼案件因送达程序瑕疵被判决撤销，反映出执法程序意识还不够强。"
    assert [f.value for f in _found(again, TOWN_2023, "admin_litigation_cases")] == [1]


def test_decision_drafts_put_out_for_comment_are_not_the_catalogue_published() -> None:
    body = "推行重大行政决策预公开，对5项年度目录事项的决策草案均通过政府门户网站公开征求意见，收集意见建议74条。"
    assert _found(body, COUNTY_2023, "major_decision_catalogue_published") == []


def test_the_reviewers_skill_short_is_not_the_share_short() -> None:
    body = "一是法治力量仍显薄弱，镇综合行政执法队仅配备法制审核人员1名，且兼顾其他工作，专业审核能力有待提升；"
    assert _found(body, TOWN_2023, "legal_review_staff_ratio") == []


def test_none_in_earlier_years_is_no_count_of_the_year() -> None:
    body = "镇政府以往年度未制发过行政规范性文件，此次制发的管理办法在起草过程中先后两次征求意见。"
    [f] = _found(body, TOWN_2023, "normative_docs_count")
    assert (f.value, f.period) == (0, "以往年度")


def test_the_courts_referred_mediation_is_no_peoples_mediation() -> None:
    body = ("（三）深化人民调解和诉源治理。全镇调委会全年共受理各类矛盾纠纷105件，调解成功102件，调解成功率97.1%。"
            "镇人民法庭诉前委派调解案件17件，成功率为82.4%。")
    assert [float(f.value) for f in _found(body, TOWN_2023, "mediation_success_rate")] == [97.1]


def test_the_cases_said_again_among_them_give_the_heads_count() -> None:
    body = "镇政府作为被告的行政诉讼案件2件，均已开庭审理。2件案件中，镇政府负责人均出庭应诉，其中镇长出庭1件、分管副镇长出庭1件。"
    assert [f.value for f in _found(body, TOWN_2023, "heads_in_court_count")] == [2]


def test_the_hosts_of_a_class_the_head_missed_are_not_its_scope() -> None:
    body = "县委组织部、县司法局10月举办的领导干部法治专题脱产培训班，镇主要负责人因全力投入防汛救灾工作未能参加。"
    [f] = _found(body, TOWN_2023, "head_offjob_training")
    assert (f.negated is not None, f.scope) == (True, "镇主要负责人")


def test_shortcomings_the_reports_brought_out_are_not_theirs() -> None:
    body = "述法评议结果纳入班子成员年度考核，对述法中暴露的依法决策、依法行政方面的不足，明确整改措施和时限。"
    assert [f.negated for f in _found(body, TOWN_2023, "leaders_report_on_rule_of_law")] == [False]


def test_the_other_members_of_the_party_and_government_teams_are_some() -> None:
    body = "一是领导干部法治培训不够均衡，本年度除镇长外，镇党委、政府其他班子成员尚未参加过法治专题脱产培训。"
    [f] = _found(body, TOWN_2023, "head_offjob_training")
    assert (f.negated, f.scope_kind, f.scope) == (True, "part", "其他班子成员")


def test_the_deputies_and_stations_heads_are_some() -> None:
    short = "分管领导和站所负责人尚未参加系统的法治专题脱产培训，少数干部依法办事意识不强。"
    [f] = _found(short, TOWN_2023, "head_offjob_training")
    assert (f.negated, f.scope_kind, f.scope) == (True, "part", "分管领导和站所负责人")
    plan = "二、下一步工作打算\n积极争取分管领导和站所负责人参加法治专题脱产培训。"
    [p] = _found(plan, TOWN_2023, "head_offjob_training")
    assert (p.requirement, p.scope_kind, p.scope) == (True, "part", "分管领导和站所负责人")


def test_hearings_held_in_public_are_no_decisions_put_online() -> None:
    body = "县政府坚持以公开听证、实地调查等方式审理复杂案件，组织听证1次，所有复议决定书均由县司法局法制审核后送达。"
    assert _found(body, COUNTY_2023, "reconsideration_decisions_online") == []


def test_a_supervision_system_only_begun_is_not_built() -> None:
    body = ("按照上级要求，着手研究建立市、乡两级行政执法协调监督工作体系，目前已起草完成《灵宝市行政执法协调监督工作体系"
            "建设实施方案（征求意见稿）》，工作尚处于起步阶段。")
    [f] = _found(body, BUREAU_2023, "enforcement_supervision_system")
    assert f.negated


def test_a_report_published_somewhat_past_its_deadline_is_late() -> None:
    body = "我局2022年度法治政府建设年度报告于4月上旬在县政府门户网站公开，较规定的3月31日时限有所推迟。"
    [f] = _found(body, BUREAU_2023, "annual_report_published")
    assert f.negated


def test_a_county_system_covering_both_levels_is_the_towns_too() -> None:
    for body in ("全县统一的综合行政执法办案系统已建成并覆盖县乡两级，乡综合执法队全部执法案件实现网上立案、网上审批。",
                 "县里统一建设的综合行政执法办案平台正式上线运行，覆盖县直执法部门和全县12个乡镇，镇执法队的案件立案、"
                 "调查、审核、决定全部在平台办理。"):
        [f] = _found(body, TOWN_2023, "unified_enforcement_system")
        assert (f.negated, f.scope_kind) == (False, "")


def test_a_county_system_running_in_the_towns_is_in_use() -> None:
    for body in ("今年全县统一的综合行政执法办案系统在县乡两级全面运行，我镇执法队所有案件均实现网上办理。",
                 "县统一综合行政执法办案系统于今年4月延伸至乡镇，我镇执法案件自5月起全部实现网上立案、网上办结。",
                 "依托覆盖县本级和15个乡镇的统一综合行政执法办案系统，实现案件网上办理、全程留痕。"):
        [f] = _found(body, TOWN_2023, "unified_enforcement_system")
        assert (f.negated, f.requirement, f.scope_kind) == (False, False, "")
    aim = "三、下一步工作打算\n配合县里推进综合行政执法办案系统应用，尽快实现案件网上办理。"
    assert _found(aim, TOWN_2023, "unified_enforcement_system") == []


def test_the_ministrys_system_used_by_a_bureau_is_not_the_governments() -> None:
    body = "我局全部行政处罚案件均通过应急管理综合行政执法系统办理，检查记录、处罚决定等数据实时上传。"
    assert _found(body, BUREAU_2023, "unified_enforcement_system") == []


def test_a_late_report_owned_as_a_problem_is_late() -> None:
    body = "镇长在年终述法中坦承本镇上年度法治政府建设年度报告公开延迟的问题，并明确了整改时限。"
    [f] = _found(body, TOWN_2023, "annual_report_published")
    assert f.negated


def test_the_case_a_head_missed_is_not_the_count_heard() -> None:
    body = "镇长因同期参加防汛紧急任务，未能出庭应诉1件开庭案件，由镇政府委托的法律顾问出庭。"
    assert _found(body, TOWN_2023, "court_cases_heard") == []


def test_towns_counted_and_covered_beside_departments_inspected_are_the_towns() -> None:
    body = "配合县委依法治县办开展法治督察，对11个镇实现法治督察全覆盖，对6个县直部门开展了专项督察，发现问题19个。"
    assert _found(body, COUNTY_2023, "department_inspection_coverage") == []
    assert len(_found(body, COUNTY_2023, "rule_of_law_inspection_coverage")) == 1


def test_lectures_for_the_team_with_the_stations_and_villages_are_the_teams() -> None:
    for body, n in (("邀请县司法局干部为镇班子成员、站所负责人、村（社区）“两委”主要负责人举办法治专题讲座两期。", 2),
                    ("邀请法官和律师为镇班子成员、站所负责人和村（社区）干部开展法治专题讲座三场。", 3)):
        [f] = _found(body, TOWN_2023, "leadership_law_lectures")
        assert f.value == n
    villages = "司法所为村（社区）干部举办法治专题讲座4场。"
    assert _found(villages, TOWN_2023, "leadership_law_lectures") == []


def test_the_citys_rule_for_its_counties_is_the_citys() -> None:
    body = "市级要求各县区行政机关负责人出庭应诉率不低于90%，我县连续两年完成目标。"
    [f] = _found(body, COUNTY_2023, "court_appearance_rate")
    assert (f.requirement, f.scope_kind) == (True, "higher")


def test_no_documents_in_its_offices_names_is_no_count() -> None:
    rule = "局机关严格落实统一登记、统一编号制度，未以局内设机构或局属事业单位名义制发规范性文件。"
    assert _found(rule, BUREAU_2023, "normative_docs_count") == []
    none = "本年度我局未以局名义制发规范性文件。"
    assert [f.value for f in _found(none, BUREAU_2023, "normative_docs_count")] == [0]


def test_a_catalogue_named_again_after_its_items_are_counted_is_published() -> None:
    body = ("经镇党委会研究，2023年纳入镇重大行政决策事项目录的事项共2项，即集镇污水管网改造和农贸市场搬迁，"
            "目录已在镇政务公开栏和县政府网站向社会公布。")
    [f] = _found(body, TOWN_2023, "major_decision_catalogue_published")
    assert (f.negated, f.statement) == (False, True)
    bureau = "本局纳入县2023年度重大行政决策事项目录的事项共1项，即某实施办法的制定，目录已由县政府办公室统一向社会公开。"
    assert _found(bureau, BUREAU_2023, "major_decision_catalogue_published") == []


def test_a_loss_rate_with_its_causes_named_is_read() -> None:
    body = "已审结案件中败诉2件，败诉率12.5%，败诉原因主要集中在拆违程序和信息公开答复期限等方面。"
    assert [f.value for f in _found(body, BUREAU_2023, "litigation_loss_rate")] == [12.5]
    kind = "信息公开答复类案件败诉率为20%。"
    assert _found(kind, BUREAU_2023, "litigation_loss_rate") == []


def test_the_cases_heard_after_the_sentence_naming_the_lawsuits() -> None:
    body = "全年镇政府作为被告的行政诉讼案件5件，其中征收补偿类4件。法院开庭审理4件，另1件因原告撤诉未开庭。"
    assert [f.value for f in _found(body, TOWN_2023, "court_cases_heard")] == [4]


def test_a_system_still_being_extended_to_the_towns_is_not_done() -> None:
    body = "县级统一综合执法办案系统已在县城管局、县市场监管局等6个部门上线运行，向各镇（街道）延伸部署仍在推进之中。"
    [f] = _found(body, COUNTY_2023, "unified_enforcement_system")
    assert f.negated


def test_decisions_well_grounded_and_open_in_process_are_no_catalogue_published() -> None:
    body = "三、下一步工作打算\n坚持重大行政决策目录化管理，严格履行法定程序，确保决策于法有据、程序正当、过程公开。"
    assert _found(body, TOWN_2023, "major_decision_catalogue_published") == []


def test_records_of_the_decisions_filed_away_are_no_plan() -> None:
    body = "局里将两项重大行政决策的全过程材料按照“一事一档”要求整理归档，做到决策过程可追溯。"
    [f] = _found(body, BUREAU_2023, "major_decisions_count")
    assert (f.value, f.requirement) == (2, False)


def test_a_fine_quota_in_quotes_never_set_is_kept() -> None:
    body = "镇里没有给执法队定过罚款“指标”，也没有将罚没收入与执法队经费挂钩。"
    [f] = _found(body, TOWN_2023, "no_fine_quotas")
    assert (f.negated, f.statement) == (False, True)


def test_the_number_sent_for_filing_is_the_count_filed() -> None:
    body = "本年度制发行政规范性文件3件，上述文件均在印发后15日内报县政府备案，报送数量3件。"
    assert [f.value for f in _found(body, TOWN_2023, "normative_docs_filed")] == [3]


def test_the_units_named_in_an_assessment_are_those_assessed() -> None:
    for body in ("在县对镇（街道）和县直部门目标管理绩效考核中，将政务公开分值权重设定为5%。",
                 "政务公开在县直部门和乡镇绩效考核中的分值权重为5%。",
                 "将政务公开纳入县直各部门和乡镇年度目标责任考核，分值权重为5%。",
                 "将政务公开在乡镇和县直部门考核中的分值权重提高到5%。",
                 "在县对各乡镇和县直部门的年度绩效考核中，法治建设工作单独设项考核，政务公开工作分值权重为5%。",
                 "政务公开工作在对各乡镇（街道）和县级部门的年度绩效考核中分值权重达到5%。"):
        [f] = _found(body, COUNTY_2023, "gov_openness_weight")
        assert (f.value, f.scope_kind) == (5, "")
    theirs = "四是推动各区县政务公开在绩效考核中的分值权重均不低于4%。"
    [p] = _found(theirs, COUNTY_2023, "gov_openness_weight")
    assert p.scope_kind == "part"


def test_squads_named_by_number_short_of_the_share_are_some() -> None:
    body = "一是法制审核力量分布不均衡，城区二中队、四中队法制审核人员占本中队执法人员比例仍低于5%。"
    [f] = _found(body, BUREAU_2023, "legal_review_staff_ratio")
    assert (f.negated, f.scope_kind, f.scope) == (True, "part", "城区二中队、四中队")


def test_the_villages_democratic_decisions_are_not_the_governments() -> None:
    body = "镇纪委对村级决策事项进行事前备案、事后审计，全年指导各村依法完成重大事项民主决策120余项。"
    assert _found(body, TOWN_2023, "major_decisions_count") == []


def test_staff_placed_by_the_rule_are_placed() -> None:
    body = "县直19个行政执法部门均按照不低于本单位执法人员总数5%的要求配齐法制审核人员。"
    [f] = _found(body, COUNTY_2023, "legal_review_staff_ratio")
    assert (f.value, f.requirement, f.scope_kind) == (5, False, "part")
    plan = "三、下一步工作打算\n确保各部门均按照不低于5%的要求配齐法制审核人员。"
    assert [p.requirement for p in _found(plan, COUNTY_2023, "legal_review_staff_ratio")] == [True]


def test_a_catalogue_published_by_a_month_of_the_year_is_published() -> None:
    body = "严格落实条例，2月底前经县政府常务会议审议后在县政府门户网站公布《某县人民政府2023年度重大行政决策事项目录》。"
    [f] = _found(body, COUNTY_2023, "major_decision_catalogue_published")
    assert (f.negated, f.requirement) == (False, False)


def test_hours_named_before_their_bound_and_number() -> None:
    plan = "三、下一步工作打算\n保证每名执法队员年度法律知识培训学时人均不低于60个，加强执法案卷评查。"
    [f] = _found(plan, TOWN_2023, "enforcement_training_hours")
    assert (f.value, f.bound, f.requirement) == (60, "at_least", True)
    other = "全年组织执法人员培训学时共计120个课题研讨。"
    assert _found(other, TOWN_2023, "enforcement_training_hours") == []


def test_a_name_with_its_level_in_brackets_fills_a_terms_gap() -> None:
    body = "县委依法治县办开展法治督察，实现法治督察对乡镇（街道）全覆盖。"
    [f] = _found(body, COUNTY_2023, "rule_of_law_inspection_coverage")
    assert (f.negated, f.scope_kind) == (False, "")


def test_the_part_of_a_report_given_to_the_law_is_no_part_scope() -> None:
    body = "镇长在年度述职评议会上，把履行法治建设职责情况作为述职的专门部分同步述法。"
    [f] = _found(body, TOWN_2023, "leaders_report_on_rule_of_law")
    assert (f.negated, f.scope_kind) == (False, "")


def test_a_missed_training_listed_for_the_report_review_is_no_report() -> None:
    body = ("镇主要负责人未能参加县里组织的负责人法治专题脱产培训班。镇党委对此高度重视，"
            "已将其列为年度述法评议中的整改事项。")
    assert _found(body, TOWN_2023, "leaders_report_on_rule_of_law") == []


def test_the_villages_decisions_regularised_are_not_the_towns() -> None:
    body = "村级重大事项决策均经法律顾问审查把关，全年规范村级重大事项决策70余件。"
    assert _found(body, TOWN_2023, "major_decisions_count") == []


def test_the_weights_place_in_the_assessment_after_among_them_is_no_scope() -> None:
    for body, head in (("将法治政府建设纳入考核，其中政务公开工作在全县目标绩效考核中的分值权重提高到4.5%。", COUNTY_2023),
                       ("纳入镇对各站所、各村（社区）的年度综合目标考核，其中政务公开工作在镇对各村（社区）绩效考核中的分值权重为5%。", TOWN_2023)):
        [f] = _found(body, head, "gov_openness_weight")
        assert f.scope_kind in ("", "whole")
    some = "其中部分乡镇在内部考核中政务公开分值权重低于4%。"
    assert [f.scope_kind for f in _found(some, COUNTY_2023, "gov_openness_weight")] == ["part"]


def test_the_standards_work_still_to_do_is_a_plan_only_under_the_plans_heading() -> None:
    plan = "三、下一步工作打算\n一是加快推进基层政务公开标准化规范化建设，完善村级公开目录。\n二是加快编制村级政务公开事项标准目录。"
    found = _found(plan, TOWN_2023, "grassroots_openness_standards")
    assert [(f.requirement, f.negated) for f in found] == [(True, False), (True, False)]
    body = "镇政府加快推进基层政务公开标准化规范化建设，完善村级公开目录。"
    assert _found(body, TOWN_2023, "grassroots_openness_standards") == []
    kept = "三、下一步工作打算\n深化基层政务公开标准化规范化建设，动态调整标准目录。"
    assert _found(kept, TOWN_2023, "grassroots_openness_standards") == []


def test_a_reform_whose_plan_is_drafted_is_not_done() -> None:
    body = ("按照省、市统一部署，启动行政复议体制改革，县级改革实施方案已起草完成并报县委全面依法治县委员会审议，"
            "相对集中行政复议职责的各项工作正在推进之中。")
    [f] = _found(body, COUNTY_2023, "reconsideration_system_reform")
    assert f.negated


def test_the_lower_units_reports_checked_are_not_the_governments_published() -> None:
    body = "对各乡镇（街道）、各部门年度法治政府建设情况报告的报送和公开情况进行检查，督促各单位按时报送、规范公开。"
    assert _found(body, COUNTY_2023, "annual_report_published") == []


def test_the_systems_still_to_build_are_plans_only_under_the_plans_heading() -> None:
    plan = "三、下一步工作打算\n加快推进县乡两级行政执法协调监督工作体系建设。\n加快推进统一综合执法办案系统建设，推动执法数据互联互通。"
    assert [f.requirement for f in _found(plan, COUNTY_2023, "enforcement_supervision_system")] == [True]
    assert [f.requirement for f in _found(plan, COUNTY_2023, "unified_enforcement_system")] == [True]
    helped = "三、下一步工作打算\n积极配合县里推进统一综合执法办案系统建设，推行执法案件网上办理。"
    assert _found(helped, TOWN_2023, "unified_enforcement_system") == []
    body = "县政府加快推进统一综合执法办案系统建设，推动执法数据互联互通。"
    assert _found(body, COUNTY_2023, "unified_enforcement_system") == []


def test_towns_and_departments_counted_inside_one_coverage_are_both_covered() -> None:
    body = "全年组织开展法治督察2轮，实现了对全市14个镇街和38个市直部门法治督察的全覆盖。"
    assert [f.negated for f in _found(body, COUNTY_2023, "rule_of_law_inspection_coverage")] == [False]
    assert [f.negated for f in _found(body, COUNTY_2023, "department_inspection_coverage")] == [False]


def test_staff_placed_for_the_review_work_are_the_review_staff() -> None:
    body = "确定具有法律专业背景的工作人员2名专门从事法制审核工作，占执法人员总数的8.3%。"
    [f] = _found(body, TOWN_2023, "legal_review_staff_ratio")
    assert f.value == Fraction(83, 10)


def test_study_records_kept_as_a_basis_of_the_report_review_are_no_report() -> None:
    body = "学法情况记入会议纪要，作为班子成员年度考核和述法评议的重要依据。"
    assert _found(body, BUREAU_2023, "leaders_report_on_rule_of_law") == []


def test_none_reported_late_is_no_filing_shortfall() -> None:
    body = ("（三）严格规范性文件管理。全年以市政府及市政府办公室名义制发行政规范性文件9件。每件文件都经过合法性审核和"
            "市政府常务会议集体审议，统一登记、统一编号、统一印发。按照“有件必备、有备必审、有错必纠”的要求，"
            "向市人民政府和市人大常委会报送备案9件，未发生因报备不及时被通报的情况。")
    assert [f for f in _found(body, COUNTY_2023, "normative_doc_filing_rate") if f.negated] == []


def test_a_prohibition_kept_with_none_such_all_year_is_done() -> None:
    body = "严格执行罚缴分离，坚决杜绝下达或者变相下达罚没指标，全年无此类情形。"
    [f] = _found(body, TOWN_2023, "no_fine_quotas")
    assert (f.negated, f.requirement) == (False, False)


def test_the_town_heads_own_appearances_among_them_are_his() -> None:
    body = "以镇政府为被告的行政诉讼案件5件，5件均已开庭审理，镇政府负责人出庭应诉率100%，其中镇长亲自出庭2件。"
    [f] = _found(body, TOWN_2023, "heads_in_court_count")
    assert (f.value, f.scope_kind, f.scope) == (2, "unit", "镇长")


def test_the_citys_sector_rate_in_a_bureaus_report_is_the_citys() -> None:
    body = "滨州市教育系统政务服务事项好评率为99.8%。"
    [f] = _found(body, BUREAU_2023, "service_praise_rate")
    assert (f.scope_kind, f.scope) == ("higher", "滨州市")


def test_some_villages_counted_done_are_no_claim_for_the_whole() -> None:
    body = "深化基层政务公开标准化规范化建设，推动镇级政务公开事项标准目录向村（居）延伸，目前已有29个村（居）完成村级公开目录编制。"
    assert _found(body, TOWN_2023, "grassroots_openness_standards") == []


def test_the_last_five_years_in_all_are_not_the_years() -> None:
    body = "全县近五年共制发规范性文件38件，已全部纳入县规范性文件数据库动态管理。"
    [f] = _found(body, COUNTY_2023, "normative_docs_count")
    assert f.period == "近五年"


def test_the_citys_average_after_but_still_higher_is_the_citys() -> None:
    body = "全年审结97件，行政机关败诉5件，败诉率5.2%，低于全省平均水平，但仍高于全市4.7%的平均败诉率。"
    rates = [(float(f.value), f.scope_kind) for f in _found(body, COUNTY_2023, "litigation_loss_rate")]
    assert rates == [(5.2, ""), (4.7, "higher")]


def test_consumer_disputes_in_the_area_are_no_peoples_mediation() -> None:
    body = "县市场监管局黎城分局处理辖区消费纠纷1200余件，调解成功率95.3%。"
    assert _found(body, TOWN_2023, "mediation_success_rate") == []


def test_the_village_cadres_reports_are_not_the_towns() -> None:
    body = "将村级小微权力运行情况纳入村干部年度述职评议内容，由党员和群众代表进行测评。"
    assert _found(body, TOWN_2023, "leaders_report_on_rule_of_law") == []


def test_each_heads_count_beside_the_total_is_not_read() -> None:
    body = "本年度以镇政府为被告的行政诉讼案件3件，均已开庭审理。镇长出庭应诉2件，分管副镇长出庭应诉1件，3件案件行政机关负责人均出庭并当庭发言。"
    assert [(f.value, f.scope_kind) for f in _found(body, TOWN_2023, "heads_in_court_count")] == [(3, "")]


def test_each_level_of_departments_meeting_the_share_is_that_level() -> None:
    body = "各市级执法部门法制审核人员占本单位执法人员的比例均达到5%以上。"
    [f] = _found(body, COUNTY_2023, "legal_review_staff_ratio")
    assert (f.scope_kind, f.scope) == ("part", "市级执法部门")


def test_the_towns_covered_before_some_departments_inspected_are_not_the_departments() -> None:
    body = "组织对全市各乡镇（街道）开展法治督察，实现全覆盖，对市级部门开展法治督察12家，下发督察意见书9份。"
    assert _found(body, COUNTY_2023, "department_inspection_coverage") == []


def test_reports_joined_in_the_year_end_report_are_given_not_planned() -> None:
    body = "年底，镇党委书记、镇长在年终述职中将述职、述廉、述法“三述”合一，专题报告履行推进法治建设第一责任人职责情况。"
    [f] = _found(body, TOWN_2023, "leaders_report_on_rule_of_law")
    assert (f.negated, f.requirement) == (False, False)


def test_decisions_among_the_items_reviewed_are_not_the_decisions() -> None:
    body = "全年开展合法性审查98件，其中行政协议和经济合同61件、决策事项14件、其他事项23件，提出修改意见153条。"
    assert _found(body, TOWN_2023, "major_decisions_count") == []


def test_a_catalogue_with_some_fields_drafted_is_not_built() -> None:
    body = "按照县统一部署，镇级基层政务公开标准目录正在对照编制，已完成其中12个领域的初稿。"
    assert [f.negated for f in _found(body, TOWN_2023, "grassroots_openness_standards")] == [True]


def test_the_veterans_counted_are_some_of_the_team() -> None:
    body = "执法队22名在岗老队员全年法律知识培训均达到60学时以上；下半年新入职的2名队员已完成岗前培训，正在跟班学习。"
    [f] = _found(body, TOWN_2023, "enforcement_training_hours")
    assert (f.value, f.scope_kind, f.scope) == (60, "part", "22名在岗老队员")


def test_town_heads_rate_after_the_head_named_in_a_clause_before_is_the_towns() -> None:
    # the rate after the head's count, in its own clause, is the town's cases', not the head's own
    body = "全年以镇政府为被告的行政诉讼案件3件，均已开庭审理。镇长出庭应诉2件，分管副镇长出庭应诉1件，行政机关负责人出庭应诉率100%。"
    [rate] = _found(body, TOWN_2023, "court_appearance_rate")
    assert rate.value == 100 and rate.scope_kind not in ("unit", "part")
    [own] = _found("镇长出庭应诉率保持100%。", TOWN_2023, "court_appearance_rate")
    assert own.scope_kind == "unit" and own.scope == "镇长"


def test_one_levels_units_joined_with_the_towns_are_every_unit() -> None:
    # the county's departments and its towns together: every unit, not one level's
    body = "组织各乡镇（街道）和县直部门主要负责人参加法治专题脱产培训班。"
    [f] = _found(body, COUNTY_2023, "head_offjob_training")
    assert f.scope_kind == "whole" and f.scope == "各乡镇（街道）和县直部门"
    body = "各区级执法部门、各街道（镇）法制审核人员占比均达到5%以上。"
    [f] = _found(body, DISTRICT_2025, "legal_review_staff_ratio")
    assert f.scope_kind == "whole" and f.everyone
    [f] = _found("区级执法部门法制审核人员占比均达到5%以上。", DISTRICT_2025, "legal_review_staff_ratio")
    assert f.scope_kind == "part" and f.scope == "区级执法部门"


def test_reconsideration_cases_about_disclosure_still_give_their_zero_correction() -> None:
    # what the cases concerned (信息公开申请答复) is not the disclosure requests handled, whose none-corrected is a decoy
    body = "全年以镇政府为被申请人的行政复议案件2件，均涉及信息公开申请答复，复议机关均作出维持决定，实现零纠错。"
    assert [f.value for f in _found(body, TOWN_2023, "reconsideration_correction_rate")] == [0]
    assert _found("办理政府信息公开申请81件，无一被复议纠错或被诉败诉。", COUNTY_2023, "reconsideration_correction_rate") == []


def test_a_document_not_filed_within_the_period_is_a_filing_shortfall() -> None:
    body = "一是规范性文件报备不够及时，有1件规范性文件未在规定期限内报送备案。"
    [f] = _found(body, TOWN_2023, "normative_doc_filing_rate")
    assert f.negated and f.value is None


def test_a_bureaus_units_heads_reports_are_a_part() -> None:
    # 各单位 in a bureau's report: its units, whose heads' reports are not the bureau's heads'
    body = "局里还把法治建设工作情况作为各单位负责人年度述职的必述内容，推动法治建设责任层层落实。"
    [f] = _found(body, DEPARTMENT_2021, "leaders_report_on_rule_of_law")
    assert f.scope_kind == "part"


def test_a_sentence_opening_on_the_catalogue_named_before_counts_its_items() -> None:
    head = "镇政府编制了本镇2023年度重大行政决策事项目录，于3月在县政府门户网站向社会公布。"
    for said in ("目录共纳入3项事项，分别为镇区农贸市场提升改造和镇村生活垃圾收运处置方式调整。",
                 "目录共列入3项：镇区农贸市场提升改造、镇村生活垃圾收运处置方式调整。"):
        assert [f.value for f in _found(head + said, TOWN_2023, "major_decisions_count")] == [3]
    # another catalogue named before: not the decisions
    other = "镇政府编制了本镇政务公开标准目录，于3月在县政府门户网站向社会公布。目录共列入事项86项。"
    assert _found(other, TOWN_2023, "major_decisions_count") == []


def test_towns_inspected_on_their_rule_of_law_work_are_the_coverage() -> None:
    # the towns' rule-of-law work inspected (…法治政府建设情况开展实地督察), and towns counted with 个镇
    for body in ("县委依法治县办会同县司法局组成督察组，对全县15个乡镇法治政府建设情况开展实地督察，实现了对乡镇的全覆盖。",
                 "县委依法治县办对6个镇开展法治督察，实现对镇级政府全覆盖。"):
        [f] = _found(body, COUNTY_2023, "rule_of_law_inspection_coverage")
        assert f.statement and not f.negated and f.scope_kind not in ("part", "unit")
    # the departments inspected on the same work are the other coverage
    assert _found("县委依法治县办对县直部门法治政府建设情况开展督察，实现全覆盖。", COUNTY_2023,
                  "rule_of_law_inspection_coverage") == []


def test_the_inspectors_named_before_what_is_inspected_are_not_its_scope() -> None:
    for body in ("区委依法治区办牵头，组织区司法局等单位对各乡镇法治建设情况开展实地督察，实现对乡镇法治督察全覆盖。",
                 "全年县委依法治县办联合县委督查室、县政府督查室对11个乡镇开展法治督察，实现对乡镇法治督察全覆盖。"):
        [f] = _found(body, DISTRICT_2025, "rule_of_law_inspection_coverage")
        assert f.scope_kind not in ("part", "unit")


def test_matters_reported_to_the_congress_are_not_decisions() -> None:
    body = "坚持决策事项向人大报告、向政协通报制度，县政府全年向县人大常委会报告重大事项6项，邀请县政协委员参与决策事项调研论证14人次。"
    assert _found(body, COUNTY_2023, "major_decisions_count") == []


def test_the_governments_review_cases_said_with_where_they_went_and_as_none() -> None:
    for body, value in (("以县政府为被申请人向地区行署申请行政复议的案件4件，均已按期答复并提交证据材料。", 4),
                        ("县政府作为被申请人、由申请人向十堰市人民政府申请行政复议的案件3件，复议机关均作出维持决定。", 3),
                        ("全年以县政府为被申请人、向州政府申请的行政复议案件3件，经州政府审理均予以维持。", 3)):
        assert [f.value for f in _found(body, COUNTY_2023, "reconsideration_respondent_cases")] == [value]
    for body, value in (("全年作为被申请人的行政复议案件零发生。", 0), ("全年乡政府未成为行政复议被申请人。", 0),
                        ("全年街道办事处作为被申请人被提起行政复议5件，主要涉及违法建设拆除。", 5)):
        assert [f.value for f in _found(body, TOWN_2023, "reconsideration_respondent_cases")] == [value]


def test_a_supervision_system_still_being_built_said_with_hai_or_jiakuai() -> None:
    for body in ("县、乡两级行政执法协调监督工作体系还在构建之中，执法监督手段较为单一。",
                 "县乡两级行政执法协调监督工作体系正在加快构建，乡镇层面的执法协调监督机制尚未全面建立。"):
        [f] = _found(body, COUNTY_2023, "enforcement_supervision_system")
        assert f.negated and not f.requirement


def test_the_standards_work_said_behind_with_its_catalogue_not_done_is_a_shortfall() -> None:
    for body in ("四是基层政务公开标准化规范化工作推进较慢，标准目录尚未全部编制完成。",
                 "三是乡村两级基层政务公开标准化规范化建设刚刚起步，公开目录尚未覆盖全部重点领域。"):
        [f] = _found(body, TOWN_2023, "grassroots_openness_standards")
        assert f.negated and not f.requirement


def test_a_supervision_system_piloted_is_not_built_when_the_next_clause_is_about_improving() -> None:
    body = "按照上级要求，我县开展县乡两级行政执法协调监督工作体系建设试点，目前相关工作机制仍在探索完善之中。"
    [f] = _found(body, COUNTY_2023, "enforcement_supervision_system")
    assert f.negated


def test_a_bureaus_quality_supervision_station_is_a_unit() -> None:
    body = "二是法制审核力量分布不均，局属县建设工程质量监督站法制审核人员占本单位执法人员的比例尚未达到5%。"
    [f] = _found(body, DEPARTMENT_2021, "legal_review_staff_ratio")
    assert f.negated and f.scope_kind == "unit" and f.scope == "县建设工程质量监督站"


def test_lawsuits_said_as_new_or_answered_as_defendant() -> None:
    assert [f.value for f in _found("全县新增行政诉讼案件58件，同比增长16%；", COUNTY_2023, "admin_litigation_cases")] == [58]
    assert [f.value for f in _found("全年镇政府作为被告应诉的案件2件。", TOWN_2023, "admin_litigation_cases")] == [2]


def test_heads_counts_listed_respectively_are_summed_not_multiplied() -> None:
    body = "全年以镇政府为被告的行政诉讼案件4件，均已开庭审理，镇长、分管副镇长分别出庭应诉2件和1件，另有1件委托律师出庭。"
    [heads] = _found(body, TOWN_2023, "heads_in_court_count")
    assert heads.value == 3 and heads.derived and heads.scope_kind not in ("unit", "part")
    assert [(f.value, f.derived) for f in _found(body, TOWN_2023, "court_appearance_rate")] == [(75, True)]
    # one count for each of two named: each one's, so twice it
    assert [f.value for f in _found("局主要负责人和分管负责人分别出庭应诉1件。", DEPARTMENT_2021, "heads_in_court_count")] == [2]


def test_a_tour_routes_rating_and_decisions_left_out_of_a_catalogue_are_not_read() -> None:
    assert _found("全年纪念馆接待参观群众超过60万人次，将军渡红色研学线路的好评率达到98.5%。", TOWN_2023,
                  "service_praise_rate") == []
    body = "两项决策虽然均履行了集体讨论决定程序，但由于未列入公开的年度目录，公众知晓度受到一定影响。"
    assert _found(body, TOWN_2023, "major_decision_catalogue_published") == []


def test_the_head_and_a_deputy_trained_are_two_of_the_team() -> None:
    [f] = _found("镇长、分管政法工作的副镇长于9月参加了市委党校举办的领导干部法治专题脱产培训。", TOWN_2023, "head_offjob_training")
    assert f.scope_kind == "part" and f.scope == "镇长、分管政法工作的副镇长"
    # the principal heads who must report: all of them, no part
    [g] = _found("镇党委书记、镇长在年终述职中专题述法。", TOWN_2023, "leaders_report_on_rule_of_law")
    assert g.scope_kind not in ("part", "unit")


def test_the_units_short_of_the_share_said_after_those_that_meet_it_are_theirs() -> None:
    body = ("全市28个行政执法部门中，有25个部门的法制审核人员占本部门执法人员比例达到5%以上，"
            "审核人员配备不足的部门正通过内部调剂、公开招录等方式加快补齐。")
    found = _found(body, COUNTY_2023, "legal_review_staff_ratio")
    assert [(f.value, f.negated, f.scope_kind) for f in found] == [(5, False, "part"), (None, True, "part")]


def test_results_to_be_told_in_next_years_report_are_not_this_report_published() -> None:
    body = "对整改情况实行清单化管理，并在下一年度法治政府建设年度报告中向社会公开整改结果，主动接受群众监督。"
    assert _found(body, TOWN_2023, "annual_report_published") == []
    [f] = _found("镇政府2024年度法治政府建设年度报告于2025年2月在县政府门户网站向社会公开。", TOWN_2023, "annual_report_published")
    assert not f.negated


def test_some_of_the_counted_decisions_are_not_their_count() -> None:
    body = "截至年底，4项决策事项中3项已作出决定并组织实施，1项因上级规划调整暂缓推进。"
    assert [f.value for f in _found(body, TOWN_2023, "major_decisions_count")] == [4]


def test_a_squad_named_by_its_work_is_the_unit_short() -> None:
    [f] = _found("路政中队尚未配备专职法制审核人员，法制审核力量分布不均衡。", DEPARTMENT_2021, "legal_review_staff_ratio")
    assert f.negated and f.scope_kind == "unit" and f.scope == "路政中队"
    # a town's own squad is the town itself
    [g] = _found("中队尚未配备专职法制审核人员。", TOWN_2023, "legal_review_staff_ratio")
    assert g.negated and g.scope_kind not in ("unit", "part")


def test_an_empty_catalogue_published_as_zero_catalogue() -> None:
    body = "经梳理，我镇2023年度无符合条件的重大行政决策事项，“零目录”已于3月在县政府门户网站向社会公开。"
    [f] = _found(body, TOWN_2023, "major_decision_catalogue_published")
    assert not f.negated and not f.requirement


def test_fine_quotas_issued_to_none() -> None:
    [f] = _found("坚持执法为民，罚没指标在我镇“零下达”，执法队罚没收入全部上缴县级财政。", TOWN_2023, "no_fine_quotas")
    assert not f.negated and not f.requirement


def test_no_review_staff_to_this_day_is_the_share_short() -> None:
    [f] = _found("镇综合行政执法中队至今没有专职法制审核人员，法制审核力量薄弱。", TOWN_2023, "legal_review_staff_ratio")
    assert f.negated and f.value is None


def test_the_meeting_that_studies_law_first_counts_its_sessions() -> None:
    body = "镇党政班子坚持每月召开的班子会先学法、再议事，全年共学法十二次。"
    assert [f.value for f in _found(body, TOWN_2023, "pre_meeting_law_study")] == [12]


def test_the_same_periods_rate_of_the_government_above_is_theirs() -> None:
    body = "同期，县政府本级复议案件的纠错率为12.4%，镇政府将以此为鉴，进一步提高依法行政水平。"
    [f] = _found(body, TOWN_2023, "reconsideration_correction_rate")
    assert f.scope_kind == "higher" and f.scope == "县政府"
    # in the county's own report, its own
    [g] = _found("同期，县政府复议案件的纠错率为12.4%。", COUNTY_2023, "reconsideration_correction_rate")
    assert g.scope_kind != "higher"


def test_matters_put_into_next_years_catalogue_are_not_this_years_published() -> None:
    assert _found("相关事项将纳入下一年度重大行政决策事项目录并向社会公开。", TOWN_2023, "major_decision_catalogue_published") == []
    [f] = _found("镇政府年初在门户网站公开年度重大行政决策事项目录。", TOWN_2023, "major_decision_catalogue_published")
    assert not f.negated and not f.requirement


def test_those_of_the_catalogue_decided_are_not_its_count() -> None:
    body = ("年度重大行政决策事项目录于3月向社会公布，共纳入重大行政决策事项7项。"
            "目录内事项均按照法定程序推进，其中5项已作出决策并组织实施，2项按计划转入下一年度。")
    assert [f.value for f in _found(body, COUNTY_2023, "major_decisions_count")] == [7]


def test_each_sessions_count_before_the_years_total_past_a_semicolon_is_not_the_count() -> None:
    body = ("邀请县司法局负责同志为镇领导班子作专题法治讲座一次；年底前又邀请镇法律顾问举办讲座一次，"
            "全年镇领导班子法治专题讲座共两次。")
    assert [f.value for f in _found(body, TOWN_2023, "leadership_law_lectures")] == [2]


def test_the_countys_case_system_reaching_the_town_is_the_towns() -> None:
    for body in ("县统一综合执法办案系统已延伸覆盖到镇，执法队办理的案件全部在系统中流转。",
                 "县综合执法办案平台在我镇全面运行，执法队办理的案件从立案到结案全部网上流转。"):
        [f] = _found(body, TOWN_2023, "unified_enforcement_system")
        assert not f.negated and not f.requirement


def test_a_hearing_named_as_the_time_of_a_miss_is_not_a_heard_count() -> None:
    body = ("乡政府作为被告的行政诉讼案件2件，法院开庭审理2件；因其中1件开庭时乡长正在县里参加会议，由委托的律师出庭，"
            "另1件由乡长亲自出庭应诉，即行政机关负责人出庭应诉1件。")
    assert [f.value for f in _found(body, TOWN_2023, "court_cases_heard")] == [2]
    assert [(f.value, f.derived) for f in _found(body, TOWN_2023, "court_appearance_rate")] == [(50, True)]
    # the cases heard, and at their hearing the heads appeared: still those heard
    assert [f.value for f in _found("两宗案件开庭时，街道分管负责同志均到庭应诉。", TOWN_2023, "court_cases_heard")] == [2]


def test_a_bureaus_station_named_after_its_bureau_is_the_unit_short() -> None:
    [f] = _found("其中局属建设工程质量安全监督站尚未配备专职法制审核人员。", DEPARTMENT_2021, "legal_review_staff_ratio")
    assert f.negated and f.scope_kind == "unit" and f.scope == "建设工程质量安全监督站"


def test_a_tourism_disputes_rate_is_not_the_peoples_mediation_rate() -> None:
    body = "坚持调解优先，通过与县人民调解委员会建立旅游纠纷联调机制，旅游纠纷调解成功率达到95%以上。"
    assert _found(body, DEPARTMENT_2021, "mediation_success_rate") == []


def test_some_fields_catalogued_so_far_is_not_the_standards_done() -> None:
    body = "按照县里统一部署编制镇级政务公开事项目录，目前已完成就业、社会救助、扶贫等领域目录的编制。"
    [f] = _found(body, TOWN_2023, "grassroots_openness_standards")
    assert f.negated and not f.requirement
    # the fields it covers, named after the catalogue done: done
    [f] = _found("完成镇级政务公开事项标准目录编制，覆盖就业、社会救助、扶贫等领域。", TOWN_2023, "grassroots_openness_standards")
    assert not f.negated


def test_the_head_and_the_rest_of_the_team_each_counted_are_summed() -> None:
    body = "镇政府被诉行政案件7件，法院开庭审理6件，镇长出庭2件，其他班子成员出庭3件。"
    [heads] = _found(body, TOWN_2023, "heads_in_court_count")
    assert (heads.value, heads.derived) == (5, True)
    [rate] = _found(body, TOWN_2023, "court_appearance_rate")
    assert rate.derived and rate.value == Fraction(250, 3)


def test_the_stations_heads_named_after_a_coverage_short_are_its_scope() -> None:
    body = "三是法治专题脱产培训覆盖面不够，镇派出站所负责人尚未参加法治专题脱产培训，依法行政能力参差不齐。"
    [f] = _found(body, TOWN_2023, "head_offjob_training")
    assert f.negated and (f.scope_kind, f.scope) == ("part", "镇派出站所负责人")
    # a miss of the team's, then another act the stations' heads have not done: the team's
    [f] = _found("班子成员全年未能参加法治专题脱产培训，站所负责人述法尚未全面推开。", TOWN_2023, "head_offjob_training")
    assert f.negated and f.scope_kind == ""


def test_a_share_in_tenths_after_its_share_word_is_read() -> None:
    [f] = _found("执法力量向一线下沉，一线执法人员占比九成以上。", TOWN_2023, "frontline_enforcement_share")
    assert (f.value, f.bound) == (90, "at_least")


def test_a_system_on_trial_in_some_towns_is_not_yet_everywhere() -> None:
    body = "县级统一综合执法办案系统已建成，目前在城关镇、胡襄镇等4个乡镇先行试运行，尚未在全县范围全面推开。"
    [f] = _found(body, COUNTY, "unified_enforcement_system")
    assert f.negated


def test_acts_not_revoked_by_the_reconsideration_organ_are_no_corrections() -> None:
    body = "全年以镇政府为被申请人的行政复议案件2件，复议机关均作出了维持决定，镇政府作出的具体行政行为未被复议机关撤销、变更或确认违法。"
    [f] = _found(body, TOWN_2023, "reconsideration_correction_rate")
    assert f.value == 0


def test_the_paragraphs_only_heard_count_gives_the_rate_of_a_later_total() -> None:
    body = ("全年以我局为被告的行政诉讼案件4件，4件均已开庭审理。收到起诉状后，局政策法规股认真研究案情，在法定期限内提交答辩状。"
            "局长出庭应诉1件、分管副局长出庭应诉2件，负责人共出庭应诉3件；另1件由局政策法规股负责人和法律顾问出庭。")
    [rate] = _found(body, DEPARTMENT_2021, "court_appearance_rate")
    assert (rate.value, rate.derived) == (75, True)
    # two counts of the cases heard in the paragraph: which one is meant is not said
    body = ("以局为被告的行政诉讼案件4件，其中开庭审理3件，另有行政复议转诉案件开庭审理2件。收到起诉状后，局里认真研究案情。"
            "局负责人共出庭应诉2件。")
    assert _found(body, DEPARTMENT_2021, "court_appearance_rate") == []


def test_a_word_before_the_term_after_among_is_no_scope() -> None:
    [f] = _found("执法队现有执法人员9名，其中在一线从事巡查执法的人员占比80%以上。", TOWN_2023, "frontline_enforcement_share")
    assert f.scope_kind == ""


def test_towns_listed_after_a_time_word_are_named_without_it() -> None:
    body = "区政府启动覆盖区直执法部门和乡镇（街道）的综合行政执法办案系统建设，目前已在南岳镇、寿岳乡先行试运行，区直部门接入工作正在推进中。"
    [f] = _found(body, COUNTY, "unified_enforcement_system")
    assert f.negated and (f.scope_kind, f.scope) == ("part", "南岳镇、寿岳乡")


# --- forms of sets ACG–ACJ ----------------------------------------------------------------------
def test_a_report_published_within_the_time_limit_is_not_late() -> None:
    body = "旗政府2021年度法治政府建设情况报告已于3月下旬在旗政府门户网站公开，未超过规定时限。"
    [f] = _found(body, BANNER_2022, "annual_report_published")
    assert not f.negated
    body = "旗政府2021年度法治政府建设情况报告于5月在旗政府门户网站公开，超过规定时限。"
    [f] = _found(body, BANNER_2022, "annual_report_published")
    assert f.negated


def test_a_share_said_to_have_nothing_to_do_with_openness_is_not_its_weight() -> None:
    body = "乡党委将法治建设成效纳入村级年度考核，分值占考核总分的8%，这一比例是村级考核中的法治分值，与政务公开无关。"
    assert _found(body, TOWN_2023, "gov_openness_weight") == []


def test_the_one_case_s_head_in_court_as_the_organ_s_head() -> None:
    body = ("以苏木政府为被告的行政诉讼案件1件，系牧户因草场确权边界争议起诉苏木政府，人民法院依法开庭审理，"
            "苏木达作为行政机关负责人亲自出庭应诉，并在庭审中发表意见。")
    [f] = _found(body, SUMU_2022, "heads_in_court_count")
    assert f.value == 1


def test_a_report_published_only_in_april_is_late() -> None:
    body = "三、存在的问题\n二是镇政府《2021年度法治政府建设年度报告》迟至4月才在网站公开，年度报告未能按时公开。"
    [f] = _found(body, TOWN_2023, "annual_report_published")
    assert f.negated


def test_the_county_s_lawsuits_in_a_town_s_report_are_the_county_s() -> None:
    body = "同时，镇政府积极配合县政府办理以县政府为被告的涉及本镇的行政诉讼案件4件，按时提交答辩材料和证据。"
    [f] = _found(body, TOWN_2023, "admin_litigation_cases")
    assert (f.scope_kind, f.scope) == ("higher", "县政府")


def test_a_count_before_the_lectures_and_the_rule_after_them() -> None:
    body = ("三、存在的问题\n一是领导干部学法的深度和广度还不够，受疫情防控和脱贫攻坚任务影响，全年只举办了1期法治专题讲座，"
            "达不到每年2期的要求，乡主要负责人也未能参加法治专题脱产培训。")
    [f] = _found(body, TOWN_2023, "leadership_law_lectures")
    assert (f.value, f.negated) == (1, True)


def test_when_a_hearing_was_set_is_not_a_hearing_counted() -> None:
    body = "因1件案件开庭时间与县上防汛抢险工作冲突，负责人未能出庭，由委托代理人和法律顾问出庭应诉。"
    assert _found(body, COUNTY_BUREAU, "court_cases_heard") == []


def test_lectures_at_school_are_not_the_leadership_s() -> None:
    body = "针对青少年群体，乡政府联合辖区学校开展“法治进校园”活动，由乡司法所工作人员担任法治副校长，开展法治讲座3场次。"
    assert _found(body, TOWN_2023, "leadership_law_lectures") == []


def test_a_rule_of_once_a_year_is_no_count_of_the_year() -> None:
    body = "县政府印发《测试县行政机关负责人出庭应诉工作办法》，明确被诉行政机关正职负责人每年至少出庭应诉1次，出庭情况由县司法局每季度汇总通报一次。"
    [f] = _found(body, COUNTY_2023, "heads_in_court_count")
    assert (f.value, f.bound, f.requirement) == (1, "at_least", True)


def test_the_rules_about_a_catalogue_are_not_the_catalogue() -> None:
    body = "因上级关于乡镇重大行政决策目录管理的具体要求尚在细化中，镇本级年度重大行政决策事项目录编制工作仍在进行，尚未向社会公布。"
    found = _found(body, TOWN_2023, "major_decision_catalogue_published")
    assert [(f.negated, f.requirement) for f in found] == [(True, False)]


def test_the_case_heard_in_a_month_with_the_head_in_court() -> None:
    body = ("以乡政府为被告的行政诉讼案件1件，系村民因宅基地审批事项提起的诉讼，案件于9月开庭审理，乡长亲自出庭应诉，"
            "并在庭审中就案件事实和处理依据进行了陈述。")
    [f] = _found(body, TOWN_2023, "heads_in_court_count")
    assert f.value == 1


AGRI_BUREAU = "测试县农业农村局2022年法治政府建设年度报告\n2022年，本局坚持依法行政，全面推进法治政府建设。\n"


def test_items_put_into_the_catalogue_are_a_done_act() -> None:
    body = "今年2月底，镇政府将经党政联席会议研究确定的2项重大行政决策事项编入年度目录，并在县政府门户网站乡镇专栏向社会公布。"
    [f] = _found(body, TOWN_2025, "major_decisions_count")
    assert (f.value, f.requirement) == (2, False)


def test_officers_not_yet_skilled_with_the_system_is_no_shortfall_of_the_system() -> None:
    body = "三、存在的问题\n六是执法信息化应用水平还不高，部分执法人员对综合执法办案系统的操作还不够熟练，网上办案的效率有待提高。"
    assert _found(body, TOWN_2025, "unified_enforcement_system") == []


def test_land_contract_disputes_mediated_are_not_people_s_mediation() -> None:
    body = "指导各乡镇调解土地承包纠纷41件，调解成功率95.1%，有效维护了农村土地承包关系稳定。"
    assert _found(body, AGRI_BUREAU, "mediation_success_rate") == []


def test_a_catalogue_still_being_revised_and_no_new_documents() -> None:
    body = "三、存在的问题\n四是基层政务公开标准目录仍在修订完善中，政务公开的规范化水平有待提高。"
    [f] = _found(body, TOWN_2023, "grassroots_openness_standards")
    assert f.negated
    [f] = _found("2023年镇政府无新制发的行政规范性文件，原有的1件规范性文件经评估后已于年中宣布失效。", TOWN_2023, "normative_docs_count")
    assert f.value == 0


def test_lectures_held_one_each_in_two_months_are_the_year_s_total() -> None:
    body = "3月和9月，镇党政领导班子分别举办法治专题讲座一期，全年共两期，先后邀请县司法局负责同志进行辅导。"
    [f] = _found(body, TOWN_2023, "leadership_law_lectures")
    assert f.value == 2


def test_the_planned_class_missed_is_a_shortfall_not_a_plan() -> None:
    body = ("今年计划安排的乡主要负责人法治专题脱产培训，因受新冠肺炎疫情影响，县级集中培训班次调整，"
            "乡主要负责人未能参加法治专题脱产培训。")
    [f] = _found(body, TOWN_2023, "head_offjob_training")
    assert (f.negated, f.requirement) == (True, False)


def test_a_catalogue_not_published_to_this_day() -> None:
    body = "三、存在的问题\n一是依法决策的程序意识还需加强，年度重大行政决策事项目录编制启动晚，至今没有向社会公开。"
    [f] = _found(body, TOWN_2023, "major_decision_catalogue_published")
    assert f.negated


def test_a_part_s_heading_admitting_a_shortfall_its_items_say_again() -> None:
    body = ("二、坚持依法决策，重大决策事项目录公开仍有欠缺\n（一）重大行政决策程序规范运行。全年镇政府作出重大行政决策事项4项。\n"
            "（二）目录管理。今年镇重大行政决策事项目录编制工作启动较晚，目录虽已形成初稿，但截至目前尚未向社会公开。")
    found = _found(body, TOWN_2023, "major_decision_catalogue_published")
    assert [(f.negated, "初稿" in f.quote) for f in found] == [(True, True)]


def test_the_villages_part_still_under_way_undoes_the_township_s_claim() -> None:
    body = "按照基层政务公开标准化规范化要求，乡本级政务公开事项标准目录已经编制完成，3个行政村的村级公开事项目录正在梳理之中。"
    [f] = _found(body, TOWN_2023, "grassroots_openness_standards")
    assert f.negated
    body = "三、存在的问题\n一是部分执法人员特别是新入职人员业务和法律素养不高，个别人员法律知识培训学时仍有欠缺。"
    [f] = _found(body, TOWN_2023, "enforcement_training_hours")
    assert f.negated


def test_documents_drafted_for_the_county_are_not_the_bureau_s() -> None:
    body = "此外，本局还牵头代拟了以县政府办公室名义印发的规范性文件2件，由县政府办公室按程序制发和报备，不计入本局制发数量。"
    assert _found(body, COUNTY_BUREAU, "normative_docs_count") == []


def test_the_city_system_s_praise_rate_is_not_a_county_bureau_s() -> None:
    [f] = _found("全市住建系统的政务服务好评率为99.7%。", COUNTY_BUREAU, "service_praise_rate")
    assert (f.scope_kind, f.scope) == ("other", "全市住建系统")


def test_the_manner_of_reports_given_is_no_plan_that_they_are() -> None:
    body = "局党组对述法中反映出的问题进行了汇总梳理，形成整改清单，逐项明确整改责任和时限，确保述法不走过场、见到实效。"
    assert _found(body, COUNTY_BUREAU, "leaders_report_on_rule_of_law") == []


def test_quotas_never_set_and_not_allowed_are_a_rule_kept() -> None:
    [f] = _found("乡里没有也不允许对执法中队设定罚没任务，执法中队罚没款项全部按规定缴入县级国库。", TOWN_2023, "no_fine_quotas")
    assert (f.negated, f.requirement) == (False, False)


def test_heads_not_in_court_for_every_case_said_in_words_is_a_shortfall() -> None:
    body = "三、存在的问题\n四是行政机关负责人出庭应诉尚未做到应出尽出。"
    [f] = _found(body, TOWN_2023, "court_appearance_rate")
    assert f.negated and f.value is None
    body = "三、存在的问题\n三是行政应诉中负责人出庭应诉还未做到每案必出，应诉能力有待提高。"
    [f] = _found(body, TOWN_2023, "court_appearance_rate")
    assert f.negated


def test_a_year_said_of_none_before_does_not_date_the_next_sentence() -> None:
    body = ("本年度，以镇人民政府为被申请人的行政复议案件有1件，经县人民政府审理作出维持决定。2020年镇政府没有作为被申请人的复议案件。"
            "以镇政府为被告的行政诉讼案件有2件，2件案件法院均已开庭审理，其中1件镇长亲自出庭应诉。")
    [f] = _found(body, TOWN_2023, "admin_litigation_cases")
    assert f.year in (None, 2023)


def test_study_organised_before_the_meeting() -> None:
    [f] = _found("乡党政班子会议召开前组织集中学法十次，学习内容包括《中华人民共和国民法典》等。", TOWN_2023, "pre_meeting_law_study")
    assert f.value == 10


def test_a_count_of_this_year_and_a_count_said_with_no_year_make_a_rate() -> None:
    body = ("今年，苏木结合草原生态保护工作需要，制定出台《测试苏木草原禁牧休牧管理实施办法》，这是苏木本年度制发的唯一1件行政规范性文件。"
            "该文件经旗司法局合法性审核、苏木党政联席会议审议后以苏木人民政府名义印发，并在印发后报旗人民政府备案1件。")
    [rate] = _found(body, SUMU_2022, "normative_doc_filing_rate")
    assert (rate.value, rate.derived) == (100, True)
    [filed] = _found(body, SUMU_2022, "normative_docs_filed")
    assert filed.scope_kind == ""  # the justice bureau reviewed it; the count is the sumu's


def test_a_justice_bureau_that_files_the_government_s_documents_is_not_whose_count() -> None:
    body = "县政府全年制发行政规范性文件11件，县司法局对每件文件均进行了合法性审核，11件文件均按规定报送市政府和县人大常委会备案。"
    [filed] = _found(body, COUNTY_JUSTICE, "normative_docs_filed")
    assert (filed.value, filed.scope_kind) == (11, "")
    body = "全县各行政执法部门法制审核人员占本部门执法人员比例均达到5%，其中县司法局法制审核人员占比达到12.5%。"
    own = [f for f in _found(body, COUNTY_2023, "legal_review_staff_ratio") if f.value == Fraction(25, 2)]
    assert [(f.scope_kind, f.scope) for f in own] == [("unit", "县司法局")]


def test_titles_studied_do_not_push_the_count_out_of_reach() -> None:
    body = ("旗政府坚持会前学法制度，全年在旗政府常务会议前集中学习《中华人民共和国行政复议法》（2023年修订）、"
            "《中华人民共和国草原法》、《优化营商环境条例》等法律法规16次，较2022年的12次有所增加。")
    [f] = _found(body, BANNER_2022, "pre_meeting_law_study")
    assert f.value == 16
    body = ("全年坚持“一会一学”，在班子会前集中学习《中华人民共和国宪法》《中华人民共和国行政复议法》"
            "《中华人民共和国黄河保护法》《信访工作条例》等法律法规18次。")
    [f] = _found(body, TOWN_2023, "pre_meeting_law_study")
    assert f.value == 18


# --- forms of sets ACC–ACF ----------------------------------------------------------------------
def test_the_city_s_target_is_the_city_s() -> None:
    body = "市里提出的2024年公文主动公开率目标为60%，我旗将对标落实。"
    [f] = _found(body, BANNER_2022, "document_disclosure_rate")
    assert f.scope_kind == "higher"


def test_the_government_s_lawsuits_in_a_bureau_s_report_are_the_government_s() -> None:
    body = "此外，本局还配合县政府办理了以县人民政府为被告的土地征收类行政诉讼案件4件。"
    [f] = _found(body, COUNTY_BUREAU, "admin_litigation_cases")
    assert (f.scope_kind, f.scope) == ("higher", "县人民政府")
    [f] = _found("全年以本局为被告的行政诉讼案件3件。", COUNTY_BUREAU, "admin_litigation_cases")
    assert f.scope_kind == ""


# --- forms of sets ABY–ACB ----------------------------------------------------------------------
def test_the_justice_bureau_documents_went_to_is_not_whose_count() -> None:
    body = "镇政府本年度制发规范性文件1件。文件公布后，镇政府按规定将其报送县司法局备案1件。"
    [f] = _found(body, TOWN_2023, "normative_docs_filed")
    assert (f.value, f.scope_kind) == (1, "")
    body = "全年以局名义制发行政规范性文件4件，报送市司法局备案4件，备案率100%；"
    [f] = _found(body, COUNTY_BUREAU, "normative_docs_filed")
    assert (f.value, f.scope_kind) == (4, "")


# --- forms of sets ABU–ABX ----------------------------------------------------------------------
BANNER_TRANSPORT = "测试旗交通运输局2022年法治政府建设工作报告\n2022年，本局坚持依法行政，全面推进法治政府建设。\n"
BANNER_MARKET = "测试旗市场监督管理局2021年法治政府建设工作报告\n2021年，本局坚持依法行政，全面推进法治政府建设。\n"


def test_the_banner_s_and_the_city_system_s_loss_rates_are_not_a_bureau_s() -> None:
    [f] = _found("全旗全年行政诉讼败诉率为7.9%，我局败诉率高于全旗平均水平。", BANNER_TRANSPORT, "litigation_loss_rate")
    assert f.scope_kind == "higher"
    [f] = _found("全市自然资源系统本年度行政诉讼败诉率为8.5%。", BANNER_TRANSPORT, "litigation_loss_rate")
    assert f.scope_kind in ("higher", "other")


def test_reports_said_to_list_work_and_skip_problems_are_no_reports_given() -> None:
    body = ("三、存在的问题\n一是全县法治政府建设发展不平衡，部分部门对法治建设重视不够，有的单位主要负责人对法治建设亲自研究、"
            "亲自部署不够，述法内容重工作罗列、轻问题剖析。")
    assert _found(body, COUNTY_JUSTICE, "leaders_report_on_rule_of_law") == []


def test_one_station_named_is_a_part_of_the_bureau() -> None:
    body = "三、存在的问题\n二是法制审核力量不均衡，棋盘井市场监管所尚未配备专职法制审核人员，法制审核人员占比未达到5%。"
    [f] = _found(body, BANNER_MARKET, "legal_review_staff_ratio")
    assert (bool(f.negated), f.scope_kind, f.scope) == (True, "part", "棋盘井市场监管所")
    body = "全年未以任何形式向各市场监管所和执法大队下达罚没任务，执法人员考核与罚没金额完全脱钩。"
    [f] = _found(body, BANNER_MARKET, "no_fine_quotas")
    assert f.scope_kind == ""


def test_heads_in_court_a_hundred_per_cent_in_words_is_the_rate() -> None:
    plan = "四、2024年工作打算\n对开庭审理的案件，镇主要负责人或分管负责人百分之百出庭应诉，并做到出庭又出声；"
    [f] = _found(plan, TOWN_2023, "court_appearance_rate")
    assert (f.value, f.requirement) == (100, True)


# --- forms of sets ABQ–ABT ----------------------------------------------------------------------
SUMU_2022 = "测试旗沙金苏木人民政府关于2022年法治政府建设情况的报告\n2022年，苏木党委、政府坚持依法行政，全面推进法治政府建设。\n"


def test_a_sumu_s_heads_each_then_their_total_is_the_total() -> None:
    body = ("以苏木人民政府为被告的行政诉讼案件2件，2件案件均已开庭审理，苏木达出庭应诉1件，分管副苏木达出庭应诉1件，"
            "负责人出庭应诉2件。")
    assert [f.value for f in _found(body, SUMU_2022, "heads_in_court_count")] == [2]
    [r] = _found(body, SUMU_2022, "court_appearance_rate")
    assert (r.value, r.derived) == (100, True)
    body = ("以苏木政府为被告的行政诉讼案件2件，均已开庭审理，2件案件苏木行政机关负责人均出庭应诉，"
            "其中苏木达出庭1件、分管副苏木达出庭1件。")
    assert [f.value for f in _found(body, SUMU_2022, "heads_in_court_count")] == [2]


def test_a_catalogue_not_compiled_is_not_published() -> None:
    body = "但苏木尚未编制年度重大行政决策事项目录，决策事项的目录化管理仍未开展。"
    [f] = _found(body, SUMU_2022, "major_decision_catalogue_published")
    assert f.negated
    body = "编制完成2022年度重大行政决策事项目录，报苏木党委会议审定。"
    assert _found(body, SUMU_2022, "major_decision_catalogue_published") == []


def test_counted_officers_each_at_sixty_beside_newcomers_short_are_a_part() -> None:
    body = ("队伍中18名在编队员全年参加法律知识培训均达到60学时以上，培训内容包括行政处罚法、行政强制法等。\n"
            "三、存在的问题\n一是执法能力有待提升，3名新入职的执法队员因取得执法证件时间较晚，全年法律知识培训学时未能达到60学时。")
    figs = _found(body, TOWN_2025, "enforcement_training_hours")
    assert [(f.value, f.scope_kind, f.scope) for f in figs][0] == (60, "part", "18名在编队员")


def test_towns_covered_beside_departments_inspected_are_the_towns_coverage() -> None:
    body = ("围绕法治政府建设年度重点任务落实等，对6个苏木镇和19个旗直部门开展法治督察，实现对苏木镇法治督察全覆盖，"
            "发现问题43个，已整改完成39个，其余4个问题正在按计划推进整改。")
    assert _found(body, BANNER_2022, "department_inspection_coverage") == []
    [f] = _found(body, BANNER_2022, "rule_of_law_inspection_coverage")
    assert not f.negated


def test_consumer_complaints_and_a_property_disputes_station_are_no_such_rates() -> None:
    body = "配合旗消费者协会在镇区开展消费维权活动，受理消费投诉93件，和解率96.8%（该数据为旗消协统计口径）。"
    assert _found(body, TOWN_2023, "reconsideration_mediation_rate") == []
    body = ("在局物业管理股设立物业纠纷调处工作站，联合社区调处物业服务、房屋质量、邻里漏水等纠纷，"
            "全年调处物业纠纷143件，调处成功率95.1%。")
    assert _found(body, COUNTY_BUREAU, "mediation_success_rate") == []


def test_a_case_heard_whose_head_could_not_attend_is_a_shortfall() -> None:
    body = "三、存在的问题\n今年的行政诉讼案件中有1件开庭时镇政府负责人未能出庭，负责人出庭应诉的意识还需要进一步增强。"
    [f] = _found(body, TOWN_2023, "court_appearance_rate")
    assert f.negated


def test_units_short_of_the_share_after_those_that_meet_it() -> None:
    body = ("全县32个行政执法单位中，29个单位法制审核人员占本单位执法人员的比例达到5%以上；县交通运输局、县卫生健康委员会、"
            "县文化旅游广电局3个单位因人员退休和岗位调整，尚未达到5%的要求，已督促其年内补齐。")
    figs = _found(body, COUNTY_2023, "legal_review_staff_ratio")
    assert [(f.value, bool(f.negated), f.scope) for f in figs] == [(5, False, "29个单位"), (None, True, "3个单位")]
    body = "全县32个行政执法单位中，29个单位法制审核人员占本单位执法人员的比例达到5%以上，县交通运输局等3个单位尚未达到5%的要求。"
    assert len([f for f in _found(body, COUNTY_2023, "legal_review_staff_ratio") if f.negated]) == 1


def test_no_decision_corrected_said_as_none_is_zero() -> None:
    body = "全年以县水利局为被申请人的行政复议案件1件，县政府经审理维持了我局的决定，全年行政复议被纠错案件为零。"
    [f] = _found(body, COUNTY_BUREAU, "reconsideration_correction_rate")
    assert f.value == 0
    body = "镇政府在法定期限内提交答复书和证据材料，县政府经审理维持了原行政行为，镇政府全年行政复议被纠错为零。"
    [f] = _found(body, TOWN_2023, "reconsideration_correction_rate")
    assert f.value == 0


# --- forms of sets ABM–ABP ----------------------------------------------------------------------
def test_matters_in_litigation_handled_by_counsel_are_no_decisions() -> None:
    body = ("法律顾问全程参与重大项目谈判、信访积案化解和重大行政决策论证，全年出具法律意见书187份，"
            "参与处置涉法涉诉事项29件，有效防范了政府法律风险。")
    assert _found(body, COUNTY_2023, "major_decisions_count") == []


def test_the_city_level_average_is_the_city_s() -> None:
    body = "乌兰察布市营商环境评价中，我旗政务服务指标排名位列全市第三，市级同类指标平均好评率为99.5%。"
    [f] = _found(body, BANNER_2022, "service_praise_rate")
    assert f.scope_kind == "higher"


def test_a_system_launched_whose_town_end_is_still_being_tuned_falls_short_there() -> None:
    body = "县级统一综合执法办案系统已于9月上线，目前县本级执法部门已全部接入，各乡镇执法端正在调试，尚未实现全县统一办案。"
    [f] = _found(body, COUNTY_2023, "unified_enforcement_system")
    assert (bool(f.negated), f.scope_kind) == (True, "part")
    body = "县级统一综合执法办案系统已于9月上线，县乡两级执法部门已全部接入。"
    [f] = _found(body, COUNTY_2023, "unified_enforcement_system")
    assert not f.negated
    body = ("覆盖县乡两级的统一综合行政执法办案系统已完成需求论证和招标采购，目前在县城市管理、市场监管两个领域试运行，"
            "尚未延伸至各乡镇。")
    [f] = _found(body, COUNTY_2023, "unified_enforcement_system")
    assert f.negated


def test_officers_transferred_in_not_yet_at_sixty_hours_are_a_part() -> None:
    body = ("全年8名执法人员中，6名达到年度法律知识培训60学时以上；另有2名于10月从镇农牧业综合服务站转隶到执法队的人员，"
            "因到岗时间较晚，全年培训学时尚未满60学时。")
    figs = _found(body, TOWN_2023, "enforcement_training_hours")
    assert [(bool(f.negated), f.scope_kind) for f in figs] == [(False, "part"), (True, "part")]
    body = "经统计，全县1046名在岗行政执法人员中，仍有37人年度法律知识培训未满60学时，主要集中在乡镇新转岗人员。"
    [f] = _found(body, COUNTY_JUSTICE, "enforcement_training_hours")
    assert (bool(f.negated), f.scope_kind, f.scope) == (True, "part", "37人")
    body = "受执法任务繁重影响，有3名执法人员脱产学习时间不足，全年培训学时未满60学时。"
    assert _found(body, COUNTY_BUREAU, "head_offjob_training") == []


def test_the_catalogue_named_again_at_a_sentence_start_is_its_act() -> None:
    body = ("结合本镇实际，将2个事项纳入2021年度重大行政决策事项目录，分别为集镇区供排水管网改造项目实施方案、"
            "全镇高标准农田建设项目区土地调整方案。目录经镇党政联席会议研究确定后，于4月在旗政府门户网站向社会公布。")
    [f] = _found(body, TOWN_2023, "major_decision_catalogue_published")
    assert not f.negated and f.quote.startswith("目录经")
    other = "镇政务公开标准目录编制完成。目录经镇党政联席会议审定后，于4月在旗政府门户网站向社会公布。"
    assert _found(other, TOWN_2023, "major_decision_catalogue_published") == []


def test_both_documents_named_one_filed_the_other_not() -> None:
    body = ("全年镇政府制发行政规范性文件2件，分别为《测试镇人居环境长效管护办法》和《测试镇门前三包管理规定》。"
            "上述文件均经过司法所初审和镇政府常务会议审议，其中《测试镇人居环境长效管护办法》已于印发后按规定报旗司法局备案；"
            "《测试镇门前三包管理规定》因经办人员对备案时限把握不准，截至年底尚未报送备案。")
    [f] = _found(body, TOWN_2023, "normative_docs_filed")
    assert f.value == 1
    [r] = _found(body, TOWN_2023, "normative_doc_filing_rate")
    assert (r.value, r.derived) == (50, True)


# --- forms of sets ABI–ABL ----------------------------------------------------------------------
BANNER_2022 = "苏尼特右旗人民政府关于2022年法治政府建设情况的报告\n2022年，旗政府坚持依法行政，全面推进法治政府建设。\n"


def test_a_system_still_on_trial_or_being_deployed_is_not_built() -> None:
    for body in ("三、存在的问题\n三是覆盖县乡两级的统一综合行政执法办案系统尚在试运行阶段，部分执法数据仍需人工录入。",
                 "三、存在的问题\n三是覆盖旗本级和苏木镇的统一综合执法办案系统尚在部署调试，还未投入运行，执法信息化水平与上级要求有差距。",
                 "三、存在的问题\n三是统一综合执法办案系统目前正在部署，还未投入运行。"):
        [f] = _found(body, BANNER_2022, "unified_enforcement_system")
        assert f.negated, body


def test_both_halves_said_before_a_figure_leave_it_the_year_s() -> None:
    body = ("受疫情影响，上半年集中学习活动较少，下半年逐步恢复正常。"
            "乡党委理论学习中心组邀请县司法局同志举办民法典专题法治讲座1期，乡村两级干部参加学习。")
    [f] = _found(body, TOWN_2023, "leadership_law_lectures")
    assert (f.value, f.period) == (1, "")
    body = ("全年旗政府受理行政复议案件11件，上半年受理5件，下半年受理6件，审结11件，其中维持5件、驳回1件、撤销1件、"
            "确认违法1件、调解和解3件，纠错率18.2%，调解和解率27.3%。")
    [f] = _found(body, BANNER_2022, "reconsideration_correction_rate")
    assert (float(f.value), f.period) == (18.2, "")
    body = "上半年受理行政复议案件5件，纠错率为20%。"
    [f] = _found(body, BANNER_2022, "reconsideration_correction_rate")
    assert f.period == "上半年"


def test_the_means_then_what_each_officer_got_is_done() -> None:
    body = ("坚持以案释法、以训促学，采取集中轮训、专题讲座、网上学法等形式，"
            "确保每名执法人员全年法律知识培训学时达到60学时以上。")
    [f] = _found(body, BANNER_2022, "enforcement_training_hours")
    assert (f.value, f.bound, f.requirement) == (60, "at_least", False)
    plan = "四、2023年工作打算\n健全执法人员常态化培训机制，确保每名执法人员全年法律知识培训不少于60学时。"
    [f] = _found(plan, BANNER_2022, "enforcement_training_hours")
    assert f.requirement


def test_towns_covered_with_a_sample_of_departments_are_no_departments_coverage() -> None:
    body = ("旗委全面依法治旗委员会办公室围绕法治政府建设重点任务，对7个苏木镇逐一开展法治督察，实现对苏木镇法治督察全覆盖，"
            "并随机抽取12个旗直部门开展专项督察，督察发现的27个问题已全部督促整改到位。")
    assert _found(body, BANNER_2022, "department_inspection_coverage") == []
    [f] = _found(body, BANNER_2022, "rule_of_law_inspection_coverage")
    assert not f.negated


def test_a_field_named_with_shortcomings_is_not_done() -> None:
    body = ("评估认为，全旗法治政府建设主要目标任务基本完成，但在行政复议体制改革、基层执法能力、执法协调监督体系等方面"
            "仍存在短板，需在“十四五”时期重点加以解决。")
    assert all(f.negated for f in _found(body, BANNER_2022, "reconsideration_system_reform"))


def test_people_short_in_one_clause_are_not_the_system_s_scope() -> None:
    body = ("三、存在的问题\n执法队新组建，执法人员业务水平参差不齐，部分执法人员法律知识培训未达到60学时，"
            "统一综合行政执法办案系统尚在试运行，网上办案还不熟练。")
    [f] = _found(body, TOWN_2023, "unified_enforcement_system")
    assert (bool(f.negated), f.scope_kind) == (True, "")
    [g] = _found(body, TOWN_2023, "enforcement_training_hours")
    assert (bool(g.negated), g.scope_kind) == (True, "part")


def test_departments_inspected_not_yet_regularly_is_no_coverage_shortfall() -> None:
    for still in ("还未", "尚未"):
        body = (f"三、存在的问题\n四是法治督察工作的深度和广度还需拓展，对部分市直部门的督察{still}实现常态化，"
                "督察发现问题的跟踪问效机制还不够健全。")
        assert _found(body, COUNTY_2023, "department_inspection_coverage") == [], still


def test_newcomers_to_the_team_short_of_hours_are_a_part() -> None:
    body = ("三、存在的问题\n执法队员大多从其他岗位转岗而来，法制审核人员为兼职，审核能力有待提升；"
            "2名年中新调入执法队的人员全年法律知识培训未达到60学时。")
    [f] = _found(body, TOWN_2023, "enforcement_training_hours")
    assert (bool(f.negated), f.scope_kind) == (True, "part")


def test_no_reviewer_either_full_or_part_time_is_a_staff_shortfall() -> None:
    body = "执法队尚未配备专职或兼职法制审核人员，重大执法决定法制审核暂由苏木司法所协助把关。"
    [f] = _found(body, SUMU_2021, "legal_review_staff_ratio")
    assert f.negated


def test_units_whose_help_is_sought_are_not_the_scope() -> None:
    plan = "四、2022年工作打算\n积极争取旗委编办和旗司法局支持，确保执法队法制审核人员占执法人员的比例不低于5%；"
    [f] = _found(plan, SUMU_2021, "legal_review_staff_ratio")
    assert (f.requirement, f.scope_kind) == (True, "")
    plan = ("四、2023年工作打算\n积极争取县委编办、县人社局支持，充实执法监察大队和片区所执法力量，"
            "确保局机关和各片区自然资源所法制审核人员占执法人员比例均不低于5%；")
    [f] = _found(plan, COUNTY_BUREAU, "legal_review_staff_ratio")
    assert f.scope_kind != "unit"
    plan = "四、2024年工作打算\n积极配合县级部门推进统一综合执法办案系统在我镇部署应用；"
    [f] = _found(plan, TOWN_2023, "unified_enforcement_system")
    assert (f.requirement, f.scope_kind) == (True, "")


def test_no_case_as_respondent_said_plainly_is_zero() -> None:
    body = "2025年，苏木人民政府没有作为被申请人的行政复议案件。"
    [f] = _found(body, BANNER_TOWN_2025, "reconsideration_respondent_cases")
    assert f.value == 0


def test_a_case_heard_without_a_head_is_an_appearance_shortfall() -> None:
    for body in ("三、存在的问题\n四是负责人出庭应诉工作还有不足，4件开庭案件中有1件没有镇政府负责人出庭，出庭应诉工作的制度保障还不够有力。",
                 "三、存在的问题\n全年4件开庭审理的案件中，有1件街道负责人未出庭，在出庭应诉工作统筹安排上还需改进。"):
        [f] = _found(body, TOWN_2023, "court_appearance_rate")
        assert (f.value, bool(f.negated)) == (None, True), body
    body = "区政府建立了行政机关负责人出庭应诉情况季度通报制度，对2件负责人未出庭案件的责任单位进行了通报。"
    assert _found(body, COUNTY_2023, "court_appearance_rate") == []


def test_the_one_document_named_as_filed_beside_the_rest_not_filed_is_one() -> None:
    body = ("全年乡政府以本级名义制发行政规范性文件2件，分别为《查干库勒乡草原防火管理规定》和《查干库勒乡人居环境整治责任规定》。"
            "文件印发后在乡政务公开栏公布。其中，《查干库勒乡草原防火管理规定》已报送县司法局备案，"
            "另1件因经办人员对备案要求不熟悉，未及时报送备案，目前正在补报。")
    [f] = _found(body, TOWN_2023, "normative_docs_filed")
    assert (f.value, f.text) == (1, "《查干库勒乡草原防火管理规定》")
    body = ("全年制发行政规范性文件3件。其中，《测试镇草原防火管理规定》已报送县司法局备案，"
            "另1件未及时报送备案。")
    assert _found(body, TOWN_2023, "normative_docs_filed") == []  # 3 − 1 is not the one named


# --- forms of sets ABE–ABH ----------------------------------------------------------------------
EDU_BUREAU = "巴林左旗教育局2022年法治政府建设工作报告\n2022年，本局坚持依法行政，全面推进法治政府建设。\n"


def test_a_bureau_s_school_disputes_are_no_people_s_mediation() -> None:
    assert _found("全年调处家校纠纷、学生伤害事故纠纷等47件，调处成功率95.7%。", EDU_BUREAU, "mediation_success_rate") == []
    committee = "区教育纠纷人民调解委员会依法调处学生伤害事故、家校矛盾等纠纷，全年受理纠纷47件，调解成功45件，调解成功率95.7%。"
    assert [float(f.value) for f in _found(committee, EDU_BUREAU, "mediation_success_rate")] == [95.7]


def test_the_review_said_not_deep_enough_is_no_staff_shortfall() -> None:
    body = ("三、存在的问题\n一是法制审核力量较弱，本局仅配备1名法制审核人员，且兼任政策法规股其他工作，"
            "对执法案件和合同文件的审核深度不够。")
    assert _found(body, EDU_BUREAU, "legal_review_staff_ratio") == []


def test_the_lawsuit_still_pending_is_no_count() -> None:
    body = "四、2023年工作打算\n对年底尚在审理中的1件行政诉讼案件，认真做好后续应诉准备。"
    assert _found(body, EDU_BUREAU, "admin_litigation_cases") == []


def test_village_decisions_corrected_and_reports_used_in_assessment_say_nothing() -> None:
    body = "苏木包联领导定期参加嘎查重要会议，对会议决定事项进行把关，全年纠正嘎查不规范决策事项4项。"
    assert _found(body, SUMU_2021, "major_decisions_count") == []
    body = "镇党委将法治建设成效纳入对各社区和嘎查的年度目标考核，年中开展一次督导检查，年底结合述法情况综合评定。"
    assert _found(body, TOWN_2023, "leaders_report_on_rule_of_law") == []


def test_villages_named_gacha_with_a_count_are_a_part_and_their_secretaries_not_the_government() -> None:
    body = "三、存在的问题\n二是基层政务公开标准化推进不平衡，4个嘎查的政务公开标准目录仍在编制中，尚未完全落地。"
    [f] = _found(body, BANNER_TOWN_2025, "grassroots_openness_standards")
    assert (bool(f.negated), f.scope_kind, f.scope) == (True, "part", "4个嘎查")
    body = ("年终述职时，苏木党委书记、苏木达分别就履行推进法治建设第一责任人职责情况进行专题述法。"
            "8个嘎查党支部书记在年终述职中一并述法。")
    assert [(f.scope_kind, bool(f.negated)) for f in _found(body, SUMU_2021, "leaders_report_on_rule_of_law")] == [("", False)]


# --- forms of sets ABA–ABD ----------------------------------------------------------------------
BANNER_TOWN_2025 = "测试旗嵯岗镇人民政府关于2025年法治政府建设情况的报告\n2025年，嵯岗镇坚持依法行政，全面推进法治政府建设。\n"


def test_the_banner_named_bare_in_a_town_s_report_is_the_banner_s() -> None:
    body = "全年人民调解成功率为97.6%。旗人民调解成功率为98.1%，我镇略低于全旗平均水平。"
    assert [(float(f.value), f.scope_kind) for f in _found(body, BANNER_TOWN_2025, "mediation_success_rate")] == [(97.6, ""), (98.1, "higher")]


def test_the_sumu_head_missing_the_banner_s_class_is_a_shortfall() -> None:
    body = "今年下半年旗里组织的苏木镇负责人法治专题脱产培训班，因正值疫情防控关键时期，苏木达及分管领导未能参加，拟在明年补训。"
    [f] = _found(body, SUMU_2021, "head_offjob_training")
    assert bool(f.negated) is True


def test_documents_declared_void_are_no_documents_issued() -> None:
    body = "2025年，镇政府未以本机关名义制发行政规范性文件，对以往印发的各类文件开展集中梳理，宣布失效工作性文件11件。"
    assert [f.value for f in _found(body, TOWN_2025, "normative_docs_count")] == [0]


def test_a_topic_opened_then_said_undone_is_a_shortfall() -> None:
    body = "行政复议体制改革方面，旗级行政复议职责整合方案已起草完成，尚处于征求意见阶段，相关机构和人员划转工作还未落实。"
    [f] = _found(body, COUNTY_2023, "reconsideration_system_reform")
    assert bool(f.negated) is True


def test_a_reporting_rule_set_for_the_units_below_is_not_the_government_s_report() -> None:
    body = ("建立法治政府建设年度报告制度，要求各苏木镇、旗直各部门于每年1月底前向旗政府报告上一年度法治政府建设情况，"
            "并通过本单位网站或旗政府门户网站向社会公开。")
    assert _found(body, COUNTY_2023, "annual_report_published") == []


# --- forms of sets AAW–AAZ ----------------------------------------------------------------------
BANNER_2020 = "西乌珠穆沁旗人民政府关于2020年法治政府建设情况的报告\n2020年，旗政府坚持依法行政，全面推进法治政府建设。\n"


def test_the_league_s_service_centre_in_a_banner_s_report_is_the_league_s() -> None:
    body = "旗政务服务中心全年好评率为99.8%。盟政务服务中心同期好评率为99.4%。"
    assert [(float(f.value), f.scope_kind) for f in _found(body, BANNER_2020, "service_praise_rate")] == [(99.8, "unit"), (99.4, "higher")]


def test_a_bureau_s_arbitration_mediation_is_no_people_s_mediation() -> None:
    body = "本局依法承担农村牧区土地（草原）承包经营纠纷调解仲裁工作，全年受理草原承包经营纠纷15件，调解成功13件，调解成功率86.7%。"
    assert _found(body, BANNER_BUREAU, "mediation_success_rate") == []


def test_simulated_enforcement_and_a_plan_drawn_up_say_no_plan() -> None:
    body = ("（二）抓好执法人员培训。制定年度执法人员培训计划，组织执法人员参加业务培训和局内集中培训，"
            "采取专题授课、案卷评析、模拟执法等方式，每人全年累计培训不少于60学时。")
    [f] = _found(body, BANNER_BUREAU, "enforcement_training_hours")
    assert (f.value, f.bound, f.requirement) == (60, "at_least", False)
    rule = "（二）抓好执法人员培训。制定年度执法人员培训计划，确保每人全年累计培训不少于60学时。"
    assert [f.requirement for f in _found(rule, BANNER_BUREAU, "enforcement_training_hours")] == [True]


# --- forms of sets AAS–AAV ----------------------------------------------------------------------
BANNER_BUREAU = "乌拉特中旗水利局2025年法治政府建设工作报告\n2025年，本局坚持依法行政，全面推进法治政府建设。\n"


def test_a_bureau_s_item_put_in_the_government_s_catalogue_is_the_government_s_catalogue() -> None:
    body = ("三、坚持依法决策\n（一）规范重大行政决策。由本局承办的《地下水超采综合治理实施方案》1项重大行政决策事项，"
            "严格履行了公众参与、专家论证、风险评估、合法性审查和集体讨论决定程序，经旗政府常务会议审议通过后组织实施。"
            "该方案按规定列入旗人民政府年度重大行政决策事项目录，决策作出后，本局及时通过政府网站公开决策内容，"
            "并通过新闻发布、政策解读等方式向社会说明决策背景和主要措施。")
    assert [(f.scope_kind, f.scope) for f in _found(body, BANNER_BUREAU, "major_decision_catalogue_published")] == [("higher", "旗人民政府")]


def test_a_plan_to_make_the_most_of_a_system_is_no_plan_for_it() -> None:
    body = "五、2024年工作打算\n四是年内完成全旗监管数据与自治区“互联网+监管”系统全面联通，充分发挥行政执法协调监督工作体系作用，提升执法监督效能。"
    assert _found(body, COUNTY_JUSTICE, "enforcement_supervision_system") == []
    assert [f.requirement for f in _found(body, COUNTY_JUSTICE, "provincial_platform_data_link")] == [True]


SUMU_2021 = "测试旗萨麦苏木人民政府关于2021年法治政府建设情况的报告\n2021年，苏木党委、政府坚持依法行政，全面推进法治政府建设。\n"


def test_the_sumu_head_in_court_is_the_heads_count() -> None:
    for body in ("苏木政府作为被告的一审行政诉讼案件1件，该案已开庭审理，苏木达亲自出庭应诉，行政机关负责人出庭应诉率为100%。",
                 "以苏木政府为被告的行政诉讼案件2件，其中1件因原告起诉超过法定期限被人民法院裁定驳回起诉，未开庭审理；"
                 "另1件开庭审理，苏木达作为行政机关负责人出庭应诉。"):
        assert [f.value for f in _found(body, SUMU_2021, "heads_in_court_count")] == [1], body


def test_a_rate_stated_with_the_case_still_pending_is_not_missed() -> None:
    body = "该案已开庭审理，苏木达亲自出庭应诉，行政机关负责人出庭应诉率为100%，目前案件尚在审理之中，尚未作出判决。"
    [f] = _found(body, SUMU_2021, "court_appearance_rate")
    assert (f.value, bool(f.negated)) == (100, False)


def test_the_key_few_name_the_leadership_for_its_lectures() -> None:
    body = "三、存在的问题\n一是“关键少数”学法培训还不够到位。全年仅举办法治专题讲座1期，与上级要求还有差距。"
    assert [f.value for f in _found(body, TOWN_2023, "leadership_law_lectures")] == [1]


# --- forms of sets AAK–AAN ----------------------------------------------------------------------
def test_the_county_s_departments_on_average_in_a_bureau_s_report_are_not_its_own() -> None:
    body = "全年局务会会前学法16次。2020年，全县各部门局务会会前学法平均为12次，本局学法次数在县直部门中居于前列。"
    found = [(f.value, f.scope_kind) for f in _found(body, COUNTY_BUREAU, "pre_meeting_law_study")]
    assert found == [(16, ""), (12, "higher")]


def test_the_assessment_joined_with_the_heads_reports_is_no_report() -> None:
    body = ("乡领导班子成员在年度述职中同步述法。乡党委在年终考核中还专门听取了群众代表对乡领导班子成员依法履职情况的评价意见，"
            "将评价结果与述法情况结合起来，作为考核评价干部的重要参考。")
    assert [(f.requirement, bool(f.negated)) for f in _found(body, TOWN_2023, "leaders_report_on_rule_of_law")] == [(False, False)]


def test_the_other_one_heard_after_the_one_withdrawn_is_the_heard_count() -> None:
    body = "全年以乡政府为被告的行政诉讼案件2件，其中1件因原告撤诉未开庭，另1件由人民法院开庭审理，乡长出庭应诉1件。"
    assert [f.value for f in _found(body, TOWN_2023, "court_cases_heard")] == [1]
    assert [(f.value, f.derived) for f in _found(body, TOWN_2023, "court_appearance_rate")] == [(100, True)]


def test_the_other_one_withdrawn_after_the_hearing_is_no_heard_count() -> None:
    body = "其中1件已作出一审判决，驳回原告诉讼请求；另1件原告在开庭后主动申请撤诉，全年无一败诉。"
    assert _found(body, TOWN_2023, "court_cases_heard") == []


def test_documents_filed_late_said_in_other_words_are_a_filing_shortfall() -> None:
    for body in ("三、存在的问题\n（一）个别规范性文件印发后未能及时报县人民政府备案，制定前的调研论证也不够充分。",
                 "三、存在的问题\n（一）规范性文件报备不及时，制定前的调研论证和征求意见也不够充分。",
                 "三、存在的问题\n（一）规范性文件制定程序不够规范，个别文件报备滞后。"):
        [f] = _found(body, TOWN_2023, "normative_doc_filing_rate")
        assert (bool(f.negated), f.value) == (True, None), body


def test_plain_forms_of_sets_aak_to_aan_in_the_catalogue() -> None:
    cases = (
        ("目录共列入3项事项，分别为镇区农贸市场搬迁改造和高标准农田建设项目实施方案等，三项决策均严格履行了法定程序。",
         "major_decisions_count", 3),
        ("镇政府全年主动公开信息420余条，发文中主动公开公文占比为56%。", "document_disclosure_rate", 56),
        ("组织执法队员参加集中培训和网络学法，执法队每人全年法律知识培训时长均在60学时以上。", "enforcement_training_hours", 60),
        ("全年未发生以乡政府为被申请人的行政复议案件，乡政府作为被告的行政诉讼案件零发生。", "admin_litigation_cases", 0),
    )
    for body, indicator, value in cases:
        assert [float(f.value) for f in _found(body, TOWN_2023, indicator)] == [value], body


def test_the_county_s_system_extended_to_the_town_is_in_place() -> None:
    body = "县级统一综合执法办案系统已于年初延伸覆盖至我乡，执法队办理的案件全部在系统内网上立案、网上审核。"
    [f] = _found(body, TOWN_2023, "unified_enforcement_system")
    assert (bool(f.negated), f.requirement) == (False, False)


def test_the_departments_inspection_said_with_its_coverage_only() -> None:
    body = "对县政府部门的督察年内仅覆盖县市场监管局、县住建局等11个部门，尚未实现全覆盖。"
    [f] = _found(body, COUNTY_2023, "department_inspection_coverage")
    assert bool(f.negated) is True
    for body in ("四是法治督察工作的深度和广度还需拓展，对部分市直部门的督察还未实现常态化。",
                 "督察力量相对不足，对县直部门的督察深度和频次还需提高。"):
        assert _found(body, COUNTY_2023, "department_inspection_coverage") == [], body


def test_the_prefecture_office_the_documents_went_to_is_no_scope() -> None:
    for body in ("全年以县政府及县政府办公室名义制发行政规范性文件6件，报送塔城地区行署和县人大常委会备案6件。",
                 "全年县政府制发行政规范性文件5件，向地区行署和县人大常委会报送备案5件。"):
        [f] = _found(body, COUNTY_2023, "normative_docs_filed")
        assert f.scope_kind == "", body
    [rate] = _found("2023年，地区行署行政复议纠错率为12%。", COUNTY_2023, "reconsideration_correction_rate")
    assert rate.scope_kind == "higher"
    for body in ("全年以镇政府名义制发行政规范性文件2件，均经合法性审核，印发后报送县政府备案2件。",
                 "全年向县人民政府报送规范性文件备案1件，备案审查中未发现问题。"):
        [f] = _found(body, TOWN_2023, "normative_docs_filed")
        assert f.scope_kind == "", body


# --- the prefecture's whole area in a town's report; a catalogue compiled as deployed ----------------
def test_the_prefecture_s_towns_average_in_a_town_s_report_is_not_its_own() -> None:
    body = "群众满意度持续提升，全州乡镇平均好评率为98.7%，本镇政务服务好评率为99.1%。"
    found = [(float(f.value), f.scope_kind) for f in _found(body, TOWN_2023, "service_praise_rate")]
    assert found == [(98.7, "higher"), (99.1, "")]


def test_a_catalogue_being_compiled_as_the_county_deploys_is_not_built_whatever_is_done_of_it() -> None:
    body = "基层政务公开标准目录正在按照县上部署编制，目前已完成教育、医疗等8个领域的事项梳理。"
    [f] = _found(body, TOWN_2023, "grassroots_openness_standards")
    assert bool(f.negated) is True


# --- each of the heads named, one case each ------------------------------------------------------
def test_each_of_the_heads_named_in_court_once_makes_the_heads_count() -> None:
    body = "本局作为被告的一审行政诉讼案件2件，均已开庭审理，局长、分管副局长各出庭应诉1件。"
    [f] = _found(body, COUNTY_BUREAU, "heads_in_court_count")
    assert (f.value, f.derived) == (2, True)
    [rate] = _found(body, COUNTY_BUREAU, "court_appearance_rate")
    assert (rate.value, rate.derived) == (100, True)


def test_each_of_the_heads_after_their_count_is_its_parts() -> None:
    body = "全年镇政府作为被告的行政诉讼案件2件，法院均开庭审理，镇政府负责人出庭应诉2件，镇长、分管副镇长各出庭1件。"
    assert [(f.value, f.derived) for f in _found(body, TOWN_2023, "heads_in_court_count")] == [(2, False)]


# --- newcomers short of the hours --------------------------------------------------------------------
def test_newcomers_short_of_the_hours_are_a_part_shortfall() -> None:
    for body in ("除2名年中调入的执法人员外，其余10名执法人员全年法律知识培训均不少于60学时；2名调入人员因到岗时间晚，培训学时尚未达到60学时。",
                 "10名执法人员全年法律知识培训均达到60学时以上；2名新入职人员因参加执法资格考试时间较晚，全年培训学时不足60学时。",
                 "局领导班子参加脱产培训的要求没有落实；执法队伍中有2名新调入人员培训学时没有达到60学时，部分人员理解还不够深入。"):
        short = [f for f in _found(body, COUNTY_BUREAU, "enforcement_training_hours") if f.negated]
        assert [(f.value, f.scope_kind, f.scope[:1]) for f in short] == [(None, "part", "2")], body


def test_recruits_induction_hours_are_not_the_officers_training() -> None:
    for body in ("针对新招录人员开展岗前集中培训40学时。", "新录用人员上岗前另行组织不少于40学时的岗前培训。"):
        assert _found(body, COUNTY_BUREAU, "enforcement_training_hours") == [], body


# --- a document not filed as required --------------------------------------------------------------
def test_a_document_not_filed_as_required_is_the_filing_rate_short() -> None:
    for body in ("三是有1件规范性文件未按规定报送县政府备案。", "二是规范性文件备案工作仍有疏漏，1件规范性文件未按规定报送备案。",
                 "二是1件规范性文件未能及时报备。"):
        found = _found(body, COUNTY_2023, "normative_doc_filing_rate")
        assert [(f.value, bool(f.negated), f.scope_kind) for f in found] == [(None, True, "")], body


# --- the departments' inspection not yet covering all -------------------------------------------------
def test_the_departments_inspection_not_yet_covering_all() -> None:
    body = "同时抽取县教育局、县卫生健康委等12个县直部门开展专项督察，县直部门督察尚未实现全覆盖。"
    assert [bool(f.negated) for f in _found(body, COUNTY_2023, "department_inspection_coverage")] == [True]


# --- the cases' kinds named, then all heard; a deputy town head in court -----------------------------
def test_the_cases_kinds_named_then_all_heard() -> None:
    body = "本年度镇政府作为被告的行政诉讼案件共3件，涉及房屋征收补偿、违法建筑拆除和行政处罚，均已开庭审理，3件案件行政机关负责人均出庭应诉。"
    assert [f.value for f in _found(body, TOWN_2023, "court_cases_heard")] == [3]


def test_a_deputy_township_head_in_court_in_one_case() -> None:
    body = ("乡政府作为被告的行政诉讼案件2件，法院均已开庭审理。其中1件由分管副乡长出庭应诉；另1件开庭时正值疫情封控管理期间，"
            "未能安排负责人出庭，仅由乡法律顾问作为委托代理人出庭。")
    assert [f.value for f in _found(body, TOWN_2023, "heads_in_court_count")] == [1]


# --- the documents filed, counted before the act ------------------------------------------------
def test_some_of_the_documents_filed_counted_before_where_they_went() -> None:
    body = ("全年以县政府名义制发行政规范性文件5件，其中4件已按规定报送市人民政府和县人大常委会备案；"
            "另1件于12月下旬印发，正在履行报备程序。")
    [filed] = _found(body, COUNTY_2023, "normative_docs_filed")
    assert (filed.value, filed.requirement) == (4, False)
    [rate] = _found(body, COUNTY_2023, "normative_doc_filing_rate")
    assert (rate.value, rate.derived) == (80, True)


def test_the_documents_filed_in_the_next_sentence_within_the_time_limit() -> None:
    body = ("全年以县政府名义印发行政规范性文件9件，均经县司法局合法性审核。"
            "其中8件已在规定时限内报送市政府和县人大常委会备案；另有1件于12月下旬印发，备案工作延至次年1月完成。")
    assert [(f.value, f.requirement) for f in _found(body, COUNTY_2023, "normative_docs_filed")] == [(8, False)]
    assert [round(float(f.value), 1) for f in _found(body, COUNTY_2023, "normative_doc_filing_rate")] == [88.9]


def test_the_documents_said_again_all_filed_and_how() -> None:
    cases = {"全年县政府制发行政规范性文件5件，5件文件均在公布之日起30日内报送市政府和县人大常委会备案。": 5,
             "全年制发规范性文件9件，9件已全部在规定时限内报送备案。": 9,
             "全年制发规范性文件1件，该1件按要求报送县人民政府备案。": 1}
    for body, filed in cases.items():
        assert [f.value for f in _found(body, COUNTY_2023, "normative_docs_filed")] == [filed], body


def test_the_one_still_being_filed_is_not_the_count_filed() -> None:
    body = "全年制发行政规范性文件3件，已报送备案2件，另有1件正在按规定报送县政府备案。"
    assert [f.value for f in _found(body, COUNTY_2023, "normative_docs_filed")] == [2]


# --- heard cases the heads missed, counted ---------------------------------------------------------
def test_heard_cases_the_heads_missed_counted_are_the_rate_short() -> None:
    for body in ("二是行政应诉工作仍有差距，全年仍有2件开庭案件行政机关负责人未能出庭应诉。",
                 "三是行政应诉工作仍有薄弱环节，全年有1件行政诉讼案件负责人未能出庭应诉。",
                 "二是行政应诉工作存在短板，3宗开庭案件负责人未出庭应诉。"):
        found = _found(body, COUNTY_2023, "court_appearance_rate")
        assert [(f.value, bool(f.negated)) for f in found] == [(None, True)], body
        assert _found(body, COUNTY_2023, "court_cases_heard") == [] and _found(body, COUNTY_2023, "heads_in_court_count") == []


def test_the_shortfall_said_again_in_detail_keeps_the_whole_said_first() -> None:
    body = "三是全县行政机关负责人出庭应诉率尚未达到100%，今年仍有1件开庭案件负责人未出庭，个别单位负责人“出庭不出声”。"
    [f] = _found(body, COUNTY_JUSTICE, "court_appearance_rate")
    assert (bool(f.negated), f.scope_kind, f.scope) == (True, "whole", "全县")


# --- the rest heard, the one excepted never heard ------------------------------------------------
def test_the_rest_heard_after_the_one_withdrawn_is_the_heard_count() -> None:
    for body, heard in (("全年我局作为被告应诉的一审行政案件5件，其中1件原告在开庭前撤回起诉，其余4件法院开庭审理，均由局负责人出庭应诉。", 4),
                        ("其中1件因原告起诉超过法定期限被法院裁定驳回起诉，未开庭审理；其余3件由法院开庭审理，主任每庭必到。", 3),
                        ("被诉案件6件，其中1件在开庭前原告撤回起诉，其余5件均已开庭审理。", 5)):
        assert [f.value for f in _found(body, COUNTY_BUREAU, "court_cases_heard")] == [heard], body


def test_the_rest_still_counts_nothing_when_the_excepted_was_heard() -> None:
    for body in ("行政诉讼案件5件，其中3件已开庭审理，其余2件尚未开庭审理。",
                 "行政诉讼案件5件，其中3件已开庭审理，另有2件法院开庭审理。"):
        assert [f.value for f in _found(body, COUNTY_BUREAU, "court_cases_heard")] == [3], body


def test_a_head_in_court_in_every_case_heard_in_the_counts_own_clause() -> None:
    for body, n in (("开庭审理的3件案件均由局长或分管副局长出庭应诉，负责人出庭应诉率100%。", 3),
                    ("4件开庭案件镇长或分管副镇长均出庭应诉，做到出庭又出声。", 4),
                    ("行政诉讼案件5件，其中开庭审理的4件均由镇长或分管副镇长出庭应诉，另1件法院书面审理。", 4)):
        assert [f.value for f in _found(body, COUNTY_BUREAU, "heads_in_court_count")] == [n], body
    for body in ("开庭审理的3件案件均由律师出庭应诉。", "开庭审理的3件案件负责人均未出庭应诉。"):
        assert _found(body, COUNTY_BUREAU, "heads_in_court_count") == [], body


# --- the target said met with no number -----------------------------------------------------------
def test_the_hours_said_met_with_no_number_are_a_claim_not_a_number() -> None:
    body = "组织全县行政执法人员参加公共法律知识和专业法律知识培训，执法人员年度法律知识培训学时全部达标。"
    found = _found(body, COUNTY_2023, "enforcement_training_hours")
    assert [(f.value, f.statement, f.negated, f.requirement) for f in found] == [(None, True, False, False)]
    assert found[0].display == "称已达到（未给数字）"
    r = judged(body, COUNTY_2023)["enforcement_training_hours"]
    assert (r.verdict.value, r.display, r.code) == ("review", "称已达到（未给数字）", "unsupported-claim")
    assert "学时全部达标" in r.summary and "未给出数字" in r.summary


def test_the_hours_said_met_beside_a_number_are_that_number() -> None:
    body = "11名持证执法人员年度法律知识培训学时全部达标，学时最少的也有61学时。"
    found = _found(body, TOWN_2023, "enforcement_training_hours")
    assert [(f.value, f.bound, f.statement) for f in found] == [(61, "at_least", False)]


def test_a_plan_to_meet_the_hours_is_no_claim() -> None:
    body = "下一步，我们将加强行政执法监督，确保执法人员培训学时全部达标。"
    assert [f for f in _found(body, COUNTY_2023, "enforcement_training_hours") if not f.requirement] == []


def test_the_hours_said_met_and_missed_are_for_the_examiner() -> None:
    body = ("执法人员年度法律知识培训学时全部达标。\n"
            "存在的问题：一是个别乡镇执法人员年度法律知识培训学时未能达标。")
    r = judged(body, COUNTY_2023)["enforcement_training_hours"]
    assert (r.verdict.value, r.code) == ("review", "conflicting-figures")
