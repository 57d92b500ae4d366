"""Find the standard tables in sheets as departments lay them out, and type their cells.

A department's 台账 rarely matches the template: title rows above the header, two-row headers
with merged parents (`培训情况` over `学时数`), other words for a column (`培训学时`, `学时数`),
units in headers (`培训时长（课时）`), extra columns, several tables on one sheet, 合计 rows,
notes under the table. Headers are matched against the synonyms in indicators/workbook.yml;
the choice made is returned as TableMapping so the examiner can see it (and correct it with a
mapping file). Output: one TableData per table, each row keeping the cell of every value, plus
the problems found while typing cells.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Mapping

from .cell_values import BLANK_MARKS, is_blank, normalise_text, parse
from ..model import CellRef, ColumnMap, DataIssue, TableMapping
from ..read.spreadsheet import Sheet, column_letter
from ..catalogue.workbook_schema import ColumnSpec, HeaderWords, Ranges, TableSpec, WorkbookSchema

_PAREN = re.compile(r"[(\[【〔]([^()\[\]【】〔〕]*)[)\]】〕]")  # after NFKC: full-width brackets are ASCII
_FULLWIDTH_REST = str.maketrans({"％": "%", "﹪": "%", "：": ":", "，": ","})
_TOTAL = re.compile(r"^(全[区市县镇局部委])?(本[级页])?(合计|总计|小计|汇总|总数|共计|累计)[:：]?$")
_TOTAL_CHARS = frozenset("合总小汇共累计")
_FLOAT_TYPES = frozenset({"number", "percent", "figure"})
_NONE_BAD: frozenset[str] = frozenset()
_NOTE = re.compile(r"^(注|说明|备注|填表人|填报人|审核人|制表人|统计人|联系人|联系电话|负责人|单位负责人|填报日期|填表日期)\s*[:：]")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
UNIT_WORDS = {"学时", "课时", "小时", "分钟", "天", "日", "人", "名", "人次", "个", "件", "次", "期", "场", "%", "％", "百分比"}
TITLE_ROWS = 4  # rows above a header searched for the table's own title


class CellRefs(Mapping[str, CellRef]):
    """The cells of one row, by column key, made on demand: a 50 000-row table would otherwise
    build a quarter of a million references that are mostly never read."""

    __slots__ = ("file", "sheet", "letters", "number")

    def __init__(self, file: str, sheet: str, letters: Mapping[str, str], number: int):
        self.file, self.sheet, self.letters, self.number = file, sheet, letters, number

    def __getitem__(self, key: str) -> CellRef:
        return CellRef(self.file, self.sheet, f"{self.letters[key]}{self.number}")

    def __iter__(self):
        return iter(self.letters)

    def __len__(self) -> int:
        return len(self.letters)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Mapping) and dict(self.items()) == dict(other.items())

    def __hash__(self) -> int:
        return hash((self.file, self.sheet, self.number, tuple(self.letters.items())))


@dataclass(frozen=True)
class Row:
    number: int  # Excel row number
    values: dict[str, Any]  # column key -> typed value (None when blank or unusable)
    cells: Mapping[str, CellRef]  # column key -> where it came from
    bad: frozenset[str] = frozenset()  # column keys whose cell is unusable


@dataclass(frozen=True)
class TableData:
    spec: TableSpec
    sheet: str
    header_row: int  # Excel row of the header (0 for key/value tables)
    rows: tuple[Row, ...]
    columns: dict[str, str] = field(default_factory=dict)  # key -> column letter
    mappings: tuple[TableMapping, ...] = ()

    def range_of(self, key: str) -> str:
        """The Excel range of a column's data, e.g. E3:E382."""
        letter = self.columns.get(key, "")
        if not letter or not self.rows:
            return ""
        return f"{letter}{self.rows[0].number}:{letter}{self.rows[-1].number}"


# --- headers ------------------------------------------------------------------------------


_NUMBERING = re.compile(r"^(?:[0-9０-９]{1,2}[.、．)）]|[（(][0-9０-９一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]"
                        r"|[①-⑳])")


@lru_cache(maxsize=8192)
def _label(text: str, words: HeaderWords = HeaderWords()) -> tuple[str, str, tuple[str, ...]]:
    """(whole label, label without numbering, prefix and bracketed notes, the notes) — normalised:
    `（一）其中：执法人员数\n（名）` gives base `执法人员数` and notes `('名',)`."""
    t = re.sub(r"\s+", "", str(text))
    t = _NUMBERING.sub("", t, count=1) or t
    t = unicodedata.normalize("NFKC", t).translate(_FULLWIDTH_REST).strip("*:")
    whole = t
    for prefix in words.prefixes:
        if t.startswith(prefix) and len(t) > len(prefix) + 1:
            t = t[len(prefix):].lstrip(":,、")
            break
    notes = tuple(n.strip() for n in _PAREN.findall(t))
    base = _PAREN.sub("", t) or t
    if not notes:  # `学时数/学时`, `比例%`: a trailing unit without brackets
        if base.endswith("%") and len(base) > 1:
            base, notes = base[:-1], ("%",)
    return whole, base, notes


@lru_cache(maxsize=8192)
def _core(base: str, words: HeaderWords) -> str:
    """A label's core words: without leading qualifiers (被诉, 实际, 应) and one generic ending (名称, 数)."""
    for _ in range(2):
        q = next((q for q in words.qualifiers if base.startswith(q) and len(base) > len(q) + 1), None)
        if q is None:
            break
        base = base[len(q):]
    s = next((s for s in words.suffixes if base.endswith(s) and len(base) > len(s) + 1), None)
    return base[:-len(s)] if s else base


def _is_text(v: Any) -> bool:
    return isinstance(v, str) and bool(v.strip()) and not is_blank(v)


@dataclass(frozen=True)
class _Names:
    col: ColumnSpec
    own: str  # the template's header, normalised
    bases: frozenset[str]  # header and synonyms, normalised
    cores: frozenset[str]
    entries: tuple[tuple[str, int], ...] = ()  # (core, kind of ending) per header and synonym


@lru_cache(maxsize=8192)
def _kind(base: str, words: HeaderWords) -> int:
    """Which group of `headers.kinds` the label's ending belongs to (名称, 编号, 日期, 数, 率 …), or -1."""
    best, kind = 0, -1
    for k, group in enumerate(words.kinds):
        for ending in group:
            if base.endswith(ending) and len(ending) > best:
                best, kind = len(ending), k
    return kind


@lru_cache(maxsize=256)
def _header_sets(spec: TableSpec, words: HeaderWords = HeaderWords()) -> tuple[_Names, ...]:
    out = []
    for col in spec.columns:
        bases = frozenset(_label(h, words)[1] for h in col.headers)
        entries = tuple(sorted({(_core(b, words), _kind(b, words)) for b in bases}))
        out.append(_Names(col, _label(col.header, words)[1], bases, frozenset(c for c, _ in entries), entries))
    return tuple(out)


@lru_cache(maxsize=256)
def _grams(spec: TableSpec, words: HeaderWords = HeaderWords()) -> dict[str, frozenset[int]]:
    """Column indexes by the two-character pieces of their names and cores: a header scores
    above 0 only against a column sharing one of its pieces (or, for one character, the whole)."""
    index: dict[str, set[int]] = {}
    for c, names in enumerate(_header_sets(spec, words)):
        for text in names.bases | names.cores:
            for piece in _pieces(text):
                index.setdefault(piece, set()).add(c)
    return {k: frozenset(v) for k, v in index.items()}


def _pieces(text: str) -> set[str]:
    return {text[k:k + 2] for k in range(len(text) - 1)} if len(text) > 1 else {text}


def header_score(names: _Names, base: str, core: str, words: HeaderWords = HeaderWords()) -> float:
    """How well one normalised header names a column: 1 the name or a synonym itself, 0.9 the
    same core words, up to 0.9 when one core holds the other (less the more the longer adds).
    Below 1, endings of different kinds never match: `指标名称` is not `指标编号`, a rate
    (`出庭应诉率`) is not a count (`出庭应诉案件数`)."""
    if base in names.bases:
        return 1.0
    kind = _kind(base, words)
    best = 0.0
    for other, other_kind in names.entries:
        if kind >= 0 and other_kind >= 0 and kind != other_kind:
            continue
        if core == other:
            return 0.9
        short, long = (core, other) if len(core) <= len(other) else (other, core)
        if len(short) >= 2 and short in long:
            best = max(best, 0.9 - 0.3 * (len(long) - len(short)) / len(long))
    return best


@dataclass(frozen=True)
class _Found:
    col: ColumnSpec
    index: int
    header: str  # as written (parent and child joined by /)
    notes: tuple[str, ...]
    score: float = 1.0


def _labels(rows: list[list[Any]], i: int) -> list[tuple[str, str]]:
    """(label, parent) per column of row i, reading a two-row header where there is one.

    The row above counts as the upper header row when it holds two or more text cells (a
    title above a one-row header holds one). Its merged cells are carried right (a merged
    parent sits in its first cell only); a cell blank in row i but set above is a header
    merged over both rows.
    """
    row = rows[i]
    above = rows[i - 1] if i > 0 else []
    if sum(1 for v in above if _is_text(v)) < 2:
        above = []
    parent, filled = "", []
    for j in range(max(len(row), len(above))):
        a = above[j] if j < len(above) else None
        if _is_text(a):
            parent = str(a)
        filled.append(parent)
    out = []
    for j in range(len(row)):
        own = row[j]
        if _is_text(own):
            out.append((str(own), filled[j] if j < len(filled) else ""))
        elif j < len(above) and _is_text(above[j]):
            out.append((str(above[j]), ""))
        else:
            out.append(("", ""))
    return out


_Cell = tuple[str, str, str, str, frozenset[str]]  # own, parent, base, core, pieces


def _shown(header: str) -> str:
    """A header as written, on one line (`执法人员数\n（名）` → `执法人员数 （名）`)."""
    return " ".join(header.split())


def _cells(labels: list[tuple[str, str]], words: HeaderWords) -> list[_Cell | None]:
    out: list[_Cell | None] = []
    for own, parent in labels:
        if not own:
            out.append(None)
            continue
        _, base, _ = _label(own, words)
        core = _core(base, words)
        out.append((own, parent, base, core, frozenset(_pieces(base) | _pieces(core))))
    return out


def _match_header(spec: TableSpec, labels: list[tuple[str, str]], forced: Mapping[str, int] | None = None,
                  words: HeaderWords = HeaderWords()) -> tuple[dict[str, _Found], list[str]]:
    """Columns of `spec` found among `labels`, each with its score; and warnings about columns
    several headers could be (taken when one is the name itself, left out when none is)."""
    return _match(spec, _header_sets(spec, words), _grams(spec, words), labels, _cells(labels, words), forced, words)


def _match(spec: TableSpec, sets: tuple[_Names, ...], grams: dict[str, frozenset[int]], labels: list[tuple[str, str]],
           cells: list[_Cell | None], forced: Mapping[str, int] | None, words: HeaderWords
           ) -> tuple[dict[str, _Found], list[str]]:
    """Every (column, header) pair at or above the threshold is ranked by score; pairs are
    taken best first, each column and each header once."""
    found: dict[str, _Found] = {}
    warnings: list[str] = []
    used: set[int] = set()
    if forced:
        for key, j in forced.items():
            col = spec.column(key)
            text = labels[j][0] if j < len(labels) else ""
            found[key] = _Found(col, j, text, _label(text, words)[2] if text else ())
            used.add(j)
    pairs: list[tuple[float, int, int, int]] = []  # (-score, own header first, column order, header index)
    scores: dict[tuple[int, int], float] = {}
    for j, cell in enumerate(cells):
        if cell is None or j in used:
            continue
        own, parent, base, core, pieces = cell
        near: set[int] = set()
        for piece in pieces:
            hit = grams.get(piece)
            if hit:
                near.update(hit)
        if not near:
            continue
        # exclusions apply to the words, not to bracketed notes (`（不含政治理论学习）` says what is left out)
        context = (parent + base) if parent and parent != own else base
        for c in sorted(near):
            names = sets[c]
            if names.col.key in found or any(word in context for word in names.col.exclude):
                continue
            score = header_score(names, base, core, words)
            if score >= words.threshold:
                scores[(c, j)] = score
                pairs.append((-score, 0 if base == names.own else 1, c, j))
    pairs.sort(key=lambda p: (p[0], p[1], p[3], p[2]))
    settled: set[int] = set()
    for neg, _, c, j in pairs:
        col = sets[c].col
        if c in settled or j in used:
            continue
        score = -neg
        rivals = [k for (cc, k), s in scores.items() if cc == c and k != j and k not in used and s >= score - words.margin]
        own, parent = labels[j]
        text = _shown(own) if not parent or parent == own else f"{_shown(parent)}/{_shown(own)}"
        settled.add(c)
        if rivals and score < 1.0:
            others = "、".join(f"{column_letter(k)} 列「{_shown(labels[k][0])}」" for k in rivals)
            warnings.append(f"无法确定哪一列是「{col.header}」：{column_letter(j)} 列「{text}」与 {others} 同样相近，"
                            "均未采用（请改用标准表头，或用 --mapping 指定）")
            continue
        if rivals:
            others = "、".join(column_letter(k) for k in rivals)
            warnings.append(f"有多列可作为「{col.header}」，已用 {column_letter(j)} 列「{text}」，未用 {others} 列")
        found[col.key] = _Found(col, j, text, _label(own, words)[2], score)
        used.add(j)
    return found, warnings


_NUMBER_TEXT = re.compile(r"\s*[+-]?[0-9０-９][0-9０-９,.，．]*\s*[%％]?\s*")


def _is_header_candidate(row: list[Any]) -> bool:
    for v in row:
        if v.__class__ is float or v.__class__ is int:
            return False  # data rows carry numbers; headers do not (checked first: it is cheap)
    texts = 0
    for v in row:
        if _is_text(v):
            if _NUMBER_TEXT.fullmatch(v):
                return False  # nor numbers stored as text, nor a row of column numbers (1 2 3)
            texts += 1
    return texts >= 2


@dataclass(frozen=True)
class _Hit:
    spec: TableSpec
    sheet: Sheet
    row: int  # 0-based header row
    found: dict[str, _Found]
    warnings: tuple[str, ...]
    score: float


def _find_headers(sheet: Sheet, specs: list[TableSpec], words: HeaderWords = HeaderWords(),
                  near: list[_Hit] | None = None) -> list[_Hit]:
    """Header rows of `specs` in `sheet`, best spec per row. Rows that would be a table but for
    a required column several headers fit equally go to `near`, so that the examiner is told."""
    hits = []
    prepared = [(spec, _header_sets(spec, words), _grams(spec, words), [c.key for c in spec.columns if c.required],
                 frozenset(k for k, c in enumerate(spec.columns) if c.required)) for spec in specs]
    for i, row in enumerate(sheet.rows):
        if not _is_header_candidate(row):
            continue
        labels = _labels(sheet.rows, i)
        cells = _cells(labels, words)
        pieces = set().union(*(c[4] for c in cells if c is not None))
        best: _Hit | None = None
        for spec, sets, grams, required, required_at in prepared:
            reach: set[int] = set()
            for piece in pieces:
                hit = grams.get(piece)
                if hit:
                    reach.update(hit)
            if not required_at <= reach:
                continue  # some required column shares no piece with any label: cannot be this table
            found, warnings = _match(spec, sets, grams, labels, cells, None, words)
            if not any(f.index < len(row) and _is_text(row[f.index]) for f in found.values()):
                continue  # every label came from the row above: a data row under a header, not a header
            if not required or not all(k in found for k in required):
                unsure = [k for k in required if k not in found and any(f"「{spec.column(k).header}」：" in w for w in warnings)]
                if near is not None and unsure and len(unsure) + sum(k in found for k in required) == len(required):
                    near.append(_Hit(spec, sheet, i, found, tuple(warnings), 0.0))
                continue
            score = sum(f.score for f in found.values()) / len(spec.columns)
            if best is None or score > best.score:
                best = _Hit(spec, sheet, i, found, tuple(warnings), score)
        if best is not None:
            if hits and hits[-1].row == i - 1 and hits[-1].spec is best.spec:
                hits[-1] = best  # the lower row of a two-row header
            else:
                hits.append(best)
    return hits


# --- regions ------------------------------------------------------------------------------


def _nonblank(row: list[Any]) -> list[Any]:
    return [v for v in row if not is_blank(v) and not (isinstance(v, str) and not v.strip())]


def _is_title(row: list[Any]) -> bool:
    cells = _nonblank(row)
    return len(cells) == 1 and _is_text(cells[0])


def _is_note(row: list[Any]) -> bool:
    cells = _nonblank(row)
    return bool(cells) and len(cells) <= 3 and _is_text(cells[0]) and bool(_NOTE.match(normalise_text(cells[0]).replace(" ", "")))


def _total_kind(row: list[Any]) -> str:
    for v in _nonblank(row)[:3]:
        if isinstance(v, str):
            m = _TOTAL.match(re.sub(r"\s+", "", normalise_text(v)))
            if m:
                return m.group(3)
    return ""


def _title_above(rows: list[list[Any]], header: int) -> str:
    for i in range(header - 1, max(-1, header - 1 - TITLE_ROWS), -1):
        if _is_title(rows[i]) and not _FILLER.search(normalise_text(_nonblank(rows[i])[0])):
            return str(_nonblank(rows[i])[0]).strip()  # a 填报单位 line is not the table's title
    return ""


def _year_of(text: str) -> int | None:
    m = _YEAR.search(normalise_text(text))
    return int(m.group(1)) if m else None


def _unit_row(row: list[Any], found: dict[str, _Found]) -> dict[str, tuple[str, ...]] | None:
    """A row of units under the header (`（人）`, `学时`): the units per column, or None."""
    units: dict[str, tuple[str, ...]] = {}
    for key, f in found.items():
        v = row[f.index] if f.index < len(row) else None
        if v is None or (isinstance(v, str) and not v.strip()):
            continue
        if not isinstance(v, str):
            return None
        whole, base, notes = _label(v)
        words = notes or (base,)
        if not all(w in UNIT_WORDS for w in words):
            return None
        units[key] = words
    return units or None


# --- typing -------------------------------------------------------------------------------


def _type_cell(file: str, sheet: Sheet, spec: TableSpec, col: ColumnSpec, raw: Any, row_no: int,
               col_idx: int, factor: float, issues: list[DataIssue], ranges: Ranges) -> tuple[Any, CellRef, bool]:
    letter = column_letter(col_idx)
    value, bad = _typed(sheet, spec, col, raw, row_no, letter, factor, issues, ranges)
    return value, CellRef(file, sheet.name, f"{letter}{row_no}"), bad


def _typed(sheet: Sheet, spec: TableSpec, col: ColumnSpec, raw: Any, row_no: int, letter: str,
           factor: float, issues: list[DataIssue], ranges: Ranges = Ranges()) -> tuple[Any, bool]:
    """A cell's typed value and whether it is unusable; the problem, if any, goes to `issues`."""
    if sheet.formula_blanks and raw in ("", None) and f"{letter}{row_no}" in sheet.formula_blanks:
        issues.append(DataIssue("formula-without-value", f"{col.header}：单元格是公式但没有保存计算结果"
                                "（请在 Excel 中打开、重新计算并保存后再提交）", sheet.name, row_no, col.header,
                                f"{letter}{row_no}", table=spec.id, field=col.key))
        return None, True
    kind = raw.__class__
    if kind is float and col.type in _FLOAT_TYPES and raw - raw == 0:  # finite: not NaN, not ±inf
        value = raw  # the common case in a large roster, without the general parser
    elif (kind is str and col.type == "text" and len(raw) > 4 and not raw[0].isspace() and not raw[-1].isspace()
          and raw.isprintable()):
        return raw, False
    else:
        parsed = parse(raw, col.type)
        if parsed.format_chars:
            issues.append(DataIssue("format-characters", f"{col.header}：单元格含 {parsed.format_chars} 个不可见格式字符"
                                    "（零宽字符、双向文字控制符等），已删除后读取", sheet.name, row_no, col.header,
                                    f"{letter}{row_no}", severity="warning", table=spec.id, field=col.key))
        if not parsed.ok:
            issues.append(DataIssue(parsed.problem, f"{col.header}：{parsed.message}", sheet.name, row_no,
                                    col.header, f"{letter}{row_no}", table=spec.id, field=col.key))
            return None, True
        value = parsed.value
        if col.type == "date" and value is not None and not ranges.date_min <= value <= ranges.date_max:
            issues.append(DataIssue("invalid-date", f"{col.header}：「{value.isoformat()}」不在合理的日期范围内"
                                    f"（{ranges.date_min.year}—{ranges.date_max.year} 年；请核对年份）", sheet.name,
                                    row_no, col.header, f"{letter}{row_no}", table=spec.id, field=col.key))
            return None, True
    if factor != 1.0 and isinstance(value, float):
        value = value * factor
    return value, False


def _percent_scale(spec: TableSpec, key: str, raws: list[tuple[int, Any, Any]], sheet: Sheet,
                   issues: list[DataIssue], letter: str) -> dict[int, float | None]:
    """Decide per column whether bare numbers are fractions (0.95) or percents (95).

    `95%` is explicit. Bare numbers: all of them ≤ 1 -> fractions (a cell formatted as a
    percentage); all > 1 -> percents; a mix -> the ≤ 1 ones are ambiguous and reported.
    """
    col = spec.column(key)
    bare = [(n, v) for n, raw, v in raws if v is not None and not (isinstance(raw, str) and "%" in normalise_text(raw))]
    small = [v for _, v in bare if 0 < v <= 1]
    large = [v for _, v in bare if v > 1]
    out: dict[int, float | None] = {}
    for n, v in bare:
        if not small:
            continue
        if not large:
            out[n] = v * 100
        elif 0 < v <= 1:
            out[n] = None
            issues.append(DataIssue(
                "ambiguous-percent", f"{col.header}：「{v:g}」无法判断是 {v:g}% 还是 {v * 100:g}%"
                f"（同列其他值按百分数填写；请填写如 95% 的形式）", sheet.name, n, col.header,
                f"{letter}{n}", table=spec.id, field=key))
    return out


_MISS = object()  # a cell the bulk pass leaves to the per-cell parser
_BLANK_CHARS = frozenset("".join(BLANK_MARKS) + "－／")  # the characters of the marks for an empty cell


def _bulk_column(cells: list[Any], kind: str, factor: float, none_ok: bool) -> list[Any]:
    """One column typed at once where the per-cell parser could find nothing to say: finite
    floats in number columns, integral ones in integer columns, plain text of more than four
    characters in text columns, empty cells (None or ""). Anything else is _MISS, for the per-cell parser."""
    blank = None if none_ok else _MISS
    if kind in _FLOAT_TYPES:
        if factor != 1.0:
            return [v * factor if v.__class__ is float and v - v == 0 else blank if v is None or v == "" else _MISS
                    for v in cells]
        return [v if v.__class__ is float and v - v == 0 else blank if v is None or v == "" else _MISS for v in cells]
    if kind == "int":
        return [v * factor if v.__class__ is float and v - v == 0 and v == int(v) else blank if v is None or v == "" else _MISS
                for v in cells]
    if kind == "text":  # short text may be a blank mark (无, —, N/A) and "#" may start an error value
        return [v if v.__class__ is str and v and v.isprintable() and not v[0].isspace() and not v[-1].isspace()
                and (len(v) > 4 or _BLANK_CHARS.isdisjoint(v)) and "#" not in v
                else blank if v is None or v == "" else _MISS for v in cells]
    return [blank if v is None or v == "" else _MISS for v in cells]


def _bulk_typed(region: list[list[Any]], found: dict[str, _Found], factors: dict[str, float],
                formula_blanks: bool) -> list[tuple[Any, ...] | None]:
    """Per row of the region: its typed values (in `found` order) when the bulk pass typed
    every cell and at least one holds a value; otherwise None, and the row goes cell by cell
    through the per-cell parser, which reports each problem with its cell."""
    columns = []
    for f in found.values():
        j = f.index
        cells = [r[j] if j < len(r) else None for r in region]
        columns.append(_bulk_column(cells, f.col.type, factors.get(f.col.key, 1.0), not formula_blanks))
    out: list[tuple[Any, ...] | None] = []
    for typed in zip(*columns):
        if _MISS in typed or typed.count(None) == len(typed):
            out.append(None)
        else:
            out.append(typed)
    return out


def _read_region(file: str, hit: _Hit, end: int, issues: list[DataIssue], forced: bool = False,
                 ranges: Ranges = Ranges()) -> tuple[list[Row], TableMapping]:
    spec, sheet, rows = hit.spec, hit.sheet, hit.sheet.rows
    found = dict(hit.found)
    for w in hit.warnings:
        issues.append(DataIssue("ambiguous-column", w, sheet.name, hit.row + 1, severity="warning", table=spec.id))
    for key, f in sorted(found.items(), key=lambda kv: kv[1].index):
        if f.score < 1.0:
            issues.append(DataIssue(
                "header-by-similarity", f"表头「{f.header}」按相似度 {f.score:.2f} 认作「{f.col.header}」"
                "（如不对，请用 --mapping 指定）", sheet.name, hit.row + 1, f.header,
                f"{column_letter(f.index)}{hit.row + 1}", severity="warning", table=spec.id, field=key))
    start = hit.row + 1
    extra_units: dict[str, tuple[str, ...]] = {}
    if start < end:
        unit_row = _unit_row(rows[start], found)
        if unit_row is not None:
            extra_units, start = unit_row, start + 1
    factors: dict[str, float] = {}
    for key, f in list(found.items()):
        col = f.col
        words = [n for n in f.notes + extra_units.get(key, ()) if n in UNIT_WORDS]
        unit_words = [w for w in words if w not in ("%", "％", "百分比")]
        if col.units and unit_words:
            table = dict(col.units)
            unknown = [w for w in unit_words if w not in table]
            if unknown:
                issues.append(DataIssue(
                    "unit-mismatch", f"「{f.header}」的单位「{unknown[0]}」无法换算为{next(iter(table))}"
                    f"（请换算后填报，或用 --mapping 指定正确的列）", sheet.name, hit.row + 1, f.header,
                    f"{column_letter(f.index)}{hit.row + 1}", table=spec.id, field=key))
                del found[key]
                continue
            factors[key] = table[unit_words[0]]
    for col in spec.columns:
        if col.key not in found and col.required:
            issues.append(DataIssue("missing-column", f"缺少必填列「{col.header}」", sheet.name,
                                    hit.row + 1, col.header, table=spec.id, field=col.key))
    out: list[Row] = []
    totals: list[tuple[int, list[Any]]] = []
    percent_raw: dict[str, list[tuple[int, Any, Any]]] = {k: [] for k, f in found.items() if f.col.type == "percent"}
    letters = {k: column_letter(f.index) for k, f in found.items()}
    figure_keys = [k for k, f in found.items() if f.col.type == "figure"] if "unit" in found else []
    last = start
    keys = list(found)
    bulk = _bulk_typed(rows[start:end], found, factors, bool(sheet.formula_blanks)) if end > start else []
    i = start
    while i < end:
        raw_row = rows[i]
        present = [v for v in raw_row if v is not None and v != ""]  # whitespace and marks: _nonblank
        if len(present) <= 3 and _is_note(raw_row):
            break
        typed = bulk[i - start]
        if typed is not None and not (present and any(
                isinstance(v, str) and _TOTAL_CHARS.intersection(v) for v in present[:3])):
            values = dict(zip(keys, typed))  # every cell typed in bulk, none with a problem
            bad = set()
            for key in percent_raw:
                j = found[key].index
                percent_raw[key].append((i + 1, raw_row[j] if j < len(raw_row) else None, values[key]))
            if figure_keys:
                cells_raw = {k: (raw_row[f.index] if f.index < len(raw_row) else None) for k, f in found.items()}
                _check_figure_range(spec, sheet, found, figure_keys, values, bad, cells_raw, i + 1, letters, ranges,
                                    issues)
            out.append(Row(i + 1, values, CellRefs(file, sheet.name, letters, i + 1),
                           frozenset(bad) if bad else _NONE_BAD))
            last = i + 1
            i += 1
            continue
        cells_raw = {k: (raw_row[f.index] if f.index < len(raw_row) else None) for k, f in found.items()}
        if not any(v.__class__ is not str or not is_blank(v) for v in present):
            nxt = next((k for k in range(i + 1, end) if _nonblank(rows[k])), None)
            if nxt is None or _is_title(rows[nxt]) or _is_note(rows[nxt]):
                break
            i += 1
            continue
        kind = _total_kind(present) if any(isinstance(v, str) and _TOTAL_CHARS.intersection(v) for v in present[:3]) else ""
        if kind:
            if kind in ("合计", "总计", "汇总", "总数", "共计", "累计"):
                totals.append((i + 1, raw_row))
            last = i + 1
            i += 1
            continue
        if all(is_blank(v) for v in cells_raw.values()) and not (sheet.formula_blanks and any(
                f"{letters[k]}{i + 1}" in sheet.formula_blanks for k in found)):
            i += 1
            continue
        values, bad = {}, set()
        for key, f in found.items():
            value, is_bad = _typed(sheet, spec, f.col, cells_raw[key], i + 1, letters[key],
                                   factors.get(key, 1.0), issues, ranges)
            values[key] = value
            if is_bad:
                bad.add(key)
            elif key in percent_raw:
                percent_raw[key].append((i + 1, cells_raw[key], value))
        if figure_keys:
            _check_figure_range(spec, sheet, found, figure_keys, values, bad, cells_raw, i + 1, letters, ranges, issues)
        out.append(Row(i + 1, values, CellRefs(file, sheet.name, letters, i + 1), frozenset(bad) if bad else _NONE_BAD))
        last = i + 1
        i += 1
    for key, raws in percent_raw.items():
        fixes = _percent_scale(spec, key, raws, sheet, issues, letters[key])
        if fixes:
            out = [_fix(r, key, fixes[r.number]) if r.number in fixes else r for r in out]
    _cross_check_totals(spec, sheet, found, out, totals, factors, issues)
    if sheet.formulas:
        _note_formulas(spec, sheet, found, letters, out, issues)
    mapping = TableMapping(
        table=spec.id, title=spec.sheet, sheet=sheet.name, header_row=hit.row + 1,
        first_row=out[0].number if out else hit.row + 2, last_row=last, rows=len(out),
        columns=tuple(ColumnMap(k, f.header, column_letter(f.index), factors.get(k, 1.0))
                      for k, f in sorted(found.items(), key=lambda kv: kv[1].index)),
        totals=len(totals), found_title=_title_above(rows, hit.row), source="mapping" if forced else "auto",
        score=round(min((f.score for f in found.values()), default=1.0), 2))
    return out, mapping


def _check_figure_range(spec: TableSpec, sheet: Sheet, found: dict[str, _Found], keys: list[str],
                        values: dict[str, Any], bad: set[str], raw: dict[str, Any], row_no: int,
                        letters: dict[str, str], ranges: Ranges, issues: list[DataIssue]) -> None:
    """A figure is held to the range of the unit its row names (a % typed in the cell counts)."""
    unit_raw = raw.get("unit")
    unit = normalise_text(unit_raw).replace(" ", "") if isinstance(unit_raw, str) else ""
    for key in keys:
        value = values.get(key)
        if value is None or key in bad:
            continue
        cell = raw.get(key)
        written = unit or ("%" if isinstance(cell, str) and "%" in normalise_text(cell) else "")
        bounds = ranges.for_unit(written.replace("％", "%"))
        if bounds is None or bounds[0] <= value <= bounds[1]:
            continue
        header = found[key].col.header
        issues.append(DataIssue("out-of-range", f"「{header}」超出合理范围：{value:g}{written}（以{written}计应在 "
                                f"{bounds[0]:g}—{bounds[1]:g} 之间）", sheet.name, row_no, header,
                                f"{letters[key]}{row_no}", table=spec.id, field=key))
        values[key] = None
        bad.add(key)


def _note_formulas(spec: TableSpec, sheet: Sheet, found: dict[str, _Found], letters: dict[str, str],
                   rows: list[Row], issues: list[DataIssue]) -> None:
    """One warning per column whose cells are formulas read through their saved results."""
    for key, f in sorted(found.items(), key=lambda kv: kv[1].index):
        cells = [f"{letters[key]}{r.number}" for r in rows if f"{letters[key]}{r.number}" in sheet.formulas]
        if not cells:
            continue
        shown = "、".join(cells[:5]) + (f" 等 {len(cells)} 个单元格" if len(cells) > 5 else "")
        issues.append(DataIssue("formula-cached-value", f"{f.col.header}：{shown} 是公式，读取的是文件中保存的计算结果"
                                "（若公式引用的数据已改动而未重新计算，结果可能不是最新的；请在 Excel 中打开、重新计算并保存）",
                                sheet.name, rows[0].number if rows else None, f.col.header, cells[0],
                                severity="warning", table=spec.id, field=key))


def _fix(row: Row, key: str, value: float | None) -> Row:
    if value is None:
        return Row(row.number, {**row.values, key: None}, row.cells, row.bad | {key})
    return Row(row.number, {**row.values, key: value}, row.cells, row.bad)


def _cross_check_totals(spec: TableSpec, sheet: Sheet, found: dict[str, _Found], rows: list[Row],
                        totals: list[tuple[int, list[Any]]], factors: dict[str, float],
                        issues: list[DataIssue]) -> None:
    for number, raw_row in totals:
        for key, f in found.items():
            if f.col.type not in ("int", "number"):
                continue
            raw = raw_row[f.index] if f.index < len(raw_row) else None
            parsed = parse(raw, "number")
            if not parsed.ok or parsed.value is None:
                continue
            if any(key in r.bad or r.values.get(key) is None for r in rows):
                continue  # a blank or unusable cell already makes the sum unknowable
            total = parsed.value * factors.get(key, 1.0)
            computed = sum(r.values[key] for r in rows)
            if abs(total - computed) > 1e-6:
                issues.append(DataIssue(
                    "total-mismatch", f"合计行的「{f.col.header}」为 {total:g}，但各行之和为 {computed:g}"
                    "（合计行不参与计算，请核对）", sheet.name, number, f.col.header,
                    f"{column_letter(f.index)}{number}", severity="warning", table=spec.id, field=key))


# --- key/value (基本信息) ------------------------------------------------------------------


def _read_keyvalue_table(file: str, sheet: Sheet, spec: TableSpec, issues: list[DataIssue],
                         ranges: Ranges = Ranges()) -> TableData:
    values, refs, bad = {}, {}, set()
    wanted = {c.key: {_label(h)[1] for h in c.headers} for c in spec.columns}
    for i, row in enumerate(sheet.rows):
        if not row:
            continue
        label = _label(str(row[0]))[1] if _is_text(row[0]) else ""
        for col in spec.columns:
            if label and label in wanted[col.key] and col.key not in values:
                raw = row[1] if len(row) > 1 else None
                value, ref, is_bad = _type_cell(file, sheet, spec, col, raw, i + 1, 1, 1.0, issues, ranges)
                if f"B{i + 1}" in sheet.formulas:
                    issues.append(DataIssue("formula-cached-value", f"{col.header}：B{i + 1} 是公式，读取的是文件中保存的计算结果",
                                            sheet.name, i + 1, col.header, f"B{i + 1}", severity="warning",
                                            table=spec.id, field=col.key))
                values[col.key], refs[col.key] = value, ref
                if is_bad:
                    bad.add(col.key)
    mapping = TableMapping(spec.id, spec.sheet, sheet.name, 0, 1, len(sheet.rows), 1,
                           tuple(ColumnMap(k, next(c.header for c in spec.columns if c.key == k), "B") for k in values))
    return TableData(spec, sheet.name, 0, (Row(0, values, refs, frozenset(bad)),), {k: "B" for k in values}, (mapping,))


# --- the whole workbook -------------------------------------------------------------------


def _sheet_named(sheets: list[Sheet], names: tuple[str, ...]) -> Sheet | None:
    wanted = {n.strip() for n in names}
    return next((s for s in sheets if s.name.strip() in wanted), None)


def _region_year(hit: _Hit) -> int | None:
    return _year_of(_title_above(hit.sheet.rows, hit.row)) or _year_of(hit.sheet.name)


def _forced_hit(spec: TableSpec, sheets: list[Sheet], entry: Mapping[str, Any], words: HeaderWords) -> _Hit:
    from ..errors import InputError

    sheet = _sheet_named(sheets, (str(entry.get("sheet", "")),))
    if sheet is None:
        raise InputError(f"映射文件中表 {spec.id} 的工作表「{entry.get('sheet')}」不存在"
                         f"（工作簿中有：{'、'.join(s.name for s in sheets)}）")
    columns = entry.get("columns") or {}
    header_row = entry.get("header_row")
    if header_row is None:
        hits = _find_headers(sheet, [spec], words)
        header = hits[0].row if hits else 0
    else:
        header = int(header_row) - 1
    if not 0 <= header < len(sheet.rows):
        raise InputError(f"映射文件中表 {spec.id} 的表头行 {header_row} 超出工作表「{sheet.name}」的范围")
    labels = _labels(sheet.rows, header)
    forced: dict[str, int] = {}
    for key, where in columns.items():
        if not spec.has(key):
            raise InputError(f"映射文件中表 {spec.id} 没有列 {key}（可用：{'、'.join(c.key for c in spec.columns)}）")
        where = str(where).strip()
        if re.fullmatch(r"[A-Za-z]{1,3}", where):
            idx = 0
            for ch in where.upper():
                idx = idx * 26 + ord(ch) - 64
            forced[key] = idx - 1
        else:
            idx = next((j for j, (own, _) in enumerate(labels) if own.strip() == where), None)
            if idx is None:
                raise InputError(f"映射文件中列 {key} 指定的表头「{where}」不在工作表「{sheet.name}」第{header + 1}行")
            forced[key] = idx
    found, warnings = _match_header(spec, labels, forced, words)
    return _Hit(spec, sheet, header, found, tuple(warnings), 1.0)


def read_tables(file: str, sheets: list[Sheet], schema: WorkbookSchema, *, year: int | None = None,
                mapping: Mapping[str, Any] | None = None) -> tuple[dict[str, TableData], list[DataIssue]]:
    """Find each schema table in the workbook. Tables not found are simply absent.

    `year` picks, among several copies of one table (one per year), the copy whose title or
    sheet name names that year. `mapping` ({table id: {sheet, header_row, columns}}) overrides
    the automatic choice for the tables it names.
    """
    issues: list[DataIssue] = []
    tables: dict[str, TableData] = {}
    mapping = mapping or {}
    for spec in schema.tables:
        if spec.layout != "keyvalue":
            continue
        sheet = _sheet_named(sheets, (spec.sheet,) + spec.synonyms)
        if sheet is not None:
            tables[spec.id] = _read_keyvalue_table(file, sheet, spec, issues, schema.ranges)
    rows_specs = [s for s in schema.tables if s.layout == "rows"]
    auto_specs = [s for s in rows_specs if s.id not in mapping]
    hits: list[_Hit] = []
    near: list[_Hit] = []
    for sheet in sheets:
        hits.extend(_find_headers(sheet, auto_specs, schema.headers, near))
    for miss in near:
        if not any(h.spec is miss.spec for h in hits):
            for w in miss.warnings:
                issues.append(DataIssue("ambiguous-column", f"{miss.spec.title}：{w}", miss.sheet.name, miss.row + 1,
                                        table=miss.spec.id))
    forced_ids = set()
    for spec in rows_specs:
        if spec.id in mapping:
            forced = _forced_hit(spec, sheets, mapping[spec.id], schema.headers)
            hits = [h for h in hits if not (h.sheet is forced.sheet and h.row == forced.row)] + [forced]
            forced_ids.add(spec.id)
    by_sheet: dict[int, list[_Hit]] = {}
    for h in hits:
        by_sheet.setdefault(id(h.sheet), []).append(h)
    for group in by_sheet.values():
        group.sort(key=lambda h: h.row)
    if year is None and "info" in tables and tables["info"].rows:
        y = tables["info"].rows[0].values.get("year")
        year = int(y) if isinstance(y, float) else None
    for spec in rows_specs:
        mine = [h for h in hits if h.spec is spec]
        if len(mine) > 1 and year is not None:
            years = [_region_year(h) for h in mine]
            if any(y is not None for y in years) and len(set(years)) > 1:
                chosen = [h for h, y in zip(mine, years) if y == year]
                for h, y in zip(mine, years):
                    if h not in chosen:
                        issues.append(DataIssue("other-year-table", f"「{_title_above(h.sheet.rows, h.row) or h.sheet.name}」"
                                                f"是{y}年的表，按{year}年度判定时未使用", h.sheet.name, h.row + 1,
                                                severity="warning", table=spec.id))
                mine = chosen
        if not mine:
            continue
        rows: list[Row] = []
        maps: list[TableMapping] = []
        for h in mine:
            group = by_sheet[id(h.sheet)]
            later = [g.row for g in group if g.row > h.row]
            end = min(later) if later else len(h.sheet.rows)
            got, m = _read_region(file, h, end, issues, forced=spec.id in forced_ids, ranges=schema.ranges)
            rows.extend(got)
            maps.append(m)
        first = maps[0]
        letters = {c.key: c.letter for c in first.columns}
        tables[spec.id] = TableData(spec, first.sheet, first.header_row, tuple(rows), letters, tuple(maps))
    return tables, issues


_FILLER = re.compile(r"(填报单位|报送单位|填表单位|单位名称)\s*[（(]?\s*(盖章|公章)?\s*[）)]?\s*[:：]\s*(\S[^\s　]*)")


@dataclass(frozen=True)
class TitleInfo:
    government: str | None
    year: int | None
    evidence: tuple[CellRef, ...]
    years_seen: tuple[int, ...] = ()


def info_from_titles(file: str, sheets: list[Sheet], rows: int = 6) -> TitleInfo:
    """Government and year read from title rows (`2023年度…统计表`, `填报单位（盖章）：某区司法局`).

    For files with no 基本信息 sheet. Several different years in titles give no year: the
    examiner must say which with --year.
    """
    years: dict[int, CellRef] = {}
    government, evidence = None, []
    for sheet in sheets:
        for i, row in enumerate(sheet.rows[:rows]):
            for j, v in enumerate(row):
                if not _is_text(v):
                    continue
                text = normalise_text(v)
                ref = CellRef(file, sheet.name, f"{column_letter(j)}{i + 1}")
                m = _FILLER.search(text)
                if m and government is None:
                    government = m.group(3).strip("，,；;")
                    evidence.append(ref)
                    continue
                y = _year_of(text)
                if y and ("年度" in text or "统计" in text or "情况" in text or "表" in text):
                    years.setdefault(y, ref)
    year = next(iter(years)) if len(years) == 1 else None
    if year is not None:
        evidence.append(years[year])
    return TitleInfo(government, year, tuple(evidence), tuple(sorted(years)))
