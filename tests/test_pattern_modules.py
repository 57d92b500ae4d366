"""The pattern modules are long lists of module-level names; a name bound twice silently replaces the
first pattern everywhere it is used, so each must be bound once."""
import ast
from pathlib import Path

import pytest

import checker.figures as figures_pkg

MODULES = ["prose_patterns.py", "prose_lexicon.py"]


@pytest.mark.parametrize("module", MODULES)
def test_each_pattern_name_is_bound_once(module: str) -> None:
    tree = ast.parse((Path(figures_pkg.__file__).parent / module).read_text(encoding="utf-8"))
    seen: dict[str, int] = {}
    twice = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    if target.id in seen:
                        twice.append((target.id, seen[target.id], node.lineno))
                    seen[target.id] = node.lineno
    assert twice == []
