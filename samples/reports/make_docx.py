"""Write samples/reports/baoshan_2023.docx from baoshan_2023.txt: one Word paragraph per line.

Run from the repository root: python samples/reports/make_docx.py
"""

from __future__ import annotations

from pathlib import Path

import docx

HERE = Path(__file__).resolve().parent


def main() -> None:
    lines = (HERE / "baoshan_2023.txt").read_text(encoding="utf-8").splitlines()
    d = docx.Document()
    d.core_properties.title = "上海市宝山区人民政府关于法治政府建设情况报告"
    for i, line in enumerate(lines):
        if i < 2:
            d.add_heading(line, level=1)
        else:
            d.add_paragraph(line)
    d.save(str(HERE / "baoshan_2023.docx"))


if __name__ == "__main__":
    main()
