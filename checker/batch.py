"""Many files at once: find who and which year each file speaks of, group them, check each group.

One government in one year may send a narrative report and several departments' workbooks;
they are checked together: the workbooks' rows are pooled (a person or unit listed in two files
is counted once and reported), and every figure the report states is set beside what the
workbooks compute (reconciliation). A contradiction is `review`, never silently resolved.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

from .errors import InputError, failure_text
from .model import Catalogue, DataIssue, Run

OWN_OUTPUTS = re.compile(r"(_scorecard|_reviewed|^comparison)(_[a-z_0-9]+)?\.(xlsx|png)$|\.db$")
OUTPUT_REASON = "文件名像本软件写出的计分表、比较工作簿或历史数据库，未作为输入检查（如确是报表，请改名后再检查）"


@dataclass(frozen=True)
class SourceFile:
    path: Path
    kind: str  # workbook | report
    government: str
    year: int | None
    identified_by: str  # 基本信息 / 标题 / 报告标题 / 参数 / 清单 / ""


@dataclass(frozen=True)
class Group:
    government: str
    year: int | None
    files: tuple[SourceFile, ...]

    @property
    def label(self) -> str:
        return f"{self.government or '（未识别的政府）'} " + (f"{self.year}年度" if self.year else "（年度未识别）")



def output_stems(groups: Sequence[Group], digests: Mapping[Path, str]) -> list[str]:
    """One file-name stem per group: government, year and a short digest of the group's inputs.

    Names are compared case-folded (as on Windows and macOS disks) and a repeat gets a longer
    digest, then a counter, so two groups can never write to the same file.
    """
    import hashlib

    from .output_files import safe_name

    used: set[str] = set()
    out = []
    for g in groups:
        digest = hashlib.sha256("\n".join(sorted(f"{digests.get(f.path, '')} {f.path.resolve()}"
                                                  for f in g.files)).encode()).hexdigest()
        base = f"{safe_name(g.government or '未识别政府')}_{g.year or '未知年度'}"
        stem = f"{base}_{digest[:8]}"
        k = 1
        while stem.casefold() in used:
            stem = f"{base}_{digest[:16]}" + (f"_{k}" if k > 1 else "")
            k += 1
        used.add(stem.casefold())
        out.append(stem)
    return out


def is_supported(path: Path) -> bool:
    from .read.documents import is_report_file
    from .read.spreadsheet import SPREADSHEET_SUFFIXES

    return path.suffix.lower() in SPREADSHEET_SUFFIXES or is_report_file(path)


def expand(paths: Sequence[Path]) -> tuple[list[Path], list[tuple[Path, str]]]:
    """Files to check: the files given, and every supported file under the folders given."""
    files: list[Path] = []
    skipped: list[tuple[Path, str]] = []
    for p in paths:
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if not f.is_file() or any(part.startswith(".") for part in f.relative_to(p).parts):
                    continue
                if OWN_OUTPUTS.search(f.name):
                    skipped.append((f, OUTPUT_REASON))
                    continue
                if is_supported(f):
                    files.append(f)
                else:
                    skipped.append((f, "不支持的文件类型"))
        else:
            files.append(p)
    seen: set[Path] = set()
    unique = []
    for f in files:
        key = f.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique, skipped


def load_manifest(path: Path) -> dict[Path, dict[str, Any]]:
    """A manifest: a list of {file, entity, year} (paths relative to the manifest)."""
    from .yamlio import read_user_yaml

    doc = read_user_yaml(path, "清单文件", "--manifest")
    if not isinstance(doc, list) or not all(isinstance(e, dict) and "file" in e for e in doc):
        raise InputError(f"清单文件 {path.name} 应为列表，每项写明 file（文件）及 entity（政府）、year（年度）")
    out = {}
    for e in doc:
        unknown = set(e) - {"file", "entity", "year"}
        if unknown:
            raise InputError(f"清单文件 {path.name} 中有未知的项：{'、'.join(sorted(map(str, unknown)))}（可用：file、entity、year）")
        year = e.get("year")
        if year is not None and (isinstance(year, bool) or not isinstance(year, int)):
            raise InputError(f"清单文件 {path.name} 中 {e['file']} 的 year 应为年份数字")
        out[(path.parent / str(e["file"])).resolve()] = {"entity": e.get("entity"), "year": year}
    return out


def identify(path: Path, catalogue: Catalogue, schema, *, limits, mapping=None) -> tuple[SourceFile, Any]:
    """Who and which year a file speaks of, read from its content; returns the parsed data too."""
    from .read.documents import is_report_file

    if is_report_file(path):
        from .figures.report import extract_report

        ex = extract_report(path, catalogue, None)
        return SourceFile(path, "report", ex.government, ex.year, "报告标题" if ex.year_source else ""), ex
    from .api import read_data
    from .read.spreadsheet import read_workbook

    data = read_data(path, read_workbook(path, limits), schema, mapping=mapping)
    return SourceFile(path, "workbook", data.government, data.year, data.identified_by), data


def group_files(files: Iterable[SourceFile], *, entity: str | None = None, year: int | None = None,
                manifest: Mapping[Path, Mapping[str, Any]] | None = None) -> list[Group]:
    groups: dict[tuple[str, int | None], list[SourceFile]] = {}
    for f in files:
        gov, yr, how = f.government, f.year, f.identified_by
        over = (manifest or {}).get(f.path.resolve(), {})
        if over.get("entity") or over.get("year"):
            gov, yr, how = over.get("entity") or gov, over.get("year") or yr, "清单"
        if entity:
            gov, how = entity, "参数"
        if year:
            yr, how = year, "参数"
        groups.setdefault((_same_government(gov, groups), yr), []).append(
            dataclasses.replace(f, government=gov, year=yr, identified_by=how))
    return [Group(g, y, tuple(fs)) for (g, y), fs in groups.items()]


def _same_government(name: str, groups: Mapping[tuple[str, int | None], Any]) -> str:
    """`上海市宝山区` and `上海市宝山区人民政府` are one government."""
    core = re.sub(r"(人民政府|政府)$", "", name or "")
    for g, _ in groups:
        if re.sub(r"(人民政府|政府)$", "", g) == core:
            return g
    return name


# --- pooling workbooks ----------------------------------------------------------------------


def pool(datas: Sequence[Any], government: str, year: int | None) -> Any:
    """Several workbooks of one government and year as one: rows joined, duplicates counted once."""
    from .api import WorkbookData
    from .figures.workbook_tables import Row, TableData

    if len(datas) == 1:
        d = datas[0]
        return dataclasses.replace(d, government=government or d.government, year=year or d.year)
    tables: dict[str, TableData] = {}
    issues: list[DataIssue] = []
    for d in datas:
        issues.extend(dataclasses.replace(i, file=i.file or d.path.name) for i in d.issues)
        for tid, t in d.tables.items():
            if tid not in tables:
                tables[tid] = t
                continue
            if t.spec.layout == "keyvalue":
                continue  # the first file's 基本信息; the group's government and year are set below
            have = tables[tid]
            unique = [c.key for c in t.spec.columns if c.unique] or ([] if not t.spec.keyed else ["indicator"])
            index: dict[tuple, Row] = {}
            if unique:
                for r in have.rows:
                    key = tuple(r.values.get(k) for k in unique)
                    if all(v is not None for v in key):
                        index.setdefault(key, r)
            added: list[Row] = []
            for r in t.rows:
                key = tuple(r.values.get(k) for k in unique) if unique else ()
                first = index.get(key) if unique and all(v is not None for v in key) else None
                if first is not None:
                    a, b = first.cells[unique[0]], r.cells[unique[0]]
                    issues.append(DataIssue(
                        "duplicate-across-files", f"「{t.spec.column(unique[0]).header}」{key[0]} 同时出现在 "
                        f"{a.file} {a.location} 和 {b.file} {b.location}，只计一次（按先出现的一行）",
                        b.sheet, r.number, t.spec.column(unique[0]).header, b.cell, severity="warning",
                        table=tid, field=unique[0], file=b.file))
                    continue
                if unique and all(v is not None for v in key):
                    index[key] = r
                added.append(r)
            tables[tid] = TableData(have.spec, have.sheet, have.header_row, have.rows + tuple(added), have.columns,
                                    have.mappings + t.mappings)
    plan = next((d.plan for d in datas if d.plan), None)
    names = " + ".join(d.path.name for d in datas)
    return WorkbookData(Path(names), "", tables, tuple(issues), government, year, plan, "")


# --- reconciliation -------------------------------------------------------------------------


# --- one group ------------------------------------------------------------------------------


def check_group(group: Group, parsed: Mapping[Path, Any], catalogue: Catalogue, *, plan: str | None = None,
                schema: Any = None, db: str | Path | None = None, digests: Mapping[Path, str] | None = None) -> Run:
    """One government and year from all its files: workbooks pooled, reports reconciled with them.

    `digests` are the SHA-256 taken when each file was read: a file gone since is not read again.
    """
    from .api import judge_data, judge_reports, sha256_of

    books = [parsed[f.path] for f in group.files if f.kind == "workbook"]
    reports = [dataclasses.replace(parsed[f.path], year=group.year or parsed[f.path].year,
                                   government=group.government or parsed[f.path].government)
               for f in group.files if f.kind == "report"]
    known = digests or {}
    digests = {f.path: parsed[f.path].sha256 if f.kind == "workbook" else known.get(f.path) or sha256_of(f.path)
               for f in group.files}
    inputs = tuple((str(f.path), digests[f.path]) for f in group.files) if len(group.files) > 1 else ()
    if books:
        data = pool(books, group.government, group.year)
        run = judge_data(data, catalogue, schema, plan=plan, pooled=len(books) > 1, db=db, reports=reports,
                         digests=digests, source=" + ".join(str(f.path) for f in group.files) if inputs else None, inputs=inputs)
        return dataclasses.replace(run, government=group.government or run.government)
    run = judge_reports(reports, catalogue, plan=plan, stated_year=group.year, government=group.government or None,
                        db=db, digests=digests)
    if inputs:
        run = dataclasses.replace(run, inputs=inputs, source=" + ".join(str(f.path) for f in group.files))
    return run


# --- the batch ------------------------------------------------------------------------------


@dataclass(frozen=True)
class GroupOutcome:
    group: Group
    scorecard: Path | None
    uid: str | None
    counts: dict[str, int]
    error: str = ""
    run: Run | None = None  # the group's full results (what a single check gives), for JSON


@dataclass(frozen=True)
class BatchOutcome:
    groups: tuple[GroupOutcome, ...]
    failures: tuple[tuple[Path, str], ...]  # files that could not be read at all
    skipped: tuple[tuple[Path, str], ...]
    comparison: Path | None
    comparison_charts: tuple[Path, ...] = ()

    @property
    def files_failed(self) -> int:
        return len(self.failures) + sum(len(g.group.files) for g in self.groups if g.error)

    @property
    def files_total(self) -> int:
        return len(self.failures) + sum(len(g.group.files) for g in self.groups)


def _identify_one(args: tuple) -> tuple[Path, SourceFile | None, Any, str, str]:
    """Read one file once: who and which year, its data, and its SHA-256 (the file may vanish later)."""
    path, catalogue_dir, limits, mapping = args
    from .api import sha256_of
    from .catalogue.loader import load_catalogue

    try:
        catalogue, schema = load_catalogue(catalogue_dir)
        source, data = identify(path, catalogue, schema, limits=limits, mapping=mapping)
        digest = data.sha256 if source.kind == "workbook" else sha256_of(path)
        return path, source, data, "", digest
    except FileNotFoundError:
        return path, None, None, "文件在检查过程中被移走或删除，未能读取（请放回后重新检查）", ""
    except Exception as exc:  # one file's failure, even a bug, must not stop the others
        return path, None, None, failure_text(exc, 160), ""


def _judge_one(args: tuple) -> tuple[Run | None, Path | None, str]:
    """Judge one group (in a worker): its run and the scorecard it will write, or the error."""
    group, parsed, catalogue_dir, plan, out, db, stem, digests, inputs, force = args
    from .catalogue.loader import load_catalogue
    from .history import History
    from .output_files import output_path
    from .review import require_recorded

    try:
        catalogue, schema = load_catalogue(catalogue_dir)
        target = output_path(Path(out), f"{stem}_scorecard.xlsx", list(inputs), force=force)
        if target.exists():
            with History(db) as history:
                require_recorded(target, history)
        run = check_group(group, parsed, catalogue, plan=plan, schema=schema, db=db, digests=digests)
        return run, target, ""
    except Exception as exc:  # one group's failure, even a bug, must not stop the others
        return None, None, failure_text(exc, 160)


def _write_one(args: tuple) -> str:
    """Write one scorecard (in a worker) with its rehearsed hash; "" or the error."""
    run, staged, uid, charts, review, audit, run_hash = args
    from .reporters import excel

    try:
        excel.write_scorecard(run, staged, uid=uid, charts=charts, review=review, audit=audit, run_hash=run_hash)
        return ""
    except Exception as exc:
        return failure_text(exc, 160)


@dataclass
class _Pending:
    """A judged group waiting for its scorecard and its record."""

    index: int
    group: Group
    run: Run
    target: Path
    uid: str


def _record_chunk(pending: list[_Pending], history: Any, executor: Any, *, charts: bool, force: bool,
                  inputs: Sequence[Path], tick: Callable[[str], None]) -> dict[int, GroupOutcome]:
    """Write the scorecards of judged groups on the pool, then record them in order in one transaction.

    The parent alone records: it rehearses the runs in order (each chained on the one before, so
    each scorecard can print its own hash), the workers write the scorecards meanwhile holding no
    lock, and the runs are recorded in one transaction only if the chain still ends where it did
    (otherwise all is rehearsed and written again). A scorecard that fails to write is not
    recorded; the runs before the first such are, the others after it are rehearsed and written
    again without the failed ones. Only recorded runs' scorecards move into place.
    """
    import shutil

    from .api import record
    from .history import ChainMoved, now_text
    from .output_files import move_into_place, staging_dir
    from .reporters.terminal import result_target
    from .review import audit_entries, review_cells

    done: dict[int, GroupOutcome] = {}
    todo = list(pending)
    moved_races = 0
    while todo:
        if moved_races >= 3:  # another process keeps recording: one run at a time, holding the lock
            for p in todo:
                try:
                    outs = record(p.run, p.target, db=history.path, charts=charts, force=force, inputs=tuple(inputs))
                    done[p.index] = _outcome(p, outs.scorecard, outs.uid)
                except Exception as exc:
                    done[p.index] = GroupOutcome(p.group, None, None, {}, failure_text(exc, 160))
                tick(p.group.label)
            break
        stamp = now_text()
        reviews, entries = [], []
        try:
            for p in todo:
                carry = history.carry_over(p.run)
                reviews.append(review_cells(carry))
                entries.append((p.run, p.uid, str(p.target), tuple(carry.values()),
                                {r.indicator.id: result_target(r) for r in p.run.results}, stamp))
            rehearsed = history.rehearse_many(entries)
            stage = staging_dir(todo[0].target.parent)
        except Exception as exc:  # the database locked by another program, a broken link: these groups fail
            for p in todo:
                done[p.index] = GroupOutcome(p.group, None, None, {}, failure_text(exc, 160))
                tick(p.group.label)
            break
        try:
            jobs = [(p.run, stage / p.target.name, p.uid, charts, review,
                     audit_entries(recorded, {r.indicator.id: r.indicator.name for r in p.run.results}), run_hash)
                    for p, review, (run_hash, recorded) in zip(todo, reviews, rehearsed)]
            errors = _map(_write_one, jobs, executor)
            ok = next((k for k, e in enumerate(errors) if e), len(errors))
            try:
                history.record_many(entries[:ok], [h for h, _ in rehearsed[:ok]])
            except ChainMoved:
                moved_races += 1
                continue
            except Exception as exc:
                for p in todo:
                    done[p.index] = GroupOutcome(p.group, None, None, {}, failure_text(exc, 160))
                    tick(p.group.label)
                break
            for p in todo[:ok]:
                try:
                    [scorecard] = move_into_place((stage / p.target.name,), p.target.parent)
                    done[p.index] = _outcome(p, scorecard, p.uid)
                except Exception as exc:
                    done[p.index] = GroupOutcome(p.group, None, None, {}, failure_text(exc, 160))
                tick(p.group.label)
            for p, error in zip(todo, errors):
                if error:  # with another hash it would fail the same way: not written again
                    done[p.index] = GroupOutcome(p.group, None, None, {}, error)
                    tick(p.group.label)
            todo = [p for p, error in zip(todo[ok:], errors[ok:]) if not error]
        finally:
            shutil.rmtree(stage, ignore_errors=True)
    return done


def _outcome(p: _Pending, scorecard: Path, uid: str) -> GroupOutcome:
    return GroupOutcome(p.group, scorecard, uid, {v.value: n for v, n in p.run.counts().items() if n}, run=p.run)


def _waves(groups: Sequence[Group]) -> list[list[int]]:
    """Group indices in waves: a government's year comes in a later wave than its year before,
    so a rising-rate target is judged against a previous year checked in the same batch."""
    years = {(g.government, g.year) for g in groups}
    depth: dict[int, int] = {}
    for k, g in enumerate(groups):
        d = 0
        while g.year is not None and (g.government, g.year - d - 1) in years:
            d += 1
        depth[k] = d
    return [[k for k in range(len(groups)) if depth[k] == w] for w in range(max(depth.values(), default=-1) + 1)]


def _map(fn: Callable, items: list, executor: Any, progress: Callable[[int, int, str], None] | None = None,
         label: Callable[[Any], str] | None = None) -> list:
    """fn over items, in order: on the pool when there is one, else here."""
    results = executor.map(fn, items, chunksize=1) if executor is not None else map(fn, items)
    out = []
    for k, result in enumerate(results, start=1):
        out.append(result)
        if progress and label:
            progress(k, len(items), label(items[k - 1]))
    return out


CHUNK = 64  # groups written and recorded together: bounds what waits in memory and in the staging folder


def run_batch(paths: Sequence[Path], *, out: Path, db: Path | None = None, plan: str | None = None,
              year: int | None = None, entity: str | None = None, manifest: Path | None = None,
              catalogue_dir: Path | None = None, limits=None, mapping=None, jobs: int = 1, charts: bool = True,
              progress: Callable[[int, int, str], None] | None = None, force: bool = False) -> BatchOutcome:
    """Check every file given (folders expanded), one scorecard per government and year, and compare them."""
    from .catalogue.loader import load_catalogue
    from .read.spreadsheet import Limits

    limits = limits or Limits()
    load_catalogue(catalogue_dir)  # a bad catalogue stops here, once
    files, skipped = expand(paths)
    if not files:
        raise InputError("没有可检查的文件（支持 .xlsx .xlsm .xls .ods .csv .docx .txt .md .pdf .html）")
    over = load_manifest(manifest) if manifest else None
    db = db or Path(out) / "checker.db"
    from .history import History, new_uid

    history = None
    executor = None
    if jobs > 1 and len(files) > 1:
        from concurrent.futures import ProcessPoolExecutor

        import openpyxl.chart  # noqa: F401  (every scorecard and the comparison need it: imported once, before the workers fork)

        executor = ProcessPoolExecutor(max_workers=jobs)  # one pool for both phases: workers load once
    try:
        found = _map(_identify_one, [(f, catalogue_dir, limits, mapping) for f in files], executor, progress,
                     lambda a: f"识别 {a[0].name}")
        failures = tuple((p, err) for p, s, _, err, _ in found if s is None)
        sources = [s for _, s, _, _, _ in found if s is not None]
        parsed = {p: d for p, s, d, _, _ in found if s is not None}
        digests = {p: h for p, s, _, _, h in found if s is not None}
        del found
        groups = group_files(sources, entity=entity, year=year, manifest=over)
        stems = output_stems(groups, digests)
        here = Path(out).resolve()
        in_out = tuple(f for f in files if f.resolve().parent == here)  # inputs an output could land on
        outcomes: dict[int, GroupOutcome] = {}
        checked = 0

        def tick(label: str) -> None:
            nonlocal checked
            checked += 1
            if progress:
                progress(checked, len(groups), f"检查 {label}")

        if groups:
            from .output_files import prepare_dir, remove_leftovers

            remove_leftovers(prepare_dir(Path(out)))
            history = History(db)  # the parent alone records the batch; a database it cannot use stops here
        for wave in _waves(groups):
            for first in range(0, len(wave), CHUNK):
                chunk = wave[first:first + CHUNK]
                judged = _map(_judge_one, [(groups[k], {f.path: parsed[f.path] for f in groups[k].files},
                                            catalogue_dir, plan, out, db, stems[k],
                                            {f.path: digests[f.path] for f in groups[k].files},
                                            tuple(f.path for f in groups[k].files) + in_out, force)
                                           for k in chunk], executor)
                pending = []
                for k, (run, target, error) in zip(chunk, judged):
                    if run is None:
                        outcomes[k] = GroupOutcome(groups[k], None, None, {}, error)
                        tick(groups[k].label)
                    else:
                        pending.append(_Pending(k, groups[k], run, target, new_uid()))
                if pending:
                    outcomes.update(_record_chunk(pending, history, executor, charts=charts, force=force,
                                                  inputs=files, tick=tick))
    finally:
        if history is not None:
            history.close()
        if executor is not None:
            executor.shutdown()
    outcomes = [outcomes[k] for k in range(len(groups))]
    comparison, pngs = None, ()
    done = [o for o in outcomes if o.uid]
    if len(done) >= 2:
        from .comparison import from_history
        from .output_files import write_staged
        from .reporters.comparison_workbook import write_comparison

        comp = from_history(db, uids=[o.uid for o in done])

        def write(staged: Path) -> list[Path]:
            book, written = write_comparison(comp, staged, charts=charts)
            return [book, *written]

        comparison, *pngs = write_staged(Path(out) / "comparison.xlsx", write, files, force=force)
    return BatchOutcome(tuple(outcomes), failures, tuple(skipped), comparison, tuple(pngs))
