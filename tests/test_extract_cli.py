"""`checker extract` and `check REPORT.docx|txt|pdf|html` as a user runs them."""

from __future__ import annotations

import json
import shutil
import os
import subprocess
import sys
from pathlib import Path

import pytest
import report_fixtures as rf
from helpers import run_in_process

from checker.read.documents import read_document

ROOT = Path(__file__).resolve().parent.parent
SEED_001 = ROOT / "samples" / "reports" / "baoshan_2023.txt"
SEED_004 = ROOT / "samples" / "reports" / "pudong_inspection_placeholder.txt"
FIGURE_KEYS = {"indicator", "name", "value", "unit", "bound", "placeholder", "negated", "period", "scope", "quote",
               "location"}


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return run_in_process(*args, cwd=cwd)


def one_line_error(proc: subprocess.CompletedProcess, words: str) -> None:
    assert proc.returncode == 2, (proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and words in lines[0], proc.stderr


def test_extract_json_seed_001() -> None:
    proc = run("extract", str(SEED_001), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["source"] == str(SEED_001) and doc["year"] == 2023 and doc["government"] == "上海市宝山区"
    text = SEED_001.read_text(encoding="utf-8")
    assert doc["figures"]
    for f in doc["figures"]:
        assert FIGURE_KEYS <= set(f)
        assert f["quote"] in text and text[f["start"]:f["end"]] == f["quote"]
    court = next(f for f in doc["figures"] if f["indicator"] == "court_appearance_rate")
    assert (court["value"], court["unit"], court["bound"], court["location"]) == (100, "%", "", "第10行")
    hours = next(f for f in doc["figures"] if f["indicator"] == "enforcement_training_hours")
    assert (hours["value"], hours["unit"], hours["bound"]) == (60, "学时", "at_least")
    mediation = next(f for f in doc["figures"] if f["indicator"] == "mediation_success_rate")
    assert mediation["value"] == 99.8 and mediation["quote"].endswith("成功率99.8%。")


def test_extract_json_seed_004_placeholders() -> None:
    proc = run("extract", str(SEED_004), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    figs = json.loads(proc.stdout)["figures"]
    xs = [f for f in figs if "X" in f["text"]]
    assert len(xs) >= 10 and all(f["placeholder"] and f["value"] is None for f in xs)
    assert any(f["negated"] and "仍未达到指标要求" in f["quote"] for f in figs)
    assert any(f["indicator"] == "major_decisions_count" and f["value"] == 8 for f in figs)
    assert any(f["indicator"] == "reconsideration_correction_rate" and f["period"] == "1-10月" for f in figs)


def test_extract_table() -> None:
    proc = run("extract", str(SEED_004))
    assert proc.returncode == 0, proc.stderr
    assert "报告数字摘录" in proc.stdout and "占位符" in proc.stdout and "自述未达到" in proc.stdout
    assert "要求/计划" in proc.stdout and "第77行" in proc.stdout


def _verdicts(doc: dict) -> dict[str, tuple]:
    return {r["indicator"]: (r["verdict"], r["value"], r["display"], r["code"]) for r in doc["results"]}


@pytest.mark.parametrize("make", [lambda d: shutil.copy(SEED_001, d / "baoshan.txt"),
                                  lambda d: shutil.copy(SEED_004, d / "pudong.txt"),
                                  lambda d: rf.write_docx(d / "report_2023.docx")], ids=["seed001", "seed004", "own_docx"])
def test_extract_to_workbook_then_check_gives_the_report_verdicts(tmp_path: Path, make) -> None:
    """The round trip closes: `check figures.xlsx` on the unedited file = `check report`, figure by figure."""
    report = Path(make(tmp_path))
    out = tmp_path / "figures.xlsx"
    proc = run_in_process("extract", str(report), "-o", str(out), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    direct = run_in_process("check", "--no-charts", str(report), "--format", "json", "--out", str(tmp_path / "a"), cwd=tmp_path)
    again = run_in_process("check", "--no-charts", str(out), "--format", "json", "--out", str(tmp_path / "b"), cwd=tmp_path)
    assert direct.returncode == 0 and again.returncode == 0, (direct.stderr, again.stderr)
    a, b = json.loads(direct.stdout), json.loads(again.stdout)
    assert _verdicts(b) == _verdicts(a)
    assert a["plan"] == b["plan"] and a["year"] == b["year"]
    assert not [i for i in b["data_issues"] if i["code"] == "duplicate-value"]  # no spurious 指标编号重复
    for r in b["results"]:  # every quote still names the report and is cut from it
        for e in r["evidence"]:
            if e["quote"]:
                assert e["file"] == report.name and e["quote"] in (a["source"] and read_document(report).text)


def test_figures_workbook_correction_is_judged_with_its_cell(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    report = rf.write_txt(tmp_path / "report_2023.txt")
    out = tmp_path / "figures.xlsx"
    assert run_in_process("extract", str(report), "-o", str(out), cwd=tmp_path).returncode == 0
    wb = load_workbook(out)
    ws = wb["报告摘录"]
    headers = [c.value for c in ws[2]]
    rows = [r for r in ws.iter_rows(min_row=3) if r[0].value == "court_appearance_rate" and r[3].value is not None]
    assert rows, "the report states the court-appearance rate"
    rows[0][headers.index("数值")].value = 90
    wb.save(out)
    proc = run_in_process("check", "--no-charts", str(out), "--format", "json", "--out", str(tmp_path / "o"), cwd=tmp_path)
    court = next(r for r in json.loads(proc.stdout)["results"] if r["indicator"] == "court_appearance_rate")
    assert court["value"] == 90 and court["verdict"] in ("fail", "review")
    cell = f"报告摘录!D{rows[0][0].row}"
    assert any(e["location"] == cell and e["file"] == "figures.xlsx" for e in court["evidence"])


def test_figures_sheet_prints_one_page_wide_with_its_headers(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    report = rf.write_txt(tmp_path / "report_2023.txt")
    out = tmp_path / "figures.xlsx"
    assert run_in_process("extract", str(report), "-o", str(out), cwd=tmp_path).returncode == 0
    ws = load_workbook(out)["报告摘录"]
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.print_title_rows.replace("$", "") == "2:2"
    assert "报告数字摘录" in ws.oddHeader.center.text and "&P" in ws.oddFooter.center.text
    quote = [c for c in ws[2] if c.value == "原文"][0].column_letter
    assert all(ws[f"{quote}{r}"].alignment.wrap_text for r in range(3, ws.max_row + 1))  # the whole sentence on paper


def test_extract_refuses_to_overwrite(tmp_path: Path) -> None:
    out = tmp_path / "figures.xlsx"
    out.write_bytes(b"corrected by hand")
    one_line_error(run("extract", str(SEED_001), "-o", str(out), cwd=tmp_path), "已存在")
    assert out.read_bytes() == b"corrected by hand"
    one_line_error(run("extract", str(SEED_001), "-o", str(tmp_path / "f.csv"), cwd=tmp_path), ".xlsx")


@pytest.mark.parametrize("maker, suffix", [
    (lambda p: rf.write_docx(p), ".docx"), (lambda p: rf.write_txt(p, encoding="gb18030"), ".txt"),
    (lambda p: rf.write_pdf(p), ".pdf"), (lambda p: rf.write_html(p), ".html"),
])
def test_check_a_report(tmp_path: Path, maker, suffix: str) -> None:
    report = maker(tmp_path / f"report_2023{suffix}")
    proc = run("check", "--no-charts", str(report), "--format", "json", "--out", str(tmp_path / "o"), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["year"] == 2023 and doc["government"] == "上海市测试区"
    by_id = {r["indicator"]: r for r in doc["results"]}
    assert {k: by_id[k]["verdict"] for k in rf.EXPECTED_VERDICTS} == rf.EXPECTED_VERDICTS
    court = by_id["court_appearance_rate"]["evidence"][0]
    assert court["quote"] and court["location"] and court["file"] == report.name
    assert (tmp_path / "o" / "report_2023_scorecard.xlsx").is_file()


def test_check_report_table_and_strict(tmp_path: Path) -> None:
    proc = run("check", "--no-charts", str(SEED_004), "--out", str(tmp_path), "--strict", cwd=tmp_path)
    # seed 004 states no year ("XX年"): no annual verdict, so nothing fails even under --strict
    assert proc.returncode == 0, proc.stderr
    assert "行政机关负责人出庭应诉率" in proc.stdout and "未达标" not in proc.stdout.split("计分表")[0].split("\n", 3)[-1]
    proc = run("check", "--no-charts", str(SEED_004), "--year", "2020", "--plan", "pudong-2020", "--out",
               str(tmp_path / "y"), "--strict", cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr  # with a year given, the admitted shortfall fails
    assert (tmp_path / "pudong_inspection_placeholder_scorecard.xlsx").is_file()


def test_year_option(tmp_path: Path) -> None:
    report = rf.write_txt(tmp_path / "r.txt")
    proc = run("extract", str(report), "--format", "json", "--year", "2022", cwd=tmp_path)
    doc = json.loads(proc.stdout)
    assert doc["year"] == 2022 and doc["year_source"] == "参数"


@pytest.mark.parametrize("name, content, words", [
    ("empty.txt", b"", "空文件"),
    ("novel.txt", "从前有座山，山里有座庙，庙里有个老和尚在给小和尚讲故事，讲的是什么呢，还是从前有座山。".encode(), "不像法治政府建设情况报告"),
    ("bytes.txt", bytes(range(0x80, 0x100)) * 4, "编码无法识别"),
    ("old.doc", b"\xd0\xcf\x11\xe0" + b"\x00" * 100, "不支持的文件类型"),
], ids=["empty", "not-a-report", "undecodable", "doc"])
@pytest.mark.parametrize("command", ["check", "extract"])
def test_bad_reports_exit_2_and_write_nothing(tmp_path: Path, name: str, content: bytes, words: str,
                                                command: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    args = (["--out", str(tmp_path / "o")] if command == "check" else ["-o", str(tmp_path / "f.xlsx")])
    one_line_error(run(command, str(path), *args, cwd=tmp_path), words)
    assert not (tmp_path / "f.xlsx").exists()
    assert not (tmp_path / "o").exists() or not any((tmp_path / "o").iterdir())


def test_scanned_pdf(tmp_path: Path) -> None:
    scan = rf.write_scanned_pdf(tmp_path / "scan.pdf")
    one_line_error(run("check", str(scan), "--out", str(tmp_path / "o"), cwd=tmp_path), "没有文字层")
    assert not (tmp_path / "o").exists() or not any((tmp_path / "o").iterdir())


def test_extract_help_loads_no_document_library() -> None:
    code = ("import sys; sys.argv=['checker','extract','--help']\n"
            "from checker import cli\n"
            "try:\n    cli.main()\nexcept SystemExit:\n    pass\n"
            "print([m for m in ('docx','pypdfium2','selectolax','charset_normalizer','openpyxl','pandas') "
            "if m in sys.modules])")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 0, proc.stderr
    assert "文字报告" in proc.stdout and proc.stdout.strip().endswith("[]")
