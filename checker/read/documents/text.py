"""Plain text and Markdown: UTF-8 (with or without BOM), UTF-16 (with or without BOM), GB18030/GBK, detected."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from ...errors import InputError
from ..clean import clean_text
from . import LIMITS, Document, build, too_long

# Characters frequent in any Chinese government report; used to choose between decodings.
_COMMON = set("的法治政府建设行区市和在是了一年工作制度依管理执开展推进全部门审")


def _score(text: str) -> float:
    if not text:
        return 0.0
    hits = sum(1 for ch in text if ch in _COMMON)
    bad = text.count("\ufffd") + sum(1 for ch in text if ord(ch) < 32 and ch not in "\r\n\t")
    return (hits - 10 * bad) / len(text)


def decode(data: bytes, name: str) -> tuple[str, str]:
    """(text, encoding) of a text file's bytes; InputError when they are not text."""
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError:
                raise InputError(f"{name} 的编码标记为 {enc}，但内容无法按此解码（文件可能已损坏）") from None
    if b"\x00" in data[:4096]:
        wide = utf16_text(data)
        if wide is not None:
            return wide
        raise InputError(f"{name} 是二进制文件，不是文本（Word 文件请用 .docx 扩展名，PDF 请用 .pdf）")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    candidates: list[tuple[str, str]] = []
    wide = utf16_text(data)  # Chinese-only UTF-16 has no zero bytes
    if wide is not None:
        candidates.append(wide)
    try:
        candidates.append((data.decode("gb18030"), "gb18030"))
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is not None and best.encoding not in ("gb18030", "gbk", "gb2312"):
            candidates.append((str(best), best.encoding))
    except Exception:  # the detector is a second opinion; gb18030 stands on its own
        pass
    candidates = [(t, e) for t, e in candidates if _score(t) > 0.01]
    if not candidates:
        raise InputError(f"{name} 的文字编码无法识别（不是 UTF-8 或 GB18030/GBK）；请用记事本“另存为 UTF-8”后再试")
    return max(candidates, key=lambda c: _score(c[0]))


def utf16_text(data: bytes) -> tuple[str, str] | None:
    """UTF-16 without a byte-order mark (Windows "Unicode" text saved by some tools): decoded
    when one byte order gives text that reads as Chinese or ASCII, else None."""
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:8192]
    zeros_even, zeros_odd = sample[0::2].count(0), sample[1::2].count(0)
    best: tuple[float, str, str] | None = None
    for enc, zeros in (("utf-16-le", zeros_odd), ("utf-16-be", zeros_even)):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        head = text[:4096]
        if not head.strip():
            continue
        cjk = sum(1 for ch in head if "\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef")
        ascii_text = sum(1 for ch in head if " " <= ch <= "~" or ch in "\r\n\t")
        plausible = (cjk + ascii_text) / len(head)
        # ASCII in UTF-16 puts zero bytes in one column only; pure Chinese text has none
        if plausible > 0.9 and (zeros > 0 or cjk / len(head) > 0.3) and _score(head) > 0.01:
            score = _score(head) + plausible
            if best is None or score > best[0]:
                best = (score, text, enc)
    return (best[1], best[2]) if best else None


def read_text(path: Path) -> Document:
    text, encoding = decode(path.read_bytes(), path.name)
    if len(text) > LIMITS.max_chars:
        raise too_long(path.name, len(text))
    cleaned = clean_text(text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = cleaned.text.split("\n")
    return build(path.name, str(path), "text", with_tables(lines), encoding, cleaned.notes)


# Cells of a table typed as text: tabs, ideographic spaces, two or more spaces, pipes (｜ or |).
_CELL_GAP = re.compile(r"\t|\u3000+| {2,}|\s*[｜|]\s*")
_NUMBER_CELL = re.compile(r"[\d.,，%％]+")  # a header row names its columns (年份 such as 2024年 included)
_RULE_LINE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")


def _cells(line: str) -> list[str]:
    stripped = line.strip()
    if stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1:
        return [c.strip() for c in stripped[1:-1].split("|")]
    return [c for c in _CELL_GAP.split(stripped) if c.strip()] if stripped else []


def with_tables(lines: list[str]) -> list[tuple[str, str]]:
    """(text, location) of every line; a header line of three or more cells naming its columns,
    followed by two or more lines of three cells or more and no more than the header's (a row may
    leave its last cells, such as 备注, empty), is a table: its rows tab-separated and located as
    表N第R行（第L行） like a Word table's."""
    out: list[tuple[str, str]] = []
    table_no, i = 0, 0
    while i < len(lines):
        n = len(_cells(lines[i]))
        j = i + 1
        rows = [i]
        while n >= 3 and j < len(lines) and (3 <= len(_cells(lines[j])) <= n or _RULE_LINE.match(lines[j])):
            if not _RULE_LINE.match(lines[j]):
                rows.append(j)
            j += 1
        if n >= 3 and len(rows) >= 3 and not any(_NUMBER_CELL.fullmatch(c) for c in _cells(lines[i])):
            table_no += 1
            for r, k in enumerate(rows, start=1):
                out.append(("\t".join(_cells(lines[k])), f"表{table_no}第{r}行（第{k + 1}行）"))
            i = j
            continue
        out.append((lines[i], f"第{i + 1}行"))
        i += 1
    return out
