"""A report's text for reading figures: sentences, clauses and amounts on a same-length shadow,
titles and headings, and the year, period and scope the words around a position give.

prose.py applies these to each catalogue figure.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from fractions import Fraction

from ..read.documents import Document
from . import prose_lexicon as lx
from . import prose_patterns as pat
from .numerals import ARABIC, CN_BIG, PLACEHOLDER_RE, parse_number, shadow_document, year_of

_LONGEST_BOUND = max(len(word) for word, _ in lx.BOUND_BEFORE)  # the window a bound word before a number is looked for in
_BOUND_OF = dict(lx.BOUND_BEFORE)
_BOUND_AFTER_OF = dict(lx.BOUND_AFTER)
# the longest bound word that ends right before a number (不少于, not 少于), and the one right after it
_BOUND_BEFORE_WORD = re.compile("(?:" + "|".join(map(re.escape, sorted(_BOUND_OF, key=len, reverse=True))) + r")\Z")
_BOUND_AFTER_WORD = re.compile("|".join(map(re.escape, sorted(_BOUND_AFTER_OF, key=len, reverse=True))))


def blank(pattern: re.Pattern[str] | str, seg: str) -> str:
    """seg with each match of pattern masked by "□" of the same length, so positions still line up."""
    compiled = re.compile(pattern) if isinstance(pattern, str) else pattern
    return compiled.sub(_masked, seg) if compiled.search(seg) else seg


def _masked(m: re.Match[str]) -> str:
    return "□" * len(m.group(0))


@dataclass(frozen=True)
class Amount:
    start: int
    end: int
    value: Fraction | None
    unit: str
    bound: str
    placeholder: bool
    prenominal: bool = False  # a count written before the noun it counts (9项重大行政决策)


class Text:
    """A document's text with the indexes every search needs."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.sh = shadow_document(doc.text)
        sh = self.sh
        # the shadow with short quotes blanked, one character for one (群众提出的“…不够到位”等4条意见): what
        # shortfall words are looked for in, so a quoted complaint is never the report's own claim
        self.unquoted = blank(pat.QUOTED, sh)
        self.sentence_marks = [m.start() for m in pat.SENTENCE_MARK.finditer(sh)]
        self.clause_marks = [m.start() for m in pat.CLAUSE_MARK.finditer(sh)]
        self._sentences: dict[int, tuple[int, int]] = {}
        self._clauses: dict[int, tuple[int, int]] = {}
        self.titles = [(m.start(), m.end()) for m in pat.TITLE.finditer(sh)]
        self._title_starts = [s for s, _ in self.titles]
        self.amounts: list[Amount] = []
        each = [(m.start(), m.end()) for m in pat.ONE_EACH.finditer(sh)]  # 制发一件、报备一件: a rule of each, no count
        for m in pat.AMOUNT.finditer(sh):
            a = self._amount(m)
            if a is not None and not any(lo <= a.start < hi for lo, hi in each):
                self.amounts.append(a)
        self._amount_starts = [a.start for a in self.amounts]
        self.years = [(m.start(), m.end(), m.group(0)) for m in pat.YEAR.finditer(sh) if not self.in_title(m.start())]
        self._year_starts = [y[0] for y in self.years]
        self.headings: list[tuple[int, str, bool]] = []  # (offset, year text, is a plan) of section headings
        self._section_periods: list[tuple[int, str]] = []  # (offset, several-year span) of section headings
        self._heading_lines: list[tuple[int, int]] = []  # 一、…, （二）…, 1.… headings, or an item's title sentence
        for b in doc.blocks:
            line = sh[b.start:b.end]
            # under a plan heading, 五是推进法治督察全覆盖。健全…: the item's title sentence, said again below
            if pat.ANY_HEADING.match(line) or (pat.ITEM_OPENS.match(line) and self.headings and self.headings[-1][2]):
                first = line.find("。")
                if first < 0 and len(line.strip()) < 40 and not pat.ITEM_OPENS.match(line):
                    self._heading_lines.append((b.start, b.end))
                elif 0 <= first <= 26 and line[first + 1:].strip():
                    # 1.年度目录及时公布。区政府于2月…: the item's title sentence; an item that is one
                    # sentence (3.复议决定书网上公开尚未全面开展。) says its thing itself
                    self._heading_lines.append((b.start, b.start + first + 1))
            if pat.ANNEX.match(line):  # 附表 after the date line: the report's own tables, not its plan section
                self.headings.append((b.start, "", False))
            if lead_in := pat.PLAN_LEAD_IN.match(line):
                self.headings.append((b.start, lead_in.group(1), True))
                self._section_periods.append((b.start, ""))
            elif (pat.HEADING.match(line) and len(line) < 60) or pat.BARE_PLAN_HEADING.fullmatch(line.strip()):
                y = pat.YEAR.search(line)
                self.headings.append((b.start, y.group(0) if y else "", bool(pat.PLAN_HEADING.search(line))))
                span = pat.SEVERAL_YEARS.search(line) if "回顾" in line else None  # 七、“十四五”时期…回顾
                self._section_periods.append((b.start, line[span.start():span.end()] if span else ""))

    def _amount(self, m: re.Match) -> Amount | None:
        num, unit = m.group("num"), m.group("unit") or ""
        if self.sh[m.start() - 1:m.start()] == "每" and m.start() > 0:
            return None  # 每一项重大决策, 每2年: a distribution, not a count
        if m.group("pct"):
            unit = "%"
        placeholder = bool(re.fullmatch(PLACEHOLDER_RE, num))
        if num == "某" and not unit:
            return None
        if num == "一" and unit and pat.NOT_ONE.search(self.sh, max(0, m.start() - 8), m.start()):
            return None  # 没有一件逾期报备, 全年没有制发一件…: none, not a count of one
        if num == "一" and unit in ("起", "件", "宗") and self.sh[m.start() - 1:m.start()] in ("系", "是"):
            return None  # …案件1件，系一起工伤认定行政诉讼: "a", describing the one counted before
        if unit in ("个学时", "个课时"):
            unit = unit[1:]
        if unit == "个" and re.fullmatch(ARABIC, num) and (
                before := pat.HOURS_BEFORE.search(self.sh, max(0, m.start() - 12), m.start())):
            unit = before.group(1)  # 人均完成学时66.5个, 培训学时人均不低于60个: the unit said before the number
        if unit == "成":  # 占三成左右, 近九成: tenths, only after a verb or bound and as a word of its own
            if (num not in pat.TENTHS or self.sh[m.end():m.end() + 1] in pat.NOT_TENTHS_AFTER
                    or not re.search(r"(?:占比?|近|约|达|逾|超过?|有|为|是|了|到|接近|将近|[数员]的|持在)$", self.sh[max(0, m.start() - 2):m.start()])):
                return None
            unit = "%"
        if not unit and not placeholder and not re.fullmatch(ARABIC, num):
            return None  # Chinese numerals count only with a unit (一是, 十四五 are words)
        value = None
        if m.group("unit") == "成":
            value = Fraction(pat.TENTHS[num] * 10)
        elif not placeholder:
            value = Fraction(int(num)) if num.isascii() and num.isdigit() else parse_number(num)  # most are plain digits
            if value is None:
                return None
            if m.group("mult"):
                value *= CN_BIG[m.group("mult")]
        bound = ""
        if m.group("inside"):
            bound = "more_than"
        end = m.end()
        if after := _BOUND_AFTER_WORD.match(self.sh, end):
            bound, end = _BOUND_AFTER_OF[after.group(0)], after.end()
        start = m.start()
        if before := _BOUND_BEFORE_WORD.search(self.sh, max(0, start - _LONGEST_BOUND), start):
            bound, start = _BOUND_OF[before.group(0)], before.start()
        elif (verb := pat.BOUND_VERB.search(self.sh, max(0, start - 24), start)):
            bound = _BOUND_OF[verb.group(1)]  # 每季度至少举办1次: the bound stands before the verb
        nxt = self.sh[m.end():m.end() + 1]
        prenominal = (unit in lx.COUNT_UNITS and m.end() == end and bool(nxt)
                      and "\u4e00" <= nxt <= "\u9fff" and (nxt not in lx.NOT_NOUN_START
                                                            or self.sh.startswith(lx.NOUN_PREFIXES, m.end())))
        return Amount(start, end, value, unit, bound, placeholder, prenominal)

    # --- spans ---------------------------------------------------------------------------

    def in_heading_line(self, pos: int) -> bool:
        i = bisect.bisect_right(self._heading_lines, (pos, len(self.sh))) - 1
        return i >= 0 and self._heading_lines[i][0] <= pos < self._heading_lines[i][1]

    def under_heading(self, pos: int) -> tuple[int, int]:
        """The text a heading line at `pos` heads: from its end to the next heading line, or for a part's
        heading (二、…) to the next part's, past the items (（一）…) under it."""
        i = bisect.bisect_right(self._heading_lines, (pos, len(self.sh))) - 1
        part = pat.PART_HEADING.match(self.sh, self._heading_lines[i][0]) is not None
        j = i + 1
        while part and j < len(self._heading_lines) and not pat.PART_HEADING.match(self.sh, self._heading_lines[j][0]):
            j += 1
        end = self._heading_lines[j][0] if j < len(self._heading_lines) else len(self.sh)
        return self._heading_lines[i][1], end

    def item_title(self, pos: int) -> str:
        """The title of the numbered item `pos` stands in (（三）抓好领导干部学法。…), or ""."""
        i = bisect.bisect_right(self._heading_lines, (pos, len(self.sh))) - 1
        if i < 0:
            return ""
        hs, he = self._heading_lines[i]
        return self.sh[hs:he] if self.doc.block_at(pos).start <= hs < pos else ""

    def open_aside(self, lo: int, pos: int) -> int | None:
        """Where the bracket opens that `pos` stands inside, if it opened after `lo` and is still open."""
        br = max(self.sh.rfind("（", lo, pos), self.sh.rfind("(", lo, pos))
        return br if br >= 0 and not re.search(r"[）)]", self.sh[br:pos]) else None

    def in_title(self, pos: int) -> bool:
        i = bisect.bisect_right(self._title_starts, pos) - 1
        return i >= 0 and self.titles[i][0] <= pos < self.titles[i][1]

    def past_titles(self, lo: int, hi: int) -> int:
        """`hi` moved on by the length of every 《》 title that starts in [lo, hi): titles do not count in a reach."""
        i = bisect.bisect_left(self._title_starts, lo)
        while i < len(self.titles) and self.titles[i][0] < hi:
            s, e = self.titles[i]
            e = m.end() if (m := pat.TITLE_TAIL.match(self.sh, e)) else e  # 《…复议法》（2023年修订）、
            hi += e - s
            i += 1
        return hi

    def title_named_by(self, ts: int, terms: tuple[str, ...]) -> bool:
        """The 《》 title around ts ends with one of the terms: the named document is the thing itself
        (《2023年度重大行政决策事项目录》 is the catalogue)."""
        i = bisect.bisect_right(self._title_starts, ts) - 1
        if i < 0 or not self.titles[i][0] <= ts < self.titles[i][1]:
            return False
        name = self.sh[ts:self.titles[i][1]].strip().rstrip("》").strip()
        return name.endswith(terms)

    def _span(self, marks: list[int], pos: int) -> tuple[int, int]:
        i = bisect.bisect_left(marks, pos)
        start = marks[i - 1] + 1 if i > 0 else 0
        end = marks[i] if i < len(marks) else len(self.sh)
        return start, end

    def sentence(self, pos: int) -> tuple[int, int]:
        span = self._sentences.get(pos)
        if span is None:
            span = self._sentences[pos] = self._span(self.sentence_marks, pos)
        return span

    def clause(self, pos: int) -> tuple[int, int]:
        span = self._clauses.get(pos)  # asked for the same places again and again, by every indicator
        if span is None:
            span = self._clauses[pos] = self._span(self.clause_marks, pos)
        return span

    def amounts_in(self, start: int, end: int) -> list[Amount]:
        """Amounts whose number starts in [start, end)."""
        lo = bisect.bisect_left(self._amount_starts, start)
        hi = bisect.bisect_left(self._amount_starts, end)
        return self.amounts[lo:hi]

    def year_before(self, pos: int, floor: int) -> str:
        i = bisect.bisect_left(self._year_starts, pos) - 1
        while i >= 0 and self.years[i][0] >= floor:
            if self.years[i][1] <= pos:
                return self.years[i][2]
            i -= 1
        return ""

    def heading(self, pos: int) -> tuple[int, str, bool]:
        """The section heading above `pos` (offset, year text, plan section), or (-1, "", False)."""
        found: tuple[int, str, bool] = (-1, "", False)
        for h in self.headings:
            if h[0] > pos:
                break
            found = h
        return found

    def heading_period(self, pos: int) -> str:
        """The several-year span a section heading above `pos` names (“十四五”时期…回顾), or ""."""
        found = ""
        for start, span in self._section_periods:
            if start > pos:
                break
            found = span
        return found

    def heading_year(self, pos: int) -> str:
        return self.heading(pos)[1]

    def clause_span(self, lo: int, hi: int) -> tuple[int, int]:
        """The clauses around [lo, hi), without surrounding blanks."""
        s, e = self.clause(lo)[0], self.clause(max(lo, hi - 1))[1]
        while s < e and self.text[s].isspace():
            s += 1
        while e > s and self.text[e - 1].isspace():
            e -= 1
        return s, e

    def quote_span(self, lo: int, hi: int) -> tuple[int, int]:
        """The sentence around [lo, hi), or the clauses around it when the sentence is long."""
        s, e = self.sentence(lo)
        s2, e2 = self.sentence(max(lo, hi - 1))
        s, e = min(s, s2), max(e, e2)
        if e - s > pat.MAX_QUOTE:
            s, e = max(s, self.clause(lo)[0]), min(e, self.clause(max(lo, hi - 1))[1])
        if e - s > pat.MAX_QUOTE and (colon := self.sh.rfind("：", s, lo)) >= 0:
            s = colon + 1  # …还存在一些问题和不足：一是…: the item, not the lead-in
        if e < len(self.sh) and self.sh[e] in "。；;！？!?":
            e += 1
        while s < e and self.text[s].isspace():
            s += 1
        while e > s and self.text[e - 1].isspace():
            e -= 1
        return s, e


def terms_pattern(terms: tuple[str, ...]) -> str:
    """One alternation of catalogue terms, longest first. `…` in a term stands for a name of up to
    12 characters (省…监督平台: 吉林省行政执法综合管理监督平台), its level in brackets and its count too (督察对…全覆盖:
    督察对乡镇（街道）全覆盖; 镇街…法治督察: 14个镇街和38个市直部门法治督察). A quote mark in a term matches the
    ASCII one too ("互联网+监管"平台)."""
    return "|".join("[\u4e00-\u9fff“”\"+（）\\d]{0,12}?".join(re.escape(p).replace("“", "[“\"]").replace("”", "[”\"]")
                                                         for p in w.split("…"))
                    for w in sorted(terms, key=len, reverse=True))


@functools.lru_cache(maxsize=256)
def own_terms(terms: tuple[str, ...]) -> re.Pattern[str]:
    """The terms as one pattern, to tell a name (人均完成法律知识培训) as one of them."""
    return re.compile(terms_pattern(terms))


def previous_sentence(text: Text, sentence_start: int) -> tuple[int, int] | None:
    """The sentence just before, when it is in the same block (paragraph or row)."""
    block = text.doc.block_at(sentence_start)
    if sentence_start - 1 <= block.start:
        return None
    s, e = text.sentence(sentence_start - 2)
    return (max(s, block.start), e)


def past_deadlines(seg: str, report_year: int | None) -> str:
    """`seg` without deadlines already past in the report's year (2021年9月底前全面完成 in a 2021 report
    is done on time, not a plan)."""
    if report_year is None:
        return seg
    seg = pat.DEADLINE.sub(lambda m: "" if int(m.group(1)) <= report_year else m.group(0), seg)
    seg = re.sub(r"(?:今年|本年)(?=\d{1,2}月)", "", seg)  # 于今年9月底前全部完成: the report's own year
    return pat.UNYEARED_DEADLINE.sub("", seg)  # 6月底前全面完成, 年底前… with no year: the report's own year, already past


def untitled(seg: str) -> str:
    """The text without what 《》 name (《…三年行动计划》 is no plan of the report's) and without
    compliance with a requirement (落实述法要求, 按照…要求)."""
    return pat.COMPLIANCE.sub("", pat.TITLED.sub("《》", seg))


def year(text: Text, pos: int, sentence_start: int) -> str:
    found = own_year_before(text, pos, sentence_start)
    if (found and (at := text.sh.rfind(found, sentence_start, pos)) < text.clause(pos)[0]
            and (named := pat.NAMES_A_DOCUMENT.match(text.sh, at + len(found))) and named.group(0).endswith("报告")):
        found = ""  # 2020年度法治政府建设年度报告未能按时公开，社区…目录尚未编制完成: the year names that report only
    if not found and not pat.OWN_YEAR.search(text.sh, sentence_start, pos):  # 全年…: the report's own year
        prev = previous_sentence(text, sentence_start)
        if prev:
            found = own_year_before(text, prev[1], prev[0])
            # 比2022年的85.7%有所提升。: a comparison's year says nothing about the next sentence
            at = text.sh.rfind(found, prev[0], prev[1]) if found else -1
            if found and re.search(pat.COMPARED_YEAR.pattern + "$", text.sh[prev[0]:at] + found):
                found = ""
            elif found and pat.NAMES_A_DOCUMENT.match(text.sh, at + len(found)):
                found = ""  # 公布了上一年度法治政府建设情况报告。: the year names the document, not the time
            elif found and (text.sh[at - 1:at] in ("自", "从", "到", "至", "于") or text.sh.startswith("底", at + len(found))):
                found = ""  # 自2022年…以来 / 到2024年底前建成…。: a time since or until, not the next sentence's year
            elif (found and (text.amounts_in(at + len(found), prev[1]) or pat.NONE_THAT_YEAR.search(text.sh, at + len(found), prev[1]))
                  and not pat.CLAUSE_MARK.search(
                    text.sh, prev[0] if at - prev[0] > 4 else at + len(found) + text.sh.startswith(("，", ","), at + len(found)),
                    prev[1] - 1)):
                found = ""  # 2023年会前学法12次。2023年，本乡仅举办讲座1期。2020年乡政府没有…案件。: a figure of that year on its own, not the next sentence's time
            elif found and pat.THAT_FIGURE.match(text.sh, at + len(found), prev[1]):
                found = ""  # 上一年度这一数字为10次。: the year of a figure compared, not of the next sentence
            elif found and at - prev[0] > 4:
                found = ""  # …，2024年力争出庭应诉率达到100%。: a year inside a clause dates that clause only
    return found or text.heading_year(pos)


def own_year_before(text: Text, pos: int, floor: int) -> str:
    """The last year before `pos` in [floor, pos) that is not the date of an earlier number
    (由2023年的98.6%提高到100%: 2023 dates 98.6, not 100)."""
    while pos > floor:
        found = text.year_before(pos, floor)
        if not found:
            return ""
        at = text.sh.rfind(found, floor, pos)
        dated = pat.DATES_A_NUMBER.match(text.sh, at + len(found)) if at >= 0 else None
        close = text.sh.find("）", at, pos) if at >= 0 else -1
        aside = close >= 0 and text.sh.rfind("（", floor, at) > text.sh.rfind("）", floor, at)  # 14宗（2023年为19宗），…
        compared = at >= 0 and (aside or pat.COMPARED_YEAR.search(text.sh, max(floor, at - 2), at + len(found))
                                or pat.REVISION.match(text.sh, at + len(found))  # 《…法》（2022年修订）
                                or pat.CARRIED.match(text.sh, at + len(found))  # 审结198件（含上年结转）
                                or (at > floor and text.sh[at - 1] in "为因由系属"
                                    and pat.YEAR_OF_CAUSE.match(text.sh, at + len(found), pos)))  # 均为2019年…遗留问题引发
        if dated is not None and dated.end() > pos:
            return found  # 比2022年的85.7%: the year dates the figure itself
        if compared and not aside and pat.OF_THAT_YEAR.fullmatch(text.sh, at + len(found), pos):
            return found  # 相比2019年出庭应诉率61.5%有所提升: that year's own rate
        if dated is None and not compared:
            return found
        pos = at
    return ""


def year_value(year_text: str, report_year: int | None) -> int | None:
    if not year_text:
        return None
    if year_text in ("去年", "上年", "上一年"):
        return report_year - 1 if report_year else None
    if year_text in ("今年", "本年"):
        return report_year
    year = year_of(year_text.rstrip("年度 "))
    return year if year is not None and 1900 <= year <= 2100 else None


def period(text: Text, pos: int, sentence_start: int) -> str:
    """A part-year period stated in the sentence, or opening the sentence just before."""
    found = ""
    for m in pat.PERIOD.finditer(text.sh, sentence_start, pos):
        if text.open_aside(sentence_start, m.start()) is not None and re.search(r"[）)]", text.sh[m.end():pos]):
            continue  # 受理88件（其中上半年受理41件），…纠错率为12.3%: an aside, closed before the figure
        # 上半年集中培训活动大幅减少，部分执法人员全年…未达到60学时: the year said after the part-year
        # after several years (“十四五”时期), only the figure's own clause: not 年度 in a catalogue's name between
        cs, ce = text.clause(pos)
        span = pat.SEVERAL_YEARS.match(text.sh, m.start()) is not None
        lo = max(m.end(), cs) if span else m.end()
        said = (y for y in re.finditer(pat.IN_THE_YEAR, text.sh[lo:ce])  # 五年来，…、公开…年度报告: a name, not the year
                if not (span and y.group(0) == "年度" and pat.YEARLY_THING.match(text.sh, lo + y.end())))
        found = "" if next(said, None) else text.text[m.start():m.end()]
        if found and "下半年" in text.sh[m.end():pos]:
            found = ""  # 上半年受理5件，下半年受理6件，审结11件，…纠错率18.2%: both halves said, then the year's
    if (not found and not pat.YEAR.search(text.sh, sentence_start, pos)  # 2025年对…实现全覆盖: its own year, not the span before
            and not re.search(pat.IN_THE_YEAR, text.sh[sentence_start:pos])):  # …中心组全年举办…2期: the year, after a sentence on 十四五
        prev = previous_sentence(text, sentence_start)
        if prev:
            m = pat.PERIOD.search(text.sh, prev[0], min(prev[1], prev[0] + 15))
            if (m and pat.SEVERAL_YEARS.match(text.sh, m.start()) and text.sh[prev[1]:prev[1] + 1] == "。"
                    and re.search(r"累计[^，,。；;\d]{0,12}?\d", text.sh[m.end():prev[1]])
                    and not re.search(r"累计|合计|共计", text.sh[sentence_start:pos])):
                m = None  # “十四五”以来，…累计开展会前学法70余次。邀请…举办讲座2期: the span summed up, then the year again
            if m and "下半年" in text.sh[m.end():prev[1]]:
                m = None  # 上半年集中学习活动较少，下半年逐步恢复正常。…举办…讲座1期: both halves said, so the year's
            found = text.text[m.start():m.end()] if m else ""
    if (not found and (half := pat.SECOND_HALF_OPENS.match(text.sh, text.clause(pos)[0]))
            and not re.search(pat.IN_THE_YEAR, text.sh[half.end():text.clause(pos)[1]])):
        # 其中下半年受理98件: the count of the half-year its clause opens on; not 下半年新调入的3名执法人员全年…未达到60学时
        found = text.text[half.start(1):half.end(1)]
    return found or text.heading_period(pos)  # 七、“十四五”时期法治政府建设回顾: the section looks back


@functools.lru_cache(maxsize=None)
def any_of(words: tuple[str, ...]) -> str:
    """A group matching any of `words`, each taken literally (a spec's verbs or near words)."""
    return "(?:" + "|".join(map(re.escape, words)) + ")"


@functools.lru_cache(maxsize=None)
def phrase_pattern(phrase: str) -> re.Pattern[str]:
    """A catalogue phrase as a pattern: `…` stands for up to 16 characters within a clause
    (均报…备案: 报常德市人民政府和县人大常委会备案), `……` for up to 48 with no negation (均……，并……报…备案:
    均严格履行起草、征求意见、合法性审核和集体审议程序，并在印发之日起15日内报送区人民政府备案)."""
    return re.compile("[^，,。；;未没无不]{0,48}?".join(
        "[^，,。；;]{0,16}?".join(re.escape(part) for part in piece.split("…")) for piece in phrase.split("……")))


@functools.lru_cache(maxsize=None)
def longest_at_each(words: tuple[str, ...]) -> re.Pattern[str]:
    """Finds, at every position where one of `words` starts, the longest of them there (group 1);
    matches may overlap (不少于 at 0 and 少于 at 1)."""
    return re.compile("(?=(" + "|".join(map(re.escape, sorted(set(words), key=len, reverse=True))) + "))")


def without_origin(seg: str) -> str:
    """`seg` with where newcomers came from masked (5名年中由区城管局转隶的执法人员): not the figure's unit."""
    return blank(pat.CAME_FROM, seg)


def without_hosts(seg: str) -> str:
    """`seg` with the hosts of what was attended masked (参加了区委组织部、区司法局联合举办的…培训班): not the scope."""
    seg = blank(pat.HOSTS_FIRST, seg)  # 县委组织部、县司法局联合举办…培训班: who held it
    return pat.HOSTED_BY.sub(lambda m: (kept := m.group(1) or m.group(2)) + "□" * (len(m.group(0)) - len(kept)), seg)


def _others_short(text: Text, hi: int) -> bool:
    """Units counted as each reaching a share (…达到5%以上), then other units short of it later in the sentence,
    not among them (其中) and not a total of all (共配备…占…总数的6.3%): the units counted are some of the area's."""
    other = pat.OTHER_UNITS_SHORT.search(text.sh, hi, text.sentence(hi)[1])
    if other is None or "其中" in other.group(0):
        return False
    said = text.sh[hi:other.start()]
    return bool(re.search(r"%\s*(?:以上|及以上)", said)) and not re.search(r"共|平均|总数|合计|整体|总体", said)


def scope(text: Text, lo: int, hi: int, everyone_hi: int | None = None) -> tuple[str, str, bool, list[str]]:
    """(scope as written, kind, everyone, departments) of the clause text before a figure's term."""
    if (behalf := pat.ON_BEHALF.search(text.sh, lo, hi)) and not text.sh[behalf.end():hi].strip():
        hi = behalf.start()  # 县政府分管负责同志代表县政府出庭: whom they stand for, not who appeared
    # 在区对街道和区级部门综合考核中的分值权重: the units assessed are not the figure's scope
    seg = blank(pat.ASSESSED, text.sh[lo:hi])
    if pat.ATTENDED_CLASS.search(seg):  # 局长参加了…举办的县直部门主要负责人…培训班: the class's audience
        seg = blank(pat.CLASS_AUDIENCE, seg)
    seg = without_hosts(seg)
    # 邀请田阳区人民法院法官、区司法局业务骨干到镇作法治专题讲座: the guests are not the scope
    seg = blank(pat.GUESTS, seg)
    # 覆盖县直执法部门和11个乡镇的…系统: what the thing covers, not some of the units
    seg = blank(pat.COVERING, seg)
    seg = blank(pat.SENT_TO, seg)  # 报送市级部门汇总: where it goes
    seg = blank(pat.CONSULTED, seg)
    seg = blank(pat.HELD_AGAINST, seg)
    seg = blank(pat.INSPECTORS_BEFORE, seg)
    seg = blank(pat.TEAMS_SENT, seg)
    seg = blank(pat.REVIEWED_BY, seg)
    seg = without_origin(seg)
    seg = blank(pat.SOURCE_NAMED, seg)  # 据地区司法局通报，…: whom it is quoted from
    if pat.REPORT_VENUE.search(text.sh, lo, min(len(text.sh), hi + 16)):  # 在全县乡镇党政主要负责人年终述职中专题述法: the meeting, not the scope
        seg = blank(pat.REPORT_VENUE, seg + text.sh[hi:hi + 16])[:len(seg)]
    everyone = bool(pat.EVERYONE.search(text.sh[lo:max(hi, everyone_hi or hi)]))
    found = [m for m in pat.DEPARTMENT.finditer(seg) if not pat.GOVERNMENT_ORGAN.search(m.group(0))
             and not pat.GUEST.search(seg, 0, m.start())  # 邀请县司法局律师开展法治讲座: the speaker's office, not the scope
             and seg[m.start() - 1:m.start()] != "全"]  # 全县乡镇便民服务中心: all of them, not one unit
    depts: list[str] = []
    for k, m in enumerate(found):  # 市生态环境局综合行政执法支队: one unit, the second name right after the first
        if k and m.start() == found[k - 1].end():
            depts[-1] += m.group(0)
        elif k and m.start() == found[k - 1].end() + 3 and seg.startswith("下设的", found[k - 1].end()):
            depts[-1] = m.group(0)  # 执法大队下设的阳明堡超限检测站: the station only
        else:
            depts.append(m.group(0))
    if veterans := pat.VETERANS.search(seg):  # 执法队22名在岗老队员…均达到60学时以上: the new ones left out
        people = pat.PEOPLE_TERM.match(text.sh, hi) if veterans.end() == len(seg) else None  # the term 队员 after 老
        return text.text[lo + veterans.start():lo + veterans.end()] + (people.group(0) if people else ""), "part", everyone, depts
    if organ := pat.ORGAN_AND_TEAM.search(seg):  # 局机关和执法大队执法人员: those two of its units
        return text.text[lo + organ.start():lo + organ.end()], "part", everyone, depts
    if (bare := pat.COUNT_OF_THOSE.fullmatch(seg)) and re.search(r"中[，,]\s*$", text.sh[max(0, lo - 3):lo]):
        # 全县33个行政执法主体中，已有31个法制审核人员占本单位…: those 31, the units said in the clause before
        return text.text[lo + bare.start(1):lo + bare.end(1)], "part", everyone, depts
    for m in pat.PART.finditer(seg):
        if seg.startswith("中", m.end()) and pat.PART.search(seg, m.end()):
            continue  # 全县38个执法单位中35个单位…: the part is the count after 中
        if seg.startswith("中", m.end()) and (team := next((d for d in found if d.end() == m.start()), None)):
            # 县应急管理综合行政执法大队22名执法人员中仅有1名法制审核人员: that unit's people, counted as its base
            return text.text[lo + team.start():lo + team.end()], "unit", everyone, depts
        if bare := pat.BARE_PART.match(seg, m.end()):  # 全县32个执法单位中29个的…: those 29, named with the whole
            return text.text[lo + m.start():lo + bare.end()], "part", everyone, depts
        if (m.group(0).startswith("其余") or not re.search(r"(?:全[市县区省镇旗州乡]?|各|所有)(?:共有|共)?$", seg[:m.start()])
                or _others_short(text, hi)  # 全县28个部门…达到5%以上，…等3个部门尚未达到
                or re.search(r"(?:街镇|镇街|乡镇|街道|镇（街道）|镇（街）|乡（镇）)$", m.group(0))):  # 全区6个街镇…均为100%: the towns' only  # 全市34个执法部门均…: all of them; 全区其余各执法部门: the rest
            return text.text[lo + m.start():lo + m.end()], "part", everyone, depts
    if among := pat.SOME_OF_THE_TEAM.search(seg):  # 局领导班子中1名新任副局长尚未参加…: that one of them
        return text.text[lo + among.start(1):lo + among.end(1)], "part", everyone, depts
    share = pat.SHARE_OF_PEOPLE.search(seg)
    if share and pat.PEOPLE_TERM.match(text.sh, hi):  # 96.2%的执法人员完成了60学时: that share of them only
        return text.text[lo + share.start():hi] + text.text[hi:hi + len(pat.PEOPLE_TERM.match(text.sh, hi).group(0))], "part", everyone, depts
    squads = pat.SQUADS.search(seg)
    if squads:  # 各执法大队法制审核人员比例均达到5%以上: the bureau's squads, not the bureau
        return text.text[lo + squads.start():lo + squads.end()], "part", everyone, depts
    fields = pat.FIELDS_LISTED.search(seg)
    if fields:  # 市场监管、生态环境等领域一线执法力量占比: those fields only
        return text.text[lo + fields.start():lo + fields.end()], "part", everyone, depts
    if data := pat.FIELDS_DATA.search(seg):  # 水路执法检查数据尚未与省级平台联通, 年内实现水路执法检查数据与…联通
        return text.text[lo + data.start(1):lo + data.end(1)], "part", everyone, depts
    if places := pat.PLACES_LISTED.match(seg):  # 钟祥市、掇刀区负责人出庭应诉率…: those governments
        return text.text[lo + places.start():lo + places.end()], "part", everyone, depts
    if ((village := pat.VILLAGE_LEVEL_BEFORE.search(seg)) and re.match(r"[\u4e00-\u9fff]{0,6}?(?:公开|标准)", text.sh[hi:])
            and not re.search(r"\d+\s*个(?:村|社区)", text.sh[hi:text.clause(hi)[1]])):  # not …尚有3个村仍在编制: those 3, read later
        return text.text[lo + village.start():lo + village.end()], "part", everyone, depts
    level = pat.ONE_LEVEL.search(seg)
    before = pat.TOWNS_JOINED_BEFORE.search(seg, 0, level.start()) if level else None
    after = pat.TOWNS_JOINED_AFTER.match(seg, level.end()) if level else None
    if level and (before or after):  # 各乡镇（街道）和县直部门负责人, 各区级执法部门、各街道（镇）: both levels, every unit
        at, end = (before.start() if before else level.start()), (after.end() if after else level.end())
        return text.text[lo + at:lo + end], "whole", everyone, depts
    if level:  # 区级执法部门比例全部达到5%以上: the district's own departments, not the 镇街 units
        return text.text[lo + level.start():lo + level.end()], "part", everyone, depts
    if squads := pat.SQUADS_NAMED.search(seg):  # 城区二中队、景区中队的法制审核人员比例尚未达到5%: those squads
        return text.text[lo + squads.start():lo + squads.end()], "part", everyone, depts
    if new := pat.NEWLY_APPOINTED.search(seg):  # 推动新提任的班子成员…参加法治专题脱产培训: those new to the team
        return text.text[lo + new.start():lo + new.end()], "part", everyone, depts
    few = pat.FEW_BEFORE.search(seg)
    if few:  # 部分执法人员 (the term names the people): some of them; 个别新入职队员 with the people named
        people = pat.PEOPLE_TERM.match(text.sh, hi) if text.sh.startswith("队员", hi) else None
        return text.text[lo + few.start():lo + few.end()] + (people.group(0) if people else ""), "part", everyone, depts
    if (described := pat.SOME_DESCRIBED.search(seg)) and (people := pat.PEOPLE_TERM.match(text.sh, hi)):
        return text.text[lo + described.start():hi] + people.group(0), "part", everyone, depts  # 个别长期驻守…的执法人员
    if stations := pat.STATIONS_SENT.search(seg):  # 派驻乡镇（片区）自然资源所的执法人员: the stations' people only
        return text.text[lo + stations.start():lo + stations.end()], "part", everyone, depts
    if (served := pat.SOME_BY_TENURE.search(seg)) and (people := pat.PEOPLE_TERM.match(text.sh, hi)):
        return text.text[lo + served.start():hi] + people.group(0), "part", everyone, depts
    if (counted := pat.COUNT_BEFORE.search(seg)) and pat.FELL_SHORT.match(text.sh, hi):
        # 新入职的2名执法人员…未满60学时: those two, named with the people after the count
        people = pat.PEOPLE_TERM.match(text.sh, hi)
        return (text.text[lo + counted.start(1):lo + counted.end()] + (people.group(0) if people else ""),
                "part", everyone, depts)
    if lead := pat.OWN_LEADERSHIP.match(seg):
        return text.text[lo + lead.start(1):lo + lead.end(1)], "whole", everyone, depts
    in_court = re.sub(r"带头$" if not seg.lstrip().startswith("其中") else r"(?:带头|亲自)$", "", seg) if text.sh.startswith("出庭", hi) else seg  # …分管负责同志带头出庭应诉3次; 其中镇长亲自出庭2件: the head's own
    if pat.OWN_CASES.match(in_court) or (pat.OWN_GOVERNMENT_ONLY.fullmatch(seg) and pat.AS_DEFENDANT.match(text.sh, hi)):
        # 区政府作为被告的案件有38件, the term taking in 作为被告: the government's own cases too
        # 其中市政府负责人出庭应诉率100%, 市政府作为被告的案件…: the government's own cases
        own = re.match(r"\s*(?:其中[，,]?\s*)?(?:以)?(" + pat.OWN_GOVERNMENT + r"(?:(?:人民)?政府|本级)|[我本]局本级|(?:市|区|县|旗|镇)长)", seg)
        return own.group(1), "unit", everyone, depts
    kind = pat.CASES_OF_A_KIND.search(seg)
    if kind:  # 涉企行政诉讼案件无一败诉: those cases only
        return text.text[lo + kind.start():lo + kind.end()], "part", everyone, depts
    if (rest := re.match(r"\s*(?:[\u4e00-\u9fff]{0,8}?(?:执法队|大队|中队|支队|分局))?(其余|其他|余下)$", seg)) and (
            people := pat.PEOPLE_TERM.match(text.sh, hi)):  # 执法队其余执法人员: the team's rest
        # 除2名新入职执法人员外，其余执法人员…均达到60学时以上: the rest of them only
        return rest.group(1) + people.group(0), "part", everyone, depts
    if own_level := pat.ITS_OWN_LEVEL.match(seg):  # 其中支队本级执法人员54名…: the detachment's own staff, one unit
        return text.text[lo + own_level.start(1):lo + own_level.end(1)], "unit", everyone, depts
    among = seg.strip().strip("，,")[2:].strip("，, ")  # what follows 其中
    if (seg.lstrip().startswith("其中") and not depts and len(seg.strip().strip("，,")) > 2  # not 其中会前学法18次
            and not pat.PEOPLE_KIND.fullmatch(among)  # nor 其中专职法制审核人员3名
            and not pat.THE_COURT.fullmatch(among)  # nor 其中法院开庭审理205件
            and not re.match(r"(?:报送|报请|报|向)", among)  # nor 其中报送县人民政府备案2件
            and among not in ("在", "有", "为", "是")  # nor 其中在一线从事巡查执法的人员占比八成以上: a word before the term
            and not re.fullmatch(r"(?:共|已|还)?(?:作出|做出|完成|确定|研究|审议|出台|制定|制发)(?:了)?|[\u4e00-\u9fff]{2,8}工作的?"
                                 r"|[\u4e00-\u9fff（）]{2,12}?在[^，,。；;]{2,24}?(?:考核|考评|评估|评价|□)中的?", among)):
        # nor 共研究各类事项96项，其中作出重大行政决策2项: the act, not some of the units; nor 其中政务公开工作的分值权重: a field
        # of work; nor 其中政务公开工作在全县目标绩效考核中的分值权重: the field's place in the assessment (the units
        # assessed blanked: 在镇对各村（社区）绩效考核中的)
        return text.text[lo:hi].strip(), "part", everyone, depts
    sub = pat.SUBLEVEL.search(seg) or pat.LEVEL_FIRST.match(seg)
    if sub and (gov := pat.GOVERNMENT_AND.search(seg, 0, sub.start())):
        return text.text[lo + gov.start():lo + sub.end()], "whole", everyone, depts  # 区政府及各部门: all of them
    if sub:
        at = sub.start("level") if "level" in sub.re.groupindex else sub.start()  # 推动乡镇（街道）…: the level only
        return text.text[lo + at:lo + sub.end()], "part", everyone, depts
    towns = pat.TOWN_LIST.search(seg)
    if len(depts) > 1 or towns:  # 县交通运输局、县水利局…; 路口乡、长陵乡、关店乡…: some units, named
        named = "、".join(depts + ([towns.group(0)] if towns else []))
        return named, "part", everyone, depts
    if not depts and (listed := pat.NAMES_AND_OTHERS.search(seg)):  # 庐江、巢湖等分局: those and others
        return listed.group(1), "part", everyone, depts
    shared = (re.search(r"(?:[\u4e00-\u9fff]{2}、)+" + re.escape(depts[0][-6:]) + "$", seg[:seg.rfind(depts[0]) + len(depts[0])])
              if len(depts) == 1 and pat.DEPARTMENT.fullmatch(depts[0]) else None)
    if shared and not pat.DEPARTMENT.search(shared.group(0).split("、")[0]):
        return shared.group(0), "part", everyone, depts  # 莱山、长岛分局: two branches sharing the suffix
    if depts:
        last = seg.rfind(depts[-1]) + len(depts[-1])
        if pat.AND_OTHERS.match(seg, last):  # 区城管执法局等单位: it and others
            return "、".join(depts) + "等", "part", everyone, depts
        return "、".join(depts), "unit", everyone, depts
    level = pat.ALL_OF_A_LEVEL.search(seg)
    if level:  # 所有乡镇, 各县: every unit of a lower level, not the whole government
        return text.text[lo + level.start():lo + level.end()], "part", everyone, depts
    w = next((m for m in pat.WHOLE.finditer(seg) if not pat.GUEST.search(seg, 0, m.start())
              and not re.search(r"(?:报送|报请|呈报|报|向|经|由)$", seg[:m.start()])), None)
    if w:  # not 向市政府…报送备案, 按规定报送县政府备案: the recipient
        return w.group(0), "whole", everyone, depts
    return "", "", everyone, depts


def restates(clause: str, term: str) -> bool:
    """The clause opens by repeating the term's act (会前学法，全年学法11次; 区政府常务会议全年学法12次)."""
    head = pat.WHEN_FIRST.match(clause)
    at = clause.find(term[-2:], head.end() if head else 0)
    # 组织行政应诉业务培训1次 after 负责人出庭应诉制度: 应诉 names another thing (a training), not the act again
    return (len(term) >= 4 and 0 <= at <= 10 and not re.search(r"[\d一二三四五六七八九十两]", clause[:at])
            and not pat.ANOTHER_THING.match(clause, at + 2))


def leading_names(head: str, count: int) -> list[str]:
    """The units listed before a term whose numbers follow 分别为, when there are `count` of them."""
    head = re.sub(r"^\s*(?:[一二三四五六七八九十]+是|其中|但)", "", head)
    names = [n.strip() for n in re.split(r"[、和及与]", head) if n.strip()]
    return names if len(names) == count and all(2 <= len(n) <= 16 for n in names) else []


def heads(sh: str, pos: int, terms: tuple[str, ...]) -> bool:
    """Whether the noun written right after a count at `pos` is one of `terms` (a few modifiers allowed)."""
    ahead = re.split(r"[和及与、，,。；;：:（(]", sh[pos:pos + 16], maxsplit=1)[0]
    # 开庭审理的58件案件中, 开庭审理的52件行政诉讼案件: a generic noun after the count goes on counting the term before it
    return any(0 <= ahead.find(term) <= 4 for term in terms) or bool(
        re.match(r"(?:(?:一审)?(?:行政)?(?:诉讼|应诉))?(?:案件|事项)(?:中|里|$|均|全部|都)", ahead))  # 开庭的2件案件均由…


def cells(sh: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each tab-separated cell of a table row."""
    out, pos = [], start
    for part in sh[start:end].split("\t"):
        out.append((pos, pos + len(part)))
        pos += len(part) + 1
    return out


_BOUND_WORDS = longest_at_each(tuple(_BOUND_OF))


def last_bound_word(gap: str) -> str:
    """The bound of the last bound word in `gap`; 不少于 is not read as 少于."""
    spans = [(m.start(), m.start() + len(m.group(1)), _BOUND_OF[m.group(1)])
             for m in _BOUND_WORDS.finditer(gap)]
    whole = [s for s in spans if not any(o[0] <= s[0] and s[1] <= o[1] and o[1] - o[0] > s[1] - s[0] for o in spans)]
    return max(whole)[2] if whole else ""
