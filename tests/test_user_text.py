"""Everything the examiner reads is in Chinese: no internal key, English word or OS error text.

Two scans. The static one reads every string literal of the package that holds Chinese (so is
shown to a user) and looks for ASCII identifiers: snake_case keys and lowercase English words.
The dynamic one runs the commands on real inputs and scans what they print and write (terminal
text, every visible cell of the workbooks, the report draft) for snake_case keys and indicator ids.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from helpers import run_in_process, sheets, write_xlsx

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "checker"
CJK = re.compile(r"[\u4e00-\u9fff]")
ASCII_WORD = re.compile(r"(?<![-./\w`])([A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+|[a-z]{3,})(?![\w.`/])")  # not in paths
SNAKE = re.compile(r"(?<![\w./-])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\w.])")

# Words a user types, so a message may name them: commands, --format choices, file kinds, the
# install hint, and the keys of the YAML files a user writes (--mapping: sheet/columns/header_row;
# --manifest: file/entity/year).
TYPED = {"check", "checker", "review", "compare", "history", "catalogue", "list", "show", "draft", "extract",
         "template", "report", "json", "table", "yaml", "xlsx", "docx", "csv", "txt", "pdf", "html", "pip", "install",
         "mplfonts", "sheet", "columns", "header_row", "file", "entity", "year"}
# Messages for the catalogue author name the YAML fields and values they write.
CATALOGUE_AUTHORING = ("catalogue", "draft")


def _catalogue_ids() -> set[str]:
    from checker.catalogue.loader import load_catalogue

    cat, _ = load_catalogue()
    return {i.id for i in cat.indicators} | {p.id.split("-")[0] for p in cat.plans} | {"jingan"}


def _user_strings(path: Path) -> list[tuple[int, str, bool]]:
    """(line, text, is help text) of every literal with Chinese in it, docstrings and regexes left out."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs, helps = set(), set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
            docs.add(id(body[0].value))
        if isinstance(node, ast.keyword) and node.arg == "help":
            helps.add(id(node.value))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            text = "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs:
            text = node.value
        else:
            continue
        if CJK.search(text) and "(?P<" not in text:
            out.append((node.lineno, text, id(node) in helps or text.startswith("只按此规划")))
    return out


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if p.relative_to(PACKAGE).parts[0] not in CATALOGUE_AUTHORING)


def test_static_scan_of_user_facing_literals() -> None:
    ids = _catalogue_ids()
    found = []
    for path in _modules():
        for line, text, is_help in _user_strings(path):
            words = {w for w in ASCII_WORD.findall(text) if w.lower() not in TYPED and not (is_help and w in ids)}
            words = {w for w in words if not re.search(rf"--{re.escape(w)}\b|-{re.escape(w)}\b", text)}
            if words:
                found.append(f"{path.relative_to(ROOT)}:{line}: {sorted(words)} in {text[:60]!r}")
    assert found == []


def test_the_scan_finds_what_it_looks_for() -> None:
    text = "报表中没有「commitments」对应的工作表：court_appearance_rate、government=B"
    assert {"commitments", "court_appearance_rate", "government"} <= set(ASCII_WORD.findall(text))


# --- what the commands print and write --------------------------------------------------------------


def run(*args: str) -> tuple[int, str]:
    """The command in this process, all it printed on stdout and stderr."""
    proc = run_in_process(*args, cwd=ROOT)
    return proc.returncode, proc.stdout + proc.stderr


def _visible_cells(path: Path) -> list[str]:
    from openpyxl import load_workbook

    wb = load_workbook(path)
    out = []
    for ws in wb.worksheets:
        hidden = {k for k, d in ws.column_dimensions.items() if d.hidden}
        out.append(ws.title)
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str) and c.column_letter not in hidden and not c.value.startswith("=COUNTIFS("):
                    out.append(f"{ws.title}!{c.coordinate} {c.value}")
        for chart in ws._charts:
            out += [r.t for p in chart.title.tx.rich.p for r in (p.r or [])]
    return out


@pytest.fixture(scope="module")
def outputs(tmp_path_factory) -> list[str]:
    """Everything a user reads from a round of commands on the sample, a narrative report and a
    workbook with missing rows and tables."""
    from docx import Document

    tmp = tmp_path_factory.mktemp("text")
    partial = write_xlsx(tmp / "partial.xlsx", sheets({
        "officers": [{"unit": "甲局", "name": "王一", "training_hours": 72}],
        "commitments": [{"indicator": "no_fine_quotas", "done": "是"}],
    }))
    sample, report = ROOT / "samples" / "report_2023.xlsx", ROOT / "samples" / "reports" / "baoshan_2023.txt"
    out = tmp / "out"
    texts = []
    for args in (("check", str(sample), "--out", str(out), "-v"), ("check", str(report), "--out", str(out), "-v"),
                 ("check", str(partial), "--out", str(out), "--year", "2023"),
                 ("check", str(sample), "--out", str(out)),  # the second check: carried-over notes
                 ("history", "--db", str(out / "checker.db")),
                 ("compare", "--db", str(out / "checker.db"), "-o", str(tmp / "cmp.xlsx")),
                 ("template", "-o", str(tmp / "t.xlsx")), ("catalogue", "list"),
                 ("catalogue", "show", "court_appearance_rate"), ("catalogue", "show", "enforcement_training_hours"),
                 ("extract", str(report), "-o", str(tmp / "fig.xlsx")),
                 ("report", str(out / "report_2023_scorecard.xlsx"), str(report), "-o", str(tmp / "r.docx"))):
        code, text = run(*args)
        assert code in (0, 1), text
        lines = text.splitlines()[1 if args[:2] == ("catalogue", "show") else 0:]  # `show` heads with the id typed
        texts += [f"{args[0]}: {line}" for line in lines]
    for book in sorted(out.glob("*.xlsx")) + [tmp / "cmp.xlsx", tmp / "t.xlsx", tmp / "fig.xlsx"]:
        texts += [f"{book.name}: {t}" for t in _visible_cells(book)]
    texts += [f"r.docx: {p.text}" for p in Document(str(tmp / "r.docx")).paragraphs]
    return texts


def _identifiers(texts: list[str]) -> list[str]:
    ids = _catalogue_ids()
    found = []
    for line in texts:
        body = line.split(": ", 1)[1]
        if "catalogue: " in line[:11]:  # `catalogue list` is the catalogue itself: ids are its first column
            body = body.split(" ", 1)[-1]
        unpathed = re.sub(r"[^\s：（）]*[/\\][^\s：（）]*", " ", body)  # a file path may hold an id (定义文件)
        words = set(SNAKE.findall(body)) | {w for w in re.findall(r"[a-z][a-z0-9_]+", unpathed) if w in ids}
        # English words outside paths, file names and options (`government=B`, `commitments`)
        tokens = re.split(r"[\s\u3000-\u303f\uff00-\uffef「」“”、，。；：（）]+", body)
        words |= {w for t in tokens if t and not re.search(r"[/.\\]|^-|[0-9a-f]{12}", t)  # paths, options, digests
                  for w in re.findall(r"(?<![A-Za-z])[a-z]{3,}(?![A-Za-z])", t) if w not in TYPED}
        if words:
            found.append(line)
    return found


def test_the_output_scan_finds_what_it_looks_for() -> None:
    before = ["check:   基本信息 ← 基本信息：government=B「政府（单位）名称」", "x: 报表中没有「commitments」对应的工作表",
              "check: 沿用上次审查（数值未变）：court_appearance_rate"]
    assert _identifiers(before) == before
    assert _identifiers(["x: 来源：samples/report_2023.xlsx（SHA-256 58efc8e47574464e…）", "x: 用 --year 指定"]) == []


def test_what_the_commands_show_has_no_internal_keys(outputs) -> None:
    assert len(outputs) > 500  # the round really produced text to scan
    assert _identifiers(outputs) == []


# --- --help: the parser's frame in Chinese ----------------------------------------------------------

HELP_COMMANDS = [(), ("check",), ("extract",), ("template",), ("review",), ("compare",), ("report",), ("history",),
                 ("catalogue",), ("catalogue", "list"), ("catalogue", "show"), ("catalogue", "draft")]
CLICK_FRAME = re.compile(r"Usage|Options|Arguments|Commands|Show this message|default:|\[required\]|<(?:int|str|path|list)")


def _click_command(path: tuple[str, ...]):
    import typer

    from checker.cli import app

    command = typer.main.get_command(app)
    for name in path:
        command = command.commands[name]
    return command


@pytest.mark.parametrize("command", HELP_COMMANDS, ids=lambda c: " ".join(c) or "checker")
def test_every_help_reads_in_chinese(command) -> None:
    code, text = run(*command, "--help")
    assert code == 0 and text.startswith("用法：") and "显示本帮助并退出" in text, text
    assert not CLICK_FRAME.search(text), text
    params = _click_command(command).params
    for p in params:  # nothing the command takes is left out
        assert all(o in text for o in p.opts if o.startswith("-")), p.opts
    # English words only where the user types them: options, commands, file kinds, ids given as examples
    allowed = TYPED | _catalogue_ids() | {"YAML", "MB", "CPU", "outputs"}  # outputs: the default folder
    words = set()
    for line in text.splitlines():
        line = re.sub(r"\S*/\S*|(?<!\w)--?[\w-]+", " ", line)  # paths and options
        words |= {w for w in re.findall(r"(?<![\w.-])[A-Za-z][A-Za-z_]+", line) if w not in allowed}
    assert words == set()


def test_help_marks_required_and_defaults_in_chinese() -> None:
    code, text = run("template", "--help")
    assert code == 0 and re.search(r"-o, --output <路径> +写出的空白模板文件（\.xlsx）（必填）", text), text
    code, text = run("check", "--help")
    assert "--max-rows <整数>" in text and "（默认：500000）" in text and "--format <table|json>" in text
    assert "（默认：--charts）" in text and "文件或文件夹…" in text.splitlines()[0]


def test_help_wraps_by_display_width_and_keeps_words_whole() -> None:
    from checker.cli_help import wrap_words
    from checker.reporters.terminal import width

    text = "按此规划判定（编号或名称；`checker catalogue list` 列出可选规划），如 jingan-2021-2025 或 --year-override。" * 3
    for cells in (20, 31, 58):
        lines = wrap_words(text, cells)
        assert "".join(lines).replace(" ", "") == text.replace(" ", "")  # nothing lost
        assert all(width(line) <= cells + 2 for line in lines)  # only closing punctuation hangs past the margin
        assert not any(line.startswith(tuple("，。；）")) for line in lines)
        for word in ("jingan-2021-2025", "--year-override", "`checker"):
            assert sum(line.count(word) for line in lines) == text.count(word), (cells, word, lines)
    assert wrap_words("x" * 50 + " 中文", 20) == ["x" * 20, "x" * 20, "x" * 10 + " 中文"]  # only a word wider than the line is cut


# --- catalogue show: the computation in the workbook's words -----------------------------------------


def test_catalogue_show_describes_the_measure_without_yaml_keys() -> None:
    from checker.catalogue.loader import load_catalogue
    from checker.reporters.catalogue_text import render_one

    cat, schema = load_catalogue()
    ids = _catalogue_ids()
    for ind in cat.indicators:
        shown = render_one(cat, ind, schema).splitlines()
        how = next(line for line in shown if line.startswith("计算："))
        assert "=" not in how and not SNAKE.findall(how) and not set(re.findall(r"[a-z_]+", how)) & ids, how
        assert f"「{schema.table(ind.measure.table).sheet}」工作表" in how, how
        assert not SNAKE.findall("\n".join(shown[1:]).replace(ind.file, "")), ind.id


# --- no text of the system or a library inside a message --------------------------------------------

SYSTEM_ATTRS = ("strerror", "problem", "context", "args", "message")
INTERNAL = "内部错误"  # a bug report keeps the exception's class and text, for the maintainer


def _error_names(fn: ast.AST) -> set[str]:
    """Names holding an exception in `fn`: `except … as exc`, and parameters named or typed as one."""
    names = {h.name for h in ast.walk(fn) if isinstance(h, ast.ExceptHandler) and h.name}
    for a in fn.args.args + fn.args.kwonlyargs:
        if a.arg == "exc" or (a.annotation is not None and re.search(r"Error|Exception", ast.unparse(a.annotation))):
            names.add(a.arg)
    return names


def _raw(node: ast.AST, errors: set[str]) -> bool:
    """The expression shows an error's own text (or a class name) rather than words of ours."""
    if isinstance(node, ast.Compare):  # `"password" in str(exc)` tests the text, it does not show it
        return False
    if isinstance(node, ast.Name):
        return node.id in errors
    if isinstance(node, ast.Attribute):
        if node.attr == "__name__":
            return True
        if isinstance(node.value, ast.Name) and node.value.id in errors:
            return node.attr in SYSTEM_ATTRS  # exc.filename, exc.option_name: the user's own words
        return _raw(node.value, errors)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id not in ("str", "repr", "type"):
        return False  # a function of the error (os_reason(exc)) says it in its own words
    return any(_raw(child, errors) for child in ast.iter_child_nodes(node))


def raw_error_text(source: str) -> list[tuple[int, str]]:
    """(line, expression) of every Chinese message that shows an exception's text, its OS or
    library message (strerror, a YAML problem) or a class name, directly or through a variable."""
    found = []
    for fn in ast.walk(ast.parse(source)):
        if not isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        errors = _error_names(fn)
        tainted = {t.id for n in ast.walk(fn) if isinstance(n, ast.Assign) and _raw(n.value, errors)
                   for t in n.targets if isinstance(t, ast.Name)}
        for node in ast.walk(fn):
            if not isinstance(node, ast.JoinedStr):
                continue
            literal = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
            if not CJK.search(literal) or literal.startswith(INTERNAL):
                continue
            found += [(node.lineno, ast.unparse(v.value)) for v in node.values if isinstance(v, ast.FormattedValue)
                      and (_raw(v.value, errors) or ast.unparse(v.value) in tainted)]
    return sorted(set(found))


def test_the_error_text_scan_finds_what_it_looks_for() -> None:
    source = """
def f(path, exc: OSError):
    try:
        pass
    except Exception as err:
        detail = str(err).splitlines()[0]
        raise InputError(f"无法读取（{detail}）")
    raise InputError(f"无法写入（{exc.strerror}）{type(exc).__name__}{exc}{exc.problem}")

def g(path):
    try:
        pass
    except OSError as exc:
        if "password" in str(exc).lower():
            raise InputError(f"有密码 {exc.filename}")
        raise InputError(f"无法写入（{os_reason(exc)}）{path}")
"""
    assert {src for _, src in raw_error_text(source)} == {"detail", "exc.strerror", "type(exc).__name__", "exc",
                                                          "exc.problem"}


def test_no_system_or_library_text_inside_messages() -> None:
    found = [f"{path.relative_to(ROOT)}:{line}: {src}" for path in sorted(PACKAGE.rglob("*.py"))
             for line, src in raw_error_text(path.read_text(encoding="utf-8"))]
    assert found == []


# --- bad input and a refusing system: the cause in Chinese, never the library's or the OS's text ------

KNOWN_NAMES = {"YAML", "Excel", "Word", "PDF", "CSV", "ODS", "UTF"}  # names of formats a message may give


def _refusal(*args: str) -> tuple[int, str]:
    """Exit status and stderr of a command expected to refuse (an internal error fails at once)."""
    proc = run_in_process(*args, cwd=ROOT)
    return proc.returncode, proc.stderr


def _english(message: str) -> set[str]:
    """English words of a message, leaving out paths, file names, options and format names."""
    rest = re.sub(r"\S*[/\\]\S*|[\w.~-]+\.[A-Za-z]{2,5}\b|(?<!\w)--?[\w-]+", " ", message)
    return {w for w in re.findall(r"[A-Za-z]{3,}", rest) if w not in KNOWN_NAMES and w.lower() not in TYPED}


def _damaged(tmp: Path, kind: str) -> Path:
    import zipfile

    sample = ROOT / "samples" / "report_2023.xlsx"
    if kind == "pdf":
        (tmp / "r.pdf").write_bytes(b"%PDF-1.4\ngarbage")
        return tmp / "r.pdf"
    if kind == "docx-xml":
        with zipfile.ZipFile(tmp / "r.docx", "w") as z:
            z.writestr("[Content_Types].xml", "<x")
            z.writestr("word/document.xml", "<w:document")
        return tmp / "r.docx"
    if kind == "docx-no-body":  # a well-formed package whose document has no body
        import docx

        docx.Document().save(str(tmp / "ok.docx"))
        with zipfile.ZipFile(tmp / "ok.docx") as src, zipfile.ZipFile(tmp / "r.docx", "w") as dst:
            for i in src.infolist():
                dst.writestr(i, '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'
                             if i.filename == "word/document.xml" else src.read(i))
        return tmp / "r.docx"
    if kind == "xlsx-crc":
        data = bytearray(sample.read_bytes())
        with zipfile.ZipFile(sample) as z:
            info = max(z.infolist(), key=lambda i: i.compress_size)
        start = info.header_offset + 30 + len(info.filename) + len(info.extra)
        data[start + info.compress_size // 2] ^= 0xFF
        (tmp / "r.xlsx").write_bytes(bytes(data))
        return tmp / "r.xlsx"
    if kind == "xlsx-parts":
        with zipfile.ZipFile(tmp / "r.xlsx", "w") as z:
            z.writestr("[Content_Types].xml", "<Types/>")
            z.writestr("xl/workbook.xml", "<not a workbook")
        return tmp / "r.xlsx"
    if kind == "xlsx-truncated":
        (tmp / "r.xlsx").write_bytes(sample.read_bytes()[:3000])
        return tmp / "r.xlsx"
    assert kind == "csv-field"
    (tmp / "r.csv").write_text('名称,数值\n"' + "长" * 200_000 + '",1\n', encoding="utf-8")
    return tmp / "r.csv"


@pytest.mark.parametrize("kind", ["pdf", "docx-xml", "docx-no-body", "xlsx-crc", "xlsx-parts", "xlsx-truncated", "csv-field"])
def test_damaged_files_are_described_not_quoted(kind, tmp_path) -> None:
    code, text = _refusal("check", str(_damaged(tmp_path, kind)), "--out", str(tmp_path / "o"))
    lines = text.strip().splitlines()
    assert code == 2 and len(lines) == 1 and lines[0].startswith("错误："), text
    assert _english(lines[0]) == set() and not re.search(r"[A-Z][a-z]+(Error|Exception)", lines[0]), lines[0]


@pytest.mark.parametrize("body, where, words", [
    ("sheet: [\n", "第2行第1列", "没有成对"),
    ("a: b: c\n", "第1行第5列", "不能有冒号"),
    ("\tsheet: 1\n", "第1行第1列", "制表符"),
    ("a: 'open\n", "", "引号没有成对"),
])
def test_yaml_mistakes_named_by_line_and_problem(body, where, words, tmp_path) -> None:
    mapping = tmp_path / "map.yml"
    mapping.write_text(body, encoding="utf-8")
    code, text = _refusal("check", str(ROOT / "samples" / "report_2023.xlsx"), "--mapping", str(mapping),
                          "--out", str(tmp_path / "o"))
    assert code == 2 and where in text and words in text and _english(text) == set(), text


def _refuse(err: int):
    import errno
    import os

    def raise_(*args, **kwargs):
        raise OSError(err, os.strerror(err), "x")
    return raise_, errno.errorcode[err]


@pytest.mark.parametrize("where, err, words", [
    ("checker.read.documents._read", 13, "没有权限"),  # the report cannot be read
    ("checker.output_files.os.replace", 30, "只读的磁盘"),  # the scorecard cannot be moved into place
    ("checker.api.check", 28, "磁盘空间不足"),  # anywhere else: one line, exit 2, not an internal error
])
def test_os_refusals_are_said_in_chinese(where, err, words, tmp_path, monkeypatch) -> None:
    raise_, _ = _refuse(err)
    monkeypatch.setattr(where, raise_)
    code, text = _refusal("check", str(ROOT / "samples" / "reports" / "baoshan_2023.txt"), "--out", str(tmp_path / "o"))
    lines = text.strip().splitlines()
    assert code == 2 and len(lines) == 1 and words in lines[0], text
    assert _english(lines[0]) == set() and "Errno" not in lines[0], lines[0]


def test_a_database_path_through_a_file_is_said_in_chinese(tmp_path) -> None:
    (tmp_path / "afile").write_text("x")
    code, text = _refusal("check", str(ROOT / "samples" / "reports" / "baoshan_2023.txt"), "--out", str(tmp_path / "o"),
                          "--db", str(tmp_path / "afile" / "h.db"))
    assert code == 2 and "无法创建历史数据库" in text and "已存在同名文件" in text and _english(text) == set(), text
