"""Numerals as reports write them."""

from __future__ import annotations

import os
import re
import unicodedata
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.figures import cell_values
from checker.figures.numerals import chinese_number, is_placeholder, parse_number, shadow, year_of
from checker.read.clean import FORMAT


@pytest.mark.parametrize("text, value", [
    ("100", 100), ("99.8", Fraction("99.8")), ("１００", 100), ("９９．５", Fraction("99.5")), ("1,234", 1234),
    ("两", 2), ("六十", 60), ("一百二十", 120), ("十", 10), ("十二", 12), ("二十", 20), ("百", 100),
    ("三千五百", 3500), ("一万二千", 12000), ("一百零五", 105), ("二〇二三", 2023), ("一〇八", 108), ("一九九八", 1998), ("九十九点八", Fraction("99.8")),
    ("百分之百", 100), ("百分之九十五", 95), ("4.7亿", 470_000_000), ("91万", 910_000),
])
def test_parse_number(text: str, value) -> None:
    assert parse_number(text) == value


# 两三次, 三四个: a rough range; 唯一一件: one (一一 is no numeral)
@pytest.mark.parametrize("text", ["", "十四五", "abc", "X", "点五", "五十五十", "两三", "三四", "一一"])
def test_not_numbers(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize("text", ["X", "XX", "x", "Ｘ", "ＸＸ", "*", "**", "×", "某"])
def test_placeholders_are_never_numbers(text: str) -> None:
    assert is_placeholder(text)
    assert parse_number(text) is None


def test_chinese_point_needs_digits() -> None:
    assert chinese_number("九十九点") is None


def test_years() -> None:
    assert year_of("2023") == 2023 and year_of("二〇二三") == 2023 and year_of("XX") is None


def test_shadow_keeps_length_and_offsets() -> None:
    text = "出庭应诉率１００％，纠错率Ｘ％，×件，ｘ"
    sh = shadow(text)
    assert len(sh) == len(text)
    assert sh == "出庭应诉率100%，纠错率X%，X件，x"  # the Chinese comma stays: it bounds clauses


# --- one closed grammar for Arabic numbers ---------------------------------------------------

# CI runs a bounded number of examples; CHECKER_PROPERTY_EXAMPLES=10000 runs the long search.
EXAMPLES = int(os.environ.get("CHECKER_PROPERTY_EXAMPLES", "300"))
_WIDE = str.maketrans("０１２３４５６７８９．，％－＋\u3000", "0123456789.,%-+ ")
# The grammar, written out independently of the code under test.
_WELL_FORMED = re.compile(r"[+-]?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?")
_ALPHABET = "0123456789,.%+- ０１２３４５６７８９，．％\u3000\u200b\u202e\ufeff\u00adeExX#万亿百分之十两"


def _visible(s: str) -> str:
    return "".join(ch for ch in s if unicodedata.category(ch) != "Cf").translate(_WIDE).strip()


def _reference(s: str, percent: bool) -> float | None:
    t = _visible(s)
    if percent:
        t = re.sub(r"\s*%$", "", t)
    return float(t.replace(",", "")) if _WELL_FORMED.fullmatch(t) else None


near_numbers = st.text(alphabet=_ALPHABET, max_size=12)
any_text = st.one_of(near_numbers, st.text(max_size=12))


def test_format_character_list_covers_unicode() -> None:
    missing = [hex(c) for c in range(0x110000) if unicodedata.category(chr(c)) == "Cf" and not FORMAT.match(chr(c))]
    assert missing == []


@pytest.mark.parametrize("text", ["6,0", "59,9", "6 0", "1,23", "12,3456", ",123", "123,", "1.2.3", "1,234,56", ".5", "5.", "--5", "1e3"])
def test_misplaced_separators_are_never_numbers(text: str) -> None:
    assert parse_number(text) is None
    got = cell_values.parse_number(text)
    assert got.value is None and got.problem == "non-numeric-cell"


@pytest.mark.parametrize("text, value", [("1,234", 1234), ("12,345.5", 12345.5), ("１，２３４", 1234), ("6\u200b0", 60),
                                         ("1\u200d00", 100), ("\u202e95", 95)])
def test_grouped_and_format_characters(text: str, value) -> None:
    # in prose the full-width comma ends a clause (`1，234` is two numbers), in a cell it groups digits
    assert parse_number(text) == (None if "，" in text else value)
    got = cell_values.parse_number(text)
    assert got.value == value and got.format_chars == sum(1 for ch in text if unicodedata.category(ch) == "Cf")


@settings(max_examples=EXAMPLES, deadline=None)
@given(any_text)
def test_cells_parse_exactly_the_well_formed_numbers(s: str) -> None:
    for percent in (False, True):
        got = cell_values.parse_number(s, allow_percent=percent)
        expected = _reference(s, percent)
        if got.ok and got.value is not None:
            assert expected is not None and got.value == expected, (s, got)
        elif expected is not None:
            assert False, (s, got)


@settings(max_examples=EXAMPLES, deadline=None)
@given(any_text)
def test_prose_numerals_never_read_malformed_arabic(s: str) -> None:
    value = parse_number(s)
    if value is None:
        return
    t = _visible(s)
    t = t[3:] if t.startswith("百分之") else t
    t = t[:-1] if t[-1:] in "万亿" and len(t) > 1 else t
    # either a well-formed Arabic number, or Chinese numeral characters only
    assert _WELL_FORMED.fullmatch(t) or all(ch in "零〇○Ｏ一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万亿点" for ch in t), s


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.text(alphabet="0123456789,.", min_size=1, max_size=12), st.sampled_from(["学时", "%", "人", "件"]))
def test_prose_amounts_never_come_from_inside_a_malformed_run(run: str, unit: str) -> None:
    """`6,0学时` gives no amount (not 0 学时); a well-formed run gives its own value (a separator
    after the last digit ends the sentence: `共60人.`)."""
    from checker.figures.numerals import ARABIC
    from checker.figures.prose_patterns import AMOUNT

    text = f"全年共完成{run}{unit}。"
    for m in AMOUNT.finditer(text):
        num = m.group("num")
        if re.fullmatch(ARABIC, num):
            whole = run.rstrip(",.")
            assert m.start("num") == 5 and num == whole and _WELL_FORMED.fullmatch(whole), (text, num)
