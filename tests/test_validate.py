"""great-expectations suites from workbook.yml: each failed expectation is a located data issue."""

from __future__ import annotations

from pathlib import Path

from helpers import sheets, write_xlsx

from checker.api import check


def test_issues_are_located_by_sheet_row_column(tmp_path: Path) -> None:
    tables = {
        "officers": [
            {"training_hours": 70, "certificate": "A1"},
            {"training_hours": 80, "certificate": "A1"},  # duplicate certificate
            {"training_hours": 2500},  # out of range
            {"training_hours": "六十"},  # not a number
        ],
        "units": [{"unit": "甲局", "officers": 10, "legal_review_staff": 12}],  # more staff than officers
        "court_cases": [{"organ": "区政府", "cases_heard": 3, "heads_appeared": 4}],
    }
    run = check(write_xlsx(tmp_path / "bad.xlsx", sheets(tables)))
    found = {(i.code, i.sheet, i.row, i.column) for i in run.data_issues}
    assert ("duplicate-value", "执法人员培训", 3, "执法证号") in found
    assert ("duplicate-value", "执法人员培训", 4, "执法证号") in found
    assert ("out-of-range", "执法人员培训", 5, "业务知识和法律法规培训学时") in found
    assert ("non-numeric-cell", "执法人员培训", 6, "业务知识和法律法规培训学时") in found
    assert ("numerator-exceeds-denominator", "执法单位", 3, "法制审核人员数") in found
    assert ("numerator-exceeds-denominator", "出庭应诉", 3, "负责人出庭案件数") in found
    verdicts = {r.indicator.id: r.verdict.value for r in run.results}
    # 4 > 3 appearances is impossible: the rate is unusable, never 133 % and never a pass.
    assert verdicts["court_appearance_rate"] == "invalid"
    assert verdicts["legal_review_staff_ratio"] == "invalid"
    assert verdicts["enforcement_training_hours"] == "invalid"


def test_title_rows_and_column_order_do_not_matter(tmp_path: Path) -> None:
    from checker.read.spreadsheet import Sheet

    base = sheets({"officers": [{"training_hours": 59}, {"training_hours": 61}]})
    officers = next(s for s in base if s.name == "执法人员培训")
    # three title rows above the header and the columns reversed
    rows = [["2023年度行政执法人员培训情况统计表"], ["填报单位（盖章）：测试区司法局"], []] + \
        [list(reversed(r)) for r in officers.rows[1:]]
    moved = [s if s is not officers else Sheet(s.name, rows) for s in base]
    run = check(write_xlsx(tmp_path / "moved.xlsx", moved))
    hours = next(r for r in run.results if r.indicator.id == "enforcement_training_hours")
    assert hours.verdict.value == "fail" and hours.value == 59
    assert hours.people[0].evidence[0].cell == "B5"  # remark is now column A; row 5 after three title rows


def test_the_validating_child_serves_every_check_then_failing_hands_back(monkeypatch) -> None:
    """The child forked for the first check validates the later ones too (the library is imported
    once a process); when it dies, this process validates, now and from then on."""
    import multiprocessing as mp
    import os
    import sys

    from checker import validate

    if "fork" not in mp.get_all_start_methods():
        return  # no fork here: every check validates in-process, which the other tests cover
    monkeypatch.setattr(validate, "_import", lambda: None)  # the library's cost is not what is tested
    monkeypatch.setattr(validate, "_run", lambda jobs: [[("pid", [os.getpid()])] for _ in jobs])
    monkeypatch.setattr(validate, "_helper", None)
    monkeypatch.setattr(validate, "_forked", False)
    monkeypatch.delitem(sys.modules, "great_expectations", raising=False)
    jobs = [("t", {}, [])]
    assert validate.preload() and not validate.preload()  # once a process
    first, second = validate._validate(jobs), validate._validate(jobs)
    child = first[0][0][1][0]
    assert child != os.getpid() and second == first  # the same child, twice
    ctx = mp.get_context("fork")
    here, there = ctx.Pipe()
    worker = ctx.Process(target=lambda conn: conn.send(validate._validate(jobs)), args=(there,))
    worker.start()
    got = here.recv()
    worker.join()
    assert got[0][0][1] == [worker.pid]  # a forked worker validates itself, never through the parent's child
    assert validate._validate(jobs) == first  # and the parent's child still serves the parent
    proc, _, _ = validate._helper
    proc.kill()
    proc.join()
    assert validate._validate(jobs)[0][0][1] == [os.getpid()] and validate._helper is None
    assert validate._validate(jobs)[0][0][1] == [os.getpid()]


def test_a_check_interrupted_while_the_child_answers_lets_the_child_go(monkeypatch) -> None:
    """An answer the interrupted check never read must not become the next check's answer."""
    import multiprocessing as mp
    import os
    import sys

    import pytest

    from checker import validate

    if "fork" not in mp.get_all_start_methods():
        return  # no fork here: every check validates in-process
    monkeypatch.setattr(validate, "_import", lambda: None)
    monkeypatch.setattr(validate, "_run", lambda jobs: [[("pid", [os.getpid()])] for _ in jobs])
    monkeypatch.setattr(validate, "_helper", None)
    monkeypatch.setattr(validate, "_forked", False)
    monkeypatch.delitem(sys.modules, "great_expectations", raising=False)
    jobs = [("t", {}, [])]
    assert validate.preload()
    proc, conn, owner = validate._helper

    class Interrupted:
        def send(self, obj) -> None:
            conn.send(obj)

        def recv(self):
            raise KeyboardInterrupt

        def close(self) -> None:
            conn.close()

    validate._helper = (proc, Interrupted(), owner)
    with pytest.raises(KeyboardInterrupt):
        validate._validate(jobs)
    assert validate._helper is None and not proc.is_alive()
    assert validate._validate(jobs)[0][0][1] == [os.getpid()]
