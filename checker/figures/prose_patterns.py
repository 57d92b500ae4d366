"""The compiled patterns of prose reading: sentence and clause marks, scopes, years, plans.

Words a report uses are in prose_lexicon.py; this module compiles them, with the patterns
that read the structure around a figure. prose.py holds the logic that applies them.
"""

from __future__ import annotations

import re

from . import prose_lexicon as lx
from .numerals import ARABIC, CHINESE, CN_BIG, PLACEHOLDER_RE


# --- Sentences, clauses, quotes and headings --------------------------------------------------

SENTENCE_END = "。！？；;!?\n"
CLAUSE_END = SENTENCE_END + "，,"
SENTENCE_MARK = re.compile(f"[{re.escape(SENTENCE_END)}]")  # finds them many times faster than a character loop
# not the comma of a thousands separator (执法人员1,086名)
CLAUSE_MARK = re.compile(f"[{re.escape(SENTENCE_END)}，]|(?<!\\d),|,(?!\\d{{3}}(?!\\d))")
MAX_QUOTE = 150
ASIDE = re.compile(r"[（(][^（）()\n]{1,30}[）)]")
ASIDES = re.compile(r"[（(][^（）()]*[）)]")
# 报备率、行政机关负责人出庭应诉率均保持在100%: rates listed with one value for all of them
RATES_LISTED = re.compile(r"(?:[、和及与][\u4e00-\u9fff]{1,16}?率)+均(?:保持在|保持|稳定在|为|达到|达)?\s*")
TITLE = re.compile(r"《[^《》\n]{0,80}》")
TITLE_TAIL = re.compile(r"(?:[（(][^（()）\n]{1,12}[）)])?[、，,]?(?=《)|[（(][^（()）\n]{1,12}[）)]")  # what a title's edition and the list's comma add
TITLED = re.compile(r"《[^《》]*》")
HEADING = re.compile(r"^\s*[一二三四五六七八九十]+、")
ANY_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[.．、](?!\d))")
# A paragraph opening on its item's title sentence (五是推进法治督察全覆盖。健全…): the title, said again below.
ITEM_OPENS = re.compile(r"^\s*[一二三四五六七八九十]是")
ANNEX = re.compile(r"^\s*附(?:表|件)\s*[\d一二三四五六七八九十]*\s*[：:]?\s*$")
PLAN_HEADING = re.compile(lx.PLAN_HEADING)
# A plan section headed by a line of its own with no numeral (2022年工作打算).
# A paragraph that opens the plans without a heading (2026年是…开局之年，街道将…围绕以下几个方面推进法治建设：)
# (not 要求 or 主要: 2021年，…与上级要求…相比，…主要表现在以下几个方面： opens the problems)
PLAN_LEAD_IN = re.compile(r"\s*(\d{4}年)(?:是|，|,)[^。；;]{0,80}?(?:将|(?<![主需重必])要(?!求)|拟)[^。；;]{0,60}?(?:以下|如下)(?:几个)?(?:方面|几点|重点工作|工作)[^。；;]{0,20}[：:]\s*$")
BARE_PLAN_HEADING = re.compile(r"(?:\d{4}年(?:度)?)?[\u4e00-\u9fff]{0,8}?(?:" + lx.PLAN_HEADING + r")[\u4e00-\u9fff]{0,4}[：:]?")

# --- Numbers, bounds and changes --------------------------------------------------------------

UNIT_RE = "|".join(re.escape(u) for u in sorted(lx.UNITS + ("个学时", "个课时"), key=len, reverse=True))  # 60个学时
AMOUNT = re.compile(
    rf"(?!(?<=[唯统逐同单万专])一)(?P<pct>百分之)?(?P<num>{ARABIC}|{PLACEHOLDER_RE}|{CHINESE})"
    rf"(?P<mult>[万亿](?![{''.join(CN_BIG)}]))?(?P<inside>余|多)?(?P<unit>{UNIT_RE}|成)?"
)
TENTHS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
NOT_TENTHS_AFTER = set("员立本果为效熟功绩交就长年都型品")
# the bound before the act (每季度至少举办1次), or before the one who asks for it (每年至少邀请专家为班子成员举办2期)
BOUND_VERB = re.compile(r"(不少于|不低于|至少|最少|不超过|最多|超过)(?:(?:邀请|组织|安排)[^，,。；;\d]{1,12}?)?(?:举办|开展|组织|召开|安排|完成|参加|接受|举行)$")
BOUND_THEN_VERB = re.compile(r"(不少于|不低于|至少|最少|不超过|最多)(?:组织|举办|开展|召开|安排|举行|参加|接受)[^，,。；;\d]{0,12}$")
BOUND_OF_BASE = re.compile(r"(不少于|不低于|不得低于|不得少于|高于|超过)[^，,。；;\d]{0,12}(?:总数|总人数|人数|执法人员)的?\s*$")
# A phrase that opens on its count (9项重大行政决策).
COUNT_OPENS = re.compile(r"\s*(?:\d+|[一二两三四五六七八九十百]+)\s*(?:项|件|个|次|期|份|场)")
POINTS = re.compile(r"(?:占|为|计|达)到?\s*(\d{1,3}(?:\.\d+)?)\s*分(?![钟之别类级])")
ZERO_RATE = re.compile(r"(?:为|是|均为|保持)?(零|0)(?![\d.%‰])")
EACH = re.compile(r"分别(?:为|是|达到|达|有)\s*")
RESPECTIVELY = re.compile(r"[，,；;]\s*(?:其中)?((?:[\u4e00-\u9fff]{2,12}[、和及与])+[\u4e00-\u9fff]{2,12})"
                           r"(?:的[\u4e00-\u9fff]{0,10})?分别(?:为|是|达到|达|占)")
EACH_TIME = re.compile(r"(?:各|分别)(?:举办|召开|开展|组织|安排)|各出庭|各(?=\s*(?:\d+|[一二两三四五六七八九十])\s*(?:件|次|期|场|项))|每(?:月|季度|半年)")  # 局长、分管副局长各1件
YEAR_TOTAL = re.compile(r"(?:全年|年内|共计|合计|累计)\s*(?:共)?")
FROM = re.compile(r"[由从]")
TO = re.compile(r"[到至]$|增至|升至|达到$")
CHANGE = re.compile(lx.CHANGE_BEFORE)
CHANGE_CLAUSE = re.compile(r"\s*(?:同比|较上年|比上年|较去年|比去年|环比)[^，,。；;]*$|\s*(?:同比|较上年|比上年|较去年|比去年|环比)[^，,。；;]*(?=[，,])")
COMPARISON = re.compile(lx.COMPARISON)
QUALIFIER = re.compile(lx.QUALIFIER)

# --- Years, periods and deadlines -------------------------------------------------------------

YEAR = re.compile(r"(?<![\d—\-–~至])(\d{4}|[〇零一二三四五六七八九○]{4}|[Xx]{2,4})\s*年(?!\s*[-—–~至])|去年|上年|上一年|今年|本年")
# The words for "in the year" that may open a clause.
YEARLY_THING = re.compile(r"(?:法治政府建设)?(?:情况)?(?:报告|目录|计划|工作要点|考核|述职)")  # 年度报告, 年度目录: a name with 年度 in it
IN_THE_YEAR = r"(?:年度内|全年|年内|本年度|年度|一年(?:里|来|中|内|下来)|当年|今年)"
# A clause stating the year's work done (全年举办培训班31期): a 确保 after it says what that work ensured.
DONE_IN_THE_YEAR = re.compile(IN_THE_YEAR + r"[^，,。；;]{0,6}?(?:共|累计)?(?:举办|开展|组织|召开|完成|培训|出台|制发)[^，,。；;]{0,30}?\d")
# A sentence opening on the work done with its count (组织全区1860名行政执法人员参加…培训).
OPENS_ON_DONE = re.compile(r"\s*(?:组织|举办|开展)[^，,。；;]{0,8}?\d[\d,]*\s*(?:名|人|期|场|次)")
WHEN_FIRST = re.compile(r"\s*" + IN_THE_YEAR + r"?(?:共|累计|合计)?")
OWN_YEAR = re.compile(r"全年|本年|今年|年内|当年")
OWN_YEAR_BEFORE = re.compile(r"\d{4}年")
COMPARED_YEAR = re.compile(r"(?:较|比|同比|相比|与|由)(?:\d{4}年度?|上年度?|去年|上一年)")
# The words between a compared year and the figure, naming only the figure (相比2019年出庭应诉率61.5%).
OF_THAT_YEAR = re.compile(r"度?(?:的)?(?:(?!提高|下降|上升|增长|减少|降低|提升|增加)[^，,。；;\d]){0,12}")
DATES_A_NUMBER = re.compile(r"度?(?:同期)?(?:的|为|是)?\s*[\d.]+\s*(?:%|％|件|项|次|期|个)")
CARRIED = re.compile(r"度?(?:结转|转结|未结)")
REVISION = re.compile(r"年?(?:修订|修正|版)")
# What a year before a term may name (2022年度…报告): a document, not an act.
DOCUMENT_WORD = re.compile(r"报告|目录|计划|要点|方案|清单")
NAMES_A_DOCUMENT = re.compile(r"度?[^，,。；;\d]{0,24}(?:报告|目录|计划|要点|方案|清单)")
# 2020年度区法治政府建设情况报告; 2022年度州政府…; 2024年度儋州市…; 上一年度即2020年度…
# (2022年区政府…目录已向社会公开: 2022 dates the act; a longer name needs 年度)
OBJECT_YEAR = re.compile(r"(?:上一?年度?即)?(?:(?:\d{4}|[〇零一二三四五六七八九]{4})年|上一?年)(?:度?的?[本全]?[区市县镇乡旗州]?"
                         r"|度的?(?:[本全]?[区市县镇乡旗州]|[\u4e00-\u9fff]{1,4}[区市县镇乡旗州])(?:人民)?政?府?)$")
THIS_YEARS_VALUE = re.compile(r"\s*(今年|本年|当年)(?:则|已)?(?:为|是|达到?|提高到|提高至|上升至|升至|提升至|下降至|降至)\s*(?=\d)")
NEXT_YEARS_VALUE = re.compile(r"[；;]\s*(\d{4}年)(?:度|全年)?(?:为|是|达到?|上升至|下降至|降至|升至|提高到|提高至)\s*(?=\d)")
SAME_PERIOD = re.compile(r"\s*(?:而|但)?(?:同期(全(?:省|市|区|县|国|州|旗|盟|地区)|[\u4e00-\u9fff]{1,6}?各(?:县|区|县市区|区县|县区|旗县)(?:平均)?)|([\u4e00-\u9fff]{2,6}?(?:省|自治区))同期)")  # 海南省同期…纠错率为13.8%
# The same period's figure of a government named after it (同期，县政府本级复议案件的纠错率为12.4%, in a town's
# report): the government above's, when the report's own is below it.
SAME_PERIOD_GOVERNMENT = re.compile(r"\s*(?:而|但)?同期[，,]\s*((?:省|市|州|盟|区|县|旗)(?:人民)?政府)(?:本级)?")
# A unit of the government above, compared in the same period (县政务服务中心同期好评率为99.9%, in a street's report).
UNIT_SAME_PERIOD = re.compile(r"\s*(?:而|但)?((?:县|区|市|州|旗)[\u4e00-\u9fff]{2,10}?(?:中心|局|委|办))同期")
# A term opening on 年度 inside another year's name (纳入下一年度重大行政决策事项目录, 上一年度…): that year's, not
# the report's.
ANOTHER_YEARS = re.compile(r"(?:下一|上一|[下上明去])年度")
PERIOD = re.compile(lx.PARTIAL_PERIOD)
# 下半年 names a part-year only opening the clause of a count (其中下半年受理98件); elsewhere it dates an act.
SECOND_HALF_OPENS = re.compile(r"\s*(?:其中[，,]?\s*)?(下半年)(?=[^，,。；;]{0,16}?\d)")
SEVERAL_YEARS = re.compile(lx.SEVERAL_YEARS)


# The date of a thing done, said after it (…工作体系已于2024年底建成, 于2023年6月上线运行).
def _dated_act(reach: int, verbs: str) -> re.Pattern[str]:
    """`于2024年…` after a thing, with one of `verbs` within `reach` characters after the date."""
    return re.compile(r"[^，,。；;\d]{0,8}?(?:已|已经)?于(\d{4}年)(?:\d{1,2}月(?:\d{1,2}日)?)?(?:底|末|初|中旬|上旬|下旬)?(?!前)"
                      rf"(?=[^，,。；;]{{0,{reach}}}?(?:{verbs}))")


DONE_WHEN = _dated_act(6, "建成|完成|上线|投入|运行|实现|公开|公布|印发|出台")
PUBLISHED_WHEN = _dated_act(24, "公开|公布|发布|挂网")  # 报告于2025年1月在区政府门户网站…向社会公开
DEADLINE = re.compile(r"(\d{4})年(?:\d{1,2}月)?(?:底|末)前")
UNYEARED_DEADLINE = re.compile(r"(?<![\d年])(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:底|末)前(?=[^，,。；;]{0,24}?(?:完成|建成|实现|公布|公开|出台))"
                               r"|(?<![\d年])年(?:底|末)前")  # 年底前…体系全面建成: the report's own year-end, past
# The thing being drafted (年度报告的起草审议工作): its drafting, not its publication.
DRAFTING = re.compile(r"的?(?:起草|撰写|编写)")
# The steps of making it (规范…年度报告的起草、审核和发布程序): the procedure, not the thing done or planned.
PROCEDURE_AFTER = re.compile(r"的?(?:起草|审核|审议|审定|发布|公开|报送|印发)(?:[、和及与](?:起草|审核|审议|审定|发布|公开|报送|印发))*等?(?:程序|流程)")
PREPARATION_ENDS = re.compile(r"准备工作\s*$")  # a sentence that ends on the preparations it made
# A clause naming fields of work (特别是在推进…改革、…等方面): what the next clause is about, no result.
# A clause naming only the topic the sentence goes on about (行政复议体制改革方面，…).
TOPIC_OPENS = re.compile(r"\s*[^，,。；;]{2,16}?方面")
IN_THE_FIELD = re.compile(r"\s*(?:特别是|尤其是)?在[^，,。；;]*?(?:等)?(?:方面|领域)\s*")
# Fields named as where to make a mark (明确在行政复议体制改革、…等方面培育特色亮点): an aim, not a result.
FIELDS_TO_MARK = re.compile(r"[^，,。；;]{0,6}?在[^，,。；;]*?等(?:方面|领域)(?:培育|打造|形成|探索|创建|争创)[^，,。；;]{0,8}?(?:特色|亮点|品牌|经验|示范)")
# A sentence assessing what was done (从试点情况看，…): no act of its own.
ASSESSED_FROM = re.compile(r"\s*(?:[一二三四五六七八九十]是)?从[^，,。；;]{0,10}?(?:情况|效果|实践|运行)(?:来)?看")
# A time after a thing was done (改革完成后, 运行以来): background, undated.
SINCE_DONE = re.compile(r"[^，,。；;]{0,4}?(?:完成|建成|实施|推开|运行|改革)(?:后|以来)")

# --- Plans, requirements, shortfalls and negations --------------------------------------------

REQUIREMENT = re.compile(lx.REQUIREMENT)
FULFILLED = re.compile(lx.FULFILLED)
ON_THE_BASIS = re.compile(r"在[^，,。；;]{2,30}?的?基础上|(?:依托|依靠|利用)(?:已经?|业已)(?:建成|建立|搭建|上线)的[^，,。；;]{2,30}(?=[，,。；;]|$)")
# 在…全覆盖的基础上, 依托已建成的…体系，深入推进…: said as the ground of another act
# A rule set up for the units below (建立…年度报告制度，要求各苏木镇、旗直各部门…): their act, not the government's.
RULE_FOR_OTHERS = re.compile(r"\s*(?:建立|建立健全|健全|制定|出台)[^，,。；;]{2,24}?制度[，,]\s*(?:要求|督促|指导)各")
# The thing named as what to make the most of (充分发挥行政执法协调监督工作体系作用): in use, not a plan for it.
PUT_TO_USE = re.compile(r"发挥[^，,。；;]{2,30}?(?:的)?(?:作用|效能|功能|优势)")
# How well a thing is used, said short (…系统在部分乡镇的应用还不够充分): not that it is missing.
USE_NOT_ENOUGH = re.compile(r"(?:应用|运用|使用)(?:率|水平|效果)?(?:还|仍|尚)?(?:不够|不足|不高|不充分)|使用[^，,。；;]{0,4}?不够熟练|上线时间不长|功能(?:开发|建设)?(?:还|仍|尚)?(?:不够|不足|不完善|不健全)"
                            r"|(?:应用|运用|使用)(?:效能|效益|效果|作用)(?:还|仍|尚)?(?:未能?|没有)(?:得到)?充分发挥")  # 系统的应用效能尚未充分发挥; 平台的数据分析、风险预警功能开发不够
PAIRED_SLOGAN = re.compile(r"“[^“”、，,]{2,6}、[^“”、，,]{2,6}”")  # “出庭一次、规范一片”
QUOTED = re.compile(r"“[^“”]{1,30}”")
# A clause opening another act in the same sentence (…，同时对区直各部门开展…).
ANOTHER_ACT = re.compile(r"\s*(?:同时|此外|另外)[，,]?")
# The clause after a target saying it was met (…不少于60学时的法律知识培训，经年底统计全部达标).
# The year's means, then what they ensured for all (通过集中轮训…等方式，确保每名执法人员…均不少于60学时;
# 采取集中轮训…等形式，确保每名执法人员…达到60学时以上): a result.
MEANS_THEN_ALL = re.compile(r"(?:通过|采取|采用|运用)[^。；;]{2,40}?(?:方式|形式|途径)[，,]\s*确保(?:[^，,。；;]{2,30}?均|(?:全[县市区镇乡旗州])?(?:每名|每位|每个)[^，,。；;\d]{2,30}?)(?:不少于|不低于|达到|超过|在)")
MET_AFTER = re.compile(r"[，,]\s*(?:经[^，,。；;]{0,10}?)?(?:全部|均已|均|全员|已全部)(?:达标|达到要求|完成)")
PLAN_OPENER = re.compile(r"\s*(?:[一二三四五六七八九十]是)?(?:下一步|下阶段|今后|明年|来年|新的一年)(?:[，,]|工作中|我们|我[区市县镇局]|将|要)")
AIM_AFTER = re.compile(r"\s*(?:并)?(?:力争|确保|争取|计划|目标是)(?:明年|下一年度?|来年|\d{4}年)?[^，,。；;\d]{0,6}?"
                        r"(?:达到|提高到|提升到|提高至|提升至|保持在?|稳定在|控制在|不低于|不少于)?(?=[^，,。；;]{0,3}\d)")
# A purpose clause (…，确保…达到5%以上): about the subject of the clause before.
PURPOSE = re.compile(r"\s*(?:确保|力争|保证|以确保|使其|使之|促使其)")  # …，使其…比例达到5%: the units the clause before names
# 述法 extended to the village secretaries (向村（社区）党组织书记延伸述法, 将述法向村党支部书记延伸): theirs, below the government
_SECRETARIES = r"((?:各)?(?:村（社区）|村\(社区\)|村（居）|嘎查村（社区）|嘎查村|村|社区)(?:党组织|党支部|党总支)书记)"
TO_VILLAGE_SECRETARIES = re.compile(r"向" + _SECRETARIES + r"延伸述法|述法(?:工作)?向" + _SECRETARIES + r"延伸|" + _SECRETARIES + r"述法试点")  # 开展村党组织书记述法试点
PILOTED = re.compile(r"(?:开展了?|进行了?|处于|仍处于|尚处于)试点(?:阶段)?")
NOT_ONE = re.compile(r"(?:没有|并无|均无|无|未有|未|不曾)(?:新)?(?:制发|出台|印发|制定|发布|作出|做出|发生|受理)?(?:过)?$")  # 没有一件, 没有制发一件: none
AMONG_FIELDS_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:[、和及与][^，,。；;]{1,16}?)?等(?:方面|领域)的?(?:经验|做法|典型)")  # …改革、…改革等方面的经验
ALL_TOGETHER = re.compile(r"(?:累计|共计|合计|总计)[\u4e00-\u9fff]{0,6}$")  # hours added up over everyone (more than a year could hold for one)…
EACH_ONES = re.compile(r"每名|每人|人均|每位|平均|最少|最低|均|各|个人")  # …unless each one's (每名执法人员全年累计参训64学时)
ADDED_UP = re.compile(r"累计|共计|总计")  # a total over a span
YEAR_ONLY = re.compile(r"\s*(?:全年|年内|本年度|今年)?\s*")  # nothing before a count but the year's name
PARTLY_DONE = re.compile(r"已(?:经)?完成")  # …数据对接已完成主体信息…推送，处罚数据的自动联通尚在调试之中: done in part
SO_THAT = re.compile(r"\s*使(?!用|命|其|之)")  # …，使…比例达到5%以上: the units the clause before names, if units
EVERY_ONE = re.compile(r"各|全部|所有|均|每")
UNITS_WORD = re.compile(r"部门|单位|乡镇|街道")
ABOVE_THE_RULE = re.compile(r"[^高超优]{0,3}?(?:高于|超过|优于)")  # …比例高于5%的标准: a value compared with the rule
RULE_AFTER = re.compile(r"^[”」]?的?[\u4e00-\u9fff]{0,4}?(?:(?<![按照依在])(?:要求|规定)|标准|目标)")  # not 2件已按规定报送: the manner of a done act
RULE_AFTER_NAMED = re.compile(r"[\u4e00-\u9fff]{2,8}?的(?:要求|标准|规定)")  # 不少于60学时法律知识培训的要求: the rule, with what it is of
# Units urged to reach a standard (督促县区局法制审核人员比例不低于5%): the standard, not a value.
# 组织市直部门和县（区）按时向社会公开年度…报告: the units' own publication, organised
ORGANISED_TO_PUBLISH = re.compile(r"\s*(?:[一二三四五六七八九十]是)?组织(?:各)?[^，,。；;]{1,16}?(?:按时|及时|统一)?(?:向社会)?(?:公开|公布)"
                                  r"|\s*(?:[一二三四五六七八九十]是)?牵头组织[^，,。；;]{1,30}?工作[，,]督促[^，,。；;]{0,12}?(?:公开|公布)")  # 牵头组织…开展…年度报告工作，督促按时向社会公开
URGED_TO = re.compile(r"督促(?!检查|整改|指导|落实)[^，,。；;的]{0,24}?(?:不低于|不少于|达到|提高到|提高至|提升到|提升至)?\s*$")
# A clause urging units, then the standard in the next (督促宜川县局等单位补齐…，比例达到5%以上).
CAUSES_NAMED = re.compile(r"\s*(?:[一二三四五六七八九十]是)?(?:(?:产生|出现|造成|形成)(?:上述|这些|以上|这些问题和)?(?:问题|不足|差距)的(?:主要|根本|深层次)?原因"
                          r"|(?:究其|分析其?|其)?(?:主要|根本|深层次)?原因(?:主要)?(?:是|在于))")  # 主要原因是年中新调入人员错过了…: why, said after the shortfall
DOCUMENTS_AGAIN = re.compile(r"\s*(?:上述|以上|这)?(?:\d+|[一二两三四五六七八九十]+)\s*[件份](?:行政)?(?:规范性)?文件")  # 2件文件印发后即报送…: those named again
DUTY_GIVEN = re.compile(r"\s*(?:[一二三四五六七八九十]是)?(?:明确|确定|指定)由[\u4e00-\u9fff]{1,12}?负责")  # 明确由党政办负责…: who is to do it
OURS_AGAINST_AVERAGE = re.compile(r"\s*(?:我|本)(?:县|区|市|旗|镇|乡|街道|局)[\u4e00-\u9fff]{0,6}?(?:略|明显)?(?:低于|高于|优于)(全(?:州|市|省|区|县|盟|国))(?:的)?平均(?:水平|值)")
HELPED_WITH = re.compile(r"\s*(?:[一二三四五六七八九十]是)?(?:协助|配合)")  # 协助县政府做好…: another's act
URGES = re.compile(r"\s*(?:[一二三四五六七八九十]是)?督促(?!检查|整改|落实|指导)")
TARGET_VERB = re.compile(r"(?:达到|不低于|不少于|提高到|提高至|提升到|提升至)\s*$")
# A rule applied (严格执行…不少于60学时的要求): kept, not a plan, outside a plan section.
APPLIES_RULE = re.compile(r"(?:严格|认真|全面|坚决)(?:执行|落实|贯彻)")
# The base of a share between a shortfall and its number (未达到执法人员总数的5%): the number is the target.
BASE_BETWEEN = re.compile(r"[^，,。；;\d]{0,12}?(?:总数|总人数|人数|执法人员|人员)的?\s*|\s*(?:规定|要求|年度|全年|每人每年)的?\s*")  # 未完成规定的60学时
# A rule stated as kept (不少于60学时的要求全面落实).
RULE_MET_BY_ALL = re.compile("要求" + lx.MET_BY_ALL)  # …培训要求在全县执法人员中全部落实
RULE_KEPT = re.compile(r"[^，,。；;\d]{0,5}?(?:要求|标准|规定)(?:得到|已经?|均已|均)?(?:全面|有效|切实|严格|全部)?(?:落实|执行|达到|完成|落地)(?![^，,。；;]{0,3}(?:不|未))"
                       r"|[^，,。；;\d]{0,12}?" + RULE_MET_BY_ALL.pattern)
COMPLIANCE = re.compile(r"(?:落实|按照|根据|对照|依照|按)[^，。；、]{0,12}?要求")
# A ratio to staff by (按照不少于…5%的比例配齐): a standard, not a value.
RATIO_TO_STAFF = re.compile(r"的?比例(?:配齐|配备|配足|充实|选配)")
THRESHOLD_COUNTED = re.compile(r"(?:的(?:单位|部门)?(?:有|共有|共|为|达)\s*\d+\s*个"
                               r"|[^，,。；;\d]{0,12}?的(?:人员|执法人员|人数)?(?:占|占比为?|比例为?)\s*\d+(?:\.\d+)?\s*[%％])")  # 完成60学时培训的占92%
# A method named in quotes (以“述法+考法+督法”为抓手): the name of a practice, not the act done.
SLOGAN = re.compile(r"以“[^“”]{1,24}”(?:为|作为)(?:抓手|载体|重点|主线|突破口|牵引|切入点)"
                    r"|“[^“”]{2,30}”的?(?:工作)?(?:闭环|机制|模式|链条|格局)")  # 健全“述职述法、督察督办、考核考评”工作闭环: a practice named
# A thing referred to as the standard followed (对照…标准目录, 依据…体系).
# What was followed (对照…标准目录, …的工作部署和年度述法评议意见): the words up to the term; close to it for any
# term, further off when what is held up is opinions (OPINIONS_AFTER).
REFERRED_TO = re.compile(r"(?:对照|参照|依照|依据)([^，,。；;]{0,30})$")
MADE_AFTER_REFERENCE = re.compile(r"(?:目录|体系|清单|标准)(?:编制|制定|梳理|建立|修订)(?:了|完成)?[\u4e00-\u9fff]{0,4}$")  # 对照县级标准目录编制镇级
OPINIONS_AFTER = re.compile(r"(?:评议|点评)?意见")  # 对照…的工作部署和年度述法评议意见: the opinions held up, not the act
# A plan document named by the thing it plans (改革方案, 建设实施方案).
PLAN_DOCUMENT = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:建设)?(?:实施|工作)?方案")
# An effort, not a result (持续推动…全覆盖).
ONLY_PUSHED = re.compile(r"(?:持续|继续|进一步|不断|积极)(?:推动|推进)[^，,。；;]{0,12}$")
# Words before a term that name no one else: the leadership with the cadres (为镇领导班子成员和全体干部举办法治专题讲座),
# the principal's authority (受镇长委托).
LEADERS_WITH_CADRES = re.compile(r"班子(?:成员)?(?:和|及|以及|、)(?:全体|全镇|全街道|机关)?干部(?:职工)?"
                                 r"|班子(?:成员)?(?:和|及|以及|、)[^，,。；;为]{0,12}?(?:和|及|以及|、)村（社区）(?:“两委”|两委)?(?:主要负责人|干部)"  # 为镇班子成员、站所负责人和村（社区）干部举办…讲座
                                 r"|受[\u4e00-\u9fff]{0,6}?(?:长|主任|书记|主要负责人|主要负责同志|主要领导)的?委托")  # 分管副镇长受镇长委托出庭应诉1件: a head still
# A count right after a phrase that says all of them (…并报送县政府备案2件, …备案，共报送12件).
COUNT_AFTER_ALL = re.compile(r"\s*(?:[，,]\s*(?:共(?:报送|报备)?(?:备案)?|(?:共|累计)?(?:报送备案|报备)(?:规范性)?(?:文件)?))?\s*(?:\d+|[一二两三四五六七八九十]+)\s*件")
# The term's own clause saying it is built (…基层政务公开标准体系已全面建成).
BUILT_HERE = re.compile(r"[^，,。；;]*?(?:已经|已)(?:全面|基本)?(?:建成|建立)[。；;]?$")
# The heads of a department's stations opening a clause (各市场监管所所长尚未全面开展年终述法): those heads.
STATION_HEADS_FIRST = re.compile(r"\s*(?:各|部分|个别)?[\u4e00-\u9fff]{1,8}?[所站](?:所|站)?长|\s*(?:但|而)?(?:各|部分|个别)?站所(?:主要)?负责人(?=述法)|\s*分管(?:领导|副[镇乡]长)(?:和|及|、)各?站所(?:主要)?负责人")  # 但站所负责人述法工作尚未全面开展; 分管领导和站所负责人尚未参加…培训
# The term's own clause says the act was done by those it names (…参加了…脱产培训).
DONE_BY_THOSE = re.compile(r"\s*([^，,。；;]*?)(?:参加了|已参加|均参加了|参训了)")
# The county's system said not to reach the report's own town (尚未延伸到本镇, 尚未在本镇投入使用): the town's shortfall.
TO_OWN_PLACE = re.compile(r"[，,]\s*(?:我|本)?(?:镇|乡|街道)[^，,。；;]{0,10}?(?:仍|还|依然)(?:以|采用|是|在用)纸质|(?:延伸|覆盖|推广|拓展|接入)(?:到|至)(?:本|我)(?:镇|乡|街道)|(?:延伸|覆盖|推广|拓展|接入)(?:到|至)各?(?:乡镇|镇街|乡镇（街道）)[，,]\s*(?:我|本)(?:镇|乡)|在(?:本|我)(?:镇|乡|街道)[^，,。；;]{0,10}?(?:投入|上线|运行|使用|应用|对接|部署)")  # 全县统一的…系统在我镇仅完成部分功能对接，尚未全面投入使用
# The heard cases named again at a clause's start (其中开庭审理2件，开庭审理的2件案件全部由…): the same count.
HEARD_AGAIN = re.compile(r"\s*(?:(?:开庭审理的|已开庭审理的|已开庭的|开庭的)\s*(?:\d+|[一二两三四五六七八九十]+)\s*件|(?:\d+|[一二两三四五六七八九十]+)\s*件(?:开庭审理|已开庭审理|开庭)的?(?:行政诉讼)?案件)")  # 5件开庭审理案件…均出庭应诉
# A list of some units ending in 等 (市场监管、生态环境、农业农村等部门): those named, not every one.
SOME_LISTED = re.compile(r"、[^、]*等(?:\d+个)?(?:部门|单位)$")
# The rule said as reached in the clause (达到法制审核人员占执法人员5%以上的要求): met, not set.
REACHED_RULE = re.compile(r"(?<!力争)(?<!确保)(?<!争取)(?<!努力)(?:已经?|均|全部|都)?达到[^，,。；;]{0,16}$")
# The whole of a place named before it (县政务服务中心整体好评率): all of it, not the bureau's window.
AS_A_WHOLE = re.compile(r"中心(?:全年)?(?:整体|总体)")
# The bureau's stations, each (确保各市场监管所法制审核人员…): those only, not the bureau.
EACH_STATION = re.compile(r"各(?:市场监管所|基层所|监管所)")
# The other cases, by another head, after one head's count (…，另1件由分管副镇长出庭应诉).
ANOTHER_BY_PERSON = re.compile(r"[，,]\s*另(\d+|[一二两三四五六七八九])件(?:案件)?由(?:[镇乡局区县市]政府)?(?:分管|常务)?副?(?:[镇乡区县市旗]长|局长|主任)(?:出庭应诉|出庭)")
PUSHED = re.compile(r"(?:推动|推进)[^，,。；;]{0,12}$")  # in a heading even bare: 五、…，推进法治督察全覆盖
# …制度，督促县直部门和乡镇…: what follows is theirs (not 推动, which may be its own act, as URGED_OTHERS allows)
OTHERS_URGED_TO_ACT = re.compile(r"\s*(?:并|同时)?(?:督促|指导|要求)(?!本|我)")
URGED_OTHERS = re.compile(r"\s*(?:并|同时)?(?:督促|指导|推动|要求)")  # a later clause of a plan urging others on
SPED_UP = re.compile(r"加快|抓紧|加紧|尽快")  # 加快…对接调试: a plan to finish the work, which names it
PUSHED_TO_BUILD = re.compile(r"推动(?:建立|健全|完善)[^，,。；;]{0,12}$")  # 推动建立…目录年度公开制度: an effort, unless a plan
SHORTFALL_RE = re.compile(lx.SHORTFALL_RE)
# 学时不足。 — not 不足5%: a shortfall word that ends its clause
SHORTFALL_AT_END = re.compile("(?:" + "|".join(map(re.escape, lx.SHORTFALL_AT_END)) + r")(?=\s*(?:[，,。；;！？!?\n]|$))")
# Shortfall words that say the thing is not there (尚未建成), not that it could be better (有待加强).
RULE_PER_YEAR = re.compile(r"每(?:人|名|位)?每?年(?:至少|不少于|不低于)")  # 正职负责人每年至少出庭应诉1次: a rule
PUT_INTO_AFTER = re.compile(r"[^，,。；;\d]{0,14}?(?:编入|纳入|列入|写入)(?!计划)")
SKILL_AFTER = re.compile(r"熟练|娴熟")  # 对…系统的操作还不够熟练: a skill short, not the thing
PART_HEADING = re.compile(r"\s*[一二三四五六七八九十]+、")  # 二、坚持依法决策…: a part, over its items
# The own level's part done (编制完成镇级政务公开事项标准目录), and the villages' named in a later sentence.
OWN_LEVEL_DONE = re.compile(r"(?:镇|乡|街道|苏木)(?:本级|级)")
LOWER_LEVEL_IN = re.compile(r"行政村|村级|各村|各嘎查|嘎查级|村（社区）")
LOWER_LEVEL_NEXT = re.compile(r"\s*(?:\d+个|[一二三四五六七八九十]+个)?(?:行政村|村级|各村|各嘎查|嘎查级|村（社区）|各村（社区）)"
                              r"|\s*(?:向|到)(?:各|全县|全区|全市|全旗)?(?:乡镇（街道）|镇（街道）|乡（镇）|乡镇|镇街|街镇|镇|乡|街道|苏木)(?:[^，,。；;]{0,4}?)(?:延伸|推广|拓展)")  # …已在8个部门上线运行，向各镇（街道）延伸部署仍在推进之中
THE_PLANNED = re.compile(r"(?:今年|本年度?|年初|原)计划(?:安排|开展|举办|组织|参加)?的")  # 今年计划安排的…培训: the thing planned, named
NONE_THAT_YEAR = re.compile(r"没有|无一|未发生|为零|为0")  # 2020年乡政府没有作为被申请人的复议案件: a count of none, that year's
NEVER_AND_RULE = re.compile(r"(?:没有|从未|从来没有|既没有|既未|未曾)\s*(?:也|，|、)\s*$")  # before 不允许/不得: done, and the rule kept
UNRELATED = re.compile(r"与[^，,。；;]{1,12}?(?:无关|没有关系|不相关)")
NEGATED_LATE = re.compile(r"(?:未|没有|不)$")  # before a shortfall phrase: 未超过规定时限 is within it
NOT_THERE = ("尚未", "仍未", "还未", "暂未", "至今未", "至今没有", "仍然没有", "未能", "未", "尚不", "还不能", "仍不能", "不够", "还不够", "仍不够", "仍在", "尚在", "还在", "仍处于", "尚处于", "仍处在", "尚处在", "普遍没有", "没有", "还没有", "没", "处于起步", "进度滞后", "正在按照", "正在根据", "正在依照") + lx.UNDONE
NOT_DONE = re.compile(r"未|没有|不")
# The heads of a department's own lower units (乡镇卫生院院长, 各站所负责人): some of its people, not all.
LOWER_UNIT_HEADS = r"(?:(?:各|下属|所属|直属|局属)?(?:(?![和及与])[\u4e00-\u9fff（）]){0,6}?(?:卫生院|医院|保健院|学校|站所|中心|所|站|事业单位|医疗卫生单位)|(?:局属|下属|所属|直属)(?:[\u4e00-\u9fff]{1,6}?[和及、])?(?:各|二级)?单位|(?<![和及、与])各单位)的?(?:主要)?(?:院长|校长|所长|站长|主任|负责人)"  # …作为局属单位负责人年度述职的重要内容: the bureau's units' heads
# The lower units' heads opening a clause that says they have not yet (镇派出站所负责人尚未参加…).
LOWER_HEADS_NOT_YET = re.compile(r"\s*((?:[镇乡局]|街道)?(?:派出|派驻|所属|下属|直属)?" + LOWER_UNIT_HEADS + r")[^，,。；;]{0,6}?(?:尚未|仍未|还未|未能|未|没有)")
# Its units listed before their heads (县人民医院、县疾病预防控制中心和各乡（镇）卫生院主要负责人).
LOWER_UNITS_LISTED = r"(?:(?:(?!要求)[\u4e00-\u9fff（）]){0,10}?(?:卫生院|医院|保健院|学校|站所|中心|所|站|事业单位|医疗卫生单位)[、和及与])*"
LOWER_HEADS_IN = re.compile(LOWER_UNITS_LISTED + LOWER_UNIT_HEADS)
LOWER_ASKED = re.compile(r"要求" + LOWER_UNITS_LISTED + LOWER_UNIT_HEADS)  # a bureau asking its own units' heads
TEAM_ASKED = re.compile(r"要求(?:班子其他成员|其他班子成员)")  # a government asking the rest of its team
TEAM_NAMED = re.compile(r"班子|[局委]长|主要负责|党组书记|[局委]领导")  # the bureau's own leaders named beside them
SOME_WORDS = r"部分|个别|少数|一些|有的"  # some of them, not the whole
BUT_NOT = re.compile(r"(?:但|而)(?:是)?(?:(?:仍|尚|还)?(?:未|没有)|(?!" + LOWER_UNIT_HEADS + r")(?:(?!" + SOME_WORDS + r")[^，,。；;\d]){0,14}?(?:尚未|仍未|未能|还未|" + "|".join(lx.UNDONE) + "))")  # 目录已经编制，但未在网站公开: the same thing, undone; 但街道层面的标准体系还在完善之中
# The titles of heads named in a list of persons (镇党委书记、镇长; 除镇长、分管副镇长外).
HEAD_TITLES = r"(?:书记|镇长|乡长|苏木达|局长|主任|区长|县长|市长)"
BUT_SOME_NOT = re.compile(r"\s*(?:但|而|不过)?(?:是)?(?:仍|还|尚|另)?(?:有)?(?:[^，,。；;、]{0,8}?|[^，,。；;]{0,12}?等)((?:个别|部分|少数)[\u4e00-\u9fff]{0,6}?|(?:\d+\s*(?:个|人|名)|[一二两三四五六七八九十]+(?:个|人|名))(?!正在|仍在|尚在|尚未|仍未|未|没有)[\u4e00-\u9fff]{1,6}?"
                           r"|(?:乡镇|街道|村|社区|镇|乡)(?:（街道）)?一级|(?:[\u4e00-\u9fff]{2,5}(?:区|县|市|镇|乡)、)+[\u4e00-\u9fff]{2,5}(?:区|县|市|镇|乡)"
                           r"|(?:[\u4e00-\u9fff]{2,8}、)*[\u4e00-\u9fff]{0,6}?" + HEAD_TITLES + r"(?=因)"  # 镇党委书记、镇长因…，未能参加; 乡长因承担…任务，未能参加
                           r"|(?:其他|其余)[\u4e00-\u9fff]{0,6}?(?:成员|负责人|领导|同志|副职)"  # 局主要负责人已参加…，但班子其他成员…尚未参加
                           r"|" + LOWER_UNIT_HEADS + ")"
                           r"(?:[^，,。；;]{0,16}?|(?:因|由于)[^，,。；;]{1,24}?[，,]\s*(?:今年|本年度|年内|全年|目前|至今)?)"  # 另有2名班子成员因承担防汛等任务，尚未参加 (个别…由于工作任务重，未能参加; …等原因，今年尚未参加)
                           r"(尚未|仍未|未能|未|没有|(?:正在|仍在|尚在)(?:进行)?[\u4e00-\u9fff]{0,4}?(?:推进|调试|建设|部署|对接|编制|制定))")
# The area a clause gives a rate of (2024年全县行政机关负责人出庭应诉率为100%), and a clause with a rate and no subject after it.
AREA_RATE_CLAUSE = re.compile(r"\s*(?:\d{4}年度?)?(全(?:县|市|区|州|省|旗|盟|地区))[^，,。；;]{0,30}?率(?:为|达到?|是)?\s*\d[\d.]*\s*[%％]\s*$")
BARE_RATE_CLAUSE = re.compile(r"\s*(?![^，,。；;]*?[镇乡县区市州旗局])[\u4e00-\u9fff]{2,14}?率(?:为|达到?|是)?\s*$")  # not 本镇政务服务好评率为…: its own
# A practice reaching down to the villages (述法向村级延伸, 述法工作向村（社区）延伸).
EXTENDED_DOWN = re.compile(r"(?:工作)?(?:向|到)(?:各)?(?:村级|村（社区）|村\(社区\)|村（居）|社区（村）|村|嘎查村|嘎查)[\u4e00-\u9fff]{0,4}?(?:延伸|拓展|覆盖)")
# A report rated by others (对乡长述法情况进行了民主测评): the one given is said elsewhere.
RATED_BEFORE = re.compile(r"对[\u4e00-\u9fff（）、]{1,12}?$")
RATED_AFTER = re.compile(r"(?:的)?情况(?:进行了?|开展了?)?(?:民主)?(?:测评|评议|点评|打分|评价)")
# Some of them named up to their last noun (部分班子成员和站所负责人, 个别功能区, 部分县（市、区）).
FEW_NAMED = re.compile(r"(?:个别|部分|少数)[^，,。；;]{0,14}(?<!（)(?:负责人|成员|干部|人员|同志|领导|副职|副[镇乡局区县市]长|部门|单位|乡镇|街道|站所|决定书|领域|功能区|县（市、区）|乡（镇）|镇（街道）|(?:村|社区)(?:（[\u4e00-\u9fff]{1,3}）)?)")
# Not everyone covered (脱产培训尚未实现全覆盖): some units or people have not.
TEAM_NOT_ALL_YET = re.compile(r"((?:领导)?班子成员)[^，,。；;]{0,20}?还未(?:实现|做到)?全覆盖")  # 班子成员参加…培训还未实现全覆盖
NOT_ALL_COVERED = re.compile(r"(?:尚未|仍未|未能|未|没有|还没有)(?:(?:实现|做到)?(?:全覆盖|全员覆盖|覆盖全部|覆盖所有)|全部(?:完成|参加|参训|轮训))")
CAUSE_FIRST = re.compile(r"\s*(?:因|受|由于)[^，,。；;]{1,14}?")  # 因疫情防控要求未能按计划举办: a cause, then the shortfall
OF_THE_BUREAU = re.compile(r"占全局")  # 占全局执法人员的82%: the share of the bureau named before
OWN_BUREAU = re.compile(r"(?:占|为)?[本我]局(?:作为执法单位|执法人员|本级|机关|(?=(?:自身)?(?:制发|印发|出台)|未成|未被|(?:作为)?被(?:告|申请人)))"  # in a 司法局's report, the bureau itself
                        r"|局务会|局长办公会")  # 局务会议会前学法9次: the bureau's own meeting, not the government's
# A city's lower two levels named together (县乡两级…体系尚未全面建成): those levels, not the city.
# A kind of people before the term (其中专职法制审核人员3名): who they are, not some of the units.
PEOPLE_KIND = re.compile(r"(?:专职|兼职|专门|专业|在编|持证)+")
# The heads of the government itself after 其中 (其中市政府负责人出庭应诉11件): its own cases.
OWN_HEADS = re.compile(r"其中[，,]?\s*(?:市|区|县|旗|州|盟|镇|乡)(?:人民)?政府(?:行政机关)?负责人")
LOWER_TWO_LEVELS = re.compile(r"(?:县乡|县镇|县区乡|县（市、区）乡（镇）|乡村|镇村)两级")
COUNTY_GOVERNMENTS = re.compile(r"区（县）|县（市、区）|县（区）|县（市）|县市区|县区|区县")  # a city's counties
SAME_THING = re.compile(r"\s*(?:目前|但|而|现)?(?:该|这一|此|上述)(?:项)?[\u4e00-\u9fff]{0,8}?(?:体系|系统|平台|改革|目录|制度)")
# The meeting a head reports at (在全县乡镇党政主要负责人年终述职中, 在全区…述法评议会上): where, not whose.
REPORT_VENUE = re.compile(r"在全[省市州区县旗][^，,。；;]{0,24}?(?:述职|述法)(?:述廉|述法|述职)?(?:评议)?(?:会议|大会|会)?(?:上|中)")
# A sentence opening on the government's own head, or on the rest of its team (乡党委书记、乡长在…述职会议上;
# 乡班子其他成员和各村党支部书记…述法): the first is the head's own act, the second is not.
HEAD_FIRST = re.compile(r"[^，,。；;]{0,12}?(?:党委书记|党组书记|党工委书记|[镇乡区县市旗局]长|主要负责人|主要负责同志|苏木达)")
REST_OF_TEAM_FIRST = re.compile(r"[\u4e00-\u9fff]{0,3}?(?:班子其他成员|其他班子成员|其他领导班子成员|班子其余成员)")
SENT_UP = re.compile(r"报送|呈报|上报|报请")  # sent to the government above, which is not making it public
# What the act is built on (学法档案…年终作为述职述法的重要依据, 学法情况…作为班子成员年度考核和述法评议的重要依据):
# a record kept for it, not the act.
BASIS_FOR = re.compile(r"(?:评议|评价|考评|考核)?(?:[和及与、][\u4e00-\u9fff]{1,8}?)?的(?:重要|主要)?(?:依据|参考|基础)")  # …述法和考核评议的重要依据
# The stations' heads asked to report (乡党委还要求各站所负责人在年度述职中报告…): theirs, not the government heads'.
STATION_HEADS_ASKED = re.compile(r"(?:要求|推行|争取)((?:分管(?:领导|副[镇乡]长)(?:和|及|、))?(?:镇属|乡属|镇直|乡直|镇机关|乡机关)?各?站所(?:的)?(?:主要)?负责人)")
# The cases of a kind named in the clause before (对涉及重大公共利益…的案件，负责人必须出庭): those cases only.
KIND_OF_CASES_BEFORE = re.compile(r"对((?:涉及)?[^，,。；;]{2,40}?的(?:行政诉讼|一审行政诉讼|行政复议)?案件)[，,]\s*(?:行政机关)?(?:[\u4e00-\u9fff]{0,4}?负责人)?$")
BECOMES = re.compile(r"(?:变成|变为|成为|当成|当作)$")  # …都变成一次依法行政的现场教学: a thing it becomes, not a count
# Members newly appointed (新提任的班子成员): some of the team, those new to it.
NEWLY_APPOINTED = re.compile(r"(?:新提任|新任职|新提拔|新调任|新任)的?(?:\d+\s*名)?(?:班子成员|领导班子成员|副(?:镇|乡|县|区|市)长|领导干部)")
# Squads named one after another (城区二中队、景区中队的…比例尚未达到5%): those squads.
SQUADS_NAMED = re.compile(r"(?:[\u4e00-\u9fff]{2,6}?(?:中队|大队)、)+[\u4e00-\u9fff]{2,6}?(?:中队|大队)(?=的)")
# The town's own level named before the thing (编制完成镇级…标准目录), the villages only guided to make theirs after it
# (并指导各村编制村级公开目录): done at that level only.
OWN_LEVEL_BEFORE = re.compile(r"(?:镇|乡|街道)级$")
LOWER_GUIDED = re.compile(r"(?:指导|督促|推动|帮助)各?(?:村|社区|村（社区）|村\(社区\))[^，,。；;]{0,10}?(?:编制|制定|建立|梳理)")
# What the work prepares for (为下一步实现复议决定书网上公开…创造条件): not yet done.
FOR_LATER = re.compile(r"\s*为(?:下一步|今后|后续|将来|下步|明年|全面)?[^，,。；;]{2,40}?(?:创造条件|奠定基础|打下基础|打好基础|做好准备|做准备|提供支撑|提供保障)")
# A thing made, then put into the act as its content (制定…职责清单，…，并纳入年度述职评议内容): the list, not the act.
INCLUDED_INTO = re.compile(r"\s*(?:并|同时)?(?:将其|把其)?(?:纳入|列入|作为)\s*(?:年度|年终)?")
AS_CONTENT = re.compile(r"(?:评议|考核|考评)?的?(?:重要)?(?:内容|事项|依据)")
MADE_FIRST = re.compile(r"\s*(?:[一二三四五六七八九十]是)?(?:研究)?(?:制定|建立|印发|出台|编制|完善|修订)")
CONTENT_OF = re.compile(r"(?:报告)?(?:的)?(?:内容|质效|质量|效果)")  # 述法内容, 述法报告的内容, 述法质效: what was said in it, how well
# A fault of what was said or of how well (报喜多、报忧少, 不够深入, 有待提升).
CONTENT_FAULT = re.compile(r"报喜|不够|不深|不实|空泛|有待|较少|偏少|针对性不强|重[\u4e00-\u9fff]{1,6}、轻")  # …重工作罗列、轻问题剖析
QUALITY_SHORT = re.compile(r"(?:还|仍|尚)?不够(?:具体|充分|深入|细致|精准|高|严谨|扎实)|公开工作(?:还|仍|尚)?不(?:够)?规范|公开工作(?:还|仍|尚)需加强|质量(?:还|仍|尚)?(?:不高|不够)|实效性(?:还|仍|尚)?(?:有待|不够|不强|不高)")
# In place a short time (办案系统上线时间较短，部分…操作还不够熟练，…功能尚未充分发挥): built; what follows is how well it is used.
YOUNG = re.compile(r"(?:上线|运行|投用|使用)(?:的)?时间(?:还|仍|尚)?(?:较短|不长)")
NOT_ENOUGH = ("不够", "还不够", "仍不够", "尚不")  # falls short in degree: of what, the words before say
OTHER_ASPECT = re.compile(r"释法说理|说理|整改|质量|结果运用"  # …决定书释法说理还不够充分: another aspect of the thing
                          r"|与[^，,。；;]{1,12}?(?:之间)?的?数据(?:共享|交换|对接)")  # 系统与部分业务系统之间的数据共享还不够顺畅: its links to others
BEHIND_THE_RULE = re.compile(r"(?:滞后于|未达到|没有达到|低于|不符合)[^，,。；;]{0,10}要求|(?:距离|距|与)[^，,。；;]{0,12}要求(?:相比)?[^，,。；;]{0,2}(?:还有|仍有|尚有|存在)差距"
                             r"|要求(?:今年|本年|年内|当年)?(?:尚|仍|还)?(?:未能|未|没有)(?:得到)?(?:落实|完成|实现)")  # …培训的要求今年未能落实: the rule missed
THE_REST_FIRST = re.compile(r"\s*(?:其余|其他|剩余|余下|村级|村（社区）级?|社区级|各社区|各村（社区）|各村(?![民干]))")  # …，其余领域仍在编制中; 镇级目录已编制完成…，村级目录仍在编制中: the rest of it, not done
COUNTED_REST = re.compile(r"\s*(?:其余|其他|剩余|余下)(?=\s?[\d一二两三四五六七八九十])")  # 其余3个乡镇: the rest, counted
# The thing named again after a time (截至年底目录仍未…): the next clause is about it.
TIME_AND_THING = re.compile(r"\s*(?:截至|截止到?|到)?(?:年底|年末|目前|当前|\d{1,2}月底)?\s*(?:该|此|这一)?(?:目录|体系|系统|平台|报告|制度|决定书)(?:也|都|均)?(?:至今|目前|到目前|迄今)?\s*"
                            r"|\s*(?:截至|截止到?|至|到)(?:年底|年末|目前|当前|\d{1,2}月底)\s*")  # …起步晚，截至目前仍未向社会公开
ACT_TIME = re.compile(r"\s*(?:但是?|而|只是)?(?:公开|公布|发布|完成|建成|报送)(?:的)?(?:时间|日期)|\s*(?:比|较)(?:规定|要求)的?(?:\d{1,2}月(?:底|末|\d{1,2}日)?(?:前|之前)?(?:公开|公布)?的?)?(?:时间|时限|期限)?(?:有所)?")  # 公开时间晚于规定时限, 比规定的时间有所滞后, 较规定的3月底前公开时限有所延迟: when the act was done
LATE = re.compile(r"晚于|偏晚|滞后于|有所滞后|超过了?规定的?时限|超出了?规定的?时限|未按时|未能按时|未在规定")  # done, but late
# A thing's progress stated as a rate (数据对接完成率达到80%): under 100 it is not done.
STATE_RATE = re.compile(r"\s*(?:完成|联通|接入|对接|上线|覆盖)(?:率|比例)(?:达到|达|为|仅为|只有)?\s*(\d{1,3}(?:\.\d+)?)\s*[%％]")
# A coverage stated as a rate (覆盖率达到80%): under 100 it is not full coverage.
COVERAGE_RATE = re.compile(r"覆盖(?:率|面)(?:达到|达|为|仅为|只有)?(?:约|近|仅|只有)?\s*(\d{1,3}(?:\.\d+)?)\s*[%％]")
# The words between a target's number and its shortfall that name the standard (60学时培训落实不到位).
STANDARD_NAMED = re.compile(r"\s*(?:学时|课时|%|％)?的?(?:法律知识)?(?:培训|轮训|比例|配备)?(?:任务|要求|标准)?(?:落实|完成)?(?:尚|仍|还)?")
TARGET_MET = re.compile(r"目标(?:任务)?(?:已经?|均已)?(?:全面|如期|顺利|全部)?(?:实现|完成|达成)(?![^，,。；;]{0,2}前)|(?:实现|完成|达成)了?[^，,。；;]{0,30}?的?(?:阶段性)?目标")  # …目标全面实现; 实现…全覆盖的阶段性目标
TARGET_MISSED = re.compile(r"目标(?:任务)?(?:尚|仍|还)?(?:未能|未|没有)|的要求(?:本年度?|今年|年内|当年)?(?:尚|仍|还)?(?:未能|未|没有)(?:落实|完成|实现)")  # …脱产培训的要求本年度未能落实
UNSTAFFED = re.compile(r"(?:(?:尚未|仍未|还未|未能|未|没有)(?:配备|配齐|设立|设置)|(?:至今|目前|仍然?|还)没有)(?:专门|专职|兼职|专兼职)?(?:或者?(?:专门|专职|兼职))?的?$")  # 尚未配备专职或兼职法制审核人员, 至今没有专职法制审核人员
UNDERSTAFFED = re.compile(r"\s*(?:暂未|尚未|仍未|还未|未能)(?:配足|配齐|配备到位|配备齐全)")  # 法制审核人员暂未配足
# The act denied after a prohibition (严禁…，未将罚没收入与经费挂钩): the rule kept. The term's
# own words must follow (see _denial).
KEPT_AFTER_RULE = re.compile(r"(?:未发现|未发生|未出现|没有|不存在|未将|杜绝|未(?:设定|设置|安排|制定|分解|下发)|无(?=此类|该类|类似|这类|违规))[^。；;]{0,30}")  # 全年无此类情形
# What a kept rule refers back to (全年未发生此类情况): the act the rule names.
REFERS_BACK = re.compile(r"此类|该类|类似|上述|这类|违规(?:情形|情况|行为|问题)")  # 经费与罚没收入彻底脱钩
ASKED = re.compile(r"要求|确保|必须|应当|力争|推动|推进|督促|一律")  # 要求罚没收入与经费脱钩: asked for, not kept
FELL_SHORT = re.compile(r"[^，,。；;]{0,16}(?:未|没有|尚未|不足)|[^，,。；;]{0,4}(?:因|由于)[^。；;]{0,30}?(?:未|没有|尚未|不足)")  # …3名执法人员因入职较晚，…未满60学时
NOT_MET_UNITS = re.compile(r"(?:未达标|配备不足|不足|未达到要求)的?(?:\d+个)?(?:执法)?(?:部门|单位)")  # 推动…配备不足的部门…达到5%以上: those
# The thing named, then its link to another system (…系统与省“互联网+监管”平台的数据对接…).
NOT_LIVE = re.compile(r"\s*((?:目前|当前)?(?:尚未|仍未|还未|未能)(?:正式|全面)?(?:上线|投入使用|投入运行|运行))")  # …，尚未正式上线运行: not running
LINKED_TO_ANOTHER = re.compile(r"[^，,。；;]{0,4}?与[^，,。；;]{1,24}?(?:平台|系统)[^，,。；;]{0,8}?(?:数据)?(?:对接|联通|互联互通|贯通|共享)")
NOT_IN_COURT = re.compile(r"(?:未能|未|没有|没能)(?:由[^，,。；;]{1,10}?)?(?:亲自)?出庭|由(?:委托)?(?:代理)?(?:律师|代理人|工作人员)(?:单独)?出庭|仅由[^，,。；;]{1,8}出庭")  # 负责人因…未能出庭应诉; 有1件开庭案件由律师单独出庭
# A count of what did not happen (仍有1件未能出庭).
NOT_HAPPENED = re.compile(r"\s*(?:未能|未|没有|尚未|仍未)")
# The cases the act was missing in, counted after the term (对已开庭但负责人未出庭的1件案件): not the term's count.
MISSED_ONES = re.compile(r"(?:未能|未|没有)(?:亲自)?出庭[^，,。；;\d]{0,4}的\s*$")
KIT = re.compile(r"车辆|装备|设备|经费|场所|办公用房")  # a later clause on the means of the work, not its people
RATE_WORDS = ("比例", "占比", "比率", "配比", "配备", "配齐", "权重", "分值", "%", "率")  # what a rate's no-value shortfall is about

# --- Clause structure: what a clause goes on about, and whose part it is ----------------------

# A clause that goes on about the previous clause's subject, without a subject of its own.
CONTINUES = re.compile(r"\s*(?:确保|力争|保证|做到)?(?:\d{4}年度?)?" + IN_THE_YEAR + r"?(?:全[市县区镇旗州](?=比例|比率|占比)|(?:法律知识|业务知识)?培训(?=每人|人均))?(?:全部|全员|均|都|已|占|达到?|为|仅为?|只有|完成|人均|不少于|不低于|至少|超过|平均|参训人员|每人|每名|人人|共|累计|合计|比例|比率|开展|举办"
                        r"|(?:下降|降低|减少|上升|提高|提升|增长|增加|[降升增减])[至到]"  # 同比下降3.2个百分点，降至4.1%
                        r"|(?:其中)?\d+\s*(?:人|名)(?=完成|参加|达到)"
                        r"|与[\u4e00-\u9fff]{1,10}?(?:的|之)?(?:配比|比例|之比)"  # 法制审核人员2名，与执法人员的配比为8.7%
                        r"|在[\u4e00-\u9fff]{2,10}?中的?(?:占比|比例|比重)"  # 法制审核人员10人，在执法人员中的占比为5.4%
                        r"|(?:培训)?学时最[少低]的[也都]|最[少低]的[\u4e00-\u9fff]{0,6}?[也都]"  # …培训学时全部达标，(学时)最少的也达到64学时: the least of the same people
                        r"|(?:法律知识|业务知识|法律法规)?培训(?:学时|时长)?(?:未满|不足|未达到?|没有达到))")  # …3名执法人员因…，全年法律知识培训未满60学时
SHARE_WITHIN = re.compile(r"中的?(?:占比|比例|比重)")  # 在执法人员中的占比为5.4%: the base of a share, named before it
BASE_OF_A_RATIO = re.compile(r"(?:总数|总人数|人数)?(?:的|之)?(?:配比|比例|之比)")  # …与执法人员的配比为8.7%: the base a ratio is taken of
# A sum said right before the amount (累计培训1200学时, 共计达到6.5万学时), and the words that make it per head.
SUMMED_IN_CLAUSE = re.compile(r"(?:累计|共计|总计|合计)[^，,。；;\d]{0,12}$")  # 全年累计完成法律知识培训580学时
SUMMED_BEFORE = re.compile(r"(?:累计|共计|总计|合计)(?:培训|完成|参训|学习|达到?)*\s*$")
PER_HEAD_WORD = re.compile(r"人均|每人|每名|平均|人年均")
SESSIONS_COUNTED = re.compile(r"\d+\s*(?:期|场|次|班|批|人次)")
PER_HEAD = re.compile(r"\s*(?:确保|力争|保证|做到)?" + IN_THE_YEAR + r"?(?:其中[^，,。；;\d]{0,8}?)?(?:人均|平均每人|每人|每名)")
AVERAGE_LATER = re.compile(r"\s*[^，,。；;\d]{0,12}?(?:平均|人均)")
# A bureau's own squads as a group (各执法大队, 所属各中队): parts of one enforcement unit.
SQUADS = re.compile(r"(?:各|所属各?)(?:综合)?(?:行政)?(?:执法)?(?:大队|中队|支队)")
# Fields listed right before the term (市场监管、生态环境等领域一线执法力量): those fields only.
FIELDS_LISTED = re.compile(r"(?:[\u4e00-\u9fff]{2,8}、)+[\u4e00-\u9fff]{2,8}?等(?:\d+个)?(?:重点)?领域\s*$")
# Some fields' enforcement data as the subject (路政、运政执法检查数据已与省级…平台联通): those fields only.
_DATA_FIELD = r"(?:路政|运政|水路|公路|港航|海事|渔政|林政|草原|矿产|食品|药品|特种设备|计量|价格)"
FIELDS_DATA = re.compile(r"(?:^\s*|(?:实现|推动|推进|完成|确保))((?:" + _DATA_FIELD + r"、)*" + _DATA_FIELD + r"(?:执法)?(?:检查|办案|监管)?数据)")
# A requirement's number then its completion at 100 % (60学时培训完成率达到100%): everyone reached it.
ALL_COMPLETED = re.compile(r"(?:的)?[\u4e00-\u9fff]{0,8}?(?:培训|学习)(?:任务)?(?:完成率|达标率|合格率)(?:达到|为|达)?\s*(?:100(?:\.0+)?\s*[%％]|百分之百)")
# The least of them reaching a number (培训学时最少的执法人员也达到了62学时): everyone, at least that.
LEAST_ONE = re.compile(r"最(?:少|低)的[\u4e00-\u9fff]{0,8}?(?:也|都)?(?:达到了?|有|为)\s*$")
# 没有一名执法人员年度培训低于60学时: nobody below the number is everyone at it or more
NOBODY_BELOW = re.compile(r"(?:没有|无)(?:任何)?一(?:名|人|个)[\u4e00-\u9fff]{0,16}(?:低于|少于)$")
# The most of them reaching a number (学时最多的一名队员达到78学时): one person's, no figure of the whole.
MOST_ONE = re.compile(r"最(?:多|高|长)的[\u4e00-\u9fff]{0,8}?(?:也)?(?:达到了?|有|为|达)\s*$")
# A number named as the floor (把60学时作为…培训的底线要求), or a rule met by all (60学时的…培训要求在全县执法人员中全部落实).
FLOOR_AFTER = re.compile(r"[^，,。；;]{0,30}?(?:底线|最低)(?:要求|标准)|\s*(?:为|作为)底线|[^，,。；;]{0,24}?" + RULE_MET_BY_ALL.pattern)
AVERAGE_NEXT = re.compile(r"\s*(?:人均|平均每人|平均)(?:达到|为|完成|参训|培训)?")  # …60学时以上，人均达到62学时
EVERY_AFTER = re.compile(r"\s*(?:且|并且|并)?(?:每人|每名[\u4e00-\u9fff]{0,6}?|全部|全员|均)(?:均|都)?(?:达到|超过|在)?(?=[^，,。；;]{0,4}\d)")
# A clause naming the act, then all of the term's people (执法人员1385名，法律知识培训均不低于60学时).
# (…执法人员中，年度法律知识培训学时无一低于60学时): none of them below it.
ACT_THEN_ALL = re.compile(r"\s*(?:([^，,。；;\d]{1,8}?)(?:均|全部|都)(?:已经?)?(?:不低于|不少于|达到|超过|完成|在)|([^，,。；;\d]{1,12}?)无一人?(?:低于|少于))")
# A clause opening with a count of the term's people covers only them (1152人完成60学时培训).
SUBSET = re.compile(r"\s*((?:其中)?\d+\s*(?:人|名))(?=完成|参加|达到)")
SUBSET_WORD = re.compile(r"(?:其中)?(?:部分|个别|少数|多数|大部分|仍有|未(?:参训|参加|完成|达标))")
MEMBERS_COUNTED = re.compile(r"\s*(?:街道|镇|乡|局|[县区市]政府)?(?:\d+|[一二两三四五六七八九])名(?:领导)?班子成员")  # 街道2名班子成员参加了…: those, not all
A_PERSON = re.compile(r"[\u4e00-\u9fff]{0,12}?(?:[局镇乡区县市旗]长|苏木达|主任|负责人|负责同志|领导|书记)")  # 分管副局长: one person named
EACH_SEPARATELY = re.compile(r"[和与及、][^，,。；;]{1,12}?(分别|各)(?:出庭应诉|出庭)[^，,。；;\d]{0,4}$")  # A和B分别出庭应诉1件, A、B各出庭应诉1件: each one's count
BREAKDOWN = re.compile(r"[（(]其中[^（）()]*$")
NARROWER = re.compile(r"\s*(?:其中|但|而|只有|仅有)")
OPENS_ON_AMONG = re.compile(r"\s*其中[，,]")  # a sentence breaking down the one before
AMONG_THOSE_CASES = re.compile(r"\s*(?:上述|以上|前述|这)(?:\d+|[一二两三四五六七八九十]+)?\s*件?[\u4e00-\u9fff]{0,8}?案件中[，,]\s*")  # 上述5件开庭案件中，…: among the cases counted before
# A clause saying all of the count before it (…9件，均报送备案; …2件，法院均开庭审理), and a negation in it.
ALL_OF_THEM = re.compile(r"\s*(?:[\u4e00-\u9fff][\u4e00-\u9fff、]{0,19}?)?(?:均|全部|都|全数)")  # 镇长或分管副镇长均…, 局主要负责人和分管负责人均…, 局长、分管副局长均…
_CASES_AGAIN = r"(?:行政诉讼)?案件(?:庭审中|开庭时|中)?"  # the cases named again, at their hearing or among them
SAME_COUNT_AGAIN = re.compile(r"\s*(?:开庭审理的|已开庭审理的|已开庭的|开庭的)?(\d+|[一二两三四五六七八九十]+)\s*[件起宗](?:(?:开庭审理的?|已开庭的?|开庭的?)?" + _CASES_AGAIN + r"|(?=均|全部|都))")  # 22件开庭审理案件…, 开庭审理的9件案件均由…, 3件均由…, 3件案件庭审中，…均…: the count said again
THOSE_CASES = re.compile(r"\s*(?:(?:上述|以上|前述|这些?|该)(?:(\d+|[一二两三四五六七八九十]+)\s*[件起])?(?:行政诉讼)?案件|(?=(?:该|此)案(?!件))"
                         r"|(?:上述|以上|这)?(\d+|[两二三四五六七八九十])案(?![件例卷由]))")  # 上述案件, 这4件案件, 两案: the cases just counted
SAME_CASES_NEXT = re.compile(r"\s*(\d+|[一二两三四五六七八九十]+)\s*[件起](?:开庭审理的?|已开庭的?|开庭)?" + _CASES_AGAIN + r"(?:[，,](?=[^，,。；;]{0,12}?(?:均|全部|都)(?:已|亲自)?(?:出庭|到庭))|(?=均|全部|都))")  # …3件，均已开庭审理。3件案件均由…负责人出庭应诉 (4件案件，行政机关负责人均出庭应诉; 3件案件庭审中，…均出庭应诉): the same cases, said again
CASES_THEN_ALL = re.compile(r"(?:[件起宗])?(?:行政诉讼)?案件中?均")  # 在3件案件中均出庭应诉: all of those cases
PARTS_OPEN = re.compile(r"\s*其中")  # …3件，其中林地权属争议1件、宅基地使用1件…: the count broken down
WHAT_THEY_ARE = re.compile(r"\s*(?:案由|案件类型)?(?:均为|全部为|主要为|多为|都是|均系|均属|均涉及|分别涉及|分别为|分别是|主要涉及|涉及|均因)")  # …2件，均为宅基地审批纠纷, 案由主要涉及征收补偿, 均因土地征收补偿引发: their kind
# The one case told, then its hearing with no count (…1件，系某企业不服…，法院依法开庭审理): that case.
ONE_NAMED_THE_REST_NOT = re.compile(r"其中[，,]?\s*(?P<doc>《[^《》。]{2,60}》)[^，,。；;《]{0,12}?(?P<act>报送[^，,。；;]{0,12}?备案|报[^，,。；;]{0,12}?备案)(?:[，,]\s*另(?P<rest>\d)件|[；;，,]\s*(?P<other>《[^《》。]{2,60}》))[^。；;]{0,40}?(?:未|没有)")  # 其中，《…》已报送县司法局备案，另1件…未及时报送备案; 其中《…》已…报旗司法局备案；《…》因…尚未报送备案
THE_DOCUMENT_NEXT = re.compile(r"\s*(?:该|此|上述|这)(?:1件|一件)?(?:规范性文件|文件|件)")  # …1件。该文件已按规定报县政府备案
WHAT_IT_IS = re.compile(r"\s*(?:(?:该案|此案|该案件)(?=系|是|为|属))?(?:系|是|为|属|涉及)")  # 该案系…引发: what it was
# Already done, perhaps on a date (已于10月, 并已): the act said done in the clause it opens.
ALREADY_ON = r"(?:已经?|并已)(?:于\d{1,2}月(?:\d{1,2}日|[上中下]旬)?)?"
THE_ONE = re.compile(r"\s*(?:(?:该案|此案)(?:已经?)?(?:于\d{1,2}月(?:\d{1,2}日)?)?(?!在)|案件(?:已经?(?:于\d{1,2}月(?:\d{1,2}日|[上中下]旬)?)?|于\d{1,2}月(?:\d{1,2}日|[上中下]旬)?)?(?=开庭)|(?:" + ALREADY_ON + r"|于\d{1,2}月(?:\d{1,2}日|[上中下]旬)?)(?=开庭|进入庭审)|(?:该案|此案|案件)?(?:经)?(?:[\u4e00-\u9fff]{1,4}?(?=人民法院))?(?:人民)?法院(?:依法)?)")  # 该案于9月开庭审理, 经林区人民法院开庭审理, (案件1件，…，)已于10月开庭审理, (…，)案件已开庭审理
# A count, then what those cases were, then the act in a clause of its own (1件为草场承包经营权确认纠纷，已开庭审理):
# the count is the act's.
PART_SAID_WHAT = re.compile(r"\s*(?:其中|有|其中有)?((?:\d+|[一两二三四五六七八九十])\s*件)(?:案件)?(?:为|系|涉及|是|属)[^，,。；;]*$")
ALREADY_AT_START = re.compile(r"\s*" + ALREADY_ON)
FOR_A_CAUSE_CLAUSE = re.compile(r"\s*(?:因|由于|受)[^，,。；;\d]{2,16}?(?:需要|影响|原因)")  # 因疫情防控需要: why, in a clause of its own
EXTENDED_TO = re.compile(r"范围[^，,。；;]{0,4}?(?:扩大|延伸|拓展)(?:到|至)((?:镇属|乡属|街道所属|局属|所属|下属)?各?[\u4e00-\u9fff]{0,6}?(?:站所|单位|部门)的?(?:主要)?负责人)")  # 将述法范围逐步扩大到镇属各站所负责人: those it reaches
HEAD_MISSED = re.compile(r"\s*((?:局|镇|乡|街道|委)?(?:主要负责人|主要负责同志|局长|镇长|乡长|苏木达|主任))(?:本人)?(?:因[^，,。；;]{1,30}?)?(未能|没有|未)(?:参训|参加)")  # 局主要负责人因参加…工作未能参训
SAME_ACT = re.compile(r"\s*(?:并|随后|及时|均|已)?(?:在|向|于|通过)")  # a clause going on with the act before it
OTHER_ACT = re.compile(r"收到|接收|接到|共收|召开|(?:人大代表|政协委员|代表)建议|(?:政协)?提案")  # …备案规范性文件，全年共办理人大代表建议126件: another noun counted
PERSON = re.compile(r"[区市县镇乡旗局]长|苏木达|负责人|主任|书记|领导")
# A clause whose subject is one person (县长本人带头出庭应诉2次; 3件案件中镇长出庭应诉2件): that person's part of a count.
PERSON_FIRST = re.compile(r"\s*(?:(?:其中|即)[，,]?\s*|(?:\d+|[一二两三四五六七八九十]+)件(?:案件)?中[，,]?\s*)?(?:(?:街道)?办事处|街道|局|委|苏木|[区市县镇乡旗州](?:人民)?政府)?(?:(?:分管|常务)?副?(?:[区市县镇乡旗州]长|苏木达)|分管[^，,。；;]{1,16}?的副?(?:[区市县镇乡旗州]长|苏木达|局长|主任)|主要负责人|分管负责人|主要负责同志|分管负责同志|主要领导|分管领导|(?:分管)?副?局长|(?:分管)?副?主任|(?:其他|其余)(?:领导)?班子成员|班子(?:其他|其余)成员)(?:本人)?")
ORGAN_NAMED = re.compile(r"(?:政府|局|委员会|委|办事处)$")  # a scope naming an organ, not a person (县长)
TEAM_FIRST = re.compile(r"\s*(?:支队|大队|中队)")  # a clause going on about the team just named
OWN_VALUE = re.compile(r"\s*(?:而)?((?:我|本)(?:县|区|市|旗|镇|乡|街道))(?:则)?(?:为|是|达到?|仅为|只有)\s*")
MOST = re.compile(r"\s*(?:大部分|大多数|多数|绝大部分|绝大多数)([\u4e00-\u9fff]{0,6}?(?:部门|单位|乡镇|街道|县区|县市区|区县))")
# The unit named as the highest or lowest (比例最高的为市市场监管局，达到8.3%).
NAMED_EXTREME = re.compile(r"(?:最高|最低)的?(?:是|为)")
# The court that heard the cases (其中法院开庭审理205件): not a scope.
THE_COURT = re.compile(r"(?:经)?(?:人民)?法院(?:依法|已|已经|均|共)?")
# The cases of one cause only (因拆违引发的): a zero said of them is not the rate's.
CAUSED_BY = re.compile(r"因[^，,。；;]{1,10}?(?:引发|引起|导致|被)|被(?:确认违法|撤销|纠错|纠正)的")  # 未发生因信息公开被确认违法的…案件, 未发生因政府违约被人民法院判决败诉的情况: those only
# Cases of one kind only (涉企行政诉讼案件, 涉及征地拆迁的案件, 安全生产领域的复议案件): a rate
# or zero said of them is not the whole government's.
CASES_OF_A_KIND = re.compile(r"(?:涉企|涉农|涉外|涉及(?![区市县镇旗州]?(?:人民)?政府)[\u4e00-\u9fff、]{1,12}?的"
                             r"|[\u4e00-\u9fff]{2,8}领域(?:的|内|中)?|[\u4e00-\u9fff]{2,6}许可(?:类|的)?|(?:政府)?信息公开(?:类|的)?)[\u4e00-\u9fff]{0,6}?(?:案件|诉讼|复议)"
                             r"|涉及[\u4e00-\u9fff、]{1,12}?(?:纠纷|案件)的\s*$")  # 涉及草场、水源纠纷的调解成功率: the term right after

# --- Scopes: the whole government, its units, its levels, the governments above it ------------

WHOLE = re.compile(lx.WHOLE)
EVERYONE = re.compile(lx.EVERYONE)
PART = re.compile(lx.PART)
# A bare count of the units the clause before named (…33个行政执法主体中，已有31个…): some of them.
COUNT_OF_THOSE = re.compile(r"\s*(?:其中|已有|有|共有)?\s*((?:\d+|[一二两三四五六七八九十]+)\s*(?:个|家))(?:的)?\s*")
# Other units said short later in the sentence (…达到5%以上，县交通运输局等3个部门尚未达到): the units counted
# before them with 全县 are some of the county's, not all of them.
OTHER_UNITS_SHORT = re.compile(r"[，,；;]\s*(?:但|而|另有|其余|还有|仍有|尚有)?[^，,。；;]{0,24}?(?:\d+|[一二两三四五六七八九十]+)\s*个[\u4e00-\u9fff]{0,6}?(?:部门|单位)"
                               r"[^，,。；;]{0,16}?(?:尚未|仍未|未能|未|没有|不足|低于)")
BARE_PART = re.compile(r"中\s*(?:\d+|[一二两三四五六七八九十]+)\s*(?:个|家)(?=的|达到|均)")  # …单位中29个的: a count of them, the units not said again
DEPARTMENT = re.compile(lx.DEPARTMENT)
DEPARTMENT_NAME = re.compile(r"(?:局|委员会|委|办公室|中心)$")
GOVERNMENT_ORGAN = re.compile(r"复议(?:局|委员会|办公室|服务中心|中心)$")
# The village level named right before an openness standard (村级政务公开标准体系尚未全面建立): that level only,
# below any reporting government.
VILLAGE_LEVEL_BEFORE = re.compile(r"(?<![和及、与])(村级|社区级|村（社区）级)$")  # not 镇本级和村级: both
# One level's units joined with the towns (各乡镇（街道）和县直部门, 各区级执法部门、各街道（镇）): both levels.
TOWNS_JOINED_BEFORE = re.compile(r"(?:各|全部|所有)(?:乡镇（街道）|镇（街道）|街道（镇）|乡（镇）|乡镇|街道|镇街|街镇|镇|乡)\s*[和及、与]\s*$")
TOWNS_JOINED_AFTER = re.compile(r"\s*[和及、与]\s*(?:各|全部|所有)?(?:乡镇（街道）|镇（街道）|街道（镇）|乡（镇）|乡镇|街道|镇街|街镇)(?![\u4e00-\u9fff]{0,6}(?:所|站|中队|办))")
ONE_LEVEL = re.compile(r"(?<!全)(?:(?<!各)|(?=(?:区|市|县)级(?:行政)?执法(?:部门|单位)))(?:(?:区|市|县|州|盟)本级(?:各)?(?=(?:综合)?(?:行政)?(?:执法)?(?:部门|单位|机关))|(?:区|市|县|镇|乡|街道|乡镇|州|盟)级(?:各)?|(?:市|区|县|旗|州|盟)直(?:各)?|(?:县区|区县|县市区)(?=(?:综合)?(?:行政)?(?:执法)?(?:部门|单位|机关|局)))(?:\d+\s*个)?(?:综合)?(?:行政)?(?:执法)?(?:部门|单位|机关|局)")  # 县直20个行政执法单位
SUBLEVEL = re.compile(lx.SUBLEVEL)
# A clause that opens on a lower level (一是乡镇（街道）执法监督体系尚未全部建成): that level only.
LEVEL_FIRST = re.compile(r"\s*(?:[一二三四五六七八九十]是|\d{1,2}[.．、]\s*)?(?:推动|督促|指导|确保|力争)?(?P<level>乡镇（街道）|镇（街道）|街道（乡镇）|乡镇|街道|镇街|街镇)(?=[\u4e00-\u9fff]|$)")
ALL_OF_A_LEVEL = re.compile(r"(?:所有|全部|各)(?:区(?=政府|人民政府)|旗县市（区）|旗县（市、区）|旗县区|旗县|乡镇（街道）|镇（街道）|县（市、区）|县（区）|乡镇|街道|镇街|街镇|县区|区县|县|镇|乡)(?![\u4e00-\u9fff]*?(?:部门|局|委))")
# The towns counted, and nothing else (11个乡镇, 全县18个镇（街道）).
UNITS_UNMET = re.compile(r"(?:未达标|未达到要求|不达标)的((?:乡镇（街道）|镇（街道）|乡（镇）|乡镇|街道|镇街|部门|单位|执法部门|执法单位))")
TOWNS_PEOPLE = re.compile(r"(?<![全各本])(?<!全县)(?<!全区)((?:乡镇（街道）|镇（街道）|乡镇|镇街|镇|乡|街道)(?:综合)?(?:行政)?执法(?:人员|队员))")
TOWNS_ONLY = re.compile(r"\s*(?:全[县区市旗])?(?:\d+|[一二两三四五六七八九十]+)个(?:乡镇|镇|乡|街道|苏木|镇（街道）|乡镇（街道）)")
TOWNS = re.compile(r"乡|镇|街|社区|村")  # 各镇（街道）: the towns only, not every unit at the target's level
LOWER_GOVERNMENTS = re.compile(COUNTY_GOVERNMENTS.pattern + r"|旗区")  # 各县（区）…均不低于5%: the counties', not every unit
TOWN_NAME = re.compile(r"(?:镇|乡|街道|街道办事处|苏木)(?:人民政府)?$")
TOWN_LIST = re.compile(r"(?:(?:(?![在已于对向从由])[\u4e00-\u9fff]){2,4}?(?:乡|镇|街道|县|区|旗)(?:[、和及]|以及))+[\u4e00-\u9fff]{2,4}?(?:乡|镇|街道|县|区|旗)(?![\u4e00-\u9fff]{0,2}(?:政府|人民政府)?(?:作为|为)被告)")
ISSUER = re.compile(r"部门|单位|乡|镇|街道|分局|县（市、区）|区县|县区|县市区|政府")
# The system of the area above, in a county bureau's report (自治州水利系统, 全州农牧系统): not the bureau's own.
AREA_SYSTEM = re.compile(r"\s*(?:\d{4}年度?)?((?:自治州|自治区|地区|全?[省市州盟]|全地区)[\u4e00-\u9fff]{2,6}?系统)")
HIGHER_THAN_DEPARTMENT = re.compile(r"\s*(?:全(?:区|县|市|旗)(?=(?:全年|\d{4}年度?)(?:共|受理|办理|共受理|共办理)?$|(?:共|共计)?(?:受理|办理)$)|(?:全年|今年|年内)?(?:(?:省|市|区|县|旗)(?:人民)?政府通报(?:\d{4}年度?)?|[\u4e00-\u9fff]{2,4}(?:区|县|市|旗)(?:\d{4}年度?)?|\d{4}年度?)?全(?:省|市|州|盟|区|县|旗)(?:同期|同年|当年|全年|今年|本年度)?(?:\d{4}年度?)?(?:各级|各)?(?:以?行政机关|(?:各)?(?:行政)?执法(?:部门|单位)|(?=(?:全年|本年度|今年|年内)?(?:行政复议|行政诉讼|一审行政|人民调解|各级人民调解)|[\u4e00-\u9fff]{0,10}?平均))"
                                    r"|(?:同期|同年|当年)?(?:全年|今年|\d{4}年)?(?:全[省市州区县旗])?(?:本年度|全年|今年|年内)?(?:市|区|县|州|旗)(?:人民)?政府(?:本级)?(?=(?:本年度|全年|今年|年内)?(?:共|累计)?(?:受理|收到|办理|审结|制发|出台|印发))"  # 全年市政府共受理行政复议案件312件, 县人民政府全年共受理…, 同期县政府全年受理…: the government's caseload; 县政府共制发规范性文件6件, 全县县政府本级今年制发…: its documents
                                    r"|(?:市|区|县|州|旗)(?:人民)?政府(?=(?:\d{4}年度?|全年)?行政复议(?:总体|综合)?$)"  # 县政府2022年行政复议总体纠错率为12.9%: the government's, as reviewer
                                    r"|(?:市|区|县|州|旗)(?:人民)?政府(?:\d{4}年度?(?=\Z|重大(?:行政)?决策)|(?=重大(?:行政)?决策|[^，,。；;]{0,10}目录))"  # 县人民政府2025年度重大行政决策事项目录共列入6项: the government's
                                    r"|(?:[\u4e00-\u9fff]{0,4}地区)?行署(?!办公室|办)|(?:(?![本我该全])[\u4e00-\u9fff]{2,4})?地区(?:[\u4e00-\u9fff]{2,6}系统)?(?=本年度|本年|今年|全年|同期|同年|当年|\d{4}年|各级|行政机关|行政复议|行政诉讼))")  # 地区行署2021年…出庭应诉率, 地区应急管理系统全年…纠错率: the prefecture's
SYSTEM = re.compile(r"\s*(?:(?:[\u4e00-\u9fff]{2,4}?[省市州]?)?全(?:省|市|区|县|州|盟)[\u4e00-\u9fff]{0,6}?系统(?:内|中|的?(?=行政机关|各|同期|平均|\d{4}年|全年|行政诉讼|行政复议|负责人))"
                    r"|[\u4e00-\u9fff]{2,4}?[省市州]([\u4e00-\u9fff]{2,8}?)系统(?:内|中|(?=全年|同期|平均|行政机关|各|共|行政诉讼|行政复议))"
                    r"|(?:省|市|州|地区)([\u4e00-\u9fff]{2,8}?(?:局|厅|委))系统(?:内|中|(?=全年|同期|平均|行政机关|各|共|行政诉讼|行政复议|负责人)))")  # 市交通运输局系统全年负责人出庭应诉率为95%  # 镇江全市应急管理系统行政机关…
# in a county's or district's department, the system of the city or province above (全市生态环境系统执法人员人均培训72学时)
SYSTEM_ABOVE = re.compile(r"\s*(?:[\u4e00-\u9fff]{2,4}?[省市州])?全(?:省|市|州|盟)[\u4e00-\u9fff]{0,6}?系统的?(?=执法人员|\Z|(?:本年度|本年|今年|全年|同期|\d{4}年度?)?(?:行政诉讼|行政复议|一审|政务服务|好评))")  # 全市自然资源系统本年度行政诉讼败诉率, 全市住建系统的政务服务好评率, in a banner's or county's bureau
HIGHER_THAN_TOWN = re.compile(r"\s*(?:同期|同年|当年)?(?:(?:\d{4}年度?)?(?:[\u4e00-\u9fff]{2,4}(?:区|县|市|旗)|[\u4e00-\u9fff]{2})?(?:\d{4}年度?)?全(?:省|市|区|县|旗|州|盟|地区)"
                               r"|[\u4e00-\u9fff]{1,3}(?:(?<![社景园辖城片小营厂矿])区|县|市|旗)(?=全年|今年|同期|同年|当年|\d{4}年|政务服务(?![\u4e00-\u9fff]{0,2}(?:中心|大厅|站))|[\u4e00-\u9fff]{0,8}?整体|(?:已经?|全面)?完成)|"  # 思明区全年人民调解成功率为98.9%, 金凤区人民调解组织整体…, 伊通县完成行政复议体制改革: the district's
                               r"(?:省|市|区|县|旗)(?:人民)?政府(?!办公室|办)|(?:市|区|县|旗)里|(?:区|县|旗)(?=(?:行政诉讼|行政复议|行政机关负责人|行政机关|人民调解|人民调解组织(?:全年|今年|同期)?|人民|一审)$)|(?:省|州|盟|地区|市|县|区|旗)政务服务(?:中心|大厅)(?=全年|今年|同期|\d{4}年|[\u4e00-\u9fff]{0,6}好评率)"  # 州政务服务中心全年好评率为99.9%: the prefecture's centre
                               r"|(?:\d{4}年度?)?(?!按照|根据|对照|依照|参照|结合|依托|通过|围绕)[\u4e00-\u9fff]{2,3}(?:(?<![社景园辖城片小营厂矿])区|县|(?<![城都])市|旗)(?=(?:行政诉讼|行政复议|行政机关负责人|行政机关|人民调解|一审)$)"  # 漳州市行政诉讼败诉率为6.1%, 2024年濂溪区行政机关负责人出庭应诉率: the city named right before the figure's term
                               r"|(?:县|区|市|旗)级(?:层面)?的?(?=政务服务|行政机关|人民调解|人民$|行政复议|行政诉讼)"  # 县级政务服务“好差评”好评率为99.9%, 县级层面的人民调解成功率: the county's
                               r"|(?!(?:其中|并|已|均|已经|全部|按规定|依法|及时|按时)*(?:报送|报请|呈报|提请|报|向|经|由))"  # 报送区政府备案1件: the town's own filing
                               r"[\u4e00-\u9fff]{1,6}(?:区|县|市|旗)(?:各级)?(?:行政机关|人民政府|政府)(?!办公室|办|门户|网站|网|信息公开|(?:组织|举办|召开|主办)的))")
# a county's or district's report quoting the city or province (全市平均为5.2%，我县达到6.1%); a city's the province
# Another government named with its whole (德州市全市同期…): not the report's own unless the name is its own.
# (宜昌全市 with the name bare: a name only where the report writes it whole elsewhere, 宜昌市)
NAMED_WHOLE = re.compile(r"\s*(?:同期|同年|当年)?([\u4e00-\u9fff]{2,4}?[省市州盟区县旗]|[\u4e00-\u9fff]{2}(?=全[省市州盟]))(?:\d{4}年度?)?全[省市州盟区县旗]")
# A government named before the field its rate is of (襄阳市人民调解成功率为98.2%, 同期鞍山市纠错率为13.1%,
# 四川省全年人民调解成功率…为98%以上, 滨州市教育系统政务服务事项好评率为99.8%): its figure.
NAMED_FIELD = re.compile(r"\s*[（(]?(?:同期|同年|当年)?([\u4e00-\u9fff]{2,3}[省市州盟])(?:\d{4}年度?|本年度|今年|全年)?(?:同期|同年|当年)?(?:[\u4e00-\u9fff]{2,4}纠纷|[\u4e00-\u9fff]{2,4}系统)?(?=人民调解|行政复议|行政诉讼|行政机关负责人|政务服务|(?:综合|直接|平均)?(?:纠错率|败诉率|出庭应诉率|好评率))")
# Words that make a name-shaped match no name (我市, 各县, 全市): the report's own or every one.
NOT_A_NAME = re.compile(r"[我本该各全其]")
NOT_A_PLACE = re.compile(r"[后前年期时中内外间底初末]")  # 改革后市行政复议办公室: a time, then 市
# The county's service centre (县政务服务中心) or mediation committee (县人民调解委员会), in a town's or a street's
# report: the county's.
COUNTY_UNIT = re.compile(r"[县区市旗](?:政务服务|行政审批服务)中心|[县旗](?:人民调解委员会|调委会)")  # not 区: (社)区人民调解委员会
# Another government's or its courts' average (益阳市法院系统同期行政案件平均败诉率, 2022年张掖市行政复议平均纠错率): theirs.
NAMED_AVERAGE = re.compile(r"\s*(?:\d{4}年度?)?([\u4e00-\u9fff]{2,4}?[省市州盟区县旗])[\u4e00-\u9fff]{0,8}?(?:同期[\u4e00-\u9fff]{0,12}?)?平均")
# Disputes of one kind (疑难纠纷, 重大矛盾纠纷, 涉灾纠纷): all of them settled is not the rate of all disputes.
DISPUTES_OF_A_KIND = re.compile(r"(?:(?:疑难|重大|复杂|历史遗留|群体性)[\u4e00-\u9fff、]{0,6}?|涉(?!及)[\u4e00-\u9fff]{1,2})纠纷")
# Words around the name of a government above that are not its name (全年市政府共 → 市政府).
HIGHER_NAME_TRIM = re.compile(r"^(?:\d{4}年度?|全年|今年|同期|同年|当年)|(?<=^全[省市州区县旗])\d{4}年度?|(?:共|全年|的)$"
                              r"|^全[省市州区县旗](?:本年度|全年|今年|年内)?(?=[市区县州旗](?:人民)?政府$)")  # 全县本年度县政府 → 县政府
# The report's own government inspected by the one above (…，南门街道作为督察对象): that one's coverage, not its own.
INSPECTED = re.compile(r"作为(?:被)?督察对象|(?:接受|迎接)[^，,。；;]{0,12}?督察")
HIGHER_THAN_COUNTY = re.compile(r"\s*(?:同期|同年|当年)?(?:(?:省|市|州|盟)级(?=[\u4e00-\u9fff]{0,8}?平均)|(?:省|市|州|盟)[里级](?=提出|要求|下达|确定|设定)|(?:省|州|盟|地区|市)政务服务(?:中心|大厅)(?=全年|今年|同期|\d{4}年|[\u4e00-\u9fff]{0,6}好评率)|(?:[\u4e00-\u9fff]{2,8}?[省市州盟]|(?!按照|根据|对照|依照|参照|结合|依托|通过|围绕|对比|作为|高于|低于|超过|实现|推动|覆盖|落实)[\u4e00-\u9fff]{2})?(?:\d{4}年度?)?全(?:省|市|州|盟|国|地区)|(?:(?:(?![本我该全报送向经由按并已呈提对与和及在于的])[\u4e00-\u9fff]){2,4}?)?(?:省|市|州)(?:人民)?政府(?!办公室|办)(?![\u4e00-\u9fff]{0,4}(?:作为|为)被告)|(?:[\u4e00-\u9fff]{0,4}地区)?行署(?!办公室|办)|(?:[\u4e00-\u9fff]{2,4}市|(?![本我该全])[\u4e00-\u9fff]{2,3}州|[\u4e00-\u9fff]{0,8}?自治州|自治区|(?![本我该全])[\u4e00-\u9fff]{2,4}地区)(?=本年度|本年|今年|全年|同期|同年|当年|\d{4}年)|\d{4}年度?[\u4e00-\u9fff]{2,4}市(?=行政机关|各级|各县|平均)|(?:省|州|盟)级层面|(?![本我该全])[\u4e00-\u9fff]{2,4}(?:市|州|盟|地区)本级|(?<![\u4e00-\u9fff])(?:州|盟)本级|(?:(?![本我该全])[\u4e00-\u9fff]{2,4})?地区(?:[\u4e00-\u9fff]{2,6}系统)?(?=本年度|本年|今年|全年|同期|同年|当年|\d{4}年|各级|行政机关|行政复议|行政诉讼))")  # 州级层面2021年行政复议纠错率为13.2%, 自治州全年…败诉率为9.1%, 2025年日喀则市行政机关…出庭应诉率, 那曲市本级…纠错率, （州本级纠错率为15.4%）
# 全区 in a county's or banner's report: the prefecture (地区) or region above, never the county itself
WHOLE_REGION = re.compile(r"\s*(?:同期|同年|当年)?(?:\d{4}年度?)?(全区)(?![县内])")
# 从全地区情况看，2025年…平均纠错率为12.4%: the area the sentence opens on (group 1 or 2)
SEEN_FROM = re.compile(r"\s*(?:(?:从|就)(全[\u4e00-\u9fff]{1,2}?)(?:范围|层面|整体情况|情况)?(?:内|上|来)?看[，,]"
                       r"|(全[\u4e00-\u9fff]{1,2}?)(?:范围内|层面|层面上|范围)[，,])")  # 全市范围内，…出庭应诉率为98.6%; 全县层面，…
# a county-level city names its 州 or 盟 above it (全州平均水平); a prefecture-level city never says 全州
HIGHER_THAN_CITY = re.compile(r"\s*(?:(?:[\u4e00-\u9fff]{2,8}?[省州盟])?全(?:省|国|州|盟|区(?=[\u4e00-\u9fff]{0,2}(?:自治区)))|(?:省|州|盟)(?:人民)?政府(?!办公室|办)|(?<![\u4e00-\u9fff])(?:州|盟)本级)")
# 对…未达到预期效果或者…的决策: a shortfall word inside the object an act is done to
OBJECT_OPENS = re.compile(r"对[^，,。；;对]{0,12}$")
OBJECT_CLOSES = re.compile(r"[^，,。；;]{0,16}?的(?:(?:(?:\d+|[一二两三四五六七八九十]{1,3})[个名项件家])?(?:决策|事项|单位|部门|人员|案件|问题|文件|乡镇|街道|镇街|科室|站所)"
                           r"|[，,]?(?=一律|均予|予以|不予|暂缓|一并|严肃))")  # 对未完成培训任务的一律暂缓…: whoever has not, dealt with
CLAUSE_ENDS = re.compile(r"\s*(?:[，,。；;]|$)")
# 已公开的行政复议决定书31件: the act named before the thing, then how many (not that all were)
DONE_THEN_COUNTED = re.compile(r"(?:公开|公布|上网|发布|报送|备案)的(?:行政)?$")
COUNT_AFTER = re.compile(r"\s*(?:共|合计|累计|共计)?\s*(?:\d+|[一二两三四五六七八九十百]+)\s*(?:件|份|篇|个|项)")
# A clause naming a share of its own (其中…的纠纷占比超过85%), and a clause whose figure is a share itself.
SHARE_WORD = re.compile(r"占比|比例|比重|(?:纠纷|案件|事项)占|占[一二三四五六七八九两\d]成")  # …纠纷占三成以上: a share of the disputes
A_SHARE = re.compile(r"占|比例|比重|比率")  # 占执法人员总数的6.8%: the figure is a share itself
# A practice rolled out over the whole area (在全县范围推行述法工作), and the units whose heads then did it (9个乡镇主要负责人).
ROLLED_OUT_IN = re.compile(r"在全(?:省|市|区|县|旗)范围(?:内)?(?:首次)?(?:推行|推开|铺开|推广|开展|部署|实行)")
UNITS_HEADS_COUNTED = re.compile(r"\s*(?:其中)?((?:\d+|[一二两三四五六七八九十]+)个[\u4e00-\u9fff（）]{2,8}?(?:主要)?负责人)")
# The government itself as defendant (县政府作为被告的案件), after the whole area's cases (全县新收…案件356件；).
GOVERNMENT_SUED = re.compile(r"以?((?:(?:(?![以了的对向和与及])[\u4e00-\u9fff]){2,4}?)?(?:县|区|市|旗|州|盟)(?:人民)?政府)(?:作为被告|为被告)")  # in a bureau's report, the government's cases
OWN_AS_DEFENDANT = re.compile(r"\s*(?:以)?(?:林区|区|市|县|旗)(?:人民)?政府(?:作为被告|为被告)")
AREA_CASES = re.compile(r"全(?:县|市|区|旗)[^，,。；;]{0,16}案件")
# 县政务服务中心反馈的全县…好评率: a body that reported the figure, before whose figure it is
# Who the figure is quoted from (据地区司法局通报，…): a source, not the figure's unit.
SOURCE_NAMED = re.compile(r"据[^，,。；;]{1,20}?(?:通报|统计|反馈|公布|发布|显示|数据|测算)(?=[，,]|$)")
REPORTED_BY = re.compile(r"\s*[\u4e00-\u9fff“”]{2,14}?(?:反馈|通报|公布|发布|统计)(?:的|(?=全[省市州盟区县旗]))"
                         r"|\s*[\u4e00-\u9fff]{0,8}?法院(?:同期|同年|当年|\d{4}年度?)?(?=全[省市州盟区县旗])")  # 县委政法委年中通报的…, 州中级人民法院通报全州…, 县人民法院同期全县…
# The average of an area named right before the amount (高于全州平均水平（13.5%）): that area's figure.
# the whole area's government-service praise rate in a bureau's report (全县政务服务好评率为99.97%): the county's
AREA_SERVICE = re.compile(r"\s*(?:\d{4}年度?)?(全(?:省|市|区|县|旗))(?:政务服务|(?:各|所有)?(?:进驻|入驻)|(?:各|所有)?(?:服务)?窗口)")  # 全县进驻窗口整体好评率
# A department's item put in its government's catalogue (该方案按规定列入旗人民政府年度重大行政决策事项目录): the government's.
IN_GOVERNMENTS_CATALOGUE = re.compile(r"(?:列入|纳入)((?:[\u4e00-\u9fff]{2,6}?)?(?:市|区|县|旗|州|盟)(?:人民)?政府)(?:\d{4}年度?|年度)?$")
# A plan drawn up as a document (制定年度执法人员培训计划), and an amount said as what was got (每人全年累计培训…).
PLAN_DRAWN_UP = re.compile(r"(?:制定|印发|编制|出台)[^，,。；;]{0,13}?计划")
ACHIEVED_AMOUNT = re.compile(r"累计|均已|全部")
# A government named as where a thing went (印发后报送县政府, 向县人民政府, 已报送地区行署): not whose figure it is.
JUSTICE_BUREAU = re.compile(r"司法(?:局|厅)$")
JUSTICE_ACTS = re.compile(r"[^，,。；;]{0,14}?(?:合法性审核|合法性审查|(?<!法制)审核|审查|报备|报送|出具)")  # 县司法局对每件文件均进行了合法性审核
WENT_TO = re.compile(r"(?<![通汇])(?:报送|报|向|呈报|呈送)[^，,。；;]{0,4}?[\u4e00-\u9fff]{0,6}?(?:(?:省|市|州|县|区|旗|盟)(?:人民)?政府|行署|(?:省|市|州|县|区|旗|盟)司法(?:局|厅))$")  # 将其报送县司法局备案1件: where it went
# The area's departments as a whole (全县各部门…平均为12次): in a department's report, the area's, not its own.
AREA_UNITS = re.compile(r"\s*(?:\d{4}年度?)?(全(?:省|市|区|县|旗|州|盟)(?:各|所有)?(?:[县市区旗]直)?(?:部门|单位))")
COMPARED_TO = re.compile(r"\s*(?:但是?|而)?(?:仍|还|也)?(?:略|稍|明显|远|均)?(?:高于|低于|优于|好于|超过)")  # a clause comparing with another's value (…，但仍高于全市4.7%的平均败诉率)
AREA_AVERAGE_BEFORE = re.compile(r"(?:高于|低于|超过|不及|接近)?(?:全国|全省|全市|全区|全州|全盟|省|市)(?:平均)?$")
AVERAGE_BRACKETED = re.compile(r"平均(?:水平|值|数)?[（(]$")
AVERAGE_AFTER = re.compile(r"的?平均(?:水平|值|数)|的水平")
COMPARED_WITH = re.compile(r"\s*(?:与|同|和|跟)")  # 与全市行政复议纠错率11.2%相比: the value compared with (相比 later in the clause)
AREA_AVERAGE = re.compile(r"(全(?:省|市|州|盟|国|区|县|旗))[\u4e00-\u9fff]{0,8}?平均(?:水平|值|数)?(?:[（(]|为|是|达到?|的)?\s*$"
                          r"|[（(](全(?:省|市|州|盟|国|区|县|旗))(?:平均)?(?:为|是)?\s*$")  # 略高于全市平均水平（全市为91.5%）
# A sentence whose subject is the government's head (市政府主要负责同志…，带头出庭应诉1次), and the
# words that would give a later clause a subject of its own.
HEAD_SUBJECT = re.compile(r"\s*((?:区|市|县|镇|旗|州|盟)(?:人民)?政府)(?:主要|分管)?(?:负责同志|领导|负责人)(?!干部)")
NEW_SUBJECT = re.compile(r"全(?:市|区|县|镇|旗|州)|各(?:级|部门|单位|县|区|乡|镇)|[，,；;]\s*(?:共|累计|全年)?(?:各|全)")
# 其中区政府领导班子法治专题讲座2期: the government's own leadership or meeting, the whole government.
OWN_LEADERSHIP = re.compile(r"\s*其中[，,]?\s*((?:区|市|县|镇|旗|州|盟)(?:人民)?政府)(?:领导班子|班子|常务会议|党组)")
# The government itself, by its level or its name (以特区政府为被告, 宁强县人民政府): OWN_CASES and the scope it gives
OWN_GOVERNMENT = r"(?:(?!报送|报请|呈报|提请|报|向|经|由)[\u4e00-\u9fff]{2,4}?(?=[区市县旗州盟]人民政府))?(?:特区|林区|区|市|县|镇|旗|州|盟)"
OWN_GOVERNMENT_ONLY = re.compile(r"\s*(?:其中[，,]?\s*)?" + OWN_GOVERNMENT + r"(?:人民)?政府\s*")  # 区政府 alone
AS_DEFENDANT = re.compile(r"(?:作为|为)被告")
# 其中市政府负责人出庭应诉率100%, 市政府作为被告的案件…, 市政府本级…: the government's own cases
OWN_CASES = re.compile(r"\s*(?:其中[，,]?\s*(?:以)?" + OWN_GOVERNMENT + r"(?:人民)?政府(?!部门|工作部门|各部门)|(?:以)?(?:特区|林区|区|市|县|镇|旗|州|盟)(?:人民)?政府(?:作为|为)被告"
                        r"|(?:区|市|县|镇|旗|州|盟)(?:人民)?政府(?:(?:主要|分管)(?:负责同志|领导|负责人)?|领导)(?=(?:带头)?出庭|$)"  # 市政府分管负责同志出庭应诉2次
                        r"|(?:区|市|县|镇|旗|州|盟)(?:人民)?政府(?:主要|分管)?(?:副)?(?:区|市|县|镇|旗|州)长(?=出庭|带头|$)"  # 市政府分管副市长出庭应诉2次
                        r"|(?:其中[，,]?\s*)?(?:(?:区|市|县|镇|旗|州|盟)(?:(?:人民)?政府)?|[我本]局)本级(?![和及、与])|(?:其中[，,]?\s*)?(?:市|区|县|旗|镇)长(?:、副(?:市|区|县|旗|镇)长)?(?=出庭|带头|$))")
# Words naming units or people: a 其中 clause without them breaks down something else (其中通用法律知识…).
CONTENT_KIND = re.compile(r"培训|轮训|课程|专题|讲座")  # a part of the training, not of the people
UNITS_OR_PEOPLE = re.compile(r"部门|单位|机关|局|乡|镇|街|县|区|市|旗|人员|人|名|队|所|站|中心|委|办|科|处|领域|系统|个")
# The hosts of what was attended (参加了区委组织部、区司法局联合举办的…培训班): not the scope.
_HOSTED = r"(?:联合)?(?:举办|组织|主办|开办|召开)的"
HOSTED_BY = re.compile(r"(参加了?)(?:[^，,。；;]{2,30}?" + _HOSTED + r"[^，,。；;]*|[^，,。；;]{2,20}?(?:局|委|办|院|校)(?=(?:集中|统一)?(?:轮训|培训|调训)))|(在)[^，,。；;]{2,30}?" + _HOSTED)  # 参加县司法局组织的…培训、区城管局业务培训: every host in the clause; 参加区综合行政执法局集中轮训; 在区委…委员会召开的述法评议会议上
HOSTS_FIRST = re.compile(r"^\s*(?:(?:(?!参加|参训|参与|按规定|按要求)[^，,。；;]){2,30}?(?:联合|共同)(?:在[^，,。；;]{1,12}?)?(?:举办|主办|组织举办)"
                         r"|[^，,。；;对]{2,30}?(?:办公室|依法治[县区市旗]办|委员会|司法局|组织部)(?:牵头)?(?:组织)?(?=对)"
                         r"|(?:(?!参加|参训|参与)[^，,。；;]){2,30}?(?:部|局|委|办|校)(?:\d{1,2}月份?|今年|年内)?(?:举办|主办)的)")  # …联合在县委党校举办; 县委依法治县办组织对22个乡镇…开展督察; 县委组织部、县司法局10月举办的…培训班: who did it
# The units an assessment is of (对街道和区级部门综合考核): not the scope of a figure of that assessment.
ASSESSED = re.compile(r"对[^，,。；;对]{1,20}?(?:的)?(?:综合|绩效|年度|目标)?(?:考核|考评|评价)")
ASSESSED_INTO = re.compile(r"(?:纳入|列入)(?:对)?[^，,。；;]{1,24}?(?:的)?(?:综合|绩效|年度|目标|实绩)+(?:考核|考评|评价)")  # 纳入各乡镇、县直部门年度绩效考核: those assessed
# A clause giving the value of the units named in the clause before (…，比例仍低于5%).
ITS_VALUE = re.compile(r"\s*(?:其)?(?:比例|占比|比率)?(?:仍|仅|只|均|也|则)?(?:为|是|达到?|低于|不足|高于|超过|在)?\s*$")
# A clause that names another unit and its value, the term left out (…占比6.1%，区城管执法局为4.3%).
UNIT_GOES_ON = re.compile(r"\s*(?:" + lx.DEPARTMENT + r")(?:则)?(?:为|是|达到?|仅为?|只有)\s*(?=\d)")
OWN_SUBJECT = re.compile(r"、(?:区|县|市|镇|乡|旗)(?:人民)?政府(?!各|部门|工作部门|所属)|[、和及](?:(?:局|委|办)务会|[\u4e00-\u9fff]{0,6}?办公会)")  # 局党组会议和局务会议会前学法22次
# The government and its units together (区政府及各部门): the whole.
GOVERNMENT_AND = re.compile(r"(?:区|县|市|镇|旗)(?:人民)?政府(?:及|和|与|以及)$")
INVITED = re.compile(r"邀请|聘请|特邀")  # the guest's office named after it is no issuer of a count
GUESTS = re.compile(r"(?<=" + INVITED.pattern + r")[^，,。；;]{1,30}?(?=[，,]?(?:到|来|为|作|举办|开展|讲授|授课|进行|主讲|宣讲))")
HELPERS_FIRST = re.compile(r"\s*(?:[一二三四五六七八九十]是)?(?:积极|主动)?(?:争取|商请|协调|请求|恳请|依托|依靠|配合)[^，,。；;]{2,24}?(?:支持|帮助|指导|配合)\s*$")  # whose help is sought, not the subject
STAFFED_UP = re.compile(r"\s*(?:充实|配齐|配强|配足|补充|增配|加强)")  # a clause opening on staffing a team up
HELPED_UNIT = re.compile(r"配合")  # the unit named next is helped
GUESTS_FIRST = re.compile(r"\s*(?:" + INVITED.pattern + r")")  # a clause that names the guests before the act
GUEST = re.compile(r"(?:" + INVITED.pattern + r"|联合|会同|配合|向[\u4e00-\u9fff]{0,3})$")  # 向市政府报送备案: the recipient
ALL_BY = re.compile(r"均(?:已)?(?:按|按照)")  # 均按不少于…的比例配备: all staffed by that ratio
EACH_BY = re.compile(r"\s*各[\u4e00-\u9fff]{0,6}?(?:部门|单位)(?:按|按照)")  # 各部门按照…的比例配备 (not 督促各部门按照…)
# A team's own level named after 其中 (其中支队本级…): that team, one unit.
ITS_OWN_LEVEL = re.compile(r"\s*其中[，,]?\s*((?:支队|大队|中队|分局|局机关|机关)本级)")
# Names listed and others (庐江、巢湖等分局): some units.
NAMES_AND_OTHERS = re.compile(r"(?:但|而|其中|仍有|还有)?((?:[\u4e00-\u9fff]{2,6}、)+[\u4e00-\u9fff]{2,6}等(?:\d+个|[一二两三四五六七八九十]+个)?(?:分局|单位|部门|所|中队|大队|科室|站))")
# A unit and others (区城管执法局等单位): some units.
AND_OTHERS = re.compile(r"等(?:\d+个|[一二两三四五六七八九十]+个)?(?:执法)?(?:单位|部门)")
FEW_BEFORE = re.compile(r"(?:(?:绝大部分|大部分|(?<!列一)(?<!组成)(?<!重要)(?<!专门)(?<!主要)(?<!核心)部分|个别|少数|绝大多数|大多数|多数)(?!时间|时段|精力|时候)|仍有(?!差距|短板|不足|薄弱|不到位|欠缺|问题|漏洞|疏漏|瑕疵|缺陷|盲区|死角)(?=[\u4e00-\u9fff]))(?:[\u4e00-\u9fff]|\d{4}年){0,8}$"  # not 仍有差距: a shortfall, no one
                        r"|(?<![各全所])(?:相关|有关)(?:执法)?(?:部门|单位|分局)(?=[\u4e00-\u9fff]{0,8}$)")  # 督促相关部门…: some
# Some people told apart by what they do (个别长期驻守建筑工地和项目一线的执法人员): those only.
SOME_DESCRIBED = re.compile(r"(?:部分|个别|少数)[\u4e00-\u9fff]{1,20}?的$")
# Some of the term's people or units, counted right after it (执法人员中仍有112人未完成…).
# In a department's report, the government above doing the act (由市政府向社会公布): its act, not the department's.
BY_GOVERNMENT = re.compile(r"由((?:市|区|县|州|旗|盟)(?:人民)?政府)(?!办公室|办)")
# 将 right before the thing, with only its year between (将本年度…目录在网站公布): the object marker, not "will".
DISPOSAL = re.compile(r"将(?:《[^》]{0,30}|(?:(?:本|我)?(?:镇|乡|街道|县|区|市|旗|局|委)|本)?(?:上一?|\d{4}年?)?(?:年度的?)?)$")  # 镇政府将本镇2024年度…目录…公开, 将乡2025年度…目录…公开, 将《…目录》…公布
# 将 taking data as its object and moving it (将我局…监管数据全部归集至…系统): the object marker, not "will".
DISPOSAL_MOVED = re.compile(r"将(?:我|本)[局镇乡区县市委办][^，,。；;将]{0,40}?(?:归集|汇聚|录入|上传|推送|接入)(?:至|到|于|进)[^，,。；;]{0,20}$")
# The government above assessing its towns or departments (在区政府对各街道的绩效考核中): its figure, in their report.
ASSESSED_BY = re.compile(r"\s*在?((?:省|市|区|县|旗)(?:人民)?政府|[\u4e00-\u9fff]{2,4}?(?:市|区|县|旗)|[市区县旗]里)(?:将[^，,。；;]{0,10}?)?(?:(?:纳入|在)?对[^，,。；;]{0,24}?|纳入(?:各)?(?:乡镇|街道|镇（街道）|乡（镇）|镇街|乡镇（街道）)[^，,。；;]{0,8}?|纳入全(?:省|市|州|盟|区|县|旗)[^，,。；;（(]{0,8}?)(?:考核|考评|评估|评价)(?:中|[，,（(])")  # 肇东市将政务公开在对乡镇绩效考核中, 县政府将政务公开工作纳入乡镇绩效考核，; in a bureau's, 市政府将…纳入全市综合目标考核（…权重为4%）
# The next sentence: some persons did not attend (。…中有45人参加了培训，另有3名乡镇主要负责人因…未能参训).
SOME_MISSED_NEXT = re.compile(r"[。；;]\s*[^。；;]{0,40}?(?:另有|仍有|尚有|还有|但有)\s*((?:\d+|[一二两三四五六七八九十]+)\s*名[\u4e00-\u9fff]{1,14}?)"
                              r"(?:因[^，,。；;]{0,30}?)?(未能|未|没有)(?:参训|参加)")
# Whom a person stands for (县政府分管负责同志代表县政府出庭应诉4次): not the figure's scope; the person named before is.
ON_BEHALF = re.compile(r"代表(?:[省市县区州旗镇乡]|本级|本[市县区镇乡])?(?:人民)?政府")
# Some units counted in the clause before the figure's (在已完成改革的…3支综合执法队伍中，一线执法人员占比达到78%):
# those only; not all of them (全县21个执法部门中，…).
AMONG_UNITS_BEFORE = re.compile(r"(?:(?!全[省市县区旗州镇乡]|各|所有)[^，,。；;]){0,40}?((?:\d+|[一二两三四五六七八九十]+)\s*(?:个|支|家)"
                                r"[\u4e00-\u9fff]{0,10}?(?:部门|队伍|单位|大队|支队|中队|机构))中[，,]\s*$")
# Who a team is made of (由县委依法治县办、县司法局和有关部门业务骨干组成的督察组): its members, not what it covers.
MADE_UP_OF = re.compile(r"由[^，,。；;]{0,40}?组成的?")
# Some departments picked for a check (并选取15个县直部门开展专项督察): a sample, not their coverage.
PERSONS_END = re.compile(r"(?:人员|干部|队员|负责人|成员|同志)$")  # a scope naming people, not units
TOWNS_COVERED = re.compile(r"实现对(?:全[县区市旗]|全部|所有|\d+个)?(?:苏木镇|苏木（镇）|乡镇（街道）|镇（街道）|乡镇|街道|镇街|苏木|镇)(?:的|法治|督察|法治督察|法治政府建设督察){0,2}全覆盖")  # 实现对苏木镇法治督察全覆盖: the towns named as what is covered
REST_UNITS_SHORT = re.compile(r"[；;，,]\s*(?:另有|其余|余下)?[\u4e00-\u9fff、（）]{0,40}?(?P<units>(?:\d+|[一二两三四五六七八九十])\s*个(?:执法)?(?:单位|部门))[^。；;\d]{0,30}?(?P<short>尚未达到|仍未达到|未达到|没有达到|未达)\s*(?P<value>\d+(?:\.\d+)?)\s*%")  # ；县交通运输局、…3个单位因…，尚未达到5%的要求
SAMPLED_DEPARTMENTS = re.compile(r"(?:选取|抽取|随机抽取|抽查)[^，,。；;]{0,30}?部门")
# Governments named as the object (对7个县区政府和32个市级部门开展…督察): not departments only.
GOVERNMENTS_NAMED = re.compile(r"(?<!法治)政府(?!\d*个?各?(?:工作|组成)?部门)|乡镇|街道|镇街|街镇|县（市、区）|县（区）|县区|县市区|(?:乡|镇|街道)级"
                               r"|(?:\d+|[一二两三四五六七八九十]{1,3})个(?:乡|镇|苏木)")  # 对9个镇实现法治督察全覆盖
# The rest of a relative clause naming people (尚未参加过任期内法治脱产培训的负责人): who, not a shortfall.
WHO_NOT_YET = re.compile(r"[^，,。；;：:]{0,20}?的[\u4e00-\u9fff]{0,4}?(?:负责人|人员|干部|同志|对象|班子成员)\s*(?:[，,。；;]|$)")
# How cases ended (其中市政府维持10件): a breakdown by outcome, not by issuer.
OUTCOME = re.compile(r"维持|确认违法|撤销|驳回|纠错|终止|变更|撤诉|败诉|胜诉|调解|和解")
FORMER_JURISDICTION = re.compile(r"原(?:由|属)[^，,。；;]{0,12}?管辖")
# Everyone said to have done it (均完成, 全部完成): after an urging clause, the result, not the rule urged.
ALL_DONE = re.compile(r"(?:均|全部|都)(?:已经?)?(?:完成|达到|参加|超过)")
# A sentence urging the lower governments (督促县市配齐…，推动…达到5%以上): the figure after is theirs.
URGED_LOWER = re.compile(r"\s*(?:[一二三四五六七八九十]是|[（(][一二三四五六七八九十]+[）)])?督促(?:各)?(县市区?|县（市、区）|县（区）|县区|区县|县市|乡镇（街道）|镇（街道）|乡镇|街道|镇街)")
# A count per month or quarter (每月至少组织一次会前学法): a frequency, not the year's count.
PER_PERIOD = re.compile(r"每(?:个)?(?:月|季度|季|周|星期|半年)")
YEAR_AFTER_FREQUENCY = re.compile("、(?=" + IN_THE_YEAR + ")")  # 每月至少一次、全年不少于12次: the year's count after a frequency
# A bad thing said not to have happened, up to the end of the text searched (未发生因调解不及时引发的…).
NONE_HAPPENED = re.compile(r"(?:未|没有|没|无)(?:发生|出现)[^，,。；;]*$")
# A target granted as met before a 但 (虽然达到比例要求，但…): a later shortfall is about something else.
CONCEDED_MET = re.compile(r"虽然?[^，,。；;]{0,12}?(?:已经?|均)?(?:达到|符合|满足|配备)(?!不)")  # 虽然法制审核人员比例达到要求，但…; 执法队虽已配备法制审核人员，但…法律专业背景人员不足
# 及其中 right after a term (5项重大行政决策事项及其中3项的公开听证): the next count is another noun's.
AND_AMONG = re.compile(r"\s*(?:[、和及与]|以及)\s*(?:其中)?")
# One coverage claim over both the lower governments and the departments (对县区政府和市直部门督察全覆盖).
BOTH_COVERED = re.compile(r"(?:政府|乡镇|街道|镇街|县区|县（区）|县（市、区）|县市区)(?:（[\u4e00-\u9fff]{1,6}）|）)?(?:和|及|以及|、)(?:\d+个)?[\u4e00-\u9fff]{0,6}?部门"
                          r"[\u4e00-\u9fff]{0,12}?(?:全覆盖|覆盖率(?:达到?|为)?100%)"
                          r"|部门(?:和|及|以及|、)(?:\d+个)?[\u4e00-\u9fff]{0,6}?(?:政府|乡镇|街道|镇街)[\u4e00-\u9fff]{0,12}?(?:全覆盖|覆盖率(?:达到?|为)?100%)")
# A share of the people right before them (96.2%的执法人员), not all of them.
SHARE_OF_PEOPLE = re.compile(r"(?<![\d.])(?!100(?:\.0+)?\s*[%％])\d{1,2}(?:\.\d+)?\s*[%％]的\s*$")
PEOPLE_TERM = re.compile(r"(?:行政)?执法人员|执法队员|队员|[\u4e00-\u9fff]{0,4}人员")
# A clause going on with a result and no object of its own (…，实现督察全覆盖).
NO_OBJECT = re.compile(r"\s*(?:并|从而|进而)?(?:实现|做到|达到)了?")
NO_SUBJECT = re.compile(r"\s*(?:并|同时)?(?:将|把)")  # a clause opening on its object: the subject is the sentence's
# A clause totalling the counts before it (…，共计出庭2件).
TOTAL_OF = re.compile(r"\s*(?:共计|合计|总计|共(?=出庭|到庭)|共有(?=\s*(?:\d+|[一二两三四五六七八九十]+)\s*件(?:案件)?由)|共(?=\s*(?:\d+|[一二两三四五六七八九十]+)\s*[次期场]))")  # 共有3件由街道负责人出庭应诉; 法治专题讲座共两次
# All the heads, after one person's count (镇长出庭1件、…，负责人出庭应诉3件): the total.
ALL_HEADS = re.compile(r"\s*(?:各级)?(?:本|我)?(?:行政机关|机关|街道|(?:[镇乡局]|[区县市旗]政府|镇政府|乡政府))?(?:负责人|领导)(?=(?:实际|累计|共|共计|合计)?出庭)")  # 负责人共出庭应诉2件, 局领导出庭应诉共2件, 本局负责人出庭应诉2件
# All but some (除1件…外，其余均胜诉): the rest only.
EXCEPT_THE_REST = re.compile(r"除[^，,。；;]{0,30}外[，,]?\s*(?:其余|其他|余下)|其余")
# The rest of a count, said after it (…作出决策5项，另1项…尚未完成): their shortfall is not the count's.
PEOPLE_FIRST = re.compile(r"\s*(?:另有?|其余|剩余|余下)?(\d+\s*(?:人|名))")  # 2人因长期抽调…: a count of people opens the clause
REST_WORD = r"(?:另外|另有?|其余|剩余|余下)"
THE_REST = re.compile(r"\s*" + REST_WORD + r"\s*(?:\d+|[一二两三四五六七八九十]+)\s*(?:项|件|个)")
BUREAU_TEAM = re.compile(r"\s*(?:局属|局)?((?:行政)?(?:执法)?(?:支队|大队))")  # in a bureau's report, its detachment
OF_THE_TEAM = re.compile(r"占(?:本|该)?((?:支队|大队))")
# Units counted after a list of them (市场监管、生态环境…六支综合执法队伍): those units.
UNITS_COUNTED = re.compile(r"(?:\d+|[两三四五六七八九十]{1,3})(?:个|支)[\u4e00-\u9fff]{0,8}?(?:部门|单位|队伍|执法队|大队)")
# One of the team named by the work it is in charge of (分管综合行政执法工作的副镇长): that one, not all.
ITEM_MARK = re.compile(r"\s*(?:[一二三四五六七八九十]+是)?")  # an item's number opening the sentence (三是…)
IN_CHARGE = re.compile(r"(?<![和、及与])(?:街道|[镇乡局])?分管(?:[^，,。；;]{1,16}?的(?:副[\u4e00-\u9fff]{0,2}长|副主任|班子成员|副职|领导(?:干部|同志)?|同志|副书记|负责人|负责同志)"
                       r"|负责同志|负责人)")  # 镇分管负责同志本年度未参加: the one in charge, named without what of
ORGANISED = re.compile(r"(?:推动|组织|安排|督促|选派)$")  # others sent to do it (推动分管…的班子成员参加)
ORGANISED_FIRST = re.compile(r"\s*(?:[一二三四五六七八九十]是)?(?:推动|组织|安排|督促|选派)")  # …, opening the clause before
# Reports on a matter heard or studied (听取…行政复议体制改革…等工作汇报): the matter discussed, not its state.
HEARD_ON = re.compile(r"(?:听取|审议|研究)了?[^。；;]{0,48}?(?:等)?(?:工作|情况|进展)?(?:汇报|报告)"
                      r"|研究解决[^。；;]{0,48}?等[\u4e00-\u9fff]{0,6}问题"  # 研究解决…行政复议体制改革等重点难点问题11个: the matters studied
                      r"|(?:专题|专门)研究(?:部署)?[^。；;]{0,48}?等(?:工作|事项|议题)")  # 专题研究法治政府建设、行政复议体制配套改革…等工作
# A value held up as the measure (对照全市应急管理系统法制审核人员平均5.6%的配备水平): others' average, not its own.
AGAINST_AVERAGE = re.compile(r"\s*(?:对照|参照|比照|对标|对比)([^，,。；;]{1,24}?)(?:平均(?:水平|值)?(?:为|是|的)?)?\s*$")  # 对照全市16.8%的纠错率, 对照全市…纠错率10.3%的平均水平
# A clause opening on an act done to units (明确县司法局和…司法所的协调监督职责): they are its object, not a subject.
ACTS_ON_UNITS = re.compile(r"\s*(?:明确|确定|压实|督促|指导|要求|组织|推动|协调)")
# The governments under a named city above, averaged (邵阳市各县市区…出庭应诉率平均为89.6%): the city's average.
NAMED_UNITS = re.compile(r"\s*(?:同期|同年|当年)?([\u4e00-\u9fff]{2,4}?[省市州盟])各(?:县市区|县（市、区）|县（市）区|县区|区县|县市|市县|区)")
# A clause giving the cause of a shortfall (…，反映出部分工作人员对…认识不足): commentary, no claim.
REFLECTS = re.compile(r"\s*(?:这|此)?(?:反映出|反映了|暴露出|暴露了|说明)")
ANYONE = re.compile(r"\s*")  # the one case's next clause: whoever acts in it acts in that case
HEAD_OFFICE = r"(?:党委书记|党组书记|[区市县镇乡旗局]长|苏木达|主任|主要负责人)"  # 苏木达: a sumu's head
HEAD_HIMSELF = re.compile(r"\s*(?:[区市县镇乡旗委]|街道办事处|办事处|街道)?(?:(?:分管[\u4e00-\u9fff]{0,8}?的?)?副(?:[区市县镇乡旗局]长|苏木达|主任)|" + HEAD_OFFICE + r"(?:[、兼]" + HEAD_OFFICE + r")?)(?:本人)?(?:按照[^，,。；;]{0,8}?要求|依法|按时|准时)?(?:作为[\u4e00-\u9fff]{0,8}?负责人)?(?:亲自)?(?:(?:通过|以)(?:视频|线上|网络|远程)(?:方式)?)?(?:出庭|到庭)")  # 局长亲自出庭应诉, 镇长作为行政机关负责人出庭应诉, 委党组书记、主任亲自出庭应诉, 分管政法工作的副镇长出庭应诉, 乡长按照通知要求出庭应诉: a head
# A count of the term's things the act was missing in (1件开庭案件没有镇领导出庭应诉): not the term's count.
THOSE_NOT_DONE = re.compile(r"(?:[\u4e00-\u9fff]{0,6}?|因[^。；;]{0,16}?[，,][\u4e00-\u9fff]{0,8}?)(?:没有|未能|尚未|未)(?!发生|发现|出现|收到)")  # …，1件规范性文件因印发较晚，未能完成报备
# A later clause of the sentence saying the act was not done (…被退回补正，年底前未能完成报送备案).
LATER_NOT_DONE = re.compile(r"[，,][^，,。；;]{0,8}?(?:未能|尚未|没有|未)")
# The thing's items, counted (纳入…决策事项目录的事项共2项): the sentence goes on to the thing itself in a later clause.
ITEMS_OF_IT = re.compile(r"(?:目录)?的(?:重大行政决策|重大决策|决策)?事项")
# Offices under the government or bureau, in whose name it may not issue (未以…内设机构或…事业单位名义制发…).
ITS_OWN_OFFICES = re.compile(r"(?:内设机构|议事协调机构|临时机构|派出机构|事业单位)[^，,。；;]{0,6}?名义")
# Why cases were lost or corrected, said after the rate (败诉原因主要集中在…等方面): the causes, not a kind of case.
WHY_LOST = re.compile(r"(?:败诉|纠错|被纠错|被撤销)的?原因(?:主要)?(?:集中在|集中于|是|为|在于|涉及)[^。；;]*")
# A sentence opening on the catalogue the sentence before named (…重大行政决策事项目录…。目录共纳入3项事项): its items.
CATALOGUE_OPENER = re.compile(r"\s*(?:该|上述|此)?目录(?:中|内)?(?:共|一共|总共)?(?:列入|纳入|包括|包含|确定|有|涵盖)")
# The other counts of a 分别 list after the first (分别出庭应诉2件和1件): one for each named.
RESPECTIVE_NUMBER = r"(\d+|[一二两三四五六七八九十])\s*(?:件|次|起)"
RESPECTIVE_COUNTS = re.compile(r"(?:\s*[和、及与]\s*" + RESPECTIVE_NUMBER + r")+")
# A clause opening on the head and a deputy named (镇长、分管政法工作的副镇长于9月参加了…): two of the team.
HEADS_AND_A_DEPUTY = re.compile(r"\s*(?:选派|组织|安排|推荐|推动)?((?:[\u4e00-\u9fff]{0,4}?(?:[镇乡局区县市]长|书记|主任)[、和及与])+(?:分管[^，,。；;、]{1,10}?的)?副[镇乡局区县市]长)(?=[^，,。；;]{0,6}?(?:于|在|参加|先后|分别|均))")
# What the cases counted concerned (行政复议案件2件，均涉及信息公开申请答复): their matter, not other cases.
CASES_CONCERN = re.compile(r"(?<=件[，,])\s*(?:均|都|分别|主要)?(?:涉及|系|为)[^，,。；;]*")
# The rest of an assessment after the units it names (…和县直部门目标管理绩效考核中，将政务公开分值权重…): those assessed.
ASSESSMENT_AFTER = re.compile(r"(?:（[^）]{1,6}）)?(?:(?:和|、|及|以及)[^，,。；;政]{1,10}?)?的?[^，,。；;政]{0,6}?(?:(?:综合|绩效|年度|目标|实绩|责任)[\u4e00-\u9fff]{0,6}?)?(?:考核|考评|评估)(?:体系|办法)?(?:中|内)?[^。；;]{0,30}$")
# A rule followed in the act, the act said after it (均按照不低于…5%的要求配齐法制审核人员): done by the rule.
BY_THE_RULE = re.compile(r"(?:均|都|已|全部)(?:已)?(?:按照|依照)[^，,。；;]{0,20}$")
STAFFED_BY_IT = re.compile(r"\s*(?:以上)?的?(?:要求|标准|比例)(?:配齐|配足|配备|足额配备)")
# The act missed, right before the count of what it was missed in (未能出庭应诉1件开庭案件).
MISSED_BEFORE = re.compile(r"(?:未能|未|没有)(?:出庭|参加)(?:应诉)?$")
# A shortfall named as a problem the report owns (坦承…年度报告公开延迟的问题): the shortfall itself, not a modifier of a noun.
PROBLEM_NAMED = re.compile(r"(?:问题|情况|现象)")
PROBLEM_OWNED = re.compile(r"(?:存在|出现|坦承|承认|暴露出)[^，,。；;]{0,30}$")
# A shortfall named as what is to be avoided (坚决杜绝延迟公开问题再次发生): a rule, not an admission.
AVOIDED = re.compile(r"(?:杜绝|防止|避免|严防)[^，,。；;]{0,6}$")
# The thing used as a means (依托省级平台办案): the clause says nothing of the thing itself.
ACT_VERB_FIRST = re.compile(r"\s*(?:推动|组织|督促|指导|要求|对)")  # …，推动县市场监管…等部门…上传: an effort for others
MEANS_FIRST = re.compile(r"\s*(?:依托|通过|利用|借助)")  # a clause opening on the means: whose act it is, the next clause says
# What follows a document or case word when it names a kind of rule or work about them (规范性文件管理办法).
TERM_AS_MODIFIER = re.compile(r"(?:的?(?:权限|职权|制定权)|管理|制度|办法|规定|细则|审核|审查|备案|合法性|清理|数据库|库|工作|起草|程序|实施|应诉|风险)")
AS_A_MEANS = re.compile(r"(?:依托|通过|利用|借助|使用)$")
PERSONS_LISTED = re.compile(r"(?:[\u4e00-\u9fff]{2,12}、)+[\u4e00-\u9fff]{2,12}?" + HEAD_TITLES)
# The whole government's result said in a clause of its own, after the units were urged.
WHOLE_RESULT = re.compile(r"\s*全(?:市|区|县|镇|旗)(?!各)[^，,。；;]{0,24}?(?:达到|为|是|均不低于|均不少于)\s*\d")
PART_FIRST = re.compile(r"\s*(?:但|而|且)?(?:仍有|还有|尚有)?(?:个别|部分|少数)")  # a clause opening on some of them
UNIT_HEADS = re.compile(r"(?<=推动|督促|确保|实现|组织|安排)(?:乡镇|各|基层)?(?:执法|[\u4e00-\u9fff]{2,6}?)?(?:大队|中队|支队|科室|股室|分局|站所|所|[委局]?属单位)(?:主要)?(?:负责人|所长|站长|队长)")  # the heads of the bureau's units, not its own
# A few of the people, opening the clause (个别班子成员今年因…未能参加…培训).
FEW_PEOPLE_FIRST = re.compile(r"\s*(?:[一二三四五六七八九十]是)?(?:但是?|而)?(?:(?:今年|本年度|全年|年内)?(?:仅有|仅|只有))?(?:街道|[局镇乡区县市](?!班子))?(?:党委、?政府|党政)?((?:[局镇乡区县市]?(?:领导)?班子中?)?(?:除[\u4e00-\u9fff]{1,8}外的?)?(?:个别|部分|少数|其他|其余)[\u4e00-\u9fff、]{0,10}?(?:成员|负责人|干部|人员|同志|领导|副职(?:领导|干部)?))")  # 局领导班子中除局长外的其他成员; 乡领导班子中部分副职; 部分股室、执法中队负责人; 镇党委、政府其他班子成员
# Not yet spread over the whole government (尚未在全区推开).
# A check whether the act happened (对各执法单位是否存在下达…罚没指标问题进行排查), and the units it checked.
CHECKED_WHETHER = re.compile(r"(?:是否|有无)(?:存在)?[^，。；]{0,16}$")
UNITS_CHECKED = re.compile(r"对((?:全[县市区旗]|本[县市区旗])?各[\u4e00-\u9fff]{1,8}?)$")
# A clause opening on 其中 (…出庭应诉4件，其中镇长亲自出庭1件): some of what the clause before counted.
AMONG_FIRST = re.compile(r"\s*其中")
# Some members of a team, counted after it (局领导班子中1名新任副局长尚未参加): a part of the team.
SOME_OF_THE_TEAM = re.compile(r"(?:班子|班子成员)中(?:有|的)?((?:\d+|[一二两三四五六七八九十])\s*(?:名|人|位)[\u4e00-\u9fff]{0,8}?)(?=尚未|仍未|未|没有)")
# Items named in a list counted after it (共列入甲、城区土地储备计划调整、丙等…3项): names, not the report's words.
# What a lecture taught (分别讲解新行政处罚法对街道执法工作的要求和…): its content, not a rule the report sets.
CONTENT_TAUGHT = re.compile(r"(?:讲解|解读|宣讲)[^，,。；;|]{1,40}")
# A bound before the act whose count comes before the term (每年至少为班子成员举办2期法治专题讲座).
BOUND_BEFORE_ACT = re.compile(r"(至少|不少于|不低于)[^，,。；;\d]{0,12}?(?:举办|开展|组织|召开|安排|举行)\s*$")
ITEMS_LISTED = re.compile(r"(?<=列入|纳入|包括|涉及)[^，,。；;|]{2,80}?、[^，,。；;|]{1,80}?(?=等|\|)")  # the term itself may open on 等 (…三年计划等事项5项)
# …标准目录编制工作基本完成，正在向各乡镇延伸: the lower levels are still to come
EXTENDING_DOWN = re.compile(r"\s*(?:目前|当前)?((?:正在|正)(?:逐步)?向(?:各|全[县区市旗])?(?:乡镇|镇街|街镇|乡|镇|街道|村|社区|基层)[^，,。；;]{0,8}?(?:延伸|推开|推广|拓展|覆盖))"
                            r"|\s*但?[^，,。；;]{0,10}?(向(?:各|全[县区市旗])?(?:乡镇|镇街|街镇|乡|镇|街道|村（社区）|村|社区|基层)[^，,。；;]{0,8}?(?:延伸|推开|推广|拓展|覆盖)的?工作(?:还在|仍在|正在|尚在)(?:推进|进行))")  # 但…向各村（社区）延伸的工作还在推进之中
PENDING_NOW = re.compile(r"[，,]\s*(?:目前|当前|现阶段)[^，,。；;]{0,16}?(?:正在|尚在|仍在)")  # …将于1月下旬开展，目前述法报告正在撰写中
# All the towns of the county, in a town's or street's report (各乡镇（街道）作为被告的…共27件): the county's figure.
ALL_TOWNS = re.compile(r"各(?:乡镇|镇|乡|街道|镇街|街镇)")
# What was scheduled (街道主要负责人原定于8月参加…培训班，因…，未能按期参训): a later shortfall says it did not happen.
SCHEDULED = re.compile(r"原定(?:于|在)?|原计划(?:于|在)?")
# A cause given (1件规范性文件因报备材料不全…; 街道办事处主任因…任务，…).
CAUSE = re.compile(r"因|由于")
# What was due and then missed in one sentence (应参加…，但因…未能参加).
DUE_THEN_MISSED = re.compile(lx.OUGHT + r"[^，,。；;]{1,40}[，,]\s*(?:但|但是|而)[^。；;]{0,40}?(?:未能|未|没有)")
# The report's own government named as the respondent (以本街道为被申请人): the cases are its own.
OWN_AS_RESPONDENT = re.compile(r"以([\u4e00-\u9fff]{1,8}?)(?:作)?为被申请人")
# Another kind of case joined before the term (行政复议和行政诉讼案件19件): the count is of both kinds.
KINDS_JOINED = re.compile(r"(?:复议|诉讼|信访|仲裁|民事|刑事)(?:案件)?[和及与、]$")
# A later clause opening on a level of the same thing (…体系已初步建立，县级层面运行顺畅，乡镇层面仍在试点推进).
AT_LEVEL_AFTER = re.compile(r"\s*在((?:社区|村|村级|村（社区）|乡镇|镇|街道|镇（街道）|乡镇（街道）|基层)(?:层面|一级))(?:还|仍|尚)?")
LEVEL_SAID_FIRST = re.compile(r"\s*(?:[\u4e00-\u9fff（）、]{1,8}?(?:层面|一级|级端口|级终端|执法端|端口)|(?:乡镇|镇街|街镇|镇|乡|街道)(?:（街道）|（镇）|（乡）)?端)")  # 乡镇层面仍在试点推进, 镇级端口正在联调测试, 各乡镇执法端正在调试, 乡镇（街道）端仍在分批部署调试
SYSTEM_END = re.compile(r"\s*[\u4e00-\u9fff（）]{1,8}?(?<!终)端")  # 乡镇端, 移动端: a part of the system, not units
NOT_EVERYWHERE = re.compile(r"(?:尚未|仍未|还未|未)(?:在全(?:区|市|县|镇|旗)(?:范围内?)?(?:全面)?(?:推开|推广|铺开|覆盖|使用|应用|实现)"
                            r"|(?:覆盖|推开|推广|铺开|延伸)(?:到|至)?(?:全部|所有|全体|各(?=乡镇|镇|乡|街道|苏木|村|社区))"  # 尚未延伸至各乡镇
                            r"|实现对(?:全部|所有|\d+个)?(?:乡镇|镇街|街道|镇（街道）|乡镇（街道）)的?全覆盖)")  # 尚未覆盖全部乡镇, 尚未实现对12个乡镇的全覆盖
# A year naming the figure just given again for that year (上一年度这一数字为10次).
THAT_FIGURE = re.compile(r"[^，,。；;]{0,6}?(?:这一|该|此|同一)(?:数字|数据|指标|比例|数量|项数据)")
# Some of the people or units named, counted (班子成员中仍有2名…未能参加; …中有29个单位的负责人参加了培训), or those not yet trained (组织尚未参训的班子成员参加…).
CASES_STILL_MISSED = re.compile(r"(?:仍|还|尚)有\s*(?:\d+|[一二两三四五六七八九十])\s*[件起]")  # 仍有2件负责人未出庭: cases counted, not a rate
SOME_COUNTED = re.compile(r"(?:\d+\s*[个名家])?[\u4e00-\u9fff（）]{2,12}(?:中|里)[，,]?(?:仍|还|尚)?有\s*(?:\d+|[一二两三四五六七八九十])\s*(?:名|人|位|个单位|家单位|个|家)")
# Some people counted after 仍有/另有 (本年度仍有2名班子成员未参加…; 另有2名班子成员因…未能参加): those.
STILL_SOME_PEOPLE = re.compile(r"(?:仍有|尚有|还有|另有)\s*(?:(?:\d+|[一二两三四五六七八九十])\s*(?:名|人|位))?[\u4e00-\u9fff]{0,6}?(?:成员|负责人|干部|人员|同志|领导|副职)"
                               r"|(?<=尚有|仍有|还有)(?:\d+|[一二两三四五六七八九十])\s*个(?:村|社区|村（社区）|乡镇|部门|单位)(?=仍在|尚在|还在|正在|未|没有)")  # 班子成员中仍有同志未能参加; 目录尚有3个村仍在编制
SOME_PEOPLE_NOT = re.compile(r"(?<![\d一二两三四五六七八九十])有?\s*((?:\d+|[一二两三四五六七八九十])\s*(?:名|人|位)[\u4e00-\u9fff]{0,6}?(?:成员|负责人|干部|人员|同志|领导|副职|副[镇乡局区县市]长|副主任))"
                             r"(?:[^，,。；;]{0,12}?|因[^，,。；;]{1,20}?(?:[，,][^，,。；;\d]{0,8}?)?)(?:未|没有)")  # 有2名镇班子成员因防台抗台、项目攻坚等原因未能参加
NOT_YET_TRAINED = re.compile(r"(?:尚|还|仍)?未(?:参训|参加(?:过)?[\u4e00-\u9fff]{0,6}?(?:脱产)?培训)的[\u4e00-\u9fff、]{0,16}?(?:成员|负责人|干部|人员|领导)")
THE_OTHERS_TRAINED = re.compile(r"(?:(?:其他|其余|新任|新提任|新进)(?:班子成员|负责人|领导干部|副职)|班子(?:其他|其余)成员)(?=[^，,。；;]{0,12}?参加[^，,。；;]{0,12}?培训)")  # 确保其他班子成员年内全部参加…培训, 安排新任班子成员参加…培训: the rest, the new ones
ALL_THE_TOWNS = re.compile(r"全[区县市旗]\d+个(?:街镇|镇街|乡镇|镇（街道）|乡镇（街道）|乡（镇）|街道|镇)")
ONLY_PERSONS = re.compile(r"仅(?:有)?((?:[\u4e00-\u9fff]{0,10}?" + HEAD_TITLES + r"[、和及])+[\u4e00-\u9fff]{0,10}?" + HEAD_TITLES + r")参加")  # 仅乡长和分管副乡长参加过…
EXCEPT_PERSONS = re.compile(r"除((?:[\u4e00-\u9fff]{2,12}、)*[\u4e00-\u9fff]{0,10}?" + HEAD_TITLES + r")外")  # 除镇长、分管副镇长外，其他…
EXCEPT_SPAN = re.compile(r"除[^。；;]{1,40}?外(?=[，,]?\s*(?:其余|其他|余下))")  # 除3名…未完成…外，其余…: the exception
EXCEPT_REST_PEOPLE = re.compile(r"除[^。；;]{1,40}?外[，,]?\s*((?:其余|其他)[\u4e00-\u9fff]{0,6}?(?:人员|队员|单位|部门))")  # 除3名…外，其余人员均…
PLAN_PUT_OFF = re.compile(r"原计划[^。；;]{0,60}?(推迟|延期|取消|暂缓)")  # 原计划安排…培训，因…推迟举办
ITS_OWN_SHORTCOMINGS = re.compile(r"(?:以及|和|及)(?:存在的|面临的)(?:不足|问题)|(?:查摆|剖析|梳理|反思)了?[^，,。；;]{0,24}?(?:的)?(?:不足|问题)")  # 报告…以及存在的不足: the report's content
FROM_TO_CHANGE = re.compile(r"[^，,。；;]{0,4}?(?:由|从)[^，,。；;]{1,16}?向[^，,。；;]{1,16}?转变")  # 述法由“述成绩”向“找差距”转变
REVIEWED_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:进行|开展)?(?:审核|审查|审阅|点评|评议|把关|考核|打分)")  # 对述法报告进行审核
ITEM_TITLE = re.compile(r"\s*[一二三四五六七八九十]+是[^，,。；;：:]{2,16}。?")  # 三是组织负责人脱产培训。: an item's title, inline
ONLY_SOME = re.compile(r"(?:仅有|只有|仅)(?:部分|少数|个别)")  # 仅有部分行政复议决定书…公开: only some, so not done
# A clause naming only the basis of what follows (按照省、市关于开展…述法工作的要求，…): not a claim or a rule of its own.
# A notice issued that puts the act into a duty (印发通知，首次将述法纳入领导干部年终述职内容): the rule set,
# not the act; who then did it is said after.
RULE_ISSUED = re.compile(r"(?:印发|出台|制定|下发)[^，,。；;]{0,30}?(?:通知|办法|方案|意见|制度|规定)[》」]?\s*$")
PUT_INTO_DUTY = re.compile(r"\s*(?:首次|明确|正式)?[将把][^，,。；;]{0,12}?(?:纳入|列入|作为)[^，,。；;]{0,16}?(?:内容|范围|事项)")
COUNT_BEFORE_ASIDE = re.compile(r"(?:\d+|[一二两三四五六七八九十]{1,3})(?=\s*[件次项起宗期场]$)")  # …4件（…2件）
SPOKEN_OF = re.compile(r"(?:讲|谈|说|找|亮|摆)$")
EXPOSED_BY = re.compile(r"(?:暴露|反映|发现|查找|查摆)出?的[^，,。；;]{0,20}?$")  # 述法中暴露的…方面的不足: brought out by it
GAINS_AND = re.compile(r"(?:做法|成绩|成效|亮点|经验|优点|长处|收获)(?:和|与|及)$")  # 做法和不足: the good and the bad spoken of
SKILL_SHORT = re.compile(r"(?:能力|深度)(?:明显|仍然?|还|尚|较为|相对|总体)?$")  # 审核能力明显不足, 审核深度不够: a shortfall of skill
AVERAGE_COMPARED = re.compile(r"(?:与|同|和)[^，,。；;]{0,12}?平均(?:水平|值|数)[^，,。；;]{0,12}?(?:相比|相较|比较)")
THIS_WORK = re.compile(r"\s*(?:该项|这项|此项|上述|以上)(?:工作|机制|制度|体系|系统|平台)(?:目前|现在|至今|截至目前)?")  # 该项工作目前尚处于试运行阶段
DUE_WORD = re.compile(r"(?<![应回供])应(?:当)?(?:于|在)|按照规定|按规定")  # 我局应于3月底前…: what was due
# The act put into the duty of its team members or stations' heads alone (镇党委将法治建设情况纳入班子成员和
# 站所负责人年度述职内容, 将依法行政情况作为乡政府班子成员和各站所负责人年度述职的重要内容): their reports, not its heads'.
OTHERS_DUTY = re.compile(r"[将把][^，,。；;]{0,12}?作为\s*[镇乡]政府班子成员[和及与、]各?站所负责人(?:的)?(?:年度|年终)?述职"
                         r"|[将把][^，,。；;]{0,12}?(?:纳入|列入)\s*(?:[镇乡局]?(?:领导)?班子(?:其他)?成员|其他班子成员|各?站所负责人|[、和及与])+(?:的)?(?:年度|年终)?述职"
                         # 将…情况纳入乡党委对站所负责人和村党组织书记的年度述职评议内容: the lower units' heads' reports, assessed
                         r"|[将把][^，,。；;]{0,16}?(?:纳入|列入)[^，,。；;]{0,8}?对\s*(?:各?站所负责人|[村社区（）]+(?:党组织|党支部)?书记|[村社区（）]+主任|[、和及与])+(?:的)?(?:年度|年终)?述职")
RULE_HOLDS = re.compile(r"\s*明确")  # …，明确述法重点包括…: what the rule holds
BASIS_ONLY = re.compile(r"\s*(?:按照|根据|依照|依据|对照)[^，,。；;]*?(?:要求|部署|规定|精神|安排)\s*")
# Works an office coordinates, listed (统筹推进…示范创建、法治督察、述法评议等工作): named, not claimed done.
COORDINATED = re.compile(r"统筹(?:推进|协调|部署)|研究(?:解决|部署)")  # 研究解决…、行政复议体制改革、…等重点问题
ITEMS_NAMED = re.compile(r"(?:细化|涵盖|包括|包含)$")
ITEMS_AFTER = re.compile(r"(?:、[\u4e00-\u9fff]{1,10}?)+等[\u4e00-\u9fff]{0,4}?(?:内容|指标|事项|要素)")
AMONG_WORKS = re.compile(r"[\u4e00-\u9fff]{0,4}(?:、[\u4e00-\u9fff]{1,10}?)*?[\u4e00-\u9fff]{0,4}等(?:重点|重大|突出|程序性)?(?:工作|任务|事项|问题)")
# Problems found in others, listed (对督察中发现的…、规范性文件未按时报备、…等共性问题): not the report's own.
FINDINGS = re.compile(r"(?:发现的|梳理出)[^，,。；;]*$")
FINDINGS_END = re.compile(r"[^，,。；;]*?等[\u4e00-\u9fff]{0,4}(?:问题|短板|弱项)")  # …等方面的短板弱项18项: weak areas found
# Problems the act itself brought to light (对述法中发现的…等问题，…督促整改): what it found, not a shortfall of the act.
ABOUT_A_RULE = re.compile(r"\s*(?:因|由于)?[^，,。；;]{0,6}?关于[^，,。；;]*")
THE_RULE_AFTER = re.compile(r"[^，,。；;]{0,8}?的(?:具体)?(?:要求|规定)")
MANNER_ONLY = re.compile(r"(?:工作)?(?:不走过场|不流于形式|不搞形式)")
FOUND_THROUGH = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:中|时|过程中|(?<=中))(?:发现|查摆|反映|暴露|指出|查找)出?的[^，,。；;]*?问题")
# Problems an inspection or review pointed out, listed (对督察反馈的…台账不完整、普法责任清单未公开等问题进行了整改):
# what it found, named as the object of the fixing, not a shortfall said of the figure.
OPINIONS_RAISED = re.compile(r"提出的?(?:关于)?[^，,。；;]{2,30}?等?(?:意见|建议|诉求)")  # 群众代表提出的关于…调处不及时等意见
FOUND_LISTED = re.compile(r"(?:发现|查摆|反映|暴露|指出|查找|反馈|通报|交办|检查出)(?:较多|最多|强烈|集中|突出)?出?的[^，,。；;]*?等[^，,。；;]{0,6}?(?:问题|短板|不足)")
# The teams sent to do the work (组成3个督察组对…开展督察): who did it, not some of those it covered.
TEAMS_SENT = re.compile(r"(?:组成|成立|派出|抽调|组建)(?:\d+|[一二两三四五六七八九十]+)\s*个[\u4e00-\u9fff]{0,6}?(?:督察组|检查组|工作组|考核组|督导组|评估组)")
# The review body that decided (区政府经审理后均予以维持, 经县人民政府审理): who judged, not whose figure.
REVIEWED_BY = re.compile(r"(?:经)?(?:[\u4e00-\u9fff]{0,6}?[省市州县区旗])?(?:人民政府|政府|复议机关)(?:依法)?(?:经)?(?:审理|审查|复议)(?:后)?")
# Who inspects, before what is inspected (县委依法治县办会同县司法局对11个镇…开展督察, 组织区司法局等单位对各乡镇…):
# the inspectors, not the scope.
INSPECTORS_BEFORE = re.compile(r"[^，,。；;]*?(?:依法治[\u4e00-\u9fff]{0,6}?(?:办|办公室)|督察组|督查室|(?:组织|抽调)[^，,。；;]{1,16}?(?:等单位|等部门))[^，,。；;]*?对")
# What the work is held against (对照26个试点领域标准梳理…): the standard, not some of the units.
HELD_AGAINST = re.compile(r"(?:对照|参照|依照|按照)[^，,。；;]{0,24}?(?:标准指引|标准|指引|目录)")
# A count written after the problems it counts (共发现问题43个): the problems', not the term's.
PROBLEMS_COUNTED = re.compile(r"(?:问题|隐患|短板|不足)(?:线索)?\s*(?:共|共计|合计|累计)?\s*$")
# A bureau named before, referred to (…占该局执法人员的88.4%): that bureau's figure.
THAT_BUREAU = re.compile(r"该(?:局|委|办|支队|大队|中队)")
# The office a thing is sent to (整理后报送市级部门汇总): not the figure's scope.
SENT_TO = re.compile(r"(?:报送|上报|报给|送交|提交)(?:至|给|到)?[^，,。；;]{1,10}?(?:汇总|审核|审查)")
# Lower governments named in a list opening the clause (钟祥市、掇刀区负责人出庭应诉率未达到100%): those only.
PLACES_LISTED = re.compile(r"^\s*(?![在对由向从])(?:[\u4e00-\u9fff]{2,3}(?:市|区|县|旗)、)+[\u4e00-\u9fff]{2,3}(?:市|区|县|旗)(?=[\u4e00-\u9fff]{0,12}$)")
# A bureau's own organ and one of its teams (局机关和执法大队执法人员…): some of its people.
ORGAN_AND_TEAM = re.compile(r"(?:局|本局|我局)机关(?:各执法(?:股室|科室))?(?:和|及|与|、)(?:[\u4e00-\u9fff]{0,12}?)(?:执法)?(?:大队|支队|中队)")  # 局机关各执法股室和县自然资源执法监察大队
# Its stations sent out, named before their people (派驻乡镇（片区）自然资源所的执法人员…): some of its people.
STATIONS_SENT = re.compile(r"(?<!机关和各)(?<!机关和)(?<!本级和各)(?<!本级和)(?:(?:派驻|下属|所属|基层)[\u4e00-\u9fff（）]{0,12}?(?:所|站)(?=的$)|(?<![名个])(?:各)?基层(?:市场监管)?所$)")  # …基层所法制审核人员…: the stations'
ASKS = re.compile(r"(?:今年|年初|明确)?(?:要求|提出|下达)")  # 州政府要求各县…: a body asking those under it
# A clause opening on the steps the thing went through (目录经集体研究后尚未向社会公开): then what it is not
ONLY_THERE = re.compile(r"\s*(?:仅|只|仅仅)(?:在|于|通过)")  # …，仅在镇政务公开栏张贴公示，未在…网站向社会公开: only there, the clause after says where not
PROCESS_FIRST = re.compile(r"\s*(?:该|此)?(?:目录|体系|系统|平台|报告)?(?:经|经过)[^，,。；;\d]{1,12}?(?:后|之后)?(?:仍|也|却)?")
# Some of the team counted before the act (年内完成2名班子成员法治专题脱产培训补训): those only
MEMBERS_ACTED_ON = re.compile(r"(?<=完成|督促|组织|安排|推动|确保)(?:未参训的|尚未参训的)?(?:\d+|[一二两三四五六七八九十])\s*名(?:[\u4e00-\u9fff]{0,4}?)(?:班子成员|领导干部|副职)")
# 全年未能实现开庭案件负责人全部出庭应诉: a phrase for all of them (全部出庭: 100) not achieved
NOT_ACHIEVED_BEFORE = re.compile(r"((?:未能|没能|没有|尚未|未)(?:实现|做到|达到))[^，,。；;]{0,16}$")
# 案件2件，均为2019年农村房屋拆迁补偿遗留问题引发: the year of the cause, not of the figures after it
YEAR_OF_CAUSE = re.compile(r"(?:度)?[^，,。；;\d]{0,30}?(?:引发|引起|遗留|导致)")
# 县统一综合执法办案平台已完成招标，预计明年6月投入使用: a later clause expecting it done, so it is not yet
EXPECTED_LATER = re.compile(r"\s*(?:目前)?(预计|[\u4e00-\u9fff]{2,10}?工作将)(?:将)?(?:于|在|到)?(?:明年|下一?年|\d{4}年|年底|年内|今年底|\d{1,2}月)[^，,。；;]{0,10}?"
                            r"(?:投入使用|投用|上线|建成|运行|完成)")
# A later clause on where the work stands now (…启动，目前正在各镇…陆续开展; 目前目录初稿已完成，仍在…修改完善):
# under way, not done; not the problems found being fixed (目前其余问题正在整改).
UNDER_WAY_NOW = re.compile(r"\s*(?:目前|当前|现阶段)(?:[^，,。；;\d]{0,12}?(?:已完成|已形成|已启动)[，,])?[^，,。；;\d]{0,24}?"
                           r"(正在|仍在|尚在|还在|尚未|仍未|还未)(?![^，,。；;]{0,16}(?:整改|问题))")
# A later clause on the fields done so far (…编制镇级政务公开事项目录，目前已完成就业、社会救助等领域目录的编制):
# some fields, so the whole is not done yet.
SOME_FIELDS_NOW = re.compile(r"\s*((?:目前|当前|现阶段)(?:已经?|仅|只)?(?:编制|梳理)?完成了?(?:[^，,。；;\d]{0,30}?等)?"
                             r"(?:部分|\d+\s*个|[一二两三四五六七八九十]+个)?领域)")
# A later clause naming a work still going on (…方案已起草完成并报市级审核，集中行使…职责工作正在推进中): not done.
WORK_UNDER_WAY = re.compile(r"\s*(?!目前|当前)(?![^，,。；;]{0,16}?(?:整改|问题))[^，,。；;\d]{2,16}?工作(正在|仍在|尚在|还在)(?:推进|进行|实施|开展)中?"
                            r"\s*(?=[，,。；;]|$)")  # not 其余问题整改工作正在推进: the problems found being put right
# The words between a count and 备案 when the count is of the documents sent (其中4件已按规定报送市政府和县人大常委会备案):
# the act, its manner and where they went, not another noun.
SENT_MANNER = r"(?:文件|规范性文件)?(?:\d+(?:个工作日|日|天)|(?!未|没有|正在|正按|尚|不|拟|将|应)[^，,。；;\d]){0,16}?"
SENT_FOR_FILING = re.compile(SENT_MANNER + r"(?:报送|报)(?:至|给|到)?[^，,。；;\d]{0,24}?$")
SENT_BEFORE_FILED = re.compile(SENT_MANNER + r"$")  # 9件已全部在规定时限内报送备案: the count, then how, then the act
PENDING_BEFORE = re.compile(r"(?:尚在|仍在|正在)[\u4e00-\u9fff]{0,6}?的\s*$")  # 尚在审理中的1件: those still pending
UNDER_WAY = re.compile(r"正在|正按|尚在|仍在")  # …的1件正按程序履行报备手续: still under way
# An attitude to a thing named as its object (对…年度报告、政务公开等基础性工作重视不够): not the thing's state.
HEEDED_LITTLE = re.compile(r"对[^，,。；;]{2,30}?(?:重视不够|重视程度不够|重视程度不高|重视不足|不够重视|准备不(?:够)?充分|准备不足)")  # 个别部门主要负责人对述法准备不充分: the care given, not the act
# The items an inspection looked at, listed before the term (重点检查领导干部学法述法、…): the inspection's object.
# 将会前学法、述法、规范性文件备案…等情况纳入考核: an item of an assessment, not the act done
LISTED_FOR_ASSESSMENT = re.compile(r"(?:、[^，,。；;、]{1,14})*等[^，,。；;]{0,4}?纳入[^，,。；;]{0,14}?(?:考核|考评|评价|评估)")
# 镇长因正值主汛期在镇一线组织防汛抢险: who, and why, a clause of its own before what they missed
WHO_FOR_A_CAUSE = re.compile(r"\s*[\u4e00-\u9fff]{1,8}?(?:因|由于)[^，,。；;]{2,30}")
# Hours named before the bound and the number (培训学时人均不低于60个): the unit of that number.
HOURS_BEFORE = re.compile(r"(学时|课时)(?:人均|平均)?(?:均|都)?(?:不低于|不少于|不得低于|不得少于|达到|超过)?$")
CHECKED_ITEMS = re.compile(r"重点(?:检查|督察|督查|查看|评查|考核|抽查)[^，,。；;]{0,24}$")
# …报告的报送和公开情况进行检查 after 对: the others' act checked, not its own
CHECKED_AFTER = re.compile(r"[^，,。；;]{0,12}?情况(?:进行|开展)了?(?:检查|督查|督察|抽查|评查|核查|通报)")
# A class attended that another body held (局长参加了县委党校举办的…培训班): its name says who it was for.
ATTENDED_CLASS = re.compile(r"参加了?[^，,。；;]{0,30}?举办的")
# A clause that is only an exception (…覆盖面不够，除主要负责人外，仍有部分班子成员未参加): the next clause says who.
EXCEPT_PEOPLE = re.compile(r"\s*除[^，,。；;]{0,12}?(?:\d+|[一二两三四五六七八九十])\s*(?:名|人|位)[^，,。；;]{0,12}外")  # 除4名年内新调入人员外
EACH_OF_THE_REST = re.compile(r"\s*(?:其余|其他)?(?:人员|执法人员)?(?:每人|每名|人均|均|都|全部)")  # …，每人…均不少于60学时
EXCEPT_CLAUSE = re.compile(r"\s*除[^，,。；;]{1,16}外")
# The audience in the name of a class attended (参加…举办的为期5天的乡镇（街道）负责人法治专题脱产培训班): not the scope.
CLASS_AUDIENCE = re.compile(r"(?<=举办的)(?:为期[^，,。；;]{1,4}?的)?[^，,。；;]{2,24}$")
# What a thing covers, said before its name (覆盖县直执法部门和11个乡镇的…系统): not the figure's scope.
COVERING = re.compile(r"覆盖[^，,。；;的]{0,24}的")
CONSULTED = re.compile(r"(?:征求|听取)(?:了)?[^，,。；;]{1,16}?(?:的)?(?:意见|建议)")  # 广泛征求了各村和群众的意见, 听取了各村群众和县林草局的意见: those asked, not the figure's scope
# The term's act named again as part of another thing (行政应诉业务培训, 学法考试): not the act itself.
ANOTHER_THING = re.compile(r"(?:业务|知识|技能|能力)?(?:培训|考试|考核|竞赛|比武|讲座|制度|工作会议|座谈会)")
# 无一项重大行政决策事项未经合法性审查: none that was not reviewed, not none at all
THEN_NOT = re.compile(r"\s*(?:未|不|没有|违反|脱离|绕过)")
# 纠错4件，占12.5%，即行政复议纠错率: the rate named after its value, in a clause of its own
RATE_NAMED_AFTER = re.compile(r"\s*(?:即|亦即|也就是)[\u4e00-\u9fff]{0,10}$")
SHARE_ENDS = re.compile(r"(?:占|为|是|达到?)\s*$")
SUBSET_AFTER = re.compile(r"的[\u4e00-\u9fff]{0,6}?(?:案件|事项|文件)中[，,]?(?:仍有|尚有|还有|有|共有)\s*\d+\s*[件起宗项]")  # …开庭审理的案件中仍有5件由律师代为出庭
# 30件开庭案件有29件由…负责人出庭: after a count before the term, some of those counted
SOME_OF_COUNTED = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:案件|事项|文件)中?[，,]?有\s*\d+\s*[件起宗项]")
SOME_AMONG = re.compile(r"中[，,]?(?:出现|(?:只|仅|仍|尚|还)?有|发生)\s*\d+\s*[件起宗]")  # …案件中有4件涉及违法建设拆除: some of the cases
# 4项决策事项中3项已作出决定: after a count right before the term, some of those counted
PART_AMONG = re.compile(r"中[，,]?\s*(?:\d+|[一二两三四五六七八九十]+)\s*[件起宗项]")
UNITS_CASES_AMONG = re.compile(r"[^，,。；;]{2,24}?作为被告的(?:行政诉讼|行政应诉)?案件中\s*[，,]?$")
ALL_APPEARED = re.compile(r"(?:全部|均|全员)(?:已)?出庭|均由[^，,。；;]{2,16}?出庭")  # 3件案件均由乡政府负责人出庭应诉
TITLE_COUNT = re.compile(r"\s*[（(]\s*(?:共|共计|计)?")  # 《…事项目录》（共11项）: the items of the list named
NOT_APPEARED = re.compile(r"(?:的)?(?:行政诉讼|行政应诉|诉讼)?(?:案件)?(?:的)?(?:(?:没有|无)(?:行政机关|[\u4e00-\u9fff]{0,3}?(?:政府|局|委|办事处))?(?:主要)?负责人(?:亲自)?出庭|(?:被诉)?(?:行政机关|[\u4e00-\u9fff]{0,3}?(?:政府|局|委|办事处))?负责人(?:均)?(?:未|没有)(?:能)?出庭|(?:未|没有|并非|不是)由[\u4e00-\u9fff]{0,8}?负责人(?:亲自)?出庭|(?:仅|只)由(?:委托)?(?:代理人|律师|工作人员)[\u4e00-\u9fff]{0,4}?出庭|(?:因[^，,。；;]{0,12}?)?(?:由|委托)[\u4e00-\u9fff]{0,8}?(?:代为|代理)出庭)")  # …，仅由委托代理人出庭; 1件开庭案件因工作冲突由执法人员代为出庭  # 1件开庭案件未由街道负责人出庭  # 1件开庭案件无镇政府负责人出庭, …没有镇政府负责人出庭
# 比例不低于5%的执法部门有14个: the units that meet it, counted after the rule
UNITS_THAT_MEET = re.compile(r"\s*的[\u4e00-\u9fff]{0,6}?(?:部门|单位|主体|执法人员|执法队员|人员)(?:有|共|为|达)?\s*((?:\d+|[一二两三四五六七八九十]{1,3})\s*[个名人])")  # …不少于60学时的执法人员12名
_RULED_AGAINST = r"(?:判决|裁定)?(?:确认(?:程序)?违法|撤销|变更)"
LOST_AFTER = re.compile(r"(?:均|全部)?被(?:法院|人民法院)" + _RULED_AGAINST)  # 有1件行政诉讼案件被法院确认程序违法: the case lost, not the count
# …, or lost for a cause (发生1件行政诉讼案件因…程序瑕疵被确认违法); not the year's cases named again (全年发生的1件…因…被判决撤销)
LOST_FOR_A_CAUSE = re.compile(r"因[^，,。；;被]{1,20}?被(?:法院|人民法院)?" + _RULED_AGAINST)
FOR_A_CAUSE = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:因|由于)")  # 1件开庭案件街道负责人因工作冲突…
DELEGATED = re.compile(r"委托[^，,。；;]{0,12}?出庭|由[^，,。；;]{0,12}?代为出庭")  # …，委托执法中队负责人出庭
# A count of people or units with their noun (全局32名执法人员), and the rest said next to fall short
# (，另有6名执法人员因…，培训学时未达到60学时).
# Persons a claim names by count (局党组书记、局长和3名班子成员参加了…): those only, when others fell short.
PERSONS_COUNTED = re.compile(r"((?:[\u4e00-\u9fff、]{0,12}?[和及])?\d+\s*名[\u4e00-\u9fff]{0,6}?(?:副局长|副镇长|副主任|副县长|副区长|副市长|班子成员|副职|成员|负责人|领导|同志))")
COUNTED_PEOPLE = re.compile(r"(\d+\s*[名人个家](?:执法人员|执法队员|[\u4e00-\u9fff]{0,4}?(?:人员|队员|单位|部门|成员|负责人|干部)))")
_SOME_FELL_SHORT = r"\s*\d+\s*[名人个家][^。；;]{0,60}?(?:未|没有|不足|达不到)"
REST_FELL_SHORT = re.compile(r"[，,；;]\s*(?:" + REST_WORD + r"|(?=\d+\s*[名人](?:[\u4e00-\u9fff]{0,10}?)(?:人员|队员)))" + _SOME_FELL_SHORT)  # in the same sentence, named as the rest
REST_NEXT_FELL_SHORT = re.compile(r"[。；;]?\s*(?:(?:受|因)[^，,。；;]{0,30}?影响[，,]\s*)?(?:" + REST_WORD + r"|[\u4e00-\u9fff]{0,6}?中有)?"
                                  + _SOME_FELL_SHORT)  # opening the next sentence (受…影响，镇班子中有2名副职…未能参加)
REST_BEFORE = re.compile(r"(?:" + REST_WORD + r"|其他)\s*$")  # 对其他2项决策事项: the rest, not the count
# Cases taken in one way or place only (在乡镇现场受理, 巡回受理, 网上受理): some of the cases, not the year's.
RECEIVED_ONE_WAY = re.compile(r"(?:在[\u4e00-\u9fff]{1,8}?)?(?:现场|巡回|上门|网上|线上|窗口)受理(?=[\u4e00-\u9fff]{0,8}$)")
# Some of the people just counted (9名执法队员中，有7名…): the next clause opens on their number.
SOME_OF_THEM_FIRST = re.compile(r"\s*(?:其中)?(?:有|仅有|共有)?\s*((?:\d+|[一二两三四五六七八九十]+)\s*(?:名|人))(?![次员])")
# The rest named with no count (其余人员, 其余执法队员): those not among the ones counted.
THE_REST_NAMED = re.compile(r"\s*((?:其余|剩余|余下)(?:[\u4e00-\u9fff]{0,4}?(?:人员|队员|单位|部门))|[\u4e00-\u9fff]{0,6}?(?:配备不足|未达标|尚未达标|不达标)的(?:部门|单位))")
# Heads named, each in one of the cases (镇长和分管副镇长分别出庭应诉): as many cases as heads named.
EACH_NAMED_IN_TURN = re.compile(r"\s*((?:[\u4e00-\u9fff]{1,12}?[、和及与])+[\u4e00-\u9fff]{1,12}?)分别(?=出庭|到庭)")
# What was missed, then made up another way (…未能参加集中培训，依靠网络补学完成培训任务): not short.
MADE_UP_AFTER = re.compile(r"[，,]\s*(?:但|后|已|均)?(?:通过|依靠|利用|采取)?[^，,。；;]{0,10}?(?:补学|补训|补课|自学)[^，,。；;]{0,6}?(?:完成|补齐|补足|达到)")
# Every one done as the other (制发一件、报备一件; 审核一件、备案一件): a rule of each, not a count of one.
ONE_EACH = re.compile(r"(?:制发|出台|印发|制定|发布|审核|审查|报送|报备|备案)一件[、，,]\s*(?:报备|备案|报送|审核|审查|公开|发布|清理)一件")
# Some of a team counted (执法队1名队员…未达到60学时): those, not the whole team.
TEAM_SOME = re.compile(r"(?:执法队|中队|大队)((?:\d+|[一二两三四五六七八九十]+)\s*名[\u4e00-\u9fff]{0,4}?(?:队员|人员))")
# The newcomers the term names (执法队组建后新调入的人员…尚未达到60学时): those, not everyone.
NEWCOMERS = re.compile(r"新(?:调入|入职|招录|录用|进|转隶)(?:[\u4e00-\u9fff]{0,6}?的)?(?:行政)?(?:执法)?(?:人员|队员)$")
# The one excepted never reached the act (其中1件原告在开庭前撤诉，其余4件均已开庭审理).
EXCEPTED_NOT_DONE = re.compile(r"其中\s*(?:\d+|[一二两三])\s*件[^。\n]*?(?:撤回|撤诉|驳回|未开庭|不予受理|终止审理|终结审理|书面审理|退回补正)")
# …, 另1件由人民法院开庭审理: the one excepted never heard (撤诉, 未开庭), not one judged (驳回原告诉讼请求)
EXCEPTED_UNHEARD = re.compile(r"其中\s*(?:\d+|[一二两三])\s*件[^。\n]*?(?:撤回|撤诉|未开庭|不予受理|终止审理|终结审理|书面审理)")
STILL_LEFT = re.compile(r"(?:仍有|尚有|还有)\s*$")  # 仍有4件开庭案件负责人未出庭: what is still undone, not the count  # …，另有1件正在履行报备程序: the count after it is the rest
AMONG_THEM = re.compile(r"\s*中\s*(?:仍有|尚有|还有|有)?\s*(\d+\s*(?:人|名|个(?:单位|部门)?)|(?:部分|个别|少数)(?:人员|同志)?)")
# The count of the people just named (…的执法人员有37人).
COUNTED_AFTER = re.compile(r"[^，,。；;\d]{0,4}?(?:有|共有|共|为|达)\s*(\d+\s*(?:人|名|个))")
# 4名执法人员未能完成年度60学时培训: a count of the term's people who fell short is part of them
# The heads of villages and communities, and the government's own heads or its units' (各村（社区）党组织书记
# 同步述法): the first alone as the subject make the statement the villages', not the government's.
LOWER_HEADS = re.compile(r"(?:村（社区）|村\(社区\)|社区（村）|社区\(村\)|村（居）|村\(居\)|村居|嘎查村|嘎查|村|社区|居委会|村委会)(?:[\u4e00-\u9fff]{0,6}?(?:负责人|书记|主任)|[“”\"]?两委[“”\"]?(?:班子)?(?:成员)?)|司法所(?:所)?长")  # 村（居）“两委”班子成员: the villages'  # 对司法所长实行年度述职评议
FOR_LOWER_HEADS = re.compile(r"\s*(?:对于|对)((?:各|全[镇乡])?" + LOWER_HEADS.pattern + r")")  # 对各村党组织书记，…: the sentence is about them
GOVERNMENT_HEADS = re.compile(r"书记|[镇乡区县市]长|主任|负责(?:人|同志)|班子成员|领导干部|部门|站所|各办|科室|单位")
# A website column and the kinds of documents it carries, listed up to the term (专栏，集中发布法治政府建设年度报告、…).
COLUMN_CARRIES = re.compile(r"专栏[，,]?\s*(?:集中|统一|分类|及时)?(?:发布|公开|展示|公布|刊载)(?:[^，,。；;、]{1,20}、)*$")
# A clause joined on to the one before by a conjunction (…，而全州平均好评率为99.5%): what follows it is the clause's subject.
JOINED_ON = re.compile(r"\s*(?:而且|而|但是|但)?")
# How well a work is done, said short (审核的深度和精细化程度还有待提高): not a share's shortfall.
HOW_WELL_SHORT = re.compile(r"(?:深度|精细化程度|精细化水平|专业化程度|专业化水平|质量|审核能力)(?:还|仍|尚|都)?$")  # …仅配备法制审核人员1名，…，专业审核能力有待提升
# The prefecture's average over its counties (地区各县市负责人出庭应诉率平均水平为96.5%), in a county's report.
COUNTIES_AVERAGE = re.compile(r"\s*(?:同期|同年|当年)?((?:全)?地区|全(?:市|州|盟))各县(?:市|区|（市、区）|（区）|（市）|市区)?[^，,。；;]{0,16}?平均")  # 全市各县（市、区）…平均为98.2%
# The others of a staff counted after some (其中7名…，另外2名为下半年新调入人员，…尚有欠缺): those.
OTHERS_COUNTED = re.compile(r"(?<=[，,；;])\s*((?:另外|另有|另|其余|还有)\s*(?:\d+|[一二两三四五六七八九十])\s*名(?:[\u4e00-\u9fff]{0,12}?(?:人员|队员|干部))?)")
# The people a sentence opens on as its topic (对驻村队员，执法队通过…组织其补学，但…培训学时仍有欠缺): what it says is of them.
PEOPLE_AS_TOPIC = re.compile(r"\s*对于?((?:(?![，,。；;])[\u4e00-\u9fff]){0,10}?(?:队员|人员|干部|同志))[，,]")
# Some of the people, told apart by their tenure or by being new, right before the people term
# (在岗满一年的13名执法队员, 在编在岗的12名, 年初在岗的9名, 12名全年在岗的, 仍有3名今年新入职的, 年中(由…)转隶的, 原有的): those only.
SOME_BY_TENURE = re.compile(r"(?:(?:在编在岗|在岗在编|在职在岗|年初在岗|年初在编|全年在岗|(?:在岗|在编|入职|任职|持证|工作|从事[\u4e00-\u9fff]{2,4})(?:时间)?已?满[\u4e00-\u9fff\d]{1,6})的\s*(?:\d+\s*名)?"
                            r"|(?:仍有|尚有|还有)?\s*(?:\d+\s*名)?(?:今年|年中|年内|本年度?|\d{4}年)?□*(?:新转隶|新入职|新招录|新录用|新进|新调入|新划转|新招聘|转隶|调入|划转)的?\s*(?:\d+\s*名)?"
                            r"|原有(?:的|持证的?)?\s*(?:\d+\s*名)?|\d+\s*名正式|\d+\s*名老)$")  # 原有执法队员均完成了60学时, 19名正式执法人员, 6名老队员: those there before the newcomers
# Where newcomers came from (5名年中由区城管局转隶的执法人员): not the figure's unit; masked before scopes are read.
CAME_FROM = re.compile(r"由[\u4e00-\u9fff]{2,12}?(?=转隶|调入|划转|划入|抽调|借调)")
# Some counted, or the rest, then the cause, ending the clause before the term's (2名新进队员因入职时间较晚，…;
# 其余人员因长期驻村…，…).
COUNTED_WITH_CAUSE = re.compile(r"(?<![\d.])((?:\d+\s*[名个位家]|(?:其余|剩余|余下)(?=[\u4e00-\u9fff]{0,4}?(?:人员|队员|同志|干部|成员|单位|部门)))"
                                r"(?:[\u4e00-\u9fff]{0,6}?(人员|队员|干部|成员|单位|部门|乡镇|街道|同志))?)"
                                r"(?:因|由于)[^，,。；;：:]{1,30}$")
# A clause naming the set the next one counts from (40个乡镇（街道）中).
AMONG_CLAUSE = re.compile(r"[\u4e00-\u9fff\d（）()]{2,20}中\s*")
# The officers a report says it has (本局现有持证执法人员23名), and a count of them with no 全/各 before
# it (21名执法人员…均在60学时以上): fewer than all are some of them.
OFFICERS_NOW = re.compile(r"现有(?:在编|持证|在岗)?(?:行政)?执法人员\s*(\d+)\s*(?:名|人)")
OFFICERS_COUNTED = re.compile(r"(?<![\d,])(\d+)\s*名(?:持证|在编|在岗)?(?:行政)?执法(?:人员|队员)")
COUNT_BEFORE = re.compile(r"(?:^|[，,；;]\s*|有|的|上述|以上)(\d+\s*[名个人](?:[\u4e00-\u9fff]{0,4}|(?:年[初中底]|年内|今年)?从[\u4e00-\u9fff]{1,6}?(?:岗位|单位|部门)|[\u4e00-\u9fff][\u4e00-\u9fff\d]{4,13}的|[\u4e00-\u9fff][\u4e00-\u9fff\d]{2,13}的[\u4e00-\u9fff]{2,6}))$")  # 年内新招录的2名执法人员…尚未完成, 3名长期抽调在防控一线的执法人员, 1名今年9月新调入执法队的执法人员, 3名年内新增的校外培训监管执法人员: those
SOME_HAVE = re.compile(r"(?<![共现拥总])有\s*((?:\d+|[一二两三四五六七八九十几]+)\s*(?:名|个|家|支|位)[\u4e00-\u9fff]{0,6}?"
                        r"(?:人员|干部|单位|部门|中队|大队|队|所|站|乡镇|街道))")

# --- Tables -----------------------------------------------------------------------------------

TABLE_ROW = re.compile(r"^表(\d+)第(\d+)行(?:（第\d+行）)?$")
YEAR_HEADER = re.compile(r"(?:\d{4})年?度?(?:[（(]?(?:实际|完成|数值)?[）)]?)?")
DONE_HEADER = re.compile(r"(?:本年|年度)?(?:完成值|完成情况|实际完成(?:值|情况)?|实际值|完成数|完成数值)")
GOAL_HEADER = re.compile(r"(?:年度)?(?:目标值|目标|目标要求|目标任务|计划值|指标值|要求)")
ROW_UNIT = re.compile(r"[（(]\s*(%|％|件|项|次|期|人|个|学时)\s*[）)]")
TOTAL_ROW = re.compile(lx.TOTAL_ROW)
BARE_RATE_HEADER = re.compile(r"(?:所占)?(?:占比|比例|比率|比重)\s*(?:[（(]%[）)])?")
RATE_HEADER = re.compile(r"%|％|比例|占比|率")
# A table's lead-in naming only some units (对重点执法部门…统计): its total row is theirs.
SOME_UNITS_TABLED = re.compile(r"(?:重点|部分|抽查的?|\d+个)[\u4e00-\u9fff]{0,6}?(?:执法部门|部门|单位|执法单位)")

# 先后3期举办…讲座, 分两期举办…: the count of times the act was done, said before its verb; IN_SESSIONS_COUNT finds
# such a count anywhere in a clause (先后两次邀请…为镇领导班子举办…: the act far after it)
_SESSIONS_OPENER = r"(?:先后|分)(?:共)?"
IN_SESSIONS = re.compile(_SESSIONS_OPENER + "$")
_SESSIONS_COUNTED = _SESSIONS_OPENER + r"(?:\d+|[一二两三四五六七八九十]+)\s*(?:期|次|场)"
IN_SESSIONS_COUNT = re.compile(_SESSIONS_COUNTED)
# 列入目录的事项为“…建设”1项 (纳入目录的事项为乡集镇污水管网及生活垃圾转运站建设1项): the items named right after the
# term, in quotes or closed by their count, then the count (目录列入“…”“…”“…”3项)
NAMES_BEFORE_COUNT = re.compile(r"\s*(?:为|是|即|包括|(?:目录)?共?(?:列入|纳入)(?=“))(?:“[^”“。]{1,40}”(?:[、和及与]?“[^”“。]{1,40}”)*"
                                r"|[^，,。；;“”\d]{1,40}?(?=(?:\d+|[一二两三四五六七八九十])\s*项))")
# 先后两期邀请…专家，为乡领导班子开展法治专题讲座: the sessions counted with the invitation, the act in the next clause
INVITED_IN_SESSIONS = re.compile(_SESSIONS_COUNTED + r"邀请[^，,。；;]*$")
FOR_WHOM_FIRST = re.compile(r"\s*(?:为|给)[^，,。；;]{1,16}?(?:举办|开展|组织|讲授|作|进行)")
SESSION_ACT = re.compile(r"^(?:邀请[^，,。；;]*?)?(?:举办|开展|组织|作|进行|安排)")
# 召开常务会议11次，每次会前安排集体学法 / 每次会议均安排会前学法: every meeting counted had the act
EACH_MEETING_ACT = re.compile(r"\s*每次(?:会议|会)?(?:前|之前)?(?:均|都)?(?:安排|组织|进行|开展)?(?:会前|会议前)?(?:集体|集中)?学法(?=[，,。；;]|$)")
# The rest of a clause after its subject is only a cause (个别执法人员因参加防汛、包村等工作，…): the predicate follows
CAUSE_ONLY = re.compile(r"(?:均|都|也|还)?(?:因|由于|受)[^，,。；;]{2,30}?(?:工作|任务|影响|原因|需要)")
# In a town's report, after the county's system: the town's own cases handled in it (我镇综合行政执法队的执法案件已全部通过该系统网上办理)
OWN_CASES_IN_IT = re.compile(r"[，,]\s*(?:我|本)?(?:镇|乡|街道)[^，,。；;]{0,16}?(?:案件[^，,。；;]{0,4}?(?:全部|均|都)?(?:已经?)?(?:全部|均|都)?(?:在|通过)(?:该|这一|此)?(?:系统|平台)|(?:全部|所有)(?:执法)?案件(?:均|都)?(?:实现)?网上(?:立案|办理|办案)"
                             r"|案件[^，,。；;]{0,8}?(?:全部|均|都)(?:实现)?网上(?:立案|办理|办案|办结)|案件[^，,。；;]{0,24}?全部在(?:该|这一|此)?(?:系统|平台)(?:内|中|上)?办理)"
                             r"|覆盖(?:县|市|区|旗)(?:本级)?(?:和|、|及|与)?(?:镇|乡|乡镇|镇街|街镇)两级|在(?:县|市|区|旗)(?:乡|镇|乡镇|镇街)两级(?:全面)?(?:运行|应用|使用|上线)"
                             r"|覆盖(?:县|区|市|旗)(?:本级|直[^，,。；;]{0,6}?)和(?:全县|全区|全市|全旗)?(?:各|所有|全部|\d+个)?(?:乡镇|镇街|乡|镇)"
                             r"|已(?:经)?在(?:我|本)(?:镇|乡|街道)(?:全面)?(?:应用|使用|投入使用|上线运行|上线|运行|推广应用)"
                             r"|已(?:于[^，,。；;]{2,10}?)?(?:延伸|覆盖|推广|拓展|接入)(?:到|至)(?:我|本)(?:镇|乡|街道)(?=[，,。；;])")  # …，我镇执法队自2025年起实现全部案件网上立案; 县里建设的…系统已在我镇全面应用; …系统已于2024年3月延伸至我镇
THOSE_NOT_YET = re.compile(r"(?:组织|督促|推动|安排|动员)(?:尚未|未|还未|没有)[^，,。；;]{1,10}?的")  # 组织尚未参加培训的镇班子成员…
# Helping with another body's work (积极配合县里推进…建设, 积极争取县上加快推进…): not its own plan to do it.
HELPING_BEFORE = re.compile(r"配合|争取|协助|支持")
# Some units counted as having done it (目前已有29个村（居）完成村级公开目录编制): those only, not the whole.
SOME_COUNTED_DONE = re.compile(r"[，,]\s*(?:目前|现已|截至目前|截至年底)?[，,]?\s*(?:已有|共有)(\d+个[\u4e00-\u9fff（）]{1,8}?)(?:已)?(?:完成|建成|实现)")
# The towns named as a scope (各乡镇, 各镇（街道）, 12个乡镇): not the departments.
TOWNS_NAMED = re.compile(r"\s*(?:全[县区市旗])?(?:各|所有|(?:\d+|[一二两三四五六七八九十]+)个)?(?:乡镇|镇|乡|街道|苏木|镇（街道）|乡镇（街道）|镇街|街镇)")
# The veterans counted (22名在岗老队员): the newcomers are left out, so some of them.
VETERANS = re.compile(r"(?:\d+|[一二两三四五六七八九十]+)\s*名(?:在岗|在编)?老(?:队员|执法人员|执法队员|$)")  # (the term may be 队员)
