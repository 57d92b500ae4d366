"""The examiner's review round trip: override, refusal, idempotence, carry-over through the history database."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLE
from helpers import run_in_process

from checker.api import check, record
from checker.errors import InputError
from checker.history import History
from checker.model import Verdict
from checker.reporters import excel
from checker.review import default_output, review_scorecard


@pytest.fixture(scope="module")
def sample_run():
    return check(SAMPLE)


def annotate(path: Path, entries: dict[str, dict[str, object]], dest: Path | None = None) -> Path:
    """Fill review columns as an examiner would in Excel: by indicator id, by header name."""
    from openpyxl import load_workbook

    wb = load_workbook(path)
    ws = wb[excel.DETAIL]
    col = excel.header_index(ws)
    for r in range(2, ws.max_row + 1):
        values = entries.get(ws.cell(row=r, column=1).value)
        for header, value in (values or {}).items():
            ws.cell(row=r, column=col[header], value=value)
    dest = dest or path
    wb.save(dest)
    return dest


def cells(path: Path) -> dict[str, list[tuple]]:
    from openpyxl import load_workbook

    wb = load_workbook(path)
    return {ws.title: [tuple(r) for r in ws.iter_rows(values_only=True)] for ws in wb.worksheets}


def detail(path: Path) -> dict[str, dict[str, object]]:
    rows = cells(path)[excel.DETAIL]
    header = rows[0]
    return {r[0]: dict(zip(header, r)) for r in rows[1:]}


def counts(path: Path) -> dict[str, tuple]:
    return {r[0]: (r[1], r[2]) for r in cells(path)[excel.OVERVIEW] if r[0] in excel.BY_LABEL}


OVERRIDE = {"court_appearance_rate": {"审查结论": "达标", "审查意见": "两起案件负责人因公出国，经批准委托副职出庭",
                                      "审查人": "王审查", "审查日期": dt.datetime(2024, 3, 5)}}


def test_override_recorded_and_overview_recounted(sample_run, tmp_path) -> None:
    outs = record(sample_run, tmp_path / "r_scorecard.xlsx", charts=False)
    annotate(outs.scorecard, OVERRIDE | {"leadership_law_lectures": {"审查结论": "未达标", "审查人": "王审查"}})
    before = outs.scorecard.read_bytes()
    outcome = review_scorecard(outs.scorecard)
    assert outs.scorecard.read_bytes() == before  # the scorecard under review is an input: untouched
    assert outcome.output == tmp_path / "r_scorecard_reviewed.xlsx"
    assert (outcome.reviewed, outcome.overridden, outcome.recorded) == (2, 1, 2)
    rows = detail(outcome.output)
    assert rows["court_appearance_rate"]["计算结论"] == "未达标" and rows["court_appearance_rate"]["最终结论"] == "达标"
    assert rows["leadership_law_lectures"]["最终结论"] == "未达标"  # confirmed: no reason needed
    assert counts(outcome.output)["达标"] == (9, 10) and counts(outcome.output)["未达标"] == (6, 5)
    audit = cells(outcome.output)[excel.AUDIT]
    assert audit[0] == excel.AUDIT_HEADERS
    entry = next(a for a in audit[1:] if a[3] == "court_appearance_rate")
    assert entry[1:3] == ("王审查", "2024-03-05") and entry[5:8] == ("未达标", "达标", OVERRIDE["court_appearance_rate"]["审查意见"])
    with History(outs.db) as h:
        [first, second] = sorted(h.reviews_of(outs.uid), key=lambda r: r.indicator)
        assert first.indicator == "court_appearance_rate" and first.final is Verdict.PASS and first.overrides
        assert second.indicator == "leadership_law_lectures" and not second.overrides


def test_review_twice_changes_nothing(sample_run, tmp_path) -> None:
    outs = record(sample_run, tmp_path / "r_scorecard.xlsx", charts=False)
    annotate(outs.scorecard, OVERRIDE)
    first = review_scorecard(outs.scorecard)
    snapshot = cells(first.output)
    second = review_scorecard(outs.scorecard)
    assert second.recorded == 0 and cells(second.output) == snapshot
    # reviewing the reviewed copy (into a new file) also adds nothing
    third = review_scorecard(first.output, output=tmp_path / "again.xlsx")
    assert third.recorded == 0 and cells(third.output)[excel.AUDIT] == snapshot[excel.AUDIT]
    with History(outs.db) as h:
        assert len(h.reviews_of(outs.uid)) == 1


@pytest.mark.parametrize("entry, words", [
    ({"审查结论": "达标", "审查人": "王审查"}, ["第", "（行政机关负责人出庭应诉率）", "审查意见"]),
    ({"审查结论": "达标", "审查意见": "理由"}, ["行政机关负责人出庭应诉率", "审查人"]),
    ({"审查结论": "基本达标", "审查意见": "理由", "审查人": "王"}, ["基本达标", "可选"]),
])
def test_override_refused_without_reason_or_name(sample_run, tmp_path, entry, words) -> None:
    outs = record(sample_run, tmp_path / "r_scorecard.xlsx", charts=False)
    annotate(outs.scorecard, {"court_appearance_rate": entry})
    with pytest.raises(InputError) as err:
        review_scorecard(outs.scorecard)
    message = str(err.value)
    assert "\n" not in message and all(w in message for w in words)
    assert "court_appearance_rate" not in message  # the row is named as the examiner reads it
    assert not default_output(outs.scorecard).exists()
    with History(outs.db) as h:
        assert h.reviews_of(outs.uid) == ()


def test_carry_over_when_unchanged_and_flag_when_changed(sample_run, tmp_path) -> None:
    outs = record(sample_run, tmp_path / "a" / "r_scorecard.xlsx", db=tmp_path / "h.db", charts=False)
    annotate(outs.scorecard, OVERRIDE)
    review_scorecard(outs.scorecard, db=tmp_path / "h.db")

    again = record(sample_run, tmp_path / "b" / "r_scorecard.xlsx", db=tmp_path / "h.db", charts=False)
    assert again.carried == ("court_appearance_rate",) and again.flagged == ()
    row = detail(again.scorecard)["court_appearance_rate"]
    assert row["最终结论"] == "达标" and row["审查结论"] == "达标" and row["审查人"] == "王审查"
    assert row["审查提示"].startswith("沿用王审查")
    assert counts(again.scorecard)["达标"] == (9, 10)
    audit = cells(again.scorecard)[excel.AUDIT]
    assert audit[1][8] == "沿用上次核查的审查"
    # reviewing the carried scorecard records nothing new: the carried review is already there
    assert review_scorecard(again.scorecard, db=tmp_path / "h.db").recorded == 0

    results = tuple(dataclasses.replace(r, value=47 / 48 * 100, display="97.92%")
                    if r.indicator.id == "court_appearance_rate" else r for r in sample_run.results)
    changed = dataclasses.replace(sample_run, results=results)
    third = record(changed, tmp_path / "c" / "r_scorecard.xlsx", db=tmp_path / "h.db", charts=False)
    assert third.flagged == ("court_appearance_rate",) and third.carried == ()
    row = detail(third.scorecard)["court_appearance_rate"]
    assert row["最终结论"] == "未达标" and row["审查结论"] is None and "需重新审查" in row["审查提示"]

    other_year = dataclasses.replace(sample_run, year=2024)
    fourth = record(other_year, tmp_path / "d" / "r_scorecard.xlsx", db=tmp_path / "h.db", charts=False)
    assert fourth.carried == () and fourth.flagged == ()


def test_check_refuses_to_overwrite_unrecorded_review(sample_run, tmp_path) -> None:
    outs = record(sample_run, tmp_path / "r_scorecard.xlsx", charts=False)
    annotate(outs.scorecard, OVERRIDE)
    before = outs.scorecard.read_bytes()
    with pytest.raises(InputError, match="尚未记录的审查意见"):
        record(sample_run, outs.scorecard, charts=False)
    assert outs.scorecard.read_bytes() == before
    review_scorecard(outs.scorecard)
    assert record(sample_run, outs.scorecard, charts=False).carried == ("court_appearance_rate",)


def test_review_of_unrelated_workbook_or_unknown_run(sample_run, tmp_path) -> None:
    from openpyxl import Workbook

    other = tmp_path / "other.xlsx"
    Workbook().save(other)
    with pytest.raises(InputError, match="不是本软件生成的计分表"):
        review_scorecard(other)
    outs = record(sample_run, tmp_path / "r_scorecard.xlsx", charts=False)
    with pytest.raises(InputError, match="没有编号为"):
        review_scorecard(outs.scorecard, db=tmp_path / "elsewhere.db")
    with pytest.raises(InputError, match="-o"):
        review_scorecard(outs.scorecard, output=outs.scorecard)


def test_review_cli_one_line_refusal_and_success(sample_run, tmp_path) -> None:
    outs = record(sample_run, tmp_path / "r_scorecard.xlsx", charts=False)
    annotate(outs.scorecard, {"court_appearance_rate": {"审查结论": "达标", "审查人": "王"}})
    proc = run_in_process("review", str(outs.scorecard), cwd=ROOT)
    assert proc.returncode == 2 and len(proc.stderr.strip().splitlines()) == 1 and "审查意见" in proc.stderr
    annotate(outs.scorecard, OVERRIDE)
    proc = run_in_process("review", str(outs.scorecard), cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert "改判 1 项" in proc.stdout and "r_scorecard_reviewed.xlsx" in proc.stdout
    proc = run_in_process("history", "--db", str(outs.db), "--indicator", "court_appearance_rate", cwd=ROOT)
    assert proc.returncode == 0 and "95.83%" in proc.stdout and "达标" in proc.stdout and "因公出国" in proc.stdout


# --- the review checks what it is given -----------------------------------------------------


def edit(path: Path, sheet: str, cells_to_set: dict[str, object]) -> Path:
    """Change cells as someone with Excel could: by coordinate."""
    from openpyxl import load_workbook

    wb = load_workbook(path)
    for coordinate, value in cells_to_set.items():
        wb[sheet][coordinate] = value
    wb.save(path)
    return path


def coordinate(path: Path, indicator: str, header: str) -> str:
    from openpyxl import load_workbook

    ws = load_workbook(path)[excel.DETAIL]
    col = excel.header_index(ws)
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(row=r, column=1).value == indicator)
    return ws.cell(row=row, column=col[header]).coordinate


def overview_cell(path: Path, label: str) -> str:
    from openpyxl import load_workbook

    ws = load_workbook(path)[excel.OVERVIEW]
    return next(r[1].coordinate for r in ws.iter_rows(max_col=2) if r[0].value == label)


def test_edited_computed_columns_refused_naming_the_cells(sample_run, tmp_path) -> None:
    outs = record(sample_run, tmp_path / "r_scorecard.xlsx", charts=False)
    verdict, value = (coordinate(outs.scorecard, "court_appearance_rate", h) for h in ("计算结论", "实际值"))
    edit(outs.scorecard, excel.DETAIL, {verdict: "达标", value: "100%"})
    annotate(outs.scorecard, {"court_appearance_rate": {"审查结论": "达标", "审查人": "王审查"}})  # "confirmed"
    with pytest.raises(InputError) as err:
        review_scorecard(outs.scorecard)
    message = str(err.value)
    assert f"指标明细!{verdict}" in message and f"指标明细!{value}" in message and "记录为「未达标」" in message
    assert "\n" not in message and not default_output(outs.scorecard).exists()
    with History(outs.db) as h:
        assert h.reviews_of(outs.uid) == ()


def test_edited_target_refused(sample_run, tmp_path) -> None:
    outs = record(sample_run, tmp_path / "r_scorecard.xlsx", charts=False)
    target = coordinate(outs.scorecard, "enforcement_training_hours", "目标")
    edit(outs.scorecard, excel.DETAIL, {target: "≥40学时"})
    with pytest.raises(InputError, match=f"指标明细!{target}（目标「≥40学时」"):
        review_scorecard(outs.scorecard)


def test_run_id_of_another_government_refused(sample_run, tmp_path) -> None:
    db = tmp_path / "h.db"
    ours = record(sample_run, tmp_path / "a" / "r_scorecard.xlsx", db=db, charts=False)
    other = record(dataclasses.replace(sample_run, government="另一个区人民政府"), tmp_path / "b" / "r_scorecard.xlsx",
                   db=db, charts=False)
    edit(ours.scorecard, excel.OVERVIEW, {overview_cell(ours.scorecard, excel.UID_LABEL): other.uid})
    annotate(ours.scorecard, OVERRIDE)
    with pytest.raises(InputError) as err:
        review_scorecard(ours.scorecard, db=db)
    assert overview_cell(ours.scorecard, excel.HASH_LABEL) in str(err.value) and excel.HASH_LABEL in str(err.value)
    with History(db) as h:
        assert h.reviews_of(other.uid) == () and h.reviews_of(ours.uid) == ()
    # removing the hash does not help either
    edit(ours.scorecard, excel.OVERVIEW, {overview_cell(ours.scorecard, excel.HASH_LABEL): None})
    with pytest.raises(InputError, match=excel.HASH_LABEL):
        review_scorecard(ours.scorecard, db=db)


def test_unknown_indicator_refused(sample_run, tmp_path) -> None:
    outs = record(sample_run, tmp_path / "r_scorecard.xlsx", charts=False)
    cell = coordinate(outs.scorecard, "court_appearance_rate", "指标编号")
    edit(outs.scorecard, excel.DETAIL, {cell: "no_such_indicator"})
    annotate(outs.scorecard, {"no_such_indicator": OVERRIDE["court_appearance_rate"]})
    with pytest.raises(InputError, match=r"第\d+行（行政机关负责人出庭应诉率） 的指标编号不是这次核查的指标") as err:
        review_scorecard(outs.scorecard)
    assert "no_such_indicator" not in str(err.value)
    with History(outs.db) as h:
        assert h.reviews_of(outs.uid) == ()


@pytest.mark.parametrize("government", ["（未填写）", ""])
def test_unnamed_governments_carry_nothing(sample_run, tmp_path, government) -> None:
    db = tmp_path / "h.db"
    missing = next(r for r in sample_run.results if r.verdict is Verdict.MISSING).indicator.id
    unnamed = dataclasses.replace(sample_run, government=government)
    first = record(unnamed, tmp_path / "a" / "one_scorecard.xlsx", db=db, charts=False)
    annotate(first.scorecard, {missing: {"审查结论": "达标", "审查意见": "另有材料", "审查人": "王审查"}})
    review_scorecard(first.scorecard, db=db)
    second = record(unnamed, tmp_path / "b" / "other_scorecard.xlsx", db=db, charts=False)
    assert second.carried == () and second.flagged == ()
    assert detail(second.scorecard)[missing]["最终结论"] == "缺少数据"


def test_review_output_never_replaces_foreign_or_annotated_files(sample_run, tmp_path) -> None:
    from openpyxl import Workbook

    outs = record(sample_run, tmp_path / "r_scorecard.xlsx", charts=False)
    annotate(outs.scorecard, OVERRIDE)
    submission = tmp_path / "部门报送.xlsx"
    wb = Workbook()
    wb.active["A1"] = "部门报送的数据"
    wb.save(submission)
    before = submission.read_bytes()
    with pytest.raises(InputError, match="--force"):
        review_scorecard(outs.scorecard, output=submission)
    assert submission.read_bytes() == before
    # a reviewed copy in which a second examiner wrote a review not yet recorded
    first = review_scorecard(outs.scorecard)
    annotate(first.output, {"leadership_law_lectures": {"审查结论": "未达标", "审查意见": "复核", "审查人": "李复核"}})
    annotated = first.output.read_bytes()
    with pytest.raises(InputError, match="尚未记录的审查意见（政府领导班子法治专题讲座期数）"):
        review_scorecard(outs.scorecard)
    assert first.output.read_bytes() == annotated
    assert review_scorecard(outs.scorecard, output=submission, force=True).output == submission


def test_review_cli_force_and_refusal(sample_run, tmp_path) -> None:
    outs = record(sample_run, tmp_path / "r_scorecard.xlsx", charts=False)
    foreign = tmp_path / "note.xlsx"
    foreign.write_bytes(b"not ours")
    result = run_in_process("review", str(outs.scorecard), "-o", str(foreign), cwd=tmp_path)
    assert result.returncode == 2 and "--force" in result.stderr and foreign.read_bytes() == b"not ours"
    result = run_in_process("review", str(outs.scorecard), "-o", str(foreign), "--force", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
