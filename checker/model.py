"""Immutable objects that flow from reading to reporting.

read -> Table rows (values with CellRef) -> evaluate -> Result -> Run -> reporters.
Nothing here imports pandas or any other heavy library.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum
from fractions import Fraction
from typing import TYPE_CHECKING, Iterable, Union

if TYPE_CHECKING:
    from .catalogue.extract_spec import ExtractSpec


class Verdict(str, Enum):
    PASS = "pass"
    FAIL = "fail"
    MISSING = "missing"
    INVALID = "invalid"
    REVIEW = "review"
    NOT_APPLICABLE = "not_applicable"
    INFO = "info"

    @property
    def label(self) -> str:
        return VERDICT_LABELS[self]


def tally(verdicts: Iterable[Verdict]) -> dict[Verdict, int]:
    """How many of each verdict, every verdict present (0 where none)."""
    out = {v: 0 for v in Verdict}
    for v in verdicts:
        out[v] += 1
    return out


VERDICT_LABELS = {
    Verdict.PASS: "达标",
    Verdict.FAIL: "未达标",
    Verdict.MISSING: "缺少数据",
    Verdict.INVALID: "数据无效",
    Verdict.REVIEW: "需人工审查",
    Verdict.NOT_APPLICABLE: "不适用",
    Verdict.INFO: "仅展示",
}


class Operator(str, Enum):
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    EQUALS = "equals"
    BETWEEN = "between"
    IS_TRUE = "is_true"
    BY_DATE = "by_date"
    RISING = "rising"  # higher than the same government's figure of the year before

    @property
    def symbol(self) -> str:
        return OPERATOR_SYMBOLS[self]


OPERATOR_SYMBOLS = {
    Operator.AT_LEAST: "≥",
    Operator.AT_MOST: "≤",
    Operator.EQUALS: "=",
    Operator.BETWEEN: "介于",
    Operator.IS_TRUE: "应为",
    Operator.BY_DATE: "不晚于",
    Operator.RISING: "高于上年",
}


class Level(str, Enum):
    PERSON = "person"
    UNIT = "unit"
    GOVERNMENT = "government"


class Period(str, Enum):
    YEAR = "year"
    TERM = "term"
    DEADLINE = "deadline"
    PLAN = "plan"


LEVEL_LABELS = {Level.PERSON: "每人", Level.UNIT: "每单位", Level.GOVERNMENT: "本级政府"}
PERIOD_LABELS = {Period.YEAR: "每年", Period.TERM: "每任期", Period.DEADLINE: "限期", Period.PLAN: "规划期内"}


# --- catalogue -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    operator: Operator
    value: float | str | None = None  # number, ISO date for by_date, None for is_true
    upper: float | None = None  # for between
    unit: str = ""


@dataclass(frozen=True)
class Source:
    document: str  # plan id, e.g. putuo-2021-2025
    article: str  # e.g. （三十五）
    quote: str  # verbatim clause from the plan text
    target: Target | None = None  # the target this clause sets, where it differs from the indicator's
    basis: str = ""  # where the threshold comes from when the quote does not state it (a checking standard)
    national: str = ""  # the national document whose requirement the quote restates: applies to every government

    @property
    def states_threshold(self) -> bool:
        return not self.basis



def number_text(x: float | int | str | None) -> str:
    """12, 4.44, 99.99: integral values without decimals, others to at most two places."""
    if x is None:
        return "—"
    if isinstance(x, str):
        return x
    f = float(x)
    return str(int(f)) if f == int(f) else f"{f:.2f}".rstrip("0").rstrip(".")


def target_text(t: Target | None, unit: str | None = None, *, none: str = "—", done: str = "应落实",
                compact: bool = False) -> str:
    """A target as the examiner reads it: ≥60学时, 应落实, 不晚于2022-12-31 (≤2022-12-31 when compact)."""
    if t is None:
        return none
    u = t.unit if unit is None else unit
    if t.operator is Operator.IS_TRUE:
        return done
    if t.operator is Operator.RISING:
        return "高于上年"
    if t.operator is Operator.BY_DATE:
        return f"≤{t.value}" if compact else f"不晚于{t.value}"
    if t.operator is Operator.BETWEEN:
        return f"{number_text(t.value)}—{number_text(t.upper)}{u}"
    return f"{t.operator.symbol}{number_text(t.value)}{u}"


@dataclass(frozen=True)
class Measure:
    """How the figure is computed from the standard workbook."""

    kind: str  # person_value | unit_ratio | rate | count | boolean | deadline | value
    table: str
    value: str | None = None  # column holding the figure (person_value, value)
    numerator: str | None = None
    denominator: str | None = None
    reported: str | None = None  # a typed rate to cross-check against numerator/denominator
    date: str | None = None  # date column (count within the period, deadline completion)
    due: str | None = None  # person_value: date after which a shortfall counts (term end)
    group: str | None = None  # column naming the unit a person/organ belongs to
    label: str | None = None  # column naming the person/organ (name)
    percent: bool = False  # the figure is a percentage (ratio × 100)


@dataclass(frozen=True)
class Indicator:
    id: str
    name: str
    category: str
    description: str
    level: Level | None  # None only on a draft that does not say yet
    period: Period | None  # None only on a draft
    measure: Measure | None  # None only on a draft: drafts are listed, never judged
    target: Target | None  # None for informational figures (and unfinished drafts)
    sources: tuple[Source, ...]
    informational: bool = False
    synonyms: tuple[str, ...] = ()
    file: str = ""
    unit: str = ""  # display unit of informational figures (targets carry their own)
    extract: ExtractSpec | None = None  # how narrative reports name this figure (checker.figures.prose)
    draft: bool = False  # proposed by `catalogue draft`, not yet confirmed by the examiner
    basis: str = ""  # set on an indicator resolved for a run: why its threshold holds when no clause states it

    @property
    def national(self) -> bool:
        """Some clause restates a national requirement: the target applies to every government."""
        return any(s.national for s in self.sources)

    @property
    def display_unit(self) -> str:
        return self.target.unit if self.target else self.unit

    @property
    def plans(self) -> frozenset[str]:
        return frozenset(s.document for s in self.sources)


@dataclass(frozen=True)
class Plan:
    id: str
    name: str
    government: str
    start: int
    end: int
    document: str  # text file under indicators/sources
    kind: str = "plan"  # plan (selectable with --plan) or report (quoted for informational figures)
    also_governs: tuple[str, ...] = ()  # other governments bound by this plan (e.g. the towns under a district)

    @property
    def governments(self) -> tuple[str, ...]:
        return (self.government,) + self.also_governs


@dataclass(frozen=True)
class Catalogue:
    indicators: tuple[Indicator, ...]  # confirmed indicators: the ones judged
    plans: tuple[Plan, ...]
    directory: str
    drafts: tuple[Indicator, ...] = ()  # `draft: true`: listed, never judged until confirmed

    def get(self, indicator_id: str) -> Indicator:
        for ind in self.indicators:
            if ind.id == indicator_id:
                return ind
        raise KeyError(indicator_id)

    def find(self, indicator_id: str) -> Indicator:
        """A confirmed indicator or a draft."""
        for ind in self.indicators + self.drafts:
            if ind.id == indicator_id:
                return ind
        raise KeyError(indicator_id)

    def plan(self, plan_id: str) -> Plan:
        for p in self.plans:
            if p.id == plan_id:
                return p
        raise KeyError(plan_id)


# --- evidence and figures ------------------------------------------------------------------


@dataclass(frozen=True)
class CellRef:
    file: str
    sheet: str
    cell: str  # A1 or a range A2:A40

    @property
    def location(self) -> str:
        return f"{self.sheet}!{self.cell}"


@dataclass(frozen=True)
class Quote:
    file: str
    location: str  # e.g. 第12行
    text: str


Evidence = Union[CellRef, Quote]


BOUND_LABELS = {"": "", "at_least": "≥", "more_than": ">", "at_most": "≤", "less_than": "<", "about": "约"}


@dataclass(frozen=True)
class Figure:
    """One figure of one indicator as a source states it, with its evidence.

    Narrative reports give one per mention (the quote and its place); a figures workbook
    (`extract -o`) gives them back as rows, with the corrected cell where an examiner edited a
    value. Every verdict on prose rests on these and nothing else.
    """

    indicator: str
    name: str
    value: Fraction | None  # None: placeholder, shortfall or statement without a number
    unit: str
    bound: str  # "" exact, at_least, more_than, at_most, less_than, about
    placeholder: bool  # written X / XX / * / ×/ 某: not filled in, never a number
    negated: bool  # the sentence admits a shortfall (仍未达到, 尚未建立, 有待提升 …)
    requirement: bool  # a rule or plan (应不少于, 力争, 将), not a result
    baseline: bool  # the base of a comparison (相较XX年的X%), not the figure itself
    statement: bool  # a yes/no claim (kind statement), no number involved
    period: str  # "" for the whole year, else the part (1-10月, 截至10月底, 上半年)
    year: int | None  # year the figure belongs to, when the text says so
    year_text: str  # the year as written (2023年, XX年, 去年), "" when not stated
    scope: str  # as written: 全区, X个行政机关, 区司法局; "" when not stated
    scope_kind: str  # whole | part | unit | higher (the government above a town's or street's report) | other (a department's system units) | ""
    everyone: bool  # stated for every person or unit (均, 全部, 每名)
    text: str  # the figure as written, e.g. 不少于60学时, X%
    quote: str  # exact substring of the document text
    location: str  # 第12行 / 第3段 / 表1第2行 / 第2页第5行
    start: int  # quote offsets in the document text
    end: int
    value_start: int  # offsets of `text`
    value_end: int
    corrected: CellRef | None = None  # the figures-workbook cell where an examiner corrected the value
    clause: str = ""  # the quote trimmed to the clause(s) around the figure
    count_of: str = ""  # for a count: the noun it counts, as written (重大行政决策, 负责人出庭)
    qualifier: str = ""  # a restriction of a rate's base, as written (通知出庭案件)
    derived: bool = False  # computed from two counts the report states, not stated itself
    operands: tuple[str, ...] = ()  # derived: the numerator's and denominator's own words, or the summed counts'

    @property
    def display(self) -> str:
        if self.placeholder:
            return f"{self.text}（占位符）"
        if self.value is None:
            if self.statement and self.unit:  # a numeric target said met or missed, no number given
                return "未达到（报告自述）" if self.negated else "称已达到（未给数字）"
            if self.statement:
                return "未落实（报告自述）" if self.negated else "已落实（报告自述）"
            return "未达到（报告自述）" if self.negated else "—"
        v = float(self.value)
        num = str(int(v)) if v == int(v) else f"{v:.4f}".rstrip("0").rstrip(".")
        return f"{BOUND_LABELS[self.bound]}{num}{self.unit}"

    def evidence(self, file: str) -> tuple[Evidence, ...]:
        """The exact quote in `file`, and the corrected cell when an examiner changed the value."""
        quote = Quote(file, self.location, self.quote)
        return (quote,) if self.corrected is None else (quote, self.corrected)


@dataclass(frozen=True)
class DataIssue:
    code: str  # kebab-case, stable: non-numeric-cell, duplicate-value, ...
    message: str  # Chinese, for the examiner
    sheet: str = ""
    row: int | None = None
    column: str = ""  # header text
    cell: str = ""  # A1 reference when known
    severity: str = "error"  # error makes a figure unusable; warning is shown only
    table: str = ""  # standard-workbook table id, for matching issues to figures
    field: str = ""  # column key within that table
    file: str = ""  # set when a check pools several files

    @property
    def location(self) -> str:
        prefix = f"{self.file} " if self.file else ""
        if self.cell:
            return f"{prefix}{self.sheet}!{self.cell}"
        if self.row is not None:
            return f"{prefix}{self.sheet} 第{self.row}行" + (f"「{self.column}」" if self.column else "")
        return prefix + self.sheet + (f"「{self.column}」" if self.column else "")


@dataclass(frozen=True)
class ColumnMap:
    key: str  # standard column key
    header: str  # the header text found in the file
    letter: str  # Excel column letter
    factor: float = 1.0  # unit conversion applied to the values (课时 -> 学时 …)


@dataclass(frozen=True)
class TableMapping:
    """Which sheet and columns of the input fed one standard table: shown so it can be checked."""

    table: str  # standard table id
    title: str  # the standard table's name (its sheet in the template)
    sheet: str
    header_row: int
    first_row: int
    last_row: int
    rows: int  # data rows read
    columns: tuple[ColumnMap, ...]
    totals: int = 0  # 合计/小计/总计 rows set aside
    found_title: str = ""  # the table's own title in the file, when it has one
    source: str = "auto"  # auto | mapping (--mapping file)
    score: float = 1.0  # the weakest column match: 1 every header is a name or synonym, lower by similarity

    @property
    def location(self) -> str:
        return f"{self.sheet}!{self.columns[0].letter if self.columns else 'A'}{self.header_row}" if self.header_row else self.sheet


# --- results -------------------------------------------------------------------------------


@dataclass(frozen=True)
class UnitResult:
    """One unit, organ or person judged (or shown) under a unit/person-level indicator."""

    name: str
    verdict: Verdict
    value: float | None
    detail: str
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Result:
    indicator: Indicator
    verdict: Verdict
    value: float | str | None
    display: str  # the actual figure as the examiner reads it
    summary: str  # one Chinese sentence: why this verdict
    gap: float | None = None  # value - threshold (signed), where it means something
    evidence: tuple[Evidence, ...] = ()
    units: tuple[UnitResult, ...] = ()  # every unit or organ, with its own figure
    people: tuple[UnitResult, ...] = ()  # persons short of a person-level target (or unusable)
    issues: tuple[DataIssue, ...] = ()
    code: str = ""  # issue code explaining any verdict other than pass


@dataclass(frozen=True)
class Reconciliation:
    """A figure the narrative report states, set beside what the workbooks compute."""

    indicator: str
    name: str
    claim: str  # the report's figure as stated ("100%", "≥60学时", "占位符")
    quote: Quote | None
    computed: str  # the workbooks' figure
    cells: tuple[CellRef, ...]
    agreement: str  # agree | contradict | report_only | workbook_only | unusable

    @property
    def label(self) -> str:
        return AGREEMENT_LABELS[self.agreement]


AGREEMENT_LABELS = {"agree": "一致", "contradict": "矛盾", "report_only": "仅报告", "workbook_only": "仅报表",
                    "unusable": "报告数字不可用"}


@dataclass(frozen=True)
class Run:
    source: str
    sha256: str
    government: str
    plan: str  # applied plan ids, comma-separated, or "national" (national requirements only)
    plan_name: str
    year: int | None  # None when unknown or unusable: no annual verdict, no pass share
    results: tuple[Result, ...]
    data_issues: tuple[DataIssue, ...]
    mapping: tuple[TableMapping, ...] = ()
    inputs: tuple[tuple[str, str], ...] = ()  # (file, SHA-256) of every file pooled, when several
    reconciliation: tuple[Reconciliation, ...] = ()
    plan_note: str = ""  # which plan applies and why (matched by name / --plan / national only)
    year_note: str = ""  # where the year comes from, or why there is none
    made_at: dt.datetime = field(default_factory=lambda: dt.datetime.now().replace(microsecond=0))

    def counts(self) -> dict[Verdict, int]:
        return tally(r.verdict for r in self.results)

    @property
    def period(self) -> str:
        return f"{self.year}年度" if self.year else "未知年度"
