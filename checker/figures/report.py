"""A narrative report end to end: read it, name its government and year, find its figures."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..read.documents import Document, read_document
from ..errors import InputError
from ..model import Catalogue
from .prose import Figure, Text, find_figures
from .numerals import shadow, year_of

_GOV = re.compile(r"([\u4e00-\u9fff]{2,15}?(?:省|自治区|市|自治州|州|盟|自治县|县|区|旗))"
                  r"(?=人民政府|政府|[\d〇零一二三四五六七八九]{4}年|[（(]|关于)")
_YEAR = re.compile(r"(?<![\d—\-–~至])(\d{4}|[〇零一二三四五六七八九○]{4})\s*年(?!\s*[-—–~至])")
_TITLE_TAIL = re.compile(r"(?:法治政府建设|依法行政)[^\n]{0,20}(?:报告|情况)")
REPORT_WORDS = ("法治", "依法行政", "法制")


@dataclass(frozen=True)
class Extraction:
    document: Document
    government: str  # "" when the text does not name it
    year: int | None  # the report year (from --year, the title, or the opening)
    year_source: str  # 参数 / 标题 / 正文开头 / ""
    figures: tuple[Figure, ...]


def _strip_titles(text: str) -> str:
    return re.sub(r"《[^《》]*》|[（(][^（）()]*[—\-–~至][^（）()]*[）)]", lambda m: "□" * len(m.group(0)), text)


def report_meta(doc: Document) -> tuple[str, int | None, str]:
    """(government, year, where the year came from) as the report's title and opening state them."""
    lines = [doc.text[b.start:b.end].strip() for b in doc.blocks[:8]]
    lines = [ln for ln in lines if ln]
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
    government = title[g.start():g.end()] if g else ""
    y = _YEAR.search(sh_title)
    if y and year_of(y.group(1)):
        return government, year_of(y.group(1)), "标题"
    opening = _strip_titles(shadow(doc.text[:400]))
    y = _YEAR.search(opening)
    if y and year_of(y.group(1)) and 1990 <= (year_of(y.group(1)) or 0) <= 2100:
        return government, year_of(y.group(1)), "正文开头"
    return government, None, ""


def extract_document(doc: Document, catalogue: Catalogue, year: int | None = None) -> Extraction:
    """Find the figures of a document already read. InputError if it is not a report."""
    if not any(w in doc.text for w in REPORT_WORDS) or sum(1 for ch in doc.text if "\u4e00" <= ch <= "\u9fff") < 30:
        raise InputError(f"{doc.file} 不像法治政府建设情况报告（没有“法治”“依法行政”等字样）；"
                         "请提供报告正文，或用 .xlsx 标准报表")
    government, found_year, source = report_meta(doc)
    report_year = year or found_year
    figures = find_figures(doc, catalogue, report_year, Text(doc))
    return Extraction(doc, government, report_year, "参数" if year else source, figures)


def extract_report(path: str | Path, catalogue: Catalogue, year: int | None = None) -> Extraction:
    return extract_document(read_document(path), catalogue, year)
