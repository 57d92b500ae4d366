"""Synthetic narrative reports, written by the tests in every input format."""

from __future__ import annotations

import os
from pathlib import Path

TITLE = "上海市测试区2023年法治政府建设情况报告"
PARAGRAPHS = [
    TITLE,
    "2023年，测试区政府坚持依法行政，推进法治政府建设。现将有关情况报告如下。",
    "一、2023年法治政府建设主要举措和成效",
    "全区行政机关负责人出庭应诉率为百分之百。区政府领导班子全年举办法治专题讲座两期。",
    "全区行政执法人员均已完成不少于六十学时的法律法规培训。",
    "全区人民调解组织调解成功率达９９．５％，政务服务好评率保持在99.99%以上。",
    "行政复议纠错率为3.2%，行政诉讼败诉率超过5%。2022年，全区行政复议纠错率为4.1%。",
    "全年制发规范性文件12件，纳入目录管理的重大行政决策事项共计二十件。",
    "1-10月，公文主动公开率为XX%。区公安分局一线执法力量占比为X%。",
    "政务公开工作在绩效考核体系中的分值权重为5%。原则上法制审核人员应不少于本单位行政执法人员总数的5%。",
    "二、存在的不足",
    "部分单位负责人法治专题脱产培训尚未完成。行政执法协调监督工作体系尚未建立。",
    "三、2024年工作安排",
    "2024年，全区出庭应诉率将继续保持100%，举办法治专题讲座三期。",
]
TEXT = "\n".join(PARAGRAPHS) + "\n"

# What the catalogue's judge must make of TEXT (report year 2023).
EXPECTED_VERDICTS = {
    "court_appearance_rate": "pass",
    "leadership_law_lectures": "pass",
    "enforcement_training_hours": "pass",
    "gov_openness_weight": "pass",
    "legal_review_staff_ratio": "missing",  # only the rule is stated
    "head_offjob_training": "fail",  # admitted shortfall
    "enforcement_supervision_system": "not_applicable",  # not built, deadline 2024 not yet due
    "normative_doc_filing_rate": "missing",
    "mediation_success_rate": "info",
    "reconsideration_correction_rate": "info",
}
EXPECTED_VALUES = {
    "court_appearance_rate": 100.0,
    "leadership_law_lectures": 2.0,
    "enforcement_training_hours": 60.0,
    "gov_openness_weight": 5.0,
    "mediation_success_rate": 99.5,
    "service_praise_rate": 99.99,
    "reconsideration_correction_rate": 3.2,  # not 2022's 4.1
    "litigation_loss_rate": 5.0,
    "normative_docs_count": 12.0,
    "major_decisions_count": 20.0,
}


def font_path() -> str:
    import mplfonts

    return os.path.join(os.path.dirname(mplfonts.__file__), "fonts", "SimHei.ttf")


def write_txt(path: Path, text: str = TEXT, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def write_docx(path: Path, paragraphs: list[str] = PARAGRAPHS, table: list[list[str]] | None = None) -> Path:
    import docx

    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for i, row in enumerate(table):
            for j, cell in enumerate(row):
                t.cell(i, j).text = cell
    d.save(str(path))
    return path


def write_pdf(path: Path, paragraphs: list[str] = PARAGRAPHS) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("hei", fname=font_path())
    pdf.set_font("hei", size=11)
    for p in paragraphs:
        pdf.multi_cell(0, 7, p)
        pdf.ln(3)
    pdf.output(str(path))
    return path


def write_scanned_pdf(path: Path) -> Path:
    """A PDF page with drawings only, as a scan without OCR has no text layer."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    for i in range(20):
        pdf.rect(10 + i * 3, 10 + i * 5, 100, 4, style="F")
    pdf.output(str(path))
    return path


def html_page(paragraphs: list[str] = PARAGRAPHS, charset: str = "utf-8") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html><head><meta charset=\"{charset}\"><title>{TITLE}_测试区人民政府网</title>"
        "<style>p { color: red } /* 出庭应诉率为10% */</style>"
        "<script>var stats = '出庭应诉率为20%';</script></head><body>"
        "<header class=\"site-header\"><a href=\"/\">首页</a> 出庭应诉率为30%</header>"
        "<nav><ul><li>政务公开</li><li>出庭应诉率为40%</li></ul></nav>"
        "<div class=\"breadcrumb\">首页 &gt; 法治政府 &gt; 出庭应诉率为45%</div>"
        f"<div class=\"article\"><h1>{TITLE}</h1><div id=\"zoom\">{body}</div></div>"
        "<div class=\"sidebar\"><p>热点：出庭应诉率为50%</p></div>"
        "<footer>版权所有 测试区人民政府 出庭应诉率为60%</footer></body></html>"
    )


def write_html(path: Path, charset: str = "utf-8") -> Path:
    path.write_bytes(html_page(charset=charset).encode("gb18030" if charset.lower() in ("gbk", "gb2312") else charset))
    return path


# A report in which every phrasing class of docs/extraction.md occurs once, without a title line
# (the published page starts at 现将…报告如下); its year comes from the closing date line.
CLASS_PARAGRAPHS = [
    "现将本区法治政府建设工作情况报告如下：",
    "一、依法决策",
    "全年完成9项重大行政决策和3项决策听证，并在门户网站公布本年度决策事项目录。",
    "区政府制发规范性文件6件，均经市政府备案审查，全部准予备案。",
    "二、学法用法",
    "区政府常务会议会前学法10次，区政府领导班子举办法治专题讲座两期。",
    "三、行政执法",
    "2个执法单位的法制审核人员比例尚未达到5%的要求。",
    "四、复议应诉",
    "以区政府为被告的一审案件无一败诉，行政复议决定无一被纠错。",
    "一审行政诉讼案件开庭64件，其中行政机关负责人出庭21件。",
    "各街道负责人出庭率为100%。",
    "区人民政府",
    "2024年1月15日",
]
CLASS_TABLE = [
    ["单位", "行政执法人员数", "法制审核人员数", "法制审核人员占比"],
    ["区市场监管局", "120", "8", "6.7%"],
    ["区城管执法局", "200", "9", "4.5%"],
    ["合计", "320", "17", "5.3%"],
]
CLASS_YEAR = 2023
# What a reader marks in CLASS_PARAGRAPHS (labels as in tests/heldout_reports).
CLASS_LABELS = [
    {"indicator": "major_decisions_count", "value": 9, "words": "9项"},
    {"indicator": "major_decision_catalogue_published", "state": "done"},
    {"indicator": "normative_docs_count", "value": 6},
    {"indicator": "normative_doc_filing_rate", "value": 100, "words": "全部准予备案"},
    {"indicator": "pre_meeting_law_study", "value": 10},
    {"indicator": "leadership_law_lectures", "value": 2},
    {"indicator": "legal_review_staff_ratio", "state": "shortfall", "scope_kind": "part"},
    {"indicator": "litigation_loss_rate", "value": 0, "words": "无一败诉"},
    {"indicator": "reconsideration_correction_rate", "value": 0, "words": "无一被纠错"},
    {"indicator": "court_cases_heard", "value": 64},
    {"indicator": "heads_in_court_count", "value": 21},
    {"indicator": "court_appearance_rate", "value": 32.8125, "derived": True},
    {"indicator": "court_appearance_rate", "value": 100, "scope_kind": "part"},
]
# The table rows, read only where the format keeps tables (docx, html).
CLASS_TABLE_LABELS = [
    {"indicator": "legal_review_staff_ratio", "value": 6.7, "scope_kind": "unit"},
    {"indicator": "legal_review_staff_ratio", "value": 4.5, "scope_kind": "unit"},
    {"indicator": "legal_review_staff_ratio", "value": 5.3, "scope_kind": "whole"},
]


def class_html(paragraphs: list[str] = CLASS_PARAGRAPHS, table: list[list[str]] | None = CLASS_TABLE) -> str:
    rows = "".join("<tr>" + "".join(f"<td><p>{c}</p></td>" for c in row) + "</tr>" for row in table or [])
    # the table sits in a layout table of its own, as on many government sites
    body = "".join(f"<p>{p}</p>" for p in paragraphs) + (f"<table><tr><td><table>{rows}</table></td></tr></table>"
                                                         if rows else "")
    return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>政务公开</title></head><body>"
            f"<nav>首页 出庭应诉率为40%</nav><div class=\"article\"><div id=\"zoom\">{body}</div></div>"
            "<footer>版权所有 出庭应诉率为60%</footer></body></html>")
