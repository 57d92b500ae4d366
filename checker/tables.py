"""Locate the standard workbook's tables in raw sheets and type their cells.

Output: one TableData per table found, each row keeping the sheet cell of every value,
plus the problems found while typing cells (non-numeric, placeholder, bad date …).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .cells import is_blank, normalise_text, parse
from .model import CellRef, DataIssue
from .readers.xlsx import Sheet, column_letter
from .schema import ColumnSpec, TableSpec, WorkbookSchema

HEADER_SEARCH_ROWS = 15
_PAREN_NOTE = re.compile(r"[（(].*?[）)]")


@dataclass(frozen=True)
class Row:
    number: int  # Excel row number
    values: dict[str, Any]  # column key -> typed value (None when blank or unusable)
    cells: dict[str, CellRef]  # column key -> where it came from
    bad: frozenset[str] = frozenset()  # column keys whose cell is unusable


@dataclass(frozen=True)
class TableData:
    spec: TableSpec
    sheet: str
    header_row: int  # Excel row of the header (0 for key/value tables)
    rows: tuple[Row, ...]
    columns: dict[str, str] = field(default_factory=dict)  # key -> column letter

    def range_of(self, key: str) -> str:
        """The Excel range of a column's data, e.g. E3:E382."""
        letter = self.columns.get(key, "")
        if not letter or not self.rows:
            return ""
        return f"{letter}{self.rows[0].number}:{letter}{self.rows[-1].number}"


def _norm_header(text: Any) -> str:
    t = normalise_text(text) if text is not None else ""
    return re.sub(r"\s+", "", t)


def _header_matches(cell: Any, col: ColumnSpec) -> bool:
    got = _norm_header(cell)
    want = _norm_header(col.header)
    return bool(got) and (got == want or _PAREN_NOTE.sub("", got) == want)


def _find_sheet(sheets: list[Sheet], spec: TableSpec) -> Sheet | None:
    for s in sheets:
        if s.name.strip() == spec.sheet:
            return s
    return None


def _type_cell(file: str, sheet: str, spec: TableSpec, col: ColumnSpec, raw: Any, row_no: int,
               col_idx: int, issues: list[DataIssue]) -> tuple[Any, CellRef, bool]:
    ref = CellRef(file, sheet, f"{column_letter(col_idx)}{row_no}")
    parsed = parse(raw, col.type)
    if not parsed.ok:
        issues.append(DataIssue(parsed.problem, f"{col.header}：{parsed.message}", sheet, row_no,
                                col.header, ref.cell, table=spec.id, field=col.key))
    return parsed.value, ref, not parsed.ok


def _read_rows_table(file: str, sheet: Sheet, spec: TableSpec, issues: list[DataIssue]) -> TableData:
    header_idx, positions = -1, {}
    for i, row in enumerate(sheet.rows[:HEADER_SEARCH_ROWS]):
        found = {}
        for col in spec.columns:
            for j, cell in enumerate(row):
                if _header_matches(cell, col):
                    found[col.key] = j
                    break
        if len(found) > len(positions):
            header_idx, positions = i, found
        if len(found) == len(spec.columns):
            break
    if header_idx < 0:
        issues.append(DataIssue("missing-header", f"工作表「{sheet.name}」中找不到表头行（应包含：{'、'.join(c.header for c in spec.columns)}）",
                                sheet.name, table=spec.id))
        return TableData(spec, sheet.name, 0, ())
    for col in spec.columns:
        if col.key not in positions and col.required:
            issues.append(DataIssue("missing-column", f"缺少必填列「{col.header}」", sheet.name,
                                    header_idx + 1, col.header, table=spec.id, field=col.key))
    rows = []
    for i in range(header_idx + 1, len(sheet.rows)):
        raw_row = sheet.rows[i]
        cells_raw = {k: (raw_row[j] if j < len(raw_row) else None) for k, j in positions.items()}
        if all(is_blank(v) for v in cells_raw.values()):
            continue
        values, refs, bad = {}, {}, set()
        for col in spec.columns:
            if col.key not in positions:
                continue
            value, ref, is_bad = _type_cell(file, sheet.name, spec, col, cells_raw[col.key], i + 1,
                                            positions[col.key], issues)
            values[col.key], refs[col.key] = value, ref
            if is_bad:
                bad.add(col.key)
        rows.append(Row(i + 1, values, refs, frozenset(bad)))
    letters = {k: column_letter(j) for k, j in positions.items()}
    return TableData(spec, sheet.name, header_idx + 1, tuple(rows), letters)


def _read_keyvalue_table(file: str, sheet: Sheet, spec: TableSpec, issues: list[DataIssue]) -> TableData:
    values, refs, bad = {}, {}, set()
    for i, row in enumerate(sheet.rows):
        if not row:
            continue
        label = _norm_header(row[0])
        for col in spec.columns:
            if label and (label == _norm_header(col.header)) and col.key not in values:
                raw = row[1] if len(row) > 1 else None
                value, ref, is_bad = _type_cell(file, sheet.name, spec, col, raw, i + 1, 1, issues)
                values[col.key], refs[col.key] = value, ref
                if is_bad:
                    bad.add(col.key)
    return TableData(spec, sheet.name, 0, (Row(0, values, refs, frozenset(bad)),),
                     {k: "B" for k in values})


def read_tables(file: str, sheets: list[Sheet], schema: WorkbookSchema) -> tuple[dict[str, TableData], list[DataIssue]]:
    """Find each schema table in the workbook. Absent sheets are simply absent."""
    issues: list[DataIssue] = []
    tables: dict[str, TableData] = {}
    for spec in schema.tables:
        sheet = _find_sheet(sheets, spec)
        if sheet is None:
            continue
        reader = _read_keyvalue_table if spec.layout == "keyvalue" else _read_rows_table
        tables[spec.id] = reader(file, sheet, spec, issues)
    return tables, issues
