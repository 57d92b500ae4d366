"""Many files at once: grouping by content, pooling departments' workbooks, report against roster, comparison."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from conftest import SAMPLE
from helpers import SCHEMA, info_grid, run_in_process
from layouts import write

from checker.batch import SourceFile, group_files, run_batch

REPORT = """上海市示范区2023年法治政府建设情况报告

2023年，示范区深入推进法治政府建设。
全区行政执法人员均完成不少于60学时的法律知识培训。
行政机关负责人出庭应诉率达到100%。
全年作出重大行政决策20件。
"""


def department(path: Path, unit: str, people: list[tuple[str, str, float]], gov: str = "上海市示范区人民政府",
               year: int = 2023) -> Path:
    head = [c.header for c in SCHEMA.table("officers").columns]
    return write(path, {"基本信息": info_grid(gov, year),
                        "执法人员培训": [head] + [[unit, n, c, h, None] for n, c, h in people]})


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return run_in_process(*args, cwd=cwd)


def test_departments_pooled_and_a_person_counted_once(tmp_path) -> None:
    a = department(tmp_path / "司法局.xlsx", "区司法局", [("王一", "001", 72), ("王二", "002", 61)])
    b = department(tmp_path / "城管局.xlsx", "区城管执法局", [("赵一", "101", 80), ("赵二", "102", 50),
                                                             ("王一", "001", 72)])  # 王一 listed again
    out = run_batch([a, b], out=tmp_path / "out", jobs=1, charts=False)
    [g] = out.groups
    assert g.group.government == "上海市示范区人民政府" and g.group.year == 2023 and not g.error
    assert {f.path.name for f in g.group.files} == {"司法局.xlsx", "城管局.xlsx"}
    doc = _scorecard_json(g.scorecard)
    hours = doc["enforcement_training_hours"]
    assert hours == ("未达标", "3/4人达标，最低50学时")  # 4 people, not 5: 王一 once
    assert out.comparison is None  # one government-year: nothing to compare
    issues = _issues(g.scorecard)
    dup = [i for i in issues if i[0] == "duplicate-across-files"]
    assert len(dup) == 1 and "司法局.xlsx" in dup[0][7] and "城管局.xlsx" in dup[0][7]


def _scorecard_json(path: Path) -> dict[str, tuple[str, str]]:
    from openpyxl import load_workbook

    ws = load_workbook(path)["指标明细"]
    header = [c.value for c in ws[1]]
    return {r[0]: (r[header.index("计算结论")], r[header.index("实际值")]) for r in ws.iter_rows(min_row=2, values_only=True)}


def _issues(path: Path) -> list[tuple]:
    from openpyxl import load_workbook

    return list(load_workbook(path)["数据问题"].iter_rows(min_row=2, values_only=True))


def test_report_claim_set_beside_the_roster(tmp_path) -> None:
    (tmp_path / "in").mkdir()
    report = tmp_path / "in" / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    book = tmp_path / "in" / "report_2023.xlsx"
    book.write_bytes(SAMPLE.read_bytes())
    out = run_batch([tmp_path / "in"], out=tmp_path / "out", jobs=1, charts=False)
    [g] = out.groups  # the report's 上海市示范区 and the workbook's 上海市示范区人民政府 are one government
    from openpyxl import load_workbook

    wb = load_workbook(g.scorecard)
    rows = {r[0]: r for r in wb["核对"].iter_rows(min_row=2, values_only=True)}
    hours = rows["enforcement_training_hours"]
    assert hours[6] == "矛盾" and "均完成不少于60学时" in hours[3] and "356/380" in hours[4]
    assert "执法人员培训!D3:D382" in hours[5]
    assert rows["court_appearance_rate"][6] == "矛盾"
    assert rows["major_decisions_count"][6] == "一致"  # 20 in both
    detail = _scorecard_json(g.scorecard)
    assert detail["enforcement_training_hours"][0] == "需人工审查"  # never silently resolved either way
    assert detail["court_appearance_rate"][0] == "需人工审查"
    ws = wb["指标明细"]
    header = [c.value for c in ws[1]]
    ev = next(r for r in ws.iter_rows(min_row=2, values_only=True) if r[0] == "enforcement_training_hours")
    evidence = ev[header.index("证据（工作表!单元格 / 原文）")]
    assert "report_2023.xlsx 执法人员培训!" in evidence and "report.txt 第4行" in evidence


def test_grouping_by_content_and_overrides(tmp_path) -> None:
    files = [SourceFile(Path("a.xlsx"), "workbook", "甲区人民政府", 2023, "基本信息"),
             SourceFile(Path("a.txt"), "report", "甲区", 2023, "报告标题"),
             SourceFile(Path("b.xlsx"), "workbook", "乙区人民政府", 2023, "基本信息"),
             SourceFile(Path("c.xlsx"), "workbook", "甲区人民政府", 2022, "基本信息")]
    groups = {(g.government, g.year): [f.path.name for f in g.files] for g in group_files(files)}
    assert groups == {("甲区人民政府", 2023): ["a.xlsx", "a.txt"], ("乙区人民政府", 2023): ["b.xlsx"],
                      ("甲区人民政府", 2022): ["c.xlsx"]}
    [one] = group_files(files, entity="丙区", year=2024)
    assert len(one.files) == 4 and all(f.identified_by == "参数" for f in one.files)
    manifest = {Path("c.xlsx").resolve(): {"entity": "乙区人民政府", "year": 2023}}
    g = {(x.government, x.year): len(x.files) for x in group_files(files, manifest=manifest)}
    assert g[("乙区人民政府", 2023)] == 2 and ("甲区人民政府", 2022) not in g


def test_many_governments_and_years_compared(tmp_path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    for gov, year, hours in (("甲区人民政府", 2022, 50), ("甲区人民政府", 2023, 65), ("乙区人民政府", 2023, 70)):
        department(d / f"{gov}_{year}.xlsx", "区司法局", [("王一", "001", hours)], gov=gov, year=year)
    out = run_batch([d], out=tmp_path / "out", jobs=2, charts=True)
    assert len(out.groups) == 3 and all(not g.error for g in out.groups)
    from openpyxl import load_workbook

    wb = load_workbook(out.comparison)
    assert wb.sheetnames[:3] == ["排名", "热力图", "趋势"]
    assert out.comparison_charts == () and len(wb["图表"]._charts) >= 2  # native charts, no pictures beside
    trend = [r for r in wb["趋势"].iter_rows(values_only=True) if r and "甲区人民政府" in [str(v) for v in r]]
    assert trend


def test_cli_one_bad_file_does_not_stop_the_others(tmp_path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    department(d / "good.xlsx", "区司法局", [("王一", "001", 72)])
    (d / "broken.xlsx").write_bytes(b"PK\x03\x04 not a zip")
    (d / "empty.txt").write_text("", encoding="utf-8")
    proc = cli("check", str(d), "--out", str(tmp_path / "out"), "--no-charts", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""  # no progress bar when not on a terminal
    lines = proc.stdout.splitlines()
    assert sum(1 for ln in lines if ln.startswith("✘")) == 2 and sum(1 for ln in lines if ln.startswith("✔")) == 1
    assert any("broken.xlsx" in ln for ln in lines if ln.startswith("✘"))
    assert "失败 2 个文件" in lines[-1]
    (d / "good.xlsx").unlink()
    proc = cli("check", str(d), "--out", str(tmp_path / "out2"), "--format", "json", cwd=tmp_path)
    assert proc.returncode == 2  # every file failed
    doc = json.loads(proc.stdout)
    assert doc["files_failed"] == doc["files_total"] == 2 and doc["groups"] == []


def test_compare_from_history_without_rereading(tmp_path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    for gov in ("甲区人民政府", "乙区人民政府"):
        department(d / f"{gov}.xlsx", "区司法局", [("王一", "001", 72)], gov=gov)
    out = tmp_path / "out"
    proc = cli("check", str(d), "--out", str(out), "--no-charts", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    for f in d.iterdir():
        f.unlink()  # the sources are gone: compare reads only the database
    proc = cli("compare", "--db", str(out / "checker.db"), "-o", str(tmp_path / "cmp.xlsx"), "--no-charts", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "比较了 2 份核查" in proc.stdout
    from openpyxl import load_workbook

    ranking = list(load_workbook(tmp_path / "cmp.xlsx")["排名"].iter_rows(min_row=2, max_row=3, values_only=True))
    # one roster each: most targets have no figure, so neither is ranked against the other
    assert {r[2] for r in ranking} == {"甲区人民政府", "乙区人民政府"} and all(r[1] == "—" for r in ranking)
    assert all("覆盖率" in r[-1] and "不参加排名" in r[-1] for r in ranking)


def test_manifest_errors_are_one_line(tmp_path) -> None:
    good = department(tmp_path / "a.xlsx", "区司法局", [("王一", "001", 72)])
    m = tmp_path / "m.yml"
    m.write_text("- {file: a.xlsx, year: 二〇二三}\n", encoding="utf-8")
    proc = cli("check", str(good), "--manifest", str(m), "--out", str(tmp_path / "o"), cwd=tmp_path)
    assert proc.returncode == 2 and len(proc.stderr.strip().splitlines()) == 1 and "year" in proc.stderr


# --- names that cannot collide, skipped and vanished files ----------------------------------


def test_same_file_name_in_two_folders_gives_two_scorecards(tmp_path) -> None:
    inbox = tmp_path / "inbox"
    (inbox / "甲区").mkdir(parents=True)
    (inbox / "乙区").mkdir(parents=True)
    department(inbox / "甲区" / "报表.xlsx", "区司法局", [("王一", "001", 72)], gov="甲区人民政府")
    department(inbox / "乙区" / "报表.xlsx", "区司法局", [("赵一", "101", 40)], gov="乙区人民政府")
    out = run_batch([inbox], out=tmp_path / "out", jobs=1, charts=False)
    assert len(out.groups) == 2 and all(not g.error for g in out.groups)
    cards = {g.group.government: g.scorecard for g in out.groups}
    assert len(set(cards.values())) == 2 and all(p.exists() for p in cards.values())
    assert _scorecard_json(cards["甲区人民政府"])["enforcement_training_hours"][0] == "达标"
    assert _scorecard_json(cards["乙区人民政府"])["enforcement_training_hours"][0] == "未达标"
    assert all(p.name.startswith(g) and "_2023_" in p.name for g, p in cards.items())


def test_output_names_unique_by_construction() -> None:
    from checker.batch import Group, output_stems

    def group(gov: str, year: int | None, *names: str) -> Group:
        return Group(gov, year, tuple(SourceFile(Path(n), "workbook", gov, year, "") for n in names))

    long = "很长的政府名称" * 30
    groups = [group("甲区", 2023, "a/报表.xlsx"), group("甲区", 2023, "b/报表.xlsx"),  # same name and year twice
              group("甲/区", 2023, "c.xlsx"), group("甲:区", 2023, "d.xlsx"),  # differ only in characters removed
              group(long + "一", 2023, "e.xlsx"), group(long + "二", 2023, "f.xlsx"),  # differ beyond the limit
              group("Abc", None, "g.xlsx"), group("abc", None, "h.xlsx"),  # differ only in case
              group("", None, "i.xlsx"), group("", None, "j.xlsx")]
    same = {Path(f.path): "0" * 64 for g in groups for f in g.files}  # identical content everywhere
    stems = output_stems(groups, same)
    assert len({s.casefold() for s in stems}) == len(groups)
    assert all(len(s) <= 80 for s in stems)


def test_names_from_content_cleaned_and_bounded(tmp_path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    gov = "示范区\u202e人民政府_x0000__x0007_" + "某" * 300
    department(d / "a.xlsx", "区司法局", [("王一", "001", 72)], gov=gov)
    out = run_batch([d], out=tmp_path / "out", jobs=1, charts=True)
    [g] = out.groups
    assert not g.error, g.error
    names = [p.name for p in (tmp_path / "out").iterdir()]
    assert all("\u202e" not in n and "\x00" not in n and "\x07" not in n and len(n.encode()) < 255 for n in names)
    assert g.scorecard.name.startswith("示范区人民政府某")


def test_output_like_inbox_files_listed_as_skipped(tmp_path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    department(d / "a.xlsx", "区司法局", [("王一", "001", 72)])
    for name in ("旧_scorecard.xlsx", "comparison.xlsx", "checker.db", "旧_reviewed.xlsx"):
        (d / name).write_bytes(b"x")
    out = run_batch([d], out=tmp_path / "out", jobs=1, charts=False)
    skipped = {p.name: why for p, why in out.skipped}
    assert set(skipped) == {"旧_scorecard.xlsx", "comparison.xlsx", "checker.db", "旧_reviewed.xlsx"}
    assert all("本软件写出" in why for why in skipped.values())
    from checker.reporters import batch_text

    assert "跳过" in batch_text.render(out) and "comparison.xlsx" in batch_text.render(out)


def test_file_vanishing_during_a_batch_fails_only_itself(tmp_path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    department(d / "a.xlsx", "区司法局", [("王一", "001", 72)])
    report = d / "b_report.txt"
    report.write_text(REPORT, encoding="utf-8")
    department(d / "c.xlsx", "区司法局", [("赵一", "101", 72)], gov="乙区人民政府")
    late = d / "d_report.txt"
    late.write_text(REPORT.replace("示范区", "丙区"), encoding="utf-8")

    def progress(k: int, n: int, what: str) -> None:
        if what == "识别 c.xlsx":
            report.unlink()  # read already, gone before its group (with a.xlsx) is checked
            late.unlink()  # gone before it was read

    out = run_batch([d], out=tmp_path / "out", jobs=1, charts=False, progress=progress)
    assert [p.name for p, _ in out.failures] == ["d_report.txt"]
    assert len(out.groups) == 2 and all(not g.error for g in out.groups), [g.error for g in out.groups]
    pooled = next(g for g in out.groups if len(g.group.files) == 2)
    assert {f.path.name for f in pooled.group.files} == {"a.xlsx", "b_report.txt"}
    assert out.files_failed == 1 and out.files_total == 4


# --- recording a batch: in order, one writer, each scorecard printing its own link ----------


def _reports(d: Path, *names: tuple[str, int]) -> None:
    d.mkdir()
    for k, (name, year) in enumerate(names):
        (d / f"{k}.txt").write_text(REPORT.replace("示范区", name).replace("2023", str(year)), encoding="utf-8")


def _printed_link(scorecard: Path) -> tuple[str, str]:
    from openpyxl import load_workbook

    from checker.reporters.excel import HASH_LABEL, OVERVIEW, UID_LABEL

    rows = {r[0]: r[1] for r in load_workbook(scorecard, read_only=True)[OVERVIEW].iter_rows(max_col=2, values_only=True)}
    return rows[UID_LABEL], rows[HASH_LABEL]


def _links_match(out, db: Path) -> None:
    from checker.history import History

    with History(db) as h:
        assert h.verify().intact
        for g in out.groups:
            if g.scorecard:
                uid, printed = _printed_link(g.scorecard)
                assert uid == g.uid and printed == h.run_hash(uid)


def test_batch_recorded_in_order_each_scorecard_with_its_link(tmp_path) -> None:
    # the 2023 report comes first, but its government's 2022 is recorded (and judged) before it
    _reports(tmp_path / "in", ("甲区", 2023), ("乙区", 2023), ("甲区", 2022), ("丙区", 2023))
    out = run_batch([tmp_path / "in"], out=tmp_path / "out", jobs=2, charts=True)
    assert [(g.group.government, g.group.year) for g in out.groups] == [
        ("上海市甲区", 2023), ("上海市乙区", 2023), ("上海市甲区", 2022), ("上海市丙区", 2023)]
    assert all(not g.error for g in out.groups), [g.error for g in out.groups]
    _links_match(out, tmp_path / "out" / "checker.db")
    from checker.history import History

    with History(tmp_path / "out" / "checker.db") as h:
        order = [(r.government, r.year) for r in h.runs()]
    # in the order of the groups, a government's later year after its earlier one
    assert order == [("上海市乙区", 2023), ("上海市甲区", 2022), ("上海市丙区", 2023), ("上海市甲区", 2023)]


def test_a_scorecard_that_fails_to_write_is_not_recorded(tmp_path, monkeypatch) -> None:
    from checker.reporters import excel

    _reports(tmp_path / "in", ("甲区", 2023), ("乙区", 2023), ("丙区", 2023), ("丁区", 2023), ("戊区", 2023))
    real = excel.write_scorecard
    written = []

    def failing(run, path, **kw):
        written.append(run.government)
        if "乙区" in run.government or "丁区" in run.government:
            raise OSError(28, "No space left on device")
        return real(run, path, **kw)

    monkeypatch.setattr(excel, "write_scorecard", failing)
    out = run_batch([tmp_path / "in"], out=tmp_path / "out", jobs=1, charts=False)
    errors = {g.group.government[3:]: g.error for g in out.groups}
    assert [k for k, e in errors.items() if e] == ["乙区", "丁区"] and errors["丁区"] == errors["乙区"]
    assert sorted(p.name.split("_")[0][3:] for p in (tmp_path / "out").glob("*_scorecard.xlsx")) == ["丙区", "戊区", "甲区"]
    # the failed ones are not written again; those after the first failure are, with their new hashes
    assert [g[3:] for g in written] == ["甲区", "乙区", "丙区", "丁区", "戊区", "丙区", "戊区"]
    _links_match(out, tmp_path / "out" / "checker.db")
    from checker.history import History

    with History(tmp_path / "out" / "checker.db") as h:
        assert [r.government[3:] for r in h.runs()] == ["甲区", "丙区", "戊区"]


def test_another_process_recording_meanwhile_moves_the_batch_on_top(tmp_path, monkeypatch) -> None:
    from checker.history import History

    _reports(tmp_path / "in", ("甲区", 2023), ("乙区", 2023))
    db = tmp_path / "out" / "checker.db"
    real = History.rehearse_many
    calls = []

    def rehearse_then_someone_records(self, entries):
        outcome = real(self, entries)
        if not calls:  # between this rehearsal and the record, another process records a run
            with History(db) as other:
                run, *_ = entries[0]
                other.record_run(run, "otherprocess0001")
        calls.append(len(entries))
        return outcome

    monkeypatch.setattr(History, "rehearse_many", rehearse_then_someone_records)
    out = run_batch([tmp_path / "in"], out=tmp_path / "out", jobs=1, charts=False)
    assert calls == [2, 2] and all(not g.error for g in out.groups)  # rehearsed and written again once
    _links_match(out, db)
    with History(db) as h:
        assert [r.uid for r in h.runs()][0] == "otherprocess0001" and len(h.runs()) == 3


def test_a_database_locked_by_another_program_fails_the_groups_not_the_batch(tmp_path, monkeypatch) -> None:
    import sqlite3

    from checker import history
    from checker.history import History

    _reports(tmp_path / "in", ("甲区", 2023), ("乙区", 2023))
    db = tmp_path / "out" / "checker.db"
    History(db).close()
    monkeypatch.setattr(history, "BUSY_SECONDS", 0.2)
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock throughout
    try:
        out = run_batch([tmp_path / "in"], out=tmp_path / "out", jobs=1, charts=False)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert len(out.groups) == 2 and all("正被另一个程序写入" in g.error for g in out.groups)
    assert not list((tmp_path / "out").glob("*_scorecard.xlsx")) and out.comparison is None
    with History(db) as h:
        assert h.verify().intact and h.runs() == []
