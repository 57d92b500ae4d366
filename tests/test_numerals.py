"""Numerals as reports write them."""

from __future__ import annotations

from fractions import Fraction

import pytest

from checker.figures.numerals import chinese_number, is_placeholder, parse_number, shadow, year_of


@pytest.mark.parametrize("text, value", [
    ("100", 100), ("99.8", Fraction("99.8")), ("１００", 100), ("９９．５", Fraction("99.5")), ("1,234", 1234),
    ("两", 2), ("六十", 60), ("一百二十", 120), ("十", 10), ("十二", 12), ("二十", 20), ("百", 100),
    ("三千五百", 3500), ("一万二千", 12000), ("一百零五", 105), ("二〇二三", 2023), ("九十九点八", Fraction("99.8")),
    ("百分之百", 100), ("百分之九十五", 95), ("4.7亿", 470_000_000), ("91万", 910_000),
])
def test_parse_number(text: str, value) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "十四五", "abc", "X", "点五", "五十五十"])
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
