"""Command line: a thin layer over checker.api. Heavy imports happen inside commands."""

from __future__ import annotations

import sys
from enum import Enum, IntEnum
from pathlib import Path
from typing import Any, Callable, Optional, TypeVar

import typer

from .cli_help import ChineseCommand, ChineseGroup
from .errors import CheckerError, failure_text

T = TypeVar("T")


class ExitCode(IntEnum):
    OK = 0
    TARGET_FAILED = 1  # only with --strict
    BAD_INPUT = 2
    INTERNAL = 3


class Format(str, Enum):
    table = "table"
    json = "json"


app = typer.Typer(
    name="checker",
    help="法治政府建设指标核查：按规划目标检查报表数据，生成计分表。",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    cls=ChineseGroup,
)
catalogue_app = typer.Typer(help="查看指标目录；由规划生成指标目录草稿。", no_args_is_help=True, rich_markup_mode=None,
                            cls=ChineseGroup)
app.add_typer(catalogue_app, name="catalogue")


def _status(fmt: Format) -> Callable[[int, int, str], None]:
    """A progress bar on stderr, redrawn in place: on a terminal only, never beside JSON output."""
    shown = sys.stderr.isatty() and fmt is not Format.json

    def show(k: int, n: int, what: str) -> None:
        if not shown:
            return
        import shutil

        from .reporters.terminal import progress_line

        sys.stderr.write("\r" + progress_line(k, n, what, max(40, shutil.get_terminal_size((80, 24)).columns)))
        if k == n:
            sys.stderr.write("\r\x1b[2K")  # done: the bar gives way to the results
        sys.stderr.flush()

    return show


def _fail(message: str, code: ExitCode = ExitCode.BAD_INPUT) -> None:
    typer.echo(f"错误：{message}", err=True)
    raise typer.Exit(int(code))


def guarded(fn: Callable[[], T]) -> T:
    """Run fn; turn every error into one line on stderr and an exit status."""
    try:
        return fn()
    except KeyboardInterrupt:
        typer.echo("已中断", err=True)
        raise typer.Exit(130)
    except BrokenPipeError:  # the reader went away (`| head`): nothing left to tell
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(0)
    except (CheckerError, MemoryError, OSError) as exc:  # OSError: the system refused (path, permission, disk)
        _fail(failure_text(exc))
    except Exception as exc:  # a bug: still one line, never a traceback
        _fail(f"{failure_text(exc)}（请将输入文件和此信息报告给维护者）", ExitCode.INTERNAL)
    raise AssertionError("unreachable")


PLAN_HELP = ("按此规划判定（编号或名称，逗号分隔可选多个；`checker catalogue list` 列出可选规划）。"
             "默认：按文件中的政府名称匹配其本级规划；匹配不到时只判定全国性要求。")


def _check(
    files: list[Path] = typer.Argument(..., help="要检查的报表（.xlsx .xlsm .xls .ods .csv）或文字报告（.docx .txt .md .pdf .html），"
                                       "可给多个文件或文件夹", show_default=False),
    plan: Optional[str] = typer.Option(None, "--plan", help=PLAN_HELP),
    year: Optional[int] = typer.Option(None, "--year", help="报告年度：文件未写明年度时使用（默认从文件内容读取）"),
    year_override: bool = typer.Option(False, "--year-override", help="--year 与文件写明的年度不同时，仍按 --year 判定（记入核查记录）"),
    entity: Optional[str] = typer.Option(None, "--entity", help="被检查的政府（单位）名称（默认从文件内容读取）"),
    manifest: Optional[Path] = typer.Option(None, "--manifest", help="YAML 清单：逐个文件指定 entity（政府）和 year（年度）"),
    catalogue: Optional[Path] = typer.Option(None, "--catalogue", help="使用另一个指标目录（文件夹）"),
    fmt: Format = typer.Option(Format.table, "--format", help="输出格式：table（表格）或 json"),
    out: Path = typer.Option(Path("outputs"), "--out", help="计分表输出文件夹"),
    strict: bool = typer.Option(False, "--strict", help="有指标未达标时以状态码 1 退出"),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="列出每项指标的说明和全部数据问题"),
    db: Optional[Path] = typer.Option(None, "--db", help="历史数据库（默认：输出文件夹中的 checker.db）"),
    mapping: Optional[Path] = typer.Option(None, "--mapping", help="YAML 映射文件：指定各表所在的工作表、表头行和列"),
    max_size: int = typer.Option(512, "--max-size", help="工作簿解压后的大小上限（MB）"),
    max_rows: int = typer.Option(500_000, "--max-rows", help="每个工作表的行数上限"),
    jobs: int = typer.Option(0, "--jobs", "-j", help="同时检查的进程数（默认：CPU 核数）"),
    charts: bool = typer.Option(True, "--charts/--no-charts", help="是否绘制图表"),
    force: bool = typer.Option(False, "--force", help="允许覆盖不是本软件写出的同名文件（输入文件仍不会被覆盖）"),
) -> None:
    """检查报表或报告，输出每项指标的结论，并写出计分表（outputs/<文件名>_scorecard.xlsx）。

    给多个文件或文件夹时，按文件内容识别政府和年度分组，每组一份计分表，并写出比较工作簿 outputs/comparison.xlsx。
    """

    def run() -> int:
        from .read.spreadsheet import Limits

        limits = Limits(max_uncompressed_bytes=max_size * 1024 * 1024, max_rows=max_rows)
        if len(files) == 1 and not files[0].is_dir() and manifest is None:
            return _check_one(files[0], limits)
        return _check_many(limits)

    def _check_one(src: Path, limits) -> int:
        import dataclasses

        from .api import check, check_input, record
        from .model import Verdict
        from .output_files import output_path
        from .reporters import jsonout, terminal

        check_input(src)
        target = output_path(out, f"{src.stem}_scorecard.xlsx", [src], force=force)  # fail before the slow part
        status = _status(fmt)
        status(1, 3, f"读取并判定 {src.name}")
        result = check(src, plan=plan, year=year, year_override=year_override, catalogue_dir=catalogue, limits=limits,
                       mapping=mapping, db=db or target.parent / "checker.db")
        if entity:
            result = dataclasses.replace(result, government=entity)
        status(2, 3, f"写出计分表 {target.name}")
        outs = record(result, target, db=db, charts=charts, force=force, inputs=(src,))
        status(3, 3, "完成")
        notes = [f"计分表：{outs.scorecard}（{'含图表，' if charts else ''}历史记录 {outs.db} 第{outs.run_id}次核查）"]
        names = {r.indicator.id: r.indicator.name for r in result.results}
        if outs.carried:
            notes.append(f"沿用上次审查（数值未变）：{'、'.join(names.get(k, k) for k in outs.carried)}")
        if outs.flagged:
            notes.append(f"数值已变化、需重新审查：{'、'.join(names.get(k, k) for k in outs.flagged)}")
        if fmt is Format.json:
            typer.echo(jsonout.render(result))
            typer.echo("\n".join(notes), err=True)
        else:
            typer.echo(terminal.render(result, verbose=verbose, total=terminal.terminal_width(),
                                       colour=sys.stdout.isatty(), finals=outs.finals))
            typer.echo("\n".join(notes))
        failed = any(r.verdict is Verdict.FAIL for r in result.results)
        return int(ExitCode.TARGET_FAILED) if strict and failed else int(ExitCode.OK)

    def _check_many(limits) -> int:
        import os

        from .batch import run_batch
        from .output_files import prepare_dir
        from .reporters import batch_text

        prepare_dir(out)
        progress = _status(fmt)

        outcome = run_batch(files, out=out, db=db, plan=plan, year=year, entity=entity, manifest=manifest,
                            catalogue_dir=catalogue, limits=limits, mapping=mapping,
                            jobs=jobs or os.cpu_count() or 1, charts=charts, progress=progress, force=force)
        typer.echo(batch_text.render_json(outcome) if fmt is Format.json else batch_text.render(outcome))
        if outcome.files_total and outcome.files_failed == outcome.files_total:
            return int(ExitCode.BAD_INPUT)
        failed = any(g.counts.get("fail") for g in outcome.groups)
        return int(ExitCode.TARGET_FAILED) if strict and failed else int(ExitCode.OK)

    raise typer.Exit(guarded(run))


app.command("check", cls=ChineseCommand)(_check)


@app.command("extract", cls=ChineseCommand)
def extract(
    report: Path = typer.Argument(..., help="文字报告（.docx .txt .md .pdf .html）", show_default=False),
    fmt: Format = typer.Option(Format.table, "--format", help="输出格式：table（表格）或 json"),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="把找到的数字写入标准报表（.xlsx），核对后可用 check 检查"),
    year: Optional[int] = typer.Option(None, "--year", help="报告年度（默认从报告标题或开头读取）"),
    catalogue: Optional[Path] = typer.Option(None, "--catalogue", help="使用另一个指标目录（文件夹）"),
) -> None:
    """列出文字报告中与指标有关的数字，每个数字附原文和位置。"""

    def run() -> None:
        from .catalogue.loader import load_catalogue
        from .errors import InputError
        from .reporters.extraction import render_json, render_table
        from .figures.report import extract_report

        if output is not None:
            if output.suffix.lower() != ".xlsx":
                raise InputError(f"输出文件名应以 .xlsx 结尾：{output}")
            if output.exists():
                raise InputError(f"{output} 已存在，为免覆盖已核对的数据已停止（请换一个文件名或先删除它）")
        cat, schema = load_catalogue(catalogue)
        found = extract_report(report, cat, year)
        if output is not None:
            from .reporters.figures_workbook import write_figures_workbook

            write_figures_workbook(output, found, cat, schema)
        from .reporters.terminal import terminal_width

        typer.echo(render_json(found) if fmt is Format.json else render_table(found, terminal_width()))
        if output is not None:
            typer.echo(f"已写入标准报表：{output}", err=fmt is Format.json)

    guarded(run)


@app.command("template", cls=ChineseCommand)
def template(
    output: Path = typer.Option(..., "-o", "--output", help="写出的空白模板文件（.xlsx）"),
    plan: Optional[str] = typer.Option(None, "--plan", help="只列出此规划的制度落实事项；默认全部"),
    catalogue: Optional[Path] = typer.Option(None, "--catalogue", help="使用另一个指标目录（文件夹）"),
) -> None:
    """写出空白的标准报表模板，供各部门填报。"""

    def run() -> None:
        from .catalogue.loader import load_catalogue
        from .errors import InputError
        from .judge.plans import parse_plan_option
        from .reporters.template import write_template

        if output.suffix.lower() != ".xlsx":
            raise InputError(f"模板文件名应以 .xlsx 结尾：{output}")
        if output.exists():
            raise InputError(f"{output} 已存在，为免覆盖已填报的数据已停止（请换一个文件名或先删除它）")
        cat, schema = load_catalogue(catalogue)
        selected = parse_plan_option(cat, plan)
        write_template(output, cat, schema, ",".join(selected) if selected else None)
        typer.echo(f"已生成模板：{output}")

    guarded(run)


@app.command("review", cls=ChineseCommand)
def review(
    scorecard: Path = typer.Argument(..., help="已填写审查列的计分表（check 写出的 *_scorecard.xlsx）", show_default=False),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="审查后的计分表（默认：<原名>_reviewed.xlsx）"),
    db: Optional[Path] = typer.Option(None, "--db", help="历史数据库（默认：计分表所在文件夹中的 checker.db）"),
    force: bool = typer.Option(False, "--force", help="允许覆盖不是本软件写出的同名文件（输入文件仍不会被覆盖）"),
) -> None:
    """读取计分表「指标明细」中的审查结论和意见，记入历史数据库，写出审查后的计分表。"""

    def run() -> None:
        from .review import review_scorecard

        outcome = review_scorecard(scorecard, output=output, db=db, force=force)
        typer.echo(f"审查 {outcome.reviewed} 项，其中改判 {outcome.overridden} 项；新增审查记录 {outcome.recorded} 条")
        typer.echo(f"审查后的计分表：{outcome.output}")

    guarded(run)


@app.command("compare", cls=ChineseCommand)
def compare(
    db: Path = typer.Option(Path("outputs") / "checker.db", "--db", help="历史数据库"),
    government: Optional[list[str]] = typer.Option(None, "--government", help="只比较这些政府（单位），可重复"),
    year: Optional[list[int]] = typer.Option(None, "--year", help="只比较这些年度，可重复"),
    output: Path = typer.Option(Path("outputs") / "comparison.xlsx", "-o", "--output", help="比较工作簿"),
    charts: bool = typer.Option(True, "--charts/--no-charts", help="是否绘制图表"),
    force: bool = typer.Option(False, "--force", help="允许覆盖不是本软件写出的同名文件（输入文件仍不会被覆盖）"),
) -> None:
    """用历史数据库中各政府、各年度最近一次核查（含审查结论）生成比较工作簿，不重新读取文件。"""

    def run() -> None:
        from .comparison import from_history
        from .errors import InputError
        from .output_files import may_write, write_staged
        from .reporters.comparison_workbook import write_comparison

        if not db.is_file():
            raise InputError(f"没有历史数据库 {db}（先运行 check 生成；或用 --db 指定数据库文件）")
        if output.suffix.lower() != ".xlsx":
            raise InputError(f"比较工作簿的文件名应以 .xlsx 结尾：{output}")
        may_write(output, [db], force=force)  # fail before the slow part
        comp = from_history(db, government or (), year or ())
        if not comp.entries:
            raise InputError("历史数据库中没有符合条件的核查记录（用 `checker history` 查看）")

        def write(staged: Path) -> list[Path]:
            book, charts_written = write_comparison(comp, staged, charts=charts)
            return [book, *charts_written]

        path, *pngs = write_staged(output, write, [db], force=force)
        typer.echo(f"比较了 {len(comp.entries)} 份核查（{len(comp.governments)} 个政府，{len(comp.years)} 个年度）")
        typer.echo(f"比较工作簿：{path}" + ("（含图表）" if charts else ""))

    guarded(run)


@app.command("report", cls=ChineseCommand)
def report(
    inputs: list[Path] = typer.Argument(..., help="计分表（check 或 review 写出的 .xlsx），或要检查的报表、报告；可给多个",
                                        show_default=False),
    output: Path = typer.Option(..., "-o", "--output", help="写出的执法检查报告草稿（.docx）"),
    plan: Optional[str] = typer.Option(None, "--plan", help=PLAN_HELP),
    year: Optional[int] = typer.Option(None, "--year", help="检查报表或报告时的报告年度（默认从文件内容读取）"),
) -> None:
    """生成执法检查报告草稿（.docx）：依据、总体情况、各类指标、问题清单、审查意见；多个政府时附比较。"""

    def run() -> None:
        import tempfile

        from .errors import InputError
        from .reporters.inspection_report import read_scorecard, write_report

        if output.suffix.lower() != ".docx":
            raise InputError(f"报告文件名应以 .docx 结尾：{output}")
        if output.exists():
            raise InputError(f"{output} 已存在，为免覆盖已修改的报告已停止（请换一个文件名或先删除它）")
        cards = []
        with tempfile.TemporaryDirectory() as tmp:
            for k, src in enumerate(inputs):
                if not src.exists():
                    raise InputError(f"找不到文件 {src}")
                if src.suffix.lower() == ".xlsx" and _is_scorecard(src):
                    cards.append(read_scorecard(src))
                    continue
                from .api import check
                from .reporters.excel import write_scorecard

                result = check(src, plan=plan, year=year)
                card = read_scorecard(write_scorecard(result, Path(tmp) / f"{k}.xlsx"))
                card.run = result
                cards.append(card)
            path = write_report(cards, output)
        typer.echo(f"已生成执法检查报告草稿：{path}（{len(cards)} 份计分表；问题清单 "
                   f"{sum(len([t for t in c.targets if t.final.value in ('fail', 'invalid', 'review')]) for c in cards)} 项）")

    guarded(run)


def _is_scorecard(path: Path) -> bool:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True)
        names = wb.sheetnames
        wb.close()
    except Exception:  # not readable as a workbook: let check say why
        return False
    return "总览" in names and "指标明细" in names


@app.command("history", cls=ChineseCommand)
def history(
    db: Path = typer.Option(Path("outputs") / "checker.db", "--db", help="历史数据库"),
    indicator: Optional[str] = typer.Option(None, "--indicator", help="显示此指标在历次核查中的数值和结论"),
    government: Optional[str] = typer.Option(None, "--government", help="只列出此政府（单位）的核查"),
    fmt: Format = typer.Option(Format.table, "--format", help="输出格式：table（表格）或 json"),
    verify: bool = typer.Option(False, "--verify", help="重新计算校验链，检查历史记录是否在本软件之外被改动"),
) -> None:
    """列出历次核查；--indicator 显示一个指标的数值、结论和审查结论的变化；--verify 校验全部记录。"""

    def run() -> None:
        from .errors import InputError
        from .history import History
        from .reporters import history_text
        from .reporters.terminal import terminal_width

        if not db.is_file():
            raise InputError(f"没有历史数据库 {db}（先运行 check 生成；或用 --db 指定数据库文件）")
        if verify:
            with History(db) as h:
                result = h.verify()
            if not result.intact:
                raise InputError(f"历史数据库 {db} 校验未通过：{result.problem}（此前 {result.links} 条记录完好）")
            typer.echo(f"历史数据库 {db} 校验通过：{result.links} 条记录（核查 {result.runs} 次，审查 {result.reviews} 条）"
                       f"，链尾校验值 {result.head or '—'}")
            return
        with History(db, verify=True) as h:
            if indicator:
                rows = h.indicator_history(indicator)
                if not rows:
                    raise InputError(f"历史数据库中没有指标 {indicator} 的记录（用 `checker catalogue list` 查看编号）")
                typer.echo(history_text.render_indicator(indicator, rows, fmt.value, _indicator_name(indicator),
                                                         terminal_width()))
            else:
                typer.echo(history_text.render_runs(h.runs(government), fmt.value, terminal_width()))

    guarded(run)


def _indicator_name(indicator: str) -> str:
    from .catalogue.loader import load_catalogue

    try:
        return load_catalogue()[0].find(indicator).name
    except Exception:  # an id the installed catalogue no longer has: the id is still the right name
        return ""


@catalogue_app.command("list", cls=ChineseCommand)
def catalogue_list(
    plan: Optional[str] = typer.Option(None, "--plan", help="只列出此规划的指标"),
    catalogue: Optional[Path] = typer.Option(None, "--catalogue", help="使用另一个指标目录（文件夹）"),
) -> None:
    """列出全部指标：编号、名称、目标、层级、来源条款。"""

    def run() -> None:
        from .catalogue.loader import load_catalogue
        from .judge.plans import parse_plan_option
        from .reporters.catalogue_text import render_list
        from .reporters.terminal import terminal_width

        cat, _ = load_catalogue(catalogue)
        typer.echo(render_list(cat, frozenset(parse_plan_option(cat, plan)) or None, terminal_width()))

    guarded(run)


@catalogue_app.command("show", cls=ChineseCommand)
def catalogue_show(
    indicator: str = typer.Argument(..., help="指标编号，如 enforcement_training_hours"),
    catalogue: Optional[Path] = typer.Option(None, "--catalogue", help="使用另一个指标目录（文件夹）"),
) -> None:
    """显示一个指标的全部定义和规划原文。"""

    def run() -> None:
        from .catalogue.loader import load_catalogue
        from .errors import InputError
        from .reporters.catalogue_text import render_one

        cat, schema = load_catalogue(catalogue)
        try:
            ind = cat.find(indicator)
        except KeyError:
            raise InputError(f"没有编号为 {indicator} 的指标（用 `checker catalogue list` 查看全部编号）") from None
        typer.echo(render_one(cat, ind, schema))

    guarded(run)


@catalogue_app.command("draft", cls=ChineseCommand)
def catalogue_draft(
    plan_file: Path = typer.Argument(..., help="规划原文（.txt .md .docx .pdf .html）", show_default=False),
    plan_id: str = typer.Option(..., "--plan-id", help="新规划的编号（小写字母、数字、连字符），如 jingan-2021-2025"),
    output: Path = typer.Option(..., "-o", "--output", help="写出草稿指标目录的文件夹（须不存在、为空或是上次生成的草稿）"),
    catalogue: Optional[Path] = typer.Option(None, "--catalogue", help="对照的指标目录（默认随软件安装的目录）"),
    name: Optional[str] = typer.Option(None, "--name", help="规划名称（默认读取标题）"),
    government: Optional[str] = typer.Option(None, "--government", help="制定规划的政府（默认读取标题）"),
    period: Optional[str] = typer.Option(None, "--period", help="规划期，如 2021-2025（默认读取标题）"),
    show_skipped: bool = typer.Option(False, "--show-skipped", help="列出未采用的条文及原因（定性目标、回顾、超出规划期等）"),
    compare_with: Optional[str] = typer.Option(None, "--compare", help="与对照目录中某规划（如 putuo-2021-2025）已有的指标逐项比较"),
) -> None:
    """读取一份规划，找出可量化的目标，生成供核对的指标目录草稿。"""

    def run() -> None:
        from .catalogue.loader import default_directory, load_catalogue
        from .draft import draft_plan, require_period
        from .draft.render import render_skipped, render_table
        from .draft.write import check_output, write_draft

        check_output(output)  # refuse early, before the slow part
        base, _ = load_catalogue(catalogue)
        draft = draft_plan(plan_file, plan_id, base, name=name, government=government, period=period)
        typer.echo(render_table(draft))
        if show_skipped:
            typer.echo(render_skipped(draft))
        if compare_with:
            from .draft.differences import compare, render_differences

            typer.echo(render_differences(compare(draft, base, compare_with), compare_with))
        if draft.empty:
            typer.echo("未写出草稿目录。", err=True)
            return
        require_period(draft)
        write_draft(draft, output, Path(catalogue) if catalogue else default_directory())
        typer.echo(f"已写出草稿指标目录：{output}（核对清单见 {output / 'DRAFT.md'}）")

    guarded(run)


check_app = typer.Typer(add_completion=False, pretty_exceptions_enable=False, rich_markup_mode=None,
                        help=_check.__doc__)
check_app.command(cls=ChineseCommand)(_check)


# --- usage errors: the parser's own English replaced by one Chinese line, exit 2 ---------------

PARAM_NAMES = {
    "files": "要检查的文件或文件夹", "report": "文字报告", "scorecard": "计分表", "indicator": "指标编号",
    "plan_file": "规划原文", "output": "输出文件（-o）", "plan_id": "规划编号（--plan-id）",
}


def _option_names(command: object) -> list[str]:
    return sorted({o for p in getattr(command, "params", []) for o in getattr(p, "opts", []) + getattr(p, "secondary_opts", [])
                   if o.startswith("-")})


def usage_text(exc: Exception) -> str:
    """One Chinese line for a click usage error: what is wrong and what to do."""
    import difflib
    import re

    click = _parser_errors()
    ctx = getattr(exc, "ctx", None)
    command = ctx.command_path if ctx else ""
    help_hint = f"（用 {command} --help 查看用法）" if command else "（用 --help 查看用法）"
    if isinstance(exc, click.NoSuchOption):
        options = _option_names(ctx.command) if ctx else []
        close = difflib.get_close_matches(exc.option_name, options, n=1, cutoff=0.5)
        hint = f"（是否要用 {close[0]}？用 {command} --help 查看全部选项）" if close else help_hint
        return f"{command} 没有选项 {exc.option_name}{hint}"
    if isinstance(exc, click.MissingParameter):
        param = exc.param
        name = PARAM_NAMES.get(getattr(param, "name", ""), "") if param else ""
        opts = "/".join(getattr(param, "opts", []) or []) if param else ""
        if param is not None and getattr(param, "param_type_name", "") == "option":
            return f"缺少选项 {opts}{help_hint}"
        return f"缺少{name or '参数'}{help_hint}"
    if isinstance(exc, click.BadParameter):
        param = exc.param
        opts = "/".join(getattr(param, "opts", []) or []) if param else ""
        message = exc.message or ""
        choice = re.search(r"'([^']*)' is not one of (.*)", message)
        if choice:
            choices = re.findall(r"'([^']*)'", choice.group(2))
            return f"选项 {opts} 的值「{choice.group(1)}」无效：可选 {'、'.join(choices)}"
        for word, kind in (("integer", "整数"), ("number", "数字"), ("float", "数字"), ("bool", "是或否")):
            if word in message.lower():
                return f"选项 {opts} 的值无效：应为{kind}{help_hint}"
        return f"选项 {opts} 的值无效{help_hint}"
    message = getattr(exc, "message", "") or ""
    if "does not take a value" in message:
        opt = (re.search(r"'([^']*)'", message) or [None, ""])[1]
        return f"选项 {opt} 不带取值（直接写 {opt}）"
    if isinstance(exc, click.BadOptionUsage) or "requires an argument" in message:
        opt = getattr(exc, "option_name", None) or (re.search(r"'([^']*)'", message) or [None, ""])[1]
        return f"选项 {opt} 后缺少取值{help_hint}"
    extra = re.match(r"Got unexpected extra argument(?:s|\(s\))? \((.*)\)", message)
    if extra:
        return f"多余的参数：{extra.group(1)}{help_hint}"
    unknown = re.match(r"No such command '([^']*)'", message)
    if unknown:
        names = sorted(getattr(ctx.command, "commands", {})) if ctx else []
        return f"没有命令 {unknown.group(1)}（可用的命令：{'、'.join(names)}）"
    return f"命令行用法有误{help_hint}"


def _parser_errors() -> Any:
    """The module holding the parser's exceptions (Typer vendors its own copy of click)."""
    try:
        from typer._click import exceptions
    except ImportError:  # an older Typer on plain click
        from click import exceptions  # type: ignore[no-redef]
    return exceptions


def _run(application: typer.Typer) -> None:
    """Run a Typer app; a usage error becomes one Chinese line on stderr and exit status 2."""
    click = _parser_errors()
    try:
        code = application(standalone_mode=False)
    except click.NoArgsIsHelpError as exc:
        typer.echo(exc.ctx.get_help())
        sys.exit(int(ExitCode.BAD_INPUT))
    except click.UsageError as exc:
        typer.echo(f"错误：{usage_text(exc)}", err=True)
        sys.exit(int(ExitCode.BAD_INPUT))
    except (click.Abort if hasattr(click, "Abort") else typer.Abort, KeyboardInterrupt):
        typer.echo("已中断", err=True)
        sys.exit(130)
    except click.ClickException as exc:  # other parser errors (a file that cannot be opened …)
        typer.echo(f"错误：{usage_text(exc)}", err=True)
        sys.exit(int(ExitCode.BAD_INPUT))
    sys.exit(code if isinstance(code, int) else 0)


def main() -> None:
    _run(app)


def check_main() -> None:
    _run(check_app)


if __name__ == "__main__":  # pragma: no cover
    main()
