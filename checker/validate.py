"""Validate the typed tables with great-expectations; every failed row becomes a DataIssue.

The suites are derived from indicators/workbook.yml (required, unique, min/max, not_above).
great-expectations is imported here only: it takes seconds to import, so a check starts the
import in a child process at once (`preload`) and validates there.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import os
import threading
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


def _columns(table: TableData) -> dict[str, list[Any]]:
    """The columns great-expectations checks, as plain lists (cheap to send to another process)."""
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
    return data


_Expectation = tuple[str, dict[str, Any]]  # class name in gx.expectations, its arguments


def _suite(table: TableData) -> list[tuple[_Expectation, ColumnSpec]]:
    out: list[tuple[_Expectation, ColumnSpec]] = []
    for col in table.spec.columns:
        if col.key not in table.columns or col.type == "date":
            continue
        if col.required:
            out.append((("ExpectColumnValuesToNotBeNull", dict(column=col.key)), col))
        if col.unique:
            out.append((("ExpectColumnValuesToBeUnique", dict(column=col.key)), col))
        if col.type in NUMERIC_TYPES and (col.min is not None or col.max is not None):
            out.append((("ExpectColumnValuesToBeBetween", dict(column=col.key, min_value=col.min, max_value=col.max)), col))
        if col.not_above and col.not_above in table.columns:
            out.append((("ExpectColumnPairValuesAToBeGreaterThanB", dict(
                column_A=col.not_above, column_B=col.key, or_equal=True,
                ignore_row_if="either_value_is_missing")), col))
    return out


def _import() -> None:
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
    logging.getLogger("great_expectations").setLevel(logging.ERROR)
    import great_expectations  # noqa: F401


# One ephemeral context per process, with its pandas source and one batch definition per table
# id: every asset added makes the context serialise its whole configuration, which cost more
# than validating a small table. The data comes with each batch, so reusing them is safe.
_gx: dict[str, Any] = {}


def _context() -> Any:
    if not _gx:
        _import()
        import great_expectations as gx

        ctx = gx.get_context(mode="ephemeral")
        ctx.variables.progress_bars = {"globally": False, "metric_calculations": False}
        _gx.update(gx=gx, source=ctx.data_sources.add_pandas("workbook"), batches={})
    return _gx


def _batch_definition(state: dict[str, Any], tid: str) -> Any:
    if tid not in state["batches"]:
        state["batches"][tid] = state["source"].add_dataframe_asset(tid).add_batch_definition_whole_dataframe(tid)
    return state["batches"][tid]


_Job = tuple[str, dict[str, list[Any]], list[_Expectation]]  # table id, columns, expectations
_Failures = list[tuple[str, list[int]]]  # per expectation: its type and the positions of failing rows


def _run(jobs: list[_Job]) -> list[_Failures]:
    """Validate each table's columns with great-expectations, in this process."""
    import pandas as pd

    state = _context()
    gx = state["gx"]

    def suite_of(tid: str, chosen: list[tuple[str, dict[str, Any]]]) -> Any:
        suite = gx.ExpectationSuite(name=tid)
        for name, kwargs in chosen:
            suite.add_expectation(getattr(gx.expectations, name)(**kwargs))
        return suite

    out: list[_Failures] = []
    for tid, columns, expectations in jobs:
        batch = _batch_definition(state, tid).get_batch(batch_parameters={"dataframe": pd.DataFrame(columns)})
        # Whether each expectation holds costs half of what its failing rows cost, and most hold:
        # the rows are asked for only of the expectations that failed, on the same batch.
        quick = batch.validate(suite_of(tid, expectations), result_format={"result_format": "BOOLEAN_ONLY"}).results
        failed = [k for k, res in enumerate(quick) if not res.success]
        rows: dict[int, list[int]] = {}
        if failed:
            full = batch.validate(suite_of(tid, [expectations[k] for k in failed]), result_format={
                "result_format": "COMPLETE", "unexpected_index_column_names": [ROW]}).results
            rows = {k: [int(hit[ROW]) for hit in res.result.get("unexpected_index_list") or []]
                    for k, res in zip(failed, full)}
        out.append([(res.expectation_config.type, rows.get(k, [])) for k, res in enumerate(quick)])
    return out


# --- great-expectations in a second process ------------------------------------------------
#
# Importing great-expectations takes seconds of CPU, and so do reading and typing a large
# workbook. Two threads of one process cannot overlap them: both run Python under one lock
# (measured, a thread made the whole slower; docs/performance.md). So the first check of a
# process forks a child that imports great-expectations at once while the parent reads and
# types; the parent then sends it the columns and gets back the failing rows. Whatever goes
# wrong with the child (no fork on this system, child killed, an error inside) falls back to
# validating in the process itself, which gives the same result or raises the same error.
# The child then serves every later check of the process too, so the library is imported once a
# process, never a second time in the parent.

_helper: tuple[Any, Any, int] | None = None  # (process, connection, owner's pid) of the child, while it serves
_forked = False
_helper_lock = threading.Lock()  # one check at a time talks to the child


def preload() -> bool:
    """Start a child that imports great-expectations, to validate this run's tables with;
    True when one was started.

    Once per process, and only where it pays: not when great-expectations is already imported
    here, not inside a worker of a process pool (which may not have children), not without fork.
    """
    global _helper, _forked
    import multiprocessing as mp
    import sys

    if _forked or "great_expectations" in sys.modules or mp.current_process().daemon:
        return False
    if "fork" not in mp.get_all_start_methods():
        return False
    _forked = True
    try:
        ctx = mp.get_context("fork")
        here, there = ctx.Pipe()
        proc = ctx.Process(target=_serve, args=(there, here), name="gx-validate", daemon=True)
        proc.start()
        there.close()
        _helper = (proc, here, os.getpid())
    except (OSError, ValueError, RuntimeError):
        _helper = None
    return _helper is not None


def _serve(conn: Any, parent_end: Any) -> None:
    parent_end.close()
    try:
        _import()
    except BaseException as exc:  # noqa: BLE001 - the parent validates itself and raises it
        with contextlib.suppress(Exception):
            conn.recv()
            conn.send(("error", repr(exc)))
        return
    while True:
        try:
            jobs = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return  # the parent finished (or failed): nothing more to validate
        try:
            conn.send(("ok", _run(jobs)))
        except BaseException as exc:  # noqa: BLE001
            with contextlib.suppress(Exception):
                conn.send(("error", repr(exc)))
            return  # the parent validates this and every later check itself


def _let_go() -> None:
    """Close the child and validate in this process from now on."""
    global _helper
    if _helper is None:
        return
    proc, conn, _ = _helper
    _helper = None
    conn.close()
    proc.join(timeout=5)
    if proc.is_alive():
        proc.kill()
        proc.join()


def _validate(jobs: list[_Job]) -> list[_Failures]:
    with _helper_lock:
        if _helper is not None and _helper[2] == os.getpid():  # not a copy inherited by a pool worker
            conn = _helper[1]
            try:
                conn.send(jobs)
                status, got = conn.recv()
            except (EOFError, OSError):
                status, got = "error", None
            except BaseException:
                _let_go()  # interrupted between question and answer: its answer must not reach the next check
                raise
            if status == "ok":
                return got
            _let_go()  # it failed: validate here, now and from now on
    return _run(jobs)


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
    jobs: list[_Job] = []
    suites: dict[str, list[tuple[_Expectation, ColumnSpec]]] = {}
    for tid, table in rows_tables.items():
        suites[tid] = _suite(table)
        if suites[tid]:
            jobs.append((tid, _columns(table), [exp for exp, _ in suites[tid]]))
    if not jobs:
        return out, issues
    for (tid, _, _), failures in zip(jobs, _validate(jobs)):
        table = rows_tables[tid]
        new_bad: dict[int, set[str]] = {}
        for (kind, positions), (_, col) in zip(failures, suites[tid]):
            if not positions:
                continue
            code, message = _messages(col, table.spec)[kind]
            for position in positions:
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
