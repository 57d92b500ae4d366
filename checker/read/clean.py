"""Characters from file content that must never reach a parser or a terminal.

Format characters (Unicode category Cf: zero-width spaces and joiners, bidi controls, the
soft hyphen, a stray BOM) are invisible: inside a number they split it (`6\u200b0` would
read as 0), in a name they reorder what the terminal shows. Control characters and escape
sequences (ESC [ … m, BEL, form feeds from PDF text, vertical tabs from Word) would drive
the terminal or break the files written later. Readers remove both and say how many went.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Every character of category Cf in Unicode 15 (tests/test_numerals.py checks the list
# against the running Python's unicodedata).
_FORMAT_RANGES = (
    (0x00AD, 0x00AD), (0x0600, 0x0605), (0x061C, 0x061C), (0x06DD, 0x06DD), (0x070F, 0x070F),
    (0x0890, 0x0891), (0x08E2, 0x08E2), (0x180E, 0x180E), (0x200B, 0x200F), (0x202A, 0x202E),
    (0x2060, 0x2064), (0x2066, 0x206F), (0xFEFF, 0xFEFF), (0xFFF9, 0xFFFB), (0x110BD, 0x110BD),
    (0x110CD, 0x110CD), (0x13430, 0x1343F), (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A),
    (0xE0001, 0xE0001), (0xE0020, 0xE007F),
)
FORMAT = re.compile("[" + "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in _FORMAT_RANGES) + "]")
# CSI (ESC [ … final), OSC (ESC ] … BEL or ESC \), other two-character escapes
ESCAPE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]?|\x9b[0-?]*[ -/]*[@-~]")
# C0 controls except tab, line feed and carriage return; DEL; C1 controls
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
LINE_BREAKS = re.compile(r"[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")  # breaks that are not \n


@dataclass(frozen=True)
class Cleaned:
    text: str
    format_chars: int = 0  # invisible format characters removed
    controls: int = 0  # control characters and escape sequences removed

    @property
    def notes(self) -> tuple[str, ...]:
        out = []
        if self.format_chars:
            out.append(f"已删除 {self.format_chars} 个不可见格式字符（零宽字符、双向文字控制符等），数字按删除后的文字读取")
        if self.controls:
            out.append(f"已删除 {self.controls} 个控制字符或终端转义序列")
        return tuple(out)


def strip_format(text: str) -> tuple[str, int]:
    """`text` without format characters, and how many were removed."""
    if text.isprintable() or not FORMAT.search(text):
        return text, 0
    cleaned = FORMAT.sub("", text)
    return cleaned, len(text) - len(cleaned)


def clean_text(text: str, *, keep_breaks: bool = True) -> Cleaned:
    """Remove format characters, escape sequences and control characters.

    With `keep_breaks`, form feeds, vertical tabs and Unicode line separators become `\n`
    (a page or line break in the source); otherwise they are removed like other controls.
    """
    if text.isprintable():
        return Cleaned(text)
    text, fmt = strip_format(text)
    controls = 0
    if "\x1b" in text or "\x9b" in text:
        text, k = ESCAPE.subn("", text)
        controls += k
    if keep_breaks:
        text, k = LINE_BREAKS.subn("\n", text)
        controls += k
    stripped = CONTROL.sub("", text)
    controls += len(text) - len(stripped)
    return Cleaned(stripped, fmt, controls)


def clean_cell(text: str) -> str:
    """A spreadsheet cell's text without escape sequences and control characters (format
    characters stay: the cell parser removes them and reports it, with the cell)."""
    if text.isprintable() or not (CONTROL.search(text) or "\x1b" in text):
        return text
    if "\x1b" in text or "\x9b" in text:
        text = ESCAPE.sub("", text)
    return CONTROL.sub("", text)
