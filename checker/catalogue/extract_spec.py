"""The `extract:` block of an indicator: how prose names its figure. Parsed at catalogue load."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable


# Units a figure may carry in prose, longest first where one is a prefix of another.
UNITS = ("%", "‰", "学时", "课时", "小时", "人次", "家次", "件次", "场次", "个月", "件", "项", "个", "次", "期",
         "人", "名", "家", "份", "场", "条", "起", "宗", "篇", "部", "批", "轮", "节", "户", "台", "张",
         "类", "天", "日", "元", "年")

EXTRACT_KEYS = {"all_of", "one_of", "kind", "terms", "units", "near", "near_any", "not_near", "not_after", "not_before", "within", "shortfall", "phrases", "derive", "verbs",
                "denial", "topic", "out_of_100", "about", "term_near", "term_not_near", "met", "near_before", "again", "plan_terms"}
KINDS = ("figure", "statement")


@dataclass(frozen=True)
class ExtractSpec:
    """How to find one indicator's figure in a narrative report.

    kind figure: a number with one of `units` within `within` characters of a term, in the same
    clause. kind statement: a sentence saying the thing was done (or not done).
    """

    terms: tuple[str, ...]
    kind: str = "figure"
    units: tuple[str, ...] = ()
    near: tuple[str, ...] = ()  # every one of these in the same sentence
    near_any: tuple[str, ...] = ()  # at least one of these in the same sentence
    near_before: tuple[str, ...] = ()  # or one of these in the sentence before, in the same paragraph
    topic: tuple[str, ...] = ()  # at least one of these in the sentence or earlier in its paragraph
    not_near: tuple[str, ...] = ()  # none of these in the same sentence
    not_after: tuple[str, ...] = ()  # none of these before the term in its clause (审查…报备的文件: others' filings)
    not_before: tuple[str, ...] = ()  # none of these right after the number, 的 allowed between (40学时的岗前培训: another kind's)
    within: int = 24
    verbs: tuple[str, ...] = ()  # at least one of these in the term's own clause (the act: 制发, 公布)
    shortfall: tuple[str, ...] = ()  # phrases admitting a shortfall, beyond the common ones
    about: tuple[str, ...] = ()  # words a shortfall with no number must name (培训学时不足, not 培训内容不够紧密)
    phrases: tuple[tuple[str, float], ...] = ()  # words that state the figure: (无一败诉, 0), (全部准予备案, 100)
    derive: tuple[str, str] | None = None  # (numerator, denominator) count indicators a rate is computed from
    all_of: str | None = None  # a count indicator: 制发…9件，均报送备案 gives this count 9
    one_of: str | None = None  # a count indicator: 制发…1件，…，印发后报送县政府备案 gives this count 1
    denial: bool = False  # statement met by denying the act (未下达罚没指标), a prohibition being the target
    out_of_100: tuple[str, ...] = ()  # words saying a score is out of 100 (百分制): 占4分 is then 4 %
    # a term too common to stand alone, with the words one of which its sentence must hold
    # (等事项: [目录] — 列入…等事项3项 counts decisions only beside the catalogue)
    term_near: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # a term that stands for the figure only where none of these is in its sentence (脱产参训: [脱产培训] —
    # the class named in the same sentence is the claim, and its scope is read from it)
    term_not_near: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # words saying the target is met with no number (培训学时全部达标): read as a claim the judge shows but
    # cannot check against the target, never as the target's own number
    met: tuple[str, ...] = ()
    # words naming the thing again at a sentence's start (目录经…审定后向社会公布), read as a term only when
    # the sentence before, in the same paragraph, names it by one of the terms
    again: tuple[str, ...] = ()
    # words naming the work still to do, read only under a plans heading, as a plan to do it (加快推进…政务公开
    # 标准化规范化建设): in the body the same words are an effort, neither done nor short
    plan_terms: tuple[str, ...] = ()

    def met_statement(self) -> "ExtractSpec":
        """The claim of `met` read as a statement: its words are the terms, the figure's exclusions kept."""
        return ExtractSpec(terms=self.met, kind="statement", not_near=self.not_near, not_after=self.not_after,
                           about=self.about)


Fail = Callable[[Any, str, str], Exception]


def _words(node: Any, key: str, fail: Fail, required: bool = False) -> tuple[str, ...]:
    value = node.get(key)
    if value is None:
        if required:
            raise fail(node, f"extract.{key}", "缺少必填字段（文字列表）")
        return ()
    if not isinstance(value, list) or not value or not all(isinstance(x, str) and x.strip() for x in value):
        raise fail(node, f"extract.{key}", f"应为非空文字列表，实际为 {value!r}")
    return tuple(x.strip() for x in value)


def parse_extract(node: Any, *, measure_kind: str, default_unit: str, fail: Fail) -> ExtractSpec:
    """Validate one `extract:` mapping. `fail(node, field, message)` builds the located error."""
    if not isinstance(node, dict):
        raise fail(node, "extract", "应为键值映射（mapping）")
    for key in node:
        if key not in EXTRACT_KEYS:
            raise fail(node, f"extract.{key}", f"未知字段；允许的字段：{', '.join(sorted(EXTRACT_KEYS))}")
    kind = node.get("kind", "statement" if measure_kind in ("boolean", "deadline") else "figure")
    if kind not in KINDS:
        raise fail(node, "extract.kind", f"未知取值 {kind!r}；允许：{', '.join(KINDS)}")
    if kind == "statement" and measure_kind not in ("boolean", "deadline", "person_value"):
        raise fail(node, "extract.kind", f"statement 只用于 boolean、deadline、person_value 计算方式，本指标为 {measure_kind}")
    if kind == "figure" and measure_kind in ("boolean", "deadline"):
        raise fail(node, "extract.kind", f"计算方式 {measure_kind} 的指标应使用 kind: statement")
    terms = _words(node, "terms", fail, required=True)
    for term in terms:
        if _gap_outside(term):
            raise fail(node, "extract.terms", f"“{term}”：省略号只能用在词语中间，代表一个名称（如 省…监督平台）")
    units: tuple[str, ...] = ()
    if kind == "figure":
        units = _words(node, "units", fail) or ((default_unit,) if default_unit else ())
        if not units:
            raise fail(node, "extract.units", "数字类指标需要列出单位（如 [\"%\"]、[件, 项]）")
        for u in units:
            if u not in UNITS:
                raise fail(node, "extract.units", f"未知单位 {u!r}；可用：{'、'.join(UNITS)}")
    elif "units" in node:
        raise fail(node, "extract.units", "statement 类不读取数字，不应设 units")
    within = node.get("within", 24)
    if isinstance(within, bool) or not isinstance(within, int) or not 2 <= within <= 80:
        raise fail(node, "extract.within", f"应为 2 到 80 之间的整数（字符数），实际为 {within!r}")
    phrases = _phrases(node, fail) if kind == "figure" else ()
    if kind != "figure" and "phrases" in node:
        raise fail(node, "extract.phrases", "statement 类不读取数字，不应设 phrases")
    out_of_100 = _words(node, "out_of_100", fail)
    if out_of_100 and "%" not in units:
        raise fail(node, "extract.out_of_100", "只有百分比指标（units 含 %）可把百分制的分数读作百分比")
    derive = _derive(node, fail) if "derive" in node else None
    if derive and (kind != "figure" or "%" not in units):
        raise fail(node, "extract.derive", "只有百分比指标（units 含 %）可由两个计数计算")
    all_of = node.get("all_of")
    if all_of is not None and (not isinstance(all_of, str) or not all_of.strip() or kind != "figure" or "%" in units):
        raise fail(node, "extract.all_of", f"应为一个计数指标的编号，且只用于计数类指标（units 不含 %），实际为 {all_of!r}")
    one_of = node.get("one_of")
    if one_of is not None and (not isinstance(one_of, str) or not one_of.strip() or kind != "figure" or "%" in units):
        raise fail(node, "extract.one_of", f"应为一个计数指标的编号，且只用于计数类指标（units 不含 %），实际为 {one_of!r}")
    denial = node.get("denial", False)
    if not isinstance(denial, bool) or (denial and kind != "statement"):
        raise fail(node, "extract.denial", "应为 true 或 false，且只用于 statement 类（以“未……”表述达标的禁止性要求）")
    met = _words_of_kind(node, "met", fail, kind, "figure", "只用于数字类指标（figure）：不给数字而称达到目标的说法")
    again = _words(node, "again", fail)
    if again and kind != "statement":
        raise fail(node, "extract.again", "只用于 statement 类：句首再次指称上一句所说事物的词（如 目录、该目录）")
    for term in again:
        if "…" in term:
            raise fail(node, "extract.again", f"“{term}”：不应含省略号")
    plan_terms = _words_of_kind(node, "plan_terms", fail, kind, "statement", "只用于 statement 类：下一步计划中表示要做这件事的说法")
    term_near = _term_near(node, terms, fail, "term_near")
    term_not_near = _term_near(node, terms, fail, "term_not_near")
    return ExtractSpec(
        term_near=term_near, term_not_near=term_not_near, denial=denial, terms=terms, kind=kind, units=units, near=_words(node, "near", fail),
        near_any=_words(node, "near_any", fail), near_before=_words(node, "near_before", fail), topic=_words(node, "topic", fail), verbs=_words(node, "verbs", fail), not_near=_words(node, "not_near", fail),
        not_after=_words(node, "not_after", fail), not_before=_words(node, "not_before", fail), within=within,
        shortfall=_words(node, "shortfall", fail), about=_words(node, "about", fail), phrases=phrases, derive=derive, out_of_100=out_of_100,
        all_of=all_of.strip() if all_of else None, one_of=one_of.strip() if one_of else None, met=met, again=again, plan_terms=plan_terms,
    )


def _gap_outside(term: str) -> bool:
    """A `…` gap at a term's edge or doubled: it must stand for a name inside the term."""
    return term.startswith("…") or term.endswith("…") or "……" in term


def _words_of_kind(node: Any, key: str, fail: Fail, kind: str, only: str, what: str) -> tuple[str, ...]:
    """A list of words only one kind of indicator has, each with its gaps (…) inside it."""
    words = _words(node, key, fail)
    if words and kind != only:
        raise fail(node, f"extract.{key}", what)
    for term in words:
        if _gap_outside(term):
            raise fail(node, f"extract.{key}", f"“{term}”：省略号只能用在词语中间")
    return words


def _term_near(node: Any, terms: tuple[str, ...], fail: Fail, key: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    value = node.get(key)
    if value is None:
        return ()
    which = "须有" if key == "term_near" else "不得有"
    if not isinstance(value, dict) or not value:
        raise fail(node, f"extract.{key}", f"应为“词语: [附近{which}的词]”的映射，如 {{等事项: [目录]}}，实际为 {value!r}")
    out = []
    for term, words in value.items():
        if term not in terms or "…" in str(term):
            raise fail(node, f"extract.{key}", f"“{term}”不在 terms 中（或含省略号）；只能限定 terms 里的词语")
        if not isinstance(words, list) or not words or not all(isinstance(w, str) and w.strip() for w in words):
            raise fail(node, f"extract.{key}", f"“{term}”应对应非空文字列表，实际为 {words!r}")
        out.append((str(term), tuple(w.strip() for w in words)))
    return tuple(out)


def _phrases(node: Any, fail: Fail) -> tuple[tuple[str, float], ...]:
    value = node.get("phrases")
    if value is None:
        return ()
    if not isinstance(value, dict) or not value:
        raise fail(node, "extract.phrases", f"应为“说法: 数值”的映射，如 {{无一败诉: 0}}，实际为 {value!r}")
    out = []
    for phrase, number in value.items():
        if not isinstance(phrase, str) or not phrase.strip() or isinstance(number, bool) \
                or not isinstance(number, (int, float)):
            raise fail(node, "extract.phrases", f"“{phrase}”应对应一个数值，实际为 {number!r}")
        out.append((phrase.strip(), float(number)))
    return tuple(out)


def _derive(node: Any, fail: Fail) -> tuple[str, str]:
    value = node.get("derive")
    if not isinstance(value, dict) or set(value) != {"numerator", "denominator"} \
            or not all(isinstance(v, str) and v.strip() for v in value.values()):
        raise fail(node, "extract.derive", f"应为 {{numerator: 指标编号, denominator: 指标编号}}，实际为 {value!r}")
    return value["numerator"].strip(), value["denominator"].strip()
