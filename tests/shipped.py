"""The shipped catalogue (indicators/) for tests of extraction: what a report's words bind to
depends on the catalogue's extract blocks, so these tests read the catalogue that ships."""

from __future__ import annotations

from checker.catalogue.loader import load_catalogue, shipped_directory
from checker.judge.base import Context
from checker.judge.plans import choose_plans

SHIPPED, SHIPPED_SCHEMA = load_catalogue(shipped_directory())
# Plans whose targets the report tests judge against: 张掖 (出庭 at the 100 % checking standard, 学时,
# 讲座 …) and the 浦东 report (the 5 % and 4 % rules).
PLANS = "zhangye-2021-2025,pudong-2020"


def shipped_context(year: int | None, file: str = "r.txt") -> Context:
    choice = choose_plans(SHIPPED, "上海市测试区人民政府", year, option=PLANS)
    return Context(year=year, choice=choice, plans=SHIPPED.plans, file=file, previous={}, year_problem="",
                   titles={t.id: t.sheet for t in SHIPPED_SCHEMA.tables})
