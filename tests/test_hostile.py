"""Broken and malicious files: exit 2, one clear line, nothing written, input untouched, memory bounded."""

from __future__ import annotations

import hashlib
import random
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLE
from layouts import clean

from checker.api import check
from checker.errors import InputError
from checker.read.spreadsheet import Limits


def run_check(path: Path, out: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "checker", "check", str(path), "--out", str(out), *extra],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)


def refused(path: Path, tmp_path: Path, *words: str, extra: tuple[str, ...] = (),
            process: bool = False) -> subprocess.CompletedProcess:
    """The command refuses `path` with one line naming `words`, writes nothing and leaves the file as it was.
    Run in this process unless `process`: files whose danger is the memory or time they would take are
    refused by a process of their own, so a guard that failed could not take the test run down with it."""
    from helpers import run_in_process

    out = tmp_path / "out"
    before = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None
    proc = (run_check(path, out, *extra) if process
            else run_in_process("check", str(path), "--out", str(out), *extra, cwd=ROOT))
    assert proc.returncode == 2, (proc.stdout, proc.stderr)
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and "Traceback" not in proc.stderr, proc.stderr
    for w in words:
        assert w in lines[0], lines[0]
    assert proc.stdout == ""
    assert not out.exists() or list(out.iterdir()) == []  # no scorecard, no chart, no database
    if before is not None:
        assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    return proc


def test_not_a_spreadsheet(tmp_path) -> None:
    p = tmp_path / "photo.png"
    p.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    refused(p, tmp_path, "不支持的文件类型", ".png")


def test_spreadsheet_extension_on_other_content(tmp_path) -> None:
    p = tmp_path / "notes.xlsx"
    p.write_text("这不是工作簿", encoding="utf-8")
    refused(p, tmp_path, "notes.xlsx", "不是有效的 Excel")


def test_truncated_zip(tmp_path) -> None:
    p = tmp_path / "cut.xlsx"
    p.write_bytes(SAMPLE.read_bytes()[: SAMPLE.stat().st_size // 2])
    refused(p, tmp_path, "cut.xlsx")


def test_corrupt_member_crc(tmp_path) -> None:
    data = bytearray(SAMPLE.read_bytes())
    with zipfile.ZipFile(SAMPLE) as zf:
        info = zf.getinfo("xl/worksheets/sheet2.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra) + 10
    data[start] ^= 0xFF
    p = tmp_path / "crc.xlsx"
    p.write_bytes(bytes(data))
    refused(p, tmp_path, "crc.xlsx")


def test_zip_bomb_fast_and_small(tmp_path) -> None:
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook/>")
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh:
            chunk = b"\0" * (1 << 20)
            for _ in range(700):  # 700 MiB of zeros, streamed: this process never holds them
                fh.write(chunk)
    assert bomb.stat().st_size < 10 * 1024 * 1024
    code = ("import sys\nfrom checker import cli\nsys.argv = ['checker', 'check', sys.argv[1], '--out', sys.argv[2]]\n"
            "try:\n    cli.main()\nexcept SystemExit as e:\n    code = e.code\n"
            "hwm = [l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')][0]\n"
            "print(hwm, code)")  # VmHWM is this program's own peak; ru_maxrss would count the forked parent
    start = time.monotonic()
    proc = subprocess.run([sys.executable, "-c", code, str(bomb), str(tmp_path / "out")], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    elapsed = time.monotonic() - start
    peak_kb, status = proc.stdout.split()
    assert status == "2" and "压缩" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    assert elapsed < 20, elapsed  # a few seconds; generous for a loaded machine
    assert int(peak_kb) < 300 * 1024, peak_kb  # refused before any member was inflated


def test_declared_size_over_limit_without_high_ratio(tmp_path) -> None:
    p = tmp_path / "big.xlsx"
    rng = random.Random(1)
    with zipfile.ZipFile(p, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/worksheets/sheet1.xml", bytes(rng.getrandbits(8) for _ in range(3 * 1024 * 1024)))
    refused(p, tmp_path, "超过上限", extra=("--max-size", "2"), process=True)


def test_xml_entity_bomb(tmp_path) -> None:
    lol = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
           + "".join(f'<!ENTITY lol{i} "{"&lol" + (str(i - 1) if i > 1 else "") + ";" * 1}' * 10 + '">' for i in range(1, 10))
           + ']><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">'
           '<c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>')
    good = clean(tmp_path / "good.xlsx", ("officers",))
    p = tmp_path / "lol.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet2.xml":
                data = lol.encode()
            dst.writestr(item, data)
    refused(p, tmp_path, "XML 实体", process=True)


def test_password_protected(tmp_path) -> None:
    p = tmp_path / "locked.xlsx"
    # an encrypted OOXML file is an OLE compound file holding these streams
    p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500 + "EncryptionInfo".encode("utf-16-le")
                  + b"\0" * 100 + "EncryptedPackage".encode("utf-16-le") + b"\0" * 1000)
    refused(p, tmp_path, "密码")


def test_xls_content_under_xlsx_name(tmp_path) -> None:
    p = tmp_path / "old.xlsx"
    p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 2000)
    refused(p, tmp_path, ".xls")


def test_empty_file_and_empty_workbook(tmp_path) -> None:
    from openpyxl import Workbook

    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    refused(empty, tmp_path, "空")
    blank = tmp_path / "blank.xlsx"
    Workbook().save(blank)
    refused(blank, tmp_path, "找不到可识别的报表")


def test_million_rows_refused_quickly(tmp_path) -> None:
    rng = random.Random(7)
    rows = "".join(f'<row r="{n}"><c r="A{n}"><v>{rng.randrange(10**9)}</v></c></row>' for n in range(1, 1_000_002))
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
             f"{rows}</sheetData></worksheet>")
    good = clean(tmp_path / "good.xlsx", ("officers",))
    p = tmp_path / "million.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item, sheet.encode() if item.filename == "xl/worksheets/sheet2.xml" else src.read(item.filename),
                         zipfile.ZIP_DEFLATED, compresslevel=1)  # fast to write; random values keep the ratio low
    start = time.monotonic()
    refused(p, tmp_path, "行", "上限", process=True)
    assert time.monotonic() - start < 60


def test_path_missing_or_a_folder(tmp_path) -> None:
    refused(tmp_path / "nowhere.xlsx", tmp_path, "文件不存在")
    folder = tmp_path / "dir.xlsx"
    folder.mkdir()  # a folder is a batch of files: this one holds none
    refused(folder, tmp_path, "没有可检查的文件")


def test_output_folder_not_writable(tmp_path) -> None:
    blocker = tmp_path / "plain-file"
    blocker.write_text("x")
    proc = run_check(SAMPLE, blocker / "sub")
    assert proc.returncode == 2 and "输出文件夹" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


def test_limits_are_configurable_in_python(tmp_path) -> None:
    p = clean(tmp_path / "t.xlsx", ("officers",))
    with pytest.raises(InputError, match="行的上限"):
        check(p, limits=Limits(max_rows=3))
    with pytest.raises(InputError, match="单元格超过"):
        check(p, limits=Limits(max_cells=10))


# --- values no department could mean: never a number, never a pass ---------------------------


def _issue_at(run, cell: str) -> list:
    return [i for i in run.data_issues if i.cell == cell]


@pytest.mark.parametrize("typed", ["6,0", "6 0", "59,9", "60,0", "1,23"])
def test_misplaced_digit_grouping_is_not_a_number(tmp_path, typed) -> None:
    from helpers import sheets, write_xlsx

    path = write_xlsx(tmp_path / "g.xlsx", sheets({"officers": [{"training_hours": 72}, {"training_hours": typed}]}))
    run = check(path)
    hours = next(r for r in run.results if r.indicator.id == "enforcement_training_hours")
    assert hours.verdict.value == "invalid" and hours.value == 72  # never 60, 599 or 123
    found = _issue_at(run, "D4")
    assert [i.code for i in found] == ["non-numeric-cell"] and typed in found[0].message


def test_grouping_in_thousands_is_a_number(tmp_path) -> None:
    from helpers import sheets, write_xlsx

    path = write_xlsx(tmp_path / "g.xlsx", sheets({"units": [{"unit": "甲局", "officers": "1,200", "legal_review_staff": 60}]}))
    run = check(path)
    ratio = next(r for r in run.results if r.indicator.id == "legal_review_staff_ratio")
    assert ratio.verdict.value == "pass"


def _error_cells(path: Path, cells: dict[str, str]) -> Path:
    """Write Excel error values (t="e") into cells of the first sheet named 执法人员培训."""
    import re

    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
        names = re.findall(r'<sheet [^>]*name="([^"]+)"', src.read("xl/workbook.xml").decode())
        for item in src.infolist():
            data = src.read(item.filename)
            m = re.match(r"xl/worksheets/sheet(\d+)\.xml", item.filename)
            if m and names[int(m.group(1)) - 1] == "执法人员培训":
                text = data.decode()
                for ref, err in cells.items():
                    text, n = re.subn(rf'<c r="{ref}"[^>]*>.*?</c>', f'<c r="{ref}" t="e"><v>{err}</v></c>', text)
                    assert n == 1
                data = text.encode()
            dst.writestr(item, data)
    tmp.replace(path)
    return path


def test_excel_error_values_are_named_not_called_blank(tmp_path) -> None:
    from helpers import sheets, write_xlsx

    path = write_xlsx(tmp_path / "e.xlsx", sheets({"officers": [{"training_hours": 72}, {"training_hours": 61},
                                                                {"training_hours": 65}]}))
    _error_cells(path, {"D4": "#DIV/0!", "D5": "#REF!"})
    run = check(path)
    for cell, err in (("D4", "#DIV/0!"), ("D5", "#REF!")):
        found = _issue_at(run, cell)
        assert [i.code for i in found] == ["error-value"], [i.message for i in found]
        assert err in found[0].message and "必填" not in found[0].message
    hours = next(r for r in run.results if r.indicator.id == "enforcement_training_hours")
    assert hours.verdict.value == "invalid"


@pytest.mark.parametrize("rate", ["150%", 150, "1e308%", 1e308])
def test_impossible_typed_rate_without_numerator_is_invalid(tmp_path, rate) -> None:
    from helpers import sheets, write_xlsx

    tables = {"figures": [{"item": "政务公开分值权重", "value": rate, "unit": "%"}]}
    run = check(write_xlsx(tmp_path / "r.xlsx", sheets(tables, indicator="gov_openness_weight")))
    weight = next(r for r in run.results if r.indicator.id == "gov_openness_weight")
    assert weight.verdict.value == "invalid", weight
    assert any(i.code in ("out-of-range", "non-numeric-cell") and i.cell == "C3" for i in run.data_issues)


def test_impossible_reported_court_rate_is_invalid(tmp_path) -> None:
    from helpers import sheets, write_xlsx

    tables = {"court_cases": [{"organ": "区政府", "reported_rate": "150%"}]}
    run = check(write_xlsx(tmp_path / "c.xlsx", sheets(tables)))
    rate = next(r for r in run.results if r.indicator.id == "court_appearance_rate")
    assert rate.verdict.value == "invalid"


@pytest.mark.parametrize("done_on", ["1899-12-31", "0001-01-01", "1900-02-28", "serial 60", "serial 1", "3023-01-01", "1950-06-01"])
def test_absurd_completion_date_never_meets_a_deadline(tmp_path, done_on) -> None:
    import datetime as dt

    from helpers import sheets, write_xlsx

    value: object = done_on
    if done_on.startswith("serial"):
        value = dt.date(1899, 12, 30) + dt.timedelta(days=int(done_on.split()[1]))  # what openpyxl writes as that serial
    tables = {"commitments": [{"done": "是", "done_on": value, "document": "文件"}]}
    path = write_xlsx(tmp_path / "d.xlsx", sheets(tables, indicator="enforcement_supervision_system"))
    run = check(path)
    r = next(r for r in run.results if r.indicator.id == "enforcement_supervision_system")
    assert r.verdict.value == "invalid", (r.verdict, r.detail if hasattr(r, "detail") else r)
    assert any(i.code == "invalid-date" and i.cell == "D3" for i in run.data_issues)


def test_formula_read_through_its_saved_value_is_warned(tmp_path) -> None:
    from layouts import fill_cached_values, standard_tables, write

    s = standard_tables(("officers",))
    s["执法人员培训"][2][3] = None
    path = write(tmp_path / "f.xlsx", s, formulas={"执法人员培训": {"D3": "=10"}})
    fill_cached_values(path, {"执法人员培训": {"D3": 60}})
    run = check(path)
    warned = [i for i in run.data_issues if i.code == "formula-cached-value"]
    assert len(warned) == 1 and warned[0].cell == "D3" and warned[0].severity == "warning"
    assert "D3" in warned[0].message


def test_format_characters_in_a_cell_are_removed_and_noted(tmp_path) -> None:
    from helpers import sheets, write_xlsx

    path = write_xlsx(tmp_path / "z.xlsx", sheets({"officers": [{"training_hours": "6\u200b0"}, {"training_hours": "1\u202e00"}]}))
    run = check(path)
    notes = [i for i in run.data_issues if i.code == "format-characters"]
    assert {i.cell for i in notes} == {"D3", "D4"}
    hours = next(r for r in run.results if r.indicator.id == "enforcement_training_hours")
    assert hours.value == 60 and hours.verdict.value == "pass"


def test_control_characters_in_cells_are_removed_at_read_time(tmp_path) -> None:
    from checker.read.spreadsheet import read_workbook

    csv_path = tmp_path / "roster.csv"
    csv_path.write_text("所属单位,姓名,执法证号,培训学时\n区司法局\x1b[31m,王一\x07,31010001,72\n区城管\x0c执法局,赵一,31020001,61\n",
                        encoding="utf-8")
    xlsx = clean(tmp_path / "x.xlsx", ("officers",))
    with zipfile.ZipFile(xlsx) as z:
        parts = {i.filename: z.read(i.filename) for i in z.infolist()}
    wang = "".join(f"&#{ord(ch)};" for ch in "王一").encode()
    parts = {k: v.replace(wang, wang + b"_x001B_[2J_x0007_") for k, v in parts.items()}
    assert any(b"_x001B_" in v for v in parts.values())
    with zipfile.ZipFile(xlsx, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    for path in (csv_path, xlsx):
        cells = [v for s in read_workbook(path) for row in s.rows for v in row if isinstance(v, str)]
        assert "王一" in cells or any(c.startswith("王一") for c in cells)
        assert not any(ch < " " and ch not in "\t\n\r" or ch == "\x7f" for c in cells for ch in c), path
    from checker.reporters.excel import write_scorecard

    for path in (csv_path, xlsx):  # a control character in a cell would make the scorecard unwritable
        write_scorecard(check(path, year=2023), tmp_path / f"{path.stem}_scorecard.xlsx")


def test_escape_sequences_in_a_report_never_reach_the_terminal(tmp_path) -> None:
    import report_fixtures as rf

    path = tmp_path / "r.txt"
    text = rf.TEXT.replace("全区行政机关负责人出庭应诉率为百分之百", "全区行政机关负责人\x1b[31m出庭应诉率为百分之百\x07")
    path.write_text(text.replace("测试区政府坚持", "测试区\x1b]0;pwned\x07政府坚持"), encoding="utf-8")
    proc = run_check(path, tmp_path / "out", "--no-charts")
    assert proc.returncode == 0, proc.stderr
    assert "\x1b" not in proc.stdout + proc.stderr and "pwned" not in proc.stdout


@pytest.mark.parametrize("encoding, bom", [("utf-16-le", b""), ("utf-16-be", b""), ("utf-16-le", b"\xff\xfe")])
def test_utf16_csv_is_text_not_binary(tmp_path, encoding, bom) -> None:
    from layouts import OFFICERS

    lines = ["所属单位\t姓名\t执法证号\t培训学时"] + [f"{u}\t{n}\t{c}\t{h:g}" for u, n, c, h in OFFICERS]
    path = tmp_path / "roster.csv"
    path.write_bytes(bom + ("\r\n".join(lines) + "\r\n").encode(encoding))
    run = check(path, year=2023, plan="shifan-2021-2025")  # a bare roster names no government
    hours = next(r for r in run.results if r.indicator.id == "enforcement_training_hours")
    assert hours.verdict.value == "fail" and hours.value == 59.5
