"""The loader and `draft: true`: drafts load and are listed apart, are never judged, may leave out
what they cannot know yet, and whatever they do give is validated like a confirmed indicator."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from checker.api import check
from checker.catalogue.loader import default_directory, load_catalogue
from checker.errors import CatalogueError
from checker.reporters.catalogue_text import render_list, render_one

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "report_2023.xlsx"
QUOTE = "严禁下达或变相下达罚没指标,严禁将罚没收入与作出行政处罚的行政机关及其工作人员的考核、考评直接或变相挂钩。"


def copy_with(tmp_path: Path, body: str, name: str = "cat") -> Path:
    root = tmp_path / name
    shutil.copytree(default_directory(), root)
    (root / "draft").mkdir()
    (root / "draft" / "new_one.yml").write_text(body, encoding="utf-8")
    return root


MINIMAL = f"""id: new_one
draft: true
name: 新目标
sources:
  - document: putuo-2021-2025
    article: （二十七）
    quote: {QUOTE}
"""


def test_minimal_draft_loads_apart_and_is_listed(tmp_path: Path) -> None:
    cat, _ = load_catalogue(copy_with(tmp_path, MINIMAL))
    base, _ = load_catalogue()
    assert [d.id for d in cat.drafts] == ["new_one"]
    assert len(cat.indicators) == len(base.indicators)  # not among the judged ones
    d = cat.find("new_one")
    assert d.draft and d.measure is None and d.target is None and d.level is None and d.category == ""
    with pytest.raises(KeyError):
        cat.get("new_one")
    listing = render_list(cat)
    assert "new_one（草稿）" in listing and "其中草稿 1 项" in listing
    shown = render_one(cat, d)
    assert "草稿：待确认" in shown and "目标：待填写" in shown and "计算：待填写" in shown


def test_draft_is_never_judged(tmp_path: Path) -> None:
    body = MINIMAL.replace("name: 新目标", "name: 新目标\nmeasure: {kind: boolean, table: commitments}\n"
                                         "target: {operator: is_true}\nlevel: government\nperiod: year")
    root = copy_with(tmp_path, body)
    run = check(SAMPLE, catalogue_dir=root)
    assert "new_one" not in {r.indicator.id for r in run.results}
    assert len(run.results) == len(check(SAMPLE).results)


@pytest.mark.parametrize("extra,field,message", [
    ("target: {operator: by_date, value: 2024年底}", "target.value", "YYYY-MM-DD"),
    ("target: {operator: at_least, value: 多}", "target.value", "应为数字"),
    ("level: county", "level", "未知取值"),
    ("measure: {kind: boolean, table: nowhere}", "measure.table", "没有表"),
    ("measure: {kind: boolean, table: commitments}\ntarget: {operator: at_least, value: 3}", "target.operator",
     "不能使用数值比较"),
    ("extract: {terms: [罚没]}", "extract", "须先填写 measure"),
    ("colour: red", "colour", "未知字段"),
])
def test_what_a_draft_gives_is_validated(tmp_path: Path, extra: str, field: str, message: str) -> None:
    with pytest.raises(CatalogueError) as err:
        load_catalogue(copy_with(tmp_path, MINIMAL + extra + "\n"))
    assert err.value.field == field and message in err.value.message
    assert err.value.file.endswith("draft/new_one.yml")


def test_draft_quote_is_still_verified(tmp_path: Path) -> None:
    with pytest.raises(CatalogueError, match="须逐字摘录"):
        load_catalogue(copy_with(tmp_path, MINIMAL.replace("严禁下达", "禁止下达")))


def test_draft_flag_must_be_boolean_and_confirmed_needs_everything(tmp_path: Path) -> None:
    with pytest.raises(CatalogueError, match="应为 true 或 false"):
        load_catalogue(copy_with(tmp_path, MINIMAL.replace("draft: true", "draft: 是"), "a"))
    with pytest.raises(CatalogueError) as err:
        load_catalogue(copy_with(tmp_path, MINIMAL.replace("draft: true", "draft: false"), "b"))
    assert err.value.field == "measure"


def test_catalogue_of_drafts_only_loads(tmp_path: Path) -> None:
    root = copy_with(tmp_path, MINIMAL)
    for path in root.rglob("*.yml"):
        if path.parent != root and path.parent.name != "draft":
            path.unlink()
    cat, _ = load_catalogue(root)
    assert cat.indicators == () and [d.id for d in cat.drafts] == ["new_one"]
