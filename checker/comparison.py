"""Several checked governments and years side by side: the data behind the comparison workbook.

Built from Runs just checked (`from_runs`) or from the history database without re-reading any
file (`from_history`). Immutable; the comparison reporters only consume it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

from .judge.score import Score, final_verdict, score
from .model import Indicator, Run, Verdict, tally, target_text

NOT_JUDGED = (Verdict.INFO, Verdict.NOT_APPLICABLE)


@dataclass(frozen=True)
class IndicatorInfo:
    id: str
    name: str
    target: str  # as the scorecard writes it (≥60学时)
    operator: str | None
    threshold: float | None
    unit: str
    informational: bool


@dataclass(frozen=True)
class Cell:
    verdict: Verdict  # computed
    display: str
    value: float | str | None
    final: Verdict | None = None  # after review, when reviewed

    @property
    def effective(self) -> Verdict:
        return final_verdict(self.verdict, self.final)


@dataclass(frozen=True)
class Entry:
    """One government in one year."""

    government: str
    year: int | None
    source: str
    cells: dict[str, Cell] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return f"{self.government}（{self.year}年）" if self.year else self.government

    def counts(self) -> dict[Verdict, int]:
        return tally(c.effective for c in self.cells.values())

    @property
    def score(self) -> Score:
        """On final verdicts; a run without a year has no share (its annual targets were not judged)."""
        return score((c.effective for c in self.cells.values()), year_known=self.year is not None)

    @property
    def judged(self) -> int:
        return self.score.judged

    @property
    def met(self) -> int:
        return self.score.passed

    @property
    def share(self) -> float | None:
        """Targets met ÷ targets judged; a target without a usable figure is counted apart."""
        s = self.score.share
        return float(s) if s is not None else None


@dataclass(frozen=True)
class Rank:
    rank: int | None  # None: nothing to judge
    tied: bool
    entry: Entry
    share: float | None
    met: int
    judged: int
    unknown: int  # applicable targets without a usable figure (missing, invalid, review): counted apart
    coverage: float | None = None  # judged ÷ applicable
    reason: str = ""  # why an entry is listed apart, unranked


@dataclass(frozen=True)
class Comparison:
    indicators: tuple[IndicatorInfo, ...]
    entries: tuple[Entry, ...]

    @property
    def governments(self) -> list[str]:
        return sorted({e.government for e in self.entries})

    @property
    def years(self) -> list[int]:
        return sorted({e.year for e in self.entries if e.year is not None})

    def ranking(self, year: int | None = None) -> list[Rank]:
        """Entries by share of targets met, highest first; equal shares share a rank."""
        pool = [e for e in self.entries if year is None or e.year == year]
        scores = {id(e): e.score for e in pool}  # computed once: a score walks every cell
        shares = {id(e): e.share for e in pool}
        scored = sorted((e for e in pool if scores[id(e)].rankable),
                        key=lambda e: (-shares[id(e)], e.government, e.year or 0))
        first: dict[float, int] = {}  # one pass for ties (comparing every share with every other was quadratic)
        ties: dict[float, int] = {}
        for k, e in enumerate(scored):
            first.setdefault(shares[id(e)], k)
            ties[shares[id(e)]] = ties.get(shares[id(e)], 0) + 1
        out: list[Rank] = []
        for e in scored:
            s, share = scores[id(e)], shares[id(e)]
            out.append(Rank(first[share] + 1, ties[share] > 1, e, share, s.passed, s.judged, s.unjudged,
                            float(s.coverage) if s.coverage is not None else None))
        for e in pool:  # listed apart: unknown year, nothing judged, or coverage below half
            s = scores[id(e)]
            if not s.rankable:
                out.append(Rank(None, False, e, shares[id(e)], s.passed, s.judged, s.unjudged,
                                float(s.coverage) if s.coverage is not None else None, s.unranked_reason))
        return out

    def series(self, indicator: str, government: str) -> list[tuple[int, Cell]]:
        """One indicator of one government over the years, oldest first."""
        return sorted(((e.year, e.cells[indicator]) for e in self.entries
                       if e.government == government and e.year is not None and indicator in e.cells),
                      key=lambda t: t[0])

    def always_failing(self, government: str) -> list[str]:
        """Indicators that failed in every year they were judged for this government (2 years or more)."""
        out = []
        for ind in self.indicators:
            s = [c.effective for _, c in self.series(ind.id, government) if c.effective not in NOT_JUDGED]
            if len(s) >= 2 and all(v is Verdict.FAIL for v in s):
                out.append(ind.id)
        return out


VARIES = "因规划而异"  # governments under different plans are held to different targets


def _info(ind, targets: list) -> IndicatorInfo:
    """One indicator's header: the target every government was held to, or VARIES (no goal line)."""
    texts = {target_text(t, compact=True) for t in targets}
    t = targets[0] if len(texts) == 1 else None
    text = texts.pop() if len(texts) == 1 else VARIES
    return IndicatorInfo(ind.id, ind.name, text, t.operator.value if t else None,
                         float(t.value) if t and isinstance(t.value, (int, float)) else None,
                         ind.display_unit, ind.informational)


def _infos(runs: Sequence[Run]) -> tuple[IndicatorInfo, ...]:
    """Each indicator with the target of the plan applied to each run (results carry it resolved)."""
    first: dict[str, Indicator] = {}
    targets: dict[str, list] = {}
    for run in runs:
        for r in run.results:
            first.setdefault(r.indicator.id, r.indicator)
            targets.setdefault(r.indicator.id, []).append(r.indicator.target)
    return tuple(_info(ind, targets[i]) for i, ind in first.items())


def from_runs(runs: Iterable[Run], finals: dict[int, dict[str, Verdict]] | None = None) -> Comparison:
    """A comparison of runs; `finals` maps a run's index to reviewed verdicts by indicator."""
    runs = list(runs)
    entries = []
    for k, run in enumerate(runs):
        reviewed = (finals or {}).get(k, {})
        cells = {r.indicator.id: Cell(r.verdict, r.display, r.value, reviewed.get(r.indicator.id)) for r in run.results}
        entries.append(Entry(run.government, run.year, run.source, cells))
    return Comparison(_infos(runs), tuple(entries))


def from_history(db: str | Path, governments: Sequence[str] = (), years: Sequence[int] = (),
                 uids: Sequence[str] = ()) -> Comparison:
    """The latest run of each government and year in the history database, with reviewed verdicts.

    `uids` restricts the runs considered to those (the runs of one batch).
    """
    from .catalogue.loader import load_catalogue
    from .history import History
    from .judge.plans import PlanChoice, resolve

    with History(db, verify=True) as h:  # refuses a broken hash chain
        if uids:
            marks = ",".join("?" * len(uids))
            rows = h.conn.execute(
                f"SELECT id, government, year, source, plan FROM runs r WHERE uid IN ({marks}) AND id = (SELECT MAX(id) "
                f"FROM runs o WHERE o.government = r.government AND o.year IS r.year AND o.uid IN ({marks})) "
                "ORDER BY government, year", (*uids, *uids)).fetchall()
        else:
            rows = h.conn.execute(
                "SELECT id, government, year, source, plan FROM runs r WHERE id = (SELECT MAX(id) FROM runs o "
                "WHERE o.government = r.government AND o.year IS r.year) ORDER BY government, year").fetchall()
        entries = []
        plans: dict[str, list[str]] = {}  # indicator -> the applied plans of the runs that judged it
        names: dict[str, str] = {}
        for run_id, government, year, source, plan in rows:
            if governments and government not in governments:
                continue
            if years and year not in years:
                continue
            cells = {}
            for ind, name, verdict, value, display in h.conn.execute(
                    "SELECT indicator, name, verdict, value, display FROM results WHERE run_id = ?", (run_id,)):
                final = h.conn.execute(
                    "SELECT final FROM reviews WHERE run_id = ? AND indicator = ? ORDER BY id DESC LIMIT 1",
                    (run_id, ind)).fetchone()
                cells[ind] = Cell(Verdict(verdict), display, json.loads(value).get("value"),
                                  Verdict(final[0]) if final else None)
                names.setdefault(ind, name)
                plans.setdefault(ind, []).append(plan)
            entries.append(Entry(government, year, source, cells))
    catalogue, _ = load_catalogue()
    known = {i.id: i for i in catalogue.indicators}
    infos = []
    for ind_id, name in names.items():
        ind = known.get(ind_id)
        if ind is None:  # no longer in the catalogue: shown with its recorded name, no target
            infos.append(IndicatorInfo(ind_id, name, "—", None, None, "", False))
            continue
        held = [resolve(ind, PlanChoice(tuple(p for p in plan.split(",") if p != "national"), "", ""))
                for plan in plans[ind_id]]
        infos.append(_info(ind, [r.target if r else None for r in held]))
    order = {i.id: k for k, i in enumerate(catalogue.indicators)}
    infos.sort(key=lambda i: order.get(i.id, len(order)))
    return Comparison(tuple(infos), tuple(entries))
