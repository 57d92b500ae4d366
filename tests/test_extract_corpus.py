"""Extraction over real and held-out reports against labels written by reading them.

The 133 government work reports (../shared/corpus) are read once per test session: every figure
read must be one a reader labelled (no decoy read, no wrong number) and every labelled figure must
be read; each report's year is the labelled one or none. The held-out reports in
tests/heldout_reports were written and labelled for the tests, each pair labelled before the
extractor first ran on it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from shipped import SHIPPED as CATALOGUE
from label_scoring import Score, load_labels

from checker.figures.report import Extraction, extract_report

HERE = Path(__file__).parent
def _corpus() -> Path:
    """The shared corpus beside the checkout (../shared), wherever the checkout is cloned, or $CHECKER_CORPUS."""
    candidates = [Path(os.environ["CHECKER_CORPUS"])] if os.environ.get("CHECKER_CORPUS") else []
    candidates += [p / "shared" / "corpus" / "work-reports" for p in HERE.parents]
    return next((c for c in candidates if c.is_dir()), candidates[-1] if candidates else HERE)


CORPUS = _corpus()
LABELS = load_labels(HERE / "corpus_labels" / "work_reports.yml")["reports"]
HELD_OUT = HERE / "heldout_reports"


@pytest.fixture(scope="module")
def corpus() -> dict[str, Extraction]:
    if not CORPUS.is_dir():
        pytest.skip(f"corpus not present at {CORPUS}")
    return {p.name: extract_report(p, CATALOGUE) for p in sorted(CORPUS.glob("*.txt"))}


def test_every_report_is_labelled(corpus: dict[str, Extraction]) -> None:
    assert sorted(corpus) == sorted(LABELS)
    assert len(corpus) == 133


def test_no_wrong_reads_and_every_labelled_figure_read(corpus: dict[str, Extraction]) -> None:
    score = Score()
    for name, ex in corpus.items():
        score.add(name, ex.figures, LABELS[name].get("figures") or [])
    assert score.wrong == []
    assert score.missed == []
    assert score.labelled >= 15


def test_report_years_are_right_or_unknown(corpus: dict[str, Extraction]) -> None:
    wrong = {name: ex.year for name, ex in corpus.items() if ex.year is not None and ex.year != LABELS[name]["year"]}
    unknown = [name for name, ex in corpus.items() if ex.year is None]
    assert wrong == {}
    assert len(unknown) <= 12  # reviews of a whole term (过去五年) name no single year


def test_the_2022_report_delivered_in_2023_is_dated_2022(corpus: dict[str, Extraction]) -> None:
    ex = corpus["2023年光明区政府工作报告_2023.txt"]
    assert ex.year == 2022 and ex.year_source == "工作回顾年度"


def test_every_figure_comes_from_a_rule_of_law_sentence(corpus: dict[str, Extraction]) -> None:
    words = ("法治", "依法", "法制", "复议", "诉讼", "规范性文件", "决策", "调解", "执法", "败诉", "胜诉")
    for ex in corpus.values():
        for f in ex.figures:
            sentence = ex.document.text[max(0, f.start - 200):f.end]
            assert any(w in sentence for w in words), f.quote


# Every label file in the folder: a set joins the regression by having its labels there.
LABEL_FILES = sorted(p.name for p in HELD_OUT.glob("labels*.yml"))


def test_the_held_out_sets_are_all_there() -> None:
    assert len(LABEL_FILES) >= 94


@pytest.mark.parametrize("labels_file", LABEL_FILES)
def test_held_out_reports(labels_file: str) -> None:
    labels = load_labels(HELD_OUT / labels_file)
    score = Score()
    for name, label in labels.items():
        ex = extract_report(HELD_OUT / name, CATALOGUE)
        assert ex.year == label["year"], name
        score.add(name, ex.figures, label["figures"], label["year"])
    assert score.wrong == []
    assert score.recall >= 0.9, score.missed
