"""Tables in a narrative report (Word tables, HTML tables): which cells state a figure.

Two layouts are read. A table whose header names the figure (单位｜执法人员数｜法制审核人员｜占比)
gives one figure per row, scoped to the row's label, its 合计 row the whole's. A table of
indicators (序号｜指标名称｜目标值｜2023年) gives the report year's cell, or 完成值, of the row
whose name holds the figure's term, and its 目标值 as a requirement. Cells are found here; the
figures are made by the prose reader, so they carry the same year, quote and checks.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from ..catalogue.extract_spec import ExtractSpec
from ..read.documents import Block
from . import prose_patterns as pat
from . import prose_text as tx
from .prose_text import Amount, Text


@dataclass(frozen=True)
class CellRead:
    """A number in a table cell, with what names it (ts, te) and the row it is quoted from."""
    amount: Amount
    ts: int
    te: int
    scope: tuple[str, str, bool]
    row: Block
    requirement: bool = False
    year_text: str | None = None  # None: the year is told as for prose


class IndicatorTables:
    """The tables of indicators in a document, found once: for each, the value column (the report
    year's, else 完成值), that column's year header and its 目标值 column; and the spans of their rows."""

    def __init__(self, t: Text, report_year: int | None) -> None:
        self.columns: dict[str, tuple[int, str, int | None]] = {}
        self.rows: list[tuple[int, int]] = []
        # every table row, with the last paragraph of text before its table (read for each figure)
        self.table_rows: list[tuple[Block, re.Match[str], Block | None]] = []
        lead_in: Block | None = None
        for b in t.doc.blocks:
            m = pat.TABLE_ROW.match(b.location)
            if not m:
                lead_in = b if t.sh[b.start:b.end].strip() else lead_in
                continue
            self.table_rows.append((b, m, lead_in))
            table = m.group(1)
            if m.group(2) != "1":
                if table in self.columns:
                    self.rows.append((b.start, b.end))
                continue
            heads = [t.sh[cs:ce].strip() for cs, ce in tx.cells(t.sh, b.start, b.end)]
            own = [(i, h) for i, h in enumerate(heads) if pat.YEAR_HEADER.fullmatch(h) and report_year
                   and h.startswith(str(report_year))]
            done = [i for i, h in enumerate(heads) if pat.DONE_HEADER.fullmatch(h)]
            goal = [i for i, h in enumerate(heads) if pat.GOAL_HEADER.fullmatch(h)]
            if own:
                self.columns[table] = (own[0][0], own[0][1], None)
            elif done:  # 指标名称｜目标值｜完成值: the value done, and the target as a requirement
                self.columns[table] = (done[0], "", goal[0] if goal else None)

    def holds(self, pos: int) -> bool:
        """Whether `pos` is in a row of a table of indicators (read by its columns, not as prose)."""
        i = bisect.bisect_right(self.rows, (pos, 1 << 62)) - 1
        return i >= 0 and self.rows[i][0] <= pos < self.rows[i][1]


def table_cells(t: Text, spec: ExtractSpec, tables: IndicatorTables) -> list[CellRead]:
    """Every cell of the document's tables that states the figure of `spec`."""
    out: list[CellRead] = []
    header: dict[str, list[tuple[int, bool]]] = {}  # table -> (column, header names a rate)
    subset: dict[str, re.Match[str] | None] = {}  # table -> the lead-in's words naming only some units
    for b, m, lead_in in tables.table_rows:
        cells = tx.cells(t.sh, b.start, b.end)
        table, row = m.group(1), int(m.group(2))
        if row == 1:
            # 对重点执法部门…进行统计，结果如下: the total row is those units', not the government's
            subset[table] = pat.SOME_UNITS_TABLED.search(t.sh, lead_in.start, lead_in.end) if lead_in else None
            header[table] = _figure_columns(t, spec, cells)
            continue
        if not header.get(table) and table in tables.columns:
            col, year, goal = tables.columns[table]
            out += _indicator_row(t, spec, b, cells, col, year or None)
            if goal is not None:
                out += _indicator_row(t, spec, b, cells, goal, None, requirement=True)
            continue
        if not header.get(table) or len(cells) < 2:
            continue
        ls, le = cells[0]
        label = t.text[ls:le].strip()
        if not label:
            continue
        kind = "whole" if pat.TOTAL_ROW.search(t.sh[ls:le]) else "unit"
        if kind == "whole" and (some := subset.get(table)):
            kind, label = "part", t.text[some.start():some.end()]
        for col, rate in header[table]:
            if col >= len(cells):
                continue
            cs, ce = cells[col]
            found = [a for a in t.amounts_in(cs, ce) if a.end <= ce]
            if len(found) != 1:
                continue
            a = found[0]
            if not a.unit and rate and "%" in spec.units:
                a = replace(a, unit="%")
            if a.unit in spec.units:
                out.append(CellRead(a, ls, le, (label, kind, False), b))
    return out


def _figure_columns(t: Text, spec: ExtractSpec, cells: list[tuple[int, int]]) -> list[tuple[int, bool]]:
    """The columns of a header row that name the figure, each with whether it names a rate."""
    columns = [(i, bool(pat.RATE_HEADER.search(t.sh[cs:ce]))) for i, (cs, ce) in enumerate(cells)
               if i > 0 and any(term in t.sh[cs:ce] for term in spec.terms)
               and all(w not in t.sh[cs:ce] for w in spec.not_near)]
    if columns and "%" in spec.units and not any(rate for _, rate in columns):
        # 执法人员数 | 法制审核人员数 | 占比: the bare rate column after the term's count is its rate
        bare = [i for i, (cs, ce) in enumerate(cells) if i > columns[0][0]
                and pat.BARE_RATE_HEADER.fullmatch(t.sh[cs:ce].strip())]
        return [(bare[0], True)] if bare else []
    return columns


def _indicator_row(t: Text, spec: ExtractSpec, b: Block, cells: list[tuple[int, int]],
                   col: int, year: str | None, requirement: bool = False) -> list[CellRead]:
    """序号｜指标名称｜2023年｜2024年, one row per figure: the row whose name holds a term gives the
    report year's cell. A name is a noun phrase, so the sentence context words that are acts
    (near_any, verbs) are not asked of it; near, not_near and topic are."""
    if col >= len(cells):
        return []
    label = next(((cs, ce) for cs, ce in cells if re.search(r"[\u4e00-\u9fff]{2}", t.sh[cs:ce])), None)
    if label is None or label[0] >= cells[col][0]:
        return []
    ls, le = label
    name = t.sh[ls:le]
    m = re.search(tx.terms_pattern(spec.terms), name)
    if not m or not all(w in name for w in spec.near) or any(w in name for w in spec.not_near):
        return []
    if spec.topic and not any(w in name for w in spec.topic):
        return []
    if "%" not in spec.units and re.match(r"率|比例|比率|占比", name[m.end():m.end() + 2]):
        return []
    cs, ce = cells[col]
    found = [a for a in t.amounts_in(cs, ce) if a.end <= ce]
    if len(found) != 1:
        return []
    a = found[0]
    unit = pat.ROW_UNIT.search(name)
    if not a.unit and unit:
        a = replace(a, unit=unit.group(1).replace("％", "%"))
    if a.unit not in spec.units:
        return []
    return [CellRead(a, ls + m.start(), ls + m.end(), ("", "whole", False), b, requirement,
                     year if year is not None else "")]
