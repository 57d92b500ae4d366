"""The issue-code registry: every code the package emits is registered, every registered code is emitted."""

from __future__ import annotations

import re
from pathlib import Path

from checker import issues as codes

PACKAGE = Path(__file__).resolve().parent.parent / "checker"
LITERAL = re.compile(r'(?:DataIssue\(\s*|code=|Parsed\(None,\s*|\(\s*)"([a-z]+(?:-[a-z]+)+)"')
CONSTANT = re.compile(r"codes\.([A-Z_]+)")


def _emitted() -> set[str]:
    found: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        if path.name == "issues.py":
            continue
        text = path.read_text(encoding="utf-8")
        found |= set(LITERAL.findall(text))
        found |= {getattr(codes, name) for name in CONSTANT.findall(text)}
    return found


def test_every_emitted_code_is_registered() -> None:
    emitted = _emitted() - {"yyyy-mm-dd"}
    assert emitted - set(codes.REGISTRY) == set()


def test_every_registered_code_is_emitted_somewhere() -> None:
    assert set(codes.REGISTRY) - _emitted() == set()


def test_codes_have_titles_and_levels() -> None:
    for t in codes.REGISTRY.values():
        assert t.title and t.level in ("cell", "row", "table", "file", "quote", "result")
        assert re.fullmatch(r"[a-z]+(-[a-z]+)*", t.code)
