"""Article numbers of a plan: 一、 sections, （一） articles, 1. items, as the catalogue writes them.

Plans that number their （N） articles straight through (普陀, 张掖) are cited by that number
alone, full-width: （三十五）. Plans that restart （一） in every section (杨浦) are cited by the
path: 四.（四）5. Labels are read at the start of a line or paragraph; the text may use
half-width "(三十五)" or full-width "（三十五）".
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..read.documents import Block

_TOP = re.compile(r"[ \t\u3000\xa0]*([一二三四五六七八九十]{0,3})、")  # a lost number ("、加强…") still opens a section
_PAREN = re.compile(r"[ \t\u3000\xa0]*[（(]([一二三四五六七八九十]{1,4})[)）]")
_ITEM = re.compile(r"[ \t\u3000\xa0]*(\d{1,2})[.．、](?!\d)")
_TITLE_END = re.compile(r"[。，,；;：:\n]")
MAX_HEADING = 40  # a label's line longer than this (after the label) is an article with a run-in title


@dataclass(frozen=True)
class Label:
    start: int  # offset of the line holding the label
    end: int  # offset just after the label text
    article: str  # as cited: （三十五） or 四.（四）5
    title: str  # the heading words after the label, e.g. 加强依法行政能力建设
    responsible: str  # 责任单位 named in the article, "" when none
    titles: tuple[str, ...] = ()  # headings of the enclosing section, article and item, outermost first


_INLINE_PAREN = re.compile(r"(?<=[。；;）)])[（(]([一二三四五六七八九十]{1,4})[)）]")


def _value(number: str) -> int:
    from ..figures.numerals import chinese_number

    return int(chinese_number(number) or 0)


def _spans(text: str, blocks: tuple[Block, ...]) -> list[tuple[int, int, str, str]]:
    """(line start, label end, level, number) for every label at a line start, and for an article
    label run into the previous paragraph (PDF text joins "…各街镇)(三)提高…") when it is the next
    number in sequence."""
    spans = _line_spans(text, blocks)
    inline = [(m.start(), m.end(), "paren", m.group(1)) for m in _INLINE_PAREN.finditer(text)]
    if not inline:
        return spans
    merged = sorted(spans + inline)
    out, last = [], 0
    line_starts = {s[0] for s in spans}
    for span in merged:
        if span[2] == "top":
            out.append(span)
            last = 0
            continue
        if span[2] == "paren":
            if span[0] not in line_starts and _value(span[3]) != last + 1:
                continue  # "依照第(三)项": not the next article
            last = _value(span[3])
        out.append(span)
    return out


def _line_spans(text: str, blocks: tuple[Block, ...]) -> list[tuple[int, int, str, str]]:
    out = []
    for b in blocks:
        # a block may hold several lines (docx paragraphs do not, text lines do not; html may)
        pos = b.start
        for line in text[b.start:b.end].split("\n"):
            for level, rx in (("top", _TOP), ("paren", _PAREN), ("item", _ITEM)):
                m = rx.match(line)
                if m:
                    out.append((pos, pos + m.end(), level, m.group(1)))
                    break
            pos += len(line) + 1
    return out


class Articles:
    """Which article an offset of the plan text falls under."""

    def __init__(self, sh: str, blocks: tuple[Block, ...], responsible_words: tuple[str, ...] = ()) -> None:
        spans = _spans(sh, blocks)
        parens = [n for _, _, level, n in spans if level == "paren"]
        running = len(parens) == len(set(parens))
        resp_re = re.compile(rf"[（(](?:{'|'.join(map(re.escape, responsible_words)) or '责任单位'})[:：]\s*([^（()）]+)[)）]")
        self.labels: list[Label] = []
        top = paren = item = ""
        titles: dict[str, str] = {}
        for i, (start, end, level, number) in enumerate(spans):
            if level == "top":
                top, paren, item = number, "", ""
            elif level == "paren":
                paren, item = number, ""
            else:
                item = number
            if running:
                article = (f"（{paren}）" + item) if paren else (f"{top}.{item}" if item and top else top or item)
            else:
                parts = top + ("." if top and (paren or item) else "") + (f"（{paren}）" if paren else "") + item
                article = parts
            line_end = sh.find("\n", end)
            line_end = len(sh) if line_end < 0 else line_end
            m = _TITLE_END.search(sh, end, line_end)
            title = sh[end:m.start() if m else line_end].strip()[:MAX_HEADING]
            nxt = spans[i + 1][0] if i + 1 < len(spans) else len(sh)
            r = resp_re.search(sh, end, nxt)
            if level == "top":
                titles = {}
            elif level == "paren":
                titles.pop("item", None)
            titles[level] = title
            self.labels.append(Label(start, end, article, title, r.group(1).strip() if r else "",
                                     tuple(titles[k] for k in ("top", "paren", "item") if k in titles)))
        self._starts = [lb.start for lb in self.labels]

    def at(self, offset: int) -> Label | None:
        i = bisect.bisect_right(self._starts, offset) - 1
        return self.labels[i] if i >= 0 else None

    def label_starting(self, offset: int) -> Label | None:
        """The label whose text ends at or covers `offset` (a sentence opening with it)."""
        lb = self.at(offset)
        if lb and lb.start <= offset <= lb.end:
            return lb
        return None
