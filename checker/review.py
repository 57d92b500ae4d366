"""The examiner's review: read the review columns of a scorecard, record them, write the reviewed copy.

The scorecard itself is an input here and is never modified: the reviewed scorecard is a new
file (`<name>_reviewed.xlsx`). What the tool computed is not taken from the sheet: the computed
columns (计算结论, 实际值, 目标), the run id and the run's hash are compared with the recorded run,
and an edited scorecard is refused, naming the cells. Every review is recorded in the history database first; the audit
sheet is then rebuilt from the database, so running the review twice records nothing new and
writes the same workbook.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import InputError
from .history import History, RecordedResult, Review
from .judge.score import final_verdict
from .model import Verdict, tally
from .reporters import excel
from .reporters.cell_text import cell_text

COMPUTED = ("计算结论", "实际值", "目标")  # columns the examiner must not edit

REVIEWED_SUFFIX = "_reviewed"


@dataclass(frozen=True)
class ReviewRow:
    row: int
    indicator: str
    name: str
    computed: Verdict
    review: Review | None
    shown: dict[str, tuple[str, str]]  # computed column -> (cell, text as the sheet shows it)


@dataclass(frozen=True)
class ScorecardHead:
    uid: str
    run_hash: str
    hash_cell: str  # where 总览 holds the hash ("" when the row is missing)


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


def read_head(wb: Any) -> ScorecardHead:
    """The run id and run hash printed in 总览."""
    facts = {r[0].value: r[1] for r in wb[excel.OVERVIEW].iter_rows(max_col=2) if len(r) > 1}
    hash_cell = facts.get(excel.HASH_LABEL)
    return ScorecardHead(_text(facts[excel.UID_LABEL].value) if excel.UID_LABEL in facts else "",
                         _text(hash_cell.value) if hash_cell is not None else "",
                         hash_cell.coordinate if hash_cell is not None else "")


def read_review(wb: Any, name: str) -> tuple[str, list[ReviewRow]]:
    """The scorecard's run id and its indicator rows with the examiner's entries, validated."""
    for sheet in (excel.OVERVIEW, excel.DETAIL):
        if sheet not in wb.sheetnames:
            raise InputError(f"{name} 不是本软件生成的计分表（缺少「{sheet}」工作表；请对 check 写出的 *_scorecard.xlsx 运行 review）")
    uid = read_head(wb).uid
    if not uid or uid == "—":
        raise InputError(f"{name} 的「总览」中没有{excel.UID_LABEL}，无法与历史记录对应（请重新运行 check 生成计分表）")
    ws = wb[excel.DETAIL]
    col = excel.header_index(ws)
    needed = ("指标编号", "指标名称") + COMPUTED + excel.REVIEW_HEADERS
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
        where = f"「指标明细」第{n}行" + (f"（{_shown(_text(get['指标名称']))}）" if _text(get["指标名称"]) else "")
        computed = excel.BY_LABEL.get(_text(get["计算结论"]))
        if computed is None:
            raise InputError(f"{where}的计算结论「{_shown(_text(get['计算结论']))}」无法识别（请勿修改「计算结论」列）")
        label, reason = _text(get["审查结论"]), _text(get["审查意见"])
        examiner, on = _text(get["审查人"]), _text(get["审查日期"])
        review = None
        if label or reason:
            final = excel.BY_LABEL.get(label) if label else computed
            if final is None:
                raise InputError(f"{where}的审查结论「{_shown(label)}」不是可选的结论（可选：{'、'.join(excel.BY_LABEL)}）")
            if final is not computed and not reason:
                raise InputError(f"{where}改判为「{final.label}」但未填写审查意见：请在「审查意见」写明改判理由后再运行")
            if final is not computed and not examiner:
                raise InputError(f"{where}改判为「{final.label}」但未填写审查人：请在「审查人」署名后再运行")
            review = Review(indicator, computed, final, reason, examiner, on)
        shown = {h: (f"{excel.DETAIL}!{cells[col[h] - 1].coordinate}" if col[h] - 1 < len(cells) else f"{excel.DETAIL}!{h}{n}",
                     _text(get[h])) for h in COMPUTED}
        rows.append(ReviewRow(n, indicator, _text(get["指标名称"]), computed, review, shown))
    if not rows:
        raise InputError(f"{name} 的「指标明细」没有指标行（请对 check 写出的计分表运行 review）")
    return uid, rows


def _shown(text: str, limit: int = 40) -> str:
    """A cell's text inside a one-line message: breaks and controls as spaces, long text cut."""
    flat = re.sub(r"[\x00-\x1f\x7f\u2028\u2029]+", " ", text)
    return flat if len(flat) <= limit else flat[:limit] + "…"


def check_against_record(name: str, head: ScorecardHead, rows: list[ReviewRow],
                         recorded: dict[str, RecordedResult], run_hash: str) -> None:
    """Refuse a scorecard whose run hash, indicators or computed columns differ from the recorded run."""
    if not head.hash_cell or head.run_hash in ("", "—"):
        raise InputError(f"{name} 的「总览」中没有{excel.HASH_LABEL}，无法证明它与历史记录一致"
                         "（请对本版本 check 写出的计分表运行 review）")
    if head.run_hash != run_hash:
        raise InputError(f"{name} 的{excel.OVERVIEW}!{head.hash_cell}（{excel.HASH_LABEL}）与历史记录中核查 {head.uid} 的"
                         f"校验值不符：计分表的{excel.UID_LABEL}或校验值被改动过，已拒绝（请对 check 写出的原计分表审查）")
    unknown = [r for r in rows if r.indicator not in recorded]
    if unknown:
        listed = "、".join(f"第{r.row}行" + (f"（{_shown(r.name)}）" if r.name else "") for r in unknown[:5])
        raise InputError(f"{name} 的「{excel.DETAIL}」中 {listed} 的指标编号不是这次核查的指标，已拒绝"
                         "（请勿修改隐藏的「指标编号」列）")
    changed = []
    for r in rows:
        rec = recorded[r.indicator]
        expected = {"计算结论": rec.verdict.label, "实际值": rec.display, "目标": rec.target}
        for h in COMPUTED:
            if h == "目标" and not rec.target:
                continue  # recorded before targets were kept
            where, text = r.shown[h]
            want = cell_text(expected[h]).strip()
            if text != want:
                changed.append(f"{where}（{h}「{_shown(text)}」，记录为「{_shown(want)}」）")
    if changed:
        more = f"等{len(changed)}处" if len(changed) > 5 else ""
        raise InputError(f"{name} 的计算列与历史记录不符：{'、'.join(changed[:5])}{more}；计算列不可修改，"
                         "如需改判请填写「审查结论」并写明审查意见，已拒绝")


def _formulas_as_text(wb: Any) -> None:
    """The reviewed copy is a record: what an examiner typed as a formula is kept as its text."""
    from .reporters.cell_text import safe_set

    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.data_type == "f":
                    safe_set(ws, c.row, c.column, str(c.value))


def audit_entries(reviews: tuple[Review, ...], names: dict[str, str]) -> list[excel.AuditEntry]:
    return [excel.AuditEntry(r.recorded_at, r.examiner, r.reviewed_on, r.indicator, names.get(r.indicator, ""),
                             r.computed, r.final, r.reason, "沿用上次核查的审查" if r.carried_from else "审查")
            for r in reviews]


def review_scorecard(scorecard: str | Path, *, output: str | Path | None = None,
                     db: str | Path | None = None, force: bool = False) -> ReviewOutcome:
    """Check a scorecard against its recorded run, record the examiner's review, write the reviewed copy.

    The reviewed copy never replaces a file the tool did not write (unless `force`), nor one
    holding review entries not yet recorded, nor the scorecard itself.
    """
    from openpyxl import load_workbook

    from .output_files import atomic_save_workbook, may_write
    from .read.spreadsheet import check_archive, check_file

    src = Path(scorecard)
    check_file(src)
    check_archive(src)
    out = Path(output) if output else default_output(src)
    if out.suffix.lower() != ".xlsx":
        raise InputError(f"审查后的计分表应以 .xlsx 结尾：{out}")
    if out.exists() and out.resolve() == src.resolve():
        raise InputError(f"输出文件与输入的计分表相同（{out}），为免覆盖已停止（请用 -o 指定另一个文件名）")
    may_write(out, [src], force=force)
    try:
        wb = load_workbook(src)
    except Exception:  # openpyxl raises many kinds on a damaged file
        raise InputError(f"无法读取计分表 {src.name}（文件已损坏或不是 Excel 工作簿；请确认它是 check 写出的 .xlsx 文件）") from None
    uid, rows = read_review(wb, src.name)
    reviews = [r.review for r in rows if r.review]
    with History(db or src.parent / "checker.db") as history:
        history.run_id(uid)  # an unknown run: say so before anything else
        check_against_record(src.name, read_head(wb), rows, history.recorded_results(uid), history.run_hash(uid))
        if out.exists() and not force:
            pending = unrecorded(out, history)
            if pending:
                raise InputError(f"{out} 中有尚未记录的审查意见（{'、'.join(pending[:5])}），为免覆盖已停止："
                                 f"请先对它运行 `checker review {out}`，或用 -o 指定其他文件名")
        before = len(history.reviews_of(uid))
        recorded = history.record_reviews(uid, reviews)
    names = {r.indicator: r.name for r in rows}
    finals = {r.indicator: final_verdict(r.computed, r.review.final if r.review else None) for r in rows}

    _formulas_as_text(wb)
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
    excel.refresh_category_table(wb, finals)
    excel.clean_headers(wb)
    excel.write_audit(wb, audit_entries(recorded, names))
    atomic_save_workbook(wb, out)
    overridden = sum(1 for r in reviews if r.overrides)
    return ReviewOutcome(src, out, uid, len(reviews), overridden, len(recorded) - before, finals)


def review_cells(carry: dict[str, Any]) -> dict[str, excel.ReviewCells]:
    """The review columns a new scorecard starts with: carried reviews, or flags asking for a new one."""
    return {k: excel.ReviewCells(c.review.final, c.review.reason, c.review.examiner, c.review.reviewed_on, c.note)
            if c.carried else excel.ReviewCells(None, "", "", "", c.note) for k, c in carry.items()}


def require_recorded(scorecard: Path, history: History) -> None:
    """Refuse to replace a scorecard whose review entries are not yet in the database."""
    if scorecard.exists():
        pending = unrecorded(scorecard, history)
        if pending:
            raise InputError(f"{scorecard} 中有尚未记录的审查意见（{'、'.join(pending[:5])}），为免覆盖已停止："
                             f"请先运行 `checker review {scorecard}`，或用 --out 指定其他文件夹")


def unrecorded(scorecard: Path, history: History) -> list[str]:
    """The indicators (by name, as the examiner reads them) whose review entries in an existing
    scorecard are not yet in the database.

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
    return [r.name or f"第{r.row}行" for r in rows
            if r.review and not (r.indicator in recorded and recorded[r.indicator].same_decision(r.review))]
