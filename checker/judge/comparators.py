"""The one comparator table: does a figure meet a target?

Every verdict on a number, from a workbook cell, a computed rate or a report's sentence, goes
through `compare`. A figure may be exact (bound "") or a bound as reports state them
("不少于60学时" at_least, "超过50%" more_than, "近X个" at_most …): a bound settles the target
only when every value it allows falls on the same side; otherwise the answer is None.
Numbers are Fractions built from their decimal text, so 4.99 % fails a 5 % target exactly.
"""

from __future__ import annotations

from fractions import Fraction
from functools import lru_cache
from typing import Callable

from ..model import Operator

BOUNDS = ("", "at_least", "more_than", "at_most", "less_than")


def _at_least(v: Fraction, bound: str, lo: Fraction, hi: Fraction | None) -> bool | None:
    if bound in ("", "at_least", "more_than"):
        if v >= lo:
            return True
        return False if bound == "" else None
    # at_most / less_than: every allowed value is below the target when the bound is
    return False if (v < lo or (bound == "less_than" and v <= lo)) else None


def _at_most(v: Fraction, bound: str, lo: Fraction, hi: Fraction | None) -> bool | None:
    if bound in ("", "at_most", "less_than"):
        if v <= lo:
            return True
        return False if bound == "" else None
    return False if (v > lo or (bound == "more_than" and v >= lo)) else None


def _equals(v: Fraction, bound: str, lo: Fraction, hi: Fraction | None) -> bool | None:
    return v == lo if bound == "" else None


def _between(v: Fraction, bound: str, lo: Fraction, hi: Fraction | None) -> bool | None:
    return lo <= v <= (hi if hi is not None else lo) if bound == "" else None


def _rising(v: Fraction, bound: str, before: Fraction, ceiling: Fraction | None) -> bool | None:
    """Higher than the year before; a figure kept at its ceiling (100 %) counts as met."""
    if bound in ("", "at_least", "more_than"):
        if v > before or (bound == "more_than" and v >= before):
            return True
        if bound == "":
            return ceiling is not None and v == before == ceiling
        return None
    return False if v <= before else None


COMPARATORS: dict[Operator, Callable[[Fraction, str, Fraction, Fraction | None], bool | None]] = {
    Operator.AT_LEAST: _at_least,
    Operator.AT_MOST: _at_most,
    Operator.EQUALS: _equals,
    Operator.BETWEEN: _between,
    Operator.RISING: _rising,  # the second number is the ceiling, not an upper bound
}


def compare(op: Operator, value: Fraction, threshold: Fraction, upper: Fraction | None = None,
            bound: str = "") -> bool | None:
    """True: meets the target whatever the true value; False: misses it; None: the bound cannot tell."""
    try:
        fn = COMPARATORS[op]
    except KeyError:
        raise ValueError(f"operator {op} is not numeric") from None
    return fn(value, bound, threshold, upper)


def meets(op: Operator, value: Fraction, threshold: Fraction, upper: Fraction | None = None) -> bool:
    """An exact figure against the target (never None for an exact figure)."""
    return bool(compare(op, value, threshold, upper))


@lru_cache(maxsize=1 << 16)
def frac(x: float | int | str) -> Fraction:
    """Exact value of a number as written (cached: a roster of 50 000 holds few distinct hours)."""
    return Fraction(str(x)) if isinstance(x, float) else Fraction(x)


def worst(op: Operator, values: list[Fraction]) -> Fraction:
    return max(values) if op is Operator.AT_MOST else min(values)
