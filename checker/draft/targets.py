"""Find the sentences of a plan that set a measurable target.

A target is a sentence with a number, a comparator and a unit (不少于60学时, 两期以上, 至少一次,
达到100%), a deadline (2024年年底前, 到2025年, 2022年9月底前, “十四五”期间), a full-coverage or
all-of form (全覆盖, 有件必备、有备必审、有错必纠, 全部), a ban (严禁, 不得) or a recurring duty
(每年, 年度, 按时向社会公开). Goals with no measure (显著增强, 日益健全) are skipped, with the reason.
All matching runs on a same-length simplified, ASCII-digit shadow of the text, so quotes and
offsets are those of the original.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from fractions import Fraction

from ..read.documents import Document
from ..figures.prose_text import Text
from ..figures.prose_patterns import SENTENCE_END
from ..figures.numerals import parse_number, shadow, year_of
from .articles import Articles, Label
from .lexicon import Forms, forms

_Y = r"(\d{4}|[〇零一二三四五六七八九○]{4})"
_M = r"(\d{1,2}|十[一二]?|[一二三四五六七八九])"
_BEFORE = re.compile(rf"{_Y}\s*年\s*(?:{_M}\s*月)?\s*(年底|年末|底|末)?\s*(以前|之前|前)")
_BY = re.compile(rf"(?:到|至|截至|力争|争取|在|于)\s*{_Y}\s*年(?!\s*[-—–~至\d])")
_GOAL = re.compile(rf"^\s*{_Y}\s*年\s*[,，]")
_SPACE = " \t\u3000\xa0\n"
_CLAUSE_END = "，,、：:" + SENTENCE_END


@dataclass(frozen=True)
class Quantity:
    operator: str  # at_least | at_most
    value: Fraction
    unit: str
    text: str  # as written, from the comparator to the unit: 不少于60学时
    strict: bool = False  # 超过/低于: a strict bound read as at_least/at_most


@dataclass(frozen=True)
class Deadline:
    date: dt.date
    text: str  # as written: 2024年年底前
    goal_year: bool = False  # "2025年，…" opening a goal statement


@dataclass(frozen=True)
class Candidate:
    """One plan sentence that may set a target."""

    start: int
    end: int
    quote: str  # exact substring of the plan text
    shadow: str  # the same span, simplified
    article: str
    title: str  # heading of its article
    responsible: str
    quantities: tuple[Quantity, ...] = ()
    deadline: Deadline | None = None
    bans: tuple[str, ...] = ()
    all_of: tuple[str, ...] = ()
    recurring: tuple[str, ...] = ()
    qualitative: tuple[str, ...] = ()
    level: str = ""  # person | unit | "" (government, or not said)
    term: bool = False  # 任期内
    skip: str = ""  # why it is not a target, "" when it is one

    @property
    def forms(self) -> tuple[str, ...]:
        out = []
        if self.quantities:
            out.append("数量")
        if self.deadline:
            out.append("期限")
        if self.all_of:
            out.append("全覆盖")
        if self.bans:
            out.append("禁止")
        if self.recurring:
            out.append("定期")
        return tuple(out)

    @property
    def is_target(self) -> bool:
        return bool(self.forms) and not self.skip


@dataclass(frozen=True)
class PlanText:
    document: Document
    shadow: str  # simplified, ASCII digits, same length as document.text
    articles: Articles
    text: Text  # the extractor's index of amounts, on the simplified text
    start: int | None  # plan period, when known
    end: int | None


def simplified(text: str) -> str:
    """Traditional characters made simplified, one for one (same length, same offsets)."""
    if all(ord(ch) < 0x3400 or ord(ch) > 0x9FFF for ch in text):
        return text
    import opencc

    conv = opencc.OpenCC("t2s")
    whole = conv.convert(text)
    if len(whole) == len(text):
        return whole
    table: dict[str, str] = {}
    for ch in set(text):
        if 0x3400 <= ord(ch) <= 0x9FFF:
            s = conv.convert(ch)
            if len(s) == 1 and s != ch:
                table[ch] = s
    return text.translate(str.maketrans(table)) if table else text


def index_plan(doc: Document, start: int | None, end: int | None) -> PlanText:
    simp = simplified(doc.text)
    sdoc = replace(doc, text=simp)
    sh = shadow(simp)
    return PlanText(doc, sh, Articles(sh, doc.blocks, forms().responsible), Text(sdoc), start, end)


def _month_end(year: int, month: int) -> dt.date:
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def _month(s: str | None) -> int | None:
    if not s:
        return None
    if s.isdigit():
        return int(s)
    v = parse_number(s)
    return int(v) if v is not None else None


def _deadline(sh: str, plan: PlanText, base: int, fm: Forms) -> tuple[Deadline | None, str]:
    """The first deadline of a sentence, or a reason it is none (year outside the plan)."""
    found: list[tuple[int, Deadline]] = []
    for m in _BEFORE.finditer(sh):
        y, month = year_of(m.group(1)), _month(m.group(2))
        if y is None or plan.text.in_title(base + m.start()):
            continue
        end_word = m.group(3)
        if month and 1 <= month <= 12:
            # 9月底前: by 30 September; 9月前: before September, by 31 August
            date = _month_end(y, month) if end_word else dt.date(y, month, 1) - dt.timedelta(days=1)
        else:
            date = dt.date(y, 12, 31) if end_word else dt.date(y - 1, 12, 31)
        found.append((m.start(), Deadline(date, m.group(0).strip())))
    for m in _BY.finditer(sh):
        y = year_of(m.group(1))
        if y and not plan.text.in_title(base + m.start()) and not any(p <= m.end() and m.start() <= p + len(d.text) for p, d in found):
            found.append((m.start(), Deadline(dt.date(y, 12, 31), m.group(0).strip())))
    comp = "|".join(map(re.escape, fm.completion))
    for m in re.finditer(rf"{_Y}\s*年\s*(?={comp})", sh):
        y = year_of(m.group(1))
        if y and not plan.text.in_title(base + m.start()) and not any(abs(p - m.start()) < 8 for p, _ in found):
            found.append((m.start(), Deadline(dt.date(y, 12, 31), m.group(0).strip())))
    g = _GOAL.match(sh)
    if g and year_of(g.group(1)) and not found:
        found.append((g.start(1), Deadline(dt.date(year_of(g.group(1)) or 0, 12, 31), g.group(0).strip(" ,，"), True)))
    for span in fm.plan_spans:
        i = sh.find(span)
        if i >= 0 and plan.end:
            found.append((i, Deadline(dt.date(plan.end, 12, 31), span)))
    found.sort(key=lambda f: f[0])
    skipped = ""
    for _, d in found:
        y = d.date.year + (1 if d.date.month == 12 and d.date.day == 31 and d.text.endswith("年前") else 0)
        if plan.end and y > plan.end:
            skipped = f"年份 {y} 在规划期 {plan.start}—{plan.end} 之外（远景目标）"
            continue
        if plan.start and y < plan.start:
            skipped = f"年份 {y} 早于规划期 {plan.start}—{plan.end}（回顾，不是目标）"
            continue
        return d, ""
    return None, skipped


def _quantities(plan: PlanText, start: int, end: int, fm: Forms) -> list[Quantity]:
    out = []
    sh = plan.shadow
    for a in plan.text.amounts_in(start, end):
        if a.placeholder or not a.unit or a.value is None or plan.text.in_title(a.start):
            continue
        if a.unit == "年" and (a.value >= 1900 or sh[a.end:a.end + 1] in "底前末"):
            continue
        op, strict = {"at_least": ("at_least", False), "more_than": ("at_least", True),
                      "at_most": ("at_most", False), "less_than": ("at_most", True)}.get(a.bound, ("", False))
        qstart = a.start
        if not op:
            cstart = a.start
            while cstart > start and sh[cstart - 1] not in _CLAUSE_END and a.start - cstart < fm.comparator_reach:
                cstart -= 1
            before = sh[cstart:a.start]
            best = -1
            for word, operator in fm.comparators:
                i = before.rfind(word)
                if i > best:
                    best, op = i, operator
                    qstart = cstart + i
            if best < 0:
                continue
        out.append(Quantity(op, a.value, a.unit, plan.document.text[qstart:a.end].strip(), strict))
    return out


def _words(sh: str, words: tuple[str, ...]) -> tuple[str, ...]:
    for friend in forms().false_friends:
        sh = sh.replace(friend, "□" * len(friend))
    found: list[str] = []
    for w in words:
        if w in sh and not any(w in f for f in found):
            found.append(w)
    return tuple(found)


def sentences(plan: PlanText) -> list[tuple[int, int, Label | None, bool]]:
    """(start, end, label, is_heading) of each sentence, trimmed, end punctuation kept."""
    sh = plan.shadow
    out = []
    i, n = 0, len(sh)
    while i < n:
        j = i
        while j < n and sh[j] not in SENTENCE_END:
            j += 1
        end = j + 1 if j < n and sh[j] != "\n" else j
        s = i
        while s < end and sh[s] in _SPACE:
            s += 1
        e = end
        while e > s and sh[e - 1] in _SPACE:
            e -= 1
        if e > s:
            label = plan.articles.label_starting(s)
            heading = False
            if label is not None:
                body = sh[label.end:e].strip(" \u3000。")
                line_end = sh.find("\n", e)
                more = sh[e:line_end if line_end >= 0 else n].strip(" \t\u3000\xa0")
                # （三十四）加强依法行政能力建设。重点抓好…  /  (一)指导思想: a title; a whole line ending in 。 is a clause
                ended = sh[e - 1] in "。；;！？!?"
                heading = len(body) <= MAX_TITLE and (bool(more) or not ended) or not ended and len(body) <= 60
                s = label.end
                while s < e and sh[s] in _SPACE:
                    s += 1
            out.append((s, e, label or plan.articles.at(s), heading))
        i = j + 1
    return out


MAX_TITLE = 40


def find_candidates(plan: PlanText) -> list[Candidate]:
    """Every sentence carrying a target form or a qualitative goal, in text order."""
    fm = forms()
    out = []
    for s, e, label, heading in sentences(plan):
        if heading or e - s < 6:
            continue
        sh = plan.shadow[s:e]
        quantities = _quantities(plan, s, e, fm)
        deadline, why_not = _deadline(sh, plan, s, fm)
        bans = _words(sh, fm.ban)
        all_of = _words(sh, fm.all_of)
        recurring = _words(sh, fm.recurring)
        qualitative = _words(sh, fm.qualitative)
        if not (quantities or deadline or bans or all_of or recurring or qualitative or why_not):
            continue
        skip = ""
        review = _review(label)
        concrete = deadline is not None and not deadline.goal_year and any(w in sh for w in fm.concrete_completion)
        if review:
            skip = review
        elif qualitative and (not (quantities or bans or all_of or concrete) or len(qualitative) > 1 and not quantities):
            skip = f"定性目标，没有可衡量的要求（“{'”“'.join(qualitative[:3])}”）"
        elif deadline is not None and deadline.goal_year and not concrete:
            skip = f"总体目标年份（“{deadline.text}”），没有可衡量的要求"
        elif not (quantities or deadline or bans or all_of or recurring):
            skip = why_not
        level = next((lv for lv, words in fm.levels if any(w in sh for w in words)), "")
        out.append(Candidate(
            start=s, end=e, quote=plan.document.text[s:e], shadow=sh,
            article=label.article if label else "前言", title=label.title if label else "",
            responsible=label.responsible if label else "", quantities=tuple(quantities), deadline=deadline,
            bans=bans, all_of=all_of, recurring=recurring, qualitative=qualitative, level=level,
            term="任期" in sh, skip=skip,
        ))
    return out


def plan_sentences(plan: PlanText) -> list[Candidate]:
    """Every non-heading sentence as a bare candidate (for matching sentences with no form)."""
    out = []
    for s, e, label, heading in sentences(plan):
        if heading or e - s < 6:
            continue
        out.append(Candidate(s, e, plan.document.text[s:e], plan.shadow[s:e],
                             label.article if label else "前言", label.title if label else "",
                             label.responsible if label else "", skip=_review(label)))
    return out


def _review(label: Label | None) -> str:
    word = next((w for t in (label.titles if label else ()) for w in forms().review_sections if w in t), "")
    return f"回顾部分（“{word}”）的叙述，不是目标" if word else ""

