"""The history database: every check and every review, kept in an embedded SQLite file.

Append-only twice over: triggers refuse UPDATE and DELETE on the recorded tables, and every run
(with its results) and every review is a link of a hash chain (table `chain`): each link holds the
SHA-256 of its row's content and of the link before it. `verify` recomputes the chain and names
the first row changed, removed or slipped in; the commands verify the rows they use. Each check
or review is written in one transaction (a batch: each chunk of runs), so an interrupted run
leaves either the whole run or nothing. A file that is not the tool's own database is refused
before anything is written to it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import json
import re
import sqlite3
import uuid
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence, TypeVar

from .errors import InputError, db_reason, os_reason
from .model import Result, Run, Verdict

DB_NAME = "checker.db"
APPLICATION_ID = 0x465A4843  # "FZHC": marks a database as this tool's own
BUSY_SECONDS = 3  # how long to wait for another process's write before saying the file is locked
OWN_TABLES = frozenset({"runs", "results", "reviews", "chain"})
UNNAMED = frozenset({"", "（未填写）", "（未识别的政府）"})
F = TypeVar("F", bound=Callable[..., Any])


def _add_chain(conn: sqlite3.Connection) -> None:
    """Schema version 2: the hash chain, the target text of each result; links for existing rows."""
    for statement in (
        "ALTER TABLE results ADD COLUMN target TEXT NOT NULL DEFAULT ''",
        """CREATE TABLE chain (
            seq INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('run', 'review')),
            ref INTEGER NOT NULL,
            run INTEGER NOT NULL,
            label TEXT NOT NULL,
            hash TEXT NOT NULL,
            UNIQUE (kind, ref))""",
        "CREATE INDEX chain_by_run ON chain(run, kind)",
        "CREATE TRIGGER chain_no_update BEFORE UPDATE ON chain BEGIN SELECT RAISE(ABORT, 'chain is append-only'); END",
        "CREATE TRIGGER chain_no_delete BEFORE DELETE ON chain BEGIN SELECT RAISE(ABORT, 'chain is append-only'); END",
        f"PRAGMA application_id = {APPLICATION_ID}",
    ):
        conn.execute(statement)  # one by one: executescript would commit the migration's transaction
    rows = conn.execute(
        "SELECT made_at, 0, id, 'run' FROM runs UNION ALL SELECT recorded_at, 1, id, 'review' FROM reviews"
        " ORDER BY 1, 2, 3").fetchall()
    for _, _, ref, kind in rows:
        _append_link(conn, kind, ref)


# Each entry upgrades the schema by one version; user_version records how many have run.
MIGRATIONS: tuple[str | Callable[[sqlite3.Connection], None], ...] = (
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
    _add_chain,
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


@dataclass(frozen=True)
class RecordedResult:
    """One result of a run as the database holds it: what a scorecard's computed columns must show."""

    indicator: str
    name: str
    verdict: Verdict
    display: str
    target: str  # "" for runs recorded before targets were kept
    government: str


def new_uid() -> str:
    return uuid.uuid4().hex[:16]


def now_text() -> str:
    """The time as the database records it."""
    return dt.datetime.now().replace(microsecond=0).isoformat(sep=" ")


_now = now_text


def value_key(result: Result) -> str:
    """The figure a review was made on, as stored: a later equal key means an unchanged value."""
    return json.dumps({"value": result.value, "display": result.display}, ensure_ascii=False, sort_keys=True)


_RUN_COLS = ("id", "uid", "made_at", "source", "sha256", "government", "plan", "plan_name", "year", "scorecard")
_RESULT_COLS = ("indicator", "name", "verdict", "value", "display", "gap", "summary", "target")
_REVIEW_ROW_COLS = ("id", "run_id", "indicator", "recorded_at", "computed", "final", "reason", "examiner",
                    "reviewed_on", "carried_from")


def _content(conn: sqlite3.Connection, kind: str, ref: int) -> dict[str, Any] | None:
    """What a link of the chain vouches for: the row (a run with all its results), or None if gone."""
    if kind == "run":
        row = conn.execute(f"SELECT {', '.join(_RUN_COLS)} FROM runs WHERE id = ?", (ref,)).fetchone()
        if row is None:
            return None
        results = conn.execute(f"SELECT {', '.join(_RESULT_COLS)} FROM results WHERE run_id = ? ORDER BY indicator",
                               (ref,)).fetchall()
        return {"run": dict(zip(_RUN_COLS, row)), "results": [dict(zip(_RESULT_COLS, r)) for r in results]}
    row = conn.execute(f"SELECT {', '.join(_REVIEW_ROW_COLS)} FROM reviews WHERE id = ?", (ref,)).fetchone()
    return None if row is None else {"review": dict(zip(_REVIEW_ROW_COLS, row))}


def _label(content: Mapping[str, Any]) -> str:
    """How a link is named to the examiner, on one line."""
    if "run" in content:
        r = content["run"]
        year = f"{r['year']}年" if r["year"] else "年度未知"
        text = f"第{r['id']}次核查（编号 {r['uid']}，{r['government']}，{year}）"
    else:
        v = content["review"]
        text = f"第{v['id']}条审查记录（第{v['run_id']}次核查，{v['indicator']}，审查人 {v['examiner'] or '—'}）"
    return re.sub(r"[\x00-\x1f\x7f\u2028\u2029]+", " ", text)


def link_hash(prev: str, kind: str, label: str, content: Mapping[str, Any]) -> str:
    payload = json.dumps([prev, kind, label, content], ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _append_link(conn: sqlite3.Connection, kind: str, ref: int) -> str:
    """Add the link for a row just written (inside the writing transaction); returns its hash."""
    content = _content(conn, kind, ref)
    assert content is not None
    last = conn.execute("SELECT hash FROM chain ORDER BY seq DESC LIMIT 1").fetchone()
    label = _label(content)
    digest = link_hash(last[0] if last else "", kind, label, content)
    run = ref if kind == "run" else content["review"]["run_id"]
    conn.execute("INSERT INTO chain (kind, ref, run, label, hash) VALUES (?, ?, ?, ?, ?)", (kind, ref, run, label, digest))
    return digest


def _link_problem(conn: sqlite3.Connection, kind: str, ref: int, label: str, digest: str, prev: str) -> str:
    content = _content(conn, kind, ref)
    if content is None:
        return f"{label}已被删除"
    if link_hash(prev, kind, label, content) != digest:
        return f"{label}已被修改（内容与校验值不符）"
    return ""


def rows_problem(conn: sqlite3.Connection, run_ids: Iterable[int] = (), review_ids: Iterable[int] = ()) -> str:
    """The first problem in the links of these runs (with all their reviews) and reviews, or ""."""
    run_ids = list(dict.fromkeys(int(i) for i in run_ids))
    wanted = [("run", i) for i in run_ids] + [("review", int(i)) for i in dict.fromkeys(review_ids)]
    for run_id in run_ids:
        wanted += [("review", r[0]) for r in conn.execute(
            "SELECT ref FROM chain WHERE kind = 'review' AND run = ? ORDER BY seq", (run_id,))]
    for kind, ref in dict.fromkeys(wanted):
        row = conn.execute("SELECT seq, label, hash FROM chain WHERE kind = ? AND ref = ?", (kind, ref)).fetchone()
        if row is None:
            return f"第{ref}条{'核查' if kind == 'run' else '审查记录'}不在校验链中（不是本软件写入的记录）"
        seq, label, digest = row
        before = conn.execute("SELECT hash FROM chain WHERE seq = ?", (seq - 1,)).fetchone()
        if seq > 1 and before is None:
            return f"第{seq - 1}个链节点已被删除（其后的记录：{label}）"
        problem = _link_problem(conn, kind, ref, label, digest, before[0] if before else "")
        if problem:
            return problem
    return ""


def broken_chain(path: Path, problem: str) -> InputError:
    return InputError(f"历史数据库 {path} 校验未通过：{problem}。记录可能在本软件之外被改动，"
                      "请运行 `checker history --verify` 查看，并从备份恢复")


class ChainMoved(Exception):
    """Another run or review was recorded between rehearsing a run and recording it."""


class _Rehearsed(Exception):
    pass


@dataclass(frozen=True)
class ChainCheck:
    """The outcome of verifying the chain (or the links of some rows)."""

    links: int
    runs: int
    reviews: int
    head: str  # hash of the last link verified
    problem: str = ""  # the first row changed, removed or slipped in, in words

    @property
    def intact(self) -> bool:
        return not self.problem


def _db_guard(method: F) -> F:
    """Turn SQLite trouble inside a History method into one line naming the file and the cause."""

    @functools.wraps(method)
    def wrapper(self: "History", *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.Error as exc:
            raise db_error(self.path, exc) from None

    return wrapper  # type: ignore[return-value]


def db_error(path: Path, exc: BaseException) -> InputError:
    """The real cause of a database failure, in one Chinese line."""
    text = str(exc).lower()
    where = f"历史数据库 {path}"
    if "locked" in text or "busy" in text:
        return InputError(f"{where} 正被另一个程序写入（等待{BUSY_SECONDS}秒后仍被锁定；文件并未损坏，请稍后重试）")
    if "readonly" in text or "read-only" in text:
        return InputError(f"{where} 是只读的，无法写入（请给文件和所在文件夹写权限，或用 --db 指定可写的位置）")
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return InputError(f"{where} 已损坏，不是可读的数据库文件（请保留此文件以备查验，用 --db 指定其他文件）")
    if "unable to open" in text:
        return InputError(f"无法打开{where}（请检查文件和所在文件夹是否存在、可读写，或用 --db 指定其他位置）")
    if "disk" in text or "full" in text or "i/o" in text:
        return InputError(f"{where} 无法写入（{db_reason(exc)}；请检查磁盘空间）")
    return InputError(f"{where} 无法使用（{db_reason(exc)}；请用 --db 指定其他文件）")


class History:
    """An open history database. Use as a context manager, or call close()."""

    def __init__(self, path: str | Path, *, verify: bool = False):
        """Open (or create) the database; `verify` checks the whole chain first (reading commands)."""
        self.path = Path(path)
        self.conn: sqlite3.Connection | None = None
        try:
            if self.path.is_dir():
                raise InputError(f"历史数据库 {self.path} 是一个文件夹（请用 --db 指定数据库文件）")
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=BUSY_SECONDS)
            self._require_own()
            self.conn.execute("PRAGMA foreign_keys = ON")
            self._migrate()
            if verify:
                self.require_intact()
        except sqlite3.Error as exc:
            self.close()
            raise db_error(self.path, exc) from None
        except OSError as exc:
            self.close()
            raise InputError(f"无法创建历史数据库 {self.path}（{os_reason(exc)}；请用 --db 指定可写的位置）") from None
        except BaseException:
            self.close()
            raise

    def __enter__(self) -> "History":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def _require_own(self) -> None:
        """Refuse, before any write, a SQLite file some other application made."""
        c = self.conn
        app = c.execute("PRAGMA application_id").fetchone()[0]
        version = c.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                  if not r[0].startswith("sqlite_")}
        if app == APPLICATION_ID:
            return  # ours, perhaps from a newer version (_migrate says so)
        if app == 0 and version == 0 and not tables:
            return  # a new, empty file
        if app == 0 and version >= 1 and {"runs", "results", "reviews"} <= tables <= OWN_TABLES:
            return  # written by an earlier version of this tool
        link = f"（它是指向 {self.path.resolve()} 的链接）" if self.path.is_symlink() else ""
        raise InputError(f"{self.path}{link} 不是本软件的历史数据库（含有其他程序的数据表），为免改动它已停止："
                         "请用 --db 指定本软件的 checker.db 或一个新的文件名")

    def _migrate(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise InputError(f"历史数据库 {self.path} 由更新版本的本软件创建（结构版本 {version}），请升级本软件后再使用")
        for number in range(version, SCHEMA_VERSION):
            step = MIGRATIONS[number]
            try:
                if callable(step):
                    self.conn.execute("BEGIN IMMEDIATE")
                    if self.conn.execute("PRAGMA user_version").fetchone()[0] > number:
                        self.conn.execute("ROLLBACK")  # another process migrated meanwhile
                        continue
                    step(self.conn)
                    self.conn.execute(f"PRAGMA user_version = {number + 1}")
                    self.conn.execute("COMMIT")
                else:
                    self.conn.executescript(
                        "BEGIN IMMEDIATE;" + step + f"PRAGMA user_version = {number + 1}; COMMIT;")
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

    def _insert_run(self, c: sqlite3.Connection, run: Run, uid: str, scorecard: str, carried: Sequence[Carry],
                    targets: Mapping[str, str], stamp: str) -> int:
        cur = c.execute(
            "INSERT INTO runs (uid, made_at, source, sha256, government, plan, plan_name, year, scorecard)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (uid, run.made_at.isoformat(sep=" "), run.source, run.sha256, run.government, run.plan,
             run.plan_name, run.year, scorecard))
        run_id = int(cur.lastrowid)
        c.executemany(
            "INSERT INTO results (run_id, indicator, name, verdict, value, display, gap, summary, target)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (self._result_row(run_id, r) + (targets.get(r.indicator.id, ""),) for r in run.results))
        _append_link(c, "run", run_id)
        for carry in carried:
            if carry.carried:
                self._insert_review(c, run_id, replace(carry.review, recorded_at=stamp), carried_from=carry.review_id)
        return run_id

    def rehearse(self, run: Run, uid: str, scorecard: str = "", carried: Sequence[Carry] = (),
                 targets: Mapping[str, str] | None = None, stamp: str = "") -> tuple[str, tuple[Review, ...]]:
        """The hash and reviews the run would get if recorded now; nothing is kept.

        Lets the scorecard be written with its run's hash without holding the database's write
        lock meanwhile (other processes of a batch record into the same file). `recording(...,
        expect=hash)` then records it only if nothing was appended in between.
        """
        outcome: tuple[str, tuple[Review, ...]] = ("", ())
        try:
            with self._transaction() as c:
                self._insert_run(c, run, uid, scorecard, carried, targets or {}, stamp or _now())
                outcome = (self.run_hash(uid), self.reviews_of(uid))
                raise _Rehearsed
        except _Rehearsed:
            return outcome
        except sqlite3.Error as exc:
            raise db_error(self.path, exc) from None

    @contextlib.contextmanager
    def recording(self, run: Run, uid: str, scorecard: str = "", carried: Sequence[Carry] = (),
                  targets: Mapping[str, str] | None = None, stamp: str = "",
                  expect: str | None = None) -> Iterator[int]:
        """Record a run, its results, the reviews carried over to it and their links, all or nothing.

        The body of the `with` block runs inside the transaction: if it fails, the run is not
        recorded either. `targets` holds each result's target as the scorecard prints it, so a
        review can compare the printed 目标 with the record. With `expect`, raises ChainMoved
        (recording nothing) unless the run's hash comes out as expected (see rehearse).
        """
        try:
            with self._transaction() as c:
                run_id = self._insert_run(c, run, uid, scorecard, carried, targets or {}, stamp or _now())
                if expect is not None and self.run_hash(uid) != expect:
                    raise ChainMoved
                yield run_id
        except sqlite3.Error as exc:
            raise db_error(self.path, exc) from None

    def rehearse_many(self, entries: Sequence[tuple]) -> list[tuple[str, tuple[Review, ...]]]:
        """`rehearse` for several runs in turn, each chained on the one before; nothing is kept.

        Each entry holds the arguments of `rehearse` (run, uid, scorecard, carried, targets, stamp).
        """
        outcome: list[tuple[str, tuple[Review, ...]]] = []
        try:
            with self._transaction() as c:
                for run, uid, scorecard, carried, targets, stamp in entries:
                    self._insert_run(c, run, uid, scorecard, carried, targets or {}, stamp)
                    # a run just inserted has no reviews but those carried over to it
                    reviews = self.reviews_of(uid) if any(k.carried for k in carried) else ()
                    outcome.append((self.run_hash(uid), reviews))
                raise _Rehearsed
        except _Rehearsed:
            return outcome
        except sqlite3.Error as exc:
            raise db_error(self.path, exc) from None

    def record_many(self, entries: Sequence[tuple], expect: Sequence[str]) -> list[int]:
        """Record several rehearsed runs in one transaction, all or none.

        Raises ChainMoved (recording nothing) unless every run's hash comes out as rehearsed.
        """
        ids = []
        try:
            with self._transaction() as c:
                for (run, uid, scorecard, carried, targets, stamp), expected in zip(entries, expect, strict=True):
                    ids.append(self._insert_run(c, run, uid, scorecard, carried, targets or {}, stamp))
                    if self.run_hash(uid) != expected:
                        raise ChainMoved
        except sqlite3.Error as exc:
            raise db_error(self.path, exc) from None
        return ids

    def record_run(self, run: Run, uid: str, scorecard: str = "", carried: Sequence[Carry] = (),
                   targets: Mapping[str, str] | None = None) -> int:
        with self.recording(run, uid, scorecard, carried, targets) as run_id:
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
        review_id = int(cur.lastrowid)
        _append_link(c, "review", review_id)
        return review_id

    @_db_guard
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

    # --- the chain -------------------------------------------------------------------------

    @_db_guard
    def verify(self) -> ChainCheck:
        """Recompute every link; name the first row changed, removed or added outside the tool."""
        links = self.conn.execute("SELECT seq, kind, ref, label, hash FROM chain ORDER BY seq").fetchall()
        prev, runs, reviews = "", 0, 0
        for expected, (seq, kind, ref, label, digest) in enumerate(links, start=1):
            if seq != expected:
                return ChainCheck(expected - 1, runs, reviews, prev,
                                  f"第{expected}个链节点已被删除（其后的记录：{label}）")
            problem = self._link_problem(kind, ref, label, digest, prev)
            if problem:
                return ChainCheck(expected - 1, runs, reviews, prev, problem)
            prev = digest
            runs += kind == "run"
            reviews += kind == "review"
        for table, kind, name in (("runs", "run", "核查"), ("reviews", "review", "审查记录")):
            stray = self.conn.execute(
                f"SELECT id FROM {table} WHERE id NOT IN (SELECT ref FROM chain WHERE kind = ?) ORDER BY id LIMIT 1",
                (kind,)).fetchone()
            if stray:
                return ChainCheck(len(links), runs, reviews, prev,
                                  f"第{stray[0]}条{name}不在校验链中（不是本软件写入的记录）")
        return ChainCheck(len(links), runs, reviews, prev)

    def _link_problem(self, kind: str, ref: int, label: str, digest: str, prev: str) -> str:
        return _link_problem(self.conn, kind, ref, label, digest, prev)

    @_db_guard
    def verify_rows(self, run_ids: Iterable[int] = (), review_ids: Iterable[int] = ()) -> str:
        """Check the links of the rows a command is about to use; the first problem, or "".

        For each run: its own link and the links of all its reviews (so a removed review is found).
        """
        return rows_problem(self.conn, run_ids, review_ids)

    def require_intact(self, run_ids: Iterable[int] | None = None, review_ids: Iterable[int] = ()) -> None:
        """Refuse a broken chain with one line: the whole chain, or only the links of the rows given."""
        problem = self.verify().problem if run_ids is None else self.verify_rows(run_ids, review_ids)
        if problem:
            raise broken_chain(self.path, problem)

    @_db_guard
    def run_hash(self, uid: str) -> str:
        row = self.conn.execute("SELECT c.hash FROM chain c JOIN runs r ON c.kind = 'run' AND c.ref = r.id"
                                " WHERE r.uid = ?", (uid,)).fetchone()
        return row[0] if row else ""

    # --- reading ---------------------------------------------------------------------------

    @_db_guard
    def run_id(self, uid: str) -> int:
        row = self.conn.execute("SELECT id FROM runs WHERE uid = ?", (uid,)).fetchone()
        if row is None:
            raise InputError(f"历史数据库 {self.path} 中没有编号为 {uid} 的核查记录（计分表应由同一数据库的 check 生成；用 --db 指定它）")
        return int(row[0])

    @_db_guard
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

    @_db_guard
    def reviews_of(self, uid: str) -> tuple[Review, ...]:
        """Every review recorded for a run, oldest first (the audit log); their links verified."""
        run_id = self.run_id(uid)
        rows = self.conn.execute(
            f"SELECT id, {self._REVIEW_COLS} FROM reviews WHERE run_id = ? ORDER BY id", (run_id,)).fetchall()
        self.require_intact([run_id], [r[0] for r in rows])
        return tuple(self._review(r[1:]) for r in rows)

    @_db_guard
    def recorded_results(self, uid: str) -> dict[str, RecordedResult]:
        """The results of a run as recorded (its link verified), by indicator id."""
        run_id = self.run_id(uid)
        self.require_intact([run_id])
        rows = self.conn.execute("SELECT indicator, name, verdict, display, target FROM results WHERE run_id = ?",
                                 (run_id,)).fetchall()
        government = self.conn.execute("SELECT government FROM runs WHERE id = ?", (run_id,)).fetchone()[0]
        return {r[0]: RecordedResult(r[0], r[1], Verdict(r[2]), r[3], r[4], government) for r in rows}

    @_db_guard
    def carry_over(self, run: Run) -> dict[str, Carry]:
        """For each indicator of `run`: the latest review of the same named government, year and indicator.

        A run without a government name or a year carries nothing: two unnamed files are not one
        government. The rows used are verified against the chain first.
        """
        out: dict[str, Carry] = {}
        if run.government.strip() in UNNAMED or run.year is None:
            return out
        current = {r.indicator.id: value_key(r) for r in run.results}
        rows = self.conn.execute(
            f"""SELECT rv.id, ru.id, res.value, res.display, ru.made_at, {', '.join('rv.' + c.strip() for c in self._REVIEW_COLS.split(','))}
                FROM reviews rv JOIN runs ru ON ru.id = rv.run_id
                JOIN results res ON res.run_id = rv.run_id AND res.indicator = rv.indicator
                WHERE ru.government = ? AND ru.year = ? ORDER BY rv.id""",
            (run.government, run.year)).fetchall()
        latest: dict[str, tuple] = {}
        for row in rows:
            if row[5] in current:  # later rows replace earlier ones: the latest review wins
                latest[row[5]] = row
        self.require_intact([r[1] for r in latest.values()], [r[0] for r in latest.values()])
        for indicator, (rid, _, key, display, made_at, *review) in latest.items():
            rv = self._review(review)
            out[indicator] = Carry(indicator, rv, int(rid), display, made_at, key == current[indicator])
        return out

    @_db_guard
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

    @_db_guard
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
    rests on them are returned; the final (reviewed) verdict is not needed for a comparison. The
    run used is verified against the hash chain: a changed or removed link is refused (InputError).
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
        if row is None or conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'chain'").fetchone() is None:
            return {}  # no such run, or a history not yet chained: nothing it says can be vouched for
        problem = rows_problem(conn, [row[0]])
        if problem:
            raise broken_chain(path, problem)  # a figure from a forged row must not judge this year
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
