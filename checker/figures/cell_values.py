"""Turn one spreadsheet cell into a typed value, or say why it cannot be one.

Cells come from departments' hands: full-width digits, `100%` typed as text, `XX` left in
place of a figure, `—` for none. A placeholder is never a number. Numbers typed as text
follow the closed grammar of numerals.ARABIC_GRAMMAR: `1,234` is a number, `6,0`, `6 0` and
`59,9` are not (a data problem with its cell, never 60 or 599). Invisible format characters
are removed first and the removal is noted; Excel error values (#DIV/0!, #REF! …) are named
as what they are.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from .numerals import ARABIC_GRAMMAR
from ..read.clean import strip_format

_FULLWIDTH = str.maketrans("０１２３４５６７８９．，％－＋", "0123456789.,%-+")
BLANK_MARKS = {"", "—", "－", "-", "--", "——", "/", "／", "无", "空", "n/a", "N/A", "NA"}
NONE_MARKS = {m.lower() for m in BLANK_MARKS if m}
_PLACEHOLDER = re.compile(r"^[XxＸｘ×*＊某？?]+%?$|^[XxＸｘ*＊]+[件人次个期学时%％]*$")
_NUMBER = re.compile(rf"[+-]?{ARABIC_GRAMMAR}")
_PERCENT_SIGN = re.compile(r"\s*%$")
# Excel's error values, as a cell shows them (the reader gives error cells as this text)
ERROR_VALUES = ("#DIV/0!", "#REF!", "#N/A", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!",
                "#GETTING_DATA", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!", "#N/A!")
_ERROR_VALUE = re.compile(r"#(DIV/0!|REF!|N/A!?|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!"
                          r"|CONNECT!|BUSY!|UNKNOWN!)", re.I)
_DATE_PATTERNS = (
    re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
)
_MONTH_PATTERN = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?(份)?(底|末)?$")
YES = {"是", "已", "已落实", "已完成", "已建成", "已公开", "有", "√", "✓", "✔", "y", "yes", "true", "1"}
NO = {"否", "未", "未落实", "未完成", "未建成", "未公开", "没有", "✗", "✘", "n", "no", "false", "0"}


@dataclass(frozen=True)
class Parsed:
    value: Any  # typed value, or None when blank or unusable
    problem: str = ""  # issue code when the cell is unusable
    message: str = ""  # Chinese explanation of the problem
    format_chars: int = 0  # invisible format characters removed before parsing

    @property
    def ok(self) -> bool:
        return not self.problem


BLANK = Parsed(None)


def normalise_text(raw: Any) -> str:
    return str(raw).translate(_FULLWIDTH).replace("\u3000", " ").strip()


def is_blank(raw: Any) -> bool:
    if raw is None:
        return True
    if not isinstance(raw, str):
        return False
    text = raw.strip()
    return len(text) <= 4 and normalise_text(text) in BLANK_MARKS  # no mark is longer than n/a


def _placeholder(text: str) -> Parsed:
    return Parsed(None, "placeholder-value", f"「{text}」是未填写的占位符，不是数字")


def error_value(raw: Any) -> Parsed | None:
    """The problem of a cell holding an Excel error value (#DIV/0! …), or None."""
    if isinstance(raw, str) and "#" in raw:
        m = _ERROR_VALUE.fullmatch(normalise_text(raw).replace(" ", ""))
        if m:
            return Parsed(None, "error-value", f"单元格是 Excel 错误值「{m.group(0).upper()}」，公式计算出错"
                                               "（请修正公式或填写数值）")
    return None


def _number_text(raw: str) -> tuple[str, int]:
    text, removed = strip_format(raw)
    return normalise_text(text), removed


def parse_number(raw: Any, *, integer: bool = False, allow_percent: bool = False, none_is_zero: bool = False) -> Parsed:
    if isinstance(raw, str):
        error = error_value(raw)
        if error is not None:
            return error
        text, removed = _number_text(raw)
        if none_is_zero and text.lower() in NONE_MARKS:
            return Parsed(0.0, format_chars=removed)  # `无`, `—`, `/` typed in a count: none (a blank cell stays blank)
        if text in BLANK_MARKS:
            return Parsed(None, format_chars=removed)
    elif is_blank(raw):
        return BLANK
    if isinstance(raw, bool):
        return Parsed(None, "non-numeric-cell", f"「{raw}」不是数字")
    removed = 0
    if isinstance(raw, (int, float)):
        value = float(raw)
    elif isinstance(raw, (dt.date, dt.datetime)):
        return Parsed(None, "non-numeric-cell", f"「{raw}」是日期，不是数字")
    else:
        text, removed = _number_text(str(raw))
        if _PLACEHOLDER.match(text.replace(" ", "")):
            return _placeholder(text)
        shown = text
        m = _PERCENT_SIGN.search(text)
        if m:
            if not allow_percent:
                return Parsed(None, "non-numeric-cell", f"「{shown}」是百分比，此列应填数字")
            text = text[:m.start()]
        if not _NUMBER.fullmatch(text):
            why = "数字中间有空格或分隔符位置不对" if re.fullmatch(r"[+-]?[0-9][0-9,.\s]*[0-9]", text) else "不是数字"
            return Parsed(None, "non-numeric-cell", f"「{shown}」{why}")
        value = float(text.replace(",", ""))
    if value != value or value in (float("inf"), float("-inf")):
        return Parsed(None, "non-numeric-cell", f"「{raw}」不是有效数字")
    if integer and value != int(value):
        return Parsed(None, "non-integer-cell", f"「{raw}」应为整数")
    return Parsed(value, format_chars=removed)


def parse_percent(raw: Any) -> Parsed:
    """A rate. `95%` gives 95; a bare number is returned as it is: whether 0.95 means 95 %
    (a cell formatted as a percentage) is decided for the whole column (tables._percent_scale)."""
    return parse_number(raw, allow_percent=True)


EXCEL_LEAP_BUG = dt.date(1900, 3, 1)  # Excel serials up to 60 are days before this one, and 60 is a day that never was


def _checked_date(d: dt.date, typed: bool = False) -> Parsed:
    if d < EXCEL_LEAP_BUG:
        why = "早于 1900 年 3 月" if typed else "Excel 日期序列号 60 以下，多为误填的小数字或空日期"
        return Parsed(None, "invalid-date", f"「{d.isoformat()}」不是真实日期（{why}；请填写如 2023-03-01 的日期）")
    return Parsed(d)


def parse_date(raw: Any) -> Parsed:
    if is_blank(raw):
        return BLANK
    if isinstance(raw, dt.datetime):
        return _checked_date(raw.date())
    if isinstance(raw, dt.date):
        return _checked_date(raw)
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        return Parsed(None, "invalid-date", f"「{raw}」不是日期（请填写如 2023-03-01 的日期）")
    error = error_value(raw)
    if error is not None:
        return error
    text, removed = _number_text(str(raw))
    if not text:
        return Parsed(None, format_chars=removed)
    if _PLACEHOLDER.match(text.replace(" ", "")) or re.search(r"[Xx×]{1,4}", text):
        return _placeholder(text)
    for rx in _DATE_PATTERNS:
        m = rx.match(text)
        if m:
            try:
                d = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                break
            got = _checked_date(d, typed=True)
            return Parsed(got.value, got.problem, got.message, removed)
    m = _MONTH_PATTERN.match(text)
    if m and 1 <= int(m.group(2)) <= 12:
        # a month only: its last day, so that a deadline is never met by an assumption
        y, mo = int(m.group(1)), int(m.group(2))
        if y >= 9999:
            return Parsed(None, "invalid-date", f"「{text}」不是有效日期（请填写如 2023-03-01 的日期）")
        got = _checked_date(dt.date(y + (mo == 12), mo % 12 + 1, 1) - dt.timedelta(days=1), typed=True)
        return Parsed(got.value, got.problem, got.message, removed)
    return Parsed(None, "invalid-date", f"「{text}」不是有效日期（请填写如 2023-03-01 的日期）")


def parse_yesno(raw: Any) -> Parsed:
    if is_blank(raw):
        return BLANK
    error = error_value(raw)
    if error is not None:
        return error
    text = normalise_text(strip_format(str(raw))[0]).lower()
    if text in YES:
        return Parsed(True)
    if text in NO or text == "×":
        return Parsed(False)
    if _PLACEHOLDER.match(text):
        return _placeholder(normalise_text(raw))
    return Parsed(None, "invalid-yesno", f"「{normalise_text(raw)}」应填“是”或“否”")


def parse_text(raw: Any) -> Parsed:
    if is_blank(raw):
        return BLANK
    if isinstance(raw, float) and raw == int(raw):
        raw = int(raw)  # certificate numbers typed as numbers
    if isinstance(raw, (dt.datetime, dt.date)):
        return Parsed(raw.isoformat()[:10])
    if not isinstance(raw, str):
        return Parsed(normalise_text(raw))
    error = error_value(raw)
    if error is not None:
        return error
    text, removed = strip_format(raw)  # a bidi override in a name would reorder what is shown
    return Parsed(text.strip(), format_chars=removed) if text.strip() else BLANK


PARSERS = {
    "text": parse_text,
    "int": lambda raw: parse_number(raw, integer=True, none_is_zero=True),
    "number": lambda raw: parse_number(raw, none_is_zero=True),
    "percent": parse_percent,
    # a figure in its indicator's own unit: `99.8%` is 99.8 when the unit is %
    "figure": lambda raw: parse_number(raw, allow_percent=True),
    "date": parse_date,
    "yesno": parse_yesno,
}


def parse(raw: Any, column_type: str) -> Parsed:
    return PARSERS[column_type](raw)
