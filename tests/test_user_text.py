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
from helpers import sheets, write_xlsx

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
    """The command in this process (one import of the package for the whole round)."""
    from typer.testing import CliRunner

    from checker.cli import app

    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.output + getattr(result, "stderr", "")


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
                 ("report", str(out / "report_2023_scorecard.xlsx"), str(report), "-o", str(tmp / "r.docx"))):
        code, text = run(*args)
        assert code in (0, 1), text
        texts += [f"{args[0]}: {line}" for line in text.splitlines()]
    for book in sorted(out.glob("*.xlsx")) + [tmp / "cmp.xlsx", tmp / "t.xlsx"]:
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
        words = set(SNAKE.findall(body)) | {w for w in re.findall(r"[a-z][a-z0-9_]+", body) if w in ids}
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
