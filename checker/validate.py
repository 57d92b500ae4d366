"""Validate the typed tables with great-expectations; every failed row becomes a DataIssue.

The suites are derived from indicators/workbook.yml (required, unique, min/max, not_above).
great-expectations is imported here only: it takes seconds to import.
"""

from __future__ import annotations

import dataclasses
import logging
import os
from typing import Any

from .model import DataIssue
from .catalogue.workbook_schema import NUMERIC_TYPES, ColumnSpec, TableSpec
from .figures.workbook_tables import TableData

ROW = "_row"


def _messages(col: ColumnSpec, spec: TableSpec) -> dict[str, tuple[str, str]]:
    bounds = []
    if col.min is not None:
        bounds.append(f"不小于 {col.min:g}")
    if col.max is not None:
        bounds.append(f"不大于 {col.max:g}")
    other = spec.column(col.not_above).header if col.not_above else ""
    return {
        "expect_column_values_to_not_be_null": ("required-value", f"「{col.header}」为必填项，不能为空"),
        "expect_column_values_to_be_unique": ("duplicate-value", f"「{col.header}」重复"),
        "expect_column_values_to_be_between": ("out-of-range", f"「{col.header}」超出合理范围（应{'、'.join(bounds)}）"),
        "expect_column_pair_values_a_to_be_greater_than_b": (
            "numerator-exceeds-denominator", f"「{col.header}」大于「{other}」"),
    }


def _frame(table: TableData) -> Any:
    import pandas as pd

    data: dict[str, list[Any]] = {ROW: list(range(len(table.rows)))}  # position: rows of pooled files share numbers
    for col in table.spec.columns:
        if col.key not in table.columns:
            continue
        values = [r.values.get(col.key) for r in table.rows]
        if col.type in NUMERIC_TYPES:
            data[col.key] = [float("nan") if v is None else float(v) for v in values]
        elif col.type == "date":
            continue  # dates are checked while typing and against the period by the evaluator
        else:
            data[col.key] = values
    return pd.DataFrame(data)


def _suite(gx: Any, table: TableData) -> list[tuple[Any, ColumnSpec]]:
    E = gx.expectations
    out = []
    for col in table.spec.columns:
        if col.key not in table.columns or col.type == "date":
            continue
        if col.required:
            out.append((E.ExpectColumnValuesToNotBeNull(column=col.key), col))
        if col.unique:
            out.append((E.ExpectColumnValuesToBeUnique(column=col.key), col))
        if col.type in NUMERIC_TYPES and (col.min is not None or col.max is not None):
            out.append((E.ExpectColumnValuesToBeBetween(column=col.key, min_value=col.min, max_value=col.max), col))
        if col.not_above and col.not_above in table.columns:
            out.append((E.ExpectColumnPairValuesAToBeGreaterThanB(
                column_A=col.not_above, column_B=col.key, or_equal=True,
                ignore_row_if="either_value_is_missing"), col))
    return out


def _context() -> Any:
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
    logging.getLogger("great_expectations").setLevel(logging.ERROR)
    import great_expectations as gx

    ctx = gx.get_context(mode="ephemeral")
    ctx.variables.progress_bars = {"globally": False, "metric_calculations": False}
    return gx, ctx


def validate_tables(tables: dict[str, TableData], pooled: bool = False) -> tuple[dict[str, TableData], list[DataIssue]]:
    """Run one suite per rows-table. Returns the tables with failing cells marked bad.

    `pooled`: the tables join rows of several files; issues then name the file.
    """
    issues: list[DataIssue] = []
    out = dict(tables)
    for tid, table in tables.items():
        if table.spec.layout == "keyvalue":
            for col in table.spec.columns:
                row = table.rows[0] if table.rows else None
                value = row.values.get(col.key) if row else None
                if col.required and (row is None or (value is None and col.key not in row.bad)):
                    issues.append(DataIssue("required-value", f"「{col.header}」为必填项，不能为空",
                                            table.sheet, None, col.header, table=tid, field=col.key))
                elif isinstance(value, float) and ((col.min is not None and value < col.min)
                                                   or (col.max is not None and value > col.max)):
                    ref = row.cells.get(col.key)
                    issues.append(DataIssue("out-of-range", f"「{col.header}」超出合理范围：{value:g}", table.sheet,
                                            ref and int(ref.cell[1:]), col.header, ref.cell if ref else "",
                                            table=tid, field=col.key))
                    out[tid] = dataclasses.replace(table, rows=(dataclasses.replace(row, bad=row.bad | {col.key}),))
                    table = out[tid]
    rows_tables = {t: d for t, d in tables.items() if d.spec.layout == "rows" and d.rows}
    if not rows_tables:
        return out, issues
    gx, ctx = _context()
    source = ctx.data_sources.add_pandas("workbook")
    for tid, table in rows_tables.items():
        expectations = _suite(gx, table)
        if not expectations:
            continue
        batch = source.add_dataframe_asset(tid).add_batch_definition_whole_dataframe(tid).get_batch(
            batch_parameters={"dataframe": _frame(table)})
        suite = gx.ExpectationSuite(name=tid)
        for exp, _ in expectations:
            suite.add_expectation(exp)
        result = batch.validate(suite, result_format={
            "result_format": "COMPLETE", "unexpected_index_column_names": [ROW]})
        new_bad: dict[int, set[str]] = {}
        for res, (exp, col) in zip(result.results, expectations):
            if res.success:
                continue
            code, message = _messages(col, table.spec)[res.expectation_config.type]
            for hit in res.result.get("unexpected_index_list") or []:
                position = int(hit[ROW])
                row = table.rows[position]
                if col.key in row.bad:
                    continue  # already reported while typing the cell
                ref = row.cells.get(col.key)
                shown = row.values.get(col.key)
                text = message + (f"：{shown:g}" if isinstance(shown, float) else f"：{shown}" if shown else "")
                issues.append(DataIssue(code, text, ref.sheet if ref else table.sheet, row.number, col.header,
                                        ref.cell if ref else "", table=tid, field=col.key,
                                        file=ref.file if ref and pooled else ""))
                new_bad.setdefault(position, set()).add(col.key)
        if new_bad:
            rows = tuple(dataclasses.replace(r, bad=r.bad | frozenset(new_bad[k]))
                         if k in new_bad else r for k, r in enumerate(table.rows))
            out[tid] = dataclasses.replace(table, rows=rows)
    return out, issues
