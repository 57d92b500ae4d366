"""The history database: schema and migration, append-only tables, all-or-nothing writes."""

from __future__ import annotations

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
        assert runs[0].counts == {"pass": 9, "fail": 6, "missing": 1, "not_applicable": 3, "info": 9}
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
