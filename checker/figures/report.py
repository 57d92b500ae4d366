"""A narrative report end to end: read it, name its government and year, find its figures."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from ..read.documents import Document, read_document
from ..errors import InputError
from ..model import Catalogue
from .prose import Figure, find_figures
from .prose_text import Text, blank
from .numerals import parse_number, shadow, year_of

_HANZI = re.compile("[\u4e00-\u9fff]")  # 30 of them make a text, counted only that far

_GOV = re.compile(r"([\u4e00-\u9fff]{1,24}?(?:省|自治区|市|自治州|州|盟|自治县|县|区|旗|局|委员会|办公室|街道办事处|街道|镇|乡|苏木))"
                  r"(?=人民政府|政府|[\d〇零一二三四五六七八九]{4}年|[（(]|关于)")
_YEAR = re.compile(r"(?<![\d—\-–~至])(\d{4}|[〇零一二三四五六七八九○]{4})\s*年(?!\s*[-—–~至])")
_TITLE_TAIL = re.compile(r"(?:法治政府建设|依法行政)[^\n]{0,20}(?:报告|情况)")
# A government work report (政府工作报告) is read to the congress early in year Y and reviews Y-1;
# its second half plans Y ("2023年是…", "2023年工作安排"). That plan year, minus one, is the year
# the report describes -- more reliable than the first year in the opening, which in a review of
# five years is the first of them.
_ADDRESS = re.compile(r"向大会[^。\n]{0,6}报告|向大会作|各位代表")
_PLAN_YEAR = re.compile(r"(?<![\d—\-–~至])((?:19|20)\d\d)\s*年(?:是|的?(?:工作安排|重点工作|主要任务|工作任务|主要工作"
                        r"|政府工作|工作建议|主要预期目标|经济社会发展|总体要求))")
_REVIEW_YEAR = re.compile(r"(?<![\d—\-–~至])((?:19|20)\d\d)\s*年工作回顾|回顾\s*((?:19|20)\d\d)\s*年是")
# A date line closing the report (落款): 2024年1月20日. Dated in the first half of a year, a
# yearly report describes the year before; dated later, the year itself.
_DATE_LINE = re.compile(r"^\s*((?:19|20)\d\d|[〇零一二三四五六七八九○]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月"
                        r"\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日\s*$")
REPORT_WORDS = ("法治", "依法行政", "法制")
_NOT_TITLE = re.compile(r"^现将|如下[：:。]?$|^各位代表|^同志们")


@dataclass(frozen=True)
class Extraction:
    document: Document
    government: str  # "" when the text does not name it
    year: int | None  # the report year (from --year, the title, or the opening)
    year_source: str  # 参数 / 标题 / 落款日期 / 工作回顾年度 / 正文开头 / ""
    figures: tuple[Figure, ...]


def _strip_titles(text: str) -> str:
    return blank(r"《[^《》]*》|[（(][^（）()]*[—\-–~至][^（）()]*[）)]", text)


def report_meta(doc: Document) -> tuple[str, int | None, str]:
    """(government, year, where the year came from) as the report's title and opening state them."""
    lines = [doc.text[b.start:b.end].strip() for b in doc.blocks[:8]]
    lines = [ln for ln in lines if ln]
    if lines and _NOT_TITLE.search(lines[0]):
        lines = []  # the page starts with the body (现将…报告如下): no title to read
    title = ""
    for i in range(min(4, len(lines))):
        joined = "".join(lines[: i + 1])
        if len(joined) > 80:
            break
        if _TITLE_TAIL.search(joined) or "报告" in joined:
            title = joined
            break
    title = title or (lines[0] if lines else "")
    sh_title = _strip_titles(shadow(title))
    g = _GOV.search(sh_title)
    government = (title[g.start():g.end()] if g else "") or _signed_by(doc)
    y = _YEAR.search(sh_title)
    if y and year_of(y.group(1)):
        return government, year_of(y.group(1)), "标题"
    dated = _date_line_year(doc)
    if dated:
        return government, dated, "落款日期"
    head = shadow(doc.text[:600])
    if _ADDRESS.search(head):
        plan = _work_report_year(doc.text)
        if plan:
            return government, plan, "工作回顾年度"
        return government, None, ""  # a review of several years (过去五年): no one year
    opening = _strip_titles(shadow(doc.text[:400]))
    y = _YEAR.search(opening)
    if y and year_of(y.group(1)) and 1990 <= (year_of(y.group(1)) or 0) <= 2100:
        return government, year_of(y.group(1)), "正文开头"
    return government, None, ""


# The signing organ on the line above the date (落款单位): 武汉市江岸区大智街道办事处.
_SIGNER = re.compile(r"^\s*([\u4e00-\u9fff]{2,24}?(?:省|自治区|市|自治州|州|盟|自治县|县|区|旗|局|委员会|街道|镇|乡|苏木))"
                     r"(?:人民政府|政府|办事处|人民政府办公室)?\s*$")


def _closing_date(doc: Document) -> tuple[list[str], int, re.Match[str]] | None:
    """The last lines of a report, the index of its date line (落款) among them, and the match."""
    paragraphs = [b for b in doc.blocks if not b.location.startswith("表")]  # a closing table is not the end
    lines = [ln for ln in (doc.text[b.start:b.end].strip() for b in paragraphs[-4:]) if ln]
    for i in range(len(lines) - 1, -1, -1):
        m = _DATE_LINE.match(shadow(lines[i]))
        if m:
            return lines, i, m
    return None


def _signed_by(doc: Document) -> str:
    """The government a report without a title names in its signature, above its date line."""
    closing = _closing_date(doc)
    if closing is None or closing[1] == 0:
        return ""
    lines, i, _ = closing
    m = _SIGNER.match(lines[i - 1])
    return m.group(1) if m else ""


def _date_line_year(doc: Document) -> int | None:
    """The year described by a report whose last lines carry its date (落款)."""
    closing = _closing_date(doc)
    if closing is None:
        return None
    m = closing[2]
    year = year_of(m.group(1))
    month = parse_number(m.group(2))
    if year is None or month is None or not 1 <= month <= 12 or not 1990 <= year <= 2100:
        return None
    return year - 1 if month <= 6 else year


def _work_report_year(text: str) -> int | None:
    """The year a government work report reviews: its 工作回顾 year, else its plan year minus one."""
    sh = shadow(text)
    votes: dict[int, int] = {}
    for m in _REVIEW_YEAR.finditer(sh):
        y = int(m.group(1) or m.group(2))
        votes[y] = votes.get(y, 0) + 2
    for m in _PLAN_YEAR.finditer(sh):
        if "回顾" in sh[max(0, m.start() - 12):m.start()]:
            continue  # 过去一年工作回顾 / 2022年是…: the review, not the plan
        y = int(m.group(1)) - 1
        votes[y] = votes.get(y, 0) + 1
    return max(votes, key=lambda y: (votes[y], y)) if votes else None


def extract_document(doc: Document, catalogue: Catalogue, year: int | None = None) -> Extraction:
    """Find the figures of a document already read. InputError if it is not a report."""
    if not any(w in doc.text for w in REPORT_WORDS) or sum(1 for _ in islice(_HANZI.finditer(doc.text), 30)) < 30:
        raise InputError(f"{doc.file} 不像法治政府建设情况报告（没有“法治”“依法行政”等字样）；"
                         "请提供报告正文，或用 .xlsx 标准报表")
    government, found_year, source = report_meta(doc)
    report_year = year or found_year
    figures = find_figures(doc, catalogue, report_year, Text(doc), government or "")
    return Extraction(doc, government, report_year, "参数" if year else source, figures)


def extract_report(path: str | Path, catalogue: Catalogue, year: int | None = None) -> Extraction:
    return extract_document(read_document(path), catalogue, year)
