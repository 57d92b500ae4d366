"""The registry of issue codes: every code a result or a data issue can carry.

Each code is stable (kebab-case), has a Chinese title for the examiner, and says where it is
located: a `cell` (sheet and cell), a `row`, a `table`, a `file`, a `quote` in a report, or the
`result` of an indicator as a whole. Codes are referred to by these constants only; a test
checks that every registered code can be emitted and every emitted code is registered.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class IssueType:
    code: str
    title: str  # Chinese, as the examiner reads it
    level: str  # cell | row | table | file | quote | result


REGISTRY: dict[str, IssueType] = {}


def _register(code: str, title: str, level: str) -> str:
    REGISTRY[code] = IssueType(code, title, level)
    return code


# why a result is not a pass
BELOW_TARGET = _register("below-target", "未达到目标", "result")
OVERDUE = _register("overdue", "逾期未完成", "result")
NOT_DUE = _register("not-due", "尚未到期", "result")
MISSING_TABLE = _register("missing-table", "报表中没有对应的表", "table")
MISSING_VALUE = _register("missing-value", "未填写或报告未提及", "result")
INVALID_DATA = _register("invalid-data", "数据无效", "cell")
PLACEHOLDER_VALUE = _register("placeholder-value", "占位符（未填写的数字）", "quote")
CONFLICTING_FIGURES = _register("conflicting-figures", "同一指标有不一致的数字", "result")
UNSUPPORTED_CLAIM = _register("unsupported-claim", "自述落实但无佐证", "result")
NO_DENOMINATOR = _register("no-denominator", "分母为0，比例不适用", "result")
NOT_IN_PLAN = _register("not-in-plan", "适用的规划未设此目标", "result")
OUTSIDE_PLAN_PERIOD = _register("outside-plan-period", "报告年度不在规划期内", "result")
UNKNOWN_YEAR = _register("unknown-year", "年度未知，按年度的目标不作结论", "result")
NO_BASELINE = _register("no-baseline", "目标为高于上年，但没有上年数字", "result")
PARTIAL_PERIOD = _register("partial-period", "不是全年数字", "quote")
NOT_PER_PERSON = _register("not-per-person", "未说明是否每人（每单位）达到", "quote")
BOUND_INCONCLUSIVE = _register("bound-inconclusive", "报告只给出范围，不能判断", "quote")
NOT_EXTRACTABLE = _register("not-extractable", "此项无法从报告文字中读取", "result")
CONTRADICTS_REPORT = _register("report-contradicts-workbook", "报告所述与报表计算不一致", "result")

# data issues found while reading, typing and validating
MISSING_COLUMN = _register("missing-column", "缺少必需的列", "table")
AMBIGUOUS_COLUMN = _register("ambiguous-column", "表头可对应多个列", "table")
UNIT_MISMATCH = _register("unit-mismatch", "表头单位无法换算", "table")
OTHER_YEAR_TABLE = _register("other-year-table", "表格属于其他年度", "table")
NON_NUMERIC_CELL = _register("non-numeric-cell", "数字单元格中不是数字", "cell")
NON_INTEGER_CELL = _register("non-integer-cell", "应为整数", "cell")
INVALID_DATE = _register("invalid-date", "不是有效日期", "cell")
INVALID_YESNO = _register("invalid-yesno", "应填“是”或“否”", "cell")
FORMULA_WITHOUT_VALUE = _register("formula-without-value", "公式没有保存计算结果", "cell")
AMBIGUOUS_PERCENT = _register("ambiguous-percent", "无法判断是百分数还是小数", "cell")
REQUIRED_VALUE = _register("required-value", "必填项为空", "cell")
DUPLICATE_VALUE = _register("duplicate-value", "重复", "cell")
OUT_OF_RANGE = _register("out-of-range", "超出合理范围", "cell")
NUMERATOR_EXCEEDS_DENOMINATOR = _register("numerator-exceeds-denominator", "分子大于分母", "row")
RATE_MISMATCH = _register("rate-mismatch", "填报比例与分子分母不符", "row")
TOTAL_MISMATCH = _register("total-mismatch", "合计行与各行之和不符", "row")
DUPLICATE_ACROSS_FILES = _register("duplicate-across-files", "同一人员或单位出现在多个文件中", "row")
ERROR_VALUE = _register("error-value", "单元格是 Excel 错误值（如 #DIV/0!）", "cell")
FORMAT_CHARACTERS = _register("format-characters", "数字中夹有不可见字符，已去除", "cell")
FORMULA_CACHED_VALUE = _register("formula-cached-value", "公式单元格，按保存的计算结果读取", "cell")
HEADER_BY_SIMILARITY = _register("header-by-similarity", "表头按相似度对应", "table")
DOCUMENT_CLEANED = _register("document-cleaned", "报告中的控制字符或超长行已处理", "file")
MISSING_YEAR = _register("missing-year", "未写明报告年度", "file")
YEAR_OUTSIDE_PLANS = _register("year-outside-plans", "报告年度不在目录任何规划期内", "file")
SEVERAL_YEARS = _register("several-years", "表格标题中有多个年度", "file")
INFO_FROM_TITLES = _register("info-from-titles", "政府和年度取自表格标题", "file")


def title(code: str) -> str:
    return REGISTRY[code].title if code in REGISTRY else code
