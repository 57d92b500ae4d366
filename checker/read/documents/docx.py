"""Word .docx: body paragraphs and table rows, in document order."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from ...errors import InputError
from ..spreadsheet import OLE_MAGIC, Limits, check_zip
from . import LIMITS, Document, build, too_long, too_many_blocks

# A report's document.xml is a few MB at most; images may add tens. Anything larger is not a report.
DOCX_LIMITS = Limits(max_uncompressed_bytes=200 * 1024 * 1024, max_entry_ratio=100, max_entries=2_000,
                     max_xml_bytes=32 * 1024 * 1024)


def read_docx(path: Path) -> Document:
    with open(path, "rb") as fh:
        if fh.read(8) == OLE_MAGIC:
            raise InputError(f"{path.name} 是旧版 .doc 格式或设有密码的 Word 文件（请在 Word 中去除密码并另存为 .docx）")
    if not zipfile.is_zipfile(path):
        raise InputError(f"{path.name} 不是有效的 .docx 文件（旧版 .doc 请在 Word 中另存为 .docx）")
    check_zip(path, DOCX_LIMITS, lambda names: "word/document.xml" in names,
              "是压缩包但不是 Word 文档（缺少 word/document.xml；请在 Word 中另存为 .docx）", "Word 文档")
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        d = docx.Document(str(path))
    except OSError:
        raise
    except Exception:  # python-docx and lxml raise many kinds (English) on damaged parts
        raise InputError(f"{path.name} 无法作为 Word 文件打开（文件内容已损坏）；请在 Word 中另存为 .docx 后再试") from None
    if d.element.body is None:
        raise InputError(f"{path.name} 没有正文（文件内容已损坏）；请在 Word 中另存为 .docx 后再试")
    try:
        return build(path.name, str(path), "docx", _pieces(path, d, Paragraph, Table))
    except InputError:
        raise
    except Exception:  # a damaged paragraph or table (python-docx's own error types, English)
        raise InputError(f"{path.name} 的正文结构已损坏，无法读取；请在 Word 中另存为 .docx 后再试") from None


def _pieces(path: Path, d: Any, Paragraph: Any, Table: Any) -> list[tuple[str, str]]:
    """(text, location) of every non-empty paragraph and table row, in document order."""
    pieces: list[tuple[str, str]] = []
    para_no = table_no = chars = 0
    for child in d.element.body.iterchildren():
        if len(pieces) > LIMITS.max_blocks:
            raise too_many_blocks(path.name)
        if chars > LIMITS.max_chars:
            raise too_long(path.name, chars)
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            para_no += 1
            text = Paragraph(child, d).text
            if text.strip():
                pieces.append((text, f"第{para_no}段"))
                chars += len(text)
        elif tag == "tbl":
            table_no += 1
            for r, row in enumerate(Table(child, d).rows, start=1):
                cells: list[str] = []
                for cell in row.cells:  # merged cells repeat; keep each text once per row
                    t = cell.text.replace("\n", " ").strip()
                    if t and (not cells or cells[-1] != t):
                        cells.append(t)
                if cells:
                    pieces.append(("\t".join(cells), f"表{table_no}第{r}行"))
                    chars += len(pieces[-1][0])
    return pieces
