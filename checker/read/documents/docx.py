"""Word .docx: body paragraphs and table rows, in document order."""

from __future__ import annotations

import zipfile
from pathlib import Path

from ...errors import InputError
from . import Document, build


def read_docx(path: Path) -> Document:
    if not zipfile.is_zipfile(path):
        raise InputError(f"{path.name} 不是有效的 .docx 文件（旧版 .doc 请在 Word 中另存为 .docx）")
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        d = docx.Document(str(path))
    except Exception as exc:
        raise InputError(f"{path.name} 无法作为 Word 文件打开（{type(exc).__name__}）；请在 Word 中另存为 .docx 后再试") from None
    pieces: list[tuple[str, str]] = []
    para_no = table_no = 0
    for child in d.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            para_no += 1
            text = Paragraph(child, d).text
            if text.strip():
                pieces.append((text, f"第{para_no}段"))
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
    return build(path.name, str(path), "docx", pieces)
