"""Target-form words for drafting (forms.yml beside this file), loaded once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml


@dataclass(frozen=True)
class Forms:
    comparators: tuple[tuple[str, str], ...]  # (word, operator), longest first
    comparator_reach: int
    plan_spans: tuple[str, ...]
    completion: tuple[str, ...]
    concrete_completion: tuple[str, ...]
    ban: tuple[str, ...]
    all_of: tuple[str, ...]
    recurring: tuple[str, ...]
    false_friends: tuple[str, ...]
    review_sections: tuple[str, ...]
    qualitative: tuple[str, ...]
    levels: tuple[tuple[str, tuple[str, ...]], ...]
    responsible: tuple[str, ...]


@lru_cache(maxsize=1)
def forms() -> Forms:
    data = yaml.safe_load((Path(__file__).with_name("forms.yml")).read_text(encoding="utf-8"))
    comparators = [(w, op) for op, words in data["comparators_before"].items() for w in words]
    comparators.sort(key=lambda c: len(c[0]), reverse=True)
    return Forms(
        comparators=tuple(comparators),
        comparator_reach=int(data["comparator_reach"]),
        plan_spans=tuple(data["plan_spans"]),
        completion=tuple(sorted(data["completion"], key=len, reverse=True)),
        concrete_completion=tuple(data["concrete_completion"]),
        ban=tuple(data["ban"]),
        all_of=tuple(data["all_of"]),
        recurring=tuple(data["recurring"]),
        false_friends=tuple(data["false_friends"]),
        review_sections=tuple(data["review_sections"]),
        qualitative=tuple(sorted(data["qualitative"], key=len, reverse=True)),
        levels=tuple((k, tuple(v)) for k, v in data["levels"].items()),
        responsible=tuple(data["responsible"]),
    )
