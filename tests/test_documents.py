"""Readers: every format yields one text with located blocks; bad input is one clear InputError."""

from __future__ import annotations

from pathlib import Path

import pytest
import report_fixtures as rf

from checker.read.documents import read_document
from checker.errors import InputError

MAIN = "全区行政机关负责人出庭应诉率为百分之百。"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16"])
def test_text_encodings_are_detected(tmp_path: Path, encoding: str) -> None:
    doc = read_document(rf.write_txt(tmp_path / "r.txt", encoding=encoding))
    assert doc.text.startswith(rf.TITLE)  # no BOM left, no mojibake
    assert MAIN in doc.text
    line = rf.PARAGRAPHS.index(next(p for p in rf.PARAGRAPHS if MAIN in p)) + 1
    assert doc.location(doc.text.index(MAIN)) == f"第{line}行"


def test_gb18030_is_not_assumed_for_utf8(tmp_path: Path) -> None:
    doc = read_document(rf.write_txt(tmp_path / "r.md", encoding="utf-8"))
    assert doc.encoding == "utf-8" and doc.kind == "text"


def test_crlf_lines(tmp_path: Path) -> None:
    doc = read_document(rf.write_txt(tmp_path / "r.txt", rf.TEXT.replace("\n", "\r\n")))
    assert "\r" not in doc.text and doc.location(doc.text.index(MAIN)) == "第4行"


def test_docx_paragraphs_and_tables(tmp_path: Path) -> None:
    path = rf.write_docx(tmp_path / "r.docx", rf.PARAGRAPHS[:3],
                         table=[["指标", "2023年"], ["行政机关负责人出庭应诉率", "１００％"]])
    doc = read_document(path)
    assert doc.kind == "docx" and rf.TITLE in doc.text
    i = doc.text.index("行政机关负责人出庭应诉率\t１００％")
    assert doc.location(i) == "表1第2行"
    assert doc.location(doc.text.index(rf.TITLE)) == "第1段"


def test_pdf_text_layer_and_wrapped_lines(tmp_path: Path) -> None:
    doc = read_document(rf.write_pdf(tmp_path / "r.pdf"))
    assert doc.kind == "pdf"
    assert MAIN in doc.text
    long = rf.PARAGRAPHS[9]  # wraps on the page; joined back into one paragraph
    assert long in doc.text
    assert doc.location(doc.text.index(MAIN)).startswith("第1页第")


def test_html_keeps_the_article_and_drops_the_chrome(tmp_path: Path) -> None:
    doc = read_document(rf.write_html(tmp_path / "r.html"))
    assert MAIN in doc.text and rf.TITLE in doc.text
    for noise in ("10%", "20%", "30%", "40%", "45%", "50%", "60%", "首页", "版权所有", "var stats"):
        assert noise not in doc.text, noise
    assert doc.location(doc.text.index(MAIN)).endswith("段")


def test_html_declared_gbk(tmp_path: Path) -> None:
    doc = read_document(rf.write_html(tmp_path / "r.htm", charset="gbk"))
    assert MAIN in doc.text


@pytest.mark.parametrize("name, content, words", [
    ("empty.txt", b"", "空文件"),
    ("r.rtf", b"{\\rtf1 hello}", "不支持的文件类型"),
    ("r", b"hello", "不支持的文件类型"),
    ("binary.txt", b"\x00\x01\x02PK\x00\x00" * 100, "二进制文件"),
    ("latin.txt", bytes(range(0x80, 0x100)) * 4, "编码无法识别"),
    ("blank.txt", "  \n\n\t \n".encode(), "没有任何文字"),
    ("fake.docx", b"this is not a zip file at all", "不是有效的 .docx"),
    ("fake.pdf", b"%PDF-1.4 garbage", "无法作为 PDF 打开"),
    ("script.html", "<html><body><nav>首页</nav><script>document.write('出庭应诉率100%')</script></body></html>"
     .encode(), "没有正文文字"),
])
def test_bad_input_is_one_clear_line(tmp_path: Path, name: str, content: bytes, words: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError) as exc:
        read_document(path)
    assert words in str(exc.value) and "\n" not in str(exc.value)


def test_scanned_pdf_without_text_layer(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="没有文字层"):
        read_document(rf.write_scanned_pdf(tmp_path / "scan.pdf"))


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="找不到文件"):
        read_document(tmp_path / "nope.docx")


def test_html_title_is_the_reports_not_the_sites(tmp_path: Path) -> None:
    from checker.figures.report import report_meta

    page = ("<html><head><title>上海市测试区2023年法治政府建设情况报告_测试区人民政府</title></head><body>"
            "<header><h1>浦东新区人民政府网</h1></header><div class='TRS_Editor'>"
            + "".join(f"<p>{p}</p>" for p in rf.PARAGRAPHS[1:]) + "</div></body></html>")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    doc = read_document(path)
    assert "浦东" not in doc.text
    assert report_meta(doc)[:2] == ("上海市测试区", 2023)
