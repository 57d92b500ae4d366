"""Find every catalogue figure a narrative report states, with its evidence.

find_figures(document, catalogue) -> tuple[Figure, ...]. Pure text work: no judging here.
Patterns run on a same-length shadow of the text (full-width digits made ASCII), so each
figure's quote and offsets are cut from the original text.

A number is bound to what its clause says it counts: a count before a noun counts that noun,
the nearest figure name before a number owns it, a verb may take a count whose noun was left
out, a subject-less clause goes on about the previous one, and a shortfall belongs to its own
clause's subject. The words come from the catalogue and prose_lexicon.py; the text's sentences,
years and scopes from prose_text.py; table cells from prose_tables.py.
"""

from __future__ import annotations

import re
from dataclasses import replace
from fractions import Fraction

from ..read.documents import Document
from ..model import Catalogue, Figure, Indicator, number_text  # noqa: F401  (Figure is re-exported)
from . import prose_lexicon as lx
from . import prose_patterns as pat
from . import prose_tables as tables
from . import prose_text as tx
from .numerals import parse_number
from .prose_text import Amount, Text
from ..catalogue.extract_spec import ExtractSpec

def _level(ind: Indicator) -> str:
    """Whom the indicator counts (government, unit or person), or "" when it does not say."""
    return ind.level.value if ind.level is not None else ""


class _Finder:
    def __init__(self, text: Text, report_year: int | None, terms: tuple[str, ...] = (), government: str = "") -> None:
        self.t = text
        self.report_year = report_year
        self._indicators: tables.IndicatorTables | None = None  # found on first use
        # a town's or a street's report: figures of the government above it are not its own. In a
        # department's report only the whole government's organs (全市行政机关…) and its system's units
        # (全市系统内…) are: a 司法局 reports the whole city's work as its own
        bureau = bool(pat.DEPARTMENT_NAME.search(government))
        self.department = bureau and "司法" not in government
        self.justice_bureau = bureau and "司法" in government
        self.county_department = self.department and bool(re.search(r"(?:县|区|旗)[\u4e00-\u9fff]{2,12}$", government))
        self.service_bureau = self.department and bool(re.search(r"审批|政务服务|数据", government))
        self.county_proper = bool(re.search(r"(?:县|旗)(?:人民政府)?$", government))  # not a district: 全区 is above it
        town = pat.TOWN_NAME.search(government)
        self.town = bool(town)
        # in a street's report 街道 is the street itself (街道班子成员), not the streets of a district
        level = town.group(0).replace("人民政府", "").replace("办事处", "") if town else ""
        self.own_level = {level, "本" + level, "我" + level, level + "办事处", level + "政府", level + "人民政府"} if level else set()
        self.own_head = {level + "长", "其中" + level + "长"} if level in ("镇", "乡") else set()
        self.own_name = re.sub(r"(?:人民政府|政府|办事处)$", "", government)
        kind = self.own_name[-1:] if self.own_name and not bureau and not town else ""
        # what the report calls its own government (县政府, 本县, 宁强县人民政府) when it names it as a party
        self.own_party = self.own_level | ({kind + "政府", kind + "人民政府", "本" + kind, "我" + kind, self.own_name,
                                            self.own_name + "政府", self.own_name + "人民政府"} if kind and kind in "县区市旗州盟" else set())
        # a justice bureau's report speaks for its government: the areas above that government are not its own
        self.bureaus_government = (None if not self.justice_bureau
                                   else pat.HIGHER_THAN_COUNTY if re.search(r"(?:县|区|旗)司法局$", government)
                                   else pat.HIGHER_THAN_CITY if re.search(r"市司法局$", government) else None)
        self.higher = (pat.HIGHER_THAN_TOWN if town
                       else pat.HIGHER_THAN_DEPARTMENT if self.department
                       else pat.HIGHER_THAN_COUNTY if re.search(r"(?:县|区|旗)(?:人民政府)?$", government)
                       else pat.HIGHER_THAN_CITY if re.search(r"市(?:人民政府)?$", government) else None)
        # every indicator's terms: a later clause naming one of them has a subject of its own
        self.other_terms = tx.own_terms(terms) if terms else None
        self.own: tuple[str, ...] = ()  # the terms of the indicator being read
        self.own_claims: tuple[str, ...] = ()  # the words that make its claim (全覆盖)
        totals = {int(m.group(1)) for m in pat.OFFICERS_NOW.finditer(text.sh)}
        self.officers = totals.pop() if len(totals) == 1 else None  # the officers the report has, if it says one number

    @staticmethod
    def _about(spec: ExtractSpec) -> tuple[str, ...]:
        """The words a no-value shortfall must name to be the figure's: the catalogue's `about`, else
        its context words, its units other than %, and for a rate the words of a share (not 执法人员数量不足)."""
        if spec.about:
            return spec.about
        return spec.near_any + tuple(u for u in spec.units if u != "%") + (pat.RATE_WORDS if "%" in spec.units else ())

    def _names_about(self, about: tuple[str, ...], lo: int, hi: int) -> bool:
        """Whether [lo, hi) names one of `about`; 效率 is no rate (审核工作质量和效率有待提升)."""
        seg = self.t.sh[lo:hi].replace("效率", "□□")
        return any(w in seg for w in about)

    def _matters(self, spec: ExtractSpec, a: Amount) -> bool:
        """A count before 事项 counts the matters a term ending in 事项 names (共7项事项)."""
        return self.t.sh.startswith("事项", a.end) and any(w.endswith("事项") for w in spec.terms)

    def _other_term_between(self, spec: ExtractSpec, lo: int, hi: int) -> bool:
        """Whether another figure's name stands between a term and an amount (行政诉讼案件开庭64件:
        64 counts what 开庭 names). A name after 占 or before 总数的 is the base of a share, not a new subject."""
        if self.other_terms is None or hi <= lo:
            return False
        for m in self.other_terms.finditer(self.t.sh, lo, hi):
            base = "占" in self.t.sh[lo - 1:m.start()] or (re.match(r"(?:总数|总人数|人数)?的|总数|比例", self.t.sh[m.end():hi])
                                                             or pat.SHARE_WITHIN.match(self.t.sh, m.end(), hi))  # 在执法人员中的占比为5.4%
            base = base or (self.t.sh.startswith("的", lo) and m.start() - lo <= 3)  # 开庭审理的行政诉讼案件58件: the cases heard
            base = base or ("%" in spec.units and not self.t.sh[m.end():hi].strip() and re.search(  # 不少于本单位执法人员5%: of them
                r"(?:不少于|不低于|不得少于|不得低于|达到|超过|低于)(?:本单位|本部门|本局|全局)?$", self.t.sh[lo:m.start()]))
            shared = (self.t.sh.startswith("率", lo - 1) and (listed := pat.RATES_LISTED.match(self.t.sh, lo))
                      and listed.end() == hi and m.end() <= hi)  # 报备率、负责人出庭应诉率均为100%: one value for both
            if (m.group(0) not in spec.terms and not base and not shared and not any(m.group(0) in term for term in spec.terms)
                    and not tx.own_terms(spec.terms).fullmatch(m.group(0))):
                return True
        return False

    def _title_count(self, ind: Indicator, spec: ExtractSpec, ts: int, te: int) -> Figure | None:
        """A catalogue named in 《》 with its items counted in brackets right after it
        (《2020年度重大行政决策事项目录》（共11项））: the count of what the term names."""
        t = self.t
        start, end = next((s, e) for s, e in t.titles if s <= ts < e)
        if not re.search(r"(?:目录|清单)\s*》$", t.sh[ts:end]):
            return None
        opened = pat.TITLE_COUNT.match(t.sh, end)
        a = next((x for x in t.amounts_in(opened.end(), opened.end() + 1) if x.unit in spec.units), None) if opened else None
        if a is None or t.sh[a.end:a.end + 1] not in ("）", ")"):
            return None
        cs = t.clause(ts)[0]
        return self._make(ind, a, ts, te, negated=None, requirement=self._is_requirement(cs, ts, te, a.start, a.end),
                          baseline=False, statement=False, scope=tx.scope(t, cs, start)[:3])

    def _elastic_own(self, name: str) -> bool:
        """A name one of the indicator's own `…` terms matches (人均完成法律知识培训): the same subject."""
        return bool(self.own) and name not in self.own and bool(tx.own_terms(self.own).fullmatch(name))

    def _own_part(self, lo: int, hi: int) -> int:
        """Where the clauses from `lo` stop being about the same subject: the first later clause
        that names another catalogue figure (…，个别部门负责人法治专题脱产培训尚未完成)."""
        if self.other_terms is None:
            return hi
        pos = self.t.clause(lo)[1]
        while pos < hi:
            cs, ce = self.t.clause(pos + 1)
            # a name inside a document's title (我局起草的《…改革实施方案》已报审定) is not a subject
            m = next((m for m in self.other_terms.finditer(self.t.sh, cs, min(ce, hi)) if not self.t.in_title(m.start())
                      and not self._elastic_own(m.group(0))), None)
            if (m and m.start() < cs + 16 and "占" not in self.t.sh[cs:m.start()]  # 占全区行政执法人员总数的4.6%: a base, not a subject
                    and not (m.start() >= cs + 2 and self._opens_on_head(self.own, cs))  # 目录经县政府常务会议审议通过: the term's thing again
                    and not m.group(0).endswith(self.own_claims or ("\0",))  # 法治督察…，对县政府部门尚未实现督察全覆盖: the claim itself
                    and not (self.t.sh[m.start() - 1:m.start()] == "与" and pat.BASE_OF_A_RATIO.match(self.t.sh, m.end()))  # 与执法人员的配比为8.7%: the same
                    and not (self.t.sh[m.start() - 1:m.start()] == "在" and pat.SHARE_WITHIN.match(self.t.sh, m.end()))):  # 在执法人员中的占比为5.4%
                return cs
            pos = ce
        return hi

    def _opens_on_head(self, terms: tuple[str, ...], pos: int) -> bool:
        """The clause at `pos` opens on the head word of one of `terms` (目录 for 重大行政决策事项目录)."""
        return any(len(w) >= 4 and self.t.sh.startswith(w[-2:], pos) for w in terms)

    def _clauses(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The clauses from the one at `lo` to the one at `hi`, both included."""
        out, pos = [], lo
        while pos <= hi and pos < len(self.t.sh):
            c = self.t.clause(pos)
            out.append(c)
            pos = c[1] + 1
        return out

    def _ends_on_semicolon(self, pos: int) -> bool:
        """The sentence at `pos` ends on a semicolon, so the next one goes on in the same sentence."""
        end = self.t.sentence(pos)[1]
        return self.t.sh[end:end + 1] in ("；", ";")

    def _context_ok(self, spec: ExtractSpec, s: int, e: int, ts: int | None = None) -> bool:
        sent = self.t.sh[s:e]
        js = s
        # 制发规范性文件23件…；按照要求报送备案23件: a list joined by ； shares its subject (a statement's
        # words are its claim, 实现…全覆盖, and stay its own sentence's)
        for _ in range(1 if spec.kind == "figure" else 0):
            if js < 2 or self.t.sh[js - 1] not in ("；", ";"):
                break
            js = self.t.sentence(js - 2)[0]
        joined = tx.blank(pat.UNRELATED, self.t.sh[js:e])  # …分值占考核总分的8%，…与政务公开无关: disowned
        # （三）抓好领导干部学法。…开设法治专题讲座，全年共三期: the item's title says whose
        prev = tx.previous_sentence(self.t, s) if spec.near_before else None
        before = self.t.sh[prev[0]:prev[1]] if prev else ""
        # 全年…会前学法十次，…。邀请…举办法治专题讲座两期: the sentence before says whose
        # 一是领导干部学法还不够系统。全年仅举办法治专题讲座1期: the item's inline title says whose, where the
        # sentence before may (near_before)
        lead = before[max(before.rfind("："), before.rfind(":")) + 1:]  # …还存在一些不足：一是…。
        inline = lead if pat.ITEM_TITLE.fullmatch(lead) else ""
        return (all(w in joined for w in spec.near) and (not spec.near_any or any(w in joined for w in spec.near_any)
                                                         or any(w in self.t.item_title(s) for w in spec.near_any)
                                                         or any(w in inline for w in spec.near_any)
                                                         or any(w in before for w in spec.near_before))
                and (not spec.topic or any(w in sent for w in spec.topic) or self._topic_before(spec.topic, s))
                and not self._not_near(spec, s, e, ts))

    def _not_near(self, spec: ExtractSpec, s: int, e: int, ts: int | None = None) -> bool:
        """A `not_near` word in the sentence, or for a statement in the term's own act of it."""
        if not spec.not_near:
            return False
        lo, hi = self._own_act(s, e, ts) if ts is not None and spec.kind == "statement" else (s, e)
        if ts is not None and spec.kind == "statement" and pat.BUILT_HERE.match(self.t.sh, ts, self.t.clause(ts)[1]):
            lo, hi = self.t.clause(ts)  # 完成…目录动态调整，…，镇村两级基层政务公开标准体系已全面建成: the claim's own clause
        if ts is not None and spec.kind == "statement" and pat.TOWNS_COVERED.search(self.t.sh, *self.t.clause(ts)):
            lo, hi = self.t.clause(ts)  # 对6个苏木镇和19个旗直部门开展法治督察，实现对苏木镇法治督察全覆盖: the claim names the towns
        own = tx.blank(pat.WHY_LOST, self.t.sh[lo:hi])  # 败诉率16.7%，败诉原因主要集中在…信息公开答复期限等方面: why, not which cases
        own = tx.blank(pat.CASES_CONCERN, own)  # 复议案件2件，均涉及信息公开申请答复，…零纠错: what they were about
        return any(w in own for w in spec.not_near)

    def _own_act(self, s: int, e: int, ts: int) -> tuple[int, int]:
        """The part of the sentence that holds the term, when a clause opening on 同时 starts another act
        (…，对各镇（街道）实现督察全覆盖，同时对区直各部门…实现…全覆盖: two claims, each with its own words)."""
        lo, hi, pos = s, e, s
        while pos < e:
            cs, ce = self.t.clause(pos)
            if cs > s and pat.ANOTHER_ACT.match(self.t.sh, cs):
                if cs <= ts:
                    lo = cs
                else:
                    hi = cs
                    break
            pos = ce + 1
        return lo, hi

    def _topic_before(self, words: tuple[str, ...], s: int) -> bool:
        """An earlier sentence of the same paragraph names the topic (…行政复议申请658件。审结587件，
        综合纠错率为9.8%)."""
        if s < 2 or self.t.sh[s - 1] == "\n":
            return False
        start = self.t.sh.rfind("\n", max(0, s - 240), s) + 1 or max(0, s - 240)
        prev = self.t.sh[start:s]
        return any(w in prev for w in words)

    def _shortfall(self, spec: ExtractSpec, lo: int, hi: int) -> tuple[int, int] | None:
        seg = tx.blank(pat.FOUND_LISTED, self.t.unquoted[lo:hi])  # words quoted are someone's words, not the report's claim
        seg = tx.blank(pat.OPINIONS_RAISED, seg)  # 群众代表提出的关于草场纠纷调处不及时等意见: what others said of something else
        best = None
        # at each place the longest phrase decides (未达 in 未达标); the first place not excused is the shortfall
        for m in tx.longest_at_each(spec.shortfall + lx.SHORTFALL).finditer(seg):
            i, phrase = m.start(), m.group(1)
            if pat.NONE_HAPPENED.search(seg, 0, i):
                break  # 未发生因调解不及时引发的…案件: none of it
            if pat.NEGATED_LATE.search(seg, max(0, i - 2), i) and not phrase.startswith(("未", "不", "没", "尚", "仍", "还")):
                continue  # 于3月下旬公开，未超过规定时限: within the time, not late
            if not ((seg[i + len(phrase):i + len(phrase) + 1] == "的" and not phrase.startswith("晚于")  # 晚于规定的时间: late
                     and not (pat.PROBLEM_NAMED.match(seg, i + len(phrase) + 1)
                              and pat.PROBLEM_OWNED.search(seg, max(0, i - 40), i)))  # 坦承…年度报告公开延迟的问题: the shortfall, owned
                    or pat.WHO_NOT_YET.match(seg, i + len(phrase))  # 组织未参训的科室负责人参加培训: names who
                    or (pat.OBJECT_OPENS.search(seg, max(0, i - 14), i) and pat.OBJECT_CLOSES.match(seg, i + len(phrase)))):
                # 对实施后明显未达到预期效果或者…的决策及时调整: which decisions are meant, not a shortfall
                best = (i, i + len(phrase))
                break
        for m in pat.SHORTFALL_RE.finditer(seg):
            if pat.WHO_NOT_YET.match(seg, m.end()):
                continue  # 参训对象均为新任或尚未参加过…培训的负责人: names who took part, says nothing missed
            if pat.OBJECT_OPENS.search(seg, max(0, m.start() - 14), m.start()) and pat.OBJECT_CLOSES.match(seg, m.end()):
                continue  # 对上年度未开展实地督察的6个部门逐一开展督察: which departments, not a shortfall
            if seg[m.end():m.end() + 1] != "的" and not seg.startswith("的", m.end() + 2) and (best is None or m.start() < best[0]):
                best = (m.start(), m.end())  # 年终述职未报告…: not 对未按规定公开的单位
                break
        if (m := pat.SHORTFALL_AT_END.search(seg)) and (best is None or m.start() < best[0]):
            best = (m.start(), m.end())
        if best and seg[best[0]:best[1]] in ("不足", "短板", "差距") and (pat.SPOKEN_OF.search(seg, max(0, best[0] - 2), best[0])
                                                                   or pat.GAINS_AND.search(seg, max(0, best[0] - 4), best[0])):
            return None  # 述法报告既讲成效、也讲不足, 如实反映…的做法和不足: the shortcomings spoken of, not one
        if best and seg[best[0]:best[1]] in ("不足", "短板", "差距", "问题") and pat.EXPOSED_BY.search(seg, max(0, best[0] - 24), best[0]):
            return None  # 对述法中暴露的依法决策、依法行政方面的不足，明确整改措施: the shortcomings it brought out, not its own
        if best and seg[best[0]:best[1]] in ("不足", "不够", "还不够", "仍不够") and pat.SKILL_AFTER.match(seg, best[1]):
            return None  # 部分执法人员对综合执法办案系统的操作还不够熟练: a skill short, not the system
        if best and seg[best[0]:best[1]] in ("不足", "不够") and pat.SKILL_SHORT.search(seg, max(0, best[0] - 6), best[0]):
            return None  # 法制审核能力明显不足: the skill falls short, not the number or the thing
        return (lo + best[0], lo + best[1]) if best else None

    def _is_requirement(self, lo: int, ts: int, te: int, a_start: int, a_end: int) -> bool:
        verb_term = self.t.sh[ts:te] if self.t.sh.startswith(("纳入", "列入"), ts) else ""  # 将…6个事项纳入目录管理
        before = self.t.sh[lo:ts] + verb_term + "|" + self.t.sh[te:a_start]
        # 共列入…、城区土地储备计划调整…等重大行政决策事项3项: the items' names say nothing of a plan
        before = tx.blank(pat.ITEMS_LISTED, before)
        before = tx.blank(pat.CONTENT_TAUGHT, before)
        words = [m.group(0) for m in pat.REQUIREMENT.finditer(tx.untitled(tx.past_deadlines(before, self.report_year)))]
        s = self.t.sentence(lo)[0]
        if words and set(words) == {"将"} and "将" not in [m.group(0) for m in pat.REQUIREMENT.finditer(
                self.t.sh, lo, self.t.clause(a_end)[1])]:
            words = []  # 将…等7项重大行政决策事项纳入目录: 将 opens a done act whose verb follows the count
        if (words and set(words) == {"计划"} and pat.PLAN_DRAWN_UP.search(before)
                and pat.ACHIEVED_AMOUNT.search(self.t.sh, self.t.clause(a_start)[0], a_start)):
            words = []  # 制定年度执法人员培训计划，…，每人全年累计培训不少于60学时: the plan drawn up, then what each got
        if words and set(words) == {"将"} and (pat.DISPOSAL.search(self.t.sh, lo, ts) or pat.DISPOSAL_MOVED.search(self.t.sh, lo, ts)
                                              or (pat.PUT_INTO_AFTER.match(self.t.sh, a_end) and not self.t.heading(lo)[2])):
            # 镇政府将本镇2024年度…目录…同步公开，目录列入事项2项; 镇政府将经…研究确定的2项重大行政决策事项编入年度目录:
            words = []  # 将 takes the thing as its object, the act is done, no future
        if words and set(words) == {"确保"} and (pat.DONE_IN_THE_YEAR.search(self.t.sh, s, lo)
                                                or pat.MET_AFTER.match(self.t.sh, self.t.clause(a_end)[1])
                                                or ((pat.OPENS_ON_DONE.match(self.t.sh, s) or pat.MEANS_THEN_ALL.search(self.t.sh, s, a_end))
                                                    and not self.t.heading(lo)[2])):
            # 全年举办培训班31期…，确保每名执法人员…不少于60学时 (…，经年底统计全部达标; 通过…等方式，确保…均不少于60学时):
            words = []  # what the year's work ensured
        if (words and set(words) == {"原则上"} and "原则上" not in self.t.sh[self.t.clause(a_start)[0]:a_start]
                and re.match(r"\s*(?:全年|年内|今年|一年来)", self.t.sh[self.t.clause(a_start)[0]:a_start])):
            words = []  # 坚持会前学法，原则上每月一次，全年共开展12次: the rule's frequency, then the year's count
        if words and set(words) == {"要求"} and pat.RULE_MET_BY_ALL.search(self.t.sh, lo, self.t.clause(a_end)[1]):
            words = []  # 60学时的…培训要求在全县执法人员中全部落实: the rule met, the term inside it
        if (words and set(words) == {"要求"} and pat.BY_THE_RULE.search(self.t.sh, self.t.clause(a_start)[0], a_start)
                and pat.STAFFED_BY_IT.match(self.t.sh, a_end) and not self.t.heading(lo)[2]):
            return False  # 县直23个行政执法部门均按照不低于…5%的要求配齐法制审核人员: staffed by the rule, done
        if not words and pat.RULE_KEPT.match(self.t.sh, a_end, self.t.clause(a_end)[1]):
            return False  # 不少于60学时的要求全面落实: the rule stated as kept
        if not words and pat.APPLIES_RULE.search(self.t.sh, lo, ts if ts > lo else a_start) and pat.RULE_AFTER.match(self.t.sh[a_end:a_end + 4]):
            return False  # 严格执行…每人每年…不少于60学时的要求: the rule applied in the year (a plan section says otherwise)
        urger = next((c for c in ((self.t.clause(lo - 1)[0],) if lo > s else ()) + (lo,) if pat.URGES.match(self.t.sh, c)), None)
        urged = pat.URGED_TO.search(self.t.sh, lo, a_start) or (
            urger is not None and self.t.clause(a_start)[0] > urger
            and (pat.TARGET_VERB.search(self.t.sh, lo, a_start) or self.t.sh.startswith(("不低于", "不少于"), a_start))
            and not pat.ALL_DONE.search(self.t.sh, self.t.clause(a_start)[0], a_start)  # 督促…，…执法人员均完成不少于60学时: done
            and not pat.WHOLE_RESULT.match(self.t.sh, self.t.clause(a_start)[0]))  # 督促…，全市…出庭应诉率达到98.6%: the result
        rule_after = bool(pat.RULE_AFTER.match(self.t.sh[a_end:a_end + 4])
                          or pat.RULE_AFTER_NAMED.match(self.t.sh, a_end, self.t.clause(a_end)[1])) and not (
            pat.ALL_DONE.search(self.t.sh, self.t.clause(a_start)[0], a_end)  # 全部达到每人每年60学时的要求: all met it
            or (pat.REACHED_RULE.search(self.t.sh, self.t.clause(a_start)[0], a_start)  # 配备…1名，达到…占执法人员5%以上的要求: met
                and not any(b.end <= a_start and b.unit in {x.unit for x in self.t.amounts_in(a_start, a_end)}
                            for b in self.t.amounts_in(self.t.sentence(a_start)[0], a_start)))  # (比例为7.1%，达到…不低于5%的要求: the rule)
            or pat.ABOVE_THE_RULE.match(self.t.sh, max(0, a_start - 3), a_start + 2))  # 比例高于5%的标准: the value, above it
        rule = bool(words) or rule_after or bool(urged) or self.t.sh.startswith(("下限", "上限"), a_start)  # 学时下限为60学时: a limit set
        return rule and not pat.FULFILLED.search(self.t.sh[lo:a_start])

    def _make(self, ind: Indicator, a: Amount | None, ts: int, te: int, *, negated: tuple[int, int] | None,
              requirement: bool, baseline: bool, statement: bool, scope: tuple[str, str, bool],
              quote_lo: int | None = None, quote_hi: int | None = None, qualifier: str = "",
              year_text: str | None = None) -> Figure:
        t = self.t
        if ind.informational and a is not None:
            negated = None  # 纠错率仍在12%以上，反映出…有待提升: a figure with no target is shown, never missed
        lo = min(ts, a.start) if a else ts
        hi = max(te, a.end) if a else te
        if negated:
            hi = max(hi, negated[1])
        qs, qe = t.quote_span(quote_lo if quote_lo is not None else lo, quote_hi if quote_hi is not None else hi)
        s, _ = t.sentence(lo)
        lcs = t.clause(lo)[0]  # the clause the figure stands in
        if (br := t.open_aside(lcs, lo)) is not None:
            lcs = br + 1  # 败诉率20%（全区同期平均败诉率为11.2%）: an aside opens its own subject
        anchor = a.start if a else ts
        named = pat.OBJECT_YEAR.search(t.sh, max(s, ts - 16), ts) if statement and year_text is None else None
        if named and t.sh[named.start() - 1:named.start()] in ("自", "从", "于", "在", "至", "截"):
            named = None  # 自2022年行政复议体制改革完成以来: a time, not the thing's name
        elif named and not pat.DOCUMENT_WORD.search(t.sh, ts, te + 12):
            named = None  # 2022年县行政复议体制改革全面完成: the act's year; only a document is named by its year
        if year_text is not None:
            pass  # a table's year column
        elif (statement and not requirement and (when := pat.PUBLISHED_WHEN.match(t.sh, te))
              and when.group(1) == f"{self.report_year}年"):
            year_text = when.group(1)  # 2024年度…报告于2025年1月在…公开: the act's own date, not the thing's year
        elif named:  # 公开2022年度…报告: the year names the thing; the act's year is the sentence's own, or the report's
            year_text, at = "", named.start()
            while (found := tx.own_year_before(t, at, s)) and (earlier := t.sh.rfind(found, s, at)) >= 0 \
                    and t.sh.startswith("度", earlier + len(found)):
                at = earlier  # 完成2019年度全市…报告的起草，本局2019年度…报告于3月底前…公开: another thing's name
            year_text = found
            if year_text.startswith(("上", "去")):
                year_text = ""  # 报告上一年度法治政府建设情况，…公开上一年度…报告: another name, not the act's time
            year_text = year_text or t.heading_year(named.start())
        elif statement and (when := pat.DONE_WHEN.match(t.sh, te)) and not tx.own_year_before(t, ts, s):
            year_text = when.group(1)  # 工作体系已于2024年底建成: the act's own date, after the thing
        else:
            year_text = tx.year(t, anchor, s)
        planned = requirement or t.heading(lo)[2]
        # under the plans, 回顾“十四五”以来，全县累计制发规范性文件31件: a look back over the span, not a plan
        period = tx.period(t, anchor, s)
        look_back = (not requirement and a is not None and bool(pat.SEVERAL_YEARS.search(period))
                     and bool(pat.ADDED_UP.search(t.sh, s, a.start)))
        if look_back:
            planned = False
        if (planned and not requirement and a is not None and year_text and year_text in t.sh[max(0, a.start - 3):a.start]
                and tx.year_value(year_text, self.report_year) == self.report_year is not None):
            planned = False  # under the plans, 认真总结今年两起行政诉讼案件的经验教训: the year's count said again
        vs, ve = (a.start, a.end) if a else (negated if negated else (ts, te))
        # under 下一步工作打算 everything is a plan, and so is a sentence that opens on 下一步 or 明年
        requirement = planned or (not negated and bool(pat.PLAN_OPENER.match(t.sh, s)))
        year = tx.year_value(year_text, self.report_year)
        if (not requirement and not negated and year is not None and self.report_year is not None and year > self.report_year
                and not pat.FULFILLED.search(t.sh, lcs, hi) and not look_back):
            requirement = True  # a report on 2025 stating a 2026 figure states a target (已于2026年1月公开 is done)
        scope = self._subject(ind, a, ts, lo, hi, s, lcs, scope, negated=negated, statement=statement,
                              planned=planned, requirement=requirement)
        if scope[1] == "higher" and pat.WENT_TO.search(scope[0]):
            scope = ("", "", scope[2])  # 印发后报送县政府备案2件, 镇长在向县政府述职时…述法: where it went, not whose it is
        elif (scope[1] == "unit" and (at := t.sh.rfind(scope[0], lcs, hi)) >= 0
              and pat.WENT_TO.search(t.sh, max(lcs, at - 12), at + len(scope[0]))):
            scope = ("", "", scope[2])  # 将其报送县司法局备案1件: where it went
        elif (scope[1] == "unit" and pat.JUSTICE_BUREAU.search(scope[0]) and (at := t.sh.rfind(scope[0], s, hi)) >= 0
              and (t.sh.startswith("经", at - 1) or pat.JUSTICE_ACTS.match(t.sh, at + len(scope[0])))):
            scope = ("", "", scope[2])  # 该文件经旗司法局合法性审核…，报旗人民政府备案1件: the reviewer, not whose it is
        elif ((scope[1] == "part" or (scope[1] == "whole" and re.search(r"[和及、与]", scope[0])))  # both levels assessed
              and a is not None and a.unit == "%" and (at := t.sh.rfind(scope[0], s, ts)) >= 0
              and pat.ASSESSMENT_AFTER.match(t.sh, at + len(scope[0]), ts)):
            scope = ("", "", scope[2])  # 在县对镇（街道）和县直部门目标管理绩效考核中，…权重设定为5%: the units assessed
        cls, cle = t.clause_span(lo, hi)
        count_of = t.text[ts:te] if a and a.unit in lx.COUNT_UNITS else ""
        return Figure(
            indicator=ind.id, name=ind.name, value=a.value if a else None,
            unit=(a.unit if a else ""), bound=(a.bound if a else ""), placeholder=bool(a and a.placeholder),
            negated=negated is not None, requirement=requirement, baseline=baseline, statement=statement,
            period=period, year=year, year_text=year_text,
            scope=scope[0], scope_kind=scope[1], everyone=scope[2], text=t.text[vs:ve],
            quote=t.text[qs:qe], location=t.doc.location(qs), start=qs, end=qe, value_start=vs, value_end=ve,
            clause=t.text[cls:cle], count_of=count_of, qualifier=qualifier,
        )

    def _subject(self, ind: Indicator, a: Amount | None, ts: int, lo: int, hi: int, s: int, lcs: int,
                 scope: tuple[str, str, bool], *, negated: tuple[int, int] | None, statement: bool,
                 planned: bool, requirement: bool) -> tuple[str, str, bool]:
        """Whose figure it is: the scope the words around it give, then who the sentence says acts
        (a unit or team named before, the government's own cases, a government above, other units)."""
        t = self.t
        if (self.department or self.town) and (sued := pat.GOVERNMENT_SUED.search(t.sh, t.clause(ts)[0], ts)):
            # 本局还配合县政府办理了以县人民政府为被告的…行政诉讼案件4件, in a bureau's report (镇政府积极配合县政府办理以
            # 县政府为被告的…案件4件, in a town's): the government's cases
            return t.text[sued.start(1):sued.end(1)], "higher", False
        if (a is None and negated and not planned and scope[1] in ("", "whole")
                and (some := pat.SOME_COUNTED.search(t.sh, t.sentence(ts)[0], negated[0]))
                and some.end() > t.clause(negated[0])[0]):  # the count in the clause that falls short (not 中有4人已取得执法证件，…还没有配备)
            # 全县1046名在岗行政执法人员中，仍有37人年度法律知识培训未达到60学时: those 37, not the county
            counted = re.search(r"(?:\d+|[一二两三四五六七八九十])\s*(?:名|人|位|个单位|家单位|个|家)$", some.group(0))
            return t.text[some.start() + counted.start():some.end()], "part", False
        if (negated and not planned and scope[1] in ("", "whole")
                and (topic := pat.PEOPLE_AS_TOPIC.match(t.sh, t.sentence(ts)[0])) and topic.end() <= t.clause(negated[0])[0]):
            return t.text[topic.start(1):topic.end(1)], "part", False  # 对驻村队员，…，但…培训学时仍有欠缺: theirs
        if a is not None and a.bound and (meet := pat.UNITS_THAT_MEET.match(t.sh, a.end)):
            # 比例不低于5%的执法部门有14个: the rule names the units counted after it, not every unit
            return t.text[meet.start(1):meet.end(1)] + t.text[a.end:meet.start(1)].strip("的有共为达 "), "part", False
        cs, ce = t.clause(ts)
        if (self.department and statement and scope[1] in ("", "whole")
                and (listed := pat.IN_GOVERNMENTS_CATALOGUE.search(t.sh, cs, ts))):
            return t.text[listed.start(1):listed.end(1)], "higher", False  # 该方案列入旗人民政府年度…目录: the government's catalogue
        if not scope[1] and (unmet := pat.UNITS_UNMET.search(t.sh, cs, ce)):
            return t.text[unmet.start(1):unmet.end(1)], "part", False  # 推动…比例未达标的乡镇（街道）…达到5%以上: those units
        if (not scope[1] and self.higher in (pat.HIGHER_THAN_COUNTY, pat.HIGHER_THAN_CITY)
                and (lower := pat.TOWNS_PEOPLE.search(t.sh, cs, ce)) and lower.start() <= ts):
            return t.text[lower.start(1):lower.end(1)], "part", False  # in a county's report, 推动镇执法人员…: the towns' only
        if (statement and not negated and not planned and scope[1] == "part" and not pat.SUBSET_WORD.match(scope[0]) and scope[2]
                and not pat.SOME_LISTED.search(scope[0])  # 县市场监管、生态环境、农业农村等部门…全部录入: those named, not all
                and not (self.higher in (pat.HIGHER_THAN_COUNTY, pat.HIGHER_THAN_CITY) and pat.TOWNS_ONLY.fullmatch(scope[0])
                         and _level(ind) == "person"
                         and not re.search(r"部门|单位", t.sh[t.sentence(ts)[0]:ts]))):
            # 组成部门和7个镇主要负责人均述法: all those listed did it; in a county's report 11个乡镇…负责人全部参加…培训
            # is the towns' heads only, not the departments' the training is also for
            scope = (scope[0], "whole", scope[2])
        if (not scope[1] and a is not None and lcs > s
                and (among := pat.AMONG_UNITS_BEFORE.fullmatch(t.sh, t.clause(lcs - 1)[0], lcs))):
            return t.text[among.start(1):among.end(1)], "part", False  # 在已完成改革的…3支综合执法队伍中，一线执法人员占比…: theirs
        if not scope[1] and a is not None:
            # 县政府将政务公开工作纳入各乡镇、县直部门年度绩效考核，分值权重占4%: those assessed are not the figure's units
            found = pat.SUBLEVEL.search(tx.blank(pat.ASSESSED_INTO, tx.blank(pat.CONSULTED, t.sh[s:lo])))  # 各街道落实…，街道作为被告的案件出庭应诉率均为100%
            sub = (s + found.start(), s + found.end()) if found else None  # (not 广泛征求了各村和群众的意见: those asked)
            first_end = t.clause(s)[1]
            if t.sh[s:first_end].strip() == "其中" and first_end < lo:
                first_end = t.clause(first_end + 1)[1]  # 其中，市政府本级应诉案件57件，无一败诉
            first = (t.sh[s:first_end] if first_end < lo and not pat.GUESTS_FIRST.match(t.sh, s)
                     and not pat.HELPERS_FIRST.match(t.sh, s, first_end) else "")  # 积极争取旗委编办和旗司法局支持，…: the helpers
            if pat.SOURCE_NAMED.fullmatch(first.strip()):
                first = ""  # 据地区司法局通报，…: whom the figure is quoted from, not its subject
            dept = next((d for d in pat.DEPARTMENT.finditer(tx.without_hosts(tx.without_origin(first)))
                         if not pat.GOVERNMENT_ORGAN.search(d.group(0))
                         and not pat.GUEST.search(first, 0, d.start())), None)  # 中心组邀请县司法局…的同志: the guest
            ps, pe = t.clause(lcs - 1) if lcs > s else (s, s)
            if pat.TEAM_FIRST.match(t.sh, lcs) and lcs > s:
                # 市…综合行政执法支队下设4个大队，…，支队一线执法人员占比达86.5%: the team named before
                dept = next((d for d in reversed(list(pat.DEPARTMENT.finditer(t.sh, s, lcs)))
                             if d.group(0).endswith(t.sh[lcs:lcs + 4].lstrip()[:2])), None)
                first = "" if dept else first  # 下设4个大队 is the team's make-up, not a part scope
            elif self.department and lcs == s > 0 and pat.TEAM_FIRST.match(t.sh, s):
                # 组建市交通运输综合行政执法支队…。支队一线执法人员占比达到85%: the team the sentence before set up
                team = t.sh[s:s + 4].lstrip()[:2]
                dept = next((d for d in reversed(list(pat.DEPARTMENT.finditer(t.sh, t.sentence(s - 1)[0], s)))
                             if d.group(0).endswith(team)), None)
            if dept is None and not self.department and pat.OF_THE_BUREAU.search(t.sh, lcs, hi):
                # …，区城市管理和综合执法局整合街道执法力量，…，一线执法人员占全局执法人员的82%: that bureau's
                dept = next((d for d in reversed(list(pat.DEPARTMENT.finditer(t.sh, s, lcs)))
                             if not pat.GOVERNMENT_ORGAN.search(d.group(0))), None)
                first = "" if dept else first
            if dept is None and ps > s:  # 深化…改革，区综合行政执法局配备法制审核人员8名，比例为6.1%: the clause before's subject
                first = t.sh[ps:pe]
                dept = pat.DEPARTMENT.match(re.sub(r"^\s*(?:但|而|其中|同时)?(?:是)?", "", first))  # 但市综合行政执法局…
                dept = dept if dept and not pat.GOVERNMENT_ORGAN.search(dept.group(0)) else None
                if dept and pat.STAFFED_UP.match(first):
                    dept = None  # 充实执法监察大队和片区所执法力量，确保…: what is staffed, not who acts
                if dept and pat.GUESTS_FIRST.match(first):
                    dept = None  # 邀请区司法局、区人民法院…的专家，为街道领导班子举办…: the guests, not the subject
            # 但高新区分局受编制限制，法制审核人员占比仅为3.9%; not 市行政复议局, which acts for the government
            own = pat.OWN_CASES.match(t.sh, s, first_end) if first else None
            if own:  # 其中市政府本级应诉案件12件，出庭率100%: the government's own cases, said in the clause before
                scope = tx.scope(t, s, first_end)[:3]
            elif sub and not (dept and first.lstrip().startswith(dept.group(0))):  # not 区综合行政执法局在全区各街道设立执法中队，…
                scope = (t.text[sub[0]:sub[1]], "part", scope[2])
            elif first and (lvl := pat.ONE_LEVEL.search(tx.blank(pat.ASSESSED_INTO, first))):  # 县级综合执法部门执法力量持续下沉，一线执法力量占比达到85%以上
                scope = (lvl.group(0), "part", scope[2])
            elif (first and scope[2] and "、" in first and (units := tx.scope(t, s, first_end))[1] == "part"
                  and pat.UNITS_COUNTED.search(units[0])):
                scope = units[:3]  # 县市场监管、…六支综合执法队伍下沉执法力量，一线执法人员占比均超过70%: those units, each
            elif dept and not pat.PART.search(first):
                at = first.find(dept.group(0)) + len(dept.group(0))
                others = pat.AND_OTHERS.match(first, at)  # 督促宜川县局等单位补齐…，比例达到5%以上: it and others
                listed = [dept.group(0)]
                while (nxt := re.match(r"[、和及与]", first[at:at + 1]) and pat.DEPARTMENT.match(first, at + 1)):
                    listed.append(nxt.group(0))  # 其中区市场监管局、区生态环境分局组织有力，人均…60学时以上: both
                    at = nxt.end()
                scope = ((dept.group(0) + "等", "part", scope[2]) if others
                         else ("、".join(listed), "part", scope[2]) if len(listed) > 1 else (dept.group(0), "unit", scope[2]))
        if scope[1] == "whole" and a is not None and lcs > s:
            fce = t.clause(s)[1]  # the government's own cases named in the sentence's first clause
            if t.sh[fce - 1:fce] == "中" and pat.OWN_CASES.match(t.sh, s, fce):
                scope = tx.scope(t, s, fce)[:3]  # 市政府本级作为被告的案件中，…，市政府负责人出庭应诉9件: within those cases
            elif t.sh[s:fce].strip() == "其中" and pat.OWN_CASES.match(t.sh, s, lo):
                scope = tx.scope(t, s, lo)[:3]  # 其中，市政府作为被告的案件87件
        if not scope[1] and a is not None and lcs > s:
            fce = t.clause(s)[1]
            if pat.UNITS_CASES_AMONG.match(t.sh, s, fce) and (units := tx.scope(t, s, fce))[1] == "part":
                scope = units[:3]  # 21个乡镇（街道）作为被告的案件中，负责人出庭率也均达到100%: those units' cases
        if (self.justice_bureau and a is not None and scope[1] in ("", "whole")
                and pat.OWN_BUREAU.search(t.sh, t.sentence(lo)[0], a.start + 2)):  # 本局制发的…为零: the phrase's verb
            scope = ("本局", "unit", scope[2])  # a 司法局 reporting the city: 占本局执法人员的8.8% is the bureau's own
        if self.department and a is not None and pat.OF_THE_BUREAU.search(t.sh, lcs, a.start):
            scope = ("全局", "whole", scope[2])  # in a bureau's report, 处和支队共配备…，占全局执法人员的5.6%: the bureau's own
        elif (self.department and a is not None and scope[1] in ("", "whole")
              and (of_team := pat.OF_THE_TEAM.search(t.sh, lcs, a.start))):
            # 支队法制科配备…，占支队执法人员的6.3%; 支队坚持…，一线执法人员占支队人员的87%: the detachment's
            team = pat.BUREAU_TEAM.match(t.sh, lcs)
            scope = (t.text[team.start(1):team.end(1)] if team else of_team.group(1), "unit", scope[2])
        same_period = pat.SAME_PERIOD.match(t.sh, lcs, lo) if scope[1] in ("whole", "", "part") else None
        if same_period:  # 同期全区行政机关负责人出庭应诉率为98%: the area around, quoted for comparison
            g = 1 if same_period.group(1) else 2
            scope = (t.text[same_period.start(g):same_period.end(g)], "higher", False)
        elif self.higher is not None and (unit_then := pat.UNIT_SAME_PERIOD.match(t.sh, lcs, lo)):
            scope = (t.text[unit_then.start(1):unit_then.end(1)], "higher", False)  # 县政务服务中心同期好评率为99.9%
        elif (self.higher is not None and scope[1] != "higher"
              and (gov := pat.SAME_PERIOD_GOVERNMENT.match(t.sh, t.sentence(lo)[0], lo))
              and self.higher.fullmatch(gov.group(1))):
            scope = (t.text[gov.start(1):gov.end(1)], "higher", False)  # 同期，县政府本级复议案件的纠错率为12.4%, in a town's report
        if (self.higher in (pat.HIGHER_THAN_TOWN, pat.HIGHER_THAN_DEPARTMENT) and scope[1] in ("whole", "", "part")
                and (assessor := pat.ASSESSED_BY.match(t.sh, s, lo))):
            scope = (t.text[assessor.start(1):assessor.end(1)], "higher", False)  # 在区政府对各街道的绩效考核中，…权重为4%
        above = None
        # a 县司法局 speaks for its county: 全市行政复议纠错率为16.2%，我县低于… is the city's
        area = self.higher or (self.bureaus_government if scope[1] in ("whole", "") else None)
        if area is not None and scope[1] != "higher":
            # 略高于全县行政机关败诉率6.3%的平均水平, 与全市行政复议纠错率11.2%相比: the value compared with
            than = pat.COMPARED_TO.match(t.sh, lcs, lo) or (
                pat.COMPARED_WITH.match(t.sh, lcs, lo) if re.search(r"相比|相较", t.sh[lo:t.clause(lo)[1]]) else None)
            at = than.end() if than else lcs + (t.sh[lcs:lcs + 1] in "）)")  # …7件。）全区…出庭应诉率为95.6%: past the aside's close
            at = pat.JOINED_ON.match(t.sh, at, lo).end()  # 我县位列第二，而全州平均好评率为99.5%: past the conjunction
            if scope[1] in ("whole", "") or (scope[1] == "part" and area in (pat.HIGHER_THAN_TOWN, pat.HIGHER_THAN_DEPARTMENT)):
                above = area.match(t.sh, at, lo)  # 县政府今年出庭应诉率100%，我镇…: its subject; 区里对各镇（街道）提出的…要求
            elif (scope[1] == "part" and (asker := area.match(t.sh, at, lo))
                  and pat.ASKS.match(t.sh, asker.end(), lo)):
                above = asker  # 州政府要求各县（市）…出庭应诉率达到95%以上: the rule of the government above for those under it
            if not above and (by := pat.REPORTED_BY.match(t.sh, at, lo)):
                above = area.match(t.sh, by.end(), lo)  # 县委政法委年中通报的全县调解成功率: the body reporting is not whose it is
            if above and (judged := pat.REVIEWED_BY.match(t.sh, above.start(), lo)) and judged.end() > above.end():
                above = None  # 区政府经审理后均予以维持，未被纠错: the review body, not whose figure
            if above:
                scope = (t.text[above.start():above.end()].strip(), "higher", False)
            elif area is pat.HIGHER_THAN_TOWN and scope[1] == "part" and pat.ALL_TOWNS.match(scope[0]):
                scope = (scope[0], "higher", False)  # 各乡镇（街道）作为被告的…共27件, in a town's report: the county's
        if (not above and scope[1] in ("whole", "") and (area := self.higher or self.bureaus_government) is not None
                and a is not None and (avg := pat.AREA_AVERAGE.search(t.sh, lcs, a.start))
                and area.match(t.sh, avg.start(avg.lastindex))):
            scope = (avg.group(avg.lastindex), "higher", False)  # 纠错率高于全州平均水平（13.5%）: the prefecture's average
        if (scope[1] != "higher" and self.higher is pat.HIGHER_THAN_COUNTY and a is not None
                and (pref := pat.COUNTIES_AVERAGE.match(t.sh, lcs, a.start))):
            scope = (pref.group(1), "higher", False)  # 地区各县市负责人出庭应诉率平均水平为96.5%: the prefecture's average
        # in 乐陵市's report, 德州市全市同期败诉率为4.6%; in 沅江市's, 益阳市法院系统同期…平均败诉率为10.8%; in 枝江市's,
        # 宜昌全市…出庭应诉率; in 南漳县's, 襄阳市人民调解成功率: the city above
        if scope[1] in ("whole", "") and self.own_name and (named := self._named_above(lcs, lo)):
            scope = (named.group(1), "higher", False)
        if (scope[1] == "unit" and pat.COUNTY_UNIT.fullmatch(scope[0]) and (
                self.higher is pat.HIGHER_THAN_TOWN
                or (self.department and pat.AS_A_WHOLE.search(t.sh, lcs, ts) is not None))):
            # 兴山县政务服务中心全年好评率99.9%, in a town's report; 县政务服务中心整体好评率99.9%, in a county bureau's: the county's
            scope = (scope[0], "higher", False)
        if scope[1] == "unit" and self.higher in (pat.HIGHER_THAN_COUNTY, pat.HIGHER_THAN_CITY) and scope[0] in ("州本级", "盟本级"):
            scope = (scope[0], "higher", False)  # 州本级纠错率为15.4%, in a county's report: the prefecture's own level
        if (a is not None and self.own_name and (named := pat.NAMED_UNITS.match(t.sh, lcs, lo))
                and not self.own_name.endswith(named.group(1)) and "平均" in t.sh[lcs:a.start]):
            scope = (named.group(1), "higher", False)  # in 邵东市's report, 邵阳市各县市区…出庭应诉率平均为89.6%: the city's average
        if (self.department and a is not None and scope[1] != "higher" and "平均" in t.sh[lcs:a.start]
                and (area_units := pat.AREA_UNITS.match(t.sh, lcs, lo))):
            scope = (area_units.group(1), "higher", False)  # 全县各部门局务会会前学法平均为12次, in a bureau's report: the county's average
        if (not scope[1] and a is not None and a.unit == "%" and not re.search(r"[省市州县区镇乡局]|本|我|全", t.sh[lcs:lo])
                and (t.clause(a.end)[1] < t.sentence(a.end)[1])
                and (ours := pat.OURS_AGAINST_AVERAGE.match(t.sh, t.clause(a.end)[1] + 1))):
            # 行政复议纠错率为12.1%，我县低于全州平均水平: a rate with no subject, then ours against the area's average
            scope = (ours.group(1), "higher", False)
        if (not scope[1] and a is not None and a.unit == "%" and self.higher is not None and lcs > t.sentence(lcs)[0]
                and pat.BARE_RATE_CLAUSE.match(t.sh, lcs, a.start)
                and (prev := pat.AREA_RATE_CLAUSE.match(t.sh, *t.clause(lcs - 1))) and self.higher.fullmatch(prev.group(1))):
            # 2024年全县行政机关负责人出庭应诉率为100%，行政复议纠错率为8.2%: the next rate of the same area
            scope = (prev.group(1), "higher", False)
        if self.county_proper and scope[1] in ("whole", "") and (region := pat.WHOLE_REGION.match(t.sh, lcs, lo)):
            scope = (region.group(1), "higher", False)  # 全区行政诉讼败诉率为8.1%，我县…, in 呼玛县's report: the prefecture's
        if self.county_department and scope[1] in ("whole", "") and (system := pat.AREA_SYSTEM.match(t.sh, lcs, lo)):
            scope = (system.group(1), "higher", False)  # 自治州水利系统政务服务好评率为99.9%, in a county bureau's report
        elif (self.county_department and scope[1] != "higher" and (by := pat.REPORTED_BY.match(t.sh, lcs, lo))
              and (system := pat.AREA_SYSTEM.match(t.sh, by.end(), lo))):
            scope = (system.group(1), "higher", False)  # 市卫生健康委通报全市卫生健康系统政务服务好评率为99.9%: the city's system
        if (scope[1] in ("whole", "") and (area := self.higher or self.bureaus_government) is not None
                and (seen := pat.SEEN_FROM.match(t.sh, t.sentence(lo)[0], lcs))
                and (area.fullmatch(seen.group(1) or seen.group(2)) or (  # 全县层面，2020年行政机关负责人…, in a bureau's report
                    re.match(r"\s*(?:\d{4}年度?)?行政机关", t.sh[lcs:lo]) and area.fullmatch((seen.group(1) or seen.group(2)) + "行政机关")))):
            scope = (seen.group(1) or seen.group(2), "higher", False)  # 从全地区情况看，…纠错率为12.4%: the area the sentence opens on
        if (statement and self.higher in (pat.HIGHER_THAN_TOWN, pat.HIGHER_THAN_DEPARTMENT) and scope[1] in ("whole", "")
                and (inspected := pat.INSPECTED.search(t.sh, t.sentence(lo)[0], t.sentence(lo)[1]))):
            scope = (t.text[inspected.start():inspected.end()], "higher", False)  # …实现镇（街道）督察全覆盖，南门街道作为督察对象: the district's act
        if (a is not None and scope[1] != "higher" and (against := pat.AGAINST_AVERAGE.match(t.sh, lcs, a.start))
                and (a.unit == "%" or "平均" in against.group(0))):
            scope = (t.text[against.start(1):against.end(1)], "other", False)  # 对照全市…系统…平均5.6%的配备水平: the measure held up
        if self.department:
            system = pat.SYSTEM.match(t.sh, lcs, lo)
            above = pat.SYSTEM_ABOVE.match(t.sh, lcs, lo) if self.county_department and not system else None
            # 全市系统内个别县区住建部门…低于5%: other units' figure; in a county's bureau, 全市…系统执法人员: the city's
            if system:
                scope = (t.text[system.start():lo].strip(), "other", False)
            elif above:
                scope = (t.text[above.start():above.end()].strip().removesuffix("的"), "other", False)
            elif (not self.service_bureau and scope[1] in ("whole", "")
                  and (area_service := pat.AREA_SERVICE.match(t.sh, lcs, lo))):
                scope = (area_service.group(1), "higher", False)  # 全县政务服务好评率为99.97%, in a transport bureau's report
        if (not scope[1] and a is not None and self.officers is not None
                and (counted := pat.OFFICERS_COUNTED.search(t.sh, lcs, hi)) and counted.start() < lo and int(counted.group(1)) < self.officers
                and not re.search(r"(?:全|各|所有|共)[\u4e00-\u9fff]{0,4}$", t.sh[lcs:counted.start()])):
            scope = (t.text[counted.start():counted.end()], "part", False)  # 21名执法人员…均在60学时以上, of the 23 it has: those
        if (scope[1] == "higher" and (party := pat.OWN_AS_RESPONDENT.search(t.sh, lcs, ts + 8))
                and party.group(1) in self.own_party):
            scope = (party.group(1), "whole", False)  # 区政府受理的以本街道为被申请人的…案件1件: the street's, reviewed above
        if ((self.department or (self.town and _level(ind) == "person")) and statement
                and (lower := pat.LOWER_HEADS_IN.search(t.sh, lcs, ts))
                and (not scope[1] or (scope[1] == "unit" and scope[0] in t.text[lower.start():lower.end()])
                     or (scope[1] == "part" and scope[0] == "各单位" and t.sh.startswith("各单位", lower.start()))  # 作为各单位负责人年度述职的…
                     or (scope[1] == "whole" and scope[0] in ("全部", "全体") and t.sh.find(scope[0], lower.end(), ts) >= 0))  # 推动站所负责人全部参加…: all of them
                and not (self.town and (pat.GOVERNMENT_HEADS.search(tx.blank(pat.LOWER_HEADS_IN, t.sh[lcs:ts]))
                                        or re.search(r"[、和及与]", t.sh[lcs:lower.start()])))  # 组织街道科级干部、各站所负责人: others with them
                and not pat.TEAM_NAMED.search(tx.blank(pat.LOWER_HEADS_IN, t.sh[lcs:ts]))):  # not 坚持局长年终述法，推动局属…单位负责人…: another clause's
            if (asked := t.sh.rfind("要求", lower.start(), lower.end())) >= 0:
                first = asked + 2  # 同时要求县人民医院、县疾病预防控制中心和各乡（镇）卫生院主要负责人…: all of them listed
            else:
                first = lower.start() + max(0, t.sh.rfind("各", lower.start(), lower.end()) - lower.start())  # not 组同时要求各…
                first += 2 if t.sh.startswith(("推动", "组织", "督促", "安排", "动员"), first) else 0  # 推动站所负责人…: the act, not whose
            scope = (t.text[first:lower.end()], "part", False)  # 组织乡镇卫生院院长参加…培训: the bureau's lower units' heads
        if (statement and scope[1] == "whole" and pat.ROLLED_OUT_IN.search(t.sh, lcs, ts)
                and (ce := t.clause(ts)[1]) < t.sentence(ts)[1] and (heads := pat.UNITS_HEADS_COUNTED.match(t.sh, ce + 1))):
            # 首次在全县范围推行述法工作，9个乡镇主要负责人全部…述法: the roll-out's area, then who did it
            scope = (t.text[heads.start(1):heads.end(1)], "part", False)
        if (scope[1] == "whole" and s > 0 and t.sh[s - 1] in "；;" and pat.OWN_AS_DEFENDANT.match(t.sh, lcs)
                and pat.AREA_CASES.search(t.sh, t.sentence(s - 1)[0], s - 1)):
            scope = (scope[0], "unit", False)  # 全县新收…案件356件；县政府作为被告的案件58件: the government's own, one of the county's organs
        if (scope[1] == "whole" and a is not None and a.unit == "%" and lcs > s and scope[0] in self.own_party
                and pat.OWN_AS_DEFENDANT.match(t.sh, s)):
            scope = (scope[0], "unit", False)  # 以县政府为被告的12件案件，县政府负责人均出庭应诉: its own cases' rate
        if (scope[1] == "whole" and self.higher is not None and not requirement and a is not None
                and ((scope[0] in ("全省", "全国") and re.match(r"\s*(?:\d{4}年度?)?全[省国]", t.sh[lcs:lo]))
                     or (scope[0] in ("全州", "全盟") and self.higher is not pat.HIGHER_THAN_CITY
                         and (re.match(r"\s*全[州盟][^，,。；;]{0,20}?平均", t.sh[lcs:a.start])
                              or ((self.higher is not pat.HIGHER_THAN_DEPARTMENT or self.county_department)
                                  and re.match(r"\s*(?:\d{4}年度?)?全[州盟]", t.sh[lcs:lo])))))):
            # 2023年全省农业综合行政执法人员人均培训学时为58学时, 全州…一线执法力量平均占比为80.1%, in a county bureau's report;
            # 全州医疗纠纷人民调解成功率为90%左右 in a county's, a town's or a county bureau's (not a prefecture's bureau's)
            scope = (scope[0], "higher", False)
        if (scope[1] in ("", "whole") and a is not None and (acs := t.clause(a.start)[0]) > t.sentence(a.start)[0]
                and pat.EACH_OF_THE_REST.match(t.sh, acs)
                and pat.EXCEPT_PEOPLE.fullmatch(t.sh, (before := t.clause(acs - 1))[0], before[1])):
            # 除4名年内新调入人员外，每人全年法律知识培训均不少于60学时: all but those, so some
            scope = (t.text[before[0]:before[1]].strip(), "part", False)
        if (statement and not negated and not requirement and scope[1] in ("", "whole") and _level(ind) == "person"
                and (heads := pat.HEADS_AND_A_DEPUTY.match(t.sh, lcs)) and heads.end(1) <= ts):
            scope = (t.text[heads.start(1):heads.end(1)], "part", False)  # 镇长、分管…的副镇长参加了…培训: those two of the team
        if scope[1] == "higher":
            scope = (pat.HIGHER_NAME_TRIM.sub("", scope[0]) or scope[0], "higher", False)  # 全年市政府共 → 市政府
        if scope[1] in ("part", "unit") and scope[0] in self.own_level:
            scope = (scope[0], "whole", scope[2])  # 镇政府作为被告的…出庭应诉率100%, in the town's report: the town itself, its only organ
        elif (scope[1] == "unit" and a is not None and a.unit == "%" and scope[0] in self.own_head
              and t.sh.find(scope[0], lcs, a.start) < 0):
            # 镇长出庭应诉2件，分管副镇长出庭应诉1件，行政机关负责人出庭应诉率100%: the head named in a clause before
            # acts in the town's cases; the rate is the town's (镇长出庭应诉率100% stays the head's own)
            scope = ("", "", scope[2])
        if scope[1] == "part" and pat.SUBLEVEL.fullmatch(scope[0]) and not pat.TOWNS.search(scope[0]) and not pat.LOWER_GOVERNMENTS.search(scope[0]) and not (statement and planned) and (statement or (_level(ind) not in ("", "government"))):
            # 各部门主要负责人均述法, 各执法单位比例均达到5%: every unit at the target's own level
            scope = (scope[0], "whole", True)
        if (statement and self.department and scope[1] in ("", "whole")
                and (by := pat.BY_GOVERNMENT.search(t.sh, t.sentence(ts)[0], t.sentence(ts)[1]))):
            scope = (t.text[by.start(1):by.end(1)], "higher", False)  # 我局承办的…列入市政府年度目录，由市政府向社会公布
        if (statement and not requirement and scope[1] in ("part", "whole")
                and (pat.URGES.match(t.sh, lcs) or (scope[1] == "part" and pat.ORGANISED_TO_PUBLISH.match(t.sh, lcs)))):
            scope = (scope[0], "other", False)  # 督促各县（区）和市直部门按时报送年度报告，并推动…公开: the units' act, not its own
        return scope


    def said_met(self, ind: Indicator, found: list[Figure]) -> list[Figure]:
        """执法人员年度法律知识培训学时全部达标: the target said met with no number, a claim of its own;
        a number in the same sentence (学时全部达标，最少的也达到64学时) is the figure, and a plan to
        meet it (确保…全部达标) says nothing of the year."""
        assert ind.extract is not None
        numbered = {self.t.sentence(f.value_start) for f in found}
        claims = self.figures(replace(ind, extract=ind.extract.met_statement()))
        unit = ind.extract.units[0] if ind.extract.units else ""  # the claim's unit says a number was its target
        return [replace(f, unit=unit) for f in claims if not f.requirement and self.t.sentence(f.value_start) not in numbered]

    def figures(self, ind: Indicator) -> list[Figure]:
        spec = ind.extract
        assert spec is not None
        t = self.t
        pattern = tx.own_terms(spec.terms)
        self.own = spec.terms
        self.own_claims = spec.near_any if spec.kind == "statement" else ()
        out: list[Figure] = []
        seen: set[tuple] = set()
        listed_counts: set[int] = set()  # the 1件 of 分别…2件和1件, added into the first count
        counts_only = "%" not in spec.units
        term_near = dict(spec.term_near)
        term_not_near = dict(spec.term_not_near)
        # 实现对县区政府和市直部门督察全覆盖: one claim over both, so neither coverage drops it for the other's words
        both = (replace(spec, not_after=(), not_near=())
                if spec.kind == "statement" and "全覆盖" in spec.near_any else None)
        base = spec
        headed: list[tuple[int, int]] = []
        for m in self._term_matches(spec, pattern):
            ts, te = m.start(), m.end()
            need, others = term_near.get(m.group(0)), term_not_near.get(m.group(0))
            if need or others:
                sentence = t.sh[slice(*t.sentence(ts))]
                if (need and not any(w in sentence for w in need)
                        and not ((ss := t.sentence(ts)[0]) > 0 and pat.CATALOGUE_OPENER.match(t.sh, ss)
                                 and any(w in t.sh[slice(*t.sentence(ss - 1))] for w in need))):
                    # 便民服务中心…办理社保、民政等事项1.3万件: a common term, away from its own words (not 编制…重大行政
                    # 决策事项目录…。目录共纳入3项事项: the catalogue the sentence before named)
                    continue
                if others and any(w in sentence for w in others):
                    continue  # …脱产培训班1期，118名…负责人脱产参训5天: the class named is the claim
            if (spec.kind == "statement" and pat.EXTENDED_DOWN.match(t.sh, te)
                    and re.search(r"实现[\u4e00-\u9fff]{0,4}$", t.sh[t.clause(ts)[0]:ts])):
                continue  # 实现述职述法向村级延伸: the practice reaching the villages, not a report given
            if (spec.kind == "statement" and pat.AMONG_FIELDS_AFTER.match(t.sh, te)
                    and re.search(r"在[^，,。；;]{0,8}$", t.sh[t.clause(ts)[0]:ts])):
                continue  # 总结推广在行政复议体制改革、综合行政执法改革等方面的经验做法: a field named, no claim
            if (spec.kind == "statement" and pat.RATED_AFTER.match(t.sh, te)
                    and pat.RATED_BEFORE.search(t.sh, t.clause(ts)[0], ts)):
                continue  # 各村党支部书记对乡长述法情况进行了民主测评: the report rated, not another one given
            if t.in_title(ts) and not (spec.kind == "statement" and t.title_named_by(ts, spec.terms)):
                listed = self._title_count(ind, spec, ts, te) if spec.kind == "figure" and counts_only else None
                if listed is not None and (listed.value_start, listed.negated) not in seen:
                    seen.add((listed.value_start, listed.negated))
                    out.append(listed)  # 编制《…重大行政决策事项目录》（共11项）: the catalogue's items
                continue
            if self._tables().holds(ts):
                continue  # 指标名称｜目标值｜完成值: read by its columns (_table_cells)
            if counts_only and spec.kind == "figure" and re.match(r"[\u4e00-\u9fff]{0,2}?(?:率|比例|比率|占比)", t.sh[te:te + 5]):
                continue  # 负责人出庭应诉率, 9件规范性文件报备率: the term names a rate here, not the count
            if counts_only and spec.kind == "figure" and t.sh[ts - 1:ts] == "、" and pat.AMONG_WORKS.match(t.sh, te):
                continue  # 审查常务会议议题、规范性文件、重大行政决策、政府合同等事项203件: the items of every kind listed
            if (counts_only and spec.kind == "figure" and pat.KINDS_JOINED.search(t.sh, max(0, ts - 8), ts)
                    and not re.match(r"[^，,。；;\d]{0,6}?各", t.sh[te:te + 8])):  # 行政复议和行政诉讼案件各1件: each kind's
                continue  # 参与行政复议和行政诉讼案件办理19件: a count of both kinds, not of the term's
            if (counts_only and spec.kind == "figure" and (br := t.open_aside(t.clause(ts)[0], ts)) is not None
                    and (before := pat.COUNT_BEFORE_ASIDE.search(t.sh, max(0, br - 8), br))
                    and any(f.value_start == before.start() for f in out)):
                continue  # 街道负责人出庭应诉4件（办事处主任出庭2件）: a part of this figure's count before the bracket
            if spec.kind == "figure" and t.sh.startswith("前", te) and not re.match(r"前(?:后|集体|学)", t.sh[te:te + 3]):
                continue  # 其中1件原告在开庭前撤诉: a time before the act, not the act
            if spec.kind == "figure" and t.sh.endswith("开庭", ts, te) and (t.sh.startswith(("时间", "日期"), te) or (
                    t.sh.startswith("时", te) and re.search(r"(?:因|由于)[^，,。；;]{0,10}$", t.sh[t.clause(ts)[0]:ts]))):
                # 因1件案件开庭时间与…冲突, 因其中1件开庭时乡长正在…开会: when the hearing was, the cause of a miss,
                # not the hearing (not 两宗案件开庭时，…均到庭应诉: those heard)
                continue
            if (counts_only and spec.kind == "figure"
                    and any(q.start() < ts < q.end() for q in pat.PAIRED_SLOGAN.finditer(t.sh, max(0, ts - 8), te + 8))):
                continue  # 做到“出庭一次、规范一片”: a slogan in quotes, not a count
            if (counts_only and spec.kind == "figure" and t.sh.startswith("的", te)
                    and re.search(r"(?:未|没有)$", t.sh[max(0, ts - 2):ts])):
                continue  # 尚未开庭的1件已裁定驳回起诉: those the act has not reached, not its count
            if spec.kind == "figure" and re.match(r"后(?:当庭|现场|均|即|再)", t.sh[te:te + 3]):
                continue  # 负责人出庭应诉后当庭发表意见的370件: what followed the act, not the act
            if re.match(r"(?:草案|送审稿|征求意见稿)\s*\d", t.sh[te:te + 8]):
                continue  # 审核…制发的规范性文件草案23件: drafts counted, not the thing itself
            s, e = t.sentence(ts)
            if (spec.kind == "figure" and re.match(r"(?:的)?(?:要求|标准)", t.sh[te:te + 3])
                    and self._counts_in(spec, s, ts)):
                continue  # 分值权重仅为3%，未达到上级规定的权重要求: the rule named, the figure is the one before
            if pat.FINDINGS.search(t.sh, t.clause(ts)[0], ts) and pat.FINDINGS_END.match(t.sh, te):
                continue  # 对督察中发现的…、规范性文件未按时报备、…等共性问题: what was found in others
            if spec.kind == "statement" and pat.FOUND_THROUGH.match(t.sh, te):
                continue  # 对述法中发现的责任落实不到位等问题，…督促整改: what the act found, not its shortfall
            if (spec.kind == "statement" and pat.ABOUT_A_RULE.fullmatch(t.sh, t.clause(ts)[0], ts)
                    and pat.THE_RULE_AFTER.match(t.sh, te)):
                continue  # 因上级关于乡镇重大行政决策目录管理的具体要求尚在细化中: the rules about it, not the thing
            if spec.kind == "statement" and pat.MANNER_ONLY.match(t.sh, te):
                continue  # 确保述法不走过场、见到实效: how the act is done, not that it is
            if spec.near and (br := t.open_aside(t.clause(ts)[0], ts)) is not None and (
                    len(t.sh[br + 1:ts].strip()) >= 4 and not any(w in t.sh[br + 1:ts] for w in spec.near)):
                continue  # 分值权重为4%（法治政府建设在考核中的分值占比为8%）: an aside with a subject of its own
            spec = both if both is not None and pat.BOTH_COVERED.search(t.sh, s, e) else base
            lead = t.clause(ts)[0]
            lead = max(lead, t.sh.rfind("：", lead, ts) + 1)  # 规范性文件备案审查：区政府制发…9件: the lead-in is a topic
            for own in pat.OWN_SUBJECT.finditer(t.sh, lead, ts):
                lead = own.start() + 1  # 区委常委会会前学法8次、区政府常务会议会前学法十二次: a subject of its own
            before_term = tx.blank(pat.LEADERS_WITH_CADRES, t.sh[self._counted_phrase(lead, ts):ts]) if spec.not_after else ""
            if (spec.not_after and any(w in before_term for w in spec.not_after)
                    and not ("被申请人" in m.group(0) and (own := pat.OWN_AS_RESPONDENT.search(t.sh, lead, te))
                             and own.group(1) in self.own_party)):
                continue  # 审查各部门报备的规范性文件23件: someone else's act (not 市政府受理的以县政府为被申请人的…, in the county's report)
            if spec.kind == "statement" and (self._lower_heads_only(lead, ts) or (
                    lead > s and pat.NO_SUBJECT.match(t.sh, lead) and any(w in t.sh[slice(*t.clause(lead - 1))] for w in spec.terms)
                    and self._lower_heads_only(*t.clause(lead - 1)))):
                # 要求各站所负责人和村（社区）党组织书记在年终述职中…: the lower units' heads, not its own; 推行村（社区）
                continue  # 党组织书记述法，将述法评议结果运用到…: the clause with no subject of its own is of theirs
            if (spec.not_after and spec.kind == "statement" and lead > s and pat.NO_OBJECT.match(t.sh, lead)
                    and any(w in t.sh[t.clause(lead - 1)[0]:lead] for w in spec.not_after)
                    and not pat.GOVERNMENTS_NAMED.search(t.sh, t.clause(lead - 1)[0], lead)
                    and not pat.TOWNS_COVERED.search(t.sh, *t.clause(ts))):  # not …，实现对苏木镇法治督察全覆盖
                continue  # 对区政府各工作部门开展法治政府建设督察，实现督察全覆盖: the clause before names whose
            if not self._context_ok(spec, s, e, ts) and not (spec.kind == "statement" and self._admits(spec, ts)
                                                         and all(w in t.sh[s:e] for w in spec.near)
                                                         and not self._not_near(spec, s, e, ts)):
                continue
            if spec.verbs and self._primary_later(spec, ts, (le := self._list_end(e))):
                # 新收申请320件，受理301件: the first-listed act (受理) is the figure
                fig = self._elided(ind, spec, ts, te, le, spec.verbs[:1])
                if fig and (fig.value_start, fig.negated) not in seen:
                    seen.add((fig.value_start, fig.negated))
                    out.append(fig)
                continue
            if spec.verbs and not self._has_verb(spec, ts, s):
                fig = self._elided(ind, spec, ts, te, self._list_end(e), spec.verbs)  # 收到申请362件；经审查受理331件
                if fig and (fig.value_start, fig.negated) not in seen:
                    seen.add((fig.value_start, fig.negated))
                    out.append(fig)
                continue
            if spec.kind == "statement":
                cs, ce = t.clause(ts)
                if cs < ts and ce < e and pat.BASIS_ONLY.fullmatch(t.sh, cs, ce) and pattern.search(t.sh, ce, e):
                    continue  # 按照省、市关于开展…述法工作的要求，县委依法治县办制定…方案: the basis, not the claim
                if ((pat.COORDINATED.search(t.sh, cs, ts) or t.sh[cs:ts].lstrip().startswith("对"))
                        and (t.sh[ts - 1] in "、" or t.sh[cs:ts].lstrip() in ("对于", "对")) and pat.AMONG_WORKS.match(t.sh, te)):
                    # (对于重大决策目录公开等程序性问题，将在明年…予以纠正: the problems named, none claimed)
                    continue  # 统筹推进法治政府建设示范创建、法治督察、述法评议等工作; 对…、统一执法办案系统上线等重点工作亲自推动: works named, none claimed
                if pat.ITEMS_NAMED.search(t.sh, cs, ts) and pat.ITEMS_AFTER.match(t.sh, te):
                    continue  # 细化述法、学法、依法决策、行政复议应诉等考核内容: what an assessment holds, none claimed
                if t.in_heading_line(ts):
                    headed.append((ts, te))  # （二）法治督察实现全覆盖: a heading names what its paragraph says
                    continue
                fig = self._statement(ind, spec, ts, te)
                if (fig and fig.scope_kind == "higher" and self.town
                        and (pat.TO_OWN_PLACE if fig.negated else pat.OWN_CASES_IN_IT).search(t.sh, ts, t.sentence(ts)[1])):
                    # 全县统一的…系统目前尚未延伸到本镇: the town's own shortfall; 全市统一的…系统已延伸至各乡镇，我镇…的执法案件
                    fig = replace(fig, scope="", scope_kind="")  # 已全部通过该系统网上办理: the town's own, done
                if (fig and not fig.negated and not fig.requirement and fig.scope_kind in ("", "whole")
                        and (missed := self._some_missed_next(ind, ts, te))):
                    fig = missed  # …举办…脱产培训班。…中有45人参加了培训，另有3名…未能参训: not everyone attended
                if (fig and not fig.negated and not fig.requirement and fig.scope_kind in ("", "whole")
                        and _level(ind) == "person" and (missed := self._head_missed_after(ind, ts, te))):
                    fig = missed  # …脱产培训于11月举办，局主要负责人因…未能参训: the class held, the head not in it
                if fig and self._covers_other_units(spec, fig):
                    continue  # 组建由…有关部门业务骨干组成的督察组，…对全县12个乡镇开展法治督察，实现全覆盖: the towns covered
                if (fig and "部门" in spec.near and not fig.negated and fig.scope_kind == "part"
                        and pat.TOWNS_NAMED.fullmatch(fig.scope) and "部门" not in t.sh[t.sentence(ts)[0]:te]):
                    continue  # 组织对全市各乡镇（街道）开展法治督察，实现全覆盖，对市级部门开展法治督察12家: the towns covered
                if fig and ("s", fig.value_start) not in seen:
                    seen.add(("s", fig.value_start))
                    out.append(fig)
                    some = self._but_some_not(ind, ts, te) if not fig.negated and not fig.requirement else None
                    if some and ("s", some.value_start) not in seen:
                        seen.add(("s", some.value_start))
                        out.append(some)
                continue
            for fig in self._numeric(ind, spec, ts, te, s, e):
                if (fig.unit in lx.COUNT_UNITS and fig.value is not None
                        and (each := pat.EACH_SEPARATELY.search(t.sh, t.clause(fig.value_start)[0], fig.value_start))):
                    # 局主要负责人和分管负责人分别出庭应诉1件: each one's count; the persons named, counted, make the total
                    cs0 = t.clause(fig.value_start)[0]
                    named = re.split(r"[和与及、]", t.sh[cs0:each.start(1)].strip())
                    # 镇长、分管副镇长分别出庭应诉2件和1件: one count for each, listed; their sum is the total
                    rest = pat.RESPECTIVE_COUNTS.match(t.sh, fig.value_end)
                    listed = list(re.finditer(pat.RESPECTIVE_NUMBER, rest.group(0))) if rest else []
                    if (2 <= len(named) <= 4 and all(pat.A_PERSON.fullmatch(p.strip()) for p in named)
                            and (not listed or len(listed) + 1 == len(named))
                            and not self._total_later(spec, fig) and not self._term_elsewhere(spec, fig)
                            and ("each", fig.value_start) not in seen):
                        seen.add(("each", fig.value_start))
                        if listed:
                            counts = [fig.value] + [parse_number(m.group(1)) for m in listed]
                            listed_counts.update(fig.value_end + m.start(1) for m in listed)
                            whose = ("", "") if fig.scope_kind in ("unit", "part") else (fig.scope, fig.scope_kind)  # all named, not the first
                            out.append(replace(fig, value=sum(counts), text="+".join(f"{number_text(float(c))}{fig.unit}" for c in counts),
                                               derived=True, operands=(self._own_words(fig),), scope=whose[0], scope_kind=whose[1]))
                        else:
                            out.append(replace(fig, value=fig.value * len(named), text=f"{fig.text}×{len(named)}",
                                               derived=True, operands=(self._own_words(fig),)))
                    continue
                inner = pat.BREAKDOWN.search(t.sh, s, fig.value_start) if fig.unit in lx.COUNT_UNITS else None
                outer = [o for o in pattern.finditer(t.sh, s, inner.start())] if inner else []
                own = (outer and t.sh[ts:te] not in outer[-1].group(0) and outer[-1].group(0) not in t.sh[ts:te]
                       and not any(f.value is not None and s <= f.value_start < inner.start() for f in out))
                if inner and (ts < inner.start() or (outer and not own)):
                    # 出庭应诉3件（其中主要负责人出庭1件）: a breakdown of the count outside; but 召开常务会议24次
                    # （其中安排会前学法的有11次） names another term, with no figure read outside
                    continue
                if fig.negated and fig.value is None and fig.requirement:
                    continue  # 对未达标的4个部门实行挂牌督办: a plan; the shortfall is said where the problems are
                if (fig.requirement and not fig.scope_kind
                        and (stations := pat.EACH_STATION.search(t.sh, t.clause(ts)[0], ts))):
                    fig = replace(fig, scope=t.text[stations.start():stations.end()], scope_kind="part")  # 确保各市场监管所…均不低于5%: those
                leadership = fig.value is not None and pat.OWN_LEADERSHIP.match(t.sh, t.clause(fig.value_start)[0])
                if leadership:
                    # 区委、区政府联合举办领导干部法治专题讲座4期，其中区政府领导班子法治专题讲座2期: the
                    # leadership's own count; the one before it is broader
                    fs = t.sentence(fig.value_start)[0]
                    out = [f for f in out if not (f.indicator == fig.indicator and f.value is not None
                                                  and fs <= f.value_start < t.clause(fig.value_start)[0])]
                elif fig.unit in lx.COUNT_UNITS and self._breakdown_by_person(fig, out):
                    continue  # 负责人出庭应诉33件，其中区政府分管副区长出庭2件: a breakdown of the count read before
                if self._breakdown_by_kind(fig, out):
                    continue  # 综合纠错率为12.3%，其中直接纠错率为6.1%: a narrower measure, not some units' figure
                if fig.value is not None and fig.unit in lx.COUNT_UNITS and self._total_later(spec, fig):
                    continue  # 主要负责人出庭应诉1件、分管负责人出庭应诉1件，共计出庭2件: the total is the count
                key = (fig.value_start, fig.negated)
                if key not in seen:
                    seen.add(key)
                    out.append(fig)
                elif (fig.negated and fig.value is None and fig.scope_kind
                      and (earlier := next((f for f in out if f.value is None and (f.value_start, f.negated) == key), None))
                      and not earlier.scope_kind):
                    # 法制审核力量仍显薄弱，执法大队下设的…检测站尚未配备…法制审核人员: the one shortfall, read again
                    # at the term said where it falls short, with the unit named there
                    out[out.index(earlier)] = fig
        spec = base
        if spec.kind == "figure" and spec.out_of_100:
            for fig in self._points(ind, spec):
                if any(f.value == fig.value and t.sentence(f.value_start) == t.sentence(fig.value_start) for f in out):
                    continue  # 占4分（满分100分），分值权重为4%: the points and the share are one figure
                if (fig.value_start, fig.negated) not in seen:
                    seen.add((fig.value_start, fig.negated))
                    out.append(fig)
        if spec.kind == "figure":
            for fig in self._phrases(ind, spec):
                key = (fig.value_start, fig.negated)
                sentence = t.sentence(fig.value_start)
                if key not in seen and not any(f.value is not None and t.sentence(f.value_start) == sentence
                                               and not f.baseline and (f.requirement or f.year in (None, self.report_year))
                                               for f in out):  # a number stated beside the phrase wins (not 2024年为2件)
                    seen.add(key)
                    out.append(fig)
            for fig in self._table_cells(ind, spec):  # a row's target and value are two figures
                key = (fig.value_start, fig.negated)
                if key not in seen and not any(f.value_start == fig.value_start for f in out):
                    seen.add(key)
                    out.append(fig)
        if spec.kind == "statement":
            for ts, te in headed:
                lo, hi = t.under_heading(ts)
                if any(lo <= f.start < hi for f in out) or self._not_near(spec, lo, hi):
                    continue  # （五）法治督察实现全覆盖。…对区政府38个工作部门实现法治督察全覆盖: the departments' claim
                # （四）行政复议体制改革全面完成, with nothing under it that says so: the heading is the claim
                fig = self._statement(ind, spec, ts, te)
                if fig and ("s", fig.value_start) not in seen:
                    seen.add(("s", fig.value_start))
                    out.append(fig)
            if spec.plan_terms:
                out += self._plans_named(ind, spec, seen, out)
            undone = {t.sentence(f.start) for f in out if f.negated and not f.requirement}
            # 已编制完成标准目录，标准体系正在抓紧建设: the sentence says it is not there yet; but for persons,
            # 书记、主任…参加了…培训，另有2名班子成员…尚未参加: some did, the others' shortfall is their own
            some_missed = {t.sentence(f.start) for f in out if f.negated and not f.requirement and f.scope_kind == "part"
                           and _level(ind) == "person"
                           and any(g is not f and not g.negated and not g.requirement and g.start == f.start
                                   and pat.DONE_BY_THOSE.match(t.sh, *t.clause(g.value_start)) for g in out)}
            still_undone = undone - some_missed
            out = [f for f in out if f.negated or f.requirement or t.sentence(f.start) not in still_undone]
            out = [self._those_who_did(f) if t.sentence(f.start) in some_missed and not f.negated and not f.requirement
                   and f.scope_kind in ("", "whole") else f for f in out]
            # 编制完成镇政务公开事项标准目录。村级目录正在编制之中，标准体系尚未全部建成: the next sentence says
            # the rest is still under way, so the paragraph says it is not there yet; 系统…已在11个区直部门上线运行；
            # 镇（街道）端仅在…试点，…系统尚未全面建成: across a semicolon, any shortfall of it undoes a claim for the whole
            undone_all = {t.sentence(f.start) for f in out if f.negated and not f.requirement and f.scope_kind in ("", "whole")}
            out = [f for f in out if f.negated or f.requirement or not (
                self._rest_undone_next(f, undone_all)
                or (f.scope_kind == "unit" and f.scope.endswith("本级") and self._rest_undone_next(f, undone))  # 镇本级…已编制。各村…尚未
                or (f.scope_kind in ("", "whole") and self._ends_on_semicolon(f.start)
                    # 局长…参加了…培训班；分管副局长…未能参加: for persons, only a shortfall of all of them undoes the head's
                    and self._rest_undone_next(f, undone_all if _level(ind) == "person" else undone)))]
            if _level(ind) == "person":  # …；分管副局长…未能参加: as in one clause, the done one is the persons it names
                out = [self._those_who_did(f) if (not f.negated and not f.requirement and f.scope_kind in ("", "whole")
                                                  and self._ends_on_semicolon(f.start)
                                                  and self._rest_undone_next(f, undone)) else f for f in out]
            # 严禁下达罚没指标，全市未发生…的情况; 参加脱产培训，确保…参加一次脱产培训的要求落到实处: the act
            # done, said with the rule it met, is said once
            kept = {t.sentence(f.start) for f in out if not f.requirement and not f.negated}
            out = [f for f in out if not (f.requirement and t.sentence(f.start) in kept)]
            # 街道主要负责人应参加…培训班，但因…未能参加: what was due this year and missed, not a plan
            # 述法工作将于1月下旬…开展，目前述法报告正在撰写中: what is pending now, not a plan
            out = [f for f in out if not (f.requirement and t.sentence(f.start) in undone
                                          and (pat.DUE_THEN_MISSED.search(t.sh, *t.sentence(f.start))
                                               or pat.PENDING_NOW.search(t.sh, *t.sentence(f.start))
                                               or f.negated))]  # …今年年底前的述职中尚未安排述法: one admission, not also a plan
            # 按照规定，我局应于3月底前…公开…报告。2023年度…报告…延至4月中旬才…公开: the rule due this year, then
            # missed in the next sentence, is the admission's measure, not a plan
            out = [f for f in out if not (f.requirement and not t.heading(f.start)[2] and pat.DUE_WORD.search(t.sh, *t.sentence(f.start))
                                          and self._rest_undone_next(f, undone))]
            # 三是组织负责人脱产培训。9月，组织…负责人参加…，3名…未能参训: the item's title is its topic, the
            # sentence after it says what was done
            starts = {t.sentence(f.start)[0] for f in out}
            out = [f for f in out if not (pat.ITEM_TITLE.fullmatch(t.sh, *t.sentence(f.start))
                                          and t.sentence(f.start)[1] + 1 in starts)]
            short = self._some_counted_short(out)
            out = [self._the_counted_only(f, short) for f in out]
            if _level(ind) == "person":
                out = self._those_excepted(out)
            return self._one_statement_a_paragraph(out)
        valued = [f.value_start for f in out if f.value is not None and not f.requirement]
        # in its own sentence, a value some units are said to have (…出庭应诉率仍然偏低，个别部门负责人出庭应诉率不足50%)
        # is not the whole's shortfall said again
        valued_whole = [f.value_start for f in out if f.value is not None and not f.requirement and f.scope_kind not in ("part", "unit")]

        def said_next(f: Figure) -> bool:  # in its sentence, the next of its paragraph, or the paragraph under its heading
            start, end = t.sentence(f.value_start)
            nxt = t.sentence(end + 1) if end + 1 < len(t.sh) else (end, end)
            block = t.doc.block_at(f.value_start)
            heading = t.in_heading_line(f.value_start)
            return f.scope_kind not in ("part", "unit") and (any(start <= v < end for v in valued_whole) or any(
                (end <= nxt[0] <= v < nxt[1] and block.start <= v < block.end)
                or (heading and 0 < v - f.value_start <= 200) for v in valued))
        # 一是政务公开考核权重偏低。…分值占比为3%，尚未达到4%的要求: the shortfall is the value said next
        out = [f for f in out if not (f.negated and f.value is None and said_next(f))]
        # 一是执法人员培训学时不足。受疫情影响，…未达到每人每年60学时的要求: one shortfall, said again in detail
        bare = sorted((f for f in out if f.negated and f.value is None and not f.requirement), key=lambda f: f.start)
        again = {id(f) for f, g in zip(bare, bare[1:])
                 if t.sentence(f.start)[1] + 1 >= t.sentence(g.start)[0] and f.scope_kind in (g.scope_kind, "", "whole")
                 and t.doc.block_at(f.start) is t.doc.block_at(g.start)}
        # 全县…出庭应诉率尚未达到100%，今年仍有1件…未出庭: the detail keeps the whole's scope said first
        wider = {id(g): f for f, g in zip(bare, bare[1:]) if id(f) in again and f.scope_kind == "whole" and not g.scope_kind}
        out = [replace(f, scope=wider[id(f)].scope, scope_kind="whole") if id(f) in wider else f
               for f in out if id(f) not in again]
        if _level(ind) == "person":
            out = [f for f in out if not self._everyones_total(f)]
        short = self._some_counted_short(out)  # 28名队员…达到60学时 … (problems) 仍有3名…未达到60学时
        out = [self._the_counted_only(f, short) for f in out]
        out += [r for f in out if (r := self._rest_units_short(ind, f, out)) is not None]
        out = [f for f in out if f.value_start not in listed_counts]  # 分别…2件和1件: the 1件 is in the sum read at 2件
        # 局长和分管副局长各出庭应诉1件，即2件案件负责人均出庭应诉: the sum of each one's is the count said in the same sentence
        stated = {(t.sentence(f.value_start), f.value) for f in out if f.value is not None and not f.derived}
        out = [f for f in out if not (f.derived and f.unit in lx.COUNT_UNITS and (t.sentence(f.value_start), f.value) in stated)]
        out = self._each_beside_total(out)
        return self._one_shortfall_a_sentence(out)

    def _each_beside_total(self, out: list[Figure]) -> list[Figure]:
        """镇长出庭应诉2件，分管副镇长出庭应诉1件，3件案件行政机关负责人均出庭: each one's count beside the total they
        make in the same sentence; the total is the whole's, the parts are not read."""
        t = self.t
        counts: dict[tuple[int, int], list[Figure]] = {}
        for f in out:
            if f.value is not None and not f.derived and not f.requirement and f.unit in lx.COUNT_UNITS:
                counts.setdefault(t.sentence(f.value_start), []).append(f)
        drop: set[int] = set()
        whole: set[tuple[tuple[int, int], str]] = set()  # (sentence, the first one's name) said of the whole
        for sent, figs in counts.items():
            for total in figs:
                parts = [f for f in figs if f is not total and f.value_start < total.value_start]
                if len(parts) >= 2 and sum(f.value for f in parts) == total.value and all(f.scope_kind == "unit" for f in parts):
                    drop |= {id(f) for f in parts}
                    whole.add((sent, parts[0].scope))  # the total and the rate took the first one's name as their scope
        return [replace(f, scope="", scope_kind="") if f.scope_kind == "unit" and (t.sentence(f.value_start), f.scope) in whole else f
                for f in out if id(f) not in drop]

    def _plans_named(self, ind: Indicator, spec: ExtractSpec, seen: set[tuple], out: list[Figure]) -> list[Figure]:
        """Under a plans heading, the work named as still to do (加快推进基层政务公开标准化规范化建设): a plan to do it,
        where no other figure of the indicator is read in its sentence."""
        t, found = self.t, []
        taken = {t.sentence(f.start) for f in out}
        named = replace(spec, near_any=())  # the words name the work itself, no claim word is looked for
        for m in tx.own_terms(spec.plan_terms).finditer(t.sh):
            ts, te = m.start(), m.end()
            if not t.heading(ts)[2] or t.in_title(ts) or t.in_heading_line(ts) or t.sentence(ts) in taken:
                continue
            s, e = t.sentence(ts)
            if self._not_near(spec, s, e, ts) or pat.HELPING_BEFORE.search(t.sh, t.clause(ts)[0], ts):
                continue  # 积极配合县里推进统一综合执法办案系统建设: another's work helped, not its own to do
            fig = self._statement(ind, named, ts, te)
            if fig and fig.requirement and not fig.negated and ("s", fig.value_start) not in seen:
                seen.add(("s", fig.value_start))
                taken.add(t.sentence(ts))
                found.append(fig)
        return found

    def _rest_units_short(self, ind: Indicator, f: Figure, out: list[Figure]) -> Figure | None:
        """Some units meet a share (29个单位…比例达到5%以上), and the same sentence goes on to the others
        that do not, with no term of their own (；县交通运输局、…3个单位因…，尚未达到5%的要求): their shortfall."""
        t = self.t
        if f.value is None or f.negated or f.requirement or f.scope_kind != "part" or f.unit != "%":
            return None
        ce, end = t.clause(f.value_start)[1], t.sh.find("。", f.value_start)
        rest = pat.REST_UNITS_SHORT.match(t.sh, ce, end if end > 0 else len(t.sh))
        if rest is None or Fraction(rest.group("value")) != f.value or any(
                g.negated and rest.start() <= g.value_start < rest.end() for g in out):
            return None
        return self._make(ind, None, rest.start("units"), rest.end("units"), negated=rest.span("short"), requirement=False,
                          baseline=False, statement=False, scope=(t.text[rest.start("units"):rest.end("units")], "part", False),
                          quote_lo=t.clause(rest.start("units"))[0], quote_hi=t.clause(rest.end() - 1)[1])

    def _named_above(self, lcs: int, lo: int) -> re.Match | None:
        """Another government named where the figure's clause opens, before its term: all of it (德州市全市,
        宜昌全市), its average (益阳市…平均) or its field (襄阳市人民调解…, read past the term's start)."""
        t = self.t
        for m in (pat.NAMED_WHOLE.match(t.sh, lcs, lo), pat.NAMED_AVERAGE.match(t.sh, lcs, lo)):
            if m and self._names_another(m.group(1)):
                return m
        field = pat.NAMED_FIELD.match(t.sh, lcs)
        if field and field.end() <= lo and not pat.NOT_A_PLACE.search(field.group(1)) and self._names_another(field.group(1)):
            return field
        return None

    def _names_another(self, name: str) -> bool:
        """`name` is a government's other than the report's own: not its own name, no word of its own or of
        all (我市, 各县, 全市), and a bare name (宜昌) one the report writes as a government's elsewhere."""
        if self.own_name.endswith(name) or pat.NOT_A_NAME.search(name):
            return False
        return name[-1] in "省市州盟区县旗" or self._a_government(name)

    def _a_government(self, name: str) -> bool:
        """The report names `name` (宜昌, 襄阳市) as a government somewhere (宜昌市人民政府, 襄阳市委、…,
        宜昌市中级人民法院), not only as words before others (确保市场…, 改革后市行政复议办公室)."""
        stem = name[:-1] if name[-1] in "市州盟" else name
        return bool(re.search(re.escape(stem) + r"[市州盟](?:委、|人民政府|中级人民法院)", self.t.sh))

    @staticmethod
    def _some_counted_short(out: list[Figure]) -> bool:
        """Some counted people are said to fall short somewhere in the report (仍有3名…未达到60学时)."""
        return any(f.negated and not f.requirement and f.scope_kind == "part" and re.search(r"\d+\s*[名人]", f.scope or "")
                   for f in out)

    def _the_counted_only(self, f: Figure, some_short: bool = False) -> Figure:
        """People or units counted before the term, then the rest said to fall short in the same sentence
        (全局32名执法人员完成了60学时的…培训，另有6名执法人员因…未达到60学时), or some counted people said to
        fall short anywhere in the report (`some_short`) when the count has no word for all: the value is the
        counted ones'. So is a claim of some counted persons (局主要负责人和1名副局长参加了…脱产培训) when others
        are said to fall short (仍有2名未参加)."""
        if f.negated or f.requirement:
            return f
        t = self.t
        if f.value is None:
            if not (f.statement and some_short and f.scope_kind in ("", "whole")):
                return f
            named = pat.PERSONS_COUNTED.search(t.sh, t.clause(f.value_start)[0], f.value_start)
            if named is None or re.search(lx.EVERYONE, t.sh[named.start():f.value_start]):
                return f
            return replace(f, scope=t.text[named.start(1):named.end(1)], scope_kind="part")
        rest = pat.EXCEPT_REST_PEOPLE.search(t.sh, t.sentence(f.value_start)[0], f.value_start)
        if rest and rest.start(1) >= t.clause(f.value_start)[0]:  # 除3名…外，其余人员均完成了60学时以上…: the rest only
            return replace(f, scope=t.text[rest.start(1):rest.end(1)], scope_kind="part")
        if f.scope_kind not in ("", "whole"):
            return f
        cs, e = t.clause(f.value_start)[0], t.sentence(f.value_start)[1]
        counted = pat.COUNTED_PEOPLE.search(t.sh, cs, f.value_start)
        if counted is None or not (pat.REST_FELL_SHORT.match(t.sh, t.clause(f.value_start)[1], e)
                                   or self._rest_next_fell_short(f.value_start)  # …15名老队员…以上；4名今年新进的…未能达到
                                   or (some_short and not re.search(lx.EVERYONE_BUT_EACH_COUNTED + r"|全[省市区县旗州盟镇乡]|人均|平均",
                                                                    t.sh[cs:f.value_start]))):  # 18名在编队员…均达到60学时: those 18 each
            return f
        return replace(f, scope=t.text[counted.start(1):counted.end(1)], scope_kind="part")

    def _rest_next_fell_short(self, pos: int) -> bool:
        """The sentence after the one at `pos`, in the same block, opens on some others falling short
        (…均在60学时以上；4名今年新进的执法人员…未能达到60学时)."""
        e = self.t.sentence(pos)[1]
        return (e < len(self.t.sh) and self.t.doc.block_at(e) is self.t.doc.block_at(pos)
                and bool(pat.REST_NEXT_FELL_SHORT.match(self.t.sh, e)))

    def _everyones_total(self, f: Figure) -> bool:
        """A person-level amount said as the sum over everyone: summed (累计, 共计) after the sessions or people
        were counted (全年组织执法人员培训12期，累计培训1200学时), or more than anyone's working year holds
        (累计达到6.5万学时). `执法队员全年法律知识培训累计72学时` is each one's; per head (人均, 每人) always is."""
        if f.value is None or f.requirement:
            return False
        t = self.t
        s = t.sentence(f.value_start)[0]
        if not pat.SUMMED_BEFORE.search(t.sh, t.clause(f.value_start)[0], f.value_start) or pat.PER_HEAD_WORD.search(
                t.sh, s, f.value_start):
            return False
        return f.value >= 1000 or bool(pat.SESSIONS_COUNTED.search(t.sh, s, f.value_start))

    def _among_them(self, te: int, limit: int) -> str:
        """Some of the term's people counted right after it, before `limit` (执法人员中仍有112人未完成…)."""
        among = pat.AMONG_THEM.match(self.t.sh, te)
        return self.t.text[among.start(1):among.end(1)] if among and among.end() <= limit else ""

    def _counted_before(self, cs: int, ts: int, te: int) -> str:
        """The term's people counted right before it (2名执法人员因长期抽调…，…未达到60学时)."""
        counted = pat.COUNT_BEFORE.search(self.t.sh[cs:ts])
        return self.t.text[cs + counted.start(1):te] if counted else ""

    def _caused_before(self, cs: int) -> str:
        """Some people or units counted, with the cause, in the clause before the shortfall's at `cs`
        (执法队2名新进队员因入职时间较晚，全年…学时未达到60学时; 40个乡镇（街道）中，有11个因…，…未达到5%)."""
        t = self.t
        if cs <= t.sentence(cs)[0]:
            return ""
        ps = t.clause(cs - 1)[0]
        caused = pat.COUNTED_WITH_CAUSE.search(t.sh, ps, cs - 1)
        if not caused:
            return ""
        among = pat.AMONG_CLAUSE.fullmatch(t.sh, t.clause(ps - 1)[0], ps - 1) if ps > t.sentence(cs)[0] else None
        return t.text[among.start() if among and not caused.group(2) else caused.start(1):caused.end(1)]

    def _total_later(self, spec: ExtractSpec, fig: Figure) -> bool:
        """A later clause of the sentence (past its semicolons) totals the term's counts (…，共计出庭2件), or
        gives all the heads' count after one person's (镇长出庭1件、分管副镇长出庭2件，负责人出庭应诉3件)."""
        t = self.t
        end, pos = t.sentence(fig.value_start)[1], t.clause(fig.value_start)[1]
        while end < len(t.sh) and t.sh[end] in "；;":
            end = t.sentence(end + 1)[1]  # …作专题法治讲座一次；…又举办讲座一次，全年…共两次: the total after a semicolon
        persons = bool(pat.PERSON_FIRST.match(t.sh, t.clause(fig.value_start)[0]))
        while pos < end:
            ns, ne = t.clause(pos + 1)
            total = pat.TOTAL_OF.search(t.sh, ns, ne)  # 共计出庭2件; 负责人出庭应诉合计3件
            if not total and persons and (heads := pat.ALL_HEADS.match(t.sh, ns)
                                          or (t.sh[fig.value_start - 1:fig.value_start] == "各"
                                              and tx.own_terms(spec.terms).match(t.sh, ns))):
                # 共出庭应诉3件次; 镇长、分管副镇长分别出庭应诉各1件，出庭应诉2件: each one's, then the count of all
                total = heads if any(a.unit in (fig.unit, fig.unit + "次") and a.value >= fig.value
                                     for a in t.amounts_in(heads.end(), ne)) else None
            if total and any(w in t.sh[ns:ne] for w in spec.terms) and any(
                    a.unit in (fig.unit, fig.unit + "次") for a in t.amounts_in(total.end(), ne)):
                return True
            pos = ne
        return False

    def _rest_after_excepted(self, cs: int) -> bool:
        """The clause at `cs` opens on the rest (其余, 另) after the sentence excepted some that never got
        there (其中1件原告撤诉，其余2件由法院开庭审理): the rest are all that did."""
        t = self.t
        excepted = pat.EXCEPTED_NOT_DONE if t.sh.startswith("其余", cs) else pat.EXCEPTED_UNHEARD if t.sh.startswith("另", cs) else None
        return excepted is not None and excepted.search(t.sh, max(0, t.sh.rfind("。", 0, cs), t.sh.rfind("\n", 0, cs)), cs) is not None

    def _term_elsewhere(self, spec: ExtractSpec, fig: Figure) -> bool:
        """An earlier clause of the sentence names the term (负责人出庭应诉2件，局长、分管副局长各出庭1件;
        镇政府负责人均出庭应诉，镇长、分管副镇长各出庭1次), or a later one counts it (…，本机关负责人出庭应诉2件):
        the heads' count is said there, the persons' are its parts."""
        t = self.t
        (s, e), (cs, ce) = t.sentence(fig.value_start), t.clause(fig.value_start)
        terms = tx.own_terms(spec.terms)
        if cs > s and terms.search(t.sh, s, cs):
            return True
        return any(a.unit in spec.units and terms.search(t.sh, t.clause(a.start)[0], a.start) for a in t.amounts_in(ce, e))

    def _a_frequency(self, a: Amount) -> bool:
        """A count said per month or quarter (每月至少组织一次会前学法): a frequency, not the year's count."""
        lo = self.t.clause(a.start)[0]
        mark = self.t.sh.rfind("、", lo, a.start)
        if mark >= 0 and pat.YEAR_AFTER_FREQUENCY.match(self.t.sh, mark, a.start):
            lo = mark + 1  # 每月至少安排一次、全年不少于12次: the year's count after the frequency
        return a.unit in lx.COUNT_UNITS and bool(pat.PER_PERIOD.search(self.t.sh, lo, a.start))

    def _counts_problems(self, a: Amount) -> bool:
        """A count written right after 问题 (督察发现问题43个): the problems found, not the term's count."""
        return a.unit in lx.COUNT_UNITS and bool(pat.PROBLEMS_COUNTED.search(self.t.sh[max(self.t.clause(a.start)[0], a.start - 8):a.start]))

    def _counted_phrase(self, lead: int, ts: int) -> int:
        """Where the term's own phrase starts: after 和/及 when a count opens it (完成3项决策听证和9项重大行政决策:
        the hearings are another phrase), else at the clause's lead."""
        sh = self.t.sh
        conj = max(sh.rfind("和", lead, ts), sh.rfind("及", lead, ts))
        if conj >= 0 and pat.COUNT_OPENS.match(sh, conj + 1, ts):
            return conj + 1
        return lead

    def _rest_undone_next(self, f: Figure, undone: set[tuple[int, int]]) -> bool:
        """The next sentence of the figure's block is one that says the thing is not done."""
        t = self.t
        e = t.sentence(f.start)[1]
        block = t.doc.block_at(f.start)
        return e + 1 < block.end and t.sentence(e + 1) in undone

    def _those_who_did(self, f: Figure) -> Figure:
        """书记、主任及2名副主任参加了…培训，另有2名班子成员…尚未参加: the done statement is the persons it names."""
        m = pat.DONE_BY_THOSE.match(self.t.sh, *self.t.clause(f.value_start))
        if not m or not m.group(1).strip():
            return f
        who = re.sub(r"(?:于|在)?\d{1,2}月(?:\d{1,2}日|[上中下]旬|份)?$", "", self.t.text[m.start(1):m.end(1)].strip())
        return replace(f, scope=who or self.t.text[m.start(1):m.end(1)].strip(), scope_kind="part")  # 局长于5月: 局长

    def _those_excepted(self, figures: list[Figure]) -> list[Figure]:
        """镇长、分管副镇长参加…培训班 … (problems) 除镇长、分管副镇长外，其他班子成员尚未参加: the persons a
        shortfall excepts are the ones its done statement names, so that statement is theirs only."""
        t = self.t
        short = [f for f in figures if f.negated and not f.requirement and f.scope_kind == "part"]
        excepted = {m.group(1) for f in short for m in pat.EXCEPT_PERSONS.finditer(t.sh, *t.sentence(f.start))}
        # 目前仅乡长和分管副乡长参加过…培训，其余班子成员尚未参加: the first named opens the done statement
        only = {re.split(r"[、和及]", m.group(1))[0] for f in short for m in pat.ONLY_PERSONS.finditer(t.sh, *t.sentence(f.start))}
        out = []
        for f in figures:
            cs = t.clause(f.start)[0]
            if f.negated or f.requirement or f.scope_kind:
                out.append(f)
            elif named := next((w for w in excepted if t.sh.startswith(w, cs)), None):
                out.append(replace(f, scope=named, scope_kind="part"))
            elif any(t.sh.startswith(w + "、", cs) or t.sh.startswith(w + "和", cs) for w in only):
                out.append(self._those_who_did(f))
            else:
                out.append(f)
        return out

    def _rule_set(self, cs: int) -> bool:
        """The clause at cs puts the act into a duty by a notice issued in the clause before, or says what
        that rule holds (明确…) in the clause after."""
        t = self.t
        ss = t.sentence(cs)[0]
        for _ in range(2):
            if cs <= ss:
                return False
            if pat.PUT_INTO_DUTY.match(t.sh, cs):
                return bool(pat.RULE_ISSUED.search(t.sh, t.clause(cs - 1)[0], cs - 1))
            if not pat.RULE_HOLDS.match(t.sh, cs):
                return False
            cs = t.clause(cs - 1)[0]
        return False

    def _one_statement_a_paragraph(self, figures: list[Figure]) -> list[Figure]:
        """严格落实述法制度。各部门主要负责人在年终述职中报告……: a paragraph saying one thing was done
        says it once; the fullest sentence is kept as the evidence."""
        kept: dict[tuple, int] = {}
        out: list[Figure] = []
        for f in figures:
            block = self.t.doc.block_at(f.start)
            key = (block.start, f.negated, f.requirement, f.scope_kind in ("other", "higher"))  # others' act never hides its own
            if key not in kept:
                kept[key] = len(out)
                out.append(f)
            elif ((bool(f.scope_kind), len(f.quote)) > (bool(out[kept[key]].scope_kind), len(out[kept[key]].quote))
                  and not (f.scope_kind == "part" and pat.LOWER_HEADS_IN.fullmatch(f.scope)
                           and out[kept[key]].scope_kind in ("", "whole"))
                  and not (self.department and not out[kept[key]].scope_kind and f.scope.startswith("各")
                           and pat.TEAM_NAMED.search(out[kept[key]].quote, 0, 24))
                  and not (pat.HEAD_FIRST.match(out[kept[key]].quote) and pat.REST_OF_TEAM_FIRST.match(f.quote))):
                # but its units' heads (各委属医疗卫生单位主要负责人…述法), all its units' reports (对各单位述法报告
                # 逐一审核), or the rest of its team's (乡班子其他成员和各村（居）党支部书记在乡述职评议会上述法), never
                # hide the head's own (局党组书记、局长在年终述职中专题述法)
                out[kept[key]] = f
        return out

    def _one_shortfall_a_sentence(self, figures: list[Figure]) -> list[Figure]:
        """法制审核力量不均衡，部分分局法制审核人员数量不足，占比偏低: one admitted shortfall, however
        many times the sentence names the thing; the one with a scope is kept."""
        kept: dict[tuple[int, int], Figure] = {}
        out = []
        for f in figures:
            if f.value is not None or not f.negated or f.placeholder or f.requirement:
                out.append(f)
                continue
            key = self.t.sentence(f.value_start)
            if key not in kept:
                kept[key] = f
                out.append(f)
            elif ((f.scope_kind and not kept[key].scope_kind) or (f.scope_kind == "unit" and kept[key].scope_kind == "part")
                  or (f.scope_kind == "part" and kept[key].scope_kind == "unit" and not self._names_own(kept[key]))):
                # 个别单位…不足，市城市管理执法局…比例仍低于规定要求: the unit named is the one; but a unit
                # taken from another clause (基层分局承担的…任务，…配备相对不足，个别基层分局…) yields to the part
                out[out.index(kept[key])] = kept[key] = f
        return out

    def _names_own(self, f: Figure) -> bool:
        """The figure's scope is named in its own clause."""
        cs, ce = self.t.clause(f.value_start)
        return f.scope in self.t.text[cs:ce]

    def _admits(self, spec: ExtractSpec, ts: int) -> bool:
        """The term's own clause admits a shortfall about it (工作体系尚不完善): a statement that it is
        not done needs none of the words a claim of done needs."""
        if pat.AS_A_MEANS.search(self.t.sh, max(self.t.clause(ts)[0], ts - 4), ts):
            return False  # 目前主要依托省级平台办案，部门间执法数据共享不够顺畅: the thing used as a means, not said of
        found = self._said_undone(spec, ts, ts)
        if found is None:  # 有7个未开展法治政府建设督察: the act negated right before the term
            cs = self.t.clause(ts)[0]
            before = self._shortfall(spec, max(cs, ts - 16), ts)
            # 正在编制镇、村两级政务公开事项标准目录: work under way on the thing, its object named after
            found = before if before is not None and (ts - before[1] <= 2 or (
                self.t.sh.startswith(lx.UNDONE, before[0]) and ts - before[1] <= 10)) else None
        # 尚未建成, 未公开, 尚不全面: the thing is not there (or not all of it); 有待加强, 存在差距 say
        # it could be better
        if found is None or not self.t.sh.startswith(pat.NOT_THERE, found[0]):
            return False
        term = tx.own_terms(spec.terms).match(self.t.sh, ts)
        between = self.t.sh[term.end():found[0]] if term and term.end() <= found[0] <= self.t.clause(ts)[1] else ""
        # 复议决定书释法说理还不够充分, 法治督察发现问题的整改跟踪还不够到位: something else about it falls short
        return not (self.t.sh.startswith(pat.NOT_ENOUGH, found[0]) and pat.OTHER_ASPECT.search(between))

    def _item_scope(self, cs: int, units: bool = False) -> tuple[str, str, bool, list[str]] | None:
        """The part or unit scope of the clause before, in the same sentence: 部分县（区）执法人员数量不足，
        执法人员培训学时未达到要求; 一是执法支队法制审核力量不足，法制审核人员占比尚未达到5% — a
        problem item's units hold for both clauses."""
        s = self.t.sentence(cs)[0]
        if cs - 2 < s:
            return None
        ps = self.t.clause(cs - 2)[0]
        if pat.FULFILLED.search(self.t.sh, ps, cs - 1):
            most = pat.MOST.match(self.t.sh, ps)
            # 大部分县直执法部门已实现…，与省级平台的数据联通工作正在推进: the rest fall short
            return ("其余" + most.group(1), "part", False, []) if most else None
            # 18个乡镇已编制完成标准目录，标准体系正在抓紧建设: those units did their part
        if pat.ACTS_ON_UNITS.match(self.t.sh, ps):
            return None  # 明确县司法局和乡镇司法所的协调监督职责，…体系建设已全面启动: the units are given duties
        prev = tx.scope(self.t, ps, cs - 1)
        if prev[1] not in ("part", "unit") and (some := pat.SOME_HAVE.search(self.t.sh, ps, cs - 1)):
            # 执法队有2名执法人员因长期抽调…，年度培训未达到60学时: the people counted are some of them
            return self.t.text[some.start(1):some.end()], "part", prev[2], prev[3]
        if prev[1] in ("part", "unit"):
            return prev
        fe = self.t.clause(s)[1]
        if units and fe < ps and pat.PART_FIRST.match(self.t.sh, s) and (first := tx.scope(self.t, s, fe))[1] == "part" and not any(
                tx.scope(self.t, c0, c1)[1] for c0, c1 in self._clauses(fe + 1, cs - 1)):
            # a share each unit has: 部分乡镇综合行政执法队刚刚组建，…，法律专业人员少，法制审核人员配备不足: the units the item opens on
            return first
        return None

    def _said_undone(self, spec: ExtractSpec, lo: int, ts: int, te: int | None = None) -> tuple[int, int] | None:
        """A shortfall word from `lo` to the end of the term's clause, else in the next clause while it
        is still about the term (法治督察的深度还不够，对部分部门的督察尚未开展)."""
        ce = self.t.clause(ts)[1]
        sent_end = self.t.sentence(ts)[1]
        end = self._own_part(ts, sent_end)
        found = self._shortfall(spec, lo, ce)
        own = self.t.sh[self.t.clause(ts)[0]:ce]
        but_not = pat.BUT_NOT.match(self.t.sh, ce + 1)  # 目录已经编制，但未在网站公开
        if ((found is None or not self.t.sh.startswith(pat.NOT_THERE, found[0])) and ce < end
                and (but_not or (ce + 1 < end and not any(w in own for w in spec.near_any + spec.verbs)
                                 and not self.t.sh.startswith(("但", "而"), ce + 1)))):
            nxt = self._shortfall(spec, ce, self.t.clause(ce + 1)[1])
            if nxt and (self.t.sh.startswith(pat.NOT_THERE, nxt[0]) or (spec.shortfall and self.t.sh.startswith(spec.shortfall, nxt[0]))):
                found = nxt  # …报告因报送程序调整，延至4月中旬才向社会公开: the indicator's own words for late
            elif but_not:
                found = (but_not.start(), but_not.end())
        if found is None and ce + 1 < end and self.t.sh.startswith(("但", "而"), ce + 1) and spec.near_any:
            short = self._shortfall(spec, ce + 1, self.t.clause(ce + 1)[1])
            if (short and self.t.sh.startswith(pat.NOT_THERE, short[0])
                    and re.search(tx.any_of(spec.near_any) + "$", self.t.sh[ce + 1:short[0]])
                    and not re.search(pat.SOME_WORDS + "|仍有", self.t.sh[ce + 1:short[0]])):  # some of them: theirs
                found = short  # …已全部录入省“互联网+监管”系统，但…与省平台的实时联通尚未实现: the act itself, not done
        if (found is None and ce + 1 < end and (spec.near_any or spec.verbs)
                and (self.t.sh.startswith(("但", "而"), ce + 1) or pat.ONLY_THERE.match(self.t.sh, ce + 1))):
            # 目录…，但目录仅在街道内部印发，尚未…向社会公开; 目录…，仅在镇政务公开栏张贴公示，未在县政府门户网站向社会公开:
            c2 = self.t.clause(ce + 1)[1] + 1  # the clause after the 但 (or the 仅在, where it went) says it
            short = self._shortfall(spec, c2, self.t.clause(c2)[1]) if c2 < end else None
            if (short and (short[0] - c2 <= 1 or pat.PROCESS_FIRST.fullmatch(self.t.sh, c2, short[0]))
                    and self.t.sh.startswith(pat.NOT_THERE, short[0])
                    and any(w in self.t.sh[c2:self.t.clause(c2)[1]] for w in spec.near_any + spec.verbs)):
                found = short
        if found is None and ce + 1 < end:
            ne = self.t.clause(ce + 1)[1]
            opens = self._shortfall(spec, ce + 1, ne if pat.ACT_TIME.match(self.t.sh, ce + 1) else min(ne, ce + 12))
            if (opens and (opens[0] - ce <= 3 or pat.CAUSE_FIRST.fullmatch(self.t.sh, ce + 1, opens[0])
                           or (pat.PROCESS_FIRST.fullmatch(self.t.sh, ce + 1, opens[0])  # …目录，经集体研究后尚未向社会公开
                               and any(w in self.t.sh[opens[0]:ne] for w in spec.near_any + spec.verbs))
                           or pat.ACT_TIME.fullmatch(self.t.sh, ce + 1, opens[0])  # …公开，公开时间晚于规定时限
                           or pat.TIME_AND_THING.fullmatch(self.t.sh, ce + 1, opens[0]))  # …起步较晚，截至年底目录仍未向社会公开
                    and (self.t.sh.startswith(pat.NOT_THERE, opens[0]) or pat.LATE.match(self.t.sh, opens[0])
                         or (spec.shortfall and self.t.sh.startswith(spec.shortfall, opens[0])))):  # 较规定的…时限有所延迟
                # …于4月15日在区政府网站公开，晚于规定时限: the next clause is the shortfall (not 有待进一步规范)
                found = opens
        # the person named in the cause clause ends the own part (`end`); the sentence does not
        if (found is None and ce + 1 < sent_end
                and pat.WHO_FOR_A_CAUSE.fullmatch(self.t.sh, ce + 1, (c1 := self.t.clause(ce + 1))[1]) and c1[1] + 1 < sent_end):
            # …脱产培训班，镇长因正值主汛期在镇一线组织防汛抢险，未能参加: who, and why, then the shortfall
            c2 = self.t.clause(c1[1] + 1)
            short = self._shortfall(spec, c2[0], c2[1])
            if short and short[0] - c2[0] <= 1 and self.t.sh.startswith(pat.NOT_THERE, short[0]):
                found = short
        if found is None and ce + 1 < end and (lower := pat.LOWER_LEVEL_NEXT.match(self.t.sh, ce + 1)):
            # 乡本级…标准目录已经编制完成，3个行政村的村级公开事项目录正在梳理之中: the level below not done yet
            short = self._shortfall(spec, lower.end(), self.t.clause(ce + 1)[1])
            if short and (self.t.sh.startswith(pat.NOT_THERE, short[0]) or self.t.sh[short[0]:short[1]] in lx.UNDONE):
                found = short
        if found is None and pat.OWN_LEVEL_DONE.search(self.t.sh, self.t.clause(ts)[0], ce):
            # 编制完成镇级政务公开事项标准目录…。但镇级标准目录向各村（社区）延伸的工作…尚未全面铺开: the villages' not yet
            ns = self.t.sentence(ts)[1]
            ns += len(self.t.sh[ns:ns + 3]) - len(self.t.sh[ns:ns + 3].lstrip("。；; \n"))
            if self.t.sh.startswith("但", ns) and pat.LOWER_LEVEL_IN.search(self.t.sh, ns, self.t.clause(ns)[1]):
                short = self._shortfall(spec, ns, self.t.sentence(ns)[1])
                if short and self.t.sh.startswith(pat.NOT_THERE, short[0]):
                    found = short
        if found is None and ce + 1 < end:
            # …推进…体系向基层延伸，在街道设立…，该项工作目前尚处于试运行阶段: a later clause says the work named is not done
            for c0, c1 in self._clauses(ce + 1, end - 1):
                if (said := pat.THIS_WORK.match(self.t.sh, c0)) and (short := self._shortfall(spec, said.end(), c1)) \
                        and short[0] - said.end() <= 4 and self.t.sh.startswith(pat.NOT_THERE, short[0]):
                    found = short
                    break
        if found is None and ce + 1 < end:
            for c0, c1 in self._clauses(ce + 1, end - 1):
                if now := pat.UNDER_WAY_NOW.match(self.t.sh, c0, min(end, self.t.clause(c1 + 1)[1])):
                    return now.start(1), now.end(1)
                if later := pat.EXPECTED_LATER.match(self.t.sh, c0, c1):
                    return later.start(1), later.end(1)
        if found is None and ce + 1 < end and pat.TOPIC_OPENS.fullmatch(self.t.sh, self.t.clause(ts)[0], ce):
            # 行政复议体制改革方面，…方案已起草完成，尚处于征求意见阶段: the clauses after the topic are all about it
            for c0, c1 in self._clauses(ce + 1, end - 1):
                if (short := self._shortfall(spec, c0, c1)) and self.t.sh.startswith(pat.NOT_THERE, short[0]):
                    return short
        if found is None and ce + 1 < end and (down := pat.EXTENDING_DOWN.match(self.t.sh, ce + 1)):
            g = down.lastindex or 1
            return down.start(g), down.end(g)
        if found is None and ce + 1 < end and spec.near_any and pat.PARTLY_DONE.search(own):
            ns, ne = self.t.clause(ce + 1)
            short = self._shortfall(spec, ns, ne)
            if (short and self.t.sh.startswith(pat.NOT_THERE, short[0]) and not self.t.sh.startswith(("但", "而"), ns)
                    and re.search(tx.any_of(spec.near_any) + "$", self.t.sh[ns:short[0]])):
                return short  # …数据对接已完成…推送，处罚数据的自动联通尚在调试之中: the act named again, not done
        pos = ce if found is None and ce + 1 < end and (
            pat.THE_REST_FIRST.match(self.t.sh, ce + 1) or self._level_undone(spec, ce + 1)
            or self._scheduled_then_cause(ts, ce + 1)
        ) else self.t.clause(ce + 1)[1]  # 原计划参加…培训班，因…任务未能参加: the very next clause says it did not happen
        while found is None and pos < end:  # 研究起草…改革实施方案，方案已报区委审议，但机构整合…尚未完成: a later 但 clause
            later = pat.BUT_NOT.match(self.t.sh, pos + 1)
            if later:
                return later.start(), later.end()
            ns, ne = self.t.clause(pos + 1)
            if pat.SAME_THING.match(self.t.sh, ns):  # …，目前该体系建设正在推进，尚未全面建成: the thing named again
                short = self._shortfall(spec, ns, min(end, self.t.clause(ne + 1)[1]))
                if short and self.t.sh.startswith(pat.NOT_THERE, short[0]):
                    return short
            short = self._shortfall(spec, ns, ne)
            if short and (self.t.sh.startswith(pat.NOT_THERE, short[0]) or pat.LATE.match(self.t.sh, short[0])
                          or (spec.shortfall and self.t.sh.startswith(spec.shortfall, short[0]))) and (
                    any(w in self.t.sh[ns:ne] for w in spec.near_any)  # 目前已完成29个，尚未实现部门全覆盖; 延至5月中旬才…公开
                    or (pat.THE_REST_FIRST.match(self.t.sh, ns) and self.t.sh.startswith(pat.NOT_THERE, short[0])
                        and "整改" not in self.t.sh[self.t.clause(ns - 1)[0]:ns])  # 已完成12个领域…，其余领域仍在编制中 (not 已整改79个，其余7个正在推进)
                    or pat.NOT_EVERYWHERE.match(self.t.sh, short[0])  # …在3个街道试运行，尚未在全区推开: not yet everywhere
                    or (pat.LEVEL_SAID_FIRST.match(self.t.sh, ns) and self.t.sh.startswith(pat.NOT_THERE, short[0]))  # 乡镇层面仍在试点推进
                    or (pat.LATE.match(self.t.sh, short[0]) and short[0] - ns <= 2  # …，于4月中旬才在区政府网站公开，晚于规定时限
                        and any(w in self.t.sh[self.t.clause(ns - 1)[0]:ns] for w in spec.near_any))
                    or (te is not None and tx.restates(self.t.sh[ns:short[0]], self.t.sh[ts:te]))  # 但受疫情影响，标准目录编制尚未完成
                    or self._missed_as_planned(spec, ts, ce, ns, short)  # 原定于8月参加…，因…，未能按期参训
                    or self._own_act_undone(spec, ns, short)  # 目录草案已形成，…，尚未向社会公开: the indicator's own act, not done
                    or (self._opens_on_head(spec.terms, ns) and short[0] - ns <= 4
                        and self.t.sh.startswith(pat.NOT_THERE, short[0]))):  # …目录编制，因启动较晚，目录尚未向社会公开
                return short  # the claim or the thing named again, undone
            pos = ne
        s_end = self.t.sentence(ts)[1]
        while found is None and pos < s_end:  # past another figure's clause, the thing named again by its head word
            ns, ne = self.t.clause(pos + 1)
            if self._opens_on_head(spec.terms, ns):
                short = self._shortfall(spec, ns, ne)
                if short and self.t.sh.startswith(pat.NOT_THERE, short[0]):
                    return short  # 目录已经…审定，纳入事项1项，…，但受…影响，目录未在…网站向社会公开
            pos = ne
        if found is None and ce + 1 < end:  # …方案已起草完成并报市级审核，集中行使…职责工作正在推进中: still going on
            going = next((m for c0, c1 in self._clauses(ce + 1, end - 1)
                          if (m := pat.WORK_UNDER_WAY.match(self.t.sh, c0, c1))), None)
            if going:
                return going.start(1), going.end(1)
            some = next((m for c0, c1 in self._clauses(ce + 1, end - 1)
                         if (m := pat.SOME_FIELDS_NOW.match(self.t.sh, c0, c1 + 1))), None)
            if some:  # …编制镇级政务公开事项目录，目前已完成就业、社会救助等领域目录的编制: some fields so far
                return some.start(1), some.end(1)
        return found

    def _missed_as_planned(self, spec: ExtractSpec, ts: int, ce: int, ns: int, short: tuple[int, int]) -> bool:
        """A later clause opening on a negation, after the act was said to be scheduled (原定于8月参加…培训班，
        因正值汛期…，未能按期参训) or after a clause giving why the one it was for stayed away (…举办…培训班，
        街道办事处主任因…任务，未能参加): it did not happen."""
        t = self.t
        if not t.sh.startswith(pat.NOT_THERE, short[0]):
            return False
        if short[0] - ns > 2 and not self._scheduled_then_cause(ts, ns) and not (
                ns - 1 > ce and any(self._scheduled_then_cause(ts, c0) for c0, _ in self._clauses(ce + 1, ns - 1))):
            return False  # (原计划参加…培训班，但因…，经请假后未能参训: the cause said in a clause before the miss)
        if pat.SCHEDULED.search(t.sh, t.sentence(ts)[0], ts):
            return True
        before = t.sh[t.clause(ns - 1)[0]:ns] if ns - 1 > ce else ""
        return bool(pat.CAUSE.search(before)) and any(w in before for w in spec.near_any)

    def _some_of_them(self, pos: int) -> re.Match | None:
        """The clause at `pos` opens on a number of people, after a clause ending on 中 (9名执法队员中，有7名…):
        some of those just counted."""
        if self.t.sh[pos - 2:pos - 1] != "中":
            return None
        return pat.SOME_OF_THEM_FIRST.match(self.t.sh, pos, self.t.clause(pos)[1])

    def _scheduled_then_cause(self, ts: int, ns: int) -> bool:
        """The act said to be scheduled, then the clause at `ns` opening on its cause (原计划参加…培训班，
        因…抢险救灾任务未能参加): the cause and the miss in one clause."""
        return bool(pat.SCHEDULED.search(self.t.sh, self.t.sentence(ts)[0], ts) and re.match(r"\s*(?:但|而)?因", self.t.sh[ns:ns + 3]))

    def _level_undone(self, spec: ExtractSpec, ns: int) -> bool:
        """A clause opening on a level whose part is not done (…体系已经建立，乡镇一级的…工作仍在试点之中)."""
        if not pat.LEVEL_SAID_FIRST.match(self.t.sh, ns) or self.t.sh.startswith(("但", "而"), ns):
            return False  # a 但 clause is BUT_NOT's
        short = self._shortfall(spec, ns, self.t.clause(ns)[1])
        return bool(short) and self.t.sh.startswith(pat.NOT_THERE, short[0])

    def _own_act_undone(self, spec: ExtractSpec, ns: int, short: tuple[int, int]) -> bool:
        """A clause that is only the indicator's own act negated (…，尚未向社会公开): said of the same thing."""
        if not spec.verbs or self.t.sh[ns:short[0]].strip():
            return False
        if self.t.sh[short[0]:short[1]].endswith(spec.verbs) and pat.CLAUSE_ENDS.match(self.t.sh, short[1]):
            return True  # …，但目录仅在镇内部印发，未向社会公开: the phrase is the act itself, negated
        return bool(re.match(r"(?:向社会|在[^，,。；;]{0,12}?)?" + tx.any_of(spec.verbs) + r"\s*(?:[，,。；;]|$)",
                             self.t.sh[short[1]:short[1] + 20]))

    def _has_verb(self, spec: ExtractSpec, ts: int, sentence_start: int) -> bool:
        """One of the spec's verbs in the term's clause or the clause before it in the sentence
        (向社会公开重大行政决策事项，共计20件重大决策被纳入目录管理)."""
        cs, ce = self.t.clause(ts)
        lo = max(sentence_start, self.t.clause(cs - 2)[0]) if cs - 2 >= sentence_start else cs
        if (colon := self.t.sh.rfind("：", cs, ts)) >= 0:
            cs = lo = colon + 1  # 领导班子学法形成常态：全年召开常务会议23次: the lead-in is a topic, not the act
        # 召开常务会议24次（其中安排会前学法的有11次）: a verb inside the brackets is the breakdown's
        aside = next((m for m in pat.ASIDES.finditer(self.t.sh, cs, ce) if m.start() < ts < m.end()), None)
        own = self.t.sh[aside.start():aside.end()] if aside else pat.ASIDES.sub("", self.t.sh[cs:ce])
        if any(v in own for v in spec.verbs):
            return True
        if (ce < len(self.t.sh) and self.t.sh[ce] in "，,"
                and (each := pat.EACH_MEETING_ACT.match(self.t.sh, ce + 1)) and any(v in each.group(0) for v in spec.verbs)
                and not self._term_counted(spec, each.end(), self.t.sentence(ts)[1])):
            # 召开镇政府常务会议11次，每次会前安排集体学法: each meeting counted had the act (not when the study is
            # counted after: …，每次会议前均安排学法，会前学法26次)
            return True
        if pat.OTHER_ACT.search(self.t.sh, cs, ts):
            return False  # 集中受理，全年收到申请412件: the clause's own act (收到) governs its count
        if any(v in self.t.sh[lo:ce] for v in spec.verbs):
            return True
        if spec.kind != "statement":
            return False
        # 目录经常务会议审议通过后，（报经同意后于3月）在网站向社会公布: a later clause going on with the act
        end, pos = self.t.sentence(ts)[1], ce
        verb = tx.any_of(spec.verbs) + "(?!征求|听取)"  # not 向社会公开征求意见: the draft's
        act = re.compile(r"(?:在|向|于(?!法有据))[^，。；]*" + verb)  # not 确保决策于法有据、…、过程公开: the decisions' process
        while pos < end:
            ns, ne = self.t.clause(pos + 1)
            if ne <= pos:
                break
            clause = self.t.sh[ns:ne]
            if (pat.SAME_ACT.match(clause) and re.search(verb, clause)) or act.search(clause):
                return True
            pos = ne
        return False

    def _list_end(self, e: int) -> int:
        """The end of a list of sentences joined by ； (新收申请1,126件，同比增长42.3%；经审查依法受理1,008件)."""
        for _ in range(2):
            if self.t.sh[e:e + 1] not in ("；", ";"):
                break
            e = self.t.sentence(e + 1)[1]
        return e

    def _primary_later(self, spec: ExtractSpec, ts: int, e: int) -> bool:
        """The term's clause has only a secondary verb while a later clause of the sentence has the
        first-listed verb right before a count (noun left out); that later count is read instead."""
        cs, ce = self.t.clause(ts)
        clause = re.sub(r"(?:统一|集中)受理", "统一收件", self.t.sh[cs:ce])  # 统一受理…申请212件，依法受理198件: intake, then acceptance
        if spec.verbs[0] in clause or not any(v in clause for v in spec.verbs + ("统一收件",)):
            return False
        return self._elided_amount(spec, ts, e, spec.verbs[:1]) is not None

    def _elided_amount(self, spec: ExtractSpec, ts: int, e: int, verbs: tuple[str, ...]) -> Amount | None:
        """收到行政复议申请215件，依法受理198件: in a later clause of the sentence, a count right after
        one of `verbs`, with the noun left out, counts the term's noun."""
        t = self.t
        pos = t.clause(ts)[1]
        while pos < e:
            cs, ce = t.clause(pos + 1)
            for a in t.amounts_in(cs, ce):
                gap = t.sh[cs:a.start]
                if a.unit in spec.units and any(gap.endswith(v) for v in verbs):
                    if self.other_terms is not None and self.other_terms.search(gap):
                        return None  # the clause names a figure of its own
                    return a
            pos = ce
        return None

    def _elided(self, ind: Indicator, spec: ExtractSpec, ts: int, te: int, e: int,
                verbs: tuple[str, ...]) -> Figure | None:
        a = self._elided_amount(spec, ts, e, verbs) if spec.kind == "figure" else None
        if a is None:
            return None
        cs = self.t.clause(a.start)[0]
        scope = tx.scope(self.t, self.t.clause(ts)[0], ts)
        return self._make(ind, a, ts, te, negated=None, requirement=self._is_requirement(cs, a.start, a.start, a.start, a.end),
                          baseline=False, statement=False, scope=scope[:3])

    def _phrases(self, ind: Indicator, spec: ExtractSpec) -> list[Figure]:
        """Words that state the figure without a number: 无一败诉 (0 %), 全部准予备案 (100 %)."""
        t, out = self.t, []
        said: set[tuple[int, float]] = set()  # one figure per sentence and value (均经…备案，全部准予备案)
        for phrase, number in spec.phrases:
            for m in tx.phrase_pattern(phrase).finditer(t.sh):
                ps, pe = m.start(), m.end()
                if t.in_title(ps) or pat.CAUSED_BY.search(t.sh, ps, pe) or pat.CASES_OF_A_KIND.search(t.sh, ps, pe):
                    continue  # 未发生因拆违引发的行政诉讼败诉案件, 未发生一起规划许可行政诉讼败诉案件: only the cases of one cause or kind
                own_no = len(re.match(r"[^未不没无零]*", phrase).group(0))  # 行政行为未被纠错: the phrase's own 未, after its subject
                if number == 0 and (pat.THEN_NOT.match(t.sh, pe) or pat.THEN_NOT.search(t.sh, ps + own_no + 1, pe)):
                    continue  # 无一项重大行政决策事项未经合法性审查, 没有出现未经审核即出台…文件: a double negative
                if number == 100 and ("，" in phrase or "……" in phrase) and pat.COUNT_AFTER_ALL.match(t.sh, pe):
                    continue  # 均经…审核，并报送县政府备案2件 (…备案，共报送12件): the 均 is the review's; the count is said
                if number == 0 and phrase.endswith(spec.terms) and pat.TERM_AS_MODIFIER.match(t.sh, pe):
                    continue  # 本局尚未出台规范性文件管理办法: a rule about such documents not made, no count
                pcs = t.clause(ps)[0]
                if number == 0 and re.search(lx.PROHIBITED, t.sh[pcs:ps]):
                    continue  # 严禁没有制定权的内设机构…制发规范性文件: a rule, no count
                if number == 0 and pat.ITS_OWN_OFFICES.search(t.sh, ps, pe):
                    continue  # 未以局机关内设机构或局属事业单位名义制发规范性文件: the rule its offices keep, no count
                before = max(t.sentence(ps)[0], t.clause(pcs - 1)[0] if pcs > 0 else 0)  # the clause before, in its sentence
                if pat.EXCEPT_THE_REST.search(t.sh, before, ps):
                    continue  # 除1件因程序瑕疵被确认违法外，其余均胜诉: all but one, not none lost
                if number == 100 and pat.DISPUTES_OF_A_KIND.search(t.sh, before, ps):
                    continue  # 全年联合调处疑难纠纷9起，全部调解成功: the hard ones only, not the rate of all
                s, e = t.sentence(ps)
                if not self._context_ok(spec, s, e) or (s, number) in said:
                    continue
                said.add((s, number))
                a = Amount(ps, pe, Fraction(str(number)), spec.units[0], "", False)
                cs = t.clause(ps)[0]
                scope = tx.scope(t, cs, ps)
                if (scope[1] == "part" and self.officers is not None and (counted := pat.OFFICERS_COUNTED.fullmatch(scope[0]))
                        and int(counted.group(1)) == self.officers):
                    scope = ("", "", scope[2])  # 现有执法人员8名，…，8名执法人员全部在一线从事执法工作: all of them
                if scope[1] in ("", "whole") and (kind := pat.KIND_OF_CASES_BEFORE.search(t.sh, before, ps)):
                    scope = (t.text[kind.start(1):kind.end(1)], "part", scope[2])  # 对涉及重大公共利益…的案件，负责人必须出庭: those
                neg = self._shortfall(spec, pe, t.clause(ps)[1])
                if neg is None and number and (short := pat.NOT_ACHIEVED_BEFORE.search(t.sh, cs, ps)):
                    neg, a = short.span(1), None  # 全年未能实现开庭案件负责人全部出庭应诉: not all of them, no number said
                # a phrase that says it met something (无符合…目录标准的事项) states no rule
                requirement = ((self._is_requirement(cs, ps, ps, ps, pe) or bool(pat.REQUIREMENT.search(t.sh, ps, pe)))
                               and not pat.FULFILLED.search(t.sh, ps, pe))  # 乡长必须带头出庭应诉: the phrase says the rule
                out.append(self._make(ind, a, ps, pe, negated=neg, requirement=requirement, baseline=False,
                                      statement=False, scope=scope[:3]))
        return out

    def _points(self, ind: Indicator, spec: ExtractSpec) -> list[Figure]:
        """在百分制考核中占到4分, 占3分（满分100分）: a score out of 100 is a percentage. The sentence
        must say the whole is 100 (`out_of_100` words) and meet the indicator's context words."""
        t, out = self.t, []
        for m in pat.POINTS.finditer(t.sh):
            s, e = t.sentence(m.start())
            if not any(w in t.sh[s:e] for w in spec.out_of_100) or not self._context_ok(spec, s, e):
                continue
            value = parse_number(m.group(1))
            if value is None or value > 100 or re.search(r"(?:满分|总分|百分制)\s*$", t.sh[max(s, m.start() - 4):m.start()]):
                continue  # （满分为100分）: the whole, not the score
            a = Amount(m.start(1), m.end(1), value, "%", "", False)
            cs = t.clause(m.start())[0]
            requirement = self._is_requirement(cs, m.start(), m.start(), a.start, a.end)
            out.append(self._make(ind, a, m.start(), m.start(), negated=None, requirement=requirement, baseline=False,
                                  statement=False, scope=tx.scope(t, cs, m.start())[:3], quote_hi=m.end()))
        return out

    def _table_cells(self, ind: Indicator, spec: ExtractSpec) -> list[Figure]:
        """Tables whose header names the figure, and tables of indicators (prose_tables.py)."""
        return [self._make(ind, c.amount, c.ts, c.te, negated=None, requirement=c.requirement, baseline=False,
                           statement=False, scope=c.scope, quote_lo=c.row.start, quote_hi=c.row.end,
                           year_text=c.year_text)
                for c in tables.table_cells(self.t, spec, self._tables())]

    def _tables(self) -> tables.IndicatorTables:
        if self._indicators is None:
            self._indicators = tables.IndicatorTables(self.t, self.report_year)
        return self._indicators

    def _each_ones_after_sum(self, a: Amount, cs: int, ce: int) -> Amount | None:
        """Each one's amount said right after `a` when `a` is the sum over everyone (培训累计816学时，人均68学时)."""
        t = self.t
        if not pat.SUMMED_IN_CLAUSE.search(t.sh, cs, a.start) or ce >= t.sentence(cs)[1] or not pat.PER_HEAD_WORD.match(t.sh, ce + 1):
            return None
        return next((b for b in t.amounts_in(ce + 1, t.clause(ce + 1)[1]) if b.unit == a.unit), None)

    def _counts_the_same(self, spec: ExtractSpec, lo: int, hi: int) -> bool:
        """Whether a total's words before its number count the term's own things: a verb (共举办2期) or the
        term again, not another noun (累计办理行政处罚案件200余件 after the lawsuits' count)."""
        return hi - lo <= 4 or tx.own_terms(spec.terms).search(self.t.sh, lo, hi) is not None

    def _of_another_kind(self, spec: ExtractSpec, a: Amount) -> bool:
        """The words right after the number name another kind of the thing (40学时的岗前培训: the induction's)."""
        return bool(spec.not_before) and self.t.sh.startswith(spec.not_before, a.end + (self.t.sh[a.end:a.end + 1] == "的"))

    def _pick(self, spec: ExtractSpec, ts: int, te: int) -> tuple[Amount | None, bool]:
        """The amount this term mention names: after it in its clause, else before it."""
        t = self.t
        cs, ce = t.clause(ts)
        listed = self._listed_pair(spec, ts, cs, ce)
        if listed is not False:
            return listed, False
        zero = pat.ZERO_RATE.match(t.sh, te)
        if zero and "%" in spec.units:  # 败诉率为零
            return Amount(zero.start(1), zero.end(1), Fraction(0), "%", "", False), False
        if zero and spec.units[0] in lx.COUNT_UNITS and t.sh.startswith(("为", "均为"), zero.start()):
            return Amount(zero.start(1), zero.end(1), Fraction(0), spec.units[0], "", False), False  # 复议案件为零
        if "%" in spec.units and t.sh.startswith("中", te) and not t.sh.startswith("中心", te):
            return None, False  # 法制审核人员中具有法律职业资格的占比为38%: a share within the term's people
        # the term's own count written right before it (9项重大行政决策, 只举办了1期法治专题讲座)
        own_before = [b for b in t.amounts_in(max(cs, ts - 8), ts) if b.prenominal and b.unit in spec.units and ts - b.end <= 2]
        if spec.units[0] in lx.COUNT_UNITS and (pat.SOME_AMONG.match(t.sh, te) or (own_before and pat.PART_AMONG.match(t.sh, te))):
            # 以镇政府为被申请人的复议案件中出现1件被确认违法: some of the cases, not their count; 全年2件行政诉讼案件中只有1件
            # 由镇长出庭应诉, 4项决策事项中3项已作出决定: the count written right before the term is theirs
            return (own_before[-1] if own_before else None), False
        reach = te + spec.within + (len(aside.group(0)) if (aside := pat.ASIDE.match(t.sh, te)) else 0)  # 会前学法（含专题学习）全年共计14次
        reach = t.past_titles(te, reach)  # 常务会议前集中学习《…》《…》等法律法规16次
        if spec.units[0] in lx.COUNT_UNITS and (named := pat.NAMES_BEFORE_COUNT.match(t.sh, te)):
            reach += len(named.group(0))  # 列入目录的事项为“…收运体系建设”1项: the items' names do not count in the reach
        if t.sh.startswith("率", te - 1) and (listed_rates := pat.RATES_LISTED.match(t.sh, te)):
            reach = max(reach, listed_rates.end() + 8)  # 报备率、行政机关负责人出庭应诉率均保持在100%
        counted_before = bool(own_before)
        # 64件开庭审理的案件中有61件由负责人出庭应诉: the count after is a subset; the term's count is before it
        subset_after = spec.units[0] in lx.COUNT_UNITS and (pat.SUBSET_AFTER.match(t.sh, te) or (
            pat.SOME_OF_COUNTED.match(t.sh, te) and counted_before))
        ahead = [a for a in t.amounts_in(te, min(ce, reach))
                 if not subset_after and a.start >= te and a.unit in spec.units and not t.in_title(a.start)
                 and not pat.CHANGE.search(t.sh[max(0, a.start - 4):a.start])
                 and not (a.prenominal and (not tx.heads(t.sh, a.end, spec.terms) or t.sh[a.start - 1] in "和及与、"))
                 and not self._other_term_between(spec, te, a.start)
                 and not (a.unit in lx.COUNT_UNITS and pat.NOT_HAPPENED.match(t.sh, a.end))  # 仍有1件未能出庭
                 and not (a.unit in lx.COUNT_UNITS and pat.MISSED_ONES.search(t.sh, te, a.start))  # 已开庭但负责人未出庭的1件
                 and not self._a_frequency(a)
                 and not (a.unit == "学时" and a.value >= 200 and pat.ALL_TOGETHER.search(t.sh, max(cs, a.start - 10), a.start)
                          and not pat.EACH_ONES.search(t.sh, cs, a.start))  # 全镇执法人员…累计达到720学时: all of them together
                 and not any(w in t.sh[te:a.start] for w in spec.not_after)  # 规范性文件逐件审查，共审查21件
                 and not self._of_another_kind(spec, a)
                 and not pat.BECOMES.search(t.sh, max(te, a.start - 4), a.start)]  # 把每一次出庭都变成一次…现场教学: "a", no count
        if ahead and (per_head := self._each_ones_after_sum(ahead[0], cs, ce)):
            ahead = [per_head]
        if ahead and (t.sh[ahead[0].start - 1] in "、和及与" or pat.AND_AMONG.fullmatch(t.sh, te, ahead[0].start)) and any(
                b.prenominal and b.unit in spec.units and ts - b.end <= 6 for b in t.amounts_in(max(cs, ts - 8), ts)):
            ahead = []  # 9项重大行政决策事项、3项涉企政策听证, 5项…事项及其中3项的公开听证: the term has its count before it; the next is another item's
        each_m = pat.EACH_TIME.search(t.sh, cs, ahead[0].end) if ahead else None  # up to its end: 局长、分管副局长各1件
        each = each_m is not None and each_m.start() != te  # not 行政复议和行政诉讼案件各1件: the term's own
        if ahead and (each or (ahead[0].unit in lx.COUNT_UNITS and pat.PERIOD.search(t.sh, t.sentence(ts)[0], ahead[0].start))):
            # 11月、12月各举办讲座1次，全年共2次; 上半年举办法治讲座1期，下半年举办1期，全年共2期: the year's total
            total = next((b for b in t.amounts_in(ce, t.sentence(ts)[1]) if b.unit == ahead[0].unit
                          and (summed := pat.YEAR_TOTAL.search(t.sh, t.clause(b.start)[0], b.start))
                          and self._counts_the_same(spec, summed.end(), b.start)), None)
            if total is not None:
                return total, False
            if each and ahead[0].unit in lx.COUNT_UNITS and not pat.EACH_SEPARATELY.search(t.sh, cs, ahead[0].start):
                return None, False  # 11月、12月各举办讲座1次: each one's count, not the year's
        if ahead:
            a = ahead[0]
            if pat.FROM.search(t.sh[te:a.start]) or pat.COMPARISON.search(t.sh[te:a.start]):
                # 由90%提高到100%, 较上年的6.1%下降至2.2%: the figure is the one after 到/至
                later = [b for b in ahead[1:] if pat.TO.search(t.sh[a.end:b.start])]
                if later:
                    return later[0], False
            return a, bool(pat.COMPARISON.search(t.sh[te:a.start]))
        if "%" in spec.units and cs > 0 and pat.RATE_NAMED_AFTER.fullmatch(t.sh, cs, ts) and not t.sh[te:ce].strip():
            before = t.amounts_in(t.clause(cs - 1)[0], cs - 1)
            if before and before[-1].unit == "%" and not t.sh[before[-1].end:cs - 1].strip() and pat.SHARE_ENDS.search(
                    t.sh, t.clause(cs - 1)[0], before[-1].start):
                return before[-1], False
        own_end = self._own_part(ts, t.sentence(ts)[1])
        pos = ce
        for step in range(2):  # the next clause, or the one after when the next one also goes on
            if pos >= own_end:
                break
            nxt_s, nxt_e = t.clause(min(pos + 1, len(t.sh)))
            clause = t.sh[nxt_s:nxt_e]
            if step == 0 and "%" in spec.units and clause.lstrip().startswith("其中"):
                break  # 法制审核人员共86名，其中专职62名，占72.1%: the share is the subset's
            if step == 1 and any(a.unit in spec.units and not self._a_frequency(a) for a in t.amounts_in(*between)):
                break  # …，督察发现问题56个，已整改52个: the clause between counted its own noun, the next goes on with it
            between = (nxt_s, nxt_e)
            goes_on = (pat.CONTINUES.match(clause) or tx.restates(clause, t.sh[ts:te])
                       or (step == 0 and self._some_of_them(nxt_s))  # 9名执法队员中，有7名…达到60学时以上
                       or (step == 0 and pat.CAUSE_ONLY.fullmatch(t.sh, te, ce) is not None)  # 个别执法人员因参加防汛…等工作，全年参训学时不足60学时
                       or (pat.PER_PERIOD.match(clause) and pat.YEAR_AFTER_FREQUENCY.search(clause))  # 每月至少安排一次、全年不少于12次
                       or ((when := pat.WHEN_FIRST.match(clause)) and any(  # 常务会议坚持…，全年学法18次: the verb and its count
                           re.match(re.escape(v) + r"(?:了|共|共计|累计)?\s*[\d一二三四五六七八九十两]", clause[when.end():]) for v in spec.verbs))
                       or ((avg := pat.AVERAGE_LATER.match(clause)) and any(w in avg.group(0) for w in spec.near_any))
                       or ((act := pat.ACT_THEN_ALL.match(clause)) and any(w in (act.group(1) or act.group(2)) for w in spec.near_any)))
            # 执法人员2310名，年度法律知识培训平均达68学时: the act, then the average of the term's people
            if step == 1 and not (goes_on or pat.PER_HEAD.match(clause)):
                break
            if goes_on or (step == 1 and pat.PER_HEAD.match(clause)):
                # 执法人员2140名，全部完成60学时以上的培训; 执法人员23名，均已取得证件，全年均完成60学时的培训;
                # 执法人员2146名，组织…轮训，人均培训学时达到60学时; 会前学法，做到每会必学，全年学法共12次
                later = [a for a in t.amounts_in(nxt_s, min(nxt_e, own_end, max(te + spec.within + 10, nxt_s + 20)))
                         if a.unit in spec.units and not t.in_title(a.start)
                         and not (counted_before and pat.RULE_AFTER.match(t.sh[a.end:a.end + 8]))  # 只举办了1期…讲座，达不到每年不少于2期的要求: the rule
                         and (not a.prenominal or self._matters(spec, a))  # 目录于4月公布，共7项事项
                         and not pat.CHANGE.search(t.sh[max(0, a.start - 4):a.start]) and not self._counts_problems(a)
                         and not self._a_frequency(a)  # …会前学法制度，每月至少学法一次: a frequency
                         and not self._of_another_kind(spec, a)  # …，全部参加了不少于40学时的岗前法律知识培训
                         and not (pat.OTHER_ACT.search(t.sh, nxt_s, a.start) and not any(v in t.sh[nxt_s:a.start] for v in spec.verbs))  # …，全年共召开镇长办公会议二十二次: the meetings
                         and not any(w in ("" if pat.PER_HEAD.match(clause) else t.sh[te:nxt_s]) + "|" + t.sh[nxt_s:a.start]
                                     for w in spec.not_after)]  # 执法人员培训班8期，人均培训时长达到40学时: per head; …文件进行清理，共梳理文件17份: another act
                if later:
                    first = self._each_ones_after_sum(later[0], nxt_s, nxt_e) or later[0]
                    return first, bool(pat.COMPARISON.search(t.sh[nxt_s:first.start]))
            pos = nxt_e
        filing = (pat.SENT_FOR_FILING if t.sh.startswith("备案", ts)
                  else pat.SENT_BEFORE_FILED if t.sh.startswith(("报送备案", "报备"), ts) else None)
        back = max(spec.within, 34) if filing else spec.within  # 其中4件已按规定报送…备案
        if spec.units[0] in lx.COUNT_UNITS and pat.IN_SESSIONS_COUNT.search(t.sh, cs, ts):
            back = max(back, 40)  # 先后两次邀请县司法局、县人民法院的同志为镇领导班子举办法治专题讲座: the sessions, said early
        if (spec.units[0] in lx.COUNT_UNITS and cs > t.sentence(ts)[0] and pat.FOR_WHOM_FIRST.match(t.sh, cs)
                and (invited := pat.INVITED_IN_SESSIONS.search(t.sh, t.clause(cs - 1)[0], cs - 1))
                and not t.amounts_in(cs, ts)):
            # 先后两期邀请县司法局和县委党校的专家，为乡领导班子开展法治专题讲座: the sessions, in the clause before
            sessions = next((a for a in t.amounts_in(invited.start(), invited.end()) if a.unit in spec.units), None)
            if sessions is not None and not self._term_counted(spec, te, t.sentence(ts)[1]):
                return sessions, False
        if (spec.units[0] in lx.COUNT_UNITS and cs > 0 and pat.ALREADY_AT_START.fullmatch(t.sh, cs, ts)
                and (what := pat.PART_SAID_WHAT.match(t.sh, t.clause(cs - 1)[0], cs - 1))):
            # 案件2件，1件为草场承包经营权确认纠纷，已开庭审理: the one said, what it was, then the act
            part = next((a for a in t.amounts_in(what.start(1), what.end(1)) if a.unit in spec.units), None)
            if part is not None:
                return part, False
        for a in reversed(t.amounts_in(max(cs, ts - back), ts)):
            if a.end > ts or a.unit not in spec.units or t.in_title(a.start):
                continue
            gap = t.sh[a.end:ts]
            # 先后3期举办…讲座, 先后两次邀请…为镇领导班子举办…讲座: the number of times the act was done, said before its verb
            as_sessions = (a.unit in lx.COUNT_UNITS and pat.IN_SESSIONS.search(t.sh, max(cs, a.start - 3), a.start) is not None
                           and pat.SESSION_ACT.search(gap) is not None)
            if ts - a.end > spec.within and not (filing and filing.fullmatch(t.sh, a.end, ts)) and not as_sessions:
                continue
            by = ts - a.end <= 14 and re.match(r"(?:案件?)?由[^，,。；;和及与、]*$|(?:(?:均|全部|都)(?:已经?)?|已经?(?:于\d{1,2}月(?:\d{1,2}日|[上中下]旬|份)?)?)(?:依法)?$|经(?:县|市|区)?(?:人民)?法院(?:依法)?$", t.sh[a.end:ts])
            by = by or (filing is not None and filing.fullmatch(t.sh, a.end, ts))
            # 47件案件由负责人出庭; 2件均已开庭审理; 其中2件已开庭审理; 其中1件经法院开庭审理; 其中4件已报送…备案
            if by and re.search(r"代为|代理$", t.sh[a.end:ts]):
                continue  # 1件案件由分管副镇长代为出庭: one standing in for another, not the count
            if by and re.search(r"其中\s*$", t.sh[cs:a.start]) and t.sh.startswith(("作出决策", "完成决策"), ts):
                continue  # 目录内事项…，其中5项已作出决策，2项…转入下一年度: those of the catalogue decided, not its count
            if a.unit in lx.COUNT_UNITS and a.prenominal and re.search(r"各(?:举办|开展|组织|召开|安排)?了?$", t.sh[cs:a.start]):
                continue  # 上、下半年各举办一期法治专题讲座: each one's count, not the year's
            if a.unit in lx.COUNT_UNITS and (re.search(r"未|没有", t.sh[a.end:ts]) or re.match(r"(?:的[\u4e00-\u9fff]{0,8}?案件)?(?:均|都|仍|尚|还)?(?:未|没有)(?!出现|发生|发现)", t.sh[te:te + 20])):
                continue  # 另1件尚未开庭, 承办的1项决策事项未开展风险评估, 1件开庭审理的行政诉讼案件未能由负责人出庭应诉: the count of what has not happened (not 7项决策事项均未出现瑕疵)
            if a.unit in lx.COUNT_UNITS and a.prenominal and pat.MISSED_BEFORE.search(t.sh, cs, a.start):
                continue  # 镇长…未能出庭应诉1件开庭案件: the case missed, not those heard
            rest = re.split(r"[和及、]", t.sh[te:ce], maxsplit=1)[0]
            if a.prenominal and any(w in rest for w in spec.not_after):
                continue  # 对2项决策事项组织召开听证会: the decisions that had a hearing
            # 3期区政府领导班子法治专题讲座: the words between are the term's own modifiers (its near words)
            modifiers = len(gap) <= 12 and any(w in gap for w in spec.near_any) and not self._other_term_between(spec, a.end, ts)
            sessions = (as_sessions and not t.amounts_in(a.end, ts) and not self._other_term_between(spec, a.end, ts)
                        and not self._term_counted(spec, te, t.sentence(ts)[1]))  # not …，即全年共举办法治讲座三期: counted again after
            if a.unit in lx.COUNT_UNITS and not by and not sessions and not (a.prenominal and (len(gap) <= 6 or modifiers)
                                                                             and not re.search(r"[和及与、]", gap)):
                continue  # a count before the term counts the noun right after it, if that is the term
            if pat.CHANGE.search(t.sh[max(0, a.start - 4):a.start]):
                continue
            if self._a_frequency(a):
                continue
            if a.unit in lx.COUNT_UNITS and (pat.STILL_LEFT.search(t.sh, max(cs, a.start - 3), a.start) or (
                    pat.REST_BEFORE.search(t.sh, max(cs, a.start - 4), a.start)
                    and not self._rest_after_excepted(cs))):
                # 已报送备案7件，另有1件正在履行报备程序: the rest, not the count (not 其中1件原告撤诉，其余2件由法院开庭审理,
                # 其中1件因原告撤诉未开庭，另1件由人民法院开庭审理: the one that never got there excepted, the rest are all that did)
                continue
            if a.unit in lx.COUNT_UNITS and a.end <= ts and pat.PENDING_BEFORE.search(t.sh, max(cs, a.start - 12), a.start):
                continue  # 对年底尚在审理中的1件行政诉讼案件: the ones still pending, not the count
            if a.unit in lx.COUNT_UNITS and a.end <= ts and pat.UNDER_WAY.search(t.sh, a.end, ts):
                continue  # 12月下旬印发的1件正按程序履行报备手续: the one still under way, not the count
            if a.unit in lx.COUNT_UNITS and a.prenominal and (pat.LOST_AFTER.match(t.sh, te) or (
                    pat.LOST_FOR_A_CAUSE.match(t.sh, te) and not t.sh.startswith("的", a.start - 1))):
                continue  # 今年有1件行政诉讼案件被法院确认程序违法 (本年度发生1件…因…瑕疵被确认违法): the case lost, not the count
            if (a.unit in lx.COUNT_UNITS and a.prenominal and cs > t.sentence(ts)[0] and re.search(r"其中\s*$", t.sh[cs:a.start])
                    and not any(x.unit == a.unit for x in t.amounts_in(t.sentence(ts)[0], a.start))):
                continue  # 对复议和诉讼案件均及时…，其中1件行政诉讼案件在庭后经协调…撤回起诉: one of the cases, no count of them before
            if a.unit in lx.COUNT_UNITS and a.prenominal and (pat.NOT_APPEARED.match(t.sh, te)
                                                              or pat.THOSE_NOT_DONE.match(t.sh, te, t.sentence(ts)[1])):
                # 3件开庭案件负责人未出庭, 1件开庭案件没有镇领导出庭应诉, 1件规范性文件因…，未能完成报备: the
                # things the act was missing in, not the term's count
                continue
            if a.unit in lx.COUNT_UNITS and t.sh[a.start - 1:a.start] == "有" and pat.FOR_A_CAUSE.match(t.sh, te):
                continue  # 有1件开庭案件因与重要会议冲突委托律师出庭: the exception explained, not the count
            if (a.unit in lx.COUNT_UNITS and a.prenominal and pat.FOR_A_CAUSE.match(t.sh, te)
                    and pat.DELEGATED.search(t.sh, te, t.clause(t.clause(te)[1] + 1)[1])):
                continue  # 1件开庭案件因主要负责人参加县防汛会议，委托执法中队负责人出庭: the one the heads missed
            if (a.unit in lx.COUNT_UNITS and a.prenominal and pat.CAUSE.search(t.sh, a.end, ts)
                    and pat.LATER_NOT_DONE.search(t.sh, te, t.sentence(ts)[1])):
                continue  # 1件规范性文件因报备材料不全被退回补正，年底前未能完成报送备案: the one that failed
            if (a.unit in lx.COUNT_UNITS and (t.sh[a.start - 1:a.start] == "有" or (
                        not t.sh[cs:a.start].strip() and pat.FOR_A_CAUSE.match(t.sh, te)) or (
                        pat.YEAR_ONLY.fullmatch(t.sh, cs, a.start)  # 全年1件开庭审理的…案件，乡政府负责人未能出庭应诉
                        and not t.sh[cs:t.clause(te)[1]].rstrip().endswith("中")  # not 全年4件开庭审理的…案件中，有1件…: those of them
                        and pat.NOT_IN_COURT.search(t.sh, t.clause(te)[1], t.clause(t.clause(te)[1] + 1)[1]))) and a.prenominal
                    and pat.NOT_IN_COURT.search(t.sh, te, t.sentence(ts)[1])):
                # 有1件开庭审理的行政诉讼案件，行政机关负责人因…未能出庭应诉, 1件开庭案件因疫情管控原因行政机关负责人
                continue  # 未能出庭应诉: the case the head missed
            return a, False
        return None, False

    def _numeric(self, ind: Indicator, spec: ExtractSpec, ts: int, te: int, s: int, e: int) -> list[Figure]:
        t = self.t
        a, baseline = self._pick(spec, ts, te)
        if a is None:
            if ind.informational:
                return []  # a figure shown for information has no target to fall short of
            cs = t.clause(ts)[0]
            unstaffed = (pat.UNSTAFFED.search(t.sh, cs, ts) or pat.UNDERSTAFFED.match(t.sh, te)) if "%" in spec.units else None
            # 尚未配备专门的法制审核人员, 法制审核人员暂未配足: too few of the term's people, so its share falls short
            own_end = self._own_part(ts, e)
            neg = (unstaffed.start(), unstaffed.end()) if unstaffed else self._shortfall(spec, ts, own_end)
            about = self._about(spec)
            while neg and about and not unstaffed and (
                    not self._names_about(about, cs, t.clause(neg[0])[1])
                    or (neg[0] >= t.clause(ts)[1] and pat.KIT.search(t.sh, t.clause(neg[0])[0], neg[0]))):
                # 执法人员数量不足: the term's people, but not its figure; 培训投入不足，法律知识培训时间不够: the next one is;
                # …只有1名专职法制审核人员，…，执法车辆、装备配备还不足: the vehicles fall short, not the share
                neg = self._shortfall(spec, t.clause(neg[0])[1], own_end) if t.clause(neg[0])[1] < own_end else None
            if neg is None or ("%" in spec.units and t.sh.startswith("中", te) and not t.sh.startswith("中心", te)):
                return []  # 法制审核人员中具有法律职业资格的人员比例偏低: a share within the term's people
            if pat.CAUSES_NAMED.match(t.sh, t.sentence(ts)[0]):
                return []  # 产生上述问题的原因，…系统学习培训时间不足: why the problems arose, not the figure's shortfall
            if "%" in spec.units and pat.HOW_WELL_SHORT.search(t.sh, t.clause(neg[0])[0], neg[0]):
                return []  # 仅配备1名法制审核人员，…，审核的深度和精细化程度还有待提高: how well the work is done, not the share
            if pat.AVERAGE_COMPARED.search(t.sh, t.sentence(ts)[0], neg[0]):
                return []  # 与全市平均水平（92.3%）相比，我县…出庭应诉率仍有差距: behind an average, not short of the target
            if neg[0] >= t.clause(ts)[1] and pat.CONCEDED_MET.search(t.sh, cs, t.clause(ts)[1]):
                return []  # 法制审核人员虽然达到比例要求，但具有法律职业资格的人员仅1名: met; the lack is another's
            if pat.MADE_UP_AFTER.search(t.sh, cs, neg[1]):
                return []  # 2名执法人员…未能参加集中培训，依靠网络补学完成培训任务: the hours made up another way
            if neg[0] < te and pat.OBJECT_OPENS.search(t.sh, max(cs, ts - 14), ts) and pat.OBJECT_CLOSES.match(t.sh, te):
                return []  # 对报备不及时、不规范的乡镇和部门进行通报提醒: which units are dealt with, not the figure's shortfall
            scope = tx.scope(t, cs, ts)
            if others := pat.OTHERS_COUNTED.search(t.sh, t.sentence(ts)[0], neg[0]):
                scope = (t.text[others.start(1):others.end(1)], "part", scope[2])  # 其中7名…达到60学时以上，另外2名…，培训学时尚有欠缺
            ncs = t.clause(neg[0])[0]
            between = (tx.scope(t, c0, min(c1, neg[0])) for c0, c1 in reversed(self._clauses(t.clause(cs)[1] + 1, neg[0])))
            if scope[1] != "part" and (part := next((sc for sc in between if sc[1] == "part"), None)):
                # 执法人员能力仍有差距，少数新进执法人员…学时不足; 素质有待提高，少数执法单位受…影响，未能完成60学时…
                scope = part
            elif (not scope[1] and ncs > cs and (own := tx.scope(t, ncs, neg[0]))[1] == "part"
                  and pat.PART_FIRST.match(t.sh, ncs)):
                scope = own[:3]  # …配备相对不足，个别基层分局…比例仍未达到5%: the units said where it falls short
            elif not scope[1] and (some := pat.SOME_HAVE.search(t.sh, cs, neg[0])):
                scope = (t.text[some.start(1):some.end()], "part", scope[2])  # 执法队有2名执法人员因…，…未达到60学时
            elif not scope[1] and (among := self._among_them(te, neg[0])):
                scope = (among, "part", scope[2])
            elif not scope[1] and (counted := self._counted_before(cs, ts, te)):
                scope = (counted, "part", scope[2])
            elif not scope[1] and (new := pat.NEWCOMERS.search(t.sh, cs, te)):
                scope = (t.text[new.start():new.end()], "part", scope[2])  # 新调入人员培训学时不足
            elif scope[1] in ("", "whole") and (caused := self._caused_before(ncs)):
                scope = (caused, "part", scope[2])
            elif not scope[1]:
                scope = self._item_scope(cs, units=_level(ind) == "unit") or scope
            if (scope[1] in ("", "whole") and cs > (opens := t.sentence(ts)[0])
                    and (few := pat.FEW_PEOPLE_FIRST.match(t.sh, opens, t.clause(opens)[1]))
                    and pat.CASES_STILL_MISSED.search(t.sh, ncs, neg[1])):
                # 四是个别单位负责人出庭应诉意识不强，全县…仍有2件负责人未出庭: the few the sentence opens on
                scope = (t.text[few.start(1):few.end()], "part", scope[2])
            if (scope[1] in ("", "whole") and "全部" in t.sh[neg[0]:neg[1]] and _level(ind) not in ("", "government")):
                scope = (t.text[neg[0]:neg[1]], "part", scope[2])  # 执法人员培训学时也未全部达到要求: not all of them
            if scope[1] == "part" and re.match(r"(?:个别|一个)", scope[0]):
                # 个别执法单位法制审核人员配备不足，县市场监管局比例仍低于5%: the unit named after
                named = next((d for c0, _ in self._clauses(t.clause(cs)[1] + 1, own_end - 1)
                              if (d := pat.DEPARTMENT.match(t.sh, c0)) and not pat.GOVERNMENT_ORGAN.search(d.group(0))
                              and not re.match(r"[、和及与等]", t.sh[d.end():d.end() + 1])), None)  # one unit, not a list
                scope = (t.text[named.start():named.end()], "unit", scope[2]) if named else scope
            return [self._make(ind, None, ts, te, negated=neg, requirement=False, baseline=False,
                               statement=False, scope=scope[:3])]
        exact = [x for x in t.amounts_in(a.end + 1, a.end + 2) if x.unit == a.unit and not x.bound and not x.placeholder
                 and t.sh[x.end:x.end + 1] in ("）", ")")] if a.bound and t.sh[a.end:a.end + 1] in ("（", "(") else []
        if exact:  # 超过四成（42.3%）: the exact number in brackets is the figure
            a = exact[0]
        elif not a.bound and a.start >= te:  # 不少于本单位行政执法人员总数的5%: the bound word is apart
            bound = tx.last_bound_word(t.sh[max(te, t.clause(a.start)[0]):a.start])  # not 配备不足，全市比例仅为4.2%
            verb = pat.BOUND_THEN_VERB.search(t.sh, t.clause(ts)[0], ts) if not bound and a.start - te <= 1 else None
            if verb:  # 每年至少组织班子成员法治专题讲座两场: the bound stands before the act
                bound = dict(lx.BOUND_BEFORE)[verb.group(1)]
            if bound:
                a = replace(a, bound=bound)
        elif not a.bound and a.end <= ts:  # 按照不低于执法人员总数5%的比例配齐法制审核人员
            base = pat.BOUND_OF_BASE.search(t.sh, t.clause(a.start)[0], a.start)
            if base:
                a = replace(a, bound=tx.last_bound_word(base.group(1)))
            elif before_act := pat.BOUND_BEFORE_ACT.search(t.sh, t.clause(a.start)[0], a.start):
                a = replace(a, bound=dict(lx.BOUND_BEFORE)[before_act.group(1)])  # 每年至少为班子成员举办2期法治专题讲座
        if a.bound == "less_than" and pat.NOBODY_BELOW.search(t.sh, t.clause(a.start)[0], a.start + 2):
            a = replace(a, bound="at_least")
        if (ind.informational and a.bound in ("less_than", "at_most")
                and pat.RULE_AFTER.match(t.sh[a.end:a.end + 8])):
            return []  # 公文主动公开率仍低于区里确定的85%的要求: another's rule missed, and no value of ours
        if (a.bound in ("less_than", "at_most") and ind.target is not None and ind.target.operator.value == "at_least"
                and a.value == ind.target.value
                and not pat.REQUIREMENT.search(tx.untitled(t.sh[t.clause(ts)[0]:min(ts, a.start)]))):
            # 仍低于5%的要求: the requirement named is the one missed, not a plan
            # 个别执法单位法制审核人员占比低于5%, 不足执法人员的百分之五: says only that it is below the target, no figure
            cs0 = t.clause(min(ts, a.start))[0]
            below = tx.scope(t, cs0, ts)
            if not below[1]:  # 但A、B两个部门因…，法制审核人员占比仍低于5%
                below = self._item_scope(cs0) or below
            if not below[1]:  # 2名新入职人员因…，全年培训学时不足60学时: the people the term counts
                below = tx.scope(t, cs0, te)
            return [self._make(ind, None, ts, te, negated=(a.start, a.end), requirement=False, baseline=False,
                               statement=False, scope=below[:3])]
        if not a.bound and a.unit not in lx.COUNT_UNITS and pat.MOST_ONE.search(t.sh, t.clause(a.start)[0], a.start):
            return []  # 其中学时最多的一名队员达到78学时: the highest one's, not the officers'
        if pat.AREA_AVERAGE_BEFORE.search(t.sh, max(0, a.start - 6), a.start) and pat.AVERAGE_AFTER.match(t.sh, a.end):
            return []  # 败诉率高于全市4.1%的平均水平: the area's average compared with, not the figure
        if (pat.AVERAGE_BRACKETED.search(t.sh, max(0, a.start - 8), a.start) and t.sh[a.end:a.end + 1] in ("）", ")")
                and not pat.AREA_AVERAGE.search(t.sh, t.clause(a.start)[0], a.start)):  # 低于全市平均水平（14.2%）: the city's, read as such
            return []  # 公文主动公开率与地区平均水平（62.5%）相比仍有差距: the average, in brackets after its name
        cs = t.clause(min(ts, a.start))[0]
        series = [a]
        pos = a.end
        listed = self._listed_pair(spec, ts, *t.clause(ts)) is not False
        while not listed and pos < len(t.sh) and t.sh[pos] in ("、", "和"):
            nxt = t.amounts_in(pos + 1, pos + 2)
            if not nxt or nxt[0].start != pos + 1 or nxt[0].unit != a.unit:
                break
            series.append(nxt[0])
            pos = nxt[0].end
        scope_text, kind, everyone, depts = tx.scope(t, cs, min(ts, a.start), a.start)
        if kind in ("", "whole") and a.unit in lx.COUNT_UNITS and (way := pat.RECEIVED_ONE_WAY.search(t.sh, cs, ts)):
            scope_text, kind = t.text[way.start():way.end()], "part"  # 全年在乡镇现场受理复议申请2件: those taken in that way
        if not a.bound and a.start >= te and pat.ALL_COMPLETED.match(t.sh, a.end):
            a, everyone = replace(a, bound="at_least"), True  # 执法人员60学时培训完成率达到100%: every one of them
            series = [a]
        elif not a.bound and pat.FLOOR_AFTER.match(t.sh, a.end):
            a = replace(a, bound="at_least")  # 把60学时作为…培训的底线要求: the floor
            series = [a]
        elif not a.bound and pat.LEAST_ONE.search(t.sh, t.clause(a.start)[0], a.start):
            a, everyone = replace(a, bound="at_least"), True  # 培训学时最少的执法人员也达到了62学时: all of them, at least
            if kind == "part" and scope_text.startswith("其中"):
                scope_text, kind = "", ""  # the least of them is no part of them
            series = [a]
        if (a.unit in lx.COUNT_UNITS and (head := pat.HEAD_SUBJECT.match(t.sh, s))
                and ((not kind and cs > s) or (kind == "whole" and scope_text == t.text[head.start(1):head.end(1)]
                                               and not t.sh.startswith(("班子", "成员"), head.end())))
                and not pat.NEW_SUBJECT.search(t.sh, head.end(), ts)):
            # 市政府主要负责同志…，带头尊法学法…，…，带头出庭应诉1次; 县政府主要负责人带头出庭应诉1次: the head's own
            # count, not the government's
            scope_text, kind = t.text[head.start(1):head.end(1)], "unit"
        if a.start > te and (ext := pat.NAMED_EXTREME.search(t.sh, te, a.start)):
            named = pat.DEPARTMENT.match(t.sh, ext.end(), a.start)  # …中，比例最高的为市市场监管局，达到8.3%
            if named:
                scope_text, kind = t.text[named.start():named.end()], "unit"
        if (not kind and (this := pat.THAT_BUREAU.search(t.sh, cs, a.start))
                and (named := [m for m in pat.DEPARTMENT.finditer(t.sh, t.sentence(cs)[0], cs)])):
            scope_text, kind = t.text[named[-1].start():named[-1].end()], "unit"  # 市综合行政执法局…，一线执法人员占该局执法人员的88.4%
        if not kind and a.start > te and (after := pat.NOT_MET_UNITS.search(t.sh, te, a.start)):
            scope_text, kind = t.text[after.start():after.end()], "part"  # 督促…配备未达标的部门…提升至5%以上
        if not kind and cs > t.sentence(cs)[0] and (urged := pat.URGED_LOWER.match(t.sh, t.sentence(cs)[0])):
            scope_text, kind = t.text[urged.start(1):urged.end(1)], "part"  # 督促县市配齐…，推动…比例达到5%以上: theirs
        if not kind and pat.PURPOSE.match(t.sh, cs) and cs > t.sentence(cs)[0]:
            before = tx.scope(t, t.clause(cs - 1)[0], cs - 1)  # 推动3个未达标部门充实…，确保…比例达到5%以上: those 3
            if before[1] == "part":
                scope_text, kind = before[0], before[1]
        elif (not kind and pat.SO_THAT.match(t.sh, cs) and cs > t.sentence(cs)[0] and not pat.EVERY_ONE.search(t.sh, cs, a.start)
              and (before := tx.scope(t, t.clause(cs - 1)[0], cs - 1))[1] == "part" and pat.UNITS_WORD.search(before[0])):
            scope_text, kind = before[0], before[1]  # 督促县自然资源局等3个部门…配齐…，使…比例达到5%以上: those 3 (not 使各执法部门…均)
        if (not kind and _level(ind) == "unit" and cs > (ss := t.sentence(cs)[0])
                and (pat.URGES.match(t.sh, ss) or pat.URGES.match(t.sh, t.clause(cs - 1)[0]))  # …，督促尚未达标的单位…，将…提高到5%以上
                and (short_units := pat.NOT_MET_UNITS.search(t.sh, t.clause(cs - 1)[0], cs))
                and not pat.EVERY_ONE.search(t.sh, cs, a.start)):
            # 督促未达标的3个部门…，年内将…比例提高至5%以上: those (not …，确保各执法部门…均不低于5%, every one)
            scope_text, kind = t.text[short_units.start():short_units.end()], "part"
        acs = t.clause(a.start)[0]
        subset = pat.SUBSET.match(t.sh, acs) if acs > ts else None
        some = self._some_of_them(acs) if acs > ts and acs == t.clause(ts)[1] + 1 else None
        if subset:
            scope_text, kind = t.text[subset.start(1):subset.end(1)], "part"
        elif some:
            scope_text, kind = t.text[some.start(1):some.end(1)], "part"  # 9名执法队员中，有7名…: those 7
        elif acs > ts and kind != "part":  # 执法人员培训不平衡，个别中队人员未完成60学时: the number's clause scopes it
            own = tx.scope(t, acs, a.start)
            if own[1] == "part":
                scope_text, kind = own[0], own[1]
        if not kind and acs > t.clause(ts)[1] + 1:
            # 加强法制审核力量建设，区城市管理综合行政执法局配备专职法制审核人员9名，占本单位执法人员的6.4%:
            # the unit of the clause between, which names the figure's people again
            own_terms = tx.own_terms(spec.terms)
            for c0, c1 in self._clauses(t.clause(ts)[1] + 1, acs - 1):
                named = own_terms.search(t.sh, c0, c1)
                mid = tx.scope(t, c0, named.start()) if named else None
                if mid and mid[1] in ("unit", "part"):
                    scope_text, kind = mid[0], mid[1]
                    break
        if acs > ts and re.match(r"(?:个别|少数|一个)", scope_text):
            own = tx.scope(t, acs, a.start)  # 个别执法单位法制审核人员配备不足，县市场监管局比例仍低于5%: that unit
            if own[1] == "unit":
                scope_text, kind = own[0], own[1]
        if pat.THRESHOLD_COUNTED.match(t.sh, a.end):
            # 比例达到5%以上的有14个，其余4个部门尚未达到5%: a threshold units are counted against, not a
            # value; the units that fall short are the shortfall
            neg = self._shortfall(spec, a.end, self._own_part(ts, e))
            part = tx.scope(t, t.clause(neg[0])[0], neg[0]) if neg else None
            if neg is None or part is None or part[1] != "part":
                return []
            return [self._make(ind, None, ts, te, negated=neg, requirement=False, baseline=False, statement=False,
                               scope=part[:3], quote_hi=neg[1])]
        target_neg = self._shortfall(spec, max(cs, t.clause(a.start)[0]), a.start) if a.start >= te else None
        if a.end <= ts and (missed := self._shortfall(spec, t.clause(a.start)[0], a.start)) and a.start - missed[1] <= 2:
            # 人均参训学时未达到60学时的执法人员有37人: the people who fell short of the standard, not a value
            some = pat.COUNTED_AFTER.match(t.sh, te)
            who = (t.text[some.start(1):some.end(1)], "part", False) if some else (t.text[missed[0]:te], "part", False)
            return [self._make(ind, None, ts, te, negated=missed, requirement=False, baseline=False, statement=False,
                               scope=who, quote_lo=t.clause(a.start)[0], quote_hi=some.end() if some else te)]
        if target_neg and t.sh[a.start - 1:a.start] in ("（", "(") and t.sh[a.end:a.end + 1] in ("）", ")"):
            target_neg = None  # 出庭应诉率偏低（78.6%）: the value said in brackets after the shortfall
        if target_neg and (pat.RULE_AFTER.match(t.sh[a.end:a.end + 8]) or a.start - target_neg[1] <= 2
                           or pat.BASE_BETWEEN.fullmatch(t.sh, target_neg[1], a.start)):
            # 比例尚未达到5%的要求, 出庭应诉率未达到100%: the number is the target missed, not a value
            if not kind and (item := self._item_scope(cs, units=_level(ind) == "unit")):
                scope_text, kind = item[0], item[1]  # 其中2个部门受编制所限，法制审核人员比例尚未达到5%; not 全县…
            if among := self._among_them(te, target_neg[0]):
                scope_text, kind = among, "part"
            if (not re.search(r"\d\s*[名人]", scope_text)
                    and (others := pat.OTHERS_COUNTED.search(t.sh, t.sentence(ts)[0], target_neg[0]))):
                scope_text, kind = t.text[others.start(1):others.end(1)], "part"  # …12名，另有2名新调入人员…未能达到60学时
            if kind in ("", "whole") and t.clause(a.start)[0] > t.clause(ts)[1]:
                later = tx.scope(t, t.clause(a.start)[0], target_neg[0])  # 总体占比偏低，尚有多个执法单位未达到5%: those units
                scope_text, kind = (later[0], later[1]) if later[1] == "part" else (scope_text, kind)
            if kind in ("", "whole") and (counted := self._counted_before(cs, ts, te)):
                scope_text, kind = counted, "part"
            elif not kind and (caused := self._caused_before(t.clause(target_neg[0])[0])):
                scope_text, kind = caused, "part"
            elif not kind and (few := pat.TEAM_SOME.search(t.sh, cs, target_neg[0])):
                scope_text, kind = t.text[few.start(1):few.end(1)], "part"  # 执法队1名队员全年培训学时未达到60学时
            elif not kind and (new := pat.NEWCOMERS.search(t.sh, cs, te)):
                scope_text, kind = t.text[new.start():new.end()], "part"  # 新调入的人员…尚未达到60学时
            return [self._make(ind, None, ts, te, negated=target_neg, requirement=False, baseline=False,
                               statement=False, scope=(scope_text, kind, everyone),
                               quote_hi=a.end + (rule.end() if (rule := pat.RULE_AFTER.match(t.sh[a.end:a.end + 8])) else 0))
                    ] + self._narrower(ind, spec, a, ts, te, e)  # …均未达到5%，其中县城市管理局仅为2.1%
        if not kind and (among := self._among_them(te, a.start)):
            scope_text, kind = among, "part"  # 35名执法队员中33人完成60学时: those of them
        q = pat.QUALIFIER.search(t.sh[cs:ts])
        qualifier = t.text[cs + q.start(1):cs + q.end(1)] if q and a.unit in lx.PERCENT_UNITS else ""
        requirement = self._is_requirement(cs, ts, te, a.start, a.end)
        if not requirement and a.unit in lx.COUNT_UNITS and pat.RULE_PER_YEAR.search(t.sh, t.clause(ts)[0], a.start):
            requirement = True  # 明确被诉行政机关正职负责人每年至少出庭应诉1次: the rule set, not the year's count
            series = [replace(b, bound="at_least") if b.start == a.start and not b.bound else b for b in series]
        if (pat.RATIO_TO_STAFF.match(t.sh, a.end) and pat.EACH_BY.match(t.sh, t.clause(ts)[0])
                and any(b.unit == a.unit for b in t.amounts_in(t.clause(a.end)[1], e))):
            return []  # 各部门按照不低于…5%的比例配备…，31个部门…全部在5%以上: the standard they followed; the result comes after
        if (pat.RATIO_TO_STAFF.match(t.sh, a.end) and not pat.FULFILLED.search(t.sh, t.clause(a.start)[0], a.start)
                and not pat.ALL_BY.search(t.sh, t.clause(ts)[0], a.start)):  # 各执法部门均按不少于…5%的比例配备: done by all
            requirement = True  # 督促各执法部门按照不少于…5%的比例配齐法制审核人员: the standard to staff by
        neg = self._shortfall(spec, a.end, self._own_part(max(te, a.end - 1), e))
        if neg and t.clause(neg[0])[0] == t.clause(a.end)[0] and (
                pat.RULE_AFTER.match(t.sh[a.end:a.end + 8]) or (ind.target is not None and a.value == ind.target.value
                                                                and pat.STANDARD_NAMED.fullmatch(t.sh, a.end, neg[0]))):
            # 与出庭应诉率100%的要求仍有差距, 个别乡镇执法人员60学时培训落实不到位: the number is the
            # requirement missed, not a value
            return [self._make(ind, None, ts, te, negated=neg, requirement=False, baseline=False, statement=False,
                               scope=(scope_text, kind, everyone), quote_hi=neg[1])]
        if (neg and neg[0] >= t.clause(a.end)[1] and re.search(r"[，,]\s*(?:但|而)", t.sh[a.end:neg[0]])
                and pat.CONCEDED_MET.search(t.sh, t.clause(a.start)[0], a.end)
                and not any(b.unit == a.unit for b in t.amounts_in(a.end, t.clause(neg[0])[1]))):  # not …，但仍有2个部门未达到5%
            neg = None  # 法制审核人员占比虽达到5%以上，但2名审核人员均为兼职…: met; the lack is another's
        if neg is None and a.start > t.clause(ts)[1]:  # 出庭应诉率未达到要求，仅为85%
            neg = self._shortfall(spec, te, a.start)
        if neg and neg[0] < a.start and (ex := pat.EXCEPT_SPAN.search(t.sh, t.sentence(a.start)[0], a.start)) and (
                ex.start() <= neg[0] < ex.end()):
            neg = None  # 除3名…未完成全年培训任务外，其余人员均完成了60学时以上: the exception's, not the rest's value
        out = []
        if neg and neg[0] >= t.clause(a.start)[1]:
            ncs = t.clause(neg[0])[0]
            part = tx.scope(t, ncs, neg[0])
            prev = t.clause(ncs - 2) if ncs - 2 > t.clause(a.start)[1] else None
            back = prev
            for _ in range(2):  # 另有2名系5月新调入人员，因参加…较晚，培训学时尚未达到60学时: two clauses back
                if part[1] == "part" or back is None or re.match(r"\s*" + pat.REST_WORD, t.sh[back[0]:back[1]]):
                    break
                back = t.clause(back[0] - 2) if back[0] - 2 > t.clause(a.start)[1] else None
            if part[1] != "part" and back and re.match(r"\s*" + pat.REST_WORD, t.sh[back[0]:back[1]]):
                ncs, part = back[0], tx.scope(t, back[0], back[1])  # 其余3个部门因人员编制调整，比例尚未达标: theirs
                if part[1] != "part" and (rest := pat.THE_REST_NAMED.match(t.sh, back[0], back[1])):
                    part = (t.text[rest.start(1):rest.end(1)], "part", False, [])  # 其余人员因长期驻村…，…未能达标: the rest
            elif part[1] != "part" and prev and kind == "part" and prev[0] == t.clause(a.start)[1] + 1:
                # 有18个单位…达到5%以上，区市场监管局、…3个单位受…影响，比例未达到5%; 33人完成…，2人因…，…未达到要求: the others
                named = tx.scope(t, prev[0], prev[1])
                people = pat.PEOPLE_FIRST.match(t.sh, prev[0], prev[1])
                if people:
                    named = (t.text[people.start(1):people.end(1)], "part", False, [])
                if named[1] == "part" and named[0] != scope_text:
                    ncs, part = prev[0], named
            if part[1] != "part" and kind == "part" and (rest := pat.THE_REST_NAMED.match(t.sh, ncs, neg[0])):
                part = (t.text[rest.start(1):rest.end(1)], "part", False, [])  # 25个部门…达到5%以上，审核人员配备不足的部门正…补齐: the others
            if part[1] == "unit" and part[3] and kind in ("part", "whole") and ncs > t.clause(a.start)[1]:
                part = (part[0], "part", False, part[3])  # 29个的…达到5%，县水务局仍未达到5%: one other unit's shortfall
            # 其余15人…未完成; 其余3个单位…暂未达到; 另有3个单位未达到要求; 19个单位…达到5%以上，3个单位…尚未达到
            if part[1] == "part" and not ind.informational and (self._names_about(self._about(spec), ncs, t.clause(neg[0])[1])
                                      or re.search(r"\d+\s*[人名]$", part[0]) or re.match(r"\s*" + pat.REST_WORD, t.sh[ncs:neg[0]])
                                      or (kind == "part" and part[0] != scope_text)):
                # 平均58学时，部分单位未完成60学时培训任务: the shortfall is some units'; not 部分单位对政务公开重视不够
                out.append(self._make(ind, None, ncs, neg[0], negated=neg, requirement=False, baseline=False,
                                      statement=False, scope=part[:3], quote_lo=ncs, quote_hi=neg[1]))
                neg = None
        if neg and a.unit in lx.COUNT_UNITS and neg[0] >= t.clause(a.start)[1] and pat.THE_REST.match(t.sh, t.clause(neg[0])[0]):
            neg = None  # 已按程序作出决策5项，另1项因前期论证尚未完成: the rest, not the ones counted
        if len(series) > 1 and len(depts) != len(series):
            depts = tx.leading_names(t.text[cs:ts], len(series)) or depts  # 双辽市、伊通县法制审核人员占比分别为4.3%、4.6%
        for i, amt in enumerate(series):
            sc = (depts[i], "unit", everyone) if len(series) > 1 and len(depts) == len(series) else (scope_text, kind, everyone)
            out.append(self._make(ind, amt, ts, te, negated=neg, requirement=requirement, baseline=baseline,
                                  statement=False, scope=sc, quote_hi=max(te, series[-1].end), qualifier=qualifier))
        if not requirement and not baseline:
            out += (self._respectively(ind, a, ts, te, e) or self._narrower(ind, spec, a, ts, te, e)
                    or self._breakdown_by_issuer(ind, a, ts, te, e))
        aim, pos = None, t.clause(a.start)[1]
        for _ in range(2 if not requirement and not baseline else 0):
            if pos >= e or aim:
                break
            aim = pat.AIM_AFTER.match(t.sh, pos + 1)  # 出庭应诉率99.2%，（较上年提高…，）力争明年达到100%: the plan beside it
            pos = t.clause(pos + 1)[1]
        if aim:
            goal = [x for x in t.amounts_in(aim.start(), t.clause(aim.start())[1]) if x.unit == a.unit][:1]
            if goal and not (self.other_terms and self.other_terms.search(t.sh, t.clause(a.start)[1], goal[0].start)):
                if not goal[0].bound and (bound := tx.last_bound_word(aim.group(0))):
                    goal = [replace(goal[0], bound=bound)]
                out.append(self._make(ind, goal[0], ts, te, negated=None, requirement=True, baseline=False, statement=False,
                                      scope=(scope_text, kind, everyone), quote_hi=goal[0].end))
        every = pat.EVERY_AFTER.match(t.sh, t.clause(a.start)[1] + 1) if not requirement and t.clause(a.start)[1] < e else None
        # the bound word (超过, 达到) may open the amount itself: 均超过60学时
        each = [x for x in t.amounts_in(every.start(), every.end() + 5) if x.unit == a.unit and x.end > every.end()][:1] if every else []
        if each and each[0].start > a.end and a.unit not in lx.COUNT_UNITS:
            # 人均参训65学时，每人均不少于60学时: a claim about everyone beside the average (not 制发…9件，全部9件均…备案: the same count)
            fig = self._make(ind, each[0], ts, te, negated=None, requirement=False, baseline=False, statement=False,
                             scope=(scope_text, kind, True), quote_hi=each[0].end)
            out.append(replace(fig, everyone=True))
        avg = (pat.AVERAGE_NEXT.match(t.sh, t.clause(a.start)[1] + 1)
               if (a.bound or everyone) and not requirement and not baseline and t.clause(a.start)[1] < e else None)
        mean = [x for x in t.amounts_in(avg.end(), avg.end() + 4) if x.unit == a.unit and not x.bound][:1] if avg else []
        if mean:  # 全部完成60学时以上的法律知识培训，人均达到62学时 (每名执法队员…均达到60学时，人均68学时): the average beside the claim about everyone
            out.append(self._make(ind, mean[0], ts, te, negated=None, requirement=False, baseline=False, statement=False,
                                  scope=(scope_text, kind, everyone), quote_hi=mean[0].end))
        if out and out[-1].scope_kind == "higher" and t.clause(a.start)[1] < e:
            mine = pat.OWN_VALUE.match(t.sh, t.clause(a.start)[1] + 1)  # 全市平均为5.2%，我县达到6.1%: the report's own
            own = [x for x in t.amounts_in(mine.end(), mine.end() + 4) if x.unit == a.unit][:1] if mine else []
            if own:
                fig = self._make(ind, own[0], ts, te, negated=None, requirement=False, baseline=False, statement=False,
                                 scope=(t.text[mine.start(1):mine.end(1)], "whole", everyone), quote_hi=own[0].end)
                out.append(replace(fig, scope=t.text[mine.start(1):mine.end(1)], scope_kind="whole"))
        nxt = pat.NEXT_YEARS_VALUE.match(t.sh, e) if pat.OWN_YEAR_BEFORE.search(t.sh, t.sentence(ts)[0], ts) else None
        later = t.amounts_in(nxt.end(), nxt.end() + 1) if nxt else []
        if later and later[0].unit == a.unit and not later[0].bound:
            # 2022年，全市行政复议纠错率为8.2%；2023年为9.4%: the next year's value, the term left out
            out.append(self._make(ind, later[0], ts, te, negated=None, requirement=False, baseline=False,
                                  statement=False, scope=(scope_text, kind, everyone), quote_lo=ts,
                                  quote_hi=later[0].end, year_text=nxt.group(1)))
        ace = t.clause(a.start)[1]
        this = pat.THIS_YEARS_VALUE.match(t.sh, ace + 1) if ace < e and out and out[0].year is not None else None
        now = [x for x in t.amounts_in(this.end(), this.end() + 1) if x.unit == a.unit] if this else []
        if now and self.report_year is not None and out[0].year < self.report_year:
            # 去年全区出庭应诉率为85%，今年达到100%: this year's value, the term left out
            out.append(self._make(ind, now[0], ts, te, negated=None, requirement=False, baseline=False,
                                  statement=False, scope=(scope_text, kind, everyone), quote_lo=ts,
                                  quote_hi=now[0].end, year_text=this.group(1)))
        return out

    def _narrower(self, ind: Indicator, spec: ExtractSpec, a: Amount, ts: int, te: int, e: int) -> list[Figure]:
        """占比为5.8%，其中市场监管等3个部门达到8%以上 / 平均为6.2%，但县交通运输执法支队仅为4.1% /
        …占比6.1%，区城管执法局为4.3%: the next clause gives the same figure for some units, with no term
        of its own."""
        t = self.t
        ce = t.clause(a.start)[1]
        if a.unit in lx.COUNT_UNITS:
            return []  # 作出重大行政决策7项，其中经听证的2项: a count's 其中 is a breakdown
        joined = ce >= self._own_part(ts, e)
        if joined:
            # …占执法人员总数的5.6%；其中…等6个单位占比尚未达到5%: the next part of the list goes on
            if not (t.sh[ce:ce + 1] in ("；", ";") and pat.NARROWER.match(t.sh, ce + 1)):
                return []
            e = t.sentence(ce + 1)[1]
        ns, ne = t.clause(ce + 1)
        clause = t.sh[ns:ne]
        if not (pat.NARROWER.match(clause) or pat.UNIT_GOES_ON.match(clause)) or "分别" in clause:
            return []
        if pat.SHARE_WORD.search(clause) and not pat.A_SHARE.search(t.sh, t.clause(ts)[0], ce):
            return []  # 调解成功率98.2%，其中乡村两级调解的纠纷占比超过85%: a share of something else, not the rate for some
        b = next((x for x in t.amounts_in(ns, ne) if x.unit == a.unit and not x.placeholder), None)
        if b is None and ne < e and pat.NARROWER.match(clause):
            # 但区农业农村局、区文体广电旅游局2个部门受编制所限，比例仍低于5%: the units, then their value
            later = t.clause(ne + 1)
            b = next((x for x in t.amounts_in(*later) if x.unit == a.unit and not x.placeholder
                      and pat.ITS_VALUE.match(t.sh, later[0], x.start)), None)
        if b is None or (self.other_terms is not None and self.other_terms.search(t.sh, ns, b.start)):
            return []
        if short := self._shortfall(spec, ns, b.start):
            # 其中1个单位未达到5%的要求: the target missed, said where shortfalls are read; but after a ；
            # (…5.6%；其中…等6个单位占比尚未达到5%) the term is left out, so it is read here
            some = tx.scope(t, ns, short[0])
            if joined and some[1] == "part" and pat.UNITS_OR_PEOPLE.search(some[0]):
                return [self._make(ind, None, ts, te, negated=short, requirement=False, baseline=False,
                                   statement=False, scope=some[:3], quote_hi=short[1])]
            return []
        scope = tx.scope(t, ns, b.start)
        if (scope[1] not in ("part", "unit") or not pat.UNITS_OR_PEOPLE.search(scope[0])
                or pat.CONTENT_KIND.search(scope[0])):
            return []  # 其中通用法律知识不少于20学时, 其中参加区司法局组织的…专题轮训不少于20学时: the content, not units
        if not b.bound and (bound := tx.last_bound_word(t.sh[ns:b.start])):
            b = replace(b, bound=bound)
        if (b.bound in ("less_than", "at_most") and ind.target is not None and ind.target.operator.value == "at_least"
                and b.value == ind.target.value):  # 但仍有5个县级部门低于5%: those units fall short, no figure
            return [self._make(ind, None, ts, te, negated=(b.start, b.end), requirement=False, baseline=False,
                               statement=False, scope=scope[:3], quote_hi=b.end)]
        neg = self._shortfall(spec, b.end, ne)
        out = [self._make(ind, b, ts, te, negated=neg, requirement=False, baseline=False, statement=False,
                          scope=scope[:3], quote_hi=b.end)]
        rest = t.clause(ne + 1) if ne < e else None
        if rest and re.match(r"\s*(?:" + pat.REST_WORD + r"|但)", t.sh[rest[0]:rest[1]]):
            # 但市城管执法局仅为3.2%，另有…等3个单位低于5%: the rest's shortfall, the term left out
            low = next((x for x in t.amounts_in(*rest) if x.unit == a.unit and not x.placeholder), None)
            some = tx.scope(t, rest[0], low.start if low else rest[1])
            if (low and low.bound in ("less_than", "at_most") and ind.target is not None
                    and low.value == ind.target.value and some[1] == "part"
                    and not (self.other_terms is not None and self.other_terms.search(t.sh, rest[0], low.start))):
                out.append(self._make(ind, None, ts, te, negated=(low.start, low.end), requirement=False, baseline=False,
                                      statement=False, scope=some[:3], quote_hi=low.end))
        while scope[1] == "unit" and ne < e:
            # 其中县综合行政执法局为6.3%，县市场监管局为7.1%: each unit named after the first, the term left out
            ns, ne = t.clause(ne + 1)
            if not pat.UNIT_GOES_ON.match(t.sh, ns, ne):
                break
            b = next((x for x in t.amounts_in(ns, ne) if x.unit == a.unit and not x.placeholder), None)
            scope = tx.scope(t, ns, b.start) if b else ("", "", False)
            if b is None or scope[1] != "unit":
                break
            out.append(self._make(ind, b, ts, te, negated=self._shortfall(spec, b.end, ne), requirement=False,
                                  baseline=False, statement=False, scope=scope[:3], quote_hi=b.end))
        return out

    def _breakdown_by_kind(self, fig: Figure, out: list[Figure]) -> bool:
        """A figure scoped by a 其中 clause that names no units or people (其中直接纠错率, 其中医疗纠纷调解成功率),
        after a figure of the same indicator in the sentence: a kind of the thing, not part of the government."""
        if fig.scope_kind != "part" or not fig.scope.startswith("其中") or pat.UNITS_OR_PEOPLE.search(fig.scope):
            return False
        s = self.t.sentence(fig.value_start)[0]
        return any(f.indicator == fig.indicator and f.value is not None and s <= f.value_start < fig.value_start for f in out)

    def _lower_heads_only(self, lo: int, hi: int) -> bool:
        """Whether the text names the heads of lower units (村（社区）党组织书记, 站所负责人) and no head of the
        government's own outside them."""
        lower = [m.span() for m in pat.LOWER_HEADS.finditer(self.t.sh, lo, hi)]
        return bool(lower) and not any(all(o.end() <= a or o.start() >= b for a, b in lower)
                                       for o in pat.GOVERNMENT_HEADS.finditer(self.t.sh, lo, hi))

    def _breakdown_by_person(self, fig: Figure, out: list[Figure]) -> bool:
        """A count in a clause opening with 其中 that names no issuing unit (其中局主要负责人出庭3件),
        after a count of the same figure in the sentence, or in a sentence opening on 其中， after one
        in the sentence before: a breakdown, not the figure."""
        t = self.t
        cs = t.clause(fig.value_start)[0]
        s = t.sentence(fig.value_start)[0]
        if pat.PERSON_FIRST.match(t.sh, cs):
            if ((cs == s or pat.AMONG_THOSE_CASES.fullmatch(t.sh, s, cs)) and s > 0 and t.sh[s - 1] != "\n"
                    and self._persons_part_of_before(fig, out)):
                # …负责人出庭应诉2件，出庭应诉率100%。局长亲自出庭应诉1件 (上述5件开庭案件中，镇长亲自出庭2件):
                return True  # one head's part of all heads' count
            # 行政机关负责人出庭187件，县长本人带头出庭应诉2次 (…3件，即镇长出庭2件): one person's part of the count before
        elif not t.sh.startswith("其中", cs):
            if not pat.OPENS_ON_AMONG.match(t.sh, s):
                return False
            # 共7项事项。其中，因受疫情影响，有2项决策事项…调整至下一年度实施: some of the count before
            cs, s = s, t.sentence(max(0, s - 1))[0]
        if "本级" in t.sh[cs:fig.value_start] or pat.OWN_HEADS.match(t.sh, cs):
            return False  # 其中市政府负责人出庭应诉11件: the government's own cases, not one person's
        issuer = pat.ISSUER.search(t.sh, cs, fig.value_start)
        if (issuer and not pat.PERSON.search(t.sh, cs, fig.value_start)
                and not pat.INVITED.search(t.sh, cs, issuer.start())):  # not 其中邀请市政府法律顾问解读3次
            return False  # 其中市政府受理412件: by issuer, not by person (其中区政府分管副区长出庭2件)
        if pat.ALL_APPEARED.search(t.sh, s, cs) and pat.PERSON.search(t.sh, cs, fig.value_start):
            return True  # 行政机关负责人全部出庭应诉，…，其中市长、副市长出庭应诉4次: some of all the appearances
        return any(f.indicator == fig.indicator and f.unit in lx.COUNT_UNITS and f.value is not None and s <= f.value_start < cs
                   and not pat.PERSON_FIRST.match(t.sh, t.clause(f.value_start)[0])  # 镇长出庭2件，分管副镇长出庭1件: two persons'
                   and f.scope_kind != "part"  # 其中市直单位…37次，市政府分管副市长出庭应诉2次: the parts by unit, side by side
                   for f in out)

    def _persons_part_of_before(self, fig: Figure, out: list[Figure]) -> bool:
        """A sentence opening on one person's count (局长亲自出庭应诉1件), alone in its sentence, right after a
        sentence giving all the heads' count in the same unit and more: that person's part of it."""
        t = self.t
        s, e = t.sentence(fig.value_start)
        ps = t.sentence(s - 1)[0]
        if any(a.unit == fig.unit and a.start != fig.value_start for a in t.amounts_in(t.clause(fig.value_start)[0], e)):
            return False  # 县政府主要负责同志出庭应诉1次，分管副县长出庭应诉3次: each one's, summed
        return any(f.indicator == fig.indicator and f.unit == fig.unit and f.value is not None and fig.value is not None
                   and f.value > fig.value and ps <= f.value_start < s and f.scope_kind not in ("part", "unit", "higher", "other")
                   and (not pat.PERSON_FIRST.match(t.sh, t.clause(f.value_start)[0])
                        or re.search(r"[或和及与、]", t.sh[t.clause(f.value_start)[0]:f.value_start]))  # 局主要负责人或分管负责人: all of them
                   for f in out)

    def _breakdown_by_issuer(self, ind: Indicator, a: Amount, ts: int, te: int, e: int) -> list[Figure]:
        """共制发规范性文件40件，其中区政府本级11件，区政府工作部门和镇（街道）29件; 一审行政诉讼案件412件，
        其中区政府本级作为被告的58件: a count broken down by who issued or was sued gives each its own,
        scoped. A breakdown by kind (其中经听证的2项) is not one."""
        t = self.t
        if a.unit not in lx.COUNT_UNITS or self.other_terms is None:
            return []
        end, pos, out = self._own_part(ts, e), t.clause(a.start)[1], []
        while pos < end:
            ns, ne = t.clause(pos + 1)
            if not out and pat.CHANGE_CLAUSE.match(t.sh, ns):
                pos = ne  # 受理1,146件，同比增长18.3%，其中市政府受理412件: a change said in between
                continue
            if not out and not (t.sh.startswith("其中", ns) or pat.OWN_AS_DEFENDANT.match(t.sh, ns)):
                break  # 其中区政府本级…; …46件，县政府作为被告的占12件: the government's own, no 其中
            b = next((x for x in t.amounts_in(ns, ne) if x.unit == a.unit and not x.placeholder), None)
            if b is None or b.value is None or a.value is None or b.value > a.value or self.other_terms.search(t.sh, ns, b.start):
                break
            if "不服" in t.sh[ns:b.start] or (ind.extract and any(w in t.sh[ns:b.start] for w in ind.extract.not_after)):
                break  # 其中县级人民政府为被申请人的189件: the catalogue's words for someone else's cases
            if pat.OUTCOME.search(t.sh, ns, b.start):
                break  # 其中区政府确认违法1件、维持1件: by how the cases ended, not by whose they were
            if pat.TITLE.search(t.sh, ns, b.start):
                break  # 其中《景罕镇…实施细则》和《…》2件已报…备案: documents named, not who issued them
            if pat.FORMER_JURISDICTION.search(t.sh, ns, b.start):
                break  # 其中改革后受理原由部门管辖的案件31件: by whose they used to be, a kind of case
            scope = tx.scope(t, ns, b.start)
            if out and scope[1] in ("", "whole") and pat.ISSUER.search(t.sh, ns, b.start):  # …，区政府工作部门和镇（街道）29件
                scope = (t.text[ns:b.start].strip(), "part", False, [])
            if not (scope[1] == "unit" or (scope[1] == "part" and pat.ISSUER.search(t.sh, ns, b.start))):
                break
            out.append(self._make(ind, b, ts, te, negated=None, requirement=False, baseline=False, statement=False,
                                  scope=scope[:3], quote_hi=b.end))
            pos = ne
        return out

    def _listed_pair(self, spec: ExtractSpec, ts: int, cs: int, ce: int) -> Amount | None | bool:
        """会前学法、领导班子法治专题讲座分别为十六次和两期: the term is the k-th of the listed things, so
        its figure is the k-th number; None when the list and the numbers do not pair; False when the
        clause lists nothing."""
        t = self.t
        m = pat.EACH.search(t.sh, ts, ce)
        if not m:
            return False
        head = t.sh[cs:m.start()]
        items = head.split("、")
        if len(items) == 1:
            items = re.split(r"[和及与]", head)
        elif re.search(r"[和及与]", items[-1]) and not any(w in items[-1] for w in ("和解",)):
            items = items[:-1] + re.split(r"[和及与]", items[-1])
        if len(items) < 2 or self.other_terms is None:
            return False
        named = {i for i, item in enumerate(items) if self.other_terms.search(item)}
        if len(named) < 2:
            return False  # 市局、海曙分局分别为6.2%、5.5%: units listed, paired elsewhere
        amounts, pos = [], m.end()
        while pos < ce and len(amounts) < len(items):
            nxt = [x for x in t.amounts_in(pos, min(ce, pos + 16)) if x.start == pos]
            if not nxt:
                break
            amounts.append(nxt[0])
            pos = nxt[0].end
            if t.sh[pos:pos + 1] not in ("、", "和", "及", "与"):
                break
            pos += 1
        offsets = [cs + sum(len(i) + 1 for i in items[:k]) for k in range(len(items))]
        k = max(i for i, o in enumerate(offsets) if o <= ts)
        if len(amounts) != len(items) or amounts[k].unit not in spec.units:
            return None
        return amounts[k]

    def _respectively(self, ind: Indicator, a: Amount, ts: int, te: int, e: int) -> list[Figure]:
        """全局为5.3%，其中市局本级、海曙分局、北仑分局分别为6.2%、5.5%、4.8%: one figure per named unit,
        when the names and the numbers pair one to one."""
        t = self.t
        m = pat.RESPECTIVELY.match(t.sh, a.end)
        if not m or (self.other_terms is not None and self.other_terms.search(m.group(1))):
            return []  # 但A局、B局法制审核人员比例分别为…: the clause names the term; its own mention reads it
        names = [n for n in re.split(r"[、和及与]", m.group(1)) if n]
        amounts, pos = [], m.end()
        while pos < e:
            nxt = [x for x in t.amounts_in(pos, min(e, pos + 16)) if x.start == pos]
            if not nxt or nxt[0].unit != a.unit:
                break
            amounts.append(nxt[0])
            pos = nxt[0].end
            if t.sh[pos:pos + 1] not in ("、", "和") or len(amounts) == len(names):
                break
            pos += 1
        if len(amounts) != len(names) or len(names) < 2:
            return []
        return [self._make(ind, amt, ts, te, negated=None, requirement=False, baseline=False, statement=False,
                           scope=(name, "unit", False), quote_hi=amounts[-1].end)
                for name, amt in zip(names, amounts)]

    def all_of(self, ind: Indicator, figures: list[Figure]) -> list[Figure]:
        """被诉案件2件，均开庭审理: the clause after a count says all of them were done, so this count is
        that count; quoted from the count to the act."""
        spec = ind.extract
        assert spec is not None and spec.all_of is not None
        t = self.t
        pattern = tx.own_terms(spec.terms)
        said = {t.sentence(f.value_start) for f in figures if f.indicator == ind.id and f.value is not None}
        out = []
        for b in figures:
            if (b.indicator != spec.all_of or b.value is None or b.placeholder or b.negated or b.baseline
                    or b.unit not in spec.units):
                continue
            s, e = t.sentence(b.value_start)
            ce = t.clause(b.value_end)[1]
            if (s, e) in said:
                continue
            the_one = False
            own = pat.ALL_OF_THEM.match(t.sh, b.value_end, ce)
            if own and pattern.search(t.sh, own.end(), ce):
                ns, ne = b.value_end, ce  # 开庭审理的3件案件均由局长或分管副局长出庭应诉: all of them, in the count's own clause
            else:
                ns, ne = t.clause(ce + 1) if ce < e else (e, e)
                if pat.WHAT_THEY_ARE.match(t.sh, ns, ne) and ne < e and not self._counts_in(spec, ns, ne):
                    ns, ne = t.clause(ne + 1)  # 案件2件，均为宅基地审批纠纷，法院均开庭审理: what they were, then all heard
                parts = t.amounts_in(ns, ne) if pat.PARTS_OPEN.match(t.sh, ns, ne) and ne < e else []
                if len(parts) > 1 and all(a.unit == b.unit and a.value is not None for a in parts) and sum(
                        (a.value for a in parts), start=0) == b.value:
                    ns, ne = t.clause(ne + 1)  # 案件3件，其中林地权属争议1件、宅基地使用1件…，均已开庭审理: the parts, then all heard
                if b.value == 1 and pat.WHAT_IT_IS.match(t.sh, ns, ne) and ne < e and not self._counts_in(spec, ns, ne, other_than=1):
                    ns, ne = t.clause(ne + 1)  # 案件1件，系某企业不服…提起诉讼，法院依法开庭审理: what it was, then heard
                if b.value == 1 and pat.FOR_A_CAUSE_CLAUSE.fullmatch(t.sh, ns, ne) and ne < e:
                    ns, ne = t.clause(ne + 1)  # 案件1件，因疫情防控需要，人民法院采取线上方式开庭审理: why, then heard
                if b.count_of and b.count_of in t.sh[ns:ne] and ne < e and (
                        b.everyone or pat.ALREADY_AT_START.fullmatch(t.sh, ns, t.sh.find(b.count_of, ns, ne))):
                    # 案件2件，均已开庭审理，局负责人均出庭应诉 (1件为…纠纷，已开庭审理，乡长出庭应诉): past the act that made the count
                    ns, ne = t.clause(ne + 1)
                if (ne >= e and not pattern.search(t.sh, ns, ne)
                        and (those := pat.THOSE_CASES.match(t.sh, e + 1) or pat.SAME_CASES_NEXT.match(t.sh, e + 1))
                        and (those.end() > those.start() or b.value == 1)  # 该案于9月开庭审理: the one case, its own sentence
                        and t.sentence(e + 1) not in said
                        and ((n := next(filter(None, those.groups()), None)) is None or parse_number(n) == b.value)):
                    # 案件2件，均涉及征迁补偿。上述案件均已开庭审理; 这4件案件，负责人均出庭应诉: the next sentence goes on with them
                    e = t.sentence(e + 1)[1]
                    ns, ne = those.end(), t.clause(those.end())[1]
                    the_one = those.end() == those.start()
                    if ne < e and (not t.sh[ns:ne].strip() or (b.count_of and b.count_of in t.sh[ns:ne])):
                        ns, ne = t.clause(ne + 1)  # …上述案件均已开庭审理，行政机关负责人均出庭应诉: past the act counted
                elif ce >= e:
                    continue
            if (again := pat.SAME_COUNT_AGAIN.match(t.sh, ns, ne)) and parse_number(again.group(1)) == b.value:
                ns = again.end()  # …开庭审理22件，22件开庭审理案件行政机关负责人均出庭应诉: the same cases said again
                if not t.sh[ns:ne].strip() and ne < e:
                    ns, ne = t.clause(ne + 1)  # 其余3件均开庭审理，3件案件，镇政府负责人均出庭应诉: said again as a clause of its own
            if not self._context_ok(spec, s, e):
                continue
            turn = pat.EACH_NAMED_IN_TURN.match(t.sh, ns, ne)
            if turn and len(re.split(r"[、和及与]", turn.group(1))) != b.value:
                turn = None  # 镇长和分管副镇长分别出庭应诉, after 2 cases heard: one head in each
            every = (pat.ALL_OF_THEM.match(t.sh, ns, ne) or turn or (pat.THE_ONE.match(t.sh, ns, ne) if b.value == 1 else None)
                     or (pat.ANYONE.match(t.sh, ns, ne) if the_one and ns > those.end() else None)  # 该案于9月开庭审理，局长亲自出庭应诉
                     or (pat.ANYONE.match(t.sh, ns, ne) if b.value == 1 and pat.HEAD_HIMSELF.match(t.sh, ns, ne) else None))
            # 其中1件经法院开庭审理，局长亲自出庭应诉: the one case heard, its head in court
            term = pattern.search(t.sh, every.end(), ne) if every else None
            if term is None or pat.NOT_DONE.search(t.sh, ns, term.start()) or self._counts_in(spec, ns, ne) or any(
                    w in t.sh[ns:term.end()] for w in spec.not_after):  # 均由律师出庭: not the heads
                continue
            out.append(self._same_count(ind, b, term, ne))
            said.update({t.sentence(b.value_start), t.sentence(ns)})
        return out

    def one_of(self, ind: Indicator, figures: list[Figure]) -> list[Figure]:
        """制发规范性文件1件，即《…》，…，印发后及时报送县人民政府备案: a count of one, and a later clause of its
        sentence (or the next sentence on 该文件) doing this act to it with no count: this count is 1, quoted
        from the count to the act. A count of more, one of them named as done and the rest not: 1 too."""
        spec = ind.extract
        assert spec is not None and spec.one_of is not None
        t = self.t
        pattern = tx.own_terms(spec.terms)
        said = {t.sentence(f.value_start) for f in figures if f.indicator == ind.id and f.value is not None}
        out = []
        for b in figures:
            if (b.indicator != spec.one_of or b.value is None or b.placeholder or b.negated or b.baseline or b.requirement
                    or b.unit not in spec.units or b.scope_kind in ("higher", "other")):
                continue
            if b.value >= 2:
                if t.sentence(b.value_start) not in said and (one := self._one_named_filed(ind, pattern, b)):
                    out.append(one)
                continue
            if b.value != 1:
                continue
            s, e = t.sentence(b.value_start)
            spans = self._clauses(t.clause(b.value_end)[1] + 1, e - 1) if t.clause(b.value_end)[1] < e else []
            if e + 1 < len(t.sh) and (it := pat.THE_DOCUMENT_NEXT.match(t.sh, e + 1)):
                spans += self._clauses(it.end(), t.sentence(e + 1)[1] - 1)  # 。该文件已按规定报县政府备案
            if (s, e) in said or any(sp in said for sp in {t.sentence(c[0]) for c in spans}):
                continue
            for ns, ne in spans:
                term = pattern.search(t.sh, ns, ne)
                if term is None:
                    continue
                if (t.sh.startswith("率", term.end()) or pat.NOT_DONE.search(t.sh, ns, term.start())
                        or pat.UNDER_WAY.search(t.sh, ns, ne) or self._counts_in(spec, ns, ne)
                        or pat.REQUIREMENT.search(t.sh, ns, term.start())
                        or any(w in t.sh[ns:term.start()] for w in spec.not_after)):
                    break
                out.append(self._same_count(ind, b, term, ne))
                break
        return out

    def _one_named_filed(self, ind: Indicator, pattern: re.Pattern[str], b: Figure) -> Figure | None:
        """A count of two or more, then a later sentence of its paragraph naming one of them as done and the
        rest not (…2件。其中，《…规定》已报送县司法局备案，另1件…未及时报送备案): the one named, 1."""
        t = self.t
        e = t.sentence(b.value_start)[1]
        named = pat.ONE_NAMED_THE_REST_NOT.search(t.sh, b.value_end, e)  # …2件，其中《…》已按规定报送…备案，另1件…未能及时报备
        for _ in range(0 if named else 3):  # a later sentence of its paragraph (…2件，分别为《…》和《…》。…。其中，《…》已报送…)
            if e + 1 >= len(t.sh) or t.doc.block_at(e + 1) is not t.doc.block_at(b.value_start):
                break
            stop = t.sh.find("。", e + 1)
            if named := pat.ONE_NAMED_THE_REST_NOT.search(t.sh, e + 1, stop if stop > 0 else len(t.sh)):
                break  # (to the full stop: the rest may be said after a ；)
            e = t.sentence(e + 1)[1]
        if not (named and pattern.search(t.sh, *named.span("act")) is not None
                and int(named.group("rest") or 1) + 1 == b.value):
            return None
        qs, qe = t.quote_span(named.start("doc"), t.clause(named.end() - 1)[1])  # the rest not filed too
        return replace(b, indicator=ind.id, name=ind.name, value=Fraction(1), text=t.text[named.start("doc"):named.end("doc")],
                       quote=t.text[qs:qe], location=t.doc.location(qs), start=qs, end=qe,
                       value_start=named.start("doc"), value_end=named.end("doc"), everyone=False,
                       count_of=t.text[named.start("act"):named.end("act")],
                       clause=t.text[named.start("doc"):named.end("act")])

    def _same_count(self, ind: Indicator, b: Figure, term: re.Match, ne: int) -> Figure:
        """Count `b` given as `ind`'s (all of them, or the one): quoted from the count to the act ending at `ne`."""
        t = self.t
        qs, qe = t.quote_span(t.clause(b.value_start)[0], ne)
        return replace(b, indicator=ind.id, name=ind.name, quote=t.text[qs:qe], location=t.doc.location(qs),
                       start=qs, end=qe, everyone=True, count_of=t.text[term.start():term.end()],
                       clause=t.text[b.value_start:ne])

    def _counts_in(self, spec: ExtractSpec, lo: int, hi: int, other_than: int | None = None) -> bool:
        """A count in the figure's units starting between `lo` and `hi` (not 系一家企业不服…: no count of cases;
        not 局长、分管副局长各1件: each one's), and not `other_than` (涉及一起违法建筑拆除: the one case itself)."""
        return any(a.unit in spec.units and self.t.sh[a.start - 1] != "各" and (other_than is None or a.value != other_than)
                   for a in self.t.amounts_in(lo, hi))

    def _term_counted(self, spec: ExtractSpec, lo: int, hi: int) -> bool:
        """A term of the spec between `lo` and `hi` with a count right after it (会前学法26次)."""
        return any(self._counts_in(spec, m.end(), m.end() + 6) for m in tx.own_terms(spec.terms).finditer(self.t.sh, lo, hi))

    def _person_start(self, f: Figure) -> int:
        """Where the words about the count at `f` start: its clause, or the item after the last 、 in it when
        that item names a person (其中办事处主任出庭应诉1件、分管副主任出庭应诉1件)."""
        cs = self.t.clause(f.value_start)[0]
        mark = self.t.sh.rfind("、", cs, f.value_start)
        return mark + 1 if mark >= 0 and pat.PERSON_FIRST.match(self.t.sh, mark + 1) else cs

    def summed(self, figures: list[Figure]) -> list[Figure]:
        """Each person's count, and no total said (局长出庭应诉3件，分管副局长出庭应诉4件): one count, their
        sum, computed from the quoted counts; never each person's count as the whole figure."""
        t = self.t
        groups: dict[tuple[str, int], list[Figure]] = {}
        for f in figures:
            if f.value is not None and f.unit in lx.COUNT_UNITS and not f.negated and not f.requirement and not f.baseline:
                groups.setdefault((f.indicator, t.sentence(f.value_start)[0]), []).append(f)
        drop: set[int] = set()
        out: list[Figure] = []
        for group in groups.values():
            # 镇长及分管副镇长出庭应诉4件，其中镇长亲自出庭1件: the second is within the first, not added to it
            person_first = bool(pat.PERSON_FIRST.match(t.sh, self._person_start(group[0])))
            within = [f for f in group[1:] if person_first and pat.AMONG_FIRST.match(t.sh, self._person_start(f))]
            if within:
                drop.update(id(f) for f in within)
                group = [f for f in group if id(f) not in drop]
            persons = [f for f in group if pat.PERSON_FIRST.match(t.sh, self._person_start(f))]
            if len(persons) == 1 == len(group) and (other := pat.ANOTHER_BY_PERSON.search(
                    t.sh, persons[0].value_end, t.sentence(persons[0].value_start)[1])):
                # 其中镇长出庭应诉1件，另1件由分管副镇长出庭应诉: the other head's cases, added
                f0, n = persons[0], parse_number(other.group(1))
                if n is not None and f0.unit == "件":
                    drop.add(id(f0))
                    out.append(self._computed_sum(f0, f0.value + n, f"{f0.text}+{other.group(1)}件", (f0.start, other.end()),
                                                  other.end(), (self._own_words(f0), t.text[other.start():other.end()].lstrip("，, "))))
                continue
            if len(persons) < 2 or len(persons) != len(group) or len({f.unit for f in persons}) > 1:
                continue
            drop.update(id(f) for f in persons)
            # 县政府主要负责同志出庭应诉1次，分管副县长出庭应诉3次: the organ named once is both heads'
            scopes = {(f.scope_kind, f.scope) for f in persons if f.scope_kind}
            organ = next(iter(scopes)) if len(scopes) == 1 and all(
                k == "unit" and pat.ORGAN_NAMED.search(s) for k, s in scopes) else None
            out.append(self._computed_sum(persons[0], sum((f.value for f in persons), start=0), "+".join(f.text for f in persons),
                                          (min(f.start for f in persons), max(f.end for f in persons)), persons[-1].value_end,
                                          tuple(self._own_words(f) for f in persons), organ))
        return [f for f in figures if id(f) not in drop] + out

    def _own_words(self, f: Figure) -> str:
        """A count's own words: its clause up to the count (镇长出庭应诉2件)."""
        return self.t.text[self.t.clause(f.value_start)[0]:f.value_end].strip()

    def _computed_sum(self, first: Figure, value: Fraction, text: str, quote: tuple[int, int], value_end: int,
                      operands: tuple[str, ...], scope: tuple[str, str] | None = None) -> Figure:
        """One count computed by adding counts the report states, each quoted in `operands`; scoped as
        `scope` (kind, text) when the counts are all one organ's, else unscoped."""
        t = self.t
        qs, qe = t.quote_span(*quote)
        kind, named = scope or ("", "")
        return replace(first, value=value, scope=named, scope_kind=kind, text=text, quote=t.text[qs:qe], location=t.doc.location(qs),
                       start=qs, end=qe, value_start=first.value_start, value_end=value_end,
                       clause=t.text[t.clause(first.value_start)[0]:value_end], derived=True, operands=operands)

    def derived(self, ind: Indicator, figures: list[Figure]) -> list[Figure]:
        """A rate computed from two counts stated together (开庭64件，其中负责人出庭21件), when the
        report does not state the rate itself in that paragraph. Both counts stay quoted."""
        assert ind.extract is not None and ind.extract.derive is not None
        num_id, den_id = ind.extract.derive
        t = self.t

        def usable(f: Figure) -> bool:
            return f.value is not None and not f.placeholder and not f.negated and not f.requirement and not f.baseline

        nums = [f for f in figures if f.indicator == num_id and usable(f)]
        dens = [f for f in figures if f.indicator == den_id and usable(f)]
        stated = [f for f in figures if f.indicator == ind.id and not f.requirement and not f.baseline
                  and (f.value is not None or self.names_the_rate(f))]  # not 1件…未能在规定时限内报送备案
        out = []
        def table_of(pos: int) -> str:
            m = pat.TABLE_ROW.match(t.doc.block_at(pos).location)
            return m.group(1) if m else ""

        for n in nums:
            block = t.doc.block_at(n.value_start)
            table = table_of(n.value_start)
            # the count before it in its paragraph (this sentence or the one before), or in its table
            before = [d for d in dens if (d.value_end <= n.value_start or (n.everyone and d.value_start == n.value_start))  # 开庭3件，局领导均出庭
                      and ((block.start <= d.value_start
                            and t.sentence(d.value_start)[0] >= t.sentence(t.sentence(n.value_start)[0] - 2)[0])
                           or (table and table_of(d.value_start) == table))]
            if not before and not table and n.scope_kind in ("", "whole"):
                # 全年以我局为被告的…案件4件，4件均已开庭审理。…。负责人共出庭应诉3件: the paragraph's only count of
                # the cases heard, and nothing between that counts them again
                in_block = [d for d in dens if block.start <= d.value_start and d.value_end <= n.value_start]
                if (len(in_block) == 1 and in_block[0].scope_kind in ("", "whole")
                        and not any(block.start <= m.value_start < n.value_start for m in nums)):
                    before = in_block
            # the sentence's counts of the whole (not one organ's or head's, scoped): two of them are each one's
            whole_here = [m for m in nums if m.scope_kind not in ("unit", "part")
                          and t.sentence(m.value_start) == t.sentence(n.value_start)]
            if not before or len(whole_here) > 1:
                continue  # 镇长出庭应诉2件，分管副镇长出庭应诉1件: each one's count and no total, no one rate
            d = before[-1]
            if n.scope_kind in ("unit", "part") and (d.scope_kind, d.scope) != (n.scope_kind, n.scope) and (
                    (n.unit == "次" and d.unit != "次" and not (self.town or self.department or self.justice_bureau))
                    or whole_here):
                # 开庭审理的58件案件…，县政府分管领导出庭应诉2次: in a county's report one head's times in court (or
                # any count beside all heads' count) are no rate of the cases heard; a town's 镇长出庭应诉3次 of its 3 is
                continue
            if (not d.value or n.value > d.value or n.period != d.period
                    or (n.year or self.report_year) != (d.year or self.report_year)):
                continue  # 今年…制发…1件。该文件…报送…备案1件: the same year, said once
            if any((f.year or self.report_year) == (n.year or self.report_year)
                   and ((t.sentence(f.value_start) == t.sentence(n.value_start)
                         and not (f.scope_kind == "part" and (sub := pat.SUBLEVEL.search(f.scope)) and pat.TOWNS.search(sub.group(0))
                                  and d.scope_kind in ("", "whole")))  # 其中各镇（街道）负责人出庭应诉率均为100%: theirs
                        or ((f.scope_kind not in ("part", "unit", "higher", "other") or (f.scope_kind, f.scope) == (d.scope_kind, d.scope))
                            and block.start <= f.value_start < block.end))  # 以镇政府为被告的…，出庭应诉率100%: the same cases
                   or (table and table_of(f.value_start) == table) for f in stated):
                continue  # the report states the rate itself, in the paragraph or the table; 各街道负责人出庭率100% is the streets' only
            lo, hi = d.value_start, n.value_end
            qs, qe = t.quote_span(min(lo, d.start), hi)
            cls, cle = t.clause_span(lo, hi)
            value = n.value / d.value * 100
            out.append(Figure(
                indicator=ind.id, name=ind.name, value=value, unit="%", bound="", placeholder=False, negated=False,
                requirement=False, baseline=False, statement=False, period=n.period, year=n.year,
                year_text=n.year_text, scope=d.scope, scope_kind=d.scope_kind,
                everyone=False, text=f"{n.text}÷{d.text}", quote=t.text[qs:qe], location=t.doc.location(qs),
                start=qs, end=qe, value_start=lo, value_end=hi, clause=t.text[cls:cle], derived=True,
                operands=(self._own_words(n), self._own_words(d)),
            ))
        return out

    def names_the_rate(self, f: Figure) -> bool:
        """A shortfall with no number said of the rate itself (出庭应诉率未实现100%), not of some cases."""
        cs, ce = self.t.clause(f.value_start)
        return "率" in self.t.sh[cs:ce]

    def _statement(self, ind: Indicator, spec: ExtractSpec, ts: int, te: int) -> Figure | None:
        t = self.t
        cs, ce = t.clause(ts)
        if spec.denial:
            return self._denial(ind, ts, te, cs, ce)
        if re.match(r"(?:目录)?中?的(?:事项|项目|决策|内容)", t.sh[te:te + 6]):
            return None  # 列入市政府年度决策事项目录的事项1项…向社会公布: the matter, not the catalogue
        if pat.DONE_THEN_COUNTED.search(t.sh, max(cs, ts - 8), ts) and pat.COUNT_AFTER.match(t.sh, te):
            return None  # 全县已公开的行政复议决定书31件: how many were, not that all were
        if (slogan := pat.SLOGAN.search(t.sh, cs, ce)) and slogan.start() < ts < slogan.end():
            return None  # 以“述法+考法+督法”为抓手压紧压实责任链条: a practice named, not the act done
        if pat.REFLECTS.match(t.sh, cs):
            return None  # …未能在规定时限内公开，反映出部分工作人员对…年度报告制度的严肃性认识不足: the cause, not the act
        if pat.DUTY_GIVEN.match(t.sh, cs):
            return None  # 明确由镇党政办负责…年度报告的起草、审核和公开工作: a duty given, not the act done
        if (spec.near_any and ce < (sent := t.sentence(ts))[1] and pat.OTHERS_URGED_TO_ACT.match(t.sh, ce + 1)
                and not any(w in t.sh[sent[0]:ce] for w in spec.near_any) and any(w in t.sh[ce:sent[1]] for w in spec.near_any)):
            return None  # 落实…年度报告制度，督促县直部门和乡镇按时…报告…，并…向社会公开: the others' act, urged
        if (pat.HELPED_WITH.match(t.sh, cs) and t.sh.startswith("工作", te)
                and not any(w in t.sh[cs:ce] for w in spec.near_any)):
            return None  # 协助县委、县政府做好…情况的报告工作，督促各乡镇…公开: helping with another's, the act not its own
        if any(m.start() < ts and te <= m.end() for m in pat.HEARD_ON.finditer(t.sh, cs, ce)):
            return None  # 常务会议先后6次听取…行政复议体制改革…等工作汇报: the matter heard, not its state
        if any(m.start() < ts and te <= m.end() for m in pat.HEEDED_LITTLE.finditer(t.sh, cs, ce)):
            return None  # 个别部门对法治政府建设年度报告、政务公开等…工作重视不够: an attitude to it, not its state
        in_list = t.sh[ts - 1:ts] == "、" or t.sh[te:te + 1] == "、"  # the term one item of a list
        if in_list and pat.COLUMN_CARRIES.search(t.sh, t.sentence(ts)[0], ts):
            return None  # 开设“法治政府建设”专栏，集中发布…年度报告、重大行政决策目录、…等信息: what a column carries, no act of the year
        if in_list and pat.LISTED_FOR_ASSESSMENT.match(t.sh, te):
            return None  # 将会前学法、述法、规范性文件备案…等情况纳入考核指标: an item assessed, not the act done
        if pat.CHECKED_ITEMS.search(t.sh, cs, ts):
            return None  # 督察…重点检查领导干部学法述法、重大行政决策程序执行…: what an inspection looked at, not the act
        if t.sh[cs:ts].lstrip().startswith("对") and pat.CHECKED_AFTER.match(t.sh, te):
            return None  # 对各乡镇（街道）、各部门年度法治政府建设情况报告的报送和公开情况进行检查: theirs checked
        if ("公开" in spec.near_any and pat.SENT_UP.search(t.sh, ts, (sent := t.sentence(ts))[1])
                and not any(w in t.sh[slice(*sent)] for w in spec.near_any)):
            return None  # 2024年度法治政府建设报告经县委常委会审议后，报送…市人民政府: sent up, not made public
        if pat.BASIS_FOR.match(t.sh, te) and re.search(r"作为[^，,。；;]{0,16}$", t.sh[cs:ts]):
            return None  # 建立了学法档案，…，年终作为述职述法的重要依据: a record for it, not the act
        if (later := pat.FOR_LATER.match(t.sh, cs)) and ts < later.end():
            return None  # 谋划建设…系统，为下一步实现复议决定书网上公开…创造条件: what it prepares for, not done
        if (pat.INCLUDED_INTO.fullmatch(t.sh, cs, ts) and pat.AS_CONTENT.match(t.sh, te)
                and pat.MADE_FIRST.match(t.sh, t.sentence(ts)[0]) and cs > t.sentence(ts)[0]):
            return None  # 制定…第一责任人职责清单，…，并纳入年度述职评议内容: the list made part of it, not the act
        if pat.CONTENT_OF.match(t.sh, te) and pat.CONTENT_FAULT.search(t.sh, te, t.sentence(ts)[1]):
            return None  # 个别单位述法内容“报喜多、报忧少”，问题查摆不够深入: what the act held, not whether it was done
        if pat.FROM_TO_CHANGE.match(t.sh, te):
            return None  # 推动述法由“述成绩”向“找差距”转变: how it is done changing, not the act
        if t.sh[ts - 1:ts] == "对" and pat.REVIEWED_AFTER.match(t.sh, te):
            return None  # 区委依法治区办对述法报告进行审核把关: others reviewing it, not the act said again
        if ((ref := pat.REFERRED_TO.search(t.sh, cs, ts)) and (len(ref.group(1)) <= 16 or pat.OPINIONS_AFTER.match(t.sh, te))
                and not pat.MADE_AFTER_REFERENCE.search(ref.group(1))):
            # 对照省、市、县基层政务公开标准目录，完成…清单编制; 对照…的工作部署和年度述法评议意见: the standard followed, not the act
            # (对照县级标准目录编制镇级…标准目录: the town's own made after the county's, the act)
            return None
        if self._rule_set(cs) or pat.OTHERS_DUTY.search(t.sh, cs, ce):
            return None  # 印发通知，首次将述法纳入领导干部年终述职内容，明确述法重点…: the rule set; who did it is said after
        if pat.PREPARATION_ENDS.search(t.sh, te, t.sentence(ts)[1]):
            return None  # …收集整理述法工作要求和参考提纲，协助做好述法报告起草等准备工作: getting ready, not the act
        if pat.SINCE_DONE.match(t.sh, te):
            return None  # 行政复议体制改革完成后，复议案件持续增长: a time, undated, not the year's act
        if pat.ASSESSED_FROM.match(t.sh, t.sentence(ts)[0]):
            return None  # 从试点情况看，述法工作…起到了积极作用: an assessment of the work, not the act
        if pat.IN_THE_FIELD.fullmatch(t.sh, cs, ce) and not pat.FULFILLED.search(t.sh, cs, ce):
            return None  # 特别是在推进行政复议体制改革、…等方面，探索形成了…: a field of work named, not its result
        if (marked := pat.FIELDS_TO_MARK.match(t.sh, cs, ce)) and marked.end() > te:
            return None  # 明确在行政复议体制改革、…等方面培育特色亮点: where to make a mark, an aim
        if pat.DRAFTING.match(t.sh, te) and not any(w in t.sh[cs:ce] for w in spec.near_any):
            return None  # 做好法治政府建设年度报告的起草审议工作，…公开比例: the drafting, not the act
        if (proc := pat.PROCEDURE_AFTER.match(t.sh, te)) and not any(
                w in t.sh[proc.end():t.sentence(ts)[1]] for w in spec.near_any):
            return None  # 规范…年度报告的起草、审核和发布程序，提高报告质量: its procedure, not the report published
            # (…公开程序，确保年度报告按时向社会公开: the plan is said after it)
        neg = self._said_undone(spec, cs, ts, te)
        if neg and any(m.start() <= neg[0] < m.end() and pat.ORGANISED.search(t.sh, cs, m.start())
                       for m in pat.NOT_YET_TRAINED.finditer(t.sh, cs, ce)):
            neg = None  # 组织尚未参加过脱产培训的班子成员分批参加…: those not yet trained, sent; a plan, not a shortfall
        if neg and neg[0] > ce and pat.DONE_BY_THOSE.match(t.sh, cs, ce) and any(
                (m := pat.BUT_SOME_NOT.match(t.sh, c0)) and m.start(2) == neg[0] for c0, _ in self._clauses(ce + 1, neg[0])):
            neg = None  # 书记、主任…参加了…脱产培训，另有2名班子成员因…，尚未参加: done by them; the others' is said apart
        if neg and pat.AVOIDED.search(t.sh, t.clause(neg[0])[0], neg[0]):
            neg = None  # 坚决杜绝延迟公开问题再次发生: the shortfall to be avoided, a rule
        if (neg and spec.verbs and "起步" in t.sh[neg[0]:neg[1]]
                and not any(v in t.sh[cs:t.clause(ce + 1)[1]] for v in spec.verbs)):
            return None  # 目录编制还处于起步阶段，决策后评估机制尚未建立: a young practice, not the catalogue unpublished
        if neg and neg[0] >= ce and pat.YOUNG.search(t.sh, te, ce):
            neg = None  # 统一综合行政执法办案系统上线时间较短，部分…操作还不够熟练: in place, only young
        if pat.QUALITY_SHORT.search(t.sh, te, ce):
            # 年终述法质量还不够高, 述职中对法治建设内容述得不够具体: done, but not well enough, is neither;
            # 督察工作还不够深入，对各部门的督察尚未实现全覆盖: the next clause says what is not done
            later = self._shortfall(spec, ce, t.sentence(ts)[1])
            if (later is None or not t.sh.startswith(pat.NOT_THERE, later[0])
                    or not any(w in t.sh[slice(*t.clause(later[0]))] for w in spec.near_any + spec.terms)):
                return None  # …实效性有待提高，…考核的精细化水平还不够高: no later clause says the thing itself is not done
            neg = later
        if pat.PLAN_DOCUMENT.match(t.sh, te) and not neg:
            return None  # 行政复议体制改革方案已经…审议通过，计划于2021年6月底前完成: the plan, not the reform
        if ((pat.ONLY_PUSHED.search(t.sh, cs, ts) or (t.in_heading_line(ts) and pat.PUSHED.search(t.sh, cs, ts)
                                                          and not t.heading(ts)[2]))
                and not pat.FULFILLED.search(t.sh, cs, ce) and not neg):
            return None  # 持续推动领导干部述法全覆盖, a heading 五、…，推进法治督察全覆盖: an effort, not a result
        verb_term = t.sh[ts:te] if t.sh.startswith(("纳入", "列入"), ts) else ""  # 将…6个事项纳入目录管理
        seg = t.sh[cs:ts] + verb_term + "|" + t.sh[te:ce]
        if spec.verbs and not any(v in t.sh[cs:ce] for v in spec.verbs):
            # 目录经常务会议审议通过，将于近期向社会公布: the act said in a later clause, with its tense
            later = next((c for c in self._clauses(ce + 1, self._own_part(ts, t.sentence(ts)[1]) - 1)
                          if any(v in t.sh[c[0]:c[1]] for v in spec.verbs)), None)
            seg += "|" + t.sh[later[0]:later[1]] if later else ""
        asked = {m.group(0) for m in pat.REQUIREMENT.finditer(tx.untitled(tx.past_deadlines(seg, self.report_year)))}
        if re.search(r"将(?:于|在)$", t.sh[cs:ts]) and re.match(r"年终|年底|年末", t.sh[ts:te]):
            asked.add("将")  # 主要负责人将在年终述职中一并报告…: the year-end report is still to come
        if (not asked and cs > t.sentence(ts)[0] and re.match(r"\s*(?:并且?|同时)", t.sh[cs:ts])
                and re.match(r"\s*(?:还|也|届时)?将(?!本|其|我|该)", t.sh[slice(*t.clause(cs - 1))])
                and "将" in {m.group(0) for m in pat.REQUIREMENT.finditer(t.sh, *t.clause(cs - 1))}):
            # 系统建成后，将实现…统一管理，并与省级平台实现数据对接: the clause goes on with the future before it
            # (not 将2项事项列为重大行政决策事项，并于4月…公布年度目录: 将 takes the items, the act is done)
            asked.add("将")
        if "将" in asked and (pat.DISPOSAL.search(t.sh, cs, ts) or pat.DISPOSAL_MOVED.search(t.sh, cs, ts)):
            asked.discard("将")  # 镇政府将本年度重大行政决策事项目录在…同步公布: 将 takes the thing as its object, no future
        if asked == {"要求"} and not t.heading(ts)[2] and (
                (self.department and pat.LOWER_ASKED.search(t.sh, cs, ts)) or pat.TEAM_ASKED.search(t.sh, cs, ts)):
            # 局党组同时要求各医疗卫生单位主要负责人在年度述职中同步述法, 镇党委要求班子其他成员在年度述职中…一并作出说明:
            asked.discard("要求")  # the rule it set that year for its own, not a plan
        requirement = bool(asked) and not pat.FULFILLED.search(seg)
        if (not requirement and not neg and pat.PUSHED_TO_BUILD.search(t.sh, cs, ts) and not pat.FULFILLED.search(t.sh, cs, ce)
                and not t.heading(ts)[2]):  # in the plans' section it is a plan, said as such later
            return None  # 推动建立重大行政决策事项目录年度公开制度: an effort, not the catalogue published
        if asked == {"目标"} and pat.TARGET_MET.search(seg):
            requirement = False  # 督察对各级政府全覆盖的目标全面实现: the target met
        if requirement and neg and pat.TARGET_MISSED.search(t.sh, cs, t.sentence(ts)[1]):
            requirement = False  # 全覆盖目标未能如期实现: the target missed, not a plan
        if requirement and neg and asked == {"要求"} and pat.BEHIND_THE_RULE.search(t.sh, cs, ce):
            requirement = False  # 改革进度滞后于自治区要求: measured against the rule, and missed
        if requirement and neg and asked == {"计划"} and not t.heading(ts)[2] and pat.THE_PLANNED.search(t.sh, cs, ts):
            requirement = False  # 今年计划安排的…脱产培训，…未能参加: what was planned, and missed
        if neg and (requirement or t.heading(ts)[2]) and (
                (t.sh[neg[0]:neg[1]] in lx.UNDONE and pat.SPED_UP.search(t.sh, cs, neg[0]))  # 加快与省级…平台的数据对接调试
                or (neg[0] > ce and pat.URGED_OTHERS.match(t.sh, t.clause(neg[0])[0], neg[0]))  # …，督促未完成目录编制的8个村…
                or ((those := pat.THOSE_NOT_YET.search(t.sh, cs, ts)) is not None and those.start() <= neg[0] < those.end())):
            # 组织尚未参加培训的镇班子成员全部参加…培训: those not yet trained, named as whom the plan is for
            neg = None  # a plan naming the work to speed up, or urging others who have not: not an admission
        if requirement and neg and neg[0] > ce and {w for w in asked if not w.endswith("前")} <= {"应", "应当", "须", "必须", "要求"}:
            requirement = False  # 报告应于3月底前向社会公开，…延至5月中旬才…公开: the rule named (with its deadline), then missed
        if neg is None and not requirement and spec.near and "全覆盖" in spec.near_any:
            for m in pat.COVERAGE_RATE.finditer(t.sh, cs, t.sentence(ts)[1]):
                c0, c1 = t.clause(m.start())  # 实现了…乡镇级政府的全覆盖，对县直部门督察覆盖率达到80%
                # its own clause names the subject, or goes on about the term's (…督察州直部门28个，覆盖面达到68%)
                said_of = c0 if t.sh[c0:m.start()].strip() else min(c0, cs)
                if float(m.group(1)) < 100 and all(w in t.sh[said_of:c1] for w in spec.near):
                    neg = (m.start(), m.end())
                    return self._make(ind, None, ts, te, negated=neg, requirement=False, baseline=False, statement=True,
                                      scope=("", "", False), quote_lo=cs, quote_hi=c1)  # its own subject, under 100 %
        if (not neg and "全覆盖" in spec.near_any and not self._admits(spec, ts)
                and not any(w in t.sh[cs:t.sentence(ts)[1]] for w in spec.near_any)):
            return None  # 实现对县级政府督察全覆盖，并对38个市直部门开展专项法治督察: the coverage is the governments'
        if (neg and neg[0] > ce and "全覆盖" in spec.near_any and "部门" in spec.near
                and "部门" not in t.sh[t.clause(neg[0])[0]:t.clause(neg[0])[1]]
                and (pat.TOWNS.search(t.sh, t.clause(neg[0])[0], neg[0]) or pat.COUNTY_GOVERNMENTS.search(t.sh, t.clause(neg[0])[0], neg[0]))):
            return None  # 法治督察主要集中在县级和市直部门，对乡镇政府的…督察尚未实现全覆盖: the towns' shortfall
        if (not neg and "全覆盖" in spec.near_any and "部门" in spec.near and t.sh.find("全覆盖", cs, ce) >= 0
                and "部门" not in t.sh[cs:ce] and pat.GOVERNMENTS_NAMED.search(t.sh, cs, ce)):
            return None  # 实现对县市区政府法治督察全覆盖，同时抽查市直部门14个: the governments' coverage
        if not neg and "全覆盖" in spec.near_any and "部门" in spec.near and t.sh.find("全覆盖", cs, ce) < 0:
            s0, s1 = t.sentence(ts)
            covered = [t.sh[t.clause(m.start())[0]:m.start()]
                       for m in re.finditer(tx.any_of(spec.near_any), t.sh[:s1]) if m.start() >= s0]
            if covered and not any("部门" in c for c in covered) and any(
                    pat.TOWNS.search(c) or pat.COUNTY_GOVERNMENTS.search(c) or pat.GOVERNMENTS_NAMED.search(c) for c in covered):
                return None  # 实地督察乡镇13个、县直部门21个，对全县13个乡镇实现督察全覆盖: the towns' coverage
        if neg is None and not requirement and ce < t.sentence(ts)[1]:
            rate = pat.STATE_RATE.match(t.sh, ce + 1)  # the next clause, on the term's subject
            if rate and float(rate.group(1)) < 100:  # 推进…与省级平台数据对接，完成率达到80%: not done yet
                neg = (rate.start(), rate.end())
        if any(m.start() < ts < m.end() and not pat.YEAR.search(m.group(0)) for m in pat.ON_THE_BASIS.finditer(t.sh, cs, ce)):
            return None  # 在对乡镇（街道）督察全覆盖的基础上，将法治督察延伸至…: the ground of another act (在2021年完成…的基础上 dates it)
        if (rule := pat.RULE_FOR_OTHERS.match(t.sh, cs)) and ts < rule.end():
            return None  # 建立法治政府建设年度报告制度，要求各苏木镇、旗直各部门…向社会公开: the rule set for others, not the act
        if (requirement or t.heading(ts)[2]) and not neg and any(m.start() < ts < m.end() for m in pat.PUT_TO_USE.finditer(t.sh, cs, ce)):
            return None  # 充分发挥行政执法协调监督工作体系作用: a plan to use the thing, not to have it
        if neg and "试点" in t.sh[neg[0]:neg[1]] and t.heading(ts)[2]:
            return None  # under a plan heading, 认真总结述法试点经验: the pilot's lessons, no claim either way
        if not neg and not requirement and (only := pat.ONLY_SOME.search(t.sh, cs, ts)):
            neg = (only.start(), only.end())  # 目前仅有部分行政复议决定书在…网站公开: not all of them
        if neg and spec.not_after and neg[0] > ce and any(
                w in t.sh[t.clause(neg[0])[0]:neg[0]] + "|" + t.sh[neg[1]:t.clause(neg[0])[1]] for w in spec.not_after):  # not 正在完善 itself
            # 对11个乡镇实现法治督察全覆盖，…，督察范围尚未覆盖全部县直部门: the departments' shortfall, not the towns' (but
            # 开展…工作体系建设试点，目前相关工作机制仍在探索完善之中: a pilot in the term's own clause still stands)
            neg = self._shortfall(spec, cs, ce) if any(w in t.sh[cs:ce] for w in spec.shortfall) else None
        if neg and pat.LINKED_TO_ANOTHER.match(t.sh, te, t.clause(neg[0])[1]):
            # 区综合执法办案系统与省“互联网+监管”平台的数据对接仍在调试之中: the link falls short, not the system;
            # …仍在与上级平台对接调试，尚未正式上线运行: the system itself is not running either
            nxt = t.clause(neg[0])[1]
            live = pat.NOT_LIVE.match(t.sh, nxt + 1) if nxt < t.sentence(ts)[1] else None
            if not live:
                return None
            neg = live.span(1)
        if not neg and (put_off := pat.PLAN_PUT_OFF.search(t.sh, cs, t.sentence(ts)[1])):
            neg = (put_off.start(1), put_off.end(1))  # 原计划安排…参加…培训，因…培训班推迟举办: not done
        if neg and pat.ITS_OWN_SHORTCOMINGS.search(t.sh, max(t.clause(neg[0])[0], neg[0] - 30), neg[1]):
            neg = None  # 述法报告重点报告…以及存在的不足: what the report covers, not a shortfall
        if pat.USE_NOT_ENOUGH.search(t.sh, ts, t.clause(neg[0])[1] if neg else t.sentence(ts)[1]):
            return None  # 综合执法办案系统在部分乡镇的应用还不够充分: how well it is used, not whether it is there
        scope = tx.scope(t, cs, ts)
        if scope[1] and (helped := pat.HELPED_UNIT.search(t.sh, cs, ts)) and t.sh.startswith(scope[0], helped.end()):
            scope = ("", "", False)  # 积极配合县级部门推进…系统在我镇部署应用: the unit helped, not whose act
        if not scope[1] and (ext := pat.EXTENDED_TO.search(t.sh, te, ce)):
            scope = (t.text[ext.start(1):ext.end(1)], "part", False)  # 将述法范围逐步扩大到镇属各站所负责人: those it reaches
        if (not scope[1] and not neg and pat.MEANS_FIRST.match(t.sh, cs) and te == ce and ce < t.sentence(ts)[1]
                and not pat.ACT_VERB_FIRST.match(t.sh, ce + 1) and spec.near_any and not any(w in t.sh[cs:ce] for w in spec.near_any)
                and any(w in t.sh[ce + 1:t.clause(ce + 1)[1]] for w in spec.near_any)
                and (act := tx.scope(t, ce + 1, t.clause(ce + 1)[1]))[1] == "part"):
            scope = act  # 依托自治区“互联网+监管”系统，县市场监管、卫生健康等部门的…数据已与自治区平台实现数据联通: those
        if not scope[1] and t.sentence(ts)[0] < cs and (lower := pat.FOR_LOWER_HEADS.fullmatch(t.sh, *t.clause(t.sentence(ts)[0]))):
            scope = (t.text[lower.start(1):lower.end(1)], "part", False)  # 对各村党组织书记，乡党委在年底述职评议中…听取其…汇报: theirs
        if (not neg and scope[1] == "part" and "全覆盖" in spec.near_any and "部门" not in spec.near
                and (pat.ALL_THE_TOWNS.search(t.sh, t.sentence(ts)[0], ts) or scope[0].startswith(("各", "所有")))):
            scope = (scope[0], "whole", True)  # 对全区16个镇（街道）（对各镇（街道））…实现督察全覆盖: every lower government
        if neg and not scope[1]:
            nxt_start, nxt_end = ce + 1, t.clause(ce + 1)[1]
            if pat.EXCEPT_CLAUSE.fullmatch(t.sh, nxt_start, nxt_end) and nxt_end < t.sentence(ts)[1]:
                nxt_start, nxt_end = nxt_end + 1, t.clause(nxt_end + 1)[1]  # …覆盖面不够，除主要负责人外，仍有部分班子成员未参加: past the exception
            nxt = tx.scope(t, nxt_start, nxt_end) if ce < t.sentence(ts)[1] else None
            few_next = False
            if nxt and nxt_start > ce + 1 and not nxt[1] and (some := pat.STILL_SOME_PEOPLE.match(t.sh, nxt_start, nxt_end)):
                nxt = (t.text[some.start():some.end()], "part", False, [])
            elif nxt and nxt_start == ce + 1 and not nxt[1] and (few := pat.FEW_PEOPLE_FIRST.match(t.sh, nxt_start, nxt_end)):
                nxt, few_next = (t.text[few.start(1):few.end()], "part", False, []), True  # …还未实现全覆盖，部分班子成员因…未能参加: those
            # 县级复议体制改革尚未全部完成，部分县（市）区…还在推进中: the units that have not; not
            # 标准体系尚未全面建成，部分乡镇政务公开内容不够规范, a problem of its own
            # …，但部分班子成员因工作任务繁重，年内尚未参加: the few named, short in the clause after
            still_end = t.clause(neg[0])[1] if few_next and nxt_end <= neg[0] else nxt_end
            still = (nxt is not None and re.search(r"还在|仍在|正在|尚未|未|没有|超过规定时限|才|仅在|只在|仅有", t.sh[nxt_start:still_end])
                     and not pat.SYSTEM_END.match(t.sh, nxt_start))  # 乡镇端正在部署调试: the system's own end, not some units
            scope = self._item_scope(cs) or (nxt if nxt and nxt[1] == "part" and still else None) or scope
            if not scope[1] and (named := pat.PERSONS_LISTED.search(t.sh, cs, ts)):
                scope = (t.text[named.start():named.end()], "part", False, [])  # 镇纪委书记、分管…的副镇长今年尚未参加: those two
            opens = t.sentence(ts)[0] + len(pat.ITEM_MARK.match(t.sh, t.sentence(ts)[0]).group(0))  # 三是分管…的副乡长…未能参加
            if not scope[1] and (charge := pat.IN_CHARGE.match(t.sh, opens, ts) or pat.IN_CHARGE.match(t.sh, cs, ts)
                                 or ((sent := pat.IN_CHARGE.search(t.sh, t.sentence(ts)[0], ts))
                                     and pat.ORGANISED.search(t.sh, t.sentence(ts)[0], sent.start()) and sent)):
                # 分管执法工作的副镇长因…，尚未参加; 镇负责人参加…仅限于镇长一人，分管…的副镇长尚未参加: that one;
                # 原计划安排镇分管…的负责同志参加…，因…，未能参加: the one sent
                scope = (t.text[charge.start():charge.end()], "part", False, [])
            if not scope[1] and (some := pat.SOME_COUNTED.search(t.sh, cs, ce)):
                scope = (t.text[some.start():some.end()], "part", False, [])  # 班子成员中仍有2名…未能参加: those two
            if not scope[1] and (few := pat.FEW_PEOPLE_FIRST.match(t.sh, cs)
                                 or (cs > t.sentence(ts)[0] and pat.FEW_PEOPLE_FIRST.match(t.sh, t.clause(cs - 1)[0]))):
                # 个别班子成员今年因…未能参加; 个别班子成员因…任务繁重，未能参加…: those few
                scope = (t.text[few.start(1):few.end()], "part", False, [])
            if not scope[1] and neg[0] > ce and (few := pat.FEW_PEOPLE_FIRST.match(t.sh, t.clause(neg[0])[0])):
                scope = (t.text[few.start(1):few.end()], "part", False, [])  # 仅乡长…参加过…培训，其余班子成员尚未参加: the rest
            if (not scope[1] and neg[1] <= ce < t.sentence(ts)[1] and "覆盖" in t.sh[cs:ce]
                    and (heads := pat.LOWER_HEADS_NOT_YET.match(t.sh, ce + 1, t.clause(ce + 1)[1]))):
                # …脱产培训覆盖面不够，镇派出站所负责人尚未参加…: those heads, named after the coverage short
                scope = (t.text[heads.start(1):heads.end(1)], "part", False, [])
            if not scope[1] and (stations := pat.STATION_HEADS_FIRST.match(t.sh, t.clause(neg[0])[0])):
                # 目前述法主要在局主要负责人层面开展，各市场监管所所长尚未全面开展年终述法: those heads
                scope = (t.text[stations.start():stations.end()].strip(), "part", False, [])
            if not scope[1] and cs > t.sentence(ts)[0] and (lower := pat.LOWER_HEADS.match(t.sh, t.sentence(ts)[0])):
                # 社区（村）党组织书记述法目前仍处于试点阶段，述法的覆盖面…有待提升: the sentence's subject, the lower units' heads
                scope = (t.text[lower.start():lower.end()], "part", False, [])
            if not scope[1] and (lower := next((m for c0, c1 in self._clauses(cs, t.sentence(ts)[1] - 1)[1:]
                                                if (m := pat.LOWER_HEADS.match(t.sh, c0)) and "未" in t.sh[c0:c1]), None)):
                # 述法工作向村级延伸尚处于试点阶段，村党组织书记述法还未全面开展: the lower units' heads not yet
                scope = (t.text[lower.start():lower.end()], "part", False, [])
        if neg and scope[0] in self.own_level and (few := pat.FEW_PEOPLE_FIRST.match(t.sh, cs)):
            scope = (t.text[few.start(1):few.end()], "part", False, [])  # 街道其他班子成员年内未能…参加: those, not the street
        elif (neg and scope[0] in self.own_level and t.sh.startswith(scope[0], cs)
              and (charge := pat.IN_CHARGE.match(t.sh, cs + len(scope[0]), ts))):
            scope = (t.text[charge.start():charge.end()], "part", False, [])  # 街道分管执法工作的负责人今年未能参加: that one
        whole = scope[1] in ("", "whole") or scope[0] in self.own_level
        if neg and whole and (some := pat.SOME_COUNTED.search(t.sh, t.sentence(ts)[0], ce)
                              or pat.STILL_SOME_PEOPLE.search(t.sh, t.sentence(ts)[0], ce)):
            # 街道班子成员中有1名分管领导…未能参加; 另有2名班子成员因…未能参加: those
            scope = (t.text[some.start():some.end()], "part", False)
        elif neg and whole and (some := pat.SOME_PEOPLE_NOT.search(t.sh, t.sentence(ts)[0], ce)
                                or (neg[1] <= ce and pat.SOME_PEOPLE_NOT.search(t.sh, ce, t.sentence(ts)[1]))):
            # 2名班子成员未参加法治专题脱产培训; …覆盖面还不够，受…影响，有2名班子成员全年未能参加: those two
            scope = (t.text[some.start(1):some.end(1)], "part", False)
        if (not neg and whole and (counted := pat.COUNTED_PEOPLE.search(t.sh, cs, ts))
                and (pat.REST_FELL_SHORT.search(t.sh, ce, t.sentence(ts)[1]) or self._rest_next_fell_short(ts))):
            scope = (t.text[counted.start(1):counted.end(1)], "part", False)  # …4名班子成员参加了…。另有2名…未能参加: those 4
        if not neg and scope[1] in ("", "whole") and (untrained := next((m for m in pat.NOT_YET_TRAINED.finditer(t.sh, cs, ce)
                                                                   if m.start() < ts), None)  # the term may be the training they missed
                                                     or pat.THE_OTHERS_TRAINED.search(t.sh, cs, ce)):
            scope = (t.text[untrained.start():untrained.end()], "part", False, [])  # 组织尚未参训的班子成员参加…: those not yet
        elif not neg and not scope[1] and (charge := pat.IN_CHARGE.search(t.sh, cs, ts)) and pat.ORGANISED.search(t.sh, cs, charge.start()):
            scope = (t.text[charge.start():charge.end()], "part", False, [])  # 推动分管执法工作的班子成员参加…培训: those in charge
        elif not neg and scope[1] in ("", "unit") and (heads := pat.UNIT_HEADS.search(t.sh, cs, ts)):
            scope = (t.text[heads.start():heads.end()], "part", False, [])  # 推动执法大队负责人法治专题脱产培训全覆盖: those heads
        elif (not neg and not scope[1] and cs > t.sentence(ts)[0] and _level(ind) == "person"
              and pat.ORGANISED_FIRST.match(t.sh, (pcs := t.clause(cs - 1)[0])) and re.search(pat.SOME_WORDS, t.sh[pcs:cs])
              and (sent := tx.scope(t, pcs, cs - 1))[1] == "part"):
            scope = sent[:3]  # 组织9个乡镇主要负责人和部分县直部门主要负责人，分批参加…培训班: those sent
        elif not neg and not scope[1] and (members := pat.MEMBERS_COUNTED.match(t.sh, cs, ts)):
            scope = (t.text[members.start():members.end()], "part", False, [])  # 街道2名班子成员参加了…培训班: those two
        elif not neg and not scope[1] and _level(ind) == "person" and (members := pat.MEMBERS_ACTED_ON.search(t.sh, cs, ts)):
            scope = (t.text[members.start():members.end()], "part", False, [])  # 年内完成2名班子成员法治专题脱产培训补训: those two
        elif (not neg and not scope[1] and (some := pat.SOME_COUNTED.search(t.sh, te, t.sentence(ts)[1]))
              and not re.search(r"(?:仍|还|尚)有", some.group(0))):  # not …，但班子成员中尚有2名副职未参加: those short
            scope = (t.text[some.start():some.end()], "part", False, [])  # …培训班，全区36个…中有29个单位的负责人参加了培训: those
        county_level = pat.COUNTY_GOVERNMENTS.search(t.sh, t.sentence(ts)[0], ce)
        if (not neg and "全覆盖" in spec.near_any and self.higher is pat.HIGHER_THAN_CITY and county_level
                and not pat.TOWNS.search(t.sh, t.sentence(ts)[0], ce)):
            # a city's 实现市对区（县）督察全覆盖: the county level only, not every level of government
            scope = (t.text[county_level.start():county_level.end()], "part", False)
        if (scope[1] in ("", "whole") and self.higher is pat.HIGHER_THAN_CITY
                and (low := pat.LOWER_TWO_LEVELS.search(t.sh, t.clause(ts)[0], ts))):
            scope = (t.text[low.start():low.end()], "part", False)  # a city's 县乡两级…尚未全面建成: those levels'
        rest = pat.THE_REST_FIRST.match(t.sh, t.clause(neg[0])[0]) if neg else None
        if neg and neg[0] > ce and (scope[1] in ("", "whole") or rest):
            # …体系建设不平衡，乡镇（街道）…体系尚未全面建成: theirs; 12个乡镇中已有9个…，其余3个乡镇正在编制中: those 3
            counted_rest = pat.COUNTED_REST.match(t.sh, t.clause(neg[0])[0])
            later = tx.scope(t, counted_rest.end() if counted_rest else t.clause(neg[0])[0], neg[0])
            scope = later[:3] if later[1] == "part" else scope
        if neg and pat.EXTENDING_DOWN.fullmatch(t.sh, t.clause(neg[0])[0], neg[1]):
            scope = (t.text[neg[0]:neg[1]], "part", False)  # …基本完成，正在向各乡镇延伸: the towns', still to come
        elif neg and scope[1] in ("", "whole") and (short := pat.NOT_ALL_COVERED.match(t.sh, neg[0])):
            scope = (t.text[short.start():short.end()], "part", False)  # 脱产培训尚未实现全覆盖: some have not
        elif (neg and scope[1] in ("", "whole") and _level(ind) == "person"
              and (team := pat.TEAM_NOT_ALL_YET.search(t.sh, t.clause(neg[0])[0], neg[1] + 8))):
            scope = (t.text[team.start(1):team.end(1)], "part", False)  # 班子成员参加…脱产培训还未实现全覆盖: some of them
        elif neg and scope[1] in ("", "whole") and te <= neg[0] and (level := pat.AT_LEVEL_AFTER.fullmatch(t.sh, te, neg[0])):
            scope = (t.text[level.start(1):level.end(1)], "part", False)  # 标准体系在社区层面还未全面建成: that level's
        elif (neg and scope[1] in ("", "whole") and (down := pat.EXTENDED_DOWN.match(t.sh, te))
              and down.end() <= neg[0] and t.clause(neg[0])[0] <= te):
            scope = (t.text[down.start():down.end()], "part", False)  # 述法向村（社区）延伸尚处于试点阶段: the villages', piloted
        if (not neg and not requirement and scope[1] in ("", "whole")
                and pat.SOME_COUNTED_DONE.search(t.sh, te, t.sentence(ts)[1])):
            return None  # …向村（居）延伸，目前已有29个村（居）完成…: some of them done, no claim for the whole
        if (scope[1] in ("", "whole") and self.town
                and (asked := pat.STATION_HEADS_ASKED.search(t.sh, t.sentence(ts)[0], ts))):
            scope = (t.text[asked.start(1):asked.end(1)], "part", False)  # 乡党委还要求各站所负责人在年度述职中报告…: theirs
        if (not neg and scope[1] in ("", "whole") and self.town and (level := pat.OWN_LEVEL_BEFORE.search(t.sh, max(cs, ts - 3), ts))
                and pat.LOWER_GUIDED.search(t.sh, te, t.sentence(ts)[1])):
            scope = (t.text[level.start():level.end()], "part", False)  # 编制完成镇级…标准目录，并指导各村编制村级公开目录: the town's level
        if (not requirement and not t.heading(ts)[2] and scope[1] in ("", "whole")  # not 推动述法向村（社区）党组织书记延伸, a plan
                and (village := pat.TO_VILLAGE_SECRETARIES.search(t.sh, *t.sentence(ts)))):
            # 探索将述法向村（社区）党组织书记延伸，在部分村开展了试点: the village secretaries', piloted
            g = village.lastindex or 1
            scope = (t.text[village.start(g):village.end(g)], "part", False)
            if not neg and (pilot := pat.PILOTED.search(t.sh, *t.sentence(ts))):
                neg = (pilot.start(), pilot.end())
        if "全覆盖" in spec.near_any and pat.BOTH_COVERED.search(t.sh, *t.sentence(ts)):
            scope = ("", "", False)  # 对县区政府和市直部门督察全覆盖: all of both, whichever the indicator
        if neg and "全覆盖" in spec.near_any and "整改" in t.sh[neg[1]:t.clause(neg[0])[1]]:
            return None  # 乡镇法治督察发现的问题中有3个尚未整改到位: the problems found not put right, not the coverage
        if scope[1] == "part" and self._others_people(ind, scope[0], ts):
            scope = ("", "", False)  # 部分执法人员…培训未达到60学时，统一…办案系统尚在试运行: the people are the training's
        past = neg is not None and neg[0] >= t.sentence(ts)[1]  # the shortfall said in the sentence after: quoted too
        return self._make(ind, None, ts, te, negated=neg, requirement=requirement, baseline=False,
                          statement=True, scope=scope[:3], quote_lo=cs, quote_hi=t.clause(neg[0])[1] if past else ce)

    def _others_people(self, ind: Indicator, scope: str, ts: int) -> bool:
        """People named as the scope of a thing the government has (a system, a reform), only in an earlier
        clause about another indicator's matter: that clause's subject, not this one's."""
        if _level(ind) != "government" or not pat.PERSONS_END.search(scope) or self.other_terms is None:
            return False
        s, cs = self.t.sentence(ts)[0], self.t.clause(ts)[0]
        at = self.t.sh.find(scope, s, cs)
        return (at >= 0 and scope not in self.t.sh[cs:self.t.clause(ts)[1]]
                and self.other_terms.search(self.t.sh, at, self.t.clause(at)[1]) is not None)

    def _term_matches(self, spec: ExtractSpec, pattern: re.Pattern[str]) -> list[re.Match[str]]:
        """The terms, and the words naming the thing again (`again`) at a sentence's start whose sentence
        before, in its paragraph, names it (…纳入2021年度重大行政决策事项目录。目录经…研究确定后…向社会公布),
        or at a later clause's start after its items were counted (纳入…目录的事项共2项，即…，目录已在…公布)."""
        terms = [m for m in pattern.finditer(self.t.sh)  # not 纳入下一年度重大行政决策事项目录 in the body: next year's (a plan's is kept)
                 if not (pat.ANOTHER_YEARS.search(self.t.sh, max(0, m.start() - 2), m.start() + 2) and not self.t.heading(m.start())[2])]
        if not spec.again:
            return terms
        found = list(terms)
        t = self.t
        for m in tx.own_terms(spec.again).finditer(t.sh):
            s = t.sentence(m.start())[0]
            if any(f.start() <= m.start() < f.end() for f in found):
                continue
            if t.sh[s:m.start()].strip():
                c = t.clause(m.start())[0]
                if c > s and not self.department and not t.sh[c:m.start()].strip() and any(
                        s <= f.start() and f.end() <= c and pat.ITEMS_OF_IT.match(t.sh, f.end()) for f in terms):
                    # (not in a department's report: the catalogue its items are in is the government's)
                    found.append(m)  # …纳入…重大行政决策事项目录的事项共2项，即…，目录已在…向社会公布: its items counted, then it
                continue
            prev = tx.previous_sentence(t, s)
            if prev and pattern.search(t.sh, *prev):
                found.append(m)
        return sorted(found, key=lambda m: m.start())

    def _covers_other_units(self, spec: ExtractSpec, fig: Figure) -> bool:
        """A claim of the departments (near: 部门) whose clause names only towns or villages covered (对全县12个
        乡镇开展法治督察，实现全覆盖): the only 部门 near it is the inspectors' (由…有关部门业务骨干组成的督察组)."""
        s0, e0 = self.t.sentence(fig.value_start)
        sentence = pat.MADE_UP_OF.sub("", self.t.sh[s0:e0])
        sentence, sampled = pat.SAMPLED_DEPARTMENTS.subn("", sentence)  # …，并选取15个县直部门开展专项督察: a sample
        if ("部门" in spec.near and "全覆盖" in spec.near_any and self.t.sh.count("全覆盖", s0, e0) == 1
                and (towns := pat.TOWNS_COVERED.search(self.t.sh, s0, e0)) and "部门" not in towns.group(0)):
            return True  # 对6个苏木镇和19个旗直部门开展法治督察，实现对苏木镇法治督察全覆盖: the towns are what is covered
        return ("部门" in spec.near and "部门" not in sentence
                and (sampled > 0  # 实现对苏木镇法治督察全覆盖，并随机抽取12个旗直部门开展专项督察: only a sample of them
                     or (fig.scope_kind in ("part", "whole")
                         and bool(re.search(r"乡镇|街道|镇（街道）|乡（镇）|镇场|苏木|村|社区", fig.scope)))))

    def _some_missed_next(self, ind: Indicator, ts: int, te: int) -> Figure | None:
        """The sentence after a class held, in the same block, says some persons did not attend (…中有45人参加了
        培训，另有3名乡镇主要负责人因…未能参训): their shortfall (scope part) is what the claim comes to."""
        t = self.t
        e = t.sentence(ts)[1]
        if e >= len(t.sh) or t.doc.block_at(e) is not t.doc.block_at(ts):
            return None
        m = pat.SOME_MISSED_NEXT.match(t.sh, e, t.sentence(e + 1)[1])
        if m is None:
            return None
        return self._make(ind, None, ts, te, negated=(m.start(2), m.end(2)), requirement=False, baseline=False,
                          statement=True, scope=(t.text[m.start(1):m.end(1)], "part", False),
                          quote_lo=t.clause(ts)[0], quote_hi=t.clause(m.start(2))[1])

    def _head_missed_after(self, ind: Indicator, ts: int, te: int) -> Figure | None:
        """A later clause of the sentence says the head did not attend (…培训于11月举办，局主要负责人因参加…工作未能
        参训): the head's shortfall, whatever the class."""
        t = self.t
        for c0, c1 in self._clauses(t.clause(ts)[1] + 1, t.sentence(ts)[1] - 1):
            if m := pat.HEAD_MISSED.match(t.sh, c0, c1):
                return self._make(ind, None, ts, te, negated=(m.start(2), m.end(2)), requirement=False, baseline=False,
                                  statement=True, scope=(t.text[m.start(1):m.end(1)], "part", False),
                                  quote_lo=t.clause(ts)[0], quote_hi=c1)
        return None

    def _but_some_not(self, ind: Indicator, ts: int, te: int) -> Figure | None:
        """县直各部门主要负责人均报告了…，但仍有个别镇主要负责人述职中未报告…: done by the units named
        first, not by some others; the others' shortfall is a figure of its own (scope part)."""
        t = self.t
        ce, end = t.clause(ts)[1], t.sentence(ts)[1]
        m = None
        while ce < end and m is None:  # 基本建成，县级全部建成，乡镇一级正在推进: any later clause of the sentence
            m = pat.BUT_SOME_NOT.match(t.sh, ce + 1)
            ce = t.clause(ce + 1)[1]
        if not m or "整改" in t.sh[m.start():t.clause(m.start(2))[1]]:
            return None  # 发现问题58个，已整改52个，其余6个正在推进整改: the problems', not the units'
        neg = (m.start(2), m.end(2))
        if few := pat.FEW_NAMED.match(t.sh, m.start(1), m.start(2)):
            who = t.text[few.start():few.end()]  # 部分站所负责人由于…, 部分班子成员和站所负责人: those named, whole
        else:
            who = tx.scope(t, m.start(1), m.end(1) + 1)[0] or t.text[m.start(1):m.end(1)]
        return self._make(ind, None, ts, te, negated=neg, requirement=False, baseline=False, statement=True,
                          scope=(who, "part", False), quote_lo=t.clause(ts)[0],
                          quote_hi=t.clause(neg[0])[1])

    def _kept_after(self, ind: Indicator, lo: int, hi: int, asked_too: bool = False) -> re.Match | None:
        """A later clause in [lo, hi) denying the act it names or refers back to (未将罚没收入与经费挂钩,
        全年未发现此类问题): the rule kept. Unless `asked_too`, a denial asked for (要求…不得) is not one."""
        t = self.t
        heads = {w[:2] for w in ind.extract.terms} if ind.extract else set()  # 罚没: how the act's terms open
        return next((m for m in pat.KEPT_AFTER_RULE.finditer(t.sh, lo, hi)
                     if (any(h in m.group(0) for h in heads) or pat.REFERS_BACK.search(m.group(0)))
                     and (asked_too or not pat.ASKED.search(t.sh, t.clause(m.start())[0], m.end()))), None)

    def _denial(self, ind: Indicator, ts: int, te: int, cs: int, ce: int) -> Figure | None:
        """未下达罚没指标 is the prohibition kept (done); 严禁下达 the requirement; 仍存在下达 a shortfall.
        A plain mention (清理罚没指标) says neither and is not read."""
        t = self.t
        before = t.sh[cs:ts]
        scope = tx.scope(t, cs, ts)[:3]
        if rule := re.search(lx.PROHIBITED, before):
            scope = tx.scope(t, cs, cs + rule.start())[:3]  # 不得对各执法支队…下达: those it is asked of, not a part
            kept = self._kept_after(ind, ce, t.sentence(ts)[1])  # 严禁下达罚没指标，未将罚没收入与经费挂钩: the rule kept
            applied = ((pat.APPLIES_RULE.search(before, 0, rule.start()) and not t.heading(ts)[2])  # 严格落实不得下达…的规定: kept
                       or pat.NEVER_AND_RULE.search(before, 0, rule.start()))  # 没有也不允许对执法中队设定罚没任务: not done, and not allowed
            return self._make(ind, None, ts, te, negated=None, requirement=not (kept or applied), baseline=False,
                              statement=True, scope=scope, quote_lo=cs, quote_hi=t.clause(kept.start())[1] if kept else ce)
        denied = re.search(lx.DENIED, before)
        if denied:
            requirement = ((bool(pat.REQUIREMENT.search(before[:denied.start()])) and not pat.FULFILLED.search(before)
                            and not (pat.APPLIES_RULE.search(before) and not t.heading(ts)[2]))  # 明确要求并严格执行不向…下达: kept
                           or (before.startswith("杜绝", denied.start()) and before.endswith("坚决", 0, denied.start())
                               and not self._kept_after(ind, ce, t.sentence(ts)[1])))  # 坚决杜绝…下达: a resolve, unless kept after
            return self._make(ind, None, ts, te, negated=None, requirement=requirement, baseline=False,
                              statement=True, scope=scope, quote_lo=cs, quote_hi=ce)
        if asked := pat.CHECKED_WHETHER.search(before):
            # 对各执法单位是否存在下达…罚没指标问题进行全面排查，未发现此类问题: a check; what it found says
            found = self._kept_after(ind, ce, t.sentence(ts)[1], asked_too=True)
            checked = pat.UNITS_CHECKED.search(before, 0, asked.start())
            return None if found is None else self._make(
                ind, None, ts, te, negated=None, requirement=False, baseline=False, statement=True,
                scope=(checked.group(1), "whole", True) if checked else scope,  # the units checked, not the checker
                quote_lo=cs, quote_hi=t.clause(found.start())[1])
        still = re.search(lx.STILL_DONE, before)
        if still and not scope[1] and (item := self._item_scope(cs)):
            scope = item[:3]  # 四是少数部门依法行政意识不强，出现变相设定罚没任务的问题: those departments
        if still:
            return self._make(ind, None, ts, te, negated=(cs + still.start(), cs + still.end()), requirement=False,
                              baseline=False, statement=True, scope=scope, quote_lo=cs, quote_hi=ce)
        if re.match(lx.DENIED_AFTER, t.sh[te:ce]):  # 罚没指标一律取消，从未下达: the quotas abolished
            return self._make(ind, None, ts, te, negated=None, baseline=False, statement=True, scope=scope,
                              requirement=bool(pat.REQUIREMENT.search(before)) and not pat.FULFILLED.search(before),
                              quote_lo=cs, quote_hi=t.clause(ce + 1)[1])
        return None


def _said_twice(t: Text, figures: list[Figure]) -> list[Figure]:
    """A count said as all of N cases and again as the count in one sentence (镇长或分管副镇长在3件案件中均出庭应诉，
    出庭应诉3件): one fact, kept once."""
    def key(f: Figure) -> tuple[object, ...]:
        return (f.indicator, f.value, f.negated, f.requirement, f.bound, f.scope_kind, f.scope, t.sentence(f.value_start))
    groups: dict[tuple[object, ...], list[Figure]] = {}
    for f in figures:
        if f.value is not None and f.unit in lx.COUNT_UNITS:
            groups.setdefault(key(f), []).append(f)
    drop: set[int] = set()
    for same in groups.values():
        if len(same) > 1:
            said_as_all = [f for f in same if pat.CASES_THEN_ALL.match(t.sh, f.value_end)]
            drop.update(id(f) for f in (said_as_all[1:] if len(said_as_all) == len(same) else said_as_all))
            # 其中开庭审理2件，开庭审理的2件案件全部由局负责人出庭应诉: the count named again
            drop.update(id(f) for f in same[1:] if pat.HEARD_AGAIN.match(t.sh, t.clause(f.value_start)[0]))
            # …2件文件印发后即报送县人民政府备案审查，报送备案2件: the documents named again, then the count
            again = [f for f in same if pat.DOCUMENTS_AGAIN.match(t.sh, t.clause(f.value_start)[0])]
            if len(again) < len(same):
                drop.update(id(f) for f in again)
    return [f for f in figures if id(f) not in drop]


def find_figures(doc: Document, catalogue: Catalogue, report_year: int | None = None,
                 text: Text | None = None, government: str = "") -> tuple[Figure, ...]:
    """Every mention of every catalogue figure the document states, in text order. `government`
    (the report's): a town's or a street's report keeps the figures of the government above it
    apart (scope_kind `higher`)."""
    t = text or Text(doc)
    # a term that counts only beside its own words (term_near: 事项) does not stand for its indicator elsewhere
    common = {w for ind in catalogue.indicators if ind.extract for w, _ in ind.extract.term_near}
    terms = tuple(w for ind in catalogue.indicators if ind.extract for w in ind.extract.terms if w not in common)
    finder = _Finder(t, report_year, terms, government)
    figures: list[Figure] = []
    for ind in catalogue.indicators:
        if ind.extract is not None:
            found = finder.figures(ind)
            figures.extend(found + finder.said_met(ind, found) if ind.extract.met else found)
    figures = finder.summed(figures)
    figures = _said_twice(t, figures)
    for ind in catalogue.indicators:
        if ind.extract is not None and ind.extract.all_of:
            figures.extend(finder.all_of(ind, figures))
        if ind.extract is not None and ind.extract.one_of:
            figures.extend(finder.one_of(ind, figures))
    for ind in catalogue.indicators:
        if ind.extract is not None and ind.extract.derive:
            rates = finder.derived(ind, figures)
            # 制发6件，报送备案5件，另有1件…未能在规定时限内报送备案: the rate from the counts says the shortfall
            counted = {t.sentence(r.value_end - 1) for r in rates}
            figures = [f for f in figures if not (f.indicator == ind.id and f.value is None and f.negated and not f.requirement
                                                  and t.sentence(f.value_start) in counted and not finder.names_the_rate(f))]
            figures.extend(rates)
    return tuple(sorted(figures, key=lambda f: (f.start, f.value_start)))
