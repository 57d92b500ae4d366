"""The standard workbook's tables, as declared in indicators/workbook.yml."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

COLUMN_TYPES = ("text", "int", "number", "percent", "figure", "date", "yesno")
NUMERIC_TYPES = ("int", "number", "percent", "figure")


@dataclass(frozen=True)
class ColumnSpec:
    key: str
    header: str
    type: str
    required: bool = False
    unique: bool = False
    min: float | None = None
    max: float | None = None
    not_above: str | None = None  # key of a column this one must not exceed
    note: str = ""
    synonyms: tuple[str, ...] = ()  # other headers departments use for this column
    exclude: tuple[str, ...] = ()  # words that disqualify a header (政治理论 for training hours)
    units: tuple[tuple[str, float], ...] = ()  # unit named in a header -> factor to the column's unit

    @property
    def headers(self) -> tuple[str, ...]:
        return (self.header,) + self.synonyms


@dataclass(frozen=True)
class TableSpec:
    id: str
    sheet: str
    layout: str  # rows | keyvalue
    title: str
    columns: tuple[ColumnSpec, ...]
    keyed: bool = False  # rows are keyed by indicator ID in column `indicator`
    synonyms: tuple[str, ...] = ()  # other sheet names or table titles for this table
    label: str | None = None  # column naming each row (unit, person, organ): where 合计 rows show

    def column(self, key: str) -> ColumnSpec:
        for c in self.columns:
            if c.key == key:
                return c
        raise KeyError(key)

    def has(self, key: str) -> bool:
        return any(c.key == key for c in self.columns)


@dataclass(frozen=True)
class Ranges:
    """Plausible values by kind (workbook.yml `ranges`): a value outside is invalid, with its cell."""

    date_min: dt.date = dt.date(2000, 1, 1)
    date_max: dt.date = dt.date(2100, 12, 31)
    units: tuple[tuple[str, float, float], ...] = ()  # unit -> (min, max) for a figure given in that unit

    def for_unit(self, unit: str) -> tuple[float, float] | None:
        for name, lo, hi in self.units:
            if name == unit:
                return lo, hi
        return None


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


def parse_ranges(node: Any) -> Ranges:
    """The `ranges` mapping of workbook.yml; ValueError (Chinese) when it is malformed."""
    if node is None:
        return Ranges()
    if not isinstance(node, dict) or set(node) - {"date", "units"}:
        raise ValueError("应为包含 date 和 units 的映射")
    date = node.get("date") or {}
    lo, hi = _date(date.get("min", Ranges.date_min)), _date(date.get("max", Ranges.date_max))
    if not (lo and hi and lo < hi):
        raise ValueError(f"date 的 min/max 应为日期（如 2000-01-01），且 min 早于 max，实际为 {lo!r}、{hi!r}")
    units = []
    for unit, bounds in (node.get("units") or {}).items():
        if not (isinstance(bounds, list) and len(bounds) == 2
                and all(isinstance(b, (int, float)) and not isinstance(b, bool) for b in bounds) and bounds[0] < bounds[1]):
            raise ValueError(f"units 中「{unit}」应为 [最小值, 最大值]，实际为 {bounds!r}")
        units.append((str(unit), float(bounds[0]), float(bounds[1])))
    return Ranges(lo, hi, tuple(units))


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: it keys the header caches
class HeaderWords:
    """How departments dress a column header (workbook.yml `headers`), removed before matching."""

    prefixes: tuple[str, ...] = ("其中", "含", "注")  # 其中：法制审核人员
    qualifiers: tuple[str, ...] = ()  # 被诉 / 涉诉 / 应 / 实际, before the core words
    suffixes: tuple[str, ...] = ()  # 名称 / 数 / 情况, after them
    threshold: float = 0.75  # lowest score a header may have to be taken for a column
    margin: float = 0.05  # two candidates closer than this are ambiguous
    kinds: tuple[tuple[str, ...], ...] = ()  # groups of endings; different groups never match by similarity


def parse_headers(node: Any) -> HeaderWords:
    """The `headers` mapping of workbook.yml; ValueError (Chinese) when it is malformed."""
    if node is None:
        return HeaderWords()
    if not isinstance(node, dict) or set(node) - {"prefixes", "qualifiers", "suffixes", "threshold", "margin", "kinds"}:
        raise ValueError("应为包含 prefixes、qualifiers、suffixes、kinds、threshold、margin 的映射")
    words = {}
    for key in ("prefixes", "qualifiers", "suffixes"):
        value = node.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise ValueError(f"{key} 应为非空文字的列表，实际为 {value!r}")
        words[key] = tuple(sorted((v.strip() for v in value), key=len, reverse=True))  # longest first
    numbers = {}
    for key in ("threshold", "margin"):
        value = node.get(key, getattr(HeaderWords, key))
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
            raise ValueError(f"{key} 应为 0 到 1 之间的数，实际为 {value!r}")
        numbers[key] = float(value)
    kinds = node.get("kinds", [])
    if not isinstance(kinds, list) or not all(
            isinstance(g, list) and g and all(isinstance(w, str) and w.strip() for w in g) for g in kinds):
        raise ValueError(f"kinds 应为词组的列表（如 [[名称], [编号, 证号]]），实际为 {kinds!r}")
    return HeaderWords(words["prefixes"] or HeaderWords.prefixes, words["qualifiers"], words["suffixes"],
                       kinds=tuple(tuple(w.strip() for w in g) for g in kinds), **numbers)


@dataclass(frozen=True)
class WorkbookSchema:
    tables: tuple[TableSpec, ...]
    ranges: Ranges = field(default_factory=Ranges)
    headers: HeaderWords = field(default_factory=HeaderWords)

    def table(self, table_id: str) -> TableSpec:
        for t in self.tables:
            if t.id == table_id:
                return t
        raise KeyError(table_id)

    def has(self, table_id: str) -> bool:
        return any(t.id == table_id for t in self.tables)
