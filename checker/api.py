"""The library call behind `check`: read -> type -> validate -> evaluate -> Run."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

from .catalogue.loader import load_catalogue
from .errors import InputError
from .judge.workbook import Context, evaluate
from .model import Catalogue, DataIssue, Run
from .read.spreadsheet import Limits, read_workbook
from .catalogue.workbook_schema import WorkbookSchema
from .figures.workbook_tables import info_from_titles, read_tables


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


def plan_name_of(catalogue: Catalogue, selected: frozenset[str] | None) -> str:
    """The names of the plans judged against, as the scorecard shows them."""
    return "、".join(catalogue.plan(p).name for p in sorted(selected)) if selected else "全部规划（合并）"


def check(
    path: str | Path,
    *,
    plan: str | None = None,
    year: int | None = None,
    catalogue_dir: str | Path | None = None,
    limits: Limits = Limits(),
    mapping: str | Path | Mapping[str, Any] | None = None,
) -> Run:
    """Check one workbook (.xlsx/.xlsm/.xls/.ods/.csv) or narrative report (.docx .txt .md .pdf .html).

    `mapping` (a YAML file or a dict) says which sheet and columns hold a table where the
    automatic choice is wrong. Raises CheckerError on unusable input.
    """
    src = Path(path)
    catalogue, schema = load_catalogue(catalogue_dir)
    resolve_plans(catalogue, plan)  # an unknown plan fails before the slow part
    from .read.documents import is_report_file

    if is_report_file(src):
        return check_report(src, catalogue, plan=plan, year=year)
    table_map = load_mapping(mapping, schema) if mapping is not None else None
    sheets = read_workbook(src, limits)
    return check_sheets(src, sheets, catalogue, schema, plan=plan, year=year, mapping=table_map)


def load_mapping(mapping: str | Path | Mapping[str, Any], schema: WorkbookSchema) -> dict[str, Any]:
    """A mapping file: {table id or sheet title: {sheet, header_row?, columns: {key: letter or header}}}."""
    if isinstance(mapping, (str, Path)):
        from .yamlio import read_user_yaml

        doc = read_user_yaml(Path(mapping), "映射文件", "--mapping")
    else:
        doc = mapping
    if not isinstance(doc, dict) or not doc:
        raise InputError("映射文件应为「表: {sheet: 工作表名, columns: {列: 列字母或表头}}」的形式")
    by_name = {t.id: t.id for t in schema.tables} | {t.sheet: t.id for t in schema.tables}
    out: dict[str, Any] = {}
    for name, entry in doc.items():
        tid = by_name.get(str(name))
        if tid is None or schema.table(tid).layout != "rows":
            raise InputError(f"映射文件中的表「{name}」不是标准报表的明细表（可用：{'、'.join(t.id for t in schema.tables if t.layout == 'rows')}）")
        if not isinstance(entry, dict) or "sheet" not in entry or not isinstance(entry.get("columns", {}), dict):
            raise InputError(f"映射文件中表「{name}」应写明 sheet（工作表名）和 columns（列: 列字母或表头）")
        unknown = set(entry) - {"sheet", "header_row", "columns"}
        if unknown:
            raise InputError(f"映射文件中表「{name}」有未知的项：{'、'.join(sorted(map(str, unknown)))}（可用：sheet、header_row、columns）")
        hr = entry.get("header_row")
        if hr is not None and (isinstance(hr, bool) or not isinstance(hr, int) or hr < 1):
            raise InputError(f"映射文件中表「{name}」的 header_row 应为正整数（表头所在的行号）")
        out[tid] = entry
    return out


@dataclass(frozen=True)
class WorkbookData:
    """One workbook read and typed, not yet validated or judged."""

    path: Path
    sha256: str
    tables: dict[str, Any]  # table id -> TableData
    issues: tuple[DataIssue, ...]
    government: str  # "" when the file does not say
    year: int | None
    plan: str | None
    identified_by: str  # 基本信息 / 标题 / ""


def read_data(src: Path, sheets, schema: WorkbookSchema, *, year: int | None = None,
              mapping: Mapping[str, Any] | None = None) -> WorkbookData:
    tables, issues = read_tables(src.name, sheets, schema, year=year, mapping=mapping)
    if not tables:
        expected = "、".join(t.sheet for t in schema.tables)
        raise InputError(f"{src.name} 中找不到可识别的报表（未找到任何一张表的表头，应有：{expected}；"
                         "可用 --mapping 指定表头和列，或用 `checker template -o 模板.xlsx` 生成模板）")
    info_row = tables["info"].rows[0] if "info" in tables and tables["info"].rows else None
    info = info_row.values if info_row else {}
    info_bad = info_row.bad if info_row else frozenset()
    report_year = year or (int(info["year"]) if info.get("year") and "year" not in info_bad else None)
    government = str(info.get("government") or "")
    how = "基本信息" if info_row and (government or report_year) else ""
    if "info" not in tables:
        titles = info_from_titles(src.name, sheets)
        where = "、".join(e.location for e in titles.evidence)
        if report_year is None and titles.year is not None:
            report_year = titles.year
        if not government and titles.government:
            government = titles.government
        if titles.evidence:
            how = "标题"
            issues.append(DataIssue("info-from-titles", f"没有「基本信息」表：政府（单位）和年度取自表格标题（{where}）"
                                    "，如有误请用 --year 指定或补充「基本信息」表", titles.evidence[0].sheet,
                                    severity="warning", table="info"))
        if year is None and len(titles.years_seen) > 1:
            issues.append(DataIssue("several-years", f"表格标题中有多个年度（{'、'.join(map(str, titles.years_seen))}），"
                                    "请用 --year 指定要判定的年度", "", severity="warning", table="info", field="year"))
    if year is not None:
        how = "参数"
    return WorkbookData(src, sha256_of(src), tables, tuple(issues), government, report_year,
                        str(info.get("plan")) if info.get("plan") else None, how)


def judge_data(data: WorkbookData, catalogue: Catalogue, *, plan: str | None = None, pooled: bool = False,
               source: str | None = None, inputs: tuple[tuple[str, str], ...] = ()) -> Run:
    """Validate (great-expectations) and judge typed tables: the second half of `check`."""
    from .validate import validate_tables

    tables, gx_issues = validate_tables(data.tables, pooled=pooled)
    issues = list(data.issues) + gx_issues
    selected = resolve_plans(catalogue, plan or data.plan)
    if data.year is None:
        issues.append(DataIssue("missing-year", "未填写报告年度（基本信息表「报告年度」），按年度判定的指标无法判断；可用 --year 指定",
                                "基本信息", table="info", field="year"))
    ctx = Context(year=data.year, plans=catalogue.plans, selected=selected, file=data.path.name)
    results = tuple(evaluate(ind, tables.get(ind.measure.table), ctx, issues) for ind in catalogue.indicators)
    seen = set(issues)
    for r in results:
        for i in r.issues:
            if i not in seen:
                seen.add(i)
                issues.append(i)
    return Run(
        source=source or str(data.path), sha256=data.sha256, government=data.government or "（未填写）",
        plan=",".join(sorted(selected)) if selected else "all", plan_name=plan_name_of(catalogue, selected), year=data.year,
        results=results, data_issues=tuple(issues),
        mapping=tuple(m for t in tables.values() for m in t.mappings), inputs=inputs,
    )


def check_sheets(src: Path, sheets, catalogue: Catalogue, schema: WorkbookSchema, *,
                 plan: str | None = None, year: int | None = None,
                 mapping: Mapping[str, Any] | None = None) -> Run:
    return judge_data(read_data(src, sheets, schema, year=year, mapping=mapping), catalogue, plan=plan)


def check_report(src: Path, catalogue: Catalogue, *, plan: str | None = None, year: int | None = None) -> Run:
    """Extract the figures of a narrative report, then judge them like a workbook's."""
    from .judge.prose import judge_extraction
    from .figures.report import extract_report

    extraction = extract_report(src, catalogue, year)
    selected = resolve_plans(catalogue, plan)
    return judge_extraction(extraction, catalogue, selected=selected, plan_name=plan_name_of(catalogue, selected),
                            sha256=sha256_of(src))


@dataclass(frozen=True)
class Outputs:
    """What `record` wrote for one run."""

    scorecard: Path
    charts: tuple[Path, ...]
    db: Path
    uid: str
    run_id: int
    carried: tuple[str, ...]  # indicators whose earlier review was carried over
    flagged: tuple[str, ...]  # indicators whose value changed since their last review


def record(run: Run, scorecard: str | Path, *, db: str | Path | None = None, charts: bool = True) -> Outputs:
    """Write the scorecard (with charts beside it) and record the run in the history database.

    An earlier review of the same government, year and indicator is carried over where the
    value is unchanged, and flagged for a new review where it changed.
    """
    from .history import History, new_uid
    from .reporters import excel
    from .review import audit_entries, unrecorded

    target = Path(scorecard)
    db_path = Path(db) if db else target.parent / "checker.db"
    uid = new_uid()
    with History(db_path) as history:
        if target.exists():
            pending = unrecorded(target, history)
            if pending:
                raise InputError(f"{target} 中有尚未记录的审查意见（{'、'.join(pending[:5])}），为免覆盖已停止："
                                 f"请先运行 `checker review {target}`，或用 --out 指定其他文件夹")
        carry = history.carry_over(run)
        review = {k: excel.ReviewCells(c.review.final, c.review.reason, c.review.examiner, c.review.reviewed_on, c.note)
                  if c.carried else excel.ReviewCells(None, "", "", "", c.note) for k, c in carry.items()}
        pngs: tuple[Path, ...] = ()
        if charts:
            from .reporters.charts import write_charts

            pngs = tuple(write_charts(run, target.parent, target.stem))
        with history.recording(run, uid, str(target), tuple(carry.values())):
            names = {r.indicator.id: r.indicator.name for r in run.results}
            audit = audit_entries(history.reviews_of(uid), names)
            excel.write_scorecard(run, target, uid=uid, charts=pngs, review=review, audit=audit)
        run_id = history.run_id(uid)
    return Outputs(target, pngs, db_path, uid, run_id,
                   tuple(k for k, c in carry.items() if c.carried), tuple(k for k, c in carry.items() if not c.carried))
