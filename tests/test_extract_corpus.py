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
import yaml
from shipped import SHIPPED as CATALOGUE
from label_scoring import Score

from checker.figures.report import Extraction, extract_report

HERE = Path(__file__).parent
def _corpus() -> Path:
    """The shared corpus beside the checkout (../shared), wherever the checkout is cloned, or $CHECKER_CORPUS."""
    candidates = [Path(os.environ["CHECKER_CORPUS"])] if os.environ.get("CHECKER_CORPUS") else []
    candidates += [p / "shared" / "corpus" / "work-reports" for p in HERE.parents]
    return next((c for c in candidates if c.is_dir()), candidates[-1] if candidates else HERE)


CORPUS = _corpus()
LABELS = yaml.safe_load((HERE / "corpus_labels" / "work_reports.yml").read_text(encoding="utf-8"))["reports"]
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


@pytest.mark.parametrize("labels_file", ["labels.yml", "labels_blind.yml", "labels_final.yml", "labels_last.yml", "labels_k_l.yml",
                                         "labels_m_n.yml", "labels_p.yml", "labels_q.yml", "labels_r.yml", "labels_s.yml",
                                         "labels_t.yml", "labels_u.yml", "labels_v.yml", "labels_w.yml",
                                         "labels_x.yml", "labels_y.yml", "labels_o.yml",
                                         "labels_z.yml", "labels_aa.yml", "labels_ab.yml", "labels_ac.yml", "labels_ad.yml",
                                         "labels_ae.yml", "labels_af.yml", "labels_ag.yml", "labels_ah.yml", "labels_ai.yml", "labels_aj.yml",
                                         "labels_ak.yml", "labels_al.yml", "labels_am.yml", "labels_an.yml",
                                         "labels_ao.yml", "labels_ap.yml", "labels_aq.yml", "labels_ar.yml",
                                         "labels_as.yml", "labels_at.yml", "labels_au.yml", "labels_av.yml",
                                         "labels_aw.yml", "labels_ax.yml", "labels_ay.yml", "labels_az.yml",
                                         "labels_ba.yml", "labels_bb.yml", "labels_bc.yml", "labels_bd.yml",
                                         "labels_be.yml", "labels_bf.yml", "labels_bg.yml", "labels_bh.yml",
                                         "labels_bi.yml", "labels_bj.yml", "labels_bk.yml", "labels_bl.yml",
                                         "labels_bm.yml", "labels_bn.yml", "labels_bo.yml", "labels_bp.yml",
                                         "labels_bq.yml", "labels_br.yml",
                                         "labels_bs.yml", "labels_bt.yml", "labels_bu.yml", "labels_bv.yml",
                                         "labels_bw.yml", "labels_bx.yml", "labels_by.yml", "labels_bz.yml",
                                         "labels_ca.yml", "labels_cb.yml", "labels_cc.yml", "labels_cd.yml",
                                         "labels_ce.yml", "labels_cf.yml", "labels_cg.yml", "labels_ch.yml",
                                         "labels_ci.yml", "labels_cj.yml", "labels_ck.yml", "labels_cl.yml",
                                         "labels_cm.yml", "labels_cn.yml", "labels_co.yml", "labels_cp.yml",
                                         "labels_cq.yml", "labels_cr.yml", "labels_cs.yml", "labels_ct.yml",
                                         "labels_cu.yml", "labels_cv.yml", "labels_cw.yml", "labels_cx.yml"])
def test_held_out_reports(labels_file: str) -> None:
    labels = yaml.safe_load((HELD_OUT / labels_file).read_text(encoding="utf-8"))
    score = Score()
    for name, label in labels.items():
        ex = extract_report(HELD_OUT / name, CATALOGUE)
        assert ex.year == label["year"], name
        score.add(name, ex.figures, label["figures"], label["year"])
    assert score.wrong == []
    assert score.recall >= 0.9, score.missed
