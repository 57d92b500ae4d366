"""The library call behind `check`: read -> type -> validate -> evaluate -> Run."""

from __future__ import annotations

import hashlib
from pathlib import Path

from .catalogue import load_catalogue
from .errors import InputError
from .evaluate import Context, evaluate
from .model import Catalogue, DataIssue, Run
from .readers.xlsx import Limits, read_workbook
from .schema import WorkbookSchema
from .tables import read_tables


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def resolve_plans(catalogue: Catalogue, plan: str | None) -> frozenset[str] | None:
    if plan in (None, "", "all"):
        return None
    ids = frozenset(p.strip() for p in str(plan).split(",") if p.strip())
    known = {p.id for p in catalogue.plans if p.kind == "plan"}
    unknown = sorted(ids - known)
    if unknown:
        raise InputError(f"未知规划 {'、'.join(unknown)}（可选：{'、'.join(sorted(known))}；查看 `checker catalogue list`）")
    return ids


def check(
    path: str | Path,
    *,
    plan: str | None = None,
    year: int | None = None,
    catalogue_dir: str | Path | None = None,
    limits: Limits = Limits(),
) -> Run:
    """Check one standard workbook, or a narrative report (.docx .txt .md .pdf .html), against the catalogue.

    Raises CheckerError on unusable input."""
    src = Path(path)
    catalogue, schema = load_catalogue(catalogue_dir)
    from .documents import is_report_file

    if is_report_file(src):
        return check_report(src, catalogue, plan=plan, year=year)
    sheets = read_workbook(src, limits)
    return check_sheets(src, sheets, catalogue, schema, plan=plan, year=year)


def check_sheets(src: Path, sheets, catalogue: Catalogue, schema: WorkbookSchema, *,
                 plan: str | None = None, year: int | None = None) -> Run:
    tables, issues = read_tables(src.name, sheets, schema)
    if not tables:
        expected = "、".join(t.sheet for t in schema.tables)
        raise InputError(f"{src.name} 中没有标准报表的任何工作表（应有：{expected}；用 `checker template -o 模板.xlsx` 生成模板）")
    from .validate import validate_tables

    tables, gx_issues = validate_tables(tables)
    issues = issues + gx_issues
    info_row = tables["info"].rows[0] if "info" in tables and tables["info"].rows else None
    info = info_row.values if info_row else {}
    info_bad = info_row.bad if info_row else frozenset()
    report_year = year or (int(info["year"]) if info.get("year") and "year" not in info_bad else None)
    plan = plan or info.get("plan") or None
    selected = resolve_plans(catalogue, plan)
    if report_year is None:
        issues.append(DataIssue("missing-year", "未填写报告年度（基本信息表「报告年度」），按年度判定的指标无法判断；可用 --year 指定",
                                "基本信息", table="info", field="year"))
    ctx = Context(year=report_year, plans=catalogue.plans, selected=selected, file=src.name)
    results = tuple(evaluate(ind, tables.get(ind.measure.table), ctx, issues) for ind in catalogue.indicators)
    seen = set(issues)
    for r in results:
        for i in r.issues:
            if i not in seen:
                seen.add(i)
                issues.append(i)
    plan_name = "、".join(catalogue.plan(p).name for p in sorted(selected)) if selected else "全部规划（合并）"
    return Run(
        source=str(src), sha256=sha256_of(src), government=str(info.get("government") or "（未填写）"),
        plan=",".join(sorted(selected)) if selected else "all", plan_name=plan_name, year=report_year,
        results=results, data_issues=tuple(issues),
    )


def check_report(src: Path, catalogue: Catalogue, *, plan: str | None = None, year: int | None = None) -> Run:
    """Extract the figures of a narrative report, then judge them like a workbook's."""
    from .extract.judge import judge_extraction
    from .extract.report import extract_report

    extraction = extract_report(src, catalogue, year)
    selected = resolve_plans(catalogue, plan)
    plan_name = "、".join(catalogue.plan(p).name for p in sorted(selected)) if selected else "全部规划（合并）"
    return judge_extraction(extraction, catalogue, selected=selected, plan_name=plan_name, sha256=sha256_of(src))
