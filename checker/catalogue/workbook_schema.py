"""The standard workbook's tables, as declared in indicators/workbook.yml."""

from __future__ import annotations

from dataclasses import dataclass

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
class WorkbookSchema:
    tables: tuple[TableSpec, ...]

    def table(self, table_id: str) -> TableSpec:
        for t in self.tables:
            if t.id == table_id:
                return t
        raise KeyError(table_id)

    def has(self, table_id: str) -> bool:
        return any(t.id == table_id for t in self.tables)
