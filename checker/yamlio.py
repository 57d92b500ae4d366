"""YAML loading that remembers the line of every mapping key, so errors can name it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml


class LineDict(dict):
    """A mapping from YAML that knows the line (1-based) of each key and of itself."""

    line: int = 0
    key_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


# libyaml's parser reads the catalogue about eight times faster; the constructor stays Python's,
# so line marks, duplicate keys and the resolvers below are the same with either parser.
class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    pass


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> LineDict:
    loader.flatten_mapping(node)
    out = LineDict()
    out.line = node.start_mark.line + 1
    out.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in out:
            raise yaml.MarkedYAMLError(
                problem=f"duplicate key {key!r}", problem_mark=key_node.start_mark
            )
        out[key] = loader.construct_object(value_node, deep=True)
        out.key_lines[str(key)] = key_node.start_mark.line + 1
    return out


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
# Keep dates as text: the catalogue validates them itself and names the field on error.
_Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_yaml(path: Path) -> Any:
    """Parse one YAML file. Raises yaml.YAMLError (with a mark) on bad syntax."""
    with open(path, encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_Loader)


# PyYAML's problems (English) in words, by a phrase of its message or of its context.
YAML_PROBLEMS = (
    ("mapping values are not allowed", "此处不能有冒号（值中含冒号时请加引号）"),
    ("cannot start any token", "含有不能出现在此处的字符（缩进请用空格，不用制表符）"),
    ("could not find expected ':'", "缺少冒号"),
    ("duplicate key", "同一个键出现了两次"),
    ("quoted scalar", "引号没有成对"),
    ("expected ',' or ']'", "方括号没有成对"),
    ("expected ',' or '}'", "花括号没有成对"),
    ("flow node", "方括号或花括号没有成对"),
    ("<stream end>", "文件在此意外结束（括号或引号没有成对）"),
    ("expected <block end>", "缩进不一致"),
    ("did not find expected", "缩进不一致或缺少短横线"),
    ("undefined alias", "引用了未定义的锚点"),
)


def yaml_problem(exc: BaseException) -> str:
    """What is wrong in a YAML file and where, in Chinese (PyYAML's own text is English)."""
    if isinstance(exc, UnicodeDecodeError):
        return "不是 UTF-8 编码的文字（请另存为 UTF-8）"
    mark = getattr(exc, "problem_mark", None)
    said = f"{getattr(exc, 'problem', '') or ''} {getattr(exc, 'context', '') or ''}"
    reason = next((text for words, text in YAML_PROBLEMS if words in said), "格式有误")
    return f"第{mark.line + 1}行第{mark.column + 1}列附近{reason}" if mark else reason


def read_user_yaml(path: Path, what: str, option: str) -> Any:
    """A small YAML file the user passes (a mapping, a manifest): parsed, or one clear error."""
    from .errors import InputError

    if not path.is_file():
        raise InputError(f"{what}不存在：{path}（{option} 应指向一个 YAML 文件）")
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8-sig"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise InputError(f"{what} {path.name} 不是有效的 YAML：{yaml_problem(exc)}") from None
