"""Which plan governs: by the government's name, --plan, the workbook's own 适用规划, else national only."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SHIPPED_CATALOGUE

from checker.catalogue.loader import load_catalogue, threshold_stated
from checker.errors import InputError
from checker.judge.plans import NATIONAL, admin_units, choose_plans, governs, resolve

CAT, _ = load_catalogue(SHIPPED_CATALOGUE)


@pytest.mark.parametrize("name, units", [
    ("上海市普陀区人民政府", ["上海市", "普陀区"]), ("普陀区司法局", ["普陀区"]), ("甘肃省张掖市甘州区", ["甘肃省", "张掖市", "甘州区"]), ("浙江省杭州市西湖区", ["浙江省", "杭州市", "西湖区"]),
    ("上海市浦东新区人民政府", ["上海市", "浦东新区"]), ("", []),
])
def test_admin_units(name: str, units: list[str]) -> None:
    assert admin_units(name) == units


@pytest.mark.parametrize("government, plan", [
    ("上海市普陀区人民政府", "putuo-2021-2025"), ("普陀区司法局", "putuo-2021-2025"), ("张掖市人民政府", "zhangye-2021-2025"),
    ("甘肃省张掖市甘州区人民政府", "zhangye-2021-2025"),  # a city's plan binds its districts
    ("上海市杨浦区人民政府", "yangpu-2021-2025"), ("上海市浦东新区人民政府", "pudong-2020"),
])
def test_the_governments_own_plan_is_matched(government: str, plan: str) -> None:
    choice = choose_plans(CAT, government, 2023)
    assert choice.plans == (plan,) and choice.how == "matched" and government in choice.note


@pytest.mark.parametrize("government", ["上海市宝山区人民政府", "上海市示范区人民政府", "北京市普陀区人民政府", "", "某县"])
def test_no_other_governments_plan_by_default(government: str) -> None:
    choice = choose_plans(CAT, government, 2023)
    assert choice.plans == () and choice.how == NATIONAL and "全国性要求" in choice.note


def test_a_plan_outside_its_period_does_not_govern() -> None:
    assert choose_plans(CAT, "上海市普陀区人民政府", 2019).plans == ()


def test_option_and_file_choose_and_unknown_is_one_line() -> None:
    assert choose_plans(CAT, "上海市宝山区", 2023, option="putuo-2021-2025").how == "option"
    by_name = choose_plans(CAT, "上海市宝山区", 2023, stated="张掖市法治政府建设实施方案（2021-2025年）")
    assert by_name.plans == ("zhangye-2021-2025",) and by_name.how == "file"
    with pytest.raises(InputError, match="目录中没有规划「mars」"):
        choose_plans(CAT, "x", 2023, option="mars")


def test_resolution_keeps_only_the_applied_clauses_and_their_target() -> None:
    court = CAT.get("court_appearance_rate")
    putuo = resolve(court, choose_plans(CAT, "上海市普陀区人民政府", 2023))
    assert [s.document for s in putuo.sources] == ["putuo-2021-2025"] and putuo.target.operator.value == "rising"
    zhangye = resolve(court, choose_plans(CAT, "张掖市人民政府", 2023))
    assert zhangye.target.value == 100 and "核查标准" in zhangye.basis
    assert resolve(court, choose_plans(CAT, "上海市宝山区", 2023)) is None  # not national: no target at all
    staff = resolve(CAT.get("legal_review_staff_ratio"), choose_plans(CAT, "上海市宝山区", 2023))
    assert staff is not None and staff.sources[0].national and staff.target.value == 5


def test_every_threshold_is_in_its_clause_or_has_a_basis() -> None:
    """No number is presented as a quote that the quote does not contain."""
    checked = 0
    for ind in CAT.indicators:
        for s in ind.sources:
            target = s.target or ind.target
            if target is None or ind.informational:
                continue
            checked += 1
            assert threshold_stated(target, s.quote) or s.basis, (ind.id, s.document)
            if s.basis:
                assert not threshold_stated(target, s.quote) or target.operator.value in ("by_date",), (ind.id, s.document)
    assert checked >= 25


def test_a_threshold_missing_from_its_quote_is_refused(tmp_path: Path) -> None:
    import shutil

    from checker.errors import CatalogueError

    root = tmp_path / "cat"
    shutil.copytree(SHIPPED_CATALOGUE, root)
    f = root / "training" / "leadership_law_lectures.yml"
    f.write_text(f.read_text(encoding="utf-8").replace("value: 2,", "value: 3,"), encoding="utf-8")
    with pytest.raises(CatalogueError, match="引文中没有目标值 ≥3期"):
        load_catalogue(root)
