"""Compare extracted figures with labels a reader wrote: recall of the labelled figures, and
every extracted figure that matches no label (a wrong read)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from checker.figures.prose import Figure
from checker.judge.prose import several_years


# the label files are large (5 MB in all): libyaml's parser reads them ten times faster where it is built in
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_labels(path: Path) -> Any:
    """One label file, parsed."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)


def matches(f: Figure, label: dict[str, Any]) -> bool:
    """Whether figure `f` is the one `label` describes (indicator, value or state, and the flags given)."""
    if f.indicator != label["indicator"]:
        return False
    state = label.get("state")
    # 全部报送备案 labelled as done is the same fact as the rate 100 % read from those words
    all_of = f.value == 100 and f.unit == "%" and not f.negated and "value" not in label
    if state == "done" and not (f.statement and not f.negated) and not all_of:
        return False
    if state == "shortfall" and not (f.negated and f.value is None):
        return False
    # a derived rate is labelled as a reader rounds it (one decimal)
    tolerance = 0.05 if label.get("derived") else 1e-6
    if "value" in label and (f.value is None or abs(float(f.value) - label["value"]) > tolerance):
        return False
    if "words" in label and f.text != label["words"]:
        return False
    if label.get("bound") in ("at_least", "more_than") and not label.get("requirement") and f.negated:
        return False  # 达到5%以上 is met; the same number read as missed is another fact
    for key in ("bound", "scope_kind", "derived"):
        if key in label and getattr(f, key) != label[key]:
            return False
    return bool(label.get("requirement", False)) == f.requirement


@dataclass
class Score:
    labelled: int = 0
    found: int = 0
    missed: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.labelled if self.labelled else 1.0

    def add(self, name: str, figures: tuple[Figure, ...], labels: list[dict[str, Any]], year: int | None = None) -> None:
        """`year` (the report's): a figure dated to another year, or given as the base of a comparison,
        is shown with its year and never judged as the year's figure, so it is not scored either. A
        placeholder (XX%) is shown as a data problem, never as a value, and a number of another period
        (上半年, 五年来) as not the year's: labels leave both out."""
        figures = tuple(f for f in figures if not f.baseline and not f.placeholder and f.scope_kind not in ("higher", "other")
                        and not (f.period and not f.requirement and not f.statement) and not several_years(f)
                        and (year is None or f.year in (None, year) or f.requirement))
        used: set[int] = set()
        for label in labels:
            self.labelled += 1
            hit = next((i for i, f in enumerate(figures) if i not in used and matches(f, label)), None)
            if hit is None:
                self.missed.append(f"{name}: {label}")
            else:
                self.found += 1
                used.add(hit)
        for i, f in enumerate(figures):
            if i not in used:
                self.wrong.append(f"{name}: {f.indicator} {f.display}「{f.quote[:60]}」")
