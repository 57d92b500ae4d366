"""Real layouts check to the same verdicts as the clean standard workbook holding the same figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import TEST_PLAN
from layouts import LAYOUTS, OFFICERS, clean, standard_tables, write

from checker.api import check
from checker.errors import InputError


def verdicts(path: Path, **kw) -> dict[str, str]:
    return {r.indicator.id: r.verdict.value for r in check(path, plan=TEST_PLAN, **kw).results}


@pytest.fixture(scope="module")
def clean_verdicts(tmp_path_factory) -> dict[tuple[str, ...], dict[str, str]]:
    base = tmp_path_factory.mktemp("clean")
    out = {}
    for _, tables in LAYOUTS.values():
        if tables not in out:
            out[tables] = verdicts(clean(base / f"clean_{len(out)}.xlsx", tables))
    return out


def test_clean_twin_has_the_intended_verdicts(clean_verdicts) -> None:
    v = clean_verdicts[("officers", "units", "court_cases", "lectures")]
    assert v["enforcement_training_hours"] == "fail"  # 王二 59.5
    assert v["legal_review_staff_ratio"] == "fail"  # 区生态环境局 2/45
    assert v["court_appearance_rate"] == "fail"  # 17/18
    assert v["leadership_law_lectures"] == "pass"  # two in 2023


@pytest.mark.parametrize("name", list(LAYOUTS))
def test_layout_checks_like_the_clean_workbook(name, tmp_path, clean_verdicts) -> None:
    build, tables = LAYOUTS[name]
    path = build(tmp_path / f"{name}.xlsx")
    before = path.read_bytes()
    run = check(path, plan=TEST_PLAN)  # no government named in some layouts: the plan is chosen
    assert path.read_bytes() == before
    got = {r.indicator.id: r.verdict.value for r in run.results}
    assert got == clean_verdicts[tables]
    errors = [i for i in run.data_issues if i.severity == "error"]
    assert errors == [], [i.message for i in errors]
    hours = next(r for r in run.results if r.indicator.id == "enforcement_training_hours")
    assert hours.value == 59.5  # 王二, the lowest, read from whichever cell holds him


def test_totals_are_set_aside_and_a_wrong_total_reported(tmp_path) -> None:
    run = check(LAYOUTS["total_rows"][0](tmp_path / "t.xlsx"))
    ratio = next(r for r in run.results if r.indicator.id == "legal_review_staff_ratio")
    assert [u.name for u in ratio.units] == ["区司法局", "区城管执法局", "区生态环境局"]
    wrong = [i for i in run.data_issues if i.code == "total-mismatch"]
    assert len(wrong) == 1 and wrong[0].severity == "warning" and "99" in wrong[0].message
    assert wrong[0].sheet == "出庭应诉" and wrong[0].cell == "C5"
    court = next(m for m in run.mapping if m.table == "court_cases")
    assert court.totals == 1 and court.rows == 2


def test_two_row_header_takes_the_right_column(tmp_path) -> None:
    run = check(LAYOUTS["two_row_header"][0](tmp_path / "t.xlsx"))
    officers = next(m for m in run.mapping if m.table == "officers")
    cols = {c.key: (c.letter, c.header) for c in officers.columns}
    assert cols["training_hours"] == ("E", "培训情况/学时数")  # not F, 其中：政治理论学时
    assert officers.header_row == 2 and officers.first_row == 3


def test_mapping_shown_in_json_terminal_and_scorecard(tmp_path) -> None:
    from checker.reporters import jsonout, terminal

    run = check(LAYOUTS["free_sheet_names"][0](tmp_path / "t.xlsx"))
    doc = jsonout.run_dict(run)
    officers = next(m for m in doc["mapping"] if m["table"] == "officers")
    assert officers["sheet"] == "Sheet2" and officers["columns"][3] == {
        "key": "training_hours", "header": "业务知识和法律法规培训学时", "column": "D", "factor": 1.0}
    text = terminal.render(run)
    assert "读取映射" in text and "执法人员培训 ← Sheet2 第1行表头" in text


def test_title_year_and_government_are_shown(tmp_path) -> None:
    run = check(LAYOUTS["titles_and_filler"][0](tmp_path / "t.xlsx"))
    assert run.year == 2023 and run.government == "测试区人民政府"
    note = next(i for i in run.data_issues if i.code == "info-from-titles")
    assert "A1" in note.message and note.severity == "warning"


def test_several_years_pick_the_one_asked(tmp_path) -> None:
    s = standard_tables(("officers",))
    del s["基本信息"]
    grid = s["执法人员培训"]
    older = [grid[0]] + [[u, n, c, 30] for u, n, c, _ in OFFICERS]  # everyone short in 2022
    path = write(tmp_path / "t.xlsx", {"2022年": [["2022年度执法人员培训统计表"]] + older,
                                       "2023年": [["2023年度执法人员培训统计表"]] + grid})
    run = check(path, year=2023, plan=TEST_PLAN)
    hours = next(r for r in run.results if r.indicator.id == "enforcement_training_hours")
    assert hours.value == 59.5 and len(hours.people) == 1
    assert any(i.code == "other-year-table" for i in run.data_issues)
    run22 = check(path, year=2022, plan=TEST_PLAN)
    assert len(next(r for r in run22.results if r.indicator.id == "enforcement_training_hours").people) == 6
    unsure = check(path)
    assert any(i.code == "several-years" for i in unsure.data_issues)


def test_unknown_unit_in_header_is_not_converted(tmp_path) -> None:
    s = standard_tables(("officers",))
    s["执法人员培训"][0][3] = "培训时长（小时）"
    run = check(write(tmp_path / "t.xlsx", s))
    hours = next(r for r in run.results if r.indicator.id == "enforcement_training_hours")
    assert hours.verdict.value in ("missing", "invalid")
    assert any(i.code == "unit-mismatch" and "小时" in i.message for i in run.data_issues)


def test_ambiguous_percent_is_reported(tmp_path) -> None:
    s = standard_tables(("court_cases",))
    s["出庭应诉"] = [s["出庭应诉"][0], ["区人民政府", 10, 10, 100, None], ["区司法局", 8, 7, 0.875, None]]
    run = check(write(tmp_path / "t.xlsx", s))
    [issue] = [i for i in run.data_issues if i.code == "ambiguous-percent"]
    assert issue.cell == "D3" and "0.875" in issue.message


def test_formula_without_saved_value_is_reported(tmp_path) -> None:
    s = standard_tables(("units",))
    path = write(tmp_path / "t.xlsx", s, formulas={"执法单位": {"B2": "=10+30"}})  # openpyxl saves no result
    run = check(path, plan=TEST_PLAN)  # no government named in some layouts: the plan is chosen
    [issue] = [i for i in run.data_issues if i.code == "formula-without-value"]
    assert issue.cell == "B2" and issue.sheet == "执法单位"
    ratio = next(r for r in run.results if r.indicator.id == "legal_review_staff_ratio")
    assert ratio.verdict.value == "fail"  # 区生态环境局 still short; 区司法局 unusable, never a pass


def test_mapping_file_corrects_unrecognised_headers(tmp_path) -> None:
    s = standard_tables(("officers",))
    s["执法人员培训"][0] = ["甲", "乙", "丙", "丁", "戊"]
    path = write(tmp_path / "t.xlsx", s)
    unmapped = next(r for r in check(path).results if r.indicator.id == "enforcement_training_hours")
    assert unmapped.verdict.value == "missing"
    del s["基本信息"]
    with pytest.raises(InputError, match="找不到可识别的报表"):
        check(write(tmp_path / "bare.xlsx", s))
    mapping = tmp_path / "map.yml"
    mapping.write_text("执法人员培训:\n  sheet: 执法人员培训\n  header_row: 1\n"
                       "  columns: {unit: A, name: 乙, certificate: C, training_hours: D}\n", encoding="utf-8")
    run = check(path, mapping=mapping)
    hours = next(r for r in run.results if r.indicator.id == "enforcement_training_hours")
    assert hours.verdict.value == "fail" and hours.value == 59.5
    m = next(m for m in run.mapping if m.table == "officers")
    assert m.source == "mapping" and {c.key: c.letter for c in m.columns}["name"] == "B"


@pytest.mark.parametrize("text, words", [
    ("执法人员培训: [1, 2]\n", ["sheet"]),
    ("没有这张表:\n  sheet: x\n", ["不是标准报表的明细表"]),
    ("officers:\n  sheet: 不存在\n  columns: {unit: A}\n", ["不存在"]),
    ("officers:\n  sheet: 执法人员培训\n  columns: {wage: A}\n", ["没有列 wage"]),
    ("officers:\n  sheet: 执法人员培训\n  header_row: 0\n", ["header_row"]),
    ("officers: {sheet: 执法人员培训, colums: {}}\n", ["colums"]),
    (": : :\n", ["YAML"]),
])
def test_bad_mapping_file_is_one_clear_error(tmp_path, text, words) -> None:
    path = clean(tmp_path / "t.xlsx", ("officers",))
    mapping = tmp_path / "map.yml"
    mapping.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as err:
        check(path, mapping=mapping)
    assert "\n" not in str(err.value) and all(w in str(err.value) for w in words)


# --- headers as people write them ------------------------------------------------------------


@pytest.mark.parametrize("written, column, score", [
    ("应诉机关（单位）名称", "organ", 0.9),
    ("执法人员数\n（名）", "officers", 1.0),
    ("其中:法制审核（名）", "legal_review_staff", 0.9),
    ("（二）行政执法人员数", "officers", 1.0),
    ("被诉行政机关", "organ", 0.9),
    ("实际出庭应诉案件数", "heads_appeared", 0.8),
    ("*行政执法人员数：", "officers", 1.0),
    ("行政执法\r\n人员数（人）", "officers", 1.0),
])
def test_header_scores(written, column, score) -> None:
    from helpers import SCHEMA

    from checker.figures.workbook_tables import _core, _header_sets, _label, header_score

    words = SCHEMA.headers
    _, base, _ = _label(written, words)
    core = _core(base, words)
    best = {}
    for spec in SCHEMA.tables:
        for names in _header_sets(spec, words):
            best[names.col.key] = max(best.get(names.col.key, 0.0), header_score(names, base, core, words))
    assert best[column] == pytest.approx(score, abs=0.01)
    assert best[column] >= words.threshold


@pytest.mark.parametrize("written", ["执法车辆数", "单位负责人", "备注说明", "联系电话（手机）", "编制数"])
def test_unrelated_headers_score_below_the_threshold(written) -> None:
    from helpers import SCHEMA

    from checker.figures.workbook_tables import _core, _header_sets, _label, header_score

    words = SCHEMA.headers
    _, base, _ = _label(written, words)
    spec = SCHEMA.table("units")
    scores = {n.col.key: header_score(n, base, _core(base, words), words) for n in _header_sets(spec, words)}
    assert all(s < words.threshold for k, s in scores.items() if k != "remark"), scores


def test_similar_headers_show_their_score(tmp_path) -> None:
    from layouts import court_table_as_courts_write

    from checker.reporters import jsonout, terminal

    run = check(court_table_as_courts_write(tmp_path / "c.xlsx"))
    m = next(m for m in run.mapping if m.table == "court_cases")
    assert m.sheet == "出庭应诉" and m.header_row == 3 and 0.75 <= m.score < 1
    letters = {c.key: c.letter for c in m.columns}
    assert letters["organ"] == "B" and letters["heads_appeared"] == "D"
    noted = [i for i in run.data_issues if i.code == "header-by-similarity"]
    assert any(i.cell == "B3" and "应诉机关（单位）名称" in i.message and "0.90" in i.message for i in noted)
    assert f"表头匹配度 {m.score:.2f}" in "\n".join(terminal.mapping_lines(run))
    assert '"score"' in jsonout.render(run)
    from openpyxl import load_workbook

    from checker.reporters.excel import write_scorecard

    out = tmp_path / "s.xlsx"
    write_scorecard(run, out)
    cells = [c.value for row in load_workbook(out)["读取映射"].iter_rows() for c in row]
    assert f"自动识别（表头匹配度 {m.score:.2f}）" in cells


def test_equally_close_headers_are_not_guessed(tmp_path) -> None:
    s = standard_tables()
    s["执法单位"] = [["单位名称", "行政执法人员数", "法制审核（专职）", "法制审核（兼职）", "备注"]] + [
        [u, o, r, 1, None] for u, o, r in [("区司法局", 40, 2), ("区城管执法局", 60, 3), ("区生态环境局", 45, 2)]]
    run = check(write(tmp_path / "a.xlsx", s))
    ratio = next(r for r in run.results if r.indicator.id == "legal_review_staff_ratio")
    assert ratio.verdict.value not in ("pass", "fail")
    said = [i for i in run.data_issues if i.code == "ambiguous-column" and i.table == "units"]
    assert said and "C 列" in said[0].message and "D 列" in said[0].message


@pytest.mark.parametrize("written, never", [("实际出庭应诉率", "heads_appeared"), ("出庭应诉案件数", "reported_rate"),
                                            ("应诉机关编号", "organ"), ("指标名称", "indicator")])
def test_a_rate_is_never_a_count_nor_a_name_an_id(written, never) -> None:
    from helpers import SCHEMA

    from checker.figures.workbook_tables import _core, _header_sets, _label, header_score

    words = SCHEMA.headers
    _, base, _ = _label(written, words)
    for spec in SCHEMA.tables:
        for names in _header_sets(spec, words):
            if names.col.key == never:
                assert header_score(names, base, _core(base, words), words) < words.threshold, spec.id
