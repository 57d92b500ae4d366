"""A saved web page: the article's text, without scripts, styles, menus, headers and footers."""

from __future__ import annotations

import re
from pathlib import Path

from ...errors import InputError
from . import LIMITS, Document, build, too_long
from .text import decode

DROP = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
        "iframe", "svg", "button", "select")
BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "div", "section", "article",
          "blockquote", "pre", "dd", "dt", "td", "th")
_CHROME = re.compile(r"nav|menu|breadcrumb|crumb|footer|header|sidebar|share|copyright|topbar|toolbar", re.I)
# Class or id names that Chinese government sites and CMSs give the article body.
_CONTENT = ("article", "main", "#zoom", ".TRS_Editor", "#content", ".content", ".article",
            ".article-content", "#article", ".main-content", ".detail", ".text")
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_-]+)", re.I)


def _decode(data: bytes, name: str) -> str:
    m = _META_CHARSET.search(data[:4096])
    if m:
        enc = m.group(1).decode("ascii").lower()
        enc = "gb18030" if enc in ("gb2312", "gbk", "gb18030") else enc
        try:
            return data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            pass
    return decode(data, name)[0]


def read_html(path: Path) -> Document:
    from selectolax.lexbor import LexborHTMLParser

    source = _decode(path.read_bytes(), path.name)
    if len(source) > 4 * LIMITS.max_chars and len(re.sub(r"<[^>]*>", "", source)) > LIMITS.max_chars:
        raise too_long(path.name, len(source))
    tree = LexborHTMLParser(source)
    if tree.body is None:
        raise InputError(f"{path.name} 不是有效的网页文件")
    deepest = _depth(tree.root)
    if deepest > LIMITS.max_depth:
        raise InputError(f"{path.name} 的网页元素嵌套达 {deepest:,} 层，超过 {LIMITS.max_depth} 层的上限，不像正常的网页"
                         "（请在浏览器中打开后将正文复制为 .txt 再检查）")
    titles = [n.text(strip=True) for n in tree.css("h1, h2, title")]
    # A site logo is often the h1; the report's own title says 报告.
    title = next((t for t in titles if "报告" in t), titles[0] if titles else "")
    for node in tree.css(",".join(DROP)):
        node.decompose()
    for node in tree.css("[role=navigation], [class], [id]"):
        attrs = node.attributes
        label = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
        if node.tag not in ("body", "html") and _CHROME.search(label) and not _looks_like_content(label):
            node.decompose()
    root = None
    for sel in _CONTENT:
        candidates = tree.css(sel)
        if candidates:
            root = max(candidates, key=lambda n: len(n.text(strip=True)))
            if len(root.text(strip=True)) >= 50:
                break
            root = None
    root = root or tree.body
    pieces: list[tuple[str, str]] = []
    if title and title not in root.text():
        pieces.append((title, "标题"))
    n = 0
    tables: dict[int, list[int]] = {}  # table -> [its number, rows seen]
    for node in root.traverse(include_text=False):
        if node.tag not in BLOCKS or node.tag in ("td", "th"):
            continue
        where = ""
        if node.tag == "tr":
            if _is_layout_row(node):
                continue  # a page-layout row: its nested tables and paragraphs are read on their own
            cells = [re.sub(r"\s+", " ", c.text(deep=True)).strip() for c in node.iter() if c.tag in ("td", "th")]
            text = "\t".join(c for c in cells if c)
            table = _table_of(node)
            if table is not None and text:
                seen = tables.setdefault(table.mem_id, [len(tables) + 1, 0])
                seen[1] += 1
                where = f"表{seen[0]}第{seen[1]}行"  # read by header column, as in .docx
        else:
            if len(node.css(",".join(BLOCKS))) > 1:  # the node itself matches too
                continue  # text directly beside nested blocks is lost: a known limit
            text = re.sub(r"\s+", " ", node.text(deep=True)).strip()
        if node.tag != "tr" and _inside_data_row(node):
            continue
        if text and where:
            pieces.append((text, where))
        elif text:
            n += 1
            pieces.append((text, f"第{n}段"))
    if not pieces:
        raise InputError(f"{path.name} 网页中没有正文文字（可能需要浏览器执行脚本才显示；请将正文复制为 .txt）")
    return build(path.name, str(path), "html", pieces)


def _depth(root) -> int:
    """The deepest element nesting, walked without recursion."""
    best, stack = 0, [(root, 0)]
    while stack:
        node, d = stack.pop()
        if d > best:
            best = d
            if best > LIMITS.max_depth:
                return best
        child = node.child
        while child is not None:
            stack.append((child, d + 1))
            child = child.next
    return best


def _looks_like_content(label: str) -> bool:
    return bool(re.search(r"content|article|zoom|TRS", label, re.I))


def _table_of(row):
    """The <table> a row belongs to (a row inside a nested table belongs to the inner one)."""
    p = row.parent
    while p is not None and p.tag != "table":
        p = p.parent
    return p


def _is_layout_row(row) -> bool:
    return bool(row.css("table"))


def _inside_data_row(node) -> bool:
    """Whether `node` sits in a table row that is read as one row (the row's text holds it)."""
    p = node.parent
    while p is not None:
        if p.tag == "tr":
            return not _is_layout_row(p)
        p = p.parent
    return False
