"""The command line as a user runs it: exit codes, stdout, outputs written, inputs untouched."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import run_in_process, sheets, write_xlsx

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "report_2023.xlsx"


def run_process(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    # this checkout's package, also when cwd is elsewhere (not whatever copy is installed)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    return subprocess.run([sys.executable, "-m", "checker", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300, env=env)


run = run_in_process  # most commands run in this process; the ones that need a fresh one say so


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def sample_json(tmp_path_factory) -> tuple[dict, subprocess.CompletedProcess, Path]:
    out = tmp_path_factory.mktemp("out")
    before = digest(SAMPLE)
    proc = run_process("check", str(SAMPLE), "--format", "json", "--out", str(out), cwd=ROOT)  # end to end
    assert digest(SAMPLE) == before, "the input file was modified"
    return json.loads(proc.stdout), proc, out


def test_sample_verdicts_figure_by_figure(sample_json) -> None:
    doc, proc, out = sample_json
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    by_id = {r["indicator"]: r for r in doc["results"]}
    verdicts = {k: r["verdict"] for k, r in by_id.items()}
    # What samples/make_sample.py built in:
    assert verdicts["enforcement_training_hours"] == "fail"  # 23 officers under 60, one blank
    hours = by_id["enforcement_training_hours"]
    assert [p["verdict"] for p in hours["people"]].count("fail") == 23
    assert [p["verdict"] for p in hours["people"]].count("invalid") == 1
    assert hours["value"] == 38.5 and "区城管执法局（60人中9人）" in hours["summary"]
    cgj = next(u for u in hours["units"] if u["name"] == "区城管执法局")
    assert cgj["detail"].startswith("60人中9人未达标")
    assert verdicts["legal_review_staff_ratio"] == "fail"
    ratio = by_id["legal_review_staff_ratio"]
    assert [u["name"] for u in ratio["units"] if u["verdict"] == "fail"] == ["区生态环境局"]
    assert ratio["value"] == pytest.approx(200 / 45)
    assert next(u for u in ratio["units"] if u["name"] == "区城管执法局")["verdict"] == "pass"  # exactly 5 %
    assert verdicts["leadership_law_lectures"] == "fail" and by_id["leadership_law_lectures"]["value"] == 1
    assert verdicts["court_appearance_rate"] == "fail"
    assert by_id["court_appearance_rate"]["value"] == pytest.approx(46 / 48 * 100)
    assert verdicts["head_offjob_training"] == "fail"
    assert verdicts["provincial_platform_data_link"] == "fail"  # done 2023-02-15, deadline 2022-12-31
    assert verdicts["grassroots_openness_standards"] == "missing"  # left blank
    for ok in ("major_decision_catalogue_published", "normative_doc_filing_rate", "gov_openness_weight",
               "reconsideration_decisions_online", "annual_report_published", "no_fine_quotas",
               "leaders_report_on_rule_of_law", "unified_enforcement_system", "reconsideration_system_reform"):
        assert verdicts[ok] == "pass", ok
    for not_due in ("enforcement_supervision_system", "rule_of_law_inspection_coverage",
                    "department_inspection_coverage"):
        assert verdicts[not_due] == "not_applicable", not_due
    assert by_id["mediation_success_rate"]["verdict"] == "info"
    assert by_id["mediation_success_rate"]["value"] == pytest.approx(21221 / 21267 * 100)


def test_sample_json_shape_and_evidence(sample_json) -> None:
    doc, _, out = sample_json
    assert {"source", "sha256", "plan", "period", "results", "data_issues"} <= set(doc)
    assert doc["sha256"] == digest(SAMPLE) and doc["period"] == "2023年度" and doc["plan"] == "shifan-2021-2025"
    assert "按政府名称" in doc["plan_note"] and "上海市示范区人民政府" in doc["plan_note"]  # matched, and said so
    for r in doc["results"]:
        assert {"indicator", "name", "verdict", "value", "target", "operator", "unit", "gap", "evidence", "units"} <= set(r)
        if r["verdict"] in ("pass", "fail"):
            assert r["evidence"], f"{r['indicator']} has a verdict without evidence"
    hours = next(r for r in doc["results"] if r["indicator"] == "enforcement_training_hours")
    assert hours["evidence"][0]["location"].startswith("执法人员培训!D3:D")
    blank = [i for i in doc["data_issues"] if i["code"] == "required-value"]
    assert blank and blank[0]["sheet"] == "执法人员培训" and blank[0]["cell"].startswith("D")
    assert (out / "report_2023_scorecard.xlsx").is_file()


def test_scorecard_workbook_content(sample_json) -> None:
    from openpyxl import load_workbook

    doc, _, out = sample_json
    wb = load_workbook(out / "report_2023_scorecard.xlsx")
    assert wb.sheetnames[:2] == ["总览", "指标明细"]
    ws = wb["指标明细"]
    header = [c.value for c in ws[1]]
    assert {"指标编号", "计算结论", "最终结论", "证据（工作表!单元格 / 原文）", "条款原文", "审查结论"} <= set(header)
    ids = [ws.cell(row=r, column=1).value for r in range(2, ws.max_row + 1)]
    assert ids == [r["indicator"] for r in doc["results"]]
    row = ids.index("legal_review_staff_ratio") + 2
    assert ws.cell(row=row, column=header.index("计算结论") + 1).value == "未达标"
    assert "原则上行政执法单位的法制审核人员" in ws.cell(row=row, column=header.index("条款原文") + 1).value
    assert (out / "checker.db").is_file() and not list(out.glob("*.png"))  # charts live in the workbook
    assert len(wb["总览"]._charts) >= 2


def test_table_output_totals_and_strict(tmp_path: Path) -> None:
    proc = run("check", "--no-charts", str(SAMPLE), "--strict", "--out", str(tmp_path), cwd=ROOT)
    assert proc.returncode == 1  # --strict and targets fail
    assert "行政执法人员业务知识和法律法规培训学时" in proc.stdout
    # 6 failed of 15 judged; the one blank target is counted apart, never as failed
    assert "达标 9 / 已判定 15（达标率 60.0%（9/15））" in proc.stdout and "缺少数据 1 项未判定" in proc.stdout
    assert "覆盖率 93.8%（15/16）" in proc.stdout
    assert "执法人员培训!D133" in proc.stdout  # the blank cell, located


def test_plan_selection(tmp_path: Path) -> None:
    proc = run("check", "--no-charts", str(SAMPLE), "--plan", "yangpu-2021-2025", "--format", "json", "--out", str(tmp_path), cwd=ROOT)
    doc = json.loads(proc.stdout)
    verdicts = {r["indicator"]: r["verdict"] for r in doc["results"]}
    assert verdicts["enforcement_training_hours"] == "not_applicable"  # not a target of the Yangpu plan
    court = next(r for r in doc["results"] if r["indicator"] == "court_appearance_rate")
    # Yangpu asks for a rising rate: with no figure of last year it is review, never a 100 % fail
    assert court["verdict"] == "review" and court["code"] == "no-baseline" and court["operator"] == "rising"
    assert [s["document"] for s in court["sources"]] == ["yangpu-2021-2025"]
    assert doc["plan"] == "yangpu-2021-2025" and doc["plan_note"].startswith("按检查时指定的规划：杨浦区")


def _one_line_error(proc: subprocess.CompletedProcess, *words: str) -> None:
    assert proc.returncode == 2, (proc.stdout, proc.stderr)
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    for w in words:
        assert w in lines[0]


def test_missing_file(tmp_path: Path) -> None:
    proc = run_process("check", str(tmp_path / "nope.xlsx"), "--out", str(tmp_path / "o"), cwd=tmp_path)
    _one_line_error(proc, "文件不存在")
    assert not (tmp_path / "o").exists()


def test_wrong_extension(tmp_path: Path) -> None:
    p = tmp_path / "report.rtf"
    p.write_text("not a workbook", encoding="utf-8")
    _one_line_error(run("check", str(p), "--out", str(tmp_path / "o"), cwd=tmp_path), "不支持的文件类型")
    assert not (tmp_path / "o").exists()


def test_corrupt_zip_and_fake_xlsx(tmp_path: Path) -> None:
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"PK\x03\x04 this is not really a zip file" * 10)
    _one_line_error(run("check", str(fake), "--out", str(tmp_path / "o"), cwd=tmp_path), "fake.xlsx")
    truncated = tmp_path / "truncated.xlsx"
    truncated.write_bytes(SAMPLE.read_bytes()[:5000])
    _one_line_error(run("check", str(truncated), "--out", str(tmp_path / "o"), cwd=tmp_path), "truncated.xlsx")
    assert not list((tmp_path / "o").glob("*.xlsx")) if (tmp_path / "o").exists() else True


def test_password_protected_or_xls(tmp_path: Path) -> None:
    p = tmp_path / "locked.xlsx"
    p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4000)  # OLE: old .xls content
    _one_line_error(run("check", str(p), "--out", str(tmp_path / "o"), cwd=tmp_path), ".xls")


def test_not_a_standard_workbook(tmp_path: Path) -> None:
    from openpyxl import Workbook

    p = tmp_path / "other.xlsx"
    wb = Workbook()
    wb.active["A1"] = "hello"
    wb.save(p)
    _one_line_error(run("check", str(p), "--out", str(tmp_path / "o"), cwd=tmp_path), "找不到可识别的报表")


def test_output_folder_not_writable(tmp_path: Path) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    _one_line_error(run("check", str(SAMPLE), "--out", str(blocker / "sub"), cwd=ROOT), "输出文件夹")


def test_bad_catalogue_exits_2(tmp_path: Path) -> None:
    _one_line_error(run("check", str(SAMPLE), "--catalogue", str(tmp_path / "none"), "--out", str(tmp_path), cwd=ROOT),
                    "指标目录")


def test_unknown_plan(tmp_path: Path) -> None:
    _one_line_error(run("check", str(SAMPLE), "--plan", "mars-2099", "--out", str(tmp_path), cwd=ROOT), "目录中没有规划")


def test_template_round_trip(tmp_path: Path) -> None:
    tpl = tmp_path / "模板.xlsx"
    proc = run("template", "-o", str(tpl), cwd=tmp_path)
    assert proc.returncode == 0 and tpl.is_file()
    from openpyxl import load_workbook

    wb = load_workbook(tpl)
    assert {"填表说明", "基本信息", "执法人员培训", "执法单位", "出庭应诉", "制度落实", "其他指标"} <= set(wb.sheetnames)
    ws = wb["制度落实"]
    assert ws.freeze_panes == "A3"
    assert any("是,否" in (dv.formula1 or "") for dv in ws.data_validations.dataValidation)
    ids = {ws.cell(row=r, column=1).value for r in range(3, ws.max_row + 1)}
    assert {"no_fine_quotas", "enforcement_supervision_system"} <= ids
    again = run("template", "-o", str(tpl), cwd=tmp_path)
    _one_line_error(again, "已存在")
    # The blank template checks without error: every target is missing, nothing passes.
    proc = run("check", "--no-charts", str(tpl), "--year", "2023", "--plan", "shifan-2021-2025", "--format", "json",
               "--out", str(tmp_path / "o"), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    verdicts = {r["indicator"]: r["verdict"] for r in json.loads(proc.stdout)["results"]}
    assert "pass" not in verdicts.values()
    assert verdicts["enforcement_training_hours"] == "missing"


def test_scorecard_never_overwrites_input(tmp_path: Path) -> None:
    src = write_xlsx(tmp_path / "x_scorecard.xlsx", sheets({"officers": [{"training_hours": 70}]}))
    before = digest(src)
    proc = run("check", "--no-charts", str(src), "--out", str(tmp_path), cwd=tmp_path)
    assert proc.returncode == 0
    assert digest(src) == before
    # a file whose own name is <stem>_scorecard.xlsx in the output folder
    same = tmp_path / "y.xlsx"
    write_xlsx(same, sheets({"officers": [{"training_hours": 70}]}))
    (tmp_path / "y_scorecard.xlsx").write_bytes(b"old")
    proc = run("check", "--no-charts", str(same), "--out", str(tmp_path), cwd=tmp_path)
    _one_line_error(proc, "不是本软件写出的文件")  # not written by the tool: kept unless --force
    assert (tmp_path / "y_scorecard.xlsx").read_bytes() == b"old"
    proc = run("check", "--no-charts", str(same), "--out", str(tmp_path), "--force", cwd=tmp_path)
    assert proc.returncode == 0 and (tmp_path / "y_scorecard.xlsx").read_bytes() != b"old"


def test_catalogue_list_and_show() -> None:
    proc = run("catalogue", "list", cwd=ROOT)
    assert proc.returncode == 0 and "enforcement_training_hours" in proc.stdout and "≥60学时" in proc.stdout
    proc = run("catalogue", "show", "court_appearance_rate", cwd=ROOT)
    assert proc.returncode == 0 and "认真执行行政机关负责人出庭应诉制度" in proc.stdout
    _one_line_error(run("catalogue", "show", "no_such_id", cwd=ROOT), "no_such_id")


def test_help_does_not_import_heavy_libraries() -> None:
    code = ("import sys; sys.argv=['checker','--help']\n"
            "from checker import cli\n"
            "try:\n    cli.main()\nexcept SystemExit:\n    pass\n"
            "heavy=[m for m in ('pandas','great_expectations','matplotlib','openpyxl','python_calamine') if m in sys.modules]\n"
            "print('HEAVY', heavy)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert "HEAVY []" in proc.stdout, proc.stdout + proc.stderr


# --- usage errors: one Chinese line, exit 2 -------------------------------------------------------


@pytest.mark.parametrize("args, words", [
    (("check",), "缺少要检查的文件"),
    (("check", "--format", "jsn", "x.xlsx"), "可选 table、json"),
    (("check", "--yaer", "2023", "x.xlsx"), "是否要用 --year"),
    (("check", "--year", "abc", "x.xlsx"), "应为整数"),
    (("check", "x.xlsx", "--year"), "--year 后缺少取值"),
    (("chek",), "没有命令 chek"),
    (("template",), "缺少选项 -o/--output"),
    (("review", "--out", "x"), "review 没有选项 --out"),
    (("compare", "--strict=3"), "没有选项"),
    (("review", "a.xlsx", "b.xlsx"), "多余的参数：b.xlsx"),
])
def test_usage_errors_are_one_chinese_line(args, words, tmp_path) -> None:
    proc = run(*args, cwd=tmp_path)
    assert proc.returncode == 2 and proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("错误：") and words in lines[0], proc.stderr
    assert not any(w in proc.stderr for w in ("Usage", "Error", "Try ", "Traceback"))


def test_check_command_alone_is_one_line(tmp_path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-c", "from checker.cli import check_main; check_main()", "--yaer", "2023"],
                          cwd=tmp_path, capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 2 and len(proc.stderr.strip().splitlines()) == 1 and "--year" in proc.stderr


def test_hints_name_options_the_command_has(tmp_path) -> None:
    """A hint that names an option names one of the command's own (`-o` where there is no --out)."""
    blocked = tmp_path / "file"
    blocked.write_text("x")
    cases = [("template", "-o", str(blocked / "t.xlsx")), ("compare", "--db", str(tmp_path / "none.db")),
             ("check", str(SAMPLE), "--no-charts", "--out", str(blocked / "o"))]
    from checker.cli import _option_names, app
    import typer

    commands = typer.main.get_command(app).commands
    for args in cases:
        proc = run(*args, cwd=tmp_path)
        assert proc.returncode == 2 and len(proc.stderr.strip().splitlines()) == 1, proc.stderr
        named = set(__import__("re").findall(r"(?<![\w-])(--?[a-z][a-z-]*)", proc.stderr))
        assert named <= set(_option_names(commands[args[0]])), (args[0], named)
        assert not any(w in proc.stderr for w in ("Errno", "File exists", "Not a directory", "Permission"))


# --- the inspection report --------------------------------------------------------------------------


def invoke(*args: str) -> tuple[int, str]:
    """A command in this process, all it printed on stdout and stderr."""
    proc = run_in_process(*args, cwd=ROOT)
    return proc.returncode, proc.stdout + proc.stderr


def _docx_text(path: Path) -> tuple[list[str], list[list[str]]]:
    from docx import Document

    doc = Document(str(path))
    return [p.text for p in doc.paragraphs], [[c.text for c in row.cells] for t in doc.tables for row in t.rows]


def _problem_list(path: Path) -> list[tuple[str, str]]:
    _, rows = _docx_text(path)
    return [(r[1], r[2]) for r in rows if r and r[0].isdigit() and len(r) == 6]


PROBLEM_VERDICTS = ("fail", "invalid", "review")


def test_report_on_sample_lists_exactly_the_problem_targets(sample_json, tmp_path) -> None:
    doc, _, out = sample_json
    docx = tmp_path / "执法检查报告.docx"
    code, text = invoke("report", str(out / "report_2023_scorecard.xlsx"), "-o", str(docx))
    assert code == 0, text
    expected = [(r["name"], r["verdict_label"]) for r in doc["results"] if r["verdict"] in PROBLEM_VERDICTS]
    assert sorted(_problem_list(docx)) == sorted(expected) and expected
    paragraphs, rows = _docx_text(docx)
    text = "\n".join(paragraphs)
    assert "核查依据" in text and "总体情况" in text and "问题清单" in text and "审查意见" in text
    hours = next(r for r in rows if r[1] == "行政执法人员业务知识和法律法规培训学时")
    assert "区城管执法局" in hours[4] and "执法人员培训!" in hours[5]  # the units concerned, the evidence
    assert not [p for p in paragraphs if "putuo-" in p or "_rate" in p]  # plan names, not ids
    code, text = invoke("report", str(out / "report_2023_scorecard.xlsx"), "-o", str(docx))
    assert code == 2 and "已存在" in text  # an edited draft is never overwritten


def _writer_installed() -> bool:
    """LibreOffice with its Writer module (libswlo.so, swlo.dll …): a Calc-only install cannot open a .docx."""
    soffice = shutil.which("soffice")
    return bool(soffice) and any(Path(os.path.realpath(soffice)).parent.glob("*swlo*"))


def test_report_on_seed_report_checks_it_first(tmp_path) -> None:
    seed = ROOT / "samples" / "reports" / "baoshan_2023.txt"
    docx = tmp_path / "r.docx"
    code, text = invoke("report", str(seed), "-o", str(docx))
    assert code == 0, text
    from checker.api import check
    from checker.reporters.jsonout import run_dict

    judged = run_dict(check(seed))
    expected = sorted((r["name"], r["verdict_label"]) for r in judged["results"] if r["verdict"] in PROBLEM_VERDICTS)
    assert sorted(_problem_list(docx)) == expected
    from docx import Document

    assert len(Document(str(docx)).inline_shapes) >= 3  # verdicts, categories, and how far each target is
    if _writer_installed():  # it opens in LibreOffice
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path / 'p'}", "--headless", "--convert-to",
                        "pdf", "--outdir", str(tmp_path), str(docx)], check=True, capture_output=True, timeout=180)
        assert (tmp_path / "r.pdf").stat().st_size > 10_000


def test_report_on_several_has_a_comparison(sample_json, tmp_path) -> None:
    _, _, out = sample_json
    seed = ROOT / "samples" / "reports" / "baoshan_2023.txt"
    docx = tmp_path / "c.docx"
    code, text = invoke("report", str(out / "report_2023_scorecard.xlsx"), str(seed), "-o", str(docx))
    assert code == 0, text
    paragraphs, rows = _docx_text(docx)
    assert "各政府（单位）比较" in paragraphs
    assert any(r[0] == "1" and r[1] == "上海市示范区人民政府" for r in rows)  # the ranking table
    from docx import Document

    assert len(Document(str(docx)).inline_shapes) >= 2 + 2 * 2  # ranking and heat map, two charts per government


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
@pytest.mark.parametrize("fmt, bar", [("table", True), ("json", False)])
def test_progress_bar_on_a_terminal_never_beside_json(fmt, bar, tmp_path) -> None:
    import pty

    master, slave = pty.openpty()  # stderr is a terminal; stdout is a pipe
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    report = ROOT / "samples" / "reports" / "baoshan_2023.txt"  # small: the bar, not the check, is under test
    proc = subprocess.run([sys.executable, "-m", "checker", "check", str(report), "--no-charts", "--format", fmt,
                           "--out", str(tmp_path)], stdout=subprocess.PIPE, stderr=slave, cwd=tmp_path, env=env,
                          timeout=300)
    os.close(slave)
    err = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        err += chunk
    os.close(master)
    assert proc.returncode == 0
    assert ("█".encode() in err) is bar
    assert b"\x1b[" not in proc.stdout  # stdout is not a terminal: no colour
