"""Load and validate the indicator catalogue: indicators/**/*.yml -> typed, frozen objects.

Every error is a CatalogueError naming file, line and field.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from ..errors import CatalogueError, os_reason
from ..model import Catalogue, Indicator, Level, Measure, Operator, Period, Plan, Source, Target, target_text
from .workbook_schema import COLUMN_TYPES, NUMERIC_TYPES, ColumnSpec, TableSpec, WorkbookSchema, parse_headers, parse_ranges
from ..yamlio import LineDict, load_yaml, yaml_problem

MEASURE_KINDS = {
    # kind: (required keys, optional keys)
    "person_value": ({"value"}, {"due", "group", "label"}),
    "unit_ratio": ({"numerator", "denominator"}, {"label", "percent"}),
    "rate": ({"numerator", "denominator"}, {"reported", "label", "percent"}),
    "count": (set(), {"date", "label"}),
    "boolean": (set(), set()),
    "deadline": (set(), set()),
    "value": ({"value"}, set()),
}
INDICATOR_KEYS = {
    "id", "name", "category", "description", "level", "period", "measure", "target",
    "sources", "informational", "synonyms", "unit", "extract", "draft",
}
TARGET_KEYS = {"operator", "value", "upper", "unit"}
SOURCE_KEYS = {"document", "article", "quote", "target", "basis", "national"}
PLAN_KEYS = {"id", "kind", "name", "government", "also_governs", "start", "end", "text"}
NUMERIC = NUMERIC_TYPES
COLUMN_ROLES = {"value": NUMERIC, "numerator": NUMERIC, "denominator": NUMERIC, "reported": NUMERIC,
                "date": ("date",), "due": ("date",)}


def default_directory() -> Path:
    """The catalogue used when none is given: $CHECKER_CATALOGUE if set, else the shipped one."""
    env = os.environ.get("CHECKER_CATALOGUE")
    return Path(env) if env else shipped_directory()


def shipped_directory() -> Path:
    """The catalogue shipped with the package (installed) or beside it (source checkout)."""
    here = Path(__file__).resolve().parent.parent  # the package folder
    for candidate in (here / "_catalogue", here.parent / "indicators"):
        if (candidate / "plans.yml").is_file():
            return candidate
    raise CatalogueError(str(here / "_catalogue"), None, "-", "找不到随软件安装的指标目录，请重新安装本软件")


@dataclass(frozen=True)
class _Ctx:
    file: str

    def fail(self, node: Any, field: str, message: str) -> CatalogueError:
        line = node.line_of(field.split(".")[-1]) if isinstance(node, LineDict) else None
        return CatalogueError(self.file, line, field, message)


def _read(path: Path, root: Path) -> Any:
    rel = str(path.relative_to(root.parent)) if path.is_relative_to(root.parent) else str(path)
    try:
        return load_yaml(path)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        raise CatalogueError(rel, mark.line + 1 if mark else None, "-", f"YAML 语法错误：{yaml_problem(exc)}") from None
    except UnicodeDecodeError as exc:
        raise CatalogueError(rel, None, "-", f"无法读取：{yaml_problem(exc)}") from None
    except OSError as exc:
        raise CatalogueError(rel, None, "-", f"无法读取：{os_reason(exc)}") from None


def _mapping(ctx: _Ctx, node: Any, field: str, parent: Any = None) -> LineDict:
    if not isinstance(node, LineDict):
        raise ctx.fail(parent if parent is not None else node, field, "应为键值映射（mapping）")
    return node


def _check_keys(ctx: _Ctx, node: LineDict, allowed: set[str], prefix: str) -> None:
    for key in node:
        if key not in allowed:
            raise ctx.fail(node, f"{prefix}{key}", f"未知字段；允许的字段：{', '.join(sorted(allowed))}")


def _text(ctx: _Ctx, node: LineDict, key: str, prefix: str = "", required: bool = True) -> str:
    value = node.get(key)
    if value is None:
        if required:
            raise ctx.fail(node, f"{prefix}{key}", "缺少必填字段")
        return ""
    if not isinstance(value, str) or not value.strip():
        raise ctx.fail(node, f"{prefix}{key}", f"应为非空文字，实际为 {value!r}")
    return value.strip()


def _enum(ctx: _Ctx, node: LineDict, key: str, enum: type, prefix: str = "") -> Any:
    raw = _text(ctx, node, key, prefix)
    try:
        return enum(raw)
    except ValueError:
        allowed = ", ".join(e.value for e in enum)
        raise ctx.fail(node, f"{prefix}{key}", f"未知取值 {raw!r}；允许：{allowed}") from None


def _number(ctx: _Ctx, node: LineDict, key: str, prefix: str) -> float:
    value = node.get(key)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ctx.fail(node, f"{prefix}{key}", f"应为数字，实际为 {value!r}")
    return float(value)


# --- workbook schema -----------------------------------------------------------------------


def _words(ctx: _Ctx, node: LineDict, key: str, prefix: str) -> tuple[str, ...]:
    value = node.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ctx.fail(node, f"{prefix}{key}", f"应为非空文字的列表，实际为 {value!r}")
    return tuple(v.strip() for v in value)


def _units(ctx: _Ctx, node: LineDict, prefix: str) -> tuple[tuple[str, float], ...]:
    value = node.get("units", {})
    if not isinstance(value, dict) or not all(
            isinstance(k, str) and isinstance(v, (int, float)) and not isinstance(v, bool) and v > 0
            for k, v in value.items()):
        raise ctx.fail(node, f"{prefix}units", f"应为「单位: 换算系数」的映射（系数为正数），实际为 {value!r}")
    return tuple((k, float(v)) for k, v in value.items())


def _load_schema(path: Path, root: Path) -> WorkbookSchema:
    ctx = _Ctx(str(path.relative_to(root.parent)))
    doc = _mapping(ctx, _read(path, root), "tables")
    tables = []
    seen: set[str] = set()
    for i, t in enumerate(doc.get("tables") or []):
        p = f"tables[{i}]."
        t = _mapping(ctx, t, p.rstrip("."), doc)
        _check_keys(ctx, t, {"id", "sheet", "layout", "title", "columns", "keyed", "synonyms", "label"}, p)
        tid = _text(ctx, t, "id", p)
        if tid in seen:
            raise ctx.fail(t, f"{p}id", f"表编号 {tid} 重复")
        seen.add(tid)
        layout = _text(ctx, t, "layout", p)
        if layout not in ("rows", "keyvalue"):
            raise ctx.fail(t, f"{p}layout", "应为 rows 或 keyvalue")
        cols = []
        for j, c in enumerate(t.get("columns") or []):
            cp = f"{p}columns[{j}]."
            c = _mapping(ctx, c, cp.rstrip("."), t)
            _check_keys(ctx, c, {f.name for f in ColumnSpec.__dataclass_fields__.values()}, cp)
            ctype = _text(ctx, c, "type", cp)
            if ctype not in COLUMN_TYPES:
                raise ctx.fail(c, f"{cp}type", f"未知列类型 {ctype!r}；允许：{', '.join(COLUMN_TYPES)}")
            cols.append(ColumnSpec(
                key=_text(ctx, c, "key", cp), header=_text(ctx, c, "header", cp), type=ctype,
                required=bool(c.get("required", False)), unique=bool(c.get("unique", False)),
                min=c.get("min"), max=c.get("max"), not_above=c.get("not_above"),
                note=str(c.get("note", "")), synonyms=_words(ctx, c, "synonyms", cp),
                exclude=_words(ctx, c, "exclude", cp), units=_units(ctx, c, cp),
            ))
        keys = {c.key for c in cols}
        for c in cols:
            if c.not_above and c.not_above not in keys:
                raise ctx.fail(t, f"{p}columns", f"列 {c.key} 的 not_above 指向不存在的列 {c.not_above}")
        label = t.get("label")
        if label is not None and label not in keys:
            raise ctx.fail(t, f"{p}label", f"label 指向不存在的列 {label}")
        tables.append(TableSpec(
            id=tid, sheet=_text(ctx, t, "sheet", p), layout=layout,
            title=_text(ctx, t, "title", p, required=False), columns=tuple(cols),
            keyed=bool(t.get("keyed", False)), synonyms=_words(ctx, t, "synonyms", p), label=label,
        ))
    try:
        ranges = parse_ranges(doc.get("ranges"))
    except ValueError as exc:
        raise ctx.fail(doc, "ranges", str(exc)) from None
    try:
        headers = parse_headers(doc.get("headers"))
    except ValueError as exc:
        raise ctx.fail(doc, "headers", str(exc)) from None
    return WorkbookSchema(tuple(tables), ranges, headers)


# --- plans ---------------------------------------------------------------------------------


def _load_plans(path: Path, root: Path) -> tuple[tuple[Plan, ...], dict[str, str]]:
    ctx = _Ctx(str(path.relative_to(root.parent)))
    doc = _mapping(ctx, _read(path, root), "documents")
    plans, texts = [], {}
    for i, d in enumerate(doc.get("documents") or []):
        p = f"documents[{i}]."
        d = _mapping(ctx, d, p.rstrip("."), doc)
        _check_keys(ctx, d, PLAN_KEYS, p)
        pid = _text(ctx, d, "id", p)
        if any(x.id == pid for x in plans):
            raise ctx.fail(d, f"{p}id", f"文件编号 {pid} 重复")
        text_file = _text(ctx, d, "text", p, required=False)
        if text_file:
            tpath = root / "sources" / text_file
            try:
                texts[pid] = tpath.read_text(encoding="utf-8")
            except OSError:
                raise ctx.fail(d, f"{p}text", f"找不到原文文件 sources/{text_file}") from None
        kind = _text(ctx, d, "kind", p, required=False) or "plan"
        if kind not in ("plan", "report"):
            raise ctx.fail(d, f"{p}kind", "应为 plan 或 report")
        also = d.get("also_governs") or []
        if not isinstance(also, list) or not all(isinstance(x, str) and x.strip() for x in also):
            raise ctx.fail(d, f"{p}also_governs", "应为政府名称的列表")
        plans.append(Plan(
            id=pid, kind=kind, name=_text(ctx, d, "name", p), government=_text(ctx, d, "government", p),
            also_governs=tuple(x.strip() for x in also),
            start=int(_number(ctx, d, "start", p)), end=int(_number(ctx, d, "end", p)),
            document=text_file,
        ))
    return tuple(plans), texts


# --- indicators ----------------------------------------------------------------------------


def _load_indicator(path: Path, root: Path, schema: WorkbookSchema, plans: dict[str, Plan],
                    texts: dict[str, str]) -> Indicator:
    ctx = _Ctx(str(path.relative_to(root.parent)))
    node = _read(path, root)
    if not isinstance(node, LineDict):
        raise CatalogueError(ctx.file, 1, "-", "文件内容应为一个指标（键值映射）")
    _check_keys(ctx, node, INDICATOR_KEYS, "")
    ind_id = _text(ctx, node, "id")
    if not ind_id.replace("_", "").isalnum() or not ind_id.isascii() or ind_id.lower() != ind_id:
        raise ctx.fail(node, "id", f"编号 {ind_id!r} 应只含小写英文字母、数字和下划线")
    informational = bool(node.get("informational", False))
    draft = node.get("draft", False)
    if not isinstance(draft, bool):
        raise ctx.fail(node, "draft", f"应为 true 或 false，实际为 {draft!r}")
    if draft and "measure" not in node:
        return _load_rest(ctx, node, ind_id, informational, None, None, plans, texts, draft=True)

    m = _mapping(ctx, node.get("measure"), "measure", node)
    kind = _text(ctx, m, "kind", "measure.")
    if kind not in MEASURE_KINDS:
        raise ctx.fail(m, "measure.kind", f"未知计算方式 {kind!r}；允许：{', '.join(MEASURE_KINDS)}")
    required, optional = MEASURE_KINDS[kind]
    _check_keys(ctx, m, required | optional | {"kind", "table"}, "measure.")
    table_id = _text(ctx, m, "table", "measure.")
    if not schema.has(table_id):
        raise ctx.fail(m, "measure.table", f"标准工作簿中没有表 {table_id!r}")
    table = schema.table(table_id)
    for key in required:
        if key not in m:
            raise ctx.fail(m, f"measure.{key}", f"计算方式 {kind} 需要此字段")
    for key in (required | optional) - {"percent"}:
        if key in m and not table.has(str(m[key])):
            raise ctx.fail(m, f"measure.{key}", f"表 {table_id} 中没有列 {m[key]!r}")
    if kind in ("boolean", "deadline") and not (table.keyed and table.has("done")):
        raise ctx.fail(m, "measure.table", f"计算方式 {kind} 需要含「是否落实」列、按指标编号逐行填写的表（如 commitments）")
    for key, wanted in COLUMN_ROLES.items():
        if key in m and table.column(str(m[key])).type not in wanted:
            raise ctx.fail(m, f"measure.{key}", f"列 {m[key]} 的类型是 {table.column(str(m[key])).type}，此处需要 {'/'.join(wanted)}")
    if informational and kind not in ("rate", "value", "count"):
        raise ctx.fail(m, "measure.kind", f"参考指标只能使用 rate、value 或 count，不能使用 {kind}")
    measure = Measure(kind=kind, table=table_id, **{k: m[k] for k in m if k not in ("kind", "table")})
    return _load_rest(ctx, node, ind_id, informational, measure, kind, plans, texts, draft=draft)


def _load_target(ctx: _Ctx, node: LineDict, informational: bool, kind: str | None,
                 optional: bool = False) -> Target | None:
    """The target block; `kind` None (a draft without measure) skips the checks against the measure."""
    target_node = node.get("target")
    target: Target | None = None
    if optional and target_node is None:
        return None
    if informational:
        if target_node is not None:
            raise ctx.fail(node, "target", "参考指标（informational: true）不应设目标")
    else:
        target = _parse_target(ctx, _mapping(ctx, target_node, "target", node), kind, "target.")
    return target


def _parse_target(ctx: _Ctx, t: LineDict, kind: str | None, p: str) -> Target:
    _check_keys(ctx, t, TARGET_KEYS, p)
    op = _enum(ctx, t, "operator", Operator, p)
    value: Any = t.get("value")
    upper = None
    if op in (Operator.AT_LEAST, Operator.AT_MOST, Operator.EQUALS, Operator.BETWEEN):
        value = _number(ctx, t, "value", p)
        if op is Operator.BETWEEN:
            upper = _number(ctx, t, "upper", p)
        if kind in ("boolean", "deadline"):
            raise ctx.fail(t, f"{p}operator", f"计算方式 {kind} 不能使用数值比较 {op.value}")
    elif op is Operator.RISING:
        if kind is not None and kind not in ("rate", "value", "count"):
            raise ctx.fail(t, f"{p}operator", "rising（高于上年）只用于 rate、value、count 计算方式")
        if "value" in t:
            raise ctx.fail(t, f"{p}value", "rising 与上年数字比较，不设 value")
        value = None
    elif op is Operator.BY_DATE:
        if kind is not None and kind != "deadline":
            raise ctx.fail(t, f"{p}operator", "by_date 只用于 deadline 计算方式")
        try:
            value = dt.date.fromisoformat(str(value)).isoformat()
        except ValueError:
            raise ctx.fail(t, f"{p}value", f"截止日期应为 YYYY-MM-DD，实际为 {value!r}") from None
    elif op is Operator.IS_TRUE and kind is not None and kind != "boolean":
        raise ctx.fail(t, f"{p}operator", "is_true 只用于 boolean 计算方式")
    if kind == "deadline" and op is not Operator.BY_DATE:
        raise ctx.fail(t, f"{p}operator", "deadline 计算方式应使用 by_date")
    if kind == "boolean" and op is not Operator.IS_TRUE:
        raise ctx.fail(t, f"{p}operator", "boolean 计算方式应使用 is_true")
    if upper is not None and upper < value:
        raise ctx.fail(t, f"{p}upper", f"上限 {upper:g} 小于下限 {value:g}")
    if "upper" in t and op is not Operator.BETWEEN:
        raise ctx.fail(t, f"{p}upper", "只有 between 使用 upper")
    return Target(operator=op, value=value, upper=upper, unit=str(t.get("unit") or ""))


def _load_sources(ctx: _Ctx, node: LineDict, plans: dict[str, Plan], texts: dict[str, str],
                  default: Target | None, kind: str | None, informational: bool) -> tuple[Source, ...]:
    sources_node = node.get("sources")
    if not isinstance(sources_node, list) or not sources_node:
        raise ctx.fail(node, "sources", "每个指标至少要有一条来源（document、article、quote）")
    sources = []
    for i, s in enumerate(sources_node):
        p = f"sources[{i}]."
        s = _mapping(ctx, s, p.rstrip("."), node)
        _check_keys(ctx, s, SOURCE_KEYS, p)
        doc = _text(ctx, s, "document", p)
        if doc not in plans:
            raise ctx.fail(s, f"{p}document", f"未在 plans.yml 中登记的文件 {doc!r}")
        quote = _text(ctx, s, "quote", p)
        if doc in texts and quote not in texts[doc]:
            raise ctx.fail(s, f"{p}quote", f"引文在 {doc} 原文中找不到（须逐字摘录）：{quote[:30]}…")
        own = None
        if "target" in s:
            if informational:
                raise ctx.fail(s, f"{p}target", "参考指标（informational: true）不应设目标")
            own = _parse_target(ctx, _mapping(ctx, s["target"], f"{p}target", s), kind, f"{p}target.")
            if default is not None and not own.unit:
                own = Target(own.operator, own.value, own.upper, default.unit)
        basis = _text(ctx, s, "basis", p, required=False)
        national = _text(ctx, s, "national", p, required=False)
        target = own or default
        if target is not None and not informational and not basis and not threshold_stated(target, quote):
            raise ctx.fail(s, f"{p}quote", f"引文中没有目标值 {target_text(target)}：须引用写明该数值的条文，"
                           "或在 basis 中写明该数值的依据（核查标准及其出处）")
        sources.append(Source(document=doc, article=_text(ctx, s, "article", p), quote=quote, target=own,
                              basis=basis, national=national))
    return tuple(sources)


_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _spellings(n: float) -> set[str]:
    """How a plan may write a small whole number or a percentage: 60, 六十, 两, 百分之五 …"""
    out = {f"{n:g}"}
    if n == int(n) and 0 <= n < 100:
        i = int(n)
        tens, ones = divmod(i, 10)
        digits = {v: k for k, v in _CN_DIGITS.items() if k not in ("〇", "两")}
        cn = (("" if tens == 1 else digits[tens]) + "十" if tens else "") + (digits[ones] if ones or not tens else "")
        out |= {cn, "百分之" + cn}
        if i == 2:
            out |= {"两", "百分之二"}
    if n == 100:
        out |= {"百分之百", "百分之一百", "全覆盖", "全部"}
    return out


def threshold_stated(target: Target, quote: str) -> bool:
    """Does the clause itself state the target's threshold? (Else the catalogue must give a basis.)"""
    op = target.operator
    if op in (Operator.IS_TRUE, Operator.RISING):
        return True  # the clause is the requirement; no number to state
    if op is Operator.BY_DATE:
        year = str(target.value)[:4]
        return year in quote or f"{int(year) + 1}年前" in quote
    values = [target.value] + ([target.upper] if target.upper is not None else [])
    return all(any(s in quote for s in _spellings(float(v))) for v in values)


def _load_rest(ctx: _Ctx, node: LineDict, ind_id: str, informational: bool, measure: Measure | None,
               kind: str | None, plans: dict[str, Plan], texts: dict[str, str], draft: bool = False) -> Indicator:
    """Everything after the measure. A draft may leave out category, level, period, measure and
    target; whatever it does give is validated as for a confirmed indicator."""
    target = _load_target(ctx, node, informational, kind, optional=draft)
    sources = _load_sources(ctx, node, plans, texts, target, kind, informational)
    synonyms = node.get("synonyms") or []
    if not isinstance(synonyms, list) or not all(isinstance(x, str) for x in synonyms):
        raise ctx.fail(node, "synonyms", "应为文字列表")
    if target and not target.unit and node.get("unit"):
        target = Target(target.operator, target.value, target.upper, str(node["unit"]))
    extract = None
    if "extract" in node:
        from .extract_spec import parse_extract

        if kind is None:
            raise ctx.fail(node, "extract", "草稿指标须先填写 measure，才能设置 extract")
        unit = target.unit if target else str(node.get("unit") or "")
        extract = parse_extract(node["extract"], measure_kind=kind, default_unit=unit, fail=ctx.fail)
    return Indicator(
        id=ind_id, name=_text(ctx, node, "name"), category=_text(ctx, node, "category", required=not draft),
        description=_text(ctx, node, "description", required=False),
        level=_enum(ctx, node, "level", Level) if not draft or "level" in node else None,
        period=_enum(ctx, node, "period", Period) if not draft or "period" in node else None,
        measure=measure, target=target, sources=tuple(sources), informational=informational,
        synonyms=tuple(synonyms), file=ctx.file, unit=str(node.get("unit") or ""), extract=extract,
        draft=draft,
    )


def load_catalogue(directory: str | Path | None = None) -> tuple[Catalogue, WorkbookSchema]:
    """Load a catalogue directory (plans.yml, workbook.yml, **/*.yml indicators)."""
    root = Path(directory) if directory else default_directory()
    if not root.is_dir():
        raise CatalogueError(str(root), None, "-", "指标目录不存在，请检查 --catalogue 参数")
    for name in ("plans.yml", "workbook.yml"):
        if not (root / name).is_file():
            raise CatalogueError(str(root / name), None, "-", f"指标目录缺少 {name}")
    return _load_cached(str(root.resolve()))


@lru_cache(maxsize=8)
def _load_cached(root_str: str) -> tuple[Catalogue, WorkbookSchema]:
    root = Path(root_str)
    schema = _load_schema(root / "workbook.yml", root)
    plans, texts = _load_plans(root / "plans.yml", root)
    by_id = {p.id: p for p in plans}
    indicators: list[Indicator] = []
    drafts: list[Indicator] = []
    seen: dict[str, str] = {}
    for path in sorted(root.rglob("*.yml")):
        if path.parent == root:
            continue  # plans.yml, workbook.yml
        ind = _load_indicator(path, root, schema, by_id, texts)
        if ind.id in seen:
            raise CatalogueError(ind.file, 1, "id", f"指标编号 {ind.id} 与 {seen[ind.id]} 重复")
        seen[ind.id] = ind.file
        (drafts if ind.draft else indicators).append(ind)
    if not indicators and not drafts:
        raise CatalogueError(str(root), None, "-", "指标目录中没有任何指标文件（*.yml）")
    _check_references(indicators, root)
    return Catalogue(tuple(indicators), plans, str(root), tuple(drafts)), schema


def _check_references(indicators: list[Indicator], root: Path) -> None:
    """`derive`, `all_of` and `one_of` name count indicators. One missing from the catalogue reads nothing: a
    catalogue drafted from one plan holds only that plan's indicators."""
    ids = {i.id for i in indicators}
    counts = {i.id for i in indicators if i.extract and i.extract.kind == "figure" and "%" not in i.extract.units}
    for ind in indicators:
        spec = ind.extract
        if spec is None:
            continue
        refs = ([("extract.derive", r) for r in spec.derive or ()] + ([("extract.all_of", spec.all_of)] if spec.all_of else [])
                + ([("extract.one_of", spec.one_of)] if spec.one_of else []))
        for field, ref in refs:
            if ref in ids and ref not in counts:
                key = field.split(".")[-1] + ":"
                lines = (root.parent / ind.file).read_text(encoding="utf-8").splitlines()
                line = next((n for n, text in enumerate(lines, start=1) if text.strip().startswith(key)), None)
                raise CatalogueError(ind.file, line, field, f"“{ref}”不是可从报告读取的计数类指标")


def plan_texts(catalogue: Catalogue) -> dict[str, str]:
    """The source texts of the catalogue's documents, by document id."""
    root = Path(catalogue.directory)
    return {p.id: (root / "sources" / p.document).read_text(encoding="utf-8")
            for p in catalogue.plans if p.document}
