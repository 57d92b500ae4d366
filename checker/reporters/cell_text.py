"""The one way text reaches a workbook cell: never a formula, never a character Excel refuses.

Every workbook the tool writes (scorecard, reviewed copy, comparison, figures workbook) puts user
and report text through `safe_set`, so a sentence or a file name starting with `=` stays text and
a control character from a PDF page break or a CSV escape never aborts the save.
"""

from __future__ import annotations

import re
from typing import Any

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Control characters the xlsx format cannot hold; page and vertical-tab breaks become line breaks.
_BREAKS = str.maketrans({"\f": "\n", "\v": "\n"})
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
# Excel reads `_x001B_` in stored text as an escaped character; `_x005F_` keeps it literal.
_ESCAPE_LIKE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")


def cell_text(value: str) -> str:
    """Text as a cell can store it and Excel will show it: controls removed, escapes kept literal."""
    text = _CONTROLS.sub("", value.translate(_BREAKS))
    return _ESCAPE_LIKE.sub(r"_x005F_\1", text)


def safe_set(ws: Any, row: int, col: int, value: Any) -> Any:
    """Write a value; text is cleaned (cell_text) and stored as text even when it looks like a formula."""
    cell = ws.cell(row=row, column=col)
    if isinstance(value, str):
        value = cell_text(value)
    cell.value = value
    if isinstance(value, str) and value.startswith(FORMULA_START):
        cell.data_type = "s"
    return cell


def append_row(ws: Any, values: list[Any]) -> int:
    """Append one row through safe_set; returns its row number."""
    row = ws.max_row + 1 if ws.max_row > 1 or ws.cell(row=1, column=1).value is not None else 1
    for j, v in enumerate(values, start=1):
        safe_set(ws, row, j, v)
    return row
