"""`catalogue draft` on short plans written here: every target form, article numbering, traditional
characters, a plan with no measurable target, and the command line's output rules."""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path

import pytest
import report_fixtures as rf
from helpers import CATALOGUE, run_in_process

from checker.catalogue.loader import load_catalogue
from checker.read.documents import read_document
from checker.draft import draft_document, draft_plan
from checker.draft.targets import simplified
from checker.errors import InputError
from checker.model import Level, Operator, Period, Target

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "report_2023.xlsx"

PLAN = """示范区法治政府建设实施方案（2022-2026年）

一、总体要求
(一)总体目标
到2026年,法治政府建设水平显著提升,依法行政制度体系日益健全。
二、主要任务
(二)加强队伍建设。每名行政执法人员每年接受不少于40学时的法律知识培训。各级政府领导班子每年举办三期以上法治专题讲座。部门负责人任期内至少接受一次法治专题脱产培训。(责任单位:区司法局、各街镇)
(三)提高应诉水平。行政机关负责人出庭应诉率达到100%。原则上每个行政执法单位的法制审核人员不少于本单位行政执法人员总数的5%。政务公开工作在绩效考核体系中的分值权重不低于4%。
（四）健全监督体系。2024年年底前建成行政执法协调监督工作体系。2023年9月底前建成统一综合执法系统。到2025年,实现对各街镇法治督察全覆盖。
(五)加强规范性文件监督。坚持“有件必备、有备必审、有错必纠”。法定主动公开内容全部公开。
(六)严格规范执法。严禁下达或变相下达罚没指标。行政机关内部会议纪要不得作为行政执法依据。
(七)深化政务公开。每年向社会公布重大行政决策事项年度目录。法治政府建设年度报告按时向社会公开。
(八)提升执法效能。每季度至少开展两次执法案卷评查。2025年前建成区级执法数据中心。
(九)远景展望。为2035年基本建成法治社会奠定坚实基础。
"""

# (quote start, proposed id, article, target, confidence)
EXPECTED = [
    ("每名行政执法人员每年接受不少于40学时", "enforcement_training_hours", "（二）",
     Target(Operator.AT_LEAST, 40.0, None, "学时"), "high"),
    ("各级政府领导班子每年举办三期以上", "leadership_law_lectures", "（二）", Target(Operator.AT_LEAST, 3.0, None, "期"), "high"),
    ("部门负责人任期内至少接受一次", "head_offjob_training", "（二）", Target(Operator.AT_LEAST, 1.0, None, "次"), "high"),
    ("行政机关负责人出庭应诉率达到100%", "court_appearance_rate", "（三）", Target(Operator.AT_LEAST, 100.0, None, "%"), "high"),
    ("原则上每个行政执法单位的法制审核人员", "legal_review_staff_ratio", "（三）", Target(Operator.AT_LEAST, 5.0, None, "%"), "high"),
    ("政务公开工作在绩效考核体系中的分值权重不低于4%", "gov_openness_weight", "（三）",
     Target(Operator.AT_LEAST, 4.0, None, "%"), "high"),
    ("2024年年底前建成行政执法协调监督工作体系", "enforcement_supervision_system", "（四）",
     Target(Operator.BY_DATE, "2024-12-31"), "high"),
    ("2023年9月底前建成统一综合执法系统", "unified_enforcement_system", "（四）", Target(Operator.BY_DATE, "2023-09-30"), "high"),
    ("到2025年,实现对各街镇法治督察全覆盖", "department_inspection_coverage", "（四）",
     Target(Operator.BY_DATE, "2025-12-31"), "high"),
    ("坚持“有件必备、有备必审、有错必纠”", "normative_doc_filing_rate", "（五）", Target(Operator.AT_LEAST, 100.0, None, "%"), "high"),
    ("严禁下达或变相下达罚没指标", "no_fine_quotas", "（六）", Target(Operator.IS_TRUE), "high"),
    ("每年向社会公布重大行政决策事项年度目录", "major_decision_catalogue_published", "（七）", Target(Operator.IS_TRUE), "high"),
    ("法治政府建设年度报告按时向社会公开", "annual_report_published", "（七）", Target(Operator.IS_TRUE), "high"),
]
# Targets no catalogue indicator names: new drafts. (quote start, article, target, period, measure kind)
DRAFTS = [
    ("法定主动公开内容全部公开", "（五）", Target(Operator.IS_TRUE), Period.PLAN, "boolean"),
    ("行政机关内部会议纪要不得作为行政执法依据", "（六）", Target(Operator.IS_TRUE), Period.PLAN, "boolean"),
    ("每季度至少开展两次执法案卷评查", "（八）", Target(Operator.AT_LEAST, 2.0, None, "次"), Period.YEAR, None),
    ("2025年前建成区级执法数据中心", "（八）", Target(Operator.BY_DATE, "2024-12-31"), Period.DEADLINE, "deadline"),
]


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return run_in_process(*args, cwd=cwd)


def tree(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory):
    path = write(tmp_path_factory.mktemp("plan") / "plan.txt", PLAN)
    return draft_plan(path, "demo-2022-2026", CATALOGUE)


def _by_quote(draft, start: str):
    found = [p for p in draft.proposals if p.candidate.quote.startswith(start)]
    assert len(found) == 1, (start, [p.candidate.quote for p in draft.proposals])
    return found[0]


@pytest.mark.parametrize("start,ind_id,article,target,confidence", EXPECTED, ids=[e[1] for e in EXPECTED])
def test_every_target_form_matches_its_indicator(synthetic, start, ind_id, article, target, confidence) -> None:
    p = _by_quote(synthetic, start)
    assert (p.id, p.candidate.article, p.target, p.confidence) == (ind_id, article, target, confidence)
    assert p.candidate.quote in PLAN


@pytest.mark.parametrize("start,article,target,period,kind", DRAFTS, ids=[d[0][:8] for d in DRAFTS])
def test_unmatched_targets_become_drafts(synthetic, start, article, target, period, kind) -> None:
    p = _by_quote(synthetic, start)
    assert p.draft and p.confidence == "low"
    assert (p.candidate.article, p.target, p.period) == (article, target, period)
    assert (p.measure.kind if p.measure else None) == kind
    assert p.id.startswith("demo_2022_2026_")


def test_qualitative_and_vision_sentences_are_skipped(synthetic) -> None:
    reasons = {s.quote: s.reason for s in synthetic.skipped}
    goal = next(q for q in reasons if q.startswith("到2026年"))
    assert "定性目标" in reasons[goal] and "显著提升" in reasons[goal]
    vision = next(q for q in reasons if q.startswith("为2035年"))
    assert "2035" in reasons[vision] and "规划期" in reasons[vision]
    assert len(synthetic.proposals) == len(EXPECTED) + len(DRAFTS)


def test_threshold_different_from_the_catalogue_is_noted(synthetic) -> None:
    p = _by_quote(synthetic, "每名行政执法人员")
    assert p.differs_from_base and any("≥60学时" in n for n in p.notes)
    assert p.level is Level.PERSON and p.period is Period.YEAR


def test_plan_metadata_and_responsible_units(synthetic) -> None:
    m = synthetic.plan
    assert (m.name, m.government, m.start, m.end) == ("示范区法治政府建设实施方案（2022-2026年）", "示范区", 2022, 2026)
    assert _by_quote(synthetic, "部门负责人任期内").candidate.responsible == "区司法局、各街镇"
    assert _by_quote(synthetic, "严禁下达").candidate.responsible == ""


def test_traditional_characters(tmp_path: Path) -> None:
    import opencc

    trad = opencc.OpenCC("s2t").convert(PLAN)
    assert "執法" in trad and len(trad) == len(PLAN)
    draft = draft_plan(write(tmp_path / "trad.txt", trad, "utf-8"), "demo-trad", CATALOGUE)
    simp = draft_plan(write(tmp_path / "simp.txt", PLAN), "demo-trad", CATALOGUE)
    assert [(p.id, p.candidate.article, p.target) for p in draft.proposals] == \
           [(p.id, p.candidate.article, p.target) for p in simp.proposals]
    for p in draft.proposals:
        assert p.candidate.quote in trad  # quoted as written, not simplified
    assert draft.plan.government == "示範區"
    assert simplified("不少於60學時") == "不少于60学时"


def test_gbk_traditional_file_is_read(tmp_path: Path) -> None:
    text = "嚴禁下達罰沒指標。法治政府建設年度報告按時向社會公開。" * 3
    body = "某縣法治政府建設實施方案（2021-2025年）\n（一）總體要求。" + text
    draft = draft_plan(write(tmp_path / "big5.txt", body, "big5"), "county-2021", CATALOGUE)
    assert {p.id for p in draft.proposals} >= {"no_fine_quotas", "annual_report_published"}


ARTICLES = """区政府治理能力规划（2021-2025年）
一、回顾
（一）发展成效
1.街道网格化管理中心实现全覆盖。
二、主要任务
（一）提升依法行政能力
1.加强队伍建设。确保每人每年接受不少于60学时的业务知识和法律法规培训。
2.强化监督。“十四五”期间实现对政府各部门法治督察全覆盖。
（二）推进政务公开
1.深化公开。严格执行法治政府建设年度报告制度,按时向社会公开。
"""


def test_articles_restarting_per_section_are_cited_by_path(tmp_path: Path) -> None:
    draft = draft_plan(write(tmp_path / "p.txt", ARTICLES), "district-2021", CATALOGUE)
    got = {p.id: p.candidate.article for p in draft.proposals}
    assert got == {"enforcement_training_hours": "二.（一）1", "department_inspection_coverage": "二.（一）2",
                   "annual_report_published": "二.（二）1"}
    review = next(s for s in draft.skipped if s.quote.startswith("街道网格化"))
    assert "回顾" in review.reason


def test_running_articles_with_half_and_full_width_parentheses(tmp_path: Path) -> None:
    text = ("某市法治政府建设实施方案(2021-2025年)\n一、任务\n(三十四)加强能力建设。各级政府领导班子每年应当举办两期以上法治专题讲座。\n"
            "（三十五）加强队伍建设。确保每人每年接受不少于60学时的业务知识和法律法规培训。\n")
    draft = draft_plan(write(tmp_path / "p.txt", text), "city-2021", CATALOGUE)
    assert {p.id: p.candidate.article for p in draft.proposals} == {
        "leadership_law_lectures": "（三十四）", "enforcement_training_hours": "（三十五）"}


def test_docx_plan(tmp_path: Path) -> None:
    paragraphs = PLAN.strip().split("\n")
    doc = read_document(rf.write_docx(tmp_path / "plan.docx", [p for p in paragraphs if p]))
    draft = draft_document(doc, "demo-docx", CATALOGUE)
    assert {p.id for p in draft.proposals if not p.draft} == {e[1] for e in EXPECTED}
    for p in draft.proposals:
        assert p.candidate.quote in doc.text


@pytest.mark.parametrize("kind", ["html", "pdf"])
def test_html_and_pdf_plans(tmp_path: Path, kind: str) -> None:
    paragraphs = [p for p in PLAN.strip().split("\n") if p]
    if kind == "html":
        path = write(tmp_path / "plan.html", "<html><head><meta charset='utf-8'></head><body>"
                     + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>")
    else:  # the PDF reader joins "…各街镇)" and "(三)提高…" into one paragraph
        path = rf.write_pdf(tmp_path / "plan.pdf", paragraphs)
    doc = read_document(path)
    draft = draft_document(doc, "demo-" + kind, CATALOGUE)
    got = {p.id: (p.candidate.article, p.target) for p in draft.proposals if not p.draft}
    assert got == {e[1]: (e[2], e[3]) for e in EXPECTED}
    for p in draft.proposals:
        assert p.candidate.quote in doc.text


def test_inline_label_must_be_the_next_article(tmp_path: Path) -> None:
    text = ("某区法治政府建设实施意见（2021-2025年）\n（一）加强培训。按规定执行。(三)确保每人每年接受不少于60学时的业务知识和法律法规培训。\n"
            "（二）规范执法。严禁下达或变相下达罚没指标。(三)加强公开。法治政府建设年度报告按时向社会公开。\n")
    draft = draft_plan(write(tmp_path / "p.txt", text), "inline-1", CATALOGUE)
    assert {p.id: p.candidate.article for p in draft.proposals} == {
        "enforcement_training_hours": "（一）", "no_fine_quotas": "（二）", "annual_report_published": "（三）"}


def test_plan_without_measurable_target(tmp_path: Path) -> None:
    text = "某区法治政府建设实施意见（2021-2025年）\n（一）总体目标\n法治政府建设水平显著提升,依法行政制度体系日益健全。\n（二）主要任务\n坚持依法行政,推进法治政府建设。\n"
    draft = draft_plan(write(tmp_path / "p.txt", text), "empty-2021", CATALOGUE)
    assert draft.empty and len(draft.skipped) == 1
    out = tmp_path / "out"
    proc = run("catalogue", "draft", str(tmp_path / "p.txt"), "--plan-id", "empty-2021", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert "未找到可量化的目标" in proc.stdout and "未写出草稿目录" in proc.stderr
    assert not out.exists()


@pytest.mark.parametrize("args,message", [
    (["--plan-id", "Bad_ID"], "规划编号"),
    (["--plan-id", "ok-1", "--period", "2025-2021"], "规划期"),
])
def test_bad_options_exit_2_with_one_line(tmp_path: Path, args: list[str], message: str) -> None:
    plan = write(tmp_path / "p.txt", PLAN)
    proc = run("catalogue", "draft", str(plan), *args, "-o", str(tmp_path / "out"))
    assert proc.returncode == 2 and message in proc.stderr
    assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "out").exists()


def test_not_a_plan_and_missing_period(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="不像法治政府建设规划"):
        draft_plan(write(tmp_path / "n.txt", "今天天气很好，我们去公园散步，每年都去两次以上。" * 3), "x-1", CATALOGUE)
    plan = write(tmp_path / "p.txt", PLAN.replace("（2022-2026年）", ""))
    proc = run("catalogue", "draft", str(plan), "--plan-id", "demo-1", "-o", str(tmp_path / "out"))
    assert proc.returncode == 2 and "--period" in proc.stderr and not (tmp_path / "out").exists()
    proc = run("catalogue", "draft", str(plan), "--plan-id", "demo-1", "--period", "2022-2026",
               "-o", str(tmp_path / "out"))
    assert proc.returncode == 0, proc.stderr


def test_output_directory_rules(tmp_path: Path) -> None:
    plan = write(tmp_path / "p.txt", PLAN)
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("examiner notes", encoding="utf-8")
    proc = run("catalogue", "draft", str(plan), "--plan-id", "demo-1", "-o", str(foreign))
    assert proc.returncode == 2 and "不是本工具生成的草稿" in proc.stderr
    assert tree(foreign) == {"notes.txt": hashlib.sha256(b"examiner notes").hexdigest()}

    out = tmp_path / "draft"
    first = run("catalogue", "draft", str(plan), "--plan-id", "demo-1", "-o", str(out))
    assert first.returncode == 0, first.stderr
    before = tree(out)
    again = run("catalogue", "draft", str(plan), "--plan-id", "demo-1", "-o", str(out))
    assert again.returncode == 0, again.stderr  # an untouched earlier draft is replaced
    assert tree(out) == before
    edited = out / "training" / "enforcement_training_hours.yml"
    edited.write_text(edited.read_text(encoding="utf-8").replace("value: 40", "value: 45"), encoding="utf-8")
    kept = tree(out)
    proc = run("catalogue", "draft", str(plan), "--plan-id", "demo-1", "-o", str(out))
    assert proc.returncode == 2 and "training/enforcement_training_hours.yml" in proc.stderr
    assert tree(out) == kept
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temp dir left behind


def test_output_inside_the_base_catalogue_is_refused(tmp_path: Path) -> None:
    import shutil

    from checker.catalogue.loader import default_directory

    base = tmp_path / "base"
    shutil.copytree(default_directory(), base)
    before = tree(base)
    plan = write(tmp_path / "p.txt", PLAN)
    proc = run("catalogue", "draft", str(plan), "--plan-id", "demo-1", "--catalogue", str(base),
               "-o", str(base / "new"))
    assert proc.returncode == 2 and "指标目录" in proc.stderr and tree(base) == before


def test_round_trip_draft_review_check(tmp_path: Path) -> None:
    plan = write(tmp_path / "p.txt", PLAN)
    out = tmp_path / "cat"
    proc = run("catalogue", "draft", str(plan), "--plan-id", "demo-2022-2026", "-o", str(out), "--show-skipped")
    assert proc.returncode == 0, proc.stderr
    assert "未采用的条文" in proc.stdout and "显著提升" in proc.stdout
    assert {"plans.yml", "workbook.yml", "sources/demo-2022-2026.txt", "DRAFT.md"} <= set(tree(out))
    review = (out / "DRAFT.md").read_text(encoding="utf-8")
    assert "区司法局、各街镇" in review and "定性目标" in review
    cat, _ = load_catalogue(out)
    assert len(cat.indicators) == len(EXPECTED) and len(cat.drafts) == len(DRAFTS)
    assert all(s.document == "demo-2022-2026" for ind in cat.indicators + cat.drafts for s in ind.sources)
    assert cat.get("enforcement_training_hours").target.value == 40

    listing = run("catalogue", "list", "--catalogue", str(out))
    assert listing.returncode == 0 and "其中草稿 4 项" in listing.stdout

    # review: the examiner confirms one draft by giving it a measure and removing draft: true
    confirmed = next((out / "draft").glob("*_6_1.yml"))
    text = confirmed.read_text(encoding="utf-8").replace("\ndraft: true\n", "\n")
    confirmed.write_text(text, encoding="utf-8")
    checked = run("check", str(SAMPLE), "--catalogue", str(out), "--format", "json", "--out", str(tmp_path / "o"))
    assert checked.returncode == 0, checked.stderr
    results = {r["indicator"]: r["verdict"] for r in json.loads(checked.stdout)["results"]}
    assert results["enforcement_training_hours"] == "fail"  # the sample has officers under 40 hours too
    assert results["leadership_law_lectures"] == "fail"  # one lecture, this plan asks three
    assert confirmed.stem in results  # confirmed: judged (no row in the sample: missing)
    assert results[confirmed.stem] == "missing"
    assert not any(k.endswith("_5_1") for k in results)  # still a draft: listed, never judged
