"""Outputs that never clobber: foreign files kept, inputs never replaced, the run commits before its
files move into place, leftovers of an interrupted run removed by the next."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLE

from checker.api import check, record
from checker.errors import InputError
from checker.history import History
from checker.output_files import is_own_output, remove_leftovers


@pytest.fixture(scope="module")
def sample_run():
    return check(SAMPLE)


def cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "checker", *args], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=300)


def runs(db: Path) -> int:
    with sqlite3.connect(db) as c:
        return c.execute("SELECT COUNT(*) FROM runs").fetchone()[0]


def test_scorecard_and_charts_move_in_only_after_the_run_commits(sample_run, tmp_path, monkeypatch) -> None:
    out = tmp_path / "out"
    first = record(sample_run, out / "r_scorecard.xlsx")
    assert is_own_output(first.scorecard) and first.charts == ()  # the charts live inside the workbook
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    original = History._Tx.__exit__

    def killed_at_commit(self, exc_type, exc, tb):  # the process dies just before COMMIT
        if exc_type is None and self.conn.in_transaction:
            self.conn.execute("ROLLBACK")
            raise KeyboardInterrupt
        return original(self, exc_type, exc, tb)

    monkeypatch.setattr(History._Tx, "__exit__", killed_at_commit)
    with pytest.raises(KeyboardInterrupt):
        record(sample_run, out / "r_scorecard.xlsx")
    monkeypatch.undo()
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before  # old scorecard and charts, no temporaries
    assert runs(out / "checker.db") == 1
    # review still accepts the scorecard in place: its run is the one recorded
    from checker.review import review_scorecard

    assert review_scorecard(first.scorecard).uid == first.uid


def test_leftovers_of_an_interrupted_run_removed_by_the_next(sample_run, tmp_path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    dead = 2 ** 22 + 12345  # above the usual pid range: no such process
    stale = [out / f".~{dead}-a1b2.xlsx", out / f".~{dead}-c3d4.png", out / f".~{dead}-stage"]
    stale[0].write_bytes(b"half")
    stale[1].write_bytes(b"half")
    stale[2].mkdir()
    (stale[2] / "r_scorecard.xlsx").write_bytes(b"staged")
    old_style = out / ".~x9y8_k2m.xlsx"  # from an earlier version, long abandoned
    old_style.write_bytes(b"half")
    os.utime(old_style, (time.time() - 3600, time.time() - 3600))
    live = out / ".~1-e5f6.png"  # pid 1 is alive: another process may be writing it
    live.write_bytes(b"in use")
    lock = out / ".~lock.r_scorecard.xlsx#"  # LibreOffice has the scorecard open
    lock.write_bytes(b"lock")
    os.utime(lock, (time.time() - 3600, time.time() - 3600))
    record(sample_run, out / "r_scorecard.xlsx", charts=False)
    assert not any(p.exists() for p in stale + [old_style]) and live.exists() and lock.exists()
    assert remove_leftovers(out) == []


def test_check_never_replaces_a_foreign_file_without_force(sample_run, tmp_path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    foreign = out / "r_scorecard.xlsx"
    foreign.write_bytes(b"a department's own workbook")
    with pytest.raises(InputError, match="不是本软件写出的文件.*--force"):
        record(sample_run, foreign, charts=False)
    assert foreign.read_bytes() == b"a department's own workbook" and not (out / "checker.db").exists()
    assert record(sample_run, foreign, charts=False, force=True).scorecard == foreign and is_own_output(foreign)


def test_input_never_replaced_even_with_force(tmp_path) -> None:
    src = tmp_path / "r_scorecard.xlsx"
    src.write_bytes(SAMPLE.read_bytes())
    with pytest.raises(InputError, match="与输入文件相同"):
        record(check(src), src, charts=False, force=True, inputs=(src,))
    assert src.read_bytes() == SAMPLE.read_bytes()


def test_compare_output_never_replaces_a_foreign_workbook(sample_run, tmp_path) -> None:
    import dataclasses

    from openpyxl import Workbook

    db = tmp_path / "h.db"
    record(sample_run, tmp_path / "a" / "r_scorecard.xlsx", db=db, charts=False)
    record(dataclasses.replace(sample_run, government="另一个区人民政府"), tmp_path / "b" / "r_scorecard.xlsx", db=db,
           charts=False)
    submission = tmp_path / "报送.xlsx"
    wb = Workbook()
    wb.active["A1"] = "部门报送"
    wb.save(submission)
    before = submission.read_bytes()
    proc = cli("compare", "--db", str(db), "-o", str(submission), "--no-charts")
    assert proc.returncode == 2 and "--force" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    assert submission.read_bytes() == before
    proc = cli("compare", "--db", str(db), "-o", str(tmp_path / "c.xlsx"), "--no-charts")
    assert proc.returncode == 0, proc.stderr
    again = cli("compare", "--db", str(db), "-o", str(tmp_path / "c.xlsx"), "--no-charts")  # its own file: replaced
    assert again.returncode == 0, again.stderr
    proc = cli("compare", "--db", str(db), "-o", str(submission), "--no-charts", "--force")
    assert proc.returncode == 0 and is_own_output(submission)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".~")] == []


def test_run_recorded_by_another_process_meanwhile_gives_a_fresh_hash(sample_run, tmp_path, monkeypatch) -> None:
    """The scorecard is written without the write lock; a run recorded meanwhile moves the chain on."""
    import dataclasses

    from checker.history import new_uid
    from checker.reporters import excel

    db = tmp_path / "h.db"
    original = History.rehearse
    calls = {"n": 0}

    def rehearse_then_race(self, *args, **kwargs):
        outcome = original(self, *args, **kwargs)
        calls["n"] += 1
        if calls["n"] == 1:
            with History(db) as other:  # another process of the batch records its group now
                other.record_run(dataclasses.replace(sample_run, government="乙区人民政府"), new_uid())
        return outcome

    monkeypatch.setattr(History, "rehearse", rehearse_then_race)
    outs = record(sample_run, tmp_path / "r_scorecard.xlsx", db=db, charts=False)
    assert calls["n"] == 2
    from openpyxl import load_workbook

    facts = {r[0]: r[1] for r in load_workbook(outs.scorecard)[excel.OVERVIEW].iter_rows(max_col=2, values_only=True)}
    with History(db) as h:
        assert facts[excel.HASH_LABEL] == h.run_hash(outs.uid) and h.verify().intact and len(h.runs()) == 2
