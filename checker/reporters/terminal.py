"""A readable terminal summary: one row per indicator and one line of totals."""

from __future__ import annotations

import functools
import unicodedata
from pathlib import Path
from typing import Mapping, Sequence

from ..judge.score import run_score
from ..model import Result, Run, TableMapping, Verdict, target_text

ORDER = [Verdict.FAIL, Verdict.INVALID, Verdict.REVIEW, Verdict.MISSING, Verdict.PASS,
         Verdict.NOT_APPLICABLE, Verdict.INFO]
MARKS = {
    Verdict.PASS: "✔ 达标", Verdict.FAIL: "✘ 未达标", Verdict.MISSING: "？缺少数据",
    Verdict.INVALID: "！数据无效", Verdict.REVIEW: "？需人工审查", Verdict.NOT_APPLICABLE: "－ 不适用",
    Verdict.INFO: "· 仅展示",
}
MAX_ISSUES_SHOWN = 15


ANSI = {Verdict.PASS: "32", Verdict.FAIL: "1;31", Verdict.MISSING: "33", Verdict.INVALID: "35",
        Verdict.REVIEW: "36", Verdict.NOT_APPLICABLE: "2", Verdict.INFO: "2"}
MIN_WIDTH = 80


def _ambiguous_wide() -> bool:
    """East Asian locales draw ambiguous-width characters (… · ≥ ✔) two columns wide."""
    import os

    lang = os.environ.get("LC_ALL") or os.environ.get("LC_CTYPE") or os.environ.get("LANG") or ""
    return lang[:2].lower() in ("zh", "ja", "ko")


AMBIGUOUS_WIDE = _ambiguous_wide()


def width(text: str, ambiguous_wide: bool | None = None) -> int:
    """Display width: wide and full-width characters count two, ambiguous ones as the locale draws them."""
    wide = "WFA" if (AMBIGUOUS_WIDE if ambiguous_wide is None else ambiguous_wide) else "WF"
    return sum(0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in wide else 1
               for ch in text)


PIPED_WIDTH = 160  # output to a file or a pipe: long lines rather than names broken across lines


def terminal_width() -> int:
    """The terminal's width (at least 80); PIPED_WIDTH when stdout is not a terminal."""
    import shutil
    import sys

    if not sys.stdout.isatty():
        return PIPED_WIDTH
    return max(MIN_WIDTH, shutil.get_terminal_size((100, 24)).columns)


def wrap(text: str, cells: int) -> list[str]:
    """Lines of at most `cells` display columns (CJK text breaks anywhere; nothing is lost)."""
    lines: list[str] = []
    for part in str(text).split("\n"):
        line = ""
        for ch in part:
            if width(line + ch) > cells:
                lines.append(line)
                line = ""
            line += ch
        lines.append(line)
    return lines or [""]


def pad(text: str, cells: int) -> str:
    """`text` in a column `cells` wide, always followed by at least one space (cut with … if need be)."""
    if width(text) >= cells:
        out = ""
        for ch in text:
            if width(out + ch) > cells - 2:
                break
            out += ch
        text = out + "…"
    return text + " " * max(0, cells - width(text))


def columns(cells: Sequence[str], widths: Sequence[int]) -> list[str]:
    """One table row over as many lines as its longest cell needs: each cell wraps in its column
    (a column is `width` wide including the space that separates it from the next)."""
    parts = [wrap(c, max(1, w - 1)) for c, w in zip(cells, widths)]
    out = []
    for k in range(max(len(p) for p in parts)):
        out.append("".join(_fill(p[k] if k < len(p) else "", w) for p, w in zip(parts, widths)).rstrip())
    return out


def progress_line(done: int, total: int, what: str, cells: int) -> str:
    """One line of a progress bar: [█████░░░░░] 12/200 file name, exactly `cells` - 1 wide."""
    bar = 20
    filled = bar * done // max(total, 1)
    head = f"[{'█' * filled}{'░' * (bar - filled)}] {done}/{total} "
    return head + pad(what, max(4, cells - 1 - width(head)))


def _fill(text: str, cells: int) -> str:
    return text + " " * max(0, cells - width(text))


def _table(run: Run, verbose: bool, total: int, colour: bool, finals: Mapping[str, Verdict]) -> list[str]:
    """The indicator table, fitted to `total` columns: names and figures wrap inside their column."""
    goal = max((width(result_target(r)) + 1 for r in run.results), default=13)
    fixed = {"结论": 13, "目标": min(21, max(13, goal)), "差距": 9}
    actual = max(14, min(26, (total - sum(fixed.values())) // 3))
    name = total - sum(fixed.values()) - actual - 1
    head = _fill("指标", name) + " " + _fill("结论", fixed["结论"]) + _fill("实际", actual) + " " + \
        _fill("目标", fixed["目标"]) + "差距"
    lines = [head]
    for r in sorted(run.results, key=lambda r: ORDER.index(finals.get(r.indicator.id, r.verdict))):
        final = finals.get(r.indicator.id, r.verdict)
        names, figures = wrap(r.indicator.name, name - 1), wrap(r.display, actual - 1)
        mark = MARKS[final] + ("*" if final is not r.verdict else "")
        for k in range(max(len(names), len(figures))):
            verdict = _fill(mark if k == 0 else "", fixed["结论"])
            if k == 0 and colour:
                verdict = f"\x1b[{ANSI[final]}m{mark}\x1b[0m" + " " * (fixed["结论"] - width(mark))
            lines.append((_fill(names[k] if k < len(names) else "", name) + " " + verdict
                          + _fill(figures[k] if k < len(figures) else "", actual) + " "
                          + (_fill(result_target(r), fixed["目标"]) + result_gap(r) if k == 0 else "")).rstrip())
        if final is not r.verdict:
            lines += ["    " + line for line in wrap(f"*审查结论（沿用上次审查）；计算结论为「{r.verdict.label}」", total - 4)]
        if verbose or r.verdict in (Verdict.FAIL, Verdict.INVALID, Verdict.REVIEW, Verdict.MISSING):
            lines += ["    " + line for line in wrap(r.summary, total - 4)]
    return lines


def result_target(r: Result) -> str:
    """The target as printed; a threshold no clause states is marked as a checking standard."""
    text = target_text(r.indicator.target, compact=True)
    return f"{text}（核查标准）" if r.indicator.basis and r.indicator.target is not None else text


def result_gap(r: Result) -> str:
    if r.gap is None or r.verdict in (Verdict.INFO, Verdict.NOT_APPLICABLE):
        return ""
    if r.indicator.period.value == "deadline":
        return f"逾期{r.gap:g}天" if r.gap > 0 else ""
    return f"{r.gap:+.2f}".rstrip("0").rstrip(".")


def ordered_counts(counts: Mapping[str, int]) -> list[tuple[str, int]]:
    """(verdict label, count) in the verdicts' own order, from counts keyed by verdict value."""
    order = [v.value for v in Verdict]
    return [(Verdict(k).label, n) for k, n in sorted(counts.items(), key=lambda kv: order.index(kv[0]))]


def is_standard(m: TableMapping) -> bool:
    """The table sits where the template puts it, under the template's own headers."""
    return m.sheet == m.title and m.source == "auto" and all(c.factor == 1 for c in m.columns) and m.score == 1


@functools.lru_cache(maxsize=1)
def standard_headers() -> dict[str, dict[str, str]]:
    """Standard table id -> column key -> the template's header (the names an examiner knows)."""
    from ..catalogue.loader import load_catalogue

    try:
        _, schema = load_catalogue()
    except Exception:  # a broken installed catalogue: fall back to the file's own headers
        return {}
    return {t.id: {c.key: c.header for c in t.columns} for t in schema.tables}


def mapping_columns(m: TableMapping, sep: str = "、") -> str:
    """Each column read: the standard column's name ＝ the file's column letter and header."""
    names = standard_headers().get(m.table, {})
    return sep.join(f"{names.get(c.key, c.header)}＝{c.letter}列「{c.header}」" + (f"×{c.factor:g}" if c.factor != 1 else "")
                    for c in m.columns)


def describe(m: TableMapping) -> str:
    cols = mapping_columns(m)
    where = f"{m.sheet} 第{m.header_row}行表头，第{m.first_row}–{m.last_row}行共{m.rows}行" if m.header_row else m.sheet
    extra = (f"，合计行{m.totals}行未计入" if m.totals else "") + ("（按 --mapping）" if m.source == "mapping" else "")
    extra += f"，表头匹配度 {m.score:.2f}" if m.score < 1 else ""
    title = f"「{m.found_title}」" if m.found_title else ""
    return f"{m.title} ← {title}{where}{extra}：{cols}"


def mapping_lines(run: Run, verbose: bool = False) -> list[str]:
    if not verbose and all(is_standard(m) for m in run.mapping):
        return []
    return ["  " + describe(m) for m in run.mapping]


def render(run: Run, *, verbose: bool = False, total: int = 100, colour: bool = False,
           finals: Mapping[str, Verdict] | None = None) -> str:
    """The summary for a terminal `total` columns wide (80 or more); colour only for a terminal.

    `finals`: final verdicts from reviews carried over (marked *, counted in the totals line).
    """
    total = max(MIN_WIDTH, total)
    finals = finals or {}
    lines = [
        f"法治政府建设指标核查　{run.government}　{run.period}",
        (f"来源：{run.source}（SHA-256 {run.sha256[:12]}…）" if run.sha256 else
         f"来源：{len(run.inputs)} 个文件（{'、'.join(f'{Path(f).name} {h[:12]}…' for f, h in run.inputs)}）")
        + f"　规划：{run.plan_name}",
        f"适用规划：{run.plan_note}" if run.plan_note else "",
        f"年度：{run.year_note}" if run.year_note else "",
        "",
        "─" * total,
        *_table(run, verbose, total, colour, finals),
        "─" * total,
    ]
    c = run.counts()
    lines.append(("审查后：" if finals else "") + f"{run_score(run, finals).headline()}；不适用 {c[Verdict.NOT_APPLICABLE]}，"
                 f"仅展示 {c[Verdict.INFO]}；数据问题 {len(run.data_issues)} 条")
    if run.reconciliation:
        lines += ["", "报告与报表核对："]
        for n in run.reconciliation:
            if verbose or n.agreement != "agree":
                quote = f"「{n.quote.text}」（{n.quote.location}）" if n.quote else ""
                lines.append(f"  {n.label}　{n.name}：报告 {n.claim}{quote}；报表 {n.computed}")
        agree = sum(1 for n in run.reconciliation if n.agreement == "agree")
        lines.append(f"  共核对 {len(run.reconciliation)} 项，一致 {agree} 项")
    mapping = mapping_lines(run, verbose)
    if mapping:
        lines += ["", "读取映射（表格 ← 工作表与列；有误可用 --mapping 指定）："] + mapping
    if run.data_issues:
        lines.append("")
        lines.append("数据问题：")
        shown = run.data_issues if verbose else run.data_issues[:MAX_ISSUES_SHOWN]
        for i in shown:
            lines.append(f"  {i.location}：{i.message}")
        if len(shown) < len(run.data_issues):
            lines.append(f"  ……另有 {len(run.data_issues) - len(shown)} 条，见计分表「数据问题」或 --verbose")
    return "\n".join(lines)
