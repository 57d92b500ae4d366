"""Property tests: verdicts do not depend on layout; garbage bytes give a clean error and nothing else."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from layouts import FULLWIDTH, clean, standard_tables, write

from checker.api import check
from checker.errors import InputError
from helpers import SCHEMA

TABLES = ("officers", "units", "court_cases", "lectures")
SHEETS = {"officers": "执法人员培训", "units": "执法单位", "court_cases": "出庭应诉", "lectures": "法治专题讲座"}
SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                            HealthCheck.too_slow])


def verdicts(path: Path) -> dict[str, str]:
    return {r.indicator.id: r.verdict.value for r in check(path).results}


@pytest.fixture(scope="module")
def expected(tmp_path_factory) -> dict[str, str]:
    return verdicts(clean(tmp_path_factory.mktemp("clean") / "clean.xlsx", TABLES))


@st.composite
def table_layout(draw, table: str) -> dict:
    spec = SCHEMA.table(table)
    return {
        "titles": draw(st.integers(0, 3)),
        "headers": [draw(st.sampled_from(c.headers)) for c in spec.columns],
        "order": draw(st.permutations(range(len(spec.columns)))),
        "extra": draw(st.lists(st.sampled_from(["序号", "性别", "编制数", "联系电话", "备注二"]), max_size=2, unique=True)),
        "numbers": draw(st.sampled_from(["number", "text", "fullwidth"])),
        "notes": draw(st.booleans()),
    }


@st.composite
def workbook_layout(draw) -> dict:
    return {"tables": {t: draw(table_layout(t)) for t in TABLES},
            "sheets": draw(st.sampled_from(["standard", "free", "one"])),
            "seed": draw(st.integers(0, 10**6))}


def render(layout: dict, path: Path) -> Path:
    std = standard_tables(TABLES)
    rng = random.Random(layout["seed"])
    out: dict[str, list] = {"基本信息": std["基本信息"]}
    stacked: list = []
    for k, table in enumerate(TABLES):
        lay = layout["tables"][table]
        grid = std[SHEETS[table]]
        data = grid[1:]
        order = list(lay["order"])
        header = [lay["headers"][j] for j in order] + lay["extra"]
        rows = []
        for row in data:
            cells = []
            for j in order:
                v = row[j] if j < len(row) else None
                if isinstance(v, (int, float)) and lay["numbers"] != "number":
                    v = f"{v:g}" if lay["numbers"] == "text" else f"{v:g}".translate(FULLWIDTH)
                cells.append(v)
            rows.append(cells + [rng.choice(["男", "女", 3, None]) if e != "序号" else len(rows) + 1
                                 for e in lay["extra"]])
        titles = [[f"2023年度{SHEETS[table]}统计表"], ["填报单位（盖章）：测试区人民政府"], []][: lay["titles"]]
        notes = [["注：本表由各单位填报。"], ["填表人：张三"]] if lay["notes"] else []
        block = titles + [header] + rows + notes
        if layout["sheets"] == "one":
            stacked += block + [[], []]
        else:
            out[SHEETS[table] if layout["sheets"] == "standard" else f"Sheet{k + 1}"] = block
    if stacked:
        out["汇总"] = stacked
    return write(path, out)


@SETTINGS
@given(layout=workbook_layout())
def test_verdicts_do_not_depend_on_layout(layout, expected, tmp_path_factory) -> None:
    path = render(layout, tmp_path_factory.mktemp("layout") / "t.xlsx")
    assert verdicts(path) == expected


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(min_size=0, max_size=4096), suffix=st.sampled_from([".xlsx", ".xlsm", ".xls", ".ods", ".csv"]))
def test_garbage_bytes_give_a_clean_error(data, suffix, tmp_path_factory) -> None:
    path = tmp_path_factory.mktemp("garbage") / f"g{suffix}"
    path.write_bytes(data)
    with pytest.raises(InputError):
        check(path)


@pytest.fixture(scope="module")
def small_workbook(tmp_path_factory) -> bytes:
    return clean(tmp_path_factory.mktemp("small") / "s.xlsx", ("officers", "units")).read_bytes()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(flips=st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)), min_size=1, max_size=12))
def test_mutated_workbook_is_read_or_refused_cleanly(flips, small_workbook, tmp_path_factory) -> None:
    data = bytearray(small_workbook)
    for where, byte in flips:
        data[int(where * len(data))] = byte
    path = tmp_path_factory.mktemp("mutant") / "m.xlsx"
    path.write_bytes(bytes(data))
    try:
        run = check(path)
    except InputError as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        assert run.results  # a mutation that left the workbook readable still gives a full run


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(st.binary(max_size=2048),
                      st.text(max_size=600).map(lambda t: ("法治政府建设情况报告" + t).encode("utf-8")),
                      st.text(max_size=300).map(lambda t: t.encode("utf-16-le"))),
       suffix=st.sampled_from([".txt", ".md", ".html", ".docx"]))
def test_any_document_bytes_read_cleanly(data, suffix, tmp_path_factory) -> None:
    """A document is read into clean text (no control or format characters) or refused with one line."""
    from checker.read.clean import CONTROL, FORMAT
    from checker.read.documents import read_document

    path = tmp_path_factory.mktemp("doc") / f"d{suffix}"
    path.write_bytes(data)
    try:
        doc = read_document(path)
    except InputError as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        assert not CONTROL.search(doc.text) and not FORMAT.search(doc.text)
        assert all(b.end - b.start <= 5_000 for b in doc.blocks)
