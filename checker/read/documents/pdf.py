"""PDF with a text layer (pypdfium2). Wrapped lines are joined back into paragraphs."""

from __future__ import annotations

from pathlib import Path

from ...errors import InputError
from . import LIMITS, Document, build, too_long, too_many_blocks

_PARA_END = tuple("。！？：；:;!?")


def _width(line: str) -> int:
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in line)


def read_pdf(path: Path) -> Document:
    try:
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(str(path))
    except OSError:
        raise
    except Exception as exc:  # pypdfium2 raises PdfiumError (English) for every kind of damage
        if "password" in str(exc).lower():
            raise InputError(f"{path.name} 有打开密码，请提供未加密的 PDF") from None
        raise InputError(f"{path.name} 无法作为 PDF 打开（文件已损坏或不是 PDF）；请重新导出 PDF 或提供 Word 版本") from None
    pieces: list[tuple[str, str]] = []
    chars = 0
    try:
        for p in range(len(pdf)):
            page = pdf[p]
            textpage = page.get_textpage()
            raw = textpage.get_text_range()
            textpage.close()
            page.close()
            chars += len(raw)
            if chars > LIMITS.max_chars:
                raise too_long(path.name, chars)
            if len(pieces) > LIMITS.max_blocks:
                raise too_many_blocks(path.name)
            lines = [ln.strip() for ln in raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
            full = max((_width(ln) for ln in lines), default=0)
            current, start_line = "", 0
            for i, line in enumerate(lines, start=1):
                if not line:
                    if current:
                        pieces.append((current, f"第{p + 1}页第{start_line}行"))
                        current = ""
                    continue
                if not current:
                    start_line = i
                current += line
                if line.endswith(_PARA_END) or _width(line) < 0.85 * full:  # a short line ends its paragraph
                    pieces.append((current, f"第{p + 1}页第{start_line}行"))
                    current = ""
            if current:
                pieces.append((current, f"第{p + 1}页第{start_line}行"))
    except InputError:
        raise
    except Exception:  # a damaged page (PdfiumError, English)
        raise InputError(f"{path.name} 有页面已损坏，无法读取其中的文字；请重新导出 PDF 或提供 Word 版本") from None
    finally:
        pdf.close()
    if sum(len(t) for t, _ in pieces) < 20:
        raise InputError(f"{path.name} 没有文字层（可能是扫描件），无法读取其中的数字；请提供可复制文字的 PDF 或 Word 版本")
    return build(path.name, str(path), "pdf", pieces)
