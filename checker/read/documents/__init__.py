"""Narrative reports (txt, md, docx, pdf, html) as one text with located blocks.

read_document(path) -> Document. The text is what quotes are cut from: every quote the
extractor returns is a substring of `Document.text`, and every offset points into it.
Readers import their parser inside the function that needs it.

Every reader is bounded (see DocumentLimits): a document longer than any report is refused
with one line; a line longer than MAX_LINE is cut into blocks at sentence or clause ends, so
no sentence the extractor scans is unbounded. Format and control characters are removed
here (read.clean) and the removal is noted in `Document.notes`.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from pathlib import Path

from ...errors import InputError, os_reason
from ..clean import Cleaned, clean_text

SUFFIXES = {
    ".txt": "text", ".md": "text", ".text": "text",
    ".docx": "docx",
    ".pdf": "pdf",
    ".html": "html", ".htm": "html", ".xhtml": "html",
}
MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class DocumentLimits:
    """The largest report in the corpus has 36 000 characters and lines up to 1 900; these
    limits leave a wide margin and keep reading and extraction bounded."""

    max_chars: int = 500_000
    max_blocks: int = 200_000  # paragraphs, lines and table rows
    max_line: int = 5_000  # characters in one block; longer lines are cut
    max_depth: int = 256  # HTML element nesting


LIMITS = DocumentLimits()
_CUT_AT = ("。！？；;!?", "，,、：:", " \t")  # sentence ends first, then clause ends, then spaces


def too_long(name: str, chars: int, limits: DocumentLimits = LIMITS) -> InputError:
    return InputError(f"{name} 有 {chars:,} 个字符，超过 {limits.max_chars:,} 字符的上限，不像一份年度报告"
                      "（请只提供报告正文，或拆分后分别检查）")


def too_many_blocks(name: str, limits: DocumentLimits = LIMITS) -> InputError:
    return InputError(f"{name} 的段落或行数超过 {limits.max_blocks:,} 的上限，不像一份年度报告（请只提供报告正文）")


def cut_line(text: str, max_line: int = LIMITS.max_line) -> list[str]:
    """A long line as pieces of at most `max_line` characters, cut after a sentence end, else
    a clause end, else a space, else between two characters that are not both digits (a
    number is never split)."""
    out = []
    while len(text) > max_line:
        window = text[:max_line]
        cut = -1
        for marks in _CUT_AT:
            cut = max(window.rfind(m) for m in marks)
            if cut >= max_line // 2:
                break
        if cut < max_line // 2:
            cut = max_line - 1
            while cut > 0 and text[cut].isdigit() and text[cut + 1:cut + 2].isdigit():
                cut -= 1
            if cut == 0:
                cut = max_line - 1
        out.append(text[:cut + 1])
        text = text[cut + 1:]
    out.append(text)
    return out


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
    notes: tuple[str, ...] = ()  # what reading changed: characters removed, long lines cut

    def block_at(self, offset: int) -> Block:
        starts = self._starts or tuple(b.start for b in self.blocks)
        i = max(0, bisect.bisect_right(starts, offset) - 1)
        return self.blocks[i]

    def location(self, offset: int) -> str:
        return self.block_at(offset).location if self.blocks else ""


def build(file: str, path: str, kind: str, pieces: list[tuple[str, str]], encoding: str = "",
          notes: tuple[str, ...] = (), limits: DocumentLimits = LIMITS) -> Document:
    """Join (text, location) pieces with newlines into a Document, cleaned and bounded."""
    if len(pieces) > limits.max_blocks:
        raise too_many_blocks(file, limits)
    parts, blocks, pos, chars = [], [], 0, 0
    removed_format = removed_controls = cut = 0
    for text, where in pieces:
        if not text.isprintable():
            c = clean_text(text)
            text, removed_format, removed_controls = c.text, removed_format + c.format_chars, removed_controls + c.controls
        chars += len(text)
        if chars > limits.max_chars:
            raise too_long(file, sum(len(t) for t, _ in pieces), limits)
        chunks = cut_line(text, limits.max_line) if len(text) > limits.max_line else (text,)
        cut += len(chunks) - 1
        for k, chunk in enumerate(chunks):
            if pos:
                parts.append("\n")
                pos += 1
            parts.append(chunk)
            blocks.append(Block(pos, pos + len(chunk), where if len(chunks) == 1 else f"{where}（第{k + 1}部分）"))
            pos += len(chunk)
        if len(blocks) > limits.max_blocks:
            raise too_many_blocks(file, limits)
    notes = tuple(notes) + Cleaned("", removed_format, removed_controls).notes
    if cut:
        notes += (f"有超过 {limits.max_line:,} 字符的长行，已在句末或分句处断开 {cut} 处后读取（引文位置标为“第N部分”）",)
    return Document(file, path, kind, "".join(parts), tuple(blocks), encoding,
                    tuple(b.start for b in blocks), notes)


def is_report_file(path: str | Path) -> bool:
    return Path(path).suffix.lower() in SUFFIXES


def _read(kind: str, src: Path) -> Document:
    if kind == "text":
        from .text import read_text
        return read_text(src)
    if kind == "docx":
        from .docx import read_docx
        return read_docx(src)
    if kind == "pdf":
        from .pdf import read_pdf
        return read_pdf(src)
    from .html import read_html
    return read_html(src)


def read_document(path: str | Path) -> Document:
    """Read a narrative report. Raises InputError with one Chinese line when it is unusable."""
    src = Path(path)
    kind = SUFFIXES.get(src.suffix.lower())
    if src.is_dir():
        raise InputError(f"{src} 是文件夹，不是文件（请指定一份文字报告）")
    if kind is None:
        allowed = "、".join(sorted(SUFFIXES))
        raise InputError(f"不支持的文件类型「{src.suffix or '无扩展名'}」：{src.name}（文字报告应为 {allowed}；.xlsx 等报表请用 check 检查）")
    from ..spreadsheet import check_file

    check_file(src)
    size = src.stat().st_size
    if size > MAX_BYTES:
        raise InputError(f"{src.name} 超过 {MAX_BYTES // 1024 // 1024} MB，不像一份年度报告（请只提供报告正文）")
    try:
        doc = _read(kind, src)
    except OSError as exc:  # unreadable (permissions, a disk error): the system's text is English
        raise InputError(f"无法读取 {src.name}（{os_reason(exc)}；请检查文件权限或复制到本机后再试）") from None
    if not doc.text.strip():
        raise InputError(f"{src.name} 中没有任何文字，请确认文件内容")
    return doc
