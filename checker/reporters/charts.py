"""Pictures of one run (PNG), drawn from the immutable Run, never from the input files: for the
inspection report made straight from an input (the workbooks hold native charts, see
`workbook_charts`), and the fonts, colours and atomic PNG writing every matplotlib picture uses.

write_charts(run, directory, stem) writes, in this order:

  <stem>_verdicts.png            how many indicators got each verdict
  <stem>_targets.png             every judged indicator on one scale: how far from its target
  <stem>_units_<indicator>.png   one per indicator whose units (or organs) carry figures

The verdicts and targets charts are always written, also for a Run with nothing to judge (the
targets chart then says so in words), so that the set of files never depends on the data
except for the per-unit charts.

matplotlib is imported inside the functions only: `checker --help` must stay light. Chinese text
is drawn with the Noto Sans CJK font shipped inside the `mplfonts` wheel, registered by file path,
so no system font and no font download is needed. Every colour is doubled by words (verdict
labels on bars and points) and, in the targets chart, by the marker's shape.
"""

from __future__ import annotations

import colorsys
import importlib.util
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

from ..errors import InputError
from ..model import Operator, Result, Run, UnitResult, Verdict
from ..model import target_text as model_target_text
from ..output_files import atomic_write, prepare_dir
from .excel import FILLS

DPI = 150
WIDTH_IN = 10.0  # every chart is 1500 px wide
FONT_FILE = "NotoSansCJKsc-Regular.otf"
FONT_FAMILY = "Noto Sans CJK SC"

MAX_UNITS = 30  # more units than this: show the EACH lowest and the EACH highest
EACH = 15
RATIO_MAX = 2.0  # the targets chart's scale ends here; points beyond are drawn at the edge

JUDGED_OUT = (Verdict.INFO, Verdict.NOT_APPLICABLE)
NO_FIGURE = (Verdict.MISSING, Verdict.INVALID)
# worst first: the top of the targets chart is what an examiner must act on
RANK = {Verdict.FAIL: 0, Verdict.INVALID: 1, Verdict.MISSING: 2, Verdict.REVIEW: 3, Verdict.PASS: 4}
MARKERS = {Verdict.PASS: "o", Verdict.FAIL: "X", Verdict.REVIEW: "D"}
TEXT = "#222222"
EDGE = "#404040"


def _strong(hex_fill: str) -> str:
    """The scorecard fill, darkened so that it stands out on white (same hue)."""
    r, g, b = (int(hex_fill[i:i + 2], 16) / 255 for i in (0, 2, 4))
    h, l, s = colorsys.rgb_to_hls(r, g, b)
    if s < 0.05:  # greys and white: a light grey
        l = min(l, 0.93) * 0.88
    else:
        l, s = l * 0.80, min(1.0, s * 1.1)
    r, g, b = colorsys.hls_to_rgb(h, l, s)
    return "#" + "".join(f"{round(c * 255):02X}" for c in (r, g, b))


COLOURS = {v: _strong(FILLS[v]) for v in Verdict}
# markers need more contrast than bars: the same hue, darker still
POINT_COLOURS = {Verdict.PASS: "#2E8B3E", Verdict.FAIL: "#D0312D", Verdict.REVIEW: "#2F6FB5"}


# --- pure helpers (no matplotlib) --------------------------------------------------------------


def _fmt(x: float | None) -> str:
    if x is None:
        return "—"
    if float(x) == int(x):
        return str(int(x))
    return f"{x:.2f}".rstrip("0").rstrip(".")


def target_text(r: Result) -> str:
    return model_target_text(r.indicator.target, none="无目标")


def _num(x: Any) -> float | None:
    return float(x) if isinstance(x, (int, float)) and not isinstance(x, bool) else None


def is_judged(r: Result) -> bool:
    return r.indicator.target is not None and r.verdict not in JUDGED_OUT


def normalised(r: Result) -> float | None:
    """Where the result sits on the common scale: 1.0 = exactly the target, larger = better.

    at_least: actual ÷ target; at_most: target ÷ actual (mirrored, so that larger is still better);
    between: 1.0 inside, otherwise the ratio to the nearer bound; equals: actual ÷ target.
    Yes/no and deadline targets: 1.0 met, 0 not met. None when there is no figure to place
    (missing, invalid, or a claim under review). The result may exceed RATIO_MAX; the chart clips.
    """
    t = r.indicator.target
    if t is None or r.verdict in NO_FIGURE:
        return None
    if t.operator in (Operator.IS_TRUE, Operator.BY_DATE):
        return {Verdict.PASS: 1.0, Verdict.FAIL: 0.0}.get(r.verdict)
    v, goal, upper = _num(r.value), _num(t.value), _num(t.upper)
    if v is None or goal is None:
        return None
    met = r.verdict is Verdict.PASS
    if t.operator is Operator.AT_LEAST:
        ratio = v / goal if goal > 0 else (1.0 if met else 0.0)
    elif t.operator is Operator.AT_MOST:
        ratio = goal / v if v > 0 else (float("inf") if met else 0.0)
    elif t.operator is Operator.BETWEEN:
        hi = upper if upper is not None else goal
        if goal <= v <= hi:
            ratio = 1.0
        elif v < goal:
            ratio = v / goal if goal > 0 else 0.0
        else:
            ratio = hi / v if v > 0 else 0.0
    else:  # equals
        ratio = v / goal if goal != 0 else (1.0 if met else 0.0)
    return max(0.0, ratio)


@dataclass(frozen=True)
class TargetPoint:
    indicator: str
    name: str
    actual: str  # the figure as the examiner reads it
    target: str
    verdict: Verdict
    ratio: float | None  # None: no point, the verdict is written at the left instead
    note: str  # words beside the point


def _diff(amount: float, unit: str) -> str:
    """A difference in the figure's unit; between two percentages that is 百分点."""
    return f"{_fmt(abs(amount))}个百分点" if unit == "%" else f"{_fmt(abs(amount))}{unit}"


def _note(r: Result) -> str:
    t = r.indicator.target
    assert t is not None
    if r.verdict is not Verdict.FAIL:
        return r.verdict.label
    if t.operator is Operator.BY_DATE:
        return f"未达标：逾期{_fmt(r.gap)}天" if r.gap and r.gap > 0 else "未达标：未完成"
    if t.operator is Operator.IS_TRUE:
        return "未达标：未落实"
    if r.gap is None:
        return "未达标"
    word = "超出" if r.gap > 0 else "差"
    return f"未达标：{word}{_diff(r.gap, t.unit)}"


def target_points(run: Run) -> list[TargetPoint]:
    """The judged indicators, worst first (fail, invalid, missing, review, pass; then by ratio)."""
    points = []
    for i, r in enumerate(run.results):
        if not is_judged(r):
            continue
        points.append((RANK.get(r.verdict, 9), normalised(r), i, TargetPoint(
            r.indicator.id, r.indicator.name, r.display, target_text(r), r.verdict, normalised(r), _note(r))))
    points.sort(key=lambda p: (p[0], p[1] if p[1] is not None else -1.0, p[2]))
    return [p[3] for p in points]


def has_unit_figures(r: Result) -> bool:
    return any(u.value is not None for u in r.units)


def chart_names(run: Run) -> list[str]:
    """The charts write_charts draws for this Run, in the order of the returned paths."""
    return ["verdicts", "targets"] + [f"units_{file_safe(r.indicator.id)}" for r in run.results if has_unit_figures(r)]


def file_safe(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]", "_", name)


@dataclass(frozen=True)
class UnitSelection:
    shown: tuple[UnitResult, ...]  # top of the chart first: the worst unit first
    hidden: int  # units with a figure that are not drawn (between the two groups)
    split: int | None  # index in `shown` where the best group starts, when units are hidden
    without_figure: tuple[UnitResult, ...]  # units with no figure (invalid, not applicable)


def select_units(units: Sequence[UnitResult], operator: Operator | None = Operator.AT_LEAST,
                 limit: int = MAX_UNITS, each: int = EACH) -> UnitSelection:
    """Which units a per-unit chart draws.

    Up to `limit` units with a figure are all drawn, worst first. Beyond that only the `each`
    worst and the `each` best are drawn, with the hidden middle stated in words. Bottom-and-top
    rather than small multiples: the examiner's question is "which units fail, and how far from the
    rest", which needs names next to bars; 300 names in small multiples would be unreadable at any
    print size, and the full list stays in the scorecard workbook. Ties keep the Run's order.
    """
    with_figure = [u for u in units if u.value is not None]
    without = tuple(u for u in units if u.value is None)
    descending = operator is Operator.AT_MOST  # larger is worse: the worst (largest) first
    order = sorted(range(len(with_figure)),
                   key=lambda i: (-with_figure[i].value if descending else with_figure[i].value, i))  # type: ignore[operator]
    ranked = [with_figure[i] for i in order]
    if len(ranked) <= limit:
        return UnitSelection(tuple(ranked), 0, None, without)
    return UnitSelection(tuple(ranked[:each] + ranked[-each:]), len(ranked) - 2 * each, each, without)


def targets_height(rows: int) -> float:
    return 2.5 + 0.5 * max(rows, 1)


def units_height(rows: int, split: bool) -> float:
    return 2.6 + 0.30 * max(rows, 1) + (0.3 if split else 0.0)


VERDICTS_HEIGHT = 4.6


# --- drawing -------------------------------------------------------------------------------------


def _font_path() -> Path:
    spec = importlib.util.find_spec("mplfonts")  # located, not imported: its import does more than we need
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / "fonts" / FONT_FILE
        if path.is_file():
            return path
    raise InputError(f"找不到中文字体 {FONT_FILE}（应随 mplfonts 包安装；请执行 pip install mplfonts）")


def chart_style() -> dict[str, Any]:
    from matplotlib import font_manager

    path = str(_font_path())
    if not any(f.fname == path for f in font_manager.fontManager.ttflist):
        font_manager.fontManager.addfont(path)
    return {
        "font.family": [FONT_FAMILY, "DejaVu Sans"],
        "font.size": 10,
        "axes.unicode_minus": False,
        "text.parse_math": False,  # names and quotes are drawn as written: `$…$` is not mathtext
        "figure.dpi": DPI,
        "savefig.dpi": DPI,
        "axes.spines.top": False,
        "axes.spines.right": False,
    }


def _figure(height: float) -> Any:
    from matplotlib.figure import Figure

    return Figure(figsize=(WIDTH_IN, height), dpi=DPI, layout="constrained")


def _title(fig: Any, run: Run, what: str, sub: str = "") -> None:
    fig.suptitle(f"{run.government}　{run.period}　{what}", fontsize=14, color=TEXT)
    if sub:
        fig.axes[0].set_title(sub, fontsize=9.5, color="#555555", loc="left", linespacing=1.5)


def _verdicts(fig: Any, run: Run) -> None:
    ax = fig.add_subplot()
    counts = run.counts()
    order = list(Verdict)
    ys = range(len(order))
    values = [counts[v] for v in order]
    ax.barh(ys, values, color=[COLOURS[v] for v in order], edgecolor=EDGE, linewidth=0.8, height=0.66)
    top = max(values + [4])
    for y, v, n in zip(ys, order, values):
        ax.text(n + top * 0.015, y, f"{n}项", va="center", ha="left", fontsize=10.5, color=TEXT)
    ax.set_yticks(list(ys), [v.label for v in order], fontsize=11)
    ax.invert_yaxis()
    ax.set_xlim(0, top * 1.15)
    ax.set_xlabel("指标数（项）")
    ax.xaxis.get_major_locator().set_params(integer=True)
    judged = sum(n for v, n in counts.items() if v not in JUDGED_OUT)
    sub = (f"共{len(run.results)}项指标，应判定{judged}项：达标{counts[Verdict.PASS]}项，"
           f"未达标{counts[Verdict.FAIL]}项（规划：{run.plan_name}）")
    _title(fig, run, "指标结论分布", sub)


def _targets(fig: Any, run: Run, points: list[TargetPoint]) -> None:
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    ax = fig.add_subplot()
    _title(fig, run, "各项目标的完成程度",
           "横轴：实际值 ÷ 目标值（“≤”类目标为 目标值 ÷ 实际值），1 = 恰好达到目标，越大越好。\n"
           "是否类、限期类目标：达标记为1，未达标记为0；按人员或单位考核的指标：点表示最差的一人或一个单位。")
    if not points:
        ax.set_axis_off()
        ax.text(0.5, 0.5, "本次没有应判定的指标（均为仅展示或不适用）", ha="center", va="center",
                fontsize=13, color=TEXT, transform=ax.transAxes)
        return
    n = len(points)
    finite = [p.ratio for p in points if p.ratio is not None and p.ratio != float("inf")]
    right = min(RATIO_MAX, max([1.3] + [r * 1.12 for r in finite]))
    ax.axvspan(0, 1.0, color="#F6F6F6", zorder=0)
    ax.axvline(1.0, color="#333333", linewidth=1.4, zorder=1)
    ax.text(1.0, -0.75, " 目标 = 1", ha="left", va="center", fontsize=9, color="#333333")
    for y, p in enumerate(points):
        ax.axhline(y, color="#E4E4E4", linewidth=0.6, zorder=0)
        if p.ratio is None:
            ax.text(-0.03 * right, y, p.verdict.label, ha="left", va="center", fontsize=9.5, color=TEXT,
                    bbox=dict(boxstyle="round,pad=0.3", facecolor=COLOURS[p.verdict], edgecolor=EDGE, linewidth=0.7),
                    zorder=3)
            continue
        clipped = p.ratio > right
        x = right if clipped else p.ratio
        marker = ">" if clipped else MARKERS.get(p.verdict, "o")
        colour = POINT_COLOURS.get(p.verdict, EDGE)
        ax.plot([0, x], [y, y], color=colour, linewidth=1.2, alpha=0.45, zorder=2, solid_capstyle="butt")
        ax.plot([x], [y], marker=marker, markersize=10, color=colour, markeredgecolor="white",
                markeredgewidth=0.8, linestyle="none", zorder=4, clip_on=False)
        note = p.note + (f"（{p.ratio:.1f}倍）" if clipped and p.ratio != float("inf") else "")
        left_side = x > right * 0.62
        ax.text(x + (-0.025 if left_side else 0.025) * right, y - 0.28, note, ha="right" if left_side else "left",
                va="center", fontsize=8.5, color=colour, zorder=5)
    ax.set_yticks(range(n), [f"{p.name}\n{p.actual} / {p.target}" for p in points], fontsize=9)
    ax.set_ylim(n - 0.5, -1.2)
    ax.set_xlim(-0.04 * right, right)
    ax.set_xlabel("实际值 ÷ 目标值（1 = 目标）")
    pointed = [v for v in MARKERS if any(p.verdict is v and p.ratio is not None for p in points)]
    boxed = [v for v in RANK if any(p.verdict is v and p.ratio is None for p in points)]
    handles = [Line2D([], [], marker=MARKERS[v], color=POINT_COLOURS[v], markeredgecolor="white", linestyle="none",
                      markersize=9, label=v.label) for v in pointed]
    handles += [Patch(facecolor=COLOURS[v], edgecolor=EDGE, label=f"{v.label}（无数值，不画点）") for v in boxed]
    if any(p.ratio is not None and p.ratio > right for p in points):
        handles.append(Line2D([], [], marker=">", color=EDGE, linestyle="none", markersize=9,
                              label=f"超出刻度（>{right:g}倍）"))
    fig.legend(handles=handles, loc="outside lower center", ncols=len(handles), fontsize=9, frameon=False)


def _axis_label(r: Result) -> str:
    unit = r.indicator.display_unit
    kind = r.indicator.measure.kind
    worst = "最高" if r.indicator.target and r.indicator.target.operator is Operator.AT_MOST else "最低"
    if kind == "person_value":
        return f"单位内个人{worst}值（{unit}）：每个单位取其人员中{worst}的一人"
    if kind == "unit_ratio":
        return f"本单位比例（{unit}）"
    if kind == "rate":
        return f"各机关的比率（{unit}）"
    return f"各单位数值（{unit}）" if unit else "各单位数值"


def _without_figure(units: Sequence[UnitResult], who: str) -> str:
    """One line naming the units that have no figure and so no bar."""
    listed = "；".join(f"{u.name}（{u.verdict.label}：{u.detail}）" for u in units)
    if len(units) <= 3 and len(listed) <= 80:
        return f"无数值、未画出的{who}：{listed}"
    kinds: dict[str, int] = {}
    for u in units:
        kinds[u.verdict.label] = kinds.get(u.verdict.label, 0) + 1
    counts = "、".join(f"{k}{v}个" for k, v in kinds.items())
    names = "、".join(u.name for u in units[:4])
    return f"另有{len(units)}个{who}无数值、未画出（{counts}）：{names}等"


def _units(fig: Any, run: Run, r: Result) -> None:
    from matplotlib.patches import Patch

    t = r.indicator.target
    op = t.operator if t else None
    goal = _num(t.value) if t else None
    sel = select_units(r.units, op)
    unit = r.indicator.display_unit
    ax = fig.add_subplot()
    n = len(sel.shown)
    ys = [i + (0.8 if sel.split is not None and i >= sel.split else 0) for i in range(n)]
    vals = [float(u.value) for u in sel.shown]  # type: ignore[arg-type]
    ax.barh(ys, vals, color=[COLOURS[u.verdict] for u in sel.shown], edgecolor=EDGE, linewidth=0.6, height=0.72)
    hi = max(vals + ([goal] if goal is not None else []) + [0.0])
    lo = min(vals + [0.0])
    span = (hi - lo) or 1.0
    for y, u, v in zip(ys, sel.shown, vals):
        if v == 0:  # a bar of no length: a stroke at 0 so that the row is not blank
            ax.plot([0], [y], marker="|", markersize=13, markeredgewidth=3, linestyle="none", clip_on=False,
                    color=POINT_COLOURS.get(u.verdict, EDGE), zorder=4)
        label = f"{_fmt(v)}{unit}"
        if u.verdict is Verdict.FAIL and goal is not None:
            label += f"　未达标（{'超出' if op is Operator.AT_MOST else '差'}{_diff(v - goal, unit)}）"
        elif u.verdict is not Verdict.PASS:
            label += f"　{u.verdict.label}"
        ax.text(max(v, 0) + span * 0.01, y, label, va="center", ha="left", fontsize=8.5, color=TEXT, zorder=5,
                bbox=dict(facecolor="white", edgecolor="none", alpha=0.85, pad=0.6))
    ax.set_yticks(ys, [u.name for u in sel.shown], fontsize=9)
    top = ys[-1] if ys else 0
    ax.set_ylim(top + 0.7, -1.3)
    ax.set_xlim(min(lo, 0), hi + span * 0.36)
    if goal is not None:
        ax.axvline(goal, color="#333333", linewidth=1.3, linestyle="--", zorder=2.5)
        ax.text(goal, -0.95, f" 目标 {target_text(r)}", ha="left", va="center", fontsize=9.5, color="#333333")
    if sel.split is not None:
        mid = (ys[sel.split - 1] + ys[sel.split]) / 2
        ax.axhline(mid, color="#999999", linewidth=0.8, linestyle=":")
        ax.text(0.5, mid, f"…… 中间{sel.hidden}个单位未显示 ……", transform=ax.get_yaxis_transform(),
                ha="center", va="center", fontsize=9, color="#555555",
                bbox=dict(facecolor="white", edgecolor="none", pad=1))
    ax.set_xlabel(_axis_label(r))
    ax.grid(axis="x", color="#E4E4E4", linewidth=0.6)
    ax.set_axisbelow(True)
    total = len(r.units)
    fails = sum(1 for u in r.units if u.verdict is Verdict.FAIL)
    who = "机关" if r.indicator.measure.kind == "rate" else "单位"
    parts = [f"共{total}个{who}"]
    if sel.split is not None:
        parts.append(f"显示最低{EACH}个和最高{EACH}个" if op is not Operator.AT_MOST else f"显示最高{EACH}个和最低{EACH}个")
    parts.append(f"未达标{fails}个" + ("（完整名单见计分表）" if sel.split is not None else ""))
    sub = "，".join(parts)
    if sel.without_figure:
        sub += "\n" + _without_figure(sel.without_figure, who)
    _title(fig, run, r.indicator.name, sub)
    present = [v for v in Verdict if any(u.verdict is v for u in sel.shown)]
    fig.legend(handles=[Patch(facecolor=COLOURS[v], edgecolor=EDGE, label=v.label) for v in present],
               loc="outside lower center", ncols=max(1, len(present)), fontsize=9, frameon=False)


def save_figure(fig: Any, path: Path) -> Path:
    return atomic_write(path, lambda tmp: fig.savefig(tmp, format="png", dpi=DPI, metadata={"Software": None}))


def write_charts(run: Run, directory: Path, stem: str) -> list[Path]:
    """Draw the charts of `run` into `directory` as <stem>_<name>.png; paths in chart_names order.

    Each file is rendered beside its target under a temporary name and moved into place, so an
    interrupted run leaves either the old file or the new one, never half a PNG.
    """
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import rc_context

    prepare_dir(directory)
    names = chart_names(run)
    units = [r for r in run.results if has_unit_figures(r)]
    points = target_points(run)
    out: list[Path] = []
    with rc_context(chart_style()):
        for name in names:
            if name == "verdicts":
                fig = _figure(VERDICTS_HEIGHT)
                _verdicts(fig, run)
            elif name == "targets":
                fig = _figure(targets_height(len(points)))
                _targets(fig, run, points)
            else:
                r = units.pop(0)
                sel = select_units(r.units, r.indicator.target.operator if r.indicator.target else None)
                fig = _figure(units_height(len(sel.shown), sel.split is not None))
                _units(fig, run, r)
            out.append(save_figure(fig, directory / f"{stem}_{name}.png"))
    return out
