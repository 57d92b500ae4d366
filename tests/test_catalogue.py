"""The catalogue: required indicators, verbatim quotes, and load errors naming file:line and field."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from checker.catalogue.loader import load_catalogue, shipped_directory as default_directory
from checker.errors import CatalogueError

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
SEED_OF = {"putuo-2021-2025": "000_", "zhangye-2021-2025": "002_", "yangpu-2021-2025": "003_",
           "baoshan-2023": "001_", "pudong-2020": "004_"}

REQUIRED_IDS = {
    "enforcement_training_hours", "leadership_law_lectures", "head_offjob_training", "court_appearance_rate",
    "legal_review_staff_ratio", "gov_openness_weight", "major_decision_catalogue_published",
    "normative_doc_filing_rate", "reconsideration_decisions_online", "annual_report_published", "no_fine_quotas",
    "enforcement_supervision_system", "unified_enforcement_system", "reconsideration_system_reform",
    "provincial_platform_data_link", "grassroots_openness_standards", "rule_of_law_inspection_coverage",
    "department_inspection_coverage", "leaders_report_on_rule_of_law",
}
EXPECTED_TARGETS = {
    "enforcement_training_hours": ("at_least", 60.0, "学时", "person"),
    "leadership_law_lectures": ("at_least", 2.0, "期", "government"),
    "head_offjob_training": ("at_least", 1.0, "次", "person"),
    "court_appearance_rate": ("at_least", 100.0, "%", "government"),
    "legal_review_staff_ratio": ("at_least", 5.0, "%", "unit"),
    "gov_openness_weight": ("at_least", 4.0, "%", "government"),
    "normative_doc_filing_rate": ("at_least", 100.0, "%", "government"),
    "enforcement_supervision_system": ("by_date", "2024-12-31", "", "government"),
    "unified_enforcement_system": ("by_date", "2022-09-30", "", "government"),
    "reconsideration_system_reform": ("by_date", "2022-12-31", "", "government"),
    "provincial_platform_data_link": ("by_date", "2022-12-31", "", "government"),
    "grassroots_openness_standards": ("by_date", "2023-12-31", "", "government"),
}


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue(default_directory())[0]


def test_required_indicators_present(catalogue) -> None:
    ids = {i.id for i in catalogue.indicators}
    assert REQUIRED_IDS <= ids
    informational = {i.id for i in catalogue.indicators if i.informational}
    assert {"mediation_success_rate", "reconsideration_correction_rate", "litigation_loss_rate"} <= informational
    assert all(i.target is None for i in catalogue.indicators if i.informational)


@pytest.mark.parametrize("ind_id,expected", sorted(EXPECTED_TARGETS.items()))
def test_thresholds(catalogue, ind_id: str, expected: tuple) -> None:
    ind = catalogue.get(ind_id)
    op, value, unit, level = expected
    assert (ind.target.operator.value, ind.target.value, ind.target.unit, ind.level.value) == (op, value, unit, level)


def _all_quotes():
    cat = load_catalogue(default_directory())[0]
    for ind in cat.indicators:
        for k, s in enumerate(ind.sources):
            yield pytest.param(s.document, s.quote, id=f"{ind.id}-{k}")


@pytest.mark.parametrize("document,quote", list(_all_quotes()))
def test_quote_is_verbatim_in_bundled_text(catalogue, document: str, quote: str) -> None:
    text = (Path(catalogue.directory) / "sources" / catalogue.plan(document).document).read_text(encoding="utf-8")
    assert quote in text


def test_bundled_texts_are_the_seeds(catalogue) -> None:
    if not SEEDS.is_dir():
        pytest.skip("the shared seed folder is not beside this checkout")
    for plan in catalogue.plans:
        seed = next(SEEDS.glob(SEED_OF[plan.id] + "*.txt"))
        assert (Path(catalogue.directory) / "sources" / plan.document).read_bytes() == seed.read_bytes()


def test_plan_articles(catalogue) -> None:
    articles = {(s.document, s.article) for s in catalogue.get("enforcement_training_hours").sources}
    assert articles == {("putuo-2021-2025", "（三十五）"), ("zhangye-2021-2025", "（三十八）")}
    assert ("putuo-2021-2025", "（二十七）") in {(s.document, s.article) for s in catalogue.get("no_fine_quotas").sources}


# --- validation errors -------------------------------------------------------------------------

TRAINING = "training/enforcement_training_hours.yml"


@pytest.fixture
def broken(tmp_path: Path):
    """A copy of the shipped catalogue whose files a test may rewrite."""
    root = tmp_path / "cat"
    shutil.copytree(default_directory(), root)

    def edit(rel: str, old: str, new: str) -> Path:
        path = root / rel
        text = path.read_text(encoding="utf-8")
        assert old in text, old
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
        return root

    return edit


def _line_of(root: Path, rel: str, needle: str) -> int:
    for n, line in enumerate((root / rel).read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return n
    raise AssertionError(needle)


@pytest.mark.parametrize("old,new,field,needle,words", [
    ("operator: at_least", "operator: at_leest", "target.operator", "operator", "未知取值"),
    ("value: 60", "value: sixty", "target.value", "target:", "应为数字"),
    ("level: person", "level: everyone", "level", "level:", "未知取值"),
    ("kind: person_value", "kind: per_person", "measure.kind", "kind:", "未知计算方式"),
    ("value: training_hours", "value: hours", "measure.value", "value: hours", "没有列"),
    ("name: 行政执法人员", "nmae: 行政执法人员", "nmae", "nmae", "未知字段"),
    ("    article: （三十五）", "    article: （三十五）\n    page: 3", "sources[0].page", "page:", "未知字段"),
    ("quote: 在完成政治理论教育", "quote: 在完成政治理论学习", "sources[0].quote", "政治理论学习", "找不到"),
    ("document: putuo-2021-2025", "document: putuo-2099", "sources[0].document", "putuo-2099", "未在 plans.yml"),
])
def test_error_names_file_line_field(broken, old, new, field, needle, words) -> None:
    root = broken(TRAINING, old, new)
    with pytest.raises(CatalogueError) as info:
        load_catalogue(root)
    err = info.value
    assert err.file.endswith(TRAINING)
    assert err.field == field
    assert err.line == _line_of(root, TRAINING, needle)
    assert words in err.message
    assert f"{TRAINING}:{err.line}" in str(err) and "\n" not in str(err)


def test_missing_sources(broken) -> None:
    rel = "training/leadership_law_lectures.yml"
    root = broken(rel, "sources:", "old_sources:")
    with pytest.raises(CatalogueError) as info:
        load_catalogue(root)
    assert info.value.field in ("old_sources", "sources")


def test_sources_empty_list(tmp_path: Path) -> None:
    root = tmp_path / "cat"
    shutil.copytree(default_directory(), root)
    path = root / "training" / "leadership_law_lectures.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: text.index("sources:")] + "sources: []\n", encoding="utf-8")
    with pytest.raises(CatalogueError) as info:
        load_catalogue(root)
    assert info.value.field == "sources" and info.value.line == _line_of(root, "training/leadership_law_lectures.yml", "sources:")


def test_duplicate_id(tmp_path: Path) -> None:
    root = tmp_path / "cat"
    shutil.copytree(default_directory(), root)
    shutil.copy(root / TRAINING, root / "training" / "copy.yml")
    with pytest.raises(CatalogueError) as info:
        load_catalogue(root)
    assert info.value.field == "id" and "重复" in info.value.message


def test_yaml_syntax_error_has_line(broken) -> None:
    root = broken(TRAINING, "level: person", "level: [person")
    with pytest.raises(CatalogueError) as info:
        load_catalogue(root)
    assert info.value.line is not None and "YAML" in info.value.message


def test_informational_with_target_is_rejected(broken) -> None:
    root = broken("informational/mediation_success_rate.yml", "target: null", "target: {operator: at_least, value: 90}")
    with pytest.raises(CatalogueError) as info:
        load_catalogue(root)
    assert info.value.field == "target"


def test_deadline_needs_date(broken) -> None:
    root = broken("enforcement/enforcement_supervision_system.yml", "value: 2024-12-31", "value: 2024-13-31")
    with pytest.raises(CatalogueError) as info:
        load_catalogue(root)
    assert info.value.field == "target.value" and "YYYY-MM-DD" in info.value.message


@pytest.mark.parametrize("rel, old, new, field", [
    ("enforcement/no_fine_quotas.yml", "denial: true", "denial: true\n  met: [全部达标]", "extract.met"),  # a statement has no number
    ("training/enforcement_training_hours.yml", "met: [学时全部达标,", "met: [全部达标…, 学时全部达标,", "extract.met"),
    # words naming the thing again belong to a statement, and name no pattern
    ("training/enforcement_training_hours.yml", "met: [学时全部达标,", "again: [学时]\n  met: [学时全部达标,", "extract.again"),
    ("enforcement/no_fine_quotas.yml", "denial: true", "denial: true\n  again: [该…指标]", "extract.again"),
    # the work still to do, named under a plans heading, is a statement's, and its gaps are inside it
    ("training/enforcement_training_hours.yml", "met: [学时全部达标,", "plan_terms: [加快培训]\n  met: [学时全部达标,", "extract.plan_terms"),
    ("enforcement/no_fine_quotas.yml", "denial: true", "denial: true\n  plan_terms: [加快…]", "extract.plan_terms"),
])
def test_words_said_met_or_again_belong_to_their_kind(broken, rel: str, old: str, new: str, field: str) -> None:
    root = broken(rel, old, new)
    with pytest.raises(CatalogueError) as info:
        load_catalogue(root)
    assert info.value.field == field and info.value.file.endswith(rel)


@pytest.mark.parametrize("rel, old, new, field", [
    ("informational/court_cases_heard.yml", "all_of: admin_litigation_cases", "all_of: court_appearance_rate", "extract.all_of"),
    ("informational/court_cases_heard.yml", "all_of: admin_litigation_cases", "all_of: [admin_litigation_cases]", "extract.all_of"),
    ("informational/normative_docs_filed.yml", "one_of: normative_docs_count", "one_of: normative_doc_filing_rate", "extract.one_of"),
    ("informational/normative_docs_filed.yml", "one_of: normative_docs_count", "one_of: [normative_docs_count]", "extract.one_of"),
    ("disputes/court_appearance_rate.yml", "denominator: court_cases_heard", "denominator: litigation_loss_rate", "extract.derive"),
])
def test_a_reference_must_name_a_count_indicator(broken, rel: str, old: str, new: str, field: str) -> None:
    root = broken(rel, old, new)
    with pytest.raises(CatalogueError) as info:
        load_catalogue(root)
    assert info.value.field == field and info.value.file.endswith(rel)
    assert info.value.line == _line_of(root, rel, field.split(".")[-1] + ":")
