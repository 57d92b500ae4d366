"""Turn one spreadsheet cell into a typed value, or say why it cannot be one.

Cells come from departments' hands: full-width digits, `100%` typed as text, `XX` left in
place of a figure, `—` for none. A placeholder is never a number.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

_FULLWIDTH = str.maketrans("０１２３４５６７８９．，％－＋", "0123456789.,%-+")
BLANK_MARKS = {"", "—", "－", "-", "--", "——", "/", "／", "无", "空", "n/a", "N/A", "NA"}
NONE_MARKS = {m.lower() for m in BLANK_MARKS if m}
_PLACEHOLDER = re.compile(r"^[XxＸｘ×*＊某？?]+%?$|^[XxＸｘ*＊]+[件人次个期学时%％]*$")
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")
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


def parse_number(raw: Any, *, integer: bool = False, allow_percent: bool = False, none_is_zero: bool = False) -> Parsed:
    if none_is_zero and isinstance(raw, str) and normalise_text(raw).lower() in NONE_MARKS:
        return Parsed(0.0)  # `无`, `—`, `/` typed in a count: none (a blank cell stays blank)
    if is_blank(raw):
        return BLANK
    if isinstance(raw, bool):
        return Parsed(None, "non-numeric-cell", f"「{raw}」不是数字")
    if isinstance(raw, (int, float)):
        value = float(raw)
    elif isinstance(raw, (dt.date, dt.datetime)):
        return Parsed(None, "non-numeric-cell", f"「{raw}」是日期，不是数字")
    else:
        text = normalise_text(raw).replace(",", "").replace(" ", "")
        if _PLACEHOLDER.match(text):
            return _placeholder(text)
        if text.endswith("%"):
            if not allow_percent:
                return Parsed(None, "non-numeric-cell", f"「{text}」是百分比，此列应填数字")
            text = text[:-1]
        if not _NUMBER.match(text):
            return Parsed(None, "non-numeric-cell", f"「{text}」不是数字")
        value = float(text)
    if value != value or value in (float("inf"), float("-inf")):
        return Parsed(None, "non-numeric-cell", f"「{raw}」不是有效数字")
    if integer and value != int(value):
        return Parsed(None, "non-integer-cell", f"「{raw}」应为整数")
    return Parsed(value)


def parse_percent(raw: Any) -> Parsed:
    """A rate. `95%` gives 95; a bare number is returned as it is: whether 0.95 means 95 %
    (a cell formatted as a percentage) is decided for the whole column (tables._percent_scale)."""
    if isinstance(raw, str):
        text = normalise_text(raw).replace(" ", "")
        if text.endswith("%"):
            inner = parse_number(text[:-1])
            return inner if not inner.ok or inner.value is None else Parsed(inner.value)
    return parse_number(raw)


def parse_date(raw: Any) -> Parsed:
    if is_blank(raw):
        return BLANK
    if isinstance(raw, dt.datetime):
        return Parsed(raw.date())
    if isinstance(raw, dt.date):
        return Parsed(raw)
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        return Parsed(None, "invalid-date", f"「{raw}」不是日期（请填写如 2023-03-01 的日期）")
    text = normalise_text(raw)
    if _PLACEHOLDER.match(text.replace(" ", "")) or re.search(r"[Xx×]{1,4}", text):
        return _placeholder(text)
    for rx in _DATE_PATTERNS:
        m = rx.match(text)
        if m:
            try:
                return Parsed(dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
            except ValueError:
                break
    m = _MONTH_PATTERN.match(text)
    if m and 1 <= int(m.group(2)) <= 12:
        # a month only: its last day, so that a deadline is never met by an assumption
        y, mo = int(m.group(1)), int(m.group(2))
        return Parsed(dt.date(y + (mo == 12), mo % 12 + 1, 1) - dt.timedelta(days=1))
    return Parsed(None, "invalid-date", f"「{text}」不是有效日期（请填写如 2023-03-01 的日期）")


def parse_yesno(raw: Any) -> Parsed:
    if is_blank(raw):
        return BLANK
    text = normalise_text(raw).lower()
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
    return Parsed(normalise_text(raw) if not isinstance(raw, str) else raw.strip())


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
