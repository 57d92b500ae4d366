"""Open a workbook safely and return its sheets as grids of raw cell values.

The archive is inspected before any reader touches it: python-calamine has no guard
against zip bombs, so declared sizes, compression ratios and entry counts are checked here.
"""

from __future__ import annotations

import os
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from ..errors import InputError, os_reason
from .clean import clean_cell

ZIP_SUFFIXES = {".xlsx", ".xlsm", ".ods"}
SPREADSHEET_SUFFIXES = ZIP_SUFFIXES | {".xls", ".csv"}
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass(frozen=True)
class Limits:
    max_uncompressed_bytes: int = 512 * 1024 * 1024
    max_entry_ratio: int = 200  # uncompressed / compressed, per entry above 1 MB
    max_entries: int = 10_000
    max_cells: int = 20_000_000
    max_rows: int = 500_000  # per sheet
    max_xml_bytes: int | None = None  # per .xml entry, uncompressed (documents: their text lives in one)


@dataclass(frozen=True)
class Sheet:
    name: str
    rows: list[list[Any]]  # rows[i][j] is the cell at Excel row i+1, column j+1
    formula_blanks: frozenset[str] = frozenset()  # cells holding a formula with no saved value
    formulas: frozenset[str] = frozenset()  # cells holding a formula whose saved value is read


@dataclass(frozen=True)
class CellNotes:
    """What the cell values alone do not say, for one sheet of an .xlsx."""

    formula_blanks: frozenset[str] = frozenset()
    formulas: frozenset[str] = frozenset()
    errors: dict[str, str] | None = None  # cell -> error value (#DIV/0!), which readers give as blank


def column_letter(index: int) -> str:
    """0-based column index -> Excel letters (0 -> A, 27 -> AB)."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def check_file(path: Path) -> None:
    """One clear InputError if `path` is not a readable file."""
    if not path.exists():
        raise InputError(f"文件不存在：{path}（请检查路径和文件名）")
    if path.is_dir():
        raise InputError(f"{path} 是文件夹，不是文件（请指定要检查的报表文件）")
    if not os.access(path, os.R_OK):
        raise InputError(f"没有读取权限：{path}（请检查文件权限）")
    if path.stat().st_size == 0:
        raise InputError(f"{path} 是空文件（0 字节）：请确认导出或下载是否完整，重新导出后再检查")


def check_archive(path: Path, limits: Limits = Limits()) -> None:
    """Refuse anything that is not a sane .xlsx zip before a reader opens it."""
    with open(path, "rb") as fh:
        head = fh.read(8)
    if head == OLE_MAGIC:
        _refuse_encrypted(path)
        raise InputError(f"{path.name} 实际是旧版 .xls 格式，与扩展名不符（请将扩展名改为 .xls，或另存为 .xlsx 后重试）")
    if not zipfile.is_zipfile(path):
        raise InputError(f"{path.name} 不是有效的 Excel 工作簿（文件已损坏或并非 .xlsx，请重新导出为 .xlsx）")

    def is_workbook(names: set[str]) -> bool:
        is_xlsx = "[Content_Types].xml" in names and any(n.startswith("xl/") for n in names)
        return is_xlsx or ("content.xml" in names and "mimetype" in names)

    check_zip(path, limits, is_workbook, "是压缩包但不是 Excel 或 ODS 工作簿（请上传 .xlsx 文件）", "工作簿")


def check_zip(path: Path, limits: Limits, is_expected: Callable[[set[str]], bool], not_expected: str,
              what: str) -> None:
    """The guard for every zip-based input: entry count, declared sizes, compression ratios,
    the expected members, CRCs and XML entity declarations, all before a parser opens it.

    Declared sizes bound the work: Python's zip reader stops at an entry's declared size,
    and readers here open entries only through it.
    """
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            if len(infos) > limits.max_entries:
                raise InputError(f"{path.name} 内含文件过多（{len(infos)} 个），疑似恶意文件，已拒绝读取")
            total = 0
            for info in infos:
                total += info.file_size
                if limits.max_xml_bytes and info.filename.endswith(".xml") and info.file_size > limits.max_xml_bytes:
                    raise InputError(f"{path.name} 中有一个部件解压后达 {info.file_size / 2**20:.0f} MB，超过 "
                                     f"{limits.max_xml_bytes / 2**20:.0f} MB 的上限，不像一份年度报告（请只提供报告正文）")
                ratio = info.file_size / max(info.compress_size, 1)
                if info.file_size > 1024 * 1024 and ratio > limits.max_entry_ratio:
                    raise InputError(
                        f"{path.name} 的压缩比异常（其中一个部件解压后放大 {ratio:.0f} 倍），疑似压缩炸弹，已拒绝读取"
                    )
            if total > limits.max_uncompressed_bytes:
                raise InputError(
                    f"{path.name} 解压后达 {total / 2**20:.0f} MB，超过上限 "
                    f"{limits.max_uncompressed_bytes / 2**20:.0f} MB（请拆分文件后再检查）"
                )
            if not is_expected({i.filename for i in infos}):
                raise InputError(f"{path.name} {not_expected}")
            bad = zf.testzip()
            if bad is not None:
                raise InputError(f"{path.name} 已损坏（压缩包中的数据校验失败，请重新导出文件）")
            for info in infos:
                if info.filename.endswith((".xml", ".rels")):
                    with zf.open(info) as fh:
                        head = fh.read(4096)
                    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                        raise InputError(f"{path.name} 含有 XML 实体声明（{what}不会有，疑似 XML 实体炸弹），已拒绝读取")
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError, OSError, RuntimeError) as exc:
        raise InputError(f"{path.name} 已损坏，无法解压（{_zip_reason(exc)}；请重新导出文件）") from None


def _zip_reason(exc: BaseException) -> str:
    """Why an archive cannot be unpacked, in words (zipfile's and zlib's messages are English)."""
    if isinstance(exc, (zipfile.BadZipFile, ValueError)):
        return "压缩包结构不完整"
    if isinstance(exc, zlib.error):
        return "压缩的数据已损坏"
    if isinstance(exc, EOFError):
        return "文件被截断"
    if isinstance(exc, NotImplementedError):
        return "使用了不支持的压缩方式"
    if isinstance(exc, RuntimeError) and "encrypt" in str(exc).lower():
        return "压缩包设有密码"
    if isinstance(exc, OSError):
        return os_reason(exc)
    return "无法解压"


_CELL = re.compile(rb'<c r="([A-Z]+[0-9]+)"([^>]*?)(?:/>|>(.*?)</c>)', re.S)
_VALUE = re.compile(rb"<v(?:\s[^>]*)?>([^<]*)</v>")


def cell_notes(path: Path) -> dict[str, CellNotes]:
    """Formula cells (with and without a saved result) and error cells of an .xlsx, by sheet.

    Readers give a formula without a saved result and an error value (#DIV/0!) alike as a
    blank cell, and a formula's saved result as if it were typed: the examiner must be told
    which it was.
    """
    import html

    out: dict[str, CellNotes] = {}
    with zipfile.ZipFile(path) as zf:
        names = set(zf.namelist())
        if "xl/workbook.xml" not in names:
            return out
        targets = {}
        if "xl/_rels/workbook.xml.rels" in names:
            rels = zf.read("xl/_rels/workbook.xml.rels").decode("utf-8", "replace")
            for m in re.finditer(r'<Relationship\b[^>]*>', rels):
                rid = re.search(r'Id="([^"]+)"', m.group(0))
                target = re.search(r'Target="([^"]+)"', m.group(0))
                if rid and target:
                    targets[rid.group(1)] = "xl/" + target.group(1).lstrip("/").removeprefix("xl/")
        book = zf.read("xl/workbook.xml").decode("utf-8", "replace")
        for m in re.finditer(r"<(?:\w+:)?sheet\b[^>]*>", book):
            name = re.search(r'name="([^"]*)"', m.group(0))
            rid = re.search(r'r:id="([^"]+)"', m.group(0)) or re.search(r'\bid="([^"]+)"', m.group(0))
            member = targets.get(rid.group(1)) if rid else None
            if not name or member not in names:
                continue
            data = zf.read(member)
            if b"<f" not in data and b't="e"' not in data:
                continue
            blanks, formulas, errors = set(), set(), {}
            for c in _CELL.finditer(data):
                attrs, body = c.group(2), c.group(3) or b""
                ref = c.group(1).decode()
                value = _VALUE.search(body)
                if b't="e"' in attrs:
                    errors[ref] = html.unescape(value.group(1).decode("utf-8", "replace")) if value else "#N/A"
                elif b"<f" in body:
                    if value and value.group(1).strip() or b"<is>" in body:
                        formulas.add(ref)
                    else:
                        blanks.add(ref)
            if blanks or formulas or errors:
                out[html.unescape(name.group(1))] = CellNotes(frozenset(blanks), frozenset(formulas), errors or None)
    return out


def read_csv(path: Path, limits: Limits = Limits()) -> list[Sheet]:
    """A CSV file as one sheet: UTF-8 (with or without BOM), UTF-16 (with or without BOM) or
    GB18030, detected, not assumed."""
    import csv
    import io

    from .documents.text import utf16_text

    raw = path.read_bytes()
    text = ""
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):  # Excel's "Unicode text": UTF-16 with a BOM
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(f"{path.name} 的编码标记为 UTF-16，但内容无法按此解码（文件可能已损坏）") from None
    elif b"\x00" in raw[:4096]:
        wide = utf16_text(raw)  # UTF-16 without a BOM
        if wide is not None:
            text = wide[0]
    if not text:
        for encoding in ("utf-8-sig", "gb18030"):
            try:
                text = raw.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        else:  # pragma: no cover - gb18030 decodes nearly every byte string
            raise InputError(f"{path.name} 的文字编码无法识别（请另存为 UTF-8 或 GB18030 编码的 CSV）")
    if "\x00" in text:
        raise InputError(f"{path.name} 不是文本格式的 CSV 文件（含有二进制内容；请从 Excel 另存为 CSV 或直接提交 .xlsx）")
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",\t;，")
    except csv.Error:
        dialect = csv.excel
    rows: list[list[Any]] = []
    try:
        for row in csv.reader(io.StringIO(text, newline=""), dialect):
            rows.append([clean_cell(v) for v in row])
            if len(rows) > limits.max_rows:
                raise InputError(f"{path.name} 超过 {limits.max_rows:,} 行的上限（请拆分文件后再检查，或用 --max-rows 调整上限）")
    except csv.Error as exc:
        reason = "单元格内容过长" if "larger than field limit" in str(exc) else "引号或分隔符不成对"
        raise InputError(f"{path.name} 不是可读的 CSV 文件（第{len(rows) + 1}行{reason}；请从 Excel 另存为 CSV 或直接提交 .xlsx）") from None
    return [Sheet(path.stem, rows)]


def check_suffix(path: Path) -> None:
    if path.suffix.lower() not in SPREADSHEET_SUFFIXES:
        raise InputError(
            f"不支持的文件类型 {path.suffix or '（无扩展名）'}：{path.name}（请提供 .xlsx、.xlsm、.xls、.ods 或 .csv 报表，"
            "或用 `checker template -o 模板.xlsx` 生成标准报表）"
        )


def read_workbook(path: Path, limits: Limits = Limits()) -> list[Sheet]:
    """All sheets of a workbook as raw grids (formulas give their cached values)."""
    check_file(path)
    check_suffix(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return read_csv(path, limits)
    if suffix == ".xls":
        _check_xls(path)
    else:
        check_archive(path, limits)
    notes = cell_notes(path) if suffix in (".xlsx", ".xlsm") else {}
    from python_calamine import CalamineWorkbook

    try:
        wb = CalamineWorkbook.from_path(str(path))
        sheets = []
        cells = 0
        for name in wb.sheet_names:
            sheet = wb.get_sheet_by_name(name)
            if sheet.total_height > limits.max_rows:
                raise InputError(f"{path.name} 的工作表「{name}」有 {sheet.total_height:,} 行，超过 {limits.max_rows:,} 行的上限"
                                 "（请拆分文件后再检查，或用 --max-rows 调整上限）")
            cells += sheet.total_height * sheet.total_width
            if cells > limits.max_cells:
                raise InputError(f"{path.name} 的单元格超过 {limits.max_cells:,} 个上限（请拆分文件后再检查）")
            note = notes.get(name, CellNotes())
            sheets.append(Sheet(clean_cell(name), _cleaned(sheet.to_python(skip_empty_area=False), note.errors),
                                note.formula_blanks, note.formulas))
    except InputError:
        raise
    except OSError as exc:
        raise InputError(f"无法读取 {path.name}（{os_reason(exc)}）") from None
    except Exception as exc:  # calamine raises its own error types (English text) for damaged content
        text = str(exc).lower()
        if "password" in text or "encrypt" in text:
            raise InputError(f"{path.name} 设有密码，无法读取（请去除密码后另存为 .xlsx 再检查）") from None
        raise InputError(f"{path.name} 的内容已损坏或格式不受支持，无法读取（请用 Excel 打开另存为 .xlsx 后重试）") from None
    return sheets


def _cleaned(rows: list[list[Any]], errors: dict[str, str] | None) -> list[list[Any]]:
    """Cell text without control characters; error cells given their error value back."""
    for row in rows:
        for j, v in enumerate(row):
            if v.__class__ is str and v and not v.isprintable():
                row[j] = clean_cell(v)
    for ref, value in (errors or {}).items():
        m = re.fullmatch(r"([A-Z]+)([0-9]+)", ref)
        if not m:
            continue
        col = 0
        for ch in m.group(1):
            col = col * 26 + ord(ch) - 64
        i, j = int(m.group(2)) - 1, col - 1
        if i < len(rows) and j < len(rows[i]) and rows[i][j] in ("", None):
            rows[i][j] = value if value.startswith("#") else "#N/A"
    return rows


def _check_xls(path: Path) -> None:
    """An .xls must be an OLE compound file; an encrypted .xlsx is one too, and is refused."""
    with open(path, "rb") as fh:
        head = fh.read(8)
    if head != OLE_MAGIC:
        raise InputError(f"{path.name} 不是有效的 .xls 工作簿（文件已损坏或扩展名不对，请重新导出）")
    _refuse_encrypted(path)


_ENCRYPTED_STREAMS = ("EncryptionInfo".encode("utf-16-le"), "EncryptedPackage".encode("utf-16-le"))


def _refuse_encrypted(path: Path) -> None:
    """An OLE file whose directory names the encryption streams is a password-protected workbook."""
    with open(path, "rb") as fh:
        data = fh.read(1 << 20)  # the directory sits near the start; never read a large file whole
    if any(name in data for name in _ENCRYPTED_STREAMS):
        raise InputError(f"{path.name} 是设有密码的工作簿，无法读取（请去除密码后另存为 .xlsx 再检查）")
