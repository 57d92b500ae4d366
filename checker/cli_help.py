"""`--help` in Chinese: the usage line, sections, value names and defaults of every command.

Typer's plain (non-rich) help is click's frame with English words in it (Usage, Options,
[default: …], [required], <int>, Show this message and exit.). The commands and groups of the
CLI use these classes (`cls=`), whose format_help writes the same parts in Chinese and lays the
rows out by display width, so CJK text lines up and wraps inside its column.
"""

from __future__ import annotations

import inspect
import re
from enum import Enum
from typing import Any

from typer.core import TyperCommand, TyperGroup

# What the user gives for a parameter of each type (Typer's and click's names for them).
TYPE_NAMES = {"int": "整数", "integer": "整数", "float": "数字", "path": "路径", "str": "文字", "text": "文字",
              "bool": "是或否", "boolean": "是或否"}
# What each argument is, for the usage line and the 参数 section.
ARGUMENT_NAMES = {"files": "文件或文件夹", "report": "报告文件", "scorecard": "计分表", "inputs": "文件",
                  "indicator": "指标编号", "plan_file": "规划文件"}
HELP_TEXT = "显示本帮助并退出"
GAP = 2
CLOSING = set("，。；：、）》」』”’！？")  # never starts a line: hangs past the margin instead
_TOKEN = re.compile(r"[!-~]+|\s+|.")  # a run of ASCII (an option, a path, a number) stays whole


def wrap_words(text: str, cells: int) -> list[str]:
    """Lines of about `cells` display columns, broken between CJK characters or at spaces, never
    inside an ASCII word such as `--year` or 2021-2025, nor before closing punctuation."""
    from .reporters.terminal import width

    lines, line = [], ""
    for token in _TOKEN.findall(text):
        if width(line + token) <= cells or token in CLOSING or not line.strip():
            line += token
        else:
            lines.append(line.rstrip())
            line = "" if token.isspace() else token
        while width(line) > cells and token not in CLOSING:  # one word longer than the line
            cut = next(k for k in range(len(line), 0, -1) if width(line[:k]) <= cells)
            lines.append(line[:cut])
            line = line[cut:]
    lines.append(line.rstrip())
    return lines


def _value_name(param: Any, ctx: Any) -> str:
    if hasattr(param, "display_type"):  # Typer 0.2x: "int", "path", "list[str]", "table|json"
        shown = str(param.display_type(ctx) or "")
    else:  # Typer on click's parameter types
        choices = getattr(param.type, "choices", None)
        shown = "|".join(str(c.value if isinstance(c, Enum) else c) for c in choices) if choices else param.type.name
    shown = shown.strip("<>").removeprefix("list[").removesuffix("]")
    return shown if "|" in shown else TYPE_NAMES.get(shown.lower(), "值")


def _argument_name(param: Any) -> str:
    name = ARGUMENT_NAMES.get(param.name or "", "参数")
    return name + ("…" if param.nargs != 1 else "")


def _default(param: Any) -> str:
    """The default as the user would type it, or "" when it is not worth showing."""
    default = param.default
    if not param.show_default or default is None or default == () or callable(default):
        return ""
    if param.is_flag:
        if not param.secondary_opts or not isinstance(default, bool):
            return ""
        return param.opts[0] if default else param.secondary_opts[0]
    return str(default.value if isinstance(default, Enum) else default)


def _option_row(param: Any, ctx: Any, help_option: Any) -> tuple[str, str]:
    names = ", ".join(sorted(param.opts, key=lambda o: (o.startswith("--"), o)))
    if not param.is_flag and not getattr(param, "count", False):
        names += f" <{_value_name(param, ctx)}>"
    if param.secondary_opts:
        names += " / " + ", ".join(param.secondary_opts)
    text = HELP_TEXT if param is help_option else (param.help or "")
    notes = []
    default = _default(param)
    if default and "默认" not in text:
        notes.append(f"默认：{default}")
    if param.required:
        notes.append("必填")
    return names, text + (f"（{'；'.join(notes)}）" if notes else "")


def _rows(rows: list[tuple[str, str]], total: int) -> list[str]:
    """A two-column list, the second column wrapped by display width (the first capped at 30)."""
    from .reporters.terminal import width

    first = min(30, max(width(name) for name, _ in rows)) + GAP
    lines = []
    for name, text in rows:
        body = wrap_words(text, max(20, total - 2 - first)) if text else [""]
        if width(name) + GAP > first:
            lines.append("  " + name)
            lines += ["  " + " " * first + part for part in body]
            continue
        lines.append("  " + name + " " * (first - width(name)) + body[0])
        lines += ["  " + " " * first + part for part in body[1:]]
    return [line.rstrip() for line in lines]


def write_help(command: Any, ctx: Any, formatter: Any) -> None:
    """The whole help of a command or group, in Chinese."""
    total = max(formatter.width, 60)
    params = command.get_params(ctx)
    help_option = command.get_help_option(ctx)
    usage = [ctx.command_path, "[选项]"]
    usage += [_argument_name(p) for p in params if p.param_type_name == "argument"]
    if isinstance(command, TyperGroup):
        usage.append("命令 [参数]…")
    out = ["用法：" + " ".join(usage)]
    text = inspect.cleandoc(command.help or "").partition("\f")[0]
    if text:
        out.append("")
        for para in text.split("\n"):
            out += ["  " + line for line in wrap_words(para, total - 2)] if para.strip() else [""]
    arguments = [(_argument_name(p), (p.help or "") + ("（必填）" if p.required else ""))
                 for p in params if p.param_type_name == "argument" and not p.hidden]
    options = [_option_row(p, ctx, help_option) for p in params if p.param_type_name == "option" and not p.hidden]
    commands = []
    if isinstance(command, TyperGroup):
        for name in command.list_commands(ctx):
            sub = command.get_command(ctx, name)
            if sub is not None and not sub.hidden:
                commands.append((name, inspect.cleandoc(sub.short_help or sub.help or "").split("\n")[0]))
    for title, rows in (("参数", arguments), ("选项", options), ("命令", commands)):
        if rows:
            out += ["", f"{title}：", *_rows(rows, total)]
    formatter.write("\n".join(out) + "\n")


class ChineseCommand(TyperCommand):
    def format_help(self, ctx: Any, formatter: Any) -> None:
        write_help(self, ctx, formatter)


class ChineseGroup(TyperGroup):
    def format_help(self, ctx: Any, formatter: Any) -> None:
        write_help(self, ctx, formatter)
