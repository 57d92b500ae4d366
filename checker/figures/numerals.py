"""Numerals as Chinese reports write them: Arabic, full-width, Chinese, placeholders.

`shadow(text)` maps full-width digits and signs to ASCII one character for one, so that
patterns run on the shadow while quotes and offsets stay those of the original text.

Arabic numbers follow one closed grammar, shared with spreadsheet cells (cell_values):
digits, optionally grouped by commas in threes (`1,234`, never `6,0` or `59,9`), then
optionally a point and more digits. Format characters (zero-width, bidi) are removed
before parsing; readers say so in the evidence.
"""

from __future__ import annotations

import re
from fractions import Fraction

from ..read.clean import strip_format

_FULL = "０１２３４５６７８９．％＋－ＸｘＸ＊～"
_HALF = "0123456789.%+-XxX*~"
_SHADOW = str.maketrans({**{f: h for f, h in zip(_FULL, _HALF)}, "×": "X", "﹪": "%", "\u3000": " "})

CN_DIGITS = {"零": 0, "〇": 0, "○": 0, "Ｏ": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "三": 3, "叁": 3,
             "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8,
             "九": 9, "玖": 9}
CN_SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
CN_BIG = {"万": 10_000, "亿": 100_000_000}
CN_CHARS = "".join(CN_DIGITS) + "".join(CN_SMALL) + "".join(CN_BIG) + "点"

# The closed grammar of an Arabic number (ASCII digits: run it on the shadow).
ARABIC_GRAMMAR = r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?"
# The same inside running text: a number never starts or ends inside a longer run of digits
# and separators, so `6,0`, `59,9`, `.5` and `2023.11.20` give no number at all (not 0, 9, 5 or 20).
ARABIC = rf"(?<![0-9.,]){ARABIC_GRAMMAR}(?![0-9]|[,.]+[0-9])"
_ARABIC_FULL = re.compile(ARABIC_GRAMMAR)
CHINESE = f"[{''.join(CN_DIGITS)}{''.join(CN_SMALL)}][{CN_CHARS}]*"
PLACEHOLDER_RE = r"(?<![A-Za-z])(?:[Xx]{1,4}|\*{1,3}|某)(?![A-Za-z])"


_SPACED_THOUSANDS = re.compile(r"(?<![0-9.,])[0-9]{1,3}(?: [0-9]{3})+(?![0-9])")


def shadow(text: str) -> str:
    """Same length as `text`; full-width digits, %, X and × become ASCII."""
    return text.translate(_SHADOW)


# ASCII punctuation typed in Chinese prose (362件,同比增长41.4%;经审查受理331件) marks clauses as the
# full-width marks do; a comma or colon between digits (1,342; 10:30) and a decimal point stay.
_FULL_WIDTH = {",": "，", ";": "；", ":": "：", ".": "。"}
_ASCII_MARK = re.compile(r"(?<![\d\s]),|,(?!\d)|;|(?<=[\u4e00-\u9fff”）])[:.](?!\d)")
# ASCII double quotes ("十四五"期间, "互联网+监管") pair up within a line as “ and ”, so every pattern
# written with Chinese quotes reads them; an unpaired last one is left as it is.
_ASCII_QUOTES = re.compile(r'"([^"\n]{0,60})"')


def shadow_document(text: str) -> str:
    """`shadow`, and a space between groups of thousands (1 342件) made a comma, so a number is
    read whole, never its last group. Once per document: not on every number parsed."""
    sh = shadow(text)
    if any(c in sh for c in ",;:."):
        sh = _ASCII_MARK.sub(lambda m: _FULL_WIDTH[m.group(0)], sh)
    if '"' in sh:
        sh = _ASCII_QUOTES.sub(lambda m: f"“{m.group(1)}”", sh)
    return _SPACED_THOUSANDS.sub(lambda m: m.group(0).replace(" ", ","), sh) if " " in sh else sh


def _chinese_int(s: str) -> int | None:
    if not s:
        return 0
    if all(ch in CN_DIGITS for ch in s):
        # 二〇二三, 一〇八: digit by digit; 三四次, 两三次 are a rough range, not 34 or 23
        if 1 < len(s) < 4 and not any(CN_DIGITS[ch] == 0 for ch in s):
            return None
        return int("".join(str(CN_DIGITS[ch]) for ch in s))
    total, section, digit, last = 0, 0, None, 10**9
    for ch in s:
        if ch in CN_DIGITS:
            if CN_DIGITS[ch] == 0:
                digit = None  # 一百零五: 零 only marks a gap
                continue
            if digit is not None:
                return None  # two digits in a row inside a positional numeral: not a numeral
            digit = CN_DIGITS[ch]
        elif ch in CN_SMALL:
            if CN_SMALL[ch] >= last:
                return None  # 五十五十: positions must descend
            last = CN_SMALL[ch]
            section += (1 if digit is None else digit) * CN_SMALL[ch]
            digit = None
        elif ch in CN_BIG:
            section += digit or 0
            total += (section or 1) * CN_BIG[ch]
            section, digit, last = 0, None, 10**9
        else:
            return None
    return total + section + (digit or 0)


def chinese_number(s: str) -> Fraction | None:
    """一百二十 -> 120, 两 -> 2, 二〇二三 -> 2023, 九十九点八 -> 99.8, 百 -> 100."""
    if not s:
        return None
    if "点" in s:
        whole, _, frac = s.partition("点")
        w = _chinese_int(whole) if whole else None
        if w is None or not frac or any(ch not in CN_DIGITS for ch in frac):
            return None
        return Fraction(w) + Fraction(int("".join(str(CN_DIGITS[c]) for c in frac)), 10 ** len(frac))
    v = _chinese_int(s)
    return Fraction(v) if v is not None else None


def arabic_number(s: str) -> Fraction | None:
    """An Arabic number in the closed grammar (ASCII or full-width digits), else None."""
    t = shadow(s)
    if not _ARABIC_FULL.fullmatch(t):
        return None
    return Fraction(t.replace(",", ""))


def parse_number(s: str) -> Fraction | None:
    """A numeral in any of the forms above (full-width allowed); None if it is not one."""
    t = strip_format(shadow(s))[0].strip()
    if not t:
        return None
    value = arabic_number(t)
    if value is not None:
        return value
    if t[-1] in CN_BIG and len(t) > 1:
        value = arabic_number(t[:-1])
        if value is not None:
            return value * CN_BIG[t[-1]]
    if t.startswith("百分之"):
        rest = t[3:]
        return arabic_number(rest) if rest[:1].isascii() else chinese_number(rest)
    return chinese_number(t)


def is_placeholder(s: str) -> bool:
    return bool(re.fullmatch(PLACEHOLDER_RE, shadow(s).strip()))


def year_of(s: str) -> int | None:
    """2023 / 二〇二三 -> 2023; a placeholder year (XX) -> None."""
    t = shadow(s)
    if re.fullmatch(r"[0-9]{4}", t):
        return int(t)
    if len(t) == 4 and all(ch in CN_DIGITS for ch in t):
        return int("".join(str(CN_DIGITS[ch]) for ch in t))
    return None
