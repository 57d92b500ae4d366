"""What plans.yml needs to know about a new plan: its name, government and period."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..read.documents import Document
from ..errors import InputError
from ..figures.numerals import shadow, year_of

PLAN_ID = re.compile(r"[a-z0-9][a-z0-9-]{1,62}")
_TITLE_IN_QUOTES = re.compile(r"《([^《》\n]{4,80}?(?:纲要|方案|意见|规划|计划|要点)[^《》\n]{0,20})》")
_PLAN_WORDS = re.compile(r"(?:纲要|方案|意见|规划|计划|要点)")
_GOV = re.compile(r"^([\u4e00-\u9fff]{1,10}?(?:自治区|自治州|自治县|省|市|州|盟|县|区|旗))")
_PERIOD = re.compile(r"(\d{4}|[〇零一二三四五六七八九○]{4})\s*[-—–~至]\s*(\d{4}|[〇零一二三四五六七八九○]{4})\s*年")
_ONE_YEAR = re.compile(r"(?<![\d—\-–~至])(\d{4}|[〇零一二三四五六七八九○]{4})\s*年(?!\s*[-—–~至])")
FIVE_YEAR = {"十三五": (2016, 2020), "十四五": (2021, 2025), "十五五": (2026, 2030)}
PLAN_WORDS = ("法治", "依法行政", "法制")


@dataclass(frozen=True)
class PlanMeta:
    id: str
    name: str
    government: str
    start: int | None
    end: int | None


def check_plan_id(plan_id: str) -> str:
    if not PLAN_ID.fullmatch(plan_id):
        raise InputError(f"规划编号「{plan_id}」只能由小写英文字母、数字和连字符组成（2 至 63 个字符），如 jingan-2021-2025")
    return plan_id


def parse_period(text: str) -> tuple[int, int]:
    m = re.fullmatch(r"\s*(\d{4})\s*[-—–~至]\s*(\d{4})\s*", text)
    if not m or int(m.group(1)) > int(m.group(2)):
        raise InputError(f"规划期「{text}」应写成 起始年-结束年，如 2021-2025")
    return int(m.group(1)), int(m.group(2))


def check_is_plan(doc: Document) -> None:
    cjk = sum(1 for ch in doc.text if "\u4e00" <= ch <= "\u9fff")
    if cjk < 30 or not any(w in doc.text for w in PLAN_WORDS):
        raise InputError(f"{doc.file} 不像法治政府建设规划（没有“法治”“依法行政”等字样）；请提供规划正文")


def plan_meta(doc: Document, simplified_text: str, plan_id: str, name: str | None = None,
              government: str | None = None, period: str | None = None) -> PlanMeta:
    """Name, government and period from the plan's title lines; options given win."""
    lines = [simplified_text[b.start:b.end].strip() for b in doc.blocks[:40]]
    lines = [ln for ln in lines if ln]
    title = ""
    for ln in lines[:15]:
        m = _TITLE_IN_QUOTES.search(ln)
        if m:
            title = m.group(1)
            break
        if _PLAN_WORDS.search(ln) and len(ln) <= 60 and not ln.endswith("。") \
                and any(w in ln for w in ("法治", "依法行政", "规划", "学法", "法制")):
            title = ln
            break
    title = title or (lines[0][:60] if lines else plan_id)
    start = simplified_text.find(title)
    original = doc.text[start:start + len(title)] if start >= 0 else title  # traditional text stays as written
    if name is None:
        name = original
    gov = government
    if gov is None:
        g = _GOV.match(title)
        gov = original[g.start(1):g.end(1)] if g else ""
    if period:
        first, last = parse_period(period)
    else:
        first = last = None
        for text in (title, shadow(simplified_text[:1500])):
            m = _PERIOD.search(shadow(text))
            if m and year_of(m.group(1)) and year_of(m.group(2)):
                first, last = year_of(m.group(1)), year_of(m.group(2))
                break
            five = next((v for k, v in FIVE_YEAR.items() if k in text), None)
            if five:
                first, last = five
                break
        if first is None:  # a one-year plan (2020年领导学法计划): its title names one year
            one = _ONE_YEAR.search(shadow(title))
            if one and year_of(one.group(1)) and 1990 <= (year_of(one.group(1)) or 0) <= 2100:
                first = last = year_of(one.group(1))
    return PlanMeta(plan_id, name.strip(), gov or "", first, last)
