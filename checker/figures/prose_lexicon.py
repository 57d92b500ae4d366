"""The language of report prose, shared by every indicator.

What names a figure (terms, units, context words) lives with each indicator in the catalogue
(`extract:`). What follows is how Chinese prose qualifies any figure: bounds, shortfalls,
requirements, scope, period. Indicators may add their own shortfall phrases in YAML.
"""

from __future__ import annotations

# Units a figure may carry, longest first where one is a prefix of another.
from ..catalogue.extract_spec import UNITS  # noqa: E402  (the catalogue validates extract units against it)
PERCENT_UNITS = ("%", "‰")
# Measure words of a count. A count written before a noun counts that noun (9项重大行政决策和
# 3项决策听证: 3 counts the hearings); written after it, the noun before (出庭21件).
COUNT_UNITS = ("人次", "家次", "件次", "场次", "件", "项", "个", "次", "期", "人", "名", "家", "份", "场", "条", "起", "宗",
               "篇", "部", "批", "轮", "户", "类")
# A count followed by one of these does not stand before a noun of its own.
NOUN_PREFIXES = ("涉企", "涉农", "涉外")  # 3项涉企政策听证: a noun, though 涉 alone opens a verb (3件涉及…)
NOT_NOUN_START = set("由因被和及与、，,。；;：:（()）其均全都已是为中以左余多共合占同比较涉依经分并且次的在上下内外就也还则即等约达\n \t")

# Words before a number (longest first) and the bound they give.
BOUND_BEFORE = (
    ("无一人低于", "at_least"), ("无一低于", "at_least"), ("保底", "at_least"), ("无一少于", "at_least"), ("没有低于", "at_least"), ("无一超过", "at_most"),
    ("必须满", "at_least"), ("须满", "at_least"), ("应满", "at_least"),  # 每人每年须满60学时
    ("不得少于", "at_least"), ("不得低于", "at_least"), ("不应少于", "at_least"), ("不应低于", "at_least"),
    ("不得超过", "at_most"), ("不得高于", "at_most"), ("不少于", "at_least"), ("不低于", "at_least"), ("不小于", "at_least"), ("至少", "at_least"),
    ("最少", "at_least"), ("不超过", "at_most"), ("不高于", "at_most"), ("不多于", "at_most"),
    ("最多", "at_most"), ("至多", "at_most"), ("超过", "more_than"), ("高于", "more_than"),
    ("多于", "more_than"), ("大于", "more_than"), ("逾", "more_than"), ("不足", "less_than"), ("不到", "less_than"),
    ("低于", "less_than"), ("少于", "less_than"), ("小于", "less_than"), ("未满", "less_than"), ("不满", "less_than"),
    ("接近", "about"), ("将近", "about"), ("近", "about"), ("大约", "about"), ("约", "about"),
    ("≥", "at_least"), ("≤", "at_most"), ("＞", "more_than"), (">", "more_than"), ("＜", "less_than"), ("<", "less_than"),
)
# Between the number and its unit (50余次, 百余次) and after the unit.
BOUND_INSIDE = (("余", "more_than"), ("多", "more_than"))
BOUND_AFTER = (("及以上", "at_least"), ("以上", "at_least"), ("及以下", "at_most"), ("以下", "at_most"),
               ("以内", "at_most"), ("左右", "about"))
from ..model import BOUND_LABELS  # noqa: E402,F401  (the figure model owns the words)

# A number right after these is a change, not a level (同比提高81.8%); 提高到/提升至 is a level.
CHANGE_BEFORE = r"(?:提高|提升|增长|增加|上升|下降|减少|降低|下降了|增长了|提高了|提升了|减少了|增加了|上升了|降低了|翻)$"
# A number after these (between the term and the number) is the baseline of a comparison.
COMPARISON = r"相较|相比|较之|比上年|比去年|同比|环比|较上年|较去年|较"

# Admitted shortfall or negation.
# Work begun but not finished, or not begun (体系建设刚刚起步, 正在推进, 还是空白): a shortfall, and one
# that says the thing is not there.
UNDONE = ("刚刚起步", "刚起步", "处于起步阶段", "尚处于起步", "尚处在", "仍处在", "搭建阶段", "正在撰写", "尚在撰写", "仍在撰写", "正在起草", "尚在起草", "仍在起草",
          "推进较慢", "推进缓慢", "进展缓慢", "进展较慢", "进度较慢", "进度缓慢",
          "正在推进", "仍在推进", "尚在推进", "正在加快推进", "正在积极推进", "正在稳步推进", "仍需加快", "尚需加快", "还需加快", "有待加快", "正在调试", "仍在调试", "对接调试", "调试阶段", "正在试运行", "仍在试运行",
          "还是空白", "仍是空白", "尚属空白", "仍属空白", "尚为空白", "尚待建立", "尚待全面建立", "仍待建立", "有待建立", "尚待建成", "尚在探索", "仍在探索", "推迟举办", "延期举办", "尚不顺畅", "不够顺畅",
          "还在完善", "仍在完善", "尚在完善", "正在完善", "还在建设", "仍在建设", "尚在建设", "正在建设",
          "尚在试点", "仍在试点", "正在试点", "处于试点", "先行试点", "试点开展", "试行阶段", "处于试行", "尚在试行", "仍在试行", "正在试行", "起试行", "开始试行", "已启动", "已全面启动", "已经全面启动", "完成初稿", "形成初稿", "尚在征求意见", "正在征求意见", "仍在征求意见", "处于试运行", "上线试运行", "投入试运行", "开始试运行", "进入试运行", "试点运行", "仍在编制", "正在编制", "尚在编制", "还在编制", "仍在梳理", "正在梳理", "尚在梳理", "已完成大半", "完成大半", "已经启动", "尚在构建", "仍在构建", "正在构建", "仍在开发", "正在开发", "尚在开发", "尚在配备", "仍在配备", "正在配备", "述法试点", "开展试点", "进行试点", "试点阶段")
SHORTFALL = ("低于规定要求", "低于规定", "低于要求", "尚未全部达到", "未全部达到", "没有全部达到", "仍未达到", "尚未达到", "未达到", "未达", "没有达到", "没达到", "没能达到", "没达标", "没完成", "没能完成", "没有达标", "未能达到", "仍达不到", "达不到", "未达标", "不达标", "尚未建立", "尚未建成",
             "尚未完成", "尚未实现", "尚未落实", "尚未形成", "尚未公开", "未建立", "未完成", "未落实", "未实现",
             "未公开", "有待提升", "有待提高", "有待加强", "有待进一步", "差距较大", "存在差距", "仍有差距", "还有差距", "尚有差距",
             "尚不全面", "不够全面", "不全面", "尚未全面", "尚不到位", "不够到位", "不够及时", "尚不及时",
             "不及时", "尚未覆盖", "未覆盖到", "尚未全部建成", "尚未全部完成", "尚未全部实现", "未全部建成", "未全部完成",
             "偏晚", "时间较晚", "未向社会公开", "未向社会公布", "没有向社会公开", "没有向社会公布", "没有公开", "未能在规定时间", "未在规定时间", "未在规定时限", "未能在规定时限", "未按规定时限", "未能按时", "未能及时", "仍在建设", "尚在建设", "尚未开展", "还不够", "没有完成", "没有落实", "没落实", "没有覆盖", "还没有", "尚未完全", "未完全", "未能完成", "未能落实", "未能实现", "未能举办", "未能开展", "未能组织", "未能按计划", "未按计划", "没有按计划", "正在抓紧建设", "正在建设中", "正在抓紧推进", "尚未做到", "未做到", "未能做到", "普遍没有", "没有把", "没有将", "未把", "仍处于建设", "尚处于建设", "晚于规定时限", "晚于规定", "未按时公开", "未按时", "进度滞后", "滞后",
             "不够理想", "不尽理想", "落实不到位", "仍需完善", "尚需完善", "还需完善", "有待完善",
             "框架基本形成", "框架初步形成", "尚需时日", "仍需时日", "还需时日", "至今未", "至今没有", "未正式") + UNDONE
# Negations of an act the patterns above do not list: 尚未/仍未 before any act but finding or
# receiving nothing, and 未 before the acts the statements name.
SHORTFALL_RE = (r"(?:尚未|仍未|仍然没有|还未|未能|暂未|暂时未|暂时没有)(?!发生|发现|出现|收到|接到|宣判|审结|结案|判决)"  # 一审尚未宣判: the case pending
                r"|(?:未|没有|没)(?:报告|述法|开展|编制|形成|公布|发布|制定|配备|启动|接入|联通|纳入|建成|按要求|按规定|全面|如期|及时|在|上网|挂网"
                r"|组织|举办|召开|建立|设立|实行|执行|报送|报备|单列|专门报告|专题报告|按时|通过)")
# Shortfall words that are bounds before a number (不足5%): a shortfall only at a clause's end.
SHORTFALL_AT_END = ("不足", "偏少", "偏低", "不够", "较少")

# A figure stated as a rule or a plan, not as what was done. 将 before 纳入/列入/作为, or before a
# noun and 提高到 (将…分值权重提高到4%), is the preposition of a done act, not "will".
# 依法应当公开的决定书 (attributive), 按计划举办, 按要求于3月底前, 按照“…”要求 are not plans.
# A rule said to be met by everyone it binds (…培训要求在全县执法人员中全部落实): done, not a plan.
MET_BY_ALL = r"[^，,。；;]{0,16}?(?:全部|均|都)(?:已|已经)?(?:得到)?落实"
NOT_CARRIED_OUT = r"(?:没有|未能|未|尚未)(?:得到)?落实"  # …的要求没有落实: a shortfall, not a rule set
# 应 as "ought to" (not 相应, 反应, 回应, 供应…)
OUGHT = r"(?<![相对适响供反效回感顺呼])应(?:当)?"
REQUIREMENT = (OUGHT + r"(?![诉急用对])(?![\u4e00-\u9fff]{1,4}的)(?![\u4e00-\u9fff]{1,3}尽)|必须|(?<!必)须(?!知)|原则上"
               r"|(?<!达到)(?<!达)(?<!符合)(?<!按)(?<!按照)(?<![”」])(?<![”」]的)(?<!各项)(?<!上级)(?<!对照)要求(?!" + MET_BY_ALL + "|" + NOT_CARRIED_OUT + ")|确保|力争"
               r"|(?<!按)(?<!按照)(?<!原)(?<!行动)(?<!的)(?<!建设)计划(?![等、》])(?!\d+\s*[个项件])|预计|拟|目标(?!管理|绩效|责任|考核)|将(?:于|在)(?=近期|年内|年底|年终|年末|岁末|今年|明年|下半年|\d|[一二三四五六七八九十]+月)|(?<!规定)(?<!依法)将(?!其|近)(?![^，。；]{0,120}(?:纳入|列入|列为|确定为|设为|设定为|设置为|作为|写入|融入|一并|报送|提交|向社会公开|向社会公布|向社会公示))"
               r"(?!(?!继续|进一步|持续|加快|全面|逐步|力争|着力|不断|努力|推动|推进|在)[^，。；]{1,30}?(?:提高到|提高至|提升到|提升至|调整为|调整到|增加到|增至|延伸到|延伸至|扩展到|扩大到|推广到|配置在|配置到|下沉到|下沉至|部署到|充实到))"
               r"|(?<!于)(?<!于\d{4})(?<!于\d{4}年)年底前|(?<!于\d)(?<!于\d\d)(?<!于[一二三四五六七八九十])(?<!于十[一二])"
               r"(?<!于\d{4}年\d)(?<!于\d{4}年\d\d)(?<!在\d)(?<!在\d\d)月底前")  # 报告在3月底前…发布: done by then
FULFILLED = r"已|实现了|达到了|落实了|完成了|建成了|符合"
# Section headings whose content is next year's plan, not the year's results.
PLAN_HEADING = r"下一步|工作打算|工作安排|主要安排|工作计划|工作思路|努力方向|展望"

# Scope: the whole government, part of its organs, or one department.
WHOLE = r"全区|全市|全县|全省|全旗|全州|全镇|本区|本市|本县|区政府|市政府|县政府|各级|全体|全部|所有"
EVERYONE = r"(?<!人)均|全部|全体|所有|每名|每位|每人|一律|人人"
PART = (r"(?:其中)?(?:[（(](?:\d+|[一二两三四五六七八九十]+)\s*(?:个|家|所)[）)]|(?<![\d,])(?:\d{1,3}(?:,\d{3})+|\d+|[Xx]{1,4}|(?<!支队)(?<!第)[一二两三四五六七八九十百]+(?![是要])(?!(?:大队|中队|支队|分队))|部分|个别|少数|绝大多数|大多数|多数|绝大部分|大部分|多个|若干)(?![年月日号])(?!(?!\d{4}年)[\d件宗次项期场起])\s*(?:个|家|所|支)?)"
        r"(?:[\u4e00-\u9fff]|[（(][\u4e00-\u9fff、]{1,6}[）)]|\d{4}年){0,10}?(?:行政机关|机关|单位|部门|社区|村|街镇|街道|乡镇|镇街|分局|执法局|执法主体|中队|大队|执法队|队伍|科室|处室|执法领域|领域"
        r"|旗区|县区|区县|县市区|站所|监管所|司法所|县局|区局|基层局|队员|决定书|县（市、区）(?:政府)?|县（区）|区（县）|县（市）|镇（街道）|镇（街）|乡（镇）|人员|负责人|同志)"
        r"|其余各?(?:执法)?(?:部门|单位)|(?:[\u4e00-\u9fff]{2,8}、)+[\u4e00-\u9fff]{2,8}窗口|(?:有|其中)?\d+\s*(?:人|名)(?=未|没有|尚未)|有\s*\d+\s*(?:人|名)(?=参加|完成|参训|接受)|另有\s*(?:\d+|[一二两三四五六七八九十])\s*(?:人|名)(?=[\u4e00-\u9fff\d])(?![\u4e00-\u9fff]{0,4}(?:人员|队员|成员|负责人|干部))|其余\s*(?:\d+|[一二两三四五六七八九十]+)\s*(?:人|名|个)|未达标的?(?:部门|单位|执法单位|执法部门)|未(?:参训|参加培训|完成培训)的?[\u4e00-\u9fff]{0,4}?(?:负责人|人员)"
        r"|(?:[\u4e00-\u9fff]{2,16}、)+[\u4e00-\u9fff]{2,16}?等(?:\d+个|[一二两三四五六七八九十]+个)?(?:主要|重点)?(?:执法)?(?:单位|部门)"
        r"|(?<![各全])(?:主要|重点)(?:行政)?执法(?:单位|部门)")  # 市场监管、城市管理等主要执法部门…均超过5%: those only
# The sub-levels as a group (各街道负责人出庭率): all of them, but not the government's own figure.
SUBLEVEL = (r"各(?:街道|街镇|镇街|街乡|乡镇|部门|单位|分局|区属单位|委办局|行政机关|旗区|县区|区县|县市区|县（市、区）|县（区）|区（县）|县（市）|镇（街道）|社区|村（社区）|村)"
            r"(?:政府|人民政府|办事处)?")
# A restriction of a rate's base written before it: 通知出庭案件的出庭应诉率.
QUALIFIER = r"([\u4e00-\u9fff]{2,10}?(?:案件|事项))的$"
# Row labels of a table's total row.
TOTAL_ROW = r"^\s*(?:合计|总计|全区|全市|全县|汇总)"
DEPARTMENT = (r"(?:(?:(?!各)[\u4e00-\u9fff]){2,3}区分局|(?:(?!各)[\u4e00-\u9fff]){2,3}区支队|(?:(?![各等])[\u4e00-\u9fff]){2}(?:分局|县局|市局))|(?:综合)?(?:行政)?执法(?:支队|大队)|[\u4e00-\u9fff]{2,6}?监察(?:支队|大队)"
              r"|(?:区|市|县|旗)(?!政府|委常委|人大|政协)(?:(?!政府|人大)[\u4e00-\u9fff]){1,10}?(?:(?<![布格结大当全开])局|委员会|委|办公室|中心|支队|分局|大队|执法队(?![伍员])|(?<!监督)管理所)"
              r"|(?<!自治)(?:区|市|县|旗)(?!政府|委常委|人大|政协)(?:(?!培训|组织|举办|会同|和)[\u4e00-\u9fff]){4,8}和[\u4e00-\u9fff]{2,4}?局"  # 县文化体育广播电视和旅游局
              r"|(?<![全各本])(?:区|市|县|旗)(?!政府|委常委|人大|政协)(?:(?!政府|人大)[\u4e00-\u9fff]){1,6}?执法队伍"
              r"|(?<=下属)[\u4e00-\u9fff]{2,4}?(?:大队|中队|分局)")  # 支队下属江都大队

# Periods other than the year: part of it, or several years (五年来，全市共制发规范性文件57件).
SEVERAL_YEARS = (r"(?:近|过去|这)?[两三四五]年(?:行动)?(?:来|间|以来|期间)|(?:近|过去)[两三四五]年(?=的?(?:情况|数据)|来看)|“?十[三四]五”?(?:期间|时期|以来)|历年来|(?:党的)?(?:十[八九]|二十)大以来"
                 r"|(?<![（(\d])(?:19|20)\d\d\s*年?\s*(?:至|到|—|–|-|~)\s*(?:19|20)\d\d\s*年(?![）)》])(?![\u4e00-\u9fff]{0,6}(?:规划|纲要|方案|实施意见))")  # 2021年至2023年…累计11件
# (a span or cutoff in December, 1-12月 or 截至12月20日, is the year as a December report can give it)
PARTIAL_PERIOD = (SEVERAL_YEARS + r"|(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*[-—–~至到]\s*(?!12月|十二月)(?:\d{1,2}|[一二三四五六七八九十]{1,3})月"
                  r"|截至(?!12月|十二月)(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:底|末|份)?|上半年|前三季度|第[一二三]季度|一季度")

# Prohibitions met by denial (未下达罚没指标): the denial, the prohibition (a requirement), and an
# admission that the act still happens.
DENIED = r"(?:未|没有|从未|均未|无|杜绝|不存在|未发现|不向|不再|坚持不|不下达|不变相|不给|不对|未对|取消)[^，。；]{0,24}$"
PROHIBITED = r"(?:严禁|禁止|不得|不准|不允许)[^，。；]{0,32}$"
STILL_DONE = r"(?:仍有|仍然存在|存在|出现)[^，。；]{0,16}$"
DENIED_AFTER = r"(?:一律|全部|均已|已经?|全面)(?:取消|废止)|(?:一律|全部|均已|已经?)?(?:取消|废止)[，,](?:从未|从不|未曾|均未)"  # 罚没指标一律取消，从未下达
