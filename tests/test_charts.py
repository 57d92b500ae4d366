"""The scorecard's charts: files, order, sizes, the normalised scale, the 300-unit rule, fonts."""

from __future__ import annotations

import dataclasses
import logging
import struct
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from checker.api import check
from checker.model import Operator, Result, Run, Target, UnitResult, Verdict
from checker.reporters import charts

ROOT = Path(__file__).resolve().parent.parent
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def run() -> Run:
    return check(ROOT / "samples" / "report_2023.xlsx")


@pytest.fixture(scope="module")
def written(run, tmp_path_factory) -> tuple[Path, list[Path]]:
    folder = tmp_path_factory.mktemp("charts")
    return folder, charts.write_charts(run, folder, "report_2023")


def _result(run: Run, indicator: str) -> Result:
    return next(r for r in run.results if r.indicator.id == indicator)


def _size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == PNG_MAGIC and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def _many_units(run: Run, n: int) -> Run:
    """The sample's legal-review ratio with n units, 1 in 4 below the 5 % target, one unusable."""
    r = _result(run, "legal_review_staff_ratio")
    units = [UnitResult(f"第{i:03d}号单位", Verdict.FAIL if i % 4 == 0 else Verdict.PASS,
                        (3.0 if i % 4 == 0 else 6.0) + i / 100, "") for i in range(n)]
    units[1] = UnitResult("某街道", Verdict.INVALID, None, "「法制审核人员数」无效")
    return dataclasses.replace(run, results=(dataclasses.replace(r, units=tuple(units)),))


# --- the files ---------------------------------------------------------------------------------


def test_names_and_order(run, written) -> None:
    folder, paths = written
    with_units = [r.indicator.id for r in run.results if any(u.value is not None for u in r.units)]
    assert {"legal_review_staff_ratio", "enforcement_training_hours", "court_appearance_rate"} <= set(with_units)
    expected = ["verdicts", "targets"] + [f"units_{i}" for i in with_units]
    assert charts.chart_names(run) == expected
    assert paths == [folder / f"report_2023_{name}.png" for name in expected]


def test_files_are_pngs_of_the_expected_size(run, written) -> None:
    _, paths = written
    width = round(charts.WIDTH_IN * charts.DPI)
    assert _size(paths[0]) == (width, round(charts.VERDICTS_HEIGHT * charts.DPI))
    assert _size(paths[1]) == (width, round(charts.targets_height(len(charts.target_points(run))) * charts.DPI))
    for path in paths[2:]:
        r = _result(run, path.stem.removeprefix("report_2023_units_"))
        sel = charts.select_units(r.units, r.indicator.target.operator)
        assert _size(path) == (width, round(charts.units_height(len(sel.shown), sel.split is not None) * charts.DPI))


def test_no_temporary_file_remains(written) -> None:
    folder, paths = written
    assert sorted(folder.iterdir()) == sorted(paths)


def test_reruns_give_identical_bytes(run, written, tmp_path) -> None:
    _, first = written
    again = charts.write_charts(run, tmp_path, "report_2023")
    assert [p.read_bytes() for p in again] == [p.read_bytes() for p in first]


def test_interrupted_write_leaves_the_old_file_and_no_temp(run, tmp_path, monkeypatch) -> None:
    from matplotlib.figure import Figure

    empty = dataclasses.replace(run, results=())
    old = charts.write_charts(empty, tmp_path, "s")
    before = {p: p.read_bytes() for p in old}

    def half(self, fname, **kwargs):
        Path(fname).write_bytes(PNG_MAGIC + b"half")
        raise KeyboardInterrupt

    monkeypatch.setattr(Figure, "savefig", half)
    with pytest.raises(KeyboardInterrupt):
        charts.write_charts(run, tmp_path, "s")
    assert {p: p.read_bytes() for p in old} == before
    assert sorted(tmp_path.iterdir()) == sorted(old)


def test_module_import_does_not_load_matplotlib() -> None:
    code = "import sys, checker.reporters.charts; print('MPL', 'matplotlib' in sys.modules)"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert "MPL False" in proc.stdout, proc.stdout + proc.stderr


# --- what is drawn ------------------------------------------------------------------------------


def test_target_points_of_the_sample(run) -> None:
    points = {p.indicator: p for p in charts.target_points(run)}
    judged = {r.indicator.id for r in run.results
              if r.indicator.target is not None and r.verdict not in (Verdict.INFO, Verdict.NOT_APPLICABLE)}
    assert set(points) == judged
    court = points["court_appearance_rate"]
    assert court.ratio == pytest.approx(95.8333 / 100, abs=1e-4) and court.verdict is Verdict.FAIL
    assert court.actual == "95.83%" and court.target == "≥100%" and "4.17个百分点" in court.note
    assert points["gov_openness_weight"].ratio == pytest.approx(5 / 4)
    assert points["enforcement_training_hours"].ratio == pytest.approx(38.5 / 60)  # the lowest person
    assert points["no_fine_quotas"].ratio == 1.0  # yes/no met
    assert points["provincial_platform_data_link"].ratio == 0.0 and "逾期46天" in points["provincial_platform_data_link"].note
    missing = points["grassroots_openness_standards"]
    assert missing.verdict is Verdict.MISSING and missing.ratio is None  # text at the left, no point
    order = [charts.RANK[p.verdict] for p in charts.target_points(run)]
    assert order == sorted(order)  # failures at the top


def test_normalised_mirrors_at_most_and_skips_unusable(run) -> None:
    base = _result(run, "gov_openness_weight")

    def judged(op: Operator, value, verdict: Verdict, goal=10.0, upper=None) -> float | None:
        ind = dataclasses.replace(base.indicator, target=Target(op, goal, upper, "%"))
        return charts.normalised(dataclasses.replace(base, indicator=ind, value=value, verdict=verdict))

    assert judged(Operator.AT_MOST, 20.0, Verdict.FAIL) == pytest.approx(0.5)
    assert judged(Operator.AT_MOST, 5.0, Verdict.PASS) == pytest.approx(2.0)
    assert judged(Operator.AT_MOST, 0.0, Verdict.PASS) == float("inf")  # drawn at the edge
    assert judged(Operator.BETWEEN, 15.0, Verdict.PASS, 10.0, 20.0) == 1.0
    assert judged(Operator.BETWEEN, 40.0, Verdict.FAIL, 10.0, 20.0) == pytest.approx(0.5)
    assert judged(Operator.AT_LEAST, None, Verdict.INVALID) is None
    assert judged(Operator.AT_LEAST, "是（无佐证）", Verdict.REVIEW) is None


def test_select_units_keeps_all_up_to_thirty() -> None:
    units = [UnitResult(f"u{i}", Verdict.PASS, float(30 - i), "") for i in range(30)]
    sel = charts.select_units(units, Operator.AT_LEAST)
    assert len(sel.shown) == 30 and sel.hidden == 0 and sel.split is None
    assert [u.value for u in sel.shown] == sorted(u.value for u in units)  # worst first


def test_select_units_with_300_shows_lowest_and_highest_15() -> None:
    units = [UnitResult(f"u{i}", Verdict.PASS, float((i * 37) % 300), "") for i in range(300)]
    units.append(UnitResult("blank", Verdict.INVALID, None, "未填写"))
    sel = charts.select_units(units, Operator.AT_LEAST)
    assert len(sel.shown) == 2 * charts.EACH and sel.split == charts.EACH and sel.hidden == 270
    assert [u.value for u in sel.shown] == [float(v) for v in list(range(15)) + list(range(285, 300))]
    assert [u.name for u in sel.without_figure] == ["blank"]
    worst_first = charts.select_units(units, Operator.AT_MOST)  # larger is worse: largest first
    assert worst_first.shown[0].value == 299.0 and worst_first.shown[-1].value == 0.0


def test_chart_of_300_units_draws_at_most_30_bars(run, tmp_path) -> None:
    big = _many_units(run, 300)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no missing glyph in the unit names and notes either
        paths = charts.write_charts(big, tmp_path, "big")
    assert [p.name for p in paths] == ["big_verdicts.png", "big_targets.png", "big_units_legal_review_staff_ratio.png"]
    width, height = _size(paths[-1])
    assert height == round(charts.units_height(30, True) * charts.DPI) < 2000  # 30 bars, not 299


def test_person_level_units_are_labelled_as_the_lowest_person(run) -> None:
    assert "最低" in charts._axis_label(_result(run, "enforcement_training_hours"))
    assert "比例" in charts._axis_label(_result(run, "legal_review_staff_ratio"))


def test_empty_run_still_draws_verdicts_and_targets(run, tmp_path) -> None:
    info_only = tuple(r for r in run.results if r.verdict is Verdict.INFO)
    for empty in (dataclasses.replace(run, results=()), dataclasses.replace(run, results=info_only)):
        assert charts.target_points(empty) == []
        paths = charts.write_charts(empty, tmp_path, "empty")
        assert [p.name for p in paths] == ["empty_verdicts.png", "empty_targets.png"]
        assert all(p.read_bytes()[:8] == PNG_MAGIC for p in paths)


def test_no_missing_glyphs_with_chinese_labels(run, tmp_path, caplog) -> None:
    caplog.set_level(logging.WARNING, logger="matplotlib")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        charts.write_charts(run, tmp_path, "glyphs")
    assert not [r for r in caplog.records if "findfont" in r.getMessage() or "Glyph" in r.getMessage()]
    from matplotlib import font_manager

    assert any(f.name == charts.FONT_FAMILY and f.fname.endswith(charts.FONT_FILE)
               for f in font_manager.fontManager.ttflist)
