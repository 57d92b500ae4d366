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
    with pytest.raises(InputError, match="文件不存在"):
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


# --- hostile and unusual documents ------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [rf.TEXT, "".join(ch for ch in rf.TEXT if ord(ch) > 0x2000)], ids=["mixed", "chinese_only"])
def test_utf16_without_bom_is_text(tmp_path: Path, encoding: str, text: str) -> None:
    path = tmp_path / "r.txt"
    path.write_bytes(text.encode(encoding))
    doc = read_document(path)
    assert doc.encoding == encoding and doc.text.startswith(text[:20])


def test_control_characters_and_escapes_never_reach_the_text(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text(rf.TITLE + "\x1b[2J\x1b]0;owned\x07\n全区出庭应诉率为100%\x07。\f第二页\v内容\x7f。\n", encoding="utf-8")
    doc = read_document(path)
    assert not any(ord(ch) < 32 and ch not in "\n\t" or 0x7f <= ord(ch) < 0xa0 for ch in doc.text)
    assert "owned" not in doc.text and "全区出庭应诉率为100%。" in doc.text
    assert any("控制字符" in n for n in doc.notes)


@pytest.mark.parametrize("kind", ["docx", "html", "pdf"])
def test_controls_removed_in_every_reader(kind: str) -> None:
    from checker.read.documents import build

    doc = build("r", "r", kind, [("第一段\x1b[31m红字\x1b[0m\x0c下一页", "第1段"), ("六\u200b十学时\x0b", "第2段")])
    assert doc.text == "第一段红字\n下一页\n六十学时\n"  # form feed and vertical tab are breaks
    assert len(doc.notes) == 2


def test_zero_width_inside_a_number_in_a_report(tmp_path: Path) -> None:
    from checker.figures.report import extract_report
    from helpers import CATALOGUE

    text = rf.TEXT.replace("不少于六十学时", "不少于6\u200b0学时").replace("分值权重为5%", "分值权重为1\u200d0%")
    ex = extract_report(rf.write_txt(tmp_path / "r.txt", text), CATALOGUE)
    hours = [f for f in ex.figures if f.indicator == "enforcement_training_hours"]
    assert [float(f.value) for f in hours] == [60.0]  # never 0
    weight = [f for f in ex.figures if f.indicator == "gov_openness_weight"]
    assert [float(f.value) for f in weight] == [10.0]
    assert any("格式字符" in n for n in ex.document.notes)


def test_docx_zip_bomb_is_refused_before_parsing(tmp_path: Path) -> None:
    import time
    import zipfile

    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"<w:document>" + b" " * (40 * 1024 * 1024) + b"</w:document>")
    t0 = time.perf_counter()
    with pytest.raises(InputError) as exc:
        read_document(path)
    assert time.perf_counter() - t0 < 5  # a guard, not a timing test: parsing would take far longer
    assert "bomb.docx" in str(exc.value) and ("压缩" in str(exc.value) or "上限" in str(exc.value))


def test_old_doc_under_docx_name(tmp_path: Path) -> None:
    path = tmp_path / "old.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    with pytest.raises(InputError, match="旧版 .doc"):
        read_document(path)


def test_too_many_characters_is_one_clear_line(tmp_path: Path) -> None:
    from checker.read.documents import LIMITS

    path = tmp_path / "huge.txt"
    path.write_text(rf.TITLE + "法治" * (LIMITS.max_chars // 2 + 10), encoding="utf-8")
    with pytest.raises(InputError, match="字符的上限"):
        read_document(path)


def test_a_long_line_is_cut_at_sentence_ends_and_still_read(tmp_path: Path) -> None:
    from checker.figures.report import extract_report
    from checker.read.documents import LIMITS
    from helpers import CATALOGUE

    filler = "全区各部门认真落实法治政府建设各项任务，持续推进严格规范公正文明执法。" * (LIMITS.max_line // 30)
    line = rf.TITLE + "。" + filler + rf.PARAGRAPHS[4] + filler
    ex = extract_report(rf.write_txt(tmp_path / "one.txt", line), CATALOGUE)
    doc = ex.document
    assert max(b.end - b.start for b in doc.blocks) <= LIMITS.max_line
    assert doc.text.replace("\n", "") == line  # cut, never changed
    hours = [f for f in ex.figures if f.indicator == "enforcement_training_hours"]
    assert hours and hours[0].value == 60 and "部分" in hours[0].location


def test_cut_never_splits_a_number() -> None:
    from checker.read.documents import cut_line

    pieces = cut_line("a" * 95 + "1234567890" * 3, 100)
    assert "".join(pieces) == "a" * 95 + "1234567890" * 3
    assert all(len(p) <= 100 for p in pieces)
    assert pieces[0] == "a" * 95


def test_html_nested_too_deep_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "deep.html"
    path.write_text("<html><body>" + "<div>" * 5000 + f"<p>{rf.TEXT}</p>" + "</div>" * 5000 + "</body></html>", encoding="utf-8")
    with pytest.raises(InputError, match="嵌套"):
        read_document(path)


def test_a_table_typed_as_text_is_read_by_rows(tmp_path: Path) -> None:
    """Cells split by ideographic spaces, two spaces, tabs or Markdown pipes; three rows of three cells
    or more make a table, located 表N第R行（第L行）; prose lines with one wide gap stay lines."""
    text = "\n".join([
        "全区执法人员配备情况如下：",
        "单位\u3000执法人员\u3000法制审核人员",
        "区市场监管局\u3000146\u30009",
        "合计\u3000543\u300030",
        "一、主要成效  二、存在问题",
        "| 单位 | 学时 | 人数 |",
        "|---|---|---|",
        "| 区城管局 | 60 | 200 |",
        "| 区农业农村局 | 62 | 38 |",
    ]) + "\n"
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    doc = read_document(path)
    rows = [(doc.text[b.start:b.end], b.location) for b in doc.blocks]
    assert ("区市场监管局\t146\t9", "表1第2行（第3行）") in rows
    assert ("合计\t543\t30", "表1第3行（第4行）") in rows
    assert ("一、主要成效  二、存在问题", "第5行") in rows
    assert ("区农业农村局\t62\t38", "表2第3行（第9行）") in rows
    assert not any("---" in r for r, _ in rows)
