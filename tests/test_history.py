"""The history database: schema and migration, append-only tables, all-or-nothing writes."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLE

from checker import history as hist
from checker.api import check, record
from checker.errors import InputError
from checker.history import History, Review, new_uid
from checker.model import Verdict


@pytest.fixture(scope="module")
def sample_run():
    return check(SAMPLE)


def table_count(db: Path, table: str) -> int:
    with sqlite3.connect(db) as c:
        return c.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def test_schema_created_at_current_version(tmp_path) -> None:
    with History(tmp_path / "h.db") as h:
        assert h.conn.execute("PRAGMA user_version").fetchone()[0] == hist.SCHEMA_VERSION
        tables = {r[0] for r in h.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"runs", "results", "reviews"} <= tables


def test_migration_runs_once_from_an_older_version(tmp_path, monkeypatch) -> None:
    db = tmp_path / "h.db"
    monkeypatch.setattr(hist, "MIGRATIONS", hist.MIGRATIONS[:1])
    monkeypatch.setattr(hist, "SCHEMA_VERSION", 1)
    History(db).close()
    later = hist.MIGRATIONS + ("ALTER TABLE runs ADD COLUMN note TEXT NOT NULL DEFAULT '';",)
    monkeypatch.setattr(hist, "MIGRATIONS", later)
    monkeypatch.setattr(hist, "SCHEMA_VERSION", 2)
    with History(db) as h:
        assert h.conn.execute("PRAGMA user_version").fetchone()[0] == 2
        assert "note" in [r[1] for r in h.conn.execute("PRAGMA table_info(runs)")]
    History(db).close()  # already current: nothing runs twice


def test_database_from_a_newer_version_refused(tmp_path) -> None:
    db = tmp_path / "h.db"
    with sqlite3.connect(db) as c:
        c.execute(f"PRAGMA application_id = {hist.APPLICATION_ID}")
        c.execute(f"PRAGMA user_version = {hist.SCHEMA_VERSION + 5}")
    with pytest.raises(InputError, match="更新版本"):
        History(db)


def test_corrupt_database_is_a_clear_error(tmp_path) -> None:
    db = tmp_path / "h.db"
    db.write_bytes(b"this is not a database" * 100)
    with pytest.raises(InputError, match="已损坏"):
        History(db)


def test_recorded_rows_are_append_only(sample_run, tmp_path) -> None:
    with History(tmp_path / "h.db") as h:
        uid = new_uid()
        h.record_run(sample_run, uid)
        h.record_reviews(uid, [Review("court_appearance_rate", Verdict.FAIL, Verdict.PASS, "理由", "王", "")])
        for sql in ("UPDATE runs SET government = 'x'", "DELETE FROM runs", "UPDATE results SET verdict = 'pass'",
                    "DELETE FROM results", "UPDATE reviews SET final = 'fail'", "DELETE FROM reviews"):
            with pytest.raises(sqlite3.DatabaseError, match="append-only"):
                h.conn.execute(sql)
        assert len(h.runs()) == 1 and len(h.reviews_of(uid)) == 1


def test_runs_and_indicator_history(sample_run, tmp_path) -> None:
    with History(tmp_path / "h.db") as h:
        first, second = new_uid(), new_uid()
        h.record_run(sample_run, first)
        h.record_run(sample_run, second)
        h.record_reviews(second, [Review("court_appearance_rate", Verdict.FAIL, Verdict.PASS, "理由", "王", "")])
        runs = h.runs()
        assert [r.uid for r in runs] == [first, second] and runs[1].reviews == 1
        assert runs[0].counts == {"pass": 9, "fail": 6, "missing": 1, "not_applicable": 3, "info": 15}
        rows = h.indicator_history("court_appearance_rate")
        assert [(r.display, r.verdict, r.final) for r in rows] == [("95.83%", Verdict.FAIL, None),
                                                                   ("95.83%", Verdict.FAIL, Verdict.PASS)]
        assert h.runs("另一个区") == []


def test_interrupted_results_leave_no_half_run(sample_run, tmp_path, monkeypatch) -> None:
    calls = {"n": 0}
    original = History._result_row

    def flaky(run_id, r):
        calls["n"] += 1
        if calls["n"] == 5:
            raise KeyboardInterrupt
        return original(run_id, r)

    monkeypatch.setattr(History, "_result_row", staticmethod(flaky))
    with History(tmp_path / "h.db") as h, pytest.raises(KeyboardInterrupt):
        h.record_run(sample_run, new_uid())
    assert table_count(tmp_path / "h.db", "runs") == 0 and table_count(tmp_path / "h.db", "results") == 0


def test_interrupted_scorecard_leaves_no_half_file_and_no_run(sample_run, tmp_path, monkeypatch) -> None:
    from openpyxl import Workbook

    def broken_save(self, filename):
        Path(filename).write_bytes(b"PK\x03\x04 half a workbook")
        raise KeyboardInterrupt

    monkeypatch.setattr(Workbook, "save", broken_save)
    out = tmp_path / "out"
    with pytest.raises(KeyboardInterrupt):
        record(sample_run, out / "r_scorecard.xlsx", charts=False)
    assert [p.name for p in out.iterdir()] == ["checker.db"]  # no scorecard, no temporary file
    assert table_count(out / "checker.db", "runs") == 0 and table_count(out / "checker.db", "results") == 0


def test_history_cli(sample_run, tmp_path) -> None:
    record(sample_run, tmp_path / "r_scorecard.xlsx", charts=False)
    proc = subprocess.run([sys.executable, "-m", "checker", "history", "--db", str(tmp_path / "checker.db")],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and "上海市示范区人民政府" in proc.stdout and "未达标6" in proc.stdout
    proc = subprocess.run([sys.executable, "-m", "checker", "history", "--db", str(tmp_path / "none.db")],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and "先运行 check" in proc.stderr and not (tmp_path / "none.db").exists()


# --- the hash chain -------------------------------------------------------------------------


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "checker", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)


def behind_the_triggers(db: Path, *statements: str) -> None:
    """What someone with the sqlite3 shell can do: drop the triggers, change rows, restore them."""
    with sqlite3.connect(db) as c:
        triggers = c.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
        for name, _ in triggers:
            c.execute(f"DROP TRIGGER {name}")
        for sql in statements:
            c.execute(sql)
        for _, sql in triggers:
            c.execute(sql)


@pytest.fixture
def two_runs(sample_run, tmp_path) -> tuple[Path, list[str]]:
    db = tmp_path / "h.db"
    uids = []
    with History(db) as h:
        for _ in range(2):
            uid = new_uid()
            h.record_run(sample_run, uid)
            uids.append(uid)
        h.record_reviews(uids[0], [Review("court_appearance_rate", Verdict.FAIL, Verdict.PASS, "理由", "王", "")])
    return db, uids


def test_verify_passes_on_an_untouched_history(two_runs) -> None:
    db, _ = two_runs
    proc = cli("history", "--db", str(db), "--verify")
    assert proc.returncode == 0 and "校验通过：3 条记录（核查 2 次，审查 1 条）" in proc.stdout, proc.stderr


def test_verdict_changed_behind_the_triggers_is_named(two_runs) -> None:
    db, uids = two_runs
    behind_the_triggers(db, "UPDATE results SET verdict = 'pass' WHERE indicator = 'court_appearance_rate' AND run_id = 2")
    with sqlite3.connect(db) as c:  # the triggers are back: the forgery is invisible to them
        assert c.execute("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger'").fetchone()[0] == 8
    proc = cli("history", "--db", str(db), "--verify")
    assert proc.returncode == 2 and len(proc.stderr.strip().splitlines()) == 1
    assert f"第2次核查（编号 {uids[1]}" in proc.stderr and "已被修改" in proc.stderr
    # every reading command refuses the broken chain with the same line
    for args in (("history", "--db", str(db)), ("compare", "--db", str(db), "-o", str(db.parent / "c.xlsx"))):
        proc = cli(*args)
        assert proc.returncode == 2 and "校验未通过" in proc.stderr and "第2次核查" in proc.stderr
    assert not (db.parent / "c.xlsx").exists()


def test_deleted_review_and_deleted_run_are_named(two_runs) -> None:
    db, uids = two_runs
    behind_the_triggers(db, "DELETE FROM reviews WHERE id = 1")
    proc = cli("history", "--db", str(db), "--verify")
    assert proc.returncode == 2 and "第1条审查记录" in proc.stderr and "已被删除" in proc.stderr
    with History(db) as h, pytest.raises(InputError, match="第1条审查记录"):
        h.reviews_of(uids[0])  # the review step reads this run's reviews: refused too
    behind_the_triggers(db, "DELETE FROM chain WHERE seq = 3", "INSERT INTO reviews (id, run_id, indicator, recorded_at,"
                        " computed, final, reason, examiner, reviewed_on) SELECT 1, 1, 'court_appearance_rate', '', 'fail',"
                        " 'pass', '理由', '王', ''")
    proc = cli("history", "--db", str(db), "--verify")
    assert proc.returncode == 2 and "不在校验链中" in proc.stderr  # the review is back, but no longer chained


def test_removed_link_and_forged_run_are_named(two_runs, sample_run) -> None:
    db, _ = two_runs
    behind_the_triggers(db, "DELETE FROM results WHERE run_id = 1", "DELETE FROM runs WHERE id = 1",
                        "DELETE FROM chain WHERE seq = 1")
    with History(db) as h:
        check = h.verify()
    assert not check.intact and "第1个链节点已被删除" in check.problem
    db2 = db.parent / "forged.db"
    with History(db2) as h:
        h.record_run(sample_run, new_uid())
    with sqlite3.connect(db2) as c:  # a run slipped in with plain INSERTs: triggers allow it, the chain does not
        c.execute("INSERT INTO runs (uid, made_at, source, sha256, government, plan, plan_name, year) "
                  "VALUES ('x', '2024-01-01', 'f', '', '某区', 'all', '全部', 2023)")
    with History(db2) as h:
        assert "第2条核查不在校验链中" in h.verify().problem


def test_scorecard_carries_its_run_hash(sample_run, tmp_path) -> None:
    from openpyxl import load_workbook

    from checker.reporters import excel

    outs = record(sample_run, tmp_path / "r_scorecard.xlsx", charts=False)
    facts = {r[0]: r[1] for r in load_workbook(outs.scorecard)[excel.OVERVIEW].iter_rows(max_col=2, values_only=True)}
    with History(outs.db) as h:
        assert facts[excel.HASH_LABEL] == h.run_hash(outs.uid) == h.verify().head
        assert len(facts[excel.HASH_LABEL]) == 64


def test_earlier_database_gets_its_chain(tmp_path) -> None:
    db = tmp_path / "old.db"
    with sqlite3.connect(db) as c:  # a history written by the previous version: no chain, no application id
        c.executescript(hist.MIGRATIONS[0] + "PRAGMA user_version = 1;")
        c.execute("INSERT INTO runs (uid, made_at, source, sha256, government, plan, plan_name, year)"
                  " VALUES ('a1', '2024-01-01 10:00:00', 'f.xlsx', '', '某区', 'all', '全部', 2023)")
        c.execute("INSERT INTO results (run_id, indicator, name, verdict, value, display, gap, summary)"
                  " VALUES (1, 'court_appearance_rate', '出庭', 'fail', '{}', '90%', NULL, '')")
        c.execute("INSERT INTO reviews (run_id, indicator, recorded_at, computed, final, reason, examiner, reviewed_on)"
                  " VALUES (1, 'court_appearance_rate', '2024-01-02 09:00:00', 'fail', 'pass', '理由', '王', '')")
    with History(db) as h:
        check = h.verify()
        assert check.intact and (check.links, check.runs, check.reviews) == (2, 1, 1)
        assert h.conn.execute("PRAGMA application_id").fetchone()[0] == hist.APPLICATION_ID
        assert [r.final for r in h.reviews_of("a1")] == [Verdict.PASS]


# --- a database that is not ours, and database trouble --------------------------------------


def other_application_db(path: Path) -> Path:
    with sqlite3.connect(path) as c:
        c.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
        c.execute("INSERT INTO contacts VALUES ('张三', '123')")
    return path


def test_other_applications_database_refused_untouched(sample_run, tmp_path) -> None:
    import hashlib

    other = other_application_db(tmp_path / "contacts.sqlite")
    before = hashlib.sha256(other.read_bytes()).hexdigest()
    with pytest.raises(InputError, match="不是本软件的历史数据库"):
        record(sample_run, tmp_path / "out" / "r_scorecard.xlsx", db=other, charts=False)
    link = tmp_path / "out2" / "checker.db"
    link.parent.mkdir()
    link.symlink_to(other)
    with pytest.raises(InputError, match="指向") as err:
        record(sample_run, link.parent / "r_scorecard.xlsx", charts=False)
    assert "\n" not in str(err.value)
    assert hashlib.sha256(other.read_bytes()).hexdigest() == before
    assert not (tmp_path / "out" / "r_scorecard.xlsx").exists() and not (link.parent / "r_scorecard.xlsx").exists()
    proc = cli("history", "--db", str(other))
    assert proc.returncode == 2 and "不是本软件的历史数据库" in proc.stderr


def test_locked_database_is_not_called_damaged(sample_run, tmp_path) -> None:
    import time

    db = tmp_path / "h.db"
    History(db).close()
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        started = time.monotonic()
        with pytest.raises(InputError) as err:
            record(sample_run, tmp_path / "r_scorecard.xlsx", db=db, charts=False)
        assert time.monotonic() - started < hist.BUSY_SECONDS + 5
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    message = str(err.value)
    assert str(db) in message and "正被另一个程序写入" in message and "并未损坏" in message and "损坏的" not in message
    assert not (tmp_path / "r_scorecard.xlsx").exists()


@pytest.mark.parametrize("raised, words", [
    (sqlite3.OperationalError("attempt to write a readonly database"), "只读"),
    (sqlite3.DatabaseError("database disk image is malformed"), "已损坏"),
    (sqlite3.OperationalError("database is locked"), "并未损坏"),
    (sqlite3.OperationalError("unable to open database file"), "无法打开"),
])
def test_database_trouble_named_by_its_cause(raised, words, tmp_path) -> None:
    message = str(hist.db_error(tmp_path / "x.db", raised))
    assert words in message and "x.db" in message and "\n" not in message


def _coded(exc: sqlite3.Error, name: str) -> sqlite3.Error:
    exc.sqlite_errorname = name  # as SQLite sets it on a real failure
    return exc


@pytest.mark.parametrize("raised, words", [
    (sqlite3.DatabaseError("database disk image is malformed"), "已损坏"),
    (_coded(sqlite3.OperationalError("disk I/O error"), "SQLITE_IOERR_WRITE"), "读写磁盘出错"),
    (_coded(sqlite3.OperationalError("database or disk is full"), "SQLITE_FULL"), "磁盘空间不足"),
    (_coded(sqlite3.OperationalError("no such table: runs"), "SQLITE_ERROR"), "数据库操作失败"),
])
def test_database_trouble_in_chinese_not_in_sqlites_words(raised, words, tmp_path) -> None:
    message = str(hist.db_error(tmp_path / "x.db", raised)).replace(str(tmp_path / "x.db"), "")
    assert words in message and not re.search(r"[A-Za-z]{3,}", message), message


def test_read_only_database_one_line(sample_run, tmp_path) -> None:
    db = tmp_path / "h.db"
    with History(db) as h:
        h.record_run(sample_run, new_uid())
    with History(db) as h:
        h.conn.execute("PRAGMA query_only = ON")  # as a read-only file behaves (tests run as root)
        with pytest.raises(InputError, match="只读"):
            h.record_run(sample_run, new_uid())


def test_last_years_figures_only_from_a_verified_run(sample_run, tmp_path) -> None:
    import dataclasses

    db = tmp_path / "h.db"
    with History(db) as h:
        h.record_run(dataclasses.replace(sample_run, year=2022), new_uid())
    figures = hist.previous_figures(db, sample_run.government, 2022)
    assert figures and all(isinstance(v, float) for v, _, _ in figures.values())
    indicator = next(iter(figures))
    behind_the_triggers(db, f"UPDATE results SET value = '{{\"value\": 100.0}}' WHERE indicator = '{indicator}'")
    with pytest.raises(InputError, match="第1次核查.*已被修改"):
        hist.previous_figures(db, sample_run.government, 2022)
