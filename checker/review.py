"""The examiner's review: read the review columns of a scorecard, record them, write the reviewed copy.

The scorecard itself is an input here and is never modified: the reviewed scorecard is a new
file (`<name>_reviewed.xlsx`). Every review is recorded in the history database first; the audit
sheet is then rebuilt from the database, so running the review twice records nothing new and
writes the same workbook.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import InputError
from .history import History, Review
from .judge.score import final_verdict
from .model import Verdict, tally
from .reporters import excel

REVIEWED_SUFFIX = "_reviewed"


@dataclass(frozen=True)
class ReviewRow:
    row: int
    indicator: str
    name: str
    computed: Verdict
    review: Review | None


@dataclass(frozen=True)
class ReviewOutcome:
    source: Path
    output: Path
    uid: str
    reviewed: int  # rows carrying a review
    overridden: int  # of which the final verdict differs from the computed one
    recorded: int  # new entries written to the history database
    finals: dict[str, Verdict]


def default_output(scorecard: Path) -> Path:
    stem = scorecard.stem
    if stem.endswith(REVIEWED_SUFFIX):
        stem = stem[: -len(REVIEWED_SUFFIX)]
    return scorecard.with_name(f"{stem}{REVIEWED_SUFFIX}.xlsx")


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def read_review(wb: Any, name: str) -> tuple[str, list[ReviewRow]]:
    """The scorecard's run id and its indicator rows with the examiner's entries, validated."""
    for sheet in (excel.OVERVIEW, excel.DETAIL):
        if sheet not in wb.sheetnames:
            raise InputError(f"{name} 不是本软件生成的计分表（缺少「{sheet}」工作表；请对 check 写出的 *_scorecard.xlsx 运行 review）")
    uid = next((_text(r[1].value) for r in wb[excel.OVERVIEW].iter_rows(max_col=2)
                if r[0].value == excel.UID_LABEL), "")
    if not uid or uid == "—":
        raise InputError(f"{name} 的「总览」中没有{excel.UID_LABEL}，无法与历史记录对应（请重新运行 check 生成计分表）")
    ws = wb[excel.DETAIL]
    col = excel.header_index(ws)
    needed = ("指标编号", "指标名称", "计算结论") + excel.REVIEW_HEADERS
    lost = [h for h in needed if h not in col]
    if lost:
        raise InputError(f"{name} 的「指标明细」缺少列：{'、'.join(lost)}（请勿删除或改名计分表的列）")
    rows = []
    for cells in ws.iter_rows(min_row=2):
        get = {h: cells[col[h] - 1].value if col[h] - 1 < len(cells) else None for h in col}
        indicator = _text(get["指标编号"])
        if not indicator:
            continue
        n = cells[0].row
        where = f"「指标明细」第{n}行（{indicator}）"
        computed = excel.BY_LABEL.get(_text(get["计算结论"]))
        if computed is None:
            raise InputError(f"{where}的计算结论「{_text(get['计算结论'])}」无法识别（请勿修改「计算结论」列）")
        label, reason = _text(get["审查结论"]), _text(get["审查意见"])
        examiner, on = _text(get["审查人"]), _text(get["审查日期"])
        review = None
        if label or reason:
            final = excel.BY_LABEL.get(label) if label else computed
            if final is None:
                raise InputError(f"{where}的审查结论「{label}」不是可选的结论（可选：{'、'.join(excel.BY_LABEL)}）")
            if final is not computed and not reason:
                raise InputError(f"{where}改判为「{final.label}」但未填写审查意见：请在「审查意见」写明改判理由后再运行")
            if final is not computed and not examiner:
                raise InputError(f"{where}改判为「{final.label}」但未填写审查人：请在「审查人」署名后再运行")
            review = Review(indicator, computed, final, reason, examiner, on)
        rows.append(ReviewRow(n, indicator, _text(get["指标名称"]), computed, review))
    if not rows:
        raise InputError(f"{name} 的「指标明细」没有指标行（请对 check 写出的计分表运行 review）")
    return uid, rows


def audit_entries(reviews: tuple[Review, ...], names: dict[str, str]) -> list[excel.AuditEntry]:
    return [excel.AuditEntry(r.recorded_at, r.examiner, r.reviewed_on, r.indicator, names.get(r.indicator, ""),
                             r.computed, r.final, r.reason, "沿用上次核查的审查" if r.carried_from else "审查")
            for r in reviews]


def review_scorecard(scorecard: str | Path, *, output: str | Path | None = None,
                     db: str | Path | None = None) -> ReviewOutcome:
    """Record the examiner's review of a scorecard and write the reviewed scorecard."""
    from openpyxl import load_workbook

    from .output_files import atomic_save_workbook
    from .read.spreadsheet import check_archive, check_file

    src = Path(scorecard)
    check_file(src)
    check_archive(src)
    out = Path(output) if output else default_output(src)
    if out.suffix.lower() != ".xlsx":
        raise InputError(f"审查后的计分表应以 .xlsx 结尾：{out}")
    if out.exists() and out.resolve() == src.resolve():
        raise InputError(f"输出文件与输入的计分表相同（{out}），为免覆盖已停止（请用 -o 指定另一个文件名）")
    try:
        wb = load_workbook(src)
    except Exception as exc:  # openpyxl raises many kinds on a damaged file
        raise InputError(f"无法读取计分表 {src.name}（{type(exc).__name__}；请确认它是 check 写出的 .xlsx 文件）") from None
    uid, rows = read_review(wb, src.name)
    reviews = [r.review for r in rows if r.review]
    with History(db or src.parent / "checker.db") as history:
        before = len(history.reviews_of(uid))
        recorded = history.record_reviews(uid, reviews)
    names = {r.indicator: r.name for r in rows}
    finals = {r.indicator: final_verdict(r.computed, r.review.final if r.review else None) for r in rows}

    ws = wb[excel.DETAIL]
    col = excel.header_index(ws)
    if "最终结论" in col:
        for r in rows:
            excel.paint(ws.cell(row=r.row, column=col["最终结论"]), finals[r.indicator])
    overview = wb[excel.OVERVIEW]
    period = next((row[1].value for row in overview.iter_rows(max_col=2) if row[0].value == "报告期"), None)
    excel.write_counts(overview, tally(r.computed for r in rows), tally(finals.values()),
                       excel.review_status(finals, {r.indicator: r.computed for r in rows}, len(reviews)),
                       year_known=period != "未知年度")
    excel.write_audit(wb, audit_entries(recorded, names))
    atomic_save_workbook(wb, out)
    overridden = sum(1 for r in reviews if r.overrides)
    return ReviewOutcome(src, out, uid, len(reviews), overridden, len(recorded) - before, finals)


def unrecorded(scorecard: Path, history: History) -> list[str]:
    """Indicators whose review entries in an existing scorecard are not yet in the database.

    `check` calls this before it replaces a scorecard, so an examiner's annotations are never
    overwritten before `checker review` has recorded them.
    """
    from openpyxl import load_workbook

    try:
        wb = load_workbook(scorecard, read_only=True)
        uid, rows = read_review(wb, scorecard.name)
    except Exception:  # not a readable scorecard of ours: nothing of the examiner's to lose
        return []
    recorded = {r.indicator: r for r in history.reviews_of(uid)} if history.has_run(uid) else {}
    return [r.indicator for r in rows if r.review and not (r.indicator in recorded
                                                           and recorded[r.indicator].same_decision(r.review))]
