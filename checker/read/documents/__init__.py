"""Narrative reports (txt, md, docx, pdf, html) as one text with located blocks.

read_document(path) -> Document. The text is what quotes are cut from: every quote the
extractor returns is a substring of `Document.text`, and every offset points into it.
Readers import their parser inside the function that needs it.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from pathlib import Path

from ...errors import InputError

SUFFIXES = {
    ".txt": "text", ".md": "text", ".text": "text",
    ".docx": "docx",
    ".pdf": "pdf",
    ".html": "html", ".htm": "html", ".xhtml": "html",
}
MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class Block:
    """One paragraph, line or table row of the source, as a span of Document.text."""

    start: int
    end: int
    location: str  # 第12行, 第3段, 表1第2行, 第2页第5行


@dataclass(frozen=True)
class Document:
    file: str  # file name shown in evidence
    path: str
    kind: str  # text | docx | pdf | html
    text: str
    blocks: tuple[Block, ...]
    encoding: str = ""
    _starts: tuple[int, ...] = field(default=(), repr=False, compare=False)

    def block_at(self, offset: int) -> Block:
        starts = self._starts or tuple(b.start for b in self.blocks)
        i = max(0, bisect.bisect_right(starts, offset) - 1)
        return self.blocks[i]

    def location(self, offset: int) -> str:
        return self.block_at(offset).location if self.blocks else ""


def build(file: str, path: str, kind: str, pieces: list[tuple[str, str]], encoding: str = "") -> Document:
    """Join (text, location) pieces with newlines into a Document."""
    parts, blocks, pos = [], [], 0
    for text, where in pieces:
        if pos:
            parts.append("\n")
            pos += 1
        parts.append(text)
        blocks.append(Block(pos, pos + len(text), where))
        pos += len(text)
    return Document(file, path, kind, "".join(parts), tuple(blocks), encoding,
                    tuple(b.start for b in blocks))


def is_report_file(path: str | Path) -> bool:
    return Path(path).suffix.lower() in SUFFIXES


def read_document(path: str | Path) -> Document:
    """Read a narrative report. Raises InputError with one Chinese line when it is unusable."""
    src = Path(path)
    kind = SUFFIXES.get(src.suffix.lower())
    if kind is None:
        allowed = "、".join(sorted(SUFFIXES))
        raise InputError(f"不支持的文件类型「{src.suffix or '无扩展名'}」：{src.name}（报告应为 {allowed}；报表应为 .xlsx）")
    if not src.is_file():
        raise InputError(f"找不到文件 {src}（请检查路径）")
    size = src.stat().st_size
    if size == 0:
        raise InputError(f"{src.name} 是空文件（0 字节），请确认导出或下载是否完整")
    if size > MAX_BYTES:
        raise InputError(f"{src.name} 超过 {MAX_BYTES // 1024 // 1024} MB，不像一份年度报告（请只提供报告正文）")
    if kind == "text":
        from .text import read_text
        doc = read_text(src)
    elif kind == "docx":
        from .docx import read_docx
        doc = read_docx(src)
    elif kind == "pdf":
        from .pdf import read_pdf
        doc = read_pdf(src)
    else:
        from .html import read_html
        doc = read_html(src)
    if not doc.text.strip():
        raise InputError(f"{src.name} 中没有任何文字，请确认文件内容")
    return doc
