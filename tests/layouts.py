"""Workbooks laid out as departments send them, built from one set of figures.

Each builder writes the same figures as the clean standard workbook (`clean`) in one messy
layout; the tests check that both give the same verdicts.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path
from typing import Any, Callable

from helpers import SCHEMA, info_grid

GOV = "测试区人民政府"
YEAR = 2023

OFFICERS = [  # unit, name, certificate, hours
    ("区司法局", "王一", "31010001", 72), ("区司法局", "王二", "31010002", 59.5), ("区司法局", "王三", "31010003", 60),
    ("区城管执法局", "赵一", "31020001", 80), ("区城管执法局", "赵二", "31020002", 64), ("区城管执法局", "赵三", "31020003", 61),
]
UNITS = [("区司法局", 40, 2), ("区城管执法局", 60, 3), ("区生态环境局", 45, 2)]  # 45 -> 4.44 %: fails 5 %
COURT = [("区人民政府", 10, 10, 100), ("区司法局", 8, 7, 87.5)]
LECTURES = [(dt.date(2023, 3, 5), "民法典专题讲座"), (dt.date(2023, 11, 20), "行政复议法专题讲座")]

FULLWIDTH = str.maketrans("0123456789.", "０１２３４５６７８９．")


def _std(table: str) -> list[str]:
    return [c.header for c in SCHEMA.table(table).columns]


def standard_tables(tables: tuple[str, ...] = ("officers", "units", "court_cases", "lectures")) -> dict[str, list[list[Any]]]:
    """Sheet name -> grid, in the standard layout, for the given tables."""
    out: dict[str, list[list[Any]]] = {"基本信息": info_grid(GOV, YEAR)}
    if "officers" in tables:
        out["执法人员培训"] = [_std("officers")] + [[u, n, c, h, None] for u, n, c, h in OFFICERS]
    if "units" in tables:
        out["执法单位"] = [_std("units")] + [[u, o, r, None] for u, o, r in UNITS]
    if "court_cases" in tables:
        out["出庭应诉"] = [_std("court_cases")] + [[o, c, h, f"{r:g}%", None] for o, c, h, r in COURT]
    if "lectures" in tables:
        out["法治专题讲座"] = [_std("lectures")] + [[d, t, None, None, None] for d, t in LECTURES]
    return out


def write(path: Path, sheets: dict[str, list[list[Any]]], merges: dict[str, list[str]] | None = None,
          formulas: dict[str, dict[str, str]] | None = None) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    for name, grid in sheets.items():
        ws = wb.create_sheet(name)
        for i, row in enumerate(grid, start=1):
            for j, v in enumerate(row, start=1):
                if v is not None:
                    ws.cell(row=i, column=j, value=v)
        for rng in (merges or {}).get(name, []):
            ws.merge_cells(rng)
        for ref, f in (formulas or {}).get(name, {}).items():
            ws[ref] = f
    wb.save(path)
    return path


def clean(path: Path, tables: tuple[str, ...] = ("officers", "units", "court_cases", "lectures")) -> Path:
    return write(path, standard_tables(tables))


def fill_cached_values(path: Path, values: dict[str, dict[str, float]]) -> Path:
    """Give formula cells a saved result, as Excel does on save (openpyxl writes none)."""
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
        book = src.read("xl/workbook.xml").decode()
        names = re.findall(r'<sheet [^>]*name="([^"]+)"', book)
        for item in src.infolist():
            data = src.read(item.filename)
            m = re.match(r"xl/worksheets/sheet(\d+)\.xml", item.filename)
            if m:
                sheet = names[int(m.group(1)) - 1]
                text = data.decode()
                for ref, v in values.get(sheet, {}).items():
                    text = re.sub(rf'(<c r="{ref}"[^>]*>\s*<f>[^<]*</f>)\s*<v\s*/?>(</v>)?', rf"\g<1><v>{v:g}</v>", text)
                data = text.encode()
            dst.writestr(item, data)
    tmp.replace(path)
    return path


# --- the messy layouts ---------------------------------------------------------------------


def titles_and_filler(path: Path) -> Path:
    """No 基本信息 sheet: year and government from the titles; a title and 填报单位 line above each header."""
    s = standard_tables()
    del s["基本信息"]
    out = {}
    for name, grid in s.items():
        out[name] = [[f"{YEAR}年度{name}情况统计表"], ["填报单位（盖章）：测试区人民政府", None, "填报日期：2024年1月10日"], []] + grid
    return write(path, out)


def two_row_header(path: Path) -> Path:
    """`培训情况` merged over `学时数` and `其中：政治理论学时` (which must not be taken)."""
    s = standard_tables()
    s["执法人员培训"] = [["序号", "单位", "姓名", "执法证件号", "培训情况", None],
                         [None, None, None, None, "学时数", "其中：政治理论学时"]] + [
        [k + 1, u, n, c, h, 12] for k, (u, n, c, h) in enumerate(OFFICERS)]
    return write(path, s, merges={"执法人员培训": ["E1:F1", "A1:A2", "B1:B2", "C1:C2", "D1:D2"]})


def header_synonyms(path: Path) -> Path:
    s = standard_tables()
    s["执法人员培训"][0] = ["单位", "执法人员姓名", "执法证编号", "培训时长（学时）", "备注"]
    s["执法单位"][0] = ["部门名称", "执法人员总数", "法制审核人员", "备注"]
    s["出庭应诉"][0] = ["被告机关", "开庭案件数", "负责人出庭数", "出庭应诉率", "备注"]
    s["法治专题讲座"][0] = ["讲座时间", "讲座内容", "主讲", "参会人员", "佐证"]
    return write(path, s)


def shuffled_and_extra_columns(path: Path) -> Path:
    s = standard_tables()
    s["执法人员培训"] = [["序号", "业务知识和法律法规培训学时", "性别", "姓名", "职务", "执法证号", "所属单位"]] + [
        [k + 1, h, "男", n, "科员", c, u] for k, (u, n, c, h) in enumerate(OFFICERS)]
    s["执法单位"] = [["法制审核人员数", "编制数", "单位名称", "行政执法人员数"]] + [[r, o + 5, u, o] for u, o, r in UNITS]
    return write(path, s)


def free_sheet_names(path: Path) -> Path:
    s = standard_tables()
    return write(path, {("基本信息" if k == "基本信息" else f"Sheet{i}"): v for i, (k, v) in enumerate(s.items(), start=1)})


def several_tables_one_sheet(path: Path) -> Path:
    s = standard_tables()
    stacked: list[list[Any]] = []
    for name in ("执法人员培训", "执法单位", "出庭应诉", "法治专题讲座"):
        stacked += [[f"{name}情况"]] + s[name] + [[], []]
    return write(path, {"基本信息": s["基本信息"], "统计表": stacked})


def total_rows(path: Path) -> Path:
    """合计 and 小计 rows; one 合计 is wrong (a warning, never a figure)."""
    s = standard_tables()
    s["执法单位"] += [["合计", sum(u[1] for u in UNITS), sum(u[2] for u in UNITS), None]]
    court = s["出庭应诉"]
    s["出庭应诉"] = [court[0], court[1], ["小  计", 10, 10, None, None], court[2],
                     ["总计", 18, 99, None, None]]
    s["执法人员培训"] += [["全区合计", None, None, sum(o[3] for o in OFFICERS), None]]
    return write(path, s)


def notes_below(path: Path) -> Path:
    s = standard_tables()
    for name in ("执法人员培训", "执法单位", "出庭应诉", "法治专题讲座"):
        s[name] += [["注：学时不含政治理论教育和党性教育。"], ["填表人：李四", None, "联系电话：12345678"]]
    return write(path, s)


def fullwidth_digits(path: Path) -> Path:
    s = standard_tables()
    for name in ("执法人员培训", "执法单位", "出庭应诉"):
        s[name] = [s[name][0]] + [[str(v).translate(FULLWIDTH) if isinstance(v, (int, float)) else
                                   (v.translate(FULLWIDTH).replace("%", "％") if isinstance(v, str) and v.endswith("%") else v)
                                   for v in row] for row in s[name][1:]]
    return write(path, s)


def numbers_as_text(path: Path) -> Path:
    s = standard_tables()
    for name in ("执法人员培训", "执法单位", "出庭应诉"):
        s[name] = [s[name][0]] + [[f"{v:g}" if isinstance(v, (int, float)) else v for v in row] for row in s[name][1:]]
    return write(path, s)


def rate_as_fraction(path: Path) -> Path:
    s = standard_tables()
    s["出庭应诉"] = [s["出庭应诉"][0]] + [[o, c, h, r / 100, None] for o, c, h, r in COURT]
    return write(path, s)


def rate_as_number(path: Path) -> Path:
    s = standard_tables()
    s["出庭应诉"] = [s["出庭应诉"][0]] + [[o, c, h, r, None] for o, c, h, r in COURT]
    return write(path, s)


def dashes_and_none(path: Path) -> Path:
    """`无`, `—`, `/` in cells that mean none (remarks; a zero count)."""
    s = standard_tables()
    s["执法人员培训"] = [s["执法人员培训"][0]] + [row[:4] + ["无"] for row in s["执法人员培训"][1:]]
    s["出庭应诉"] = s["出庭应诉"] + [["区档案局", "—", "/", "—", "本年无开庭案件"]]
    s["法治专题讲座"] = [s["法治专题讲座"][0]] + [row[:2] + ["/", "—", "无"] for row in s["法治专题讲座"][1:]]
    return write(path, s)


def formulas_with_cached_values(path: Path) -> Path:
    s = standard_tables()
    grid = s["执法单位"]
    grid[0] = grid[0] + ["在编", "聘用"]
    for k, (u, o, r) in enumerate(UNITS, start=2):
        grid[k - 1] = [u, None, r, None, o - 10, 10]
    formulas = {"执法单位": {f"B{k}": f"=E{k}+F{k}" for k in range(2, len(UNITS) + 2)}}
    write(path, s, formulas=formulas)
    return fill_cached_values(path, {"执法单位": {f"B{k}": o for k, (u, o, r) in enumerate(UNITS, start=2)}})


def dates_as_text(path: Path) -> Path:
    s = standard_tables()
    s["法治专题讲座"] = [s["法治专题讲座"][0], ["2023年3月5日", LECTURES[0][1]], ["2023.11.20", LECTURES[1][1]]]
    return write(path, s)


def repeated_page_headers(path: Path) -> Path:
    """A ledger laid out for printing: the header repeated on every page."""
    s = standard_tables()
    head, rows = s["执法人员培训"][0], s["执法人员培训"][1:]
    s["执法人员培训"] = [head] + rows[:3] + [[], head] + rows[3:]
    return write(path, s)


def unit_row_under_header(path: Path) -> Path:
    s = standard_tables()
    s["执法单位"] = [["单位名称", "行政执法人员", "法制审核人员", "备注"], [None, "（人）", "（人）", None]] + s["执法单位"][1:]
    s["执法人员培训"] = [["所属单位", "姓名", "执法证号", "培训学时", "备注"], [None, None, None, "课时", None]] + s["执法人员培训"][1:]
    return write(path, s)


def csv_gb18030(path: Path) -> Path:
    """Only the roster, as a GB18030 CSV with a title row naming the year."""
    lines = [f"{YEAR}年度行政执法人员培训情况统计表", "所属单位,姓名,执法证号,培训学时"]
    lines += [f"{u},{n},{c},{h:g}" for u, n, c, h in OFFICERS]
    path = path.with_suffix(".csv")
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("gb18030"))
    return path


def csv_utf8_bom(path: Path) -> Path:
    lines = [f"{YEAR}年度行政执法人员培训情况统计表", "单位,姓名,执法证件号,学时数"]
    lines += [f"{u},{n},{c},{h:g}" for u, n, c, h in OFFICERS]
    path = path.with_suffix(".csv")
    path.write_bytes(("\n".join(lines) + "\n").encode("utf-8-sig"))
    return path


def ods(path: Path) -> Path:
    """An OpenDocument spreadsheet, written by hand (content.xml)."""
    s = standard_tables()

    def cell(v: Any) -> str:
        if isinstance(v, bool) or v is None:
            return "<table:table-cell/>"
        if isinstance(v, (int, float)):
            return f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>'
        if isinstance(v, dt.date):
            return (f'<table:table-cell office:value-type="date" office:date-value="{v.isoformat()}">'
                    f"<text:p>{v.isoformat()}</text:p></table:table-cell>")
        return f'<table:table-cell office:value-type="string"><text:p>{v}</text:p></table:table-cell>'

    tables = "".join(
        f'<table:table table:name="{name}">' + "".join(
            "<table:table-row>" + "".join(cell(v) for v in row) + "</table:table-row>" for row in grid)
        + "</table:table>" for name, grid in s.items())
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f"<office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body></office:document-content>")
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>")
    path = path.with_suffix(".ods")
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
    return path


def xls(path: Path) -> Path:
    """The legacy binary format many offices still save in."""
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    date_style = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    for name, grid in standard_tables().items():
        ws = wb.add_sheet(name)
        for i, row in enumerate(grid):
            for j, v in enumerate(row):
                if isinstance(v, dt.date):
                    ws.write(i, j, v, date_style)
                elif v is not None:
                    ws.write(i, j, v)
    path = path.with_suffix(".xls")
    wb.save(str(path))
    return path


def xlsm(path: Path) -> Path:
    """A macro-enabled workbook: the macro project is carried along and never run."""
    path = write(path.with_suffix(".xlsm"), standard_tables())
    with zipfile.ZipFile(path, "a") as z:
        z.writestr("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0 macro project: Sub Auto_Open() Kill \"C:\\*.*\" End Sub")
    return path


# --- headers as departments write them --------------------------------------------------------


def court_table_as_courts_write(path: Path) -> Path:
    """A court-case ledger: title, 填报单位 line, numbered rows, the organ column headed
    `应诉机关（单位）名称`, counts with units in brackets, appearances under 其中：."""
    s = standard_tables()
    s["出庭应诉"] = [[f"{YEAR}年度行政机关负责人出庭应诉情况统计表"], ["填报单位：测试区司法局"],
                     ["序号", "应诉机关（单位）名称", "开庭审理案件数（件）", "其中：行政机关负责人出庭应诉案件数（件）",
                      "出庭应诉率（%）", "备注"]] + [
        [k + 1, o, c, h, f"{r:g}%", None] for k, (o, c, h, r) in enumerate(COURT)]
    return write(path, s)


def staffing_table(path: Path) -> Path:
    """A staffing table: headers broken over two lines, units in brackets, 其中: before the subset."""
    s = standard_tables()
    s["执法单位"] = [["行政执法单位人员配备情况"],
                     ["序号", "单位", "执法人员数\n（名）", "其中:法制审核（名）", "备注"]] + [
        [k + 1, u, o, r, None] for k, (u, o, r) in enumerate(UNITS)]
    return write(path, s)


def numbered_headers(path: Path) -> Path:
    """Headers numbered as in printed forms: 1. / （二） / 三、."""
    s = standard_tables()
    s["执法单位"][0] = ["1.单位名称", "（二）行政执法人员数", "三、法制审核人员数", "4.备注"]
    s["出庭应诉"][0] = ["（一）行政机关", "（二）开庭审理案件数", "（三）负责人出庭案件数", "（四）出庭应诉率", "（五）备注"]
    return write(path, s)


def line_breaks_and_fullwidth(path: Path) -> Path:
    """Line breaks and full-width spaces inside headers, full-width brackets and colons."""
    s = standard_tables()
    s["执法人员培训"][0] = ["所属\n单位", "姓\u3000\u3000名", "执法\n证号", "业务知识和法律法规\n培训学时\n（学时）", "备　注"]
    s["执法单位"][0] = ["单位\n名称", "行政执法\r\n人员数（人）", "法制审核\n人员数（人）", "备注"]
    return write(path, s)


def qualified_headers(path: Path) -> Path:
    """Qualifiers departments add before the words: 被诉 / 实际."""
    s = standard_tables()
    s["出庭应诉"][0] = ["被诉行政机关", "实际开庭审理案件数", "实际出庭应诉案件数", "出庭应诉率", "备注"]
    return write(path, s)


def roster_in_other_words(path: Path) -> Path:
    """A roster whose hours column says 累计完成学时 in 课时, with a title and a 填报 line."""
    s = standard_tables()
    s["执法人员培训"] = [["行政执法人员培训台账"], ["单位名称", "执法人员姓名", "行政执法证件号", "累计完成学时（课时）", "备注"]] + [
        [u, n, c, h, None] for u, n, c, h in OFFICERS]
    return write(path, s)


def lectures_in_other_words(path: Path) -> Path:
    s = standard_tables()
    s["法治专题讲座"][0] = ["学习日期", "学习主题", "主讲人（授课人）", "参加对象", "佐证材料（文件名）"]
    return write(path, s)


def required_marks_and_colons(path: Path) -> Path:
    """`*` before required headers, a colon after some, as in forms generated by OA systems."""
    s = standard_tables()
    s["执法人员培训"][0] = ["*所属单位：", "*姓名", "*执法证号", "*业务知识和法律法规培训学时：", "备注"]
    s["执法单位"][0] = ["*单位名称", "*行政执法人员数：", "*法制审核人员数", "备注："]
    return write(path, s)


def headers_with_notes(path: Path) -> Path:
    """Notes in brackets after the words: what the column excludes or how it is counted."""
    s = standard_tables()
    s["执法人员培训"][0] = ["所属单位（全称）", "姓名", "执法证号（18位）", "业务知识和法律法规培训学时（不含政治理论学习）", "备注"]
    s["出庭应诉"][0] = ["行政机关（全称）", "开庭审理案件数（含二审）", "负责人出庭案件数（件）", "出庭应诉率（%）", "备注"]
    return write(path, s)


# builder -> tables the layout holds (the clean twin holds the same)
LAYOUTS: dict[str, tuple[Callable[[Path], Path], tuple[str, ...]]] = {
    "titles_and_filler": (titles_and_filler, ("officers", "units", "court_cases", "lectures")),
    "two_row_header": (two_row_header, ("officers", "units", "court_cases", "lectures")),
    "header_synonyms": (header_synonyms, ("officers", "units", "court_cases", "lectures")),
    "shuffled_and_extra_columns": (shuffled_and_extra_columns, ("officers", "units", "court_cases", "lectures")),
    "free_sheet_names": (free_sheet_names, ("officers", "units", "court_cases", "lectures")),
    "several_tables_one_sheet": (several_tables_one_sheet, ("officers", "units", "court_cases", "lectures")),
    "total_rows": (total_rows, ("officers", "units", "court_cases", "lectures")),
    "notes_below": (notes_below, ("officers", "units", "court_cases", "lectures")),
    "fullwidth_digits": (fullwidth_digits, ("officers", "units", "court_cases", "lectures")),
    "numbers_as_text": (numbers_as_text, ("officers", "units", "court_cases", "lectures")),
    "rate_as_fraction": (rate_as_fraction, ("officers", "units", "court_cases", "lectures")),
    "rate_as_number": (rate_as_number, ("officers", "units", "court_cases", "lectures")),
    "dashes_and_none": (dashes_and_none, ("officers", "units", "court_cases", "lectures")),
    "formulas_with_cached_values": (formulas_with_cached_values, ("officers", "units", "court_cases", "lectures")),
    "dates_as_text": (dates_as_text, ("officers", "units", "court_cases", "lectures")),
    "repeated_page_headers": (repeated_page_headers, ("officers", "units", "court_cases", "lectures")),
    "unit_row_under_header": (unit_row_under_header, ("officers", "units", "court_cases", "lectures")),
    "csv_gb18030": (csv_gb18030, ("officers",)),
    "csv_utf8_bom": (csv_utf8_bom, ("officers",)),
    "ods": (ods, ("officers", "units", "court_cases", "lectures")),
    "xls": (xls, ("officers", "units", "court_cases", "lectures")),
    "xlsm": (xlsm, ("officers", "units", "court_cases", "lectures")),
    "court_table_as_courts_write": (court_table_as_courts_write, ("officers", "units", "court_cases", "lectures")),
    "staffing_table": (staffing_table, ("officers", "units", "court_cases", "lectures")),
    "numbered_headers": (numbered_headers, ("officers", "units", "court_cases", "lectures")),
    "line_breaks_and_fullwidth": (line_breaks_and_fullwidth, ("officers", "units", "court_cases", "lectures")),
    "qualified_headers": (qualified_headers, ("officers", "units", "court_cases", "lectures")),
    "roster_in_other_words": (roster_in_other_words, ("officers", "units", "court_cases", "lectures")),
    "lectures_in_other_words": (lectures_in_other_words, ("officers", "units", "court_cases", "lectures")),
    "required_marks_and_colons": (required_marks_and_colons, ("officers", "units", "court_cases", "lectures")),
    "headers_with_notes": (headers_with_notes, ("officers", "units", "court_cases", "lectures")),
}
