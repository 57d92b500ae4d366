"""Open a workbook safely and return its sheets as grids of raw cell values.

The archive is inspected before any reader touches it: python-calamine has no guard
against zip bombs, so declared sizes, compression ratios and entry counts are checked here.
"""

from __future__ import annotations

import os
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError

SPREADSHEET_SUFFIXES = {".xlsx", ".xlsm"}
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass(frozen=True)
class Limits:
    max_uncompressed_bytes: int = 512 * 1024 * 1024
    max_entry_ratio: int = 200  # uncompressed / compressed, per entry above 1 MB
    max_entries: int = 10_000
    max_cells: int = 20_000_000


@dataclass(frozen=True)
class Sheet:
    name: str
    rows: list[list[Any]]  # rows[i][j] is the cell at Excel row i+1, column j+1
    formula_blanks: frozenset[str] = frozenset()  # cells holding a formula with no saved value


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
        raise InputError(f"文件是空的：{path}（请重新导出或上传完整文件）")


def check_archive(path: Path, limits: Limits = Limits()) -> None:
    """Refuse anything that is not a sane .xlsx zip before a reader opens it."""
    with open(path, "rb") as fh:
        head = fh.read(8)
    if head == OLE_MAGIC:
        raise InputError(
            f"{path.name} 是加密（设有密码）的工作簿或旧版 .xls 文件，无法读取（请去除密码并另存为 .xlsx 后重试）"
        )
    if not zipfile.is_zipfile(path):
        raise InputError(f"{path.name} 不是有效的 Excel 工作簿（文件已损坏或并非 .xlsx，请重新导出为 .xlsx）")
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            if len(infos) > limits.max_entries:
                raise InputError(f"{path.name} 内含文件过多（{len(infos)} 个），疑似恶意文件，已拒绝读取")
            total = 0
            for info in infos:
                total += info.file_size
                ratio = info.file_size / max(info.compress_size, 1)
                if info.file_size > 1024 * 1024 and ratio > limits.max_entry_ratio:
                    raise InputError(
                        f"{path.name} 的压缩比异常（{info.filename} 解压后放大 {ratio:.0f} 倍），疑似压缩炸弹，已拒绝读取"
                    )
            if total > limits.max_uncompressed_bytes:
                raise InputError(
                    f"{path.name} 解压后达 {total / 2**20:.0f} MB，超过上限 "
                    f"{limits.max_uncompressed_bytes / 2**20:.0f} MB（请拆分文件后再检查）"
                )
            names = {i.filename for i in infos}
            if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
                raise InputError(f"{path.name} 是压缩包但不是 Excel 工作簿（请上传 .xlsx 文件）")
            bad = zf.testzip()
            if bad is not None:
                raise InputError(f"{path.name} 已损坏（{bad} 校验失败，请重新导出文件）")
    except zipfile.BadZipFile as exc:
        raise InputError(f"{path.name} 已损坏，无法解压（{exc}；请重新导出文件）") from None


def read_workbook(path: Path, limits: Limits = Limits()) -> list[Sheet]:
    """All sheets of a workbook as raw grids (formulas give their cached values)."""
    check_file(path)
    if path.suffix.lower() not in SPREADSHEET_SUFFIXES:
        raise InputError(
            f"不支持的文件类型 {path.suffix or '（无扩展名）'}：{path.name}（请提供 .xlsx 工作簿，"
            "或用 `checker template -o 模板.xlsx` 生成标准报表）"
        )
    check_archive(path, limits)
    from python_calamine import CalamineWorkbook

    try:
        wb = CalamineWorkbook.from_path(str(path))
        sheets = []
        cells = 0
        for name in wb.sheet_names:
            sheet = wb.get_sheet_by_name(name)
            cells += sheet.total_height * sheet.total_width
            if cells > limits.max_cells:
                raise InputError(f"{path.name} 的单元格超过 {limits.max_cells:,} 个上限（请拆分文件后再检查）")
            sheets.append(Sheet(name, sheet.to_python(skip_empty_area=False)))
    except InputError:
        raise
    except Exception as exc:  # calamine raises its own error types for damaged content
        raise InputError(f"{path.name} 无法读取：{str(exc).splitlines()[0][:120]}（请用 Excel 打开另存为 .xlsx 后重试）") from None
    return sheets
