"""Build standard-workbook content in the tests themselves: in memory or as .xlsx files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from checker.catalogue.loader import load_catalogue
from checker.judge.base import Context, Previous
from checker.judge.plans import choose_plans
from checker.read.spreadsheet import Sheet
from checker.catalogue.workbook_schema import TableSpec

CATALOGUE, SCHEMA = load_catalogue()  # the frozen test catalogue (tests/catalogue, set in conftest)
TEST_PLAN = "shifan-2021-2025"  # the fixture plan of the invented district 示范区


def context(year: int | None = 2023, *, plan: str | None = TEST_PLAN, file: str = "case.xlsx",
            previous: dict[str, tuple[int, float]] | None = None, year_problem: str = "") -> Context:
    """A judging context as `check` builds it, for the test catalogue's fixture plan (or `plan`)."""
    choice = choose_plans(CATALOGUE, "上海市示范区人民政府", year, option=plan) if plan else \
        choose_plans(CATALOGUE, "某地人民政府", year)
    prev = {k: Previous(y, v, f"{v:g}", "上年.xlsx") for k, (y, v) in (previous or {}).items()}
    return Context(year=year, choice=choice, plans=CATALOGUE.plans, file=file, previous=prev,
                   year_problem=year_problem, titles={t.id: t.sheet for t in SCHEMA.tables})

DEFAULTS = {
    "officers": {"unit": "区司法局", "name": "张三", "remark": None},
    "units": {"remark": None},
    "court_cases": {"remark": None},
    "lectures": {"topic": "法治专题讲座", "speaker": None, "attendees": None, "document": None},
    "head_training": {"unit": "区司法局", "name": "李四", "post": "局长"},
    "commitments": {},
    "figures": {},
}


def grid(spec: TableSpec, rows: list[dict[str, Any]], indicator: str | None = None) -> list[list[Any]]:
    """A sheet grid: title row, header row, then one row per dict (keys are column keys)."""
    out: list[list[Any]] = [[spec.title] + [""] * (len(spec.columns) - 1), [c.header for c in spec.columns]]
    for i, row in enumerate(rows):
        full = dict(DEFAULTS.get(spec.id, {}))
        if spec.id == "officers":
            full["certificate"] = f"3101{i:010d}"
        if spec.id == "units":
            full["unit"] = f"单位{i + 1}"
        if spec.id == "court_cases":
            full["organ"] = f"机关{i + 1}"
        if spec.keyed and indicator:
            full["indicator"] = indicator
        full.update(row)
        out.append([full.get(c.key) for c in spec.columns])
    return out


def info_grid(government: str = "测试区人民政府", year: int | None = 2023, plan: str | None = None) -> list[list[Any]]:
    spec = SCHEMA.table("info")
    values = {"government": government, "year": year, "plan": plan}
    return [["项目", "内容"]] + [[c.header, values.get(c.key)] for c in spec.columns]


def sheets(tables: dict[str, list[dict[str, Any]]], *, indicator: str | None = None, year: int | None = 2023,
           plan: str | None = None) -> list[Sheet]:
    out = [Sheet("基本信息", info_grid(year=year, plan=plan))]
    for tid, rows in tables.items():
        spec = SCHEMA.table(tid)
        out.append(Sheet(spec.sheet, grid(spec, rows, indicator)))
    return out


def write_xlsx(path: Path, sheet_list: list[Sheet]) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    for s in sheet_list:
        ws = wb.create_sheet(s.name)
        for i, row in enumerate(s.rows, start=1):
            for j, v in enumerate(row, start=1):
                if v is None or v == "":
                    continue
                cell = ws.cell(row=i, column=j, value=v)
                if isinstance(v, str) and v.startswith("="):
                    cell.data_type = "s"  # text that looks like a formula, as a department may type it
    wb.save(path)
    return path


def date(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def run_in_process(*args: str, cwd: Path):
    """A `checker` command run in this process from `cwd` as `python -m checker` runs it (the same
    entry point, so usage errors and exit codes are the program's own), as a CompletedProcess with
    stdout and stderr apart; no fresh interpreter or library import per call. The catalogue is read
    afresh each call, as a new process would. An internal error (exit 3) fails the calling test."""
    import contextlib
    import io
    import os
    import subprocess
    import sys
    import traceback

    from checker import cli
    from checker.catalogue import loader

    loader._load_cached.cache_clear()
    out, err = io.StringIO(), io.StringIO()
    here, argv = os.getcwd(), sys.argv
    # Click names the program from __main__'s package when the runner was started with `python -m`;
    # without one the name comes from argv, "checker", as the installed command shows it.
    main_module = sys.modules["__main__"]
    package = getattr(main_module, "__package__", None)
    main_module.__package__ = None
    code = 0
    os.chdir(cwd)
    sys.argv = ["checker", *args]
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                cli.main()
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
            except Exception:  # noqa: BLE001 - shown as a process would show it
                traceback.print_exc()
                code = 1
    finally:
        os.chdir(here)
        sys.argv = argv
        main_module.__package__ = package
    assert code != 3, err.getvalue()
    return subprocess.CompletedProcess(list(args), code, out.getvalue(), err.getvalue())
