"""The inspection report draft (执法检查报告, .docx) an examiner edits.

Built from scorecards: the one `check` wrote (or its reviewed copy), so the report carries the
final verdicts, the evidence and the examiner's review notes exactly as the workbook holds them.
`checker report FILE…` checks other inputs first and reads the scorecard written for them.

Sections: 核查依据 (plan, basis, sources), 总体情况 (counts, share met, a chart), one section per
category (each target: figure, verdict, evidence), 问题清单 (every target whose final verdict is
未达标, 数据无效 or 需人工审查, with the units or people concerned), 审查意见, and with several
governments a 比较 section (ranking and heat map). Charts are matplotlib pictures (CJK font from
the mplfonts wheel; text drawn literally, never as mathtext).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

from ..errors import InputError
from ..model import Verdict, tally
from . import excel

PROBLEMS = (Verdict.FAIL, Verdict.INVALID, Verdict.REVIEW)
SHOWN_UNITS = 20  # units or people named per problem; the rest counted


@dataclass
class Target:
    id: str
    name: str
    category: str
    target: str
    actual: str
    computed: Verdict
    final: Verdict
    evidence: str
    basis: str
    clause: str
    summary: str
    review: str  # 审查意见
    examiner: str
    reviewed_on: str


@dataclass
class Scorecard:
    path: Path
    facts: dict[str, str]
    targets: list[Target]
    concerned: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)  # name -> (who, verdict, detail)
    audit: list[tuple[str, ...]] = field(default_factory=list)
    run: Any = None  # the Run, when the report was made straight from an input (no review yet)

    @property
    def government(self) -> str:
        return self.facts.get("政府（单位）", "")

    @property
    def period(self) -> str:
        return self.facts.get("报告期", "")

    @property
    def year(self) -> int | None:
        digits = "".join(ch for ch in self.period if ch.isdigit())
        return int(digits[:4]) if len(digits) >= 4 else None


def _text(v: Any) -> str:
    return "" if v is None else str(v).strip()


def read_scorecard(path: Path) -> Scorecard:
    """The parts of a scorecard workbook the report needs (final verdicts included)."""
    from openpyxl import load_workbook

    from ..read.spreadsheet import check_archive, check_file

    check_file(path)
    check_archive(path)
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on a damaged file
        raise InputError(f"无法读取计分表 {path.name}（文件已损坏或不是 .xlsx；请用 check 重新生成）") from exc
    if excel.OVERVIEW not in wb.sheetnames or excel.DETAIL not in wb.sheetnames:
        raise InputError(f"{path.name} 不是本软件写出的计分表（缺少「总览」或「指标明细」工作表）")
    facts = {}
    for row in wb[excel.OVERVIEW].iter_rows(min_row=1, max_row=40, max_col=2, values_only=True):
        if row[0] and row[0] not in excel.BY_LABEL:
            facts.setdefault(_text(row[0]), _text(row[1]))
    rows = list(wb[excel.DETAIL].iter_rows(values_only=True))
    col = {_text(h): k for k, h in enumerate(rows[0])} if rows else {}
    lost = [h for h in ("指标编号", "指标名称", "计算结论", "最终结论") if h not in col]
    if lost:
        raise InputError(f"{path.name} 的「指标明细」缺少列：{'、'.join(lost)}（请勿删除或改名计分表的列）")

    def get(r: Sequence[Any], h: str) -> str:
        return _text(r[col[h]]) if h in col and col[h] < len(r) else ""

    targets = []
    for r in rows[1:]:
        if not get(r, "指标编号"):
            continue
        computed = excel.BY_LABEL.get(get(r, "计算结论"), Verdict.INFO)
        targets.append(Target(get(r, "指标编号"), get(r, "指标名称"), get(r, "类别") or "其他", get(r, "目标"),
                              get(r, "实际值"), computed, excel.BY_LABEL.get(get(r, "最终结论"), computed),
                              get(r, "证据（工作表!单元格 / 原文）"), get(r, "规划与条款"), get(r, "条款原文"),
                              get(r, "计算与说明"), get(r, "审查意见"), get(r, "审查人"), get(r, "审查日期")))
    concerned: dict[str, list[tuple[str, str, str]]] = {}
    for sheet in (excel.UNITS, excel.PEOPLE):
        if sheet not in wb.sheetnames:
            continue
        for r in wb[sheet].iter_rows(min_row=2, values_only=True):
            if len(r) >= 7 and r[1] and excel.BY_LABEL.get(_text(r[3])) in PROBLEMS:
                concerned.setdefault(_text(r[1]), []).append((_text(r[2]), _text(r[3]), _text(r[6])))
    audit = []
    if excel.AUDIT in wb.sheetnames:
        audit = [tuple(_text(v) for v in r) for r in wb[excel.AUDIT].iter_rows(min_row=2, values_only=True) if r[0]]
    wb.close()
    return Scorecard(path, facts, targets, concerned, audit)


def problems(card: Scorecard) -> list[Target]:
    """Every target whose final verdict is failed, invalid or to be reviewed: the 问题清单."""
    return [t for t in card.targets if t.final in PROBLEMS]


# --- pictures ----------------------------------------------------------------------------------


def _picture(draw: Any, height: float) -> io.BytesIO:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import rc_context
    from matplotlib.figure import Figure

    from .charts import chart_style

    with rc_context(chart_style()):
        fig = Figure(figsize=(8.0, height), dpi=150, layout="constrained")
        draw(fig)
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=150, metadata={"Software": None})
    buf.seek(0)
    return buf


def _verdict_chart(card: Scorecard) -> io.BytesIO:
    from .charts import COLOURS, EDGE, TEXT

    counts = tally(t.final for t in card.targets)
    order = list(Verdict)

    def draw(fig: Any) -> None:
        ax = fig.add_subplot()
        values = [counts[v] for v in order]
        ax.barh(range(len(order)), values, color=[COLOURS[v] for v in order], edgecolor=EDGE, linewidth=0.8)
        for y, n in enumerate(values):
            ax.text(n + 0.1, y, f"{n}项", va="center", fontsize=10, color=TEXT)
        ax.set_yticks(range(len(order)), [v.label for v in order])
        ax.invert_yaxis()
        ax.set_xlim(0, max(values + [4]) * 1.15)
        ax.set_xlabel("指标数（项）")
        ax.set_title(f"{card.government}　{card.period}　指标结论（审查后最终结论）", fontsize=12)

    return _picture(draw, 3.6)


def _category_chart(card: Scorecard) -> io.BytesIO:
    from .charts import COLOURS, EDGE

    cats = list(dict.fromkeys(t.category for t in card.targets if t.final is not Verdict.INFO))
    shown = (Verdict.PASS, Verdict.FAIL, Verdict.MISSING, Verdict.INVALID, Verdict.REVIEW, Verdict.NOT_APPLICABLE)

    def draw(fig: Any) -> None:
        ax = fig.add_subplot()
        left = [0] * len(cats)
        for v in shown:
            n = [sum(1 for t in card.targets if t.category == c and t.final is v) for c in cats]
            if any(n):
                ax.barh(range(len(cats)), n, left=left, color=COLOURS[v], edgecolor=EDGE, linewidth=0.6, label=v.label)
                left = [a + b for a, b in zip(left, n)]
        ax.set_yticks(range(len(cats)), cats)
        ax.invert_yaxis()
        ax.xaxis.get_major_locator().set_params(integer=True)
        ax.set_xlabel("指标数（项）")
        ax.set_title("各类别指标结论（审查后最终结论）", fontsize=12)
        fig.legend(loc="outside lower center", ncols=6, fontsize=9, frameon=False)

    return _picture(draw, 1.8 + 0.45 * max(len(cats), 1))


# --- the document -----------------------------------------------------------------------------


def _document() -> Any:
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    doc = Document()
    for section in doc.sections:
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        section.left_margin = section.right_margin = Cm(2.5)
    style = doc.styles["Normal"]
    style.font.size = Pt(11)
    style.font.name = "Noto Serif CJK SC"
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    for name in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        doc.styles[name].element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "黑体")
    return doc


def _table(doc: Any, headers: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]) -> None:
    from docx.shared import Cm, Pt

    table = doc.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    for cell, h in zip(table.rows[0].cells, headers):
        cell.text = h
        cell.paragraphs[0].runs[0].bold = True
    for r in rows:
        cells = table.add_row().cells
        for cell, v in zip(cells, r):
            cell.text = v
    for row in table.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = Cm(w)
            for p in cell.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(9.5)


def _scorecard_sections(doc: Any, card: Scorecard, level: int) -> None:
    from docx.shared import Cm

    f = card.facts
    doc.add_heading("核查依据", level)
    doc.add_paragraph(f"被检查单位：{card.government}；报告期：{card.period}。")
    doc.add_paragraph(f"适用规划：{f.get('适用规划', '')}。各项目标及其条款原文见下文各节。")
    doc.add_paragraph(f"核查材料：{f.get('来源文件', '')}（SHA-256 {f.get('SHA-256', '')}）；"
                      f"核查编号 {f.get(excel.UID_LABEL, '')}，生成于 {f.get('生成时间', '')}。")
    counts = tally(t.final for t in card.targets)
    judged = sum(n for v, n in counts.items() if v not in (Verdict.INFO, Verdict.NOT_APPLICABLE))
    doc.add_heading("总体情况", level)
    share = f"{counts[Verdict.PASS] / judged:.1%}" if judged else "—"
    doc.add_paragraph(
        f"共核查指标{len(card.targets)}项，应判定{judged}项，其中达标{counts[Verdict.PASS]}项、未达标{counts[Verdict.FAIL]}项、"
        f"缺少数据{counts[Verdict.MISSING]}项、数据无效{counts[Verdict.INVALID]}项、需人工审查{counts[Verdict.REVIEW]}项，"
        f"达标率{share}；不适用{counts[Verdict.NOT_APPLICABLE]}项，仅展示{counts[Verdict.INFO]}项。"
        + (f"经审查改判{sum(1 for t in card.targets if t.final is not t.computed)}项。"
           if any(t.final is not t.computed for t in card.targets) else ""))
    doc.add_picture(_verdict_chart(card), width=Cm(15.5))
    doc.add_picture(_category_chart(card), width=Cm(15.5))
    if card.run is not None:  # straight from the input: how far each target is, and the units
        import tempfile

        from .charts import write_charts

        with tempfile.TemporaryDirectory() as tmp:
            for png in write_charts(card.run, Path(tmp), "run")[1:]:
                doc.add_picture(str(png), width=Cm(15.5))
    for cat in dict.fromkeys(t.category for t in card.targets):
        doc.add_heading(f"{cat}", level)
        for t in (t for t in card.targets if t.category == cat):
            p = doc.add_paragraph(style="List Bullet")
            p.add_run(f"{t.name}").bold = True
            p.add_run(f"：目标 {t.target}，实际 {t.actual or '—'}，结论「{t.final.label}」"
                      + (f"（计算结论「{t.computed.label}」，经审查改判）" if t.final is not t.computed else "") + "。")
            if t.summary:
                doc.add_paragraph(f"说明：{t.summary}")
            if t.evidence:
                doc.add_paragraph("证据：" + t.evidence.replace("\n", "；"))
            if t.basis:
                doc.add_paragraph(f"依据：{t.basis.replace(chr(10), '；')}" + (f"「{t.clause.splitlines()[0]}」" if t.clause else ""))
    doc.add_heading("问题清单", level)
    listed = problems(card)
    if not listed:
        doc.add_paragraph("本次核查没有未达标、数据无效或需人工审查的指标。")
    rows = []
    for k, t in enumerate(listed, start=1):
        who = card.concerned.get(t.name, [])
        names = "、".join(w for w, _, _ in who[:SHOWN_UNITS])
        if len(who) > SHOWN_UNITS:
            names += f"等{len(who)}个"
        rows.append([str(k), t.name, t.final.label, f"{t.actual or '—'}（目标 {t.target}）", names or "—",
                     t.evidence.replace("\n", "；")])
    if rows:
        _table(doc, ("序号", "指标", "结论", "实际值（目标）", "涉及单位或人员", "证据"), rows, (1.0, 3.2, 1.6, 2.8, 4.4, 3.0))
    doc.add_heading("审查意见", level)
    notes = [t for t in card.targets if t.review]
    if not notes and not card.audit:
        doc.add_paragraph("尚未审查（最终结论即计算结论）。审查后用 checker review 写出审查后的计分表，再生成本报告。")
    for t in notes:
        doc.add_paragraph(f"{t.name}：{t.review}（{t.examiner or '审查人未署名'}" + (f"，{t.reviewed_on}" if t.reviewed_on else "")
                          + f"；计算结论「{t.computed.label}」，最终结论「{t.final.label}」）", style="List Bullet")


def _comparison_section(doc: Any, cards: Sequence[Scorecard], folder: Path) -> None:
    from docx.shared import Cm

    from ..comparison import Cell, Comparison, Entry, IndicatorInfo
    from .comparison_workbook import rank_text, rankings, share_text, write_comparison_charts

    infos: dict[str, IndicatorInfo] = {}
    entries = []
    for c in cards:
        cells = {}
        for t in c.targets:
            infos.setdefault(t.id, IndicatorInfo(t.id, t.name, t.target, None, None, "", t.computed is Verdict.INFO))
            cells[t.id] = Cell(t.computed, t.actual, None, t.final if t.final is not t.computed else None)
        entries.append(Entry(c.government, c.year, str(c.path), cells))
    comparison = Comparison(tuple(infos.values()), tuple(entries))
    doc.add_heading("各政府（单位）比较", 1)
    for year, ranks in rankings(comparison):
        rows = [[str(rank_text(r)), r.entry.government, share_text(r), str(r.unknown)] for r in ranks]
        doc.add_paragraph(f"{year}年度排名（按达标率，审查后最终结论）：" if year else "排名（按达标率）：")
        _table(doc, ("名次", "政府（单位）", "达标率（达标/应判定）", "缺数或无效（项）"), rows, (2.0, 7.0, 4.0, 3.0))
    pictures = write_comparison_charts(comparison, folder, "report")
    for p in pictures[:2]:
        doc.add_picture(str(p), width=Cm(16))


def write_report(cards: Sequence[Scorecard], out: Path) -> Path:
    """Write the inspection report draft for one or several scorecards to `out` (atomically)."""
    import tempfile

    from ..output_files import atomic_write

    if not cards:
        raise InputError("没有可写入报告的计分表")
    doc = _document()
    several = len(cards) > 1
    title = "法治政府建设执法检查报告（草稿）"
    doc.add_heading(title, 0)
    doc.add_paragraph("本稿由核查软件根据计分表生成，数字、证据和结论均取自计分表（审查后的最终结论）；请核对后修改定稿。")
    with tempfile.TemporaryDirectory() as tmp:
        if several:
            _comparison_section(doc, cards, Path(tmp))
        for card in cards:
            if several:
                doc.add_heading(f"{card.government}（{card.period}）", 1)
            _scorecard_sections(doc, card, 2 if several else 1)
        return atomic_write(out, doc.save)
