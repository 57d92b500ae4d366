"""The history database: every check and every review, kept in an embedded SQLite file.

Append-only by construction: triggers refuse UPDATE and DELETE on the recorded tables, so the
audit trail cannot be rewritten through the tool or a casual SQL session. Each check or review is
written in one transaction, so an interrupted run leaves either the whole run or nothing.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sqlite3
import uuid
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from .errors import InputError
from .model import Result, Run, Verdict

DB_NAME = "checker.db"

# Each entry upgrades the schema by one version; user_version records how many have run.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        made_at TEXT NOT NULL,
        source TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        government TEXT NOT NULL,
        plan TEXT NOT NULL,
        plan_name TEXT NOT NULL,
        year INTEGER,
        scorecard TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE results (
        run_id INTEGER NOT NULL REFERENCES runs(id),
        indicator TEXT NOT NULL,
        name TEXT NOT NULL,
        verdict TEXT NOT NULL,
        value TEXT NOT NULL,
        display TEXT NOT NULL,
        gap REAL,
        summary TEXT NOT NULL,
        PRIMARY KEY (run_id, indicator)
    );
    CREATE TABLE reviews (
        id INTEGER PRIMARY KEY,
        run_id INTEGER NOT NULL REFERENCES runs(id),
        indicator TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        computed TEXT NOT NULL,
        final TEXT NOT NULL,
        reason TEXT NOT NULL,
        examiner TEXT NOT NULL,
        reviewed_on TEXT NOT NULL,
        carried_from INTEGER REFERENCES reviews(id)
    );
    CREATE INDEX reviews_by_run ON reviews(run_id, indicator);
    CREATE INDEX runs_by_government ON runs(government, year);
    """
    + "".join(
        f"""
    CREATE TRIGGER {table}_no_{op.lower()} BEFORE {op} ON {table}
    BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END;
    """
        for table in ("runs", "results", "reviews")
        for op in ("UPDATE", "DELETE")
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)


@dataclass(frozen=True)
class Review:
    """An examiner's conclusion on one indicator of one run."""

    indicator: str
    computed: Verdict
    final: Verdict
    reason: str
    examiner: str
    reviewed_on: str  # as the examiner wrote it (ISO date when it was a date)
    recorded_at: str = ""  # when the database first recorded it
    carried_from: int | None = None  # review id this one repeats from an earlier run

    @property
    def overrides(self) -> bool:
        return self.final is not self.computed

    def same_decision(self, other: "Review") -> bool:
        return (self.indicator, self.final, self.reason, self.examiner, self.reviewed_on) == (
            other.indicator, other.final, other.reason, other.examiner, other.reviewed_on)


@dataclass(frozen=True)
class Carry:
    """What an earlier review means for a new result: carried over, or to be reviewed again."""

    indicator: str
    review: Review
    review_id: int
    earlier_display: str
    earlier_made_at: str
    carried: bool  # False: the value changed, the earlier review is shown but not applied

    @property
    def note(self) -> str:
        r = self.review
        who = f"{r.examiner}（{r.reviewed_on}）" if r.examiner else r.reviewed_on
        if self.carried:
            return f"沿用{who}的审查：数值未变（{self.earlier_display}），结论「{r.final.label}」"
        return (f"需重新审查：{who}曾审查为「{r.final.label}」，但数值已由 {self.earlier_display} 变化，"
                f"上次审查不再沿用")


@dataclass(frozen=True)
class RunRow:
    id: int
    uid: str
    made_at: str
    source: str
    sha256: str
    government: str
    plan: str
    year: int | None
    scorecard: str
    counts: dict[str, int]
    reviews: int


@dataclass(frozen=True)
class IndicatorRow:
    run_id: int
    made_at: str
    government: str
    year: int | None
    source: str
    display: str
    verdict: Verdict
    final: Verdict | None
    reason: str


def new_uid() -> str:
    return uuid.uuid4().hex[:16]


def _now() -> str:
    return dt.datetime.now().replace(microsecond=0).isoformat(sep=" ")


def value_key(result: Result) -> str:
    """The figure a review was made on, as stored: a later equal key means an unchanged value."""
    return json.dumps({"value": result.value, "display": result.display}, ensure_ascii=False, sort_keys=True)


class History:
    """An open history database. Use as a context manager, or call close()."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=30)
            self.conn.execute("PRAGMA foreign_keys = ON")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise InputError(f"历史数据库 {self.path} 无法使用（{exc}；请用 --db 指定其他文件，或移走损坏的文件）") from None
        except OSError as exc:
            raise InputError(f"无法创建历史数据库 {self.path}（{exc.strerror}；请用 --db 指定可写的位置）") from None

    def __enter__(self) -> "History":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    def _migrate(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise InputError(f"历史数据库 {self.path} 由更新版本的本软件创建（结构版本 {version}），请升级本软件后再使用")
        for number in range(version, SCHEMA_VERSION):
            try:
                self.conn.executescript(
                    "BEGIN IMMEDIATE;" + MIGRATIONS[number] + f"PRAGMA user_version = {number + 1}; COMMIT;")
            except sqlite3.OperationalError:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                # another process may have migrated meanwhile
                if self.conn.execute("PRAGMA user_version").fetchone()[0] <= number:
                    raise

    class _Tx:
        def __init__(self, conn: sqlite3.Connection):
            self.conn = conn

        def __enter__(self) -> sqlite3.Connection:
            if not self.conn.in_transaction:
                self.conn.execute("BEGIN IMMEDIATE")
            return self.conn

        def __exit__(self, exc_type, exc, tb) -> None:
            if not self.conn.in_transaction:
                return
            if exc_type is None:
                self.conn.execute("COMMIT")
            else:
                self.conn.execute("ROLLBACK")

    def _transaction(self) -> "History._Tx":
        return History._Tx(self.conn)

    # --- writing ---------------------------------------------------------------------------

    @contextlib.contextmanager
    def recording(self, run: Run, uid: str, scorecard: str = "", carried: Sequence[Carry] = ()) -> Iterator[int]:
        """Record a run, its results and the reviews carried over to it, all or nothing.

        The body of the `with` block (writing the scorecard) runs inside the transaction: if it
        fails, the run is not recorded either.
        """
        with self._transaction() as c:
            cur = c.execute(
                "INSERT INTO runs (uid, made_at, source, sha256, government, plan, plan_name, year, scorecard)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (uid, run.made_at.isoformat(sep=" "), run.source, run.sha256, run.government, run.plan,
                 run.plan_name, run.year, scorecard))
            run_id = int(cur.lastrowid)
            c.executemany(
                "INSERT INTO results (run_id, indicator, name, verdict, value, display, gap, summary)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (self._result_row(run_id, r) for r in run.results))
            for carry in carried:
                if carry.carried:
                    self._insert_review(c, run_id, replace(carry.review, recorded_at=""), carried_from=carry.review_id)
            yield run_id

    def record_run(self, run: Run, uid: str, scorecard: str = "", carried: Sequence[Carry] = ()) -> int:
        with self.recording(run, uid, scorecard, carried) as run_id:
            return run_id

    @staticmethod
    def _result_row(run_id: int, r: Result) -> tuple:
        return (run_id, r.indicator.id, r.indicator.name, r.verdict.value, value_key(r), r.display,
                r.gap, r.summary)

    def _insert_review(self, c: sqlite3.Connection, run_id: int, r: Review, carried_from: int | None = None) -> int:
        cur = c.execute(
            "INSERT INTO reviews (run_id, indicator, recorded_at, computed, final, reason, examiner, reviewed_on,"
            " carried_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (run_id, r.indicator, r.recorded_at or _now(), r.computed.value, r.final.value, r.reason, r.examiner,
             r.reviewed_on, carried_from))
        return int(cur.lastrowid)

    def record_reviews(self, uid: str, reviews: Iterable[Review]) -> tuple[Review, ...]:
        """Record the reviews of a run that differ from its latest recorded ones.

        Returns every review of the run as recorded (times from the database), so writing the
        same review twice adds nothing and yields the same audit log.
        """
        run_id = self.run_id(uid)
        with self._transaction() as c:
            for r in reviews:
                latest = self._latest_review(run_id, r.indicator)
                if latest is not None and latest.same_decision(r):
                    continue
                self._insert_review(c, run_id, r)
        return self.reviews_of(uid)

    # --- reading ---------------------------------------------------------------------------

    def run_id(self, uid: str) -> int:
        row = self.conn.execute("SELECT id FROM runs WHERE uid = ?", (uid,)).fetchone()
        if row is None:
            raise InputError(f"历史数据库 {self.path} 中没有编号为 {uid} 的核查记录（计分表应由同一数据库的 check 生成；用 --db 指定它）")
        return int(row[0])

    def has_run(self, uid: str) -> bool:
        return self.conn.execute("SELECT 1 FROM runs WHERE uid = ?", (uid,)).fetchone() is not None

    @staticmethod
    def _review(row: sqlite3.Row | tuple) -> Review:
        indicator, recorded_at, computed, final, reason, examiner, reviewed_on, carried_from = row
        return Review(indicator, Verdict(computed), Verdict(final), reason, examiner, reviewed_on, recorded_at,
                      carried_from)

    _REVIEW_COLS = "indicator, recorded_at, computed, final, reason, examiner, reviewed_on, carried_from"

    def _latest_review(self, run_id: int, indicator: str) -> Review | None:
        row = self.conn.execute(
            f"SELECT {self._REVIEW_COLS} FROM reviews WHERE run_id = ? AND indicator = ? ORDER BY id DESC LIMIT 1",
            (run_id, indicator)).fetchone()
        return self._review(row) if row else None

    def reviews_of(self, uid: str) -> tuple[Review, ...]:
        """Every review recorded for a run, oldest first (the audit log)."""
        rows = self.conn.execute(
            f"SELECT {self._REVIEW_COLS} FROM reviews WHERE run_id = ? ORDER BY id", (self.run_id(uid),)).fetchall()
        return tuple(self._review(r) for r in rows)

    def carry_over(self, run: Run) -> dict[str, Carry]:
        """For each indicator of `run`: the latest review of the same government, year and indicator."""
        out: dict[str, Carry] = {}
        current = {r.indicator.id: value_key(r) for r in run.results}
        rows = self.conn.execute(
            f"""SELECT rv.id, res.value, res.display, ru.made_at, {', '.join('rv.' + c.strip() for c in self._REVIEW_COLS.split(','))}
                FROM reviews rv JOIN runs ru ON ru.id = rv.run_id
                JOIN results res ON res.run_id = rv.run_id AND res.indicator = rv.indicator
                WHERE ru.government = ? AND ru.year IS ? ORDER BY rv.id""",
            (run.government, run.year)).fetchall()
        for rid, key, display, made_at, *review in rows:
            rv = self._review(review)
            if rv.indicator in current:  # later rows replace earlier ones: the latest review wins
                out[rv.indicator] = Carry(rv.indicator, rv, int(rid), display, made_at, key == current[rv.indicator])
        return out

    def runs(self, government: str | None = None) -> list[RunRow]:
        sql = ("SELECT r.id, r.uid, r.made_at, r.source, r.sha256, r.government, r.plan, r.year, r.scorecard,"
               " (SELECT COUNT(*) FROM reviews v WHERE v.run_id = r.id) FROM runs r")
        args: tuple = ()
        if government:
            sql += " WHERE r.government = ?"
            args = (government,)
        out = []
        for row in self.conn.execute(sql + " ORDER BY r.id", args).fetchall():
            counts = dict(self.conn.execute(
                "SELECT verdict, COUNT(*) FROM results WHERE run_id = ? GROUP BY verdict", (row[0],)).fetchall())
            out.append(RunRow(*row[:9], counts=counts, reviews=row[9]))
        return out

    def indicator_history(self, indicator: str) -> list[IndicatorRow]:
        rows = self.conn.execute(
            """SELECT ru.id, ru.made_at, ru.government, ru.year, ru.source, res.display, res.verdict,
                      (SELECT final FROM reviews v WHERE v.run_id = ru.id AND v.indicator = res.indicator ORDER BY v.id DESC LIMIT 1),
                      (SELECT reason FROM reviews v WHERE v.run_id = ru.id AND v.indicator = res.indicator ORDER BY v.id DESC LIMIT 1)
               FROM results res JOIN runs ru ON ru.id = res.run_id WHERE res.indicator = ? ORDER BY ru.id""",
            (indicator,)).fetchall()
        return [IndicatorRow(r[0], r[1], r[2], r[3], r[4], r[5], Verdict(r[6]), Verdict(r[7]) if r[7] else None,
                             r[8] or "") for r in rows]



def previous_figures(db: str | Path, government: str, year: int) -> dict[str, tuple[float, str, str]]:
    """The same government's figures of `year` from its latest recorded run: {indicator: (value, display, source)}.

    Read-only and forgiving: no database, no government name or no such run gives {} (a rising
    target is then `review`, never a pass or a fail). Only numeric values with a verdict that
    rests on them are returned; the final (reviewed) verdict is not needed for a comparison.
    """
    path = Path(db)
    if not government or government.startswith("（") or not path.is_file():
        return {}
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error:
        return {}
    try:
        row = conn.execute("SELECT id, source FROM runs WHERE government = ? AND year = ? ORDER BY id DESC LIMIT 1",
                           (government, year)).fetchone()
        if row is None:
            return {}
        out = {}
        for ind, value, display, verdict in conn.execute(
                "SELECT indicator, value, display, verdict FROM results WHERE run_id = ?", (row[0],)).fetchall():
            try:
                v = json.loads(value).get("value")
            except (ValueError, AttributeError):
                continue
            if isinstance(v, (int, float)) and not isinstance(v, bool) and verdict in ("pass", "fail", "info", "review"):
                out[ind] = (float(v), display, row[1])
        return out
    except sqlite3.Error:
        return {}
    finally:
        conn.close()
