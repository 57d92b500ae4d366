"""The sheet 报告摘录 of a figures workbook: a report's figures as rows, and back.

`checker extract report -o figures.xlsx` writes every figure found, one row each, with all it
needs to be judged again (value, bound, flags, year, period, scope, the exact quote and where it
stands in the report). `check figures.xlsx` reads the rows back into the same figures and
judges them with the same judge, so an unedited figures workbook gives exactly the verdicts of
the report; an examiner's correction of 数值 is judged with the edited cell as its evidence.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any, Sequence

from ..model import CellRef
from .prose import Figure

SHEET = "报告摘录"
MARK = "本表由 checker extract 生成"
HEADERS = ("指标编号", "指标名称", "原文数字", "数值", "单位", "限定", "标志", "年度", "原文年度", "期间",
           "范围", "范围类型", "位置", "原文", "来源文件", "读出的数值")
EDITABLE = "数值"  # the column an examiner corrects; 读出的数值 keeps what was read, to show the correction
BOUNDS = {"": "", "at_least": "不少于", "more_than": "超过", "at_most": "不超过", "less_than": "不足", "about": "约"}
FLAGS = {"placeholder": "占位符", "negated": "自述未达到", "requirement": "要求或计划", "baseline": "对比基数",
         "statement": "表述", "everyone": "每人（每单位）均"}
SCOPE_KINDS = {"": "", "whole": "全部", "part": "部分", "unit": "单个单位", "higher": "上级政府", "other": "其他单位"}


def figure_row(f: Figure, file: str) -> list[Any]:
    value = None if f.value is None else (int(f.value) if f.value == int(f.value) else float(f.value))
    flags = "、".join(label for key, label in FLAGS.items() if getattr(f, key))
    return [f.indicator, f.name, f.text, value, f.unit, BOUNDS.get(f.bound, f.bound), flags, f.year, f.year_text,
            f.period, f.scope, SCOPE_KINDS.get(f.scope_kind, f.scope_kind), f.location, f.quote, file, value]


def _text(v: Any) -> str:
    return "" if v is None else str(v).strip()


def _value(v: Any) -> Fraction | None:
    if v is None or (isinstance(v, str) and not v.strip()):
        return None
    if isinstance(v, bool):
        raise ValueError(v)
    return Fraction(str(v).strip()) if isinstance(v, str) else Fraction(str(v) if isinstance(v, float) else v)


def find_excerpt(sheets: Sequence[Any]) -> Any | None:
    """The 报告摘录 sheet of a figures workbook, or None for any other workbook."""
    for s in sheets:
        if s.name == SHEET and len(s.rows) >= 2 and MARK in _text(s.rows[0][0] if s.rows[0] else "") \
                and tuple(_text(c) for c in s.rows[1][:len(HEADERS)]) == HEADERS:
            return s
    return None


def read_excerpt(sheet: Any, catalogue_ids: set[str], workbook: str) -> tuple[list[Figure], list[tuple[int, str]], str]:
    """(figures, rows that could not be read with the reason, the report file they came from)."""
    back_bounds = {v: k for k, v in BOUNDS.items()}
    back_kinds = {v: k for k, v in SCOPE_KINDS.items()}
    figures, bad, source = [], [], ""
    for i, row in enumerate(sheet.rows[2:], start=3):
        cells = (list(row) + [None] * len(HEADERS))[:len(HEADERS)]
        ind, name, text, value, unit, bound, flags, year, year_text, period, scope, kind, where, quote, file, read = cells
        if not any(_text(c) for c in cells):
            continue
        if _text(ind) not in catalogue_ids:
            bad.append((i, f"指标编号「{_text(ind)}」不在指标目录中"))
            continue
        try:
            number, was = _value(value), _value(read)
        except (ValueError, ZeroDivisionError, TypeError):
            bad.append((i, f"「数值」{_text(value)}不是数字"))
            continue
        words = set(w for w in _text(flags).split("、") if w)
        source = source or _text(file)
        yr = _text(year)
        figures.append(Figure(
            indicator=_text(ind), name=_text(name), value=number, unit=_text(unit),
            bound=back_bounds.get(_text(bound), ""), placeholder=FLAGS["placeholder"] in words and number is None,
            negated=FLAGS["negated"] in words, requirement=FLAGS["requirement"] in words,
            baseline=FLAGS["baseline"] in words, statement=FLAGS["statement"] in words,
            period=_text(period), year=int(float(yr)) if yr.replace(".", "", 1).isdigit() else None,
            year_text=_text(year_text), scope=_text(scope), scope_kind=back_kinds.get(_text(kind), ""),
            everyone=FLAGS["everyone"] in words, text=_text(text), quote=_text(quote), location=_text(where),
            start=0, end=0, value_start=0, value_end=0,
            corrected=CellRef(workbook, SHEET, f"{chr(65 + HEADERS.index(EDITABLE))}{i}") if number != was else None,
        ))
    return figures, bad, source
