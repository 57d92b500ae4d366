"""The comparison workbook and its charts: sheets, ranking with ties, heat map, trends, pictures."""

from __future__ import annotations

import dataclasses
import logging
import struct
import warnings
from pathlib import Path

import pytest

from checker.api import check
from checker.comparison import Comparison, from_runs
from checker.model import Result, Run, Verdict
from checker.reporters import comparison_workbook as report
from checker.reporters.excel import FILLS

ROOT = Path(__file__).resolve().parent.parent
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"

SAMPLE_GOV = "上海市示范区人民政府"
GOVS = (SAMPLE_GOV, "浦江区人民政府", "临港区人民政府", "东湖区人民政府", "西山县人民政府", "南岭区人民政府")
YEARS = (2021, 2022, 2023)
# targets met (after review) of the 16 judged in the sample; 2023 of the sample government is the sample itself
MET = {
    2021: (6, 8, 10, 9, 5, 7),
    2022: (8, 10, 12, 11, 6, 8),
    2023: (None, 11, 13, 13, 7, 9),
}
TOWN = "北塘镇人民政府"  # 2023, every target not applicable: nothing to judge
# failed first; the first three fail in every year for every government
HARD = ("leadership_law_lectures", "enforcement_training_hours", "head_offjob_training")
COURT = {"浦江区人民政府": (90.0, 95.0, 100.0)}  # 行政机关负责人出庭应诉率 rising to the target
MISSING = {("西山县人民政府", 2021): "grassroots_openness_standards", ("南岭区人民政府", 2022): "legal_review_staff_ratio"}
OVERTURNED = ("东湖区人民政府", 2021, "gov_openness_weight")  # computed 未达标, final 达标 after review
CONFIRMED = (SAMPLE_GOV, 2023, "provincial_platform_data_link")  # computed 未达标, confirmed


def _judged(run: Run) -> list[Result]:
    return [r for r in run.results if not r.indicator.informational and r.verdict is not Verdict.NOT_APPLICABLE]


def _order(run: Run, k: int) -> list[str]:
    rest = [r.indicator.id for r in _judged(run) if r.indicator.id not in HARD]
    rest = rest[k * 2 % len(rest):] + rest[:k * 2 % len(rest)]
    order = list(HARD) + rest
    if GOVS[k] in COURT:  # fails while 5 or more fail (2021, 2022), passes with 5 fails (2023)
        order.remove("court_appearance_rate")
        order.insert(5, "court_appearance_rate")
    return order


def _figure(r: Result, passed: bool, k: int, year: int) -> tuple[float | str, str]:
    t = r.indicator.target
    if t is None:
        return r.value, r.display
    if t.operator.value == "is_true":
        return ("是", "是") if passed else ("否", "否")
    if t.operator.value == "by_date":
        return (str(t.value), str(t.value)) if passed else ("否", "未完成")
    if not isinstance(r.value, (int, float)) or not isinstance(t.value, (int, float)):
        return r.value, r.display
    goal, step = float(t.value), (year - 2021)
    if passed:
        v = goal if goal == 100 and t.unit == "%" else goal * (1.0 + 0.05 * ((k + step) % 4))
    else:
        v = goal * (0.78 + 0.04 * ((k * 3) % 4) + 0.03 * step)
    if r.indicator.id == "court_appearance_rate" and GOVS[k] in COURT:
        v = COURT[GOVS[k]][step]
    v = round(v, 2)
    return v, f"{v:g}{t.unit}"


def _variant(run: Run, k: int, year: int, met: int) -> Run:
    fails = set(_order(run, k)[:len(_judged(run)) - met])
    out = []
    for r in run.results:
        if r.indicator.informational:
            v = round(float(r.value) * (0.9 + 0.05 * k) * (0.95 + 0.03 * (year - 2021)), 2) \
                if isinstance(r.value, (int, float)) else r.value
            out.append(dataclasses.replace(r, value=v, display=f"{v:g}{r.indicator.display_unit}" if v is not None else r.display))
        elif r.verdict is Verdict.NOT_APPLICABLE:
            out.append(r)
        else:
            passed = r.indicator.id not in fails
            value, display = _figure(r, passed, k, year)
            verdict = Verdict.PASS if passed else Verdict.FAIL
            if MISSING.get((GOVS[k], year)) == r.indicator.id and not passed:
                verdict, value, display = Verdict.MISSING, None, "—"
            if (GOVS[k], year, r.indicator.id) == OVERTURNED[:3]:
                verdict = Verdict.FAIL  # computed; the review makes it 达标
            out.append(dataclasses.replace(r, verdict=verdict, value=value, display=display))
    return dataclasses.replace(run, government=GOVS[k], year=year, results=tuple(out))


def build_runs(sample: Run) -> tuple[list[Run], dict[int, dict[str, Verdict]]]:
    """6 governments × 2021–2023 and a town with nothing to judge; reviewed verdicts by run index."""
    runs: list[Run] = []
    finals: dict[int, dict[str, Verdict]] = {}
    for year in YEARS:
        for k, gov in enumerate(GOVS):
            met = MET[year][k]
            runs.append(sample if met is None else _variant(sample, k, year, met))
            for who, when, ind, final in (OVERTURNED + (Verdict.PASS,), CONFIRMED + (Verdict.FAIL,)):
                if (who, when) == (gov, year):
                    finals[len(runs) - 1] = {ind: final}
    town = tuple(r if r.indicator.informational else
                 dataclasses.replace(r, verdict=Verdict.NOT_APPLICABLE, value=None, display="不适用")
                 for r in sample.results)
    runs.append(dataclasses.replace(sample, government=TOWN, year=2023, results=town))
    return runs, finals


@pytest.fixture(scope="module")
def sample() -> Run:
    return check(ROOT / "samples" / "report_2023.xlsx")


@pytest.fixture(scope="module")
def comparison(sample) -> Comparison:
    runs, finals = build_runs(sample)
    return from_runs(runs, finals)


@pytest.fixture(scope="module")
def written(comparison, tmp_path_factory) -> tuple[Path, Path, list[Path], list[logging.LogRecord]]:
    folder = tmp_path_factory.mktemp("compare")
    records: list[logging.LogRecord] = []
    handler = logging.Handler()
    handler.emit = records.append  # type: ignore[method-assign]
    logger = logging.getLogger("matplotlib")
    logger.addHandler(handler)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # a missing glyph is a warning: make it fail
            book, none = report.write_comparison(comparison, folder / "对照.xlsx")
            assert none == []  # the workbook's charts are native: no picture beside it
            pngs = report.write_comparison_charts(comparison, folder / "图", "对照")  # the report's pictures
    finally:
        logger.removeHandler(handler)
    return folder, book, pngs, records


@pytest.fixture(scope="module")
def wb(written):
    from openpyxl import load_workbook

    return load_workbook(written[1])


def _rows(ws, first: int = 2) -> list[list]:
    rows = []
    for row in ws.iter_rows(min_row=first, values_only=True):
        if all(v is None for v in row):
            break
        rows.append(list(row))
    return rows


def _headers(ws) -> dict[str, int]:
    return {c.value: c.column for c in ws[1] if c.value is not None}


# --- the data ----------------------------------------------------------------------------------


def test_built_comparison_has_the_intended_shares(comparison) -> None:
    assert len(comparison.entries) == 19 and comparison.years == list(YEARS)
    for year in YEARS:
        for k, gov in enumerate(GOVS):
            e = next(e for e in comparison.entries if e.government == gov and e.year == year)
            missing = sum(1 for c in e.cells.values() if c.effective is Verdict.MISSING)
            # a target without a usable figure is counted apart: judged = 达标 + 未达标 only
            assert e.judged == 16 - missing and e.met == (MET[year][k] or 9), (gov, year)
            assert e.score.applicable == 16 and e.score.unjudged == missing


# --- the files ---------------------------------------------------------------------------------


def test_files_and_names(comparison, written) -> None:
    folder, book, pngs, _ = written
    names = report.chart_names(comparison)
    assert names[:2] == ["heatmap", "ranking"]
    trends = {n.removeprefix("trend_") for n in names[2:]}
    assert {"court_appearance_rate", "enforcement_training_hours", "legal_review_staff_ratio"} <= trends
    assert not trends & {i.id for i in comparison.indicators if i.informational or i.threshold is None}
    assert book == folder / "对照.xlsx"
    assert pngs == [folder / "图" / f"对照_{n}.png" for n in names]
    assert sorted(folder.iterdir()) == sorted([book, folder / "图"])  # no temporary file left
    assert sorted((folder / "图").iterdir()) == sorted(pngs)
    for p in pngs:
        data = p.read_bytes()
        assert data[:8] == PNG_MAGIC and data[12:16] == b"IHDR"
        width, height = struct.unpack(">II", data[16:24])
        assert width >= 1500 and 500 < height < 4000


def test_no_glyph_warnings(written) -> None:
    records = written[3]
    assert not [r for r in records if r.levelno >= logging.WARNING
                and ("findfont" in r.getMessage() or "Glyph" in r.getMessage())]


def test_sheets_in_order(wb) -> None:
    assert wb.sheetnames == ["排名", "热力图", "趋势", "图表"]
    for name in wb.sheetnames:
        ws = wb[name]
        assert ws.page_setup.orientation == ("portrait" if name == "图表" else "landscape")
        assert int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4)
        assert ws.oddFooter.center.text == "第 &P 页 共 &N 页" and "个政府（单位）比较" in ws.oddHeader.left.text
    assert wb["排名"].freeze_panes == "A2" and wb["热力图"].freeze_panes == "D3"
    assert wb["热力图"].print_title_rows.replace("$", "") == "1:2"


def test_native_charts_drawn_from_the_chart_sheet(wb, comparison) -> None:
    ws = wb["图表"]
    charts = ws._charts
    assert len(charts) == 3  # ranking (all 19 fit), distribution, verdicts per indicator
    rows = [c.anchor._from.row for c in charts]
    assert rows == sorted(set(rows))  # stacked, not on top of each other
    refs = [c.series[0].val.numRef.f for c in charts]
    assert all(r.startswith("'图表'!") for r in refs)  # the workbook's own cells
    cells = {v: k for k, v in enumerate(c.value for c in ws["A"]) if v}
    band = cells["90%–100%"] + 1
    assert ws.cell(row=band, column=2).value == sum(1 for r in comparison.ranking(2023) if r.share and r.share >= 0.9)


def test_failing_save_leaves_no_file(comparison, tmp_path, monkeypatch) -> None:
    from openpyxl import Workbook

    def half(self, filename):
        Path(filename).write_bytes(b"PK\x03\x04half")
        raise KeyboardInterrupt

    monkeypatch.setattr(Workbook, "save", half)
    with pytest.raises(KeyboardInterrupt):
        report.write_comparison(comparison, tmp_path / "c.xlsx", charts=False)
    assert list(tmp_path.iterdir()) == []


def test_without_charts_the_chart_sheet_says_so(comparison, tmp_path) -> None:
    from openpyxl import load_workbook

    book, pngs = report.write_comparison(comparison, tmp_path / "c.xlsx", charts=False)
    assert pngs == [] and sorted(tmp_path.iterdir()) == [book]
    ws = load_workbook(book)["图表"]
    assert any(str(c.value).startswith("本次检查选择不生成图表") for c in ws["A"]) and not ws._charts


# --- 排名 --------------------------------------------------------------------------------------


def test_ranking_per_year_with_ties(wb) -> None:
    ws = wb["排名"]
    col = _headers(ws)
    assert list(col) == list(report.RANKING_HEADERS)
    rows = _rows(ws)
    y2023 = [r for r in rows if r[col["年度"] - 1] == 2023]
    ranks = [(r[col["政府（单位）"] - 1], r[col["排名"] - 1]) for r in y2023]
    # the sample: 9 of 15 judged (one target blank, counted apart) ranks above 南岭 with 9 of 16
    assert ranks == [
        ("东湖区人民政府", "1（并列）"), ("临港区人民政府", "1（并列）"), ("浦江区人民政府", 3),
        (SAMPLE_GOV, 4), ("南岭区人民政府", 5), ("西山县人民政府", 6), (TOWN, "—"),
    ]
    first = y2023[0]
    assert first[col["达标（项）"] - 1] == 13 and first[col["已判定（项）"] - 1] == 16
    assert first[col["达标率（达标÷已判定）"] - 1] == pytest.approx(13 / 16)
    assert ws.cell(row=2, column=col["达标率（达标÷已判定）"]).number_format == "0.0%"
    assert "覆盖率 100.0%" in first[col["说明"] - 1]
    assert "与临港区人民政府并列" in first[col["说明"] - 1]
    assert [r[col["年度"] - 1] for r in rows] == [2023] * 7 + [2022] * 6 + [2021] * 6  # newest first


def test_ranking_header_is_tall_enough_for_its_narrow_columns(wb) -> None:
    import math

    from checker.reporters.excel import LINE_PT, _printed

    ws = wb["排名"]
    needed = max(math.ceil(_printed(str(c.value)) / (ws.column_dimensions[c.column_letter].width - 1.5)) for c in ws[1])
    assert needed >= 3 and ws.row_dimensions[1].height >= LINE_PT * needed


def test_nothing_to_judge_has_no_rank_and_comes_last(wb) -> None:
    ws = wb["排名"]
    col = _headers(ws)
    town = [r for r in _rows(ws) if r[col["政府（单位）"] - 1] == TOWN]
    assert len(town) == 1
    row = town[0]
    assert row[col["排名"] - 1] == "—" and row[col["达标率（达标÷已判定）"] - 1] == "—"
    assert row[col["已判定（项）"] - 1] == 0 and "不参加排名" in row[col["说明"] - 1]


def test_missing_data_is_counted_and_never_a_pass(wb) -> None:
    ws = wb["排名"]
    col = _headers(ws)
    row = next(r for r in _rows(ws) if r[col["政府（单位）"] - 1] == "西山县人民政府" and r[col["年度"] - 1] == 2021)
    unjudged = "未判定（项，缺少数据/无效/待审）"
    assert row[col[unjudged] - 1] == 1 and row[col["达标（项）"] - 1] == 5 and row[col["已判定（项）"] - 1] == 15
    assert "单独计数，不计为未达标" in row[col["说明"] - 1]
    sample = next(r for r in _rows(ws) if r[col["政府（单位）"] - 1] == SAMPLE_GOV and r[col["年度"] - 1] == 2023)
    assert sample[col[unjudged] - 1] == 1  # 基层政务公开标准体系: 缺少数据


def test_unknown_year_and_low_coverage_are_listed_apart(sample) -> None:
    no_year = dataclasses.replace(sample, government="浦江区人民政府", year=None)
    thin = dataclasses.replace(sample, government="临港区人民政府", results=tuple(
        dataclasses.replace(r, verdict=Verdict.MISSING, value=None) if r.verdict is Verdict.PASS else r
        for r in sample.results))
    ranks = {r.entry.government: r for r in from_runs([sample, no_year, thin]).ranking()}
    assert ranks[SAMPLE_GOV].rank == 1
    assert ranks["浦江区人民政府"].rank is None and "年度未知" in ranks["浦江区人民政府"].reason
    assert ranks["临港区人民政府"].rank is None and "覆盖率" in ranks["临港区人民政府"].reason


def test_single_year_ranking_has_one_group(sample, tmp_path) -> None:
    from openpyxl import load_workbook

    other = dataclasses.replace(sample, government="浦江区人民政府")
    book, _ = report.write_comparison(from_runs([sample, other]), tmp_path / "one.xlsx", charts=False)
    rows = _rows(load_workbook(book)["排名"])
    assert [r[:3] for r in rows] == [[2023, "1（并列）", SAMPLE_GOV], [2023, "1（并列）", "浦江区人民政府"]]


# --- 热力图 ------------------------------------------------------------------------------------


def test_heatmap_words_fills_and_review_mark(wb, comparison) -> None:
    ws = wb["热力图"]
    judged = [i for i in comparison.indicators if not i.informational]
    header = [c.value for c in ws[1]]
    assert header[:3] == ["政府（单位）", "年度", "达标率"] and header[3:] == [str(k) for k in range(1, len(judged) + 1)]
    key = {str(c.value) for c in ws["A"] if c.value}
    assert all(f"{k}　{i.name}" in key for k, i in enumerate(judged, start=1))  # the numbered columns named below
    targets = [c.value for c in ws[2]]
    assert targets[0] == "目标" and targets[3:] == [i.target for i in judged]
    court = 4 + [i.id for i in judged].index("court_appearance_rate")
    rows = {(ws.cell(row=n, column=1).value, ws.cell(row=n, column=2).value): n for n in range(3, 3 + 19)}
    assert len(rows) == 19
    for year, word in zip(YEARS, ("未达", "未达", "达标")):
        c = ws.cell(row=rows[("浦江区人民政府", year)], column=court)
        assert c.value == word and c.fill.fgColor.rgb == "00" + FILLS[Verdict.FAIL if word == "未达" else Verdict.PASS]
    overturned = ws.cell(row=rows[OVERTURNED[:2]], column=4 + [i.id for i in judged].index(OVERTURNED[2]))
    assert overturned.value == "达标*" and overturned.fill.fgColor.rgb == "00" + FILLS[Verdict.PASS]
    assert "未达标" in overturned.comment.text
    missing = ws.cell(row=rows[("西山县人民政府", 2021)], column=4 + [i.id for i in judged].index("grassroots_openness_standards"))
    assert missing.value == "缺数" and missing.fill.fgColor.rgb == "00" + FILLS[Verdict.MISSING]
    town = [ws.cell(row=rows[(TOWN, 2023)], column=j).value for j in range(4, 4 + len(judged))]
    assert set(town) == {"—"}
    assert ws.cell(row=rows[(TOWN, 2023)], column=3).value == "—"
    notes = " ".join(str(c.value) for c in ws["A"][21:] if c.value)
    assert "*" in notes and "仅展示" in notes


# --- 趋势 --------------------------------------------------------------------------------------


def test_trend_rows_and_always_failing(wb, comparison) -> None:
    ws = wb["趋势"]
    col = _headers(ws)
    for y in YEARS:
        assert f"{y}年 实际值" in col and f"{y}年 结论" in col
    rows = _rows(ws)
    assert {r[0] for r in rows} == set(GOVS)  # the town has one year only
    court = next(r for r in rows if r[0] == "浦江区人民政府" and r[-1] == "court_appearance_rate")
    assert [court[col[f"{y}年 实际值"] - 1] for y in YEARS] == ["90%", "95%", "100%"]
    assert [court[col[f"{y}年 结论"] - 1] for y in YEARS] == ["未达标", "未达标", "达标"]
    assert court[col["结论变化"] - 1] == "未达标→达标" and not court[col["历年均未达标"] - 1]
    n = 2 + rows.index(court)
    assert ws.cell(row=n, column=col["2023年 结论"]).fill.fgColor.rgb == "00" + FILLS[Verdict.PASS]
    assert ws.column_dimensions["Z"].hidden or ws.column_dimensions[ws.cell(row=1, column=col["指标编号"]).column_letter].hidden
    lectures = next(r for r in rows if r[0] == "南岭区人民政府" and r[-1] == "leadership_law_lectures")
    assert lectures[col["历年均未达标"] - 1] == "是（2021—2023年）"
    for gov in GOVS:
        failing = set(comparison.always_failing(gov))
        flagged = {r[-1] for r in rows if r[0] == gov and r[col["历年均未达标"] - 1]}
        assert flagged == failing and set(HARD) <= failing
    info = next(r for r in rows if r[0] == SAMPLE_GOV and r[-1] == "litigation_loss_rate")
    assert info[col["2023年 结论"] - 1] == "仅展示" and info[col["2023年 实际值"] - 1] == "6.25%"
    summary = [r for r in ws.iter_rows(min_row=len(rows) + 3, values_only=True) if r[0] in GOVS]
    assert len(summary) == len(GOVS) and all("政府领导班子法治专题讲座期数" in r[1] for r in summary)


# --- the charts' choices -----------------------------------------------------------------------


def test_no_trend_chart_without_two_years(sample, tmp_path) -> None:
    other = dataclasses.replace(sample, government="浦江区人民政府")
    c = from_runs([sample, other])
    assert report.chart_names(c) == ["heatmap", "ranking"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        pngs = report.write_comparison_charts(c, tmp_path, "one")
    assert [p.name for p in pngs] == ["one_heatmap.png", "one_ranking.png"]
    again = report.write_comparison_charts(c, tmp_path / "again", "one")
    assert [p.read_bytes() for p in again] == [p.read_bytes() for p in pngs]  # deterministic


def test_many_governments_summarised(sample, tmp_path) -> None:
    from openpyxl import load_workbook

    runs = [dataclasses.replace(sample, government=f"第{k:03d}区人民政府") for k in range(60)]
    c = from_runs(runs)
    book, _ = report.write_comparison(c, tmp_path / "many.xlsx")
    charts = load_workbook(book)["图表"]._charts
    first = charts[0].series[0].val.numRef.f  # the best TOP, then the worst TOP: never 60 bars
    assert len(charts) == 4 and first.endswith(f"$B${4 + report.TOP - 1}")
    assert len(report.capped(c).entries) == 2 * report.TOP


def test_dollar_signs_in_names_are_drawn_literally(sample, tmp_path) -> None:
    other = dataclasses.replace(sample, government="$\\undefinedcommand{ 区人民政府$")  # bad mathtext if parsed
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        pngs = report.write_comparison_charts(from_runs([sample, other]), tmp_path, "m")
    assert len(pngs) == 2


def test_module_import_does_not_load_matplotlib() -> None:
    import subprocess
    import sys

    code = "import sys, checker.reporters.comparison_workbook; print('MPL', 'matplotlib' in sys.modules)"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert "MPL False" in proc.stdout, proc.stdout + proc.stderr


def test_target_header_is_the_applied_target_or_says_it_varies(tmp_path) -> None:
    from checker.comparison import VARIES, from_history
    from checker.history import History, new_uid

    sample = ROOT / "samples" / "report_2023.xlsx"
    fixed, rising = check(sample, plan="shifan-2021-2025"), check(sample, plan="putuo-2021-2025")
    rising = dataclasses.replace(rising, government="浦江区人民政府")

    def header(c: Comparison):
        return next(i for i in c.indicators if i.id == "court_appearance_rate")

    same = header(from_runs([fixed, dataclasses.replace(fixed, government="浦江区人民政府")]))
    assert (same.target, same.threshold) == ("≥100%", 100.0)
    both = header(from_runs([fixed, rising]))
    assert both.target == VARIES and both.threshold is None  # no goal line drawn for either government
    db = tmp_path / "h.db"
    with History(db) as h:
        for run in (fixed, rising):
            h.record_run(run, new_uid())
    assert header(from_history(db)).target == VARIES
    assert header(from_history(db, governments=[fixed.government])).target == "≥100%"
